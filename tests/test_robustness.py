"""Safe on bad input (issue 8): encodings, broken files, kills mid-write, hostile text, determinism, errors.

One bad file must never cost the user the rest of the corpus or a good export.
Each section below is one point of the issue.
"""

from __future__ import annotations

import codecs
import html
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS
from kg.ingest import MAX_FILE_BYTES, load_documents
from kg.pipeline import EXPORTERS, build, process_file

KG = [sys.executable, "-m", "kg"]
RDF_FILES = ("graph.ttl", "graph.trig")


def run_kg(*args, env=None, cwd=ROOT, timeout=300) -> subprocess.CompletedProcess:
    """``python -m kg ARGS`` as a user runs it (own process, real exit status and stderr)."""
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=timeout,
                          env={**os.environ, **(env or {})})


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


def facts_of(result) -> tuple[set, set]:
    """What a user sees of one file: its entities (type, name) and relations (head, type, tail)."""
    return ({m.key for m in result.mentions}, {(r.head, r.type, r.tail) for r in result.relations})


def parse_rdf(path: Path) -> tuple[int, int]:
    """Number of statements read by rdflib and by pyoxigraph (two independent parsers); both must succeed."""
    import pyoxigraph
    import rdflib

    if path.suffix == ".trig":
        n_rdflib = len(list(rdflib.Dataset().parse(path, format="trig").quads()))
        n_oxi = sum(1 for _ in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TRIG))
    else:
        n_rdflib = len(rdflib.Graph().parse(path, format="turtle"))
        n_oxi = sum(1 for _ in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    return n_rdflib, n_oxi


# ============================================================ 1. encodings and saved HTML pages

SCRIPT_ONLY = "浙江测试科技有限公司在金华市投资建设年产10万吨新材料项目,测试县人民政府县长王小明"


def saved_page(text: str, charset: str) -> str:
    """``text`` as a browser saves it: one <p> per line, a script and a style full of Chinese, a nav bar."""
    body = "".join(f"<p>{html.escape(line)}</p>\n" if line.strip() else "\n" for line in text.split("\n"))
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="{charset}"><title>政府工作报告</title>\n'
        f"<script>var banner = '{SCRIPT_ONLY}';</script>\n"
        "<style>p { font-family: '微软雅黑'; }</style></head>\n"
        f"<body><div class=\"nav\">首页 &gt; 政务公开</div>\n{body}</body></html>\n"
    )


@pytest.fixture(scope="module")
def seed_facts():
    """Entities and relations of each seed file read as the UTF-8 original."""
    cache = {}

    def get(seed: str):
        if seed not in cache:
            cache[seed] = facts_of(process_file(SEEDS / seed))
        return cache[seed]

    return get


@pytest.mark.parametrize(
    "seed, encoding, bom, html_page, expected",
    [
        ("002_7f0fc1a2ba6e0861.txt", "gbk", b"", False, "gbk"),  # traditional script
        ("004_8e0279829cf70102.txt", "gbk", b"", False, "gbk"),
        ("001_44d2389ca00e083e.txt", "gb18030", b"", False, "gb18030"),  # ©, NBSP and • are not GBK
        ("001_44d2389ca00e083e.txt", "utf-8", codecs.BOM_UTF8, False, "utf-8-sig"),
        ("004_8e0279829cf70102.txt", "utf-16-le", codecs.BOM_UTF16_LE, False, "utf-16"),
        ("002_7f0fc1a2ba6e0861.txt", "utf-16-be", codecs.BOM_UTF16_BE, False, "utf-16"),
        ("004_8e0279829cf70102.txt", "utf-16-le", b"", False, "utf-16-le"),
        ("004_8e0279829cf70102.txt", "utf-8", b"", True, "utf-8"),  # saved page
        ("002_7f0fc1a2ba6e0861.txt", "gbk", b"", True, "gbk"),  # saved page from an old government site
        ("001_44d2389ca00e083e.txt", "utf-8", codecs.BOM_UTF8, True, "utf-8-sig"),
    ],
    ids=["gbk-traditional", "gbk", "gb18030", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-nobom",
         "html-utf8", "html-gbk", "html-utf8-bom"],
)
def test_reencoded_seed_gives_the_same_entities(tmp_path, seed_facts, seed, encoding, bom, html_page, expected):
    text = (SEEDS / seed).read_text(encoding="utf-8")
    if html_page:
        text = saved_page(text, {"utf-8": "utf-8", "gbk": "gbk"}[encoding])
    copy = tmp_path / (Path(seed).stem + (".html" if html_page else ".txt"))
    copy.write_bytes(bom + text.encode(encoding))
    assert copy.read_bytes() != (SEEDS / seed).read_bytes()
    result = process_file(copy)
    assert result.status.status == "ok", result.status.error
    assert result.status.encoding == expected
    entities, relations = facts_of(result)
    want_entities, want_relations = seed_facts(seed)
    assert len(want_entities) > 100
    assert entities == want_entities
    assert relations == want_relations
    # Nothing of the page's script, style or markup became an entity.
    assert not [name for _, name in entities if "测试" in name or "<" in name or "微软" in name]


