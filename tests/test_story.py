from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.model import Evidence, Fact
from briefing.stages.headline import headline, lead_summary, summary
from briefing.text.lexicon import load_lexicon

if TYPE_CHECKING:
    from briefing.records import Document


def fact(text: str) -> Fact:
    return Fact(
        text=text, sources=["a", "b"], independent_sources=2, source="a", start=0, end=len(text)
    )


def _stadium_story(
    lines_a: Sequence[str], lines_b: Sequence[str]
) -> tuple[list[Document], list[Fact]]:
    """Two outlets on one stadium vote, each opening on the vote, then nine quotations (no
    leads), then `lines_a` / `lines_b`: the articles cleaned, and their shared facts."""
    from briefing.stages.clean import clean
    from briefing.stages.facts import candidates, shared_facts
    from briefing.stages.sources import group_sources
    from tests.articles import make_article

    filler_a = [f"“We spoke {n} times about it,” council member {n} said." for n in range(9)]
    filler_b = [f"“I wrote {n} letters about it,” resident {n} said." for n in range(9)]
    a = make_article(
        "Stadium",
        "Riverside approved a $300 million stadium on Monday.",
        *filler_a,
        *lines_a,
        id="a",
    )
    b = make_article(
        "Vote", "A stadium vote in Riverside passed on Monday.", *filler_b, *lines_b, id="b"
    )
    docs = [clean(a), clean(b)]
    groups = group_sources(docs)
    return docs, shared_facts(candidates(docs, groups, load_lexicon()), groups)


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


def test_summary_states_the_main_news_and_the_list_starts_after_it() -> None:
    four = [*FACTS, fact("The stadium will open in 2028 with 40,000 seats.")]
    text, stated, rest = lead_summary(four, [], load_lexicon())
    assert text == f"{FACTS[0].text} {FACTS[1].text}"
    assert stated == four[:2] and rest == four[2:]
    assert not any(f.text in text for f in rest)


def test_a_short_list_keeps_its_facts_and_the_summary_states_the_top_one() -> None:
    text, stated, rest = lead_summary(FACTS, [], load_lexicon())
    assert text == FACTS[0].text and stated == FACTS[:1] and rest == FACTS[1:]


def test_who_someone_is_is_background_never_the_summary() -> None:
    from briefing.stages.agreement import describes_someone

    married = fact("Tom Reyes, 46, is married to Ann Lee, an aide to the Lakeside mayor.")
    facts = [married, *FACTS, fact("The stadium will open in 2028 with 40,000 seats.")]
    text, stated, rest = lead_summary(facts, [], load_lexicon())
    assert married not in stated and married in rest
    assert text == f"{FACTS[0].text} {FACTS[1].text}"
    assert describes_someone("Ann Lee was a friend of Tom Reyes’s.")
    # a vote, a body, or a person doing something is news
    assert not describes_someone("The lone no vote in the council was Ann Lee's.")
    assert not describes_someone("The Lakeside Council was in session on Monday.")
    assert not describes_someone("Tom Reyes, 46, quit his job at the council in January.")
    # a profile by age that no day dates: what someone has long done
    assert describes_someone(
        "[Ann Lee], 54, has made campaign finance reform a central theme of her tenure."
    )
    assert describes_someone("Ann Lee, 54, has served on the Lakeside council since 2009.")
    assert not describes_someone("Ann Lee, 54, has resigned from the Lakeside council.")
    assert not describes_someone("Ann Lee, 54, has served her last day on the council, Monday.")


def test_a_state_told_by_a_participle_after_be_is_who_someone_is() -> None:
    from briefing.stages.agreement import describes_someone

    # however the tagger reads "born" or "raised" (verb or adjective), a state is background
    assert describes_someone("Ann Lee, 52, was born in Riverside.")
    assert describes_someone("Tom Reyes was raised in Lakeside.")
    assert describes_someone("Ann Lee is known for her work on housing.")
    # what was done to someone is news
    assert not describes_someone("Ann Lee was arrested in Riverside on Friday.")
    assert not describes_someone("Ann Lee was named chair of the council.")


def test_summary_without_facts_uses_lead_sentences_that_stand_alone() -> None:
    from briefing.stages.clean import clean
    from tests.articles import make_article

    docs = [
        clean(
            make_article(
                "Stadium",
                "The city council approved the $300 million stadium in a 7-2 vote on Monday.",
                "They said the plan was rushed and would cost the district 40 jobs.",
                "Opponents, led by the Fair Budget group, said the plan was rushed.",
                id="b",
            )
        )
    ]
    text = summary([], docs, load_lexicon())
    assert text.startswith("The city council approved the $300 million stadium")
    assert "They said" not in text


def test_a_story_whose_leads_only_forecast_or_report_a_statement_still_has_a_summary() -> None:
    from briefing.stages.clean import clean
    from tests.articles import make_article

    forecast = (
        "Mayor Ann Lee is expected to sign an order on Monday ending the stadium plan, "
        "according to several reports."
    )
    docs = [
        clean(make_article("Stadium", forecast, id="a")),
        clean(
            make_article(
                "Stadium",
                "Tom Reyes said on Sunday he does not believe the stadium can be saved.",
                id="b",
            )
        ),
    ]
    # neither is a checkable fact, and nothing else is told: the leads are the news
    text = summary([], docs, load_lexicon())
    assert text in (
        forecast,
        "Tom Reyes said on Sunday he does not believe the stadium can be saved.",
    )
    # a lead that opens on a quotation is a quote, never the summary
    quoted = [clean(make_article("Stadium", "“It cannot be saved,” Tom Reyes said on Sunday."))]
    assert summary([], quoted, load_lexicon()) == ""


def test_an_excerpt_cut_mid_sentence_is_no_fact_and_shows_its_cut_when_it_is_all_there_is() -> None:
    from briefing.stages.clean import clean
    from tests.articles import make_article

    # longer than a heading: an excerpt a feed stopped mid-sentence
    cut = (
        "The Riverside council said Thursday it will waive $15 million in parking fines issued "
        "to residents of the east side over the last three years, after a court ruled in favor of"
    )
    whole = "The Riverside council said on Thursday it will cancel $15 million in parking fines."
    docs = [
        clean(make_article("Fines", cut, id="a")),
        clean(make_article("Fines", whole, id="b")),
    ]
    # a whole sentence says it: the cut one is never shown as though it ended there
    assert summary([], docs, load_lexicon()) == whole
    # an excerpt that is all a story has is shown, ending on an ellipsis, never as a claim
    text = summary([], docs[:1], load_lexicon())
    assert text == cut + " …"
    # an excerpt that marks its own cut is shown as it is
    marked = [clean(make_article("Fines", cut + " …", id="a"))]
    assert summary([], marked, load_lexicon()) == cut + " …"


def test_a_long_top_fact_is_never_cut_into_a_headline_when_a_title_will_do() -> None:
    long_fact = fact(
        "The former official, according to a newspaper report published on Monday, said he "
        "had misspoken at an event in a coastal city in which he described his record at length."
    )
    titles = ["Official's Words on His Service Differ From the Record"]
    assert headline(titles, [long_fact], load_lexicon()) == titles[0]


def test_a_title_left_opening_on_a_joining_word_is_no_headline() -> None:
    titles = ["Unhinged and Uncensored, Lee Lets Loose at Riverside Rally"]
    facts = [fact("Mayor Ann Lee spoke at a Riverside rally on Saturday.")]
    # "unhinged" dropped would leave "And Uncensored, ...": the top fact says it instead
    assert headline(titles, facts, load_lexicon()) == (
        "Mayor Ann Lee spoke at a Riverside rally on Saturday"
    )


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


def test_a_related_sentence_with_another_action_is_not_a_restatement() -> None:
    from briefing.stages.headline import _restates

    said = "Gov. Ann Lee faced pressure from many corners on Monday to veto the stadium measure."
    news = (
        "Gov. Ann Lee announced on Wednesday her decision to veto the stadium measure, which "
        "the council passed last week."
    )
    assert not _restates(news, said)
    assert _restates("The council passed the stadium measure last week.", news)
    # long sentences restate each other too: length alone never hides a repeat
    again = (
        "On Wednesday Gov. Ann Lee announced her decision to veto the stadium measure that "
        "the council had passed last week."
    )
    assert _restates(again, news)


