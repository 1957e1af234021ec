"""The knowledge graph as RDF: Turtle, TriG, N-Triples and JSON-LD, and back.

Terms come from ``ontology/kg.ttl`` (``kg.vocab.KG``); instance IRIs are
``https://w3id.org/kg-zh/id/`` + the node id of the graph contract
(``kg/graph.py``), percent-encoded so that any input text gives a valid IRI.

Provenance uses relation nodes (standard RDF reification), not RDF-star:
every relation is a direct triple (``永康市 kg:partOf 金华市``) *and* a
``kg:Assertion`` node with ``rdf:subject/predicate/object`` and
``kg:hasEvidence`` links to ``kg:Evidence`` spans (document, offsets,
sentence). Entities link to ``kg:Mention`` spans. In TriG every document has
its own named graph (named by the document's IRI) holding what it states.

Output is deterministic: triples are sorted, there are no blank nodes and no
timestamps, so the same graph gives byte-identical files.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("region/330784", kind="entity", type="Region", name="永康市")
>>> print(render_turtle(g).split("\\n\\n")[-1].strip())
<https://w3id.org/kg-zh/id/region/330784> a kg:Region ;
    rdfs:label "永康市"@zh .
>>> entity_iri("project/长江 大桥")
rdflib.term.URIRef('https://w3id.org/kg-zh/id/project/%E9%95%BF%E6%B1%9F%20%E5%A4%A7%E6%A1%A5')
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import SimpleNamespace
from typing import NamedTuple
from urllib.parse import quote, unquote

from rdflib import RDF as _RDF
from rdflib import RDFS as _RDFS
from rdflib import XSD as _XSD
from rdflib import Literal, URIRef
from rdflib.namespace import SKOS as _SKOS

from kg.model import ENTITY_TYPES, RELATION_TYPES
from kg.vocab import ID_BASE, PREFIXES
from kg.vocab import KG as _KG


def _fast_terms(namespace) -> SimpleNamespace:
    """A closed namespace's terms as plain attributes: rdflib looks each access up anew, and an
    export asks for terms about 10^5 times. Unknown names still raise AttributeError."""
    names = {n for cls in namespace.__mro__ for n in getattr(cls, "__annotations__", {})}
    terms = SimpleNamespace(**{n: namespace[n] for n in sorted(names) if not n.startswith("_")})
    terms._NS = namespace._NS
    return terms


KG, RDF, RDFS, XSD, SKOS = (_fast_terms(ns) for ns in (_KG, _RDF, _RDFS, _XSD, _SKOS))

__all__ = [
    "entity_iri",
    "doc_iri",
    "node_id",
    "iter_quads",
    "count_items",
    "iter_triples",
    "to_dataset",
    "render_turtle",
    "render_trig",
    "render_jsonld",
    "render_ntriples_stream",
    "read_graph",
    "resolve_graph_path",
    "JSONLD_CONTEXT",
]


def _plain_iris(terms: SimpleNamespace) -> SimpleNamespace:
    """The same terms as plain strings: the IRIs of the quads that the exports are rendered from."""
    return SimpleNamespace(**{n: str(t) for n, t in vars(terms).items() if not n.startswith("_")})


# the quads of the exports hold IRIs as plain strings and literals as _Lit: rdflib's terms cost ten times
# as much to make, and their equality is a Python method that every dictionary hit calls (x10: the
# quads took 1.7 s)
_K, _R, _RS, _X, _S = (_plain_iris(ns) for ns in (KG, RDF, RDFS, XSD, SKOS))


class _Lit(NamedTuple):
    """A literal of the exports' quads (see :class:`Snapshot`): its lexical form, its language tag or
    its datatype IRI (None for a plain string). :func:`iter_quads` gives rdflib's ``Literal`` instead."""

    value: str
    language: str | None = None
    datatype: str | None = None

    def __str__(self) -> str:
        return self.value


#: Which networkx edge types are relations (with evidence) and which are structure.
_RELATIONS = {name: getattr(KG, name) for name in RELATION_TYPES}
_STRUCTURAL = {"about": KG.about, "deliveredBy": KG.deliveredBy, "hasIndicator": KG.hasIndicator, "refArea": KG.refArea}
_ENTITY_CLASSES = {name: getattr(KG, name) for name in ENTITY_TYPES}
# the same as the quads' plain IRIs
_RELATION_IRIS = {name: str(p) for name, p in _RELATIONS.items()}
_STRUCTURAL_IRIS = {name: str(p) for name, p in _STRUCTURAL.items()}
_CLASS_IRIS = {name: str(c) for name, c in _ENTITY_CLASSES.items()}

#: JSON-LD context: the prefixes of the Turtle files.
JSONLD_CONTEXT: dict[str, str] = dict(PREFIXES)

ZH = "zh"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

Quad = tuple[URIRef, URIRef, object, URIRef | None]
#: A quad of :class:`Snapshot`: IRIs as plain strings, literals as :class:`_Lit`.
_PlainQuad = tuple[str, str, "str | _Lit", "str | None"]


# --------------------------------------------------------------------------
# IRIs


