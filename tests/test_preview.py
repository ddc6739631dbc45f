"""The preview server: its page, the built files, rebuilds on change, and nothing else."""

from __future__ import annotations

import http.client
import json
import os
import select
import socket
import struct
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing import preview as preview_module
from briefing.app import preview_source
from briefing.errors import InputError, RenderError
from briefing.model import Brief
from briefing.preview import PreviewServer
from briefing.settings import Settings
from tests.builders import make_brief


def get(server: PreviewServer, path: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    """Send one raw request (the path exactly as given, no normalising) and return the answer."""
    port = int(server.url.rsplit(":", 1)[1].strip("/"))
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.putrequest(method, path, skip_accept_encoding=True)
        conn.endheaders()
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[PreviewServer]:
    templates = tmp_path / "tpl"
    templates.mkdir()
    srv = PreviewServer(lambda: make_brief(1), templates=templates, port=0)
    srv.start(poll=None)
    yield srv
    srv.close()


def test_listens_on_loopback_only(server: PreviewServer) -> None:
    assert server.url.startswith("http://127.0.0.1:")
    assert not server.url.endswith(":0/")


def test_page_shows_both_widths_and_tabs(server: PreviewServer) -> None:
    status, headers, body = get(server, "/")
    page = body.decode("utf-8")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert 'src="/brief.html" width="600"' in page
    assert 'src="/brief.html" width="375"' in page
    assert 'src="/brief.txt"' in page and 'src="/brief.json"' in page
    assert 'fetch("/version"' in page


def test_serves_the_built_files(server: PreviewServer) -> None:
    status, headers, body = get(server, "/brief.html")
    assert status == 200
    assert b"Council approves budget for the river bridge (1)" in body
    assert headers["Content-Security-Policy"] == "script-src 'none'"
    status, headers, body = get(server, "/brief.txt")
    assert status == 200 and headers["Content-Type"] == "text/plain; charset=utf-8"
    assert body.decode("utf-8").startswith("Briefing\n")
    status, _, body = get(server, "/brief.json")
    assert Brief.model_validate_json(body) == make_brief(1)
    status, _, body = get(server, "/version")
    assert json.loads(body) == {"version": 1, "error": None}
    status, _, body = get(server, "/brief.html", method="HEAD")
    assert status == 200 and body == b""


@pytest.mark.parametrize(
    "path",
    [
        "/../pyproject.toml",
        "/%2e%2e/%2e%2e/pyproject.toml",
        "/brief.html/../../../../etc/passwd",
        "//etc/passwd",
        "/templates/brief.mjml.j2",
        "/tests/builders.py",
        "/brief.eml",
    ],
)
def test_refuses_anything_else(server: PreviewServer, path: str) -> None:
    status, _, body = get(server, path)
    assert status == 404
    assert body == b"not found\n"


def test_rebuilds_when_a_template_changes(server: PreviewServer, tmp_path: Path) -> None:
    assert server.check() is False
    override = tmp_path / "tpl" / "brief.txt.j2"
    override.write_text("EDITED {{ subject }}\n", encoding="utf-8")
    assert server.check() is True
    assert server.version == 2
    assert (
        get(server, "/brief.txt")[2] == b"EDITED Council approves budget for the river bridge (1)\n"
    )
    assert json.loads(get(server, "/version")[2])["version"] == 2
    # an edit within the same mtime tick still changes the size, so it is seen
    stat = override.stat()
    override.write_text("EDITED AGAIN\n", encoding="utf-8")
    os.utime(override, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert server.check() is True
    assert get(server, "/brief.txt")[2] == b"EDITED AGAIN\n"


def test_keeps_the_last_good_build_and_shows_the_error(tmp_path: Path) -> None:
    calls = {"n": 0}

    def build() -> Brief:
        calls["n"] += 1
        if calls["n"] > 1:
            raise RenderError("x.mjml.j2:3: broken; fix the template")
        return make_brief(1)

    srv = PreviewServer(build, port=0)
    srv.start(poll=None)
    try:
        assert srv.rebuild() is False
        state = json.loads(get(srv, "/version")[2])
        assert state == {"version": 1, "error": "x.mjml.j2:3: broken; fix the template"}
        assert b"river bridge" in get(srv, "/brief.html")[2]
    finally:
        srv.close()


def test_watches_source_files(tmp_path: Path) -> None:
    source = tmp_path / "brief.json"
    source.write_text(make_brief(1).model_dump_json(), encoding="utf-8")
    build, watched = preview_source(Settings(), [], source)
    srv = PreviewServer(build, watch=watched, port=0)
    try:
        source.write_text(make_brief(2).model_dump_json(indent=1), encoding="utf-8")
        assert srv.check() is True
        assert srv.version == 2
    finally:
        srv.close()


def test_missing_brief_json_is_a_clear_error(tmp_path: Path) -> None:
    build, _ = preview_source(Settings(), [], tmp_path / "nope.json")
    with pytest.raises(InputError, match="run `briefing build` first"):
        build()


def test_cli_preview_stops_cleanly_on_ctrl_c(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.cli import main

    source = tmp_path / "brief.json"
    source.write_text(make_brief(1).model_dump_json(), encoding="utf-8")
    closed: list[bool] = []
    real_close = PreviewServer.close

    def interrupt(self: PreviewServer) -> None:
        raise KeyboardInterrupt

    def close(self: PreviewServer) -> None:
        closed.append(True)
        real_close(self)

    monkeypatch.setattr(preview_module.PreviewServer, "wait", interrupt)
    monkeypatch.setattr(preview_module.PreviewServer, "close", close)
    result = CliRunner().invoke(main, ["preview", "--port", "0", "--brief", str(source)])
    assert result.exit_code == 0, result.output
    assert "preview on http://127.0.0.1:" in result.output
    assert result.output.rstrip().endswith("stopped")
    assert closed == [True]


def raw_request(server: PreviewServer, data: bytes) -> bytes:
    """Send raw bytes and return everything the server answers before closing."""
    port = int(server.url.rsplit(":", 1)[1].strip("/"))
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_answers_only_for_its_own_host_names(server: PreviewServer) -> None:
    port = server.url.rsplit(":", 1)[1].strip("/")
    for host in ("attacker.example", f"attacker.example:{port}", "127.0.0.1:1", "[::1]"):
        answer = raw_request(server, f"GET /brief.json HTTP/1.0\r\nHost: {host}\r\n\r\n".encode())
        assert answer.startswith(b"HTTP/1.0 421"), host
        assert b'"stories"' not in answer
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", "LOCALHOST", "127.0.0.1"):
        answer = raw_request(server, f"GET /brief.json HTTP/1.0\r\nHost: {host}\r\n\r\n".encode())
        assert answer.startswith(b"HTTP/1.0 200"), host
        assert b'"stories"' in answer


def test_idle_connections_are_closed_and_threads_bounded(tmp_path: Path) -> None:
    srv = PreviewServer(lambda: make_brief(1), port=0, max_connections=4, idle_seconds=2.0)
    srv.start(poll=None)
    port = int(srv.url.rsplit(":", 1)[1].strip("/"))
    idle = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(12)]
    try:
        # beyond the 4 served at once, connections are closed straight away (no thread each)
        closed: set[socket.socket] = set()
        deadline = time.monotonic() + 1.5
        while len(closed) < 8 and time.monotonic() < deadline:
            ready, _, _ = select.select([s for s in idle if s not in closed], [], [], 0.1)
            for sock in ready:
                if sock.recv(1024) == b"":
                    closed.add(sock)
        assert len(closed) == 8
        # the 4 served ones send nothing and are closed when idle: a read ends, never hangs
        for sock in idle:
            if sock not in closed:
                while sock.recv(1024):
                    pass
        assert get(srv, "/brief.json")[0] == 200
    finally:
        for sock in idle:
            sock.close()
        srv.close()


def test_a_client_hanging_up_prints_no_traceback(
    server: PreviewServer, capfd: pytest.CaptureFixture[str]
) -> None:
    port = int(server.url.rsplit(":", 1)[1].strip("/"))
    for _ in range(20):
        sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        sock.sendall(b"GET /brief.html HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        # reset, not a polite close: the server's write fails with a broken pipe / reset
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()
    # and a failing write is handled directly too
    try:
        raise BrokenPipeError(32, "Broken pipe")
    except BrokenPipeError:
        server._httpd.handle_error(None, ("127.0.0.1", 1))
    assert get(server, "/brief.json")[0] == 200
    err = capfd.readouterr().err
    assert "Traceback" not in err and "BrokenPipe" not in err
