"""The story's camps: who carried out the central action (the actor), whom it was aimed at
(the target), and the side labels that name them ("Harmon and his defenders" / "Harmon's critics").

The actor is read from the articles' lead sentences, where a newsroom names who did what: the
name nearest before the lead's first verb ("In the only debate, Dale Harmon went on the offense"),
counted over every article; the target is a name the lead puts after a verb of attack or
opposition ("…against Paul Ryan"). Neither is guessed from one article alone.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.stages.quotes.lexicon import _ACTION_VERBS
from briefing.stages.quotes.merge import QuoteSource
from briefing.text.names import (
    BUSINESS_HEADS,
    LEGAL_FORMS,
    ORG_WORDS,
    SUFFIXES,
    TITLES,
    WHERE_FROM,
    acronym,
    gender,
    looks_person,
    opens_name,
    strip_title,
)
from briefing.text.quotation import outside_quotes
from briefing.text.segment import sentences
from briefing.text.tokens import title_case
from briefing.text.wordlists import mapping, state_names, words

log = logging.getLogger(__name__)

# How many lead sentences of each article name the actor (newsrooms put who-did-what first).
LEAD_SENTENCES = 2
# The actor must lead at least this many sentences over all articles (one is a passing subject).
MIN_ACTOR_WEIGHT = 2.0
# A lead subject naming a party once ties an institution actor (a chamber, a committee) to it.
INSTITUTION_PARTY_WEIGHT = 1.0
# The target: one first lead sentence that names them after a verb of attack is enough.
MIN_TARGET_WEIGHT = 1.5
# A lead sentence's subject counts this much more than the second sentence's.
FIRST_SENTENCE_WEIGHT = 1.5
SECOND_SENTENCE_WEIGHT = 1.0

# A capitalized name, an acronym, or a capitalized phrase with an organization head noun
# ("the Harmon administration", "the Reyes campaign").
_CANDIDATE = re.compile(
    r"(?:[A-Z][\w’'.-]*|[A-Z]{2,})(?:[ \t]+(?:[A-Z][\w’'.-]*|(?:of|de|van|von|al|la)\b))*"
    r"(?:[ \t]+(?:administration|campaign|government|team|committee|party|"
    # "The Linden Valley school board voted": the body, not the place that names it
    r"(?:school[ \t]+)?board|(?:city[ \t]+|county[ \t]+)?council|commission|legislature|"
    # "The Calloway State University faculty senate voted": the senate, not the university
    r"(?:faculty[ \t]+|student[ \t]+|academic[ \t]+)senate)\b)?"
)
# A company's legal form after its name ("Halvorsen Appliance Co."): a body, not a person.
_LEGAL_FORM = re.compile(rf"[ \t,]+(?:{'|'.join(LEGAL_FORMS)}|Corporation|Company|L\.L\.C)\.?$")
# the stems of verbs that attack ("criticized", "slammed", "blasting")
_ATTACK_STEMS = "criticiz|denounc|condemn|assail|blast|slamm?|attack|lambast|decri|rebuk"
_ATTACKED_ACTION = re.compile(
    rf"(?i:{_ATTACK_STEMS})\w*\s+"
    r"(?:the\s+)?((?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w-]*)[’']s?\s+(?!own\b)[a-z]"
)
# "Lee said Reyes’s planned speech…", "Ellis said he won't fund Reyes’s big idea": the
# subject speaks about the owner's action, so the owner is the lead's actor and the subject
# one who reacts to it. The owner is a run of capitalized words before a possessive.
_APPOSED_AFTER = re.compile(r",\s+(?:the|a|an)\s")
SPOKEN_OF_CHARS = 60
"""How far after a lead's speech verb the owner of what was said may stand ("said, as a
taxpayer, he's not willing to fund Trump's big idea")."""
_SPOKEN_OF = re.compile(r"((?:[A-Z][\w.-]*[ \t]+){0,4}[A-Z][\w-]*)[’']s?[ \t]+(?!own\b)\w")
# A proceeding someone else brings against the subject, which the subject attacks ("slammed
# a new investigation into his use of state aircraft", "Slams 'Politically Motivated' Probe")
_PROCEEDINGS = (
    r"(?:investigation|probe|inquiry|inquest|audit|review|lawsuit|suit|subpoena|indictment|"
    r"charges|impeachment|recall|report|findings)"
)
_ATTACKED_PROCEEDING = re.compile(
    rf"(?i:{_ATTACK_STEMS}|dismiss|disput|reject|push\w*\s+back\s+(?:against|on)|"
    r"fight\w*\s+back\s+against|fought\s+back\s+against)\w*"
    r"\s+(?:(?:the|a|an|this)\s+)?(?:[\w'‘’\"“”-]+\s+){0,3}?(?i:" + _PROCEEDINGS + r")\b"
    r"(?!\s+(?:by|of)\s+(?:his|her|their)\b)"
)
# who brought it, named after "by": a run of up to seven capitalized words
_AGENT = r"(?:the\s+)?(?P<agent>(?:[A-Z][\w.’'-]*\s+(?:of\s+(?:the\s+)?)?){0,6}[A-Z][\w’'-]*)"
_PROCEEDING_BY = re.compile(
    r"^(?:The|A|An|Th[ei]s)\s+(?:[a-z-]+\s+){0,2}" + _PROCEEDINGS + r",?\s+"
    r"(?:[\w,]+\s+){0,6}?(?:by|from)\s+" + _AGENT
)
# "X, ..., is now under investigation by the House Ethics Committee", "is the subject of an
# ethics inquiry": the subject is the one a proceeding is on, its author (if named) the actor
_UNDER_PROCEEDING = re.compile(
    r"\b(?:is|was|are|were|has been|have been|had been)\s+(?:now\s+)?(?:"
    r"under\s+(?:[\w-]+\s+){0,2}(?:investigation|scrutiny|indictment)|"
    r"the\s+(?:subject|target|focus)\s+of\s+(?:[\w-]+\s+){0,4}" + _PROCEEDINGS + r"|"
    r"being\s+(?:investigated|sued|probed|audited)|indicted|charged|sued|subpoenaed|"
    r"named\s+in\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:indictment|lawsuit|complaint)|"
    r"hit\s+with\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:indictment|lawsuit|charges|subpoena))\b"
    r"(?:\s+by\s+" + _AGENT + r")?"
)
# "A civil liberties organization sued", "The bipartisan panel announced": a body described,
# not named; it is the one body of that kind the leads name
_DESCRIBED_BODY = re.compile(
    # "Kentucky's biggest teachers union", "A union representing 40,000 teachers"
    r"^(?:An?|The|[A-Z][a-z]+['’]s)\s+(?P<words>(?:[a-z][\w'’-]*\s+){0,3})(?P<head>group|"
    r"organization|coalition|association|nonprofit|watchdog|panel|committee|board|commission|"
    r"council|agency|union|regents|trustees|senate)(?:\s+(?:representing|that\s+represents|"
    r"which\s+represents)\s"
    # "The biggest nurses' union in Delmore", "The faculty senate at Calloway State
    # University": where it is
    r"[^,]{1,80}|\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?\s*$"
)
# "pleaded not guilty on Tuesday": the one a prosecution is on, answering it
_PLEA = re.compile(r"^(?:has\s+)?(?:plead(?:ed|s)?|pled)\s+(?:not\s+guilty|innocent)\b", re.I)
_KIN = re.compile(
    r"\s*(?:wife|husband|son|daughter|mother|father|family|parents|children|lawyer|lawyers|"
    r"attorney|attorneys|spokesman|spokeswoman|spokesperson|aide|aides|friend|friends)\b"
)
"""After an owner's name: whose kin or agent acts ("Luis Ochoa's wife scraped together..."),
not the owner."""
_CRITIC_OF = re.compile(
    r",\s+(?:an?|the)\s+(?:\w+\s+){0,2}(?:critic|opponent|foe|detractor)\s+of\s+"
    r"((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)"
)
_PARTY_TAG = re.compile(r"^[DRI]-[A-Z]")
_DATELINE = re.compile(
    # "DES MOINES, Iowa --", "PORT ELLERY, Delmore --", "AUSTIN, Tex. --": the place a story
    # was filed from (a state spelled out, of one or two words, or abbreviated)
    r"^[A-Z][A-Z .,]+(?:,\s+(?:[A-Z][a-z]{1,4}\.|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?"
    r"(?:\([A-Za-z]+\))?\s*(?:--|—|–|-(?=\s))\s*"
)
# after a state's name: a lower-case noun or a party it modifies ("Iowa state lawmaker")
_MODIFIES = re.compile(r"\s+(?:[a-z]|(?:Democrat|Republican|GOP)s?\b)")
# ", a four-term lawmaker ...", " (D-Ohio), one of the House's ...", ", the Ohio Democrat who":
# a description of the person just named
_APPOSITION_OPENS = re.compile(r"(?:\s*\([^()]{1,15}\))?,\s+(?:an?|the|one of)\s")


