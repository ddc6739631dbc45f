"""Delivery: one message per recipient through the outbox or SMTP, with a send ledger.

The ledger is SQLite (`<state_dir>/ledger.sqlite`). A digest's key is the scheduled date (the
latest cron slot at or before now, in the schedule's time zone) plus the first 12 hex digits of
the brief's content hash (SHA-256 of its JSON without `generated_at`); `--force` adds `-r1`,
`-r2`... One row per (digest, recipient) moves queued -> sending -> sent | failed, each change
committed on its own, so the row says `sending` exactly while an SMTP call is in flight:

- a rerun sends only rows still `queued`;
- a row left in `sending` (the process died mid-call) is never resent, only reported: the
  message may have been delivered, and at most once beats twice;
- a recipient who already got a brief with the same content hash is skipped, unless `--force`;
- a row is claimed with `UPDATE ... WHERE state = 'queued'`, so two runs never send one row twice.

Transient failures (refused connection, timeout, 4xx) are retried with exponential backoff; a
5xx for one recipient marks that row failed and the batch goes on; a 5xx that concerns every
message (login, sender refused) stops the batch and leaves the rest queued. The Message-ID is
derived from the digest key and the recipient, so a retry is recognisably the same message.
"""

from __future__ import annotations

import hashlib
import logging
import re
import smtplib
import sqlite3
import ssl
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path
from typing import Literal, Protocol

from briefing.errors import DeliveryError
from briefing.model import Brief
from briefing.output.message import content_hash
from briefing.settings import DeliverySettings, Settings

log = logging.getLogger(__name__)

State = Literal["queued", "sending", "sent", "failed"]
Status = Literal["sent", "skipped", "failed", "uncertain", "would send"]

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


class TransientDeliveryError(DeliveryError):
    """A failure worth retrying: no connection, a timeout, a 4xx reply."""


class PermanentDeliveryError(DeliveryError):
    """A 5xx reply about this one message or recipient."""


class FatalDeliveryError(DeliveryError):
    """A failure that would hit every message (login, sender, TLS): stop the batch."""


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


class Transport(Protocol):
    """Where a message goes; `send` raises a classified DeliveryError on failure."""

    name: str

    def send(self, message: EmailMessage, recipient: str) -> None:
        """Deliver one message to one recipient."""

    def close(self) -> None:
        """Release any connection."""


_UNSAFE = re.compile(r"[^A-Za-z0-9@._+-]")


class OutboxTransport:
    """Writes each message as an .eml file into a folder (no mail server needed)."""

    name = "outbox"

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, message: EmailMessage, recipient: str) -> Path:
        """Return the .eml path of a message: its Message-ID's digest part and the recipient."""
        mid = str(message.get("Message-ID", "")).strip("<>").partition("@")[0]
        digest = mid.rpartition(".")[0] or "message"
        return self.folder / f"{_UNSAFE.sub('_', digest)}--{_UNSAFE.sub('_', recipient)}.eml"

    def send(self, message: EmailMessage, recipient: str) -> None:
        """Write the message atomically."""
        from briefing.output.files import atomic_write

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path_for(message, recipient), message.as_bytes())
        except OSError as exc:
            raise FatalDeliveryError(
                f"{self.folder}: cannot write the outbox ({exc.strerror}); check the folder"
            ) from None

    def close(self) -> None:
        """Nothing to release."""


def _code_kind(code: int) -> type[DeliveryError]:
    """Return the error class for an SMTP reply code."""
    return TransientDeliveryError if 400 <= code < 500 else PermanentDeliveryError


