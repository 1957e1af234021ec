"""Shared fixtures: one build of the seed corpus per test session."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EVAL = ROOT / "eval"
#: eval/reports.json: every seed document with its report facts
REPORTS_GOLD = json.loads((EVAL / "reports.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """``kg build seeds --out <tmp>``: the BuildResult (graph, manifest, errors, out)."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seed-exports")
    return build_seeds(build, out)


def build_seeds(build, out):
    """Build seeds/ the way README command (a) does: from the repository root, with the relative path
    ``seeds`` (sources in the manifest and RDF are the paths as given)."""
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return build([Path("seeds")], out)
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="session")
def seed_exports(seed_build) -> Path:
    """The export folder of the seed build (graph.ttl, graph.trig, graph.html, manifest.json ...)."""
    return seed_build.out


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")
