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

from .errors import BriefingError

F = TypeVar("F", bound=Callable[..., Any])


def friendly(func: F) -> F:
    """Turn a BriefingError into a one-line message and its exit code, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except BriefingError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(exc.exit_code)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="briefing")
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does.")
def main(verbose: bool) -> None:
    """Neutral, cited news briefs from several outlets' coverage of one event."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    default=Path("out"),
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for brief.json, brief.html, brief.txt and brief.eml.",
)
@click.option("--min-sources", type=click.IntRange(1), default=None, help="Independent groups a fact needs (default 2).")
@click.option("--explain", is_flag=True, help="Print what was dropped and why, and each fact's support.")
@friendly
def build(paths: tuple[Path, ...], out_dir: Path, min_sources: int | None, explain: bool) -> None:
    """Build a brief from article files and folders (PATH...)."""
    from .pipeline import BuildOptions, build_brief
    from .render import write_outputs

    options = BuildOptions()
    if min_sources is not None:
        options = options.with_changes(min_sources=min_sources)
    result = build_brief([str(p) for p in paths], options)
    for line in result.skipped:
        click.echo(f"warning: {line}", err=True)
    for line in result.brief.warnings:
        click.echo(f"warning: {line}", err=True)
    if explain:
        from .explain import explain_text

        click.echo(explain_text(result))
    written = write_outputs(result.brief, out_dir)
    for path in written:
        click.echo(f"wrote {path}")


@main.command()
def schema() -> None:
    """Print the JSON Schema of brief.json."""
    from .model import brief_schema

    click.echo(json.dumps(brief_schema(), indent=2))


if __name__ == "__main__":  # pragma: no cover
    main()
