"""Interactive, self-contained HTML views of the knowledge graph.

The page works without any network: vis-network's JavaScript and CSS are read
from the installed pyvis package and inlined, and a Content-Security-Policy
forbids every request. pyvis assembles the node and edge lists (``add_node`` and
``add_edge`` directly: ``from_nx`` is quadratic), and the page itself comes from
this module's template, not pyvis's (which loads Bootstrap from a CDN).

Everything taken from documents reaches the page only as JSON inside a
``<script type="application/json">`` block with ``<``, ``>``, ``&``, U+2028 and
U+2029 escaped, and is put into the page by ``textContent``: names and
sentences render as text, never as markup.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("region/330784", kind="entity", type="Region", name="永康市")
>>> g.add_node("region/330700", kind="entity", type="Region", name="金华市")
>>> g.add_edge("region/330784", "region/330700", key="partOf", type="partOf")
'partOf'
>>> page = render_html(g, title="永康市")
>>> page.startswith("<!DOCTYPE html>") and "<script src" not in page
True
>>> sorted(ego_graph(g, "永康市").nodes)
['region/330700', 'region/330784']
>>> try:
...     ego_graph(g, "永康县")
... except ViewError as err:
...     print(err)
no entity named '永康县' in the graph; closest: 永康市
"""

from __future__ import annotations

import base64
import difflib
import functools
import hashlib
import html
import json
import math
from collections import defaultdict
from pathlib import Path

from kg.resources import load_toml

__all__ = [
    "ViewError",
    "render_html",
    "write_html",
    "ego_graph",
    "report_graph",
    "view_node_ids",
]

#: Node kinds that become nodes of the view; indicators are shown inside their
#: document's tooltip instead.
VIEW_KINDS = ("entity", "document")
#: Edge types not drawn (they join indicators, which are not view nodes).
HIDDEN_EDGE_TYPES = frozenset({"hasIndicator", "refArea"})
UNDIRECTED_EDGE_TYPES = frozenset({"cooperatesWith", "mentionedIn"})
#: The view's own edge type: an entity and a document node that mentions it
#: (from the entity's ``docs``), so that entities gather around their reports.
MENTION = "mentionedIn"
VIS_DIR = "lib/vis-9.1.2"
MAX_EVIDENCE = 3
MAX_DOCS_IN_TOOLTIP = 12
MAX_INDICATORS_IN_TOOLTIP = 8
CONTEXT_CHARS = 40  # characters of the sentence kept on each side of a mention


