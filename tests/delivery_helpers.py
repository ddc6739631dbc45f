"""Shared helpers for the delivery tests: briefs, settings, real SMTP servers on 127.0.0.1.

`Server` is aiosmtpd (a well-behaved server that can refuse with chosen replies);
`FaultServer` is a small socket server that misbehaves on purpose: it drops the connection
after the final "." of DATA, answers after the client's timeout, replies 451, leaves SMTPUTF8
out of its EHLO, or holds a reply until the test lets it go.
"""

from __future__ import annotations

import shutil
import socket
import sqlite3
import ssl
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from briefing.model import Brief, Fact, Source, Story
from briefing.plugins import registry_names
from briefing.settings import Settings, load_settings

DAY = date(2025, 3, 10)
NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
UNSUB = "https://example.org/unsubscribe/{token}"
READERS = ["ann@example.org", "bob@example.org", "cat@example.org"]


def make_brief(headline: str = "Council approves new budget", extra: str = "") -> Brief:
    text = "The council approved the budget on Monday." + extra
    return Brief(
        generated_at="2025-03-10T07:00:00+00:00",
        title="Briefing",
        stories=[
            Story(
                id="story-1",
                headline=headline,
                summary=text,
                facts=[
                    Fact(
                        text=text,
                        sources=["a1", "a2"],
                        independent_sources=2,
                        source="a1",
                        start=0,
                        end=len(text),
                    )
                ],
                articles=["a1", "a2"],
                independent_groups=2,
            )
        ],
        sources=[
            Source(id="a1", path="a1.txt", outlet="Daily One"),
            Source(id="a2", path="a2.txt", outlet="Daily Two"),
        ],
    )


def make_settings(tmp_path: Path, recipients: list[str] | None = None, **delivery: Any) -> Settings:
    overrides = {
        "output": {"dir": str(tmp_path / "out"), "state_dir": str(tmp_path / "state")},
        "mail": {
            "sender": "Briefing <brief@example.org>",
            "recipients": READERS if recipients is None else recipients,
            "unsubscribe_url": UNSUB,
        },
        "delivery": {"backoff": 2.0, "backoff_max": 60.0, **delivery},
    }
    return load_settings(env={}, overrides=overrides, registries=registry_names())


