"""Parallel builds: forked workers give the graph of a one-process build; bytes sent to a worker give the
result of the file itself."""

from __future__ import annotations

import functools
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
