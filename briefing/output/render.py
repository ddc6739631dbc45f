"""Brief -> MJML -> HTML, Brief -> plain text, Brief -> EmailMessage, and atomic writing of out/.

Both outputs come from Jinja2 templates in the package folder `briefing/templates/` (a user folder,
if given, is searched first). The HTML template is MJML with autoescape on, compiled to email
HTML by mjml-python; the text template is its own template, wrapped at 72 columns.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
import textwrap
import traceback
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

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
from markupsafe import Markup, escape
from mjml import mjml2html

from briefing.errors import BriefingError, RenderError
from briefing.model import Brief, Disputed, Quote, Side, Source, Story

log = logging.getLogger(__name__)

BUILTIN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
HTML_TEMPLATE = "brief.mjml.j2"
TEXT_TEMPLATE = "brief.txt.j2"
TEXT_WIDTH = 72
OUTPUT_NAMES = ("brief.json", "brief.html", "brief.txt", "brief.eml")

# Invisible characters after the preheader, so inbox previews stop there instead of showing
# the first lines of the body.
PREHEADER_PAD = Markup("&#847;&zwnj;&nbsp;" * 90)
FONT_STACK = "-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif"
MONTHS = (
    "January February March April May June July August September October November December"
).split()
HOW_MADE = (
    "This brief was assembled by software from the articles listed above. It is extractive: "
    "every fact and quote is copied word for word from the cited articles, and nothing is "
    "written or rephrased by the software. Copies of the same article count as one source. "
    "Where outlets give different figures, all of them are shown."
)


@dataclass(frozen=True)
class MailOptions:
    """Who a written `brief.eml` is from and to, and where readers unsubscribe."""

    sender: str = "Briefing <brief@localhost>"
    recipient: str = "reader@localhost"
    unsubscribe_url: str | None = None


# View records: what the templates see, computed once so HTML and text say the same thing.


@dataclass(frozen=True, slots=True)
class SourceView:
    """One numbered entry of the sources list."""

    number: int
    id: str
    outlet: str
    title: str
    url: str | None
    published: str | None
    byline: str | None
    relation: str | None
    """E.g. "copies [2] Outlet (93% shared text)" for a derived article."""


@dataclass(frozen=True, slots=True)
class FactView:
    """A fact with its footnote numbers."""

    text: str
    refs: tuple[int, ...]
    count: int
    independent: int
    single_source: bool
    marker: str
    """E.g. "3 sources, 2 independent"."""


@dataclass(frozen=True, slots=True)
class VariantView:
    """One account of a disputed point, or another wording of a quote."""

    text: str
    value: str
    refs: tuple[int, ...]
    outlets: str


@dataclass(frozen=True, slots=True)
class DisputedView:
    """A point where accounts differ."""

    topic: str
    kind: str
    variants: tuple[VariantView, ...]


@dataclass(frozen=True, slots=True)
class QuoteView:
    """A verbatim quote and who said it, where."""

    text: str
    attribution: str
    refs: tuple[int, ...]
    wording_differs: bool
    variants: tuple[VariantView, ...]


@dataclass(frozen=True, slots=True)
class SideView:
    """One side's quotes, or a note that it has none."""

    stance: str
    label: str
    note: str | None
    quotes: tuple[QuoteView, ...]
    also: tuple[str, ...] = ()
    """Further speakers on this side, beyond the quotes shown: "Name, role, org [2]"."""


@dataclass(frozen=True, slots=True)
class StoryView:
    """One story as the templates show it."""

    number: int
    anchor: str
    headline: str
    summary: str
    built_from: str
    facts: tuple[FactView, ...]
    disputed: tuple[DisputedView, ...]
    sides: tuple[SideView, ...]
    notes: tuple[str, ...]


