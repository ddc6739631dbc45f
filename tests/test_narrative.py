from __future__ import annotations

import pytest

from briefing.stages.narrative import (
    DATELINE,
    Wording,
    as_support,
    shortened,
    stand_alone,
    unbracket,
)


def test_a_leading_connective_is_cut_and_the_capital_bracketed() -> None:
    text = "However, critics, including the Fair Budget group, said the plan was rushed."
    wording = stand_alone(text)
    assert wording is not None
    assert wording.text == "[C]ritics, including the Fair Budget group, said the plan was rushed."
    assert wording.inserted + text[wording.start : wording.end] == wording.text


def test_a_causal_connective_is_cut_too() -> None:
    text = "As a result, the number of river otters has shrunk to about 400 from 5,000 in 1990."
    wording = stand_alone(text)
    assert wording is not None
    assert (
        wording.text == "[T]he number of river otters has shrunk to about 400 from 5,000 in 1990."
    )


def test_earlier_with_a_time_is_a_time_not_a_connective() -> None:
    # "Earlier this week" dates the act against the article's date: the sentence stays whole
    text = "Earlier this week, Ann Lee went against the council by closing the Lakeside pier."
    wording = stand_alone(text)
    assert wording is not None and wording.text == text
    # "Earlier," alone points back to what the article told before: it goes
    text = "Earlier, Ann Lee had closed the Lakeside pier to boats for the summer season."
    wording = stand_alone(text)
    assert wording is not None
    assert wording.text == "Ann Lee had closed the Lakeside pier to boats for the summer season."


def test_the_writers_rating_of_the_news_goes_with_the_connective() -> None:
    text = "And in a twist, Ann Lee is considering naming a Republican to the Lakeside panel."
    wording = stand_alone(text)
    assert wording is not None
    assert wording.text == "Ann Lee is considering naming a Republican to the Lakeside panel."
    # "In a move to..." is no rating: the sentence keeps it
    text = "In a move to cut costs, the Lakeside council voted to close two libraries on Monday."
    wording = stand_alone(text)
    assert wording is not None and wording.text == text


def test_for_his_part_sets_one_speaker_against_another_and_is_cut() -> None:
    text = 'For his part, Tom Reyes, the council leader, called the plan "one-sided and weak."'
    wording = stand_alone(text)
    assert wording is not None
    assert wording.text == 'Tom Reyes, the council leader, called the plan "one-sided and weak."'


def test_what_a_chamber_passed_in_a_one_bill_story_is_named_in_brackets() -> None:
    before = ["The House passed SB 12 on Friday, a bill that would fund the Lakeside parks."]
    wording = stand_alone("The House approved the plan 234-193.", before)
    assert wording is not None and wording.text == "The House approved the [SB 12] plan 234-193."
    # a plan no chamber passed may be another plan; with no bill named, nothing is added
    text = "Tom Reyes criticized the plan on Friday."
    assert stand_alone(text, before) is not None and stand_alone(text, before).text == text
    assert stand_alone("The House approved the plan 234-193.").text == (
        "The House approved the plan 234-193."
    )


def test_a_conversation_the_sentence_never_introduces_leans_on_the_one_before() -> None:
    assert stand_alone("The Lakeside mayor's office initiated the conversation.") is None
    text = "Ann Lee and Tom Reyes had a conversation about the stadium on Friday."
    assert stand_alone(text) is not None


def test_a_titled_surname_gets_the_first_name_the_article_gave() -> None:
    before = [
        "Mayor Ann Lee signed the Lakeside stadium bill on Monday.",
        "The council had passed it on Friday.",
        "Tom Reyes Jr., the host of Lakeside Radio, was banned from the station on Sunday.",
    ]
    text = "Lakeside Radio said Mr. Reyes had broken its rules, and Ms. Lee did not comment."
    wording = stand_alone(text, before)
    # the mayor is named in full where the brief opens; the host is not
    assert wording is not None
    assert wording.text == (
        "Lakeside Radio said Mr. [Tom] Reyes had broken its rules, and Ms. Lee did not comment."
    )
    assert [(at, words) for at, words in wording.inner] == [(text.index("Reyes"), "[Tom] ")]
    twice = "Lakeside Radio said Mr. Reyes had broken its rules, and Mr. Reyes did not comment."
    wording = stand_alone(twice, before)
    assert wording is not None and wording.text.count("[Tom]") == 1


def test_a_surname_alone_gets_the_first_name_but_not_where_it_names_a_team() -> None:
    before = [
        "Mayor Ann Lee signed the Lakeside stadium bill on Monday.",
        "The council had passed it on Friday.",
        "A letter addressed to Tom Reyes, a council member, was found on Sunday.",
    ]
    text = "Police said Friday that a package for Reyes was found in a Riverside mail room."
    wording = stand_alone(text, before)
    assert wording is not None
    assert wording.text == (
        "Police said Friday that a package for [Tom] Reyes was found in a Riverside mail room."
    )
    team = "Police said Friday that a package was sent to the Reyes campaign in Riverside."
    wording = stand_alone(team, before)
    assert wording is not None and "[" not in wording.text


def test_a_year_alone_does_not_say_which_thing_is_meant() -> None:
    # which ban? the sentence before said; a year and a place pin an event down
    text = "The Lakeside Wildlife Service had signaled its intention to end the 2014 ban."
    assert stand_alone(text) is None
    for text in [
        "The Lakeside Wildlife Service ended the 2014 ban on ivory imports on Friday.",
        "Tom Reyes told the Times he had misspoken at the 2008 event in Riverside.",
    ]:
        wording = stand_alone(text)
        assert wording is not None and wording.text == text, text


@pytest.mark.parametrize(
    ("before", "name"),
    [
        ("Mayor Ann Lee spoke to reporters after the vote on Monday evening.", "Ann Lee"),
        # a title and a surname name a person as "Ms. Lee" does
        ("President Lee spoke to reporters after the vote on Monday evening.", "Lee"),
        ("Sen. Lee’s staff spoke to reporters after the vote on Monday evening.", "Lee"),
    ],
)
def test_a_pronoun_subject_names_the_one_person_named_just_before(before: str, name: str) -> None:
    text = "She said the stadium would open in 2028."
    wording = stand_alone(text, [before])
    assert wording is not None and wording.text == f"[{name}] said the stadium would open in 2028."
    assert wording.inserted + text[wording.start : wording.end] == wording.text


def test_a_pronoun_with_two_possible_people_is_left_out() -> None:
    before = ["Mayor Ann Lee met Maria Reyes, the council member, on Monday."]
    assert stand_alone("She said the stadium would open in 2028.", before) is None
    assert stand_alone("She said the stadium would open in 2028.") is None


def test_a_pronoun_names_only_a_person_it_can_refer_to() -> None:
    before = ["Mayor Ann Lee met Tom Reyes, the council member, on Monday."]
    she = stand_alone("She said the stadium would open in 2028.", before)
    he = stand_alone("He said the stadium would open in 2028.", before)
    assert she is not None and she.text.startswith("[Ann Lee] said")
    assert he is not None and he.text.startswith("[Tom Reyes] said")
    # "she" is never the one man named just before
    text = "She said the stadium would open in 2028."
    assert stand_alone(text, ["Tom Reyes spoke on Monday night."]) is None
    assert stand_alone(text, ["Ann Lee spoke on Monday night."]) is not None


def test_sentences_that_point_back_are_left_out() -> None:
    for text in [
        "They voted against the stadium plan on Monday.",
        "The move angered residents of the Riverside district.",
        "In a statement on Tuesday, he criticized the plan.",
        "But they said the council ignored them.",
    ]:
        assert stand_alone(text) is None, text


def test_a_trailing_according_to_clause_can_be_cut_into_a_full_sentence() -> None:
    text = "The stadium will cost $300 million over ten years, according to the city budget office."
    wording = stand_alone(text)
    assert wording is not None
    short = shortened(wording, text)
    assert short is not None and short.text == "The stadium will cost $300 million over ten years."
    assert short.inserted + text[short.start : short.end] + short.appended == short.text


def test_a_second_claim_joined_with_its_own_time_and_subject_can_be_cut() -> None:
    text = (
        "Riverside Foods on Thursday recalled its entire Sunny line of canned soup after nine "
        "people fell ill, and by Friday the family-owned company found itself facing lawsuits."
    )
    wording = stand_alone(text)
    assert wording is not None
    short = shortened(wording, text)
    assert short is not None and short.text == (
        "Riverside Foods on Thursday recalled its entire Sunny line of canned soup after nine "
        "people fell ill."
    )
    # one subject doing two things is one claim: nothing to cut
    same = "Riverside Foods recalled its Sunny line on Thursday, and it will refund every can."
    assert shortened(Wording(same, "", 0, len(same)), same) is None


def test_a_product_named_in_two_capitals_is_no_company_beside_a_named_one() -> None:
    from briefing.stages.narrative import _businesses

    before = [
        "Brightmeadow Nutrition recalled its TenderStart line on Thursday.",
        "The recall covers TenderStart Gentle cans made at a plant in Fenwick.",
    ]
    assert _businesses(before) == {"Brightmeadow Nutrition"}
    assert _businesses(["ClearPath said on Monday it would close ten stores."]) == {"ClearPath"}


def test_a_claim_according_to_a_person_keeps_its_source() -> None:
    # a record or a body reports; a person claims: "acted in self-defense" is Reyes's claim
    before = ["Lakeside County Attorney Tom Reyes declined to bring charges in May."]
    text = "Dan Ellis, who shot a man outside his bar, acted in self-defense, according to Reyes."
    wording = stand_alone(text, before)
    assert wording is not None
    assert shortened(wording, text) is None
    assert wording.text.endswith("according to [Tom] Reyes.")
    assert wording.plain == text
    for source in ("Mayor Ann Lee", "Ann Lee, the council's clerk"):
        said = f"The stadium will cost $300 million over ten years, according to {source}."
        assert shortened(stand_alone(said) or Wording(said, "", 0, len(said)), said) is None
    for source in ("police", "the Lakeside Police Department", "ICE", "court records"):
        said = f"The stadium will cost $300 million over ten years, according to {source}."
        short = shortened(Wording(said, "", 0, len(said)), said)
        assert short is not None and short.text.endswith("ten years."), source


def test_a_claim_according_to_a_side_a_suit_or_unnamed_people_keeps_its_source() -> None:
    # the attribution closing the sentence holds for all of it, the dash clause included: a
    # cut that drops it would state one side's finding as the brief's own
    text = (
        'The Lakeside Rifle Club was a "foreign asset" for Riverside before the 2020 vote — and '
        "the club paid for access for two lobbyists, according to a Lakeside Democratic report."
    )
    assert shortened(Wording(text, "", 0, len(text)), text) is None
    for source in ("the lawsuit", "two people briefed on the talks", "documents obtained by Lee"):
        said = f"The stadium will cost $300 million over ten years, according to {source}."
        assert shortened(Wording(said, "", 0, len(said)), said) is None, source
    # an outlet's news report reports, as a record does
    said = "The stadium will cost $300 million over ten years, according to a report in Politico."
    short = shortened(Wording(said, "", 0, len(said)), said)
    assert short is not None and short.text.endswith("ten years.")


def test_a_connective_the_cut_leaves_last_goes_with_the_clause() -> None:
    text = (
        "Council members rejected the ferry plan before the mayor even announced it on Monday, "
        "however, saying that it did not go nearly far enough."
    )
    short = shortened(Wording(text, "", 0, len(text)), text)
    assert short is not None
    assert short.text == (
        "Council members rejected the ferry plan before the mayor even announced it on Monday."
    )


def test_a_dash_that_closes_an_aside_is_no_place_to_cut() -> None:
    # the predicate comes after the aside: cutting at its closing dash leaves no claim
    text = (
        "A Lakeside bar owner charged in the shooting of a protester in May — less than a week "
        "after the riots in Riverside — has died, his lawyer said on Sunday."
    )
    assert shortened(Wording(text, "", 0, len(text)), text) is None
    # nor inside one: a charged word in the aside cannot take the sentence's predicate with it
    from briefing.stages.narrative import without_loaded_tail
    from briefing.text.lexicon import load_lexicon

    inside = (
        "Mayor Ann Lee — who questioned the audit for years, long pushed the stadium plan "
        "despite outrageous costs and fought the council on it — wanted a vote on Monday."
    )
    whole = Wording(inside, "", 0, len(inside))
    assert without_loaded_tail(whole, inside, load_lexicon()) is None
    # a dash aside that closes the sentence still goes
    tail = "The council approved the stadium plan 7-2 on Tuesday — the latest sign of its hurry."
    short = shortened(Wording(tail, "", 0, len(tail)), tail)
    assert (
        short is not None and short.text == "The council approved the stadium plan 7-2 on Tuesday."
    )


def test_a_closing_participial_clause_is_cut_but_not_a_qualifier() -> None:
    text = "Mayor Ann Lee signed the $300 million stadium bill on Friday, railing against critics."
    wording = stand_alone(text)
    assert wording is not None
    short = shortened(wording, text)
    assert short is not None and short.text == (
        "Mayor Ann Lee signed the $300 million stadium bill on Friday."
    )
    for kept in [
        "Mayor Ann Lee halted the $300 million stadium bill on Friday, pending a review.",
        "Mayor Ann Lee signed the $300 million stadium bill on Friday, during a council meeting.",
    ]:
        wording = stand_alone(kept)
        assert wording is not None and shortened(wording, kept) is None, kept


def test_a_closing_appositive_is_cut_unless_it_attributes() -> None:
    text = "Police made an arrest on Friday in the Riverside bombings, a breakthrough in the case."
    wording = stand_alone(text)
    assert wording is not None
    short = shortened(wording, text)
    assert short is not None and short.text == (
        "Police made an arrest on Friday in the Riverside bombings."
    )
    kept = "Police made an arrest on Friday in the Riverside bombings, a spokesman said."
    wording = stand_alone(kept)
    assert wording is not None and shortened(wording, kept) is None
    # the speaker may be described at length and the time follow: still the claim's source
    kept = (
        "Mayor Ann Lee was offered a post if she left the race, a source with knowledge of "
        "the talks said during a briefing on Friday morning."
    )
    wording = stand_alone(kept)
    assert wording is not None and shortened(wording, kept) is None


def test_a_speech_verb_inside_the_gloss_does_not_make_it_an_attribution() -> None:
    for text in [
        "Mayor Ann Lee on Tuesday ordered all crews out of Riverside, a sudden retreat that "
        "critics warn abandons the neighborhood for years.",
        "Mayor Ann Lee on Tuesday ordered all crews out of Riverside, a decision residents "
        "hailed as a long-awaited correction.",
    ]:
        wording = stand_alone(text)
        assert wording is not None
        short = shortened(wording, text)
        assert short is not None and short.text == (
            "Mayor Ann Lee on Tuesday ordered all crews out of Riverside."
        ), text


def test_a_cut_that_leaves_only_a_fronted_phrase_is_no_sentence() -> None:
    from briefing.stages.narrative import _whole_cut

    # "..., a second audit found another program": the ", a" opens the main clause's subject;
    # cut there, what is left is a fronted phrase with no claim of its own
    text = (
        "On top of a Riverside Times story that showed how Lakeside County was losing money, "
        "a second audit found another program that copies files."
    )
    assert not _whole_cut(text, 0, text.index(", a second"))
    kept = "In 2009 the Lakeside council voted 7-2 to approve the plan, a decision critics hailed."
    assert _whole_cut(kept, 0, kept.index(", a decision"))


def test_a_pronoun_never_resolves_to_a_place_or_an_organization() -> None:
    before = ["The mayor spoke at Riverside High School on Monday evening."]
    assert stand_alone("She said the stadium would open in 2028.", before) is None
    # "the Lakeside Partnership" is no person: Lee is the one "he" can be
    before = ["President Lee met members of the Trans-Lakeside Partnership on Monday evening."]
    wording = stand_alone("He said the stadium would open in 2028.", before)
    assert wording is not None and wording.text.startswith("[Lee] said")


