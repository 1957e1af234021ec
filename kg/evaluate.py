"""Score extraction against hand-annotated gold records (ANNOTATION.md matching).

strict: same type and the same normalised canonical name; lenient: same type and
one name contains the other. Matching is one-to-one within each record (strict
pairs first, then lenient pairs among what is left). Relations match on type and
both ends (cooperatesWith unordered); lenient relation matching lets each end
match leniently.

>>> score_sets([("Region", "永康市")], [("Region", "永康市"), ("Person", "朱志杰")])["strict"]["Region"]
(1, 1, 1)
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from kg.model import ENTITY_TYPES, RELATION_TYPES
from kg.normalize import normalize

__all__ = [
    "load_gold",
    "predict_records",
    "score_sets",
    "score_relations",
    "evaluate_extraction",
    "format_scores",
    "format_errors",
]

_QUOTES = re.compile(r"[“”‘’\"'「」『』《》\s]")


def _norm_name(name: str) -> str:
    return _QUOTES.sub("", normalize(name or ""))


def load_gold(path) -> list[dict]:
    records = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not a JSON record ({exc.msg})") from None
    return records


def predict_records(records: list[dict]) -> list[dict]:
    """Run the extractor on each record: the ``kg extract --jsonl`` output objects."""
    from kg.extract import extract_text
    from kg.resolve import enterprise_aliases

    out = []
    for rec in records:
        mentions, relations = extract_text(rec.get("text", ""), context=rec.get("context"))
        # a firm's canonical name is the longest the text gives it (ANNOTATION.md): 中国中化 -> 中国中化控股有限责任公司
        firm = enterprise_aliases({m.name for m in mentions if m.type == "Enterprise"})

        def name(etype: str, n: str) -> str:
            return firm.get(n, n) if etype == "Enterprise" else n

        ents, seen = [], set()
        projects = [m for m in mentions if m.type == "Project"]
        for m in mentions:
            key = (m.type, name(m.type, m.name))
            if key in seen:
                continue
            if (m.type == "Enterprise" and not m.name.endswith("公司")
                    and any(p.start <= m.start and m.end <= p.end and p.end - p.start > m.end - m.start for p in projects)):
                # a firm's short name inside a project's name is no entity of its own (ANNOTATION.md: outermost
                # only); a company by its full legal name is (辽宁华宇耐火材料有限公司年产10万吨…项目)
                continue
            seen.add(key)
            ents.append({"type": m.type, "name": key[1], "text": m.text, "start": m.start, "end": m.end})
        rels = []
        for r in relations:
            rel = {"head": name(*r.head), "type": r.type, "tail": name(*r.tail)}
            if rel not in rels:
                rels.append(rel)
        out.append({"id": rec.get("id"), "entities": ents, "relations": rels})
    return out


def _contains(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a in b or b in a)


def _match(gold: list, pred: list, same, similar) -> tuple[list, list, list]:
    """One-to-one: strict pairs first, then lenient among the rest.
    Returns (strict pairs, lenient-only pairs, leftover (gold, pred))."""
    g_left, p_left = list(range(len(gold))), list(range(len(pred)))
    rounds = []
    for matches in (same, similar):
        pairs = []
        for i in list(g_left):
            j = next((j for j in p_left if matches(gold[i], pred[j])), None)
            if j is not None:
                pairs.append((i, j))
                g_left.remove(i)
                p_left.remove(j)
        rounds.append(pairs)
    return rounds[0], rounds[1], (g_left, p_left)


def _per_type(gold: list[tuple], pred: list[tuple], strict: list, lenient: list) -> dict:
    """{"strict"|"lenient": {type: (tp, n_gold, n_pred)}}; the type is each key's first item."""
    out = {"strict": {}, "lenient": {}}
    for t in {k[0] for k in gold} | {k[0] for k in pred}:
        ng = sum(1 for k in gold if k[0] == t)
        np_ = sum(1 for k in pred if k[0] == t)
        s = sum(1 for i, _ in strict if gold[i][0] == t)
        out["strict"][t] = (s, ng, np_)
        out["lenient"][t] = (s + sum(1 for i, _ in lenient if gold[i][0] == t), ng, np_)
    return out


def score_sets(gold: list[tuple[str, str]], pred: list[tuple[str, str]]) -> dict:
    """Per type (tp, n_gold, n_pred) under strict and lenient matching, for one record."""
    gold = [(t, _norm_name(n)) for t, n in dict.fromkeys(gold)]
    pred = [(t, _norm_name(n)) for t, n in dict.fromkeys(pred)]
    strict, lenient, _ = _match(
        gold, pred, lambda a, b: a == b, lambda a, b: a[0] == b[0] and _contains(a[1], b[1])
    )
    return _per_type(gold, pred, strict, lenient)


def _rel_key(r: dict) -> tuple[str, str, str]:
    h, t = _norm_name(r["head"]), _norm_name(r["tail"])
    if r["type"] == "cooperatesWith" and h > t:
        h, t = t, h
    return (r["type"], h, t)


def score_relations(gold: list[dict], pred: list[dict]) -> dict:
    gold_k = list(dict.fromkeys(_rel_key(r) for r in gold))
    pred_k = list(dict.fromkeys(_rel_key(r) for r in pred))

    def similar(a, b):
        if a[0] != b[0]:
            return False
        if _contains(a[1], b[1]) and _contains(a[2], b[2]):
            return True
        return a[0] == "cooperatesWith" and _contains(a[1], b[2]) and _contains(a[2], b[1])

    strict, lenient, _ = _match(gold_k, pred_k, lambda a, b: a == b, similar)
    return _per_type(gold_k, pred_k, strict, lenient)


