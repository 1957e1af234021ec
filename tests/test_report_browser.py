"""HTML reports in a real headless Chromium with every non-file request blocked.

Each report kind of the seed build opens with no request, no console error and
no dialog; the region chart draws real bars; footnote links land on their
source; hostile names show as text. Screenshots go to test-artifacts/report-*.png.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import launch_browser, open_page, save_screenshot
from test_viz import XSS_IMG, make_hostile_graph

from kg import rdf, report

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
KINDS = [
    ("overview", []),
    ("region", ["金华市"]),
    ("entity", ["永康市"]),
    ("initiative", ["最多跑一次改革"]),
    ("path", ["金东区", "义乌市"]),
    ("compare", ["永康市", "浦江县"]),
]


@pytest.fixture(scope="module")
def browser():
    with launch_browser() as b:
        yield b


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """The HTML report of every kind, from one build of seeds/."""
    from kg.pipeline import build

    export = tmp_path_factory.mktemp("seeds")
    build([ROOT / "seeds"], export)
    out = tmp_path_factory.mktemp("reports")
    source = report.load_source(export)
    files = {}
    for kind, names in KINDS:
        [path] = report.write_report(report.build_report(source, kind, names), out, formats=("html",))
        files[kind] = path
    return files


@pytest.mark.parametrize("kind", [k for k, _ in KINDS])
def test_report_opens_offline_without_errors(browser, pages, kind):
    with open_page(pages[kind], browser=browser) as (page, requests, errors, dialogs):
        assert page.title().startswith(("Overview", "Region", "Entity", "Initiative", "Path", "Comparison"))
        assert page.locator("h2").count() >= 2
        assert page.locator("ol.sources li").count() >= 1
        save_screenshot(page, f"report-{kind}")
        assert (requests, errors, dialogs) == ([], [], [])


def test_region_chart_draws_two_bars_in_proportion(browser, pages):
    with open_page(pages["region"], browser=browser) as (page, requests, errors, dialogs):
        fig = page.locator("figure.chart", has_text="地区生产总值").first
        fig.scroll_into_view_if_needed()
        heights = [b["height"] for b in (r.bounding_box() for r in fig.locator("rect.bar").all())]
        assert len(heights) == 2 and all(h > 10 for h in heights)
        assert heights[1] / heights[0] == pytest.approx(4559.9 / 4100, rel=0.02)
        assert "4559.9" in fig.inner_text() and "2018" in fig.inner_text()
        text = page.locator("body").inner_text()
        assert "4100 亿元" in text and "尹学群" in text
        assert (requests, errors, dialogs) == ([], [], [])


def test_footnote_link_lands_on_its_sentence(browser, pages):
    with open_page(pages["initiative"], browser=browser) as (page, requests, errors, dialogs):
        link = page.locator("sup.ref a").first
        target = link.get_attribute("href")
        link.click()
        assert page.evaluate("location.hash") == target
        note = page.locator(target)
        assert note.is_visible() and "最多跑一次" in note.inner_text()
        assert page.evaluate(f"document.querySelector('{target}').matches(':target')")
        assert (requests, errors, dialogs) == ([], [], [])


def test_hostile_names_render_as_text(browser, tmp_path):
    export = tmp_path / "hostile"
    export.mkdir()
    (export / "graph.ttl").write_text(rdf.render_turtle(make_hostile_graph()), encoding="utf-8")
    [path] = report.make_reports(export, "entity", [XSS_IMG], tmp_path / "out", formats=("html",))
    with open_page(path, browser=browser) as (page, requests, errors, dialogs):
        assert XSS_IMG in page.locator("h1").inner_text()
        assert page.locator("body img, body script").count() == 0
        assert (requests, errors, dialogs) == ([], [], [])