def test_leads_fill_in_once_each_and_never_repeat_a_cited_sentence() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.headline import with_leads
    from tests.articles import make_article

    lead_a = (
        "The Riverside council voted 5-2 on Monday to approve a $300 million stadium near "
        "the river."
    )
    lead_b = "In a 5-2 vote, Riverside agreed Monday to build the stadium for the team."
    a = make_article(
        "Stadium approved",
        lead_a,
        "Mayor Ann Lee said the Riverside stadium would open in 2028 with 40,000 seats.",
        id="a",
    )
    b = make_article(
        "Council backs stadium",
        lead_b,
        "The Riverside stadium will open in 2028, and Mayor Ann Lee signed the plan Tuesday.",
        id="b",
    )
    docs = [clean(a), clean(b)]
    cited = Fact(
        text=lead_a,
        sources=["a", "b"],
        independent_sources=2,
        source="a",
        start=0,
        end=len(lead_a),
        evidence=[
            Evidence(article="a", start=0, end=len(lead_a), text=lead_a),
            Evidence(article="b", start=0, end=len(lead_b), text=lead_b),
        ],
    )
    out = with_leads([cited], docs, load_lexicon(), minimum=5)
    added = out[1:]
    # b's lead is the evidence of the fact shown: it is not added again in other words
    assert all(f.text != lead_b for f in added)
    # another plain sentence fills in, citing only its own article, marked so; a sentence
    # restating one shown (b's second) does not
    assert added and all(f.single_source and f.sources == [f.source] for f in added)
    assert len({f.text for f in out}) == len(out)


def test_the_summary_states_one_piece_of_news_once() -> None:
    same = [
        fact("Mayor Ann Lee was invited by the council to speak at Monday's vote on the arena."),
        fact("Lee was invited to address members before the hearing, officials said."),
        fact("The stadium will open in 2028 with 40,000 seats."),
        fact("The team's owner thanked council members after the vote."),
        fact("Police arrested protesters outside City Hall during the meeting."),
    ]
    text, stated, rest = lead_summary(same, [], load_lexicon())
    assert stated[0] == same[0]
    # the same news in other words is neither stated twice nor listed after the summary
    assert same[1] not in stated and same[1] not in rest
    assert same[2] in stated + rest and same[3] in stated + rest
    assert len(stated) <= 2


def test_a_short_sentence_saying_little_but_the_summary_is_not_listed_again() -> None:
    facts = [
        fact(
            "The Riverside council ruled in a unanimous decision Monday that the Lakeside "
            "league has illegally restricted benefits that could be used to pay its players."
        ),
        fact("The Riverside council sided unanimously with the college players on Monday."),
        fact("The stadium will open in 2028 with 40,000 seats."),
        fact("The team's owner thanked council members after the vote."),
    ]
    text, stated, rest = lead_summary(facts, [], load_lexicon())
    assert stated[0] == facts[0]
    # five of its seven words are the summary's: it repeats the news, listed or stated
    assert facts[1] not in stated and facts[1] not in rest
    assert facts[2] in stated + rest
    # another actor's act in the same words is news of its own
    other = fact("The Lakeside league rejected the council ruling and appealed on Monday.")
    text, stated, rest = lead_summary([facts[0], other, *facts[2:]], [], load_lexicon())
    assert other in stated + rest


def test_a_fact_whose_words_the_summary_already_holds_is_not_listed() -> None:
    facts = [
        fact(
            "Mayor Ann Lee on Saturday took aim at Riverside landlords for raising rents on "
            "families, saying that too many tenants are being evicted and promising a new law."
        ),
        fact("Ann Lee said on Saturday that Riverside tenants were being evicted by landlords."),
        fact("The stadium will open in 2028 with 40,000 seats."),
        fact("The team's owner thanked council members after the vote."),
        fact("Police arrested protesters outside City Hall during the meeting."),
    ]
    text, stated, rest = lead_summary(facts, [], load_lexicon())
    assert stated[0] == facts[0]
    # nearly every word of it is in the summary: it tells the reader nothing new
    assert facts[1] not in stated + rest
    assert facts[2] in stated + rest


def test_the_same_news_with_where_it_happened_is_listed_after_the_summary() -> None:
    facts = [
        fact("Mayor Ann Lee announced Tuesday she is running for governor."),
        fact("[Ann Lee] made the announcement in her hometown of Riverside, Ohio."),
        fact("Lee made the announcement to her supporters."),
        fact("The stadium will open in 2028 with 40,000 seats."),
        fact("Police arrested protesters outside City Hall during the meeting."),
    ]
    text, stated, rest = lead_summary(facts, [], load_lexicon())
    assert stated[0] == facts[0]
    # where she announced is news the summary has not told; the announcement again is not
    assert facts[1] in stated + rest
    assert facts[2] not in stated + rest


def test_a_fact_an_article_opens_on_comes_before_a_detail() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.headline import main_news_first
    from tests.articles import make_article

    opening = "The Riverside council voted 5-2 on Monday to approve a $300 million stadium."
    detail = "The stadium's architect, Tom Reyes, also designed the city's library in 2004."
    a = make_article(
        "Stadium approved",
        opening,
        "Mayor Ann Lee will sign the plan on Friday at City Hall after a week of talks.",
        "Work will start in March, and the team hopes to play there in 2028 at the latest.",
        detail,
        id="a",
    )
    docs = [clean(a)]
    start = docs[0].article.text.index
    cited = fact(detail)
    cited.evidence = [Evidence(article="a", start=start(detail), end=0, text=detail)]
    lead = fact(opening)
    lead.evidence = [Evidence(article="a", start=start(opening), end=0, text=opening)]
    assert main_news_first([cited, lead], docs) == [lead, cited]


def test_a_lead_with_news_already_listed_does_not_fill_in_again() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.headline import with_leads
    from tests.articles import make_article

    shown = "Mayor Ann Lee was invited by the Riverside council to open the stadium on Monday."
    again = (
        "Ann Lee was invited by members to speak before the hearing, officials in Riverside said."
    )
    other = (
        "The Riverside stadium will open in 2028 with 40,000 seats, officials in Riverside said."
    )
    a = make_article("Stadium", shown, other, id="a")
    b = make_article("Stadium hearing", again, other.replace("officials", "aides"), id="b")
    docs = [clean(a), clean(b)]
    out = with_leads([fact(shown)], docs, load_lexicon(), minimum=5)
    assert all(f.text != again for f in out)


def test_who_someone_is_is_listed_only_where_the_news_is_short() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.headline import with_leads
    from tests.articles import make_article

    a = make_article("Stadium", "The Riverside council approved the stadium on Monday.", id="a")
    b = make_article("Stadium vote", "Riverside approved a stadium plan on Monday.", id="b")
    docs = [clean(a), clean(b)]
    married = fact("Ann Lee, 46, is married to Tom Reyes, an aide to the governor.")
    news = [
        fact("The Riverside council voted 7-2 on Monday to approve a $300 million stadium."),
        fact("Police arrested 12 protesters outside Riverside City Hall during the meeting."),
        fact("Mayor Ann Lee signed the Riverside stadium bill on Tuesday."),
        fact("The Riverside stadium will open in 2028 with 40,000 seats."),
    ]
    # four facts of news: who the mayor is married to is left out
    assert married not in with_leads([married, *news], docs, load_lexicon(), minimum=4)
    # two: it fills in, after the news
    out = with_leads([married, *news[:2]], docs, load_lexicon(), minimum=4)
    assert out[-1] == married and out[:2] == news[:2]


def test_grim_news_every_outlet_reports_grimly_is_not_a_slant() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.headline import plain_lead
    from briefing.text.polarity import polarity
    from tests.articles import make_article

    grim = "Police arrested a suspect in the Riverside bombing attacks that killed two people."
    a = make_article("Arrest", grim, id="a")
    b = make_article(
        "Suspect held",
        "A suspect in the deadly Riverside bombing attacks was arrested, police said.",
        id="b",
    )
    c = make_article("Calm", "The Riverside council approved a new library budget.", id="c")
    lead = fact(grim)
    lead.source = "a"
    assert abs(polarity(grim)) >= 0.5
    assert plain_lead(lead, [clean(a), clean(b)])
    # the same sentence beside calm coverage is far more strongly worded than the others
    assert not plain_lead(lead, [clean(a), clean(c)])


