"""kg.report: relationship reports read from an export through the query library.

Fast tests run on the contract graph of tests/test_viz.py (real seed names and
sentences, exported to Turtle); the slow ones build seeds/ once and check the
facts a user would look for. Every citation of the seed reports is checked
against the original input file. The browser half is tests/test_report_browser.py.
"""

from __future__ import annotations

import argparse
import html.parser
import re
from pathlib import Path

import pytest
from test_viz import XSS_IMG, XSS_SCRIPT, add_entity, add_relation, make_contract_graph, make_hostile_graph

from kg import rdf, report
from kg.ingest import read_text
from kg.normalize import normalize
from kg.report import ReportError, build_report, load_source, render_html, render_markdown

ROOT = Path(__file__).resolve().parent.parent
ENGINES = ["oxigraph", "rdflib"]

# --------------------------------------------------------------- fixtures


def export_graph(graph, out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    (out / "graph.ttl").write_text(rdf.render_turtle(graph), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    return export_graph(make_contract_graph(), tmp_path_factory.mktemp("small"))


@pytest.fixture(scope="module")
def small_source(small):
    return load_source(small)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return export_graph(make_hostile_graph(), tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    """One build of seeds/ for the slow tests of this module."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seeds")
    build([ROOT / "seeds"], out)
    return out


@pytest.fixture(scope="module")
def seed_source(seeds):
    return load_source(seeds)


def md(source, kind, *names) -> str:
    return render_markdown(build_report(source, kind, names))


class _Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.ids, self.hrefs, self.text, self.meta = [], set(), [], [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if "id" in a:
            self.ids.add(a["id"])
        if "href" in a:
            self.hrefs.append(a["href"])
        if tag == "meta":
            self.meta.append(a)
        for name in a:
            assert not name.startswith("on"), f"event handler attribute {name} on <{tag}>"

    def handle_data(self, data):
        self.text.append(data)


def parse(page: str) -> _Page:
    p = _Page()
    p.feed(page)
    p.close()
    return p


# --------------------------------------------------------------- every kind on the contract graph


@pytest.mark.parametrize(
    "kind, names, present, absent",
    [
        ("region", ["金华市"], ["尹学群", "浙江省", "永康市", "金东区"], ["朱志杰", "潘超英"]),
        ("region", ["永康市"], ["朱志杰", "金华市", "中国(永康)五金物流港"], ["尹学群"]),
        ("region", ["金华"], ["# Region report: 金华市"], []),  # another name of the region
        ("entity", ["海亮集团"], ["海亮有色智造工业园", "店口镇", "invests in"], ["尹学群"]),
        ("entity", ["尹学群"], ["holds a post in", "金华市"], ["海亮集团"]),
        ("path", ["金东区", "义乌市"], ["金华市", "Path 1: 2 hops"], []),
        ("path", ["义乌国际陆港", "金华市"], ["- 义乌国际陆港 is located in 义乌市", "- 义乌市 is part of 金华市"], ["No chain"]),
        ("path", ["最多跑一次改革", "海亮集团"], ["No chain of relations", "a document about 永康市", "店口镇 hosts 海亮集团"], []),
        ("path", ["浙商银行", "永康市"], ["are not connected in this graph"], ["Path 1"]),
        ("compare", ["永康市", "浦江县"], ["永康市", "浦江县", "Profile"], []),
        ("overview", [], ["金华市", "Hubs", "Corpus"], []),
    ],
)
def test_reports_on_the_contract_graph(small_source, kind, names, present, absent):
    text = md(small_source, kind, *names)
    for s in present:
        assert s in text, f"{s!r} missing from the {kind} report"
    for s in absent:
        assert s not in text, f"{s!r} should not be in the {kind} report"


@pytest.mark.parametrize(
    "kind, names, message",
    [
        ("region", ["金花市"], "closest: 金华市"),
        ("region", ["海亮集团"], "海亮集团 is a Enterprise: try `kg report entity 海亮集团`"),
        ("entity", ["海亮"], "海亮集团"),  # an alias resolves ...
        ("entity", ["海凉集团"], "closest: 海亮集团"),
        ("initiative", ["金华市"], "try `kg report entity 金华市`"),
        ("path", ["金东区"], "path takes two names"),
        ("path", ["金东区", "金東區"], "are the same entity"),
        ("compare", ["永康市"], "two or more regions"),
        ("overview", ["金华市"], "overview takes no names"),
        ("summary", [], "unknown report kind 'summary'"),
    ],
)
def test_bad_names_and_kinds(small_source, kind, names, message):
    if kind == "entity" and names == ["海亮"]:
        assert "# Entity report: 海亮集团" in md(small_source, kind, *names)
        return
    with pytest.raises(ReportError) as err:
        build_report(small_source, kind, names)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_empty_graph(tmp_path):
    import networkx as nx

    src = load_source(export_graph(nx.MultiDiGraph(), tmp_path))
    text = md(src, "overview")
    assert "0 documents about 0 regions" in text and "*0 documents.*" in text
    with pytest.raises(ReportError, match="closest: \\(none"):
        build_report(src, "region", ["金华市"])


def test_relations_without_evidence_still_count_but_cite_nothing(tmp_path):
    import networkx as nx

    g = nx.MultiDiGraph()
    add_entity(g, "region/330700", "Region", "金华市", code="330700", level="city")
    add_entity(g, "region/330784", "Region", "永康市", code="330784", level="county")
    add_relation(g, "region/330784", "partOf", "region/330700")
    src = load_source(export_graph(g, tmp_path))
    text = md(src, "region", "永康市")
    assert "- **part of**: 金华市 (no evidence in the export)\n" in text and "[^" not in text
    assert "- 永康市 is part of 金华市 (no evidence in the export)\n" in md(src, "path", "永康市", "金华市")


def test_missing_graph_is_a_report_error(tmp_path):
    with pytest.raises(ReportError, match="no such export folder"):
        load_source(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ReportError, match="graph.ttl"):
        load_source(tmp_path / "empty")


@pytest.mark.parametrize("engine", ENGINES)
def test_engines_give_the_same_report(small, engine):
    src = load_source(small, engine=engine)
    assert md(src, "region", "金华市") == md(load_source(small), "region", "金华市")


# --------------------------------------------------------------- hostile input


@pytest.mark.parametrize("kind, names", [("entity", [XSS_IMG]), ("region", ["永康市"]), ("overview", [])])
def test_hostile_text_is_escaped(hostile, kind, names):
    rep = build_report(load_source(hostile), kind, names)
    page = render_html(rep)
    p = parse(page)
    assert "script" not in p.tags and "img" not in p.tags
    assert XSS_IMG not in page and XSS_SCRIPT not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    text = "".join(p.text)
    assert XSS_IMG in text or XSS_SCRIPT in text, "the payload shows as text"
    markdown = render_markdown(rep)
    assert XSS_IMG not in markdown and "<script>" not in markdown


def test_html_forbids_every_request(small_source):
    page = render_html(build_report(small_source, "region", ["金华市"]))
    csp = [m["content"] for m in parse(page).meta if m.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0] and "script-src" not in csp[0]
    assert not re.search(r"(src|href)=\"(https?:)?//", page)


# --------------------------------------------------------------- files


@pytest.mark.parametrize(
    "kind, names, fmt, expected",
    [
        ("region", ["金华市"], "md", "region-金华市.md"),
        ("path", ["金东区", "义乌市"], "html", "path-金东区-义乌市.html"),
        ("overview", [], "md", "overview.md"),
        ("entity", ["../../etc/passwd"], "md", "entity-etc_passwd.md"),
        ("entity", ['a<b>:c"d|e?*'], "md", "entity-a_b_c_d_e.md"),
        ("entity", ["中国(永康)五金物流港"], "md", "entity-中国(永康)五金物流港.md"),
        ("entity", [".."], "md", "entity-_.md"),
    ],
)
def test_report_filename(kind, names, fmt, expected):
    assert report.report_filename(kind, names, fmt) == expected


def test_long_names_are_shortened_with_a_digest():
    a = report.report_filename("compare", ["很长的地名" * 30, "甲"], "md")
    b = report.report_filename("compare", ["很长的地名" * 30, "乙"], "md")
    assert a != b and len(a.encode()) < 200 and a.endswith(".md")


def test_write_report_is_atomic_and_replaces(small_source, tmp_path):
    rep = build_report(small_source, "region", ["金华市"])
    (tmp_path / "region-金华市.md").write_text("old", encoding="utf-8")
    paths = report.write_report(rep, tmp_path)
    assert [p.name for p in paths] == ["region-金华市.md", "region-金华市.html"]
    assert paths[0].read_text(encoding="utf-8") == render_markdown(rep)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["region-金华市.html", "region-金华市.md"]
    with pytest.raises(ReportError, match="unknown format"):
        report.write_report(rep, tmp_path, formats=("pdf",))


def run_cli(argv) -> int:
    parser = argparse.ArgumentParser(prog="kg report")
    report.add_report_arguments(parser)
    return report.run_report(parser.parse_args(argv))


def test_cli_writes_and_prints_paths(small, tmp_path, capsys):
    assert run_cli(["region", "金华市", "--graph", str(small), "--out", str(tmp_path), "--format", "md"]) == 0
    out = capsys.readouterr().out
    assert out.strip() == str(tmp_path / "region-金华市.md")
    assert not (tmp_path / "region-金华市.html").exists()


@pytest.mark.parametrize(
    "argv, message",
    [
        (["region", "金花市"], "error: no region named '金花市' in the graph; closest: 金华市"),
        (["path", "金东区"], "error: path takes two names"),
    ],
)
def test_cli_errors_exit_2_with_a_message(small, tmp_path, capsys, argv, message):
    assert run_cli([*argv, "--graph", str(small), "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------- the seed build (slow)


@pytest.mark.slow
def test_region_jinhua_names_both_gdp_figures_and_the_mayor(seed_source):
    rep = build_report(seed_source, "region", ["金华市"])
    text = render_markdown(rep)
    gdp = [line for line in text.splitlines() if line.startswith("| 地区生产总值 |")]
    assert gdp and "4100 亿元" in gdp[0] and "4559.9 亿元" in gdp[0]
    assert "尹学群" in text
    charts = [b for s in rep.sections for b in s.blocks if isinstance(b, report.Chart)]
    gdp_chart = [c for c in charts if c.title == "金华市 地区生产总值"]
    assert gdp_chart and gdp_chart[0].points == (("2018", 4100.0), ("2019", 4559.9)) and gdp_chart[0].unit == "亿元"
    assert "**part of**: 浙江省" in text
    # each report of the region cites the sentence naming its speaker
    table = [line for line in text.splitlines() if re.match(r"\| 20(19|20) \| 20\d\d年金华市政府工作报告 \[\^\d+\]", line)]
    assert len(table) == 2


@pytest.mark.slow
def test_initiative_zuiduo_names_at_least_three_regions(seed_source):
    rep = build_report(seed_source, "initiative", ["最多跑一次改革"])
    table = next(b for b in rep.sections[0].blocks if isinstance(b, report.Table))
    regions = {row[0].text for row in table.rows}
    assert len(regions) >= 3 and {"金华市", "永康市"} <= regions
    text = render_markdown(rep)
    assert "最多跑一次" in text and "## What 金华市 says" in text


@pytest.mark.slow
@pytest.mark.parametrize("name", ["庆达西(宁波)钢构制造有限公司", "银泰文旅集团"])
def test_entity_report_of_an_enterprise(seed_source, name):
    # (海亮集团, the example, is not named in the seeds: only its park 海亮有色智造工业园 is)
    assert any(e.name == name and e.cls == "Enterprise" for e in seed_source.entities)
    rep = build_report(seed_source, "entity", [name])
    text = render_markdown(rep)
    assert "**class**: Enterprise" in text and "## Documents" in text
    assert "invests in" in text or "is located in" in text


@pytest.mark.slow
def test_some_enterprise_report_exists(seed_source):
    names = {e.name for e in seed_source.entities if e.cls == "Enterprise"}
    assert names & {"海亮集团", "庆达西(宁波)钢构制造有限公司", "浙旅集团"}


@pytest.mark.slow
def test_path_jindong_yiwu_goes_through_jinhua(seed_source):
    rep = build_report(seed_source, "path", ["金东区", "义乌市"])
    first = rep.sections[0]
    assert first.heading.startswith("Path 1")
    steps = [li.text for li in first.blocks[0].items]
    assert steps[0].startswith("金东区") and "金华市" in steps[0] and steps[-1].endswith("义乌市")


@pytest.mark.slow
def test_compare_yongkang_pujiang(seed_source):
    text = md(seed_source, "compare", "永康市", "浦江县")
    assert "557.7 亿元" in text  # 永康市 GDP 2018
    common = text.split("## Initiatives in common")[1].split("## ")[0]
    assert "最多跑一次改革" in common and "八八战略" in common
    assert "## Only 永康市" in text and "## Only 浦江县" in text


@pytest.mark.slow
def test_overview_on_the_seeds(seed_source):
    text = md(seed_source, "overview")
    hubs = text.split("## Hubs")[1]
    assert re.search(r"\| 1 \| (金华市|浙江省) \| Region \|", hubs)
    shared = text.split("## Most widely shared initiatives")[1].split("## ")[0]
    first = next(line for line in shared.splitlines() if line.startswith("- "))
    assert first.startswith("- **最多跑一次改革**: ")
    assert "| 金华市 |" in text.split("## Counts")[0]


@pytest.mark.slow
@pytest.mark.parametrize(
    "kind, names",
    [("overview", []), ("region", ["金华市"]), ("initiative", ["最多跑一次改革"]), ("path", ["金东区", "义乌市"]),
     ("compare", ["永康市", "浦江县"]), ("entity", ["永康市"])],
)
def test_every_citation_quotes_the_input_file(seed_source, kind, names):
    """Each cited span is in its document's input file, inside the sentence the report quotes."""
    rep = build_report(seed_source, kind, names)
    files = {}
    checked = 0
    for section in rep.sections:
        for block in section.blocks:
            lines = block.items if isinstance(block, report.Bullets) else (
                [li for row in block.rows for li in row] if isinstance(block, report.Table) else [])
            for line in lines:
                for c in line.cites:
                    if not c.doc or c.start is None or c.end is None or c.end <= c.start:
                        continue
                    source = seed_source.documents[c.doc].source
                    if source not in files:
                        files[source] = read_text(ROOT / source)[0]
                    span = files[source][c.start:c.end]
                    assert span and normalize(span) in normalize(c.sentence), (c.doc, c.start, span, c.sentence)
                    checked += 1
    assert checked >= 3


@pytest.mark.slow
def test_seed_reports_are_deterministic(seeds, tmp_path):
    a = report.make_reports(seeds, "region", ["金华市"], tmp_path / "a")
    b = report.make_reports(seeds / "graph.trig", "region", ["金华市"], tmp_path / "b")  # rdflib: small graph test
    for x, y in zip(a, b):
        assert x.read_bytes() == y.read_bytes().replace(b"graph.trig", b"graph.ttl")


@pytest.mark.slow
@pytest.mark.parametrize("kind, names", [("region", ["金华市"]), ("overview", []), ("initiative", ["最多跑一次改革"])])
def test_html_footnotes_resolve(seed_source, kind, names):
    p = parse(render_html(build_report(seed_source, kind, names)))
    refs = {h[1:] for h in p.hrefs if h.startswith("#")}
    assert refs and refs <= p.ids
    assert "svg" in p.tags or kind != "region"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("000_691ca3d4065d2225-09", "000_691ca3d4065d2225-09"),  # an id stays readable
        ("_强调_", "\\_强调\\_"),
        ("<b>粗体</b>", "\\<b\\>粗体\\</b\\>"),
        ("a|b", "a\\|b"),
        ("[链接](http://x)", "\\[链接\\](http://x)"),
        ("&lt;", "\\&lt;"),
        ("两行\n文字", "两行 文字"),
        ("金华市", "金华市"),
    ],
)
def test_markdown_escaping(text, expected):
    assert report._md(text) == expected
