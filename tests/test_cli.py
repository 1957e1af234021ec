"""The command line: documented, examples in help, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT
from kg.cli import COMMANDS, main, make_parser


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_is_in_the_readme(command):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"`kg {command}" in readme


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_help_ends_with_an_example(command, capsys):
    with pytest.raises(SystemExit):
        make_parser().parse_args([command, "--help"])
    out = capsys.readouterr().out.rstrip()
    assert "example: kg " + command in out.splitlines()[-1] or any(
        line.strip().startswith("example: kg " + command) for line in out.splitlines()[-3:]
    )


def test_readme_opens_with_the_two_commands():
    lines = [line for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert lines[0] == "# kg" and lines[1] == "```bash"
    assert lines[2].startswith("bash scripts/build.sh") and lines[3].startswith("bash scripts/test.sh")
    assert lines[4] == "```"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/test.sh" in ci


def test_python_dash_m_kg_works():
    proc = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0 and "build" in proc.stdout


def test_the_command_delivers_all_its_output_and_status_through_a_pipe():
    # `kg` ends its process without the interpreter's teardown: what it printed must still all arrive
    dev = ROOT / "eval" / "dev.jsonl"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # a pipe's output is buffered
    proc = subprocess.run([sys.executable, "-m", "kg", "extract", "--jsonl", str(dev)], capture_output=True,
                          text=True, cwd=ROOT, env=env)
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert proc.returncode == 0 and len(proc.stdout) > 16_384
    assert [r["id"] for r in records] == [json.loads(line)["id"] for line in dev.read_text(encoding="utf-8").splitlines()]
    bad = subprocess.run([sys.executable, "-m", "kg", "build", "no-such-folder", "--out", "x"], capture_output=True,
                         text=True, cwd=ROOT, env=env)
    assert bad.returncode == 2 and bad.stderr == "error: no-such-folder: no such file or folder\n"


def test_no_command_is_usage_error(capsys):
    assert main([]) == 2


def test_unknown_option_is_usage_error():
    assert main(["build", "--nope"]) == 2


def test_extract_jsonl_contract(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": "永康市人民政府市长朱志杰", "context": {"region": "永康市"}}, ensure_ascii=False)
        + "\nnot json\n"
        + json.dumps({"id": "b", "text": "全市上下"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    code = main(["extract", "--jsonl", str(src)])
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and "in.jsonl:2" in err  # the bad line is named, the others still come out
    assert [r["id"] for r in rows] == ["a", "b"]
    ents = {(e["type"], e["name"]) for e in rows[0]["entities"]}
    assert ("Person", "朱志杰") in ents and ("Region", "永康市") in ents
    assert {"head": "朱志杰", "type": "holdsPost", "tail": "永康市"} in rows[0]["relations"]
    e = rows[0]["entities"][0]
    assert set(e) == {"type", "name", "text", "start", "end"}
    assert rows[1]["entities"] == []  # 全市 is generic


def test_evaluate_prints_strict_and_lenient_table(capsys):
    assert main(["evaluate", str(ROOT / "eval" / "dev.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "strict P" in out and "lenient P" in out
    for t in ("Region", "Enterprise", "Project", "Initiative", "Person", "partOf", "locatedIn", "overall"):
        assert t in out


def test_evaluate_missing_file_is_usage_error(capsys):
    assert main(["evaluate", "nope.jsonl"]) == 2
    assert "nope.jsonl" in capsys.readouterr().err
