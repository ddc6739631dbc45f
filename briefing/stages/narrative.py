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
from typing import TYPE_CHECKING

from briefing.model import compose, without_insertions
from briefing.text.lexicon import Lexicon
from briefing.text.names import (
    BUSINESS_HEADS,
    COMPANY_WORDS,
    ORG_WORDS,
    WHERE_FROM,
    gender,
    generation,
    is_first_name,
    opens_name,
    with_suffix_dot,
)
from briefing.text.tokens import MONTHS, STOPWORDS, WEEKDAYS, outside_quotes
from briefing.text.wordlists import lines, mapping, state_names, words

if TYPE_CHECKING:
    from briefing.text.tagger import Tagged

DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,15}(?: [A-Z][A-Za-z.]{1,15})?)?"
    # a wire's date after the place: "HEMPSTEAD, N.Y., Sept. 26 (UPI) —"
    r"(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?"
    r"(?:\s*\([^)]{1,30}\))?\s*[—―–-]{1,2}\s+"
    # a newsletter's section label ("Why it matters: The council ..."): the outlet's signpost
    r"|^(?:Why it matters|The big picture|(?:The )?[Dd]etails|(?:By )?[Tt]he numbers|"
    r"Driving the news|Between the lines|(?:The )?[Bb]ottom line|What's next|What’s next|"
    r"What to watch|What (?:he|she|they)(?:'s|’s|'re|’re) saying|The backstory|State of play|"
    r"Reality check|Worth noting|Flashback|Context|Background|Go deeper|The latest):\s+"
)
"""A dateline ("LAKESIDE, Ohio —") or a section label ("Why it matters:") before the sentence:
neither is the claim, and a fact starts after it."""
CONNECTIVE = re.compile(
    # the writer rating the news ("And in a twist, Lee...": data/loaded_terms.txt) goes too;
    # "Earlier, Lee said" points back, "Earlier this week, Lee said" is a time (kept whole)
    r"^((?:And |But )?In an? (?:[a-z]+ )?(?:twist|turn)(?: of events)?(?=,)|"
    r"However|But|Yet|And|Also|Still|Meanwhile|Moreover|Furthermore|Additionally|In addition|"
    r"Conversely|Nevertheless|Nonetheless|Instead|Indeed|Further|Thus|Therefore|So|Now|Then|"
    r"Despite this|Even so|On the other hand|In contrast|At the same time|Separately|Likewise|"
    r"Similarly|(?:Later|Earlier|Previously)(?=,)|Since then|After that|As a result|Consequently|"
    r"Accordingly|In response|In turn|As such|Hence|For (?:his|her|their|its) part|"
    # "In return, the indictment says, Lee inserted...": for what, the sentence before said
    r"In (?:return|exchange)(?=,))\b,?\s+",
    re.I,
)
_TITLED_BY_NAME = (
    "judge treasurer superintendent chancellor councilman councilwoman councilmember nominee "
    "candidate".split()
)
"""Roles only the person the article titled so can hold ("The judge set sentencing" is not
the defendant just named; "The Republican nominee will face..." is not the political
scientist just quoted, before a primary)."""
_ROLES = (
    r"governor|senator|congressman|congresswoman|mayor|candidate|chairman|chairwoman|nominee|"
    r"attorney general|A\.G\.|sheriff|commissioner|president|prime minister|"
    + "|".join(_TITLED_BY_NAME)
)
"""The bare roles a subject may be ("The governor said"): whom the article gave that role."""
_PERSONAL = re.compile(
    rf"^(He|She|The (?i:{_ROLES})(?! of\b| for\b))"
    r"(?:(?!\w),?\s+(?!is\b|was\b|has\b(?! (?:said|told|announced|declined|refused|vowed)\b))"
    # "The president's concession paved the way...": whose concession, named in brackets
    r"|(?:(?<=[Tt]he president)|(?<=[Tt]he prime minister))(?=['’]s\s))"
)
"""A pronoun or bare-role subject that may be resolved ("He said", "The A.G. said", "The
president has said", "The president's proposal"); "He is", "He has been" describe, they do
not report."""
DANGLING = re.compile(
    r"^(This|These|That|Those|They|Their|Them|It|It's|It’s|Its|Such|He|She|His|Her|There|"
    r"Here|The (?:move|decision|remarks?|comments?|statement|announcement|following|same|"
    r"latter|former|incident|episode|effort|report|letter|request|deal|two|three|group|"
    r"pair|man|woman|men|women|agency|company|official|officials|"
    # "The Journal reported": a newspaper named in full before, by its short name here
    r"(?:Journal|Times|Post|Globe|Tribune|Herald)(?![\w-]| of )|"
    # a bare role names someone the sentence before introduced: "The governor faces..."
    r"(?i:governor|senator|congressman|congresswoman|representative|president|mayor|"
    r"candidate|lawmaker|chairman|chairwoman|secretary|minister|speaker|judge|justice|"
    r"nominee|attorney general|A\.G\.|sheriff|chief|commissioner|spokesman|spokeswoman)"
    # "The chairman of the Senate finance committee said": the role says who
    r"(?! of\b| for\b)))"
    r"(?!\w)"
)
"""Openers that point at something said before: such a sentence cannot stand alone."""
_BACK_REFERENCE = re.compile(
    # "The measure", "The stadium bill", "the broad legislation": a thing named before
    r"^(?:\(|(?:The|This|That|Those|These)(?: [A-Za-z][\w-]*)? (?:measure|bill|legislation|"
    r"law|ad|ads|advertisement|report|article|story|memo|letter|interview|speech|video|"
    r"photo|tweet|post|resolution|proposal|plan|policy|order|ruling|action|investigation|"
    r"probe|case|lawsuit|suit|vote|agreement|event|meeting|hearing|debate|remarks?|comments?|"
    r"developments?|"
    r"claims?|allegations?|program|effort|change|changes|announcement|decision|aide|aides|"
    r"spokesman|spokeswoman|official|committee's|panel's|administration's|offer|source|"
    r"newspaper's|newspaper|panel|suspect|package|packages|message|messages|email|emails|"
    r"document|documents|compromise|group|groups|company|agency|campaign's|visit|trip)\b|"
    # "Moments later", "Shortly thereafter": a time only the sentence before gives
    # "The flurry of reports", "Several of the packages", "Many in the party": a set named before
    r"The (?:flurry|wave|series|spate|barrage|string|raft|rash) of\b|"
    r"(?:Many|Some|Several|Most|Few|Others|Both|All|None|Each) (?:of|in|among|on|at|who)\b|"
    # "Both articles are based on...", "In both cases": two things named before
    r"Both (?!the\b)[a-z]+s\b|In (?:both|either) cases?\b|"
    r"(?:Moments|Minutes|Hours|Days|Weeks|Months|Years|Shortly|Soon|Not long) (?:later|after|"
    r"afterward|thereafter|before)\b|(?:By|At|Around) (?:the|that) time\b|(?:That|The) "
    r"(?:same|next|following|previous) (?:day|week|month|year|morning|night|evening)\b|"
    r"(?:Thereafter|Afterward|Afterwards|Later that)\b)"
)
_DESCRIBED = re.compile(
    # "The nation's leading advocate for seniors says...": one body described, its name withheld
    r"^(?:(?:Leaders?|Members?|Officials?|Heads?) (?:of|at) |One of )?(?:the|a) (?:nation|country|"
    r"state|city|region|world)['’]s (?:largest|leading|biggest|oldest|top|main|premier|"
    r"most [a-z]+|[a-z]+-largest)\b(?P<rest>[^,;:]*)(?P<named>,\s+(?:the\s+)?(?-i:[A-Z]))?",
    re.I,
)
"""A subject that describes the one body it means instead of naming it ("the country's largest
civil rights organization"): a reader of the brief cannot tell which, unless a name follows."""
_WITHHELD = re.compile(
    r"^(?:An?|One of the) (?:[\w.,'’-]+ ){0,8}?(?:congress(?:man|woman|men|women)|senators?|"
    r"governors?|mayors?|lawmakers?|members|representatives?|legislators?|"
    r"assembly(?:man|woman|men|women|members?)|council(?:man|woman|men|women|members?))\b"
)
"""A public figure described, not named ("A two-term Republican congressman from Lakeside ... said
Friday he would run", "One of the council members who wanted a delay ... said"): the
article names them a sentence later, the brief never does. (An unnamed suspect or official is
unnamed in the article too: "A male suspect was arrested".)"""
_POINTING = re.compile(
    r"\b(?:that|those|these) (?:date|day|time|remarks|comments|statement|statements|report|"
    r"decision|move|incident|claims|allegations|measure|bill|plan|letter|comment|remark|"
    r"episode|exchange|meeting|call|conversation|speech|interview|ad|video|photo|tweet)\b"
)
"""Mid-sentence demonstratives that point back ("through that date", "those remarks")."""
_THAT_THING = re.compile(
    r"\b(?:that|this) (?P<noun>[a-z]+)(?=\s*[,.;:]|\s+(?:on|in|at|for|by|with|from|into|over|"
    r"under|after|before|during|and|but)\b)"
)
"""A demonstrative's noun phrase that ends right away ("cleared that threshold,", "rejected
that proposal on Monday"): after a conjunction "that" a verb would follow its subject."""
_SAID_THAT = re.compile(
    r"\b(?P<verb>[a-z]+) (?:that|this) (?:would|will|was|is|could|can|has|had|should|might|may|"
    r"wouldn['’]t|won['’]t|wasn['’]t|isn['’]t|meant|means)(?![\w'’-])"
)
"""A speech verb, then "that" as a subject ("said that would not meet the need"): no
conjunction, since one would be followed by a subject, not a verb."""
_DEMONSTRATIVE_NOUN = re.compile(r"\b(?P<det>that|those|these) (?P<noun>[a-z][\w-]*)\b")
_MASS = frozenset("legislation language wording news action practice policy".split())
"""Reference nouns that need no determiner ("said that legislation would..." is no pointing)."""
_VERBS_TOO = frozenset("cost costs figure figures estimate estimates".split())
"""Reference nouns that are verbs too: after "that" they are ("the project that cost...")."""


def _subject_part(text: str) -> str:
    """Return `text` up to its first verb: the subject phrase ("A Riverside senator, Tom
    Reyes, said" -> "A Riverside senator, Tom Reyes,"), or all of it when it has no verb."""
    from briefing.text.tagger import tag_once as tag

    verb = next((t for t in tag(text) if t.upos in ("VERB", "AUX")), None)
    return text if verb is None else text[: verb.start]


def _pointing(bare: str) -> bool:
    """Return True when "that", "those" or "these" points back at a thing the sentence does not
    show: a listed noun ("through that date") or any reference noun ("that argument", "these
    documents"); "that" before a plural or mass noun is the conjunction ("said that documents
    show...", "that legislation")."""
    from briefing.text.tagger import tag_once as tag

    if _POINTING.search(bare) or _there(bare):
        return True
    for m in _THAT_THING.finditer(bare):
        if m.group(0).startswith("this") and m.group("noun") in _TIME_NOUNS:
            continue  # "so far this year,": now, not a time told before
        if any(t.start == m.start("noun") and t.upos == "NOUN" for t in tag(bare)):
            return True  # "cleared that threshold, the House fell short": which, said before
    speech = attributing_verbs()
    for m in _SAID_THAT.finditer(bare):
        if m.group("verb").lower() in speech:
            return True  # "said that would not meet the need": "that" is what came before
    families = _families()
    for m in _DEMONSTRATIVE_NOUN.finditer(bare):
        noun = m.group("noun")
        if noun not in families or (m.group("det") == "that" and noun in _VERBS_TOO):
            continue  # ("a project that cost $48 million": the relative pronoun and its verb)
        if m.group("det") != "that" or not (noun.endswith("s") or noun in _MASS):
            return True
    return False


_THERE = re.compile(r"(?P<before>[\w,’']+)\s+there\b(?!['’])")
# the words after which "there" opens a clause ("said there was", "because there were"): the
# "there" of "there is", no place
_CLAUSE_OPENERS = frozenset(
    "that and but or because if when while since so where as whether though although unless "
    "until before after than once said says say saying told added noted argued warned out "
    "over up down in here then should would could doubt doubts think thinks believe believes "
    "know knows expect expects hope hopes fear fears is was are were".split()
)


_PLACE_NAMED = re.compile(r"\b(?:in|at|outside|near|to|from|of)\s+(?:the\s+)?[A-Z]")


def _there(bare: str) -> bool:
    """Return True when "there" names a place the sentence does not show ("Lee has said repairs
    there would cost $200 million", "officials there said"), not when it opens a clause ("said
    there was no deal", "Since then, there have been...")."""
    for m in _THERE.finditer(bare):
        before = m.group("before")
        if before.endswith(",") or before.lower() in _CLAUSE_OPENERS:
            continue
        if _PLACE_NAMED.search(bare, 0, m.start()):
            continue  # "what will become of Camp Veldt, ... the equipment stockpiled there"
        return True
    return False