def entity_iri(node_id: str) -> URIRef:
    """The IRI of a graph node: stable, ASCII, valid for any node id.

    >>> entity_iri("region/330784")
    rdflib.term.URIRef('https://w3id.org/kg-zh/id/region/330784')
    """
    return URIRef(_iri(node_id))


def _iri(node_id: str) -> str:
    """:func:`entity_iri` as a plain string (the quads' IRIs)."""
    segments = []
    for seg in str(node_id).split("/"):
        q = quote(seg, safe="-_~", errors="surrogatepass") if seg else seg
        # "." and ".." segments would be removed by IRI normalisation.
        segments.append(q.replace(".", "%2E") if q in (".", "..") else q)
    return ID_BASE + "/".join(segments)


def node_id(iri: str) -> str:
    """Inverse of :func:`entity_iri`."""
    iri = str(iri)
    if not iri.startswith(ID_BASE):
        raise ValueError(f"{iri} is not a kg instance IRI (expected it to start with {ID_BASE})")
    return unquote(iri[len(ID_BASE):])


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def doc_iri(doc: str) -> URIRef:
    return URIRef(_doc_iri(doc))


@functools.lru_cache(maxsize=1 << 14)  # the same few documents, once per mention
def _doc_iri(doc: str) -> str:
    return _iri("doc/" + doc)


def _assertion_iri(head: str, rel: str, tail: str) -> str:
    return f"{ID_BASE}assertion/{_digest(head, rel, tail)}"


def _metric_iri(metric: str) -> str:
    return f"{ID_BASE}metric/{_digest(metric)}"


# --------------------------------------------------------------------------
# Literals


_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(text: str) -> str:
    """Text safe to encode as UTF-8 (lone surrogates become U+FFFD)."""
    return _SURROGATE.sub("\ufffd", text)


# Offsets, sentences and names recur: the recent literals are kept (a hit skips _clean's search).


def _zh(text: str) -> _Lit:
    return _zh_literal(str(text))


@functools.lru_cache(maxsize=1 << 16)
def _zh_literal(text: str) -> _Lit:
    return _Lit(_clean(text), ZH)


def _string(text: str) -> _Lit:
    return _string_literal(str(text))


@functools.lru_cache(maxsize=1 << 14)
def _string_literal(text: str) -> _Lit:
    return _Lit(_clean(text))


def _integer(value) -> _Lit:
    return _integer_literal(int(value))


@functools.lru_cache(maxsize=1 << 16)
def _integer_literal(value: int) -> _Lit:
    return _Lit(str(value), None, _X.integer)


def _decimal_lexical(value) -> str | None:
    """Canonical xsd:decimal lexical form: 557.7, 54581.0, -3.5."""
    try:
        d = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    if not d.is_finite():
        return None
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0")
        s = s + "0" if s.endswith(".") else s
    else:
        s += ".0"
    return "0.0" if s in ("-0.0",) else s


def _decimal(value) -> _Lit | None:
    lex = _decimal_lexical(value)
    return _Lit(lex, None, _X.decimal) if lex is not None else None


def _present(value) -> bool:
    return value is not None and value != ""


# --------------------------------------------------------------------------
# networkx graph -> quads


class Snapshot:
    """The quads of a graph taken once, so that several renderers share them.

    A build renders Turtle, TriG and JSON-LD of one graph; each renderer accepts
    a ``Snapshot`` in place of the graph (``snapshot.nx`` is the graph itself). Its quads hold IRIs
    as plain strings and literals as :class:`_Lit` (:func:`iter_quads` turns them into rdflib terms).
    """

    def __init__(self, graph) -> None:
        self.nx = graph
        self.quads: list[_PlainQuad] = list(_iter_graph_quads(graph))
        self.n3: list[tuple] | None = None  # the quads in Turtle text, once a renderer asked (_n3_quads)


def iter_quads(graph) -> Iterator[Quad]:
    """Every (subject, predicate, object, graph name) of the RDF view of ``graph`` (a networkx graph or a
    :class:`Snapshot`), as rdflib terms; the graph name is a document's IRI or None (the default graph)."""
    term = _rdflib_terms()
    for s, p, o, g in _plain_quads(graph):
        yield term(s), term(p), term(o), term(g)


def _rdflib_terms():
    """A function from plain terms (see :class:`Snapshot`) to rdflib's; each distinct term is made once."""
    terms: dict = {None: None}

    def term(t):
        try:
            return terms[t]
        except KeyError:
            made = terms[t] = (Literal(t.value, lang=t.language, datatype=t.datatype and URIRef(t.datatype))
                               if type(t) is _Lit else URIRef(t))
            return made

    return term


def _plain_quads(graph) -> Iterator[_PlainQuad]:
    if isinstance(graph, Snapshot):
        return iter(graph.quads)
    return _iter_graph_quads(graph)


