"""The region gazetteer: codes, parent chains, short forms, disambiguation by context."""

from __future__ import annotations

import pytest

from kg.gazetteer import gazetteer


@pytest.mark.parametrize(
    "surface, context, name, code",
    [
        ("永康", None, "永康市", "330784"),
        ("金华", None, "金华市", "330700"),
        ("浙江", None, "浙江省", "330000"),
        ("瓯海", None, "瓯海区", "330304"),
        ("新疆", None, "新疆维吾尔自治区", "650000"),
        ("襄樊", None, "襄阳市", "420600"),  # renamed in 2010
        ("天河区", None, "天河区", "440106"),
        ("长安区", "石家庄市", "长安区", "130102"),  # two 长安区: the one in the context's province
        ("长安区", "西安市", "长安区", "610116"),
        # renamed after the dataset was made: the current name, and the old one finds it
        ("凤翔区", "宝鸡市", "凤翔区", "610322"),
        ("凤翔县", "宝鸡市", "凤翔区", "610322"),
        ("米林县", "林芝市", "米林市", "540422"),
        ("错那", "山南市", "错那市", "540530"),
        # autonomous prefectures by their short form and 州, and the usual abbreviations the dataset lacks
        ("黔东南州", "贵州省", "黔东南苗族侗族自治州", "522600"),
        ("海南州", "青海省", "海南藏族自治州", "632500"),
        ("克州", "新疆维吾尔自治区", "克孜勒苏柯尔克孜自治州", "653000"),
        ("巴州", "新疆维吾尔自治区", "巴音郭楞蒙古自治州", "652800"),
        # autonomous counties by their short form and 县, also where that form alone is an everyday word (互助) or
        # another county's (大通区 in Huainan)
        ("互助县", "青海省", "互助土族自治县", "630223"),
        ("大通县", "西宁市", "大通回族土族自治县", "630121"),
        # short forms the dataset lacks (COUNTY_SHORT_FORMS of scripts/make_gazetteer.py): a renamed city's (横州, not its
        # township 横州镇), a district's that is also a sea's (南海), Inner Mongolia's abbreviated banners
        ("横州", "横州市", "横州市", "450127"),
        ("南海", "佛山市", "南海区", "440605"),
        ("土右旗", "包头市", "土默特右旗", "150221"),
        ("科右前旗", "内蒙古自治区", "科尔沁右翼前旗", "152221"),
    ],
)
def test_resolve(surface, context, name, code):
    place = gazetteer().resolve(surface, context=context)
    assert (place.name, place.code) == (name, code)


@pytest.mark.parametrize(
    "surface, context, parents",
    [
        ("坦洪乡", "武义县", ["武义县", "金华市", "浙江省"]),
        ("大田乡", "武义县", ["武义县", "金华市", "浙江省"]),  # four 大田乡 in China: context picks this one
        ("茶山街道", "瓯海区", ["瓯海区", "温州市", "浙江省"]),
        ("店口镇", "诸暨市", ["诸暨市", "绍兴市", "浙江省"]),
        # national new areas (new_areas.tsv) sit under the division that holds them
        ("雄安新区", None, ["河北省"]),
        ("两江新区", None, ["重庆市"]),
        ("金普新区", None, ["大连市", "辽宁省"]),
    ],
)
def test_parent_chain(surface, context, parents):
    g = gazetteer()
    assert [p.name for p in g.chain(g.resolve(surface, context=context))] == parents


