"""Open local HTML files in headless Chromium with the network cut off.

Shared by the browser tests (graph.html, HTML reports). Every request that is
not ``file:`` or ``data:`` is blocked and recorded, console errors and uncaught
exceptions are collected, and dialogs (``alert`` …) are dismissed and recorded.

    with launch_browser() as browser:
        with open_page("graph.html", browser=browser) as (page, requests, errors, dialogs):
            page.wait_for_function("window.kgView && window.kgView.stabilized")
            assert requests == [] and errors == [] and dialogs == []

Chromium is the Debian package (``/usr/bin/chromium``, or ``$KG_CHROMIUM``),
driven by playwright; no browser is ever downloaded. Without it the tests fail
when ``$CI`` is set and are skipped with the reason otherwise.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import pytest

__all__ = [
    "ARTIFACTS",
    "CHROMIUM_ARGS",
    "chromium_path",
    "require_chromium",
    "launch_browser",
    "open_page",
    "save_screenshot",
]

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--metrics-recording-only",
    "--no-default-browser-check",
]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


def chromium_path() -> str | None:
    """The Chromium executable to use, or None when there is none."""
    for candidate in (os.environ.get("KG_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require_chromium() -> str:
    """The Chromium path; fails the test in CI and skips it elsewhere when missing."""
    path = chromium_path()
    reason = None
    if path is None:
        reason = "no Chromium: install the Debian package `chromium` (or set KG_CHROMIUM)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "playwright is not installed: pip install -e '.[test]'"
    if reason:
        if _in_ci():
            pytest.fail(reason + " (required when CI is set)")
        pytest.skip(reason)
    return path


@contextlib.contextmanager
def launch_browser():
    """A headless Chromium (playwright ``Browser``) for the duration of the block."""
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@contextlib.contextmanager
def open_page(path, *, browser=None, viewport=(1400, 900), wait_until="load"):
    """Open ``path`` offline; yields ``(page, requests, console_errors, dialogs)``.

    ``requests`` lists the URL of every request that is not local (each was
    blocked), ``console_errors`` the text of console errors and uncaught
    exceptions, ``dialogs`` the messages of dialogs (dismissed).
    """
    with contextlib.ExitStack() as stack:
        if browser is None:
            browser = stack.enter_context(launch_browser())
        context = browser.new_context(
            viewport={"width": viewport[0], "height": viewport[1]},
            service_workers="block",
            locale="zh-CN",
        )
        stack.callback(context.close)
        requests: list[str] = []
        console_errors: list[str] = []
        dialogs: list[str] = []

        def route(route):
            url = route.request.url
            if url.startswith(LOCAL_SCHEMES):
                route.continue_()
            else:
                route.abort("blockedbyclient")

        def on_request(request):
            if not request.url.startswith(LOCAL_SCHEMES):
                requests.append(request.url)

        def on_dialog(dialog):
            dialogs.append(dialog.message)
            dialog.dismiss()

        context.route("**/*", route)
        page = context.new_page()
        page.on("request", on_request)
        page.on("websocket", lambda ws: requests.append(ws.url))
        page.on("console", lambda msg: console_errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: console_errors.append(f"uncaught: {exc}"))
        page.on("dialog", on_dialog)
        page.goto(Path(path).resolve().as_uri(), wait_until=wait_until)
        yield page, requests, console_errors, dialogs


def save_screenshot(page, name: str) -> Path:
    """Save a PNG of the page as ``test-artifacts/<name>.png`` and return its path."""
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(target), full_page=False)
    return target
