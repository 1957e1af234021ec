"""Regenerate the region gazetteer in kg/data/ from the division data that jionlp ships.

Usage (needs the optional dependency: ``pip install -e '.[gazetteer]'``)::

    python scripts/make_gazetteer.py

Reads ``jionlp/dictionary/china_location.zip`` (province → city → county with official
division codes and short aliases, then ~43K townships and ~658K villages/communities without
codes) and ``china_location_change.txt`` (renamed divisions) and writes:

- ``kg/data/regions.tsv.gz``: provinces, cities, counties and townships,
  one row each: ``id  name  aliases  level  code  parent``.
- ``kg/data/villages/<2-digit province code>.tsv.gz``: villages and communities,
  ``id  name  short  parent`` (short: the name without 村/社区 unless that is an everyday word) (parent = township id), loaded lazily per province.

Ids are stable ASCII strings: the division code for province/city/county; for a township
``<county code>-<6 hex of sha1(name)>``, for a village ``<township id>-<6 hex of sha1(name)>`` (of the names as the
dataset writes them: a township named with the zone or county before it, 高新区团山镇, is named 团山镇 but keeps its id).
jionlp is not imported (it loads large dictionaries at import); its files are read directly.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import importlib.util
import io
import re
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kg" / "data"

# Aliases that are generic words, not names (e.g. 衡阳综合保税区 has the alias 保税区).
GENERIC_ALIASES = {
    "保税区", "开发区", "高新区", "新区", "市辖区", "城区", "郊区", "矿区", "林区", "工业园", "工业园区",
    "经济开发区", "综合保税区", "示范区", "管委会", "省直辖", "县直辖", "自治州", "自治县", "中心",
}
TOWN_SUFFIXES = ("街道办事处", "民族乡", "民族镇", "街道", "镇", "乡", "苏木", "地区办事处", "办事处", "地区")
# China's 56 officially recognised ethnic groups, by the names townships take from them (喇叭沟门满族乡, 清水土家族自治乡).
ETHNIC_GROUPS = (
    "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克",
    "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌",
    "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安",
    "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
)
_ETHNIC = "|".join(sorted(ETHNIC_GROUPS, key=len, reverse=True))
#: An ethnic township's ending: its groups, then 乡 or 镇, or 民族乡 (盐井纳西民族乡).
ETHNIC_TOWN_ENDING = re.compile(f"(?:(?:{_ETHNIC})族)+(?=[乡镇]$)|(?:{_ETHNIC})?民族(?=[乡镇]$)")
#: Townships are never autonomous (counties and prefectures are): the dataset's 清水土家族自治乡 is 清水土家族乡.
TOWN_AUTONOMY = re.compile("(?<=族)自治(?=[乡镇]$)")
VILLAGE_SUFFIXES = ("村民委员会", "居民委员会", "村委会", "居委会", "社区", "嘎查", "村")
# The dataset names some of Inner Mongolia's divisions by their committees' style: 苏力德苏木乡, 巴音敖包嘎查村. A 苏木
# is the township and a 嘎查 the village (their official names end there): the extra 乡 and 村 go (ids unchanged).
OFFICIAL_ENDINGS = {"苏木乡": "苏木", "嘎查村": "嘎查"}


# Divisions renamed after the dataset was made (or named wrongly in it) that its change list lacks or gets wrong, by
# code: their current names. The dataset's name stays as an alias, so older reports still find them.
CURRENT_NAMES = {
    "610322": "凤翔区",  # 宝鸡市: 凤翔县 became a district in 2021 (the dataset has 凤翔市)
}


# Short names of autonomous prefectures that reports use and the dataset lacks (its short forms of these clash with a
# province or a township: 海南, 巴音郭楞). Besides these, every prefecture's short form with 州 (黔东南州, 伊犁州).
PREFECTURE_ALIASES = {
    "632500": ["海南州"],
    "652700": ["博州"],
    "652800": ["巴州", "巴音郭楞州"],
    "653000": ["克州", "克孜勒苏州"],
}


# Cities whose short form the dataset leaves out because their province's is the same: 吉林 (吉林化纤, 吉林经开区) is
# 吉林市 in a report of that city; elsewhere it stays the province (the more prominent, see Gazetteer._accept).
CITY_SHORT_FORMS = {
    "220200": ["吉林"],
}

# Counties and banners by the short forms their province's reports use and the dataset lacks: 南海 (佛山市南海区) and 南沙
# (its short forms clash with the sea and the islands, but a county's short form is only read in its own province),
# 横州 (横县 until 2021), the abbreviated banners of Inner Mongolia (土左旗, 科右前旗, 达茂旗 …), 喀左 and 塔县.
COUNTY_SHORT_FORMS = {
    "440605": ["南海"], "440115": ["南沙"], "450127": ["横州"],
    "150121": ["土左旗"], "150221": ["土右旗"], "150223": ["达茂旗"], "150521": ["科左中旗"], "150522": ["科左后旗"],
    "152221": ["科右前旗"], "152222": ["科右中旗"], "150926": ["察右前旗"], "150927": ["察右中旗"],
    "150928": ["察右后旗"], "150726": ["新左旗"], "150727": ["新右旗"], "150725": ["陈旗"], "150722": ["莫旗"],
    "152921": ["阿左旗"], "152922": ["阿右旗"], "152525": ["东乌旗"], "152526": ["西乌旗"], "150823": ["乌前旗"],
    "150824": ["乌中旗"], "150825": ["乌后旗"], "150623": ["鄂前旗"], "150621": ["达拉特"], "150622": ["准格尔"],
    "150627": ["伊金霍洛"], "152223": ["扎赉特"], "150929": ["四子王"], "211324": ["喀左县", "喀左"],
    "653131": ["塔县"],
}


def hand_short_forms(regions: dict[str, list]) -> int:
    """Give the cities of CITY_SHORT_FORMS and the counties of COUNTY_SHORT_FORMS their short forms; how many were
    added."""
    added = 0
    for rid, shorts in {**CITY_SHORT_FORMS, **COUNTY_SHORT_FORMS}.items():
        new = set(shorts) - regions[rid][2]
        added += len(new)
        regions[rid][2] |= new
    return added


def autonomous_aliases(regions: dict[str, list], level: str, kinds: dict[str, str], extra=None) -> int:
    """Autonomous divisions of ``level`` by their short form and the word of their kind (``kinds``: 自治州 -> 州, so
    黔东南州; 自治县 -> 县 and 自治旗 -> 旗, so 互助县, 鄂温克旗: reports write them so, also where the short form alone is
    an everyday word, 互助, or another division's, 大通区), and the hand-kept ``extra`` (by id); how many were added."""
    added = 0
    for rid, row in regions.items():
        kind = kinds.get(row[1][-3:])
        if row[3] != level or kind is None:
            continue
        new = {f"{a}{kind}" for a in row[2] if row[1].startswith(a) and len(a) >= 2} | set((extra or {}).get(rid, ()))
        added += len(new - row[2])
        row[2] = row[2] | new
    return added


def current_names(regions: dict[str, list]) -> int:
    """Give the divisions of CURRENT_NAMES their current names (the old one becomes an alias); how many changed."""
    changed = 0
    for code, name in CURRENT_NAMES.items():
        row = regions.get(code)
        if row is None or row[1] == name:
            continue
        rename(row, name)
        changed += 1
    return changed


def rename(row: list, name: str) -> None:
    """A division's row takes ``name``; its old name stays an alias."""
    row[2] = {*row[2], row[1]} - {name}
    row[1] = name


# What some township names of the dataset open with: the zone or the district that runs them (高新区团山镇, 芦台开发区海北镇,
# 汉沽管理区汉丰镇, 四平市铁东区城东乡). Reports write the township's own name, which follows.
ZONE_PREFIXES = ("开发区", "管理区", "示范区", "高新区", "经开区")
_TOWN_OWN_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}(?:镇|乡|街道|苏木)")


