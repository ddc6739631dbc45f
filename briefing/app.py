"""The one place where settings, the environment and command-line flags become work.

Every command reads the same settings (`briefing.toml`, `BRIEFING_*` variables, then flags) through
`load`, and turns them into library calls here: `build`, `digest`, `send`, `preview_source`,
`run_scheduled`. Library modules below this one take plain arguments and never read
`os.environ`; the entry points (`cli`, `preview`, `schedule`) parse, call this module and print.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.errors import InputError
from briefing.model import Brief, QuoteRow
from briefing.output.files import load_brief, write_outputs
from briefing.output.message import MailOptions
from briefing.pipeline import BuildOptions, BuildResult, build_brief
from briefing.records import Article
from briefing.settings import Settings, find_config, load_settings

if TYPE_CHECKING:
    from briefing.delivery.send import SendReport
    from briefing.digest.build import DigestResult
    from briefing.digest.fetch import FetchOptions

log = logging.getLogger(__name__)

DIGEST_TITLE = "Digest"
"""A digest's title when `[brief] title` is not set."""


def load(
    config: str | Path | None = None, overrides: Mapping[str, Mapping[str, Any]] | None = None
) -> Settings:
    """Return the settings: defaults < briefing.toml < BRIEFING_* variables < `overrides`."""
    from briefing import plugins

    plugins.load_plugins()
    return load_settings(
        config, env=os.environ, overrides=overrides, registries=plugins.registry_names()
    )


def config_path(config: str | Path | None) -> Path | None:
    """Return the settings file to read: the flag, else $BRIEFING_CONFIG, else ./briefing.toml."""
    return find_config(config, os.environ)


def build_options(settings: Settings, **flags: Any) -> BuildOptions:
    """Return the pipeline options `[brief]` and `[clean]` set, with non-None `flags` on top."""
    options = BuildOptions(
        min_sources=settings.brief.min_sources,
        quotes_per_side=settings.brief.quotes_per_side,
        title=settings.brief.title,
        lexicon=str(settings.brief.lexicon) if settings.brief.lexicon else None,
        doubled_quote_marks=settings.brief.doubled_quote_marks,
        disabled_rules=tuple(settings.clean.disable),
        quote_extractor=settings.brief.quote_extractor,
    )
    changes = {name: value for name, value in flags.items() if value is not None}
    return options.with_changes(**changes) if changes else options


def mail_options(settings: Settings, recipient: str) -> MailOptions:
    """Return who a written .eml is from and to, with the recipient's own unsubscribe link."""
    return MailOptions(
        sender=settings.mail.sender,
        recipient=recipient,
        unsubscribe_url=settings.unsubscribe_link(recipient),
        reply_to=settings.mail.reply_to,
        list_id=settings.list_id(),
        postal_address=settings.mail.postal_address or None,
    )


def first_mail_options(settings: Settings) -> MailOptions | None:
    """Return the mail options of the first recipient, or None without recipients."""
    recipients = settings.recipient_list()
    return mail_options(settings, recipients[0]) if recipients else None


def build_one(sources: list[str], options: BuildOptions) -> BuildResult:
    """Return the one-story brief of `sources`, warning when they tell several stories."""
    result = build_brief(sources, options)
    if result.parts is not None:
        articles = [doc.article for doc in result.parts.docs]
        result.brief.warnings[:0] = mixed_events(articles)
    return result


def mixed_events(articles: list[Article]) -> list[str]:
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


@dataclass(slots=True)
class Built:
    """A brief built and written: the build result, the files written, and the warnings."""

    result: BuildResult
    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def build(
    settings: Settings,
    paths: Sequence[str | Path] = (),
    *,
    out_dir: Path | None = None,
    templates: Path | None = None,
    min_sources: int | None = None,
    lexicon: Path | None = None,
) -> Built:
    """Build one story's brief from `paths` (else `[sources] paths`) and write it to out/."""
    options = build_options(
        settings, min_sources=min_sources, lexicon=str(lexicon) if lexicon else None
    )
    sources = [str(p) for p in paths] or settings.article_paths()
    if not sources:
        raise InputError("build: no articles given; name files or folders, or set [sources] paths")
    mail = first_mail_options(settings)
    result = build_one(sources, options)
    written = write_outputs(
        result.brief,
        out_dir or settings.output.dir,
        templates=templates or settings.output.templates,
        mail=mail,
    )
    return Built(result, written, [*result.skipped, *result.brief.warnings])


