from __future__ import annotations

import pytest

from briefing.model import Disputed
from briefing.stages.clean import clean
from briefing.stages.facts import CUT_OFF, consensus, not_checkable, single_source_facts
from briefing.stages.ingest import Article
from briefing.stages.sources import group_sources
from briefing.text.lexicon import load_lexicon
from tests.articles import make_article

A = make_article(
    "Council backs stadium",
    "The city council voted 7-2 on Monday to approve a $300 million stadium for the Riverside "
    "district.",
    "Police arrested 14 protesters outside City Hall during the meeting.",
    "Mayor Ann Lee slammed the opponents of the stadium plan.",
    "The stadium could bring thousands of jobs to the area.",
    id="a",
)
B = make_article(
    "Stadium plan approved",
    "On Monday the city council approved the $300 million Riverside district stadium in a 7-2 "
    "vote.",
    "Officers arrested 41 protesters outside City Hall while the council met.",
    "Mayor Ann Lee criticized the opponents of the stadium plan.",
    "What will the stadium mean for local traffic?",
    id="b",
)
C = make_article(
    "Stadium vote",
    "A $300 million stadium in the Riverside district won council approval on Monday, 7-2.",
    "The team's owner thanked the council members after the vote.",
    id="c",
)


def run(*articles, min_sources: int = 2):  # type: ignore[no-untyped-def]
    docs = [clean(a) for a in articles]
    return consensus(docs, group_sources(docs), load_lexicon(), min_sources=min_sources)


def test_fact_agreed_by_three_sources_cites_them_all_verbatim() -> None:
    result = run(A, B, C)
    top = result.facts[0]
    assert "7-2" in top.text and "$300 million" in top.text
    assert top.sources == ["a", "b", "c"] and top.independent_sources == 3
    article = {"a": A, "b": B, "c": C}[top.source]
    assert article.text[top.start : top.end] == top.text


def test_loaded_wording_gives_way_to_a_neutral_variant() -> None:
    texts = [f.text for f in run(A, B).facts]
    assert "Mayor Ann Lee criticized the opponents of the stadium plan." in texts
    assert not any("slammed" in t for t in texts)


def test_hedged_and_question_sentences_are_not_facts() -> None:
    texts = " ".join(f.text for f in run(A, B, C).facts)
    assert "could bring" not in texts and "?" not in texts


def test_a_message_after_a_colon_is_cut_not_read_as_a_call_to_the_reader() -> None:
    from briefing.stages.facts import candidates

    lead = (
        "Mayor Ann Lee is heading to Riverside on Wednesday to meet with Governor Tom Reyes, "
        "but one of his predecessors had a different message for the mayor: You are not "
        "welcome here."
    )
    body = "Lee has said the Lakeside stadium plan would create 2,000 jobs by 2028."
    a = make_article("Lee heads to Riverside", lead, body, id="a")
    docs = [clean(a)]
    first = candidates(docs, group_sources(docs), load_lexicon())[0]
    assert first.wording_ok and first.wording is not None
    assert first.wording.text == (
        "Mayor Ann Lee is heading to Riverside on Wednesday to meet with Governor Tom Reyes."
    )
    # the writer's own "you" is still a call to the reader, cut or not
    assert not_checkable("You can read the Lakeside stadium plan on the city's website.")


def test_differing_counts_are_disputed_not_hidden() -> None:
    result = run(A, B, C)
    assert len(result.disputed) == 1
    point = result.disputed[0]
    assert {v.value for v in point.variants} == {"14", "41"}
    assert {tuple(v.sources) for v in point.variants} == {("a",), ("b",)}
    assert "arrest" in point.topic or "protester" in point.topic


def test_a_count_of_the_same_thing_in_two_long_leads_is_disputed() -> None:
    one = make_article(
        "Lee orders troops home",
        "After 15 years and billions of dollars spent, with no end in sight and allies worried, "
        "President Ann Lee on Tuesday ordered the 3,200 troops stationed in Mardovia to come "
        "home, a move her critics called reckless.",
        id="one",
    )
    two = make_article(
        "Troops to leave Mardovia",
        "In a brief televised address, Lee said the nearly 3,500 troops stationed in the small "
        "republic would be home within 120 days.",
        id="two",
    )

    def numbers(*articles: Article) -> list[Disputed]:
        return [d for d in run(*articles).disputed if d.kind == "number"]

    assert [sorted(v.value for v in d.variants) for d in numbers(one, two)] == [["3200", "3500"]]
    # two figures that count different things in the same story are no dispute
    other = make_article(
        "Storm",
        "After a long night of storms across the region, officials said 12 people died in "
        "Lakeside.",
        id="other",
    )
    third = make_article(
        "Storm damage",
        "Rescuers pulled 40 people who were sheltering at the Riverside school from the rubble.",
        id="third",
    )
    assert numbers(other, third) == []
    # "million" says how much, not of what: an order and an option are two figures
    order = make_article(
        "Lakeside buys doses",
        "The Lakeside health board has purchased an additional 100 million doses of the Reyes "
        "vaccine, the company announced Wednesday after weeks of talks.",
        id="order",
    )
    option = make_article(
        "Option on doses",
        "Also included in the deal is the option to purchase an additional 400 million doses.",
        id="option",
    )
    assert numbers(order, option) == []


def test_min_sources_is_respected() -> None:
    assert all(f.independent_sources >= 3 for f in run(A, B, C, min_sources=3).facts)
    assert run(A, B, C, min_sources=3).facts


def test_copies_do_not_count_as_independent_support() -> None:
    copy = make_article("Copy", *A.text.split("\n\n")[1:], id="a-copy")
    result = run(A, copy)
    assert result.facts == []


