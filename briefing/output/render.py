"""Brief -> MJML -> email HTML, and Brief -> plain text, through Jinja2 templates.

Both outputs come from Jinja2 templates in the package folder `briefing/templates/` (a user folder,
if given, is searched first). The HTML template is MJML with autoescape on, compiled to email
HTML by mjml-python; the text template is its own template, wrapped at 72 columns.
"""

from __future__ import annotations

import logging
import re
import traceback
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    select_autoescape,
)
from mjml import mjml2html

from briefing.errors import RenderError
from briefing.model import Brief
from briefing.output.views import (
    cite,
    inner_quotes,
    keep_figures,
    plural,
    refs_text,
    sentence,
    template_context,
    typographic,
    wrap,
)

log = logging.getLogger(__name__)

BUILTIN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
HTML_TEMPLATE = "brief.mjml.j2"
TEXT_TEMPLATE = "brief.txt.j2"
TEMPLATE_FOLDERS: list[Path] = []
"""Plugin template folders: searched after the user's override folder, before the built-ins."""


def register_templates(folder: Path) -> None:
    """Search `folder` for templates before the built-in ones (a plugin's own templates)."""
    if folder not in TEMPLATE_FOLDERS:
        TEMPLATE_FOLDERS.append(folder)


def environment(templates: Path | None = None) -> Environment:
    """Return the Jinja environment: `templates` first (if given), then the built-in folder."""
    loaders = []
    if templates is not None:
        if not templates.is_dir():
            raise RenderError(
                f"{templates}: templates folder not found; pass an existing folder to --templates"
            )
        loaders.append(FileSystemLoader(templates))
    loaders.extend(FileSystemLoader(folder) for folder in TEMPLATE_FOLDERS)
    loaders.append(FileSystemLoader(BUILTIN_TEMPLATES))
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(
            enabled_extensions=("html", "htm", "xml", "mjml", "mjml.j2", "html.j2"),
            default_for_string=True,
            default=False,
        ),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["wrap"] = wrap
    env.filters["keep"] = keep_figures
    env.filters["refs"] = refs_text
    env.filters["plural"] = plural
    env.filters["sentence"] = sentence
    env.filters["typo"] = typographic
    env.filters["inner"] = inner_quotes
    env.filters["cite"] = cite
    return env


def _template_location(exc: BaseException, fallback: str) -> str:
    """Return "file:line" of the innermost template frame in `exc`'s traceback."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename and not frame.filename.endswith(".py") and frame.lineno:
            return f"{frame.filename}:{frame.lineno}"
    return fallback


def _render_template(env: Environment, name: str, context: dict[str, Any]) -> tuple[str, str]:
    """Return (rendered text, template file name)."""
    try:
        template = env.get_template(name)
    except TemplateNotFound as exc:
        raise RenderError(
            f"{exc.name}: template not found in the templates folder or the built-in ones; "
            "add it or drop --templates"
        ) from exc
    except TemplateSyntaxError as exc:
        raise RenderError(
            f"{exc.filename or name}:{exc.lineno}: template syntax error ({exc.message}); "
            "fix the template"
        ) from exc
    filename = template.filename or name
    try:
        return template.render(context), filename
    except TemplateSyntaxError as exc:  # from an {% include %} of a broken file
        raise RenderError(
            f"{exc.filename or name}:{exc.lineno}: template syntax error ({exc.message}); "
            "fix the template"
        ) from exc
    except TemplateError as exc:
        where = _template_location(exc, filename)
        raise RenderError(f"{where}: template error ({exc}); fix the template") from exc


class _TagChecker(HTMLParser):
    """Finds the first unbalanced MJML tag and the (rendered) line it is on."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[tuple[str, int, str]] = []
        self.problem: tuple[int, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag.startswith("mj") and self.problem is None:
            text = self.get_starttag_text() or f"<{tag}>"
            self.stack.append((tag, self.getpos()[0], text))

    def handle_endtag(self, tag: str) -> None:
        if not tag.startswith("mj") or self.problem is not None:
            return
        if self.stack and self.stack[-1][0] == tag:
            self.stack.pop()
        elif self.stack:
            _, line, text = self.stack[-1]
            self.problem = (line, f"{text} is not closed before </{tag}>")
        else:
            self.problem = (self.getpos()[0], f"</{tag}> closes nothing")

    def result(self) -> tuple[int, str] | None:
        if self.problem is None and self.stack:
            _, line, text = self.stack[-1]
            return (line, f"{text} is never closed")
        return self.problem


def _first_problem(source: str) -> tuple[int, str] | None:
    """Return (line, what) for the first unbalanced MJML tag in rendered MJML."""
    checker = _TagChecker()
    checker.feed(source)
    checker.close()
    return checker.result()


def _locate_mjml_error(source: str, template_file: str) -> str:
    """Return "file:line: what" for the first MJML problem, as near as it can be placed."""
    found = _first_problem(source)
    if found is None:
        return template_file
    line, what = found
    rendered = source.splitlines()[line - 1].strip()
    try:
        template_lines = Path(template_file).read_text(encoding="utf-8").splitlines()
    except OSError:
        template_lines = []
    # A line without template expressions renders unchanged, so it can be found again.
    same = [n for n, text in enumerate(template_lines, start=1) if text.strip() == rendered]
    if len(same) == 1:
        return f"{template_file}:{same[0]}: {what}"
    return f"{template_file} (line {line} of the rendered MJML): {what}"


def compile_mjml(source: str, *, template_file: str = HTML_TEMPLATE) -> str:
    """Return email HTML compiled from MJML; a RenderError names the template file and line."""
    try:
        return mjml2html(source, disable_comments=True, fonts={})
    except ValueError as exc:
        where = _locate_mjml_error(source, template_file)
        raise RenderError(f"{where}: MJML does not compile ({exc}); fix the template") from exc


def render_html(
    brief: Brief,
    *,
    templates: Path | None = None,
    unsubscribe_url: str | None = None,
    postal_address: str | None = None,
) -> str:
    """Return the brief as email HTML (Jinja2 -> MJML -> HTML)."""
    env = environment(templates)
    context = template_context(brief, unsubscribe_url, postal_address)
    source, filename = _render_template(env, HTML_TEMPLATE, context)
    html = compile_mjml(source, template_file=filename)
    return html if html.endswith("\n") else html + "\n"


_BLANK_RUNS = re.compile(r"\n{3,}")


def render_text(
    brief: Brief,
    *,
    templates: Path | None = None,
    unsubscribe_url: str | None = None,
    postal_address: str | None = None,
) -> str:
    """Return the brief as plain UTF-8 text wrapped at 72 columns."""
    env = environment(templates)
    context = template_context(brief, unsubscribe_url, postal_address)
    text, _ = _render_template(env, TEXT_TEMPLATE, context)
    lines = [line.rstrip() for line in text.splitlines()]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"
