"""Relationship reports in Markdown and self-contained HTML, every claim citing its sentence.

A report is built from an exported graph (``graph.ttl``, ``graph.trig`` or an
export folder) through the SPARQL query library (``ontology/queries``: the
``report_*`` queries plus ``shared_initiatives``, ``relation_counts`` and
``most_mentioned_entities``), so it works on any export. Kinds:

- ``overview``: the corpus, counts, hubs, shared initiatives, region links;
- ``region NAME``: reports, indicators (table and chart), hierarchy, projects,
  enterprises, initiatives, cooperation of one region;
- ``entity NAME``: what any entity is, where, with whom, in which documents;
- ``initiative NAME``: which regions carry it out, when, and what they say;
- ``path A B``: the shortest evidence-backed connections between two entities;
- ``compare A B ...``: regions side by side.

Building is pure (:func:`build_report` returns a :class:`Report`), rendering
is pure (:func:`render_markdown`, :func:`render_html` return strings), and
:func:`write_report` writes the files atomically. In HTML every text that comes
from a document is escaped, charts are inline SVG and the page makes no request
(its Content-Security-Policy forbids all of them).

>>> line = Line("金华市 地区生产总值 4100 亿元", (Citation("d1", "2019年金华市政府工作报告", "金华市", "2019",
...             100, 114, "全市实现地区生产总值4100亿元", ("4100",)),))
>>> report = Report("region", ("金华市",), "金华市", "", (Section("Indicators", (Bullets((line,)),)),))
>>> print(render_markdown(report).splitlines()[4])
- 金华市 地区生产总值 4100 亿元 [^1]
>>> "<mark>4100</mark>" in render_html(report)
True
>>> report_filename("region", ["金华市"], "html")
'region-金华市.html'
"""

from __future__ import annotations

import argparse
import difflib
import functools
import html
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from kg.resources import load_toml

__all__ = [
    "ReportError",
    "KINDS",
    "FORMATS",
    "Citation",
    "Line",
    "Bullets",
    "Table",
    "Chart",
    "Section",
    "Report",
    "ReportSource",
    "load_source",
    "build_report",
    "render_markdown",
    "render_html",
    "report_filename",
    "write_report",
    "make_reports",
    "EXAMPLE",
    "add_report_arguments",
    "run_report",
]

FORMATS = ("md", "html")
_KG = "https://w3id.org/kg-zh/ontology#"
_CLASSES = ("Region", "Enterprise", "Project", "Initiative", "Person")
_CLASS_ZH = {"Region": "地区", "Enterprise": "企业", "Project": "项目", "Initiative": "举措", "Person": "人物"}
_RELATION_WORDS = {
    "partOf": ("is part of", "contains"),
    "locatedIn": ("is located in", "hosts"),
    "investsIn": ("invests in", "is invested in by"),
    "cooperatesWith": ("cooperates with", "cooperates with"),
    "holdsPost": ("holds a post in", "has as official"),
}


class ReportError(Exception):
    """A report that cannot be made (unknown name, wrong kind of entity). One-line message."""


@functools.cache
def _settings() -> dict:
    return load_toml("report/report.toml")


def _limit(name: str) -> int:
    return int(_settings()["limits"][name])


# ------------------------------------------------------------------------------------------------
# The report model: plain frozen records, rendered by the two renderers below.


@dataclass(frozen=True)
class Citation:
    """A span of a document that a claim rests on (``doc`` "" for the division dataset)."""

    doc: str
    title: str
    region: str
    year: str
    start: int | None
    end: int | None
    sentence: str
    marks: tuple[str, ...] = ()

    @property
    def key(self) -> tuple:
        return (self.doc, self.start if self.start is not None else -1, self.end if self.end is not None else -1,
                self.sentence)


@dataclass(frozen=True)
class Line:
    """One claim: plain text (never markup) and the citations it rests on."""

    text: str
    cites: tuple[Citation, ...] = ()
    label: str = ""


@dataclass(frozen=True)
class Bullets:
    items: tuple[Line, ...]
    more: int = 0  # lines left out for length
    title: str = ""


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[Line, ...], ...]
    more: int = 0


@dataclass(frozen=True)
class Chart:
    """A bar chart of one measure: (label, value) points, in the order given."""

    title: str
    unit: str
    points: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Section:
    heading: str
    blocks: tuple = ()
    note: str = ""


@dataclass(frozen=True)
class Report:
    kind: str
    names: tuple[str, ...]
    title: str
    summary: str
    sections: tuple[Section, ...]
    graph: str = ""


# ------------------------------------------------------------------------------------------------
# Reading the export through the query library


@dataclass(frozen=True)
class _Entity:
    iri: str
    name: str
    cls: str
    code: str
    level: str
    documents: int
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class _Doc:
    doc: str
    kind: str
    title: str
    region: str
    year: str
    speaker: str
    post: str
    meeting: str
    date: str
    source: str
    start: int | None


@dataclass(frozen=True)
class _Edge:
    head: str
    head_name: str
    head_class: str
    relation: str
    tail: str
    tail_name: str
    tail_class: str
    source: str
    doc: str
    start: int | None
    end: int | None
    sentence: str


@dataclass(frozen=True)
class _Mention:
    entity: str
    name: str
    cls: str
    doc: str
    region: str
    year: str
    start: int | None
    end: int | None
    text: str
    sentence: str
    sentence_start: int | None


@dataclass(frozen=True)
class _Obs:
    region: str
    metric: str
    year: str
    value: str
    unit: str
    growth: str
    doc: str
    start: int | None
    end: int | None
    text: str


def _int(cell: str) -> int | None:
    try:
        return int(cell)
    except (TypeError, ValueError):
        return None


def _short(iri: str) -> str:
    return iri.removeprefix(_KG)


@dataclass
class ReportSource:
    """An export loaded once, with the query rows the reports need (each query runs once)."""

    loaded: object  # kg.query.LoadedGraph
    _cache: dict = field(default_factory=dict, repr=False)

    def rows(self, query: str, params: dict | None = None) -> list[dict[str, str]]:
        from kg.query import QueryError, query_store

        key = (query, tuple(sorted((params or {}).items())))
        if key not in self._cache:
            try:
                variables, rows = query_store(self.loaded, query, params=params)
            except QueryError as exc:
                raise ReportError(str(exc)) from None
            self._cache[key] = [dict(zip(variables, r)) for r in rows]
        return self._cache[key]

    @functools.cached_property
    def entities(self) -> list[_Entity]:
        by_iri: dict[str, dict] = {}
        for r in self.rows("report_entities"):
            e = by_iri.setdefault(r["entity"], {**r, "aliases": []})
            if r["alias"]:
                e["aliases"].append(r["alias"])
        return [
            _Entity(iri, r["name"], _short(r["class"]), r["code"], r["level"], _int(r["documents"]) or 0,
                    tuple(sorted(set(r["aliases"]))))
            for iri, r in sorted(by_iri.items(), key=lambda kv: (kv[1]["name"], kv[1]["class"], kv[0]))
        ]

    @functools.cached_property
    def entity_by_iri(self) -> dict[str, _Entity]:
        return {e.iri: e for e in self.entities}

    @functools.cached_property
    def documents(self) -> dict[str, _Doc]:
        return {
            r["docId"]: _Doc(r["docId"], r["kind"], r["title"], r["region"], r["year"], r["speaker"], r["post"],
                             r["meeting"], r["date"], r["source"], _int(r["start"]))
            for r in self.rows("report_documents")
        }

    @functools.cached_property
    def edges(self) -> list[_Edge]:
        return [
            _Edge(r["head"], r["headName"], _short(r["headClass"]), _short(r["relation"]), r["tail"], r["tailName"],
                  _short(r["tailClass"]), r["source"], r["docId"], _int(r["start"]), _int(r["end"]), r["sentence"])
            for r in self.rows("report_relations")
        ]

    def mentions(self, name: str | None = None, cls: str | None = None) -> list[_Mention]:
        # One parameter at most: kg.query appends a VALUES clause per unbound parameter, and
        # SPARQL allows only one trailing VALUES clause; the class is filtered here instead.
        params = {"name": name} if name is not None else ({"class": f"kg:{cls}"} if cls is not None else None)
        return [
            _Mention(r["entity"], r["name"], _short(r["class"]), r["docId"], r["region"], r["year"], _int(r["start"]),
                     _int(r["end"]), r["text"], r["sentence"], _int(r["sentenceStart"]))
            for r in self.rows("report_mentions", params)
            if cls is None or r["class"] == _KG + cls
        ]

    @functools.cached_property
    def observations(self) -> list[_Obs]:
        return [
            _Obs(r["region"], r["metric"], r["year"], r["value"], r["unit"], r["growthPct"], r["docId"],
                 _int(r["start"]), _int(r["end"]), r["text"])
            for r in self.rows("report_indicators")
        ]

    # -- citations

    def cite(self, doc: str, start, end, sentence: str, marks=()) -> Citation:
        d = self.documents.get(doc)
        if d is None:
            return Citation(doc, doc, "", "", start, end, sentence, tuple(m for m in marks if m))
        return Citation(doc, d.title or doc, d.region, d.year, start, end, sentence, tuple(m for m in marks if m))

    def cite_edge(self, e: _Edge) -> Citation | None:
        if not e.source:
            return None  # a relation the export states without evidence
        if e.source == "gazetteer" or not e.doc:
            return Citation("", "", "", "", None, None, "", ())
        return self.cite(e.doc, e.start, e.end, e.sentence, (e.head_name, e.tail_name))

    def cite_mention(self, m: _Mention) -> Citation:
        return self.cite(m.doc, m.start, m.end, m.sentence or m.text, (m.text or m.name,))

    def cite_obs(self, o: _Obs) -> Citation:
        return self.cite(o.doc, o.start, o.end, o.text, (o.value,) if o.value else ())

    # -- names

    def find(self, name: str, classes: tuple[str, ...] = _CLASSES, what: str = "entity") -> _Entity:
        """The entity named ``name`` (canonical name, then other names, then simplified script)."""
        from kg.normalize import normalize

        pool = [e for e in self.entities if e.cls in classes]
        for candidate in dict.fromkeys((name.strip(), normalize(name.strip()))):
            exact = [e for e in pool if e.name == candidate]
            if not exact:
                exact = [e for e in pool if candidate in e.aliases]
            if exact:
                order = {c: i for i, c in enumerate(classes)}
                return sorted(exact, key=lambda e: (order[e.cls], -e.documents, e.iri))[0]
        others = [e for e in self.entities if e.name == name and e.cls not in classes]
        hint = ""
        if others:
            hint = f" ({name} is a {others[0].cls}: try `kg report entity {name}`)"
        raise ReportError(f"no {what} named {name!r} in the graph{hint}; closest: {self.closest(name, pool)}")

    def closest(self, name: str, pool: list[_Entity], n: int = 6) -> str:
        names = sorted({e.name for e in pool})
        ranked = sorted({e.name: e for e in pool if name and name in e.name}.values(),
                        key=lambda e: (-e.documents, len(e.name), e.name))
        found = [e.name for e in ranked[:n]]
        for m in difflib.get_close_matches(name, names, n=n, cutoff=0.4):
            if m not in found:
                found.append(m)
        return ", ".join(found[:n]) if found else "(none; see `kg report overview`)"