def test_back_references_the_reader_cannot_see_are_left_out_or_resolved() -> None:
    for text in [
        "The offer would also give a three-year extension to 300,000 people.",
        "The source challenged one major aspect of the story line on Tuesday.",
    ]:
        assert stand_alone(text) is None, text
    before = ["Mayor Ann Lee spoke to reporters after the vote on Monday evening."]
    wording = stand_alone("The mayor, speaking on Tuesday, said the stadium would open.", before)
    assert wording is not None and wording.text.startswith("[Ann Lee]")


def test_a_pronoun_anywhere_needs_a_referent_in_the_sentence() -> None:
    # "it" with only a person before it: the thing it stands for is in the sentence before
    assert stand_alone("Mayor Ann Lee rejected it before the council met on Monday.") is None
    # the sentence names what its pronouns stand for: it stays
    for text in [
        "Mayor Ann Lee vetoed the stadium bill, which she said the city could not afford.",
        "The Riverside council said on Monday that it would vote on the stadium in May.",
        "During her visit to the site, Mayor Ann Lee said the stadium would open in 2028.",
    ]:
        wording = stand_alone(text)
        assert wording is not None and wording.text == text, text
    # a subject pronoun inside a later clause, nobody named before it
    text = "On Monday, in a rebuke of the council, she said the stadium plan was dead."
    assert stand_alone(text) is None


def test_a_description_the_sentence_never_introduces_is_left_out() -> None:
    for text in [
        "The White House has fought against the bill for months, to no avail.",
        "Tom Reyes, a council member, denounced the offer as a stunt on Tuesday.",
        "Tom Reyes said on Tuesday that the panel's request had been ignored for weeks.",
        "Multiple sources identified the suspect to local reporters as a city worker.",
        # what a named person said, never shown, is as unknown as "the remarks"
        "Ann Lee's statements were among the council's toughest on the stadium plan.",
        "The mayor's office said on Wednesday that Tom Reyes agreed with Ms. Lee's assessment.",
        "Critics roundly criticized Ann Lee's remarks.",
        # "its own" resolution is another one than "the proposal"
        "A Riverside group issued its own resolution asking Tom Reyes to drop the proposal.",
    ]:
        assert stand_alone(text) is None, text
    # introduced earlier, or said by what follows: it stays
    for text in [
        "The council passed a bill on Monday, and the measure takes effect in June.",
        "Tom Reyes denounced the offer that the mayor made on Monday as a stunt.",
        "The state legislature passed the bill, known as Senate Bill 12, last week.",
        "Mayor Ann Lee was invited to speak at the summit, and she accepted the invitation.",
        # an owner that tells the thing apart: her emails, the committee's first hearing
        "On Friday, the city released about 3,000 of Ann Lee's work-related emails.",
        "The Riverside Council's first hearing on the stadium plan began on Monday.",
    ]:
        wording = stand_alone(text)
        assert wording is not None and wording.text == text, text


def test_the_main_event_the_lead_reports_is_no_back_reference() -> None:
    lead = ["Mayor Ann Lee announced on Monday that she will run for governor next year."]
    text = "Mayor Ann Lee made the announcement in her hometown of Riverside, Ohio."
    assert stand_alone(text) is None  # alone, "the announcement" is unknown
    wording = stand_alone(text, lead)
    assert wording is not None and wording.text == text
    # a document is not an action: "the bill" still has to be named
    lead = ["The council debated a bill on Monday that would ban cars downtown."]
    assert stand_alone("Mayor Ann Lee said she would veto the bill in June.", lead) is None


def test_words_that_need_the_sentence_before_are_left_out() -> None:
    for text in [
        "Mayor Ann Lee criticized the plan again during a radio interview on Monday.",
        "Tom Reyes spoke to reporters on the same day in the Riverside district.",
        "The council rejected such proposals twice in the Riverside district last year.",
        "Tom Reyes said this approach had failed in the Riverside district in 2019.",
        "Many in the Riverside district were not pleased with the stadium vote.",
        # the other side was told before; "more" than what was told before
        "On the Republican side, Sen. Ann Lee of Maine said she was hopeful for a debate.",
        "And on the Republican side, Sen. Ann Lee of Maine said she was hopeful for a debate.",
        "To date, Riverside officials had maintained a more low-key stance on the stadium.",
        # one more than the one told before
        "Mayor Ann Lee, at another appearance on Saturday, called the plan anachronistic.",
        "Mayor Ann Lee did another thing Tom Reyes did not do a week ago.",
        # which news? the sentence before told it
        "Tom Reyes, the deputy director, broke the news to the Lakeside group on Friday.",
    ]:
        assert stand_alone(text) is None, text
    # a news conference is no news told before
    assert stand_alone("Mayor Ann Lee held a news conference on Friday in Lakeside.") is not None
    # "yet another" and "another" the sentence itself counts from stand alone
    text = "The Lakeside Times detailed another program after the Riverside Post reported one."
    assert stand_alone(text) is not None
    # a comparison the sentence completes is no back-reference
    text = "Mayor Ann Lee took a more cautious approach than Tom Reyes on the stadium plan."
    assert stand_alone(text) is not None
    # time words and "such as" are no back-references
    text = "Tom Reyes said this week that costs such as security would double by 2028."
    assert stand_alone(text) is not None


def test_also_after_a_named_subject_goes_in_our_brackets() -> None:
    text = "Mayor Ann Lee also criticized the stadium plan during a radio interview."
    wording = stand_alone(text)
    assert wording is not None
    assert wording.text == "[Mayor Ann Lee] criticized the stadium plan during a radio interview."
    assert wording.inserted + text[wording.start : wording.end] == wording.text
    before = ["Mayor Ann Lee spoke to reporters after the vote on Monday evening."]
    wording = stand_alone("She also said the stadium would open in 2028.", before)
    assert wording is not None and wording.text == "[Ann Lee] said the stadium would open in 2028."
    # an unnamed subject cannot be bracketed back in
    assert stand_alone("The panel also criticized the stadium plan on Monday evening.") is None


def test_the_thing_a_sentence_calls_the_x_is_not_a_compound_with_a_time_or_a_past_form() -> None:
    # "the full report uncovered", "the report today": the report is the head, never named
    for text in [
        "Questions about what the full report uncovered are still on the minds of Lakeside voters.",
        "Mayor Ann Lee read the report today at a meeting of the Lakeside council.",
    ]:
        assert stand_alone(text) is None, text
    # a noun that heads the compound is still read through
    text = "Mayor Ann Lee said the report card showed gains in Lakeside schools on Monday."
    assert stand_alone(text) is not None


def test_his_plans_or_her_remarks_lean_on_what_the_reader_was_not_shown() -> None:
    for text in [
        "Mayor Ann Lee told supporters of her plans in a phone call on Tuesday morning.",
        "Mayor Ann Lee defended her remarks at a Lakeside council meeting on Monday.",
        "The Lakeside council disclosed the briefings to reporters on Monday evening.",
    ]:
        assert stand_alone(text) is None, text
    # what follows says which plans; a thing of hers that is no statement needs no more
    for text in [
        "Mayor Ann Lee announced her plans to run for governor at a rally on Monday.",
        "Mayor Ann Lee sold her house in Lakeside to Tom Reyes on Monday.",
    ]:
        assert stand_alone(text) is not None, text


def test_also_paired_with_a_clause_of_its_own_sentence_stands_alone() -> None:
    # "while also" adds to what the sentence itself said first: nothing before is needed
    text = (
        "The Lakeside council is preparing a $15 million package of road repairs while also "
        "drafting a second plan for the harbor."
    )
    wording = stand_alone(text)
    assert wording is not None and wording.text == text


def test_a_bare_role_resolves_only_to_the_person_given_that_role() -> None:
    before = [
        "State Attorney General Ann Lee is running for the Senate this year.",
        "Sen. Tom Reyes said on Tuesday that the race was now competitive.",
        "Lee's campaign disputed a report in the Riverside Times on Wednesday.",
    ]
    wording = stand_alone("The A.G. said she had misspoken at a 2008 event.", before)
    assert (
        wording is not None and wording.text == "[Ann Lee] said she had misspoken at a 2008 event."
    )
    # a lone surname counts as naming her, so "She" is not the senator named before
    wording = stand_alone("She said she had misspoken at a 2008 event.", before)
    assert wording is not None and wording.text.startswith("[Ann Lee]")
    two = [*before, "Gov. Mary Poe and Sen. Tom Reyes met Attorney General Joan Fry."]
    assert stand_alone("The A.G. said she had misspoken at a 2008 event.", two) is None
    # a role with what it is of says who without a name, and keeps its words
    text = "The chairman of the Riverside finance committee requested the tax records on Monday."
    for article in (before, []):
        wording = stand_alone(text, article)
        assert wording is not None and wording.text == text


def test_the_bill_resolves_to_the_one_bill_named_just_before() -> None:
    before = ["The council debated Senate Bill 12 on Monday."]
    text = "The measure would ban cars downtown from 2026."
    wording = stand_alone(text, before)
    assert (
        wording is not None
        and wording.text == "[Senate Bill 12] would ban cars downtown from 2026."
    )
    assert wording.inserted + text[wording.start : wording.end] == wording.text
    two = ["The council debated Senate Bill 12 and House Bill 40 on Monday."]
    assert stand_alone(text, two) is None
    assert stand_alone(text) is None


def test_a_trailing_gloss_that_leans_back_is_cut_not_the_sentence() -> None:
    text = (
        "The council adopted a resolution on Monday condemning the stadium plan, despite "
        "claims from the mayor that the offer was fair."
    )
    wording = stand_alone(text)
    assert wording is not None
    assert wording.text == "The council adopted a resolution on Monday condemning the stadium plan."


def test_reflexives_years_and_opening_phrases_need_no_sentence_before() -> None:
    for text in [
        "The vice president dominated the only debate between himself and Tom Reyes.",
        "Tom Reyes told the Times he had misspoken at the 2008 event in Riverside.",
        'A day after saying she was "done with it," Mayor Ann Lee spoke on Monday.',
    ]:
        wording = stand_alone(text)
        assert wording is not None and wording.text == text, text


def test_an_organization_named_before_introduces_the_company() -> None:
    text = "Tom Reyes will lead Riverside Power Inc from May, the company said on Tuesday."
    wording = stand_alone(text)
    assert wording is not None and wording.text == text
    # a person is no company
    assert stand_alone("Tom Reyes will lead the company from May, his office said.") is None


def test_a_clause_that_says_which_day_or_what_into_is_enough() -> None:
    for text in [
        "Mayor Ann Lee spoke on Friday, the same day the council approved the stadium.",
        "A grand jury approved the first charges in the investigation into the stadium contracts.",
    ]:
        wording = stand_alone(text)
        assert wording is not None and wording.text == text, text


def test_a_comma_after_the_noun_is_no_appositive_unless_it_closes() -> None:
    text = "While critics cried foul over the program, Mayor Ann Lee defended it on Monday."
    assert stand_alone(text) is None
    text = "The council passed the bill, Senate Bill 12, on Monday after a long debate."
    wording = stand_alone(text)
    assert wording is not None and wording.text == text


def test_a_sentence_that_only_supports_is_read_without_its_closing_gloss() -> None:
    text = (
        "The majority of the council voted for the agreement, setting the stage for a new "
        "chapter in the city's work with state police."
    )
    assert stand_alone(text) is None  # "the agreement" is never introduced
    support = as_support(text)
    assert support.text == "The majority of the council voted for the agreement."
    assert text[support.start : support.end] + support.appended == support.text
    kept = "The vote follows the governor's order, which directed state police to help."
    assert as_support(kept).text == kept


def test_it_is_no_person_the_article_named_and_no_plural() -> None:
    before = ["Gov. Ann Lee has until Saturday to act on the stadium plan."]
    assert stand_alone("Two senators called on Lee to veto it before Saturday.", before) is None
    # "it" that stands for the clause after it, or for a thing the sentence names
    for text in [
        "Ann Lee has always tried to make it clear that the stadium would be public.",
        "The Riverside council said on Monday that it would vote on the stadium in May.",
    ]:
        wording = stand_alone(text, before)
        assert wording is not None and wording.text == text, text


def test_a_closing_clause_on_what_the_actor_warned_is_cut_however_the_tagger_reads_it() -> None:
    # the tagger reads "warning" before "that" as a noun here; "that" makes it the verb
    text = (
        "Gov. Ann Lee on Friday vetoed a harbor bill pushed through the Lakeside council by "
        "Democrats, warning that dock fees would choke off new boat traffic and punish the "
        "small marinas."
    )
    short = shortened(Wording(text, "", 0, len(text)), text)
    assert short is not None
    assert short.text == (
        "Gov. Ann Lee on Friday vetoed a harbor bill pushed through the Lakeside council by "
        "Democrats."
    )


def test_the_remainder_needs_what_it_is_the_rest_of() -> None:
    assert stand_alone("The team's owner, Tom Reyes, will pay the remainder.") is None
    text = "The rest of the Lakeside district stayed dry on Monday, officials said."
    wording = stand_alone(text)
    assert wording is not None and wording.text == text


def test_it_after_a_verb_is_not_the_verbs_own_subject() -> None:
    # which law the appeals court blocked, the sentence does not say
    assert stand_alone("A federal appeals court had blocked it in 2029.") is None
    assert stand_alone("The mayor of Lakeside vetoed it on Monday.") is None
    for text in [
        "The Lakeside council passed a budget, and Mayor Ann Lee signed it on Monday.",
        "The Lakeside board approved a contract after Mayor Ann Lee signed it.",
        "Lakeside Steel said it would close its Riverside plant in May.",
        "Lee called the stadium plan a mistake and vowed to fight it in court.",
    ]:
        wording = stand_alone(text)
        assert wording is not None and wording.text == text, text


def test_a_possessive_or_a_suffix_does_not_make_a_second_person() -> None:
    before = ["Secretary Tom Reyes sent Mr. Reyes’s letter to the panel on Monday."]
    he = stand_alone("He said the stadium would open in 2028.", before)
    assert he is not None and he.text.startswith("[Tom Reyes] said")
    before = ["Tom Reyes Jr. met Mr. Reyes’s staff on Monday."]
    he = stand_alone("He said the stadium would open in 2028.", before)
    assert he is not None and he.text.startswith("[Tom Reyes Jr.] said")


@pytest.mark.parametrize(
    "text",
    [
        # not "...reported Friday that the union."
        "The Lakeside Journal reported Friday that the union, which opposed the plan in "
        "2019, has decided to accept it.",
        # not "...for weeks, but on May 3.": the words after "May 3," are the clause's
        # subject and verb, not an appositive
        "Talks in Riverside went nowhere for weeks, but on May 3, a group of council members "
        "introduced a $90 million budget.",
        # not "For Ann Lee, ... and once a candidate.": no verb would be left
        "For Ann Lee, a well-known surgeon and hospital chief — and once a Riverside candidate "
        "— there was one reason to join the parks board.",
        # not "Because state law requires a mayor to live in the city.": the clause after the
        # comma is the main one, whatever its "a" makes it look like
        "Because state law requires a mayor to live in the city, an upheld ruling could cost "
        "Ann Lee the office she won in May.",
    ],
)
def test_a_shortened_wording_never_stops_inside_a_clause_or_without_its_verb(text: str) -> None:
    wording = stand_alone(text)
    assert wording is not None
    assert shortened(wording, text) is None


def test_a_cut_after_an_abbreviation_adds_no_second_full_stop() -> None:
    text = (
        "Tom Reyes gave his speech at a school fair near Riverside, Ore. — a fair he held "
        "to raise money for the library."
    )
    wording = stand_alone(text)
    assert wording is not None
    short = shortened(wording, text)
    assert short is not None
    assert short.text == "Tom Reyes gave his speech at a school fair near Riverside, Ore."
    assert short.text == text[short.start : short.end] + short.appended


def test_a_bracketed_name_starts_at_the_first_name() -> None:
    before = ["Director of National Intelligence James Reyes spoke on Monday evening."]
    he = stand_alone("He said 1,200 analysts would be hired in 2028.", before)
    assert he is not None and he.text.startswith("[James Reyes] said")


