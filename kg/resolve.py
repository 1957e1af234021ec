"""Mentions from every document resolved to one entity per real-world thing.

Regions are keyed by their gazetteer place (so 金华, 金华市 and 金華 are one node,
with the division code and parent chain); other entities by type and canonical
name, with a firm's short name merged into its full name when one begins the
other (庆达西 -> 庆达西(宁波)钢构制造有限公司), and the works of a project's phase merged into the project when the
corpus names it (三江六岸景观提升一期工程 -> 三江六岸景观提升工程).

>>> from kg.model import Mention
>>> ents = resolve_entities([Mention("Region", "金华市", "金華", 0, 2, code="330700"),
...                          Mention("Region", "金华市", "金华市", 5, 8, code="330700")])
>>> [(e.id, e.name, e.aliases) for e in ents]  # the parent chain comes along
[('region/330000', '浙江省', ()), ('region/330700', '金华市', ('金華',))]
"""

from __future__ import annotations

import hashlib
import re

from kg.gazetteer import gazetteer
from kg.model import Entity, Mention

__all__ = ["entity_id", "place_entity_id", "resolve_entities", "enterprise_aliases", "project_phases"]

_LEGAL = re.compile(r"(股份有限公司|有限责任公司|集团有限公司|有限公司|集团公司|集团|股份|公司)$")
#: A branch named after its parent's legal name: 中国石油天然气股份有限公司大庆石化分公司 (大庆石化分公司 is the same firm).
_BRANCH = re.compile(r"(?:有限公司|有限责任公司|集团)(.{2,12}?(?:分公司|子公司|分行|支行))$")


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def entity_id(etype: str, name: str) -> str:
    """Stable ASCII id for an entity without a division code."""
    return f"{etype.lower()}/{_digest(name)}"


def place_entity_id(place_id: str) -> str:
    return f"region/{place_id}"


def enterprise_aliases(names: set[str]) -> dict[str, str]:
    """Map short firm names to the longest full name they begin (or are the core of, or end as its branch)."""
    out = {}
    full = sorted((n for n in names if _LEGAL.search(n)), key=lambda n: (-len(n), n))
    by_core: dict[str, str] = {}
    for f in full:
        by_core.setdefault(_LEGAL.sub("", f), f)
    prefixes: dict[str, str] = {}  # every beginning of a full name -> the longest such name
    for f in full:
        for i in range(2, len(f)):
            prefixes.setdefault(f[:i], f)
    for f in full:  # then of the name after the region it starts with: 江苏华西集团有限公司 is 华西集团
        bare = _without_region(f)
        for i in range(2, len(bare)):
            prefixes.setdefault(bare[:i], f)
    branches: dict[str, str] = {}  # a branch's own name after its parent's legal name: 大庆石化分公司
    for f in full:
        branch = _BRANCH.search(f)
        if branch:
            branches.setdefault(branch.group(1), f)
    for n in sorted(names):
        if len(n) < 2:
            continue
        f = prefixes.get(n) or by_core.get(n) or branches.get(n)
        if f and f != n:
            out[n] = f
    return out


def project_phases(names: set[str]) -> dict[str, str]:
    """Map the works of a phase to the project they are a phase of, when ``names`` has it (三江六岸景观提升一期工程 ->
    三江六岸景观提升工程, 清华长庚医院二期工程 -> 清华长庚医院); a phase whose project is not named stays its own."""
    from kg.extract import project_of_phase

    return {n: project for n in names if (project := project_of_phase(n)) in names}


def _without_region(name: str) -> str:
    """A firm's name without the country, province, city or county it starts with (浙江吉利控股集团有限公司 -> 吉利控股集团有限公司,
    中国三峡新能源（集团）股份有限公司 -> 三峡新能源（集团）股份有限公司); the name itself when it starts with none or would keep
    fewer than four characters."""
    if name.startswith("中国") and len(name) >= 6:
        return name[2:]
    found = gazetteer().find(name[:6])
    if found and found[0][0] == 0 and found[0][2].level in ("province", "city", "county") and len(name) - found[0][1] >= 4:
        return name[found[0][1]:]
    return name


def _place_group(groups: dict[str, dict], code: str, g) -> list | None:
    """The mentions list of the place ``code`` in ``groups`` (made on first use), None if no place has it."""
    if code not in g.places and code[:4].isdigit():
        g.load_villages(code)  # extracted in another process or read from the cache
    if code not in g.places:
        return None
    place = g.get(code)
    key = place_entity_id(place.id)
    info = groups.get(key)
    if info is None:
        info = groups[key] = {"type": "Region", "name": place.name, "place": place, "mentions": []}
    return info["mentions"]


def resolve_entities(mentions: list[Mention]) -> list[Entity]:
    """One :class:`Entity` per distinct thing; mention order is kept inside each entity."""
    g = gazetteer()
    # a short name of a firm -> its full name; the works of a phase -> the project
    renamed = {"Enterprise": enterprise_aliases({m.name for m in mentions if m.type == "Enterprise"}),
               "Project": project_phases({m.name for m in mentions if m.type == "Project"})}
    groups: dict[str, dict] = {}
    by_name: dict[tuple[str, str], list] = {}  # (type, name) -> its group's mentions (one digest per name)
    by_code: dict[str, list | None] = {}  # division code -> its place's mentions (None: no such place)
    for m in mentions:
        if m.type == "Region" and m.code:
            try:
                group = by_code[m.code]
            except KeyError:  # the first mention of this code
                group = by_code[m.code] = _place_group(groups, m.code, g)
            if group is not None:
                group.append(m)
                continue
        group = by_name.get((m.type, m.name))
        if group is None:
            name = renamed[m.type].get(m.name, m.name) if m.type in renamed else m.name
            key = entity_id(m.type, name)
            info = groups.setdefault(key, {"type": m.type, "name": name, "place": None, "mentions": []})
            group = by_name[m.type, m.name] = info["mentions"]
        group.append(m)
    # every linked region brings its parent chain
    for key, info in list(groups.items()):
        if info["place"] is not None:
            for parent in g.chain(info["place"]):
                groups.setdefault(place_entity_id(parent.id),
                                  {"type": "Region", "name": parent.name, "place": parent, "mentions": []})
    out = []
    for key in sorted(groups):
        info = groups[key]
        place = info["place"]
        aliases = sorted({m.text for m in info["mentions"]} | {m.name for m in info["mentions"]} - {info["name"]})
        out.append(
            Entity(
                id=key, type=info["type"], name=info["name"], aliases=tuple(a for a in aliases if a != info["name"]),
                code=place.code if place else None, level=place.level if place else None,
                parents=tuple(p.name for p in g.chain(place)) if place else (),
                mentions=tuple(info["mentions"]),
            )
        )
    return out