def test_single_source_facts_are_marked() -> None:
    docs = [clean(A)]
    result = single_source_facts(docs, group_sources(docs), load_lexicon())
    assert result.facts and all(
        f.single_source and f.independent_sources == 1 for f in result.facts
    )


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("The plan may raise taxes next year.", "hedged or speculative"),
        ("Critics argue the plan is too costly.", "hedged or speculative"),
        (
            "Lee supporters predicted that Reyes would get a few dozen votes.",
            "hedged or speculative",
        ),
        (
            "Political observers in Lakeside cautioned that the mayor is slow.",
            "hedged or speculative",
        ),
        ("Election experts at Lakeside University counted 400 ballots on Friday.", None),
        ("With the vote, the city's policing is set to change.", "hedged or speculative"),
        (
            "Mr. Reyes's path to victory is steep before the vote on Thursday.",
            "hedged or speculative",
        ),
        ("Ann Lee’s chances of winning the June 3 primary are slim.", "hedged or speculative"),
        ("Now the Lakeside council supposedly has a final decision.", "hedged or speculative"),
        # a guess inside a relative clause hedges that clause, not what the sentence states
        (
            "Ann Lee is airing a new ad that seems to mock Riverside and vows to end the tax.",
            None,
        ),
        ("Ann Lee seems to have lost the Riverside vote on Tuesday.", "hedged or speculative"),
        ("Is the plan worth it?", "question"),
        ("We think the council got it right.", "first person"),
        ("Stay tuned for more updates.", "call to action"),
        # an excerpt cut before the name its title was for
        ("Ann Lee held a rally in Riverside, Ohio, for Lt. Gov.", "cut off (no full stop)"),
        ("The Lakeside vote came at 3 p.m.", None),
        ("Congrats to Ann Lee, who just got the hardest job in Riverside.", "call to action"),
        ("It is crucial that residents stay informed.", "opinion"),
        ('"This is a disgrace," she said.', "quotation (quotes have their own section)"),
        ("Spending tax money on the stadium is wrong.", "opinion"),
        ("Ironically, the council voted 7-2 on Monday.", "opinion"),
        ("The council voted 7-2 on Monday.", None),
        # what someone else "may claim" is hedged, not the main claim
        (
            "Mayor Ann Lee says the port will reopen in June, despite what the governor may claim.",
            None,
        ),
        (
            "The police department will hold a press conference at 2:30 p.m. ET.",
            "a schedule, not news",
        ),
        ("The police department held a press conference at 2:30 p.m. on Friday.", None),
        ("The final Lakeside debates will be held Oct. 16 and Oct. 22.", "a schedule, not news"),
        ("The final Lakeside debate was held on Oct. 16 in Riverside.", None),
        # someone's feelings as they told them are their reaction, not the story's news
        (
            "Speaking on Friday, Mr. Reyes said he was not surprised that a package had been "
            "sent to him.",
            "a feeling reported, not news",
        ),
        ("Mr. Reyes said he had sent the package to the Riverside council.", None),
        # a feature's framing of what the news means to one person is no news
        (
            "For Joan Reed, the numbers in last week's report are not statistics.",
            "what it means to someone, not news",
        ),
        ("To Mr. Reyes, that is the point.", "what it means to someone, not news"),
        (
            "For House Minority Whip Tamara Whitfield, a Democrat from Eastport, the case is "
            "about more than receipts.",
            "what it means to someone, not news",
        ),
        ("For years, the Riverside council delayed the vote.", None),
        # how someone spoke, the writer's lead-in to their quote, tells nothing they said
        (
            "Chief Justice Ann Lee, writing for the majority, didn't mince words.",
            "how someone spoke, not what they said",
        ),
        (
            "Supporters on the council were blunt about the critics.",
            "how someone spoke, not what they said",
        ),
        ("Ann Lee was blunt in her letter, calling the plan a $40 million mistake.", None),
        # what a rule requires is its content, not the writer's view of what ought to be
        ("Under the order, cities must cut water use by 15 percent from 2023 levels.", None),
        ("Cities must cut water use by 15 percent to get through the summer.", "opinion"),
        ("For the first time, the Riverside council voted against the budget.", None),
        # a judgement someone is reported to have passed is checkable: they said it
        (
            "Ann Lee said on Wednesday that the invitation was a mistake and that Reyes should "
            "never be trusted in the city.",
            None,
        ),
        ("Ann Lee spoke on Wednesday, and clearly the invitation was a mistake.", "opinion"),
        ("Clearly, Ann Lee said that the invitation was a mistake.", "opinion"),
        # the writer's reading of what the event means; someone's reading is reported
        (
            "The council's vote, after a day of public comment, highlights the complex and "
            "costly nature of parks funding in Riverside.",
            "opinion",
        ),
        ("Ann Lee said that the vote highlights the costly nature of parks funding.", None),
        # an excerpt cut mid-sentence, a heading: no claim ends there
        ("The council said Thursday it will waive $15 million in parking fines from", CUT_OFF),
        ("Lakeside council votes on the stadium", CUT_OFF),
        ("The council said it will waive $15 million in parking fines from …", CUT_OFF),
        ("The council said it will waive $15 million in parking fines [...]", CUT_OFF),
        ("The council voted 7-2 (a record).", None),
        # "May" the month is no hedge; "may" the modal is
        ("Jobless claims in Lakeside fell to 4,400 for the week ended May 15th.", None),
        ("The council may vote on the plan in May.", "hedged or speculative"),
        # a numeral after a name is no "I", a name no imperative "Will"
        ("The Lakeside treaty ended World War I in 1918, historians agree.", None),
        ("The bill, known as Title I, passed the council 7-2 on Monday.", None),
        ("When I was mayor, the council voted 7-2 on the plan.", "first person"),
        ("The F.B.I. arrested a Lakeside man on Friday, the I.R.S. said.", None),
        # a judgement reported without "that", or a condition, is no writer's opinion
        ("Mayor Ann Lee said Reyes should be forced to step down from the council.", None),
        (
            "The contempt vote, a rarely used step that, should lawmakers choose to take it, "
            "could lead to a fine, was set for Monday.",
            None,
        ),
        ("Ann Lee said the plan passed on Monday, but clearly it was a mistake.", "opinion"),
        # a hedge on what a thing is, after the stated act, leaves the act firm
        (
            "Police have arrested a suspect in connection with a dozen packages containing "
            "likely pipe bombs mailed to Lakeside council members.",
            None,
        ),
        ("Ann Lee likely won the Lakeside council seat on Monday.", "hedged or speculative"),
        ("Will Lee won the council seat on Sunday by 40 votes.", None),
    ],
)
def test_not_checkable(sentence: str, reason: str | None) -> None:
    assert not_checkable(sentence) == reason