def _iter_graph_quads(graph, start: int = 0, stop: int | None = None,
                      before: ItemsBefore | None = None) -> Iterator[_PlainQuad]:
    """Every (subject, predicate, object, graph name) of the RDF view of ``graph``, in plain terms.

    The graph name is a document IRI (its named graph) or ``None`` (default
    graph). A relation stated by several documents is yielded once per
    document graph; :func:`iter_triples` removes such repeats.

    ``start`` and ``stop`` select a range of the graph's items (its nodes in order, then its
    edges; see :func:`count_items`): the quads of consecutive ranges, one after the other, are
    the quads of the whole graph, so ranges can be rendered in parallel. ``before``: what the
    items before ``start`` stated (see :class:`ItemsBefore`), at or before ``start``; it is
    moved to ``stop`` as the quads are yielded.
    """
    before = ItemsBefore.for_range(graph, start, before)
    before.advance(start)
    before.pos = None  # until the range is yielded whole
    documents, metrics = before.documents, before.metrics
    n_nodes = graph.number_of_nodes()
    if stop is None:
        stop = n_nodes + graph.number_of_edges()
    stop = max(start, stop)

    for n, a in itertools.islice(graph.nodes(data=True), start, min(stop, n_nodes)):
        kind = a.get("kind")
        if kind == "entity":
            yield from _entity_quads(n, a)
        elif kind == "document":
            yield from _document_quads(graph, n, a)
        elif kind == "indicator":
            yield from _indicator_quads(graph, n, a, documents)
            metric = a.get("metric")
            if _present(metric) and metric not in metrics:
                metrics.add(metric)
                m = _metric_iri(metric)
                yield m, _R.type, _K.Metric, None
                yield m, _RS.label, _zh(metric), None
                yield m, _S.prefLabel, _zh(metric), None

    if stop > n_nodes:
        edges = graph.edges(keys=True, data=True)
        for u, v, key, a in itertools.islice(edges, max(0, start - n_nodes), stop - n_nodes):
            rel = a.get("type", key)
            if rel in _RELATIONS:
                yield from _relation_quads(u, v, rel, a.get("evidence") or ())
    before.pos = stop


def count_items(graph) -> int:
    """The items of a networkx graph that :func:`_iter_graph_quads` ranges count: nodes, then edges."""
    return graph.number_of_nodes() + graph.number_of_edges()


class ItemsBefore:
    """What the quads of a range of a graph's items depend on in the items before it (``pos``): the
    documents' names (of the whole graph), the metrics already stated, and the (subject, relation,
    object) triples already stated, which the stream writer fills as it writes them (graph.ttl states
    a triple once). It moves forward only: a process that writes every other range of a large graph
    walks the items it skips once, not once per range."""

    def __init__(self, graph) -> None:
        self.graph = graph
        self.pos: int | None = 0  # None while a range is being yielded
        self.documents = {n: a.get("doc") or n.removeprefix("doc/")
                          for n, a in graph.nodes(data=True) if a.get("kind") == "document"}
        self.metrics: set[str] = set()
        self.relations: set[tuple] = set()

    @classmethod
    def for_range(cls, graph, start: int, before: ItemsBefore | None) -> ItemsBefore:
        """``before`` where it can serve a range of ``graph`` from ``start`` (its graph, not past ``start``,
        not in the middle of a range), else a new one."""
        if before is None or before.graph is not graph or before.pos is None or before.pos > start:
            return cls(graph)
        return before

    def advance(self, start: int) -> None:
        """Account for the items from ``pos`` up to ``start``, which are not yielded."""
        graph, pos = self.graph, self.pos
        n_nodes = graph.number_of_nodes()
        if pos < min(start, n_nodes):
            for _, a in itertools.islice(graph.nodes(data=True), pos, min(start, n_nodes)):
                if a.get("kind") == "indicator" and _present(a.get("metric")):
                    self.metrics.add(a["metric"])
        if start > n_nodes:
            edges = graph.edges(keys=True, data=True)
            stated = {(u, rel, v) for u, v, key, a in itertools.islice(edges, max(0, pos - n_nodes), start - n_nodes)
                      if (rel := a.get("type", key)) in _RELATIONS}
            self.relations.update((_iri(u), _RELATION_IRIS[rel], _iri(v)) for u, rel, v in stated)
        self.pos = max(pos, start)


def _entity_quads(n: str, a: dict) -> Iterator[_PlainQuad]:
    s = _iri(n)
    etype = a.get("type")
    if etype not in _CLASS_IRIS:
        raise ValueError(f"node {n}: entity type {etype!r} is not one of {', '.join(ENTITY_TYPES)}")
    yield s, _R.type, _CLASS_IRIS[etype], None
    if _present(a.get("name")):
        yield s, _RS.label, _zh(a["name"]), None
    for alias in sorted(set(a.get("aliases") or ())):
        if alias != a.get("name"):
            yield s, _S.altLabel, _zh(alias), None
    if _present(a.get("code")):
        yield s, _K.divisionCode, _string(a["code"]), None
    if _present(a.get("level")):
        yield s, _K.level, _string(a["level"]), None
    docs = set(a.get("docs") or ())
    seen = set()
    for m in a.get("mentions") or ():
        doc = m.get("doc") or ""
        if not doc:
            continue
        docs.add(doc)
        key = (doc, m.get("start"), m.get("end"))
        if key in seen:
            continue
        seen.add(key)
        g = _doc_iri(doc)
        mi = f"{ID_BASE}mention/{_digest(n, *key)}"
        yield s, _K.hasMention, mi, g
        yield mi, _R.type, _K.Mention, g
        yield mi, _K.inDocument, g, g
        yield mi, _K.start, _integer(m["start"]), g
        yield mi, _K.end, _integer(m["end"]), g
        if _present(m.get("text")):
            yield mi, _K.text, _zh(m["text"]), g
        if _present(m.get("sentence")):
            yield mi, _K.sentence, _zh(m["sentence"]), g
        if m.get("sent_start") is not None and m.get("sent_start", -1) >= 0:
            yield mi, _K.sentenceStart, _integer(m["sent_start"]), g
    for doc in sorted(docs):
        g = _doc_iri(doc)
        yield s, _K.mentionedIn, g, g


