"""Party camps, offices and relations to the actor (briefing/stages/quotes/parties.py, camps.py)."""

from __future__ import annotations

import pytest

from briefing.stages.quotes import QuoteSource, story_sides
from briefing.stages.quotes.camps import Camps, find_camps, office_of, party_of, relation


def source(article_id: str, text: str) -> QuoteSource:
    return QuoteSource(id=article_id, outlet=None, text=text, kept=((0, len(text)),))


def camps_of(leads: list[str]) -> Camps:
    """The camps of a story whose articles are these leads, one an article."""
    return find_camps([source(str(i), text) for i, text in enumerate(leads)])


def beneficiaries_in(sources: list[QuoteSource]) -> tuple[str, ...]:
    """Whom the action the story's leads report is for (`sides.beneficiaries`)."""
    from briefing.stages.quotes.camps import lead_lines
    from briefing.stages.quotes.sides import beneficiaries

    return beneficiaries(lead_lines(sources), find_camps(sources))


def stances_in(sources: list[QuoteSource]) -> dict[str, str]:
    """Each quoted speaker's side in the story these articles tell."""
    _, quotes = story_sides(sources)
    return {q.speaker or "": q.stance for q in quotes}


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("said Representative Ann Lee, Republican of Ohio.", "R"),
        ("said Sen. Ann Lee, D-Ore., on Monday.", "D"),
        ("said Sen. Ann Lee (R., Maine).", "R"),
        ("Another leading Dem, Sen. Ann Lee of Ohio, spoke.", "D"),
        ("Republican presidential candidate Ann Lee spoke.", "R"),
        ("Ann Lee, the top Democrat on the Senate Intelligence Committee, said", "D"),
        ("said Senator Ann Lee of Ohio, the committee's top Republican.", "R"),
        ("Ann Lee, the Republican who chairs the panel, said", "R"),
        # the party word is another's: Lee is no Democrat
        ("Ann Lee, the man who beat the top Democrat, said", ""),
        # the party word belongs to another clause: Lee is whom the Republicans want out
        ("Republicans on the panel demanded that Chairman Ann Lee resign.", ""),
        ("Ann Lee, a Democrat party official, spoke.", ""),
        ("From Washington, Gov. Ann Lee of Ohio, a Democrat, told a reporter", "D"),
        ("Gov. Ann Lee of Ohio, a Republican party official, spoke.", ""),
    ],
)
def test_party_of_reads_the_ways_newsrooms_tie_a_name_to_a_party(text: str, party: str) -> None:
    assert party_of("Ann Lee", [text]) == party


def test_office_of_needs_most_titled_mentions_to_agree() -> None:
    texts = ["President Ann Lee spoke. Later President Lee left.", "Vice President Tom Ray sat."]
    assert office_of("Ann Lee", texts) == "president"
    assert office_of("Tom Ray", texts) == ""
    former = ["Former Mexican President Ann Lee spoke.", "The former Mexican President Lee left."]
    assert office_of("Ann Lee", former) == ""


def test_the_sitting_administration_speaks_for_the_president() -> None:
    camps = Camps(actor="Lee", actor_person=True, actor_keys=("lee",), office="president")
    assert relation(["Dan Ellis", "White House press secretary"], camps) == 1
    assert relation(["Dan Ellis", "former White House counsel"], camps) == 0
    assert relation(["Dan Ellis", "the Ray administration"], camps) == 0
    assert relation(["Dan Ellis", "White House"], Camps(actor="Lee", actor_keys=("lee",))) == 0
    assert relation(["Tom Ray", "Vice President"], camps) == 1
    # an office of the actor's is the actor's: "the Lakeside League's Washington bureau"
    league = Camps(actor="Lakeside League", actor_keys=("lakeside league", "league"))
    assert relation(["Dan Ellis", "director", "League's Washington bureau"], league) == 1
    assert relation(["Dan Ellis", "director", "Riverside bureau"], league) == 0


LEAD = "President Ann Harmon offered lawmakers a budget deal on Monday to end the standoff."


def party_story(camp_sentence: str) -> list[QuoteSource]:
    body = (
        f"{LEAD}\n\n"
        '"This deal is fair to every state," Harmon said.\n\n'
        f"{camp_sentence} Democratic leaders also criticized the Harmon deal on Tuesday.\n\n"
        '"It leaves out the workers who need help most," said Sen. Joe Dunn, D-Ore.\n\n'
        '"We should take it and move on," said Sen. Mia Ford, R-Ind.'
    )
    other = f"{LEAD} President Harmon spoke after a hearing that ran late."
    return [source("a", body), source("b", other)]


def test_a_party_the_writers_put_against_the_actor_makes_a_party_line() -> None:
    sides, _ = story_sides(party_story("Democrats rejected the Harmon deal within an hour."))
    support = [q.speaker for q in [*sides[0].quotes, *sides[0].more]]
    oppose = [q.speaker for q in [*sides[1].quotes, *sides[1].more]]
    assert "Joe Dunn" in oppose and "Mia Ford" in support


def test_one_stray_mention_of_a_party_is_no_party_line() -> None:
    sides, quotes = story_sides(party_story("Lawmakers went home for the weekend."))
    placed = [q.speaker for s in sides for q in [*s.quotes, *s.more]]
    assert "Mia Ford" not in placed
    assert any(q.speaker == "Mia Ford" and q.stance == "neutral" for q in quotes)


def test_a_party_as_the_leads_subject_is_the_actor_and_its_party() -> None:
    lead = "Every Republican on the budget panel demanded Monday that Chairman Ann Lee resign."
    second = "All nine Republican members of the panel are calling on Ann Lee to step down now."
    camps = find_camps([source("a", lead), source("b", second)])
    assert (camps.actor, camps.party, camps.target_keys) == ("Republicans", "R", ("lee",))


def test_the_one_the_actor_fires_or_ousts_is_the_target() -> None:
    leads = [
        "The Lakeside University board voted 9-4 on Friday to fire President Ann Lee after "
        "weeks of protests.",
        "The Lakeside University board ousted President Ann Lee on Friday in a 9-4 vote.",
    ]
    camps = camps_of(leads)
    assert camps.actor == "Lakeside University board" and camps.target_keys == ("lee",)
    # the one fired speaks against the firing
    text = leads[0] + "\n\n“I stood by our students,” Lee said."
    sides, _ = story_sides([source("a", text), source("b", leads[1])])
    assert [q.speaker for q in sides[1].quotes] == ["Ann Lee"]


def test_the_one_the_actor_scoffs_at_or_takes_aim_at_is_the_target() -> None:
    leads = [
        "Vice President Ann Lee took charge of the debate, scoffing pityingly at Rep. Tom "
        "D. Reyes (R-Ohio) all night.",
        "Vice President Ann Lee dominated the only debate between herself and Rep. Tom Reyes.",
        "Vice President Ann Lee took aim at Rep. Tom Reyes over the budget on Thursday.",
    ]
    camps = camps_of(leads)
    assert (camps.actor, camps.target_keys) == ("Lee", ("reyes",))


def test_an_aide_with_no_party_of_their_own_takes_the_party_of_whom_they_serve() -> None:
    lead = "Governor Ann Harmon attacked Republican Tom Reyes on Monday over the budget."
    quote = '"Reyes: calm, careful, ready. Harmon: loud,"'
    other = f"{lead} Harmon spoke after a hearing that ran late."
    # (the attribution, the role read, whom the evidence says Dunn works for)
    forms = [
        # the role names whom they serve before the name...
        (f'Reyes adviser Joe Dunn tweeted: {quote[:-2]}."', "Reyes adviser", "Reyes"),
        # ...or after it, or as one of several
        (f"{quote} said Joe Dunn, a top adviser to Tom Reyes.", None, "Tom Reyes"),
        (
            f"{quote} said Joe Dunn, one of the top advisers to Tom Reyes and one of the most "
            "seasoned operatives in politics.",
            "top adviser to Tom Reyes",
            "Tom Reyes",
        ),
    ]
    for said, role, principal in forms:
        text = f'{lead}\n\n"The budget hides what this will cost," Harmon said.\n\n{said}'
        sides, quotes = story_sides([source("a", text), source("b", other)])
        dunn = next(q for q in quotes if q.speaker == "Joe Dunn")
        assert dunn.stance == "oppose", said
        assert any(f"works for {principal} (party R)" in e for e in dunn.evidence), said
        if role:
            assert dunn.role == role


def test_a_common_noun_opening_the_leads_is_no_actor() -> None:
    leads = [
        "Winds reached 70 miles per hour near the Riverside airport and toppled trees.",
        "Winds knocked out power to 80,000 homes across Lake County on Tuesday night.",
    ]
    assert find_camps([source("a", leads[0]), source("b", leads[1])]).actor is None
    # a name a sentence opens on is one
    named = [lead.replace("Winds", "Ann Lee") for lead in leads]
    assert find_camps([source("a", named[0]), source("b", named[1])]).actor == "Lee"


def test_a_name_after_as_in_the_leads_subject_is_not_its_actor() -> None:
    leads = [
        "Rep. Ann Lee's decision to run for governor as the Lakeside Party candidate could "
        "change the race.",
        "Rep. Ann Lee launched an exploratory committee on Tuesday for a run for governor.",
    ]
    camps = find_camps([source("a", leads[0]), source("b", leads[1])])
    assert (camps.actor, camps.actor_person) == ("Lee", True)


@pytest.mark.parametrize(
    ("leads", "party"),
    [
        # a chamber or a committee acts for the party the leads name
        (
            [
                "House Democrats passed the stadium bill on Monday after a long debate.",
                "The Lakeside House passed the stadium bill 220-210 on Monday.",
                "The Lakeside House sent the stadium bill to the Senate on Monday.",
            ],
            "D",
        ),
        # a club the Democrats accuse is not theirs
        (
            [
                "Riverside Democrats say the Lakeside Rifle Club hid foreign payments for years.",
                "An audit paid for by Democrats on the city council claims that the Lakeside "
                "Rifle Club took the money.",
                "The Lakeside Rifle Club took money from a foreign bank, the report found.",
                "The Lakeside Rifle Club denied taking any money on Friday.",
            ],
            "",
        ),
        # one member named by party is not the party: "the top Democrat on the committee"
        (
            [
                "The Lakeside Finance Committee will subpoena Tom Reyes, its chairman said.",
                "Rep. Ann Lee, the ranking Democrat on the committee, said on Wednesday that "
                "the Lakeside Finance Committee would issue subpoenas to Tom Reyes.",
                "Sen. Dan Ellis, D-Ore., the top Democrat on the panel, said the Lakeside Finance "
                "Committee wants his records.",
            ],
            "",
        ),
    ],
)
def test_an_institution_acts_for_the_party_named_with_it(leads: list[str], party: str) -> None:
    camps = camps_of(leads)
    assert camps.party == party, camps


def test_a_group_of_people_as_the_actor_is_their_not_its() -> None:
    from briefing.stages.quotes.camps import side_labels

    leads = [
        "Lakeside House Democrats approved two articles of impeachment against Tom Reyes.",
        "Lakeside House Democrats sent the two articles to the council on Tuesday.",
    ]
    camps = camps_of(leads)
    assert camps.pronoun == "their"
    assert side_labels(camps, None)["support"] == "Lakeside House Democrats and their defenders"


def test_polarity_toward_the_actor_reads_the_clause_that_names_them() -> None:
    from briefing.stages.quotes.stances import _toward_actor

    camps = Camps(actor="Lee", actor_person=True, actor_keys=("lee",), office="president")
    # the whole sentence scores negative; the clause about the president is praise
    praise = "The president made a fair offer, but the system is broken, cruel and hopeless."
    assert _toward_actor(praise, camps) > 0
    # no sentiment word, but a verb that wants the action undone
    undo = "The administration should withdraw this decision until the review ends."
    assert _toward_actor(undo, camps, "decision") < 0


def test_undoing_a_veto_is_for_the_thing_vetoed_and_keeping_it_against() -> None:
    from briefing.stages.quotes.stances import _toward_actor

    camps = Camps(actor="Council", actor_keys=("council",), target_keys=("lee",))
    # respect for the one who vetoed, then the stance: reverse it (for the harbor bill)
    urged = (
        "I deeply respect the mayor and her reasons for vetoing the harbor bill … But I urge "
        "my colleagues to reverse this veto so that these families can have their day in court."
    )
    assert _toward_actor(urged, camps, "bill") > 0
    assert _toward_actor("We should not override this veto.", camps, "bill") < 0
    assert _toward_actor("The council must sustain the veto.", camps, "bill") < 0
    # no thing acted on, no veto to take sides on
    assert _toward_actor("I urge my colleagues to reverse this veto.", camps) == 0


def test_a_verbless_fragment_goes_on_judging_the_one_named_before_it() -> None:
    from briefing.stages.quotes.stances import _toward_actor

    camps = Camps(actor="Lee", actor_person=True, actor_keys=("lee",), office="mayor")
    plain = "We can now say the Lee plan is about shifting costs."
    # the judgement comes after the sentence that names her, in words with no verb
    assert _toward_actor(f"{plain} So cynical. So pathetic.", camps) < _toward_actor(plain, camps)
    assert _toward_actor(f"{plain} So cynical. So pathetic.", camps) <= -0.3
    # a fragment after a sentence that names no principal judges no one
    assert _toward_actor("The weather was grey all week. So pathetic.", camps) == 0


def test_a_stance_verb_in_the_quote_counts_with_its_negation() -> None:
    from briefing.stages.quotes.stances import _predicate

    assert _predicate("we do not support this legislation") < 0
    assert _predicate("we support this legislation") > 0
    assert _predicate("they want to repeal the law") < 0