def test_an_owner_is_not_what_it_refers_to() -> None:
    before = ["Gov. Ann Lee faced pressure from many corners on Monday."]
    # "the state's senators ... veto it": "it" is the bill, which the sentence never names
    text = "The state's two senators, Tom Diaz and Bo Chen, called on Lee to veto it."
    assert stand_alone(text, before) is None
    kept = "The state's two senators, Tom Diaz and Bo Chen, called on Lee to veto a budget bill."
    assert stand_alone(kept, before) is not None


def test_the_magazine_is_the_outlet_the_sentence_names() -> None:
    named = "Critics faulted Newsweek on Monday, calling the magazine unfair to Ann Lee."
    assert stand_alone(named) is not None
    assert (
        stand_alone("Critics faulted it on Monday, calling the magazine unfair to Ann Lee.") is None
    )
    # a hill is no outlet: "The Hill" keeps its article
    assert stand_alone("On Capitol Hill, critics called the magazine unfair to Ann Lee.") is None


def test_the_group_is_a_body_the_sentence_must_name() -> None:
    assert stand_alone("Ann Lee said the group had written to Tom Diaz in 2019.") is None
    named = "The Lakeside Coalition said on Monday the group had written to Tom Diaz in 2019."
    assert stand_alone(named) is not None


def test_a_chain_of_he_and_the_congressman_leads_back_to_the_name_that_opened_it() -> None:
    before = [
        "Rep. Dan Ellis said on Wednesday that he did not send the message to a student.",
        "But the congressman repeatedly declined to say whether he knew her.",
        "The congressman described the episode as mischief on the part of a hacker.",
    ]
    text = "He said he has hired a security company and a lawyer to find the hacker."
    shown = stand_alone(text, before)
    assert shown is not None and shown.text.startswith("[Dan Ellis] said he has hired")
    # a sentence in between that goes on about something else ends the chain
    broken = [before[0], "The message was sent from his account at night.", before[2]]
    assert stand_alone(text, broken) is None


def test_a_role_after_a_connective_is_resolved_not_only_capitalised() -> None:
    before = ["Rep. Dan Ellis said on Wednesday that he did not send the message to anyone."]
    text = "But the congressman declined on Friday to answer questions from reporters."
    shown = stand_alone(text, before)
    assert shown is not None and shown.text.startswith("[Dan Ellis] declined on Friday")


def test_it_was_a_thing_needs_the_thing_named() -> None:
    before = ["Tom Reyes, the director of the agency, described the program on Saturday."]
    text = "He said it was a computer system to gather foreign intelligence approved by Congress."
    assert stand_alone(text, before) is None
    clear = "He said it was unclear whether officials would release more records this year."
    shown = stand_alone(clear, before)
    assert shown is not None and shown.text.startswith("[Tom Reyes] said it was unclear")


def test_a_supporting_sentence_names_the_person_its_pronoun_stands_for() -> None:
    before = ["Rep. Dan Ellis said on Wednesday that he did not send the message to anyone."]
    support = as_support("He said he has asked a security firm to look at the incident.", before)
    assert support.plain.startswith("Dan Ellis said he has asked a security firm")
    assert (
        as_support("It said the incident was closed, citing its own review.", before).plain[:2]
        == "It"
    )


def test_a_supporting_sentence_names_a_role_after_its_opening_phrase() -> None:
    # the attorney general the article named, after "In an interview on Monday,"
    before = ["Attorney General Ann Lee is running for governor of Lakeside."]
    text = "In a radio interview last week, the attorney general said that she regretted it."
    support = as_support(text, before)
    assert support.plain == (
        "In a radio interview last week, the attorney general Ann Lee said that she regretted it."
    )
    # a role with a capitalised modifier, titled so in the article
    before = ["Prime Minister Tom Reyes of Lakeland will address the assembly on Tuesday."]
    text = "The Lakeland prime minister declined an invitation to the summit on Friday."
    assert "Tom Reyes" in as_support(text, before).plain
    # another place's prime minister is not the one the article titled, after an opening too
    text = "On Friday, the Riverside prime minister declined an invitation to the summit."
    assert as_support(text, before).plain == text
    text = "On Friday, the Lakeland prime minister declined an invitation to the summit."
    assert "Tom Reyes" in as_support(text, before).plain
    # two people who could hold the role: never guessed
    before = ["Attorney General Ann Lee and former Attorney General Mia Ford met on Monday."]
    text = "In a radio interview last week, the attorney general said that she regretted it."
    assert as_support(text, before).plain == text


def test_words_that_count_or_date_from_the_sentence_before_lean_on_it() -> None:
    before = ["Officials said 12 parents had been reunited with their children on Monday."]
    assert (
        stand_alone("Eight more had criminal records that made them unfit, officials said.", before)
        is None
    )
    assert (
        stand_alone("More than 100 children were reunited with parents on Monday.", before)
        is not None
    )
    assert stand_alone("Tom Reyes at the time said the Lakeside plan was careless.", before) is None
    assert (
        stand_alone("Tom Reyes was referring to Dan Ellis, the Lakeside treasurer.", before) is None
    )
    assert (
        stand_alone("The development came hours after two more packages were found.", before)
        is None
    )


def test_it_after_a_noun_compound_needs_the_head_noun_not_the_modifier() -> None:
    # "Administration officials warn that it would...": no administration is "it"
    text = "Administration officials warn that it would put Americans overseas at legal risk."
    assert stand_alone(text, []) is None
    # "to" is no possessive: the administration is what "its" means
    order = "A federal judge on Tuesday ordered the Lakeside administration to speed up its work."
    assert stand_alone(order, []) is not None


def test_then_and_that_thing_point_at_what_came_before() -> None:
    before = ["Rep. Dan Ellis said on Monday that the Lakeside audit was incomplete."]
    assert stand_alone("Tom Reyes then went on to demand that Dan Ellis resign.", before) is None
    assert stand_alone("Tom Reyes voted no and then left the Lakeside chamber.", before) is not None
    assert stand_alone("Tom Reyes was paid $5,000 for that work by Lakeside.", before) is None
    # since then: a time told before
    assert stand_alone("Tom Reyes has not spoken to Lakeside reporters since then.", before) is None
    # a time or an act the sentence states first is what "then" means
    fund = (
        "Lakeside trustees warned that the pension fund will be exhausted in 2036 and that under "
        "current law, retirees would then face a 23 percent cut."
    )
    assert stand_alone(fund, before) is not None
    deal = "Lakeside officials backed a deal that would cap rents for 10 years but then ease them."
    assert stand_alone(deal, before) is not None
    # who speaks is no such act: "Reyes said the council would then vote" (after what?)
    said = "Tom Reyes said the Lakeside council would then vote on the audit."
    assert stand_alone(said, before) is None


def test_a_newspaper_by_its_short_name_was_named_in_full_before() -> None:
    before = ["The Lakeside Journal first reported the plan on Friday."]
    assert stand_alone("The Journal reported that the council will vote on Monday.", before) is None
    full = "The Lakeside Journal reported that the council will vote on Monday."
    assert stand_alone(full, before) is not None
    assert stand_alone("The Times of London reported the vote on Monday.", before) is not None


def test_a_surname_alone_gets_the_full_name_the_article_gave_before() -> None:
    before = ["Former Lakeside Mayor Ann Ellis said on Wednesday that the city would not pay."]
    shown = stand_alone("Ms. Ellis has been critical of the plan to build a new stadium.", before)
    assert shown is not None and shown.text == (
        "[Ann Ellis] has been critical of the plan to build a new stadium."
    )
    # a surname two people share stays as it is: the reader is not told which one
    two = [*before, "Her brother, Tom Ellis, runs the stadium company in Riverside."]
    shown = stand_alone("Ellis has been critical of the plan to build a new stadium.", two)
    assert shown is None or not shown.inserted


def test_a_clause_that_says_which_is_not_cut_away() -> None:
    text = "The Riverside council approved the measure, which passed on a 3-2 vote on Monday."
    wording = stand_alone(text)
    assert wording is not None and wording.text == text
    # without its clause "the measure" would point back: it is not cut, the sentence stays whole
    assert shortened(wording, text) is None
    # a clause that only adds to a claim that stands alone still goes
    text = "The Riverside council approved the stadium plan, which passed on a 3-2 vote on Monday."
    wording = stand_alone(text)
    assert wording is not None
    short = shortened(wording, text)
    assert short is not None and short.text == "The Riverside council approved the stadium plan."


def test_it_after_a_sentence_that_opens_on_the_bill_is_the_bill() -> None:
    before = [
        "The council passed a budget on Monday.",
        "The Riverside Parks Act, which passed 5-2, was the mayor's top priority.",
    ]
    text = "It would open three parks downtown and close two parking lots."
    wording = stand_alone(text, before)
    assert wording is not None
    assert (
        wording.text
        == "[Riverside Parks Act] would open three parks downtown and close two parking lots."
    )
    assert wording.inserted + text[wording.start : wording.end] == wording.text
    # "It" after a sentence about something else is not the bill
    other = [*before, "Mayor Ann Lee spoke for an hour at the town hall."]
    assert stand_alone(text, other) is None
    # an expletive "It is" is not resolved
    assert stand_alone("It is expected to pass the Senate next week.", before) is None
    # "The sweeping measure" is the bill too
    wording = stand_alone("The sweeping measure drew 40 speakers.", before)
    assert wording is not None and wording.text == "[Riverside Parks Act] drew 40 speakers."


def test_a_subject_that_describes_a_body_instead_of_naming_it_leans_back() -> None:
    for text in [
        "The nation's leading advocate for retirees says it has not changed its position.",
        "Leaders of the country's largest teachers union voted on Tuesday to back the plan.",
        "One of the state’s largest farm lobbies endorsed the water plan on Tuesday.",
    ]:
        assert stand_alone(text) is None, text
    named = "The nation's largest retailer, Lakeside Mart, said on Monday it would raise pay."
    wording = stand_alone(named)
    assert wording is not None and wording.text == named


def test_a_subject_the_article_never_names_leans_on_the_sentences_before() -> None:
    before = [
        "The Lakeside council voted on Tuesday to cut bus routes.",
        "Riverside officials said the vote would cost jobs.",
        "The Riverside Tenants Union sent a statement to the council on Wednesday.",
    ]
    for text in [
        "The missive accused the council of playing politics and urged the state to act.",
        "The retreat, which ran for two days, was paid for by the Lakeside Chamber of Commerce.",
        "The concession left several council members hopeful about a deal.",
    ]:
        assert stand_alone(text, before) is None, text
    # an opening that describes a person instead of naming her: the brief never names her
    assert (
        stand_alone("The 34-year-old first-time candidate beat Mayor Tom Reyes by 40 votes.")
        is None
    )
    for text, earlier in [
        # the opening may name its event so: the headline states it
        ("The shutdown is entering its third week after talks failed on Sunday.", []),
        # a complement, a clause or an apposition says which; the lead introduced it
        ("The mayor of Lakeside signed the budget on Monday.", before),
        ("The news that Ann Lee will leave comes days after the council vote.", before),
        ("The special counsel, Ann Lee, has subpoenaed the council's records.", before),
        (
            "The number of objections has grown each week, with shop owners asking for a delay.",
            before,
        ),
        # one a reader knows without a name
        ("The federal government began paying the grants on Tuesday.", before),
    ]:
        assert stand_alone(text, earlier) is not None, text


def test_a_possessive_or_both_after_an_opening_leans_and_a_storm_is_no_one() -> None:
    before = ["Ann Lee said on Monday the council would vote."]
    for text in [
        "Within hours, their closest partners on the council had backed away.",
        "Both reports rely on the same leaked survey.",
        "In both cases the county clerk had warned the board.",
    ]:
        assert stand_alone(text, before) is None, text
    assert stand_alone(
        "Both Ann Lee and Tom Reyes voted for the Lakeside budget on Monday.", before
    )
    # "he" is the man named before, never the storm in between
    before = [
        "Gov. Tom Reyes spoke in Lakeside on Tuesday.",
        "It was his first speech since Hurricane Ann flooded the harbor.",
    ]
    wording = stand_alone("He criticized the council's response on Monday.", before)
    assert wording is not None and wording.text.startswith("[Tom Reyes] criticized")


def test_a_role_with_a_place_is_the_person_the_article_titled_so_there() -> None:
    before = ["Prime Minister Tom Reyes of Lakeland will address the assembly on Tuesday."]
    text = "The Lakeland prime minister declined an invitation to the summit on Friday."
    wording = stand_alone(text, before)
    assert wording is not None
    assert wording.text == (
        "[Prime Minister Tom Reyes] declined an invitation to the summit on Friday."
    )
    # another country's prime minister is not the one the article titled: left as it is
    text = "The Riverside prime minister declined an invitation to the summit on Friday."
    wording = stand_alone(text, before)
    assert wording is not None and wording.text == text


def test_a_section_label_before_the_sentence_is_not_part_of_the_fact() -> None:
    text = "Why it matters: The Lakeside council has said the new routes will cut commutes by half."
    wording = stand_alone(text)
    assert wording is not None
    assert wording.text == "The Lakeside council has said the new routes will cut commutes by half."
    assert text[wording.start :] == wording.text  # still verbatim, from the label's end
    # a speaker's colon is no label: the quotation after it is what was said
    assert DATELINE.match('Ann Lee added: "The council has stressed the importance."') is None


def test_a_wire_dateline_with_its_date_is_not_part_of_the_fact() -> None:
    text = (
        "RIVERSIDE, Ohio, Sept. 26 (UPI) — Mayor Ann Lee was escorted off the premises of "
        "Riverside University on Monday afternoon."
    )
    wording = stand_alone(text)
    assert wording is not None
    assert wording.text.startswith("Mayor Ann Lee was escorted")
    assert text[wording.start :] == wording.text


def test_the_president_is_the_one_person_the_article_titled_so() -> None:
    before = ["President Ann Lee met Prime Minister Tom Reyes on Monday."]
    wording = stand_alone("The president has said she will not sign the treaty.", before)
    assert wording is not None
    assert wording.text == "[President Ann Lee] has said she will not sign the treaty."
    wording = stand_alone("The prime minister declined to comment.", before)
    assert wording is not None and wording.text == "[Prime Minister Tom Reyes] declined to comment."
    # whose proposal: "The president's proposal" names its owner in brackets
    text = "The president’s proposal drew 40 speakers to City Hall on Monday."
    wording = stand_alone(text, before)
    assert wording is not None
    assert wording.text == "[President Ann Lee]’s proposal drew 40 speakers to City Hall on Monday."
    assert wording.inserted + text[wording.start : wording.end] == wording.text
    # the adviser named just before is not the president; the president he advises is
    adviser = ["Dan Ellis, President Lee's national security adviser, spoke on Monday."]
    wording = stand_alone("The president has said she will not sign the treaty.", adviser)
    assert wording is not None and wording.inserted == "[President Lee]"
    # a former president is not "the president"; two presidents are no one
    former = ["Former President Dan Ellis met Tom Reyes, the mayor, on Monday."]
    assert stand_alone("The president has said she will not sign the treaty.", former) is None
    two = ["President Ann Lee met President Tom Reyes on Monday."]
    assert stand_alone("The president has said she will not sign the treaty.", two) is None
    # "has been" describes, it does not report
    assert stand_alone("The president has been clear about the treaty.", before) is None


