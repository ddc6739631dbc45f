"""Delivery commands: send, ledger, serve, subscribers, schedule (registered on `cli.main`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from briefing.cli import config_option, friendly, json_flag, main


def _print_report(report: Any, warnings: list[str]) -> None:
    """Echo build warnings, each recipient's outcome and the summary."""
    for line in warnings:
        click.echo(f"warning: {line}", err=True)
    for outcome in report.outcomes:
        detail = f" ({outcome.detail})" if outcome.detail else ""
        click.echo(f"{outcome.status}: {outcome.recipient}{detail}")
    if report.aborted:
        click.echo(f"error: {report.aborted}", err=True)
    click.echo(report.summary())


@main.command()
@config_option
@click.option(
    "--dry-run",
    is_flag=True,
    help="Build and check every message; send nothing, write them to out/dry-run/DIGEST/.",
)
@click.option(
    "--to",
    "to",
    metavar="ADDRESS",
    default=None,
    help="A test send to this one address (marked [test]; not recorded as an issue).",
)
@json_flag
@click.option(
    "--force",
    is_flag=True,
    help="Also retry recipients whose earlier try failed for good, and let a digest repeat "
    "stories already sent; never sends a brief again to anyone who got, or may have got, it.",
)
@click.option(
    "--brief",
    "brief_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Send this brief.json instead of building one from [sources].",
)
@friendly
def send(
    config_file: Path | None,
    dry_run: bool,
    force: bool,
    brief_file: Path | None,
    to: str | None = None,
    as_json: bool = False,
) -> None:
    """Build the brief and send one message per recipient (outbox or SMTP).

    Each (digest, recipient) is recorded in the send ledger, so a rerun sends only what is
    still queued and an unchanged brief is not sent twice. Exits 1 if any recipient failed
    or is still queued, 3 if only uncertain rows remain (see `briefing ledger resolve`),
    75 if another run holds the ledger.
    """
    from briefing import app

    settings = app.load(config_file)
    report, warnings = app.send(
        settings, brief_file=brief_file, force=force, dry_run=dry_run, to=to
    )
    if as_json:
        from briefing.reports import SendResult

        click.echo(SendResult.of(report, warnings).to_json())
    else:
        _print_report(report, warnings)
    if report.exit_code:
        sys.exit(report.exit_code)


@main.group(invoke_without_command=True)
@config_option
@click.option("--limit", type=click.IntRange(1), default=10, show_default=True)
@json_flag
@click.pass_context
@friendly
def ledger(ctx: click.Context, config_file: Path | None, limit: int, as_json: bool = False) -> None:
    """List recent digests and each recipient's delivery state.

    \b
    briefing ledger resolve --delivered|--resend ADDRESS...|--all   settle uncertain rows
    briefing ledger reset [--brief FILE]   start over after a damaged or lost ledger
    """
    if ctx.invoked_subcommand is not None:
        return
    from briefing import app
    from briefing.reports import ledger_report

    report = ledger_report(app.load(config_file), limit)
    if as_json:
        click.echo(report.to_json())
        return
    if not report.recorded:
        click.echo(f"no sends recorded yet ({report.ledger})")
        return
    for issue in report.issues:
        click.echo(f"{issue.key}  {issue.title}  (queued {issue.created_at})")
        for line in issue.headlines:
            click.echo(f"  | {line}")
        for row in issue.deliveries:
            error = f"  {row.error}" if row.error else ""
            click.echo(
                f"  {row.state:<9} {row.recipient}  tries={row.attempts}  {row.updated_at}{error}"
            )


@ledger.command("resolve")
@config_option
@click.option("--delivered", "verdict", flag_value="delivered", help="Record them as sent.")
@click.option("--resend", "verdict", flag_value="resend", help="Queue them for the next send.")
@click.option("--all", "everyone", is_flag=True, help="Every uncertain row.")
@click.argument("addresses", nargs=-1)
@friendly
def ledger_resolve(
    config_file: Path | None, verdict: str | None, everyone: bool, addresses: tuple[str, ...]
) -> None:
    """Settle uncertain rows: record them as delivered, or queue them to be sent again.

    A row is uncertain when its message may have reached the server (the connection failed
    after the whole message went out, or a run died mid-send). Check with the recipient or
    the server's log first: --resend may deliver a second copy.
    """
    from datetime import UTC, datetime

    from briefing import app
    from briefing.delivery.send import resolve_uncertain

    if verdict is None or everyone == bool(addresses):
        raise click.UsageError("give --delivered or --resend, and ADDRESS... or --all")
    settings = app.load(config_file)
    rows = resolve_uncertain(
        settings,
        resend=verdict == "resend",
        recipients=None if everyone else list(addresses),
        now=datetime.now(UTC),
    )
    for row in rows:
        click.echo(f"{verdict}: {row.recipient} ({row.digest})")
    if verdict == "resend" and rows:
        click.echo("queued again: the next `briefing send` of the same brief sends them")
    click.echo(f"{len(rows)} uncertain row(s) resolved")
    if not everyone:
        missing = {a.lower() for a in addresses} - {r.recipient.lower() for r in rows}
        if missing:
            click.echo(f"error: no uncertain row for: {', '.join(sorted(missing))}", err=True)
            sys.exit(1)