def plural(count: int, word: str) -> str:
    """Return "1 source" / "3 sources"."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def safe_url(url: str | None, *, schemes: Sequence[str] = ("http", "https")) -> str | None:
    """Return `url` if it is an absolute link with an allowed scheme, else None."""
    if not url or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in schemes:
        return None
    if parts.scheme.lower() != "mailto" and not parts.netloc:
        return None
    return url


def _outlet(source: Source) -> str:
    if source.outlet:
        return source.outlet
    url = safe_url(source.url)
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.") or source.id
    return source.id


def _date_label(stamp: str) -> str:
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


class _Catalogue:
    """Source numbering shared by every story: footnote [n] is the n-th source of the brief."""

    def __init__(self, sources: Sequence[Source]) -> None:
        self.sources = list(sources)
        self.number = {s.id: i for i, s in enumerate(self.sources, start=1)}
        self.by_id = {s.id: s for s in self.sources}

    def refs(self, ids: Iterable[str]) -> tuple[int, ...]:
        return tuple(sorted({self.number[i] for i in ids if i in self.number}))

    def outlets(self, ids: Iterable[str]) -> str:
        names: list[str] = []
        for i in ids:
            source = self.by_id.get(i)
            name = _outlet(source) if source else i
            if name not in names:
                names.append(name)
        return ", ".join(names)

    def views(self) -> tuple[SourceView, ...]:
        return tuple(self._view(s) for s in self.sources)

    def _view(self, source: Source) -> SourceView:
        relation = None
        if source.derived_from:
            paraphrase = source.derivation == "paraphrase"
            verb = "closely restates" if paraphrase else "copies"
            original = self.by_id.get(source.derived_from)
            target = (
                f"[{self.number[original.id]}] {_outlet(original)}"
                if original
                else source.derived_from
            )
            relation = f"{verb} {target}"
            if source.similarity is not None:
                share = round(source.similarity * 100)
                what = "of its sentences" if paraphrase else "shared text"
                relation += f" ({share}% {what})"
        return SourceView(
            number=self.number[source.id],
            id=source.id,
            outlet=_outlet(source),
            title=source.title or source.path or source.id,
            url=safe_url(source.url),
            published=source.published,
            byline=source.byline,
            relation=relation,
        )


def _attribution(quote: Quote, catalogue: _Catalogue) -> str:
    if quote.speaker and quote.speaker == quote.organization:
        # no personal name: "an agency spokesperson" reads as "Agency spokesperson"
        who = " ".join(x for x in (quote.organization, quote.role) if x)
    else:
        who = ", ".join(x for x in (quote.speaker, quote.role, quote.organization) if x)
    where = ", ".join(quote.outlets) if quote.outlets else catalogue.outlets(quote.sources)
    who = who or "Unattributed"
    return f"{who} ({where})" if where else who


def _side(side: Side, catalogue: _Catalogue) -> SideView:
    quotes = tuple(
        QuoteView(
            text=q.text,
            attribution=_attribution(q, catalogue),
            refs=catalogue.refs(q.sources),
            wording_differs=q.wording_differs,
            variants=tuple(
                VariantView(v.text, "", catalogue.refs(v.sources), catalogue.outlets(v.sources))
                for v in q.variants
                if v.text.split() != q.text.split()  # the wording already shown
            ),
        )
        for q in side.quotes
    )
    also = tuple(
        _attribution(q, catalogue)
        + (" (worded differently by outlets)" if q.wording_differs else "")
        + " "
        + refs_text(catalogue.refs(q.sources))
        for q in side.more
    )
    return SideView(stance=side.stance, label=side.label, note=side.note, quotes=quotes, also=also)


def _disputed(point: Disputed, catalogue: _Catalogue) -> DisputedView:
    variants = tuple(
        VariantView(v.text, v.value, catalogue.refs(v.sources), catalogue.outlets(v.sources))
        for v in point.variants
    )
    return DisputedView(topic=point.topic, kind=point.kind, variants=variants)


def _story(number: int, story: Story, catalogue: _Catalogue) -> StoryView:
    ids = story.articles or [s.id for s in catalogue.sources]
    known = [catalogue.by_id[i] for i in ids if i in catalogue.by_id]
    named = {_outlet(s).casefold() for s in known if s.outlet or safe_url(s.url)}
    unnamed = sum(1 for s in known if not (s.outlet or safe_url(s.url)))
    built_from = f"built from {plural(len(ids), 'article')}"
    if named and not unnamed:
        built_from += f" by {plural(len(named), 'outlet')}"
    elif named:
        built_from += f" by {plural(len(named), 'named outlet')} and {unnamed} unnamed"
    facts = []
    for fact in story.facts:
        marker = plural(len(fact.sources), "source")
        if 0 < fact.independent_sources < len(fact.sources):
            marker += f", {fact.independent_sources} independent"
        facts.append(
            FactView(
                text=fact.text,
                refs=catalogue.refs(fact.sources),
                count=len(fact.sources),
                independent=fact.independent_sources,
                single_source=fact.single_source,
                marker=marker,
            )
        )
    return StoryView(
        number=number,
        anchor=f"story-{number}",
        headline=story.headline,
        summary=story.summary,
        built_from=built_from,
        facts=tuple(facts),
        disputed=tuple(_disputed(d, catalogue) for d in story.disputed),
        sides=tuple(_side(s, catalogue) for s in story.sides),
        notes=tuple(story.notes),
    )


def subject_for(brief: Brief) -> str:
    """Return the message subject: the headline, or the title and first headline of a digest."""
    if not brief.stories:
        return brief.title
    if len(brief.stories) == 1:
        return brief.stories[0].headline
    more = len(brief.stories) - 1
    return f"{brief.title}: {brief.stories[0].headline} (+{more} more)"


def _context(brief: Brief, unsubscribe_url: str | None) -> dict[str, Any]:
    catalogue = _Catalogue(brief.sources)
    stories = tuple(_story(n, s, catalogue) for n, s in enumerate(brief.stories, start=1))
    preheader = brief.stories[0].summary if brief.stories else brief.title
    return {
        "brief": brief,
        "title": brief.title,
        "subject": subject_for(brief),
        "date": _date_label(brief.generated_at),
        "digest": len(stories) > 1,
        "stories": stories,
        "sources": catalogue.views(),
        "preheader": preheader,
        "pad": PREHEADER_PAD,
        "font": FONT_STACK,
        "how_made": HOW_MADE,
        "unsubscribe_url": safe_url(unsubscribe_url, schemes=("http", "https", "mailto")),
        "article_count": len(brief.sources),
    }


# Templates


def wrap(
    text: str, indent: str = "", subsequent: str | None = None, width: int = TEXT_WIDTH
) -> str:
    """Return `text` filled to `width` columns without breaking words or URLs."""
    wrapper = textwrap.TextWrapper(
        width=width,
        initial_indent=indent,
        subsequent_indent=indent if subsequent is None else subsequent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return "\n".join(wrapper.wrap(" ".join(text.split()))) or indent.rstrip()


def sentence(text: str) -> str:
    """Return `text` ending in a full stop, unless it already ends a sentence."""
    text = text.strip()
    if not text or text.rstrip("\"'’”)»").endswith((".", "!", "?", "…")):
        return text
    return text + "."


_FIGURE = re.compile(r"\d+(?:[-–]\d+)+")


def keep_figures(text: str) -> Markup:
    """Return text escaped, with figures such as "3-2" kept on one line in HTML."""
    escaped = str(escape(text))
    return Markup(
        _FIGURE.sub(lambda m: f'<span style="white-space:nowrap">{m.group(0)}</span>', escaped)
    )


def refs_text(refs: Iterable[int]) -> str:
    """Return footnote markers "[1][3]"."""
    return "".join(f"[{n}]" for n in refs)


def environment(templates: Path | None = None) -> Environment:
    """Return the Jinja environment: `templates` first (if given), then the built-in folder."""
    loaders = []
    if templates is not None:
        if not templates.is_dir():
            raise RenderError(
                f"{templates}: templates folder not found; pass an existing folder to --templates"
            )
        loaders.append(FileSystemLoader(templates))
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
    brief: Brief, *, templates: Path | None = None, unsubscribe_url: str | None = None
) -> str:
    """Return the brief as email HTML (Jinja2 -> MJML -> HTML)."""
    env = environment(templates)
    source, filename = _render_template(env, HTML_TEMPLATE, _context(brief, unsubscribe_url))
    html = compile_mjml(source, template_file=filename)
    return html if html.endswith("\n") else html + "\n"


_BLANK_RUNS = re.compile(r"\n{3,}")


def render_text(
    brief: Brief, *, templates: Path | None = None, unsubscribe_url: str | None = None
) -> str:
    """Return the brief as plain UTF-8 text wrapped at 72 columns."""
    env = environment(templates)
    text, _ = _render_template(env, TEXT_TEMPLATE, _context(brief, unsubscribe_url))
    lines = [line.rstrip() for line in text.splitlines()]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"


# The message


def _no_line_breaks(name: str, value: str) -> str:
    if "\r" in value or "\n" in value:
        raise RenderError(f"{name} {value!r}: contains a line break (header injection); remove it")
    return value


def stable_message_id(brief: Brief, sender: str) -> str:
    """Return a Message-ID stable for the same brief content, on the sender's domain."""
    content = brief.model_dump(mode="json", exclude={"generated_at"})
    digest = hashlib.sha256(
        json.dumps(content, sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()
    domain = parseaddr(sender)[1].rpartition("@")[2]
    domain = re.sub(r"[^A-Za-z0-9.-]", "", domain) or "localhost"
    return f"<{digest[:32]}@{domain}>"


def _brief_date(brief: Brief) -> datetime:
    try:
        moment = datetime.fromisoformat(brief.generated_at)
    except ValueError:
        return datetime.now(UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def build_message(
    brief: Brief,
    *,
    html: str,
    text: str,
    sender: str,
    recipient: str,
    unsubscribe_url: str | None = None,
    message_id: str | None = None,
    date: datetime | None = None,
) -> EmailMessage:
    """Return a multipart/alternative message: the text part first, then the HTML."""
    subject = _no_line_breaks("subject", subject_for(brief))
    _no_line_breaks("sender", sender)
    _no_line_breaks("recipient", recipient)
    moment = date or _brief_date(brief)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    msg = EmailMessage(policy=policy.default)
    try:
        msg["Subject"] = subject
        msg["From"] = sender
        msg["To"] = recipient
    except (ValueError, IndexError) as exc:
        raise RenderError(f"{sender} -> {recipient}: not a valid address ({exc}); fix it") from exc
    msg["Date"] = format_datetime(moment)
    msg["Message-ID"] = _no_line_breaks(
        "message_id", message_id or stable_message_id(brief, sender)
    )
    if unsubscribe_url:
        _no_line_breaks("unsubscribe_url", unsubscribe_url)
        if safe_url(unsubscribe_url, schemes=("http", "https", "mailto")) is None:
            raise RenderError(
                f"{unsubscribe_url}: not an http(s) or mailto unsubscribe URL; fix the setting"
            )
        msg["List-Unsubscribe"] = f"<{unsubscribe_url}>"
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return msg


# Writing out/


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write `data` to `path` via a temporary file in the same folder and os.replace."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private; written briefs are ordinary readable files.
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_outputs(
    brief: Brief,
    out_dir: Path,
    *,
    templates: Path | None = None,
    mail: MailOptions | None = None,
) -> list[Path]:
    """Write brief.json, .html, .txt and .eml into `out_dir`; return the paths written."""
    mail = mail or MailOptions()
    # Render everything first, so a template error leaves the previous outputs untouched.
    html = render_html(brief, templates=templates, unsubscribe_url=mail.unsubscribe_url)
    text = render_text(brief, templates=templates, unsubscribe_url=mail.unsubscribe_url)
    message = build_message(
        brief,
        html=html,
        text=text,
        sender=mail.sender,
        recipient=mail.recipient,
        unsubscribe_url=mail.unsubscribe_url,
    )
    contents: dict[str, str | bytes] = {
        "brief.json": brief.model_dump_json(indent=2) + "\n",
        "brief.html": html,
        "brief.txt": text,
        "brief.eml": message.as_bytes(),
    }
    written = []
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for name in OUTPUT_NAMES:
            path = out_dir / name
            atomic_write(path, contents[name])
            written.append(path)
    except OSError as exc:
        raise BriefingError(
            f"{out_dir}: cannot write the brief ({exc.strerror or exc}); "
            "choose another --out folder"
        ) from exc
    log.info("wrote %d files to %s", len(written), out_dir)
    return written
