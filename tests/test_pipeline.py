"""End to end on the seed corpus: the facts a user would check first."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT, SEEDS, build_seeds

pytestmark = pytest.mark.slow


def _edge(graph, head: str, rel: str, tail: str) -> bool:
    ids = {a["name"]: n for n, a in graph.nodes(data=True) if a.get("kind") == "entity" and a["type"] != "Person"}
    people = {a["name"]: n for n, a in graph.nodes(data=True) if a.get("kind") == "entity" and a["type"] == "Person"}
    u = ids.get(head) or people.get(head)
    v = ids.get(tail)
    return u is not None and v is not None and graph.has_edge(u, v, key=rel)


def test_seed_build_finds_23_documents(seed_build):
    docs = seed_build.manifest["documents"]
    assert len(docs) == 23
    assert sum(d["kind"] == "report" for d in docs) == 16
    assert sum(d["kind"] == "news" for d in docs) == 7
    assert seed_build.errors == []


@pytest.mark.parametrize(
    "head, rel, tail",
    [
        ("永康市", "partOf", "金华市"),
        ("坦洪乡", "partOf", "武义县"),
        ("金东区", "partOf", "金华市"),
        ("朱志杰", "holdsPost", "永康市"),
        ("庆达西(宁波)钢构制造有限公司", "locatedIn", "宁波保税区"),
    ],
)
def test_seed_graph_states(seed_build, head, rel, tail):
    assert _edge(seed_build.graph, head, rel, tail)


@pytest.mark.parametrize(
    "head, rel, tail",
    [
        ("金华市", "partOf", "永康市"),  # reversed
        ("朱志杰", "holdsPost", "金华市"),  # the wrong government
        ("永康市", "partOf", "温州市"),
    ],
)
def test_seed_graph_does_not_state(seed_build, head, rel, tail):
    assert not _edge(seed_build.graph, head, rel, tail)


def test_a_region_named_only_inside_a_project_name_is_a_node_with_its_code(seed_build):
    # 建成西城街道、唐先镇、西溪镇第一所公办幼儿园 (永康): 西城街道 is written nowhere else; the project lies in it and
    # the graph holds the township, under 永康市, with the sentence as evidence
    g = seed_build.graph
    (node,) = [n for n, a in g.nodes(data=True) if a.get("name") == "西城街道" and a.get("type") == "Region"]
    attrs = g.nodes[node]
    assert node.startswith("region/330784") and attrs["level"] == "town" and attrs["parents"][:1] == ["永康市"]
    assert _edge(g, "西城街道第一所公办幼儿园", "locatedIn", "西城街道")
    assert _edge(g, "西城街道", "partOf", "永康市")
    (evidence,) = [d["evidence"] for u, v, k, d in g.edges(keys=True, data=True) if v == node and k == "locatedIn"]
    assert any("西城街道、唐先镇、西溪镇第一所公办幼儿园" in e["sentence"] for e in evidence)


def test_jindong_report_facts(seed_build):
    (doc,) = [d for d in seed_build.manifest["documents"] if d["region"] == "金东区"]
    assert (doc["year"], doc["speaker"], doc["kind"]) == (2023, "毛世梁", "report")
    assert doc["date"] == "2023-02-02"


def test_regions_carry_codes_and_parent_chains(seed_build):
    g = seed_build.graph
    (yk,) = [a for _, a in g.nodes(data=True) if a.get("name") == "永康市" and a.get("type") == "Region"]
    assert yk["code"] == "330784"
    assert yk["parents"] == ["金华市", "浙江省"]


def test_a_project_and_its_first_phase_are_one_node(seed_build):
    # 三江六岸景观提升一期工程投入使用 (2019) and 三江六岸景观提升工程全面启动 (2018): the phase goes, 工程 stays
    g = seed_build.graph
    (node,) = [a for _, a in g.nodes(data=True) if a.get("type") == "Project" and "三江六岸景观提升" in a["name"]]
    assert node["name"] == "三江六岸景观提升工程"
    assert "三江六岸景观提升一期工程" in node["aliases"]
    assert not [a for _, a in g.nodes(data=True) if a.get("type") == "Project" and a["name"] == "330国道改建"]


def test_traditional_and_simplified_names_are_one_node(seed_build):
    g = seed_build.graph
    jd = [a for _, a in g.nodes(data=True) if a.get("type") == "Region" and a.get("name") == "金东区"]
    assert len(jd) == 1
    assert "金東區" in jd[0]["aliases"]  # seen in the traditional-script report
    docs = {d.split("-")[0] for d in jd[0]["docs"]}
    assert {"000_691ca3d4065d2225", "002_7f0fc1a2ba6e0861"} <= docs


def test_mention_offsets_point_into_the_original_file(seed_build):
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    checked = 0
    for _, a in seed_build.graph.nodes(data=True):
        for m in a.get("mentions", [])[:3]:
            src = m["doc"].rsplit("-", 1)[0] + ".txt"
            assert texts[src][m["start"]:m["end"]] == m["text"]
            checked += 1
    assert checked > 1000


def test_manifest_fields(seed_exports):
    manifest = json.loads((seed_exports / "manifest.json").read_text(encoding="utf-8"))
    assert {"inputs", "counts", "version", "seconds", "documents"} <= set(manifest)
    assert all({"path", "sha256", "bytes", "status"} <= set(i) for i in manifest["inputs"])
    for doc in manifest["documents"]:
        assert {"source", "start", "end", "title", "kind", "region", "year", "reviewed_year", "speaker", "post",
                "meeting", "date", "indicators"} <= set(doc)
    assert manifest["counts"]["entities"]["Region"] > 100


def test_turtle_reparses_with_two_parsers_to_the_same_count(seed_exports):
    import pyoxigraph
    import rdflib

    ttl = seed_exports / "graph.ttl"
    n_rdflib = len(rdflib.Graph().parse(ttl, format="turtle"))
    n_oxi = sum(1 for _ in pyoxigraph.parse(path=str(ttl), format=pyoxigraph.RdfFormat.TURTLE))
    assert n_rdflib == n_oxi > 10_000


def test_two_builds_give_byte_identical_rdf(seed_exports, tmp_path):
    from kg.pipeline import build

    build_seeds(build, tmp_path)
    for name in ("graph.ttl", "graph.trig"):
        assert (tmp_path / name).read_bytes() == (seed_exports / name).read_bytes(), name


def test_committed_exports_are_current(seed_exports):
    """exports/ is the committed build of seeds/; regenerate with `kg build seeds --out exports`."""
    committed = ROOT / "exports"
    for name in ("graph.ttl", "graph.trig"):
        assert (committed / name).read_bytes() == (seed_exports / name).read_bytes(), (
            f"exports/{name} is stale: run `kg build seeds --out exports` and commit the diff"
        )
    old = json.loads((committed / "manifest.json").read_text(encoding="utf-8"))
    new = json.loads((seed_exports / "manifest.json").read_text(encoding="utf-8"))
    assert old["documents"] == new["documents"] and old["counts"] == new["counts"]


def test_build_exit_status_and_error_line_for_a_bad_file(tmp_path):
    bad = tmp_path / "in" / "broken.txt"
    bad.parent.mkdir()
    bad.write_bytes(b"\x00\x01\x02binary\xff\xfe garbage" * 10)
    good = tmp_path / "in" / "good.txt"
    good.write_text((SEEDS / "004_8e0279829cf70102.txt").read_text(encoding="utf-8"), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(bad.parent), "--out", str(tmp_path / "out"), "--quiet"],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "broken.txt" in errors[0]
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["documents"]) == 1  # the good file still exported
    assert {i["status"] for i in manifest["inputs"]} == {"ok", "error"}


def test_usage_errors_exit_2(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "kg", "build", "--out", str(tmp_path)], capture_output=True,
                          text=True, cwd=ROOT)
    assert proc.returncode == 2
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(tmp_path / "nope"), "--out", str(tmp_path)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2 and "no such file" in proc.stderr


# -- streamed exports written by several processes ---------------------------------------------------

STREAMED = ("graph.ttl", "graph.nq", "graph.trig", "graph.html", "manifest.json")


@pytest.fixture(scope="module")
def streamed_one_process(seed_build, tmp_path_factory):
    from kg.pipeline import write_stream_exports

    out = tmp_path_factory.mktemp("streamed-1")
    write_stream_exports(seed_build.graph, seed_build.manifest, out, jobs=1)
    return {name: (out / name).read_bytes() for name in STREAMED}


@pytest.mark.parametrize("jobs", [2, 3])
def test_streamed_exports_of_several_processes_are_those_of_one(seed_build, streamed_one_process, tmp_path, jobs):
    from kg.pipeline import write_stream_exports

    written = write_stream_exports(seed_build.graph, seed_build.manifest, tmp_path, jobs=jobs)
    assert sorted(p.name for p in written) == sorted(STREAMED)
    assert {name: (tmp_path / name).read_bytes() for name in STREAMED} == streamed_one_process
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(STREAMED)  # no piece left behind
    assert streamed_one_process["graph.trig"].count(b"# kg knowledge graph") == 1


def test_streamed_ranges_go_straight_to_their_place(seed_build, streamed_one_process, tmp_path, monkeypatch):
    # each helper writes its ranges where they go in the five files: no other file is made (a range is not
    # written aside and copied over), and many small ranges chain to the files of one process
    from kg import pipeline

    made = []
    real = pipeline._stage

    def stage(out, name, mode, staged):
        made.append(name)
        return real(out, name, mode, staged)

    monkeypatch.setattr(pipeline, "_stage", stage)
    monkeypatch.setattr(pipeline, "STREAM_RANGE_WEIGHT", 1_000)
    pipeline.write_stream_exports(seed_build.graph, seed_build.manifest, tmp_path, jobs=2)
    assert sorted(made) == sorted(STREAMED)
    assert {name: (tmp_path / name).read_bytes() for name in STREAMED} == streamed_one_process


def test_stream_ranges_are_cut_to_a_weight(seed_build):
    # a helper holds one range in memory: a larger graph is cut into more ranges, not larger ones
    from kg.pipeline import _item_weights, _stream_ranges

    graph = seed_build.graph
    weights = _item_weights(graph)
    limit = sum(weights) // 20
    ranges = _stream_ranges(graph, 4, limit)
    assert len(ranges) >= 20
    assert all(sum(weights[a:b]) <= limit + max(weights[a:b]) for a, b in ranges)
    assert len(_stream_ranges(graph, 4, sum(weights))) == 4


def test_ranges_of_items_chain_to_the_whole_stream(seed_build):
    from kg.pipeline import _stream_lines, _stream_ranges
    from kg.rdf import count_items

    graph = seed_build.graph
    whole = list(_stream_lines(graph))
    nodes, total = graph.number_of_nodes(), count_items(graph)
    # cuts among the nodes, at the first edge and among the edges (relation edges with evidence)
    cuts = [0, nodes // 3, nodes, nodes + (total - nodes) // 2, total]
    assert list(_stream_lines(graph, 0, 0)) == [] and total - nodes > 100
    chained = [line for a, b in zip(cuts, cuts[1:]) for line in _stream_lines(graph, a, b)]
    assert chained == whole
    ranges = _stream_ranges(graph, 3)
    assert len(ranges) == 3 and ranges[0][0] == 0 and ranges[-1][1] == total
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:]))
    sizes = [sum(1 for _ in _stream_lines(graph, a, b)) for a, b in ranges]
    assert max(sizes) < 2 * min(sizes)  # about as much work each


def _two_edge_graph():
    """One relation (永康市 partOf 金华市) on two edges, each with evidence of its own document."""
    import networkx as nx

    g = nx.MultiDiGraph()
    g.add_node("region/330784", kind="entity", type="Region", name="永康市")
    g.add_node("region/330700", kind="entity", type="Region", name="金华市")
    for key, doc in (("a", "d1"), ("b", "d2")):
        g.add_edge("region/330784", "region/330700", key=key, type="partOf",
                   evidence=[dict(doc=doc, start=0, end=3, sentence="永康市隶属金华市", source="text")])
    return g


@pytest.mark.parametrize("cut", [0, 1, 2, 3, 4])
def test_relation_stated_before_the_range_is_once_in_graph_ttl(cut):
    from kg.pipeline import _stream_lines

    g = _two_edge_graph()
    lines = list(_stream_lines(g, 0, cut)) + list(_stream_lines(g, cut, None))
    assert lines == list(_stream_lines(g))
    statement = "<https://w3id.org/kg-zh/id/region/330784> <https://w3id.org/kg-zh/ontology#partOf> "
    assert sum(bool(nt and nt.startswith(statement)) for nt, _, _ in lines) == 1
    assert sum(nq.startswith(statement) for _, nq, _ in lines) == 2  # stated in both documents' graphs


@pytest.fixture
def previous_streamed(tmp_path):
    from kg.pipeline import build

    out = tmp_path / "exports"
    build([SEEDS / "004_8e0279829cf70102.txt"], out, stream=True)
    return out, {p.name: p.read_bytes() for p in out.iterdir()}


@pytest.mark.parametrize("how", ["raises", "killed"])
def test_a_failed_export_process_leaves_the_previous_exports(seed_build, previous_streamed, monkeypatch, how):
    import os
    import signal

    from kg import pipeline

    out, before = previous_streamed
    real = pipeline._stream_lines

    def failing(graph, start=0, stop=None, before=None):
        for i, lines in enumerate(real(graph, start, stop, before)):
            if start and i == 5000:  # a later range, half written
                if how == "killed":
                    os.kill(os.getpid(), signal.SIGKILL)
                raise OSError("disk full")
            yield lines

    monkeypatch.setattr(pipeline, "_stream_lines", failing)  # the forked processes inherit it
    with pytest.raises((OSError, RuntimeError)):  # a killed process: BrokenProcessPool, a RuntimeError
        pipeline.write_stream_exports(seed_build.graph, seed_build.manifest, out, jobs=2)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # no temp file, nothing replaced


def test_results_pickled_by_workers_are_the_cache_entries(tmp_path):
    """With --jobs 2 the parent stores the bytes its workers pickled; a one-process build reads them back."""
    import shutil

    from kg.cache import ResultCache
    from kg.pipeline import build
    from kg.rdf import render_turtle

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("004_8e0279829cf70102.txt", "001_44d2389ca00e083e.txt"):
        shutil.copy(SEEDS / name, folder)
    first = build([folder], None, jobs=2, cache=tmp_path / "cache")
    assert first.stats["extracted"] == 2
    entries = sorted((tmp_path / "cache" / "files").rglob("*.pkl"))
    assert len(entries) == 2
    shutil.rmtree(tmp_path / "cache" / "builds", ignore_errors=True)  # read the files' entries, not the build's
    again = build([folder], None, jobs=1, cache=tmp_path / "cache")
    assert again.stats["extracted"] == 0 and again.stats["cached"] == 2
    assert render_turtle(again.graph) == render_turtle(first.graph)
    cache = ResultCache(tmp_path / "other", version="v")
    cache.put_pickled("ab" * 32, entries[0].read_bytes())
    assert cache.get("ab" * 32) == ResultCache(tmp_path / "cache").get(entries[0].stem)
    assert cache.get("cd" * 32) is None


@pytest.mark.parametrize("value", [
    {}, [], "", {"a": []}, {"a": {}}, [[[]]], [{"a": [{}]}],
    [1, 2.5, None, True, 'x\n"y\\', {"k": [{"z": "中文"}]}],
    {"@context": {"kg": "https://w3id.org/kg-zh/ontology#"}, "@graph": [{"@id": "kg:a", "n": {"@value": "1"}}]},
    {"a": ["\u2028", "\x00\x1f", "é\ufffd"]}, {"a": (1, "b", [])},
    {1: "a key that is no string", "b": [float("nan")]}, {"b": 1, 2: {"c": []}},
])
def test_jsonld_writer_gives_the_text_of_json_dumps(value):
    import json

    from kg.rdf import _json_indent1

    assert _json_indent1(value) == json.dumps(value, ensure_ascii=False, indent=1)


def test_jsonld_export_is_the_text_of_json_dumps(seed_exports):
    import json

    text = (seed_exports / "graph.jsonld").read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=1) + "\n"


def test_jsonld_orders_mixed_values_as_the_sort_key_does():
    # the JSON-LD writer renders from tuples of its own: a key with strings, language and typed literals
    # and IRIs must come out as these JSON values, sorted: strings first, then objects by their sorted items
    import json

    from rdflib import Literal, URIRef

    from kg.rdf import KG, RDF, XSD, Snapshot, _compact, _Lit, render_jsonld

    def _jsonld_value(term):
        if isinstance(term, Literal):
            if term.language:
                return {"@value": str(term), "@language": term.language}
            if term.datatype is not None and term.datatype != XSD.string:
                return {"@value": str(term), "@type": _compact(str(term.datatype))}
            return str(term)
        return {"@id": _compact(str(term))}

    def _jsonld_sort_key(value) -> tuple:
        if isinstance(value, dict):
            return (1, tuple(sorted(value.items())))
        return (0, ((str(value), ""),))

    s, p = URIRef("https://w3id.org/kg-zh/id/x"), KG.text
    objects = [Literal("乙", lang="zh"), Literal("b"), Literal("2", datatype=XSD.integer), KG.Region,
               Literal("甲", lang="zh"), Literal("a", lang="en"), Literal("10", datatype=XSD.integer),
               Literal("a"), URIRef("https://example.org/z"), Literal("1.5", datatype=XSD.decimal)]
    def plain(term):  # a Snapshot's terms: IRIs as strings, literals as _Lit
        if isinstance(term, Literal):
            return _Lit(str(term), term.language, term.datatype and str(term.datatype))
        return str(term)

    snap = Snapshot.__new__(Snapshot)
    quads = [(s, RDF.type, KG.Region), (s, RDF.type, KG.Project), *((s, p, o) for o in objects),
             (s, KG.level, Literal("县"))]
    snap.quads = [(*map(plain, q), None) for q in quads]
    text = render_jsonld(snap)
    doc = json.loads(text)
    assert text == json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    (node,) = doc["@graph"]
    assert list(node) == ["@id", "@type", "kg:level", "kg:text"]
    assert node["@type"] == ["kg:Project", "kg:Region"]
    assert node["kg:level"] == "县"
    assert node["kg:text"] == sorted((_jsonld_value(o) for o in objects), key=_jsonld_sort_key)
    assert node["kg:text"][0] == "a" and {"@id": "kg:Region"} in node["kg:text"]


# -- in-memory exports with a forked helper ------------------------------------------------------------


def test_exports_written_by_a_forked_helper_are_those_of_one_process(seed_build, tmp_path):
    from kg.pipeline import EXPORTERS, _FORKED_EXPORTS, write_exports

    one = write_exports(seed_build.graph, seed_build.manifest, tmp_path / "one", parallel=False)
    two = write_exports(seed_build.graph, seed_build.manifest, tmp_path / "two", parallel=True)
    assert [p.name for p in one] == [p.name for p in two] == list(EXPORTERS)
    assert set(_FORKED_EXPORTS) < set(EXPORTERS)
    for name in EXPORTERS:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    assert sorted(p.name for p in (tmp_path / "two").iterdir()) == sorted(EXPORTERS)


@pytest.mark.parametrize("broken", ["graph.ttl", "graph.jsonld"], ids=["in-the-helper", "here"])
def test_a_failed_renderer_of_a_parallel_export_leaves_the_previous_exports(seed_build, tmp_path, monkeypatch,
                                                                           broken):
    from kg import pipeline

    out = tmp_path / "exports"
    pipeline.write_exports(seed_build.graph, seed_build.manifest, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def crash(graph, manifest):
        raise RuntimeError("renderer crashed")

    monkeypatch.setitem(pipeline.EXPORTERS, broken, crash)  # the forked helper inherits it
    with pytest.raises(RuntimeError, match="renderer crashed"):
        pipeline.write_exports(seed_build.graph, seed_build.manifest, out, parallel=True)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
