"""Plugins: an installed distribution with a `briefing.plugins` entry point extends briefing."""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing import plugins
from briefing.cli import main
from briefing.stages import clean, ingest

PLUGIN = '''
from briefing.records import Article


def read_rst(article_id, text, path):
    """A reStructuredText article: the title is underlined with '='."""
    title, _, body = text.partition("\\n=")
    body = body.lstrip("=").lstrip("\\n")
    return Article(id=article_id, text=title.strip() + "\\n\\n" + body, title=title.strip(),
                   outlet="RST Weekly")


def drop_pull_quotes(para):
    return "pull quote" if para.startswith(">>") else None


def register(hooks):
    hooks.register_reader(".rst", read_rst)
    hooks.register_rule("pull-quote", drop_pull_quotes)
'''


@pytest.fixture
def installed_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A distribution `briefing-rst` on sys.path, found through its dist-info entry points."""
    site = tmp_path / "site"
    (site / "briefing_rst.py").parent.mkdir(parents=True)
    (site / "briefing_rst.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    info = site / "briefing_rst-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: briefing-rst\nVersion: 0.1\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[briefing.plugins]\nrst = briefing_rst\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(site))
    # registries are process-wide: give this test its own copies
    monkeypatch.setattr(ingest, "READERS", dict(ingest.READERS))
    monkeypatch.setattr(clean, "PARAGRAPH_RULES", dict(clean.PARAGRAPH_RULES))
    monkeypatch.setattr(plugins, "_loaded", {})
    yield site
    sys.modules.pop("briefing_rst", None)


def _rst(title: str, *paragraphs: str) -> str:
    return title + "\n" + "=" * len(title) + "\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_plugin_reader_builds_a_brief_from_its_files(installed_plugin: Path) -> None:
    folder = installed_plugin.parent / "articles"
    folder.mkdir()
    lead = "The city council voted 5-2 on Monday to approve the new budget for the coming year."
    for name, extra in (("one", "Members debated for three hours."), ("two", "It takes effect.")):
        (folder / f"{name}.rst").write_text(
            _rst(
                "Council approves budget",
                lead,
                ">> The budget, a pull quote says, is the largest in years.",
                extra,
            ),
            encoding="utf-8",
        )
    out = installed_plugin.parent / "out"
    result = CliRunner().invoke(
        main, ["build", str(folder), "--out", str(out), "--min-sources", "1", "--explain"]
    )
    assert result.exit_code == 0, result.output
    assert plugins.load_plugins() == {"rst": "briefing_rst"}
    brief = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    assert [s["outlet"] for s in brief["sources"]] == ["RST Weekly", "RST Weekly"]
    story = brief["stories"][0]
    # the lead is the main news: the summary states it (the fact list starts after it)
    assert [*story["summary_facts"], *story["facts"]][0]["text"] == lead
    assert "[pull quote]" in result.output


def test_without_the_plugin_the_suffix_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "a.rst").write_text(_rst("Title", "Some text here."), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code != 0 and "no articles found" in result.output


def test_a_broken_plugin_is_named_in_a_one_line_error(
    installed_plugin: Path, tmp_path: Path
) -> None:
    (installed_plugin / "briefing_rst.py").write_text("raise ImportError('boom')\n")
    result = CliRunner().invoke(main, ["config", "check"])
    assert result.exit_code != 0
    assert "error: plugin rst (briefing_rst): cannot be loaded (boom); fix or uninstall it" in (
        result.output
    )
