"""The pipeline: the one module that knows the order of the stages.

ingest → normalize → facts → extract → resolve → graph → export.

The per-file work (:func:`process_file`: ingest, facts, extraction) runs in this
process, in ``jobs`` forked worker processes, or on Dask (``executor="dask"``: a
LocalCluster, or a real cluster by ``scheduler`` address). With a ``cache``
folder, files whose bytes and rules have not changed are not extracted again,
and an unchanged corpus is not even rebuilt.

>>> from pathlib import Path
>>> result = build([Path("seeds/004_8e0279829cf70102.txt")], None)  # doctest: +SKIP
>>> result.stats["extracted"], result.stats["cached"]  # doctest: +SKIP
(1, 0)
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import functools
import hashlib
import json
import math
import os
import sys
import tempfile
import time
from pathlib import Path

from kg import __version__
from kg.model import Document, InputStatus, Mention, Relation, ReportFacts

__all__ = [
    "BuildResult",
    "FileResult",
    "EXECUTORS",
    "build",
    "expand_inputs",
    "process_file",
    "process_bytes",
    "write_exports",
    "write_stream_exports",
    "STREAM_EXPORTS",
    "STREAM_THRESHOLD",
    "add_build_arguments",
    "build_options",
    "EXPORTERS",
]

INPUT_SUFFIXES = (".txt", ".text", ".htm", ".html", ".md")

#: Above this many mentions, ``build(stream=None)`` streams the RDF exports (see :func:`write_stream_exports`).
STREAM_THRESHOLD = 100_000
#: A streamed export with ``jobs`` helpers cuts the graph in at least ``jobs`` times this many ranges (a helper
#: that falls behind leaves fewer of them undone) ...
STREAM_RANGES_PER_JOB = 4
#: ... and in ranges of about this weight (see :func:`_stream_ranges`; some 600 bytes of the three files each):
#: a helper holds the lines of its range in memory until it knows where they go, ~30 MB here.
STREAM_RANGE_WEIGHT = 50_000

#: Where the per-file work runs: this process (and forked workers with jobs > 1), or Dask.
EXECUTORS = ("local", "dask")


@dataclasses.dataclass
class FileResult:
    """Everything extracted from one input file (picklable, for parallel and cached builds)."""

    status: InputStatus
    documents: list[tuple[Document, ReportFacts]]
    mentions: list[Mention]
    relations: list[Relation]


class BuildResult:
    """What :func:`build` gives: the graph, the manifest, the input errors, the export folder and ``stats``,
    how the build went: files, extracted, cached (files not extracted again), reused (True when an unchanged
    build was loaded whole), executor, jobs and the seconds of its phases.

    A reused build loads its graph from the cache on first use of :attr:`graph` (the exports in place
    need no graph)."""

    def __init__(self, graph, manifest: dict, errors: list[str], out: Path | None, stats: dict | None = None,
                 *, load_graph=None) -> None:
        self._graph, self._load_graph = graph, load_graph
        self.manifest, self.errors, self.out = manifest, errors, out
        self.stats = stats if stats is not None else {}

    @property
    def graph(self):
        if self._graph is None and self._load_graph is not None:
            self._graph = self._load_graph()
            self._load_graph = None
        return self._graph

    @property
    def exit_code(self) -> int:
        return 1 if self.errors else 0


def expand_inputs(paths) -> list[Path]:
    """Files given, and the text/HTML files inside folders given (sorted, recursive)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in INPUT_SUFFIXES))
        else:
            out.append(p)
    seen, uniq = set(), []
    for p in out:
        if p not in seen:
            seen.add(p)
            uniq.append(p)
    return uniq


def _shift(m: Mention, doc: Document) -> Mention:
    """``m`` in the file's coordinates, of document ``doc`` (the constructor: dataclasses.replace looks
    up the fields again for every one of the ~25,000 mentions of the seeds)."""
    off = doc.start
    return Mention(type=m.type, name=m.name, text=m.text, start=m.start + off, end=m.end + off, doc=doc.id,
                   sentence=m.sentence, code=m.code, sent_start=m.sent_start + off if m.sent_start >= 0 else -1)


def _shift_relation(r: Relation, doc: Document) -> Relation:
    off = doc.start
    return Relation(head=r.head, type=r.type, tail=r.tail, doc=doc.id, start=r.start + off if r.start >= 0 else -1,
                    end=r.end + off if r.end >= 0 else -1, sentence=r.sentence, source=r.source)


