"""Quote extraction, attribution, cross-article merging and sides (briefing/stages/quotes/)."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing.cli import main
from briefing.model import Side
from briefing.stages.ingest import read_article
from briefing.stages.quotes import JOIN, QuoteSource, QuoteSpan, extract_quotes, story_sides
from briefing.stages.quotes.camps import find_camps
from briefing.stages.quotes.sides import decided_act
from briefing.text.names import strip_title
from tests.conftest import SEEDS, SHARED_EVAL


def only(text: str, **kw: object) -> QuoteSpan:
    """The single full (non-fragment) quote in `text`."""
    found = [q for q in extract_quotes(text, **kw) if not q.partial]  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


def verbatim(text: str, q: QuoteSpan) -> None:
    """Every piece slices exactly; a one-piece quote is text[start:end]."""
    assert q.parts, q
    for a, b in q.parts:
        assert text[a:b] in q.text
    if len(q.parts) == 1:
        assert text[q.start : q.end] == q.text
    if q.speaker_start is not None and q.speaker_end is not None:
        assert text[q.speaker_start : q.speaker_end] == q.mention


def source(article_id: str, text: str, outlet: str | None = None) -> QuoteSource:
    return QuoteSource(id=article_id, outlet=outlet, text=text, kept=((0, len(text)),))


def placed(lead: str, body: str) -> list[tuple[str | None, str]]:
    """(speaker, stance) of each quote in a story of two articles: the lead followed by `body`,
    and the lead alone."""
    text = f"{lead}\n\n{body}"
    _, quotes = story_sides([source("a", text), source("b", lead)])
    return [(q.speaker, q.stance) for q in quotes]


def sides_of(text: str, other: str) -> tuple[Side, Side]:
    """The two sides of a story told by `text` and `other` (two articles)."""
    sides, _ = story_sides([source("a", text), source("b", other)])
    support, oppose = sides
    return support, oppose


# -- extraction: marks and cue forms ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "mention", "cue"),
    [
        ('"We will appeal," Jane Doe said.', "We will appeal", "Jane Doe", "said"),
        ("“We will appeal,” said Jane Doe.", "We will appeal", "Jane Doe", "said"),
        ('Jane Doe said, "We will appeal."', "We will appeal.", "Jane Doe", "said"),
        (
            'Jane Doe said in a statement: "We will appeal."',
            "We will appeal.",
            "Jane Doe",
            "said",
        ),
        ('"We will appeal," according to Jane Doe.', "We will appeal", "Jane Doe", "according"),
        ("“We will appeal,” Jane Doe told Reuters.", "We will appeal", "Jane Doe", "told"),
        ('Jane Doe: "We will appeal."', "We will appeal.", "Jane Doe", None),
        ("“We will appeal.” — Jane Doe", "We will appeal.", "Jane Doe", None),
        ("“We will appeal,” Jane Doe warned.", "We will appeal", "Jane Doe", "warned"),
        ("“We will appeal,” Jane Doe later added.", "We will appeal", "Jane Doe", "added"),
        ("Jane Doe wrote: “We will appeal.”", "We will appeal.", "Jane Doe", "wrote"),
    ],
)  # fmt: skip
def test_cue_forms(text: str, quote: str, mention: str, cue: str | None) -> None:
    q = only(text)
    assert q.text == quote
    assert q.mention == mention
    assert q.speaker == "Jane Doe"
    assert q.cue == cue
    verbatim(text, q)


def test_a_single_word_in_marks_does_not_cut_the_attribution_before_it() -> None:
    for marks in ('""', "“”"):
        o, c = marks
        text = (
            f"Aides pushed the theme that, as Ann Lee said, Tom Reyes showed {o}passion{c} and "
            f"that he showed {o}a great concern for the families of the city.{c}"
        )
        (quote,) = [q for q in extract_quotes(text) if q.text.startswith("a great")]
        assert quote.speaker == "Ann Lee"
    # a term in marks after a new subject's clause, or before a short quoted term, is not
    # passed over: the writer's words are between
    text = (
        "Tom Reyes called Ann Lee a “disgrace” after she attacked the city’s police officers "
        "and blamed the shootings on “implicit bias among officers on patrol.”"
    )
    (bias,) = [q for q in extract_quotes(text) if q.text.startswith("implicit")]
    assert bias.speaker != "Tom Reyes"
    text = "Lee said her “work-related” emails went apart from her “personal messages.”"
    (personal,) = [q for q in extract_quotes(text) if q.text.startswith("personal")]
    assert personal.speaker is None


def test_a_statement_the_next_quote_s_attribution_closes_is_that_speaker_s() -> None:
    text = (
        "Tom Reyes issued a statement on Saturday.\n\n"
        'The remark was "the latest low in a campaign fueled by distortions and negativity." '
        'It was "a stark contrast with a mayor focused on jobs," Reyes said.'
    )
    low, contrast = extract_quotes(text)
    assert low.speaker == contrast.speaker == "Tom Reyes"
    # a term in a list of them is no statement of the one who speaks after it
    text = (
        "As Ann Lee went on about “how the system is rigged” and “wounded families” and "
        "“our own struggling citizens,” Tom Reyes said yes, over and over again."
    )
    wounded = next(q for q in extract_quotes(text) if q.text.startswith("wounded"))
    assert wounded.speaker is None


def test_he_after_the_one_person_quoted_before_is_that_person_whatever_the_name_lists_say() -> None:
    said = (
        'The final text "calls on all people of good will to reject the plan," said Hilary '
        "Lee, director of the Lakeside bureau.\n\n"
    )
    text = said + '"I hope it will make the council look at itself again," he said.'
    assert extract_quotes(text)[-1].speaker == "Hilary Lee"
    # another person named since then: "he" is not given to the woman's name
    text = said + 'Susan Cole spoke next.\n\n"I hope it will make the council look again," he said.'
    assert extract_quotes(text)[-1].speaker is None


def test_single_quotes_nested_inside_double_stay_inside() -> None:
    text = "“He told me, ‘Do not sign it,’ and I did not,” Mark Ruiz said."
    q = only(text)
    assert q.text == "He told me, ‘Do not sign it,’ and I did not"
    assert q.speaker == "Mark Ruiz"


def test_straight_outer_quote_with_curly_inner_quote() -> None:
    text = 'Mark Ruiz said: "The question was “Are you sure?” and we said yes."'
    q = only(text)
    assert q.text == "The question was “Are you sure?” and we said yes."


def test_quote_split_by_its_attribution_is_one_quote() -> None:
    text = "“This is a bad day,” Ana Lopez said. “We will keep fighting in court.”"
    q = only(text)
    assert len(q.parts) == 2
    assert q.text == "This is a bad day … We will keep fighting in court."
    assert q.speaker == "Ana Lopez"
    verbatim(text, q)


def test_quote_running_over_paragraphs_is_one_quote() -> None:
    text = (
        "Ana Lopez, the group's director, said:\n\n"
        "“The vote ignores the people who live here.\n\n"
        "“We will ask the court to stop it before the summer.”\n\nThe next item was the budget."
    )
    q = only(text)
    assert len(q.parts) == 2
    assert q.text.startswith("The vote ignores") and q.text.endswith("before the summer.")
    assert q.speaker == "Ana Lopez"
    verbatim(text, q)


def test_doubled_apostrophes_are_quotation_marks_when_asked() -> None:
    text = "''It is more tinkering at the edges,'' said Alan Cole, an economist at the foundation."
    q = only(text, doubled_marks=True)
    assert q.text == "It is more tinkering at the edges"
    assert q.speaker == "Alan Cole"
    assert q.role == "economist"


def test_scare_quotes_and_titles_are_fragments_not_quotes() -> None:
    text = (
        'The mayor called the plan a "disaster" and cited the film "Stand and Deliver" as '
        "proof. Critics used the word “overreach” often."
    )
    assert all(q.partial for q in extract_quotes(text))


def test_a_works_title_after_its_name_is_no_ones_statement() -> None:
    text = (
        "Ann Lee announced her run on Tuesday. She wrote in her memoir, “From Riverside to "
        "Higher Ground,” that her years as a pastor shaped her."
    )
    (q,) = extract_quotes(text)
    assert q.partial
    assert q.speaker is None


def test_fragment_inside_the_writers_sentence_is_partial() -> None:
    text = "Ana Lopez called it “a shameful day for the city,” warning that trust would erode."
    (q,) = extract_quotes(text)
    assert q.partial
    assert q.speaker == "Ana Lopez"


# -- attribution ----------------------------------------------------------------------------


def test_surname_resolves_to_full_name_used_elsewhere() -> None:
    text = (
        "Gov. Maria Santos signed the order on Monday.\n\n"
        "“This keeps our roads safe for every family,” Santos said at the signing."
    )
    q = only(text)
    assert q.speaker == "Maria Santos"
    assert q.role == "Governor"


def test_a_surname_capitalised_another_way_is_the_same_person() -> None:
    text = (
        "Campaign press secretary Tom Mcdowell issued a statement on Saturday.\n\n"
        "“This is a new low in a campaign fueled by distortions,” McDowell said."
    )
    assert only(text).speaker == "Tom Mcdowell"
    # three words of a role before its head: "campaign deputy press secretary"
    text = text.replace("Campaign press secretary", "Lakeside campaign deputy press secretary")
    quote = only(text)
    assert (quote.role, quote.organization) == ("campaign deputy press secretary", "Lakeside")


def test_title_plus_surname_resolves_via_known_names() -> None:
    text = "“The order will stand,” Gov. Santos said."
    q = only(text, known_names=["Maria Santos"])
    assert q.speaker == "Maria Santos"


def test_pronoun_resolves_to_previous_speaker() -> None:
    text = (
        "“We have the votes,” Paul Okafor said on Monday.\n\n"
        "“We will pass it before the recess,” he added."
    )
    quotes = [q for q in extract_quotes(text) if not q.partial]
    assert [q.speaker for q in quotes] == ["Paul Okafor", "Paul Okafor"]
    assert quotes[1].mention == "he"


_ROLES = [
    ("“It will cost jobs,” Ana Lopez, policy director with the Workers Alliance, said.",
     "Ana Lopez", "policy director", "Workers Alliance"),
    ("“It will cost jobs,” said Texas Sen. Ana Lopez.", "Ana Lopez", "Senator", "Texas"),
    ("“It will cost jobs,” an Acme Corp. spokesperson said.",
     "Acme Corp.", "spokesperson", "Acme Corp."),
    ("“It will cost jobs,” Ana Lopez, head of the Port Authority, said.",
     "Ana Lopez", "head", "Port Authority"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker", "role", "org"), _ROLES)
def test_role_and_organization(text: str, speaker: str, role: str, org: str) -> None:
    q = only(text)
    assert (q.speaker, q.role, q.organization) == (speaker, role, org)


def test_a_description_before_the_name_is_no_part_of_it() -> None:
    # the person after her description, where she works after her: not the institute
    (q,) = extract_quotes(
        "Lead author Dr. Ana Lopez of the Halstead Institute said the result was “a genuine "
        "game changer for storage,” and others agreed."
    )
    assert (q.speaker, q.organization) == ("Ana Lopez", "Halstead Institute")
    # the sentence before a quote, opened by a described person, attributes it
    text = (
        "Union organizer Ana Lopez told the crowd that the strike would continue. “They think "
        "we will get tired and go back to work.”"
    )
    assert only(text).speaker == "Ana Lopez"


def test_a_quote_right_after_what_a_named_person_did_is_theirs() -> None:
    text = (
        "Attorney General Ana Lopez laid out the case against the firm on Wednesday. “For five "
        "years, this company knowingly sold contaminated feed to farmers.”"
    )
    assert only(text).speaker == "Ana Lopez"
    # a sentence about a thing, not opened by a person, attributes nothing
    text = (
        "The company sold contaminated feed for five years. “Farmers lost their herds and "
        "families lost their livelihoods.”"
    )
    assert only(text).speaker is None


def test_she_after_a_wife_named_by_first_name_is_her_not_a_mall() -> None:
    text = (
        "Shoppers crowded the Parkview Mall on Friday.\n\n"
        "“We are buying one big thing each this year,” said Tom Reyes, 37. His wife, Ana, "
        "nodded. “Groceries are eating everything we earn,” she said."
    )
    quotes = [q for q in extract_quotes(text) if not q.partial]
    assert [q.speaker for q in quotes] == ["Tom Reyes", "Ana"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a party and district set off by commas is no one's name
        ("Rep. Ana Lopez, D-Pine Hollow, said she was “deeply troubled” by the ruling.",
         "Ana Lopez"),
        # a person after her description, her party after her
        ("“We counted every ballot twice,” said board member Ana Lopez, a Republican who "
         "voted to certify.", "Ana Lopez"),
        # the person set off by commas after "His opponent"
        ("His opponent, former council president Ana Lopez, called the plan “a wish list, not "
         "a budget.”", "Ana Lopez"),
        # "Asked ..., the lawmaker grinned:": the subject after the comma, the one just named
        ("State Rep. Tom Reyes likes to talk. Asked Monday whether he would run, the "
         "first-term lawmaker smiled: “Running is a strong word. Let's say walking.”",
         "Tom Reyes"),
        # a body called by its kind: the one of that kind named before
        ("Dozens of Bluewing Airlines flights were canceled Monday.\n\nStranded travelers "
         "waited for hours.\n\n“We apologize for the disruption,” the airline said.",
         "Bluewing Airlines"),
        ("Regulators fined Dunmore Chemical Co. $2 million on Monday.\n\nThe fine was the "
         "largest this year.\n\nThe company added, “We have already fixed the valve.”",
         "Dunmore Chemical Co."),
        ("Members of the Nurses Federation of Ardena voted to strike.\n\n“Our patience has run "
         "out,” the union said.", "Nurses Federation of Ardena"),
        # a title in capitals, or a former one, is the one so titled
        ("House Speaker Ana Lopez met the Senate leader, Tom Reyes, on Tuesday. “We made "
         "progress,” the Speaker told reporters.", "Ana Lopez"),
        ("Former Gov. Ana Lopez entered the race on Saturday. She faces Treasurer Tom Reyes. "
         "“I am running for something,” the former governor said.", "Ana Lopez"),
        # "President Pro Tem": both words are her title
        ("Senate President Pro Tem Ingrid Lopez opened the session. “This is the fourth time,” "
         "she told reporters.", "Ingrid Lopez"),
    ],
)  # fmt: skip
def test_speakers_a_blind_set_of_passages_got_wrong(text: str, speaker: str) -> None:
    quotes = extract_quotes(text)
    assert quotes and quotes[-1].speaker == speaker, [(q.text, q.speaker) for q in quotes]


def test_she_who_answers_a_man_is_the_woman_named_before_him() -> None:
    text = (
        "Dr. Ifeoma Lopez, the state health officer, told lawmakers that cases had tripled. "
        "“We are one bad weekend away from an outbreak,” Lopez said.\n\n"
        "Sen. Orrin Reyes pressed her on new requirements. “Is that what this is about?” Reyes "
        "asked.\n\n“This is about measles, senator,” she replied."
    )
    assert [q.speaker for q in extract_quotes(text)] == [
        "Ifeoma Lopez",
        "Orrin Reyes",
        "Ifeoma Lopez",
    ]


# -- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“This opens and never closes. Officials met on Monday.",
        "“A quote nobody said aloud in this text.”",
        "“One.”\n“Two.”\n“Three.”",
        '""',
        "“”",
        "'",
        "He said “",
    ],
)
def test_bad_input_never_invents_a_speaker(text: str) -> None:
    for q in extract_quotes(text):
        assert q.speaker is None
        verbatim(text, q)


def test_headline_and_caption_quotes_are_never_shown() -> None:
    text = (
        "City signs deal: 'Keep people safe'\n\n"
        "“A long day ahead,” the caption read under the photo.\n\n"
        + "The council approved the agreement on Tuesday after a long debate. "
        * 3
    )
    kept = ((text.index("The council"), len(text)),)
    sides, quotes = story_sides([QuoteSource("a", None, text, kept)])
    assert quotes == []
    assert all(not side.quotes and side.note for side in sides)


# -- properties -----------------------------------------------------------------------------

_ALPHABET = st.sampled_from(list("ab Z.,:;\n\"'“”‘’—-()") + ["said", " He ", "Ann Lee", "''"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
@example("Ann Lee,\n   .")  # a name, a comma, then only blanks: once an IndexError
def test_extraction_never_raises_and_offsets_slice_exactly(text: str) -> None:
    for q in extract_quotes(text):
        pieces = [text[a:b] for a, b in q.parts]
        assert all(pieces)
        assert q.start == q.parts[0][0] and q.end == q.parts[-1][1]
        assert all(p in q.text for p in pieces)
        if len(q.parts) == 1:
            assert text[q.start : q.end] == q.text
        if q.speaker_start is not None and q.speaker_end is not None:
            assert text[q.speaker_start : q.speaker_end] == q.mention


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_extraction_on_any_unicode_text(text: str) -> None:
    for q in extract_quotes(text):
        if len(q.parts) == 1:
            assert text[q.start : q.end] == q.text


# -- across articles ------------------------------------------------------------------------


def test_same_quote_in_two_articles_is_one_quote_citing_both() -> None:
    said = "“The plan saves the district four million dollars a year,” Lee Park said."
    a = "The board approved the plan.\n\n" + said
    b = "Lee Park, the chair, backed it: “The plan saves the district four million dollars a year.”"
    _, quotes = story_sides([source("a", a, "Daily A"), source("b", b, "Daily B")])
    (q,) = quotes
    assert q.sources == ["a", "b"]
    assert q.outlets == ["Daily A", "Daily B"]
    assert not q.wording_differs


def test_different_wording_of_the_same_quote_is_flagged() -> None:
    a = "“The plan saves the district four million dollars every single year,” Lee Park said."
    b = "“The plan saves our district four million dollars each year,” Lee Park said."
    c = "“The plan saves the district four million dollars every single year,” said Lee Park."
    _, quotes = story_sides([source("a", a), source("b", b), source("c", c)])
    (q,) = quotes
    assert q.wording_differs
    assert q.text == "The plan saves the district four million dollars every single year"
    assert sorted(v.text for v in q.variants) == sorted(
        ["The plan saves the district four million dollars every single year",
         "The plan saves our district four million dollars each year"]
    )  # fmt: skip
    assert {tuple(v.sources) for v in q.variants} == {("a", "c"), ("b",)}


def test_an_outlet_printing_a_few_words_of_a_statement_is_shown_with_those_words() -> None:
    whole = (
        "“This is a shameful day for Riverside. The council chose fear over facts, and the plan "
        "will only spread fear among the families who built this city,” Lee Park said."
    )
    piece = "Lee Park called the vote “a shameful day for Riverside” on Tuesday night."
    _, quotes = story_sides([source("a", whole, "Outlet A"), source("b", piece, "Outlet B")])
    (q,) = [q for q in quotes if "council chose" in q.text]
    # the statement is cited to a, which printed it; b beside the words b printed of it
    assert q.sources == ["a"] and q.outlets == ["Outlet A"] and q.wording_differs
    assert {(v.text, tuple(v.sources)) for v in q.variants} == {
        (q.text, ("a",)),
        ("a shameful day for Riverside", ("b",)),
    }


def test_two_statements_sharing_only_their_function_words_are_not_one_quote() -> None:
    a = (
        "“I am not running for mayor of the city of Riverside as a favor to the developers of "
        "the river park,” Lee Park said at the school."
    )
    b = "“I am now ready to work for the people of the city of Riverside,” Lee Park said."
    _, quotes = story_sides([source("a", a), source("b", b)])
    assert sorted(q.sources for q in quotes) == [["a"], ["b"]]


def test_one_articles_two_quotes_are_never_variants_of_one() -> None:
    a = "“The plan saves the district four million dollars every single year,” Lee Park said."
    b = (
        "“The plan saves the district four million dollars every single year,” Lee Park said.\n\n"
        "“The plan costs the district four thousand jobs every single year,” Lee Park added."
    )
    _, quotes = story_sides([source("a", a), source("b", b)])
    assert len(quotes) == 2
    saves = next(q for q in quotes if "saves" in q.text)
    assert saves.sources == ["a", "b"] and not saves.wording_differs


def test_different_speakers_are_not_merged() -> None:
    a = "“We need more time to study the budget,” Lee Park said."
    b = "“We need more time to study the budget,” Ana Ruiz said."
    _, quotes = story_sides([source("a", a), source("b", b)])
    assert len(quotes) == 2


def test_side_with_no_quote_says_so() -> None:
    text = (
        "The council approved the agreement on Tuesday.\n\n"
        "Supporters, including Mayor Lee Park, praised the vote. “This agreement brings 400 new "
        "jobs to the east side of the city,” Park said."
    )
    sides, _ = story_sides([source("a", text)])
    support, oppose = sides
    assert [q.speaker for q in support.quotes] == ["Lee Park"]
    assert support.label == "In favor of the agreement"
    assert oppose.quotes == [] and oppose.note
    assert "No on-the-record quote" in oppose.note


def test_a_quote_about_what_the_headlines_report_ranks_before_an_aside() -> None:
    text = (
        "The council approved the harbor agreement on Tuesday.\n\n"
        "Supporters, including Mayor Lee Park and Ana Ruiz, praised the vote.\n\n"
        "“My grandmother sold fish on the east side when I was a boy, every summer,” Park said.\n\n"
        "“The harbor agreement brings 400 new jobs to the east side of the city,” Ruiz said."
    )
    titles = ("Council approves harbor agreement", "Harbor agreement passes council")
    articles = [
        QuoteSource(id=i, outlet=None, text=text, kept=((0, len(text)),), title=t)
        for i, t in zip("ab", titles, strict=True)
    ]
    sides, _ = story_sides(articles, quotes_per_side=1)
    # the anecdote and the statement weigh alike but for what the headlines are about
    assert [q.speaker for q in sides[0].quotes] == ["Ana Ruiz"]
    untitled = [QuoteSource(id=i, outlet=None, text=text, kept=((0, len(text)),)) for i in "ab"]
    sides, _ = story_sides(untitled, quotes_per_side=1)
    assert [q.speaker for q in sides[0].quotes] == ["Lee Park"]


def test_empty_side_with_unplaced_speakers_does_not_claim_nobody_is_quoted() -> None:
    text = (
        "The council approved the agreement on Tuesday.\n\n"
        "Supporters, including Mayor Lee Park, praised the vote. “This agreement brings 400 new "
        "jobs to the east side of the city,” Park said.\n\n"
        "“We will look at what it means for the river,” said Dana Wells, a resident."
    )
    sides, _ = story_sides([source("a", text)])
    oppose = sides[1]
    assert oppose.quotes == [] and oppose.note
    assert "No on-the-record quote" not in oppose.note
    # the note says what the software could not tell, not that the sources hold no such quote
    assert oppose.note.startswith("No quote was placed with critics")
    assert "could not tell the side of 1 quoted speaker." in oppose.note


_VETO = (
    "Gov. Ann Lee vetoed the harbor bill on Monday, a week after the council passed the bill.\n\n"
    "Lee said the bill would cost the city too much. “The harbor bill would leave the city with "
    "debts for twenty years,” Lee said.\n\n"
)


_PRAISE = [
    # in the quote: praise of the actor who refused the bill
    "“Governor Lee showed real courage and good sense today, and we thank her,” said Tom "
    "Reyes, a fisherman.",
    # in the writer's frame
    "Tom Reyes, a fisherman, praised Lee for the veto. “We can fish here for another summer "
    "at least,” Reyes said.",
]


@pytest.mark.parametrize("praise", _PRAISE)
def test_praise_for_an_actor_whose_veto_is_the_news_is_for_the_veto(praise: str) -> None:
    text = _VETO + praise
    sides, _ = story_sides([source("a", text), source("b", text.replace("Monday", "Monday night"))])
    support, oppose = sides
    assert (support.label, oppose.label) == ("In favor of the veto", "Against the veto")
    assert [q.speaker for q in support.quotes] == ["Ann Lee", "Tom Reyes"]
    assert oppose.quotes == []


_PASSED = (
    "Gov. Ann Lee faced growing calls on Monday to veto the harbor bill, which the council "
    "passed 7-2 last week.\n\nThe bill would dredge the east channel and raise dock fees.\n\n"
    "Gov. Ann Lee vetoed the bill on Friday. “The harbor bill would leave the city with debts "
    "for twenty years,” Lee said.\n\n"
)


@pytest.mark.parametrize("praise", _PRAISE)
def test_praise_for_an_actor_who_refused_the_thing_is_against_the_thing(praise: str) -> None:
    # the news is the bill the council passed; the governor's veto came later
    text = _PASSED + praise
    sides, _ = story_sides([source("a", text), source("b", text.replace("Monday", "Monday night"))])
    support, oppose = sides
    assert support.label == "In favor of the bill"
    assert "Tom Reyes" in [q.speaker for q in oppose.quotes]
    assert "Tom Reyes" not in [q.speaker for q in support.quotes]


def test_sides_of_a_veto_that_is_the_news_read_the_bill_as_what_it_targets() -> None:
    lead = "Gov. Ann Lee on Friday vetoed a harbor bill that would have dredged the east channel."
    text = (
        f"{lead}\n\n“The harbor bill would leave the city with debts for twenty years,” Lee "
        "said.\n\nTom Reyes, who leads the boat owners’ association, praised the veto. “We can "
        "fish here for another summer at least,” Reyes said.\n\nDana Wells, the bill’s "
        "sponsor, accused the governor of siding with the marina. “She chose the marina over "
        "every family on this river,” Wells said.\n\nMark Ruiz, a dock owner opposing the "
        "bill, said: “We asked for one more year to plan.”"
    )
    other = f"{lead} The council had passed it 7-2. Lee vetoed it after a week of hearings."
    sides, _ = story_sides([source("a", text), source("b", other)])
    support, oppose = sides
    assert (support.label, oppose.label) == ("In favor of the veto", "Against the veto")
    # opposing the bill the governor vetoed is being for the veto
    assert {q.speaker for q in support.quotes + support.more} == {
        "Ann Lee",
        "Tom Reyes",
        "Mark Ruiz",
    }
    assert [q.speaker for q in oppose.quotes] == ["Dana Wells"]


def test_a_refusal_by_an_actor_the_lead_names_by_title_is_the_news() -> None:
    lead = "A federal judge on Monday blocked a rule that would have closed 40 miles of trails."
    text = (
        f"{lead}\n\nU.S. District Judge Carl Brennan wrote that the agency had skipped a "
        "hearing. “An agency may not shortcut the public's right to be heard,” Brennan wrote.\n\n"
        "Dale Hutchins, president of a riders' club, celebrated the ruling. “We only asked for a "
        "seat at the table,” Hutchins said."
    )
    named = lead.replace("A federal judge", "U.S. District Judge Carl Brennan")
    # two of three leads call him by his title alone: the refusal is still the news
    articles = [
        source("a", text),
        source("b", named),
        source("c", text.replace("Monday", "Friday")),
    ]
    sides, _ = story_sides(articles)
    support, oppose = sides
    assert (support.label, oppose.label) == (
        "In favor of blocking the rule",
        "Against blocking the rule",
    )
    assert [q.speaker for q in support.quotes] == ["Carl Brennan", "Dale Hutchins"]


def test_a_court_that_struck_down_the_law_is_for_striking_it_down() -> None:
    lead = "The Lakeside Supreme Court on Tuesday struck down the state's new voter law, 4-3."
    text = (
        f"{lead}\n\nJustice Mark Ruiz dissented. “The people spoke clearly,” Ruiz wrote.\n\n"
        "Gov. Tom Reyes, who signed the law, blasted the ruling. “This court has ignored the "
        "people,” Reyes said.\n\nDana Wells of the Voters League praised the ruling. “Every "
        "voter counts again,” Wells said."
    )
    other = f"{lead} The ruling came after a year of hearings on the law."
    sides, _ = story_sides([source("a", text), source("b", other)])
    support, oppose = sides
    assert support.label == "In favor of striking down the law"
    assert [q.speaker for q in support.quotes] == ["Dana Wells"]
    # the governor who signed the law, and the dissent, are against the ruling
    assert {q.speaker for q in oppose.quotes} == {"Tom Reyes", "Mark Ruiz"}


def test_a_vote_to_reject_the_thing_is_a_refusal_the_sides_are_about() -> None:
    lead = (
        "The Lakeside Health Commission voted 4 to 1 to reject the merger of two county "
        "hospitals on Wednesday."
    )
    text = (
        f"{lead}\n\nChair Ann Lee defended the decision. “Patients would have paid more for "
        "less,” Lee said.\n\nTom Reyes, the buyer's chief executive, blasted the ruling. “The "
        "state cut the rope,” Reyes said.\n\nOpponents of the deal, led by the county nurses "
        "union, had packed every hearing. “It was a takeover, and the commission saw right "
        "through it,” said Dana Wells, the union's president.\n\nThe lone dissent came from "
        "Commissioner Mark Ruiz, a former hospital administrator. “Without a buyer, the "
        "hospital closes,” Ruiz said."
    )
    other = f"{lead} The ruling came after a 14-month review of the merger."
    sides, _ = story_sides([source("a", text), source("b", other)])
    support, oppose = sides
    # the news is the rejection: the sides are for or against it, not for or against the merger
    assert (support.label, oppose.label) == (
        "In favor of rejecting the merger",
        "Against rejecting the merger",
    )
    # "opponents of the deal": the merger under another name, so for its rejection
    assert {q.speaker for q in support.quotes} == {"Ann Lee", "Dana Wells"}
    # the commission's lone dissenter is against its rejection
    assert {q.speaker for q in oppose.quotes} == {"Tom Reyes", "Mark Ruiz"}


def test_a_cancellation_told_as_the_vote_or_a_takeover_rejected_are_refusals_too() -> None:
    # "voted to cancel", and a second lead whose subject is the vote itself
    lead = "The Lakeside school board voted 5-2 on Thursday to cancel a contract with Apex Schools."
    text = (
        f"{lead}\n\nBoard President Ann Lee defended the decision. “Public schools belong to "
        "the public,” Lee said.\n\nTom Reyes, Apex's chief executive, blasted the board. “They "
        "threw away a lifeline,” Reyes said."
    )
    other = (
        "Parents walked out of the meeting in tears on Thursday night.\n\nThe vote cancels a "
        "five-year contract with Apex Schools, which was to run the school next fall."
    )
    support, oppose = sides_of(text, other)
    assert (support.label, oppose.label) == (
        "In favor of canceling the contract",
        "Against canceling the contract",
    )
    assert [q.speaker for q in support.quotes] == ["Ann Lee"]
    assert [q.speaker for q in oppose.quotes] == ["Tom Reyes"]
    # "rejected the takeover", "voted 4-1 against the acquisition": the deal, refused
    lead = "The Lakeside Utilities Commission on Thursday rejected a takeover of Lakeside Power."
    text = (
        f"{lead}\n\nThe lone vote in favor of the deal came from Commissioner Mark Ruiz. “We "
        "turned down two billion dollars of investment,” Ruiz said.\n\nChair Ann Lee wrote "
        "the order. “This commission did its job and protected customers,” Lee said."
    )
    other = (
        "Apex Grid signed the deal to buy Lakeside Power in March.\n\nThe Utilities "
        "Commission voted 4-1 on Thursday against the acquisition of Lakeside Power."
    )
    support, oppose = sides_of(text, other)
    assert support.label == "In favor of rejecting the deal"
    assert [q.speaker for q in support.quotes] == ["Ann Lee"]
    assert [q.speaker for q in oppose.quotes] == ["Mark Ruiz"]


def test_a_thing_that_only_modifies_another_noun_is_not_the_thing() -> None:
    lead = (
        "The Lakeside State Bar board on Tuesday suspended the law license of District "
        "Attorney Tom Reyes for 18 months."
    )
    text = (
        f"{lead}\n\nReyes, who will appeal, was defiant. “This is a political vendetta,” "
        "Reyes said.\n\nAnn Lee, who heads the defense lawyers' association, accused Reyes "
        "of hiding evidence. “He gambled with an innocent man's life,” Lee said."
    )
    other = (
        "District Attorney Tom Reyes came out swinging after the Lakeside State Bar board "
        "suspended his law license on Tuesday.\n\nThe board found that he hid evidence."
    )
    support, oppose = sides_of(text, other)
    # the license, not the law; the one whose license it is is against its suspension
    assert support.label == "In favor of suspending the license"
    assert [q.speaker for q in support.quotes] == ["Ann Lee"]
    assert [q.speaker for q in oppose.quotes] == ["Tom Reyes"]


def test_the_actor_is_told_by_name_or_by_the_title_the_articles_give_them() -> None:
    from briefing.stages.quotes.camps import Camps
    from briefing.stages.quotes.sides import _is_actor

    camps = Camps(actor="Carl Brennan", actor_person=True, actor_keys=("brennan",))
    texts = ["U.S. District Judge Carl Brennan wrote that the agency had skipped a hearing."]
    assert _is_actor("Judge Brennan on Monday ", camps, texts)
    assert _is_actor("A federal judge on Monday ", camps, texts)
    assert not _is_actor("A federal agency on Monday ", camps, texts)
    assert not _is_actor("Mayor Tom Reyes on Monday ", camps, texts)


def test_a_lead_in_about_a_group_frames_the_speaker_quoted_right_after_it() -> None:
    lead = "The Lakeside council approved the harbor agreement on Tuesday by a vote of 7-2."
    quote = "“The river will pay for this for a generation,” said Ana Ruiz of Riverside Watch."
    framed = f"{lead}\n\nEnvironmental groups criticized the agreement on Wednesday.\n\n{quote}"
    _, quotes = story_sides([source("a", framed), source("b", lead)])
    assert [(q.speaker, q.stance) for q in quotes] == [("Ana Ruiz", "oppose")]
    # a lead-in about someone else is that person's stance, not the next speaker's
    other = f"{lead}\n\nMayor Tom Reyes criticized the agreement on Wednesday.\n\n{quote}"
    _, quotes = story_sides([source("a", other), source("b", lead)])
    assert [(q.speaker, q.stance) for q in quotes] == [("Ana Ruiz", "neutral")]


def test_the_other_party_to_a_deal_is_no_critic_by_party_alone() -> None:
    lead = (
        "Senate Democrats led by Sen. Ana Ruiz (D-Ore.) voted on Monday to reopen the Lakeside "
        "port in exchange for a promise from Sen. Tom Reyes (R-Ohio) of a vote on the harbor "
        "bill."
    )
    body = (
        f"{lead}\n\nRuiz defended the vote. “We got a vote on the harbor bill, and that is what "
        "we came for,” Ruiz said.\n\n“If the port stays open, I intend to bring the harbor bill "
        "to the floor,” Reyes said."
    )
    _, quotes = story_sides([source("a", body), source("b", lead)])
    stance = {q.speaker: q.stance for q in quotes}
    assert stance == {"Ana Ruiz": "support", "Tom Reyes": "neutral"}


def test_people_no_side_holds_are_shown_apart_once_each_the_strongest_first() -> None:
    from briefing.stages.quotes.rank import also_quoted

    text = (
        "The council approved the agreement on Tuesday.\n\n"
        "Supporters, including Mayor Lee Park, praised the vote. “This agreement brings 400 new "
        "jobs to the east side of the city,” Park said.\n\n"
        "“We will look at what it means for the river and the fish in it,” said Dana Wells, a "
        "resident.\n\n"
        "“Who will pay for the new pumps?” asked Omar Haddad, a farmer.\n\n"
        "“Too soon,” said Rita Cole.\n\n"
        "“The vote came after midnight, with most of the public gone home,” said Tom Reyes, a "
        "Riverside Daily reporter.\n\n"
        "“We will study every page of it before the summer session starts,” Wells said later."
    )
    sides, quotes = story_sides([source("a", text)])
    shown = also_quoted(sides, quotes)
    # the placed speaker stays on his side; a question and two words are no statement; a
    # reporter tells the story; the resident is listed once, with her fuller statement
    assert [q.speaker for q in shown] == ["Dana Wells"]
    assert shown[0].text.startswith("We will look at what it means")
    assert all(q.stance == "neutral" for q in shown)


def test_the_brief_shows_who_is_also_quoted_in_text_and_html(tmp_path: Path) -> None:
    articles = tmp_path / "in"
    articles.mkdir()
    for i, outlet in enumerate(["Lakeside Weekly", "Riverside Daily"]):
        (articles / f"a{i}.md").write_text(
            f"---\ntitle: Council approves harbor agreement\noutlet: {outlet}\n"
            "date: 2026-11-02\n---\n"
            "The Lakeside council approved the harbor agreement 7-2 on Tuesday after a long "
            "debate.\n\n"
            "“We will look at what it means for the river and the fish in it,” said Dana Wells, "
            "a resident who attended the meeting.\n",
            encoding="utf-8",
        )
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(articles), "--out", str(out)])
    assert result.exit_code == 0, result.output
    brief = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    [story] = brief["stories"]
    assert [q["speaker"] for q in story["unplaced"]] == ["Dana Wells"]
    assert all(not side["quotes"] for side in story["sides"])
    text = (out / "brief.txt").read_text(encoding="utf-8")
    assert "Also quoted (the articles do not make their side clear)" in text
    assert "— Dana Wells" in text
    html = (out / "brief.html").read_text(encoding="utf-8")
    assert "Also quoted" in html and "Dana Wells" in html


# -- seeds: one event, five articles ---------------------------------------------------------


@pytest.fixture(scope="module")
def seed_sides() -> tuple[list, list]:  # type: ignore[type-arg]
    articles = [read_article(p) for p in sorted(SEEDS.iterdir())]
    sources = [QuoteSource(a.id, a.outlet, a.text, ((0, len(a.text)),), a.title) for a in articles]
    texts = {a.id: a.text for a in articles}
    sides, quotes = story_sides(sources, quotes_per_side=3)
    return sides, quotes, texts  # type: ignore[return-value]


def test_seed_sides(seed_sides: tuple) -> None:  # type: ignore[type-arg]
    sides, quotes, _ = seed_sides
    support, oppose = sides
    assert {q.speaker for q in support.quotes} == {"ICE", "Ron DeSantis", "Abigail Jackson"}
    assert {q.speaker for q in oppose.quotes} == {"Dariel Gomez", "Tessa Petit"}
    by_speaker = {q.speaker: q for q in quotes}
    assert by_speaker["ICE"].role == "spokesperson"
    assert by_speaker["Ron DeSantis"].role == "Governor"
    assert by_speaker["Abigail Jackson"].role == "spokeswoman"
    assert by_speaker["Abigail Jackson"].organization == "White House"
    assert by_speaker["Dariel Gomez"].role == "Statewide Organizer"
    assert by_speaker["Dariel Gomez"].organization == "ACLU of Florida"
    assert by_speaker["Tessa Petit"].organization == "Florida Immigrant Coalition"
    assert by_speaker["Tessa Petit"].role == "Executive Director"
    # nobody on the wrong side
    for q in quotes:
        if q.speaker in ("Dariel Gomez", "Tessa Petit"):
            assert q.stance == "oppose", q
        if q.speaker in ("ICE", "Ron DeSantis", "Abigail Jackson"):
            assert q.stance == "support", q


def test_seed_default_two_per_side(seed_sides: tuple) -> None:  # type: ignore[type-arg]
    articles = [read_article(p) for p in sorted(SEEDS.iterdir())]
    sources = [QuoteSource(a.id, a.outlet, a.text, ((0, len(a.text)),)) for a in articles]
    sides, _ = story_sides(sources)
    assert [len(s.quotes) for s in sides] == [2, 2]
    assert len({q.speaker for q in sides[0].quotes}) == 2
    # the third supporter is not dropped: it is listed as another voice on that side
    support = sides[0]
    assert {q.speaker for q in support.quotes + support.more} == {
        "ICE",
        "Ron DeSantis",
        "Abigail Jackson",
    }
    assert sides[1].more == []


def test_seed_quotes_are_verbatim(seed_sides: tuple) -> None:  # type: ignore[type-arg]
    _, quotes, texts = seed_sides
    assert quotes
    for q in quotes:
        text = texts[q.source]
        if q.parts:
            assert JOIN.join(text[a:b] for a, b in q.parts) == q.text
            assert all(text[a:b] in q.text for a, b in q.parts)
        else:
            assert text[q.start : q.end] == q.text
        assert q.speaker and " " in q.speaker or q.speaker == "ICE"


def test_seed_spokesperson_wording_differs(seed_sides: tuple) -> None:  # type: ignore[type-arg]
    _, quotes, _ = seed_sides
    (ice,) = [q for q in quotes if q.speaker == "ICE"]
    assert ice.wording_differs
    assert len(ice.sources) == 2
    texts = [v.text for v in ice.variants]
    assert any("strengthens our ability" in t for t in texts)
    assert any("enables law enforcement partners" in t for t in texts)
    assert ice.evidence  # why it sits on its side


# -- CLI ------------------------------------------------------------------------------------


def test_cli_quotes_json() -> None:
    path = SEEDS / "004_97d91006fd708a01.txt"
    result = CliRunner().invoke(main, ["quotes", str(path), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    text = read_article(path).text
    assert {"text", "start", "end", "speaker", "speaker_start", "speaker_end", "role",
            "organization", "cue", "file"} <= set(rows[0])  # fmt: skip
    speakers = {r["speaker"] for r in rows}
    assert {"Dariel Gomez", "Tessa Petit", "Abigail Jackson"} <= speakers
    for r in rows:
        if len(r["parts"]) == 1:
            assert text[r["start"] : r["end"]] == r["text"]


def test_cli_quotes_table_and_bad_file(tmp_path: Path) -> None:
    ok = CliRunner().invoke(main, ["quotes", str(SEEDS / "004_97d91006fd708a01.txt")])
    assert ok.exit_code == 0 and "Petit" in ok.output
    long_quote = " ".join(f"word{i}" for i in range(60)) + " end."
    article = tmp_path / "long.txt"
    article.write_text(f'Title line\n\n"{long_quote}" said Ann Lee, the director.\n')
    table = CliRunner().invoke(main, ["quotes", str(article)])
    assert table.exit_code == 0
    # the whole quote, wrapped: every word is printed and nothing is cut with an ellipsis
    printed = table.output.split()
    assert all(f"word{i}" in printed for i in range(60)) and "…" not in table.output
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    result = CliRunner().invoke(main, ["quotes", str(bad)])
    assert result.exit_code != 0
    assert result.output.startswith("error:") and "Traceback" not in result.output


# -- quality gate on PolNeAR ----------------------------------------------------------------


def test_polnear_quote_extraction_gate() -> None:
    data = SHARED_EVAL / "polnear" / "dev.jsonl"
    if not data.exists():
        pytest.skip("PolNeAR eval data not present")
    from benchmarks.eval_quotes import score

    strict = score(data)
    marks = score(data, doubled=True)
    # pinned minimums: raise them when the extractor improves, never lower them
    assert strict.f1 >= 0.93 and strict.speaker_accuracy >= 0.97, strict
    assert marks.f1 >= 0.92 and marks.speaker_accuracy >= 0.95, marks


def test_basil_quote_speaker_gate() -> None:
    base = SHARED_EVAL / "basil"
    if not (base / "dev-gold.jsonl").exists():
        pytest.skip("BASIL eval data not present")
    from benchmarks.eval_speakers import score

    table = score(base)
    # a second corpus, so PolNeAR-fitted rules show; pinned minimum, raise it, never lower it
    assert table["all"].accuracy >= 0.86, table["all"]


def test_doubled_apostrophes_are_marks_only_when_asked() -> None:
    text = "''We will appeal the ruling this week,'' Ana Lopez said. It's the group's plan."
    assert [q for q in extract_quotes(text) if not q.partial] == []
    q = only(text, doubled_marks=True)
    assert q.text == "We will appeal the ruling this week" and q.speaker == "Ana Lopez"
    verbatim(text, q)


def test_title_case_headline_words_are_not_taken_for_a_name() -> None:
    text = (
        "White House Used Envoy To Ask Lopez To Quit Race\n\n"
        "Representative Ana Lopez was offered an unpaid post, officials said on Friday.\n\n"
        '"We want elections, not appointments," Congresswoman Lopez said.'
    )
    q = only(text)
    assert q.speaker == "Ana Lopez"
    verbatim(text, q)


def test_speaker_of_place_and_names_inside_quotes() -> None:
    text = (
        "“It is a power grab by the other party,” said Representative Ann Lee of Ohio, who "
        "leads the committee.\n\n"
        'Lee spoke for an hour. "I am a candidate for president of the United States," she said.'
    )
    quotes = [q for q in extract_quotes(text) if not q.partial]
    assert quotes[0].speaker == "Ann Lee" and quotes[0].organization == "Ohio"
    # the pronoun goes to the person before it, never to a name inside the quote
    assert quotes[1].speaker == "Ann Lee"


def test_context_sentence_places_the_person_it_names_not_their_chamber() -> None:
    articles = [
        source(
            "a",
            "The House passed the bill on Friday.\n\n"
            "The House minority leader, Representative Bo Diaz, criticized the bill.\n\n"
            '"This is a historic day for the country and for every voter," said Speaker '
            "Ann Lee of the House.\n\n"
            '"This bill is a takeover that would undermine every election we hold," said '
            "Representative Bo Diaz.",
        )
    ]
    sides, quotes = story_sides(articles)
    by_speaker = {q.speaker: q for q in quotes}
    assert by_speaker["Bo Diaz"].stance == "oppose"
    assert by_speaker["Ann Lee"].stance != "oppose"


def test_two_forms_of_one_name_are_one_speaker_on_one_side() -> None:
    from briefing.stages.quotes import same_person

    assert same_person("Ben Jealous", "Benjamin Todd Jealous")
    assert not same_person("Ann Lee", "Bo Lee")
    text = (
        "The Citizens League passed a resolution on Tuesday condemning the group.\n\n"
        '"We felt the time had come to stand up and say it plainly," said Benjamin Todd Jealous, '
        "president of the Citizens League.\n\n"
        '"We do not care about anything but the conduct of its members," Ben Jealous said.'
    )
    sides, quotes = story_sides([source("a", text)])
    assert {q.speaker for q in quotes} == {"Benjamin Todd Jealous"}
    support, oppose = sides
    assert [q.speaker for q in support.quotes] == ["Benjamin Todd Jealous"]
    assert oppose.quotes == []
    assert any("carried out the central action" in e for q in quotes for e in q.evidence)


def test_a_thing_that_says_something_is_no_speaker() -> None:
    text = '"How strange is the picture on the front page this week?" the cover asks readers.'
    assert all(q.speaker is None for q in extract_quotes(text))


@given(
    st.lists(st.text(alphabet=st.sampled_from(list('abc ABC."“”,\n:')), max_size=120), max_size=3)
)
def test_story_sides_never_raises(texts: list[str]) -> None:
    sources = [source(f"a{i}", t) for i, t in enumerate(texts)]
    sides, _ = story_sides(sources)
    assert [s.stance for s in sides] == ["support", "oppose"]


@pytest.mark.parametrize(
    ("text", "speaker", "role", "organization"),
    [
        (
            'Lakeshore Power spokeswoman Priya Nair defended the company. "We expect power back '
            'by Thursday evening for most of the county," Nair said.',
            "Priya Nair",
            "spokeswoman",
            "Lakeshore Power",
        ),
        (
            'Council member Tom Reyes criticized the cost. "We paid twice what the engineers '
            'first promised for this bridge," Reyes said.',
            "Tom Reyes",
            "Council member",
            None,
        ),
        (
            # the sentence before ends on a capitalised word: "Monday." is no organization
            "The board met on Monday. Board member Dan Ellis said: “The harbor plan is dead and "
            "everyone on this board knows it.”",
            "Dan Ellis",
            "Board member",
            None,
        ),
        (
            "The union voted on Friday. Lakeshore Power spokeswoman Priya Nair defended the "
            "company. “We expect power back by Thursday evening for most of the county,” "
            "Nair said.",
            "Priya Nair",
            "spokeswoman",
            "Lakeshore Power",
        ),
        (
            '"We will look at every option before the vote next week," said Ana de la Cruz, '
            "a lawyer.",
            "Ana de la Cruz",
            "lawyer",
            None,
        ),
    ],
)
def test_roles_before_the_name_and_name_particles(
    text: str, speaker: str, role: str, organization: str | None
) -> None:
    q = only(text)
    assert (q.speaker, q.role, q.organization) == (speaker, role, organization)


# -- speakers a newsroom writes: inverted titles, rare verbs, pronouns, roles, organizations ----


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ('"We will appeal the decision," said spokesman Dan Ellis.', "Dan Ellis", "spokesman"),
        ('"A dark day," said Sen. Maria Vance, D-Ore., on Tuesday.', "Maria Vance", "Senator"),
        ('"Please reconsider before it is too late," Ana Torres implored.', "Ana Torres", None),
        ('"It was the best night of my life," Ana Torres gushed.', "Ana Torres", None),
        # a nationality or a state between "former" and the title (the whole phrase was the
        # speaker, or no one was)
        (
            '"The plan has no chance," former Peruvian President Ana Ruiz said.',
            "Ana Ruiz",
            "former Peruvian President",
        ),
        (
            '"The plan has no chance," former Ohio Gov. Ana Ruiz said.',
            "Ana Ruiz",
            "former Governor",
        ),
        (
            'Gov. Ann Lee signed the order on Monday.\n\n"This keeps families safe," the '
            "governor said.",
            "Ann Lee",
            "Governor",
        ),
    ],
)
def test_speaker_forms(text: str, speaker: str, role: str | None) -> None:
    q = only(text)
    verbatim(text, q)
    assert (q.speaker, q.role) == (speaker, role)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a -ly word before the verb says how, not who ("wearily" was taken for a role)
        (
            "In May, Dan Ellis wearily dismissed the ferry plan as “a waste of good money.”",
            "Dan Ellis",
        ),
        # "hailed X as", "dubbing X": the words are the one who hailed or dubbed it
        ('Mayor Ann Lee hailed the vote as "a win for the east side" on Monday.', "Ann Lee"),
        (
            "The city will open the bridge in May, Mayor Ann Lee said Monday, dubbing the move "
            "a “turning point” for the harbor.",
            "Ann Lee",
        ),
        # "secretary of state": a noun after "of", not the speech verb "state"
        (
            "In a letter to the council, a former secretary of state from the Riverside cabinet "
            "said the plan “will not work and never could.”",
            "former secretary of state",
        ),
        # "likened X to" attributes the words; a dash then describes them, names no speaker
        (
            'Ana Ruiz, a harbor pilot, likened the plan to "selling the river" - an idea the '
            "council dropped.",
            "Ana Ruiz",
        ),
    ],
)
def test_words_a_writer_attributes_inside_a_sentence(text: str, speaker: str) -> None:
    [q] = extract_quotes(text)
    verbatim(text, q)
    assert q.partial and q.speaker == speaker and q.role != "wearily"


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        # a sentence's full stop is no part of a web name
        (
            "“The harbor will reopen in May and the ferry in June,” said Dan Ellis, Washington "
            "director of Lakeside.org.",
            "Washington director",
            "Lakeside.org",
        ),
        # what the speaker did is no role
        (
            "The mayor’s former press secretary, Dan Ellis, spoke on Monday. “The harbor will "
            "reopen in May and the ferry in June,” Ellis said.",
            None,
            None,
        ),
    ],
)
def test_roles_and_organizations_are_names_not_the_rest_of_a_sentence(
    text: str, role: str | None, organization: str | None
) -> None:
    q = only(text)
    assert (q.speaker, q.role, q.organization) == ("Dan Ellis", role, organization)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee spoke on Friday. Last week, Lee said the city had “every right to do "
        "what it wants with the harbor.”",
        "Ann Lee spoke on Friday. Several weeks ago, Lee said the harbor would reopen “in "
        "a few weeks.”",
    ],
)
def test_when_someone_spoke_is_no_role_or_organization(text: str) -> None:
    [q] = extract_quotes(text)
    assert (q.speaker, q.role, q.organization) == ("Ann Lee", None, None)


def test_an_adjective_opening_a_description_is_no_organization() -> None:
    from briefing.stages.quotes.speakers import _role_org

    assert _role_org("Several residents of the east side") == (
        "Several residents of the east side",
        None,
    )
    assert _role_org("Lakeside Power spokeswoman") == ("spokeswoman", "Lakeside Power")


def test_a_family_is_no_adverb() -> None:
    q = only("The family said: “We will not move from the harbor, whatever the council decides.”")
    assert q.role == "family"


def test_one_speaker_name_per_person_spelt_as_most_outlets_print_it() -> None:
    texts = [
        "Mayor Vincnet Ruiz defended the harbor plan. “The harbor plan brings four hundred jobs "
        "to the city,” Ruiz said.",
        "Mayor Vincent Ruiz defended the harbor plan. “The harbor plan brings four hundred jobs "
        "to the city,” Ruiz said.",
        "Mayor Vincent Ruiz spoke on Monday. “We will open the new pier in the spring and the "
        "ferry in the fall,” Ruiz said.",
    ]
    _, quotes = story_sides([source(f"a{i}", t) for i, t in enumerate(texts)])
    assert {q.speaker for q in quotes} == {"Vincent Ruiz"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "Terry" may be a woman's name: "she" is the woman just quoted, not the outlet
        (
            '"They have never treated a man this way," Terry Ruiz said to The Lakeside Ledger '
            'on Tuesday.\n\n"The cover is an insult to every woman who runs for office," she '
            "said.",
            "Terry Ruiz",
        ),
        # the words of a quotation govern no name after it: Ellis is the subject, and "he"
        # goes on with him, not with the man his own sentence mentions
        (
            '"This breaks the law," said Rep. Dan Ellis, R-Ohio.\n\n"This is about the mayor. This '
            'is not about Ann Lee," Ellis said, adding that he wants to know what Tom Reyes was '
            'told. "Their letter leaves more questions than it settles about the harbor," he said.',
            "Dan Ellis",
        ),
    ],
)
def test_he_or_she_after_a_quote_goes_on_with_its_speaker(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker


def test_pronoun_goes_to_the_nearest_compatible_person() -> None:
    text = 'Mark Hill and Lena Park met on Monday. "We are disappointed," she told a news agency.'
    assert only(text).speaker == "Lena Park"


@pytest.mark.parametrize("opener", ["For", "To"])
def test_a_pronoun_goes_to_the_person_a_sentence_opens_on(opener: str) -> None:
    # "For Joan Reed, that is the point.": the sentence is about her, and "she" right after it
    # is her, not the woman quoted in the paragraph before
    text = (
        "Attorney General Ann Lee said the office would not settle. “There will be no deal,” "
        f"she said.\n\n{opener} Joan Reed, that is the point. “I am not looking for money,” "
        "she said."
    )
    found = [q for q in extract_quotes(text) if not q.partial]
    assert [q.speaker for q in found] == ["Ann Lee", "Joan Reed"]


def test_a_pronoun_goes_to_the_subject_after_an_opening_phrase() -> None:
    # the sentence opens on a show's name and a day: its subject is Ann Lee, not the officer
    # she criticized, nor the host the show is named after
    text = (
        "Mayor Ann Lee spoke on Monday.\n\nOn The Tom Reyes Morning Show on Tuesday, Lee "
        "criticized Riverside police officer Maria Vance for the arrest.\n\n"
        '"How many times do we have to see this in our city?" she said.'
    )
    assert only(text).speaker == "Ann Lee"


def test_a_titled_name_with_a_middle_initial_keeps_one_surname() -> None:
    text = (
        "House Speaker Tom B. Reyes said more listening was needed.\n\n"
        '"It is heartbreaking," Reyes said.'
    )
    assert only(text).speaker == "Tom B. Reyes"


def test_a_juniors_father_is_his_namesake_when_the_text_names_him() -> None:
    text = (
        "Mayor Tom Reyes praised the plan on Monday. Tom Reyes Jr. posted the letter online.\n\n"
        '"It is a great day," his father tweeted.'
    )
    assert only(text).speaker == "Tom Reyes"
    # no namesake named: whose father he is, as the text says it
    alone = 'Tom Reyes Jr. posted the letter online.\n\n"It is a great day," his father tweeted.'
    assert only(alone).speaker == "Tom Reyes Jr.’s father"


def test_organization_noun_resolves_to_the_organization_or_to_nobody() -> None:
    named = (
        'The Environmental Protection Agency issued the rule. "It will cut smog," the agency said.'
    )
    assert only(named).speaker == "Environmental Protection Agency"
    bare = '"Two no votes will not stop us," the agency said.'
    q = only(bare)
    assert q.speaker is None and q.organization is None


def test_headline_capitals_are_no_speaker() -> None:
    text = 'Mayor Asks Council To Act Now\n\n"We cannot wait any longer," he said.'
    assert only(text).speaker is None


# -- sides: camps, labels, paraphrased positions ---------------------------------------------


def test_side_with_only_a_paraphrase_shows_it_marked() -> None:
    text = (
        "The city council approved the agreement with the state on Tuesday.\n\n"
        '"This agreement keeps our streets safe," said Mayor Lee Park, who backed the agreement.'
        "\n\nCritics, including the ACLU, say the agreement will erode trust in the police."
    )
    sides, _ = story_sides([source("a", text)])
    support, oppose = sides
    assert [q.speaker for q in support.quotes] == ["Lee Park"]
    (reported,) = oppose.quotes
    assert reported.paraphrase and reported.speaker == "ACLU"
    assert text[reported.start : reported.end] == reported.text
    assert reported.text.startswith("Critics, including the ACLU")
    assert oppose.note is not None and "No direct quote" in oppose.note


def test_actor_and_their_critics_are_named_in_labels_and_sides() -> None:
    lead = "Senator Ann Harmon attacked the budget office on Monday, saying it hid costs."
    text = (
        f"{lead}\n\n"
        '"The office misled the public about what this will cost," Harmon said.\n\n'
        '"Harmon is wrong and she knows it," said Tom Reyes, who criticized Harmon.'
    )
    other = f"{lead} Harmon spoke after a hearing that ran late."
    sides, _ = story_sides([source("a", text), source("b", other)])
    support, oppose = sides
    assert support.label == "Harmon and her defenders"
    assert oppose.label == "Harmon’s critics"
    assert [q.speaker for q in support.quotes] == ["Ann Harmon"]
    assert [q.speaker for q in oppose.quotes] == ["Tom Reyes"]


def test_speaker_named_in_the_next_paragraph() -> None:
    text = (
        "Lena Park spoke on Friday about the race.\n\n"
        '"What she has got to do is contrast, and get away from the personality stuff."\n\n'
        "Park told a radio host that the race is close."
    )
    q = only(text)
    assert (q.speaker, q.cue) == ("Lena Park", "told")
    verbatim(text, q)


def test_the_one_the_actor_attacks_is_on_the_other_side() -> None:
    lead = "Governor Ann Harmon attacked Mayor Tom Reyes on Monday over the budget."
    text = (
        f"{lead}\n\n"
        '"The budget hides what this will cost," Harmon said.\n\n'
        '"We will publish every number next week," said Reyes.'
    )
    other = f"{lead} Harmon spoke after a hearing that ran late."
    sides, _ = story_sides([source("a", text), source("b", other)])
    support, oppose = sides
    assert [q.speaker for q in support.quotes] == ["Ann Harmon"]
    assert [q.speaker for q in oppose.quotes] == ["Tom Reyes"]


def test_party_line_story_places_unplaced_partisans_but_not_across_a_split() -> None:
    lead = "Governor Ann Harmon attacked Tom Reyes on Monday over the budget."
    base = (
        f"{lead}\n\n"
        '"The budget hides what this will cost," Harmon said.\n\n'
        '"We will publish every number next week," said Republican Tom Reyes.\n\n'
        '"The budget is a fair start," said Republican Lia Cole, who criticized Harmon.\n\n'
        '"We will read it closely," said Republican Sen. Joe Dunn.'
    )
    other = f"{lead} Harmon spoke after a hearing that ran late."
    sides, _ = story_sides([source("a", base), source("b", other)])
    assert "Joe Dunn" in [q.speaker for q in [*sides[1].quotes, *sides[1].more]]
    # one Republican on each side: no party line to read, so Dunn takes no side
    split = base.replace("who criticized Harmon", "who praised Harmon")
    sides, _ = story_sides([source("a", split), source("b", other)])
    placed = [q.speaker for s in sides for q in [*s.quotes, *s.more]]
    assert "Joe Dunn" not in placed


def test_a_complaint_at_the_attribution_files_the_speaker_with_the_critics() -> None:
    text = (
        "The council approved the agreement on Tuesday.\n\n"
        "Supporters, including Mayor Lee Park, praised the vote. “This agreement brings 400 new "
        "jobs to the east side of the city,” Park said.\n\n"
        "“Nobody asked the people who live by the river,” said Dana Wells, complaining that the "
        "hearing was held at noon."
    )
    sides, _ = story_sides([source("a", text)])
    assert [q.speaker for q in sides[1].quotes] == ["Dana Wells"]


def test_the_party_of_the_one_the_actor_attacks_marks_a_party_line() -> None:
    lead = "Governor Ann Harmon attacked Republican Tom Reyes on Monday over the budget."
    text = (
        f"{lead}\n\n"
        '"The budget hides what this will cost," Harmon said.\n\n'
        '"We will publish every number next week," said Reyes.\n\n'
        '"We will read it closely," said Republican Sen. Joe Dunn.'
    )
    other = f"{lead} Harmon spoke after a hearing that ran late."
    sides, _ = story_sides([source("a", text), source("b", other)])
    oppose = [q.speaker for q in [*sides[1].quotes, *sides[1].more]]
    assert "Joe Dunn" in oppose and any(s and s.endswith("Tom Reyes") for s in oppose)


def test_defending_oneself_is_no_stance_on_the_action() -> None:
    text = (
        "The council approved the agreement on Tuesday.\n\n"
        "Supporters, including Mayor Lee Park, praised the vote. “This agreement brings 400 new "
        "jobs to the east side of the city,” Park said.\n\n"
        "Dana Wells defended herself at the hearing. “I read every page twice,” Wells said."
    )
    sides, quotes = story_sides([source("a", text)])
    placed = [q.speaker for s in sides for q in [*s.quotes, *s.more]]
    assert "Dana Wells" not in placed
    assert any(q.speaker == "Dana Wells" and q.stance == "neutral" for q in quotes)


def test_label_for_a_person_of_unknown_gender_reads_as_a_name() -> None:
    from briefing.stages.quotes.camps import Camps, side_labels

    camps = Camps(actor="Okonkwo", actor_person=True, actor_keys=("okonkwo",), pronoun="their")
    labels = side_labels(camps, None)
    assert labels == {"support": "Okonkwo’s defenders", "oppose": "Okonkwo’s critics"}


def test_label_for_a_body_takes_the_article_a_place_does_not() -> None:
    from briefing.stages.quotes.camps import Camps, side_labels

    council = Camps(actor="Lakeside Council", actor_keys=("lakeside council",), pronoun="its")
    assert side_labels(council, None)["support"] == "The Lakeside Council and its defenders"
    county = Camps(actor="Tallis County", actor_keys=("tallis county",), pronoun="its")
    assert side_labels(county, None) == {
        "support": "Tallis County and its defenders",
        "oppose": "Tallis County’s critics",
    }
    # a school named first takes none either; one "of" a place, and a board of one, do
    for actor, label in (
        ("Brightwater University", "Brightwater University and its defenders"),
        ("University of Calder", "The University of Calder and its defenders"),
        ("Board of Regents of Westmarch University", "The Board of Regents of Westmarch"),
        # a public library is a body, named after its town
        ("Millbrook Public Library", "The Millbrook Public Library and its defenders"),
    ):
        school = Camps(actor=actor, actor_keys=(actor.lower(),), pronoun="its")
        assert side_labels(school, None)["support"].startswith(label), actor


@pytest.mark.parametrize(
    "lead",
    [
        "Ana Lopez said, adding later, ",
        "Ana Lopez said before asking the panel, ",
        "Ana Lopez said. The video then shows her telling the crowd, ",
    ],
)
def test_a_second_quote_with_its_own_lead_is_not_joined(lead: str) -> None:
    text = f"“This is a bad day for the town,” {lead}“We will keep fighting in court.”"
    full = [q for q in extract_quotes(text) if not q.partial]
    assert [len(q.parts) for q in full] == [1, 1]


@pytest.mark.parametrize(
    "frame",
    ["Asked point-blank, ", "Ana Lopez took questions. Asked whether the photo was hers, "],
)
def test_a_question_put_to_the_speaker_is_neither_joined_to_nor_credited_with_her_answer(
    frame: str,
) -> None:
    text = f"{frame}“Is that picture you?” Lopez replied, “I am not going to talk about it.”"
    full = [q for q in extract_quotes(text) if not q.partial]
    assert [q.text for q in full] == ["Is that picture you?", "I am not going to talk about it."]
    assert full[0].speaker is None
    assert (full[1].speaker or "").endswith("Lopez")


def test_fragments_in_a_chain_of_clauses_are_the_sentence_subjects() -> None:
    text = (
        "Ann Lee spoke on Sunday.\n\nAnn Lee has stood by her decision despite the outcry, "
        "telling critics that the vote should come as “no surprise” given her 2020 campaign "
        "promises and arguing that the city’s role as “landlord of last resort” costs too much."
    )
    quotes = extract_quotes(text)
    # "promises" after the first fragment is a noun, no cue; the participles are Lee's
    assert [q.text for q in quotes] == ["no surprise", "landlord of last resort"]
    assert all((q.speaker or "").endswith("Lee") for q in quotes)


def test_a_fragment_in_a_clause_with_its_own_subject_is_not_the_sentence_subjects() -> None:
    text = (
        "Tom Reyes spoke on Sunday.\n\nTom Reyes called Ann Lee a “national disgrace” after she "
        "attacked the police and blamed the shootings on “implicit bias” in the force."
    )
    disgrace, bias = extract_quotes(text)
    assert (disgrace.speaker or "").endswith("Reyes")
    assert not (bias.speaker or "").endswith("Reyes")


def test_a_lower_case_continuation_after_a_clause_is_joined() -> None:
    text = "“This is a bad day,” Ana Lopez said, pointing at the map, “and we will keep fighting.”"
    assert len(only(text).parts) == 2


def test_a_spokeswoman_for_someone_is_not_that_someone() -> None:
    q = only("“We will appeal the ruling,” a spokeswoman for Sen. Ana Ruiz said.")
    assert q.speaker == "spokeswoman for Ana Ruiz"
    assert (q.role, q.organization) == ("spokeswoman", "Ana Ruiz")
    assert not q.named


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The deal is a mistake,” the ACLU of Ohio said in a statement.", "ACLU of Ohio"),
        ("“The deal is a mistake,” said the University of Lakeshore.", "University of Lakeshore"),
    ],
)
def test_an_organization_named_x_of_y_is_one_speaker(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "“We are not done yet,” Jane Doe bristled.",
        "“We are not done yet,” Jane Doe chimed in.",
        "“We are not done yet,” Jane Doe harrumphed.",  # in no list: a name, one -ed word
        "Jane Doe left early. “We are not done yet,” she harrumphed.",
        # listed verbs work before the quote too, where no -ed fallback applies
        "Jane Doe exulted: “We are not done yet.”",
        "Jane Doe confided to friends, “We are not done yet.”",
        "Jane Doe chides them: “We are not done yet.”",
    ],
)
def test_uncommon_speech_verbs_attribute_the_quote(text: str) -> None:
    assert only(text).speaker == "Jane Doe"


def test_an_unlisted_verb_needs_a_bare_name_clause() -> None:
    text = "“We are not done yet, and we will be back,” the long meeting ended."
    assert [q.speaker for q in extract_quotes(text)] == [None]


def test_a_pronoun_reaches_back_to_the_name_in_the_paragraph_before() -> None:
    text = (
        "Ana Ruiz, a nurse, spoke at the rally. Tom Reed stayed home.\n\n"
        "“We are not done yet,” she told a news agency."
    )
    assert only(text).speaker == "Ana Ruiz"  # "she" skips the nearer man's name


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Tom Reed Says Plan Will Pass\n\n“We are not done yet,” he said.",
        "The mayor spoke.\n\n“Tom Reed is wrong about the plan,” he said.",
    ],
)
def test_a_pronoun_never_takes_a_name_from_a_headline_or_a_quotation(text: str) -> None:
    assert only(text).speaker is None


def test_a_quoted_show_title_inside_the_attribution_does_not_split_the_quote() -> None:
    text = (
        "“Our plan is the only one that works,” Tom Reed, a top surrogate, said Thursday "
        "on the network’s “Morning Show.” “The rest will fail.”"
    )
    q = only(text)
    assert q.speaker == "Tom Reed"
    assert q.text == "Our plan is the only one that works … The rest will fail."
    verbatim(text, q)


def test_a_fragment_after_a_new_sentence_is_not_a_title_in_the_attribution() -> None:
    text = (
        "“We will not follow a script today,” Tom Reed said after the talks. "
        "The summit achieved “too little,” he added later. “Without change, we fail.”"
    )
    first = [q for q in extract_quotes(text) if not q.partial][0]
    assert len(first.parts) == 1


def test_a_number_led_role_before_the_name_is_a_speaker() -> None:
    q = only("“The rationale does not hold up at all,” said 9/11 widow Ana Ruiz.")
    assert (q.speaker, q.role) == ("Ana Ruiz", "9/11 widow")


def test_a_bare_quote_paragraph_continues_the_speaker_of_the_paragraph_before() -> None:
    text = (
        "The rally drew Tom Reed, head of a local caucus.\n\n"
        "“No one is writing songs for her. Nobody at all,” he said.\n\n"
        "“Right now, the vote is against the other man. It is not for her.”"
    )
    first, second = [q for q in extract_quotes(text) if not q.partial]
    assert first.speaker == second.speaker == "Tom Reed"
    assert second.cue is None


def test_a_bare_quote_paragraph_after_narration_gets_no_speaker() -> None:
    text = (
        "“No one is writing songs for her. Nobody at all,” Tom Reed said.\n\n"
        "The crowd cheered as the band played on.\n\n"
        "“Right now, the vote is against the other man. It is not for her.”"
    )
    assert [q.speaker for q in extract_quotes(text) if not q.partial] == ["Tom Reed", None]


@pytest.mark.parametrize(
    "attribution", ["Tom Vance’s campaign said", "the Vance campaign said", "a Vance aide said"]
)
def test_a_named_persons_campaign_or_aide_is_not_that_person(attribution: str) -> None:
    q = only(f"Tom Vance spoke on Monday. “We are not done yet, not at all,” {attribution}.")
    assert q.speaker is not None and q.speaker.startswith("Tom Vance’s ")
    assert q.organization == "Tom Vance"


def test_a_pronoun_and_its_verb_before_a_colon_are_no_speaker() -> None:
    text = (
        "My aunt Ana Ruiz drove us home. She became so upset that I had to change my "
        "answer: “Of course I believe it. I was just kidding.”"
    )
    q = only(text)
    assert q.speaker is None and q.mention is None


def test_a_pronoun_then_an_adverb_is_still_a_speaker() -> None:
    text = "Ana Ruiz spoke next.\n\nShe then defended it, saying, “I don’t think this is odd.”"
    q = only(text)
    assert (q.speaker, q.mention) == ("Ana Ruiz", "She")
    verbatim(text, q)


def test_one_person_is_listed_once_per_side_under_a_longer_title() -> None:
    from briefing.stages.quotes.rank import _name_suffix

    assert _name_suffix("acme ceo a. barry rand", "barry rand")
    assert not _name_suffix("barry rand", "ann rand")
    assert not _name_suffix("rand", "barry rand")  # one word is no full name


def test_a_pronoun_reaches_a_person_named_by_surname_only() -> None:
    text = (
        "Tom Reed spoke at the rally. Sam Hill left early. Reed stayed.\n\n"
        "“We are not done yet,” he told a news agency."
    )
    assert only(text).speaker == "Tom Reed"  # "Reed", not the full name, is the nearest


def test_the_attribution_of_the_sentence_before_carries_on_to_the_quote() -> None:
    text = (
        "The city may wait until the talks end, Reed said. “The other factor is money.”\n\n"
        "Suicides are rising, says Ana Ruiz, founder of a veterans group. “We need help.”"
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Reed", "Ana Ruiz"]
    narration = "The city may wait until the talks end. “The other factor is money.”"
    assert only(narration).speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("But Senator Ann J. Lee of Ohio spoke.\n\n“We will win,” she said.", "Ann J. Lee"),
        ("Ann Lee spoke. U.S. Internet firms met.\n\n“We will win,” she said.", "Ann Lee"),
    ],
)
def test_a_name_never_starts_at_a_function_word_or_inside_an_abbreviation(
    text: str, speaker: str
) -> None:
    assert only(text).speaker == speaker


def test_an_owners_possessive_inside_a_phrase_is_no_name() -> None:
    from briefing.text.names import looks_person

    assert not looks_person("NAACP's Washington")
    assert looks_person("Ann Lee's")  # a name's own possessive ends it


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Protesters marching through town chanted "What curfew?" all night.', "Protesters"),
        ('Ann Lee then urges him to leave and repeatedly says, "Stop it," twice.', "Ann Lee"),
    ],
)
def test_a_capitalized_sentence_a_speech_verb_reports_is_a_quote_of_the_subject(
    text: str, speaker: str
) -> None:
    q = only(text)
    assert not q.partial and q.speaker == speaker


def test_a_naming_verb_or_an_opening_time_phrase_makes_no_quote_or_speaker() -> None:
    (named,) = extract_quotes('Critics of the mayor called it "The Big Mistake" all week.')
    assert named.partial  # "called it": a label, not a statement
    text = 'Once in my early 20s, when my mother asked, I laughed and said, "I was kidding."'
    assert only(text).speaker != "Once"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will win," President Ann Lee on Saturday said.', "Ann Lee"),
        (
            'Ann Lee, the mayor of Mesa, who is a nurse, said that the bill "is wrong for us."',
            "Ann Lee",
        ),
        (
            'Sen. Kay Lee, R-Texas, who wrote a plan, said Friday that "the plan is a shift."',
            "Kay Lee",
        ),
    ],
)
def test_a_time_phrase_a_party_tag_or_a_place_is_no_part_of_the_speaker(
    text: str, speaker: str
) -> None:
    (q,) = extract_quotes(text)
    assert q.speaker == speaker


def test_an_outlet_in_an_opening_phrase_is_not_the_lawyer_who_spoke() -> None:
    text = 'In a statement to The Ledger, the family’s attorney, Ann Lee, said, "We are calm."'
    assert only(text).speaker == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the subject of the sentence before, not the man it names later
        (
            "Tom Reed said the claims did not hurt Sam Hill in 2012.\n\n"
            "“It is not what worked,” he said.",
            "Tom Reed",
        ),
        # a place name fits no pronoun when a man is named
        ("Tom Reed flew in. Puerto Rico waited.\n\n“We are here,” he said.", "Tom Reed"),
        # "the Democratic senator": the one named senator
        (
            "Sen. Tom Reed, D-Ohio, spoke first.\n\n“We are here,” the Democratic senator said.",
            "Tom Reed",
        ),
        # "the president" is not the vice president
        (
            "President Ann Lee and Vice President Tom Reed spoke.\n\n"
            "“We are here,” the president said.",
            "Ann Lee",
        ),
    ],
)
def test_pronoun_and_role_speakers_resolve_to_the_right_person(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


def test_a_speech_verb_after_a_determiner_is_a_noun() -> None:
    text = "“If any bank fails, break it up.”\n\nThis post has been updated with comment."
    assert only(text).speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee spoke.\n\nSpeaking at the Veterans War Memorial Building, she said: “We rebuild.”",
        "Ann Lee came. The Lincoln Memorial Building was full.\n\n“We rebuild,” she said.",
        "Ann Lee flew to San Jose on Friday.\n\n“We rebuild,” she said.",
    ],
)
def test_a_place_a_building_or_a_day_is_never_the_speaker(text: str) -> None:
    assert only(text).speaker == "Ann Lee"


def test_a_name_in_the_attribution_of_a_split_quote_is_a_name_for_pronouns() -> None:
    text = (
        "“We did nothing wrong,” Ann B. Lee, the counsel, said. “Nothing at all.”\n\n"
        "Mrs. Lee went on. “We will show it,” she wrote."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Ann B. Lee", "Ann B. Lee"]


def test_a_pronoun_reaches_a_person_named_only_as_mr_or_president_surname() -> None:
    text = "Ann Lee and Mr. Obama spoke in Ohio.\n\n“It is done,” he said."
    assert only(text).speaker == "Obama"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rep. Ann Lee, the panel chair, said the talks described by the mayor “break the law.”",
            "Ann Lee",
        ),
        ("SPRINGFIELD, Ohio — Gov. Ann Lee, at a rally, vowed that “we will win this.”", "Ann Lee"),
        ('"We rank posts by time," the statement said.', None),
    ],
)
def test_a_passive_verb_a_dateline_or_a_document_is_no_speaker(
    text: str, speaker: str | None
) -> None:
    (q,) = extract_quotes(text)
    assert q.speaker == speaker


def test_the_group_or_the_agency_is_the_body_of_that_kind_named_just_before() -> None:
    text = (
        "The Lakeside Anglers Club praised the rule on Monday.\n\n"
        "“The news could not have been better,” the group wrote."
    )
    assert only(text).speaker == "Lakeside Anglers Club"
    other = "The Lakeside Medical Act passed on Monday.\n\n“It is a good day,” the group wrote."
    assert only(other).speaker is None  # an act is no group


def test_the_group_is_never_a_name_inside_its_own_statement() -> None:
    text = (
        "The Coalition for Regulated Sports Wagering, a trade group, slammed the veto. "
        "“Governor Vick has chosen to protect offshore bookmakers over consumers,” the group "
        "said in a statement."
    )
    assert only(text).speaker == "Coalition for Regulated Sports Wagering"
    union = (
        "The Pruitt County Deputy Sheriffs’ Association, which represents 140 deputies, defended "
        "him. “Sheriff Colbath stood up for deputies when nobody else would,” the union said."
    )
    assert only(union).speaker == "Pruitt County Deputy Sheriffs’ Association"
    # no body named before: no speaker, never the name the statement speaks of
    bare = "“Governor Vick has chosen to protect offshore bookmakers,” the group said."
    assert only(bare).speaker is None


def test_a_spokeswomans_words_and_her_companys_statement_stay_two_quotes() -> None:
    a = (
        "Brightway Pharmacy Corp. denied the claims. “Our pharmacists filled valid prescriptions "
        "written by licensed prescribers, under federal and state rules,” the company said in a "
        "statement."
    )
    b = (
        "Teresa Vance, a spokeswoman for Brightway, disputed the suit. “Our pharmacists filled "
        "valid prescriptions written by licensed prescribers in good faith,” Ms. Vance said."
    )
    _, quotes = story_sides([source("a", a), source("b", b)])
    by_speaker = {(q.speaker or "").rstrip("."): q.text for q in quotes}
    assert "under federal and state rules" in by_speaker["Brightway Pharmacy Corp"]
    assert "in good faith" in by_speaker["Teresa Vance"]
    assert "under federal and state rules" not in by_speaker["Teresa Vance"]


def test_the_official_is_the_unnamed_one_the_article_described_before() -> None:
    text = (
        "Hours earlier, a senior city official pushed back on the report.\n\n"
        "It was not clear how the official defined closing.\n\n"
        "“The plan is subject to review by the council,” the official said."
    )
    quote = only(text)
    assert (quote.speaker, quote.role) == ("senior city official", "senior city official")
    # one described in apposition to a name is known by that name, never by the description
    named = (
        "Tom Reyes, a senior city official, spoke on Monday.\n\n"
        "Ann Lee, the mayor, spoke too.\n\n"
        "“The plan is subject to review by the council,” the official said."
    )
    assert only(named).speaker == "Tom Reyes"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will win," said Del. Ann Lee of the Virgin Islands.', "Ann Lee"),
        ('"We will win," said Del. Ann "Annie" Lee.', "Ann Lee"),
    ],
)
def test_a_title_abbreviation_and_a_nickname_stay_inside_the_speaker(
    text: str, speaker: str
) -> None:
    (q,) = extract_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tom Reed died.\n\n“We want the tape,” Reed's family said.", "Tom Reed’s family"),
        ("Ann Lee spoke. Pelosi had called the plan “a non-starter.”", "Pelosi"),
    ],
)
def test_a_relative_speaks_for_no_one_else_and_an_auxiliary_keeps_the_subject(
    text: str, speaker: str
) -> None:
    q = extract_quotes(text)[-1]
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # words before the title no longer cut the name short
        (
            "Fellow Democratic Sen. Ann Coons of Delaware slammed the plan.\n\n"
            "“This shutdown is hurting millions,” she said.",
            "Ann Coons",
        ),
        # "he" is never the woman who spoke before
        ("“We are done,” said Kristen Lee.\n\nTom left.\n\n“It is over,” he said.", None),
        # a pronoun is not the person the quote itself names by surname
        ("Ann Lee met Tom Reed.\n\n“Reed is wrong about this,” she said.", "Ann Lee"),
    ],
)
def test_pronouns_reach_the_right_person_or_none(text: str, speaker: str | None) -> None:
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_quote_paragraph_after_an_attributed_fragment_continues_its_speaker() -> None:
    text = (
        "Before the vote, Ann Lee had called the plan “a non-starter.”\n\n"
        "“For one thing, this plan does not include the money we need.”\n\n"
        "Budgets are tight.\n\n"
        "“Nobody said a word,” one aide recalled later."
    )
    quotes = [q for q in extract_quotes(text) if not q.partial]
    assert quotes[0].speaker == "Ann Lee"
    narration = "The plan was called “a non-starter” by some.\n\n“We need money for it.”"
    assert [q.speaker for q in extract_quotes(narration) if not q.partial] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "Sens." is an abbreviation: the sentence (and its subject) goes on past it
        (
            "Ann Reed told Sens. Tom Hill and Sam Ward that she regrets it.\n\n"
            "“I can assure you it was not partisan,” she told them in a letter.",
            "Ann Reed",
        ),
        # "Mr. de Lee" is the Kevin de Lee named before
        (
            "Kevin de Lee spoke first.\n\nMr. de Lee said he had called Tom Hill.\n\n"
            "“Once again, we lost,” he said.",
            "Kevin de Lee",
        ),
    ],
)
def test_a_plural_title_and_a_name_particle_keep_the_right_person(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


def test_a_named_speakers_long_fragment_is_on_the_record() -> None:
    text = (
        "The council approved the agreement on Tuesday.\n\n"
        "“This agreement brings 400 new jobs to the east side of the city,” said Mayor Lee Park,"
        " who backed the agreement.\n\n"
        "Dana Wells, who opposed the agreement, said the vote was “one more example of a council"
        " that never asks the people who live by the river.”\n\n"
        "Tom Reyes, who criticized the agreement, called it “a mistake.”"
    )
    sides, _ = story_sides([source("a", text)])
    (wells,) = sides[1].quotes
    assert wells.speaker == "Dana Wells"
    assert text[wells.start : wells.end] == wells.text
    # two words in quotation marks are the writer's borrowing, not a statement
    assert "Tom Reyes" not in [q.speaker for s in sides for q in [*s.quotes, *s.more]]


def test_the_conceded_half_of_a_sentence_is_not_a_fragment_on_the_record() -> None:
    text = (
        "The council approved the agreement on Tuesday.\n\n"
        "“This agreement brings 400 new jobs to the east side of the city,” said Mayor Lee Park,"
        " who backed the agreement.\n\n"
        "While Dana Wells said the audit “does not find that the council broke any rule of the"
        " city,” it “also does not clear the agreement of the costs it hides.”\n\n"
        "Tom Reyes, who opposed the agreement, said the vote was “one more example of a council"
        " that never asks the people who live by the river.”"
    )
    sides, _ = story_sides([source("a", text)])
    shown = [q.text for s in sides for q in [*s.quotes, *s.more]]
    # alone, the conceded half says the opposite of what Wells's sentence reports
    assert not any(q.startswith("does not find") for q in shown)
    assert any(q.startswith("one more example") for q in shown)


def test_a_participle_clause_opening_the_sentence_is_its_subjects_stance() -> None:
    text = (
        "The council approved the agreement on Tuesday.\n\n"
        "In defending the agreement on Friday, Ms. Lee Park cited a review of the costs.\n\n"
        "“The review found the costs were met, and the city gains from it,” Park said.\n\n"
        "“Nobody asked the people who live by the river,” said Dana Wells, who criticized the"
        " agreement."
    )
    sides, _ = story_sides([source("a", text)])
    assert [q.speaker for q in sides[0].quotes] == ["Lee Park"]
    assert [q.speaker for q in sides[1].quotes] == ["Dana Wells"]


def test_a_noun_stance_owned_by_a_pronoun_is_the_subjects() -> None:
    lead = "Governor Ann Harmon unveiled a plan for a wall along the border on Monday."
    text = (
        f"{lead}\n\n"
        "“The wall will be built, and it will be paid for,” Harmon said.\n\n"
        "Mr. Dan Ellis, who was mayor from 2000 to 2006, was clear in his opposition to"
        " Ms. Harmon.\n\n"
        "“I would like to know who those people are,” Mr. Ellis said."
    )
    other = f"{lead} Harmon spoke after a hearing that ran late."
    sides, _ = story_sides([source("a", text), source("b", other)])
    assert [q.speaker for q in sides[1].quotes] == ["Dan Ellis"]


def test_a_condition_or_a_title_is_no_tone_toward_the_actor() -> None:
    from briefing.stages.quotes.camps import Camps
    from briefing.stages.quotes.stances import _toward_actor

    camps = Camps("Harmon", True, ("harmon",), pronoun="her")
    praise = "They will benefit with an administration led by Ann Harmon."
    assert _toward_actor(praise, camps) > 0
    assert _toward_actor(f"And if they think {praise[:-1].lower()}, they are wrong.", camps) <= 0
    assert _toward_actor("Ann Harmon won 44 percent of the vote in the caucus.", camps) == 0
    hacked = "It has declined to say whether Ms. Harmon’s account was hacked and abused."
    assert _toward_actor(hacked, camps) == 0
    assert _toward_actor("Despite what presidential hopeful Ann Harmon may claim.", camps) == 0


def test_what_the_other_party_does_in_a_quote_is_not_the_speakers_view_of_the_actor() -> None:
    from briefing.stages.quotes.camps import Camps
    from briefing.stages.quotes.stances import _toward_actor

    camps = Camps("Harmon", True, ("harmon",), pronoun="her", party="R", office="governor")
    # the other party is the clause's subject: its "dislike" and "obstruction" are theirs
    backing = (
        "The time for games has passed. Democrats must put their personal dislike of the "
        "governor aside, end their obstruction, and finally come to the table."
    )
    assert _toward_actor(backing, camps) > 0
    # the other party as an object is no subject of the clause: the tone is toward Harmon
    against = "Given the poison pills meant to entice Democrats, the Harmon offer is a sham."
    assert _toward_actor(against, camps) < 0
    assert _toward_actor("The governor is wrong and Democrats are right.", camps) < 0


@pytest.mark.parametrize(
    ("text", "speaker", "role", "org"),
    [
        (
            "“We will appeal the ruling,” said Secretary of the Interior Ann Lee.",
            "Ann Lee",
            "Secretary of the Interior",
            None,
        ),
        (
            "“We will appeal the ruling,” said Director of National Intelligence Tom R. Reyes.",
            "Tom R. Reyes",
            "Director of National Intelligence",
            None,
        ),
        (
            "“We will appeal the ruling,” said Democracy for America.",
            "Democracy for America",
            None,
            "Democracy for America",
        ),
        (
            "Democracy for America, the committee founded by former candidate Ann Lee, also"
            " said: “We will appeal the ruling next week.”",
            "Democracy for America",
            None,
            "Democracy for America",
        ),
        # an irregular past tense is no part of the speaker's name or role
        (
            'Dan Ellis shook his head and said, "No way at all, not this year."',
            "Dan Ellis",
            None,
            None,
        ),
        (
            'Sen. Ann Lee threw up her hands and said, "We will not vote for it."',
            "Ann Lee",
            "Senator",
            None,
        ),
        # a description, then the organization's name
        (
            'The group Democracy for Lakeside said, "We lost the vote on Friday."',
            "Democracy for Lakeside",
            None,
            "Democracy for Lakeside",
        ),
    ],
)
def test_office_and_organization_names_are_not_cut_into_speakers(
    text: str, speaker: str, role: str | None, org: str | None
) -> None:
    q = only(text)
    assert (q.speaker, q.role, q.organization) == (speaker, role, org)
    verbatim(text, q)


def test_a_title_case_headline_in_one_article_names_no_speaker_in_another() -> None:
    headline = "Dale Harmon Announces He's Running For President In 2016\n\nThe race opened."
    body = (
        "Mr. Harmon spoke to supporters in the city on Monday about the race. He joked about"
        " taxes.\n\n"
        "“The lying has already happened, and the only way to fix it is by force,” he said."
    )
    _, quotes = story_sides([source("a", headline), source("b", body)])
    assert [q.speaker for q in quotes] == ["Harmon"]


@pytest.mark.parametrize(
    "park",
    [
        # a fragment of the writer's sentence
        "Mayor Lee Park, who backed the agreement, said it was “the best deal for 400 workers on"
        " the east side of the city.”",
        # a question
        "Mayor Lee Park, who backed the agreement, said: “Who else would bring 400 new jobs to"
        " the east side of the city?”",
    ],
)
def test_a_full_statement_ranks_before_a_fragment_or_a_question_of_the_same_merit(
    park: str,
) -> None:
    text = (
        f"The council approved the agreement on Tuesday.\n\n{park}\n\n"
        "Council member Ann Harmon, who praised the agreement, said: “The agreement brings 400"
        " new jobs to the east side of the city.”\n\n"
        "“Nobody asked the people who live by the river,” said Dana Wells, who criticized the"
        " agreement."
    )
    sides, _ = story_sides([source("a", text)], quotes_per_side=1)
    assert [q.speaker for q in sides[0].quotes] == ["Ann Harmon"]
    assert [q.speaker for q in sides[0].more] == ["Lee Park"]


def test_a_quote_the_writer_dates_to_a_past_year_ranks_after_the_news() -> None:
    news = (
        "Mayor Lee Park, who backed the agreement, said on Tuesday: “The agreement is the right"
        " deal for the east side of the city.”\n\n"
    )
    for old in [
        "“Riverside deserves 400 jobs of the future, and we will bring them,” Park said to a"
        " crowd in Riverside in March 2008.",
        "At a 2008 rally in Riverside, Park praised the crowd for its patience.\n\n"
        "“Riverside deserves 400 jobs of the future, and we will bring them,” he said.",
    ]:
        text = f"The council approved the agreement on Tuesday.\n\n{old}\n\n{news}"
        sides, _ = story_sides([source("a", text)], quotes_per_side=1)
        shown = [q.text for q in sides[0].quotes]
        assert shown and shown[0].startswith("The agreement is the right deal"), old


def test_the_words_several_outlets_print_rank_before_one_outlets_pick() -> None:
    lead = "The council approved the agreement on Tuesday.\n\n"
    key = (
        "“The agreement is the right deal for the people of the east side,” said Mayor Lee"
        " Park, who backed the agreement.\n\n"
    )
    detail = (
        "“The first 400 jobs start at the Riverside plant in March of the next year,” said"
        " Mayor Lee Park, who backed the agreement.\n\n"
    )
    # three newsrooms chose the first words, one the second (with a figure)
    articles = [source("a", lead + detail + key), source("b", lead + key), source("c", key)]
    sides, _ = story_sides(articles, quotes_per_side=1)
    assert [q.text[:26] for q in sides[0].quotes] == ["The agreement is the right"]


def test_the_central_thing_is_what_an_action_verb_acts_on() -> None:
    from briefing.stages.quotes.sides import central_action

    lead = (
        "Ann Harmon, who announced her run for governor at a Riverside diner on Tuesday, spoke "
        "for an hour about water rights and farm policy."
    )
    # "policy" comes long after "announced": her run is the action, no policy is acted on
    assert central_action([source("a", lead), source("b", lead)])[1] is None
    passed = "The council passed the stadium bill on Tuesday after a long debate."
    assert central_action([source("a", passed), source("b", passed)])[1] == "bill"
    # a project a board approves, a permit it grants: the thing the sides are about
    approved = "The Lakeside board approved the Riverside dam project in a 4-1 vote on Monday."
    assert central_action([source("a", approved), source("b", approved)])[1] == "project"
    granted = "The Lakeside board granted a final permit to Riverside Power on Monday."
    assert central_action([source("a", granted), source("b", granted)])[1] == "permit"


def test_a_verdict_on_the_action_is_a_tone_toward_it() -> None:
    from briefing.stages.quotes.camps import Camps
    from briefing.stages.quotes.stances import _toward_actor

    camps = Camps("Lakeside board", False, ("lakeside board",), pronoun="its")
    # the action named by its noun ("the approval", "the firing"), judged in a quoted verdict
    assert _toward_actor("Ann Lee said the approval was a milestone for Riverside.", camps) > 0
    assert _toward_actor("Tom Reyes called the firing a sham from the start.", camps) < 0
    assert _toward_actor("Tom Reyes called the project a green boondoggle.", camps, "project") < 0
    # a verdict of several words is read as one ("long overdue", "rushed to judgment")
    assert _toward_actor('Ann Lee called the approval "long overdue."', camps) > 0
    assert _toward_actor("Tom Reyes said the council rushed to judgment with the move.", camps) < 0
    # news verdicts VADER's lexicon misses or underrates
    assert _toward_actor("Tom Reyes called the tariffs draconian.", camps, "tariffs") < -0.3
    from briefing.text.polarity import polarity

    assert polarity("This veto is a slap in the face to every gun owner.") < -0.5


def test_an_actor_who_vetoes_the_bill_is_against_it() -> None:
    lead = "Gov. Ann Harmon announced her decision to veto the bill on Wednesday."
    text = (
        f"{lead}\n\n"
        "The legislature passed the bill last week after a long debate.\n\n"
        "“This bill does not address a present concern of anyone in the state,” Harmon said.\n\n"
        "“We will keep fighting for the bill next year,” said Dana Wells, who praised the bill."
    )
    other = f"{lead} Harmon spoke after a hearing that ran late. The bill passed the House."
    sides, _ = story_sides([source("a", text), source("b", other)])
    assert sides[0].label == "In favor of the bill"
    assert [q.speaker for q in sides[0].quotes] == ["Dana Wells"]
    assert [q.speaker for q in sides[1].quotes] == ["Ann Harmon"]
    # pressed to veto is not a veto: the actor stays with the action's side
    pressed = text.replace("announced her decision to veto", "was pressed to veto")
    other = other.replace("announced her decision to veto", "was pressed to veto")
    sides, _ = story_sides([source("a", pressed), source("b", other)])
    assert "Ann Harmon" not in [q.speaker for q in sides[1].quotes]


def test_a_stance_after_a_modal_counts_and_a_negated_support_opposes() -> None:
    from briefing.stages.quotes.sides import _side_of_context

    names = ["Ann Lee", "Lee"]
    said = _side_of_context("Sen. Ann Lee (R-Ore.) announced she would oppose Reyes.", names)
    assert said is not None and said[0] == "oppose"
    for negated in ("could not support", "cannot support", "won't back"):
        found = _side_of_context(f"Ann Lee said she {negated} Tom Reyes.", names)
        assert found is not None and found[0] == "oppose", negated
    # not opposing is no stand either way; plain support is support
    assert _side_of_context("Ann Lee said she would not oppose Tom Reyes.", names) is None
    found = _side_of_context("Ann Lee said she would support Tom Reyes.", names)
    assert found is not None and found[0] == "support"


def test_against_is_a_stance_only_after_a_verb() -> None:
    from briefing.stages.quotes.sides import _side_of_context

    assert _side_of_context("Dan Ellis voted against the plan.", ["Dan Ellis"]) is not None
    assert _side_of_context("Dan Ellis spoke out against the plan.", ["Dan Ellis"]) is not None
    race = "Dan Ellis would drop out of the primary race against Ann Lee."
    assert _side_of_context(race, ["Dan Ellis"]) is None
    steps = "In the case of Mr. Ellis, it has taken minor steps against him."
    assert _side_of_context(steps, ["Ellis"]) is None
    scoff = "Representative Dan Ellis of Texas scoffed at Ms. Lee on Sunday."
    assert _side_of_context(scoff, ["Dan Ellis"])[:2] == ("oppose", "scoffed")  # type: ignore[index]
    cover = "The cover shows Dan Ellis standing against a stark blue background."
    assert _side_of_context(cover, ["Dan Ellis"]) is None
    assert _side_of_context("Dan Ellis came out against the plan.", ["Dan Ellis"]) is not None
    # what someone blames something on is its cause, not a side
    cause = "Dan Ellis, the county clerk, blamed the delay on a printing error."
    assert _side_of_context(cause, ["Dan Ellis"]) is None
    blame = "Dan Ellis blamed the council for the delay."
    assert _side_of_context(blame, ["Dan Ellis"])[:2] == ("oppose", "blamed")  # type: ignore[index]


def test_an_actor_who_reverses_the_decision_is_against_it() -> None:
    lead = "Governor Ann Harmon on Friday reversed the agency’s decision to allow the imports."
    text = (
        f"{lead}\n\n"
        "“Put the decision on hold until such time as I review all the facts,” Harmon said.\n\n"
        "Spokeswoman Dana Wells, defending the decision, said: “This review established that"
        " both countries had met the new standards.”"
    )
    other = f"{lead} Harmon spoke after a hearing that ran late. Ms. Harmon reversed the decision."
    sides, _ = story_sides([source("a", text), source("b", other)])
    # the reversal is the news: the sides are for or against it, the agency's defender against
    assert sides[0].label == "In favor of reversing the decision"
    assert [q.speaker for q in sides[0].quotes] == ["Ann Harmon"]
    assert "Dana Wells" in (sides[1].quotes[0].speaker or "")


def test_words_a_document_says_are_nobodys_quote() -> None:
    text = (
        "Critics say the offer may have broken the part of the code that says: “Whoever"
        " promises any job to any person as a reward for political activity shall be fined.”"
    )
    assert extract_quotes(text)[0].speaker is None
    said = text.replace("the part of the code that says:", "the code, and Dan Ellis says:")
    assert extract_quotes(said)[0].speaker == "Dan Ellis"


def test_an_interviewers_question_takes_no_side() -> None:
    lead = "Senator Ann Harmon defended her remarks on Sunday in a long interview."
    text = (
        f"{lead}\n\n"
        "“I was talking about the radical environmentalists,” Harmon said.\n\n"
        "An incredulous Dan Ellis began his interview with Harmon by asking, “Why would"
        " Senator Harmon say something so hateful, ugly and disgraceful?”"
    )
    other = f"{lead} Harmon spoke after a hearing that ran late."
    sides, _ = story_sides([source("a", text), source("b", other)])
    assert "Dan Ellis" not in [q.speaker for s in sides for q in [*s.quotes, *s.more]]


def test_a_middle_initial_does_not_end_the_name_a_pronoun_refers_to() -> None:
    text = (
        "Former Senator Dale R. Harmon, Democrat of Ohio, said voters want other fights.\n\n"
        "The program is an important issue, he said, but “it isn’t the bread and butter of"
        " winning politics in the rural states.”"
    )
    (q,) = extract_quotes(text)
    assert q.speaker == "Dale R. Harmon"


def test_an_organization_the_role_already_names_is_not_repeated() -> None:
    text = (
        "Interior Secretary Ann Lee spoke on Monday.\n\n"
        "“We will appeal the ruling,” said Secretary of the Interior Ann Lee."
    )
    q = extract_quotes(text)[-1]
    assert (q.speaker, q.role, q.organization) == ("Ann Lee", "Secretary of the Interior", None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ann Lee spoke on Monday. President Lee himself went even further on Thursday,"
            " tweeting: “Senator Tom Reyes, who misled the committee, should resign now.”",
            "Ann Lee",
        ),
        (
            "The Committee Republicans’ letter concluded, “Your actions are incompatible with"
            " your duty as chairman.”",
            "Committee Republicans",
        ),
        ("“It does not clear him,” said Special Counsel Ann Lee.", "Ann Lee"),
    ],
)
def test_reflexives_and_plural_possessives_are_no_part_of_a_speaker(
    text: str, speaker: str
) -> None:
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_news_report_about_someone_is_no_side() -> None:
    text = (
        "The council approved the agreement on Tuesday.\n\n"
        "The Shelby Weekly reported that Mayor Lee Park “was met with applause when he spoke"
        " about the agreement at the river club.”"
    )
    sides, _ = story_sides([source("a", text)])
    assert not [q for s in sides for q in [*s.quotes, *s.more] if not q.paraphrase]


def test_a_clause_or_a_document_is_no_role_or_organization() -> None:
    text = (
        "The center’s leader, Ann Lee, has been deriding what she called “fear-mongering” from"
        " the measure’s opponents.\n\n"
        "“We will win this fight in the end, whatever they say,” Lee said."
    )
    q = extract_quotes(text)[-1]
    assert q.speaker == "Ann Lee"
    assert q.role is None and q.organization is None
    titled = "“The inquiry is over,” said Ann Lee, executive director of the Open Books Group."
    q = only(titled)
    assert (q.role, q.organization) == ("executive director", "Open Books Group")


def _said(text: str, known: tuple[str, ...] = ()) -> dict[str, str | None]:
    """Each whole quote's first words -> its speaker."""
    return {
        q.text.split()[0]: q.speaker
        for q in extract_quotes(text, known_names=known)
        if not q.partial
    }


