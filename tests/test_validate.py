"""SHACL validation: a correct graph conforms; each kind of damage is reported."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, RDFS, Literal

from kg import rdf
from kg.validate import validate_graph
from kg.vocab import KG

from test_rdf import D1, contract_graph

SHAPES = Path(__file__).resolve().parents[1] / "ontology" / "shapes.ttl"


def test_contract_graph_conforms():
    conforms, report, count = validate_graph(contract_graph())
    assert (conforms, count) == (True, 0), report
    assert "no violations" in report


@pytest.mark.parametrize("suffix", ["graph.ttl", "graph.trig", "graph.nt", "."])
def test_validate_reads_files_and_folders(tmp_path, suffix):
    g = contract_graph()
    (tmp_path / "graph.ttl").write_text(rdf.render_turtle(g), encoding="utf-8")
    (tmp_path / "graph.trig").write_text(rdf.render_trig(g), encoding="utf-8")
    (tmp_path / "graph.nt").write_text("".join(rdf.render_ntriples_stream(g)), encoding="utf-8")
    conforms, report, count = validate_graph(tmp_path / suffix)
    assert conforms and count == 0, report


def _set_node(nid, **attrs):
    def damage(g):
        g.nodes[nid].update(attrs)
    return damage


def _add_edge(u, v, rtype, evidence=None):
    def damage(g):
        g.add_edge(u, v, key=rtype, type=rtype, evidence=evidence if evidence is not None else [])
    return damage


def _evidence(**changes):
    def damage(g):
        g.edges["person/zhuzhijie", "region/330784", "holdsPost"]["evidence"][0].update(changes)
    return damage


def _mention(**changes):
    def damage(g):
        g.nodes["enterprise/hailiang"]["mentions"][0].update(changes)
    return damage


@pytest.mark.parametrize(
    "damage, expected",
    [
        (_set_node("region/330784", code="33078"), "division code has 6, 9 or 12 digits"),
        (_set_node("region/330784", level="prefecture"), "region/330784"),
        (_set_node("project/hlpark", name=None), "exactly one non-empty rdfs:label"),
        (_add_edge("region/330700", "region/330784", "partOf", [dict(doc="", source="gazetteer")]), "is part of itself (kg:partOf cycle)"),
        (_add_edge("person/zhuzhijie", "project/hlpark", "investsIn", [dict(doc=D1, start=1, end=2, sentence="x", source="text")]), "does not have class kg:Enterprise"),
        (_add_edge("enterprise/hailiang", "person/zhuzhijie", "locatedIn", [dict(doc=D1, start=1, end=2, sentence="x", source="text")]), "kg:locatedIn"),
        (_add_edge("project/hlpark", "region/330700", "locatedIn", []), "needs at least one kg:Evidence"),
        (_evidence(start=140, end=120), "smaller than kg:end"),
        (_evidence(doc="999_missing-01"), "must point to a kg:Report or kg:NewsArticle"),
        (_evidence(source="guess"), "kg:evidenceSource"),
        (_mention(text=""), "kg:text"),
        (_set_node(f"obs/{D1}/1", value=None, growth_pct=None), "states a value or a growth rate"),
        (_set_node(f"obs/{D1}/1", year=1234), "kg:year"),
        (_set_node("doc/" + D1, start=30000), "kg:start"),
    ],
)
def test_damaged_graph_is_reported(damage, expected):
    g = contract_graph()
    damage(g)
    conforms, report, count = validate_graph(g)
    assert not conforms
    assert count >= 1
    assert expected in report, report


def _rdf_graph():
    data = rdflib.Graph()
    for t in rdf.iter_triples(contract_graph()):
        data.add(t)
    return data


def test_relation_without_assertion_node_is_reported():
    data = _rdf_graph()
    hl, park = rdf.entity_iri("enterprise/hailiang"), rdf.entity_iri("project/hlpark")
    (assertion,) = data.subjects(RDF.subject, hl)
    data.remove((assertion, None, None))
    conforms, report, count = validate_graph(data)
    assert not conforms and "has no kg:Assertion node" in report, report
    # ...and the evidence spans it owned are now orphans.
    assert "kg:hasEvidence" in report or "kg:Assertion" in report
    assert (hl, KG.investsIn, park) in data


def test_assertion_without_its_triple_is_reported():
    data = _rdf_graph()
    data.remove((rdf.entity_iri("enterprise/hailiang"), KG.investsIn, rdf.entity_iri("project/hlpark")))
    conforms, report, _count = validate_graph(data)
    assert not conforms and "names a relation triple that is missing from the graph" in report, report


def test_wrong_label_language_is_reported():
    data = _rdf_graph()
    s = rdf.entity_iri("region/330784")
    data.remove((s, RDFS.label, None))
    data.add((s, RDFS.label, Literal("Yongkang", lang="en")))
    conforms, report, count = validate_graph(data)
    assert (conforms, count) == (False, 1)
    assert "@zh" in report


def test_report_lists_at_most_fifty_then_summarises():
    g = contract_graph()
    for i in range(60):
        g.add_node(f"person/p{i}", kind="entity", type="Person", name="", aliases=[], mentions=[])
    conforms, report, count = validate_graph(g)
    assert (conforms, count) == (False, 60)
    assert "and 10 more" in report
    assert len(report.splitlines()) < 60


def test_every_class_has_a_shape():
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    targeted = set(shapes.objects(None, sh.targetClass))
    onto = rdflib.Graph().parse(Path(SHAPES).with_name("kg.ttl"), format="turtle")
    classes = {c for c in onto.subjects(RDF.type, rdflib.OWL.Class) if str(c).startswith(str(KG._NS))}
    assert classes - targeted == set()


@pytest.mark.slow
def test_seed_build_conforms(seed_exports):
    conforms, report, count = validate_graph(seed_exports)
    assert (conforms, count) == (True, 0), report