def _document_quads(graph, n: str, a: dict) -> Iterator[_PlainQuad]:
    doc = a.get("doc") or n.removeprefix("doc/")
    s = _iri(n)
    g = s
    yield s, _R.type, _K.NewsArticle if a.get("doc_kind") == "news" else _K.Report, g
    yield s, _K.docId, _string(doc), g
    yield s, _RS.label, _zh(a["title"]) if _present(a.get("title")) else _string(doc), g
    if _present(a.get("title")):
        yield s, _K.title, _zh(a["title"]), g
    if _present(a.get("source")):
        yield s, _K.sourceFile, _string(a["source"]), g
    for attr, prop in (("start", _K.start), ("end", _K.end), ("year", _K.year), ("reviewed_year", _K.reviewedYear)):
        if _present(a.get(attr)):
            yield s, prop, _integer(a[attr]), g
    post = a.get("post")
    for attr, prop in (("meeting", _K.meeting),):
        if _present(a.get(attr)):
            yield s, prop, _zh(a[attr]), g
    if _present(a.get("date")) and _DATE.match(str(a["date"])):
        yield s, _K.date, _Lit(str(a["date"]), None, _X.date), g
    for _, v, key, ea in graph.out_edges(n, keys=True, data=True):
        etype = ea.get("type", key)
        if etype in ("about", "deliveredBy", "hasIndicator"):
            yield s, _STRUCTURAL_IRIS[etype], _iri(v), g
            if etype == "deliveredBy" and not _present(post):
                post = ea.get("post")
    if _present(post):
        yield s, _K.speakerPost, _zh(post), g


def _indicator_quads(graph, n: str, a: dict, documents: dict) -> Iterator[_PlainQuad]:
    s = _iri(n)
    doc = a.get("doc") or ""
    g = _doc_iri(doc) if doc else None
    yield s, _R.type, _K.Observation, g
    if doc:
        yield s, _K.inDocument, g, g
    if _present(a.get("metric")):
        yield s, _K.metric, _metric_iri(a["metric"]), g
    for attr, prop in (("value", _K.value), ("growth_pct", _K.growthPct)):
        if _present(a.get(attr)):
            lit = _decimal(a[attr])
            if lit is not None:
                yield s, prop, lit, g
    if _present(a.get("unit")):
        yield s, _K.unit, _zh(a["unit"]), g
    for attr, prop in (("year", _K.year), ("start", _K.start), ("end", _K.end)):
        if _present(a.get(attr)) and not (attr != "year" and a[attr] < 0):
            yield s, prop, _integer(a[attr]), g
    if _present(a.get("text")):
        yield s, _K.text, _zh(a["text"]), g
    for _, v, key, ea in graph.out_edges(n, keys=True, data=True):
        if ea.get("type", key) == "refArea":
            yield s, _K.refArea, _iri(v), g


def _relation_quads(u: str, v: str, rel: str, evidence) -> Iterator[_PlainQuad]:
    h, t, p = _iri(u), _iri(v), _RELATION_IRIS[rel]
    a = _assertion_iri(u, rel, v)
    yield a, _R.type, _K.Assertion, None
    yield a, _R.subject, h, None
    yield a, _R.predicate, p, None
    yield a, _R.object, t, None
    stated_in: set[str | None] = set()
    seen = set()
    for e in evidence:
        doc = e.get("doc") or ""
        source = e.get("source") or ("text" if doc else "gazetteer")
        key = (doc, e.get("start", -1), e.get("end", -1), source)
        if key in seen:
            continue
        seen.add(key)
        g = _doc_iri(doc) if doc else None
        if g not in stated_in:
            stated_in.add(g)
            yield h, p, t, g
        ev = f"{ID_BASE}evidence/{_digest(u, rel, v, *key)}"
        yield a, _K.hasEvidence, ev, g
        yield ev, _R.type, _K.Evidence, g
        yield ev, _K.evidenceSource, _string(source), g
        if doc:
            yield ev, _K.inDocument, g, g
        if key[1] is not None and key[1] >= 0:
            yield ev, _K.start, _integer(key[1]), g
            yield ev, _K.end, _integer(key[2]), g
        if _present(e.get("sentence")):
            yield ev, _K.sentence, _zh(e["sentence"]), g
    if not stated_in:
        yield h, p, t, None


def iter_triples(graph) -> Iterator[tuple[URIRef, URIRef, object]]:
    """The triples of ``graph.ttl``: the union of all graphs, each triple once (rdflib terms)."""
    term = _rdflib_terms()
    for s, p, o in _plain_triples(graph):
        yield term(s), term(p), term(o)


