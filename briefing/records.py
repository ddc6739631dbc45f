"""Internal records the stages hand each other: articles, cleaned documents, source groups.

They live here, below every stage, so a stage never imports another stage for a type. Every
span keeps character offsets into `Article.text` (`article.text[start:end] == text`). The
contract other tools read (`brief.json`) is `briefing.model`; these records are internal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Article:
    """One article: its text (offsets point into it) and what is known about it."""

    id: str
    text: str
    title: str = ""
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    byline: str | None = None
    path: str = ""
    warnings: tuple[str, ...] = field(default=())
    body_start: int = 0
    """Offset where the body begins (after a title line that the text repeats)."""


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of an article's text, with why it was dropped (or kept)."""

    start: int
    end: int
    reason: str
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of reporting: `article text[start:end] == text`."""

    article: str
    index: int
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True, slots=True)
class Document:
    """An article after cleaning."""

    article: Article
    sentences: tuple[Sentence, ...]
    dropped: tuple[Span, ...]
    kept: tuple[tuple[int, int], ...]
    """Paragraph spans kept as reporting (quotes outside them are captions, ads, boxes)."""


@dataclass(frozen=True, slots=True)
class Derivation:
    """`article` reuses `origin`'s text (copy) or restates it (paraphrase)."""

    article: str
    origin: str
    kind: str
    similarity: float


@dataclass(frozen=True, slots=True)
class SourceGroups:
    """Independent groups: `group[article id]` is a group number starting at 1."""

    group: dict[str, int]
    derivations: dict[str, Derivation]

    def count(self, article_ids: Sequence[str] | set[str]) -> int:
        """Return how many independent groups the given articles span."""
        return len({self.group[a] for a in article_ids if a in self.group})
