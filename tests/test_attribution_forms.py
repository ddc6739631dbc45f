"""Newsroom attribution forms: each invented sentence gives its quote the right speaker.

Every form a wire or newspaper story uses to say who spoke, in one place, so that a change to
the cue rules that breaks one shows here (the PolNeAR and BASIL figures are the corpus-scale
check; these are the forms those corpora hold too few of to notice)."""

from __future__ import annotations

import pytest

from briefing.stages.quotes import extract_quotes

Q = "“We will not close the harbor without a vote of the people,”"
Qs = "“We will not close the harbor without a vote of the people.”"
intro = "Mayor Ann Lee spoke on Monday about the harbor plan.\n\n"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{Q} said spokesman Dan Ellis.", "Dan Ellis"),
        (f"{Q} said Sen. Maria Vance, D-Ore.", "Maria Vance"),
        (intro + f"{Q} Lee told reporters.", "Ann Lee"),
        (f"{Q} according to a statement from the Lakeside Council.", "Lakeside Council"),
        (intro + f"In a statement, Lee said: {Qs}", "Ann Lee"),
        (f"Ann Lee, who chairs the committee, said {Qs}", "Ann Lee"),
        (intro + f"{Q} she said.", "Ann Lee"),
        (intro + f"{Q[:-2]}” Lee wrote on Twitter.", "Ann Lee"),
        (f"{Q} said Ann Lee, the group’s director.", "Ann Lee"),
        (intro + f"Lee added: {Qs}", "Ann Lee"),
        (f"{Q} Ann Lee, 45, said.", "Ann Lee"),
        (f"{Q} Dan Ellis and Ann Lee said in a joint statement.", "Dan Ellis and Ann Lee"),
        (intro + f"Asked about the plan, Lee said: {Qs}", "Ann Lee"),
        (intro + f"{Q} Lee said in an interview with the Times.", "Ann Lee"),
        (intro + f"As Lee put it, {Qs}", "Ann Lee"),
        (intro + f"{Q} Lee posted on Facebook.", "Ann Lee"),
        (f"Lee’s spokeswoman, Ann Ross, said {Qs}", "Ann Ross"),
        (f"{Q} a spokeswoman for Mayor Lee, Ann Ross, said.", "Ann Ross"),
        (intro + f"{Q} Lee quipped.", "Ann Lee"),
        (intro + f"Lee went further: {Qs}", "Ann Lee"),
        (f"{Qs} — Ann Lee, mayor of Lakeside", "Ann Lee"),
        (intro + f"{Q} Lee said of the plan.", "Ann Lee"),
        (intro + f"{Q} Lee said Tuesday night.", "Ann Lee"),
        (f"{Q} said Ann Lee, who voted against the bill.", "Ann Lee"),
        (intro + f"{Q} read a statement from Lee.", "Ann Lee"),
        (intro + f"Lee, speaking to reporters, said {Qs}", "Ann Lee"),
        (intro + f"{Q} Lee insisted.", "Ann Lee"),
        (intro + f"{Q} Lee fumed.", "Ann Lee"),
        (intro + f"{Q} Lee implored.", "Ann Lee"),
        (f"{Q} Rep. Ann Lee (D-Ore.) said in a statement.", "Ann Lee"),
        (f"{Q} said Ann Lee, a Democrat from Ohio.", "Ann Lee"),
        (f"{Q} former Gov. Ann Lee said.", "Ann Lee"),
        (f"{Q} Ann Lee tells CNN.", "Ann Lee"),
        (intro + f"{Q} Lee told The Associated Press.", "Ann Lee"),
        (f"The mayor, Ann Lee, said {Qs}", "Ann Lee"),
        (intro + f"{Q} the mayor said.", "Ann Lee"),
        (intro + f"{Q} Lee said, adding that the vote would come in May.", "Ann Lee"),
        (f"Ann Lee put it bluntly: {Qs}", "Ann Lee"),
        (f"{Q} Ann Lee, the mayor of Lakeside, said Monday.", "Ann Lee"),
        (f"Said Ann Lee: {Qs}", "Ann Lee"),
        (f"{Q} said state Sen. Ann Lee.", "Ann Lee"),
        (f"{Q} said Lee’s spokesman, Tom Reyes.", "Tom Reyes"),
        (f"{Q} Tom Reyes, Lee’s lawyer, said.", "Tom Reyes"),
        (f"{Q} said Ann Lee, whose group sued the city.", "Ann Lee"),
        (f"{Q} said Beto O’Rourke.", "Beto O’Rourke"),
        (f"{Q} said Ann Lee-Ross.", "Ann Lee-Ross"),
        (f"{Q} said Tom Reyes Jr.", "Tom Reyes Jr."),
        (f"{Q} said Dr. Ann Lee.", "Ann Lee"),
        (f"{Q} the White House said in a statement.", "White House"),
        (f"{Q} the Lakeside Police Department said in a statement.", "Lakeside Police Department"),
        (intro + f"{Q} Lee implored.", "Ann Lee"),
        (intro + f"{Q} Lee gushed.", "Ann Lee"),
        (intro + f"Ann Lee was in Riverside on Monday. {Q} she told a news agency.", "Ann Lee"),
        (intro + f"Lee, in a statement, said {Qs}", "Ann Lee"),
        (intro + f"In an interview, Lee said {Qs}", "Ann Lee"),
        (f"{Q} Ann Lee said. “We will vote in May.”", "Ann Lee"),
        (intro + f"{Q} Lee told the Lakeside Weekly on Tuesday.", "Ann Lee"),
        (f"{Q} said Ann Lee, the mayor.", "Ann Lee"),
        (f"Tom Reyes, a lawyer for Ann Lee, said {Qs}", "Tom Reyes"),
        (
            f"{Q} said Ann Lee, who leads the Lakeside Anglers Club, a group of fishing crews.",
            "Ann Lee",
        ),
        (intro + f"{Q} Lee wrote in an op-ed for the Lakeside Weekly.", "Ann Lee"),
        (f"In a letter to the council, Ann Lee wrote: {Qs}", "Ann Lee"),
        (intro + f"{Q} Lee said, before adding: “We will vote in May.”", "Ann Lee"),
        (f"{Q} Ann Lee, the mayor of Lakeside, told reporters Monday.", "Ann Lee"),
        (f"{Q} says Ann Lee, 45, a lawyer.", "Ann Lee"),
        (f"{Q} Lakeside Mayor Ann Lee said.", "Ann Lee"),
        (f"{Q} said the mayor, Ann Lee.", "Ann Lee"),
        (f"{Q} Ann Lee (R-Ohio) said.", "Ann Lee"),
        (f"{Q} said Rep. Ann Lee, R-Ohio, in a statement.", "Ann Lee"),
        (f"{Q} House Speaker Ann Lee, D-Calif., said.", "Ann Lee"),
        (f"{Q} the ACLU said.", "ACLU"),
        (f"{Q} said Ann Lee, chair of the House Judiciary Committee.", "Ann Lee"),
        (f"Democratic Sen. Ann Lee of Ohio said {Qs}", "Ann Lee"),
        (f"Ann Lee, the Democratic senator from Ohio, tweeted: {Qs}", "Ann Lee"),
        # an opening word or phrase before a comma is no speaker
        (
            "The judge ruled on Monday. However, Ann Lee’s brief said that was not her view "
            "and dismissed those reports as “misread statements.”",
            "Ann Lee",
        ),
        (
            "Down in the polls, Gov. Ann Lee is on the attack, claiming in a new ad that Tom "
            "Reyes is waging a “war on the harbor,” and she can defend it.",
            "Ann Lee",
        ),
        # an office named with "of" is one title, before or after the quote
        (f"Secretary of State Ann Lee said: {Qs}", "Ann Lee"),
        (f"{Q} Secretary of State Ann Lee said.", "Ann Lee"),
        (f"Secretary of the Interior Ann Lee said: {Qs}", "Ann Lee"),
        # titles of office in their many newsroom forms
        (f"Defense Secretary Ann Lee said: {Qs}", "Ann Lee"),
        (f"{Q} Homeland Security Secretary Ann Lee said.", "Ann Lee"),
        (f"White House press secretary Ann Lee said {Qs}", "Ann Lee"),
        (f"{Q} Senate Majority Leader Ann Lee said.", "Ann Lee"),
        (f"{Q} House Speaker Ann Lee (D-Calif.) said.", "Ann Lee"),
        (f"{Q} FBI Director Ann Lee told reporters.", "Ann Lee"),
        (f"{Q} Sen. Ann Lee (R-S.C.) told reporters.", "Ann Lee"),
        (f"{Q} said U.S. Attorney Ann Lee.", "Ann Lee"),
        (f"Chief Justice Ann Lee wrote for the court: {Qs}", "Ann Lee"),
        (f"{Q} Rep. Ann Lee-Ortiz (D-N.Y.) tweeted.", "Ann Lee-Ortiz"),
        (f"{Q} Lt. Gov. Ann Lee said.", "Ann Lee"),
        (f"{Q} Vice President Ann Lee said.", "Ann Lee"),
        (f"{Q} former Vice President Ann Lee said.", "Ann Lee"),
        (f"{Q} White House spokesman Tom Reyes said.", "Tom Reyes"),
        (f"{Q} Treasury Secretary Ann Lee said.", "Ann Lee"),
        (f"{Q} Sen. Ann Lee, D-N.Y., the minority leader, said.", "Ann Lee"),
        (f"{Q} Dr. Ann Lee told the Lakeside Weekly.", "Ann Lee"),
        (f"U.S. District Judge Ann Lee wrote: {Qs}", "Ann Lee"),
        (f"Justice Ann Lee wrote in a dissent: {Qs}", "Ann Lee"),
        (f"{Q} the Rev. Ann Lee said.", "Ann Lee"),
        (f"{Q} Ann Lee, the state’s attorney general, said.", "Ann Lee"),
        (f"{Q} said Ann Lee, president of the Lakeside Anglers Club.", "Ann Lee"),
        (f"{Q} Lakeside Police Chief Ann Lee said at a news conference.", "Ann Lee"),
        (f"Minister of Finance Ann Lee told parliament: {Qs}", "Ann Lee"),
        (f"{Q} Prime Minister Ann Lee said.", "Ann Lee"),
        (f"{Q} German Chancellor Ann Lee said.", "Ann Lee"),
        (f"{Q} Sen. Ann Lee of Ohio, the top Democrat on the panel, said.", "Ann Lee"),
        (f"{Q} Ann Lee, a spokeswoman for the Lakeside Port Authority, said.", "Ann Lee"),
        # an organization named "X of Y" before its verb
        (f"The University of Lakeside said: {Qs}", "University of Lakeside"),
        (f"The Bank of Lakeside said in a statement: {Qs}", "Bank of Lakeside"),
        (f"Rep. Ann Lee of Ohio said: {Qs}", "Ann Lee"),
        # the sentence after a quote paragraph says whose words they were
        (f"{Qs}\n\nThat was the message from Mayor Ann Lee on Monday.", "Ann Lee"),
        (f"{Qs}\n\nSo said Mayor Ann Lee on Monday.", "Ann Lee"),
        (f"{Qs} Those were the words of Mayor Ann Lee on Monday.", "Ann Lee"),
        # a paraphrase paragraph, then the speaker's quote as a paragraph of its own
        (
            f"In a statement, the Lakeside Port Authority said it would fight the plan.\n\n{Qs}",
            "Lakeside Port Authority",
        ),
        (f"Ann Lee said talks can go on once the harbor reopens.\n\n{Qs}", "Ann Lee"),
        # quotes over two paragraphs, nested marks, alternating speakers, local titles
        (
            "“We will not close the harbor without a vote of the people,” Mayor Ann Lee "
            "said. “The fishing crews deserve that much.\n\n“And the council knows it.”",
            "Ann Lee",
        ),
        ("“They called it a ‘done deal,’ but it is not,” Mayor Ann Lee said.", "Ann Lee"),
        (
            "According to Mayor Ann Lee, “the harbor will not close without a vote of the people.”",
            "Ann Lee",
        ),
        (
            "Mayor Ann Lee said the harbor would stay open. “We will not close it without a "
            "vote,” she added.",
            "Ann Lee",
        ),
        (
            "“We will not close the harbor,” Mayor Ann Lee said.\n\n“That is not what the "
            "plan says,” Councilor Tom Reyes replied.",
            "Tom Reyes",
        ),
        (
            "“We will not close the harbor,” Mayor Ann Lee said, “without a vote of the people.”",
            "Ann Lee",
        ),
        (
            "At a crowded meeting in the Riverside library on Monday night, Mayor Ann Lee "
            "made her case: “We will not close the harbor without a vote.”",
            "Ann Lee",
        ),
        (
            "“We will not close the harbor without a vote,” Mayor Ann Lee told the Lakeside "
            "Weekly in an interview on Monday.",
            "Ann Lee",
        ),
        (
            "In an op-ed for the Lakeside Weekly, Mayor Ann Lee wrote that “the harbor will "
            "not close without a vote of the people.”",
            "Ann Lee",
        ),
        (
            "Asked whether she would sign the plan, Mayor Ann Lee said: “Not without a vote "
            "of the people.”",
            "Ann Lee",
        ),
        # what someone said, named by its owner
        (f"{intro}Lee’s response was blunt: {Qs}", "Ann Lee"),
        # a title that is not yet held
        (f"{Q} President-elect Ann Lee said.", "Ann Lee"),
        (f"{Q} Gov.-elect Ann Lee said.", "Ann Lee"),
        # a pronoun with its verb contracted onto it
        (
            intro + "She’s claiming that the plan is “a big, big problem for this city.”",
            "Ann Lee",
        ),
        # a plea or an appeal whose words are quoted: the one who made it
        (
            "The Lakeside Tenants Union, in a letter to the council, encouraged members to vote "
            "against the plan because of “rents that no family in this city can pay.”",
            "Lakeside Tenants Union",
        ),
        (
            "Ann Lee tweeted on Monday and encouraged voters to “come out and close the harbor "
            "for good.”",
            "Ann Lee",
        ),
        # a two-word role in lower case before an inverted name
        (f"{Q} said state climatologist Dan Ellis-Moore.", "Dan Ellis-Moore"),
        (f"{Q} said charge nurse Ann Ross.", "Ann Ross"),
        # the writer paraphrases a speaker, then quotes them in the same paragraph
        (
            "Dr. Ann Lee, director of the Lakeside Water Authority, said the reservoir was low. "
            "“We are asking everyone to save water. It will be a long summer.”",
            "Ann Lee",
        ),
        ("Ann Lee said the reservoir was low. “We are asking everyone to save water.”", "Ann Lee"),
        # the sentence after the quote says whose words they were
        (f"{Qs} The remark came from Ann Lee, a retired nurse, at the meeting.", "Ann Lee"),
        (f"{Qs} That’s what Ann Lee told the Lakeside Ledger on Friday.", "Ann Lee"),
        (f"{Qs}\n\nThat was how Ann Lee, a retired nurse, put it as she left.", "Ann Lee"),
        (
            f"{Qs} The line, delivered by Mayor-elect Ann Lee to a packed hall, drew cheers.",
            "Ann Lee",
        ),
        # a role noun the sentence before gave the person just named
        (
            "The county coroner, Dr. Tom Reyes, released his findings Friday. “The cause of death "
            "was a fall,” the coroner said.",
            "Tom Reyes",
        ),
        (
            "Ann Lee was hired as head coach in May. “I have waited my whole career for this,” "
            "the first-year coach said.",
            "Ann Lee",
        ),
        # "the company" for the body a sentence just before opens on, whatever its name
        (
            "Lakeside Dairy recalled 4,000 cartons of milk on Monday. “We are asking customers "
            "to return the product,” the company said in a statement.",
            "Lakeside Dairy",
        ),
        # the next paragraph takes the quote up ("that rebuttal") and opens on who gave it
        (
            f"{Qs}\n\nDr. Ann Lee, who chairs the panel, offered that rebuttal on Monday when "
            "senators pressed her.",
            "Ann Lee",
        ),
        # "said it had confirmed": the body that said so, not "it"
        (
            "Storms hit the county. The Lakeside Weather Office said it had confirmed “at least "
            "one brief tornado” near the river.",
            "Lakeside Weather Office",
        ),
        # the passive of "quote": its subject spoke
        (f"{intro}The vote is “a rehearsal for defeat,” Lee was quoted as saying.", "Ann Lee"),
        # a time phrase between the speaker and the verb
        (
            "Lakeside Harbor press secretary Ann Ross on Friday defended the delay, saying the "
            "city needed “more runway” to comply.",
            "Ann Ross",
        ),
        # a description, then the name set off by commas
        (
            "The plan divided the street. Her neighbor, Tom Reyes, disagreed: “It is a park.”",
            "Tom Reyes",
        ),
    ],
)
def test_the_quote_has_the_right_speaker(text: str, speaker: str) -> None:
    assert speaker in [q.speaker for q in extract_quotes(text)]


