"""The summary and the facts list: one claim is told once."""

from __future__ import annotations

import pytest


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


def test_a_verdict_told_again_with_the_same_figures_is_one_claim() -> None:
    from briefing.stages.headline import _retold

    one = (
        "After deliberating for roughly nine hours across two days, a jury in Riverside County "
        "found the former treasurer guilty on 14 counts, among them embezzlement."
    )
    two = "Jurors deliberated about nine hours over two days before convicting Reyes on 14 counts."
    assert _retold(two, one) and _retold(one, two)
    # a figure more is more than a repeat
    more = (
        "Jurors deliberated about nine hours over two days before convicting Reyes on 14 "
        "counts of stealing $2.3 million."
    )
    assert not _retold(more, one)
    # the same figures in another claim are another fact
    assert not _retold("The council met for nine hours over two days on the budget.", one)


def test_a_fact_another_listed_fact_states_in_full_is_listed_once() -> None:
    from briefing.model import Fact
    from briefing.stages.headline import _within

    def fact(text: str) -> Fact:
        return Fact(text=text, sources=["a"], independent_sources=1, source="a", start=0, end=1)

    fuller = fact(
        'Press secretary Ann Lee called the objections "a smear campaign by people who oppose '
        'American energy" and said Tom Reyes would divest from Northgate.'
    )
    short = fact(
        'White House press secretary Ann Lee dismissed the criticism as a "smear campaign."'
    )
    assert _within(short, fuller) and not _within(fuller, short)
    # a figure more is more than a repeat
    counted = fact(
        'Press secretary Ann Lee dismissed the 40 letters of criticism as a "smear campaign."'
    )
    assert not _within(counted, fuller)


def test_one_act_told_twice_without_a_name_is_the_same_news() -> None:
    from briefing.stages.headline import _same_news

    filed = (
        "A union representing tens of thousands of Kentucky public school teachers filed suit "
        "on Tuesday challenging a new state law that scales back their pension benefits."
    )
    taking = "Kentucky teachers are taking Gov. Carl Whitmore to court."
    assert _same_news(filed, taking) and _same_news(taking, filed)
    judge = "U.S. District Judge Ann Reyes blocked the state's photo voter-ID law on Tuesday."
    assert _same_news("A federal judge on Tuesday blocked Missouri's new voter-ID law.", judge)
    # two actors, each named, are two acts; a threat to sue is not the suit
    assert not _same_news(
        "The House passed the bill on Tuesday.", "The Senate passed the bill on Thursday."
    )
    assert not _same_news(
        taking, "The governor said the Kentucky teachers would sue to block the law."
    )
    # another act altogether
    assert not _same_news(taking, "Kentucky teachers rallied at the Capitol on Tuesday.")


def test_what_had_happened_before_is_no_news_for_the_summary() -> None:
    from briefing.stages.headline import told_before

    assert told_before(
        "The developer, Ridgeline Partners of Charlotte, had proposed five buildings on the tract."
    )
    assert not told_before("The Asheville City Council voted 5 to 2 on Tuesday to reject it.")
    # what someone said they had done is their statement, told now
    assert not told_before("Lee said on Tuesday that he had served in Vietnam.")
    assert not told_before("The council had not voted on the plan before Tuesday.")


