"""Commands only: parse arguments, call the library, turn BriefingError into messages."""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from briefing.errors import BriefingError, ConfigError

F = TypeVar("F", bound=Callable[..., Any])


def friendly(func: F) -> F:
    """Turn a BriefingError into a one-line message and its exit code, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except BriefingError as exc:
            # One "error:" line per problem (settings may report several at once).
            for line in str(exc).splitlines() or [type(exc).__name__]:
                click.echo(f"error: {line}", err=True)
            sys.exit(exc.exit_code)

    return wrapper  # type: ignore[return-value]


GLOBAL_FLAGS = frozenset({"-v", "--verbose"})


class _Main(click.Group):
    """The command group: its global flags (-v) also work after the subcommand."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        end = args.index("--") if "--" in args else len(args)
        flags = [a for a in args[:end] if a in GLOBAL_FLAGS]
        rest = [a for i, a in enumerate(args) if i >= end or a not in GLOBAL_FLAGS]
        return super().parse_args(ctx, flags + rest)


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="briefing")
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does.")
def main(verbose: bool) -> None:
    """Neutral, cited news briefs from several outlets' coverage of one event."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # basicConfig leaves a root logger that already has handlers alone; the level still applies
    logging.getLogger().setLevel(logging.INFO if verbose else logging.WARNING)


config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Settings file (default: $BRIEFING_CONFIG, else ./briefing.toml if present).",
)

json_flag = click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print one JSON object saying what was done (warnings included), nothing else.",
)

archive_flag = click.option(
    "--archive",
    "archive",
    is_flag=True,
    help="Also add the brief to the web archive ([archive] dir, default out/archive).",
)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for brief.json, brief.html, brief.txt and brief.eml (default: [output] dir, out).",
)
@click.option(
    "--min-sources",
    type=click.IntRange(1),
    default=None,
    help="Independent groups a fact needs (default: [brief] min_sources, 2).",
)
@click.option(
    "--explain", is_flag=True, help="Print what was dropped and why, and each fact's support."
)
@click.option(
    "--templates",
    "templates_dir",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of templates that override the built-in ones (brief.mjml.j2, brief.txt.j2).",
)
@click.option(
    "--lexicon",
    "lexicon_file",
    default=None,
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Extra loaded terms (`term = neutral` lines) added to the built-in list.",
)
@config_option
@archive_flag
@json_flag
@friendly
def build(
    paths: tuple[Path, ...],
    out_dir: Path | None,
    min_sources: int | None,
    explain: bool,
    templates_dir: Path | None = None,
    lexicon_file: Path | None = None,
    config_file: Path | None = None,
    archive: bool = False,
    as_json: bool = False,
) -> None:
    """Build a brief from article files and folders (PATH...)."""
    from briefing import app

    # flags win over the settings file and BRIEFING_* variables, which win over defaults
    settings = app.load(config_file)
    built = app.build(
        settings,
        paths,
        out_dir=out_dir,
        templates=templates_dir,
        min_sources=min_sources,
        lexicon=lexicon_file,
    )
    for line in [] if as_json else built.warnings:
        click.echo(f"warning: {line}", err=True)
    if explain and not as_json:
        from briefing.output.explain import explain_text

        click.echo(explain_text(built.result))
    brief = built.result.brief
    archived = _archive(brief, settings, out_dir, quiet=as_json) if archive else None
    if as_json:
        from briefing.reports import WrittenReport

        report = WrittenReport.of("build", brief, built.written, built.warnings, archived)
        click.echo(report.to_json())
        return
    for path in built.written:
        click.echo(f"wrote {path}")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port on 127.0.0.1 (0 picks a free one).",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the preview in the web browser.")
@click.option(
    "--templates",
    "templates_dir",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of templates that override the built-in ones.",
)
@click.option(
    "--brief",
    "brief_json",
    default=None,
    type=click.Path(dir_okay=False, path_type=Path),
    help="brief.json to show when no PATH is given (default: [output] dir/brief.json).",
)
@config_option
@friendly
def preview(
    paths: tuple[Path, ...],
    port: int,
    open_browser: bool,
    templates_dir: Path | None,
    brief_json: Path | None,
    config_file: Path | None = None,
) -> None:
    """Serve a live preview of the brief built from PATH... (or of --brief) on 127.0.0.1."""
    from briefing import app
    from briefing.preview import PreviewServer

    settings = app.load(config_file)
    build_fn, watched = app.preview_source(settings, list(paths), brief_json)
    server = PreviewServer(
        build_fn,
        watch=watched,
        templates=templates_dir or settings.output.templates,
        port=port,
        unsubscribe_url=app.preview_unsubscribe_url(settings),
    )
    server.start()
    click.echo(f"preview on {server.url} (Ctrl-C stops)")
    if server.error:
        click.echo(f"error: {server.error}", err=True)
    if open_browser:
        import webbrowser

        webbrowser.open(server.url)
    try:
        server.wait()
    except KeyboardInterrupt:
        click.echo("stopped")
    finally:
        server.close()


@main.command()
@click.argument("sources", nargs=-1, metavar="[SOURCE]...")
@click.option(
    "--feed", "feeds", multiple=True, metavar="URL|FILE", help="An RSS/Atom feed (repeatable)."
)
@click.option(
    "--url-list",
    "url_lists",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="A file of page URLs, one a line (repeatable).",
)
@click.option(
    "--out",
    "out_dir",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for brief.json, brief.html, brief.txt and brief.eml (default: [output] dir, out).",
)
@click.option(
    "--state",
    "state_dir",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="State folder; the HTTP cache lives in STATE/http (default: [output] state_dir).",
)
@click.option(
    "--max-stories",
    type=click.IntRange(1),
    default=None,
    help="Stories kept (default: [digest] max_stories, 10).",
)
@click.option(
    "--min-articles",
    type=click.IntRange(1),
    default=None,
    help="Articles a story needs to be kept (default: [digest] min_articles, 2).",
)
@click.option(
    "--workers",
    type=click.IntRange(1),
    default=None,
    help="Processes building stories (default: [digest] workers, the machine's cores).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(0.1, 600),
    default=None,
    help="Seconds to wait for each HTTP response (default 15).",
)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Let links in feeds reach loopback, private and link-local addresses.",
)
@click.option(
    "--min-sources",
    type=click.IntRange(1),
    default=None,
    help="Independent groups a fact needs (default: [brief] min_sources, 2).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bars.")
@archive_flag
@json_flag
@config_option
@friendly
def digest(
    sources: tuple[str, ...],
    feeds: tuple[str, ...],
    url_lists: tuple[str, ...],
    out_dir: Path | None,
    state_dir: Path | None,
    max_stories: int | None,
    min_articles: int | None,
    workers: int | None,
    timeout: float | None,
    min_sources: int | None,
    quiet: bool,
    allow_private: bool = False,
    archive: bool = False,
    config_file: Path | None = None,
    as_json: bool = False,
) -> None:
    """Build a digest of the top stories from folders, files, feeds and URL lists (SOURCE...).

    With --config, [brief] title and min_sources, [digest] and [output] apply; flags win.
    """
    from briefing import app
    from briefing.digest.build import ProgressBars
    from briefing.errors import InputError

    if not (sources or feeds or url_lists):
        raise InputError("digest: no sources given; name folders, files, feeds or --url-list files")
    settings = app.load(config_file)
    flags = app.DigestFlags(
        out_dir=out_dir,
        state_dir=state_dir,
        max_stories=max_stories,
        min_articles=min_articles,
        workers=workers,
        timeout=timeout,
        min_sources=min_sources,
        allow_private=allow_private or None,
    )
    quiet = quiet or as_json
    with ProgressBars(quiet=quiet) as progress:
        result = app.run_digest(
            settings,
            list(sources),
            feeds=list(feeds),
            url_lists=list(url_lists),
            flags=flags,
            progress=progress,
        )
    for line in [] if as_json else result.brief.warnings:
        click.echo(f"warning: {line}", err=True)
    counts = result.counts
    if not quiet:
        click.echo(
            f"{counts.articles} articles, {counts.groups} stories of "
            f"{min_articles or settings.digest.min_articles}+ articles, {counts.stories} in the "
            f"digest ({counts.downloaded} downloaded, {counts.not_modified} unchanged)",
            err=True,
        )
    written = app.write_digest(settings, result, out_dir)
    archived = _archive(result.brief, settings, out_dir, quiet=as_json) if archive else None
    if as_json:
        from briefing.reports import WrittenReport

        warnings = list(result.brief.warnings)
        click.echo(WrittenReport.of("digest", result.brief, written, warnings, archived).to_json())
        return
    for path in written:
        click.echo(f"wrote {path}")


def _archive(brief: Any, settings: Any, out_dir: Path | None, *, quiet: bool = False) -> Path:
    """Add a built brief to the web archive ([archive] dir, else OUT/archive) and say where."""
    from briefing import app

    page = Path(app.archive(settings, brief, out_dir))
    if not quiet:
        click.echo(f"archived {page}")
    return page


@main.command()
def schema() -> None:
    """Print the JSON Schema of brief.json."""
    from briefing.model import brief_schema

    click.echo(json.dumps(brief_schema(), indent=2))


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per quote, one per line.")
@click.option(
    "--doubled-marks",
    is_flag=True,
    help="Also read ''doubled apostrophes'' as quotation marks (ASCII news archives).",
)
@friendly
def quotes(files: tuple[Path, ...], as_json: bool, doubled_marks: bool = False) -> None:
    """Print every direct quote in FILE... with its speaker, role and organization."""
    from briefing.stages.ingest import read_article
    from briefing.stages.quotes import iter_quote_rows

    rows: list[dict[str, object]] = []
    for path in files:
        article = read_article(path)
        rows.extend(iter_quote_rows(article.text, str(path), doubled_marks))
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    # whole quotes, wrapped: a cut quote would put words in no one's mouth
    table = Table(show_lines=True)
    table.add_column("file", overflow="fold", max_width=14)
    table.add_column("quote", overflow="fold", ratio=4)
    for name in ("speaker", "role", "organization", "cue"):
        table.add_column(name, overflow="fold", ratio=1)
    for row in rows:
        quote = str(row["text"])
        table.add_row(
            Path(str(row["file"])).name,
            quote,
            str(row["speaker"] or "—"),
            str(row["role"] or ""),
            str(row["organization"] or ""),
            str(row["cue"] or ""),
        )
    Console().print(table)


# Settings, delivery and scheduling (settings.py, delivery/, schedule.py).


@main.group("config")
def config_group() -> None:
    """Inspect the settings (briefing.toml, BRIEFING_* variables)."""


@config_group.command("check")
@config_option
@friendly
def config_check(config_file: Path | None) -> None:
    """Validate the settings and print the effective values, secrets masked.

    \b
    Precedence: defaults < briefing.toml < BRIEFING_* variables < flags.
    The file: --config, else $BRIEFING_CONFIG, else ./briefing.toml.
    Variables: BRIEFING_<SECTION>__<KEY>, e.g. BRIEFING_DELIVERY__PORT=2526,
    BRIEFING_MAIL__RECIPIENTS='a@x.org,b@x.org' (or a JSON array).
    Secrets only from the environment, never the file:
    BRIEFING_SMTP_PASSWORD (SMTP login), BRIEFING_SECRET
    (unsubscribe token = HMAC-SHA256 of the lower-cased address; required
    when mail.unsubscribe_url is set).
    """
    from datetime import UTC, datetime

    from briefing import app
    from briefing.schedule import dst_warnings

    settings = app.load(config_file)
    click.echo(settings.report(), nl=False)
    warnings = dst_warnings(settings.schedule, datetime.now(UTC)) + settings.sender_warnings()
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    problems = settings.secret_problems()
    if problems:
        raise ConfigError("\n".join(problems))
    click.echo("ok: settings are valid", err=True)


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


@main.command()
@click.argument(
    "path", required=False, default=Path("briefing.toml"), type=click.Path(path_type=Path)
)
@friendly
def init(path: Path) -> None:
    """Write a commented starter settings file (default ./briefing.toml); never overwrites."""
    from briefing.settings import write_starter

    write_starter(path)
    click.echo(f"wrote {path}")
    click.echo(
        "next: set [mail] sender and recipients, put articles in the [sources] folder, then "
        "`briefing config check` and `briefing send --to you@your.domain`",
        err=True,
    )


if __name__ == "__main__":  # pragma: no cover
    main()
