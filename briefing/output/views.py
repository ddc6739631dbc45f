"""What the templates see: view records computed once from a Brief, and the template filters.

HTML and text are rendered from the same views, so both say the same thing (the same footnote
numbers, the same "3 sources, 2 independent" markers).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup, escape

from briefing.model import Brief, Disputed, Fact, Quote, Side, Source, Story
from briefing.stages.ingest import outlet_from_host, outlet_from_url
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
    "written or rephrased by the software; words in square brackets are its own, added so a "
    "sentence reads alone. Copies of the same article count as one source. Where it finds "
    "that outlets give different figures, it shows each of them, but it does not catch every "
    "difference: check the cited articles for exact numbers."
)


# View records: what the templates see, computed once so HTML and text say the same thing.


@dataclass(frozen=True, slots=True)
class SourceView:
    """One numbered entry of the sources list."""

    number: int
    id: str
    outlet: str | None
    """The outlet's name, or None when no metadata, byline or URL names it."""
    title: str
    url: str | None
    published: str | None
    byline: str | None
    relation: str | None
    """E.g. "copies [2] Outlet (93% shared text)" for a derived article."""
    anchor: str = ""
    """The id of its entry in the sources list (`src-3`)."""


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
    full_refs: tuple[int, ...] = ()
    """The footnotes of the articles that state it in full: what the summary cites, since it
    shows no marker to say that an outlet states a fact only in part."""


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
class AlsoView:
    """A further speaker on a side: "Name, role, org (Outlet)" and the footnotes."""

    text: str
    refs: tuple[int, ...]

    @property
    def line(self) -> str:
        """Return the entry with its footnote markers, as plain text."""
        return self.text + refs_text(self.refs)


@dataclass(frozen=True, slots=True)
class SideView:
    """One side's quotes, or a note that it has none."""

    stance: str
    label: str
    note: str | None
    quotes: tuple[QuoteView, ...]
    also: tuple[AlsoView, ...] = ()
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
    unplaced: tuple[QuoteView, ...] = ()
    """People quoted whose side the articles leave open ("Also quoted")."""
    sources: tuple[SourceView, ...] = ()
    """This story's own sources, numbered as in the whole brief."""
    sources_anchor: str = "sources"
    summary_facts: tuple[FactView, ...] = ()
    """The sentences of the summary, each with its citations (empty for an older brief)."""
    date: str = ""
    """The news date: the latest date the story's articles carry ("" when none does)."""
    updated: bool = False
    """An earlier issue carried this story and it has gained articles since."""


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


def outlet_name(source: Source) -> str | None:
    """Return the outlet a source is known by (metadata or byline, else its URL's host), or None.

    Never a file stem: a source nobody named is shown by its title instead.
    """
    if source.outlet and source.outlet.strip():
        # a bare host given as the outlet ("www.foxnews.com") reads as the outlet's name
        return outlet_from_host(source.outlet) or source.outlet.strip()
    url = safe_url(source.url)
    return outlet_from_url(url) if url else None


SHORT_TITLE_WORDS = 6


def source_label(source: Source) -> str:
    """Return the outlet's name, else the article's title shortened and in quotation marks."""
    name = outlet_name(source)
    if name:
        return name
    words = (source.title or "").rstrip("…").split()
    if not words:
        return "an unnamed source"
    head = " ".join(words[:SHORT_TITLE_WORDS])
    # a headline's first clause ("Deal Sparks Firestorm: Safety vs. ...") is a name in itself
    clause, colon, _ = head.partition(": ")
    short = clause if colon else head
    if colon or len(words) > SHORT_TITLE_WORDS:
        short = short.rstrip(",;:") + "…"
    return f"“{inner_quotes(short)}”"


_DATE_PREFIX = re.compile(
    r"^(?:(?:published|updated|posted)(?: on)?:?\s*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?",
    re.I,
)
_DATE_TIME = re.compile(r"(?:[ ,]+(?:at\s+)?\d{1,2}:\d{2}.*)$", re.I)
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d")