def classify(exc: BaseException, where: str) -> DeliveryError:
    """Return the classified DeliveryError for an smtplib / socket failure."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, reply = next(iter(exc.recipients.values()), (550, b"refused"))
        text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
        return _code_kind(code)(f"{where}: recipient refused: {code} {text}")
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return FatalDeliveryError(
            f"{where}: login refused ({exc.smtp_code}); check delivery.username and "
            "$BRIEFING_SMTP_PASSWORD"
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return FatalDeliveryError(f"{where}: {exc}; check delivery.security")
    if isinstance(exc, smtplib.SMTPResponseException):
        raw = exc.smtp_error
        text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw or "")
        message = f"{where}: server replied {exc.smtp_code} {text}".rstrip()
        if exc.smtp_code >= 500 and isinstance(
            exc, smtplib.SMTPSenderRefused | smtplib.SMTPConnectError | smtplib.SMTPHeloError
        ):
            return FatalDeliveryError(f"{message}; check mail.sender and the server")
        return _code_kind(exc.smtp_code)(message)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return FatalDeliveryError(f"{where}: TLS certificate not trusted ({exc.verify_message})")
    if isinstance(exc, smtplib.SMTPException | OSError):
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        return TransientDeliveryError(f"{where}: {reason}")
    raise exc


class SmtpTransport:
    """Sends through an SMTP server with smtplib, one connection reused across the batch."""

    name = "smtp"

    def __init__(self, delivery: DeliverySettings, *, context: ssl.SSLContext | None = None):
        self.delivery = delivery
        self.context = context
        self._conn: smtplib.SMTP | None = None

    @property
    def where(self) -> str:
        """Return host:port for messages."""
        return f"smtp {self.delivery.host}:{self.delivery.effective_port()}"

    def _connect(self) -> smtplib.SMTP:
        """Return a connected (and if set up, secured and logged-in) session."""
        d = self.delivery
        context = self.context or self._default_context()
        conn: smtplib.SMTP
        if d.security == "tls":
            conn = smtplib.SMTP_SSL(d.host, d.effective_port(), timeout=d.timeout, context=context)
        else:
            conn = smtplib.SMTP(d.host, d.effective_port(), timeout=d.timeout)
        try:
            conn.ehlo()
            if d.security == "starttls":
                conn.starttls(context=context)
                conn.ehlo()
            if d.username:
                password = d.password.get_secret_value() if d.password else ""
                conn.login(d.username, password)
        except BaseException:
            conn.close()
            raise
        return conn

    def _default_context(self) -> ssl.SSLContext:
        """Return a verifying TLS context, trusting `delivery.ca_file` if set."""
        ca_file = self.delivery.ca_file
        try:
            return ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
        except (OSError, ssl.SSLError) as exc:
            raise FatalDeliveryError(
                f"{ca_file}: cannot load CA certificates ({exc}); fix delivery.ca_file"
            ) from None

    def send(self, message: EmailMessage, recipient: str) -> None:
        """Send one message to one recipient; classify any failure."""
        try:
            if self._conn is None:
                self._conn = self._connect()
            sender = parseaddr(str(message.get("From", "")))[1]
            self._conn.send_message(message, from_addr=sender, to_addrs=[recipient])
        except (smtplib.SMTPException, OSError) as exc:
            # After any failure the session state is unknown: start the next try afresh.
            self._drop()
            raise classify(exc, self.where) from None

    def _drop(self) -> None:
        """Close the connection without ceremony."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def close(self) -> None:
        """Say QUIT if connected, then close."""
        if self._conn is not None:
            try:
                self._conn.quit()
            except (smtplib.SMTPException, OSError):
                log.debug("QUIT failed; closing anyway")
            finally:
                self._drop()


TransportFactory = Callable[[Settings], Transport]
TRANSPORTS: dict[str, TransportFactory] = {
    "outbox": lambda settings: OutboxTransport(settings.outbox_dir()),
    "smtp": lambda settings: SmtpTransport(settings.delivery),
}
"""Transports by the name `[delivery] transport` gives; plugins add theirs."""


def register_transport(name: str, factory: TransportFactory) -> None:
    """Make `[delivery] transport = "name"` send through `factory(settings)`."""
    TRANSPORTS[name] = factory


