"""Rule-based extraction of entity mentions and relations (ANNOTATION.md).

Candidates first, then one selection policy: every rule family adds
:class:`Candidate` spans; :func:`select_mentions` keeps the longest
non-overlapping ones. Relations are then read off the selected mentions, the
structure of their names and trigger words. Rules and word lists live in
``kg/data/extract.toml``; regions come from :mod:`kg.gazetteer`.

>>> mentions, relations = extract_text("金华市金东区全面深化“最多跑一次”改革", context={"region": "金东区"})
>>> [(m.type, m.name) for m in mentions]
[('Region', '金华市'), ('Region', '金东区'), ('Initiative', '最多跑一次改革')]
>>> [(r.head[1], r.type, r.tail[1]) for r in relations]
[('金东区', 'partOf', '金华市')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass

from kg.gazetteer import ETHNIC_GROUP, Place, gazetteer
from kg.model import Mention, Relation
from kg.normalize import normalize
from kg.resources import load_toml, load_wordlist

__all__ = [
    "Candidate",
    "extract_text",
    "find_candidates",
    "select_mentions",
    "find_relations",
    "sentence_spans",
    "canonical_initiative",
    "canonical_project",
    "project_of_phase",
]

QUOTES = "“”‘’「」『』\""
OPEN_QUOTES = "“‘「『"
CLOSE_QUOTES = "”’」』"
_CJK = r"\u4e00-\u9fff\u3400-\u4dbf"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_CJK_RUN = re.compile(f"[{_CJK}]+")
_SENT_END = re.compile(r"[。!?！？;；\n]")
_NUMERALS = "一二三四五六七八九十百千万两双0123456789"
_MEASURE = re.compile(r"[0-9.一二三四五六七八九十百千万]+(?:公里|千米|米|座|个|处|条|平方米|亩|幢|户)")
_COUNT = re.compile(r"[0-9.一二三四五六七八九十百千万两数几]+(?:个|条|家|所|座|项|处|批|栋|幢|亿元|万元|公里|万平方米|大)(?:以上|左右)?|以上")
# A count of units right after or right before a facility: it is a kind being counted, not a name
# (建成…服务中心1个, 美丽社区项目21个, 实施100个…项目, 新增1~2家三甲医院, 多所…工程).
_UNITS = "个|座|所|家|处|项|户|套|栋|幢|间|条"
_COUNT_AFTER = re.compile(r"[0-9.一二三四五六七八九十百千两]+(?:个|座|所|家|处|项|套)(?:以上|左右)?(?![\u4e00-\u9fff])")
_AREA_AFTER = re.compile(r"[0-9.]+万?亩")
#: A rank after a kind of place (先进制造业园区十强, 绿色工业园区百强, 十佳): a ranking's title, not a place being built.
_RANK_AFTER = re.compile("前?[0-9一二三四五六七八九十百千]+强|[十百千]佳")
#: What opens the contents of a project (主要建设…生产线): the facilities after it are no projects of their own.
_CONTENTS = re.compile("主要建设|建设内容包括|主要包括")
_LATIN_OR_DIGIT = re.compile("[A-Za-z0-9]")
_PUNCT = re.compile("[，,；;：:。！？!?\n]")
#: Patterns the rules below ask of every candidate, compiled once.
_JOINED = re.compile("[及和与]")
_CHINA_BRACKET = re.compile("中国[(（]$")
_A_GRADE = re.compile("[0-9]?A+级")
_NUMBERED_POLICY = re.compile(f"[{_CJK}]{{0,4}}[0-9]+条")
_CLAUSE_SEPARATOR = re.compile("[、,，]")
_NUMERAL = re.compile(f"[{_NUMERALS}]")
_NOT_HAN = re.compile("[^\u4e00-\u9fff]")
_NAME_RUN = re.compile(f"[{_CJK}A-Za-z0-9]+")
_COUNT_OF_ITEMS = re.compile(f"[{_NUMERALS}]个")
_COUNT_OR_ABOVE = re.compile("[0-9]+(?:项|个|条)|以上")
_NO_VILLAGE_STEM = re.compile(f"[{_NUMERALS}]个|[0-9]|[村镇乡{QUOTES}]|街道")
_COUNTED_SITES = re.compile(f"[{_NUMERALS}]+[所座处批项]")
_BY = re.compile("由")
#: A comma with more of the clause after it (…项目建设，推动位于…), not one right before the next word (…产业园，位于…).
_COMMA_THEN_MORE = re.compile("[，,].")
#: Verbs whose object is a campaign (打赢“九场硬战”): a goal word after it is the goal of winning the campaign.
_CAMPAIGN_VERBS = ("打赢", "打好", "打响")
#: The rest of a body's name after its place, up to what kind of body: 四川南充|嘉崚团队, 上海|交通大学.
_BODY_AFTER = re.compile(f"[{_CJK}]{{0,8}}?(?:团队|公司|集团|企业|医院|学校|大学|学院|协会|商会|银行|研究院|研究所)")
_COUNT_BEFORE = re.compile(
    rf"(?:[0-9.~～\-一二三四五六七八九十百千两]+|多|数|若干)(?:{_UNITS})(?:以上)?(?:高标准|高质量|高水平|高品质)?$"
)


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    type: str
    name: str
    priority: int = 5  # lower wins among candidates of the same span
    code: str | None = None
    place_id: str | None = None
    nested: bool = False  # may stand inside another mention (杭 in “与杭同城”)
    declared: bool = False  # a short name the text declared (…有限公司（以下简称海南炼化）): its words locate nothing
    known: bool = False  # a well-known firm's short name (known_firms.tsv): a firm where it stands alone, no firm inside
    # a project's name (华能东方电厂…工程: the outermost name is the mention), and its words locate nothing (宁德时代)


@functools.cache
def _rules() -> dict:
    rules = load_toml("extract.toml")
    project = rules["project"]
    # an institution's buildings are both type words and generic ones (a copy: load_toml's dict is shared)
    return {**rules, "project": {**project, **{key: [*project[key], *project["building_words"]]
                                               for key in ("type_words", "generic_type_words")}}}


@functools.cache
def _name_char_re() -> re.Pattern:
    return re.compile(f"[{_CJK}{_rules()['span']['name_chars']}]")


class _NameChars(dict):
    """Whether a character may stand in a name (:func:`_name_char_re`), by character, filled as they are asked
    for: a look-up here is several times cheaper than the pattern's match, and :func:`_left_boundary` asks it of
    every character it steps over. Ask a character here, not of the pattern."""

    def __missing__(self, ch: str) -> bool:
        found = self[ch] = _name_char_re().match(ch) is not None
        return found


_NAME_CHARS = _NameChars()


@functools.cache
def _abbrev_runs() -> re.Pattern:
    """Runs of three or more one-character region abbreviations (沪深苏杭甬)."""
    chars = "".join(sorted(k for k, v in gazetteer()._abbrev.items() if len(k) == 1 and v))
    return re.compile(f"[{re.escape(chars)}]{{3,}}")


@functools.cache
def _left_stops() -> tuple[str, ...]:
    return tuple(sorted(set(_rules()["span"]["left_stops"]), key=len, reverse=True))


@functools.cache
def _soft_stops() -> frozenset[str]:
    return frozenset(_rules()["span"]["soft_stops"])


@functools.cache
def _common_words() -> frozenset[str]:
    return load_wordlist("common_words.tsv") | frozenset(_rules()["span"]["everyday_words"])


@functools.cache
def _type_words_ending_everyday_words() -> dict[str, tuple[str, ...]]:
    """Project type words and the listed everyday words (``[span] everyday_words``) that end in them: 互通 ->
    (互联互通,). Not jieba's words: many of those end in a type word and open names all the same (文化中心)."""
    everyday = _rules()["span"]["everyday_words"]
    return {t: tuple(w for w in everyday if w.endswith(t) and len(w) > len(t))
            for t in _rules()["project"]["type_words"]}


@functools.cache
def _surnames() -> frozenset[str]:
    return load_wordlist("surnames.tsv")


@functools.cache
def _zones() -> tuple[str, ...]:
    """Name endings of the development zones and parks in the division tables: Projects, not Regions."""
    return tuple(_rules()["region"]["zone_suffixes"])


def _alternation(words) -> re.Pattern:
    """Any of ``words``, the longest first where several match at one place."""
    return re.compile(_by_first_char(sorted(set(words), key=len, reverse=True)))


@functools.cache
def _any_of(words: tuple[str, ...]) -> re.Pattern:
    """:func:`_alternation` of ``words``, compiled once: a search for any of them in one pass, not one per word."""
    return _alternation(words)


def _by_first_char(words: list[str]) -> str:
    """The alternation of ``words`` (tried in this order), grouped by their first characters: 项目群|项目|工程 is
    written 项(?:目群|目)|工程, which matches the same at every place, in the same order of trying. re tries the
    alternatives one by one: grouped, a place is tried against one alternative per first character and then one
    group (the 216 project type words: 125 groups), not against every word (the seeds: 11 ms, not 17)."""
    if any(not w for w in words):
        return "|".join(map(re.escape, words))
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(re.escape(first) + (f"(?:{'|'.join(map(re.escape, rests))})" if len(rests) > 1 else re.escape(rests[0]))
                    for first, rests in groups.items())


def _optional_before(optional: list[str], branches: list[str]) -> list[str]:
    """The alternatives of ``(?:o1|o2|…)?(?:b1|b2|…)`` written out, ``o1(?:b1|b2|…)``, …, ``b1``, ``b2``, …: the same
    matches, tried in the same order. Where each ``o`` and ``b`` opens with a literal character, re's search skips to
    the characters a match can open with; an optional part first makes it try the whole pattern at every place of a
    report (over the seeds: about 1 ms a pattern, not 4-11)."""
    rest = "|".join(branches)
    return [f"{o}(?:{rest})" for o in optional] + list(branches)


#: The first item of a 、-list right before its 、 (searched with the 、 as the end of the text, in a window as long as
#: the longest item).
_FIRST_ITEM = re.compile(rf"[{_CJK}]{{2,}}\Z")


def _listed_matches(pattern: re.Pattern, text: str, *, longest: int = 6):
    """``pattern.finditer(text)`` for a pattern whose match opens with a 、-list: two to ``longest`` CJK characters,
    、, and what follows that 、 whatever the first item. Such a match can open only at the first item's start before
    a 、, so the pattern is tried there, once a 、, not at every character of the report (over the seeds: 3-5 ms a
    pattern, not 13)."""
    pos = 0
    comma = text.find("、")
    while comma >= 0:
        item = _FIRST_ITEM.search(text, max(pos, comma - longest), comma)
        m = pattern.match(text, item.start()) if item is not None else None
        if m is not None:
            yield m
            pos = m.end()
            comma = text.find("、", pos)
        else:
            comma = text.find("、", comma + 1)


@functools.cache
def _pattern(section: str, key: str) -> re.Pattern:
    return _alternation(_rules()[section][key])


# -- spans -------------------------------------------------------------------------


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries (end punctuation kept with its sentence)."""
    spans, start = [], 0
    for m in _SENT_END.finditer(text):
        if m.end() - start > 0:
            spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


@functools.cache
def _enterprise_stops() -> dict[str, tuple[str, ...]]:
    rules = _rules()["enterprise"]
    keep = set(rules["keep_words"])
    words = [w for w in _rules()["span"]["left_stops"] if w not in keep] + rules["left_stops"]
    return _by_last_char(words)


@functools.cache
def _left_stop_index() -> dict[str, tuple[str, ...]]:
    return _by_last_char(_left_stops())


def _by_last_char(words) -> dict[str, tuple[str, ...]]:
    """Stop words by their last character, longest first: :func:`_left_boundary` tries at each
    position only the few that end in the character there, not all two hundred."""
    out: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        if w:
            out.setdefault(w[-1], []).append(w)
    return {ch: tuple(ws) for ch, ws in out.items()}


def _in_major_place_name(text: str, i: int) -> bool:
    """Whether ``text[i]`` is inside the name of a province or city, or the name or short form of a county of three
    or more characters, written there (和田, 和平区, 和林格尔): a stop character (和) there is no conjunction."""
    g = gazetteer()
    for a in range(max(0, i - 2), i + 1):
        for b in range(max(a + 2, i + 1), min(len(text), a + 5) + 1):
            for p in g.candidates(text[a:b]):
                if p.level in ("province", "city") or (p.level == "county" and b - a >= 3 and text[a:b] in (p.name, p.short)):
                    return True
    return False


def _full_name_of(text: str, levels: tuple[str, ...]) -> bool:
    """Whether ``text`` is, whole, the full name of a place of one of ``levels`` (not a short form)."""
    return any(p.name == text and p.level in levels for p in gazetteer().candidates(text))


#: The levels above the villages: the same answer whichever cities' villages a process has loaded.
_DIVISION_LEVELS = ("province", "city", "county", "town", "macro")


def _county_opens(text: str, i: int) -> bool:
    """Whether the full name of a province, city or county opens at ``text[i]`` (将乐县, 和政县): a one-character
    stop there (将, 和) is its first character."""
    return any(_full_name_of(text[i:i + n], ("province", "city", "county")) for n in range(3, 7))


#: A heading's number in brackets, (一) or (3): no name goes on before it.
_ENUMERATOR = re.compile(r"[(（](?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[)）]$")


#: 中国 and a dash that joins it to its partner inside a name (中国—东盟信息港, 中国-上海合作组织地方经贸合作示范区).
_CHINA_DASH = re.compile("中国[—－\\-–]")


def _after_china_dash(text: str, i: int, floor: int = 0) -> bool:
    """Whether 中国 and a dash stand right before ``text[i]`` (and after ``floor``): what follows is China's partner."""
    return i - 3 >= floor and _CHINA_DASH.fullmatch(text, i - 3, i) is not None


#: How far :func:`_project_candidates` looks left of a type word once its usual window (24) ran out inside a name.
_LONGEST_NAME = 36


def _window_ran_out(norm: str, start: int, pos: int, max_len: int) -> bool:
    """Whether :func:`_left_boundary` (``pos``, ``max_len``) stopped at ``start`` only because its window ran out inside
    a longer run of name characters: what it leaves is no name of its own."""
    return pos - start >= max_len and start > 0 and _NAME_CHARS[norm[start - 1]]


#: Marks that end a clause or a list item: a 和 right after one opens a name (，和邦生物…), no conjunction joins there.
_CLAUSE_MARKS = frozenset("，,。；;：:、！？!?\n")
#: Marks that end a sentence: a quoted sentence is no quoted core inside a name.
_SENTENCE_ENDS = frozenset("。！？!?；;")


class _PlainChars(dict):
    """Whether :func:`_left_boundary`, with the span's left stops, steps over a character at once: a character of names
    that ends no stop word and is no bracket, quote or overlapping stop's end (most characters of a name). Filled
    as they are asked for, like :data:`_NAME_CHARS`."""

    def __missing__(self, ch: str) -> bool:
        plain = self[ch] = (_NAME_CHARS[ch] and ch not in _left_stop_index() and ch not in QUOTES
                            and ch not in "()（）" and not any(w.endswith(ch) for w in _OVERLAPPING_STOPS))
        return plain


_PLAIN_CHARS = _PlainChars()


def _left_boundary(
    text: str, pos: int, *, max_len: int = 24, floor: int = 0, name_end: bool = False, stops: dict | None = None
) -> int:
    """Where a name that ends its prefix at ``pos`` starts: after punctuation or a stop word.

    ``stops``: stop words by their last character (:func:`_by_last_char`); the span's left stops if None.
    ``name_end``: ``pos`` is the end of a whole name (a list item such as 华为), so a soft stop
    character right before it belongs to the name."""
    name_char = _NAME_CHARS
    plain = _PLAIN_CHARS if stops is None else None  # other stops: every character goes the long way below
    stops = stops if stops is not None else _left_stop_index()
    k = pos
    depth = 0  # inside (...) going leftwards
    while k > floor and pos - k < max_len:
        ch = text[k - 1]
        if plain is not None and plain[ch]:
            k -= 1
            continue
        if ch in ")）":
            if depth == 0 and (_declares_short_name(text, k) or _ENUMERATOR.search(text, max(0, k - 5), k)):
                break  # …有限公司（以下简称潞安化工）高硫煤…示范项目, （一）扭住项目建设: the name starts after the brackets
            depth += 1
        elif ch in "(（":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0:
            if ch in QUOTES:
                # a quoted core inside a name: “万亩千亿”新产业平台
                if ch in CLOSE_QUOTES:
                    j = k - 2
                    while j >= floor and text[j] not in OPEN_QUOTES and k - j < 20:
                        j -= 1
                    if j >= floor and text[j] in OPEN_QUOTES and not _SENTENCE_ENDS.intersection(text[j:k]):
                        k = j
                        continue  # (not a quoted sentence: “…的窗口期。”海南昌源新材料有限公司董事长)
                break
            if not name_char[ch] and not (ch == "." and text[k - 2:k - 1].isdigit() and text[k:k + 1].isdigit()) \
                    and not _after_china_dash(text, k, floor) \
                    and not (ch == "/" and (text[k:k + 1] == "年" or text[k:k + 1].isdigit())
                             and k >= 2 and (_CJK_CHAR.match(text, k - 2) or text[k - 2].isalpha())) \
                    and not (ch == " " and _LATIN_OR_DIGIT.fullmatch(text, k - 2, k - 1)
                             and _LATIN_OR_DIGIT.fullmatch(text, k, k + 1)):
                break  # a decimal point stays inside a name (8.6代超高清液晶面板项目), so do 吨/年 (120万吨/年乙烯项目)
                # and a unit's / before a figure (200兆瓦/400兆瓦时储能电站项目, 100MW/200MWh储能项目)
                # and a space between Latin letters or digits (惠科Mini LED背光模组项目, 年产8GW N型高效电池项目)
            if text.endswith(_OVERLAPPING_STOPS, floor, k):
                k -= 1  # 共建成德临港经济产业带: the name opens with 成
                break
            ending = stops.get(ch)
            if ending and text.endswith(ending, floor, k) and (k < pos or not name_end or ch not in _soft_stops()) \
                    and not (ch == "和" and (_in_major_place_name(text, k - 1)  # (nor after 的: 的和平温泉小镇项目,
                                             # nor after a route's 至: 昔阳至和顺高速公路)
                                             or k - 1 == floor or text[k - 2] in _CLAUSE_MARKS or text[k - 2] in "的至"
                                             or _after_settling_verb(text, k - 1, floor))) \
                    and not _word_over_stop(text, k - 1) \
                    and not (ch in ending and not text.endswith(ending[:-1], floor, k) and _county_opens(text, k - 1)):
                # (the last: only the one-character stop ch matched, the longest-first tuple's last word, and a
                # county's full name opens with it: 将乐县)
                break
        k -= 1
    return k


#: Two stops that overlap (共建, 建成) where the first is the verb and the second's last character opens the name:
#: 合作共建成德临港经济产业带 (成德: Chengdu and Deyang), 共建成渝地区双城经济圈.
_OVERLAPPING_STOPS = ("共建成",)


#: Verbs of where something settles, whose object follows at once: a 和 after them joins nothing (落户和丰工业园区), as
#: it may after other verbs (筹建和中国计量大学现代科技学院迁建: two works, each with its verb). Not _WHERE_IT_WENT, which
#: reads 落地 too (项目落地和投产 joins two verbs) and leaves out 进驻 and 地处.
_SETTLES_IN = ("落户", "落户于", "入驻", "进驻", "位于", "选址", "选址于", "坐落于", "地处")


def _after_settling_verb(text: str, k: int, floor: int) -> bool:
    """Whether a verb of :data:`_SETTLES_IN` ends at ``k`` (落户 of 落户和丰工业园区: the 和 after it opens the name)."""
    return text.endswith(_SETTLES_IN, floor, k)


@functools.cache
def _words_over_stops() -> dict[str, tuple[tuple[str, int], ...]]:
    """Words that hold a one-character stop, which is no stop there (高等专科学校, 中等职业学校, 华为云…有限公司), by
    that character: each word with the character's place in it."""
    out: dict[str, list[tuple[str, int]]] = {}
    for word in _rules()["span"]["words_over_stops"]:
        for i, ch in enumerate(word):
            out.setdefault(ch, []).append((word, i))
    return {ch: tuple(words) for ch, words in out.items()}


def _word_over_stop(text: str, i: int) -> bool:
    """Whether the stop character ``text[i]`` stands inside one of :func:`_words_over_stops` there."""
    return any(text.startswith(word, i - at) for word, at in _words_over_stops().get(text[i], ()) if i >= at)


@functools.cache
def _drop_prefixes() -> tuple[str, ...]:
    return tuple(sorted(_rules()["span"]["drop_prefixes"], key=len, reverse=True))


@functools.cache
def _road_words() -> tuple[str, ...]:
    return tuple(_rules()["project"]["road_words"])


_QUOTED_COUNT = re.compile(rf"[{_NUMERALS}]+[个项大条](?=[{OPEN_QUOTES}])")


_NUMBERED_ROADS = ("国道", "省道", "县道", "乡道")
#: A works word in brackets after a verb of building, its alternative: 新建(改造)公园, 新建（改扩建）学校.
_BRACKETED_WORKS = re.compile("[(（](?:改造|改扩建|扩建|改建|提升|提升改造|提质|续建|迁建|新建)[)）]")
#: What a building (综合楼, 教学楼, 大楼 …) is named after: 县人民医院综合楼, 县第三中学教学楼, 检验检测中心大楼.
_INSTITUTION = re.compile("医院|卫生院|保健院|学校|中学|小学|大学|学院|幼儿园|中心|馆|研究院")


#: What 以 opens that is no name framed by 以…为 (城区以东, 规模以上).
_YI_WORDS = tuple("东西南北上下内外来后前及")


def _strip_prefixes(text: str, start: int, end: int) -> int:
    """Drop level prefixes and ordinals (全国, 省级, 第三轮 ...) at the start of a name, and what comes before
    the 以 of 以…为 (东西方向以瓯海大道为主轴: 瓯海大道)."""
    if text.startswith("为", end):
        yi = text.find("以", start + 1, end - 2)
        if yi > 0 and not text.startswith(_YI_WORDS, yi + 1) and not _word_over_stop(text, yi):
            start = yi + 1
    prefixes = _drop_prefixes()
    while text.startswith(prefixes, start) and not text.startswith(_NUMBERED_ROADS, start):  # 省道209线 keeps 省
        p = next(p for p in prefixes if text.startswith(p, start))
        if end - start - len(p) < 2 or _word_over_stop(text, start):
            break  # (以色列产业园 keeps its 以, 培育钻石项目 its 培育: lab-grown diamonds)
        if p == "省" and _INSTITUTION.search(text, start + 1, end) and not text.startswith(prefixes, start + 1):
            break  # 省儿童医院 is the province's hospital, as 县人民医院 is the county's (省首批…学校: a rank)
        if text.startswith(_road_words(), start + len(p)) or text.startswith("性", start + len(p)):
            break  # a road named by the word (建设大道, 发展路, 新建路); an adjective (全国性)
        start += len(p)
    works = _BRACKETED_WORKS.match(text, start, end)
    if works and end - works.end() >= 2:
        start = works.end()  # 新建(改造)公园: the bracket is the other verb, not the name's
    # counts before a quote: 三个“一号工程”
    m = _QUOTED_COUNT.match(text, start, end)
    if m and m.end() < end:
        start = m.end()
    return start


_NO_QUOTES = str.maketrans("", "", QUOTES)


def _unquote(text: str) -> str:
    return text.translate(_NO_QUOTES)


def canonical_initiative(surface: str) -> str:
    """“最多跑一次”改革 -> 最多跑一次改革; 《…》 and quotes dropped."""
    return _unquote(surface).strip("《》〈〉()（） ")


_FACILITY_ENDINGS = ("园", "园区", "中心", "馆", "院", "校", "学", "区", "城", "镇", "场", "厂", "站")


#: Corridors and belts, which places have sections of as routes do (合淮产业走廊寿县段, 沿淮生态廊道寿县段).
_CORRIDORS = frozenset({"走廊", "大走廊", "廊道", "风貌带", "景观带", "产业带", "林带"})

#: One-character verbs (and 以) that take 项目 as their object: 抓项目, 引项目, 招项目, 以项目带….
_VERB_BEFORE_PROJECTS = frozenset("抓引招争跑谋促以")
#: One-character verbs and prepositions before a type word: no name's first character (进园区, 待区块条件允许); other
#: single characters may name whose facility it is (县体育中心, 区图书馆) or end a name before the type word (…诸暨段改扩建工程).
_ONE_CHAR_VERBS = frozenset("进入出待在到从让把被将对向往去")
#: A township's or village's level before a type word: what follows is a kind of facility (乡级敬老院, 村级活动场所).
_LOW_LEVEL = re.compile("[乡镇村]级$")
#: A core that is a bracketed word alone ((技改) of 十大工业投资(技改)项目, the count cut the rest).
_BRACKETS_ONLY = re.compile(r"[(（][^()（）]*[)）]")

#: What :func:`canonical_project` takes off a project's name: 在建项目, 主体工程, a trailing phase (二期, 七至十期), a
#: lettered block of a zone (文溪集聚区D区块).
_UNDER_CONSTRUCTION = re.compile(r"在建(项目|工程)$")
_MAIN_WORKS = re.compile(r"主体工程$")
_TRAILING_PHASE = re.compile(r"[(（]?[一二三四五六七八九十]{1,2}(?:[至到、][一二三四五六七八九十]{1,2})?期[)）]?(?=(?:项目|工程)?$)")
_LETTERED_BLOCK = re.compile(r"(?<=[区园城])[A-Za-z0-9]+区块$")
_WORKS_END = re.compile(r"工程$")
_WORKS_OR_PROJECT_END = re.compile(r"(?:工程|项目)$")


def canonical_project(surface: str, *, works_phase: bool = True) -> str:
    """Quotes out, trailing phase and status words out (主体工程 -> 工程, 在建项目 -> name, 二期项目 -> 项目); a
    phase's own works keep it (清华长庚医院二期工程) unless ``works_phase`` is false (see :func:`project_of_phase`)."""
    name = _unquote(surface)
    name = _UNDER_CONSTRUCTION.sub("", name)
    name, main_works = _MAIN_WORKS.subn("工程", name)
    # a trailing phase goes, the type word after it stays (硅片二期项目 -> 硅片项目, 动力电池项目七至十期 -> 动力电池项目);
    # a phase of a facility is the facility (产业园一期项目 -> 产业园); a phase alone (三期项目) names nothing
    phase = _TRAILING_PHASE.search(name)
    phased = 0
    if phase is not None:
        bare = name[:phase.start()] + name[phase.end():]
        if bare in ("项目", "工程"):
            return ""
        if not (works_phase and name.endswith("工程") and not name.endswith("项目", 0, phase.start())):
            # (a phase's own works keep it: 清华长庚医院二期工程, 淮河入海水道二期工程, but 乙烯项目二期工程 is the project's)
            name, phased = bare, 1
    name = _LETTERED_BLOCK.sub("", name)
    # a facility's 主体工程 or phase (隆宫毛竹特色产业园主体工程, 产业园一期项目) is the facility; its 工程 alone is a
    # name's own (向家坝灌区工程, 宜宾港志城作业区工程)
    stripped = (_WORKS_OR_PROJECT_END if phased else _WORKS_END).sub("", name)
    if stripped != name and (phased or main_works) and stripped.endswith((*_FACILITY_ENDINGS, "项目")):
        name = stripped  # 乙烯项目二期工程 -> 乙烯项目
    return name


def project_of_phase(name: str) -> str | None:
    """The project that the works of a phase (a canonical name, see :func:`canonical_project`) are a phase of:
    三江六岸景观提升一期工程 -> 三江六岸景观提升工程, 隆宫产业园一期工程 -> 隆宫产业园; None for a name with no phase."""
    if _TRAILING_PHASE.search(name) is None:
        return None
    project = canonical_project(name, works_phase=False)
    return project if project and project != name else None


# -- candidates: regions -------------------------------------------------------------


@functools.cache
def _event_after_re() -> re.Pattern:
    """An event's name after a place (绍兴市十运会, 上海·台州周). 周 ends an event's name (人才周, 交流周) but not
    周边, 周期, 周岁 or 周围, nor a surname after a post (儋州市委书记周晓东)."""
    rules = _rules()["region"]
    words = [re.escape(w) if w != "周" else "(?<![记长任])周(?![边期岁围转末])" for w in rules["event_suffixes"]]
    verbs = "|".join(map(re.escape, rules["event_verbs"]))  # 在广州市举办推介会: the place hosts the event
    return re.compile(rf"(?:(?!{verbs})[^,，。;；、:：“”\s]){{0,12}}?(?:{'|'.join(words)})")


def _event_after(event: re.Pattern, norm: str, place: Candidate, places: list[Candidate]) -> bool:
    """Whether an event's name follows ``place`` (``event``: :func:`_event_after_re`). Its last character must
    not be inside a place the gazetteer found: 周 in 周口市 (河南省周口市) or 林周县 (江苏省支援林周县) ends no event. (The match
    runs past ``place.end``, so ``place`` itself never holds its last character.)"""
    m = event.match(norm, place.end)
    return m is not None and not any(p.start < m.end() <= p.end for p in places)


#: A numeral and a measure word: a count (三个, 两座).
_COUNTED = re.compile(f"[{_NUMERALS}][个座条家所项批处片]")


def _drop_new_areas_of_others(regions: list[Candidate]) -> list[Candidate]:
    """Without the districts of :func:`_new_area_of_other` (阳西县滨海新区: a zone of 阳西县, a project)."""
    g = gazetteer()
    by_end = {c.end: c for c in regions if c.place_id}
    return [c for c in regions
            if not (c.place_id and c.start in by_end
                    and _new_area_of_other(g.get(c.place_id), g.get(by_end[c.start].place_id)))]


def _region_candidates(norm: str, ctx: Place | None) -> list[Candidate]:
    g = gazetteer()
    out = [
        Candidate(s, e, "Region", p.name, 1, p.code, p.id)
        for s, e, p in g.find(norm, context=ctx, skip=_zones())
    ]
    # an event, a school or a brand named after a place names no region of its own (a project around it
    # still may): 中国(金华)花卉苗木博览会, 绍兴市十运会, 上海国际建筑水展, 金华一中
    rules = _rules()["region"]
    event = _event_after_re()
    school = re.compile(r"[一二三四五六七八九十]中|附中|中学|小学|大学|交大")
    out = [
        c for c in out
        if not _CHINA_BRACKET.search(norm[max(0, c.start - 3):c.start])
        and not _event_after(event, norm, c, out)
        and not school.match(norm, c.end)
        and not _COUNTED.match(norm, c.end - 1)  # 瀛海、黄村、礼贤三个产业园: 三 counts, 礼贤三村 is not meant
        and not _head_of_government_post(norm, c)
    ]
    out = _drop_split_words(norm, out, ctx)
    out = _drop_bare_villages(norm, out)
    out = _drop_everyday_towns(norm, out, ctx)
    out = _drop_new_areas_of_others(out)
    ends = {c.end for c in out}
    out = [_renamed_township(norm, c, ends) for c in out]
    # villages and communities the dataset lacks, by their suffix: 泉头自然村, 江南社区
    hits = [(c.start, c.end) for c in out]  # in text order, none overlapping (as find gave them)
    hit_starts, hit_ends = [h[0] for h in hits], [h[1] for h in hits]
    for m in re.finditer(r"自然村|社区|村", norm):
        if m.group(0) != "自然村" and (ctx is None or norm[m.start() - 2:m.end()] == "自然村"):
            continue  # 村 and 社区 alone only where the report's region gives a scope
        start = _left_boundary(norm, m.start(), max_len=5)
        ran_out = _window_ran_out(norm, start, m.start(), 5)
        # the places that overlap the stretch from start to the suffix's end (those the loops below test)
        near = hits[bisect.bisect_right(hit_ends, start):bisect.bisect_left(hit_starts, m.end())]
        if m.group(0) == "村" and near and near[-1][1] == m.start():
            village = _village_over_short_form(norm, out, near[-1], m.end())
            if village is not None:  # 均安镇沙头村 (the dataset's 沙头社区), 永兴镇茅坪村 (not a 茅坪镇)
                out = [village if (c.start, c.end) == near[-1] else c for c in out]
                continue
        for s0, e0 in near:  # 履三泉头自然村: the known village 履三 comes first
            if s0 < m.start() and start < e0 <= m.start():  # (or begins before the window: 凤翔镇安家沟村)
                start = e0
        if ran_out and m.start() - start == 5:
            continue  # the window ran out inside a longer name, no place cut it (美兰湖国际科创社区): no village's name
        stem = norm[start:m.start()]
        # a village the data has, written right after a township that is not its own there (凤翔镇安家沟村): the
        # text's township holds it (Gazetteer.find left it to its suffix), whatever everyday words it is made of
        known = (m.group(0) == "村" and near and near[-1][1] == start and g.names_a_place(stem + "村")
                 and (town := _candidate_at(out, near[-1])) is not None and town.place_id is not None
                 and g.get(town.place_id).level == "town")
        if (
            len(stem) < 2
            or _NO_VILLAGE_STEM.search(stem)  # (“高质量就业”村居: a title)
            or _COUNTED_SITES.fullmatch(stem)  # 两所社区卫生服务中心: a count
            or (not known and (stem in _common_words() or _covered_by_common_words(stem)))
            or any(stem.endswith(w) for w in rules["village_stop"])
        ):
            continue
        if any(s0 <= start < e0 or s0 < m.end() <= e0 for s0, e0 in near):
            continue
        if norm[m.end():m.end() + 1] in rules["village_next_stop"] or _splits_word(norm, start):
            continue  # 饮用水村网改造: 村网 is the word; 示范村: 示范 is
        name = norm[start:m.end()]
        out.append(Candidate(start, m.end(), "Region", name, 1, None, None))
    # townships the dataset lacks (renamed since: towns become 街道, 乡 become 镇) right after their county
    # or city: 郫都区团结街道
    starts = {c.start for c in out}
    for c in list(out):
        if not c.place_id or g.get(c.place_id).level not in ("city", "county"):
            continue
        # a township of the county written right before it, also outside the report's province (陕西省洛南县古城镇),
        # and also where a township of that name is nearer (贵州省播州区三合镇 in a report of 温州市, which has one);
        # a county of the city right before it, also one whose two-character name is matched in its province only
        # (与甘肃省庆阳市环县结对帮扶 in a report of 天津市武清区)
        child = next((p for p in g.children(g.get(c.place_id))
                      if p.level in ("town", "county") and norm.startswith(p.name, c.end)), None)
        if child is not None:
            t = Candidate(c.end, c.end + len(child.name), "Region", child.name, 1, child.code, child.id)
            out = [x for x in out if not (x.start == t.start and x.end == t.end)] + [t]
            continue
        if c.end in starts:
            continue
        m = _TOWNSHIP_ITEM.match(norm, c.end)
        if m is None:
            continue
        stem = m.group(1)
        inner = [x for x in out if c.end < x.start < m.end()]
        if any(x.end >= m.end() for x in inner):
            continue  # 株洲市与萍乡市: a place begins inside and goes on past it (与萍乡 is no township)
        if _township_stem_stop(norm, stem, m.end()):
            continue
        # a short form inside the stem is none (海林市横道河子镇: 道河 is no 道河镇)
        out = [x for x in out if x not in inner] + [Candidate(c.end, m.end(), "Region", m.group(0), 1, None, None)]
    out = _listed_townships(norm, out)
    out = _counted_townships(norm, out, ctx)
    out = _villages_after_townships(norm, out)
    out = _drop_quoted_names(norm, out)
    # runs of one-character abbreviations: 沪深苏杭甬, 深港澳
    for run in _abbrev_runs().finditer(norm):
        i, j = run.span()
        if not g.candidates(norm[i:j]):
            paired = _run_places(norm[i:j], ctx)  # 苏浙沪 pairs provinces: 江苏省, not 苏州市
            for k in range(i, j):
                full = paired[k - i].name if paired else g.expand_abbrev(norm[k])
                place = g.resolve(full)
                out.append(Candidate(k, k + 1, "Region", full, 2, place.code if place else None,
                                     place.id if place else None))
    # one-character names before a word of joint development: 成德眉资同城化, 长株潭一体化, 闽宁协作
    for m in _pattern("relation", "joint_words").finditer(norm):
        for length in (4, 3, 2):
            run = norm[m.start() - length:m.start()]
            places = _run_places(run, ctx) if len(run) == length else None
            if places:
                # the run, not a township's short form that spells it (闽宁协作, not 闽宁镇)
                out = [c for c in out if not (c.start == m.start() - length and c.end == m.start())]
                for k, place in enumerate(places):
                    pos = m.start() - length + k
                    out.append(Candidate(pos, pos + 1, "Region", place.name, 2, place.code, place.id, nested=True))
                break
    # 与杭同城: one-character abbreviation between 与 and 同城
    for m in re.finditer(r"与(.)同城", norm):
        full = g.expand_abbrev(m.group(1))
        if full:
            place = g.resolve(full)
            out.append(Candidate(m.start(1), m.end(1), "Region", full, 2, place.code if place else None,
                                 place.id if place else None, nested=True))
    out = _metro_areas(norm, out)
    # customs and bonded zones that reports treat as areas: 宁波保税区
    for m in re.finditer(r"保税区", norm):
        s = _left_boundary(norm, m.start(), max_len=8)
        found = g.find(norm[s:m.start()])
        if found and found[-1][1] == m.start() - s:
            out.append(Candidate(s + found[-1][0], m.end(), "Region", norm[s + found[-1][0]:m.end()], 1))
    return out