def parse_date(text: str | None) -> date | None:
    """Return the calendar date in a published field (ISO, RFC 2822, "June 21, 2025"), or None."""
    if not text or not text.strip():
        return None
    text = text.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    cleaned = _DATE_TIME.sub("", _DATE_PREFIX.sub("", text)).replace(".", "")
    cleaned = re.sub(r"\bSept\b", "Sep", " ".join(cleaned.split()))
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def date_label(day: date) -> str:
    """Return "21 June 2025"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def news_date(sources: Iterable[Source], *, not_after: str | None = None) -> date | None:
    """Return the latest date the articles carry (not later than the build), or None."""
    limit = parse_date(not_after)
    days = [d for d in (parse_date(s.published) for s in sources) if d is not None]
    days = [d for d in days if limit is None or d <= limit]
    return max(days, default=None)


def _published_label(text: str) -> str:
    day = parse_date(text)
    return date_label(day) if day else text


class _Catalogue:
    """Source numbering shared by every story: footnote [n] is the n-th source of the brief."""

    def __init__(self, sources: Sequence[Source]) -> None:
        self.sources = list(sources)
        self.number = {s.id: i for i, s in enumerate(self.sources, start=1)}
        self.by_id = {s.id: s for s in self.sources}

    def refs(self, ids: Iterable[str]) -> tuple[int, ...]:
        return tuple(sorted({self.number[i] for i in ids if i in self.number}))

    def outlets(self, ids: Iterable[str], *, titles: bool = True) -> str:
        """Return the sources' outlet names (unnamed ones by title, if `titles`)."""
        names: list[str] = []
        for i in ids:
            source = self.by_id.get(i)
            name = None
            if source is not None:
                name = source_label(source) if titles else outlet_name(source)
            if name and name not in names:
                names.append(name)
        return ", ".join(names)

    def links(self) -> dict[int, str]:
        """Return where each footnote [n] points: the article's URL, else its sources entry."""
        return {
            self.number[s.id]: safe_url(s.url) or f"#src-{self.number[s.id]}" for s in self.sources
        }

    def views(self) -> tuple[SourceView, ...]:
        return tuple(self._view(s) for s in self.sources)

    def _view(self, source: Source) -> SourceView:
        relation = None
        if source.derived_from:
            paraphrase = source.derivation == "paraphrase"
            verb = "closely restates" if paraphrase else "copies"
            original = self.by_id.get(source.derived_from)
            target = (
                f"[{self.number[original.id]}] {source_label(original)}"
                if original
                else "another article"
            )
            relation = f"{verb} {target}"
            if source.similarity is not None:
                share = round(source.similarity * 100)
                what = "of its sentences" if paraphrase else "shared text"
                relation += f" ({share}% {what})"
        return SourceView(
            number=self.number[source.id],
            id=source.id,
            outlet=outlet_name(source),
            title=source.title or "Untitled article",
            url=safe_url(source.url),
            published=_published_label(source.published) if source.published else None,
            byline=source.byline,
            relation=relation,
            anchor=f"src-{self.number[source.id]}",
        )


def _attribution(quote: Quote, catalogue: _Catalogue, sources: Sequence[str] | None = None) -> str:
    who = quote.credit
    if sources is not None and set(sources) != set(quote.sources):
        # the outlets that printed the wording shown (the others' words are shown apart)
        where = catalogue.outlets(sources, titles=False)
    else:
        # only outlets that are named: the footnotes after it point at every article
        named = [outlet_from_host(o) or o for o in quote.outlets]
        where = ", ".join(dict.fromkeys(named)) or catalogue.outlets(quote.sources, titles=False)
    who = who or "Unattributed"
    return f"{who} ({where})" if where else who


def shown_sources(q: Quote) -> list[str]:
    """Return the articles that printed the wording a quote shows: where outlets word it
    differently, each other wording is shown apart with its own articles, so the one shown is
    cited to those that printed it alone."""
    same = [s for v in q.variants if v.text.split() == q.text.split() for s in v.sources]
    return list(dict.fromkeys(same)) or list(q.sources)