class ViewError(KeyError):
    """An unknown focus name or report; the message names the closest matches."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


# ---------------------------------------------------------------- sub-views


def view_node_ids(graph) -> list[str]:
    """Ids of the nodes a view draws (entities and documents), in graph order."""
    return [n for n, kind in graph.nodes(data="kind") if kind in VIEW_KINDS]


def _attached_indicators(graph, nodes: set[str]) -> set[str]:
    """Indicator nodes of the documents in ``nodes`` (shown in their tooltips)."""
    return {
        v
        for u in nodes
        if graph.nodes[u].get("kind") == "document"
        for v in graph.successors(u)
        if graph.nodes[v].get("kind") == "indicator"
    }


def _resolve_focus(graph, focus: str) -> list[str]:
    if focus in graph and graph.nodes[focus].get("kind") in VIEW_KINDS:
        return [focus]
    entities = [(n, a) for n, a in graph.nodes(data=True) if a.get("kind") == "entity"]
    hits = [n for n, a in entities if a.get("name") == focus]
    if not hits:
        hits = [n for n, a in entities if focus in (a.get("aliases") or ())]
    if hits:
        return sorted(hits)
    names = sorted({a.get("name") for _, a in entities if a.get("name")})
    close = difflib.get_close_matches(focus, names, n=5, cutoff=0.5)
    hint = f"closest: {', '.join(close)}" if close else "no similar names"
    raise ViewError(f"no entity named {focus!r} in the graph; {hint}")


def ego_graph(graph, focus: str, depth: int = 1):
    """The neighbourhood of ``focus`` up to ``depth`` hops, edges in either direction.

    ``focus`` is a node id, a canonical name or an alias; every entity with that
    name is a centre (listed in the result's ``graph["focus"]``). Hops go through
    entity and document nodes only; the documents' indicators come along for
    their tooltips. Raises ``ViewError`` naming the closest names when nothing
    matches.
    """
    import networkx as nx

    if not isinstance(depth, int) or depth < 0:
        raise ValueError(f"depth must be a whole number >= 0, got {depth!r}")
    centres = _resolve_focus(graph, focus)
    view = graph.subgraph(view_node_ids(graph))
    keep: set[str] = set()
    for centre in centres:
        keep.update(nx.ego_graph(view, centre, radius=depth, undirected=True))
    keep |= _attached_indicators(graph, keep)
    sub = graph.subgraph(keep).copy()
    sub.graph["focus"] = centres  # render_html opens the page with these selected
    return sub


def report_graph(graph, region: str, year: int | None = None):
    """The documents about ``region`` (in ``year``, if given) and the entities they mention.

    ``region`` is the canonical name (an alias of a Region entity works too).
    Raises ``ViewError`` listing the reports that exist when none matches.
    """
    docs = {n: a for n, a in graph.nodes(data=True) if a.get("kind") == "document"}
    names = {region}
    for _, a in graph.nodes(data=True):
        if a.get("kind") == "entity" and a.get("type") == "Region" and region in (a.get("aliases") or ()):
            names.add(a.get("name"))
    chosen = {
        n for n, a in docs.items() if a.get("region") in names and (year is None or a.get("year") == year)
    }
    if not chosen:
        wanted = f"{region} {year}" if year is not None else region
        reports = sorted({f"{a.get('region')} {a.get('year')}" for a in docs.values() if a.get("region")})
        close = difflib.get_close_matches(wanted, reports, n=5, cutoff=0.3)
        hint = ", ".join(close or reports[:8]) or "the graph has no documents"
        raise ViewError(f"no report for {wanted!r} in the graph; reports: {hint}")
    doc_ids = {docs[n].get("doc") for n in chosen}
    keep = set(chosen)
    for n, a in graph.nodes(data=True):
        if a.get("kind") == "entity" and doc_ids.intersection(a.get("docs") or ()):
            keep.add(n)
    keep |= _attached_indicators(graph, keep)
    return graph.subgraph(keep).copy()


# ---------------------------------------------------------------- rendering


@functools.cache
def _style() -> dict:
    return load_toml("viz.toml")


@functools.cache
def _vis_assets() -> tuple[str, str]:
    """vis-network's JavaScript and CSS as shipped inside the pyvis package."""
    import pyvis

    base = Path(pyvis.__file__).resolve().parent / VIS_DIR
    js = (base / "vis-network.min.js").read_text(encoding="utf-8")
    css = (base / "vis-network.css").read_text(encoding="utf-8")
    return js.replace("</script", "<\\/script"), css.replace("</style", "<\\/style")


def _json_for_script(value) -> str:
    """JSON that is safe inside a <script> element (and free of lone surrogates)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
    return text.encode("utf-8", "replace").decode("utf-8")


def _text(value) -> str:
    return "" if value is None else str(value)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _mention_context(mention: dict) -> list[str] | None:
    """[before, mention, after] from a mention's sentence, trimmed around the mention."""
    sentence = _text(mention.get("sentence")).strip("\n")
    if not sentence:
        return None
    offset = mention.get("start", -1) - mention.get("sent_start", -1)
    surface = _text(mention.get("text"))
    if mention.get("sent_start", -1) < 0 or sentence[offset : offset + len(surface)] != surface or not surface:
        found = sentence.find(surface) if surface else -1
        if found < 0:
            return ["", "", _shorten(sentence, 2 * CONTEXT_CHARS)]
        offset = found
    end = offset + len(surface)
    before = sentence[max(0, offset - CONTEXT_CHARS) : offset]
    after = sentence[end : end + CONTEXT_CHARS]
    if offset > CONTEXT_CHARS:
        before = "…" + before
    if len(sentence) - end > CONTEXT_CHARS:
        after += "…"
    return [before, surface, after]


def _node_evidence(attrs: dict) -> list[list[str]]:
    seen, out = set(), []
    for mention in attrs.get("mentions") or ():
        sentence = mention.get("sentence")
        if not sentence or sentence in seen:
            continue
        context = _mention_context(mention)
        if context:
            seen.add(sentence)
            out.append(context)
        if len(out) == MAX_EVIDENCE:
            break
    return out


def _edge_evidence(evidence: list[dict]) -> list[str]:
    seen, out = set(), []
    for item in evidence:
        if item.get("source") == "gazetteer" and not item.get("sentence"):
            sentence = "行政区划数据 (division dataset)"
        else:
            sentence = _shorten(_text(item.get("sentence")).strip(), 2 * CONTEXT_CHARS + 40)
        if sentence and sentence not in seen:
            seen.add(sentence)
            out.append(sentence)
        if len(out) == MAX_EVIDENCE:
            break
    return out


def _doc_label(attrs: dict) -> str:
    what = "新闻" if attrs.get("doc_kind") == "news" else "报告"
    year = f"{attrs['year']}年" if attrs.get("year") else ""
    return f"{year}{_text(attrs.get('region'))}{what}" if (year or attrs.get("region")) else _text(attrs.get("doc"))


def _indicator_line(attrs: dict) -> str:
    value = attrs.get("value")
    parts = [_text(attrs.get("metric"))]
    if value is not None:
        number = f"{value:g}" if isinstance(value, float) else str(value)
        parts.append(number + _text(attrs.get("unit")))
    if attrs.get("growth_pct") is not None:
        parts.append(f"增长 {attrs['growth_pct']:g}%")
    return " ".join(p for p in parts if p)


def _mention_links(graph, nodes: list[str], doc_nodes: dict[str, str]) -> list[tuple[str, str]]:
    """(entity, document node) for every document among ``nodes`` that mentions the entity.

    Pairs that a graph edge already joins (``about``, ``deliveredBy``) are left out.
    """
    inside = set(nodes)
    links = []
    for n in nodes:
        attrs = graph.nodes[n]
        if attrs.get("kind") != "entity":
            continue
        joined = {*graph.successors(n), *graph.predecessors(n)}  # has_edge either way, without two calls each
        for doc in attrs.get("docs") or ():
            d = doc_nodes.get(doc)
            if d in inside and d not in joined:
                links.append((n, d))
    return sorted(set(links))


def _neighbour_degree(graph, nodes: list[str], links: list[tuple[str, str]]) -> dict[str, int]:
    """Distinct neighbours of each node among ``nodes``, by edges in either direction or ``links``."""
    inside = set(nodes)
    neighbours: dict[str, set[str]] = {}
    for n in nodes:
        near = {v for v in graph.successors(n) if v in inside}
        near.update(v for v in graph.predecessors(n) if v in inside)
        near.discard(n)
        neighbours[n] = near
    for a, b in links:
        neighbours[a].add(b)
        neighbours[b].add(a)
    return {n: len(near) for n, near in neighbours.items()}


def _node_value(degree: int) -> float:
    """vis-network scales node and label size linearly in ``value``: sqrt keeps hubs in proportion."""
    return round(math.sqrt(degree), 3)


def _build_view(graph, max_nodes: int) -> dict:
    """Everything the page shows, as plain JSON-ready data."""
    from pyvis.network import Network

    style = _style()
    types, relations = style["types"], style["relations"]
    nodes = view_node_ids(graph)
    doc_nodes = {a["doc"]: n for n, a in graph.nodes(data=True) if a.get("kind") == "document" and a.get("doc")}
    links = _mention_links(graph, nodes, doc_nodes)
    degree = _neighbour_degree(graph, nodes, links)
    ranked = sorted(nodes, key=lambda n: (-degree[n], n))
    kept = ranked[: max(0, max_nodes)]
    kept_set = set(kept)

    # Documents: labels for tooltips and the report filter (region, year).
    doc_index: dict[str, int] = {}
    docs: list[dict] = []

    def index_doc(doc: str) -> int:
        if doc not in doc_index:
            attrs = graph.nodes[doc_nodes[doc]] if doc in doc_nodes else {}
            doc_index[doc] = len(docs)
            docs.append({"id": doc, "label": _doc_label(attrs) if attrs else doc, "title": _text(attrs.get("title"))})
        return doc_index[doc]

    groups: dict[tuple, list[str]] = defaultdict(list)
    for doc, n in sorted(doc_nodes.items()):
        a = graph.nodes[n]
        if a.get("region") or a.get("year"):
            groups[(_text(a.get("region")), a.get("year") or 0)].append(doc)
    reports = []
    report_of_doc: dict[str, int] = {}
    for (region, year), members in sorted(groups.items()):
        kinds = {graph.nodes[doc_nodes[d]].get("doc_kind") for d in members}
        label = f"{region} {year or ''}".strip()
        if kinds == {"news"}:
            label += " · 新闻"
        if len(members) > 1:
            label += f" ({len(members)})"
        for d in members:
            report_of_doc[d] = len(reports)
        reports.append({"label": label, "region": region, "year": year or None, "docs": members})

    net = Network(directed=True)
    net.node_ids = _IdList()  # pyvis checks membership in a list: keep it O(1)
    info: dict[str, dict] = {}
    counts: dict[str, int] = defaultdict(int)
    for n in kept:
        a = graph.nodes[n]
        kind = a.get("kind")
        ntype = "Report" if kind == "document" else _text(a.get("type")) or "Entity"
        look = types.get(ntype, {"color": "#999999", "shape": "dot"})
        counts[ntype] += 1
        if kind == "document":
            label = _doc_label(a)
            doc_ids = [a["doc"]] if a.get("doc") else []
            item = {
                "type": ntype,
                "name": _text(a.get("title")) or label,
                "fields": [
                    [key, _text(a.get(key))]
                    for key in ("doc_kind", "region", "year", "speaker", "post", "meeting", "date", "source")
                    if a.get(key) not in (None, "")
                ],
                "indicators": [
                    _indicator_line(graph.nodes[v])
                    for v in sorted(graph.successors(n))
                    if graph.nodes[v].get("kind") == "indicator"
                ][:MAX_INDICATORS_IN_TOOLTIP],
            }
        else:
            label = _text(a.get("name")) or n
            doc_ids = list(a.get("docs") or ())
            item = {
                "type": ntype,
                "name": label,
                "aliases": [_text(x) for x in a.get("aliases") or ()],
                "code": _text(a.get("code")),
                "level": _text(a.get("level")),
                "parents": [_text(x) for x in a.get("parents") or ()],
                "ev": _node_evidence(a),
            }
        item["deg"] = degree[n]
        item["docs"] = [index_doc(d) for d in doc_ids]
        item["reports"] = sorted({report_of_doc[d] for d in doc_ids if d in report_of_doc})
        info[n] = item
        net.add_node(
            n, label=label, shape=look["shape"], color=look["color"], value=_node_value(degree[n]),
        )
        net.get_node(n)["group"] = ntype  # pyvis drops the colour when add_node gets a group

    merged: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        etype = attrs.get("type", key)
        if u in kept_set and v in kept_set and u != v and etype not in HIDDEN_EDGE_TYPES:
            merged[(u, v, etype)].extend(attrs.get("evidence") or ())
    by_doc: dict[str, list[dict]] = {}  # the mentions of the entity at hand by document (links are sorted)
    last = None
    for entity, doc_node in links:
        if entity in kept_set and doc_node in kept_set:
            if entity != last:  # one pass over a hub's mentions, not one per document that mentions it
                last, by_doc = entity, defaultdict(list)
                for m in graph.nodes[entity].get("mentions") or ():
                    by_doc[m.get("doc")].append(m)
            doc = graph.nodes[doc_node]["doc"]
            mentions = by_doc.get(doc, [])
            merged[(entity, doc_node, MENTION)] = [
                {"doc": doc, "sentence": "".join(ev), "source": "text"} for ev in _node_evidence({"mentions": mentions})
            ]
    edge_info = {}
    for i, ((u, v, etype), evidence) in enumerate(sorted(merged.items())):
        look = relations.get(etype, {"color": "#BBBBBB"})
        eid = f"e{i}"
        arrows = "" if etype in UNDIRECTED_EDGE_TYPES else "to"
        options = {"dashes": True, "width": 0.8} if look.get("dashes") else {}
        net.add_edge(u, v, id=eid, color=look["color"], arrows=arrows, rel=etype, **options)
        edge_info[eid] = {"type": etype, "ev": _edge_evidence(evidence)}

    used_types = [t for t in types if counts.get(t)] + sorted(t for t in counts if t not in types)
    order = {r: i for i, r in enumerate(relations)}
    used_rels = sorted({etype for _, _, etype in merged}, key=lambda r: (order.get(r, len(order)), r))
    return {
        "nodes": net.nodes,
        "edges": net.edges,
        "info": info,
        "edgeInfo": edge_info,
        "docs": docs,
        "reports": reports,
        "types": [
            {
                "type": t,
                "count": counts[t],
                **{k: types.get(t, {}).get(k, d) for k, d in (("label", t), ("color", "#999999"), ("glyph", "●"))},
            }
            for t in used_types
        ],
        "relations": [
            {"type": r, "count": sum(1 for key in merged if key[2] == r),
             **{k: relations.get(r, {}).get(k, d) for k, d in (("label", r), ("color", "#BBBBBB"), ("dashes", False))}}
            for r in used_rels
        ],
        "focus": [n for n in graph.graph.get("focus") or () if n in kept_set],
        "maxDocs": MAX_DOCS_IN_TOOLTIP,
        "shown": len(kept),
        "total": len(nodes),
        "capped": len(kept) < len(nodes),
        "options": _vis_options(len(kept)),
    }


class _IdList(list):
    """A list with O(1) membership tests, for pyvis's ``node_ids``."""

    def __init__(self):
        super().__init__()
        self._set = set()

    def append(self, item):
        self._set.add(item)
        super().append(item)

    def __contains__(self, item):
        return item in self._set


def _vis_options(node_count: int) -> dict:
    """vis-network options: a bounded stabilisation, after which the page turns physics off."""
    iterations = 400 if node_count <= 300 else 250 if node_count <= 800 else 150
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": node_count <= 150},
        "nodes": {
            "font": {
                "face": "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
                "size": 14,
                "color": "#222222",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
            "borderWidth": 1,
            # Size and label grow with the value (sqrt of the degree) on an absolute scale (the
            # page's customScalingFunction: value / SCALE_FULL, at most 1). Hubs' labels stay
            # legible with the whole graph in view; small labels appear as one zooms in
            # (drawThreshold), and no label grows past maxVisible pixels on screen.
            "scaling": {
                "min": 10,
                "max": 48,
                "label": {"enabled": True, "min": 14, "max": 56, "maxVisible": 26, "drawThreshold": 7},
            },
        },
        "edges": {
            "width": 1.2,
            "selectionWidth": 2,
            "smooth": {"enabled": node_count <= 800, "type": "continuous", "roundness": 0.3},
            "arrows": {"to": {"scaleFactor": 0.5}},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": node_count > 800},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -60,
                "centralGravity": 0.01,
                "springLength": 90,
                "springConstant": 0.08,
                "avoidOverlap": 0.3,
            },
            "maxVelocity": 50,
            "minVelocity": 1,
            "timestep": 0.5,
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 10, "fit": True},
        },
    }


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_html(graph, *, title: str = "kg", max_nodes: int = 1500) -> str:
    """A complete, self-contained HTML page showing ``graph`` (no network requests).

    Entities and documents become nodes (colour and shape per type, size by
    degree); past ``max_nodes`` only the best-connected nodes are kept and the
    page says so. Nodes listed in ``graph.graph["focus"]`` (set by
    ``ego_graph``) are selected and highlighted once the layout settles.
    """
    view = _build_view(graph, max_nodes)
    js, css = _vis_assets()
    data = _json_for_script(view)
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(js)} {_csp_hash(_APP_JS)}; "
        "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; "
        "connect-src 'none'; base-uri 'none'; form-action 'none'"
    )
    if view["capped"]:
        note = (
            f"Showing the {view['shown']:,} best-connected of {view['total']:,} nodes. "
            "For a smaller view use kg viz GRAPH --focus NAME or --report REGION."
        )
    else:
        note = ""
    esc = html.escape
    return "".join(
        [
            "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n",
            f'<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            '<meta name="generator" content="kg (vis-network 9.1.2 from pyvis)">\n',
            '<link rel="icon" href="data:,">\n',
            f"<title>{esc(title)}</title>\n<style>\n{css}\n</style>\n<style>\n{_PAGE_CSS}</style>\n</head>\n<body>\n",
            '<aside id="kg-panel">\n',
            f'<h1 id="kg-title">{esc(title)}</h1>\n',
            f'<p id="kg-status" data-shown="{view["shown"]}" data-total="{view["total"]}">'
            f'{view["shown"]:,} nodes · {len(view["edges"]):,} edges</p>\n',
            f'<p id="kg-cap" role="status"{"" if note else " hidden"}>{esc(note)}</p>\n',
            '<form id="kg-search-form" autocomplete="off">'
            '<input id="kg-search" type="search" list="kg-names" placeholder="Search a name 搜索名称" aria-label="Search a name">'
            '<button type="submit">Find</button></form>\n'
            '<datalist id="kg-names"></datalist>\n<p id="kg-search-msg"></p>\n',
            '<h2>Types</h2>\n<div id="kg-types"></div>\n',
            '<h2>Report</h2>\n<select id="kg-report" aria-label="Report"><option value="">All reports 全部</option></select>\n',
            '<h2>Relations</h2>\n<div id="kg-relations"></div>\n',
            '<p id="kg-layout">Laying out…</p>\n',
            '<div id="kg-details"></div>\n',
            "</aside>\n<main id=\"kg-graph\"></main>\n",
            f'<script type="application/json" id="kg-data">{data}</script>\n',
            f"<script>{js}</script>\n",
            f"<script>{_APP_JS}</script>\n",
            "</body>\n</html>\n",
        ]
    )