# "Lindqvist was having none of it.", "Hallworth was more dismissive.": what the sentence
# before said, refused or outdone; alone it says nothing
_COMPARED_BACK = re.compile(
    r"\bnone of (?:it|that|this)\b|\b(?:was|were|is|are|sounded|seemed)\s+(?:even\s+|far\s+|"
    # ("was more dismissive, accusing the union...": than whom, the sentence before said)
    r"much\s+)?(?:more|less)\s+[a-z]+\s*(?:[.!,;]|$)"
)
# "convicted him", "found her guilty": a person the sentence only points at, as an object
_OBJECT_PRONOUN = re.compile(
    r"\b[a-z]+\s+(him|her)(?=\s+(?:in|on|at|of|to|for|with|guilty|as|and|after|before|"
    r"that|last|this|from)\b|[,.;]|$)"
)
# "..., she noted, fewer than a third moved back": the speaker as an aside, a pronoun
_SPEAKER_ASIDE = re.compile(r",\s+(?P<pronoun>[Hh]e|[Ss]he)\s+(?P<verb>[a-z]+)(?:\s+[\w.]+){0,2}?,")
# "In a statement released Tuesday, he decried...": the subject after an opening phrase
_INNER_PRONOUN = re.compile(
    r"^[^,“\"]{3,60},\s+(?:he|she|they|it|this|these|(?-i:their|its))\s", re.I
)
# "On Thursday, in a rebuke of the mayor, he resigned": one or two opening phrases, then "he"
_OPENING_PRONOUN = re.compile(r"^(?:[^,“\"]{3,60},\s+){1,2}(?:he|she)\s")
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.\s+(?P<sur>[A-Z][\w'’-]+)")
_DOTTED_TITLE = re.compile(r"\b(?:Sen|Gov|Rep|Sec)\.\s+(?P<sur>[A-Z][\w'’-]+)\b(?!\s+[A-Z])")
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
_GLOSS_PARTICIPLES = (
    "saying adding citing noting calling arguing claiming prompting drawing sparking insisting "
    "suggesting fueling signaling underscoring highlighting raising marking leaving"
).split()
"""The participles that open a closing clause of the writer's (", prompting calls for ..."),
never an item of a list (see `_listed`)."""
_TRAILING = re.compile(
    rf",\s+(?:according to|{'|'.join(_GLOSS_PARTICIPLES)}|[a-z]+ly [a-z]+ing|which|while|"
    r"even as|amid|despite|a move|in a move|in what)\b[^\"“”]*$"
    # a trailing dash aside: "... on Tuesday — the latest sign of ..."
    r"|\s+[—–]\s+[^—–\"“”]*$"
)


_BILL_SUBJECT = re.compile(
    r"^(The (?:[a-z][\w-]+ ){0,2}(?P<noun>bill|measure|legislation|proposed law))(?!\w),?\s+"
    r"(?!is\b|was\b)"
)
"""A bill named just before may be named in brackets: "The measure passed" -> "[SB 12] passed",
"The broad legislation sets aside..." -> "[SB 12] sets aside..."."""
_IT_SUBJECT = re.compile(r"^(It)\s+(?!is\b|was\b|'s\b|’s\b)")
""""It would expand voting access", right after a sentence that opens on the bill: the bill."""
BILL_OPENING_WORDS = 8
"""A sentence opens on a bill when a bill word or name comes in its first this many words."""
_BILL_NAME = re.compile(
    r"\b(?:(?:Senate|House|Assembly) Bill|[SHA]\.?B\.?|H\.\s?R\.|HR|S\.)\s?(?P<num>\d{1,5})\b"
    r"|\b(?:[A-Z][\w'’-]+ (?:(?:of|for|the|and|to) )?){1,6}Act\b"
)
_BILL_WORD = re.compile(r"\b(?:[Bb]ills?|[Mm]easures?|[Ll]egislation|[Ll]aws?|Act)\b")
# reflexives ("himself", "itself") are bound inside their own clause: never a back-reference
_PERSON_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er|[Hh]ers)\b")
_THING_PRONOUN = re.compile(r"\b(?:it|its|they|them|their|theirs)\b")
# "made it clear that...": "it" stands for the clause after it
_MAKE_IT = re.compile(r"\b(?:make|makes|made|making|find|finds|found|keep|keeps|kept) $")
# "it is unclear whether...", "it will take weeks": no referent needed
_EXPLETIVE = re.compile(
    r"\s+(?:is|was|'s|’s|has been|had been|would be|will be|remains|seems|appears)\b"
)
# "it was a computer system", "it is the first time": "it" is a thing named before
_NOUN_PHRASE = re.compile(r"\s+(?:a|an|the|one|his|her|their|its|our)\b")
_NEEDS_BEFORE = re.compile(
    # "the same day" unless a clause says which ("the same day the bill passed")
    r"\b(?:the same (?!as\b|time\b)[a-z]+(?! (?:as|that|when|the|a|[A-Z])\b)|"
    r"(?:that|the next|the following) "
    r"(?:day|night|morning|afternoon|evening|week|weekend|month|year)|the latter|"
    r"the former(?=[,.;]| (?:is|was|has|had|said|and|who|would|will)\b)|such (?!as\b)[a-z]+|"
    r"(?:fired|shot|hit|struck) back|said no|in response(?! to)|responded(?! to)|was rebuffed|"
    # "Ferrante went further.", "Ohio followed suit": further than, as did, whom the sentence
    # before told
    r"\b(?:went|go|goes|going|gone) (?:even |a step |one step )?further(?=[.!]?$)|"
    r"followed suit|did (?:the same|likewise)|"
    # "Another $1.3 million will go to...": one more than the sentence before counted
    r"^\W*(?:yet |still )?another\b|"
    # "at another appearance", "in another interview": one more than the one told before
    r"(?:at|in|during|on|from) another|did another|"
    # "On the Republican side, ...": the other side was told before; "took a more cautious
    # stance": more than what was told before
    r"^\W*(?:on|for) the (?:other|[A-Z][a-z]+) side|\b(?:a|an) more [a-z-]+ [a-z]+\b(?! than)|"
    r"countered(?! that)|at the time(?! of| when| that)|(?:was|were) referring to|"
    # "Neither was handed to the defense", "Both have denied it", "Most of them voted no": the
    # ones the sentence before told
    r"^\W*(?:neither|either|both|none|each|all|most|many|several|few)(?: of (?:them|these|those|"
    r"the two|whom))?(?= (?:was|were|is|are|has|have|had|would|will|could|can|did|do|does|"
    r"said|say|says)\b)|"
    # "since then", "by then": a time told before
    r"\b(?:since|until|till|by|from|before|after|back|even|only|just) then\b|"
    # "expressed similar concerns", "Fellow organizer Ann Lee", "The nearby Riverside group":
    # like, alike with or near what the sentence before told
    r"similar(?! to\b)|^\W*fellow|^\W*the nearby|"
    # "Lee, after all, voted for him": as the sentence before argued
    r",\s*after all\b|"
    # "Progressives, however, are eyeing...": set against what the sentence before told
    r",\s*(?:however|though|meanwhile|instead|nonetheless|nevertheless|in turn|too)(?=,)|"
    # "He will instead hold a vote in June": instead of what the sentence before told
    r"\binstead\b(?!\s+of\b)|"
    r"(?:this|these) (?!(?:week|month|year|morning|afternoon|evening|weekend|spring|summer|"
    r"fall|autumn|winter|season|past|time of year)\b)[a-z]+)\b",
    re.I,
)
"""Words that need the sentence before: "the same day", "the latter", "such a move"."""
_POSSESSIVE_SUBJECT = re.compile(r"^(His|Her)\s+(?=[a-z])")
_AGAIN_WORD = re.compile(r"\bagain\b", re.I)
_RUN_AGAIN = re.compile(
    r"\b(?:run|runs|ran|running|seek|seeks|sought|seeking|stand|stands|stood|standing)\b"
    r"(?:\s+[\w'’-]+){0,4}?\s+again\b",
    re.I,
)


# "Hours earlier, the university expelled...", "walked out of prison hours later": a time told
# from the one the sentence before gave
_RELATIVE_TIME = re.compile(
    r"\b(?:(?:a few|several|two|three|four|five|\d+|some) )?"
    r"(?:(?:hours|days|minutes|moments|weeks|months|years)|an? (?:hour|day|week|month|year)) "
    r"(?:earlier|later)\b(?! than\b)|\bshortly (?:afterwards?|thereafter)\b",
    re.I,
)
# a time the sentence itself gives before the relative one ("was killed in October 2023 when a
# gunman opened fire with a rifle he had bought three weeks earlier", "fell 38 percent during
# the fall semester compared with the same period a year earlier")
_OWN_TIME = re.compile(
    r"\b(?:"
    + "|".join(w.title() for w in (*MONTHS, *(m[:3] for m in MONTHS), "sept", *WEEKDAYS))
    + r"|today|yesterday|tonight|(?:19|20)\d\d|when|after|before|until|same|"
    r"semester|season|quarter|spring|summer|autumn|winter)\b"
)


def _relative_time(bare: str) -> bool:
    """Return True when `bare` tells its time only from the one the sentence before gave
    ("Hours earlier, ...", "... a day later."): no date, day or clause of its own comes first."""
    return any(not _OWN_TIME.search(bare, 0, m.start()) for m in _RELATIVE_TIME.finditer(bare))


def _again(bare: str) -> bool:
    """Return True when "again" points back at an act the sentence before told ("Lee again
    urged..."); not in "run again in a special election", "seek the seat again": running
    for the office once more is the act itself."""
    runs = [m.span() for m in _RUN_AGAIN.finditer(bare)]
    return any(not any(a <= m.start() < b for a, b in runs) for m in _AGAIN_WORD.finditer(bare))


_AUXILIARIES = "do|does|did|has|have|had|is|are|was|were|will|would|can|could|should|may|might|must"
_ELLIPSIS = re.compile(
    rf"(?<!\w)(?P<before>\w+)['’]?\s+(?:{_AUXILIARIES})(?: not|n['’]t)?(?: (?:too|either|so))?"
    r"[.!]?$"
)
"""A sentence that ends on its auxiliary ("Student IDs from public colleges did not."): the verb
it leaves out is the sentence before's."""
# "also" points back unless the sentence holds what it adds to ("not only... but also")
# "Eight more had criminal records": more than the ones the sentence before counted
_MORE = re.compile(
    r"\W*(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|"
    r"thousands|several|many|some|a few|few) more\b(?! than)",
    re.I,
)
_ALSO = re.compile(r"\balso\b", re.I)
_ALSO_PAIRED = re.compile(r"\b(?:and|but|while|not only|as well as)\b|;", re.I)
# after "the X", words that say which one: "the bill that would...", "the report by the Times"
_WHICH = re.compile(
    r"^(?:to (?!(?:the|a|an|his|her|their|its|Mr|Mrs|Ms)\b)[a-z]|"
    r"(?:of|that|which|who|whom|about|by|known as|called|named|allowing|letting|"
    r"requiring|banning|granting|aimed|targeting|calling|condemning|seeking|between|against|into|"
    r"under which|in which|(?:he|she|they|we) [a-z]+)\b|"
    r"(?:on|for|over|from) (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"the (?:past|last)|now|then|months|weeks|years|days|decades|hours)\b)|"
    # an appositive that closes: "the bill, Senate Bill 12, passed" (not "the plan, Lee said")
    r",\s+(?:which|known|called|named|(?:the [A-Z]|an? |[A-Z])[^,;]{0,40},)|"
    # a dash aside says what it is: "the photo -- an extreme close-up of..."
    r"(?:--|[—–])\s*(?:an?|the) )"
)
# "Lee also said", "Mr. Lee again urged": a short subject, then the adverb
_SUBJECT_AGAIN = re.compile(r"(?P<subject>[A-Z][^,;:“”\"()—–]{1,50}?) (?:also|again)(?= [a-z])")
_AGAIN = re.compile(r" (?:also|again)(?= [a-z])")
_DETERMINER = frozenset({"the", "this", "these", "those"})
# "Lee's statements", "Reyes's remarks": what a named person said, never shown, points back as
# "the remarks" does (her "emails" or "first hearing" are things the owner tells apart)
_NAMED_POSSESSIVE = re.compile(r"[A-Z][\w.-]*['’]s")
_SAID = frozenset(
    "remarks remark comments comment statement statements assessment plan plans "
    "decision move offer concession announcement".split()
)
# "told supporters of his plans", "her remarks", "Lee's concession": whose they are is said,
# what they are is not
_POSSESSIVE = frozenset({"his", "her", "their"})
_VERBS = ("VERB", "AUX")
_BODIES = frozenset("company firm group organization agency panel committee board".split())
_YEAR = re.compile(r"(?:19|20)\d\d")
_PLACED = re.compile(r"(?:in|at) [A-Z]")
_COMMA = re.compile(r",[\"”’']?\s")
LEAD_SENTENCES = 2
"""How many opening sentences of an article tell its main event (see `_story_actions`)."""
# capitalised words that name nobody: honorifics, days and months (sentence openers are stopwords)
_NOT_NAMES = frozenset(
    "mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday january february march "
    "april may june july august september october november december".split()
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
    inner: tuple[tuple[int, str], ...] = ()
    """Our bracketed words inside the verbatim part, each with the sentence offset it goes
    before: "the [SB 12] bill" (see `model.compose`)."""
    subject: tuple[tuple[int, str], ...] = ()
    """Those of `inner` that name the sentence's subject ("..., he [Tom Reyes] decried"):
    whom the sentence means, which `plain` keeps."""

    @property
    def plain(self) -> str:
        """Return what the sentence states, without our brackets ("[Harmon] said" -> "Harmon
        said") or the words we put inside it ("the [SB 12] bill" -> "the bill"), but with the
        name we gave a pronoun or a role subject ("he [Tom Reyes] decried" -> "he Tom Reyes
        decried"): the claim is that person's."""
        return unbracket(
            without_insertions(self.text, self.inserted, self.start, self.inner, keep=self.subject)
        )


@lru_cache(maxsize=1)
def _not_person() -> frozenset[str]:
    """Words that make a capitalised run a place, an organization or a storm ("Livingston
    High School", "Lakeshore Power Association", "Hurricane Ann"), never someone "he" or
    "she" can be."""

    storms = {"hurricane", "storm", "typhoon", "cyclone"}
    return (
        words("place_words") | ORG_WORDS | COMPANY_WORDS | {"high", "school", "university"} | storms
    )


def persons(text: str) -> list[tuple[str, str]]:
    """Return (surname, full name) of the people named in text, outside quotation marks.

    A person is a run of two or more capitalised words once titles are dropped ("Mayor Ann
    Lee" -> "Ann Lee"), or an honorific and a surname ("Ms. Lee").
    """
    return list(_persons(text))  # a fresh list: callers may extend it


@lru_cache(maxsize=8192)
def _persons(text: str) -> tuple[tuple[str, str], ...]:
    bare = outside_quotes(text)
    # "Mr. Lee’s": the surname without the possessive
    surnames = [_unpossessed(m.group("sur")) for m in _HONORIFIC.finditer(bare)]
    # "Sen. Lee said": a dotted title and a surname alone (the run stops at the dot)
    surnames += [
        _unpossessed(m.group("sur"))
        for m in _DOTTED_TITLE.finditer(bare)
        if _is_surname(m.group("sur"))
    ]
    out = [(sur, sur) for sur in surnames]
    titles = mapping("titles")
    for m in _NAME_RUN.finditer(bare):
        words = m.group(0).split()
        # "Connecticut Attorney General Ann Lee": the name is what follows the last title
        cut = [i for i, w in enumerate(words) if w.rstrip(".") in _NOT_FIRST or w.lower() in titles]
        if cut and cut[-1] < len(words) - 1:
            title = words[cut[-1]].lower()
            words = words[cut[-1] + 1 :]
            if len(words) == 1 and title in _SURNAME_TITLES and _is_surname(words[0]):
                # "President Reyes said", "Sen. Lee's bill": a title and a surname name one
                # person as an honorific does
                out.append((_unpossessed(words[0]), _unpossessed(words[0])))
                continue
        # "Intelligence James Clapper" (after "Director of National"): from the first name on
        if len(words) > 2:
            first = next((i for i, w in enumerate(words) if is_first_name(w)), 0)
            words = words[first:] if len(words) - first >= 2 else words
        if len(words) >= 2 and not any(
            w.rstrip(".") in _NOT_FIRST or w.lower().rstrip(".") in _not_person() for w in words
        ):
            last = _unpossessed(words[-1])
            if generation(last) and len(words) > 2:
                # "Ann Lee Jr.": her surname is Lee; the suffix stays in her full name
                out.append((words[-2], with_suffix_dot(" ".join(words[:-1] + [last]))))
            else:
                out.append((last, " ".join(words[:-1] + [last])))
    return tuple(out)


_SURNAME_TITLES = frozenset(
    "president sen. senator gov. governor rep. representative mayor speaker secretary sec. "
    "judge justice sheriff commissioner chairman chairwoman director minister".split()
)
"""Titles that name a person with a surname alone ("President Reyes"); not "General" or
"Chief", which also start company names ("General Motors")."""


def _is_surname(word: str) -> bool:
    """Return whether a capitalised word after a title can be a surname: no place or
    organization word, weekday or month ("Governor Street", "President Monday")."""
    bare = _unpossessed(word).rstrip(".")
    return (
        bare[:1].isupper()
        and bare.isalpha()
        and bare not in _NOT_FIRST
        and bare.lower() not in _not_person()
    )


def _unpossessed(word: str) -> str:
    return re.sub(r"['’]s$", "", word)


@lru_cache(maxsize=1)
def _families() -> dict[str, frozenset[str]]:
    """Return each reference noun's family (data/reference_nouns.txt: one family a line)."""
    out: dict[str, frozenset[str]] = {}
    for line in lines("reference_nouns"):
        family = frozenset(line.split())
        for word in family:
            out[word] = family
    return out


_THING_SUBJECT = re.compile(r"^The (?:[a-z][\w-]+ ){0,2}?(?P<noun>[a-z]+)\b")


def about_the_thing(plain: str) -> bool:
    """Return True when a sentence opens on the thing its article's opening introduced ("The
    measure, House Bill 212, would have capped...", "The bill passed the House 58-41"): it
    tells what that thing is or did, a detail after the news that the opening reports."""
    found = _THING_SUBJECT.match(plain)
    if found is None:
        return False
    noun = found.group("noun")
    return noun in _families() and noun not in mapping("role_titles")


def family_of(noun: str) -> frozenset[str]:
    """Return the words that name the same kind of thing as `noun` ("bill": "measure",
    "legislation"...; data/reference_nouns.txt), or just the noun."""
    return _families().get(noun.lower(), frozenset({noun.lower()}))


def _role_titles(role: str) -> frozenset[str]:
    """Return the words that give a person `role` where the article names them."""
    return frozenset(mapping("role_titles").get(role, role).split())


def _mentions(before: Sequence[str]) -> list[list[tuple[str, str, str]]]:
    """Return, per sentence, (surname, full name, words around it) of each person it names.

    A surname alone counts once the article has given the full name ("Reyes's campaign"
    after "Tom Reyes"), so a pronoun never skips the person just mentioned.
    """
    known: dict[str, str] = {}
    out = []
    for text in before:
        bare = outside_quotes(text)
        found = persons(text)
        for surname, full in found:
            if len(full) > len(known.get(surname, "")):
                known[surname] = full
        names = {s for s, _ in found}
        found += [
            (s, known[s])
            for s in known
            if s not in names and re.search(rf"\b{re.escape(s)}\b", bare)
        ]
        row = []
        placed = [(s, full, bare.find(full) if full in bare else bare.find(s)) for s, full in found]
        ends = [at + len(full if full in bare else s) for s, full, at in placed if at >= 0]
        for surname, full, at in placed:
            after = bare[at + len(full) : at + len(full) + 60] if at >= 0 else ""
            # "Gov. Ann Lee", "Ann Lee, the state's attorney general,"; the words before stop
            # at the name before ("President Lee met Prime Minister Reyes": Reyes is no president)
            begin = max([at - 45, *(end for end in ends if end <= at)])
            around = bare[max(0, begin) : max(0, at)] if at >= 0 else ""
            # "President Lee's adviser, Ann Reyes": a title before a possessive is the owner's
            around = re.split(r"['’]s\b", around)[-1]
            if after.startswith(","):
                around += " " + re.split(r"['’]s\b", after.split(",")[1])[-1]
            row.append((surname, known.get(surname, full), around.lower()))
        out.append(row)
    return out


def _referent(before: Sequence[str], subject: str = "He") -> str | None:
    """Return the one person `subject` ("He", "The governor") can be, else None.

    A pronoun is the one person the sentences just before name (nearest first); a bare role
    is the one person the article gave that role ("Gov. Ann Lee" for "The governor").
    """
    mentions = _mentions(before)
    if subject.lower() not in ("he", "she"):
        role = subject.split(" ", 1)[1].lower()
        if role in _TITLED_ONLY:
            # "President Reyes agreed...": the one person titled so, by title and name; none
            # ("former President Lee" is not), or two ("President Lee", "President Reyes"),
            # is no one
            return _titled(before, role)
        titles = _role_titles(role)
        fitting = {
            (s, full)
            for row in mentions
            for s, full, around in row
            if titles & set(re.findall(r"[a-z][\w.]*", around))
        }
        if len({s for s, _ in fitting}) == 1:
            return max((full for _, full in fitting), key=len)
        if fitting or role in _TITLED_BY_NAME:
            return None  # two people hold the role, or none the article titled so: unguessed
    sex = {"he": "m", "she": "f"}.get(subject.lower(), "")
    # the two sentences just before, and further back while each of them names no one but
    # goes on about someone ("He said...", "The congressman declined..."): one chain of
    # reference leads back to the person named at its start
    reach = 2
    while (
        reach < min(len(before), CHAIN)
        and all(not row for row in mentions[-reach:])
        and all(_PERSONAL.match(_after_connective(text)) for text in before[-reach:])
    ):
        reach += 1
    for row in reversed(mentions[-reach:]):
        # "she" is none of the men just named (nor "he" one of the women)
        fits = [(s, full) for s, full, around in row if not sex or _sex(full, around) in ("", sex)]
        if not fits:
            continue
        surnames = {s for s, _ in fits}
        if len(surnames) != 1:
            return None  # two people just before: "he" could be either
        return max((full for _, full in fits), key=len)
    return None


def _sex(full: str, around: str) -> str:
    """'m', 'f' or '' for a person as named: from the first name, or from "Mr."/"Ms." before
    a surname alone ("President Lee" says neither: Lee is no first name here)."""
    if " " in full:
        return gender(full)
    honorific = around.rstrip().rsplit(" ", 1)[-1]
    return {"mr.": "m", "ms.": "f", "mrs.": "f"}.get(honorific, "")


def _titled(before: Sequence[str], role: str) -> str | None:
    """Return "President Reyes" when the sentences before title one person so (not "former
    President Lee", nor a vice president), else None."""
    title = " ".join(w.capitalize() for w in role.split())
    found = {
        m.group("name")
        for text in before
        for m in re.finditer(
            rf"(?<![Ff]ormer )(?<![Vv]ice )(?<!-){title} (?P<name>(?:[A-Z][\w.'’-]+ ){{0,2}}"
            rf"[A-Z][\w'’-]+)",
            outside_quotes(text),
        )
    }
    surnames = {re.sub(r"['’]s$", "", name.split()[-1]) for name in found}
    if len(surnames) != 1:
        return None
    return f"{title} {max(found, key=len)}".removesuffix("’s").removesuffix("'s")


_TITLED_ONLY = frozenset({"president", "prime minister"})
"""Roles only the person the article titled so holds: the person named just before is as
often the president's aide or critic as the president."""
CHAIN = 5
"""How many sentences back a chain of "he"/"the congressman" subjects may lead to a name."""


def _after_connective(text: str) -> str:
    """Return the sentence without a leading connective, its first letter capitalised."""
    connective = CONNECTIVE.match(text)
    if connective is None:
        return text
    rest = text[connective.end() :]
    return rest[:1].upper() + rest[1:]


_SURNAME_SUBJECT = re.compile(
    # ("Pruett's office has recommended": the owner's name, before the possessive)
    r"(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?P<surname>[A-Z](?:[\w-]|['’](?!s\b))+)(?=['’]s\s|[\s,])"
)


def _full_name(rest: str, before: Sequence[str]) -> tuple[str, int] | None:
    """Return (full name, length of the mention) when `rest` opens on a surname alone ("Fox",
    "Mr. Reyes") of one person the sentences before named in full ("Tom Reyes")."""
    found = _SURNAME_SUBJECT.match(rest)
    if found is None:
        return None
    surname = found.group("surname")
    fulls = {
        full
        for text in before
        if surname in text  # (cheap first: most sentences never name them)
        for last, full in persons(text)
        if last == surname and len(full.split()) > 1
    }
    if len(fulls) != 1:
        return None  # never named in full, or two people share the surname
    full = fulls.pop()
    if not full.endswith(surname) and generation(full) is None:
        return None
    if _OWNS.search(full[: -len(surname)]):
        return None  # "Robert Mueller's Russia" names no one Russia
    return full, found.end()


_OWNS = re.compile(r"['’]s?\b|['’]$")
_TITLED_SURNAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr)\.\s+(?P<surname>[A-Z][\w’'-]+)\b"
    # ", according to Reyes.": a surname alone as the source a claim is the claim of
    r"|,\s+according to\s+(?P<source>[A-Z][a-z][\w’'-]*)(?=\s*[.,;]?\s*$)"
    # "the package for Booker was found": a surname alone, no name or title around it
    # (not a surname naming a time or a team: "the Lee administration", "the Lee campaign")
    r"|(?<=[a-z,] )(?P<bare>[A-Z][a-z](?:[\w-]|['’](?!s\b))*)\b(?![ \t]+[A-Z])(?!['’]\w(?!\b)|-\w)"
    r"(?![ \t]+(?:administration|campaign|era|team|camp|family|presidency|government|years)\b)"
)


def _titled_surnames(
    sentence: str,
    start: int,
    before: Sequence[str],
    inner: Sequence[tuple[int, str]] = (),
    *,
    main_figures: bool = False,
) -> list[tuple[int, str]]:
    """Return (offset, first names) for each "Mr. Reyes" after `start`, outside quotation
    marks, whose full name the article gave before ("Tom Reyes") and the sentence does not:
    a reader of the brief never saw it; once a surname. Not for a name two people share, nor
    (unless `main_figures`) for one the article's lead names: the brief's opening names the
    story's main figures (`headline.introduce_names` checks that it did)."""
    bare = outside_quotes(sentence)
    lead = " ".join(before[:LEAD_SENTENCES])
    out = []
    named: set[str] = set()
    for m in _TITLED_SURNAME.finditer(bare, start):
        key = next(k for k in ("surname", "source", "bare") if m.group(k))
        surname = m.group(key)
        if any(at == m.start(key) for at, _ in inner) or surname in named:
            continue
        if key == "bare" and bare[: m.start(key)].rstrip().rsplit(" ", 1)[-1][:1].isupper():
            continue  # "Mr. Peña Nieto": the last part of a name is no surname alone
        after = re.match(r"[ \t]+([a-z]+)\b", bare[m.end(key) :])
        if key == "bare" and after is not None and after.group(1) in mapping("titles"):
            continue  # "more than any Westmark governor": a place's, not a person's
        if surname in lead and key == "surname" and not main_figures:
            continue  # "Mr. Reyes": the story's main figure, named in full where the brief opens
        named.add(surname)
        full = _full_name(f"{surname} ", before)
        if full is None or full[0] in bare:
            continue
        words = full[0].split()
        first = " ".join(words[: words.index(surname)]) if surname in words else ""
        if key == "bare" and first and words[0].lower() in STOPWORDS:
            continue  # "If Obama": a sentence's opening word before a name is no first name
        if re.search(r"-[a-z]", first):
            continue  # "Small-town Tamsworth": a description, no first name
        # ("Robert Mueller's Russia" names no one Russia: a possessive is no first name)
        if first and words[0] not in ("Mr.", "Mrs.", "Ms.", "Dr.") and not _OWNS.search(first):
            out.append((m.start(key), first))
    return out


def _opens_on_bill(before: Sequence[str]) -> bool:
    """Return True when the sentences just before are about a bill: the last one opens on it
    ("The Lakeside Parks Act, which passed 7-2, ..."), or opens on "It" after one that does."""
    for k in range(len(before) - 1, max(-1, len(before) - 4), -1):
        head = " ".join(before[k].split()[:BILL_OPENING_WORDS])
        if _BILL_WORD.search(head) or _BILL_NAME.search(head):
            return True
        if not _IT_SUBJECT.match(before[k]):
            return False
    return False


def _bill_name(before: Sequence[str]) -> str | None:
    """Return the one bill the sentences just before name ("SB 12"), else None."""
    for text in reversed(before[-3:]):
        names = list(_BILL_NAME.finditer(text))
        if not names and not _BILL_WORD.search(text):
            continue
        # no name, or two bills just before: "the bill" could be either
        return _one_bill(names, names[-1] if names else None)
    return None


def _one_bill(names: Sequence[re.Match[str]], shown: re.Match[str] | None) -> str | None:
    """Return `shown` as a bill's name when all `names` name one bill ("Senate Bill 12" and
    "SB 12": the number decides), without "The" ("[Lakeside Parks Act] would..."), else None."""
    if shown is None or len({m.group("num") or m.group(0) for m in names}) != 1:
        return None
    return re.sub(r"^The ", "", shown.group(0))


def _naming(words: Sequence[str]) -> list[str]:
    """Return the words of a capitalised run from the first that may name something on: no
    opening "The", "A", title or weekday, but "New" of "New Calder" kept (`opens_name`)."""
    k = 0
    while k < len(words) and not _is_named(words[k]) and not opens_name(words[k:]):
        k += 1
    return list(words[k:])


def _is_named(word: str) -> bool:
    """Return whether `word` may name a person or thing: capitalised, no title or stopword."""
    core = word.strip(".,;:!?()[]'’\"“”")
    return (
        core[:1].isupper()
        and core.lower() not in STOPWORDS
        and core.lower().rstrip(".") not in _NOT_NAMES
        and core.lower() not in mapping("titles")
        and core.lower() + "." not in mapping("titles")
    )


_PARTIES = frozenset("democratic democrat democrats republican republicans gop".split())


def _may_be_person(word: str, first: bool = False) -> bool:
    """Return whether `word` may name the person a "he" or "her" after it means: a name, not a
    party or a state ("In March, Democratic leaders removed her": who she is, only the sentence
    before tells), nor the capital a sentence opens on ("Poll workers turned her away")."""
    core = word.strip(".,;:!?()[]'’\"“”")
    if not _is_named(word) or core.lower() in _PARTIES or core.lower() in state_names():
        return False
    if first:
        from briefing.text.tagger import tag_once as tag

        tokens = tag(core)
        return bool(tokens) and tokens[0].upos == "PROPN"
    return True


def _named_subject(words: str) -> bool:
    """Return whether `words` name their subject: "Mr. Lee", "The White House", not "The panel"."""
    parts = words.split()
    if parts and parts[0] == "The":
        parts = parts[1:]
    return bool(parts) and all(w[:1].isupper() or w in ("of", "for", "and", "on") for w in parts)


_PUBLICATIONS = frozenset("magazine newspaper paper publication outlet network".split())


@lru_cache(maxsize=1)
def outlet_names() -> re.Pattern[str]:
    """The outlet names readers know (data/outlets.txt): "Lakeside Weekly", "New York Times" (its
    "The" dropped, but not from "The Hill", which is no hill)."""
    names = {
        n[4:] if n.startswith("The ") and " " in n[4:] else n  # "The Hill" keeps its "The"
        for n in mapping("outlets").values()
        if n
    }
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b")


def _is_organization(word: str) -> bool:
    """Return whether `word` marks an organization's name: "Inc", "Committee", "ACLU"."""
    core = word.strip(".,;:!?()[]'’\"“”")
    core = re.sub(r"['’]s$", "", core)
    return (core[:1].isupper() and core.lower() in ORG_WORDS | COMPANY_WORDS) or (
        len(core) >= 3 and core.isupper() and core.isalpha()
    )


@lru_cache(maxsize=4096)
def _surnames(text: str) -> frozenset[str]:
    """Return the surnames of the people `text` names (see `persons`)."""
    return frozenset(s for s, _ in persons(text))


def _opening_subject(rest: str, found: re.Match[str], before: Sequence[str]) -> str | None:
    """Return who "he" or "she" is after a sentence's opening phrases (`found` matched
    `_OPENING_PRONOUN`): the one person the sentences before can be, when the opening itself
    names no one ("After meeting Lee, he said..." could be anyone but Lee)."""
    pronoun = found.group(0).split()[-1]  # "he" or "she": all the pattern takes
    opening = rest[: found.group(0).rindex(",")]
    if _PERSON_PRONOUN.search(opening) or persons(opening):
        return None
    if any(_is_named(w) for w in opening.split()[1:]):
        return None  # "In Riverside, he...": a capitalised name may be the one he is
    return _referent(before, pronoun.capitalize())


# "he [Tom Reyes] decried...": a pronoun our brackets name (see `_opening_subject`)
_NAMED_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he) (\[[^\]]+\])")


