"""The web archive: each issue as a page, an index newest first, and an Atom feed.

    out/archive/
      2025-06-02.html      one page per issue (a second issue that day: 2025-06-02-2.html)
      2025-06-02.json      the issue's brief.json, from which the index and feed are rebuilt
      index.html           every issue, newest first, with its headlines
      feed.xml             Atom, the newest issues, for feed readers

The page shows what an email cannot: under each fact, every outlet that reports it with that
outlet's own sentence and a link to the original article. Pages are plain HTML with their own
small stylesheet (no MJML: they are read in a browser, not a mail client). Every file is
written atomically, the issue first and the index and feed after, so a crash between them
leaves a page the next write lists.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from xml.etree import ElementTree as ET

from pydantic import ValidationError

from briefing.errors import BriefingError
from briefing.model import Brief, Fact, Source, Story
from briefing.output.files import atomic_write
from briefing.output.render import environment
from briefing.output.views import safe_url, source_label, subject_for

log = logging.getLogger(__name__)

ISSUE_TEMPLATE = "archive_issue.html.j2"
INDEX_TEMPLATE = "archive_index.html.j2"
FEED_ENTRIES = 20
_PAGE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:-(\d+))?\.json$")
ATOM = "http://www.w3.org/2005/Atom"


@dataclass(frozen=True, slots=True)
class Citation:
    """One outlet's own sentence behind a fact, and where to read it."""

    outlet: str
    text: str
    url: str | None


@dataclass(frozen=True, slots=True)
class FactPage:
    """A fact and every outlet's sentence that supports it."""

    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class StoryPage:
    """One story of an issue page."""

    anchor: str
    headline: str
    summary: str
    notes: tuple[str, ...]
    updated: bool
    facts: tuple[FactPage, ...]
    story: Story
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class IssueEntry:
    """One issue in the index and the feed."""

    name: str
    """Page file name without suffix: 2025-06-02 or 2025-06-02-2."""
    day: date
    number: int
    brief: Brief

    @property
    def page(self) -> str:
        """Return the page's file name."""
        return f"{self.name}.html"

    @property
    def headlines(self) -> list[str]:
        """Return the issue's headlines."""
        return [s.headline for s in self.brief.stories]


def outlet_name(source: Source) -> str:
    """Return the name a reader knows a source by (the one rule in views.source_label:
    outlet, the outlet its web host stands for, else its title; never its file name)."""
    return source_label(source)


def _citations(fact: Fact, by_id: dict[str, Source]) -> tuple[Citation, ...]:
    """Return one citation per supporting article: its own sentence, else the fact's wording."""
    own = {e.article: e.text for e in fact.evidence}
    partly = fact.cited_in_part
    out = []
    for article in dict.fromkeys([*fact.sources, *own]):
        source = by_id.get(article)
        name = outlet_name(source) if source else article
        out.append(
            Citation(
                outlet=f"{name} (in part)" if article in partly else name,
                text=own.get(article, fact.text if article == fact.source else ""),
                url=safe_url(source.url) if source else None,
            )
        )
    return tuple(out)


def _story_page(number: int, story: Story, by_id: dict[str, Source]) -> StoryPage:
    return StoryPage(
        anchor=f"story-{number}",
        headline=story.headline,
        # the summary's sentences are listed as the first facts, with each outlet's sentence
        summary="" if story.summary_facts else story.summary,
        notes=tuple(story.notes),
        updated=any(n.startswith("Updated:") for n in story.notes),
        facts=tuple(
            FactPage(f.text, _citations(f, by_id)) for f in [*story.summary_facts, *story.facts]
        ),
        story=story,
        sources=tuple(by_id[a] for a in story.articles if a in by_id),
    )


def render_issue(brief: Brief, day: date, *, archive_title: str, feed: str = "feed.xml") -> str:
    """Return the archive page of one issue."""
    by_id = {s.id: s for s in brief.sources}
    env = environment()
    env.globals["outlet_name"] = outlet_name
    env.globals["safe_url"] = safe_url
    env.globals["outlets"] = lambda ids: ", ".join(
        dict.fromkeys(outlet_name(by_id[i]) if i in by_id else i for i in ids)
    )
    template = env.get_template(ISSUE_TEMPLATE)
    return template.render(
        brief=brief,
        archive_title=archive_title,
        title=subject_for(brief),
        day=day,
        day_label=_day_label(day),
        stories=[_story_page(n, s, by_id) for n, s in enumerate(brief.stories, start=1)],
        feed=feed,
    )


def render_index(entries: list[IssueEntry], *, archive_title: str) -> str:
    """Return the archive index page: every issue, newest first."""
    template = environment().get_template(INDEX_TEMPLATE)
    return template.render(
        archive_title=archive_title,
        entries=[(e, _day_label(e.day)) for e in entries],
    )


