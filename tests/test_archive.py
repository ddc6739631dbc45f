"""The web archive: issue pages with each outlet's own sentence, the index and the Atom feed."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from xml.etree import ElementTree as ET

from click.testing import CliRunner

from briefing.cli import main
from briefing.model import Brief, Evidence
from briefing.output.archive import outlet_name, read_entries, write_issue
from tests.builders import make_brief
from tests.conftest import ROOT

ATOM = "{http://www.w3.org/2005/Atom}"
NOW = datetime(2026, 1, 2, 8, 0, tzinfo=UTC)


def brief_with_evidence() -> Brief:
    """A one-story brief whose first fact has each citing outlet's own sentence."""
    brief = make_brief(1)
    story = brief.stories[0]
    first = story.facts[0].model_copy(
        update={
            "evidence": [
                Evidence(article="s1a", start=0, end=10, text="Councillors voted 5-2 on Monday."),
                Evidence(article="s1b", start=0, end=10, text="The vote was five to two."),
            ]
        }
    )
    return brief.model_copy(
        update={"stories": [story.model_copy(update={"facts": [first, *story.facts[1:]]})]}
    )


def test_issue_page_shows_each_outlets_own_sentence_and_links(tmp_path: Path) -> None:
    page = write_issue(brief_with_evidence(), tmp_path, day=date(2026, 1, 2), now=NOW)
    assert page.name == "2026-01-02.html"
    html = page.read_text(encoding="utf-8")
    assert "Councillors voted 5-2 on Monday." in html and "The vote was five to two." in html
    assert 'href="https://ledger.example/news/1/bridge-budget?ref=rss&amp;utm=x"' in html
    assert "Northern Ledger</a></span>: Councillors voted" in html
    # the copy without its own sentence is still named as citing the fact
    assert "Daily Wire Service" in html
    assert "2 January 2026" in html and "Back to top" in html
    # a disputed figure names the outlets that give each value
    assert "4.5 million</span> (Valley Courier): The budget totals 4.5 million." in html
    assert "4 million</span> (Northern Ledger, Daily Wire Service)" in html


def test_hostile_text_is_escaped_and_bad_links_dropped(tmp_path: Path) -> None:
    page = write_issue(make_brief(2, hostile=True), tmp_path, day=date(2026, 1, 2), now=NOW)
    html = page.read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "javascript:" not in html


def test_issues_of_one_day_are_numbered_and_the_index_is_newest_first(tmp_path: Path) -> None:
    older = write_issue(make_brief(1, title="Morning"), tmp_path, day=date(2026, 1, 1), now=NOW)
    first = write_issue(make_brief(1), tmp_path, day=date(2026, 1, 2), now=NOW)
    second = write_issue(make_brief(3), tmp_path, day=date(2026, 1, 2), now=NOW)
    assert [older.name, first.name, second.name] == [
        "2026-01-01.html",
        "2026-01-02.html",
        "2026-01-02-2.html",
    ]
    assert [e.name for e in read_entries(tmp_path)] == ["2026-01-02-2", "2026-01-02", "2026-01-01"]
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    positions = [index.index(f'href="{p.name}"') for p in (second, first, older)]
    assert positions == sorted(positions)
    assert "Council approves budget for the river bridge (3)" in index


def test_feed_is_atom_with_one_entry_per_issue(tmp_path: Path) -> None:
    write_issue(make_brief(1), tmp_path, day=date(2026, 1, 1), now=NOW)
    write_issue(
        make_brief(2), tmp_path, day=date(2026, 1, 2), base_url="https://news.example/", now=NOW
    )
    root = ET.parse(tmp_path / "feed.xml").getroot()
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    links = [e.find(f"{ATOM}link").get("href") for e in entries]  # type: ignore[union-attr]
    assert links == ["https://news.example/2026-01-02.html", "https://news.example/2026-01-01.html"]
    assert all(e.find(f"{ATOM}updated") is not None for e in entries)
    assert "(+1 more)" in (entries[0].findtext(f"{ATOM}title") or "")


def test_a_damaged_issue_file_is_skipped_not_fatal(tmp_path: Path) -> None:
    write_issue(make_brief(1), tmp_path, day=date(2026, 1, 1), now=NOW)
    (tmp_path / "2026-01-05.json").write_text("{not json", encoding="utf-8")
    write_issue(make_brief(1), tmp_path, day=date(2026, 1, 2), now=NOW)
    assert [e.name for e in read_entries(tmp_path)] == ["2026-01-02", "2026-01-01"]


def test_outlet_name_never_falls_back_to_a_path() -> None:
    source = make_brief(1).sources[3].model_copy(update={"url": "https://www.paper.example/x"})
    assert outlet_name(source) == "paper.example"


def test_build_with_archive_flag(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "build",
            str(ROOT / "tests" / "fixtures" / "bridge"),
            "--out",
            str(tmp_path / "site"),
            "--archive",
        ],
    )
    assert result.exit_code == 0, result.output
    pages = list((tmp_path / "site" / "archive").glob("*.html"))
    assert {p.name for p in pages} >= {"index.html"} and len(pages) == 2
    assert "archived " in result.output


def test_concurrent_writers_never_take_the_same_page(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(4) as pool:
        pages = list(
            pool.map(
                lambda n: write_issue(make_brief(n), tmp_path, day=date(2026, 1, 2), now=NOW),
                range(1, 9),
            )
        )
    assert len({p.name for p in pages}) == 8
    assert len(read_entries(tmp_path)) == 8
