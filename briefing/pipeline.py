"""build(paths, options) -> Brief: the whole pipeline, one stage per module.

Stages (each in `briefing/stages/`), handing each other the typed records of `briefing.records`:
 1. ingest   files -> Article, by the reader registered for the suffix (stages/ingest.py)
 2. clean    boilerplate out (named rules), sentences in, with character offsets (stages/clean.py)
 3. sources  who copied whom: independent source groups (stages/sources.py)
 4. facts    cross-source sentence clusters -> consensus facts (stages/facts.py)
 5. conflicts  differing numbers, dates, names -> disputed (stages/conflicts.py)
 6. quotes   direct quotes, speakers, sides (the registered quote extractor, stages/quotes/)
 7. headline neutral headline and summary from the best-supported facts (stages/headline.py)
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from briefing.model import Brief, Disputed, Fact, Quote, Side, Source, Story
from briefing.records import Article, Document, SourceGroups

if TYPE_CHECKING:
    from briefing.stages.facts import FactResult
    from briefing.stages.quotes import QuoteSource

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """What a build may be told (settings map onto these)."""

    min_sources: int = 2
    quotes_per_side: int = 2
    now: datetime | None = None
    """Frozen clock for reproducible output; None means the current time."""
    title: str = "Briefing"
    lexicon: str | None = None
    """Extra loaded-terms file (added to the built-in list)."""
    doubled_quote_marks: bool = False
    """Also read ''doubled apostrophes'' as quotation marks (ASCII news archives)."""
    disabled_rules: tuple[str, ...] = ()
    """Cleaner rules not to apply (`[clean] disable`)."""
    quote_extractor: str = "builtin"
    """The registered quote extractor that finds quotes, speakers and sides."""

    def with_changes(self, **changes: object) -> BuildOptions:
        """Return a copy with `changes` applied."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def timestamp(self) -> str:
        """Return the ISO 8601 build time."""
        moment = self.now or datetime.now(UTC)
        return moment.isoformat(timespec="seconds")


QuoteExtractor = Callable[..., Any]
"""(sources: list[QuoteSource], *, quotes_per_side, narrative, doubled_marks) -> (sides, quotes)."""

QUOTE_EXTRACTORS: dict[str, QuoteExtractor] = {}
"""Quote extractors by name; "builtin" is registered on first use, plugins add theirs."""


def register_quote_extractor(name: str, extractor: QuoteExtractor) -> None:
    """Make `[brief] quote_extractor = "name"` find quotes and sides with `extractor`."""
    QUOTE_EXTRACTORS[name] = extractor


def quote_extractor(name: str) -> QuoteExtractor:
    """Return the quote extractor registered as `name`."""
    if "builtin" not in QUOTE_EXTRACTORS:
        from briefing.stages.quotes import story_sides

        register_quote_extractor("builtin", story_sides)
    try:
        return QUOTE_EXTRACTORS[name]
    except KeyError:
        from briefing.errors import ConfigError

        raise ConfigError(
            f"brief.quote_extractor: {name!r} is not registered; "
            f"use one of {', '.join(sorted(QUOTE_EXTRACTORS))}"
        ) from None


@dataclass(slots=True)
class StoryParts:
    """One story and what it was built from: what --explain shows."""

    story: Story
    sources: list[Source]
    docs: list[Document]
    groups: SourceGroups
    facts: FactResult
    quotes: list[Quote]


@dataclass(slots=True)
class BuildResult:
    """The brief plus what --explain shows."""

    brief: Brief
    skipped: list[str] = field(default_factory=list)
    parts: StoryParts | None = None


def build_brief(paths: list[str], options: BuildOptions | None = None) -> BuildResult:
    """Return the brief of one story told by the articles under `paths`."""
    from briefing.errors import InputError
    from briefing.stages.ingest import load

    options = options or BuildOptions()
    # 1. ingest
    loaded = load(paths)
    if not loaded.articles:
        # the reasons go with the error: nothing else prints them when the build stops here
        raise InputError(
            "\n".join(
                [
                    f"{', '.join(paths)}: none of the {len(loaded.skipped)} file(s) could be "
                    "used (reasons below); fix or replace them",
                    *loaded.skipped,
                ]
            )
        )
    result = brief_from_articles(loaded.articles, options)
    result.skipped = loaded.skipped
    result.brief.warnings[:0] = loaded.warnings
    return result


