"""Entities, relations and report facts assembled into one networkx MultiDiGraph.

This module's docstring is the graph contract that the exporters (``kg.rdf``,
``kg.viz``) rely on. All ids are stable ASCII strings: the same input gives the
same ids in every build.

Nodes
-----
Entity nodes (id = ``Entity.id``, e.g. ``region/330784``, ``project/3f2a9c0d1e2b4a5c``)::

    kind="entity", type ∈ {Region, Enterprise, Project, Initiative, Person},
    name: str (canonical), aliases: list[str] (other surface names, sorted),
    code: str | None (official division code), level: str | None
    (province|city|county|town|village|macro|other), parents: list[str]
    (canonical parent chain, nearest first), docs: list[str] (document ids, sorted),
    mentions: list[dict(doc, start, end, text, sentence, sent_start)]
    (offsets in the original input file; sorted by doc, start)

Document nodes (id = ``"doc/" + Document.id``)::

    kind="document", type="Report", doc_kind ∈ {report, news}, doc: str (Document.id),
    title, source, start, end, region, year, reviewed_year, speaker, post,
    meeting, date (fields as in the manifest; None where unknown)

Indicator nodes (id = ``"obs/<doc id>/<n>"``)::

    kind="indicator", type="Indicator", metric, value, unit, growth_pct, year,
    region, doc, start, end, text

Edges (key = the edge's ``type``)
---------------------------------
Relations between entities, ``type`` ∈ RELATION_TYPES, with
``evidence``: list[dict(doc, start, end, sentence, source)] where source is
``text`` (stated in a sentence), ``name`` (stated by an entity's name) or
``gazetteer`` (a region's parent chain from the division dataset; doc is "").
``cooperatesWith`` is stored once, from the smaller node id to the larger.

Structural edges: ``about`` (document → its Region), ``deliveredBy``
(document → speaker Person, attr ``post``), ``hasIndicator`` (document →
indicator), ``refArea`` (indicator → Region).
"""

from __future__ import annotations  # noqa: E402  (after the contract docstring)

import operator  # noqa: E402

from kg.gazetteer import gazetteer  # noqa: E402
from kg.model import Document, Entity, Relation, ReportFacts  # noqa: E402
from kg.resolve import entity_id, place_entity_id  # noqa: E402

__all__ = ["build_graph", "load_graph", "graph_counts"]


def _evidence(doc: str, start: int, end: int, sentence: str, source: str) -> dict:
    return {"doc": doc, "start": start, "end": end, "sentence": sentence, "source": source}


_MENTION_ORDER = operator.attrgetter("doc", "start", "end")