def load_source(graph_path, *, engine: str = "oxigraph") -> ReportSource:
    """Load an export folder or graph file once for any number of reports."""
    from kg.query import QueryError, load_store

    if not Path(graph_path).exists():
        raise ReportError(f"{graph_path}: no such export folder or graph file (run `kg build ... --out DIR` first)")
    try:
        return ReportSource(load_store(graph_path, engine=engine))
    except QueryError as exc:
        raise ReportError(str(exc)) from None


# ------------------------------------------------------------------------------------------------
# Helpers shared by the builders


def _num(value: str) -> str:
    try:
        d = Decimal(value)
    except (InvalidOperation, TypeError):
        return value or ""
    return format(d.normalize(), "f") if d == d.to_integral_value() or "." in value else value


def _figure(o: _Obs) -> str:
    parts = []
    if o.value:
        parts.append(f"{_num(o.value)} {o.unit}".strip())
    if o.growth:
        g = _num(o.growth)
        parts.append(f"{'+' if not g.startswith('-') else ''}{g}%")
    return ", ".join(parts) if parts else "—"


def _unique_cites(cites, n: int | None = None) -> tuple[Citation, ...]:
    seen, out = set(), []
    for c in cites:
        if c is not None and c.key not in seen:
            seen.add(c.key)
            out.append(c)
    return tuple(out[: n or _limit("cites")])


def _edge_rank(e: _Edge) -> tuple:
    return ({"text": 0, "name": 1}.get(e.source, 2), e.doc, e.start if e.start is not None else -1)


def _group_edges(edges) -> dict[tuple[str, str, str], list[_Edge]]:
    groups: dict[tuple[str, str, str], list[_Edge]] = defaultdict(list)
    for e in edges:
        groups[(e.head, e.relation, e.tail)].append(e)
    for k in groups:
        groups[k].sort(key=_edge_rank)
    return dict(sorted(groups.items(), key=lambda kv: (kv[1][0].relation, kv[1][0].head_name, kv[1][0].tail_name,
                                                       kv[0])))


def _how(evidence: list[_Edge]) -> str:
    sources = {e.source for e in evidence}
    if sources == {"gazetteer"}:
        return " (division dataset)"
    if sources == {""}:
        return " (no evidence in the export)"
    return ""


def _doc_label(d: _Doc | None, doc: str) -> str:
    if d is None:
        return doc
    return d.title or f"{d.region} {d.year}".strip() or doc


def _cap(items: list, n: int | None = None) -> tuple[tuple, int]:
    n = n if n is not None else _limit("items")
    return tuple(items[:n]), max(0, len(items) - n)


def _bullets(lines: list[Line], n: int | None = None, title: str = "") -> Bullets:
    items, more = _cap(lines, n)
    return Bullets(items, more, title)


def _table(header, rows, n: int | None = None) -> Table:
    items, more = _cap(rows, n)
    return Table(tuple(header), items, more)


def _plain(text: str) -> Line:
    return Line(text)


def _children(src: ReportSource) -> tuple[dict[str, list[str]], dict[str, list[_Edge]]]:
    """Region containment from partOf edges: parent IRI -> child IRIs, and (child, parent) evidence."""
    kids: dict[str, list[str]] = defaultdict(list)
    ev: dict[str, list[_Edge]] = defaultdict(list)
    for e in src.edges:
        if e.relation == "partOf":
            if e.head not in kids[e.tail]:
                kids[e.tail].append(e.head)
            ev[(e.head, e.tail)].append(e)
    return kids, ev


def _descendants(src: ReportSource, iri: str) -> list[str]:
    kids, _ = _children(src)
    out, stack, seen = [], [iri], {iri}
    while stack:
        for k in sorted(kids.get(stack.pop(), []), key=lambda i: src.entity_by_iri[i].name if i in src.entity_by_iri else i):
            if k not in seen:
                seen.add(k)
                out.append(k)
                stack.append(k)
    return out


def _parent_chain(src: ReportSource, iri: str) -> list[tuple[str, list[_Edge]]]:
    """Ancestors nearest first, each with the partOf evidence that links it to the one below."""
    parents: dict[str, dict[str, list[_Edge]]] = defaultdict(lambda: defaultdict(list))
    for e in src.edges:
        if e.relation == "partOf":
            parents[e.head][e.tail].append(e)
    chain, seen, cur = [], {iri}, iri
    while parents.get(cur):
        options = parents[cur]
        # the division dataset's parent first (it is the official chain), then the best-attested one
        best = sorted(options, key=lambda t: (not any(e.source == "gazetteer" for e in options[t]),
                                              -len(options[t]), t))[0]
        if best in seen:
            break
        chain.append((best, sorted(options[best], key=_edge_rank)))
        seen.add(best)
        cur = best
    return chain


def _name(src: ReportSource, iri: str) -> str:
    e = src.entity_by_iri.get(iri)
    return e.name if e else iri