def test_a_charged_word_in_a_closing_clause_cuts_the_clause_not_the_fact() -> None:
    from briefing.stages.narrative import Wording, without_loaded_tail
    from briefing.text.lexicon import load_lexicon

    text = (
        "Ann Lee, the city's mayor from 2000 to 2006, said on Wednesday that the invitation was "
        "a mistake because of the way the council has demonized its critics."
    )
    whole = Wording(text=text, inserted="", start=0, end=len(text))
    cut = without_loaded_tail(whole, text, load_lexicon())
    assert cut is not None
    assert cut.text == (
        "Ann Lee, the city's mayor from 2000 to 2006, said on Wednesday that the invitation "
        "was a mistake."
    )
    assert cut.text == text[cut.start : cut.end] + cut.appended
    # a second act of the same subject, charged, goes with its clause
    then = (
        "Sen. Tom Reyes (R-Ore.) suggested over the weekend that renters should not vote on "
        "the levy, then issued a half-hearted walk-back on Monday."
    )
    cut = without_loaded_tail(
        Wording(text=then, inserted="", start=0, end=len(then)), then, load_lexicon()
    )
    assert cut is not None and cut.text.endswith("should not vote on the levy.")
    # a charged word in the main clause has no clause to cut
    main = "The council demonized its critics on Wednesday in a long and angry meeting."
    assert (
        without_loaded_tail(
            Wording(text=main, inserted="", start=0, end=len(main)), main, load_lexicon()
        )
        is None
    )
    # no comma before the clause: "after" and a participle start it, not the participle alone
    late = (
        "The top official overseeing the Lakeside ferry service quit on Monday after slamming "
        "the council's neglect of the ferry."
    )
    cut = without_loaded_tail(Wording(late, "", 0, len(late)), late, load_lexicon())
    assert cut is not None
    assert cut.text == "The top official overseeing the Lakeside ferry service quit on Monday."
    # a second clause with its own subject goes whole: what is left states the first claim
    two = (
        "Ann Lee of the Lakeside Weekly was the moderator, and she made a point of speaking "
        "forcefully."
    )
    cut = without_loaded_tail(Wording(two, "", 0, len(two)), two, load_lexicon())
    assert cut is not None
    assert cut.text == "Ann Lee of the Lakeside Weekly was the moderator."
    # a cut never leaves a preposition last ("... fixed the ferry by.")
    by = (
        "Over the course of two weeks, Mayor Ann Lee fixed the Lakeside ferry service by using "
        "a slammed contractor."
    )
    cut = without_loaded_tail(Wording(by, "", 0, len(by)), by, load_lexicon())
    assert cut is not None
    assert (
        cut.text == "Over the course of two weeks, Mayor Ann Lee fixed the Lakeside ferry service."
    )


def test_a_surname_that_points_back_with_also_gets_the_full_name() -> None:
    before = ["Mayor Tom Reyes resigned on Friday after six years in office."]
    text = "Mr. Reyes also praised the coalition that the council just abandoned."
    wording = stand_alone(text, before)
    assert wording is not None
    assert wording.text == "[Tom Reyes] praised the coalition that the council just abandoned."
    assert wording.inserted + text[wording.start : wording.end] == wording.text
    # never named in full: the surname stays, in brackets
    wording = stand_alone(text, ["The mayor resigned on Friday after six years in office."])
    assert wording is not None and wording.inserted == "[Mr. Reyes]"


def test_that_before_a_thing_points_back_but_the_conjunction_does_not() -> None:
    before = ["Tom Reyes argued the stadium plan would pay for itself."]
    # "that argument", "these documents": what was argued or shown is in the sentence before
    assert stand_alone("Ann Lee said that argument does not hold for Lakeside.", before) is None
    assert (
        stand_alone("Ann Lee said these documents prove the Lakeside plan failed.", before) is None
    )
    # "said that documents show", "said that legislation would": the conjunction
    assert (
        stand_alone("Ann Lee said that documents show the Lakeside plan failed.", before)
        is not None
    )
    assert (
        stand_alone("Ann Lee said that legislation would fix the Lakeside plan.", before)
        is not None
    )


def test_the_one_bill_an_article_named_is_named_where_the_sentence_says_the_bill() -> None:
    before = [
        "The Lakeside council debated Senate Bill 12 on Monday.",
        "Supporters said it would cut traffic downtown.",
        "Tom Reyes, the mayor, spoke for an hour.",
    ]
    text = "Republicans called the bill a power grab by the Lakeside council."
    wording = stand_alone(text, before)
    assert wording is not None
    assert (
        wording.text
        == "Republicans called the [Senate Bill 12] bill a power grab by the Lakeside council."
    )
    # our words are marked and placed; without them the sentence is the source's, verbatim
    assert wording.inner == ((text.index("bill"), "[Senate Bill 12] "),)
    assert wording.plain == text
    # two bills named: "the bill" could be either, so the sentence is left out
    two = [*before, "A second measure, House Bill 40, failed."]
    assert stand_alone(text, two) is None
    # a shortened wording keeps the name it needs
    long = text[:-1] + ", according to the minutes of the council's meeting."
    whole = stand_alone(long, before)
    assert whole is not None
    short = shortened(whole, long)
    assert short is not None and short.text == wording.text and short.plain == text


def test_words_that_compare_with_what_came_before_lean_on_it() -> None:
    before = ["Tom Reyes, the Lakeside mayor, criticized the stadium plan on Monday."]
    for text in (
        "Ann Lee, his successor, expressed similar concerns about the Lakeside stadium plan.",
        "Fellow Lakeside organizer Ann Lee accused the council of ignoring residents.",
        "The nearby Riverside council had a quick response to the Lakeside stadium plan.",
        "The mayor's concession paved the way for the Lakeside council to pass the plan.",
    ):
        assert stand_alone(text, before) is None, text
    # "similar to" says what it is like
    assert (
        stand_alone("Ann Lee said the Lakeside plan was similar to one Riverside dropped.", before)
        is not None
    )


def test_a_public_figure_described_but_not_named_leans_on_the_sentence_after() -> None:
    before = ["Lakeside held its primary on Tuesday."]
    withheld = (
        "A two-term Lakeside congressman with a record of challenging his party said Friday "
        "he would run for mayor."
    )
    assert stand_alone(withheld, before) is None
    # named, or unnamed in the article too (a suspect), it reads alone
    named = "A two-term Lakeside congressman, Tom Reyes, said Friday he would run for mayor."
    assert stand_alone(named, before) is not None
    # a name elsewhere in the sentence is not the one described
    one_of = (
        "One of the Lakeside council members who wanted a delay said Friday Ann Lee would not do."
    )
    assert stand_alone(one_of, before) is None
    one_of = "One of the Lakeside council members, Tom Reyes, said Friday Ann Lee would not do."
    assert stand_alone(one_of, before) is not None
    assert stand_alone("A male suspect was arrested in Lakeside on Friday morning.", before)
    assert stand_alone("Tom Reyes, after all, voted for the Lakeside plan in 2019.", before) is None
    # set against the sentence before
    for text in (
        "Riverside residents, however, are already eyeing Ann Lee as the next mayor.",
        "For now, though, Lakeside officials said the Riverside vote was a victory.",
    ):
        assert stand_alone(text, before) is None, text
    assert stand_alone("Riverside residents, Ann Lee said, backed the plan in 2019.", before)
    # instead of what the sentence before told
    instead = "Tom Reyes will instead hold a vote on the Riverside parks budget in June."
    assert stand_alone(instead, before) is None
    assert stand_alone("Tom Reyes will start talks instead of a vote in Riverside.", before)


def test_what_would_follow_from_something_not_shown_leans_on_it() -> None:
    before = ["Tom Reyes entered the race for Lakeside mayor on Friday."]
    assert stand_alone("Reyes would be the first Lakeside mayor born abroad.", before) is None
    # on a stated condition, in a relative clause, or reported, it reads alone
    for text in (
        "Tom Reyes would be the first Lakeside mayor born abroad if he won in May.",
        "A Lakeside bill, which would have raised taxes, failed on Monday.",
        "Tom Reyes said Lakeside would build the stadium by 2028.",
    ):
        assert stand_alone(text, before) is not None, text


def test_the_one_name_the_article_put_on_a_thing_is_put_before_it() -> None:
    before = [
        "Splashed across the cover of this week's Lakeside Weekly is a picture of Ann Lee.",
        "Her eyes are open wide.",
    ]
    text = "The cover goes with an article by Tom Reyes about the Riverside race."
    wording = stand_alone(text, before)
    assert wording is not None
    assert (
        wording.text
        == "The [Lakeside Weekly] cover goes with an article by Tom Reyes about the Riverside race."
    )
    assert wording.plain == text
    # "Reyes's new ad", "the Reyes ad": whose ad, even with an adjective between
    ads = ["Tom Reyes's new ad ran in Lakeside on Monday."]
    shown = stand_alone("Democrats called the ad offensive to Riverside voters on Tuesday.", ads)
    assert shown is not None and shown.text.startswith("Democrats called the [Tom Reyes] ad")
    # two names on it, or none: never guessed
    two = [*ads, "The Ann Lee ad ran in Riverside."]
    assert (
        stand_alone("Democrats called the ad offensive to Riverside voters on Tuesday.", two)
        is None
    )
    assert stand_alone("Democrats called the ad offensive to Riverside voters on Tuesday.") is None
    # the name is the sentence's own: "the [Tom Reyes] ad" would not say which ad
    assert stand_alone("Tom Reyes said the ad would run in Riverside on Tuesday.", ads) is None
    # "State of the Union address": one name, "of the" inside it
    address = ["Tom Reyes will give the State of the Lakeside City address on Tuesday."]
    shown = stand_alone("Ann Lee said the council would skip the address this year.", address)
    assert shown is not None
    assert "the [State of the Lakeside City] address" in shown.text
    # "the Senate finance committee": the kind of committee belongs to its name; a capital that
    # only opens a sentence ("Finance committee chairman...") names nothing
    panel = [
        "The Senate finance committee met on Monday.",
        "Finance committee chairman Tom Reyes spoke first.",
    ]
    text = "Ann Lee said the committee would vote on the stadium plan on Friday."
    named = stand_alone(text, panel)
    assert named is not None and "the [Senate finance] committee would vote" in named.text
    assert stand_alone(text, [panel[1], "The finance committee met on Monday."]) is None


def test_the_editors_are_the_publications_and_the_attack_needs_saying_which() -> None:
    before = ["Splashed across the cover of this week's Lakeside Weekly magazine is Ann Lee."]
    editors = "In 2019, the editors selected a photo of Tom Reyes in a rain jacket."
    wording = stand_alone(editors, before)
    assert wording is not None
    assert wording.text == (
        "In 2019, the [Lakeside Weekly] editors selected a photo of Tom Reyes in a rain jacket."
    )
    # "the attack": which one, the sentences before said; "the attack on City Hall" says it
    attack = "Ann Lee thanked Tom Reyes for opening the shelter on the night of the attack."
    assert stand_alone(attack, ["Ann Lee spoke about Riverside on Tuesday."]) is None
    said = "Ann Lee thanked Tom Reyes for opening the shelter after the attack on City Hall."
    assert stand_alone(said, ["Ann Lee spoke about Riverside on Tuesday."]) is not None


def test_he_after_an_opening_phrase_is_named_in_brackets_after_the_pronoun() -> None:
    before = ["Lakeside Mayor Tom Reyes on Wednesday released a new budget."]
    text = "In a statement released Tuesday, he decried the council's decision to cut bus routes."
    wording = stand_alone(text, before)
    assert wording is not None
    assert wording.text == (
        "In a statement released Tuesday, he [Tom Reyes] decried the council's decision to cut "
        "bus routes."
    )
    # the bracket is our word; what the sentence states is that person's, as for "[Reyes] said"
    assert wording.plain == (
        "In a statement released Tuesday, he Tom Reyes decried the council's decision to cut "
        "bus routes."
    )
    # two opening phrases, after a connective
    text = "But on Thursday, in a rebuke of the council, he vetoed the budget."
    wording = stand_alone(text, before)
    assert wording is not None
    assert (
        wording.text
        == "[O]n Thursday, in a rebuke of the council, he [Tom Reyes] vetoed the budget."
    )


@pytest.mark.parametrize(
    "text, before",
    [
        # the opening names someone: "he" may be anyone but Ann Lee
        ("After meeting Ann Lee, he said the budget was dead.", ["Mayor Tom Reyes spoke."]),
        # "his" in the opening is the same unresolved person
        ("In 1970, with his deferment in jeopardy, he joined the reserve.", ["Tom Reyes spoke."]),
        # two men just before: "he" could be either
        ("In a statement on Tuesday, he decried the cuts.", ["Tom Reyes and Dan Ellis met."]),
    ],
)
def test_he_after_an_opening_phrase_is_left_out_when_it_could_be_anyone(
    text: str, before: list[str]
) -> None:
    assert stand_alone(text, before) is None


def test_the_pronouns_name_and_the_bills_name_go_in_together() -> None:
    before = ["The Lakeside council passed SB 12, a stadium bill, on Monday.", "Tom Reyes spoke."]
    text = "In a statement on Tuesday, he called the bill a costly mistake for Lakeside."
    wording = stand_alone(text, before)
    assert wording is not None
    assert wording.text == (
        "In a statement on Tuesday, he [Tom Reyes] called the [SB 12] bill a costly mistake for "
        "Lakeside."
    )
    assert wording.plain == text.replace(" he ", " he Tom Reyes ")


def test_a_reply_is_not_cut_from_what_it_replied() -> None:
    text = (
        "As he prepared to travel to Riverside, Mr. Reyes responded to Ms. Lee’s attacks, noting "
        "on Twitter that the former mayor once invited him to visit."
    )
    wording = stand_alone(text, ["Tom Reyes met Ann Lee on Monday."])
    assert wording is not None
    # "Mr. Reyes responded to Ms. Lee's attacks." alone tells nothing: the clause is the reply
    assert shortened(wording, text) is None
    # "wasted no time firing back" is a reply too, whatever the verb's form
    fired = (
        "Republican Attorney General Tom Reyes wasted no time firing back, calling Gov. Ann "
        "Lee's executive order unconstitutional and warning that he would sue in 30 days."
    )
    assert shortened(stand_alone(fired) or pytest.fail("no wording"), fired) is None
    # a trailing gloss after a claim of its own still goes
    glossed = (
        "The Lakeside council approved the stadium budget on Monday, setting the stage for a "
        "long fight with the mayor."
    )
    cut = shortened(stand_alone(glossed) or pytest.fail("no wording"), glossed)
    assert cut is not None and cut.text.endswith("on Monday.")


def test_a_possessive_before_a_capitalised_word_is_no_full_name() -> None:
    from briefing.stages.narrative import _full_name, _titled_surnames

    before = ["The panel met after Tom Reyes's Lakeside inquiry ended in March."]
    assert _full_name("Lakeside and", before) is None
    sentence = "Ann Lee spoke of a link between the mayor and Lakeside on Friday."
    assert _titled_surnames(sentence, 0, before, main_figures=True) == []
    assert _full_name("Reyes said", ["Mayor Tom Reyes spoke."]) == ("Tom Reyes", 5)


def test_a_closing_according_to_the_terms_of_a_bill_stays() -> None:
    from briefing.stages.narrative import Wording, shortened

    head = "The Lakeside council would be permitted to close the harbor when a storm is forecast"
    terms = f"{head} inside the bay, according to the terms of the Harbor Act."
    assert shortened(Wording(terms, "", 0, len(terms)), terms) is None
    # a record as the source reports the claim: the brief may drop it
    records = f"{head} inside the bay, according to court records."
    short = shortened(Wording(records, "", 0, len(records)), records)
    assert short is not None and short.text == f"{head} inside the bay."


def test_an_owners_act_named_by_a_noun_leans_on_the_sentence_that_told_it() -> None:
    from briefing.stages.narrative import _unintroduced

    # "Lee's concession": whose it is is said, what she conceded is not
    assert _unintroduced("Mayor Ann Lee's concession paved the way for a harbor vote.")
    assert _unintroduced("Mayor Ann Lee's move drew a crowd to City Hall on Monday.")
    # what follows says which
    assert _unintroduced("Mayor Ann Lee's decision to close the harbor drew a crowd.") is None


def test_the_last_part_of_a_two_part_surname_is_no_surname_alone() -> None:
    from briefing.stages.narrative import _titled_surnames

    before = [
        "Tom Reyes will meet President Ann Maria Lopez Vega on Wednesday.",
        "Dan Ellis spoke.",
    ]
    sentence = "Reyes said the invitation from Mr. Lopez Vega was a mistake, and Ellis agreed."
    found = _titled_surnames(sentence, 0, before, main_figures=True)
    # "Vega" is the end of the name "Mr. Lopez Vega", not a surname a first name completes
    # ("Mr. Lopez [Ann Maria Lopez] Vega"); "Ellis" alone still gets his first name
    assert [first for _, first in found] == ["Dan"]


