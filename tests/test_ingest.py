"""kg.ingest: decoding, page splitting, furniture removal, error messages."""

import codecs
import shutil
import subprocess
from pathlib import Path

import pytest

from kg.ingest import InputError, decode_bytes, html_to_text, load_documents, read_text, split_documents
from kg.normalize import normalize

from conftest import REPORTS_GOLD as GOLD
from conftest import SEEDS


@pytest.fixture(scope="module")
def seed_docs():
    docs = []
    for path in sorted(SEEDS.glob("*.txt")):
        found, status = load_documents(path)
        assert status.status == "ok", status.error
        assert status.documents == len(found)
        docs.extend(found)
    return docs


def test_seeds_give_23_documents(seed_docs):
    assert len(seed_docs) == len(GOLD) == 23
    assert sum(d.kind == "report" for d in seed_docs) == 16
    assert sum(d.kind == "news" for d in seed_docs) == 7


@pytest.mark.parametrize("n", range(len(GOLD)), ids=[f"{g['source'][:3]}-{g['first_chars'][:8]}" for g in GOLD])
def test_seed_document_matches_gold(seed_docs, n):
    gold, doc = GOLD[n], seed_docs[n]
    assert Path(doc.source).name == gold["source"]
    assert doc.text.startswith(gold["first_chars"])
    assert doc.kind == gold["kind"]
    assert doc.headline == gold["headline"]
    file_text = read_text(doc.source)[0]
    assert file_text[doc.start : doc.end] == doc.text
    assert doc.norm == normalize(doc.text) and len(doc.norm) == len(doc.text)
    assert doc.id.startswith(Path(gold["source"]).stem + "-")


def test_ids_are_unique_and_ascii(seed_docs):
    ids = [d.id for d in seed_docs]
    assert len(set(ids)) == len(ids)
    assert all(i.isascii() for i in ids)
    assert ids[0] == "000_691ca3d4065d2225-01"


@pytest.mark.parametrize(
    "furniture",
    ["签到天数", "发表于", "积分规则", "点我投稿", "投稿须知", "您需要登录", "Powered by", "索引号", "发布机构",
     "400-162-2002", "2025-07-08", "2025-07-16", "評論", "联系我们", "复制链接", "违约责任"],
)
def test_furniture_is_in_no_document(seed_docs, furniture):
    assert not any(furniture in d.text for d in seed_docs)


@pytest.mark.parametrize(
    "body_text",
    ["市长 潘超英", "原文如下", "一、2019年工作回顾", "31.四好农村路", "谢谢大家!"],  # kept: they are report text
)
def test_report_text_is_kept(seed_docs, body_text):
    assert any(body_text in d.text for d in seed_docs)


def test_traditional_document_is_normalised(seed_docs):
    doc = next(d for d in seed_docs if d.source.endswith("002_7f0fc1a2ba6e0861.txt"))
    assert "金東區" in doc.text and "金东区第五届人民代表大会第二次会议" in doc.norm
    assert len(doc.norm) == len(doc.text)


# ------------------------------------------------------------------ encodings


def _encode(src: Path, dst: Path, encoding: str) -> None:
    """Write an encoded copy, with iconv (a second tool) when it is installed."""
    iconv_name = {"gbk": "GBK", "gb18030": "GB18030", "utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE"}.get(encoding)
    if iconv_name and shutil.which("iconv"):
        out = subprocess.run(["iconv", "-f", "UTF-8", "-t", iconv_name, str(src)], capture_output=True, check=True)
        dst.write_bytes(out.stdout)
    else:
        dst.write_bytes(src.read_text(encoding="utf-8").encode(encoding))