def test_html_markup_of_a_saved_page_is_not_text(tmp_path):
    page = tmp_path / "page.htm"
    page.write_text(saved_page((SEEDS / "004_8e0279829cf70102.txt").read_text(encoding="utf-8"), "utf-8"),
                    encoding="utf-8")
    docs, status = load_documents(page)
    assert status.status == "ok" and docs
    text = "\n".join(d.text for d in docs)
    for markup in ("<p>", "</p>", "var banner", "王小明", "font-family", "&gt;", "DOCTYPE"):
        assert markup not in text


# ============================================================ 2. broken files: one line each, the rest still exports

REPORT = (SEEDS / "004_8e0279829cf70102.txt").read_text(encoding="utf-8")

BAD_FILES = {
    # name: (bytes, words the error line must contain)
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b" \r\n\t\n", "empty file"),
    "picture.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    "cut-utf8.txt": (REPORT[:3000].encode("utf-8") + "金".encode("utf-8")[:2], "truncated UTF-8"),
    "cut-gbk.txt": (REPORT[:3000].encode("gbk") + "金".encode("gbk")[:1], "truncated GBK"),
    "cut-utf16.txt": (codecs.BOM_UTF16_LE + REPORT[:3000].encode("utf-16-le")[:-1], "truncated UTF-16"),
    "cut-page.html": (REPORT[:3000].encode("utf-8") + b"<p>\xe9\x87", "truncated UTF-8"),
}


def make_corpus(folder: Path, bad: dict[str, bytes]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEEDS / "004_8e0279829cf70102.txt", folder / "good-gbk-source.txt")
    (folder / "good-gbk.txt").write_bytes(REPORT.encode("gbk"))
    for name, data in bad.items():
        (folder / name).write_bytes(data)


def check_build_of_bad_corpus(proc, folder: Path, out: Path, bad: dict[str, str]) -> None:
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    errors = error_lines(proc.stderr)
    assert len(errors) == len(bad), errors
    for name, words in bad.items():
        (line,) = [e for e in errors if f"{folder / name}:" in e]  # one line, naming the file
        assert words in line, line
    # The good files are still exported, completely.
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    status = {Path(i["path"]).name: i["status"] for i in manifest["inputs"]}
    assert status == {"good-gbk-source.txt": "ok", "good-gbk.txt": "ok", **{n: "error" for n in bad}}
    assert len(manifest["documents"]) == 2 and manifest["counts"]["entities"]["Region"] > 10
    for name in RDF_FILES:
        n_rdflib, n_oxi = parse_rdf(out / name)
        assert n_rdflib == n_oxi > 1000
    assert "永康市" in (out / "graph.html").read_text(encoding="utf-8") or manifest["counts"]["entities"]
    assert not list(out.glob(".*.tmp"))


