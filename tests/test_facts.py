"""kg.facts and kg.facts_eval: report facts and headline indicators from the seeds."""

import json
from pathlib import Path

import pytest

from kg.facts import canonical_region, extract_facts, extract_indicators, facts_to_manifest_dict
from kg.facts_eval import evaluate_reports, format_report_scores
from kg.ingest import load_documents, read_text, split_documents
from kg.model import Document
from kg.normalize import normalize

from conftest import REPORTS_GOLD as GOLD
from conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def seed_facts():
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        for doc in load_documents(path)[0]:
            out.append((doc, extract_facts(doc)))
    return out


def _by_start(seed_facts, first_chars):
    for doc, facts in seed_facts:
        if doc.text.startswith(first_chars):
            return doc, facts
    raise AssertionError(f"no document starts with {first_chars!r}")


def _doc(body: str, headline: str | None = None, kind: str = "report") -> Document:
    return Document(id="t-01", source="t.txt", start=0, end=len(body), text=body, norm=normalize(body),
                    headline=headline, kind=kind)


@pytest.mark.parametrize(
    "first_chars, field, expected",
    [
        ("2月22日,金東區", "region", "金东区"),
        ("2月22日,金東區", "year", 2023),
        ("2月22日,金東區", "reviewed_year", 2022),
        ("2月22日,金東區", "speaker", "毛世梁"),
        ("2月22日,金東區", "post", "代区长"),
        ("2月22日,金東區", "meeting", "金东区第五届人民代表大会第二次会议"),
        ("2月22日,金東區", "date", "2023-02-02"),
        ("(2019年2月27日在永康市", "region", "永康市"),
        ("(2019年2月27日在永康市", "speaker", "朱志杰"),
        ("(2019年2月27日在永康市", "post", "市长"),
        ("(2019年2月27日在永康市", "date", "2019-02-27"),
        ("(2019年2月27日在永康市", "meeting", "永康市第十七届人民代表大会第三次会议"),
        ("在坦洪乡第十七届", "speaker", "胡浩"),
        ("在坦洪乡第十七届", "post", None),  # no post written before the name
        ("在坦洪乡第十七届", "date", "2020-01-15"),
        ("政府工作报告2019年1月30日", "speaker", "俞奎法"),
        ("政府工作报告2019年1月30日", "region", "履坦镇"),
        ("2024年嵊州市政府工作报告", "speaker", "潘超英"),
        ("2024年嵊州市政府工作报告", "meeting", None),  # the forum copy names no meeting
        ("2018年3月27日在衢州市", "post", "代市长"),
        ("2018年政府工作报告各位代表", "year", 2019),  # the headline's year wins over the body's
        ("2018年政府工作报告各位代表", "speaker", None),
        ("一、2019年工作回顾\n2019年,镇政府", "region", "店口镇"),
        ("一、2019年工作回顾\n2019年,镇政府", "year", 2020),
        ("2018年4月,新疆阿克苏地区", "kind", "news"),
        ("2018年4月,新疆阿克苏地区", "reviewed_year", None),
        ("2018年4月,新疆阿克苏地区", "speaker", None),
        ("2019年2月,宁波保税区", "year", 2019),
    ],
)
def test_seed_facts(seed_facts, first_chars, field, expected):
    _doc_, facts = _by_start(seed_facts, first_chars)
    assert getattr(facts, field) == expected


def _indicators(seed_facts, first_chars):
    _d, facts = _by_start(seed_facts, first_chars)
    return {(i.metric, i.value, i.unit, i.growth_pct) for i in facts.indicators}


