"""Wording rules shared by facts and headline: a sentence that stands alone, in our brackets.

A fact is a source sentence shown verbatim, except where newsroom convention lets an editor add
words in square brackets: a leading connective is cut and the next letter capitalised
("[C]ritics, including..."), and a pronoun subject is replaced by the one person the article
names just before ("[Dale Harmon] said..."). A trailing "according to" or participial clause may
be cut so the fact claims no more than its citers state. When a sentence leans on something it
cannot show ("They", "This", "The move"), it is not a fact's wording.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefing.text.tokens import outside_quotes

DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,15}(?: [A-Z][A-Za-z.]{1,15})?)?"
    r"(?:\s*\([^)]{1,30}\))?\s*[—―–-]{1,2}\s+"
)
CONNECTIVE = re.compile(
    r"^(However|But|Yet|And|Also|Still|Meanwhile|Moreover|Furthermore|Additionally|In addition|"
    r"Conversely|Nevertheless|Nonetheless|Instead|Indeed|Further|Thus|Therefore|So|Now|Then|"
    r"Despite this|Even so|On the other hand|In contrast|At the same time|Separately|Likewise|"
    r"Similarly|Later|Earlier|Previously|Since then|After that)\b,?\s+",
    re.I,
)
_PERSONAL = re.compile(
    r"^(He|She|The (?i:governor|senator|congressman|congresswoman|mayor|candidate|"
    r"chairman|chairwoman|nominee|attorney general|A\.G\.|sheriff|commissioner))"
    r"(?!\w),?\s+(?!is\b|was\b|has\b)"
)
"""A pronoun or bare-role subject that may be resolved ("He said", "The A.G. said"); "He is"
describes, it does not report."""
DANGLING = re.compile(
    r"^(This|These|That|Those|They|Their|Them|It|It's|It’s|Its|Such|He|She|His|Her|There|"
    r"Here|The (?:move|decision|remarks?|comments?|statement|announcement|following|same|"
    r"latter|former|incident|episode|effort|report|letter|request|deal|two|three|group|"
    r"pair|man|woman|men|women|agency|company|official|officials|"
    # a bare role names someone the sentence before introduced: "The governor faces..."
    r"(?i:governor|senator|congressman|congresswoman|representative|president|mayor|"
    r"candidate|lawmaker|chairman|chairwoman|secretary|minister|speaker|judge|justice|"
    r"nominee|attorney general|A\.G\.|sheriff|chief|commissioner|spokesman|spokeswoman)))"
    r"(?!\w)"
)
"""Openers that point at something said before: such a sentence cannot stand alone."""
_BACK_REFERENCE = re.compile(
    # "The measure", "The religion bill", "the sweeping legislation": a thing named before
    r"^(?:\(|(?:The|This|That|Those|These)(?: [a-z][\w-]*)? (?:measure|bill|legislation|"
    r"law|ad|ads|advertisement|report|article|story|memo|letter|interview|speech|video|"
    r"photo|tweet|post|resolution|proposal|plan|policy|order|ruling|action|investigation|"
    r"probe|case|lawsuit|suit|vote|agreement|event|meeting|hearing|debate|remarks?|comments?|"
    r"claims?|allegations?|program|effort|change|changes|announcement|decision|aide|aides|"
    r"spokesman|spokeswoman|official|committee's|panel's|administration's|offer|source|"
    r"newspaper's|newspaper|panel|suspect|package|packages|message|messages|email|emails|"
    r"document|documents|compromise|group|groups|company|agency|campaign's|visit|trip)\b|"
    # "Moments later", "Shortly thereafter": a time only the sentence before gives
    r"(?:Moments|Minutes|Hours|Days|Weeks|Months|Years|Shortly|Soon|Not long) (?:later|after|"
    r"afterward|thereafter|before)\b|(?:By|At|Around) (?:the|that) time\b|(?:That|The) "
    r"(?:same|next|following|previous) (?:day|week|month|year|morning|night|evening)\b|"
    r"(?:Thereafter|Afterward|Afterwards|Later that)\b)"
)
_POINTING = re.compile(
    r"\b(?:that|those|these) (?:date|day|time|remarks|comments|statement|statements|report|"
    r"decision|move|incident|claims|allegations|measure|bill|plan|letter|comment|remark|"
    r"episode|exchange|meeting|call|conversation|speech|interview|ad|video|photo|tweet)\b"
)
"""Mid-sentence demonstratives that point back ("through that date", "those remarks")."""
# "In a statement released Tuesday, he decried...": the subject after an opening phrase
_INNER_PRONOUN = re.compile(r"^[^,“\"]{3,60},\s+(?:he|she|they|it|this|these)\s", re.I)
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.\s+(?P<sur>[A-Z][\w'’-]+)")
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]*)*")
# capitalised words that start a run but are no first name
_NOT_FIRST = frozenset(
    "The A An In On At For And But Mr Mrs Ms Dr Gov Sen Rep President Senator Governor Mayor "
    "Judge Justice Secretary General Officer Chief Director Former New North South East West "
    "United Supreme White House Senate Congress Department City County State Republican "
    "Democrat Democratic Republicans Democrats Speaker Minister Prime Vice Attorney Tea Party Mr "
    "Mrs Ms Dr Rep Sen Gov Representative Council Member Commissioner Chairman Spokesman "
    "Spokeswoman "
    "National American Monday Tuesday Wednesday Thursday Friday Saturday Sunday January "
    "February March April May June July August September October November December".split()
)
_TRAILING = re.compile(
    r",\s+(?:according to|saying|adding|citing|noting|calling|arguing|claiming|prompting|"
    r"drawing|sparking|insisting|suggesting|fueling|signaling|underscoring|highlighting|"
    r"raising|marking|leaving|[a-z]+ly [a-z]+ing|which|while|even as|amid|despite|a move|"
    r"in a move|in what)\b[^\"“”]*$"
    # a trailing dash aside: "... on Tuesday — the latest sign of ..."
    r"|\s+[—–]\s+[^—–\"“”]*$"
)


def unbracket(text: str) -> str:
    """Return text without our brackets: "[Harmon] said" -> "Harmon said"."""
    return re.sub(r"\[([^\]]*)\]", r"\1", text)


@dataclass(frozen=True, slots=True)
class Wording:
    """How a sentence is shown: `inserted` + sentence[start:end] + `appended`."""

    text: str
    inserted: str
    start: int
    end: int
    appended: str = ""

    @property
    def plain(self) -> str:
        """Return the text without our brackets ("[Harmon] said" -> "Harmon said")."""
        return unbracket(self.text)


@lru_cache(maxsize=1)
def _not_person() -> frozenset[str]:
    """Words that make a capitalised run a place or an organization ("Livingston High
    School", "Lakeshore Power Association"), never someone "he" or "she" can be."""
    from briefing.text.wordlists import words

    return words("place_words") | words("org_words") | {"high", "school", "university"}


def persons(text: str) -> list[tuple[str, str]]:
    """Return (surname, full name) of the people named in text, outside quotation marks.

    A person is a run of two or more capitalised words once titles are dropped ("Mayor Ann
    Lee" -> "Ann Lee"), or an honorific and a surname ("Ms. Lee").
    """
    bare = outside_quotes(text)
    out = [(m.group("sur"), m.group("sur")) for m in _HONORIFIC.finditer(bare)]
    for m in _NAME_RUN.finditer(bare):
        words = m.group(0).split()
        while words and words[0].rstrip(".") in _NOT_FIRST:
            words.pop(0)
        if len(words) >= 2 and not any(
            w.rstrip(".") in _NOT_FIRST or w.lower().rstrip(".") in _not_person() for w in words
        ):
            surname = re.sub(r"['’]s$", "", words[-1])
            out.append((surname, " ".join(words[:-1] + [surname])))
    return out


def _referent(before: Sequence[str]) -> str | None:
    """Return the one person the sentences just before name (nearest first), else None."""
    for text in reversed(before[-2:]):
        found = persons(text)
        if not found:
            continue
        surnames = {s for s, _ in found}
        if len(surnames) != 1:
            return None  # two people just before: "he" could be either
        return max((full for _, full in found), key=len)
    return None


def stand_alone(text: str, before: Sequence[str] = ()) -> Wording | None:
    """Return how `text` reads alone (our words in brackets), or None when it cannot.

    `before` holds the sentences that precede it in its article, oldest first.
    """
    start, inserted = 0, ""
    dateline = DATELINE.match(text)
    if dateline and text[dateline.end() : dateline.end() + 1].isupper():
        start = dateline.end()
    connective = CONNECTIVE.match(text, start)
    if connective and len(text) - connective.end() >= 20:
        start = connective.end()
        head = text[start]
        if head.islower():
            inserted, start = f"[{head.upper()}]", start + 1
    rest = text[start:]
    personal = _PERSONAL.match(rest)
    if personal and not inserted:
        name = _referent(before)
        if name is None:
            return None
        inserted, start = f"[{name}]", start + len(personal.group(1))
    elif DANGLING.match(inserted[1:-1] + rest if inserted else rest):
        return None
    if (
        _BACK_REFERENCE.match(rest)
        or _BACK_REFERENCE.match(text)
        or _POINTING.search(outside_quotes(rest))
    ):
        return None
    if _INNER_PRONOUN.match(rest):
        return None
    if not inserted and rest[:1].islower():
        return None
    shown = inserted + text[start:]
    return Wording(text=shown, inserted=inserted, start=start, end=len(text))


_PARTICIPLE = re.compile(r",\s+(?!pending\b|barring\b)[a-z]+ing\b[^\"“”,;]*[.!?]?\s*$")
"""A closing participial clause; "pending a review" and "barring X" qualify the claim."""


def _trailing_participle(sentence: str, start: int) -> int | None:
    """Return where a closing participial clause starts (", railing against the plan."), if
    the tagger reads its first word as a verb ("during", "morning" are not)."""
    from briefing.text.tagger import tag

    found = _PARTICIPLE.search(sentence, start)
    if found is None:
        return None
    word = sentence[found.start() + 1 :].split()[0]
    verbs = [t for t in tag(sentence[start:]) if t.text == word and t.upos == "VERB"]
    return found.start() if verbs else None


_APPOSITIVE = re.compile(r",\s+an?\s+[^\"“”,;]*[.!?]?\s*$")


def _trailing_appositive(sentence: str, start: int) -> int | None:
    """Return where a closing appositive starts (", a breakthrough in a case that ..."), if
    it attributes nothing (", a spokesman said" is the claim's source and stays)."""
    from briefing.text.wordlists import lines

    found = _APPOSITIVE.search(sentence, start)
    if found is None:
        return None
    speech = {w for line in lines("speech_verbs") for w in line.split()}
    said = {w.strip(".").lower() for w in sentence[found.start() :].split()}
    return None if said & (speech | {"according"}) else found.start()


def shortened(wording: Wording, sentence: str) -> Wording | None:
    """Return the wording without a trailing "according to"/participial clause, else None."""
    cut = _TRAILING.search(sentence, wording.start)
    end = cut.start() if cut is not None else _trailing_participle(sentence, wording.start)
    if end is None:
        end = _trailing_appositive(sentence, wording.start)
    if end is None or end - wording.start < 40:
        return None
    text = wording.inserted + sentence[wording.start : end] + "."
    return Wording(text=text, inserted=wording.inserted, start=wording.start, end=end, appended=".")
