"""kg: an offline knowledge-graph extractor for Chinese government work reports.

The public API is imported lazily so that ``import kg.model`` stays cheap.

>>> from kg import extract_text
>>> mentions, relations = extract_text("金华市金东区")
>>> [m.name for m in mentions]
['金华市', '金东区']
>>> [(r.head[1], r.type, r.tail[1]) for r in relations]
[('金东区', 'partOf', '金华市')]
"""

__version__ = "0.1.0"

__all__ = ["__version__", "build", "extract_text"]


def __getattr__(name):
    if name == "extract_text":
        from kg.extract import extract_text

        return extract_text
    if name == "build":
        from kg.pipeline import build

        return build
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