def test_an_apposition_does_not_part_a_speaker_from_the_writers_frame() -> None:
    from briefing.stages.quotes.sides import _side_of_context

    sentence = (
        "Fairvote.org, one of the most influential reform groups in the capital, "
        "panned the agreement on Monday."
    )
    hit = _side_of_context(sentence, ["Fairvote.org"])
    assert hit is not None and hit[:2] == ("oppose", "panned")


def test_one_organization_under_two_spellings_is_one_key() -> None:
    from briefing.stages.quotes.rank import _org_key, _specific_org

    assert _org_key("Fairvote.org Political Action") == _org_key("Fairvote.org.")
    assert _specific_org("FairVote") and not _specific_org("Texas")


def test_a_title_dot_does_not_end_the_clause_a_frame_is_aimed_at() -> None:
    from briefing.stages.quotes.sides import _aimed_at

    camps = Camps(actor="Republicans", actor_keys=("republicans",), target_keys=("lee",))
    low = "speaker ann ray praised mr. lee as a patriot on monday."
    assert _aimed_at(low, low.index("praised") + len("praised"), camps) == -1


def test_a_sentence_opening_on_the_actors_pronoun_is_about_the_actor() -> None:
    camps = Camps(actor="Lee", actor_person=True, actor_keys=("lee",), pronoun="his")
    from briefing.stages.quotes.stances import _toward_actor

    text = "We asked Lee to stay at the table … He failed us and he betrayed the families."
    assert _toward_actor(text, camps) < 0
    # the pronoun with no one named before it is nobody in particular
    assert _toward_actor("He failed us and he betrayed the families.", camps) == 0


def test_the_agent_of_a_passive_frame_holds_the_stance() -> None:
    from briefing.stages.quotes.sides import _side_of_context

    sentence = "The Harmon ad was denounced by the Fair Play Coalition on Monday."
    hit = _side_of_context(sentence, ["Fair Play Coalition"])
    assert hit is not None and hit[:2] == ("oppose", "denounced")


def test_the_groups_director_speaks_for_the_one_group_named_before() -> None:
    lead = "Governor Ann Harmon launched a new television ad on Monday about her record."
    text = (
        f"{lead}\n\n"
        "The Harmon ad was denounced by the Fair Play Coalition, a civil-rights group.\n\n"
        "Dan Ellis, the group’s director, said, “Governor Harmon is running to divide us.”"
    )
    other = f"{lead} Harmon spoke after a hearing that ran late."
    sides, quotes = story_sides([source("a", text), source("b", other)])
    ellis = next(q for q in quotes if q.speaker == "Dan Ellis")
    assert ellis.organization == "Fair Play Coalition"
    assert ellis.stance == "oppose"
    # two organizations before it: which one is meant is unclear, so none is printed
    two = text.replace("a civil-rights group", "with help from the Open Books Foundation")
    _, quotes = story_sides([source("a", two), source("b", other)])
    assert next(q for q in quotes if q.speaker == "Dan Ellis").organization is None
    # ...unless one of them opens the sentence: the writer goes on about that one
    opens = text.replace(
        "The Harmon ad was denounced by the Fair Play Coalition, a civil-rights group.",
        "Fair Play Coalition, which has backed Tea Party candidates, denounced the Harmon ad.",
    )
    _, quotes = story_sides([source("a", opens), source("b", other)])
    assert next(q for q in quotes if q.speaker == "Dan Ellis").organization == "Fair Play Coalition"


def test_the_actor_is_the_person_not_their_title_in_apposition() -> None:
    lead = "Ann Harmon, Budget Director, resigned on Monday in protest of the new plan."
    second = "Budget Director Ann Harmon resigned after a week of talks that went nowhere."
    assert find_camps([source("a", lead), source("b", second)]).actor == "Harmon"


def test_a_lead_criticizing_someones_action_is_about_that_someone() -> None:
    leads = [
        "Dan Ellis sharply criticized Governor Ann Harmon’s planned speech on Monday.",
        "Governor Ann Harmon defended the speech she will give next week in the capital.",
        "Dan Ellis criticized Ann Harmon’s speech again, calling it reckless and late.",
    ]
    camps = camps_of(leads)
    assert camps.actor == "Harmon"


def test_a_subject_described_as_a_critic_of_someone_leads_for_that_someone() -> None:
    leads = [
        "Dan Ellis, an outspoken critic of Ann Harmon, said the visit was a mistake.",
        "Ann Harmon visited the border town on Wednesday after weeks of planning.",
    ]
    camps = camps_of(leads)
    assert camps.actor == "Harmon"


def test_a_speakers_reported_words_are_found_past_an_apposition() -> None:
    from briefing.stages.quotes.stances import _reports_speech

    low = (
        "representative ann lee of ohio, the senior republican on the oversight committee, "
        "said the deal was illegal."
    )
    assert _reports_speech(low, ["ann lee", "lee"])
    assert not _reports_speech("ann lee of ohio, the senior republican, left early.", ["lee"])


def test_a_lead_that_speaks_about_someones_plan_is_about_that_someone() -> None:
    leads = [
        "Dan Ellis said Governor Ann Harmon’s planned speech will hurt the state’s ties.",
        "Dan Ellis warned that Ann Harmon’s upcoming address will be a destructive force.",
        "Ann Harmon was invited to speak by the state’s chamber of commerce last month.",
    ]
    assert camps_of(leads).actor == "Harmon"
    # with no one's plan in the lead, the one who speaks is its subject
    plain = [t.replace("Ann Harmon’s", "the") for t in leads[:2]]
    assert camps_of(plain).actor == "Ellis"


def test_the_attribution_after_a_quote_is_no_lead_subject() -> None:
    texts = [
        "Ann Harmon leads a familiar refrain at every rally about her plan for the border."
        " Harmon explained the plan to build a wall along the whole border.",
        "Dan Ellis says the country will not pay for the wall, whatever anyone claims."
        " “I’m not going to pay for that wall!” Dan Ellis told a radio host on Monday night."
        " “He should pay for it himself!” Dan Ellis added later in the same interview.",
    ]
    assert camps_of(texts).actor == "Harmon"


def test_a_fight_inside_the_actors_party_draws_no_party_line() -> None:
    leads = [
        "Republican Rep. Ann Harmon said Friday she would run for majority leader next week.",
        "Ann Harmon entered the race on Friday, challenging the House Republican leadership.",
    ]
    camps = camps_of(leads)
    assert camps.actor == "Harmon"
    assert camps.party == ""
    # the same leads without the fight keep the actor's party as the camp
    calm = [leads[0], leads[1].replace("challenging", "joining")]
    assert camps_of(calm).party == "R"


def test_a_speaker_reported_as_finding_the_actor_short_of_a_standard_is_a_critic() -> None:
    from briefing.stages.quotes.stances import _predicate, _reports_speech

    sentence = (
        "a few House Republicans, such as rep. tom reyes (r-iowa) and rep. dan ellis (r-minn.)"
        " said thursday that harmon was not conservative enough on immigration."
    )
    assert _reports_speech(sentence, ["tom reyes"])
    assert _predicate("that Harmon was not conservative enough on immigration") < 0
    assert _predicate("that Harmon was conservative on immigration") == 0


def test_an_actor_who_backed_down_has_the_other_party_on_the_actions_side() -> None:
    leads = [
        "Republican Gov. Ann Harmon agreed Friday to reopen the state parks, a surprise retreat"
        " from her demand for a new park fee.",
        "Harmon caves to Democrats and agrees to reopen the state parks without the fee.",
    ]
    camps = camps_of(leads)
    assert camps.actor == "Harmon"
    assert (camps.party, camps.yielded) == ("D", True)
    # one outlet's word, or the word inside a quotation, is no retreat the writers report
    once = [leads[0], "Harmon agreed to reopen the state parks on Friday afternoon."]
    assert camps_of(once).party == "R"
    quoted = [leads[0].replace("a surprise retreat", "“a surprise retreat”"), leads[1]]
    assert camps_of(quoted).party == "R"


def test_after_a_retreat_the_other_party_is_for_it_and_the_actors_own_leans_no_way() -> None:
    leads = [
        "Republican Gov. Ann Harmon agreed Friday to reopen the state parks, a surprise retreat"
        " from her demand for a new park fee.",
        "Harmon caves to Democrats and agrees to reopen the state parks without the fee.",
    ]
    quotes = (
        "\n\n“The parks belong to the people, and they will be open on Monday,” said Sen. Tom"
        " Reyes, a Democrat of Riverside.\n\n"
        "“We have spent the whole month on this and we are tired,” said Sen. Dan Ellis, a"
        " Republican of Lakeside."
    )
    sides, _ = story_sides([source("a", leads[0] + quotes), source("b", leads[1])])
    assert "Tom Reyes" in [q.speaker for q in sides[0].quotes]
    assert "Dan Ellis" not in [q.speaker for q in [*sides[1].quotes, *sides[1].more]]


def test_a_newsroom_word_for_brushing_off_or_fuming_is_a_stance() -> None:
    from briefing.stages.quotes.sides import _side_of_context

    for sentence, word in (
        (
            "Ann Lee, a former mayor of Lakeside, has also dismissed the stadium plan.",
            "dismissed",
        ),
        ("Tom Reyes fumed that the council had cut the Riverside parks budget.", "fumed"),
        ("Dan Ellis, who was railing against the budget, spoke on Monday.", "railing"),
        (
            "Mia Ford, the Lakeside comptroller, questioned the stadium plan on Monday.",
            "questioned",
        ),
        ("Tom Reyes blamed the council for the Riverside budget cuts.", "blamed"),
        ("Ann Lee sued the council over the Riverside budget on Friday.", "sued"),
    ):
        name = sentence.split(",")[0].split(" fumed")[0]
        name = " ".join(name.split()[:2])
        hit = _side_of_context(sentence, [name])
        assert hit is not None and hit[:2] == ("oppose", word), sentence
    # a feeling someone else reports of others is not the speaker's
    assert (
        _side_of_context("Ann Lee said that parks groups were incensed by it.", ["Ann Lee"]) is None
    )
    # the one dismissed is no one's critic
    assert _side_of_context("Ann Lee was dismissed from the council in May.", ["Ann Lee"]) is None


def test_allies_who_decry_it_and_hard_liners_incensed_by_it_frame_the_next_speaker() -> None:
    from briefing.stages.quotes.sides import _GROUP_SUBJECT, _side_of_context

    for lead, word in (
        ("But even some old allies of the mayor came out to decry the budget.", "decry"),
        ("Some parks hard-liners were incensed by the Riverside budget.", "incensed"),
        # the group's own relative clause stands between it and the feeling
        (
            "Some hard-liners that make up a key part of her base were incensed by the budget.",
            "incensed",
        ),
    ):
        opener = _GROUP_SUBJECT.match(lead)
        assert opener is not None, lead
        hit = _side_of_context(lead, [opener.group("group")])
        assert hit is not None and hit[:2] == ("oppose", word), lead


def test_a_stance_offered_in_so_many_words_after_a_party_tag_is_the_speakers() -> None:
    from briefing.stages.quotes.sides import _side_of_context

    sentence = (
        "He spoke Monday at a rally with Sen. Ann Lee (R-Ore.), who offered her support "
        "for the Riverside levy."
    )
    hit = _side_of_context(sentence, ["Ann Lee"])
    assert hit is not None and hit[:2] == ("support", "support")
    # someone else's stance in what she said is not hers
    told = "He met Sen. Ann Lee (R-Ore.), who said Tom Reyes was backed by donors."
    assert _side_of_context(told, ["Ann Lee"]) is None


def test_an_administrations_officers_speak_for_it() -> None:
    from briefing.stages.quotes.camps import serves_administration

    camps = Camps(actor="Lee administration", actor_keys=("lee administration",))
    assert relation(["Tom Reyes", "Assistant Attorney General"], camps) == 1
    assert relation(["Tom Reyes", "former Secretary of Labor"], camps) == 0
    assert relation(["Tom Reyes", "Ohio Secretary of State"], camps) == 0
    texts = ["The leak was condemned by Director of National Intelligence Tom Reyes on Friday."]
    assert serves_administration("Tom Reyes", camps, texts)
    assert serves_administration("Tom R. Reyes Jr.", camps, texts)
    assert not serves_administration("Tom Reyes", camps, ["Former Secretary Tom Reyes spoke."])
    # an actor that is no administration has no officers
    other = Camps(actor="Lakeside council", actor_keys=("lakeside council",))
    assert relation(["Tom Reyes", "Assistant Attorney General"], other) == 0
    assert not serves_administration("Tom Reyes", other, texts)


def test_the_president_heads_the_white_house_and_the_administration_named_after_them() -> None:
    from briefing.stages.quotes.camps import heads_administration

    texts = ["President Tom Ray spoke on Friday. Later President Ray left for Riverside."]
    white_house = Camps(actor="White House", actor_keys=("white house",))
    assert heads_administration("Tom Ray", white_house, texts)
    assert not heads_administration("Dan Ellis", white_house, texts)
    named = Camps(actor="Ray administration", actor_keys=("ray administration",))
    assert heads_administration("Tom Ray", named, [])
    assert not heads_administration("Ann Lee", named, texts)
    assert not heads_administration("Tom Ray", Camps(actor="Lee", actor_keys=("lee",)), texts)


def test_the_president_is_on_the_side_of_the_white_house_whose_act_the_story_is() -> None:
    lead = (
        "The White House on Friday offered Dan Ellis an unpaid advisory post if he stayed out "
        "of the Lakeside Senate race."
    )
    body = (
        f"{lead}\n\n"
        "President Tom Ray met reporters on Thursday in Riverside.\n\n"
        '"I can assure the public that the process was followed," Mr. Ray said.'
    )
    other = f"{lead} President Ray declined to take questions on Friday."
    sides, _ = story_sides([source("a", body), source("b", other)])
    support = [q.speaker for q in [*sides[0].quotes, *sides[0].more]]
    assert support and support[0].endswith("Ray")


