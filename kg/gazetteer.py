"""The region gazetteer: Chinese administrative divisions with codes and parent chains.

Built from the division data that jionlp ships (``scripts/make_gazetteer.py`` writes
``kg/data/regions.tsv.gz`` and ``kg/data/villages/*.tsv.gz``), plus the hand-kept
national new areas (``new_areas.tsv``), macro-regions (``macro_regions.tsv``) and one-character abbreviations
(``region_abbrev.tsv``).

>>> g = gazetteer()
>>> g.resolve("永康").name, g.resolve("永康").code
('永康市', '330784')
>>> [p.name for p in g.chain(g.resolve("坦洪乡", context="武义县"))]
['武义县', '金华市', '浙江省']
>>> [(s, e, p.name) for s, e, p in g.find("金华市金东区和义乌")]
[(0, 3, '金华市'), (3, 6, '金东区'), (7, 9, '义乌市')]
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import gc
import gzip
import hashlib
import os
import pickle
import re
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

from kg.resources import data_path, load_tsv, load_wordlist

__all__ = ["Place", "Gazetteer", "gazetteer", "LEVELS"]

_WATER = set("江河溪湖湾")
#: Parts of a river, after a short form that ends in 江 or 河: the short form names the river (嫩江右岸, 渭河流域).
_RIVER_PARTS = ("左岸", "右岸", "两岸", "沿岸", "流域", "干流", "支流", "上游", "中游", "下游", "水系", "河道", "堤防")
#: Kinds of land and water named after a county's short form (江汉平原, 科尔沁沙地, 清水河流域): the landform is older
#: than the district named after it, and the short form before the word names no county.
_LANDFORMS = ("平原", "沙地", "草原", "盆地", "沙漠", "流域")
#: The side of a mountain, lake or river (麓, 岸, …) after a direction: 二郎山东麓, 洞庭湖南岸, where a short form that
#: opens with the feature's last character and ends with the direction (山东, 湖南, 山南) names no place.
_FEATURE_ENDS = set("山湖江河")
_DIRECTIONS = set("东南西北")
_SIDES = set("麓岸坡侧缘翼")
#: Characters that join two places (西坪镇和王庄村): a village after them begins its own name.
_JOINING_CHARS = set("和与及暨至到或")
#: How the names of townships end (镇, 乡, 街道, 苏木, and Beijing's 地区; see also :func:`_town_ending`): the statistical
#: divisions count farms, prisons, zones and service centres as townships too (青县农场, 苏州科技城, 大清河), which name
#: no division.
_TOWNSHIP_ENDS = ("镇", "乡", "街道", "苏木", "地区")
#: Everyday words for kinds of area that end in a county's suffix, which the word list leaves out as places' names.
_AREA_WORDS = frozenset({"山区", "城区", "林区", "矿区", "郊区", "市区", "湖区", "牧区", "库区", "灾区", "垦区", "老区", "新区"})
#: The ethnic groups a township is named for, between its name and its suffix (庐丰畲族乡, 清水土家族乡): a pattern.
ETHNIC_GROUP = "(?:[\u4e00-\u9fff]{1,4}?族)"
_NUMERAL_CHARS = set("一二三四五六七八九十两")
_MEASURE_CHARS = set("台个项条大年次级类种批家支")
LEVELS = ("province", "city", "county", "town", "village", "macro")
_RANK = {level: i for i, level in enumerate(LEVELS)}
_LOCAL_LEVELS = frozenset(("county", "town", "village"))


def _is_cjk(ch: str) -> bool:
    """Whether ``ch`` is a CJK ideograph (of the basic block, as place names are written)."""
    return "\u4e00" <= ch <= "\u9fff"


class Place(NamedTuple):
    """One division. A named tuple (immutable, compared and hashed by its fields): some 130,000 are
    built at start-up, and a named tuple is built several times faster than a frozen dataclass."""

    id: str  # division code, or a stable id derived from the parent and the name
    name: str  # full official name, e.g. 永康市
    short: str  # the usual short form, e.g. 永康 ("" if none)
    level: str  # one of LEVELS
    code: str | None  # official division code (province, city, county), else None
    parent: str | None  # parent place id


class Gazetteer:
    """Look-ups over the division data. Use :func:`gazetteer` for the cached instance."""

    def __init__(self) -> None:
        self.places: dict[str, Place] = {}
        self._by_name: dict[str, list[str]] = {}  # full name -> ids
        self._by_alias: dict[str, list[str]] = {}  # short form / old name -> ids
        self._children: dict[str, list[str]] = {}
        self._loaded_villages: set[str] = set()
        self._abbrev: dict[str, str] = {}
        # memo tables for the hot look-ups; emptied whenever places are added
        self._accept_memo: dict[tuple[tuple[str, ...], str | None], dict[str, Place | None]] = {}  # by skip, context
        self._scopes_memo: dict[str, dict[str, Place]] = {}
        self._context_memo: dict[str, Place | None] = {}
        self._ancestors_memo: dict[str, frozenset[str]] = {}
        self._town_stems_memo: dict[str, dict[str, list[Place]]] = {}  # by city: townships by their names' stems
        self._prefixes: set[str] = set()
        self._pairs: set[str] = set()  # the prefixes of two characters: where a name may start
        self._singles: set[str] = set()  # names of one character (none in the data today)
        self._names: set[str] = set()  # every full name and alias (the prefixes that may match)
        self._stop = load_wordlist("region_alias_stop.tsv")
        self._common = load_wordlist("common_words.tsv")  # 建设, 龙头: townships' short forms that are words; 示范 (示范县)
        self._local = load_wordlist("region_local_names.tsv")  # 新城区, 老城区: the district in its own city only
        with _collector_paused(permanent=True):
            snapshot = _snapshot_path()
            tables = _read_snapshot(snapshot, 8) if snapshot is not None else None
            if tables is None:
                self._load_tables()
                if snapshot is not None:
                    _write_snapshot(snapshot, self._tables())
            else:
                (rows, self._by_name, self._by_alias, self._children, self._prefixes, self._pairs, self._singles,
                 self._abbrev) = tables
                new = tuple.__new__
                self.places = {row[0]: new(Place, row) for row in rows}
                self._names = set(self._by_name)
                self._names.update(self._by_alias)

    def _tables(self) -> tuple:
        """What :func:`_write_snapshot` stores: the places as plain tuples (unpickled in C, unlike the
        named tuples), the name, alias and children indexes, the prefix indexes (all prefixes, those of two
        characters, the names of one) and the abbreviations."""
        return ([tuple(p) for p in self.places.values()], self._by_name, self._by_alias, self._children,
                self._prefixes, self._pairs, self._singles, self._abbrev)

    def _load_tables(self) -> None:
        """Fill the tables from the data files (regions.tsv.gz, macro regions, abbreviations)."""
        stop = self._stop
        places, by_name, by_alias, children = self.places, self._by_name, self._by_alias, self._children
        new = tuple.__new__  # Place(...) without the keyword handling: the hot line of start-up
        for line in _read_lines("regions.tsv.gz"):
            pid, name, aliases, level, code, parent = line.split("\t")
            short = ""
            # a farm, a prison or a zone the statistics count as a township (青县农场, 苏州科技城, 西城): the parent of
            # its villages, matched by no name
            named = level != "town" or name.endswith(_TOWNSHIP_ENDS)
            if aliases and named:
                alias_list = [a for a in aliases.split("|") if a and a not in stop]
                short = alias_list[0] if alias_list else ""
                if level in ("province", "city", "county"):
                    # the short form that drops the suffix is the usual one (永康 for 永康市)
                    for a in alias_list:
                        if name.startswith(a):
                            short = a
                            break
                for alias in alias_list:
                    if alias != name:
                        by_alias.setdefault(alias, []).append(pid)
            # the rest of _add, inlined
            places[pid] = new(Place, (pid, name, short, level, code or None, parent or None))
            if named:
                by_name.setdefault(name, []).append(pid)
            if parent:
                children.setdefault(parent, []).append(pid)
        for name, aliases, level, parent in load_tsv("new_areas.tsv"):  # national new areas, under their division
            if parent not in places:
                raise ValueError(f"new_areas.tsv: {name}: no division {parent}")
            alias_list = [a for a in aliases.split("|") if a]
            self._add(Place(f"{parent}-{_hex(name)}", name, alias_list[0] if alias_list else "", level, None, parent),
                      alias_list)
        for name, *rest in load_tsv("macro_regions.tsv"):
            aliases = [a for a in (rest[0].split("|") if rest else []) if a]
            self._add(Place(f"macro-{_hex(name)}", name, "", "macro", None, None), aliases)
        for abbrev, full in load_tsv("region_abbrev.tsv"):
            self._abbrev[abbrev] = full
        self._names = {*self._by_name, *self._by_alias}
        self._prefixes, self._pairs, self._singles = _prefix_index(self._names)

    # -- construction -------------------------------------------------------
    def _add(self, place: Place, aliases: list[str]) -> None:
        self.places[place.id] = place
        self._by_name.setdefault(place.name, []).append(place.id)
        for alias in aliases:
            if alias != place.name:
                self._by_alias.setdefault(alias, []).append(place.id)
        if place.parent:
            self._children.setdefault(place.parent, []).append(place.id)

    def _forget_memos(self, names: set[str]) -> None:
        """Places named ``names`` (full names and aliases) were added: the memoised look-ups of those names
        may now have other answers. The others stay: a name's answer depends only on the places of that
        name, and ancestors and scopes are parent chains, which new places (villages: leaves) leave as they were."""
        for memos in (self._accept_memo.values(), (self._context_memo,)):
            for memo in memos:
                if len(memo) < len(names):
                    for key in [k for k in memo if k in names]:
                        del memo[key]
                else:
                    for name in names:
                        memo.pop(name, None)

    def load_villages(self, code: str) -> None:
        """Load the villages of one city (a city, county or township id: its first four digits) or of a
        whole province (a province code, ``330000``, or its first two digits).

        Villages are matched inside the context's county or city only (see :meth:`find`), so a report
        needs the villages of its own city: a tenth of its province's, and a tenth of the loading time.
        """
        area = code[:2] if len(code) < 4 or code[2:6] == "0000" else code[:4]
        loaded = self._loaded_villages
        if area in loaded or area[:2] in loaded or not area.isdigit():
            return
        if len(area) == 2:  # a province: each of its cities
            for city in sorted({line[:4] for line in _read_lines_cached(f"villages/{area}.tsv.gz")}):
                self.load_villages(city)
            loaded.add(area)
            return
        loaded.add(area)
        rows, by_name, by_alias, children, names, prefixes, pairs, singles = _village_table(area, self._stop)
        new = tuple.__new__
        with _collector_paused(permanent=True):
            self.places.update({row[0]: new(Place, row) for row in rows})
            for own, theirs in ((self._by_name, by_name), (self._by_alias, by_alias), (self._children, children)):
                shared = own.keys() & theirs.keys()
                for key in shared:
                    own[key].extend(theirs[key])
                own.update({key: ids for key, ids in theirs.items() if key not in shared})
            # the prefix index (_prefix_index) of the names so far and the city's, in set operations
            self._names |= names
            self._prefixes |= prefixes
            self._pairs |= pairs
            self._singles |= singles
            self._forget_memos(names)

    # -- look-ups -------------------------------------------------------------
    def get(self, place_id: str) -> Place:
        return self.places[place_id]

    def chain(self, place: Place) -> list[Place]:
        """Parents, nearest first."""
        out, cur = [], place.parent
        while cur and cur in self.places:
            out.append(self.places[cur])
            cur = self.places[cur].parent
        return out

    def children(self, place: Place) -> list[Place]:
        return [self.places[c] for c in self._children.get(place.id, ())]

    def province_of(self, place: Place) -> Place:
        top = place
        for p in self.chain(place):
            top = p
        return top

    def expand_abbrev(self, char: str) -> str | None:
        """One-character abbreviation to a canonical name: 杭 -> 杭州市, 沪 -> 上海市."""
        return self._abbrev.get(char)

    def names_a_place(self, surface: str) -> bool:
        """Whether ``surface`` is a full name or a short form of some place (villages: of the loaded cities)."""
        return surface in self._names

    def names_a_division(self, surface: str) -> bool:
        """Whether ``surface`` names a place above the villages: unlike :meth:`names_a_place`, the same answer whichever
        cities' villages are loaded (a village's short form, 山清 of some far county, must not decide how a report
        of another province is read)."""
        return surface in self._names and any(p.level != "village" for p in self.candidates(surface))

    def candidates(self, surface: str) -> list[Place]:
        """Every place that a written name may refer to, full names first."""
        ids = self._by_name.get(surface, []) + self._by_alias.get(surface, [])
        seen, out = set(), []
        for pid in ids:
            if pid not in seen:
                seen.add(pid)
                out.append(self.places[pid])
        return out

    def _context_place(self, context: str | Place | None) -> Place | None:
        if context is None or isinstance(context, Place):
            return context
        if context in self.places:
            return self.places[context]
        try:
            return self._context_memo[context]
        except KeyError:
            pass
        found = self.candidates(context)
        place = min(found, key=_prominence) if found else None
        self._context_memo[context] = place
        return place

    def resolve(self, surface: str, *, context: str | Place | None = None) -> Place | None:
        """The place a written name most likely refers to.

        Preference: a place inside the context region (or the context itself,
        or one of its ancestors), then the most prominent (highest level) one.
        """
        found = self.candidates(surface)
        if not found:
            return None
        ctx = self._context_place(context)
        if ctx is not None and ctx.level != "macro":
            if ctx.level not in ("province", "macro"):  # the villages of the context's city
                self.load_villages(ctx.id)
                found = self.candidates(surface)
            return min(found, key=lambda p: (self._distance(p, ctx), _prominence(p)))
        return min(found, key=_prominence)

    def _ancestors(self, place: Place) -> frozenset[str]:
        """Ids of ``place`` and its parent chain (memoised)."""
        try:
            return self._ancestors_memo[place.id]
        except KeyError:
            anc = frozenset([place.id, *(p.id for p in self.chain(place))])
            self._ancestors_memo[place.id] = anc
            return anc

    def _distance(self, place: Place, ctx: Place) -> int:
        """0: inside ctx or ctx itself; 1: an ancestor of ctx; 2: inside ctx's parent
        chain (a sibling branch); 3: unrelated."""
        anc = self._ancestors(place)
        if ctx.id in anc:
            return 0
        ctx_chain = [ctx] + self.chain(ctx)
        if place.id in {p.id for p in ctx_chain}:
            return 1
        for depth, c in enumerate(ctx_chain[1:], start=2):
            if c.id in anc and c.level != "province":
                return depth
        return 9

    def is_within(self, place: Place, ancestor: Place) -> bool:
        return ancestor.id in self._ancestors(place)

    def stopped_short(self, place: Place) -> str:
        """The short form of a city or county that region_alias_stop.tsv keeps from being read as the place, it being
        an everyday word too (三元 of 三元区, 公安 of 公安县, 凤凰 of 凤凰县); "" where there is none."""
        name = place.name
        if place.level in ("city", "county") and len(name) == 3 and name[-1] in "市县区旗" and name[:2] in self._stop:
            return name[:2]
        return ""

    def scopes(self, context: str | Place | None) -> dict[str, Place]:
        """The context region's province, city and county (where it has them)."""
        ctx = self._context_place(context)
        if ctx is None or ctx.level == "macro":
            return {}
        if ctx.level != "province":  # villages are matched in the context's county or city only
            self.load_villages(ctx.id)
        memo = self._scopes_memo.get(ctx.id)
        if memo is not None:
            return dict(memo)
        out = {}
        for p in [ctx] + self.chain(ctx):
            if p.level in ("province", "city", "county"):
                out.setdefault(p.level, p)
        if "city" not in out and "county" in out:
            out["city"] = out["county"]  # districts of municipalities are city-like
        if "county" not in out and ctx.level == "town":
            out["county"] = ctx
        self._scopes_memo[ctx.id] = dict(out)
        return out

    def find(
        self, text: str, *, context: str | Place | None = None, skip: tuple[str, ...] = ()
    ) -> list[tuple[int, int, Place]]:
        """Non-overlapping region mentions in ``text``, longest match first.

        ``skip``: name endings of places that are not matched (the extractor's development zones,
        宿迁经济技术开发区): the text they span may hold shorter names (宿迁).

        Where a name may be matched (``scope`` is the context region's province,
        city or county):

        ============================  ==============================  =====================
        level                         full name                       short form
        ============================  ==============================  =====================
        province, city, macro         anywhere                        anywhere
        county                        anywhere (2 characters: prov.)  province
        town                          province (anywhere w/o context) city
        village                       county (3+ characters: city)    county
        ============================  ==============================  =====================

        A district whose full name is an everyday phrase (新城区, 老城区: ``region_local_names.tsv``) is matched in its
        own city only. A county's name outside its scope is matched right after its own province or city, written there
        (兴安盟科右前旗, 佛山南海: see :meth:`_inside`); a name that counties of two provinces share, right after one of
        them, is the county there (上海市宝山区); and right after a city, a county or township of another province is
        not matched (锦州滨海新区 is a zone of 锦州, not Tianjin's 滨海新区); right after a county, only a place in it or
        holding it is read by a short form (观山湖区金华园街道 holds no 金华). A county's or township's name of one
        character and its suffix is not matched where that character ends an everyday word (示范县 holds no 范县).
        """
        ctx = self._context_place(context)
        # the context's scopes, remembered (which implies its villages are loaded); _accept only reads them
        scopes = (self._scopes_memo.get(ctx.id) or self.scopes(ctx)) if ctx is not None else {}
        out: list[tuple[int, int, Place]] = []
        free, n = 0, len(text)
        prefixes, names = self._prefixes, self._names
        ctx_key = ctx.id if ctx is not None else None
        memo = self._accept_memo.get((skip, ctx_key))  # one table per skip and context, by name
        if memo is None:
            memo = self._accept_memo[skip, ctx_key] = {}
        # where a name may start: its first two characters are a prefix (one place in ten of a report);
        # a comprehension finds them several times faster than the loop below could step over the others
        pairs = self._pairs
        starts = [k for k in range(n - 1) if text[k:k + 2] in pairs]
        if self._singles:
            starts = sorted({*starts, *(k for k, ch in enumerate(text) if ch in self._singles)})
        for i in starts:
            if i < free:
                continue  # inside the name found last
            best = None
            j = i + 1 if text[i] in names else i + 2  # a one-character name: the general step below
            while j <= n:
                surface = text[i:j]
                if surface not in prefixes:
                    break
                if surface in names:
                    try:
                        place = memo[surface]
                    except KeyError:
                        place = memo[surface] = self._accept(surface, ctx, scopes, skip)
                    if out and out[-1][1] == i:  # right after a place: a county written after a province or city lies in it
                        before = out[-1][2]
                        if place is None:
                            place = self._inside(surface, before, skip)
                        elif place.level in _LOCAL_LEVELS and not self.is_within(place, self.province_of(before)):
                            # the county of that name in it (上海市宝山区, not Heilongjiang's); after a city, else none:
                            # 锦州滨海新区 is a zone of 锦州 named 滨海, not Tianjin's 滨海新区 (北京和田工业园区 is in 和田)
                            inside = self._inside(surface, before, skip)
                            place = inside if inside is not None or before.level == "city" else place
                        if (place is not None and place.level == "village" and before.level == "town"
                                and not self.is_within(place, before)):
                            # 顺龙乡幸福村: the village of that name in the township written before it (not the 幸福村 of
                            # another township), or one the data does not have (the extractor reads it by its suffix)
                            place = next((p for p in self.candidates(surface)
                                          if p.level == "village" and self.is_within(p, before)), None)
                    elif place is None and out and out[-1][1] == i - 1 and text[i - 1] == "、" and out[-1][2].level == "county":
                        # a county listed after another (陇南市西和县、礼县 in a report of 青岛): one of the same city
                        parent = self.places.get(out[-1][2].parent)
                        if parent is not None:
                            place = self._inside(surface, parent, skip)
                    if place is not None:
                        best = (i, j, place)
                j += 1
            if best and best[2].name != text[best[0]:best[1]]:
                nxt = text[best[1]:best[1] + 1]
                if (nxt in _WATER or (text[best[1] - 1] in "江河" and text.startswith(_RIVER_PARTS, best[1]))
                        or (nxt in ("山", "寺") and text[best[1]:best[1] + 2] not in ("山区", "山海")
                            and not any(self.names_a_division(text[best[1]:best[1] + k]) for k in (2, 3, 4)))):
                    # 金华江, 泉州湾, 麦积山, 桑耶寺: a short form before 江/河/溪/湖/湾/山/寺 names a river, bay, mountain or
                    # temple (not before 山区, 山海协作, or a place's name: 西藏山南市); one that ends in 江 or 河 before
                    # a river's part (嫩江右岸, 嫩江流域) names the river
                    best = None
                elif best[2].level == "county" and text.startswith(_LANDFORMS, best[1]):
                    best = None  # 江汉平原 is no 江汉区, 科尔沁沙地 no 科尔沁区
                elif (text[best[1] - 1] in _DIRECTIONS and nxt in _SIDES and text[best[0]] in _FEATURE_ENDS
                      and best[0] and _is_cjk(text[best[0] - 1])):
                    best = None  # 二郎山东麓, 太行山西麓, 洞庭湖南岸: a mountain's or lake's side, no 山东, 山西, 湖南
                elif text[best[0]] in _NUMERAL_CHARS and (
                        nxt in _MEASURE_CHARS or (nxt in _NUMERAL_CHARS and best[2].level in ("town", "village"))):
                    best = None  # 四平台 (“一中心、四平台”) is four platforms, not 四平; 两江四湖, 三江六岸 count rivers and
                    # lakes (no 两江镇; but 四川九环文旅集团: a province's short form)
                elif any(best[1] + k <= n and text[i:best[1] + k] in self._common for k in (1, 2)):
                    best = None  # 长治久安, 大通道: a short form opening an everyday word is none
                elif (text[i:best[1]] in self._common and text[best[1] - 1:best[1] + 1] in self._common
                      and text[best[1]:best[1] + 2] not in self._common):
                    best = None  # 浑河源头, 新乡村: a short form that is an everyday word, its last character opening another
                    # (but 同心中学: a word follows it whole)
                elif (out and out[-1][1] == i and out[-1][2].level == "county" and not out[-1][2].name.endswith("新区")
                      and not self.is_within(best[2], out[-1][2]) and not self.is_within(out[-1][2], best[2])):
                    # 观山湖区金华园街道, 疏附县广州新城: what follows a county is its own (a national new area spans
                    # cities: 天府新区眉山片区)
                    best = None
            if (best and i and best[2].level in _LOCAL_LEVELS and best[2].name == text[i:best[1]]
                    and text[i - 1:i + 1] in self._common
                    and (best[1] - i == 2 or (best[1] - i == 3 and (text[i + 1:i + 3] in self._common
                                                                    or text[i + 1:i + 3] in _AREA_WORDS)))):
                best = None  # a full name whose first character ends a word: of one character and its suffix (示范县: no
                # 范县; 创新县域: no 新县), or of three whose suffix ends another word (新增城区: no 增城区; 建立山区: no 立山区)
            if best and best[2].level == "village" and out and self._begins_inside_village(text, out[-1], i, best[2]):
                best = None  # 西坪镇坊城新村: the village written after a township begins right after it (城新村 of another
                # township is the end of its name)
            if best:
                out.append(best)
                free = best[1]
        return out

    def _begins_inside_village(self, text: str, before: tuple[int, int, Place], i: int, village: Place) -> bool:
        """Whether a village matched at ``i`` begins one or two characters into the name of a village written right
        after the township ``before`` (西坪镇坊城新村: no 城新村), and is not one of that township's villages."""
        end, town = before[1], before[2]
        gap = text[end:i]
        return (town.level == "town" and 1 <= len(gap) <= 2 and all(map(_is_cjk, gap))
                and not any(ch in _JOINING_CHARS for ch in gap) and not self.is_within(village, town))

    def _inside(self, surface: str, parent: Place, skip: tuple[str, ...]) -> Place | None:
        """The county named ``surface`` that lies in ``parent``, the province or city written right before it: a
        county's short form read outside the report's province where its own parent says where it is
        (内蒙古兴安盟科右前旗 in a report of 北京, 佛山南海 in one of 广西). Not a township (宁夏宝丰能源: a brand)."""
        if surface in self._stop or parent.level not in ("province", "city"):
            return None
        found = [p for p in self.candidates(surface)
                 if p.level == "county" and self.is_within(p, parent) and not p.name.endswith(skip)]
        return min(found, key=_prominence) if found else None

    def _in(self, place: Place, scopes: dict[str, Place], level: str) -> bool:
        scope = scopes.get(level)
        return scope is not None and self.is_within(place, scope)

    def _accept(
        self, surface: str, ctx: Place | None, scopes: dict[str, Place], skip: tuple[str, ...] = ()
    ) -> Place | None:
        if surface in self._stop:
            return None
        ok: list[Place] = []
        has_ctx = bool(scopes)
        for pid in self._by_name.get(surface, ()):
            p = self.places[pid]
            if p.level in ("province", "city", "macro"):
                ok.append(p)
            elif p.level == "county":
                if surface in self._local:
                    if self._in(p, scopes, "city"):
                        ok.append(p)
                elif len(surface) >= 3 or not has_ctx or self._in(p, scopes, "province"):
                    ok.append(p)
            elif p.level == "town":
                if not has_ctx or self._in(p, scopes, "province"):
                    ok.append(p)
            elif p.level == "village":
                if self._in(p, scopes, "county") or (len(surface) >= 3 and self._in(p, scopes, "city")):
                    ok.append(p)
        for pid in self._by_alias.get(surface, ()):
            p = self.places[pid]
            if p.level in ("province", "city", "macro"):
                ok.append(p)
            elif p.level == "county":
                # a county by its short form and suffix (彭水县 for 彭水苗族土家族自治县, 科右前旗) is matched anywhere, as full
                # names are
                if not has_ctx or self._in(p, scopes, "province") or (len(surface) >= 3 and surface[-1] in "县旗"):
                    ok.append(p)
            elif p.level == "town":
                if self._in(p, scopes, "city") and surface not in self._common:
                    ok.append(p)
            elif p.level == "village":
                if self._in(p, scopes, "county"):
                    ok.append(p)
        if skip:  # (not a district whose name ends so, by its code: 绿园区 220106, 下花园区; zones are numbered 71-99)
            ok = [p for p in ok if not p.name.endswith(skip) or (p.level == "county" and p.code and p.code[4:] < "70")]
        if not ok:
            return None
        if (ctx is not None and ctx.level == "county" and ctx.name == surface + "市"
                and any(p.id == ctx.parent for p in ok)):
            return ctx  # 和田 in a report of the city 和田市, not 和田地区 around it (but 长沙 in one of 长沙县 is 长沙市)
        major = [p for p in ok if p.level in ("province", "city") and p.name != surface]
        if major and len(ok) > len(major) and all(
                p.level in ("town", "village") or any(self.is_within(p, m) for m in major) for p in ok if p not in major):
            ok = major  # a short form shared by a city and a township (舟山) or a county of its own (长沙) means the
            # city; one shared with another's county is the nearer (巴州: 巴州区 in a report of 巴中市)
        if all(p.level in ("county", "town", "village") and not self._in(p, scopes, "city") for p in ok):
            # a short form the report's own township shares with a county elsewhere: the township (古田 in a report
            # of 上杭县 is its 古田镇, not Ningde's 古田县), whose short form alone the data leaves out as a word
            own = self._own_townships(scopes).get(surface, [])
            if len(own) == 1:
                return own[0]
        # of places as near and of one level, the one the surface names in full (大同镇, not the 大同镇街道 beside it in
        # 大同区; but 傅村 is the town 傅村镇 before the village 傅村)
        def rank(p: Place) -> tuple:
            return _RANK.get(p.level, 9), p.name != surface, _prominence(p)

        if ctx is not None and ctx.level != "macro":
            return min(ok, key=lambda p: (self._distance(p, ctx), *rank(p)))
        return min(ok, key=rank)

    def _own_townships(self, scopes: dict[str, Place]) -> dict[str, list[Place]]:
        """The townships of the scopes' city (or county) by their names' stems (古田 for 古田镇, 庐丰 for 庐丰畲族乡)."""
        scope = scopes.get("city") or scopes.get("county")
        if scope is None:
            return {}
        stems = self._town_stems_memo.get(scope.id)
        if stems is None:
            stems = self._town_stems_memo[scope.id] = {}
            level = [scope]
            for _ in range(2):  # a city's counties, then their townships (a municipality's district: its townships)
                level = [c for p in level for c in self.children(p) if c.level in ("county", "town")]
                for town in level:
                    if town.level == "town":
                        stem = _town_ending().sub("", town.name)
                        if len(stem) >= 2 and stem != town.name:
                            stems.setdefault(stem, []).append(town)
        return stems