def test_a_capitalized_word_before_a_title_is_a_place_not_a_surname() -> None:
    from briefing.stages.narrative import _titled_surnames

    # "Second Chance Westmark" reads as a run ending on "Chance Westmark": still, "any Westmark
    # governor" is the state's governor, not a person's first name to fill in
    before = ["Ann Lee, director of Second Chance Westmark, praised the decision."]
    sentence = "Gov. Tom Reyes has used the power more than any Westmark governor in decades."
    assert _titled_surnames(sentence, 0, before, main_figures=True) == []
    # a surname the next words act on still gets its first name
    sentence = "The board said Westmark agreed."
    assert _titled_surnames(sentence, 0, ["Chance Westmark spoke."], main_figures=True) == [
        (15, "Chance")
    ]


def test_the_groups_or_the_firms_a_sentence_never_names_lean_on_the_sentence_before() -> None:
    said = "Ann Lee said the groups needed to do more to distance themselves from hate groups."
    assert stand_alone(said, ["Several groups rallied outside City Hall on Monday."]) is None
    # the one name the article put on them before is ours to give, in brackets
    before = ["Riverside Tea Party groups rallied outside City Hall on Monday."]
    shown = stand_alone(said, before)
    assert shown is not None and "the [Riverside Tea Party] groups needed" in shown.text
    firms = "The firms have denied giving the state a back door to their systems."
    assert stand_alone(firms, ["Lakeside Bank and Riverside Trust were named."]) is None
    # named in the same sentence, they are introduced
    named = "Ann Lee said Riverside Tea Party groups needed to do more to distance themselves."
    assert stand_alone(named, before) is not None


def test_it_after_a_speech_verb_is_the_body_the_sentence_opens_on() -> None:
    from briefing.stages.narrative import stand_alone

    body = "Lakeside Appliance announced Tuesday that it will cut 900 jobs at its Riverside plant."
    assert stand_alone(body, []) is not None
    said = "Lakeside Appliance said on Tuesday that it would lay off 900 workers."
    assert stand_alone(said, []) is not None
    # a person's name is no "it"; nor is a body the pronoun's clause does not report
    assert stand_alone("Ann Lee announced Tuesday that it will cut 900 jobs.", []) is None
    assert stand_alone("Lakeside Appliance is not sure it will happen.", []) is None


def test_an_unnamed_bill_gets_the_description_the_articles_opening_gave_it() -> None:
    before = [
        "Gov. Ann Lee on Friday vetoed a sweeping rent control bill passed by Democrats.",
        "Landlords had lobbied against it for months.",
    ]
    text = "The bill cleared the House 58-41 last month and the Senate 21-17."
    wording = stand_alone(text, before)
    assert wording is not None
    assert wording.text == (
        "The [rent control] bill cleared the House 58-41 last month and the Senate 21-17."
    )
    # the source's own words stay verbatim around our bracket
    assert wording.plain == text
    # "the agreement" inside a sentence: the one description the opening put on the deal
    deal = ["The Riverside council on Monday approved a stadium deal with the Lakeside Hawks."]
    said = "Under the agreement, the Lakeside Hawks will sign a 30-year lease."
    shown = stand_alone(said, deal)
    assert shown is not None and shown.text == (
        "Under the [stadium] agreement, the Lakeside Hawks will sign a 30-year lease."
    )


def test_an_unnamed_bill_in_the_object_takes_the_description_a_gerund_gave_it() -> None:
    # a tagger reads "spending" in "a $1.1 trillion spending package" as a verb; it still
    # says what kind of package this is, after a figure as after a determiner
    before = [
        "Congress on Friday approved a sweeping $1.1 trillion spending package that keeps the "
        "federal government open through September."
    ]
    text = "Travis Kimble was among 98 House Republicans who voted against the bill."
    wording = stand_alone(text, before)
    assert wording is not None
    assert wording.text == text.replace("the bill", "the [spending] bill")
    package = "The package boosts defense spending by $15 billion over last year's levels."
    shown = stand_alone(package, before)
    assert shown is not None and shown.text.startswith("The [spending] package boosts")
    # "to approve the package": what a chamber approves is the bill, in any tense
    voted = "The House voted 263-164 to approve the package on Friday afternoon."
    approved = stand_alone(voted, before)
    assert approved is not None
    assert approved.text == voted.replace("the package", "the [spending] package")
    # "sweeping" grades the package: no kind, so the bill stays unexplained
    graded = ["Congress on Friday approved a sweeping package that keeps the government open."]
    assert stand_alone(text, graded) is None


def test_a_bill_with_no_name_and_no_one_description_leans_on_the_sentence_before() -> None:
    text = "The bill cleared the House 58-41 last month and the Senate 21-17."
    # described in no way, or in two ways (which bill?), or by part of a word
    for before in (
        ["Gov. Ann Lee on Friday vetoed legislation that would have capped rents."],
        ["Gov. Ann Lee vetoed a rent control bill and signed a tax bill on Friday."],
        ["Lawmakers on Friday passed sweeping state-funded legislation in Riverside."],
    ):
        assert stand_alone(text, before) is None, before
    # a compound of nouns is one word of description, taken whole
    before = ["Lawmakers on Friday passed sweeping election-security legislation in Riverside."]
    wording = stand_alone(text, before)
    assert wording is not None and wording.text.startswith("The [election-security] bill")


def test_a_bill_named_in_its_own_apposition_stands_alone() -> None:
    before = ["Gov. Ann Lee on Friday vetoed a bill passed by Democrats."]
    text = "The measure, House Bill 212, would have capped annual rent increases at 5 percent."
    wording = stand_alone(text, before)
    assert wording is not None and wording.text == text


def test_there_naming_a_place_the_sentence_does_not_show_leans_back() -> None:
    before = ["The team plays at Beacon Park, which opened in 1971."]
    assert stand_alone("Tom Reyes has said repairs there would cost $200 million.", before) is None
    assert stand_alone("Officials there said the pier would close on Monday.", before) is None
    # the "there" of "there is", and a place the sentence names itself, lean on nothing
    for text in (
        "Tom Reyes said there was no plan to close the Riverside pier.",
        "In 2024, there were 14 closures of the Riverside pier.",
        "Officials did not say what will become of Camp Veldt or the gear stored there.",
    ):
        assert stand_alone(text, before) is not None, text


def test_a_cut_before_a_loaded_closing_clause_leaves_no_comma_behind() -> None:
    from briefing.stages.narrative import without_loaded_tail
    from briefing.text.lexicon import load_lexicon

    text = (
        "Lakeside Appliance said Tuesday it will cut 900 jobs at its Riverside plant and move "
        "the work to its newer factory in Carverton, blaming massive energy prices."
    )
    wording = stand_alone(text)
    assert wording is not None
    cut = without_loaded_tail(wording, text, load_lexicon())
    assert cut is not None
    assert cut.text == (
        "Lakeside Appliance said Tuesday it will cut 900 jobs at its Riverside plant and move "
        "the work to its newer factory in Carverton."
    )
    assert cut.text == cut.inserted + text[cut.start : cut.end] + cut.appended


def test_an_object_pronoun_is_named_or_the_sentence_does_not_read_alone() -> None:
    before = [
        "Gov. Gordon Pell on Tuesday pardoned Raymond Ostrowski, a former transportation "
        "official convicted of taking bribes.",
        "Ostrowski served 19 months of a six-year sentence.",
    ]
    shown = stand_alone("A Harlan County jury convicted him in 2023 of taking bribes.", before)
    assert shown is not None
    assert shown.text == (
        "A Harlan County jury convicted him [Raymond Ostrowski] in 2023 of taking bribes."
    )
    # no woman the sentences before name: "her" is no one a reader knows
    assert stand_alone("The board named her chair last year.", before) is None
    # named later in the sentence, but not in a clause of its own: still no one
    listed = stand_alone(
        "A Harlan County jury convicted him of taking a boat from Keller-Brandt Paving.", before
    )
    assert listed is not None and "him [Raymond Ostrowski]" in listed.text


def test_a_sentence_that_only_answers_the_one_before_does_not_read_alone() -> None:
    before = ["The Alder Falls school board voted 5-2 to close three schools."]
    assert stand_alone("Board Chairman Gary Lind was having none of it.", before) is None
    assert stand_alone("Board President Curtis Hall was more dismissive.", before) is None
    # ...nor with what he said after it, which a shorter wording would cut
    text = "Board President Curtis Hall was more dismissive, accusing the union of scaring parents."
    assert stand_alone(text, before) is None
    # a comparison the sentence completes itself reads alone
    assert stand_alone("The council was more divided than ever on the plan.", before) is not None


def test_a_description_before_a_place_is_no_first_name() -> None:
    before = ["Small-town Tamsworth is about to lose its only airline."]
    text = "The airline said its 14 employees at the Tamsworth airport will be offered jobs."
    wording = stand_alone(text, before)
    assert wording is None or "[Small-town]" not in wording.text


def test_no_name_goes_on_a_body_the_sentence_told_of_or_on_a_ranked_kind() -> None:
    before = [
        "Meridian Health will close the maternity unit at Tamsen County Hospital, and the "
        "Tamsen County Board of Commissioners voted 5-0 to demand a reversal.",
    ]
    # "the board" is the advisory board the sentence itself named first, not the county's
    told = stand_alone(
        "Walt Ross, chairman of the hospital's community advisory board, said the board had "
        "approved signing bonuses.",
        before,
    )
    assert told is not None and "board had" in told.text and "] board" not in told.text
    # (the one hospital the article named is that hospital: "the [Tamsen County] hospital's")
    assert "the [Tamsen County] hospital's community advisory board" in told.text
    # with no board before it in the sentence, the one the article named is meant
    bare = stand_alone("Walt Ross said the board had approved signing bonuses.", before)
    assert bare is not None and "the [Tamsen County] board had" in bare.text
    # "the first ... veto override since 2016" speaks of the kind: no governor's name on it,
    # and it reads alone as it is
    vetoed = [
        "The Delcora Legislature on Tuesday overrode Gov. Thomas Ashby's veto of a bill "
        "banning cellphones in classrooms.",
    ]
    ranked = stand_alone(
        "Tuesday's vote was the first successful veto override in Delcora since 2016.", vetoed
    )
    assert ranked is not None
    assert (
        ranked.text
        == "Tuesday's vote was the first successful veto override in Delcora since 2016."
    )


def test_a_university_a_utility_and_a_carrier_are_named_as_the_article_named_them() -> None:
    regents = ["The Board of Regents of Westmarch State University voted to raise tuition."]
    shown = stand_alone("The university said most students will not pay more.", regents)
    # the university whose board the name is, not the board
    assert shown is not None and shown.text.startswith("The [Westmarch State] university said")
    utility = ["Meridian Valley Power said on Tuesday that it would keep its coal plant open."]
    shown = stand_alone("The utility had committed in 2021 to retire the plant in 2027.", utility)
    assert shown is not None and shown.text.startswith("The [Meridian Valley Power] utility")
    airline = ["SkyBridge Regional Airlines will end all flights to Tamsworth on April 30."]
    shown = stand_alone("The carrier is the only airline at the airport.", airline)
    assert shown is not None and shown.text.startswith("The [SkyBridge Regional Airlines] carrier")


def test_a_body_called_by_its_kind_is_named_as_the_article_named_it() -> None:
    before = [
        "Lakeside's City Council on Tuesday night approved a stadium deal worth $450 million.",
    ]
    shown = stand_alone("The council voted 7-4 to back the $1.1 billion ballpark.", before)
    assert shown is not None
    assert shown.text == "The [Lakeside City] council voted 7-4 to back the $1.1 billion ballpark."
    # the verbatim part is unchanged: our words are only those in brackets
    assert unbracket(shown.plain) == "The council voted 7-4 to back the $1.1 billion ballpark."
    board = stand_alone(
        "Dozens of residents addressed the board during four hours of public comment.",
        ["The Linden Valley school board voted 5-2 Monday night to ban student phones."],
    )
    assert board is not None and "the [Linden Valley school] board during" in board.text
    # a title that opens on the kind: "Agency spokesman" is the agency's
    spokesman = stand_alone(
        "Agency spokesman Marcus Bell said officials would consider an appeal.",
        ["The Federal Lands Stewardship Agency issued the rule in January."],
    )
    assert spokesman is not None and spokesman.text.startswith(
        "[Federal Lands Stewardship] Agency spokesman Marcus Bell said"
    )
    # a place's board is that place's ("Linden Valley's school board")
    owned = stand_alone(
        "Dozens of residents addressed the board during four hours of public comment.",
        ["Linden Valley's school board voted Monday to ban student phones."],
    )
    assert owned is not None and "the [Linden Valley school] board during" in owned.text
    # two councils named: never guessed; a sentence that names it needs nothing
    two = ["The Riverside City Council and the Lakeside City Council met on Monday."]
    alone = stand_alone("The council voted 7-4 to back the ballpark on Monday.", two)
    assert alone is not None and "[" not in alone.text
    named = stand_alone("The City Council met, and the council voted 7-4 on Monday.", before)
    assert named is not None and "[" not in named.text


def test_a_titled_role_as_subject_is_the_person_titled_so() -> None:
    before = ["A Riverside jury on Thursday found former city treasurer Tom Reyes guilty."]
    wording = stand_alone("The treasurer faces up to 20 years in prison.", before)
    assert wording is not None and wording.text.startswith("[Tom Reyes] faces")
    # no one was titled judge: the defendant just named is not "the judge"
    assert stand_alone("The judge set sentencing for Sept. 18.", before) is None
    titled = ["Judge Ann Lee heard the Riverside case on Thursday."]
    wording = stand_alone("The judge set sentencing for Sept. 18.", titled)
    assert wording is not None and wording.text.startswith("[Ann Lee] set")


def test_the_company_is_the_one_business_the_article_named() -> None:
    before = ["Attorney General Ann Lee sued Riverside Pharmacy on Tuesday over opioid sales."]
    text = "Lee wants at least $600 million in damages from the company."
    wording = stand_alone(text, before)
    assert wording is not None and wording.text == (
        "[Ann Lee] wants at least $600 million in damages from the [Riverside Pharmacy] company."
    )
    # two businesses named: which one is meant is unclear, so the sentence cannot stand alone
    two = [before[0], "Lakeside Drug Co. was not named in the suit."]
    assert stand_alone(text, two) is None


def test_that_after_a_noun_opens_a_relative_clause_not_a_demonstrative() -> None:
    text = (
        "Riverside Gov. Ann Lee signed an executive order Monday that bars state agencies from "
        "helping federal agents carry out deportations."
    )
    wording = stand_alone(text)
    assert wording is not None and wording.plain == text
    # "that decision" still points back
    assert stand_alone("Ann Lee defended that decision on Monday in Riverside.") is None


def test_the_thing_the_opening_described_is_named_by_that_description() -> None:
    before = [
        "Riverside Gov. Ann Lee on Monday signed an executive order that limits the ability of "
        "state agencies to assist federal immigration authorities."
    ]
    text = "The order directs the Riverside State Patrol not to hold anyone on a detainer."
    wording = stand_alone(text, before)
    assert wording is not None
    assert wording.text == text.replace("The order", "The [executive] order")
    # "It" right after a sentence that opens on that thing is that thing
    it = "It does not cover county sheriffs, who run most of the state's jails."
    after = stand_alone(it, [*before, text])
    assert after is not None
    assert after.text == it.replace("It", "[The executive order]")
    # how big or new the writer found it is no kind: then the sentence leans on the one before
    swept = [before[0].replace("an executive order", "a sweeping order")]
    assert stand_alone(text, swept) is None


def test_an_object_it_after_the_subjects_apposition_has_no_referent_there() -> None:
    from briefing.stages.narrative import _pronoun_without_referent

    rated = (
        'FactCheck, a nonpartisan project based at Riverside University, rated it "Mostly '
        'False," finding that 640 jobs could be tied to production moved abroad.'
    )
    # "it" is the ad of the sentences before, not FactCheck or the university
    assert _pronoun_without_referent(rated)
    # a thing the sentence names before the verb's own clause still can be
    assert not _pronoun_without_referent("Congress passed the bill in June, and Lee vetoed it.")
    assert not _pronoun_without_referent("Lee introduced a bill in March, calling it a start.")