def test_those_who_lead_a_committee_speak_for_what_the_committee_does() -> None:
    from briefing.stages.quotes.camps import leads_committee

    camps = Camps(actor="Lakeside Finance Committee", actor_keys=("lakeside finance committee",))
    texts = [
        "Rep. Ann Lee (Ore.), the ranking Democrat on the committee, spoke on Monday.",
        "Sen. Dan Ellis, R-Ohio, the Republican chairman of the Senate Finance Committee, agreed.",
        "Riverside Budget Committee Chairman Tom Reyes said he would wait.",
        "Mia Ford, a lawyer for the firm, declined to comment.",
    ]
    assert leads_committee("Ann Lee", camps, texts)
    assert leads_committee("Dan Ellis", camps, texts)
    assert leads_committee("Tom Reyes", camps, texts)
    assert not leads_committee("Mia Ford", camps, texts)
    # the actor is no committee: a chairman speaks for no one by that alone
    assert not leads_committee("Ann Lee", Camps(actor="Reyes", actor_keys=("reyes",)), texts)


def test_both_parties_leaders_of_the_acting_committee_are_on_its_side() -> None:
    lead = "The Lakeside Finance Committee will subpoena Tom Reyes over his campaign records."
    body = (
        f"{lead}\n\n"
        "Rep. Ann Lee (Ore.), the ranking Democrat on the committee, spoke on Wednesday.\n\n"
        '"We will use whatever tools we need to get the records," Lee said.\n\n'
        "Sen. Dan Ellis, R-Ohio, the Republican chairman of the committee, agreed on Thursday.\n\n"
        '"Everything is on the table," Ellis said.'
    )
    other = f"{lead} Reyes did not respond to the committee on Wednesday."
    sides, _ = story_sides([source("a", body), source("b", other)])
    support = [q.speaker for q in [*sides[0].quotes, *sides[0].more]]
    oppose = [q.speaker for q in [*sides[1].quotes, *sides[1].more]]
    assert {"Ann Lee", "Dan Ellis"} <= set(support) and not oppose


def test_the_same_words_two_speakers_give_are_shown_once_on_a_side() -> None:
    lead = "The Lakeside council approved the stadium plan on Monday in a 5-2 vote."
    words = "This plan brings jobs to every corner of Lakeside and pays for itself within ten years"
    body = (
        f"{lead}\n\n"
        f'"{words}," said Mayor Ann Lee, who praised the vote.\n\n'
        "Tom Reyes, a council member who also praised the plan, read from a letter the council "
        f'sent: "{words}, and we stand by it."'
    )
    other = f"{lead} The stadium plan now goes to the state."
    sides, quotes = story_sides([source("a", body), source("b", other)])
    assert {q.speaker for q in quotes if q.stance == "support"} == {"Ann Lee", "Tom Reyes"}
    assert [q.speaker for q in [*sides[0].quotes, *sides[0].more]] == ["Ann Lee"]


def test_the_presidents_staff_and_the_white_house_are_one_organization() -> None:
    from briefing.stages.quotes.rank import _org_key

    assert _org_key("President Tom Ray") == _org_key("White House") == "white house"
    assert _org_key("former President Tom Ray") != "white house"
    lead = "Prime Minister Ann Lee of Riverside will address Congress on March 3, aides said."
    body = (
        f"{lead}\n\n"
        "Mia Ford, President Tom Ray's national security adviser, criticized the visit on "
        "Tuesday.\n\n"
        '"It is destructive to the fabric of the relationship," Ford said on Tuesday.\n\n'
        '"Party politics does weaken the relationship," said Dan Ellis, the White House press '
        "secretary."
    )
    other = f"{lead} Lee has called the speech her duty."
    sides, _ = story_sides([source("a", body), source("b", other)])
    oppose = [q.speaker for q in [*sides[1].quotes, *sides[1].more]]
    assert "Mia Ford" in oppose and "Dan Ellis" in oppose


def test_a_clause_about_someone_with_its_own_subject_is_not_their_speech() -> None:
    from briefing.stages.quotes.stances import _reports_speech

    # "whom the union has accused": the union accuses; Lee says nothing here
    low = "absent from the hearing was ms. lee, whom the union has accused of stalling talks."
    assert not _reports_speech(low, ["lee"])
    assert _reports_speech("ms. lee, who chairs the panel, said the vote was fair.", ["lee"])


def test_a_company_spokeswoman_speaks_for_the_company_named_before() -> None:
    lead = "Attorney General Ann Harmon sued the Lakeside Pharmacy chain on Tuesday over opioids."
    text = (
        f"{lead}\n\n"
        "Harmon said the chain ignored red flags for years.\n\n"
        "Lakeside Pharmacy has 90 stores across the state and employs 2,000 people.\n\n"
        "“We will defend ourselves against these claims,” said company spokeswoman Rita Vance."
    )
    other = f"{lead} Harmon spoke after a hearing that ran late."
    sides, quotes = story_sides([source("a", text), source("b", other)])
    vance = next(q for q in quotes if q.speaker == "Rita Vance")
    # the company is the one the lawsuit targets: its spokeswoman is against the action
    assert vance.organization == "Lakeside Pharmacy"
    assert vance.stance == "oppose"


def test_a_namesakes_frame_does_not_place_the_speaker() -> None:
    lead = "Mayor Ann Harmon fired Police Chief Tom Reyes on Monday after a misconduct report."
    text = (
        f"{lead}\n\n"
        "Darnell Vance sued the city after the 2023 traffic stop and won a settlement.\n\n"
        "“Finally somebody listened to us,” said Gloria Vance, Darnell's mother."
    )
    other = f"{lead} Harmon spoke after a hearing that ran late."
    sides, quotes = story_sides([source("a", text), source("b", other)])
    vance = next(q for q in quotes if q.speaker == "Gloria Vance")
    # "sued" is Darnell Vance's act: his mother is not among the critics by it
    assert vance.stance != "oppose"
    assert vance.organization is None or vance.organization == "Darnell"


def test_a_surname_after_a_connective_or_a_nickname_is_the_speaker() -> None:
    from briefing.stages.quotes.sides import _only_namesake

    group = type(
        "G", (), {"named": True, "speaker": "Charles Lee", "role": "Senator", "organization": None}
    )()
    assert _only_namesake("Darnell Lee sued the city on Monday.", group)
    assert not _only_namesake("But Lee, a proponent of the bill, dismissed the concerns.", group)
    assert not _only_namesake("Sen. Chuck Lee led the effort against the veto.", group)
    assert not _only_namesake("Professor Lee said the ruling was narrow.", group)
    assert not _only_namesake("Supporters called him “Lucky Lee” for years.", group)


def test_a_judge_who_throws_out_a_lawsuit_spares_its_target() -> None:
    lead = (
        "A federal judge on Monday threw out Rep. Tom Reyes's defamation lawsuit against the "
        "Lakeside Herald, ruling that Judge Ann Vance found no malice."
    )
    text = (
        f"{lead}\n\n"
        "District Judge Ann Vance ruled that the newspaper had reported public records.\n\n"
        "“This ruling lets a newspaper smear a sitting congressman,” Reyes said.\n\n"
        "“We reported what the records showed,” said Mia Lund, the Lakeside Herald's editor."
    )
    other = (
        "A federal judge dismissed the defamation lawsuit Rep. Tom Reyes brought against the "
        "Lakeside Herald on Monday. Judge Ann Vance wrote a 30-page opinion."
    )
    sides, quotes = story_sides([source("a", text), source("b", other)])
    stance = {q.speaker: q.stance for q in quotes}
    # the sides are for or against throwing the suit out: its target is for it, its author not
    assert sides[0].label == "In favor of throwing out the lawsuit"
    assert stance["Mia Lund"] == "support"
    assert stance["Tom Reyes"] == "oppose"


def test_scorn_for_a_thrown_out_lawsuit_and_the_targets_lawyer_are_for_throwing_it_out() -> None:
    lead = (
        "Judge Ann Vance on Monday threw out Rep. Tom Reyes's defamation lawsuit against the "
        "Lakeside Gazette, ruling that the newspaper had reported public records."
    )
    text = (
        f"{lead}\n\n"
        "“This ruling lets a newspaper smear a sitting congressman,” Reyes said.\n\n"
        "Mia Lund, the Gazette's executive editor, said the newspaper followed its practices.\n\n"
        "“This case was never about money,” said Dan Ortiz, a lawyer for the newspaper.\n\n"
        "“This lawsuit was a cynical attempt to scare a newsroom,” said Ada Cole, the legal "
        "director of the Press Freedom Coalition."
    )
    other = (
        "A federal judge dismissed the defamation lawsuit Rep. Tom Reyes brought against the "
        "Lakeside Gazette on Monday. Judge Ann Vance wrote a 30-page opinion."
    )
    sides, quotes = story_sides([source("a", text), source("b", other)])
    by = {q.speaker: q for q in quotes}
    # "the newspaper" is the Gazette the article named in full: its lawyer speaks for it
    assert by["Dan Ortiz"].organization == "Lakeside Gazette"
    assert by["Dan Ortiz"].stance == "support"
    # scorn for the suit the judge threw out is for throwing it out, not against it
    assert by["Ada Cole"].stance == "support"
    assert by["Tom Reyes"].stance == "oppose"


def test_rejecting_criticism_of_the_action_defends_it() -> None:
    from briefing.stages.quotes.sides import _rebuts

    sentence = "Councilmember Ann Lee, who sponsored the deal, rejected that criticism on Monday."
    at = sentence.lower().index("rejected") + len("rejected")
    assert _rebuts(sentence, ("oppose", "rejected", at))
    plain = "Councilmember Ann Lee rejected the deal on Monday."
    at = plain.lower().index("rejected") + len("rejected")
    assert not _rebuts(plain, ("oppose", "rejected", at))
    # a claim against the actor, in so many words, is criticism; the actor's own idea is not
    idea = "Ann Lee rejected the idea that the president had dragged his feet."
    at = idea.lower().index("rejected") + len("rejected")
    assert _rebuts(idea, ("oppose", "rejected", at))
    # "that characterization" is the critics' account of the action
    told = "Ann Lee, the authority's executive director, rejected that characterization."
    at = told.lower().index("rejected") + len("rejected")
    assert _rebuts(told, ("oppose", "rejected", at))
    own = "Ann Lee has also dismissed Reyes's idea."
    at = own.lower().index("dismissed") + len("dismissed")
    assert not _rebuts(own, ("oppose", "dismissed", at))


def test_a_verdict_with_no_named_actor_orients_the_sides_to_the_one_convicted() -> None:
    from briefing.stages.quotes.camps import side_labels

    lead = (
        "A Riverside County jury on Thursday found former city treasurer Tom Reyes guilty of "
        "embezzling $2 million."
    )
    passive = "Tom Reyes, who ran the city's accounts, was convicted on Thursday of fraud."
    camps = find_camps([source("a", lead), source("b", passive)])
    assert camps.actor is None and camps.target_keys == ("reyes",)
    labels = side_labels(camps, None)
    assert labels == {"support": "Reyes’ critics", "oppose": "Reyes and his defenders"}


def test_she_after_a_wife_named_by_first_name_is_the_wife() -> None:
    lead = "A Riverside jury convicted former treasurer Tom Reyes of fraud on Thursday."
    text = (
        f"{lead}\n\n"
        "“I ran on opening the books,” Mayor Ann Lee said on Thursday.\n\n"
        "Outside the courtroom, Mr. Reyes's wife, Carol, defended him. “He is a good man who "
        "made mistakes,” she said."
    )
    _, quotes = story_sides([source("a", text), source("b", lead)])
    good = next(q for q in quotes if q.text.startswith("He is a good man"))
    assert good.speaker == "Carol Reyes"


def test_the_convicted_mans_lawyer_speaks_for_him() -> None:
    lead = "A Riverside jury convicted former treasurer Tom Reyes of fraud on Thursday."
    text = (
        f"{lead}\n\n"
        "Mr. Reyes's lawyer, Ann Lee, said she would appeal. “He followed instructions from "
        "people above him,” Ms. Lee said.\n\n"
        "His other attorney, Dan Ortiz, argued during the trial that the city's former manager, "
        "who has since died, approved the transfers. “The jury never heard the books "
        "explained,” Mr. Ortiz said.\n\n"
        "“He knew exactly where the money was going,” said Assistant District Attorney Mia "
        "Cole."
    )
    _, quotes = story_sides([source("a", text), source("b", lead)])
    by = {q.speaker: q for q in quotes}
    # whose lawyer she is, from the apposition before her name; not a role from a later clause
    assert (by["Ann Lee"].role, by["Ann Lee"].organization) == ("lawyer", "Reyes")
    assert by["Dan Ortiz"].role == "other attorney"
    # the convicted man's lawyers are against the verdict, with him; the prosecution for it
    assert by["Ann Lee"].stance == "oppose"
    assert by["Mia Cole"].stance == "support"


