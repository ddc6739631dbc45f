"""What a command did, as one JSON object (`--json` on build, digest, send and ledger).

These records are the machine-readable contract of the command line: a script reads what was
written or sent from them instead of parsing messages. Fields may be added, never renamed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict

if TYPE_CHECKING:
    from briefing.delivery.send import SendReport
    from briefing.model import Brief
    from briefing.settings import Settings


class Report(BaseModel):
    """Base for command reports: no field outside the contract."""

    model_config = ConfigDict(extra="forbid")

    def to_json(self) -> str:
        """Return the report as one JSON object on one line."""
        return self.model_dump_json()


class WrittenReport(Report):
    """What `build` or `digest` wrote."""

    command: Literal["build", "digest"]
    title: str
    headlines: list[str]
    articles: int
    written: list[str]
    archived: str | None = None
    warnings: list[str] = []

    @classmethod
    def of(
        cls,
        command: Literal["build", "digest"],
        brief: Brief,
        written: list[Path],
        warnings: list[str],
        archived: Path | None = None,
    ) -> WrittenReport:
        """Return the report of a brief written to `written`."""
        return cls(
            command=command,
            title=brief.title,
            headlines=[story.headline for story in brief.stories],
            articles=len(brief.sources),
            written=[str(p) for p in written],
            archived=str(archived) if archived else None,
            warnings=warnings,
        )


class OutcomeReport(Report):
    """What happened to one recipient."""

    recipient: str
    status: str
    detail: str = ""
    attempts: int = 0


class SendResult(Report):
    """What `send` did: each recipient's outcome, and where a dry run wrote its messages."""

    command: Literal["send"] = "send"
    digest: str
    transport: str
    dry_run: bool
    test: bool
    ok: bool
    summary: str
    folder: str | None = None
    aborted: str | None = None
    outcomes: list[OutcomeReport] = []
    warnings: list[str] = []

    @classmethod
    def of(cls, report: SendReport, warnings: list[str]) -> SendResult:
        """Return the JSON record of a send run."""
        return cls(
            digest=report.digest,
            transport=report.transport,
            dry_run=report.dry_run,
            test=report.test,
            ok=report.ok,
            summary=report.summary(),
            folder=str(report.folder) if report.folder else None,
            aborted=report.aborted,
            outcomes=[
                OutcomeReport(
                    recipient=o.recipient, status=o.status, detail=o.detail, attempts=o.attempts
                )
                for o in report.outcomes
            ],
            warnings=warnings,
        )


class DeliveryRow(Report):
    """One recipient's state for one issue."""

    recipient: str
    state: str
    attempts: int
    updated_at: str
    error: str = ""


class LedgerIssue(Report):
    """One issue in the send ledger, with its headlines ("Updated: " marks an updated story)."""

    key: str
    title: str
    scheduled_date: str
    created_at: str
    headlines: list[str] = []
    deliveries: list[DeliveryRow] = []


class LedgerReport(Report):
    """The newest issues in the send ledger."""

    command: Literal["ledger"] = "ledger"
    ledger: str
    recorded: bool = False
    """Whether any send was recorded yet."""
    issues: list[LedgerIssue] = []


def ledger_report(settings: Settings, limit: int = 10) -> LedgerReport:
    """Return the newest `limit` issues of the send ledger (none if nothing was sent yet)."""
    from briefing.delivery.history import StoryHistory, history_path
    from briefing.delivery.ledger import MARKER_NAME, open_ledger

    path = settings.ledger_path()
    report = LedgerReport(ledger=str(path))
    if not path.exists() and not path.with_name(MARKER_NAME).exists():
        return report
    # read-only, after checking the ledger is the one the last run left (a lost one is an error)
    with open_ledger(path, write=False) as book:
        digests = book.recent(limit)
    report.recorded = True
    headlines: dict[str, list[str]] = {}
    if history_path(settings).exists():
        with StoryHistory.for_settings(settings) as stories:
            for digest in digests:
                headlines[digest.key] = [
                    ("Updated: " if h.updated else "") + h.headline
                    for h in stories.headlines(digest.key)
                ]
    report.issues = [
        LedgerIssue(
            key=d.key,
            title=d.title,
            scheduled_date=d.scheduled_date,
            created_at=d.created_at,
            headlines=headlines.get(d.key, []),
            deliveries=[
                DeliveryRow(
                    recipient=r.recipient,
                    # a row left in `sending` may or may not have arrived
                    state="uncertain" if r.state == "sending" else r.state,
                    attempts=r.attempts,
                    updated_at=r.updated_at,
                    error=r.error,
                )
                for r in d.rows
            ],
        )
        for d in digests
    ]
    return report
