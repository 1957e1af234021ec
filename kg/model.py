"""Plain, typed records that flow between the pipeline stages.

Every stage is a function over these records; none reaches into another
stage's internals. Offsets are always character offsets into the *original*
decoded input file, so any mention can be cited back to its source.

>>> m = Mention(type="Region", name="永康市", text="永康", start=10, end=12)
>>> m.key
('Region', '永康市')
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "ENTITY_TYPES",
    "RELATION_TYPES",
    "Document",
    "Mention",
    "Relation",
    "Indicator",
    "ReportFacts",
    "Entity",
    "InputStatus",
]

#: The five entity types of ANNOTATION.md, in display order.
ENTITY_TYPES: tuple[str, ...] = ("Region", "Enterprise", "Project", "Initiative", "Person")

#: The five relation types of ANNOTATION.md (head type -> tail type in the comment).
RELATION_TYPES: tuple[str, ...] = (
    "partOf",  # Region -> Region
    "locatedIn",  # Project | Enterprise -> Region
    "investsIn",  # Enterprise -> Project
    "cooperatesWith",  # Region <-> Region (unordered; stored head < tail)
    "holdsPost",  # Person -> Region
)


@dataclass(frozen=True)
class Document:
    """One report or article found inside an input file.

    ``text`` is the original slice ``file_text[start:end]``; ``norm`` is the
    normalised text (simplified script, same length as ``text``: character i
    of ``norm`` comes from character i of ``text``), so offsets found in
    ``norm`` are offsets in ``text`` too.
    """

    id: str  # stable, ASCII: "<file stem>-<ordinal>", e.g. "000_691ca3d4065d2225-03"
    source: str  # the input path as given on the command line
    start: int  # offset of the document in the decoded file
    end: int
    text: str
    norm: str
    headline: str | None = None  # the title line above the body, if any (original script)
    kind: str = "report"  # "report" or "news"


@dataclass(frozen=True)
class Mention:
    """An entity mention. ``start``/``end`` index the text it was found in."""

    type: str  # one of ENTITY_TYPES
    name: str  # canonical name (simplified script, ANNOTATION.md rules)
    text: str  # surface form as written
    start: int
    end: int
    doc: str = ""  # Document.id ("" outside a build)
    sentence: str = ""  # the sentence containing the mention (original script)
    code: str | None = None  # Region: official division code or stable place id
    sent_start: int = -1  # offset of ``sentence`` in the same coordinates as start/end

    @property
    def key(self) -> tuple[str, str]:
        return (self.type, self.name)


@dataclass(frozen=True)
class Relation:
    """A relation between two canonical entities, with its evidence span."""

    head: tuple[str, str]  # (type, canonical name)
    type: str  # one of RELATION_TYPES
    tail: tuple[str, str]
    doc: str = ""
    start: int = -1  # evidence span (the sentence or the name that states it)
    end: int = -1
    sentence: str = ""
    source: str = "text"  # "text" (stated), "name" (stated by an entity's name), "gazetteer"


@dataclass(frozen=True)
class Indicator:
    """A headline figure: 地区生产总值 557.7 亿元, growth 6%."""

    metric: str
    value: float | None
    unit: str | None
    growth_pct: float | None
    year: int | None  # the year the figure is for (the reviewed year of a report)
    text: str = ""  # the phrase it comes from
    start: int = -1  # offsets in the original file
    end: int = -1


@dataclass(frozen=True)
class ReportFacts:
    """Report-level facts; field names follow eval/reports.json."""

    title: str | None
    kind: str  # "report" | "news"
    region: str | None  # canonical region name
    parent_region: str | None
    year: int | None
    reviewed_year: int | None
    speaker: str | None
    post: str | None
    meeting: str | None
    date: str | None  # ISO yyyy-mm-dd
    indicators: tuple[Indicator, ...] = ()


@dataclass(frozen=True)
class Entity:
    """A resolved real-world entity: one node in the graph."""

    id: str  # stable ASCII id, e.g. "region/330784" or "project/3f2a9c0d1e2b4a5c"
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    code: str | None = None  # Region: official division code where known
    level: str | None = None  # Region: province|city|county|town|village|macro|other
    parents: tuple[str, ...] = ()  # Region: canonical names of the parent chain, nearest first
    mentions: tuple[Mention, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class InputStatus:
    """What happened to one input file (manifest "inputs")."""

    path: str
    sha256: str
    bytes: int
    status: str  # "ok" | "error"
    error: str | None = None
    encoding: str | None = None
    documents: int = 0