def test_dateline_and_connective_are_trimmed_and_the_rest_stays_verbatim() -> None:
    from briefing.stages.facts import trim_lead, wording_problem

    text = "SPRINGFIELD, Ill. — The city council voted 7-2 on Monday to approve the stadium."
    offset, rest = trim_lead(text)
    assert rest == "The city council voted 7-2 on Monday to approve the stadium."
    assert text[offset:] == rest
    assert trim_lead("However, the council voted 7-2 on Monday to approve it.")[0] == 0
    assert wording_problem(
        "But he does have a solution for the city of Springfield.", load_lexicon()
    )


def test_differing_dates_of_the_same_event_are_disputed() -> None:
    one = make_article(
        "Bridge reopens",
        "The Harbor Bridge reopened to traffic on Tuesday after two years of repairs.",
        "The mayor cut a ribbon at the east end of the span before the first cars crossed.",
        id="one",
    )
    two = make_article(
        "Span back in use",
        "The Harbor Bridge reopened to traffic on Wednesday after two years of repairs.",
        "Commuters said the detour had added half an hour to each trip downtown.",
        id="two",
    )
    result = run(one, two)
    dates = [d for d in result.disputed if d.kind == "date"]
    assert len(dates) == 1 and dates[0].topic == "The date"
    assert {v.value for v in dates[0].variants} == {"Tuesday", "Wednesday"}


def test_a_months_day_before_a_noun_is_no_count_to_dispute() -> None:
    one = make_article(
        "Storm",
        "Twelve of the 40 Oct. 4 storm shelters in Riverside were full on Monday night.",
        "The mayor opened two more school gyms for families in the east of the city.",
        id="one",
    )
    two = make_article(
        "Shelters",
        "Twelve of the 40 storm shelters in Riverside were full on Monday night, officials said.",
        "Volunteers brought cots and water to the gyms the mayor opened in the east.",
        id="two",
    )
    assert [d for d in run(one, two).disputed if d.kind == "number"] == []


def test_two_events_on_two_days_are_not_a_dispute() -> None:
    one = make_article(
        "Council votes",
        "The city council voted on the stadium plan on Tuesday after a long hearing.",
        "The mayor signed the stadium bill into law on Thursday at City Hall.",
        id="one",
    )
    two = make_article(
        "Stadium approved",
        "The city council voted on the stadium plan on Tuesday after hours of debate.",
        "Opponents at City Hall said they would keep fighting the plan in court.",
        id="two",
    )
    assert [d for d in run(one, two).disputed if d.kind == "date"] == []


def test_a_name_spelled_two_ways_by_two_outlets_is_disputed() -> None:
    one = make_article(
        "Group sues",
        "Dariela Gomez, director of the Fair Budget group, filed the lawsuit on Monday.",
        "The group says the stadium plan breaks the city charter.",
        id="one",
    )
    two = make_article(
        "Lawsuit filed",
        "Daniela Gomez, director of the Fair Budget group, filed the lawsuit on Monday morning.",
        "A hearing is set for next month in the county court.",
        id="two",
    )
    names = [d for d in run(one, two).disputed if d.kind == "name"]
    assert len(names) == 1
    assert {v.value for v in names[0].variants} == {"Dariela Gomez", "Daniela Gomez"}
    # a third outlet that prints one of the spellings is among its sources
    three = make_article(
        "Budget group in court",
        "The Fair Budget group, led by Daniela Gomez, asked a judge to stop the stadium plan.",
        id="three",
    )
    names = [d for d in run(one, two, three).disputed if d.kind == "name"]
    assert {v.value: sorted(v.sources) for v in names[0].variants} == {
        "Dariela Gomez": ["one"],
        "Daniela Gomez": ["three", "two"],
    }


def test_two_people_with_one_surname_are_not_a_name_dispute() -> None:
    one = make_article(
        "Couple speaks",
        "Ann Lee and her husband Bob Lee spoke at the hearing on Monday about the stadium.",
        id="one",
    )
    two = make_article(
        "Hearing held",
        "Ann Lee spoke at the hearing on Monday about the stadium and its costs.",
        "Anna Lee, her daughter, spoke at the hearing on Monday about the stadium too.",
        id="two",
    )
    assert [d for d in run(one, two).disputed if d.kind == "name"] == []


def test_possessives_and_apostrophe_styles_are_not_spellings() -> None:
    one = make_article(
        "Plan", "Mayor Ann Lee’s plan for the stadium passed the council on Monday.", id="one"
    )
    two = make_article(
        "Vote", "Mayor Ann Lee's plan for the stadium passed the council on Monday night.", id="two"
    )
    assert [d for d in run(one, two).disputed if d.kind == "name"] == []


def test_a_fact_an_outlet_words_its_own_way_is_marked() -> None:
    from briefing.stages.facts import DIFFERENT_WORDING, _shared

    # three outlets in mostly the same words: no mark
    top = run(A, B, C).facts[0]
    assert top.sources == ["a", "b", "c"] and not top.wording_differs
    # the same claim in words of its own: marked, so the reader can compare
    fact = "Mayor Ann Lee signed the stadium bill on Friday at City Hall."
    assert _shared(fact, "Lee put her name to the arena measure on Friday.") < DIFFERENT_WORDING
    assert _shared(fact, "On Friday Mayor Ann Lee signed the stadium bill.") >= DIFFERENT_WORDING