def _plain_triples(graph) -> Iterator[tuple]:
    """:func:`iter_triples` in plain terms."""
    return _triples(_plain_quads(graph), _RELATION_PREDICATES)


def _triples(quads: Iterable[tuple], relations) -> Iterator[tuple]:
    """The triples of ``quads``, in any one form of terms, with a relation (its predicate in ``relations``,
    in the same form) stated in several documents once."""
    relation_seen: set[tuple] = set()
    for s, p, o, _g in quads:
        if p in relations:
            if (s, p, o) in relation_seen:
                continue
            relation_seen.add((s, p, o))
        yield s, p, o


_RELATION_PREDICATES = frozenset(_RELATION_IRIS.values())


def to_dataset(graph):
    """An ``rdflib.Dataset``: one named graph per document, the rest in the default graph."""
    from rdflib import Dataset

    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True)
    default = ds.default_graph if hasattr(type(ds), "default_graph") else ds.default_context
    graphs = {}
    for s, p, o, g in iter_quads(graph):
        if g is None:
            default.add((s, p, o))
        else:
            if g not in graphs:
                graphs[g] = ds.graph(g)
            graphs[g].add((s, p, o))
    return ds


# --------------------------------------------------------------------------
# Serialisers (our own: sorted, so output is byte-identical across runs)

_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*$")
_PREFIX_ORDER = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))
#: The namespace an IRI starts with, as the group of its prefix (none is a prefix of another).
_NAMESPACE = re.compile("|".join(f"(?P<{p}>{re.escape(ns)})" for p, ns in _PREFIX_ORDER))
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]')


def _escape(text: str) -> str:
    return _NEEDS_ESCAPE.sub(lambda m: _ESCAPES.get(m.group(), f"\\u{ord(m.group()):04X}"), text)


def _iri_n3(iri: str, prefixed: bool) -> str:
    if prefixed:
        m = _NAMESPACE.match(iri)
        if m is not None and _LOCAL.match(iri, m.end()):
            return f"{m.lastgroup}:{iri[m.end():]}"
    return f"<{iri}>"


@functools.lru_cache(maxsize=1 << 18)
def _term_n3(term, prefixed: bool = True) -> str:
    """A plain term (see :class:`Snapshot`) in Turtle/N-Triples."""
    if type(term) is _Lit:
        return _literal_n3(term, prefixed)
    return _iri_n3(term, prefixed)


def _literal_n3(term, prefixed: bool = True) -> str:
    """A literal in Turtle/N-Triples. Uncached: :func:`_render_block` calls it directly, as most
    literals are written once and hashing a literal costs more than writing it."""
    out = f'"{_escape(term.value)}"'
    if term.language:
        return f"{out}@{term.language}"
    return out + _datatype_n3(term.datatype, prefixed)


@functools.lru_cache(maxsize=64)
def _datatype_n3(datatype, prefixed: bool = True) -> str:
    """``^^xsd:integer`` after a literal of that datatype; "" for none or xsd:string."""
    if datatype is None or datatype == _X.string:
        return ""
    return f"^^{_iri_n3(datatype, prefixed)}"


class _IriN3(dict):
    """IRI -> its prefixed Turtle text, filled on first use (cheaper than :func:`_term_n3`'s cache, which
    hashes a (term, prefixed) key on every call)."""

    def __missing__(self, term) -> str:
        text = self[term] = _iri_n3(term, True)
        return text


def _prefix_lines() -> list[str]:
    return [f"@prefix {p}: <{ns}> ." for p, ns in sorted(PREFIXES.items())]


def _n3_quads(graph) -> list[tuple[str, str, str, str | None]]:
    """The quads with subject, predicate and object in Turtle (prefixed names) and the graph name as
    is: made once for a :class:`Snapshot`, which Turtle and TriG then share."""
    made = graph.n3 if isinstance(graph, Snapshot) else None
    if made is None:
        iris = _IriN3()
        made = [(iris[s], iris[p], _literal_n3(o) if type(o) is _Lit else iris[o], g)
                for s, p, o, g in _plain_quads(graph)]
        if isinstance(graph, Snapshot):
            graph.n3 = made
    return made


def _render_block(triples: Iterable[tuple], indent: str = "") -> list[str]:
    """Turtle statements for ``triples`` (in Turtle text, see :func:`_n3_quads`), subjects sorted, rdf:type
    first, each predicate's objects sorted and written once. A predicate holds its one object's text, or
    the set of them once there are more."""
    by_subject: dict[str, dict[str, str | set[str]]] = {}
    last_s = preds = None
    for s, p, o in triples:
        if s is not last_s:
            last_s = s
            preds = by_subject.get(s)
            if preds is None:
                preds = by_subject[s] = {}
        cur = preds.get(p)
        if cur is None:
            preds[p] = o
        elif type(cur) is set:
            cur.add(o)
        elif cur != o:
            preds[p] = {cur, o}
    lines = []
    for subject in sorted(by_subject):
        preds = by_subject[subject]
        parts = []
        for p in sorted(preds, key=_type_first) if len(preds) > 1 else preds:
            objs = preds[p]
            if type(objs) is set:
                objs = " , ".join(sorted(objs))
            parts.append(f"{'a' if p == 'rdf:type' else p} {objs}")
        lines.append(f"{indent}{subject} " + f" ;\n{indent}    ".join(parts) + " .")
        lines.append("")
    return lines


