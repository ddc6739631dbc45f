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

out_option = click.option(
    "--out",
    "out_dir",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for brief.json, brief.html, brief.txt and brief.eml (default: [output] dir, out).",
)
min_sources_option = click.option(
    "--min-sources",
    type=click.IntRange(1),
    default=None,
    help="Independent groups a fact needs (default: [brief] min_sources, 2).",
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
@out_option
@min_sources_option
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
@out_option
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
@min_sources_option
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
    if not quiet:
        click.echo(result.counts.summary(min_articles or settings.digest.min_articles), err=True)
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
@click.option("--quotes", "quote_rows", is_flag=True, help="Of a `quotes --json` line instead.")
def schema(quote_rows: bool = False) -> None:
    """Print the JSON Schema of brief.json."""
    from briefing.model import brief_schema, quote_row_schema

    click.echo(json.dumps(quote_row_schema() if quote_rows else brief_schema(), indent=2))


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
    from briefing import app

    rows = app.quote_rows(files, doubled_marks)
    if as_json:
        for row in rows:
            click.echo(row.model_dump_json())
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
        table.add_row(
            Path(row.file).name, row.text, row.speaker or "—", row.role, row.organization, row.cue
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


# The delivery commands (send, ledger, serve, subscribers, schedule) live in mail_commands.py;
# importing it registers them on `main`.
from briefing import mail_commands  # noqa: E402, F401


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
    # `python -m briefing.cli`: mail_commands registered its commands on the imported module
    from briefing.cli import main as registered_main

    registered_main()
