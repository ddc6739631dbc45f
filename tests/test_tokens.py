from __future__ import annotations

from briefing.text.tokens import claim_words, dates, numbers, outside_quotes, quoted_share, stem


def test_numbers_are_canonical_and_names_with_digits_are_not_figures() -> None:
    found = numbers("The 287(g) program passed 3-2, with 1,120 arrests, 63% and $5.5 million.")
    # a scale word is a figure too: "$5.5 million" must not match "$5.5 billion"
    assert found == ["3-2", "1120", "63%", "5.5", "1000000"]


def test_claim_words_keep_negations_and_section_numbers() -> None:
    words = claim_words("The council did not sign the 287(g) agreement.")
    assert "not" in words and "287(g)" in words and stem("signed") in words
    assert "the" not in words


def test_stems_match_inflections() -> None:
    assert stem("votes") == stem("voted") == stem("voting")


def test_quotes_are_blanked_with_offsets_kept() -> None:
    text = 'She called it "a shameful day" on Monday.'
    bare = outside_quotes(text)
    assert len(bare) == len(text) and "shameful" not in bare and bare.endswith("on Monday.")
    assert 0.3 < quoted_share(text) < 0.5


def test_dates_are_month_and_weekday_names() -> None:
    assert dates("The vote on Tuesday, Sept. 5, followed a May hearing.") == [
        "tuesday",
        "september",
        "may",
    ]
    assert dates("Officials may vote on the plan.") == []