@pytest.mark.parametrize(
    "first_chars, indicator",
    [
        ("2019年2月22日在金华市", ("地区生产总值", 4100, "亿元", 5.5)),
        ("2019年2月22日在金华市", ("农村居民人均可支配收入", 26218, "元", 9.6)),
        ("(2019年2月27日在永康市", ("城镇居民人均可支配收入", 54581, "元", 8.3)),
        ("在坦洪乡第十七届", ("一般公共预算收入", 626.7, "万元", None)),  # 财政预算收入
        ("2月22日,金東區", ("外贸进出口", 500, "亿元", None)),  # 進出口總額預計超500億元
        ("2018年2月26日在温州市瓯海区", ("农村居民人均可支配收入", 3, "万元", None)),
        ("2024年嵊州市政府工作报告", ("固定资产投资", 286, "亿元", 8.0)),
        ("2021年浦江县政府工作报告", ("地区生产总值", None, None, 1.2)),  # growth only
    ],
)
def test_seed_indicators(seed_facts, first_chars, indicator):
    assert indicator in _indicators(seed_facts, first_chars)


@pytest.mark.parametrize(
    "first_chars, metric, growth",
    [
        ("2024年嵊州市政府工作报告", "地区生产总值", 7.0),  # 2024年…预期目标为:地区生产总值增长7.0%左右
        ("2024年嵊州市政府工作报告", "规上工业增加值", 12),  # a 2024 target
        ("2月22日,金東區", "地区生产总值", 8),  # 2023年指標任務:地區生產總值增長8%以上
        ("2月22日,金東區", "规上工业增加值", 15),
        ("一、2019年工作回顾\n2019年,镇政府", "财政总收入", 8),  # 2020 target 财政总收入增长8%左右
    ],
)
def test_next_year_targets_are_not_indicators(seed_facts, first_chars, metric, growth):
    _d, facts = _by_start(seed_facts, first_chars)
    assert not [i for i in facts.indicators if i.metric == metric and i.growth_pct == growth]
    assert all(i.year == facts.reviewed_year for i in facts.indicators)


@pytest.mark.parametrize(
    "body, expected",
    [
        ("一、2018年工作回顾全年实现地区生产总值120亿元,增长6.5%。二、2019年目标任务地区生产总值增长7%。",
         [("地区生产总值", 120.0, "亿元", 6.5)]),
        ("一、2018年工作回顾力争固定资产投资增长10%以上;税收收入3.2亿元,下降2.5%。",
         [("税收收入", 3.2, "亿元", -2.5)]),
        ("一、2018年工作回顾规模以上工业增加值增长8%,占地区生产总值比重达40%。",
         [("规上工业增加值", None, None, 8.0)]),
        ("一、2018年工作回顾城镇和农村居民人均可支配收入分别达到5万元和3万元,分别增长8%和9%。",
         [("城镇居民人均可支配收入", 5.0, "万元", 8.0), ("农村居民人均可支配收入", 3.0, "万元", 9.0)]),
        ("一、2018年工作回顾地区生产总值(GDP)从450亿元增加到557.7亿元,按可比价计算增长6%。",
         [("地区生产总值", 557.7, "亿元", 6.0)]),
        ("一、2018年工作回顾固定资产投资完成80亿元,其中工业投资增长12%。",  # 12% is not its growth
         [("固定资产投资", 80.0, "亿元", None)]),
        ("一、2018年工作回顾财政总收入和一般公共预算收入分别达到7.1亿元和4.2亿元,分别增长12.3%和11.6%。",
         [("财政总收入", 7.1, "亿元", 12.3), ("一般公共预算收入", 4.2, "亿元", 11.6)]),
        ("一、2018年工作回顾地区生产总值123亿元,增长-3.2%;税收收入和财政总收入分别下降2%和3%。",
         [("地区生产总值", 123.0, "亿元", -3.2), ("税收收入", None, None, -2.0), ("财政总收入", None, None, -3.0)]),
        ("一、2018年工作回顾单位生产总值能耗下降3.2%,工业固定资产投资增长12%,人均地区生产总值10万元。"
         "全社会固定资产投资150亿元,增长9%。", [("固定资产投资", 150.0, "亿元", 9.0)]),  # other measures
        ("一、2018年工作回顾新建道路10条,完成投资3亿元。", []),  # no headline metric
    ],
)
def test_indicator_rules(body, expected):
    got = [(i.metric, i.value, i.unit, i.growth_pct) for i in extract_indicators(_doc(body))]
    assert got == expected


