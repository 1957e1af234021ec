"""SPARQL over an exported graph, with rdflib (default) or pyoxigraph.

The query library lives in ``ontology/queries/*.rq``: each file starts with a
comment header whose first line says what question it answers; ``# @param``
lines name the variables ``--param`` may bind.

Parameters are bound by a SPARQL ``VALUES`` clause. If the query already has
``VALUES ?name { ... }`` (its default), that block is replaced; otherwise a
trailing ``VALUES`` clause is appended. A value is read as:

- ``<https://...>`` or ``https://...``: an IRI; ``kg:partOf``: a prefixed IRI
  (prefixes of ``kg.vocab.PREFIXES``);
- ``2019`` / ``557.7``: an ``xsd:integer`` / ``xsd:decimal``;
- ``"text"`` (in double quotes): a plain string literal;
- anything else: a Chinese-tagged literal, ``"永康市"@zh``, because every name
  in the export carries ``@zh``.

>>> rows = bind_params("SELECT ?region WHERE { ?r rdfs:label ?region }", {"region": "永康市"})
>>> rows.splitlines()[-1]
'VALUES ?region { "永康市"@zh }'
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from kg.resources import ontology_path
from kg.vocab import PREFIXES

__all__ = [
    "QueryError",
    "ENGINES",
    "list_queries",
    "load_query",
    "bind_params",
    "run_query",
    "LoadedGraph",
    "load_store",
    "query_store",
    "format_rows",
    "load_rdflib_graph",
]

ENGINES = ("rdflib", "oxigraph")


class QueryError(Exception):
    """A query that cannot run: bad SPARQL, unknown name, missing file. One-line message."""


def _queries_dir() -> Path:
    return ontology_path("queries")


def _description(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("#"):
            break
        line = line.lstrip("#").strip()
        if line and not line.startswith("@"):
            return line
    return ""


def list_queries() -> list[tuple[str, str]]:
    """(name, one-line description) of every query in the library, sorted by name."""
    out = []
    for path in sorted(_queries_dir().glob("*.rq")):
        out.append((path.stem, _description(path.read_text(encoding="utf-8"))))
    return out


def load_query(name_or_path_or_text: str) -> str:
    """SPARQL text from a library name (``regions_under``), a file path or the text itself."""
    q = str(name_or_path_or_text)
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", q, re.IGNORECASE) and ("{" in q):
        return q
    lib = _queries_dir() / f"{q.removesuffix('.rq')}.rq"
    if re.fullmatch(r"[A-Za-z0-9_\-]+(\.rq)?", q) and lib.is_file():
        return lib.read_text(encoding="utf-8")
    p = Path(q)
    if p.is_file():
        try:
            return p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"cannot read query file {p}: {exc}") from None
    names = ", ".join(n for n, _ in list_queries())
    raise QueryError(f"unknown query {q!r}: not a library query ({names}), a file or SPARQL text; see `kg query --list`")


_NUMBER = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?\d*\.\d+$")
_VAR = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def _param_term(value: str) -> str:
    v = value.strip()
    if v.startswith("<") and v.endswith(">") and not re.search(r'[\s<>"{}|^`\\]', v[1:-1]):
        return v
    if re.match(r"^https?://\S+$", v) and not re.search(r'[<>"{}|^`\\]', v):
        return f"<{v}>"
    m = re.match(r"^([A-Za-z][A-Za-z0-9_-]*):([A-Za-z_][A-Za-z0-9_\-/]*)$", v)
    if m and m.group(1) in PREFIXES:
        return f"<{PREFIXES[m.group(1)]}{m.group(2)}>"
    if _NUMBER.match(v):
        return f'"{int(v)}"^^<http://www.w3.org/2001/XMLSchema#integer>'
    if _DECIMAL.match(v):
        return f'"{v}"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    if len(v) >= 2 and v.startswith('"') and v.endswith('"'):
        return f'"{_escape(v[1:-1])}"'
    return f'"{_escape(value)}"@zh'


def bind_params(sparql: str, params: dict[str, str] | None) -> str:
    """The query with each ``params`` variable bound by a VALUES clause (see module doc)."""
    for name, value in (params or {}).items():
        name = name.lstrip("?$")
        if not _VAR.match(name):
            raise QueryError(f"bad parameter name {name!r}: use letters, digits and _ (e.g. --param region=永康市)")
        code = _strip_comments(sparql)
        if not re.search(rf"[?$]{name}\b", code):
            raise QueryError(f"the query has no variable ?{name} to bind (--param {name}=...)")
        clause = f"VALUES ?{name} {{ {_param_term(value)} }}"
        pattern = re.compile(rf"VALUES\s+[?$]{name}\s*\{{[^{{}}]*\}}", re.IGNORECASE)
        if pattern.search(code):
            sparql = _replace_outside_comments(sparql, pattern, clause)
        else:
            sparql = sparql.rstrip() + "\n" + clause
    return sparql


def _strip_comments(sparql: str) -> str:
    """The query without ``#`` comments (a ``#`` inside <IRIs> or strings is kept)."""
    out = []
    for line in sparql.splitlines():
        out.append(_code_part(line))
    return "\n".join(out)