@pytest.mark.parametrize(
    "text, context, found",
    [
        ("金华市金东区和义乌", None, ["金华市", "金东区", "义乌市"]),
        ("谷来镇和贵门", "嵊州市", ["谷来镇", "贵门乡"]),  # a township's short form inside its city
        ("宁波舟山港", "金华市", ["宁波市", "舟山市"]),  # 舟山 is the city, not the township 舟山镇
        # a short form shared with another's county is the nearer (巴州); with a city's own county, the city (长沙)
        ("巴州城区和巴州", "巴中市", ["巴州区", "巴州区"]),
        ("巴州和黔东南州", "新疆维吾尔自治区", ["巴音郭楞蒙古自治州", "黔东南苗族侗族自治州"]),
        ("长沙黄花国际机场", "长沙县", ["长沙市"]),
        ("凉山州美姑县", "四川省", ["凉山彝族自治州", "美姑县"]),
        ("雄安新区和雄安", "北京市", ["雄安新区", "雄安新区"]),  # not 安新县 inside it
        # 吉林 is the province's short form and the city's (which the dataset leaves out): the city in its own reports
        ("吉林化纤和吉林经开区", "吉林市", ["吉林市", "吉林市"]),
        ("吉林化纤和吉林经开区", "长春市", ["吉林省", "吉林省"]),
        ("吉林化纤和吉林经开区", "浙江省", ["吉林省", "吉林省"]),
        # a township named in full, not the 街道 of its district whose name adds 街道 to it (大同镇街道)
        ("林源镇、大同镇双双入选百强镇", "大庆市", ["林源镇", "大同镇"]),
        ("大同镇", None, ["大同镇"]),  # guard
    ],
)
def test_find(text, context, found):
    assert [p.name for _, _, p in gazetteer().find(text, context=context)] == found


@pytest.mark.parametrize(
    "text, context",
    [
        ("贵门", None),  # a township's short form means nothing without a context
        ("金华江两岸", "金华市"),  # a river
        ("和平发展", None),  # an everyday word
        ("茶山", "永康市"),  # a village short form of another county
    ],
)
def test_find_nothing(text, context):
    assert gazetteer().find(text, context=context) == []


def test_every_parent_exists_and_codes_are_six_digits():
    g = gazetteer()
    for place in g.places.values():
        if place.parent:
            assert place.parent in g.places
        if place.code:
            assert len(place.code) == 6 and place.code.isdigit()
    levels = {p.level for p in g.places.values()}
    assert {"province", "city", "county", "town", "macro"} <= levels


def test_prefix_index_holds_every_prefix_of_every_name_and_nothing_else():
    # loading stops adding a name's prefixes at the first one already there: the index must still be
    # exactly the prefixes of the names, villages of a loaded province included
    import gc

    from kg.gazetteer import Gazetteer

    g = Gazetteer()
    g.load_villages("330000")
    assert gc.isenabled()  # the collector paused while loading is running again
    expected = {name[:i] for name in g._names for i in range(1, len(name) + 1)}
    assert g._prefixes == expected
    assert {"坦洪乡", "坦洪", "坦"} <= g._prefixes and "坦洪乡乡" not in g._prefixes
    assert set(g._by_name) | set(g._by_alias) == g._names


@pytest.mark.parametrize("province, village, loaded", [("330000", "双溪村", True), ("110000", "双溪村", False)])
def test_villages_come_with_their_province_only(province, village, loaded):
    from kg.gazetteer import Gazetteer

    g = Gazetteer()
    assert not any(p.level == "village" for p in g.candidates(village))
    g.load_villages(province)
    found = [p for p in g.candidates(village) if p.level == "village"]
    assert bool(found) == loaded
    assert all(p.id.startswith(province[:2]) for p in found)
    assert all(g.get(p.parent).level == "town" for p in found)


def test_a_county_context_loads_the_villages_of_its_city_only():
    # a report of 武义县 needs the villages of 金华市 (3307), not the province's tenth of a million
    from kg.gazetteer import Gazetteer

    g = Gazetteer()
    g.load_villages("330723")  # 武义县
    villages = [p for p in g.places.values() if p.level == "village"]
    assert villages and {p.id[:4] for p in villages} == {"3307"}
    assert [p.name for p in g.chain(g.resolve("冷水坑村", context="武义县"))][1:] == ["武义县", "金华市", "浙江省"]
    assert not g.candidates("紫花埠社区")  # 杭州市
    # the whole province afterwards adds the other cities once: no id twice in any index
    g.load_villages("330000")
    assert {p.id[:4] for p in g.places.values() if p.level == "village"} >= {"3301", "3307", "3311"}
    assert [p.level for p in g.candidates("紫花埠社区")] == ["village"]
    for index in (g._by_name, g._by_alias, g._children):
        assert all(len(ids) == len(set(ids)) for ids in index.values())
    assert g._prefixes == {name[:i] for name in g._names for i in range(1, len(name) + 1)}
    assert g._pairs == {p for p in g._prefixes if len(p) == 2}  # where find() looks for names


