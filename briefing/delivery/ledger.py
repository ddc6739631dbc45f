"""The send ledger: one SQLite row per (digest, recipient), every state change committed at once.

The ledger is `<state_dir>/ledger.sqlite`. A digest's key is the scheduled date (the latest cron
slot at or before now, in the schedule's time zone) plus the first 12 hex digits of the brief's
content hash (SHA-256 of its JSON without `generated_at`); `--force` adds `-r1`, `-r2`... One row
per (digest, recipient) moves queued -> sending -> sent | failed, each change committed on its
own, so the row says `sending` exactly while an SMTP call is in flight:

- a rerun sends only rows still `queued`;
- a row left in `sending` (the process died mid-call) is never resent, only reported: the
  message may have been delivered, and at most once beats twice;
- a row is claimed with `UPDATE ... WHERE state = 'queued'`, so two runs never send one row twice.

The Message-ID is derived from the digest key and the recipient, so a retry is recognisably the
same message.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parseaddr
from pathlib import Path
from typing import Literal

from briefing.errors import DeliveryError

log = logging.getLogger(__name__)

State = Literal["queued", "sending", "sent", "failed"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS digests (
    key TEXT PRIMARY KEY,
    scheduled_date TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS deliveries (
    digest TEXT NOT NULL REFERENCES digests(key),
    recipient TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    message_id TEXT NOT NULL,
    error TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (digest, recipient)
);
CREATE INDEX IF NOT EXISTS deliveries_recipient ON deliveries (recipient, state);
"""


def digest_key(scheduled: date, chash: str, revision: int = 0) -> str:
    """Return the digest key: scheduled date, short content hash, and a --force revision."""
    key = f"{scheduled.isoformat()}-{chash[:12]}"
    return f"{key}-r{revision}" if revision else key


def message_id(key: str, recipient: str, sender: str) -> str:
    """Return the Message-ID for one recipient of one digest (stable across retries)."""
    who = hashlib.sha256(recipient.strip().lower().encode("utf-8")).hexdigest()[:16]
    address = parseaddr(sender)[1]
    domain = address.rpartition("@")[2] or "briefing.invalid"
    return f"<{key}.{who}@{domain}>"


def _stamp(moment: datetime) -> str:
    """Return a UTC ISO timestamp for the ledger."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class Row:
    """One (digest, recipient) row of the ledger."""

    digest: str
    recipient: str
    state: State
    attempts: int
    message_id: str
    error: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class DigestSummary:
    """A digest and its rows, for `briefing ledger`."""

    key: str
    scheduled_date: str
    title: str
    created_at: str
    rows: tuple[Row, ...]


class Ledger:
    """The send ledger: a SQLite file whose every state change is committed at once."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        try:
            # Autocommit (isolation_level=None): each UPDATE is durable before the next step.
            self._db = sqlite3.connect(path, timeout=30, isolation_level=None)
        except sqlite3.Error as exc:
            raise DeliveryError(f"{path}: cannot open the send ledger ({exc})") from None
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(SCHEMA)
        except sqlite3.Error as exc:
            self._db.close()
            raise DeliveryError(
                f"{path}: not a usable send ledger ({exc}); move it aside and rerun"
            ) from None

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """Run a block in one write transaction."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def has_digest(self, key: str) -> bool:
        """Return whether the digest key is in the ledger."""
        cur = self._db.execute("SELECT 1 FROM digests WHERE key = ?", (key,))
        return cur.fetchone() is not None

    def rows(self, key: str) -> dict[str, Row]:
        """Return the digest's rows by lower-cased recipient."""
        cur = self._db.execute(
            "SELECT digest, recipient, state, attempts, message_id, error, updated_at "
            "FROM deliveries WHERE digest = ? ORDER BY rowid",
            (key,),
        )
        return {r[1].lower(): Row(*r) for r in cur.fetchall()}

    def sent_before(self, chash: str, recipient: str, exclude: str) -> str | None:
        """Return a digest with the same content already sent to `recipient`, if any."""
        cur = self._db.execute(
            "SELECT d.key FROM deliveries r JOIN digests d ON d.key = r.digest "
            "WHERE d.content_hash = ? AND lower(r.recipient) = ? AND r.state = 'sent' "
            "AND d.key != ? ORDER BY d.created_at DESC LIMIT 1",
            (chash, recipient.lower(), exclude),
        )
        found = cur.fetchone()
        return None if found is None else str(found[0])

    def queue(
        self,
        key: str,
        scheduled: date,
        chash: str,
        title: str,
        entries: list[tuple[str, str]],
        now: datetime,
    ) -> None:
        """Record the digest and queue (recipient, message_id) rows, all in one transaction."""
        with self._transaction():
            self._db.execute(
                "INSERT OR IGNORE INTO digests VALUES (?, ?, ?, ?, ?)",
                (key, scheduled.isoformat(), chash, title, _stamp(now)),
            )
            self._db.executemany(
                "INSERT OR IGNORE INTO deliveries "
                "(digest, recipient, state, attempts, message_id, error, updated_at) "
                "VALUES (?, ?, 'queued', 0, ?, '', ?)",
                [(key, who, mid, _stamp(now)) for who, mid in entries],
            )

    def claim(self, key: str, recipient: str, now: datetime) -> bool:
        """Move a queued row to sending; return False if another run holds it."""
        cur = self._db.execute(
            "UPDATE deliveries SET state = 'sending', attempts = attempts + 1, updated_at = ? "
            "WHERE digest = ? AND recipient = ? AND state = 'queued'",
            (_stamp(now), key, recipient),
        )
        return cur.rowcount == 1

    def mark(self, key: str, recipient: str, state: State, now: datetime, error: str = "") -> None:
        """Set a row's state (and last error)."""
        self._db.execute(
            "UPDATE deliveries SET state = ?, error = ?, updated_at = ? "
            "WHERE digest = ? AND recipient = ?",
            (state, error, _stamp(now), key, recipient),
        )

    def revision_for(self, scheduled: date, chash: str) -> int:
        """Return the first unused --force revision for this date and content."""
        revision = 0
        while self.has_digest(digest_key(scheduled, chash, revision)):
            revision += 1
        return revision

    def recent(self, limit: int = 10) -> list[DigestSummary]:
        """Return the newest digests with their rows."""
        cur = self._db.execute(
            "SELECT key, scheduled_date, title, created_at FROM digests "
            "ORDER BY created_at DESC, rowid DESC LIMIT ?",
            (limit,),
        )
        return [
            DigestSummary(key, day, title, created, tuple(self.rows(key).values()))
            for key, day, title, created in cur.fetchall()
        ]
