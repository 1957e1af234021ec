"""Report-level facts: region, year, speaker, meeting, date and headline indicators.

Every rule works on ``Document.norm`` (simplified, same length as the original
text), so each offset found is an offset into ``Document.text``; indicator
offsets are returned in the coordinates of the original file
(``doc.start + local offset``). Word lists and patterns live in
``kg/data/facts.toml`` ``[facts]``.

>>> from kg.model import Document
>>> from kg.normalize import normalize
>>> body = ("2019年2月27日在永康市第十七届人民代表大会第三次会议上永康市人民政府市长朱志杰各位代表:"
...         "一、2018年工作回顾全市实现地区生产总值557.7亿元,增长6%。二、2019年目标任务地区生产总值增长7%。")
>>> doc = Document(id="x-01", source="x.txt", start=0, end=len(body), text=body, norm=normalize(body),
...                headline="2019年永康市政府工作报告")
>>> f = extract_facts(doc)
>>> (f.year, f.reviewed_year, f.speaker, f.post, f.date)
(2019, 2018, '朱志杰', '市长', '2019-02-27')
>>> [(i.metric, i.value, i.unit, i.growth_pct) for i in f.indicators]
[('地区生产总值', 557.7, '亿元', 6.0)]
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from kg.model import Document, Indicator, ReportFacts
from kg.normalize import normalize
from kg.resources import load_toml

__all__ = [
    "extract_facts",
    "extract_indicators",
    "canonical_region",
    "facts_to_manifest_dict",
]

_CJK = "\u3400-\u9fff"
_NUM = r"\d+(?:\.\d+)?"
_SNUM = r"-?\d+(?:\.\d+)?"  # a growth rate may be written negative: 增长-3.2%
_CN_NUM = "一二三四五六七八九十百零〇两"
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# 二〇一九年一月三十日
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "O": 0, "Ｏ": 0}
_CN_DATE = re.compile(r"([〇零○OＯ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日")
_MEETING = re.compile(
    rf"在\s*([^\s在,。:;、()()《》“”]{{2,16}}?第[{_CN_NUM}\d]+届人民代表大会第[{_CN_NUM}\d]+次(?:全体)?会议)"
)
_TITLE = re.compile(rf"(?:(\d{{4}})\s*年度?)?([{_CJK}]{{0,24}}?)(?:(\d{{4}})\s*年度?)?政府工作报告")
_SITE_TAG = re.compile(r"^[•·●◆■▪\s]*(?:【([^】]{1,20})】|\[([^\]]{1,8})\])\s*")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")


@functools.cache
def _rules() -> dict:
    facts = load_toml("facts.toml")["facts"]
    ind = facts["indicator"]

    def alt(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    alias_to_metric = {a: m for m, aliases in facts["metrics"].items() for a in aliases}
    growth = rf"(?:(?:同比|比上年|较上年)?(?:分别)?(?:{alt(ind['growth_words'])})|(?P<neg>{alt(ind['decline_words'])}))"
    units = alt(ind["units"])
    filler = rf"[^\d,。;,;、()()\n]{{0,{ind['max_filler']}}}?"
    # words between a figure and its growth: 按可比价计算, 比上年
    growth_filler = rf"(?:(?!其中)[^\d,。;,;、\n]){{0,{ind['max_growth_filler']}}}?"
    return {
        "posts": re.compile(rf"(?P<post>{alt(facts['posts'])})\s*(?P<name>[{_CJK}·]{{2,4}})$"),
        "not_names": frozenset(facts["not_names"]),
        "window": facts["opening_window"],
        "review_heading": [re.compile(p) for p in facts["review_heading"]],
        "review_end": [re.compile(p) for p in facts["review_end"]],
        "alias_to_metric": alias_to_metric,
        # 地区生产总值(GDP)从450亿元增加到557.7亿元,按可比价计算增长6%
        "value": re.compile(
            rf"(?P<metric>{alt(alias_to_metric)})(?:\s*[((][A-Za-z]{{2,4}}[))])?(?P<fill>{filler})"
            rf"(?:从\s*{_NUM}\s*(?:{units})\s*(?:{alt(ind['to_words'])}))?"
            rf"(?P<value>{_NUM})\s*(?P<unit>{units})"
            rf"(?:\s*[,,、]?\s*{growth_filler}{growth}\s*(?P<growth>{_SNUM})\s*%)?"
        ),
        "growth_only": re.compile(
            rf"(?P<metric>{alt(alias_to_metric)})(?P<fill>{filler}){growth}\s*(?P<growth>{_SNUM})\s*%"
        ),
        # 城乡居民人均可支配收入分别达到54581元和28342元,增长8.3%和9.9%;
        # 财政总收入和一般公共预算收入分别达到7.1亿元和4.2亿元
        "pair": re.compile(
            rf"(?:{ind['pair_prefix']}|(?P<m1>{alt(alias_to_metric)})(?:和|、|与)(?P<m2>{alt(alias_to_metric)}))"
            rf"(?:同比)?分别(?:达到|达|为|是|完成|实现)?\s*(?P<v1>{_NUM})\s*(?P<u1>{units})?\s*(?:和|、|与)\s*"
            rf"(?P<v2>{_NUM})\s*(?P<u2>{units})"
            rf"(?:\s*[,,、]?\s*(?:同比)?(?:分别)?{growth}\s*(?P<g1>{_SNUM})\s*%\s*(?:和|、|与)\s*(?P<g2>{_SNUM})\s*%)?"
        ),
        "pair_growth": re.compile(
            rf"(?:{ind['pair_prefix']}|(?P<m1>{alt(alias_to_metric)})(?:和|、|与)(?P<m2>{alt(alias_to_metric)}))"
            rf"(?:同比)?分别{growth}\s*(?P<g1>{_SNUM})\s*%\s*(?:和|、|与)\s*(?P<g2>{_SNUM})\s*%"
        ),
        "pair_metrics": ind["pair_metrics"],
        "bad_filler": re.compile(alt(ind["bad_filler"])),
        "not_before": re.compile(rf"(?:{alt(ind['not_before'])})$"),
        "target": re.compile(alt(ind["target_words"])),
    }


# ------------------------------------------------------------------ regions
#
# All region canonicalisation goes through kg.gazetteer; the only addition
# here is development zones the division data lacks (宁波保税区 = 宁波 +
# 保税区, parent 宁波市), from the zone suffixes in facts.toml.


@functools.cache
def _zone_pattern() -> re.Pattern:
    suffixes = load_toml("facts.toml")["facts"]["zone_suffixes"]
    return re.compile("|".join(re.escape(z) for z in sorted(suffixes, key=len, reverse=True)))


def _find_regions(text: str, *, context=None) -> list[tuple[int, int, str, str | None]]:
    """Region mentions in ``text``: (start, end, canonical name, parent name)."""
    from kg.gazetteer import gazetteer

    g = gazetteer()
    out: list[tuple[int, int, str, str | None]] = []
    for s, e, place in g.find(text, context=context):
        if out and s < out[-1][1]:
            continue  # inside a zone name found just before
        zone = _zone_pattern().match(text, e)
        if zone and place.level in ("city", "county") and zone.group() not in place.name:
            out.append((s, zone.end(), text[s:e] + zone.group(), place.name))
            continue
        chain = g.chain(place)
        out.append((s, e, place.name, chain[0].name if chain else None))
    return out


def canonical_region(text: str, *, context: str | None = None) -> tuple[str, str | None] | None:
    """(canonical name, parent name) of the most specific region named in ``text``.

    ``text`` is a short phrase such as 温州市瓯海区 or 金东区; ``context`` is a
    region (canonical name) that helps to disambiguate. The last (innermost)
    region named wins.

    >>> canonical_region("温州市瓯海区")
    ('瓯海区', '温州市')
    >>> canonical_region("大田乡", context="武义县")
    ('大田乡', '武义县')
    """
    found = _find_regions(text, context=context)
    if found:
        return found[-1][2], found[-1][3]
    from kg.gazetteer import gazetteer

    g = gazetteer()
    place = g.resolve(text, context=context)
    if place is None:
        return None
    chain = g.chain(place)
    return place.name, (chain[0].name if chain else None)


def _tag_context(tag: str | None) -> str | None:
    """The region of a site tag (【武义县招商】 → 武义县), used as context."""
    if not tag:
        return None
    found = _find_regions(normalize(tag))
    return found[0][2] if found else None


# -------------------------------------------------------------------- title


def _strip_tag(headline: str) -> tuple[str, str | None]:
    """Headline without its site tag (• 【永康市招商】, [浙江]) and the tag's text."""
    m = _SITE_TAG.match(headline)
    if not m:
        return headline.strip(), None
    return headline[m.end() :].strip(), m.group(1) or m.group(2)