def write_html(html_text: str, path) -> None:
    """Write ``html_text`` to ``path`` atomically (temp file in the same folder, then rename)."""
    from kg.fileio import write_text_atomic

    write_text_atomic(path, html_text)


_PAGE_CSS = """\
html, body { margin: 0; height: 100%; font-family: 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC',
  'Microsoft YaHei', system-ui, sans-serif; font-size: 14px; color: #222; }
body { display: flex; }
#kg-panel { width: 300px; flex: none; box-sizing: border-box; height: 100%; overflow-y: auto;
  padding: 12px 14px; border-right: 1px solid #ddd; background: #fafafa; }
#kg-graph { flex: 1; height: 100%; min-width: 0; }
h1 { font-size: 18px; margin: 0 0 4px; word-break: break-all; }
h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .05em; color: #666; margin: 14px 0 6px; }
#kg-status { margin: 0 0 8px; color: #555; }
#kg-cap { background: #fff4ce; border: 1px solid #e6c200; padding: 6px 8px; border-radius: 4px; margin: 0 0 8px; }
#kg-search-form { display: flex; gap: 4px; }
#kg-search { flex: 1; min-width: 0; padding: 4px 6px; font: inherit; }
#kg-search-msg { min-height: 1.2em; margin: 4px 0; color: #a33; font-size: 12px; }
#kg-types label, #kg-relations label { display: flex; align-items: center; gap: 6px; padding: 2px 0; cursor: pointer; }
.kg-glyph { font-size: 16px; width: 18px; text-align: center; }
.kg-count { color: #888; margin-left: auto; }
.kg-line { display: inline-block; width: 22px; height: 0; }
#kg-report { width: 100%; font: inherit; }
#kg-layout { color: #888; font-size: 12px; }
#kg-details:empty { display: none; }
#kg-details { border-top: 1px solid #ddd; margin-top: 10px; padding-top: 8px; }
.kg-tip { max-width: 420px; white-space: normal; font-size: 13px; line-height: 1.45; }
.kg-tip h3 { font-size: 15px; margin: 0 0 4px; }
.kg-tip .kg-type { font-weight: bold; }
.kg-tip dl { margin: 4px 0; display: grid; grid-template-columns: max-content 1fr; gap: 1px 8px; }
.kg-tip dt { color: #666; }
.kg-tip dd { margin: 0; word-break: break-all; }
.kg-tip ul { margin: 2px 0 4px; padding-left: 18px; }
.kg-tip li { margin: 2px 0; }
.kg-tip mark { background: #ffe58f; padding: 0; }
div.vis-tooltip { white-space: normal; max-width: 440px; }
"""

