"""Grouping articles into stories: events stay apart, coverage of one event comes together."""

from __future__ import annotations

import random

import pytest

from briefing.digest.events import ClusterOptions, cluster, group_stories, parse_day
from briefing.stages.ingest import Article
from tests.conftest import SHARED_EVAL


def make_article(
    article_id: str, title: str, *paragraphs: str, published: str | None = None
) -> Article:
    """An article with `title` and body `paragraphs`."""
    return Article(id=article_id, text="\n\n".join(paragraphs), title=title, published=published)


# Two events in the same town on the same day: a warehouse fire and a school budget vote.
FIRE = [
    make_article(
        "fire-a",
        "Warehouse fire in Brockton sends smoke over the harbor",
        "A fire destroyed a warehouse in Brockton on Monday, fire chief Dana Morrow said.",
        "Firefighters from Halsey and Brockton fought the blaze for six hours.",
        "Morrow said no workers were hurt and investigators had not found what started the fire.",
        published="2024-03-04",
    ),
    make_article(
        "fire-b",
        "Blaze guts Brockton furniture warehouse",
        "Flames tore through a furniture warehouse in Brockton on Monday, and the roof collapsed.",
        "Fire chief Dana Morrow said crews from Halsey helped contain the blaze after six hours.",
        "Investigators seek the cause of the fire; no workers were injured, Morrow said.",
        published="2024-03-04",
    ),
]
BUDGET = [
    make_article(
        "budget-a",
        "Brockton school board passes budget",
        "The Brockton school board approved a budget on Monday adding teachers at Lindell.",
        "Board chair Priya Castellano said the budget keeps class sizes under twenty-five pupils.",
        "Two members voted against the plan, citing the cost of the new bus contract with Arvane.",
        published="2024-03-04",
    ),
    make_article(
        "budget-b",
        "Brockton board approves school spending plan",
        "Brockton's school board voted 5-2 on Monday for a budget with new teachers at Lindell.",
        "Castellano, the board chair, said class sizes would stay under twenty-five pupils.",
        "The two members who opposed it objected to the price of the Arvane bus contract.",
        published="2024-03-04",
    ),
]
LONER = make_article(
    "loner",
    "Orchard growers expect early harvest",
    "Apple growers in the Tavish valley expect the earliest harvest in a decade.",
    "A warm spring brought blossoms three weeks ahead of the usual calendar across the orchards.",
    published="2024-03-04",
)


def ids(groups: list[list[Article]]) -> list[list[str]]:
    return [[a.id for a in g] for g in groups]


def test_events_that_share_a_place_but_not_an_action_stay_apart() -> None:
    groups = cluster([FIRE[0], BUDGET[0], FIRE[1], BUDGET[1]])
    assert ids(groups) == [["fire-a", "fire-b"], ["budget-a", "budget-b"]]


def test_single_article_stories_are_left_out_by_default() -> None:
    articles = [*FIRE, LONER, *BUDGET]
    assert ids(group_stories(articles)) == [["fire-a", "fire-b"], ["budget-a", "budget-b"]]
    everything = group_stories(articles, ClusterOptions(min_articles=1))
    assert ["loner"] in ids(everything)


def test_same_coverage_weeks_apart_is_two_events() -> None:
    later = make_article("fire-c", FIRE[1].title, FIRE[1].text, published="2024-04-20")
    groups = ids(cluster([FIRE[0], later]))
    assert groups == [["fire-a"], ["fire-c"]]
    # without dates, the same texts are one event
    undated = [make_article(a.id, a.title, a.text) for a in (FIRE[0], later)]
    assert ids(cluster(undated)) == [["fire-a", "fire-c"]]


def test_grouping_does_not_depend_on_input_order() -> None:
    articles = [*FIRE, *BUDGET, LONER]
    expected = sorted(sorted(g) for g in ids(cluster(articles)))
    shuffled = articles[:]
    random.Random(7).shuffle(shuffled)
    assert sorted(sorted(g) for g in ids(cluster(shuffled))) == expected


def test_one_spurious_link_does_not_chain_two_events() -> None:
    # a third fire article that also quotes the budget chair: it belongs with the fire
    bridge = make_article(
        "fire-c",
        "Brockton warehouse fire investigated",
        "Investigators searched the Brockton furniture warehouse destroyed by fire on Monday.",
        "Fire chief Dana Morrow said crews from Halsey had helped, and no workers were hurt.",
        "Priya Castellano, the school board chair, said Lindell pupils could see the smoke.",
        published="2024-03-04",
    )
    groups = ids(cluster([*FIRE, bridge, *BUDGET]))
    assert ["fire-a", "fire-b", "fire-c"] in groups
    assert ["budget-a", "budget-b"] in groups


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-04", "2024-03-04"),
        ("March 4, 2024", "2024-03-04"),
        ("4 Mar 2024", "2024-03-04"),
        ("Mon, 04 Mar 2024 10:00:00 GMT", "2024-03-04"),
        ("no date here", None),
        (None, None),
    ],
)
def test_parse_day(value: str | None, expected: str | None) -> None:
    from datetime import date

    day = parse_day(value)
    assert (date.fromordinal(day).isoformat() if day else None) == expected


def test_adjusted_rand_index() -> None:
    from benchmarks.eval_clusters import adjusted_rand_index, purity

    assert adjusted_rand_index([0, 0, 1, 1], [5, 5, 9, 9]) == pytest.approx(1.0)
    # the textbook example: ARI of these labelings is 0.24242...
    gold = [0, 0, 0, 1, 1, 1]
    pred = [0, 0, 1, 1, 2, 2]
    assert adjusted_rand_index(gold, pred) == pytest.approx(0.242424, abs=1e-5)
    assert purity(gold, pred) == pytest.approx(5 / 6)


@pytest.mark.skipif(not (SHARED_EVAL / "basil" / "dev.jsonl").exists(), reason="no eval data")
def test_basil_events_are_recovered() -> None:
    from benchmarks.eval_clusters import MIN_ARI, evaluate

    scores = evaluate(SHARED_EVAL / "basil" / "dev.jsonl")
    assert scores["articles"] == 90
    assert scores["ari"] >= MIN_ARI
    assert scores["purity"] >= 0.9


def test_wire_copy_in_thousands_of_outlets_is_one_story() -> None:
    wire = FIRE[0]
    copies = [
        Article(
            id=f"copy-{i}",
            text=f"{wire.text}\n\nReprinted by outlet number {i}.",
            title=wire.title,
            published="2024-03-04",
        )
        for i in range(3000)
    ]
    groups = group_stories([*copies, FIRE[1], *BUDGET, LONER])
    found = ids(groups)
    assert len(found) == 2
    assert found[0] == [f"copy-{i}" for i in range(3000)] + ["fire-b"]
    assert found[1] == ["budget-a", "budget-b"]
