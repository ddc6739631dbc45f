"""Feeds, URL lists and fetching, against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from briefing.digest.fetch import FetchOptions, canonical_url
from briefing.digest.gather import deduplicate, gather, html_text, parse_feed, read_url_list
from briefing.stages.ingest import Article

FIRE = (
    "A fire destroyed a furniture warehouse in Brockton on Monday, fire chief Dana Morrow said. "
    "Firefighters from Halsey and Brockton fought the blaze for six hours before the roof fell. "
    "Morrow said no workers were hurt and investigators had not yet found what started it."
)
FIRE_2 = (
    "Flames tore through a furniture warehouse in Brockton on Monday and the roof collapsed. "
    "Fire chief Dana Morrow said crews from Halsey helped contain the blaze after six hours. "
    "Investigators are looking for the cause of the fire; no workers were hurt, Morrow said."
)
BUDGET = (
    "The Brockton school board approved a budget on Monday that adds teachers at Lindell. "
    "Board chair Priya Castellano said the budget keeps class sizes under twenty-five pupils. "
    "Two members voted against the plan, citing the cost of the bus contract with Arvane."
)


def page(title: str, body: str) -> str:
    """An article page as a news site would serve it."""
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in body.split(". ") if s.strip())
    return (
        f"<html><head><title>{title}</title></head><body><nav>Home | News | Sport</nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article><footer>Contact us</footer></body></html>"
    )


@dataclass
class Site:
    """What the test server serves and what it counted."""

    routes: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)
    full: Counter[str] = field(default_factory=Counter)
    not_modified: Counter[str] = field(default_factory=Counter)
    agents: set[str] = field(default_factory=set)
    hang: threading.Event = field(default_factory=threading.Event)
    base: str = ""


@pytest.fixture
def site() -> Iterator[Site]:
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            state.agents.add(self.headers.get("User-Agent", ""))
            path = self.path.split("?")[0]
            if path == "/slow":
                state.hang.wait(5)  # released at teardown; the client gives up long before
                return
            status, kind, body = state.routes.get(path, (404, "text/plain", b"missing"))
            etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
            if status == 200 and self.headers.get("If-None-Match") == etag:
                state.not_modified[path] += 1
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            if status == 200:
                state.full[path] += 1
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            if status == 200:
                self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.hang.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def rss(
    base: str, items: list[tuple[str, str, str | None]], channel: str = "Brockton Ledger"
) -> bytes:
    """An RSS 2.0 feed of (title, link, full content or None) items."""
    body = []
    for title, link, content in items:
        encoded = (
            f"<content:encoded><![CDATA[<p>{content}</p>]]></content:encoded>" if content else ""
        )
        body.append(
            f"<item><title>{title}</title><link>{link}</link>"
            f"<pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate>"
            f"<description>A short teaser.</description>{encoded}</item>"
        )
    return (
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{channel}</title><link>{base}/</link>{''.join(body)}</channel></rss>"
    ).encode()


def serve_news(site: Site) -> None:
    """Two feeds: one carries full text, one links to pages; both carry the same fire story."""
    b = site.base
    site.routes["/fire.html"] = (200, "text/html", page("Warehouse fire", FIRE).encode())
    site.routes["/budget.html"] = (200, "text/html", page("Budget passes", BUDGET).encode())
    site.routes["/ledger.xml"] = (
        200,
        "application/rss+xml",
        rss(
            b,
            [
                ("Warehouse fire", f"{b}/fire.html", None),
                ("Budget passes", f"{b}/budget.html", None),
            ],
        ),
    )
    site.routes["/courier.xml"] = (
        200,
        "application/rss+xml",
        rss(
            b,
            [
                # the same page as the ledger's, reached with tracking parameters
                ("Warehouse fire", f"{b}/fire.html?utm_source=rss#top", None),
                ("Blaze guts warehouse", f"{b}/courier/blaze", FIRE_2),
            ],
            channel="Brockton Courier",
        ),
    )
    site.routes["/broken.xml"] = (500, "text/plain", b"oops")


def test_feeds_are_read_deduplicated_and_revalidated(site: Site, tmp_path: Path) -> None:
    serve_news(site)
    options = FetchOptions(state_dir=tmp_path / "state", timeout=5)
    feeds = [f"{site.base}/ledger.xml", f"{site.base}/courier.xml"]
    first = gather(feeds, options=options)
    assert first.failures == []
    texts = sorted(a.title for a in first.articles)
    assert texts == ["Blaze guts warehouse", "Budget passes", "Warehouse fire"]
    fire = next(a for a in first.articles if a.title == "Warehouse fire")
    assert "Dana Morrow" in fire.text and "Contact us" not in fire.text
    assert fire.published == "2024-03-04" and fire.outlet == "Brockton Ledger"
    full_text = next(a for a in first.articles if a.title == "Blaze guts warehouse")
    assert full_text.text.startswith("Flames tore through")
    # the fire page was named by both feeds but fetched once; the full-text entry not at all
    assert site.full == Counter(
        {"/ledger.xml": 1, "/courier.xml": 1, "/fire.html": 1, "/budget.html": 1}
    )
    assert any("already read" in line for line in first.duplicates)
    assert all(agent.startswith("briefing/") for agent in site.agents)

    second = gather(feeds, options=options)
    assert [a.id for a in second.articles] == [a.id for a in first.articles]
    assert [a.text for a in second.articles] == [a.text for a in first.articles]
    # nothing changed: every request was answered 304, nothing downloaded again
    assert sum(site.full.values()) == 4
    assert site.not_modified == Counter(
        {"/ledger.xml": 1, "/courier.xml": 1, "/fire.html": 1, "/budget.html": 1}
    )
    assert (second.downloaded, second.not_modified) == (0, 4)


def test_a_failing_or_silent_source_is_reported_and_skipped(site: Site, tmp_path: Path) -> None:
    serve_news(site)
    options = FetchOptions(state_dir=tmp_path / "state", timeout=0.3)
    url_list = tmp_path / "pages.urls"
    url_list.write_text(
        f"# pages to read\n{site.base}/budget.html\n{site.base}/slow\nnot a url\n", encoding="utf-8"
    )
    got = gather(
        [f"{site.base}/ledger.xml", f"{site.base}/broken.xml"],
        url_lists=[url_list],
        options=options,
    )
    assert sorted(a.title for a in got.articles) == ["Budget passes", "Warehouse fire"]
    joined = "\n".join(got.failures)
    assert f"{site.base}/broken.xml: HTTP 500" in joined
    assert f"{site.base}/slow: no answer within 0.3 s" in joined
    assert "not an http(s) URL" in joined
    assert len(got.failures) == 3


def test_local_feed_file_with_full_content(tmp_path: Path) -> None:
    feed = tmp_path / "local.xml"
    feed.write_bytes(
        rss("https://example.org", [("Warehouse fire", "https://example.org/fire", FIRE)])
    )
    # no network: the entry carries its full text
    got = gather([feed], options=FetchOptions(state_dir=None))
    assert got.failures == [] and got.downloaded == 0
    (article,) = got.articles
    assert article.text == FIRE and article.url == "https://example.org/fire"


def test_not_a_feed_is_reported(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.xml"
    bogus.write_text("<html><body>hello</body></html>", encoding="utf-8")
    got = gather([bogus], options=FetchOptions(state_dir=None))
    assert got.articles == []
    assert "not an RSS/Atom feed" in got.failures[0]


def test_canonical_url() -> None:
    assert canonical_url("http://WWW.Example.org/a/b/?utm_source=x&id=3#frag") == (
        "https://example.org/a/b?id=3"
    )
    assert canonical_url("https://example.org:443/") == "https://example.org/"


def test_deduplicate_by_url_then_text() -> None:
    a = Article(id="a", text=FIRE, url="https://example.org/fire?utm_medium=x")
    b = Article(id="b", text=FIRE_2, url="https://www.example.org/fire")
    c = Article(id="c", text=FIRE.upper().replace(".", " ."), url="https://other.example/copy")
    d = Article(id="d", text=BUDGET)
    notes: list[str] = []
    assert [x.id for x in deduplicate([a, b, c, d], notes)] == ["a", "d"]
    assert "same URL as a" in notes[0] and "same text as a" in notes[1]


def test_html_text_and_url_list(tmp_path: Path) -> None:
    assert (
        html_text("<p>One &amp; two.</p><script>x()</script><p>Three</p>") == "One & two.\n\nThree"
    )
    listing = tmp_path / "list.urls"
    listing.write_text("https://a.example/1\n\n# note\nftp://b\n", encoding="utf-8")
    urls, bad = read_url_list(listing)
    assert urls == ["https://a.example/1"] and len(bad) == 1


def test_atom_entries() -> None:
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Valley Courier</title><entry><title>Fire</title>"
        '<link href="https://courier.example/fire"/><updated>2024-03-05T08:00:00Z</updated>'
        f'<content type="html">&lt;p&gt;{FIRE}&lt;/p&gt;</content></entry></feed>'
    ).encode()
    (entry,) = parse_feed(atom, "courier.xml")
    assert entry.url == "https://courier.example/fire" and entry.published == "2024-03-05"
    assert entry.text == FIRE and entry.feed == "Valley Courier"