_SUBJECT_CLAUSE = re.compile(r",\s+(?:which|that|whose)\b")
_BOARDS_OF = frozenset("board council commission trustees regents directors governors".split())
"""Bodies that govern the one named after "of" ("The board of the Transit Authority")."""
_PREPOSITIONS = frozenset(
    "in on at for with against to from of by after before over about as like than into under "
    "between among toward towards through within without via".split()
)
_ATTACK = re.compile(
    r"\b(?:against|attack(?:ed|s|ing)?|criticiz(?:ed|es|ing)|accus(?:ed|es|ing)|"
    r"challeng(?:ed|es|ing)|su(?:ed|es|ing)|denounc(?:ed|es|ing)|slamm?(?:ed|s|ing)|"
    r"blast(?:ed|s|ing)|demand(?:ed|s|ing)\s+that|versus|vs\.?|went after|took on|"
    r"call(?:ed|s|ing)\s+on|overr(?:ode|ide|ides|iding)|veto(?:ed|es)?|rebuk(?:ed|es)|"
    r"defeat(?:ed|s)?|def(?:ied|ies|y)|mock(?:ed|s)|ridicul(?:ed|es)|condemn(?:ed|s)?|"
    # "voted to fire President Ann Lee": the one removed from a post
    r"fir(?:e|ed|es|ing)|oust(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|impeach(?:ed|es|ing)?|"
    r"censur(?:e|ed|es|ing)|expel(?:led|s|ling)?|"
    # "suspended District Attorney Douglas Henshaw's law license", "revoked Stonegate's permit",
    # "convicted state Senator Curtis Hallorann": the one a sanction or a verdict is on
    r"suspend(?:ed|s|ing)?|revok(?:ed|es|ing)|disbar(?:red|s)?|sanction(?:ed|s|ing)|"
    r"convict(?:ed|s|ing)|"
    # "voted no confidence in President Celeste Varga", "a stinging rebuke to President Varga"
    r"no[- ]confidence\s+in|rebuke\s+(?:to|of)|"
    # "fined Hopwell", "hit ride-hailing company Hopwell with an $18.4 million fine", "ordered
    # Hopwell to pay": the one a penalty is on
    r"fin(?:ed|es|ing)|(?:hit|hits|slapped|slaps|slapping)(?=\s+(?:[\w-]+\s+){0,4}?[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*)*\s+with\b)|order(?:ed|s|ing)(?=\s+(?:[\w-]+\s+){0,4}?[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*)*\s+to\s+(?:pay|repay|refund|stop|halt|cease|reinstate)\b)|"
    # "sued Monday to stop the Environmental Protection Agency's new limits": whose act it is
    r"to\s+(?:stop|block|halt)|"
    # "opened an investigation into Attorney General Tom Ambler", "subpoenaed Vance Stroud"
    r"(?:investigation|probe|inquiry)\s+(?:into|of)|investigat(?:ed|es|ing)|subpoena(?:ed|s)?|"
    # "scoffing pityingly at Ryan", "took aim at Lee", "lashed out at Lee"
    r"(?:scoff(?:ed|s|ing)?|jab(?:bed|s|bing)?|sneer(?:ed|s|ing)?|lash(?:ed|es|ing)?\s+out|"
    r"(?:took|takes?|taking)\s+aim)(?:\s+\w+ly)?\s+at)\b"
)
_ATTACK_ANY_CASE = re.compile(_ATTACK.pattern, re.I)
"""The same verbs in a title-case headline ("Lawmakers Override Ashby's Veto")."""
_DESCRIBED_OBJECT = re.compile(r"\s*(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){1,4}")
"""What an object is, in lower-case words before its name ("the photo-sharing app company")."""
# A verdict and the one it is on ("convicted Tom Reyes of fraud", "found Reyes guilty").
_VERDICT = re.compile(
    r"\b(?:convicted|indicted|found|acquitted)\s+(?P<on>[^.;,]{1,80}?)\s+(?:guilty|of|on)\b"
)
_JURY = re.compile(r"\s+(?:grand\s+)?(?:jury|jurors)\b")
# Who brings a criminal case against the one a verdict is on
_PROSECUTION = re.compile(
    # ("a former federal prosecutor himself" is the defense's lawyer now)
    r"(?<!former )(?<!former federal )(?<!former state )\b(?:prosecutors?|prosecuting attorney|"
    r"district attorney|state['’]s attorney|u\.?s\.? attorney)\b"
)
_PASSIVE_VERDICT = re.compile(
    r"\b(?:was|were|has been|had been)\s+(?:convicted|indicted|acquitted|found guilty)\b"
)


def _verdict_on_subject(sent: str, verb: int) -> bool:
    """Return True when the subject's own verb is a passive verdict ("Tom Reyes was convicted",
    "Tom Reyes, who ran the office, was convicted"), not one in a clause on someone else
    ("commuted the sentence of Ann Lee, who was convicted at 16")."""
    found = _PASSIVE_VERDICT.search(sent, verb)
    if found is None:
        return False
    if found.start() == verb:
        return True
    between = sent[verb : found.start()]
    return bool(re.search(r",\s+who\s*$", sent[:verb])) and between.rstrip().endswith(",")


_NOT_ACTORS = frozenset(
    "the a an in on at this that his her their its it he she they we but and or when while as "
    "after before monday tuesday wednesday thursday friday saturday sunday january february "
    "march april may june july august september october november december today yesterday "
    "washington u.s. america american democratic republican democrat democrats republicans "
    "gop former new all some several top hundreds thousands dozens millions scores".split()
)


@dataclass(frozen=True, slots=True)
class Camps:
    """Who the sides are for and against: the actor (support) and the target (oppose)."""

    actor: str | None = None
    actor_person: bool = False
    actor_keys: tuple[str, ...] = ()
    target_keys: tuple[str, ...] = ()
    pronoun: str = "their"
    party: str = ""
    """The actor's party ("D", "R"), or the opposite of the target's, "" when unknown."""
    yielded: bool = False
    """Whether the actor backed down to the other party, which `party` then names: that
    party is for the action, and the actor's own party leans no way (see `yielded_to`)."""
    office: str = ""
    """The title the articles give the actor ("president", "governor"), so "the president"
    in a quote or a sentence refers to them; "" when none."""
    target: str = ""
    """The target's name when the story has no actor by name ("A jury convicted Tom Reyes"):
    the sides' labels name them."""
    place: bool = False
    """Whether the actor is a place the articles report from ("Delmora lawmakers passed...",
    "in Delmora"): then a group named after it (the Delmora Voter Access Project) is not it."""
    against_keys: tuple[str, ...] = ()
    """Nouns of measures the articles aim at the actor ("a resolution urging Colbath to step
    down"): backing one is opposing the actor, voting against it defending them."""
    target_office: str = ""
    """The title the articles give the target ("district attorney"), so "accused the district
    attorney of..." is aimed at them; "" when none."""


# Words ending in -ed that are no past tense.
_NOT_VERBS = frozenset("united hundred naked wicked sacred beloved armed aged speed need".split())


def _verbs() -> frozenset[str]:
    return words("lead_verbs")


def _first_verb(sentence: str) -> int:
    """Offset of the first word that reads as the lead's main verb, else -1. In a title-case
    headline ("ACLU Pushes Back On Claim") capitals are style, so any listed verb counts."""
    headline = title_case(sentence)
    tokens = list(re.finditer(r"[A-Za-z’']+", sentence))
    for i, m in enumerate(tokens):
        w = m.group()
        if not w[:1].islower() and not (headline and i):
            continue
        if "-" in (sentence[m.start() - 1 : m.start()], sentence[m.end() : m.end() + 1]):
            continue  # "the Democratic-led House", "a left-leaning group": part of a word
        low = w.lower()
        past = low.endswith("ed") and len(low) > 4 and low not in _NOT_VERBS
        if past and headline:
            # a headline drops "is": "Suspect Arrested in Ohio" is passive, its subject the
            # one acted on; "Council Used Funds" is active. Never the headline's first word.
            after = tokens[i + 1].group().lower() if i + 1 < len(tokens) else ""
            past = i > 0 and bool(after) and after not in _PREPOSITIONS | {"as", "near"}
        if low in _verbs() or past:
            return m.start()
    return -1


def _speaks(rest: str) -> bool:
    """True when the lead's first verb (at the start of `rest`) is a verb of speech."""
    m = re.match(r"[A-Za-z’']+", rest)
    return m is not None and m.group().lower() in words("speech_verbs")


# A body a place's name owns ("Marren's City Council", "Asheville's School Board").
_OWNED_BODY = re.compile(
    r"(?:[A-Z][\w-]*[ \t]+){0,2}(?:Council|Board|Commission|Legislature|Assembly)"
)


_PLACE_OFFICE = re.compile(
    r"\s*(?:[a-z][\w-]*\s+){0,3}(?:board|regents|council|commission|legislature|lawmakers|"
    r"legislators|regulators|commissioner|department|agency|officials|authorities|trustees|"
    r"police|prosecutors|election officials)\b"
)
"""A body or an office in lower case after an owner ("Valmont's medical board", "the city's
police"): the owner is a place or an institution, whose body acts."""