@functools.cache
def _town_ending() -> re.Pattern:
    """A township's suffix, after the ethnic groups it may be named for (庐丰畲族乡, 金海湖地区); compiled on first use,
    not at start-up (a CJK range costs re a millisecond)."""
    return re.compile(f"{ETHNIC_GROUP}*(?:{'|'.join(_TOWNSHIP_ENDS)})$")


@contextlib.contextmanager
def _collector_paused(permanent: bool = False):
    """No cyclic garbage collection while the tables are filled: they hold no cycles, and a
    collection every few hundred new lists and dicts walks the whole growing table (a third of
    the loading time).

    ``permanent``: what was made meanwhile lives as long as the process (the division tables), so it
    is moved out of the collector's reach (``gc.freeze``) before collection resumes; else the first
    collection after it walks every new table once more (40 ms for the base tables). Objects that
    are freed by their reference count are freed as before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if permanent:
            gc.freeze()
        if enabled:
            gc.enable()


def _read_lines(name: str) -> list[str]:
    """The lines of a gzipped data file, without comment lines (one read and one decompression:
    faster than iterating a text stream)."""
    text = gzip.decompress(data_path(name).read_bytes()).decode("utf-8")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [line for line in text.split("\n") if line and not line.startswith("#")]


# -- the snapshot of the tables ------------------------------------------------------------------------
#
# Filling the tables from regions.tsv.gz takes ~0.3 s of Python (46,000 places, their names and the prefixes
# of the names); unpickling them takes a third of that. The snapshot is a cache, like jieba's dictionary
# cache: it lives in the user's cache folder, its name is a digest of the data files and of this module
# (a change to either makes a new one), and one that cannot be read or written is simply not used.

_SNAPSHOT_FILES = ("regions.tsv.gz", "new_areas.tsv", "macro_regions.tsv", "region_abbrev.tsv", "region_alias_stop.tsv")


def snapshot_dir() -> Path | None:
    """Where the snapshot of the division tables lives: ``$KG_CACHE_HOME``, else ``$XDG_CACHE_HOME/kg``,
    else ``~/.cache/kg``; None when ``KG_CACHE_HOME`` is set empty (no snapshot)."""
    root = os.environ.get("KG_CACHE_HOME")
    if root is not None:
        return Path(root) if root else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg"


def _snapshot_path() -> Path | None:
    folder = snapshot_dir()
    digest = _digest(_SNAPSHOT_FILES) if folder is not None else None
    return folder / f"gazetteer-{digest}.pickle" if digest else None


def _digest(data_files) -> str | None:
    """What a snapshot's name holds: a digest of the Python version and pickle protocol, of this module and
    of ``data_files``; None when one of them cannot be read."""
    h = hashlib.sha256(f"{sys.version_info[:2]} {pickle.HIGHEST_PROTOCOL}".encode())
    try:
        h.update(Path(__file__).read_bytes())
        for name in data_files:
            h.update(name.encode())
            h.update(data_path(name).read_bytes())
    except OSError:
        return None
    return h.hexdigest()[:16]


def _read_snapshot(path: Path, size: int) -> tuple | None:
    try:
        with open(path, "rb") as f:
            tables = pickle.load(f)
    except Exception:  # missing, truncated, written by another layout: build the tables instead
        return None
    return tables if isinstance(tables, tuple) and len(tables) == size else None


def _write_snapshot(path: Path, tables: tuple, stale: str = "gazetteer-*.pickle") -> None:
    """Write ``tables`` to ``path`` (atomically) and remove the files that match ``stale`` (snapshots of
    older data or code) beside it."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            pickle.dump(_shared_strings(tables), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the whole new one
        for old in path.parent.glob(stale):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:  # a read-only or full disk: no snapshot, the next process builds the tables again
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _shared_strings(value, seen: dict | None = None):
    """``value`` (tuples, lists, sets and dicts of strings) with each distinct string one object: pickle then
    writes it once and the snapshot unpickles it once. The tables as built hold a town's level, a parent id
    or a name as one string per row and per index (the base tables: 143,000 distinct strings; the snapshot
    shrinks 4.97 -> 4.33 MB and unpickles a quarter faster)."""
    if seen is None:
        seen = {}
    if type(value) is str:
        return seen.setdefault(value, value)
    if type(value) is dict:
        return {_shared_strings(k, seen): _shared_strings(v, seen) for k, v in value.items()}
    if type(value) in (list, tuple, set, frozenset):
        return type(value)(_shared_strings(v, seen) for v in value)
    return value


