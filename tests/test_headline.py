"""The summary and the facts list: one claim is told once."""

from __future__ import annotations


def test_the_same_sum_told_twice_is_one_claim() -> None:
    from briefing.stages.headline import _same_sum

    short = "The Herald found that the Reyes campaign paid $1.8 million to Lakeside Strategies."
    longer = (
        "The Herald's October 2024 story reported that the Reyes campaign paid $1.8 million "
        "over four years to Lakeside Strategies, a firm owned by his brother-in-law."
    )
    assert _same_sum(longer, short) and _same_sum(short, longer)
    # a count the other does not give is more than a repeat
    more = (
        "The Reyes campaign paid $1.8 million to Lakeside Strategies and 300 staff bonuses, "
        "the Herald found."
    )
    assert not _same_sum(more, short)
    # the same sum in another claim is another fact
    assert not _same_sum("The city paid $1.8 million to settle the Riverside lawsuit.", short)
