"""Gathering articles from every source: folders and files, RSS/Atom feeds, URL lists.

Feeds are parsed here (entries with full content are used as they are; otherwise the linked page
is fetched through `fetch.Fetcher` and its main text extracted), URL lists are read, and the same
article reached twice is kept once (same canonical URL, else same text). A source that fails is
reported and skipped, never fatal. Downloads and their limits live in `fetch.py`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from briefing.errors import InputError
from briefing.stages.ingest import (
    MIN_WORDS,
    Article,
    clean_article,
    collect_paths,
    parse_html,
    read_article,
    read_bounded,
)

if TYPE_CHECKING:
    pass

from briefing.digest.fetch import (
    FEED_SUFFIXES,
    URL_LIST_SUFFIXES,
    Fetched,
    Fetcher,
    FetchError,
    FetchOptions,
    Gathered,
    Progress,
    canonical_url,
    internal_url,
    is_url,
    text_hash,
    url_id,
)

log = logging.getLogger(__name__)

# -- HTML fragments and feeds --------------------------------------------------------------


class _TextParser(HTMLParser):
    """Collect the text of an HTML fragment, one paragraph per block element."""

    BLOCKS = frozenset(
        "p div br li h1 h2 h3 h4 h5 h6 blockquote tr section article figcaption".split()
    )
    SKIP = frozenset(("script", "style", "noscript", "figure", "iframe"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.current: list[str] = []
        self.skipping = 0

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if text:
            self.parts.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.current.append(data)


def html_text(fragment: str) -> str:
    """Return the text of an HTML fragment (feed content), paragraphs separated by blank lines."""
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    parser._flush()
    return "\n\n".join(parser.parts)


@dataclass(frozen=True, slots=True)
class Entry:
    """One feed entry: what the feed says, and its full text when the feed carries it."""

    url: str | None
    title: str
    outlet: str | None
    published: str | None
    byline: str | None
    text: str
    feed: str


def parse_feed(data: bytes, origin: str) -> list[Entry]:
    """Return the entries of an RSS/Atom document, or raise InputError when it is not a feed."""
    import feedparser  # heavy: imported only when a feed is read

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({reason})" if reason else ""
        raise InputError(
            f"{origin}: not an RSS/Atom feed, or a feed with no entries{detail}; check the address"
        )
    feed_info = parsed.get("feed") or {}
    outlet = _text(feed_info.get("title")) or (
        urlsplit(origin).hostname if is_url(origin) else None
    )
    found: list[Entry] = []
    for raw in entries:
        # dict.get: feedparser's own get() maps missing keys onto others with a warning
        contents = dict.get(raw, "content") or []
        html = max((str(c.get("value") or "") for c in contents), key=len, default="")
        moment = dict.get(raw, "published_parsed") or dict.get(raw, "updated_parsed")
        published = (
            datetime(*moment[:6]).date().isoformat()
            if moment
            else _text(dict.get(raw, "published"))
        )
        source = dict.get(raw, "source") or {}
        found.append(
            Entry(
                url=_text(dict.get(raw, "link")),
                title=_text(dict.get(raw, "title")) or "",
                outlet=_text(source.get("title")) if isinstance(source, dict) else None,
                published=published,
                byline=_text(dict.get(raw, "author")),
                text=html_text(html) if html else "",
                feed=outlet or origin,
            )
        )
    return found


def _text(value: Any) -> str | None:
    return str(value).strip() or None if value not in (None, "") else None


def read_url_list(path: Path) -> tuple[list[str], list[str]]:
    """Return the URLs in a URL list file (one a line, # comments), and lines that are not URLs."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the URL list ({exc}); check the file") from exc
    urls: list[str] = []
    bad: list[str] = []
    for number, line in enumerate(lines, start=1):
        value = line.strip()
        if not value or value.startswith("#"):
            continue
        value = value.split()[0]
        if is_url(value):
            urls.append(value)
        else:
            bad.append(f"{path}:{number}: not an http(s) URL; fix or remove the line")
    return urls, bad


# -- gathering everything ------------------------------------------------------------------


def _is_feed_file(path: Path) -> bool:
    return path.suffix.lower() in FEED_SUFFIXES


def gather(
    sources: Iterable[str | Path],
    *,
    feeds: Iterable[str | Path] = (),
    url_lists: Iterable[str | Path] = (),
    options: FetchOptions | None = None,
    progress: Progress | None = None,
) -> Gathered:
    """Return the articles from every source; a failing source is reported, never fatal.

    `sources` are folders, article files, feed files (.xml, .rss, .atom), URL list files (.urls)
    or feed URLs; `feeds` and `url_lists` name feeds and URL lists explicitly.
    """
    options = options or FetchOptions()
    result = Gathered()
    feed_refs: list[str] = [str(f) for f in feeds]
    list_refs: list[Path] = [Path(u) for u in url_lists]
    files: list[Path] = []
    for source in sources:
        value = str(source)
        if is_url(value):
            feed_refs.append(value)
            continue
        path = Path(value)
        if path.is_file() and _is_feed_file(path):
            feed_refs.append(value)
        elif path.is_file() and path.suffix.lower() in URL_LIST_SUFFIXES:
            list_refs.append(path)
        else:
            try:
                found = collect_paths([path])
            except InputError as exc:
                result.failures.append(str(exc))
                continue
            for item in found:
                (feed_refs.append(str(item)) if _is_feed_file(item) else files.append(item))

    collected: list[Article] = []
    # 1. local article files, as `briefing build` reads them
    for number, path in enumerate(files, start=1):
        try:
            article = read_article(path)
        except InputError as exc:
            result.failures.append(str(exc))
        else:
            result.warnings.extend(article.warnings)
            collected.append(article)
        if progress is not None:
            progress("read files", number, len(files))

    # (url, its feed entry, may it reach internal addresses: None = only if it is on one)
    page_urls: list[tuple[str, Entry | None, bool | None]] = []
    for list_path in list_refs:
        try:
            urls, bad = read_url_list(list_path)
        except InputError as exc:
            result.failures.append(str(exc))
            continue
        result.failures.extend(bad)
        page_urls.extend((url, None, None) for url in urls)

    fetcher: Fetcher | None = None
    try:
        # the HTTP client (and httpx) only when something is remote
        if any(is_url(f) for f in feed_refs) or page_urls:
            fetcher = Fetcher(options)
        # 2. feeds: entries with full content become articles, the others are fetched as pages
        if feed_refs:
            remote_feeds = [f for f in feed_refs if is_url(f)]
            bodies: dict[str, bytes | FetchError] = {}
            if fetcher is not None:
                got_feeds = fetcher.fetch_many(
                    remote_feeds, progress, "fetch feeds", limit=options.max_feed_bytes
                )
                for ref, got in zip(remote_feeds, got_feeds, strict=True):
                    bodies[ref] = got if isinstance(got, FetchError) else got.body
            for ref in feed_refs:
                data = bodies.get(ref) if is_url(ref) else _read_local(ref, result, options)
                if data is None:
                    continue
                if isinstance(data, FetchError):
                    result.failures.append(str(data))
                    continue
                try:
                    entries = parse_feed(data, ref)
                except InputError as exc:
                    result.failures.append(str(exc))
                    continue
                if len(entries) > options.max_entries:
                    result.warnings.append(
                        f"{ref}: {len(entries)} entries; only the first {options.max_entries} "
                        "are read this run (the limit of entries per feed)"
                    )
                    entries = entries[: options.max_entries]
                # a feed's links may reach the local network only when the feed itself is there
                links_internal = is_url(ref) and internal_url(ref)
                for feed_entry in entries:
                    if feed_entry.url and len(feed_entry.text.split()) < MIN_WORDS:
                        page_urls.append((feed_entry.url, feed_entry, links_internal))
                        continue
                    from_feed = _entry_article(feed_entry)
                    if from_feed is None:
                        result.failures.append(
                            f"{ref}: entry {feed_entry.title or '(untitled)'!r} has no link and "
                            f"under {MIN_WORDS} words of text; skipped"
                        )
                    else:
                        collected.append(from_feed)
        # 3. pages: each canonical URL fetched once, however many feeds or lists name it
        wanted: list[tuple[str, Entry | None, bool | None]] = []
        seen_pages: set[str] = {canonical_url(a.url) for a in collected if a.url}
        for page_url, page_entry, private_ok in page_urls:
            canon = canonical_url(page_url)
            if canon in seen_pages:
                result.duplicates.append(f"{page_url}: already read from another source; skipped")
                continue
            seen_pages.add(canon)
            wanted.append((page_url, page_entry, private_ok))
        if wanted:
            if fetcher is None:
                fetcher = Fetcher(options)
            fetched = fetcher.fetch_many(
                [u for u, _, _ in wanted],
                progress,
                "fetch pages",
                private_ok=[ok for _, _, ok in wanted],
            )
            for (url, entry, _), got in zip(wanted, fetched, strict=True):
                if isinstance(got, FetchError):
                    result.failures.append(str(got))
                    continue
                try:
                    collected.append(_page_article(url, got, entry))
                except InputError as exc:
                    result.failures.append(str(exc))
    finally:
        if fetcher is not None:
            result.downloaded = fetcher.downloaded
            result.not_modified = fetcher.not_modified
            fetcher.close()

    # 4. one copy of each article: first by canonical URL, then by text
    result.articles = deduplicate(collected, result.duplicates)
    for line in result.failures:
        log.warning("%s", line)
    return result


def _read_local(ref: str, result: Gathered, options: FetchOptions) -> bytes | None:
    try:
        return read_bounded(Path(ref), options.max_feed_bytes)
    except InputError as exc:
        result.failures.append(f"{exc} (a feed file)")
        return None


def _entry_article(entry: Entry) -> Article | None:
    words = len(entry.text.split())
    if words < MIN_WORDS:
        return None
    article_id = url_id(entry.url) if entry.url else "entry-" + text_hash(entry.text)[:10]
    return clean_article(
        Article(
            id=article_id,
            text=entry.text,
            title=entry.title,
            outlet=entry.outlet or entry.feed,
            url=entry.url,
            published=entry.published,
            byline=entry.byline,
            path=entry.url or entry.feed,
        )
    )


def _page_article(url: str, fetched: Fetched, entry: Entry | None) -> Article:
    """Return the article on a fetched page, filling gaps from its feed entry."""
    html = fetched.body.decode("utf-8", errors="replace")
    page = parse_html(url_id(url), html)
    words = len(page.text.split())
    if words < MIN_WORDS:
        raise InputError(f"{url}: only {words} words of article text found on the page; skipped")
    return clean_article(
        Article(
            id=page.id,
            text=page.text,
            title=(entry.title if entry and entry.title else page.title),
            outlet=(entry.outlet if entry and entry.outlet else None)
            or page.outlet
            or (entry.feed if entry else urlsplit(url).hostname),
            url=url,
            published=(entry.published if entry and entry.published else page.published),
            byline=(entry.byline if entry and entry.byline else page.byline),
            path=url,
        )
    )


def deduplicate(articles: Sequence[Article], notes: list[str] | None = None) -> list[Article]:
    """Return `articles` without repeats (same canonical URL, else same text, else same id)."""
    kept: list[Article] = []
    by_url: dict[str, str] = {}
    by_text: dict[str, str] = {}
    ids: set[str] = set()
    for article in articles:
        canon = canonical_url(article.url) if article.url else None
        digest = text_hash(article.text[article.body_start :])
        reason = None
        if canon is not None and canon in by_url:
            reason = f"same URL as {by_url[canon]}"
        elif digest in by_text:
            reason = f"same text as {by_text[digest]}"
        elif article.id in ids:
            reason = "another article already has this id; rename it"
        if reason is not None:
            if notes is not None:
                notes.append(f"{article.path or article.id}: {reason}; skipped")
            continue
        if canon is not None:
            by_url[canon] = article.id
        by_text[digest] = article.id
        ids.add(article.id)
        kept.append(article)
    return kept
