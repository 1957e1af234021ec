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
