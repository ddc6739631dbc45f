"""The suppression list: a real SQLite file, HMAC tokens checked against the current secret."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import main
from briefing.delivery.suppression import SuppressionList, split_suppressed
from briefing.settings import Settings, load_settings

SECRET = {"BRIEFING_SECRET": "a-long-random-secret"}


def settings_for(tmp_path: Path, env: dict[str, str] | None = None, **mail: object) -> Settings:
    overrides = {
        "output": {"dir": str(tmp_path / "out"), "state_dir": str(tmp_path / "state")},
        "mail": {"recipients": ["ann@example.net", "Bob@Example.net"], **mail},
    }
    return load_settings(env=SECRET if env is None else env, overrides=overrides)


def test_tokens_resolve_only_with_the_right_secret(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    token = settings.unsubscribe_token("bob@example.net")
    with SuppressionList(tmp_path / "s.sqlite") as book:
        assert book.address_for(token, settings) == "bob@example.net"
        forged = token[:-1] + ("0" if token[-1] != "0" else "1")
        assert book.address_for(forged, settings) is None
        assert book.address_for("0" * 32, settings) is None
        assert book.address_for("../../etc/passwd", settings) is None
        # a token recorded at send time still resolves after the address left the settings
        book.remember_tokens([(token, "bob@example.net")])
        gone = settings_for(tmp_path, recipients=["ann@example.net"])
        assert book.address_for(token, gone) == "bob@example.net"
        # a new secret retires every old link; no secret answers nothing
        rotated = settings_for(tmp_path, env={"BRIEFING_SECRET": "another"})
        assert book.address_for(token, rotated) is None
        assert (
            book.address_for(
                settings_for(tmp_path, env={}).unsubscribe_token("ann@example.net"),
                settings_for(tmp_path, env={}),
            )
            is None
        )


def test_a_forged_row_does_not_unsubscribe_anyone(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    with SuppressionList(tmp_path / "s.sqlite") as book:
        book.remember_tokens([("f" * 32, "ann@example.net")])
        assert book.address_for("f" * 32, settings) is None


def test_suppression_wins_over_the_recipient_list(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    with SuppressionList.for_settings(settings) as book:
        assert book.suppress("BOB@example.net ", "one-click")
        assert not book.suppress("bob@example.net", "button")  # the first record stays
        assert [(s.address, s.how) for s in book.suppressed()] == [("bob@example.net", "one-click")]
    keep, dropped = split_suppressed(settings, settings.recipient_list())
    assert keep == ["ann@example.net"] and dropped == ["Bob@Example.net"]


@pytest.fixture
def config(tmp_path: Path) -> Path:
    (tmp_path / "readers.txt").write_text("# readers\ncat@example.net\n", encoding="utf-8")
    path = tmp_path / "briefing.toml"
    path.write_text(
        '[mail]\nrecipients = ["ann@example.net"]\nrecipients_file = "readers.txt"\n',
        encoding="utf-8",
    )
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["subscribers", *args])
    return result.exit_code, result.output


def test_subscribers_commands(config: Path, tmp_path: Path) -> None:
    cfg = ["--config", str(config)]
    assert run("add", "dan@example.net", *cfg) == (
        0,
        f"added dan@example.net to {tmp_path / 'readers.txt'}\n",
    )
    assert "# readers" in (tmp_path / "readers.txt").read_text(encoding="utf-8")
    code, out = run("remove", "cat@example.net", *cfg)
    assert code == 0 and "removed cat@example.net" in out
    code, out = run("remove", "ann@example.net", *cfg)
    assert code == 0 and "suppressed it" in out
    code, out = run("list", *cfg)
    assert "unsubscribed ann@example.net" in out and "active       dan@example.net" in out
    assert "cat@example.net" not in out
    code, out = run("suppressed", *cfg)
    assert "operator  ann@example.net" in out
    code, out = run("add", "ann@example.net", *cfg)
    assert code == 0 and "lifted the suppression of ann@example.net" in out
    code, out = run("remove", "nobody@example.net", *cfg)
    assert code == 2 and "not a recipient" in out and "Traceback" not in out
    code, out = run("add", "not an address", *cfg)
    assert code == 2 and "not an e-mail address" in out