def _is_park(name: str) -> bool:
    return any(name.endswith(s) for s in _settings()["parks"]["suffixes"])


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _quoted(text: str, marks=(), limit: int = 120) -> str:
    """A sentence shortened for a line of its own (the footnote quotes it in full)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return f"“{text}”"
    pos = min((text.find(m) for m in marks if m and m in text), default=0)
    start = max(0, min(pos - limit // 3, len(text) - limit))
    return "“" + ("…" if start else "") + text[start:start + limit] + ("…" if start + limit < len(text) else "") + "”"


def _sort_key_year(year: str) -> tuple:
    y = _int(year)
    return (y is None, y or 0, year)


# ------------------------------------------------------------------------------------------------
# Builders, one per kind


def _overview(src: ReportSource, names: list[str]) -> Report:
    if names:
        raise ReportError("overview takes no names: kg report overview --graph DIR --out DIR")
    docs = sorted(src.documents.values(), key=lambda d: d.doc)
    sections = []
    # corpus by region and year
    years = sorted({d.year for d in docs}, key=_sort_key_year)
    per_region: dict[str, Counter] = defaultdict(Counter)
    for d in docs:
        per_region[d.region or "(unknown)"][d.year] += 1
    regions = sorted(per_region, key=lambda r: (-sum(per_region[r].values()), r))
    rows = [tuple(_plain(x) for x in [r, *(str(per_region[r][y] or "") for y in years), str(sum(per_region[r].values()))])
            for r in regions]
    doc_rows = [(_plain(d.doc), _plain(d.kind), _plain(d.title), _plain(d.region), _plain(d.year),
                 _plain(f"{d.speaker} {d.post}".strip())) for d in docs]
    kinds = Counter(d.kind for d in docs)
    kind_words = {"report": ("report", "reports"), "news": ("news article", "news articles")}
    sections.append(Section(
        "Corpus: documents by region and year",
        (Table(("region", *[y or "?" for y in years], "total"), tuple(rows)),
         _table(("document", "kind", "title", "region", "year", "speaker"), doc_rows, n=200)),
        note=f"{_plural(len(docs), 'document')}" + (": " if docs else ".") + ", ".join(f"{n} {kind_words.get(k, (k, k))[n != 1]}"
                                                     for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
             + ("." if docs else ""),
    ))
    # counts
    classes = Counter(e.cls for e in src.entities)
    obs = src.observations
    count_rows = [(_plain(f"{c} ({_CLASS_ZH[c]})"), _plain(str(classes.get(c, 0)))) for c in _CLASSES]
    count_rows.append((_plain("indicator observations"), _plain(str(len(obs)))))
    rel_rows = [(_plain(_short(r["relation"]).removeprefix("kg:")), _plain(r["relations"]), _plain(r["evidence"]),
                 _plain(r["documents"])) for r in src.rows("relation_counts")]
    sections.append(Section("Counts", (Table(("entities", "count"), tuple(count_rows)),
                                       Table(("relation", "relations", "evidence spans", "documents"), tuple(rel_rows)))))
    # hubs
    graph = _relation_graph(src)
    pr = _pagerank(graph)
    top = _limit("overview")
    by_degree = sorted(graph, key=lambda n: (-len(graph[n]), _name(src, n), n))[:top]
    by_rank = sorted(graph, key=lambda n: (-pr[n], _name(src, n), n))[:top]

    def hub_rows(nodes):
        return tuple((_plain(str(i)), _plain(_name(src, n)), _plain(src.entity_by_iri[n].cls if n in src.entity_by_iri else ""),
                      _plain(str(len(graph[n]))), _plain(f"{pr[n]:.4f}")) for i, n in enumerate(nodes, 1))

    sections.append(Section(
        "Hubs",
        (Table(("#", "by degree", "class", "neighbours", "PageRank"), hub_rows(by_degree)),
         Table(("#", "by PageRank", "class", "neighbours", "PageRank"), hub_rows(by_rank))),
        note="Degree counts distinct neighbours over all relations (partOf, locatedIn, investsIn, "
             "cooperatesWith, holdsPost); PageRank (damping 0.85) runs on the same undirected graph.",
    ))
    # shared initiatives
    shared: dict[str, list[str]] = defaultdict(list)
    for r in src.rows("shared_initiatives"):
        shared[r["initiative"]].append(r["region"])
    initiative_mentions = src.mentions(cls="Initiative")
    first: dict[tuple[str, str], _Mention] = {}
    for m in initiative_mentions:
        first.setdefault((m.name, m.region), m)
    lines = []
    for name, regs in sorted(shared.items(), key=lambda kv: (-len(set(kv[1])), kv[0]))[:top]:
        regs = sorted(set(regs))
        cites = _unique_cites([src.cite_mention(first[(name, r)]) for r in regs if (name, r) in first], n=len(regs))
        lines.append(Line(f"{len(regs)} regions: " + "、".join(regs), cites, label=name))
    sections.append(Section("Most widely shared initiatives", (Bullets(tuple(lines)),),
                            note="Regions whose documents (reports and news about the region) name the initiative."))
    # strongest region-to-region links
    links: dict[frozenset, list[_Edge]] = defaultdict(list)
    for e in src.edges:
        if e.head_class == "Region" and e.tail_class == "Region" and e.source != "gazetteer":
            links[frozenset((e.head, e.tail))].append(e)
    ranked = sorted(links.items(), key=lambda kv: (-len({(e.doc, e.start) for e in kv[1]}),
                                                   sorted(_name(src, i) for i in kv[0])))[:top]
    lines = []
    for _pair, evs in ranked:
        evs = sorted(evs, key=_edge_rank)
        kinds_ = sorted({e.relation for e in evs})
        e0 = evs[0]
        n = len({(e.doc, e.start) for e in evs})
        lines.append(Line(f"{e0.head_name} — {e0.tail_name}: {', '.join(kinds_)}, {n} statement{'s' if n != 1 else ''}",
                          _unique_cites(src.cite_edge(e) for e in evs)))
    sections.append(Section("Strongest region-to-region links", (Bullets(tuple(lines)),),
                            note="Pairs of regions ranked by the number of sentences (or names) that state a "
                                 "relation between them; the division dataset alone does not count."))
    # entities in the most documents
    mm = src.rows("most_mentioned_entities")
    by_name_cls = defaultdict(list)
    for m in src.mentions():
        by_name_cls[(m.name, m.cls)].append(m)
    rows = []
    for i, r in enumerate(mm, 1):
        cls = _short(r["class"])
        ms = by_name_cls.get((r["entity"], cls), [])
        cite = _unique_cites([src.cite_mention(m) for m in ms], n=1)
        rows.append((_plain(str(i)), Line(r["entity"], cite), _plain(cls), _plain(r["documents"]), _plain(r["mentions"])))
    sections.append(Section("Entities named in the most documents",
                            (Table(("#", "entity", "class", "documents", "mentions"), tuple(rows)),)))
    summary = (f"{len(docs)} documents about {len(per_region)} regions, {sum(classes.values())} entities, "
               f"{len(graph.edges)} linked pairs of entities.")
    return Report("overview", (), "Overview of the knowledge graph", summary, tuple(sections))


def _relation_graph(src: ReportSource):
    import networkx as nx

    g = nx.Graph()
    for e in src.edges:
        if e.head == e.tail:
            continue
        if g.has_edge(e.head, e.tail):
            g[e.head][e.tail]["evidence"].append(e)
        else:
            g.add_edge(e.head, e.tail, evidence=[e])
    return g


def _pagerank(g, damping: float = 0.85, tol: float = 1e-10, max_iter: int = 200) -> dict:
    """PageRank of an undirected graph by power iteration (no scipy needed; deterministic)."""
    nodes = sorted(g)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    neighbours = [sorted(index[u] for u in g[v]) for v in nodes]
    degree = [len(nb) for nb in neighbours]
    rank = [1.0 / n] * n
    for _ in range(max_iter):
        dangling = damping * sum(r for r, d in zip(rank, degree) if d == 0) / n
        share = [r / d if d else 0.0 for r, d in zip(rank, degree)]
        base = (1.0 - damping) / n + dangling
        new = [base + damping * sum(share[u] for u in nb) for nb in neighbours]
        err = sum(abs(a - b) for a, b in zip(new, rank))
        rank = new
        if err < n * tol:
            break
    return {v: rank[i] for i, v in enumerate(nodes)}


def _region(src: ReportSource, names: list[str]) -> Report:
    if len(names) != 1:
        raise ReportError("region takes one name: kg report region 金华市 --graph DIR --out DIR")
    ent = src.find(names[0], ("Region",), what="region")
    name = ent.name
    docs = sorted((d for d in src.documents.values() if d.region == name), key=lambda d: (_sort_key_year(d.year), d.doc))
    sections = []
    # reports
    post_ev = defaultdict(list)
    for e in src.edges:
        if e.relation == "holdsPost" and e.tail == ent.iri:
            post_ev[(e.head_name, e.doc)].append(e)
    rows = []
    for d in docs:
        cites = _unique_cites(src.cite_edge(e) for e in sorted(post_ev.get((d.speaker, d.doc), []), key=_edge_rank))
        if not cites:
            cites = (src.cite(d.doc, None, None, "", ()),)
        rows.append((_plain(d.year), Line(d.title or d.doc, cites), _plain(d.kind),
                     _plain(f"{d.speaker} ({d.post})" if d.speaker and d.post else d.speaker),
                     _plain(d.meeting), _plain(d.date)))
    sections.append(Section("Reports and articles", (Table(("year", "title", "kind", "speaker", "meeting", "date"), tuple(rows)),)
                            if rows else (), note="" if rows else "No document in the graph is about this region."))
    # indicators
    sections.append(_indicator_section(src, [name]))
    # place in the hierarchy
    chain = _parent_chain(src, ent.iri)
    lines = [Line(f"{_name(src, p)}{_how(ev)}", _unique_cites(src.cite_edge(e) for e in ev), label="part of")
             for p, ev in chain]
    kids, kid_ev = _children(src)
    child_lines = []
    for k in sorted(kids.get(ent.iri, []), key=lambda i: (_name(src, i), i)):
        ev = sorted(kid_ev[(k, ent.iri)], key=_edge_rank)
        child_lines.append(Line(f"{_name(src, k)}{_how(ev)}", _unique_cites(src.cite_edge(e) for e in ev)))
    below = _descendants(src, ent.iri)
    what = ", ".join(x for x in (ent.level, f"division code {ent.code}" if ent.code else "") if x)
    blocks = [Bullets(tuple(lines), title="Parent chain")] if lines else []
    blocks.append(_bullets(child_lines, title="Sub-regions (direct)"))
    sections.append(Section(
        "Place in the hierarchy", tuple(blocks),
        note=(f"{name}: {what}. " if what else "") + f"Parent chain nearest first; {len(child_lines)} direct "
             f"sub-regions in the graph, {len(below)} at any depth.",
    ))
    # people
    people = _group_edges(e for e in src.edges if e.relation == "holdsPost" and e.tail == ent.iri)
    if people:
        sections.append(Section("People", (_bullets([Line(ev[0].head_name, _unique_cites(src.cite_edge(e) for e in ev))
                                                     for ev in people.values()]),)))
    # projects, parks, enterprises located in the region or below
    area = {ent.iri, *below}
    located = _group_edges(e for e in src.edges if e.relation == "locatedIn" and e.tail in area)
    mentions_here = [m for m in src.mentions() if m.region == name]
    for cls, heading in (("Project", None), ("Enterprise", "Enterprises")):
        groups = [ev for ev in located.values() if ev[0].head_class == cls]
        listed = {ev[0].head for ev in groups}
        lines_by = defaultdict(list)
        by_head = defaultdict(list)
        for ev in sorted(groups, key=lambda ev: (ev[0].head_name, ev[0].head, ev[0].tail_name)):
            by_head[ev[0].head].append(ev)
        for evs in by_head.values():
            places = [ev[0].tail_name for ev in evs if ev[0].tail != ent.iri]
            place = f" (in {'、'.join(places)})" if places else ""
            line = Line(f"{evs[0][0].head_name}{place}", _unique_cites(src.cite_edge(e) for ev in evs for e in ev))
            lines_by["parks" if cls == "Project" and _is_park(evs[0][0].head_name) else "main"].append(line)
        named = defaultdict(list)
        for m in mentions_here:
            if m.cls == cls and m.entity not in listed:
                named[m.entity].append(m)
        named_lines = [Line(ms[0].name, _unique_cites(src.cite_mention(m) for m in ms))
                       for ms in sorted(named.values(), key=lambda ms: (-len({m.doc for m in ms}), -len(ms), ms[0].name))]
        if cls == "Project":
            sections.append(Section("Parks, zones and platforms", (_bullets(lines_by["parks"]),),
                                    note="Located in the region or below it (kg:locatedIn)."))
            sections.append(Section("Projects", (_bullets(lines_by["main"]),),
                                    note="Located in the region or below it (kg:locatedIn)."))
            sections.append(Section("Other projects named in its documents", (_bullets(named_lines),),
                                    note="Most often named first."))
        else:
            firms = {ev[0].head for ev in groups}
            placed = {ev[0].head for ev in located.values()}
            invest = _group_edges(e for e in src.edges
                                  if e.relation == "investsIn" and (e.head in firms or e.tail in placed))
            inv_lines = [Line(f"{ev[0].head_name} invests in {ev[0].tail_name}", _unique_cites(src.cite_edge(e) for e in ev))
                         for ev in invest.values()]
            sections.append(Section(heading, (_bullets(lines_by["main"] + inv_lines, title="Located there"),
                                              _bullets(named_lines, title="Named in its documents")),
                                    note="Located in the region or below it, with their investments; then "
                                         "enterprises its documents name."))
    # initiatives
    sections.append(_initiatives_section(src, name, mentions_here))
    # cooperation
    coop = _group_edges(e for e in src.edges if e.relation == "cooperatesWith" and ent.iri in (e.head, e.tail))
    coop_lines = []
    for ev in coop.values():
        other = ev[0].tail_name if ev[0].head == ent.iri else ev[0].head_name
        coop_lines.append(Line(other, _unique_cites(src.cite_edge(e) for e in ev)))
    sections.append(Section("Cooperating regions", (_bullets(sorted(coop_lines, key=lambda li: li.text)),),
                            note="kg:cooperatesWith: paired assistance, mountain-sea cooperation, joint development."))
    years = sorted({d.year for d in docs if d.year}, key=_sort_key_year)
    summary = (f"{name} ({ent.level or 'region'}{', ' + ent.code if ent.code else ''}): {len(docs)} documents"
               + (f" ({', '.join(years)})" if years else "") + f", named in {ent.documents} documents.")
    return Report("region", (name,), f"Region report: {name}", summary, tuple(sections))


def _initiatives_section(src: ReportSource, region: str, mentions_here: list[_Mention]) -> Section:
    by = defaultdict(list)
    for m in mentions_here:
        if m.cls == "Initiative":
            by[m.entity].append(m)
    lines = []
    for ms in sorted(by.values(), key=lambda ms: (-len({m.doc for m in ms}), -len(ms), ms[0].name)):
        years = sorted({m.year for m in ms if m.year}, key=_sort_key_year)
        lines.append(Line(f"{ms[0].name} ({', '.join(years)})" if years else ms[0].name,
                          _unique_cites(src.cite_mention(m) for m in ms)))
    return Section("Initiatives", (_bullets(lines),),
                   note=f"Named in the documents about {region}, most often named first, with the years of the documents.")


def _indicator_section(src: ReportSource, regions: list[str]) -> Section:
    obs = [o for o in src.observations if o.region in regions]
    if not obs:
        return Section("Headline indicators", (), note="No indicator observations for this region in the graph.")
    region = regions[0]
    years = sorted({o.year for o in obs}, key=_sort_key_year)
    metrics = sorted({o.metric for o in obs})
    cell: dict[tuple[str, str], list[_Obs]] = defaultdict(list)
    for o in obs:
        cell[(o.metric, o.year)].append(o)
    rows = []
    for metric in metrics:
        row = [_plain(metric)]
        for y in years:
            os_ = cell.get((metric, y), [])
            figs = list(dict.fromkeys(_figure(o) for o in os_))
            row.append(Line("; ".join(figs), _unique_cites((src.cite_obs(o) for o in os_), n=len(os_))) if os_ else _plain(""))
        rows.append(tuple(row))
    blocks = [Table(("metric", *[y or "?" for y in years]), tuple(rows))]
    for metric in metrics:
        by_unit = defaultdict(dict)
        for o in sorted(obs, key=lambda o: (_sort_key_year(o.year), o.doc)):
            if o.metric == metric and o.value:
                try:
                    by_unit[o.unit].setdefault(o.year, float(o.value))
                except ValueError:
                    continue
        for unit, points in sorted(by_unit.items()):
            if len(points) >= 2:
                blocks.append(Chart(f"{region} {metric}", unit,
                                    tuple((y, v) for y, v in sorted(points.items(), key=lambda kv: _sort_key_year(kv[0])))))
    return Section("Headline indicators", tuple(blocks),
                   note="Figures as the reports state them, by the year they are for; growth in % over the year before.")


def _entity(src: ReportSource, names: list[str]) -> Report:
    if len(names) != 1:
        raise ReportError("entity takes one name: kg report entity 海亮集团 --graph DIR --out DIR")
    ent = src.find(names[0])
    sections = []
    same = [e for e in src.entities if e.name == ent.name and e.iri != ent.iri]
    facts = [Line(f"{ent.cls} ({_CLASS_ZH[ent.cls]})", label="class")]
    if ent.level or ent.code:
        facts.append(Line(", ".join(x for x in (ent.level, ent.code) if x), label="level, division code"))
    if ent.aliases:
        facts.append(Line("、".join(ent.aliases), label="also written"))
    facts.append(Line(str(ent.documents), label="documents naming it"))
    for e in same:
        facts.append(Line(f"{e.cls}: see `kg report entity` of that class", label="same name"))
    sections.append(Section("What it is", (Bullets(tuple(facts)),)))
    # where
    where = []
    for ev in _group_edges(e for e in src.edges if e.head == ent.iri and e.relation in ("locatedIn", "partOf")).values():
        chain = " → ".join(_name(src, p) for p, _ in _parent_chain(src, ev[0].tail))
        where.append(Line(f"{ev[0].tail_name}{' (' + chain + ')' if chain else ''}{_how(ev)}",
                          _unique_cites(src.cite_edge(e) for e in ev), label=_RELATION_WORDS[ev[0].relation][0]))
    regions_of_docs = Counter(m.region for m in src.mentions(ent.name, ent.cls) if m.entity == ent.iri and m.region)
    where.extend(Line(f"{r} ({n} mention{'s' if n != 1 else ''})", label="named in documents about")
                 for r, n in sorted(regions_of_docs.items(), key=lambda kv: (-kv[1], kv[0])))
    sections.append(Section("Where", (_bullets(where),)))
    # with whom
    rel = []
    for ev in _group_edges(e for e in src.edges if ent.iri in (e.head, e.tail) and not
                           (e.head == ent.iri and e.relation in ("locatedIn", "partOf"))).values():
        forward = ev[0].head == ent.iri
        words = _RELATION_WORDS.get(ev[0].relation, (ev[0].relation, ev[0].relation))
        other, cls = (ev[0].tail_name, ev[0].tail_class) if forward else (ev[0].head_name, ev[0].head_class)
        rel.append(Line(f"{other} ({cls}){_how(ev)}", _unique_cites(src.cite_edge(e) for e in ev),
                        label=words[0] if forward else words[1]))
    sections.append(Section("Relations", (_bullets(rel),), note="Every relation the graph states, with its evidence."))
    own = [m for m in src.mentions(ent.name, ent.cls) if m.entity == ent.iri]
    sections.append(_co_mention_section(src, ent, own))
    # documents
    by_doc = defaultdict(list)
    for m in own:
        by_doc[m.doc].append(m)
    rows = []
    for doc, ms in sorted(by_doc.items(), key=lambda kv: (_sort_key_year(kv[1][0].year), kv[0])):
        d = src.documents.get(doc)
        rows.append((Line(_doc_label(d, doc), _unique_cites([src.cite_mention(ms[0])], n=1)), _plain(d.region if d else ""),
                     _plain(d.year if d else ""), _plain(str(len(ms)))))
    sections.append(Section("Documents", (_table(("document", "region", "year", "mentions"), rows),)))
    ev_lines = [Line(_quoted(m.sentence or m.text, (m.text,)), (src.cite_mention(m),),
                     label=f"{m.region} {m.year}".strip() or m.doc) for m in own]
    sections.append(Section("Evidence: where it is named", (_bullets(ev_lines),)))
    summary = (f"{ent.name}: {ent.cls}, named {_plural(len(own), 'time')} in {_plural(len(by_doc), 'document')}, "
               f"{_plural(len(rel), 'relation')}.")
    return Report("entity", (ent.name,), f"Entity report: {ent.name}", summary, tuple(sections))


def _co_mention_section(src: ReportSource, ent: _Entity, own: list[_Mention]) -> Section:
    sentences = {(m.doc, m.sentence_start) for m in own if m.sentence_start is not None}
    together = defaultdict(list)
    for m in src.mentions():
        if m.entity != ent.iri and (m.doc, m.sentence_start) in sentences:
            together[m.entity].append(m)
    lines = []
    for ms in sorted(together.values(), key=lambda ms: (-len({(m.doc, m.sentence_start) for m in ms}), ms[0].name)):
        cites = [src.cite(m.doc, m.sentence_start, m.sentence_start + len(m.sentence), m.sentence, (m.text, ent.name))
                 for m in ms]
        lines.append(Line(f"{ms[0].name} ({ms[0].cls})", _unique_cites(cites)))
    return Section("Named in the same sentence as", (_bullets(lines),),
                   note="Entities that share a sentence with it, most shared sentences first.")


def _initiative(src: ReportSource, names: list[str]) -> Report:
    if len(names) != 1:
        raise ReportError("initiative takes one name: kg report initiative 最多跑一次改革 --graph DIR --out DIR")
    ent = src.find(names[0], ("Initiative",), what="initiative")
    own = [m for m in src.mentions(ent.name, "Initiative") if m.entity == ent.iri]
    by_region = defaultdict(list)
    for m in own:
        by_region[m.region or "(unknown region)"].append(m)
    regions = sorted(by_region, key=lambda r: (-len({m.doc for m in by_region[r]}), r))
    rows = []
    for r in regions:
        ms = by_region[r]
        years = sorted({m.year for m in ms if m.year}, key=_sort_key_year)
        rows.append((_plain(r), _plain(", ".join(years)), _plain(str(len({m.doc for m in ms}))),
                     Line(str(len(ms)), _unique_cites([src.cite_mention(ms[0])], n=1))))
    sections = [Section("Regions that carry it out", (_table(("region", "years", "documents", "mentions"), rows),),
                        note="A region carries it out when a document about the region names it.")]
    by_year: dict[str, dict[str, _Mention]] = defaultdict(dict)
    for m in own:
        by_year[m.year].setdefault(m.region, m)
    sections.append(Section("By year", (Bullets(tuple(
        Line("、".join(sorted(rs)), _unique_cites((src.cite_mention(rs[r]) for r in sorted(rs)), n=len(rs)), label=y or "?")
        for y, rs in sorted(by_year.items(), key=lambda kv: _sort_key_year(kv[0])))),),
        note="The regions whose documents of that year name it."))
    said = []
    for r in regions:
        ms = sorted(by_region[r], key=lambda m: (_sort_key_year(m.year), m.doc, m.start or 0))
        lines = [Line(_quoted(m.sentence or m.text, (m.text,)), (src.cite_mention(m),), label=m.year or "?") for m in ms]
        said.append(Section(f"What {r} says", (_bullets(lines, _limit("sentences")),)))
    sections.extend(said)
    related = [e for e in src.entities if e.cls == "Initiative" and e.iri != ent.iri
               and (ent.name in e.name or e.name in ent.name) and len(e.name) >= 2]
    if related:
        sections.append(Section("Related names", (_bullets([Line(f"{e.name} ({e.documents} documents)") for e in
                                                             sorted(related, key=lambda e: (-e.documents, e.name))]),),
                                note="Other initiatives whose names contain this one, or are contained in it."))
    summary = (f"{ent.name}: named {len(own)} times in {len({m.doc for m in own})} documents about "
               f"{len(regions)} regions ({'、'.join(regions)}).")
    return Report("initiative", (ent.name,), f"Initiative report: {ent.name}", summary, tuple(sections))


def _path(src: ReportSource, names: list[str]) -> Report:
    import networkx as nx

    if len(names) != 2:
        raise ReportError("path takes two names: kg report path 金东区 义乌市 --graph DIR --out DIR")
    a, b = (src.find(n) for n in names)
    if a.iri == b.iri:
        raise ReportError(f"{names[0]} and {names[1]} are the same entity ({a.name})")
    graph = _relation_graph(src)
    sections = []
    paths = []
    if a.iri in graph and b.iri in graph and nx.has_path(graph, a.iri, b.iri):
        for p in nx.shortest_simple_paths(graph, a.iri, b.iri):
            if len(p) - 1 > _limit("hops") or (paths and len(p) > len(paths[0]) + 1) or len(paths) >= _limit("paths"):
                break
            paths.append(p)
    for i, p in enumerate(paths, 1):
        lines = [_hop_line(src, graph, u, v) for u, v in zip(p, p[1:])]
        sections.append(Section(f"Path {i}: {len(p) - 1} hop{'s' if len(p) > 2 else ''}", (Bullets(tuple(lines)),)))
    # named together
    ma = [m for m in src.mentions(a.name, a.cls) if m.entity == a.iri]
    mb = {(m.doc, m.sentence_start): m for m in src.mentions(b.name, b.cls) if m.entity == b.iri}
    together = []
    for m in ma:
        other = mb.get((m.doc, m.sentence_start))
        if other is not None and m.sentence_start is not None:
            c = src.cite(m.doc, m.sentence_start, m.sentence_start + len(m.sentence), m.sentence, (m.text, other.text))
            together.append(Line(_quoted(m.sentence, (m.text, other.text)), (c,),
                                 label=_doc_label(src.documents.get(m.doc), m.doc)))
    together = list({li.cites[0].key: li for li in together}.values())
    sections.append(Section("Named in the same sentence", (_bullets(together),),
                            note="Sentences that name both." if together else "No sentence names both."))
    if not paths:
        mixed = _mixed_path(src, graph, a.iri, b.iri)
        if mixed:
            sections.insert(0, Section(f"Connection through sentences and documents: {_plural(len(mixed), 'hop')}",
                                       (Bullets(tuple(mixed)),),
                                       note="No chain of relations alone links them; a step without a relation "
                                            "is a sentence naming both ends, or a document about a region naming "
                                            "the entity."))
    between = f"{a.name} ({a.cls}) and {b.name} ({b.cls})"
    if paths:
        summary = f"{_plural(len(paths), 'relation path')} between {between}, the shortest {_plural(len(paths[0]) - 1, 'hop')}"
    elif not paths and sections[0].heading.startswith("Connection"):
        summary = f"No chain of relations links {between}; {sections[0].heading[0].lower()}{sections[0].heading[1:]}"
    else:
        summary = f"{between} are not connected in this graph"
    summary += f"; {_plural(len(together), 'sentence')} naming both."
    return Report("path", (a.name, b.name), f"Path report: {a.name} → {b.name}", summary, tuple(sections))


def _hop_line(src: ReportSource, graph, u: str, v: str) -> Line:
    """One step of a path: the relation between u and v with its evidence, or the sentence naming both."""
    data = graph[u][v]
    if "evidence" in data:
        ev = sorted(data["evidence"], key=_edge_rank)
        e0 = ev[0]
        words = _RELATION_WORDS.get(e0.relation, (e0.relation, e0.relation))
        verb = words[0] if e0.head == u else words[1]
        return Line(f"{_name(src, u)} {verb} {_name(src, v)}{_how(ev)}", _unique_cites(src.cite_edge(e) for e in ev))
    if "about" in data:
        m = data["about"]
        title = _doc_label(src.documents.get(m.doc), m.doc)
        return Line(f"{m.name} is named in 《{title}》, a document about {m.region}", (src.cite_mention(m),))
    x, y = data["mentions"]
    c = src.cite(x.doc, x.sentence_start, x.sentence_start + len(x.sentence), x.sentence, (x.text, y.text))
    return Line(f"{_name(src, u)} and {_name(src, v)} are named in the same sentence", (c,))


def _mixed_path(src: ReportSource, relations, a: str, b: str) -> list[Line]:
    """The shortest path over relations, shared sentences and documents' regions.

    Used when relations alone do not connect a and b. The weakest link, "named in
    a document about region R", is only added where nothing stronger links the two.
    """
    import networkx as nx

    g = relations.copy()
    by_sentence = defaultdict(list)
    mentions = src.mentions()
    for m in mentions:
        if m.sentence_start is not None:
            by_sentence[(m.doc, m.sentence_start)].append(m)
    for _key, ms in sorted(by_sentence.items()):
        ents = sorted({m.entity: m for m in ms}.values(), key=lambda m: m.entity)
        for i, x in enumerate(ents):
            for y in ents[i + 1:]:
                if not g.has_edge(x.entity, y.entity):
                    g.add_edge(x.entity, y.entity, mentions=(x, y))
    regions = {e.name: e.iri for e in sorted(src.entities, key=lambda e: (-e.documents, e.iri)) if e.cls == "Region"}
    for m in mentions:
        r = regions.get(m.region)
        if r and r != m.entity and not g.has_edge(m.entity, r):
            g.add_edge(m.entity, r, about=m)
    if a not in g or b not in g or not nx.has_path(g, a, b):
        return []
    p = nx.shortest_path(g, a, b)
    return [_hop_line(src, g, u, v) for u, v in zip(p, p[1:])]


def _compare(src: ReportSource, names: list[str]) -> Report:
    if len(names) < 2:
        raise ReportError("compare takes two or more regions: kg report compare 永康市 浦江县 --graph DIR --out DIR")
    ents = [src.find(n, ("Region",), what="region") for n in names]
    ents = list({e.iri: e for e in ents}.values())
    if len(ents) < 2:
        raise ReportError("compare needs two different regions")
    regs = [e.name for e in ents]
    sections = []
    # profile
    rows = []
    for e in ents:
        docs = sorted((d for d in src.documents.values() if d.region == e.name), key=lambda d: (_sort_key_year(d.year), d.doc))
        chain = _parent_chain(src, e.iri)
        speakers = sorted({f"{d.speaker} ({d.post})" if d.post else d.speaker for d in docs if d.speaker})
        rows.append((_plain(e.name), _plain(e.level), _plain(e.code), _plain(_name(src, chain[0][0]) if chain else ""),
                     _plain(", ".join(f"{d.year}" for d in docs if d.kind == "report")),
                     _plain(str(len(docs))), _plain("、".join(speakers)), _plain(str(e.documents))))
    sections.append(Section("Profile", (Table(("region", "level", "code", "parent", "report years", "documents about it",
                                               "speakers", "documents naming it"), tuple(rows)),)))
    # indicators: the latest figure of each metric
    obs = [o for o in src.observations if o.region in regs]
    metrics = sorted({o.metric for o in obs})
    rows, charts = [], []
    for metric in metrics:
        row = [_plain(metric)]
        points = []
        for r in regs:
            os_ = sorted((o for o in obs if o.region == r and o.metric == metric),
                         key=lambda o: (_sort_key_year(o.year), o.doc))
            if not os_:
                row.append(_plain(""))
                continue
            latest = os_[-1]
            row.append(Line(f"{_figure(latest)} ({latest.year})", (src.cite_obs(latest),)))
            if latest.value:
                try:
                    points.append((latest.unit, f"{r} {latest.year}", float(latest.value)))
                except ValueError:
                    pass
        rows.append(tuple(row))
        units = Counter(u for u, _, _ in points)
        if units and units.most_common(1)[0][1] >= 2:
            unit = units.most_common(1)[0][0]
            charts.append(Chart(metric, unit, tuple((lbl, v) for u, lbl, v in points if u == unit)))
    sections.append(Section("Headline indicators (latest year each region reports)",
                            (Table(("metric", *regs), tuple(rows)), *charts) if rows else (),
                            note="" if rows else "None of these regions has indicator observations in the graph."))
    # initiatives in common and unique
    mentions = src.mentions(cls="Initiative")
    per: dict[str, dict[str, list[_Mention]]] = {r: defaultdict(list) for r in regs}
    for m in mentions:
        if m.region in per:
            per[m.region][m.entity].append(m)
    everyone = set.intersection(*(set(per[r]) for r in regs))
    some = {i for r in regs for i in per[r] if i not in everyone and sum(i in per[x] for x in regs) >= 2}
    common_rows = []
    for i in sorted(everyone, key=lambda i: (_name(src, i), i)):
        common_rows.append((_plain(_name(src, i)), *(Line("✓", _unique_cites([src.cite_mention(per[r][i][0])], n=1)) for r in regs)))
    blocks = [_table(("initiative", *regs), common_rows)] if common_rows else []
    sections.append(Section("Initiatives in common", tuple(blocks),
                            note=f"{len(everyone)} initiatives named in the documents of every region compared."))
    if some:
        rows = [(_plain(_name(src, i)), *(Line("✓", _unique_cites([src.cite_mention(per[r][i][0])], n=1)) if i in per[r]
                                          else _plain("") for r in regs))
                for i in sorted(some, key=lambda i: (_name(src, i), i))]
        sections.append(Section("Initiatives shared by some", (_table(("initiative", *regs), rows),)))
    for r in regs:
        only = [i for i in per[r] if sum(i in per[x] for x in regs) == 1]
        lines = [Line(_name(src, i), _unique_cites([src.cite_mention(per[r][i][0])], n=1))
                 for i in sorted(only, key=lambda i: (-len(per[r][i]), _name(src, i), i))]
        sections.append(Section(f"Only {r}", (_bullets(lines),), note=f"{len(only)} initiatives named only in the documents about {r}."))
    # links among them
    iris = {e.iri for e in ents}
    links = _group_edges(e for e in src.edges if e.head in iris and e.tail in iris)
    if links:
        sections.append(Section("Relations between them", (_bullets([
            Line(f"{ev[0].head_name} {_RELATION_WORDS.get(ev[0].relation, (ev[0].relation,))[0]} {ev[0].tail_name}{_how(ev)}",
                 _unique_cites(src.cite_edge(e) for e in ev)) for ev in links.values()]),)))
    summary = f"{len(regs)} regions compared: {'、'.join(regs)}; {len(everyone)} initiatives in common."
    return Report("compare", tuple(regs), f"Comparison: {' / '.join(regs)}", summary, tuple(sections))


_BUILDERS = {
    "overview": _overview,
    "region": _region,
    "entity": _entity,
    "initiative": _initiative,
    "path": _path,
    "compare": _compare,
}
KINDS = tuple(_BUILDERS)


def build_report(source: ReportSource, kind: str, names=()) -> Report:
    """The report of ``kind`` about ``names`` (see the module doc), as a :class:`Report`."""
    if kind not in _BUILDERS:
        raise ReportError(f"unknown report kind {kind!r}: use one of {', '.join(KINDS)}")
    report = _BUILDERS[kind](source, [n for n in names])
    return Report(report.kind, report.names, report.title, report.summary, report.sections,
                  graph=Path(str(source.loaded.path)).name)


# ------------------------------------------------------------------------------------------------
# Rendering


def _number_cites(report: Report) -> dict[tuple, int]:
    """Citation key -> footnote number, in order of first appearance."""
    numbers: dict[tuple, int] = {}

    def visit(line: Line):
        for c in line.cites:
            numbers.setdefault(c.key, len(numbers) + 1)

    for s in report.sections:
        for b in s.blocks:
            if isinstance(b, Bullets):
                for li in b.items:
                    visit(li)
            elif isinstance(b, Table):
                for row in b.rows:
                    for li in row:
                        visit(li)
    return numbers


def _all_cites(report: Report, numbers: dict) -> list[tuple[int, Citation]]:
    seen: dict[int, Citation] = {}
    for s in report.sections:
        for b in s.blocks:
            lines = b.items if isinstance(b, Bullets) else [li for row in b.rows for li in row] if isinstance(b, Table) else []
            for li in lines:
                for c in li.cites:
                    seen.setdefault(numbers[c.key], c)
    return sorted(seen.items())


def _quote_window(c: Citation) -> tuple[str, bool, bool]:
    """The sentence, cut around the first mark when it is long; (text, cut at start, cut at end)."""
    text = " ".join(c.sentence.split())
    limit = _limit("quote")
    if len(text) <= limit:
        return text, False, False
    pos = min((text.find(m) for m in c.marks if m and m in text), default=0)
    start = max(0, min(pos - limit // 3, len(text) - limit))
    return text[start:start + limit], start > 0, start + limit < len(text)


def _split_marks(text: str, marks) -> list[tuple[str, bool]]:
    """``text`` as (segment, marked) pairs: every occurrence of a mark is marked.

    Marks are found in the simplified-script form of the text (same length, see
    kg.normalize), so 金東區 in a traditional-script sentence is marked for 金东区.
    """
    from kg.normalize import normalize

    marks = sorted({normalize(m) for m in marks if m}, key=len, reverse=True)
    if not marks:
        return [(text, False)]
    pattern = re.compile("|".join(re.escape(m) for m in marks))
    simple = normalize(text)
    if len(simple) != len(text):
        simple = text
    out, pos = [], 0
    for m in pattern.finditer(simple):
        if m.start() > pos:
            out.append((text[pos:m.start()], False))
        out.append((text[m.start():m.end()], True))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False))
    merged: list[tuple[str, bool]] = []
    for seg, marked in out:
        if merged and merged[-1][1] == marked:
            merged[-1] = (merged[-1][0] + seg, marked)
        else:
            merged.append((seg, marked))
    return merged


def _source_label(c: Citation) -> str:
    if not c.doc:
        return "division dataset (行政区划 parent chain), no sentence"
    where = " ".join(x for x in (c.region, c.year) if x)
    span = f", chars {c.start}–{c.end}" if c.start is not None and c.end is not None and c.end > c.start else ""
    return f"《{c.title}》" + (f" ({where})" if where else "") + f", {c.doc}{span}"


# Markup characters; "_" only where it could start or end emphasis (not inside 000_691ca…).
_MD_SPECIAL = re.compile(r"([\\`*\[\]<>|~&])|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")


def _md(text: str) -> str:
    """Plain text safe inside Markdown: markup characters escaped, on one line."""
    return _MD_SPECIAL.sub(lambda m: "\\" + m.group(0), " ".join(str(text).split()))


def _md_line(li: Line, numbers: dict) -> str:
    refs = "".join(f"[^{numbers[c.key]}]" for c in li.cites)
    label = f"**{_md(li.label)}**: " if li.label else ""
    body = label + _md(li.text)
    return f"{body} {refs}".rstrip() if refs else body


def _md_chart(ch: Chart) -> list[str]:
    width = 30
    top = max((abs(v) for _, v in ch.points), default=0) or 1
    lab = max(_text_width(" ".join(lbl.replace("`", "'").split())) for lbl, _ in ch.points)
    out = [f"{_md(ch.title)} ({_md(ch.unit)})" if ch.unit else _md(ch.title), "", "```text"]
    for lbl, v in ch.points:
        lbl = " ".join(lbl.replace("`", "'").split())  # nothing may close the code fence
        bar = "█" * max(1, round(abs(v) / top * width))
        out.append(f"{lbl}{' ' * (lab - _text_width(lbl))}  {bar} {_fmt(v)}")
    out.append("```")
    return out


def _text_width(s: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _fmt(v: float) -> str:
    return f"{v:,.2f}".rstrip("0").rstrip(".").replace(",", "") if v != int(v) else str(int(v))


def render_markdown(report: Report) -> str:
    """The report as Markdown (GitHub footnotes ``[^n]`` carry the citations)."""
    numbers = _number_cites(report)
    out = [f"# {_md(report.title)}", ""]
    if report.summary:
        out += [_md(report.summary), ""]
    for s in report.sections:
        out += [f"## {_md(s.heading)}", ""]
        if s.note:
            out += [f"*{_md(s.note)}*", ""]
        for b in s.blocks:
            if isinstance(b, Bullets):
                if b.title:
                    out += [f"**{_md(b.title)}**", ""]
                if not b.items:
                    out += ["(none in the graph)", ""]
                    continue
                out += [f"- {_md_line(li, numbers)}" for li in b.items]
                if b.more:
                    out.append(f"- … and {b.more} more")
                out.append("")
            elif isinstance(b, Table):
                if not b.rows:
                    out += ["(none in the graph)", ""]
                    continue
                out.append("| " + " | ".join(_md(h) for h in b.header) + " |")
                out.append("|" + "|".join("---" for _ in b.header) + "|")
                for row in b.rows:
                    out.append("| " + " | ".join(_md_line(li, numbers) for li in row) + " |")
                if b.more:
                    out.append(f"\n… and {b.more} more rows")
                out.append("")
            elif isinstance(b, Chart):
                out += _md_chart(b) + [""]
    cites = _all_cites(report, numbers)
    if cites:
        out += ["## Sources", ""]
        for n, c in cites:
            text, cut_a, cut_b = _quote_window(c)
            quote = "".join(f"**{_md(seg)}**" if marked and seg.strip() else _md(seg)
                            for seg, marked in _split_marks(text, c.marks))
            quote = ("…" if cut_a else "") + quote + ("…" if cut_b else "")
            out.append(f"[^{n}]: {_md(_source_label(c))}" + (f": “{quote}”" if c.sentence else ""))
        out.append("")
    if report.graph:
        out += ["---", f"Generated by `kg report {report.kind}` from {_md(report.graph)}.", ""]
    return "\n".join(out)


#: No script, no request: only the inline stylesheet and data: images are allowed.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_CSS = """
:root { --ink:#1d2733; --muted:#5b6b7c; --line:#d9e0e7; --accent:#2b6cb0; --bar:#3b82c4; --mark:#fff1a8; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
       color: var(--ink); max-width: 70rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; line-height: 1.6; }
