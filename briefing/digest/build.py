"""Articles -> digest: group them into stories, build the best stories in parallel, one Brief.

Stages:
 1. stories  group the articles into events (events.py); drop groups under `min_articles`;
             of one text reprinted by many outlets (wire copy) only `COPIES_BUILT` are built
 2. order    candidates by an upper bound of their independent sources (distinct outlets)
 3. build    each candidate's brief with the pipeline, in parallel across processes, in
             batches, until no unbuilt candidate can outrank the `max_stories`-th built one
 4. rank     by independent source groups, then recency, then first article; keep the top
 5. brief    one Brief: stories numbered in rank order, their sources, the warnings
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING

from briefing.digest.events import ClusterOptions, copy_of, group_stories, parse_day
from briefing.errors import BriefingError, InputError
from briefing.model import Brief, Source, Story

if TYPE_CHECKING:
    from briefing.digest.fetch import FetchOptions
    from briefing.pipeline import BuildOptions
    from briefing.records import Article

log = logging.getLogger(__name__)

COPIES_BUILT = 3
"""Articles of one reprinted text that a story is built from: they are one independent source
whatever their number, and thousands of them would only slow the build."""

StoryBuilder = Callable[["list[Article]", "BuildOptions", str], tuple[Story, list[Source]]]
"""Builds one event's story and its sources (picklable: a module-level function)."""


@dataclass(frozen=True, slots=True)
class DigestOptions:
    """How a digest is assembled."""

    max_stories: int = 10
    min_articles: int = 2
    workers: int | None = None
    """Processes building stories; None: the machine's cores."""
    cluster: ClusterOptions = field(default_factory=ClusterOptions)


@dataclass(slots=True)
class DigestCounts:
    """How many articles, groups and stories a digest saw, and what was downloaded."""

    articles: int = 0
    groups: int = 0
    stories_built: int = 0
    stories: int = 0
    downloaded: int = 0
    not_modified: int = 0
    duplicates: list[str] = field(default_factory=list)

    def summary(self, min_articles: int) -> str:
        """Return the one line `briefing digest` prints about what it saw."""
        return (
            f"{self.articles} articles, {self.groups} stories of {min_articles}+ articles, "
            f"{self.stories} in the digest ({self.downloaded} downloaded, "
            f"{self.not_modified} unchanged)"
        )


@dataclass(slots=True)
class DigestResult:
    """The digest brief, plus what was skipped and a few counts."""

    brief: Brief
    skipped: list[str] = field(default_factory=list)
    counts: DigestCounts = field(default_factory=DigestCounts)


@dataclass(frozen=True, slots=True)
class _Candidate:
    order: int
    articles: list[Article]
    bound: int
    """Distinct outlets: what the independent source count is expected not to exceed."""
    recency: int


def pipeline_story(
    articles: list[Article], options: BuildOptions, story_id: str
) -> tuple[Story, list[Source]]:
    """Return one story and its sources from the pipeline (the default StoryBuilder)."""
    from briefing.pipeline import build_story

    parts = build_story(articles, options, story_id)
    return parts.story, parts.sources


def rank_key(story: Story, recency: int, order: int) -> tuple[int, int, int]:
    """Return the sort key of a built story: more independent sources, then newer, then first."""
    return (-story.independent_groups, -recency, order)


def build_digest(
    articles: Sequence[Article],
    options: BuildOptions,
    digest: DigestOptions | None = None,
    *,
    builder: StoryBuilder | None = None,
    warnings: Sequence[str] = (),
    progress: Callable[[str, int, int], None] | None = None,
) -> DigestResult:
    """Return a digest Brief of the top stories told by `articles`."""
    digest = digest or DigestOptions()
    builder = builder or pipeline_story
    cluster = digest.cluster
    if cluster.min_articles != digest.min_articles:
        from dataclasses import replace

        cluster = replace(cluster, min_articles=digest.min_articles)
    # 1. stories
    groups = group_stories(list(articles), cluster)
    thinned_notes: list[str] = []
    groups = [_thin_copies(group, cluster, thinned_notes) for group in groups]
    # 2. order by an upper bound, so the build can stop early
    candidates = [
        _Candidate(n, group, _outlet_count(group), _recency(group))
        for n, group in enumerate(groups)
    ]
    pending = sorted(candidates, key=lambda c: (-c.bound, -c.recency, c.order))
    skipped: list[str] = []
    built: list[tuple[tuple[int, int, int], Story, list[Source]]] = []
    workers = max(1, digest.workers or os.cpu_count() or 1)
    built_count = 0
    total = len(pending)
    # 3. build in batches until the next candidate cannot beat the last story kept
    pool: ProcessPoolExecutor | None = None
    try:
        while pending and digest.max_stories > 0:
            if len(built) >= digest.max_stories:
                built.sort(key=lambda item: item[0])
                last = built[digest.max_stories - 1][0]
                head = pending[0]
                if (-head.bound, -head.recency, head.order) > last:
                    break
            need = max(1, digest.max_stories - len(built))
            batch_size = max(need, workers * 2)
            batch, pending = pending[:batch_size], pending[batch_size:]
            if pool is None and workers > 1 and len(batch) > 1:
                pool = ProcessPoolExecutor(max_workers=workers)
            for candidate, outcome in zip(batch, _run(pool, builder, batch, options), strict=True):
                built_count += 1
                if progress is not None:
                    progress("build stories", built_count, total)
                if isinstance(outcome, BriefingError):
                    skipped.append(
                        f"story of {', '.join(a.id for a in candidate.articles)}: {outcome}"
                    )
                    continue
                story, story_sources = outcome
                built.append(
                    (rank_key(story, candidate.recency, candidate.order), story, story_sources)
                )
    finally:
        if pool is not None:
            pool.shutdown()
    # 4. rank and keep the top
    built.sort(key=lambda item: item[0])
    kept = built[: digest.max_stories]
    # 5. one brief
    stories: list[Story] = []
    sources: list[Source] = []
    for number, (_, kept_story, kept_sources) in enumerate(kept, start=1):
        stories.append(kept_story.model_copy(update={"id": f"story-{number}"}))
        sources.extend(kept_sources)
    brief = Brief(
        generated_at=options.timestamp(),
        title=options.title,
        stories=stories,
        sources=sources,
        warnings=list(warnings) + thinned_notes + skipped,
    )
    counts = DigestCounts(
        articles=len(articles), groups=len(groups), stories_built=built_count, stories=len(stories)
    )
    log.info("digest: %s", counts)
    return DigestResult(brief=brief, skipped=skipped, counts=counts)


