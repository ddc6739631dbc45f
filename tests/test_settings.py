"""Settings: defaults < briefing.toml < BRIEFING_* env < flags; errors name the field and reason."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.app import build_options, mail_options
from briefing.cli import main
from briefing.errors import ConfigError
from briefing.settings import ScheduleSettings, load_settings

ISSUE_EXAMPLE = """\
[sources]
paths = ["seeds"]
[output]
dir = "out"
state_dir = ".briefing"
[mail]
sender = "Briefing <brief@example.org>"
recipients = ["reader@example.org"]
unsubscribe_url = "https://example.org/unsubscribe/{token}"
[delivery]
transport = "smtp"
host = "127.0.0.1"
port = 2525
security = "none"
username = ""
[schedule]
cron = "0 7 * * *"
timezone = "America/New_York"
[brief]
min_sources = 2
quotes_per_side = 2
"""


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_at_all_gives_defaults() -> None:
    settings = load_settings(env={})
    assert settings.config_path is None
    assert settings.delivery.transport == "outbox"
    assert settings.delivery.effective_port() == 587
    assert settings.brief.min_sources == 2
    assert settings.schedule.timezone == "UTC"
    assert settings.recipient_list() == []


def test_issue_example_loads_every_name(tmp_path: Path) -> None:
    cfg = write(tmp_path / "briefing.toml", ISSUE_EXAMPLE)
    settings = load_settings(cfg, env={})
    assert settings.sources.paths == [tmp_path / "seeds"]
    assert settings.output.dir == tmp_path / "out"
    assert settings.output.state_dir == tmp_path / ".briefing"
    assert settings.delivery.transport == "smtp"
    assert settings.delivery.effective_port() == 2525
    assert settings.delivery.security == "none"
    assert settings.schedule.timezone == "America/New_York"
    assert settings.recipient_list() == ["reader@example.org"]
    options = build_options(settings)
    assert (options.min_sources, options.quotes_per_side) == (2, 2)


def test_briefing_toml_in_cwd_is_found_and_env_names_another(tmp_path: Path) -> None:
    write(tmp_path / "briefing.toml", "[brief]\nmin_sources = 3\n")
    other = write(tmp_path / "other.toml", "[brief]\nmin_sources = 4\n")
    assert load_settings(env={}).brief.min_sources == 3
    assert load_settings(env={"BRIEFING_CONFIG": str(other)}).brief.min_sources == 4


def test_precedence_defaults_file_env_flags(tmp_path: Path) -> None:
    cfg = write(tmp_path / "b.toml", "[delivery]\nport = 2525\nhost = 'file-host'\n")
    env = {"BRIEFING_DELIVERY__PORT": "2526"}
    settings = load_settings(cfg, env=env, overrides={"delivery": {"host": "flag-host"}})
    assert settings.delivery.port == 2526  # env beats file
    assert settings.delivery.host == "flag-host"  # flag beats file
    flagged = load_settings(cfg, env=env, overrides={"delivery": {"port": 2527}})
    assert flagged.delivery.port == 2527  # flag beats env
    unset = load_settings(cfg, env=env, overrides={"delivery": {"port": None}})
    assert unset.delivery.port == 2526  # a flag left out changes nothing


def test_env_lists_json_or_commas() -> None:
    commas = load_settings(env={"BRIEFING_MAIL__RECIPIENTS": "a@example.org, b@example.org"})
    assert commas.recipient_list() == ["a@example.org", "b@example.org"]
    js = load_settings(env={"BRIEFING_MAIL__RECIPIENTS": '["c@example.org"]'})
    assert js.recipient_list() == ["c@example.org"]


def test_recipients_file_is_read_validated_and_merged(tmp_path: Path) -> None:
    write(tmp_path / "readers.txt", "# team\nb@example.org\n\nA@example.org  # dup\n")
    cfg = write(
        tmp_path / "b.toml",
        '[mail]\nrecipients = ["a@example.org"]\nrecipients_file = "readers.txt"\n',
    )
    assert load_settings(cfg, env={}).recipient_list() == ["a@example.org", "b@example.org"]
    write(tmp_path / "readers.txt", "ok@example.org\nnot-an-address\n")
    with pytest.raises(ConfigError, match=r"readers\.txt:2: 'not-an-address'"):
        load_settings(cfg, env={})


def test_bad_file_reports_every_problem_with_field_path(tmp_path: Path) -> None:
    cfg = write(
        tmp_path / "b.toml",
        "[delivery]\nport = 'x'\nsecurity = 'ssl'\nhostt = 'a'\n"
        "[schedule]\ntimezone = 'Mars/Base'\ncron = '0 7 * *'\n"
        "[mail]\nrecipients = ['nobody']\n",
    )
    with pytest.raises(ConfigError) as caught:
        load_settings(cfg, env={})
    lines = str(caught.value).splitlines()
    joined = "\n".join(lines)
    assert len(lines) == 6
    assert all(line.startswith(f"{cfg}: ") for line in lines)
    for field in (
        "delivery.port",
        "delivery.security",
        "delivery.hostt: unknown setting",
        "schedule.timezone",
        "schedule.cron",
        "mail.recipients",
    ):
        assert field in joined


def test_env_problem_names_the_variable() -> None:
    with pytest.raises(ConfigError, match=r"^\$BRIEFING_DELIVERY__PORT: delivery.port: "):
        load_settings(env={"BRIEFING_DELIVERY__PORT": "seven"})
    with pytest.raises(ConfigError, match="unknown section"):
        load_settings(env={"BRIEFING_DELIVERYY__PORT": "1"})


def test_password_never_from_the_file_only_from_env(tmp_path: Path) -> None:
    cfg = write(tmp_path / "b.toml", "[delivery]\npassword = 'hunter2'\n")
    with pytest.raises(ConfigError, match="BRIEFING_SMTP_PASSWORD"):
        load_settings(cfg, env={})
    with pytest.raises(ConfigError, match="BRIEFING_SMTP_PASSWORD"):
        load_settings(env={"BRIEFING_DELIVERY__PASSWORD": "hunter2"})
    settings = load_settings(env={"BRIEFING_SMTP_PASSWORD": "hunter2"})
    assert settings.delivery.password is not None
    assert settings.delivery.password.get_secret_value() == "hunter2"
    assert "hunter2" not in repr(settings) and "hunter2" not in str(settings.effective())


def test_header_injection_in_sender_or_recipient_is_refused() -> None:
    with pytest.raises(ConfigError, match="line break"):
        load_settings(env={"BRIEFING_MAIL__SENDER": "Brief <b@example.org>\r\nBcc: x@example.org"})
    with pytest.raises(ConfigError, match="mail.recipients"):
        load_settings(env={"BRIEFING_MAIL__RECIPIENTS": '["a@example.org\\nBcc: x@example.org"]'})


def test_unsubscribe_token_is_keyed_and_per_recipient() -> None:
    env = {"BRIEFING_MAIL__UNSUBSCRIBE_URL": "https://example.org/u/{token}"}
    plain = load_settings(env=env)
    keyed = load_settings(env={**env, "BRIEFING_UNSUBSCRIBE_SECRET": "s3cret"})
    a, b = "a@example.org", "b@example.org"
    assert plain.unsubscribe_token(a) != plain.unsubscribe_token(b)
    assert plain.unsubscribe_token(a) == plain.unsubscribe_token("A@Example.org")
    assert keyed.unsubscribe_token(a) != plain.unsubscribe_token(a)
    assert keyed.unsubscribe_link(a) == f"https://example.org/u/{keyed.unsubscribe_token(a)}"
    with pytest.raises(ConfigError, match=r"\{token\}"):
        load_settings(env={"BRIEFING_MAIL__UNSUBSCRIBE_URL": "https://example.org/u"})


def test_cron_weekdays_follow_crontab_not_apscheduler() -> None:
    # 2025-03-10 is a Monday; "1-5" in crontab is Monday to Friday.
    schedule = ScheduleSettings(cron="45 17 * * 1-5", timezone="UTC")
    monday_morning = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
    assert schedule.slot(monday_morning) == datetime(2025, 3, 7, 17, 45, tzinfo=UTC)
    sunday = ScheduleSettings(cron="0 6 * * 0", timezone="UTC")
    assert sunday.slot(monday_morning) == datetime(2025, 3, 9, 6, 0, tzinfo=UTC)
    assert ScheduleSettings(cron="0 6 * * 7", timezone="UTC").slot(monday_morning).day == 9


def test_slot_is_the_latest_fire_time_in_the_zone() -> None:
    schedule = ScheduleSettings(cron="0 7 * * *", timezone="America/New_York")
    # 06:30 in New York on 10 March: the latest 07:00 is the day before.
    slot = schedule.slot(datetime(2025, 3, 10, 10, 30, tzinfo=UTC))
    assert slot.isoformat() == "2025-03-09T07:00:00-04:00"
    assert schedule.slot(datetime(2025, 3, 10, 11, 0, tzinfo=UTC)).day == 10


def test_config_check_prints_effective_settings_masked(tmp_path: Path) -> None:
    cfg = write(tmp_path / "briefing.toml", ISSUE_EXAMPLE)
    result = CliRunner().invoke(
        main,
        ["config", "check", "--config", str(cfg)],
        env={
            "BRIEFING_SMTP_PASSWORD": "hunter2",
            "BRIEFING_DELIVERY__PORT": "2600",
            "BRIEFING_SECRET": "s3cret-value",
        },
    )
    assert result.exit_code == 0, result.output
    assert "hunter2" not in result.output and "s3cret-value" not in result.output
    assert 'password = "********"' in result.output
    assert "port = 2600" in result.output and "BRIEFING_DELIVERY__PORT" in result.output
    assert 'timezone = "America/New_York"' in result.output


def test_config_check_refuses_an_unsubscribe_url_without_a_secret(tmp_path: Path) -> None:
    cfg = write(tmp_path / "briefing.toml", ISSUE_EXAMPLE)
    result = CliRunner().invoke(main, ["config", "check", "--config", str(cfg)])
    assert result.exit_code == 2
    assert "BRIEFING_SECRET is not" in result.output and "Traceback" not in result.output
    # the former variable name still works
    legacy = CliRunner().invoke(
        main,
        ["config", "check", "--config", str(cfg)],
        env={"BRIEFING_UNSUBSCRIBE_SECRET": "old-name"},
    )
    assert legacy.exit_code == 0, legacy.output


def test_config_check_bad_file_one_line_per_problem(tmp_path: Path) -> None:
    cfg = write(tmp_path / "b.toml", "[delivery]\nport = 'x'\ntransport = 'pigeon'\n")
    result = CliRunner().invoke(main, ["config", "check", "--config", str(cfg)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    problems = [line for line in result.output.splitlines() if "delivery." in line]
    assert len(problems) == 2
    assert "delivery.port" in result.output and "delivery.transport" in result.output


def test_config_check_missing_file_and_bad_toml(tmp_path: Path) -> None:
    missing = CliRunner().invoke(main, ["config", "check", "--config", "nope.toml"])
    assert missing.exit_code == 2 and "nope.toml: config file not found" in missing.output
    bad = write(tmp_path / "bad.toml", "[delivery\n")
    broken = CliRunner().invoke(main, ["config", "check", "--config", str(bad)])
    assert broken.exit_code == 2 and "not valid TOML" in broken.output


def test_config_check_help_documents_env_naming() -> None:
    result = CliRunner().invoke(main, ["config", "check", "--help"])
    assert result.exit_code == 0
    assert "BRIEFING_DELIVERY__PORT" in result.output
    assert "BRIEFING_SMTP_PASSWORD" in result.output


def test_mail_options_carry_the_recipients_own_unsubscribe_link() -> None:
    settings = load_settings(
        env={
            "BRIEFING_MAIL__SENDER": "News <news@example.org>",
            "BRIEFING_MAIL__UNSUBSCRIBE_URL": "https://example.org/u/{token}",
        }
    )
    options = mail_options(settings, "ann@example.org")
    assert options.sender == "News <news@example.org>"
    assert options.recipient == "ann@example.org"
    assert options.unsubscribe_url == settings.unsubscribe_link("ann@example.org")
    assert mail_options(settings, "bob@example.org").unsubscribe_url != options.unsubscribe_url
    assert mail_options(load_settings(env={}), "ann@example.org").unsubscribe_url is None


def test_config_check_warns_about_a_cron_time_in_a_dst_gap(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from briefing.cli import main

    config = tmp_path / "briefing.toml"
    config.write_text(
        '[schedule]\ncron = "30 2 * * *"\ntimezone = "America/New_York"\n', encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["config", "check", "--config", str(config)])
    assert result.exit_code == 0
    assert "does not exist (clocks jump forward)" in result.output


def test_config_check_prints_valid_toml_that_reads_back(tmp_path: Path) -> None:
    import tomllib

    cfg = write(tmp_path / "briefing.toml", ISSUE_EXAMPLE)
    result = CliRunner().invoke(
        main,
        ["config", "check", "--config", str(cfg)],
        env={"BRIEFING_SMTP_PASSWORD": "hunter2", "BRIEFING_UNSUBSCRIBE_SECRET": "s3cret"},
    )
    assert result.exit_code == 0, result.output
    printed = result.stdout
    data = tomllib.loads(printed)
    assert data["delivery"]["port"] == 2525 and data["schedule"]["timezone"] == "America/New_York"
    assert "password" not in data["delivery"] and "hunter2" not in printed
    # saved as a file, the output is the same settings again
    again = load_settings(write(tmp_path / "again.toml", printed), env={})
    assert again.model_dump() == load_settings(cfg, env={}).model_dump()


def test_recipients_with_display_names(tmp_path: Path) -> None:
    listed = write(tmp_path / "readers.txt", "Bob Roe <bob@news.example>\n# a comment\n")
    settings = load_settings(
        env={
            "BRIEFING_MAIL__RECIPIENTS": '["Ann Lee <ann@news.example>", "BOB@news.example"]',
            "BRIEFING_MAIL__RECIPIENTS_FILE": str(listed),
        }
    )
    assert settings.recipient_list() == ["Ann Lee <ann@news.example>", "BOB@news.example"]
    # the token belongs to the address, whatever name or case it is written with
    assert settings.unsubscribe_token("Ann Lee <ann@news.example>") == (
        settings.unsubscribe_token("ann@news.example")
    )
    with pytest.raises(ConfigError, match="mail.recipients"):
        load_settings(env={"BRIEFING_MAIL__RECIPIENTS": "Ann Lee <not an address>"})


@pytest.mark.parametrize(
    ("sender", "warned"),
    [
        ("Briefing <brief@example.org>", True),
        ("brief@mail.example.com", True),
        ("Briefing <brief@news.example.net>", True),
        ("Briefing <brief@lakeshore-news.org>", False),
    ],
)
def test_config_check_warns_about_a_placeholder_sender(
    sender: str, warned: bool, tmp_path: Path
) -> None:
    cfg = write(tmp_path / "briefing.toml", f'[mail]\nsender = "{sender}"\n')
    result = CliRunner().invoke(main, ["config", "check", "--config", str(cfg)])
    assert result.exit_code == 0, result.output
    assert ("receives no mail" in result.stderr) is warned


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ('[schedule]\ncron = "0 0 31 2 *"\n', "schedule.cron: '0 0 31 2 *' never fires"),
        ('[schedule]\ncron = "0 0 30 2 *"\n', "never fires"),
        (
            '[mail]\nunsubscribe_url = "javascript:alert(1)//{token}"\n',
            "mail.unsubscribe_url: must be an https:, http: or mailto: URL, not javascript:",
        ),
        (
            '[mail]\nunsubscribe_url = " JavaScript:fetch(1)//{token}"\n',
            "not javascript:",
        ),
        ('[mail]\nunsubscribe_url = "data:text/html,{token}"\n', "not data:"),
        ('[mail]\nunsubscribe_url = "https:{token}"\n', "must be a full URL"),
        ("[delivery]\ntimeout = 1e308\n", "delivery.timeout: Input should be less than or equal"),
        ("[delivery]\nbackoff = 1e9\n", "delivery.backoff: Input should be less than or equal"),
        ("[delivery]\nbackoff = inf\n", "delivery.backoff: Input should be a finite number"),
        ("[delivery]\nbackoff_max = 1e308\n", "delivery.backoff_max: Input should be less"),
        ("[delivery]\ntimeout = nan\n", "delivery.timeout: Input should be a finite number"),
        ("[schedule]\nmisfire_grace_hours = 1e308\n", "schedule.misfire_grace_hours: Input"),
        ("[digest]\nfetch_deadline = 1e308\n", "digest.fetch_deadline: Input should be less"),
        ("[digest]\nmax_entries_per_feed = 0\n", "digest.max_entries_per_feed: Input"),
    ],
)
def test_config_check_refuses_settings_that_cannot_work(
    tmp_path: Path, toml: str, expected: str
) -> None:
    cfg = write(tmp_path / "briefing.toml", toml)
    result = CliRunner().invoke(main, ["config", "check", "--config", str(cfg)])
    assert result.exit_code == 2, result.output
    assert expected in result.output
    assert "Traceback" not in result.output
    assert len([line for line in result.output.splitlines() if line.startswith("error:")]) == 1


def test_settings_that_do_work_pass(tmp_path: Path) -> None:
    cfg = write(
        tmp_path / "briefing.toml",
        '[schedule]\ncron = "0 6 29 2 *"\n[mail]\n'
        'unsubscribe_url = "mailto:leave@example.org?subject={token}"\n'
        "[delivery]\ntimeout = 600\nbackoff = 0\n"
        "[digest]\nmax_entries_per_feed = 20\nfetch_deadline = 30\n"
        "allow_private_addresses = true\n",
    )
    settings = load_settings(cfg, env={})
    from briefing.app import fetch_options

    fetch = fetch_options(settings)
    assert (fetch.max_entries, fetch.deadline, fetch.allow_private) == (20, 30.0, True)
    assert fetch.state_dir == settings.output.state_dir


def test_serve_allowed_hosts_are_plain_host_names(tmp_path: Path) -> None:
    cfg = write(
        tmp_path / "briefing.toml", '[serve]\nallowed_hosts = ["https://news.example.org"]\n'
    )
    result = CliRunner().invoke(main, ["config", "check", "--config", str(cfg)])
    assert result.exit_code == 2 and "serve.allowed_hosts" in result.output
    ok = write(
        tmp_path / "ok.toml", '[serve]\nallowed_hosts = ["news.example.org", "*.example.org"]\n'
    )
    assert CliRunner().invoke(main, ["config", "check", "--config", str(ok)]).exit_code == 0