def brief_from_articles(articles: list[Article], options: BuildOptions) -> BuildResult:
    """Return a one-story brief from articles already read."""
    parts = build_story(articles, options, "story-1")
    brief = Brief(
        generated_at=options.timestamp(),
        title=options.title,
        stories=[parts.story],
        sources=parts.sources,
    )
    return BuildResult(brief=brief, parts=parts)


def build_story(
    articles: Sequence[Article], options: BuildOptions, story_id: str = "story-1"
) -> StoryParts:
    """Return one event's story, its sources, and the records it was built from."""
    from briefing.stages.clean import clean
    from briefing.stages.facts import (
        cite_in_part,
        consensus,
        most_cited_first,
        restates_quote,
        shared_facts,
        single_source_facts,
    )
    from briefing.stages.headline import (
        LEAD_MINIMUM,
        headline,
        introduce_names,
        lead_summary,
        main_news_first,
        onlooker_remark,
        paraphrased_view,
        with_leads,
    )
    from briefing.stages.quotes.rank import also_quoted
    from briefing.stages.sources import group_sources
    from briefing.text.lexicon import load_lexicon

    lexicon = load_lexicon(options.lexicon)
    # 2. clean: boilerplate out, sentences in
    docs = [clean(article, options.disabled_rules) for article in articles]
    # 3. sources: who copied whom
    groups = group_sources(docs)
    independent = groups.count([a.id for a in articles])
    notes: list[str] = []
    # 4. + 5. facts and conflicts
    if independent >= min(2, options.min_sources):
        result = consensus(docs, groups, lexicon, min_sources=options.min_sources)
    else:
        result = single_source_facts(docs, groups, lexicon)
        notes.append(
            "Only one independent source: no consensus is possible, so every fact below is "
            "single-source. Add coverage from other outlets to cross-check it."
        )
    # 6. quotes and sides
    sides, all_quotes = _sides(docs, result.facts, options)
    # people quoted whose side the articles leave open: shown apart, never forced onto a side
    unplaced = also_quoted(sides, all_quotes)
    # a fact that only restates a quote shown under the sides is not a fact of its own
    quoted = [q.text for side in sides for q in side.quotes] + [q.text for q in unplaced]
    result.facts = [f for f in result.facts if not restates_quote(f.text, quoted)]
    # 7. story: headline and summary
    titles = [a.title for a in articles]
    # a sentence giving one side of a disputed figure or name never fills in on its own
    disputed = _one_side_of_disputes(result.disputed)
    # what an outside expert remarks is commentary on the news: no fact of it
    result.facts = [f for f in result.facts if not onlooker_remark(f.said)]
    shown = found = result.facts
    shared: list[Fact] = []

    def citing(lead: Fact) -> int:
        return len(cite_in_part([lead], result.candidates, groups, result.disputed)[0].sources)

    if independent >= 2 and options.min_sources <= 2:
        # few claims are stated alike: the leads' main news fills in, marked single-source
        # (a stricter `min_sources` asks for consensus only, so it gets no fill)
        shared = [
            f
            for f in shared_facts(result.candidates, groups)
            if not restates_quote(f.text, quoted, reactions_only=True)
        ]
        # an expert's remark, or one outlet's paraphrase of someone's view, is no fact
        shared = [f for f in shared if not onlooker_remark(f.said) and not paraphrased_view(f.said)]
        shared = most_cited_first(shared, result.candidates, groups, result.disputed)
        shown = with_leads(found, docs, lexicon, avoid=disputed, shared=shared, citing=citing)
    shown = main_news_first(shown, docs)
    title = headline(titles, shown or result.facts, lexicon, docs)

    def summarized(shown: list[Fact]) -> tuple[str, list[Fact], list[Fact]]:
        return lead_summary(
            shown,
            docs,
            lexicon,
            title,
            fill=options.min_sources <= 2,
            avoid=disputed,
            details=shared,
        )

    text, stated, listed = summarized(shown)
    merged = len(shown) - len(stated) - len(listed)
    if shared and merged > 0 and len(shown) >= LEAD_MINIMUM:
        # the summary told two of the facts as one ("rejected the merger in a 4-1 vote" and
        # "voted 4 to 1 to reject it after a 14-month review"): the brief fills in again
        more = with_leads(
            found,
            docs,
            lexicon,
            minimum=LEAD_MINIMUM + merged,
            avoid=disputed,
            shared=shared,
            citing=citing,
        )
        shown = main_news_first(more, docs)
        text, stated, listed = summarized(shown)
    if independent >= 2:
        # an outlet that states a fact's main claim, if not its every detail, is cited in part
        stated = cite_in_part(stated, result.candidates, groups, result.disputed)
        listed = cite_in_part(listed, result.candidates, groups, result.disputed)
    # "Mr. Reyes" where the brief has not named Tom Reyes yet: "Mr. [Tom] Reyes"
    named = introduce_names([*stated, *listed], docs)
    stated, listed = named[: len(stated)], named[len(stated) :]
    text = " ".join(f.text for f in stated) if stated else text
    story = Story(
        id=story_id,
        headline=title,
        summary=text,
        summary_facts=stated,
        facts=listed,
        disputed=result.disputed,
        sides=sides,
        unplaced=unplaced,
        articles=[a.id for a in articles],
        independent_groups=independent,
        notes=notes,
    )
    sources = [_source(a, groups) for a in articles]
    return StoryParts(story, sources, docs, groups, result, all_quotes)


