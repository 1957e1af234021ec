"""The ``kg`` command line: thin commands over the library.

Each command parses its options, calls one library function and prints.
Exit status: 0 success, 1 some input failed (the rest was still processed), 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

__all__ = ["main", "run", "make_parser", "COMMANDS"]

EXAMPLES = {
    "build": "example: kg build seeds --out exports\n         kg build reports/ --out exports --jobs 2\n         kg build reports/ --out exports --executor dask --scheduler tcp://host:8786",
    "extract": "example: kg extract --jsonl eval/dev.jsonl > predictions.jsonl",
    "evaluate": "example: kg evaluate eval/dev.jsonl --errors\n         kg evaluate --reports eval/reports.json --manifest exports/manifest.json",
    "query": "example: kg query exports projects_by_region --param region=永康市\n         kg query --list",
    "validate": "example: kg validate exports/graph.ttl",
    "viz": "example: kg viz exports --focus 永康市 --depth 2 --out yongkang.html\n         kg viz exports --report 金华市 --out jinhua.html",
    "report": "example: kg report region 金华市 --graph exports --out reports\n         kg report path 金东区 义乌市 --graph exports --out reports --format md",
}


class UsageError(Exception):
    """Bad usage: exit status 2."""


def _err(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


# -- commands ------------------------------------------------------------------------------------


def cmd_build(args) -> int:
    from kg.pipeline import build, build_options

    if args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    try:
        options = build_options(args)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: exists and is not a folder; give --out a folder for the exports")
    paths = [p for p in args.paths if Path(p).exists()]
    if not paths:
        raise UsageError(f"{', '.join(args.paths)}: no such file or folder")
    missing = [p for p in args.paths if not Path(p).exists()]
    for p in missing:
        _err(f"{p}: no such file or folder; skipped")
    progress = not args.quiet and sys.stderr.isatty()
    try:
        result = build(paths, args.out, progress=progress, **options)
    except OSError as exc:
        _err(f"{out}: cannot write exports ({exc.strerror or exc})")
        return 1
    except RuntimeError as exc:  # the Dask extra is missing, or a worker runs another kg
        _err(str(exc).splitlines()[0] if str(exc) else "the executor failed")
        return 2
    for line in result.errors:
        _err(line)
    counts = result.manifest["counts"]
    if not args.quiet:
        ents = ", ".join(f"{k} {v}" for k, v in counts["entities"].items())
        rels = ", ".join(f"{k} {v}" for k, v in counts["relations"].items())
        print(f"{len(result.manifest['documents'])} documents from {len(result.manifest['inputs'])} files "
              f"in {result.manifest['seconds']:.1f} s -> {args.out}")
        print(f"entities: {ents}")
        print(f"relations: {rels}")
    return 1 if (result.errors or missing) else 0


def cmd_extract(args) -> int:
    from kg.evaluate import predict_records

    path = Path(args.jsonl)
    if str(path) != "-" and not path.is_file():
        raise UsageError(f"{path}: no such file")
    stream = sys.stdin if str(path) == "-" else open(path, encoding="utf-8")
    failed = 0
    with stream:
        for n, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict) or not isinstance(rec.get("text", ""), str):
                    raise ValueError("not an object with a text field")
            except ValueError as exc:
                _err(f"{path}:{n}: not a JSON record ({exc}); skipped")
                failed += 1
                continue
            (out,) = predict_records([rec])
            print(json.dumps(out, ensure_ascii=False))
    return 1 if failed else 0


def cmd_evaluate(args) -> int:
    from kg import evaluate

    if args.reports:
        from kg.facts_eval import evaluate_reports, format_report_scores

        manifest = Path(args.manifest)
        if not (manifest.is_file() or (manifest / "manifest.json").is_file()):
            raise UsageError(f"{manifest}: no manifest.json; run `kg build seeds --out exports` first")
        with open(args.reports, encoding="utf-8") as f:
            gold = json.load(f)
        scores = evaluate_reports(gold, evaluate.read_manifest_documents(manifest))
        print(format_report_scores(scores), end="")
        if not args.gold:
            return 0
    if not args.gold:
        raise UsageError("give a gold JSONL file, or --reports REPORTS.json")
    if not Path(args.gold).is_file():
        raise UsageError(f"{args.gold}: no such file")
    result = evaluate.evaluate_extraction(args.gold)
    print(evaluate.format_scores(result), end="")
    if args.errors:
        print()
        print(evaluate.format_errors(result), end="")
    return 0


def cmd_query(args) -> int:
    from kg.query import QueryError, format_rows, list_queries, load_query, run_query

    if args.list:
        for name, description in list_queries():
            print(f"{name:<28} {description}")
        return 0
    if not args.graph or not args.sparql:
        raise UsageError("give GRAPH and SPARQL_OR_FILE (or --list)")
    params = {}
    for p in args.param:
        if "=" not in p:
            raise UsageError(f"--param {p!r}: expected NAME=VALUE")
        k, v = p.split("=", 1)
        params[k.strip().lstrip("?$")] = v
    try:
        sparql = load_query(args.sparql)
        variables, rows = run_query(args.graph, sparql, engine=args.engine, params=params)
    except QueryError as exc:
        _err(str(exc))
        return 2
    print(format_rows(variables, rows, args.format), end="")
    return 0


def cmd_validate(args) -> int:
    from kg.validate import validate_graph

    path = Path(args.graph)
    if not path.exists():
        raise UsageError(f"{path}: no such file or folder")
    try:
        conforms, report, count = validate_graph(path)
    except Exception as exc:  # a file that does not parse
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        _err(first if str(path) in first else f"{path}: {first}")
        return 1
    print(report, end="" if report.endswith("\n") else "\n")
    return 0 if conforms else 1


def cmd_viz(args) -> int:
    from kg.graph import load_graph
    from kg.viz import ViewError, ego_graph, render_html, report_graph, view_node_ids, write_html

    path = Path(args.graph)
    if not path.exists():
        raise UsageError(f"{path}: no such export folder or graph file")
    if args.depth < 0:
        raise UsageError(f"--depth {args.depth}: the depth must be 0 or more")
    try:
        graph = load_graph(path)
    except (OSError, ValueError, SyntaxError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        _err(f"{path}: cannot read the graph ({first})" if str(path) not in first else first)
        return 1
    title = "kg"
    try:
        if args.focus:
            graph = ego_graph(graph, args.focus, depth=args.depth)
            title = f"kg: {args.focus} (depth {args.depth})"
        elif args.report:
            graph = report_graph(graph, args.report, year=args.year)
            title = f"kg: {args.report}" + (f" {args.year}" if args.year else "")
    except ViewError as exc:
        _err(str(exc).strip("'\""))
        return 2
    write_html(render_html(graph, title=title, max_nodes=args.max_nodes), args.out)
    print(f"{len(view_node_ids(graph))} nodes -> {args.out}")
    return 0


def cmd_report(args) -> int:
    from kg.report import run_report

    return run_report(args)


COMMANDS = {
    "build": (cmd_build, "build the knowledge graph from report files or folders"),
    "extract": (cmd_extract, "extract entities and relations from JSONL records"),
    "evaluate": (cmd_evaluate, "score extraction (or report facts) against gold data"),
    "query": (cmd_query, "run a SPARQL query (or a named query of the library) on an export"),
    "validate": (cmd_validate, "check an export against the SHACL shapes"),
    "viz": (cmd_viz, "write an interactive HTML view (whole graph, ego view or one report)"),
    "report": (cmd_report, "write relationship reports (overview, region, entity, initiative, path, compare)"),
}


def make_parser() -> argparse.ArgumentParser:
    from kg import __version__

    parser = argparse.ArgumentParser(
        prog="kg",
        description="Offline knowledge graphs from Chinese local-government work reports and investment news.",
        epilog="example: kg build seeds --out exports && kg query exports --list",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    raw = argparse.RawDescriptionHelpFormatter

    def add(name):
        return sub.add_parser(name, help=COMMANDS[name][1], description=COMMANDS[name][1].capitalize() + ".",
                              epilog=EXAMPLES[name], formatter_class=raw)

    p = add("build")
    p.add_argument("paths", nargs="+", metavar="PATH", help="input files or folders (.txt, .html)")
    p.add_argument("--out", required=True, metavar="DIR", help="export folder (created if missing)")
    p.add_argument("--quiet", action="store_true", help="print errors only")
    from kg.pipeline import add_build_arguments

    add_build_arguments(p)

    p = add("extract")
    p.add_argument("--jsonl", required=True, metavar="IN.jsonl",
                   help='records {"id", "text", "context"?} ("-" for standard input); one JSON line out per record')

    p = add("evaluate")
    p.add_argument("gold", nargs="?", metavar="GOLD.jsonl", help="gold records (eval/dev.jsonl)")
    p.add_argument("--errors", action="store_true", help="also list misses and false alarms by type")
    p.add_argument("--reports", metavar="REPORTS.json", help="score report facts against this gold file")
    p.add_argument("--manifest", default="exports/manifest.json", metavar="MANIFEST",
                   help="the build whose documents are scored with --reports (default exports/manifest.json)")

    p = add("query")
    p.add_argument("graph", nargs="?", metavar="GRAPH", help="export folder, graph.ttl or graph.trig")
    p.add_argument("sparql", nargs="?", metavar="SPARQL_OR_FILE", help="a query name (see --list), a .rq file or SPARQL text")
    p.add_argument("--list", action="store_true", help="list the named queries")
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="bind a query variable")
    p.add_argument("--engine", choices=("rdflib", "oxigraph"), default="rdflib")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")

    p = add("validate")
    p.add_argument("graph", metavar="GRAPH", help="export folder or graph.ttl")

    p = add("viz")
    p.add_argument("graph", metavar="GRAPH", help="export folder or its graph.ttl")
    p.add_argument("--out", required=True, metavar="FILE", help="HTML file to write")
    p.add_argument("--focus", metavar="NAME", help="centre the view on this entity")
    p.add_argument("--depth", type=int, default=1, metavar="N", help="hops around --focus (default 1)")
    p.add_argument("--report", metavar="REGION", help="the entities of this region's reports")
    p.add_argument("--year", type=int, metavar="YEAR", help="with --report: only that year's report")
    p.add_argument("--max-nodes", type=int, default=1500, metavar="N", help="keep the best-connected N nodes")

    from kg.report import add_report_arguments

    add_report_arguments(add("report"))
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed the usage error
        return int(exc.code or 0)
    if not args.command:
        parser.print_help()
        return 2
    try:
        return COMMANDS[args.command][0](args)
    except UsageError as exc:
        _err(str(exc))
        return 2
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: still one line, and how to see more
        first = str(exc).splitlines()[0] if str(exc) else ""
        _err(f"{type(exc).__name__}: {first} (unexpected; run with python -X dev -m kg … to see where)")
        return 1


def run() -> None:
    """The ``kg`` command (its console script and ``python -m kg``): :func:`main`, then :func:`exit_now`."""
    exit_now(main())


def exit_now(code: int) -> None:
    """End the process with ``code`` without freeing its objects one by one.

    After a big build that teardown is seconds of work nobody needs (x100: 2 s; x10: 0.4 s): the exports
    are written and synced, and the process's memory goes back to the OS at once. Output is flushed and
    the libraries' exit handlers run first; when a thread or child process is still running, the process
    exits the usual way instead (which waits for them)."""
    import atexit
    import multiprocessing
    import threading

    if threading.active_count() > 1 or multiprocessing.active_children():
        raise SystemExit(code)
    atexit._run_exitfuncs()  # logging's flush, multiprocessing's finalizers …
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (kg … | head) or a closed stream
            pass
    os._exit(code)