def _head_of_government_post(norm: str, c: Candidate) -> bool:
    """Whether ``c``, a county's two-character full name, ends the first half of a head's post before a name: 代县长
    王建斌 (an acting county head; 代县 is a county of Shanxi), 书记和县长 (和县 of Anhui). 长 then opens no word of
    its own (代县长城, 和县长江: the Great Wall, the Yangtze), and a person's name or nothing follows."""
    if c.end - c.start != 2 or norm[c.end:c.end + 1] != "长" or norm[c.start:c.end] != c.name:
        return False
    after = norm[c.end + 1:c.end + 2]
    return not _CJK_CHAR.match(after) or (after in _surnames() and after != "江")


#: How townships are renamed: a town or a 乡 becomes a 街道, a 乡 becomes a 镇 (not before a word that 镇 begins: 镇区);
#: a text may still call a 街道 by its former 镇 or 乡 (康金镇 for the division data's 康金街道).
_RENAMED_SUFFIX = {"镇": re.compile("街道"), "乡": re.compile(f"街道|镇(?![区域村街])|{ETHNIC_GROUP}+乡"),
                   "地区": re.compile("镇(?![区域村街])|乡"), "街道": re.compile("镇(?![区域村街])|乡(?![村镇])")}


#: One more character of a township's name before its suffix (碧石渡镇 for the data's 碧石镇), not a kind of town
#: (朱家角古镇, 特色小镇, 重点镇, 城镇, 集镇, 乡镇), nor a list's end (芝英等镇, 五大堡等乡镇).
_LONGER_TOWNSHIP = re.compile(f"[{_CJK}](?<![古新小名重强城集乡特大中村市等各和及与个])")


def _renamed_township(norm: str, c: Candidate, ends: set[int]) -> Candidate:
    """The township ``c`` found by its short form, with the rest of its name as written where the text gives it
    the suffix it was renamed to (蔺市街道 for the division data's 蔺市镇): the same township by its new name, keeping
    its code. Or one more character of the name before the suffix (碧石渡镇), where the short form starts a name
    (after a place, punctuation or a list's 、: ``ends`` are where the places found end). ``c`` itself otherwise."""
    if c.place_id is None or c.name == norm[c.start:c.end]:
        return c
    place = gazetteer().get(c.place_id)
    rest = place.name[c.end - c.start:]
    renamed = _RENAMED_SUFFIX.get(rest) if place.level == "town" else None
    suffix = renamed.match(norm, c.end) if renamed else None
    if suffix is None:
        if place.level == "town" and rest in ("镇", "乡") and _LONGER_TOWNSHIP.match(norm, c.end) \
                and norm.startswith(rest, c.end + 1) and norm[c.end + 2:c.end + 3] not in "区域村街" \
                and (c.start == 0 or c.start in ends or not _CJK_CHAR.match(norm, c.start - 1)):
            # 碧石渡镇 where the division data has 碧石镇: the text's township, by its name as written (no code: the
            # data does not say it is the same); not 海林市横道河子镇's 道河 (道河镇)
            return Candidate(c.start, c.end + 2, "Region", norm[c.start:c.end + 2], c.priority)
        return c
    return Candidate(c.start, suffix.end(), "Region", norm[c.start:suffix.end()], c.priority, c.code, c.place_id)


def _candidate_at(found: list[Candidate], span: tuple[int, int]) -> Candidate | None:
    """The candidate of ``found`` that spans ``span`` exactly, if any."""
    return next((c for c in found if (c.start, c.end) == span), None)


def _village_over_short_form(norm: str, out: list[Candidate], hit: tuple[int, int], end: int) -> Candidate | None:
    """The village ``norm[hit[0]:end]`` (a short form, then 村) where the short form names a township or a
    community: the text names a village of that stem, by its name as written (沙头村 for the dataset's
    沙头社区, which keeps its code; 茅坪村, not the 茅坪镇 of another county). None for anything else."""
    c = _candidate_at(out, hit)
    if c is None or c.place_id is None or c.name == norm[c.start:c.end]:
        return None
    place = gazetteer().get(c.place_id)
    if place.level == "town" and c.end - c.start >= 2:
        return Candidate(c.start, end, "Region", norm[c.start:end], 1, None, None)
    if place.level == "village" and place.name.endswith("社区"):
        return Candidate(c.start, end, "Region", norm[c.start:end], 1, c.code, c.place_id)
    return None


#: A metropolitan area or city cluster after the name of its central city: 武汉都市圈, 沈阳现代化都市圈.
_METRO_AREA = re.compile("|".join(_optional_before(["现代化"], ["都市经济圈", "都市圈", "经济圈", "城市群"])))


def _metro_areas(norm: str, out: list[Candidate]) -> list[Candidate]:
    """A city or province right before a metropolitan area's word names the area, a macro-region kept by its
    written name (ANNOTATION.md), not the city: 融入福州都市圈 -> 福州都市圈."""
    g = gazetteer()
    by_end = {c.end: c for c in out if c.place_id and g.get(c.place_id).level in ("province", "city")}
    area = {}  # id of the city's candidate -> the area's
    for m in _METRO_AREA.finditer(norm):
        c = by_end.get(m.start())
        if c is not None:
            area[id(c)] = Candidate(c.start, m.end(), "Region", norm[c.start:m.end()], 1, None, None)
    return [area.get(id(c), c) for c in out] if area else out


def _run_places(run: str, ctx: Place | None) -> list[Place] | None:
    """The regions that a run of one-character names stands for (成德眉资 in Sichuan: 成都市, 德阳市, 眉山市,
    资阳市), or None unless every character names a different one. Cities of the report's province come first
    (a character of one city's short name only); a run that pairs provinces (鲁渝, 闽宁) reads them all as
    provinces. A run that is a name of its own (京津冀) or an everyday word is no run."""
    g = gazetteer()
    if not _CJK_RUN.fullmatch(run) or run in _common_words():
        return None
    provinces = _province_abbrev()
    table = {ch: g.expand_abbrev(ch) for ch in run}
    places = []
    as_province = all(ch in provinces for ch in run) or any(
        p is not None and p.level == "province" for p in map(g.resolve, filter(None, table.values())))
    own = _place_named(run, ctx)
    if own is not None and not (as_province and own.level in ("town", "village")):
        return None  # a name of its own: 京津冀 (but 闽宁协作 pairs provinces, though 闽宁镇 is named after it)
    cities = _province_cities(g.province_of(ctx).id) if ctx is not None and not as_province else {}
    for k, ch in enumerate(run):
        if as_province:
            full = provinces.get(ch) or table[ch]
        elif ch in cities:
            full, first = cities[ch]
            if k == 0 and not first:
                return None  # a run starts with a city's first character: 深化长株潭 is not 化 (怀化)
        else:
            full = table[ch]
        place = g.resolve(full) if full else None
        if place is None or place in places or (as_province and place.level != "province"):
            return None
        places.append(place)
    return places


@functools.cache
def _province_abbrev() -> dict[str, str]:
    """Abbreviations that name a province where a run pairs provinces (宁 -> 宁夏回族自治区)."""
    return dict(item.split(":", 1) for item in _rules()["relation"]["province_abbrev"])


@functools.cache
def _province_cities(province_id: str) -> dict[str, tuple[str, bool]]:
    """Character -> the one city of the province whose short name holds it, and whether it is the first one
    (长 -> 长沙市, 潭 -> 湘潭市)."""
    g = gazetteer()
    seen: dict[str, list[tuple[str, bool]]] = {}
    for city in g.children(g.get(province_id)):
        if city.level == "city":
            short = city.short or city.name[:-1]
            for k, ch in enumerate(short):
                if ch not in short[:k]:
                    seen.setdefault(ch, []).append((city.name, k == 0))
    return {ch: found[0] for ch, found in seen.items() if len(found) == 1}


#: A section or type in brackets right after a project's name: 合肥至温州高速(桐庐至义乌段), 商丘保税物流中心（B型）.
_BRACKETED_SECTION = re.compile(r"[(（](?:[^()（）]{1,20}段|[A-Z]型)[)）]")
#: A section right after a road or railway: 保定段, 西延段, 焦洛平段 (not 路段, 时段, 阶段).
_SECTION_AFTER = re.compile(f"(?![路时阶地区])[{_CJK}]{{1,4}}?段(?![落])")
#: Sections named by their side of the route, which a place's part may follow: 西安外环高速公路南段鄠邑段.
_SIDE_SECTIONS = ("东段", "西段", "南段", "北段", "中段", "东延段", "西延段", "南延段", "北延段")

#: A rail line's type words, and a station of it right after it, named by its place: 渝湘高铁武隆站, 沈白高铁长白山站 (not
#: the station's square or buildings: 站前广场, 站房 are works of their own).
_RAIL_WORDS = ("高铁", "铁路", "城际")
_STATION_AFTER = re.compile(f"([{_CJK}]{{2,4}}?)[东西南北]?站(?![前房台点])")
#: A zone's part right after the zone: 崇左片区, 璧山片区, 高新片区, 奉贤分区 (not 各片区, 等片区, 重点片区).
_ZONE_PART_AFTER = re.compile(f"(?![各等全重])[{_CJK}]{{1,4}}?[片分]区")

def _past_place_part(norm: str, end: int) -> int:
    """Where a name ends that ``end`` would end, when a place's part of it follows (温宿片区, 闵行片区, 罗湖片区: it stays in
    the name of the park, the district or the belt); else ``end``."""
    part = _ZONE_PART_AFTER.match(norm, end)
    return part.end() if part and _is_place_name(part.group(0)[:-2], None) else end


#: A hospital's, a school's or a library's campus right after its name: 人民医院南区, 第一人民医院新区医院, 中心医院东院区 (a
#: campus named otherwise, 新院区 or 温泉院区, ends in the type word 院区 itself); its new site (市人民医院新院, 区中医医院新址,
#: 图书馆新馆, not 新院长); one of its buildings (民族中学科创楼, 中心卫生院业务用房).
_CAMPUS_AFTER = re.compile(f"[东西南北新](?:院|校)?区(?:医院)?|新(?:院(?![长士])|址|馆(?![长]))|[{_CJK}]{{2,3}}?楼|业务用房")
_CAMPUS_OF = ("医院", "中医院", "妇保院", "妇幼保健院", "卫生院", "图书馆", "博物馆", "美术馆", "文化馆", "学校", "学院", "中学", "小学", "高中")

#: A township's full name, right after its county (郫都区锦宁街道) or as a list item: its stem and its suffix (镇区, 镇域,
#: 乡村 are words, not the suffix).
_TOWNSHIP_ITEM = re.compile(f"([{_CJK}]{{2,4}}?)(街道|镇(?![区域村街])|乡(?![村镇]))")
_TOWNSHIP_SUFFIXES = ("街道", "镇", "乡")


