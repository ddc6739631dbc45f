"""Digest assembly: stories grouped, built in parallel, ranked, and the whole path end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import main
from briefing.digest.build import DigestOptions, build_digest, digest_sources
from briefing.digest.fetch import FetchOptions
from briefing.errors import BriefingError
from briefing.model import Source, Story
from briefing.pipeline import BuildOptions
from briefing.stages.ingest import Article
from tests.conftest import SEEDS
from tests.test_feeds import Site, serve_news, site  # noqa: F401 (the fixture)

FROZEN = BuildOptions(title="Digest").with_changes(
    now=__import__("datetime").datetime(2024, 3, 5, tzinfo=__import__("datetime").UTC)
)


def stand_in(
    articles: list[Article], options: BuildOptions, story_id: str
) -> tuple[Story, list[Source]]:
    """A story whose independent count is its number of distinct outlets (no pipeline)."""
    if any("poison" in a.text for a in articles):
        raise BriefingError(f"{articles[0].id}: cannot be built; test failure")
    outlets = {a.outlet or a.id for a in articles}
    story = Story(
        id=story_id,
        headline=articles[0].title,
        summary="",
        articles=[a.id for a in articles],
        independent_groups=len(outlets),
    )
    return story, [Source(id=a.id, path=a.path, outlet=a.outlet) for a in articles]


def event(
    tag: str, n: int, published: str, outlets: list[str] | None = None, extra: str = ""
) -> list[Article]:
    """`n` articles about one invented event named by `tag` (distinct names per event)."""
    words = [f"{tag}{suffix}" for suffix in ("ville", "son", "corp", "berg", "wood", "ham")]
    place, person, company, river, park, hall = (w.capitalize() for w in words)
    sentences = [
        f"Officials in {place} said on Monday that {company} would close the {river} plant.",
        f"{person}, who runs {company}, told workers at {hall} that the plant would shut.",
        f"Residents gathered at {park} to protest the closure of the {river} plant by {company}.",
        f"The mayor of {place} said the town would lose jobs when the {river} plant closes.",
    ]
    return [
        Article(
            id=f"{tag}-{i}",
            title=f"{company} to close {river} plant in {place}",
            text=" ".join(sentences[i % 4 :] + sentences[: i % 4]) + extra,
            outlet=(outlets or [f"{tag} outlet {k}" for k in range(n)])[i],
            published=published,
            path=f"in/{tag}-{i}.txt",
        )
        for i in range(n)
    ]


def test_stories_are_ranked_by_independent_sources_then_recency() -> None:
    articles = [
        *event("alp", 2, "2024-03-01"),
        *event("bre", 3, "2024-03-01"),
        *event("cor", 2, "2024-03-03"),
        *event("dun", 3, "2024-03-01", outlets=["Same", "Same", "Same"]),
        Article(
            id="lone",
            title="Alone",
            text="A single article about nothing else at all.",
            published="2024-03-04",
        ),
    ]
    result = build_digest(articles, FROZEN, DigestOptions(workers=1), builder=stand_in)
    brief = result.brief
    assert [s.articles[0] for s in brief.stories] == ["bre-0", "cor-0", "alp-0", "dun-0"]
    assert [s.id for s in brief.stories] == ["story-1", "story-2", "story-3", "story-4"]
    assert [s.id for s in brief.sources][:3] == ["bre-0", "bre-1", "bre-2"]
    assert "lone" not in {s.id for s in brief.sources}
    assert brief.generated_at == "2024-03-05T00:00:00+00:00"


def test_only_the_top_stories_are_built_and_kept() -> None:
    articles = [a for k in range(12) for a in event(f"ev{k:02d}x", 2 + (k == 7), "2024-03-01")]
    result = build_digest(
        articles, FROZEN, DigestOptions(max_stories=1, workers=1), builder=stand_in
    )
    assert [s.articles[0] for s in result.brief.stories] == ["ev07x-0"]
    # the first batch already holds a story no unbuilt one can beat
    assert result.counts.groups == 12
    assert result.counts.stories_built < 12


def test_a_story_that_fails_is_reported_and_skipped() -> None:
    articles = [*event("alp", 2, "2024-03-01"), *event("bre", 2, "2024-03-02", extra=" poison")]
    result = build_digest(articles, FROZEN, DigestOptions(workers=1), builder=stand_in)
    assert [s.articles[0] for s in result.brief.stories] == ["alp-0"]
    assert any("bre-0: cannot be built" in w for w in result.brief.warnings)


def test_parallel_build_gives_the_same_digest() -> None:
    articles = [a for k in range(6) for a in event(f"pa{k}q", 2 + k % 2, f"2024-03-0{k + 1}")]
    one = build_digest(articles, FROZEN, DigestOptions(workers=1), builder=stand_in)
    two = build_digest(articles, FROZEN, DigestOptions(workers=2), builder=stand_in)
    assert one.brief == two.brief
    assert len(one.brief.stories) == 6


def test_digest_from_a_live_feed_server(site: Site, tmp_path: Path) -> None:  # noqa: F811
    serve_news(site)
    feeds = [f"{site.base}/ledger.xml", f"{site.base}/courier.xml", f"{site.base}/broken.xml"]
    fetch = FetchOptions(state_dir=tmp_path / "state", timeout=5)
    result = digest_sources(feeds, FROZEN, DigestOptions(workers=1), fetch=fetch)
    brief = result.brief
    # the fire (two outlets) is a story; the budget (one article) is left out
    assert len(brief.stories) == 1
    assert sorted(s.title or "" for s in brief.sources) == [
        "Blaze guts warehouse",
        "Warehouse fire",
    ]
    assert brief.stories[0].independent_groups == 2
    assert any("broken.xml: HTTP 500" in w for w in brief.warnings)
    again = digest_sources(feeds, FROZEN, DigestOptions(workers=1), fetch=fetch)
    assert again.counts.downloaded == 0 and again.counts.not_modified == 4
    assert again.brief == brief


def test_cli_digest_of_the_seeds(tmp_path: Path) -> None:
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(
        main, ["digest", str(SEEDS), "--out", str(out), "--quiet", "--workers", "1"]
    )
    assert result.exit_code == 0, result.output
    brief = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    assert len(brief["stories"]) == 1
    assert len(brief["stories"][0]["articles"]) == len(list(SEEDS.iterdir()))
    assert (out / "brief.html").exists()


def test_cli_digest_without_sources_is_an_error() -> None:
    result = CliRunner().invoke(main, ["digest"])
    assert result.exit_code == 2
    assert "no sources given" in result.output


WIRE = (
    "A magnitude 6.1 earthquake struck off the coast of Verlandia early on Tuesday, the national "
    "seismic office said. Residents of the port of Ostrava Bay felt shaking for about thirty "
    "seconds, and some older buildings lost windows. Civil protection chief Helena Marsk said "
    "there were no deaths, but four people were treated for minor injuries. The seismic office "
    "said the quake was centred twenty kilometres offshore at a depth of ten kilometres. "
    "Officials lifted a tsunami warning after ninety minutes, Marsk told reporters."
)


def wire_copies(n: int) -> list[Article]:
    """`n` outlets reprinting one wire story, each with its own byline line and footer; some
    trimmed of the last sentence."""
    copies = []
    for i in range(n):
        body = WIRE if i % 3 else WIRE.rsplit(". ", 1)[0] + "."
        copies.append(
            Article(
                id=f"wire-{i}",
                title="Earthquake shakes Verlandia coast",
                text=f"By Staff of Outlet {i}\n\n{body}\n\n(c) Outlet {i}; all rights reserved.",
                outlet=f"Outlet {i}",
                published="2024-03-04",
                path=f"in/wire-{i}.txt",
            )
        )
    return copies


def test_wire_copy_reprinted_thousands_of_times_is_one_story_and_one_source() -> None:
    articles = [*wire_copies(3000), *event("alp", 2, "2024-03-04")]
    # the real pipeline, so the independent source count is the sources stage's own
    result = build_digest(articles, FROZEN, DigestOptions(workers=1))
    assert len(result.brief.stories) == 2, [s.headline for s in result.brief.stories]
    wire = next(s for s in result.brief.stories if "wire-0" in s.articles)
    assert wire.independent_groups == 1
    assert len(wire.articles) == 3  # built from a few prints, not 3,000
    assert any("wire-0: reprinted by 3000 articles" in w for w in result.brief.warnings)


def test_an_empty_digest_is_not_written_or_sent(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("a.txt", event("alp", 1, "2024-03-01")[0].text * 3),):
        (folder / name).write_text("Plant to close\n\n" + text, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["digest", str(folder), "--out", str(out), "-q"])
    assert result.exit_code == 3, result.output
    assert "no story in the digest: 1 article(s) read" in result.output
    assert "nothing written or sent" in result.output
    assert not out.exists()


def test_a_scheduled_run_with_an_empty_digest_sends_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from briefing.schedule import run_digest

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Plant to close\n\n" + event("alp", 1, "2024-03-01")[0].text * 3, encoding="utf-8"
    )
    config = tmp_path / "briefing.toml"
    config.write_text(
        f'[sources]\npaths = ["{folder}"]\n[output]\ndir = "{tmp_path / "out"}"\n'
        f'state_dir = "{tmp_path / "state"}"\n[mail]\nrecipients = ["ann@example.org"]\n'
        "[digest]\nenabled = true\n",
        encoding="utf-8",
    )
    assert run_digest(str(config)) is None  # logged, nothing raised
    assert "digest not sent: no story in the digest" in caplog.text
    outbox = tmp_path / "out" / "outbox"
    assert not outbox.exists() or list(outbox.iterdir()) == []
