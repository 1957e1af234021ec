"""kg.viz: the self-contained interactive page and its sub-views (ego, report).

The browser half (a real headless Chromium) is tests/test_viz_browser.py; the
graph builders here are shared with it.
"""

from __future__ import annotations

import html.parser
import json
import os
import re
import stat
import time

import networkx as nx
import pytest

from kg import viz
from kg.model import ENTITY_TYPES
from kg.resources import load_toml

# --------------------------------------------------------------- graph builders

YK = "000_691ca3d4065d2225-01"  # 2019年永康市政府工作报告
JH19 = "000_691ca3d4065d2225-09"  # 2019年金华市政府工作报告
JH20 = "000_691ca3d4065d2225-10"  # 2020年金华市政府工作报告
PJ = "000_691ca3d4065d2225-03"  # 2021年浦江县政府工作报告
SZ = "001_44d2389ca00e083e-01"  # 2024年嵊州市政府工作报告
DK = "004_8e0279829cf70102-01"  # 店口镇2020年度政府工作报告

# Sentences as they stand in seeds/000_691ca3d4065d2225.txt, with their offsets.
S_YK_SPEAKER = (
    25,
    "(2019年2月27日在永康市第十七届人民代表大会第三次会议上)永康市人民政府市长朱志杰各位代表:"
    "现在,我代表市人民政府向大会作工作报告,请予审议,并请市政协委员和其他列席人员提出意见。",
)
S_YK_REFORM = (
    718,
    "“最多跑一次”改革纵深推进,“互联网+政务服务”综合排名全省第三,全面推行“一窗受理、集成服务”,"
    "网上办事实现全覆盖,民生事项“一证通办”率达67%,企业注册时间缩减至3个工作日。",
)
S_YK_REFORM2 = (
    4943,
    "将“最多跑一次”改革进行到底,实现企业投资项目开工前审批80天、一般工程项目审批70个工作日,"
    "70%民生事项实现“一证通办”,新批工业用地80%按照“标准地”供地。",
)
S_88 = (122, "一、2018年主要工作回顾2018年是改革开放40周年、“八八战略”实施15周年。")
S_PJ_88 = (
    24384,
    "各位代表,过去五年所取得的成绩来之不易,是“八八战略”在浦江持续生动实践的结果,是上级党委政府和县委正确领导的结果。",
)
S_JH_SPEAKER = (
    70086,
    "2019年2月22日在金华市第七届人民代表大会第四次会议上金华市市长尹学群各位代表:现在,"
    "我代表金华市人民政府向大会作政府工作报告,请予审议。",
)
S_JH20_SPEAKER = (
    85294,
    "2020年4月26日在金华市第七届人民代表大会第五次会议上金华市市长尹学群各位代表:现在,"
    "我代表金华市人民政府向大会报告政府工作,请予审议。",
)
S_LUGANG = (
    72471,
    "加快推进义甬舟开放大通道建设,深化义乌国际陆港和宁波舟山港一体化发展,海铁联运量增长60.8%。",
)
S_WUJIN = (
    94209,
    "扶持发展现代物流业,规划建设华东联运新城、义乌苏溪综合枢纽站、中国(永康)五金物流港等重点项目,整合重点产业供应链。",
)
S_SANGAI = (15716, "常态化开展“五水共治”、“三改一拆”、环境卫生整治、“垃圾分类”等各项重点工作。")
S_VILLAGE = (7644, "(十二)以扎实举措深化乡村振兴战略。")
S_HAILIANG = (0, "海亮集团投资建设海亮有色智造工业园,打造店口镇有色金属产业集群。")
S_DK_HZ = (120, "店口镇主动融入杭州都市圈,深化与杭州市的合作,推进与杭同城。")


def mention(doc: str, sent: tuple[int, str], text: str) -> dict:
    sent_start, sentence = sent
    start = sent_start + sentence.index(text)
    return {
        "doc": doc,
        "start": start,
        "end": start + len(text),
        "text": text,
        "sentence": sentence,
        "sent_start": sent_start,
    }


def add_entity(g, node_id, etype, name, *, aliases=(), code=None, level=None, parents=(), mentions=()):
    mentions = sorted(mentions, key=lambda m: (m["doc"], m["start"]))
    g.add_node(
        node_id,
        kind="entity",
        type=etype,
        name=name,
        aliases=sorted(aliases),
        code=code,
        level=level,
        parents=list(parents),
        docs=sorted({m["doc"] for m in mentions}),
        mentions=mentions,
    )