def test_the_son_is_not_his_father() -> None:
    text = (
        "His father, Dan Reed, was not there. Dan Reed Jr. met the mayor on Monday.\n\n"
        "“Nothing came of it,” Reed Jr. said later.\n\n"
        "“It went fine,” Mr. Reed said in a statement."
    )
    said = _said(text, known=("Dan Reed",))
    assert said["Nothing"] == "Dan Reed Jr."
    # "Mr. Reed": the Reed named last, the son
    assert said["It"] == "Dan Reed Jr."
    # "President Reed ... Mr. Reed", the son named only further down: the father
    text = (
        "President Dan Reed put the plan on hold on Friday.\n\n"
        "“We will review all the facts,” Mr. Reed wrote.\n\n"
        "His son, Dan Reed Jr., was seen hunting in Riverside."
    )
    assert _said(text, known=("Dan Reed",))["We"] == "Dan Reed"


def test_a_name_after_a_preposition_is_not_the_subject_he_refers_to() -> None:
    text = (
        "Activists called for Tom Price to hold out on Sunday, when Senate Leader Carl "
        "Hale suggested a deal had been reached.\n\n"
        "“We will move to the bill next week,” he said."
    )
    assert _said(text)["We"] == "Carl Hale"


def test_a_semicolon_after_said_is_a_slip_for_the_colon() -> None:
    text = "Senator Ann Vega praised the plan.\n\nIn her statement, she said; “The plan is fair.”"
    assert _said(text)["The"] == "Ann Vega"


