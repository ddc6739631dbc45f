"""Story history: which stories each issue carried, so the next issue brings only what is new.

A SQLite file in the state folder (`<state_dir>/history.sqlite`):

- `issues`: one row per issue that reached at least one reader (the ledger's digest key), with
  when it was sent, its archive page, and whether every recipient's row is settled (`complete`);
- `issue_stories`: each issue's headlines, in order, and whether the story was an update;
- `story_articles`: the articles each sent story was told from, by URL (else by path).

A story in a new brief is the same story as a sent one when they share an article. It is left
out when it has no article the earlier issues did not already have; it is kept and marked
"Updated" when it gained articles since. A story sharing nothing is new. Articles, not
headlines, decide: a headline can change wording from one run to the next while the articles
stay, and two different events can share a headline word for word.

Only complete issues count as sent. An issue whose ledger still has queued rows (a transient
failure, an aborted batch) is left out of the comparison, so the rerun builds the same brief,
gets the same digest key, and the ledger sends exactly the rows still queued.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import DeliveryError
from briefing.model import Brief, Source, Story
from briefing.settings import Settings

if TYPE_CHECKING:
    from briefing.delivery.send import SendReport

log = logging.getLogger(__name__)

UPDATED = "Updated"

SCHEMA = """
CREATE TABLE IF NOT EXISTS issues (
    key TEXT PRIMARY KEY,
    sent_at TEXT NOT NULL,
    title TEXT NOT NULL,
    page TEXT NOT NULL DEFAULT '',
    complete INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS issue_stories (
    issue TEXT NOT NULL REFERENCES issues(key),
    position INTEGER NOT NULL,
    headline TEXT NOT NULL,
    updated INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (issue, position)
);
CREATE TABLE IF NOT EXISTS story_articles (
    issue TEXT NOT NULL,
    position INTEGER NOT NULL,
    article TEXT NOT NULL,
    PRIMARY KEY (issue, position, article)
);
CREATE INDEX IF NOT EXISTS story_articles_article ON story_articles (article);
"""


def article_key(source: Source) -> str:
    """Return what identifies an article across runs: its URL, else its path."""
    return (source.url or source.path or source.id).strip()


def story_articles(story: Story, brief: Brief) -> set[str]:
    """Return the article keys a story is told from."""
    by_id = {s.id: s for s in brief.sources}
    return {article_key(by_id[a]) if a in by_id else a for a in story.articles}


@dataclass(frozen=True, slots=True)
class IssueHeadline:
    """One story line of a sent issue, for `briefing ledger`."""

    headline: str
    updated: bool


@dataclass(slots=True)
class Selection:
    """A brief cut down to what is new, and a line for each story left out."""

    brief: Brief
    left_out: list[str]
    updated: int


class StoryHistory:
    """The story history (a SQLite file; each change committed at once)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise DeliveryError(
                f"{path}: not a usable story history ({exc}); move it aside and rerun"
            ) from None

    @classmethod
    def for_settings(cls, settings: Settings) -> StoryHistory:
        """Return the history in the settings' state folder."""
        return cls(history_path(settings))

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def __enter__(self) -> StoryHistory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _sent_with(self, article: str) -> list[tuple[str, int]]:
        cur = self._db.execute(
            "SELECT a.issue, a.position FROM story_articles a JOIN issues i ON i.key = a.issue "
            "WHERE a.article = ? AND i.complete = 1",
            (article,),
        )
        return [(str(i), int(p)) for i, p in cur.fetchall()]

    def _articles_of(self, issue: str, position: int) -> set[str]:
        cur = self._db.execute(
            "SELECT article FROM story_articles WHERE issue = ? AND position = ?",
            (issue, position),
        )
        return {str(row[0]) for row in cur.fetchall()}

    def _sent_at(self, issue: str) -> str:
        row = self._db.execute("SELECT sent_at FROM issues WHERE key = ?", (issue,)).fetchone()
        return str(row[0])[:10] if row else issue[:10]

    def select_new(self, brief: Brief) -> Selection:
        """Return the brief without stories already sent, updated ones marked."""
        kept: list[Story] = []
        left_out: list[str] = []
        updated = 0
        for story in brief.stories:
            articles = story_articles(story, brief)
            earlier = {hit for article in sorted(articles) for hit in self._sent_with(article)}
            if not earlier:
                kept.append(story)
                continue
            known: set[str] = set()
            for issue, position in earlier:
                known |= self._articles_of(issue, position)
            fresh = articles - known
            last = max(self._sent_at(issue) for issue, _ in earlier)
            if not fresh:
                left_out.append(f"{story.headline!r}: already sent on {last}, nothing new since")
                continue
            updated += 1
            count = len(fresh)
            note = (
                f"{UPDATED}: {count} new article{'s' if count != 1 else ''} since this story "
                f"was sent on {last}."
            )
            kept.append(story.model_copy(update={"notes": [note, *story.notes]}))
        used = {a for story in kept for a in story.articles}
        trimmed = brief.model_copy(
            update={"stories": kept, "sources": [s for s in brief.sources if s.id in used]}
        )
        return Selection(trimmed, left_out, updated)

    def has_issue(self, key: str) -> bool:
        """Return whether the issue is recorded."""
        found = self._db.execute("SELECT 1 FROM issues WHERE key = ?", (key,)).fetchone()
        return found is not None

    def record_issue(
        self, key: str, brief: Brief, now: datetime | None = None, *, complete: bool = True
    ) -> bool:
        """Record a sent issue's stories and articles; return False if it was already recorded
        (then only its `complete` flag is updated)."""
        if self.has_issue(key):
            self._db.execute("UPDATE issues SET complete = ? WHERE key = ?", (int(complete), key))
            return False
        stamp = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.execute(
                "INSERT INTO issues (key, sent_at, title, complete) VALUES (?, ?, ?, ?)",
                (key, stamp, brief.title, int(complete)),
            )
            for position, story in enumerate(brief.stories, start=1):
                is_update = any(note.startswith(f"{UPDATED}:") for note in story.notes)
                self._db.execute(
                    "INSERT INTO issue_stories VALUES (?, ?, ?, ?)",
                    (key, position, story.headline, int(is_update)),
                )
                self._db.executemany(
                    "INSERT OR IGNORE INTO story_articles VALUES (?, ?, ?)",
                    [(key, position, a) for a in sorted(story_articles(story, brief))],
                )
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")
        return True

    def set_page(self, key: str, page: str) -> None:
        """Record the archive page written for an issue."""
        self._db.execute("UPDATE issues SET page = ? WHERE key = ?", (page, key))

    def page(self, key: str) -> str:
        """Return the issue's archive page ('' if none)."""
        row = self._db.execute("SELECT page FROM issues WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else ""

    def headlines(self, key: str) -> list[IssueHeadline]:
        """Return the issue's headlines in order (empty if the issue is not recorded)."""
        cur = self._db.execute(
            "SELECT headline, updated FROM issue_stories WHERE issue = ? ORDER BY position",
            (key,),
        )
        return [IssueHeadline(str(h), bool(u)) for h, u in cur.fetchall()]


def history_path(settings: Settings) -> Path:
    """Return the story history's SQLite file."""
    return settings.output.state_dir / "history.sqlite"


def only_new(settings: Settings, brief: Brief) -> tuple[Brief, str]:
    """Return the brief cut to new and updated stories, and a log line if nothing is new."""
    path = history_path(settings)
    if not path.exists():
        return brief, ""
    with StoryHistory(path) as book:
        selection = book.select_new(brief)
    for line in selection.left_out:
        log.info("left out %s", line)
    if brief.stories and not selection.brief.stories:
        count = len(brief.stories)
        return selection.brief, (
            f"nothing new since the last issue ({count} "
            f"{'story' if count == 1 else 'stories'} already sent); no email sent"
        )
    return selection.brief, ""


def after_send(settings: Settings, brief: Brief, report: SendReport) -> list[str]:
    """Record a sent issue's stories and archive it once; return warnings.

    The messages are out by now, so a failure here is a warning, not an error: the send
    succeeded, and the warning says what the next issue will get wrong.
    """
    if report.dry_run or report.count("sent") == 0:
        return []
    from briefing.delivery.ledger import Ledger
    from briefing.errors import BriefingError

    try:
        with Ledger(settings.ledger_path()) as ledger:
            complete = all(row.state != "queued" for row in ledger.rows(report.digest).values())
        with StoryHistory.for_settings(settings) as book:
            book.record_issue(report.digest, brief, complete=complete)
            if not settings.archive.enabled or book.page(report.digest):
                return []
    except BriefingError as exc:
        log.warning("%s", exc)
        return [f"{exc} (the next issue may repeat these stories)"]
    from briefing.output.archive import write_issue

    try:
        page = write_issue(
            brief,
            settings.archive_dir(),
            day=_issue_day(report.digest),
            archive_title=settings.archive.title or settings.brief.title,
            base_url=settings.archive.base_url,
        )
    except BriefingError as exc:
        log.warning("%s", exc)
        return [f"{exc} (the issue was sent but not archived)"]
    with StoryHistory.for_settings(settings) as book:
        book.set_page(report.digest, page.name)
    return []


def _issue_day(key: str) -> date:
    """Return the scheduled date a digest key starts with (today if it has none)."""
    try:
        return date.fromisoformat(key[:10])
    except ValueError:
        return datetime.now(UTC).date()