_REPORTED_IT = re.compile(
    r"\b(?:said|says|announced|announces|confirmed|confirms|added|stated)(?:\s+(?:on\s+)?\w+day)?"
    r"(?:\s+that)?\s+it\b"
)
"""A speech verb and "it" as the subject of what was said ("announced Tuesday that it"):
that "it", and an "its" after it, may be the body the sentence opens on."""


_CATAPHOR = frozenset("after as when because since while before until".split())
CATAPHOR_WORDS = 6
"""How many words after the comma that closes a pronoun's clause may name whom it means."""


def _people_named(text: str) -> list[str]:
    """Return the people `text` names, not a name that only modifies a noun ("the Pearson
    Terrace complex": a place)."""
    from briefing.text.tagger import tag_once as tag

    nouns = {t.start for t in tag(text) if t.upos == "NOUN" and t.text.islower()}
    found = []
    for _, full in persons(text):
        at = text.find(full)
        after = at + len(full) + 1
        if at >= 0 and after in nouns and text[after - 1] == " ":
            continue
        found.append(full)
    return found


def _pronoun_without_referent(shown: str, before: Sequence[str] = ()) -> bool:
    """Return whether `shown` holds a pronoun that nothing before it in `shown` can be.

    "it" needs a thing: a singular noun, or a name the article never gave a person
    ("called on Lee to veto it" has none when Lee is the governor named before).
    """
    plain = unbracket(_NAMED_PRONOUN.sub(r"\1", shown))
    bare = outside_quotes(plain)
    for m in _PERSON_PRONOUN.finditer(bare):
        if any(_may_be_person(w, k == 0) for k, w in enumerate(bare[: m.start()].split())):
            continue
        # "As he spoke, Mr. Lee said...": the sentence's opening phrase, the name right after it
        # the comma may close a quotation: 'after saying he was "done," Lee said'
        comma = _COMMA.search(plain, m.end())
        opening = ", " not in bare[: m.start()]
        after = plain[comma.end() :].split()[:3] if comma else []
        if opening and any(_is_named(w) for w in after):
            continue
        # "... betraying the voters who elected her, after state Rep. Ann Lee announced...": the
        # clause right after names the one person she is
        told = plain[comma.end() :].split()[:CATAPHOR_WORDS] if comma else []
        if told and told[0].lower() in _CATAPHOR and len(persons(" ".join(told[1:]))) == 1:
            continue
        return True
    thing = _THING_PRONOUN.search(bare)
    if thing is None:
        return False
    from briefing.text.tagger import tag_once as tag

    tokens = tag(bare)
    for m in _THING_PRONOUN.finditer(bare):
        expletive = _EXPLETIVE.match(bare, m.end())
        if m.group(0) == "it" and (
            (expletive and not _NOUN_PHRASE.match(bare, expletive.end()))
            or _MAKE_IT.search(bare, 0, m.start())
        ):
            continue
        # ("Lakeside Appliance announced Tuesday that it will…": the subject a sentence opens
        # on, a name with no first name, is a body "it" can be, not a person)
        reported = m.group(0) in ("it", "its") and _REPORTED_IT.search(bare, 0, m.end()) is not None
        people = {
            w
            for _, full in persons(bare[: m.start()])
            if not (reported and bare.startswith(full)) or is_first_name(full.split()[0])
            for w in full.split()
        }
        owners = {
            tokens[k - 1].start
            for k, t in enumerate(tokens)
            if k and t.upos == "PART" and t.text in ("'s", "’s", "'", "’")
        }
        # "Administration officials warn that it...": a word before a noun only modifies it
        modifiers = {
            t.start
            for k, t in enumerate(tokens[:-1])
            if t.upos in ("NOUN", "PROPN") and tokens[k + 1].upos == "NOUN"
        }
        found = [
            t
            for t in tokens
            if t.end <= m.start()
            and t.upos in ("NOUN", "PROPN")
            and t.start not in owners  # "the state's senators ... veto it": no state is vetoed
            and t.start not in modifiers
            and t.text not in people
            and t.text.lower().rstrip(".") not in _NOT_NAMES
            and t.text.lower() not in mapping("titles")
            # "Lee's spokesman said the governor expected it": a person is no "it"
            and t.text.lower() not in mapping("role_titles")
            and t.lemma.lower() not in _PEOPLE
        ]
        object_of = _object_of(tokens, m)
        if object_of is not None:
            # "A federal court had blocked it in 2029": what a verb acts on is not its own
            # subject, nor anything else in the verb's clause before it; an apposition's
            # commas close no clause ("Sen. Mitch McConnell of Kentucky, the majority
            # leader, has branded it": Kentucky is in the subject)
            appositions = [m2.span() for m2 in _APPOSITION_SPAN.finditer(bare, 0, object_of)]
            clause = _clause_opening(bare, object_of)
            while (
                apposed := next(
                    (a for a, b in appositions if b <= clause and not bare[b:clause].strip()),
                    None,
                )
            ) is not None:
                clause = _clause_opening(bare, apposed)
            found = [t for t in found if t.end <= clause]
            # "FactLine, a project based at Northwestern University, rated it": no verb
            # before this one but in the subject's apposition, so all before it is the
            # subject, and a verb's subject is not what it acts on
            if not any(
                t.upos in _VERBS
                and t.start < object_of
                and not any(a <= t.start < b for a, b in appositions)
                for t in tokens
            ):
                found = []
            verb = next(t for t in tokens if t.start == object_of)
            if verb.lemma.lower() in _ENACTING:
                # "has said she will sign it": what one signs or vetoes is a bill, an order, a
                # deal, not "gun control" the sentence named before
                found = [t for t in found if t.lemma.lower() in _ENACTED]
        if m.group(0) in ("it", "its"):
            # a plural is no "it"; nor a surname the article gave a person
            found = [t for t in found if t.upos == "PROPN" or t.lemma.lower() == t.text.lower()]
            if found and all(t.upos == "PROPN" for t in found):
                named = frozenset().union(*(_surnames(text) for text in before))
                found = [t for t in found if t.text not in named]
        if not found:
            return True
    return False


_ENACTING = frozenset(
    "sign veto pass approve enact repeal overturn override adopt ratify amend reject "
    "overrule rescind".split()
)
"""Verbs whose object is a document or a decision: their "it" is one (`_ENACTED`)."""
_ENACTED = frozenset(
    "bill act measure law legislation ordinance order proposal plan deal agreement contract "
    "resolution amendment budget treaty rule regulation policy ban veto decision ruling "
    "package map".split()
)
_APPOSITION_SPAN = re.compile(r",\s+(?:an?|the)\s+[^,;]{1,100},")
_CLAUSE_BOUNDARY = re.compile(
    r"[,;:(—–]|\s(?:and|but|or|that|which|who|after|before|because|when|while|until|since|"
    r"if|as|so)\s"
)


def _object_of(tokens: Sequence[Tagged], pronoun: re.Match[str]) -> int | None:
    """The start of the verb an object pronoun ("it", "them") follows ("blocked it in 2029"),
    else None; "said it would" is the subject of what follows."""
    if pronoun.group(0) not in ("it", "them"):
        return None
    at = next((k for k, t in enumerate(tokens) if t.start == pronoun.start()), None)
    if not at or tokens[at - 1].upos != "VERB":
        return None
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    # (a quotation blanked out between them: 'rated it "Mostly False," finding...')
    if after is not None and after.upos in _VERBS and after.start - pronoun.end() <= 1:
        return None
    return tokens[at - 1].start


def _clause_opening(bare: str, verb: int) -> int:
    """Where the clause holding the verb at `verb` opens (after the last comma or
    conjunction before it), 0 for the sentence's first clause."""
    return max((m.end() for m in _CLAUSE_BOUNDARY.finditer(bare, 0, verb)), default=0)


@lru_cache(maxsize=256)
def _story_actions(lead: tuple[str, ...]) -> frozenset[str]:
    """Return 5-letter stems of the verbs an article's opening sentences report ("annou").

    What the lead reports is the story's main event, which the brief's headline states: "the
    announcement" after a lead where someone "announced", "the decision" after one "decided".
    A document or a body ("the bill", "the committee") still has to be named.
    """
    from briefing.text.tagger import tag_once as tag

    return frozenset(
        t.lemma.lower()[:5] for text in lead for t in tag(outside_quotes(text)) if t.upos == "VERB"
    )


def _unintroduced(
    shown: str, introduced: frozenset[str] = frozenset(), story: frozenset[str] = frozenset()
) -> str | None:
    """Return the first "the X" in `shown` whose X the sentence never introduces, else None.

    "the bill" is introduced by "a bill" or "the measure" earlier in the sentence, or said
    by what follows it ("the bill that would...", "the report by the Times"); a capitalised
    word before the noun names it ("the Senate committee", "the Russia investigation"); a role
    ("the congressman") is whoever the sentence names before it.
    """
    bare = outside_quotes(unbracket(shown))
    words = list(re.finditer(r"\S+", bare))
    families = _families()
    seen: set[str] = set(introduced)
    named = organization = False
    # "Lakeside Weekly ... the magazine": an outlet the sentence names is the publication it means
    found_outlet = outlet_names().search(bare)
    outlet_at = found_outlet.start() if found_outlet else len(bare)
    nouns: set[int] | None = None
    verbs: list[tuple[int, str]] = []
    for i, m in enumerate(words):
        low = m.group(0).lower()
        owner = _NAMED_POSSESSIVE.fullmatch(m.group(0)) is not None or low in _POSSESSIVE
        if low in _DETERMINER or owner:
            dated = False
            for k in range(i + 1, min(i + 4, len(words))):
                raw = words[k].group(0)
                core = raw.strip('.,;:!?()"“”')
                possessive = re.search(r"['’]s?$", core) is not None
                core = re.sub(r"['’]s?$", "", core)
                if owner and core.lower() not in _SAID:
                    break  # "Lee's emails", "the committee's first hearing": whose says which
                # an owner's remarks or plans ("his plans"): only a sentence before tells which
                if (owner or core.lower() in families) and core[:1].islower():
                    if nouns is None:
                        from briefing.text.tagger import tag_once as tag

                        tags = tag(bare)
                        nouns = {t.start for t in tags if t.upos == "NOUN"}
                        verbs = [(t.start, t.lemma.lower()) for t in tags if t.upos in _VERBS]
                    if (
                        raw == core
                        and k + 1 < len(words)
                        and words[k + 1].start() in nouns
                        and not _NO_HEAD.fullmatch(words[k + 1].group(0).rstrip(".,;:!?"))
                    ):
                        continue  # "the law enforcement officials": the head comes later
                    after = bare[words[k].end() :].lstrip(" ")
                    said = not possessive and bool(
                        (raw == core and _WHICH.match(after))
                        or (raw == core + "," and _WHICH.match(", " + after))
                        # "the 2008 event in Riverside": a year and a place pin it down
                        or (dated and raw == core and _PLACED.match(after))
                    )
                    if said and after.startswith("to "):
                        # "the bill to open the government", not "the suspect to reporters"
                        verb_at = words[k].end() + bare[words[k].end() :].index("to ") + 3
                        said = any(start == verb_at for start, _ in verbs)
                    # a role is whoever the sentence names, a body whatever organization
                    role = (
                        (core.lower() in mapping("role_titles") and named)
                        or (core.lower() in _BODIES and organization)
                        or (core.lower() in _PUBLICATIONS and outlet_at < m.start())
                    )
                    # "invited ... the invitation", "announced ... the announcement"
                    stem = core.lower()[:5]
                    acted = any(at < m.start() and lemma[:5] == stem for at, lemma in verbs)
                    main = stem in story  # the story's main event: "announced" -> the announcement
                    if not (said or role or acted or main) and not (family_of(core) & seen):
                        return f"{low} {core}"
                    break
                # "the Senate committee": named enough; "the 2014 ban" needs more (which ban?)
                if core[:1].isupper() or (low == "the" and core.lower() in _RANK_WORDS):
                    break  # ("the first veto override since 2016" speaks of the kind)
                if _YEAR.fullmatch(core):
                    dated = True
                    continue
                if core.lower() in STOPWORDS or raw != core:
                    break
        word = re.sub(r"['’]s?$", "", m.group(0).strip('.,;:!?()"“”')).lower()
        if not (i and words[i - 1].group(0).lower() == "own"):
            # "issued its own resolution ... withdraw the proposal": its own is another one
            seen.add(word)
        named = named or _is_named(m.group(0))
        organization = organization or _is_organization(m.group(0))
    return None


def story_noun(text: str) -> str | None:
    """Return the 5-letter stem of the one "the X" in `text` that only the story's main event
    introduces ("issued the declaration" -> "decla"), else None: the fact reads alone once the
    reader has been told the event ("declared a state of emergency"), not before."""
    missing = _unintroduced(text)
    return missing.split()[-1][:5] if missing is not None and missing.startswith("the ") else None


def states_action(text: str, stem: str) -> bool:
    """Return whether `text` has a verb of the 5-letter stem `stem` ("declared" for "decla")."""
    from briefing.text.tagger import tag_once as tag

    return any(t.upos == "VERB" and t.lemma.lower()[:5] == stem for t in tag(outside_quotes(text)))


# Words a tagger may read as a noun after "the report" that head no compound: a time ("the
# report today"), a past form ("what the report uncovered").
_NO_HEAD = re.compile(
    r"(?i:today|yesterday|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|[a-z]+ed)"
)


_PARTICLES = frozenset("away back up down out off over on aside".split())
"""The particles of a phrasal verb ("took that away"), after which "that" was its object."""


def _demonstrative(bare: str) -> bool:
    """Return True when "that" or "those" points at a thing ("that argument", "for that
    work"): a determiner, not the conjunction of "said that the bill..."."""
    if not re.search(r"\b(?:that|those)\b", bare, re.I):
        return False
    from briefing.text.tagger import tag_once as tag

    tokens = tag(bare)
    for k, t in enumerate(tokens[:-1]):
        if t.text.lower() not in ("that", "those"):
            continue
        prev, after = (tokens[k - 1] if k else None), tokens[k + 1]
        if (
            t.upos == "DET"
            and after.upos in ("NOUN", "ADJ")
            # "an order Monday that bars agencies": right after a noun, "that" opens a relative
            # clause (the tagger may read its verb as a plural noun)
            and not (prev and prev.upos in ("NOUN", "PROPN") and bare[t.start - 1] == " ")
        ):
            return True
        if (
            # "Mayor Lee took that away, vetoing...": what a verb acts on is a thing told before
            prev is not None
            and prev.upos == "VERB"
            # ("said that, in her view, the bill would pass": the conjunction of what she said)
            and prev.lemma.lower() not in attributing_verbs()
            and prev.text.lower() not in attributing_verbs()
            # ("took that away," / "reflects that."; not "estimated that about 36,000")
            and (
                (after.text.lower() in _PARTICLES and bare[after.end : after.end + 1] != "-")
                or (after.upos == "PUNCT" and after.text not in ("—", "–", "-"))
            )
        ):
            return True
    return False