def test_indicator_offsets_point_into_the_file(seed_facts):
    texts = {}
    n = 0
    for doc, facts in seed_facts:
        file_text = texts.setdefault(doc.source, read_text(doc.source)[0])
        for ind in facts.indicators:
            assert file_text[ind.start : ind.end] == ind.text
            assert doc.start <= ind.start < ind.end <= doc.end
            n += 1
    assert n >= 47


def test_manifest_dict_fields(seed_facts):
    doc, facts = _by_start(seed_facts, "2019年2月22日在金华市")
    d = facts_to_manifest_dict(doc, facts)
    assert list(d) == ["source", "start", "end", "title", "kind", "region", "parent_region", "year", "reviewed_year",
                       "speaker", "post", "meeting", "date", "indicators"]
    assert list(d["indicators"][0]) == ["metric", "value", "unit", "growth_pct", "year", "text", "start", "end"]
    assert d["title"] == "2019年金华市政府工作报告" and d["indicators"][0]["year"] == 2018
    json.dumps(d, ensure_ascii=False)


# ---------------------------------------------------------------- facts_eval


@pytest.fixture(scope="module")
def seed_manifest(seed_facts):
    return [facts_to_manifest_dict(doc, facts) for doc, facts in seed_facts]


def test_seed_scores_meet_targets(seed_manifest):
    scores = evaluate_reports(GOLD, seed_manifest)
    docs = scores["documents"]
    assert docs["found"] == 23 and docs["year"] == 23 and docs["kind"] == 23
    for field, s in scores["fields"].items():
        assert s["accuracy"] >= 0.95, field
    strict = scores["indicators"]["strict"]
    assert strict["precision"] >= 0.9 and strict["recall"] >= 0.9
    text = format_report_scores(scores)
    assert "found 23 of 23" in text and "strict" in text


@pytest.mark.parametrize("n", range(len(GOLD)), ids=[f"{g['source'][:3]}-{g['region']}" for g in GOLD])
def test_seed_regions(seed_manifest, n):
    gold, got = GOLD[n], seed_manifest[n]
    assert (got["region"], got["parent_region"]) == (gold["region"], gold["parent_region"])


@pytest.mark.parametrize(
    "text, context, expected",
    [
        ("温州市瓯海区", None, ("瓯海区", "温州市")),
        ("大田乡", "武义县", ("大田乡", "武义县")),  # four 大田乡 in China
        ("宁波保税区", None, ("宁波保税区", "宁波市")),  # a zone the division data lacks
        ("苏州工业园区", None, ("苏州工业园区", "苏州市")),
        ("长三角", None, ("长三角", None)),
        ("本市", None, None),  # negative: not a name
    ],
)
def test_canonical_region(text, context, expected):
    assert canonical_region(text, context=context) == expected


def test_evaluation_counts_mistakes():
    gold = [dict(g) for g in GOLD if g["source"].startswith("000")][:2]
    pred = [dict(g, title=g["headline"], start=0, end=1, source="missing/" + g["source"]) for g in gold]
    perfect = evaluate_reports(gold, pred)
    assert perfect["documents"]["all"] == 2 and perfect["indicators"]["strict"]["f1"] == 1.0
    worse = [dict(p) for p in pred]
    worse[0]["speaker"] = "尹学群"
    worse[0]["indicators"] = [dict(i, growth_pct=None) for i in pred[0]["indicators"]]  # growth lost
    worse[1]["indicators"] = pred[1]["indicators"] + [{"metric": "财政总收入", "value": 1.0, "unit": "亿元", "growth_pct": None}]
    s = evaluate_reports(gold, worse)
    assert s["fields"]["speaker"]["correct"] == 1 and s["fields"]["speaker"]["total"] == 2
    assert s["indicators"]["loose"]["recall"] == 1.0
    assert s["indicators"]["strict"]["recall"] == pytest.approx(3 / 7)
    assert s["indicators"]["strict"]["precision"] == pytest.approx(3 / 8)


