"""Read input files and split them into documents (reports and news articles).

Decoding never guesses silently: UTF-8 (with or without BOM), UTF-16/UTF-32
(with BOM, or UTF-16 without BOM when its NUL pattern is unmistakable) and
GBK/GB18030 are tried strictly, in that order; anything else raises
:class:`InputError` with a one-line message naming the file. Files larger than
:data:`MAX_FILE_BYTES` and anything that is not a regular file are refused
before a byte is read; files with more than :data:`MAX_TEXT_CHARS` characters
of text after decoding (``$KG_MAX_FILE_BYTES``, ``$KG_MAX_TEXT_CHARS``
override them) are refused too: they would take minutes and gigabytes.

Saved HTML pages are reduced to text (scripts and styles dropped, block
elements on their own lines). For HTML inputs the "original text" that all
offsets refer to is this extracted text, not the markup.

A page is split line by line: site markers (``• 【X招商】…``, ``[浙江] …``),
date lines and web furniture (forum UI, navigation, contact lines, site terms)
delimit documents; the rules are data in ``kg/data/facts.toml`` ``[page]``.

>>> docs = split_documents("• 【永康市招商】2019年永康市政府工作报告\\n\\n" + "各位代表:现在,我代表市人民政府向大会作工作报告。" * 5 + "\\n\\n2025-07-08\\n", "x/seed.txt")
>>> [(d.id, d.kind, d.headline, d.text[:5]) for d in docs]
[('seed-01', 'report', '• 【永康市招商】2019年永康市政府工作报告', '各位代表:')]
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import os
import re
import stat
from html.parser import HTMLParser
from pathlib import Path

from kg.model import Document, InputStatus
from kg.normalize import normalize
from kg.resources import load_toml

__all__ = [
    "MAX_FILE_BYTES",
    "InputError",
    "MAX_TEXT_CHARS",
    "max_file_bytes",
    "max_text_chars",
    "decode_bytes",
    "read_text",
    "html_to_text",
    "split_documents",
    "load_documents",
    "document_id_stem",
]

_CJK = re.compile(r"[\u3400-\u9fff]")


class InputError(Exception):
    """A file that cannot be read as text; ``str()`` is one line naming the file."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{_printable_path(self.path)}: {problem}; skipped")


