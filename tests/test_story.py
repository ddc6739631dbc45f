from __future__ import annotations

from briefing.model import Fact
from briefing.stages.headline import headline, summary
from briefing.text.lexicon import load_lexicon


def fact(text: str) -> Fact:
    return Fact(
        text=text, sources=["a", "b"], independent_sources=2, source="a", start=0, end=len(text)
    )


FACTS = [
    fact("The city council voted 7-2 on Monday to approve a $300 million stadium."),
    fact("Police arrested protesters outside City Hall during the meeting."),
    fact("The team's owner thanked council members after the vote."),
]


def test_headline_prefers_a_central_plain_title_and_neutralizes_it() -> None:
    titles = [
        "You Won't Believe What The Council Just Did!",
        "Council Approves Controversial Stadium Plan in 7-2 Vote",
        "Stadium: Here's what to know",
    ]
    assert headline(titles, FACTS, load_lexicon()) == "Council Approves Stadium Plan in 7-2 Vote"


def test_headline_falls_back_to_top_fact_when_titles_are_clickbait() -> None:
    titles = ["WOW!!", "Firestorm erupts!"]
    assert headline(titles, FACTS, load_lexicon()) == FACTS[0].text.rstrip(".")


def test_summary_is_one_or_two_best_facts() -> None:
    assert summary(FACTS, [], load_lexicon()) == f"{FACTS[0].text} {FACTS[1].text}"


def test_summary_does_not_repeat_a_fact_in_other_words() -> None:
    from briefing.stages.clean import clean
    from tests.articles import make_article

    docs = [
        clean(
            make_article(
                "Stadium",
                "The city council approved the $300 million stadium in a 7-2 vote on Monday.",
                "Opponents, led by the Fair Budget group, said the plan was rushed.",
                id="b",
            )
        )
    ]
    text = summary(FACTS[:1], docs, load_lexicon())
    assert text.startswith(FACTS[0].text)
    assert "approved the $300 million stadium" not in text
    assert "Opponents, led by the Fair Budget group" in text


def test_a_long_top_fact_is_never_cut_into_a_headline_when_a_title_will_do() -> None:
    long_fact = fact(
        "The former official, according to a newspaper report published on Monday, said he "
        "had misspoken at an event in a coastal city in which he described his record at length."
    )
    titles = ["Official's Words on His Service Differ From the Record"]
    assert headline(titles, [long_fact], load_lexicon()) == titles[0]


def test_summary_never_just_repeats_the_headline() -> None:
    from briefing.stages.clean import clean
    from tests.articles import make_article

    docs = [
        clean(
            make_article(
                "Mayor Ann Lee now denies denying the flood risk",
                "Mayor Ann Lee now denies denying the flood risk.",
                "Ann Lee told reporters in Springfield on Monday that the river study was sound.",
                id="a",
            )
        )
    ]
    text = summary([], docs, load_lexicon(), "Mayor Ann Lee now denies denying the flood risk")
    assert text == "Ann Lee told reporters in Springfield on Monday that the river study was sound."