def test_a_hedge_in_a_clause_that_only_qualifies_leaves_the_claim_firm() -> None:
    firm = [
        "The mayor vetoed the bill on Monday, telling the council it could cost jobs.",
        "The council approved a plan that may reopen the pool in May.",
        "Lee cited an incident in March when protesters allegedly threw eggs at the car.",
        "The senator, who may run in 2028, voted for the bill.",
        # the clause of a noun ("claims that") is what the sentence disputes, not its claim
        "The White House disputed Republican claims that the talks might be illegal.",
        "Mayor Ann Lee dismissed reports that she might run for governor.",
    ]
    for text in firm:
        assert not_checkable(text) is None, text
    hedged = [
        "The mayor may veto the bill on Monday.",
        "The mayor said that she may veto the bill.",
        "The mayor said she may veto the bill.",
        "Lee said the plan, which passed on Monday, may fail.",
        "Lee reportedly vetoed the bill.",
        "Lee claims that the plan may fail.",
    ]
    for text in hedged:
        assert not_checkable(text) == "hedged or speculative", text


def test_a_participle_without_its_verb_is_a_fragment() -> None:
    from briefing.stages.agreement import has_verb

    assert not has_verb("With the moderator, Ann Lee of ABC News, opening the debate on Libya.")
    assert has_verb("The moderator, Ann Lee of ABC News, is opening the debate on Libya.")
    assert has_verb("Ann Lee of ABC News opened the debate with a question on Libya.")
    # a word of a name is no verb, however the tagger reads it ("Trades")
    assert not has_verb("The Riverside Building and Construction Trades Council.")
    assert has_verb("Trades unions said the Riverside Building Council was closed.")


def test_a_reaction_in_the_speakers_words_is_a_fact_only_where_the_sides_do_not_show_it() -> None:
    from briefing.stages.facts import REACTION, restates_quote

    reaction = 'Before the vote, Ann Lee had called the plan "a gift to developers."'
    assert not_checkable(reaction) == REACTION
    # Lee's quote under the sides says it: the fact would say it again without its context
    shown = ["This plan is a gift to developers and a bill for everyone else in Riverside."]
    assert restates_quote(reaction, shown)
    assert not restates_quote(reaction, ["We will vote against the plan in Riverside."])
    # two quoted words are a reaction's own; elsewhere it takes four to restate a quote
    short = 'Ann Lee called the plan "a dead end."'
    assert restates_quote(short, ["It is a dead end for the council."])
    scare = 'The council passed the "dead end" plan on a 5-2 vote on Monday.'
    assert not restates_quote(scare, ["It is a dead end for the council."])
    # news of its own (a post on Tuesday) quoting the words it came with is no reaction
    act = (
        'Ann Lee made her first post of the year on Tuesday, accusing the council of "wasting '
        'money on the stadium."'
    )
    tweet = ["The council is wasting money on the stadium. Sad!"]
    assert restates_quote(act, tweet)
    assert not restates_quote(act, tweet, reactions_only=True)
    assert restates_quote(reaction, shown, reactions_only=True)
    # a quote at the end of a sentence whose own news is an act is still a fact
    act = (
        "A federal judge on Tuesday ordered the Lakeside council to publish its budget, after "
        'the council missed a deadline the judge called "firm, not aspirational."'
    )
    assert not_checkable(act) is None


def test_the_writers_impression_is_no_checkable_fact() -> None:
    assert not_checkable("Tom Reyes looked as if he could barely stay in his seat all night.")
    assert not_checkable("The debate was supposed to be a reboot for the Lakeside campaign.")
    assert not_checkable("The vote will probably decide the race for the Lakeside council.")


def test_a_short_summing_up_of_a_trend_is_no_checkable_event() -> None:
    from briefing.stages.facts import wording_problem

    lexicon = load_lexicon()
    for text in [
        "Mayor Ann Lee's legal troubles have only mounted in recent days.",
        "The relationship between Ann Lee and Tom Reyes had deteriorated for months.",
    ]:
        assert wording_problem(text, lexicon) == "vague (a trend, no event)", text
    # a longer sentence names who and what: the trend is reported, not just summed up
    text = (
        "The opposition has grown each day, with the Lakeside business council and both "
        "Riverside senators calling for a veto of the stadium bill."
    )
    assert wording_problem(text, lexicon) is None


def test_who_what_and_a_figure_are_enough_in_a_short_sentence() -> None:
    from briefing.stages.facts import wording_problem

    lexicon = load_lexicon()
    assert wording_problem("The Lakeside council approved the plan 7-2.", lexicon) is None
    assert wording_problem("The council approved the plan today.", lexicon) == "fragment"


def test_an_unnamed_group_on_a_day_is_vague() -> None:
    from briefing.stages.facts import wording_problem

    lexicon = load_lexicon()
    vague = "Many workers missed their second paycheck of the shutdown on Friday."
    assert wording_problem(vague, lexicon) == "vague (no name, figure or date)"
    # a group the sentence names, or counts, is checkable
    for text in [
        "Many Lakeside city workers missed their second paycheck on Friday.",
        "Some 800 workers missed their second paycheck of the shutdown on Friday.",
    ]:
        assert wording_problem(text, lexicon) is None, text


def test_a_loaded_closing_clause_is_cut_and_the_claim_kept() -> None:
    from briefing.stages.facts import candidates
    from briefing.stages.sources import group_sources

    article = make_article(
        "Mayor criticizes invitation",
        "Ann Lee, the city's mayor from 2000 to 2006, said on Wednesday that the invitation from "
        "Tom Reyes was a mistake because of the way he has demonized its critics.",
    )
    docs = [clean(article)]
    cands = candidates(docs, group_sources(docs), load_lexicon())
    lee = next(c for c in cands if c.sentence.text.startswith("Ann Lee"))
    assert lee.wording_ok and lee.wording is not None
    assert lee.wording.text.endswith("the invitation from Tom Reyes was a mistake.")
    assert "demonized" not in lee.wording.text


