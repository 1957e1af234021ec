"""The pipeline: the one module that knows the order of the stages.

ingest → normalize → facts → extract → resolve → graph → export.

>>> from pathlib import Path
>>> result = build([Path("seeds/004_8e0279829cf70102.txt")], None)  # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from kg import __version__
from kg.model import Document, InputStatus, Mention, Relation, ReportFacts

__all__ = ["BuildResult", "FileResult", "build", "expand_inputs", "process_file", "write_exports", "EXPORTERS"]

INPUT_SUFFIXES = (".txt", ".text", ".htm", ".html", ".md")


@dataclasses.dataclass
class FileResult:
    """Everything extracted from one input file (picklable, for parallel and cached builds)."""

    status: InputStatus
    documents: list[tuple[Document, ReportFacts]]
    mentions: list[Mention]
    relations: list[Relation]


@dataclasses.dataclass
class BuildResult:
    graph: object
    manifest: dict
    errors: list[str]
    out: Path | None

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
    return dataclasses.replace(
        m, start=m.start + doc.start, end=m.end + doc.start,
        sent_start=m.sent_start + doc.start if m.sent_start >= 0 else -1, doc=doc.id,
    )


def process_file(path: Path) -> FileResult:
    """ingest, facts and extraction for one file. Never raises for bad input."""
    from kg.extract import extract_text
    from kg.facts import extract_facts
    from kg.ingest import load_documents

    documents, status = load_documents(path)
    docs, mentions, relations = [], [], []
    for doc in documents:
        facts = extract_facts(doc)
        context = {"region": facts.region, "year": facts.year, "title": facts.title}
        ms, rs = extract_text(doc.text, norm=doc.norm, context=context)
        docs.append((doc, facts))
        mentions.extend(_shift(m, doc) for m in ms)
        relations.extend(
            dataclasses.replace(r, doc=doc.id, start=r.start + doc.start if r.start >= 0 else -1,
                                end=r.end + doc.start if r.end >= 0 else -1)
            for r in rs
        )
    return FileResult(status, docs, mentions, relations)


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
    if not enabled:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc="kg build", unit="file", file=sys.stderr, leave=False)


def build(paths, out, *, jobs: int = 1, progress: bool = False) -> BuildResult:
    """Build the graph from input files/folders and, if ``out`` is given, write the exports."""
    from kg.facts import facts_to_manifest_dict
    from kg.graph import build_graph, graph_counts
    from kg.resolve import resolve_entities

    t0 = time.perf_counter()
    files = expand_inputs(paths)
    if jobs > 1 and len(files) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = list(_progress(pool.map(process_file, files), len(files), progress))
    else:
        results = [process_file(f) for f in _progress(files, len(files), progress)]
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
    out_path = Path(out) if out is not None else None
    if out_path is not None:
        manifest["seconds"] = round(time.perf_counter() - t0, 3)
        write_exports(graph, manifest, out_path)
    else:
        manifest["seconds"] = round(time.perf_counter() - t0, 3)
    return BuildResult(graph, manifest, errors, out_path)


# -- export ---------------------------------------------------------------------------------------


def _render_manifest(graph, manifest) -> str:
    return json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def _render_html(graph, manifest) -> str:
    from kg.viz import render_html

    return render_html(graph, title="kg: 政府工作报告知识图谱")


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


def write_exports(graph, manifest: dict, out: Path) -> list[Path]:
    """Render every export, then move each into place atomically.

    Everything is rendered into temporary files in ``out`` first; only when all
    renderers succeeded are they renamed over the old files, so a crash or a kill
    never leaves a half-written export.
    """
    out.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[Path, Path]] = []
    try:
        for name, render in EXPORTERS.items():
            text = render(graph, manifest)
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out)
            os.chmod(tmp, 0o644 & ~_umask())
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            staged.append((Path(tmp), out / name))
        for tmp, final in staged:
            os.replace(tmp, final)
    finally:
        for tmp, _ in staged:
            if tmp.exists():
                tmp.unlink()
    return [final for _, final in staged]
