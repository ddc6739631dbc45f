"""Sending a brief: one message per recipient, each step recorded in the ledger.

- a recipient who already got a brief with the same content hash is skipped, unless `--force`;
- transient failures are retried with bounded exponential backoff; after the last try the row
  stays queued for the next run;
- a 5xx for one recipient marks that row failed and the batch goes on; a failure that concerns
  every message (login, sender refused) stops the batch and leaves the rest queued.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Literal

from briefing.delivery.ledger import Ledger, Row, digest_key, message_id
from briefing.delivery.transports import (
    FatalDeliveryError,
    PermanentDeliveryError,
    TransientDeliveryError,
    Transport,
    make_transport,
)
from briefing.errors import DeliveryError
from briefing.model import Brief
from briefing.output.message import content_hash
from briefing.settings import Settings

log = logging.getLogger(__name__)

Status = Literal["sent", "skipped", "failed", "uncertain", "would send"]


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
    note: str = ""
    """Why nothing was sent at all (e.g. nothing new since the last issue)."""

    def count(self, status: Status) -> int:
        """Return how many recipients ended with `status`."""
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def ok(self) -> bool:
        """Return whether nothing failed."""
        return self.count("failed") == 0 and self.aborted is None

    def summary(self) -> str:
        """Return the one-line summary the CLI prints."""
        if self.note:
            return self.note
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
    from briefing.delivery.suppression import split_suppressed

    recipients, unsubscribed = split_suppressed(settings, recipients)
    day = scheduled or settings.schedule.slot(now()).date()
    chash = content_hash(brief)
    chosen = transport or make_transport(settings)
    path = settings.ledger_path()
    # A dry run leaves no trace: without a ledger yet, it reads an empty one in memory.
    with Ledger(Path(":memory:") if dry_run and not path.exists() else path) as ledger:
        revision = ledger.revision_for(day, chash) if force else 0
        key = digest_key(day, chash, revision)
        report = SendReport(digest=key, transport=chosen.name, dry_run=dry_run)
        report.outcomes.extend(Outcome(who, "skipped", "unsubscribed") for who in unsubscribed)
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
            _remember_tokens(settings, to_queue)
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


def _remember_tokens(settings: Settings, recipients: list[str]) -> None:
    """Record who each unsubscribe token belongs to, so `briefing serve` can answer it."""
    if settings.mail.unsubscribe_url is None or settings.unsubscribe_secret is None:
        return
    from briefing.delivery.suppression import SuppressionList

    with SuppressionList.for_settings(settings) as book:
        book.remember_tokens((settings.unsubscribe_token(who), who) for who in recipients)


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