_PLAN = re.compile(
    rf"{_BILL_WORD.pattern}|\b(?:[Pp]lans?|[Pp]roposals?|[Pp]rograms?|[Rr]ules?|"
    r"[Pp]olic(?:y|ies)|[Dd]eals?|[Aa]greements?|[Oo]rders?)\b"
)
_CONDITION = re.compile(r"\b(?:if|unless|under|were|once|when|because)\b", re.I)


def _consequence(bare: str) -> bool:
    """Return True when the sentence's own first verb is "would" and nothing in it says on
    what condition: "Courts would be permitted to waive...", "Lee would be the alternative to
    Reyes" tell what follows from something the sentence before told (a bill, an election)."""
    if not re.search(r"\bwould\b", bare, re.I):
        return False
    from briefing.text.tagger import tag_once as tag

    tokens = tag(bare)
    first = next((k for k, t in enumerate(tokens) if t.upos in ("AUX", "VERB")), None)
    if first is None or tokens[first].text.lower() != "would":
        return False
    subject = bare[: tokens[first].start]
    if _BILL_NAME.search(subject) or _PLAN.search(subject):
        return False  # "[SB 12] would ban cars", "The plan would cut taxes": what it does
    # "A bill, which would have reopened the government, received...": a relative clause's
    return not any(t.text.lower() in ("which", "who", "that") for t in tokens[:first]) and not (
        _CONDITION.search(bare)
    )


_UNIQUE = frozenset(
    "administration government justices economy military public coronavirus pandemic virus "
    "weather police".split()
)
"""Things a reader knows without a name: the one government, the country's justices."""
_PEOPLE = frozenset(
    "official officer newcomer veteran girl boy man woman child teen teenager suspect victim "
    "lawmaker congressman congresswoman senator governor candidate executive founder "
    "billionaire star mother father son daughter".split()
)
"""People an article's opening may describe instead of naming ("The 34-year-old first-time
candidate beat..."): the brief never shows the sentence that names them."""
_COMPLEMENT = frozenset("of for by in on at from against with between".split())


def _unnamed_subject(body: str, before: Sequence[str]) -> bool:
    """Return True when the sentence opens on "the" and a thing it never names: "The missive
    accused...", "The 34-year-old first-time candidate beat...", "The retreat, which ran for
    two days, was paid for by...". Not when a capital names it ("The Lakeside Weekly cover", "The
    Senate"), a complement or an apposition does ("The mayor of Lakeside", "The special
    counsel, Ann Lee,"), the article's opening sentences introduced it (the story's own
    "shutdown", "caucuses"), or it is one a reader knows ("The federal government")."""
    if not body.startswith("The "):
        return False
    from briefing.text.tagger import tag_once as tag

    tokens = tag(body)
    head = None
    nouns = []
    k = 1
    while k < len(tokens):
        token = tokens[k]
        if token.text[:1].isupper() or token.upos == "PROPN" or token.text in ("'s", "’s"):
            return False  # "The Reyes administration", "The state's image" (whose: the state)
        if token.upos in ("NOUN", "ADJ", "NUM") or token.text == "-":
            if token.upos == "NOUN":
                # the head and the noun right before it ("the budget stalemate")
                nouns = [head, token] if head is not None and tokens[k - 1] is head else [token]
                head = token
            k += 1
            continue
        break
    if head is None or k >= len(tokens):
        return False
    after = tokens[k]
    if after.text.lower() == "that":
        return False  # "The news that Lee will leave comes...": the clause says which news
    if after.text.lower() in _COMPLEMENT:
        if any(t.text[:1].isupper() for t in tokens[k + 1 : k + 4]):
            return False  # "The mayor of Lakeside", "The win by Lee"
        if after.text.lower() == "of" and k + 1 < len(tokens) and tokens[k + 1].upos == "NOUN":
            return False  # "The number of objections", "The list of speakers": it says what
        # "The standoff over the shutdown": the complement's noun may be the story's
        nouns += [t for t in tokens[k + 1 : k + 4] if t.upos == "NOUN"]
    if after.text == "," and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper():
        return False  # "The special counsel, Ann Lee, has..."
    if after.text == "," and _OWNER_APPOSED.match(body):
        return False  # "The majority opinion, written by Justice Ann Lee, ...": whose it is
    stem = head.lemma.lower()
    if stem in _UNIQUE or head.text.lower() in _UNIQUE:
        return False
    if len(before) < LEAD_SENTENCES:
        # an article's opening may name its event so ("The strike is entering its third
        # week"), which the headline states; not a person it withholds the name of
        return stem in _PEOPLE
    lead = " ".join(outside_quotes(text) for text in before[:LEAD_SENTENCES]).lower()
    return not any(re.search(rf"\b{re.escape(n.lemma.lower()[:5])}", lead) for n in nouns)


_THEN = re.compile(r"(?<![\w-])then(?![\w‑-])", re.I)
# "and then", "but then", ", then": the sentence pairs two acts it states
_PAIRING = re.compile(r"(?:\b(?:and|but|or)|,)\s+$", re.I)


def _then_points_back(bare: str) -> bool:
    """Return whether a "then" in `bare` means "after what the sentence before told": "Lee then
    went on to demand..." does; "and then left", "Lee won in 2026 and under the law would then
    serve four years" (a time or an act the sentence states before it, not only who speaks)
    and "then-Gov. Lee" (a former title) do not."""
    from briefing.text.tagger import tag_once as tag

    speech = attributing_verbs()
    for m in _THEN.finditer(bare):
        prior = bare[: m.start()]
        if _PAIRING.search(prior):
            continue
        acts = [
            t
            for t in tag(prior)
            if t.upos == "VERB" and t.lemma.lower() not in speech and t.text.lower() not in speech
        ]
        if not acts:
            return True
    return False


def _leans_back(
    shown: str,
    introduced: frozenset[str] = frozenset(),
    story: frozenset[str] = frozenset(),
    before: Sequence[str] = (),
) -> bool:
    """Return whether `shown` needs words before it: a pronoun, "the X" or "again" it cannot
    resolve itself."""
    bare = outside_quotes(shown)
    plain = unbracket(bare)
    if _NEEDS_BEFORE.search(plain.strip()) or _MORE.match(bare) or _demonstrative(bare):
        return True
    if _again(plain) or _then_points_back(plain) or _consequence(plain) or _relative_time(plain):
        return True
    ellipsis = _ELLIPSIS.search(unbracket(shown).strip())
    if ellipsis and not re.fullmatch(rf"{_AUXILIARIES}|not|to", ellipsis.group("before"), re.I):
        return True  # (not "Lee would not do.": "do" is the verb, "would" its auxiliary)
    also = _ALSO.search(bare)
    if also and not _ALSO_PAIRED.search(bare, 0, also.start()):
        return True
    return (
        _pronoun_without_referent(shown, before)
        or _unintroduced(shown, introduced, story) is not None
    )


def stand_alone(text: str, before: Sequence[str] = ()) -> Wording | None:
    """Return how `text` reads alone (our words in brackets), or None when it cannot.

    `before` holds the sentences that precede it in its article, oldest first.
    """
    start, inserted = 0, ""
    naming: tuple[tuple[int, str], ...] = ()
    dateline = DATELINE.match(text)
    if dateline and text[dateline.end() : dateline.end() + 1].isupper():
        start = dateline.end()
    connective = CONNECTIVE.match(text, start)
    personal = None
    if connective and len(text) - connective.end() >= 20:
        start = connective.end()
        head = text[start]
        # "But the congressman declined" -> "[Rep. Ann Lee] declined": the subject is resolved
        personal = _PERSONAL.match(head.upper() + text[start + 1 :])
        if head.islower() and personal is None:
            inserted, start = f"[{head.upper()}]", start + 1
    rest = text[start:]
    # the sentence as a reader sees it, a capital we bracketed included
    body = inserted[1:-1] + rest if inserted else rest
    introduced: frozenset[str] = frozenset()
    personal = personal or _PERSONAL.match(rest)
    bill = _BILL_SUBJECT.match(rest) or (
        _IT_SUBJECT.match(rest) if _opens_on_bill(before) else None
    )
    if personal and not inserted:
        name = _referent(before, personal.group(1))
        if name is None:
            return None
        inserted, start = f"[{name}]", start + len(personal.group(1))
    elif (
        not bill
        and not inserted
        and _IT_SUBJECT.match(rest)
        and (named_thing := _thing_before(before)) is not None
    ):
        # "Under the order, ... / It does not cover county sheriffs": "[The executive order]
        # does not cover...", the thing the sentence before opens on, as the opening described it
        inserted, start = f"[{named_thing}]", start + len("It")
        introduced = family_of(named_thing.split()[-1])
    elif bill and not inserted:
        name = _bill_name(before)
        if name is not None:
            inserted, start = f"[{name}]", start + len(bill.group(1))
        elif bill.re is _IT_SUBJECT:
            return None  # "It would...": no bill named just before
        elif _BILL_NAME.match(text, start + bill.end()):
            pass  # "The measure, House Bill 212, would...": its own apposition names it
        elif (kind := _described(bill.group("noun"), before)) is not None:
            # "The bill would have..." -> "The [rent control] bill would have...": what the
            # article's opening called the one bill it is about
            naming = ((start + bill.start("noun"), f"[{kind}] "),)
        else:
            return None
        introduced = _families()["bill"]
    elif not inserted and (modified := _modified_role(rest, before)) is not None:
        # "The Lakeland prime minister himself declined" -> "[Prime Minister Tom Reyes]
        # himself declined": the one person the article titled so, where it names Lakeland
        inserted, start = f"[{modified[0]}]", start + modified[1]
    elif (
        not inserted
        and (owner := _POSSESSIVE_SUBJECT.match(rest)) is not None
        and (whose := _referent(before, "She" if owner.group(1) == "Her" else "He")) is not None
    ):
        # "Her switch breaks a 50-50 tie" -> "[Carla Brenneman's] switch breaks...": the one
        # person the sentences before can be, as for "She"
        inserted, start = f"[{whose}'s]", start + len(owner.group(1))
    elif DANGLING.match(body):
        return None
    elif (described := _DESCRIBED.match(body)) and not described.group("named"):
        return None
    elif _WITHHELD.match(body) and not persons(_subject_part(body)):
        return None
    else:
        if _BACK_REFERENCE.match(body) or _BACK_REFERENCE.match(text):
            # "The order directs..." -> "The [executive] order directs...": how the article's
            # opening described the one thing of that kind it is about
            thing = _DESCRIBED_SUBJECT.match(rest) if not inserted else None
            kind = _described(thing.group("noun"), before) if thing else None
            act = _OWNED_ACT_SUBJECT.match(rest) if not inserted and kind is None else None
            acted_by = _event_owner(act.group("noun"), before) if act else None
            if act is not None and acted_by is not None:
                # "The lawsuit claims..." -> "The lawsuit [by Ann Lee] claims...": the story's
                # own act, which the opening reports ("Ann Lee sued...")
                doer, relation = acted_by
                naming = ((start + act.end("noun"), f" [{relation} {_as_named(doer)}]"),)
                introduced = family_of(act.group("noun"))
            elif act is not None and _OWNER_APPOSED.match(rest) is not None:
                # "The lawsuit, filed in Cook County by Ann Lee, contends...": it says whose
                introduced = family_of(act.group("noun"))
            elif thing is None or kind is None:
                return None
            else:
                naming = ((start + thing.start("noun"), f"[{kind}] "),)
                introduced = family_of(thing.group("noun"))
        elif _unnamed_subject(body, before):
            return None
    if _pointing(outside_quotes(rest)) or _COMPARED_BACK.search(outside_quotes(rest)):
        return None
    resolved: tuple[tuple[int, str], ...] = ()
    objective = _OBJECT_PRONOUN.search(outside_quotes(rest))
    if (
        objective is not None
        and not inserted
        and not persons(rest[: objective.start()])
        # ("the voters who elected her, after state Rep. Ann Lee announced...": the clause
        # after it names her)
        and not (rest[objective.end() :].startswith(",") and persons(rest[objective.end() :]))
    ):
        # "A Harlan County jury convicted him in 2023" -> "convicted him [Raymond Ostrowski]":
        # the one person the sentences before can be, named after the pronoun in our brackets
        whom = _referent(before, "He" if objective.group(1).lower() == "him" else "She")
        if whom is None:
            return None
        resolved = ((start + objective.end(1), f" [{whom}]"),)
    elif (after_opening := _OPENING_PRONOUN.match(rest)) is not None:
        # "In a statement on Tuesday, he decried..." -> "..., he [Tom Reyes] decried...": the
        # one person the sentences before can be, named after the pronoun in our brackets
        person = _opening_subject(rest, after_opening, before)
        if person is None:
            return None
        resolved = ((start + after_opening.end(), f"[{person}] "),)
    elif _INNER_PRONOUN.match(rest):
        return None
    aside = _SPEAKER_ASIDE.search(outside_quotes(rest))
    if (
        aside is not None
        and not resolved
        and not inserted
        and aside.group("verb") in attributing_verbs()
        and not _people_named(rest[: aside.start()])
    ):
        # "When the authority tore down the complex in 2009, she noted, fewer than a third
        # moved back" -> "she [Ruth Salazar-Klein] noted": the speaker the sentence before named
        whom = _referent(before, aside.group("pronoun").capitalize())
        if whom is None:
            return None
        resolved = ((start + aside.end("pronoun"), f" [{whom}]"),)
    # "Lee also said..." -> "[Lee] said...": the adverb that points back goes, in our brackets
    if inserted and not inserted[1:-1].islower() and len(inserted) > 3:
        again = _AGAIN.match(text, start)
        if again:
            start = again.end()
    elif not inserted:
        again = _SUBJECT_AGAIN.match(rest)
        if again and _named_subject(again.group("subject")):
            # "Mr. Reyes also praised" -> "[Tom Reyes] praised": the full name given before
            subject = again.group("subject")
            named = _full_name(subject + " ", before)
            if named is not None and named[1] == len(subject):
                subject = named[0]
            inserted, start = f"[{subject}]", start + again.end()
    if not inserted:
        # "Mr. Reyes has been critical..." -> "[Tom Reyes] has been critical...": the full
        # name the article gave before, since a reader of the brief never saw it
        named = _full_name(rest, before)
        if named is not None:
            inserted, start = f"[{named[0]}]", start + named[1]
    if not inserted and rest[:1].islower():
        return None
    inner: tuple[tuple[int, str], ...] = (*resolved, *naming)
    shown = compose(text, start, len(text), inserted, inner)
    story = _story_actions(tuple(before[:LEAD_SENTENCES]))
    passed = _PASSED_PLAN.search(outside_quotes(text), start)
    if not introduced and (passed or _unintroduced(shown, introduced, story) in _BILL_REFERENCES):
        # "Republicans called the bill a power grab" -> "the [SB 12] bill": the one bill the
        # article has named is the one it means ("approved the [SB 12] plan" too)
        at = passed.start("noun") if passed else _bill_reference(text, start)
        # unnamed, "the bill" is still the one the opening described: "voted against the
        # [spending] bill" after "approved a $1.1 trillion spending package"
        name = _story_bill(before) or _described("bill", before) or _described("package", before)
        if at is not None and name is not None:
            inner = (*inner, (at, f"[{name}] "))
            introduced = _families()["bill"] | (
                family_of(passed.group("noun")) if passed else frozenset()
            )
            shown = compose(text, start, len(text), inserted, inner)
    for _ in range(OWNED_INSERTIONS):
        # "the cover" -> "the [Lakeside Weekly] cover": the one name the article put on it before
        missing = _unintroduced(shown, introduced, story)
        if missing is None or not missing.startswith("the "):
            break
        owned = _owned(text, start, missing[4:], before)
        if owned is None or any(at == owned[0] for at, _ in inner):
            break
        if owned[1] in unbracket(shown):
            break  # "Lee said she was making the [Lee] trip" tells the reader nothing more
        inner = (*inner, (owned[0], f"[{owned[1]}] "))
        introduced = introduced | family_of(missing[4:])  # "the [stadium] agreement": which
        shown = compose(text, start, len(text), inserted, inner)
    for at, noun in _event_mentions(text, start, story, before)[:OWNED_INSERTIONS]:
        # "vowed to override the veto" -> "the [Ann Lee] veto": the story's own act, which its
        # opening reports ("Gov. Ann Lee vetoed..."), named by who did it or whom it is about,
        # for a reader who sees this fact alone
        kind = (
            _described(noun, before, True)
            if not _PROCEEDING_NOUN.fullmatch(noun) and (noun[:5] in story or _act_classes(noun))
            else None
        )
        if kind is not None:
            # "will not pay the increase" -> "the [tuition] increase": what the opening called
            # it ("a 9.2 percent tuition increase") says which more plainly than who did it
            if kind not in unbracket(shown) and not any(at == k for k, _ in inner):
                inner = (*inner, (at, f"[{kind}] "))
                shown = compose(text, start, len(text), inserted, inner)
            continue
        if _YEAR_TOLD.search(outside_quotes(text)):
            continue  # "a hiring freeze in 2010": another one than the story's, whoever did it
        acted_by = _event_owner(noun, before)
        if acted_by is None or acted_by[0].split()[-1] in unbracket(shown):
            continue  # ("Lee said the veto would stand": whose veto, the sentence says)
        if any(at == k and not words[1:2].islower() for k, words in inner):
            continue  # (a name there already; not a description: "the [formal] investigation")
        doer, relation = acted_by
        if (
            _PROCEEDING_NOUN.fullmatch(noun)
            or relation == "of"
            or (" of " in doer and _act_classes(noun) and not persons(doer))
            or _has_owner(doer)
        ):
            # ("the increase [by the Board of Regents of X]": a name with "of" reads after it;
            # so does one with an owner: "the ban [by Marren's City Council]")
            # "the [Ann Lee] investigation" may be by her or into her: the relation says which
            inner = (*inner, (at + len(noun), f" [{relation} {_as_named(doer)}]"))
        else:
            inner = (*(i for i in inner if i[0] != at), (at, f"[{doer}] "))
        shown = compose(text, start, len(text), inserted, inner)
    for at, purpose in (
        *_purposes(text, start, before, inner),
        *_bare_votes(text, start, before, inner),
    ):
        # "voted against the plan" -> "the plan [to close three elementary schools]", "voted
        # against." -> "voted against [the motion to fire City Manager Ann Lee].": what the
        # article's opening said the vote was to do, for a reader who never saw it
        inner = (*inner, (at, f" [{purpose}]"))
        shown = compose(text, start, len(text), inserted, inner)
    for at, name in (
        *_named_bodies(text, start, before, inner),
        *_named_board(text, start, before),
    ):
        # "The council voted 7-4" -> "The [Port Calloway City] council voted 7-4": the one body
        # of that kind the article has named
        inner = (*inner, (at, f"[{name}] "))
        shown = compose(text, start, len(text), inserted, inner)
    for at, place in (
        *_named_city(text, start, before, inner),
        *_named_place(text, start, before, inner),
    ):
        # "The city has 30 days to respond" -> "The city [of Kansas City] has...", "workers in
        # the state [of Tamarack]": the one city, state or county the article named
        inner = (*inner, (at, f" [of {place}]"))
        shown = compose(text, start, len(text), inserted, inner)
    for at, name in _named_roles(text, start, before, inner):
        # "a spokeswoman for the governor" -> "the governor [Celeste Marchetti]": the one
        # person the article gave that role
        inner = (*inner, (at, f" [{name}]"))
        shown = compose(text, start, len(text), inserted, inner)
    for at, kind in _story_things(text, start, before, inner, unbracket(shown)):
        # "approved the contract" -> "the [camera] contract": what kind of thing the
        # article's opening said it was ("a five-year red-light camera contract")
        inner = (*inner, (at, f"[{kind}] "))
        shown = compose(text, start, len(text), inserted, inner)
    for at, first in _titled_surnames(text, start, before, inner):
        # "the station said Mr. Reyes had not..." -> "Mr. [Tom] Reyes": whom the article named
        inner = (*inner, (at, f"[{first}] "))
        shown = compose(text, start, len(text), inserted, inner)
    if _leans_back(shown, introduced, story, before):
        # "..., despite claims that the measure is a ploy": the gloss may go, the rest stays
        short = shortened(
            Wording(shown, inserted, start, len(text), inner=inner, subject=resolved), text
        )
        if short is None or _leans_back(short.text, introduced, story, before):
            return None
        return short
    return Wording(
        text=shown, inserted=inserted, start=start, end=len(text), inner=inner, subject=resolved
    )