def town_name(name: str, county: str) -> str:
    """A township's name without the zone or county (and city) that the dataset puts before it."""
    for prefix in (county, *ZONE_PREFIXES):
        k = name.rfind(prefix)
        own = name[k + len(prefix):] if k >= 0 else ""
        if own and _TOWN_OWN_NAME.fullmatch(own) and not re.search("特殊|直属", own):
            return own
    return name


def official_name(name: str) -> str:
    for wrong, right in OFFICIAL_ENDINGS.items():
        if name.endswith(wrong) and len(name) - len(wrong) >= 2:  # not a village named 嘎查村 (Tibet)
            return name[: -len(wrong)] + right
    return name


def short_id(name: str) -> str:
    return hashlib.sha1(name.encode("utf-8")).hexdigest()[:6]


@functools.cache
def _jieba_dict() -> dict[str, tuple[int, str]]:
    import jieba

    path = Path(jieba.__file__).parent / "dict.txt"
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, count, tag = line.split()
            out[word] = (int(count), tag)
    return out


def common_word(word: str) -> bool:
    """An everyday word in jieba's dictionary (frequency >= 100)."""
    return _jieba_dict().get(word, (0, ""))[0] >= 100


def common_town_alias(word: str) -> bool:
    """A township's short form that is a word in its own right (建设, 龙头, 新建): frequent in
    jieba's dictionary, or fairly frequent and not tagged as a place or a name."""
    freq, tag = _jieba_dict().get(word, (0, ""))
    return freq >= 300 or (freq >= 100 and not tag.startswith(("ns", "nr")))


