"""The records that cross boundaries: the brief JSON contract (schema_version 1).

Other tools read `brief.json`; the field names here are the contract. New fields may be
added (with defaults), existing ones are never renamed or removed within a schema version.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal[1] = 1


class Record(BaseModel):
    """Base for brief records: strict about unknown fields so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid")


class Evidence(Record):
    """One source sentence behind a fact: `article` text[start:end] == text."""

    article: str
    start: int
    end: int
    text: str
    in_part: bool = Field(
        default=False,
        description="The sentence states the fact's main claim (who did what) but not every "
        "detail of its wording: the article is cited in part.",
    )


class Insertion(Record):
    """Our words inside a fact's verbatim part: "the [SB 12] bill"."""

    at: int = Field(description="Offset in the source article before which the words go.")
    text: str = Field(description="The words in square brackets, and the space after them.")


def compose(
    source: str,
    start: int,
    end: int,
    inserted: str = "",
    insertions: Sequence[tuple[int, str]] = (),
    appended: str = "",
) -> str:
    """Return inserted + source[start:end] with each (offset, words) put before its offset +
    appended: how a fact's text is made from its source."""
    pieces, at = [inserted], start
    for offset, words in sorted(insertions):
        pieces += [source[at:offset], words]
        at = offset
    pieces += [source[at:end], appended]
    return "".join(pieces)


_PRONOUN_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he) $")


def without_insertions(
    text: str,
    inserted: str,
    start: int,
    insertions: Sequence[tuple[int, str]],
    *,
    subjects: bool = False,
    keep: Collection[tuple[int, str]] = (),
) -> str:
    """Return `text` without the words put inside its verbatim part (see `compose`): what the
    sentence itself says, our subject before it kept. The insertions in `keep` stay, and with
    `subjects` so does the name we put after a pronoun subject ("..., he [Tom Reyes]
    decried"): whom the claim is about."""
    shift = len(inserted) - start
    spans = []
    for offset, words in sorted(insertions):
        at = offset + shift
        kept = (offset, words) in keep or (
            subjects and _PRONOUN_BEFORE.search(text, max(0, at - 4), at) is not None
        )
        if not kept:
            spans.append((at, len(words)))
        shift += len(words)
    for at, size in reversed(spans):
        text = text[:at] + text[at + size :]
    return text


class Fact(Record):
    """A consensus statement: one verbatim source sentence, citing every supporting article."""

    text: str
    sources: list[str]
    independent_sources: int
    source: str = Field(description="Article the wording is taken from.")
    start: int = Field(description="Offset of `text` in that article's text.")
    end: int
    single_source: bool = False
    evidence: list[Evidence] = Field(
        default_factory=list,
        description="Each citing article's own sentence stating the fact, with its offsets.",
    )
    inserted: str = Field(
        default="",
        description="Our words in square brackets before the verbatim part (a resolved "
        "subject '[Dale Harmon]', a capital '[C]'): text = inserted + source[start:end] + "
        "appended.",
    )
    appended: str = Field(
        default="", description="What ends a shortened sentence ('.' after a cut clause)."
    )
    insertions: list[Insertion] = Field(
        default_factory=list,
        description="Our words in square brackets inside the verbatim part, naming what it "
        "refers to ('the [SB 12] bill'): text = inserted + source[start:end], each insertion "
        "put before its offset, + appended.",
    )
    wording_differs: bool = Field(
        default=False, description="The citing outlets state the fact in different words."
    )

    @property
    def said(self) -> str:
        """The text without the words inserted inside it: what the source sentence states."""
        return without_insertions(
            self.text, self.inserted, self.start, [(i.at, i.text) for i in self.insertions]
        )

    @property
    def cited_in_part(self) -> set[str]:
        """The articles cited for the fact's main claim only (`Evidence.in_part`)."""
        return {e.article for e in self.evidence if e.in_part}


class Variant(Record):
    """One of several values sources give for the same thing."""

    text: str
    value: str = ""
    sources: list[str]
    evidence: list[Evidence] = Field(default_factory=list)


class Disputed(Record):
    """A point where sources disagree (a count, a date, a name)."""

    topic: str
    kind: str = Field(default="number", description="number | date | name")
    variants: list[Variant]


class QuoteVariant(Record):
    """A different wording of what outlets present as the same quote."""

    text: str
    sources: list[str]