def test_bad_files_each_get_one_line_and_the_rest_exports(tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    bad = {name: data for name, (data, _) in BAD_FILES.items()}
    too_big = (REPORT * 80).encode("utf-8")  # 1.5 MB of good text, over the limit set below
    bad["huge.txt"] = too_big
    make_corpus(folder, bad)
    proc = run_kg("build", folder, "--out", out, "--quiet", env={"KG_MAX_FILE_BYTES": "1000000"})
    words = {name: w for name, (_, w) in BAD_FILES.items()}
    words["huge.txt"] = "too large (1.5 MB; the limit is 1.0 MB, set KG_MAX_FILE_BYTES"
    check_build_of_bad_corpus(proc, folder, out, words)


@pytest.mark.skipif(sys.platform != "linux", reason="file names that are not UTF-8 need a Linux file system")
@pytest.mark.parametrize("export", ["in memory", "streamed"])
def test_odd_file_names_give_one_line_and_valid_exports(tmp_path, export):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    raw = os.fsencode(folder)
    for name, data in [(b"line\nbreak.txt", b""), (b"\xff\xfe gbk-name.txt", REPORT.encode("gbk")),
                       ("金华 2019 (final).txt".encode(), REPORT.encode("utf-8")), (b"\xb7\xa2 empty.txt", b" ")]:
        with open(raw + b"/" + name, "wb") as f:
            f.write(data)
    proc = run_kg("build", folder, "--out", out, "--quiet", *(["--stream"] if export == "streamed" else []))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    errors = error_lines(proc.stderr)
    assert len(errors) == 2 and len(proc.stderr.strip().splitlines()) == 2, proc.stderr  # no line broken in two
    assert any("line\\nbreak.txt: empty file" in e for e in errors)
    assert any("\\xb7\\xa2 empty.txt: empty file" in e for e in errors)
    manifest = json.loads((out / "manifest.json").read_bytes().decode("utf-8"))  # valid UTF-8
    assert len(manifest["documents"]) == 2
    for name in RDF_FILES:
        n_rdflib, n_oxi = parse_rdf(out / name)
        assert n_rdflib == n_oxi > 1000


@pytest.mark.parametrize("variable", ["KG_MAX_FILE_BYTES", "KG_MAX_TEXT_CHARS"])
@pytest.mark.parametrize("value, limit", [("", None), ("5000", 5000), ("1_000", 1000), ("0", None), ("-3", None),
                                          ("lots", None), (" 42 ", 42)])
def test_size_limit_settings(monkeypatch, variable, value, limit):
    from kg.ingest import MAX_TEXT_CHARS, max_file_bytes, max_text_chars

    monkeypatch.setenv(variable, value)
    get, default = {"KG_MAX_FILE_BYTES": (max_file_bytes, MAX_FILE_BYTES),
                    "KG_MAX_TEXT_CHARS": (max_text_chars, MAX_TEXT_CHARS)}[variable]
    assert get() == (limit or default)


def test_too_much_text_is_refused_but_a_heavy_page_with_little_text_is_read(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_MAX_TEXT_CHARS", str(len(REPORT) * 3))
    dump = tmp_path / "dump.txt"
    dump.write_text(REPORT * 4, encoding="utf-8")
    docs, status = load_documents(dump)
    assert docs == [] and status.error == (
        f"{dump}: too much text ({len(REPORT) * 4:,} characters; the limit is {len(REPORT) * 3:,} characters, "
        "set KG_MAX_TEXT_CHARS to change it); skipped")
    page = tmp_path / "page.html"  # markup and inline script far over the limit, the visible text under it
    script = "<script>var data = '" + "x" * (len(REPORT) * 5) + "';</script>"
    page.write_text(f"<html><head>{script}</head><body><p>{html.escape(REPORT)}</p></body></html>", encoding="utf-8")
    docs, status = load_documents(page)
    assert status.status == "ok" and docs


def test_file_at_the_limit_is_read_one_byte_over_is_not(tmp_path, monkeypatch):
    path = tmp_path / "r.txt"
    path.write_bytes(REPORT.encode("utf-8"))
    size = path.stat().st_size
    monkeypatch.setenv("KG_MAX_FILE_BYTES", str(size))
    docs, status = load_documents(path)
    assert status.status == "ok" and docs
    monkeypatch.setenv("KG_MAX_FILE_BYTES", str(size - 1))
    docs, status = load_documents(path)
    assert docs == [] and status.status == "error" and status.bytes == size
    assert status.error.startswith(f"{path}: too large") and "\n" not in status.error


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    docs, status = load_documents(fifo)  # opening it for reading would wait for a writer forever
    assert docs == [] and status.error == f"{fifo}: not a regular file; skipped"


@pytest.mark.slow
def test_200_mb_file_is_refused_quickly_in_little_memory(tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    bad = {name: data for name, (data, _) in BAD_FILES.items()}
    make_corpus(folder, bad)
    chunk = (REPORT.encode("utf-8") * 60)[: 1 << 20]  # 1 MiB of real report text
    with open(folder / "dump.txt", "wb") as f:
        for _ in range(200):
            f.write(chunk)
    assert (folder / "dump.txt").stat().st_size == 200 << 20
    env = {**os.environ}
    env.pop("KG_MAX_FILE_BYTES", None)
    # The build runs under a small wrapper that reports its peak memory (ru_maxrss, kB on Linux).
    wrapper = ("import resource, subprocess, sys; p = subprocess.run(sys.argv[1:]); "
               "print('maxrss', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
               "sys.exit(p.returncode)")
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", wrapper, *KG, "build", str(folder), "--out", str(out), "--quiet"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    seconds = time.monotonic() - start
    maxrss_kb = int(proc.stderr.rsplit("maxrss ", 1)[1].split()[0])
    words = {name: w for name, (_, w) in BAD_FILES.items()}
    words["dump.txt"] = "too large (209.7 MB; the limit is 100.0 MB, set KG_MAX_FILE_BYTES"
    check_build_of_bad_corpus(proc, folder, out, words)
    assert seconds < 60
    assert maxrss_kb * 1024 < 200 << 20  # the build never held the file in memory


# ============================================================ 3. atomic exports: kill a build mid-write


def wait_for(predicate, timeout: float, interval: float = 0.005) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(interval)
    return False


@pytest.fixture(scope="module")
def previous_build(tmp_path_factory):
    """A finished build of one seed: the exports a user already has before rebuilding."""
    out = tmp_path_factory.mktemp("previous")
    build([SEEDS / "004_8e0279829cf70102.txt"], out)
    return {name: (out / name).read_bytes() for name in EXPORTERS}


def is_complete(name: str, data: bytes) -> bool:
    """A whole export file, not a stub: it parses (JSON, RDF with two parsers) or ends as a page ends."""
    if name.endswith((".json", ".jsonld")):
        try:
            json.loads(data)
        except ValueError:
            return False
        return True
    if name.endswith(".html"):
        return data.startswith(b"<!DOCTYPE html>") and data.endswith(b"</html>\n")
    return True  # graph.ttl and graph.trig are parsed below


@pytest.mark.slow
@pytest.mark.parametrize("kill_at", ["graph.ttl", "graph.html", "renamed"],
                         ids=["first-temp", "last-temp", "after-first-rename"])
def test_kill_during_export_leaves_complete_files(tmp_path, previous_build, kill_at):
    out = tmp_path / "exports"
    out.mkdir()
    for name, data in previous_build.items():
        (out / name).write_bytes(data)
    old_inode = (out / "graph.ttl").stat().st_ino

    def moment() -> bool:
        if kill_at == "renamed":
            return (out / "graph.ttl").stat().st_ino != old_inode
        return bool(list(out.glob(f".{kill_at}.*.tmp")))

    proc = subprocess.Popen([*KG, "build", "seeds", "--out", str(out), "--quiet"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        staged = wait_for(lambda: moment() or proc.poll() is not None, timeout=240)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert staged and proc.returncode == -signal.SIGKILL, "the build ended before it was killed"
    leftovers = list(out.glob(".*.tmp"))
    if kill_at != "renamed":
        assert leftovers, "killed while writing: its temp files are still there"
    # Every export is either the previous file, untouched, or a complete new one: never a stub.
    for name, old in previous_build.items():
        now = (out / name).read_bytes()
        assert now == old or is_complete(name, now), f"{name} is truncated"
    for name in RDF_FILES:
        n_rdflib, n_oxi = parse_rdf(out / name)
        assert n_rdflib == n_oxi > 1000
    if kill_at == "renamed":  # the new seed graph is in place, whole
        assert (out / "graph.ttl").read_bytes() != previous_build["graph.ttl"]
        assert parse_rdf(out / "graph.ttl")[0] > 20_000
    # The next build removes the killed build's temp files and writes everything.
    build([SEEDS / "001_44d2389ca00e083e.txt"], out)
    assert not [p for p in leftovers if p.exists()]
    assert not list(out.glob(".*.tmp"))
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".kg-cache")) == sorted(EXPORTERS)


def test_temp_files_of_a_running_build_are_left_alone(tmp_path):
    """Cleaning up only removes temp files whose build is gone (another build may be writing)."""
    from kg.pipeline import write_exports

    out = tmp_path / "x"
    out.mkdir()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        running = out / f".graph.ttl.{alive.pid}.abc123.tmp"
        running.write_text("half", encoding="utf-8")
        dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True, check=True)
        gone = out / f".graph.html.{dead.stdout.strip()}.zz.tmp"
        gone.write_text("half", encoding="utf-8")
        old_style = out / ".graph.trig.k2j3h4.tmp"
        old_style.write_text("half", encoding="utf-8")
        import networkx as nx

        write_exports(nx.MultiDiGraph(), {"inputs": []}, out)
        assert running.exists() and not gone.exists() and not old_style.exists()
    finally:
        alive.kill()
        alive.wait()


def test_failed_render_leaves_the_previous_exports(tmp_path, monkeypatch, previous_build):
    from kg import pipeline

    out = tmp_path / "x"
    out.mkdir()
    for name, data in previous_build.items():
        (out / name).write_bytes(data)

    def broken(graph, manifest):
        raise RuntimeError("renderer crashed")

    monkeypatch.setitem(pipeline.EXPORTERS, "graph.html", broken)
    with pytest.raises(RuntimeError):
        build([SEEDS / "001_44d2389ca00e083e.txt"], out)
    assert {name: (out / name).read_bytes() for name in previous_build} == previous_build
    assert not list(out.glob(".*.tmp"))


# ============================================================ 4. script in the input stays text

XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_SCRIPT = "</script><script>alert(2)</script>"
XSS_B = "<b onmouseover=alert(3)>"
HOSTILE_TEXT = (
    "2023年永康市政府工作报告\n\n"
    "各位代表:现在,我代表市人民政府向大会作工作报告,请予审议。"
    f"2023年,永康市启动“{XSS_IMG}”行动,推进“{XSS_SCRIPT}”工程,实施“{XSS_B}”三年行动计划,"
    "全市地区生产总值增长6%。\n"
)
PAYLOADS = {XSS_IMG: "行动", XSS_SCRIPT: "工程", XSS_B: "三年行动计划"}


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    result = build([folder / "hostile.txt"], folder / "out")
    return result


def test_payloads_become_entity_names(hostile_build):
    names = {a["name"] for _, a in hostile_build.graph.nodes(data=True) if a.get("kind") == "entity"}
    for payload, suffix in PAYLOADS.items():
        assert payload + suffix in names  # the extractor really carries the payload into a name


@pytest.mark.parametrize("payload", [*PAYLOADS, "onerror=alert(1)>", "<script>alert"])
def test_raw_payload_never_appears_in_the_page(hostile_build, payload):
    page = (hostile_build.out / "graph.html").read_text(encoding="utf-8")
    assert payload not in page
    assert page.count("</script>") == 3  # the page's own three scripts: none closed early


def test_payload_survives_as_text_in_rdf(hostile_build):
    import rdflib

    g = rdflib.Graph().parse(hostile_build.out / "graph.ttl", format="turtle")
    labels = {str(o) for o in g.objects(None, rdflib.RDFS.label)}
    assert {p + s for p, s in PAYLOADS.items()} <= labels


def test_entity_report_escapes_the_payload(hostile_build, tmp_path):
    from kg.report import make_reports

    (md, page) = make_reports(hostile_build.out, "entity", [XSS_SCRIPT + "工程"], tmp_path, formats=("md", "html"))
    text = page.read_text(encoding="utf-8")
    for payload in PAYLOADS:
        assert payload not in text
    assert html.escape(XSS_SCRIPT + "工程") in text or html.escape(XSS_SCRIPT + "工程", quote=False) in text


@pytest.mark.slow
@pytest.mark.browser
def test_browser_shows_payload_as_text_and_opens_no_dialog(hostile_build):
    from browser import open_page

    with open_page(hostile_build.out / "graph.html") as (page, requests, errors, dialogs):
        page.wait_for_function("() => window.kgView !== undefined && window.kgView.stabilized === true",
                               timeout=30_000)
        for payload, suffix in PAYLOADS.items():
            page.fill("#kg-search", payload + suffix)
            page.press("#kg-search", "Enter")
            assert len(page.evaluate("kgView.network.getSelectedNodes()")) == 1
            assert payload + suffix in page.inner_text("#kg-details")  # shown, as text
        assert page.evaluate("document.querySelectorAll('img, b, iframe').length") == 0
        assert page.evaluate("document.scripts.length") == 3
        page.wait_for_timeout(300)
    assert dialogs == [] and requests == [] and errors == []


# ============================================================ 5. any text gives valid IRIs and parseable RDF

hypothesis = pytest.importorskip("hypothesis")
st = hypothesis.strategies

NASTY = list('"\'“”‘’「」<>&\\{}@#:;.,/%?^`|~\n\r\t\x00\x01\x0b\x0c\x1b\x7f\x85\xa0\u2028\u2029\ufeff\ufffe\uffff'
             "\u202e\u200b\U0001f600\U00020bb7")
TEXT = st.text(
    st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.sampled_from(NASTY),
        st.characters(blacklist_categories=("Cs",)),  # any Unicode but lone surrogates
    ),
    max_size=40,
)


@hypothesis.settings(max_examples=100, deadline=None)
@hypothesis.given(TEXT, TEXT)
def test_extraction_survives_any_text(core, filler):
    from kg.extract import extract_text

    text = f"{filler}永康市启动“{core}”行动,{core}有限公司在{filler}投资建设{core}项目。{filler}"
    mentions, relations = extract_text(text, context={"region": "永康市", "year": 2023, "title": None})
    for m in mentions:
        assert text[m.start : m.end] == m.text and m.name
    names = {m.key for m in mentions}
    for r in relations:
        assert r.head in names or r.head[0] == "Region"


def check_rdf_text(ttl: str, trig: str, names: set[str]) -> None:
    """Both files parse with rdflib and pyoxigraph (strict IRIs) to the same statements, names intact."""
    import pyoxigraph
    import rdflib

    g = rdflib.Graph().parse(data=ttl, format="turtle")
    d = list(rdflib.Dataset().parse(data=trig, format="trig").quads())
    ox_ttl = list(pyoxigraph.parse(ttl.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE))
    ox_trig = list(pyoxigraph.parse(trig.encode("utf-8"), format=pyoxigraph.RdfFormat.TRIG))
    assert len(g) == len(ox_ttl) and len(d) == len(ox_trig)
    assert len(g) > 0 or not names
    for s, _, _ in g:
        assert isinstance(s, rdflib.URIRef) and str(s).isascii() and " " not in str(s)
    labels = {str(o) for o in g.objects(None, rdflib.RDFS.label)}
    assert names <= labels


@hypothesis.settings(max_examples=30, deadline=None, suppress_health_check=[hypothesis.HealthCheck.too_slow])
@hypothesis.given(TEXT)
def test_build_of_any_text_gives_parseable_turtle_and_trig(tmp_path_factory, core):
    folder = tmp_path_factory.mktemp("any")
    text = (f"2023年永康市政府工作报告\n\n各位代表:现在,我代表市人民政府向大会作工作报告。永康市启动“{core}”行动,"
            f"浙江{core}有限公司在永康市投资建设{core}项目。\n")
    source = folder / "any.txt"
    source.write_text(text, encoding="utf-8", newline="")
    result = build([source], folder / "out")
    names = set()
    if result.errors:  # e.g. too many control characters: refused as binary, one line
        assert len(result.errors) == 1 and "\n" not in result.errors[0]
    else:
        names = {a["name"] for _, a in result.graph.nodes(data=True) if a.get("kind") == "entity"}
    out = folder / "out"
    check_rdf_text((out / "graph.ttl").read_text(encoding="utf-8"), (out / "graph.trig").read_text(encoding="utf-8"),
                   names)
    json.loads((out / "graph.jsonld").read_text(encoding="utf-8"))
    page = (out / "graph.html").read_text(encoding="utf-8").lower()
    assert page.count("</script") == 3 and "<!--" not in page  # no name closes or comments out a script


def hand_made_graph(names: list[str], ids: list[str], doc: str):
    """A contract graph (kg/graph.py) whose names, aliases, ids, sentences and titles are arbitrary text."""
    import networkx as nx

    g = nx.MultiDiGraph()
    g.add_node("doc/" + doc, kind="document", type="Report", doc_kind="report", doc=doc, title=names[0],
               source=names[-1], start=0, end=10, region=names[0], year=2023, reviewed_year=2022,
               speaker=names[-1], post=names[0], meeting=names[-1], date="2023-01-01")
    types = ["Region", "Enterprise", "Project", "Initiative", "Person"]
    nodes = []
    for i, (name, node) in enumerate(zip(names, ids)):
        node = f"{types[i % 5].lower()}/{node}"
        if node in g:  # a repeated id: give it a path segment of its own
            node = f"{node}/{i}"
        mention = {"doc": doc, "start": i, "end": i + len(name), "text": name, "sentence": f"“{name}”。",
                   "sent_start": 0}
        g.add_node(node, kind="entity", type=types[i % 5], name=name, aliases=[name + "\"", "\\" + name],
                   code=name or None, level=name or None, parents=[], docs=[doc], mentions=[mention])
        nodes.append(node)
    for a, b in zip(nodes, nodes[1:]):
        g.add_edge(a, b, key="partOf", type="partOf",
                   evidence=[{"doc": doc, "start": 0, "end": 3, "sentence": a + b, "source": "text"}])
    return g


@hypothesis.settings(max_examples=100, deadline=None)
@hypothesis.given(st.lists(TEXT.filter(bool), min_size=1, max_size=6), st.lists(TEXT, min_size=6, max_size=6), TEXT)
def test_any_names_and_ids_render_to_valid_rdf(names, ids, doc):
    from kg.rdf import render_trig, render_turtle

    g = hand_made_graph(names, ids, doc)
    ttl, trig = render_turtle(g), render_trig(g)
    assert render_turtle(g) == ttl  # deterministic
    check_rdf_text(ttl, trig, set(names))


# ============================================================ 6. determinism


def files_of(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in RDF_FILES}


PAIR = ["seeds/004_8e0279829cf70102.txt", "seeds/002_7f0fc1a2ba6e0861.txt"]


@pytest.mark.slow
def test_same_inputs_give_byte_identical_rdf_whatever_the_hash_seed(tmp_path):
    """Two processes with different string-hash seeds (set and dict orders differ) write the same bytes."""
    procs = {  # at the same time, so both read the same code
        seed: subprocess.Popen([*KG, "build", *PAIR, "--out", str(tmp_path / seed), "--quiet"], cwd=ROOT,
                               env={**os.environ, "PYTHONHASHSEED": seed}, stderr=subprocess.PIPE)
        for seed in ("0", "4242")
    }
    for proc in procs.values():
        assert proc.wait(timeout=300) == 0, proc.stderr.read()
        proc.stderr.close()
    outs = [files_of(tmp_path / seed) for seed in procs]
    assert outs[0] == outs[1]
    assert outs[0]["graph.ttl"] and outs[0]["graph.trig"]


@pytest.mark.slow
def test_input_order_does_not_change_the_rdf(tmp_path):
    build([ROOT / p for p in PAIR], tmp_path / "a")
    build([ROOT / p for p in reversed(PAIR)], tmp_path / "b")
    assert files_of(tmp_path / "a") == files_of(tmp_path / "b")


# A report from another province that names villages: village tables are loaded per province, lazily.
VILLAGE_REPORT = (
    "2023年丽江市古城区政府工作报告\n\n各位代表:现在,我代表区人民政府向大会报告工作,请予审议。过去一年,"
    "七河镇龙潭村、三义村,束河街道开文社区、中济社区全面完成年度目标,龙潭村乡村振兴示范项目建成投用,"
    "三义村农业产业园项目开工建设。全区地区生产总值增长5%。\n"
)
BUILD_IN_A_FRESH_PROCESS = (
    "import sys; from pathlib import Path; from kg.pipeline import build; "
    "build([Path(sys.argv[1])], Path(sys.argv[2]), jobs=int(sys.argv[3]), "
    "cache=Path(sys.argv[4]) if len(sys.argv) > 4 else None)"
)
# Villages are loaded into the gazetteer lazily, per province, by extraction; when extraction ran elsewhere
# (forked workers, or the incremental cache), resolve_entities() must load them itself (it once did not:
# partOf 29 became 27 on this corpus).


def build_fresh(folder: Path, out: Path, jobs: int = 1, cache: Path | None = None) -> dict[str, bytes]:
    """Build in a new process (this one's gazetteer has loaded villages in earlier tests)."""
    args = [sys.executable, "-c", BUILD_IN_A_FRESH_PROCESS, str(folder), str(out), str(jobs)]
    subprocess.run(args + ([str(cache)] if cache else []), cwd=ROOT, check=True, capture_output=True)
    return files_of(out)


@pytest.fixture
def village_corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "lijiang.txt").write_text(VILLAGE_REPORT, encoding="utf-8")
    shutil.copy(SEEDS / "004_8e0279829cf70102.txt", folder)
    return folder