def strip_suffix(name: str, suffixes: tuple[str, ...]) -> str | None:
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return None


def jionlp_dictionary() -> Path:
    spec = importlib.util.find_spec("jionlp")
    if spec is None or spec.origin is None:
        raise SystemExit("error: jionlp is not installed; run: pip install -e '.[gazetteer]'")
    return Path(spec.origin).parent / "dictionary"


def read_location_lines(dictionary: Path) -> list[str]:
    with zipfile.ZipFile(dictionary / "china_location.zip") as z:
        with z.open("china_location.txt") as f:
            return io.TextIOWrapper(f, encoding="utf-8").read().splitlines()


def build_rows(lines: list[str]):
    regions: dict[str, list] = {}  # id -> [id, name, aliases(set), level, code, parent]
    villages: dict[str, list[tuple[str, str, str]]] = {}  # province code prefix -> rows
    province = city = county = town = None
    for raw in lines:
        depth = len(raw) - len(raw.lstrip("\t"))
        parts = raw.strip().split("\t")
        if not parts or not parts[0]:
            continue
        name = parts[0]
        if depth == 0:
            if len(parts) != 3:
                continue
            code, alias = parts[1], parts[2]
            province = code
            regions[code] = [code, name, {alias}, "province", code, ""]
            city = county = town = None
        elif depth == 1:
            if len(parts) != 3:
                continue
            code, alias = parts[1], parts[2]
            if code == province or name == regions[province][1] or name.endswith("直辖行政区划") or name in ("市辖区", "县"):
                city = province  # municipality or province-administered counties
                continue
            city = code
            regions[code] = [code, name, {alias}, "city", code, province]
        elif depth == 2:
            if len(parts) == 3:
                code, alias = parts[1], parts[2]
            else:  # a county without a code in the dataset: id from its parent and name
                code, alias = None, None
            if code and code in regions and regions[code][3] != "county":
                code = None  # the dataset reuses its parent's code (Hong Kong, Macao districts)
            cid = code or f"{city}-{short_id(name)}"
            county = cid
            regions.setdefault(cid, [cid, name, set(), "county", code or "", city])
            if alias:
                regions[cid][2].add(alias)
        elif depth == 3:
            tid = f"{county}-{short_id(name)}"
            town = tid
            name = TOWN_AUTONOMY.sub("", official_name(town_name(name, regions[county][1])))
            regions.setdefault(tid, [tid, name, set(), "town", "", county])
            short = strip_suffix(name, TOWN_SUFFIXES)
            ethnic = ETHNIC_TOWN_ENDING.search(name, 2)
            if ethnic:
                short = name[:ethnic.start()]  # 于家务回族乡 is 于家务 (not 于家务回族)
            if short and not common_town_alias(short):
                regions[tid][2].add(short)
        elif depth == 4:
            vid = f"{town}-{short_id(name)}"
            name = official_name(name)
            short = strip_suffix(name, VILLAGE_SUFFIXES) or ""
            if short and common_word(short):
                short = ""  # 新华村 -> 新华 would match the everyday word
            villages.setdefault(province[:2], []).append((vid, name, short, town))
    for row in regions.values():
        # a short form must be the beginning of the name (jionlp gives 衡阳综合保税区 the alias 保税区)
        row[2] = {
            a for a in row[2]
            if a and a != row[1] and row[1].startswith(a) and a not in GENERIC_ALIASES and len(a) >= 2
        }
    return regions, villages