def make_transport(settings: Settings) -> Transport:
    """Return the transport that `[delivery] transport` names."""
    factory = TRANSPORTS.get(settings.delivery.transport)
    if factory is None:
        from briefing.errors import ConfigError

        raise ConfigError(
            f"delivery.transport: {settings.delivery.transport!r} is not a transport; "
            f"use one of {', '.join(sorted(TRANSPORTS))}"
        )
    return factory(settings)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one recipient in one run."""

    recipient: str
    status: Status
    detail: str = ""
    attempts: int = 0


@dataclass(slots=True)
class SendReport:
    """A run's outcomes, one per recipient."""

    digest: str
    transport: str
    dry_run: bool = False
    outcomes: list[Outcome] = field(default_factory=list)
    aborted: str | None = None

    def count(self, status: Status) -> int:
        """Return how many recipients ended with `status`."""
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def ok(self) -> bool:
        """Return whether nothing failed."""
        return self.count("failed") == 0 and self.aborted is None

    def summary(self) -> str:
        """Return the one-line summary the CLI prints."""
        if self.dry_run:
            return (
                f"digest {self.digest} (dry run, {self.transport}): "
                f"{self.count('would send')} would send, {self.count('skipped')} skipped, "
                f"{self.count('uncertain')} uncertain"
            )
        return (
            f"digest {self.digest} ({self.transport}): {self.count('sent')} sent, "
            f"{self.count('skipped')} skipped, {self.count('failed')} failed, "
            f"{self.count('uncertain')} uncertain"
        )


@dataclass(frozen=True, slots=True)
class Backoff:
    """Bounded exponential backoff: `first`, doubling, at most `cap` seconds, `attempts` tries."""

    attempts: int = 4
    first: float = 2.0
    cap: float = 60.0

    def delay(self, attempt: int) -> float:
        """Return the wait after failed try number `attempt` (1-based)."""
        return float(min(self.cap, self.first * 2 ** (attempt - 1)))


# Same length as a real token, so text wrapping is the same once it is replaced.
TOKEN_MARK = "BRIEFINGUNSUBSCRIBETOKEN00000000"


def build_messages(
    brief: Brief, settings: Settings, key: str, recipients: list[str], when: datetime
) -> dict[str, EmailMessage]:
    """Return one message per recipient, each with its own unsubscribe link and Message-ID."""
    from briefing.output.message import build_message
    from briefing.output.render import render_html, render_text

    if not recipients:
        return {}
    templates = settings.output.templates
    template = settings.mail.unsubscribe_url
    # Render once with a marker in place of the token, then put each recipient's token in.
    marked = template.replace("{token}", TOKEN_MARK) if template else None
    html = render_html(brief, templates=templates, unsubscribe_url=marked)
    text = render_text(brief, templates=templates, unsubscribe_url=marked)
    messages = {}
    for who in recipients:
        token = settings.unsubscribe_token(who)
        messages[who] = build_message(
            brief,
            html=html.replace(TOKEN_MARK, token),
            text=text.replace(TOKEN_MARK, token),
            sender=settings.mail.sender,
            recipient=who,
            unsubscribe_url=settings.unsubscribe_link(who),
            message_id=message_id(key, who, settings.mail.sender),
            date=when,
        )
    return messages