def test_a_fact_with_our_words_inside_keeps_its_source_offsets() -> None:
    from briefing.model import compose
    from briefing.stages.facts import Cluster, candidates, make_fact

    article = make_article(
        "Lakeside debates traffic bill",
        "The Lakeside council debated Senate Bill 12 on Monday.",
        "Republicans called the bill a power grab by the Lakeside council on Monday.",
    )
    docs = [clean(article)]
    groups = group_sources(docs)
    cands = candidates(docs, groups, load_lexicon())
    i = next(k for k, c in enumerate(cands) if c.sentence.text.startswith("Republicans"))
    fact = make_fact(i, Cluster(members=[]), cands, groups)
    assert fact.text.startswith("Republicans called the [Senate Bill 12] bill a power grab")
    inside = [(x.at, x.text) for x in fact.insertions]
    assert article.text[inside[0][0] :].startswith("bill a power grab")
    assert compose(article.text, fact.start, fact.end, fact.inserted, inside) == fact.text
    # what the outlet itself says, for the citation test: its sentence, verbatim
    assert fact.said == article.text[fact.start : fact.end]


def test_a_verdict_someone_passes_on_the_news_is_told_apart_from_news_they_report() -> None:
    from briefing.stages.facts import reported_verdict

    verdicts = [
        "Curtis Lane, the owners' association president, praised the veto.",
        "Mayor Ann Lee, who negotiated the deal, called it “a generational win” for the city.",
        "Tom Reyes, one of the two board members who voted no, questioned the cost.",
        "State Health Commissioner Ann Lee said the declaration was the right call.",
        "Tom Reyes, a labor economist at Riverside College, said the pattern was familiar.",
        "Before the mayor spoke, [Tom] Reyes had called the proposal “a non-starter.”",
        "[Ann Lee] accused the council of playing politics with the budget.",
    ]
    news = [
        # what someone says happened, or that they will act
        "Police said the suspect was a 34-year-old man from Lakeside.",
        "The FBI said Friday that the package was found in a Riverside mail facility.",
        "Tom Reyes said he would veto the bill if it reached his desk.",
        "Ann Lee said on Monday that the council will vote on the plan in March.",
        # an act, named, and a call to act
        "Talk-show host Ann Lee launched a campaign called #BeKind on Tuesday.",
        "Tom Reyes called for a recount of the Lakeside ballots.",
        "An executive from the firm called Mr. Reyes to urge him to sign the bill.",
        # a noun, not a verb; "so-called" is part of a word
        "Family members of the victims of the terrorist attacks have pushed for the bill.",
        "The so-called Riverside plan aims to cut bus fares by half.",
        # the speaker is not the sentence's subject
        "After the vote, the council said it praised the mayor's staff for their work.",
        # defending oneself is an act in the dispute
        "Ann Lee defended her vote on the stadium deal during a radio interview.",
    ]
    assert [t for t in verdicts if not reported_verdict(t)] == []
    assert [t for t in news if reported_verdict(t)] == []


def test_a_hedge_only_in_the_gloss_a_wording_cuts_leaves_a_checkable_claim() -> None:
    from briefing.stages.facts import HEDGED, without_addressed
    from briefing.stages.narrative import shortened, stand_alone

    text = (
        "Mayor Ann Lee on Tuesday ordered all crews out of Riverside, a sudden retreat that "
        "critics warn may abandon the neighborhood for years."
    )
    assert not_checkable(text) == HEDGED
    wording = stand_alone(text)
    assert wording is not None
    short = shortened(wording, text)
    assert short is not None
    why, kept = without_addressed(HEDGED, short, text)
    assert why is None and kept is short
    # the whole sentence, hedge and all, stays hedged
    assert without_addressed(HEDGED, wording, text)[0] == HEDGED


def test_a_hedge_in_a_long_participial_gloss_is_cut_with_its_list() -> None:
    from briefing.stages.facts import HEDGED, without_addressed
    from briefing.stages.narrative import stand_alone

    text = (
        "The Riverside City Council fired City Manager Ann Lee early Wednesday in a 4-3 vote, "
        "ending a tenure that critics say was marked by runaway spending, a botched water "
        "project and a permit office that left businesses waiting."
    )
    assert not_checkable(text) == HEDGED
    wording = stand_alone(text)
    assert wording is not None
    why, kept = without_addressed(HEDGED, wording, text)
    assert why is None and kept is not None
    assert kept.text == (
        "The Riverside City Council fired City Manager Ann Lee early Wednesday in a 4-3 vote."
    )


def test_a_reaction_that_leans_on_the_sentence_before_words_no_fact() -> None:
    from briefing.stages.facts import Candidate, candidates
    from briefing.stages.sources import group_sources

    def spokeswoman_after(lead: str, thing: str) -> Candidate:
        """The candidate of 'Her spokeswoman, Mia Cole, said...' after `lead`."""
        article = make_article(
            "Governor signs order",
            lead,
            f"Her spokeswoman, Mia Cole, said the administration was confident the {thing} was "
            '"on firm legal ground."',
        )
        docs = [clean(article)]
        cands = candidates(docs, group_sources(docs), load_lexicon())
        return next(c for c in cands if c.sentence.text.startswith("Her spokeswoman"))

    her = spokeswoman_after(
        "Riverside Gov. Ann Lee signed an executive order on Monday that limits state agencies.",
        "order",
    )
    # whose spokeswoman: the one person before it, in our brackets
    assert her.wording_ok and her.wording is not None
    assert her.wording.text.startswith("[Ann Lee's] spokeswoman, Mia Cole, said")
    # with no one before it to be "her", it may support a fact, never word one
    her = spokeswoman_after(
        "The state's agencies were told on Monday to stop hiring for the rest of the year.",
        "freeze",
    )
    assert not her.wording_ok
    assert her.why == "not self-contained (leans on the sentence before)"