def _candidate_key(phrase: str) -> tuple[str, str, bool] | None:
    """(match key, display form, is a person) for a capitalized phrase, None for no actor."""
    # "the city’s new deal", "the governor's plan": the owner is who acted; but "Maryland's
    # Democratic Gov. Thomas Ashby" is the governor the place has
    owner, *owned = re.split(r"[’']s\b", phrase.strip(" ,’'"), maxsplit=1)
    titled = strip_title(owned[0]) if owned else (None, "", None)
    # ("West Virginia's Patrick Morrow" too: a person a place has)
    whole = len(titled[1].split()) >= 2 and titled[1] == owned[0].strip(" ,") if owned else False
    phrase = owned[0] if (titled[0] or whole) and looks_person(titled[1]) else owner
    if owned and _OWNED_BODY.fullmatch(owned[0].strip(" ,")):
        # "Marren's City Council voted": the body the place has, not a person named Marren
        phrase = f"{owner} {owned[0].strip(' ,')}"
    company = _LEGAL_FORM.search(phrase)
    if company:
        phrase = phrase[: company.start()]
    phrase = phrase.strip(" ,.")
    # "the Democratic-led House": the House (the party that leads it is its party)
    phrase = re.sub(r"^(?:[Tt]he\s+)?[A-Z][\w.]*-(?:led|controlled|run|dominated)\s+", "", phrase)
    words_ = phrase.split()
    # "Judge Carl Brennan of" (the place cut off): a joining word ends no name
    while words_ and words_[-1].lower() in ("of", "de", "van", "von", "al", "la"):
        words_ = words_[:-1]
    while words_ and words_[0].lower() in _NOT_ACTORS:
        if opens_name(words_):
            break  # "New Calder Public Service Commission": a name that opens on "New"
        words_ = words_[1:]
    if not words_:
        return None
    phrase = " ".join(words_)
    titled_at = [
        k
        for k, w in enumerate(words_[:-2])
        if k and (w.lower().rstrip(".") in TITLES or w.lower() in mapping("role_titles"))
    ]
    if titled_at and looks_person(" ".join(words_[titled_at[-1] + 1 :])):
        # "Delmont County Prosecutor Celia Vantreese": the person the place's office has
        phrase = " ".join(words_[titled_at[-1] + 1 :])
    # "Gov. Ellen Marsh of Pennsylvania": the person, not where they serve
    of_place = re.match(r"(.+?)\s+of\s+[A-Z]", phrase)
    if of_place and looks_person(strip_title(of_place.group(1))[1]):
        phrase = of_place.group(1)
    _, name, _ = strip_title(phrase)
    name = " ".join(w for w in name.split() if w.lower() not in TITLES)
    if not name or name.lower() in _NOT_ACTORS or name.islower():
        return None  # ("The board voted": a body by its kind, see `_DESCRIBED_BODY`)
    if name.lower() in mapping("number_words"):
        return None  # "Five years after it took federal aid, SkyBridge...": a count
    # ("Senior US officials", "Top CFPB official": an acronym ends no person's name)
    acronym_end = name.split()[-1].replace(".", "").isupper()
    # ("Brightmeadow Nutrition": a business's kind ends it, no surname)
    business = name.split()[-1].lower() in BUSINESS_HEADS
    if (
        len(name.split()) >= 2
        and looks_person(name)
        and not company
        and not acronym_end
        and not business
    ):
        surname = [w for w in name.split() if w.rstrip(".,") not in SUFFIXES][-1]
        return surname.lower(), name, True
    if len(name.split()) == 1 and name[:1].isupper() and not name.isupper():
        # a bare surname ("Harmon") or a one-word organization ("Lakeside Weekly")
        return name.lower(), name, name.lower() not in ORG_WORDS
    return name.lower(), name, False


def _lead_sentences(articles: Sequence[QuoteSource]) -> list[tuple[str, float, bool]]:
    """Each article's headline and first sentences, with the weight of their subject and
    whether the line is the headline."""
    out: list[tuple[str, float, bool]] = []
    for art in articles:
        leads = [art.title] if art.title.strip() else []
        for a, b in art.kept:
            for s, e in sentences(art.text, a, b):
                if len(leads) >= LEAD_SENTENCES + 1:
                    break
                sent = art.text[s:e]
                # '“…wall!” Fox told Ramos.': the attribution of a quote is no lead
                after_quote = art.text[max(a, s - 3) : s].rstrip()[-1:] in ('"', "”")
                if after_quote:
                    continue
                if len(sent.split()) >= 6 and sent not in leads and sent[:1] not in '"“':
                    leads.append(sent)  # shorter lines are bylines and datelines
        for i, sent in enumerate(leads):
            weight = FIRST_SENTENCE_WEIGHT if i == 0 else SECOND_SENTENCE_WEIGHT
            # "WASHINGTON — ", "NEW YORK (AP) -- ": a dateline is no subject
            out.append((_DATELINE.sub("", sent), weight, i == 0 and bool(art.title.strip())))
    return out


def _common_noun(sent: str, word: str, common: set[str]) -> bool:
    """Return True when the capitalised word a sentence opens on is a common noun, not a name:
    the articles print it in lower case, or the tagger reads it as a noun the treebank knows
    ("Winds reached 70 mph", "Bridge back in business"); a body ("Police", "Congress") acts."""
    low = word.lower()
    if " " in word or low in ORG_WORDS:
        return False
    if low in common:
        return True
    from briefing.text.tagger import default_tagger, tag_once

    first = tag_once(sent)[0]
    if first.text != word or first.upos != "NOUN":
        return False
    model = default_tagger()
    return model.lemma(word, "NOUN") in model.known.get("NOUN", frozenset())


def _attacked(text: str, attack: re.Pattern[str]) -> list[tuple[str, str, bool]]:
    """Return the candidate key (see `_candidate_key`) of each one a verb of attack in `text`
    acts on: "sued Ann Lee", "sued the photo-sharing company Glimmer" (the name right after
    the verb, or after the words that say what it is)."""
    out = []
    for hit in attack.finditer(text):
        window = text[hit.end() : hit.end() + 60]
        obj = _CANDIDATE.search(window)
        if obj is not None and (
            obj.start() <= 12 or _DESCRIBED_OBJECT.fullmatch(window[: obj.start()])
        ):
            # the whole name, however far it runs past the window ("the law license of Pell
            # County District Attorney Douglas Henshaw")
            whole = _CANDIDATE.match(text, hit.end() + obj.start())
            name = whole.group() if whole is not None else obj.group()
            # "suspended the elected sheriff of Tamsin County, Royce Baines": the place says
            # whose office; the name in apposition after it is the one acted on
            apposed = _APPOSED_NAME.match(text, hit.end() + obj.start() + len(name))
            if apposed is not None and window[: obj.start()].rstrip().endswith(" of"):
                name = apposed.group("name")
            cand = _candidate_key(name)
            if cand is not None:
                out.append(cand)
    return out


_OBJECT_FORMS = {"his": ("him", "his"), "her": ("her",)}
_SANCTIONED_AFTER = re.compile(
    r"\b(?:after|when|as|because|since|a day after|hours after)\s+[^.;]{0,80}?\b"
    r"(?:suspended|revoked|fired|ousted|expelled|censured|fined|convicted|indicted|charged|"
    r"sued|subpoenaed|impeached|removed|disbarred|sanctioned|dismissed)\s+(?P<whom>him|his|her)\b"
)
"""A clause after the subject's own verb telling what was done to them: "came out swinging
Tuesday after the board suspended his law license"."""
"""How a verb's object names the subject a pronoun stands for, by the possessive `_pronoun`
gives them."""
_APPOSED_NAME = re.compile(r",\s+(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)+)(?=[,.;]|\s+[a-z])")
"""A name in apposition right after another ("..., Royce Baines, citing")."""