def process_file(path: Path, part: int = 0, parts: int = 1) -> FileResult:
    """ingest, facts and extraction for one file. Never raises for bad input.

    With ``parts`` > 1, only the documents of part ``part`` (0-based) of the file's text, cut in
    ``parts`` equal lengths (a document belongs to the part that holds its middle): the parts of a
    large file go to several workers, and :func:`merge_parts` puts their results together in order.
    """
    from kg.extract import extract_text
    from kg.facts import extract_facts
    from kg.ingest import load_documents

    if parts > 1:
        documents, status = _documents_of_parted_file(path)
    else:
        documents, status = load_documents(path)
    if parts > 1 and documents:
        length = max(d.end for d in documents)
        documents = [d for d in documents if min(parts - 1, (d.start + d.end) * parts // (2 * max(length, 1))) == part]
    docs, mentions, relations = [], [], []
    for doc in documents:
        facts = extract_facts(doc)
        context = {"region": facts.region, "parent_region": facts.parent_region, "year": facts.year,
                   "title": facts.title}
        ms, rs = extract_text(doc.text, norm=doc.norm, context=context)
        docs.append((doc, facts))
        mentions.extend(_shift(m, doc) for m in ms)
        relations.extend(_shift_relation(r, doc) for r in rs)
    return FileResult(status, docs, mentions, relations)


def _documents_of_parted_file(path: Path):
    """:func:`kg.ingest.load_documents` of a file cut into parts, read once per worker process: a worker
    that takes several parts of one file does not read, decode and normalise it again for each."""
    try:
        st = os.stat(path)
        stamp = (st.st_size, st.st_mtime_ns)
    except OSError:
        stamp = None
    return _load_documents_once(str(path), stamp)


@functools.lru_cache(maxsize=1)
def _load_documents_once(path: str, stamp):
    from kg.ingest import load_documents

    return load_documents(Path(path))


def merge_parts(results: list[FileResult]) -> FileResult:
    """One file's result from the results of its parts (in part order): what :func:`process_file` gives
    for the whole file."""
    first = results[0]
    return FileResult(first.status, [d for r in results for d in r.documents],
                      [m for r in results for m in r.mentions], [x for r in results for x in r.relations])


def process_bytes(source: str, data: bytes) -> FileResult:
    """:func:`process_file` for a file's bytes sent over the wire (Dask workers without the input folder).

    The bytes are written under their own file name in a private temporary folder
    (document ids come from the file name), then every path in the result is
    set back to ``source``, the path as given to the build.
    """
    with tempfile.TemporaryDirectory(prefix="kg-") as tmp:
        path = Path(tmp) / (Path(source).name or "input")
        path.write_bytes(data)
        result = process_file(path)
    return _set_source(result, str(path), source)


def _set_source(result: FileResult, old: str, new: str) -> FileResult:
    status = dataclasses.replace(
        result.status, path=new,
        error=result.status.error.replace(old, new) if result.status.error else result.status.error,
    )
    docs = [(dataclasses.replace(d, source=new) if d.source == old else d, f) for d, f in result.documents]
    return FileResult(status, docs, result.mentions, result.relations)


def _slim(result: FileResult) -> FileResult:
    """The result without the documents' text (the graph and manifest never read it): what is
    sent back by workers and kept in the cache, about half the size."""
    docs = [(dataclasses.replace(d, text="", norm=""), f) for d, f in result.documents]
    return FileResult(result.status, docs, result.mentions, result.relations)


def _process_slim_pickled(path: Path, part: int = 0, parts: int = 1) -> bytes:
    """The slim result of a file (or of one part of it), pickled by the worker: the parent keeps these bytes
    for the cache as they are (instead of pickling the result again) and unpickles them once."""
    import pickle

    return pickle.dumps(_slim(process_file(path, part, parts)), protocol=pickle.HIGHEST_PROTOCOL)


def _process_bytes_slim(source: str, data: bytes) -> FileResult:
    return _slim(process_bytes(source, data))


def _unique_doc_ids(results: list[FileResult]) -> None:
    """Two inputs with the same file name get distinct document ids."""
    seen: dict[str, str] = {}
    for res in results:
        for i, (doc, facts) in enumerate(res.documents):
            if doc.id in seen and seen[doc.id] != doc.source:
                suffix = hashlib.sha1(doc.source.encode()).hexdigest()[:6]
                new_id = f"{doc.id}-{suffix}"
                res.mentions[:] = [dataclasses.replace(m, doc=new_id) if m.doc == doc.id else m for m in res.mentions]
                res.relations[:] = [dataclasses.replace(r, doc=new_id) if r.doc == doc.id else r for r in res.relations]
                res.documents[i] = (dataclasses.replace(doc, id=new_id), facts)
            else:
                seen[doc.id] = doc.source


def _progress(iterable, total: int, enabled: bool):
    """``iterable`` with a progress bar on stderr when ``enabled`` (None: the bar, to update by hand, or None)."""
    if not enabled:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc="kg build", unit="file", file=sys.stderr, leave=False)


# -- running the per-file work ----------------------------------------------------------------------


#: with --jobs N, a file larger than 1.5 / N of the corpus (more than a worker's share) is cut into parts of
#: 1 / (N * PARTS_PER_WORKER) of the corpus (at most MAX_PARTS, none smaller than MIN_PART_BYTES), each a task
#: of its own. Each part reads the whole file again, so smaller files are not cut.
PARTS_PER_WORKER = 3
MAX_PARTS = 16
MIN_PART_BYTES = 64_000


def _build_rule_tables() -> None:
    """Build every rule table that ingest, facts and extraction build on first use (their modules' cached
    functions of no arguments: compiled patterns, word lists, the script converter): here once, not in the
    first file of each worker (seeds: a first pass 0.1 s slower without this)."""
    import inspect

    from kg import extract, facts, ingest, normalize

    for module in (ingest, normalize, facts, extract):
        for f in vars(module).values():
            if getattr(f, "__module__", None) == module.__name__ and hasattr(f, "cache_info"):
                if not inspect.signature(f).parameters:
                    f()


def _warm() -> float:
    """Load the gazetteer and the rule tables once, so forked workers inherit them; the seconds it took."""
    import gc

    t = time.perf_counter()
    from kg.extract import extract_text
    from kg.gazetteer import gazetteer

    gazetteer()
    _build_rule_tables()
    # a province's context: no villages are loaded (a worker loads those of its own reports' cities)
    extract_text("永康市政府工作报告。", context={"region": "浙江省", "year": 2019, "title": None})
    gc.freeze()  # the loaded tables are permanent: keep the collector from walking them again and again
    return time.perf_counter() - t


def _run_local(files: list[Path], jobs: int, progress: bool, pickles: list | None = None) -> list[FileResult]:
    """The results of ``files``, in order. With workers and a list ``pickles``, it gets each result
    as its worker pickled it (for the cache), else None."""
    if pickles is not None:
        pickles[:] = [None] * len(files)
    tasks = _tasks(files, jobs) if jobs > 1 else []
    if len(tasks) <= 1:
        return [_slim(process_file(f)) for f in _progress(files, len(files), progress)]
    import multiprocessing
    import pickle
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from kg.gazetteer import _collector_paused

    context = None
    if sys.platform.startswith("linux"):  # workers start with the gazetteer loaded (_extract_all warmed it)
        context = multiprocessing.get_context("fork")
    results: list[FileResult | None] = [None] * len(files)
    parts: dict[int, list] = {}
    with ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=context) as pool:
        futures = {pool.submit(_process_slim_pickled, files[i], k, n): (i, k, n) for i, k, n in tasks}
        _ready_later_phases()  # the workers are forked: this process would only wait for them
        bar = _progress(None, len(files), progress)
        with _collector_paused():  # the results are acyclic: no collections while they pile up
            for fut in as_completed(futures):
                (i, k, n), data = futures[fut], fut.result()
                if n == 1:
                    results[i] = pickle.loads(data)
                    if pickles is not None:
                        pickles[i] = data
                else:
                    got = parts.setdefault(i, [None] * n)
                    got[k] = pickle.loads(data)
                    if any(r is None for r in got):
                        continue
                    results[i] = merge_parts(got)  # its cache entry is pickled by the parent
                if bar is not None:
                    bar.update()
        if bar is not None:
            bar.close()
    return results