@pytest.mark.slow
def test_parallel_build_gives_the_same_rdf(village_corpus, tmp_path):
    assert build_fresh(village_corpus, tmp_path / "1", jobs=1) == build_fresh(village_corpus, tmp_path / "2", jobs=2)


@pytest.mark.slow
def test_incremental_build_gives_the_same_rdf(village_corpus, tmp_path):
    cache = tmp_path / "cache"
    build_fresh(village_corpus, tmp_path / "first", cache=cache)
    with open(village_corpus / "004_8e0279829cf70102.txt", "a", encoding="utf-8") as f:
        f.write("\n")  # one file changed: the other comes from the cache
    assert build_fresh(village_corpus, tmp_path / "again", cache=cache) == build_fresh(village_corpus, tmp_path / "full")


# ============================================================ 7. clear errors, never a traceback

CLI_ERRORS = [
    # (id, argv with {E} = a good export folder and {T} = a scratch folder, words in the error line)
    ("bad-sparql", ["query", "{E}", "SELECT ?x WHERE { ?x ?y }"], "bad SPARQL"),
    ("bad-sparql-oxigraph", ["query", "--engine", "oxigraph", "{E}", "SELECT ?x WHERE { ?x ?y }"], "bad SPARQL"),
    ("unknown-query", ["query", "{E}", "no_such_query"], "unknown query"),
    ("unbound-param", ["query", "{E}", "projects_by_region", "--param", "nope=1"], "?nope"),
    ("query-missing-folder", ["query", "{T}/missing", "projects_by_region"], "missing"),
    ("query-empty-folder", ["query", "{T}", "projects_by_region"], "has no graph.ttl"),
    ("query-truncated-ttl", ["query", "{T}/cut.ttl", "relation_counts"], "cannot parse"),
    ("viz-unknown-focus", ["viz", "{E}", "--focus", "不存在的名字", "--out", "{T}/v.html"], "不存在的名字"),
    ("viz-unknown-report", ["viz", "{E}", "--report", "不存在", "--out", "{T}/v.html"], "不存在"),
    ("viz-missing-folder", ["viz", "{T}/missing", "--out", "{T}/v.html"], "missing"),
    ("validate-missing", ["validate", "{T}/missing/"], "missing"),
    ("validate-truncated-ttl", ["validate", "{T}/cut.ttl"], "cut.ttl"),
    ("build-missing-input", ["build", "{T}/missing", "seeds/004_8e0279829cf70102.txt", "--out", "{T}/o"], "missing"),
    ("extract-missing-jsonl", ["extract", "--jsonl", "{T}/missing.jsonl"], "missing.jsonl"),
    ("report-unknown-entity", ["report", "entity", "不存在", "--graph", "{E}", "--out", "{T}/r"], "不存在"),
]
CLI_GAPS = {  # once tracebacks, now one error line each
    "viz-empty-folder": (["viz", "{T}", "--out", "{T}/v.html"], "has no graph.ttl"),
    "viz-truncated-ttl": (["viz", "{T}/cut.ttl", "--out", "{T}/v.html"], "cut.ttl"),
    "viz-negative-depth": (["viz", "{E}", "--focus", "永康市", "--depth", "-1", "--out", "{T}/v.html"], "depth"),
    "build-out-is-a-file": (["build", "seeds/004_8e0279829cf70102.txt", "--out", "{T}/cut.ttl"], "cut.ttl"),
}


