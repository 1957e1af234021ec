"""Parallel builds: forked workers give the graph of a one-process build; bytes sent to a worker give the
result of the file itself."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
from conftest import SEEDS, build_seeds

from kg import pipeline
from kg.rdf import render_turtle

SMALL = SEEDS / "004_8e0279829cf70102.txt"


@pytest.mark.slow
def test_two_jobs_build_the_same_graph(seed_exports):
    result = build_seeds(functools.partial(pipeline.build, jobs=2), None)
    assert result.stats["jobs"] == 2 and result.stats["extracted"] == 5
    assert render_turtle(result.graph) == (seed_exports / "graph.ttl").read_text(encoding="utf-8")


def test_results_keep_file_order_with_biggest_files_first(tmp_path):
    # workers take the biggest file first; the results still come back in input order
    files = sorted(SEEDS.glob("*.txt"))[:3] + [SMALL]
    results = pipeline._run_local(files, 2, False)
    assert [r.status.path for r in results] == [str(f) for f in files]
    assert all(d.text == "" and d.norm == "" for r in results for d, _ in r.documents)  # sent back slim


def test_a_file_much_bigger_than_the_rest_is_cut_into_parts_with_the_same_result(monkeypatch):
    # one file of ten reports and one small file: with two workers the big one is cut at documents, so the
    # two workers share it; the parts put together are the file's own result, documents in order
    big = SEEDS / "003_7a8c45a8c6b1753b.txt"
    seen = []
    real = pipeline._process_slim_pickled

    def spy(path, part=0, parts=1):
        seen.append((Path(path).name, part, parts))
        return real(path, part, parts)

    monkeypatch.setattr(pipeline, "_process_slim_pickled", spy)
    import concurrent.futures

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _InlinePool)  # run the tasks here, to watch
    results = pipeline._run_local([big, SMALL], 2, False)
    assert sorted(p for name, p, n in seen if name == big.name) == [0, 1, 2]
    assert ("004_8e0279829cf70102.txt", 0, 1) in seen
    whole = pipeline._slim(pipeline.process_file(big))
    assert results[0] == whole and len(whole.documents) == 10
    # a file given alone is cut as well: one file holding many reports still keeps both workers busy
    seen.clear()
    assert pipeline._run_local([big], 2, False) == [whole]
    assert sorted(seen) == [(big.name, k, 3) for k in range(3)]
    parts = [pipeline.process_file(big, k, 3) for k in range(3)]
    assert all(p.documents for p in parts)  # each part holds documents
    assert pipeline.merge_parts(parts) == pipeline.process_file(big)


def test_a_worker_reads_a_file_cut_into_parts_once(tmp_path, monkeypatch):
    import shutil

    import kg.ingest

    path = tmp_path / "003_7a8c45a8c6b1753b.txt"
    shutil.copy(SEEDS / path.name, path)
    whole = pipeline.process_file(path)
    reads = []
    real = kg.ingest.load_documents
    monkeypatch.setattr(kg.ingest, "load_documents", lambda p: reads.append(p) or real(p))
    pipeline._load_documents_once.cache_clear()
    parts = [pipeline.process_file(path, k, 3) for k in range(3)]
    assert len(reads) == 1 and pipeline.merge_parts(parts) == whole
    path.write_text(path.read_text(encoding="utf-8") + "\n附件：无\n", encoding="utf-8")  # changed: read again
    pipeline.process_file(path, 0, 3)
    assert len(reads) == 2


def test_a_build_with_a_file_cut_into_parts_gives_the_graph_of_one_process(tmp_path):
    files = [SEEDS / "003_7a8c45a8c6b1753b.txt", SMALL]
    two = pipeline.build(files, None, jobs=2, cache=None)
    one = pipeline.build(files, None, jobs=1, cache=None)
    assert render_turtle(two.graph) == render_turtle(one.graph)
    assert two.manifest["documents"] == one.manifest["documents"] and len(one.manifest["documents"]) == 11


class _InlinePool:
    """A ProcessPoolExecutor stand-in that runs each task in this process (to watch the tasks)."""

    def __init__(self, *args, **kwargs):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def submit(self, fn, *args):
        from concurrent.futures import Future

        fut = Future()
        fut.set_result(fn(*args))
        return fut


@pytest.mark.parametrize("source", [str(SMALL), "elsewhere/004_8e0279829cf70102.txt"])
def test_process_bytes_is_process_file_under_the_given_path(source, tmp_path):
    direct = pipeline.process_file(Path(source)) if Path(source).exists() else None
    sent = pipeline.process_bytes(source, SMALL.read_bytes())
    assert sent.status.path == source and sent.status.status == "ok"
    assert {d.source for d, _ in sent.documents} == {source}
    assert [d.id for d, _ in sent.documents][0].startswith("004_8e0279829cf70102-")
    if direct is not None:
        assert sent == direct


def test_process_bytes_reports_errors_under_the_given_path():
    sent = pipeline.process_bytes("inbox/broken.txt", b"\xff\xfe\x00\xd8" + bytes(range(128, 256)) * 4)
    assert sent.status.status == "error"
    assert "inbox/broken.txt" in sent.status.error
    assert "kg-" not in sent.status.error  # not the temporary copy's path


def test_unknown_executor_is_refused():
    with pytest.raises(ValueError, match="executor"):
        pipeline.build([SMALL], None, executor="spark")


# -- streamed exports (large graphs) ----------------------------------------------------------------


@pytest.fixture(scope="module")
def streamed(seed_build, tmp_path_factory):
    out = tmp_path_factory.mktemp("streamed")
    pipeline.write_stream_exports(seed_build.graph, seed_build.manifest, out)
    return out


def _quads(path, fmt):
    import pyoxigraph as ox

    with open(path, "rb") as f:
        return {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in ox.parse(f, format=fmt)}


def _triples(path, fmt):
    return {q[:3] for q in _quads(path, fmt)}


def test_streamed_exports_hold_the_same_rdf(seed_exports, streamed):
    import pyoxigraph as ox

    assert sorted(p.name for p in streamed.iterdir()) == sorted(pipeline.STREAM_EXPORTS)
    expected_triples = _triples(seed_exports / "graph.ttl", ox.RdfFormat.TURTLE)
    assert _triples(streamed / "graph.ttl", ox.RdfFormat.N_TRIPLES) == expected_triples
    assert _triples(streamed / "graph.ttl", ox.RdfFormat.TURTLE) == expected_triples  # N-Triples is Turtle
    expected_quads = _quads(seed_exports / "graph.trig", ox.RdfFormat.TRIG)
    assert _quads(streamed / "graph.nq", ox.RdfFormat.N_QUADS) == expected_quads
    assert _quads(streamed / "graph.trig", ox.RdfFormat.TRIG) == expected_quads
    # each triple once in graph.ttl
    lines = (streamed / "graph.ttl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines)) == len(expected_triples)


def test_streamed_trig_parses_with_rdflib(streamed, seed_exports):
    import pyoxigraph as ox
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(streamed / "graph.trig", format="trig")
    named = {str(g.identifier) for g in ds.graphs() if str(g.identifier).startswith("http")}
    expected = {q[3] for q in _quads(seed_exports / "graph.trig", ox.RdfFormat.TRIG) if q[3].startswith("<http")}
    documents = json.loads((seed_exports / "manifest.json").read_text(encoding="utf-8"))["documents"]
    assert named == {g.strip("<>") for g in expected} and len(named) == len(documents)  # a graph per document


def test_build_streams_above_the_threshold(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "STREAM_THRESHOLD", 10)
    result = pipeline.build([SMALL], tmp_path / "big")
    assert sorted(result.stats["exports"]) == sorted(pipeline.STREAM_EXPORTS)
    assert not (tmp_path / "big" / "graph.jsonld").exists()
    small = pipeline.build([SMALL], tmp_path / "small", stream=False)
    assert "graph.jsonld" in small.stats["exports"] and (tmp_path / "small" / "graph.jsonld").exists()
