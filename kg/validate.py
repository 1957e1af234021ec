"""Check an exported graph against the SHACL shapes in ``ontology/shapes.ttl``.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("region/330784", kind="entity", type="Region", name="永康市", code="33078")
>>> conforms, report, count = validate_graph(g)
>>> conforms, count
(False, 1)
>>> print(report.splitlines()[1])
- <https://w3id.org/kg-zh/id/region/330784> (永康市) kg:divisionCode: a division code has 6, 9 or 12 digits [value: 33078]
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from kg.resources import ontology_path

__all__ = ["validate_graph", "load_data_graph", "MAX_LISTED"]

#: How many violations the human report lists one by one.
MAX_LISTED = 50


def load_data_graph(path_or_graph):
    """An ``rdflib.Graph`` from an export folder, a .ttl/.trig/.nt/.jsonld file,
    an rdflib graph or a networkx graph of the ``kg.graph`` contract."""
    import rdflib

    if isinstance(path_or_graph, rdflib.Graph):
        if isinstance(path_or_graph, rdflib.Dataset):
            union = rdflib.Graph()
            for s, p, o, _g in path_or_graph.quads((None, None, None, None)):
                union.add((s, p, o))
            return union
        return path_or_graph
    if isinstance(path_or_graph, (str, Path)):
        from kg.query import load_rdflib_graph

        return load_rdflib_graph(path_or_graph)
    from kg.rdf import iter_triples

    g = rdflib.Graph()
    for t in iter_triples(path_or_graph):
        g.add(t)
    return g


def _short(term, data) -> str:
    from rdflib import RDFS, Literal

    if term is None:
        return ""
    if isinstance(term, Literal):
        return str(term)
    text = str(term)
    for prefix, ns in (("kg:", "https://w3id.org/kg-zh/ontology#"), ("rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
                       ("rdfs:", "http://www.w3.org/2000/01/rdf-schema#"), ("skos:", "http://www.w3.org/2004/02/skos/core#")):
        if text.startswith(ns):
            return prefix + text[len(ns):]
    label = data.value(term, RDFS.label)
    return f"<{text}> ({label})" if label is not None else f"<{text}>"


def _fill_message(message, data):
    """pyshacl writes IRIs into {?var} messages in full; shorten them and add labels."""
    import re

    if message is None:
        return None
    from rdflib import URIRef

    return re.sub(r"https?://[^\s<>\"{}]+", lambda m: _short(URIRef(m.group()), data), str(message))


def validate_graph(path_or_graph) -> tuple[bool, str, int]:
    """(conforms, a human-readable report, number of violations).

    ``path_or_graph`` is an export folder (its ``graph.ttl``), an RDF file,
    an rdflib graph or a networkx graph in the ``kg.graph`` contract.
    """
    import pyshacl
    import rdflib
    from rdflib.namespace import SH

    data = load_data_graph(path_or_graph)
    shapes = rdflib.Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    conforms, results, _text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True
    )
    lines = []
    by_kind: Counter[str] = Counter()
    report_nodes = list(results.subjects(rdflib.RDF.type, SH.ValidationReport))
    for r in (r for rep in report_nodes for r in results.objects(rep, SH.result)):
        if results.value(r, SH.resultSeverity) != SH.Violation:
            continue
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        value = results.value(r, SH.value)
        message = _fill_message(results.value(r, SH.resultMessage), data)
        if message is None:
            message = _short(results.value(r, SH.sourceConstraintComponent), data)
        # Whole-graph checks target a vocabulary term; the culprit is in the message.
        whole = str(focus).startswith("https://w3id.org/kg-zh/ontology#")
        if whole:
            value = None
        where = "(graph)" if whole else _short(focus, data) + (f" {_short(path, data)}" if path is not None and not isinstance(path, rdflib.BNode) else "")
        line = f"- {where}: {message}" + (f" [value: {_short(value, data)}]" if value is not None and value != focus else "")
        lines.append(line)
        by_kind[str(message)] += 1
    lines.sort()
    count = len(lines)
    if count == 0:
        return True, f"conforms: {len(data)} triples checked against {ontology_path('shapes.ttl').name}, no violations", 0
    head = f"{count} violation{'s' if count != 1 else ''} of {ontology_path('shapes.ttl').name}:"
    shown = lines[:MAX_LISTED]
    if count > MAX_LISTED:
        shown.append(f"... and {count - MAX_LISTED} more; by message:")
        shown += [f"  {n:6d}  {msg}" for msg, n in by_kind.most_common()]
    return False, "\n".join([head, *shown]), count
