"""graph.html in a real headless Chromium with every non-file request blocked.

Screenshots go to test-artifacts/ (viz-contract.png, viz-large.png, viz-seeds.png).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from browser import launch_browser, open_page, save_screenshot
from test_viz import XSS_IMG, XSS_SCRIPT, YK, make_contract_graph, make_hostile_graph, make_large_graph

from kg import viz

pytestmark = [pytest.mark.browser, pytest.mark.slow]

READY = "() => window.kgView !== undefined && window.kgView.stabilized === true"


@pytest.fixture(scope="module")
def browser():
    with launch_browser() as b:
        yield b


@pytest.fixture(scope="module")
def contract_graph():
    return make_contract_graph()


@pytest.fixture(scope="module")
def contract_file(tmp_path_factory, contract_graph):
    path = tmp_path_factory.mktemp("viz") / "graph.html"
    viz.write_html(viz.render_html(contract_graph, title="金华 seed graph"), path)
    return path


@pytest.fixture
def contract_page(browser, contract_file):
    with open_page(contract_file, browser=browser) as (page, requests, errors, dialogs):
        page.wait_for_function(READY, timeout=30_000)
        yield page
        assert (requests, errors, dialogs) == ([], [], [])


def node_ids(page, predicate: str) -> set[str]:
    """Ids of the DataSet nodes for which the JS ``predicate(n)`` holds."""
    return set(page.evaluate(f"kgView.nodes.get({{filter: {predicate}}}).map(n => n.id)"))


def node_point(page, node_id: str) -> tuple[float, float]:
    """Page coordinates of a node's centre."""
    return tuple(
        page.evaluate(
            """id => {
                const net = kgView.network;
                const p = net.canvasToDOM(net.getPositions([id])[id]);
                const box = document.getElementById("kg-graph").getBoundingClientRect();
                return [box.left + p.x, box.top + p.y];
            }""",
            node_id,
        )
    )


# --------------------------------------------------------------- the helper itself


def test_blocking_is_real_pyvis_own_page_asks_the_network(browser, tmp_path):
    """pyvis 0.3.2's page with inline resources still fetches Bootstrap: the helper must see it."""
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    net.add_node("region/330784", label="永康市")
    path = tmp_path / "pyvis.html"
    net.write_html(str(path))
    with open_page(path, browser=browser) as (page, requests, errors, dialogs):
        page.wait_for_timeout(300)
    assert any("bootstrap" in url for url in requests)
    assert errors  # the blocked loads show up as console errors


# --------------------------------------------------------------- the contract graph


def test_offline_page_shows_every_promised_node(browser, contract_file, contract_graph):
    with open_page(contract_file, browser=browser) as (page, requests, errors, dialogs):
        page.wait_for_function(READY, timeout=30_000)
        promised = int(page.get_attribute("#kg-status", "data-shown"))
        expected = sum(1 for _, kind in contract_graph.nodes(data="kind") if kind in ("entity", "document"))
        assert page.evaluate("kgView.nodes.length") == promised == expected
        assert page.evaluate("kgView.edges.length") > 30
        assert page.is_hidden("#kg-cap")
        legend = page.inner_text("#kg-types")
        for label in ("地区 Region", "企业 Enterprise", "项目 Project", "举措 Initiative", "人物 Person", "报告 Report"):
            assert label in legend
        # Every node was laid out on the canvas, inside the visible area after the fit.
        positions = page.evaluate("Object.values(kgView.network.getPositions())")
        assert len(positions) == expected and len({(round(p["x"]), round(p["y"])) for p in positions}) == expected
        save_screenshot(page, "viz-contract")
    assert requests == []
    assert errors == []
    assert dialogs == []


@pytest.mark.parametrize(
    "query, expected",
    [
        ("永康市", "region/330784"),
        ("永康", "region/330784"),  # alias
        ("海亮集", "enterprise/hailiang"),  # part of a name
        ("朱志杰", "person/zhuzhijie"),
    ],
)
def test_search_selects_and_focuses(contract_page, query, expected):
    page = contract_page
    page.fill("#kg-search", query)
    page.press("#kg-search", "Enter")
    assert page.evaluate("kgView.network.getSelectedNodes()") == [expected]
    name = page.evaluate(f"kgView.nodes.get({expected!r}).label")
    assert page.inner_text("#kg-details h3") == name
    assert page.inner_text("#kg-search-msg") == ""


def test_search_shows_a_node_hidden_by_the_filters(contract_page):
    page = contract_page
    page.uncheck('#kg-types input[data-type="Region"]')
    page.select_option("#kg-report", label="店口镇 2020")
    assert "region/330784" in node_ids(page, "n => n.hidden === true")
    page.fill("#kg-search", "永康市")
    page.press("#kg-search", "Enter")
    assert page.evaluate("kgView.network.getSelectedNodes()") == ["region/330784"]
    assert page.is_checked('#kg-types input[data-type="Region"]')
    assert page.input_value("#kg-report") == ""
    assert node_ids(page, "n => n.hidden === true") == set()