h1 { font-size: 1.7rem; margin: 0 0 .3rem; } h2 { font-size: 1.25rem; margin-top: 2.2rem;
     border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
.summary { color: var(--muted); font-size: 1.05rem; } .note { color: var(--muted); font-style: italic; margin: .2rem 0 .6rem; }
nav.toc { background: #f5f8fb; border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; margin: 1rem 0; }
nav.toc a { display: inline-block; margin-right: 1rem; white-space: nowrap; color: var(--accent); text-decoration: none; }
table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .25rem .55rem; vertical-align: top; text-align: left; }
th { background: #f0f4f8; } tr:nth-child(even) td { background: #fafcfd; }
ul { padding-left: 1.3rem; } li { margin: .15rem 0; }
.label { font-weight: 600; } sup.ref a { color: var(--accent); text-decoration: none; font-size: .78em; margin-left: 1px; }
.more, .none { color: var(--muted); }
figure.chart { display: inline-block; vertical-align: top; margin: .8rem 2.5rem 1.2rem 0; } figure.chart figcaption { font-weight: 600; font-size: .95rem; }
svg .bar { fill: var(--bar); } svg .axis { stroke: #9aa8b6; } svg text { font-size: 12px; fill: var(--ink); }
ol.sources { font-size: .88rem; padding-left: 2.2rem; } ol.sources li { margin: .5rem 0; }
ol.sources .src { color: var(--muted); } ol.sources blockquote { margin: .15rem 0 0; padding-left: .6rem;
     border-left: 3px solid var(--line); }
ol.sources li:target { background: #eef5ff; } mark { background: var(--mark); padding: 0 1px; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
"""


def _h(text) -> str:
    return html.escape(str(text), quote=True)


def _html_line(li: Line, numbers: dict) -> str:
    label = f'<span class="label">{_h(li.label)}</span>: ' if li.label else ""
    refs = "".join(f'<sup class="ref"><a href="#cite-{numbers[c.key]}">[{numbers[c.key]}]</a></sup>' for c in li.cites)
    return f"{label}{_h(li.text)}{refs}"


def _svg_chart(ch: Chart) -> str:
    """A bar chart as inline SVG: one bar per point, value above, label below."""
    n = len(ch.points)
    bar_w, gap, left, top, plot_h = 56, 28, 16, 26, 160
    width = left * 2 + n * bar_w + (n - 1) * gap
    height = top + plot_h + 44
    values = [v for _, v in ch.points]
    hi, lo = max(max(values), 0.0), min(min(values), 0.0)
    span = (hi - lo) or 1.0

    def y(v):
        return top + (hi - v) / span * plot_h

    parts = [(f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
              f'width="{width}" height="{height}" aria-label="{_h(ch.title)}">')]
    zero = y(0.0)
    for i, (lbl, v) in enumerate(ch.points):
        x = left + i * (bar_w + gap)
        y0, y1 = sorted((zero, y(v)))
        parts.append(f'<rect class="bar" x="{x}" y="{y0:.1f}" width="{bar_w}" height="{max(y1 - y0, 1):.1f}">'
                     f'<title>{_h(lbl)}: {_h(_fmt(v))} {_h(ch.unit)}</title></rect>')
        parts.append(f'<text x="{x + bar_w / 2}" y="{min(y0, y1) - 6:.1f}" text-anchor="middle">{_h(_fmt(v))}</text>')
        parts.append(f'<text x="{x + bar_w / 2}" y="{top + plot_h + 18}" text-anchor="middle">{_h(lbl)}</text>')
    parts.append(f'<line class="axis" x1="{left - 6}" x2="{width - left + 6}" y1="{zero:.1f}" y2="{zero:.1f}"/>')
    parts.append("</svg>")
    return "".join(parts)


def render_html(report: Report) -> str:
    """The report as one self-contained HTML page: no script, no request, charts as inline SVG."""
    numbers = _number_cites(report)
    out = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_h(report.title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{_h(report.title)}</h1>",
    ]
    if report.summary:
        out.append(f'<p class="summary">{_h(report.summary)}</p>')
    out.append('<nav class="toc">' + "".join(f'<a href="#sec-{i}">{_h(s.heading)}</a>'
                                             for i, s in enumerate(report.sections, 1)) + "</nav>")
    for i, s in enumerate(report.sections, 1):
        out.append(f'<section id="sec-{i}"><h2>{_h(s.heading)}</h2>')
        if s.note:
            out.append(f'<p class="note">{_h(s.note)}</p>')
        for b in s.blocks:
            if isinstance(b, Bullets):
                if b.title:
                    out.append(f'<p class="label">{_h(b.title)}</p>')
                if not b.items:
                    out.append('<p class="none">(none in the graph)</p>')
                    continue
                out.append("<ul>" + "".join(f"<li>{_html_line(li, numbers)}</li>" for li in b.items)
                           + (f'<li class="more">… and {b.more} more</li>' if b.more else "") + "</ul>")
            elif isinstance(b, Table):
                if not b.rows:
                    out.append('<p class="none">(none in the graph)</p>')
                    continue
                head = "".join(f"<th>{_h(h)}</th>" for h in b.header)
                body = "".join("<tr>" + "".join(f"<td>{_html_line(li, numbers)}</td>" for li in row) + "</tr>"
                               for row in b.rows)
                out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
                if b.more:
                    out.append(f'<p class="more">… and {b.more} more rows</p>')
            elif isinstance(b, Chart):
                cap = f"{b.title} ({b.unit})" if b.unit else b.title
                out.append(f'<figure class="chart"><figcaption>{_h(cap)}</figcaption>{_svg_chart(b)}</figure>')
        out.append("</section>")
    cites = _all_cites(report, numbers)
    if cites:
        out.append('<section id="sources"><h2>Sources</h2><ol class="sources">')
        for n, c in cites:
            text, cut_a, cut_b = _quote_window(c)
            quote = "".join(f"<mark>{_h(seg)}</mark>" if marked else _h(seg) for seg, marked in _split_marks(text, c.marks))
            quote = ("…" if cut_a else "") + quote + ("…" if cut_b else "")
            block = f"<blockquote>{quote}</blockquote>" if c.sentence else ""
            out.append(f'<li id="cite-{n}" value="{n}"><span class="src">{_h(_source_label(c))}</span>{block}</li>')
        out.append("</ol></section>")
    if report.graph:
        out.append(f"<footer>Generated by <code>kg report {_h(report.kind)}</code> from {_h(report.graph)}.</footer>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


# ------------------------------------------------------------------------------------------------
# Files

_RENDERERS = {"md": render_markdown, "html": render_html}
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|\s]+')


def report_filename(kind: str, names, fmt: str) -> str:
    """A file name for the report that is safe on any file system: ``region-金华市.md``."""
    stem = "-".join([kind, *(_UNSAFE.sub("_", n).strip("._") or "_" for n in names)])
    if len(stem.encode("utf-8")) > 180:
        import hashlib

        digest = hashlib.sha256(stem.encode("utf-8")).hexdigest()[:12]
        while len(stem.encode("utf-8")) > 160:
            stem = stem[:-1]
        stem = f"{stem}-{digest}"
    return f"{stem}.{fmt}"


def _write_text(text: str, path: Path) -> None:
    from kg.fileio import write_text_atomic

    write_text_atomic(path, text)


def write_report(report: Report, out_dir, formats=FORMATS) -> list[Path]:
    """Write the report to ``out_dir`` in each format (atomically); return the paths."""
    paths = []
    for fmt in formats:
        if fmt not in _RENDERERS:
            raise ReportError(f"unknown format {fmt!r}: use {', '.join(FORMATS)} or both")
        path = Path(out_dir) / report_filename(report.kind, report.names, fmt)
        _write_text(_RENDERERS[fmt](report), path)
        paths.append(path)
    return paths


def make_reports(graph_path, kind: str, names, out_dir, *, formats=FORMATS, engine: str = "oxigraph") -> list[Path]:
    """Load the export, build one report and write it: the library call behind ``kg report``."""
    source = load_source(graph_path, engine=engine)
    return write_report(build_report(source, kind, names), out_dir, formats)


# ------------------------------------------------------------------------------------------------
# Command line (registered by kg.cli)

EXAMPLE = """examples:
  kg report overview --graph exports --out reports
  kg report region 金华市 --graph exports --out reports --format html
  kg report entity 庆达西(宁波)钢构制造有限公司 --graph exports --out reports
  kg report initiative 最多跑一次改革 --graph exports --out reports
  kg report path 金东区 义乌市 --graph exports --out reports
  kg report compare 永康市 浦江县 --graph exports --out reports"""


def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of ``kg report KIND NAME... --graph DIR --out DIR [--format md|html|both]``."""
    parser.add_argument("kind", choices=KINDS, metavar="KIND", help="one of: " + ", ".join(KINDS))
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help="region, entity or initiative name (path: two names; compare: two or more)")
    parser.add_argument("--graph", required=True, metavar="EXPORT", help="export folder (or its graph.ttl/graph.trig)")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder for the report files (created if missing)")
    parser.add_argument("--format", choices=("md", "html", "both"), default="both", help="output format (default both)")
    parser.add_argument("--engine", choices=("oxigraph", "rdflib"), default="oxigraph",
                        help="SPARQL engine (default oxigraph, the faster)")
    if parser.epilog is None:
        parser.epilog = EXAMPLE
        parser.formatter_class = argparse.RawDescriptionHelpFormatter


def run_report(args) -> int:
    """Run ``kg report`` from parsed arguments: 0 written, 2 bad name or input (message on stderr)."""
    formats = FORMATS if args.format == "both" else (args.format,)
    try:
        paths = make_reports(args.graph, args.kind, args.names, args.out, formats=formats, engine=args.engine)
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for p in paths:
        print(p)
    return 0
