"""Time the query library on rdflib and pyoxigraph: the seed graph and a synthetic graph.

Prints, per engine, the time to load ``graph.ttl`` and the time of each query,
and checks that both engines return the same rows.

    python benchmarks/query_bench.py                      # seeds + 10^6 synthetic triples
    python benchmarks/query_bench.py --triples 100000     # a smaller synthetic graph
    python benchmarks/query_bench.py --seed-graph exports/seeds --skip-synthetic
    python benchmarks/query_bench.py --engines oxigraph   # rdflib on 10^6 triples takes minutes

The synthetic graph follows the ``kg.graph`` contract (regions in a tree with
partOf, enterprises, projects, initiatives, people, documents with mentions,
relations with evidence, indicators) and is written by ``kg.rdf.render_turtle``,
so it has exactly the shape of a real export. It is generated from a fixed
random seed: the same ``--triples`` gives the same file.
"""

from __future__ import annotations

import argparse
import gc
import math
import random
import resource
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import networkx as nx  # noqa: E402

from kg import rdf  # noqa: E402
from kg.query import list_queries, load_store, query_store  # noqa: E402

#: Queries timed on the synthetic graph (all of them run on the seed graph).
SYNTHETIC_QUERIES = [
    "regions_under",
    "relation_counts",
    "most_mentioned_entities",
    "shared_initiatives",
    "projects_by_region",
    "region_indicators",
    "relation_evidence",
    "enterprises_in_region",
]

METRICS = ["地区生产总值", "一般公共预算收入", "固定资产投资", "城镇居民人均可支配收入", "社会消费品零售总额"]