def _ready_later_phases() -> None:
    """Import what the graph and the exports need (networkx, rdflib, pyvis and what pyvis imports: ~0.17 s
    in one process) and read the page's style and assets. The parent does it while its workers extract,
    where it would otherwise sit idle: it takes some of their cores' time (x10, two workers: extraction
    +0.12 s), but the graph and the exports start with all loaded (-0.17 s)."""
    import networkx  # noqa: F401
    from pyvis.network import Network  # noqa: F401

    from kg import graph, rdf, resolve, viz  # noqa: F401

    viz._style()
    viz._vis_assets()


def _tasks(files: list[Path], jobs: int) -> list[tuple[int, int, int]]:
    """(file index, part, parts) for each task of ``jobs`` workers, biggest first. A file larger than a
    worker's share of the corpus is cut into parts, so that one big file (a single one, too) does not keep one
    worker busy while the others wait; biggest first, so no worker is left with a big task at the end."""
    sizes = [_size(f) for f in files]
    total = sum(sizes)
    part = max(total / (jobs * PARTS_PER_WORKER), MIN_PART_BYTES)
    tasks = [(i, k, n) for i in range(len(files))
             for n in [min(MAX_PARTS, math.ceil(sizes[i] / part)) if sizes[i] > 1.5 * total / jobs else 1]
             for k in range(n)]
    return sorted(tasks, key=lambda t: sizes[t[0]] / t[2], reverse=True)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _run_dask(files: list[Path], jobs: int, progress: bool, scheduler: str | None) -> list[FileResult]:
    """The per-file work on Dask: each task gets one file's bytes and returns its (slim) result."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as exc:  # pragma: no cover - the optional extra is missing
        raise RuntimeError("--executor dask needs dask.distributed: pip install 'kg[dask]'") from exc

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        _check_workers(client)
        results: list[FileResult | None] = [None] * len(files)
        futures = {}
        for i in sorted(range(len(files)), key=lambda i: _size(files[i]), reverse=True):
            path = files[i]
            try:
                data = path.read_bytes()
            except OSError:
                results[i] = _slim(process_file(path))  # the error is reported the usual way
                continue
            futures[client.submit(_process_bytes_slim, str(path), data, pure=False)] = i
        for fut in _progress(as_completed(futures), len(futures), progress):
            results[futures[fut]] = fut.result()
        return results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _worker_version() -> str:
    from kg.resources import data_version

    return data_version()


def _check_workers(client) -> None:
    """Refuse workers whose kg differs from this one (another version, other rules or data):
    their results would not match a local build."""
    from kg.resources import data_version

    mine = data_version()
    other = {w: v for w, v in client.run(_worker_version).items() if v != mine}
    if other:
        worker, version = sorted(other.items())[0]
        raise RuntimeError(f"Dask worker {worker} runs kg {version}, this build kg {mine}: "
                           "install the same kg on every worker (and restart them after an upgrade)")


def _file_keys(files, cache) -> list[str | None]:
    """Each file's cache key (None without a cache or for a file that cannot be read)."""
    if cache is None:
        return [None] * len(files)
    from kg.cache import file_digest

    keys: list[str | None] = []
    for path in files:
        digest = file_digest(path)
        keys.append(cache.key_for_digest(str(path), digest) if digest is not None else None)
    return keys