def _prf(tp: int, ng: int, np_: int) -> tuple[float, float, float]:
    p = tp / np_ if np_ else (1.0 if ng == 0 else 0.0)
    r = tp / ng if ng else (1.0 if np_ == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate_extraction(gold_path, predictions: list[dict] | None = None) -> dict:
    """Totals over a gold file: {"entities"|"relations": {"strict"|"lenient": {type: (tp, gold, pred)}}}."""
    gold = load_gold(gold_path)
    preds = predictions if predictions is not None else predict_records(gold)
    by_id = {p["id"]: p for p in preds}
    totals = {k: {"strict": defaultdict(lambda: [0, 0, 0]), "lenient": defaultdict(lambda: [0, 0, 0])}
              for k in ("entities", "relations")}
    errors = []
    for rec in gold:
        pred = by_id.get(rec["id"], {"entities": [], "relations": []})
        es = score_sets([(e["type"], e["name"]) for e in rec.get("entities", [])],
                        [(e["type"], e["name"]) for e in pred["entities"]])
        rs = score_relations(rec.get("relations", []), pred["relations"])
        for kind, sc in (("entities", es), ("relations", rs)):
            for mode in ("strict", "lenient"):
                for t, (tp, ng, np_) in sc[mode].items():
                    acc = totals[kind][mode][t]
                    acc[0] += tp
                    acc[1] += ng
                    acc[2] += np_
        errors.append(_record_errors(rec, pred))
    return {"totals": {k: {m: dict(v) for m, v in modes.items()} for k, modes in totals.items()},
            "errors": errors, "records": len(gold)}


def _record_errors(rec: dict, pred: dict) -> dict:
    gold_e = {(e["type"], _norm_name(e["name"])) for e in rec.get("entities", [])}
    pred_e = {(e["type"], _norm_name(e["name"])) for e in pred["entities"]}
    gold_r = {_rel_key(r) for r in rec.get("relations", [])}
    pred_r = {_rel_key(r) for r in pred["relations"]}
    return {
        "id": rec["id"],
        "missed": sorted(gold_e - pred_e), "false": sorted(pred_e - gold_e),
        "missed_rel": sorted(gold_r - pred_r), "false_rel": sorted(pred_r - gold_r),
    }


def _table(section: dict, types: tuple[str, ...], title: str) -> list[str]:
    lines = [f"{title:<16}{'strict P':>9}{'R':>7}{'F1':>7}   {'lenient P':>9}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}"]
    tot = {"strict": [0, 0, 0], "lenient": [0, 0, 0]}
    for t in types:
        s = section["strict"].get(t, [0, 0, 0])
        l_ = section["lenient"].get(t, [0, 0, 0])
        for mode, v in (("strict", s), ("lenient", l_)):
            for i in range(3):
                tot[mode][i] += v[i]
        sp, sr, sf = _prf(*s)
        lp, lr, lf = _prf(*l_)
        lines.append(f"{t:<16}{sp:>9.3f}{sr:>7.3f}{sf:>7.3f}   {lp:>9.3f}{lr:>7.3f}{lf:>7.3f}{s[1]:>7}{s[2]:>7}")
    sp, sr, sf = _prf(*tot["strict"])
    lp, lr, lf = _prf(*tot["lenient"])
    lines.append(f"{'overall':<16}{sp:>9.3f}{sr:>7.3f}{sf:>7.3f}   {lp:>9.3f}{lr:>7.3f}{lf:>7.3f}"
                 f"{tot['strict'][1]:>7}{tot['strict'][2]:>7}")
    return lines


def format_scores(result: dict) -> str:
    lines = [f"records: {result['records']}", ""]
    lines += _table(result["totals"]["entities"], ENTITY_TYPES, "entities")
    lines.append("")
    lines += _table(result["totals"]["relations"], RELATION_TYPES, "relations")
    return "\n".join(lines) + "\n"


def format_errors(result: dict) -> str:
    """Misses and false alarms, grouped by type, for finding missing rule families."""
    missed, false = defaultdict(list), defaultdict(list)
    for e in result["errors"]:
        for t, n in e["missed"]:
            missed[t].append(f"{n} [{e['id']}]")
        for t, n in e["false"]:
            false[t].append(f"{n} [{e['id']}]")
        for t, h, tl in e["missed_rel"]:
            missed[t].append(f"{h} -> {tl} [{e['id']}]")
        for t, h, tl in e["false_rel"]:
            false[t].append(f"{h} -> {tl} [{e['id']}]")
    lines = []
    for t in ENTITY_TYPES + RELATION_TYPES:
        if missed.get(t) or false.get(t):
            lines.append(f"== {t}: {len(missed.get(t, []))} missed, {len(false.get(t, []))} false")
            lines += [f"  - missed  {x}" for x in missed.get(t, [])]
            lines += [f"  + false   {x}" for x in false.get(t, [])]
    return "\n".join(lines) + "\n"


def read_manifest_documents(path) -> list[dict]:
    p = Path(path)
    if p.is_dir():
        p = p / "manifest.json"
    with open(p, encoding="utf-8") as f:
        return json.load(f)["documents"]