def test_search_for_an_unknown_name_says_so(contract_page):
    page = contract_page
    page.fill("#kg-search", "北京市")
    page.click("#kg-search-form button")
    assert page.evaluate("kgView.network.getSelectedNodes()") == []
    assert "北京市" in page.inner_text("#kg-search-msg")


@pytest.mark.parametrize("etype", ["Person", "Region", "Report"])
def test_type_filter_hides_that_type_only(contract_page, etype):
    page = contract_page
    of_type = node_ids(page, f"n => n.group === {etype!r}")
    assert of_type
    page.uncheck(f'#kg-types input[data-type="{etype}"]')
    assert node_ids(page, "n => n.hidden === true") == of_type
    hidden_edges = page.evaluate("kgView.edges.get({filter: e => e.hidden}).map(e => [e.from, e.to])")
    assert hidden_edges and all(a in of_type or b in of_type for a, b in hidden_edges)
    page.check(f'#kg-types input[data-type="{etype}"]')
    assert node_ids(page, "n => n.hidden === true") == set()


def test_relation_filter_hides_that_edge_type_only(contract_page):
    page = contract_page
    mentions = set(page.evaluate("kgView.edges.get({filter: e => e.rel === 'mentionedIn'}).map(e => e.id)"))
    assert mentions
    page.uncheck('#kg-relations input[data-rel="mentionedIn"]')
    assert set(page.evaluate("kgView.edges.get({filter: e => e.hidden}).map(e => e.id)")) == mentions
    assert node_ids(page, "n => n.hidden === true") == set()  # nodes stay
    page.check('#kg-relations input[data-rel="mentionedIn"]')
    assert page.evaluate("kgView.edges.get({filter: e => e.hidden}).length") == 0


def test_report_filter_shows_that_reports_entities(contract_page, contract_graph):
    page = contract_page
    page.select_option("#kg-report", label="永康市 2019")
    shown = node_ids(page, "n => !n.hidden")
    expected = {n for n, a in contract_graph.nodes(data=True) if YK in (a.get("docs") or ())} | {"doc/" + YK}
    assert shown == expected
    assert "person/zhuzhijie" in shown and "region/330700" not in shown
    page.select_option("#kg-report", value="")
    assert node_ids(page, "n => n.hidden === true") == set()


def test_click_highlights_the_neighbourhood(contract_page, contract_graph):
    page = contract_page
    page.evaluate("kgView.network.fit({animation: false})")
    x, y = node_point(page, "region/330784")
    page.mouse.click(x, y)
    assert page.evaluate("kgView.network.getSelectedNodes()") == ["region/330784"]
    near = {"region/330784"} | set(contract_graph.successors("region/330784")) | set(
        contract_graph.predecessors("region/330784")
    )
    near = {n for n in near if contract_graph.nodes[n]["kind"] != "indicator"}
    dimmed = node_ids(page, "n => typeof n.color === 'string' && n.color.startsWith('rgba(200')")
    assert dimmed == set(node_ids(page, "n => true")) - near
    page.keyboard.press("Escape")  # clears the highlight and the selection
    assert node_ids(page, "n => typeof n.color === 'string' && n.color.startsWith('rgba(200')") == set()
    assert page.evaluate("kgView.network.getSelectedNodes()") == []
    assert page.inner_text("#kg-details") == ""


def test_hover_shows_the_tooltip(contract_page):
    page = contract_page
    page.evaluate("kgView.network.fit({animation: false})")
    x, y = node_point(page, "initiative/zuiduo")
    page.mouse.move(x - 30, y - 30)
    page.mouse.move(x, y, steps=4)
    tip = page.locator("div.vis-tooltip")
    tip.wait_for(state="visible", timeout=5_000)
    text = tip.inner_text()
    assert "最多跑一次改革" in text and "举措 Initiative" in text
    assert "纵深推进" in text  # evidence sentence
    assert "2019年永康市政府工作报告" in text  # the document that mentions it


def test_ego_view_opens_with_its_focus_highlighted(browser, contract_graph, tmp_path):
    path = tmp_path / "ego.html"
    viz.write_html(viz.render_html(viz.ego_graph(contract_graph, "永康市", 1), title="永康市"), path)
    with open_page(path, browser=browser) as (page, requests, errors, dialogs):
        page.wait_for_function(READY, timeout=30_000)
        assert page.evaluate("kgView.network.getSelectedNodes()") == ["region/330784"]
        assert page.inner_text("#kg-details h3") == "永康市"
        # 永康市, 金华市 (partOf), 朱志杰 (holdsPost), 五金物流港 (locatedIn), its 2019 report (about)
        assert page.evaluate("kgView.nodes.length") == 5
        save_screenshot(page, "viz-ego")
    assert (requests, errors, dialogs) == ([], [], [])