def _extract_all(files, keys, *, jobs, progress, executor, scheduler, cache, timings: dict) -> tuple[list[FileResult], int]:
    """Results for every file (cached where possible, by ``keys``); also how many were extracted. Sets
    ``timings["load_seconds"]``: loading the gazetteer and the rule tables before extraction."""
    results: list[FileResult | None] = [None] * len(files)
    if cache is not None:
        results = [cache.get(k) if k is not None else None for k in keys]
    todo = [i for i, r in enumerate(results) if r is None]
    todo_files = [files[i] for i in todo]
    if todo and executor != "dask":
        timings["load_seconds"] = round(_warm(), 3)
    pickles: list[bytes | None] = []
    if executor == "dask":
        fresh = _run_dask(todo_files, jobs, progress, scheduler)
    else:
        fresh = _run_local(todo_files, jobs, progress, pickles if cache is not None else None)
    pickles += [None] * (len(fresh) - len(pickles))
    for i, res, data in zip(todo, fresh, pickles):
        results[i] = res
        if cache is not None and keys[i] is not None:
            if data is not None:
                cache.put_pickled(keys[i], data)
            else:
                cache.put(keys[i], res)
    return results, len(todo)


def _cached_graph(store, build_key):
    def load():
        graph = store.get(build_key, "graphs")
        if graph is None:
            raise RuntimeError(f"the cached graph of this build is missing or damaged ({store.root}): "
                               "build again with --no-cache")
        return graph

    return load


def _open_cache(cache, out):
    if cache is None or cache is False:
        return None
    from kg.cache import ResultCache, default_cache_dir

    if cache is True:
        if out is None:
            return None
        cache = default_cache_dir(out)
    return ResultCache(cache)


# -- the build ------------------------------------------------------------------------------------------


def _nothing() -> None:
    """The default ``meanwhile`` of the export writers: no work."""


def build(paths, out, *, jobs: int = 1, progress: bool = False, cache=None, executor: str = "local",
          scheduler: str | None = None, stream: bool | None = None) -> BuildResult:
    """Build the graph from input files/folders and, if ``out`` is given, write the exports.

    ``jobs``: worker processes (local) or Dask workers (LocalCluster). ``cache``: a folder
    for the incremental-build cache, True for ``.kg-cache/`` beside ``out``, None or False
    for none. ``executor``: "local" or "dask"; ``scheduler``: a Dask scheduler address
    (``tcp://host:8786``), else a LocalCluster is started for the build. ``stream``: write the
    RDF line by line (:func:`write_stream_exports`) instead of sorted in memory; None: when the
    corpus has more than :data:`STREAM_THRESHOLD` mentions.
    """
    def export(graph, manifest, n_mentions, meanwhile=_nothing):
        from kg.gazetteer import _collector_paused

        big = n_mentions > STREAM_THRESHOLD if stream is None else stream
        with _collector_paused():  # rendering makes no cycles: no collections walking the graph meanwhile
            if big:
                write_stream_exports(graph, manifest, out_path, jobs=jobs, meanwhile=meanwhile)
            else:
                write_exports(graph, manifest, out_path, parallel=jobs > 1, meanwhile=meanwhile)
        return STREAM_EXPORTS if big else tuple(EXPORTERS)

    if executor not in EXECUTORS:
        raise ValueError(f"executor {executor!r}: expected one of {', '.join(EXECUTORS)}")

    def extract_stats(extracted: int, **more) -> dict:
        return {"files": len(files), "extracted": extracted, "cached": len(files) - extracted, **more,
                "executor": executor, "jobs": jobs, "extract_seconds": round(time.perf_counter() - t0, 3),
                "extract_cpu_seconds": round(time.process_time() - c0, 3)}  # this process only, not workers'

    t0, c0 = time.perf_counter(), time.process_time()
    files = expand_inputs(paths)
    out_path = Path(out) if out is not None else None
    store = _open_cache(cache, out_path)
    keys = _file_keys(files, store)
    build_key = store.build_key(keys, f"stream={stream}") if store is not None and all(keys) else None
    if build_key is not None and store.has(build_key, "graphs"):
        # an unchanged corpus: the build's manifest, and its graph only when the exports must be written again
        header = store.get(build_key, "builds")
        if header is not None:
            manifest, errors, names, n_mentions = header
            load_graph = _cached_graph(store, build_key)
            graph = None
            if out_path is not None and not store.exports_current(out_path, build_key, names):
                graph = load_graph()
                manifest["seconds"] = round(time.perf_counter() - t0, 3)
                names = export(graph, manifest, n_mentions)
                store.record_exports(out_path, build_key, names)
            stats = extract_stats(0, reused=True)
            manifest = dict(manifest, seconds=round(time.perf_counter() - t0, 3))
            return BuildResult(graph, manifest, errors, out_path, stats, load_graph=load_graph)
    timings: dict = {}
    results, extracted = _extract_all(files, keys, jobs=jobs, progress=progress, executor=executor,
                                      scheduler=scheduler, cache=store, timings=timings)
    stats = extract_stats(extracted, reused=False, **timings)  # load_seconds: the part that loaded the tables

    # the graph, its exports and the cache entry hold millions of long-lived objects and make no garbage
    # cycles: the cyclic collector walking them again and again took ~15-40% of these phases at x100
    from kg.facts import facts_to_manifest_dict
    from kg.gazetteer import _collector_paused
    from kg.graph import build_graph, graph_counts
    from kg.resolve import resolve_entities

    with _collector_paused():
        _unique_doc_ids(results)
        errors = [r.status.error for r in results if r.status.status != "ok"]
        mentions = [m for r in results for m in r.mentions]
        relations = [x for r in results for x in r.relations]
        entities = resolve_entities(mentions)
        sha = {r.status.path: r.status.sha256 for r in results}
        documents = [(d, f, sha.get(d.source, "")) for r in results for d, f in r.documents]
        graph = build_graph(entities, relations, documents)
        manifest = {
            "version": __version__,
            "inputs": [
                {k: v for k, v in dataclasses.asdict(r.status).items() if v is not None or k == "error"}
                for r in results
            ],
            "counts": graph_counts(graph),
            "documents": [facts_to_manifest_dict(d, f) for d, f, _ in documents],
        }
        manifest["seconds"] = round(time.perf_counter() - t0, 3)
        stats["graph_seconds"] = round(manifest["seconds"] - stats["extract_seconds"], 3)

        def cache_graph():
            if build_key is not None:
                store.put(build_key, graph, "graphs")

        names = ()
        if out_path is not None:
            t1 = time.perf_counter()
            # the graph goes into the cache while exports are rendered elsewhere (x100: 2.6 s not waited for)
            names = export(graph, manifest, len(mentions), meanwhile=cache_graph)
            stats["export_seconds"] = round(time.perf_counter() - t1, 3)
        else:
            cache_graph()
        stats["exports"] = list(names)
        if build_key is not None:
            store.put(build_key, (manifest, errors, names, len(mentions)), "builds")
            if out_path is not None:
                store.record_exports(out_path, build_key, names)
        return BuildResult(graph, manifest, errors, out_path, stats)