def test_the_ad_the_opening_described_is_named_by_that_description() -> None:
    before = ["Sen. Ann Lee is facing fire over a new television ad that attacks Tom Reyes."]
    text = 'The fact-checking site FactCheck rated the ad\'s central claim "Mostly False."'
    wording = stand_alone(text, before)
    assert wording is not None and "the [television] ad's central claim" in wording.text


def test_a_sentence_that_leans_on_a_comparison_or_a_verb_before_it_does_not_stand_alone() -> None:
    before = ["Riverside Gov. Ann Lee vetoed the stadium bill on Monday.", "Lakeside cheered."]
    for text in (
        # further than whom, the verb left out, one more than which
        "Riverside Democratic Party Chairwoman Mia Cole went further.",
        "Student IDs from the University of Riverside and other public colleges did not.",
        "Another $1.3 million will go to homeless outreach and summer jobs for young people.",
        "Lakeside County followed suit on Tuesday.",
    ):
        assert stand_alone(text, before) is None, text
    # what the comparison adds is stated; "do" is a verb after "would"; "May" is a month
    for text in (
        "Riverside Democratic Party Chairwoman Mia Cole went further, demanding that Ann Lee "
        "resign her seat.",
        "Tom Reyes, the council's clerk, said Friday that Ann Lee would not do.",
        "The Riverside council said on Monday that it would vote on the stadium in May.",
    ):
        assert stand_alone(text, before) is not None, text


def test_a_she_needs_a_person_before_her_not_a_party_a_state_or_an_opening_capital() -> None:
    before = ["Riverside state Rep. Ann Lee left the Democratic Party on Monday.", "It was news."]
    for text in (
        "In March, Democratic leaders removed her as vice chairwoman of the Agriculture Committee.",
        "Poll workers turned her away at the polls in the May primary.",
        "Iowa Republicans welcomed her to the caucus on Tuesday morning.",
    ):
        assert stand_alone(text, before) is None, text
    named = (
        "In March, Democratic leaders removed Ann Lee as vice chairwoman of the Agriculture "
        "Committee."
    )
    assert stand_alone(named, before) is not None
    assert stand_alone("Tom Reyes said on Tuesday she had been treated unfairly.", before)


def test_an_unnamed_representative_or_council_member_leans_on_the_sentence_that_names_her() -> None:
    for text in (
        "A Democratic state representative from northeast Iowa announced on Monday that she "
        "was switching parties.",
        "A veteran Riverside councilwoman said Friday she would run for mayor in 2026.",
    ):
        assert stand_alone(text, ["Riverside held a vote.", "It was close."]) is None, text


def test_a_figure_or_a_challenge_no_earlier_words_introduce_leans_back() -> None:
    before = ["Fifteen states sued the agency on Monday over its power plant rule.", "It was."]
    for text in (
        "White House spokesman Tom Reyes shrugged off the legal challenge on Monday.",
        "The Riverside Power Alliance, an industry group, has put the cost at $41 billion a year.",
        "The EPA puts the figure closer to $8 billion.",
    ):
        assert stand_alone(text, before) is None, text
    # said which: "the cost of the rule", "a lawsuit ... the challenge"
    for text in (
        "The Riverside Power Alliance, an industry group, has put the cost of the rule at $41 "
        "billion a year.",
        "Fifteen states filed a lawsuit on Monday, and Tom Reyes said the challenge would fail.",
    ):
        assert stand_alone(text, before) is not None, text


def test_a_closing_gloss_on_the_whole_act_is_cut_its_own_commas_and_all() -> None:
    text = (
        "President Ann Lee on Thursday imposed tariffs of 25 percent on steel from six "
        "countries, including China and Russia, a sweeping move to shield the steel industry "
        "that drew praise from steelmakers but alarmed farm-state lawmakers, who warned that "
        "agriculture would bear the brunt."
    )
    short = shortened(Wording(text, "", 0, len(text)), text)
    assert short is not None
    assert short.text == (
        "President Ann Lee on Thursday imposed tariffs of 25 percent on steel from six "
        "countries, including China and Russia."
    )
    ranked = (
        "The Riverside council voted 5-4 on Monday to cut $4.5 million from the police budget, "
        "one of the most significant shifts of police funding by an American city."
    )
    short = shortened(Wording(ranked, "", 0, len(ranked)), ranked)
    assert short is not None and short.text.endswith("from the police budget.")
    # an appositive on a person, with a list after it, is no gloss on the act
    listed = "Ann Lee met on Monday with Tom Reyes, a senator from Riverside, and Mia Cole."
    assert shortened(Wording(listed, "", 0, len(listed)), listed) is None


def test_a_surname_before_a_possessive_gets_the_first_name_the_article_gave() -> None:
    before = [
        "Riverside State Auditor Ann Lee released an audit of the housing agency on Tuesday.",
        "The audit ran to 64 pages.",
        "Mia Cole, the agency's director, said the findings were wrong.",
    ]
    wording = stand_alone("Lee's office has recommended that the city repay $2 million.", before)
    assert wording is not None
    assert wording.text == "[Ann Lee]'s office has recommended that the city repay $2 million."
    called = stand_alone("Councilman Tom Reyes has called for Cole's resignation.", before)
    assert called is not None
    assert called.text == "Councilman Tom Reyes has called for [Mia] Cole's resignation."


def test_a_main_figure_named_by_surname_alone_gets_the_first_name_in_each_fact() -> None:
    # a fact is read on its own: the lead that named him in full is not in the brief
    before = [
        "Virginia Attorney General Curtis Ambler slammed an investigation on Tuesday.",
        "The inquiry was announced on Monday.",
    ]
    text = "State Sen. Lydia Brannock said Ambler should step aside while the inquiry proceeds."
    wording = stand_alone(text, before)
    assert wording is not None and "said [Curtis] Ambler should" in wording.text
    # "Mr. Ambler", the main figure: the brief's opening names him
    titled = "State Sen. Lydia Brannock said Mr. Ambler should step aside on Monday."
    wording = stand_alone(titled, before)
    assert wording is not None and "[" not in wording.text
    # a word opening a sentence before a name is no first name ("If Obama wins, ...")
    lead = ["If Obama wins Ohio, Democrats keep the Senate, analysts said on Monday.", "So."]
    wording = stand_alone("Analysts said Paul Ryan had to stop the Obama ticket in Ohio.", lead)
    assert wording is not None and "[If]" not in wording.text


def test_a_possessive_pronoun_subject_is_resolved_as_a_pronoun_subject_is() -> None:
    before = [
        "Iowa state Rep. Carla Benn announced Monday that she is leaving the Democratic Party.",
        "Democrats were stunned.",
    ]
    text = "Her switch breaks a 50-50 tie in the chamber and gives Republicans a 51-49 majority."
    wording = stand_alone(text, before)
    assert wording is not None
    assert wording.text.startswith("[Carla Benn's] switch breaks a 50-50 tie")
    # no one before it: whose, the reader cannot tell
    assert stand_alone(text, ["The Iowa House met on Monday.", "It was tied."]) is None


def test_running_again_is_the_act_not_a_pointer_to_the_sentence_before() -> None:
    before = ["Iowa state Rep. Carla Benn left the Democratic Party on Monday.", "It was news."]
    text = (
        "The state Democratic chairwoman, Monica Ferrante, called on Carla Benn to resign and "
        "seek the seat again in a special election."
    )
    assert stand_alone(text, before) is not None
    assert (
        stand_alone("Monica Ferrante on Tuesday called again for Carla Benn to resign.", before)
        is None
    )
    # a cut that leaves only a comparison is no wording: further than what the clause said
    went = "Monica Ferrante went further, demanding that Carla Benn resign and run again."
    wording = stand_alone(went, before)
    assert wording is not None and shortened(wording, went) is None


def test_the_story_act_is_named_by_who_did_it_or_whom_it_is_about() -> None:
    veto = ["Lakeside Gov. Ann Lee on Friday vetoed a paid family leave bill."]
    text = "Senate President Tom Reyes vowed to override the veto when lawmakers return in January."
    wording = stand_alone(text, veto)
    assert wording is not None
    assert "override the [Ann Lee] veto when" in wording.text
    # the sentence names her: whose veto it says itself
    own = stand_alone("Ann Lee said the veto would stand.", veto)
    assert own is not None and own.text == "Ann Lee said the veto would stand."
    # a body that acts: "to ban" after "The Lakeside City Council voted"
    ban = ["The Lakeside City Council voted 5-2 on Monday to ban gas hookups in new buildings."]
    said = stand_alone("Builders said the ban would raise costs.", ban)
    assert (
        said is not None
        and said.text == "Builders said the [Lakeside City Council] ban would raise costs."
    )
    # an inquiry may be by someone or into someone: the brackets say which, after the noun
    opened = ["Inspector General Dale Ruiz opened an investigation into Mayor Tom Reyes."]
    late = stand_alone("Critics said the investigation was overdue.", opened)
    assert late is not None
    assert late.text == "Critics said the investigation [by Dale Ruiz] was overdue."
    into = ["The state's inspector general opened an investigation into Mayor Tom Reyes."]
    about = stand_alone("Critics said the investigation was overdue.", into)
    assert about is not None
    assert about.text == "Critics said the investigation [into Tom Reyes] was overdue."
    # a speaker in another clause did not open it: whom it is into says which
    said = [
        '"The plane is no taxi," Del. Ann Lee said Monday, after the inspector general '
        "launched an investigation into Mayor Tom Reyes."
    ]
    other = stand_alone("Critics said the investigation was overdue.", said)
    assert other is not None
    assert other.text == "Critics said the investigation [into Tom Reyes] was overdue."
    # two people before the act: never guessed
    two = ["Gov. Ann Lee and Speaker Tom Reyes on Friday vetoed the plan together."]
    cole = "Senate President Mia Cole vowed to override the veto when lawmakers return."
    left = stand_alone(cole, two)
    assert left is not None and left.text == cole


def test_a_pronoun_the_next_clause_names_reads_alone() -> None:
    text = (
        "Ohio Democrats are accusing one of their own of betraying the voters who elected "
        "her, after state Rep. Ann Lee announced Monday that she is leaving the party."
    )
    wording = stand_alone(text)
    assert wording is not None and wording.text == text
    # no one named after it: "her" is whoever the sentence before named
    alone = (
        "Ohio Democrats are accusing one of their own of betraying the voters who elected her, "
        "after the vote."
    )
    assert stand_alone(alone) is None


def test_in_return_points_back_and_goes_but_in_exchange_for_is_kept() -> None:
    text = "In return, the indictment says, Tom Pryce inserted an amendment into the budget."
    wording = stand_alone(text)
    assert wording is not None
    assert wording.text == "[T]he indictment says, Tom Pryce inserted an amendment into the budget."
    offer = "In exchange for $5 billion, Ann Lee offered to restore protections for 300,000 people."
    kept = stand_alone(offer)
    assert kept is not None and kept.text == offer


def test_a_person_is_no_it_and_the_court_is_the_one_the_article_named() -> None:
    before = [
        "The Lakeside Teachers Union sued the state over a pension law Gov. Tom Reyes signed."
    ]
    text = "Reyes's spokesman, Dale Ruiz, said the governor expected it to be upheld."
    assert stand_alone(text, before) is None  # "it": the law, which the sentence never shows
    filed = ["The union filed the lawsuit in Franklin Circuit Court on Tuesday."]
    court = stand_alone("The court has scheduled a hearing for Aug. 22.", filed)
    assert court is not None
    assert court.text == "The [Franklin Circuit] court has scheduled a hearing for Aug. 22."
    # a court the article leaves unnamed beside a named one: which, the words do not say
    two = ["The union sued in federal court, and the Supreme Court may hear the case."]
    left = stand_alone("The court has scheduled a hearing for Aug. 22.", two)
    assert left is None or "[" not in left.text


def test_a_cut_that_leaves_only_the_manner_of_a_statement_is_no_fact() -> None:
    # "didn't mince words, calling the ban ...": the clause is the statement; without it the
    # sentence tells a reader nothing
    for opening in (
        "State Sen. Dale Whitcomb, a Republican from Carthage, didn't mince words",
        "The restaurant owners' objections were echoed by Councilwoman Ann Reyes",
        "Mayor Tom Ellis, who backed the ban from the start, was even blunter",
    ):
        said = f"{opening}, calling the ordinance a job killer that will drive builders away."
        assert shortened(Wording(said, "", 0, len(said)), said) is None, opening
    # a cut that leaves the act stands
    said = (
        "The Olympia City Council voted 5-2 on Tuesday to ban gas hookups in new buildings, "
        "calling the measure a step toward the city's climate goals."
    )
    short = shortened(Wording(said, "", 0, len(said)), said)
    assert short is not None and short.text.endswith("new buildings.")


def test_a_sentence_opening_on_the_story_act_says_whose_it_is() -> None:
    sued = ["Lakeside Attorney General Ann Lee on Tuesday sued Glimmer, a photo-sharing app."]
    text = "The lawsuit claims Glimmer collected photos from users under 13 without consent."
    wording = stand_alone(text, sued)
    assert wording is not None
    assert wording.text.startswith("The lawsuit [by Ann Lee] claims Glimmer collected")
    assert wording.plain == text
    # its apposition already says whose: it reads alone as it is
    filed = (
        "The lawsuit, filed in Cook County Circuit Court by Attorney General Ann Lee, contends "
        "that Glimmer collected photos from users under 13."
    )
    unnamed = ["The state's attorney general sued the photo-sharing company Glimmer on Tuesday."]
    own = stand_alone(filed, unnamed)
    assert own is not None and own.text == filed
    # no one named for the act: the sentence leans on what the reader has not seen
    assert stand_alone(text, unnamed) is None


def test_the_city_is_named_where_the_article_named_one() -> None:
    audit = ["State Auditor Ann Lee said Kansas City's housing agency misspent $7.4 million."]
    wording = stand_alone("The city has 30 days to file a formal response.", audit)
    assert wording is not None
    assert wording.text == "The city [of Kansas City] has 30 days to file a formal response."
    # the sentence names it, or names a city council: nothing to add
    said = "Kansas City Mayor Tom Reyes said the city would appeal."
    assert stand_alone(said, audit).text == said
    council = "The city council voted 5-2 to appeal."
    assert "[" not in (stand_alone(council, audit) or Wording(council, "", 0, 1)).text
    # a city of two words is named whole
    york = ["New York Mayor Eric Lee said Tuesday that the subway budget would grow."]
    assert stand_alone("The city will hire 300 workers.", york).text == (
        "The city [of New York] will hire 300 workers."
    )
    # two cities named: which one, the brief cannot say
    two = [*audit, "Philadelphia Mayor Dan Ellis praised the audit."]
    assert "[of" not in stand_alone("The city has 30 days to respond.", two).text


def test_the_state_or_county_is_named_where_the_article_named_one() -> None:
    passed = [
        "The Ardena Legislature on Monday passed a bill capping rent increases at 5 percent.",
        "Most tenants in Corliss County rent their homes.",
    ]
    wording = stand_alone(
        "About 300,000 renters in the state pay half their income in rent.", passed
    )
    assert wording is not None
    assert (
        wording.text
        == "About 300,000 renters in the state [of Ardena] pay half their income in rent."
    )
    county = stand_alone("Rents in the county rose 9 percent last year.", passed)
    assert county is not None
    assert county.text == "Rents in the county [of Corliss] rose 9 percent last year."
    # a US state named by its name alone is named too
    ohio = ["Gov. Ann Lee signed the measure in Columbus, Ohio, on Friday."]
    assert stand_alone("The state will hire 50 inspectors.", ohio).text == (
        "The state [of Ohio] will hire 50 inspectors."
    )
    # a word of a longer noun, an owner, or a sentence that says which: nothing to add
    for text in (
        "The state attorney general will defend the law.",
        "The state's tenants union praised the bill.",
        "Ardena Gov. Tom Reyes said the state would enforce it.",
    ):
        assert "[of" not in (stand_alone(text, passed) or Wording(text, "", 0, 1)).text
    # two states named: which one, the brief cannot say
    two = [*passed, "A similar bill failed in the Westmarch Legislature last year."]
    assert (
        "[of"
        not in stand_alone(
            "About 300,000 renters in the state pay half their income in rent.", two
        ).text
    )


