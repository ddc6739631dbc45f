from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import main
from tests.conftest import SEEDS


def test_build_writes_all_outputs(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    for name in ("brief.json", "brief.html", "brief.txt", "brief.eml"):
        assert (tmp_path / "o" / name).stat().st_size > 0
    brief = json.loads((tmp_path / "o" / "brief.json").read_text(encoding="utf-8"))
    assert brief["schema_version"] == 1 and len(brief["stories"]) == 1


def test_build_explain_shows_drops_and_support(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--explain"])
    assert result.exit_code == 0
    assert "[photo caption or credit]" in result.output
    assert "[comment form]" in result.output
    assert "independent, worded from" in result.output


def test_min_sources_option(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["build", str(SEEDS), "--out", str(tmp_path), "--min-sources", "3"]
    )
    assert result.exit_code == 0
    brief = json.loads((tmp_path / "brief.json").read_text(encoding="utf-8"))
    story = brief["stories"][0]
    facts = [*story["summary_facts"], *story["facts"]]
    assert facts and all(f["independent_sources"] >= 3 for f in facts)


def test_missing_path_is_one_line_error_and_keeps_old_output(tmp_path: Path) -> None:
    out = tmp_path / "o"
    out.mkdir()
    (out / "brief.json").write_text("previous", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "nope"), "--out", str(out)])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0
    assert "no such file or folder" in result.output and "Traceback" not in result.output
    assert (out / "brief.json").read_text(encoding="utf-8") == "previous"


def test_unusable_file_is_skipped_with_a_warning(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for path in sorted(SEEDS.iterdir())[:2]:
        (src / path.name).write_bytes(path.read_bytes())
    (src / "broken.json").write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(src), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0
    assert "broken.json: invalid JSON" in result.output


def test_schema_is_json_schema_of_the_brief() -> None:
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert schema["title"] == "Brief"
    assert {"schema_version", "generated_at", "title", "stories", "sources"} <= set(
        schema["properties"]
    )


def test_build_reads_the_settings_file_and_flags_win(tmp_path: Path) -> None:
    config = tmp_path / "briefing.toml"
    config.write_text(
        f'[sources]\npaths = ["{SEEDS}"]\n[output]\ndir = "built"\n'
        '[mail]\nsender = "Desk <desk@news.example>"\nrecipients = ["reader@example.org"]\n'
        '[brief]\nmin_sources = 3\ntitle = "Morning brief"\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["build", "--config", str(config)])
    assert result.exit_code == 0, result.output
    built = tmp_path / "built"
    brief = json.loads((built / "brief.json").read_text(encoding="utf-8"))
    assert brief["title"] == "Morning brief"
    assert all(f["independent_sources"] >= 3 for f in brief["stories"][0]["facts"])
    eml = (built / "brief.eml").read_text(encoding="utf-8")
    assert "From: Desk <desk@news.example>" in eml and "To: reader@example.org" in eml
    # a flag beats the file
    again = CliRunner().invoke(
        main, ["build", "--config", str(config), "--min-sources", "2", "--out", "flag-out"]
    )
    assert again.exit_code == 0
    facts = json.loads((tmp_path / "flag-out" / "brief.json").read_text(encoding="utf-8"))[
        "stories"
    ][0]["facts"]
    assert any(f["independent_sources"] == 2 for f in facts)


def test_lexicon_option_keeps_a_user_term_out_of_the_narrative(tmp_path: Path) -> None:
    plain = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path / "a")])
    assert plain.exit_code == 0
    brief = json.loads((tmp_path / "a" / "brief.json").read_text(encoding="utf-8"))
    assert any("executive order" in f["text"].lower() for f in brief["stories"][0]["facts"])
    terms = tmp_path / "terms.txt"
    terms.write_text("executive order = directive\n", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["build", str(SEEDS), "--out", str(tmp_path / "b"), "--lexicon", str(terms)],
    )
    assert result.exit_code == 0, result.output
    brief = json.loads((tmp_path / "b" / "brief.json").read_text(encoding="utf-8"))
    story = brief["stories"][0]
    narrative = [story["headline"], story["summary"], *(f["text"] for f in story["facts"])]
    assert not any("executive order" in text.lower() for text in narrative)