def test_a_strike_by_a_group_puts_its_members_and_union_on_its_side() -> None:
    from briefing.stages.quotes.camps import side_labels

    lead = "Roughly 3,400 nurses walked off the job Tuesday at Riverside Health's four hospitals."
    other = "Nurses at Riverside Health went on strike on Tuesday after talks collapsed."
    text = (
        f"{lead}\n\n"
        "“I'm tired of apologizing to families,” said Ann Lee, an intensive care nurse.\n\n"
        "“They found money for consultants but not for us,” said Mia Cole, president of the "
        "nurses association.\n\n"
        "“We offered our nurses the strongest wage package in the state, and we value our "
        "wonderful nurses,” said Riverside Health CEO Tom Reyes."
    )
    camps = find_camps([source("a", text), source("b", other)])
    assert camps.actor == "Nurses" and "nurse" in camps.actor_keys
    assert side_labels(camps, None)["support"] == "Nurses and their defenders"
    _, quotes = story_sides([source("a", text), source("b", other)])
    by = {q.speaker: q for q in quotes}
    # one of the nurses and their association speak for them
    assert by["Ann Lee"].stance == "support" and by["Mia Cole"].stance == "support"
    # praise of nurses in general is no stand on the strike; the CEO is read by his title
    assert (by["Tom Reyes"].role, by["Tom Reyes"].organization) == ("CEO", "Riverside Health")
    assert by["Tom Reyes"].stance != "support"


def test_accusing_the_actors_rival_party_defends_the_actor() -> None:
    lead = (
        "Sen. Tom Reyes (R-Ore.) said at a rally on Saturday that welfare recipients should not "
        "vote."
    )
    text = (
        f"{lead}\n\n"
        "State Republican Party Chairman Dan Ortiz accused Democrats of twisting the senator's "
        "words. “Liberals are turning a throwaway line into a scandal,” Ortiz said.\n\n"
        "Sen. Ann Lee, D-Md., criticized Reyes. “It was shameful,” Lee said."
    )
    other = f"{lead} Reyes spoke for 20 minutes."
    _, quotes = story_sides([source("a", text), source("b", other)])
    stance = {q.speaker: q.stance for q in quotes}
    assert stance["Dan Ortiz"] == "support"
    assert stance["Ann Lee"] == "oppose"


def test_one_who_voted_for_the_bill_is_for_it_whatever_the_party() -> None:
    lead = "House Democrats on Thursday passed a paid family leave bill, 228-197."
    text = (
        f"{lead}\n\n"
        "The bill would give workers up to 12 weeks of paid leave. It would be funded by a "
        "payroll tax of 0.2 percent.\n\n"
        "Rep. Ann Lee (R-Ohio), one of the three Republicans who voted for the bill, said the "
        "issue should not be partisan. “Mothers in my district go back to work too soon,” she "
        "said.\n\n"
        "Rep. Tom Reyes (R-Texas) said the bill was a job-killing tax. “It is a disaster,” "
        "Reyes said."
    )
    other = f"{lead} The Senate is not expected to take it up."
    _, quotes = story_sides([source("a", text), source("b", other)])
    stance = {q.speaker: q.stance for q in quotes}
    assert stance["Ann Lee"] == "support"
    assert stance["Tom Reyes"] == "oppose"


def test_a_party_led_chamber_is_the_chamber() -> None:
    lead = "The Democratic-led House on Thursday passed a paid family leave bill, 228-197."
    camps = find_camps([source("a", lead), source("b", lead)])
    # "led" inside "Democratic-led" is no verb, and the actor is the House, not "Democratic-"
    assert camps.actor == "House"


def test_the_governor_who_vetoed_is_the_actor_whatever_her_tag_or_dateline() -> None:
    one = "Riverside Gov. Ann Lee (D) on Thursday vetoed a bill that would have ended permits."
    two = (
        "HARRISBURG, Pa. — Gov. Ann Lee of Riverside vetoed a bill on Thursday that would have "
        "ended permits."
    )
    three = "The measure, Senate Bill 412, would have let anyone carry a concealed handgun."
    camps = find_camps([source("a", f"{one} {three}"), source("b", f"{two} {three}")])
    # "(D)" is a party tag and "of Riverside" where she serves: the actor is Lee, not the bill
    assert camps.actor == "Lee"


def test_a_campaign_manager_speaks_for_the_campaign_named_before() -> None:
    from briefing.stages.quotes.sides import _side_of_context

    lead = "Sen. Ann Lee's campaign released a television ad on Tuesday attacking Tom Reyes."
    text = (
        f"{lead}\n\n"
        "The Lee campaign refused to back down. Campaign manager Dan Ortiz said the figure came "
        "from public filings.\n\n"
        "“We stand by every word of this ad,” Ortiz said."
    )
    other = f"{lead} The ad runs statewide."
    _, quotes = story_sides([source("a", text), source("b", other)])
    ortiz = next(q for q in quotes if q.speaker == "Dan Ortiz")
    assert ortiz.organization == "Lee campaign" and ortiz.stance == "support"
    # "refused to back down" is no stance of support for anything
    assert _side_of_context("The Lee campaign refused to back down.", ["Lee campaign"]) is None


def test_a_group_word_that_modifies_a_name_is_no_group_actor() -> None:
    lead = "Teachers union president Ann Lee called a strike vote on Monday in Riverside."
    camps = find_camps([source("a", lead), source("b", lead)])
    assert camps.actor == "Lee"


def test_a_role_for_an_honorific_name_is_read_past_its_period() -> None:
    from briefing.stages.quotes.speakers import _Registry

    text = (
        "Sen. Tom Ortiz launched his campaign on Monday. Ann Lee, a spokeswoman for Mr. Ortiz, "
        'said voters would "want to know why he voted for the bailout."'
    )
    # not "spokeswoman" of an organization "Mr": whose spokeswoman, by surname
    assert _Registry.build(text, []).roles.get("Ann Lee") == ("spokeswoman", "Ortiz")


def test_a_promised_veto_opposes_and_support_for_an_aim_but_not_the_way_is_none() -> None:
    from briefing.stages.quotes.sides import _side_of_context

    # "vowed to veto", "will veto": the base verb after "to" or a modal is a stance against
    for said in (
        "Mayor Tom Reyes has vowed to veto the budget amendment.",
        "Mayor Tom Reyes has threatened to veto the measure, and its backers lack the votes.",
    ):
        hit = _side_of_context(said, ["Tom Reyes"])
        assert hit is not None and hit[0] == "oppose"
    # a veto of the past, told as a noun, is not
    assert _side_of_context("Tom Reyes recalled the veto of 2009.", ["Tom Reyes"]) is None
    # "supported X, but not by Y": support for the aim, against the way the action reaches it
    aim = "Tom Reyes said he supported crisis teams, but not by cutting the police budget."
    assert _side_of_context(aim, ["Tom Reyes"]) is None
    plain = "Tom Reyes said he supported the crisis teams the council funded."
    assert _side_of_context(plain, ["Tom Reyes"]) == ("support", "supported", 27)


def test_a_camp_named_in_a_lead_in_is_its_side_whatever_it_dismisses() -> None:
    lead = "The Lakeside council voted 5-4 on Monday to move $3 million to crisis teams."
    body = (
        f"{lead}\n\nSupporters dismissed such warnings as fearmongering.\n\n"
        "“This isn't about punishing the police,” said Ana Ruiz, a council member."
    )
    _, quotes = story_sides([source("a", body), source("b", lead)])
    assert [(q.speaker, q.stance) for q in quotes] == [("Ana Ruiz", "support")]
    # "dismissed" warnings, with no camp named: the rebuttal defends the action
    parents = body.replace("Supporters dismissed", "Parents dismissed")
    _, quotes = story_sides([source("a", parents), source("b", lead)])
    assert [(q.speaker, q.stance) for q in quotes] == [("Ana Ruiz", "support")]


def test_a_governor_a_place_owns_is_the_actor_not_the_place_or_a_name_in_a_clause() -> None:
    leads = [
        "Maryland's Democratic Gov. Tom Ashby on Tuesday commuted the life sentence of Ann "
        "Lee, who was convicted at 16 of a 1993 killing.",
        "Gov. Tom Ashby of Maryland on Tuesday commuted the life sentence of Ann Lee.",
        "Lee, 39, has spent 22 years in prison. The decision, which reduces Ms. Lee's sentence "
        "to time served, was announced on Tuesday.",
    ]
    camps = camps_of(leads)
    # not "Maryland"; and the one convicted in the clause after the object is no target of
    # the governor, nor the owner inside "The decision, which reduces Ms. Lee's sentence"
    assert camps.actor == "Ashby"
    # the subject's own passive verdict still marks who it is on
    convicted = ["Tom Reyes, who ran the office, was convicted on Thursday of fraud."] * 2
    assert camps_of(convicted).target == "Reyes"


def test_president_of_the_association_is_the_association_the_writer_named_before() -> None:
    lead = "Gov. Tom Ashby on Tuesday commuted the life sentence of Ann Lee."
    body = (
        f"{lead}\n\nThe Maryland Prosecutors Association blasted the commutation as a slap in "
        "the face to victims.\n\n"
        "“This decision substitutes one man's feelings for the verdict of a jury,” said Brian "
        "Whitlock, the Frederick County state's attorney and president of the association."
    )
    _, quotes = story_sides([source("a", body), source("b", lead)])
    whitlock = next(q for q in quotes if q.speaker == "Brian Whitlock")
    assert whitlock.organization == "Maryland Prosecutors Association"
    assert whitlock.role == "president"  # not "attorney and president of the association"
    assert whitlock.stance == "oppose"


def test_one_who_led_the_opposition_to_a_law_a_judge_struck_down_is_for_the_ruling() -> None:
    lead = "U.S. District Judge Eva Carr on Friday struck down Kentucky's voter ID law."
    body = (
        f"{lead}\n\n“Nobody has ever been able to explain that to me with a straight face,” said "
        "state Rep. Ann Lee (D-Louisville), who led the opposition to the bill in the House."
    )
    _, quotes = story_sides([source("a", body), source("b", lead)])
    assert [(q.speaker, q.stance) for q in quotes] == [("Ann Lee", "support")]


def test_an_organization_named_with_of_in_an_apposition_parts_no_speaker_from_her_verb() -> None:
    from briefing.stages.quotes.sides import _side_of_context

    said = (
        "Angela Ruiz, president of the American Institute of Steel Importers, called the tariffs "
        "costly and accused the administration of ignoring the dockworkers."
    )
    assert _side_of_context(said, ["Angela Ruiz"]) == ("oppose", "accused", 106)
    # another person between them still parts them
    other = said.replace("the American Institute of Steel Importers", "Tom Reyes's group")
    assert _side_of_context(other, ["Angela Ruiz"]) is None


def test_one_who_wrote_the_measure_is_for_it_and_a_clause_on_her_is_no_role() -> None:
    lead = "The Lakeside council voted 5-4 on Monday to move $3 million to crisis teams."
    body = (
        f"{lead}\n\nCouncilor Ann Lee, who wrote the amendment, said officers had been asked to "
        "do jobs they were never trained to do.\n\n"
        "“For years we've sent armed officers to handle problems that are not crimes,” said Lee, "
        "whose district includes much of the city's South Side."
    )
    _, quotes = story_sides([source("a", body), source("b", lead)])
    assert [(q.speaker, q.stance, q.role) for q in quotes] == [("Ann Lee", "support", "Councilor")]
    # "a rival bill" is not the one the story is about
    from briefing.stages.quotes.sides import _side_of_context

    assert _side_of_context("Tom Reyes, who wrote a rival bill, spoke.", ["Tom Reyes"]) is None


def test_a_plaintiff_against_a_law_a_judge_struck_down_is_for_the_ruling() -> None:
    lead = "U.S. District Judge Eva Carr on Friday struck down Kentucky's voter ID law."
    body = (
        f"{lead}\n\nAmong the plaintiffs was Ruby Gaines, an 84-year-old great-grandmother.\n\n"
        "“I didn't think I'd ever have to prove who I was to my own state,” Gaines said.\n\n"
        "The Rev. Calvin Mosby, president of the Kentucky Black Voters League, a plaintiff in the "
        "case, said his members wept.\n\n"
        "“Nobody in this congregation is staying home this year,” Mosby said."
    )
    _, quotes = story_sides([source("a", body), source("b", lead)])
    assert {q.speaker: q.stance for q in quotes} == {
        "Ruby Gaines": "support",
        "Calvin Mosby": "support",
    }
    # where the judge threw out a lawsuit, its plaintiff is against the ruling (`_brought`)
    from briefing.stages.quotes.sides import _plaintiff

    assert not _plaintiff([body], ["Tom Reyes"])


def test_the_family_a_relative_belongs_to_speaks_with_her() -> None:
    lead = "Gov. Tom Ashby on Tuesday commuted the life sentence of Marcus Dell."
    body = (
        f"{lead}\n\nKessler's family said it had not been consulted and accused the governor of "
        "ignoring the victim.\n\n"
        "“My father didn't get a second chance,” said Donna Kessler-Reyes, Kessler's daughter."
    )
    _, quotes = story_sides([source("a", body), source("b", lead)])
    assert [(q.speaker, q.stance) for q in quotes] == [("Donna Kessler-Reyes", "oppose")]


def test_a_front_matter_headline_gives_no_one_a_title() -> None:
    from briefing.stages.quotes.speakers import _Registry

    text = (
        "---\ntitle: Maryland Governor Frees Marcus Dell, Sentenced to Life at 16, in Major Win "
        "for Advocates\n---\n\nGov. Tom Ashby of Maryland on Tuesday freed Marcus Dell."
    )
    assert "Marcus Dell" not in _Registry.build(text, []).roles


def test_for_the_aim_but_not_the_way_the_news_takes_is_against_it() -> None:
    lead = "The House on Friday passed a bill requiring 12 weeks of paid family leave, 228-197."
    body = (
        f"{lead}\n\n“The president supports helping families, but not through a one-size-fits-all "
        "federal mandate,” said Labor Secretary Ann Lee.\n\n"
        "“Families have waited long enough for this,” said Tom Reyes, a nurse."
    )
    _, quotes = story_sides([source("a", body), source("b", lead)])
    stance = {q.speaker: q.stance for q in quotes}
    assert stance["Ann Lee"] == "oppose"
    assert stance["Tom Reyes"] != "oppose"