_DECIDED = re.compile(
    r"\b(?:voted|votes|approved|approves|agreed|agrees|decided|decides|announced|announces|"
    r"unveiled|unveils|proposed|proposes|plans|planned|voting|deciding|agreeing)\b"
    # only a vote's count and when between: "voted 7 to 4 late Tuesday night to..."
    r"(?:\s+(?:\d[\d-]*|to|on|late|early|last|this|night|morning|afternoon|evening|"
    r"unanimously|narrowly|overwhelmingly|quietly|[A-Z][a-z]+day|Jan\.|Feb\.|Aug\.|Sept\.|"
    r"Oct\.|Nov\.|Dec\.|[A-Z][a-z]+ \d{1,2}))*?\s+to\s+"
    r"(?P<clause>[a-z](?:[^,;:—–()]|(?<=\d),(?=\d{3}))*)"
)
"""An opening's decision and what it is to do: "voted 5-2 early Friday to close three schools"
("to fine Dale Hutchins $38,500": a figure's comma ends no clause)."""
_OTHER_DECISION = re.compile(
    r"\b(?:vot(?:ed|ing|es)|reject(?:ed|s|ing)|approv(?:ed|es|ing)|pass(?:ed|es)|adopt(?:ed|s)|"
    r"den(?:ied|ies)|block(?:ed|s))\b"
)
_CLAUSE_STOP = re.compile(
    r"\s(?:after|despite|amid|as|while|because|following|over the objections?|though|but|"
    r"and (?:then|also)|which|who|that|when|where)\s"
)
_PLACE_OR_TIME = re.compile(
    r"\s(?:at|on|along|by|in|for|within|starting|beginning|until|before|this|next|over|"
    r"across|throughout|near)\s"
)
_DECIDING_ON = frozenset(
    "approve back support pass adopt endorse accept reject block oppose deny override veto "
    "consider delay table review study declare fire hire confirm elect name side rule find "
    "uphold strike".split()
)
"""Verbs whose object is the thing decided on ("voted to approve the deal"): what is to be
done is then in the object, which a to-clause after "the plan" would misstate."""
_PLAIN_ACTS = frozenset(
    "ban reject fire remove close cut end block deny repeal suspend dismiss bar oust override "
    "veto censure adopt approve pass fine".split()
)
"""Acts a decision names plainly, though a sentiment list scores them ("ban" negative,
"adopt" positive)."""
_PERSONAL_WORDS = frozenset("he she him his her hers they them their theirs we us our".split())
PURPOSE_WORDS = 12
"""The longest purpose put in brackets after "the plan" ("to close three elementary
schools"); a longer one is a sentence of its own."""
_PURPOSE_NOUN = re.compile(
    r"\b[Tt]he (?P<noun>plan|proposal|measure|change|changes|switch|shift|move|decision|policy|"
    r"ordinance)\b"
    r"(?!\s+(?:to|of|for|that|which|by|from)\b|\s*[,:(]|\s+[A-Z])"
)


@lru_cache(maxsize=1024)
def _purpose(opening: tuple[str, ...], on_thing: bool = False) -> str | None:
    """Return what an article's opening says its decision is to do, as a to-clause without
    its when and where ("voted 5-2 early Friday to close three elementary schools at the end of
    the school year" -> "to close three elementary schools"), else None: no such decision, one
    on a thing ("voted to approve the deal"; with `on_thing`, that one too: what a motion
    was), one too long to bracket, or words that judge."""
    from briefing.text.lexicon import load_lexicon
    from briefing.text.polarity import polarity
    from briefing.text.tagger import tag_once as tag

    for text in opening:
        plain = _bare(DATELINE.sub("", text, count=1))
        found = _DECIDED.search(plain)
        if found is None:
            if _OTHER_DECISION.search(plain):
                return None  # "rejected an application ..., voting 7-2 against": no to-clause
            continue
        clause = _CLAUSE_STOP.split(" " + found.group("clause") + " ")[0].strip()
        words = clause.split()
        for cut in _PLACE_OR_TIME.finditer(" " + clause + " "):
            # keep what is done and to what: "close three schools [at the end of the year]"
            if len(clause[: max(0, cut.start() - 1)].split()) >= 3:
                words = clause[: max(0, cut.start() - 1)].split()
                break
        adverbs = {t.text for t in tag(" ".join(words)) if t.upos == "ADV"}
        words[-1:] = [w.rstrip(".") for w in words[-1:]]
        while len(words) > 1 and (
            words[-1].lower() in ("and", "or", "the", "a", "an", "its", "their")
            or words[-1].endswith("ed")  # "cameras paid [for with grant money]": its gloss
            # "close three schools anyway": the writer's aside
            or words[-1] in adverbs
            or words[-1].lower() in ("anyway", "instead", "nonetheless", "regardless")
        ):
            words.pop()
        words[-1:] = [w.rstrip(".") for w in words[-1:]]
        if (
            not words
            or (words[0].lower() in _DECIDING_ON and not on_thing)
            or len(words) > PURPOSE_WORDS
            or any(w.lower() in _PERSONAL_WORDS for w in words)
        ):
            return None  # ("to let his office install...": whose, the bracket cannot say)
        # "to close three half-empty elementary schools": an adjective that judges what the
        # act is done to is the writer's; the act is "to close three elementary schools"
        adjectives = {t.text for t in tag(" ".join(words)) if t.upos == "ADJ"}
        words = [
            w
            for k, w in enumerate(words)
            if not (
                0 < k < len(words) - 1
                and w.split("-")[-1] in adjectives
                and any(polarity(part) for part in w.split("-"))
            )
        ]
        purpose = " ".join(words)
        # ("to ban camping", "to fire the city manager": the act, whatever a word list feels)
        judged = words[1:] if words[0].lower() in _PLAIN_ACTS else words
        parts = [part for w in judged for part in w.split("-")]
        if load_lexicon().find(purpose) or any(polarity(w) for w in parts):
            return None  # "to ram a shelter into": the outlet's words, not ours to repeat
        return f"to {purpose}"
    return None


def _purposes(
    sentence: str, start: int, before: Sequence[str], inner: Sequence[tuple[int, str]] = ()
) -> list[tuple[int, str]]:
    """Return (offset right after "the plan", "to ...") for the first "the plan", "the
    proposal", "the measure" or "the move" the sentence does not say more of, where the
    article's opening told what its decision is to do (`_purpose`)."""
    bare = outside_quotes(sentence)
    found = _PURPOSE_NOUN.search(bare, start)
    if found is None or any(at == found.end() for at, _ in inner):
        return []
    if re.search(rf"\b{found.group('noun')[:5]}", bare[: found.start()], re.I):
        return []  # "proposed a plan ... the plan": the sentence says which
    opening = tuple(before[:LEAD_SENTENCES])
    purpose = _purpose(opening)
    if found.group("noun").lower() in _CHANGE_NOUNS:
        # "the change [to a four-day week]"; "the change [to end legacy admissions]" reads
        # too, "the switch [to end legacy admissions]" does not
        changed = _changed_to(_purpose(opening, on_thing=True) or "")
        purpose = changed or (purpose if found.group("noun").lower() == "change" else None)
    if purpose is None:
        return []
    told = [w for w in purpose.split()[1:] if w.lower() not in STOPWORDS]
    if not told or re.search(rf"\b{re.escape(told[0])}\b", bare, re.I):
        return []  # ("the plan to close the schools" says which)
    return [(found.end(), purpose)]


_CHANGE_NOUNS = frozenset("change changes switch shift".split())
_GOING_TO = frozenset("switch move shift go return convert transition".split())


def _changed_to(purpose: str) -> str | None:
    """Return what a change is to, from what the opening's vote was to do: "to adopt a four-day
    week" or "to switch to a four-day week" -> "to a four-day week"; None for any other act
    ("the change [to close three schools]" misreads)."""
    verb, _, rest = purpose.removeprefix("to ").partition(" ")
    if verb.lower() == "adopt" and rest:
        return f"to {rest}"
    if verb.lower() in _GOING_TO and rest.startswith("to ") and len(rest.split()) > 1:
        return rest
    return None


_BARE_VOTE = re.compile(
    r"\bvot(?:ed|ing)\s+(?P<how>against|in favor|no|yes)(?=\s*(?:[.;]|,\s+(?:and|but)\b|$)"
    # "The four members who voted no were appointed by...": the relative clause ends there
    r"|\s+(?:were|was|are|is|had|have|said|say|says|included|include|came)\b)"
    # "cast the dissenting vote", "the four dissenting votes came from...": a vote against
    r"|\b(?:the|lone|only|sole|two|three|four|five|six|\d+)\s+(?P<dissent>dissenting|no)\s+"
    r"votes?\b(?!\s+(?:on|against|in|to|for|of|from|by)\b)"
)
_VOTE_ON = {"against": "", "in favor": "of ", "no": "on ", "yes": "on "}
"""The word that joins a vote to its motion: "voted in favor [of the motion to...]"."""


def _bare_votes(
    sentence: str, start: int, before: Sequence[str], inner: Sequence[tuple[int, str]] = ()
) -> list[tuple[int, str]]:
    """Return (offset right after "voted against", "the motion to ...") for each vote with
    nothing after it ("Ann Lee and Tom Reyes voted against."), where the article's opening told
    what the vote was to do (`_purpose`, a vote on a thing or a person included)."""
    bare = outside_quotes(sentence)
    votes = [
        m for m in _BARE_VOTE.finditer(bare, start) if not any(a == _vote_end(m) for a, _ in inner)
    ]
    if not votes:
        return []
    purpose = _purpose(tuple(before[:LEAD_SENTENCES]), on_thing=True)
    if purpose is None:
        return []
    return [
        (_vote_end(m), f"{_VOTE_ON[m.group('how') or 'no']}the motion {purpose}") for m in votes
    ]


def _vote_end(vote: re.Match[str]) -> int:
    """Where the motion goes after a bare vote: after "voted no", or after "the dissenting
    vote"."""
    return vote.end() if vote.group("dissent") else vote.end("how")


_NAMED_KINDS = frozenset(
    "council commission board agency committee panel union company district legislature "
    "authority department chain firm court university utility carrier airline hospital college "
    "museum".split()
)
"""Bodies a sentence may call by their kind alone ("the council") once the article has named
the one it means ("the Port Calloway City Council")."""
_BARE_BODY = re.compile(
    rf"\b[Tt]he (?P<kind>{'|'.join(sorted(_NAMED_KINDS))})\b(?![-‑])"
    # "Agency spokesman Marcus Bell said" opening a sentence: the kind as a title's first word
    rf"|^(?P<title>{'|'.join(sorted(k.title() for k in _NAMED_KINDS))})\s+"
    r"(?=(?:spokes(?:man|woman|person)|officials?|members?|chair(?:man|woman)?|president|"
    r"director|staff)\b)"
)


@lru_cache(maxsize=32)
def _body_name_pattern(kind: str) -> re.Pattern[str]:
    """The names an article gives a body of `kind`: "the Lakeside City Council", "Lakeside's
    City Council", "the Linden Valley school board" (one word of what kind, in lower case),
    "Corliss County commissioners" (its members, named by the body)."""
    return re.compile(
        rf"((?:[A-Z][\w.'’-]*(?:['’]s)?\s+(?:of\s+)?){{1,5}}(?:[a-z]+\s+)?)"
        rf"(?:{kind.title()}|{kind})(?:ers)?\b"
    )


def _named_bodies(
    sentence: str, start: int, before: Sequence[str], inner: Sequence[tuple[int, str]] = ()
) -> list[tuple[int, str]]:
    """Return (offset in `sentence`, name) for each "the <kind>" (`_NAMED_KINDS`) outside
    quotation marks whose body the sentence does not name but the article did, by exactly one
    name ending on that kind ("the Port Calloway City Council", "Port Calloway's City
    Council" -> "Port Calloway City"); none where two bodies of the kind were named."""
    bare = outside_quotes(sentence)
    found = []
    taken = {at for at, _ in inner}
    for m in _BARE_BODY.finditer(bare[start:]):
        part = "kind" if m.group("kind") else "title"
        kind = m.group(part).lower()
        at = start + m.start(part)
        if at in taken or re.search(rf"[A-Z][\w.'’-]*\s+{kind.title()}\b", bare):
            continue  # the sentence names it ("the City Council ... the council")
        if re.search(rf"\b{kind}\b", bare[:at], re.I):
            continue  # "chairman of the hospital's advisory board, said the board had...": the
            # board the sentence itself told of first
        names = set()
        # which body each sentence before names (the opening's is the story's own)
        named_in: list[set[str]] = []
        for text in before:
            named_in.append(set())
            for n in _body_name_pattern(kind).finditer(_bare(text)):
                if re.search(r"['’]s\s+[a-z]+\s+$", n.group(1)) and any(
                    is_first_name(w) for w in n.group(1).split()[:-2]
                ):
                    continue  # "Tom Reyes's campaign committee": whose, not which
                words = [re.sub(r"['’]s$", "", w) for w in n.group(1).split()]
                words = _naming(words)  # "The", "A" left out (not "New" of "New Calder")
                if words and words[-1] == "of":
                    words = words[:-1]
                if "of" in words[:-1]:
                    # "Board of Regents of Westmarch State University": the university is
                    # Westmarch State, whose board the name is
                    words = words[len(words) - words[::-1].index("of") :]
                if any(WHERE_FROM.search(w) for w in words):
                    continue  # "the Harwick-based company": where it is, not its name
                if len(words) == 1 and (_in_lower_case(words[0], before) or _quantifier(words[0])):
                    # "Finance committee chairman Lee", "Hundreds of union nurses" open a
                    # sentence: no name
                    continue
                if words:
                    names.add(" ".join(words))
                    named_in[-1].add(" ".join(words))
        opening = set().union(*named_in[:LEAD_SENTENCES]) if named_in else set()
        if len(names) > 1 and len(opening) == 1 and not (named_in[-1] - opening):
            # "the state's Charter Appeals Board" further down, then "The board has approved two
            # of the last nine applications": the board the opening named, unless the sentence
            # just before named the other
            names = opening
        if kind == "court" and any(_UNNAMED_COURT.search(_bare(text)) for text in before):
            continue  # "sued in federal court ... may reach the Supreme Court": two courts
        if not names and kind in _BUSINESS_KINDS:
            # "the company" for "ClearPath Pharmacy": the one business the article named
            names = _businesses(before)
        if not names and kind == "district":
            # "the district" for "the Alder Falls school board": the one school board the
            # article named runs the district of that place
            names = {
                " ".join(_naming(m.group("place").split()))
                for text in before
                for m in _SCHOOL_BOARD.finditer(_bare(text))
            } - {""}
        if not names and kind in _BODY_OF:
            # "the board" for "the board of the Bellhaven Regional Transit Authority": the one
            # body whose board the article named
            names = {
                m.group("name")
                for text in before
                for m in re.finditer(rf"\b{kind} of (?:the\s+)?{_OWNING_BODY}", _bare(text))
            }
        if not names and kind == "union":
            # "the union" for "the Delmore State Nurses Alliance": the one body the article
            # named for the workers it represents
            names = _names_in(_WORKERS_BODY, before)
        if len(names) == 1:
            found.append((at, names.pop()))
    return found


_OWNING_BODY = r"(?P<name>[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,6})"
_BODY_OF = frozenset("board commission council committee panel".split())
"""Bodies an article may name as belonging to another ("the board of the X Authority")."""
_SCHOOL_BOARD = re.compile(
    r"\b(?P<place>(?:[A-Z][\w.'’-]*\s+){1,3}?)(?:[Ss]chool [Bb]oard|Board of Education|"
    r"Public Schools|[Ss]chool [Cc]ommittee)\b"
)
"""A school board or system named by its place ("the Alder Falls school board")."""
_WORKERS_BODY = re.compile(
    r"\b(?:[A-Z][\w.'’-]*\s+){0,4}(?:Nurses|Teachers|Workers|Employees|Officers|Firefighters|"
    r"Pilots|Machinists|Educators|Drivers|Engineers)['’]?\s+(?:Alliance|Association|Federation|"
    r"Guild|Organization|Brotherhood|Council|Coalition)\b"
)
"""A union named for the workers it represents, not called a union in its name."""


def _names_in(pattern: re.Pattern[str], before: Sequence[str]) -> set[str]:
    """Return the names `pattern` finds in the sentences before, without a leading "The"."""
    return {
        " ".join(_naming(m.group(0).split()))
        for text in before
        for m in pattern.finditer(_bare(text))
    }


_THE_BOARD_MEMBERS = re.compile(r"\b[Tt]he (?P<kind>regents|trustees)\b")
_SCHOOL_NAME = re.compile(r"\b(?:[A-Z][\w.'’-]*\s+){1,5}(?:University|College)\b")


def _named_board(sentence: str, start: int, before: Sequence[str]) -> list[tuple[int, str]]:
    """Return (offset, name) for "the regents" or "the trustees" where the article named one
    university or college ("Westmarch State University", "the university's Board of
    Regents"): "the [Westmarch State University] regents", whose board they are."""
    bare = outside_quotes(sentence)
    found = _THE_BOARD_MEMBERS.search(bare, start)
    if found is None or _SCHOOL_NAME.search(bare):
        return []
    schools = _names_in(_SCHOOL_NAME, before)
    return [(found.start("kind"), schools.pop())] if len(schools) == 1 else []


