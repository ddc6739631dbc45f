"""`briefing serve`: the reader-facing web app (unsubscribe and the archive), behind a proxy.

Routes:
    GET  /                       the archive index (out/archive/index.html)
    GET  /archive/...            archive files: issue pages, index.html, feed.xml (also at /...)
    GET  /unsubscribe/{token}    a confirmation page with one button (GET never unsubscribes:
                                 mail scanners follow links)
    POST /unsubscribe/{token}    RFC 8058 one-click (`List-Unsubscribe=One-Click`) or the button:
                                 records the address in the suppression list, answers 200

Starlette (routing, static files with path checks, trusted-host middleware) on uvicorn (an
HTTP/1.1 server on h11): both small, typed and well kept, and nothing else comes with them.
The standard library's http.server (used by `briefing preview`) is documented as not for
production; a full framework (Django) or one with its own ORM and templating would be far more
than two pages and a static folder need.

What a public endpoint must not do, it does not: an unknown, malformed or forged token gets the
same 404 page (nothing says whether an address exists); pages never show the address; tokens
never reach a log line (uvicorn's access log is off; a proxy in front should not log paths
either, see docs/serving.md); a Host header outside `[serve] allowed_hosts` gets 400; a body
over `[serve] max_body_bytes` gets 413 before it is read.
"""

from __future__ import annotations

import logging
import socket
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from briefing.delivery.suppression import How, SuppressionList, suppression_path
from briefing.errors import BriefingError, ConfigError
from briefing.settings import Settings

log = logging.getLogger(__name__)

UNSUBSCRIBE_TEMPLATE = "unsubscribe.html.j2"
ONE_CLICK = b"List-Unsubscribe=One-Click"
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    # The token is in the path: never send it on to another site as a Referer.
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
}


class BodyLimit:
    """ASGI middleware: 413 for a request body over `limit` bytes, declared or streamed."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await PlainTextResponse("Request body too large", 413)(scope, receive, send)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge
            return message

        try:
            await self.app(scope, limited, send)
        except _TooLarge:
            await PlainTextResponse("Request body too large", 413)(scope, receive, send)


class _TooLarge(Exception):
    """A streamed body went over the limit."""


class SecurityHeaders:
    """ASGI middleware: the same protective headers on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                for name, value in SECURITY_HEADERS.items():
                    if name.lower().encode() not in present:
                        headers.append((name.encode(), value.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


def check_settings(settings: Settings) -> list[str]:
    """Return warnings about serving with these settings; raise ConfigError on unsafe ones."""
    problems = settings.secret_problems()
    if problems:
        raise ConfigError("\n".join(problems))
    if settings.unsubscribe_secret is None:
        return ["no $BRIEFING_SECRET: unsubscribe links are not answered (archive only)"]
    return []


def create_app(settings: Settings) -> Starlette:
    """Return the ASGI app for these settings (the archive folder is created if missing)."""
    from briefing.output.archive import rebuild
    from briefing.output.render import environment

    archive = settings.archive_dir()
    title = settings.archive.title or settings.brief.title
    try:
        archive.mkdir(parents=True, exist_ok=True)
        if not (archive / "index.html").exists():
            rebuild(archive, archive_title=title, base_url=settings.archive.base_url)
    except OSError as exc:
        raise BriefingError(
            f"{archive}: cannot create the archive folder ({exc.strerror or exc}); "
            "check [archive] dir"
        ) from None
    env = environment()
    template = env.get_template(UNSUBSCRIBE_TEMPLATE)

    def page(state: str, heading: str, status: int, action: str = "") -> HTMLResponse:
        body = template.render(state=state, heading=heading, action=action, archive_title=title)
        return HTMLResponse(body, status, headers={"Cache-Control": "no-store"})

    def invalid() -> HTMLResponse:
        return page("invalid", "Link not valid", 404)

    def unavailable() -> HTMLResponse:
        return page("error", "Please try again later", 503)

    def lookup(token: str) -> str | None:
        if settings.unsubscribe_secret is None:
            return None
        with SuppressionList(suppression_path(settings)) as book:
            return book.address_for(token, settings)

    def suppress(token: str, how: How) -> bool:
        if settings.unsubscribe_secret is None:
            return False
        with SuppressionList(suppression_path(settings)) as book:
            address = book.address_for(token, settings)
            if address is None:
                return False
            book.suppress(address, how)
            return True

    async def confirm(request: Request) -> Response:
        token = str(request.path_params["token"])
        try:
            address = await run_in_threadpool(lookup, token)
        except BriefingError as exc:
            log.error("unsubscribe page: %s", exc)
            return unavailable()
        if address is None:
            return invalid()
        return page("confirm", "Unsubscribe", 200, action=request.url.path)

    async def unsubscribe(request: Request) -> Response:
        token = str(request.path_params["token"])
        body = await request.body()
        # urlencoded "List-Unsubscribe=One-Click", or the same field as multipart/form-data
        how: How = "one-click" if ONE_CLICK in body or b"One-Click" in body else "button"
        try:
            done = await run_in_threadpool(suppress, token, how)
        except BriefingError as exc:
            # The provider retries a failed one-click later; the reader sees a plain message.
            log.error("unsubscribe: %s", exc)
            return unavailable()
        if not done:
            return invalid()
        return page("done", "You are unsubscribed", 200)

    files = StaticFiles(directory=archive, html=True, check_dir=False)
    middleware = [
        Middleware(SecurityHeaders),
        Middleware(TrustedHostMiddleware, allowed_hosts=list(settings.serve.allowed_hosts)),
        Middleware(BodyLimit, limit=settings.serve.max_body_bytes),
    ]
    routes = [
        Route("/unsubscribe/{token}", confirm, methods=["GET", "HEAD"]),
        Route("/unsubscribe/{token}", unsubscribe, methods=["POST"]),
        Mount("/archive", app=files),
        Mount("/", app=files),
    ]
    return Starlette(routes=routes, middleware=middleware)


def bind(host: str, port: int) -> socket.socket:
    """Return a listening socket on host:port (port 0 picks a free one)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise BriefingError(
            f"{host}:{port}: cannot listen ({exc.strerror or exc}); choose another --host/--port"
        ) from None
    sock.set_inheritable(True)
    return sock


def url_of(sock: socket.socket) -> str:
    """Return the http URL a bound socket answers on."""
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def run(settings: Settings, sock: socket.socket, **uvicorn_options: Any) -> None:
    """Serve the app on an already bound socket until interrupted (SIGINT/SIGTERM)."""
    import uvicorn

    app = create_app(settings)
    config = uvicorn.Config(
        app,
        log_config=None,  # our logging set-up, not uvicorn's
        access_log=False,  # paths carry unsubscribe tokens
        server_header=False,
        proxy_headers=True,
        forwarded_allow_ips="127.0.0.1",
        timeout_keep_alive=5,
        limit_concurrency=100,
        h11_max_incomplete_event_size=16 * 1024,
        **uvicorn_options,
    )
    server = uvicorn.Server(config)
    server.run(sockets=[sock])