def find_camps(articles: Sequence[QuoteSource]) -> Camps:
    """The actor and target of the story's central action, from the articles' leads."""
    actors: dict[str, float] = defaultdict(float)
    targets: dict[str, float] = defaultdict(float)
    shown: dict[str, tuple[str, bool]] = {}
    headline_hits: list[tuple[str, float, bool]] = []
    body_keys: set[str] = set()
    described_bodies: list[tuple[str, float, set[str]]] = []
    aliases: dict[str, set[str]] = defaultdict(set)  # "the union" for the one the leads name
    parties: dict[str, float] = defaultdict(float)
    # the parties a lead names in the same subject as a candidate actor ("House Democrats
    # passed"): the party an institution acts for
    allied: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    # the words the articles print in lower case: a capital that opens a sentence on one of
    # them ("Winds", "Bridge") is no name
    common = {w for art in articles for w in re.findall(r"(?<![\w’'-])[a-z][a-z’'-]+", art.text)}

    def tally(key: str, weight: float, headline: bool, target: bool) -> None:
        """Count `key` as the actor, or the one the action is on (a headline's only as a
        candidate)."""
        if headline:
            headline_hits.append((key, weight, target))
        else:
            (targets if target else actors)[key] += weight
            body_keys.add(key)

    for sent, weight, headline in _lead_sentences(articles):
        fronted = _FRONTED.match(sent) if not headline else None
        if fronted is not None:
            # "Five years after promising to shut the plant, Meridian Power announced...": the
            # clause before the comma dates the news; its subject comes after
            sent = sent[fronted.end() :]
        verb = _first_verb(sent)
        if verb <= 0:
            if headline:
                # "Lawmakers Override Ashby's Veto": a title-case headline hides its verb, but
                # the one its verb of attack is on may still be named right after it
                for hit_on in _attacked(sent, _ATTACK_ANY_CASE):
                    tally(hit_on[0], weight, headline, target=True)
                    shown.setdefault(hit_on[0], (hit_on[1], hit_on[2]))
            continue
        subject = sent[:verb]
        # "Every Republican on the panel demanded…", "House Democrats’ bill passed…"
        party_hits = [
            (m.start(), m.end(), _PARTY_WORD[(m.group(1) or m.group(2)).lower()])
            for m in _PARTY_SUBJECT.finditer(subject)
        ]
        found_parties = {party for _, _, party in party_hits}
        for party in found_parties:
            parties[party] += weight
        found = None
        found_start = found_end = -1
        skipped_end = -1
        # "The decision, which reduces Mr. Delaney's sentence, ...": a name inside a clause on
        # the subject's noun is not who acts
        clause = _SUBJECT_CLAUSE.search(subject)
        for m in _CANDIDATE.finditer(subject, 0, clause.start() if clause else len(subject)):
            if m.group().lower() in _PREPOSITIONS:
                skipped_end = m.end()  # "Under the governor's order, he...": no one
                continue
            before = subject[: m.start()].split()
            while before and before[-1].lower() in ("the", "a", "an"):
                before = before[:-1]
            place = skipped_end >= 0 and not subject[skipped_end : m.start()].strip(" ,")
            # ("in southern Missouri": a preposition and a word on the place)
            placed = (
                len(before) >= 2
                and before[-1].isalpha()
                and before[-1].islower()
                and before[-2] in _PREPOSITIONS
            )
            # "The board of the Greater Marlow Transit Authority voted": the body the board
            # governs acts through it, no place after "of"
            board_of = (
                len(before) in (2, 3)
                and before[-1] == "of"
                and before[-2].lower() in _BOARDS_OF
                and before[0].lower() in ("the", before[-2].lower())
            )
            if (before and before[-1].lower() in _PREPOSITIONS and not board_of) or place or placed:
                skipped_end = m.end()  # "In Washington", "with Ryan", "in Ames, Iowa"
                continue
            if WHERE_FROM.search(m.group()):
                continue  # "A Springfield-based hospital giant": where, not who
            if _PARTY_TAG.match(m.group()) or (
                m.group() in ("D", "R", "I") and subject[m.start() - 1 : m.start()] == "("
            ):
                continue  # "Sen. Ann Lee (D-Ore.)", "Gov. Ann Lee (D)": the tag is no one
            bare = re.sub(r"^(?:An?|The)\s+", "", m.group()).lower()
            unowned = re.sub(r"[’']s?$", "", bare)
            if (bare in state_names() and _MODIFIES.match(subject, m.end())) or (
                unowned != bare and unowned in state_names()
            ):
                continue  # "An Iowa state lawmaker", "Iowa Democrats", "Kentucky's biggest
                # teachers union": where, not who
            if (
                found is not None
                and _APPOSITION_OPENS.match(subject, found_end)
                and m.start() > found_end
            ):
                continue  # "Rep. Ann Lee, a farmer from Clayton County,": her description
                # ("Meridian Health Partners, one of the largest operators in...": its own)
            if _JURY.match(subject, m.end()):
                continue  # "A Riverside County jury": where it sat; the verdict is on someone
            if not subject[: m.start()].strip() and _common_noun(sent, m.group(), common):
                continue  # "Winds reached 70 mph", "Bridge back in business": a common noun
            if re.search(r"[’']s?$", m.group()) and _KIN.match(subject, m.end()):
                continue  # "Luis Ochoa's wife scraped together the bond": she acts, not he
            cand = _candidate_key(m.group())
            if (
                cand is not None
                and cand[2]
                and re.search(r"[’']s$", m.group())
                and _PLACE_OFFICE.match(subject, m.end())
                and not strip_title(m.group())[0]
            ):
                # "Valmont's medical board", "Alder Bay's buildings commissioner": a place's
                # body or office acts, and the place is no person
                owned_by = re.sub(r"^(?:[Tt]he)\s+", "", re.sub(r"[’']s$", "", m.group()).strip())
                cand = (owned_by.lower(), owned_by, False)
            # "Tom Reyes, Parks Secretary, …": an apposition after a person is their title
            apposition = found_end >= 0 and subject[found_end : m.start()].strip() == ","
            if cand is not None and not (apposition and found is not None and found[2]):
                found = cand
                found_start, found_end = m.start(), m.end()
        agent = _PROCEEDING_BY.match(sent)
        if agent is not None and (by := _candidate_key(agent.group("agent"))) is not None:
            # "The inquiry, announced on Monday by Inspector General Marian Toller, is...": who
            # brought the proceeding the subject names
            found = by
            found_start, found_end = agent.start("agent"), agent.end("agent")
        if found is None and (described := _DESCRIBED_BODY.match(subject.strip())) is not None:
            if not headline:
                # the members it is named for ("nurses' union", "teachers union"), not where
                # ("the state's largest union")
                members = {
                    w.rstrip("'’")
                    for w in described["words"].split()
                    if w.rstrip("'’").endswith("s") and not w.endswith(("'s", "’s"))
                }
                described_bodies.append((described.group("head").lower(), weight, members))
            continue
        after = _AFTER_ACT.search(sent, verb) if not headline else None
        agent_after = _candidate_key(after.group("agent")) if after is not None else None
        if (
            agent_after is not None
            and (agent_after[2] or after is not None and after.group("body"))
            and _REACTING.match(sent, verb)
        ):
            # "Farmers are bracing for a brutal summer after Gov. Ann Lee on Monday declared a
            # drought emergency": the subject reacts; who acted is named after "after"
            tally(agent_after[0], weight, headline, target=False)
            shown.setdefault(agent_after[0], (agent_after[1], agent_after[2]))
            continue
        group = _GROUP_SUBJECT.match(subject) if not party_hits else None
        if group is not None:
            # "Roughly 3,400 nurses walked off the job": a group of people, by what they are
            noun = group.group("group").lower()
            found = (noun, noun.capitalize(), False)
            found_start, found_end = group.start("group"), group.end("group")
            employer = _STRUCK_AT.search(sent) if _STRIKE.search(sent) else None
            struck = _candidate_key(employer.group("at")) if employer is not None else None
            if struck is not None and not struck[2]:
                # "nurses at Halvorsen Memorial Hospital went on strike": the employer the
                # strike is against
                tally(struck[0], weight, headline, target=True)
                shown.setdefault(struck[0], (struck[1], struck[2]))
        rest = sent[verb:]
        # "Lee criticized Reyes’s planned speech": the lead is about Reyes’s action
        # and Lee is one of its critics
        owner = _ATTACKED_ACTION.match(rest) or _CRITIC_OF.search(subject)
        if owner is None and _speaks(rest):
            owner = next(
                (
                    m
                    # "said Reyes's plan would...": whose act what was said is about, named
                    # early in it; not an owner further on or in an apposition after it
                    # ("announced it will close its plant, the latest manufacturer to flee
                    # Kessington's costs")
                    for m in _SPOKEN_OF.finditer(_APPOSED_AFTER.split(outside_quotes(rest))[0])
                    if m.start() <= SPOKEN_OF_CHARS and _candidate_key(m.group(1))
                ),
                None,
            )
        if owner is not None:
            # "Ellis, an outspoken critic of Reyes, said…": the lead is about Reyes
            found = _candidate_key(owner.group(1))
        under = _UNDER_PROCEEDING.search(sent, found_end) if found is not None else None
        if under is not None and re.search(
            r"\b(?:who|which|that)\s+$", sent[found_end : under.start()]
        ):
            under = None  # "Lee, who is under investigation, resigned": her clause, not the news
        if (
            found is not None
            and owner is None
            and (under is not None or _ATTACKED_PROCEEDING.match(rest) or _PLEA.match(rest))
        ):
            # "Rep. Ann Lee, ..., is now under investigation by the House Ethics Committee",
            # "Ambler on Tuesday slammed a new investigation into his use of state aircraft":
            # the proceeding, someone else's, is the news; the one it is on reacts to it, and
            # its author (named after "by") is the actor
            tally(found[0], weight, headline, target=True)
            shown.setdefault(found[0], (found[1], found[2]))
            by = _candidate_key(under.group("agent")) if under and under.group("agent") else None
            if by is not None:
                tally(by[0], weight, headline, target=False)
                shown.setdefault(by[0], (by[1], by[2]))
            continue
        ruled = _RULED_AFTER.search(sent, verb) if found is not None and not headline else None
        if ruled is not None and owner is None and found is not None:
            # "Ride-hailing giant Hopwell cheated its drivers for years, Sequana's labor board
            # ruled Thursday": what the ruling found is on its subject; the ruling is the act
            tally(found[0], weight, headline, target=True)
            shown.setdefault(found[0], (found[1], found[2]))
            continue
        if found is not None:
            # the party in the actor's own words ("House Democrats", "the Democratic-led
            # panel"), not that of those who speak of it ("Democrats say the club...", "a
            # report by Democrats ... alleges that the club")
            for start, end, party in party_hits if owner is None else ():
                if found_start <= start < found_end or (
                    end <= found_start and len(subject[end:found_start].split()) <= ALLIED_WORDS
                ):
                    allied[found[0]][party] += weight
            # "Tom Reyes, who ran the office, was convicted on Thursday": the one it is on
            on = not headline and found[2] and _verdict_on_subject(sent, verb)
            tally(found[0], weight, headline, target=on)
            if found[0] not in shown or (found[2] and len(found[1]) > len(shown[found[0]][0])):
                shown[found[0]] = (found[1], found[2])
        # (a headline's words are capitalised: "Merrimont Sues Brightway Pharmacy Chain")
        attack = _ATTACK_ANY_CASE if headline else _ATTACK
        for hit_on in _attacked(rest if owner is None else "", attack):
            tally(hit_on[0], weight, headline, target=True)
        if found is not None and found[2] and owner is None and not headline:
            # "Douglas Henshaw came out swinging after the board suspended his law license":
            # the subject is the one the act is on, and reacts to it
            pronoun = _pronoun(found[1], True)
            # (not "Mayor Tom Reyes vetoed the ordinance after members sued him": his own act)
            acted = _ACTION_VERBS.match(rest) is not None or rest.startswith("vetoe")
            sanction = None if acted else _SANCTIONED_AFTER.search(rest)
            if sanction is not None and sanction.group("whom").lower() in _OBJECT_FORMS.get(
                pronoun, ()
            ):
                tally(found[0], weight, headline, target=True)
        for hit in _VERDICT.finditer(rest if owner is None else ""):
            # "found former city treasurer Tom Reyes guilty": the one named last before
            # "guilty" or "of" is the one the verdict is on
            runs = list(_CANDIDATE.finditer(hit.group("on")))
            cand = _candidate_key(runs[-1].group()) if runs else None
            if cand is not None and cand[2]:
                tally(cand[0], weight, headline, target=True)
                if not headline:
                    shown.setdefault(cand[0], (cand[1], cand[2]))
    # "the Kentucky Federation" where another lead gives the whole name: one body; so is a
    # place ("Lindenport Votes to Ban Camping") that opens the name of its governing body
    # ("Lindenport City Council"), not of any group named for it
    for k in [k for k in actors if not shown[k][1] or len(shown[k][0].split()) == 1]:
        longer = [
            o
            for o in actors
            if o.startswith(k + " ")
            and not shown[o][1]
            and (not shown[k][1] or o.split()[-1] in GOVERNING_BODIES)
        ]
        # ("SkyBridge" where another lead says "SkyBridge Regional Airlines": the business,
        # which the writers call by the first word of its name, not a person named SkyBridge)
        business = [o for o in actors if k in _company_short(o, common) and not shown[o][1]]
        if not longer and len(business) == 1:
            longer = business
        if len(longer) == 1:
            actors[longer[0]] += actors.pop(k)
    # "Marren's left-leaning City Council": the one body of that name a lead gives with its place
    for k in [k for k in actors if not shown[k][1] and k.split()[-1] in VOTING_BODIES]:
        with_place = [o for o in actors if o.endswith(" " + k) and not shown[o][1]]
        if len(with_place) == 1:
            actors[with_place[0]] += actors.pop(k)
    # "A civil liberties organization sued", "The bipartisan panel announced": the one body of
    # that kind the leads name as acting ("The House Ethics Committee said")
    for head, weight, described_as in described_bodies:
        kind = _BODY_KIND.get(head, "")
        fits = [
            k
            for k in actors
            if not shown[k][1]
            # ("the board" is the State Board of Education: its head noun, before "of")
            and (not kind or kind in _BODY_KIND.get(head_noun(k), "-"))
            and k not in state_names()
            # "the state's largest teachers union" is one: a union, a federation of teachers
            # ("the biggest nurses' union" is the Delmore State Nurses Alliance: its members)
            and (head != "union" or bool((UNION_WORDS | described_as) & set(k.split())))
        ]
        if len(fits) == 1:
            actors[fits[0]] += weight
            aliases[fits[0]].add(head)
    # headline capitals are style as often as names: a headline only adds weight to a name
    # some article's own lead sentences name too
    for key, weight, is_target in headline_hits:
        if key not in body_keys and is_target:
            # "Brightway Pharmacy Chain" in a headline is the "Brightway Pharmacy Corp." a
            # lead names: one name the other opens
            longer = [k for k in body_keys if key.startswith(k + " ") or k.startswith(key + " ")]
            key = longer[0] if len(longer) == 1 else key
        if key in body_keys:
            (targets if is_target else actors)[key] += weight
    # "Halvorsen Appliance" where another lead says "Halvorsen Appliance Co.": the company,
    # not a person named Appliance
    bodies = {display.lower(): k for k, (display, person) in shown.items() if not person}
    for k, (display, person) in list(shown.items()):
        body = bodies.get(display.lower())
        if person and body is not None and body != k:
            for table in (actors, targets):
                if k in table:
                    table[body] += table.pop(k)
    texts = [art.text for art in articles]
    # a name the leads mostly put after "attacked", "against" is the target, not the actor
    net = {k: w - targets.get(k, 0.0) for k, w in actors.items()}
    key, weight = sorted(net.items(), key=lambda kv: -kv[1])[0] if net else ("", 0.0)
    party_camp = _party_actor(parties)
    if weight < MIN_ACTOR_WEIGHT:
        judge = _the_judge(articles)
        if judge is not None:
            # "A federal judge on Monday blocked the law": the one judge the articles name
            surname = judge.split()[-1]
            return Camps(
                surname,
                True,
                (surname.lower(), judge.lower()),
                tuple(_target(targets)),
                _pronoun(judge, True),
            )
        if not party_camp:
            # "A jury convicted Tom Reyes": no actor by name, but the one the action is on is
            # known; the sides are for or against what was done to them
            target = _target(targets)
            if target and target[0] in shown:
                name, person = shown[target[0]]
                short = name.split()[-1] if person else name
                return Camps(
                    target_keys=target,
                    target=short,
                    pronoun=_pronoun(name, person),
                    target_office=_target_office(target, texts),
                )
            return Camps()
        # the leads' subject is a party as a group: the party is the actor
        name = {"D": "Democrats", "R": "Republicans"}[party_camp]
        tkeys = tuple(k for k in _target(targets) if k != name.lower())
        log.debug("camps: actor %s (party), target %s", name, tkeys)
        return Camps(name, False, (name.lower(),), tkeys, "their", party_camp)
    display, person = shown[key]
    if person and _is_place(display, texts):
        # "Alder Bay's buildings commissioner revoked...": a place the articles report from
        # ("in Alder Bay"), whose office acts, not a person surnamed Bay
        person, key = False, display.lower()
    full = display
    if person:
        display = display.split()[-1] if len(display.split()) > 1 else display
        display = next(
            (w for w in reversed(full.split()) if w.rstrip(".,") not in SUFFIXES),
            display,
        )
    actor_keys = {key}
    if key in _PEOPLE:
        # "an intensive care nurse" is one of the nurses
        actor_keys.add(_PEOPLE[key])
    if not person:
        acr = acronym(display)
        if len(acr) >= 3:
            actor_keys.add(acr.lower())
        # "the union's lawyer": what the leads call the body, as they call no other
        actor_keys |= aliases.get(key, set()) & _ALIAS_HEADS
    if not person:
        actor_keys |= _company_short(display, common)
    target_keys = {k for k in _target(targets) if k not in actor_keys}
    for k in list(target_keys):
        # (a strike's employer by the first word of its name, whatever its kind: "Halvorsen
        # Memorial Hospital" is "Halvorsen Health", its chief executive's)
        struck_at = display.lower() in _PEOPLE and k in shown and not shown[k][1]
        target_keys |= _company_short(k, common, any_body=struck_at)
    log.debug("camps: actor %s (%.1f), targets %s", display, weight, dict(targets))
    pronoun = _pronoun(full, person)
    if not person and display.split()[-1].lower() in _GROUP_NOUNS:
        pronoun = "their"  # "House Democrats and their defenders"
    party = party_of(display, texts)
    if not party and not person:
        # "the Democratic-led House", "Democrats’ bill passed the House": a chamber or a
        # committee acts for the party the leads name; any other body only for the party a
        # lead names with it ("a report by Democrats alleges the Lakeside Rifle Club..." names
        # the party with the report, not with the club)
        named = parties if _LEGISLATIVE & set(key.split()) else allied.get(key, {})
        party = _party_actor(named, INSTITUTION_PARTY_WEIGHT)
    leads = lead_lines(articles)
    if party and _fights_own_party(party, leads):
        party = ""  # a fight inside the actor's party: the party line is no camp
    yielded = False
    if person:
        party, yielded = yielded_to(party, leads)
        # "leaving the Democratic Party and joining the Republicans": the camp she joined
        party = _switched_to(leads) or party
    office = office_of(display, texts) if person else ""
    return Camps(
        display,
        person,
        tuple(sorted(actor_keys)),
        tuple(sorted(target_keys)),
        pronoun,
        party,
        yielded,
        office,
        place=_is_place(display, texts),
        target_office=_target_office(tuple(target_keys), texts),
    )


