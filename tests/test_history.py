"""Story history: stories already sent are left out unless they gained articles since."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from briefing.delivery.history import StoryHistory
from briefing.model import Brief, Source
from tests.builders import make_brief, make_story

NOW = datetime(2026, 1, 2, 8, 0, tzinfo=UTC)


def digest(*numbers: int, extra: dict[int, list[Source]] | None = None) -> Brief:
    """A brief with stories `numbers` (each with its four sources), plus extra articles."""
    stories, sources = [], []
    for n in numbers:
        story = make_story(n)
        more = (extra or {}).get(n, [])
        story = story.model_copy(update={"articles": [*story.articles, *(s.id for s in more)]})
        stories.append(story)
        sources += make_brief(n).sources if n == 1 else _sources(n)
        sources += more
    return Brief(
        generated_at="2026-01-02T08:00:00+00:00", title="Digest", stories=stories, sources=sources
    )


def _sources(n: int) -> list[Source]:
    from tests.builders import make_sources

    return make_sources(n)


def test_a_sent_story_is_left_out_and_a_new_one_kept(tmp_path: Path) -> None:
    with StoryHistory(tmp_path / "history.sqlite") as book:
        assert book.record_issue("2026-01-01-aaaa", digest(1), NOW)
        selection = book.select_new(digest(1, 2))
    assert [s.headline for s in selection.brief.stories] == [make_story(2).headline]
    assert {s.id for s in selection.brief.sources} == {s.id for s in _sources(2)}
    assert len(selection.left_out) == 1 and "already sent on 2026-01-02" in selection.left_out[0]


def test_a_story_that_gained_articles_is_kept_and_marked_updated(tmp_path: Path) -> None:
    late = Source(id="s1e", path="in/s1e.txt", outlet="Late Edition", url="https://late.example/1")
    with StoryHistory(tmp_path / "history.sqlite") as book:
        book.record_issue("2026-01-01-aaaa", digest(1), NOW)
        selection = book.select_new(digest(1, extra={1: [late]}))
        assert selection.updated == 1
        story = selection.brief.stories[0]
        assert story.notes[0].startswith("Updated: 1 new article since")
        book.record_issue("2026-01-02-bbbb", selection.brief, NOW)
        assert [(h.headline, h.updated) for h in book.headlines("2026-01-02-bbbb")] == [
            (story.headline, True)
        ]
        # once the update is sent, the same articles are old news
        assert book.select_new(digest(1, extra={1: [late]})).brief.stories == []


def test_same_headline_different_articles_is_a_new_story(tmp_path: Path) -> None:
    with StoryHistory(tmp_path / "history.sqlite") as book:
        book.record_issue("k1", digest(1), NOW)
        other = digest(2)
        renamed = other.model_copy(
            update={
                "stories": [
                    other.stories[0].model_copy(update={"headline": make_story(1).headline})
                ]
            }
        )
        assert len(book.select_new(renamed).brief.stories) == 1


def test_recording_an_issue_twice_is_a_no_op(tmp_path: Path) -> None:
    with StoryHistory(tmp_path / "history.sqlite") as book:
        assert book.record_issue("k1", digest(1, 2), NOW)
        assert not book.record_issue("k1", digest(3), NOW)
        assert [h.headline for h in book.headlines("k1")] == [
            make_story(1).headline,
            make_story(2).headline,
        ]


def test_an_incomplete_issue_does_not_count_until_it_is_complete(tmp_path: Path) -> None:
    with StoryHistory(tmp_path / "history.sqlite") as book:
        book.record_issue("k1", digest(1), NOW, complete=False)
        assert len(book.select_new(digest(1)).brief.stories) == 1
        assert not book.record_issue("k1", digest(1), NOW, complete=True)
        assert book.select_new(digest(1)).brief.stories == []
