"""The application layer: every command reads the same settings, flags win over them."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from briefing.cli import main
from tests.conftest import SEEDS


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_digest_config_honours_brief_title_min_sources_and_output_dir(tmp_path: Path) -> None:
    cfg = _write(
        tmp_path / "briefing.toml",
        '[brief]\ntitle = "Morning Brief"\nmin_sources = 3\n'
        '[output]\ndir = "digest-out"\nstate_dir = "state"\n[digest]\nworkers = 1\n',
    )
    result = CliRunner().invoke(main, ["digest", "--config", str(cfg), "-q", str(SEEDS)])
    assert result.exit_code == 0, result.output
    brief = json.loads((tmp_path / "digest-out" / "brief.json").read_text(encoding="utf-8"))
    assert brief["title"] == "Morning Brief"
    facts = [f for story in brief["stories"] for f in (*story["summary_facts"], *story["facts"])]
    assert facts and all(f["independent_sources"] >= 3 for f in facts)


def test_digest_flags_win_over_the_settings(tmp_path: Path) -> None:
    cfg = _write(tmp_path / "briefing.toml", '[output]\ndir = "from-file"\n[digest]\nworkers = 1\n')
    out = tmp_path / "from-flag"
    result = CliRunner().invoke(
        main, ["digest", "--config", str(cfg), "-q", "--out", str(out), str(SEEDS)]
    )
    assert result.exit_code == 0, result.output
    assert (out / "brief.json").is_file() and not (tmp_path / "from-file").exists()
    # without [brief] title a digest keeps its own title
    assert json.loads((out / "brief.json").read_text(encoding="utf-8"))["title"] == "Digest"


def test_briefing_lexicon_variable_adds_terms(tmp_path: Path) -> None:
    terms = _write(tmp_path / "terms.txt", "council = governing body\n")
    runner = CliRunner()
    plain = runner.invoke(main, ["build", str(SEEDS), "--out", str(tmp_path / "a")])
    loaded = runner.invoke(
        main,
        ["build", str(SEEDS), "--out", str(tmp_path / "b")],
        env={"BRIEFING_LEXICON": str(terms)},
    )
    assert plain.exit_code == 0 and loaded.exit_code == 0, loaded.output
    check = runner.invoke(main, ["config", "check"], env={"BRIEFING_LEXICON": str(terms)})
    assert "# from $BRIEFING_LEXICON" in check.output
    missing = runner.invoke(
        main,
        ["build", str(SEEDS), "--out", str(tmp_path / "c")],
        env={"BRIEFING_LEXICON": "no.txt"},
    )
    assert missing.exit_code != 0 and "no.txt" in missing.output
    assert "Traceback" not in missing.output


def test_unknown_cleaner_rule_or_transport_names_the_registered_ones(tmp_path: Path) -> None:
    cfg = _write(
        tmp_path / "briefing.toml",
        '[clean]\ndisable = ["promo", "popups"]\n[delivery]\ntransport = "pigeon"\n',
    )
    result = CliRunner().invoke(main, ["config", "check", "--config", str(cfg)])
    assert result.exit_code == 2
    assert "'popups' is not a cleaner rule; use one of" in result.output
    assert "comment-form" in result.output
    assert "'pigeon' is not a transport; use one of outbox, smtp" in result.output


def test_clean_disable_keeps_what_the_rule_would_drop(tmp_path: Path) -> None:
    cfg = _write(tmp_path / "other.toml", '[clean]\ndisable = ["comment-form"]\n')
    runner = CliRunner()
    result = runner.invoke(
        main, ["build", str(SEEDS), "--config", str(cfg), "--out", str(tmp_path), "--explain"]
    )
    assert result.exit_code == 0, result.output
    assert "[comment form]" not in result.output
    default = runner.invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--explain"])
    assert "[comment form]" in default.output


def test_quotes_json_lines_match_their_published_schema() -> None:
    from briefing.model import QuoteRow

    runner = CliRunner()
    schema = json.loads(runner.invoke(main, ["schema", "--quotes"]).output)
    assert schema["additionalProperties"] is False
    assert {"text", "start", "end", "parts", "file"} <= set(schema["required"])
    path = sorted(SEEDS.iterdir())[0]
    result = runner.invoke(main, ["quotes", "--json", str(path)])
    assert result.exit_code == 0, result.output
    rows = [QuoteRow.model_validate_json(line) for line in result.output.splitlines()]
    assert rows and all(row.file == str(path) for row in rows)
