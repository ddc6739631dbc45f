"""The suppression list: who asked not to be mailed, and which token belongs to whom.

A SQLite file in the state folder (`<state_dir>/subscribers.sqlite`) with two tables:

- `suppressed`: one row per address that must never be mailed again (lower-cased), with when and
  how it got there (`one-click`, `button`, `operator`). Suppression wins over every recipient
  list: `send` leaves these addresses out.
- `tokens`: the unsubscribe token sent to each address. A token is an HMAC of the address (see
  `settings.Settings.unsubscribe_token`), so it cannot be turned back into the address; this
  table is how `briefing serve` finds who a token belongs to. Every lookup is checked again
  against the HMAC with the current secret, in constant time, so a row alone never unsubscribes
  anyone and a changed secret retires every old link.

The secret is never read here: callers pass `Settings`, which got it from `$BRIEFING_SECRET`.
"""

from __future__ import annotations

import hmac
import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from briefing.errors import DeliveryError, InputError
from briefing.settings import Settings

log = logging.getLogger(__name__)

How = Literal["one-click", "button", "operator"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS suppressed (
    address TEXT PRIMARY KEY,
    how TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
    token TEXT PRIMARY KEY,
    address TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""


def normalise(address: str) -> str:
    """Return the form an address is stored and compared in (trimmed, lower-case)."""
    return address.strip().lower()


def _stamp(moment: datetime | None = None) -> str:
    return (moment or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class Suppression:
    """One suppressed address."""

    address: str
    how: str
    created_at: str


class SuppressionList:
    """The suppression list and token book (a SQLite file; each change committed at once)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=30, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise DeliveryError(
                f"{path}: cannot open the suppression list ({exc}); check output.state_dir"
            ) from None
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(SCHEMA)
        except sqlite3.Error as exc:
            self._db.close()
            raise DeliveryError(
                f"{path}: not a usable suppression list ({exc}); move it aside and rerun"
            ) from None

    @classmethod
    def for_settings(cls, settings: Settings) -> SuppressionList:
        """Return the list in the settings' state folder."""
        return cls(suppression_path(settings))

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def __enter__(self) -> SuppressionList:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def suppress(self, address: str, how: How, now: datetime | None = None) -> bool:
        """Add an address; return False if it was already suppressed (the first record stays)."""
        cur = self._db.execute(
            "INSERT OR IGNORE INTO suppressed (address, how, created_at) VALUES (?, ?, ?)",
            (normalise(address), how, _stamp(now)),
        )
        if cur.rowcount:
            log.info("suppressed an address (%s)", how)
        return cur.rowcount == 1

    def lift(self, address: str) -> bool:
        """Remove an address from the list; return whether it was there."""
        cur = self._db.execute("DELETE FROM suppressed WHERE address = ?", (normalise(address),))
        return cur.rowcount == 1

    def is_suppressed(self, address: str) -> bool:
        """Return whether the address must not be mailed."""
        cur = self._db.execute("SELECT 1 FROM suppressed WHERE address = ?", (normalise(address),))
        return cur.fetchone() is not None

    def suppressed(self) -> list[Suppression]:
        """Return every suppressed address, oldest first."""
        cur = self._db.execute(
            "SELECT address, how, created_at FROM suppressed ORDER BY created_at, address"
        )
        return [Suppression(*row) for row in cur.fetchall()]

    def remember_tokens(
        self, pairs: Iterable[tuple[str, str]], now: datetime | None = None
    ) -> None:
        """Record (token, address) pairs that went out in messages."""
        stamp = _stamp(now)
        self._db.executemany(
            "INSERT OR REPLACE INTO tokens (token, address, updated_at) VALUES (?, ?, ?)",
            [(token, normalise(address), stamp) for token, address in pairs],
        )

    def address_for(self, token: str, settings: Settings) -> str | None:
        """Return the address a token was made for, or None for an unknown or forged token."""
        if settings.unsubscribe_secret is None or not _well_formed(token):
            return None
        row = self._db.execute("SELECT address FROM tokens WHERE token = ?", (token,)).fetchone()
        candidates = [row[0]] if row else []
        # A recipient who has not been mailed since the table existed still has a valid link.
        candidates += [normalise(a) for a in settings.recipient_list()]
        for address in candidates:
            if hmac.compare_digest(settings.unsubscribe_token(address), token):
                return address
        return None


def _well_formed(token: str) -> bool:
    """Return whether `token` looks like one of ours (32 lower-case hex digits)."""
    return len(token) == 32 and all(c in "0123456789abcdef" for c in token)


def suppression_path(settings: Settings) -> Path:
    """Return the suppression list's SQLite file."""
    return settings.output.state_dir / "subscribers.sqlite"


def split_suppressed(settings: Settings, recipients: list[str]) -> tuple[list[str], list[str]]:
    """Return (recipients to mail, suppressed recipients); reads nothing if no list exists."""
    path = suppression_path(settings)
    if not path.exists():
        return list(recipients), []
    with SuppressionList(path) as book:
        keep = [who for who in recipients if not book.is_suppressed(who)]
        dropped = [who for who in recipients if book.is_suppressed(who)]
    return keep, dropped


def _valid(address: str) -> str:
    """Return a trimmed address, or raise InputError saying why it is not one."""
    from email_validator import EmailNotValidError, validate_email

    value = address.strip()
    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError as exc:
        raise InputError(f"{value!r}: not an e-mail address ({exc}); check it") from None
    return value


def _file_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read recipients ({exc}); check the file") from None


def _write_lines(path: Path, lines: list[str]) -> None:
    from briefing.output.files import atomic_write

    try:
        atomic_write(path, "\n".join(lines) + "\n")
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc}); check the file") from None


def add_subscriber(settings: Settings, address: str) -> list[str]:
    """Add an address to mail.recipients_file, lifting any suppression; return what was done."""
    value = _valid(address)
    done = []
    if suppression_path(settings).exists():
        with SuppressionList.for_settings(settings) as book:
            if book.lift(value):
                done.append(f"lifted the suppression of {value}")
    if normalise(value) in {normalise(a) for a in settings.recipient_list()}:
        return [*done, f"{value} is already a recipient"]
    path = settings.mail.recipients_file
    if path is None:
        raise InputError(
            f"{value}: no mail.recipients_file to add it to; set one in briefing.toml "
            "(or add the address to mail.recipients)"
        )
    _write_lines(path, [*_file_lines(path), value])
    return [*done, f"added {value} to {path}"]


def remove_subscriber(settings: Settings, address: str) -> list[str]:
    """Stop mailing an address (file: drop it; inline: suppress it); return what was done."""
    value = _valid(address)
    key = normalise(value)
    done = []
    path = settings.mail.recipients_file
    if path is not None:
        lines = _file_lines(path)
        kept = [line for line in lines if normalise(line.split("#", 1)[0]) != key]
        if len(kept) != len(lines):
            _write_lines(path, kept)
            done.append(f"removed {value} from {path}")
    if key in {normalise(a) for a in settings.mail.recipients}:
        with SuppressionList.for_settings(settings) as book:
            book.suppress(value, "operator")
        where = settings.origins.get("mail.recipients", "the settings")
        done.append(
            f"{value} is listed in mail.recipients ({where}): suppressed it; "
            "delete it there to drop it for good"
        )
    if not done:
        raise InputError(f"{value}: not a recipient; `briefing subscribers list` shows them")
    return done