_THE_CITY = re.compile(
    r"\b[Tt]he city\b(?![’'-]|\s+(?:of|council|hall|manager|attorney|clerk|"
    r"limits|budget|government|charter|commission|officials?|leaders?|police|schools?)\b)"
)
_CITY_NAMED = re.compile(
    # "Philadelphia Mayor Raymond Castellano", "the Tulsa City Council", "Kansas City's housing
    # agency", "the city of Millbrook"
    r"\b(?P<a>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:Mayor|City Council|City Hall|City Commission|"
    r"Police Department|Police Chief|Police Benevolent Association|Fire Department|"
    r"Fire Chief)\b"
    r"|\b(?P<b>[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s (?:mayor|city council|police|housing|city)\b"
    r"|\b[Cc]ity of (?P<c>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)
_NOT_A_CITY = frozenset(
    "The A Former Then Deputy Acting Interim Vice Assistant Democratic Republican State "
    "County Federal".split()
)


def _named_city(
    sentence: str, start: int, before: Sequence[str], inner: Sequence[tuple[int, str]] = ()
) -> list[tuple[int, str]]:
    """Return (offset right after "the city", name) where the sentence does not say which
    city and the sentences before named exactly one ("Kansas City's housing agency",
    "Philadelphia Mayor Raymond Castellano", "the city of Millbrook"); else nothing."""
    bare = outside_quotes(sentence)
    found = _THE_CITY.search(bare, start)
    if found is None or any(at == found.end() for at, _ in inner):
        return []
    names = set().union(*(_place_names(_CITY_NAMED, text, before, _NOT_A_CITY) for text in before))
    # ("the Brennan County Police Department": a county's, no city's)
    names = {name for name in names if name.split()[-1] not in _NOT_A_CITY}
    if len(names) != 1:
        return []
    name = names.pop()
    if name in bare or _CITY_NAMED.search(bare):
        return []  # "Millbrook Mayor Gerald Fitch said the city had...": it says which
    return [(found.end(), name)]


def _place_names(
    pattern: re.Pattern[str], text: str, before: Sequence[str], skip: frozenset[str]
) -> set[str]:
    """Return the place names `pattern` finds in one sentence (its first group that matched),
    without the words in `skip` that open them ("Former", "State") and without a common word
    capitalised only where a sentence opens."""
    names = set()
    for m in pattern.finditer(_bare(text)):
        words = next(g for g in m.groups() if g).split()
        while words and words[0] in skip:
            words = words[1:]
        if words and not _in_lower_case(words[0], before):
            names.add(" ".join(words))
    return names


_THE_ROLE = re.compile(
    rf"\b[Tt]he (?P<role>{_ROLES})\b(?![’'-]|\s+for\b|,?\s+[A-Z])"
    # ("the mayor of Lakeside" says which; "accused the mayor of putting..." does not)
    r"(?!\s+of\b(?!\s+[a-z]+ing\b))"
)


def _named_roles(
    sentence: str, start: int, before: Sequence[str], inner: Sequence[tuple[int, str]] = ()
) -> list[tuple[int, str]]:
    """Return (offset right after "the governor", name) for each bare role inside the
    sentence (its subject is resolved apart) that names no one, where the article titled one
    person so (`_titled_person`): "accused the mayor [Ann Halvorsen] of...". Not an owner
    ("the mayor's office") nor one the sentence names ("Halvorsen said the mayor...")."""
    bare = outside_quotes(sentence)
    found = []
    for m in _THE_ROLE.finditer(bare, start):
        if m.start() == start or any(at == m.end() for at, _ in inner):
            continue
        name = _titled_person(before, m.group("role").lower())
        if name is None or name.split()[-1] in bare:
            continue
        found.append((m.end(), name))
    return found


@lru_cache(maxsize=64)
def _titled_pattern(role: str) -> re.Pattern[str]:
    """A title of `role` right before a name: "Gov. Ann Lee", "Mayor Tom Reyes"."""
    titles = "|".join(re.escape(t) for t in sorted(_role_titles(role), key=len, reverse=True))
    return re.compile(
        rf"(?<![Ff]ormer )(?<![Vv]ice )(?<![\w-])(?i:{titles})\s+"
        rf"(?P<name>(?:[A-Z][\w.'’-]+\s+){{0,2}}[A-Z][\w'’-]+)"
    )


def _titled_person(before: Sequence[str], role: str) -> str | None:
    """Return the full name of the one person the sentences before title with `role` right
    before the name ("Gov. Ann Lee", "Mayor Tom Reyes"; "former" ones left out), else None."""
    named: dict[str, str] = {}
    for text in before:
        for m in _titled_pattern(role).finditer(_bare(text)):
            for surname, full in persons(m.group("name")):
                if len(full) > len(named.get(surname, "")):
                    named[surname] = full
    return named.popitem()[1] if len(named) == 1 else None


_THE_PLACE = re.compile(r"\b[Tt]he (?P<kind>state|county)\b(?![’'-])")
_KIND_NAMED = {
    # "Tamarack Legislature", "the Ardena Supreme Court", "Westmarch's governor", "the state of
    # Tamarack", "Gov. Ann Lee of Ohio"
    "state": re.compile(
        r"\b(?P<a>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:['’]s)? (?:Legislature|General Assembly|"
        r"Senate|House of (?:Representatives|Delegates)|Supreme Court|Gov\.|Governor|"
        r"Attorney General|legislature|governor|attorney general)\b"
        r"|\b[Ss]tate of (?P<b>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
    ),
    # "Brennan County", "the county of Harlan"
    "county": re.compile(
        r"\b(?P<a>[A-Z][a-z]+(?: [A-Z][a-z]+)?) County\b|\b[Cc]ounty of (?P<b>[A-Z][a-z]+)\b"
    ),
}
_NOT_A_PLACE = _NOT_A_CITY | frozenset(
    "U.S. US United States Student Faculty Academic Tribal National City Town Village The "
    "This That Every Each Under".split()
)


def _named_place(
    sentence: str, start: int, before: Sequence[str], inner: Sequence[tuple[int, str]] = ()
) -> list[tuple[int, str]]:
    """Return (offset right after "the state" or "the county", name) where the sentence does
    not say which and the sentences before named exactly one of that kind: a state by its
    legislature, courts or governor ("the Tamarack Legislature") or its name ("Ohio"), a county
    by its name ("Brennan County"). Not an owner ("the state's casinos") nor a word of a longer
    noun ("the state legislature", "the county jail"): those are other things."""
    from briefing.text.tagger import tag_once as tag
    from briefing.text.wordlists import state_names

    bare = outside_quotes(sentence)
    found = []
    for m in _THE_PLACE.finditer(bare, start):
        kind = m.group("kind")
        if any(at == m.end() for at, _ in inner):
            continue
        after = next((t for t in tag(bare) if t.start > m.end()), None)
        if after is not None and (after.upos in ("NOUN", "PROPN", "ADJ") or after.text == "of"):
            continue  # "the state Board of Pardons", "the county jail", "the state of Ohio"
        names = set()
        for text in before:
            plain = _bare(text)
            names |= _place_names(_KIND_NAMED[kind], text, before, _NOT_A_PLACE)
            if kind == "state":
                lower = plain.lower()
                names.update(
                    state.title()
                    for state in state_names()
                    if re.search(rf"\b{state}\b", lower)
                    and re.search(rf"\b{state.title()}\b", plain)
                )
        if len(names) != 1:
            continue
        name = names.pop()
        if name in bare[: m.start()]:
            continue  # "Brennan County deputies said the county had...": it says which
        found.append((m.end(), name))
    return found


_BUSINESS_KINDS = frozenset({"company", "chain", "firm", "utility", "carrier", "airline"})
_UNNAMED_COURT = re.compile(
    r"\b(?:federal|state|district|appeals|appellate|circuit|county|lower|trial|high|top)\s+court\b"
)
_CAPITAL_RUN = re.compile(r"[A-Z][\w&'’-]*\.?(?:\s+[A-Z][\w&'’-]*\.?)+")
_CAMEL = re.compile(r"\b[A-Z][a-z]+[A-Z][a-z]+\w*\b")


def _businesses(before: Sequence[str]) -> set[str]:
    """Return the businesses the sentences before name: a name that ends on a business word
    ("ClearPath Pharmacy", "Halvorsen Appliance Co.") or a one-word name in two capitals
    ("ClearPath"), as the longest form each is named by."""
    found: set[str] = set()
    camel: set[str] = set()
    for text in before:
        bare = _bare(text)
        for m in _CAPITAL_RUN.finditer(bare):
            words = [w.rstrip(",;:") for w in m.group().split()]
            words = _naming(words)
            if len(words) >= 2 and words[-1].lower() in BUSINESS_HEADS:
                found.add(" ".join(words).rstrip(",;"))
        camel.update(c.group() for c in _CAMEL.finditer(bare))
    # "ClearPath" is the short form of "ClearPath Pharmacy": one business; a name in two
    # capitals is a business only where none is named by its kind ("its TenderStart line"
    # beside "Brightmeadow Nutrition" is a product)
    found |= {c for c in camel if any(n.startswith(c + " ") for n in found)} if found else camel
    return {n for n in found if not any(o != n and o.startswith(n + " ") for o in found)}


OWNED_INSERTIONS = 2
"""At most this many names put before a sentence's nouns ("the [Lakeside Weekly] cover")."""
# "State of the Union", "Department of the Interior": "of the" inside one name
_NAME_WORDS = r"[A-Z][\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’-]*)*"


_RANK_WORDS = frozenset(
    "first second third fourth fifth only last next latest largest biggest longest highest "
    "lowest".split()
)
_RANKED = re.compile(rf"^[Tt]he (?:[a-z][\w-]+ )*?(?:{'|'.join(sorted(_RANK_WORDS))})\b")
"""A noun phrase that ranks a thing among its kind ("the first successful veto override"): it
speaks of the kind, so no one's name goes on it."""


def _owned(sentence: str, start: int, noun: str, before: Sequence[str]) -> tuple[int, str] | None:
    """Return (offset in `sentence`, name) for "the <noun>" when the article put exactly one
    name on that thing before: "Lakeside Weekly cover", "the cover of this week's Lakeside Weekly",
    "Reyes's new ad", "the Lakeside Finance Committee" (any word of the noun's family)."""
    found = re.search(
        rf"\b[Tt]he (?:[a-z][\w-]+ ){{0,2}}?(?P<noun>{re.escape(noun)})\b",
        outside_quotes(sentence[start:]),
    )
    if found is None:
        return None
    if _RANKED.search(found.group(0)):
        return None  # "the first successful veto override since 2016": a class, no one's own
    # the noun itself first ("the cover of Lakeside Weekly"), then its family ("the Reyes
    # video" for "the ad"), so that "a picture of Ann Lee" does not name the cover she is on
    for kinds in (frozenset({noun}), family_of(noun)):
        pattern = _owner_pattern(kinds)
        names: set[str] = set()
        for text in before:
            if not any(word in text for word in kinds):
                continue  # the cheap test first: most sentences never name the thing
            bare = _bare(text)
            for m in pattern.finditer(bare):
                name = _name_only(m.group("name") or m.group("owner"))
                if name and any(WHERE_FROM.search(w) for w in name.split()):
                    continue  # "the Harwick-based company": where it is, not its name
                if (
                    name
                    and m.start() == 0
                    and " " not in name
                    and (_in_lower_case(name, before) or _quantifier(name))
                ):
                    continue  # "Finance committee chairman Lee", "Several groups": by position
                if name and m.group("kind"):
                    if not _modifies(bare, m.start("kind")):
                        continue  # "Lee said committee members...": no name on a committee
                    name = f"{name} {m.group('kind')}"  # "the [Senate finance] committee"
                if name:
                    names.add(name)
        if len(names) == 1:
            return start + found.start("noun"), names.pop()
        if names:
            return None  # two ("the Lakeside ad", "the Riverside ad"): never guessed
    if found.start("noun") != found.start() + len("the "):
        return None  # "the new agreement": a word of the outlet's own already stands there
    # "the unit" -> "the [birthing] unit": for a thing of any kind, nouns that the article's
    # opening put on the one such thing ("a wolf hunting season"), not an adjective of its
    kind = _described(noun, before)
    if kind is None and noun not in _PEOPLE and noun not in _NAMED_KINDS:
        # (a person or a body is named, not described: "the [male] suspect" tells no more
        # who, "the [finance] committee" no more which; see `_named_bodies`)
        kind = _described(noun, before, True, nouns_only=True)
    return None if kind is None else (start + found.start("noun"), kind)


_BODY_NAME = re.compile(rf"(?<![\w.'’-])(?:The\s+)?(?P<name>{_NAME_WORDS})")
_WHEN_WORDS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
"""The days after "on" that tell when, not which ("the reversal on Friday"; a year or a month
may tell which: "the vote in 2024")."""
_THE_NOUN = re.compile(
    r"\b[Tt]he (?P<noun>[a-z]+)\b(?![-‑])"
    r"(?!\s+(?:of|by|into|against|over|to|that|which|who|for|from)\b)"
    # "the ban on smoking" says which; "the reversal on Friday" only when
    rf"(?!\s+in\b|\s+on\b(?!\s+(?:{'|'.join(_WHEN_WORDS)})\b))"
)
_ACT_NOUN = re.compile(r"(?:tion|sion|ment|probe|inquiry|suit|veto|ban|pardon|audit|indictment)$")


def _event_mentions(
    text: str, start: int, story: frozenset[str], before: Sequence[str]
) -> list[tuple[int, str]]:
    """Return (offset in `text`, noun) of each "the <noun>" that is the story's own act with
    nothing after it saying which: a verb the article's opening reports ("vetoed" -> "the
    veto") or an act it names there ("opened an investigation" -> "the investigation");
    not one the sentence itself introduced ("filed a suit ... the suit")."""
    from briefing.text.tagger import tag_once as tag

    bare = outside_quotes(text)
    lead = " ".join(_bare(t) for t in before[:LEAD_SENTENCES]).lower()
    found = []
    for m in _THE_NOUN.finditer(bare, start):
        noun = m.group("noun")
        if family_of(noun) & _families()["bill"]:
            continue  # (a bill has its own naming: "the [SB 12] bill")
        if re.search(rf"\b{noun[:5]}", bare[: m.start()].lower()):
            continue  # "filed a lawsuit ... the lawsuit": the sentence says which
        if re.match(r"\s+[A-Z]", bare[m.end("noun") :]):
            continue  # "The state Ethics Commission": a word of a name, no act
        opening = tuple(before[:LEAD_SENTENCES])
        acted = noun[:5] in story or bool(_act_classes(noun) & _lead_classes(opening))
        # an act the opening names ("opened an investigation", "approved a fare increase")
        named = (_ACT_NOUN.search(noun) is not None or _act_classes(noun)) and re.search(
            rf"\b{noun}\b", lead
        )
        if acted or named:
            found.append((m.start("noun"), noun))
    if not found:
        return []  # (most sentences: no need to tag them)
    nouns = {t.start for t in tag(bare) if t.upos == "NOUN"}
    return [(at, noun) for at, noun in found if at in nouns]


_YEAR_TOLD = re.compile(r"\b(?:in|since|during|of|from)\s+(?:19|20)\d\d\b")
"""A year the sentence puts its act in ("in 2010"): the story's act is this year's news."""
_TIME_NOUNS = frozenset(
    "week weekend month year day night morning afternoon evening decade century season "
    "session term quarter time moment hour minute".split()
)
_EVENT_TIMES = frozenset({"season", "session", "term"})
"""Times that are things done too: "the [wolf hunting] season", "the [special] session"."""


def _story_things(
    text: str, start: int, before: Sequence[str], inner: Sequence[tuple[int, str]], shown: str
) -> list[tuple[int, str]]:
    """Return (offset of the noun, description) for each "the <noun>" with nothing after it
    saying which, where the article's opening put one description on a thing of that noun
    (`_described`: "a five-year red-light camera contract" -> "camera" for "the contract");
    not one the sentence introduced or described itself."""
    from briefing.text.tagger import tag_once as tag

    bare = outside_quotes(text)
    found = []
    tags = None
    for m in _THE_NOUN.finditer(bare, start):
        noun = m.group("noun")
        at = m.start("noun")
        if any(k == at for k, _ in inner) or re.search(rf"\b{noun[:5]}", bare[: m.start()]):
            continue
        if tags is None:
            tags = tag(bare)
        k = next((k for k, t in enumerate(tags) if t.start == at), None)
        head = tags[k] if k is not None else None
        after = tags[k + 1] if k is not None and k + 1 < len(tags) else None
        if head is None or head.upos != "NOUN" or (after is not None and after.upos == "NOUN"):
            continue  # ("the state Ethics Commission": a word of a longer name)
        if (noun in _TIME_NOUNS and noun not in _EVENT_TIMES) or noun in _NAMED_KINDS:
            # "throughout the week": a time, whatever the opening called its week; "the
            # board": a body, which its name tells (see `_named_bodies`), not "[governing]"
            continue
        kind = _described(noun, before, True)
        if kind is None or kind in shown or len(kind.split()) > DESCRIBED_WORDS:
            continue
        found.append((at, kind))
    return found


_ACT_CLAUSE = re.compile(r"[,;:]\s|\s(?:after|before|because|when|while|since|as|said|says|told)\s")
_AFTER_ACT = re.compile(r"^\W*(?P<relation>into|of|against|on)\s")
AFTER_ACT_WORDS = 8
"""How many words after an act's noun may name whom it is about ("an investigation into
Attorney General Ann Lee's use of...")."""


_BRINGING = frozenset(
    "open launch file bring issue announce begin start order impose grant sign propose "
    "introduce seek lodge initiate make take unveil enact adopt approve pass".split()
)
"""Verbs whose subject brings the act their object names ("opened an investigation")."""
BRINGING_WORDS = 4
"""How far before an act's noun the verb that brings it may stand ("filed a $25 million
defamation lawsuit")."""


def _brought(tokens: Sequence[Tagged]) -> bool:
    """Return True when the last verb among the words before an act's noun brings it
    (`_BRINGING`: "opened a formal investigation into"), or no verb stands there at all
    ("Gov. Ann Lee's veto"); False for a verb that does something else to it ("voted to
    reject the president's nomination")."""
    for t in reversed(tokens[-BRINGING_WORDS:]):
        if t.upos == "VERB":
            return t.lemma.lower() in _BRINGING
    return True


_OWNED_ACT_SUBJECT = re.compile(
    r"^The (?P<noun>lawsuit|suit|investigation|probe|inquiry|ruling)\b"
    r"(?!\s+(?:of|to|that|which|against|into|by|filed by|brought by)\b)"
)
"""A sentence opening on the story's act ("The lawsuit claims..."), not saying whose."""
_OWNER_APPOSED = re.compile(
    r"^The [^,;]{1,40}, (?:filed|brought|opened|launched|issued|written|drafted|authored|penned|"
    r"sponsored|introduced)\b[^,;]{0,80}?\bby (?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]+,"
)
"""...and one whose apposition names who brought or wrote it ("The lawsuit, filed in Cook County
Circuit Court by Attorney General Ann Lee, contends...", "The majority opinion, written by
Justice Ann Lee, ..."): that says which one it is; "The closures, pushed by the
superintendent," does not."""
_ACT_VERBS = {"lawsuit": "sue", "suit": "sue", "ruling": "rule"}
"""The verb an opening reports an act by, where it is not the noun's first letters ("sued"
for "the lawsuit")."""


_PROCEEDING_NOUN = re.compile(
    r"investigation|probe|inquiry|audit|lawsuit|suit|indictment|case|review|complaint|challenge"
)
"""Acts a name before the noun leaves open who did and who undergoes ("the Lee inquiry")."""


def _act_classes(word: str) -> frozenset[str]:
    """Return the news-verb classes of a verb or its noun ("dismissal" and "fired": fire;
    data/news_verbs.txt), attribution left out: the act a noun names by another word."""
    from briefing.stages.agreement import REPORT, verb_classes
    from briefing.text.tokens import stem

    found = verb_classes().single.get(stem(word.lower()), frozenset()) | _NOUN_ACTS.get(
        word.lower(), frozenset()
    )
    return found - {REPORT}


_NOUN_ACTS = {"ruling": frozenset({"uphold", "strike"})}
"""Nouns for acts of several classes: a court's ruling upholds or strikes down."""


@lru_cache(maxsize=4096)
def _lead_classes(opening: tuple[str, ...]) -> frozenset[str]:
    """Return the news-verb classes of the verbs the article's opening sentences report."""
    from briefing.text.tagger import tag_once as tag

    found: set[str] = set()
    for text in opening:
        for t in tag(outside_quotes(text)):
            if t.upos == "VERB":
                found |= _act_classes(t.lemma)
    return frozenset(found)


def _as_named(name: str) -> str:
    """Return a person's name as it is, a body's with its article: "by Ann Lee", "by the
    Supreme Court"."""
    # ("by Marren's City Council": an owner's name takes no article)
    return name if persons(name) or _has_owner(name) else f"the {name}"


def _has_owner(name: str) -> bool:
    """Return whether a name holds an owner ("Marren's City Council")."""
    return re.search(r"['’]s\s", name) is not None


OBJECT_WORDS = 5
"""How many words after an act's verb may name the person it is done to, titles included
("fired Police Chief Marcus Bellweather"): its object, named right after it."""


def _event_owner(noun: str, before: Sequence[str]) -> tuple[str, str] | None:
    """Return the name for "the <noun>" when `noun` is the act an opening sentence of the
    article reports ("vetoed", "a formal investigation into") and that sentence names one
    person, or else one organization, before it, or one person right after the act's noun:
    who did it ("by") or whom it is about (the preposition after the noun): ("Ann Lee", "by")
    for "Gov. Ann Lee vetoed", ("Tom Reyes", "into") for "opened an investigation into Tom
    Reyes"; else None (no such opening, or two names)."""
    from briefing.text.tagger import tag_once as tag

    stem, family = noun[:5], family_of(noun) | {noun}
    classes = _act_classes(noun)
    for text in before[:LEAD_SENTENCES]:
        bare = _bare(DATELINE.sub("", text, count=1))
        act = next(
            (
                t
                for t in tag(bare)
                if (
                    t.upos == "VERB"
                    and (
                        t.lemma.lower()[:5] == stem
                        or t.lemma.lower() == _ACT_VERBS.get(noun)
                        or classes & _act_classes(t.lemma)
                    )
                )
                or (t.upos == "NOUN" and t.text.lower() in family)
            ),
            None,
        )
        if act is None:
            continue
        if act.upos == "NOUN" and not _brought(tag(bare[: act.start])):
            # "The committee voted to reject the president's nomination": the subject did
            # something to the act, not the act ("opened an investigation" is bringing it)
            return None
        if act.upos == "VERB" and not _PROCEEDING_NOUN.fullmatch(noun):
            # "fired Police Chief Marcus Bellweather": "the dismissal [of Marcus Bellweather]",
            # whom the act was done to, tells which act more plainly than who did it
            after = _ACT_CLAUSE.split(bare[act.start + len(act.text) :])[0].split()
            if after and after[0][:1].isupper():
                done_to = {full for _, full in persons(" ".join(after[:OBJECT_WORDS]))}
                if len(done_to) == 1:
                    return done_to.pop(), "of"
        # the act's own clause: not "'...,' Del. Tom Reyes said, after the inspector general
        # launched an investigation", where Reyes only speaks
        prefix = _ACT_CLAUSE.split(bare[: act.start])[-1]
        people = {full for _, full in persons(prefix)}
        if not people:
            bodies = {
                name
                for m in _BODY_NAME.finditer(prefix)
                if (name := _name_only(m.group("name"))) and _is_organization(name.split()[-1])
            }
            people = bodies if len(bodies) == 1 else set()
        relation = "by"
        if not people and act.upos == "NOUN":
            after = bare[act.start + len(act.text) :]
            if (about := _AFTER_ACT.match(after)) is not None:
                relation = about.group("relation")
                people = {full for _, full in persons(" ".join(after.split()[:AFTER_ACT_WORDS]))}
        return (people.pop(), relation) if len(people) == 1 else None
    return None


_DESCRIBABLE = frozenset("bill agreement rule order lawsuit program package ad".split())


def _thing_before(before: Sequence[str]) -> str | None:
    """Return "The <kind> <noun>" when the sentence just before opens on a thing of a
    describable kind ("The order directs...", "Under the order, ...") that the article's
    opening described ("an executive order"), else None."""
    if not before:
        return None
    opening = _OPENS_ON_THING.match(before[-1])
    if opening is None:
        return None
    noun = opening.group("noun").lower()
    kind = _described(noun, before[:-1] or before)
    return None if kind is None else f"The {kind} {noun}"


# The nouns of such things ("the deal" for an agreement, "the ruling" for an order)
_THING_NOUNS = "agreement|deal|rule|regulation|order|ruling|lawsuit|suit|program|package|ad"
_OPENS_ON_THING = re.compile(
    rf"^(?:(?:Under|By|With)\s+)?[Tt]he\s+(?P<noun>{_THING_NOUNS})\b(?!\s+(?:of|to)\b)"
)
_DESCRIBED_SUBJECT = re.compile(rf"^The (?P<noun>{_THING_NOUNS})\b(?! (?:of|to|that|which)\b)")
"""Things (a family of data/reference_nouns.txt each) a description tells apart: "the rent
control bill", "the stadium deal", "the trail closure rule"."""
DESCRIBED_WORDS = 2
"""At most this many nouns before a thing's noun describe it ("a rent control bill")."""


def _described(
    noun: str, before: Sequence[str], act: bool = False, nouns_only: bool = False
) -> str | None:
    """Return the one description the article's opening put on the thing "the <noun>" is
    ("vetoed a sweeping rent control bill" -> "rent control", for "the bill" or "the measure"):
    the nouns right before a word of the noun's family, else None (none, or two things).
    With `act`, the noun is the story's act, of any kind ("a 9.2 percent tuition increase").
    With `nouns_only`, a description is nouns, names or a hyphened compound ("wolf hunting",
    "Republican", "four-day"), never an adjective alone ("male", "unflattering"): a thing of
    any kind, which a word of the writer's may not describe."""
    from briefing.text.tagger import known_noun
    from briefing.text.tagger import tag_once as tag

    # (a thing of any kind: its own word, not one of its family, "the agency" no "service")
    family = frozenset({noun.lower()}) if nouns_only else family_of(noun.lower())
    if not act and not family & _DESCRIBABLE:
        return None  # "the [finance] committee": a body is named, not described
    kinds: set[str] = set()
    for text in before[:LEAD_SENTENCES]:
        bare = _bare(text)
        tokens = tag(bare)
        for k, token in enumerate(tokens):
            if token.text.lower() not in family or token.upos != "NOUN":
                continue
            if act and k + 1 < len(tokens) and tokens[k + 1].upos == "NOUN":
                continue  # "the government shutdown": "government" is no act there
            run: list[str] = []
            first = k
            while first > 0 and len(run) < DESCRIBED_WORDS:
                prior = tokens[first - 1]
                compound = _compound(tokens, first - 1)
                if compound is not None:
                    # "the four-day schedule": the hyphened words are one modifier
                    run.insert(0, compound)
                    first -= 3
                    continue
                if not prior.text.isalpha():
                    break
                if not prior.text.islower():
                    # "the Republican primary", "the Tamsen Valley unit"; not a person's
                    # name, an owner ("the Ann Lee ad": `_owned` tells whose)
                    name = first - 1
                    while name > 0 and (
                        tokens[name - 1].text[:1].isupper()
                        and tokens[name - 1].upos in ("PROPN", "ADJ", "NOUN")
                    ):
                        name -= 1
                    if (
                        len(run) + first - name > DESCRIBED_WORDS
                        or not all(_proper_modifier(tokens, at) for at in range(name, first))
                        or is_first_name(tokens[name].text)
                    ):
                        break  # "the Millbrook Falls police sergeant": a name whole or not
                    run[:0] = [t.text for t in tokens[name:first]]
                    first = name
                    continue
                if prior.text in _UNITS:
                    break  # "a 9.2 percent tuition increase": "percent" is the figure's unit
                if prior.text in _GRADING:
                    break  # "a sweeping package", whatever a tagger makes of "sweeping"
                # "an executive order": a plain adjective right before the noun tells its kind
                # (a word only guessed a noun is none: "a lewd photo")
                plain = prior.upos == "NOUN" and (not nouns_only or known_noun(prior.lemma))
                if not plain and not (
                    prior.end == token.start - 1
                    and (_kind(prior) or _gerund(tokens, prior))
                    and not (nouns_only and prior.upos == "ADJ")
                ):
                    break
                run.insert(0, prior.text)
                first -= 1
            if (
                first > 0
                and tokens[first - 1].start + len(tokens[first - 1].text) == tokens[first].start
            ):
                continue  # "election-security legislation": a part of a word describes nothing
            if run and run[-1] not in family:
                kinds.add(" ".join(run))
    if act and not kinds:
        kinds = _done_to(noun, before)
    return kinds.pop() if len(kinds) == 1 else None


_HYPHENS = ("-", "‑")


def _compound(tokens: Sequence[Tagged], at: int) -> str | None:
    """Return "four-day" when tokens[at] ends a hyphened compound a tagger split in three
    ("four", "-", "day", "a 120-bed shelter"), a noun after a figure or a noun, else None."""
    if at < 2 or tokens[at - 1].text not in _HYPHENS:
        return None
    left, dash, right = tokens[at - 2], tokens[at - 1], tokens[at]
    if left.end != dash.start or dash.end != right.start:
        return None
    if not (left.text.isalnum() and right.text.isalpha() and right.text.islower()):
        return None
    if right.upos != "NOUN" or left.upos not in ("NUM", "NOUN"):
        return None  # "a long-planned expansion", "the family-founded company": the writer's
    return f"{left.text}-{right.text}"


def _proper_modifier(tokens: Sequence[Tagged], at: int) -> bool:
    """Return whether a capitalised word before a noun names its kind or owner ("the
    Republican primary", "the Tamsen Valley unit"): a name or a proper adjective, not the
    sentence's first word, a day or a month ("the Tuesday vote" says when: `_NOT_NAMES`)."""
    word = tokens[at]
    return (
        at > 0
        and word.upos in ("PROPN", "ADJ")
        and word.text[1:].islower()
        and word.text.lower() not in _NOT_NAMES
    )


def _done_to(noun: str, before: Sequence[str]) -> set[str]:
    """Return what the opening's verb of the act `noun` (the same word: "freeze") was done to,
    when a bare noun right after it says ("an executive order freezing hiring" -> {"hiring"},
    for "the freeze")."""
    from briefing.text.tagger import tag_once as tag

    found: set[str] = set()
    for text in before[:LEAD_SENTENCES]:
        tokens = tag(_bare(text))
        for k, token in enumerate(tokens[:-1]):
            done = tokens[k + 1]
            if k + 2 < len(tokens) and tokens[k + 2].upos == "NOUN":
                continue  # "move dishwasher production": a longer thing than one word
            # a gerund is a thing done too ("freezing hiring", "banning smoking")
            gerund = done.upos == "VERB" and done.text.endswith("ing")
            if (
                token.upos == "VERB"
                # the act's own word as a verb ("froze hiring", "banned smoking"), not a word
                # made from it ("unionized nurses" makes no "[nurse] union")
                and token.lemma.lower() == noun
                and (done.upos == "NOUN" or gerund)
                and done.text.isalpha()
                and done.text.islower()
                and done.lemma.lower() != noun
            ):
                found.add(done.text if gerund else done.lemma.lower())
    return found


_UNITS = frozenset("percent percentage point points cent cents dollar dollars".split())
"""Words that measure a figure ("9.2 percent"): no kind of what the figure grows or cuts."""


def _kind(token: Tagged) -> bool:
    """Return whether an adjective says what kind a thing is ("executive", "federal",
    "civil"), not how big, new or good the writer finds it ("sweeping", "landmark")."""
    from briefing.text.lexicon import load_lexicon
    from briefing.text.polarity import polarity

    word = token.text.lower()
    return (
        token.upos == "ADJ"
        and word not in _GRADING
        and not (len(word) > 5 and word.endswith("est"))  # "the largest increase": a grade
        and polarity(word) == 0
        and not load_lexicon().find(word)
    )


def _gerund(tokens: Sequence[Tagged], token: Tagged) -> bool:
    """Return whether an "-ing" word a tagger read as a verb names the thing's kind, as a noun
    would: "a $1.1 trillion spending package", "the housing bill". It follows a determiner,
    figure or adjective, so nothing before it can be its subject ("Congress, sweeping...")."""
    from briefing.text.polarity import polarity

    word = token.text.lower()
    at = tokens.index(token)
    return (
        token.upos == "VERB"
        and word.endswith("ing")
        and word not in _GRADING
        and at > 0
        and tokens[at - 1].upos in ("DET", "NUM", "ADJ")
        and polarity(word) == 0
    )


_GRADING = frozenset(
    "new sweeping broad major big small tough strict rare latest first last long-awaited "
    "far-reaching sharp modest large huge significant unprecedented recent proposed "
    "pending ongoing existing looming growing sweeping".split()
) | frozenset(
    # which one of its kind, not what kind ("the only hospital in the county", "the same
    # plan"): a word that picks a thing out of its kind describes nothing of it
    "only sole lone single same other next own entire whole current former previous "
    "remaining second third nearest closest".split()
)


_QUANTIFIERS = frozenset("several many few numerous various other dozens hundreds".split())


def _quantifier(word: str) -> bool:
    """Return whether a capitalised word is a quantifier or determiner in lower case
    ("Several", "Many", "Both", "Two"): how many, not whose."""
    from briefing.text.tagger import tag_once as tag

    low = word.lower()
    if low in STOPWORDS or low in _QUANTIFIERS:
        return True
    found = tag(f"{low} people")
    return bool(found and found[0].upos in ("DET", "NUM"))


def _modifies(text: str, at: int) -> bool:
    """Return whether the word at `at` is a noun or an adjective (the "finance" of "the Senate
    finance committee"), not a verb ("Lee said committee members...")."""
    from briefing.text.tagger import tag_once as tag

    return any(t.start == at and t.upos in ("NOUN", "ADJ") for t in tag(text))


def _in_lower_case(word: str, texts: Sequence[str]) -> bool:
    """Return whether `word` appears in lower case in `texts` ("the finance committee"):
    a common word, capitalised only where it opens a sentence."""
    pattern = re.compile(rf"\b{re.escape(word.lower())}\b")
    return any(pattern.search(text) for text in texts)


@lru_cache(maxsize=256)
def _owner_pattern(kinds: frozenset[str]) -> re.Pattern[str]:
    """The names put on a thing: "Lakeside Weekly cover", "Reyes's new ad", "the cover of this
    week's Lakeside Weekly", "the Senate finance committee" (`kind`: "finance")."""
    alt = "|".join(re.escape(w) for w in sorted(kinds, key=lambda w: (-len(w), w)))
    return re.compile(
        rf"(?P<name>{_NAME_WORDS})(?:['’]s(?:\s+[a-z][\w-]+){{0,2}}|(?<!['’]s)\s+(?P<kind>[a-z][\w-]+))?"
        rf"\s+(?:{alt})\b"
        rf"|\b(?:{alt}) of (?:(?:this|last|next) [a-z]+['’]s )?(?P<owner>{_NAME_WORDS})"
    )


@lru_cache(maxsize=8192)
def _bare(text: str) -> str:
    """`outside_quotes`, once per sentence."""
    return outside_quotes(text)


def _name_only(run: str) -> str | None:
    """Return the words of a capitalised run that name something: no opening "The", title,
    weekday or month ("The Senate Judiciary" -> "Senate Judiciary"), else None."""
    words = run.split()
    if words:
        words[-1] = _unpossessed(words[-1])  # "Lee’s decision": Lee
    words = _naming(words)
    inner = [
        _is_named(w)
        or w == "of"
        or (w == "the" and k and words[k - 1] == "of")
        or (k == 0 and opens_name(words))
        for k, w in enumerate(words)
    ]
    if not words or not all(inner) or words[-1] in ("of", "the"):
        return None
    return " ".join(words)


_BILL_NOUN = re.compile(r"\bthe (?:[a-z][\w-]+ ){0,2}?(?P<noun>bill|measure|legislation)\b")
_BILL_REFERENCES = frozenset(f"the {noun}" for noun in ("bill", "measure", "legislation"))
_PASSED_PLAN = re.compile(
    r"\b(?:approved?|pass(?:ed)?|reject(?:ed)?|adopt(?:ed)?|sign(?:ed)?|veto(?:ed)?|kill(?:ed)?|"
    r"vot(?:ed|e) (?:for|against|on)) "
    r"the (?:[a-z][\w-]+ ){0,2}?(?P<noun>plan|proposal|package)\b"
)
"""What a chamber passes or a governor signs in a story about one bill is that bill, whatever
the outlet calls it: "The council approved the plan 7-2"."""


def _bill_reference(sentence: str, start: int) -> int | None:
    """Return the offset of the first "the (...) bill" outside quotation marks from `start`."""
    found = _BILL_NOUN.search(outside_quotes(sentence), start)
    return found.start("noun") if found else None


def _story_bill(before: Sequence[str]) -> str | None:
    """Return the one bill the article has named so far ("Senate Bill 12" and "SB 12" being
    one), else None: with two, "the bill" could be either."""
    # a name in quotation marks names the bill too: 'The so-called "SB 12" measure'
    names = [m for text in before for m in _BILL_NAME.finditer(text)]
    return _one_bill(names, names[0] if names else None)


_PARTICIPLE = re.compile(r",\s+(?!pending\b|barring\b)[a-z]+ing\b[^\"“”,;]*[.!?]?\s*$")
"""A closing participial clause; "pending a review" and "barring X" qualify the claim."""
_QUOTING_PARTICIPLE = re.compile(
    r",\s+(?!pending\b|barring\b)[a-z]+ing\b(?:[^\"“”,;]|\"[^\"]*\"|“[^”]*”)*[.!?]?\s*$"
)
"""A closing participial clause that may quote someone (', declaring that "the days ... are
over" and delivering on...'): a gloss, or the very claim ("accusing X of “...”"); a wording
without it is tried too, and kept where more outlets state it (`stages.facts.consensus`)."""


_LIST_OPENS = re.compile(
    # a first item of two to four words, a noun and what describes it ("falling birth rates");
    # ("against charges of racism, disavowing signs ...": one word is no item of a list)
    r"\b(?:to|of|by|from|with|for|on|about|over|including|like)\s+(?:[a-z-]+\s+){1,3}[a-z-]+$"
)
_LIST_GOES_ON = re.compile(
    # "rising housing costs and families leaving": an adjective and its nouns, then a last
    # item that is no second clause ("turning back a bid and honoring a pact" is one)
    r"^\s*[a-z]+ing\s+(?!(?:the|a|an|its|their|his|her|back|up|down|out|off|aside|away|over|"
    r"on|in|to)\b|[a-z]+ly\b)[a-z-]+\b[^;]*?\s(?:and|or)\s+(?![a-z]+ing\b)"
)


def _listed(before: str, clause: str) -> bool:
    """Return True when the "participle" after a comma is the next item of a list the words
    before it opened ("attribute to falling birth rates, rising housing costs and families
    leaving ..."): cut there, the list would say less than the outlet does."""
    first = clause.split(maxsplit=1)[0] if clause.strip() else ""
    return (
        first not in _GLOSS_PARTICIPLES
        and _LIST_OPENS.search(before) is not None
        and _LIST_GOES_ON.match(clause) is not None
    )


def _trailing_participle(
    sentence: str, start: int, quoting: bool = False, pattern: re.Pattern[str] | None = None
) -> int | None:
    """Return where a closing participial clause starts (", railing against the plan."), if
    the tagger reads its first word as a verb ("during", "morning" are not); with `quoting`,
    one that quotes someone too (`_QUOTING_PARTICIPLE`); with `pattern`, one of that shape."""
    from briefing.text.tagger import tag_once as tag

    if pattern is None:
        pattern = _QUOTING_PARTICIPLE if quoting else _PARTICIPLE
    found = pattern.search(sentence, start)
    if found is None:
        return None
    word, *after = (w.strip(",.") for w in sentence[found.start() + 1 :].split()[:2])
    if _listed(sentence[: found.start()], sentence[found.start() + 1 :]):
        return None
    tokens = tag(sentence[start:])
    # (", warning that ...": a tagger may read the word as a noun; "that" makes it a verb)
    verbs = [t for t in tokens if t.text == word and t.upos == "VERB"]
    return found.start() if verbs or after == ["that"] else None


_APPOSITIVE = re.compile(r",\s+an?\s+[^\"“”,;]*[.!?]?\s*$")
_SENTENCE_APPOSITIVE = re.compile(
    r",\s+(?:an?\s+(?:[a-z-]+\s+){0,3}(?:move|step|decision|action|escalation|reversal|shift|"
    r"departure|blow|setback|victory|rebuke|sign|signal|bid|attempt|effort)|one of the (?:most|"
    r"biggest|largest|first|few|only|[a-z]+est)\b)[^\"“”;]*[.!?]?\s*$"
)
"""A closing appositive on the whole act, its own commas and all (", a sweeping move to shield
the industry that drew praise ... but alarmed lawmakers, who warned that ...", ", one of the
most significant shifts ..."): the writer's gloss, not the claim."""


@lru_cache(maxsize=1)
def attributing_verbs() -> frozenset[str]:
    """Return every speech-verb form (data/speech_verbs.txt) and "according"."""
    from briefing.text.wordlists import lines

    return frozenset(w for line in lines("speech_verbs") for w in line.split()) | {"according"}


def _trailing_appositive(sentence: str, start: int) -> int | None:
    """Return where a closing appositive starts (", a breakthrough in a case that ..."), if
    it attributes nothing (", a spokesman said" is the claim's source and stays)."""
    found = _APPOSITIVE.search(sentence, start) or _SENTENCE_APPOSITIVE.search(sentence, start)
    if found is None:
        return None
    if (tally := _TALLY_GLOSS.match(sentence, found.start())) is not None:
        # ", a 6-to-3 decision that is likely to reshape ...": the count is the vote's, and
        # the outlets all give it; the clause on it is the gloss
        gloss = _GLOSS_OPENS.match(sentence, tally.end())
        return gloss.start() if gloss is not None else None
    # the attribution closes the sentence (", a spokesman for the agency said Tuesday"); a
    # speech verb inside the gloss (", a retreat that critics warn abandons an ally") is no source
    words = [w.strip(".,").lower() for w in sentence[found.start() :].split()]
    for at, word in enumerate(words):
        if word in attributing_verbs():
            glossed = _GLOSS_RELATIVE & set(words[:at]) or words[at + 1 : at + 2] == ["as"]
            return found.start() if glossed else None
    return found.start()


_TALLY_GLOSS = re.compile(
    r",\s+an?\s+\d{1,3}(?:-to-|[-–]| to )\d{1,3}\s+(?:[a-z]+\s+)?"
    r"(?:decision|ruling|vote|verdict|judgment|majority)\b"
)
"""A closing appositive that is a vote's count (", a 6-to-3 decision", ", a 7-2 vote")."""
_GLOSS_OPENS = re.compile(r",?\s+(?:that|which|who|in which|with|as|and)\b|,\s+")
"""Where a gloss on the appositive's noun starts (" that is likely to reshape ...")."""
_GLOSS_RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})
"""Words that open a clause on the appositive's noun: a speech verb after one reports what
someone says of that noun (", a retreat that critics warn abandons an ally"), not who said the
sentence (", a source with knowledge of the talks said on Friday")."""