@pytest.mark.parametrize(
    "seed, encoding, bom, expected_name",
    [
        ("002_7f0fc1a2ba6e0861.txt", "gbk", b"", "gbk"),  # traditional script in GBK
        ("004_8e0279829cf70102.txt", "gbk", b"", "gbk"),
        ("000_691ca3d4065d2225.txt", "gb18030", b"", "gb18030"),  # • is not in GBK
        ("001_44d2389ca00e083e.txt", "utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("003_7a8c45a8c6b1753b.txt", "utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
        ("004_8e0279829cf70102.txt", "utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
        ("004_8e0279829cf70102.txt", "utf-16-le", b"", "utf-16-le"),  # no BOM
    ],
)
def test_encoded_copies_decode_to_the_same_text(tmp_path, seed, encoding, bom, expected_name):
    src = SEEDS / seed
    body = tmp_path / "body"
    _encode(src, body, encoding)
    copy = tmp_path / seed
    copy.write_bytes(bom + body.read_bytes())
    text, name = read_text(copy)
    assert name == expected_name
    assert text == src.read_text(encoding="utf-8")
    docs, status = load_documents(copy)
    want = [(d.start, d.end, d.kind, d.headline) for d in load_documents(src)[0]]
    assert [(d.start, d.end, d.kind, d.headline) for d in docs] == want
    assert status.encoding == expected_name and status.bytes == copy.stat().st_size


def test_crlf_offsets_point_into_the_file(tmp_path):
    src = (SEEDS / "001_44d2389ca00e083e.txt").read_text(encoding="utf-8")
    path = tmp_path / "crlf.txt"
    path.write_bytes(src.replace("\n", "\r\n").encode("utf-8"))
    docs, _ = load_documents(path)
    text = read_text(path)[0]
    assert len(docs) == 1
    assert docs[0].text == text[docs[0].start : docs[0].end]
    assert docs[0].text.startswith("2024年嵊州市政府工作报告")
    assert not docs[0].text.endswith("\r")


# --------------------------------------------------------------------- errors

REPORT = "2019年永康市政府工作报告\n\n各位代表:现在,我代表市人民政府向大会作工作报告。全市实现地区生产总值557.7亿元。\n"


@pytest.mark.parametrize(
    "name, data, problem",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\r\n\t ", "empty file"),
        ("bom-only.txt", codecs.BOM_UTF8 + b"\n", "empty file"),
        ("utf16-blank.txt", codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"), "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
        ("cut-utf8.txt", REPORT.encode("utf-8") + "金".encode("utf-8")[:2], "truncated UTF-8"),
        ("cut-gbk.txt", REPORT.encode("gbk") + "金".encode("gbk")[:1], "truncated GBK"),
        ("cut-gb18030.txt", ("• " + REPORT).encode("gb18030") + "•".encode("gb18030")[:2], "truncated GBK/GB18030"),
        ("cut-utf16.txt", codecs.BOM_UTF16_LE + REPORT.encode("utf-16-le")[:-1], "truncated UTF-16"),
        ("cut-utf16-nobom.txt", REPORT.encode("utf-16-le")[:-1], "truncated UTF-16-LE"),
        ("bad-utf8.txt", REPORT.encode("utf-8") * 3 + b"\x9f" + REPORT.encode("utf-8"), "byte 0x9F at offset"),
        ("early-bad-utf8.txt", "金华".encode() + b"\x9f" + REPORT.encode("utf-8"), "byte 0x9F at offset 6"),
        ("noise.txt", b"abc" + bytes([0x80, 0xFF, 0xFE, 0xFD]) * 8, "not UTF-8, GBK, GB18030 or UTF-16"),
    ],
)
def test_bad_input_gives_one_line_error(tmp_path, name, data, problem):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_text(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ") and message.endswith("; skipped")
    assert problem in message
    docs, status = load_documents(path)
    assert docs == [] and status.status == "error" and status.error == message
    assert status.bytes == len(data) and len(status.sha256) == 64


def test_missing_file_is_reported(tmp_path):
    docs, status = load_documents(tmp_path / "nope.txt")
    assert docs == [] and status.status == "error" and "nope.txt" in status.error


def test_decode_bytes_gbk_is_not_taken_for_utf8():
    assert decode_bytes("金华市金东区".encode("gbk")) == ("金华市金东区", "gbk")
    assert decode_bytes("金华市金东区".encode("utf-8")) == ("金华市金东区", "utf-8")


# ----------------------------------------------------------------- structure


def test_unstructured_chinese_text_is_one_document(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("  永康市今年新建道路十条。\n", encoding="utf-8")
    docs, status = load_documents(path)
    assert status.status == "ok" and len(docs) == 1
    assert docs[0].text == "永康市今年新建道路十条。" and docs[0].start == 2


def test_text_without_chinese_has_no_document(tmp_path):
    path = tmp_path / "en.txt"
    path.write_text("nothing to see here\n", encoding="utf-8")
    docs, status = load_documents(path)
    assert docs == [] and status.status == "ok"


def test_plain_report_file_splits_title_from_body():
    text = "2022年某某县政府工作报告\n\n" + "各位代表:现在,我代表县人民政府向大会报告工作,请予审议。" * 4 + "\n"
    (doc,) = split_documents(text, "某某.txt")
    assert doc.headline == "2022年某某县政府工作报告" and doc.kind == "report"
    assert doc.text.startswith("各位代表") and doc.id == "__-01"


def test_marked_headlines_split_articles():
    article = "2019年2月,宁波保税区重点外资企业增资扩产项目正式开工建设,作为区域招商引资的重要成果,将助力企业拓展多元产业布局。" * 2
    text = f"【宁波招商】项目开工\n{article}\n【台州招商】人才洽谈会\n{article}\n点我投稿\n1.本站现征集招商资讯稿件,欢迎全国招商机构、专家学者等投稿,我们将在24小时内审阅。\n"
    docs = split_documents(text, "p.txt")
    assert [d.headline for d in docs] == ["【宁波招商】项目开工", "【台州招商】人才洽谈会"]
    assert all(d.kind == "news" for d in docs)
    assert all("投稿" not in d.text for d in docs)


def test_html_page(tmp_path):
    page = (
        "<!DOCTYPE html><html><head><title>x</title><script>var a='各位代表';</script>"
        "<style>.c{color:red}</style></head><body><div class='nav'>设为首页</div>"
        "<h1>2019年永康市政府工作报告</h1><p>各位代表:现在,我代表市人民政府向大会作工作报告,请予审议。"
        "全市实现地区生产总值557.7亿元,增长6%。一般公共预算收入56.4亿元,增长7.6%。"
        "城乡居民可支配收入分别达到54581元和28342元,增长8.3%和9.9%。</p>"
        "<p>2019年是新中国成立70周年。</p></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="gbk")
    text, encoding = read_text(path)
    assert encoding == "gbk"
    assert "var a" not in text and "color" not in text and "设为首页" in text
    (doc,) = load_documents(path)[0]
    assert doc.headline == "2019年永康市政府工作报告"
    assert doc.text.startswith("各位代表") and doc.text.endswith("70周年。")
    assert doc.text == text[doc.start : doc.end]


def test_html_to_text_unescapes_entities():
    assert html_to_text("<p>金华&amp;永康</p><br/><p>&lt;二&gt;</p>") == "金华&永康\n<二>"


GOV_PAGE = """首页 > 政务公开 > 规划计划 > 政府工作报告
2023年丽江市政府工作报告
发布时间:2023-01-20 09:30 来源:丽江市人民政府办公室 浏览次数:1234
【字体:大 中 小】【打印】【关闭】
——2023年1月10日在丽江市第五届人民代表大会第三次会议上
丽江市人民政府市长　和良辉
各位代表:
　　现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。
　　一、2022年工作回顾
　　过去一年,全市地区生产总值完成643.21亿元,同比增长4.9%;社会消费品零售总额218.5亿元,增长3.6%。
上一篇:2022年丽江市政府工作报告
版权所有:丽江市人民政府 滇ICP备05004561号
"""

NEWS_PAGE = """浙江新闻 > 地方新闻 > 嘉兴
嘉兴：数字经济跑出加速度
2023-06-01 08:32  来源：嘉兴日报  作者：张三
分享到：
　　2023年以来，嘉兴市深入实施数字经济“一号发展工程”，全市规上数字经济核心产业制造业增加值同比增长12.3%，一批重大项目落地海宁、桐乡。
　　据介绍，今年嘉兴将继续推进数字经济创新提质，加快建设长三角数字经济示范区。
责任编辑：李四
相关阅读
嘉兴再获殊荣：入选全国数字经济百强市，位列第二十三位，这是嘉兴连续三年上榜的结果。
"""


@pytest.mark.parametrize(
    "page, headline, kind, first, last, absent",
    [
        (GOV_PAGE, "2023年丽江市政府工作报告", "report", "——2023年1月10日", "增长3.6%。", ["发布时间", "字体", "上一篇", "ICP"]),
        (NEWS_PAGE, "嘉兴：数字经济跑出加速度", "news", "2023年以来", "数字经济示范区。", ["来源", "分享", "责任编辑", "再获殊荣"]),
    ],
    ids=["gov-site", "news-site"],
)
def test_other_site_layouts(page, headline, kind, first, last, absent):
    (doc,) = split_documents(page, "page.txt")
    assert (doc.headline, doc.kind) == (headline, kind)
    assert doc.text.startswith(first) and doc.text.endswith(last)
    assert not [a for a in absent if a in doc.text]


def test_reports_pasted_one_after_another():
    def report(title, level):
        return (f"{title}\n\n各位代表:现在,我代表{level}人民政府向大会报告工作,请予审议。一、工作回顾。全{level}地区生产总值123亿元,增长7%。\n"
                f"这是第二段,说明更多工作内容,全{level}上下共同努力,团结奋斗,攻坚克难,完成了年初确定的各项目标任务。\n")

    text = report("2019年甲县政府工作报告", "县") + report("2020年乙市政府工作报告", "市")
    docs = split_documents(text, "two.txt")
    assert [d.headline for d in docs] == ["2019年甲县政府工作报告", "2020年乙市政府工作报告"]
    assert all(d.text.startswith("各位代表") and "政府工作报告" not in d.text for d in docs)


def test_split_invariants_on_any_text():
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies
    pieces = st.sampled_from([
        "\n", "\n\n", "• 【金华招商】2019年金华市政府工作报告\n", "2025-07-08\n", "-\n", "点我投稿\n", "设为首页\n",
        "2020年某县政府工作报告\n", "各位代表:现在,我代表县人民政府向大会报告工作,请予审议。全县地区生产总值123亿元。\n",
        "金東區發布報告,全區地區生產總值突破300億元,增長0.8%,同比增長14.8%,關于光伏。\n", "短句\n", "  \u3000 ", "abc\r\n",
    ])

    @hypothesis.given(st.lists(pieces, max_size=30).map("".join))
    @hypothesis.settings(max_examples=200, deadline=None)
    def check(text):
        docs = split_documents(text, "h.txt")
        last = 0
        for d in docs:
            assert d.text == text[d.start : d.end] and d.text == d.text.strip()
            assert d.start >= last and d.norm == normalize(d.text)
            last = d.end

    check()