def _type_first(predicate: str) -> tuple:
    return (predicate != "rdf:type", predicate)


def _text_of_lines(lines: list[str]) -> str:
    """``"\\n".join(lines).rstrip("\\n") + "\\n"`` without copying the joined text twice more (x10: 0.4 s of
    Turtle and TriG). ``lines`` is used up."""
    while lines and not lines[-1].rstrip("\n"):
        lines.pop()
    if not lines:
        return "\n"
    lines[-1] = lines[-1].rstrip("\n")
    lines.append("")
    return "\n".join(lines)


def render_turtle(graph) -> str:
    """``graph.ttl``: every triple of the dataset, once, as sorted Turtle."""
    lines = ["# kg knowledge graph; ontology: https://w3id.org/kg-zh/ontology (kg/ontology/kg.ttl)", *_prefix_lines(), ""]
    lines += _render_block(_triples(_n3_quads(graph), {_iri_n3(p, True) for p in _RELATION_PREDICATES}))
    return _text_of_lines(lines)


def render_trig(graph) -> str:
    """``graph.trig``: the default graph, then one named graph per document."""
    default: list[tuple] = []
    named: dict[str, list[tuple]] = defaultdict(list)
    for s, p, o, g in _n3_quads(graph):
        (default if g is None else named[g]).append((s, p, o))
    lines = [
        "# kg knowledge graph; one named graph per document (named by the document's IRI)",
        *_prefix_lines(),
        "",
    ]
    lines += _render_block(default)
    for g in sorted(named):
        lines.append(f"<{g}> {{")
        block = _render_block(named[g], indent="    ")
        lines += block[:-1] if block and block[-1] == "" else block
        lines.append("}")
        lines.append("")
    return _text_of_lines(lines)


def render_ntriples_stream(graph) -> Iterator[str]:
    """N-Triples lines (each ending in a newline), streamed node by node.

    Lines are not globally sorted (that would need the whole graph in memory);
    they follow the graph's node and edge order, which is itself stable.
    """
    for s, p, o in _plain_triples(graph):
        yield f"{_term_n3(s, False)} {_term_n3(p, False)} {_term_n3(o, False)} .\n"


@functools.lru_cache(maxsize=1 << 18)
def _compact(iri: str) -> str:
    m = _NAMESPACE.match(iri)
    if m is not None and len(iri) > m.end() and not iri.startswith("//", m.end()):
        return f"{m.lastgroup}:{iri[m.end():]}"
    return iri


def render_jsonld(graph) -> str:
    """JSON-LD with an ``@context`` (the Turtle prefixes); same triples as ``graph.ttl``.

    The text is ``json.dumps(document, ensure_ascii=False, indent=1)`` of ``{"@context": ..., "@graph":
    [node, ...]}`` (nodes sorted by ``@id``, their keys ``@type`` first then sorted, the values of a key
    sorted, a single value unwrapped), written here node by node from plain tuples (x10: 3.2 -> 1.5 s).
    A value is a string (an ``@type``, a plain literal) or an object (``{"@id": ...}``, ``{"@value": ...,
    "@language": ...}``, ``{"@value": ..., "@type": ...}``); strings sort before objects, objects by their
    sorted items. See :func:`_jsonld_term` for the tuples. A value's text is made once, however often it
    recurs (a sentence, a document, an offset)."""
    nodes: dict[str, dict[str, list]] = {}
    keys: dict = {}  # predicate -> its key in a node ("@type" for rdf:type)
    values: dict = {}  # term -> value (as the object of any predicate but rdf:type)
    types: dict = {}  # class IRI -> value as an @type
    last_s = node = None
    for s, p, o in _plain_triples(graph):
        if s is not last_s:
            last_s = s
            sid = _compact(s)
            node = nodes.get(sid)
            if node is None:
                node = nodes[sid] = {}
        key = keys.get(p)
        if key is None:
            key = keys[p] = "@type" if p == _R.type else _compact(p)
        seen = types if key == "@type" else values
        value = seen.get(o)
        if value is None:
            value = seen[o] = _jsonld_term(o, key)
        vals = node.get(key)
        if vals is None:
            node[key] = [value]
        else:
            vals.append(value)
    del values, types
    js = _json_string
    key_rank = {k: i for i, k in enumerate(sorted(set(keys.values()), key=_jsonld_key_order))}
    key_text = {k: js(k) + ": " for k in key_rank}
    alone: dict = {}  # value -> its text as a key's only value
    blocks = []
    for sid in sorted(nodes):
        props = nodes[sid]
        parts = ['"@id": ' + js(sid)]
        for key in sorted(props, key=key_rank.__getitem__):
            vals = props[key]
            if len(vals) == 1:
                value = vals[0]
                text = alone.get(value)
                if text is None:
                    _, kind, a, b = value
                    text = alone[value] = js(a) if not kind else _JSONLD_ONE[kind].format(js(a), js(b))
                parts.append(key_text[key] + text)
            else:
                vals.sort()
                parts.append(key_text[key] + "[\n    " + ",\n    ".join(
                    [js(a) if not kind else _JSONLD_IN_LIST[kind].format(js(a), js(b)) for _, kind, a, b in vals])
                    + "\n   ]")
        blocks.append("{\n   " + ",\n   ".join(parts) + "\n  }")
    head = '{\n "@context": ' + _json_indent1(JSONLD_CONTEXT, 1) + ',\n "@graph": '
    if not blocks:
        return head + "[]\n}\n"
    blocks[0] = head + "[\n  " + blocks[0]  # one join makes the text: no copies of it with a head and a tail
    blocks[-1] += "\n ]\n}\n"
    return ",\n  ".join(blocks)