def shortened(wording: Wording, sentence: str, quoting: bool = False) -> Wording | None:
    """Return the wording without a trailing "according to"/participial clause, else None;
    with `quoting`, a participial clause that quotes someone goes too (`_QUOTING_PARTICIPLE`)."""
    cut = _TRAILING.search(sentence, wording.start)
    if cut is not None and _claimed(sentence[cut.start() :]):
        return None  # "X acted in self-defense, according to Lee": Lee's claim, not a fact
    if cut is not None and _TERMS.match(sentence, cut.start()):
        return None  # "..., according to the terms of the bill": which rules say so is the claim
    end = (
        cut.start()
        if cut is not None
        else _trailing_participle(sentence, wording.start, quoting=quoting)
    )
    if end is None:
        end = _trailing_appositive(sentence, wording.start)
    if end is None and (joined := _NEW_CLAUSE.search(sentence, wording.start)) is not None:
        end = joined.start()  # ", and by Friday the company found itself...": a second claim
    if end is None or not _claim_left(wording, sentence, end):
        # "For Ann Lee, a surgeon — and once a candidate — there was...": no claim is left
        return None
    if _EMPTY_REPLY.search(sentence[wording.start : end].rstrip(" .")):
        return None  # "Lee responded to the attacks, noting that...": the clause is the reply
    short = _cut_at(wording, sentence, end)
    if _unintroduced(short.text) is not None and _unintroduced(wording.text) is None:
        return None  # "the conversation, which occurred over the phone": the clause says which
    if _leans_back(short.text) and not _leans_back(wording.text):
        return None  # "Ferrante went further, demanding that...": further is what the clause says
    return short