def add_relation(g, head, rtype, tail, evidence=()):
    if rtype == "cooperatesWith" and tail < head:
        head, tail = tail, head
    g.add_edge(head, tail, key=rtype, type=rtype, evidence=list(evidence))


def add_document(g, doc, *, region, year, kind="report", title=None, speaker=None, post=None, date=None):
    g.add_node(
        "doc/" + doc,
        kind="document",
        type="Report",
        doc_kind=kind,
        doc=doc,
        title=title or f"{year}年{region}政府工作报告",
        source=doc.split("-")[0] + ".txt",
        start=0,
        end=1000,
        region=region,
        year=year,
        reviewed_year=year - 1,
        speaker=speaker,
        post=post,
        meeting=None,
        date=date,
    )


def gazetteer():
    return [{"doc": "", "start": -1, "end": -1, "sentence": "", "source": "gazetteer"}]


def stated(doc, sent, source="text"):
    sent_start, sentence = sent
    return [{"doc": doc, "start": sent_start, "end": sent_start + len(sentence), "sentence": sentence, "source": source}]


def make_contract_graph() -> nx.MultiDiGraph:
    """~35 nodes following the kg/graph.py contract, with real seed names and sentences."""
    g = nx.MultiDiGraph()
    regions = [
        ("region/330000", "浙江省", ["浙江"], "330000", "province", []),
        ("region/330700", "金华市", ["金华"], "330700", "city", ["浙江省"]),
        ("region/330784", "永康市", ["永康"], "330784", "county", ["金华市", "浙江省"]),
        ("region/330703", "金东区", ["金東區"], "330703", "county", ["金华市", "浙江省"]),
        ("region/330726", "浦江县", ["浦江"], "330726", "county", ["金华市", "浙江省"]),
        ("region/330782", "义乌市", ["义乌"], "330782", "county", ["金华市", "浙江省"]),
        ("region/330723", "武义县", ["武义"], "330723", "county", ["金华市", "浙江省"]),
        ("region/330723203", "坦洪乡", [], "330723203", "town", ["武义县", "金华市", "浙江省"]),
        ("region/330600", "绍兴市", ["绍兴"], "330600", "city", ["浙江省"]),
        ("region/330681", "诸暨市", ["诸暨"], "330681", "county", ["绍兴市", "浙江省"]),
        ("region/330681105", "店口镇", ["店口"], "330681105", "town", ["诸暨市", "绍兴市", "浙江省"]),
        ("region/330683", "嵊州市", ["嵊州"], "330683", "county", ["绍兴市", "浙江省"]),
        ("region/330100", "杭州市", ["杭州"], "330100", "city", ["浙江省"]),
        ("region/330800", "衢州市", ["衢州"], "330800", "city", ["浙江省"]),
        ("region/330200", "宁波市", ["宁波"], "330200", "city", ["浙江省"]),
        ("region/macro-csj", "长三角", ["长江三角洲"], None, "macro", []),
    ]
    mentions = {
        "永康市": [mention(YK, S_YK_SPEAKER, "永康市")],
        "浦江县": [mention(PJ, S_PJ_88, "浦江")],
        "店口镇": [mention(DK, S_HAILIANG, "店口镇"), mention(DK, S_DK_HZ, "店口镇")],
        "杭州市": [mention(DK, S_DK_HZ, "杭州市")],
        "金华市": [mention(JH19, S_JH_SPEAKER, "金华市"), mention(JH20, S_JH20_SPEAKER, "金华市")],
        "义乌市": [mention(JH19, S_LUGANG, "义乌")],
        "宁波市": [mention(JH19, S_LUGANG, "宁波")],
        "嵊州市": [mention(SZ, (0, "嵊州市人民政府市长潘超英作政府工作报告。"), "嵊州市")],
    }
    for node_id, name, aliases, code, level, parents in regions:
        add_entity(
            g, node_id, "Region", name, aliases=aliases, code=code, level=level, parents=parents,
            mentions=mentions.get(name, ()),
        )
    by_name = {name: node_id for node_id, name, *_ in regions}
    for node_id, _, _, _, _, parents in regions:
        if parents:
            add_relation(g, node_id, "partOf", by_name[parents[0]], gazetteer())

    add_entity(g, "person/zhuzhijie", "Person", "朱志杰", mentions=[mention(YK, S_YK_SPEAKER, "朱志杰")])
    add_entity(
        g, "person/yinxuequn", "Person", "尹学群",
        mentions=[mention(JH19, S_JH_SPEAKER, "尹学群"), mention(JH20, S_JH20_SPEAKER, "尹学群")],
    )
    add_entity(g, "person/panchaoying", "Person", "潘超英", mentions=[mention(SZ, (0, "嵊州市人民政府市长潘超英作政府工作报告。"), "潘超英")])
    add_relation(g, "person/zhuzhijie", "holdsPost", "region/330784", stated(YK, S_YK_SPEAKER))
    add_relation(g, "person/yinxuequn", "holdsPost", "region/330700", stated(JH19, S_JH_SPEAKER))
    add_relation(g, "person/panchaoying", "holdsPost", "region/330683", stated(SZ, (0, "嵊州市人民政府市长潘超英作政府工作报告。")))

    add_entity(g, "enterprise/hailiang", "Enterprise", "海亮集团", aliases=["海亮"], mentions=[mention(DK, S_HAILIANG, "海亮集团")])
    add_entity(g, "enterprise/czbank", "Enterprise", "浙商银行", mentions=[])
    add_entity(g, "project/hailiang-park", "Project", "海亮有色智造工业园", mentions=[mention(DK, S_HAILIANG, "海亮有色智造工业园")])
    add_entity(g, "project/wujin-port", "Project", "中国(永康)五金物流港", mentions=[mention(JH20, S_WUJIN, "中国(永康)五金物流港")])
    add_entity(g, "project/yiwu-lugang", "Project", "义乌国际陆港", mentions=[mention(JH19, S_LUGANG, "义乌国际陆港")])
    add_entity(g, "project/ningbo-zhoushan", "Project", "宁波舟山港", mentions=[mention(JH19, S_LUGANG, "宁波舟山港")])
    add_relation(g, "enterprise/hailiang", "investsIn", "project/hailiang-park", stated(DK, S_HAILIANG))
    add_relation(g, "project/hailiang-park", "locatedIn", "region/330681105", stated(DK, S_HAILIANG))
    add_relation(g, "enterprise/hailiang", "locatedIn", "region/330681105", stated(DK, S_HAILIANG))
    add_relation(g, "project/wujin-port", "locatedIn", "region/330784", stated(JH20, S_WUJIN, "name"))
    add_relation(g, "project/yiwu-lugang", "locatedIn", "region/330782", stated(JH19, S_LUGANG, "name"))
    add_relation(g, "project/ningbo-zhoushan", "locatedIn", "region/330200", stated(JH19, S_LUGANG, "name"))
    add_relation(g, "region/330681105", "cooperatesWith", "region/330100", stated(DK, S_DK_HZ))

    initiatives = [
        ("initiative/zuiduo", "最多跑一次改革", [mention(YK, S_YK_REFORM, "“最多跑一次”改革"), mention(YK, S_YK_REFORM2, "“最多跑一次”改革")]),
        ("initiative/88", "八八战略", [mention(YK, S_88, "八八战略"), mention(PJ, S_PJ_88, "八八战略")]),
        ("initiative/village", "乡村振兴战略", [mention(YK, S_VILLAGE, "乡村振兴战略")]),
        ("initiative/sangai", "三改一拆", [mention(JH19, S_SANGAI, "三改一拆")]),
    ]
    for node_id, name, ms in initiatives:
        add_entity(g, node_id, "Initiative", name, mentions=ms)

    add_document(g, YK, region="永康市", year=2019, speaker="朱志杰", post="市长", date="2019-02-27")
    add_document(g, JH19, region="金华市", year=2019, speaker="尹学群", post="市长", date="2019-02-22")
    add_document(g, JH20, region="金华市", year=2020, speaker="尹学群", post="市长", date="2020-04-26")
    add_document(g, PJ, region="浦江县", year=2021)
    add_document(g, SZ, region="嵊州市", year=2024, speaker="潘超英", post="市长")
    add_document(g, DK, region="店口镇", year=2020, title="店口镇2020年度政府工作报告")
    for doc, region in [(YK, "region/330784"), (JH19, "region/330700"), (JH20, "region/330700"),
                        (PJ, "region/330726"), (SZ, "region/330683"), (DK, "region/330681105")]:
        g.add_edge("doc/" + doc, region, key="about", type="about")
    for doc, person, post in [(YK, "person/zhuzhijie", "市长"), (JH19, "person/yinxuequn", "市长"),
                              (JH20, "person/yinxuequn", "市长"), (SZ, "person/panchaoying", "市长")]:
        g.add_edge("doc/" + doc, person, key="deliveredBy", type="deliveredBy", post=post)
    g.add_node(
        f"obs/{YK}/0", kind="indicator", type="Indicator", metric="地区生产总值", value=557.7, unit="亿元",
        growth_pct=6.0, year=2018, region="永康市", doc=YK, start=600, end=620, text="全市实现地区生产总值557.7亿元,增长6%",
    )
    g.add_edge("doc/" + YK, f"obs/{YK}/0", key="hasIndicator", type="hasIndicator")
    g.add_edge(f"obs/{YK}/0", "region/330784", key="refArea", type="refArea")
    return g


XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_SCRIPT = "</script><script>alert(2)</script>"
XSS_ALL = [XSS_IMG, XSS_SCRIPT, "\u2028\u2029<!--", "&amp;lt;"]


def make_hostile_graph() -> nx.MultiDiGraph:
    """The contract graph plus entities whose names, aliases and sentences are script payloads."""
    g = make_contract_graph()
    sentence = (0, f"永康市引进{XSS_IMG}项目,{XSS_SCRIPT}落户。")
    add_entity(g, "enterprise/xss-img", "Enterprise", XSS_IMG, aliases=[XSS_SCRIPT],
               mentions=[mention(YK, sentence, XSS_IMG)])
    add_entity(g, "project/xss-script", "Project", XSS_SCRIPT, aliases=["\u2028\u2029<!--"],
               mentions=[mention(YK, sentence, XSS_SCRIPT)])
    add_relation(g, "enterprise/xss-img", "investsIn", "project/xss-script", stated(YK, sentence))
    add_relation(g, "project/xss-script", "locatedIn", "region/330784", stated(YK, sentence))
    g.nodes["doc/" + YK]["title"] = f"{XSS_SCRIPT}&amp;lt;"
    return g


def make_large_graph(n: int = 3000, seed: int = 5) -> nx.MultiDiGraph:
    """A synthetic contract graph of ``n`` entities: a few hubs and a long tail of leaves."""
    import random

    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    types = ENTITY_TYPES
    for i in range(n):
        etype = types[i % len(types)]
        add_entity(g, f"{etype.lower()}/{i:05d}", etype, f"{etype}实体{i:05d}", code=f"{i:06d}" if etype == "Region" else None)
    ids = list(g.nodes)
    hubs = ids[:40]
    for i, node in enumerate(ids[40:], start=40):
        if i % 3:  # two thirds of the tail hang on a hub; the rest stay isolated (degree 0)
            add_relation(g, node, "locatedIn", rng.choice(hubs))
    for a, b in zip(hubs, hubs[1:]):
        add_relation(g, a, "partOf", b)
    return g