def test_a_quote_paragraph_goes_on_with_the_speaker_before_not_the_next_paragraph() -> None:
    text = (
        "Senate leader Ann Vega backed the plan.\n\n"
        "In a statement, she said: “The plan is a fair compromise.”\n\n"
        "“This bill could end the impasse and reopen the offices.”\n\n"
        "House whip Tom Price called on the other party to accept it."
    )
    assert _said(text)["This"] == "Ann Vega"


def test_the_clause_after_but_is_where_the_speaker_stands() -> None:
    from briefing.stages.quotes.sides import _side_of_context

    sentence = (
        "The Lakeside Coalition said it supports reporting the spending on ads, but it worries "
        "the bill goes beyond that."
    )
    found = _side_of_context(sentence, ["Lakeside Coalition"])
    assert found is not None and found[0] == "oppose"
    plain = "The Lakeside Coalition said it supports reporting the spending on ads."
    found = _side_of_context(plain, ["Lakeside Coalition"])
    assert found is not None and found[0] == "support"


def test_a_reporter_describing_the_actor_takes_no_side() -> None:
    text = (
        "Governor Ann Harmon launched her campaign for president on Monday in Riverside.\n\n"
        "“I will fight for every family in this country,” Harmon said.\n\n"
        "The Lakeside Post reporter Dan Ellis writes of Harmon today, “her status as the "
        "favorite has vanished, and her donors drift toward her rivals.”\n\n"
        "Tom Reyes in The New York Times explains why, “More than any other candidate, "
        "Ms. Harmon is poised to run a race that sells her personality as a great asset.”\n\n"
        "“Harmon is a gifted speaker and a great favorite of the wealthy donors,” the New York "
        "Times reported."
    )
    lead = "Governor Ann Harmon launched her campaign for president on Monday in Riverside."
    sides, quotes = story_sides([source("a", text), source("b", lead + "\n\nShe spoke an hour.")])
    placed = {q.speaker for side in sides for q in [*side.quotes, *side.more]}
    assert "Ann Harmon" in placed
    assert "Dan Ellis" not in placed and "Tom Reyes" not in placed
    # an outlet quoted as reporting is an observer too
    assert any(q.speaker == "New York Times" for q in quotes)
    assert "New York Times" not in placed


