"""The README's command table stays true to the CLI's own help."""

from __future__ import annotations

from click.testing import CliRunner

from briefing.cli import main
from tests.conftest import ROOT


def test_readme_lists_every_command_with_its_help_line() -> None:
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    for name, command in main.commands.items():
        summary = (command.help or "").strip().split("\n\n")[0]
        summary = " ".join(summary.split())
        assert f"| `{name}` | {summary} |" in readme, name


def test_readme_shows_the_two_newcomer_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make brief" in readme and "make test" in readme
    assert CliRunner().invoke(main, ["--help"]).exit_code == 0


def test_architecture_doc_names_every_builtin_cleaner_rule() -> None:
    import re

    from briefing.stages.clean import PARAGRAPH_RULES

    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    listed = doc.split("Built-in cleaner rules, in the order they are tried:")[1].split("(")[0]
    assert re.findall(r"`([a-z-]+)`", listed) == list(PARAGRAPH_RULES)


def test_readme_completion_lines_produce_a_completion_script() -> None:
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shells = re.findall(r"_BRIEFING_COMPLETE=(\w+)_source briefing", readme)
    assert set(shells) == {"bash", "zsh", "fish"}
    for shell in shells:
        result = CliRunner().invoke(
            main, [], prog_name="briefing", env={"_BRIEFING_COMPLETE": f"{shell}_source"}
        )
        assert result.exit_code == 0
        assert "_BRIEFING_COMPLETE" in result.output and "complete" in result.output


def test_readme_quick_start_shows_init_a_test_send_and_serve() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme[readme.index("## Quick start") : readme.index("## Commands")]
    for command in ("briefing init", "briefing send --to", "briefing serve"):
        assert command in quick, command