# -- streamed export --------------------------------------------------------------------------------

#: The files :func:`write_stream_exports` writes.
STREAM_EXPORTS = ("graph.ttl", "graph.nq", "graph.trig", "graph.html", "manifest.json")


def _stream_lines(graph, start: int = 0, stop: int | None = None, before=None):
    """(N-Triples line, N-Quads line, TriG line) for every quad of the graph, in the graph's (stable) order;
    with ``start``/``stop``, for the quads of that range of the graph's items (see kg.rdf.count_items);
    ``before``: a :class:`kg.rdf.ItemsBefore` of the graph that the ranges of one process share.

    graph.ttl is N-Triples (which is Turtle): each triple once, relations stated in several
    documents too. graph.nq and graph.trig: one named graph per document, as the in-memory exports.
    """
    from kg.rdf import _RELATION_PREDICATES, ItemsBefore, _iter_graph_quads, _term_n3

    before = ItemsBefore.for_range(graph, start, before)
    # a relation triple goes to graph.ttl where it is first stated, also when that is before the range
    relation_seen = before.relations
    for s, p, o, g in _iter_graph_quads(graph, start, stop, before):
        triple = f"{_term_n3(s, False)} {_term_n3(p, False)} {_term_n3(o, False)}"
        if p in _RELATION_PREDICATES:
            nt = None if (s, p, o) in relation_seen else triple
            relation_seen.add((s, p, o))
        else:
            nt = triple
        if g is None:
            yield nt, f"{triple} .\n", f"{triple} .\n"
        else:
            yield nt, f"{triple} <{g}> .\n", f"<{g}> {{ {triple} . }}\n"


#: The line-by-line RDF exports, in the order of the files :func:`_write_stream_range` writes.
_STREAM_RDF = ("graph.ttl", "graph.nq", "graph.trig")
_TRIG_HEADER = "# kg knowledge graph; one named graph per document (named by the document's IRI)\n"


def _emit_stream_range(graph, writes, start: int, stop: int | None, before=None) -> None:
    """graph.ttl, graph.nq and graph.trig lines of one range of the graph's items, each to its function of
    ``writes`` (in the order of :data:`_STREAM_RDF`); the TriG comment line heads the first range."""
    nt, nq, trig = writes
    if start == 0:
        trig(_TRIG_HEADER)
    for line_nt, line_nq, line_trig in _stream_lines(graph, start, stop, before):
        if line_nt is not None:
            nt(line_nt + " .\n")
        nq(line_nq)
        trig(line_trig)


def _write_stream_range(graph, paths: list[Path], start: int, stop: int | None) -> None:
    """The lines of one range of the graph's items into ``paths`` (existing temp files, see
    :data:`_STREAM_RDF`). Not synced: the caller syncs the files once they are whole."""
    handles = []
    try:
        for path in paths:
            # lone surrogates (file names that are not UTF-8) become U+FFFD, as in _utf8
            handles.append(open(path, "w", encoding="utf-8", newline="\n", errors=_FFFD, buffering=1 << 20))
        _emit_stream_range(graph, [f.write for f in handles], start, stop)
        for f in handles:
            f.close()
    finally:
        for f in handles:
            f.close()


