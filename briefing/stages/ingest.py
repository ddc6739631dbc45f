"""Files -> Article: each file is read by the reader registered for its suffix.

Built-in readers (.txt, .md/.markdown with front matter, .html/.htm, .json) are registered with
`register_reader`, the same call a plugin makes for a new suffix. Article id = file stem. Where
metadata is missing, it is sniffed from the text: a "By NAME" byline (with the outlet that
follows it), a date line.
"""

from __future__ import annotations

import dataclasses
import errno
import json
import logging
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from briefing.errors import InputError
from briefing.records import Article
from briefing.text.tokens import MONTHS

log = logging.getLogger(__name__)

MAX_BYTES = 5 * 1024 * 1024
MIN_WORDS = 12
"""Fewer words than this is a headline or a fragment, not an article."""
OUTLETS_FILE = Path(__file__).resolve().parent.parent / "data" / "outlets.txt"


@dataclass(slots=True)
class Loaded:
    """Articles read, and one line per file that was skipped."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


Reader = Callable[[str, str, Path], "Article"]
"""A reader: (article id, decoded and cleaned text, path) -> Article, or InputError saying why
not. Its Article is cleaned again after (metadata to one line), so a reader need not."""

READERS: dict[str, Reader] = {}
"""Article readers by lower-case file suffix (".txt"); the built-ins are registered below."""


def register_reader(suffixes: str | Iterable[str], reader: Reader) -> None:
    """Read files ending in `suffixes` (".rst" or [".rst", ".rest"]) with `reader`."""
    for suffix in [suffixes] if isinstance(suffixes, str) else suffixes:
        key = suffix.lower() if suffix.startswith(".") else f".{suffix.lower()}"
        READERS[key] = reader


def reader_for(path: Path) -> Reader:
    """Return the reader for `path`'s suffix; unknown suffixes are read as plain text."""
    return READERS.get(path.suffix.lower(), READERS[".txt"])


def collect_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Return the article files named by `paths` (files, or folders searched one level deep)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            if path.is_symlink():
                raise InputError(
                    f"{path}: a symbolic link that leads nowhere (broken, or a loop); fix the link"
                )
            raise InputError(f"{path}: no such file or folder; check the path")
        if path.is_dir():
            # not only regular files: a link loop or a FIFO named like an article is reported
            # by read_article, never dropped without a word
            files = sorted(
                p for p in path.iterdir() if p.suffix.lower() in READERS and not p.is_dir()
            )
            if not files:
                raise InputError(
                    f"{path}: no articles found ({', '.join(READERS)}); add some or pick "
                    "another folder"
                )
            found.extend(files)
        else:
            found.append(path)
    return found


def load(paths: Iterable[str | Path]) -> Loaded:
    """Read every article under `paths`; unusable files are skipped with a one-line reason."""
    result = Loaded()
    seen: set[str] = set()
    for path in collect_paths(paths):
        try:
            article = read_article(path)
        except InputError as exc:
            log.info("skipped %s", exc)
            result.skipped.append(str(exc))
            continue
        if article.id in seen:
            msg = f"{path}: another file already has the id {article.id!r}; skipped, rename it"
            result.skipped.append(msg)
            continue
        seen.add(article.id)
        result.warnings.extend(article.warnings)
        result.articles.append(article)
    return result


def read_article(path: Path) -> Article:
    """Return the article in one file, or raise InputError saying why it cannot be used."""
    data = read_bounded(path)
    text, warnings = decode(data, path)
    article = reader_for(path)(path.stem, clean_text(text), path)
    article = clean_article(article)
    words = len(article.text[article.body_start :].split())
    if words < MIN_WORDS:
        raise InputError(
            f"{path}: only {words} words of text, too short to use; "
            f"give articles of at least {MIN_WORDS} words"
        )
    if not article.outlet and article.url:
        article = _replace(article, outlet=outlet_from_url(article.url))
    controls = _count_controls(text)
    if controls:
        warnings.append(f"{path}: {controls} control character(s) cleaned (e.g. form feeds)")
    # a reader's own warnings may not know the file: name it, so each line says where
    named = [w if w.startswith(str(path)) else f"{path}: {w}" for w in article.warnings]
    return _replace(article, path=str(path), warnings=(*warnings, *named))