def synthetic_graph(n_docs: int, *, seed: int = 0) -> nx.MultiDiGraph:
    """A contract graph with ``n_docs`` documents (about 430 triples each)."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    regions = ["region/330000"]
    g.add_node("region/330000", kind="entity", type="Region", name="浙江省", aliases=[], code="330000", level="province",
               parents=[], docs=[], mentions=[])
    g.add_node("region/330700", kind="entity", type="Region", name="金华市", aliases=[], code="330700", level="city",
               parents=["浙江省"], docs=[], mentions=[])
    regions.append("region/330700")
    n_regions = max(50, n_docs)
    for i in range(n_regions):
        parent = regions[rng.randrange(len(regions))] if i > 10 else "region/330700"
        nid, name = (f"region/{331000 + i}", f"合成{i}区") if i else ("region/330784", "永康市")
        g.add_node(nid, kind="entity", type="Region", name=name, aliases=[], code=nid.split("/")[1], level="county",
                   parents=[], docs=[], mentions=[])
        regions.append(nid)
        g.add_edge(nid, parent, key="partOf", type="partOf", evidence=[dict(doc="", start=-1, end=-1, sentence="", source="gazetteer")])
    g.add_edge("region/330700", "region/330000", key="partOf", type="partOf",
               evidence=[dict(doc="", start=-1, end=-1, sentence="", source="gazetteer")])
    pools = {}
    for etype, prefix, count, suffix in (("Enterprise", "enterprise", n_docs * 2, "有限公司"), ("Project", "project", n_docs * 3, "工程"),
                                         ("Initiative", "initiative", max(20, n_docs // 5), "行动"), ("Person", "person", n_docs, "")):
        pools[etype] = []
        for i in range(count):
            nid = f"{prefix}/{i:08x}"
            g.add_node(nid, kind="entity", type=etype, name=f"合成{etype}{i}{suffix}", aliases=[], code=None, level=None,
                       parents=[], docs=[], mentions=[])
            pools[etype].append(nid)
    pools["Region"] = regions
    g.nodes[pools["Person"][0]]["name"] = "朱志杰"

    def evidence(doc, pos, sentence):
        return dict(doc=doc, start=pos, end=pos + len(sentence), sentence=sentence, source="text")

    for d in range(n_docs):
        doc = f"{d // 10:03d}_synthetic-{d % 10:02d}"
        region = regions[rng.randrange(len(regions))]
        g.add_node(f"doc/{doc}", kind="document", type="Report", doc_kind="report", doc=doc, title=f"{2015 + d % 9}年合成政府工作报告{d}",
                   source=f"synthetic/{d // 10:03d}.txt", start=0, end=100000, region=g.nodes[region]["name"], year=2015 + d % 9,
                   reviewed_year=2014 + d % 9, speaker=None, post="市长", meeting="人民代表大会", date=f"{2015 + d % 9}-02-1{d % 10}")
        g.add_edge(f"doc/{doc}", region, key="about", type="about")
        pos = 100
        for _ in range(30):
            etype = rng.choice(["Region", "Enterprise", "Project", "Initiative", "Person"])
            nid = rng.choice(pools[etype])
            name = g.nodes[nid]["name"]
            sentence = f"推进{name}建设。"
            g.nodes[nid]["mentions"].append(dict(doc=doc, start=pos + 2, end=pos + 2 + len(name), text=name, sentence=sentence, sent_start=pos))
            pos += len(sentence) + 10
        for _ in range(10):
            kind = rng.choice(["locatedIn", "investsIn", "holdsPost", "cooperatesWith", "locatedInE"])
            if kind == "locatedIn":
                h, t = rng.choice(pools["Project"]), rng.choice(regions)
            elif kind == "locatedInE":
                kind, h, t = "locatedIn", rng.choice(pools["Enterprise"]), rng.choice(regions)
            elif kind == "investsIn":
                h, t = rng.choice(pools["Enterprise"]), rng.choice(pools["Project"])
            elif kind == "holdsPost":
                h, t = rng.choice(pools["Person"]), rng.choice(regions)
            else:
                h, t = sorted(rng.sample(regions, 2))
            sentence = f"{g.nodes[h]['name']}与{g.nodes[t]['name']}。"
            ev = evidence(doc, pos, sentence)
            pos += len(sentence) + 10
            if g.has_edge(h, t, key=kind):
                g.edges[h, t, kind]["evidence"].append(ev)
            else:
                g.add_edge(h, t, key=kind, type=kind, evidence=[ev])
        for n in range(3):
            oid = f"obs/{doc}/{n + 1}"
            metric = METRICS[(d + n) % len(METRICS)]
            text = f"{metric}{rng.randint(10, 9999)}亿元,增长{rng.randint(-20, 150) / 10}%"
            g.add_node(oid, kind="indicator", type="Indicator", metric=metric, value=round(rng.uniform(1, 5000), 1), unit="亿元",
                       growth_pct=rng.randint(-20, 150) / 10, year=2014 + d % 9, region=g.nodes[region]["name"], doc=doc,
                       start=pos, end=pos + len(text), text=text)
            g.add_edge(f"doc/{doc}", oid, key="hasIndicator", type="hasIndicator")
            g.add_edge(oid, region, key="refArea", type="refArea")
            pos += len(text) + 10
    first = f"{0:03d}_synthetic-{0:02d}"
    g.add_edge(pools["Person"][0], "region/330784", key="holdsPost", type="holdsPost",
               evidence=[evidence(first, 10, "永康市人民政府市长朱志杰")])
    for n, a in g.nodes(data=True):
        if a.get("kind") == "entity":
            a["mentions"].sort(key=lambda m: (m["doc"], m["start"]))
            a["docs"] = sorted({m["doc"] for m in a["mentions"]})
    return g


def write_synthetic(path: Path, triples: int) -> int:
    """Write a synthetic graph.ttl with about ``triples`` triples; return the exact count."""
    probe = sum(1 for _ in rdf.iter_triples(synthetic_graph(200)))
    n_docs = max(1, math.ceil(triples * 200 / probe * 1.03))
    g = synthetic_graph(n_docs)
    path.write_text(rdf.render_turtle(g), encoding="utf-8")
    return sum(1 for _ in rdf.iter_triples(g))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class QueryTimeout(BaseException):  # not Exception: kg.query wraps those
    pass


def _alarm(_signum, _frame):
    raise QueryTimeout


HEADER = ["graph", "engine", "query", "seconds", "rows", "peak RSS MB"]
WIDTHS = [20, 8, 24, 10, 6, 11]


def print_row(row: list[str]) -> None:
    print("  ".join(str(c).ljust(w) for c, w in zip(row, WIDTHS)).rstrip(), flush=True)


def bench(path: Path, queries: list[str], engines: list[str], label: str, timeout: int) -> None:
    """Print one row per (engine, query) as soon as it is measured."""
    print_row(HEADER)
    print_row(["-" * w for w in WIDTHS])
    results = {}
    signal.signal(signal.SIGALRM, _alarm)
    for engine in engines:
        gc.collect()
        t0 = time.perf_counter()
        loaded = load_store(path, engine=engine)
        print_row([label, engine, "(load graph.ttl)", f"{time.perf_counter() - t0:.2f}", "", f"{peak_rss_mb():.0f}"])
        for name in queries:
            t0 = time.perf_counter()
            signal.alarm(timeout)
            try:
                variables, result = query_store(loaded, name)
            except QueryTimeout:
                print_row([label, engine, name, f"> {timeout} (stopped)", "", ""])
                continue
            finally:
                signal.alarm(0)
            print_row([label, engine, name, f"{time.perf_counter() - t0:.3f}", str(len(result)), ""])
            results[(engine, name)] = (variables, result)
        del loaded
    if len(engines) == 2:
        for name in queries:
            a, b = results.get((engines[0], name)), results.get((engines[1], name))
            if a is not None and b is not None:
                print(f"{name}: {'same rows' if a == b else 'ROWS DIFFER'} on both engines", flush=True)


def seed_graph_path(arg: str | None, tmp: Path) -> Path | None:
    if arg:
        return Path(arg)
    try:
        from kg.pipeline import build
    except ImportError:
        print("note: kg.pipeline is not available; pass --seed-graph DIR to time the seed graph", file=sys.stderr)
        return None
    out = tmp / "seeds"
    build([Path(__file__).resolve().parents[1] / "seeds"], out)
    return out / "graph.ttl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed-graph", help="export folder or graph.ttl of the seeds (default: build seeds/ now)")
    ap.add_argument("--triples", type=int, default=1_000_000, help="size of the synthetic graph (default 10^6)")
    ap.add_argument("--engines", nargs="+", default=["oxigraph", "rdflib"], choices=["rdflib", "oxigraph"])
    ap.add_argument("--timeout", type=int, default=300, help="stop a query after this many seconds (default 300)")
    ap.add_argument("--skip-seeds", action="store_true")
    ap.add_argument("--skip-synthetic", action="store_true")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        tmp = Path(tmp)
        if not args.skip_seeds:
            seeds = seed_graph_path(args.seed_graph, tmp)
            if seeds is not None:
                n = sum(1 for _ in __import__("pyoxigraph").parse(path=str(rdf.resolve_graph_path(seeds))))
                print(f"\n## seed graph: {rdf.resolve_graph_path(seeds)} ({n:,} triples)\n")
                bench(seeds, [q for q, _ in list_queries()], args.engines, "seeds", args.timeout)
        if not args.skip_synthetic:
            path = tmp / "synthetic.ttl"
            t0 = time.perf_counter()
            n = write_synthetic(path, args.triples)
            print(f"\n## synthetic graph: {n:,} triples, {path.stat().st_size / 1e6:.0f} MB Turtle, "
                  f"generated and written in {time.perf_counter() - t0:.1f} s\n")
            bench(path, SYNTHETIC_QUERIES, args.engines, f"synthetic {n:,}", args.timeout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
