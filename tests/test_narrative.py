from __future__ import annotations

from briefing.stages.narrative import shortened, stand_alone


def test_a_leading_connective_is_cut_and_the_capital_bracketed() -> None:
    text = "However, critics, including the Fair Budget group, said the plan was rushed."
    wording = stand_alone(text)
    assert wording is not None
    assert wording.text == "[C]ritics, including the Fair Budget group, said the plan was rushed."
    assert wording.inserted + text[wording.start : wording.end] == wording.text


def test_a_pronoun_subject_names_the_one_person_named_just_before() -> None:
    before = ["Mayor Ann Lee spoke to reporters after the vote on Monday evening."]
    wording = stand_alone("She said the stadium would open in 2028.", before)
    assert wording is not None and wording.text == "[Ann Lee] said the stadium would open in 2028."
    text = "She said the stadium would open in 2028."
    assert wording.inserted + text[wording.start : wording.end] == wording.text


def test_a_pronoun_with_two_possible_people_is_left_out() -> None:
    before = ["Mayor Ann Lee met Tom Reyes, the council member, on Monday."]
    assert stand_alone("She said the stadium would open in 2028.", before) is None
    assert stand_alone("She said the stadium would open in 2028.") is None


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
        "Mayor Ann Lee signed the $300 million stadium bill on Friday, during the meeting.",
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


def test_a_pronoun_never_resolves_to_a_place_or_an_organization() -> None:
    before = ["The mayor spoke at Riverside High School on Monday evening."]
    assert stand_alone("She said the stadium would open in 2028.", before) is None


def test_back_references_the_reader_cannot_see_are_left_out_or_resolved() -> None:
    for text in [
        "The offer would also give a three-year extension to 300,000 people.",
        "The source challenged one major aspect of the story line on Tuesday.",
    ]:
        assert stand_alone(text) is None, text
    before = ["Mayor Ann Lee spoke to reporters after the vote on Monday evening."]
    wording = stand_alone("The mayor, speaking on Tuesday, said the stadium would open.", before)
    assert wording is not None and wording.text.startswith("[Ann Lee]")