def _listed_townships(norm: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` and the townships the dataset lacks (renamed, merged or newer than it) that a list gives by their
    full names beside one it has: 妙峰山镇、王平镇、雁翅镇; 旭日街道、前进街道12个老旧小区. An item that begins or
    ends where another place was found is that place, and ends the walk."""
    g = gazetteer()

    def township(c: Candidate) -> bool:
        return (c.place_id is not None and g.get(c.place_id).level == "town"
                and norm[c.start:c.end] == c.name and c.name.endswith(_TOWNSHIP_SUFFIXES))

    def named(stem: str, end: int) -> bool:
        return not _listed_stem_stop(norm, stem, end)

    by_start = {c.start: c for c in found}
    by_end = {c.end: c for c in found}
    added: list[Candidate] = []
    for c in [c for c in found if township(c)]:
        pos = c.end  # rightwards: 、 and the next item
        while norm[pos:pos + 1] == "、":
            if pos + 1 in by_start:
                nxt = by_start[pos + 1]
                if not township(nxt):
                    break
                pos = nxt.end
                continue
            m = _TOWNSHIP_ITEM.match(norm, pos + 1)
            if m is None or not named(m.group(1), m.end()) or any(pos < s < m.end() for s in by_start):
                break
            item = Candidate(pos + 1, m.end(), "Region", m.group(0), 1, None, None)
            added.append(item)
            by_start[item.start] = by_end[item.end] = item
            pos = item.end
        pos = c.start  # leftwards: the item before 、
        while norm[pos - 1:pos] == "、":
            if pos - 1 in by_end:
                prev = by_end[pos - 1]
                if not township(prev):
                    break
                pos = prev.start
                continue
            suffix = next((s for s in _TOWNSHIP_SUFFIXES if norm.endswith(s, 0, pos - 1)), None)
            if suffix is None:
                break
            end = pos - 1
            start = _left_boundary(norm, end - len(suffix), max_len=4)
            start = _after_build_verb(norm, start, end - len(suffix))  # 改造腰堡街道、兰河街道: 腰堡街道
            stem = norm[start:end - len(suffix)]
            if (len(stem) < 2 or not named(stem, end) or not _TOWNSHIP_ITEM.fullmatch(norm, start, end)
                    or any(start < e < end for e in by_end)):
                break
            item = Candidate(start, end, "Region", norm[start:end], 1, None, None)
            added.append(item)
            by_start[item.start] = by_end[item.end] = item
            pos = start
    return found + added


#: Prepositions that open no township's stem (在城东、城西两个街道, 与萍乡…): the name begins after them.
_STEM_PREPOSITIONS = "在与同的到向对从把将"


#: A counted list of townships by their short forms: 城东、城西、黄岗三个街道; 新山村、跃进村、九宫庙三个街道; 庙前、陵阳、朱备三镇.
_COUNTED_TOWNSHIPS = re.compile(
    rf"((?:[{_CJK}]{{2,4}}、)+[{_CJK}]{{2,4}})(?:[和及])?([两二三四五六七八九十])个?(街道|镇|乡(?!镇))")


def _counted_townships(norm: str, found: list[Candidate], ctx: Place | None) -> list[Candidate]:
    """``found`` and the items of a counted list of townships that it lacks, once one item is a place found or a
    township of the report's city: each item is the township of its name and the list's suffix, the report's own
    where it has one (城东街道 of 端州区: 城东 alone is an everyday word, which short forms may not be), else the
    township by its name as written."""
    g = gazetteer()
    scopes = g.scopes(ctx) if ctx is not None else {}
    scope = scopes.get("city") or scopes.get("county")
    out = list(found)
    for m in _listed_matches(_COUNTED_TOWNSHIPS, norm, longest=4):
        items = m.group(1).split("、")
        if len(items) != _COUNT_VALUE[m.group(2)]:
            continue
        spans, pos = [], m.start()
        for item in items:
            spans.append((pos, pos + len(item)))
            pos += len(item) + 1
        # the first item starts after a verb or a stop word (推进城东、城西两个街道)
        first = _left_boundary(norm, spans[0][1], max_len=len(items[0]))
        spans[0] = (first, spans[0][1])
        # the last item read together with the count (朱备三镇) is the item alone
        across = [c for c in out if c.type == "Region" and spans[-1][0] <= c.start < spans[-1][1] and c.end == m.end()]
        covered = [any(c.start < e and s < c.end for c in found if c not in across) for s, e in spans]
        places = []
        for k, (s, e) in enumerate(spans):
            place = None
            # the first item may still hold a verb the boundary kept (改造长安、七星、新安三个街道): its longest
            # tail that names a township of the report's city
            for start in (range(s, e - 1) if k == 0 else (s,)) if scope is not None and e - s >= 2 else ():
                named = g.resolve(norm[start:e] + m.group(3), context=ctx)
                if named is not None and named.level == "town" and g.is_within(named, scope):
                    place, spans[k] = named, (start, e)
                    break
            places.append(place)
        if not any(covered) and not any(places):
            continue
        out = [c for c in out if c not in across]
        for (s, e), done, place in zip(spans, covered, places):
            if done or e - s < 2:
                continue
            if place is not None:
                out.append(Candidate(s, e, "Region", place.name, 1, place.code, place.id))
            elif not re.search(f"[0-9]|[{_NUMERALS}]个|^[{_STEM_PREPOSITIONS}全各本我该每]", norm[s:e]):
                out.append(Candidate(s, e, "Region", norm[s:e] + m.group(3), 1, None, None))
    return out


@functools.cache
def _village_after_township() -> re.Pattern:
    """A village's name right after its township's: a stem of two to four characters and 村 (not a word that 村
    begins: 村级, 村镇)."""
    after = "".join(_rules()["region"]["village_next_stop"])
    return re.compile(f"([{_CJK}]{{2,4}}?)村(?![村镇乡{after}])")


def _villages_after_townships(norm: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` and the villages the dataset lacks written right after their township's full name: 腾鳌镇新台子村,
    唐古拉山镇长江源村, 韶山乡韶山村 (where the stem is another place's short form: 韶山, not 韶山市). The stem is
    no village's name where it is an everyday word or holds one that ends a name on its left (推进, 所有), or
    where it ends as the names of kinds of village do (示范村, 美丽乡村, 所辖村; also 强村, so 南强村 is lost)."""
    g = gazetteer()
    for town in [c for c in found if c.name.endswith(_TOWNSHIP_SUFFIXES) and norm[c.start:c.end] == c.name
                 and (c.place_id is None or g.get(c.place_id).level == "town")]:
        m = _village_after_township().match(norm, town.end)
        if m is None:
            continue
        stem = m.group(1)
        inside = [c for c in found if town.end <= c.start < m.end()]
        if (
            any(c.end > m.end() or c.name == norm[c.start:c.end] for c in inside)  # a full name inside or across
            or _listed_stem_stop(norm, stem, m.end())
            or _left_boundary(norm, m.start(1) + len(stem), max_len=len(stem), floor=town.end) != town.end
        ):
            continue
        found = [c for c in found if c not in inside]
        found.append(Candidate(town.end, m.end(), "Region", m.group(0), 1, None, None))
    return found


def _listed_stem_stop(norm: str, stem: str, end: int) -> bool:
    """``stem``, of a place the dataset lacks, named beside a place it has (a listed township, a village after its
    township), is no place's name: as :func:`_township_stem_stop`, but it may hold a numeral (三庄镇, 七里街道: a list's
    count comes after it, 三庄镇等3个镇), and it may not end as the names of kinds of village do (示范, 所辖)."""
    return (_township_stem_stop(norm, stem, end, numerals="0-9")
            or any(stem.endswith(w) for w in _rules()["region"]["village_stop"]))


def _township_stem_stop(norm: str, stem: str, end: int, *, numerals: str = _NUMERALS) -> bool:
    """``stem``, before a township suffix that ends at ``end``, is no township's name: it holds one of
    ``numerals`` or a word of divisions (各乡镇, 全县), starts with a preposition, is an everyday word, or the suffix
    makes a word with what follows (乡村网)."""
    return bool(
        re.search(f"[{numerals}乡镇村街城区县市级全各本我该每]|[{_NUMERALS}]个", stem)
        or stem[0] in _STEM_PREPOSITIONS
        or stem in _common_words() or _covered_by_common_words(stem)
        or norm[end:end + 1] in _rules()["region"]["village_next_stop"])


def _splits_word(norm: str, start: int) -> bool:
    """A name starting at ``start`` would begin inside an everyday word (示范村: 示范)."""
    return norm[start - 1:start + 1] in _common_words()


#: After a village's short form, the rest of a list of villages (施家岙、舜皇、华堂、西白山村; 郭塘等村; 麻芝川等58个村庄;
#: 黄坛、回龙、坑里等美丽乡村精品村; 西畈、黄干山、塘齐3个村), or a natural village of it (履三泉头自然村).
_VILLAGE_LIST_REST = re.compile(
    rf"(?:、[^\W村]{{1,6}}?)*(?:等\w{{0,8}}?|[0-9{_NUMERALS}]+个)?(?:自然村|行政村|村庄|村|社区)|\w{{1,5}}?自然村")


def _drop_everyday_towns(norm: str, found: list[Candidate], ctx: Place | None) -> list[Candidate]:
    """Drop townships named by an everyday word (``[region] everyday_town_names``: 重点中心镇, 百强中心镇 are kinds of
    town) unless written right after their county or in a report of their county; and villages the data names as kinds
    of village are named (县级文明村, 中心镇、中心村: :func:`_village_kinds`) unless written right after their township."""
    names = _everyday_town_names()
    g = gazetteer()
    kinds = _village_kinds()

    def kind_of_village(c: Candidate) -> bool:
        place = g.get(c.place_id) if c.place_id else None
        return (place is not None and place.level == "village" and norm[c.start:c.end] == place.name
                and place.name[:-1] in kinds)

    village_kind = [kind_of_village(c) for c in found]
    if not any(village_kind) and not any(c.name in names for c in found):
        return found

    def own(c: Candidate) -> bool:
        parent = g.get(c.place_id).parent if c.place_id else None
        county = g.places.get(parent) if parent else None
        return county is not None and (norm.endswith(county.name, 0, c.start)
                                       or (ctx is not None and (ctx.id == county.id or g.is_within(ctx, county))))

    def after_own_township(c: Candidate) -> bool:
        town = g.places.get(g.get(c.place_id).parent)
        return town is not None and norm.endswith(tuple(filter(None, (town.name, town.short))), 0, c.start)
    return [c for c, kind in zip(found, village_kind)
            if (c.name not in names or own(c)) and (not kind or after_own_township(c))]


@functools.cache
def _village_kinds() -> frozenset[str]:
    """What names a kind of village before 村 (文明, 中心, 示范: ``[region] village_stop``)."""
    return frozenset(_rules()["region"]["village_stop"])


@functools.cache
def _everyday_town_names() -> frozenset[str]:
    return frozenset(_rules()["region"]["everyday_town_names"])


def _drop_bare_villages(norm: str, found: list[Candidate]) -> list[Candidate]:
    """Drop villages written by their short form alone (发展香梨产业 is no 香梨社区, 齐心协力 no 齐心社区, 晨鸣 a brand):
    kept in a list that says they are villages (施家岙、舜皇、华堂、西白山村; 麻芝川等58个村庄), before a natural village
    of theirs (履三泉头自然村), right after their township, a kind of village (重点村岭下汤) or a village listed before
    them (徐村、三峰、代石), or where the text names the same village so elsewhere or in full."""
    g = gazetteer()
    bare, named = set(), set()
    for k, c in enumerate(found):
        place = g.get(c.place_id) if c.place_id else None
        if place is None or place.level != "village":
            continue
        if (norm[c.start:c.end] == place.name or _VILLAGE_LIST_REST.match(norm, c.end)
                or norm[c.start - 1:c.start] == "村"
                or (k and norm[c.start - 1:c.start] == "、" and found[k - 1].end == c.start - 1
                    and found[k - 1].place_id in named)
                or (k and found[k - 1].end == c.start and found[k - 1].place_id
                    and g.get(found[k - 1].place_id).level == "town")):
            named.add(c.place_id)
        else:
            bare.add(k)
    return [c for k, c in enumerate(found) if k not in bare or c.place_id in named]


#: Characters that frame a name that follows (以北辰之为, 在…, 与…, 向…): with the name's first character they may make an
#: everyday word (以北, 向东) that the name does not split.
_FRAMING_CHARS = "以在与和及对向从到至把将为于由、"


def _drop_split_words(norm: str, found: list[Candidate], ctx: Place | None) -> list[Candidate]:
    """Drop region matches that split a word: a village after the first character of an everyday
    word (示范村 is not 范村, 城中村 is not 中村), and so a county's or township's short form of two characters (人民和
    holds no 民和, 新增城镇 no 增城); a full name whose last character begins a word with what follows (浦口区块 is a
    block, 义乌市场 a market: the shorter name is kept if it is one), unless a place begins right after the name
    (石泉县城关镇: the county and its township)."""
    g = gazetteer()
    split_words = tuple(_rules()["region"]["split_words"])
    starts = {c.start for c in found}
    out = []
    for c in found:
        place = g.get(c.place_id) if c.place_id else None
        if (
            place is not None and place.level == "village" and _splits_word(norm, c.start)
            and (c.name == norm[c.start:c.end] or norm[c.end:c.end + 1] != "、")
        ):
            continue  # but 以上坦、洪村: a short name in a list stands whole
        if (place is not None and place.level in ("county", "town") and c.end - c.start == 2
                and norm[c.start:c.end] != place.name and c.start and norm[c.start - 1] not in _FRAMING_CHARS
                and _splits_word(norm, c.start) and norm[c.start - 2:c.start] not in _common_words()):
            continue  # 人民和: 民和 (民和回族土族自治县) begins inside 人民; 新增城镇: 增城 inside 新增 (but 实现金东: 现 ends 实现)
        if norm.startswith(split_words, c.end - 1) and c.end not in starts:  # (石泉县城关镇: 城关镇 follows)
            inner = g.find(norm[c.start:c.end - 1], context=ctx, skip=_zones())
            if len(inner) == 1 and inner[0][:2] == (0, c.end - 1 - c.start):
                p = inner[0][2]
                out.append(Candidate(c.start, c.end - 1, "Region", p.name, c.priority, p.code, p.id))
            continue
        out.append(c)
    return out


def _drop_quoted_names(norm: str, found: list[Candidate]) -> list[Candidate]:
    """Drop places inside a quoted name that says more than places: “嵊州香榧”, “后陈经验”,
    “枫桥式”工作法 name a brand or a model, not a region (a nested name is not an entity).
    Quotes that hold only places (“杭绍甬”), routes (“金华—中亚”) and phrases in a list
    (“接轨大上海、融入长三角”) keep them."""
    if not found:
        return found
    drop: set[int] = set()
    order = sorted(range(len(found)), key=lambda i: found[i].start)
    starts = [found[i].start for i in order]
    for m in _quoted_spans(norm):
        lo, hi = bisect.bisect_left(starts, m.start(1)), bisect.bisect_left(starts, m.end(1))
        inside = [order[k] for k in range(lo, hi) if found[order[k]].end <= m.end(1)]
        if not inside or re.search(r"[、,，;；—\-至]", m.group(1)):
            continue
        rest = list(m.group(1))
        for i in inside:
            for k in range(found[i].start - m.start(1), found[i].end - m.start(1)):
                rest[k] = ""
        if re.search(f"[{_CJK}A-Za-z0-9]", "".join(rest)):
            drop.update(inside)
    return [c for i, c in enumerate(found) if i not in drop]


# -- candidates: initiatives -----------------------------------------------------------


#: A clause of a development slogan: what makes the region strong, rich or thrive (工业强市, 生态立县, 港口兴区, 文旅旺县,
#: 农业稳县) or comes first (项目为王, 环境为本, 产业为基, 制造业当家, 企业至上, 就业优先), or livens or beautifies it (文旅活县,
#: 生态美县); or one thing furthering another (以文塑旅, 以旅彰文, 以商引商; not 以奖代补, a mechanism).
_SLOGAN_CLAUSE = re.compile(f"[{_CJK}]{{2,4}}(?:[强兴立富活美旺稳][市县区州省镇乡旗盟]|为[王本先要基]|当家|至上|优先)"
                            f"|以[{_CJK}][塑彰促带兴强养引聚育][{_CJK}]")


#: A clause of a call to work: a one-character verb and a two-character object (拼经济, 抓项目, 优环境, 稳增长, 保民生).
_VERB_AND_OBJECT = re.compile(f"[拼抓优促稳保强争比抢干招引育扩提调惠防][{_CJK}]{{2}}")


def _quoted_spans(norm: str):
    for m in re.finditer(r"[“「『]([^“”「」『』\n]{1,40})[”」』]", norm):
        yield m


#: After a macro-region, the national strategy it names (ANNOTATION.md: a strategy is an Initiative).
_MACRO_STRATEGY = re.compile("(?:协同发展|(?:区域)?一体化(?:高质量)?发展|生态保护和高质量发展)(?:战略)?|发展战略")


#: After a macro-region or a metropolitan area, the building of it as a programme: 成渝地区双城经济圈建设.
_BUILDING_AREA = re.compile("建设(?![用者])")
#: After a province, the building of its free trade port as a programme: 海南自由贸易港建设.
_BUILDING_FREE_PORT = re.compile("(?:自由贸易港|自贸港)建设(?![用者])")


def _macro_strategies(norm: str, regions: list[Candidate]) -> list[Candidate]:
    """National strategies named by their macro-region: 京津冀协同发展(战略), 长三角一体化发展, 黄河流域生态保护和高质量
    发展战略; and the building of a macro-region or a metropolitan area: 成渝地区双城经济圈建设, 兰西城市群建设, or of a
    province's free trade port: 海南自由贸易港建设 (Initiatives; the region inside is no mention of its own)."""
    g = gazetteer()
    out = []
    for r in regions:
        level = g.get(r.place_id).level if r.place_id is not None else None
        macro = level == "macro"
        metro = r.place_id is None and _METRO_AREA.search(r.name) is not None
        strategy = _MACRO_STRATEGY.match(norm, r.end) if macro else None
        if strategy is None and (macro or metro):
            strategy = _BUILDING_AREA.match(norm, r.end)
        if strategy is None and level == "province":
            strategy = _BUILDING_FREE_PORT.match(norm, r.end)
        if strategy:
            out.append(Candidate(r.start, strategy.end(), "Initiative",
                                 canonical_initiative(norm[r.start:strategy.end()]), 3))
    return out


def _quoted_runs_sharing_type(norm: str, quoted: list[re.Match], type_re: re.Pattern, quoted_types: tuple,
                              stop_cores: set) -> list[Candidate]:
    """Quoted cores side by side (``quoted``: the text's :func:`_quoted_spans`) that share the type word after the last
    one, also after a count: each is a programme of that type (“强科技”“强工业”“强省会”行动 -> 强科技行动, 强工业行动,
    强省会行动; “十大创新”“十强产业”三个行动计划 -> 十大创新行动计划, 十强产业行动计划)."""
    runs: list[list[re.Match]] = []
    for m in quoted:
        if runs and norm[runs[-1][-1].end():m.start()] in ("", "、"):
            runs[-1].append(m)
        else:
            runs.append([m])
    out = []
    for run in runs:
        if len(run) < 2:
            continue
        count = _RUN_COUNT.match(norm, run[-1].end())
        tail = type_re.match(norm, count.end() if count else run[-1].end())
        if tail is None:
            continue
        for m in run:
            core = canonical_initiative(m.group(1))
            if core in stop_cores or core.endswith(quoted_types) or not _CJK_CHAR.search(core):
                continue
            end = tail.end() if m is run[-1] else m.end()
            out.append(Candidate(m.start(), end, "Initiative", core + tail.group(0), 2))
    return out


#: A count between a run of quoted names and their shared type word: “十大创新”“十强产业”三个行动计划.
_RUN_COUNT = re.compile(f"[{_NUMERALS}]+[个大项]")


#: Generic words that qualify another (重大国家战略, 重点民生工程): they and a generic word after them are generic too.
_QUALIFIERS = ("重大", "重点", "重要", "各项", "全面", "相关", "有关", "多项", "一系列", "系列", "新一轮")


def _generic_core(core: str, generic: set[str]) -> bool:
    """Whether ``core`` is a generic word, or one after qualifiers (重大国家, 重点民生; 科技体制 is no generic word)."""
    while core.startswith(_QUALIFIERS) and core not in generic:
        core = core[len(next(q for q in _QUALIFIERS if core.startswith(q))):]
    return core in generic


#: Quoted names that stand as examples of a kind named after 等 (“小飞象”“一杯水”等一批公益服务品牌, “金砖五国会晤”等护航任务):
#: the rest of the list, then 等.
_QUOTED_EXAMPLES = re.compile(r"(?:[、，,]?[“‘][^“”‘’]{1,20}[”’])*、?等")

#: A batch (第三批, 首批): pilots and titles are granted in batches.
_BATCH = re.compile(f"(?:第[{_NUMERALS}]+|首)批")


#: Type words after a quoted core that close a programme's name, where another that follows them is no part of it
#: (“三北”工程攻坚战: 三北工程), unlike words of doing that a campaign's word continues (“净网”专项整治行动).
_CLOSING_TYPE_WORDS = ("工程", "体系", "机制", "战略")


def _initiative_candidates(norm: str, regions: list[Candidate]) -> list[Candidate]:
    rules = _rules()["initiative"]
    stop_cores = set(rules["stop_cores"])
    stop_shape = re.compile("|".join(f"(?:{p})" for p in rules["stop_core_patterns"]))  # one search for them all
    bare_stops = set(rules["bare_stop_cores"])  # quoted alone: checked once no type word follows
    generic = set(rules["generic_cores"])
    type_re = _pattern("initiative", "quoted_type_words")
    quoted_types = tuple(rules["quoted_type_words"])
    type_gap = re.compile(rf"[{_CJK}]{{0,6}}?(?={type_re.pattern})")  # a short qualifier, then a type word
    title_triggers = rules["title_triggers"]
    actions = rules["action_triggers"]
    carried_out = tuple(rules["carried_out_after"])
    acting = _any_of(tuple(actions))
    out: list[Candidate] = []

    def stopped(core: str) -> bool:
        return core in stop_cores or stop_shape.search(core) is not None

    quoted = list(_quoted_spans(norm))
    out += _quoted_runs_sharing_type(norm, quoted, type_re, quoted_types, stop_cores)
    prev_end, prev_ok = -10, False
    for m in quoted:
        core = m.group(1)
        adjacent = norm[prev_end:m.start()] in ("", "、")
        inherited = prev_ok and adjacent
        prev_end, prev_ok = m.end(), False
        if core in stop_cores:
            continue
        before = norm[max(0, m.start() - 8):m.start()]
        tail = None
        if not core.endswith(quoted_types):
            # the type word follows at once, or after a short qualifier: “1936”项目生成机制
            gap = type_gap.match(norm[m.end():m.end() + 12])
            if gap is not None:
                tail = type_re.match(norm, m.end() + gap.end())
                if gap.end() > 0 and tail and tail.group(0) not in ("机制", "体系", "工作机制"):
                    tail = None  # only mechanisms and systems take a qualifier between
        if tail:
            out.append(Candidate(m.start(), tail.end(), "Initiative", canonical_initiative(norm[m.start():tail.end()]), 3))
            prev_ok = True
            continue
        policy = _NUMBERED_POLICY.match(norm[m.end():m.end() + 10])
        if policy:  # “义新欧”培育发展10条: a numbered policy package
            end = m.end() + policy.end()
            out.append(Candidate(m.start(), end, "Initiative", canonical_initiative(norm[m.start():end]), 3))
            prev_ok = True
            continue
        if stopped(core) or core in bare_stops or not _CJK_CHAR.search(core):
            continue
        if "、" in core and norm.startswith("等", m.end()):
            continue  # “西白忘忧、卮山仙踪”等美丽乡村风景线: a list, named by the kind after 等
        titled = max((before.rfind(t) + len(t) for t in title_triggers if t in before), default=-1)
        action = max((before.rfind(a) + len(a) for a in actions if a in before), default=-1)
        if titled > action or _sought_with_level(norm, m.start()):
            continue  # 荣获“全国文明城市”: a title; but 夺得全省深化“千万工程”…: the nearer word rules; 创建省级“万亩千亿”平台
        after = norm[m.end():m.end() + 6]
        if after.startswith(tuple(rules["slogan_after"])):
            continue  # “走出去”发展理念, “创新+人才”驱动, “五个一工程”奖: a slogan, a motto, an award
        if after.startswith(tuple(rules["goal_after"])) and not norm.endswith(_CAMPAIGN_VERBS, 0, m.start()):
            continue  # 围绕“油气强县、林果富民”目标: a goal (but 咬定打赢“九场硬战”目标 is to win the campaign named)
        clauses = _CLAUSE_SEPARATOR.split(core)
        if len(clauses) >= 3 and all(len(c) >= 4 for c in clauses) and not re.match(f"[{_NUMERALS}]+大", after):
            continue  # “路网尽快成型、配套尽快完善、服务尽快提升”: goals in a slogan
        if len(clauses) >= 2 and norm.endswith("坚持", 0, m.start()):
            continue  # 坚持“工业强区、创新驱动”, 坚持“项目为王、环境是金”: principles held to, no type word after them
        if (len(clauses) >= 2 and all(_VERB_AND_OBJECT.fullmatch(c) for c in clauses)
                and not _CJK_CHAR.match(norm, m.end())):
            continue  # 坚持“拼经济、抓项目”，: a call to work, each clause a verb and its object, that no word of work
            # follows (深化“优资源、强平台、促发展”集中攻坚 is carried out)
        if all(_SLOGAN_CLAUSE.fullmatch(c) for c in clauses):
            continue  # “项目为王”, “工业强市、项目为王”, “制造业当家” with no type word after: a slogan
        acted = (
            inherited
            or after.startswith(carried_out)
            or acting.search(before[-6:]) is not None
        )
        numbered = (bool(_NUMERAL.search(core)) and len(core) <= 10
                    and (core.endswith(quoted_types) or not _QUOTED_EXAMPLES.match(norm, m.end())))
        if (acted or numbered) and len(core) >= 2:
            out.append(Candidate(m.start(), m.end(), "Initiative", canonical_initiative(core), 4))
            prev_ok = True
    # unquoted names ending in a type word: 乡村振兴战略, 学前教育三年行动计划
    region_starts = {r.start: r for r in regions}
    continues = rules["type_word_continues"]
    for m in _pattern("initiative", "named_type_words").finditer(norm):
        if norm.startswith(tuple(continues.get(m.group(0), ())), m.end()):
            continue  # 签署战略合作协议: 战略 begins another word
        start = _wider_past_inner_stop(norm, _left_boundary(norm, m.start(), max_len=16), m.start(), max_len=14,
                                       min_core=1)  # 经济领域重点改革: the reforms of a field, no programme's name
        start = _strip_prefixes(norm, start, m.end())
        for builds in _FIRM_BUILDS.finditer(norm, start, m.start()):
            start = builds.end()  # 城投公司建设城市更新工程: the firm is no part of what it builds
        for batch in _BATCH.finditer(norm, start, m.start()):
            start = batch.end()  # 全国第三批试点: a batch of pilots, and what names the pilot follows it
        q = next((i for i in range(start, m.start()) if norm[i] in OPEN_QUOTES), None)
        if q is not None:
            close = next((i for i in range(q + 1, m.start()) if norm[i] in CLOSE_QUOTES), None)
            if close is None or m.start() - close - 1 > 4 or norm[close + 1:m.start()] in _CLOSING_TYPE_WORDS:
                continue  # “三改一拆”治危拆违专项整治行动: the quoted core alone is the programme; “三北”工程攻坚战:
                # the core and the one type word right after it (三北工程; but “净网”专项整治行动 is one campaign)
            start = q  # 农村“三权”制度改革 -> 三权制度改革
        elif start in region_starts and m.start() - region_starts[start].end >= 4:
            start = region_starts[start].end  # 店口小城市培育试点 -> 店口 + 小城市培育试点
        core = _unquote(norm[start:m.start()])
        if len(core) < rules["min_core"] or stopped(core) or core[-1] in "的和与及等":
            continue
        if core[-1] in "抓促" and core[-2] not in _NUMERALS:
            continue  # 围绕重点领域抓改革, 以开放促改革: a verb takes the programme's kind (but 三抓三促行动)
        if len(m.group(0)) <= 2:
            # 重大工程, 贵州省重大工程 (项目库): a kind of works, the province's or anyone's
            rest = core[region_starts[start].end - start:] if start in region_starts else core
            if any(_generic_core(c, generic) or c in _common_words() and len(c) <= 2 for c in {core, rest}):
                continue
        if _COUNT_OR_ABOVE.search(core):
            continue
        if "公司" in core:
            continue  # …油田有限责任公司页岩油开发示范工程: a firm's works (a programme is no firm's)
        if m.group(0) == "工程" and (_physical_works(core) or _MEASURE.match(norm, m.end())
                                    or _firm_built(norm, start) or "项目" in core):
            continue  # a construction project (安保工程9.8公里 is built, not carried out; a firm builds it; 乙烯项目二期工程)
        out.append(Candidate(start, m.end(), "Initiative", canonical_initiative(norm[start:m.end()]), 4))
    # national programmes named bare when they stand as a phrase of their own: 加快乡村振兴步伐
    bare_after = tuple(rules["bare_after"])
    for m in _pattern("initiative", "bare_names").finditer(norm):
        nxt = norm[m.end():m.end() + 1]
        if not nxt or not re.match(f"[{_CJK}A-Za-z0-9]", nxt) or norm.startswith(bare_after, m.end()):
            out.append(Candidate(m.start(), m.end(), "Initiative", m.group(0), 4))
    for pat in rules["named_patterns"]:
        for m in re.finditer(pat, norm):
            out.append(Candidate(m.start(), m.end(), "Initiative", m.group(0), 4))
    # 厕所、垃圾、污水三大革命 -> one initiative per item; also with the count quoted: 煤炭保供、电力外送“两大工程”
    list_types = "|".join(map(re.escape, rules["list_type_words"]))
    for m in _listed_matches(re.compile(rf"((?:[{_CJK}]{{2,6}}、)+[{_CJK}]{{2,6}})[“‘]?[{_NUMERALS}]大({list_types})"), norm):
        pos = m.start(1)
        items = m.group(1).split("、")
        first_start = _left_boundary(norm, pos + len(items[0]), max_len=6)
        for i, item in enumerate(items):
            s0 = first_start if i == 0 else pos
            name = norm[s0:pos + len(item)] + m.group(2)
            out.append(Candidate(s0, pos + len(item), "Initiative", name, 2))
            pos += len(item) + 1
    out = [c for c in out if not _joint_regions_only(norm, c, regions)]
    return out + _industries_sharing_programme(norm, out)


def _joint_regions_only(norm: str, c: Candidate, regions: list[Candidate]) -> bool:
    """Whether the initiative ``c`` says no more than that regions cooperate: one-character names of regions and a
    word of joint development (“宁滁同城”, 闽宁协作; the spec's 山海协作 is a word of cooperation, not an initiative)."""
    joint = _pattern("relation", "joint_words").search(c.name)
    if joint is None or joint.end() != len(c.name):
        return False
    singles = {r.start for r in regions if r.nested and r.end - r.start == 1 and c.start <= r.start < c.end}
    return joint.start() >= 2 and len(singles) == joint.start()


#: An industry's programme: the industry, a count of the industries listed (两大), and the programme from 产业 on.
_INDUSTRY_PROGRAMME = re.compile(f"([{_CJK}]{{2,6}}?)(?:[{_NUMERALS}][大个])?(产业[{_CJK}]*)")


def _industries_sharing_programme(norm: str, initiatives: list[Candidate]) -> list[Candidate]:
    """Industries listed before one programme of theirs each have it (ANNOTATION.md: lists sharing a type word):
    集成电路、生物医药、人工智能产业高质量发展三年行动计划 -> 集成电路产业高质量发展三年行动计划, …; a count of them
    goes (绿色低碳、数字经济两大产业提升行动 -> 绿色低碳产业提升行动, 数字经济产业提升行动)."""
    out = []
    for c in initiatives:
        if norm[c.start - 1:c.start] != "、" or c.name != norm[c.start:c.end]:
            continue
        last = _INDUSTRY_PROGRAMME.fullmatch(c.name)
        if last is None:
            continue
        tail = last.group(2)
        items = _listed_before(norm, c.start - 1,
                               lambda start, end: 2 <= end - start <= 6 and _CJK_RUN.fullmatch(norm[start:end]))
        if not items:
            continue
        for start, end in items:
            out.append(Candidate(start, end, "Initiative", canonical_initiative(norm[start:end] + tail), 2))
        if last.end(1) < last.start(2):  # the last without the count, in place of the name with it
            out.append(Candidate(c.start, c.end, "Initiative", canonical_initiative(last.group(1) + tail), 2))
    return out


# -- candidates: projects --------------------------------------------------------------


def _inside_quotes(norm: str, start: int, end: int) -> bool:
    """The span lies inside one pair of quotes (and is not the whole of a longer name)."""
    return (
        start > 0 and norm[start - 1] in OPEN_QUOTES and end < len(norm) and norm[end] in CLOSE_QUOTES
    )


def _opens_with_place(core: str) -> bool:
    """Whether a place's name (any scope) opens ``core``: 金东污水处理厂扩建工程 is a name of its own."""
    return any(s == 0 for s, _, _ in gazetteer().find(core))


def _covered_by_common_words(core: str) -> bool:
    """True when ``core`` splits entirely into everyday words (greedy, longest first)."""
    words = _common_words()
    fillers = _rules()["project"]["filler_chars"]
    i, n = 0, len(core)
    while i < n:
        for j in range(min(n, i + 4), i + 1, -1):
            if core[i:j] in words:
                i = j
                break
        else:
            if core[i] in fillers:
                i += 1
            else:
                return False
    return True


@functools.cache
def _facility_type_words() -> frozenset[str]:
    """The project type words that name a facility, not a kind of works (the phrase type words: 公路, 项目)."""
    rules = _rules()["project"]
    return frozenset(rules["type_words"]) - frozenset(rules["phrase_type_words"])


def _named_one_of(text: str, words: frozenset[str]) -> bool:
    """Whether ``text`` ends in one of ``words`` with two characters at least before it: one named of that kind (商丘
    民用机场, 小庙镇中心学校), not the kind alone. Looked up by ``text``'s endings, not word by word."""
    return any(text[-k:] in words for k in range(1, len(text) - 1))


def _places_facility(core: str) -> bool:
    """``core`` opens with a place and ends in a type word of a facility, not of a kind: before 工程, 商丘民用机场 is
    the place's airport (大里镇农村 before 公路 is the place's roads of a kind, 民用机场 any airport)."""
    return (_named_one_of(core, _facility_type_words())
            and any(_is_place_name(core[:k], None) for k in range(2, min(len(core) - 1, 7))))


def _place_then_common_words(core: str) -> bool:
    """``core`` is a place's name and then everyday words only (大里镇农村, 高碑店市灾后重建): before a type word that
    names a kind (公路, 项目), the place says whose works of that kind, it does not name one."""
    head = _PLACE_HEAD.match(core)
    if head is None or head.end() == len(core) or not _is_place_name(head.group(0), None):
        return False
    return _covered_by_common_words(core[head.end():])


#: Who builds, then a verb of building, inside a project's left context: the name starts after them. Who builds is
#: a firm (its legal form: 潍柴集团建设大缸径高端发动机项目) or a place or park (its ending: 柳江区建设螺蛳粉原材料基地,
#: 光机电产业园建设光学镜头扩产项目, 钦南区犀牛脚镇布局配套仓储物流基地, 海淀区共建科技成果转化基地, 察哈尔右翼前旗建设…,
#: 在泾源县黄花乡援建…: the place where, not the one that gives the aid), or a facility that one builds around (依托郴州北湖
#: 机场建设北湖临空物流园).
#: A firm's verbs of investing in what it builds (…公司投资建设的, 比亚迪投资兴建的, 在…投资新建).
_INVEST_BUILDS = "投资建设|投资兴建|投资新建"
_BUILD_VERBS = f"投资(?:约|超过?|近)?[0-9.]+[亿万]元(?:建设|兴建|新建)|{_INVEST_BUILDS}|建设|投建|新建|布局"
_FIRM_FORMS = "集团|公司|股份"
#: A verb of building, also with a partner (共建) or for another (援建): after a builder (_BUILDER_BUILDS) or after the
#: place where something is built (在金华建设…, 在沪杭等地建设…: _after_place_builds).
_PLACE_BUILDS = re.compile(f"(?:{_BUILD_VERBS}|共建|援建)")
_BUILDER_BUILDS = re.compile(f"(?:(?P<firm>{_FIRM_FORMS})|[省市县区镇乡村园旗盟州]|街道|机场|港|站|枢纽){_PLACE_BUILDS.pattern}")
#: Partners building together, inside a project's left context, whoever they are (中复神鹰合资建设碳纤维项目,
#: 与华为共同投资建设…): the name starts after the verb.
_JOINTLY_BUILDS = re.compile("(?:合资|共同投资|联合投资|共同出资)(?:建设|兴建|投建|新建)?|(?:共同|联合)(?:建设|兴建|投建|打造)")
#: An amount of output inside a project's name (年产, 120万吨/年乙烯及下游…项目).
_CAPACITY = re.compile(r"[0-9.]+万?(?:吨|台|套|辆|件|片|只|千瓦|兆瓦|GWh|GW|MW|平方米)")
#: An output and a qualifier that stops names elsewhere, right before a name: 年产1200吨|高品质|生丝项目.
_OUTPUT_THEN_QUALIFIER = re.compile(f"年产{_CAPACITY.pattern}(?P<qualifier>[{_CJK}]{{2,3}})$")


def _past_output_qualifier(norm: str, start: int) -> int:
    """Where a name that a qualifier after its output stopped at ``start`` opens: at 年产 (年产1200吨高品质生丝项目: 高品质
    ends a name's left context elsewhere, 高品质建设…), else ``start``."""
    m = _OUTPUT_THEN_QUALIFIER.search(norm, max(0, start - 20), start)
    return m.start() if m is not None and m.group("qualifier") in _left_stops() else start


#: A phase alone after the verb names nothing: 科技园区建设三期项目 keeps its park.
_PHASE = re.compile(r"[一二三四五六七八九十]{1,2}期")
#: A title sought right before a national or provincial name (创建国家全域旅游示范区, 争创省级…示范区) and that name's level.
_SOUGHT_TITLE = ("创建", "争创", "创成")
_NATIONAL_OR_PROVINCIAL = ("国家", "全国", "省级", "省")
#: Levels a title is written with, which the name drops (获评国家级绿色工业园区: 绿色工业园区).
_TITLE_LEVELS = ("自治区级", "国家级", "省级", "市级", "县级", "国家", "全国", "省")
#: A year, with its quarter or batch, inside a project's left context (吉林市2024年第二批重大项目, 长寿经济技术开发区
#: 2024年一季度招商引资项目, 塔城市2024年秋季招商引资项目): the name, if any, comes after it.
_YEAR_IN_NAME = re.compile(r"(?:19|20)[0-9]{2}年度?(?:第?[一二三四1-4]季度|第[一二三四五六七八九十0-9]+批|[上下]半年|[春夏秋冬]季)?")
#: Between a region and the project it names the place of (not 共建: a partner builds it with the speaker).
_BUILDS_THERE = re.compile(f"(?:布局建设|规划建设|{_BUILD_VERBS})的?|(?:开工|建成|投产|落地|开工建设|建成投产)的")
#: Between a region that opens its clause and the project it starts, builds, carries out or brings in there (山阴县加快建设
#: 东方氢能产业园, 朗洞镇建成万亩百香果基地, 元门乡打造陨石坑文化旅游区, 临清市新引进年产10万吨轴承钢项目, 茌平区签约落地…,
#: 洒渔镇同步开工建设…).
_BUILT_BY_SUBJECT = re.compile("(?:同步|同时|率先|集中|分别|正|已)?(?:(?:开工|动工|启动|加快|签约)?建设|建成|新建|打造|实施|开工"
                               "|(?:新|签约)?落地|(?:新)?引进)")
#: Words of building with a partner, before the verb: 合作建设, 共同打造, 携手共建.
_JOINT_ADVERBS = "(?:合作|联合|携手|共同)"
#: Between 在 and its region and a project, those verbs and the verbs of building with a partner or for another
#: (在竹溪县开工建设城市防洪工程, 在陶岔村实施渠首生态廊道提升工程, 在柯柯镇实施的…项目, 在高台县巷道镇共建…, 在雕鹗镇合作建设的…,
#: 在通川区魏兴镇共同打造…): there it lies.
_BUILT_THERE_AFTER_ZAI = re.compile(f"{_JOINT_ADVERBS}(?:建设|打造)的?|{_JOINT_ADVERBS}?(?:共建|承建|援建)的?"
                                    f"|(?:{_BUILT_BY_SUBJECT.pattern})的?")
#: After 位于 and its region, up to the 的 before what lies there: 位于雄安新区启动区的X项目.
_OF_AFTER_WHERE = re.compile("[^，,。；;：:、]{0,8}?的")
#: Between a project and a 位于 that opens the next one's description: a joining word or a clause's end (…工程和位于…,
#: …全线贯通，位于…).
_JOINED_OR_CLAUSE_END = re.compile("[和及与，,；;]$")
#: After a project, where it is: 项目(一期)(将)在 or 落户 (then its region; see _THERE_VERB).
_PROJECT_THERE = re.compile("(?:[一二三四五六七八九]期(?:工程)?)?(?:将|已|拟|正)?(?:在|落户于|落地于|落户|落地|建于|选址)")
#: After 项目在 and its region, what the project does there (不是 签约, 启动: a ceremony may be held elsewhere; but 签约落地
#: lands it there).
_THERE_VERB = re.compile("(?:正式|顺利|全面|率先|成功|加快|开工|动工|签约(?=落))*(?:建成|揭牌|挂牌|开园|奠基|投产|开工|动工|落地|落户|开建|建设|竣工|投用|"
                         "投运|投入(?:使用|运营|运行|生产)|运营|开业|达产|实施|并网|布局|[，,。；;]|$)")
#: A firm and a verb of building (and 的) right before a name: what a firm builds is a project, also a 工程 without a
#: physical word (国能榆林化工有限公司建设的煤制新材料示范工程), which would otherwise be a programme, and a name
#: made of common words (…股份有限公司投资建设新能源电池材料项目), which would otherwise be a kind of project.
#: A firm's verb of building, right after its legal form (…公司投资建设的, …集团承建, …公司在柯柯镇实施的, …公司投资45亿元的).
_FIRM_VERB = f"(?:(?:{_BUILD_VERBS}|承建|兴建)的?|(?:投资|实施)的|投资(?:约|超过?)?[0-9.]+[亿万]?(?:美元|元)的)"
_FIRM_BUILDS = re.compile(f"(?:{_FIRM_FORMS}){_FIRM_VERB}")
#: Between a firm and its building verb, where the firm builds: 企业将在福泉经济开发区马场坪工业园建设…项目.
_WHERE_GAP = re.compile("(?:将|拟|计划|已|还|也|正)?在[^，,；;：:。]{2,24}")
#: Between a firm and its building verb, where the firm names its amount, then (maybe) where it builds: 企业拟投资12亿元，
#: 在阿克苏纺织工业城建设…项目; 企业投资25亿元，建设…项目; 企业将在某开发区投资12亿元，建设…项目; 企业投资3亿美元，…
#: (the one comma that may stand between them; the firm's short name in brackets may come first).
_SHORT_NAME_IN_BRACKETS = "(?:[(（][^()（）]{1,24}[)）])?"
_AMOUNT_WHERE_GAP = re.compile(
    f"{_SHORT_NAME_IN_BRACKETS}(?:此次|本次)?(?:将|拟|计划)?(?:在[^，,；;：:。]{{2,24}}?)?(?:将|拟|计划|追加|再|共)*"
    "(?:投资|增资)(?:约|超过?)?[0-9.]+[亿万]?(?:美元|欧元|港元|港币|日元|元)(?:人民币)?[，,]"
    "(?:将|拟|计划)?(?:在[^，,；;：:。]{2,24})?")
#: Right before a name, a firm, maybe where it builds or its amount (see the gaps above), and a verb of building:
#: 中国种子集团有限公司在甘州区党寨镇投资建设的…, …有限公司投资12亿元，在军粮城街道建设….
_FIRM_BUILT = re.compile(
    f"(?:{_FIRM_FORMS})(?:{_AMOUNT_WHERE_GAP.pattern}|{_SHORT_NAME_IN_BRACKETS}{_WHERE_GAP.pattern})?"
    f"{_FIRM_VERB}$")


#: After a project: a firm builds it (新能源商用车基地项目由东风汽车股份有限公司投资32亿元建设), so a name of common
#: words is still its name.
_BUILT_BY_FIRM_AFTER = re.compile(
    "由[^，,。；;]{2,30}?(?:公司|集团)(?:[^，,。；;]{0,12}?)(?:投资建设|投资兴建|建设|承建|投建|兴建)")


def _after_zai(norm: str, mentions: list, i: int, *, or_subject: bool = False) -> bool:
    """Whether the region ``mentions[i]`` is written after 在, alone or at the end of a chain (在高台县巷道镇); with
    ``or_subject``, also where it opens its clause (；山阴县加快建设东方氢能产业园)."""
    while i > 0 and mentions[i - 1].type == "Region" and mentions[i - 1].end == mentions[i].start:
        i -= 1
    start = mentions[i].start
    return norm[start - 1:start] == "在" or (or_subject and (start == 0 or norm[start - 1] in "，,。；;：:\n"))


def _place_opens(norm: str, start: int, end: int) -> bool:
    """A place's full name starts at ``start`` and ends before ``end`` (五大连池市矿泉水产业园: no count 五大)."""
    g = gazetteer()
    return any(g.names_a_place(norm[start:k]) and g.candidates(norm[start:k])[0].name == norm[start:k]
               for k in range(start + 3, min(end, start + 8) + 1))


def _level_before(norm: str, pos: int) -> str:
    """The title's level that ends at ``pos`` (省级 of 创建省级…), or ""."""
    return next((w for w in _TITLE_LEVELS if norm.endswith(w, 0, pos)), "")


def _sought_with_level(norm: str, pos: int) -> bool:
    """Whether a verb of seeking a title and a level end at ``pos`` (创建省级“万亩千亿”平台: what follows is a title)."""
    level = _level_before(norm, pos)
    return bool(level) and norm.endswith(_SOUGHT_TITLE, 0, pos - len(level))


def _title(norm: str, start: int, core: str, titles: tuple[str, ...]) -> bool:
    """Whether the project-like name at ``start`` (its ``core`` before the type word) is a title awarded, granted or
    sought, not works: after a title's verb (获评国家级绿色工业园区, 入选…), after 获批 with a level or a province
    (获批国家高新区, 获批江西省绿色园区), after a verb of seeking with a level (创建国家全域旅游示范区, 成功创建省级…) or with a
    place and everyday words (争创陇南市全域旅游示范区). The level may have been dropped from the name: the verb is
    looked for before it."""
    level = _level_before(norm, start)
    lead = start - len(level)
    if norm.endswith(titles, max(0, lead - 6), lead) or _any_of(titles).search(norm, max(0, lead - 4), lead) is not None:
        return True
    sought = norm.endswith(_SOUGHT_TITLE, 0, lead)
    if not (sought or norm.endswith("获批", 0, lead)):
        return False
    if level or norm.startswith(_NATIONAL_OR_PROVINCIAL, start):
        return True
    place = next(((e, p) for s, e, p in gazetteer().find(core) if s == 0), None)
    if place is None:
        return False
    rest = core[place[0]:]
    rest = rest[len(next((w for w in _TITLE_LEVELS if rest.startswith(w)), "")):]
    return (sought or place[1].level == "province") and _covered_by_common_words(rest)


def _firm_built(norm: str, start: int) -> bool:
    """Whether a firm builds the project whose name starts at ``start``: …公司投资建设的, or the firm's short name
    declared right before (…有限公司（以下简称万丰科技）智能焊接装备项目)."""
    return (bool(_FIRM_BUILT.search(norm, max(0, start - 60), start))
            or bool(_SHORT_FIRM_BUILT.search(norm, max(0, start - 12), start))
            or (norm[start - 1:start] in (")", "）") and _declares_short_name(norm, start)))


#: A firm's short name and what only a firm does, right before a name (比亚迪投资建设的动力电池项目): not a government's.
_SHORT_FIRM_BUILT = re.compile(f"(?<![府委局厅办])(?:{_INVEST_BUILDS})的$")


#: What joins the two partners of a paired park: 闵行—溧阳产业合作园, 长兴·梅河口产业合作园.
_PARTNER_JOIN = "—－·•"
#: Last characters of the names of lakes, hills, beaches and rivers: a feature's name before a dash opens the name of
#: works that join it to another (色林错—纳木错生态保护修复工程, 象鼻山—两江四湖夜游提升项目).
_LANDFORM_ENDS = frozenset("山湖错滩河江峰岭岛湾")
#: The end of a park's or zone's name (工业园区, 产业合作园, 开发区): two places of different regions before it name a
#: paired park (see _region_spans_in_name).
_PAIRED_PARK_END = re.compile("(?:园区|园|合作区|协作区|开发区|新区)$")


def _partner_first(norm: str, start: int, type_start: int) -> int:
    """Where a paired park's name starts: at its first partner when the name opens with a place joined by a dash or a
    middle dot to the place before it (闵行—溧阳产业合作园); else ``start``."""
    if norm[start - 1:start] not in _PARTNER_JOIN or start < 3 or norm[start - 2] in _PARTNER_JOIN:
        return start
    first = _left_boundary(norm, start - 1, max_len=8)
    if norm[start - 1] == "—" and 2 <= start - 1 - first <= 4 and norm[start - 2] in _LANDFORM_ENDS:
        return first  # 色林错—纳木错生态保护修复工程, 金银滩—原子城景区: two features the works join
    # the place may follow a verb that is no stop (建设扬州—宝鸡产业合作园): the longest place that ends at the dash,
    # after a word of two characters or more (石龙山•龙山公园 is no 龙山's)
    return next((s for s in range(first, start - 2) if (s == first or s - first >= 2)
                 and _is_place_name(norm[s:start - 1], None)), start)


#: How the names of townships and villages end (where :func:`_past_township_before_county` looks for one).
_TOWNSHIP_ENDING = re.compile("[镇乡村]|街道|苏木|地区|社区|嘎查")


def _past_township_before_county(norm: str, start: int, type_start: int) -> int:
    """Where a name starts that opens with a township and then a county or a city (咸水沽镇津南区人民医院扩建工程,
    玉蟾街道泸县人民医院康复楼): the township says where the county's works are, the name opens with the county."""
    core = norm[start:type_start]
    if not _TOWNSHIP_ENDING.search(core):
        return start  # most names: no township or village in them, nothing to look up
    at = 0  # the places written one after another from the name's start (武义县桃溪镇金华市第二医院分院)
    for (s, e, place), (s2, e2, then) in itertools.pairwise(gazetteer().find(core)):
        if s != at or e != s2 or core[s:e] != place.name:
            break
        if place.level in ("town", "village") and then.level in ("county", "city") and core[s2:e2] == then.name:
            return start + s2
        at = e
    return start


def _wider_past_inner_stop(norm: str, start: int, type_start: int, max_len: int, min_core: int = 0) -> int:
    """Where a name opens when a left-context stop that may stand inside names (重点, 高质量) leaves a core of at most
    two characters (at least ``min_core``) before its type word at ``type_start`` and four or more characters come
    before the stop (…保护利用重点村建设工程, 百县千镇万村高质量发展工程); else ``start``."""
    if not min_core <= type_start - start <= 2:
        return start  # most names: a longer core, no stop to look for
    inner = next((w for w in _inner_stops() if norm.endswith(w, 0, start)), None)
    if inner:
        wider = _left_boundary(norm, start - len(inner), max_len=max_len)
        if start - len(inner) - wider >= 4:
            return wider
    return start


@functools.cache
def _inner_stops() -> tuple[str, ...]:
    return tuple(_rules()["project"]["inner_stops"])


def _physical_works(core: str) -> bool:
    """Whether a 工程 with this core builds something (县城北片区集中供热工程) rather than carries out a programme: a
    physical word in it, and no programme's ending (百县千镇万村高质量发展工程 names villages but develops them)."""
    physical, programmes = _works_words()
    places = _COUNTED_PLACES.sub("", core)  # 千村示范、万村整治: counts of villages, none built
    return any(w in places for w in physical) and not core.endswith(programmes)


#: Round counts of places or households in a programme's name: 千村, 万村, 百县, 千镇, 万户.
_COUNTED_PLACES = re.compile("[十百千万][村镇乡县户企]")


@functools.cache
def _works_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    rules = _rules()["initiative"]
    return tuple(rules["physical_words"]), tuple(rules["programme_endings"])


#: Words of quantity opening a phrase: what follows is a kind, not a name (一系列村景及运营设施项目).
_QUANTITY_OPENERS = ("一系列", "系列", "一批", "多个", "多项", "各类", "各项", "若干", "一些")


def _names_what_is_built(core: str) -> bool:
    """Whether a project's core names what is built or made (不锈钢精密带钢, 新能源汽车零部件扩产), not only how the
    works go (技术改造, 增资扩产, 智能化改造: see [project] works_words in extract.toml)."""
    rest = _pattern("project", "works_words").sub("", core)
    return len(re.sub(rf"[^{_CJK}A-Za-z0-9]", "", rest)) >= 2


#: How a site that is no division ends, after 在 and before a verb of building: 在长兴岛建设…, 在大学城建设…,
#: 在仙桃数据谷建设…, 在亦庄新城建设….
_SITE_ENDINGS = ("岛", "城", "谷", "湾", "港", "港区", "园", "园区", "片区", "开发区", "高新区", "新区", "基地", "口岸")


def _after_place_builds(norm: str, start: int, type_start: int) -> int:
    """Where a project's name starts when its left context, after 在 (or after 等 of 等地), is a place and a verb of
    building: after the verb (在金华建设新能源汽车产业园, 在沪杭等地建设科技孵化飞地). Written whole with its suffix the
    place already ends the context (_BUILDER_BUILDS); its short form does not. A site that is no division but ends as
    sites do is a place here (在长兴岛建设海上风电安装平台制造项目). Else ``start``."""
    for verb in _PLACE_BUILDS.finditer(norm, start + 1, type_start):
        place = norm[start:verb.start()]
        if type_start - verb.end() >= 2 and not _PHASE.fullmatch(norm, verb.end(), type_start) and (
                place == "地" if norm[start - 1] == "等"
                else (len(place) >= 3 and place.endswith(_SITE_ENDINGS)) or _places_only(place, None)):
            return verb.end()
    return start


#: An ordinal inside a name: the place's second water source (通化市第二水源工程) is one works, not a kind (but
#: 第三个生产基地 counts bases, 第二批 batches).
_ORDINAL = re.compile("第[一二三四五六七八九十0-9]+(?![个批家座大条所处轮期])")

#: 各 before a kind of division (各县, 各乡镇, 各县（市、区）): each of them, not one place (各莫乡 is one).
_EACH_PLACE = re.compile("各(?:省|市|州|盟|县|区|旗|乡|镇|街道|村|社区|地|园区|开发区)")


#: A township's suffix right after a project's type word: the word may be part of the township's name (平台镇).
_TOWNSHIP_AFTER = re.compile("镇|乡(?!村)|街道")


def _township_over(norm: str, start: int, end: int) -> bool:
    """Whether the word ``norm[start:end]`` ends inside a township's name the data has (洮北区平台镇; not 甜永高速镇原段,
    where 镇 opens 镇原)."""
    m = _TOWNSHIP_AFTER.match(norm, end)
    if m is None:
        return False
    g = gazetteer()
    return any(g.names_a_division(norm[i:m.end()]) for i in range(max(0, start - 3), start + 1))


def _project_candidates(norm: str, firms_own: bool = False) -> list[Candidate]:
    """Project mentions in ``norm``. ``firms_own``: the text is what a firm builds (the rest of a project's name
    after a firm's legal name, see :func:`_split_firm_projects`), so a name of common words is still a name."""
    rules = _rules()["project"]
    generic = set(rules["generic_cores"])
    jurisdictions = set(rules["jurisdiction_prefixes"])
    generic_types = set(rules["generic_type_words"])
    phrase_types = set(rules["phrase_type_words"])
    generic_endings = tuple(rules["generic_endings"])
    titles = tuple(rules["title_triggers"])
    build_verbs = tuple(rules["build_verbs"])
    output_verbs = tuple(rules["output_verbs"])
    first_of_kind = tuple(rules["first_of_kind"])
    aspirations = tuple(rules["aspirations"])
    routes = set(rules["route_type_words"])
    stages = tuple(rules["stage_sections"])
    zones = set(rules["zone_type_words"])
    continues = {w: tuple(after) for w, after in rules["type_word_continues"].items()}
    ends_everyday = _type_words_ending_everyday_words()
    out: list[Candidate] = []
    for m in _pattern("project", "type_words").finditer(norm):
        type_word = m.group(0)
        if norm.startswith(continues.get(type_word, ()), m.end()):
            continue
        if (len(type_word) == 2 and norm[m.start() - 1:m.start() + 1] in _common_words()
                and norm[m.end() - 1:m.end() + 1] in _common_words()):
            continue  # 提高中心城区, 集中学习: the type word is the end of one word and the start of the next
        if len(type_word) == 1 and norm[m.end() - 1:m.end() + 1] in _common_words():
            continue  # 松材线虫病: the type word opens a word (线虫)
        if _township_over(norm, m.start(), m.end()):
            continue  # 洮北区平台镇: a township named with the word
        if norm.endswith(ends_everyday.get(type_word, ()), 0, m.end()):
            continue  # 基础设施互联互通: the type word ends an everyday word (互通 of 互联互通 is no interchange)
        # 范村省级历史文化保护利用重点村建设工程: 重点 stops a name's left context, but here it is inside
        start = _left_boundary(norm, m.start(), max_len=24)
        if _window_ran_out(norm, start, m.start(), 24):
            # a long name that opens the clause (，三峡集团乌兰察布四子王旗300万千瓦风光制氢一体化项目) is read whole; not
            # one that a wider window stops by a word (高架公路萧山至磐安公路(…)快速化改建工程)
            wider = _left_boundary(norm, m.start(), max_len=_LONGEST_NAME)
            if wider == 0 or (m.start() - wider < _LONGEST_NAME and not _NAME_CHARS[norm[wider - 1]]):
                start = wider
        start = _wider_past_inner_stop(norm, start, m.start(), max_len=20)
        builders = [*_BUILDER_BUILDS.finditer(norm, start, m.start()), *_JOINTLY_BUILDS.finditer(norm, start, m.start())]
        by_firm = False  # a firm (or partners) builds it: a name of common words (电池材料项目) is still its name
        for builds in sorted(builders, key=lambda b: b.end()):
            if m.start() - builds.end() >= 2 and not _PHASE.fullmatch(norm, builds.end(), m.start()):
                start = builds.end()  # 潍柴集团建设大缸径高端发动机项目: the firm builds the project
                by_firm = builds.re is _JOINTLY_BUILDS or builds.group("firm") is not None
        if norm[start - 1:start] in ("在", "等"):
            start = _after_place_builds(norm, start, m.start())
        park = type_word.endswith(("园", "园区"))
        if norm[start - 1:start] in ("及", "与") and (park or type_word in ("项目", "工程", "基地")):
            before = _left_boundary(norm, start - 1, max_len=20)
            # 在和什力克乡建设香梨精深加工及冷链物流项目: the name opens after the verb
            before = max((v.end() for v in _pattern("project", "output_verbs").finditer(norm, before, start - 1)),
                         default=before)
            firm_built = _firm_built(norm, before)  # a firm builds it: A及B / A与B is the one project it names
            if norm[start - 1] == "及" and _CAPACITY.search(norm, before, start - 1):
                start = before  # 120万吨/年乙烯及下游高端新材料产业集群项目: 及 joins two outputs of one project
            elif (start - 1 - before >= 2 and norm[start - 2] != "以"
                  and (firm_built or (norm[start - 1] == "及" and not _opens_with_place(norm[start:m.start()])
                                      and (park or not _covered_by_common_words(norm[before:m.start()]))))
                  and not norm.startswith(_QUANTITY_OPENERS, before)
                  and not norm.endswith(_project_type_words(), before, start - 1)):
                # 永晟储能电芯及系统集成项目, 芳烃及下游新材料延链项目: what follows 及 goes on a name begun before it
                # unless a place opens it (改造及金东污水处理厂扩建工程); a park's name may be everyday words throughout
                # (新能源汽车及零部件产业园), other names not (道路及配套设施工程) (not after 以及, a list;
                # not a count's: 一系列村景及运营设施项目; not a whole project's: 城北污水处理厂及配套管网工程); what a
                # firm builds is one name across 及 or 与 (…公司投资建设的己内酰胺产业链搬迁与升级转型发展项目)
                start = before
        if not by_firm and type_word in ("项目", "工程", "基地") and norm.endswith(build_verbs, 0, start):
            # …公司在云溪区投资建设的己内酰胺产业链搬迁与升级转型发展项目: a works word (升级) stopped the name, but a
            # firm builds what is named from its verb on
            for p in range(start - 2, max(0, start - 24), -1):
                if not _NAME_CHARS[norm[p - 1]]:
                    break
                if _firm_built(norm, p):
                    start = p
                    break
        output = norm.rfind("年产", start, m.start())
        if output > start and norm.endswith(output_verbs, start, output):
            start = output  # 在马场坪工业园建设年产10万吨磷酸铁锂正极材料项目: the name opens with 年产
        start = _past_output_qualifier(norm, start)
        verb = (type_word in ("工程", "项目") and norm.endswith(build_verbs, 0, m.start())
                and next(v for v in build_verbs if norm.endswith(v, 0, m.start())))
        if verb and m.start() - len(verb) < start <= m.start():
            # 广州白云国际机场三期扩建工程: the works word belongs to the name, the name comes before it (also where a
            # stop inside the works word ended the name: 金华铁路枢纽扩容改造工程)
            before = start
            start = _left_boundary(norm, m.start() - len(verb), max_len=24)
            if start == m.start() - len(verb):
                start = before
        # section qualifiers in brackets after the name: 合肥至温州高速(桐庐至义乌段); so is a bonded centre's type,
        # 商丘保税物流中心（B型）
        end = m.end()
        br = _BRACKETED_SECTION.match(norm, end)
        if br:
            end = br.end()
        elif type_word in routes:
            section = _SECTION_AFTER.match(norm, end)  # 京雄高速保定段: the section stays in the name
            if section and not section.group(0).startswith(stages):
                end = section.end()
                place = _SECTION_AFTER.match(norm, end)  # 西安外环高速公路南段鄠邑段: a place's part of a section
                if section.group(0) in _SIDE_SECTIONS and place and _is_place_name(place.group(0)[:-1], None):
                    end = place.end()
            elif type_word.endswith(_RAIL_WORDS):
                station = _STATION_AFTER.match(norm, end)  # 渝湘高铁武隆站: a station of the line is the line's
                if station and not _common_words().intersection((station.group(1), station.group(1)[:2])):
                    end = station.end()  # (not 沪昆高铁建设…站: a word opens no station's name)
        elif type_word.endswith("工程") or type_word in _CORRIDORS or norm.endswith("国家文化公园", 0, end):
            section = _SECTION_AFTER.match(norm, end)  # 南宁至百色高速公路改扩建工程田东段: a place's section of the works
            # (合淮产业走廊寿县段: of a corridor or a belt; 长征国家文化公园班玛段: of a national park along a route)
            if section and _is_place_name(section.group(0)[:-1], None):
                end = section.end()
            elif type_word in _CORRIDORS:  # 大梧桐新兴产业带罗湖片区: a place's part of a belt, as of a park
                end = _past_place_part(norm, end)
        elif type_word in zones:
            part = _ZONE_PART_AFTER.match(norm, end)  # 自由贸易试验区崇左片区: a zone's part stays in its name
            if part:
                end = part.end()
        elif type_word in _CAMPUS_OF:
            campus = _CAMPUS_AFTER.match(norm, end)  # 亳州市人民医院南区: a campus stays in its institution's name
            if campus:
                end = campus.end()
        else:
            end = _past_place_part(norm, end)  # 阿克苏纺织工业城温宿片区, 虹桥国际中央商务区闵行片区
        count = None
        for count in _COUNT.finditer(norm, start, m.start()):
            pass
        if count is not None and not norm.endswith("年产", 0, count.start()) \
                and not (norm.endswith("第", 0, count.start()) and not count.group(0).endswith("大")) \
                and not _place_opens(norm, count.start(), m.start()):
            start = count.end()  # 13条农村公路, 10亿元以上项目: what follows a count is a kind, not a name
            # (but 年产1000万条智能领带项目 names its output, and 第二条总装线 is an ordinal; 第二大 is a rank; 五大连池市
            # is a place)
        for year in _YEAR_IN_NAME.finditer(norm, start, m.start()):
            start = year.end()  # 2020年规模化供水工程: a year (and its quarter or batch) is not part of the name
        start = _strip_prefixes(norm, start, end)
        start = _partner_first(norm, start, m.start())
        start = _past_township_before_county(norm, start, m.start())
        kind = norm.rfind("项目", start, m.start() - 2)
        if kind >= 0 and _opens_with_place(norm[kind + 2:m.start()]):
            start = kind + 2  # 援疆项目托里县人民医院综合住院楼: a kind of project, then the named one
        core = _unquote(norm[start:m.start()])
        if not core or all(ch in _NUMERALS for ch in core):
            continue
        if len(core) == 1 and (type_word in phrase_types or len(type_word) == 1):
            continue  # 抓项目 (拼经济、抓项目、优环境), 开港: one character names no project
        if core in _ONE_CHAR_VERBS:
            continue  # 小微企业进园区, 待区块条件允许: a verb, not a name
        if _LOW_LEVEL.search(core):
            continue  # 司铺乡、姚家乡乡级敬老院, 村级光伏电站: the townships' or villages' facilities of a kind, none named
        if _BRACKETS_ONLY.fullmatch(core):
            continue  # 十大工业投资(技改)项目: a bracketed word of the kind, the count cut the rest
        if type_word == "项目" and core[-1] in _VERB_BEFORE_PROJECTS:
            continue  # 优化营商环境引项目, 支持乡贤以项目回迁: a verb (or 以) takes projects, no name ends in it
        inner = core.find(type_word)
        if inner > 0 and type_word not in ("工程", "项目"):
            # 上清塘水库病险水库: the name ends at its own type word
            end = start + inner + len(type_word)
            core = core[:inner]
        if _inside_quotes(norm, start, end):
            continue  # “走好赶考路”, “一轴两片两环十通道”: a slogan in quotes, not a project
        if core in jurisdictions:
            if len(type_word) <= 2:
                continue
        elif _EACH_PLACE.match(core) or (core.startswith("各") and not _place_opens(norm, start, m.start())):
            continue  # 各乡镇污水处理厂, 各县（市、区）产业集聚区, 各科创平台: every place's facility of a kind, or every one of
            # a kind, not a named one (各塔埠街道 is a place)
        elif core in generic or (type_word in ("项目", "工程") and core.endswith(generic_endings)
                                 and not _facility_works(core)) or _generic_pair(core, generic):
            continue
        elif type_word in generic_types and core in _common_words():
            continue
        elif (type_word in phrase_types and len(core) <= 8
              and (_covered_by_common_words(core)
                   or (not _INSTITUTION.search(core + type_word) and type_word != "集聚区"
                       and _place_then_common_words(core)))
              and not _places_facility(core) and not _ORDINAL.search(core)
              and not _named_by_road(core)
              and not (by_firm or firms_own or _firm_built(norm, start) or _BUILT_BY_FIRM_AFTER.match(norm, end))):
            continue  # 技改投资项目; 大里镇农村公路: a place's works of a kind (but 张北县第三中学, 温宿县图书馆建设项目;
            # and a place's 产业集聚区 is its named zone, as Henan's counties have one each, where 影视文化集聚区 is a kind;
            # and a numbered one is the one: 通化市第二水源工程; and one named by its road: 学府路初级中学)
        if _A_GRADE.search(norm, start, end):
            continue  # 4A级旅游景区 is a rating
        if _title(norm, start, core, titles):
            continue
        # a firm's (named before it, or in its name: …油田有限责任公司古龙页岩油开发示范工程) is a construction project
        if (type_word == "工程" and not _physical_works(core)
                and not (firms_own or "公司" in core or _firm_built(norm, start))):
            continue  # a programme (新兴产业集群培育工程), not a construction project
        if type_word == "生产线" and not re.search("[0-9A-Za-z]", core) and not (by_firm or firms_own or _firm_built(norm, start)):
            continue  # 新上全自动焊接生产线: what a plant installs (a line of its own names its output or generation)
        if type_word.endswith(("楼", "住院部")) and type_word != "航站楼" and not _INSTITUTION.search(core):
            continue  # a building is named by its institution (县人民医院综合楼); 急诊综合楼, 四期大楼 name none (a
            # terminal by its airport or city: 丽泽城市航站楼)
        if len(type_word) == 1 and (core[-1:] + type_word in _common_words() or core[-2:] + type_word in _common_words()):
            continue  # 电线, 服务热线, 风景线: an everyday word, not a line being built
        if (_COUNT_AFTER.match(norm, end) or _AREA_AFTER.match(norm, end) or _RANK_AFTER.match(norm, end)
                or _COUNT_BEFORE.search(norm[max(0, start - 12):start])):
            continue  # a counted kind of facility (新建苹果标准化示范园1.2万亩), not a named one
        clause = max((c.end() for c in _PUNCT.finditer(norm, max(0, start - 30), start)), default=max(0, start - 30))
        if _CONTENTS.search(norm, clause, start):
            continue  # 主要建设动力电池及储能电池生产线: what a project builds, not a project
        if core.startswith(aspirations) or (_BECOMES.search(norm, clause, start) and _GOAL_ENDS.match(norm, end)):
            continue  # 建设世界一流精品钢材基地, 把保康打造成湖北重要的磷化工基地: a goal, not a name (but 已成为武义—海宁山海协作
            # 生态旅游文化产业园…示范点 names the park on its way to the goal)
        if norm.endswith(first_of_kind, 0, start) and not re.search("[A-Za-z0-9]", core):
            continue  # 建成全省首个水稻博物馆: the first of a kind, described rather than named
        if firms_own and not _names_what_is_built(core):
            continue  # …有限公司技术改造项目: the firm's works of a kind (every firm's 技术改造项目 would be one project)
        if norm[start] == "至":
            continue  # 新开通至天津港的班列: where a route goes, not a name
        if norm.startswith("之一", end):
            continue  # 是山东省首批桩基固定式海上光伏示范项目之一: a class the project is one of, not its name
        name = canonical_project(norm[start:end])
        if len(name) < 3:
            continue
        out.append(Candidate(start, end, "Project", name, 5))
    # a bracketed alias right after a project names the same project: …创新服务综合体(赋能中心)
    ends = {c.end for c in out}
    out = [
        c for c in out
        if not (norm[c.start - 1:c.start] in "(（" and norm[c.end:c.end + 1] in ")）" and c.start - 1 in ends)
    ]
    # road and rail sections: 03省道东复线国际珠宝城支线阮市至漓渚段
    for m in re.finditer(rf"[{_CJK}]{{1,6}}至[{_CJK}]{{1,6}}段", norm):
        # the name opens where the first end's name does, read back from 至 (推进仙居至庆元公路庆元段: not 推进); a stop
        # right before 至 is that end's last character
        to = norm.index("至", m.start())
        start = _left_boundary(norm, to, max_len=30)
        if start >= to:
            start = _left_boundary(norm, m.start() + 1, max_len=30)
        out.append(Candidate(start, m.end(), "Project", canonical_project(norm[start:m.end()]), 5))
    # lists sharing one type word: 城北、同心、蒲潭幼儿园; 羲之、戴逵艺术中心
    by_end = {}
    for c in out:
        by_end.setdefault(c.end, c)
    type_re = _pattern("project", "type_words")
    longest = {}
    for c in out:
        longest[c.start] = max(longest.get(c.start, 0), c.end)
    road_words = _road_words()
    posts = tuple(_rules()["person"]["titles"])
    works = set(rules["works_words"]) | set(rules["build_verbs"])

    def shares_type_word(s0: int, end: int) -> bool:  # 城北 of 城北、同心、蒲潭幼儿园: a short name, no type word
        item = norm[s0:end]  # (a post is none: 副市长、榆神工业区管委会主任 lists a person's posts; nor are works:
        # 东山路拓宽改造、宏业大道)
        return (1 < len(item) <= 3 and bool(_CJK_RUN.fullmatch(item)) and not type_re.search(item)
                and not item.endswith(road_words) and not item.endswith(posts) and item not in works)

    for c in list(out):
        if (norm[c.start - 1:c.start] != "、" or longest[c.start] > c.end or norm[c.end:c.end + 1] == "、"
                or norm.startswith("等地", c.end)):
            continue  # 侯镇、羊口中心卫生院 shares 卫生院, not the 中心 inside it; 望春、集士港、高桥三大产业园: the list goes on;
            # 婺城、浦江、武义、金华开发区等地: places and a zone
        last_core = c.name
        tw = None
        for t in type_re.finditer(c.name):
            if t.end() == len(c.name):
                tw = t.group(0)
        if not tw:
            continue
        items = [(s0, e0, norm[s0:e0]) for s0, e0 in _listed_before(norm, c.start - 1, shares_type_word, strip=True)]
        words = _common_words()
        if all(item in words for _, _, item in items) and last_core[:-len(tw)] in words:
            continue  # 公办、民办幼儿园: kinds (but 城北、同心、蒲潭幼儿园 names three)
        if items and len(last_core) - len(tw) <= 3:
            for s0, e0, item in items:
                # an item that is a place's short form too (骆仙 of 骆仙、增福、涌泉幼儿园: 骆仙街道) is the list's item
                # here; a place's full name keeps its own mention (city and county lists: see _places_sharing_rest)
                priority = 5 if _full_name_of(item, _DIVISION_LEVELS) else 0
                out.append(Candidate(s0, e0, "Project", item + tw, priority))
        elif _townships_kind_of_area(norm, c):
            out.remove(c)  # 古鄯镇、马营镇特色种养基地: the townships' bases of a kind, none named
        else:
            out += _places_sharing_rest(norm, c) or _short_places_sharing_rest(norm, c)
    # short road names: 银山路、竹园路、北一路; 解放西路完成…
    road_stop = set(rules["road_stop"])
    for m in re.finditer(r"(?:路|街)(?=[、,，等和及与”;；。\s]|[完建改打实开通延提])", norm):
        start = _left_boundary(norm, m.start(), max_len=4)
        start = _strip_prefixes(norm, start, m.end())
        name = norm[start:m.end()]
        prev = norm[start - 1:start] if start else ""
        if len(name) < 3 or name in road_stop or any(name.endswith(w) for w in road_stop):
            continue
        if _inside_quotes(norm, start, m.end()):
            continue
        if prev and prev not in "、,，:：;；。“" and not prev.isspace() and not norm.endswith(_left_stops(), 0, start):
            continue
        out.append(Candidate(start, m.end(), "Project", name, 6))
    return _listed_sharing_works(norm, out)


#: How a facility's name ends, and its kind (医院 and 保健院 are hospitals, 学院 is none); roads, which end in one of
#: ``[project] road_words``, are a kind too (see _facility_kind).
_FACILITY_KINDS = (("医院", "hospital"), ("保健院", "hospital"), ("妇保院", "hospital"), ("卫生院", "hospital"),
                   ("学院", "college"), ("中学", "school"), ("小学", "school"), ("学校", "school"), ("初中", "school"),
                   ("高中", "school"), ("幼儿园", "kindergarten"), ("馆", "hall"), ("厂", "plant"), ("站", "station"))
#: What a list's last facility adds that each item shares: a new site (新院区 of hospitals, 东校区 of schools) or works,
#: maybe on a part of it (改扩建工程, 排水管网改造工程).
_SHARED_WORKS = re.compile(f"(?P<site>(?:新|[东西南北])(?P<campus>院区|校区))"
                           f"|[{_CJK}]{{0,4}}?(?:改扩建|迁建|扩建|提升改造|改造提升|提质改造|升级改造|改造)工程")


def _facility_kind(name: str) -> str | None:
    if name.endswith(_road_words()):
        return "road"  # 南环路, 辽海大街
    return next((kind for end, kind in _FACILITY_KINDS if name.endswith(end)), None)


def _shares_works(name: str, kind: str) -> bool:
    """Whether ``name`` (what a facility of ``kind`` adds) is a new site of that kind or works (see _SHARED_WORKS)."""
    m = _SHARED_WORKS.fullmatch(name)
    return m is not None and (not m.group("site")
                              or (m.group("campus") == "院区") == (kind == "hospital"))


#: What a place or a project is to become, right before the goal (打造成为, 建设成为, 成为; maybe a modifier and 的):
#: 把保康打造成湖北重要的磷化工基地, 将成为新疆首个…的预制菜园区 name a goal, not a project.
_BECOMES = re.compile("(?:(?:打造|建设)成为?|(?:打造|建设)为|成为)(?:[^，,。；;：:]{0,20}?的)?$")
#: What ends a goal's phrase after its name: a clause's end, or the goal word itself (…城市新中心的目标).
_GOAL_ENDS = re.compile("$|[，,。；;：:！？!?）)]|的(?:目标|定位|愿景)")


def _named_by_road(core: str) -> bool:
    """Whether ``core`` names a school or a facility by its road (学府路, 学院路初级 before 中学): a road's name of two
    characters or more and 路 or 街 (not a word: 道路, 公路), then at most two characters."""
    n = len(core)
    return any(core[k] in "路街" and core[k - 1:k + 1] not in _common_words() for k in range(max(2, n - 3), n))


def _listed_sharing_works(norm: str, out: list[Candidate]) -> list[Candidate]:
    """Facilities of one kind listed before the last, whose new site or works they share (ANNOTATION.md: lists sharing
    a type word): 市人民医院、市妇保院新院区 -> 市人民医院新院区; 县人民医院、县中医院、县妇幼保健院改扩建工程; 南环路、辽海大街排水
    管网改造工程. Not where the items are of other kinds (区第二幼儿园、德庆镇中心小学迁建工程: a kindergarten, and a
    school's works) or name their own works."""
    projects = [c for c in out if c.type == "Project" and norm[c.start:c.end] == c.name]
    by_end: dict[int, list[Candidate]] = {}
    for c in projects:
        by_end.setdefault(c.end, []).append(c)
    for c in projects:
        if norm[c.start - 1:c.start] != "、":
            continue
        for k in range(len(c.name) - 3, 1, -1):  # where the last item's own name ends
            kind = _facility_kind(c.name[:k])
            if kind and _shares_works(c.name[k:], kind):
                break
        else:
            continue
        shared, items, end = c.name[k:], [], c.start - 1
        while True:
            item = max((x for x in by_end.get(end, ()) if x is not c), key=lambda x: x.end - x.start, default=None)
            if (item is None or _facility_kind(item.name) != kind
                    or any(_SHARED_WORKS.fullmatch(item.name, j) for j in range(len(item.name)))):
                items = []
                break
            items.append(item)
            if norm[item.start - 1:item.start] != "、":
                break
            end = item.start - 1
        spans = {(x.start, x.end) for x in items}
        out = [x for x in out if (x.start, x.end) not in spans or x.type != "Project"]
        out += [Candidate(x.start, x.end, "Project", canonical_project(x.name + shared), x.priority) for x in items]
    return out


# -- candidates: lists named by their kind ----------------------------------------------------


_LIST_COUNT = re.compile(rf"(?:[{_NUMERALS}]+|[多数])(?:个|条|所|座|家|项|处|批)")


#: A place's name at the head of a project's name, and the kinds of places a list of such heads keeps to.
_PLACE_CLASS = {"镇": 0, "乡": 0, "街道": 0, "县": 1, "区": 1, "市": 1, "旗": 1}
_PLACE_HEAD = re.compile(rf"[{_CJK}]{{1,4}}?({'|'.join(_PLACE_CLASS)})")


def _places_sharing_rest(norm: str, c: Candidate) -> list[Candidate]:
    """Places listed before a project named after the last of them share the rest of its name (ANNOTATION.md: lists
    sharing a type word): 龙门镇、官桥镇工业集中区 -> 龙门镇工业集中区; 诸福屯镇、新城铺镇、南牛乡污水处理站. The places are
    of one kind (townships, or counties and districts); each item keeps its place's name (the place is inside: locatedIn).
    Not after a type word of kinds (项目, 基地, 平台 …): 谋道镇、柏杨坝镇、汪营镇高山蔬菜基地扩面 and 涿州市、高碑店市灾后重建项目
    speak of each place's works of a kind, no one named thing each."""
    head = _PLACE_HEAD.match(c.name)
    rest = c.name[head.end():] if head else ""
    if not head or not _names_a_shared_rest(rest):
        return []
    return [Candidate(s0, end, "Project", canonical_project(norm[s0:end] + rest), 0)
            for s0, end in _listed_places_of_class(norm, c.start - 1, _PLACE_CLASS[head.group(1)])]


def _listed_places_of_class(norm: str, end: int, kind: int) -> list[tuple[int, int]]:
    """The places of one class of :data:`_PLACE_CLASS` (townships 0; counties, districts and cities 1), by their full
    names, listed before ``end`` (the 、 before a list's last item), nearest first (see :func:`_listed_before`)."""
    def same_kind(s0: int, e: int) -> bool:
        place = _PLACE_HEAD.fullmatch(norm, s0, e)
        return place is not None and _PLACE_CLASS[place.group(1)] == kind

    return _listed_before(norm, end, same_kind)


#: Kinds of area that listed townships each have, named by what they grow or make (特色种养基地, 西瓜产业带, 工业集聚区).
_AREA_KINDS = ("基地", "产业带", "集聚区", "特色小镇")


def _townships_kind_of_area(norm: str, c: Candidate) -> bool:
    """Whether ``c`` is the last of listed townships and an area of a kind after it (what it grows or makes: 古鄯镇、马营镇
    特色种养基地, 车站镇、韩道口镇西瓜产业带, 金沟屯镇、张百湾镇工业集聚区): each township's area of that kind, no named
    one (but 中阳楼街道、崇文街道社区卫生服务中心 are a centre each: see :func:`_places_sharing_rest`)."""
    head = _PLACE_HEAD.match(c.name)
    if head is None or _PLACE_CLASS[head.group(1)] != 0 or not _is_place_name(head.group(0), None):
        return False
    rest = c.name[head.end():]
    kind = next((k for k in _AREA_KINDS if rest.endswith(k)), None)
    if kind is None or not 2 <= len(rest) - len(kind) <= 8 or not _CJK_RUN.fullmatch(rest) or gazetteer().find(rest):
        return False  # (a place in it names one: 琼山荔枝产业园)
    return bool(_listed_places_of_class(norm, c.start - 1, 0))


def _names_a_shared_rest(rest: str) -> bool:
    """Whether ``rest``, what follows the last listed place in a project's name, names a thing each place has: two
    characters or more with a type word in them, not a type word of kinds (项目, 基地, 平台 …)."""
    return (len(rest) >= 2 and _pattern("project", "type_words").search(rest) is not None
            and not rest.endswith(tuple(_rules()["project"]["generic_type_words"])))


def _short_places_sharing_rest(norm: str, c: Candidate) -> list[Candidate]:
    """Counties and cities listed by their short forms before a project named after the last of them share the rest
    of its name: 孝义、汾阳经济开发区 -> 孝义经济开发区 (as :func:`_places_sharing_rest` does for full names; a short rest,
    孝义、汾阳开发区, is a short item's type word)."""
    g = gazetteer()
    found = g.find(c.name)
    if not found or found[0][0] != 0:
        return []
    _, head_end, head = found[0]
    if head.level not in ("city", "county") or head.name == c.name[:head_end]:
        return []  # a full name: see _places_sharing_rest
    rest = c.name[head_end:]
    if not _names_a_shared_rest(rest) or not _CJK_RUN.fullmatch(rest):
        return []  # (and 衢州—余杭、衢州—镇海山海协作产业园: paired parks, see _partner_first)
    if rest[0] in _NUMERALS:
        return []  # 城口、巫溪两县高速公路: a count of places, each its works of a kind

    def short_place(s0: int, end: int) -> bool:
        if not 2 <= end - s0 <= 3 or (s0 > 0 and norm[s0 - 1] in _PARTNER_JOIN):
            return False
        places = g.find(norm[s0:end])
        return (len(places) == 1 and places[0][:2] == (0, end - s0) and places[0][2].level in ("city", "county")
                and places[0][2].name != norm[s0:end])

    return [Candidate(s0, end, "Project", canonical_project(norm[s0:end] + rest), 0)
            for s0, end in _listed_before(norm, c.start - 1, short_place)]


def _listed_before(norm: str, end: int, accept, *, strip: bool = False) -> list[tuple[int, int]]:
    """The items of a 、 list that ends at ``end`` (the 、 before a list's last item), nearest first, while
    ``accept(start, end)`` takes them: each is what :func:`_left_boundary` leaves of the six characters before
    its end (with ``strip``, without its prefixes and what stands before a verb of building in them: 新建城北、同心、
    蒲潭幼儿园, 在团洲乡新建红旗、幸福、东升电排站)."""
    items = []
    while end > 0:
        start = _left_boundary(norm, end, max_len=6)
        if strip:
            start = _after_build_verb(norm, _strip_prefixes(norm, start, end), end)
        if not accept(start, end):
            break
        items.append((start, end))
        if norm[start - 1:start] != "、":
            break
        end = start - 1
    return items


@functools.cache
def _building_verbs() -> tuple[str, ...]:
    """The verbs that build or make (``[project] output_verbs`` and ``build_verbs``), longest first."""
    rules = _rules()["project"]
    return tuple(sorted(dict.fromkeys(rules["output_verbs"] + rules["build_verbs"]), key=len, reverse=True))


def _after_build_verb(norm: str, start: int, end: int) -> int:
    """Where what follows the last verb of building (新建, 扩建, 建设 …) in ``norm[start:end]`` starts, if two
    characters or more follow it (团洲乡新建红旗: 红旗); else ``start``."""
    verbs = _building_verbs()
    return next((k for k in range(end - 2, start, -1) if norm.endswith(verbs, start, k)), start)


def _list_items(norm: str, end: int) -> list[tuple[int, int]]:
    """The 、-separated items that end at ``end`` (right before 等), first item first.

    One pair of quotes around the whole list (“西白忘忧、卮山仙踪”等) or around each item counts."""
    if norm[end - 1:end] in CLOSE_QUOTES:
        q = norm.rfind("“", max(0, end - 60), end - 1)
        if q >= 0 and "、" in norm[q:end]:
            items, pos = [], q + 1
            for part in norm[q + 1:end - 1].split("、"):
                items.append((pos, pos + len(part)))
                pos += len(part) + 1
            return items
    items = []
    while end > 0:
        s0 = end
        if norm[end - 1:end] in CLOSE_QUOTES:
            q = next((i for i in range(end - 2, max(-1, end - 20), -1) if norm[i] in OPEN_QUOTES), None)
            if q is None:
                break
            items.append((q + 1, end - 1))
            s0 = q
        else:
            s0 = _left_boundary(norm, end, max_len=16, name_end=True)
            if s0 == end:
                break
            items.append((s0, end))
        if norm[s0 - 1:s0] == "、":
            end = s0 - 1
        elif norm[s0 - 1:s0] in CLOSE_QUOTES:
            end = s0
        else:
            break
    return items[::-1]


@functools.cache
def _list_kinds() -> tuple[dict[str, str], re.Pattern, int]:
    """(kind word -> entity type, a pattern of every kind word, the longest qualifier allowed)."""
    rules = _rules()["list"]
    types = {w: t for t in ("Project", "Region", "Initiative") for w in rules[f"{t.lower()}_kinds"]}
    return types, _alternation(types), max(rules["max_qualifier"].values())


def _chain_of_spans(ends: dict[int, set[int]], start: int, end: int) -> bool:
    """Whether spans (``ends``: their ends by their start) follow one another from ``start`` to ``end`` exactly: a place
    or a chain of places."""
    todo = [start]
    while todo:
        at = todo.pop()
        if at == end:
            return True
        todo.extend(e for e in ends.get(at, ()) if e <= end)
    return False


#: Verbs of bringing projects in: a list of them that follows names the projects' trades (招引氢能装备、固态电池等项目).
_BRINGING_IN = ("引进", "招引", "引入", "签约", "招商")


def _list_candidates(norm: str, regions: list[Candidate]) -> list[Candidate]:
    rules = _rules()["list"]
    kind_types, kind_re, longest = _list_kinds()
    followers = tuple(rules["kind_followers"])
    region_ends: dict[int, set[int]] = {}
    for c in regions:
        if c.place_id:
            region_ends.setdefault(c.start, set()).add(c.end)
    generic = set(_rules()["project"]["generic_cores"])
    out: list[Candidate] = []
    for m in re.finditer("等", norm):
        if norm[m.start() - 1:m.end()] in _common_words():
            continue  # 高等学校, 平等
        pos = m.end()
        count = _LIST_COUNT.match(norm, pos)
        if count:
            pos = count.end()
        kind = None
        for k in kind_re.finditer(norm, pos, min(len(norm), pos + longest + 5)):
            if k.start() - pos > longest or _NOT_HAN.search(norm, pos, k.start()):
                break
            nxt = norm[k.end():k.end() + 1]
            if not nxt or not _CJK_CHAR.match(nxt) or norm.startswith(followers, k.end()):
                kind = k
                break
        if kind is None:
            continue
        word = kind.group(0)
        rtype = kind_types[word]
        if kind.start() - pos > rules["max_qualifier"][rtype]:
            continue  # 土地、金融、用能等资源要素配置改革: a long qualifier says the items are fields
        if rtype == "Project" and word == "工程" and not _physical_works(norm[pos:kind.start()]):
            continue  # 等十大工程: programmes
        items = _list_items(norm, m.start())
        brought = items and norm.endswith(_BRINGING_IN, 0, items[0][0])
        for s0, e0 in items:
            s0 = _strip_prefixes(norm, s0, e0)
            item = norm[s0:e0]
            if brought and rtype == "Project" and not _pattern("project", "type_words").search(item):
                continue  # 引进稀土永磁电机、储能电池等项目: the trades of the projects brought in, none named
            if (
                not (4 if rtype == "Initiative" else 2) <= len(item) <= 16
                or item in generic
                or not _NAME_RUN.fullmatch(item)
                or _COUNT_OF_ITEMS.search(item)
                or item in _common_words()
                or (len(item) <= 4 and _covered_by_common_words(item))
                or _chain_of_spans(region_ends, s0, e0)  # 洪湖市瞿家湾镇、荆州区纪南镇等特色小镇: places
            ):
                continue
            if rtype == "Region":
                if len(item) > 4 or item.endswith(("村", "社区", "镇", "乡", "街道")):
                    continue
                suffix = "自然村" if word == "自然村" else "社区" if word == "社区" else "村"
                out.append(Candidate(s0, e0, "Region", item + suffix, 2))
            elif rtype == "Project":
                out.append(Candidate(s0, e0, "Project", canonical_project(item), 5))
            else:
                out.append(Candidate(s0, e0, "Initiative", canonical_initiative(item), 4))
    out += _counted_list_candidates(norm)
    return out


#: A 、-list, then its count and a measure word: 西团、刘庄、白驹三座污水处理厂; 江安、长宁、兴文三个经济开发区; 腊山、吴家堡、
#: 美里湖3所小学.
_COUNTED_LIST = re.compile(rf"((?:[{_CJK}]{{2,8}}、)+[{_CJK}]{{2,8}})(?:[和及])?([两二三四五六七八九十2-9])(个|座|所|家|条|处|大)")
_COUNT_VALUE = {ch: i for i, ch in enumerate("一二三四五六七八九十", start=1)} | {"两": 2} | {str(i): i for i in range(2, 10)}


def _counted_list_candidates(norm: str) -> list[Candidate]:
    """The items of a counted list sharing a project type word, each named with it (ANNOTATION.md: lists
    sharing a type word): 推动江安、长宁、兴文三个经济开发区提档升级 -> 江安经济开发区, 长宁经济开发区, 兴文经济开发区.
    An item is a project also where it is a place's name (the place is then inside the name: locatedIn). The
    count must be the number of items, and the kind a type word within a few characters."""
    type_re = _pattern("project", "type_words")
    rules = _rules()["project"]
    verbs = _building_verbs()
    uncounted_ends = ("第", "的", *verbs)
    out: list[Candidate] = []
    for m in _listed_matches(_COUNTED_LIST, norm):
        items = m.group(1).split("、")
        if len(items) != _COUNT_VALUE[m.group(2)] or items[-1].endswith(uncounted_ends):
            continue  # 龙山镇、城西新区第二所幼儿园: an ordinal, not a count; 新繁街道、清流镇、军屯镇的3个…项目: the
            # places' projects, a kind of each; 在羊街镇、功山镇、河口镇建设三个…基地: where they are built
        if m.group(3) == "大" and not any(gazetteer().names_a_division(item) for item in items[1:]):
            continue  # 风机整机、储能系统、绿色氢氨三大生产基地: kinds (but 望春、集士港、高桥三大产业园 are places' parks)
        # the type word that ends the kind (三所中心学校: 学校, not 中心), else the first
        kinds = [k for k in type_re.finditer(norm, m.end(), m.end() + 10)
                 if k.start() - m.end() <= 8 and _CJK_RUN.fullmatch(norm[m.end():k.end()])]
        kind = next((k for k in reversed(kinds) if not _CJK_CHAR.match(norm[k.end():k.end() + 1])),
                    kinds[0] if kinds else None)
        if kind is None or norm[kind.end():kind.end() + 1] in ("镇", "乡", "村", "县", "市"):
            continue  # 尚义镇、多悦镇、思蒙镇三个省级百强中心镇: places of a kind (a title), no facility
        phrase = norm[m.end():kind.end()]
        if _LOW_LEVEL.search(phrase[:2]):
            continue  # 姚家乡、莲荷乡、司铺乡三所乡级敬老院: the townships' facilities of a kind, none named
        if kind.group(0) == "工程" or (phrase == kind.group(0) and phrase in rules["generic_type_words"]):
            continue  # 三大工程: programmes; 综治工作、市场监管…四个平台: kinds of work (but 三个产业园 are parks)
        if (m.group(3) == "个" and phrase.startswith(("村", "镇", "乡", "社区", "街道"))) or (
                kind.group(0) in rules["generic_type_words"] and not _INSTITUTION.search(phrase)
                and all(_full_name_of(item, _DIVISION_LEVELS) for item in items[1:])) or (
                all(_full_name_of(item, ("town",)) for item in items[1:])):
            continue  # 凡岭脚村、吴宅村、大黄岭头村3个村…项目 counts villages (两所社区卫生服务中心 counts institutions);
            # 羊街镇、功山镇、河口镇三个万亩蔬菜基地: each place's works of a kind (红沙岗、西渠两大新能源基地: short forms
            # name the bases); townships written whole count each one's facility of a kind (石滩镇、中新镇、派潭镇
            # 三所九年一贯制学校, 沙窝镇、吴陈河镇、苏河镇三个茶叶加工园区)
        end0 = m.start() + len(items[0])  # where the first item ends
        verb = next((v for v in verbs if norm.startswith(v, m.start())), "")
        if verb and len(items[0]) - len(verb) >= 2:
            pos = m.start() + len(verb)  # 新建和平里、东直门…: the first item is all after the verb (和 is no stop there)
            while (more := next((v for v in verbs if norm.startswith(v, pos)), "")) and end0 - pos - len(more) >= 2:
                pos += len(more)  # 开工建设泰伯、星湖…: two verbs
        else:
            pos = _left_boundary(norm, end0, max_len=6)
            if _window_ran_out(norm, pos, end0, 6):
                # 加快建设新能源汽车零部件、绿色食品两个产业园: a first item longer than the window ends where a wider
                # one finds a stop (a verb), not inside its run
                wider = _left_boundary(norm, end0, max_len=10)
                if not _window_ran_out(norm, wider, end0, 10):
                    pos = wider
            # 辽宁建平经济开发区新型建材、钼精深加工两个产业园: the zone's parks; its name is no part of the first item
            pos = max([pos, *(t.end() for t in type_re.finditer(norm, max(0, pos - 6), end0 - 2)
                              if len(t.group(0)) >= 2)])
            # 新建西团、刘庄…, 在十八台镇新建宏福、瑞丰两个…: the verb and what comes before it are no part of the first item
            pos = max([pos, *(p + len(v) for p in range(pos, end0 - 2) for v in verbs
                              if norm.startswith(v, p) and end0 - p - len(v) >= 2)])
        items[0] = norm[pos:end0]
        # items of everyday words name kinds (综治工作、市场监管…四个平台), unless another item is a name: then all are
        # names (城北、同心、蒲潭三所幼儿园); or unless they are counted parks, each a park of its industry (绿色建材、
        # 食品饮料、新型纺织三个产业园)
        everyday = [item in _common_words() or _covered_by_common_words(item) for item in items]
        parks = m.group(3) != "大" and phrase.endswith(("园", "园区"))
        for item, common in zip(items, everyday):
            if len(item) >= 2 and (not common or not all(everyday) or parks) and item not in rules["generic_cores"]:
                # an item named whole as one of the kind (鱼洞第二小学、龙洲湾实验中学两所学校) keeps its name
                name = item if item.endswith(_INSTANCES_OF.get(phrase, ())) else item + phrase
                out.append(Candidate(pos, pos + len(item), "Project", canonical_project(name), 0))
            pos += len(item) + 1
    return out


#: A counted list's kind, and the endings of names of its instances: 两所学校 counts a 小学 and a 中学 by their names.
_INSTANCES_OF = {"学校": tuple(end for end, kind in _FACILITY_KINDS if kind in ("school", "college", "kindergarten")),
                 "医院": tuple(end for end, kind in _FACILITY_KINDS if kind == "hospital")}


# -- candidates: enterprises -------------------------------------------------------------


def _place_and_brand(norm: str, start: int, suffix_start: int, stops: dict) -> int:
    """Where a firm's legal name starts when 和 stopped it: at the short form of a province or city written right
    before 和 (湖南和泰鸭业食品有限公司: the brand 和泰 in Hunan), unless a place opens what follows 和 (上海和天津港…:
    two places). A full name before 和 (湖南省和…) is one of two partners. Else ``start``."""
    window = 5  # the longest short form of a province or city (黑龙江, 内蒙古) and a margin
    before = _left_boundary(norm, start - 1, max_len=window, stops=stops)
    place = norm[before:start - 1]
    if (len(place) >= 2 and not _window_ran_out(norm, before, start - 1, window)
            and any(p.level in ("province", "city") and place == p.short != p.name
                    for p in gazetteer().candidates(place))
            and not _opens_with_place(norm[start:suffix_start])):
        return before
    return start


def _past_place_over_stop(norm: str, start: int, ctx: Place | None, stops: dict) -> int:
    """Where a firm's name starts whose left context stopped at a character of a place's name that ends right there
    (民和河湟文旅发展有限公司: 和 of 民和, the county's short form in its province): where the left context does before
    the place, if only places stand there (not 农民和…有限公司: 农 is no place). Else ``start``."""
    if not start or not _CJK_CHAR.match(norm, start - 1):
        return start
    window = max(0, start - 6)
    found = gazetteer().find(norm[window:start], context=ctx)
    if found and found[-1][1] == start - window and found[-1][1] - found[-1][0] >= 2:
        place = window + found[-1][0]
    else:
        # 诸暨市恒泰纺织机械有限公司: the stop (暨) is inside a place's full name that runs on past it
        across = [s for s, e, _ in gazetteer().find(norm[window:start + 3], context=ctx)
                  if s < start - window < e and e - s >= 3]
        if not across:
            return start
        place = window + across[0]
    left = _left_boundary(norm, place, max_len=10, stops=stops)
    return left if left == place or _places_only(norm[left:place], ctx) else start


#: A trade alone, no firm's name: 酒业, 木业 (of 两相和酒业有限公司).
_TRADE_ONLY = re.compile(f"[{_CJK}]业")
#: Stops before a firm's name that firms' names hold too: before a trade alone (联合造船有限责任公司) they are the name's.
_FIRM_WORD_STOPS = ("联合",)


def _enterprise_candidates(norm: str, ctx: Place | None = None) -> list[Candidate]:
    rules = _rules()["enterprise"]
    stop = set(rules["stop_words"])
    weak = set(rules["weak_suffixes"])
    gov = tuple(rules["government_words"])
    gov_of_firms = tuple(w for w in gov if w not in rules["institution_trades"])
    relations = tuple(rules["relation_endings"])
    out: list[Candidate] = []
    estops = _enterprise_stops()
    for m in _pattern("enterprise", "suffixes").finditer(norm):
        if m.group(0) in weak or (m.end() < len(norm) and norm[m.start():m.end() + 1] in _common_words()):
            continue  # (五金城集团股份制改造: 股份制, a form of ownership)
        start = _left_boundary(norm, m.start(), max_len=24, stops=estops)
        if m.group(0) in ("分行", "支行") and "银行" not in norm[start:m.start()]:
            continue  # a bank's branch (中国银行宁波市分行), not 细分行业
        stop_len = 2 if norm.endswith(_FIRM_WORD_STOPS, 0, start) else 1  # of the stop before the name
        group = norm.endswith("企业", 0, start) and norm.startswith("集团", start)  # 山东鲁北企业集团总公司
        if group:
            stop_len = 2
        if (norm[start - 1:start] in _soft_stops() or norm[start - 1:start] in ("的", "和") or stop_len == 2) \
                and (group or _covered_by_common_words(norm[start:m.start()])
                     or _TRADE_ONLY.fullmatch(norm, start, m.start())):
            # 华为技术有限公司, not 技术有限公司; 美的集团股份有限公司, not 集团股份有限公司; 江苏华和新材料科技有限公司,
            # 江苏汤沟两相和酒业有限公司; 江西江州联合造船有限责任公司, not 造船有限责任公司
            wider = _left_boundary(norm, start - stop_len, max_len=24, stops=estops)
            if (wider < start - stop_len and not _covered_by_common_words(norm[wider:m.start()])
                    and not norm.startswith(_GENERIC_OPENERS, wider)):
                start = wider
        if norm[start - 1:start] == "和" and m.group(0).endswith(("有限公司", "有限责任公司")):
            start = _place_and_brand(norm, start, m.start(), estops)
        start = _past_place_over_stop(norm, start, ctx, estops)
        count = None
        for count in _COUNT.finditer(norm, start, m.start()):
            pass
        if count is not None:
            start = count.end()  # 6家银行, 三家文创公司: a count of firms, not a name
        start = _past_site_before_firm(norm, start, m.start())
        name = _unquote(norm[start:m.end()])
        core = name[:-len(m.group(0))]
        bureau_free = _BUREAU.sub("", core)
        if "集团" in m.group(0):
            bureau_free = bureau_free.replace("局", "")
        legal = m.group(0).endswith(("有限公司", "有限责任公司"))
        if name in stop or len(core) < 2 or name.endswith(relations) or any(
                w in bureau_free for w in (gov_of_firms if legal else gov)):
            continue  # a numbered bureau is a state builder (中国建筑第八工程局有限公司), no body of government; nor is
            # a bureau's group (中国铁路上海局集团有限公司, 招商局集团): no bureau of government is a 集团; a limited
            # company in education or care is a firm (紫光摩度教育科技有限公司, not 鄞州区教育集团)
        if core in _common_words() or (len(core) <= (3 if legal else 4) and _covered_by_common_words(core)):
            continue  # 跨国公司, 上市公司: a kind of firm (东风汽车股份有限公司, 美的集团股份有限公司 are firms)
        out.append(Candidate(start, m.end(), "Enterprise", name, 3))
    # a short name before what only a firm does: 长电科技投资的…项目, 由中建七局承建, 宁德时代旗下; before an
    # investment with its amount (隆基绿能投资53亿元, 华为计划投资10亿元), or joined to a firm's partner by 与 before a
    # joint investment (…与川发龙蟒共同投资): what regions, villages and governments also do is ruled out by the name
    def acts_as_firm(name: str, invests: bool) -> bool:
        if invests and (name.endswith(_INVESTOR_NOT_FIRM) or _VILLAGES_INVEST.search(name)):
            return False
        return _short_firm_name(name) and not _is_place_name(name, ctx) and not _places_only(name, ctx)

    actor = _actor_cues()
    for cue in (actor, _FIRM_INVESTS, _PARTNER_INVESTS, _INVESTS_THERE):
        for m in cue.finditer(norm):
            start = _left_boundary(norm, m.start(), max_len=10, stops=estops)
            name = norm[start:m.start()]
            if cue is _PARTNER_INVESTS and norm[start - 1:start] != "与":
                continue
            if norm[start - 1:start] == "在":
                continue  # …有限公司在甘州区党寨镇投资建设的: where the firm builds, no firm
            if cue is actor and any(s == 0 and e > len(m.group(0))
                                    for s, e, _ in gazetteer().find(norm[m.start():m.start() + 8], context=ctx)):
                continue  # 马盖图村至旗下营镇: the cue opens a place's name (旗下营镇), no firm does anything
            if _window_ran_out(norm, start, m.start(), 10):
                continue  # …在新平彝族傣族自治县戛洒镇投资建设: no short name
            if not acts_as_firm(name, invests=cue is not actor):
                continue
            out.append(Candidate(start, m.start(), "Enterprise", name, 3))
            if cue is _PARTNER_INVESTS:  # and the firm it partners: 吉林化纤与中复神鹰共同投资
                first = _left_boundary(norm, start - 1, max_len=10, stops=estops)
                other = norm[first:start - 1]
                if not _ends_legally(other) and acts_as_firm(other, invests=True):
                    out.append(Candidate(first, start - 1, "Enterprise", other, 3))
    # a short name that signs with a government or a zone (京能国际与乐陵市签约, 市政府与中国石油签署…): the other party
    # of a region, a government body or a development zone is a firm where nothing else rules it out
    for m in _SIGNS_WITH.finditer(norm):
        start = _left_boundary(norm, m.start(), max_len=10, stops=estops)
        left, right = norm[start:m.start()], m.group("party")
        if _government_party(right, ctx):
            if left and _may_sign_as_firm(left) and acts_as_firm(left, invests=True):
                out.append(Candidate(start, m.start(), "Enterprise", left, 3))
        elif ((_government_party(left, ctx) or _OUR_GOVERNMENT.fullmatch(norm, max(0, m.start() - 2), m.start()))
              and _may_sign_as_firm(right) and not right.endswith(_NOT_FIRM_PARTIES)
              and acts_as_firm(right, invests=True)):
            out.append(Candidate(m.start("party"), m.end("party"), "Enterprise", right, 3))
    # lists that end in 等…企业: 三思光电、杭机股份、苏州赛伍、百川导体等新兴产业领域的龙头骨干企业
    cues = _pattern("enterprise", "list_cues")
    for m in re.finditer(r"等", norm):
        window = norm[m.end():m.end() + 16]
        cue = cues.search(window)
        if not cue or re.search(r"[,，。;；]", window[:cue.start()]) or window.startswith("地"):
            continue  # (与上海市、江苏省苏州市等地企业签约: the firms of those places, not firms named so)
        items, end = [], m.start()
        while True:
            s = _left_boundary(norm, end, max_len=10, name_end=True, stops=estops)
            if _ends_legally(norm[s:end]):  # a firm's full legal name may be longer
                s = _left_boundary(norm, end, max_len=24, name_end=True, stops=estops)
            items.append((s, end))
            if s > 0 and norm[s - 1] == "、":
                end = s - 1
                continue
            break
        s, e = items[-1]
        if norm.startswith("以", s) and e - s > 2 and norm.startswith("为", m.end() + cue.end()):
            items[-1] = (s + 1, e)  # 以史丹利、金正大等龙头企业为引领: 以…为 frames the list
        # firms for sure: with a legal form, or well known (腾讯、阿里巴巴、小米、唯品会等头部企业: 小米 is a firm there)
        sure = [(s, e) for s, e in items if _ends_legally(norm[s:e]) or _known_firms().fullmatch(norm, s, e)]
        if not sure and (any(_covered_by_common_words(norm[s:e]) for s, e in items)
                         or _LINKS_OF_A_CHAIN.search(window, 0, cue.start())):
            continue  # 花卉、杨梅、瓯柑等农业龙头企业; 负极材料、石墨烯等下游企业: a list of sectors, not of firms
        names = [
            (s, e) for s, e in items
            if 2 <= e - s <= 8 and norm[s:e] not in stop and _NAME_RUN.fullmatch(norm[s:e])
        ]
        if len(items) < 2 or len(set(names) | set(sure)) < 2 or not names:
            continue  # a firm with its legal form (福耀玻璃工业集团股份有限公司、中景石化等企业) counts, found above
        for s, e in names:
            out.append(Candidate(s, e, "Enterprise", norm[s:e], 4))
    # well-known firms by their usual short names (中国石化, 比亚迪), where the name is a word of its own: not where its
    # first character ends the word before it or its last opens the word after it (全国投资 holds no 国投)
    common = _common_words()
    for m in _known_firms().finditer(norm):
        s, e = m.span()
        if (s and norm[s - 1:s + 1] in common) or norm[e - 1:e + 1] in common:
            continue
        out.append(Candidate(s, e, "Enterprise", m.group(0), 4, known=True))
    return out


#: A site's ending before a firm's name that opens with its province or city: 舟山绿色石化基地浙江石油化工有限公司.
_SITE_BEFORE_FIRM = re.compile("(?:基地|园区|产业园|工业园|开发区|高新区|新区|港区)")


def _past_site_before_firm(norm: str, start: int, suffix_start: int) -> int:
    """Where a firm's name starts when a site's name comes right before it (舟山绿色石化基地浙江石油化工有限公司: the
    firm is 浙江石油化工有限公司, at the base): after the site's ending, where a province or city opens the rest."""
    for site in reversed(list(_SITE_BEFORE_FIRM.finditer(norm, start, suffix_start))):
        rest = norm[site.end():suffix_start]
        if len(rest) >= 2 and any(s == 0 and p.level in ("province", "city") for s, _, p in gazetteer().find(rest)):
            return site.end()
    return start


#: Between 等 and 企业: firms named by their link of a chain (光伏玻璃、电池片等配套企业; 负极材料、石墨烯等下游企业).
_LINKS_OF_A_CHAIN = re.compile("配套|上游|下游")


@functools.cache
def _actor_cues() -> re.Pattern:
    """What only a firm does, right after its short name (长电科技投资的, 由中建七局承建), after an adverb of the investing
    that is no part of the name (惠科股份追加投资的)."""
    return re.compile("|".join(_optional_before(_INVEST_ADVERBS.split("|"), [_pattern("enterprise", "actor_cues").pattern])))


@functools.cache
def _known_firms() -> re.Pattern:
    """The short names of ``known_firms.tsv``, longest first."""
    return _alternation(load_wordlist("known_firms.tsv"))


def _generic_pair(core: str, generic: set[str]) -> bool:
    """Whether ``core`` is two generic cores joined by 及, 和 or 与 (援藏及招商引资项目: two kinds of projects, no name)."""
    parts = _JOINED.split(core)
    return len(parts) == 2 and all(part in generic for part in parts)


def _facility_works(core: str) -> bool:
    """Whether ``core`` is a named facility and the works on it (小庙镇中心学校新建 before 工程, 龙江县城南环路新建): the
    works word (新建, 续建) ends a kind of project (新建项目) only where no facility's or road's name comes before it."""
    works = next((w for w in ("新建", "续建") if core.endswith(w)), None)
    if works is None:
        return False
    return _named_one_of(core[: -len(works)], _works_sites())


@functools.cache
def _works_sites() -> frozenset[str]:
    """What works (新建, 续建) are done on, by its last word: the project type words and the road words."""
    return frozenset((*_project_type_words(), *_road_words()))


@functools.cache
def _project_type_words() -> tuple[str, ...]:
    return tuple(_rules()["project"]["type_words"])


#: Numbered bureaus of the state builders are firms: 中建三局, 中铁十一局, 中交二航局 (of harbour works), 中交一公局 (of
#: roads) (a government bureau has no number).
_NUMBERED_BUREAU = re.compile(f"[{_CJK}]{{2,4}}?[一二三四五六七八九十]{{1,3}}[航公]?局")
#: The numbered bureau inside a firm's legal name: 中国建筑第八工程局有限公司, 中铁十一局集团有限公司,
#: 中交第二航务工程局有限公司, 中交第一公路工程局有限公司.
_BUREAU = re.compile("[一二三四五六七八九十]{1,3}(?:(?:航务|公路)?工程)?局")


def _legal_core(name: str) -> str:
    """A firm's name without its legal forms: 雅戈尔集团股份有限公司 -> 雅戈尔."""
    forms = _legal_forms()
    while (form := next((f for f in forms if name.endswith(f) and len(name) > len(f)), None)) is not None:
        name = name[: -len(form)]
    return name


@functools.cache
def _legal_forms() -> tuple[str, ...]:
    rules = _rules()["enterprise"]
    return tuple(s for s in rules["suffixes"] if s not in rules["weak_suffixes"])


def _ends_legally(name: str) -> bool:
    """The name ends in a firm's legal form (有限公司, 集团, 股份 …; not the weak ones such as 科技)."""
    return any(name.endswith(s) and len(name) > len(s) + 1 for s in _legal_forms())


#: Adverbs of a firm's investing, between its name and the verb: 华为计划投资, 惠科股份追加投资的.
_INVEST_ADVERBS = "计划|拟|将|再次|再|追加|新增|继续"
_FIRM_INVESTS = re.compile("|".join(_optional_before(_INVEST_ADVERBS.split("|"),
                                                     [f"{verb}[0-9.]+多?[亿万]" for verb in ("投资", "出资")])))
#: Words before a verb of investing that make the parties named before it invest together.
_TOGETHER = ("共同", "合资", "联合")
_PARTNER_INVESTS = re.compile(f"(?:{'|'.join(_TOGETHER)})(?:投资|出资|建设|投建|兴建|打造)")
#: Where a firm invests, between its short name and what only a firm does: 宁德时代在福鼎工业园区投资建设的…项目,
#: 金山云将在…产业园区投资建设, 中国能建还将在…投资建设, 一汽富维在九台经开区建设的…项目, 玖龙纸业拟在珞璜镇投资35亿元.
_INVESTS_THERE = re.compile("|".join(_optional_before(["还", "也", "又"], _optional_before(
    ["将", "拟", "计划"], [f"在[^，,；;：:。、]{{2,16}}?(?:{_INVEST_BUILDS}|投资的|建设的|投资[0-9.]+多?[亿万])"]))))
#: A firm's agreement with a government: (X公司)与Y(人民政府)签订合作协议, 签约, 签署投资协议.
_SIGNS = re.compile("签(?:订|署|约)")
#: Two parties that sign: 京能国际与乐陵市签约, 市政府与中国石油签署战略合作协议 (the party after 与 is the group).
_SIGNS_WITH = re.compile(f"[与同](?P<party>[{_CJK}A-Za-z0-9]{{2,12}}?)(?:正式|成功|现场|集中|顺利|分别)?{_SIGNS.pattern}")
#: Endings of a party that signs with a government and is no firm: 上海交大, 中科院, 考察团, 投资方, 客商, and a
#: cooperation (石泉县产业合作签约) (universities and bodies of government are ruled out by the enterprise rules'
#: government and institution words).
_NOT_FIRM_PARTIES = ("大", "院", "校", "所", "会", "团", "组", "方", "商", "家", "部", "委", "办", "处", "站", "队", "企业", "单位", "代表", "合作", "协作")
#: Endings of what signs as a government: 人民政府, 管委会, 经开区 (a zone's administration).
_GOVERNMENT_PARTIES = ("政府", "管委会", "开发区", "高新区", "经开区", "新区", "园区", "试验区", "示范区")
#: The government that speaks: 我市, 本县.
_OUR_GOVERNMENT = re.compile("[我本][省市县区旗州盟镇乡]")


def _government_party(name: str, ctx: Place | None) -> bool:
    """``name`` signs as a government: a place, a government body or a development zone (乐陵市, 市政府, 我县, 开发区)."""
    return bool(name) and (name.endswith(_GOVERNMENT_PARTIES) or _OUR_GOVERNMENT.fullmatch(name) is not None
                           or _places_only(name, ctx))


def _may_sign_as_firm(name: str) -> bool:
    """``name``, a party that signs, may be a firm's short name: it has no legal form (those are found by it), and
    ends in no adverb (长寿区还与…签订, 近期已与…签署, 乌兰察布市还签署), in no place's suffix (中山市小榄镇与…) and in no
    name of a science city (武汉光谷生物城与仙桃高新区签订)."""
    return not _ends_legally(name) and name[-1] not in "还也已将都又再均并曾正先省市县区旗州盟镇乡村城"


#: Endings of what invests an amount without being a firm: 项目总, 累计, 全年共 …; works, whose investment it is
#: (保城镇、什玲镇完成城镇污水管网改造投资1.3亿元); and the partners of a cooperation (锡互两地在…投资建设).
_INVESTOR_NOT_FIRM = ("总", "共", "累计", "合计", "年", "月", "期", "亿元", "万元", "项目",
                      "改造", "建设", "工程", "整治", "提升", "扩建", "新建", "两地", "三地", "双方", "三方", "各方")
#: Villages invest too (岭下汤村投资1600多万元, 茶山4个村投资90.3万元): a name with 村, 社区 or a count is not a firm's.
_VILLAGES_INVEST = re.compile(f"村|社区|[0-9{_NUMERALS}]+个")


def _is_place_name(text: str, ctx: Place | None) -> bool:
    """``text`` is, whole, the name of a place the report's region gives a scope to (京津冀, 义乌)."""
    return _place_named(text, ctx) is not None


def _places_only(text: str, ctx: Place | None, *, macro: bool = True, skip: tuple[str, ...] = ()) -> bool:
    """``text`` is places written one after another, nothing else (遂宁市射洪市); without ``macro``, none of them a
    macro-region; ``skip``: as in :meth:`kg.gazetteer.Gazetteer.find`."""
    g = gazetteer()
    if not any(g.names_a_place(text[k:]) for k in range(len(text))):
        return False  # the last place would end the text: most texts end in no place's name (no look-up needed)
    end, prev = 0, None
    for s, e, place in g.find(text, context=ctx, skip=skip):
        if s != end or (not macro and place.level == "macro") or _new_area_of_other(place, prev):
            return False
        end, prev = e, place
    return end == len(text)


def _new_area_of_other(place: Place, before: Place | None) -> bool:
    """Whether ``place`` is a district named 新区 written right after a county it has nothing to do with: the
    county's own new area of that name, a zone (阳西县滨海新区 is no 天津 滨海新区). After a city or province it is
    the national new area (眉山天府新区, which the tables list in 成都市)."""
    g = gazetteer()
    return (before is not None and before.level == "county" and place.name.endswith("新区")
            and not g.is_within(place, before) and not g.is_within(before, place))


def _place_named(text: str, ctx: Place | None) -> Place | None:
    """The place that ``text``, whole, names where the report's region gives it a scope, or None."""
    return next((p for s, e, p in gazetteer().find(text, context=ctx) if s == 0 and e == len(text)), None)


#: What opens a generic subject, not a firm's name: 全市, 我们, 本地, 该公司, 这是, 此次, 双方.
_GENERIC_OPENERS = ("全", "我", "本", "该", "各", "其", "这", "那", "此", "双方")


def _short_firm_name(name: str) -> bool:
    """``name`` may be a firm's short name where the text says it acts as a firm: not a body of government,
    not everyday words (社会资本, 项目), not a generic subject (全市, 我们). Callers rule out places."""
    rules = _rules()["enterprise"]
    if not 2 <= len(name) <= 10 or not _NAME_RUN.fullmatch(name) or name[0].isdigit():
        return False
    if name in rules["stop_words"] or name.startswith(_GENERIC_OPENERS):
        return False
    if any(w in name for w in rules["government_words"] + rules["institution_words"]) and not _NUMBERED_BUREAU.fullmatch(name):
        return False
    if name.endswith(_GROUP_WORDS) and len(name) >= 4:
        return True  # everyday words before 集团 or 股份 name a firm (森林集团, 骆驼集团); kinds are stop words (企业集团)
    # 长寿经开区投资建设…: a zone (经开区, 高新区, 保税区; zone_type_words end in 区 or are type words) or a district
    # builds, no firm; 以EPC方式承建: how it is built (a manner, 方式 or 模式), not who builds it; 侨胞回乡投资的: people
    # who come home to invest
    return not (name in _common_words() or _covered_by_common_words(name) or name.endswith(_project_type_words())
                or name.endswith(("区", "方式", "模式", "回乡", "返乡")))


#: Endings that make a firm of everyday words before them (森林集团, 骆驼股份), where a sector's ending does not (信息科技).
_GROUP_WORDS = ("集团", "股份")


# -- candidates: persons ---------------------------------------------------------------------


_FOLLOWERS = ("各位", "在", "同志", "共同", "一同", "一起", "率", "推介", "先后", "赴", "等", "、", "的", "说", "表示", "指出", "强调", "一行", "主持", "出席", "代表", "作", "向", "到", "对", "为", "和", "与", "及", "介绍", "致辞", "讲话", "调研", "会见", "宣布", "参加", "率队", "带队", "透露", "见证", "陪同", "考察", "视察", "察看", "宣读", "已", "牵头", "带领", "领衔")


#: Words after a name of one character that no given name ends with (作 in 李刚作推介, 等 in 李刚等出席).
_VERB_AFTER_NAME = "作等的说向到对赴率在"

_DOTTED_NAME = re.compile(rf"[{_CJK}]{{1,8}}(?:[·•][{_CJK}]{{1,8}}){{1,2}}")


def _person_name_at(norm: str, pos: int, *, any_surname: bool = False) -> int | None:
    """Length of a 2- or 3-character personal name starting at ``pos``, or of a name of the minorities
    written in parts joined by a middle dot (阿不都热依木·吐尔逊), or None. With ``any_surname`` (after a title
    that stands as one), a name whose first character is no surname of the list is taken where punctuation
    ends it."""
    dotted = _DOTTED_NAME.match(norm, pos)
    if dotted:
        # the last part ends where a word after names begins (买买提江·吐尔逊出席), or else where the text does
        last = max(norm.rfind("·", pos, dotted.end()), norm.rfind("•", pos, dotted.end())) + 1
        end = next((k for k in range(last + 2, dotted.end()) if norm.startswith(_FOLLOWERS, k)), dotted.end())
        if end < dotted.end() or not _CJK_CHAR.match(norm, end):
            return end - pos
    if pos >= len(norm) or norm[pos] not in _surnames():
        return _speaker_name_at(norm, pos) or (_unknown_surname_name_at(norm, pos) if any_surname else None)
    stop = _rules()["person"]["stop_words"]
    for length in (3, 2):
        name = norm[pos:pos + length]
        if len(name) < length or not _CJK_RUN.fullmatch(name) or any(w in name for w in stop):
            continue
        if name in _common_words():
            continue  # 市县长项目: 项 is a surname, 项目 is a word
        after = norm[pos + length:pos + length + 2]
        if not after or not _CJK_CHAR.match(after[0]) or after.startswith(_FOLLOWERS):
            if length == 3 and name[2] in _VERB_AFTER_NAME and after.startswith(_FOLLOWERS):
                continue  # 市长李刚作推介: 作 is the verb after a two-character name (李刚和 may be a name)
            return length
    # names of four or five characters, as Mongolian and Tibetan names are written without a dot (旗长乌云毕力格致辞,
    # 县长 才让东智): where the name ends is said by what follows, and nothing inside it is a word after a name
    for length in (5, 4):
        name = norm[pos:pos + length]
        if (len(name) == length and _CJK_RUN.fullmatch(name) and _ends_name(norm, pos + length)
                and _no_word_inside(name, followers_from=2)):
            return length
    return _speaker_name_at(norm, pos)


#: The last characters of posts (市长, 组长, 书记, 主任, 助理, 委员) and 任 (takes a post): four or five characters after a
#: title holding one are a post and a name or a post being taken (区长李洪出席, 县长任双组长), not a long name.
_TITLE_INSIDE = re.compile("[长记任理员]")

#: What may follow a name of four or five characters: the end, a punctuation mark or a line break.
_NAME_END = re.compile(r"$|[、，,。；;：:！!？?）)\s]")


def _unknown_surname_name_at(norm: str, pos: int) -> int | None:
    """Length of a name of two to five characters after a title whose first character is no surname of the list,
    as Tibetan and Mongolian names are (市委书记旺堆，市长达瓦次仁，): only where a punctuation mark or a speaker's
    act (致辞, 表示) ends it and nothing inside it is a word, a post or a word that follows names."""
    for length in range(2, 6):
        name = norm[pos:pos + length]
        if len(name) < length or not _CJK_RUN.fullmatch(name):
            return None
        if ((_NAME_END.match(norm, pos + length) and norm[pos + length:pos + length + 1].strip())
                or norm.startswith(_SPEECH_AFTER_NAME, pos + length) or _SPEAKS_AT.match(norm, pos + length)):
            return length if _no_word_inside(name, followers_from=1) else None
    return None


#: What a speaker does right after the name, which ends a name of unknown surname as punctuation does (县长扎西次仁在
#: 致辞中介绍).
_SPEECH_AFTER_NAME = ("在致辞", "在讲话", "在会上", "致辞", "讲话", "表示", "指出", "强调", "介绍", "出席", "主持")
#: Where the speaker speaks, then the act (县长次仁旺堆在开工仪式上介绍, 在签约仪式上致辞), which ends such a name too.
_SPEAKS_AT = re.compile("在[^，,。；;：:、]{1,10}?上(?:致辞|讲话|介绍|表示|指出|强调)")


def _no_word_inside(name: str, *, followers_from: int) -> bool:
    """Whether ``name``, read as a long or unknown-surname name, holds no word: no stop word (热线, 主持), not everyday
    words only, no post's last character (_TITLE_INSIDE), no word after names from ``followers_from`` on."""
    return not (any(w in name for w in _rules()["person"]["stop_words"]) or _covered_by_common_words(name)
                or _TITLE_INSIDE.search(name)
                or any(name.startswith(_FOLLOWERS, k) for k in range(followers_from, len(name))))


def _ends_name(norm: str, end: int) -> bool:
    return bool(_NAME_END.match(norm, end)) or norm.startswith(_FOLLOWERS, end)


def _speaker_name_at(norm: str, pos: int) -> int | None:
    """Length of the name of a report's speaker on a line of its own after the post and a space (林芝市人民政府市长 旺堆):
    any name of two to five characters, its surname known or not, or None."""
    if pos == 0 or not norm[pos - 1].isspace():
        return None
    line = _SPEAKER_NAME.match(norm, pos)
    if not line or _covered_by_common_words(line.group(0)) or any(w in line.group(0) for w in _rules()["person"]["stop_words"]):
        return None
    return line.end() - pos


#: A name that ends its line.
_SPEAKER_NAME = re.compile(rf"[{_CJK}]{{2,5}}(?=[ \t\u3000]*(?:\n|\Z))")


#: What a title stands after when it is one (林芝市委书记, ，市长, 、副州长), not a word's end (城市长远发展).
_BEFORE_TITLE = re.compile("[委、，,；;：:\\s]")


def _person_candidates(norm: str, regions: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    region_starts = {r.start: r for r in regions}
    region_ends = {r.end for r in regions}
    for m in _pattern("person", "titles").finditer(norm):
        if any(k in region_starts and region_starts[k].end > m.end() for k in range(m.start() + 1, m.end())):
            continue  # 福州市长乐区, 湖南省长沙市: 长 opens a place's name, 市长 is no title
        pos = m.end()
        while pos < len(norm) and norm[pos] in " \u3000\t":
            pos += 1
        note = _POST_NOTE.match(norm, pos)
        if note:
            pos = note.end()  # 副州长（上海援青干部）周文斌
        head = m.start()
        stands = head == 0 or bool(_BEFORE_TITLE.match(norm, head - 1)) or head in region_ends or head + 1 in region_ends
        length = _person_name_at(norm, pos, any_surname=stands)
        while length:
            out.append(Candidate(pos, pos + length, "Person", norm[pos:pos + length], 2))
            # and the names listed after it under the same title: 副市长李明、陈小红出席
            pos += length + 1
            length = norm[pos - 1:pos] == "、" and norm[pos:pos + 1] in _surnames() and _person_name_at(norm, pos)
    for m in _pattern("person", "after_cues").finditer(norm):
        # the names before the cue, a 、-list allowed: 傅全香、郑午昌诞辰
        end = m.start()
        while True:
            for length in (3, 2):
                s = end - length
                if (s >= 0 and norm[s] in _surnames() and _CJK_RUN.fullmatch(norm[s:end])
                        and not any(w in norm[s:end] for w in _rules()["person"]["stop_words"])  # 相关负责同志
                        and norm[end - 1] not in "的了和与及"  # 奋战在抗“疫”战线的同志们
                        and (s == 0 or norm[s - 1:s + 1] not in _common_words())):  # 全国示范院士…: 全国, no 国
                    prev = norm[s - 1] if s > 0 else ""
                    if length == 3 or not prev or not _CJK_CHAR.match(prev) or prev in "、和与及":
                        out.append(Candidate(s, end, "Person", norm[s:end], 3))
                        break
            else:
                break
            if s > 0 and norm[s - 1] == "、":
                end = s - 1
                continue
            break
    return out


# -- selection ---------------------------------------------------------------------------------


def find_candidates(norm: str, ctx: Place | None = None) -> list[Candidate]:
    regions = _region_candidates(norm, ctx)
    strategies = _macro_strategies(norm, regions)
    if strategies:  # 京津冀协同发展: the one-character regions of 京津冀 may stand in no mention here
        regions = [r for r in regions if not (r.nested and any(s.start <= r.start and r.end <= s.end for s in strategies))]
    firms = _enterprise_candidates(norm, ctx)
    projects, initiatives = _not_places(norm, _project_candidates(norm), _initiative_candidates(norm, regions), ctx)
    # the title of a plan or law (《南开区科技创新三年行动方案》) names a document, no programme (ANNOTATION.md)
    initiatives = [c for c in initiatives if not _in_book_title(norm, c.start, c.end)]
    return (
        regions
        + strategies
        + initiatives
        + _with_brands_of(norm, _after_own_place(norm, _reopened_at_places(norm, projects, regions), regions), firms)
        + _list_candidates(norm, regions)
        + _branch_parks(norm, regions)
        + firms
        + _person_candidates(norm, regions)
    )


def _in_book_title(norm: str, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` stands inside 《…》 (or is it)."""
    opened = norm.rfind("《", max(0, start - 60), start + 1)
    if opened < 0 or "》" in norm[opened:start]:
        return False
    closed = norm.find("》", max(start, end - 1), end + 60)
    return closed >= 0 and "《" not in norm[end:closed]


def _branch_parks(norm: str, regions: list[Candidate]) -> list[Candidate]:
    """A park's branch named by the park's place and the short form of the county it is in, then 园 (中关村延庆园,
    中关村密云园): a Project; 园 alone is no type word (公园, 家园)."""
    g = gazetteer()
    out = []
    for b in regions:
        if (not b.place_id or not norm.startswith("园", b.end) or norm[b.end + 1:b.end + 2] in ("区", "林", "艺")
                or norm[b.start:b.end] == b.name or g.get(b.place_id).level != "county"):
            continue
        park = next((k for k in (3, 2) if b.start >= k and g.names_a_place(norm[b.start - k:b.start])), None)
        if park is not None:
            out.append(Candidate(b.start - park, b.end + 1, "Project", canonical_project(norm[b.start - park:b.end + 1])))
    return out


def _not_places(norm: str, projects: list[Candidate], initiatives: list[Candidate],
                ctx: Place | None) -> tuple[list[Candidate], list[Candidate]]:
    """Projects whose name is only places, one after the other: 天津市滨海新区 (a zone's type word ends it) is the
    district 滨海新区 of 天津市, two Regions, not a new area to build. And initiatives named by places and a type word
    of ``place_generic_type_words`` alone (深化金普新区改革创新): a place's reform, no named programme (macro-regions
    excepted: the national strategies are named by them)."""
    projects = [c for c in projects if not _places_only(c.name, ctx, skip=_zones())]
    generic = tuple(_rules()["initiative"]["place_generic_type_words"])

    def place_and_type_word(c: Candidate) -> bool:
        word = next((w for w in generic if c.name.endswith(w) and len(c.name) > len(w)), None)
        return word is not None and _places_only(c.name[:-len(word)], ctx, macro=False)

    return projects, [c for c in initiatives if not place_and_type_word(c)]


def _reopened_at_places(norm: str, projects: list[Candidate], regions: list[Candidate]) -> list[Candidate]:
    """Projects cut at a stop word that is part of a place's name (和 of 共和县, 杨和镇): the name opens where
    its left context does before the place (三峡能源共和县100万千瓦风光储一体化项目, 杨和镇第二小学). Where the stop is
    the place's first character (和 of 和龙, 和静), it may as well join two works (改造和顺…: 和 and 顺…): there only
    places or a road's number may stand before the place in the name (延边和龙人参产业园, G331和龙段改建工程)."""
    stops = _left_stop_index()
    inside = {}  # where a project may have been cut -> the place whose name goes on there
    ends = {}  # where a place ends -> where it starts
    for r in regions:
        ends[r.end] = min(r.start, ends.get(r.end, r.start))
        for k in range(r.start + 1, r.end + 1):
            inside[k] = r
    out = []
    for c in projects:
        r = inside.get(c.start)
        if r is not None and any(norm.endswith(w, r.start, c.start) for w in stops.get(norm[c.start - 1], ())):
            start = _strip_prefixes(norm, _left_boundary(norm, r.start, max_len=8), c.end)
            if c.start > r.start + 1 or _places_or_number(norm, start, r.start, ends):
                c = Candidate(start, c.end, "Project", canonical_project(norm[start:c.end]), c.priority)
        out.append(c)
    return out


def _places_or_number(norm: str, start: int, end: int, ends: dict[int, int]) -> bool:
    """Whether ``norm[start:end]`` is nothing, or places written one after another (``ends``: where each found
    place ends -> where it starts) and Latin letters or digits (延边, G331)."""
    while end > start:
        if ends.get(end, -1) >= start:
            end = ends[end]
        elif _LATIN_OR_DIGIT.match(norm, end - 1):
            end -= 1
        else:
            return False
    return True


#: The suffixes a place's name drops for the short form a project's name opens with (张家湾镇 -> 张家湾): those of
#: the places that head a project's name (_PLACE_CLASS).
_PLACE_SUFFIX = re.compile(f"(?:{'|'.join(_PLACE_CLASS)})$")


def _after_own_place(norm: str, projects: list[Candidate], regions: list[Candidate]) -> list[Candidate]:
    """Projects whose name opens with a town or county written whole and then its own short form again
    (张家湾镇张家湾设计小镇, 嘉善县嘉善经济开发区, also after the places above it: 东阳市横店镇横店影视文化产业园),
    or with a township and then a quoted name (海阳镇“状元故里”历史街区改造项目, 碧安乡“一县一业”茶叶示范基地: so the
    annotators in 3 of 3 read cases): the places locate the project, whose name begins after them (张家湾设计小镇, in
    张家湾镇)."""
    g = gazetteer()
    whole = {r.start: r for r in regions if not r.nested and r.place_id in g.places
             and norm[r.start:r.end] == g.get(r.place_id).name}
    out = []
    for c in projects:
        r = whole.get(c.start)
        while r is not None and r.end in whole and whole[r.end].end < c.end:
            r = whole[r.end]  # the last of the places written one after the other
        if r is not None and r.end < c.end:
            place = g.get(r.place_id)
            short = _PLACE_SUFFIX.sub("", place.name)
            if ((place.level in ("county", "town") and len(short) >= 2 and norm.startswith(short, r.end)
                    and c.end - r.end > len(short) + 1)
                    or (place.level == "town" and norm.startswith(tuple(OPEN_QUOTES), r.end))):
                c = Candidate(r.end, c.end, "Project", canonical_project(norm[r.end:c.end]), c.priority)
        out.append(c)
    return out


def _with_brands_of(norm: str, projects: list[Candidate], firms: list[Candidate]) -> list[Candidate]:
    """Projects whose name opens with a firm's brand that ends in 的, where 的 cut it (建设美的全球智能制造创新中心,
    with 美的集团股份有限公司 named): the brand is part of the name."""
    out = []
    for c in projects:
        if norm[c.start - 1:c.start] == "的" and firms:
            for b in (c.start - 3, c.start - 2):
                brand = norm[b:c.start] if b >= 0 else ""
                if brand and any(f.name.startswith(brand) and f.end <= b for f in firms):
                    c = Candidate(b, c.end, "Project", canonical_project(norm[b:c.end]), c.priority)
                    break
        out.append(c)
    return out


def select_mentions(candidates: list[Candidate]) -> list[Candidate]:
    """The one selection policy: longest span wins, then priority, then the earlier start;
    kept spans never overlap. Returned in text order."""
    starts: list[int] = []  # kept spans, sorted; they never overlap, so their ends are sorted too
    ends: list[int] = []
    kept: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (-(c.end - c.start), c.priority, c.start)):
        if c.end <= c.start or c.nested:
            continue
        i = bisect.bisect_left(starts, c.end)  # spans starting before c ends; the last one ends latest
        if i and ends[i - 1] > c.start:
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        kept.append(c)
    # nested candidates stand inside a kept mention of another type, never beside one
    for c in candidates:
        if c.nested and not any(k.start <= c.start and c.end <= k.end and k.type == c.type for k in kept):
            kept.append(c)
    # a firm named inside a project name: 庆达西(宁波)钢构制造有限公司增资扩产项目
    firms = [c for c in candidates if c.type == "Enterprise" and not c.known]
    for k in list(kept) if firms else ():
        if k.type == "Project":
            inner = [c for c in firms if k.start <= c.start and c.end < k.end]
            if inner:
                best = max(inner, key=lambda c: c.end - c.start)
                kept.append(Candidate(best.start, best.end, "Enterprise", best.name, best.priority, nested=True))
    return sorted(kept, key=lambda c: (c.start, c.end))


#: A firm's short name in brackets after its legal name: 咸阳秦冠果业有限公司（秦冠果业）, …（以下简称“中创新航”）.
_SHORT_NAME_AFTER = re.compile(r"[(（](?:(?:以下)?简?称)?[“\"]?[^()（）“”\"]{2,10}?[”\"]?[)）]")
#: A short name declared in brackets after a name: （简称瓦轴集团）, （以下简称“潞安化工”）; group 1 is the short name.
_DECLARED_SHORT_NAME = re.compile(r"[(（](?:以下)?简?称[“\"]?([^()（）“”\"，,。；;]{2,10}?)[”\"]?[)）]")
#: A firm's short name in brackets right after its legal name, with no 简称: 中国长江三峡集团有限公司（三峡集团）.
_BARE_SHORT_NAME = re.compile(rf"[(（]([{_CJK}A-Za-z0-9]{{2,8}})[)）]")


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is drawn from ``name``'s characters in order (三峡集团 from 中国长江三峡集团有限公司, 温氏股份
    from 广东温氏食品集团股份有限公司), as a firm's short name is."""
    rest = iter(name)
    return short != name and all(ch in rest for ch in short)


def _past_short_name(norm: str, end: int) -> int:
    """Where the text goes on after a firm's name that ends at ``end``: after its short name in brackets, if any."""
    bracket = _SHORT_NAME_AFTER.match(norm, end)
    return bracket.end() if bracket else end


def _declares_short_name(text: str, close: int) -> bool:
    """Whether the bracket closing at ``text[close - 1]`` declares a short name: a name after it starts there
    (潞安化工集团有限公司（以下简称潞安化工）高硫煤…示范项目 is the project 高硫煤…示范项目)."""
    open_ = max(text.rfind("（", 0, close - 1), text.rfind("(", 0, close - 1))
    return open_ >= 0 and close - open_ <= 18 and _DECLARED_SHORT_NAME.fullmatch(text, open_, close) is not None


def _declared_short_names(norm: str, chosen: list[Candidate]) -> tuple[list[Candidate], dict[str, Candidate]]:
    """A short name declared after a firm's or a project's name (瓦房店轴承集团有限责任公司（简称瓦轴集团）, 洋浦经济开发区
    （以下简称洋浦）) is a mention of it, named as it; so is the short name wherever else the text says it alone, for a firm
    (…潞安化工投资…). Returns the mentions and the table short name -> the mention that declared it."""
    declared: dict[str, Candidate] = {}
    spans: list[tuple[int, int, Candidate]] = []
    for c in chosen:
        if c.type not in ("Enterprise", "Project") or c.nested:
            continue
        m = _DECLARED_SHORT_NAME.match(norm, c.end)
        if m is None and c.type == "Enterprise" and _ends_legally(c.name):
            m = _BARE_SHORT_NAME.match(norm, c.end)  # 中国长江三峡集团有限公司（三峡集团）
            if m is not None and (not _abbreviates(m.group(1), c.name) or gazetteer().names_a_place(m.group(1))):
                m = None  # （深圳）, 吉利控股集团有限公司（浙江）: where, not a name
        if m is None:
            continue
        short = m.group(1)
        if short in declared or short in _common_words() or short in _rules()["enterprise"]["stop_words"]:
            continue  # （以下简称公司）: a word, not a name
        declared[short] = c
        spans.append((m.start(), m.end(), Candidate(m.start(1), m.end(1), c.type, c.name, c.priority, declared=True)))
    if not declared:
        return chosen, declared
    out = [c for c in chosen if not any(s < c.end and c.start < e for s, e, _ in spans)]
    out += [alias for _, _, alias in spans]
    taken = sorted((c.start, c.end) for c in out if not c.nested)
    for short, full in declared.items():
        if full.type != "Enterprise":
            continue
        for m in re.finditer(re.escape(short), norm):
            i = bisect.bisect_left(taken, (m.end(), m.end()))
            if (i and taken[i - 1][1] > m.start()) or norm[m.end():m.end() + 1] in ("公", "集"):
                continue  # inside another mention, or the start of a longer name (潞安化工集团…)
            out.append(Candidate(m.start(), m.end(), "Enterprise", full.name, full.priority, declared=True))
    return sorted(out, key=lambda c: (c.start, c.end)), declared


def _named_as_declared(norm: str, chosen: list[Candidate], declared: dict[str, Candidate]) -> list[Candidate]:
    """Mentions whose text is a declared short name (a firm at the front of a project's name: 瓦轴集团高端…项目) are
    named as the firm or project that declared it."""
    if not declared:
        return chosen
    out = []
    for c in chosen:
        full = declared.get(_unquote(norm[c.start:c.end]))
        if full is not None and full.type == c.type and c.name != full.name:
            c = Candidate(c.start, c.end, c.type, full.name, c.priority, c.code, c.place_id, c.nested, declared=True)
        out.append(c)
    return out


def _split_firm_projects(norm: str, chosen: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """A project named after a firm's full legal name (…有限公司年产10万吨高镍三元正极材料项目) is two mentions: the
    firm, and the project after it (and after the firm's short name in brackets); the firm invests in it (the
    relation of a firm right before a project, see find_relations). A legal name that the project's left context cut
    (宾锂宝新材料有限公司…, 24 characters back) is the firm's whole name. A short name (阳光集团精纺面料项目) stays inside,
    and so does a legal name before words that alone name no project (…钢构制造有限公司增资扩产项目)."""
    firms = [c for c in candidates if c.type == "Enterprise" and not c.nested and c.name.endswith("公司")]
    if not firms:
        return chosen
    out = list(chosen)
    for k in chosen:
        if k.type != "Project":
            continue
        front = [c for c in firms if c.start <= k.start < c.end and c.end < k.end - 3]
        # a site's name before the firm's (舟山绿色石化基地浙江石油化工有限公司…项目): the site is a project of its own
        site = None
        if not front:
            front = [c for c in firms if k.start < c.start and c.end < k.end - 3
                     and _past_site_before_firm(norm, max(0, k.start - 3), c.end) == c.start]
            site = next((c for c in candidates if c.type == "Project" and c.end == front[0].start
                         and not any(o is not k and o.start < c.end and c.start < o.end
                                     and not c.start <= o.start <= o.end <= c.end for o in out)),
                        None) if front else None
        if not front:
            continue
        firm = max(front, key=lambda c: c.end - c.start)
        rest = _past_short_name(norm, firm.end)
        if rest >= k.end - 3:
            rest = firm.end
        alone = norm[rest:k.end]
        if not any(c.start == 0 and c.end == len(alone) for c in _project_candidates(alone, firms_own=True)):
            continue  # …有限公司增资扩产项目: the rest alone names no project (every firm's 增资扩产项目 would be one)
        inside = [c for c in out if c is not k and firm.start <= c.start and c.end <= firm.end]
        if any(c is not k and c.start < firm.end and firm.start < c.end and c not in inside for c in out):
            continue  # the firm's name would cross another mention
        out = [c for c in out if c is not k and c not in inside]
        if site is not None:
            out.append(site)
        out.append(Candidate(firm.start, firm.end, "Enterprise", firm.name, firm.priority))
        out.append(Candidate(rest, k.end, "Project", canonical_project(norm[rest:k.end]), k.priority))
    return sorted(out, key=lambda c: (c.start, c.end))


#: An area after a firm's name in a project's name: 顺丰浙中总部基地, 京东华东总部; a name that is only an area names no
#: firm (京南阜城产业园: the park south of Beijing; 京东 is a firm).
_AREA_AFTER_FIRM = re.compile("(?:[华浙苏皖赣闽粤鲁豫川湘鄂冀晋陕甘黔滇桂辽吉黑津沪渝][东南西北中]|京[南西北中]|[东西南北]部|中国|亚太|全球)$")


def _holds_span(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of the sorted ``spans`` lies in [start, end) and ends before ``end``."""
    i = bisect.bisect_left(spans, (start, start))
    while i < len(spans) and spans[i][0] < end:
        if spans[i][1] < end:
            return True
        i += 1
    return False


#: What a firm's own project is called at its end (比亚迪合肥基地项目, 长信科技车载显示模组项目).
_FIRM_PROJECT_ENDINGS = ("基地", "项目", "工厂", "产业园", "生产线", "数据中心", "电站", "服务站")


def _abbreviations_only(name: str) -> bool:
    """Whether ``name`` is only places' one-character short forms, perhaps before a word of joint work: 沪滇, 粤桂协作;
    before one, also the provinces' short forms that pair provinces only (苏青协作: 青 alone is no place)."""
    core = _JOINT_ENDING.sub("", name)
    g = gazetteer()
    if len(core) < 2:
        return False
    return all(g.expand_abbrev(ch) for ch in core) or (
        core != name and all(g.expand_abbrev(ch) or ch in _province_abbrev() for ch in core))


#: A word of joint work after partners' short forms: 粤桂协作, 闽宁合作.
_JOINT_ENDING = re.compile("(?:协作|合作|共建|对口)$")


def _brand_and_sector(name: str) -> int:
    """The length of a brand of two or three characters and a sector's word at the front of a project's name,
    then the project's own words (鑫晟光伏组件扩产项目 -> 4, 晶拓半导体12英寸晶圆级封装项目 -> 5), else 0. A brand is
    no everyday word (海上风电, 智能重工 name sectors) and no run of them (分布式光伏); the sector's word opens no
    longer word (有机硅新材料项目, 百花岩风电场项目)."""
    rules = _rules()["enterprise"]
    compounds = tuple(rules["sector_compounds"])  # the sector's word opens a longer word: 新材料, 风电场
    for sector in rules["sector_name_endings"]:
        for b in (2, 3):
            k = b + len(sector)
            if (name.startswith(sector, b) and len(name) - k >= 3 and _CJK_RUN.fullmatch(name[:b])
                    and not _covered_by_common_words(name[:b]) and not name.startswith(("化", "产业", "园"), k)
                    and not name.startswith(compounds, b)):
                return k
    return 0


def _firms_in_project_names(norm: str, chosen: list[Candidate], ctx: Place | None) -> list[Candidate]:
    """The short name of a firm at the front of a project name, where the name says it is one (the
    project is then the firm's: investsIn): before 年产 or 总部 (国轩高科年产20GWh动力电池项目, 中国华能总部项目),
    or before the city or county where the firm builds its plant (比亚迪合肥基地项目, 蜂巢能源保定电池项目)."""
    g = gazetteer()
    cues = _pattern("enterprise", "name_prefix_cues")
    endings = tuple(_rules()["enterprise"]["short_name_endings"])
    firm_spans = sorted((f.start, f.end) for f in chosen if f.type == "Enterprise")
    # firms the text names on their own: 支持东风柳汽做大做强 … 推动东风柳汽新能源商用车项目满产
    known = sorted({f.name for f in chosen if f.type == "Enterprise" and not f.nested and 2 <= len(f.name) <= 10},
                   key=len, reverse=True)
    # and the cores of their legal names (雅戈尔集团股份有限公司 -> 雅戈尔): 雅戈尔时尚产业总部项目 is 雅戈尔's
    cores = sorted({core for f in chosen if f.type == "Enterprise" and not f.nested
                    and 2 <= len(core := _legal_core(f.name)) < len(f.name)}, key=len, reverse=True)
    out = []
    for c in chosen:
        if c.type != "Project":
            continue
        if _holds_span(firm_spans, c.start, c.end):
            continue  # the name already holds a firm (a full legal name in front of the project)
        name = norm[c.start:c.end]
        cue = cues.search(name, 2, 11)
        end = cue.start() if cue else 0
        if not end:
            end = next((len(f) for f in known if name.startswith(f) and len(name) - len(f) >= 3), 0)
        if not end and name.endswith(_FIRM_PROJECT_ENDINGS):
            # a short name of two to four characters and a firm's ending, then the project's own words (not
            # 科技大学, 电气化, 石化产业带: the ending begins a longer word). Everyday words before a sector's ending
            # name the sector (信息科技); before 集团 or 股份 they name a firm (骆驼集团)
            end = next((k for k in range(4, 7) if name.endswith(endings, 0, k) and len(name) - k >= 3
                        and 2 <= k - len(next(e for e in endings if name.endswith(e, 0, k))) <= 4
                        and not name.startswith(("化", "大学", "学院", "园", "产业"), k)
                        and (name.endswith(_GROUP_WORDS, 0, k) or not _covered_by_common_words(name[:k]))), 0)
        if not end and name.endswith(_FIRM_PROJECT_ENDINGS):
            end = _brand_and_sector(name)
        if not end and name.endswith(_FIRM_PROJECT_ENDINGS):
            place = next(((s, p) for s, _, p in g.find(name, context=ctx) if 2 <= s <= 8), None)
            if place and place[1].level in ("city", "county") and name[place[0] - 1] not in "至到和与":
                end = place[0]
        if end:
            end = next((len(core) for core in cores if len(core) < end and name.startswith(core)), end)
        area = _AREA_AFTER_FIRM.search(name, 0, end) if end else None
        if area:
            end = area.start()  # 顺丰浙中总部基地项目: the firm's regional seat (none when the area opens the name)
        # no place anywhere in the firm's name (that covers a name that is a place), and the name is no place's short
        # form of any scope (a paired park's far partner: 望谟海曙产业园, 宁河通渭协作产业园; 秦淮数据 is a firm)
        if end and _abbreviations_only(name[:end]):
            end = 0  # 沪滇元谋蔬菜产业园, 粤桂协作南丹产业园: the partners' short forms, no firm
        if (end and _short_firm_name(name[:end]) and not re.search(r"\d", name[:end])
                and not g.find(name[:end], context=ctx) and [f[:2] for f in g.find(name[:end])] != [(0, end)]):
            out.append(Candidate(c.start, c.start + end, "Enterprise", name[:end], 3, nested=True))
    return out


# -- relations ------------------------------------------------------------------------------------


def _sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1  # spans are sorted and never overlap
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return (0, 0)


def _regions_in_name(name: str, ctx: Place | None) -> list[Place]:
    """Regions that a project or enterprise name states: 义乌苏溪综合枢纽站 -> 义乌市, 苏溪镇.

    Route endpoints (合肥至温州高速) and universities named after a province (浙江大学) do not
    locate anything.
    """
    return [place for _, _, place in _region_spans_in_name(name, ctx)]


#: After a place's name, the university named after it (西安交大, 武汉纺织大学; not a 大学城): what the university sets
#: up in a place named after it is not in its seat.
_UNIVERSITY_AFTER = re.compile(f"[{_CJK}]{{0,4}}?(?:大学(?!城)|交大|工大|师大|农大|医大)")
#: A branch of an institution at the end of a name, after the place it is in: 北京四中雄安校区, 宣武医院雄安院区,
#: 滨江高新园区衢州分园; and a firm's: 宁波银行温州分行 (温州市, not 宁波市).
_BRANCH_END = re.compile("(?:校区|院区|园区|分院|分校|分园|分公司|分行|支行)")
#: After a place's short form, a road or a gate named after it: 中山北路, 福州路, 潞华大街, 西安门大桥.
_STREET_AFTER = re.compile("[东西南北中]{0,2}(?:路|大道|大街|门)")
#: An enclave (飞地): a park one place runs inside another, so the places its name holds locate nothing (平阳科创飞地 is
#: built in 鄞州区; where it lies, only the text says).
_ENCLAVE = "飞地"


def _around_report(place: Place, ctx: Place | None) -> bool:
    """Whether ``place`` lies in the report's city (its county where it has no city) or holds the report's region."""
    if ctx is None:
        return False
    g = gazetteer()
    scopes = g.scopes(ctx)
    home = scopes.get("city") or scopes.get("county") or ctx
    return g.is_within(place, home) or g.is_within(ctx, place)


def _joined_partners(name: str, found: list[tuple[int, int, Place]]) -> set[tuple[int, int]]:
    """The spans of cities and counties joined by a dash or a middle dot in ``name``: the partners of a paired park
    (闵行—溧阳产业合作园)."""
    levels = ("province", "city", "county")
    return {span for (s1, e1, p1), (s2, e2, p2) in zip(found, found[1:])
            if e1 + 1 == s2 and name[e1] in _PARTNER_JOIN and p1.level in levels and p2.level in levels
            for span in ((s1, e1), (s2, e2))}


def _region_spans_in_name(name: str, ctx: Place | None) -> list[tuple[int, int, Place]]:
    """:func:`_regions_in_name` with where each is written in ``name``."""
    g = gazetteer()
    sections = tuple(_rules()["relation"]["section_words"])
    out = []
    prev_end = 0
    found = g.find(name, context=ctx, skip=_zones())
    found = sorted(found + _stopped_short_sections(name, found, ctx))
    hosts = set()  # the place a paired park lies in, a short form too
    park = _PAIRED_PARK_END.search(name)
    partners = _joined_partners(name, found)
    if not partners and any(c in name for c in _PARTNER_JOIN):
        # a far partner's short form is no place in the report's context (三水 in a report of 阳朔县): read the partners
        # with no context, so that 三水—阳朔产业园 does not lie in 阳朔县 for want of its partner
        partners = _joined_partners(name, g.find(name, skip=_zones()))
    if park:  # a park's partner joined to one no table knows (南京—共和产业园, 滨海—中关村科技园)
        partners |= {(s, e) for s, e, p in found if p.level in ("city", "county")
                     and (name[e:e + 1] in _PARTNER_JOIN or (s > 1 and name[s - 1] in _PARTNER_JOIN))}
    for (s1, e1, p1), (s2, e2, p2) in zip(found, found[1:]):
        if p1.level not in ("province", "city", "county") or p2.level not in ("province", "city", "county"):
            continue
        if (park and (s2 == e1 or (s2 == e1 + 1 and name[e1] in "(（")) and s2 < park.start()
              and not g.is_within(p1, p2) and not g.is_within(p2, p1)):
            # a park one place builds in another lies in the one in brackets (湛江(绥化)产业园, in a report of either);
            # else in the one around the report (苏州宿迁工业园区 and 温宿台州产业园 in reports of 宿迁 and 温宿), or in a
            # county written whole before its partner's short name (于田县天津工业园)
            around1, around2 = _around_report(p1, ctx), _around_report(p2, ctx)
            if name[e1] in "(（":
                host_first = False
            elif around1 != around2:
                host_first = around1
            elif name[s1:e1] == p1.name and name[s2:e2] != p2.name:
                host_first = True
            else:
                continue
            partners.add((s2, e2) if host_first else (s1, e1))
            hosts.add((s1, e1) if host_first else (s2, e2))
    # a route's first end may be a village within its township (官道口镇新坪村至狮子坪乡公路) or a county's seat (申扎县城
    # 至…); a county before its end holds the whole route (G351浦江郑家坞至联盟段)
    ends = {s for s, e, _ in found if name.startswith(("至", "到", "城至"), e)}
    for s, e, place in reversed(found):
        if e in ends and place.level == "town":
            ends.add(s)
    for s, e, place in found:
        after = name[e:e + 2]
        before = name[max(0, s - 1):s]
        if (s in ends or after.startswith("大学") or before in ("至", "到", "经")
                or (after[:1] == "经" and after != "经济" and "至" in name[e:])):
            continue  # 柳州经合山至南宁高速公路: a route's ends and the places it passes (经) locate nothing
        if (s, e) in partners or _after_china_dash(name, s):
            continue  # 扬州—宝鸡产业合作园: which of the partners it lies in, the name does not say; 中国—上海合作组织…: China's
        if place.level == "macro" or (place.level == "village" and name[s:e] != place.name):
            continue
        if name.startswith("援", e):
            continue  # 浙江援疆项目, 上海援藏项目: the region that gives the aid, the works stand in the other
        short = name[s:e] != place.name
        if name.startswith("块", e) and name[e - 1] == "区":
            continue  # 南山区块 is a block, not 南山区
        university = _UNIVERSITY_AFTER.match(name, e)
        if university and any(s2 >= university.end() and not g.is_within(p2, place) for s2, _, p2 in found):
            continue  # 西安交大长三角…研究院, 温州医科大学东阳校区: the university's seat, not its branch's place
        if any(s2 > e and _BRANCH_END.fullmatch(name, e2) and not g.is_within(p2, place) for s2, e2, p2 in found):
            continue  # 北京四中雄安校区, 宣武医院雄安院区: the institution's seat, not its branch's place
        if short and _STREET_AFTER.match(name, e) and (place.level in ("town", "village") or not _around_report(place, ctx)):
            # 中山北路, 福州路, 西安门大桥: a road named after a far city lies anywhere (庆元大道 in 庆元县); one named
            # after a township runs beyond it (江滨大道, 骊山大道, 潞华大街)
            continue
        # a short form in the middle of a name must stand as a place: after another place (义乌苏溪),
        # in brackets (中国(永康)…), before a section word (浦江段, 曹宅互通), after a firm's legal name (a
        # branch: 中国石油天然气股份有限公司大庆石化分公司), before a branch word ending the name (宣武医院雄安院区), or
        # before its township where a route starts (省道221缙云东渡至大洋段) — not 雄安新区 -> 安新
        if (short and s > 0 and s != prev_end and before not in "(（" and not name.startswith(sections, e)
                and (s, e) not in hosts and not name.endswith(_legal_forms(), 0, s)
                and not _BRANCH_END.fullmatch(name, e)
                and not any(s2 == e and s2 in ends and g.is_within(p2, place) for s2, _, p2 in found)):
            if not _after_brand(name, s, place, ctx):
                continue
            out = [r for r in out if r[1] > s]  # 宁德时代宜宾基地: a far city's short form in the brand locates nothing
        out.append((s, e, place))
        prev_end = e
    return out


@functools.cache
def _road_sections() -> tuple[str, ...]:
    """The section words of a road or a river (段, 过境段, 绕城段: see [relation] section_words)."""
    return tuple(w for w in _rules()["relation"]["section_words"] if w.endswith("段"))


def _stopped_short_sections(name: str, found: list[tuple[int, int, Place]],
                            ctx: Place | None) -> list[tuple[int, int, Place]]:
    """The report's own county or city where ``name`` writes its short form, one too common to be read alone (see
    :meth:`kg.gazetteer.Gazetteer.stopped_short`), before a road's or a river's section (205国道三元段改造工程,
    G352凤凰绕城段改建工程, 长江公安段航道整治工程 in reports of 三元区, 凤凰县, 公安县), where ``found`` has nothing."""
    if ctx is None:
        return []
    g = gazetteer()
    scopes = g.scopes(ctx)
    out = []
    for place in {scopes.get("county"), scopes.get("city")} - {None}:
        short = g.stopped_short(place)
        start = name.find(short) if short else -1
        if (start > 0 and name.startswith(_road_sections(), start + len(short))
                and not any(s < start + len(short) and start < e for s, e, _ in found)):
            out.append((start, start + len(short), place))
    return out


def _after_brand(name: str, s: int, place: Place, ctx: Place | None) -> bool:
    """Whether the short form at ``s`` of a name is a city or county of the report's province, or a province,
    written after a firm's brand: 天合光能宿迁基地, 恒逸钦州高端化纤一体化项目, 长城汽车永川工厂, 理想汽车北京绿色智能工厂
    (the brand is two to four characters, the place's own name not one of them: 雄安新区 is no 安新; it may hold a
    far place's short form: 宁德时代宜宾基地 in a report of 宜宾, not one of the province's). A province needs
    a brand of three or more (此次浙江援疆项目, 接轨浙江创新大通道: two characters before a province are as often a word of
    the sentence); in a firm's name it names the firm's provincial arm, not where it is (中国石化海南炼油化工有限公司)."""
    if ctx is None or place.level not in ("province", "city", "county") or not 2 <= s <= 4:
        return False
    if place.level == "province" and (s < 3 or any(form in name for form in _legal_forms())):
        return False
    g = gazetteer()
    province = g.scopes(ctx).get("province")
    return (province is not None and (place.level == "province" or g.is_within(place, province))
            and not any(name[s0:e0] == p.name or g.is_within(p, province)
                        for s0, e0, p in g.find(name[:s], context=ctx)))


_RANK_OF = {"province": 0, "city": 1, "county": 2, "town": 3, "village": 4}


@functools.cache
def _post_re() -> re.Pattern:
    """A post at the end of a text (see [person] post_level_words in extract.toml): a party committee's
    (group ``party``: the level's character), a government's (``gov``), or one that names no region."""
    rules = _rules()["person"]
    levels = "".join(rules["post_level_words"])
    party = "|".join(sorted(rules["party_posts"], key=len, reverse=True))
    other = "|".join(sorted(rules["other_posts"], key=len, reverse=True))
    # a prefecture's commissioner (行署专员) heads the government of a 地区, a chairman (主席) an autonomous region's;
    # a new area's party working committee (雄安新区党工委) is the area's, a government's secretary-general its government's
    return re.compile(rf"(?:(?P<party>[{levels}])(?:党委|委)(?:{party})|(?:常务)?[副代]?(?P<gov>[{levels}])长"
                      rf"|(?:行署|行政公署)?(?P<commissioner>副?专员)|(?P<chair>(?:(?<=自治区)|(?<=自治区人民政府))[副代]?主席)"
                      rf"|(?P<work>党工委)(?:{party}|委员)|(?P<secretary>(?<=人民政府)副?秘书长)|副?(?:{other}))$")


_POST_LIST_END = re.compile(r"[，,。；;：:！？!?（(）)“”\n]")
#: A bracketed note right after a post, before the name: 副州长（上海援青干部）周文斌, 副县长（挂职）李明.
_POST_NOTE = re.compile(f"[（(][{_CJK}]{{2,12}}[）)]")


def _region_of_level(written: str, name: str, word: str) -> str:
    """The region a post's level word says, where the name written before it is short for more than one: 塔城地委 is
    the committee of 塔城地区 (not of 塔城市, which a report of 塔城市 reads 塔城 as); else ``name``."""
    if not word or name.endswith(word):
        return name
    fits = {p.name for p in gazetteer().candidates(written) if p.name.endswith(word) and p.level != "village"}
    return fits.pop() if len(fits) == 1 else name


def _posts_before(norm: str, pos: int, regions_by_end: dict) -> list[tuple[int, str | None, str | None]]:
    """The posts listed right before a person's name at ``pos``, nearest first: (where the post starts,
    the word of its region's level or None for a post that names no region, the region written with it or
    None). Posts are listed with 、 or 兼 (新乡市副市长、长垣市委书记秦建军); the list ends at a post that is not
    one (市委书记张建军、市长王伟: 张建军 ends the list of 王伟's posts)."""
    words = _rules()["person"]["post_level_words"]
    end = pos
    while end > 0 and norm[end - 1] in " \u3000\t":
        end -= 1
    opening = max(norm.rfind("（", 0, end), norm.rfind("(", 0, end))
    if opening >= 0 and _POST_NOTE.fullmatch(norm, opening, end):
        end = opening  # 副州长（上海援青干部）周文斌: a note on the post between it and the name
    floor = max(0, end - 48)
    stop = None
    for stop in _POST_LIST_END.finditer(norm, floor, end):
        pass
    floor = stop.end() if stop else floor
    out: list[tuple[int, str | None, str | None]] = []
    while end > floor:
        m = _post_re().search(norm, max(floor, end - 12), end)
        if not m:
            break
        level = m.group("party") or m.group("gov")
        # "": a post of the region written right before it only (雄安新区党工委书记, 河北省人民政府副秘书长)
        word = (words[level] if level else "地区" if m.group("commissioner") else "自治区" if m.group("chair")
                else "" if m.group("work") or m.group("secretary") else None)
        region = None
        piece_start = m.start()
        whole = not word  # a post that names no region, or only one written right before it: the whole post is listed
        if word is not None:
            # the region right before the post (阿克苏|地委书记, 儋州市|市长, 永康市|人民政府市长) or ending in its
            # level's character (包头市|委书记, 内蒙古自治区|党委常委)
            government = norm.endswith("人民政府", 0, m.start())
            before = m.start() - 4 if government else m.start()  # where what names the government ends
            r = (regions_by_end.get(m.start()) or (regions_by_end.get(before) if government else None)
                 or (regions_by_end.get(m.start() + 1) if m.group("party") else None))
            # or the level alone (州人民政府州长, 自治区主席): the report's region, as for a post written alone (市长王伟)
            alone = "自治区" if m.group("chair") else level if government else None
            if r is not None and r.start >= floor:
                region, piece_start = _region_of_level(norm[r.start:r.end], r.name, word), r.start
            elif alone and norm.endswith(alone, floor, before):
                piece_start = before - len(alone)
            elif not word or (m.start() > floor and norm[m.start() - 1] not in "、兼 \u3000\t"):
                word = None  # 园区党委书记: the committee of a body that is not a region
        if whole and region is None:
            while piece_start > floor and norm[piece_start - 1] not in "、兼":
                piece_start -= 1  # 长寿经开区管委会主任: the whole post
        out.append((piece_start, word or None, region))
        if piece_start > floor and norm[piece_start - 1] in "、兼":
            end = piece_start - 1
        else:
            break
    return out


#: What ends a clause inside a sentence: a cooperation trigger pairs the regions of its own clause.
_CLAUSE_END = re.compile("[，,；;：:]")
#: What ends a clause or a sentence: the regions a pair of abbreviations follows are those of its clause.
_CLAUSE_OR_SENTENCE_END = re.compile("[，,；;：:。！？!?\n]")
#: Before a fronted 在 and its place: a text's or sentence's or clause's start (近日，在…，).
_FRONTED_BEFORE = re.compile("[，,。；;！？!?\n]")
#: What ends the part of a sentence a fronted place governs.
_PART_END = re.compile("[；;]")
#: Words of signing and promotion, which happen where the project is not built.
_SIGNED_THERE = re.compile("签约|签订|签署|推介|洽谈|招商")
#: What ends a list item or a clause: a located trigger's region comes before either (落地、茶山…运营: no region).
_LIST_OR_CLAUSE = re.compile("[、，,；;：:。]")
#: A clause's end right after a builder's verb (…，中建八局承建。): the builder names no project of its own.
_CLAUSE_END_AFTER = re.compile("[，,；;。]|$")
#: Right before a place, a verb that says a project went or lies there (see the builders after 由).
_WHERE_IT_WENT = re.compile("(?:落户|落地|位于|选址|坐落于|入驻)(?:在|于)?$")


def _went_there(norm: str, start: int) -> bool:
    """Whether the name at ``start`` is where a project went or lies (…落户广清产业园: _WHERE_IT_WENT right before)."""
    return _WHERE_IT_WENT.search(norm, max(0, start - 4), start) is not None


#: After the firms of 项目由企业(与企业乙)……: the firms invest in or build the project.
_BY_FIRM_BUILDS = re.compile(
    "(?:共同|合资|联合|独资|全额)?(?:出资|投资)?(?:[0-9.]+[亿万]?(?:元|美元))?"
    f"(?:{_INVEST_BUILDS}|合资建设|共同建设|负责建设|开发建设|承建|建设|投建|兴建|投资|出资"
    "|(?:负责)?(?:EPC|工程)?总承包|负责施工|施工建设)")


#: What opens the clause after an agreement when the firm goes on to build (…签订合作协议，计划投资35亿元建设Z项目; …签约，
#: 将在叙州区高场镇建设Z项目; …签约，实施Z项目; …签约，共建Z中心), or names the project the agreement is for
#: (…签署投资协议，总投资45亿元的Z项目落户蒙自).
_AFTER_SIGNING = re.compile(
    "(?:(?:将|拟|计划|并|还将|共同)*(?:投资[0-9.]+[亿万]?元(?:人民币)?[，,]?)?(?:在[^，,；;：:。]{2,24}?)?"
    f"(?:{_INVEST_BUILDS}|建设|投建|兴建|新建|实施|共建|合作共建|合作建设)|(?:计划)?总?投资[0-9.]+[亿万]?元的)")


def _signed_projects(norm: str, in_sent: list, s: int, e: int) -> list[tuple]:
    """(firm, project) of a firm's agreement with a government, region or zone (not with another firm) and the
    project it is for: in the clause of the agreement (X公司与长寿经开区管委会签约Z项目; Y区与X公司举行Z项目签约仪式), or
    the project the next clause builds (X公司与Y县人民政府签订合作协议，计划投资35亿元建设Z项目)."""
    out = []
    for sign in _SIGNS.finditer(norm, s, e):
        lo = max((c.end() for c in _CLAUSE_END.finditer(norm, s, sign.start())), default=s)
        hi = next((c.start() for c in _CLAUSE_END.finditer(norm, sign.end(), e)), e)
        clause = [m for m in in_sent if lo <= m.start and m.end <= hi]
        firms, after = [], -1
        for m in clause:
            if m.type == "Enterprise" and not m.nested and m.start >= after and m.end <= sign.start():
                firms.append(m)
                after = _past_short_name(norm, m.end)  # not its short name in brackets
        joint = norm.find("与", lo, sign.start())
        if not firms or joint < 0 or not (all(f.end <= joint for f in firms) or all(f.start > joint for f in firms)):
            continue  # no firm, no other party, or firms on both sides: an agreement between firms
        projects = [m for m in clause if m.type == "Project" and m.start > firms[-1].end and m.start - 1 != joint
                    and (m.start >= sign.end() or norm.startswith(("签约", "项目签约"), m.end))]  # a zone signing is a party
        if not projects and hi < e and norm[hi] in "，,":
            opener = _AFTER_SIGNING.match(norm, hi + 1)
            if opener:
                projects = [m for m in in_sent if m.type == "Project" and m.start == opener.end()]
        out.extend((firm, projects[0]) for firm in firms if projects)
    return out


def _joined_run(norm: str, items, joiners: tuple[str, ...], *, backward: bool = False, joins=None) -> list:
    """``items[0]`` and the items after it in ``items`` (in text order) while each is joined to the last taken by
    one of ``joiners``, or by a gap that ``joins`` accepts; with ``backward``, ``items[-1]`` and the items before it.
    In text order."""
    run = list(items[-1:] if backward else items[:1])
    for m in (items[-2::-1] if backward else items[1:]):
        a, b = (m, run[-1]) if backward else (run[-1], m)
        gap = norm[a.end:b.start]
        if gap not in joiners and not (joins and joins(gap)):
            break
        run.append(m)
    return run[::-1] if backward else run


#: From a verb of investing to the project it builds in the next clause: 投资8.5亿元，扩建中欧班列…集结中心.
_AMOUNT_THEN_BUILDS = re.compile(
    f"投资(?:约|超过?|近)?[0-9.]+[亿万]元[，,](?:在[^，,。；;]{{2,20}}?)?(?:建设|扩建|新建|兴建|打造|实施)")

#: 双方 opening the clause of a verb of investing or building: the parties of the clause before invest (see _both_parties).
_BOTH_PARTIES = re.compile("双方(?:将|拟|计划|还将|决定)?(?:共同|合资|联合|合作)?(?:出资)?")


def _both_parties(norm: str, mentions, start: int, pos: int) -> list:
    """The firm, or the last of two firms joined by 与, 和 or 同, of the clause right before the clause that opens
    with 双方 and ends at ``pos``: the parties that invest (A公司与B公司签署协议，双方将合资建设…: both, see
    :func:`_joined_firms`; 市政府与A公司签署协议，双方将合资建设…: the firm); else none."""
    clause = max((c.end() for c in _CLAUSE_END.finditer(norm, start, pos)), default=start)
    if clause == start or not _BOTH_PARTIES.fullmatch(norm, clause, pos):
        return []
    before = max((c.end() for c in _CLAUSE_END.finditer(norm, start, clause - 1)), default=start)
    firms = [m for m in mentions if m.type == "Enterprise" and not m.nested and before <= m.start and m.end < clause]
    if len(firms) == 1 or (len(firms) == 2 and len(_joined_firms(norm, mentions, firms[-1])) == 2):
        return firms[-1:]
    return []  # no firm among the parties, or more than the two that 双方 speaks of


def _joined_firms(norm: str, mentions, firm, *, forward: bool = False) -> list:
    """``firm`` and the firms joined to it by 与, 和, 、, 及 or 同 (those before it, or with ``forward`` after it),
    in text order: 企业甲与企业乙共同投资."""
    firms: list = []
    for m in mentions:
        if m.type != "Enterprise" or m.nested:
            continue
        if firms and m.name == firms[-1].name and firms[-1].end < m.start < _past_short_name(norm, firms[-1].end):
            firm = firms[-1] if m is firm else firm  # its short name in brackets: the firm (A有限公司（A）与B…)
            continue
        firms.append(m)
    i = next((k for k, m in enumerate(firms) if m is firm), None)
    if i is None:
        return [firm]
    joiners = ("与", "和", "、", "及", "同")

    def joins(gap: str) -> bool:  # after a short name in brackets; A将与B (共同投资)
        short = _SHORT_NAME_AFTER.match(gap)
        return (short is not None and gap[short.end():] in joiners) or gap in ("将与", "拟与", "还将与", "计划与")

    if forward:
        return _joined_run(norm, firms[i:], joiners, joins=joins)
    return _joined_run(norm, firms[:i + 1], joiners, backward=True, joins=joins)


def _region_kind(m) -> str:
    """A region mention's level; one the division data lacks by its ending (村 and 社区: village, 镇, 乡 and 街道: town)."""
    if m.place_id:
        return gazetteer().get(m.place_id).level
    return "village" if m.name.endswith(("村", "社区")) else "town" if m.name.endswith(("街道", "镇", "乡")) else ""


def _innermost_region(regions_at: dict, first):
    """The last of ``first`` and the regions written right after it, each inside the one before (高平市马村镇: 马村镇):
    where what the text places there lies (位于桦川县悦来镇的… lies in 悦来镇, 位于郑村镇湘峪村的… in 湘峪村; the
    annotators give the outer places in 2 of 78 such chains)."""
    g = gazetteer()
    last = first
    while True:
        nxt = regions_at.get(last.end)
        if nxt is None or not (nxt.place_id and last.place_id and g.is_within(g.get(nxt.place_id), g.get(last.place_id))):
            return last
        last = nxt


#: What stands between a clause's start and a located trigger where the project is the one named before (该项目位于Y,
#: P建成投产，项目位于Y, 项目选址位于Y, 该项目建于Y, 共建金宝飞地产业园，园区位于Y).
_THE_PROJECT = frozenset({"该项目", "项目", "项目地", "该项目选址", "项目选址", "该项目地", "园区", "该园区"})


#: The latter (of two parties just named), right before a verb of investing: 与X集团签约，由后者投资建设…, 后者将投资….
_THE_LATTER = re.compile("后者(?:将|拟|计划)?$")


def _shared_brand(firm: str, project: str) -> str | None:
    """The brand that opens both a project's name and a firm's, else None: their common beginning, two to four
    characters (安踏 of 安踏全球零售运营中心 and 安踏体育用品集团有限公司; 晶科能源 of 晶科能源年产…项目 and
    晶科能源股份有限公司), that is no place, no everyday word and not 中国…."""
    n = 0
    while n < min(len(firm), len(project), 4) and firm[n] == project[n]:
        n += 1
    brand = project[:n]
    if n < 2 or not _CJK_RUN.fullmatch(brand) or brand in _common_words() or brand.startswith("中国"):
        return None
    if gazetteer().find(brand):
        return None  # 浙江…: a region (or a place inside it), not a brand
    opening = gazetteer().find(project[:n + 4])
    if opening and opening[0][0] == 0:
        return None  # 朝阳市中心医院 and 朝阳鑫达…有限公司: a city whose name has no short form, not a brand
    return brand


def _projects_before(by_start, starts, norm: str, pos: int):
    """The projects named before ``pos`` in its paragraph, within 200 characters, the last named first; also in the
    paragraph before where ``pos`` opens its own (news: …项目在Y开工。…出席。\n该项目由X投资建设)."""
    para = norm.rfind("\n", 0, pos) + 1
    if para == pos and para:
        para = norm.rfind("\n", 0, para - 1) + 1
    for m in reversed(by_start[:bisect.bisect_left(starts, pos)]):
        if m.start < para:
            break
        if m.type == "Project" and pos - m.end <= 200:
            yield m


def _project_before(by_start, starts, norm: str, pos: int) -> list:
    """The project named last before ``pos`` in its paragraph, within 200 characters: what 该项目 refers to
    (news: X签约…该项目位于Y)."""
    last = next(_projects_before(by_start, starts, norm, pos), None)
    return [last] if last is not None else []


#: What a news story says its project did, right after its name (…产业园二期正式开工, …产业园在赛来塘镇开工建设): the
#: story is about it.
_PROJECT_NEWS = re.compile("(?:[一二三四五六七八九十]期)?(?:项目)?(?:在[^，,。；;、]{2,15}?)?(?:正式|顺利|全面|成功|集中)?(?:开工|投产|竣工|开园|建成|奠基|签约|落地|落户|投用|投入使用|投入运营|开业|通车|揭牌)")


def _referred_project(by_start, starts, norm: str, pos: int) -> list:
    """What 该项目 at ``pos`` refers to, as :func:`_project_before`, but not a place a project went to or an event
    was held in (…落户Y产业园, 在Y产业园举行): a name that ends …项目 or …工程, or the project whose news the story
    is (武功县电商物流产业园二期正式开工。该项目…由X承建)."""
    for m in _projects_before(by_start, starts, norm, pos):
        if _went_there(norm, m.start) or norm[m.start - 1:m.start] in ("在", "于"):
            continue
        return [m] if m.name.endswith(("项目", "工程")) or _PROJECT_NEWS.match(norm, m.end) else []
    return []


def _unique_names(mentions) -> list[str]:
    names: list[str] = []
    for m in mentions:
        if m.name not in names:
            names.append(m.name)
    return names


def _without_locators(g, regions: list) -> list:
    """The regions of a list without those that only say where the next one is (上海松江区: 松江区)."""
    out = []
    for i, m in enumerate(regions):
        nxt = regions[i + 1] if i + 1 < len(regions) else None
        if (nxt is not None and nxt.start == m.end and m.place_id and nxt.place_id
                and g.is_within(g.get(nxt.place_id), g.get(m.place_id))):
            continue
        if m.name not in [o.name for o in out]:
            out.append(m)
    return out


#: What joins the two sides of a cooperation written before its word: 沈阳与北京对口合作, 天水市、定西市分别与武清区、北辰区.
_SIDES_JOIN = ("与", "和", "同", "分别与", "分别同")


#: Cooperation words of one side's aid to the other: a list written before one names givers (or those given to),
#: not partners of each other.
_AID = re.compile("支援|帮扶|^援")
#: A region's aid building, right after its name: 唐山市援建的平武县人民医院 (see find_relations).
_AID_BUILT = re.compile("(?:对口)?援建的?")


def _is_macro(g, m: Candidate) -> bool:
    """Whether the region mention ``m`` is of a macro-region (长三角, 粤港澳大湾区), which no cooperation pairs."""
    return m.place_id is not None and g.get(m.place_id).level == "macro"


def _is_division(g, m: Candidate) -> bool:
    """Whether the region mention ``m`` is of a division the data holds (not a macro-region, nor a place read by its
    suffix alone): what a list of givers or partners is made of."""
    return m.place_id is not None and g.get(m.place_id).level != "macro"


def _givers_before(g, norm: str, regions: list, pos: int) -> list:
    """The regions listed right before an aid word at ``pos`` (its subject: 上海市宝山区、杨浦区对口支援, 郑州市、洛阳市
    分别对口支援), without their locators; empty when the list does not end right before it."""
    if not regions or not re.fullmatch("(?:分别|共同|持续)?", norm[regions[-1].end:pos]):
        return []
    run = _region_list(norm, regions, backward=True)
    return [m for m in _without_locators(g, run) if _is_division(g, m)]


def _region_list(norm: str, regions: list, *, backward: bool = False) -> list:
    """``regions[0]`` and those listed after it (joined by 、, 和 or 及, or written side by side; a province named
    before one is no gap: 新疆阿图什市、西藏林周县); with ``backward``, ``regions[-1]`` and those listed before it."""
    return _joined_run(norm, regions, ("、", "和", "及", ""), backward=backward,
                       joins=lambda gap: gap[:1] in ("、", "和", "及") and _is_place_name(gap[1:], None))


def _listed_from(norm: str, mentions: list, pos: int, hi: int) -> list:
    """The regions listed from ``pos`` on (one may open it right there: 对口帮扶云南省、贵州省遵义市), before ``hi``."""
    regions = [m for m in mentions if m.type == "Region" and pos <= m.start < hi]
    if not regions or regions[0].start != pos:
        return []
    return _region_list(norm, regions)


def _partners_before(g, norm: str, regions: list, pos: int, *, aid: bool = False) -> list[tuple]:
    """The pairs of regions that a cooperation word at ``pos`` joins when they are all written before it, in its
    clause (``regions`` in text order, locators such as 天津市 of 天津市武清区 dropped): A与B; A、B (the clause opens
    with them); A与B、C与D (each pair); A、B与C、D (each with each; with 分别, in order). Empty when the regions
    before the word are not so written (与A、B对口合作 is the report's own region's), or are a list before a word of
    aid (``aid``)."""
    units = _without_locators(g, regions)
    units = [u for u in units if _is_division(g, u)]
    if len(units) < 2 or pos - units[-1].end > 4 or any(r.start >= units[-1].end for r in regions):
        return []
    run = [units[-1]]
    seps: list[str] = []
    for u in reversed(units[:-1]):
        # a locator written between is no gap: 定西市分别与|天津市|武清区
        between = min((m.start for m in regions if m.start >= u.end and m.end <= run[0].start), default=run[0].start)
        gap = norm[u.end:between]
        if gap != "、" and gap not in _SIDES_JOIN:
            break
        run.insert(0, u)
        seps.insert(0, gap)
    opens = run[0].start  # where the run opens, its first item's locators included (与河北省廊坊市三河市、…)
    ends = {r.end: r for r in regions}
    while opens in ends:
        opens = ends[opens].start
    if len(run) < 2 or norm[opens - 1:opens] in ("与", "和", "同"):
        return []
    joins = [k for k, sep in enumerate(seps) if sep in _SIDES_JOIN]
    if not joins:  # 赣州、深圳对口合作 (not 上海、广东等援疆省市, 广东省、福建省对口支援: those who give aid, each to another)
        return [] if aid or "等" in norm[run[-1].end:pos] else [(a, b) for i, a in enumerate(run) for b in run[i + 1:]]
    if len(joins) == 1:
        left, right = run[:joins[0] + 1], run[joins[0] + 1:]
        if seps[joins[0]].startswith("分别") and len(left) == len(right):
            return list(zip(left, right))
        return [(a, b) for a in left for b in right]
    if seps == ["与" if k % 2 == 0 else "、" for k in range(len(seps))]:
        return [(run[k], run[k + 1]) for k in range(0, len(run), 2)]
    return []


#: After 与 and its regions, the fields of a cooperation before its word: 与天津市滨海新区在临港产业、港口物流等领域开展合作.
_IN_FIELDS = re.compile("在[^，,。；;：:]{1,24}?(?:领域|方面)(?:开展|深化|加强|深入|展开|进行|全面|务实)*(?=合作|协作)")


def _cooperation_said(norm: str, k: int, after_words: tuple[str, ...]) -> int | None:
    """Where a cooperation word follows the regions listed after 与, which end at ``k``: within a few characters
    (与A、B签署合作协议, 与A结对共建); ``k`` itself where the word follows the fields it is in (see _IN_FIELDS), which
    say nothing of the partners; None where no word follows."""
    found = [i for i in (norm.find(w, k, k + 8) for w in after_words) if i >= 0]
    if found:
        return min(found)
    return k if _IN_FIELDS.match(norm, k) else None


#: What may stand before the partner that opens the clause after a cooperation word with no region of its own: 深化东西部
#: 协作，向甘肃省定西市安定区选派…; 深化闽宁协作，援建宁夏回族自治区…; 在闽宁协作框架下，福建省今年安排….
_OPENING_BEFORE = re.compile("(?:向|为|对|援建|帮扶|支援)?")


def _opening_regions(norm: str, mentions: list, clause_end: int, sentence_end: int) -> list:
    """The regions listed at the start of the clause after ``clause_end`` (a clause's end in the sentence ending at
    ``sentence_end``; see _OPENING_BEFORE for what may come first): those a cooperation word with no region in its own
    clause is with (深化东西部协作，援建宁夏回族自治区固原市隆德县…; 东西部协作成效明显，上海市宝山区全年投入协作资金…).
    Empty when that clause opens with no region, or pairs its regions itself, and without macro-regions."""
    if clause_end >= sentence_end:
        return []
    nxt = next((c.start() for c in _CLAUSE_END.finditer(norm, clause_end + 1, sentence_end)), sentence_end)
    regions = [m for m in mentions if m.type == "Region" and clause_end < m.start < nxt]
    if not regions or not _OPENING_BEFORE.fullmatch(norm, clause_end + 1, regions[0].start):
        return []
    run = _region_list(norm, regions)
    if re.search("[与同]", norm[run[-1].end:nxt]):
        return []  # …，广州市天河区、黄埔区分别与七星关区、大方县开展结对帮扶: the clause pairs its own regions
    g = gazetteer()
    return [m for m in run if not _is_macro(g, m)]  # 主动融入长三角: no partner


def _start_of(m) -> int:
    return m.start


def _cooperate_with_report(g, ctx: Place, side: list, add, start: int, end: int) -> None:
    """``add`` a cooperatesWith (evidence ``start``-``end``) between the report's region and each region of ``side``
    but those that only say where the next one is (see _without_locators), the report's region itself and the places
    that hold it or that it holds."""
    for m in _without_locators(g, side):
        other = g.get(m.place_id) if m.place_id else g.resolve(m.name)
        if m.name != ctx.name and not _nested(g, ctx, other):
            add(("Region", ctx.name), "cooperatesWith", ("Region", m.name), start, end)


def _opens_body_name(norm: str, run: list) -> bool:
    """Whether the places of ``run`` open the name of a body (四川南充嘉崚团队, 宁波市鄞州区教育集团): a body's word follows
    them, and no stop stands between (帮助芒市、瑞丽市引进企业: the places bring in firms)."""
    body = _BODY_AFTER.match(norm, run[-1].end)
    return body is not None and _left_boundary(norm, body.end(), max_len=24) <= run[0].start


def _township_or_below(g, m) -> bool:
    """Whether the region mention ``m`` is a township or a village (by its level, or by its suffix where the data
    lacks it)."""
    if m.place_id:
        return g.get(m.place_id).level in ("town", "village")
    return m.name.endswith((*_TOWNSHIP_SUFFIXES, "村", "社区"))


def _nested(g, a: Place, b: Place | None) -> bool:
    """True when one of the places holds the other (a city does not cooperate with its own district)."""
    return b is not None and (g.is_within(a, b) or g.is_within(b, a))


def find_relations(
    norm: str, mentions: list[Candidate], ctx: Place | None, spans: list[tuple[int, int]] | None = None
) -> list[Relation]:
    g = gazetteer()
    rules = _rules()["relation"]
    spans = spans if spans is not None else sentence_spans(norm)
    rels: list[Relation] = []

    def add(head, rtype, tail, start, end, source="text"):
        if head == tail:
            return
        if rtype == "cooperatesWith" and head[1] > tail[1]:
            head, tail = tail, head
        rels.append(Relation(head, rtype, tail, start=start, end=end, source=source))

    regions = [m for m in mentions if m.type == "Region"]
    # partOf: adjacent regions where the first contains the second (金华市金东区, 武义县坦洪乡), and the regions of the
    # same kind listed after the second inside the first (北京市东城区、海淀区; 江西省宜春市万载县、萍乡市上栗县: 萍乡市)
    for a, b in zip(mentions, mentions[1:]):
        if a.type == b.type == "Region" and b.start - a.end == 0 and a.place_id:
            pa = g.get(a.place_id)
            kind = _region_kind(b)
            if b.place_id:
                pb = g.get(b.place_id)
                if not (g.is_within(pb, pa) and pa.id != pb.id):
                    continue
            elif kind == "village" and _RANK_OF.get(pa.level, 9) < 5:
                pass  # 履三泉头自然村
            elif not (kind == "town" and pa.level in ("city", "county")):
                continue  # else a township the division data does not have (yet): towns become 街道, 乡 become 镇
            add(("Region", b.name), "partOf", ("Region", a.name), a.start, b.end, "name")
            run = _region_list(norm, regions[regions.index(b):])
            for c in run[1:]:
                if c.place_id and not g.is_within(g.get(c.place_id), pa):
                    break  # the list goes on in another region (于都县梓山镇潭头村、瑞金市叶坪乡华屋村)
                if _region_kind(c) == kind:
                    add(("Region", c.name), "partOf", ("Region", a.name), a.start, c.end, "name")
    # names that state regions: locatedIn, and partOf between the regions they chain
    named_places = {m.name: g.get(m.place_id) for m in regions if m.place_id}
    # the county a report speaks in: its region's, where that is a township
    home = next((p for p in (ctx, *g.chain(ctx)) if p.level not in ("town", "village")), None) if ctx else None
    for m in mentions:
        if m.type not in ("Project", "Enterprise") or m.declared or m.known:
            continue
        written = norm[m.start:m.end]
        places = _region_spans_in_name(written, ctx)
        # the places written side by side, the second inside the first (金华市金东区…; 中国（山东）自由贸易试验区青岛片区 does
        # not say 青岛 is in 山东): the indexes of the outer ones
        chained = [k for k, ((_, end, p), (start, _, q)) in enumerate(zip(places, places[1:]))
                   if end == start and g.is_within(q, p) and p.id != q.id]
        # a firm lies in the innermost of them (湖北罗田康源茯苓科技有限公司: 罗田县, not also 湖北省); so does a project named
        # after a county and its province or city (河北肃宁经济开发区, 成都大邑新材料产业园: 肃宁县, 大邑县), while one named
        # after a county and its township lies in both (义乌苏溪综合枢纽站: 义乌市 and 苏溪镇)
        outer = {k for k in chained if m.type == "Enterprise" or places[k + 1][2].level == "county"}
        sites = [x for k, x in enumerate(places) if k not in outer]
        # (平阳科创飞地, 琼中飞地产业园: an enclave lies elsewhere, the place it is named after owns it)
        for s, e, p in [] if _ENCLAVE in m.name else sites:
            if (m.type == "Enterprise" and p.level in ("town", "village") and written[s:e] != p.name
                    and (ctx is None or p.id != ctx.id)):
                continue  # 九华新材料科技股份有限公司: a firm's name holds a county or a higher division, a township's
                # short form in it is its brand (九华乡 is no part of it); but the report's own township's firm is its
                # (履坦新农村建设发展有限公司 in a report of 履坦镇)
            if (m.type == "Project" and p.level == "town" and written[s:e] != p.name and p.name not in norm
                    and (home is None or not g.is_within(p, home))):
                continue  # 穿紫河风光带提质改造工程 in a report of 武陵区: the short form of a township elsewhere, which the
                # text never names, is the landmark both are named after (16 false over the read sets, none found);
                # the report's own townships so written are where their projects are (dev: 屏都综合新区, 百山祖景区)
            add((m.type, m.name), "locatedIn", ("Region", p.name), m.start, m.end, "name")
            named_places[p.name] = p
        # a project's name states partOf between them (金华市金东区人民医院); a firm's name (四川泸州龙马酒业有限公司) says
        # where the firm is, not that one place lies in the other, nor does a province before a zone's county (河北肃宁经济
        # 开发区: the province's prefix of the zone's approved name)
        for k in chained if m.type == "Project" else ():
            if places[k][2].level == "province":
                continue
            add(("Region", places[k + 1][2].name), "partOf", ("Region", places[k][2].name), m.start, m.end, "name")
    # a region right before an enterprise or project: 宁波保税区(重点外资企业)庆达西(宁波)钢构制造有限公司; or before the
    # verb that builds the project there (在西区街道建设亿纬动力储能电池产业园, 推动大王古庄镇建设智能制造特色小镇)
    for i, a in enumerate(mentions):
        if a.type != "Region":
            continue
        for j, b in enumerate(mentions[i + 1:i + 3], start=i + 1):
            gap = norm[a.end:b.start]
            if b.type == "Enterprise" and b.nested and not _ends_legally(b.name):
                continue  # the brand that opens a project's name (铜山区的鑫晟光伏组件扩产项目): the project lies there
            if b.type in ("Enterprise", "Project") and (
                b.start == a.end
                or (b.type == "Enterprise" and len(gap) <= 8 and re.fullmatch(f"[{_CJK}]*", gap)
                    and not re.search("[与和同及]|建设|开工|引进|签约|投资", gap))
                # 船营区政府与中复神鹰: a partner, not a resident; 平鲁区开工建设中国华电投资的…: the firm builds there
                or (b.type == "Project" and _BUILDS_THERE.fullmatch(gap))
                # 在高台县巷道镇共建津甘冷链物流园, 在山丹县承建的…项目, 在竹溪县开工建设…: 在 says where, whoever builds
                or (b.type == "Project" and _BUILT_THERE_AFTER_ZAI.fullmatch(gap) and _after_zai(norm, mentions, i))
                # 山阴县加快建设…, 平鲁区开工建设…: the region that opens the clause builds there (not 援建, 共建: for another)
                or (b.type == "Project" and _BUILT_BY_SUBJECT.fullmatch(gap)
                    and _after_zai(norm, mentions, i, or_subject=True))
                # 铜山区的鑫晟光伏组件扩产项目, 昆山市周市镇的…项目 (the innermost place; not a route's end: 林甸县至
                # 杜尔伯特蒙古族自治县的滨洲铁路联络线, nor a partner: 与上海市的…, nor one of a list of places:
                # 中塘镇、太平镇的都市农业产业园; one of a list of such projects is: …项目、沛县的龙固港区综合码头工程)
                or (b.type == "Project" and gap == "的" and norm[a.start - 1:a.start] not in ("至", "到", "与", "和", "同")
                    and not (norm[a.start - 1:a.start] == "、" and i and mentions[i - 1].type == "Region"
                             and mentions[i - 1].end == a.start - 1))
            ):
                add((b.type, b.name), "locatedIn", ("Region", a.name), a.start, b.end, "text")
                if b.type == "Project" and b.start > a.end and gap != "的":
                    # and the projects listed with it: 在崖州区开工的南繁育种国际合作基地、深海科技创新公共平台等
                    for c, d in zip(mentions[j:], mentions[j + 1:]):
                        if d.type != "Project" or norm[c.end:d.start] != "、" or _opens_with_place(d.name):
                            break  # (not one whose name opens with its own place: …物流园、渝水区第二人民医院综合楼)
                        add((d.type, d.name), "locatedIn", ("Region", a.name), a.start, d.end, "text")
    # a project and where it starts or runs: 项目(一期)在徐水区(正式)投产, 产业园落户船营区搜登站镇 (the innermost place)
    regions_at = {m.start: m for m in regions}
    for m in mentions:
        if m.type != "Project":
            continue
        there = _PROJECT_THERE.match(norm, m.end)
        first = regions_at.get(there.end()) if there else None
        where = _innermost_region(regions_at, first) if first else None
        if where is not None and _THERE_VERB.match(norm, where.end):
            add((m.type, m.name), "locatedIn", ("Region", where.name), m.start, where.end, "text")
    # a place fronted in a clause of its own (近日，在安顺市普定县化处镇，总投资3.2亿元的…产业园正式投产): the projects the
    # rest of the sentence names, up to a semicolon, lie there; not where it tells of signing or promotion (在深圳，…签约
    # 项目: a project signed there is built at home)
    for m in regions:
        if norm[m.start - 1:m.start] != "在" or not (m.start == 1 or _FRONTED_BEFORE.match(norm, m.start - 2)):
            continue
        last = _innermost_region(regions_at, m)
        if not norm.startswith(("，", ","), last.end):
            continue
        hi = _sentence_of(spans, last.end)[1]
        hi = next((c.start() for c in _PART_END.finditer(norm, last.end, hi)), hi)
        if _SIGNED_THERE.search(norm, last.end, hi):
            continue
        for prj in mentions:
            if prj.type == "Project" and not prj.nested and last.end < prj.start and prj.end <= hi:
                add((prj.type, prj.name), "locatedIn", ("Region", last.name), m.start, prj.end, "text")
    # a firm right before a project (its short name in brackets between) invests in it: X有限公司年产…项目
    projects_at = {m.start: m for m in mentions if m.type == "Project"}
    for m in mentions:
        if m.type == "Enterprise" and not m.nested:
            p = projects_at.get(m.end) or projects_at.get(_past_short_name(norm, m.end))
            if p is not None:
                add(("Enterprise", m.name), "investsIn", ("Project", p.name), m.start, p.end, "name")
    # a firm named inside a project name invests in it
    for m in mentions:
        if m.type == "Enterprise":
            for p in mentions:
                if p.type == "Project" and p.start <= m.start and m.end < p.end:
                    add(("Enterprise", m.name), "investsIn", ("Project", p.name), p.start, p.end, "name")
    # a project named after the brand of a firm the paragraph names (安踏体育用品集团有限公司 … 安踏全球零售运营中心,
    # 永裕竹业股份有限公司 … 永裕竹业增资扩产项目): the brand's firm invests in it
    firms = [m for m in mentions if m.type == "Enterprise" and not m.nested]
    for p in (m for m in mentions if m.type == "Project") if firms else ():
        for f in firms:
            if (abs(f.start - p.start) <= 300 and "\n" not in norm[min(f.end, p.end):max(f.start, p.start)]
                    and _shared_brand(f.name, p.name)):
                add(("Enterprise", f.name), "investsIn", ("Project", p.name), p.start, p.end, "name")
    # a run of one-character names before a word of joint development cooperate: 成德眉资同城化, 鲁渝协作
    singles = {m.end: m for m in regions if m.end - m.start == 1}
    for j in _pattern("relation", "joint_words").finditer(norm):
        run, pos = [], j.start()
        while pos in singles:
            run.insert(0, singles[pos])
            pos = singles[pos].start
        for i, a in enumerate(run):
            for b in run[i + 1:]:
                if a.name != b.name:
                    add(("Region", a.name), "cooperatesWith", ("Region", b.name), run[0].start, j.end())
        if len(run) == 2:  # and the pair written right before it, in its clause: 金坛区与石泉县苏陕协作
            floor = max(0, run[0].start - 40)
            lo = max((c.end() for c in _CLAUSE_OR_SENTENCE_END.finditer(norm, floor, run[0].start)), default=floor)
            before = [m for m in regions if lo <= m.start and m.end <= run[0].start and not m.nested]  # in text order
            for a, b in _partners_before(g, norm, before, run[0].start):
                if a.name != b.name:
                    add(("Region", a.name), "cooperatesWith", ("Region", b.name), a.start, j.end())
            if ctx is not None and not before:
                # 沪滇协作成效明显，上海市嘉定区安排帮扶资金…: the place of the pair that helps the report's region, at
                # the start of the next clause
                sent_end = _sentence_of(spans, j.start())[1]
                hi = next((c.start() for c in _CLAUSE_END.finditer(norm, j.end(), sent_end)), sent_end)
                side = _opening_regions(norm, sorted(regions, key=_start_of), hi, sent_end)
                _cooperate_with_report(g, ctx, side, add, run[0].start, side[-1].end if side else hi)
    located = _alternation(rules["located_triggers"])
    invest = _alternation(rules["invest_triggers"])
    coop = _alternation(rules["cooperate_triggers"])
    by_start = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    for s, e in spans:
        in_sent = by_start[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]
        if not in_sent and not coop.search(norm, s, e):  # 杭衢山海协作 names its regions in the trigger's prefix
            continue
        sentence = norm[s:e]
        # locatedIn: X位于Y
        for t in located.finditer(sentence):
            pos = s + t.start()
            # (not an item before a list's comma: …小镇项目、落户留庄镇的豫南冷链物流园 says where the next item is)
            # (nor one whose clause goes on past a comma: …项目建设，推动位于潞城区店上镇的… says where the next one is)
            heads = [m for m in in_sent if m.type in ("Project", "Enterprise") and m.end <= pos and pos - m.end <= 6
                     and "、" not in norm[m.end:pos] and not _COMMA_THEN_MORE.search(norm, m.end, pos)]
            tails = [m for m in in_sent if m.type == "Region" and m.start >= pos + len(t.group(0)) and m.start - pos <= 8
                     and not _LIST_OR_CLAUSE.search(norm, pos, m.start)]  # 落地、茶山山根小村运营: 落地 ends its clause
            where = _innermost_region(regions_at, tails[0]) if tails else None
            # 位于龙潭区(的)…的X项目: up to the 的 before what lies there
            of = _OF_AFTER_WHERE.match(norm, where.end) if where is not None and t.group(0) in ("位于", "坐落于") else None
            if heads and of and _JOINED_OR_CLAUSE_END.search(norm, heads[-1].end, pos):
                # …工程和位于永丰朝鲜族乡的…项目, …全线贯通，位于礼纪镇的…小镇: 位于…的 says where the next one is
                if any(m.start == of.end() and m.type in ("Project", "Enterprise") for m in in_sent):
                    heads = []
            clause = norm[max((c.end() for c in _CLAUSE_END.finditer(norm, s, pos)), default=s):pos]
            if not heads and (clause in _THE_PROJECT or (not clause and t.group(0) == "选址")):
                heads = _project_before(by_start, starts, norm, pos)  # 该项目位于Y; P建成投产，项目位于Y; P…，选址位于Y
            if heads and heads[-1].type == "Enterprise" and norm[heads[-1].start - 1:heads[-1].start] == "由":
                # 项目由X公司投资建设，落户Y: what settles there is the project the firm builds
                heads = [m for m in in_sent if m.type == "Project" and m.end == heads[-1].start - 1]
            if not tails and heads:
                # 该项目位于漳州市古雷港经济开发区: the zone (a project) is where it is, and the region its name opens with
                zone = next((m for m in in_sent if m.type == "Project" and 0 <= m.start - pos - len(t.group(0)) <= 2), None)
                opens = _regions_in_name(zone.name, ctx)[:1] if zone is not None else []
                if opens and zone.name.startswith(opens[0].name):
                    add((heads[-1].type, heads[-1].name), "locatedIn", ("Region", opens[0].name), s, e)
            if where is None:
                continue
            if not heads and t.group(0) in ("位于", "坐落于"):
                # 位于龙潭区(的)…的X项目、Y项目: the projects the clause goes on to name
                first = next((m for m in in_sent if of and m.start == of.end()), None)
                if first is not None and first.type == "Enterprise":
                    first = projects_at.get(first.end)  # 位于龙潭区的中国石油吉林石化公司ABS装置扩能改造项目
                elif first is not None and first.type != "Project":
                    first = None
                # the items after it, while each is a project or a firm (…康养小镇、峄城区的…产业园: a place opens a clause)
                heads = _joined_run(norm, [m for m in in_sent if first and m.start >= first.start
                                           and m.type in ("Project", "Enterprise")], ("、", "和", "及"))
                # …、玉蟾街道泸县人民医院康复楼: an item whose name opens with a place lies there, and so do those after it
                heads = heads[:next((k for k, m in enumerate(heads) if k and _opens_with_place(m.name)), len(heads))]
            for head in heads[-1:] if heads and heads[-1].end <= pos else heads:
                add((head.type, head.name), "locatedIn", ("Region", where.name), s, e)
        # investsIn: 企业 + trigger + 项目 (企业将在某园区建设项目; 企业甲与企业乙共同投资建设项目)
        for t in invest.finditer(sentence):
            pos = s + t.start()
            ents = [m for m in in_sent if m.type == "Enterprise" and m.end <= pos and not m.nested  # not in a name
                    and (((pos - m.end <= 12 or _WHERE_GAP.fullmatch(norm, m.end, pos))
                          and not _CLAUSE_END.search(norm, m.end, pos))
                         or _AMOUNT_WHERE_GAP.fullmatch(norm, m.end, pos))]
            if not ents and _THE_LATTER.search(norm, max(0, pos - 5), pos):
                # 与X集团签约，(由)后者(将)投资建设Z: the firm named last
                ents = [m for m in in_sent if m.type == "Enterprise" and m.end <= pos and not m.nested][-1:]
            if not ents:
                ents = _both_parties(norm, in_sent, s, pos)  # A公司与B公司签约，双方将合资建设Z项目
            first = in_sent[0] if in_sent else None
            if (not ents and first is not None and first.type == "Enterprise" and first.end <= pos
                    and t.group(0).startswith(("投资", "投建"))
                    and re.fullmatch(r"(?:[^，,。；;]{1,6}[，,])?", norm[s:first.start])):
                # the firm that opens the sentence: (日前，)X公司与Y签约，投资建设Z项目; and the firm joined to it where
                # they invest together (X公司与Y公司签约，共同投资建设Z项目; 双方 of three names none: see _both_parties)
                together = norm.endswith(_TOGETHER, 0, pos) and not _BOTH_PARTIES.search(norm, first.end, pos)
                joined = _joined_firms(norm, in_sent, first, forward=True) if together else [first]
                if not any(m.type == "Enterprise" and m not in joined for m in in_sent[1:] if m.end <= pos):
                    ents = joined[-1:]
            projs = [m for m in in_sent if m.type == "Project" and m.start >= pos and m.start - pos <= 30
                     and (not _CLAUSE_END.search(norm, pos, m.start) or _AMOUNT_THEN_BUILDS.fullmatch(norm, pos, m.start))]
            # 投资32亿元在西永综合保税区建设智能显示模组项目: the zone after 在 is where the project is built
            projs = [m for k, m in enumerate(projs) if not (norm[m.start - 1] == "在" and projs[k + 1:])]
            if ents and projs:
                firms = _joined_firms(norm, in_sent, ents[-1])
                if len(firms) > 1 and "分别" in norm[firms[-1].end:pos]:
                    # 企业甲、企业乙分别投资建设项目甲和项目乙: each firm its project, in order
                    listed = _joined_run(norm, projs, ("和", "与", "、", "及"))[:len(firms)]
                    if listed[0].start - (pos + len(t.group(0))) > 2:  # the list's first items are not projects found
                        pairs = list(zip(firms[::-1], listed[::-1]))
                    else:
                        pairs = list(zip(firms, listed))
                else:
                    pairs = [(firm, projs[0]) for firm in firms]
                for firm, prj in pairs:
                    add(("Enterprise", firm.name), "investsIn", ("Project", prj.name), s, e)
        # investsIn: a firm's agreement with a government and the project it is for (see _signed_projects)
        for firm, prj in _signed_projects(norm, in_sent, s, e):
            add(("Enterprise", firm.name), "investsIn", ("Project", prj.name), s, e)
        # investsIn: 项目由企业(与企业乙)(投资N亿元)建设/承建, 该项目……由企业投资建设
        for by in _BY.finditer(sentence):
            pos = s + by.end()
            first = next((m for m in in_sent if m.type == "Enterprise" and m.start == pos), None)
            if first is None:
                continue
            firms = _joined_firms(norm, in_sent, first, forward=True)
            builds = _BY_FIRM_BUILDS.match(norm, _past_short_name(norm, firms[-1].end))  # 由X有限公司（以下简称X）投资建设
            if not builds:
                continue
            while norm.startswith(("、", "，", ","), builds.end()):  # 由X投资建设、Y承建 (，Y承建): the builder too
                other = next((m for m in in_sent if m.type == "Enterprise" and m.start == builds.end() + 1), None)
                more = other and _BY_FIRM_BUILDS.match(norm, _past_short_name(norm, other.end))
                if not more or (norm[builds.end()] != "、" and not _CLAUSE_END_AFTER.match(norm, more.end())):
                    break  # after a comma, a clause of its own: Y承建。 (not Y投资建设的Z项目)
                firms.append(other)
                builds = more
            if norm.startswith("的", builds.end()):  # 由X承建的Y项目: the project named after it
                prj = [m for m in in_sent if m.type == "Project" and m.start == builds.end() + 1]
                for firm in firms if prj else ():
                    add(("Enterprise", firm.name), "investsIn", ("Project", prj[0].name), s, e)
                continue
            before = [m for m in in_sent if m.end <= pos - 1 and pos - 1 - m.end <= 40]
            # …项目落户广清产业园，由X承建; …产业园二期落地五乡镇，由X承建: the place the project went to is not it
            while len(before) > 1 and before[-1].type in ("Region", "Project"):
                k = len(before) - 1  # a chain of places (位于牛田镇流坑村): where its first one begins
                while k > 1 and before[k - 1].type == "Region" and before[k - 1].end == before[k].start:
                    k -= 1
                if not _went_there(norm, before[k].start):
                    break
                del before[k:]
            prj = before[-1:] if before and before[-1].type == "Project" else []
            if not prj:  # the project 该项目 refers to (see _referred_project), or 项目 opening the sentence (项目总投资…，由X…)
                ref = norm.find("该项目", s, pos)
                if ref < 0 and sentence.startswith("项目"):
                    ref = s
                if ref >= 0:
                    prj = _referred_project(by_start, starts, norm, ref)
            for firm in firms if prj else ():
                add(("Enterprise", firm.name), "investsIn", ("Project", prj[0].name), s, e)
        # cooperatesWith: 对口支援, 山海协作, 结对, 同城 … between two regions of the trigger's clause (A对口支援B,
        # A与B结对), or the report's region and the regions named on one side (与A深化对口帮扶, 对口支援A和B)
        for t in coop.finditer(sentence):
            pos = s + t.start()
            lo = max((c.end() for c in _CLAUSE_END.finditer(norm, s, pos)), default=s)
            hi = next((c.start() for c in _CLAUSE_END.finditer(norm, s + t.end(), e)), e)
            near = [m for m in in_sent if m.type == "Region" and abs(m.start - pos) <= 20 and lo <= m.start < hi
                    and not _is_macro(g, m)]
            before = _unique_names(m for m in near if m.end <= pos)
            after = _unique_names(m for m in near if m.start >= pos)
            made_at = s + t.end() + (norm[s + t.end():s + t.end() + 1] == "的")  # what the word makes: 共建的P
            if any(m.type == "Project" and (m.start <= pos < m.end or m.start == made_at) for m in in_sent):
                after = []  # 与庆元县共建的龙庆山海协作产业园落户瑶溪街道: the word is in a park's name, what follows is its site
                # (与义乌市合作共建的义柘小商品产业园在安平镇签约落地: the park the word makes, then its site)
            pair = [m for m in near if m.end <= pos][-2:]
            joined = norm[pair[0].end:pair[1].start] if len(pair) == 2 else None
            two = [g.expand_abbrev(ch) for ch in norm[pos - 2:pos]] if pos - 2 >= s else []
            written_before = [m for m in in_sent if m.type == "Region" and lo <= m.start and m.end <= pos]
            aid = _AID.search(t.group(0)) is not None
            partners = _partners_before(g, norm, written_before, pos, aid=aid)
            givers = _givers_before(g, norm, written_before, pos) if aid else []
            objects = _listed_from(norm, in_sent, s + t.end(), hi) if aid else []
            if (len(two) == 2 and all(two) and two[0] != two[1] and norm[pos - 3:pos - 2] not in ("与", "和", "同")
                    and norm[pos - 2:pos] not in _common_words()
                    and not (pos - 3 >= s and _is_place_name(norm[pos - 3:pos], None))):  # 京津冀协同: no 津冀 pair
                add(("Region", two[0]), "cooperatesWith", ("Region", two[1]), s, e)  # 杭衢山海协作, 嘉湖一体化
            elif partners:
                for a, b in partners:
                    if a.name != b.name:
                        add(("Region", a.name), "cooperatesWith", ("Region", b.name), s, e)
            elif before and after and (givers or not aid):
                # A对口支援B、C、D: each of the regions listed after the word; with aid, each of the givers listed
                # before it (上海市宝山区、杨浦区对口支援江孜县), in order where 分别 pairs them
                listed = _joined_run(norm, [m for m in near if m.start >= pos], ("、", "和", "及"))
                names = _unique_names(listed)
                if len(givers) == len(names) > 1 and "分别" in norm[givers[-1].end:pos]:
                    pairs = [(a.name, b) for a, b in zip(givers, names)]
                else:
                    pairs = [(a, b) for a in ([m.name for m in givers] or before[-1:]) for b in names]
                for a, b in pairs:
                    add(("Region", a), "cooperatesWith", ("Region", b), s, e)
            elif joined in ("与", "和", "同", "—", "－", "-") or (joined == "" and all(m.end - m.start == 1 for m in pair)):
                # A与B结对, 长春—天津对口合作; two adjacent abbreviations of a run (the pair right before the trigger is
                # handled above)
                add(("Region", pair[0].name), "cooperatesWith", ("Region", pair[1].name), s, e)
            elif ctx is not None:
                side = [m for m in near if (m.end <= pos) == bool(before)]
                if not before and side and _opens_body_name(norm, _joined_run(norm, side, ("", "、", "和", "及"))):
                    side = []  # 与我县结对的四川南充嘉崚团队: the places say where a team (a school, a firm) is from, and
                    # the team pairs with the county
                if (before and side[-1].end == pos and _after_zai(norm, mentions, mentions.index(side[-1]))
                        and _township_or_below(g, side[-1])):
                    side = []  # 在扬子洲镇合作共建…: where the work is, no partner (but 在宁波市鄞州区合作共建的平阳科创
                    # 飞地: a county after 在 is the partner whose land holds the enclave)
                if not near and not any(m.type in ("Initiative", "Project") and m.start <= pos < m.end for m in in_sent):
                    # 深化东西部协作，向甘肃省定西市安定区选派… (not 深入实施京津冀协同发展战略，承接北京非首都功能疏解, nor
                    # 已成为武义—海宁山海协作生态旅游文化产业园…示范点，海宁市…: a programme's or a park's name pairs no one)
                    side = _opening_regions(norm, in_sent, hi, e)
                elif aid and objects:
                    side = objects  # (…和)对口帮扶云南省、贵州省遵义市: the regions the aid goes to
                elif aid and before:
                    # 广东省、福建省对口支援; 对新疆和田地区、西藏昌都市、青海黄南藏族自治州的对口支援: each of the list
                    side = _region_list(norm, written_before, backward=True)
                _cooperate_with_report(g, ctx, side, add, s, e)
    # 与A、B签署合作协议 / 与A结对共建: the report's region cooperates with each (where no region written before 与 is
    # the one that does: 沈阳与北京…, 天水市、定西市分别与…, which the cooperation words pair)
    if ctx is not None and ctx.level != "macro":
        after_words = tuple(rules["cooperate_after"])
        region_ends = {r.end for r in regions}
        region_starts = {r.start for r in regions}
        for m in re.finditer("与", norm):
            subject = m.start() in region_ends or (norm.endswith("分别", 0, m.start()) and m.start() - 2 in region_ends)
            listed, pos = [], m.end()
            for r in regions:
                if r.start == pos and _is_division(g, r):
                    if listed and listed[-1].end == r.start and g.is_within(g.get(r.place_id), g.get(listed[-1].place_id)):
                        listed.pop()  # 与吉林四平: the place is 四平, 吉林 only says where it is
                    listed.append(r)
                    # (和 of 新疆和田地区 opens the next place's name: no conjunction)
                    pos = r.end + (1 if norm[r.end:r.end + 1] in "、和及" and r.end not in region_starts else 0)
            word = _cooperation_said(norm, listed[-1].end, after_words) if listed else None
            if word is not None:
                if subject:  # A与B签署合作协议, A、B分别与C、D签署: the regions before 与 are the partners
                    sent_lo = _sentence_of(spans, m.start())[0]
                    lo = max((c.end() for c in _CLAUSE_END.finditer(norm, sent_lo, m.start())), default=sent_lo)
                    written_before = [r for r in regions if lo <= r.start and r.end <= word]
                    for a, b in _partners_before(g, norm, written_before, word):
                        if a.name != b.name:
                            add(("Region", a.name), "cooperatesWith", ("Region", b.name), a.start, word)
                    continue
                for r in listed:
                    if r.name != ctx.name and not _nested(g, ctx, g.get(r.place_id)):
                        add(("Region", ctx.name), "cooperatesWith", ("Region", r.name), m.start(), r.end)
    # A援建的B…: a region that builds for another (唐山市援建的平武县人民医院, 上海援建的日喀则上海实验学校) cooperates with the
    # report's own region where the building lies in it (or says no place), else with the place that opens its name (not
    # 在泾源县黄花乡援建…: there the place says where)
    for i, a in enumerate(mentions):
        aid = _AID_BUILT.match(norm, a.end) if a.type == "Region" and a.place_id else None
        if aid is None or _after_zai(norm, mentions, i):
            continue
        nxt = next((m for m in mentions[i + 1:] if m.start >= aid.end()), None)
        if nxt is None or nxt.start != aid.end() or nxt.type not in ("Region", "Project"):
            continue
        if nxt.type == "Region":
            built = g.get(nxt.place_id) if nxt.place_id else None
        else:
            built = next((p for s0, _, p in _region_spans_in_name(norm[nxt.start:nxt.end], ctx) if s0 == 0), None)
        if ctx is not None and ctx.level != "macro" and (built is None or g.is_within(built, ctx)):
            built = ctx
        # the givers: the region before the word and those listed before it (东城区、西城区援建的…), without locators
        givers = _without_locators(g, _region_list(norm, [r for r in regions if r.end <= a.end], backward=True))
        for giver_m in givers:
            giver = g.get(giver_m.place_id) if giver_m.place_id else None
            if built is not None and giver is not None and built.id != giver.id and not _nested(g, giver, built):
                add(("Region", giver_m.name), "cooperatesWith", ("Region", built.name), giver_m.start, aid.end())
    # holdsPost: a person after the posts they hold (see _posts_before)
    by_end = {r.end: r for r in regions if r.place_id}
    said: dict[tuple[tuple[int, int], str], str] = {}  # (sentence, level word) -> region of a post stated so
    listed_after: dict[int, list] = {}  # where a name listed after a person would start -> that person's posts
    for m in mentions:
        if m.type != "Person":
            continue
        sentence = _sentence_of(spans, m.start)
        # 副市长李明、陈小红: names listed under one post hold it each
        posts = _posts_before(norm, m.start, by_end) or listed_after.get(m.start, [])
        listed_after[m.end + 1] = posts if norm[m.end:m.end + 1] == "、" else []
        for start, word, region in reversed(posts):  # the post nearest the name last: 苏州市委常委、太仓市委书记周晓峰，
            if region is not None and word is not None:  # 市长陈立新 is the mayor of 太仓市
                said[(sentence, word)] = region
        for start, word, region in posts:
            if region is None and word is not None:
                # 大庆市委书记韩春雷、市长周振宇: the mayor of the city named before; 市长王伟 in a report of 榆林市
                region = said.get((sentence, word))
                if region is None and ctx is not None and ctx.name.endswith(word):
                    region = ctx.name
            if region is not None:
                add(("Person", m.name), "holdsPost", ("Region", region), start, m.end, "text")
    # dedupe, keep first evidence
    seen, out = set(), []
    for r in _where_the_text_says(g, rels, named_places):
        k = (r.head, r.type, r.tail)
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


def _where_the_text_says(g, rels: list[Relation], places: dict[str, Place]) -> list[Relation]:
    """``rels`` without the places a project's name states where the text says where it is, elsewhere: 位于颍川街道的
    禹州中药材现代物流港 lies in 颍川街道, not also in 禹州市 (the annotators of the read sets so in 55 of 60 cases).
    A place of the name inside the one the text gives is kept (位于巴宜区的鲁朗国际旅游小镇: 鲁朗镇 too)."""
    told: dict[tuple, list[str]] = {}
    for r in rels:
        if r.type == "locatedIn" and r.source == "text" and r.head[0] == "Project":
            told.setdefault(r.head, []).append(r.tail[1])

    def stated(r: Relation) -> bool:
        where = told.get(r.head)
        if not where or r.source != "name" or r.type != "locatedIn" or r.tail[1] in where:
            return True
        inner = places.get(r.tail[1])
        return inner is not None and any(w in places and g.is_within(inner, places[w]) for w in where)

    return [r for r in rels if stated(r)]


# -- public entry point ------------------------------------------------------------------------------


def _context_place(context, norm: str = "") -> Place | None:
    """The report's region. A name that places of one level share (宝山区 of 上海市 and of 双鸭山市, 鼓楼区 of four
    cities) is the one whose parent the context gives (``parent_region``), else the one whose city, province or
    townships the title and the text's opening name most; the most prominent where nothing tells them apart. A region
    that is no division (a zone: 宁波保税区) gives way to its ``parent_region``."""
    if not context:
        return None
    region = context.get("region") if isinstance(context, dict) else context
    if not region:
        return None
    g = gazetteer()
    name = normalize(region)
    place = g.resolve(name)
    parent = context.get("parent_region") if isinstance(context, dict) else None
    if place is None:
        # a zone (宁波保税区) is no division: its city scopes the names of places, as a report of the city's would
        return g.resolve(normalize(parent)) if parent else None
    twins = [place, *(p for p in g.candidates(name)
                      if p is not place and p.level == place.level and p.name == place.name)]
    if len(twins) == 1:
        return place
    opening = ((context.get("title") or "") if isinstance(context, dict) else "") + norm[:_CONTEXT_OPENING]
    return max(twins, key=lambda p: _context_score(p, parent, opening))


#: How much of a text's opening tells apart the places that share the report region's name.
_CONTEXT_OPENING = 5000


def _context_score(place: Place, parent: str | None, text: str) -> tuple[bool, int]:
    """Whether ``parent`` is one of ``place``'s ancestors, and how many of its ancestors (by name or short form) and
    townships (by name) ``text`` names."""
    g = gazetteer()
    ancestors = g.chain(place)
    named = sum(1 for a in ancestors if a.name in text or (a.short and len(a.short) >= 2 and a.short in text))
    named += sum(1 for c in g.children(place) if c.name in text)
    return (parent is not None and any(a.name == parent for a in ancestors)), named


def extract_text(
    text: str, *, context: dict | str | None = None, norm: str | None = None
) -> tuple[list[Mention], list[Relation]]:
    """Mentions and relations in ``text`` (offsets index ``text``).

    ``context`` is the report's ``{"region", "year", "title"}`` (or just a region name; ``parent_region`` tells
    apart regions of one name); it scopes short township and village names and supplies the speaking government
    for relations. ``norm`` may pass ``normalize(text)`` when the caller has it.
    """
    norm = norm if norm is not None else normalize(text)
    ctx = _context_place(context, norm)
    spans = sentence_spans(norm)
    candidates = find_candidates(norm, ctx)
    chosen = _split_firm_projects(norm, select_mentions(candidates), candidates)
    chosen, declared = _declared_short_names(norm, chosen)
    chosen = sorted(chosen + _firms_in_project_names(norm, chosen, ctx), key=lambda c: (c.start, c.end))
    chosen = _named_as_declared(norm, chosen, declared)
    relations = find_relations(norm, chosen, ctx, spans)
    mentions = []
    for c in chosen:
        s, e = _sentence_of(spans, c.start)
        mentions.append(
            Mention(
                type=c.type, name=c.name, text=text[c.start:c.end], start=c.start, end=c.end,
                sentence=text[s:e], code=c.place_id, sent_start=s,
            )
        )
    relations = [
        Relation(r.head, r.type, r.tail, start=r.start, end=r.end,
                 sentence=text[slice(*_sentence_of(spans, r.start))] if r.start >= 0 else "", source=r.source)
        for r in relations
    ]
    return mentions, relations