def _stream_ranges(graph, parts: int, weight: int | None = None) -> list[tuple[int, int]]:
    """Consecutive ranges of the graph's items with about as many quads each (an estimate: a mention or a
    piece of evidence is some eight quads): ``parts`` of them, or more, so that none weighs much more than
    ``weight``."""
    from kg.rdf import count_items

    total_items = count_items(graph)
    if total_items < 2 or (parts <= 1 and weight is None):
        return [(0, total_items)]
    weights = _item_weights(graph)
    total = sum(weights)
    if weight is not None:
        parts = max(parts, math.ceil(total / weight))
    share = total / parts
    bounds, acc = [0], 0
    for i, w in enumerate(weights):
        acc += w
        if acc >= share * len(bounds) and len(bounds) < parts:
            bounds.append(i + 1)
    bounds.append(total_items)
    return [(a, b) for a, b in zip(bounds, bounds[1:])]


def _item_weights(graph) -> list[int]:
    """What rendering each of the graph's items costs, about (see :func:`_stream_ranges`), in the items' order."""
    weights = [2 + 8 * len(a.get("mentions") or ()) + len(a.get("docs") or ()) for _, a in graph.nodes(data=True)]
    weights += [4 + 8 * len(a.get("evidence") or ()) for _, _, a in graph.edges(data=True)]
    return weights


def write_stream_exports(graph, manifest: dict, out: Path, *, jobs: int = 1, meanwhile=_nothing) -> list[Path]:
    """The exports of a large graph, written line by line: no export is held in memory whole.

    graph.ttl (N-Triples, a subset of Turtle), graph.nq (N-Quads) and graph.trig (TriG, one
    ``<doc> { triple . }`` block per line) hold the same triples and named graphs as the sorted
    in-memory exports, in the graph's order instead of sorted; graph.html is the usual capped
    view; graph.jsonld is not written (use graph.nq). Every file goes to a temporary name
    first and all are renamed into place only when all are complete.

    With ``jobs`` > 1 (where the OS can fork), ``jobs`` forked processes render consecutive ranges of
    the graph's items (:func:`_stream_ranges`, each of about :data:`STREAM_RANGE_WEIGHT`) in memory
    and write each straight to its place in the files, once the range before it knows its size, while
    this process renders graph.html and manifest.json: the files are byte for byte those of one process,
    and no byte is copied twice. ``meanwhile``: a callable this process runs once its own exports are
    written, while the helpers may still be at work (without helpers: after the exports are rendered).
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    _remove_stale_temps(out)
    mode = 0o644 & ~_umask()
    parallel = jobs > 1 and _can_fork()
    ranges = (_stream_ranges(graph, jobs * STREAM_RANGES_PER_JOB, STREAM_RANGE_WEIGHT) if parallel
              else [(0, None)])
    staged: list[tuple[Path, Path]] = []  # renamed into place at the end
    try:
        files = [_stage(out, name, mode, staged) for name in _STREAM_RDF]
        if len(ranges) == 1:
            _write_stream_range(graph, files, *ranges[0])
            for name in ("graph.html", "manifest.json"):
                _write_staged(out, name, EXPORTERS[name](graph, manifest), mode, staged)
            meanwhile()
        else:
            _write_stream_parallel(graph, manifest, out, mode, staged, files, ranges, min(jobs, len(ranges)),
                                   meanwhile)
        for path in files:
            with open(path, "ab") as f:
                os.fsync(f.fileno())
        for tmp, final in staged:
            os.replace(tmp, final)
        for stale in ("graph.jsonld",):  # an in-memory export of an earlier build would not match
            (out / stale).unlink(missing_ok=True)
        _fsync_dir(out)
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
    return [final for _, final in staged]


def _write_stream_parallel(graph, manifest, out, mode, staged, files, ranges, workers, meanwhile) -> None:
    """The ranges in ``workers`` forked processes (they inherit the graph: nothing big is pickled), taken
    in order, each written at its offset in ``files`` (:func:`_write_stream_range_at`); graph.html and
    manifest.json here meanwhile. Any failure, a killed process included, raises, and the helpers
    waiting for a range that will never be written give up."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    # where each range ends in each file, once it is rendered (and -1 until then); 1 to make waiting helpers give up
    ends = context.Array("q", [-1] * (len(ranges) * len(files)))
    abandon = context.Value("b", 0)
    with _forked_pool((graph, files, ends, abandon), workers) as pool:
        futures = [pool.submit(_write_stream_range_at, k, start, stop) for k, (start, stop) in enumerate(ranges)]
        try:
            for name in ("graph.html", "manifest.json"):
                _write_staged(out, name, EXPORTERS[name](graph, manifest), mode, staged)
            meanwhile()
            for fut in futures:
                fut.result()
        except BaseException:
            abandon.value = 1
            for fut in futures:
                fut.cancel()
            raise


#: What a forked process keeps from one range to the next (see :func:`_write_stream_range_at`): the items
#: before the next range (a kg.rdf.ItemsBefore), and a buffer per file, reused so that its memory is touched once.
_RANGE_STATE: dict = {}