# -- the villages of a city -----------------------------------------------------------------------------
#
# A report's city has some 3,000 villages. Parsing their lines and indexing their names took 15-20 ms per
# city (0.17 s for the ten cities of the seeds); a city's tables are therefore kept as a snapshot too
# (``villages-<city>-<digest>.pickle``, beside the gazetteer's), and merged into the gazetteer's
# tables with dictionary and set operations.


#: Ends of a community's short form that name a zone (清河经济开发区社区 -> 清河经济开发区): in a report that is the
#: zone, a Project, so the community keeps only its full name.
_ZONE_ENDINGS = ("开发区", "园区", "工业园", "产业园", "新区", "高新区", "示范区", "保税区", "工业区", "试验区", "度假区", "景区")


def _village_table(area: str, stop: frozenset[str] | set[str]) -> tuple:
    """The villages of city ``area`` (four digits): their rows, name, alias and children indexes, and
    their names, prefixes, two-character prefixes and one-character names (see Gazetteer.load_villages)."""
    path = _village_snapshot_path(area)
    table = _read_snapshot(path, 8) if path is not None else None
    if table is None:
        table = _build_village_table(area, stop)
        if path is not None:
            _write_snapshot(path, table, stale=f"villages-{area}-*.pickle")
    return table


def _build_village_table(area: str, stop) -> tuple:
    lines = _read_lines_cached(f"villages/{area[:2]}.tsv.gz")
    # the lines are sorted by id: the city's are one run of them
    lines = lines[bisect.bisect_left(lines, area):bisect.bisect_left(lines, f"{int(area) + 1:04d}")]
    rows: list[tuple] = []
    by_name: dict[str, list[str]] = {}
    by_alias: dict[str, list[str]] = {}
    children: dict[str, list[str]] = {}
    names: set[str] = set()
    with _collector_paused():
        for line in lines:
            vid, name, short, parent = line.split("\t")
            rows.append((vid, name, short, "village", None, parent))
            by_name.setdefault(name, []).append(vid)
            names.add(name)
            if short and short not in stop and not short.endswith(_ZONE_ENDINGS):
                if short != name:
                    by_alias.setdefault(short, []).append(vid)
                names.add(short)
            if parent:
                children.setdefault(parent, []).append(vid)
        prefixes, pairs, singles = _prefix_index(names)
    return rows, by_name, by_alias, children, names, prefixes, pairs, singles