def test_a_citys_villages_are_kept_as_a_snapshot_and_read_back_equal(tmp_path, monkeypatch):
    import kg.gazetteer as gz

    monkeypatch.setenv("KG_CACHE_HOME", str(tmp_path))
    built = gz.Gazetteer()
    built.load_villages("330723")  # 武义县: the villages of 金华市
    (snapshot,) = tmp_path.glob("villages-*.pickle")
    assert snapshot.name.startswith("villages-3307-")
    stale = tmp_path / "villages-3307-0123456789abcdef.pickle"  # of older data: removed by the next write
    stale.write_bytes(b"old")
    snapshot.write_bytes(snapshot.read_bytes()[:500])  # truncated, as by a full disk: built again
    again = gz.Gazetteer()
    again.load_villages("330782")  # 义乌市, also of 金华市
    assert list(tmp_path.glob("villages-*.pickle")) == [snapshot] and snapshot.stat().st_size > 500
    # a third instance reads the snapshot: the village lines are not parsed again
    monkeypatch.setattr(gz, "_build_village_table", lambda *a: pytest.fail("villages parsed again"))
    read = gz.Gazetteer()
    read.load_villages("330700")
    for g in (again, read):
        assert _tables(g) == _tables(built)
    assert [p.name for p in read.chain(read.resolve("冷水坑村", context="武义县"))][1:] == ["武义县", "金华市", "浙江省"]


def test_a_province_context_loads_no_villages():
    # villages are matched inside the context's county or city only: a provincial report needs none
    from kg.gazetteer import Gazetteer

    g = Gazetteer()
    assert [p.name for _, _, p in g.find("浙江省坦洪乡和武义县", context="浙江省")] == ["浙江省", "坦洪乡", "武义县"]
    assert not any(p.level == "village" for p in g.places.values())


def test_inner_mongolias_townships_and_villages_have_their_official_names():
    # a 苏木 is a township and a 嘎查 a village: the dataset's 达尔罕苏木乡 and 哈沙图嘎查村 are not their names
    g = gazetteer()
    found = g.find("达尔罕茂明安联合旗达尔罕苏木哈沙图嘎查", context="包头市")
    assert [(p.name, p.level) for _, _, p in found] == [
        ("达尔罕茂明安联合旗", "county"), ("达尔罕苏木", "town"), ("哈沙图嘎查", "village")]
    assert g.resolve("达尔罕苏木乡") is None


def test_farms_prisons_and_zones_counted_as_townships_name_no_place():
    # the statistics count farms, prisons, zones and service centres as townships (青县农场, 苏州科技城, 唐山湾国际旅游岛,
    # 西城 of 灵石县): they stay parents of their villages, and no text names them as a division
    g = gazetteer()
    assert g.find("唐山湾国际旅游岛加快建设", context="唐山市") == []
    assert g.find("青县农场", context="沧州市") == [(0, 2, g.resolve("青县"))]
    assert not g.names_a_place("苏州科技城")
    assert [p.name for p in g.candidates("西城")] == ["西城区"]  # Beijing's district, no 灵石县 township
    farm = next(p for p in g.places.values() if p.name == "青县农场")
    assert g.chain(farm)[0].name == "青县"
    assert [p.name for _, _, p in g.find("朝阳区南磨房地区", context="北京市")] == ["朝阳区", "南磨房地区"]