def test_a_closing_clause_that_quotes_someone_goes_where_more_outlets_state_the_rest() -> None:
    lead = (
        "President Ann Lee on Thursday imposed 25 percent tariffs on steel imported from six "
        "countries"
    )
    fox = make_article(
        "Tariffs",
        f'{lead}, declaring that "the days of standing by are over" and delivering on a promise '
        "of her 2012 campaign.",
        id="fox",
    )
    # (the others word it in charged terms, and do not give Lee's quoted words)
    nyt = make_article(
        "Tariffs",
        "President Ann Lee on Thursday imposed draconian tariffs of 25 percent on steel imported "
        "from six countries.",
        id="nyt",
    )
    hpo = make_article(
        "Tariffs",
        "President Ann Lee on Thursday levied 25 percent tariffs on steel from six countries in "
        "a reckless move.",
        id="hpo",
    )
    texts = {f.text: f.sources for f in run(fox, nyt, hpo).facts}
    # the claim all three state, in the words of the one that also quotes her: without her
    # quoted words, which the others do not give
    assert texts[f"{lead}."] == ["fox", "hpo", "nyt"]
    # a closing clause that quotes someone stays where no other outlet states less
    quoted = make_article(
        "Tariffs",
        "President Ann Lee on Thursday imposed tariffs on steel from six countries, accusing "
        'China of "cheating on every deal" and naming Russia too.',
        id="quoted",
    )
    from briefing.stages.facts import candidates

    docs = [clean(quoted)]
    cand = candidates(docs, group_sources(docs), load_lexicon())[0]
    assert cand.wording is not None and cand.wording.text.endswith("naming Russia too.")
    assert cand.shorter
    assert cand.shorter[0].text.endswith("from six countries.")


def test_a_closing_detail_goes_where_the_other_outlets_state_only_the_rest() -> None:
    claim = (
        "The Lakeside district will offer Friday child care at two elementary schools for $30 a day"
    )
    fox = make_article(
        "Lakeside schools",
        "Parents packed the Lakeside school board meeting on Tuesday night.",
        f"{claim}, with a sliding scale for families earning under $65,000.",
        "Board member Tom Reyes voted against the four-day week.",
        id="fox",
    )
    nyt = make_article(
        "Child care in Lakeside",
        "The Lakeside school board voted 5-2 on Tuesday to adopt a four-day school week.",
        f"{claim}, with buses for 1,200 students.",
        "The change takes effect in August.",
        id="nyt",
    )
    # each outlet's detail is its own (a figure the other never gives): the claim both state,
    # without it, cited by both; the whole of either would be one outlet's alone
    facts = run(fox, nyt).facts
    assert [(f.text, f.sources) for f in facts] == [(f"{claim}.", ["fox", "nyt"])]


def test_closing_cuts_stop_before_a_detail_never_inside_a_quotation() -> None:
    from briefing.stages.narrative import Wording, closing_cuts

    def cuts(text: str) -> list[str]:
        return [w.text for w in closing_cuts(Wording(text, "", 0, len(text)), text)]

    assert cuts(
        "Lakeside Cruise Lines, the project's anchor tenant, has agreed to a 25-year lease and "
        "will contribute about $160 million toward construction."
    ) == ["Lakeside Cruise Lines, the project's anchor tenant, has agreed to a 25-year lease."]
    assert cuts(
        "District enrollment has dropped from 14,200 students in 2015 to 11,300 today, and the "
        "three schools are running at barely half their capacity."
    ) == ["District enrollment has dropped from 14,200 students in 2015 to 11,300 today."]
    # "which" after a body's name: nothing but the name would be left
    assert (
        cuts(
            "The Riverside Building and Construction Trades Council, which represents the "
            "workers, said the ruling would eliminate about 600 jobs."
        )
        == []
    )
    # "and would" right after a quotation: a cut there would leave "officials were."
    assert (
        cuts(
            'Agency spokesman Tom Reyes said in a statement that officials were "disappointed by '
            'the decision" and would consider an appeal.'
        )
        == []
    )
    # a cut that leaves no whole claim is no cut ("The council approved the plan.": too short)
    assert cuts("The council approved the plan, with the mayor absent for the vote.") == []


def test_a_long_sentence_cut_to_its_claim_may_word_a_fact() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.facts import candidates
    from briefing.stages.sources import group_sources

    text = (
        "President Ann Lee on Thursday imposed tariffs of 25 percent on steel imported from six "
        "countries, including China and Russia, a sweeping move to shield the domestic steel "
        "industry that drew praise from steelmakers and their workers but alarmed farm-state "
        "lawmakers of both parties, who warned that American agriculture would bear the brunt "
        "of any retaliation from the countries whose steel is now taxed."
    )
    assert len(text.split()) > 55
    docs = [clean(make_article("Tariffs", text))]
    (cand,) = candidates(docs, group_sources(docs), load_lexicon())
    # what the brief shows is short enough: the claim, without the writer's gloss on it
    assert cand.wording_ok, cand.why
    assert cand.wording is not None and cand.wording.text.endswith("including China and Russia.")


def test_a_figure_only_in_the_clause_the_wording_leaves_out_is_no_particular() -> None:
    # the wording drops the closing "leaving ..." gloss, and its "two weeks" with it: an
    # outlet that states the claim without that figure still states the fact as worded
    a = make_article(
        "Lee will not meet Reyes",
        "Gov. Ann Lee has said she will not meet with Tom Reyes ahead of his speech in March, "
        "leaving him two weeks to find other allies before the Riverside election.",
        id="a",
    )
    b = make_article(
        "No meeting",
        "Gov. Ann Lee has said she will not meet with Mr. Reyes during his visit to avoid any "
        "appearance of taking sides in the Riverside election.",
        id="b",
    )
    from briefing.stages.facts import _confirms, candidates

    docs = [clean(a), clean(b)]
    cands = candidates(docs, group_sources(docs), load_lexicon())
    assert cands[0].wording is not None
    assert cands[0].wording.text.endswith("ahead of his speech in March.")
    assert _confirms(cands, 0, 1)