def test_where_someone_is_from_is_no_organization() -> None:
    from briefing.stages.quotes.speakers import _role_org

    assert _role_org("the Mexican-born journalist") == ("Mexican-born journalist", None)
    assert _role_org("the Texas-based group") == ("Texas-based group", None)
    assert _role_org("the Iowa senator") == ("senator", "Iowa")
    text = "“He tried to silence me,” the Lakeside-born journalist told reporters in August."
    (quote,) = [q for q in extract_quotes(text) if not q.partial]
    assert quote.speaker == "Lakeside-born journalist" and quote.organization is None


@pytest.mark.parametrize(
    ("attribution", "speaker", "role", "organization"),
    [
        # a city, its state and the rest of the phrase are one phrase, not three appositions
        (
            "tweeted the Riverside, Ore., chapter of Lakeside Action, a group of teachers.",
            "Lakeside Action",
            "Riverside, Ore., chapter",
            "Lakeside Action",
        ),
        ("said the Riverside chapter of Lakeside Action.", "Lakeside Action", "Riverside chapter",
         "Lakeside Action"),
        # a person's office speaks for the person
        ("the office of Gov. Ann Lee said in a statement.", "office of Ann Lee", "office",
         "Ann Lee"),
    ],
)  # fmt: skip
def test_a_unit_of_an_organization_speaks_for_it(
    attribution: str, speaker: str, role: str, organization: str
) -> None:
    q = only(f"“Let the council know we stand with the teachers,” {attribution}")
    assert (q.speaker, q.role, q.organization) == (speaker, role, organization)


