"""The send ledger: a real SQLite file that must be what the last run left, one writer at a time."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from click.testing import CliRunner

from briefing.cli import main
from briefing.delivery.ledger import MARKER_NAME, Ledger
from briefing.settings import load_settings
from tests.delivery_helpers import DAY, NOW, READERS, FaultServer, Server, make_brief


def outbox_config(tmp_path: Path, recipients: list[str] = READERS) -> Path:
    config = tmp_path / "briefing.toml"
    config.write_text(
        f"[mail]\nrecipients = {json.dumps(recipients)}\n"
        "[output]\ndir = 'out'\nstate_dir = '.briefing'\n",
        encoding="utf-8",
    )
    return config


def write_brief(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / f"brief{len(extra)}.json"
    path.write_text(make_brief(extra=extra).model_dump_json(), encoding="utf-8")
    return path


def send(config: Path, brief: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["send", "--config", str(config), "--brief", str(brief)])
    return result.exit_code, result.output


def eml_count(tmp_path: Path) -> int:
    return len(list((tmp_path / "out" / "outbox").glob("*.eml")))


def ledger_file(tmp_path: Path) -> Path:
    return tmp_path / ".briefing" / "ledger.sqlite"


def assert_refused(code: int, output: str, *words: str) -> None:
    assert code == 1, output
    assert "Traceback" not in output and "move it aside" not in output
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, output
    assert "nothing was sent" in errors[0] and "briefing ledger reset" in errors[0]
    for word in words:
        assert word in errors[0], errors[0]


def test_claim_is_exclusive(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.sqlite") as ledger:
        ledger.queue("k", DAY, "h" * 64, "t", [("a@example.org", "<m@x>")], NOW)
        assert ledger.claim("k", "a@example.org", NOW)
        assert not ledger.claim("k", "a@example.org", NOW)


def test_a_ledger_truncated_to_zero_bytes_stops_the_send(tmp_path: Path) -> None:
    config, brief = outbox_config(tmp_path), write_brief(tmp_path)
    assert send(config, brief)[0] == 0 and eml_count(tmp_path) == 3
    ledger_file(tmp_path).write_bytes(b"")
    code, output = send(config, brief)
    assert_refused(code, output, "missing or empty", "3 rows")
    assert eml_count(tmp_path) == 3  # nobody got it twice

    # The way out never resends: the brief now due counts as sent to everyone.
    reset = CliRunner().invoke(
        main, ["ledger", "reset", "--config", str(config), "--brief", str(brief)]
    )
    assert reset.exit_code == 0, reset.output
    assert "recorded as sent to 3 recipient(s), none sent" in reset.output
    assert list(ledger_file(tmp_path).parent.glob("ledger.sqlite.aside-*"))
    code, output = send(config, brief)
    assert code == 0 and "0 sent, 3 skipped" in output and eml_count(tmp_path) == 3
    # A changed brief goes out as usual.
    code, output = send(config, write_brief(tmp_path, " Work starts in May."))
    assert code == 0 and "3 sent" in output and eml_count(tmp_path) == 6


def test_a_deleted_ledger_or_an_old_copy_stops_the_send(tmp_path: Path) -> None:
    config = outbox_config(tmp_path)
    assert send(config, write_brief(tmp_path))[0] == 0
    old = tmp_path / "old.sqlite"
    shutil.copy(ledger_file(tmp_path), old)
    assert send(config, write_brief(tmp_path, " Later."))[0] == 0
    shutil.copy(old, ledger_file(tmp_path))
    code, output = send(config, write_brief(tmp_path, " Later."))
    assert_refused(code, output, "older than the last run left")
    ledger_file(tmp_path).unlink()
    code, output = send(config, write_brief(tmp_path, " Later."))
    assert_refused(code, output, "missing or empty")
    assert eml_count(tmp_path) == 6
    # A dry run and the listing say the same, without a traceback.
    dry = CliRunner().invoke(
        main, ["send", "--dry-run", "--config", str(config), "--brief", str(write_brief(tmp_path))]
    )
    assert dry.exit_code == 1 and "missing or empty" in dry.output
    listing = CliRunner().invoke(main, ["ledger", "--config", str(config)])
    assert listing.exit_code == 1 and "missing or empty" in listing.output


def test_another_ledger_put_in_its_place_stops_the_send(tmp_path: Path) -> None:
    config, brief = outbox_config(tmp_path), write_brief(tmp_path)
    assert send(config, brief)[0] == 0
    marker = ledger_file(tmp_path).with_name(MARKER_NAME)
    saved = marker.read_text(encoding="utf-8")
    # A fresh ledger from another machine (its own id) where ours was.
    (tmp_path / "other").mkdir()
    assert send(outbox_config(tmp_path / "other"), brief)[0] == 0
    shutil.copy(tmp_path / "other" / ".briefing" / "ledger.sqlite", ledger_file(tmp_path))
    marker.write_text(saved, encoding="utf-8")
    code, output = send(config, brief)
    assert_refused(code, output, "not the send ledger the last run left")


def test_a_lost_wal_file_after_a_crash_stops_the_send(tmp_path: Path, server: Server) -> None:
    readers = [f"reader{n}@example.org" for n in range(1, 6)]
    config = tmp_path / "briefing.toml"
    config.write_text(
        f"[mail]\nrecipients = {json.dumps(readers)}\n[delivery]\n"
        f'transport = "smtp"\nhost = "127.0.0.1"\nport = {server.port}\nsecurity = "none"\n',
        encoding="utf-8",
    )
    brief = write_brief(tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefing.cli", "send", "--config", str(config)]
        + ["--brief", str(brief)],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ),
    )

    def kill_on_third(count: int) -> None:
        if count == 3:
            proc.kill()

    server.handler.on_data = kill_on_third
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == -9, err.decode()
    wal = ledger_file(tmp_path).with_name("ledger.sqlite-wal")
    assert wal.exists()  # the crash left the last changes in the -wal file
    wal.unlink()
    ledger_file(tmp_path).with_name("ledger.sqlite-shm").unlink(missing_ok=True)
    server.handler.on_data = None
    code, output = send(config, brief)
    assert code == 1 and "Traceback" not in output, output
    assert "nothing was sent" in output and "briefing ledger reset" in output
    assert len(server.handler.messages) == 3  # nobody got a second copy


def corrupt_middle_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    assert len(data) >= 3 * page
    data[page * 2 : page * 3] = b"\xa5" * page
    path.write_bytes(bytes(data))


def test_a_corrupt_page_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    readers = [f"reader{n:04d}-with-a-long-name@example.org" for n in range(300)]
    config, brief = outbox_config(tmp_path, readers), write_brief(tmp_path)
    assert send(config, brief)[0] == 0
    corrupt_middle_page(ledger_file(tmp_path))
    code, output = send(config, brief)
    assert_refused(code, output, "damaged")
    listing = CliRunner().invoke(main, ["ledger", "--config", str(config)])
    assert listing.exit_code == 1 and "Traceback" not in listing.output
    assert "damaged" in listing.output


def test_not_a_database_at_all_is_one_line(tmp_path: Path) -> None:
    config, brief = outbox_config(tmp_path), write_brief(tmp_path)
    ledger_file(tmp_path).parent.mkdir()
    ledger_file(tmp_path).write_bytes(b"this is not SQLite\n" * 100)
    code, output = send(config, brief)
    assert code == 1 and "Traceback" not in output
    assert "damaged" in output and "file is not a database" in output
    assert eml_count(tmp_path) == 0


def test_an_unreadable_marker_stops_the_send(tmp_path: Path) -> None:
    config, brief = outbox_config(tmp_path), write_brief(tmp_path)
    assert send(config, brief)[0] == 0
    ledger_file(tmp_path).with_name(MARKER_NAME).write_text("{", encoding="utf-8")
    code, output = send(config, brief)
    assert_refused(code, output, "marker is unreadable")


# Two runs at once


def run_cli(tmp_path: Path, config: Path, brief: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "briefing.cli", "send", "--config", str(config)]
        + ["--brief", str(brief)],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=dict(os.environ),
    )


def test_first_time_sends_at_once_never_duplicate_nor_advise_a_resend(tmp_path: Path) -> None:
    config, brief = outbox_config(tmp_path), write_brief(tmp_path)
    procs = [run_cli(tmp_path, config, brief) for _ in range(4)]
    results = [(p.wait(timeout=120), p.communicate()[0].decode()) for p in procs]
    assert eml_count(tmp_path) == 3
    for code, output in results:
        assert code in (0, 75), output
        assert "Traceback" not in output and "move it aside" not in output
        assert "locked" not in output
        if code == 75:
            assert "another briefing run" in output and "sent nothing" in output


def test_a_second_send_while_one_is_sending_exits_cleanly(tmp_path: Path) -> None:
    server = FaultServer()
    server.hold = threading.Event()
    try:
        config = tmp_path / "briefing.toml"
        config.write_text(
            f"[mail]\nrecipients = {json.dumps(READERS)}\n[delivery]\n"
            f'transport = "smtp"\nhost = "127.0.0.1"\nport = {server.port}\nsecurity = "none"\n',
            encoding="utf-8",
        )
        brief = write_brief(tmp_path)
        first = run_cli(tmp_path, config, brief)
        for _ in range(600):  # until the first run's first message is at the server
            if server.received:
                break
            threading.Event().wait(0.05)
        code, output = send(config, brief)
        assert code == 75, output
        assert "another briefing run" in output and "sent nothing" in output
        server.hold.set()
        out, _ = first.communicate(timeout=60)
        assert first.returncode == 0, out.decode()
    finally:
        server.stop()
    assert server.delivered() == dict.fromkeys(READERS, 1)
    settings = load_settings(config, env={})
    db = sqlite3.connect(settings.ledger_path())
    try:
        assert {s for (s,) in db.execute("SELECT state FROM deliveries")} == {"sent"}
    finally:
        db.close()
