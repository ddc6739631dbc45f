"""Transports against servers that fail on purpose (tests/delivery_helpers.FaultServer).

Each fault is run through the whole batch (`send_brief`) with a real ledger, because what
matters is what the recipient gets: never two copies, and an honest report.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from briefing.cli import main
from briefing.delivery.send import send_brief
from briefing.delivery.transports import FatalDeliveryError, OutboxTransport, SmtpTransport
from briefing.errors import ConfigError
from briefing.settings import DeliverySettings
from tests.delivery_helpers import (
    DAY,
    READERS,
    FaultServer,
    Sleeps,
    closed_port,
    ledger_states,
    make_brief,
    make_settings,
)

Faults = Callable[..., FaultServer]


def fault_settings(tmp_path: Path, port: int, recipients: list[str] | None = None, **more: Any):  # type: ignore[no-untyped-def]
    options = {"host": "127.0.0.1", "port": port, "security": "none", "timeout": 5, **more}
    return make_settings(tmp_path, recipients, transport="smtp", **options)


def write_config(tmp_path: Path, port: int, recipients: list[str], **delivery: Any) -> Path:
    lines = [f"{k} = {json.dumps(v)}" for k, v in delivery.items()]
    config = tmp_path / "briefing.toml"
    config.write_text(
        f"[mail]\nrecipients = {json.dumps(recipients, ensure_ascii=False)}\n"
        f'[delivery]\ntransport = "smtp"\nhost = "127.0.0.1"\nport = {port}\n'
        'security = "none"\n' + "\n".join(lines) + "\n",
        encoding="utf-8",
    )
    return config


def write_brief(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / f"brief{len(extra)}.json"
    path.write_text(make_brief(extra=extra).model_dump_json(), encoding="utf-8")
    return path


# After the final "." of DATA: uncertain, never retried


def test_connection_dropped_after_the_data_dot_is_uncertain_and_never_resent(
    tmp_path: Path, faults: Faults
) -> None:
    server = faults(after_data=lambda n: "drop" if n == 1 else "250 2.0.0 OK")
    config = write_config(tmp_path, server.port, READERS)
    brief = write_brief(tmp_path)
    first = CliRunner().invoke(main, ["send", "--config", str(config), "--brief", str(brief)])
    assert first.exit_code == 3, first.output  # only the uncertain row is unsettled
    assert "2 sent, 0 skipped, 0 failed, 1 uncertain" in first.output
    assert "uncertain: ann@example.org" in first.output
    assert "may have arrived" in first.output and "ledger resolve" in first.output
    assert server.taken_in() == dict.fromkeys(READERS, 1)  # no retry in the same run

    # Not the next run either, nor the next day's run of the same brief.
    again = CliRunner().invoke(main, ["send", "--config", str(config), "--brief", str(brief)])
    assert again.exit_code == 3 and "uncertain: ann@example.org" in again.output
    settings = fault_settings(tmp_path, server.port)
    settings.output.state_dir = tmp_path / ".briefing"
    next_day = send_brief(make_brief(), settings, scheduled=DAY)
    assert next_day.exit_code == 3 and next_day.count("sent") == 0
    assert server.taken_in() == dict.fromkeys(READERS, 1)

    resolved = CliRunner().invoke(
        main, ["ledger", "resolve", "--delivered", "ann@example.org", "--config", str(config)]
    )
    assert resolved.exit_code == 0, resolved.output
    assert "1 uncertain row(s) resolved" in resolved.output
    settled = CliRunner().invoke(main, ["send", "--config", str(config), "--brief", str(brief)])
    assert settled.exit_code == 0, settled.output
    assert server.taken_in() == dict.fromkeys(READERS, 1)


def test_a_250_after_the_timeout_is_uncertain_not_retried(tmp_path: Path, faults: Faults) -> None:
    server = faults(after_data=lambda n: "late:1.0")
    settings = fault_settings(tmp_path, server.port, ["ann@example.org"], timeout=0.3)
    sleeps = Sleeps()
    report = send_brief(make_brief(), settings, scheduled=DAY, sleep=sleeps)
    assert [o.status for o in report.outcomes] == ["uncertain"]
    assert "after the whole message was sent" in report.outcomes[0].detail
    assert sleeps.delays == []  # no retry
    assert ledger_states(settings) == {"ann@example.org": "sending"}
    assert report.summary().endswith("0 sent, 0 skipped, 0 failed, 1 uncertain, 0 still queued")
    time.sleep(0.8)  # let the server's late "250" go out before it is stopped
    assert server.taken_in() == {"ann@example.org": 1}


def test_resend_after_resolve_sends_once_more(tmp_path: Path, faults: Faults) -> None:
    server = faults(after_data=lambda n: "drop" if n == 1 else "250 OK")
    config = write_config(tmp_path, server.port, ["ann@example.org", "bob@example.org"])
    brief = write_brief(tmp_path)
    CliRunner().invoke(main, ["send", "--config", str(config), "--brief", str(brief)])
    usage = CliRunner().invoke(main, ["ledger", "resolve", "--resend", "--config", str(config)])
    assert usage.exit_code == 2  # neither addresses nor --all
    resolved = CliRunner().invoke(
        main, ["ledger", "resolve", "--resend", "--all", "--config", str(config)]
    )
    assert resolved.exit_code == 0 and "resend: ann@example.org" in resolved.output
    rerun = CliRunner().invoke(main, ["send", "--config", str(config), "--brief", str(brief)])
    assert rerun.exit_code == 0, rerun.output
    assert "1 sent, 1 skipped" in rerun.output
    assert server.delivered() == {"ann@example.org": 1, "bob@example.org": 1}
    assert server.taken_in() == {"ann@example.org": 2, "bob@example.org": 1}


def test_451_after_the_data_dot_is_a_clear_answer_and_retried(
    tmp_path: Path, faults: Faults
) -> None:
    server = faults(after_data=lambda n: "451 4.3.0 try later" if n == 1 else "250 OK")
    sleeps = Sleeps()
    settings = fault_settings(tmp_path, server.port, ["ann@example.org"])
    report = send_brief(make_brief(), settings, scheduled=DAY, sleep=sleeps)
    assert report.count("sent") == 1 and sleeps.delays == [2.0]
    assert server.delivered() == {"ann@example.org": 1}


# A server that cannot be reached: stop fast, keep the rest queued


def test_refused_connection_stops_the_batch_after_one_retry_cycle(tmp_path: Path) -> None:
    readers = [f"reader{n}@example.org" for n in range(50)]
    settings = fault_settings(tmp_path, closed_port(), readers)  # default attempts and backoff
    sleeps = Sleeps()
    started = time.monotonic()
    report = send_brief(make_brief(), settings, scheduled=DAY, sleep=sleeps)
    assert time.monotonic() - started < 10  # no real waiting here; the delays are below
    # One cycle of 4 tries (2 + 4 + 8 s of backoff), not one per recipient (~700 s).
    assert sleeps.delays == [2.0, 4.0, 8.0]
    assert report.aborted is not None and "Connection refused" in report.aborted
    assert report.count("queued") == 50 and report.exit_code == 1
    assert set(ledger_states(settings).values()) == {"queued"}


def test_retries_stop_at_the_retry_window(tmp_path: Path, faults: Faults) -> None:
    server = faults(rcpt_reply=lambda who: "451 4.7.1 greylisted")
    readers = [f"reader{n}@example.org" for n in range(10)]
    settings = fault_settings(
        tmp_path, server.port, readers, attempts=10, backoff=2, retry_window=20
    )
    sleeps = Sleeps()
    report = send_brief(make_brief(), settings, scheduled=DAY, sleep=sleeps)
    # Waiting stops once 20 s of backoff are spent (2 + 4 + 8, then 2 + 4 for the next
    # recipient): every later recipient gets one try, and all stay queued for the next run.
    assert sleeps.delays == [2.0, 4.0, 8.0, 2.0, 4.0]
    assert len(server.received) == 0
    assert report.count("queued") == 10 and report.exit_code == 1


# Internationalised addresses


def test_no_smtputf8_idna_domain_goes_and_a_non_ascii_mailbox_fails_alone(
    tmp_path: Path, faults: Faults
) -> None:
    server = faults(extensions=("8BITMIME",))
    readers = ["ann@example.org", "jürgen@exämple.org", "bob@exämple.org", "cat@example.org"]
    settings = fault_settings(tmp_path, server.port, readers)
    report = send_brief(make_brief(), settings, scheduled=DAY, sleep=Sleeps())
    status = {o.recipient: o.status for o in report.outcomes}
    assert status == {
        "ann@example.org": "sent",
        "jürgen@exämple.org": "failed",
        "bob@exämple.org": "sent",
        "cat@example.org": "sent",
    }
    detail = next(o.detail for o in report.outcomes if o.status == "failed")
    assert "SMTPUTF8" in detail and "delivery.security" not in detail
    assert report.aborted is None
    assert server.delivered() == {
        "ann@example.org": 1,
        "bob@xn--exmple-cua.org": 1,
        "cat@example.org": 1,
    }
    to = [
        BytesParser(policy=policy.default).parsebytes(r.data)["To"]
        for r in server.received
        if r.rcpts == ["bob@xn--exmple-cua.org"]
    ]
    assert to == ["bob@xn--exmple-cua.org"]


def test_smtputf8_server_takes_the_international_address(tmp_path: Path, faults: Faults) -> None:
    server = faults(extensions=("8BITMIME", "SMTPUTF8"))
    settings = fault_settings(tmp_path, server.port, ["jürgen@exämple.org"])
    report = send_brief(make_brief(), settings, scheduled=DAY, sleep=Sleeps())
    assert report.count("sent") == 1
    (item,) = server.received
    assert item.rcpts == ["jürgen@exämple.org"] and "SMTPUTF8" in item.options
    parsed = BytesParser(policy=policy.default).parsebytes(item.data)
    assert parsed["To"] == "jürgen@exämple.org"


# Passwords never in clear text


def test_username_without_encryption_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unencrypted") as caught:
        make_settings(tmp_path, transport="smtp", security="none", username="desk")
    assert "allow_plaintext_auth" in str(caught.value)


def test_clear_text_login_only_when_explicitly_allowed(tmp_path: Path, faults: Faults) -> None:
    server = faults(extensions=("AUTH PLAIN",))
    allowed = fault_settings(
        tmp_path, server.port, ["ann@example.org"], username="desk", allow_plaintext_auth=True
    )
    assert send_brief(make_brief(), allowed, scheduled=DAY).count("sent") == 1
    assert len(server.auth_lines) == 1
    # A transport built around the settings check still refuses to send the password.
    unchecked = DeliverySettings.model_construct(
        **{**DeliverySettings().model_dump(), "host": "127.0.0.1", "port": server.port}
        | {"security": "none", "username": "desk", "allow_plaintext_auth": False}
    )
    transport = SmtpTransport(unchecked)
    with pytest.raises(FatalDeliveryError, match="unencrypted"):
        transport.send(EmailMessage(), "ann@example.org")
    assert len(server.auth_lines) == 1


# The outbox


def test_outbox_names_never_collide(tmp_path: Path) -> None:
    readers = ["jürgen@example.org", "jörgen@example.org", "Ann@example.org"]
    settings = make_settings(tmp_path, readers)
    report = send_brief(make_brief(), settings, scheduled=DAY)
    assert report.count("sent") == 3
    files = list((tmp_path / "out" / "outbox").glob("*.eml"))
    got = {BytesParser(policy=policy.default).parsebytes(p.read_bytes())["To"] for p in files}
    assert got == set(readers)
    message = EmailMessage()
    message["Message-ID"] = "<k.1@x>"
    outbox = OutboxTransport(tmp_path)
    assert outbox.path_for(message, "a@x.org") != outbox.path_for(message, "A@x.org")