def _quote(q: Quote, catalogue: _Catalogue) -> QuoteView:
    sources = shown_sources(q)
    return QuoteView(
        text=q.text,
        attribution=_attribution(q, catalogue, sources),
        refs=catalogue.refs(sources),
        wording_differs=q.wording_differs,
        variants=tuple(
            VariantView(v.text, "", catalogue.refs(v.sources), catalogue.outlets(v.sources))
            for v in q.variants
            if v.text.split() != q.text.split()  # the wording already shown
        ),
        paraphrase=q.paraphrase,
    )


def _side(side: Side, catalogue: _Catalogue) -> SideView:
    quotes = tuple(_quote(q, catalogue) for q in side.quotes)
    also = tuple(
        AlsoView(
            _attribution(q, catalogue)
            + (" (worded differently by outlets)" if q.wording_differs else ""),
            catalogue.refs(q.sources),
        )
        for q in side.more
    )
    return SideView(stance=side.stance, label=side.label, note=side.note, quotes=quotes, also=also)


def _disputed(point: Disputed, catalogue: _Catalogue) -> DisputedView:
    variants = tuple(
        VariantView(v.text, v.value, catalogue.refs(v.sources), catalogue.outlets(v.sources))
        for v in point.variants
    )
    return DisputedView(topic=point.topic, kind=point.kind, variants=variants)


UPDATED_NOTE = "Updated:"
"""How the only-new selection marks a story sent before that has gained articles since."""


def is_updated(story: Story) -> bool:
    """Return whether an earlier issue carried this story and it has new articles since."""
    return any(note.startswith(UPDATED_NOTE) for note in story.notes)


def built_from(sources: Sequence[Source]) -> str:
    """Return "5 articles from 4 outlets", or "5 articles from Fox News and 4 other sources"."""
    names: dict[str, str] = {}
    unnamed = 0
    for source in sources:
        name = outlet_name(source)
        if name:
            names.setdefault(name.casefold(), name)
        else:
            unnamed += 1
    text = plural(len(sources), "article")
    if not names:
        return text
    if not unnamed:
        return f"{text} from {plural(len(names), 'outlet')}"
    who = ", ".join(names.values()) if len(names) <= 2 else plural(len(names), "outlet")
    return f"{text} from {who} and {plural(unnamed, 'other source')}"


def _fact(fact: Fact, catalogue: _Catalogue) -> FactView:
    marker = plural(len(fact.sources), "source")
    if 0 < fact.independent_sources < len(fact.sources):
        marker += f", {fact.independent_sources} independent"
    if fact.single_source:
        marker = "single source" if len(fact.sources) == 1 else f"{marker}, single source"
    partial = fact.cited_in_part
    if partial:
        # those outlets state the main claim, not every detail of this wording
        marker += f", {len(partial)} in part"
    if fact.wording_differs:
        marker += ", worded differently"
    return FactView(
        text=fact.text,
        refs=catalogue.refs(fact.sources),
        full_refs=catalogue.refs([a for a in fact.sources if a not in partial]),
        count=len(fact.sources),
        independent=fact.independent_sources,
        single_source=fact.single_source,
        marker=marker,
    )


def _preheader(brief: Brief) -> str:
    """Return the inbox preview: what the subject and the summary do not already say."""
    if not brief.stories:
        return brief.title
    story = brief.stories[0]
    if story.facts:
        return story.facts[0].text
    return story.summary or story.headline


def _story(number: int, story: Story, catalogue: _Catalogue, *, not_after: str) -> StoryView:
    ids = story.articles or [s.id for s in catalogue.sources]
    known = [catalogue.by_id[i] for i in ids if i in catalogue.by_id]
    own = {s.id for s in known}
    day = news_date(known, not_after=not_after)
    facts = tuple(_fact(f, catalogue) for f in story.facts)
    stated = tuple(_fact(f, catalogue) for f in story.summary_facts)
    return StoryView(
        number=number,
        anchor=f"story-{number}",
        headline=story.headline,
        summary=story.summary,
        built_from=built_from(known),
        facts=facts,
        summary_facts=stated,
        disputed=tuple(_disputed(d, catalogue) for d in story.disputed),
        sides=tuple(_side(s, catalogue) for s in story.sides),
        unplaced=tuple(_quote(q, catalogue) for q in story.unplaced),
        notes=tuple(story.notes),
        sources=tuple(v for v in catalogue.views() if v.id in own),
        sources_anchor=f"story-{number}-sources",
        date=date_label(day) if day else "",
        updated=is_updated(story),
    )