def _prefix_index(names) -> tuple[set[str], set[str], set[str]]:
    """What :meth:`Gazetteer.find` looks names up with: every prefix of ``names``, those of two characters
    (where a name may start) and the names of one character (none in the data today)."""
    prefixes = {name[:i] for name in names for i in range(1, len(name) + 1)}
    return prefixes, {p for p in prefixes if len(p) == 2}, {name for name in names if len(name) == 1}


def _village_snapshot_path(area: str) -> Path | None:
    folder = snapshot_dir()
    digest = _village_digest(area[:2])
    return folder / f"villages-{area}-{digest}.pickle" if folder is not None and digest else None


@functools.cache
def _village_digest(province: str) -> str | None:
    """The digest of a province's village file and of the alias stop list (None: no villages, nothing to keep)."""
    return _digest((f"villages/{province}.tsv.gz", "region_alias_stop.tsv"))


@functools.lru_cache(maxsize=2)
def _read_lines_cached(name: str) -> list[str]:
    """:func:`_read_lines`, kept for the next city of the same province."""
    if not data_path(name).exists():
        return []
    return _read_lines(name)


def _prominence(place: Place) -> tuple[int, int, str]:
    # higher levels first; among equals, places with an official code first
    return (_RANK.get(place.level, 9), 0 if place.code else 1, place.id)


def _hex(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


@functools.cache
def gazetteer() -> Gazetteer:
    """The shared gazetteer (loaded once per process)."""
    return Gazetteer()