def render_feed(
    entries: list[IssueEntry], *, archive_title: str, base_url: str | None, now: datetime
) -> str:
    """Return the Atom feed of the newest issues (links are absolute when base_url is set)."""
    ET.register_namespace("", ATOM)
    root = ET.Element(f"{{{ATOM}}}feed")
    base = base_url or ""
    ET.SubElement(root, f"{{{ATOM}}}title").text = archive_title
    ET.SubElement(root, f"{{{ATOM}}}id").text = base or "urn:briefing:archive"
    newest = entries[0].brief.generated_at if entries else now.isoformat(timespec="seconds")
    ET.SubElement(root, f"{{{ATOM}}}updated").text = _rfc3339(newest, now)
    ET.SubElement(root, f"{{{ATOM}}}link", href=f"{base}feed.xml", rel="self")
    ET.SubElement(root, f"{{{ATOM}}}link", href=f"{base}index.html", rel="alternate")
    author = ET.SubElement(root, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = archive_title
    for entry in entries[:FEED_ENTRIES]:
        item = ET.SubElement(root, f"{{{ATOM}}}entry")
        ET.SubElement(item, f"{{{ATOM}}}title").text = subject_for(entry.brief)
        ET.SubElement(item, f"{{{ATOM}}}id").text = (
            f"{base}{entry.page}" if base else f"urn:briefing:issue:{entry.name}"
        )
        ET.SubElement(item, f"{{{ATOM}}}updated").text = _rfc3339(entry.brief.generated_at, now)
        ET.SubElement(item, f"{{{ATOM}}}link", href=f"{base}{entry.page}", rel="alternate")
        summary = ET.SubElement(item, f"{{{ATOM}}}summary")
        summary.text = " · ".join(entry.headlines) or entry.brief.title
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n'


def _rfc3339(stamp: str, fallback: datetime) -> str:
    """Return an RFC 3339 timestamp (Atom's form) for an ISO stamp, else for `fallback`."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        moment = fallback
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat(timespec="seconds")


def _day_label(day: date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


def read_entries(folder: Path) -> list[IssueEntry]:
    """Return the archived issues, newest first; an unreadable issue file is skipped."""
    entries = []
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        found = _PAGE.match(path.name)
        if not found:
            continue
        try:
            data = path.read_bytes()
            if not data:
                continue  # a name claimed by a writer that has not written yet
            brief = Brief.model_validate_json(data)
            day = date.fromisoformat(found.group(1))
        except (OSError, ValueError, ValidationError) as exc:
            log.warning("%s: skipped in the archive index (%s)", path, exc)
            continue
        entries.append(IssueEntry(path.stem, day, int(found.group(2) or 1), brief))
    entries.sort(key=lambda e: (e.day, e.number), reverse=True)
    return entries


def _claim_name(folder: Path, day: date) -> str:
    """Return the first free page name for the day (YYYY-MM-DD, then -2, -3 ...), claimed.

    The name is claimed by creating its .json with O_EXCL, so two writers at once never pick
    the same name and overwrite each other's issue.
    """
    number = 1
    while True:
        name = day.isoformat() if number == 1 else f"{day.isoformat()}-{number}"
        if not (folder / f"{name}.html").exists():
            try:
                os.close(os.open(folder / f"{name}.json", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
                return name
            except FileExistsError:
                pass
        number += 1


def write_issue(
    brief: Brief,
    folder: Path,
    *,
    day: date,
    archive_title: str = "",
    base_url: str | None = None,
    now: datetime | None = None,
) -> Path:
    """Write the issue page and its brief, then the index and the feed; return the page."""
    moment = now or datetime.now(UTC)
    title = archive_title or brief.title
    page = render_issue(brief, day, archive_title=title)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        name = _claim_name(folder, day)
        # The brief first: it is what the index is rebuilt from, and a page without it is unlisted.
        atomic_write(folder / f"{name}.json", brief.model_dump_json(indent=2) + "\n")
        atomic_write(folder / f"{name}.html", page)
        rebuild(folder, archive_title=title, base_url=base_url, now=moment)
    except OSError as exc:
        raise BriefingError(
            f"{folder}: cannot write the archive ({exc.strerror or exc}); "
            "check [archive] dir and its permissions"
        ) from None
    log.info("archived the issue as %s", folder / f"{name}.html")
    return folder / f"{name}.html"


def rebuild(
    folder: Path, *, archive_title: str, base_url: str | None = None, now: datetime | None = None
) -> list[Path]:
    """Rewrite index.html and feed.xml from the issues in the folder; return them."""
    entries = read_entries(folder)
    moment = now or datetime.now(UTC)
    index, feed = folder / "index.html", folder / "feed.xml"
    atomic_write(index, render_index(entries, archive_title=archive_title))
    atomic_write(
        feed, render_feed(entries, archive_title=archive_title, base_url=base_url, now=moment)
    )
    return [index, feed]
