"""RDF export: ontology and closed namespace in step, IRIs, determinism,
provenance by SPARQL, and files that rdflib, pyoxigraph and rapper all read alike."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import OWL, RDF, RDFS, Literal, URIRef
from rdflib.compare import isomorphic

from kg import rdf
from kg.resources import ontology_path
from kg.vocab import ID_BASE, KG

REPO = Path(__file__).resolve().parents[1]
SCHEMA = rdflib.Namespace("https://schema.org/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")

D1 = "000_691ca3d4065d2225-01"
D2 = "003_7a8c45a8c6b1753b-09"
SENT_POST = "永康市人民政府市长朱志杰"
SENT_QDX = "宁波保税区庆达西(宁波)钢构制造有限公司"
SENT_HL = "海亮集团投资建设海亮有色智造工业园"


def _mention(doc, start, text, sentence, sent_start):
    return dict(doc=doc, start=start, end=start + len(text), text=text, sentence=sentence, sent_start=sent_start)


def contract_graph() -> nx.MultiDiGraph:
    """A small graph that follows the kg.graph contract, with names from the seeds."""
    g = nx.MultiDiGraph()

    def entity(nid, etype, name, *, aliases=(), code=None, level=None, parents=(), mentions=()):
        g.add_node(
            nid, kind="entity", type=etype, name=name, aliases=sorted(aliases), code=code, level=level,
            parents=list(parents), docs=sorted({m["doc"] for m in mentions}), mentions=list(mentions),
        )

    entity("region/330000", "Region", "浙江省", aliases=["浙江"], code="330000", level="province",
           mentions=[_mention(D1, 300, "浙江", "浙江省委的坚强领导下", 300)])
    entity("region/330700", "Region", "金华市", aliases=["金华"], code="330700", level="city", parents=["浙江省"],
           mentions=[_mention(D1, 200, "金华", "金华市永康市", 199)])
    entity("region/330784", "Region", "永康市", aliases=["永康"], code="330784", level="county",
           parents=["金华市", "浙江省"], mentions=[_mention(D1, 120, "永康市", SENT_POST, 120)])
    entity("region/330200", "Region", "宁波市", code="330200", level="city", parents=["浙江省"])
    entity("region/ningbo-bonded", "Region", "宁波保税区", level="other", parents=["宁波市", "浙江省"],
           mentions=[_mention(D2, 5000, "宁波保税区", SENT_QDX, 5000)])
    entity("person/zhuzhijie", "Person", "朱志杰", mentions=[_mention(D1, 129, "朱志杰", SENT_POST, 120)])
    entity("enterprise/qingdaxi", "Enterprise", "庆达西(宁波)钢构制造有限公司", aliases=["庆达西"],
           mentions=[_mention(D2, 5005, "庆达西(宁波)钢构制造有限公司", SENT_QDX, 5000)])
    entity("enterprise/hailiang", "Enterprise", "海亮集团", mentions=[_mention(D1, 900, "海亮集团", SENT_HL, 900)])
    entity("project/hlpark", "Project", "海亮有色智造工业园", mentions=[_mention(D1, 908, "海亮有色智造工业园", SENT_HL, 900)])
    entity("initiative/88", "Initiative", "八八战略",
           mentions=[_mention(D1, 50, "八八战略", "深入实施“八八战略”", 46), _mention(D2, 70, "八八战略", "“八八战略”再深化", 69)])

    g.add_node("doc/" + D1, kind="document", type="Report", doc_kind="report", doc=D1, title="2019年永康市政府工作报告",
               source="seeds/000_691ca3d4065d2225.txt", start=100, end=20000, region="永康市", year=2019,
               reviewed_year=2018, speaker="朱志杰", post="市长", meeting="永康市第十七届人民代表大会第三次会议",
               date="2019-02-27")
    g.add_node("doc/" + D2, kind="document", type="Report", doc_kind="news", doc=D2, title="宁波保税区招商新闻",
               source="seeds/003_7a8c45a8c6b1753b.txt", start=4000, end=6000, region="宁波保税区", year=2019,
               reviewed_year=None, speaker=None, post=None, meeting=None, date=None)
    for n, (metric, value, unit, growth, text) in enumerate(
        [("地区生产总值", 557.7, "亿元", 6.0, "全市实现地区生产总值557.7亿元,增长6%"),
         ("城镇居民人均可支配收入", 54581, "元", 8.3, "城乡居民可支配收入分别达到54581元和28342元,增长8.3%和9.9%")], 1):
        oid = f"obs/{D1}/{n}"
        g.add_node(oid, kind="indicator", type="Indicator", metric=metric, value=value, unit=unit, growth_pct=growth,
                   year=2018, region="永康市", doc=D1, start=400 + 50 * n, end=400 + 50 * n + len(text), text=text)
        g.add_edge("doc/" + D1, oid, key="hasIndicator", type="hasIndicator")
        g.add_edge(oid, "region/330784", key="refArea", type="refArea")
    g.add_edge("doc/" + D1, "region/330784", key="about", type="about")
    g.add_edge("doc/" + D1, "person/zhuzhijie", key="deliveredBy", type="deliveredBy", post="市长")
    g.add_edge("doc/" + D2, "region/ningbo-bonded", key="about", type="about")

    def rel(h, t, rtype, *evidence):
        g.add_edge(h, t, key=rtype, type=rtype, evidence=list(evidence))

    gaz = dict(doc="", start=-1, end=-1, sentence="", source="gazetteer")
    rel("region/330784", "region/330700", "partOf", gaz, dict(doc=D1, start=199, end=205, sentence="金华市永康市", source="name"))
    rel("region/330700", "region/330000", "partOf", gaz)
    rel("region/330200", "region/330000", "partOf", gaz)
    rel("region/ningbo-bonded", "region/330200", "partOf", gaz)
    rel("person/zhuzhijie", "region/330784", "holdsPost", dict(doc=D1, start=120, end=132, sentence=SENT_POST, source="text"))
    rel("enterprise/qingdaxi", "region/ningbo-bonded", "locatedIn", dict(doc=D2, start=5000, end=5019, sentence=SENT_QDX, source="name"))
    rel("enterprise/hailiang", "project/hlpark", "investsIn", dict(doc=D1, start=900, end=917, sentence=SENT_HL, source="text"))
    rel("project/hlpark", "region/330784", "locatedIn", dict(doc=D1, start=900, end=917, sentence=SENT_HL, source="text"))
    rel("region/330784", "region/ningbo-bonded", "cooperatesWith",
        dict(doc=D1, start=950, end=962, sentence="与宁波保税区合作共建", source="text"),
        dict(doc=D2, start=5100, end=5113, sentence="宁波保税区与永康市合作共建", source="text"))
    return g


@pytest.fixture(scope="module")
def graph():
    return contract_graph()


@pytest.fixture(scope="module")
def exported(tmp_path_factory, graph):
    """graph.ttl, graph.trig, graph.jsonld and graph.nt of the contract graph."""
    out = tmp_path_factory.mktemp("export")
    (out / "graph.ttl").write_text(rdf.render_turtle(graph), encoding="utf-8")
    (out / "graph.trig").write_text(rdf.render_trig(graph), encoding="utf-8")
    (out / "graph.jsonld").write_text(rdf.render_jsonld(graph), encoding="utf-8")
    (out / "graph.nt").write_text("".join(rdf.render_ntriples_stream(graph)), encoding="utf-8")
    return out


# ---------------------------------------------------------------- ontology


def _ontology():
    return rdflib.Graph().parse(ontology_path("kg.ttl"), format="turtle")


def _declared_terms(onto) -> set[str]:
    ns = str(KG._NS)
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {str(s)[len(ns):] for k in kinds for s in onto.subjects(RDF.type, k) if str(s).startswith(ns)}


def test_vocab_class_mirrors_ontology():
    declared = _declared_terms(_ontology())
    in_code = set(KG.__annotations__)
    assert declared == in_code, f"only in kg.ttl: {declared - in_code}; only in vocab.py: {in_code - declared}"


@pytest.mark.parametrize("term", ["partof", "Regions", "located_in", "Organisation"])
def test_vocab_namespace_is_closed(term):
    with pytest.raises(AttributeError):
        getattr(KG, term)


@pytest.mark.parametrize("term", sorted(KG.__annotations__))
def test_every_term_has_labels_and_comments_in_chinese_and_english(term):
    onto = _ontology()
    iri = KG[term]
    for prop in (RDFS.label, RDFS.comment):
        langs = {o.language for o in onto.objects(iri, prop) if isinstance(o, Literal)}
        assert {"zh", "en"} <= langs, f"{term} {prop} has languages {langs}"


@pytest.mark.parametrize(
    "term, relation, target",
    [
        (KG.Region, RDFS.subClassOf, SCHEMA.AdministrativeArea),
        (KG.Enterprise, RDFS.subClassOf, SCHEMA.Organization),
        (KG.Enterprise, RDFS.subClassOf, ORG.FormalOrganization),
        (KG.Project, RDFS.subClassOf, SCHEMA.Project),
        (KG.Person, RDFS.subClassOf, SCHEMA.Person),
        (KG.Evidence, RDFS.subClassOf, PROV.Entity),
        (KG.Metric, RDFS.subClassOf, SKOS.Concept),
        (KG.partOf, RDFS.subPropertyOf, SCHEMA.containedInPlace),
        (KG.deliveredBy, RDFS.subPropertyOf, PROV.wasAttributedTo),
        (KG.divisionCode, RDFS.subPropertyOf, SKOS.notation),
        (KG.cooperatesWith, RDF.type, OWL.SymmetricProperty),
        (KG.partOf, RDF.type, OWL.TransitiveProperty),
    ],
)
def test_ontology_alignments(term, relation, target):
    assert (term, relation, target) in _ontology()


@pytest.mark.parametrize("term, relation, target", [(KG.Region, RDFS.subClassOf, SCHEMA.Organization), (KG.Project, RDFS.subClassOf, SCHEMA.Person)])
def test_ontology_has_no_wrong_alignment(term, relation, target):
    assert (term, relation, target) not in _ontology()


def test_ontology_files_are_package_resources():
    from importlib.resources import files

    base = files("kg") / "ontology"
    for name in ("kg.ttl", "shapes.ttl"):
        assert (base / name).is_file()
    assert len([p for p in (base / "queries").iterdir() if p.name.endswith(".rq")]) >= 12


@pytest.mark.slow
def test_wheel_ships_the_ontology(tmp_path):
    pytest.importorskip("wheel", reason="building a wheel offline needs the `wheel` package (pip install wheel)")
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(REPO / "pyproject.toml", src)
    shutil.copytree(REPO / "kg", src / "kg", symlinks=False, ignore=shutil.ignore_patterns("__pycache__"))
    (src / "README.md").write_text("kg\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path / "dist"), str(src)],
        check=True, capture_output=True,
    )
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"kg/ontology/kg.ttl", "kg/ontology/shapes.ttl", "kg/ontology/queries/regions_under.rq"} <= names


# ---------------------------------------------------------------- IRIs


@pytest.mark.parametrize(
    "node, iri",
    [
        ("region/330784", ID_BASE + "region/330784"),
        ("doc/000_691ca3d4065d2225-03", ID_BASE + "doc/000_691ca3d4065d2225-03"),
        ("project/3f2a9c0d1e2b4a5c", ID_BASE + "project/3f2a9c0d1e2b4a5c"),
        ("project/长江 大桥", ID_BASE + "project/%E9%95%BF%E6%B1%9F%20%E5%A4%A7%E6%A1%A5"),
        ('x/<a>"b"{c}', ID_BASE + "x/%3Ca%3E%22b%22%7Bc%7D"),
        ("x/../y", ID_BASE + "x/%2E%2E/y"),
    ],
)
def test_entity_iri(node, iri):
    assert rdf.entity_iri(node) == URIRef(iri)
    assert rdf.node_id(iri) == node


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30))
def test_entity_iri_is_valid_and_reversible_for_any_text(text):
    iri = rdf.entity_iri(text)
    ox.NamedNode(str(iri))  # raises ValueError on an invalid IRI
    assert str(iri).isascii()
    assert rdf.node_id(iri) == text
    assert rdf.entity_iri(text) == iri


def test_node_id_rejects_foreign_iri():
    with pytest.raises(ValueError, match="not a kg instance IRI"):
        rdf.node_id("https://example.org/region/330784")


# ---------------------------------------------------------------- determinism


def test_same_graph_gives_identical_bytes_in_any_node_order(graph):
    shuffled = nx.MultiDiGraph()
    nodes = list(graph.nodes(data=True))
    edges = list(graph.edges(keys=True, data=True))
    random.Random(7).shuffle(nodes)
    random.Random(7).shuffle(edges)
    shuffled.add_nodes_from(nodes)
    shuffled.add_edges_from(edges)
    for render in (rdf.render_turtle, rdf.render_trig, rdf.render_jsonld):
        assert render(graph) == render(shuffled)
    assert "_:" not in rdf.render_turtle(graph)  # no blank nodes


def test_identical_bytes_across_processes(exported):
    code = (
        "import sys; sys.path.insert(0, %r); from test_rdf import contract_graph; from kg import rdf; "
        "sys.stdout.write(rdf.render_turtle(contract_graph()) + rdf.render_trig(contract_graph()))"
    ) % str(Path(__file__).parent)
    outs = set()
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        outs.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True, cwd=REPO).stdout)
    assert len(outs) == 1
    expected = (exported / "graph.ttl").read_text(encoding="utf-8") + (exported / "graph.trig").read_text(encoding="utf-8")
    assert outs.pop().decode() == expected


def test_read_graph_round_trips(exported, graph):
    back = rdf.read_graph(exported)
    assert rdf.render_turtle(back) == rdf.render_turtle(graph)
    a = back.nodes["region/330784"]
    assert (a["name"], a["code"], a["aliases"], a["parents"]) == ("永康市", "330784", ["永康"], ["金华市", "浙江省"])
    assert back.nodes["doc/" + D1]["speaker"] == "朱志杰"
    assert back.nodes[f"obs/{D1}/1"]["value"] == 557.7
    ev = back.edges["person/zhuzhijie", "region/330784", "holdsPost"]["evidence"]
    assert ev == [dict(doc=D1, start=120, end=132, sentence=SENT_POST, source="text")]


def test_literals_are_typed(exported):
    text = (exported / "graph.ttl").read_text(encoding="utf-8")
    assert 'rdfs:label "永康市"@zh' in text
    assert 'kg:value "557.7"^^xsd:decimal' in text
    assert 'kg:value "54581.0"^^xsd:decimal' in text
    assert 'kg:year "2019"^^xsd:integer' in text
    assert 'kg:date "2019-02-27"^^xsd:date' in text


def test_unknown_entity_type_is_an_error():
    g = nx.MultiDiGraph()
    g.add_node("org/1", kind="entity", type="Organisation", name="x")
    with pytest.raises(ValueError, match="Organisation"):
        rdf.render_turtle(g)


# ---------------------------------------------------------------- interop


def _rapper_count(path: Path, syntax: str) -> int:
    if shutil.which("rapper") is None:
        pytest.skip("rapper not installed (Debian package raptor2-utils)")
    done = subprocess.run(["rapper", "-i", syntax, "-c", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return int(done.stderr.split("returned")[1].split()[0])


def _turtle_count_everywhere(path: Path) -> int:
    """The triples of a Turtle file as rdflib counts them, after checking that pyoxigraph and rapper
    count the same."""
    n = len(rdflib.Graph().parse(path, format="turtle"))
    assert len(list(ox.parse(path=str(path)))) == n
    assert _rapper_count(path, "turtle") == n
    return n


def test_turtle_parses_alike_in_rdflib_pyoxigraph_and_rapper(exported):
    assert _turtle_count_everywhere(exported / "graph.ttl") > 200


def test_trig_has_one_named_graph_per_document_and_the_same_union(exported, graph):
    quads = list(ox.parse(path=str(exported / "graph.trig")))
    names = {q.graph_name.value for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)}
    docs = {str(rdf.entity_iri(n)) for n, a in graph.nodes(data=True) if a["kind"] == "document"}
    assert names == docs
    union = {(q.subject, q.predicate, q.object) for q in quads}
    ttl = {(q.subject, q.predicate, q.object) for q in ox.parse(path=str(exported / "graph.ttl"))}
    assert union == ttl
    assert _rapper_count(exported / "graph.trig", "trig") == len(quads)


def test_named_graph_holds_what_the_document_states(exported):
    ds = rdflib.Dataset()
    ds.parse(exported / "graph.trig", format="trig")
    rows = ds.query(
        "SELECT ?g WHERE { GRAPH ?g { ?h kg:cooperatesWith ?t } }", initNs={"kg": KG._NS}
    )
    assert {str(r.g) for r in rows} == {str(rdf.entity_iri("doc/" + D1)), str(rdf.entity_iri("doc/" + D2))}


def test_jsonld_has_context_and_same_triples(exported):
    doc = json.loads((exported / "graph.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"]["kg"] == str(KG._NS)
    ttl = rdflib.Graph().parse(exported / "graph.ttl", format="turtle")
    assert isomorphic(rdflib.Graph().parse(exported / "graph.jsonld", format="json-ld"), ttl)
    assert len(list(ox.parse(path=str(exported / "graph.jsonld")))) == len(ttl)


def test_ntriples_stream_has_same_triples(exported):
    nt = rdflib.Graph().parse(exported / "graph.nt", format="nt")
    assert isomorphic(nt, rdflib.Graph().parse(exported / "graph.ttl", format="turtle"))
    assert _rapper_count(exported / "graph.nt", "ntriples") == len(nt)


@pytest.mark.parametrize(
    "sentence",
    ['他说"八八战略"', "back\\slash", "two\nlines\ttab", "nul\x00char", "lone\udcffsurrogate", "'''\"\"\"", "emoji 🏭 𠀀"],
)
def test_awkward_text_still_gives_valid_rdf(tmp_path, sentence):
    g = contract_graph()
    g.edges["person/zhuzhijie", "region/330784", "holdsPost"]["evidence"][0]["sentence"] = sentence
    g.nodes["enterprise/hailiang"]["aliases"] = [sentence]
    path = tmp_path / "graph.ttl"
    path.write_text(rdf.render_turtle(g), encoding="utf-8")
    n = len(rdflib.Graph().parse(path, format="turtle"))
    assert len(list(ox.parse(path=str(path)))) == n
    assert _rapper_count(path, "turtle") == n
    expected = sentence.replace("\udcff", "\ufffd")
    got = {str(o) for o in rdflib.Graph().parse(path, format="turtle").objects(None, KG.sentence)}
    assert expected in got


def test_to_dataset_has_default_and_document_graphs(graph):
    ds = rdf.to_dataset(graph)
    names = {str(c.identifier) for c in ds.graphs() if len(c)}
    assert str(rdf.entity_iri("doc/" + D1)) in names
    assert str(rdf.entity_iri("doc/" + D2)) in names
    assert (rdf.entity_iri("region/330784"), RDFS.label, Literal("永康市", lang="zh")) in ds.graph(rdflib.graph.DATASET_DEFAULT_GRAPH_ID)


# ---------------------------------------------------------------- provenance


def test_every_relation_has_its_evidence_by_sparql(exported, graph):
    g = rdflib.Graph().parse(exported / "graph.ttl", format="turtle")
    q = """
    SELECT ?doc ?start ?end ?sentence ?source WHERE {
      ?a rdf:subject ?h ; rdf:predicate ?p ; rdf:object ?t ; kg:hasEvidence ?e .
      ?h ?p ?t .
      ?e kg:evidenceSource ?source .
      OPTIONAL { ?e kg:inDocument/kg:docId ?doc }
      OPTIONAL { ?e kg:start ?start ; kg:end ?end }
      OPTIONAL { ?e kg:sentence ?sentence }
    }"""
    n = 0
    for u, v, key, a in graph.edges(keys=True, data=True):
        if "evidence" not in a:
            continue
        rows = g.query(q, initNs={"kg": KG._NS}, initBindings={"h": rdf.entity_iri(u), "t": rdf.entity_iri(v), "p": KG[key]})
        got = sorted(
            (str(r.doc or ""), int(r.start) if r.start is not None else -1, int(r.end) if r.end is not None else -1, str(r.sentence or ""), str(r.source))
            for r in rows
        )
        want = sorted((e["doc"], e["start"], e["end"], e["sentence"], e["source"]) for e in a["evidence"])
        assert got == want, (u, key, v)
        n += 1
    assert n == 9


def test_every_entity_mention_by_sparql(exported, graph):
    g = rdflib.Graph().parse(exported / "graph.ttl", format="turtle")
    q = "SELECT ?doc ?start ?end ?sentence WHERE { ?x kg:hasMention ?m . ?m kg:inDocument/kg:docId ?doc ; kg:start ?start ; kg:end ?end ; kg:sentence ?sentence }"
    for n, a in graph.nodes(data=True):
        if a["kind"] != "entity":
            continue
        rows = g.query(q, initNs={"kg": KG._NS}, initBindings={"x": rdf.entity_iri(n)})
        got = sorted((str(r.doc), int(r.start), int(r.end), str(r.sentence)) for r in rows)
        assert got == sorted((m["doc"], m["start"], m["end"], m["sentence"]) for m in a["mentions"]), n


# ---------------------------------------------------------------- the seed build


@pytest.fixture(scope="module")
def seeds(seed_exports):
    """The seed build's export folder (tests/conftest.py builds it once per session)."""
    return seed_exports