def _target_office(target_keys: Sequence[str], texts: Sequence[str]) -> str:
    """The office the articles title the one target with ("Pell County District Attorney
    Douglas Henshaw" -> "district attorney"), else ""."""
    if len(target_keys) != 1:
        return ""
    return office_of(target_keys[0], texts, {**_OFFICES, **_TARGET_OFFICES})


def head_noun(name: str) -> str:
    """Return the lower-cased head noun of a body's name, the last word before "of" ("board"
    of "Board of Regents of Westmarch State University", "commission" of "North Calder Public
    Utilities Commission")."""
    return name.split(" of ")[0].split()[-1].lower()


VOTING_BODIES = frozenset({"board", "commission", "council"})
GOVERNING_BODIES = VOTING_BODIES | frozenset(
    "legislature assembly senate house court government administration department".split()
)
"""The bodies a place's name opens ("Lindenport City Council"): the place acting is the body."""
"""Bodies that decide by a vote of their members: one member is not the body."""
_ALIAS_HEADS = frozenset({"union", "coalition", "association"}) | VOTING_BODIES
"""Described bodies whose kind a role may name them by ("the union's attorney", "Board
President Harold Ostby" where the leads call the actor "the board"); not a "panel" or a
"group", which name many."""
UNION_WORDS = frozenset("union federation association brotherhood guild local".split())
"""The words of a labor union's name ("Kentucky Federation of Classroom Teachers")."""
_BODY_KIND = {
    **dict.fromkeys(("panel", "committee", "subcommittee"), "committee"),
    **dict.fromkeys(("board", "commission", "council"), "board commission council"),
    # "The regents approved": the Board of Regents
    **dict.fromkeys(("regents", "trustees"), "board"),
    "senate": "senate",
    "agency": "agency department bureau administration service",
}
"""What a described body may be named: "the panel" is a committee; a group, a coalition or an
organization any body (no entry)."""


def _company_short(name: str, common: set[str], any_body: bool = False) -> set[str]:
    """{"brightmeadow"} for "Brightmeadow Nutrition": the first word a business is called by
    ("Brightmeadow sat on warning signs"), where its name ends on a business's kind (or, with
    `any_body`, whatever it ends on: "Halvorsen" for "Halvorsen Memorial Hospital") and that
    word is no place and no word the articles print in lower case; else an empty set."""
    words = name.lower().split()
    if len(words) < 2 or (words[-1] not in BUSINESS_HEADS and not any_body):
        return set()
    first = words[0]
    if first in common or first in state_names() or first in ("the", "a", "an"):
        return set()
    return {first}


