"""build(paths, options) -> Brief: the whole pipeline, one stage per module.

Stages (each in `briefing/stages/`):
 1. ingest   files -> Article (stages/ingest.py)
 2. clean    boilerplate out, sentences in, with character offsets (stages/clean.py)
 3. sources  who copied whom: independent source groups (stages/sources.py)
 4. facts    cross-source sentence clusters -> consensus facts (stages/facts.py)
 5. conflicts  differing numbers, dates, names -> disputed (stages/facts.py)
 6. quotes   direct quotes, speakers, sides (stages/quotes/)
 7. headline neutral headline and summary from the best-supported facts (stages/headline.py)
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from briefing.model import Brief, Fact, Quote, Side, Source, Story

if TYPE_CHECKING:
    from briefing.stages.clean import Document
    from briefing.stages.ingest import Article
    from briefing.stages.sources import SourceGroups

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

    def with_changes(self, **changes: object) -> BuildOptions:
        """Return a copy with `changes` applied."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def timestamp(self) -> str:
        """Return the ISO 8601 build time."""
        moment = self.now or datetime.now(UTC)
        return moment.isoformat(timespec="seconds")


@dataclass(slots=True)
class BuildResult:
    """The brief plus what --explain shows."""

    brief: Brief
    skipped: list[str] = field(default_factory=list)
    details: dict[str, object] = field(default_factory=dict)


def build_brief(paths: list[str], options: BuildOptions | None = None) -> BuildResult:
    """Return the brief of one story told by the articles under `paths`."""
    from briefing.errors import InputError
    from briefing.stages.ingest import load

    options = options or BuildOptions()
    # 1. ingest
    loaded = load(paths)
    if not loaded.articles:
        raise InputError(
            f"{', '.join(paths)}: none of the {len(loaded.skipped)} file(s) could be used "
            "(see the warnings above); fix or replace them"
        )
    result = brief_from_articles(loaded.articles, options)
    result.skipped = loaded.skipped
    result.brief.warnings[:0] = [*loaded.warnings, *_mixed_events(loaded.articles)]
    return result


def _mixed_events(articles: list[Article]) -> list[str]:
    """A warning when the articles seem to tell several different stories."""
    from briefing.digest.events import cluster

    groups = cluster(articles)
    if len(groups) < 2 or len(articles) < 3:
        return []
    parts = "; ".join(", ".join(a.id for a in group) for group in groups)
    return [
        f"these {len(articles)} articles seem to tell {len(groups)} different stories ({parts}); "
        "a brief is one story: build each separately, or use `briefing digest`"
    ]


def brief_from_articles(articles: list[Article], options: BuildOptions) -> BuildResult:
    """Return a one-story brief from articles already read."""
    story, sources, details = build_story(articles, options, "story-1", explain=True)
    brief = Brief(
        generated_at=options.timestamp(),
        title=options.title,
        stories=[story],
        sources=sources,
    )
    return BuildResult(brief=brief, details=details)


def build_story(
    articles: list[Article],
    options: BuildOptions,
    story_id: str = "story-1",
    *,
    explain: bool = False,
) -> tuple[Story, list[Source], dict[str, object]]:
    """Return one event's story, its sources, and (if asked) what --explain shows."""
    from briefing.stages.clean import clean
    from briefing.stages.facts import consensus, single_source_facts
    from briefing.stages.headline import headline, summary
    from briefing.stages.sources import group_sources
    from briefing.text.lexicon import load_lexicon

    lexicon = load_lexicon(options.lexicon)
    # 2. clean: boilerplate out, sentences in
    docs = [clean(article) for article in articles]
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
    # 7. story: headline and summary
    titles = [a.title for a in articles]
    title = headline(titles, result.facts, lexicon, docs)
    story = Story(
        id=story_id,
        headline=title,
        summary=summary(result.facts, docs, lexicon, title),
        facts=result.facts,
        disputed=result.disputed,
        sides=sides,
        articles=[a.id for a in articles],
        independent_groups=independent,
        notes=notes,
    )
    sources = [_source(a, groups) for a in articles]
    details: dict[str, object] = {}
    if explain:
        details = {"docs": docs, "facts": result, "groups": groups, "quotes": all_quotes}
    return story, sources, details


def _sides(
    docs: list[Document], facts: list[Fact], options: BuildOptions
) -> tuple[list[Side], list[Quote]]:
    from briefing.stages.quotes import QuoteSource, story_sides

    sources = [
        QuoteSource(
            id=d.article.id,
            outlet=d.article.outlet,
            text=d.article.text,
            kept=d.kept,
            title=d.article.title,
        )
        for d in docs
    ]
    return story_sides(
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
