"""What the templates see: view records computed once from a Brief, and the template filters.

HTML and text are rendered from the same views, so both say the same thing (the same footnote
numbers, the same "3 sources, 2 independent" markers).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from briefing.model import Brief, Disputed, Quote, Side, Source, Story
from briefing.text import tokens

TEXT_WIDTH = 72

# Invisible characters after the preheader, so inbox previews stop there instead of showing
# the first lines of the body.
PREHEADER_PAD = Markup("&#847;&zwnj;&nbsp;" * 90)
FONT_STACK = "-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif"
MONTHS = [month.capitalize() for month in tokens.MONTHS]
HOW_MADE = (
    "This brief was assembled by software from the articles listed above. It is extractive: "
    "every fact and quote is copied word for word from the cited articles, and nothing is "
    "written or rephrased by the software. Copies of the same article count as one source. "
    "Where outlets give different figures, all of them are shown."
)


# View records: what the templates see, computed once so HTML and text say the same thing.


@dataclass(frozen=True, slots=True)
class SourceView:
    """One numbered entry of the sources list."""

    number: int
    id: str
    outlet: str
    title: str
    url: str | None
    published: str | None
    byline: str | None
    relation: str | None
    """E.g. "copies [2] Outlet (93% shared text)" for a derived article."""


@dataclass(frozen=True, slots=True)
class FactView:
    """A fact with its footnote numbers."""

    text: str
    refs: tuple[int, ...]
    count: int
    independent: int
    single_source: bool
    marker: str
    """E.g. "3 sources, 2 independent"."""


@dataclass(frozen=True, slots=True)
class VariantView:
    """One account of a disputed point, or another wording of a quote."""

    text: str
    value: str
    refs: tuple[int, ...]
    outlets: str


@dataclass(frozen=True, slots=True)
class DisputedView:
    """A point where accounts differ."""

    topic: str
    kind: str
    variants: tuple[VariantView, ...]


@dataclass(frozen=True, slots=True)
class QuoteView:
    """A verbatim quote and who said it, where."""

    text: str
    attribution: str
    refs: tuple[int, ...]
    wording_differs: bool
    variants: tuple[VariantView, ...]
    paraphrase: bool = False
    """The writer's sentence reporting the side's position, not a quotation."""


@dataclass(frozen=True, slots=True)
class SideView:
    """One side's quotes, or a note that it has none."""

    stance: str
    label: str
    note: str | None
    quotes: tuple[QuoteView, ...]
    also: tuple[str, ...] = ()
    """Further speakers on this side, beyond the quotes shown: "Name, role, org [2]"."""


@dataclass(frozen=True, slots=True)
class StoryView:
    """One story as the templates show it."""

    number: int
    anchor: str
    headline: str
    summary: str
    built_from: str
    facts: tuple[FactView, ...]
    disputed: tuple[DisputedView, ...]
    sides: tuple[SideView, ...]
    notes: tuple[str, ...]