def _code_part(line: str) -> str:
    in_iri = in_str = False
    quote = ""
    for i, ch in enumerate(line):
        if in_str:
            if ch == "\\":
                continue
            if ch == quote:
                in_str = False
        elif in_iri:
            if ch == ">":
                in_iri = False
        elif ch in "\"'":
            in_str, quote = True, ch
        elif ch == "<" and re.match(r"<[^\s<>]*>", line[i:]):
            in_iri = True
        elif ch == "#":
            return line[:i]
    return line


def _replace_outside_comments(sparql: str, pattern: re.Pattern, clause: str) -> str:
    lines = sparql.splitlines()
    for i, line in enumerate(lines):
        code = _code_part(line)
        if pattern.search(code):
            lines[i] = pattern.sub(lambda _m: clause, code, count=1) + line[len(code):]
            return "\n".join(lines)
    # The VALUES block spans lines: replace it in the comment-free text.
    return pattern.sub(lambda _m: clause, _strip_comments(sparql), count=1)


def _resolve(graph_path) -> Path:
    from kg.rdf import resolve_graph_path

    try:
        return resolve_graph_path(graph_path)
    except FileNotFoundError as exc:
        raise QueryError(str(exc)) from None


def _rdf_format(path: Path) -> str:
    suffix = path.suffix.lower()
    return {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld", ".json": "json-ld"}.get(suffix, "turtle")


def load_rdflib_graph(graph_path):
    """An rdflib graph of the file (a union of all named graphs for TriG/N-Quads)."""
    import rdflib

    path = _resolve(graph_path)
    fmt = _rdf_format(path)
    try:
        if fmt in ("trig", "nquads"):
            ds = rdflib.Dataset(default_union=True)
            ds.parse(path, format=fmt)
            return ds
        return rdflib.Graph().parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many types for bad input
        raise QueryError(f"cannot parse {path} as {fmt}: {_first_line(exc)}") from None


def _cell_rdflib(term) -> str:
    from rdflib import Literal

    if term is None:
        return ""
    if isinstance(term, Literal):
        return _canonical_literal(str(term), str(term.datatype) if term.datatype else None)
    return str(term)


def _cell_oxigraph(term) -> str:
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return _canonical_literal(term.value, term.datatype.value if term.datatype else None)
    return term.value


_XSD = "http://www.w3.org/2001/XMLSchema#"


def _canonical_literal(lexical: str, datatype: str | None) -> str:
    """Numbers in one canonical form, so both engines print the same cells."""
    if datatype in (_XSD + "integer", _XSD + "int", _XSD + "long"):
        try:
            return str(int(lexical))
        except ValueError:
            return lexical
    if datatype in (_XSD + "decimal", _XSD + "double", _XSD + "float"):
        try:
            d = Decimal(lexical)
        except Exception:
            return lexical
        if not d.is_finite():
            return lexical
        d = round(d, 10)
        s = format(d.normalize(), "f")
        return s
    return lexical


@dataclass(frozen=True)
class LoadedGraph:
    """A graph file loaded into one engine, ready for many queries."""

    engine: str
    path: Path
    store: object  # rdflib.Graph/Dataset or pyoxigraph.Store


def load_store(graph_path, *, engine: str = "rdflib") -> LoadedGraph:
    """Parse ``graph_path`` (export folder or RDF file) once into ``engine``."""
    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    path = _resolve(graph_path)
    if engine == "oxigraph":
        import pyoxigraph as ox

        store = ox.Store()
        fmt = {".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG, ".nt": ox.RdfFormat.N_TRIPLES,
               ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD}.get(path.suffix.lower(), ox.RdfFormat.TURTLE)
        try:
            store.bulk_load(path=str(path), format=fmt)
        except (SyntaxError, ValueError, OSError) as exc:
            raise QueryError(f"cannot parse {path}: {_first_line(exc)}") from None
        return LoadedGraph(engine, path, store)
    return LoadedGraph(engine, path, load_rdflib_graph(path))


def query_store(loaded: LoadedGraph, sparql: str, *, params: dict[str, str] | None = None):
    """Run a library name, file or SPARQL text against a :func:`load_store` result."""
    text = bind_params(load_query(sparql), params)
    if loaded.engine == "oxigraph":
        return _run_oxigraph(loaded.store, text)
    return _run_rdflib(loaded.store, text)


def run_query(
    graph_path, sparql: str, *, engine: str = "rdflib", params: dict[str, str] | None = None
) -> tuple[list[str], list[list[str]]]:
    """Run a SELECT (or ASK) query; return (variable names, rows of strings).

    ``graph_path``: an export folder (its ``graph.ttl``) or a .ttl/.trig/.nt file.
    IRIs print in full, literals as their lexical form (numbers canonical, so
    both engines print the same cells), unbound cells as "".
    """
    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    text = bind_params(load_query(sparql), params)
    return query_store(load_store(graph_path, engine=engine), text)


def _run_rdflib(g, text: str):
    from rdflib.plugins.sparql import prepareQuery

    try:
        prepared = prepareQuery(text)
    except Exception as exc:
        raise QueryError(f"bad SPARQL: {_first_line(exc)}") from None
    try:
        result = g.query(prepared)
    except Exception as exc:
        raise QueryError(f"query failed (rdflib): {_first_line(exc)}") from None
    if result.type == "ASK":
        return ["ask"], [["true" if result.askAnswer else "false"]]
    if result.type != "SELECT":
        raise QueryError("only SELECT and ASK queries print as rows; use kg.rdf for CONSTRUCT")
    variables = [str(v) for v in result.vars]
    rows = [[_cell_rdflib(row[i]) for i in range(len(variables))] for row in result]
    return variables, rows


def _run_oxigraph(store, text: str):
    import pyoxigraph as ox

    try:
        result = store.query(text, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"bad SPARQL: {_first_line(exc)}") from None
    except OSError as exc:
        raise QueryError(f"query failed (oxigraph): {_first_line(exc)}") from None
    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [["true" if bool(result) else "false"]]
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("only SELECT and ASK queries print as rows; use kg.rdf for CONSTRUCT")
    variables = [v.value for v in result.variables]
    rows = [[_cell_oxigraph(sol[v]) for v in variables] for sol in result]
    return variables, rows


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return " ".join(text.split())[:300]


def format_rows(variables: list[str], rows: list[list[str]], fmt: str = "table") -> str:
    """Rows as an aligned text table, CSV or JSON (a list of objects)."""
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(variables)
        w.writerows(rows)
        return buf.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(variables, r)) for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r}: use table, csv or json")
    import unicodedata

    def width(s: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

    def shorten(s: str) -> str:
        s = s.replace("\n", " ")
        for prefix, ns in PREFIXES.items():
            if s.startswith(ns):
                return f"{prefix}:{s[len(ns):]}"
        return s

    cells = [[shorten(c) for c in r] for r in rows]
    widths = [max([width(v)] + [width(r[i]) for r in cells]) for i, v in enumerate(variables)]
    widths = [min(w, 80) for w in widths]

    def line(vals):
        parts = []
        for v, w in zip(vals, widths):
            if width(v) > w:
                while width(v) > w - 1:
                    v = v[:-1]
                v += "…"
            parts.append(v + " " * (w - width(v)))
        return "  ".join(parts).rstrip()

    out = [line(variables), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