def free_port() -> int:
    # aiosmtpd 1.4 cannot be given port 0 (its readiness check connects to that port),
    # so take a free port from the OS first.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Capture:
    """An aiosmtpd handler that keeps every message and can answer with chosen failures."""

    messages: list[tuple[list[str], EmailMessage]] = field(default_factory=list)
    rcpt_replies: dict[str, list[str]] = field(default_factory=dict)
    mail_reply: str | None = None
    on_data: Any = None

    async def handle_MAIL(self, server, session, envelope, address, options):  # type: ignore[no-untyped-def]
        if self.mail_reply:
            return self.mail_reply
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, options):  # type: ignore[no-untyped-def]
        queue = self.rcpt_replies.get(address)
        if queue:
            return queue.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        parsed = BytesParser(policy=policy.default).parsebytes(envelope.original_content)
        assert isinstance(parsed, EmailMessage)
        self.messages.append((list(envelope.rcpt_tos), parsed))
        if self.on_data is not None:
            self.on_data(len(self.messages))
        return "250 Message accepted"

    def received(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for rcpts, _ in self.messages:
            for who in rcpts:
                counts[who] = counts.get(who, 0) + 1
        return counts


class Server:
    """A real SMTP server on 127.0.0.1 that a test can start late or stop."""

    def __init__(self) -> None:
        self.handler = Capture()
        self.port = free_port()
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server()
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def down_server() -> Iterator[Server]:
    srv = Server()
    yield srv
    srv.stop()


def smtp_settings(tmp_path: Path, port: int, recipients: list[str] | None = None) -> Settings:
    return make_settings(
        tmp_path,
        recipients,
        transport="smtp",
        host="127.0.0.1",
        port=port,
        security="none",
        timeout=5,
    )


def ledger_states(settings: Settings) -> dict[str, str]:
    db = sqlite3.connect(settings.ledger_path())
    try:
        return dict(db.execute("SELECT recipient, state FROM deliveries").fetchall())
    finally:
        db.close()


class Sleeps:
    """Records backoff delays instead of sleeping; can run an action on a given call."""

    def __init__(self, action: Any = None) -> None:
        self.delays: list[float] = []
        self.action = action

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        if self.action is not None:
            self.action()
            self.action = None


def self_signed(folder: Path) -> tuple[Path, Path]:
    """Return (cert, key) for 127.0.0.1, made with the openssl command."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl command not available")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"]
        + ["-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1"]
        + ["-addext", "subjectAltName=IP:127.0.0.1"],
        check=True,
        capture_output=True,
    )
    return cert, key


@contextmanager
def tls_server(
    tmp_path: Path, *, implicit: bool = False, **options: Any
) -> Iterator[tuple[Capture, int, Path]]:
    """A real SMTP server with a self-signed certificate: STARTTLS, or TLS from the start."""
    cert, key = self_signed(tmp_path)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    handler = Capture()
    port = free_port()
    context = {"ssl_context" if implicit else "tls_context": server_context}
    controller = Controller(handler, hostname="127.0.0.1", port=port, **context, **options)
    controller.start()
    try:
        yield handler, port, cert
    finally:
        controller.stop()


@dataclass
class Received:
    """One message a FaultServer took in full (whatever it answered)."""

    sender: str
    options: list[str]
    rcpts: list[str]
    data: bytes
    answer: str


class FaultServer:
    """A tiny SMTP server in a thread that fails on purpose.

    `after_data(n)` returns what to do once the n-th message (1-based) is in: an SMTP reply
    line ("250 OK", "451 4.3.0 later"), "drop" (close without a word) or "late:SECONDS"
    (answer 250 only after that long). `hold` (an Event) delays every reply to the final
    "." until it is set. `extensions` are the EHLO keywords offered.
    """

    def __init__(
        self,
        *,
        after_data: Callable[[int], str] = lambda n: "250 2.0.0 OK",
        extensions: tuple[str, ...] = ("8BITMIME", "SMTPUTF8"),
        rcpt_reply: Callable[[str], str] = lambda who: "250 OK",
    ) -> None:
        self.after_data = after_data
        self.extensions = extensions
        self.rcpt_reply = rcpt_reply
        self.hold: threading.Event | None = None
        self.received: list[Received] = []
        self.auth_lines: list[str] = []
        self.connections = 0
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self.port = int(self._sock.getsockname()[1])
        self._threads: list[threading.Thread] = []
        self._stopped = False
        self._accepter = threading.Thread(target=self._accept, daemon=True)
        self._accepter.start()

    def delivered(self) -> dict[str, int]:
        """Return how many messages each recipient got that the server said 250 to."""
        counts: dict[str, int] = {}
        for item in self.received:
            if item.answer.startswith("250"):
                for who in item.rcpts:
                    counts[who] = counts.get(who, 0) + 1
        return counts

    def taken_in(self) -> dict[str, int]:
        """Return how many full messages reached the server per recipient, answered or not."""
        counts: dict[str, int] = {}
        for item in self.received:
            for who in item.rcpts:
                counts[who] = counts.get(who, 0) + 1
        return counts

    def stop(self) -> None:
        self._stopped = True
        self._sock.close()
        if self.hold is not None:
            self.hold.set()

    def _accept(self) -> None:
        while not self._stopped:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self.connections += 1
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, conn: socket.socket) -> None:
        with conn, conn.makefile("rb") as reader:
            try:
                self._session(conn, reader)
            except OSError:
                return

    def _session(self, conn: socket.socket, reader: Any) -> None:
        def say(line: str) -> None:
            conn.sendall(line.encode("utf-8") + b"\r\n")

        say("220 faults.test ESMTP")
        sender, options, rcpts = "", [], []
        while True:
            raw = reader.readline()
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = line.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                lines = ["faults.test", *self.extensions]
                for ext in lines[:-1]:
                    say(f"250-{ext}")
                say(f"250 {lines[-1]}")
            elif verb == "AUTH":
                self.auth_lines.append(line)
                say("235 2.7.0 Authentication successful")
            elif verb == "MAIL":
                address, _, rest = line[10:].partition(">")
                sender, options, rcpts = address.strip("<"), rest.split(), []
                say("250 OK")
            elif verb == "RCPT":
                who = line[8:].strip().strip("<>")
                reply = self.rcpt_reply(who)
                if reply.startswith("250"):
                    rcpts.append(who)
                say(reply)
            elif verb == "DATA":
                say("354 go ahead")
                chunks = []
                while True:
                    chunk = reader.readline()
                    if not chunk or chunk == b".\r\n":
                        break
                    chunks.append(chunk)
                if not chunk:
                    return
                action = self.after_data(len(self.received) + 1)
                item = Received(sender, options, list(rcpts), b"".join(chunks), action)
                self.received.append(item)
                if self.hold is not None:
                    self.hold.wait(30)
                if action == "drop":
                    return
                if action.startswith("late:"):
                    time.sleep(float(action[5:]))
                    item.answer = "250 late"
                    say("250 2.0.0 OK, but late")
                else:
                    say(action)
            elif verb == "RSET" or verb == "NOOP":
                say("250 OK")
            elif verb == "QUIT":
                say("221 bye")
                return
            else:
                say("502 5.5.2 not implemented")


@pytest.fixture
def faults() -> Iterator[Callable[..., FaultServer]]:
    """Start FaultServers with chosen faults; all are stopped at the end of the test."""
    started: list[FaultServer] = []

    def start(**options: Any) -> FaultServer:
        server = FaultServer(**options)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def closed_port() -> int:
    """Return a port on 127.0.0.1 where nothing listens (connections are refused)."""
    return free_port()
