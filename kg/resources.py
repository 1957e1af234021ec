"""The one module that knows where data files and the ontology live.

Loaders are cached: each data file is read once per process.

>>> data_path("README.md").name
'README.md'
"""

from __future__ import annotations

import csv
import functools
import tomllib
from pathlib import Path

__all__ = [
    "PACKAGE_DIR",
    "DATA_DIR",
    "ONTOLOGY_DIR",
    "data_path",
    "ontology_path",
    "load_tsv",
    "load_toml",
    "load_wordlist",
    "data_version",
]

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
# ``kg/ontology`` is a link to the repository's top-level ``ontology/`` so the
# ontology ships inside the installed package.
ONTOLOGY_DIR = PACKAGE_DIR / "ontology"


def data_path(name: str) -> Path:
    return DATA_DIR / name


def ontology_path(name: str = "kg.ttl") -> Path:
    return ONTOLOGY_DIR / name


@functools.cache
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a TSV data file, skipping blank lines and ``#`` comments."""
    rows = []
    with data_path(name).open(encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            rows.append(tuple(cell.strip() for cell in row))
    return tuple(rows)


@functools.cache
def load_wordlist(name: str) -> frozenset[str]:
    """First column of a TSV/word-list data file as a set."""
    return frozenset(row[0] for row in load_tsv(name))


@functools.cache
def load_toml(name: str) -> dict:
    with data_path(name).open("rb") as f:
        return tomllib.load(f)


@functools.cache
def data_version() -> str:
    """A digest of every data file and the package version.

    Used as part of the incremental-build cache key: a rule change invalidates
    cached extraction results.
    """
    import hashlib

    from kg import __version__

    h = hashlib.sha256(__version__.encode())
    for path in sorted(DATA_DIR.rglob("*")):
        if path.is_file():
            h.update(path.relative_to(DATA_DIR).as_posix().encode())
            h.update(path.read_bytes())
    for path in sorted(PACKAGE_DIR.glob("*.py")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]
