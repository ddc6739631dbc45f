from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.stages.clean import clean, paragraph_reason
from briefing.text import sentences as split_sentences
from tests.articles import make_article

REPORT = "The council voted 5-2 on Monday to approve the new budget for the city."


@pytest.mark.parametrize(
    ("para", "reason"),
    [
        ("• YOU MAY ALSO LIKE TO WATCH THIS TRENDING STORY. Ghost house tour", "promo"),
        ("Related Stories", "promo"),
        ("Like this article? Share it with your friends!", "share prompt"),
        ("Leave a Reply", "comment form"),
        ("Your email address will not be published. Required fields are marked *", "comment form"),
        (
            "A crowd gathers outside the hall on Monday. (AP Photo/Jane Doe)",
            "photo caption or credit",
        ),
        ("The mayor speaks. (John Roe/AFP via Getty Images)", "photo caption or credit"),
        (
            "FILE - The mayor speaks during a news conference, May 9, 2023.",
            "photo caption or credit",
        ),
        ("Officers stand by the road. (Springfield Police Department)", "photo caption or credit"),
        (
            "Ann Lee is a politics reporter at The Daily. "
            "Story tips can be sent to ann@daily.example",
            "author bio or contact line",
        ),
        ("3 min read", "read-time line"),
        ("June 21, 2025", "date or label line"),
        ("Published", "date or label line"),
        ("HomePoliticsCouncil approves budgetLocal", "breadcrumbs or tag list"),
        ("Home > Politics > Local", "breadcrumbs or tag list"),
        ("The Council's Decision", "heading or label"),
        ("Deck praises the 'Safe Streets' plan", "heading or label"),
    ],
)
def test_boilerplate_paragraphs_are_dropped_with_a_reason(para: str, reason: str) -> None:
    assert paragraph_reason(para) == reason


@pytest.mark.parametrize(
    "para",
    [
        REPORT,
        "Critics said the plan (which costs $5 million) was rushed.",
        '"We will appeal," the mayor said.',
        "Readers wrote to the paper about the budget, and the editor answered each letter.",
    ],
)
def test_reporting_is_kept(para: str) -> None:
    assert paragraph_reason(para) is None


def test_opinion_box_and_tag_list_after_labels() -> None:
    article = make_article(
        "Council approves budget",
        REPORT,
        "Topics",
        "Budget Council City Hall",
        "Editor's Comments",
        "The council has lost its mind, and everybody knows it.",
        "Nobody should trust them again.",
    )
    doc = clean(article)
    reasons = {span.text: span.reason for span in doc.dropped}
    assert reasons["Budget Council City Hall"] == "breadcrumbs or tag list"
    assert reasons["The council has lost its mind, and everybody knows it."] == "opinion box"
    assert reasons["Nobody should trust them again."] == "opinion box"
    assert [s.text for s in doc.sentences] == [REPORT]


def test_caption_printed_twice_drops_both() -> None:
    caption = "Officers patrol the highway near the border."
    doc = clean(make_article("T x y z", REPORT, caption, caption + " (State Police Department)"))
    assert [s.text for s in doc.sentences] == [REPORT]


def test_a_wire_photo_caption_inside_the_text_is_no_reporting() -> None:
    caption = (
        "Mayor Ann Lee waves to supporters in Riverside, Friday, May 3, 2019, at Lakeside Park."
    )
    doc = clean(make_article("T x y z", f"{REPORT} {caption}"))
    assert [s.text for s in doc.sentences] == [REPORT]
    assert "photo caption" in {span.reason for span in doc.dropped}
    # reporting that dates a day in full is kept
    dated = "The council voted on Friday, May 3, 2019, to approve the Riverside plan."
    doc = clean(make_article("T x y z", f"{REPORT} {dated}"))
    assert [s.text for s in doc.sentences] == [REPORT, dated]


def test_an_outlets_bio_of_its_own_journalist_inside_reporting_is_dropped() -> None:
    bio = "Lakeside Weekly staff writer Ann Lee has covered the outbreak since it began in May."
    doc = clean(make_article("T x y z", f"{REPORT} {bio}"))
    assert [s.text for s in doc.sentences] == [REPORT]
    assert "author bio or contact line" in {span.reason for span in doc.dropped}
    # a journalist in the news is reporting
    news = "Lakeside Weekly staff writer Ann Lee was arrested on Monday outside the city hall."
    doc = clean(make_article("T x y z", f"{REPORT} {news}"))
    assert [s.text for s in doc.sentences] == [REPORT, news]


def test_machine_rewrite_meta_sentences_and_news_labels() -> None:
    meta = "Details of the vote are not available in the provided summary."
    doc = clean(make_article("T x y z", f"BREAKING: {REPORT} {meta}"))
    assert [s.text for s in doc.sentences] == [REPORT]
    assert {span.reason for span in doc.dropped} >= {"news label", "machine-rewrite meta text"}
    # a title-case label with a colon too; a sentence merely opening on the word stays whole
    signed = "Gov. Ann Lee signed it on Tuesday at City Hall before a crowd."
    doc = clean(make_article("T x y z", f"Updated: {REPORT} {signed}"))
    assert [s.text for s in doc.sentences] == [REPORT, signed]
    update = "Update reports from the county arrived on Monday, officials said."
    assert [s.text for s in clean(make_article("T x y z", update)).sentences] == [update]