def build_graph(
    entities: list[Entity],
    relations: list[Relation],
    documents: list[tuple[Document, ReportFacts, str]],
):
    """The knowledge graph: entities, their relations (with evidence) and the reports.

    ``documents`` holds ``(document, facts, file sha256)`` triples.
    """
    import networkx as nx

    g = gazetteer()
    graph = nx.MultiDiGraph()
    by_key: dict[tuple[str, str], str] = {}
    for e in entities:
        mentions = [{"doc": m.doc, "start": m.start, "end": m.end, "text": m.text, "sentence": m.sentence,
                     "sent_start": m.sent_start} for m in sorted(e.mentions, key=_MENTION_ORDER)]
        graph.add_node(
            e.id, kind="entity", type=e.type, name=e.name, aliases=list(e.aliases), code=e.code, level=e.level,
            parents=list(e.parents), docs=sorted({m["doc"] for m in mentions}), mentions=mentions,
        )
        by_key[(e.type, e.name)] = e.id
        for m in e.mentions:
            by_key.setdefault((m.type, m.name), e.id)
    # relations stated in text or by names; a region named only inside a name (西城街道 of 西城街道第一所公办幼儿园)
    # is a node of its own, found in the division data near the report's region
    doc_region = {doc.id: facts.region for doc, facts, _ in documents}
    named: list[str] = []

    def end_of(key: tuple[str, str], doc: str) -> str | None:
        node = by_key.get(key)
        if node is not None or key[0] != "Region":
            return node
        place = g.resolve(key[1], context=doc_region.get(doc))
        if place is None or place.name != key[1]:
            return None
        node = place_entity_id(place.id)
        if node not in graph:
            _add_unmentioned(graph, node, "Region", place.name, doc, code=place.code, level=place.level,
                             parents=[p.name for p in g.chain(place)])
            named.append(node)
        elif doc not in graph.nodes[node]["docs"]:
            graph.nodes[node]["docs"] = sorted([*graph.nodes[node]["docs"], doc])
        return node

    edges: dict[tuple[str, str, str], list[dict]] = {}
    for r in relations:
        u, v = end_of(r.head, r.doc), end_of(r.tail, r.doc)
        if not u or not v or u == v:
            continue
        if r.type == "cooperatesWith" and u > v:
            u, v = v, u
        edges.setdefault((u, v, r.type), []).append(_evidence(r.doc, r.start, r.end, r.sentence, r.source))
    # parent chains of linked regions, from the division dataset
    for node in [e.id for e in entities if e.type == "Region"] + named:
        place_id = node[len("region/"):]
        if place_id in g.places:
            place = g.get(place_id)
            if place.parent and place.parent in g.places:
                parent_id = place_entity_id(place.parent)
                if parent_id in graph:
                    edges.setdefault((node, parent_id, "partOf"), []).append(_evidence("", -1, -1, "", "gazetteer"))
    for (u, v, rtype), evidence in sorted(edges.items()):
        uniq = sorted({tuple(sorted(d.items())): d for d in evidence}.values(),
                      key=lambda d: (d["source"] != "text", d["doc"], d["start"]))
        graph.add_edge(u, v, key=rtype, type=rtype, evidence=uniq)
    # reports, speakers and indicators
    for doc, facts, _sha in documents:
        node = f"doc/{doc.id}"
        graph.add_node(
            node, kind="document", type="Report", doc_kind=facts.kind, doc=doc.id, title=facts.title,
            source=doc.source, start=doc.start, end=doc.end, region=facts.region, year=facts.year,
            reviewed_year=facts.reviewed_year, speaker=facts.speaker, post=facts.post, meeting=facts.meeting,
            date=facts.date,
        )
        region_id = None
        if facts.region:
            place = g.resolve(facts.region)
            known = place if place and place.name == facts.region else None  # the gazetteer's own place
            region_id = (place_entity_id(known.id) if known else None) or by_key.get(("Region", facts.region))
            region_id = region_id or entity_id("Region", facts.region)
            _add_unmentioned(graph, region_id, "Region", facts.region, doc.id,
                             code=known.code if known else None, level=known.level if known else None)
            graph.add_edge(node, region_id, key="about", type="about")
        if facts.speaker:
            pid = by_key.get(("Person", facts.speaker)) or entity_id("Person", facts.speaker)
            _add_unmentioned(graph, pid, "Person", facts.speaker, doc.id)
            graph.add_edge(node, pid, key="deliveredBy", type="deliveredBy", post=facts.post)
            if region_id and facts.post:
                if not graph.has_edge(pid, region_id, key="holdsPost"):
                    graph.add_edge(pid, region_id, key="holdsPost", type="holdsPost",
                                   evidence=[_evidence(doc.id, doc.start, doc.start, "", "text")])
        for n, ind in enumerate(facts.indicators):
            obs = f"obs/{doc.id}/{n}"
            graph.add_node(
                obs, kind="indicator", type="Indicator", metric=ind.metric, value=ind.value, unit=ind.unit,
                growth_pct=ind.growth_pct, year=ind.year, region=facts.region, doc=doc.id, start=ind.start,
                end=ind.end, text=ind.text,
            )
            graph.add_edge(node, obs, key="hasIndicator", type="hasIndicator")
            if region_id:
                graph.add_edge(obs, region_id, key="refArea", type="refArea")
    return graph


def _add_unmentioned(graph, node: str, etype: str, name: str, doc: str, *, code=None, level=None, parents=()) -> None:
    """An entity that no mention names: a report's region or speaker from its facts, a region named inside a name."""
    if node not in graph:
        graph.add_node(node, kind="entity", type=etype, name=name, aliases=[], code=code, level=level,
                       parents=list(parents), docs=[doc], mentions=[])


def graph_counts(graph) -> dict:
    """Entities per type and relations per type (manifest "counts")."""
    from kg.model import ENTITY_TYPES, RELATION_TYPES

    entities = {t: 0 for t in ENTITY_TYPES}
    other = {"Report": 0, "Indicator": 0}
    for _, a in graph.nodes(data=True):
        if a.get("kind") == "entity":
            entities[a["type"]] = entities.get(a["type"], 0) + 1
        elif a.get("kind") == "document":
            other["Report"] += 1
        elif a.get("kind") == "indicator":
            other["Indicator"] += 1
    relations = {t: 0 for t in RELATION_TYPES}
    for _, _, k in graph.edges(keys=True):
        if k in relations:
            relations[k] += 1
    return {"entities": entities, "relations": relations, **{k.lower() + "s": v for k, v in other.items()}}


def load_graph(path):
    """The networkx graph of an export: a folder (its graph.ttl) or a Turtle/TriG file."""
    from kg.rdf import read_graph

    return read_graph(path)