def group_actor(camps: Camps) -> bool:
    """Return True when the actor is a group of people named by what they are ("3,400 nurses
    walked off the job"): everyone speaks well of nurses, so a quote's tone toward the word
    tells no side; only who speaks for them does."""
    return bool(camps.actor) and (camps.actor or "").lower() in _PEOPLE


_A_JUDGE = re.compile(
    r"^(?:[A-Z][\w,]*\s+){0,3}?[Aa]n?\s+(?:[a-z-]+\s+){0,2}(?:judge|arbitrator|magistrate|"
    r"hearing officer)\s+(?:[\w,]+\s+){0,4}?[a-z]+ed\b"
)
_JUDGE_NAMED = re.compile(
    r"\b(?:Judge|[Aa]rbitrator|Magistrate|[Hh]earing [Oo]fficer)\s+"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’-]+)"
)


def _the_judge(articles: Sequence[QuoteSource]) -> str | None:
    """Return the judge a lead's act is by, where the leads say only "A federal judge on
    Monday blocked..." ("An arbitrator has ordered...") and the articles name one judge
    ("Judge Miriam Castellano", "arbitrator Judith Harlow"), else None."""
    if not any(_A_JUDGE.match(lead) for lead in lead_lines(articles)):
        return None
    names = {
        re.sub(r"['’]s$", "", m.group("name"))
        for art in articles
        for a, b in art.kept  # (not a headline's "Judge Blocks Calder's Law")
        for m in _JUDGE_NAMED.finditer(art.text[a:b])
    }
    return names.pop() if len(names) == 1 else None


def _pronoun(name: str, person: bool) -> str:
    """Return the possessive a label uses for `name`: "his" or "her" where the first name
    tells, "their" for a person it does not (a surname alone says nothing: "Fox"), "its" for
    a body."""
    if not person:
        return "its"
    sex = gender(name) if len(name.split()) > 1 else ""
    return {"m": "his", "f": "her"}.get(sex, "their")


def _is_place(name: str, texts: Sequence[str]) -> bool:
    """Return True when the articles put `name` where a place goes ("in Delmora", "across
    Port Calloway"), not as the first words of a longer name ("in Delmora Voter Access...")."""
    named = re.escape(name)
    where = re.compile(
        rf"\b(?:in|across|throughout|around|outside|near) {named}\b(?![ -]+[A-Z])"
        # "Delmora lawmakers", "Delmora's governor": its people, bodies ("Trump voters": none)
        rf"|\b{named} (?:lawmakers|legislators|residents|taxpayers|counties)\b"
        rf"|\b{named}['’]s (?:legislature|legislative|governor|capital)\b"
    )
    return any(where.search(text) for text in texts)


# People named by what they are or do, and one of them: "3,400 nurses", "a nurse"
_PEOPLE = {
    plural: plural[:-3] + "man" if plural.endswith("men") else plural[:-1]
    for plural in (
        "nurses teachers workers employees students residents protesters demonstrators "
        "doctors physicians pilots drivers miners farmers fishermen parents tenants "
        "activists firefighters strikers marchers"
    ).split()
}
_AFTER_ACT = re.compile(
    r"\b(?:after|when)\s+(?:the\s+)?(?P<agent>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,4})"
    r"(?:\s+(?P<body>board|council|commission|regents|trustees|legislature))?\s+"
    r"(?:on\s+[A-Z][a-z]+day\s+|(?:last|this)\s+week\s+)?(?P<verb>[a-z]+ed)\b"
)
"""An act its lead tells after "after" or "when": "after Gov. Ann Lee on Monday declared...", by
a person named by two words or more, or "when the Millbrook Public Library board voted", by a
body."""
_FRONTED = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:[Aa]fter|[Bb]efore|[Dd]espite|[Aa]mid|[Ff]ollowing)\s+[a-z$\d]"
    r"(?:[^,;\"“”]{2,200}?,\s+(?=[a-z]))*[^,;\"“”]{2,200},\s+(?=[A-Z]|(?:the|a|an)\s+[A-Z])"
)
"""A clause before a lead's subject that tells when or despite what, with no one named as its
subject ("Five years after promising to...,", "After a five-hour debate,", "After years of
leaking roofs, broken elevators and police calls, the housing authority voted")."""
_RULED_AFTER = re.compile(
    r",\s+(?:[A-Z][\w’'.-]*\s+){0,4}(?:[a-z][\w’'-]*\s+){0,3}?(?:board|court|judge|jury|panel|"
    r"commission|regulators?|inspectors?|investigators?|auditors?|agency|department)\s+"
    r"(?:ruled|found|concluded|determined|decided)\b"
)
"""A lead that tells what a ruling found and names the ruling body after it ("Hopwell cheated
its drivers for years, Sequana's labor board ruled Thursday")."""
_REACTING = re.compile(
    r"(?:are|were|is|was)\s+(?:[a-z]+ly\s+)?(?:bracing|reeling|celebrating|scrambling|"
    r"fuming|rejoicing|cheering|protesting|pushing back|vowing|weighing|struggling|worried)\b"
    # "Parents scored a win Tuesday night when the board voted...": how the news went for them
    r"|(?:scored|won|notched|claimed|suffered|took)\s+(?:a|an)\s+(?:[a-z]+\s+)?"
    r"(?:win|victory|setback|defeat|blow|loss)\b"
)
"""A lead's main verb that tells how its subject takes the news ("Farmers are bracing")."""
_GROUP_SUBJECT = re.compile(
    r"^\s*(?:(?:roughly|about|nearly|almost|some|more than|over|at least|an estimated)\s+)?"
    r"(?:[\d,.]+(?:\s+(?:million|thousand))?\s+|(?:hundreds|thousands|dozens|scores)\s+of\s+)?"
    r"(?:[a-z-]+\s+)?(?P<group>" + "|".join(_PEOPLE) + r")\b"
    # the head of the subject ("Nurses at Riverside Health"), not a modifier ("Teachers union
    # president Ann Lee")
    r"(?=\s*$|\s*,|\s+(?:at|in|from|of|across|who|that|on|and)\b)",
    re.I,
)
_STRIKE = re.compile(
    r"\b(?:(?:went|go|goes|going)\s+on\s+strike|walk(?:ed|s|ing)?\s+(?:off\s+the\s+job|out)|"
    r"str(?:uck|ike|iking|ikes)\b)",
    re.I,
)
_STRUCK_AT = re.compile(
    r"\bat\s+(?:the\s+)?(?P<at>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*)(?:['’]s)?"
)
"""Where a group struck: "at Halvorsen Memorial Hospital", its employer."""
_GROUP_NOUNS = frozenset(
    "democrats republicans lawmakers officials leaders members senators governors voters".split()
) | frozenset(_PEOPLE)
"""Plural heads of an actor that is a group of people: "their", not "its"."""
ALLIED_WORDS = 2
"""How many words may stand between a party and the body it leads ("Democrats on the
panel")."""
_LEGISLATIVE = frozenset(
    "house senate congress legislature assembly committee panel council caucus chamber".split()
)
"""Bodies a party controls or leads: the party the leads name is theirs."""


# A party named as a group in a lead's subject ("Every Republican on the panel", "House
# Democrats’ bill"); "the top Democrat on the panel" is one member, not the party.
_PARTY_SUBJECT = re.compile(
    r"\b(Republican|Democrat|Democratic|GOP)(?:s\b|[’']s?\b|-(?:led|controlled|run)\b|"
    r"(?=\s+(?:members|lawmakers|leaders|senators|majority)\b))"
    r"|\b(?:Every|All|Each)\s+(?:\w+\s+)?(Republican|Democrat)\b"
)


def _fights_own_party(party: str, leads: Sequence[str]) -> bool:
    """True when a lead sentence has a verb of attack aimed at the actor's own party
    ("challenging the House Republican leadership")."""
    for sent in leads:
        for hit in _ATTACK.finditer(sent):
            window = sent[hit.end() : hit.end() + OWN_PARTY_WINDOW]
            if any(_PARTY_WORD.get(w.lower()) == party for w in re.findall(r"[A-Za-z]+", window)):
                return True
    return False


_BACK_DOWN = re.compile(
    r"\b(?:retreat(?:s|ed)? (?:from|on)|concessions?(?! speech)|cave[sd]?|back(?:s|ed)? down|"
    r"relent(?:s|ed)?|capitulat(?:es|ed|ion)|gave in|give(?:s)? in|climb-?down|u-turn)\b",
    re.I,
)
"""The writers' words for an actor giving in ("a surprise retreat from the park fee", "caves
to the council"); not "conceded", which is as often a candidate conceding the race."""
_ACCUSED_OF = re.compile(r"\b(?:accus|charg|blam)\w*\b[^.;]*\bof\s+\S*$", re.I)
MIN_BACK_DOWN_LINES = 2
"""Headlines and leads that must say the actor backed down (one outlet's word is a frame)."""


def yielded_to(party: str, leads: Sequence[str]) -> tuple[str, bool]:
    """Return (the party on the action's side, whether the actor backed down) when a person
    acts for `party`: the other party when the headlines and leads say the actor backed down
    ("Lee's surprise retreat from the park fee": the actor gave the other party what it asked
    for, so that party is for the action; the actor still is, see `relation`), else `party`."""
    if party in ("D", "R") and _backs_down(leads):
        return {"D": "R", "R": "D"}[party], True
    return party, False


def lead_lines(articles: Sequence[QuoteSource]) -> list[str]:
    """Each article's headline and first sentences (see `_lead_sentences`)."""
    return [sent for sent, _, _ in _lead_sentences(articles)]


