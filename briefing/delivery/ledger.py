"""The send ledger: one SQLite row per (digest, recipient), every state change committed at once.

The ledger is `<state_dir>/ledger.sqlite`. A digest's key is the scheduled date (the latest cron
slot at or before now, in the schedule's time zone) plus the first 12 hex digits of the brief's
content hash (SHA-256 of its JSON without `generated_at`); `--force` adds `-r1`, `-r2`... One row
per (digest, recipient) moves queued -> sending -> sent | failed, each change committed on its
own, so the row says `sending` exactly while an SMTP call is in flight:

- a rerun sends only rows still `queued`;
- a row left in `sending` (the process died mid-call) is never resent, only reported: the
  message may have been delivered, and at most once beats twice;
- a row is claimed with `UPDATE ... WHERE state = 'queued'`, so two runs never send one row twice;
- a row whose message may have reached the server (the process died mid-call, or the connection
  failed after the final "." of DATA) stays `sending` with the reason: it is *uncertain* and only
  `briefing ledger resolve` moves it on (to `sent`, or back to `queued`).

Guards against a ledger that is not what the last run left (see `open_ledger`):
- one writer at a time: every run that may change the ledger holds `ledger.lock` (flock);
- a marker file outside SQLite (`ledger.marker.json`) records the ledger's identity (a random
  id kept in its `meta` table) and its change counter `seq`, rewritten after every change. A
  ledger that is missing, empty, another file, or older than the marker (a lost `-wal`, an old
  copy) stops the run before anything is sent; so does a damaged file (`PRAGMA quick_check`).

The Message-ID is derived from the digest key and the recipient, so a retry is recognisably the
same message.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import time
import uuid
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
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

MARKER_NAME = "ledger.marker.json"
MARKER_INTERVAL = 1.0  # seconds between marker writes during a run
LOCK_NAME = "ledger.lock"
# What to do about a ledger that is not what the last run left: both ways never resend.
WAY_OUT = (
    "nothing was sent; restore {name} together with its -wal file from a backup, or run "
    "`briefing ledger reset`, which keeps the file aside and records the brief now due as "
    "sent to every recipient (nobody gets it twice; anyone who had not got it misses it)"
)


class LedgerError(DeliveryError):
    """The ledger is damaged or not the one the last run left: nothing may be sent."""


class LedgerBusyError(DeliveryError):
    """Another run holds the ledger; this one changed nothing."""

    exit_code = 75  # EX_TEMPFAIL: try again later


def digest_key(scheduled: date, chash: str) -> str:
    """Return the digest key: scheduled date and short content hash."""
    return f"{scheduled.isoformat()}-{chash[:12]}"


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


@dataclass(frozen=True, slots=True)
class Marker:
    """What the last run left: the ledger's id, its change counter and its row count."""

    ledger: str
    seq: int
    rows: int
    updated_at: str

    @classmethod
    def read(cls, path: Path) -> Marker | None:
        """Return the marker stored at `path`, None if there is none."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(str(data["ledger"]), int(data["seq"]), int(data["rows"]), data["updated_at"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise LedgerError(
                f"{path}: the ledger marker is unreadable ({exc}); "
                + WAY_OUT.format(name="ledger.sqlite")
            ) from None

    def write(self, path: Path) -> None:
        """Store the marker atomically (temporary file, fsync, rename)."""
        tmp = path.with_name(f".{path.name}.tmp")
        data = json.dumps(
            {
                "ledger": self.ledger,
                "seq": self.seq,
                "rows": self.rows,
                "updated_at": self.updated_at,
            }
        )
        with tmp.open("w", encoding="utf-8") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)


def _damaged(path: Path, exc: BaseException) -> LedgerError:
    """Return the one-line error for a ledger SQLite cannot read."""
    return LedgerError(
        f"{path}: the send ledger is damaged ({exc}); " + WAY_OUT.format(name=path.name)
    )


class Ledger:
    """The send ledger: a SQLite file whose every state change is committed at once.

    With a `marker` path, every change also rewrites the marker (see `open_ledger`).
    """

    def __init__(self, path: Path, *, marker: Path | None = None) -> None:
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.marker = marker
        self._marker_at, self._marker_seq = 0.0, -1
        try:
            # Autocommit (isolation_level=None): each change is durable before the next step.
            self._db = sqlite3.connect(path, timeout=30, isolation_level=None)
        except sqlite3.Error as exc:
            raise LedgerError(f"{path}: cannot open the send ledger ({exc})") from None
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(SCHEMA)
            self._db.execute(
                "INSERT OR IGNORE INTO meta VALUES ('ledger', ?), ('seq', '0')",
                (uuid.uuid4().hex,),
            )
            self.ident = self._meta("ledger")
            self.seq = int(self._meta("seq"))
            self._count = self._row_count()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise _damaged(path, exc) from None

    def _meta(self, key: str) -> str:
        """Return one value of the meta table."""
        found = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(found[0])

    def _row_count(self) -> int:
        """Return how many delivery rows the ledger holds."""
        (count,) = self._db.execute("SELECT count(*) FROM deliveries").fetchone()
        return int(count)

    def close(self) -> None:
        """Bring the marker up to date and close the database."""
        try:
            self.write_marker()
        finally:
            self._db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """Run a block in one write transaction that also counts the change."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise _damaged(self.path, exc) from None
        try:
            yield
            self._db.execute("UPDATE meta SET value = value + 1 WHERE key = 'seq'")
        except BaseException as exc:
            self._db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError):
                raise _damaged(self.path, exc) from None
            raise
        self._db.execute("COMMIT")
        self.seq += 1
        if self.marker is not None:
            self.write_marker(at_once=False)

    def write_marker(self, *, at_once: bool = True) -> None:
        """Record the ledger's id and change counter outside SQLite.

        Between the start and the end of a run it is written at most every MARKER_INTERVAL
        seconds: each write costs an fsync, and a marker a little behind the ledger is fine
        (only a ledger *behind* its marker is refused).
        """
        if self.marker is None or self._marker_seq == self.seq:
            return
        if not at_once and time.monotonic() - self._marker_at < MARKER_INTERVAL:
            return
        stamp = _stamp(datetime.now(UTC))
        Marker(self.ident, self.seq, self._count, stamp).write(self.marker)
        self._marker_at, self._marker_seq = time.monotonic(), self.seq

    def _read(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        """Return all rows of a query; a damaged file is a LedgerError."""
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            raise _damaged(self.path, exc) from None

    def check(self) -> None:
        """Raise LedgerError unless SQLite finds the file intact."""
        found = self._read("PRAGMA quick_check")
        if [tuple(r) for r in found] != [("ok",)]:
            # One line: SQLite's first complaint (its report can run to many lines).
            lines = [line for r in found for line in str(r[0]).splitlines() if "***" not in line]
            first = lines[0] if lines else "no answer"
            more = f" and {len(lines) - 1} more problems" if len(lines) > 1 else ""
            raise _damaged(self.path, Exception(f"{first}{more}"))

    def has_digest(self, key: str) -> bool:
        """Return whether the digest key is in the ledger."""
        return bool(self._read("SELECT 1 FROM digests WHERE key = ?", (key,)))

    def rows(self, key: str) -> dict[str, Row]:
        """Return the digest's rows by lower-cased recipient."""
        found = self._read(
            "SELECT digest, recipient, state, attempts, message_id, error, updated_at "
            "FROM deliveries WHERE digest = ? ORDER BY rowid",
            (key,),
        )
        return {str(r[1]).lower(): Row(*r) for r in found}  # type: ignore[arg-type]

    def uncertain(self, exclude: str = "") -> list[Row]:
        """Return rows left `sending` (their message may have arrived), except digest `exclude`."""
        found = self._read(
            "SELECT digest, recipient, state, attempts, message_id, error, updated_at "
            "FROM deliveries WHERE state = 'sending' AND digest != ? ORDER BY rowid",
            (exclude,),
        )
        return [Row(*r) for r in found]  # type: ignore[arg-type]

    def sent_before(self, chash: str, recipient: str, exclude: str) -> tuple[str, State] | None:
        """Return (digest, state) of this content sent, or maybe sent, to `recipient` before."""
        found = self._read(
            "SELECT d.key, r.state FROM deliveries r JOIN digests d ON d.key = r.digest "
            "WHERE d.content_hash = ? AND lower(r.recipient) = ? "
            "AND r.state IN ('sent', 'sending') AND d.key != ? "
            "ORDER BY r.state = 'sent' DESC, d.created_at DESC LIMIT 1",
            (chash, recipient.lower(), exclude),
        )
        return None if not found else (str(found[0][0]), found[0][1])  # type: ignore[return-value]

    def queue(
        self,
        key: str,
        scheduled: date,
        chash: str,
        title: str,
        entries: list[tuple[str, str]],
        now: datetime,
        state: State = "queued",
        error: str = "",
    ) -> None:
        """Record the digest and add (recipient, message_id) rows, all in one transaction."""
        with self._transaction():
            self._db.execute(
                "INSERT OR IGNORE INTO digests VALUES (?, ?, ?, ?, ?)",
                (key, scheduled.isoformat(), chash, title, _stamp(now)),
            )
            self._db.executemany(
                "INSERT OR IGNORE INTO deliveries "
                "(digest, recipient, state, attempts, message_id, error, updated_at) "
                "VALUES (?, ?, ?, 0, ?, ?, ?)",
                [(key, who, state, mid, error, _stamp(now)) for who, mid in entries],
            )
            self._count = self._row_count()

    def claim(self, key: str, recipient: str, now: datetime) -> bool:
        """Move a queued row to sending; return False if another run holds it."""
        with self._transaction():
            cur = self._db.execute(
                "UPDATE deliveries SET state = 'sending', attempts = attempts + 1, "
                "updated_at = ? WHERE digest = ? AND recipient = ? AND state = 'queued'",
                (_stamp(now), key, recipient),
            )
        return cur.rowcount == 1

    def mark(self, key: str, recipient: str, state: State, now: datetime, error: str = "") -> None:
        """Set a row's state (and last error)."""
        with self._transaction():
            self._db.execute(
                "UPDATE deliveries SET state = ?, error = ?, updated_at = ? "
                "WHERE digest = ? AND recipient = ?",
                (state, error, _stamp(now), key, recipient),
            )

    def resolve(
        self, state: State, now: datetime, note: str, recipients: list[str] | None = None
    ) -> list[Row]:
        """Move uncertain rows (of `recipients`, or all) to `state`; return the rows moved."""
        rows = self.uncertain()
        if recipients is not None:
            wanted = {who.lower() for who in recipients}
            rows = [r for r in rows if r.recipient.lower() in wanted]
        if rows:
            with self._transaction():
                self._db.executemany(
                    "UPDATE deliveries SET state = ?, error = ?, updated_at = ? "
                    "WHERE digest = ? AND recipient = ? AND state = 'sending'",
                    [(state, note, _stamp(now), r.digest, r.recipient) for r in rows],
                )
        return rows

    def recent(self, limit: int = 10) -> list[DigestSummary]:
        """Return the newest digests with their rows."""
        found = self._read(
            "SELECT key, scheduled_date, title, created_at FROM digests "
            "ORDER BY created_at DESC, rowid DESC LIMIT ?",
            (limit,),
        )
        return [
            DigestSummary(
                str(k), str(day), str(title), str(created), tuple(self.rows(str(k)).values())
            )
            for k, day, title, created in found
        ]


def _verify(path: Path, marker: Marker | None) -> None:
    """Raise LedgerError unless the file at `path` is what the marker says the last run left."""
    if marker is None:
        return  # a first run (or a ledger from before markers): nothing to compare with
    way_out = WAY_OUT.format(name=path.name)
    if not path.exists() or path.stat().st_size == 0:
        raise LedgerError(
            f"{path}: the send ledger is missing or empty, but the last run left "
            f"{marker.rows} rows in it ({marker.updated_at}); " + way_out
        )
    db = sqlite3.connect(path, timeout=30)
    try:
        found = db.execute("SELECT key, value FROM meta WHERE key IN ('ledger', 'seq')").fetchall()
    except sqlite3.DatabaseError as exc:
        if "no such table" in str(exc):
            found = []
        else:
            raise _damaged(path, exc) from None
    finally:
        db.close()
    meta = {str(k): str(v) for k, v in found}
    if meta.get("ledger") != marker.ledger:
        raise LedgerError(
            f"{path}: not the send ledger the last run left (its id is "
            f"{meta.get('ledger', 'missing')}, the marker says {marker.ledger}); " + way_out
        )
    seq = int(meta.get("seq", "0"))
    if seq < marker.seq:
        raise LedgerError(
            f"{path}: the send ledger is older than the last run left it (change {seq} of "
            f"{marker.seq}: a lost -wal file or an old copy?); " + way_out
        )


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold `ledger.lock` next to the ledger, or raise LedgerBusyError at once."""
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.with_name(LOCK_NAME).open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise LedgerBusyError(
                f"{path}: another briefing run (pid {holder}) is using the send ledger; this "
                "run sent nothing and changed nothing; the other run sends whatever is queued, "
                "so run again after it has finished only if it stopped early"
            ) from None
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(str(os.getpid()))
            handle.flush()
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def open_ledger(path: Path, *, write: bool = True) -> Iterator[Ledger]:
    """Yield the ledger at `path` after checking it is what the last run left.

    With `write`, hold `ledger.lock` for the whole run (a second run raises LedgerBusyError
    at once, having changed nothing) and keep the marker up to date.
    """
    marker_path = path.with_name(MARKER_NAME)
    if not write:
        _verify(path, Marker.read(marker_path))
        if not path.exists():
            raise LedgerError(f"{path}: no sends recorded yet")
        with Ledger(path) as ledger:
            ledger.check()
            yield ledger
        return
    with _locked(path):
        _verify(path, Marker.read(marker_path))
        with Ledger(path, marker=marker_path) as ledger:
            ledger.check()
            ledger.write_marker()
            yield ledger


@contextmanager
def fresh_ledger(path: Path, now: datetime) -> Iterator[tuple[Ledger, Path | None]]:
    """Move the ledger (and its -wal, -shm) aside and yield a new one, and where the old went."""
    with _locked(path):
        aside = None
        if path.exists():
            aside = path.with_name(f"{path.name}.aside-{now.strftime('%Y%m%dT%H%M%S')}")
            os.replace(path, aside)
            for suffix in ("-wal", "-shm"):
                extra = path.with_name(path.name + suffix)
                if extra.exists():
                    os.replace(extra, aside.with_name(aside.name + suffix))
        marker_path = path.with_name(MARKER_NAME)
        marker_path.unlink(missing_ok=True)
        with Ledger(path, marker=marker_path) as ledger:
            ledger.write_marker()
            yield ledger, aside