def plural(count: int, word: str) -> str:
    """Return "1 source" / "3 sources"."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def safe_url(url: str | None, *, schemes: Sequence[str] = ("http", "https")) -> str | None:
    """Return `url` if it is an absolute link with an allowed scheme, else None."""
    if not url or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in schemes:
        return None
    if parts.scheme.lower() != "mailto" and not parts.netloc:
        return None
    return url


def _outlet(source: Source) -> str:
    if source.outlet:
        return source.outlet
    url = safe_url(source.url)
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.") or source.id
    return source.id


def _date_label(stamp: str) -> str:
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


class _Catalogue:
    """Source numbering shared by every story: footnote [n] is the n-th source of the brief."""

    def __init__(self, sources: Sequence[Source]) -> None:
        self.sources = list(sources)
        self.number = {s.id: i for i, s in enumerate(self.sources, start=1)}
        self.by_id = {s.id: s for s in self.sources}

    def refs(self, ids: Iterable[str]) -> tuple[int, ...]:
        return tuple(sorted({self.number[i] for i in ids if i in self.number}))

    def outlets(self, ids: Iterable[str]) -> str:
        names: list[str] = []
        for i in ids:
            source = self.by_id.get(i)
            name = _outlet(source) if source else i
            if name not in names:
                names.append(name)
        return ", ".join(names)

    def views(self) -> tuple[SourceView, ...]:
        return tuple(self._view(s) for s in self.sources)

    def _view(self, source: Source) -> SourceView:
        relation = None
        if source.derived_from:
            paraphrase = source.derivation == "paraphrase"
            verb = "closely restates" if paraphrase else "copies"
            original = self.by_id.get(source.derived_from)
            target = (
                f"[{self.number[original.id]}] {_outlet(original)}"
                if original
                else source.derived_from
            )
            relation = f"{verb} {target}"
            if source.similarity is not None:
                share = round(source.similarity * 100)
                what = "of its sentences" if paraphrase else "shared text"
                relation += f" ({share}% {what})"
        return SourceView(
            number=self.number[source.id],
            id=source.id,
            outlet=_outlet(source),
            title=source.title or source.path or source.id,
            url=safe_url(source.url),
            published=source.published,
            byline=source.byline,
            relation=relation,
        )


def _attribution(quote: Quote, catalogue: _Catalogue) -> str:
    if quote.speaker and quote.speaker == quote.organization:
        # no personal name: "an agency spokesperson" reads as "Agency spokesperson"
        who = " ".join(x for x in (quote.organization, quote.role) if x)
    else:
        who = ", ".join(x for x in (quote.speaker, quote.role, quote.organization) if x)
    where = ", ".join(quote.outlets) if quote.outlets else catalogue.outlets(quote.sources)
    who = who or "Unattributed"
    return f"{who} ({where})" if where else who


def _side(side: Side, catalogue: _Catalogue) -> SideView:
    quotes = tuple(
        QuoteView(
            text=q.text,
            attribution=_attribution(q, catalogue),
            refs=catalogue.refs(q.sources),
            wording_differs=q.wording_differs,
            variants=tuple(
                VariantView(v.text, "", catalogue.refs(v.sources), catalogue.outlets(v.sources))
                for v in q.variants
                if v.text.split() != q.text.split()  # the wording already shown
            ),
            paraphrase=q.paraphrase,
        )
        for q in side.quotes
    )
    also = tuple(
        _attribution(q, catalogue)
        + (" (worded differently by outlets)" if q.wording_differs else "")
        + " "
        + refs_text(catalogue.refs(q.sources))
        for q in side.more
    )
    return SideView(stance=side.stance, label=side.label, note=side.note, quotes=quotes, also=also)


def _disputed(point: Disputed, catalogue: _Catalogue) -> DisputedView:
    variants = tuple(
        VariantView(v.text, v.value, catalogue.refs(v.sources), catalogue.outlets(v.sources))
        for v in point.variants
    )
    return DisputedView(topic=point.topic, kind=point.kind, variants=variants)


def _story(number: int, story: Story, catalogue: _Catalogue) -> StoryView:
    ids = story.articles or [s.id for s in catalogue.sources]
    known = [catalogue.by_id[i] for i in ids if i in catalogue.by_id]
    named = {_outlet(s).casefold() for s in known if s.outlet or safe_url(s.url)}
    unnamed = sum(1 for s in known if not (s.outlet or safe_url(s.url)))
    built_from = f"built from {plural(len(ids), 'article')}"
    if named and not unnamed:
        built_from += f" by {plural(len(named), 'outlet')}"
    elif named:
        built_from += f" by {plural(len(named), 'named outlet')} and {unnamed} unnamed"
    facts = []
    for fact in story.facts:
        marker = plural(len(fact.sources), "source")
        if 0 < fact.independent_sources < len(fact.sources):
            marker += f", {fact.independent_sources} independent"
        facts.append(
            FactView(
                text=fact.text,
                refs=catalogue.refs(fact.sources),
                count=len(fact.sources),
                independent=fact.independent_sources,
                single_source=fact.single_source,
                marker=marker,
            )
        )
    return StoryView(
        number=number,
        anchor=f"story-{number}",
        headline=story.headline,
        summary=story.summary,
        built_from=built_from,
        facts=tuple(facts),
        disputed=tuple(_disputed(d, catalogue) for d in story.disputed),
        sides=tuple(_side(s, catalogue) for s in story.sides),
        notes=tuple(story.notes),
    )


def subject_for(brief: Brief) -> str:
    """Return the message subject: the headline, or the title and first headline of a digest."""
    if not brief.stories:
        return brief.title
    if len(brief.stories) == 1:
        return brief.stories[0].headline
    more = len(brief.stories) - 1
    return f"{brief.title}: {brief.stories[0].headline} (+{more} more)"


def template_context(brief: Brief, unsubscribe_url: str | None) -> dict[str, Any]:
    """Return what the templates see for `brief`."""
    catalogue = _Catalogue(brief.sources)
    stories = tuple(_story(n, s, catalogue) for n, s in enumerate(brief.stories, start=1))
    preheader = brief.stories[0].summary if brief.stories else brief.title
    return {
        "brief": brief,
        "title": brief.title,
        "subject": subject_for(brief),
        "date": _date_label(brief.generated_at),
        "digest": len(stories) > 1,
        "stories": stories,
        "sources": catalogue.views(),
        "preheader": preheader,
        "pad": PREHEADER_PAD,
        "font": FONT_STACK,
        "how_made": HOW_MADE,
        "unsubscribe_url": safe_url(unsubscribe_url, schemes=("http", "https", "mailto")),
        "article_count": len(brief.sources),
    }


# Template filters


def wrap(
    text: str, indent: str = "", subsequent: str | None = None, width: int = TEXT_WIDTH
) -> str:
    """Return `text` filled to `width` columns without breaking words or URLs."""
    wrapper = textwrap.TextWrapper(
        width=width,
        initial_indent=indent,
        subsequent_indent=indent if subsequent is None else subsequent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return "\n".join(wrapper.wrap(" ".join(text.split()))) or indent.rstrip()


def sentence(text: str) -> str:
    """Return `text` ending in a full stop, unless it already ends a sentence."""
    text = text.strip()
    if not text or text.rstrip("\"'’”)»").endswith((".", "!", "?", "…")):
        return text
    return text + "."


_FIGURE = re.compile(r"\d+(?:[-–]\d+)+")


def keep_figures(text: str) -> Markup:
    """Return text escaped, with figures such as "3-2" kept on one line in HTML."""
    escaped = str(escape(text))
    return Markup(
        _FIGURE.sub(lambda m: f'<span style="white-space:nowrap">{m.group(0)}</span>', escaped)
    )


def refs_text(refs: Iterable[int]) -> str:
    """Return footnote markers "[1][3]"."""
    return "".join(f"[{n}]" for n in refs)