_APP_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var $ = function (id) { return document.getElementById(id); };
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  var typeLook = {};
  data.types.forEach(function (t) { typeLook[t.type] = t; });
  var relLook = {};
  data.relations.forEach(function (r) { relLook[r.type] = r; });

  function addField(dl, key, value) {
    if (value === undefined || value === null || value === "" || (value.length === 0)) return;
    dl.appendChild(el("dt", null, key));
    dl.appendChild(el("dd", null, Array.isArray(value) ? value.join("、") : value));
  }
  function nodeTip(id) {
    var n = data.info[id];
    var box = el("div", "kg-tip");
    var look = typeLook[n.type] || {};
    var head = el("h3", null, n.name);
    box.appendChild(head);
    var type = el("div", "kg-type", (look.glyph || "") + " " + (look.label || n.type));
    type.style.color = look.color || "#333";
    box.appendChild(type);
    var dl = el("dl");
    addField(dl, "aliases 别名", n.aliases);
    addField(dl, "code 区划代码", n.code);
    addField(dl, "level 级别", n.level);
    addField(dl, "parents 上级", n.parents && n.parents.length ? n.parents.join(" › ") : "");
    (n.fields || []).forEach(function (f) { addField(dl, f[0], f[1]); });
    addField(dl, "links 连接", String(n.deg));
    box.appendChild(dl);
    if (n.indicators && n.indicators.length) {
      box.appendChild(el("div", "kg-type", "indicators 指标"));
      var ul0 = el("ul");
      n.indicators.forEach(function (s) { ul0.appendChild(el("li", null, s)); });
      box.appendChild(ul0);
    }
    if (n.docs.length) {
      box.appendChild(el("div", "kg-type", "documents 文档 (" + n.docs.length + ")"));
      var ul = el("ul");
      n.docs.slice(0, data.maxDocs).forEach(function (i) {
        var d = data.docs[i];
        ul.appendChild(el("li", null, d.title || d.label));
      });
      if (n.docs.length > data.maxDocs) ul.appendChild(el("li", null, "… +" + (n.docs.length - data.maxDocs)));
      box.appendChild(ul);
    }
    if (n.ev && n.ev.length) {
      box.appendChild(el("div", "kg-type", "evidence 证据"));
      var ul2 = el("ul");
      n.ev.forEach(function (s) {
        var li = el("li");
        li.appendChild(document.createTextNode(s[0]));
        li.appendChild(el("mark", null, s[1]));
        li.appendChild(document.createTextNode(s[2]));
        ul2.appendChild(li);
      });
      box.appendChild(ul2);
    }
    return box;
  }
  function edgeTip(id, e) {
    var x = data.edgeInfo[id];
    var box = el("div", "kg-tip");
    box.appendChild(el("h3", null, data.info[e.from].name + " → " + data.info[e.to].name));
    var look = relLook[x.type] || {};
    var t = el("div", "kg-type", look.label || x.type);
    t.style.color = look.color || "#333";
    box.appendChild(t);
    if (x.ev.length) {
      var ul = el("ul");
      x.ev.forEach(function (s) { ul.appendChild(el("li", null, s)); });
      box.appendChild(ul);
    }
    return box;
  }

  var baseColor = {};
  data.nodes.forEach(function (n) { baseColor[n.id] = n.color; n.title = nodeTip(n.id); });
  data.edges.forEach(function (e) { e.baseColor = e.color; e.title = edgeTip(e.id, e); });
  var SCALE_FULL = 16;  // value (sqrt of the degree) at which a node reaches full size
  data.options.nodes.scaling.customScalingFunction = function (min, max, total, value) {
    return Math.min(1, Math.max(0, value) / SCALE_FULL);
  };
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = $("kg-graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var view = window.kgView = {
    network: network, nodes: nodes, edges: edges,
    shown: data.shown, total: data.total, capped: data.capped, stabilized: false
  };
  function layoutDone() {
    if (view.stabilized) return;
    network.setOptions({ physics: { enabled: false } });
    view.stabilized = true;
    $("kg-layout").textContent = "Layout done. Click a node to highlight its neighbours; Esc clears.";
    if (data.focus.length) {
      network.selectNodes(data.focus);
      highlight(data.focus[0], data.focus.slice(1));
    }
  }
  network.on("stabilizationProgress", function (p) {
    $("kg-layout").textContent = "Laying out… " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", layoutDone);
  network.once("stabilized", layoutDone);
  if (!data.nodes.length) {
    view.stabilized = true;
    $("kg-layout").textContent = "This view has no nodes.";
  }

  // Legend with type and relation filters: one checked box per key, on[key] follows it.
  function addFilter(container, attr, key, on, swatch, label, count) {
    on[key] = true;
    var row = el("label");
    var box = el("input");
    box.type = "checkbox"; box.checked = true; box.setAttribute(attr, key);
    box.addEventListener("change", function () { on[key] = box.checked; applyFilters(); });
    row.appendChild(box); row.appendChild(swatch);
    row.appendChild(el("span", null, label));
    row.appendChild(el("span", "kg-count", count));
    $(container).appendChild(row);
  }
  var typeOn = {};
  data.types.forEach(function (t) {
    var glyph = el("span", "kg-glyph", t.glyph);
    glyph.style.color = t.color;
    addFilter("kg-types", "data-type", t.type, typeOn, glyph, t.label, t.count);
  });
  var relOn = {};
  data.relations.forEach(function (r) {
    var line = el("span", "kg-line");
    line.style.borderTop = "3px " + (r.dashes ? "dashed " : "solid ") + r.color;
    addFilter("kg-relations", "data-rel", r.type, relOn, line, r.label, r.count);
  });
  data.reports.forEach(function (r, i) {
    var o = el("option", null, r.label);
    o.value = String(i);
    $("kg-report").appendChild(o);
  });
  $("kg-report").addEventListener("change", applyFilters);
  if (!data.reports.length) {
    $("kg-report").hidden = true;
    $("kg-report").previousElementSibling.hidden = true;
  }

  function isShown(id) {
    var n = data.info[id];
    var rep = $("kg-report").value;
    return typeOn[n.type] !== false && (rep === "" || n.reports.indexOf(Number(rep)) >= 0);
  }
  function applyFilters() {
    clearHighlight();
    var visible = {};
    var count = 0;
    nodes.update(data.nodes.map(function (n) {
      var on = isShown(n.id);
      visible[n.id] = on;
      if (on) count++;
      return { id: n.id, hidden: !on };
    }));
    edges.update(data.edges.map(function (e) {
      return { id: e.id, hidden: !(visible[e.from] && visible[e.to] && relOn[e.rel] !== false) };
    }));
    $("kg-status").textContent = count.toLocaleString("en") + " of " + data.shown.toLocaleString("en") +
      " nodes shown · " + data.edges.length.toLocaleString("en") + " edges";
  }

  // Neighbourhood highlight.
  var DIM = "rgba(200,200,200,0.35)";
  var highlighted = false;
  function highlight(id, more) {
    var centres = [id].concat(more || []);
    var near = {};
    centres.forEach(function (c) {
      near[c] = true;
      network.getConnectedNodes(c).forEach(function (m) { near[m] = true; });
    });
    nodes.update(data.nodes.map(function (n) {
      return near[n.id] ? { id: n.id, color: baseColor[n.id], font: { color: "#222222" } }
                        : { id: n.id, color: DIM, font: { color: "rgba(120,120,120,0.35)" } };
    }));
    edges.update(data.edges.map(function (e) {
      var on = centres.indexOf(e.from) >= 0 || centres.indexOf(e.to) >= 0;
      return { id: e.id, color: on ? e.baseColor : DIM };
    }));
    highlighted = true;
    var details = $("kg-details");
    details.textContent = "";
    details.appendChild(nodeTip(id));
  }
  function clearHighlight() {
    if (!highlighted) return;
    nodes.update(data.nodes.map(function (n) {
      return { id: n.id, color: baseColor[n.id], font: { color: "#222222" } };
    }));
    edges.update(data.edges.map(function (e) { return { id: e.id, color: e.baseColor }; }));
    highlighted = false;
    $("kg-details").textContent = "";
  }
  network.on("click", function (p) {
    if (p.nodes.length) highlight(p.nodes[0]); else clearHighlight();
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { network.unselectAll(); clearHighlight(); }
  });

  // Search.
  var names = $("kg-names");
  var byName = {}, byAlias = {};
  data.nodes.forEach(function (n) {
    var info = data.info[n.id];
    (byName[info.name] = byName[info.name] || []).push(n.id);
    (info.aliases || []).forEach(function (a) { (byAlias[a] = byAlias[a] || []).push(n.id); });
  });
  Object.keys(byName).sort().forEach(function (name) {
    var o = el("option"); o.value = name; names.appendChild(o);
  });
  function best(ids) {
    return ids.slice().sort(function (a, b) { return data.info[b].deg - data.info[a].deg; })[0];
  }
  function findNode(q) {
    q = q.trim();
    if (!q) return null;
    if (byName[q]) return best(byName[q]);
    if (byAlias[q]) return best(byAlias[q]);
    var low = q.toLowerCase();
    var hits = data.nodes.filter(function (n) { return data.info[n.id].name.toLowerCase().indexOf(low) >= 0; })
                         .map(function (n) { return n.id; });
    return hits.length ? best(hits) : null;
  }
  function focusNode(id) {
    if (!isShown(id)) {
      typeOn[data.info[id].type] = true;
      var box = document.querySelector('#kg-types input[data-type="' + CSS.escape(data.info[id].type) + '"]');
      if (box) box.checked = true;
      $("kg-report").value = "";
      applyFilters();
    }
    network.selectNodes([id]);
    highlight(id);
    network.focus(id, { scale: 1.3, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
  }
  view.search = function (q) {
    var id = findNode(q);
    $("kg-search-msg").textContent = id === null ? "Not found 未找到: " + q : "";
    if (id !== null) focusNode(id);
    return id;
  };
  $("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    view.search($("kg-search").value);
  });
})();
"""
