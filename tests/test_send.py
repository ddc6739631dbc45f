"""The batch (briefing.delivery.send) against real SMTP servers on 127.0.0.1 and a real ledger."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from datetime import date
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import main
from briefing.delivery.ledger import Ledger, digest_key, message_id
from briefing.delivery.send import Backoff, send_brief
from briefing.errors import DeliveryError, RenderError
from briefing.output.message import content_hash
from briefing.settings import load_settings
from tests.delivery_helpers import (
    DAY,
    NOW,
    READERS,
    Server,
    Sleeps,
    ledger_states,
    make_brief,
    make_settings,
    smtp_settings,
    tls_server,
)

# The outbox transport


def test_outbox_writes_one_parsable_eml_per_recipient(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    brief = make_brief()
    report = send_brief(brief, settings, scheduled=DAY, clock=lambda: NOW)
    assert (report.count("sent"), report.count("failed")) == (3, 0)
    files = sorted((tmp_path / "out" / "outbox").glob("*.eml"))
    assert len(files) == 3
    key = digest_key(DAY, content_hash(brief))
    tokens = set()
    for path, who in zip(files, sorted(READERS), strict=True):
        msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        assert msg["To"] == who
        assert msg["Message-ID"] == message_id(key, who, settings.mail.sender)
        token = settings.unsubscribe_token(who)
        tokens.add(token)
        assert msg["List-Unsubscribe"].strip() == f"<https://example.org/unsubscribe/{token}>"
        assert isinstance(msg, EmailMessage)
        text = msg.get_body(("plain",))
        html = msg.get_body(("html",))
        assert text is not None and html is not None
        assert token in text.get_content() and token in html.get_content()
        assert "BRIEFINGUNSUBSCRIBETOKEN" not in msg.as_string()
    assert len(tokens) == 3
    assert set(ledger_states(settings).values()) == {"sent"}
    assert not list((tmp_path / "out" / "outbox").glob(".*.tmp"))


def test_unchanged_brief_is_never_sent_again_not_even_forced(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    outbox = tmp_path / "out" / "outbox"
    send_brief(make_brief(), settings, scheduled=DAY)
    again = send_brief(make_brief(), settings, scheduled=DAY)
    assert (again.count("sent"), again.count("skipped")) == (0, 3)
    # The next day's run with the same content is skipped too.
    next_day = send_brief(make_brief(), settings, scheduled=date(2025, 3, 11))
    assert next_day.count("skipped") == 3
    assert all("unchanged" in o.detail for o in next_day.outcomes)
    assert len(list(outbox.glob("*.eml"))) == 3
    # --force retries failures only: it never resends to anyone who got this brief.
    forced = send_brief(make_brief(), settings, scheduled=DAY, force=True)
    assert (forced.count("sent"), forced.count("skipped")) == (0, 3)
    assert forced.exit_code == 0
    changed = send_brief(make_brief(extra=" Work starts in May."), settings, scheduled=DAY)
    assert changed.count("sent") == 3 and changed.digest != forced.digest
    assert len(list(outbox.glob("*.eml"))) == 6


def test_new_recipient_gets_the_brief_others_do_not_again(tmp_path: Path) -> None:
    send_brief(make_brief(), make_settings(tmp_path), scheduled=DAY)
    more = make_settings(tmp_path, [*READERS, "dan@example.org"])
    report = send_brief(make_brief(), more, scheduled=DAY)
    assert [o.recipient for o in report.outcomes if o.status == "sent"] == ["dan@example.org"]


def test_dry_run_records_nothing_and_writes_the_messages_to_a_folder_it_names(
    tmp_path: Path,
) -> None:
    settings = make_settings(tmp_path)
    report = send_brief(make_brief(), settings, scheduled=DAY, dry_run=True)
    assert report.count("would send") == 3
    assert not settings.ledger_path().exists()
    assert not settings.outbox_dir().exists()
    assert report.folder is not None and str(report.folder) in report.summary()
    written = sorted(report.folder.glob("*.eml"))
    assert len(written) == 3
    parsed = BytesParser(policy=policy.default).parsebytes(written[0].read_bytes())
    assert parsed["To"] in READERS and parsed.get_body(("plain",)) is not None


def test_subject_with_line_break_is_refused_before_anything_is_queued(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    with pytest.raises(RenderError, match="line break"):
        send_brief(make_brief("Budget\r\nBcc: all@example.org"), settings, scheduled=DAY)
    assert ledger_states(settings) == {}
    assert not (tmp_path / "out" / "outbox").exists()


def test_recipient_with_line_break_is_refused_by_the_cli(tmp_path: Path) -> None:
    brief_file = tmp_path / "brief.json"
    brief_file.write_text(make_brief().model_dump_json(), encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["send", "--brief", str(brief_file)],
        env={"BRIEFING_MAIL__RECIPIENTS": '["a@example.org\\r\\nBcc: x@example.org"]'},
    )
    assert result.exit_code == 2
    assert "line break" in result.output and "Traceback" not in result.output


def test_claim_is_exclusive(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.sqlite") as ledger:
        ledger.queue("k", DAY, "h" * 64, "t", [("a@example.org", "<m@x>")], NOW)
        assert ledger.claim("k", "a@example.org", NOW)
        assert not ledger.claim("k", "a@example.org", NOW)


def test_backoff_doubles_and_is_capped() -> None:
    backoff = Backoff(attempts=6, first=2.0, cap=10.0)
    assert [backoff.delay(n) for n in range(1, 6)] == [2.0, 4.0, 8.0, 10.0, 10.0]


# SMTP against a real server


def test_smtp_delivers_each_recipient_its_own_message(tmp_path: Path, server: Server) -> None:
    settings = smtp_settings(tmp_path, server.port)
    report = send_brief(make_brief(), settings, scheduled=DAY)
    assert report.ok and report.count("sent") == 3
    assert sorted(server.handler.received()) == sorted(READERS)
    key = report.digest
    for rcpts, msg in server.handler.messages:
        assert rcpts == [msg["To"]]
        assert msg["From"] == "Briefing <brief@example.org>"
        assert msg["Subject"] == "Council approves new budget"
        assert msg["Message-ID"] == message_id(key, rcpts[0], settings.mail.sender)
        assert msg["Date"] and msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert settings.unsubscribe_token(rcpts[0]) in msg["List-Unsubscribe"]
        assert msg.get_content_type() == "multipart/alternative"
        assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    assert set(ledger_states(settings).values()) == {"sent"}


def test_server_down_at_first_then_up_is_retried(tmp_path: Path, down_server: Server) -> None:
    settings = smtp_settings(tmp_path, down_server.port)
    sleeps = Sleeps(action=down_server.start)
    report = send_brief(make_brief(), settings, scheduled=DAY, sleep=sleeps)
    assert report.ok and report.count("sent") == 3
    assert sleeps.delays == [2.0]
    assert down_server.handler.received() == dict.fromkeys(READERS, 1)
    assert report.outcomes[0].attempts == 2


def test_server_never_up_leaves_rows_queued_for_the_next_run(
    tmp_path: Path, down_server: Server
) -> None:
    settings = smtp_settings(tmp_path, down_server.port, ["ann@example.org"])
    sleeps = Sleeps()
    report = send_brief(make_brief(), settings, scheduled=DAY, sleep=sleeps)
    assert report.exit_code == 1 and report.count("queued") == 1 and report.aborted
    assert sleeps.delays == [2.0, 4.0, 8.0]  # four tries, bounded exponential backoff
    assert "still queued" in report.outcomes[0].detail
    assert ledger_states(settings) == {"ann@example.org": "queued"}
    down_server.start()
    later = send_brief(make_brief(), settings, scheduled=DAY, sleep=sleeps)
    assert later.ok and later.count("sent") == 1
    assert down_server.handler.received() == {"ann@example.org": 1}


def test_451_then_success(tmp_path: Path, server: Server) -> None:
    server.handler.rcpt_replies["bob@example.org"] = ["451 4.3.0 Try again later"]
    sleeps = Sleeps()
    report = send_brief(
        make_brief(), smtp_settings(tmp_path, server.port), scheduled=DAY, sleep=sleeps
    )
    assert report.ok and report.count("sent") == 3
    assert sleeps.delays == [2.0]
    assert server.handler.received() == dict.fromkeys(READERS, 1)


def test_550_for_one_recipient_others_delivered_exit_nonzero(
    tmp_path: Path, server: Server
) -> None:
    server.handler.rcpt_replies["bob@example.org"] = ["550 5.1.1 No such user"] * 5
    settings = smtp_settings(tmp_path, server.port)
    config = tmp_path / "briefing.toml"
    config.write_text(
        "[mail]\n"
        f"recipients = {json.dumps(READERS)}\n"
        "[delivery]\n"
        f'transport = "smtp"\nhost = "127.0.0.1"\nport = {server.port}\nsecurity = "none"\n'
        "[output]\nstate_dir = 'state'\n",
        encoding="utf-8",
    )
    brief_file = tmp_path / "brief.json"
    brief_file.write_text(make_brief().model_dump_json(), encoding="utf-8")
    result = CliRunner().invoke(main, ["send", "--config", str(config), "--brief", str(brief_file)])
    assert result.exit_code == 1
    assert "failed: bob@example.org" in result.output and "550" in result.output
    assert "2 sent, 0 skipped, 1 failed" in result.output
    assert server.handler.received() == {"ann@example.org": 1, "cat@example.org": 1}
    assert ledger_states(settings)["bob@example.org"] == "failed"
    listing = CliRunner().invoke(main, ["ledger", "--config", str(config)])
    assert listing.exit_code == 0
    assert "failed    bob@example.org" in listing.output
    assert "sent      ann@example.org" in listing.output


def test_sender_refused_stops_the_batch_and_keeps_it_queued(tmp_path: Path, server: Server) -> None:
    server.handler.mail_reply = "553 5.7.1 Sender not allowed"
    settings = smtp_settings(tmp_path, server.port)
    report = send_brief(make_brief(), settings, scheduled=DAY, sleep=Sleeps())
    assert not report.ok and report.aborted and "mail.sender" in report.aborted
    assert report.count("queued") == 3
    assert set(ledger_states(settings).values()) == {"queued"}
    server.handler.mail_reply = None
    assert send_brief(make_brief(), settings, scheduled=DAY).count("sent") == 3


def test_killed_mid_batch_then_rerun_sends_each_recipient_exactly_once(
    tmp_path: Path, server: Server
) -> None:
    readers = [f"reader{n}@example.org" for n in range(1, 6)]
    config = tmp_path / "briefing.toml"
    config.write_text(
        "[mail]\n"
        f"recipients = {json.dumps(readers)}\n"
        "[delivery]\n"
        f'transport = "smtp"\nhost = "127.0.0.1"\nport = {server.port}\nsecurity = "none"\n',
        encoding="utf-8",
    )
    brief_file = tmp_path / "brief.json"
    brief_file.write_text(make_brief().model_dump_json(), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefing.cli", "send", "--config", str(config)]
        + ["--brief", str(brief_file)],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ),
    )

    def kill_on_third(count: int) -> None:
        # The third message is in; the sender dies before it hears "250".
        if count == 3:
            proc.kill()

    server.handler.on_data = kill_on_third
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == -9, err.decode()
    assert len(server.handler.messages) == 3
    states = ledger_states(load_settings(config, env={}))
    assert list(states.values()).count("sent") == 2
    assert list(states.values()).count("sending") == 1  # in flight when killed
    assert list(states.values()).count("queued") == 2

    server.handler.on_data = None
    rerun = CliRunner().invoke(main, ["send", "--config", str(config), "--brief", str(brief_file)])
    assert rerun.exit_code == 3, rerun.output  # settled except the uncertain row
    assert "2 sent, 2 skipped, 0 failed, 1 uncertain" in rerun.output
    assert "uncertain: reader3@example.org" in rerun.output
    assert server.handler.received() == dict.fromkeys(readers, 1)
    third = [m for r, m in server.handler.messages if r == ["reader3@example.org"]]
    db = sqlite3.connect(load_settings(config, env={}).ledger_path())
    try:
        (stored,) = db.execute(
            "SELECT message_id FROM deliveries WHERE recipient = 'reader3@example.org'"
        ).fetchone()
    finally:
        db.close()
    assert third[0]["Message-ID"] == stored  # the ledger knows which message that was


def test_starttls_verifies_the_server_with_the_configured_ca(tmp_path: Path) -> None:
    with tls_server(tmp_path, require_starttls=True) as (handler, port, cert):
        base = {"host": "127.0.0.1", "port": port, "timeout": 5, "transport": "smtp"}
        trusted = make_settings(tmp_path, ["ann@example.org"], **base, ca_file=str(cert))
        report = send_brief(make_brief(), trusted, scheduled=DAY, sleep=Sleeps())
        assert report.ok and handler.received() == {"ann@example.org": 1}
        # Without the CA the certificate is refused outright, not retried.
        untrusted = make_settings(tmp_path / "other", ["bob@example.org"], **base)
        refused = send_brief(make_brief(), untrusted, scheduled=DAY, sleep=Sleeps())
        assert refused.aborted is not None and "certificate" in refused.aborted
        assert handler.received() == {"ann@example.org": 1}


def test_a_server_that_never_answers_times_out_and_is_retried(tmp_path: Path) -> None:
    # A listening socket that never accepts: the connection opens, the greeting never comes.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        settings = make_settings(
            tmp_path,
            ["ann@example.org"],
            transport="smtp",
            host="127.0.0.1",
            port=port,
            security="none",
            timeout=0.05,
            attempts=2,
        )
        sleeps = Sleeps()
        report = send_brief(make_brief(), settings, scheduled=DAY, sleep=sleeps)
    assert report.count("queued") == 1 and sleeps.delays == [2.0]
    assert "timed out" in report.outcomes[0].detail
    assert ledger_states(settings) == {"ann@example.org": "queued"}


def test_a_recipient_removed_after_queueing_is_not_sent(
    tmp_path: Path, down_server: Server
) -> None:
    everyone = smtp_settings(tmp_path, down_server.port, ["ann@example.org", "bob@example.org"])
    first = send_brief(make_brief(), everyone, scheduled=DAY, sleep=Sleeps())
    assert first.count("queued") == 2
    assert set(ledger_states(everyone).values()) == {"queued"}
    down_server.start()
    only_ann = smtp_settings(tmp_path, down_server.port, ["ann@example.org"])
    later = send_brief(make_brief(), only_ann, scheduled=DAY, sleep=Sleeps())
    assert later.count("sent") == 1
    assert down_server.handler.received() == {"ann@example.org": 1}


def test_digest_mode_builds_the_top_stories_from_settings(tmp_path: Path) -> None:
    from briefing.app import brief_from_settings
    from briefing.settings import load_settings
    from tests.conftest import SEEDS

    config = tmp_path / "briefing.toml"
    config.write_text(
        f'[sources]\npaths = ["{SEEDS}"]\n[digest]\nenabled = true\nworkers = 1\n',
        encoding="utf-8",
    )
    brief, _ = brief_from_settings(load_settings(config))
    assert len(brief.stories) == 1
    assert len(brief.stories[0].articles) == len(list(SEEDS.iterdir()))


def _authenticator(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
    from aiosmtpd.smtp import AuthResult, LoginPassword

    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        b"desk",
        b"s3cret",
    )
    return AuthResult(success=ok, handled=False)


def test_starttls_login_uses_the_password_from_the_environment(tmp_path: Path) -> None:
    with tls_server(
        tmp_path,
        require_starttls=True,
        authenticator=_authenticator,
        auth_required=True,
    ) as (handler, port, cert):
        delivery = {
            "host": "127.0.0.1",
            "port": port,
            "timeout": 5,
            "transport": "smtp",
            "security": "starttls",
            "username": "desk",
            "ca_file": str(cert),
        }
        overrides = {
            "output": {"dir": str(tmp_path / "out"), "state_dir": str(tmp_path / "state")},
            "mail": {"sender": "Briefing <brief@example.org>", "recipients": ["ann@example.org"]},
            "delivery": delivery,
        }
        good = load_settings(env={"BRIEFING_SMTP_PASSWORD": "s3cret"}, overrides=overrides)
        report = send_brief(make_brief(), good, scheduled=DAY, sleep=Sleeps())
        assert report.ok and handler.received() == {"ann@example.org": 1}

        overrides["output"] = {"dir": str(tmp_path / "o2"), "state_dir": str(tmp_path / "s2")}
        bad = load_settings(env={"BRIEFING_SMTP_PASSWORD": "wrong"}, overrides=overrides)
        refused = send_brief(make_brief(), bad, scheduled=DAY, sleep=Sleeps())
        assert refused.aborted is not None and "login refused" in refused.aborted
        assert "wrong" not in refused.aborted  # the password is never echoed
        assert handler.received() == {"ann@example.org": 1}


def test_implicit_tls_delivers(tmp_path: Path) -> None:
    with tls_server(tmp_path, implicit=True) as (handler, port, cert):
        settings = make_settings(
            tmp_path,
            ["ann@example.org"],
            transport="smtp",
            host="127.0.0.1",
            port=port,
            security="tls",
            timeout=5,
            ca_file=str(cert),
        )
        report = send_brief(make_brief(), settings, scheduled=DAY, sleep=Sleeps())
        assert report.ok and handler.received() == {"ann@example.org": 1}


def test_a_registered_transport_is_accepted_by_the_settings_and_used(tmp_path: Path) -> None:
    from briefing.delivery import transports
    from briefing.errors import ConfigError

    sent: list[str] = []

    class Pigeon:
        name = "pigeon"

        def send(self, message: EmailMessage, recipient: str) -> None:
            sent.append(recipient)

        def close(self) -> None:
            pass

    with pytest.raises(ConfigError, match="delivery.transport"):
        make_settings(tmp_path, transport="pigeon")
    transports.register_transport("pigeon", lambda settings: Pigeon())
    try:
        settings = make_settings(tmp_path, transport="pigeon")
        report = send_brief(make_brief(), settings, scheduled=DAY)
    finally:
        del transports.TRANSPORTS["pigeon"]
    assert report.transport == "pigeon" and sent == READERS


def test_test_send_reaches_one_address_marked_and_records_nothing(tmp_path: Path) -> None:
    from briefing.delivery.send import send_test

    settings = make_settings(tmp_path)
    report = send_test(make_brief(), settings, "Me Myself <me@example.org>")
    assert report.test and report.count("sent") == 1
    assert "not recorded in the ledger" in report.summary()
    written = list(settings.outbox_dir().glob("*.eml"))
    assert len(written) == 1
    parsed = BytesParser(policy=policy.default).parsebytes(written[0].read_bytes())
    assert str(parsed["Subject"]).startswith("[test] ")
    assert parsed["To"] == "Me Myself <me@example.org>"
    assert not settings.ledger_path().exists()
    # the real issue afterwards still goes to every reader
    real = send_brief(make_brief(), settings, scheduled=DAY)
    assert real.count("sent") == 3
    with pytest.raises(DeliveryError, match="send --to"):
        send_test(make_brief(), settings, "not an address")


def test_messages_carry_list_id_reply_to_and_the_postal_address(tmp_path: Path) -> None:
    overrides = {
        "output": {"dir": str(tmp_path / "out"), "state_dir": str(tmp_path / "state")},
        "mail": {
            "sender": "Lakeshore Brief <brief@lakeshore-news.org>",
            "recipients": ["Ann Lee <ann@lakeshore-news.org>"],
            "reply_to": "Desk <desk@lakeshore-news.org>",
            "postal_address": "Lakeshore News, 1 Quay Street, Harbour Town",
        },
        "brief": {"title": "Morning Brief"},
    }
    settings = load_settings(env={}, overrides=overrides)
    assert send_brief(make_brief(), settings, scheduled=DAY).count("sent") == 1
    (eml,) = settings.outbox_dir().glob("*.eml")
    parsed = BytesParser(policy=policy.default).parsebytes(eml.read_bytes())
    assert parsed["List-Id"] == '"Morning Brief" <morning-brief.lakeshore-news.org>'
    assert parsed["Reply-To"] == "Desk <desk@lakeshore-news.org>"
    assert parsed["To"] == "Ann Lee <ann@lakeshore-news.org>"
    for kind in ("plain", "html"):
        part = parsed.get_body((kind,))
        assert part is not None and "1 Quay Street, Harbour Town" in part.get_content()
    explicit = load_settings(
        env={}, overrides={**overrides, "mail": {**overrides["mail"], "list_id": "Brief <b.x.org>"}}
    )
    assert explicit.list_id() == "Brief <b.x.org>"