def test_a_slanted_lead_only_its_outlet_states_gives_way_to_one_several_state(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefing.model import Fact
    from briefing.stages import headline

    def lead(text: str, source: str) -> Fact:
        return Fact(
            text=text, sources=[source], independent_sources=1, source=source, start=0,
            end=len(text), single_source=True,
        )  # fmt: skip

    slanted = lead(
        "A bare majority of the board voted to pull 14 books, ignoring its own review "
        "committee and siding with a parents' group pressuring it to purge titles.",
        "hpo",
    )
    plain = lead("The board voted 4 to 3 late Tuesday to remove 14 books.", "nyt")
    other = lead("The board meets again in May.", "fox")
    cited = {id(slanted): 1, id(plain): 3, id(other): 1}
    monkeypatch.setattr(headline, "plain_lead", lambda fact, docs: True)
    tone = {id(slanted): 0.8, id(plain): 0.1, id(other): 0.0}
    monkeypatch.setattr(headline, "_slant", lambda fact, docs: tone[id(fact)])
    monkeypatch.setattr(headline, "_tone", lambda fact: tone[id(fact)])
    leads = [slanted, other, plain]
    ranked = headline._most_cited_first(leads, [], lambda f: cited[id(f)])
    assert ranked == [plain, slanted, other]
    # a plain top lead keeps its place, however many outlets state another
    tone[id(slanted)] = 0.2
    ranked = headline._most_cited_first(leads, [], lambda f: cited[id(f)])
    assert ranked[0] is slanted


def test_an_opening_sentence_more_outlets_state_comes_before_a_later_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefing.model import Evidence, Fact
    from briefing.stages import headline
    from briefing.stages.clean import clean
    from tests.articles import make_article

    text = (
        "The Alder board voted 5-2 on Friday to close three schools. The schools enroll "
        "about 1,050 students combined."
    )
    docs = [clean(make_article("Schools", text, id="a"))]
    first, second = docs[0].sentences[:2]

    def lead(sentence: object) -> Fact:
        said = sentence.text  # type: ignore[attr-defined]
        at = sentence.start  # type: ignore[attr-defined]
        return Fact(
            text=said, sources=["a"], independent_sources=1, source="a", start=at,
            end=at + len(said), single_source=True,
            evidence=[Evidence(article="a", start=at, end=at + len(said), text=said)],
        )  # fmt: skip

    voted, enroll = lead(first), lead(second)
    cited = {id(voted): 2, id(enroll): 1}
    monkeypatch.setattr(headline, "plain_lead", lambda fact, docs: True)
    monkeypatch.setattr(headline, "_slant", lambda fact, docs: 0.0)
    # the second sentence, whose words all outlets share, ranked first: the first sentence
    # more outlets state tells the main news
    ranked = headline._most_cited_first([enroll, voted], docs, lambda f: cited[id(f)])
    assert ranked == [voted, enroll]
    # stated by as many outlets, the news an article opens on still comes first
    cited[id(enroll)] = 2
    assert headline._most_cited_first([enroll, voted], docs, lambda f: cited[id(f)])[0] is voted
    # stated by one outlet only, it does not take the place of the top lead
    cited[id(voted)] = cited[id(enroll)] = 1
    assert headline._most_cited_first([enroll, voted], docs, lambda f: cited[id(f)])[0] is enroll


def test_a_sentence_telling_another_act_is_no_fuller_wording_of_the_news() -> None:
    from briefing.stages.headline import _fuller
    from tests.test_story import fact

    veto = fact(
        "Mayor Dale Pruitt of Carverton vetoed an ordinance on Monday that would have raised the "
        "city's minimum wage to $17 an hour."
    )
    ordinance = fact(
        "The ordinance, approved 7-4 on Feb. 27, would have forced employers to raise the city's "
        "minimum wage from $12.50 to $17 an hour by January 2028."
    )
    # the same figure, more figures: yet the veto is the news, and only one of them tells it
    assert _fuller(ordinance, [veto], 60) is None
    troops = fact("Lee said the troops would be home within 120 days.")
    more = fact("Lee said the nearly 3,500 troops would be home within 120 days.")
    assert _fuller(more, [troops], 60) == 0


def test_the_opening_scene_of_a_feature_is_no_lead() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.headline import _scene
    from tests.articles import make_article

    docs = [
        clean(make_article("Veto", "Tamika Rowe had already done the math.", id="a")),
        clean(make_article("Veto", "Mayor Dale Pruitt vetoed the wage increase Monday.", id="b")),
    ]
    assert _scene("Tamika Rowe had already done the math.", docs[1].article.text)
    # someone the other outlets name, or a figure, is news
    assert not _scene("Dale Pruitt had already done the math.", docs[1].article.text)
    assert not _scene("Tamika Rowe earns $12.50 an hour.", docs[1].article.text)


def test_words_we_put_inside_a_fact_do_not_make_it_a_repeat_of_the_top_one() -> None:
    from briefing.model import Fact, Insertion
    from briefing.stages.headline import lead_summary
    from briefing.text.lexicon import load_lexicon

    def fact(text: str, source: str, insertions: tuple[tuple[int, str], ...] = ()) -> Fact:
        marks = [Insertion(at=at, text=words) for at, words in insertions]
        shown = text
        for at, words in sorted(insertions, reverse=True):
            shown = shown[:at] + words + shown[at:]
        return Fact(
            text=shown, sources=["a", "b"], independent_sources=2, source=source, start=0,
            end=len(text), insertions=marks,
        )  # fmt: skip

    top = fact(
        "The Lakeside City Council fired City Manager Ann Lee on Wednesday in a 4-3 vote.", "a"
    )
    said = "Tom Reyes, Rosa Diaz and Carl Webb voted against."
    dissent = fact(said, "b", ((said.index("."), " [the motion to fire City Manager Ann Lee]"),))
    others = [
        fact("Lee had run the city's day-to-day operations since 2019.", "a"),
        fact("The council will name an interim manager next month.", "b"),
    ]
    text, stated, _ = lead_summary([top, dissent, *others], [], load_lexicon())
    assert stated == [top, dissent]
    assert text.endswith("voted against [the motion to fire City Manager Ann Lee].")


def test_the_purpose_we_put_after_a_vote_tells_the_summary_no_news_again() -> None:
    from briefing.model import Fact
    from briefing.stages.headline import _own, _retold

    def fact(text: str) -> Fact:
        return Fact(text=text, sources=["a"], independent_sources=1, source="a", start=0, end=1)

    summary = fact(
        "The Harwick school board voted 5-2 on Friday to close three elementary schools."
    )
    dissent = fact(
        "Board members Ana Ruiz and Tom Reyes voted against the plan [to close three elementary "
        "schools]."
    )
    # the bracket's "three" and "schools" are ours: the dissent is news of its own
    assert _retold(dissent.text, summary.text)
    assert not _retold(_own(dissent), _own(summary))
    # the names we put in stay: "the [Harwick] board" is the one the fact tells of
    named = fact(
        "The [Harwick school] board voted 5-2 on Friday to close three elementary schools."
    )
    assert _own(named) == named.text