def subject_for(brief: Brief) -> str:
    """Return the message subject: the headline, or the title and first headline of a digest."""
    if not brief.stories:
        return brief.title
    if len(brief.stories) == 1:
        return brief.stories[0].headline
    more = len(brief.stories) - 1
    return f"{brief.title}: {brief.stories[0].headline} (+{more} more)"


def template_context(
    brief: Brief, unsubscribe_url: str | None, postal_address: str | None = None
) -> dict[str, Any]:
    """Return what the templates see for `brief`."""
    catalogue = _Catalogue(brief.sources)
    stories = tuple(
        _story(n, s, catalogue, not_after=brief.generated_at)
        for n, s in enumerate(brief.stories, start=1)
    )
    preheader = _preheader(brief)
    day = news_date(brief.sources, not_after=brief.generated_at)
    masthead = f"{len(stories)} stories from {plural(len(brief.sources), 'article')}"
    return {
        "brief": brief,
        "title": brief.title,
        "subject": subject_for(brief),
        "date": date_label(day) if day else "",
        "masthead": masthead,
        "digest": len(stories) > 1,
        "stories": stories,
        "sources": catalogue.views(),
        "links": catalogue.links(),
        "postal_address": (postal_address or "").strip() or None,
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


_OPENS_AFTER = "([{<—–-/‘“"


def typographic(text: str) -> str:
    """Return `text` with straight quotation marks and apostrophes made typographic."""
    out: list[str] = []
    for i, ch in enumerate(text):
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        opening = not before or before.isspace() or before in _OPENS_AFTER
        if ch == '"':
            out.append("“" if opening else "”")
        elif ch == "'":
            # "'90s" and "rock 'n' roll" elide letters: an apostrophe, not an opening mark
            elided = after.isdigit() or text[i + 1 : i + 3] == "n'"
            out.append("‘" if opening and not elided else "’")
        else:
            out.append(ch)
    return "".join(out)


_DOUBLE_MARKS = '"“”„«»'
_TO_SINGLE = str.maketrans("“”„«»", "‘’‘‘’")


def inner_quotes(text: str) -> str:
    """Return `text` for showing inside “ ”: its own quotation marks made single (‘ ’) and an
    unpaired mark at either end dropped, so marks never double up as in “"We are…"."""
    text = text.strip()
    marks = sum(text.count(m) for m in _DOUBLE_MARKS)
    if marks % 2 == 1:
        # a paragraph-continuation opener or a stray closing mark
        if text[:1] in _DOUBLE_MARKS:
            text = text[1:]
        elif text[-1:] in _DOUBLE_MARKS:
            text = text[:-1]
    elif marks == 2 and text[:1] in _DOUBLE_MARKS and text[-1:] in _DOUBLE_MARKS:
        text = text[1:-1]  # the whole text was already in quotation marks
    return typographic(text.strip()).translate(_TO_SINGLE)


@pass_context
def cite(context: Context, text: str, refs: Iterable[int]) -> Markup:
    """Return escaped `text` ending in linked [n] markers, kept on one line with its last word."""
    links: dict[int, str] = context.get("links") or {}
    markers = Markup("").join(
        Markup('<a href="{}">[{}]</a>').format(links.get(n, f"#src-{n}"), n) for n in refs
    )
    text = str(text).rstrip()
    if not markers:
        return keep_figures(text)
    head, _, last = text.rpartition(" ")
    tail = Markup('<span style="white-space:nowrap">{}<small>{}</small></span>').format(
        keep_figures(last), markers
    )
    return (keep_figures(head) + Markup(" ") if head else Markup("")) + tail
