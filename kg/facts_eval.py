"""Score report-level facts (manifest ``documents``) against eval/reports.json.

Gold and predicted documents are aligned per source file (by base name): a
predicted document matches the gold document whose ``first_chars`` its text
starts with (the text is read from the predicted ``source`` file at
``start``), or, when the file cannot be read, the gold document in the same
position whose headline shares most characters with the predicted title.

Indicators: the gold lists only figures whose value is stated, so predicted
growth-only indicators (``value`` None) are left out of precision. A strict
match needs the same metric, value within ±0.5 % (relative), the same unit
and the same growth (both None or within ±0.01); a loose match needs metric
and value only.

>>> gold = [{"source": "a.txt", "headline": "2019年永康市政府工作报告", "first_chars": "各位代表", "kind": "report",
...          "region": "永康市", "year": 2019, "speaker": "朱志杰", "post": "市长", "meeting": None, "date": None,
...          "indicators": [{"metric": "地区生产总值", "value": 557.7, "unit": "亿元", "growth_pct": 6}]}]
>>> pred = [{"source": "in/a.txt", "start": 0, "end": 9, "title": "2019年永康市政府工作报告", "kind": "report",
...          "region": "永康市", "year": 2019, "speaker": "朱志杰", "post": None, "meeting": None, "date": None,
...          "indicators": [{"metric": "地区生产总值", "value": 557.7, "unit": "亿元", "growth_pct": 6.0}]}]
>>> s = evaluate_reports(gold, pred)
>>> s["documents"]["all"], s["fields"]["speaker"]["accuracy"], s["fields"]["post"]["accuracy"]
(1, 1.0, 0.0)
>>> s["indicators"]["strict"]["f1"]
1.0
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.normalize import normalize

__all__ = ["evaluate_reports", "format_report_scores", "align_documents"]

FIELDS = ("speaker", "post", "meeting", "date")


def _base(source: str) -> str:
    return Path(str(source)).name


def _norm(value) -> str | None:
    if value is None:
        return None
    return re.sub(r"\s+", "", normalize(str(value)))


def _file_text(source: str, cache: dict) -> str | None:
    if source not in cache:
        try:
            from kg.ingest import read_text

            cache[source] = read_text(source)[0]
        except Exception:  # noqa: BLE001 - any unreadable file means "no text to align by"
            cache[source] = None
    return cache[source]


def _overlap(a: str | None, b: str | None) -> float:
    a, b = _norm(a) or "", _norm(b) or ""
    if not a or not b:
        return 0.0
    return len(set(a) & set(b)) / len(set(a) | set(b))


def align_documents(gold: list[dict], documents: list[dict]) -> list[tuple[dict | None, dict | None]]:
    """Pairs (gold, predicted); unmatched documents are paired with None."""
    cache: dict = {}
    pairs: list[tuple[dict | None, dict | None]] = []
    used: set[int] = set()
    by_file: dict[str, list[int]] = {}
    for j, d in enumerate(documents):
        by_file.setdefault(_base(d.get("source", "")), []).append(j)
    for name in dict.fromkeys(_base(g["source"]) for g in gold):
        golds = [g for g in gold if _base(g["source"]) == name]
        cands = by_file.get(name, [])
        matched: dict[int, int] = {}
        # 1. by first characters, when the predicted source file can be read
        for gi, g in enumerate(golds):
            want = _norm(g.get("first_chars")) or ""
            for j in cands:
                if j in used:
                    continue
                d = documents[j]
                text = _file_text(d.get("source", ""), cache)
                if text is None or not want:
                    continue
                got = _norm(text[d["start"] : d["start"] + len(g["first_chars"]) + 20]) or ""
                if got.startswith(want[:12]):
                    matched[gi] = j
                    used.add(j)
                    break
        # 2. by order and title overlap for the rest
        for gi, g in enumerate(golds):
            if gi in matched:
                continue
            free = [j for j in cands if j not in used]
            if not free:
                continue
            scored = [(_overlap(g.get("headline") or g.get("first_chars"), documents[j].get("title")), j) for j in free]
            best, j = max(scored, key=lambda t: (t[0], -t[1]))
            if best >= 0.5 or (len(free) == len(golds) - len(matched) and best > 0):
                matched[gi] = j
                used.add(j)
        for gi, g in enumerate(golds):
            pairs.append((g, documents[matched[gi]] if gi in matched else None))
    for j, d in enumerate(documents):
        if j not in used:
            pairs.append((None, d))
    return pairs


def _value_match(a, b) -> bool:
    if a is None or b is None:
        return False
    a, b = float(a), float(b)
    return abs(a - b) <= 0.005 * max(abs(a), abs(b)) or a == b


def _growth_match(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 0.01


def _match_indicators(gold: list[dict], pred: list[dict], strict: bool) -> int:
    left = list(pred)
    tp = 0
    for g in gold:
        for p in left:
            ok = p.get("metric") == g.get("metric") and _value_match(p.get("value"), g.get("value"))
            if strict:
                ok = ok and p.get("unit") == g.get("unit") and _growth_match(p.get("growth_pct"), g.get("growth_pct"))
            if ok:
                left.remove(p)
                tp += 1
                break
    return tp


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "predicted": n_pred, "gold": n_gold, "precision": p, "recall": r, "f1": f}


def evaluate_reports(gold: list[dict], documents: list[dict]) -> dict:
    """Document, field and indicator scores of predicted ``documents`` against ``gold``."""
    pairs = align_documents(gold, documents)
    docs = {"gold": len(gold), "predicted": len(documents), "found": 0, "region": 0, "year": 0, "kind": 0, "all": 0}
    fields = {f: {"correct": 0, "total": 0} for f in FIELDS}
    counts = {"strict": 0, "loose": 0, "predicted": 0, "gold": 0}
    errors: list[str] = []
    for g, d in pairs:
        pred_ind = [i for i in (d or {}).get("indicators", []) if i.get("value") is not None]
        counts["predicted"] += len(pred_ind)
        if g is None:
            errors.append(f"extra document: {_base(d.get('source', ''))} {d.get('start')} {d.get('title')!r}")
            continue
        label = f"{_base(g['source'])} {g.get('headline') or g.get('first_chars', '')[:20]!r}"
        counts["gold"] += len(g.get("indicators", []))
        for f in FIELDS:
            if g.get(f) is not None:
                fields[f]["total"] += 1
        if d is None:
            errors.append(f"missing document: {label}")
            continue
        docs["found"] += 1
        right = {k: _norm(d.get(k)) == _norm(g.get(k)) for k in ("region", "year", "kind")}
        for k, ok in right.items():
            docs[k] += ok
            if not ok:
                errors.append(f"{label}: {k} {d.get(k)!r}, gold {g.get(k)!r}")
        docs["all"] += all(right.values())
        for f in FIELDS:
            if g.get(f) is None:
                continue
            if _norm(d.get(f)) == _norm(g.get(f)):
                fields[f]["correct"] += 1
            else:
                errors.append(f"{label}: {f} {d.get(f)!r}, gold {g.get(f)!r}")
        gi = g.get("indicators", [])
        strict = _match_indicators(gi, pred_ind, strict=True)
        counts["strict"] += strict
        counts["loose"] += _match_indicators(gi, pred_ind, strict=False)
        if strict < len(gi) or strict < len(pred_ind):
            got = sorted((i["metric"], i.get("value"), i.get("unit"), i.get("growth_pct")) for i in pred_ind)
            want = sorted((i["metric"], i.get("value"), i.get("unit"), i.get("growth_pct")) for i in gi)
            errors.append(f"{label}: indicators {got}, gold {want}")
    for f in fields.values():
        f["accuracy"] = f["correct"] / f["total"] if f["total"] else 0.0
    return {
        "documents": docs,
        "fields": fields,
        "indicators": {
            "strict": _prf(counts["strict"], counts["predicted"], counts["gold"]),
            "loose": _prf(counts["loose"], counts["predicted"], counts["gold"]),
        },
        "errors": errors,
    }


def format_report_scores(scores: dict) -> str:
    """A plain-text table of :func:`evaluate_reports` scores."""
    d = scores["documents"]
    lines = [
        f"documents  found {d['found']} of {d['gold']} (predicted {d['predicted']}); "
        f"right region {d['region']}, year {d['year']}, kind {d['kind']}; all three {d['all']}",
        "",
        f"{'field':<10} {'correct':>7} {'total':>5} {'accuracy':>8}",
    ]
    for name, f in scores["fields"].items():
        lines.append(f"{name:<10} {f['correct']:>7} {f['total']:>5} {f['accuracy']:>8.3f}")
    lines += ["", f"{'indicators':<10} {'tp':>4} {'pred':>5} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for name, s in scores["indicators"].items():
        lines.append(
            f"{name:<10} {s['tp']:>4} {s['predicted']:>5} {s['gold']:>5} "
            f"{s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}"
        )
    if scores.get("errors"):
        lines += ["", "differences:"] + [f"  {e}" for e in scores["errors"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m kg.facts_eval MANIFEST [GOLD]``: print report-fact scores.

    Example: ``python -m kg.facts_eval out/manifest.json eval/reports.json``
    """
    import argparse
    import json

    parser = argparse.ArgumentParser(prog="python -m kg.facts_eval", description=main.__doc__)
    parser.add_argument("manifest", help="manifest.json written by kg build")
    parser.add_argument("gold", nargs="?", default="eval/reports.json", help="gold reports (default: %(default)s)")
    args = parser.parse_args(argv)
    with open(args.manifest, encoding="utf-8") as f:
        documents = json.load(f)["documents"]
    with open(args.gold, encoding="utf-8") as f:
        gold = json.load(f)
    print(format_report_scores(evaluate_reports(gold, documents)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