def read_bounded(path: Path, limit: int = MAX_BYTES) -> bytes:
    """Return the bytes of a regular file of at most `limit` bytes, else raise InputError."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(f"{path}: a symbolic link loop; fix the link or remove it") from None
        raise InputError(
            f"{path}: cannot read ({exc.strerror}); check the path and permissions"
        ) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = (
                "a FIFO"
                if stat.S_ISFIFO(info.st_mode)
                else "a device"
                if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode)
                else "a folder"
                if stat.S_ISDIR(info.st_mode)
                else "a socket or other special file"
            )
            raise InputError(f"{path}: {kind}, not a regular file; give a file")
        if info.st_size > limit:
            raise InputError(
                f"{path}: {info.st_size / 2**20:.1f} MB is over the {limit / 2**20:g} MB limit for "
                "one article; split or trim it"
            )
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)  # bounded: a file that grows while read stops here
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror}); check permissions") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise InputError(
            f"{path}: over the {limit / 2**20:g} MB limit for one article; split or trim it"
        )
    return data


def decode(data: bytes, path: Path) -> tuple[str, list[str]]:
    """Return the text of `data`: UTF-8; lines that are not, as Windows-1252, with a warning.

    A file that is UTF-8 apart from a stray byte stays UTF-8 (only the odd line is read as
    Windows-1252); a file with no UTF-8 at all is read as Windows-1252.
    """
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: binary data, not text; give a .txt, .md, .html or .json file")
    warnings: list[str] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        loose = data.decode("utf-8", errors="replace")
        if any(ord(ch) > 127 and ch != "\ufffd" for ch in loose):
            text, bad = _decode_lines(data)
            shown = ", ".join(str(n) for n in bad[:5]) + (", ..." if len(bad) > 5 else "")
            warnings.append(
                f"{path}: line(s) {shown} not UTF-8; read as Windows-1252, check them "
                "and re-save the file as UTF-8"
            )
        else:
            text = data.decode("cp1252", errors="replace")
            warnings.append(
                f"{path}: not UTF-8; read as Windows-1252, re-save it as UTF-8 to be sure"
            )
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    if sample and controls / len(sample) > 0.02:
        raise InputError(f"{path}: binary data, not text; give a .txt, .md, .html or .json file")
    return text, warnings


def _decode_lines(data: bytes) -> tuple[str, list[int]]:
    """Return `data` decoded line by line (UTF-8, else Windows-1252), and the odd lines."""
    parts: list[str] = []
    bad: list[int] = []
    # bytes.splitlines splits at \n, \r\n and lone \r only, never inside a UTF-8 sequence
    lines = data.removeprefix(b"\xef\xbb\xbf").splitlines(keepends=True)
    for number, line in enumerate(lines, start=1):
        try:
            parts.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            parts.append(line.decode("cp1252", errors="replace"))
            bad.append(number)
    return "".join(parts), bad


# -- cleaning ------------------------------------------------------------------------------

# C0 controls but tab and newline, DEL, C1 controls, and lone surrogates (from JSON "\ud800"):
# none is text, and each breaks something downstream (MJML, mail headers, UTF-8 output)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_BREAKS = re.compile("\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def clean_text(text: str) -> str:
    """Return `text` with CR/CRLF and page or line separators as newlines, other controls gone."""
    return _CONTROLS.sub(
        lambda m: "\ufffd" if "\ud800" <= m.group(0) <= "\udfff" else "", _BREAKS.sub("\n", text)
    )


def _count_controls(text: str) -> int:
    return len(_CONTROLS.findall(text.replace("\r", "")))


def clean_line(value: str | None) -> str | None:
    """Return a one-line field (title, outlet, ...) with every control or break as one space."""
    if value is None:
        return None
    cleaned = " ".join(_CONTROLS.sub(" ", _BREAKS.sub(" ", value)).split())
    return cleaned or None


def clean_article(article: Article) -> Article:
    """Return `article` with clean text (offsets kept consistent) and one-line metadata."""
    head, body = article.text[: article.body_start], article.text[article.body_start :]
    clean_head, clean_body = clean_text(head), clean_text(body)
    return _replace(
        article,
        text=clean_head + clean_body,
        body_start=len(clean_head),
        title=clean_line(article.title) or "",
        outlet=clean_line(article.outlet),
        url=clean_line(article.url),
        published=clean_line(article.published),
        byline=clean_line(article.byline),
    )


def _replace(article: Article, **changes: object) -> Article:
    return dataclasses.replace(article, **changes)  # type: ignore[arg-type]


# -- formats -------------------------------------------------------------------------------

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def parse_text(article_id: str, text: str) -> Article:
    """A plain-text article: the first non-empty line is the title."""
    title, body_start = _title_line(text)
    meta = sniff_metadata(text)
    return Article(
        id=article_id,
        text=text,
        title=title,
        outlet=meta.get("outlet"),
        byline=meta.get("byline"),
        published=meta.get("published"),
        body_start=body_start,
    )


def parse_markdown(article_id: str, text: str) -> Article:
    """A Markdown article with an optional front-matter block of `key: value` lines."""
    meta: dict[str, str] = {}
    body_start = 0
    warnings: tuple[str, ...] = ()
    match = _FRONT.match(text)
    if match and not all(_FRONT_LINE.match(line) for line in match.group(1).splitlines()):
        match = None  # a --- far down (a rule in the body) does not make the body metadata
    match = match or _unclosed_front(text)
    if match:
        for line in match.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep and key.strip():
                meta[key.strip().lower()] = _unquote(value.strip())
        body_start = match.end()
        if match.re is _OPEN_FRONT:
            warnings = (
                "the front matter opened by --- on line 1 is never closed; read its "
                "`key: value` lines as metadata, add a closing --- line",
            )
    title = meta.get("title", "")
    if not title:
        title, start = _title_line(text[body_start:])
        body_start += start
    sniffed = sniff_metadata(text[body_start:])
    return Article(
        id=article_id,
        text=text,
        title=title.lstrip("# ").strip(),
        outlet=meta.get("outlet") or sniffed.get("outlet"),
        url=meta.get("url") or None,
        published=meta.get("published") or meta.get("date") or sniffed.get("published"),
        byline=meta.get("byline") or meta.get("author") or sniffed.get("byline"),
        body_start=body_start,
        warnings=warnings,
    )


_FRONT_LINE = re.compile(r"^(?:[\w-]+[ \t]*:.*|\s*|\s+.*|#.*|-\s.*)$")
"""A line of a front-matter block: `key: value`, blank, indented, a comment or a list item."""
_OPEN_FRONT = re.compile(r"\A---[ \t]*\n((?:[\w-]+[ \t]*:[^\n]*(?:\n|\Z))+)\n?")


def _unclosed_front(text: str) -> re.Match[str] | None:
    """Match an opening --- and the `key: value` lines after it, when no --- closes them."""
    return _OPEN_FRONT.match(text)


def parse_json(article_id: str, text: str, path: Path) -> Article:
    """A JSON article: `{title, text, outlet, url, published, byline}`, each a string."""
    try:
        # strict=False: a raw line break or tab inside a string is read (and cleaned after)
        data = json.loads(text, strict=False)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{path}: invalid JSON at line {exc.lineno}: {exc.msg}; fix the file"
        ) from exc
    except RecursionError:
        raise InputError(
            f'{path}: JSON nested too deeply to be an article; give an object with a "text" string'
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise InputError(f'{path}: expected an object with a "text" string; fix the file')
    body = data["text"]
    warnings: list[str] = []
    fields = {
        name: _json_str(data.get(name), name, path, warnings)
        for name in ("title", "outlet", "url", "published", "byline")
    }
    title = fields["title"] or ""
    sniffed = sniff_metadata(body)
    if not title:
        title, _ = _title_line(body)
    return Article(
        id=article_id,
        text=body,
        title=title,
        outlet=fields["outlet"] or sniffed.get("outlet"),
        url=fields["url"],
        published=fields["published"] or sniffed.get("published"),
        byline=fields["byline"] or sniffed.get("byline"),
        warnings=tuple(warnings),
    )


def _json_str(value: object, name: str, path: Path, warnings: list[str]) -> str | None:
    """Return a JSON field that should be a string; a number is written out, others ignored."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    kind = {list: "a list", dict: "an object", bool: "true/false"}.get(type(value), "not text")
    warnings.append(f'{path}: "{name}" is {kind}, not a string; ignored, fix the file')
    return None