def _write_stream_range_at(k: int, start: int, stop: int) -> None:
    """Range ``k`` of the graph inherited by a forked process (see :func:`_write_stream_parallel`), rendered in
    memory, then written where it goes in each file: after range ``k - 1``, once that one's size is known."""
    import io

    from kg.rdf import ItemsBefore

    graph, paths, ends, abandon = _FORK_INPUT
    state = _RANGE_STATE
    if state.get("graph") is not graph:
        state.update(graph=graph, before=ItemsBefore(graph), buffers=[io.BytesIO() for _ in paths])
    buffers = state["buffers"]
    texts = []
    for buffer in buffers:
        buffer.seek(0)  # written over: a BytesIO keeps its memory unless truncated
        texts.append(io.TextIOWrapper(buffer, encoding="utf-8", errors=_FFFD, newline="\n"))
    _emit_stream_range(graph, [t.write for t in texts], start, stop, state["before"])
    sizes = []
    for text in texts:
        text.flush()
        sizes.append(text.buffer.tell())
        text.detach()  # the buffer stays open
    n = len(paths)
    offsets = [0] * n if k == 0 else _range_ends(ends, k - 1, n, abandon)
    with ends.get_lock():
        ends[k * n:(k + 1) * n] = [offset + size for offset, size in zip(offsets, sizes)]
    for path, buffer, size, offset in zip(paths, buffers, sizes, offsets):
        fd = os.open(path, os.O_WRONLY)
        try:
            with buffer.getbuffer() as whole:
                view = whole[:size]
                while view:
                    written = os.pwrite(fd, view, offset)
                    view, offset = view[written:], offset + written
                view.release()
        finally:
            os.close(fd)


def _range_ends(ends, k: int, n: int, abandon) -> list[int]:
    """Where range ``k`` ends in each of the ``n`` files, once the process rendering it has said so."""
    pause = 0.0005
    while True:
        with ends.get_lock():
            known = ends[k * n:(k + 1) * n]
        if known[-1] >= 0:
            return known
        if abandon.value:
            raise RuntimeError(f"streamed export: range {k} was not written")
        time.sleep(pause)
        pause = min(pause * 2, 0.02)


# -- command-line options ------------------------------------------------------------------------------


def default_jobs() -> int:
    """Worker processes for ``kg build`` by default: one per core, at most 8."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def add_build_arguments(parser) -> None:
    """The ``kg build`` options for speed: --jobs, --executor, --scheduler, --cache, --no-cache, --stream."""
    import argparse

    parser.add_argument("--jobs", type=int, default=default_jobs(), metavar="N",
                        help="worker processes (a file of many reports is shared out by document), "
                             "or Dask workers of the local cluster "
                             f"(default: the number of cores, here {default_jobs()})")
    parser.add_argument("--executor", choices=EXECUTORS, default="local",
                        help="where the per-file work runs: this machine, or Dask (pip install 'kg[dask]')")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="with --executor dask: a running Dask scheduler (tcp://host:8786); "
                             "default: a local cluster of --jobs workers")
    parser.add_argument("--cache", metavar="DIR",
                        help="incremental-build cache folder (default: .kg-cache beside --out)")
    parser.add_argument("--no-cache", action="store_true", help="extract every file again, keep no cache")
    parser.add_argument("--stream", action=argparse.BooleanOptionalAction, default=None,
                        help="write the RDF line by line (N-Triples graph.ttl, graph.nq, graph.trig; no graph.jsonld) "
                             f"instead of sorted in memory (default: above {STREAM_THRESHOLD:,} mentions)")


def build_options(args) -> dict:
    """Keyword arguments of :func:`build` from the options of :func:`add_build_arguments`."""
    if getattr(args, "scheduler", None) and getattr(args, "executor", "local") != "dask":
        raise ValueError("--scheduler needs --executor dask")
    if getattr(args, "no_cache", False):
        cache = None
    else:
        cache = getattr(args, "cache", None) or True
    return {"jobs": max(1, getattr(args, "jobs", 1) or 1), "cache": cache,
            "executor": getattr(args, "executor", "local"), "scheduler": getattr(args, "scheduler", None),
            "stream": getattr(args, "stream", None)}


# -- export ---------------------------------------------------------------------------------------


def _render_manifest(graph, manifest) -> str:
    return json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def _render_html(graph, manifest) -> str:
    from kg.viz import render_html

    return render_html(getattr(graph, "nx", graph), title="kg: 政府工作报告知识图谱")


def _render_ttl(graph, manifest) -> str:
    from kg.rdf import render_turtle

    return render_turtle(graph)


def _render_trig(graph, manifest) -> str:
    from kg.rdf import render_trig

    return render_trig(graph)


def _render_jsonld(graph, manifest) -> str:
    from kg.rdf import render_jsonld

    return render_jsonld(graph)


#: Export files by name: file name -> renderer(graph, manifest) -> str.
EXPORTERS = {
    "graph.ttl": _render_ttl,
    "graph.trig": _render_trig,
    "graph.jsonld": _render_jsonld,
    "graph.html": _render_html,
    "manifest.json": _render_manifest,
}


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _remove_stale_temps(out: Path) -> list[Path]:
    """Remove temp files left in ``out`` by builds that were killed while writing.

    Temp files are named ``.<export>.<pid>.<random>.tmp``; one whose process is
    gone is stale. Those of a build still running (same folder, another process)
    are left alone.
    """
    removed = []
    for name in dict.fromkeys((*EXPORTERS, *STREAM_EXPORTS)):
        for tmp in out.glob(f".{name}.*.tmp"):
            pid = tmp.name[len(name) + 2 :].split(".", 1)[0]
            if pid.isdigit() and _pid_alive(int(pid)) and int(pid) != os.getpid():
                continue
            try:
                tmp.unlink()
                removed.append(tmp)
            except FileNotFoundError:
                pass
    return removed


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _stage(out: Path, name: str, mode: int, staged: list[tuple[Path, Path]]) -> Path:
    """A new empty temp file for export ``name`` in ``out`` (``.<name>.<pid>.<random>.tmp``), recorded
    in ``staged`` with its final path; returns the temp file's path."""
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.{os.getpid()}.", suffix=".tmp", dir=out)
    staged.append((Path(tmp), out / name))
    try:
        os.fchmod(fd, mode)
    finally:
        os.close(fd)
    return Path(tmp)