def _one_side_of_disputes(disputed: Sequence[Disputed]) -> set[str]:
    """The sentences that give one side of a disputed point, which never fill in on their own.

    A name one outlet spells apart from the others ("Vincnet Ruiz" where two print "Vincent
    Ruiz") is that outlet's slip, and a figure most outlets give ("$87,000" in two, "$94,000"
    in one) is the better attested: only the others' sentences wait, the majority's tell the
    news (the point is still shown as disputed)."""
    from briefing.stages.conflicts import descriptive

    out: set[str] = set()
    for point in disputed:
        counts = [len(set(v.sources)) for v in point.variants]
        most = max(counts, default=0)
        # "a 110-page opinion" / "a 112-page opinion", one outlet each: a figure that only
        # describes what the sentence tells of; the point is shown, and with no majority
        # neither sentence waits for it
        modifier = descriptive(point)
        for variant, count in zip(point.variants, counts, strict=True):
            if count == most and (counts.count(most) == 1 or modifier):
                continue
            out |= {ev.text for ev in variant.evidence}
    return out


def _sides(
    docs: list[Document], facts: list[Fact], options: BuildOptions
) -> tuple[list[Side], list[Quote]]:
    from briefing.stages.quotes import QuoteSource

    sources: list[QuoteSource] = [
        QuoteSource(
            id=d.article.id,
            outlet=d.article.outlet,
            text=d.article.text,
            kept=d.kept,
            title=d.article.title,
        )
        for d in docs
    ]
    extract = quote_extractor(options.quote_extractor)
    return extract(
        sources,
        quotes_per_side=options.quotes_per_side,
        narrative=[f.text for f in facts],
        doubled_marks=options.doubled_quote_marks,
    )


def _source(article: Article, groups: SourceGroups) -> Source:
    derivation = groups.derivations.get(article.id)
    return Source(
        id=article.id,
        path=article.path,
        outlet=article.outlet,
        title=article.title or None,
        byline=article.byline,
        published=article.published,
        url=article.url,
        derived_from=derivation.origin if derivation else None,
        derivation=derivation.kind if derivation else None,  # type: ignore[arg-type]
        similarity=derivation.similarity if derivation else None,
        group=groups.group.get(article.id, 0),
    )
