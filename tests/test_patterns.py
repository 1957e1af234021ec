"""The rule patterns written for speed match what their plain forms match: the same spans and groups, over the
seeds and over sentences made to hit each branch."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg import extract
from kg.extract import _CJK, _NUMERALS, _alternation, _listed_matches, _optional_before

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

SENTENCES = [
    "华为计划投资10亿元建设研发中心，隆基绿能投资53亿元，中复神鹰再次投资2.5亿元、追加出资3000万元。",
    "宁德时代在福鼎工业园区投资建设的锂电池项目，金山云将在产业园区投资建设，中国能建还将在当地投资兴建，又拟在园区投资的。",
    "惠科股份追加投资的项目由中建七局承建，长电科技投资的项目，宁德时代旗下控股子公司新增投资建设。",
    "融入武汉都市圈、沈阳现代化都市圈，长三角城市群和成渝地区双城经济圈，现代化城市。",
    "推动江安、长宁、兴文三个经济开发区提档升级，建成西团、刘庄、白驹三座污水处理厂和甲、乙两所学校。",
    "推进厕所、垃圾、污水三大革命，抓好煤炭保供、电力外送“两大工程”，实施城乡建设一体化示范、乡村振兴、数字化改革、共同富裕四大行动。",
    "“四好农村路”、美丽乡村、未来社区、数字经济、产业集群、现代农业、文化旅游七大行动，一二、三四五、六七八九十个项目。",
    "全力推进城东、城西、黄岗三个街道改造，新山村、跃进村、九宫庙三个街道完工，大力支持龙山、虎山两个乡和凤凰、麒麟两个镇。",
]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] + SENTENCES


def _found(matches) -> list[tuple]:
    return [(m.span(), m.groups()) for m in matches]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


@pytest.mark.parametrize("section,key", [("project", "type_words"), ("initiative", "named_type_words"),
                                         ("enterprise", "actor_cues"), ("relation", "joint_words"),
                                         ("enterprise", "suffixes")])
def test_grouped_alternation_matches_as_the_flat_one(texts, section, key):
    words = extract._rules()[section][key]
    flat = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
    grouped = _alternation(words)
    assert grouped.pattern != flat.pattern  # grouped by first characters
    found = [_found(grouped.finditer(t)) for t in texts]
    assert found == [_found(flat.finditer(t)) for t in texts]
    assert any(found)


def test_grouped_alternation_prefers_the_longer_word_at_one_place():
    assert _alternation(["项目", "项目群", "工程"]).pattern == "项(?:目群|目)|工程"
    assert [m.group() for m in _alternation(["项目", "项目群", "工程"]).finditer("项目群工程项目")] == ["项目群", "工程", "项目"]


ADVERBS = "计划|拟|将|再次|再|追加|新增|继续"


@pytest.mark.parametrize("fast,plain", [
    (extract._FIRM_INVESTS, f"(?:{ADVERBS})?(?:投资|出资)[0-9.]+多?[亿万]"),
    (extract._INVESTS_THERE, "(?:还|也|又)?(?:将|拟|计划)?在[^，,；;：:。、]{2,16}?(?:投资建设|投资兴建|投资新建|投资的)"),
    (extract._METRO_AREA, "(?:现代化)?(?:都市经济圈|都市圈|经济圈|城市群)"),
    (extract._actor_cues(), f"(?:{ADVERBS})?(?:{'|'.join(sorted(extract._rules()['enterprise']['actor_cues'], key=len, reverse=True))})"),
])
def test_optional_prefix_written_out_matches_as_written(texts, fast, plain):
    plain = re.compile(plain)
    found = [_found(fast.finditer(t)) for t in texts]
    assert found == [_found(plain.finditer(t)) for t in texts]
    assert any(found[len(texts) - len(SENTENCES):])  # the sentences hit it


def test_optional_before_tries_the_optional_words_first():
    pattern = re.compile("|".join(_optional_before(["将", "将要"], ["在", "建"])))
    assert [m.group() for m in pattern.finditer("将要在将建在")] == ["将要在", "将建", "在"]


#: Patterns that open with a 、-list, and the most characters their first item may have.
LIST_PATTERNS = [
    (rf"((?:[{_CJK}]{{2,6}}、)+[{_CJK}]{{2,6}})(?:[和及])?([两二三四五六七八九十])(?:个|座|所|家|条|处)", 6),
    (rf"((?:[{_CJK}]{{2,6}}、)+[{_CJK}]{{2,6}})[“‘]?[{_NUMERALS}]大(革命|行动|工程)", 6),
    (extract._COUNTED_TOWNSHIPS.pattern, 4),
]


@pytest.mark.parametrize("pattern, longest", LIST_PATTERNS)
def test_listed_matches_finds_what_finditer_finds(texts, pattern, longest):
    pattern = re.compile(pattern)
    found = [_found(_listed_matches(pattern, t, longest=longest)) for t in texts]
    assert found == [_found(pattern.finditer(t)) for t in texts]
    assert sum(map(len, found)) >= 4


@pytest.mark.parametrize("text", [
    "、甲乙、丙丁三个", "甲乙丙丁戊己庚、辛壬、癸子两座", "甲、乙丙、丁戊两家", "甲乙、丙丁两座、戊己、庚辛两座",
    "城乡建设一体化示范、乡村振兴三大革命", "、、、", "", "甲乙、", "数字化改革、共同富裕、“两大工程”",
])
def test_listed_matches_at_the_edges(text):
    for pattern, longest in LIST_PATTERNS:
        pattern = re.compile(pattern)
        assert _found(_listed_matches(pattern, text, longest=longest)) == _found(pattern.finditer(text))