def _printable_path(path: str) -> str:
    r"""``path`` fit for one line of a terminal: control characters and undecodable bytes escaped.

    >>> _printable_path("a\nb.txt"), _printable_path("\udcff.txt")
    ('a\\nb.txt', '\\xff.txt')
    """
    def escape(m: re.Match) -> str:
        c = m.group()
        if "\udc80" <= c <= "\udcff":  # a byte that was not UTF-8 (surrogateescape)
            return f"\\x{ord(c) - 0xDC00:02x}"
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(c, f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")

    return re.sub("[\x00-\x1f\x7f\u2028\u2029\ud800-\udfff]", escape, path)


# ------------------------------------------------------------------ size

#: Largest input file read, in bytes (100 MB): bigger files are refused before a byte is
#: read. ``$KG_MAX_FILE_BYTES`` overrides it.
MAX_FILE_BYTES = 100_000_000

#: Most text taken from one file, in characters (2 million, about 6 MB of UTF-8 Chinese; a
#: work report is about 30,000): extraction and export need roughly 0.5 GB of memory and
#: 25 s per million characters, so a bigger file is a dump or a mistake and is refused.
#: Saved HTML pages are measured after their markup is stripped. ``$KG_MAX_TEXT_CHARS``
#: overrides it.
MAX_TEXT_CHARS = 2_000_000


def _env_limit(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip().replace("_", "")
    return int(value) if value.isdigit() and int(value) > 0 else default


def max_file_bytes() -> int:
    """The size limit in force: ``$KG_MAX_FILE_BYTES`` if it is a positive integer, else :data:`MAX_FILE_BYTES`.

    >>> max_file_bytes() == MAX_FILE_BYTES or "KG_MAX_FILE_BYTES" in os.environ
    True
    """
    return _env_limit("KG_MAX_FILE_BYTES", MAX_FILE_BYTES)


def max_text_chars() -> int:
    """The text limit in force: ``$KG_MAX_TEXT_CHARS`` if it is a positive integer, else :data:`MAX_TEXT_CHARS`."""
    return _env_limit("KG_MAX_TEXT_CHARS", MAX_TEXT_CHARS)


def _characters(n: int) -> str:
    return f"{n / 1e6:,.1f} million characters" if n >= 100_000 else f"{n:,} characters"


def _megabytes(n: int) -> str:
    return f"{n / 1_000_000:,.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def _read_bytes(path: str | Path) -> bytes:
    """The bytes of a regular file no larger than :func:`max_file_bytes`; :class:`InputError` otherwise."""
    limit = max_file_bytes()
    try:
        info = os.stat(path)  # before open(): opening a FIFO would block
        if not stat.S_ISREG(info.st_mode):
            raise InputError(path, "not a regular file")
        if info.st_size > limit:
            raise InputError(path, f"too large ({_megabytes(info.st_size)}; the limit is {_megabytes(limit)}, "
                                   "set KG_MAX_FILE_BYTES to change it)")
        with open(path, "rb") as f:
            data = f.read(limit + 1)  # the file may have grown since stat
    except OSError as e:
        raise InputError(path, f"cannot read file ({e.strerror or e})") from None
    if len(data) > limit:
        raise InputError(path, f"too large (more than {_megabytes(limit)}; set KG_MAX_FILE_BYTES to change it)")
    return data


# ---------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NOT_TEXT = "not UTF-8, GBK, GB18030 or UTF-16 text"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _check_plausible(text: str, path, encoding: str) -> str:
    """Reject decoded text that is empty or really binary (control characters)."""
    if not text.strip():
        raise InputError(path, f"empty file (no text after decoding as {encoding})")
    controls = _CONTROL.findall(text[:100_000])
    if len(controls) > max(2, len(text[:100_000]) // 1000):
        raise InputError(path, f"binary data, not text (control characters after decoding as {encoding})")
    return text


def _utf16_without_bom(data: bytes, path) -> tuple[str, str] | None:
    """UTF-16 text without a BOM: NULs sit in every other byte of ASCII chars."""
    whole = data[: len(data) - len(data) % 2]
    even, odd = whole[0::2], whole[1::2]
    for encoding, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        nul_high, nul_low = high.count(0), low.count(0)
        if nul_high >= len(high) * 0.02 and nul_low * 4 <= nul_high:
            try:
                text = whole.decode(encoding)
            except UnicodeDecodeError:
                continue
            if not _CONTROL.search(text) and _CJK.search(text):
                if len(whole) != len(data):
                    raise InputError(path, f"truncated {encoding.upper()} text: odd number of bytes ({len(data)})")
                return text, encoding
    return None


_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _looks_utf8(data: bytes) -> bool:
    """Most non-ASCII bytes form valid UTF-8 sequences: UTF-8 with a few bad bytes.

    (In GBK/GB18030 Chinese text about a third of them do by chance.)
    """
    high = len(data) - len(re.sub(rb"[\x80-\xff]", b"", data))
    covered = sum(len(m.group()) for m in _UTF8_SEQ.finditer(data))
    return high >= 6 and covered >= 0.9 * high


def decode_bytes(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decoded text and encoding name of ``data``; :class:`InputError` if not text.

    >>> decode_bytes("金华市".encode("gbk"))
    ('金华市', 'gbk')
    >>> decode_bytes(codecs.BOM_UTF8 + "金华".encode())
    ('金华', 'utf-8-sig')
    """
    if not data.strip():
        raise InputError(path, "empty file" if not data else "empty file (whitespace only)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as e:
                what = "truncated" if e.end >= len(data) - 3 else "invalid"
                raise InputError(path, f"{what} {encoding.upper()} text after its BOM (byte 0x{data[e.start]:02X} at offset {e.start})") from None
            return _check_plausible(text, path, encoding), encoding
    if b"\x00" in data:
        found = _utf16_without_bom(data, path)
        if found is not None:
            return _check_plausible(found[0], path, found[1]), found[1]
        raise InputError(path, f"binary file, not text (NUL byte at offset {data.index(0)})")
    try:
        return _check_plausible(data.decode("utf-8"), path, "utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e
    valid = data[: utf8_error.start]
    if _looks_utf8(data) or valid.isascii() and utf8_error.reason == "unexpected end of data":
        if utf8_error.reason == "unexpected end of data":
            raise InputError(path, f"truncated UTF-8 text: incomplete multibyte character at the end (byte 0x{data[utf8_error.start]:02X} at offset {utf8_error.start})")
        raise InputError(path, f"{_NOT_TEXT} (byte 0x{data[utf8_error.start]:02X} at offset {utf8_error.start})")
    for encoding in ("gbk", "gb18030"):
        try:
            return _check_plausible(data.decode(encoding), path, encoding), encoding
        except UnicodeDecodeError as e:
            gb_error = e
    if gb_error.end >= len(data) and gb_error.reason.startswith("incomplete"):
        raise InputError(path, f"truncated GBK/GB18030 text: incomplete multibyte character at the end (byte 0x{data[gb_error.start]:02X} at offset {gb_error.start})")
    raise InputError(path, f"{_NOT_TEXT} (byte 0x{data[utf8_error.start]:02X} at offset {utf8_error.start})")


# -------------------------------------------------------------------- HTML

_HTML_HINT = re.compile(r"^\s*(<!doctype html|<html|<\?xml[^>]*>\s*<html)|<(body|div|p|table)[\s>]", re.I)
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body br dd div dl dt footer form h1 h2 h3 h4 h5 h6 header hr "
    "li main nav ol p pre section table td th tr ul title".split()
)
_SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "head", "svg"))


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block element per line.

    >>> html_to_text("<html><head><title>t</title><style>p{}</style></head><body><p>金华&amp;永康</p><p>二</p></body></html>")
    '金华&永康\\n二'
    """
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    return text


def _is_html(path: Path, text: str) -> bool:
    if path.suffix.lower() in (".html", ".htm", ".xhtml", ".shtml"):
        return True
    return bool(_HTML_HINT.search(text[:4096]))


def read_text(path: str | Path) -> tuple[str, str]:
    """Decoded text of a file and the encoding it was read with.

    HTML pages (by extension or content) are returned as their extracted text.
    Raises :class:`InputError` for unreadable, empty, binary, truncated or
    undecodable files.
    """
    return _text_from_bytes(_read_bytes(path), path)


def _text_from_bytes(data: bytes, path: str | Path) -> tuple[str, str]:
    text, encoding = decode_bytes(data, path)
    if _is_html(Path(path), text):
        text = html_to_text(text)
        if not text.strip():
            raise InputError(path, "HTML page without visible text")
    limit = max_text_chars()
    if len(text) > limit:
        raise InputError(path, f"too much text ({_characters(len(text))}; the limit is {_characters(limit)}, "
                               "set KG_MAX_TEXT_CHARS to change it)")
    return text, encoding


# --------------------------------------------------------------- splitting


@functools.cache
def _rules():
    page = load_toml("facts.toml")["page"]

    def union(key):
        return re.compile("|".join(f"(?:{p})" for p in page[key]))

    return {
        "marked": union("marked_headline"),
        "separator": union("separator"),
        "furniture": union("furniture"),
        "footer": union("footer"),
        "furniture_next": union("furniture_next"),
        "body_start": union("body_start"),
        "report": union("report_markers"),
        "not_headline": union("not_headline"),
        "report_title": union("report_title"),
        **{k: page[k] for k in ("max_furniture", "min_body_line", "max_headline", "min_paragraph", "min_document", "report_window")},
    }


# line kinds
_BLANK, _SEP, _FURN, _FOOTER, _MARKED, _TEXT = range(6)


def _classify(norm_line: str, rules) -> int:
    s = norm_line.strip(" \t\r\n\u3000\xa0")
    if not s:
        return _BLANK
    if rules["separator"].search(s):
        return _SEP
    if len(s) <= rules["max_furniture"]:
        if rules["footer"].search(s):
            return _FOOTER
        if rules["furniture"].search(s):
            return _FURN
    if len(s) <= rules["max_headline"] * 2 and rules["marked"].search(s):
        return _MARKED
    return _TEXT


def _is_title_like(s: str, rules) -> bool:
    return (
        4 <= len(s) <= rules["max_headline"]
        and not re.search(r"[。;;!?!?:：,,]$", s)
        and bool(_CJK.search(s))
        and not rules["not_headline"].search(s)
    )


def document_id_stem(source: str | Path) -> str:
    """ASCII-safe file stem used in document ids.

    >>> document_id_stem("seeds/金华 2019.txt")
    '___2019'
    """
    return re.sub(r"[^A-Za-z0-9_.-]", "_", Path(str(source)).stem)


def _kind(headline: str | None, norm_body: str, rules) -> str:
    window = (normalize(headline) if headline else "") + "\n" + norm_body[: rules["report_window"]]
    return "report" if rules["report"].search(window) else "news"


def split_documents(text: str, source: str | Path) -> list[Document]:
    """The reports and news articles in one decoded file, in file order.

    ``Document.text`` is ``text[start:end]``: the body from its first
    character (the headline is in ``Document.headline``) to the end of its
    last paragraph. Web furniture belongs to no document. A file without any
    recognisable structure gives one document (its whole text) if it
    contains Chinese text.
    """
    rules = _rules()
    norm = normalize(text)
    lines = []  # (start, end, kind, normalised text) of each line, surrounding spaces left out
    pos = 0
    for raw in text.splitlines(keepends=True):
        end = pos + len(raw)
        body = raw.rstrip("\r\n")
        n = norm[pos : pos + len(body)]
        lstrip = len(n) - len(n.lstrip(" \t\u3000\xa0"))
        s = n.strip(" \t\u3000\xa0")
        kind = _classify(s, rules)
        lines.append((pos + lstrip, pos + lstrip + len(s), kind, s))
        pos = end

    found: list[tuple[str | None, int, int]] = []  # (headline, start, end)
    headline: str | None = None
    body_start = body_end = None
    state = "out"  # out | await (headline seen, body not yet) | body
    footer = False
    skip_next = False

    def close():
        nonlocal headline, body_start, body_end
        if body_start is not None and body_end - body_start >= rules["min_document"] and _CJK.search(text[body_start:body_end]):
            found.append((headline, body_start, body_end))
        headline = body_start = body_end = None

    def paragraph_follows(i: int) -> bool:
        """A paragraph follows line i, with at most furniture in between."""
        for _start, _end, kind, s in lines[i + 1 : i + 40]:
            if kind in (_BLANK, _FURN):
                continue
            if kind != _TEXT:
                return False
            if len(s) >= rules["min_paragraph"]:
                return True
        return False

    for i, (start, end, kind, s) in enumerate(lines):
        if kind == _BLANK:
            continue
        if kind == _MARKED:
            close()
            footer, skip_next = False, False
            headline, state = text[start:end], "await"
            continue
        if footer:
            continue
        if skip_next and kind == _TEXT:
            skip_next = False
            continue
        if kind == _FOOTER:
            close()
            footer, state = True, "out"
            continue
        if kind == _SEP and state == "body" and body_end - body_start < rules["min_document"]:
            body_end = end  # a date line in a report's opening, not a separator
            continue
        if kind in (_SEP, _FURN):
            skip_next = bool(rules["furniture_next"].search(s))
            if state == "body":
                close()
                state = "out"
            continue
        # a text line
        if state == "await":
            if len(s) < rules["min_body_line"] and not rules["body_start"].search(s):
                continue
            body_start, body_end, state = start, end, "body"
        elif state == "out":
            if _is_title_like(s, rules) and paragraph_follows(i):
                headline, state = text[start:end], "await"
            elif len(s) >= rules["min_paragraph"] or rules["body_start"].search(s):
                headline, body_start, body_end, state = None, start, end, "body"
        elif (
            body_end - body_start >= rules["min_paragraph"]
            and rules["report_title"].search(s)
            and paragraph_follows(i)
        ):
            close()  # the next report's title
            headline, state = text[start:end], "await"
        else:
            body_end = end
    close()

    if not found and _CJK.search(text):
        stripped = text.strip()
        start = text.index(stripped[0])
        found.append((None, start, start + len(stripped)))

    stem = document_id_stem(source)
    docs = []
    for n, (head, start, end) in enumerate(found, 1):
        body_norm = norm[start:end]
        docs.append(
            Document(
                id=f"{stem}-{n:02d}",
                source=str(source),
                start=start,
                end=end,
                text=text[start:end],
                norm=body_norm,
                headline=head,
                kind=_kind(head, body_norm, rules),
            )
        )
    return docs


def load_documents(path: str | Path) -> tuple[list[Document], InputStatus]:
    """Read and split one file; never raises for bad input.

    Returns ``([], status)`` with ``status.status == "error"`` and a one-line
    ``status.error`` when the file cannot be read as text.
    """
    try:
        data = _read_bytes(path)
    except InputError as err:
        try:
            size = os.stat(path).st_size
        except OSError:
            size = 0
        return [], InputStatus(path=str(path), sha256="", bytes=size, status="error", error=str(err))
    digest = hashlib.sha256(data).hexdigest()
    try:
        text, encoding = _text_from_bytes(data, path)
    except InputError as e:
        return [], InputStatus(path=str(path), sha256=digest, bytes=len(data), status="error", error=str(e))
    docs = split_documents(text, path)
    return docs, InputStatus(
        path=str(path), sha256=digest, bytes=len(data), status="ok", encoding=encoding, documents=len(docs)
    )