@ledger.command("reset")
@config_option
@click.option(
    "--brief",
    "brief_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The brief now due, as brief.json (default: build it from [sources]).",
)
@friendly
def ledger_reset(config_file: Path | None, brief_file: Path | None) -> None:
    """Start a new ledger in which the brief now due counts as sent to every recipient.

    The way out of a damaged or lost ledger that never resends: the old file is kept aside,
    nobody gets the current brief twice (anyone who had not got it yet misses it), and the
    next changed brief goes out as usual.
    """
    from datetime import UTC, datetime

    from briefing import app
    from briefing.delivery.send import reset_ledger

    settings = app.load(config_file)
    # The very brief `send` would send now (a digest without the stories already sent).
    brief, _, nothing_new = app.brief_due(settings, brief_file=brief_file)
    aside, key, count = reset_ledger(settings, brief, datetime.now(UTC))
    if aside is not None:
        click.echo(f"old ledger kept as {aside}")
    if brief is None:
        click.echo(f"new, empty ledger: {nothing_new}")
    else:
        click.echo(f"new ledger: digest {key} recorded as sent to {count} recipient(s), none sent")


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8025,
    show_default=True,
    help="Port (0 picks a free one).",
)
@config_option
@friendly
def serve_command(host: str, port: int, config_file: Path | None) -> None:
    """Serve the reader pages: one-click unsubscribe and the archive (behind a reverse proxy).

    \b
    GET  /                      the archive index; /archive/... its pages and feed.xml
    GET  /unsubscribe/TOKEN     a confirmation page with one button
    POST /unsubscribe/TOKEN     RFC 8058 one-click, or the button: suppress the address
    Needs $BRIEFING_SECRET when mail.unsubscribe_url is set. See docs/serving.md.
    """
    from briefing import app, serve

    settings = app.load(config_file)
    for warning in serve.check_settings(settings):
        click.echo(f"warning: {warning}", err=True)
    sock = serve.bind(host, port)
    click.echo(f"serving on {serve.url_of(sock)} (Ctrl-C stops)", err=False)
    sys.stdout.flush()
    try:
        serve.run(settings, sock)
    finally:
        sock.close()


@main.group("subscribers")
def subscribers_group() -> None:
    """Who receives the brief: the recipients, minus the suppression list."""


@subscribers_group.command("list")
@config_option
@friendly
def subscribers_list(config_file: Path | None) -> None:
    """List every recipient with its state (active or unsubscribed) and where it is set."""
    from briefing import app
    from briefing.delivery.suppression import split_suppressed

    settings = app.load(config_file)
    recipients = settings.recipient_list()
    _, suppressed = split_suppressed(settings, recipients)
    dropped = {who.lower() for who in suppressed}
    inline = {who.lower() for who in settings.mail.recipients}
    for who in recipients:
        state = "unsubscribed" if who.lower() in dropped else "active"
        where = "mail.recipients" if who.lower() in inline else str(settings.mail.recipients_file)
        click.echo(f"{state:<12} {who}  ({where})")
    click.echo(f"{len(recipients) - len(dropped)} active, {len(dropped)} unsubscribed", err=True)


@subscribers_group.command("add")
@click.argument("address")
@config_option
@friendly
def subscribers_add(address: str, config_file: Path | None) -> None:
    """Add ADDRESS to mail.recipients_file (and lift its suppression, if any)."""
    from briefing import app
    from briefing.delivery.suppression import add_subscriber

    for line in add_subscriber(app.load(config_file), address):
        click.echo(line)


@subscribers_group.command("remove")
@click.argument("address")
@config_option
@friendly
def subscribers_remove(address: str, config_file: Path | None) -> None:
    """Stop mailing ADDRESS: drop it from recipients_file, and suppress it if set inline."""
    from briefing import app
    from briefing.delivery.suppression import remove_subscriber

    for line in remove_subscriber(app.load(config_file), address):
        click.echo(line)


@subscribers_group.command("suppressed")
@config_option
@friendly
def subscribers_suppressed(config_file: Path | None) -> None:
    """List the suppressed addresses: when and how each unsubscribed."""
    from briefing import app
    from briefing.delivery.suppression import SuppressionList, suppression_path

    settings = app.load(config_file)
    if not suppression_path(settings).exists():
        click.echo("no one has unsubscribed")
        return
    with SuppressionList.for_settings(settings) as book:
        rows = book.suppressed()
    for row in rows:
        click.echo(f"{row.created_at}  {row.how:<9} {row.address}")
    if not rows:
        click.echo("no one has unsubscribed")


@main.command("schedule")
@config_option
@click.option("--run-now", is_flag=True, help="Run one digest now in this process, then exit.")
@friendly
def schedule_command(config_file: Path | None, run_now: bool) -> None:
    """Run the digest on [schedule] cron in the foreground (one scheduler process only).

    APScheduler with a SQLite job store in the state folder; a run missed while stopped
    runs once on restart (within schedule.misfire_grace_hours). Stop with Ctrl-C or SIGTERM.
    """
    from briefing import app
    from briefing.schedule import run_once, serve

    settings = app.load(config_file)
    if run_now:
        report, warnings = run_once(settings)
        _print_report(report, warnings)
        if report.exit_code:
            sys.exit(report.exit_code)
        return
    path = app.config_path(config_file)
    serve(settings, path.resolve() if path else None)