class Quote(Record):
    """A verbatim direct quote (without quotation marks) with its speaker."""

    text: str
    speaker: str | None
    role: str | None = None
    organization: str | None = None
    sources: list[str]
    outlets: list[str] = Field(default_factory=list)
    source: str = Field(default="", description="Article the wording is taken from.")
    start: int = 0
    end: int = 0
    variants: list[QuoteVariant] = Field(default_factory=list)
    wording_differs: bool = False
    evidence: list[str] = Field(
        default_factory=list, description="Why the quote sits on its side (for --explain)."
    )
    stance: Literal["support", "oppose", "neutral"] | None = Field(
        default=None, description="The side the speaker takes on the story's central action."
    )
    parts: list[list[int]] = Field(
        default_factory=list,
        description="[start, end] of each piece in `source` when the quote is split by its "
        "attribution or runs over paragraphs; `text` is the pieces joined by single spaces.",
    )
    paraphrase: bool = Field(
        default=False,
        description="The writer's own sentence reporting a side's position (no one on that side "
        "is quoted directly): verbatim from `source`, shown as a paraphrase, not a quotation.",
    )

    @property
    def credit(self) -> str:
        """Who said it, as printed: "Ann Lee, senator, Lakeside"; no part twice ("official",
        not "official, official"); with no personal name, "Agency spokesperson"."""
        if self.speaker and self.speaker == self.organization:
            parts = [self.organization, self.role]
            return " ".join(dict.fromkeys(p for p in parts if p))
        seen: dict[str, str] = {}
        for part in (self.speaker, self.role, self.organization):
            # ("president of the think tank Lakeside Way", not "…, Lakeside Way" again)
            if part and not any(part.lower() in said for said in seen):
                seen[part.lower()] = part
        return ", ".join(seen.values())


class Side(Record):
    """The strongest quotes on one side of the story's central action."""

    stance: Literal["support", "oppose"]
    label: str
    quotes: list[Quote] = Field(default_factory=list)
    more: list[Quote] = Field(
        default_factory=list,
        description="Other speakers on this side, ranked, beyond `quotes_per_side`.",
    )
    note: str | None = Field(
        default=None, description="Said plainly when a side has no on-the-record quote."
    )


class Story(Record):
    """One event, as told by several articles."""

    id: str
    headline: str
    summary: str
    facts: list[Fact] = Field(
        default_factory=list, description="The facts the summary has not stated, ranked."
    )
    summary_facts: list[Fact] = Field(
        default_factory=list,
        description="The facts the summary states (main news first), with their citations.",
    )
    disputed: list[Disputed] = Field(default_factory=list)
    sides: list[Side] = Field(default_factory=list)
    unplaced: list[Quote] = Field(
        default_factory=list,
        description="Named people quoted on the story whose side the articles leave open "
        "(strongest first, one quote each): shown as 'Also quoted', never on a side.",
    )
    articles: list[str] = Field(default_factory=list)
    independent_groups: int = 0
    notes: list[str] = Field(
        default_factory=list, description="Caveats shown to the reader (e.g. single source)."
    )


class Source(Record):
    """One input article and where it came from."""

    id: str
    path: str
    outlet: str | None = None
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    url: str | None = None
    derived_from: str | None = Field(
        default=None, description="Id of the article this one copies (wire copy, repost)."
    )
    derivation: Literal["copy", "paraphrase"] | None = None
    similarity: float | None = Field(
        default=None, description="Share of this article's text found in `derived_from`."
    )
    group: int = Field(default=0, description="Independent source group number.")


class Brief(Record):
    """The whole brief: what `brief.json` holds."""

    schema_version: Literal[1] = SCHEMA_VERSION
    generated_at: str
    title: str
    stories: list[Story] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class QuoteRow(Record):
    """One line of `briefing quotes --json`: a quote found in one file, with its speaker."""

    text: str
    start: int = Field(description="Offset of the quote's first part in the article text.")
    end: int
    parts: list[tuple[int, int]] = Field(description="(start, end) of each quoted stretch.")
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    role: str | None = None
    organization: str | None = None
    cue: str | None = Field(default=None, description='The speech verb, e.g. "said".')
    partial: bool = False
    file: str


def brief_schema() -> dict[str, object]:
    """Return the JSON Schema of `brief.json`."""
    return Brief.model_json_schema()


def quote_row_schema() -> dict[str, object]:
    """Return the JSON Schema of one `briefing quotes --json` line."""
    return QuoteRow.model_json_schema()