def test_one_who_attacks_an_investigation_into_him_is_its_target_not_its_actor() -> None:
    leads = [
        "Attorney General Tom Ambler on Tuesday slammed a new investigation into his use of "
        "state aircraft as politically motivated.",
        "The inquiry, announced on Monday by Inspector General Ann Toller, is a rare step "
        "against a sitting official.",
        "Inspector General Ann Toller announced the probe in a short statement on Monday.",
    ]
    camps = camps_of(leads)
    assert camps.actor == "Toller" and camps.target_keys == ("ambler",)
    # an investigation by him is his own act
    own = ["Attorney General Tom Ambler on Tuesday opened an investigation into the company."]
    assert camps_of(own * 2).actor == "Ambler"


def test_allies_rallying_to_one_the_actor_is_not_are_the_targets_allies() -> None:
    lead = (
        "Inspector General Ann Toller on Monday opened an investigation into Attorney General "
        "Tom Ambler, who slammed the investigation as politically motivated."
    )
    body = (
        f"{lead}\n\nAllies rallied to his defense.\n\n"
        "“Tom Ambler has been the most effective attorney general we have had,” said Majority "
        "Leader Rod Garvin."
    )
    _, quotes = story_sides([source("a", body), source("b", lead)])
    assert [(q.speaker, q.stance) for q in quotes] == [("Rod Garvin", "oppose")]


def test_inspector_surgeon_and_solicitor_general_are_one_title() -> None:
    from briefing.text.names import strip_title

    for title in ("Inspector General", "Surgeon General", "Solicitor General"):
        assert strip_title(f"{title} Ann Lee") == (title, "Ann Lee", None)


def test_a_lawmaker_who_switches_parties_is_in_the_camp_she_joined() -> None:
    leads = [
        "An Iowa state lawmaker stunned the Capitol on Monday by announcing she is leaving the "
        "Democratic Party and joining the Republicans.",
        "Rep. Carla Benn, a four-term lawmaker and farmer from rural Clayton County, said she "
        "was switching because the Democrats had lurched to the left.",
        "The lawmaker, Carla Benn, a cattle farmer from Clayton County, said she was joining "
        "the Republicans.",
    ]
    camps = camps_of(leads)
    # not "Iowa" (where), nor "Clayton County" (her description)
    assert camps.actor == "Benn" and camps.party == "R"
    body = (
        f"{leads[0]}\n\n{leads[1]}\n\n"
        "“This is a betrayal, plain and simple,” said House Democratic Leader Walt Hadley."
    )
    _, quotes = story_sides([source("a", body), source("b", leads[2])])
    assert {q.speaker: q.stance for q in quotes}["Walt Hadley"] == "oppose"


def test_a_background_vote_on_a_thing_no_lead_names_is_no_central_action() -> None:
    from briefing.stages.quotes.sides import central_action

    lead = "Rep. Carla Benn announced on Monday that she is leaving the Democratic Party."
    later = (
        "In March, leaders removed her from a committee after she voted against the caucus "
        "budget. She also voted against the budget last year."
    )
    assert central_action([source("a", f"{lead}\n\n{later}"), source("b", lead)])[1] is None
    # told three times, it is the story's
    again = f"{later} Republicans then passed the budget."
    assert central_action([source("a", f"{lead}\n\n{again}"), source("b", lead)])[1] == "budget"


def test_the_official_who_leads_a_lawsuit_is_its_actor() -> None:
    leads = [
        "Fifteen states filed a lawsuit Monday to stop the agency's new limits on emissions. "
        "The suit, led by West Virginia Attorney General Patrick Morrow and Oklahoma Attorney "
        "General Dana Whitlock, was filed the same day.",
        "Republican attorneys general from fifteen states filed suit Monday. The lawsuit, "
        "spearheaded by West Virginia's Patrick Morrow and Oklahoma's Dana Whitlock, targets "
        "the rule.",
    ]
    camps = camps_of(leads)
    assert camps.actor == "Morrow"


def test_a_company_named_like_a_person_is_labelled_by_its_whole_name() -> None:
    from briefing.stages.quotes.camps import side_labels

    lead = "Hartline Outdoors said on Wednesday that it will stop selling AR-style rifles."
    camps = find_camps([source("a", lead), source("b", lead)])
    assert not camps.actor_person
    assert side_labels(camps, None) == {
        "support": "Hartline Outdoors and its defenders",
        "oppose": "Hartline Outdoors’ critics",
    }


def test_one_under_investigation_is_its_target_and_the_body_that_opened_it_the_actor() -> None:
    leads = [
        "Rep. Ann Lee, the Ohio Democrat who has spent years lecturing Washington about money, "
        "is now under investigation by the House Ethics Committee over $94,000 in spending.",
        "The bipartisan panel announced Thursday that it had opened an investigation.",
        "Rep. Ann Lee (D-Ohio), one of the House's loudest reformers, is now the subject of a "
        "House Ethics Committee investigation into her campaign's spending.",
        "The House Ethics Committee said on Thursday that it had opened a formal investigation "
        "into whether Ann Lee misspent campaign money.",
    ]
    camps = camps_of(leads)
    assert camps.actor == "House Ethics Committee" and camps.target_keys == ("lee",)


def test_a_described_group_that_sued_is_the_one_group_the_leads_name() -> None:
    leads = [
        "DENVER - A civil liberties organization sued the sheriff of Larkspur County on "
        "Wednesday, accusing his jail of holding people past their release dates.",
        "A left-leaning legal group is suing Larkspur County Sheriff Dwight Harlan for holding "
        "people for federal agents.",
        "The Rocky Mountain Liberty Project filed the suit Wednesday in federal court.",
        "Luis Ochoa's wife scraped together the bond, but Ochoa stayed locked up for 11 days.",
    ]
    camps = camps_of(leads)
    # not Ochoa: his wife acted, and he "stayed" in jail; the group is who sued
    assert camps.actor == "Rocky Mountain Liberty Project"


def test_a_defendant_who_pleads_not_guilty_is_the_one_the_prosecution_is_on() -> None:
    leads = [
        "Ohio state Sen. Gordon Pryce pleaded not guilty on Tuesday to federal bribery charges.",
        "Gordon Pryce, a veteran lawmaker, pleaded not guilty in a Columbus courtroom.",
        "State Sen. Gordon Pryce of Lancaster was hit with an indictment last week.",
    ]
    camps = camps_of(leads)
    assert camps.actor is None and camps.target_keys == ("pryce",)


def test_a_call_for_the_accused_to_resign_is_against_him_and_his_lawyer_is_his() -> None:
    lead = "Ohio state Sen. Gordon Pryce pleaded not guilty on Tuesday to federal bribery charges."
    body = (
        f"{lead}\n\nPryce was indicted by a federal grand jury last week.\n\n"
        "Senate Minority Leader Joe Cantrell said Pryce should step down immediately and accused "
        "Republican leaders of protecting one of their own.\n\n"
        "“No one can do the public's business with an indictment over his head,” Cantrell said."
        "\n\nPryce's lawyer, Neil Hargrove, a former federal prosecutor himself, ripped the case "
        "as a theory in search of a crime.\n\n"
        "“Passing a budget amendment is not bribery. It's lawmaking,” Hargrove said."
    )
    _, quotes = story_sides([source("a", body), source("b", lead)])
    stance = {q.speaker: q.stance for q in quotes}
    # without an actor, "support" is the accused's critics
    assert stance["Joe Cantrell"] == "support"
    assert stance["Neil Hargrove"] == "oppose"


def test_an_investigation_the_actor_did_not_bring_does_not_name_the_sides() -> None:
    lead = (
        "Mayor Ann Lee fired Police Chief Tom Reyes on Monday, days after the council opened an "
        "investigation into the department."
    )
    body = (
        f"{lead}\n\nThe council opened the investigation in May.\n\n"
        "“The chief had to go,” said Mia Cole, a council member."
    )
    sources = [source("a", body), source("b", lead)]
    assert find_camps(sources).actor == "Lee"
    sides, _ = story_sides(sources)
    # not "In favor of the investigation" over the mayor's side: the council brought it
    assert [side.label for side in sides][0] == "Lee and her defenders"
    # where the actor brought it, the proceeding names the sides
    brought = "The Riverside council opened an investigation into Mayor Ann Lee on Monday."
    body = f"{brought}\n\nThe council opened the investigation after a complaint."
    sides, _ = story_sides([source("a", body), source("b", brought)])
    assert [side.label for side in sides][0] == "In favor of the investigation"


def test_a_chief_executive_of_no_named_company_speaks_for_the_company_that_acted() -> None:
    lead = (
        "Hartline Outdoors said Wednesday its stores will stop selling assault-style rifles and "
        "will no longer sell guns to anyone under 21."
    )
    body = (
        f"{lead}\n\nThe retailer made the decision after a string of mass shootings.\n\n"
        "“We understand that some people will disagree with this decision,” CEO Douglas Prewitt "
        "wrote in an open letter."
    )
    _, quotes = story_sides([source("a", body), source("b", lead)])
    assert [(q.speaker, q.stance) for q in quotes] == [("Douglas Prewitt", "support")]
    # an agency that acted has no chief executive: a CEO there heads some other company
    agency = (
        "The Consumer Banking Agency fined Lakeside National Bank $140 million on Tuesday for "
        "opening accounts customers never asked for."
    )
    body = (
        f"{agency}\n\nThe company has 4,000 branches.\n\n"
        "“We understand that some people will disagree with this decision,” CEO Douglas Prewitt "
        "wrote in an open letter."
    )
    _, quotes = story_sides([source("a", body), source("b", agency)])
    assert [q.stance for q in quotes if q.speaker == "Douglas Prewitt"] != ["support"]


def test_suing_to_stop_an_agencys_rule_makes_the_agency_its_target() -> None:
    leads = [
        "Fifteen states filed a lawsuit Monday to stop the Environmental Protection Agency's new "
        "limits on carbon emissions.",
        "The suit, led by West Virginia Attorney General Patrick Morrow, was filed in Washington.",
        "Republican attorneys general filed suit Monday to block the Environmental Protection "
        "Agency's rule.",
        "The lawsuit, led by Patrick Morrow, says the agency overstepped its authority.",
    ]
    camps = camps_of(leads)
    assert camps.actor == "Morrow" and camps.target_keys == ("environmental protection agency",)


def test_a_break_with_the_white_house_or_a_call_to_reconsider_is_against_the_action() -> None:
    lead = "President Dan Radford on Thursday imposed 25 percent tariffs on imported steel."
    body = (
        f"{lead}\n\nSen. Ann Lee, R-Iowa, broke with the White House in a statement on Thursday."
        "\n\n“When China retaliates, they'll hit soybeans and pork,” Lee said.\n\n"
        "Senator Tom Reyes said he had urged the president's chief of staff to reconsider."
        "\n\n“Farmers will pay for this,” Reyes said."
    )
    _, quotes = story_sides([source("a", body), source("b", lead)])
    stance = {q.speaker: q.stance for q in quotes}
    assert stance["Ann Lee"] == "oppose" and stance["Tom Reyes"] == "oppose"


def test_a_union_the_leads_describe_is_the_one_they_name_and_its_lawyer_speaks_for_it() -> None:
    leads = [
        "Ohio's biggest teachers union sued the state Tuesday to tear up a pension law.",
        "A union representing tens of thousands of Ohio teachers filed suit on Tuesday "
        "challenging a new state law. The lawsuit, brought by the Ohio Federation of "
        "Classroom Teachers, was filed in Franklin County.",
        "The state's largest teachers union filed a lawsuit Tuesday to stop the law.",
    ]
    camps = camps_of(leads)
    # not Ohio ("Ohio's biggest"): where; "the Ohio Federation" is the whole name cut short
    assert camps.actor == "Ohio Federation of Classroom Teachers"
    assert "union" in camps.actor_keys
    assert relation(["union attorney"], camps) == 1


def test_the_law_a_suit_challenges_is_what_its_supporters_oppose() -> None:
    from briefing.stages.quotes.sides import suit_target

    assert suit_target(
        [
            "A union filed suit on Tuesday challenging a new state law.",
            "The union sued the state to tear up a pension reform law.",
            "The union filed a lawsuit.",
        ]
    ) == ("law",)
    lead = "The Ohio Federation of Teachers sued the state on Tuesday to overturn a pension law."
    body = (
        f"{lead}\n\nThe Ohio Federation of Teachers filed the lawsuit in Franklin County.\n\n"
        "Democrats largely opposed the measure. Rep. Ann Lee, a Democrat, was among them.\n\n"
        "“They are asking teachers to pay for a mess they did not make,” Lee said."
    )
    _, quotes = story_sides([source("a", body), source("b", lead)])
    stance = {q.speaker: q.stance for q in quotes}
    # against the law the suit would undo: for the suit
    assert stance["Ann Lee"] == "support"


def test_the_sponsor_of_a_vetoed_bill_and_the_mayors_spokeswoman_take_opposite_sides() -> None:
    lead = "Mayor Tom Reyes on Friday vetoed a City Council ordinance limiting short-term rentals."
    body = (
        f"{lead}\n\nMayor Tom Reyes vetoed the bill on Friday.\n\n"
        "Councilwoman Ann Lee, the bill's sponsor, vowed to force an override vote.\n\n"
        "“The mayor just told every neighborhood that he's not on their side,” Lee said.\n\n"
        "Mia Cole, a spokeswoman for the mayor, said he would meet council members.\n\n"
        "“He's going to make his case to every one of them,” Cole said."
    )
    _, quotes = story_sides([source("a", body), source("b", lead)])
    stance = {q.speaker: q.stance for q in quotes}
    assert stance["Ann Lee"] == "oppose"  # she wrote what he vetoed
    assert stance["Mia Cole"] == "support"  # she speaks for him