def parse_html(article_id: str, html: str) -> Article:
    """An HTML page: main text and metadata via trafilatura."""
    import trafilatura  # heavy: imported only when an HTML file is read

    body = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    # not `extensive`: a date guessed from a year in the body text would be invented metadata
    meta = trafilatura.extract_metadata(html, extensive=False)
    title = (meta.title if meta else None) or ""
    sniffed = sniff_metadata(body)
    return Article(
        id=article_id,
        text=body,
        title=title,
        outlet=(meta.sitename if meta else None) or sniffed.get("outlet"),
        url=meta.url if meta else None,
        published=(meta.date if meta else None) or sniffed.get("published"),
        byline=(meta.author if meta else None) or sniffed.get("byline"),
    )


def _register_builtin_readers() -> None:
    register_reader(".txt", lambda article_id, text, _path: parse_text(article_id, text))
    register_reader(
        (".md", ".markdown"), lambda article_id, text, _path: parse_markdown(article_id, text)
    )
    register_reader((".html", ".htm"), lambda article_id, text, _path: parse_html(article_id, text))
    register_reader(".json", parse_json)


_register_builtin_readers()


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _title_line(text: str) -> tuple[str, int]:
    """Return the title line and the offset just after it.

    A leading one- or two-word section label ("Immigration") or a breadcrumb glued to the title
    ("HomePoliticsThe title" followed by "The title") is not the title.
    """
    lines = [(m.group(0).strip(), m.end()) for m in re.finditer(r"[^\n]*\n?", text)]
    lines = [(line, end) for line, end in lines if line]
    if not lines:
        return "", 0
    title, end = lines[0]
    # a first line this long is a paragraph (however it ends), never a title
    if len(title.split()) > 30:
        # no title line: the text opens with its first paragraph; its opening words stand in
        words = title.split()
        return " ".join(words[:12]) + "…", 0
    if len(lines) > 1:
        nxt, nxt_end = lines[1]
        label = len(title.split()) <= 2 and not title.endswith((".", "!", "?"))
        titlelike = 3 < len(nxt.split()) <= 25 and not nxt.endswith(".")
        if (label and titlelike) or (title != nxt and title.endswith(nxt)):
            return nxt, nxt_end
    return title, end


