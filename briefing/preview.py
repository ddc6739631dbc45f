"""A local preview server: the email at desktop and phone widths, the text and the JSON.

It listens on 127.0.0.1 only, serves its own page and the built files (nothing from disk by
path), rebuilds when a watched source or template file changes (by polling mtimes), and the
page reloads itself by polling a small version endpoint.

Any web page the user visits can make the browser talk to 127.0.0.1, so the server answers only
requests addressed to its own host names (a DNS-rebinding page sends its own name in `Host`),
serves at most `MAX_CONNECTIONS` connections at once, drops a connection idle for
`IDLE_SECONDS`, and treats a client hanging up as routine (one debug line, no traceback).
"""

from __future__ import annotations

import json
import logging
import socket
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from briefing.errors import BriefingError
from briefing.model import Brief
from briefing.output.render import BUILTIN_TEMPLATES, render_html, render_text

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
POLL_SECONDS = 0.5
ALLOWED_HOSTS = frozenset({"127.0.0.1", "localhost"})
"""Host header names the server answers for (with its own port); anything else gets 421."""
MAX_CONNECTIONS = 32
"""Connections served at once; more are closed at once (a preview has one user)."""
IDLE_SECONDS = 15.0
"""A connection that sends nothing for this long is closed."""

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Brief preview</title>
<style>
  body { margin: 0; font: 14px/1.4 -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif;
         background: #e9ebee; color: #1f2328; }
  header { display: flex; gap: 8px; align-items: center; padding: 8px 16px; background: #fff;
           border-bottom: 1px solid #d0d4da; }
  header b { margin-right: auto; }
  button { font: inherit; padding: 4px 12px; border: 1px solid #aab; border-radius: 4px;
           background: #f6f7f8; cursor: pointer; }
  button[aria-selected="true"] { background: #1f2328; color: #fff; }
  #error { display: none; margin: 0; padding: 8px 16px; background: #fde7e9; color: #8a1020;
           white-space: pre-wrap; }
  .panel { display: none; padding: 16px; gap: 24px; align-items: flex-start; overflow-x: auto; }
  .panel.on { display: flex; }
  figure { margin: 0; }
  figcaption { margin-bottom: 4px; color: #555; }
  iframe { border: 1px solid #c3c7cd; background: #fff; height: calc(100vh - 120px); }
  #text iframe, #json iframe { width: min(100%, 900px); }
</style>
</head>
<body>
<header>
  <b>Brief preview</b>
  <button role="tab" aria-selected="true" data-panel="email">Email</button>
  <button role="tab" aria-selected="false" data-panel="text">Plain text</button>
  <button role="tab" aria-selected="false" data-panel="json">JSON</button>
  <span id="status"></span>
</header>
<pre id="error"></pre>
<section class="panel on" id="email">
  <figure><figcaption>Desktop, 600 px</figcaption>
    <iframe title="Email at 600 pixels" src="/brief.html" width="600"></iframe></figure>
  <figure><figcaption>Phone, 375 px</figcaption>
    <iframe title="Email at 375 pixels" src="/brief.html" width="375"></iframe></figure>
</section>
<section class="panel" id="text">
  <iframe title="Plain text part" src="/brief.txt"></iframe>
</section>
<section class="panel" id="json">
  <iframe title="brief.json" src="/brief.json"></iframe>
</section>
<script>
  for (const tab of document.querySelectorAll("[data-panel]")) {
    tab.addEventListener("click", () => {
      for (const t of document.querySelectorAll("[data-panel]")) {
        t.setAttribute("aria-selected", String(t === tab));
        document.getElementById(t.dataset.panel).classList.toggle("on", t === tab);
      }
    });
  }
  let seen = null;
  async function poll() {
    try {
      const state = await (await fetch("/version", {cache: "no-store"})).json();
      const box = document.getElementById("error");
      box.textContent = state.error || "";
      box.style.display = state.error ? "block" : "none";
      document.getElementById("status").textContent = "build " + state.version;
      if (seen !== null && state.version !== seen) {
        for (const frame of document.querySelectorAll("iframe")) frame.src = frame.src;
      }
      seen = state.version;
    } catch (err) {
      document.getElementById("status").textContent = "server stopped";
    }
    setTimeout(poll, 1000);
  }
  poll();
</script>
</body>
</html>
"""


@dataclass(slots=True)
class _Built:
    """The files the server may serve, and the last build error."""

    version: int = 0
    files: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    error: str | None = None


def _files_under(paths: Iterable[Path]) -> Iterable[Path]:
    for path in paths:
        if path.is_dir():
            yield from (p for p in sorted(path.rglob("*")) if p.is_file())
        elif path.exists():
            yield path


def snapshot(paths: Iterable[Path]) -> dict[str, tuple[int, int]]:
    """Return {file: (mtime_ns, size)} for every file in or under `paths`."""
    state: dict[str, tuple[int, int]] = {}
    for path in _files_under(paths):
        try:
            stat = path.stat()
        except OSError:  # removed between listing and stat: the next poll sees it gone
            continue
        state[str(path)] = (stat.st_mtime_ns, stat.st_size)
    return state


class _BoundedServer(ThreadingHTTPServer):
    """A threading HTTP server with a cap on threads and no traceback when a client hangs up."""

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[BaseHTTPRequestHandler],
        max_connections: int,
    ) -> None:
        self.slots = threading.BoundedSemaphore(max_connections)
        super().__init__(address, handler)

    def process_request(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override]
        if not self.slots.acquire(blocking=False):
            log.warning("preview: more than %s connections at once; one refused", MAX_CONNECTIONS)
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.slots.release()
            raise

    def process_request_thread(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override]
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()

    def handle_error(self, request: object, client_address: object) -> None:
        import sys

        kind, exc = sys.exc_info()[:2]
        if kind is not None and issubclass(kind, (ConnectionError, TimeoutError)):
            log.debug("preview: client %s went away (%s)", client_address, kind.__name__)
            return
        log.warning("preview: request from %s failed: %s: %s", client_address, kind, exc)


class PreviewServer:
    """Serves the preview page and rebuilds when watched files change."""

    def __init__(
        self,
        build: Callable[[], Brief],
        *,
        watch: Sequence[Path] = (),
        templates: Path | None = None,
        port: int = 0,
        max_connections: int = MAX_CONNECTIONS,
        idle_seconds: float = IDLE_SECONDS,
        unsubscribe_url: str | None = None,
    ) -> None:
        self._build = build
        self._idle = idle_seconds
        self._templates = templates
        self._unsubscribe_url = unsubscribe_url
        self._watch = [*watch, *([templates] if templates else []), BUILTIN_TEMPLATES]
        self._built = _Built()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._seen = snapshot(self._watch)
        self.rebuild()
        try:
            self._httpd = _BoundedServer((HOST, port), self._handler(), max_connections)
        except OSError as exc:
            raise BriefingError(
                f"{HOST}:{port}: cannot listen ({exc.strerror or exc}); pass another --port"
            ) from exc

    @property
    def url(self) -> str:
        """Return the address of the preview page."""
        return f"http://{HOST}:{self._httpd.server_address[1]}/"

    @property
    def version(self) -> int:
        """Return the number of successful builds so far."""
        with self._lock:
            return self._built.version

    @property
    def error(self) -> str | None:
        """Return the last build error, or None when the last build worked."""
        with self._lock:
            return self._built.error

    def rebuild(self) -> bool:
        """Build and render again; keep the last good files if that fails."""
        try:
            brief = self._build()
            files = {
                "/brief.html": (
                    render_html(
                        brief, templates=self._templates, unsubscribe_url=self._unsubscribe_url
                    ).encode("utf-8"),
                    "text/html; charset=utf-8",
                ),
                "/brief.txt": (
                    render_text(
                        brief, templates=self._templates, unsubscribe_url=self._unsubscribe_url
                    ).encode("utf-8"),
                    "text/plain; charset=utf-8",
                ),
                "/brief.json": (
                    (brief.model_dump_json(indent=2) + "\n").encode("utf-8"),
                    "application/json",
                ),
            }
        except BriefingError as exc:
            log.warning("preview build failed: %s", exc)
            with self._lock:
                self._built.error = str(exc)
            return False
        except Exception as exc:  # a half-saved file must not stop the preview: show it
            log.exception("preview build crashed")
            with self._lock:
                self._built.error = f"build crashed: {type(exc).__name__}: {exc}"
            return False
        with self._lock:
            self._built.files = files
            self._built.version += 1
            self._built.error = None
        log.info("preview build %d ready", self._built.version)
        return True

    def check(self) -> bool:
        """Rebuild if a watched file changed since the last check; return whether it did."""
        current = snapshot(self._watch)
        if current == self._seen:
            return False
        self._seen = current
        self.rebuild()
        return True

    def _poll(self, interval: float) -> None:
        while not self._stop.wait(interval):
            self.check()

    def start(self, *, poll: float | None = POLL_SECONDS) -> None:
        """Serve in a background thread and, if `poll` is set, watch files every `poll` s."""
        server = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="preview-http"
        )
        self._threads.append(server)
        if poll is not None:
            self._threads.append(threading.Thread(target=self._poll, args=(poll,), name="poll"))
        for thread in self._threads:
            thread.daemon = True
            thread.start()

    def wait(self) -> None:
        """Block until close() or Ctrl-C (KeyboardInterrupt propagates to the caller)."""
        while not self._stop.wait(0.5):
            pass

    def close(self) -> None:
        """Stop serving and watching, and release the port."""
        self._stop.set()
        if self._threads:  # shutdown() waits for serve_forever, so only call it once started
            self._httpd.shutdown()
        self._httpd.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads.clear()

    def _state(self) -> bytes:
        with self._lock:
            return json.dumps({"version": self._built.version, "error": self._built.error}).encode()

    def _lookup(self, path: str) -> tuple[bytes, str] | None:
        """Return (body, content type) for one of the server's own URLs, else None."""
        if path in ("/", "/index.html"):
            return PAGE.encode("utf-8"), "text/html; charset=utf-8"
        if path == "/version":
            return self._state(), "application/json"
        with self._lock:
            return self._built.files.get(path)

    def own_host(self, header: str | None) -> bool:
        """Return True when a Host header names this server (or is absent, as in HTTP/1.0)."""
        if header is None:
            return True
        value = header.strip().lower()
        if value.startswith("["):  # an IPv6 literal: never this server's (it listens on IPv4)
            return False
        name, _, port = value.partition(":")
        own = str(self._httpd.server_address[1])
        return name.rstrip(".") in ALLOWED_HOSTS and port in ("", own)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            """Answers GET/HEAD for exact known paths only: no file is looked up by path."""

            timeout = server._idle  # the socket timeout: a connection idle this long is closed

            def do_GET(self) -> None:  # noqa: N802 (the http.server naming)
                self._answer(body=True)

            def do_HEAD(self) -> None:  # noqa: N802
                self._answer(body=False)

            def _answer(self, *, body: bool) -> None:
                path = urlsplit(self.path).path
                if not server.own_host(self.headers.get("Host")):
                    # another site's name (DNS rebinding) must not read the brief
                    payload, ctype = b"wrong host\n", "text/plain; charset=utf-8"
                    self.send_response(HTTPStatus.MISDIRECTED_REQUEST)
                    path = ""
                elif (found := server._lookup(path)) is None:
                    payload, ctype = b"not found\n", "text/plain; charset=utf-8"
                    self.send_response(HTTPStatus.NOT_FOUND)
                else:
                    payload, ctype = found
                    self.send_response(HTTPStatus.OK)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(payload)))
                self.send_header("Cache-Control", "no-store")
                self.send_header("X-Content-Type-Options", "nosniff")
                if path == "/brief.html":
                    # The email itself must not run scripts, even if a template adds one.
                    self.send_header("Content-Security-Policy", "script-src 'none'")
                self.end_headers()
                if body:
                    try:
                        self.wfile.write(payload)
                    except ConnectionError:  # the client hung up: nothing to answer
                        self.close_connection = True

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                log.debug("preview %s", format % args)

        return Handler