def add_renames(regions: dict[str, list], dictionary: Path) -> tuple[int, int]:
    """Old names of renamed divisions become aliases of the current division; a division the table still
    lists under its old name, in the same place, takes the new one. How many aliases, how many renamed."""
    by_path: dict[tuple[str, ...], str] = {}
    for rid, row in regions.items():
        if row[3] in ("province", "city", "county"):
            chain, cur = [], rid
            while cur:
                chain.append(regions[cur][1])
                cur = regions[cur][5]
            by_path[tuple(reversed(chain))] = rid
    added = moved = 0
    for line in (dictionary / "china_location_change.txt").read_text(encoding="utf-8").splitlines():
        if "=>" not in line:
            continue
        old, new = line.split("=>")
        old_parts, new_parts = old.split("\t")[2:], tuple(p for p in new.split("\t") if p)
        old_names = [p for i, p in enumerate(old_parts) if i % 2 == 0 and p]
        target = by_path.get(new_parts)
        old_aliases = [p for i, p in enumerate(old_parts) if i % 2 == 1 and p]
        source = by_path.get(tuple(old_names))
        if target is None and source is not None and tuple(old_names[:-1]) == new_parts[:-1]:
            # the table still has the old division where it stands (湟中县 of 西宁市, a district since 2019):
            # it takes its current name, the old one stays an alias
            rename(regions[source], new_parts[-1])
            by_path[new_parts] = source
            moved += 1
            continue
        if target and old_names:
            for old_name in {old_names[-1], *(old_aliases[-1:] if len(old_aliases) == len(old_names) else [])}:
                if old_name != regions[target][1] and old_name not in GENERIC_ALIASES and len(old_name) >= 2:
                    regions[target][2].add(old_name)
                    added += 1
    return added, moved


def write_gz(path: Path, header: str, rows) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = header + "".join("\t".join(r) + "\n" for r in rows)
    # mtime=0 keeps the gzip bytes identical between runs.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as f:
        f.write(body.encode("utf-8"))


def main() -> None:
    dictionary = jionlp_dictionary()
    regions, villages = build_rows(read_location_lines(dictionary))
    renamed, moved = add_renames(regions, dictionary)
    current = current_names(regions)
    prefectures = autonomous_aliases(regions, "city", {"自治州": "州"}, PREFECTURE_ALIASES)
    counties = autonomous_aliases(regions, "county", {"自治县": "县", "自治旗": "旗"})
    short_forms = hand_short_forms(regions)
    rows = sorted(
        ([r[0], r[1], "|".join(sorted(r[2])), r[3], r[4], r[5]] for r in regions.values()),
        key=lambda r: r[0],
    )
    write_gz(OUT / "regions.tsv.gz", "# id\tname\taliases\tlevel\tcode\tparent\n", rows)
    for prefix, vrows in sorted(villages.items()):
        write_gz(OUT / "villages" / f"{prefix}.tsv.gz", "# id\tname\tshort\tparent\n", sorted(set(vrows)))
    levels = {}
    for r in rows:
        levels[r[3]] = levels.get(r[3], 0) + 1
    print(f"regions: {levels}, renamed aliases: {renamed}, renamed to current names: {moved} by the change list, {current} by hand, "
          f"prefecture aliases: {prefectures}, city and county short forms: {short_forms}, county aliases: {counties}, villages: {sum(len(v) for v in villages.values())}")


if __name__ == "__main__":
    main()
