"""The scorer: strict and lenient matching, one-to-one per record."""

from __future__ import annotations

import pytest

from kg.evaluate import evaluate_extraction, score_relations, score_sets


@pytest.mark.parametrize(
    "gold, pred, strict, lenient",
    [
        ([("Region", "永康市")], [("Region", "永康市")], (1, 1, 1), (1, 1, 1)),
        ([("Region", "永康市")], [("Region", "永康")], (0, 1, 1), (1, 1, 1)),  # contains
        ([("Region", "永康市")], [("Project", "永康市")], (0, 1, 0), (0, 1, 0)),  # type differs
        ([("Project", "人民医院")], [("Project", "人民医院"), ("Project", "人民医院新院区")], (1, 1, 2), (1, 1, 2)),  # one-to-one
        ([("Initiative", "最多跑一次改革")], [("Initiative", "“最多跑一次”改革")], (1, 1, 1), (1, 1, 1)),  # quotes
        ([("Region", "金东区")], [("Region", "金東區")], (1, 1, 1), (1, 1, 1)),  # script
    ],
)
def test_entity_matching(gold, pred, strict, lenient):
    out = score_sets(gold, pred)
    t = gold[0][0]
    assert out["strict"][t] == strict
    assert out["lenient"][t] == lenient


def test_cooperates_with_is_unordered():
    gold = [{"head": "店口镇", "type": "cooperatesWith", "tail": "杭州市"}]
    pred = [{"head": "杭州市", "type": "cooperatesWith", "tail": "店口镇"}]
    assert score_relations(gold, pred)["strict"]["cooperatesWith"] == (1, 1, 1)
    pred = [{"head": "杭州市", "type": "partOf", "tail": "店口镇"}]
    assert score_relations(gold, pred)["strict"]["cooperatesWith"] == (0, 1, 0)


def test_dev_scores_stay_above_the_floor(tmp_path):
    """Regression floor on the dev set (measured: entities lenient F1 0.82, relations 0.86)."""
    from conftest import EVAL

    result = evaluate_extraction(EVAL / "dev.jsonl")

    def f1(section, mode="lenient"):
        tp = sum(v[0] for v in section[mode].values())
        ng = sum(v[1] for v in section[mode].values())
        np_ = sum(v[2] for v in section[mode].values())
        p, r = tp / np_, tp / ng
        return 2 * p * r / (p + r)

    assert f1(result["totals"]["entities"]) >= 0.80
    assert f1(result["totals"]["entities"], "strict") >= 0.78
    assert f1(result["totals"]["relations"]) >= 0.80