def test_evaluation_ignores_growth_only_predictions():
    gold = [GOLD[0]]
    pred = [dict(GOLD[0], title=GOLD[0]["headline"], start=0, end=1)]
    pred[0]["indicators"] = GOLD[0]["indicators"] + [{"metric": "税收收入", "value": None, "unit": None, "growth_pct": 3.0}]
    assert evaluate_reports(gold, pred)["indicators"]["strict"]["precision"] == 1.0


def test_missing_and_extra_documents():
    pred = [{"source": "other.txt", "start": 0, "end": 5, "title": "x", "kind": "news", "indicators": []}]
    s = evaluate_reports(GOLD[:1], pred)
    assert s["documents"]["found"] == 0
    assert any(e.startswith("missing document") for e in s["errors"])
    assert any(e.startswith("extra document") for e in s["errors"])


GOV_REPORT = """2023年丽江市政府工作报告
发布时间:2023-01-20 09:30 来源:丽江市人民政府办公室 浏览次数:1234
——2023年1月10日在丽江市第五届人民代表大会第三次会议上
丽江市人民政府市长　和良辉
各位代表:
　　现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。
　　一、2022年工作回顾
　　过去一年,全市地区生产总值完成643.21亿元,同比增长4.9%;社会消费品零售总额218.5亿元,增长3.6%。
　　二、2023年主要目标任务
　　地区生产总值增长6.5%左右,社会消费品零售总额增长8%。
"""


def test_gov_site_report_facts():
    (doc,) = split_documents(GOV_REPORT, "lijiang.txt")
    f = extract_facts(doc)
    assert (f.year, f.reviewed_year, f.speaker, f.post, f.date) == (2023, 2022, "和良辉", "市长", "2023-01-10")
    assert f.meeting == "丽江市第五届人民代表大会第三次会议"
    assert [(i.metric, i.value, i.growth_pct) for i in f.indicators] == [
        ("地区生产总值", 643.21, 4.9), ("社会消费品零售总额", 218.5, 3.6)]


@pytest.mark.parametrize(
    "opening, speaker, post, date, meeting",
    [
        ("2019年某某县政府工作报告\n县长 张三丰\n（二〇一九年一月十二日在某某县第十六届人民代表大会第四次会议上）\n",
         "张三丰", "县长", "2019-01-12", "某某县第十六届人民代表大会第四次会议"),
        ("——2021年2月3日在某某市第九届人民代表大会第五次会议上\n某某市人民政府代市长 欧阳明\n各位代表:\n",
         "欧阳明", "代市长", "2021-02-03", "某某市第九届人民代表大会第五次会议"),
        # negative: a greeting without a name before it, and no meeting
        ("2021年某某县政府工作报告\n各位代表、同志们:\n", None, None, None, None),
    ],
)
def test_opening_layouts(opening, speaker, post, date, meeting):
    body = opening + "现在,我代表人民政府向大会报告工作,请予审议,并请政协委员和其他列席人员提出意见。" * 2
    (doc,) = split_documents(body, "x.txt")
    f = extract_facts(doc)
    assert (f.speaker, f.post, f.date, f.meeting) == (speaker, post, date, meeting)


def test_facts_eval_command(tmp_path, seed_manifest, capsys):
    from kg.facts_eval import main

    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"documents": seed_manifest}, ensure_ascii=False), encoding="utf-8")
    assert main([str(manifest), str(ROOT / "eval" / "reports.json")]) == 0
    out = capsys.readouterr().out
    assert "found 23 of 23" in out and "right region 23, year 23, kind 23" in out


def test_dev_chunks_lie_in_documents_with_their_context(seed_facts):
    """Every annotated chunk of eval/dev.jsonl falls inside one document whose
    region and year are the chunk's context."""
    records = [json.loads(line) for line in (ROOT / "eval" / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    for r in records:
        hits = [(d, f) for d, f in seed_facts
                if Path(d.source).name == r["source"] and d.start <= r["offset"] and r["offset"] + len(r["text"]) <= d.end]
        assert len(hits) == 1, r["id"]
        doc, facts = hits[0]
        assert doc.text[r["offset"] - doc.start :].startswith(r["text"])
        assert (facts.region, facts.year) == (r["context"]["region"], r["context"]["year"]), r["id"]