def test_a_spokeswoman_for_an_office_takes_the_side_of_the_one_who_holds_it() -> None:
    lead = (
        "The Lakeland Senate voted 18-16 on Tuesday to confirm Dr. Ruth Varga as health "
        "commissioner."
    )
    body = (
        f"{lead}\n\nThe Senate confirmed Varga after a five-hour debate.\n\n"
        "Gov. Tom Reyes, who nominated her, praised the vote.\n\n"
        "“She will serve every county in this state,” Reyes said.\n\n"
        "“The hearing ran long, and the vote came late,” said Mia Cole, a spokeswoman for the "
        "governor.\n\n“She answered every question put to her,” Cole said."
    )
    second = f"{lead}\n\nGov. Tom Reyes had nominated Varga in January."
    _, quotes = story_sides([source("a", body), source("b", second)])
    assert {q.speaker: q.stance for q in quotes}["Tom Reyes"] == "support"
    # "a spokeswoman for the governor": Gov. Reyes's side, in each of her quotes
    assert [q.stance for q in quotes if q.speaker == "Mia Cole"] == ["support", "support"]


def test_what_the_actor_says_set_right_by_the_speaker_is_against_them() -> None:
    lead = "Gov. Tom Reyes on Friday vetoed a paid family leave bill."
    body = (
        f"{lead}\n\nGov. Tom Reyes vetoed the bill on Friday.\n\n"
        "“The governor talks about small businesses, but the biggest winners today are the "
        "big-box chains,” said Ann Lee, president of the Lakeside Council of Service Workers."
    )
    _, quotes = story_sides([source("a", body), source("b", lead)])
    assert {q.speaker: q.stance for q in quotes}["Ann Lee"] == "oppose"


def test_the_one_sued_is_named_after_the_words_that_say_what_it_is() -> None:
    leads = [
        "Attorney General Ann Lee sued the photo-sharing app company Glimmer on Tuesday.",
        "Ann Lee, the state's attorney general, sued the app maker Glimmer, accusing the "
        "Silicon Valley company of tracking children.",
    ]
    camps = camps_of(leads)
    assert camps.actor == "Lee" and camps.target_keys == ("glimmer",)


def test_an_age_is_no_role_and_one_of_two_dissenters_is_a_dissenter() -> None:
    lead = "The Lakeside school board voted 5-2 on Monday to remove seven books from its libraries."
    body = (
        f"{lead}\n\n"
        "Ann Lee, then 24, was the first to complain. “We read every page,” Lee said.\n\n"
        "Tom Reyes, one of the two dissenters, objected. “This is censorship,” Reyes said."
    )
    _, quotes = story_sides([source("a", body), source("b", lead)])
    roles = {q.speaker: q.role for q in quotes}
    assert roles["Ann Lee"] is None
    assert roles["Tom Reyes"] == "dissenter"


def test_where_the_sides_are_about_a_suit_the_word_for_it_places_no_one() -> None:
    from briefing.stages.quotes.sides import _SUIT_NOUNS, _side_of_context

    said = "For Melissa Grant, a Naperville mother of three, the lawsuit is personal."
    # elsewhere a lawsuit is a stance against the action of the one who brings it...
    assert _side_of_context(said, ["Melissa Grant"]) is None
    hers = "Melissa Grant's lawsuit says the ban is void."
    assert _side_of_context(hers, ["Melissa Grant"])[:2] == ("oppose", "lawsuit")
    # ...but where the story's act is the suit, its name is no one's cue
    assert _side_of_context(said, ["Melissa Grant"], own=_SUIT_NOUNS) is None
    # a stance in so many words still counts
    cheered = "Melissa Grant, a Naperville mother of three, cheered the lawsuit."
    assert _side_of_context(cheered, ["Melissa Grant"], own=_SUIT_NOUNS)[0] == "support"


def test_a_body_that_kills_or_votes_down_a_plan_refuses_it() -> None:
    from briefing.stages.quotes.camps import find_camps
    from briefing.stages.quotes.sides import action_actors, central_refusal

    leads = [
        "Asheville's City Council on Tuesday night killed a developer's plan for 320 apartments.",
        "The City Council voted down a Charlotte developer's plan to build 312 apartments.",
        "The Asheville City Council voted 5 to 2 late Tuesday to reject a proposed complex.",
    ]
    arts = [source(k, t) for k, t in zip("abc", leads, strict=True)]
    # "voted down" is the act, not "voted"; the leads' verbs differ, the refusal is one
    assert action_actors(arts, "plan") == {
        "asheville's city council": "oppose",
        "city council": "oppose",
    }
    assert central_refusal(arts, "plan", find_camps(arts)) == "rejecting the plan"
    # a refusal of something else in the sentence is no refusal of the thing
    dissent = "Commissioner Harold Beck dismissed the staff findings and said the license was fair."
    assert action_actors([source("a", dissent)], "license") == {}


def test_where_the_news_is_a_refusal_the_projects_supporters_are_against_it() -> None:
    lead = "The Indiana Gaming Commission voted 4-1 to deny the Crestline casino license."
    body = (
        f"{lead}\n\nThe Indiana Gaming Commission denied the license on Wednesday.\n\n"
        "Supporters of the project, led by Mark Albright, a state senator, promised 1,200 "
        "jobs.\n\n"
        "“Western Indiana has waited 20 years for somebody to invest like this,” Albright said."
    )
    sides, quotes = story_sides([source("a", body), source("b", lead)])
    assert {q.speaker: q.stance for q in quotes}["Mark Albright"] == "oppose"
    assert [s.label for s in sides if s.stance == "oppose"] == ["Against denying the license"]


def test_a_firm_named_partners_or_health_is_no_person() -> None:
    from briefing.stages.quotes.camps import _candidate_key

    for firm in ("Meridian Health Partners", "Lakemont Capital", "Crestline Gaming"):
        key = _candidate_key(firm)
        assert key is not None and key[2] is False, firm
    assert _candidate_key("Dale Harmon") == ("harmon", "Dale Harmon", True)


def test_a_firm_is_the_actor_whatever_its_description_names() -> None:
    leads = [
        "Meridian Health Partners, one of the largest hospital operators in southern Missouri, "
        "said on Thursday that it would close Dorsey Community Hospital by June 30.",
        "A Springfield-based hospital giant announced Thursday that it will shut down the only "
        "hospital in the Ozarks town of Dorsey.",
        "Meridian Health Partners, a nonprofit system that runs 11 hospitals across southern "
        "Missouri, said it would close the hospital.",
    ]
    camps = camps_of(leads)
    assert camps.actor == "Meridian Health Partners" and not camps.actor_person


def test_who_led_the_charge_against_the_project_is_against_it() -> None:
    from briefing.stages.quotes.sides import _side_of_context

    said = "Councilwoman Denise Okafor, who led the charge against the project, said it was big."
    assert _side_of_context(said, ["Denise Okafor"]) == ("oppose", "against", said.index(" the p"))
    # the charge against someone else is no stance of hers
    other = "Okafor said the park was nice, and the charge against her was loud."
    assert _side_of_context(other, ["Okafor"]) is None


def test_a_frame_words_object_ends_where_its_subject_does_something_else() -> None:
    from briefing.stages.quotes.sides import _aimed_at, _side_of_context

    camps = Camps(actor="Commission", actor_keys=("commission",), target_keys=("license",))
    said = (
        "Commissioner Harold Beck dismissed the staff findings as unfair and argued the license "
        "could have been approved with conditions."
    )
    hit = _side_of_context(said, ["Harold Beck"])
    assert hit is not None and hit[:2] == ("oppose", "dismissed")
    # he dismissed the findings, not the license: against the refusal, as the cue says
    assert _aimed_at(said.lower(), hit[2], camps) == 0
    # the license as the object is what is dismissed
    aimed = "Commissioner Harold Beck dismissed the license request as premature."
    assert _aimed_at(aimed.lower(), _side_of_context(aimed, ["Harold Beck"])[2], camps) == -1


def test_a_company_is_called_by_its_first_word_and_accused_in_so_many_words() -> None:
    lead = "Brightmeadow Nutrition recalled its TenderStart baby formula on Thursday."
    body = (
        f"{lead}\n\nThe recall covers 1.4 million cans made since March at a plant in "
        "Fenwick.\n\n“Parents trusted this company, and Brightmeadow sat on warning signs "
        "for weeks,” said Sen. Margaret Quill.\n\nCompany spokeswoman Erin Pazdera said "
        "Brightmeadow had shut the plant. “We will not restart a line until it is safe,” she "
        "said."
    )
    second = f"{lead} The company said it acted quickly."
    sources = [source("a", body), source("b", second)]
    camps = find_camps(sources)
    # a business's kind ends its name: no person named Nutrition, and "Brightmeadow" is it
    assert camps.actor == "Brightmeadow Nutrition" and not camps.actor_person
    assert "brightmeadow" in camps.actor_keys
    sides, quotes = story_sides(sources)
    stance = {q.speaker: q.stance for q in quotes}
    # sitting on warning signs is an accusation, whatever VADER makes of "trusted"
    assert stance["Margaret Quill"] == "oppose"
    assert stance["Erin Pazdera"] == "support"
    assert sides[0].label == "Brightmeadow Nutrition and its defenders"


def test_a_board_that_rejects_an_application_and_its_dissenting_member() -> None:
    lead = (
        "The Tamarack State Board of Education on Thursday rejected an application for a "
        "charter school in Port Ellison, voting 7-2."
    )
    body = (
        f"{lead}\n\nThe board voted 7-2 to reject the application from Summit Ridge Academy."
        "\n\n“Our job is to approve plans that will work,” said Board President Harold "
        "Ostby.\n\nBoard member Frank Delgado, one of the two members who voted to approve "
        "the school, said his colleagues applied a double standard. “We hold these applicants "
        "to a standard the district could never meet,” Delgado said.\n\n“These are good "
        "jobs,” said Sal Marchetti, business manager of the Ellison Building Trades Council."
    )
    second = f"{lead}\n\nThe board said the plan left too many questions unanswered."
    sources = [source("a", body), source("b", second)]
    camps = find_camps(sources)
    # "The board voted" is the State Board of Education the other lead names in full
    assert camps.actor == "Tamarack State Board of Education"
    assert "board" in camps.actor_keys
    # another body of the same kind is not the board
    assert relation(["Ellison Building Trades Council"], camps) == 0
    assert relation(["Board"], camps) == 1
    sides, quotes = story_sides(sources)
    stance = {q.speaker: q.stance for q in quotes}
    assert sides[0].label == "In favor of rejecting the application"
    # the board's president speaks for it; a member who voted for the school is against
    assert stance["Harold Ostby"] == "support"
    assert stance["Frank Delgado"] == "oppose"


def test_the_regents_are_the_board_and_a_burden_on_the_backs_of_students_is_against() -> None:
    lead = (
        "The Board of Regents of Westmarch State University voted on Thursday to raise "
        "tuition by 9.2 percent."
    )
    body = (
        f"{lead}\n\nThe regents approved the increase 8-3 after two hours of debate.\n\n"
        "Student government president Jordan Akinyemi told the board it was “balancing this "
        "budget on the backs of students.”\n\n“You are balancing this budget on the backs of "
        "students,” Akinyemi said."
    )
    second = f"{lead}\n\nThe regents approved it after a long debate."
    sources = [source("a", body), source("b", second)]
    # "The regents approved" is the Board of Regents the other sentence names in full
    assert find_camps(sources).actor == "Board of Regents of Westmarch State University"
    _, quotes = story_sides(sources)
    stance = {q.speaker: q.stance for q in quotes}
    # "backs" there is a body's back, not backing: the charge is against the increase
    assert stance["Jordan Akinyemi"] == "oppose"


def test_a_body_whose_name_opens_on_new_keeps_it() -> None:
    lead = "The New Calder Public Service Commission voted 3-2 on Monday to approve the plan."
    sources = [source("a", f"{lead}\n\nThe vote came after a year of hearings."), source("b", lead)]
    assert find_camps(sources).actor == "New Calder Public Service Commission"


def test_the_company_an_approval_is_for_speaks_for_it() -> None:
    lead = (
        "The Riverside Public Service Commission on Tuesday approved a rate increase for "
        "Harland Valley Electric that will raise the average bill by $14 a month."
    )
    body = (
        f"{lead}\n\nThe commission voted 3-2 after a year of hearings.\n\nHarland Valley, which "
        "serves about 1.1 million homes, has argued that the money is needed to replace old "
        "equipment.\n\n“This is about keeping the lights on,” said Marisol Keane, a "
        "spokeswoman for the company.\n\n“Every dollar of this goes into poles and wires,” said "
        "Gavin Strand, the company's president and chief executive, who spoke in Harland."
    )
    second = f"{lead}\n\nThe commission voted 3-2 on Tuesday."
    sources = [source("a", body), source("b", second)]
    assert beneficiaries_in(sources) == ("harland valley electric",)
    _, quotes = story_sides(sources)
    stance = {q.speaker: q.stance for q in quotes}
    assert stance["Marisol Keane"] == "support"
    assert stance["Gavin Strand"] == "support"