def _jsonld_key_order(key: str) -> tuple:
    return (key != "@type", key)


def _jsonld_term(term, key: str) -> tuple:
    """A node's value for :func:`render_jsonld` as a tuple that sorts as the value does (see there):
    ``(0, "", text, "")`` for a string (a type, a plain literal), ``(1, "@id", iri, "")``,
    ``(1, "@language", language, text)``, ``(1, "@type", datatype, text)``."""
    if type(term) is not _Lit:
        iri = _compact(term)
        return (0, "", iri, "") if key == "@type" else (1, "@id", iri, "")
    if term.language:
        return (1, "@language", term.language, term.value)
    dt = _datatype_key(term.datatype)
    return (0, "", term.value, "") if dt is None else (1, "@type", dt, term.value)


#: The JSON text of a value of _jsonld_term that is a JSON object: ``.format(JSON of its third item, JSON of its
#: fourth)``, as a key's only value (one level deeper than the key) and inside a list (two levels deeper).
_JSONLD_ONE = {
    "@id": '{{\n    "@id": {0}\n   }}',
    "@language": '{{\n    "@value": {1},\n    "@language": {0}\n   }}',
    "@type": '{{\n    "@value": {1},\n    "@type": {0}\n   }}',
}
_JSONLD_IN_LIST = {kind: text.replace("\n    ", "\n     ").replace("\n   }", "\n    }")
                   for kind, text in _JSONLD_ONE.items()}


@functools.lru_cache(maxsize=64)
def _datatype_key(datatype) -> str | None:
    """A literal's datatype as JSON-LD writes it: None for a plain string."""
    if datatype is None or datatype == _X.string:
        return None
    return _compact(datatype)


_json_string = json.encoder.encode_basestring  # the C escaper of json.dumps(ensure_ascii=False)