def test_a_short_fact_giving_the_summary_figures_again_is_not_listed() -> None:
    main = fact(
        "City commissioners in Riverside voted 3-2 on Tuesday to let police officers work "
        "with federal immigration agents."
    )
    again = fact("Riverside approves immigration partnership in 3-2 vote.")
    others = [
        fact("The agreement lets trained officers question people about their status."),
        fact("A recent operation in the state netted 1,120 arrests, officials said."),
        fact("Two commissioners voted against the plan after a five-hour hearing."),
    ]
    text, stated, rest = lead_summary([main, again, *others], [], load_lexicon())
    assert stated[0] == main and again not in stated and again not in rest
    # a longer sentence with the same figures says more than the summary: it stays listed
    longer = fact(
        "The 3-2 vote in Riverside followed a five-hour hearing in which 60 residents spoke, "
        "most of them against the partnership with federal agents."
    )
    text, stated, rest = lead_summary([main, longer, *others], [], load_lexicon())
    assert longer in stated + rest


def test_the_summary_does_not_tell_another_days_news_as_the_same_story() -> None:
    facts = [
        fact("President Lee agreed on Friday to reopen the government for three weeks."),
        fact("President Lee on Saturday announced a compromise plan that funded the wall."),
        fact("Lee said he is prepared to sign a bill to open the government through Feb. 15."),
        fact("The shutdown began on Dec. 22 over funding for a border wall."),
        fact("About 800,000 federal workers have missed two paychecks."),
    ]
    text, stated, rest = lead_summary(facts, [], load_lexicon())
    assert stated[0] is facts[0] and facts[1] not in stated
    assert facts[1] in rest  # listed, not dropped


def test_of_two_opening_facts_an_articles_first_sentence_comes_first() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.headline import main_news_first
    from tests.articles import make_article

    first = "The Riverside council voted 5-2 on Monday to approve a homeless shelter."
    second = "The city will spend $8.4 million to renovate the old Maple Court building."
    a = make_article("Shelter approved", first, second, "Work starts in March.", id="a")
    docs = [clean(a)]
    vote, spend = fact(first), fact(second)
    vote.evidence = [Evidence(article="a", start=a.text.index(first), end=0, text=first)]
    spend.evidence = [Evidence(article="a", start=a.text.index(second), end=0, text=second)]
    # both come from the opening, and one lead states each: the first sentence is the news
    assert main_news_first([spend, vote], docs) == [vote, spend]


def test_a_fact_two_articles_open_on_comes_first() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.headline import main_news_first
    from tests.articles import make_article

    opening_a = "The Riverside council voted 5-2 on Monday to approve a $300 million stadium."
    opening_b = "Riverside will build a $300 million stadium after a 5-2 council vote on Monday."
    reaction = "The team's owner, Tom Reyes, thanked the council and promised 2,000 jobs."
    a = make_article("Stadium approved", opening_a, "Work starts in March next year.", id="a")
    b = make_article("Stadium vote", opening_b, reaction, id="b")
    docs = [clean(a), clean(b)]
    both = fact(opening_a)
    both.evidence = [
        Evidence(article="a", start=a.text.index(opening_a), end=0, text=opening_a),
        Evidence(article="b", start=b.text.index(opening_b), end=0, text=opening_b),
    ]
    other = fact(reaction)
    other.evidence = [Evidence(article="b", start=b.text.index(reaction), end=0, text=reaction)]
    assert main_news_first([other, both], docs) == [both, other]


def test_what_every_lead_says_happened_comes_before_a_reaction_two_open_on() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.headline import main_news_first, with_leads
    from tests.articles import make_article

    news = {
        "a": "Commerce Secretary Tom Reyes resigned Friday, three days after a watchdog report.",
        "b": "Commerce Secretary Tom Reyes stepped down Friday after a report on his travel.",
        "c": "Tom Reyes resigned as commerce secretary on Friday after an inspector's report.",
    }
    thanks = "President Ann Lee thanked Reyes on Twitter and praised him on his way out."
    docs = [
        clean(make_article("Reyes quits", news[k], *([thanks] if k != "c" else []), id=k))
        for k in news
    ]
    resigned = fact(news["a"])
    resigned.evidence = [Evidence(article="a", start=0, end=0, text=news["a"])]
    resigned.evidence[0].start = docs[0].article.text.index(news["a"])
    thanked = fact(thanks)
    thanked.evidence = [
        Evidence(article=d.article.id, start=d.article.text.index(thanks), end=0, text=thanks)
        for d in docs[:2]
    ]
    # two outlets open on the thanks, but all three leads tell the resignation: it is the news
    assert main_news_first([thanked, resigned], docs) == [resigned, thanked]
    # and with only the thanks among the facts, the lead most outlets state fills in
    out = with_leads([thanked], docs, load_lexicon(), minimum=1, citing=lambda lead: 3)
    assert len(out) == 2 and ("resigned" in out[1].text or "stepped down" in out[1].text)


def test_facts_from_further_down_still_get_the_main_news_an_article_opens_on() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.headline import with_leads
    from tests.articles import make_article

    opening = "The Riverside council voted 5-2 on Monday to approve a $300 million stadium."
    filler = [
        f"Council member number {n} of Riverside spoke for {n + 2} minutes on Monday."
        for n in range(1, 5)
    ]
    detail = "The stadium's architect, Tom Reyes, designed the Riverside library in 2004."
    a = make_article("Stadium approved", opening, *filler, detail, id="a")
    b = make_article(
        "Stadium vote",
        "Riverside will build a $300 million stadium after a 5-2 council vote on Monday.",
        *filler,
        detail,
        id="b",
    )
    docs = [clean(a), clean(b)]
    listed = fact(detail)
    listed.evidence = [Evidence(article="a", start=a.text.index(detail), end=0, text=detail)]
    out = with_leads([listed], docs, load_lexicon(), minimum=1)
    assert len(out) == 2 and "5-2" in out[1].text and out[1].single_source


def test_a_term_the_lead_quotes_is_not_its_tone() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.headline import plain_lead
    from briefing.text.polarity import polarity
    from tests.articles import make_article

    text = (
        'Gov. Ann Lee said on Wednesday she will veto the bill on "religious freedom and '
        'wonderful liberty" grounds.'
    )
    a = make_article("Veto", text, id="a")
    said = "Gov. Ann Lee will veto the bill, she said on Wednesday, citing its grounds."
    b = make_article("Bill", said, id="b")
    lead = fact(text)
    lead.source = "a"
    assert abs(polarity(text)) >= 0.5
    assert plain_lead(lead, [clean(a), clean(b)])
    loud = "Gov. Ann Lee said on Wednesday she will veto the bill on wonderful, joyous grounds."
    a = make_article("Veto", loud, id="a")
    lead = fact(loud)
    lead.source = "a"
    assert not plain_lead(lead, [clean(a), clean(b)])


def test_a_grim_word_every_outlet_uses_is_the_news_not_a_slant() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.headline import plain_lead
    from briefing.text.polarity import polarity
    from tests.articles import make_article

    text = (
        "Gov. Ann Lee on Friday reversed the decision to allow imports of trophies from "
        "elephants killed in Zambia."
    )
    a = make_article("Trophies", text, id="a")
    b = make_article(
        "Elephants",
        "Gov. Ann Lee on Friday stopped the import of elephant trophies from Zambia.",
        "The order takes effect on Monday, her office said.",
        "Hunting groups had asked for the imports.",
        "The elephants had been killed by hunters in Zambia.",
        id="b",
    )
    lead = fact(text)
    lead.source = "a"
    assert polarity(text) <= -0.5  # the whole sentence reads grim: "killed"
    assert plain_lead(lead, [clean(a), clean(b)])
    # the same news told with the writer's own grim words is one outlet's slant
    slanted = (
        "In a bitter defeat, Gov. Ann Lee on Friday reversed the decision to allow imports of "
        "trophies from elephants killed in Zambia."
    )
    a = make_article("Trophies", slanted, id="a")
    lead = fact(slanted)
    lead.source = "a"
    assert not plain_lead(lead, [clean(a), clean(b)])


def test_a_lone_adjective_before_the_news_is_the_writers_gloss() -> None:
    from briefing.stages.agreement import opens_on_gloss

    assert opens_on_gloss("Undaunted, Mr. Reyes made clear he was not about to step down.")
    assert not opens_on_gloss("Meanwhile, Mr. Reyes made clear he was not about to step down.")
    assert not opens_on_gloss("Last week, Mr. Reyes said he would not step down.")