def _report_title(norm: str) -> re.Match | None:
    return _TITLE.search(norm[:400])


# ------------------------------------------------------------------ opening


def _cn_number(text: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31."""
    if "十" not in text:
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    tens, _, units = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


def _dates(window: str) -> list[tuple[int, int, tuple[int, int, int]]]:
    """(start, end, (year, month, day)) of the dates in ``window``, in order."""
    out = [(m.start(), m.end(), tuple(int(x) for x in m.groups())) for m in _DATE.finditer(window)]
    for m in _CN_DATE.finditer(window):
        year = int("".join(str(_CN_DIGITS[c]) for c in m.group(1)))
        out.append((m.start(), m.end(), (year, _cn_number(m.group(2)), _cn_number(m.group(3)))))
    return sorted(out)


def _opening(doc: Document, rules) -> dict:
    """Speaker, post, meeting and date from the report's opening lines."""
    # The headline may hold the meeting line when a page puts it on top.
    head = normalize(doc.headline) + "\n" if doc.headline else ""
    window = head + doc.norm[: rules["window"]]
    out = {"speaker": None, "post": None, "meeting": None, "date": None}
    meeting = _MEETING.search(window)
    if meeting:
        out["meeting"] = re.sub(r"\s+", "", meeting.group(1))
    # The date closest to the meeting phrase (or the first one if no meeting).
    dates = _dates(window)
    if meeting:
        dates = [d for d in dates if d[1] >= meeting.start() - 30 and d[0] <= meeting.end() + 30]
    if dates:
        y, mth, day = dates[0][2]
        if 1 <= mth <= 12 and 1 <= day <= 31:
            out["date"] = f"{y:04d}-{mth:02d}-{day:02d}"
    greeting = window.find("各位代表")
    if greeting > 0:
        before = window[:greeting]
        cut = max(
            (m.end() for m in re.finditer(r"会议上|[)）]|政府工作报告|[。:;!]|\d日", before)),
            default=max(0, greeting - 30),
        )
        chunk = re.sub(r"\s+", " ", before[cut:]).strip()
        m = rules["posts"].search(chunk)
        if m:
            name = m.group("name")
            out["post"] = m.group("post")
        else:
            name = chunk if re.fullmatch(rf"[{_CJK}·]{{2,4}}", chunk) else None
        if name and name not in rules["not_names"] and not name.endswith(("政府", "代表")):
            out["speaker"] = name
        else:
            out["post"] = None
    if out["speaker"] is None:
        # A line of its own: "市长 潘超英", "金华市金东区代区长 毛世梁".
        for line in window.split("\n")[:15]:
            m = rules["posts"].search(re.sub(r"\s+", " ", line).strip())
            if m and len(line.strip()) <= 30 and m.group("name") not in rules["not_names"]:
                out["speaker"], out["post"] = m.group("name"), m.group("post")
                break
    return out


# --------------------------------------------------------------- indicators


def _review_span(norm: str, rules) -> tuple[int, int, int | None]:
    """(start, end, reviewed year) of a report's review section."""
    start, year = 0, None
    for pattern in rules["review_heading"]:
        m = pattern.search(norm[: max(2000, len(norm) // 3)])
        if m:
            start, year = m.start(), int(m.group(1))
            break
    end = len(norm)
    for pattern in rules["review_end"]:
        m = pattern.search(norm, start + 1)
        if m and m.start() < end:
            end = m.start()
    return start, end, year


def _clause_start(norm: str, pos: int, floor: int) -> int:
    cut = max(norm.rfind(c, floor, pos) for c in "。;;\n!")
    return max(cut + 1, floor)


def _pair_metrics(m: re.Match, rules) -> list[str]:
    if m.group("m1"):
        return [rules["alias_to_metric"][m.group("m1")], rules["alias_to_metric"][m.group("m2")]]
    return rules["pair_metrics"]


def _float(s: str | None) -> float | None:
    return float(s) if s is not None else None


def extract_indicators(doc: Document, *, year: int | None = None) -> list[Indicator]:
    """Headline figures stated for the reviewed year, first mention of each metric.

    Only the review section is read; a clause with a target word (力争, 预期,
    目标 …) is skipped. Growth-only statements give ``value=None``.
    """
    rules = _rules()
    norm = doc.norm
    start, end, review_year = _review_span(norm, rules)
    year = year if year is not None else review_year
    section = norm[:end]
    found: dict[str, Indicator] = {}
    growth_only: dict[str, Indicator] = {}
    taken: list[tuple[int, int]] = []

    def is_target(pos: int) -> bool:
        """A target clause, or another measure (单位生产总值能耗)."""
        if rules["not_before"].search(norm, max(0, pos - 6), pos):
            return True
        return bool(rules["target"].search(norm, _clause_start(norm, pos, start), pos))

    def add(metric, value, unit, growth, s, e, into):
        if metric in found or metric in into:
            return
        into[metric] = Indicator(
            metric=metric, value=value, unit=unit, growth_pct=growth, year=year,
            text=doc.text[s:e], start=doc.start + s, end=doc.start + e,
        )

    for m in rules["pair"].finditer(section, start):
        if is_target(m.start()):
            continue
        taken.append(m.span())
        for k, metric in enumerate(_pair_metrics(m, rules), 1):
            unit = m.group(f"u{k}") or m.group("u2")
            growth = _float(m.group(f"g{k}"))
            if growth is not None and m.group("neg"):
                growth = -growth
            add(metric, float(m.group(f"v{k}")), unit, growth, m.start(), m.end(), found)

    for m in rules["pair_growth"].finditer(section, start):
        if is_target(m.start()):
            continue
        taken.append(m.span())
        sign = -1 if m.group("neg") else 1
        for k, metric in enumerate(_pair_metrics(m, rules), 1):
            add(metric, None, None, sign * float(m.group(f"g{k}")), m.start(), m.end(), growth_only)

    def overlaps(span):
        return any(span[0] < e and s < span[1] for s, e in taken)

    for m in rules["value"].finditer(section, start):
        if overlaps(m.span()) or rules["bad_filler"].search(m.group("fill")) or is_target(m.start()):
            continue
        growth = _float(m.group("growth"))
        if growth is not None and m.group("neg"):
            growth = -growth
        metric = rules["alias_to_metric"][m.group("metric")]
        add(metric, float(m.group("value")), m.group("unit"), growth, m.start(), m.end(), found)
        taken.append(m.span())
    for m in rules["growth_only"].finditer(section, start):
        if overlaps(m.span()) or rules["bad_filler"].search(m.group("fill")) or is_target(m.start()):
            continue
        growth = float(m.group("growth")) * (-1 if m.group("neg") else 1)
        metric = rules["alias_to_metric"][m.group("metric")]
        add(metric, None, None, growth, m.start(), m.end(), growth_only)
    merged = list(found.values()) + [i for k, i in growth_only.items() if k not in found]
    return sorted(merged, key=lambda i: i.start)


# -------------------------------------------------------------------- facts


def _news_region(doc: Document, head_text: str, tag: str | None) -> tuple[str, str | None] | None:
    """The region a news article is about: the most mentioned, headline mentions count extra.

    Ties go to the more specific region, then to the earlier mention.
    """
    scores: Counter[str] = Counter()
    first: dict[str, int] = {}
    parents: dict[str, str | None] = {}
    for weight, text, offset in ((3, normalize(head_text), -1), (1, doc.norm, 0), (1, normalize(tag or ""), len(doc.norm))):
        for s, _e, name, parent in _find_regions(text):
            scores[name] += weight
            first.setdefault(name, s if offset == 0 else offset)
            parents.setdefault(name, parent)
    if not scores:
        return None
    depth = {n: _depth(n) for n in scores}
    best = max(scores, key=lambda n: (scores[n], depth[n], -first[n]))
    return best, parents[best]


def _depth(name: str) -> int:
    from kg.gazetteer import gazetteer

    g = gazetteer()
    place = g.resolve(name)
    return len(g.chain(place)) if place else 0


def _body_context(doc: Document) -> str | None:
    """The region most often named at the start of a report (a town's county)."""
    counts = Counter(name for _s, _e, name, _p in _find_regions(doc.norm[:3000]))
    return counts.most_common(1)[0][0] if counts else None


def extract_facts(doc: Document) -> ReportFacts:
    """Report-level facts of one document (reports and news alike)."""
    rules = _rules()
    head_text, tag = _strip_tag(doc.headline) if doc.headline else ("", None)
    head_norm = normalize(head_text)
    title_match = _TITLE.search(head_norm) or _report_title(doc.norm)
    title = head_norm or (title_match.group(0) if title_match else None)

    if doc.kind == "report":
        opening = _opening(doc, rules)
        # Where the report's region is named: its title, 我代表X人民政府, the meeting.
        named = [title_match.group(2) if title_match else ""]
        m = re.search(rf"我代表([{_CJK}]{{2,12}}?)人民政府", doc.norm[: rules["window"]])
        named.append(m.group(1) if m else "")
        named.append(opening["meeting"].split("第")[0] if opening["meeting"] else "")
        context = _tag_context(tag) or _body_context(doc)
        region = next((r for r in (canonical_region(t, context=context) for t in named if t) if r), None)
        year = None
        if title_match:
            year = int(title_match.group(1) or title_match.group(3) or 0) or None
        if year is None and opening["date"]:
            year = int(opening["date"][:4])
        _s, _e, reviewed = _review_span(doc.norm, rules)
        if reviewed is None and year:
            reviewed = year - 1
        if year is None and reviewed:
            year = reviewed + 1
        indicators = tuple(extract_indicators(doc, year=reviewed))
    else:
        region = _news_region(doc, head_text, tag)
        opening = {"speaker": None, "post": None, "meeting": None, "date": None}
        m = _YEAR.search(doc.norm[:200]) or _YEAR.search(head_norm)
        year = int(m.group(1)) if m else None
        reviewed = None
        indicators = ()
    name, parent = region if region else (None, None)
    return ReportFacts(
        title=title,
        kind=doc.kind,
        region=name,
        parent_region=parent,
        year=year,
        reviewed_year=reviewed,
        speaker=opening["speaker"],
        post=opening["post"],
        meeting=opening["meeting"],
        date=opening["date"],
        indicators=indicators,
    )


def facts_to_manifest_dict(doc: Document, facts: ReportFacts) -> dict:
    """One manifest ``documents`` object (the fields of eval/reports.json)."""
    return {
        "source": doc.source,
        "start": doc.start,
        "end": doc.end,
        "title": facts.title,
        "kind": facts.kind,
        "region": facts.region,
        "parent_region": facts.parent_region,
        "year": facts.year,
        "reviewed_year": facts.reviewed_year,
        "speaker": facts.speaker,
        "post": facts.post,
        "meeting": facts.meeting,
        "date": facts.date,
        "indicators": [
            {
                "metric": i.metric,
                "value": i.value,
                "unit": i.unit,
                "growth_pct": i.growth_pct,
                "year": i.year,
                "text": i.text,
                "start": i.start,
                "end": i.end,
            }
            for i in facts.indicators
        ],
    }