def test_one_sum_two_outlets_give_differently_is_disputed_but_not_two_sums() -> None:
    a = make_article(
        "Ethics inquiry",
        "The House Ethics Committee opened an inquiry into whether Rep. Ann Lee spent about "
        "$87,000 in campaign money on personal expenses.",
        id="a",
    )
    b = make_article(
        "Lee under investigation",
        "Rep. Ann Lee is under investigation by the House Ethics Committee over roughly $94,000 "
        "in campaign cash spent on personal expenses.",
        id="b",
    )
    sums = [d for d in run(a, b).disputed if d.topic == "The sum"]
    assert len(sums) == 1 and {v.value for v in sums[0].variants} == {"$87,000", "$94,000"}
    # an outlet that gives both sums tells two things, not another figure for one
    both = make_article(
        "Lee under investigation",
        "Rep. Ann Lee is under investigation by the House Ethics Committee over roughly $94,000 "
        "in campaign cash spent on personal expenses. She has repaid $87,000 of it.",
        id="b",
    )
    assert not [d for d in run(a, both).disputed if d.topic == "The sum"]


def test_a_sum_told_beside_the_same_other_sum_is_disputed() -> None:
    a = make_article(
        "Rate increase approved",
        "The Riverside commission voted 3-2 to let the utility collect $338 million in new "
        "annual revenue, well short of the $412 million the company had sought.",
        id="a",
    )
    b = make_article(
        "Regulators approve rate hike",
        "The Riverside commission's 3-2 vote grants the utility $341 million a year in new "
        "revenue, after the company asked for $412 million.",
        id="b",
    )
    (point,) = [d for d in run(a, b).disputed if d.topic.startswith("The sum given")]
    assert point.topic == "The sum given alongside $412 million"
    assert {v.value for v in point.variants} == {"$338 million", "$341 million"}


def test_a_sum_spent_on_the_same_thing_is_disputed_in_different_sentences() -> None:
    a = make_article(
        "Library plan",
        "The county will spend $4.2 million to buy and restore the old Wexford post office as a "
        "branch library.",
        id="a",
    )
    b = make_article(
        "Library approved",
        "Commissioners plan to spend $4.9 million in bond money to buy and restore the building.",
        id="b",
    )
    (point,) = [d for d in run(a, b).disputed if d.topic == "The sum"]
    assert {v.value for v in point.variants} == {"$4.2 million", "$4.9 million"}
    # a sum put to another use in the story is no other figure for the first
    other = make_article(
        "Library approved",
        "Commissioners plan to spend $1.1 million a year to staff and run the branch.",
        id="b",
    )
    assert not [d for d in run(a, other).disputed if d.topic == "The sum"]


def test_a_sum_after_one_verb_is_disputed_when_one_outlet_gives_another_sum_too() -> None:
    a = make_article(
        "Four-day week",
        "The Briar Creek school board voted 4-3 to adopt a four-day week. District officials "
        "say the switch will save $1.4 million a year in a budget of about $58 million.",
        id="a",
    )
    b = make_article(
        "School week shortened",
        "The Briar Creek school board voted 4-3 to adopt a four-day week. The district "
        "projects the change will save about $1.2 million a year.",
        id="b",
    )
    (point,) = [d for d in run(a, b).disputed if d.topic.startswith("The sum")]
    assert point.topic == "The sum (“switch will save …”)"
    assert {v.value for v in point.variants} == {"$1.4 million", "$1.2 million"}
    # one pair of sums is disputed once, whichever way each outlet gives its sum
    c = make_article(
        "Library approved",
        "The county will spend $4.2 million to buy and restore the old Wexford post office.",
        id="a",
    )
    d = make_article(
        "Library approved",
        "Commissioners plan to spend $4.9 million in bond money to buy and restore the building.",
        id="b",
    )
    assert len([p for p in run(c, d).disputed if p.topic.startswith("The sum")]) == 1
    # a sum put to another use is no rival figure, whatever the verb before it
    other = make_article(
        "Library approved",
        "Commissioners plan to spend $1.1 million a year to staff and run the branch.",
        id="b",
    )
    assert not [p for p in run(c, other).disputed if p.topic.startswith("The sum")]


def test_a_sum_given_as_a_bound_the_other_meets_is_no_dispute() -> None:
    a = make_article(
        "Suit filed",
        "Attorney General Ann Lee sued Brightway on Monday. Her suit demands more than $2 "
        "billion in penalties and cleanup money.",
        id="a",
    )
    b = make_article(
        "Chain sued",
        "Lee's office took the pharmacy chain to court this week. The complaint demands $2.1 "
        "billion in penalties and abatement funds for treatment.",
        id="b",
    )
    assert not [d for d in run(a, b).disputed if d.topic.startswith("The sum")]
    # a figure beyond the bound is another figure
    c = make_article(
        "Chain sued",
        "Lee's office took the pharmacy chain to court this week. The complaint demands $1.8 "
        "billion in penalties and abatement funds for treatment.",
        id="b",
    )
    assert [d for d in run(a, c).disputed if d.topic.startswith("The sum")]


def test_what_a_filing_contends_is_what_it_says_not_a_hedge() -> None:
    from briefing.stages.facts import HEDGED, not_checkable

    filed = (
        "The lawsuit, filed in Cook County Circuit Court by Attorney General Ann Lee, contends "
        "that Glimmer allowed users under 13 to create accounts."
    )
    assert not_checkable(filed) is None
    assert not_checkable("The suit argues that the pension law is void.") is None
    # a side's or the company's view stays a view
    assert not_checkable("Critics contend that Glimmer allowed users to sign up.") == HEDGED
    assert not_checkable("Glimmer contends that the suit is baseless.") == HEDGED