def test_a_participle_of_what_the_subject_did_is_no_gloss() -> None:
    from briefing.stages.agreement import opens_on_gloss

    assert opens_on_gloss("Attacking his rival, Mr. Reyes said he would not step down.")
    assert not opens_on_gloss(
        "Citing the Fifth Amendment, Mr. Reyes's lawyer said he would not comply with subpoenas."
    )
    assert not opens_on_gloss("Speaking at City Hall on Friday, Mayor Ann Lee praised the police.")


def test_pressure_to_act_is_not_the_act() -> None:
    from briefing.stages.headline import _same_news

    pressed = "Gov. Ann Lee faced pressure from many corners to veto the budget bill on Monday."
    acted = "Gov. Ann Lee announced her decision to veto the budget bill on Wednesday."
    assert not _same_news(pressed, acted) and not _same_news(acted, pressed)
    again = "Gov. Ann Lee announced on Wednesday her decision to veto the budget bill."
    assert _same_news(acted, again)
    # saying someone should go is calling on them to go
    called = "Mayor Tom Reyes himself called on Ann Lee to resign Thursday in a tweet."
    said = "Mayor Tom Reyes said Ann Lee should be forced to step down from the council."
    assert _same_news(called, said) and _same_news(said, called)


def test_a_lead_an_article_opens_on_comes_before_a_detail_in_the_summary() -> None:
    from briefing.stages.clean import clean
    from tests.articles import make_article

    main = "The Riverside council approved a new stadium budget of $300 million on Monday."
    detail = "The stadium authority had asked Riverside for the budget in March of 2025."
    filler = [f"Council member {n} spoke for ten minutes about parking plans." for n in "123"]
    a = make_article("Stadium budget", main, *filler, detail, id="a")
    b = make_article("Budget vote", main.replace("new", "larger"), *filler, id="b")
    docs = [clean(a), clean(b)]
    start = a.text.index(detail)
    found = fact(detail)
    found.sources, found.source, found.start, found.end = ["a"], "a", start, start + len(detail)
    found.evidence = [Evidence(article="a", start=start, end=start + len(detail), text=detail)]
    text, stated, _ = lead_summary([found], docs, load_lexicon())
    assert len(stated) >= 2 and stated[-1] is found
    assert text.startswith("The Riverside council approved")


def test_a_detail_other_outlets_tell_too_fills_in_citing_its_own_article() -> None:
    from briefing.stages.headline import with_leads

    # quotations are no leads: the detail comes further down than any lead
    detail = "The Riverside stadium will seat 40,000 fans and open in the spring of 2028."
    told = "The Riverside stadium, the largest in the state, will seat 40,000 fans when it opens."
    alone = "The mayor's office repainted the council chamber in a pale shade of green."
    docs, shared = _stadium_story([detail, alone], [told])
    texts = [f.text for f in shared]
    assert detail in texts and alone not in texts
    added = with_leads([], docs, load_lexicon(), minimum=5, shared=shared)
    filled = next(f for f in added if f.text == detail)
    # the other outlet's words are no proof it states the claim: the fact cites its own article
    assert filled.sources == ["a"] and filled.single_source


def test_a_long_detail_other_outlets_tell_fills_in_as_any_fact_may_be_long() -> None:
    from briefing.stages.headline import with_leads

    # 49 words: longer than a lead may be, as long as a fact's wording may be
    detail = (
        "The Riverside stadium will seat 40,000 fans, host the state football final every "
        "December and a spring concert series, and open in the spring of 2028 beside the "
        "river, where the city bought the old rail yard, the bus depot and two empty "
        "warehouses from the county last year."
    )
    # the other outlet tells it in its mayor's words: no wording of its own to list instead
    told = (
        "“The Riverside stadium will seat 40,000 fans, host the state football final and a "
        "concert series, and open in 2028 on the old rail yard beside the river, which the "
        "city bought with the bus depot and two warehouses from the county last year,” the "
        "mayor said."
    )
    docs, shared = _stadium_story([detail], [told])
    assert len(detail.split()) == 49
    added = with_leads([], docs, load_lexicon(), minimum=5, shared=shared)
    assert detail in [f.text for f in added]


def test_details_other_outlets_tell_rank_by_their_rare_words() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.facts import candidates, shared_facts
    from briefing.stages.sources import group_sources
    from tests.articles import make_article

    # "Riverside council members" is in every sentence of the story: sharing it says little
    common = "Riverside council members met on Friday for a long, closed session with lawyers."
    specific = "The stadium will hold 40,000 seats near the old mill."
    said_a = [
        f"“We met about the {w},” Riverside council members said." for w in "budget roads".split()
    ]
    said_b = [
        f"“We spoke about {w},” Riverside council members said." for w in "taxes water".split()
    ]
    a = make_article("Budget", common, specific, *said_a, id="a")
    b = make_article(
        "Budget",
        "Riverside council members met on Friday.",
        "The stadium will hold 40,000 seats.",
        *said_b,
        id="b",
    )
    docs = [clean(a), clean(b)]
    groups = group_sources(docs)
    shared = [f.text for f in shared_facts(candidates(docs, groups, load_lexicon()), groups)]
    # more of the first sentence's words are told elsewhere (5 of 9 to 4 of 7), and it comes
    # first, but the second's told words are the ones that say a claim
    assert shared.index(specific) < shared.index(common)


def test_a_detail_from_further_down_is_listed_never_summarized() -> None:
    from briefing.stages.clean import clean
    from tests.articles import make_article

    lead = "The Riverside council voted 7-2 on Monday to approve a $300 million stadium."
    docs = [clean(make_article("Stadium", lead, id="a"))]
    top = fact(lead)
    top.evidence = [Evidence(article="a", start=0, end=len(lead), text=lead)]
    detail = fact("The Riverside stadium will seat 40,000 fans and open in the spring of 2028.")
    others = [
        fact(f"Council member Tom Reyes number {n} spoke on Monday for {n} hours.")
        for n in range(3)
    ]
    text, stated, listed = lead_summary(
        [detail, top, *others], docs, load_lexicon(), fill=False, details=[detail]
    )
    assert stated[0] is top and detail not in stated and detail in listed


def test_a_detail_two_articles_open_on_is_the_summarys_news_when_it_leads() -> None:
    from briefing.stages.clean import clean
    from tests.articles import make_article

    opening = "Gov. Ann Lee agreed on Friday to reopen the Lakeside state offices for three weeks."
    other = "Gov. Ann Lee said Friday that she will sign a bill to reopen the Lakeside offices."
    docs = [
        clean(make_article("Offices reopen", opening, id="a")),
        clean(make_article("Lee relents", other, id="b")),
    ]
    top = fact(opening)
    top.evidence = [
        Evidence(article=d.article.id, start=s.start, end=s.end, text=s.text)
        for d in docs
        for s in d.sentences[:1]
    ]
    older = fact("Gov. Ann Lee on Saturday announced a plan that funded the Riverside tunnel.")
    others = [
        fact(f"Council member Tom Reyes number {n} spoke on Monday for {n} hours.")
        for n in range(3)
    ]
    # the fact came as a detail (one outlet's sentence that others tell too), but both articles
    # open on it, and it ranks first: it is the news, not the consensus fact after it
    text, stated, listed = lead_summary(
        [top, older, *others], docs, load_lexicon(), fill=False, details=[top]
    )
    assert stated[0] is top
    # a detail only one article opens on stays a detail
    top.evidence = top.evidence[:1]
    text, stated, listed = lead_summary(
        [top, older, *others], docs, load_lexicon(), fill=False, details=[top]
    )
    assert stated[0] is older and top in listed


def test_a_summary_tells_the_event_before_naming_it_the_declaration() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.headline import main_news_first
    from tests.articles import make_article

    lead = "Mayor Ann Lee declared a state of emergency in Riverside on Sunday."
    docs = [clean(make_article("Riverside emergency", lead, id="a"))]
    # the top fact names the event only as "the declaration" (its article's lead told it)
    top = fact("Ann Lee issued the declaration Sunday after tests at the Riverside intake.")
    told = fact(
        "Mayor Ann Lee declared a state of emergency and ordered 48,000 Riverside residents "
        "not to drink tap water."
    )
    others = [
        fact(f"Council member Tom Reyes number {n} spoke on Monday for {n} hours.")
        for n in range(3)
    ]
    ordered = main_news_first([top, told, *others], docs)
    assert ordered.index(told) < ordered.index(top)
    # a detail from further down, but the one fact that tells the event: the summary opens on it
    text, stated, listed = lead_summary(ordered, docs, load_lexicon(), fill=False, details=[told])
    assert stated[0] is told
    # the event told in no fact: the top fact stays the news
    text, stated, listed = lead_summary([top, *others], docs, load_lexicon(), fill=False)
    assert stated[0] is top


