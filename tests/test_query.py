"""The SPARQL query library and runner: both engines, parameters, errors, formats,
and real rows from the seed build."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from kg import rdf
from kg.query import QueryError, bind_params, format_rows, list_queries, load_query, run_query

from test_rdf import D1, D2, contract_graph

QUERIES = Path(__file__).resolve().parents[1] / "ontology" / "queries"
ENGINES = ["rdflib", "oxigraph"]


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    out = tmp_path_factory.mktemp("small")
    g = contract_graph()
    (out / "graph.ttl").write_text(rdf.render_turtle(g), encoding="utf-8")
    (out / "graph.trig").write_text(rdf.render_trig(g), encoding="utf-8")
    return out


# ---------------------------------------------------------------- the library


def test_library_has_at_least_twelve_documented_queries():
    queries = list_queries()
    assert len(queries) >= 12
    for name, description in queries:
        assert description.endswith("?"), f"{name}: first comment line should be the question it answers"


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_query_file_is_runnable_as_written(path, small):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# "), "comment header first"
    assert not re.search(r"\{\{|\$\{|<[A-Z_]+>|TODO|XXX", text), "no template placeholders"
    declared = re.findall(r"^# @param\s+(\w+)", text, re.MULTILINE)
    for name in declared:
        assert re.search(rf"\?{name}\b", text), f"@param {name} is not a variable of the query"
    for engine in ENGINES:
        run_query(small / "graph.ttl", path.stem, engine=engine)


@pytest.mark.parametrize("name", [n for n, _ in list_queries()])
def test_engines_agree_on_the_small_graph(name, small):
    assert run_query(small, name, engine="rdflib") == run_query(small, name, engine="oxigraph")


@pytest.mark.parametrize("name", [n for n, _ in list_queries()])
def test_trig_union_gives_the_same_rows(name, small):
    assert run_query(small / "graph.trig", name) == run_query(small / "graph.ttl", name)


# ---------------------------------------------------------------- rows on the contract graph


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "name, params, column, expected",
    [
        ("regions_under", None, "region", ["永康市"]),
        ("regions_under", {"ancestor": "浙江省"}, "region", ["宁波保税区", "宁波市", "永康市", "金华市"]),
        ("regions_under", {"ancestor": "永康市"}, "region", []),
        ("relation_evidence", None, "source", ["text"]),
        ("relation_evidence", {"head": "永康市", "relation": "kg:partOf", "tail": "金华市"}, "source", ["gazetteer", "name"]),
        ("relation_evidence", {"head": "朱志杰", "relation": "kg:holdsPost", "tail": "永康市"}, "sentence", ["永康市人民政府市长朱志杰"]),
        ("relation_evidence", {"head": "朱志杰", "relation": "kg:partOf", "tail": "永康市"}, "sentence", []),
        ("cooperating_regions", {"region": "永康市"}, "partner", ["宁波保税区", "宁波保税区"]),
        ("cooperating_regions", {"region": "金华市"}, "partner", []),
        ("enterprises_in_region", None, "enterprise", ["庆达西(宁波)钢构制造有限公司"]),
        ("enterprises_in_region", {"region": "金华市"}, "enterprise", []),
        ("region_indicators", {"region": "永康市"}, "value", ["557.7", "54581"]),
        ("region_indicators", {"region": "永康市", "metric": "地区生产总值"}, "growthPct", ["6"]),
        ("indicator_ranking", {"year": "2018"}, "region", ["永康市"]),
        ("indicator_ranking", {"year": "2017"}, "region", []),
        ("report_speakers", None, "speaker", ["朱志杰"]),
        ("shared_initiatives", None, "initiative", ["八八战略", "八八战略"]),
        ("shared_initiatives", {"region": "永康市"}, "initiative", ["八八战略"]),
        ("entity_mentions", None, "docId", [D1, D2]),
        ("entity_mentions", {"name": "海亮集团"}, "docId", [D1]),
        ("entity_mentions", {"name": "海亮"}, "docId", []),
        ("most_mentioned_entities", {"class": "kg:Initiative"}, "documents", ["2"]),
        ("relation_counts", {"relation": "kg:partOf"}, "relations", ["4"]),
        ("documents_overview", None, "kind", ["report", "news"]),
        ("person_posts", {"person": "朱志杰"}, "region", ["永康市"]),
        ("projects_by_region", {"region": "永康市"}, "project", ["海亮有色智造工业园"]),
        ("enterprise_investments", {"enterprise": "海亮集团"}, "projectRegion", ["永康市"]),
    ],
)
def test_rows_on_the_contract_graph(small, engine, name, params, column, expected):
    variables, rows = run_query(small, name, engine=engine, params=params)
    assert [r[variables.index(column)] for r in rows] == expected


# ---------------------------------------------------------------- parameters


@pytest.mark.parametrize(
    "value, term",
    [
        ("永康市", '"永康市"@zh'),
        ("2019", '"2019"^^<http://www.w3.org/2001/XMLSchema#integer>'),
        ("557.7", '"557.7"^^<http://www.w3.org/2001/XMLSchema#decimal>'),
        ("kg:partOf", "<https://w3id.org/kg-zh/ontology#partOf>"),
        ("https://w3id.org/kg-zh/id/region/330784", "<https://w3id.org/kg-zh/id/region/330784>"),
        ("<https://w3id.org/kg-zh/id/region/330784>", "<https://w3id.org/kg-zh/id/region/330784>"),
        ('"000_691ca3d4065d2225-01"', '"000_691ca3d4065d2225-01"'),
        ('引号"和\\反斜杠', '"引号\\"和\\\\反斜杠"@zh'),
        ("foo:bar", '"foo:bar"@zh'),  # unknown prefix: a name, not an IRI
        ("2019年", '"2019年"@zh'),
    ],
)
def test_param_values(value, term):
    text = bind_params("SELECT ?x WHERE { ?s ?p ?x }", {"x": value})
    assert text.splitlines()[-1] == f"VALUES ?x {{ {term} }}"


def test_param_replaces_the_default_values_block():
    text = load_query("regions_under")
    bound = bind_params(text, {"ancestor": "浙江省"})
    assert '"浙江省"@zh' in bound and '"金华市"@zh' not in bound.split("SELECT")[1]
    assert bound.count("VALUES ?ancestor") == 1


def test_param_ignores_values_in_comments():
    text = '# VALUES ?x { "a"@zh }\nSELECT ?x WHERE { VALUES ?x { "b"@zh } ?s ?p ?x }'
    bound = bind_params(text, {"x": "c"})
    assert bound.startswith('# VALUES ?x { "a"@zh }')
    assert 'VALUES ?x { "c"@zh }' in bound and '"b"@zh' not in bound


@pytest.mark.parametrize(
    "params, message",
    [
        ({"nosuchvar": "x"}, "has no variable ?nosuchvar"),
        ({"bad name": "x"}, "bad parameter name"),
    ],
)
def test_bad_params(small, params, message):
    with pytest.raises(QueryError, match=re.escape(message)):
        run_query(small, "regions_under", params=params)


# ---------------------------------------------------------------- errors


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "graph, query, message",
    [
        ("small", "no_such_query", "unknown query 'no_such_query'"),
        ("small", "SELECT ?x WHERE { ?x ?y }", "bad SPARQL"),
        ("missing", "regions_under", "no such file"),
        ("emptydir", "regions_under", "has no graph.ttl"),
        ("broken", "regions_under", "cannot parse"),
        ("small", "regions_under", None),
    ],
)
def test_errors_are_one_line_query_errors(small, tmp_path, engine, graph, query, message):
    paths = {"small": small, "missing": tmp_path / "nope.ttl", "emptydir": tmp_path}
    if graph == "broken":
        paths["broken"] = tmp_path / "broken.ttl"
        paths["broken"].write_text("<a> <b> .\n", encoding="utf-8")
    if message is None:
        assert run_query(paths[graph], query, engine=engine)[1]
        return
    with pytest.raises(QueryError) as info:
        run_query(paths[graph], query, engine=engine)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_unknown_engine(small):
    with pytest.raises(QueryError, match="unknown engine"):
        run_query(small, "regions_under", engine="virtuoso")


def test_load_query_from_file_and_text(tmp_path):
    p = tmp_path / "q.rq"
    p.write_text("SELECT * WHERE { ?s ?p ?o }", encoding="utf-8")
    assert load_query(str(p)) == "SELECT * WHERE { ?s ?p ?o }"
    assert load_query("SELECT * WHERE { ?s ?p ?o } LIMIT 1").endswith("LIMIT 1")
    assert load_query("regions_under.rq") == load_query("regions_under")


def test_ask_query(small):
    assert run_query(small, "ASK { ?s a <https://w3id.org/kg-zh/ontology#Region> }") == (["ask"], [["true"]])
    assert run_query(small, "ASK { ?s a <https://w3id.org/kg-zh/ontology#Nothing> }", engine="oxigraph") == (["ask"], [["false"]])


# ---------------------------------------------------------------- formats


def test_format_table_csv_json():
    variables, rows = ["region", "code"], [["永康市", "330784"], ["宁波保税区", ""]]
    table = format_rows(variables, rows)
    lines = table.splitlines()
    assert lines[0].split() == ["region", "code"]
    assert lines[2].startswith("永康市      330784")  # CJK counts as two columns
    assert lines[-1] == "(2 rows)"
    assert list(csv.reader(io.StringIO(format_rows(variables, rows, "csv")))) == [variables, *rows]
    assert json.loads(format_rows(variables, rows, "json")) == [
        {"region": "永康市", "code": "330784"}, {"region": "宁波保税区", "code": ""}]
    with pytest.raises(QueryError, match="unknown format"):
        format_rows(variables, rows, "xml")


# ---------------------------------------------------------------- real rows from the seed build


@pytest.fixture(scope="module")
def seed_stores(seed_exports):
    from kg.query import load_store

    return {engine: load_store(seed_exports, engine=engine) for engine in ENGINES}


def _rows(seed_stores, engine, name, params=None):
    from kg.query import query_store

    variables, rows = query_store(seed_stores[engine], name, params=params)
    return [dict(zip(variables, r)) for r in rows]


def _has(rows, **want):
    return any(all(want[k] in r[k] if k == "sentence" else r[k] == want[k] for k in want) for r in rows)


@pytest.mark.slow
@pytest.mark.parametrize("name", [n for n, _ in list_queries()])
def test_engines_agree_on_the_seed_graph(seed_stores, name):
    assert _rows(seed_stores, "rdflib", name) == _rows(seed_stores, "oxigraph", name)


SEED_ROWS = [
    # (query, params, a row that must be there, a row that must not)
    ("regions_under", None, dict(region="永康市", parent="金华市"), dict(region="瓯海区")),
    ("regions_under", None, dict(region="坦洪乡"), dict(region="金华市")),
    ("regions_under", {"ancestor": "温州市"}, dict(region="瓯海区"), dict(region="永康市")),
    ("relation_evidence", None, dict(source="text", docId="000_691ca3d4065d2225-01", sentence="市长朱志杰"), dict(source="gazetteer")),
    ("relation_evidence", {"head": "永康市", "relation": "kg:partOf", "tail": "金华市"}, dict(source="gazetteer"), dict(source="nonsense")),
    ("person_posts", None, dict(person="王振勇", region="瓯海区", docId="003_7a8c45a8c6b1753b-01"), dict(person="王振勇", region="永康市")),
    ("report_speakers", None, dict(region="永康市", speaker="朱志杰", post="市长", date="2019-02-27"), dict(speaker="袁家军")),
    ("report_speakers", {"region": "金华市"}, dict(speaker="尹学群", date="2020-04-26", year="2020"), dict(region="永康市")),
    ("region_indicators", None, dict(metric="地区生产总值", year="2018", value="4100", unit="亿元"), dict(metric="地区生产总值", year="2017")),
    ("region_indicators", None, dict(metric="地区生产总值", year="2019", value="4559.9", growthPct="6.5"), dict(region="永康市")),
    ("region_indicators", {"region": "永康市"}, dict(metric="地区生产总值", value="557.7", growthPct="6"), dict(region="金华市")),
    ("indicator_ranking", {"year": "2018"}, dict(region="永康市", growthPct="6", value="557.7"), dict(year="2019")),
    ("enterprise_investments", None, dict(enterprise="庆达西(宁波)钢构制造有限公司", docId="003_7a8c45a8c6b1753b-10", sentence="增资扩产"), dict(enterprise="永康市")),
    ("enterprises_in_region", {"region": "宁波市"}, dict(enterprise="庆达西(宁波)钢构制造有限公司"), dict(enterprise="兰溪红狮集团")),
    ("cooperating_regions", {"region": "店口镇"}, dict(partner="杭州市", sentence="与杭同城"), dict(partner="店口镇")),
    ("shared_initiatives", None, dict(initiative="最多跑一次改革", region="永康市"), dict(initiative="永康市")),
    ("shared_initiatives", {"region": "衢州市"}, dict(initiative="最多跑一次改革"), dict(region="永康市")),
    ("most_mentioned_entities", None, dict(entity="浙江省", **{"class": "https://w3id.org/kg-zh/ontology#Region"}), dict(entity="朱志杰")),
    ("most_mentioned_entities", {"class": "kg:Initiative"}, dict(entity="最多跑一次改革"), dict(entity="浙江省")),
    ("entity_mentions", None, dict(docId="000_691ca3d4065d2225-01", text="“八八战略”"), dict(docId="000_691ca3d4065d2225-02")),
    ("documents_overview", None, dict(docId="000_691ca3d4065d2225-01", kind="report", region="永康市", year="2019"), dict(kind="other")),
    ("documents_overview", None, dict(docId="003_7a8c45a8c6b1753b-10", kind="news", region="宁波保税区"), dict(region="金华", kind="report")),
    ("projects_by_region", {"region": "嵊州市"}, dict(project="浙经院嵊州校区", docId="001_44d2389ca00e083e-01"), dict(region="永康市")),
    ("projects_by_region", None, dict(region="永康市", project="中国(永康)五金物流港"), dict(region="永康市", project="浙经院嵊州校区")),
    ("relation_counts", None, dict(relation="https://w3id.org/kg-zh/ontology#holdsPost"), dict(relation="https://w3id.org/kg-zh/ontology#about")),
]


@pytest.mark.slow
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name, params, present, absent", SEED_ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(SEED_ROWS)])
def test_real_rows_from_the_seeds(seed_stores, engine, name, params, present, absent):
    rows = _rows(seed_stores, engine, name, params)
    assert _has(rows, **present), f"{name}: no row like {present} in {rows[:5]}"
    assert not _has(rows, **absent), f"{name}: unexpected row like {absent}"


def test_every_library_query_has_a_seed_row_test():
    mine = {r[0] for r in SEED_ROWS}
    others = {n for n, _ in list_queries() if n.startswith("report_")}  # the report module's queries, tested there
    assert {n for n, _ in list_queries()} - others - mine == set()