# -- metadata sniffing ---------------------------------------------------------------------

_BYLINE = re.compile(
    r"^(?:(?P<pre>[A-Z][^\n]{0,60}?)[ \t]+)?By[ \t]+(?P<rest>[A-Z][^\n]{1,100}?)[ \t]*\r?$",
    re.M,
)
_BYLINE_SPLIT = re.compile(r"\s*(?:,|\||\s[-–—]\s|\sfor\s|\sof\s)\s*")
_CAPS = re.compile(
    r"^(?:[A-Z][\w.'’-]*|de|van|von|la|da)(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|la|da)){0,4}$"
)
# full names first, so "September" is not read as "Sep" + "tember"
_MONTHS = "|".join(
    [month.capitalize() for month in MONTHS]
    + [month[:3].capitalize() for month in MONTHS if len(month) > 3]
    + ["Sept"]
)
DATE_LINE = re.compile(
    rf"^(?:(?:Published|Updated|Posted)(?: on)?:?\s*)?"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?P<date>(?:{_MONTHS})\.?\s+\d{{1,2}},\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})\.?\s+\d{{4}})"
    rf"(?:[ ,]+\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{{2,4}})?)?\s*$",
    re.M | re.I,
)


def sniff_byline(text: str) -> tuple[str | None, str | None]:
    """Return (byline name, outlet) from a "By NAME [OUTLET]" line in the first lines."""
    head = "\n".join(text.splitlines()[:15])
    for match in _BYLINE.finditer(head):
        pre = (match.group("pre") or "").strip()
        rest = match.group("rest").strip()
        if pre and rest.startswith(pre):
            # "NAME By NAME OUTLET": the name is repeated, and what follows it is the outlet
            outlet = rest[len(pre) :].strip(" ,|-–—") or None
            return pre, outlet
        if pre:
            continue
        parts = _BYLINE_SPLIT.split(rest, maxsplit=1)
        name = parts[0].strip()
        if not _CAPS.match(name) or len(name.split()) > 4:
            continue
        outlet = parts[1].strip() if len(parts) > 1 and parts[1].strip() else None
        return name, outlet
    return None, None


def sniff_metadata(text: str) -> dict[str, str]:
    """Return byline, outlet and published date found in the first lines of `text`."""
    found: dict[str, str] = {}
    name, outlet = sniff_byline(text)
    if name:
        found["byline"] = name
    if outlet:
        found["outlet"] = outlet
    lines = [line.strip() for line in text.splitlines()[:20] if line.strip()]
    date = DATE_LINE.search("\n".join(lines))
    if date:
        found["published"] = date.group("date")
    if "byline" not in found:
        # a bare name line next to the date line, or printed twice, is the author's
        for i, line in enumerate(lines[:12]):
            if not _CAPS.match(line) or not 2 <= len(line.split()) <= 4:
                continue
            near = lines[max(0, i - 1) : i + 3]
            if any(DATE_LINE.match(other) for other in near) or lines.count(line) > 1:
                found["byline"] = line
                break
    return found


@lru_cache(maxsize=1)
def _known_outlets() -> dict[str, str]:
    known: dict[str, str] = {}
    for line in OUTLETS_FILE.read_text(encoding="utf-8").splitlines():
        host, sep, name = line.partition("=")
        if sep and not line.lstrip().startswith("#"):
            known[host.strip().lower()] = name.strip()
    return known


_HOST = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$")


def outlet_from_host(host: str) -> str | None:
    """Return the name readers know a web host by ("www.foxnews.com" -> "Fox News")."""
    host = host.strip().lower().rstrip(".")
    if not _HOST.match(host):
        return None
    known = _known_outlets()
    labels = host.split(".")
    for i in range(len(labels) - 1):  # a subdomain matches its parent
        name = known.get(".".join(labels[i:]))
        if name:
            return name
    for prefix in ("www.", "m.", "amp.", "mobile."):
        host = host.removeprefix(prefix)
    return host


def outlet_from_url(url: str) -> str | None:
    """Return the outlet named by an article URL's host, or None without a host."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return outlet_from_host(host) if host else None


def iter_texts(articles: Iterable[Article]) -> Iterator[tuple[str, str]]:
    """Yield (id, text) pairs, for stages that only need the text."""
    for article in articles:
        yield article.id, article.text