# --------------------------------------------------------------- helpers


class _PageParser(html.parser.HTMLParser):
    """Collects tags, attributes and script bodies of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._in_script: dict | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "script":
            self._in_script, self._buf = attrs, []

    def handle_data(self, data):
        if self._in_script is not None:
            self._buf.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script, "".join(self._buf)))
            self._in_script = None


def parse_page(page: str) -> _PageParser:
    parser = _PageParser()
    parser.feed(page)
    parser.close()
    return parser


def page_data(page: str) -> dict:
    scripts = parse_page(page).scripts
    (body,) = [text for attrs, text in scripts if attrs.get("id") == "kg-data"]
    return json.loads(body)


@pytest.fixture(scope="module")
def contract_graph():
    return make_contract_graph()


@pytest.fixture(scope="module")
def contract_page(contract_graph):
    return viz.render_html(contract_graph, title="金华 seed graph")


# --------------------------------------------------------------- self-contained page


def test_page_loads_nothing_from_outside(contract_page):
    parser = parse_page(contract_page)
    referencing = [
        (tag, attrs)
        for tag, attrs in parser.tags
        if attrs.get("src") or (tag == "link" and attrs.get("href") != "data:,") or tag in ("iframe", "object", "embed", "img")
    ]
    assert referencing == []
    assert "bootstrap" not in contract_page.lower()
    for host in ("cdn.jsdelivr", "cdnjs", "unpkg.com", "googleapis", "bootstrapcdn"):
        assert host not in contract_page
    # vis-network itself is inlined (from pyvis's copy), in a script without src.
    assert any("vis-network" in text[:400] and "@version 9.1.2" in text[:400] for _, text in parser.scripts)
    assert "div.vis-tooltip" in contract_page  # and its stylesheet


def test_csp_allows_exactly_the_inline_scripts(contract_page):
    import base64
    import hashlib

    parser = parse_page(contract_page)
    (csp,) = [a["content"] for t, a in parser.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    allowed = set(re.findall(r"'sha256-([^']+)'", csp))
    executable = [text for attrs, text in parser.scripts if attrs.get("type") != "application/json"]
    assert len(executable) == 2
    digests = {base64.b64encode(hashlib.sha256(t.encode()).digest()).decode() for t in executable}
    assert digests == allowed


def test_render_is_deterministic(contract_graph, contract_page):
    assert viz.render_html(contract_graph, title="金华 seed graph") == contract_page


# --------------------------------------------------------------- what the view shows


def test_view_promises_every_entity_and_document(contract_graph, contract_page):
    data = page_data(contract_page)
    expected = {n for n, a in contract_graph.nodes(data=True) if a["kind"] in ("entity", "document")}
    assert {n["id"] for n in data["nodes"]} == expected
    assert data["shown"] == data["total"] == len(expected)
    assert not data["capped"]
    assert f'data-shown="{len(expected)}"' in contract_page
    assert not any(n["id"].startswith("obs/") for n in data["nodes"])  # indicators live in tooltips


@pytest.mark.parametrize(
    "etype", [*ENTITY_TYPES, "Report"],
)
def test_each_type_has_its_own_colour_shape_and_legend_row(contract_page, etype):
    style = load_toml("viz.toml")["types"]
    data = page_data(contract_page)
    (legend,) = [t for t in data["types"] if t["type"] == etype]
    nodes = [n for n in data["nodes"] if n["group"] == etype]
    assert nodes and legend["count"] == len(nodes)
    assert {n["color"] for n in nodes} == {style[etype]["color"]} == {legend["color"]}
    assert {n["shape"] for n in nodes} == {style[etype]["shape"]}
    others = {t["color"] for t in data["types"] if t["type"] != etype}
    assert legend["color"] not in others


def test_legend_lists_only_types_present(contract_graph):
    g = contract_graph.subgraph(["region/330784", "region/330700"]).copy()
    data = page_data(viz.render_html(g))
    assert [t["type"] for t in data["types"]] == ["Region"]
    assert [r["type"] for r in data["relations"]] == ["partOf"]


def test_node_size_grows_with_degree(contract_page):
    data = page_data(contract_page)
    value = {n["label"]: n["value"] for n in data["nodes"]}
    # 永康市: partOf 金华市, 朱志杰, 五金物流港, its report; 金华市 has many more neighbours.
    assert value["金华市"] > value["永康市"] > value["浙商银行"] == 0
    assert data["info"]["enterprise/czbank"]["deg"] == 0
    scaling = data["options"]["nodes"]["scaling"]
    assert scaling["min"] < scaling["max"] and scaling["label"]["enabled"]
    assert scaling["label"]["maxVisible"] <= 30  # hub labels never swamp the screen


@pytest.mark.parametrize(
    "node, field, expected",
    [
        ("region/330784", "name", "永康市"),
        ("region/330784", "aliases", ["永康"]),
        ("region/330784", "code", "330784"),
        ("region/330784", "parents", ["金华市", "浙江省"]),
        ("region/macro-csj", "code", ""),  # a macro-region has no division code
        ("enterprise/hailiang", "aliases", ["海亮"]),
        ("initiative/zuiduo", "type", "Initiative"),
    ],
)
def test_tooltip_fields(contract_page, node, field, expected):
    assert page_data(contract_page)["info"][node][field] == expected


def test_tooltip_documents_and_evidence(contract_page):
    data = page_data(contract_page)
    jinhua = data["info"]["region/330700"]
    assert [data["docs"][i]["label"] for i in jinhua["docs"]] == ["2019年金华市报告", "2020年金华市报告"]
    reform = data["info"]["initiative/zuiduo"]
    assert [e[1] for e in reform["ev"]] == ["“最多跑一次”改革", "“最多跑一次”改革"]
    assert reform["ev"][0][0] == "" and reform["ev"][0][2].startswith("纵深推进")
    assert reform["ev"][1][0] == "将"
    # Long sentences are cut around the mention, not at their start.
    assert data["info"]["person/zhuzhijie"]["ev"][0][2].endswith("…")
    report = data["info"]["doc/" + YK]
    assert "地区生产总值 557.7亿元 增长 6%" in report["indicators"]
    assert ["speaker", "朱志杰"] in report["fields"]


def test_evidence_is_capped_at_three_sentences():
    g = nx.MultiDiGraph()
    sentences = [(i * 100, f"第{i}句:永康市推进“最多跑一次”改革。") for i in range(6)]
    add_entity(g, "initiative/x", "Initiative", "最多跑一次改革",
               mentions=[mention(YK, s, "“最多跑一次”改革") for s in sentences])
    (ev,) = [page_data(viz.render_html(g))["info"]["initiative/x"]["ev"]]
    assert len(ev) == 3
    assert [e[0] for e in ev] == ["第0句:永康市推进", "第1句:永康市推进", "第2句:永康市推进"]


def test_edges_carry_relation_type_and_evidence(contract_page):
    data = page_data(contract_page)
    edges = {(e["from"], e["rel"], e["to"]): e for e in data["edges"]}
    holds = edges[("person/zhuzhijie", "holdsPost", "region/330784")]
    assert data["edgeInfo"][holds["id"]]["ev"][0].startswith("(2019年2月27日")
    part = edges[("region/330784", "partOf", "region/330700")]
    assert data["edgeInfo"][part["id"]]["ev"] == ["行政区划数据 (division dataset)"]
    coop = edges[("region/330100", "cooperatesWith", "region/330681105")]
    assert coop["arrows"] == "" and holds["arrows"] == "to"
    assert not any(e["rel"] in ("hasIndicator", "refArea") for e in data["edges"])


def test_entities_are_linked_to_the_documents_that_mention_them(contract_page):
    data = page_data(contract_page)
    mentions = {(e["from"], e["to"]) for e in data["edges"] if e["rel"] == "mentionedIn"}
    assert ("initiative/zuiduo", "doc/" + YK) in mentions
    assert ("initiative/88", "doc/" + PJ) in mentions
    assert ("enterprise/hailiang", "doc/" + DK) in mentions
    # Not where a graph edge already joins them (the report is about 永康市, delivered by 朱志杰).
    assert ("region/330784", "doc/" + YK) not in mentions
    assert ("person/zhuzhijie", "doc/" + YK) not in mentions
    assert not any(a == "enterprise/czbank" for a, _ in mentions)  # mentioned nowhere
    edge = next(e for e in data["edges"] if (e["from"], e["to"]) == ("initiative/zuiduo", "doc/" + YK))
    assert edge["dashes"] is True and edge["arrows"] == ""
    assert data["edgeInfo"][edge["id"]]["ev"][0].startswith("“最多跑一次”改革纵深推进")
    assert data["info"]["initiative/88"]["deg"] == 2  # two reports mention it
    (legend,) = [r for r in data["relations"] if r["type"] == "mentionedIn"]
    assert legend["count"] == len(mentions) and legend["dashes"] is True


def test_report_filter_options_group_documents_by_region_and_year(contract_page):
    data = page_data(contract_page)
    labels = [r["label"] for r in data["reports"]]
    assert labels == sorted(labels)
    assert {"永康市 2019", "金华市 2019", "金华市 2020", "店口镇 2020"} <= set(labels)
    yk = labels.index("永康市 2019")
    members = {n for n, i in data["info"].items() if yk in i["reports"]}
    assert {"region/330784", "person/zhuzhijie", "initiative/zuiduo", "doc/" + YK} <= members
    assert "enterprise/hailiang" not in members and "region/330700" not in members


# --------------------------------------------------------------- script in the input stays text


@pytest.fixture(scope="module")
def hostile_page():
    return viz.render_html(make_hostile_graph(), title=XSS_IMG)


@pytest.mark.parametrize("payload", XSS_ALL)
def test_payload_never_appears_raw(hostile_page, payload):
    assert payload not in hostile_page


def test_payload_survives_as_text(hostile_page):
    data = page_data(hostile_page)
    assert data["info"]["enterprise/xss-img"]["name"] == XSS_IMG
    assert data["info"]["enterprise/xss-img"]["aliases"] == [XSS_SCRIPT]
    assert data["info"]["project/xss-script"]["ev"][0][1] == XSS_SCRIPT
    assert "<title>&lt;img src=x onerror=alert(1)&gt;</title>" in hostile_page
    # Only the three page scripts exist: the payload opened none.
    assert len(parse_page(hostile_page).scripts) == 3
    assert hostile_page.count("</script>") == 3


# --------------------------------------------------------------- large graphs


def test_large_view_keeps_best_connected_and_says_so():
    g = make_large_graph(3000)
    page = viz.render_html(g, max_nodes=1500)
    data = page_data(page)
    assert (data["shown"], data["total"], data["capped"]) == (1500, 3000, True)
    assert len(data["nodes"]) == 1500
    kept = {n["id"] for n in data["nodes"]}
    degree = {n: len(set(nx.all_neighbors(g, n))) for n in g}
    assert min(degree[n] for n in kept) >= max(degree[n] for n in g if n not in kept)
    assert all(degree[h] > 20 for h in list(g)[:40]) and set(list(g)[:40]) <= kept
    assert "Showing the 1,500 best-connected of 3,000 nodes" in page
    assert all(e["from"] in kept and e["to"] in kept for e in data["edges"])


def test_small_view_has_no_cap_note(contract_page):
    assert re.search(r'<p id="kg-cap" role="status" hidden></p>', contract_page)
    assert "best-connected" not in contract_page


def test_render_does_not_use_from_nx_and_scales(monkeypatch):
    from pyvis.network import Network

    def refuse(*args, **kwargs):
        raise AssertionError("from_nx is quadratic; add nodes and edges directly")

    monkeypatch.setattr(Network, "from_nx", refuse)
    g = make_large_graph(10_000)
    start = time.perf_counter()
    page = viz.render_html(g, max_nodes=1500)
    assert time.perf_counter() - start < 10
    assert page_data(page)["shown"] == 1500


def test_physics_is_bounded(contract_page):
    physics = page_data(contract_page)["options"]["physics"]
    assert physics["stabilization"]["enabled"] and physics["stabilization"]["iterations"] <= 400
    assert "physics: { enabled: false }" in contract_page  # turned off once stabilised


# --------------------------------------------------------------- ego and report views


@pytest.mark.parametrize(
    "focus, depth, present, absent",
    [
        ("永康市", 1, {"金华市", "朱志杰", "中国(永康)五金物流港"}, {"浙江省", "海亮集团", "义乌市"}),
        ("永康", 1, {"永康市", "金华市"}, {"浙江省"}),  # an alias
        ("region/330784", 0, {"永康市"}, {"金华市"}),  # a node id
        ("永康市", 2, {"浙江省", "义乌市", "尹学群"}, {"海亮集团", "海亮有色智造工业园"}),
        ("海亮集团", 1, {"海亮有色智造工业园", "店口镇"}, {"杭州市", "诸暨市"}),
        ("海亮集团", 2, {"杭州市", "诸暨市"}, {"金华市"}),
        ("浙商银行", 3, {"浙商银行"}, {"浙江省"}),  # isolated
    ],
)
def test_ego_graph(contract_graph, focus, depth, present, absent):
    sub = viz.ego_graph(contract_graph, focus, depth)
    names = {a.get("name") for _, a in sub.nodes(data=True)}
    assert present <= names
    assert not absent & names
    assert isinstance(sub, nx.MultiDiGraph)
    for u, v, k in sub.edges(keys=True):  # edges keep their attributes
        assert sub.edges[u, v, k] == contract_graph.edges[u, v, k]


@pytest.mark.parametrize(
    "focus, centres",
    [("永康市", ["region/330784"]), ("海亮", ["enterprise/hailiang"]), ("person/zhuzhijie", ["person/zhuzhijie"])],
)
def test_ego_view_opens_on_its_focus(contract_graph, focus, centres):
    sub = viz.ego_graph(contract_graph, focus, 1)
    assert sub.graph["focus"] == centres
    assert page_data(viz.render_html(sub))["focus"] == centres
    assert "focus" not in contract_graph.graph  # the input graph is untouched


def test_full_view_has_no_focus(contract_page):
    assert page_data(contract_page)["focus"] == []


def test_ego_graph_brings_the_report_indicators(contract_graph):
    sub = viz.ego_graph(contract_graph, "朱志杰", 1)
    assert f"obs/{YK}/0" in sub and "doc/" + YK in sub
    assert page_data(viz.render_html(sub))["info"]["doc/" + YK]["indicators"]


@pytest.mark.parametrize(
    "focus, closest",
    [("永康县", "永康市"), ("金华", None), ("海亮", None), ("海亮股份", "海亮集团"), ("北京市", None)],
)
def test_unknown_focus_names_the_closest(contract_graph, focus, closest):
    if closest is None and focus in ("金华", "海亮"):
        viz.ego_graph(contract_graph, focus)  # aliases resolve
        return
    with pytest.raises(viz.ViewError) as err:
        viz.ego_graph(contract_graph, focus)
    message = str(err.value)
    assert "\n" not in message and focus in message
    if closest:
        assert f"closest: {closest}" in message
    else:
        assert "no similar names" in message
    assert isinstance(err.value, KeyError)


def test_ego_graph_rejects_negative_depth(contract_graph):
    with pytest.raises(ValueError, match="depth"):
        viz.ego_graph(contract_graph, "永康市", -1)


@pytest.mark.parametrize(
    "region, year, present, absent",
    [
        ("永康市", None, {"永康市", "朱志杰", "最多跑一次改革", "八八战略"}, {"金华市", "海亮集团", "尹学群"}),
        ("永康", 2019, {"永康市", "朱志杰"}, {"尹学群"}),  # an alias of the region
        ("金华市", 2019, {"尹学群", "义乌国际陆港", "三改一拆"}, {"中国(永康)五金物流港", "朱志杰"}),
        ("金华市", 2020, {"尹学群", "中国(永康)五金物流港"}, {"义乌国际陆港"}),
        ("金华市", None, {"义乌国际陆港", "中国(永康)五金物流港"}, {"朱志杰"}),
        ("店口镇", 2020, {"海亮集团", "海亮有色智造工业园", "杭州市"}, {"金华市"}),
    ],
)
def test_report_graph(contract_graph, region, year, present, absent):
    sub = viz.report_graph(contract_graph, region, year)
    names = {a.get("name") for _, a in sub.nodes(data=True)}
    docs = {a["doc"] for _, a in sub.nodes(data=True) if a.get("kind") == "document"}
    assert present <= names
    assert not absent & names
    assert docs and all(contract_graph.nodes["doc/" + d]["region"] in (region, region + "市") for d in docs)


@pytest.mark.parametrize("region, year", [("永康市", 2020), ("北京市", None), ("金华", 2018)])
def test_unknown_report_lists_the_reports(contract_graph, region, year):
    with pytest.raises(viz.ViewError, match="no report for") as err:
        viz.report_graph(contract_graph, region, year)
    assert "reports:" in str(err.value) and "\n" not in str(err.value)
    assert re.search(r"(永康市|金华市) 20(19|20)", str(err.value))


# --------------------------------------------------------------- writing


def test_write_html_is_atomic_and_replaces(tmp_path, contract_page):
    target = tmp_path / "out" / "graph.html"
    viz.write_html("old", target)
    viz.write_html(contract_page, target)
    assert target.read_text(encoding="utf-8") == contract_page
    assert sorted(p.name for p in target.parent.iterdir()) == ["graph.html"]  # no temp file left
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o644


def test_write_html_leaves_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "graph.html"
    viz.write_html("old page", target)

    def broken(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError, match="disk full"):
        viz.write_html("new page", target)
    assert target.read_text(encoding="utf-8") == "old page"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


# --------------------------------------------------------------- the browser helper without a browser


@pytest.mark.parametrize("ci, outcome", [("true", "Failed"), ("", "Skipped"), ("1", "Failed")])
def test_missing_chromium_fails_in_ci_and_skips_elsewhere(monkeypatch, ci, outcome):
    import browser

    monkeypatch.setattr(browser, "chromium_path", lambda: None)
    monkeypatch.setenv("CI", ci)
    with pytest.raises(BaseException) as err:
        browser.require_chromium()
    assert type(err.value).__name__ == outcome
    assert "chromium" in str(err.value).lower()
