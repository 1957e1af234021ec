"""kg.normalize: same-length traditional → simplified and full-width → half-width."""

from pathlib import Path

import pytest

from kg.normalize import normalize, to_halfwidth

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("金東區人民政府發布2023年金東區政府工作報告", "金东区人民政府发布2023年金东区政府工作报告"),
        ("地區生產總值突破300億元,增長0.8%", "地区生产总值突破300亿元,增长0.8%"),
        ("金華市金東區代區長 毛世梁", "金华市金东区代区长 毛世梁"),
        ("２０１９年ＧＤＰ增长５．５％", "2019年GDP增长5.5%"),
        ("ａｂｃ　ＸＹＺ", "abc　XYZ"),  # the ideographic space is kept
        # negative rows: simplified text and Chinese punctuation stay as written
        ("庆达西（宁波）钢构制造有限公司", "庆达西（宁波）钢构制造有限公司"),
        ("“最多跑一次”改革、《长三角区域协同创新指数》。", "“最多跑一次”改革、《长三角区域协同创新指数》。"),
        ("【投资瓯海区】2018年温州市瓯海区政府工作报告", "【投资瓯海区】2018年温州市瓯海区政府工作报告"),
        # place names that simplified script writes with characters t2s would change
        ("松原至乾安高速公路开工，乾安經濟開發區擴區", "松原至乾安高速公路开工，乾安经济开发区扩区"),
        ("开工建设濛洲至宏源路", "开工建设濛洲至宏源路"),
        ("", ""),
    ],
)
def test_normalize(text, expected):
    assert normalize(text) == expected
    assert len(normalize(text)) == len(text)


def test_halfwidth_keeps_chinese_punctuation():
    assert to_halfwidth("（一）１２３，。") == "（一）123，。"


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_seed_same_length_and_aligned(seed):
    text = (SEEDS / seed).read_text(encoding="utf-8")
    norm = normalize(text)
    assert len(norm) == len(text)
    # ASCII characters (newlines, digits, punctuation) never move.
    assert all(n == t for n, t in zip(norm, text) if t.isascii())
    # Each line normalised alone gives the same characters: nothing shifts
    # across line boundaries.
    pos = 0
    for line in text.split("\n")[:40]:
        assert normalize(line) == norm[pos : pos + len(line)]
        pos += len(line) + 1


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_one_conversion_of_the_whole_text_gives_what_segments_give(seed):
    # a simplified text is converted once as a whole (one OpenCC call, not thousands): it must come out as
    # the segment by segment conversion would give it, also for the one traditional seed
    from kg.normalize import _convert_segments, _keep_names

    text = (SEEDS / seed).read_text(encoding="utf-8")
    assert normalize(text) == to_halfwidth(_keep_names(text, _convert_segments(text)))


def test_traditional_seed_is_simplified():
    text = (SEEDS / "002_7f0fc1a2ba6e0861.txt").read_text(encoding="utf-8")
    norm = normalize(text)
    assert "金東區" in text and "金東區" not in norm
    i = text.index("金東區第五屆人民代表大會")
    assert norm[i : i + 12] == "金东区第五届人民代表大会"


def test_one_traditional_character_converts_one_segment(monkeypatch):
    # the biggest seed is simplified but for one 畝: it is converted in two OpenCC calls (the whole
    # text, then the one segment that changed, whose length held), not one call per segment
    import kg.normalize as norm

    text = (SEEDS / "000_691ca3d4065d2225.txt").read_text(encoding="utf-8")
    assert text.count("畝") == 1
    calls = []
    real = norm._converter()

    class Counting:
        def convert(self, s):
            calls.append(s)
            return real.convert(s)

    monkeypatch.setattr(norm, "_converter", lambda: Counting())
    out = normalize(text)
    assert "畝" not in out and out[text.index("畝")] == "亩"
    assert len(calls) == 2 and "畝" in calls[1] and len(calls[1]) < 100


@pytest.mark.parametrize("changes", [3, 40, 500])
def test_a_simplified_report_with_some_traditional_characters_converts_as_segment_by_segment(changes):
    # a few changed characters are found by halving (their segments alone are converted); past _FEW_CHANGES every
    # segment is: either way the text comes out as the conversion of each segment in turn gives it
    import random

    from kg.normalize import _FEW_CHANGES, _convert_segments, _keep_names

    text = list((SEEDS / "001_44d2389ca00e083e.txt").read_text(encoding="utf-8"))
    rnd = random.Random(changes)
    for i in rnd.sample(range(len(text)), changes):
        text[i] = rnd.choice("發展報告區縣鄉鎮於們畝濛乾１％“　")
    text = "".join(text)
    assert (changes > _FEW_CHANGES) == (changes == 500)
    assert normalize(text) == to_halfwidth(_keep_names(text, _convert_segments(text)))
    assert "發" not in normalize(text) and "１" not in normalize(text)


def test_length_property():
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies

    @hypothesis.given(st.text(alphabet=st.sampled_from("發展報告區縣鄉鎮乾隆干后裡面於台灣們个ＡＢ１２％．（）“”a1 \n"), max_size=60))
    @hypothesis.settings(max_examples=300, deadline=None)
    def check(text):
        out = normalize(text)
        assert len(out) == len(text)
        assert all(o == t for o, t in zip(out, text) if t.isascii())
        assert out == to_halfwidth(_convert_segments(text))  # the shortcuts change nothing

    from kg.normalize import _convert_segments

    check()


def test_every_place_name_t2s_would_change_is_kept():
    """t2s_keep.tsv holds every province, city, county and township name of the division data that OpenCC's t2s
    changes (乾安县 -> 干安县): a name the data gains later fails here until the list has it."""
    import opencc

    from kg.gazetteer import gazetteer

    convert = opencc.OpenCC("t2s").convert
    names = {p.name for p in gazetteer().places.values() if p.level in ("province", "city", "county", "town")}
    changed = sorted(n for n in names if convert(n) != n)
    assert changed  # the check has something to check
    assert [n for n in changed if normalize(n) != n] == []