def test_the_district_is_the_one_of_the_school_board_the_article_named() -> None:
    voted = ["The Alder Falls school board voted 5-2 to close two schools."]
    wording = stand_alone("The district last closed a school in 2011.", voted)
    assert wording is not None
    assert wording.text == "The [Alder Falls] district last closed a school in 2011."
    two = [*voted, "The Linden Valley School Board voted to keep its schools open."]
    # (which district, the brief cannot say: the sentence leans on the one before)
    assert stand_alone("The district last closed a school in 2011.", two) is None


def test_the_plan_is_told_by_what_the_openings_vote_was_to_do() -> None:
    voted = [
        "The Harwick school board voted 5-2 early Friday to close three elementary schools at "
        "the end of the year, after hours of testimony.",
    ]
    text = "Board members Ana Ruiz and Tom Reyes voted against the plan."
    wording = stand_alone(text, voted)
    assert wording is not None
    assert wording.text == (
        "[Harwick school] Board members Ana Ruiz and Tom Reyes voted against the plan [to close "
        "three elementary schools]."
    )
    # an adjective that judges what the act is done to is the writer's, not the act's
    shown = stand_alone(text, ["The board voted 5-2 to close three half-empty schools."])
    assert shown is not None and shown.text.endswith("against the plan [to close three schools].")
    # a vote on a thing ("to approve the deal"), a to-clause of another verb, a verb that
    # judges, or whose it is left open: the sentence stays as it is
    for opening in (
        "The council voted 7-4 to approve the ballpark deal.",
        "The legislature approved a bill raising the minimum age to buy rifles from 18 to 21.",
        "The board voted 5-2 to slash the library budget.",
        "Commissioners voted 4-1 to let his office install 40 cameras.",
        "The board rejected the application, voting 7-2 against it.",
    ):
        shown = stand_alone(text, [opening])
        assert shown is None or "[to" not in shown.text, opening


def test_a_vote_against_nothing_named_is_against_what_the_opening_told() -> None:
    fired = ["The Lakeside City Council voted 4-3 early Wednesday to fire City Manager Ann Lee."]
    wording = stand_alone("Tom Reyes, Rosa Diaz and Carl Webb voted against.", fired)
    assert wording is not None
    assert wording.text == (
        "Tom Reyes, Rosa Diaz and Carl Webb voted against [the motion to fire City Manager Ann "
        "Lee]."
    )
    split = stand_alone("Rosa Diaz voted in favor, and Carl Webb voted against.", fired)
    assert split is not None and split.text == (
        "Rosa Diaz voted in favor [of the motion to fire City Manager Ann Lee], and Carl Webb "
        "voted against [the motion to fire City Manager Ann Lee]."
    )
    # a vote with its object, or an opening that tells no to-clause: nothing to add
    text = "Carl Webb voted against the budget."
    assert stand_alone(text, fired).text == text
    assert (
        "["
        not in (
            stand_alone("Carl Webb voted against.", ["The council met."]) or Wording(text, "", 0, 1)
        ).text
    )


def test_a_dissenting_vote_is_on_the_motion_the_opening_told() -> None:
    fined = [
        "The state Ethics Commission voted 4-1 on Wednesday to fine Rep. Dale Hutchins $38,500"
        " after finding that he spent campaign money on a vacation."
    ]
    motion = "[on the motion to fine Rep. Dale Hutchins $38,500]"
    for text, shown in (
        ("Commissioner Walter Greaves cast the dissenting vote.", "dissenting vote {}."),
        ("The four members who voted no were named by the governor.", "voted no {} were"),
        (
            "The four dissenting votes came from members appointed by suburban cities.",
            "votes {} came",
        ),
    ):
        wording = stand_alone(text, fined)
        assert wording is not None and shown.format(motion) in wording.text, text
    # a vote said on what, or a vote that is none at all: nothing to add
    for text in (
        "Commissioner Walter Greaves cast the dissenting vote on the fine.",
        "The four members who voted no on Tuesday were named by the governor.",
    ):
        wording = stand_alone(text, fined)
        assert wording is None or "[on the motion" not in wording.text, text


def test_a_role_inside_the_sentence_is_named_where_the_article_titled_one_person() -> None:
    before = ["Gov. Ann Lee commuted the sentence of Tom Reyes on Tuesday."]
    text = "Rosa Diaz, a spokeswoman for the governor, said the family had been told."
    wording = stand_alone(text, before)
    assert wording is not None
    assert wording.text == (
        "Rosa Diaz, a spokeswoman for the governor [Ann Lee], said the family had been told."
    )
    accused = stand_alone(
        "Carl Webb accused the mayor of ignoring residents.", ["Mayor Ann Lee spoke."]
    )
    assert accused is not None and accused.text == (
        "Carl Webb accused the mayor [Ann Lee] of ignoring residents."
    )
    # an owner, a role whose place is said, one the sentence names, a former holder or two
    # holders: nothing to add
    for text, told in (
        ("Carl Webb criticized the governor's plan.", before),
        ("Carl Webb met the mayor of Riverside.", ["Mayor Ann Lee spoke."]),
        ("Lee said the governor would not comment.", before),
        ("Carl Webb criticized the governor.", ["Former Gov. Ann Lee spoke."]),
        ("Carl Webb criticized the mayor.", ["Mayor Ann Lee met Mayor Tom Reyes."]),
    ):
        shown = stand_alone(text, told)
        assert shown is None or "governor [" not in shown.text and "mayor [" not in shown.text


def test_a_thing_the_opening_described_keeps_its_description() -> None:
    before = ["The Port Alder City Council approved a new traffic camera contract on Monday."]
    wording = stand_alone("Ana Lopez, a council member, voted against the contract.", before)
    assert wording is not None
    assert wording.text == (
        "Ana Lopez, a council member, voted against the [traffic camera] contract."
    )
    # a time, a body (named, not described), or a thing the sentence describes itself: as is
    for text in (
        "Ana Lopez, a council member, spoke twice during the week.",
        "Ana Lopez, a council member, said the council met for an hour.",
        "Ana Lopez, a council member, said the camera contract was too long.",
    ):
        shown = stand_alone(text, [*before, "The council met during a busy budget week."])
        assert shown is None or "[" not in shown.text, text


def test_a_thing_of_any_kind_takes_the_nouns_or_name_the_opening_put_on_it() -> None:
    # a name or a proper adjective, a hyphened compound, nouns: each tells which one it is
    for opening, text, shown in (
        (
            "Sen. Walt Denholm endorsed Cody Ranstead in the Republican primary on Tuesday.",
            "The primary is set for Aug. 4.",
            "The [Republican] primary is set for Aug. 4.",
        ),
        (
            "The district's board voted 5 to 2 on Tuesday to adopt the four-day schedule.",
            "More than 40 districts in the state now use the schedule.",
            "More than 40 districts in the state now use the [four-day] schedule.",
        ),
    ):
        wording = stand_alone(text, [opening])
        assert wording is not None and wording.text == shown, text
    # an adjective the tagger only guessed a noun, a writer's compound, a person: as is
    for opening, text in (
        (
            "Weiner denied sending a lewd photo from his Twitter account on Wednesday.",
            "Weiner said on Friday that he did not know who received the photo.",
        ),
        (
            "The county approved the long-planned expansion of the Corliss landfill on Monday.",
            "Ana Lopez, a council member, voted against the expansion on Monday.",
        ),
        (
            "A male suspect was arrested in Florida on Friday morning, the police said.",
            "Multiple sources identified the suspect to reporters as Cesar Sayoc of Aventura.",
        ),
    ):
        wording = stand_alone(text, [opening])
        assert wording is None or "[" not in wording.text, text


def test_a_name_before_a_thing_describes_it_whole_or_not_at_all() -> None:
    before = ["The Millbrook Falls police sergeant Raymond Tolliver was suspended on Monday."]
    wording = stand_alone("Gregory Haines said the sergeant hoped to return to patrol.", before)
    assert wording is not None and "Falls police]" not in wording.text
    before = ["The Tamsen Valley unit will close on March 31, Meridian Crest Health said."]
    wording = stand_alone("Two of the unit's three obstetricians are leaving the hospital.", before)
    assert wording is not None
    assert (
        wording.text
        == "Two of the [Tamsen Valley] unit's three obstetricians are leaving the hospital."
    )


def test_it_after_an_apposed_subject_has_no_referent_in_the_subject() -> None:
    before = ["House Democrats passed a sweeping voting rights bill on Wednesday."]
    # "Kentucky" is in the subject of "has branded": the apposition's commas close no clause
    text = (
        "Senator Mitch McConnell of Kentucky, the majority leader, has branded it a power grab"
        " in weekly speeches."
    )
    assert stand_alone(text, before) is None
    text = "The council passed the bill, and Ann Lee, the mayor, signed it on Tuesday."
    assert stand_alone(text, before) is not None


def test_an_act_of_another_year_is_not_named_for_the_story_s_actor() -> None:
    before = ["Gov. Ann Lee on Monday ordered a freeze on state hiring to close a budget gap."]
    text = "The last time the state froze hiring was in 2010, when the freeze lasted 19 months."
    wording = stand_alone(text, before)
    assert wording is not None and "Ann Lee" not in wording.text
    # this year's, told without a year, is hers
    told = stand_alone("State agencies said the freeze would delay 400 hires.", before)
    assert told is not None and "[Ann Lee] freeze" in told.text


def test_that_framing_or_the_criticism_points_back_at_words_not_shown() -> None:
    before = ["Developers say Asheville needs more housing."]
    assert stand_alone("Residents of Millbrook Heights rejected that framing.", before) is None
    assert stand_alone("The mayor dismissed the criticism on Tuesday.", before) is None
    # introduced in the sentence itself, it reads alone
    own = "Residents rejected the developer's criticism of their petition as unfair to them."
    assert stand_alone(own, before) is not None


def test_who_did_something_to_the_act_did_not_bring_it() -> None:
    # the committee rejected the nomination; whose nomination, the sentence does not say
    rejected = [
        "The Senate Foreign Relations Committee voted 11-8 to reject the nomination of Philip "
        "Arrendale as ambassador to Chile."
    ]
    said = stand_alone("Democrats said the nomination was doomed.", rejected)
    assert said is not None and "[" not in said.text
    # the Senate overrode the veto; it did not veto
    overrode = ["The Senate voted 97-1 on Wednesday to override the president's veto of the bill."]
    later = stand_alone("The House voted later on Wednesday to override the veto.", overrode)
    assert later is None or "[Senate]" not in later.text
    # who opened it brought it
    opened = ["Inspector General Dale Ruiz opened a formal investigation into Mayor Tom Reyes."]
    late = stand_alone("Critics said the investigation was overdue.", opened)
    assert late is not None and late.text.endswith("investigation [by Dale Ruiz] was overdue.")


def test_a_name_may_open_on_new_or_north() -> None:
    from briefing.stages.narrative import _name_only

    assert _name_only("The New Calder Public Service Commission") == (
        "New Calder Public Service Commission"
    )
    assert _name_only("North Riverside") == "North Riverside"
    assert _name_only("New") is None


def test_the_one_body_named_before_keeps_its_new() -> None:
    before = ["On Tuesday, the New Calder Public Service Commission approved a rate increase."]
    text = "The commission's 3-2 vote grants the utility $341 million a year."
    wording = stand_alone(text, before)
    assert wording is not None
    assert wording.text.startswith("The [New Calder Public Service] commission's 3-2 vote")


def test_a_body_named_by_its_members_and_a_firm_by_its_name_not_where_it_is_based() -> None:
    before = ["Corliss County commissioners met late Tuesday in Sayersville."]
    wording = stand_alone("The commission voted 4-1 to approve the plan.", before)
    assert wording is not None
    assert wording.text == "The [Corliss County] commission voted 4-1 to approve the plan."
    before = [
        "Corliss County commissioners met late Tuesday in Sayersville.",
        "Meridian Waste Partners, the Harwick-based company that runs the site, will pay fees.",
    ]
    text = "Tom Averill told reporters the company will spend $6 million on odor controls."
    wording = stand_alone(text, before)
    assert wording is not None and "[Harwick-based]" not in wording.text
    assert "the [Meridian Waste Partners] company" in wording.text


def test_the_story_act_named_by_another_word_is_named_too() -> None:
    # "The dismissal" after "fired": one act (news_verbs.txt: fire = dismiss), named by whom
    # it was done to, the object of the opening's verb
    fired = ["Lakeside Mayor Ann Lee fired Police Chief Tom Reyes on Tuesday after a review."]
    text = "The dismissal came a week after a consultant found response times had climbed."
    wording = stand_alone(text, fired)
    assert wording is not None
    assert wording.text.startswith("The dismissal [of Tom Reyes] came a week after")
    # a fare increase the opening described: named by what it called it, not by a grade
    raised = ["The Lakeside Transit Board on Monday approved a 5 percent fare increase."]
    pay = stand_alone("Riders over 65 will not pay the increase, the board said.", raised)
    assert pay is not None and "will not pay the [fare] increase" in pay.text
    graded = [
        "The Lakeside Transit Board voted on Monday to raise fares by 5 percent, the largest "
        "increase since 2010."
    ]
    pay = stand_alone("Riders over 65 will not pay the increase, the agency said.", graded)
    assert pay is None or "[largest]" not in pay.text
    # a ruling after "upheld": by the court, which reads with its article after the noun
    upheld = ["The Lakeside Supreme Court upheld the state's new voting map on Friday."]
    ruling = stand_alone("The ruling ends a two-year fight over the map's lines.", upheld)
    assert ruling is not None
    assert ruling.text.startswith("The ruling [by the Lakeside Supreme Court] ends")


def test_regents_and_a_union_are_named_by_the_one_body_the_article_named() -> None:
    # the regents of the one university the article named; a union named for its workers
    before = [
        "Mia Tran studies nursing at Lakeside State University.",
        "On Thursday the university's Board of Regents voted to raise tuition.",
    ]
    voted = stand_alone(
        "By an 8-3 vote, the regents approved a 9 percent tuition increase.", before
    )
    assert voted is not None
    assert voted.text.startswith("By an 8-3 vote, the [Lakeside State University] regents approved")
    # two universities named: which one's regents, the words do not say
    two = [*before, "Students at Riverside College protested too."]
    voted = stand_alone("By an 8-3 vote, the regents approved a 9 percent tuition increase.", two)
    assert voted is None or "[" not in voted.text
    union = ["The Lakeside Teachers Federation, which represents 9,000 teachers, backed Ann Lee."]
    since = stand_alone(
        "The union had endorsed the Democratic candidate in every race since 1990.", union
    )
    assert since is not None
    assert since.text.startswith("The [Lakeside Teachers Federation] union had endorsed")


def test_the_body_of_its_kind_the_opening_named_is_the_one_a_later_sentence_means() -> None:
    before = [
        "The Lakeside State Board of Education on Thursday rejected a charter school.",
        "The vote was 7-2.",
        "The founders may appeal to the state's Charter Appeals Board within 30 days.",
        "A 2011 law gives the state board sole authority over charters.",
    ]
    text = "The board has approved two of the last nine applications it has considered."
    wording = stand_alone(text, before)
    assert wording is not None
    assert wording.text.startswith("The [Lakeside State] board has approved")
    # the sentence just before named the other board: which one, the words do not say
    wording = stand_alone(text, before[:3])
    assert wording is None or "[" not in wording.text