def test_init_writes_a_commented_starter_that_loads_and_never_overwrites(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tomllib

    from briefing.settings import load_settings

    monkeypatch.chdir(tmp_path)
    first = CliRunner().invoke(main, ["init"])
    assert first.exit_code == 0, first.output
    written = Path("briefing.toml").read_text(encoding="utf-8")
    assert written.startswith("# briefing.toml") and written.count("\n# ") > 10
    tomllib.loads(written)
    settings = load_settings(Path("briefing.toml"), env={})
    assert settings.mail.recipients == [] and settings.delivery.transport == "outbox"
    Path("briefing.toml").write_text("# mine\n", encoding="utf-8")
    again = CliRunner().invoke(main, ["init"])
    assert again.exit_code != 0
    assert "already exists; not overwritten" in again.output
    assert Path("briefing.toml").read_text(encoding="utf-8") == "# mine\n"
    other = CliRunner().invoke(main, ["init", "other.toml"])
    assert other.exit_code == 0 and Path("other.toml").exists()


@pytest.mark.parametrize("where", ["before", "after"])
def test_verbose_is_accepted_before_or_after_the_subcommand(where: str, tmp_path: Path) -> None:
    import logging

    command = ["build", str(SEEDS), "--out", str(tmp_path)]
    args = ["-v", *command] if where == "before" else [*command, "--verbose"]
    root = logging.getLogger()
    level = root.level
    try:
        root.setLevel(logging.WARNING)
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        assert root.level == logging.INFO
    finally:
        root.setLevel(level)


def _config(tmp_path: Path, recipients: str = '["Ann Lee <ann@lakeshore-news.org>"]') -> Path:
    config = tmp_path / "briefing.toml"
    config.write_text(
        f'[sources]\npaths = ["{SEEDS}"]\n'
        f'[output]\ndir = "{tmp_path / "out"}"\nstate_dir = "{tmp_path / "state"}"\n'
        f'[mail]\nsender = "Brief <brief@lakeshore-news.org>"\nrecipients = {recipients}\n',
        encoding="utf-8",
    )
    return config


def test_build_json_is_one_object_saying_what_was_written(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["build", str(SEEDS), "--out", str(tmp_path / "o"), "--json", "--archive"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["command"] == "build" and report["articles"] == 5
    assert len(report["headlines"]) == 1
    assert sorted(Path(p).name for p in report["written"]) == [
        "brief.eml",
        "brief.html",
        "brief.json",
        "brief.txt",
    ]
    assert all(Path(p).exists() for p in report["written"])
    assert report["archived"] and Path(report["archived"]).exists()


def test_digest_json(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["digest", str(SEEDS), "--out", str(tmp_path / "o"), "--state", str(tmp_path / "s"),
               "--json"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["command"] == "digest" and report["written"]


def test_send_to_one_address_then_ledger_json(tmp_path: Path) -> None:
    config = _config(tmp_path)
    test = CliRunner().invoke(
        main, ["send", "--config", str(config), "--to", "me@lakeshore-news.org", "--json"]
    )
    assert test.exit_code == 0, test.output
    sent = json.loads(test.stdout)
    assert sent["test"] is True and sent["ok"] is True
    assert [o["recipient"] for o in sent["outcomes"]] == ["me@lakeshore-news.org"]
    empty = json.loads(
        CliRunner().invoke(main, ["ledger", "--config", str(config), "--json"]).stdout
    )
    assert empty["command"] == "ledger" and empty["issues"] == []
    real = CliRunner().invoke(main, ["send", "--config", str(config), "--json"])
    assert real.exit_code == 0, real.output
    assert json.loads(real.stdout)["outcomes"][0]["status"] == "sent"
    listed = json.loads(
        CliRunner().invoke(main, ["ledger", "--config", str(config), "--json"]).stdout
    )
    (issue,) = listed["issues"]
    assert issue["deliveries"][0]["recipient"] == "Ann Lee <ann@lakeshore-news.org>"
    assert issue["deliveries"][0]["state"] == "sent"


def test_send_dry_run_names_the_folder_of_messages(tmp_path: Path) -> None:
    config = _config(tmp_path)
    result = CliRunner().invoke(main, ["send", "--config", str(config), "--dry-run", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    folder = Path(report["folder"])
    assert report["dry_run"] and folder.is_relative_to(tmp_path / "out" / "dry-run")
    assert len(list(folder.glob("*.eml"))) == 1
    text = CliRunner().invoke(main, ["send", "--config", str(config), "--dry-run"])
    assert f"messages written to {folder}" in text.output


def test_send_warns_about_a_placeholder_sender(tmp_path: Path) -> None:
    config = _config(tmp_path)
    config.write_text(
        config.read_text(encoding="utf-8").replace("lakeshore-news.org>", "example.org>"),
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["send", "--config", str(config), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "is on example.org, which receives no mail" in result.stderr


def test_build_outside_the_repository_says_how_to_name_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BRIEFING_CONFIG", raising=False)
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code != 0
    assert "no such file" not in result.output
    assert "no articles given" in result.output and "briefing init" in result.output
    # a folder named in the settings that is missing is still reported by name
    Path("briefing.toml").write_text('[sources]\npaths = ["articles"]\n', encoding="utf-8")
    named = CliRunner().invoke(main, ["build"])
    assert named.exit_code != 0 and "articles: no such file or folder" in named.output


def test_a_form_feed_in_an_article_does_not_stop_the_build(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n, source in enumerate(sorted(SEEDS.glob("*.txt"))):
        text = source.read_text(encoding="utf-8")
        if n == 0:  # a page break from a PDF, a bell, an escape: in the title and the body
            head, _, rest = text.partition("\n")
            text = head + "\x0c\x07\n" + rest.replace(". ", ".\x0c ", 3).replace(",", ",\x1b", 2)
        (folder / source.name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "control character(s) cleaned" in result.output
    for name in ("brief.json", "brief.html", "brief.txt", "brief.eml"):
        data = (out / name).read_text(encoding="utf-8")
        assert not any(ch in data for ch in "\x0c\x07\x1b"), name


def test_all_files_unusable_prints_each_reason(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "short.txt").write_text("Title\n\nToo short.", encoding="utf-8")
    (folder / "deep.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.output.splitlines()
    assert any("none of the 2 file(s) could be used (reasons below)" in line for line in lines)
    assert any("short.txt: only 2 words" in line for line in lines)
    assert any("deep.json: JSON nested too deeply" in line for line in lines)
    assert "Traceback" not in result.output


def test_a_lexicon_that_is_not_utf8_is_a_one_line_error(tmp_path: Path) -> None:
    terms = tmp_path / "terms.txt"
    terms.write_bytes("crisis = situation\nr\xe9gime = government\n".encode("latin-1"))
    result = CliRunner().invoke(
        main, ["build", str(SEEDS), "--out", str(tmp_path / "o"), "--lexicon", str(terms)]
    )
    assert result.exit_code == 2, result.output
    assert "terms.txt: the lexicon is not UTF-8 text" in result.output
    assert isinstance(result.exception, SystemExit)