def _backs_down(leads: Sequence[str]) -> bool:
    """True when the writers' own words in the headlines and leads say the actor backed down
    ("a surprise retreat from the park fee", "caved to the council"): not inside quotation
    marks, nor an accusation they report ("accused Lee of capitulating")."""
    found = 0
    for sent in leads:
        bare = outside_quotes(sent)
        found += any(not _ACCUSED_OF.search(bare[: m.start()]) for m in _BACK_DOWN.finditer(bare))
    return found >= MIN_BACK_DOWN_LINES


# How far after a verb of attack the actor's own party may be named ("challenging the House
# Republican leadership").
OWN_PARTY_WINDOW = 30


def _party_actor(parties: dict[str, float], least: float = MIN_ACTOR_WEIGHT) -> str:
    """The party the leads make their subject (never both), when they do often enough."""
    if len(parties) != 1:
        return ""
    party, weight = next(iter(parties.items()))
    return party if weight >= least else ""


def _target(targets: dict[str, float]) -> tuple[str, ...]:
    """The leads' target: the name they most put after a verb of attack, if often enough."""
    if not targets:
        return ()
    tkey, tweight = sorted(targets.items(), key=lambda kv: -kv[1])[0]
    return (tkey,) if tweight >= MIN_TARGET_WEIGHT else ()


# Offices a story refers to by title alone ("the president said", "the governor's veto").
_OFFICES = {
    "president": "president",
    "gov.": "governor",
    "governor": "governor",
    "speaker": "speaker",
    "mayor": "mayor",
    "prime minister": "prime minister",
    "chancellor": "chancellor",
}
_TARGET_OFFICES = {
    "district attorney": "district attorney",
    "sheriff": "sheriff",
    "superintendent": "superintendent",
    "police chief": "police chief",
    "attorney general": "attorney general",
    "city manager": "city manager",
}
"""Offices one person holds in a local story, by which a sentence may name the target."""
OFFICE_NAMES = tuple(sorted({*_OFFICES.values()}, key=len, reverse=True))
"""The offices `office_of` reads, by name ("governor")."""
# Share of the actor's titled mentions that must carry the same office.
OFFICE_SHARE = 0.5


def office_of(name: str, texts: Sequence[str], offices: dict[str, str] | None = None) -> str:
    """The office the articles title `name` with most ("President Ann Lee" -> "president"),
    when most of their titled mentions agree, else ""; `offices` maps titles to offices
    (`_OFFICES` by default)."""
    offices = offices or _OFFICES
    key = re.escape(name.split()[-1])
    titles = "|".join(re.escape(t) for t in sorted(offices, key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?<!Vice )(?<!Former )({titles})[ \t]+(?:[A-Z][\w.’'-]*[ \t]+){{0,3}}{key}\b",
        re.I,
    )
    counts: dict[str, int] = defaultdict(int)
    for text in texts:
        for m in pattern.finditer(text):
            # "Former Mexican President Ann Lee" holds no office now
            before = text[max(0, m.start() - 30) : m.start()].lower()
            if m.group(1)[:1].isupper() and not re.search(r"\b(?:former|ex-?)\b", before):
                counts[offices[m.group(1).lower()]] += 1
    if not counts:
        return ""
    office, n = max(counts.items(), key=lambda kv: kv[1])
    return office if n / sum(counts.values()) >= OFFICE_SHARE and n >= 2 else ""


_PARTY_WORD = {
    "democratic": "D",
    "democrat": "D",
    "dem": "D",
    "republican": "R",
    "gop": "R",
}
# Votes a party needs over the other before it counts (a single stray mention is noise).
PARTY_MARGIN = 1
# Lower-case words that may stand between a party word and the name it qualifies
# ("Republican presidential candidate Ann Lee", "Democratic House Speaker Ann Lee"); any other
# lower-case word means the party word belongs to another phrase ("Republicans on the panel
# demanded that Ann Lee resign").
_PARTY_ROLE_WORDS = frozenset(
    "presidential vice candidate nominee hopeful contender leader leaders senator sen rep "
    "representative congressman congresswoman lawmaker governor gov strategist operative "
    "consultant pollster chairman chairwoman chair whip majority minority speaker mayor "
    "senate house state member members colleague rival challenger incumbent fellow former "
    "party national committee and sens reps side".split()
)


_RANKS = (
    r"(?:top|ranking|senior|leading|highest-ranking|"
    r"(?:[Cc]ommittee|[Pp]anel|[Ss]enate|House)['’]s top)"
)
"""Ranks a party member is given in an apposition ("the top Democrat on the panel")."""


_SWITCH = re.compile(
    r"\b(?:join(?:s|ed|ing)?|switch(?:es|ed|ing)?\s+to|defect(?:s|ed|ing)?\s+to|"
    r"bolt(?:s|ed|ing)?\s+to|becom(?:e|es|ing)|became)\s+(?:the\s+|a\s+)?"
    r"(?P<party>Republicans?|Democrats?|GOP|Democratic\s+Party|Republican\s+Party)\b"
    r"|\b(?:leav(?:e|es|ing)|left|quit(?:s|ting)?)\s+the\s+(?P<left>Democratic|Republican)"
    r"\s+Party\b"
)


def _switched_to(leads: Sequence[str]) -> str:
    """Return "D" or "R" when most leads that tell a party switch tell the actor joined that
    party ("is leaving the Democratic Party and joining the Republicans", "Defects To GOP"),
    else ""."""
    votes = {"D": 0, "R": 0}
    for lead in leads:
        told: set[str] = set()
        for m in _SWITCH.finditer(lead):
            if m.group("party"):
                told.add(_PARTY_WORD[m.group("party").split()[0].lower().rstrip("s")])
            else:
                told.add("R" if m.group("left") == "Democratic" else "D")
        if len(told) == 1:
            votes[told.pop()] += 1
    if votes["D"] > votes["R"]:
        return "D"
    return "R" if votes["R"] > votes["D"] else ""


def party_of(name: str, texts: Sequence[str]) -> str:
    """ "D" or "R" when the articles tie `name` to a US party ("Republican Sen. Ann Lee",
    "Lee, D-Ore.", "Lee, a Democrat", "Lee, Republican of Ohio", "the Republican National
    Committee"), else ""."""
    words_ = [w for w in name.split() if w[:1].isupper()]
    if not words_:
        return ""
    own = [v for w, v in _PARTY_WORD.items() if w in name.lower().split()]
    if own:
        return own[0]
    key = re.escape(words_[-1])
    before = re.compile(
        rf"\b(Democratic|Democrat|Dem|Republican|GOP)\b,?((?:[ \t]+[\w.’'-]+){{0,5}}?)[ \t]+{key}\b"
    )
    after = re.compile(
        rf"\b{key}\b,?[ \t]*\(?([DR])[-.,]{{1,2}}[ \t]?[A-Z]"
        rf"|\b{key}\b, (?:an? )?(Democrat|Republican)\b(?! (?:party|officials?|aides?)\b)"
        # "Mark Warner of Virginia, the top Democrat on the Senate Intelligence Committee"
        rf"|\b{key}\b(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?, "
        rf"the (?:{_RANKS} )?(Democrat|Republican)\b"
        # "Gov. Jack Markell of Delaware, a Democrat"
        rf"|\b{key}\b of [A-Z][a-z]+(?: [A-Z][a-z]+)?, an? (Democrat|Republican)\b"
        rf"(?! (?:party|officials?|aides?)\b)"
    )
    votes = {"D": 0, "R": 0}
    for text in texts:
        for m in before.finditer(text):
            between = m.group(2).split()
            if any(w[:1].islower() and w.strip(".,") not in _PARTY_ROLE_WORDS for w in between):
                continue
            votes[_PARTY_WORD[m.group(1).lower()]] += 1
        for m in after.finditer(text):
            tag = m.group(1) or _PARTY_WORD[(m.group(2) or m.group(3) or m.group(4)).lower()]
            votes[tag] += 1
    if votes["D"] - votes["R"] >= PARTY_MARGIN:
        return "D"
    if votes["R"] - votes["D"] >= PARTY_MARGIN:
        return "R"
    return ""


_PLACE_HEADS = frozenset("county city state town township village parish borough".split())
"""Last words that make an actor's name a place's ("Tallis County"), which takes no article."""


_SCHOOL_HEADS = frozenset({"university", "college"})


def side_labels(camps: Camps, thing: str | None, act: str | None = None) -> dict[str, str]:
    """Labels that name the camps ("In favor of the bill"; of the `act` that is the news when
    there is one: "Against the veto"); generic ones only when nothing better can be said."""
    if act:
        return {"support": f"In favor of {act}", "oppose": f"Against {act}"}
    if thing:
        return {"support": f"In favor of the {thing}", "oppose": f"Against the {thing}"}
    if camps.actor:
        name = camps.actor
        pronoun = camps.pronoun
        if not camps.actor_person:
            last = head_noun(name)
            # "the Lakeside Council", but "Tallis County": a place takes no article, nor does
            # a school named first ("Brightwater University"; "the University of X" keeps it)
            if (
                name.split()[0][:1].isupper()
                and last in ORG_WORDS
                and last not in _PLACE_HEADS | BUSINESS_HEADS
                and not (last in _SCHOOL_HEADS and " of " not in name)
            ):
                name = f"the {name}" if not name.lower().startswith("the ") else name
        owner = f"{name}’" if name.endswith("s") else f"{name}’s"
        # "Lee and their defenders" reads as a group: a person of unknown gender gets
        # "Lee’s defenders"
        support = (
            f"{owner} defenders"
            if camps.actor_person and pronoun == "their"
            else f"{name} and {pronoun} defenders"
        )
        return {
            "support": f"{support[:1].upper()}{support[1:]}",
            "oppose": f"{owner[:1].upper()}{owner[1:]} critics",
        }
    if camps.target:
        # "A jury convicted Tom Reyes": for the verdict are his critics, against it his camp
        owner = f"{camps.target}’" if camps.target.endswith("s") else f"{camps.target}’s"
        return {
            "support": f"{owner} critics",
            "oppose": f"{camps.target} and {camps.pronoun} defenders",
        }
    return {"support": "What supporters say", "oppose": "What critics say"}


def _administration(key: str, camps: Camps) -> bool:
    """True when a role or organization is the sitting administration ("White House press
    secretary", "an administration official"), not a former one or another president's."""
    if key == "vice president":
        return True  # the president's deputy, by title alone
    for m in re.finditer(r"\b(?:white house|administration)\b", key):
        before = key[: m.start()].split()[-1:]
        if not before or before[0] in camps.actor_keys or before[0] in ("the", "a", "an", "of"):
            return not re.search(r"\b(?:former|ex)\b", key)
    return False


_OFFICER = re.compile(
    r"\b(?:secretary|attorney general|director of national intelligence|national security "
    r"advis[eo]r|chief of staff|administration official)\b"
)


def _is_administration(camps: Camps) -> bool:
    """True when the actor is an administration ("the Obama administration", "the White House")."""
    return any(re.fullmatch(r"(?:the )?(?:[\w.'’-]+ )?(?:white house|administration)", k)
               for k in camps.actor_keys)  # fmt: skip


def _officer(key: str) -> bool:
    """True for a role an administration's officer holds (not a former one's, nor a state's:
    "Ohio Secretary of State")."""
    if _OFFICER.search(key) is None or re.search(r"\b(?:former|ex)\b", key):
        return False
    return not (set(re.findall(r"[a-z]+", key)) & _STATES)


_STATES = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico york
    carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia
    washington wisconsin wyoming""".split()
)
"""The words of the states' names: an officer of one is no officer of an administration."""


def serves_administration(speaker: str, camps: Camps, texts: Sequence[str]) -> bool:
    """True when the actor is an administration and the articles title `speaker` as one of its
    officers ("Director of National Intelligence James Clapper", "Attorney General Ann Lee"),
    never as a former one."""
    words = [w for w in speaker.split() if w.rstrip(".,") not in ("Jr", "Sr", "II", "III", "IV")]
    if not _is_administration(camps) or not words:
        return False
    surname = re.escape(words[-1])
    pattern = re.compile(rf"((?:[A-Z][\w.’'-]*|of)(?:[ \t]+(?:[A-Z][\w.’'-]*|of)){{0,5}})[ \t]+"
                         rf"(?:[A-Z][\w.’'-]*[ \t]+){{1,3}}{surname}\b")  # fmt: skip
    for text in texts:
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 20) : m.start()].lower()
            if _officer(m.group(1).lower()) and not re.search(r"\b(?:former|ex-?)\b", before):
                return True
    return False