@pytest.fixture(scope="module")
def scratch(tmp_path_factory, seed_exports):
    folder = tmp_path_factory.mktemp("scratch")
    ttl = (seed_exports / "graph.ttl").read_bytes()
    (folder / "cut.ttl").write_bytes(ttl[: len(ttl) // 3])  # a truncated download of an export
    return folder


def check_one_error_line(argv, words, seed_exports, scratch):
    from kg.cli import COMMANDS

    if argv[0] not in COMMANDS:
        pytest.skip(f"`kg {argv[0]}` is not a command yet")
    args = [a.replace("{E}", str(seed_exports)).replace("{T}", str(scratch)) for a in argv]
    proc = run_kg(*args)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr, proc.stderr
    errors = error_lines(proc.stderr)
    assert len(errors) == 1, proc.stderr
    assert words in errors[0]
    assert len(errors[0]) < 1200


@pytest.mark.parametrize("argv, words", [row[1:] for row in CLI_ERRORS], ids=[row[0] for row in CLI_ERRORS])
def test_cli_error_is_one_line_without_traceback(argv, words, seed_exports, scratch):
    check_one_error_line(argv, words, seed_exports, scratch)


@pytest.mark.parametrize("argv, words", list(CLI_GAPS.values()), ids=list(CLI_GAPS))
def test_cli_error_gaps(argv, words, seed_exports, scratch):
    check_one_error_line(argv, words, seed_exports, scratch)


def test_report_unknown_entity_is_one_error_line(seed_exports, tmp_path, capsys):
    """``kg report`` through kg.report's own runner, until the CLI registers it."""
    import argparse

    from kg.report import add_report_arguments, run_report

    parser = argparse.ArgumentParser()
    add_report_arguments(parser)
    code = run_report(parser.parse_args(["entity", "不存在", "--graph", str(seed_exports), "--out", str(tmp_path)]))
    err = capsys.readouterr().err
    assert code == 2
    assert error_lines(err) == err.strip().splitlines() and len(error_lines(err)) == 1 and "不存在" in err
    assert not list(tmp_path.iterdir())
