"""The kg ontology's terms as a closed rdflib namespace, and the IRI bases.

``KG`` mirrors ``ontology/kg.ttl`` term for term: a misspelt term raises
instead of minting a new IRI (``_fail = True``). ``tests/test_rdf.py`` keeps
this class and the Turtle file equal.

>>> KG.partOf
rdflib.term.URIRef('https://w3id.org/kg-zh/ontology#partOf')
>>> KG.partof
Traceback (most recent call last):
...
AttributeError: term 'partof' not in namespace 'https://w3id.org/kg-zh/ontology#'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = [
    "KG",
    "ONTOLOGY_IRI",
    "ID_BASE",
    "ID",
    "PREFIXES",
]

#: The ontology document's IRI (kg.ttl declares ``<ONTOLOGY_IRI> a owl:Ontology``).
ONTOLOGY_IRI = URIRef("https://w3id.org/kg-zh/ontology")

#: Base of every instance IRI: entities, documents, mentions, observations.
ID_BASE = "https://w3id.org/kg-zh/id/"
ID = Namespace(ID_BASE)


class KG(DefinedNamespace):
    """Terms of ``ontology/kg.ttl``."""

    _NS = Namespace("https://w3id.org/kg-zh/ontology#")
    _fail = True

    # Entity classes
    Region: URIRef
    Enterprise: URIRef
    Project: URIRef
    Initiative: URIRef
    Person: URIRef
    # Documents
    Document: URIRef
    Report: URIRef
    NewsArticle: URIRef
    # Provenance
    Evidence: URIRef
    Mention: URIRef
    Assertion: URIRef
    # Indicators
    Observation: URIRef
    Metric: URIRef

    # The five relations
    partOf: URIRef
    locatedIn: URIRef
    investsIn: URIRef
    cooperatesWith: URIRef
    holdsPost: URIRef
    # Entity attributes and provenance links
    divisionCode: URIRef
    level: URIRef
    hasMention: URIRef
    mentionedIn: URIRef
    hasEvidence: URIRef
    inDocument: URIRef
    start: URIRef
    end: URIRef
    sentence: URIRef
    sentenceStart: URIRef
    text: URIRef
    evidenceSource: URIRef
    # Report facts
    docId: URIRef
    title: URIRef
    sourceFile: URIRef
    about: URIRef
    year: URIRef
    reviewedYear: URIRef
    deliveredBy: URIRef
    speakerPost: URIRef
    meeting: URIRef
    date: URIRef
    # Indicators
    hasIndicator: URIRef
    refArea: URIRef
    metric: URIRef
    value: URIRef
    unit: URIRef
    growthPct: URIRef


#: Prefixes written at the top of every Turtle/TriG file and in the JSON-LD @context.
PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "kgid": ID_BASE,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
}
