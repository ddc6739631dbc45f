"""An HTTP server on 127.0.0.1 (port 0) that misbehaves on purpose, for the fetch tests.

Routes: `/endless` streams bytes until the client hangs up; `/drip` sends one byte every
`drip_seconds` (`/drip-headers` the same inside the headers); `/redirect?to=URL` answers 302
to URL; `/pages/<n>` an article page; any path in `routes` its body. Every request path is
counted in `hits`.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

ARTICLE = (
    "Crews repaired the Halsey river bridge on Tuesday after a barge struck one of its piers, "
    "the county engineer Mara Quist said. The bridge reopened to cars in the evening, and "
    "trucks must wait for a load test next week, Quist said."
)


@dataclass
class Hostile:
    """What the server serves and what it saw."""

    base: str = ""
    routes: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    drip_seconds: float = 0.05
    stop: threading.Event = field(default_factory=threading.Event)


def page(number: int) -> bytes:
    """An article page."""
    return (
        f"<html><head><title>Bridge reopens {number}</title></head><body><article>"
        f"<h1>Bridge reopens {number}</h1><p>{ARTICLE}</p></article></body></html>"
    ).encode()


@contextmanager
def hostile_server() -> Iterator[Hostile]:
    """Run the server in a thread; stop it (and release every stuck handler) on exit."""
    state = Hostile()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            parts = urlsplit(self.path)
            state.hits[parts.path] += 1
            try:
                self._answer(parts.path, parse_qs(parts.query))
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should

        def _answer(self, path: str, query: dict[str, list[str]]) -> None:
            if path == "/endless":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Connection", "close")
                self.end_headers()
                block = b"<p>" + b"x" * 16_000 + b"</p>"
                while not state.stop.is_set():
                    self.wfile.write(block)
                return
            if path == "/drip":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "100000")
                self.send_header("Connection", "close")
                self.end_headers()
                while not state.stop.wait(state.drip_seconds):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                return
            if path == "/drip-headers":
                # a status line, then a header that never ends, one byte at a time
                self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                while not state.stop.wait(state.drip_seconds):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                return
            if path == "/redirect":
                self.send_response(302)
                self.send_header("Location", query["to"][0])
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if path.startswith("/pages/"):
                kind, body = "text/html", page(int(path.rsplit("/", 1)[1]))
            elif path in state.routes:
                kind, body = state.routes[path]
            else:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def rss(items: list[str], title: str = "Halsey Gazette") -> bytes:
    """An RSS feed whose entries are links only (no content), one per URL in `items`."""
    body = "".join(
        f"<item><title>Entry {n}</title><link>{url}</link></item>" for n, url in enumerate(items)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
        f"{body}</channel></rss>"
    ).encode()