def test_a_detail_telling_a_leads_news_gives_way_to_the_lead_in_the_summary() -> None:
    from briefing.stages.clean import clean
    from tests.articles import make_article

    top_text = "Riverside approved a $300 million stadium on Monday."
    lead = "The Riverside stadium will seat 40,000 fans and open in the spring of 2028."
    a = make_article("Stadium approved", top_text, id="a")
    b = make_article("Stadium to open in 2028", lead, id="b")
    docs = [clean(a), clean(b)]
    top = fact(top_text)
    top.evidence = [Evidence(article="a", start=0, end=len(top_text), text=top_text)]
    detail = fact("The Riverside stadium, the largest in the state, will seat 40,000 fans.")
    # a short list: the summary states the top fact, and a lead fills in after it
    others = [fact("Council member Tom Reyes spoke for two hours.")]
    text, stated, listed = lead_summary(
        [top, detail, *others], docs, load_lexicon(), details=[detail]
    )
    # the lead tells the detail's news: the summary says it, and the list does not again
    assert sorted(f.text for f in stated) == sorted([top_text, lead])
    assert detail not in listed and all(f in listed for f in others)


def test_a_lead_with_other_figures_leaves_the_detail_listed() -> None:
    from briefing.stages.clean import clean
    from tests.articles import make_article

    top_text = "Mayor Ann Lee fired Riverside police chief Tom Reyes on Monday."
    lead = (
        "On the city's east side, the Riverside report found, median response times topped "
        "14 minutes."
    )
    a = make_article("Chief fired", top_text, id="a")
    b = make_article("Report on delays", lead, id="b")
    docs = [clean(a), clean(b)]
    top = fact(top_text)
    top.evidence = [Evidence(article="a", start=0, end=len(top_text), text=top_text)]
    # the same report, another figure: the citywide median, not the east side's
    detail = fact("The Riverside report found that the median response time reached 11 minutes.")
    others = [fact("Council member Joan Hill spoke for two hours.")]
    text, stated, listed = lead_summary(
        [top, detail, *others], docs, load_lexicon(), details=[detail]
    )
    assert detail in listed


def test_a_fact_told_again_further_down_with_a_figure_more_is_listed_once() -> None:
    top = fact("The Riverside council voted 4-1 on Tuesday to expand the Buckhorn landfill.")
    # one outlet names the site, the other calls it "the landfill": one claim all the same
    short = fact("The Buckhorn Ridge site opened in 1989 and was last expanded in 2008.")
    fuller = fact(
        "The landfill opened in 1989 and was expanded once before, in 2008, when it grew by "
        "about 90 acres."
    )
    others = [fact(f"Council member Tom Reyes number {n} spoke on Monday.") for n in range(3)]
    _, stated, listed = lead_summary([top, *others, short, fuller], [], load_lexicon())
    shown = [*stated, *listed]
    assert fuller in shown and short not in shown


def test_a_detail_on_a_grim_subject_may_fill_in_where_a_lead_may_not() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.headline import DETAIL_TONE, _mild
    from briefing.text.polarity import polarity
    from tests.articles import make_article

    said = "Lakeside party leaders say there is no hatred in their ranks."
    a = make_article("Hatred row", said, id="a")
    b = make_article(
        "Row over hatred", "Lakeside party leaders say there is no hatred in the party.", id="b"
    )
    docs = [clean(a), clean(b)]
    detail = fact(said)
    # the story's own subject reads strongly to VADER, though the sentence is plain
    assert 0.7 <= abs(polarity(said)) < DETAIL_TONE
    assert not _mild(detail, docs) and _mild(detail, docs, strong=DETAIL_TONE)


def test_a_name_we_put_inside_a_fact_does_not_count_to_its_length() -> None:
    from briefing.model import Insertion
    from briefing.stages.headline import _length

    source = "Republicans called the bill a power grab."
    text = "Republicans called the [Senate Bill 12] bill a power grab."
    at = source.index("bill")
    inside = fact(text)
    inside.end = len(source)
    inside.insertions = [Insertion(at=at, text="[Senate Bill 12] ")]
    assert _length(inside) == len(source.split())


def test_another_outlets_word_for_the_same_act_and_figure_is_no_framing_of_its_own() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.headline import _own_share
    from tests.articles import make_article

    docs = [
        clean(make_article("Parks", "The council approved the parks plan 7-2 on Monday.", id="a")),
        clean(make_article("Parks", "The council passed the Lakeside parks bill 7-2.", id="b")),
    ]
    # "approved" is "passed" in the other outlet's words, and 7-2 is its figure too
    assert _own_share(fact("The council approved the plan 7-2."), docs) == 0.25  # "plan" alone
    framed = fact("The council rammed through the plan 7-2.")
    assert _own_share(framed, docs) > 0.45


def test_an_act_another_outlet_tells_in_a_phrase_is_neither_framing_nor_tone() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.headline import _own_share, _own_tone
    from tests.articles import make_article

    docs = [
        clean(make_article("Offer", "Ann Lee rejected the offer and ran again.", id="a")),
        clean(make_article("Offer", "Ms. Lee said no to the offer.", id="b")),
    ]
    # "rejected" is what "said no" tells (news_verbs.txt, reject): the news, not a's tone
    told = fact("Lee rejected the offer.")
    assert _own_share(told, docs) == 0.0
    assert _own_tone(told, docs) == 0.0
    # a word of tone the other outlet never uses still counts
    assert _own_tone(fact("Lee angrily rejected the offer."), docs) < -0.3


def single(text: str) -> Fact:
    """A single-source fact of outlet "b" worded as `text`, as a lead is added."""
    return Fact(
        text=text,
        sources=["b"],
        independent_sources=1,
        source="b",
        start=0,
        end=len(text),
        single_source=True,
        evidence=[Evidence(article="b", start=0, end=len(text), text="x")],
    )


def test_a_lead_giving_the_figure_the_listed_news_lacks_fills_in() -> None:
    from briefing.stages.headline import _says_new

    listed = fact("The Riverside council passed the stadium bill on Friday after a long debate.")
    margin = single("The Riverside council approved the stadium plan 7-2 on Friday.")
    # the same news, with the vote count: new; the same news again without it: not new
    assert _says_new(margin, [listed], ())
    again = margin.model_copy(
        update={"text": "The Riverside council approved the stadium plan on Friday."}
    )
    assert not _says_new(again, [listed], ())


def test_a_lead_whose_figure_only_describes_the_actor_tells_no_more() -> None:
    from briefing.stages.headline import _says_new

    listed = fact(
        "Corvana, a large cable provider, said on Wednesday that it would lay off 900 workers "
        "and close its call center in Stanbury."
    )
    text = (
        "Corvana, the cable giant that reported more than $1 billion in profit last year, "
        "announced Wednesday that it will lay off 900 workers and close its call center in "
        "Stanbury."
    )
    assert not _says_new(single(text), [listed], ())


def test_an_onlookers_remark_comes_after_the_news() -> None:
    from briefing.stages.headline import main_news_first

    remark = fact(
        "Howard Ng, a constitutional law professor at Calder State University, noted that "
        "courts have repeatedly blocked such laws in other states."
    )
    news = fact("Attorney General Ruth Whitcombe said she would appeal the ruling on Tuesday.")
    assert main_news_first([remark, news], []) == [news, remark]


def test_a_lead_naming_where_the_listed_news_happened_fills_in() -> None:
    from briefing.stages.headline import _says_new

    listed = fact("Mayor Ann Lee announced she's running for governor.")
    text = "[Ann Lee] made a public announcement Tuesday at Riverside High School."
    place = single(text)
    # the same news with where it happened: new; the same news again, nowhere named: not new
    assert _says_new(place, [listed], ())
    again = place.model_copy(update={"text": "[Ann Lee] made the announcement on Tuesday."})
    assert not _says_new(again, [listed], ())
    # "to step down from Congress" names no place the news happened
    listed = fact("Tom Reyes called on Ann Lee to resign on Thursday.")
    moved = place.model_copy(update={"text": "Tom Reyes said Lee should resign from Congress."})
    assert not _says_new(moved, [listed], ())


