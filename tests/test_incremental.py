"""Incremental builds: the cache gives the same exports, re-extracts only changed files, and skips an
unchanged corpus."""

from __future__ import annotations

import functools
import os
import shutil
from pathlib import Path

import pytest
from conftest import SEEDS, build_seeds

from kg import pipeline
from kg.cache import ResultCache, default_cache_dir

SMALL = ("001_44d2389ca00e083e.txt", "004_8e0279829cf70102.txt")
EXPORT_NAMES = ("graph.ttl", "graph.trig", "graph.jsonld", "graph.html")
NEW_FIRM = "浙江测试精工新材料有限公司"


@pytest.fixture
def calls(monkeypatch):
    """Every path that process_file is called for during the test."""
    seen: list[str] = []
    real = pipeline.process_file

    def counting(path):
        seen.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(pipeline, "process_file", counting)
    return seen


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in SMALL:
        shutil.copyfile(SEEDS / name, folder / name)
    return folder


def _names(graph) -> set[str]:
    return {a.get("name") for _, a in graph.nodes(data=True) if a.get("kind") == "entity"}


@pytest.mark.slow
def test_cached_builds_write_byte_identical_exports(seed_exports, tmp_path):
    cache = tmp_path / "cache"
    cold = build_seeds(functools.partial(pipeline.build, cache=cache), tmp_path / "cold")
    warm = build_seeds(functools.partial(pipeline.build, cache=cache), tmp_path / "warm")
    assert (cold.stats["extracted"], cold.stats["cached"]) == (5, 0)
    assert (warm.stats["extracted"], warm.stats["cached"], warm.stats["reused"]) == (0, 5, True)
    for name in EXPORT_NAMES:
        expected = (seed_exports / name).read_bytes()
        assert (tmp_path / "cold" / name).read_bytes() == expected, name
        assert (tmp_path / "warm" / name).read_bytes() == expected, name
    assert warm.manifest["counts"] == cold.manifest["counts"]


def test_changing_one_file_re_extracts_only_that_file(corpus, tmp_path, calls):
    cache, out = tmp_path / "cache", tmp_path / "out"
    first = pipeline.build([corpus], out, cache=cache)
    assert sorted(calls) == sorted(SMALL)
    assert NEW_FIRM not in _names(first.graph)

    calls.clear()
    changed = corpus / SMALL[1]
    changed.write_text(changed.read_text(encoding="utf-8") + f"\n{NEW_FIRM}在武义县投资建设年产十万吨新材料项目。\n",
                       encoding="utf-8")
    second = pipeline.build([corpus], out, cache=cache)
    assert calls == [SMALL[1]]
    assert (second.stats["extracted"], second.stats["cached"], second.stats["reused"]) == (1, 1, False)
    assert NEW_FIRM in _names(second.graph)

    # the same as a build without any cache
    fresh = pipeline.build([corpus], tmp_path / "fresh")
    assert (out / "graph.ttl").read_bytes() == (tmp_path / "fresh" / "graph.ttl").read_bytes()
    assert second.manifest["counts"] == fresh.manifest["counts"]


def test_unchanged_corpus_is_not_rebuilt(corpus, tmp_path, calls):
    cache, out = tmp_path / "cache", tmp_path / "out"
    first = pipeline.build([corpus], out, cache=cache)
    stamps = {n: os.stat(out / n).st_mtime_ns for n in EXPORT_NAMES}
    calls.clear()
    again = pipeline.build([corpus], out, cache=cache)
    assert calls == []
    assert again.stats["reused"] is True
    assert {n: os.stat(out / n).st_mtime_ns for n in EXPORT_NAMES} == stamps  # nothing rewritten
    assert again.manifest["counts"] == first.manifest["counts"]
    assert again.graph.number_of_nodes() == first.graph.number_of_nodes()


def test_an_unchanged_build_with_its_exports_in_place_reads_only_its_manifest(corpus, tmp_path, monkeypatch):
    # the files' entries and the graph stay on disk: a rebuild of an unchanged corpus costs its start-up
    cache, out = tmp_path / "cache", tmp_path / "out"
    first = pipeline.build([corpus], out, cache=cache)
    read: list[str] = []
    real = ResultCache.get

    def get(self, key, kind="files"):
        read.append(kind)
        return real(self, key, kind)

    monkeypatch.setattr(ResultCache, "get", get)
    again = pipeline.build([corpus], out, cache=cache)
    assert again.stats["reused"] is True and read == ["builds"]
    # the graph comes from the cache when it is asked for
    assert _names(again.graph) == _names(first.graph) and read == ["builds", "graphs"]


def test_a_build_whose_cached_graph_is_gone_is_built_again(corpus, tmp_path, calls):
    cache, out = tmp_path / "cache", tmp_path / "out"
    pipeline.build([corpus], out, cache=cache)
    shutil.rmtree(cache / "graphs")
    calls.clear()
    again = pipeline.build([corpus], out, cache=cache)
    assert calls == [] and again.stats["reused"] is False and again.stats["cached"] == len(SMALL)
    assert NEW_FIRM not in _names(again.graph) and len(_names(again.graph)) > 10


