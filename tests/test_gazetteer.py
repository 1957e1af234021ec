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


def test_places_are_immutable_values():
    g = gazetteer()
    place = g.resolve("永康")
    with pytest.raises(AttributeError):
        place.name = "别处"  # type: ignore[misc]
    assert place == g.get("330784") and hash(place) == hash(g.get("330784"))
    assert place.code == "330784" and place.parent == "330700" and place.level == "county"