def test_an_outlets_own_verb_for_the_same_act_counts_as_told_elsewhere() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.facts import candidates, shared_facts
    from briefing.stages.sources import group_sources
    from tests.articles import make_article

    docs = [
        clean(make_article("Vote", "The Riverside council approved the stadium plan 7-2.", id="a")),
        clean(
            make_article("Vote", "Riverside council members passed the stadium bill 7-2.", id="b")
        ),
    ]
    groups = group_sources(docs)
    shared = shared_facts(candidates(docs, groups, load_lexicon()), groups, threshold=0.7)
    # riverside, council, stadium, 7-2 and approved (= passed) of six: plan alone is its own
    # (without the verb's class and the figure: three of five, under the bar)
    assert "a" in [f.source for f in shared]


def test_an_opening_that_reports_a_later_day_leads_the_facts_and_the_summary() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.headline import main_news_first
    from tests.articles import make_article

    earlier = (
        "Mayor Ann Lee met business owners and two former mayors on Monday to weigh the "
        "stadium plan the Riverside council had just approved."
    )
    later = "Mayor Ann Lee vetoed the Riverside stadium plan on Wednesday, citing its cost."
    ahead = "The Riverside council will vote on Friday on whether to override the veto of Ann Lee."
    # Monday 2026-03-02 and Wednesday 2026-03-04
    a = make_article("Pressure on Lee", earlier, "Work was to start in May.", id="a",
                     published="2026-03-02")  # fmt: skip
    b = make_article("Lee vetoes stadium", later, ahead, id="b", published="2026-03-04")
    docs = [clean(a), clean(b)]

    def cited(text: str, article: str) -> Fact:
        source = a if article == "a" else b
        out = fact(text)
        out.source = article
        start = source.text.index(text)
        out.evidence = [Evidence(article=article, start=start, end=0, text=text)]
        return out

    monday, wednesday, friday = cited(earlier, "a"), cited(later, "b"), cited(ahead, "b")
    # the veto, two days after the bill reached her, is the news
    assert main_news_first([monday, wednesday], docs) == [wednesday, monday]
    # a day ahead ("will vote on Friday") is no later news, nor is a day an article does not date
    assert main_news_first([monday, friday], docs)[0] == monday
    undated = [clean(make_article("Lee vetoes stadium", later, id="b"))]
    assert main_news_first([monday, wednesday], [docs[0], *undated])[0] == monday
    # found among the sentences other outlets tell too, the veto still leads the summary
    others = [fact("Work on the stadium was to start in May with 2,000 workers, aides said.")] * 2
    text, stated, rest = lead_summary(
        [wednesday, monday, *others], docs, load_lexicon(), details=[wednesday]
    )
    assert stated[0] == wednesday
    text, stated, rest = lead_summary(
        [monday, friday, *others], docs, load_lexicon(), details=[friday]
    )
    assert friday not in stated


def test_the_headline_is_the_title_the_openings_share_and_quotes_no_one() -> None:
    from briefing.stages.clean import clean
    from tests.articles import make_article

    titles = [
        "Lee Calls Stadium Vote 'A Shameful Day'",
        "Riverside council approves $300 million stadium in 5-2 vote",
        "Stadium plan moves ahead",
    ]
    docs = [
        clean(
            make_article(
                titles[0],
                "The Riverside council approved a $300 million stadium on Monday in a 5-2 vote.",
                id="a",
            )
        ),  # fmt: skip
        clean(
            make_article(
                titles[1],
                "Riverside council members voted 5-2 on Monday to "
                "approve the $300 million stadium.",
                id="b",
            )
        ),  # fmt: skip
        clean(
            make_article(
                titles[2],
                "Mayor Ann Lee calls the stadium vote a shameful day for the Riverside council.",
                id="c",
            )
        ),  # fmt: skip
    ]
    # the facts alone say little here; the words two openings share say what the story is
    facts = [fact("Mayor Ann Lee calls the stadium vote a shameful day.")]
    assert headline(titles, facts, load_lexicon(), docs) == titles[1]


def test_a_short_label_gives_way_to_a_title_that_states_the_story() -> None:
    from briefing.stages.clean import clean
    from tests.articles import make_article

    titles = [
        "The Riverside Stadium Budget",
        "Records show Riverside officials misled council on stadium budget for a decade",
    ]
    lede = "Riverside officials misled the council about the stadium budget for a decade."
    docs = [
        clean(make_article(titles[0], f"{lede} The records were released on Monday.", id="a")),
        clean(make_article(titles[1], f"Records show {lede[0].lower()}{lede[1:]}", id="b")),
    ]
    # every word of the label is the story's, but three words tell little of it
    assert headline(titles, [], load_lexicon(), docs) == titles[1]


def test_a_quoted_name_or_an_apostrophe_is_no_quotation_in_a_title() -> None:
    from briefing.stages.headline import _quotes_words

    # a sentence-case title's capitalised phrase in marks names something
    assert not _quotes_words("Mayor Lee's 'Clean Streets' pamphlet was first printed by Reyes")
    assert not _quotes_words("Lee hands out the ‘Best Park’ awards in Riverside")
    # apostrophes inside words are no marks
    assert not _quotes_words("Lee Can't Stop Copying Reyes's Don't Ask Plan")
    # words quoted are: in lower case, or anywhere in a title-case title
    assert _quotes_words("Lee calls the stadium vote 'a shameful day'")
    assert _quotes_words("Lee Calls Stadium Vote 'A Shameful Day'")
    assert _quotes_words("‘I Don’t Know That It’s Built,’ Lee Says of Stadium")
    assert _quotes_words("Lee's frightening claim of 'total' authority")


def test_a_title_that_guesses_or_judges_in_its_own_voice_gives_way_to_a_news_title() -> None:
    from briefing.stages.facts import guesses_or_judges

    facts = [
        fact(
            "Nominee Ann Lee told the Senate on Monday that politics would not steer the "
            "Riverside inquiry."
        )
    ]
    news = "Nominee Ann Lee tells Senate politics won't steer inquiry"
    guess = "Nominee Ann Lee could face Senate on Monday over politics in Riverside inquiry"
    verdict = "Nominee Ann Lee was right about politics and the Riverside inquiry"
    assert headline([guess, news], facts, load_lexicon()) == news
    assert headline([verdict, news], facts, load_lexicon()) == news
    # a guess someone is reported making, or a quoted verdict, is news the title reports
    assert not guesses_or_judges("Inquiry may slip to June, Lee says")
    assert not guesses_or_judges("Reyes Calls Inquiry 'Outrageous'")
    assert guesses_or_judges("The inquiry could easily fall apart")
    # how someone looked to the writer is an impression; where they appeared is news
    assert guesses_or_judges("Lee appears consumed by Riverside inquiry as details emerge")
    assert guesses_or_judges("Reyes seems confident about the vote")
    assert not guesses_or_judges("Lee appeared in court on Monday over the Riverside inquiry")
    assert not guesses_or_judges("Lee appeared before the Senate panel on Monday")
    # a verdict on someone's fitness is the writer's opinion
    assert guesses_or_judges("Mayor Lee Is Unfit for This Crisis. Period.")
    assert guesses_or_judges("Reyes is unqualified to lead the inquiry")
    assert not guesses_or_judges("Reyes is not qualified for the pension until June")
    assert guesses_or_judges("Reyes is a failure")
    assert not guesses_or_judges("Lee is unfit for office, Reyes says")


def test_with_no_fact_an_outlets_title_quoting_someone_beats_no_headline() -> None:
    titles = [
        "Ann Lee: It's now 'me the mayor' instead of 'we the people'",
        "Ann Lee warns Tom Reyes is destroying 'what kept Riverside alive'",
    ]
    assert headline(titles, [], load_lexicon()) in titles


def test_of_two_wordings_of_the_main_news_the_one_more_outlets_state_leads() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.headline import with_leads
    from tests.articles import make_article

    def story(a: str) -> list:
        b = "All nine Republican members of the Lakeside budget panel are calling on Lee to resign."
        return [
            clean(
                make_article("Panel Republicans want Lee out", a, "Lee said she'd stay.", id="a")
            ),
            clean(
                make_article("Republicans call on Lee to resign", b, "Lee did not reply.", id="b")
            ),
            clean(
                make_article("Lee told to go", "Ann Lee faced calls to resign on Thursday.", id="c")
            ),
        ]

    lexicon = load_lexicon()
    cited = {"a": 2, "b": 1, "c": 1}
    docs = story(
        "Every Republican on the Lakeside budget panel on Thursday demanded Ann Lee step down."
    )
    assert with_leads([], docs, lexicon, minimum=1)[0].source == "b"  # the most central
    chosen = with_leads([], docs, lexicon, minimum=1, citing=lambda f: cited[f.source])
    assert chosen[0].source == "a"  # the same news, in the wording two outlets state
    # another figure is another claim: a wording with a figure of its own never takes the lead
    docs = story(
        "Every Republican on the Lakeside budget panel on Thursday demanded Ann Lee step down "
        "in a 12-0 vote."
    )
    chosen = with_leads([], docs, lexicon, minimum=1, citing=lambda f: cited[f.source])
    assert chosen[0].source == "b"