def test_a_deleted_export_is_written_again(corpus, tmp_path, calls):
    cache, out = tmp_path / "cache", tmp_path / "out"
    pipeline.build([corpus], out, cache=cache)
    expected = (out / "graph.ttl").read_bytes()
    (out / "graph.ttl").unlink()
    calls.clear()
    again = pipeline.build([corpus], out, cache=cache)
    assert calls == [] and again.stats["reused"] is True
    assert (out / "graph.ttl").read_bytes() == expected


@pytest.mark.parametrize("stream", [False, True], ids=["in-memory", "streamed"])
def test_a_parallel_build_caches_its_whole_graph(tmp_path, stream):
    # with --jobs 2 the graph is written to the cache by the forked helper after its exports (in memory), or
    # here while the helpers render theirs (streamed)
    cache, out = tmp_path / "cache", tmp_path / "out"
    build = functools.partial(pipeline.build, cache=cache, jobs=2, stream=stream)
    build_seeds(build, out)
    graph_files = sorted(p.name for p in out.glob("graph.*"))
    expected = {name: (out / name).read_bytes() for name in graph_files}
    shutil.rmtree(out)
    again = build_seeds(build, out)
    assert again.stats["reused"] is True and again.stats["extracted"] == 0
    assert len(graph_files) == 4 and {name: (out / name).read_bytes() for name in graph_files} == expected


@pytest.mark.parametrize("damage", ["truncate", "garbage"])
def test_a_damaged_cache_entry_is_a_miss(corpus, tmp_path, calls, damage):
    cache, out = tmp_path / "cache", tmp_path / "out"
    pipeline.build([corpus], out, cache=cache)
    expected = (out / "graph.ttl").read_bytes()
    for pkl in (cache / "files").rglob("*.pkl"):
        pkl.write_bytes(b"" if damage == "truncate" else b"not a pickle")
    for pkl in (cache / "builds").rglob("*.pkl"):
        pkl.unlink()
    calls.clear()
    pipeline.build([corpus], tmp_path / "again", cache=cache)
    assert sorted(calls) == sorted(SMALL)
    assert (tmp_path / "again" / "graph.ttl").read_bytes() == expected


def test_a_rule_or_data_change_invalidates_the_cache(corpus, tmp_path, calls, monkeypatch):
    cache = tmp_path / "cache"
    pipeline.build([corpus], tmp_path / "out", cache=cache)
    calls.clear()
    import kg.resources

    monkeypatch.setattr(kg.resources, "data_version", lambda: "another-version")
    again = pipeline.build([corpus], tmp_path / "out", cache=cache)
    assert sorted(calls) == sorted(SMALL)
    assert again.stats["extracted"] == 2


def test_no_cache_extracts_everything_and_writes_no_cache(corpus, tmp_path, calls):
    pipeline.build([corpus], tmp_path / "out", cache=None)
    pipeline.build([corpus], tmp_path / "out", cache=None)
    assert sorted(calls) == sorted(SMALL * 2)
    assert not default_cache_dir(tmp_path / "out").exists()


def test_default_cache_sits_beside_the_output(corpus, tmp_path, calls):
    out = tmp_path / "exports"
    pipeline.build([corpus], out, cache=True)
    assert (tmp_path / ".kg-cache" / "files").is_dir()
    calls.clear()
    assert pipeline.build([corpus], out, cache=True).stats["reused"] is True
    assert calls == []


@pytest.mark.parametrize(
    "a, b, same",
    [
        (("seeds/a.txt", b"x"), ("seeds/a.txt", b"x"), True),
        (("seeds/a.txt", b"x"), ("seeds/a.txt", b"y"), False),  # content changed
        (("seeds/a.txt", b"x"), ("other/a.txt", b"x"), False),  # the path is the document's source
    ],
)
def test_cache_keys(tmp_path, a, b, same):
    cache = ResultCache(tmp_path, version="v")
    assert (cache.key(*a) == cache.key(*b)) is same


def test_build_options_from_the_command_line(tmp_path):
    import argparse

    parser = argparse.ArgumentParser()
    pipeline.add_build_arguments(parser)
    assert pipeline.build_options(parser.parse_args([])) == {
        "jobs": pipeline.default_jobs(), "cache": True, "executor": "local", "scheduler": None, "stream": None}
    assert 1 <= pipeline.default_jobs() <= 8
    opts = pipeline.build_options(parser.parse_args(["--no-cache", "--jobs", "2"]))
    assert (opts["cache"], opts["jobs"]) == (None, 2)
    assert pipeline.build_options(parser.parse_args(["--cache", str(tmp_path)]))["cache"] == str(tmp_path)
    opts = pipeline.build_options(parser.parse_args(["--executor", "dask", "--scheduler", "tcp://127.0.0.1:8786"]))
    assert (opts["executor"], opts["scheduler"]) == ("dask", "tcp://127.0.0.1:8786")
    with pytest.raises(ValueError):
        pipeline.build_options(parser.parse_args(["--scheduler", "tcp://127.0.0.1:8786"]))
    with pytest.raises(SystemExit):
        parser.parse_args(["--executor", "spark"])