def test_what_someone_will_sign_or_veto_needs_a_bill_or_an_order_before_it() -> None:
    # "it" cannot be "gun control": one signs a bill; the sentence never names one
    text = (
        "Gov. Ann Lee, a Democrat who campaigned on gun control, has said she will sign it, "
        "and the new age limit would take effect July 1."
    )
    assert stand_alone(text, ["The measure cleared the House on a 58-41 vote."]) is None
    named = (
        "The Senate passed a spending bill on Tuesday, and Gov. Ann Lee has said she will sign it."
    )
    assert stand_alone(named) is not None


def test_what_a_verb_takes_as_that_was_told_before() -> None:
    from briefing.stages.narrative import _demonstrative

    assert _demonstrative("On Monday, Mayor Dale Pruitt took that away, vetoing a wage increase.")
    assert not _demonstrative("Lee said that the bill would pass.")
    assert not _demonstrative("Lee said that, in her view, the bill would pass.")
    # "that" as a conjunction or an adverb points at nothing told before
    assert not _demonstrative("Agency monitoring found that off-road traffic caused erosion.")
    assert not _demonstrative("The city has estimated that about 36,000 workers earn less.")
    assert not _demonstrative("The spokesman said she would not take that long to decide.")


def test_a_word_of_a_name_is_no_act_to_name() -> None:
    before = [
        "A judge on Thursday dismissed a defamation lawsuit that state Representative Gordon "
        "Pruitt filed against the Harrowgate Beacon.",
        "Pruitt had said the stories about his family's paving company were false.",
    ]
    text = "The state Ethics Commission opened a review of the contract in October 2024."
    wording = stand_alone(text, before)
    assert wording is not None and wording.text == text  # not "The state [of Gordon Pruitt]"


def test_an_act_by_a_body_a_place_owns_is_named_after_it() -> None:
    before = ["Marren's City Council voted 6-3 on Tuesday to ban gas hookups in new buildings."]
    text = "Doug Kessling warned at a February hearing that the ban would kill new housing."
    wording = stand_alone(text, before)
    assert wording is not None
    # not "the [Marren's City Council] ban", nor "[by the Marren's City Council]"
    assert "the ban [by Marren's City Council] would" in wording.text


def test_that_after_a_speech_verb_and_the_matter_point_back() -> None:
    before = ["The board voted 5-2 on Monday to close the Eastside shelter."]
    # "said that would not meet the need": "that" is the subject, what came before
    assert (
        stand_alone("Ann Lee, who runs the food bank, said that would not meet the need.", before)
        is None
    )
    assert stand_alone("Ann Lee said that was never the plan.", before) is None
    # the conjunction before a subject, and "that would-be", are no pointing
    said = stand_alone("Ann Lee said that the shelter would close in June.", before)
    # (the shelter is the one the opening named: "the [Eastside] shelter")
    assert said is not None
    assert said.text == "Ann Lee said that the [Eastside] shelter would close in June."
    assert stand_alone("Ann Lee said that would-be buyers were wary.", before) is not None
    # "on the matter": which matter, only the sentence before says
    assert (
        stand_alone("The mayor's office, when pressed on the matter, declined to comment.", before)
        is None
    )


def test_the_act_is_named_by_what_the_opening_did_it_to() -> None:
    before = [
        "Gov. Ann Lee on Tuesday signed an executive order freezing hiring across state agencies.",
        "The order runs through June 30.",
    ]
    shown = stand_alone("The administration says the freeze will save about $85 million.", before)
    assert shown is not None
    assert shown.text == "The administration says the [hiring] freeze will save about $85 million."
    # a longer thing than one word is not named by its first word
    moved = ["Halvorsen said Tuesday it will move dishwasher production to its Carverton plant."]
    shown = stand_alone("The union is reviewing whether the move breaches its contract.", moved)
    assert shown is None or "[dishwasher]" not in shown.text


def test_a_change_is_named_by_what_the_vote_adopted() -> None:
    before = [
        "Parents are scrambling after the Briar Creek school board voted 4-3 Monday night to adopt "
        "a four-day school week.",
        "Classes will run Monday through Thursday.",
    ]
    shown = stand_alone("District officials say the switch will save $1.4 million a year.", before)
    assert shown is not None
    assert "say the switch [to a four-day school week] will save $1.4 million" in shown.text
    # a sentence that says what the change is needs nothing more
    told = "Officials say the switch to a four-day school week will save $1.4 million a year."
    shown = stand_alone(told, before)
    assert shown is not None and "switch [" not in shown.text
    # a change may be "to close three schools", a switch may not
    closing = ["The Briar Creek school board voted 4-3 Monday night to close three schools."]
    shown = stand_alone("District officials say the change will save $1.4 million a year.", closing)
    assert shown is not None and "the change [to close three schools] will" in shown.text
    shown = stand_alone("District officials say the switch will save $1.4 million a year.", closing)
    assert shown is None or "switch [" not in shown.text


def test_a_pronoun_speaker_in_an_aside_is_named_from_the_sentence_before() -> None:
    before = [
        "Ruth Salazar-Klein, director of the Fair Housing Coalition, said the authority's record "
        "gave residents reason to doubt it."
    ]
    text = (
        "When the authority tore down the smaller Pearson Terrace complex in 2009, she noted, "
        "fewer than a third of its families moved back."
    )
    shown = stand_alone(text, before)
    assert shown is not None and "she [Ruth Salazar-Klein] noted," in shown.text
    # nobody before to name: the sentence is left out
    assert (
        stand_alone(text, ["The authority voted 5-2 on Monday to tear down the complex."]) is None
    )
    # a person the sentence names is whom the aside means
    named = "Ann Lee ran the Pearson Terrace complex until 2009, she noted, and saw it close."
    shown = stand_alone(named, before)
    assert shown is None or "[Ruth Salazar-Klein]" not in shown.text


def test_the_city_is_named_by_its_police_union_not_by_a_county() -> None:
    before = [
        "The Millbrook Falls Police Benevolent Association held rallies for the sergeant.",
        "The Brennan County Police Department did not comment.",
    ]
    shown = stand_alone("In June, the city quietly agreed to a $350,000 settlement.", before)
    assert shown is not None
    assert shown.text == (
        "In June, the city [of Millbrook Falls] quietly agreed to a $350,000 settlement."
    )


def test_a_nominee_is_only_whom_the_article_called_one() -> None:
    before = [
        "Elena Sorokin, a political scientist, said the endorsement would change the race.",
        "Ms. Sorokin noted that turnout in Republican primaries is low.",
        "The primary is on Aug. 4.",
    ]
    text = "The Republican nominee will face Attorney General Nadia Fairbanks in November."
    shown = stand_alone(text, before)
    assert shown is None or "Sorokin" not in shown.text
    titled = ["Republican nominee Tom Reyes won the primary on Tuesday.", *before[2:]]
    shown = stand_alone("The nominee will face Nadia Fairbanks in November.", titled)
    assert shown is not None and shown.text.startswith("[Tom Reyes] will face")


def test_a_word_made_from_the_act_does_not_name_it() -> None:
    before = ["Nurses who unionized nurses at Harborline walked out on Monday."]
    shown = stand_alone("The contract between Harborline and the union expired.", before)
    assert shown is None or "[nurse]" not in shown.text


def test_the_board_of_a_named_body_is_named() -> None:
    before = [
        "The board of the Bellhaven Regional Transit Authority approved a 50-cent fare increase "
        "on Thursday."
    ]
    shown = stand_alone("The board voted 7 to 4 to raise the base fare to $2.75.", before)
    assert shown is not None
    assert shown.text.startswith("The [Bellhaven Regional Transit Authority] board voted 7 to 4")


def test_a_demonstrative_whose_noun_phrase_ends_at_once_points_back() -> None:
    before = ["An override needs 68 votes in the House and 24 in the Senate."]
    text = "While the Senate vote cleared that threshold, the House fell short of the votes needed."
    assert stand_alone(text, before) is None
    assert stand_alone("The board rejected that proposal on Monday.", before) is None
    # "that" as a conjunction or a relative pronoun, or "this year" (now): no pointing
    for plain in (
        "Lee said that schools would close in June.",
        "The county approved a project that cost $48 million.",
        "The board has approved two charter schools so far this year.",
    ):
        shown = stand_alone(plain, before)
        assert shown is not None and shown.text == plain


def test_a_closing_vote_count_stays_and_only_the_gloss_on_it_goes() -> None:
    text = (
        "The Supreme Court on Thursday upheld a Lakeside law that requires apps to verify the "
        "ages of users, a 6-to-3 decision that is likely to reshape how people sign on."
    )
    wording = stand_alone(text)
    assert wording is not None
    short = shortened(wording, text)
    assert short is not None and short.text == (
        "The Supreme Court on Thursday upheld a Lakeside law that requires apps to verify the "
        "ages of users, a 6-to-3 decision."
    )
    # the count alone closing the sentence is no gloss: nothing to cut
    bare = "The Lakeside council approved the stadium budget on Tuesday, a 7-2 vote."
    assert shortened(Wording(bare, "", 0, len(bare)), bare) is None
    # any other closing appositive is the writer's gloss, as before
    other = "The Lakeside council approved the stadium budget on Tuesday, a win for the mayor."
    short = shortened(Wording(other, "", 0, len(other)), other)
    assert short is not None and short.text.endswith("on Tuesday.")


def test_a_list_item_that_opens_on_a_participle_is_not_cut_as_a_clause() -> None:
    # cut at ", rising", the sentence would give one cause where the outlet gives three
    text = (
        "District enrollment has fallen from 14,200 students in 2015 to 11,300 this year, a "
        "decline officials attribute to falling birth rates, rising housing costs and families "
        "leaving for charter schools."
    )
    assert shortened(Wording(text, "", 0, len(text)), text) is None
    # a participial clause after a one-word object, or two joined clauses, still goes
    for text, kept in (
        (
            "Tea Party organizers routinely defend themselves against charges of racism, "
            "disavowing racially charged signs that appear in their crowds and fuel critics.",
            "Tea Party organizers routinely defend themselves against charges of racism.",
        ),
        (
            "Governor Ann Lee on Thursday vetoed a bill that would have opened Lakeside to "
            "online betting, turning back a lobbying blitz and honoring the tribes' compacts.",
            "Governor Ann Lee on Thursday vetoed a bill that would have opened Lakeside to "
            "online betting.",
        ),
    ):
        short = shortened(Wording(text, "", 0, len(text)), text)
        assert short is not None and short.text == kept


def test_an_opening_thing_whose_apposition_names_its_author_reads_alone() -> None:
    before = [
        "The Supreme Court on Thursday upheld a Lakeside law on apps, 6-3.",
        "The law requires apps to verify the ages of their users.",
        "Lakeside passed it in 2028.",
    ]
    text = (
        "The majority opinion, written by Justice Ann Lee, leaned heavily on comparisons to "
        "alcohol and gambling."
    )
    assert stand_alone(text, before) is not None
    # who pushed a thing does not say which thing it is
    pushed = (
        "The closures, pushed by Superintendent Ann Lee, will shutter three schools in June and "
        "send 1,100 children farther from home."
    )
    assert stand_alone(pushed, before) is None


def test_a_quantifier_opening_the_article_names_no_body() -> None:
    before = [
        "Hundreds of union nurses walked off the job at Halvorsen Memorial Hospital on Tuesday.",
        "The hospital stayed open.",
        "Hospital officials said about 1,600 nurses failed to report for their shifts.",
    ]
    text = (
        "Gordon Pell, a hospital trade group's president, accused the union of staging the strike."
    )
    shown = stand_alone(text, before)
    assert shown is not None and "[Hundreds]" not in shown.text


def test_the_storys_act_on_a_weekday_still_says_whose_it_is() -> None:
    before = [
        "Gov. Ann Lee on Thursday vetoed a bill that would have raised the minimum wage to $15.",
        "The measure had passed both chambers.",
        "Lee said it would cost jobs.",
    ]
    # "on Friday" tells when, not which veto: whose it is, in our brackets, as without it
    for text in (
        "Union leaders condemned the veto on Friday and promised a ballot measure next year.",
        "Union leaders condemned the veto and promised a ballot measure next year.",
    ):
        shown = stand_alone(text, before)
        assert shown is not None and "the [Ann Lee] veto" in shown.text
    # "the ban on smoking" says which ban: no act of the story's
    from briefing.stages.narrative import _event_mentions

    assert _event_mentions("Lee defended the ban on smoking.", 0, frozenset({"ban"}), before) == []


def test_a_charged_word_in_the_other_half_of_one_act_is_no_clause_to_cut() -> None:
    from briefing.stages.narrative import Wording, without_loaded_tail
    from briefing.text.lexicon import load_lexicon

    # "funded the wall while extending protections ...": one plan that does both; cut at
    # "while", the brief would tell half the deal as the whole of it
    text = (
        "Mayor Ann Lee on Saturday announced a compromise plan that funded the stadium while "
        "extending protections for 700,000 illegal immigrants in the city."
    )
    whole = Wording(text=text, inserted="", start=0, end=len(text))
    assert without_loaded_tail(whole, text, load_lexicon()) is None
    # what came after is another act, and goes with its clause ("quit Monday after slamming")
    after = (
        "Councilman Tom Reyes quit the Lakeside planning board on Monday after slamming the "
        "plan as a giveaway to illegal immigrants."
    )
    cut = without_loaded_tail(
        Wording(text=after, inserted="", start=0, end=len(after)), after, load_lexicon()
    )
    assert cut is not None and cut.text.endswith("planning board on Monday.")


def test_a_word_that_picks_a_thing_out_is_no_description_of_it() -> None:
    # "the only hospital in the county" says which hospital, not what kind: "the [only]
    # hospital's board" would put words in the outlet's mouth
    before = [
        "Tamsen Valley Hospital, the only hospital in rural Tamsen County, will stop "
        "delivering babies on March 31, its parent health system announced this week.",
    ]
    text = "Walt Brennaman, chairman of the hospital's advisory board, said the board had tried."
    shown = stand_alone(text, before)
    assert shown is not None
    assert "[only]" not in shown.text


def test_the_hospital_is_the_one_hospital_the_article_named() -> None:
    before = [
        "Tamsen Valley Hospital, the only hospital in rural Tamsen County, will stop "
        "delivering babies on March 31, its parent health system announced this week.",
    ]
    shown = stand_alone("The hospital's emergency department will remain open.", before)
    assert shown is not None
    assert shown.text == "The [Tamsen Valley] hospital's emergency department will remain open."
    # two hospitals named: which one, the sentence alone does not say
    two = [*before, "Saint Ambrose Hospital in Corliss is 58 miles north."]
    shown = stand_alone("The hospital's emergency department will remain open.", two)
    assert shown is None or "[" not in shown.text


def test_a_time_told_from_the_sentence_before_needs_it() -> None:
    # "hours earlier" than what the sentence before told: no reader knows when
    assert (
        stand_alone("Hours earlier, the Riverside board expelled the chapter for five years.")
        is None
    )
    assert (
        stand_alone("Tom Reyes walked out of Coldwater Correctional Facility a day later.") is None
    )
    # the sentence gives its own time first: the relative one is told from it
    anchored = [
        "Tom Reyes was one of six people killed in October 2023 when a gunman opened fire with "
        "a rifle he had bought three weeks earlier.",
        "At Riverside Middle School, referrals fell 38 percent compared with the same period a "
        "year earlier, according to district figures.",
        "Tom Reyes resigned on Monday, days after a state audit found he had misspent $40,000.",
    ]
    assert [t for t in anchored if stand_alone(t) is None] == []


def test_a_quantifier_standing_for_people_told_before_needs_them() -> None:
    # "Neither" of the two things the sentence before listed
    assert stand_alone("Neither was handed to Tom Reyes's lawyers before his 2011 trial.") is None
    assert stand_alone("Both have denied any wrongdoing in the Riverside case.") is None
    assert stand_alone("Most of them voted against the Riverside budget on Monday.") is None
    # a quantifier on a noun the sentence names itself
    named = [
        "Both Riverside senators, Tom Reyes and Ann Lee, voted against a $40 million budget on "
        "Monday.",
        "Neither Ann Lee nor Tom Reyes has commented on the Riverside budget vote.",
    ]
    assert [t for t in named if stand_alone(t) is None] == []