def test_the_same_figure_on_the_same_day_is_the_same_news_however_long() -> None:
    from briefing.stages.headline import _same_news

    long = (
        "A second payment to bus drivers is part of a $4 million transit agreement the Lakeside "
        "council announced on Sunday night."
    )
    again = "The Lakeside council reached an agreement Sunday on a $4 million transit package."
    assert _same_news(again, long)
    # another day's deal with the same sum is other news
    later = (
        "The Lakeside council rejected a $4 million transit package for the airport shuttle "
        "service on Tuesday."
    )
    assert not _same_news(later, long)


def _harbor_docs(*extra: str) -> list:
    from briefing.stages.clean import clean
    from tests.articles import make_article

    return [
        clean(
            make_article("Harbor", "The Lakeside council approved a harbor plan on Monday.", id="a")
        ),
        clean(make_article("Harbor plan", *extra, id="b")),
    ]


def _from(docs: list, article: str, text: str) -> Fact:
    doc = next(d for d in docs if d.article.id == article)
    start = doc.article.text.index(text)
    end = start + len(text)
    return Fact(
        text=text,
        sources=[article],
        independent_sources=1,
        source=article,
        start=start,
        end=end,
        single_source=True,
        evidence=[Evidence(article=article, start=start, end=end, text=text)],
    )


def test_a_summary_that_is_the_whole_brief_adds_a_third_sentence_with_the_figures() -> None:
    work = "Work on the Lakeside harbor plan will start in May and close two beaches."
    reaction = "Some 40 fishing crews from Lakeside denounced the plan at a rally."
    figures = "The new harbor will cost $40 million and add 300 berths by 2029."
    docs = _harbor_docs(work, reaction, figures)
    top = _from(docs, "a", "The Lakeside council approved a harbor plan on Monday.")
    text, stated, listed = lead_summary([top], docs, load_lexicon())
    # nothing is left for a list: the summary is the brief, and its third sentence gives the
    # figures plainly, not one side's reaction to them
    assert sorted(f.text for f in stated) == sorted([top.text, work, figures]) and not listed
    assert reaction not in text


def test_a_summary_with_a_list_below_keeps_to_two_sentences() -> None:
    figures = "The Lakeside harbor plan will cost $40 million and add 300 berths by 2029."
    docs = _harbor_docs(figures)
    top = fact("The Lakeside council approved a harbor plan on Monday.")
    second = fact("Work on the Lakeside harbor will start in May.")
    others = [fact(f"Council member Tom Reyes number {n} spoke for {n} hours.") for n in range(3)]
    text, stated, listed = lead_summary([top, second, *others], docs, load_lexicon())
    assert stated == [top, second] and listed == others and figures not in text


def test_a_third_sentence_gives_a_figure_not_a_rank() -> None:
    from briefing.stages.headline import _adds_figure

    said = "Ann Lee was sworn in as mayor of Lakeside on Monday."
    assert not _adds_figure("Ann Lee is the city's 46th mayor and its 3rd woman.", said)
    assert _adds_figure("Ann Lee won 61% of the vote, or 12,400 ballots.", said)


def test_a_surname_no_earlier_fact_names_gets_its_first_name() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.headline import introduce_names
    from tests.articles import make_article

    lead = "Mayor Tom Reyes of Lakeside vowed on Monday to block the harbor plan."
    vow = "Despite the council vote, Mr. Reyes vowed again that the plan would never pass."
    other = "The Lakeside council approved the harbor plan 7-2 on Monday night."
    docs = [
        clean(make_article("Harbor", lead, "The vote came after a long debate.", vow, id="a")),
        clean(make_article("Harbor vote", other, id="b")),
    ]
    first, again, opening = _from(docs, "b", other), _from(docs, "a", vow), _from(docs, "a", lead)
    # the article's lead names him, so the wording trusts the brief's opening to: it did not
    named = introduce_names([first, again], docs)
    assert named[0] is first
    assert named[1].text == vow.replace("Mr. Reyes", "Mr. [Tom] Reyes")
    assert named[1].said == vow  # the source's words are unchanged
    # where an earlier fact names him, the reader has met him
    assert introduce_names([opening, again], docs)[1].text == vow


def test_what_a_fact_dates_to_an_earlier_month_or_year_is_never_the_summarys_news() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.headline import dated_earlier
    from tests.articles import make_article

    news = "The Riverside council voted 7-2 on Monday to approve a $300 million stadium."
    past = "Mayor Ann Lee vowed in February that the city would never pay for a stadium."
    docs = [clean(make_article("Stadium", news, past, id="a", published="2025-08-31"))]
    facts = [fact(news), fact(past), *FACTS[1:]]
    text, stated, rest = lead_summary(facts, docs, load_lexicon(), fill=False)
    assert past not in text and facts[1] in rest
    assert dated_earlier(fact(past), docs)
    assert dated_earlier(fact("Ann Lee proposed the plan last month."), docs)
    assert dated_earlier(fact("Ann Lee first proposed the plan in 2019."), docs)
    # ...also where the sentence opens on the date
    assert dated_earlier(fact("In June, the city quietly settled the Riverside lawsuit."), docs)
    assert dated_earlier(fact("Last month, Ann Lee proposed the plan."), docs)
    # the news of the day, a month ahead, or a year that dates a thing the sentence names
    assert not dated_earlier(fact(news), docs)
    assert not dated_earlier(fact("Ann Lee said the council will vote in November."), docs)
    later = "The council on Monday subpoenaed two firms as part of its inquiry into the 2019 bids."
    assert not dated_earlier(fact(later), docs)
    assert not dated_earlier(fact("Ann Lee said last year's budget ran short."), docs)
    # "last year" far into a sentence that dates its news to a day dates what it names
    dropped = (
        "The prosecutor on Monday dropped assault charges against a sergeant who was recorded "
        "striking a handcuffed man during an arrest last year."
    )
    assert not dated_earlier(fact(dropped), docs)
    # a month far into a sentence that dates its news to a day dates what it names; without
    # such a day it still dates the claim ("claims that activists accosted lawmakers in March")
    ruled = (
        "The Riverside Supreme Court on Monday struck down the stadium tax that the "
        "legislature adopted in June."
    )
    assert not dated_earlier(fact(ruled), docs)
    accosted = (
        "Tea Party members have challenged claims that activists accosted lawmakers in March."
    )
    assert dated_earlier(fact(accosted), docs)


def test_the_summary_tells_an_act_once_naming_who_did_it() -> None:
    unnamed = fact("A male suspect was arrested in Riverside on Friday over the fires.")
    named = fact("Tom Reyes, 56, of Riverside was taken into custody on Friday, police said.")
    facts = [unnamed, named, *FACTS]
    text, stated, rest = lead_summary(facts, [], load_lexicon(), fill=False)
    assert named in stated and unnamed not in stated
    assert text.count("Friday") == 1
    # another act is news of its own: both stay
    other = fact("Tom Reyes, 56, of Riverside appeared in court on Friday, police said.")
    text, stated, rest = lead_summary([unnamed, other, *FACTS], [], load_lexicon(), fill=False)
    assert stated[:2] == [unnamed, other]


def test_the_summary_states_a_statement_once_the_way_that_gives_more_figures() -> None:
    short = fact("Speaking on television, [Ann] Lee said the closure would be done within 90 days.")
    full = fact(
        "In a brief televised address, Lee said the nearly 2,500 workers at the Riverside plant "
        "in the old mill district would be moved within 90 days."
    )
    text, stated, rest = lead_summary([short, full, *FACTS], [], load_lexicon(), fill=False)
    # one statement: said once, with how many workers
    assert full in stated and short not in stated
    assert text.count("90 days") == 1
    # the same figure in another statement with nothing more is not said again either
    again = fact(
        "Lee told workers at the Riverside plant on Monday that it would close in 90 days."
    )
    text, stated, rest = lead_summary([full, again, *FACTS], [], load_lexicon(), fill=False)
    assert again not in stated