def test_sentence_offsets_slice_the_original_text() -> None:
    doc = clean(make_article("T x y z", REPORT + " Gov. Ann Lee signed it.", "Second para here."))
    for sentence in doc.sentences:
        assert doc.article.text[sentence.start : sentence.end] == sentence.text
    assert doc.kept and all(doc.article.text[s:e].strip() for s, e in doc.kept)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gov. Ron Smith met U.S. officials on Sept. 5 in Washington. They agreed.",
            ["Gov. Ron Smith met U.S. officials on Sept. 5 in Washington.", "They agreed."],
        ),
        (
            "J. R. Doe paid $3.5 million. It rose 2.5%.",
            ["J. R. Doe paid $3.5 million.", "It rose 2.5%."],
        ),
        (
            '"We won," she said. "Now we rest." He left.',
            ['"We won," she said.', '"Now we rest."', "He left."],
        ),
        (
            '"Is it over?" she asked. No one answered.',
            ['"Is it over?" she asked.', "No one answered."],
        ),
        ("Dr. Lee works at Acme Inc. in town.", ["Dr. Lee works at Acme Inc. in town."]),
    ],
)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected


@given(st.text(max_size=400))
def test_split_sentences_offsets_always_slice(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]
        last = end


@pytest.mark.parametrize(
    ("para", "reason"),
    [
        ("Copyright 2024 The Daily Planet. All rights reserved.", "credit or copyright line"),
        ("(Reporting by Jane Doe; Editing by John Roe)", "credit or copyright line"),
        ("The Associated Press contributed to this report.", "credit or copyright line"),
        ("This story has been updated with additional information.", "credit or copyright line"),
        (
            "Correction: An earlier version of this story gave the wrong date of the vote.",
            "credit or copyright line",
        ),
        (
            "Editor's note: An earlier version misspelled the mayor's name.",
            "credit or copyright line",
        ),
        ("Photo: Jane Doe/Reuters", "photo caption or credit"),
        ("Related: Council delays vote on stadium", "promo"),
        ("Get the latest news delivered to your inbox.", "promo"),
        ("Tags: budget, council, stadium", "breadcrumbs or tag list"),
    ],
)
def test_wire_credits_copyright_and_labelled_lines(para: str, reason: str) -> None:
    assert paragraph_reason(para) == reason


def test_reporting_about_copyright_is_kept() -> None:
    text = "The company's copyright lawsuit against the city was dismissed on Monday by a judge."
    assert paragraph_reason(text) is None


def test_a_disabled_rule_keeps_what_it_would_drop() -> None:
    para = "Related Stories"
    assert paragraph_reason(para) == "promo"
    # with the promo rule off, the next rule that matches decides
    assert paragraph_reason(para, disabled={"promo"}) == "heading or label"
    assert paragraph_reason(para, disabled={"promo", "labelled-line", "heading"}) is None


def test_clean_skips_disabled_rules() -> None:
    article = make_article("Title", REPORT, "Leave a Reply", REPORT + " Again.")
    assert "comment form" in {d.reason for d in clean(article).dropped}
    kept = clean(article, disabled={"comment-form", "heading"})
    assert "comment form" not in {d.reason for d in kept.dropped}
    assert any("Leave a Reply" in s.text for s in kept.sentences)


def test_the_title_printed_again_as_the_first_line_is_no_reporting() -> None:
    article = make_article(
        "Mayor Ann Lee Removed From Riverside Debate Site by Police",
        "Mayor Ann Lee removed from Riverside debate site by police.",
        "Mayor Ann Lee was escorted off the premises of Riverside University on Monday.",
    )
    doc = clean(article)
    assert [s.text for s in doc.sentences] == [
        "Mayor Ann Lee was escorted off the premises of Riverside University on Monday."
    ]
    assert any(span.reason == "title repeated" for span in doc.dropped)
    # the full stop inside the closing quotation mark is style too
    quoted = make_article(
        "Mayor Ann Lee Calls the Plan a ‘Disgusting Fraud’",
        "Mayor Ann Lee Calls the Plan a ‘Disgusting Fraud.’",
        "Mayor Ann Lee spoke on Monday at Riverside City Hall about the parks plan.",
    )
    assert len(clean(quoted).sentences) == 1


def test_a_title_printed_again_over_two_lines_is_no_reporting() -> None:
    article = make_article(
        "Lee questions the moderators; Talk compared to working the referees",
        "Lee questions the moderators;\nTalk compared to working the referees.",
        "Mayor Ann Lee is saying little about debate preparation in Riverside this week.",
    )
    assert [s.text for s in clean(article).sentences] == [
        "Mayor Ann Lee is saying little about debate preparation in Riverside this week."
    ]
    # two lines that only begin the title are reporting
    partial = make_article(
        "Lee questions the moderators; Talk compared to working the referees",
        "Lee questions the moderators;\nThe council met on Monday in Riverside.",
    )
    assert len(clean(partial).sentences) == 2


def test_the_subtitle_between_a_title_printed_again_and_a_datelined_lede_is_dropped() -> None:
    article = make_article(
        "Riverside struggles to return to normal after the flood",
        "Riverside struggles to return to normal after the flood.",
        "Curfew lifted, but city still in limbo as Guard patrols quiet streets.",
        "RIVERSIDE - Nearly a week after the flood, the city remains in a state of limbo.",
    )
    doc = clean(article)
    assert [s.text for s in doc.sentences] == [
        "RIVERSIDE - Nearly a week after the flood, the city remains in a state of limbo."
    ]
    assert any(span.reason == "subtitle" for span in doc.dropped)
    # without a dateline after it, the short line may be the lede itself
    plain = make_article(
        "Riverside struggles to return to normal after the flood",
        "Riverside struggles to return to normal after the flood.",
        "The Riverside curfew was lifted on Sunday night.",
        "Mayor Ann Lee said the city remains in a state of limbo.",
    )
    assert len(clean(plain).sentences) == 2