def test_an_adverb_is_no_role() -> None:
    text = (
        "Ann Lee, meanwhile, said “We will not close the harbor without a vote.” Lee said "
        "“We will vote in May.”"
    )
    quotes = extract_quotes(text)
    assert quotes and all(q.speaker == "Ann Lee" and q.role != "meanwhile" for q in quotes)


def test_a_thing_near_the_quote_is_no_role() -> None:
    text = (
        "“We will not close the harbor without a vote,” Lakeside Action’s website said on Monday."
    )
    (quote,) = extract_quotes(text)
    assert quote.role != "website"


def test_a_quality_or_a_piece_of_the_sentence_is_no_role() -> None:
    from briefing.stages.quotes.speakers import _plausible

    pieces = ("early Friday", "under fire over his taxes", "move reeks of “fear”", "allies --")
    pieces += ("encouraging hunters", "saying")
    for quality in ("incredulous", "mental", "sponsored", "three", "over", "original", *pieces):
        assert _plausible(quality) is None, quality
    for role in ("official", "critic", "fellow", "spokeswoman", "organizer", "general counsel"):
        assert _plausible(role) == role


def test_a_quote_inside_a_paragraph_keeps_its_speaker() -> None:
    # the second half of a split quote is Lee's, whatever the sentence after it says
    text = (
        "“We will not close the harbor without a vote of the people,” Lee said. “We will vote "
        "in May.” That was the message from the council too."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Lee"]


def test_a_long_apposition_still_gives_the_role_and_the_organization() -> None:
    text = (
        f"{intro}{Q} said Tom Reyes, director of immigration policy and campaigns at the "
        "Riverside Civil Liberties Union."
    )
    (quote,) = [q for q in extract_quotes(text) if q.speaker == "Tom Reyes"]
    assert quote.role == "director of immigration policy and campaigns"
    assert quote.organization == "Riverside Civil Liberties Union"


def test_a_reply_after_the_first_speakers_cue_is_the_second_speakers() -> None:
    text = (
        "“This is a sad day for the Senate,” said Sen. Tom Reyes, R-Ohio. Sen. Ann Lee, "
        "D-Ore., responded: “The only sad thing is that it took this long.”"
    )
    quotes = {q.text: q.speaker for q in extract_quotes(text)}
    assert quotes == {
        "This is a sad day for the Senate": "Tom Reyes",
        "The only sad thing is that it took this long.": "Ann Lee",
    }


@pytest.mark.parametrize(
    "text",
    [
        # a second fragment after "but" and a verb: the same subject's words
        "Ann Lee of the Lakeside Institute said the plan could be “a game changer” but "
        "cautioned that building it was “at least a decade away.”",
        # a second fragment of one reported speech, joined by "and that"
        "Ann Lee said the harbor plan remained “on track” and that more money would come “in "
        "due course.”",
        # a long subject: titles and a place around the name
        "Fellow Democratic Sen. Ann Lee of Ohio criticized the plan for “ignoring renters,” but "
        "also called it “a first step.”",
    ],
)
def test_every_fragment_of_one_subjects_sentence_is_theirs(text: str) -> None:
    quotes = extract_quotes(text)
    assert len(quotes) == 2
    assert [q.speaker for q in quotes] == ["Ann Lee", "Ann Lee"]


def test_a_pronoun_in_an_exchange_is_the_one_its_sex_fits() -> None:
    text = (
        "The hearing grew testy when Sen. Lorraine Vance pressed the nominee.\n\n"
        "“Yes or no, Mr. Ellis?” Vance asked.\n\n"
        "“Senator, it is not a yes-or-no question,” replied Gordon Ellis, the nominee.\n\n"
        "“It is to me,” she said."
    )
    speakers = [q.speaker for q in extract_quotes(text)]
    assert speakers[-2:] == ["Gordon Ellis", "Lorraine Vance"]


def test_an_unnamed_source_keeps_whom_they_are_close_to() -> None:
    text = (
        "Rep. Ann Lee is weighing a run.\n\n"
        "A person close to the congresswoman was more direct: “She is going to run.”"
    )
    assert [q.speaker for q in extract_quotes(text)] == ["person close to the congresswoman"]
