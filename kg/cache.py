"""The incremental-build cache: per-file extraction results and whole builds, on disk.

A file's entry is keyed by the path as given, the sha256 of its bytes and
:func:`kg.resources.data_version` (every data file and every ``kg/*.py``), so a
changed file, a changed rule or a new kg version is a miss and everything else
is a hit. A build's entry is keyed by the keys of all its files and comes in two
pickles: its manifest (``builds/``) and its graph (``graphs/``), so rebuilding an
unchanged corpus whose exports are in place loads neither the files' entries nor
the graph. Entries are pickles
written atomically (temp file + ``os.replace``); a damaged entry is a miss.

>>> import tempfile
>>> cache = ResultCache(tempfile.mkdtemp(), version="v1")
>>> key = cache.key("a.txt", b"text")
>>> cache.get(key) is None
True
>>> cache.put(key, {"n": 1}); cache.get(key)
{'n': 1}
>>> cache.key("a.txt", b"text") == ResultCache(cache.root, version="v2").key("a.txt", b"text")
False
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from pathlib import Path

__all__ = ["ResultCache", "default_cache_dir", "file_digest", "CACHE_DIR_NAME"]

#: The cache folder created beside the export folder (gitignored).
CACHE_DIR_NAME = ".kg-cache"
_FORMAT = b"kg-cache-2"


def default_cache_dir(out: str | Path) -> Path:
    """``.kg-cache/`` beside the export folder: ``exports`` -> ``.kg-cache``."""
    return Path(out).absolute().parent / CACHE_DIR_NAME


def file_digest(path: str | Path) -> str | None:
    """sha256 of a file's bytes, or None when it cannot be read (the build reports why)."""
    try:
        with open(path, "rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None


class ResultCache:
    """Pickled values in ``root/files/`` (per input file), ``root/builds/`` and ``root/graphs/`` (per build)."""

    def __init__(self, root: str | Path, *, version: str | None = None) -> None:
        if version is None:
            from kg.resources import data_version

            version = data_version()
        self.root = Path(root)
        self.version = version
        self.hits = 0
        self.misses = 0

    # -- keys ---------------------------------------------------------------------------------------
    def key(self, source: str, data: bytes) -> str:
        """The key of one input: its path as given, its bytes, the rule/data version."""
        return self.key_for_digest(source, hashlib.sha256(data).hexdigest())

    def key_for_digest(self, source: str, digest: str) -> str:
        h = hashlib.sha256(_FORMAT)
        for part in (self.version, str(source), digest):
            h.update(b"\0" + part.encode("utf-8", "surrogateescape"))
        return h.hexdigest()

    def build_key(self, file_keys: list[str], options: str = "") -> str:
        """The key of a whole build: the keys of its files, in order."""
        h = hashlib.sha256(_FORMAT + b"\0build\0" + options.encode())
        for k in file_keys:
            h.update(k.encode())
        return h.hexdigest()

    # -- values -------------------------------------------------------------------------------------
    def _path(self, kind: str, key: str) -> Path:
        return self.root / kind / key[:2] / f"{key}.pkl"

    def get(self, key: str, kind: str = "files"):
        """The value stored under ``key``, or None (missing or unreadable)."""
        try:
            with open(self._path(kind, key), "rb") as f:
                value = pickle.load(f)
        except Exception:  # missing, truncated, from another Python: a miss
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value, kind: str = "files") -> None:
        """Store ``value`` atomically; a cache that cannot be written is not an error."""
        self._write(key, kind, lambda f: pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL))

    def put_pickled(self, key: str, data: bytes, kind: str = "files") -> None:
        """:meth:`put` of a value already pickled (``data``, e.g. as a worker process sent it)."""
        self._write(key, kind, lambda f: f.write(data))

    def _write(self, key: str, kind: str, dump) -> None:
        path = self._path(kind, key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{key[:8]}.", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as f:
                    dump(f)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            pass

    def has(self, key: str, kind: str = "files") -> bool:
        return self._path(kind, key).is_file()

    def discard(self, key: str, kind: str = "files") -> None:
        self._path(kind, key).unlink(missing_ok=True)

    # -- export records -----------------------------------------------------------------------------
    def _record_path(self, out: Path) -> Path:
        digest = hashlib.sha256(str(Path(out).absolute()).encode("utf-8", "surrogateescape")).hexdigest()
        return self.root / "exports" / f"{digest[:24]}.json"

    def exports_current(self, out: Path, build_key: str, names) -> bool:
        """True when ``out`` holds the exports this cache wrote for ``build_key``, untouched since."""
        try:
            record = json.loads(self._record_path(out).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        if record.get("build") != build_key or sorted(record.get("files", {})) != sorted(names):
            return False
        for name, (size, mtime) in record["files"].items():
            try:
                st = os.stat(Path(out) / name)
            except OSError:
                return False
            if (st.st_size, st.st_mtime_ns) != (size, mtime):
                return False
        return True

    def record_exports(self, out: Path, build_key: str, names) -> None:
        """Remember that ``out`` now holds the exports of ``build_key`` (sizes and times)."""
        files = {}
        for name in names:
            try:
                st = os.stat(Path(out) / name)
            except OSError:
                return
            files[name] = (st.st_size, st.st_mtime_ns)
        path = self._record_path(out)
        try:
            old = json.loads(path.read_text(encoding="utf-8")).get("build")
        except (OSError, ValueError):
            old = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".record.", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"out": str(Path(out).absolute()), "build": build_key, "files": files}, f)
            os.replace(tmp, path)
        except OSError:
            return
        if old and old != build_key:
            self.discard(old, "builds")  # the previous build of this folder is not needed any more
            self.discard(old, "graphs")