def heads_administration(speaker: str, camps: Camps, texts: Sequence[str]) -> bool:
    """True when the actor is an administration ("the White House", "the Lee administration")
    and `speaker` heads it: the one whose name it carries, or for the White House the sitting
    president the articles title so ("President Ann Lee", never "former President Lee")."""
    if not speaker.split():
        return False
    surname = speaker.split()[-1].lower()
    for key in camps.actor_keys:
        m = re.fullmatch(r"(?:the )?(?:(?P<name>[\w.'’-]+) )?(?:white house|administration)", key)
        if m is None:
            continue
        if m.group("name"):
            return m.group("name") == surname
        return office_of(speaker, texts) == "president"
    return False


# "Sen. Ann Lee, D-Ore., the top Democrat on the committee", "Lee, the Republican chairman of
# the panel"; "Senate Finance Committee Chairman Ann Lee"
_COMMITTEE_ROLE = (
    r"(?:(?:top|ranking|senior|leading|Republican|Democratic|GOP)\s+)*"
    r"(?:Democrat|Republican|chairman|chairwoman|chair|vice\s+chairman|vice\s+chair|member)"
)
_BODY = r"(?:committee|panel|Committee|Panel)\b"


def leads_committee(speaker: str, camps: Camps, texts: Sequence[str]) -> bool:
    """True when the actor is a committee or panel and the articles name `speaker` as one who
    leads one ("the top Democrat on the committee", "the Republican chairman of the panel",
    "Senate Intelligence Committee Chairman Ann Lee"): a member who speaks for what the
    committee does, whatever their party."""
    if not any(key.split()[-1] in ("committee", "panel") for key in camps.actor_keys):
        return False
    parts = speaker.split()
    if not parts:
        return False
    surname = re.escape(parts[-1])
    after = re.compile(
        rf"\b{surname}\b[^;“”\"]{{0,40}}?,\s+the\s+{_COMMITTEE_ROLE}\s+(?:on|of)\s+the\s+"
        rf"(?:[A-Z][\w.’'-]*\s+)*{_BODY}"
    )
    before = re.compile(
        rf"{_BODY}\s+(?:Chairman|Chairwoman|Chair|Vice\s+Chairman)\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}"
        rf"{surname}\b"
    )
    return any(after.search(text) or before.search(text) for text in texts)


def _short_form(key: str, actor: str) -> bool:
    """True when a speaker's organization is the acting body's short form: "Halvorsen" for
    Halvorsen Appliance, "the Board" for the Linden Valley School Board."""
    words = actor.split()
    if len(words) < 2 or not key:
        return False
    if " " in key:
        # "Halvorsen spokeswoman", "Halvorsen chief executive" as a role: its own people
        first, _, rest = key.partition(" ")
        return first == words[0] and _SPEAKS_FOR.search(rest) is not None
    if key == words[0] and head_noun(actor) in _PUBLIC_HEADS:
        return False  # "a Millbrook parent": the town the Millbrook Public Library serves
    return key == words[0] or (key in VOTING_BODIES and words[-1] == key)


_PUBLIC_HEADS = frozenset(
    "library council board commission district schools department authority agency "
    "university college hospital court police".split()
)
"""Heads of public bodies named after their place ("Millbrook Public Library"), whose first word
alone names the place, not the body."""


_SPEAKS_FOR = re.compile(
    r"\b(?:spokes(?:man|woman|person)|executive|chief|president|chair(?:man|woman)?|"
    r"director|official|officer)\b"
)


_CIVIC_GROUPS = frozenset(
    "project association coalition league alliance network fund foundation institute center "
    "centre union society group groups campaign movement initiative action watch advocates "
    "partnership collaborative forum trust".split()
)
"""Heads of the names of groups that organize people in a place, not the place's government
("Delmora Voter Access Project", "Calloway Taxpayers League", "Building Trades Council")."""


AGENT_NOUNS = (
    r"advis[eo]r|aide|spokes(?:man|woman|person)|lawyer|attorney|counsel|strategist|"
    r"press secretary|communications director|chief of staff"
)
"""Roles held for someone else."""
_STAFF = re.compile(rf"\b(?:{AGENT_NOUNS})\b")


def _staff_of(key: str, office: str) -> bool:
    """Return whether a role says its holder works for the one who holds `office`: "a
    spokeswoman for the mayor", "the governor's press secretary", "an aide to the governor"."""
    if not _STAFF.search(key):
        return False
    office = re.escape(office)
    return re.search(rf"\b(?:for|to|of)\s+(?:the\s+)?{office}\b|\b{office}['’]s\b", key) is not None


def _other_body(key: str, alias: str, camps: Camps) -> bool:
    """Return whether `key` names another body of the kind the actor is called by (`alias`,
    "council"): "the Calloway Building Trades Council" is not "the council" that voted, whose
    name is "Port Calloway City Council"; "board member" and "the city council" may be."""
    if alias not in _ALIAS_HEADS:
        return False
    words_ = re.findall(r"[a-z0-9]+", key)
    if not words_ or words_[-1] != alias:
        return False  # ("board member", "the union's president": a role in it)
    own = {w for k in camps.actor_keys for w in k.split()}
    return any(w not in own and w != "the" for w in words_[:-1])


def relation(keys: Sequence[str], camps: Camps) -> int:
    """+1 when one of a speaker's keys (name, surname, organization, role words) is the actor
    or speaks for them, -1 when it is the target, 0 otherwise."""
    low = [k.lower() for k in keys if k]
    # the administration a president heads speaks for them ("a White House official")
    if camps.office == "president" and any(_administration(k, camps) for k in low):
        return 1
    # an administration is its officers ("Director of National Intelligence James Clapper",
    # "Assistant Attorney General Ronald Weich"), while they hold office
    if _is_administration(camps) and any(_officer(k) for k in low):
        return 1
    if camps.actor_person and camps.office and any(_staff_of(k, camps.office) for k in low):
        # "a spokeswoman for the mayor", "the governor's chief of staff": the actor's own staff
        return 1
    if camps.actor is None and camps.target_keys and _PROSECUTION.search(" ".join(low)):
        # "A jury found Reyes guilty": the prosecution brought the case against him
        return 1
    for k in low:
        # "the NAACP's Washington bureau" is the NAACP's: a possessive names its owner
        toks = {re.sub(r"['’]s$", "", t) for t in re.findall(r"[a-z0-9’']+", k)}
        if camps.place and k.split()[-1] in _CIVIC_GROUPS:
            # "the Delmora Voter Access Project" is a group in Delmora, not Delmora acting (its
            # senate or its governor's office is)
            if any(a == k for a in camps.actor_keys):
                return 1
        elif any(a == k or (a in toks and not _other_body(k, a, camps)) for a in camps.actor_keys):
            return 1
        elif not camps.actor_person and any(_short_form(k, a) for a in camps.actor_keys):
            return 1
        if any(t == k or t in toks for t in camps.target_keys):
            return -1
    return 0
