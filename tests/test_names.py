"""The shared name matcher (briefing/text/names.py)."""

from __future__ import annotations

from briefing.text.names import gender, looks_person, same_org, same_person, strip_title


def test_titles_give_role_and_organization() -> None:
    assert strip_title("Ohio Gov. Ann Lee") == ("Governor", "Ann Lee", "Ohio")
    assert strip_title("Sen. Maria Vance")[:2] == ("Senator", "Maria Vance")
    # a place or a nationality between two titles; a nationality is no organization
    assert strip_title("former Ohio Gov. Ann Lee") == ("former Governor", "Ann Lee", "Ohio")
    assert strip_title("former Peruvian President Ana Ruiz") == (
        "former Peruvian President",
        "Ana Ruiz",
        None,
    )
    # the words before the organization are no part of it; those after it tell the role
    assert strip_title("reference to former Lakeside Director Tom Reyes") == (
        "former Director",
        "Tom Reyes",
        "Lakeside",
    )
    # a rank before the title is part of it, not an organization
    assert strip_title("Assistant Attorney General Ann Lee") == (
        "Assistant Attorney General",
        "Ann Lee",
        None,
    )
    assert strip_title("Lakeside Deputy Mayor Ann Lee") == ("Deputy Mayor", "Ann Lee", "Lakeside")
    # "State" and "Retired" before a title say which or what, they name no body
    assert strip_title("State Sen. Ann Lee") == ("state Senator", "Ann Lee", None)
    assert strip_title("Retired Lt. Gen. Ann Lee") == (
        "retired Lieutenant General",
        "Ann Lee",
        None,
    )
    assert strip_title("Lakeside press Secretary Ann Lee") == (
        "press Secretary",
        "Ann Lee",
        "Lakeside",
    )
    # what the title directs, or the party it leads, is the role too; "Fellow" is no body
    for phrase, expected in (
        ("Riverside Watch Executive Director Ann Lee", ("Executive Director", "Riverside Watch")),
        ("Lakeside Political Director Ann Lee", ("Political Director", "Lakeside")),
        ("Council Democratic Leader Ann Lee", ("Democratic Leader", "Council")),
        ("Fellow Democratic Sen. Ann Lee", ("Democratic Senator", None)),
        ("Lakeside Democratic Party Chairman Ann Lee", ("Chairman", "Lakeside Democratic Party")),
    ):
        role, name, org = strip_title(phrase)
        assert (role, name, org) == (expected[0], "Ann Lee", expected[1]), phrase


def test_one_outlets_misspelt_first_name_is_the_same_person() -> None:
    assert same_person("Vincent Ruiz", "Vincnet Ruiz") and same_person("Jeffery Lee", "Jeffrey Lee")
    assert not same_person("Maria Lee", "Mario Lee")  # two names, two sexes
    assert not same_person("Dan Lee", "Don Lee")  # too short to tell a slip from a name


def test_a_leading_initial_before_the_name_a_person_goes_by() -> None:
    assert same_person("T. Dale Reyes", "Dale Reyes")
    assert not same_person("T. Dale Reyes", "Tom Reyes")


def test_people_and_organizations_are_told_apart() -> None:
    assert looks_person("Ana de la Cruz")
    assert not looks_person("Lakeshore Power Association")
    assert not looks_person("ACLU")
    assert not looks_person("Social Security") and not looks_person("Fox News")
    assert looks_person("Ross Sims")


def test_same_person_and_same_org() -> None:
    assert same_person("Ben Jealous", "Benjamin Todd Jealous")
    assert not same_person("Ben Jealous", "Ben Carson")
    assert same_org("ACLU", "American Civil Liberties Union")
    assert not same_org("ACLU", "White House")


def test_gender_from_first_name() -> None:
    assert gender("Maria Vance") == "f"
    assert gender("Dan Ellis") == "m"
    assert gender("Mr. X") == ""


def test_a_first_name_whose_gender_differs_by_country_fits_either_pronoun() -> None:
    assert gender("Kay Lee") == "" and gender("Jan Moss") == ""
    assert gender("Maria Vance") == "f"


def test_capitals_before_a_name_are_an_acronym_and_a_role_not_the_name() -> None:
    from briefing.text.names import clean_name

    assert clean_name("AARP CEO Ann Lee") == "Ann Lee"
    assert clean_name("Ann Lee") == "Ann Lee"


def test_a_first_name_that_is_also_a_modal_still_starts_a_name() -> None:
    from briefing.text.names import NAME_SEQ

    assert [m.group() for m in NAME_SEQ.finditer("Will Hurd spoke. But Ann Lee left.")] == [
        "Will Hurd",
        "Ann Lee",
    ]


def test_a_party_or_a_descriptor_before_a_name_is_not_the_name() -> None:
    from briefing.text.names import clean_name

    assert clean_name("Republican Ann Lee") == "Ann Lee"
    assert clean_name("Rival Ann Lee") == "Ann Lee"


def test_a_nickname_and_the_formal_first_name_are_one_person_with_the_same_surname() -> None:
    assert same_person("Dick Durbin", "Richard J. Durbin")
    assert same_person("Bob Reyes", "Robert Reyes")
    # one nickname may stand for two formal names ("Jerry": Gerald, Jerrold)
    assert same_person("Jerry Reyes", "Jerrold Reyes") and same_person(
        "Jerry Reyes", "Gerald Reyes"
    )
    assert not same_person("Dick Durbin", "Robert Durbin")
    assert not same_person("Bob Reyes", "Robert Lee")


def test_a_father_and_his_son_are_two_people() -> None:
    assert not same_person("Ann Lee", "Ann Lee Jr.")
    assert not same_person("Ann Lee Jr.", "Ann Lee Sr.")
    assert same_person("Ann Lee Jr.", "Ann B. Lee Jr")


def test_chief_executive_is_one_title() -> None:
    assert strip_title("Chief Executive Ann Lee") == ("Chief Executive", "Ann Lee", None)
    assert strip_title("Lakeside Chief Executive Ann Lee") == (
        "Chief Executive",
        "Ann Lee",
        "Lakeside",
    )
