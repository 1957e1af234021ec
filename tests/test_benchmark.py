"""The benchmark script's own logic (its figures are measured by running it, not here)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("kg_bench_run", ROOT / "benchmarks" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _row(scale, mb, *, ext, jieba, jobs1, jobs2, warm, rss):
    return {"scale": scale, "mb": mb, "ext": ext, "jieba": jieba, "cold": {"wall": jobs1, "rss": rss},
            "jobs1": {"wall": jobs1}, "jobs2": {"wall": jobs2}, "warm": {"wall": warm}}


def test_targets_name_each_figure_and_whether_it_is_met(bench):
    rows = [
        _row(1, 0.5, ext=1.00, jieba=0.73, jobs1=2.2, jobs2=1.8, warm=0.1, rss=160),
        _row(10, 5.5, ext=6.5, jieba=8.4, jobs1=12.8, jobs2=8.6, warm=0.1, rss=540),
        _row(100, 55.0, ext=66.0, jieba=92.0, jobs1=110.0, jobs2=63.0, warm=0.3, rss=1150),
    ]
    checks = dict((text, ok) for ok, text in bench.targets(2.3, rows))
    assert checks["`kg build seeds` <= 3 s: 2.30 s"] is True
    assert checks["x1 extraction at least as fast as jieba.cut: ratio 0.73"] is False
    assert checks["x10 extraction at least as fast as jieba.cut: ratio 1.29"] is True
    assert checks["x10 --jobs 2 >= 1.7x faster than --jobs 1: 1.49x"] is False
    assert checks["x100 --jobs 2 >= 1.7x faster than --jobs 1: 1.75x"] is True
    assert checks["x100 peak memory <= 2 GB: 1150 MB"] is True
    assert checks["x1 unchanged rebuild <= 10% of a cold build: 4.5%"] is True
    # 2.0 s/MB at x100 against 2.33 at x10: faster per MB is within the target
    assert checks["x100 scales linearly from x10 (seconds per MB within 20%): 0.86"] is True
    assert len(checks) == 1 + 3 * 3 + 1 + 2  # seeds; ratio, jobs, cache per scale; memory; two scalings


def test_targets_fail_on_superlinear_time_and_memory(bench):
    rows = [
        _row(10, 5.0, ext=5.0, jieba=6.0, jobs1=10.0, jobs2=5.0, warm=2.0, rss=500),
        _row(100, 50.0, ext=50.0, jieba=60.0, jobs1=130.0, jobs2=65.0, warm=1.0, rss=3000),
    ]
    failed = [text for ok, text in bench.targets(3.5, rows) if not ok]
    assert failed == [
        "`kg build seeds` <= 3 s: 3.50 s",
        "x10 unchanged rebuild <= 10% of a cold build: 20.0%",
        "x100 peak memory <= 2 GB: 3000 MB",
        "x100 scales linearly from x10 (seconds per MB within 20%): 1.30",
    ]