@pytest.mark.slow
def test_seed_graph_parses_alike_everywhere(seeds):
    ttl = seeds / "graph.ttl"
    n = _turtle_count_everywhere(ttl)
    assert n > 10_000
    quads = list(ox.parse(path=str(seeds / "graph.trig")))
    assert _rapper_count(seeds / "graph.trig", "trig") == len(quads)
    assert {(q.subject, q.predicate, q.object) for q in quads} == {(q.subject, q.predicate, q.object) for q in ox.parse(path=str(ttl))}
    manifest = json.loads((seeds / "manifest.json").read_text(encoding="utf-8"))
    names = {q.graph_name.value for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert len(names) == len(manifest["documents"]) == 23
    assert len(list(ox.parse(path=str(seeds / "graph.jsonld")))) == n


@pytest.mark.slow
def test_seed_graph_round_trips_through_read_graph(seeds):
    text = (seeds / "graph.ttl").read_text(encoding="utf-8")
    back = rdf.read_graph(seeds)
    assert rdf.render_turtle(back) == text
    assert back.nodes["region/330784"]["name"] == "永康市"
    assert "金华市" in back.nodes["region/330784"]["parents"]


@pytest.mark.slow
def test_seed_offsets_point_at_the_original_text(seeds):
    """Every mention's kg:start/kg:end cut its kg:text out of the original input file."""
    from kg.ingest import read_text

    g = rdflib.Graph().parse(seeds / "graph.ttl", format="turtle")
    rows = g.query(
        "SELECT ?file ?start ?end ?text ?sentence ?ss WHERE { ?e kg:hasMention ?m . ?m kg:inDocument/kg:sourceFile ?file ;"
        " kg:start ?start ; kg:end ?end ; kg:text ?text . OPTIONAL { ?m kg:sentence ?sentence ; kg:sentenceStart ?ss } }",
        initNs={"kg": KG._NS},
    )
    files: dict[str, str] = {}
    checked = 0
    for r in rows:
        path = str(r.file)
        if path not in files:
            files[path] = read_text(REPO / path)[0]  # sources are relative to the repository root
        text = files[path]
        assert text[int(r.start):int(r.end)] == str(r.text), (path, r.start, r.text)
        if r.sentence is not None:
            assert text[int(r.ss):int(r.ss) + len(str(r.sentence))] == str(r.sentence)
        checked += 1
    assert checked > 1000