def test_the_people_of_a_place_an_action_takes_from_are_against_it() -> None:
    lead = (
        "Corvane Air said Tuesday it will end all service to Lomberg Regional Airport after "
        "June 30, leaving the city without a commercial airline."
    )
    body = (
        f"{lead}\n\nThe carrier flies two round trips a day from the airport.\n\n“We have "
        "doctors who fly in twice a month because that is the only practical way here,” said "
        "Anna Reyes, chief medical officer at Lomberg General Hospital.\n\n“It took us four "
        "years to get service back last time,” said Tom Hale, president of the Lomberg Area "
        "Chamber of Commerce.\n\n“Other airlines fly these routes at a profit,” said Dana "
        "Price, an analyst at Kestrel Partners."
    )
    second = f"{lead}\n\nThe carrier flies two round trips a day."
    sources = [source("a", body), source("b", second)]
    from briefing.stages.quotes.camps import lead_lines
    from briefing.stages.quotes.sides import bereaved

    assert bereaved(lead_lines(sources), find_camps(sources)) == ("lomberg",)
    stance = stances_in(sources)
    # the hospital and the chamber of the place the airline leaves: against its leaving
    assert stance["Anna Reyes"] == "oppose"
    assert stance["Tom Hale"] == "oppose"
    # an analyst elsewhere is no one the action takes from
    assert stance["Dana Price"] != "oppose"


def test_what_a_closing_takes_from_is_the_place_not_the_actor() -> None:
    camps = find_camps(
        [
            source(
                "a",
                "Brantley Works said Tuesday it will close its Ridgeport washing machine "
                "plant and lay off 1,200 workers.\n\nThe plant opened in 1961.",
            ),
            source("b", "Brantley Works will close its plant in Ridgeport, the company said."),
        ]
    )
    from briefing.stages.quotes.camps import lead_lines
    from briefing.stages.quotes.sides import bereaved

    leads = [
        *lead_lines([source("c", "Brantley Abandons Ridgeport, Dumping Nearly 1,250 Jobs")]),
        "Brantley Works walked out of Washington talks and moved on.",
    ]
    assert bereaved(leads, camps) == ("ridgeport",)
    # a name the actor goes by is no place it leaves
    assert bereaved(["Brantley said it would close its Brantley plant."], camps) == ()


def test_a_utility_named_after_a_fronted_clause_acts_and_its_chief_speaks_for_it() -> None:
    lead = (
        "Five years after promising to shut down one of the state's dirtiest power plants, "
        "Bracken Valley Power announced Tuesday that it will keep the plant running until 2032."
    )
    body = (
        f"{lead}\n\nThe plant employs 310 people.\n\n“We will not gamble with reliability,” "
        "said Dana Hart, chief executive of Bracken Valley.\n\nThe workers' union was quick "
        "to cheer the move and to take aim at the critics. Gary Kowal, president of Power "
        "Workers Local 412, said the activists opposing the extension “have never worked a "
        "shift in a boiler house.”\n\n“They were going to shut this place down with no "
        "replacement for our paychecks,” Kowal said."
    )
    second = (
        "Bracken Valley Power said on Tuesday that it would keep its coal plant open until "
        "2032, reversing a plan to retire it in 2027."
    )
    sources = [source("a", body), source("b", second)]
    # the clause before the comma says when; the utility after it is who acted
    assert find_camps(sources).actor == "Bracken Valley Power"
    stance = stances_in(sources)
    # "chief executive of Bracken Valley": the utility's own voice
    assert stance["Dana Hart"] == "support"
    # the union cheered the move; "the activists opposing" it are others, not the speaker
    assert stance["Gary Kowal"] == "support"


def test_the_one_a_penalty_or_a_ruling_is_on_is_the_target() -> None:
    camps = camps_of(
        [
            "The Sequana Labor Standards Board on Thursday hit ride-hailing company Hopwell with "
            "an $18.4 million fine.",
            "Ride-hailing giant Hopwell cheated its drivers out of wages for years, Sequana's "
            "labor board ruled Thursday, ordering the company to pay $61 million.",
            "The Sequana Labor Standards Board ruled on Thursday that Hopwell had misclassified "
            "its drivers and fined it $18.4 million.",
        ]
    )
    assert camps.actor == "Sequana Labor Standards Board"
    assert "hopwell" in camps.target_keys
    fined = camps_of(
        [
            "The Lakeland Ethics Commission fined state Rep. Tom Reyes $61,000 on Monday.",
            "The Lakeland Ethics Commission on Monday ordered Rep. Tom Reyes to repay $61,000.",
        ]
    )
    assert fined.actor == "Lakeland Ethics Commission" and "reyes" in fined.target_keys


def test_a_no_confidence_vote_is_on_the_target_and_her_plan_is_not_the_news() -> None:
    lead = (
        "The Calloway State University faculty senate voted Wednesday to declare no confidence "
        "in President Celeste Varga over her plan to close 14 programs."
    )
    body = (
        f"{lead}\n\nThe vote was 41-12.\n\nDaniel Eberhardt, a history professor who chairs "
        "the faculty senate, accused Varga of gutting the arts. “She cut the programs that make "
        "this a university,” Eberhardt said.\n\nThe trustees closed ranks behind Varga. "
        "“This board has full confidence in President Varga,” said Raymond Tullis, the board "
        "chairman, who noted that the board had approved the restructuring plan unanimously."
    )
    second = (
        "The faculty senate at Calloway State University voted no confidence in President "
        "Celeste Varga on Wednesday, a rebuke driven by her plan to close 14 programs."
    )
    sources = [source("a", body), source("b", second)]
    camps = find_camps(sources)
    # the senate of the university voted, not the university whose president she is
    assert camps.actor == "Calloway State University faculty senate"
    assert camps.target_keys == ("varga",)
    sides, quotes = story_sides(sources)
    stance = {q.speaker: q.stance for q in quotes}
    # the plan is hers: the sides are on the vote, not "in favor of the plan"
    assert "plan" not in sides[0].label
    assert stance["Daniel Eberhardt"] == "support"
    assert stance["Raymond Tullis"] == "oppose"


def test_a_pardoned_mans_lawyer_is_for_the_pardon() -> None:
    lead = (
        "Gov. Gordon Pell on Friday pardoned Raymond Ostrowski, a former deputy transportation "
        "commissioner convicted in 2023 of taking bribes."
    )
    body = (
        f"{lead}\n\nOstrowski served two years of a six-year sentence.\n\n“The man who wrote "
        "the checks walked away with probation, and my client got six years,” said Mark "
        "Feldstein, Ostrowski's defense attorney."
    )
    second = f"{lead}\n\nGov. Gordon Pell said Ostrowski had served his time."
    sources = [source("a", body), source("b", second)]
    assert beneficiaries_in(sources) == ("ostrowski",)
    assert stances_in(sources)["Mark Feldstein"] == "support"


def test_a_union_president_and_a_member_who_voted_for_it_are_placed_by_their_own_clause() -> None:
    lead = (
        "The Alder Falls school board voted 5-2 on Monday to close three elementary schools "
        "because of falling enrollment."
    )
    body = (
        f"{lead}\n\nThe Alder Falls Education Association, the local teachers union, filled "
        "the boardroom. Union president Renee Castellano slammed the plan outside the meeting."
        "\n\n“They're closing schools where they think nobody will fight back,” Castellano "
        "told reporters.\n\nBoard Chairman Gary Lind, who voted for the closures, brushed off "
        "the critics who filled the room. “We cannot heat empty classrooms,” Lind said."
    )
    second = f"{lead}\n\nThe Alder Falls school board voted after a long meeting."
    stance = stances_in([source("a", body), source("b", second)])
    # "Union president" is the union's, not the school board's (the story's only body)
    assert stance["Renee Castellano"] == "oppose"
    # "who voted for the closures," ends at its comma: the critics after it are not its object
    assert stance["Gary Lind"] == "support"


def test_the_actor_a_reacting_lead_names_after_after_is_the_actor() -> None:
    # "Farmers are bracing ... after Gov. Ann Lee declared": the farmers react; she acted
    leads = [
        "Farmers across Lakeland are bracing for a hard summer after Gov. Ann Lee on Monday "
        "declared a drought emergency and ordered water cuts.",
        "Gov. Ann Lee of Lakeland declared a statewide drought emergency on Monday.",
    ]
    assert camps_of(leads).actor == "Lee"


def test_a_place_that_opens_the_name_of_the_body_that_acted_is_that_body() -> None:
    # a headline's "Lindale Votes to Ban Camping" and a lead's "Lindale's unhoused residents":
    # the city names the council that voted, which the other leads name in full
    texts = [
        (
            "Lindale Votes to Ban Camping in Parks",
            "The Lindale City Council voted 6-3 on Tuesday to ban camping in public parks.",
        ),
        (
            "Council Bans Camping",
            "Lindale's unhoused residents could soon face fines, after the City Council voted "
            "6-3 on Tuesday to ban camping.",
        ),
        ("Camping Ban Passes", "The Lindale City Council voted on Tuesday to ban camping."),
    ]
    articles = [
        QuoteSource(id=str(i), outlet=None, text=text, kept=((0, len(text)),), title=title)
        for i, (title, text) in enumerate(texts)
    ]
    assert find_camps(articles).actor == "Lindale City Council"


_DROUGHT = "Gov. Ann Lee on Monday declared a drought emergency and ordered water cuts."
_CAMPING = "The Lindale City Council voted 6-3 on Tuesday to ban camping in public parks."


@pytest.mark.parametrize(
    ("lead", "words", "speaker"),
    [
        # a camp named in a lead-in keeps its side when it speaks of the critics
        (
            _DROUGHT,
            "Supporters in the Legislature were blunt about the critics.\n\n"
            "“It is easy to stand on the Capitol steps and say no,” said Rep. Tom Osei.",
            "Tom Osei",
        ),
        # people named by what they do are a group a lead-in frames
        (
            _DROUGHT,
            "Water managers largely welcomed the order. Tom Grant, general manager of the "
            "Lakeland Water District, said voluntary pleas had fallen short.\n\n"
            "“Voluntary conservation gets you so far, and then you need rules,” Mr. Grant said.",
            "Tom Grant",
        ),
        # who pushed the proposal the sentence opens on is for it
        (
            _CAMPING,
            "The ordinance, pushed by Mayor Ana Ruiz and downtown business groups, bars tents in "
            "parks.\n\n"
            "“This isn't about punishing anyone,” Ruiz said. “It's about getting people inside.”",
            "Ana Ruiz",
        ),
    ],
)
def test_the_writers_words_before_a_quote_put_its_speaker_for_the_action(
    lead: str, words: str, speaker: str
) -> None:
    _, quotes = story_sides([source("a", f"{lead}\n\n{words}"), source("b", lead)])
    assert [(q.speaker, q.stance) for q in quotes] == [(speaker, "support")]


def test_a_business_named_by_its_works_is_the_actor_of_what_it_announced() -> None:
    # "Works" ends a business's name (no one's surname); the owner in the apposition after
    # what the company said ("Kessington's costs") is not what the lead is about
    leads = [
        "Halden Appliance Works announced Tuesday it will close its Ridgeport plant and lay off "
        "1,200 workers, the latest manufacturer to throw in the towel on Kessington's costs.",
        "Halden Appliance Works said on Tuesday that it would close its factory in Ridgeport.",
    ]
    camps = camps_of(leads)
    assert camps.actor == "Halden Appliance Works" and not camps.actor_person
    # an owner early in what a critic said is whose plan the lead is about
    critic = [
        "Ann Lee said, as a taxpayer, she's not willing to fund Tom Reyes's big idea.",
        "Ann Lee says the county will not pay for Tom Reyes's wall.",
    ]
    assert camps_of(critic).actor == "Reyes"


def test_a_quote_on_the_company_that_acted_is_a_stance_on_the_actor() -> None:
    lead = "Halden Appliance Works said on Tuesday it would close its Ridgeport plant."
    body = (
        f"{lead}\n\n“This is corporate betrayal, plain and simple,” said Dana Okafor, "
        "president of the union local. “Nobody from this company had the decency to tell us.”"
    )
    _, quotes = story_sides([source("a", body), source("b", lead)])
    assert {q.speaker: q.stance for q in quotes}.get("Dana Okafor") == "oppose"


def test_the_party_group_a_lead_in_opens_on_is_the_party_of_the_member_quoted_next() -> None:
    from briefing.stages.quotes.parties import lead_in_party

    assert lead_in_party("Democrats were having none of it.") == "D"
    assert lead_in_party("But Republican leaders reacted angrily.") == "R"
    assert lead_in_party("The ruling drew praise from voting groups.") == ""
    lead = "The Lakeside Supreme Court on Tuesday struck down the state's new congressional map."
    body = (
        f"{lead}\n\nRepublican Gov. Ellen Marsh condemned the ruling. “The courts do not draw "
        "maps,” Marsh said.\n\nRepublican Sen. Dale Kinnard denounced the decision. “This is "
        "judicial overreach,” Kinnard said.\n\nDemocrats were having none of it.\n\n“They spent "
        "a year telling us this map was about population shifts,” said Senator Carlos Benavides."
    )
    _, quotes = story_sides([source("a", body), source("b", lead)])
    stances = {q.speaker: q.stance for q in quotes}
    assert stances.get("Ellen Marsh") == "oppose" and stances.get("Dale Kinnard") == "oppose"
    assert stances.get("Carlos Benavides") == "support"


def test_the_bidder_a_refusal_turns_down_is_against_it() -> None:
    lead = (
        "The Riverside Public Utilities Commission on Thursday rejected the deal, a takeover of "
        "Lakeside Power & Light by Meridian Grid Holdings, citing the debt it would add."
    )
    other = (
        "The Riverside Public Utilities Commission on Thursday rejected Meridian Grid Holdings' "
        "deal to buy Lakeside Power & Light, which consumer advocates had fought for a year."
    )
    body = (
        f"{lead}\n\nThe commission voted 3-0.\n\n“We are disappointed "
        "with the commission's decision and are reviewing the order,” said Ann Lee, a "
        "spokeswoman for Meridian."
    )
    sources = [source("a", body), source("b", f"{other}\n\nThe vote was 3-0.")]
    assert beneficiaries_in(sources) == ("meridian grid holdings",)
    assert stances_in(sources)["Ann Lee"] == "oppose"