def _run(
    pool: ProcessPoolExecutor | None,
    builder: StoryBuilder,
    batch: list[_Candidate],
    options: BuildOptions,
) -> list[tuple[Story, list[Source]] | BriefingError]:
    """Build each candidate (in the pool when there is one); a BriefingError skips one story."""
    story_ids = [f"candidate-{c.order + 1}" for c in batch]
    if pool is None:
        return [
            _guarded(builder, c.articles, options, sid)
            for c, sid in zip(batch, story_ids, strict=True)
        ]
    futures = [
        pool.submit(_guarded, builder, c.articles, options, sid)
        for c, sid in zip(batch, story_ids, strict=True)
    ]
    return [f.result() for f in futures]


def _guarded(
    builder: StoryBuilder, articles: list[Article], options: BuildOptions, story_id: str
) -> tuple[Story, list[Source]] | BriefingError:
    try:
        return builder(articles, options, story_id)
    except BriefingError as exc:
        return exc


def _thin_copies(group: list[Article], cluster: ClusterOptions, notes: list[str]) -> list[Article]:
    """Return `group` with at most COPIES_BUILT articles of any one reprinted text."""
    if len(group) <= COPIES_BUILT:
        return group
    original = copy_of(group, cluster)
    taken: dict[int, int] = {}
    kept: list[Article] = []
    for article, origin in zip(group, original, strict=True):
        taken[origin] = taken.get(origin, 0) + 1
        if taken[origin] <= COPIES_BUILT:
            kept.append(article)
    for origin, count in taken.items():
        if count > COPIES_BUILT:
            notes.append(
                f"{group[origin].id}: reprinted by {count} articles (wire copy); one independent "
                f"source, built from {COPIES_BUILT} of them"
            )
    return kept


def _outlet_count(articles: list[Article]) -> int:
    outlets = {(a.outlet or "").strip().lower() or f"\0{a.id}" for a in articles}
    return len(outlets)


def _recency(articles: list[Article]) -> int:
    days = [d for d in (parse_day(a.published) for a in articles) if d is not None]
    return max(days, default=0)


# -- progress ------------------------------------------------------------------------------


class ProgressBars:
    """Rich progress bars on a terminal; silent when quiet or when stderr is not a terminal."""

    def __init__(self, quiet: bool = False) -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self._progress: object | None = None
        self._tasks: dict[str, object] = {}

    def __enter__(self) -> ProgressBars:
        if self.enabled:
            from rich.console import Console  # heavy: only on a terminal
            from rich.progress import Progress

            progress = Progress(console=Console(stderr=True), transient=True)
            progress.start()
            self._progress = progress
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()  # type: ignore[attr-defined]

    def __call__(self, stage: str, done: int, total: int) -> None:
        """Show `done` of `total` for `stage`."""
        progress = self._progress
        if progress is None:
            return
        task = self._tasks.get(stage)
        if task is None:
            task = progress.add_task(stage, total=total)  # type: ignore[attr-defined]
            self._tasks[stage] = task
        progress.update(task, completed=done, total=total)  # type: ignore[attr-defined]


def digest_sources(
    sources: Sequence[str],
    options: BuildOptions,
    digest: DigestOptions | None = None,
    *,
    feeds: Sequence[str] = (),
    url_lists: Sequence[str] = (),
    fetch: FetchOptions | None = None,
    builder: StoryBuilder | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> DigestResult:
    """Return the digest of every article that folders, files, feeds and URL lists give."""
    from briefing.digest.gather import gather
    from briefing.errors import EmptyDigestError

    gathered = gather(sources, feeds=feeds, url_lists=url_lists, options=fetch, progress=progress)
    if not gathered.articles:
        named = ", ".join([*sources, *feeds, *url_lists]) or "(no sources)"
        raise InputError(
            f"{named}: no usable articles ({len(gathered.failures)} source(s) failed, see the "
            "warnings); fix the sources or try again later"
        )
    result = build_digest(
        gathered.articles,
        options,
        digest,
        builder=builder,
        warnings=gathered.warnings + gathered.failures,
        progress=progress,
    )
    if not result.brief.stories:
        # an empty digest is never mailed: say why, so a scheduled run's log explains the gap
        raise EmptyDigestError(
            f"no story in the digest: {len(gathered.articles)} article(s) read, "
            f"{result.counts.groups} group(s) of {(digest or DigestOptions()).min_articles}+ "
            "articles, none built; nothing written or sent (add sources, or lower "
            "--min-articles / [digest] min_articles)"
        )
    result.skipped[:0] = gathered.failures
    result.counts.downloaded = gathered.downloaded
    result.counts.not_modified = gathered.not_modified
    result.counts.duplicates = list(gathered.duplicates)
    return result