def test_amid_gives_the_circumstances_not_the_tone_toward_the_actor() -> None:
    from briefing.stages.quotes.camps import Camps
    from briefing.stages.quotes.stances import _toward_actor

    camps = Camps("Lee", True, ("lee",), (), "her")
    text = "He called Ms. Lee “an island of calm amid the chaos and horror of the Reyes years.”"
    assert _toward_actor(text, camps) >= 0


def test_a_time_phrase_before_the_subject_is_no_speaker() -> None:
    q = extract_quotes(
        "Several hours earlier, a senior Lakeside official also pushed back, saying the plan "
        'refers to a law that "does not allow the targeting of any resident of Lakeside."'
    )[0]
    assert q.speaker is not None and "official" in q.speaker and "Several" not in q.speaker
    assert q.role != "hours earlier"


def test_a_new_sentence_after_a_quote_attributes_the_quote_after_it() -> None:
    text = (
        'Tom Reyes also said the city was "barred from sifting through the records.” All '
        "records, he said, “are kept under strict rules.”"
    )
    first = extract_quotes(text)[0]
    assert first.text.startswith("barred from sifting") and first.speaker == "Tom Reyes"


def test_he_reaches_back_along_a_chain_of_paragraphs_about_him() -> None:
    text = (
        "While critics cried foul, Director of Lakeside Parks Ann Ellis issued a statement. "
        "She called the leak reprehensible.\n\n"
        "At the same time, she took the rare step of releasing the records.\n\n"
        "“The article omits key facts about how the program works,” she said of the story."
    )
    assert extract_quotes(text)[-1].speaker == "Ann Ellis"


def test_a_noun_like_the_mounting_calls_is_no_speech_verb() -> None:
    q = extract_quotes(
        "Council President Ann Lee said this week that the mounting calls to remove Tom "
        'Reyes were "absolutely ridiculous."'
    )[0]
    assert q.speaker == "Ann Lee"


def test_a_frame_verb_attributes_the_words_it_quotes_to_its_subject() -> None:
    accused = extract_quotes('Tom Reyes accused the council of playing "political games" here.')
    assert accused[0].speaker == "Tom Reyes"
    # the passive names the one accused, never as the speaker
    passive = extract_quotes('Ann Lee was accused by Tom Reyes of running a "sham inquiry" here.')
    assert passive[0].speaker != "Ann Lee"


def test_a_speaker_is_credited_once_however_many_fields_say_it() -> None:
    from briefing.model import Quote

    plain = Quote(text="x", speaker="official", role="official", sources=["a"])
    assert plain.credit == "official"
    full = Quote(
        text="x", speaker="Ann Lee", role="senator", organization="Lakeside", sources=["a"]
    )
    assert full.credit == "Ann Lee, senator, Lakeside"
    named = Quote(
        text="x",
        speaker="Ann Lee",
        role="president of the think tank Lakeside Way",
        organization="Lakeside Way",
        sources=["a"],
    )
    assert named.credit == "Ann Lee, president of the think tank Lakeside Way"


def test_two_people_who_speak_together_are_both_the_speaker() -> None:
    text = (
        "The letters went to two critics of the plan, Senators Ann Lee of Ohio and Tom Reyes "
        "of Utah.\n\n"
        "On Friday, Ms. Lee and Mr. Reyes released a joint statement repeating that they had "
        "“long been concerned about the degree to which the plan relies on secret rules.”\n\n"
        "“Now that the plan is public, we believe the people deserve a full debate on it,” "
        "they said."
    )
    first, second = extract_quotes(text)
    assert first.speaker == "Ann Lee and Tom Reyes"
    assert second.speaker == "Ann Lee and Tom Reyes"
    inverted = extract_quotes('"We will not stop," said Ann Lee and Tom Reyes, the two members.')
    assert inverted[0].speaker == "Ann Lee and Tom Reyes"


def test_who_released_a_statement_is_its_speaker_not_the_statement() -> None:
    text = (
        "On Friday, Sen. Ann Lee released a statement saying that she had “long been "
        "concerned about the degree to which the plan relies on secret rules.”"
    )
    assert extract_quotes(text)[0].speaker == "Ann Lee"
    # a statement nobody is said to have released still names no one
    alone = 'The statement demanded that the council "withdraw its plan at once," on Friday.'
    assert extract_quotes(alone)[0].speaker is None


def test_two_critics_named_in_an_apposition_speak_for_the_critics() -> None:
    text = (
        "The council approved the surveillance agreement on Tuesday.\n\n"
        "“This agreement keeps the city safe,” Mayor Lee Park said.\n\n"
        "The clerk wrote to two of the council's most outspoken critics of the agreement, "
        "Councilors Ann Lee and Tom Reyes, in May.\n\n"
        "On Friday, Ms. Lee and Mr. Reyes released a joint statement saying that they had "
        "“long been concerned about how much of this rests on secret rules.”\n\n"
        "“Now that the agreement is public, we believe the residents deserve a full debate,” "
        "they said."
    )
    sides, _ = story_sides([source("a", text)])
    oppose = [q.speaker for q in [*sides[1].quotes, *sides[1].more]]
    assert "Ann Lee and Tom Reyes" in oppose


def test_one_whose_role_names_a_placed_speaker_speaks_for_them() -> None:
    text = (
        "The council approved the surveillance agreement on Tuesday.\n\n"
        "“This agreement keeps the city safe,” Mayor Lee Park said.\n\n"
        "“The mayor spent the evening with the families who live there,” Park campaign manager "
        "Tom Reyes told reporters.\n\n"
        "The clerk wrote to two of the council's most outspoken critics of the agreement, "
        "Councilors Ann Lee and Tom Ellis, in May.\n\n"
        "“Now that the agreement is public, we believe the residents deserve a full debate,” "
        "Ms. Lee said."
    )
    sides, _ = story_sides([source("a", text)])
    placed = {sd.stance: [q.speaker for q in [*sd.quotes, *sd.more]] for sd in sides}
    # "Park campaign manager Tom Reyes" works for Park, who is for the agreement
    assert "Lee Park" in placed["support"] and "Tom Reyes" in placed["support"]
    assert "Tom Reyes" not in placed["oppose"]


def test_the_one_criticized_or_owning_a_critic_holds_no_stance() -> None:
    from briefing.stages.quotes.sides import _side_of_context

    # passive: Ellis is the one panned, not one who pans
    panned = "Ann Lee set the tone after Dan Ellis was panned for his performance last week."
    assert _side_of_context(panned, ["Dan Ellis"]) is None
    # an owner: Ellis has an opponent, he is not one
    owner = "Ann Lee came to Dan Ellis's rescue, addressing his opponent as a friend."
    assert _side_of_context(owner, ["Dan Ellis"]) is None
    assert _side_of_context("Dan Ellis panned the plan on Friday.", ["Dan Ellis"]) is not None


def test_a_name_in_the_reason_for_an_attack_is_not_attacked() -> None:
    from briefing.stages.quotes.camps import Camps
    from briefing.stages.quotes.sides import _attacked_by_actor

    camps = Camps(actor="Ann Lee", actor_person=True, actor_keys=("lee",))
    said = "Ms. Lee mocked him for opposing the Ellis stimulus on Friday."
    sentences = [(None, said, said.lower())]
    assert not _attacked_by_actor(sentences, ["ellis"], camps)  # type: ignore[arg-type]
    said = "Ms. Lee mocked Dan Ellis for opposing the stimulus on Friday."
    sentences = [(None, said, said.lower())]
    assert _attacked_by_actor(sentences, ["ellis"], camps)  # type: ignore[arg-type]


def test_a_title_in_quotation_marks_has_no_speaker() -> None:
    text = (
        "“What were the editors thinking?” wrote Tom Reyes on the Web site Lakeside Busters, "
        "under the headline “Lakeside Weekly Puts Ann Lee on Its Cover.”\n\n"
        "The cover shows Lee against a blue background. The headline advertising the "
        "magazine's story reads, “THE QUEEN OF RAGE.”\n\n"
        "The Riverside Wire ran a story about that cover called, simply, “How Creepy Is It.”\n\n"
        "Tom Reyes called “a disgrace” the way the weekly treated her."
    )
    spans = {q.text: q for q in extract_quotes(text)}
    assert spans["What were the editors thinking?"].speaker == "Tom Reyes"
    for title in [
        "Lakeside Weekly Puts Ann Lee on Its Cover.",
        "THE QUEEN OF RAGE.",
        "How Creepy Is It.",
    ]:
        span = spans[title]
        assert (span.speaker, span.role, span.organization) == (None, None, None), title
    # someone who called something so is speaking
    assert spans["a disgrace"].speaker == "Tom Reyes"