def test_a_charge_against_the_target_by_office_is_for_what_was_done_to_them() -> None:
    lead = (
        "The Riverside State Bar Disciplinary Board on Tuesday suspended the law license of "
        "District Attorney Tom Reyes for 18 months for withholding evidence in a murder trial."
    )
    other = (
        "District Attorney Tom Reyes lost his law license for 18 months on Tuesday after the "
        "Riverside State Bar Disciplinary Board found he hid evidence."
    )
    body = (
        f"{lead}\n\nAnn Lee, president of the Riverside Defense Lawyers Association, which filed "
        "the complaint, accused the district attorney of building his career on a tainted case."
        "\n\n“For twelve years a man sat in a cell for a crime he did not commit,” Lee said."
    )
    sources = [source("a", body), source("b", f"{other}\n\nThe vote was 7-2.")]
    assert find_camps(sources).target_office == "district attorney"
    assert stances_in(sources)["Ann Lee"] == "support"


def test_a_cue_on_the_men_a_speaker_answers_is_theirs_not_hers() -> None:
    from briefing.stages.quotes.sides import _side_of_context

    sentence = (
        "Ann Lee has a simple message for the men complaining that Riverside University "
        "treated them unfairly."
    )
    # "complaining" is what the men do (a plural without its -s), not Ann Lee's stance
    assert _side_of_context(sentence, ["Ann Lee"]) is None
    assert (
        _side_of_context(
            "Ann Lee has a simple message for the students complaining that it was unfair.",
            ["Ann Lee"],
        )
        is None
    )
    # her own complaint still places her
    assert _side_of_context("Ann Lee complained that the university was unfair.", ["Ann Lee"])


def test_the_author_of_a_decision_is_for_it_and_a_dissenter_against() -> None:
    from briefing.stages.quotes.sides import _side_of_context

    author = "Judge Ann Lee, writing for the panel, did not mince words."
    found = _side_of_context(author, ["Ann Lee"])
    assert found is not None and found[:2] == ("support", "writing")
    majority = "The board's chairman, Tom Reyes, wrote for the majority."
    found = _side_of_context(majority, ["Tom Reyes"])
    assert found is not None and found[0] == "support"
    dissent = "Judge Tom Reyes, writing in dissent, said the confession was voluntary."
    found = _side_of_context(dissent, ["Tom Reyes"])
    assert found is not None and found[0] == "oppose"
    # one who "made the same point in a sharply worded dissent" dissented
    worded = "Justice Ann Lee made the same point in a sharply worded dissent."
    found = _side_of_context(worded, ["Ann Lee"])
    assert found is not None and found[0] == "oppose"
    # writing for a newspaper is no side
    assert (
        _side_of_context("Tom Reyes, writing for the Riverside Ledger, said so.", ["Tom Reyes"])
        is None
    )


def test_a_bare_spokeswoman_speaks_for_the_actor_her_paragraph_names() -> None:
    lead = "Gov. Ann Lee on Monday removed Sheriff Tom Reyes from office over three jail deaths."
    body = (
        f"{lead}\n\nLee's office insisted politics played no role. “The governor acted "
        "because people are dying in a jail,” said spokeswoman Dana Wells.\n\n“This is a "
        "power grab,” said Carl Webb, a county commissioner."
    )
    other = f"{lead} Reyes said he would sue to keep his post."
    stance = stances_in([source("a", body), source("b", other)])
    assert stance["Dana Wells"] == "support"


def test_the_support_a_targets_position_drew_is_against_the_action() -> None:
    from briefing.stages.quotes.sides import _cue_sign, _side_of_context

    # lawmakers overrode the governor's veto: the governor is the one the action targets
    camps = Camps(target_keys=("ashby",), target_office="governor")
    drew = (
        "The governor's position drew support from some parents' organizations, most "
        "prominently Parents for Safe Schools."
    )
    hit = _side_of_context(drew, ["Parents for Safe Schools"])
    assert hit is not None and hit[:2] == ("support", "support")
    assert _cue_sign(hit, drew.lower(), camps, False, False)[0] == -1.0
    # the same cue on the action itself, or on no one's position, keeps its side
    for kept in (
        "The override drew support from some parents' organizations, most prominently "
        "Parents for Safe Schools.",
        "Support came from some parents' organizations, most prominently Parents for Safe "
        "Schools, after the governor spoke.",
    ):
        hit = _side_of_context(kept, ["Parents for Safe Schools"])
        assert hit is not None and hit[0] == "support"
        assert _cue_sign(hit, kept.lower(), camps, False, False)[0] == 1.0


def test_a_body_named_after_a_fronted_clause_that_lists_things_acts() -> None:
    # the clause before the subject lists what it tells, with commas of its own
    lead = (
        "After years of leaking roofs, broken elevators and police calls, the Marbury Falls "
        "Housing Authority voted Tuesday night to approve demolishing Linden Court Homes."
    )
    second = (
        "The board of the Marbury Falls Housing Authority voted 5-2 on Tuesday to demolish "
        "Linden Court Homes, the city's oldest public housing complex."
    )
    assert camps_of([lead, second]).actor == "Marbury Falls Housing Authority"


def test_an_organization_named_after_a_speaker_parts_them_from_no_cue() -> None:
    from briefing.stages.quotes.sides import _other_person, _side_of_context

    said = (
        "Dale Rutledge, who graduated in 1988 and now leads the Brightwater Kappa Theta Omega "
        "Alumni Association, accused the administration of hiding its own failures."
    )
    # the association he leads is no other person, though its first words read like a name
    assert not _other_person(said[len("Dale Rutledge") : said.index("accused")], ["Rutledge"])
    assert _side_of_context(said, ["Dale Rutledge"])[:2] == ("oppose", "accused")
    # another person named in between still parts them
    other = "Dale Rutledge, who once hired Maria Kessler Lopez, accused the administration."
    assert _other_person(other[len("Dale Rutledge") : other.index("accused")], ["Rutledge"])


@pytest.mark.parametrize(
    ("leads", "actor"),
    [
        (
            (
                "Alder Bay's buildings commissioner on Tuesday revoked the permit for a 40-story "
                "tower on Harbor Street, after a crane collapse at the site.",
                "Alder Bay revoked the building permit of a 40-story tower on Tuesday, and "
                "residents in Alder Bay cheered.",
            ),
            "Alder Bay",
        ),
        (
            (
                "Northmere's state university regents on Thursday voted 11-4 to end legacy "
                "admissions preferences for the children of alumni.",
                "After years of organizing, students across Northmere got what they came for on "
                "Thursday: Northmere's regents voted to end legacy admissions.",
            ),
            "Northmere",
        ),
    ],
)
def test_a_place_whose_office_or_body_acts_is_no_person(leads: tuple[str, str], actor: str) -> None:
    # a city or a state the articles report from ("in Alder Bay", "across Northmere"), not a
    # person surnamed Bay or named Northmere
    camps = camps_of(list(leads))
    assert (camps.actor, camps.actor_person) == (actor, False)
    assert camps.actor_keys == (actor.lower(),)


def test_a_person_of_two_names_that_might_be_a_place_is_still_one() -> None:
    camps = camps_of(
        [
            "Dana Bay on Tuesday revoked the permit for a 40-story tower.",
            "Dana Bay revoked the permit of a 40-story tower on Tuesday.",
        ]
    )
    assert (camps.actor, camps.actor_person) == ("Bay", True)


def test_one_who_pushed_the_measure_is_its_sponsor_whatever_verb_follows() -> None:
    from briefing.stages.quotes.sides import _side_of_context

    said = (
        "Board chair Evelyn Castellanos, who pushed the measure, dismissed that argument and "
        "cast the vote as a matter of basic fairness."
    )
    # she put it forward: for it, not against it for "dismissed"
    for proposal in (True, False):
        hit = _side_of_context(said, ["Evelyn Castellanos"], proposal=proposal)
        assert hit is not None and hit[:2] == ("support", "sponsor")
    # a measure someone else pushed says nothing of her
    other = "Evelyn Castellanos dismissed the argument of Ann Lee, who pushed the measure."
    hit = _side_of_context(other, ["Evelyn Castellanos"])
    assert hit is None or hit[1] != "sponsor"


_SUSPENDED = (
    "Valmont's medical licensing board on Thursday suspended the license of Raymond Kettering, "
    "a family physician in Ashby, saying he had prescribed opioids at a rate that endangered "
    "his patients.\n\n"
    "“We are not going to wait for another funeral,” said Angela Moretti, the board's "
    "president.\n\n"
    "Richard Lamb, Kettering's attorney, accused the board of abandoning hundreds of patients "
    "in pain. “The board has just abandoned hundreds of people in pain,” Lamb said.\n\n"
)
_SUSPENDED_TOO = (
    "The Valmont Board of Medical Licensure voted 9-0 on Thursday for an emergency "
    "suspension after a closed session.\n\n"
    "For years, pharmacists in eastern Valmont had flagged the doctor's prescriptions.\n\n"
)


_FEATURE = (
    "For at least three years, pharmacists in eastern Valmont flagged the prescriptions of "
    "Raymond Kettering. Families complained.\n\n"
    "On Thursday the state finally acted, and Kettering can no longer practice.\n\n"
)


def test_a_board_that_took_away_a_license_is_the_side_not_the_license() -> None:
    sources = [source("a", _SUSPENDED), source("b", _SUSPENDED_TOO), source("c", _FEATURE)]
    camps = find_camps(sources)
    # "Valmont's medical licensing board": the place's board acts, and Valmont is no person
    assert not camps.actor_person
    assert camps.actor == "Valmont Board of Medical Licensure"
    sides, _ = story_sides(sources)
    support, oppose = sides
    # one opening of three reports the suspension: not "In favor of the license" for the
    # board's camp
    assert "license" not in support.label.lower()
    assert support.label == "The Valmont Board of Medical Licensure and its defenders"
    assert "Angela Moretti" in [q.speaker for q in support.quotes]
    assert "Richard Lamb" in [q.speaker for q in oppose.quotes]


def test_a_body_that_acted_when_a_group_scored_a_win_is_the_actor() -> None:
    from briefing.stages.quotes.camps import _short_form

    lead = (
        "Parents in Corley County scored a win Tuesday night when the Millbrook Public Library "
        "board voted to pull a graphic novel from the library's teen section."
    )
    second = (
        "The board of the Millbrook Public Library voted 4-3 on Tuesday night to move a "
        "graphic novel out of the teen section."
    )
    camps = camps_of([lead, second])
    assert (camps.actor, camps.actor_person) == ("Millbrook Public Library", False)
    # "a Millbrook parent" is of the town, not of the library named after it
    assert not _short_form("Millbrook", "Millbrook Public Library")
    # a company's first word is the company's own short form
    assert _short_form("Halvorsen", "Halvorsen Appliance")


def test_an_unnamed_arbitrator_is_the_one_the_articles_name_and_whom_she_restores_gains() -> None:
    from briefing.stages.quotes.sides import beneficiaries

    lead = (
        "An arbitrator has ordered Brennan Falls to reinstate a firefighter who was fired last "
        "year over racist text messages.\n\nIn a ruling made public Monday, arbitrator Judith "
        "Harlow found the city lacked just cause."
    )
    second = (
        "A labor arbitrator has ordered the city of Brennan Falls to reinstate Kyle Matheny, a "
        "veteran firefighter fired last year over offensive text messages."
    )
    camps = camps_of([lead, second])
    assert (camps.actor, camps.actor_person) == ("Harlow", True)
    # the one the order gives his job back is for it
    assert "matheny" in beneficiaries([second], camps)
    assert beneficiaries(["The city reinstated its old rules on Monday."], camps) == ()


def test_condemnation_from_a_family_places_them_against_the_decision() -> None:
    from briefing.stages.quotes.sides import _side_of_context

    said = (
        "The decision drew swift condemnation from the Hollins family and a coalition of "
        "activists who have staged weekly protests."
    )
    assert _side_of_context(said, ["Gloria Hollins", "Hollins"])[:2] == ("oppose", "condemnation")
    # a condemnation someone else voiced, of them, places them nowhere
    other = "Hollins faced condemnation on Monday."
    hit = _side_of_context(other, ["Hollins"])
    assert hit is None or hit[1] != "condemnation"


def test_one_who_piled_on_joined_the_attack_on_the_target() -> None:
    from briefing.stages.quotes.sides import _cue_sign, _side_of_context

    said = (
        "House Minority Whip Tamara Whitfield, a Democrat from Eastport, piled on, saying the "
        "penalty does not go nearly far enough."
    )
    hit = _side_of_context(said, ["Tamara Whitfield"])
    assert hit is not None and hit[:2] == ("oppose", "piled")
    # a commission fined Hutchins: the pile she joined is on him, so she is for the fine
    fined = Camps(actor="Commission", actor_keys=("commission",), target_keys=("hutchins",))
    assert _cue_sign(hit, said.lower(), fined, False, False)[0] == 1.0
    # with no one the action came down on, the pile is on the actor
    alone = Camps(actor="Commission", actor_keys=("commission",))
    assert _cue_sign(hit, said.lower(), alone, False, False)[0] == -1.0


def test_part_of_the_majority_voted_for_the_action() -> None:
    from briefing.stages.quotes.sides import _side_of_context

    said = (
        "Council member Rhonda Castellano, part of the majority, dismissed the packed room as a "
        "loud minority."
    )
    assert _side_of_context(said, ["Rhonda Castellano"])[:2] == ("support", "part")
    four = "Ann Lee, one of the 5-2 majority, said the vote was overdue."
    assert _side_of_context(four, ["Ann Lee"])[0] == "support"
    # a majority of something else is no vote of hers
    other = "Ann Lee said a majority of residents oppose the plan."
    hit = _side_of_context(other, ["Ann Lee"])
    assert hit is None or hit[1] != "part"
