"""Sending a brief: one message per recipient, each step recorded in the ledger.

The promise is at most one message per recipient and brief, even across crashes:
- a recipient who got (or may have got) a brief with the same content is skipped; `--force`
  only retries rows of this brief that failed for good, never a delivered or uncertain one;
- once the final "." of DATA has gone out, any failure leaves the row *uncertain* (`sending`):
  never retried, by this run or the next, until `briefing ledger resolve` says what to do;
- a 4xx is retried with bounded exponential backoff, within `delivery.retry_window` seconds of
  waiting per run; after that the row stays queued for the next run;
- a server that cannot be reached stops the batch after `delivery.attempts` tries (never one
  cycle per recipient), leaving the rest queued;
- a 5xx (or an address the server cannot take) fails that recipient alone; a failure that
  concerns every message (login, sender refused, TLS) stops the batch, the rest stays queued.

Messages are built one at a time, just before each is sent, so memory stays flat for any
number of recipients; the first is built before anything is queued, to check the headers.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Literal

from briefing.delivery.ledger import (
    Ledger,
    Row,
    digest_key,
    fresh_ledger,
    message_id,
    open_ledger,
)
from briefing.delivery.transports import (
    ConnectionDeliveryError,
    FatalDeliveryError,
    PermanentDeliveryError,
    TransientDeliveryError,
    Transport,
    UncertainDeliveryError,
    make_transport,
)
from briefing.errors import DeliveryError, RenderError
from briefing.model import Brief
from briefing.output.message import content_hash
from briefing.settings import Settings

log = logging.getLogger(__name__)

Status = Literal["sent", "skipped", "failed", "uncertain", "queued", "would send"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one recipient in one run."""

    recipient: str
    status: Status
    detail: str = ""
    attempts: int = 0


RESOLVE_HINT = (
    "its message may have arrived: check with the recipient or the server's log, then "
    "`briefing ledger resolve --delivered ADDRESS` or `--resend ADDRESS`"
)