@dataclass(frozen=True, slots=True)
class DigestFlags:
    """What `briefing digest` may be told on the command line (None: the setting applies)."""

    out_dir: Path | None = None
    state_dir: Path | None = None
    max_stories: int | None = None
    min_articles: int | None = None
    workers: int | None = None
    timeout: float | None = None
    min_sources: int | None = None
    allow_private: bool | None = None


def fetch_options(settings: Settings, flags: DigestFlags | None = None) -> FetchOptions:
    """Return how feeds and pages are fetched: `[digest]` and `[output]`, flags on top."""
    from briefing.digest.fetch import FetchOptions

    flags = flags or DigestFlags()
    digest = settings.digest
    return FetchOptions(
        state_dir=flags.state_dir or settings.output.state_dir,
        timeout=flags.timeout if flags.timeout is not None else digest.fetch_timeout,
        deadline=digest.fetch_deadline,
        max_entries=digest.max_entries_per_feed,
        allow_private=bool(flags.allow_private) or digest.allow_private_addresses,
    )


def digest_title(settings: Settings) -> str:
    """Return `[brief] title` when it was set anywhere, else "Digest"."""
    return settings.brief.title if "brief.title" in settings.origins else DIGEST_TITLE


def run_digest(
    settings: Settings,
    sources: Sequence[str],
    *,
    feeds: Sequence[str] = (),
    url_lists: Sequence[str] = (),
    flags: DigestFlags | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> DigestResult:
    """Return a digest of the top stories in `sources`, feeds and URL lists (not written)."""
    from briefing.digest.build import DigestOptions, digest_sources

    flags = flags or DigestFlags()
    options = build_options(settings, min_sources=flags.min_sources, title=digest_title(settings))
    digest = settings.digest
    chosen = DigestOptions(
        max_stories=flags.max_stories or digest.max_stories,
        min_articles=flags.min_articles or digest.min_articles,
        workers=flags.workers or digest.workers,
    )
    fetch = fetch_options(settings, flags)
    return digest_sources(
        list(sources),
        options,
        chosen,
        feeds=list(feeds),
        url_lists=list(url_lists),
        fetch=fetch,
        progress=progress,
    )


def write_digest(settings: Settings, result: DigestResult, out_dir: Path | None) -> list[Path]:
    """Write a digest into `out_dir` (else `[output] dir`); return the paths written."""
    return write_outputs(
        result.brief,
        out_dir or settings.output.dir,
        templates=settings.output.templates,
        mail=first_mail_options(settings),
    )


def brief_from_settings(settings: Settings) -> tuple[Brief, list[str]]:
    """Return a brief built from `[sources]` with `[brief]` options, and its warnings.

    With feeds, URL lists or `[digest] enabled`, it is a digest of the top stories; otherwise
    one story told by every article under `[sources] paths`.
    """
    sources = settings.sources
    if settings.is_digest():
        result = run_digest(
            settings,
            settings.article_paths(),
            feeds=list(sources.feeds),
            url_lists=[str(p) for p in sources.url_lists],
        )
        return result.brief, [*result.skipped, *result.brief.warnings]
    one = build_one(settings.article_paths(), build_options(settings))
    return one.brief, [*one.skipped, *one.brief.warnings]


def brief_due(
    settings: Settings, *, brief_file: Path | None = None, force: bool = False
) -> tuple[Brief | None, list[str], str]:
    """Return the brief a send would send now, its build warnings, and why there is none.

    A scheduled digest leaves out stories sent in an earlier issue (unless `[digest]
    repeat_stories` or --force); nothing new means no brief.
    """
    from briefing.delivery import history

    if brief_file is not None:
        return load_brief(brief_file), [], ""
    brief, warnings = brief_from_settings(settings)
    if settings.is_digest() and not settings.digest.repeat_stories and not force:
        brief, nothing_new = history.only_new(settings, brief)
        if nothing_new:
            return None, warnings, nothing_new
    return brief, warnings, ""


def send(
    settings: Settings,
    *,
    brief_file: Path | None = None,
    force: bool = False,
    dry_run: bool = False,
    sleep: Callable[[float], None] | None = None,
    to: str | None = None,
) -> tuple[SendReport, list[str]]:
    """Build (or load) the brief and send it; return the report and the build warnings.

    Nothing new (see `brief_due`) means no email, and a report that says so. With `to`, the
    issue goes to that one address as a test (`send_test`): nothing recorded.
    """
    from briefing.delivery import history
    from briefing.delivery.send import SendReport, send_brief, send_test
    from briefing.errors import ConfigError

    problems = settings.secret_problems()
    if problems:
        raise ConfigError("\n".join(problems))
    warnings: list[str] = settings.sender_warnings()
    brief, built, nothing_new = brief_due(settings, brief_file=brief_file, force=force)
    warnings.extend(built)
    if brief is None:
        log.info("%s", nothing_new)
        report = SendReport(digest="", transport="", dry_run=dry_run, note=nothing_new)
        return report, warnings
    if to is not None:
        return send_test(brief, settings, to), warnings
    report = send_brief(brief, settings, force=force, dry_run=dry_run, sleep=sleep)
    warnings += history.after_send(settings, brief, report)
    return report, warnings


def archive(settings: Settings, brief: Brief, out_dir: Path | None = None) -> Path:
    """Add a built brief to the web archive ([archive] dir, else OUT/archive); return the page."""
    from datetime import UTC, datetime

    from briefing.output.archive import write_issue

    folder = settings.archive.dir or (out_dir or settings.output.dir) / "archive"
    return write_issue(
        brief,
        folder,
        day=datetime.now(UTC).date(),
        archive_title=settings.archive.title or settings.brief.title,
        base_url=settings.archive.base_url,
    )


def preview_source(
    settings: Settings, paths: Sequence[Path], brief_json: Path | None
) -> tuple[Callable[[], Brief], list[Path]]:
    """Return a build function and the files it reads: the pipeline over `paths`, else a
    brief.json (`brief_json`, else `[output] dir`/brief.json)."""
    if paths:
        sources = [str(p) for p in paths]
        options = build_options(settings)

        def build_preview() -> Brief:
            return build_one(sources, options).brief

        return build_preview, list(paths)
    path = brief_json or settings.output.dir / "brief.json"
    return (lambda: load_brief(path)), [path]


def preview_unsubscribe_url(settings: Settings) -> str | None:
    """Return the unsubscribe link the preview shows in the footer (the first recipient's)."""
    mail = first_mail_options(settings)
    return mail.unsubscribe_url if mail else None


def run_scheduled(config: str | None = None) -> SendReport | None:
    """The scheduled job: load settings, build the brief, send it; log the outcome."""
    from briefing.errors import BriefingError

    try:
        settings = load(config)
        report, warnings = send(settings)
    except BriefingError as exc:
        # A user-fixable problem: one clear log line, and the next run tries again.
        log.error("digest not sent: %s", exc)
        return None
    for line in warnings:
        log.warning("%s", line)
    for outcome in report.outcomes:
        if outcome.status in ("failed", "uncertain"):
            log.warning("%s %s: %s", outcome.status, outcome.recipient, outcome.detail)
    (log.info if report.ok else log.error)("%s", report.summary())
    return report


def issue_headlines(settings: Settings, keys: list[str]) -> dict[str, list[str]]:
    """Return each sent issue's headlines ("Updated: " before updated stories)."""
    from briefing.delivery.history import StoryHistory, history_path

    if not history_path(settings).exists():
        return {}
    with StoryHistory.for_settings(settings) as book:
        return {
            key: [("Updated: " if h.updated else "") + h.headline for h in book.headlines(key)]
            for key in keys
        }


def quote_rows(files: Sequence[Path], doubled_marks: bool = False) -> list[QuoteRow]:
    """Return every direct quote in `files` as `briefing quotes` rows (validated records)."""
    from briefing.stages.ingest import read_article
    from briefing.stages.quotes import iter_quote_rows

    rows: list[QuoteRow] = []
    for path in files:
        text = read_article(path).text
        rows.extend(
            QuoteRow.model_validate(row) for row in iter_quote_rows(text, str(path), doubled_marks)
        )
    return rows