def test_townships_have_their_own_names_and_renamed_counties_their_current_ones():
    # the dataset names some townships with the zone or county that runs them (高新区团山镇, 芦台开发区海北镇), and lists
    # 湟中县 (a district of 西宁市 since 2019) under its old name; the old names stay aliases where they begin the name
    g = gazetteer()
    assert [p.name for _, _, p in g.find("选址位于高新区团山镇", context="襄阳市")] == ["团山镇"]
    assert [p.name for _, _, p in g.find("芦台开发区海北镇", context="唐山市")] == ["海北镇"]
    assert g.resolve("湟中县").name == g.resolve("湟中区").name == "湟中区"
    assert g.resolve("高新区团山镇") is None


def _tables(g):
    return (g.places, g._by_name, g._by_alias, g._children, g._prefixes, g._pairs, g._singles, g._names, g._abbrev)


def test_the_tables_snapshot_is_written_once_and_read_back_equal(tmp_path, monkeypatch):
    import kg.gazetteer as gz

    monkeypatch.setenv("KG_CACHE_HOME", str(tmp_path))
    built = gz.Gazetteer()
    snapshots = list(tmp_path.glob("gazetteer-*.pickle"))
    assert len(snapshots) == 1
    stale = tmp_path / "gazetteer-0123456789abcdef.pickle"  # of an older kg: removed by the next write
    stale.write_bytes(b"old")
    snapshots[0].unlink()
    gz.Gazetteer()
    assert list(tmp_path.glob("gazetteer-*.pickle")) == snapshots
    # the second instance reads the snapshot: the data files are not parsed again
    monkeypatch.setattr(gz.Gazetteer, "_load_tables", lambda self: pytest.fail("tables built again"))
    read = gz.Gazetteer()
    assert _tables(read) == _tables(built)
    assert type(read.get("330784")) is gz.Place and read.resolve("永康").code == "330784"


def test_the_snapshot_holds_each_distinct_string_once(tmp_path, monkeypatch):
    """Read back, a name, an id or a level is one object wherever the tables hold it (a third less to
    unpickle at every start)."""
    import kg.gazetteer as gz

    monkeypatch.setenv("KG_CACHE_HOME", str(tmp_path))
    gz.Gazetteer()
    read = gz.Gazetteer()
    towns = [p for p in read.places.values() if p.level == "town"]
    assert len(towns) > 40_000 and len({id(p.level) for p in towns}) == 1
    # a town's parent id is the very string its county's row holds as its id
    county = read.get(towns[0].parent)
    assert all(read.get(p.parent).id is p.parent for p in towns[:100])
    assert county.id is towns[0].parent
    # a county's children are listed by the ids of their own rows
    assert all(read._children[county.id][k] is read.children(county)[k].id for k in range(len(read.children(county))))


def test_a_damaged_snapshot_is_rebuilt_and_no_snapshot_when_disabled(tmp_path, monkeypatch):
    import kg.gazetteer as gz

    monkeypatch.setenv("KG_CACHE_HOME", str(tmp_path))
    good = gz.Gazetteer()
    (snapshot,) = tmp_path.glob("gazetteer-*.pickle")
    snapshot.write_bytes(snapshot.read_bytes()[:1000])  # truncated, as by a full disk
    again = gz.Gazetteer()
    assert _tables(again) == _tables(good)
    assert snapshot.stat().st_size > 1000  # written whole again
    # KG_CACHE_HOME set empty: no snapshot anywhere (not in the XDG cache folder either)
    monkeypatch.setenv("KG_CACHE_HOME", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert gz.snapshot_dir() is None
    assert _tables(gz.Gazetteer()) == _tables(good) and not (tmp_path / "xdg").exists()
    monkeypatch.delenv("KG_CACHE_HOME")
    assert gz.snapshot_dir() == tmp_path / "xdg" / "kg"


def test_places_are_immutable_values():
    g = gazetteer()
    place = g.resolve("永康")
    with pytest.raises(AttributeError):
        place.name = "别处"  # type: ignore[misc]
    assert place == g.get("330784") and hash(place) == hash(g.get("330784"))
    assert place.code == "330784" and place.parent == "330700" and place.level == "county"