@dataclass(slots=True)
class SendReport:
    """A run's outcomes, one per recipient."""

    digest: str
    transport: str
    dry_run: bool = False
    outcomes: list[Outcome] = field(default_factory=list)
    aborted: str | None = None
    earlier_uncertain: int = 0  # uncertain rows of other digests, still to resolve
    note: str = ""
    """Why nothing was sent at all (e.g. nothing new since the last issue)."""
    folder: Path | None = None
    """Where a dry run wrote the messages it would send."""
    test: bool = False
    """A test send (`send --to`): not an issue, nothing recorded."""

    def count(self, status: Status) -> int:
        """Return how many recipients ended with `status`."""
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def ok(self) -> bool:
        """Return whether everything is settled: nothing failed, queued or uncertain."""
        return self.exit_code == 0

    @property
    def exit_code(self) -> int:
        """Return 0 when settled, 1 if anything failed or is still queued, 3 if only uncertain."""
        if self.aborted is not None or self.count("failed") or self.count("queued"):
            return 1
        if self.count("uncertain") or self.earlier_uncertain:
            return 3
        return 0

    def summary(self) -> str:
        """Return the one-line summary the CLI prints."""
        if self.note:
            return self.note
        if self.test:
            to = ", ".join(o.recipient for o in self.outcomes)
            return (
                f"test send ({self.transport}) to {to}: {self.count('sent')} sent, "
                f"{self.count('skipped')} skipped, {self.count('failed')} failed; "
                "not recorded in the ledger"
            )
        earlier = (
            f"; {self.earlier_uncertain} uncertain from earlier digests (`briefing ledger`)"
            if self.earlier_uncertain
            else ""
        )
        if self.dry_run:
            return (
                f"digest {self.digest} (dry run, {self.transport}): "
                f"{self.count('would send')} would send, {self.count('skipped')} skipped, "
                f"{self.count('uncertain')} uncertain, {self.count('failed')} failed{earlier}"
                + (f"; messages written to {self.folder}" if self.folder else "")
            )
        return (
            f"digest {self.digest} ({self.transport}): {self.count('sent')} sent, "
            f"{self.count('skipped')} skipped, {self.count('failed')} failed, "
            f"{self.count('uncertain')} uncertain, {self.count('queued')} still queued{earlier}"
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


@dataclass(slots=True)
class RetryBudget:
    """How long one run may spend on retries: `window` seconds, counted from its start."""

    window: float
    clock: Callable[[], float] = time.monotonic
    started: float = 0.0
    waited: float = 0.0

    def __post_init__(self) -> None:
        self.started = self.clock()

    def allows(self, delay: float) -> bool:
        """Return whether waiting `delay` more seconds stays within the window."""
        # Waits asked for count even when a test's sleep returns at once.
        spent = max(self.clock() - self.started, self.waited)
        return spent + delay <= self.window

    def spend(self, delay: float, sleep: Callable[[float], None]) -> None:
        """Wait `delay` seconds."""
        self.waited += delay
        sleep(delay)


class StopBatch(Exception):
    """Raised inside a batch to stop it: the reason, and the row's outcome."""

    def __init__(self, reason: str, outcome: Outcome) -> None:
        super().__init__(reason)
        self.outcome = outcome


# Same length as a real token, so text wrapping is the same once it is replaced.
TOKEN_MARK = "BRIEFINGUNSUBSCRIBETOKEN00000000"


class Messages:
    """Builds each recipient's message on demand from one rendering of the brief."""

    def __init__(self, brief: Brief, settings: Settings, key: str, when: datetime) -> None:
        from briefing.output.render import render_html, render_text

        self.brief, self.settings, self.key, self.when = brief, settings, key, when
        template = settings.mail.unsubscribe_url
        templates = settings.output.templates
        # Render once with a marker in place of the token, then put each recipient's token in.
        marked = template.replace("{token}", TOKEN_MARK) if template else None
        footer = {"unsubscribe_url": marked, "postal_address": settings.mail.postal_address}
        self.html = render_html(brief, templates=templates, **footer)
        self.text = render_text(brief, templates=templates, **footer)

    def message_id(self, who: str) -> str:
        """Return the recipient's Message-ID (stable across retries and runs)."""
        return message_id(self.key, who, self.settings.mail.sender)

    def build(self, who: str) -> EmailMessage:
        """Return the recipient's message, with their own unsubscribe link."""
        from briefing.output.message import build_message

        token = self.settings.unsubscribe_token(who)
        return build_message(
            self.brief,
            html=self.html.replace(TOKEN_MARK, token),
            text=self.text.replace(TOKEN_MARK, token),
            sender=self.settings.mail.sender,
            recipient=who,
            unsubscribe_url=self.settings.unsubscribe_link(who),
            message_id=self.message_id(who),
            date=self.when,
            reply_to=self.settings.mail.reply_to,
            list_id=self.settings.list_id(),
        )


def _write_dry_run(settings: Settings, key: str, batch: list[str], messages: Messages) -> Path:
    """Write the messages a dry run would send to `<output.dir>/dry-run/<key>/`; return it."""
    from briefing.delivery.transports import OutboxTransport

    folder = settings.output.dir / "dry-run" / key
    outbox = OutboxTransport(folder)
    for who in batch:
        outbox.send(messages.build(who), who)
    return folder


TEST_PREFIX = "[test] "


def send_test(
    brief: Brief,
    settings: Settings,
    address: str,
    *,
    transport: Transport | None = None,
    clock: Callable[[], datetime] | None = None,
) -> SendReport:
    """Send the brief to `address` alone, marked as a test; no ledger row, no issue, no history."""
    from briefing.delivery.suppression import split_suppressed
    from briefing.settings import valid_recipient

    try:
        address = valid_recipient(address)
    except ValueError as exc:
        raise DeliveryError(f"send --to: {exc}; give one address such as you@your.domain") from None
    now = clock or (lambda: datetime.now(UTC))
    chosen = transport or make_transport(settings)
    key = f"test-{content_hash(brief)[:12]}"
    report = SendReport(digest=key, transport=chosen.name, test=True)
    if not split_suppressed(settings, [address])[0]:
        report.outcomes.append(Outcome(address, "skipped", "unsubscribed"))
        return report
    message = Messages(brief, settings, key, now()).build(address)
    message.replace_header("Subject", TEST_PREFIX + str(message["Subject"]))
    try:
        chosen.send(message, address)
        report.outcomes.append(Outcome(address, "sent", "test", 1))
    except DeliveryError as exc:
        report.outcomes.append(Outcome(address, "failed", str(exc), 1))
    finally:
        chosen.close()
    return report


@contextmanager
def _ledger_for(settings: Settings, dry_run: bool) -> Iterator[Ledger]:
    """Yield the ledger to use: locked and checked; for a dry run, read-only or empty."""
    from briefing.delivery.ledger import MARKER_NAME

    path = settings.ledger_path()
    if not dry_run:
        with open_ledger(path) as ledger:
            yield ledger
    elif path.exists() or path.with_name(MARKER_NAME).exists():
        with open_ledger(path, write=False) as ledger:
            yield ledger
    else:
        # A dry run leaves no trace: without a ledger yet, it reads an empty one in memory.
        with Ledger(Path(":memory:")) as ledger:
            yield ledger


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
    """Deliver the brief to every recipient at most once, recording each step in the ledger.

    `force` retries this brief's recipients whose earlier try failed for good.
    """
    now = clock or (lambda: datetime.now(UTC))
    recipients = settings.recipient_list()
    if not recipients:
        raise DeliveryError(
            "no recipients; set mail.recipients or mail.recipients_file in briefing.toml"
        )
    from briefing.delivery.suppression import split_suppressed

    recipients, unsubscribed = split_suppressed(settings, recipients)
    day = scheduled or settings.schedule.slot(now()).date()
    chash = content_hash(brief)
    key = digest_key(day, chash)
    chosen = transport or make_transport(settings)
    with _ledger_for(settings, dry_run) as ledger:
        report = SendReport(digest=key, transport=chosen.name, dry_run=dry_run)
        report.outcomes.extend(Outcome(who, "skipped", "unsubscribed") for who in unsubscribed)
        report.earlier_uncertain = len(ledger.uncertain(exclude=key))
        existing = ledger.rows(key)
        pending: list[str] = []  # queued by an earlier run (or failed, with force)
        to_queue: list[str] = []
        for who in recipients:
            row = existing.get(who.lower())
            if row is not None:
                outcome = _outcome_of_row(row, force)
                if outcome is None:
                    pending.append(row.recipient)
                else:
                    report.outcomes.append(outcome)
                continue
            earlier = ledger.sent_before(chash, who, exclude=key)
            if earlier is not None:
                other, state = earlier
                detail = (
                    f"unchanged brief already sent in {other}"
                    if state == "sent"
                    else f"unchanged brief uncertain in {other}; {RESOLVE_HINT}"
                )
                report.outcomes.append(Outcome(who, "skipped", detail))
                continue
            to_queue.append(who)
        batch = [*pending, *to_queue]
        messages = Messages(brief, settings, key, now())
        if batch:
            # Check the headers on one message before anything is queued or sent.
            messages.build(batch[0])
        if dry_run:
            report.outcomes.extend(Outcome(who, "would send") for who in batch)
            if batch:
                report.folder = _write_dry_run(settings, key, batch, messages)
            return report
        if to_queue:
            entries = [(who, messages.message_id(who)) for who in to_queue]
            ledger.queue(key, day, chash, brief.title, entries, now())
            _remember_tokens(settings, to_queue)
        for who in pending:
            if existing[who.lower()].state == "failed":
                ledger.mark(key, who, "queued", now(), "retried with --force")
        d = settings.delivery
        backoff = Backoff(d.attempts, d.backoff, d.backoff_max)
        budget = RetryBudget(d.retry_window)
        try:
            for index, who in enumerate(batch):
                try:
                    report.outcomes.append(
                        _deliver(ledger, chosen, key, who, messages, backoff, budget, sleep, now)
                    )
                except (FatalDeliveryError, StopBatch) as exc:
                    report.aborted = str(exc)
                    first = (
                        exc.outcome
                        if isinstance(exc, StopBatch)
                        else Outcome(who, "queued", f"not sent: {exc}")
                    )
                    report.outcomes.append(first)
                    report.outcomes.extend(
                        Outcome(
                            rest, "queued", "not tried: the batch stopped; the next run sends it"
                        )
                        for rest in batch[index + 1 :]
                    )
                    break
        finally:
            chosen.close()
    log.info("%s", report.summary())
    return report


def _remember_tokens(settings: Settings, recipients: list[str]) -> None:
    """Record who each unsubscribe token belongs to, so `briefing serve` can answer it."""
    if settings.mail.unsubscribe_url is None or settings.unsubscribe_secret is None:
        return
    from briefing.delivery.suppression import SuppressionList

    with SuppressionList.for_settings(settings) as book:
        book.remember_tokens((settings.unsubscribe_token(who), who) for who in recipients)


def _outcome_of_row(row: Row, force: bool) -> Outcome | None:
    """Return the outcome of a row an earlier run left; None if it is still to be sent."""
    if row.state == "sent":
        return Outcome(row.recipient, "skipped", "already sent", row.attempts)
    if row.state == "sending":
        reason = row.error or f"left in 'sending' by an interrupted run at {row.updated_at}"
        return Outcome(
            row.recipient, "uncertain", f"{reason}; not resent: {RESOLVE_HINT}", row.attempts
        )
    if row.state == "failed" and not force:
        return Outcome(
            row.recipient,
            "failed",
            f"failed earlier: {row.error}; `briefing send --force` tries it again",
            row.attempts,
        )
    return None


def _deliver(
    ledger: Ledger,
    transport: Transport,
    key: str,
    who: str,
    messages: Messages,
    backoff: Backoff,
    budget: RetryBudget,
    sleep: Callable[[float], None],
    now: Callable[[], datetime],
) -> Outcome:
    """Send one queued row with retries; return its outcome.

    Raises StopBatch when the server cannot be reached, FatalDeliveryError when no message
    could go; the row is queued again in both cases.
    """
    try:
        message = messages.build(who)
    except RenderError as exc:
        ledger.mark(key, who, "failed", now(), str(exc))
        return Outcome(who, "failed", str(exc))
    attempt = 0
    while True:
        attempt += 1
        if not ledger.claim(key, who, now()):
            return Outcome(who, "skipped", "taken by another run")
        try:
            transport.send(message, who)
        except UncertainDeliveryError as exc:
            # Never retried: the row stays 'sending' and says why.
            ledger.mark(key, who, "sending", now(), f"uncertain: {exc}")
            return Outcome(who, "uncertain", f"{exc}; not resent: {RESOLVE_HINT}", attempt)
        except TransientDeliveryError as exc:
            ledger.mark(key, who, "queued", now(), str(exc))
            delay = backoff.delay(attempt)
            if attempt < backoff.attempts and budget.allows(delay):
                log.warning("%s: try %d of %d failed: %s", who, attempt, backoff.attempts, exc)
                budget.spend(delay, sleep)
                continue
            detail = f"{exc}; still queued, the next run retries it"
            if isinstance(exc, ConnectionDeliveryError):
                # The server itself is out of reach: every later recipient would wait too.
                raise StopBatch(
                    f"{exc}; stopped after {attempt} tries, the rest stays queued",
                    Outcome(who, "queued", detail, attempt),
                ) from None
            return Outcome(who, "queued", detail, attempt)
        except PermanentDeliveryError as exc:
            ledger.mark(key, who, "failed", now(), str(exc))
            return Outcome(who, "failed", str(exc), attempt)
        except FatalDeliveryError as exc:
            ledger.mark(key, who, "queued", now(), str(exc))
            raise
        ledger.mark(key, who, "sent", now())
        return Outcome(who, "sent", "", attempt)


def resolve_uncertain(
    settings: Settings, *, resend: bool, recipients: list[str] | None, now: datetime
) -> list[Row]:
    """Settle uncertain rows: `resend` queues them again, else records them as delivered."""
    note = f"resolved by hand at {now.isoformat(timespec='seconds')}: " + (
        "to be sent again" if resend else "delivered"
    )
    with open_ledger(settings.ledger_path()) as ledger:
        return ledger.resolve("queued" if resend else "sent", now, note, recipients)


def reset_ledger(settings: Settings, brief: Brief, now: datetime) -> tuple[Path | None, str, int]:
    """Start a new ledger in which `brief` counts as sent to every recipient.

    Returns where the old file went, the digest key and how many rows were recorded.
    """
    recipients = settings.recipient_list()
    day = settings.schedule.slot(now).date()
    chash = content_hash(brief)
    key = digest_key(day, chash)
    with fresh_ledger(settings.ledger_path(), now) as (ledger, aside):
        entries = [(who, message_id(key, who, settings.mail.sender)) for who in recipients]
        note = f"assumed sent: ledger reset at {now.isoformat(timespec='seconds')}"
        ledger.queue(key, day, chash, brief.title, entries, now, state="sent", error=note)
    return aside, key, len(entries)