def test_the_same_vote_given_as_7_to_4_is_not_listed_after_the_summary() -> None:
    facts = [
        fact("The council voted 7-4 to back the $300 million stadium."),
        fact("The stadium will open in 2028 with 40,000 seats."),
        fact(
            "After six hours of testimony, the Riverside City Council voted 7 to 4 on Tuesday "
            "night to approve a financing deal for a $300 million stadium."
        ),
        fact("The team's owner thanked council members after the vote."),
        fact("Police arrested protesters outside City Hall during the meeting."),
    ]
    text, stated, rest = lead_summary(facts, [], load_lexicon(), details=[facts[2]])
    assert stated == facts[:2]
    # "7 to 4" is the summary's 7-4 vote, not a figure it lacks: the vote is told once
    assert facts[2] not in rest
    assert facts[3] in rest and facts[4] in rest


def test_what_the_bill_would_do_is_no_lead_before_the_veto() -> None:
    from briefing.stages.clean import clean
    from briefing.stages.headline import central_leads
    from tests.articles import make_article

    veto = "Gov. Ann Lee on Friday vetoed House Bill 212, passed by Riverside Democrats."
    would = (
        "The measure would have capped annual rent increases at 5 percent for apartment "
        "buildings more than 15 years old in Riverside."
    )
    docs = [
        clean(make_article("Veto", veto, would, id="a")),
        clean(
            make_article(
                "Rents",
                "Ann Lee, the governor, sided with landlords on Friday in Riverside.",
                "A cap would have limited annual rent increases to 5 percent for apartment "
                "buildings more than 15 years old.",
                id="b",
            )
        ),
    ]
    leads = central_leads(docs, load_lexicon(), limit=3, strict=True)
    # what the bill would have done shares the most words, but it is a detail of the news
    # the opening reports, not the news: "[House Bill 212] would have capped..." is no lead
    assert veto in [lead.text for lead in leads]
    assert all("would have capped" not in lead.text for lead in leads)


def test_one_outlets_pick_of_someones_verdict_never_fills_in_as_a_fact() -> None:
    from briefing.stages.headline import with_leads

    # both outlets tell of the mayor and the stadium deal: only one reports her verdict
    verdict = "Mayor Ann Lee said the Riverside stadium deal was a bargain for the city."
    detail = "The Riverside stadium will seat 40,000 fans and open in the spring of 2028."
    told = "The Riverside stadium, the largest in the state, will seat 40,000 fans."
    spoke = "Mayor Ann Lee, who negotiated the stadium deal, spoke after the vote."
    docs, shared = _stadium_story([verdict, detail], [told, spoke])
    assert verdict in [f.text for f in shared]  # it could word a fact...
    added = [f.text for f in with_leads([], docs, load_lexicon(), minimum=5, shared=shared)]
    # ...but her view of the deal is hers, shown under the sides: the news fills in instead
    assert verdict not in added and detail in added


def test_what_someone_made_of_the_news_is_listed_never_summarized() -> None:
    news = fact("The Riverside council voted 7-2 on Monday to approve a $300 million stadium.")
    verdict = fact("Mayor Ann Lee called the vote “a gut punch” for the Lakeside neighborhood.")
    more = [
        fact("The Riverside stadium will open in 2028 with 40,000 seats."),
        fact("The team's owner will pay $200 million of the stadium's cost."),
    ]
    text, stated, rest = lead_summary([news, verdict, *more], [], load_lexicon())
    assert stated == [news, more[0]] and text == f"{news.text} {more[0].text}"
    assert verdict in rest
    # where the headline names her, what she made of it is the news
    _, stated, _ = lead_summary([news, verdict, *more], [], load_lexicon(), "Ann Lee on the vote")
    assert stated == [news, verdict]


def test_how_things_stand_is_listed_not_the_summarys_second_sentence() -> None:
    from briefing.stages.headline import states_a_condition

    assert states_a_condition("Iowa has no recall process for state legislators.")
    assert states_a_condition("Lakeside County has about 60,000 residents.")
    assert not states_a_condition("Ann Lee has voted against her caucus on a number of bills.")
    assert not states_a_condition("The county is 60,000 residents strong, officials said Monday.")
    top = fact("The Lakeside council voted 7-2 on Monday to approve a $300 million stadium.")
    setting = fact("Lakeside has no stadium tax and about 60,000 residents in all.")
    others = [
        fact(f"Council member Tom Reyes number {n} spoke on Monday for {n} hours.")
        for n in range(3)
    ]
    text, stated, listed = lead_summary([top, setting, *others], [], load_lexicon())
    assert stated == [top] and setting in listed


def test_the_summary_tells_the_news_not_what_had_happened_before() -> None:
    main = fact("The city council voted 5-2 on Tuesday to reject a 312-unit apartment complex.")
    before = fact("The developer had proposed five three-story buildings on a 14-acre tract.")
    text, stated, rest = lead_summary([main, before, *FACTS], [], load_lexicon(), fill=False)
    assert stated[0] is main and before not in stated and before in rest


def test_the_words_we_insert_never_make_a_fact_look_like_the_summarys_news() -> None:
    from briefing.model import Insertion

    top = fact(
        "Parents in Port Ellison are celebrating after the Lakeside State Board of Education "
        "voted 7-2 on Thursday to reject a charter school that critics said would have drained "
        "millions of dollars from the city's schools."
    )
    said = "The board has approved two of the last nine applications it has considered."
    named = Fact(
        text=said.replace("The board", "The [Lakeside State] board"),
        sources=["a", "b"],
        independent_sources=2,
        source="a",
        start=100,
        end=100 + len(said),
        insertions=[Insertion(at=104, text="[Lakeside State] ")],
    )
    assert named.said == said
    text, stated, rest = lead_summary([top, named, *FACTS], [], load_lexicon(), fill=False)
    assert named in stated or named in rest


def test_an_onlookers_remark_told_either_way_is_known() -> None:
    from briefing.stages.headline import onlooker_remark

    assert onlooker_remark(
        "Howard Ng, a constitutional law professor at Calder State University, noted that "
        "courts have repeatedly blocked such laws in other states."
    )
    assert onlooker_remark(
        "Research on the cameras is mixed, said Irene Lee, a professor of civil engineering at "
        "Westmark State University."
    )
    assert onlooker_remark(
        "Miriam Okafor, who directs the Center for School Policy at Tamarack University, said "
        "the vote fit the board's recent pattern."
    )
    # a party to the news, or the news itself, is no onlooker's remark
    assert not onlooker_remark(
        "Tom Reyes, who leads the Lakeside Teachers Union, said the vote was a betrayal."
    )
    assert not onlooker_remark(
        "Ruth Whitcombe, the state's attorney general, said she would appeal the ruling."
    )
    assert not onlooker_remark("A federal judge on Monday blocked the Calder age-check law.")
    assert onlooker_remark(
        "Each factory job supports roughly two more in the local economy, according to Sam "
        "Ortega, a labor economist at Millbrook State College."
    )
    assert not onlooker_remark(
        "The plant employs 1,800 people, according to Ann Lee, the company's spokeswoman."
    )


def test_one_outlets_paraphrase_of_a_view_is_no_fact_but_a_told_act_is() -> None:
    from briefing.stages.headline import paraphrased_view

    # what someone thinks, in the writer's words, naming no one and giving no figure
    assert paraphrased_view(
        "Wade Harrell, president of the Cattlemen's Association, said outsiders did not "
        "understand the toll."
    )
    assert paraphrased_view("Commission Chairman Ray Kessling said the board had little choice.")
    assert paraphrased_view(
        "Karen Whitlow, a wildlife ecologist, said it is difficult to predict how the packs "
        "will respond."
    )
    # the speaker's own act, a name, a figure, or an act the sentence opens on: news
    assert not paraphrased_view(
        "The sheriff, Eli Brandvold, said on Monday that his jail would no longer hold people "
        "for immigration agents."
    )
    assert not paraphrased_view("Mayor Colleen Aberra has said she will sign the ordinance.")
    assert not paraphrased_view(
        "Councilman Gary Pruitt said Ms. Halvorsen was blaming the chief for her own choices."
    )
    assert not paraphrased_view(
        "Party chair Vivian Stroud said three of the four justices face retention votes."
    )
    assert not paraphrased_view(
        "In a dissent joined by two colleagues, Justice Sam Okonkwo said the majority had "
        "ignored the burden on adults."
    )
    assert not paraphrased_view('Ann Lee said the deal was "a betrayal of every worker."')
