"""``--executor dask``: the per-file work on a Dask LocalCluster gives the graph of the local build."""

from __future__ import annotations

import functools
import json

import pytest
from conftest import build_seeds, in_ci

from kg import pipeline
from kg.rdf import render_turtle

if not in_ci():
    pytest.importorskip("dask.distributed")  # CI installs the extra: there a missing dask fails


@pytest.mark.slow
def test_dask_local_cluster_builds_the_same_graph(seed_exports):
    import dask.distributed  # noqa: F401 (fails in CI when the dask extra is missing)

    result = build_seeds(functools.partial(pipeline.build, executor="dask", jobs=2), None)
    assert result.stats["executor"] == "dask" and result.stats["extracted"] == 5
    assert result.errors == []
    assert render_turtle(result.graph) == (seed_exports / "graph.ttl").read_text(encoding="utf-8")
    manifest = json.loads((seed_exports / "manifest.json").read_text(encoding="utf-8"))
    assert result.manifest["counts"] == manifest["counts"]


def test_dask_reports_bad_input_like_the_local_build(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\xd8" + bytes(range(128, 256)) * 4)
    local = pipeline.build([bad], None)
    remote = pipeline.build([bad], None, executor="dask", jobs=1)
    assert remote.errors == local.errors and len(remote.errors) == 1
    assert str(bad) in remote.errors[0]


def test_workers_with_another_kg_are_refused(monkeypatch):
    class FakeClient:
        def run(self, fn):
            return {"tcp://127.0.0.1:40001": fn(), "tcp://127.0.0.1:40002": "0123456789abcdef"}

    with pytest.raises(RuntimeError, match="tcp://127.0.0.1:40002 runs kg 0123456789abcdef"):
        pipeline._check_workers(FakeClient())

    class SameClient:
        def run(self, fn):
            return {"tcp://127.0.0.1:40001": fn()}

    pipeline._check_workers(SameClient())  # the same kg everywhere: no error