def _json_indent1(value, level: int = 0) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=1)``, the same text in less time (x10 JSON-LD: 1.9 ->
    1.2 s): with an indent, json.dumps leaves its C encoder for a pure-Python one. Strings, lists and dicts with string
    keys are written here; anything else by json.dumps itself, indented to its level (a JSON text has
    no raw line break inside its strings)."""
    kind = type(value)
    if kind is str:
        return _json_string(value)
    if kind is list:
        if not value:
            return "[]"
        inner = "\n" + " " * (level + 1)
        parts = [_json_string(v) if type(v) is str else _json_indent1(v, level + 1) for v in value]
        return "[" + inner + ("," + inner).join(parts) + "\n" + " " * level + "]"
    if kind is dict and value:
        inner = "\n" + " " * (level + 1)
        parts = []
        for k, v in value.items():
            if type(k) is not str:
                break  # json.dumps turns other keys into strings its own way
            parts.append(f"{_json_string(k)}: {_json_string(v) if type(v) is str else _json_indent1(v, level + 1)}")
        else:
            return "{" + inner + ("," + inner).join(parts) + "\n" + " " * level + "}"
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * level)


# --------------------------------------------------------------------------
# RDF file -> networkx graph


def resolve_graph_path(path) -> Path:
    """An export folder means its ``graph.ttl``; a file is itself."""
    p = Path(path)
    if p.is_dir():
        for name in ("graph.ttl", "graph.trig", "graph.nq", "graph.nt"):
            if (p / name).is_file():
                return p / name
        raise FileNotFoundError(f"{p} has no graph.ttl (run `kg build ... --out {p}` first)")
    if not p.is_file():
        raise FileNotFoundError(f"{p}: no such file")
    return p


def _py(term):
    """A pyoxigraph term as a Python value (IRIs as str)."""
    import pyoxigraph as ox

    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt == str(XSD.integer):
            return int(term.value)
        if dt in (str(XSD.decimal), str(XSD.double)):
            return float(term.value)
        return term.value
    return term.value


def read_graph(path):
    """Read a ``graph.ttl`` (or ``.trig``/``.nt``, or an export folder) back into the networkx contract.

    Round-trips what :func:`render_turtle` writes, except attributes RDF does
    not carry (a document's ``region`` and ``speaker`` come from its
    ``about``/``deliveredBy`` links; ``parents`` follows ``kg:partOf``).
    """
    import networkx as nx
    import pyoxigraph as ox

    p = resolve_graph_path(path)
    props: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for q in ox.parse(path=str(p)):
        if isinstance(q.subject, ox.NamedNode):
            props[q.subject.value][q.predicate.value].append(q.object)

    def one(s, pred, default=None):
        vals = props.get(s, {}).get(str(pred))
        return _py(vals[0]) if vals else default

    def many(s, pred):
        return [_py(v) for v in props.get(s, {}).get(str(pred), [])]

    def label(iri):
        return one(iri, RDFS.label)

    doc_ids = {}
    for s, pr in props.items():
        types = {t.value for t in pr.get(str(RDF.type), [])}
        if types & {str(KG.Report), str(KG.NewsArticle)}:
            doc_ids[s] = one(s, KG.docId) or node_id(s).removeprefix("doc/")

    def doc_of(iri):
        return doc_ids.get(iri) or node_id(iri).removeprefix("doc/")

    g = nx.MultiDiGraph()
    class_names = {str(c): name for name, c in _ENTITY_CLASSES.items()}
    for s in sorted(props):
        pr = props[s]
        types = {t.value for t in pr.get(str(RDF.type), [])}
        etype = next((class_names[t] for t in sorted(types) if t in class_names), None)
        if etype:
            mentions = []
            for m in many(s, KG.hasMention):
                mentions.append(
                    {
                        "doc": doc_of(one(m, KG.inDocument)),
                        "start": one(m, KG.start),
                        "end": one(m, KG.end),
                        "text": one(m, KG.text, ""),
                        "sentence": one(m, KG.sentence, ""),
                        "sent_start": one(m, KG.sentenceStart, -1),
                    }
                )
            mentions.sort(key=lambda m: (m["doc"], m["start"], m["end"]))
            g.add_node(
                node_id(s),
                kind="entity",
                type=etype,
                name=label(s),
                aliases=sorted(many(s, SKOS.altLabel)),
                code=one(s, KG.divisionCode),
                level=one(s, KG.level),
                parents=[],
                docs=sorted(doc_of(d) for d in many(s, KG.mentionedIn)),
                mentions=mentions,
            )
        elif doc_ids.get(s):
            about = one(s, KG.about)
            speaker = one(s, KG.deliveredBy)
            g.add_node(
                node_id(s),
                kind="document",
                type="Report",
                doc_kind="news" if str(KG.NewsArticle) in types else "report",
                doc=doc_ids[s],
                title=one(s, KG.title),
                source=one(s, KG.sourceFile),
                start=one(s, KG.start),
                end=one(s, KG.end),
                region=label(about) if about else None,
                year=one(s, KG.year),
                reviewed_year=one(s, KG.reviewedYear),
                speaker=label(speaker) if speaker else None,
                post=one(s, KG.speakerPost),
                meeting=one(s, KG.meeting),
                date=one(s, KG.date),
            )
        elif str(KG.Observation) in types:
            area = one(s, KG.refArea)
            metric = one(s, KG.metric)
            doc = one(s, KG.inDocument)
            g.add_node(
                node_id(s),
                kind="indicator",
                type="Indicator",
                metric=label(metric) if metric else None,
                value=one(s, KG.value),
                unit=one(s, KG.unit),
                growth_pct=one(s, KG.growthPct),
                year=one(s, KG.year),
                region=label(area) if area else None,
                doc=doc_of(doc) if doc else "",
                start=one(s, KG.start, -1),
                end=one(s, KG.end, -1),
                text=one(s, KG.text, ""),
            )

    # Structural edges.
    for n, a in list(g.nodes(data=True)):
        s = str(entity_iri(n))
        if a["kind"] == "document":
            for name in ("about", "deliveredBy", "hasIndicator"):
                for o in many(s, _STRUCTURAL[name]):
                    attrs = {"type": name}
                    if name == "deliveredBy":
                        attrs["post"] = a.get("post")
                    g.add_edge(n, node_id(o), key=name, **attrs)
        elif a["kind"] == "indicator":
            for o in many(s, KG.refArea):
                g.add_edge(n, node_id(o), key="refArea", type="refArea")

    # Relations, with their evidence from the assertion nodes.
    for s, pr in sorted(props.items()):
        if str(KG.Assertion) not in {t.value for t in pr.get(str(RDF.type), [])}:
            continue
        rel = one(s, RDF.predicate).removeprefix(str(KG._NS))
        head, tail = node_id(one(s, RDF.subject)), node_id(one(s, RDF.object))
        evidence = []
        for e in many(s, KG.hasEvidence):
            doc = one(e, KG.inDocument)
            evidence.append(
                {
                    "doc": doc_of(doc) if doc else "",
                    "start": one(e, KG.start, -1),
                    "end": one(e, KG.end, -1),
                    "sentence": one(e, KG.sentence, ""),
                    "source": one(e, KG.evidenceSource, "text"),
                }
            )
        evidence.sort(key=lambda e: (e["doc"], e["start"], e["end"], e["source"]))
        g.add_edge(head, tail, key=rel, type=rel, evidence=evidence)

    # A region's parent chain, nearest first, along kg:partOf.
    for n, a in g.nodes(data=True):
        if a.get("type") != "Region":
            continue
        chain, cur, seen = [], n, {n}
        while True:
            ups = sorted(v for _, v, k in g.out_edges(cur, keys=True) if k == "partOf" and v not in seen)
            if not ups:
                break
            cur = ups[0]
            seen.add(cur)
            chain.append(g.nodes[cur].get("name"))
        a["parents"] = chain
    return g