def _write_staged(out: Path, name: str, text: str, mode: int, staged: list[tuple[Path, Path]]) -> None:
    _write_path(_stage(out, name, mode, staged), text)


def _replace_with_fffd(exc: UnicodeError):
    # the UTF-8 encoder takes only ASCII text from a handler, so U+FFFD is given as its bytes
    return ("\ufffd".encode("utf-8") * (exc.end - exc.start), exc.end)


_FFFD = "kg-fffd"
codecs.register_error(_FFFD, _replace_with_fffd)


def _utf8(text: str) -> bytes:
    """``text`` as UTF-8; lone surrogates (file names that are not UTF-8) become U+FFFD."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        import re

        return re.sub("[\ud800-\udfff]", "\ufffd", text).encode("utf-8")


#: Exports rendered and written by a forked helper process (which then puts the graph in the cache) while this
#: one renders the JSON-LD, the HTML and the manifest. Each process takes its own snapshot of the quads (the
#: HTML needs none). x10, both at once: snapshot 0.6 s, Turtle 1.3, TriG 1.0, the graph into the cache 0.25 in
#: the helper; snapshot 0.65, JSON-LD 1.7, HTML 0.8 here (with the cache here, the helper sat idle ~0.25 s at
#: the end; with the HTML there, this process waited ~0.7 s for it).
_FORKED_EXPORTS = ("graph.ttl", "graph.trig")


def _write_path(path: Path, text: str) -> None:
    """``text`` into the (staged) file ``path``, whole and synced."""
    with open(path, "wb") as f:
        f.write(_utf8(text))
        f.flush()
        os.fsync(f.fileno())


def _write_rendered(source, manifest, paths: dict[str, Path], names) -> None:
    for name in names:
        _write_path(paths[name], EXPORTERS[name](source, manifest))


def _write_all(graph, manifest, paths: dict[str, Path], *, parallel: bool = False, meanwhile=_nothing) -> None:
    """Every export into its staged file (``paths``: export name -> temp file). With ``parallel``, where
    the OS can fork, a child process renders and writes the Turtle and TriG meanwhile (it inherits
    the graph and writes the files itself: nothing big goes through a pipe). Each process takes its own
    snapshot of the graph's quads, at the same time, instead of one before the other starts. ``meanwhile``
    runs once the exports are written: in the child, after its own (it inherits what ``meanwhile`` needs),
    else here."""
    from kg.rdf import Snapshot, count_items

    names = list(EXPORTERS)
    forked = [n for n in names if n in _FORKED_EXPORTS]
    if not parallel or not forked or count_items(graph) < 1_500 or not _can_fork():
        _write_rendered(Snapshot(graph), manifest, paths, names)
        meanwhile()
        return
    with _forked_pool((graph, manifest, meanwhile), 1) as pool:
        child = pool.submit(_write_rendered_inherited, paths, tuple(forked))
        _write_rendered(Snapshot(graph), manifest, paths, [n for n in names if n not in forked])
        child.result()


#: What the processes of :func:`_forked_pool` inherit (set only while the pool runs).
_FORK_INPUT = None


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


@contextlib.contextmanager
def _forked_pool(inherited, workers: int):
    """A pool of ``workers`` forked processes that inherit ``inherited`` as ``_FORK_INPUT``: the graph
    and its snapshot reach them without being pickled."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _FORK_INPUT
    _FORK_INPUT = inherited
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
            yield pool
    finally:
        _FORK_INPUT = None


def _write_rendered_inherited(paths: dict[str, Path], names) -> None:
    from kg.rdf import Snapshot

    graph, manifest, then = _FORK_INPUT
    _write_rendered(Snapshot(graph), manifest, paths, names)
    then()


def write_exports(graph, manifest: dict, out: Path, *, parallel: bool = False, meanwhile=_nothing) -> list[Path]:
    """Render every export, then move each into place atomically.

    Everything is rendered into temporary files in ``out`` first
    (``.graph.ttl.<pid>.<random>.tmp`` …); only when all renderers succeeded are
    they renamed over the old files, so a crash or a kill never leaves a
    half-written export: each file is either the previous complete one or the new
    complete one. Temp files left by a killed build are removed by the next one.
    ``meanwhile``: a callable run once the exports are rendered (with ``parallel``: by the forked helper,
    after its exports, while this process renders its own), before they are moved into place.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    _remove_stale_temps(out)
    staged: list[tuple[Path, Path]] = []
    mode = 0o644 & ~_umask()
    try:
        for name in EXPORTERS:
            _stage(out, name, mode, staged)
        # Turtle, TriG and JSON-LD share one pass over the graph (a Snapshot) in each process
        _write_all(graph, manifest, {final.name: tmp for tmp, final in staged}, parallel=parallel,
                   meanwhile=meanwhile)
        for tmp, final in staged:
            os.replace(tmp, final)
        _fsync_dir(out)
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
    return [final for _, final in staged]