def test_polnear_scorer_tells_unmarked_gold_quotes_from_false_ones(tmp_path: Path) -> None:
    from benchmarks.eval_quotes import score

    text = (
        "The plan is not meeting the demand, says Ana Lopez, the group's director. \"We often "
        'compare it to the early days of a crisis, when nobody was paying attention."\n\n'
        '"Nobody asked us about any of it at all," a sign at the rally read.'
    )
    start = text.index("The plan")
    end = text.index("attention.") + len("attention.") + 1
    row = {
        "filename": "x",
        "publisher": "p",
        "text": text,
        # PolNeAR's content runs from the paraphrase into the quote: no "full" quote type
        "annotation_sets": [
            {
                "attributions": [
                    {
                        "source": {"text": "Ana Lopez", "spans": [[50, 59]]},
                        "content": [{"spans": [[start, end]], "text": text[start:end]}],
                        "content_quote_type": None,
                    }
                ]
            }
        ],
    }
    data = tmp_path / "dev.jsonl"
    data.write_text(json.dumps(row) + "\n", encoding="utf-8")
    s = score(data)
    assert s.gold == 0 and s.predicted == 2 and s.matched == 0
    # the quote inside the attribution is counted apart; the sign's words are not in one
    assert s.inside == 1


def test_a_persons_quote_about_themselves_in_the_third_person_ranks_last() -> None:
    text = (
        "The council approved the stadium agreement on Tuesday, 5-2.\n\n"
        "Mayor Ann Lee says this about herself on her website: “Born to a single mother in "
        "Riverside, Ann Lee moved to Lakeside at age 13 and never left.”\n\n"
        "Supporters, including Mayor Ann Lee, praised the vote. “This agreement brings 400 new "
        "jobs to the east side of the city and pays for itself by 2030,” Lee said."
    )
    sides, _ = story_sides([source("a", text)], quotes_per_side=1)
    shown = [q.text for side in sides for q in side.quotes]
    assert any(t.startswith("This agreement brings 400 new jobs") for t in shown), shown
    assert not any(t.startswith("Born to a single mother") for t in shown), shown


def test_a_first_name_either_sex_bears_opens_the_full_name() -> None:
    # "Kay", "Jan": first names of both sexes; the middle name is no first word of the name
    text = (
        "Sen. Jan Carter Reyes, R-Ohio, spoke at the Riverside library on Friday about the "
        "new park budget.\n\n"
        "Reyes's budget adds two rangers.\n\n"
        "“The rangers will keep the trails open all winter,” she told Lakeside Weekly."
    )
    assert _said(text)["The"] == "Jan Carter Reyes"


def test_a_surname_with_its_particle_names_the_person_named_in_full_before() -> None:
    text = (
        "Ana de la Vega, the president of the Lakeside Senate, announced her bid in May.\n\n"
        "Ms. de la Vega said Monday that the council had signed “a lopsided lease.”\n\n"
        "“We will not wait,” Ms. de la Vega said."
    )
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Ana de la Vega", "Ana de la Vega"]


def test_an_organization_named_with_and_is_the_one_the_agency_noun_means() -> None:
    text = (
        "The Lakeside Fish and Game Service said on Thursday that the river would reopen.\n\n"
        "“Anglers can return to the north bank in May,” the agency said in a statement."
    )
    q = only(text)
    assert q.speaker == q.organization == "Lakeside Fish and Game Service"


def test_an_organizations_person_named_with_its_possessive_is_the_speaker() -> None:
    text = "“The new meters arrive in June for every home,” Lakeside Power's Ann Lee wrote."
    q = only(text)
    assert (q.speaker, q.role, q.organization) == ("Ann Lee", None, "Lakeside Power")


def test_a_clause_after_a_quote_is_no_speaker_phrase() -> None:
    text = (
        "Mayor Ann Lee defended the library closure, telling the council that it should be "
        "“no shock” given her 2020 pledges on the budget."
    )
    assert all(q.speaker != "given her 2020" for q in extract_quotes(text))
    assert all(q.role is None or not q.role.startswith("given") for q in extract_quotes(text))


def test_an_adverb_between_speaker_and_verb_is_no_role() -> None:
    text = (
        "Ann Lee, the Riverside mayor, spoke in March. At a debate in May, Lee clearly stated "
        "“we will not raise taxes this year.”\n\n"
        "Lee's office initially said the account was “obviously hacked.”"
    )
    quotes = extract_quotes(text)
    assert [(q.speaker, q.role) for q in quotes] == [
        ("Ann Lee", "mayor"),
        ("Ann Lee’s office", "office"),
    ]


def test_a_dated_quote_however_widely_printed_gives_way_to_the_speakers_word_on_the_news() -> None:
    lead = "The council approved the agreement on Tuesday.\n\n"
    old = "“Riverside deserves 400 jobs of the future, and we will bring them all home”"
    news = (
        "Mayor Lee Park, who backed the agreement, said on Tuesday: “The agreement is the right"
        " deal for the east side of the city.”\n\n"
    )
    articles = [
        # "At that rally": the occasion the sentence before dates to 2008
        source(
            "a",
            lead + "Mayor Lee Park spoke at a 2008 rally in Riverside.\n\nAt that "
            f"rally, Park said, {old[:-1]}.”\n\n" + news,
        ),  # fmt: skip
        source("b", lead + f"{old[:-1]},” Mayor Lee Park said to a crowd in March 2008.\n\n"),
        source("c", lead + f"{old[:-1]},” Mayor Lee Park said in 2008.\n\n"),
    ]
    sides, _ = story_sides(articles, quotes_per_side=1)
    assert [q.text[:26] for q in sides[0].quotes] == ["The agreement is the right"]


def test_someone_who_works_for_a_person_is_not_that_person() -> None:
    text = (
        "“The count was fair and the council knows it,” Reyes's longtime strategist said."
        "\n\n"
        "“She walks to work every single day,” Riverside mayoral candidate Ann Lee's doctor wrote."
    )
    speakers = [q.speaker for q in extract_quotes(text)]
    assert speakers == ["Reyes’s longtime strategist", "Ann Lee’s doctor"]


def test_the_place_and_role_of_someone_just_named_is_that_person() -> None:
    text = (
        "Tom Reyes toured the Riverside dam on Monday, and the Ohio senator said the repairs "
        "were “long overdue” for the town.\n\n"
        "“We will finish the job,” the Ohio senator added."
    )
    quotes = extract_quotes(text)
    assert [(q.speaker, q.role) for q in quotes] == [
        ("Tom Reyes", "Ohio senator"),
        ("Tom Reyes", "Ohio senator"),
    ]


def test_the_speaker_phrase_is_the_pronoun_or_the_person_not_the_words_around_them() -> None:
    text = (
        "Mayor Ann Lee spoke on Monday. In an interview with Lakeside Radio she called the "
        "budget “a careful piece of work.”\n\n"
        "“The turnout was higher than last spring,” wrote Tom Reyes for Lakeside Weekly.\n\n"
        "Ann Lee has used the phrase “river renewal” often in her speeches, and aides liked it."
    )
    quotes = {q.text: (q.speaker, q.organization) for q in extract_quotes(text)}
    assert quotes["a careful piece of work."][0] == "Ann Lee"
    assert quotes["The turnout was higher than last spring"] == ("Tom Reyes", "Lakeside Weekly")
    assert quotes["river renewal"][0] != "often in her speeches"


def test_a_document_speaks_for_whoever_it_belongs_to() -> None:
    text = (
        "The Lakeside Council Republicans’ letter concluded, “The river park budget must "
        "wait until the audit is done.”\n\n"
        "Partial transcript as follows:\n\n"
        "“REYES: Let us start with the vote on the stadium plan on Friday.”"
    )
    quotes = extract_quotes(text)
    assert quotes[0].speaker == "Lakeside Council Republicans"
    assert all(q.speaker != "Partial" for q in quotes)


def test_an_ally_of_someone_and_a_wire_dateline_are_read_for_who_spoke() -> None:
    ally = (
        "A top ally of President Ann Lee defended her budget on Sunday, saying she "
        "“knows the river towns better than anyone.”"
    )
    (q,) = extract_quotes(ally)
    assert q.speaker == "top ally of Ann Lee" and q.organization == "Ann Lee"
    wire = (
        "RIVERSIDE/LAKESIDE (Reuters) - Lakeside activist Ana Ruiz joined the march by the "
        "river, saying the council must “keep the ferry running”."
    )
    (q,) = extract_quotes(wire)
    assert (q.speaker, q.role) == ("Ana Ruiz", "Lakeside activist")


def test_the_former_vice_president_is_not_the_president() -> None:
    text = (
        "President Ann Lee spoke on Monday. Former Vice President Dan Ellis was in Ohio.\n\n"
        "The Lakeside Weekly quoted the former vice president saying that the ferry was “worth "
        "every cent.”"
    )
    (q,) = extract_quotes(text)
    assert (q.speaker, q.role) == ("Dan Ellis", "Former Vice President")


def test_a_pronoun_and_its_first_verb_before_the_speech_verb_is_the_speaker_phrase() -> None:
    text = (
        "“Keep the boat clean,” my uncle often said.\n\n"
        "When my aunt asked about the ferry, I laughed and said, “I never learned to swim.”\n\n"
        "Then Ann Lee walked in. She paused and added: “Hello to all of you here.”"
    )
    quotes = {q.text: q for q in extract_quotes(text)}
    writer = quotes["I never learned to swim."]
    # the writer spoke: the phrase is "I", and no one quoted before is given the words
    assert writer.mention == "I" and writer.speaker is None
    assert quotes["Hello to all of you here."].speaker == "Ann Lee"


def test_credits_read_an_organization_with_a_joining_word_or_a_description_before_it() -> None:
    text = (
        "The Lakeside Coalition for Parks President Ann Lee said the budget is "
        '"unfair" and cited a survey.\n\n'
        "“They are cutting every playground in the east end,” Lee said to Lakeside Weekly."
        "\n\n"
        "“This budget is about blame, not about parks. It fails the city,” Tom Reyes, "
        "the executive director of the immigration advocacy group Riverside’s Voice, said.\n\n"
        "A letter was delivered Friday in Riverside, addressed to donor Dan Ellis, Channel 4 and "
        "KRTV reported. A source told Channel 4 it was signed.\n\n"
        "“We are grateful the parks staff are fine and back at work,” Ellis said on Friday."
    )
    credits = {q.speaker: (q.role, q.organization) for q in extract_quotes(text)}
    assert credits["Ann Lee"] == ("President", "Lakeside Coalition for Parks")
    assert credits["Tom Reyes"] == ("executive director", "Riverside’s Voice")
    # the outlets that reported it are no part of who Ellis is
    assert credits["Dan Ellis"] == (None, None)


def test_a_word_after_an_owner_is_a_noun_not_the_speech_verb() -> None:
    # "the inquiry's report" names a document: the quote earlier in the paragraph is still
    # the words of the one who said them
    text = (
        'Sen. Ann Lee, D-Ore., said on Monday that the calls to remove Reyes were "plainly '
        "absurd.\" She met Reyes on Sunday as Ellis sent Congress the inquiry's report and "
        "its findings."
    )
    (q,) = extract_quotes(text)
    assert q.speaker == "Ann Lee"


def test_the_senator_is_the_senator_named_last_when_the_story_names_two() -> None:
    text = (
        'Sen. Mia Ford of Ohio said the offer was "a bad deal."\n\n'
        'Then there was Sen. Tom Reyes. He said the plan was "a dead end."\n\n'
        '"Nobody in this chamber will vote for a plan like this one, and the voters know it."\n\n'
        'The Democratic senator also said "a real negotiation" could start next week.'
    )
    found = extract_quotes(text)
    assert [q.speaker for q in found] == ["Mia Ford", "Tom Reyes", "Tom Reyes", "Tom Reyes"]


def test_who_issued_a_text_says_what_its_participle_quotes() -> None:
    text = (
        "Ann Lee, president of Lakeside Families, an author of the bill, issued a news release "
        "calling attacks on the bill “politics at its worst,” and saying, “Opponents have "
        "hijacked this debate with personal attacks and careless reporting.”\n\n"
        "Tom Reyes, chief executive of Riverside Air, sent her a letter citing the city’s "
        "“strong recovery” and saying, “There is real concern among employers that this "
        "bill would undo all that has been achieved.”"
    )
    speakers = {q.text.split()[0]: q.speaker for q in extract_quotes(text)}
    assert speakers["politics"] == "Ann Lee"
    assert speakers["Opponents"] == "Ann Lee"
    assert speakers["There"] == "Tom Reyes"


def test_backing_a_measure_against_the_actor_is_opposing_them_whatever_the_party() -> None:
    lead = (
        "Pruitt County Sheriff Wade Colbath, a Republican, resigned on Monday, two weeks after "
        "the Board of Commissioners voted 4-1 to approve a resolution urging Colbath to step down."
    )
    body = (
        "Commissioner Tom Eckhardt, a Republican who supported the resolution, said the vote "
        "was not personal. “You cannot have the top law enforcement officer signing off on his "
        "own beach trip,” Eckhardt said.\n\n"
        "Commissioner Ray Dunbar, a Republican and the lone vote against the resolution, said "
        "the board had moved too fast. “We were convicting a man before the facts were in,” "
        "Dunbar said."
    )
    stances = dict(placed(lead, body))
    assert stances["Tom Eckhardt"] == "oppose"
    assert stances["Ray Dunbar"] == "support"


def test_the_judge_a_lead_calls_a_federal_judge_is_the_actor_of_the_ruling() -> None:
    lead = (
        "A federal judge on Monday blocked Calder's law requiring social media apps to verify "
        "the ages of their users."
    )
    body = (
        "Judge Miriam Castellano's 48-page ruling halts the law. “The state may protect "
        "children, but it may not do so by conditioning every adult's access to lawful speech "
        "on surrendering personal documents,” Castellano wrote.\n\n"
        "Attorney General Ruth Whitcombe slammed the decision. “This ruling tells every parent "
        "that the profits of a few giants matter more,” Whitcombe said."
    )
    # the leads alone name no one: the one judge the articles name is the actor
    unnamed = (
        "A federal judge on Monday blocked Calder's age-verification law.\n\n"
        "The law was set to take effect Jan. 1.\n\n"
        "Judge Miriam Castellano's 48-page ruling halts the law."
    )
    assert find_camps([source("c", unnamed)]).actor == "Castellano"
    two = unnamed + "\n\nJudge Tom Reyes had upheld a similar law in 2023."
    assert find_camps([source("c", two)]).actor is None
    title = "Judge Blocks Calder's Kids Online Safety Law, Handing Big Tech a Gift"
    text = f"{title}\n\n{lead}\n\n{body}"
    start = len(title) + 2
    article = QuoteSource(id="a", outlet=None, text=text, kept=((start, len(text)),), title=title)
    _, quotes = story_sides([article, source("b", lead)])
    stances = {q.speaker: q.stance for q in quotes}
    assert stances["Miriam Castellano"] == "support"
    assert stances["Ruth Whitcombe"] == "oppose"


def test_a_lawsuit_word_places_only_the_one_who_brings_it() -> None:
    lead = "Attorney General Dolores Quintanilla sued Brightway Pharmacy Corp. on Tuesday."
    body = (
        "For Renee Kowalczyk, the numbers in the state's new lawsuit against Brightway are not "
        "abstract. “We had a quota per hour, and nothing happened when I raised concerns,” said "
        "Kowalczyk, a former pharmacist."
    )
    assert dict(placed(lead, body)).get("Renee Kowalczyk") != "oppose"
    from briefing.stages.quotes.sides import _brings_suit

    low = "the calder liberty project's lawsuit argues the law is void."
    name = (4, low.index("'s"))
    assert _brings_suit(low, low.index("lawsuit"), low.index("lawsuit") + 7, [name])
    low = "the ruling came in a lawsuit brought by the calder liberty project."
    at = low.index("lawsuit")
    assert _brings_suit(low, at, at + 7, [(low.index("calder"), len(low) - 1)])
    low = "for renee kowalczyk, the numbers in the state's new lawsuit are not abstract."
    at = low.index("lawsuit")
    assert not _brings_suit(low, at, at + 7, [(4, low.index(","))])


def test_one_person_quoted_with_and_without_their_group_keeps_one_side() -> None:
    # Lee quoted by one outlet without her group's name, by another with it: the evidence of
    # all three quotes decides her one side, and her group (through her) takes the same
    from briefing.stages.quotes.merge import _Group
    from briefing.stages.quotes.sides import _pooled

    groups = [
        _Group(items=[], speaker="Ann Lee"),
        _Group(items=[], speaker="Ann Lee", organization="Lakeside Families"),
        _Group(items=[], speaker="Ann Lee"),
        _Group(items=[], speaker="Tom Reyes", organization="Lakeside Families"),
        _Group(items=[], speaker="Dan Ellis"),
    ]
    assert _pooled(groups, [1.5, -1.9, 1.5, 0.2, -2.0]) == pytest.approx([1.3, 1.3, 1.3, 1.3, -2.0])


