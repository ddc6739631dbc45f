from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import ConfigError
from briefing.text.lexicon import load_lexicon, parse_terms


def test_loaded_terms_found_outside_quotes_only() -> None:
    lexicon = load_lexicon()
    text = 'The mayor slammed critics, calling it "a shameful day" for the city.'
    assert [h.term for h in lexicon.find(text)] == ["slammed"]
    assert [h.term for h in lexicon.find(text, in_quotes=True)] == ["slammed", "shameful"]


def test_multiword_terms_and_neutral_alternatives() -> None:
    lexicon = load_lexicon()
    hits = lexicon.find("Officials detained illegal  aliens on Monday.")
    assert [(h.term, h.neutral) for h in hits] == [
        ("illegal  aliens", "immigrants without legal status")
    ]
    assert lexicon.neutralize("Council Approves Controversial Plan") == "Council Approves Plan"


def test_the_writers_thrill_and_alarm_are_loaded() -> None:
    lexicon = load_lexicon()
    for text in [
        "While campaigning in Lakeside, Lee offered a chilling preview of the race.",
        "Lee made a rabble-rousing speech on Saturday evening.",
        "Lee electrifies Riverside crowd in pitch for the stadium plan",
        "On Wednesday morning, Ann Lee received an alarming call.",
        "Lee's frightening claim of total authority",
        "The charges were thrown out in a dramatic court victory for Lee.",
        "Good News: The Lakeside Council Strikes a Blow for Tenants",
        "Lee quit his post for a troubling reason, according to a damning report.",
        "The council began its session on Tuesday in utter acrimony.",
        "Candidates toured Lakeside in a frenzied finish before the vote.",
        "The court on Thursday handed parents a landmark victory.",
        "The bill would have shielded renters from runaway rent hikes.",
        "Lee blamed soaring energy prices for the closure.",
        "Gov. Ann Lee on Thursday vetoed a dangerous bill passed by the Lakeside legislature.",
        "Reyes then issued a half-hearted walk-back that stopped short of an apology.",
    ]:
        assert lexicon.is_loaded(text), text
    assert lexicon.neutralize("Lee electrifies Riverside crowd") == "Lee excites Riverside crowd"
    # the name of a legislature's special sitting is no judgement
    assert not lexicon.is_loaded("The Lakeside council met in an extraordinary session on Monday.")
    assert lexicon.is_loaded("The court struck an extraordinary blow for tenants on Monday.")
    assert not lexicon.is_loaded("The council gave the old mill landmark status on Monday.")


def test_verbs_and_labels_that_judge_an_official_act_are_loaded() -> None:
    lexicon = load_lexicon()
    for text in [
        "Unelected state regulators on Wednesday blocked the Lakeside hospital deal.",
        "The Lakeside commission torpedoed the hospital deal on Wednesday.",
        "The majority rammed through a voting bill late Wednesday.",
        "The council gutted the rent board's budget on Monday.",
        "The bill slashes the number of drop boxes from 200 to 12.",
        "Critics called the stadium plan a giveaway to the team's owner.",
        "Patients in Lakeside scored a rare win against the hospital chain on Wednesday.",
        "The ruling dealt a blow to the governor's housing agenda.",
        "President Ann Lee on Thursday slapped 25 percent tariffs on steel.",
        "Gov. Lee Hits Pause on Charter Expansion After Beacon Ridge Fiasco",
        "The embattled commerce secretary resigned on Friday.",
    ]:
        assert lexicon.is_loaded(text), text
    assert lexicon.neutralize("Lee slapped tariffs on steel") == "Lee imposed tariffs on steel"
    assert lexicon.neutralize("Regulators torpedoed the deal") == "Regulators blocked the deal"
    assert not lexicon.is_loaded("The Lakeside commission blocked the hospital deal on Monday.")


def test_the_party_named_as_its_opponents_name_it_is_loaded() -> None:
    lexicon = load_lexicon()
    text = "Riverside Democrat lawmakers are pushing ahead with the parks bill."
    assert lexicon.is_loaded(text)
    assert lexicon.neutralize("Democrat-led House passes parks bill") == (
        "Democratic-led House passes parks bill"
    )
    # the noun is the party's member, and the party's own name is plain
    assert not lexicon.is_loaded("Ann Lee, a Democrat, backed the Democratic Party's bill.")


def test_a_verb_of_attack_used_as_a_noun_is_the_plain_word() -> None:
    lexicon = load_lexicon()
    # "deadly blasts" are explosions: never traded for a verb in a headline
    title = "Riverside churches hit by deadly blasts on Palm Sunday"
    assert not lexicon.is_loaded(title)
    assert lexicon.neutralize(title) == title
    assert lexicon.neutralize("Lee blasts council over parks plan") == (
        "Lee criticizes council over parks plan"
    )


def test_a_term_no_word_can_stand_in_for_keeps_its_title_loaded() -> None:
    lexicon = load_lexicon()
    # "lashes out" has no object to give "criticizes"; "lashes out at" has
    assert lexicon.is_loaded(lexicon.neutralize("Mayor Ann Lee Lashes Out"))
    assert lexicon.neutralize("Ann Lee lashes out at the council") == (
        "Ann Lee criticizes the council"
    )
    assert lexicon.is_loaded(lexicon.neutralize("Lee signs bill cracking down on riots"))
    # the writer's verdict on the news ("leaving patients in the lurch"), and a pejorative for
    # officials, whatever the headline's capitals
    assert lexicon.is_loaded(lexicon.neutralize("Nurses Strike, Leaving Patients in the Lurch"))
    assert lexicon.neutralize("The bureaucrats took notes") == "The officials took notes"


def test_user_file_extends_the_list(tmp_path: Path) -> None:
    extra = tmp_path / "mine.txt"
    extra.write_text("# house rules\nboondoggle = project\n", encoding="utf-8")
    lexicon = load_lexicon(str(extra))
    assert lexicon.is_loaded("The boondoggle went ahead.")
    assert lexicon.is_loaded("They slammed it.")


def test_bad_lexicon_line_names_file_and_line() -> None:
    with pytest.raises(ConfigError, match=r"mine\.txt:2: expected `term = neutral"):
        parse_terms("ok = fine\nbroken line\n", "mine.txt")


def test_claims_is_loaded_as_a_verb_of_saying_not_as_a_noun() -> None:
    lexicon = load_lexicon()
    assert lexicon.is_loaded("Ann Lee claims the Riverside vote was rigged.")
    assert not lexicon.is_loaded("Jobless claims rose to 900,000 on Thursday.")
    assert not lexicon.is_loaded("Lakeside files lawsuit over election fraud claims")
    # a title-case headline's capitals are style: the noun is still a noun
    title = "More Lakeside Stores Close, as Jobless Claims Fall"
    assert lexicon.neutralize(title) == title
    assert lexicon.neutralize("Ann Lee Claims The Vote Was Rigged") == (
        "Ann Lee Says The Vote Was Rigged"
    )


def test_a_neutral_word_takes_the_capital_of_the_word_it_replaces() -> None:
    lexicon = load_lexicon()
    assert lexicon.neutralize("Council Strikes a Massive Blow Against Fees") == (
        "Council Strikes a Large Blow Against Fees"
    )
    assert lexicon.neutralize("Council strikes a massive blow") == "Council strikes a large blow"


def test_explosive_devices_are_the_thing_not_the_writers_heat() -> None:
    lexicon = load_lexicon()
    assert not lexicon.is_loaded("Twelve crude explosive devices were found in Lakeside.")
    assert lexicon.is_loaded("The explosive report shook Lakeside on Monday.")