def send_brief(
    brief: Brief,
    settings: Settings,
    *,
    scheduled: date | None = None,
    force: bool = False,
    dry_run: bool = False,
    transport: Transport | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], datetime] | None = None,
) -> SendReport:
    """Deliver the brief to every recipient once, recording each step in the ledger."""
    now = clock or (lambda: datetime.now(UTC))
    recipients = settings.recipient_list()
    if not recipients:
        raise DeliveryError(
            "no recipients; set mail.recipients or mail.recipients_file in briefing.toml"
        )
    day = scheduled or settings.schedule.slot(now()).date()
    chash = content_hash(brief)
    chosen = transport or make_transport(settings)
    path = settings.ledger_path()
    # A dry run leaves no trace: without a ledger yet, it reads an empty one in memory.
    with Ledger(Path(":memory:") if dry_run and not path.exists() else path) as ledger:
        revision = ledger.revision_for(day, chash) if force else 0
        key = digest_key(day, chash, revision)
        report = SendReport(digest=key, transport=chosen.name, dry_run=dry_run)
        existing = ledger.rows(key)
        pending: list[str] = []  # queued by an earlier run, still to send
        to_queue: list[str] = []
        for who in recipients:
            row = existing.get(who.lower())
            if row is not None:
                outcome = _outcome_of_row(row)
                if outcome is None:
                    pending.append(row.recipient)
                else:
                    report.outcomes.append(outcome)
                continue
            earlier = ledger.sent_before(chash, who, exclude=key)
            if earlier is not None and not force:
                report.outcomes.append(
                    Outcome(who, "skipped", f"unchanged brief already sent in {earlier}")
                )
                continue
            to_queue.append(who)
        batch = [*pending, *to_queue]
        # Build (and so check headers of) every message before anything is queued or sent.
        messages = build_messages(brief, settings, key, batch, now())
        if dry_run:
            report.outcomes.extend(Outcome(who, "would send") for who in batch)
            return report
        if to_queue:
            entries = [(who, str(messages[who]["Message-ID"])) for who in to_queue]
            ledger.queue(key, day, chash, brief.title, entries, now())
        backoff = Backoff(
            settings.delivery.attempts, settings.delivery.backoff, settings.delivery.backoff_max
        )
        try:
            for index, who in enumerate(batch):
                try:
                    report.outcomes.append(
                        _deliver(ledger, chosen, key, who, messages[who], backoff, sleep, now)
                    )
                except FatalDeliveryError as exc:
                    report.aborted = str(exc)
                    report.outcomes.extend(
                        Outcome(rest, "failed", f"not sent: {exc}") for rest in batch[index:]
                    )
                    break
        finally:
            chosen.close()
    log.info("%s", report.summary())
    return report


def _outcome_of_row(row: Row) -> Outcome | None:
    """Return the outcome of a row an earlier run left; None if it is still to be sent."""
    if row.state == "sent":
        return Outcome(row.recipient, "skipped", "already sent", row.attempts)
    if row.state == "sending":
        return Outcome(
            row.recipient,
            "uncertain",
            f"left in 'sending' by an interrupted run at {row.updated_at}; not resent "
            "(it may have arrived); check, then `briefing send --force` to send again",
            row.attempts,
        )
    if row.state == "failed":
        return Outcome(row.recipient, "failed", f"failed earlier: {row.error}", row.attempts)
    return None


def _deliver(
    ledger: Ledger,
    transport: Transport,
    key: str,
    who: str,
    message: EmailMessage,
    backoff: Backoff,
    sleep: Callable[[float], None],
    now: Callable[[], datetime],
) -> Outcome:
    """Send one queued row with retries; return its outcome (FatalDeliveryError propagates)."""
    last = ""
    for attempt in range(1, backoff.attempts + 1):
        if not ledger.claim(key, who, now()):
            return Outcome(who, "skipped", "taken by another run")
        try:
            transport.send(message, who)
        except TransientDeliveryError as exc:
            last = str(exc)
            ledger.mark(key, who, "queued", now(), last)
            log.warning("%s: try %d of %d failed: %s", who, attempt, backoff.attempts, last)
            if attempt < backoff.attempts:
                sleep(backoff.delay(attempt))
            continue
        except PermanentDeliveryError as exc:
            ledger.mark(key, who, "failed", now(), str(exc))
            return Outcome(who, "failed", str(exc), attempt)
        except FatalDeliveryError as exc:
            ledger.mark(key, who, "queued", now(), str(exc))
            raise
        ledger.mark(key, who, "sent", now())
        return Outcome(who, "sent", "", attempt)
    return Outcome(who, "failed", f"{last}; still queued, a rerun retries it", backoff.attempts)