_CLOSING_DETAIL = re.compile(
    # ", with a sliding scale for ...", ", which runs through March 2027", ", including ..."
    r",\s+(?:with|which|including|plus)\b"
    # "has agreed to a 25-year lease and will contribute ...": a second predicate of its own
    r"|\s+and\s+(?:will|would|has|have|had|is|was|are|were|could|can|plans|planned|said|says)\b"
    # ", and the three schools are running at half capacity": a second clause, its own subject
    r"|,\s+and\s+(?:the|its|his|her|their)\s+[a-z-]+(?:\s+[a-z-]+){0,2}\s+(?:is|are|was|were|"
    r"will|would|has|have|had)\b"
)
"""Where a closing detail starts: a clause or phrase that adds to the claim without changing
it, so the claim before it is a sub-span the outlets may state where the whole is not."""


def closing_cuts(wording: Wording, sentence: str) -> list[Wording]:
    """Return the wording cut before each closing detail (`_CLOSING_DETAIL`) outside
    quotation marks, where what is left is a whole claim: the longest first.

    "The district has promised Friday child care for $30 a day, with a sliding scale for
    lower-income families." -> "The district has promised Friday child care for $30 a day."
    Another outlet may state the claim without the detail; the longest wording they all
    state is the one to show (see `stages.facts.consensus`)."""
    bare = outside_quotes(sentence)
    out = []
    for found in _CLOSING_DETAIL.finditer(bare, wording.start):
        end = found.start()
        # quoted words are blanked in `bare`: a match there is the writer's, and one right
        # after a quotation ('were "disappointed" and would') would cut into it
        span = slice(end - 1, found.end())
        if bare[span] != sentence[span] or bare[end - 1].isspace():
            continue
        if end < wording.end and _claim_left(wording, sentence, end):
            out.append(_cut_at(wording, sentence, end))
    return sorted(out, key=lambda w: -w.end)


_NEW_CLAUSE = re.compile(
    r",\s+and\s+(?:by|on|in|at|within|later|then|since|after|now|soon)\b[^,;]{0,25}?,?\s+"
    r"(?:the|its|his|her|their)\s+[a-z-]+(?:\s+[a-z-]+){0,2}\s+(?:found|faced|was|were|is|are|"
    r"had|has|became|began|drew|came)\b"
)
"""A second claim joined on with its own time and subject (", and by Friday the family-founded
company found itself fending off..."): the first is the claim the other outlets state."""


_GLOSS_PARTICIPLE = re.compile(r",\s+(?!pending\b|barring\b)[a-z]+ing\b[^\"“”;]*[.!?]?\s*$")
"""A closing participial clause, its own list and all (", ending a tenure that critics say was
marked by runaway spending, a botched project and ..."): cut whole only where it holds what
makes the sentence no fact (`without_gloss`)."""


def without_gloss(wording: Wording, sentence: str) -> Wording | None:
    """Return the wording cut before a closing participial clause that runs on past commas to
    the end of the sentence, where what is left is a whole claim, else None."""
    end = _trailing_participle(sentence, wording.start, pattern=_GLOSS_PARTICIPLE)
    if end is None or end >= wording.end or not _claim_left(wording, sentence, end):
        return None
    return _cut_at(wording, sentence, end)


def _claim_left(wording: Wording, sentence: str, end: int) -> bool:
    """Return whether the wording cut at `end` still states a claim: a whole sentence
    (`_whole_cut`) with a verb."""
    from briefing.stages.agreement import has_verb

    return _whole_cut(sentence, wording.start, end) and has_verb(sentence[wording.start : end])


def _whole_cut(sentence: str, start: int, end: int) -> bool:
    """Return whether sentence[start:end] is whole once cut there: long enough, no aside or
    clause left open, no preposition or conjunction last ("distinguished herself by")."""
    kept = sentence[start:end]
    return (
        end - start >= 40
        and not _in_aside(sentence, start, end)
        and not _DANGLING.search(kept)
        and not _open_clause(kept)
        and not _only_fronted(kept)
    )


def _only_fronted(kept: str) -> bool:
    """Return True when `kept` is only a fronted phrase, its main clause cut off ("On top of a
    report that revealed how police were collecting records" of "..., a second report
    detailed another program"): it opens on a preposition or a subordinator, has no comma,
    and no verb comes before its first relative word ("that", "which", "how"); or it opens on
    a subordinator of a whole clause and has no comma ("Because state law requires a district
    attorney to hold a valid license" of "..., an upheld ruling could cost him the office")."""
    from briefing.text.tagger import tag_once as tag

    tokens = tag(kept)
    if not tokens or tokens[0].upos not in ("ADP", "SCONJ") or "," in kept:
        return False
    if tokens[0].upos == "SCONJ" and tokens[0].text.lower() in _SUBORDINATORS:
        return True
    for t in tokens[1:]:
        if t.text.lower() in _GLOSS_RELATIVE | {"how", "what", "where", "when", "why"}:
            return True
        if t.upos in ("VERB", "AUX"):
            return False
    return True


_SUBORDINATORS = frozenset("because although though unless whereas if while whenever".split())
"""Words that open a clause that is never a sentence alone: its main clause follows it."""


_DASHES = ("—", "–")
# a word that cannot end a sentence: a preposition, a conjunction or an article left last
_DANGLING = re.compile(
    r"\b(?:by|of|to|for|with|from|in|on|at|into|and|or|but|the|a|an|as)\s*$", re.I
)


def _in_aside(sentence: str, start: int, end: int) -> bool:
    """Return True when a cut at `end` falls inside or at the close of a dash aside ("A bar
    owner charged in May — a week after the protests — has died": what is left has no
    predicate of its own; "Lee — who ..., long insisted on X despite ... — wanted": it is
    left open). A lone dash that breaks the sentence ("Lee won — and then left") is no aside."""
    opened = sum(sentence.count(d, start, end) for d in _DASHES) % 2 == 1
    return opened and any(d in sentence[end:] for d in _DASHES)


def _cut_at(wording: Wording, sentence: str, end: int) -> Wording:
    """Return the wording ending at offset `end` of `sentence`, our words before it kept and a
    full stop appended where the cut needs one. A connective the cut leaves last ("..., however,
    maintaining that ..." -> "..."): it goes with the clause, as it answers a sentence before."""
    connective = _LAST_CONNECTIVE.search(sentence, wording.start, end)
    if connective is not None:
        end = connective.start()
    while end > wording.start and sentence[end - 1] in " ,;:":
        end -= 1  # "... in Carverton, blaming ...": the comma goes with the clause cut
    inner = tuple((at, words) for at, words in wording.inner if at < end)
    appended = _full_stop(sentence[wording.start : end])
    return Wording(
        text=compose(sentence, wording.start, end, wording.inserted, inner, appended),
        inserted=wording.inserted,
        start=wording.start,
        end=end,
        appended=appended,
        inner=inner,
        subject=tuple(item for item in wording.subject if item in inner),
    )


_LAST_CONNECTIVE = re.compile(r",\s+(?:however|though|meanwhile|nonetheless|nevertheless)\s*$")


# ", according to the terms of the bill": what the courts "would be permitted" is the bill's
_TERMS = re.compile(
    r",\s+according to\s+(?:the\s+)?(?:(?:terms|text|provisions|language)\s+of\b|"
    r"(?:bill|law|legislation|measure|act|agreement|deal|order|plan|rules?|proposal)\b)"
)
# ", according to Ann Lee, the mayor.": the source, then what it is
_ACCORDING_TO = re.compile(r",\s+according to\s+(?P<source>[^,;]+?)(?:,[^;]*)?\s*[.!?]?\s*$")

# a source that makes a claim of what it reports: a side's or an inquiry's finding, a suit,
# unnamed people, news reports, papers someone obtained ("according to a report by Lakeside
# Democrats", "according to the lawsuit", "according to two people briefed on the matter",
# "according to documents obtained by the Lakeside Weekly")
_CLAIMING_SOURCE = re.compile(
    r"\b(?:reports?|study|studies|investigations?|inquiry|probe|analysis|lawsuits?|suits?|"
    r"complaints?|indictments?|allegations?|accusations?|accusers?|prosecutors?|sources?|"
    r"people|persons?|memos?|dossier|documents|obtained)\b"
)
_SIDE_SOURCE = re.compile(r"\b(?:Democrats?|Democratic|Republicans?|GOP)\b")


def _claimed(clause: str) -> bool:
    """Return whether a closing clause ends on an "according to" whose source claims what the
    sentence says: a person (`_claimed_by_person`), or a report, suit, side or unnamed people
    (", according to a report by Lakeside Democrats"). The attribution holds for the whole
    sentence ("X was a foreign asset — and Y, according to the report"), so a cut that drops it
    would state the claim as the brief's own. A record, a body or an outlet (", according to
    court records", "the Labor Department", "a report in the Lakeside Weekly") reports it."""
    found = re.search(r",\s+according to\s+[^;]*$", clause)
    if found is None:
        return False
    closing = clause[found.start() :]
    found_source = _ACCORDING_TO.match(closing)
    if found_source is not None:
        source = found_source.group("source")
        if _SIDE_SOURCE.search(source):
            return True
        # an outlet's news report is reporting, as "according to Lakeside Weekly" is
        if _CLAIMING_SOURCE.search(source) and not outlet_names().search(source):
            return True
    return _claimed_by_person(closing)


def _claimed_by_person(clause: str) -> bool:
    """Return whether a closing "according to" clause names a person as its source
    (", according to Lee.", ", according to Mayor Ann Lee."): what comes before is that
    person's claim, which the brief may not state as its own."""
    found = _ACCORDING_TO.match(clause)
    if found is None:
        return False
    source = found.group("source").rstrip(".")
    if source.isupper() or not source[:1].isupper() or source.split()[0] in ("The", "A", "An"):
        return False  # "according to reports", "according to the police"
    if outlet_names().search(source) or any(
        re.sub(r"['’]s?$", "", w.lower()) in _not_person() for w in source.split()
    ):
        return False
    return bool(persons(source)) or (len(source.split()) == 1 and _is_surname(source))


# "Lee responded to Reyes's attacks" with nothing after it: a reply that says nothing
_EMPTY_REPLY = re.compile(
    r"\b(?:respond(?:ed|ing)|react(?:ed|ing)|repl(?:ied|ying)|weigh(?:ed|ing) in|"
    r"(?:hit|hitting|fired|firing|shot|shooting|struck|striking|pushed|pushing) back|"
    r"lash(?:ed|ing) out)(?:\s+(?:to|at|against)\s+[^,;]{1,60})?$"
    # "Lee did not mince words", "The objections were echoed by Ann Reyes", "Reyes was
    # blunter": only the manner of a statement the cut clause makes
    r"|\b(?:(?:did(?:n't| not)|does(?:n't| not)|never) (?:mince (?:her |his |their |any )?words|"
    r"hold back|pull (?:any )?punches)|minced no words|pulled no punches|held nothing back|"
    r"chim(?:ed|ing) in|(?:was|were|is|are) echoed(?: by [^,;]{1,60})?|"
    r"(?:was|were|is|are) (?:even |more |just as |less )?(?:blunt|blunter|emphatic|"
    r"unequivocal|direct|succinct)|had (?:harsh|strong|sharp|tough|kind|choice|few) words"
    r"(?: for [^,;]{1,60})?)$"
)


def _full_stop(kept: str) -> str:
    """Return the full stop a cut sentence needs: none after an abbreviation that already
    ends on one ("a rally near Riverside, Ore." is not "Ore..")."""
    return "" if kept.endswith(".") else "."


_CLAUSE_START = re.compile(
    r",\s+(?=(?:which|who|whom|because|as|after|while|when|saying|calling|amid|in what|"
    r"despite|even as)\b)|\s+(?=(?:because|amid|despite)\b)"
    # no comma: "quit Monday after slamming ...", "send it Tuesday using a process ..."
    r"|\s+(?=(?:after|before|by)\s+(?:also\s+)?[a-z]+ing\b)"
    r"|\s+(?=(?:using|citing|saying|calling|claiming|accusing|blaming)\b)"
    # a second clause with its own subject: "Lee was the moderator, and she made a point of..."
    r"|,\s+(?=(?:and|but)\s+(?:he|she|they|it)\s)"
    # a second act of the same subject: "suggested..., then issued a half-hearted walk-back"
    r"|,\s+(?=(?:and\s+|but\s+)?then\s+[a-z]+ed\b)"
)
"""Where a trailing clause starts: ", which...", " because of...", ", saying...", " after
slamming..."."""


# ", but one of his predecessors had a different message for him: You are not welcome here.": a
# closing clause that hands over to someone's words after a colon, quoted without marks
_MESSAGE_TAIL = re.compile(r",\s+(?:but|and|while)\s+[^:;\"“”]{5,160}:\s+[A-Z][^:\"“”]*$")


def without_message(wording: Wording, sentence: str) -> Wording | None:
    """Return the wording cut before a closing clause that hands over, after a colon, to
    someone's message quoted without quotation marks, when what is left is a full claim
    ("Lee is heading to Riverside on Monday, but Reyes had a message for her: You are not
    welcome." -> "Lee is heading to Riverside on Monday."), else None. The message is that
    person's, not the writer's: its "you" addresses the one it names, not the reader."""
    found = _MESSAGE_TAIL.search(sentence, wording.start)
    if found is None or not _claim_left(wording, sentence, found.start()):
        return None
    return _cut_at(wording, sentence, found.start())


def without_loaded_tail(wording: Wording, sentence: str, lexicon: Lexicon) -> Wording | None:
    """Return the wording cut before the trailing clause that holds its loaded terms, when what
    is left states the claim alone ("... said the invitation was a mistake because of the way
    he has demonized its people" -> "... said the invitation was a mistake."), else None. A
    verbatim sub-span, so no outlet's charged word is ours; a wording with our bracketed words
    is left as it is."""
    hits = lexicon.find(wording.plain)
    if not hits or wording.inserted or wording.inner:
        return None
    first = wording.start + min(h.start for h in hits)
    # (the lookahead may read past the loaded term: "after slamming")
    cuts = [m.start() for m in _CLAUSE_START.finditer(sentence, wording.start) if m.start() < first]
    # the latest cut that leaves a whole claim ("... quit Monday after slamming": not "after")
    for end in reversed(cuts):
        if not _whole_cut(sentence, wording.start, end):
            continue
        if _claimed(sentence[end:]):
            return None  # the source of the claim goes with the clause: the claim stays whole
        return _cut_at(wording, sentence, end)
    return None


def _open_clause(kept: str) -> bool:
    """Return True when `kept` stops inside a clause it opened ("reported that the ACLU"):
    no verb follows its last "that", "whether" or "because"."""
    from briefing.text.tagger import tag_once as tag

    tokens = tag(kept)
    opened = [
        i
        for i, t in enumerate(tokens)
        if t.upos == "SCONJ"
        or t.text.lower() == "that"
        # "went nowhere for weeks, but on May 3": a clause joined after a comma, its verb cut off
        or (t.upos == "CCONJ" and i and tokens[i - 1].text == ",")
    ]
    if not opened:
        return False
    return not any(t.upos in ("VERB", "AUX") for t in tokens[opened[-1] + 1 :])


def as_support(sentence: str, before: Sequence[str] = ()) -> Wording:
    """Return how a sentence that cannot word a fact reads as support: whole, or without a
    closing participial gloss (", setting the stage for..."), its subject named when it is
    "he" or a role whose person the sentences before name ("[Ann Lee] said she hired...").

    A support sentence is never shown alone; naming its subject only lets it be compared:
    its actor is the fact's actor.
    """
    end = _trailing_participle(sentence, 0)
    if end is None or end < 40:
        end = len(sentence)
    inserted, start = "", 0
    connective = CONNECTIVE.match(sentence)
    offset = connective.end() if connective else 0
    personal = _PERSONAL.match(_after_connective(sentence))
    inner: tuple[tuple[int, str], ...] = ()
    if personal and before:
        name = _referent(before, personal.group(1))
        if name is not None:
            inserted, start = f"[{name}]", offset + len(personal.group(1))
    elif before and (found := _SUPPORT_SUBJECT.match(sentence, offset)) is not None:
        # "In a radio interview last week, the attorney general said...", "The Lakeland
        # prime minister declined...": the one person the article gave that role
        subject = re.sub(r"^the ", "The ", found.group("subject"))
        opening = sentence[offset : found.start("subject")]
        name = None
        if _MODIFIED_ROLE.match(subject):
            # "the Lakeland prime minister": only where the article names Lakeland with them
            modified = _modified_role(subject, before)
            name = modified[0] if modified is not None else None
        elif not (persons(opening) or _PERSON_PRONOUN.search(opening)):
            name = _referent(before, subject if subject.startswith("The ") else subject.title())
        if name is not None:
            inner = ((found.end("subject"), f" [{name}]"),)
    appended = _full_stop(sentence[start:end]) if end < len(sentence) else ""
    text = compose(sentence, start, end, inserted, inner) + appended
    return Wording(
        text=text,
        inserted=inserted,
        start=start,
        end=end,
        appended=appended,
        inner=inner,
        subject=inner,
    )


_MODIFIED_ROLE = re.compile(
    rf"^The (?P<modifier>[A-Z][a-z]+) (?P<role>(?i:{_ROLES}))\b(?! of\b| for\b)"
)


def _modified_role(rest: str, before: Sequence[str]) -> tuple[str, int] | None:
    """Return (name, length of the subject) for a role with a capitalised modifier ("The
    Lakeland prime minister"), when the article titled one person so and names the
    modifier's place or party in the same sentence as that person; else None."""
    found = _MODIFIED_ROLE.match(rest)
    if found is None:
        return None
    name = _referent(before, f"The {found.group('role').lower()}")
    if name is None:
        return None
    surname = name.split()[-1]
    modifier = found.group("modifier")[:5]
    if not any(surname in text and modifier in text for text in before):
        return None  # "The Riverside president" is not the president the article titled
    return name, found.end()


_SUPPORT_SUBJECT = re.compile(
    rf"(?:[^,“\"]{{3,60}},\s+){{0,2}}(?P<subject>(?:he|she|[Tt]he (?:[A-Z][a-z]+ )?(?i:{_ROLES})))"
    r"(?=\s+(?:himself\s+|herself\s+)?(?:has\s+|had\s+|will\s+|would\s+)?[a-z]+(?:ed|d)?\b)"
    r"(?!\s+(?:of|for|is|was)\b)"
)
"""A subject `as_support` may name when the sentence does not open on it: a pronoun or a role
after opening phrases ("In an interview, the attorney general said"), or a role with a
capitalised modifier ("The Lakeland prime minister declined")."""
