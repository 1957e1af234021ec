"""Same-length normalisation: traditional → simplified script, full-width → half-width.

The output always has exactly the length of the input, and character *i* of
the output comes from character *i* of the input, so an offset found in the
normalised text is an offset in the original text too (no offset map needed).

- Chinese characters are converted with OpenCC ``t2s`` (phrase-aware). Where a
  phrase conversion would change the length of a segment, that segment is
  converted one character at a time instead.
- Place names that t2s would change although simplified script writes them so (乾安县, 濛洲街道:
  ``kg/data/t2s_keep.tsv``) are kept as written.
- Full-width ASCII letters and digits (Ａ-Ｚ, ａ-ｚ, ０-９) and the full-width
  percent sign and full stop used in figures (％, ．) become half-width.
  Chinese punctuation (“”、。《》（）【】：，) is kept as written.

>>> normalize("金東區發布２０２３年政府工作報告（全文）")
'金东区发布2023年政府工作报告（全文）'
>>> len(normalize("關於光伏")) == len("關於光伏")
True
"""

from __future__ import annotations

import functools
import re

__all__ = ["normalize", "to_halfwidth"]

# Full-width letters/digits, plus ％ and ．: shift by 0xFEE0 to ASCII.
_HALFWIDTH = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}
_HALFWIDTH.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})
_HALFWIDTH.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})
_HALFWIDTH.update({0xFF05: ord("%"), 0xFF0E: ord(".")})

# Runs of characters OpenCC may change; ASCII, whitespace and Chinese
# punctuation between them pass through untouched.
_SEGMENT = re.compile(r"[^\x00-\x7f\s，。、；：？！“”‘’（）《》【】]+")


@functools.cache
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


_FULLWIDTH = re.compile("[" + "".join(map(chr, _HALFWIDTH)) + "]+")


def _to_half(m: re.Match) -> str:
    return m.group().translate(_HALFWIDTH)


def to_halfwidth(text: str) -> str:
    """Full-width ASCII letters, digits, ％ and ． to half-width (same length)."""
    # the runs of full-width characters only: translating a whole report looks every character up (~10x slower)
    return _FULLWIDTH.sub(_to_half, text)


def _convert_segment(convert, segment: str) -> str:
    out = convert(segment)
    if len(out) == len(segment):
        return out
    # A phrase changed length: convert character by character.
    chars = []
    for ch in segment:
        c = convert(ch)
        chars.append(c if len(c) == 1 else ch)
    return "".join(chars)


def normalize(text: str) -> str:
    """Simplified-script, half-width copy of ``text`` with the same length.

    >>> normalize("ＧＤＰ增長５．５％")
    'GDP增长5.5%'
    """
    if not text:
        return text
    whole = _converter().convert(text)
    if whole == text:  # already simplified (most reports); phrases never span the punctuation between segments
        return to_halfwidth(text)
    return to_halfwidth(_keep_names(text, _convert_segments(text, whole if len(whole) == len(text) else None)))


@functools.cache
def _kept_names() -> re.Pattern | None:
    from kg.resources import load_wordlist

    names = sorted(load_wordlist("t2s_keep.tsv"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names))) if names else None


def _keep_names(text: str, converted: str) -> str:
    """``converted`` with the place names of ``t2s_keep.tsv`` as ``text`` writes them: t2s reads 乾 as 干 and 濛 as
    蒙 where simplified script keeps them in names (乾安县, 濛洲街道)."""
    pattern = _kept_names()
    spans = [m.span() for m in pattern.finditer(text)] if pattern is not None else []
    if not spans:
        return converted
    chars = list(converted)
    for start, end in spans:
        chars[start:end] = text[start:end]
    return "".join(chars)


def _convert_segments(text: str, whole: str | None = None) -> str:
    """OpenCC ``t2s`` segment by segment (runs between punctuation and whitespace): a segment whose
    conversion changes length falls back to per-character conversion, so character i of the result
    always comes from character i.

    ``whole``: the conversion of the whole text, when it kept the length. A segment that reads the same
    there is kept as it is, so a simplified report with one traditional character (畝) converts one
    segment, not twenty thousand."""
    convert = _converter().convert
    if whole is not None:
        changed = _differences(text, whole)
        if changed is not None:  # a few characters changed: only their segments are converted
            return _convert_changed(convert, text, changed)
    parts = []
    pos = 0
    for m in _SEGMENT.finditer(text):
        start, end = m.span()
        parts.append(text[pos:start])
        segment = m.group()
        if whole is not None and whole[start:end] == segment:
            parts.append(segment)
        else:
            parts.append(_convert_segment(convert, segment))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


#: How many changed characters :func:`_differences` looks for before it gives up: a traditional report changes
#: thousands, and each of its segments is converted in turn (:func:`_convert_segments`).
_FEW_CHANGES = 200


def _differences(a: str, b: str) -> list[int] | None:
    """The positions where ``a`` and ``b`` (of one length) differ, in order; None if there are more than
    :data:`_FEW_CHANGES`. Halves that read the same are skipped whole (a comparison in C), so one traditional
    character in a simplified report is found without stepping over the others."""
    out: list[int] = []
    todo = [(0, len(a))]
    while todo:
        lo, hi = todo.pop()
        if a[lo:hi] == b[lo:hi]:
            continue
        if hi - lo <= 64:
            out += [i for i in range(lo, hi) if a[i] != b[i]]
            if len(out) > _FEW_CHANGES:
                return None
            continue
        mid = (lo + hi) // 2
        todo += [(mid, hi), (lo, mid)]  # the left half first
    return out


def _convert_changed(convert, text: str, changed: list[int]) -> str:
    """:func:`_convert_segments` where the whole text's conversion changed only the characters at ``changed``: the
    segments that hold them are converted, the rest are kept."""
    parts, pos = [], 0
    for i in changed:
        if i < pos or not _SEGMENT.match(text, i, i + 1):
            continue  # in the segment converted last, or in no segment (kept as written, as there)
        m = _SEGMENT.match(text, _segment_start(text, i))
        parts += [text[pos:m.start()], _convert_segment(convert, m.group())]
        pos = m.end()
    parts.append(text[pos:])
    return "".join(parts)


def _segment_start(text: str, i: int) -> int:
    """Where the segment (:data:`_SEGMENT`) that holds ``text[i]`` starts."""
    k = i
    while k > 0 and _SEGMENT.match(text, k - 1, k):
        k -= 1
    return k