def test_two_candidates_shares_in_one_poll_are_no_dispute() -> None:
    one = make_article(
        "Whitmore endorses Delacroix",
        "Carl Whitmore endorsed Grant Delacroix for mayor of Houston on Tuesday.",
        "A recent Gulf Coast Civic Poll put Delacroix at 14 percent in the mayoral race.",
        "Councilwoman Maria Ochoa led the Gulf Coast Civic Poll with 22 percent in the race.",
        id="one",
    )
    two = make_article(
        "Former governor backs Delacroix",
        "The former governor threw his weight behind a businessman in the Houston race.",
        "Ochoa, a councilwoman, led a Gulf Coast Civic Poll of the race with 22 percent.",
        id="two",
    )
    assert [d for d in run(one, two).disputed if d.kind == "number"] == []
    # the same share told two ways by two outlets is still disputed
    other = make_article(
        "Former governor backs Delacroix",
        "The former governor threw his weight behind a businessman in the Houston race.",
        "A recent Gulf Coast Civic Poll put Delacroix at 16 percent in the mayoral race.",
        id="two",
    )
    single = make_article(
        "Whitmore endorses Delacroix",
        "Carl Whitmore endorsed Grant Delacroix for mayor of Houston on Tuesday.",
        "A recent Gulf Coast Civic Poll put Delacroix at 14 percent in the mayoral race.",
        id="one",
    )
    disputed = [d for d in run(single, other).disputed if d.kind == "number"]
    assert [sorted(v.value for v in d.variants) for d in disputed] == [["14", "16"]]


def test_a_count_written_before_its_unit_is_compared() -> None:
    from briefing.stages.conflicts import _values

    assert _values("The council killed a plan for a 320-unit apartment complex.") == {
        "count:unit": "320"
    }
    assert _values("It is a 25-bed facility in the Ozark foothills.") == {"count:bed": "25"}
    # an age or a vote is no such count
    assert _values("A 14-year-old boy was hurt.") == {}
    assert _values("The board voted 5-2 to approve it.") == {"score": "5-2"}


def test_a_value_an_outlet_gives_beside_another_is_no_rival_figure() -> None:
    from briefing.model import Variant
    from briefing.stages.conflicts import _told_apart

    def told(value: str, *sources: str) -> Variant:
        return Variant(text=value, value=value, sources=list(sources))

    senate, house_a, house_b = told("23-16", "a", "b", "c"), told("58-40", "b"), told("58-41", "c")
    # the Senate's vote, which every outlet gives beside the House's, is another thing
    assert _told_apart([senate, house_a, house_b]) == [house_a, house_b]
    # "150 new beds" and "620 beds in all", both from two outlets: no dispute left
    assert len(_told_apart([told("150", "a", "b", "c"), told("620", "b", "c")])) == 1
    # outlets that each give one value keep their dispute
    assert _told_apart([told("14", "a"), told("17", "b", "c")]) == [
        told("14", "a"),
        told("17", "b", "c"),
    ]


def test_how_often_told_in_words_is_disputed_and_not_cited_for_the_other_figure() -> None:
    from briefing.stages.conflicts import _values

    assert _values("The video showed Lee striking Reyes twice.")["count:times"] == "2"
    assert _values("The video showed Lee hitting Reyes three times.")["count:times"] == "3"
    # a figure with its scale counts views, not how often
    assert "count:times" not in _values("The video was viewed more than two million times.")
    a = make_article(
        "Officer cleared",
        "A bystander's video showed Sgt. Tom Reyes striking the handcuffed man twice near a "
        "patrol car.",
        id="a",
    )
    b = make_article(
        "Charges dropped",
        "A bystander's video showed Sgt. Tom Reyes punching the handcuffed man three times "
        "near a patrol car.",
        id="b",
    )
    result = run(a, b)
    (point,) = [d for d in result.disputed if d.topic == "The number of times"]
    assert {v.value for v in point.variants} == {"2", "3"}
    # the outlet that says three times is on the other side of a fact that says twice
    from briefing.stages.facts import _other_side

    assert _other_side(a.text, [point]) == {"b"}
    assert _other_side(b.text, [point]) == {"a"}
    # "three weeks before trial" gives no number of times: both outlets may state that fact
    dropped = "The prosecutor dropped the charges against Sgt. Tom Reyes three weeks before trial."
    assert _other_side(dropped, [point]) == set()


def test_the_actors_own_reason_stays_where_the_other_outlets_give_it_too() -> None:
    fired = "Lakeside Mayor Ann Lee fired Police Chief Tom Reyes on Monday"
    why = (
        ", citing an independent report that found emergency response times had doubled since 2021."
    )
    fox = make_article(
        "Chief fired",
        "Parents packed City Hall on Monday night.",
        fired + why,
        "Reyes had led the department since 2019.",
        id="fox",
    )

    def nyt(sentence: str):  # type: ignore[no-untyped-def]
        return make_article(
            "Lakeside police chief out",
            "The council met in a closed session.",
            sentence,
            "A search for his successor begins next month.",
            id="nyt",
        )

    both = nyt("Ann Lee, the mayor of Lakeside, fired Police Chief Tom Reyes on Monday" + why)
    (fact,) = run(fox, both).facts
    # why she fired him is the news too, and both outlets give it
    assert fact.text.endswith(why) and fact.sources == ["fox", "nyt"]
    # where the other outlet gives another reason, the claim both state, without either's
    other = nyt(
        "Ann Lee, the mayor of Lakeside, fired Police Chief Tom Reyes on Monday after 14 months "
        "of tension over overtime pay."
    )
    (fact,) = run(fox, other).facts
    assert fact.text == f"{fired}." and fact.sources == ["fox", "nyt"]


def test_two_sums_for_one_named_thing_are_a_dispute() -> None:
    from briefing.stages.conflicts import _same_named_thing

    fox = (
        "Commission records show the largest single item was a $13,800 stay at the Cape "
        "Verlaine resort in the summer of 2022."
    )
    hpo = (
        "Hutchins' campaign paid $14,800 for a July 2022 stay at the upscale Cape Verlaine "
        "resort and labeled it a donor retreat."
    )
    assert _same_named_thing(fox, "13800", hpo, "14800")
    # two sums for two things the sentences name apart are no dispute
    other = "The campaign paid $2,100 in dues to the Briar Hill Country Club in 2023."
    assert not _same_named_thing(fox, "13800", other, "2100")
    a = make_article("Fined", fox, id="a")
    b = make_article("Fined", hpo, id="b")
    result = run(a, b)
    assert any({v.value for v in d.variants} == {"$13,800", "$14,800"} for d in result.disputed)