def test_a_verb_joined_after_an_earlier_quote_has_that_quotes_speaker() -> None:
    # two quotes in one sentence: the words between them are the second one's cue, and its
    # verb joined by "and" has the sentence's speaker
    text = (
        "Sen. Ann Lee, R-Ohio, who heads the party's campaign arm, said Tuesday, \"I think it "
        'is a big revelation," and predicted, "I think it will make that race much closer."'
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Ann Lee", "Ann Lee"]


def test_a_role_no_title_gave_anyone_is_the_person_just_named_not_a_speaker_called_so() -> None:
    text = 'Tom Reyes spoke on Monday. "We will fight this," the senator added.'
    assert [q.speaker for q in extract_quotes(text)] == ["Tom Reyes"]


def test_his_father_is_the_father_of_the_one_his_means_and_later_is_no_one() -> None:
    text = 'Ann Lee did not respond.\n\nLater, her husband tweeted: "Nobody asked us."'
    assert [q.speaker for q in extract_quotes(text)] == ["Ann Lee’s husband"]


def test_a_stance_in_the_speakers_own_apposition_places_them() -> None:
    from briefing.stages.quotes.sides import _side_of_context

    # "the budget chair who plans to support ...": her apposition, "support" a verb there
    text = (
        "Council member Ann Lee of Riverside, the budget chair who plans to support the transit "
        "levy, spoke on Tuesday about the schedule."
    )
    assert _side_of_context(text, ["Ann Lee"])[:2] == ("support", "support")  # type: ignore[index]
    # the noun still names its members after it, never the person before it
    text = "Ann Lee met the mayor, and support from Tom Reyes grew on Tuesday."
    assert _side_of_context(text, ["Ann Lee"]) is None


def test_a_cue_dated_in_an_earlier_year_is_another_events_stance() -> None:
    from briefing.stages.quotes.sides import _latest_year, _side_of_context

    text = "Lakeside voted in 2024 on the harbor. Mr. Ellis spoke in 2026 about the new harbor."
    assert _latest_year(text) == 2026
    old = "Mr. Ellis endorsed Ann Lee against Mr. Reyes in the 2022 mayoral primary."
    assert _side_of_context(old, ["Ellis"]) is not None  # no year to compare: a stance
    assert _side_of_context(old, ["Ellis"], latest=2026) is None
    # the story's own year, or a year that only describes him, dates nothing
    assert _side_of_context(old, ["Ellis"], latest=2022) is not None
    aside = "Mr. Ellis, who was mayor from 2010 to 2014, criticized the harbor plan."
    assert _side_of_context(aside, ["Ellis"], latest=2026) is not None


@pytest.mark.parametrize(
    "text",
    [
        # an apposition that is the writer's next clause, not a role
        "Mr. Ellis’s successor, Ann Lee, expressed similar concerns about the harbor this "
        "month.\n\n“We are not going to pay a single cent for such a harbor!” Ms. Lee said.",
        # the rest of the writer's sentence between a scare quote and a later cue
        'She has called for "draining the harbor" out of Lakeside Bay targets in the Riverside '
        "area, though she says crews should stay.",
        # a lower-case owner ("the nation's") or an owner alone ("a federal judge's")
        "He has vowed to “open up” the nation’s harbor laws, even though those laws are "
        "state laws.",
        'While Mayor Tom Reyes hailed as "great news for Lakeside and for every family here" a '
        "federal judge's ruling striking down the fee, the city rushed to assure residents.",
        "His opponent was invited too, but the former secretary of state’s campaign said she "
        "was looking forward to speaking with him at the “appropriate time.”",
    ],
)
def test_no_piece_of_the_writers_sentence_is_a_speaker_role_or_organization(text: str) -> None:
    for quote in extract_quotes(text):
        for value in (quote.speaker, quote.role, quote.organization):
            assert value is None or not re.search(
                r"^(?:out|it)\b|\b(?:the|of|in)$|this month$|['’]s?$|^(?:nation|state)$", value
            ), value


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The plan drew fire from the Lakeside Anglers Club, a group of fishing crews, which "
            "said it was “wrong for the council to close the harbor without a vote.”",
            "Lakeside Anglers Club",
        ),
        (
            "The plan drew fire from Ann Lee, a councilor from Riverside, who said it was "
            "“wrong for the council to close the harbor without a vote.”",
            "Ann Lee",
        ),
        (
            "Tom Reyes met Ann Lee, who said, “It is wrong for the council to close the harbor "
            "without a vote.”",
            "Ann Lee",
        ),
        (
            "The plan drew fire from Sen. Ann Lee, R-Texas, who said, “It is wrong for the "
            "council to close the harbor.”",
            "Ann Lee",
        ),
    ],
)
def test_a_relative_clause_speaker_is_the_one_it_is_about(text: str, speaker: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker


def test_the_author_set_off_by_commas_after_a_document_speaks() -> None:
    text = (
        "But the report, by city counsel Tom Reyes, concluded that “the harbor plan broke no "
        "rule of the council or of the state.”"
    )
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Tom Reyes"
    # a name ending a description is not the one the description is about
    founded = (
        "The Lakeside Anglers, the group founded by Ann Lee, said “the harbor plan broke no "
        "rule of the council or of the state.”"
    )
    (quote,) = extract_quotes(founded)
    assert quote.speaker == "Lakeside Anglers"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the verb opens the sentence, the speaker follows it
        ("Said Ann Lee: “We will not close the harbor without a vote.”", "Ann Lee"),
        # "put it" attributes as "said" does
        (
            "Mayor Ann Lee spoke on Monday.\n\nAs Lee put it, “We will not close the harbor "
            "without a vote.”",
            "Ann Lee",
        ),
        # a statement from someone reads their words (a headline "reads" no one's)
        (
            "Mayor Ann Lee spoke on Monday.\n\n“We will not close the harbor without a vote,” "
            "read a statement from Lee.",
            "Ann Lee",
        ),
        # "state" before a title is the noun, not the verb "to state"
        ("“We will not close the harbor without a vote,” said state Sen. Ann Lee.", "Ann Lee"),
        # the spokeswoman named in apposition is the one who spoke
        (
            "“We will not close the harbor without a vote,” a spokeswoman for Mayor Lee, Ann "
            "Ross, said.",
            "Ann Ross",
        ),
    ],
)
def test_newsroom_attribution_forms(text: str, speaker: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker


def test_a_quote_that_accuses_the_actor_is_against_it() -> None:
    from briefing.stages.quotes.camps import Camps
    from briefing.stages.quotes.stances import _toward_actor

    camps = Camps("Lakeside Club", False, ("lakeside club",), (), "its")
    # VADER reads "gain" as glad; the clause charges the club with wrongdoing
    text = (
        "The Lakeside Club officers' apparent use of the Lakeside Club for personal gain fits "
        "a larger pattern of self-dealing"
    )
    assert _toward_actor(text, camps) < 0
    # "innocent" and "life" read glad; gambling with them, or hiding evidence, is a charge
    for charge in (
        "The Lakeside Club gambled with an innocent kid's life to win a case",
        "The Lakeside Club hid the evidence from the families for a decade",
    ):
        assert _toward_actor(charge, camps) < 0, charge


def test_a_company_and_its_executives_are_the_actors_camp() -> None:
    lead = (
        "Lakeside Appliance Co. said Tuesday it will lay off 900 workers at its Riverside plant "
        "and move the work to a newer factory."
    )
    other = (
        "Lakeside Appliance announced Tuesday that it will lay off 900 workers at its Riverside "
        "plant, months after a stock buyback."
    )
    text = (
        f"{lead}\n\n“We have done everything we can to keep Riverside running, and the math "
        "simply does not work,” Lakeside spokeswoman Ann Lee said in a statement."
    )
    sides, _ = story_sides([source("a", text), source("b", other)])
    support, oppose = sides
    assert "Lakeside Appliance" in support.label
    assert [q.speaker for q in support.quotes] == ["Ann Lee"]
    assert oppose.quotes == []


def test_a_body_the_lead_names_after_its_place_is_the_actor() -> None:
    lead = "The Riverside school board voted 5-2 Monday night to ban student phones all day."
    text = (
        f"{lead}\n\nBoard President Ann Lee, who pushed the measure, spoke after the vote. “A "
        "phone in a student's hand is a distraction, and in a crisis even a danger,” Lee said."
    )
    other = f"{lead} The ban starts in January."
    _, quotes = story_sides([source("a", text), source("b", other)])
    assert [(q.speaker, q.stance) for q in quotes] == [("Ann Lee", "support")]


def test_a_lead_in_before_a_quote_inside_the_paragraph_frames_its_speaker() -> None:
    lead = "The Lakeside council approved the harbor agreement on Tuesday by a vote of 7-2."
    text = (
        f"{lead}\n\nSome residents welcomed the agreement. “I honestly cannot wait to fish "
        "there again, and I hate how long it took,” said Ana Ruiz, a retired teacher."
    )
    _, quotes = story_sides([source("a", text), source("b", lead)])
    assert [(q.speaker, q.stance) for q in quotes] == [("Ana Ruiz", "support")]


def test_a_judgement_of_the_move_or_the_cuts_is_a_stance_on_the_action() -> None:
    lead = "Lakeside Appliance said Tuesday it will lay off 900 workers at its Riverside plant."
    text = (
        f"{lead}\n\nAna Ruiz, president of the workers' union, called the cuts “a disgraceful "
        "betrayal of this town.”\n\n“This is corporate abandonment, plain and simple,” Ruiz said."
    )
    _, quotes = story_sides([source("a", text), source("b", lead)])
    assert {q.speaker: q.stance for q in quotes} == {"Ana Ruiz": "oppose"}


def test_a_group_lead_in_frames_the_member_the_next_sentence_introduces() -> None:
    lead = "President Ann Reyes on Friday ordered the withdrawal of all troops from Lakeland."
    text = (
        f"{lead}\n\nSome lawmakers welcomed the move. Rep. Ana Ruiz, who has pushed for years to "
        "end the deployment, called the decision “long overdue.” She added, “We will bring "
        "them home by spring, and that is what families here have asked for.”"
    )
    _, quotes = story_sides([source("a", text), source("b", lead)])
    assert {q.speaker: q.stance for q in quotes}.get("Ana Ruiz") == "support"


def test_a_group_its_stance_defines_frames_the_member_quoted_after_her_introduction() -> None:
    lead = "The Lakeside school board voted 5-2 on Monday to ban phones in its schools."
    text = (
        f"{lead}\n\nParents who opposed the ban focused on safety. Ana Ruiz, who leads a group "
        "called Lakeside Parents United, said families needed to reach their children. “When "
        "there is a lockdown, every parent wants to text their kid,” she said."
    )
    _, quotes = story_sides([source("a", text), source("b", lead)])
    assert {q.speaker: q.stance for q in quotes}.get("Ana Ruiz") == "oppose"


def test_a_stance_word_on_the_action_outweighs_the_tone_of_the_words_around_it() -> None:
    lead = "President Ann Reyes on Friday ordered the withdrawal of all troops from Lakeland."
    # VADER reads "Liberty" and "respect" as glad: the clause still wants the decision undone
    text = (
        f"{lead}\n\nRetired General Tom Ellis, who commanded the mission, told Liberty Wire "
        "the decision would “undo fifteen years of deterrence in a single news cycle.”\n\n"
        "“They respect boots on the ground,” Ellis said."
    )
    _, quotes = story_sides([source("a", text), source("b", lead)])
    assert {q.speaker: q.stance for q in quotes}.get("Tom Ellis") == "oppose"


def test_an_apposition_or_a_groups_name_says_which_side_a_speaker_is_on() -> None:
    from briefing.stages.quotes.sides import _side_of_context

    assert _side_of_context("Ann Lee, a longtime critic of the plan, said so.", ["Ann Lee"]) == (
        "oppose",
        "critic",
        26,
    )
    ally = "Sen. Tom Ellis, a committee member and close ally, said Mr. Reyes was judged unfairly."
    assert _side_of_context(ally, ["Tom Ellis"])[:2] == ("support", "ally")
    # what a modifier names is what she supports; whose allies, the words do not say
    assert _side_of_context("Ann Lee, a vocal tea party supporter, said so.", ["Ann Lee"]) is None
    assert _side_of_context("NATO allies, including Britain, said so.", ["Britain"]) is None

    lead = "Tom Ellis on Friday withdrew his nomination to run the state water agency."
    text = (
        f"{lead}\n\nAllies in the Senate were just as blunt. “They decided he was guilty and "
        "then went looking for a crime,” said Sen. Maria Ortiz, a member of the committee."
        "\n\nAdvocates for clean water said the news came as a relief. “We kept asking the hard "
        "questions for years,” said Lena Park, who directs a Lakeside group."
    )
    _, quotes = story_sides([source("a", text), source("b", lead)])
    stances = {q.speaker: q.stance for q in quotes}
    assert stances.get("Maria Ortiz") == "support"
    # advocates advocate for someone or something: not, by that word, for or against the act
    assert stances.get("Lena Park") != "support"


def test_a_quotes_tone_does_not_outweigh_the_frame_another_of_her_quotes_has() -> None:
    lead = "President Ann Reyes on Friday ordered the withdrawal of all troops from Lakeland."
    text = (
        f"{lead}\n\nSome progressive lawmakers welcomed the move. “A deployment without an end "
        "date is not a strategy,” said Rep. Ana Ruiz.\n\nRuiz said the decision came late. "
        "“It is sad and painful that the president waited so long to end this terrible "
        "war,” Ruiz said."
    )
    _, quotes = story_sides([source("a", text), source("b", lead)])
    assert {q.speaker: q.stance for q in quotes}.get("Ana Ruiz") == "support"


def test_a_group_stance_frames_the_member_introduced_next_wherever_she_is_quoted() -> None:
    lead = "The Lakeside council approved the harbor plan on Monday by a vote of 7-2."
    text = (
        f"{lead}\n\nFishing groups criticized the plan. Ana Ruiz, who directs the Lakeside "
        "Anglers Club, said members would press the state to review it.\n\nThe plan takes "
        "effect in May.\n\n“We will be at every hearing from now on,” Ruiz said."
        # a name inside another word is not that name: "Sen." is no "SEN"
        "\n\nCritics were quick to respond. Senator Tom Ellis said the vote was rushed."
        "\n\n“The harbor has seen floods for years,” said Mia Cole, director of the Safe "
        "Estuary Network (SEN)."
    )
    _, quotes = story_sides([source("a", text), source("b", lead)])
    stances = {q.speaker: q.stance for q in quotes}
    assert stances.get("Ana Ruiz") == "oppose"
    assert stances.get("Mia Cole") == "neutral"


def test_the_changes_a_measure_makes_are_the_action_a_speaker_judges() -> None:
    lead = "The Lakeside Legislature on Friday passed a bill limiting drop boxes to one per county."
    text = (
        f"{lead}\n\nAnn Lee, who chairs the elections committee, said the changes would "
        "restore confidence and give voters a great deal of certainty.\n\n“Every legal vote "
        "should count,” Lee said."
    )
    _, quotes = story_sides([source("a", text), source("b", lead)])
    assert {q.speaker: q.stance for q in quotes}.get("Ann Lee") == "support"


def test_not_everyone_cheering_turns_to_those_who_did_not() -> None:
    from briefing.stages.quotes.camps import Camps
    from briefing.stages.quotes.sides import _group_frame

    lead = "The Lakeside council approved the harbor plan on Monday by a vote of 7-2."
    text = (
        f"{lead}\n\nNot everyone cheered. Tom Ellis, who directs the Lakeside Taxpayers "
        "League, warned that the public share could grow. “Taxpayers are being asked to sign a "
        "billionaire's mortgage,” Ellis said."
    )
    _, quotes = story_sides([source("a", text), source("b", lead)])
    assert {q.speaker: q.stance for q in quotes}.get("Tom Ellis") == "oppose"
    assert _group_frame("But not all residents were pleased.", Camps(), False) == (-1.0, "pleased")
    assert _group_frame("Not everyone objected to the plan.", Camps(), False) == (1.0, "objected")
    assert _group_frame("Not all of the money was spent on roads.", Camps(), False) is None
    # how the news left a group, in the writer's words
    jubilant = "Advocates who spent years building support for the plan were jubilant."
    assert _group_frame(jubilant, Camps(), False) == (1.0, "jubilant")
    assert _group_frame("Landlords were furious.", Camps(), False) == (-1.0, "furious")
    assert _group_frame("Business groups were divided.", Camps(), False) is None


def test_more_ways_writers_frame_a_group_before_its_member_speaks() -> None:
    from briefing.stages.quotes.camps import Camps
    from briefing.stages.quotes.sides import _group_frame

    camps = Camps("Reyes", True, ("reyes",), ("lee",), "his")
    frame = {
        # standing behind, pouncing, piling on, a reaction told in the writer's words
        "Local business leaders lined up behind the plan.": (1.0, "lined"),
        "Faith leaders rallied around the sheriff.": (1.0, "rallied"),
        "Republicans in the legislature quickly pounced.": (-1.0, "pounced"),
        "Local officials reacted with anger.": (-1.0, "reacted"),
        # a body whose officer the writer quotes next
        "The Department of Homeland Security piled on.": (-1.0, "piled"),
        "The union representing the county's deputies also slammed the move.": (-1.0, "slammed"),
        # a clause between the group and its feeling; a feeling denied
        "Casino operators, who will partner with online platforms, were jubilant.": (
            1.0,
            "jubilant",
        ),
        "Parents' groups were not satisfied.": (-1.0, "satisfied"),
        "Not every librarian in the county objected.": (1.0, "objected"),
        # whom they stand with decides: the actor, the target, or no one the story is about
        "Reyes's allies in the legislature were blunt.": (1.0, "allies"),
        "Fellow Democrats rallied behind Lee.": (-1.0, "rallied"),
    }
    for lead, expected in frame.items():
        assert _group_frame(lead, camps, False) == expected, lead
    assert (
        _group_frame("Pruitt's allies in the legislature saw it differently.", camps, False) is None
    )
    assert _group_frame("Fellow Republicans quickly rallied behind Pruitt.", camps, False) is None
    # a company is no body framed so: "The company defended the spending" is its own conduct
    assert _group_frame("The company defended the spending.", camps, False) is None


def test_a_groups_feeling_frames_the_member_quoted_next() -> None:
    lead = "Gov. Ann Reyes on Friday vetoed the rent bill the Lakeside legislature passed."
    text = (
        f"{lead}\n\nFor now, landlords say they are relieved. “We can finally plan again,” "
        "said Tom Ellis, who owns two buildings in Riverside.\n\nTenants said they were "
        "blindsided. “Nobody told us anything,” said Mia Cole, a Riverside renter."
    )
    _, quotes = story_sides([source("a", text), source("b", lead)])
    stances = {q.speaker: q.stance for q in quotes}
    # the veto is the news: the landlord is for it, the tenant against it
    assert stances.get("Tom Ellis") == "support" and stances.get("Mia Cole") == "oppose"


def test_the_judge_who_wrote_for_the_majority_is_for_the_ruling() -> None:
    lead = "The Lakeside Supreme Court on Friday upheld, 6-3, the state's new library law."
    text = (
        f"{lead}\n\nWriting for the majority, Justice Ann Reyes concluded that the state "
        "may regulate what its own libraries buy.\n\n“A state that funds a library may choose "
        "its books,” Reyes wrote."
    )
    _, quotes = story_sides([source("a", text), source("b", lead)])
    assert {q.speaker: q.stance for q in quotes}.get("Ann Reyes") == "support"


def test_raising_concerns_is_a_stance_against() -> None:
    lead = "The Lakeside council approved the stadium deal on Monday by a vote of 7-4."
    text = (
        f"{lead}\n\nResidents raised concerns about rising rents. Mia Cole, who leads the "
        "tenants' association, said hundreds of families could be priced out.\n\n“Nobody "
        "asked us what a stadium does to a neighborhood,” Cole said."
    )
    _, quotes = story_sides([source("a", text), source("b", lead)])
    assert {q.speaker: q.stance for q in quotes}.get("Mia Cole") == "oppose"
    # a name after "near" or "in" is where they are, not someone whose stance it is
    placed = text.replace("Residents raised", "Residents near Harbor Point raised")
    _, quotes = story_sides([source("a", placed), source("b", lead)])
    assert {q.speaker: q.stance for q in quotes}.get("Mia Cole") == "oppose"


def test_how_the_news_left_a_speaker_in_their_own_words_is_their_side() -> None:
    lead = "The Lakeside Supreme Court on Friday upheld, 6-3, the state's new app law."
    text = (
        f"{lead}\n\nThe app makers' group said it would keep fighting. “We are deeply "
        "disappointed, and we are reviewing every option,” said Tom Ellis, its general counsel."
        "\n\n“I am pleased to announce that our spring hearing is moved to May,” said Mia Cole, "
        "a court clerk."
    )
    _, quotes = story_sides([source("a", text), source("b", lead)])
    stances = {q.speaker: q.stance for q in quotes}
    assert stances.get("Tom Ellis") == "oppose"
    # "pleased to announce" is a formula, no feeling about the news
    assert stances.get("Mia Cole") == "neutral"


def test_a_datelines_place_did_not_carry_out_the_action() -> None:
    from briefing.stages.quotes.sides import action_actors

    text = "RIVERSIDE — Mayor Ann Lee on Monday blocked the harbor plan the council had backed."
    actors = action_actors([source("a", text)], "plan")
    assert "riverside" not in actors
    assert actors.get("ann lee") == "oppose"


def test_an_economists_tone_places_no_one() -> None:
    lead = "President Ann Reyes on Friday signed a trade agreement with Lakeland."
    text = (
        f"{lead}\n\n“It's a good agreement for farmers and a fine result for this president,” "
        "said Tom Ellis, a senior economist at the Riverside Center for Trade."
    )
    _, quotes = story_sides([source("a", text), source("b", lead)])
    assert {q.speaker: q.stance for q in quotes} == {"Tom Ellis": "neutral"}


def test_a_group_named_after_the_place_that_acted_is_not_the_place_acting() -> None:
    lead = "Riverside lawmakers on Wednesday passed a bill that cuts drop boxes to one per county."
    text = (
        f"{lead}\n\n“This bill will silence rural voters who cannot drive an hour to a drop box,” "
        "said Ann Lee, executive director of the Riverside Voter Access Project, which plans "
        "to file suit.\n\nThe Riverside Voter Access Project said it would file a lawsuit "
        "within days. “We will see the state in court,” Lee said."
    )
    other = f"{lead} Counties must comply by July, and voters in Riverside will notice."
    _, quotes = story_sides([source("a", text), source("b", other)])
    # the group suing to undo the law is against it, not for it as if it were Riverside acting
    assert {q.speaker: q.stance for q in quotes}.get("Ann Lee") == "oppose"


def test_a_place_is_told_by_where_the_articles_put_it() -> None:
    from briefing.stages.quotes.camps import _is_place

    assert _is_place("Riverside", ["Voters in Riverside will notice."])
    assert _is_place("Riverside", ["Riverside lawmakers passed the bill."])
    assert not _is_place("Riverside", ["Ann Lee of the Riverside Voter Access Project spoke."])
    # a candidate's voters are no place's
    assert not _is_place("Reyes", ["Reyes voters turned out on Tuesday."])


def test_an_opening_speech_participle_is_no_speaker() -> None:
    from briefing.stages.quotes import extract_quotes

    text = (
        "Senator Tom Reyes of Oregon said he would seek the company's records. Writing on "
        'Twitter, he compared the nomination to "putting the fox in charge of the henhouse."'
    )
    found = extract_quotes(text)
    assert [q.speaker for q in found] == ["Tom Reyes"]


def test_an_endorsement_by_a_union_the_leads_describe_has_its_officers_for_it() -> None:
    # the leads call the actor "the state's largest nurses' union" (after a dateline) and
    # "the biggest nurses' union in Delmore": the Delmore Nurses Alliance, named for its
    # members; "the union's president" speaks for it
    a = (
        "PORT ELLERY, Delmore -- The state's largest nurses' union endorsed Ann Lee for "
        "governor on Tuesday.\n\nThe Delmore Nurses Alliance had backed Democrats in every "
        "race since 1982.\n\n“We belong to our patients,” said Joan Reed, the union's "
        "president.\n\nThe board met for six hours in Port Ellery before the vote on Monday."
        "\n\nTom Hill, then the lieutenant governor, backed the veto of the staffing "
        "bill in 2023. He had defended the veto for months.\n\n“She fought unions all her "
        "career,” said Hill, who lost the endorsement.\n\n“It is a warning light, and a "
        "great day for the challenger,” said Mary Cole, a political scientist."
    )
    b = (
        "The biggest nurses' union in Delmore endorsed Republican Ann Lee on Tuesday.\n\n"
        "The Delmore Nurses Alliance said its board voted 14-3.\n\nHill criticized the "
        "endorsement."
    )
    sides, _ = story_sides([source("a", a), source("b", b)])
    by_side = {side.stance: {q.speaker for q in [*side.quotes, *side.more]} for side in sides}
    assert "Joan Reed" in by_side["support"]
    # his stance on an old veto the leads never name is no stance on the endorsement
    assert "Tom Hill" in by_side["oppose"] and "Tom Hill" not in by_side["support"]
    # a political scientist's upbeat tone places no one
    assert "Mary Cole" not in by_side["support"] | by_side["oppose"]
    assert "Delmore Nurses Alliance" in sides[0].label


def test_a_spokeswoman_for_the_company_the_story_is_about_speaks_for_it() -> None:
    lead = "Attorney General Ann Lee sued Marlowe Family Pharmacy on Wednesday."
    text = (
        f"{lead}\n\nLee accused the chain of ignoring warning signs for a decade in towns "
        "across the state.\n\nThe state has received about $412 million from settlements with "
        "drug makers and national distributors since 2021, and the money has paid for clinics, "
        "treatment beds and overdose kits in every county.\n\nThe case will be heard in "
        "Halbrook County Circuit Court, where a judge has scheduled a first hearing for "
        "June.\n\nMarlowe denied the "
        "allegations. “Our pharmacists used their judgment,” said Joan Reed, a spokeswoman "
        "for the company."
    )
    second = f"{lead} She accused Marlowe Family Pharmacy of ignoring red flags."
    sides, quotes = story_sides([source("a", text), source("b", second)])
    reed = next(q for q in quotes if q.speaker == "Joan Reed")
    assert reed.organization == "Marlowe Family Pharmacy"
    assert any(q.speaker == "Joan Reed" for q in [*sides[1].quotes, *sides[1].more])


def test_calling_the_action_overdue_is_for_it() -> None:
    from briefing.stages.quotes.sides import _side_of_context

    found = _side_of_context("Councilwoman Ann Lee called it overdue.", ["Ann Lee"])
    assert found is not None and found[0] == "support"


def test_a_stance_on_an_act_the_leads_never_name_is_no_side() -> None:
    from briefing.stages.quotes.sides import other_matter
    from briefing.text.tokens import stem

    news = frozenset(stem(w) for w in "the union endorsed ann lee on tuesday".split())
    low = "tom hill backed the 2023 veto of the staffing bill."
    assert other_matter(low, low.index("backed") + len("backed"), news)
    low = "tom hill criticized the endorsement."
    assert not other_matter(low, low.index("criticized") + len("criticized"), news)
    low = "tom hill criticized the decision."
    assert not other_matter(low, low.index("criticized") + len("criticized"), news)


def test_one_who_attacks_a_critic_of_the_action_is_for_it() -> None:
    lead = "Gov. Ann Lee commuted the life sentence of Tom Hale on Tuesday."
    text = (
        f"{lead}\n\nThe backlash was fierce, led by District Attorney Frank Ruderman, who "
        "slammed the governor on Tuesday.\n\n“She did not call the family,” Ruderman said."
        "\n\nState Rep. Luisa Ferrante accused Ruderman of exploiting a grieving family."
        "\n\n“He has built a career on throwing away the key,” Ferrante said."
    )
    second = f"{lead}\n\nRuderman criticized the decision. Ferrante spoke later."
    _, quotes = story_sides([source("a", text), source("b", second)])
    stance = {q.speaker: q.stance for q in quotes}
    assert stance["Frank Ruderman"] == "oppose"
    # her accusation is aimed at the governor's critic, not at the governor
    assert stance["Luisa Ferrante"] == "support"


def test_a_capitalized_role_opener_is_no_organization() -> None:
    from briefing.stages.quotes.speakers import _role_org

    assert _role_org("Chief executive") == ("Chief executive", None)
    assert _role_org("Deputy director") == ("Deputy director", None)
    assert _role_org("Lakeside Coalition director") == ("director", "Lakeside Coalition")


def test_a_place_s_council_is_the_actor_not_a_person_named_for_the_place() -> None:
    leads = [
        "Riverton's left-leaning City Council on Tuesday voted 6-3 to ban gas hookups in new "
        "buildings.",
        "Over the objections of builders, Riverton's City Council voted 6-3 on Tuesday to ban "
        "gas hookups in new buildings.",
        "The Riverton City Council voted 6 to 3 on Tuesday to prohibit gas hookups in new "
        "buildings.",
    ]
    text = (
        f"{leads[0]}\n\n“This is a disaster for every family trying to buy a first home,” said "
        "Ann Lee, president of the Riverton Home Builders Association."
    )
    titles = ["Riverton Stands Up to Big Gas", "Riverton Becomes First City to Bar Gas Hookups", ""]
    articles = [
        dataclasses.replace(source(name, body), title=title)
        for name, body, title in zip("abc", [text, leads[1], leads[2]], titles, strict=True)
    ]
    camps = find_camps(articles)
    assert (camps.actor, camps.actor_person) == ("Riverton City Council", False)
    # the builders' association is named for the city: it does not speak for the council
    # (as "the actor or their spokesperson" it had been put with the ban's supporters); her
    # "This is a disaster" judges the ban itself: against it
    _, quotes = story_sides(articles)
    assert [q.stance for q in quotes if q.speaker == "Ann Lee"] == ["oppose"]


def test_the_association_s_president_is_of_the_one_association_named_before() -> None:
    lead = "The Riverton City Council voted 6-3 on Tuesday to ban gas hookups in new buildings."
    text = (
        f"{lead}\n\nThe Riverton Home Builders Association estimates that the ban will add "
        "about $12,000 to the cost of a typical new home, a figure that climate groups "
        "dispute, pointing to the falling price of heat pumps and to the savings on gas lines "
        "and meters in new subdivisions.\n\nA 2024 study by Lakeside State University found "
        "that all-electric homes were slightly cheaper to build in most cases, largely because "
        "they avoid the cost of running a gas line to the property.\n\n“Every dollar we add to "
        "the price of a new house prices somebody out of this market,” said Ann Lee, the "
        "association's president."
    )
    _, quotes = story_sides([source("a", text), source("b", lead)])
    assert [q.organization for q in quotes] == ["Riverton Home Builders Association"]


def test_the_sponsor_of_a_ban_a_body_voted_is_for_it_however_the_writer_says_so() -> None:
    lead = "The Riverton City Council voted 6-3 on Tuesday to ban gas hookups in new buildings."
    forms = [
        "The ordinance, pushed for years by Councilmember Ana Ruiz, bars gas lines in new homes."
        " “The sky didn't fall when we changed the energy codes,” she said.",
        "The ordinance's sponsor, Councilmember Ana Ruiz, said opponents had recycled old "
        "warnings. “The sky didn't fall when we changed the energy codes,” she said.",
        "The measure, championed by Councilmember Ana Ruiz, covers offices too. “The sky "
        "didn't fall when we changed the energy codes,” Ms. Ruiz said.",
    ]
    for form in forms:
        sides, quotes = story_sides([source("a", f"{lead}\n\n{form}"), source("b", lead)])
        assert {q.speaker: q.stance for q in quotes} == {"Ana Ruiz": "support"}, form
        assert "ban" in sides[0].label.lower(), form


@pytest.mark.parametrize(
    ("feeling", "stance"),
    [("was disappointed but not surprised", "oppose"), ("was pleased", "support")],
)
def test_a_feeling_the_writer_reports_in_the_speakers_name_places_them(
    feeling: str, stance: str
) -> None:
    lead = "Mayor Dale Pruitt on Monday vetoed an ordinance raising the minimum wage to $17."
    body = (
        f"{lead}\n\nCouncil member Jerome Whitaker, who represents the south side, said he "
        f"{feeling}. “The mayor made his choice,” Whitaker said."
    )
    _, quotes = story_sides([source("a", body), source("b", lead)])
    assert {q.speaker: q.stance for q in quotes}["Jerome Whitaker"] == stance


def test_who_sponsored_the_house_version_of_a_bill_is_for_it() -> None:
    lead = "The Tamarack Senate voted 18-12 on Tuesday to pass a bill banning non-compete deals."
    body = (
        f"{lead}\n\nRepresentative Naomi Fairbanks, who sponsored the House version, said the "
        "bill was narrower than critics suggested. “What we took out is the ability to stop "
        "someone from working, period,” she said."
    )
    _, quotes = story_sides([source("a", body), source("b", lead)])
    assert {q.speaker: q.stance for q in quotes} == {"Naomi Fairbanks": "support"}


def test_a_business_called_by_the_first_word_of_its_name_is_one_actor() -> None:
    leads = [
        "Small-town Tamsworth is about to lose its only airline. SkyBridge said Tuesday it will "
        "pull out of Tamsworth Regional Airport.",
        "Five years after it took $41 million in federal aid, SkyBridge Regional Airlines is "
        "walking away from Tamsworth.",
        "SkyBridge Regional Airlines said on Tuesday that it would end all flights to Tamsworth "
        "Regional Airport on April 30.",
    ]
    titles = ["Airline Abandons Tamsworth", "SkyBridge Airlines Dumps Tamsworth", ""]
    articles = [
        dataclasses.replace(source(name, body), title=title)
        for name, body, title in zip("abc", leads, titles, strict=True)
    ]
    camps = find_camps(articles)
    assert (camps.actor, camps.actor_person) == ("SkyBridge Regional Airlines", False)


def test_an_employee_of_the_actor_who_speaks_for_another_body_is_not_the_actor_s_voice() -> None:
    lead = "Lakeside Airlines said on Tuesday that it would end all flights to Tamsworth."
    body = (
        "“There's no pilot shortage, there's a pay shortage,” said Tess Marlowe, a "
        "Lakeside Airlines captain and local representative of the Regional Pilots Association."
    )
    assert placed(lead, body) == [("Tess Marlowe", "neutral")]


@pytest.mark.parametrize("frame", ["betrayed the town", "was abandoning the town"])
def test_a_speaker_who_says_the_actor_betrayed_or_abandoned_them_is_a_critic(frame: str) -> None:
    lead = "Lakeside Airlines said on Tuesday that it would end all flights to Tamsworth."
    body = (
        f"Mayor Ann Lee said the airline {frame}. “We got fifty-eight minutes' notice "
        "on a decision that affects every employer in this county,” she said."
    )
    assert placed(lead, body) == [("Ann Lee", "oppose")]


def test_who_vows_to_sue_once_the_bill_is_signed_is_against_it_not_its_signer() -> None:
    lead = "The Delmore Legislature on Thursday approved a bill raising the rifle age to 21."
    body = (
        "The Delmore Firearms Coalition vowed to sue as soon as Gov. Ann Lee signs "
        "the bill. “This is a gun grab,” said Tom Reyes, the coalition's president."
    )
    assert placed(lead, body) == [("Tom Reyes", "oppose")]


def test_a_veto_of_the_ordinance_a_lead_names_has_sides_and_its_defender_is_for_it() -> None:
    lead = (
        "Mayor Tom Reyes of Carverton vetoed an ordinance on Monday that would have raised the "
        "city's minimum wage to $17 an hour."
    )
    text = (
        f"{lead}\n\nOverriding the veto requires eight votes, one more than the measure got in "
        "February.\n\nCouncilman Ray Lee defended the mayor and took aim at the bill's sponsors. "
        "“This was a bill written for press releases,” Lee said."
    )
    sides, quotes = story_sides([source("a", text), source("b", lead)])
    assert sides[0].label == "In favor of the veto"
    assert [(q.speaker, q.stance) for q in quotes] == [("Ray Lee", "support")]


def test_the_employer_a_group_strikes_at_is_the_target_and_its_chief_a_critic() -> None:
    lead = (
        "About 1,850 nurses at Halvorsen Memorial Hospital in Ridgeport went on strike on "
        "Tuesday over staffing."
    )
    other = "Hundreds of nurses walked off the job at Halvorsen Memorial Hospital on Tuesday."
    text = (
        f"{lead}\n\n“We put a fair offer on the table, and we will keep talking,” said Ann "
        "Lee, chief executive of Halvorsen Health."
    )
    articles = [source("a", text), source("b", other)]
    assert "halvorsen memorial hospital" in find_camps(articles).target_keys
    _, quotes = story_sides(articles)
    assert [(q.speaker, q.stance) for q in quotes] == [("Ann Lee", "oppose")]


def test_a_place_s_office_holder_named_with_her_title_is_the_actor() -> None:
    lead = (
        "Delmont County Prosecutor Celia Vantreese said on Thursday that she would not charge "
        "the officer who shot an unarmed driver."
    )
    other = "Delmont County Prosecutor Celia Vantreese declined to charge the officer on Thursday."
    camps = find_camps([source("a", lead), source("b", other)])
    assert (camps.actor, camps.actor_person, camps.pronoun) == ("Vantreese", True, "her")


def test_a_member_who_sided_with_the_critics_is_one_of_them() -> None:
    lead = "The Keswick Harbor Authority board on Tuesday approved a new cruise ship terminal."
    body = (
        "Board member Ann Lee, one of the two no votes, sided with the critics. “We "
        "are asking this neighborhood to breathe the exhaust,” Lee said."
    )
    assert placed(lead, body) == [("Ann Lee", "oppose")]


def test_the_board_of_a_named_body_makes_that_body_the_actor_and_its_manager_its_own() -> None:
    # "The board of the X Authority voted": X acts (the "of" is no place); its general
    # manager, "the authority's general manager", speaks for it
    lead = (
        "The board of the Greater Marlow Transit Authority voted 7-4 on Thursday to eliminate "
        "12 bus routes and raise the base fare."
    )
    text = (
        f"{lead}\n\nRaymond Teague, the authority's general manager, said the agency had no "
        "choice.\n\n“Nobody on this board wanted to do this,” Teague told the board."
    )
    sides, _ = story_sides([source("a", text), source("b", lead)])
    support, _ = sides
    assert "Greater Marlow Transit Authority" in support.label
    assert [q.speaker for q in support.quotes] == ["Raymond Teague"]


def test_general_manager_is_an_office_and_a_participle_goes_with_its_own_clause() -> None:
    assert strip_title("General Manager Ann Reyes")[:2] == ("General Manager", "Ann Reyes")
    assert strip_title("Gen. Mark Cole")[:2] == ("General", "Mark Cole")
    # "chanting" ends the clause of the supporters, not the sentence's board
    text = (
        "The board voted 4-1 on Monday to reject the petition, as more than 200 of Prentiss's "
        'supporters rallied outside the County Administration Building chanting "Count it by '
        'hand!"'
    )
    assert only(text).speaker != "The board"


def test_defending_the_plan_against_critics_is_for_it() -> None:
    lead = "The Alder Falls school board voted 5-2 to move its schools to a four-day week."
    body = (
        "Superintendent Renata Okafor defended the plan against critics who had offered no "
        "alternative.\n\n“It's easy to stand at a microphone and say no,” Okafor said."
    )
    assert placed(lead, body) == [("Renata Okafor", "support")]


def test_a_quote_saying_the_actor_ought_to_have_gone_is_against_them() -> None:
    lead = (
        "Brennerton University President Miriam Ashdown resigned on Friday after a faculty "
        "inquiry found copied passages in her dissertation."
    )
    body = (
        "“She should have stepped aside the day the first passages came out,” said state Sen. "
        "Dale Rourke.\n\nState Rep. Luis Carvajal accused Republican leaders of using the "
        "dissertation as a pretext. “Today they got what they wanted,” Carvajal said."
    )
    stances = dict(placed(lead, body))
    assert stances["Dale Rourke"] == "oppose"
    # attacking a party is no stance on a president of no party: not against her
    assert stances["Luis Carvajal"] != "oppose"


def test_a_quote_accusing_the_acting_body_by_its_kind_is_against_it() -> None:
    from briefing.stages.quotes.camps import Camps
    from briefing.stages.quotes.stances import _toward_actor

    camps = Camps(actor="Wildlife Commission", actor_keys=("wildlife commission",))
    accused = (
        "This commission cut the wildlife budget for three straight years, ignored its own "
        "biologists, and now wants credit for managing wolves."
    )
    assert _toward_actor(accused, camps) < 0
    # the body named inside a phrase, not as the subject judged, carries no tone of its own
    served = "Managers serve at the pleasure of the commission, and a new majority wants its own."
    assert _toward_actor(served, camps) == 0


def test_the_one_whose_veto_was_overridden_is_against_and_the_bills_backers_for() -> None:
    # the lead's subject is a group ("Lawmakers"); the headlines name whose veto fell
    lead = (
        "Delcora lawmakers on Tuesday overrode Governor Thomas Ashby's veto of a bill that bans "
        "students from using cellphones during class."
    )
    text = (
        f"{lead}\n\n“I vetoed this bill because parents, not politicians, should decide,” "
        "Ashby said.\n\nThe bill's backers were unapologetic. Representative Dale Hutchins "
        "said opponents were peddling fear.\n\n“Nobody is stopping a kid from calling home,” "
        "Hutchins said."
    )
    articles = [
        dataclasses.replace(
            source("a", text), title="Lawmakers Override Ashby's Veto of Classroom Phone Ban"
        ),
        dataclasses.replace(source("b", lead), title="Teachers Win as Lawmakers Override Veto"),
    ]
    _, quotes = story_sides(articles)
    stances = {q.speaker: q.stance for q in quotes}
    assert stances == {"Thomas Ashby": "oppose", "Dale Hutchins": "support"}


def test_a_spokesperson_of_no_named_body_right_after_the_actor_speaks_for_it() -> None:
    lead = (
        "Meridian Crest Health said Tuesday it will close the maternity unit at Tamsen Valley "
        "Hospital on March 31."
    )
    body = (
        "The company said the emergency department will stay open, and Meridian Crest Health "
        "plans to hand out gas cards.\n\n“We are not leaving Tamsen County,” said spokeswoman "
        "Laurel Finch."
    )
    assert placed(lead, body) == [("Laurel Finch", "support")]
    # another body named just before: whose spokeswoman she is, the text does not say
    other = body.replace(
        "plans to hand out gas cards.",
        "plans to hand out gas cards, the Tamsen Valley Nurses Association said.",
    )
    assert [stance for _, stance in placed(lead, other)] != ["support"]
    # nor one whose attribution says whose he is
    campaign = body.replace(
        "said spokeswoman Laurel Finch.",
        "said spokesman Tyler Brandvold, who speaks for the Hutchins campaign.",
    )
    assert [stance for _, stance in placed(lead, campaign)] != ["support"]


def test_an_observer_quoted_again_without_her_role_still_takes_no_side() -> None:
    lead = "The Harlow Springs school board voted 5-2 to ban students' cellphones all day."
    text = (
        f"{lead}\n\n“Schools that ban phones often report fewer problems,” said Miriam Sato, an "
        "associate professor of education at Kenmare State University."
    )
    # another outlet quotes her by name alone, with a tone toward the board
    other = (
        f"{lead}\n\n“The Harlow Springs school board made a terrible, reckless mistake,” said "
        "Miriam Sato."
    )
    _, quotes = story_sides([source("a", text), source("b", other)])
    assert {q.stance for q in quotes if q.speaker == "Miriam Sato"} == {"neutral"}


def test_a_headline_names_whom_a_suit_is_against_and_a_framing_for_is_no_role() -> None:
    lead = (
        "Merrimont Attorney General Dolores Quintanilla sued Brightway Pharmacy Corp. on "
        "Tuesday, accusing the chain of ignoring warning signs."
    )
    text = (
        f"{lead}\n\n“Every prescription in this case was written by a licensed prescriber,” said "
        "Teresa Vance, a spokeswoman for Brightway."
    )
    articles = [
        dataclasses.replace(source("a", text), title="Merrimont Sues Brightway Pharmacy Chain"),
        source("b", lead),
    ]
    _, quotes = story_sides(articles)
    assert [(q.speaker, q.stance) for q in quotes] == [("Teresa Vance", "oppose")]
    # "For Renee Kowalczyk, the numbers in the new lawsuit against Brightway are not
    # abstract": what follows her name is the sentence's clause, not her role
    framed = (
        "For Renee Kowalczyk, the numbers in Merrimont's new lawsuit against Brightway Pharmacy "
        'Corp. are not abstract.\n\n"We had a quota per hour," Kowalczyk said.'
    )
    (quote,) = extract_quotes(framed)
    assert quote.speaker == "Renee Kowalczyk" and not quote.role


def test_the_one_a_sanction_is_on_is_the_target_however_the_lead_names_them() -> None:
    # after the verb ("suspended Sheriff Tom Reyes"), past a place in apposition ("the sheriff
    # of Lake County, Tom Reyes"), or as the subject the act was done to ("after the governor
    # suspended him")
    for leads in (
        (
            "Gov. Ann Lee on Tuesday suspended Lake County Sheriff Tom Reyes from office.",
            "Gov. Ann Lee on Tuesday suspended the elected sheriff of Lake County, Tom Reyes, "
            "citing three deaths in the jail.",
        ),
        (
            "Gov. Ann Lee on Tuesday suspended Lake County Sheriff Tom Reyes from office.",
            "Sheriff Tom Reyes came out swinging on Tuesday after Gov. Ann Lee suspended him "
            "over three deaths in the county jail.",
        ),
    ):
        camps = find_camps([source(name, lead) for name, lead in zip("ab", leads, strict=True)])
        assert camps.target_keys == ("reyes",), leads[1]
        assert camps.actor != "Reyes", leads[1]
    # what was done to the subject's critics is no act on the subject
    leads = (
        "Mayor Tom Reyes vetoed the wage ordinance on Tuesday.",
        "Mayor Tom Reyes vetoed the ordinance on Tuesday after council members sued him.",
    )
    camps = find_camps([source(name, lead) for name, lead in zip("ab", leads, strict=True)])
    assert camps.actor == "Reyes"


def test_a_decision_the_leads_agree_on_names_the_sides_when_no_actor_does() -> None:
    leads = [
        "Parents scored a victory late Tuesday when the county school board voted 4-3 to pull "
        "14 books from middle and high school library shelves.",
        "A bare majority of the county's school board voted Tuesday night to pull 14 books "
        "from school library shelves.",
        "After five hours of comment, the Board of Education voted 4 to 3 late Tuesday to "
        "remove 14 books from its libraries.",
    ]
    texts = [
        f"{leads[0]}\n\n“We asked for age-appropriate shelves,” said Ann Lee, a parent who "
        "led the campaign, praising the vote.",
        f"{leads[1]}\n\n“This is censorship, plain and simple,” said Tom Reyes, a librarian, "
        "who condemned the vote.",
        leads[2],
    ]
    sides, _ = story_sides([source(name, text) for name, text in zip("abc", texts, strict=True)])
    support, oppose = sides
    # two leads of three say "pull": the label is the act, in the fewest outlet words
    assert (support.label, oppose.label) == (
        "In favor of pulling 14 books",
        "Against pulling 14 books",
    )
    # a decision only one lead reports names nothing
    assert decided_act([source("a", leads[0]), source("b", "The board met on Tuesday.")]) is None


def test_the_boards_president_speaks_for_the_board_that_acted() -> None:
    # another board named nearer the quote is not the one whose president speaks
    lead = (
        "The Riverside State Board of Education voted 7-2 on Thursday to reject an application "
        "for a new charter school."
    )
    text = (
        f"{lead}\n\n"
        "The school's backers said they would take their case to the Riverside Charter Appeals "
        "Board.\n\n"
        '"Our job is to approve plans that will work," said Tom Reyes, the board\'s president.\n\n'
        '"The board failed every child on the waiting list," said Ann Lee, who founded the school.'
    )
    other = f"{lead} The vote came after a four-hour hearing."
    sides, _ = story_sides([source("a", text), source("b", other)])
    support, oppose = sides
    reyes = [q for q in support.quotes if q.speaker == "Tom Reyes"]
    assert reyes and reyes[0].organization == "Riverside State Board of Education"
    assert "Tom Reyes" not in [q.speaker for q in oppose.quotes]


def test_a_speaker_glad_of_the_news_in_their_own_words_is_for_it() -> None:
    from briefing.stages.quotes.camps import Camps
    from briefing.stages.quotes.stances import _toward_actor

    camps = Camps("Riverside Commission", False, ("riverside commission",), (), "its")
    # no word of the actor: how the news left the speaker is the side
    assert (
        _toward_actor("My bill went up $38 last year. I'm just glad somebody listened.", camps) > 0
    )
    assert _toward_actor("We are grateful the court has brought this to an end.", camps) > 0
    assert _toward_actor("We are disappointed and are reviewing the order.", camps) < 0
    # glad to do something is no feeling about the news
    assert _toward_actor("I'm glad to answer any question about the plant.", camps) == 0


def test_a_quote_that_judges_the_news_itself_takes_its_side() -> None:
    from briefing.stages.quotes.camps import Camps
    from briefing.stages.quotes.stances import _toward_actor

    board = Camps("Riverside Wildlife Commission", False, ("riverside wildlife commission",), ())
    # "This is ..." opens on the news: what the commission did
    assert _toward_actor("This is a good day for every family that lost a calf.", board) > 0
    assert _toward_actor("This is corporate welfare dressed up in a baseball cap.", board) < 0
    # where the commission refused the thing, the news is the refusal: glad of it is against
    # the thing the sides are about
    assert _toward_actor("This is a good day for every family.", board, "plan", True) < 0
    # a person's act may be their own loss: "This is scary" of a minister who quit in protest
    minister = Camps("Lee", True, ("lee",), (), "her")
    assert _toward_actor("This is scary.", minister) == 0
    # no actor, thing or target: "This is domestic terrorism" of an arrest is of the crime
    assert _toward_actor("This is definitely domestic terrorism.", Camps()) == 0


def test_the_harm_a_speaker_says_the_action_cures_is_no_tone_against_it() -> None:
    from briefing.stages.quotes.camps import Camps
    from briefing.stages.quotes.stances import _toward_actor

    camps = Camps("Port Alder City Council", False, ("council",))
    for cured in (
        'He called the program "a tested tool that cities our size have used to bring crash '
        'numbers down."',
        'He called the program "the best way to reduce gun deaths in our city."',
        'He called the program "a tool that will stop the violence on our streets."',
    ):
        assert _toward_actor(cured, camps) >= 0, cured
    # a cut to something that is no harm still reads as the speaker's tone
    cut = 'He called the program "a plan to cut school lunch money, a shameful failure."'
    assert _toward_actor(cut, camps) < 0
    # a harm the speaker says the action brings is theirs too
    brings = 'He called the program "a disaster that will bring more crashes to our city."'
    assert _toward_actor(brings, camps) < 0


def test_a_kind_of_care_is_no_tone_and_an_afterthought_is_one() -> None:
    from briefing.stages.quotes.stances import MIN_POLARITY
    from briefing.text.polarity import polarity

    # "care" names a service here: the clause that judges the board reads as no praise of it
    assert polarity("The board is treating child care like an afterthought") < MIN_POLARITY
    assert polarity("Health care costs rose last year") == 0
    # the verb still reads as the speaker's own care
    assert polarity("We care about these families") > 0
    assert polarity("This deal is a bait and switch") < 0


def test_a_speech_verbs_form_after_an_article_or_a_preposition_is_a_noun() -> None:
    from briefing.stages.quotes.stances import _reports_speech

    shot = (
        "District Attorney Renata Voss announced that a grand jury had declined to indict the "
        "deputy who shot Hollins, a warehouse supervisor, during a traffic stop on State Route 9."
    )
    # "on State Route 9" is a road: Hollins says nothing in this sentence
    assert not _reports_speech(shot.lower(), ["hollins"])
    called = "Mayor Ann Lee, whose town counts the call center as its employer, stayed home."
    assert not _reports_speech(called.lower(), ["ann lee"])
    assert _reports_speech("hollins said the county had failed her son.", ["hollins"])


def test_no_one_having_the_decency_is_an_accusation() -> None:
    from briefing.stages.quotes.stances import ACCUSATION_TONE, _tone

    assert _tone("Nobody from that office had the decency to call me first") <= -ACCUSATION_TONE
    assert _tone("They did not have the courage to face us") <= -ACCUSATION_TONE
    assert _tone("She had the courage to act") > 0