# --------------------------------------------------------------- script in the input


def test_script_in_names_stays_text(browser, tmp_path):
    path = tmp_path / "hostile.html"
    viz.write_html(viz.render_html(make_hostile_graph(), title=XSS_IMG), path)
    with open_page(path, browser=browser) as (page, requests, errors, dialogs):
        page.wait_for_function(READY, timeout=30_000)
        assert page.title() == XSS_IMG
        assert page.evaluate("kgView.nodes.get('enterprise/xss-img').label") == XSS_IMG
        page.fill("#kg-search", XSS_SCRIPT)
        page.press("#kg-search", "Enter")
        assert page.evaluate("kgView.network.getSelectedNodes()") == ["project/xss-script"]
        details = page.inner_text("#kg-details")
        assert XSS_SCRIPT in details and XSS_IMG in details  # name, evidence sentence
        page.evaluate("kgView.network.fit({animation: false})")
        x, y = node_point(page, "enterprise/xss-img")
        page.mouse.move(x, y, steps=4)
        page.locator("div.vis-tooltip").wait_for(state="visible", timeout=5_000)
        assert XSS_IMG in page.inner_text("div.vis-tooltip")
        assert page.evaluate("document.querySelectorAll('img, iframe').length") == 0
        assert page.evaluate("document.scripts.length") == 3
        page.wait_for_timeout(300)
    assert dialogs == []
    assert requests == []
    assert errors == []


# --------------------------------------------------------------- the full-corpus scale


def test_large_graph_is_capped_and_settles(browser, tmp_path):
    path = tmp_path / "large.html"
    viz.write_html(viz.render_html(make_large_graph(3000), title="3,000 synthetic entities"), path)
    with open_page(path, browser=browser) as (page, requests, errors, dialogs):
        start = time.perf_counter()
        page.wait_for_function(READY, timeout=60_000)
        settle = time.perf_counter() - start
        assert page.evaluate("kgView.nodes.length") == 1500
        assert page.is_visible("#kg-cap")
        assert "1,500 best-connected of 3,000" in page.inner_text("#kg-cap")
        assert page.evaluate("kgView.network.physics.options.enabled") is False  # physics stopped
        # Still responsive: a search answers at once.
        page.fill("#kg-search", "Region实体00000")
        start = time.perf_counter()
        page.press("#kg-search", "Enter")
        assert page.evaluate("kgView.network.getSelectedNodes()") == ["region/00000"]
        assert time.perf_counter() - start < 5
        save_screenshot(page, "viz-large")
    assert settle < 45
    assert (requests, errors, dialogs) == ([], [], [])


# --------------------------------------------------------------- the seed corpus


@pytest.fixture(scope="session")
def seed_graph(tmp_path_factory):
    """The seed corpus built by the pipeline and read back from its export folder."""
    from kg.graph import load_graph
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seed-build")
    build([Path(__file__).resolve().parent.parent / "seeds"], out)
    return load_graph(out), out


def test_seed_graph_page(browser, seed_graph, tmp_path):
    graph, out = seed_graph
    path = tmp_path / "seeds.html"
    viz.write_html(viz.render_html(graph, title="kg seeds"), path)
    promised = len(viz.view_node_ids(graph))
    with open_page(path, browser=browser) as (page, requests, errors, dialogs):
        page.wait_for_function(READY, timeout=60_000)
        assert page.evaluate("kgView.nodes.length") == min(promised, 1500)
        assert page.is_visible("#kg-cap") == (promised > 1500)
        save_screenshot(page, "viz-seeds")
        page.fill("#kg-search", "永康市")
        page.press("#kg-search", "Enter")
        (selected,) = page.evaluate("kgView.network.getSelectedNodes()")
        assert graph.nodes[selected]["name"] == "永康市"
        page.wait_for_timeout(600)  # the focus animation
        save_screenshot(page, "viz-seeds-yongkang")
        page.keyboard.press("Escape")
        page.uncheck('#kg-types input[data-type="Person"]')
        persons = node_ids(page, "n => n.group === 'Person'")
        assert persons and node_ids(page, "n => n.hidden === true") == persons
        page.check('#kg-types input[data-type="Person"]')
        assert node_ids(page, "n => n.hidden === true") == set()
    assert (requests, errors, dialogs) == ([], [], [])
    # The page `kg build` exported shows the same graph: the view of graph.ttl read back.
    with open_page(out / "graph.html", browser=browser) as (page, requests, errors, dialogs):
        page.wait_for_function(READY, timeout=60_000)
        assert int(page.get_attribute("#kg-status", "data-total")) == promised
        assert page.evaluate("kgView.nodes.length") == min(promised, 1500)
    assert (requests, errors, dialogs) == ([], [], [])
