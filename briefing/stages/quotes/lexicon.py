"""Word lists the quotes stage uses (general English news usage)."""

from __future__ import annotations

import logging
import re

from briefing.text.wordlists import mapping, words

log = logging.getLogger(__name__)


# -- lexicons (general English news usage) --------------------------------------------------

SPEECH_VERBS = words("speech_verbs")
# Verbs that only cue a quote when a particle follows ("pointed out", "went on").
_NEEDS_PARTICLE = mapping("speech_particles")
_ADVERBS = words("quote_adverbs")
# lower-case words in -ly that name someone or something ("the family said", "the weekly
# reported"), not how they spoke
_LY_NOUNS = frozenset(
    "family assembly monopoly anomaly homily melancholy butterfly weekly biweekly monthly "
    "quarterly daily".split()
)


def is_adverb(word: str) -> bool:
    """Whether `word` says how someone spoke: a listed adverb ("also", "later") or any
    lower-case -ly word but a noun ("cynically", "flatly"; not "family")."""
    low = word.lower()
    if low in _ADVERBS:
        return True
    return word.islower() and low.endswith("ly") and len(low) > 5 and low not in _LY_NOUNS


_DETERMINERS = frozenset("the a an his her their its our this that these those one another".split())
_PRONOUNS = {"he": "m", "she": "f", "they": "p", "we": "p", "i": "s", "it": "o"}
_STOP = frozenset(
    "in on at to for from with by of about after before during as when while and but or nor "
    "that which who whom whose where because if though although since until than so yet not "
    "is was are were be been being has have had do does did will would can could should may "
    "might must also just only even still there here what how why".split()
)
_SIDE_WORDS = {"support": words("stance_support"), "oppose": words("stance_oppose")}
_SIDE_LOOKUP = {w: side for side, cues in _SIDE_WORDS.items() for w in cues}
# How the news left someone, in so many words ("landlords say they are relieved", "“We are
# deeply disappointed”"): glad is for it, aggrieved against. "Grateful" counts too ("we are
# grateful the court has brought this to a close"; grateful for a departing official's
# service is their camp's word as well); not "pleased to announce", a formula.
GLAD = frozenset(
    "pleased happy thrilled impressed satisfied enthused relieved delighted "
    "encouraged elated jubilant overjoyed ecstatic glad grateful".split()
)
AGGRIEVED = frozenset(
    "blindsided devastated angry furious disappointed frustrated betrayed outraged dismayed "
    "heartbroken incensed angered infuriated saddened appalled".split()
)
"""(Not "stunned" or "shocked": "I was stunned when Cantor lost" is surprise at other news.)"""
_ACTION_VERBS = re.compile(
    # ("voted down" before "voted": the longer verb is the act)
    r"\b(voted down|votes down|turned down|turns down|approved|approves|passed|passes|"
    r"adopted|adopts|signed|signs|voted|votes|entered|"
    r"enters|announced|announces|greenlit|ratified|ratifies|enacted|enacts|launched|launches|"
    r"agreed|agrees|decided|decides|rejected|rejects|blocked|blocks|reversed|reverses|"
    r"suspended|suspends|halted|halts|overturned|overturns|rescinded|rescinds|invalidated|"
    r"invalidates|struck down|strikes down|granted|grants|awarded|awards|dismissed|dismisses|"
    r"threw out|throws out|thrown out|tossed|tosses|killed|kills|denied|denies|revoked|revokes|"
    r"canceled|cancelled|cancels)\b",
    re.I,
)
_ACTION_OBJECTS = (
    "agreement deal partnership measure plan bill policy ordinance law order ruling proposal "
    "program programme treaty contract rule reform budget decision resolution merger ban "
    "project permit license lawsuit suit investigation probe inquiry application"
).split()

# A proceeding its author opens ("filed a lawsuit", "opened a formal investigation"): the
# thing the sides are about. ("filed a bill", "opened a new office" are no proceedings.)
_PROCEEDING_ACTS = re.compile(
    r"\b(?:filed|files|opened|opens|launched|launches)\s+(?:(?:a|an|the|its|his|her|their)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?P<obj>lawsuit|suit|investigation|probe|inquiry)\b",
    re.I,
)

# What else the writers call the thing an action acts on ("the deal" for the merger): a
# refusal of it is aimed at it under any of its names. Not "decision" or "move", which name
# the refusal itself.
THING_NAMES = {
    "merger": ("deal", "acquisition", "takeover", "buyout"),
    "deal": ("agreement",),
    "agreement": ("deal",),
    "bill": ("legislation", "measure", "ordinance"),
    "measure": ("bill", "legislation", "ordinance"),
    "ordinance": ("bill", "measure", "legislation"),
    "ban": ("ordinance", "measure", "bill", "law"),  # (a ban a body votes is its ordinance)
    "law": ("statute", "bill", "measure"),  # (a law was a bill: "led the opposition to the bill")
    "rule": ("regulation",),
    "plan": ("proposal", "project"),
    "proposal": ("plan",),
    "project": ("development",),
    "lawsuit": ("suit", "case", "complaint"),
    "suit": ("lawsuit", "case", "complaint"),
    "investigation": ("probe", "inquiry"),
    "probe": ("investigation", "inquiry"),
    "inquiry": ("investigation", "probe"),
    "permit": ("approval", "license", "project"),
    "license": ("permit", "approval", "project"),
    "application": ("proposal", "plan", "project"),
}

# An organization named by its kind alone ("the group's president"): the sides resolve it to
# the one the sentence before names.
GENERIC_BODIES = frozenset(
    "group organization coalition association campaign committee union authority agency board "
    "council commission panel".split()
)

_WORD = re.compile(r"[A-Za-z0-9](?:[\w’'\-]|\.(?=\w))*\.?|[^\w\s]")
_ABBREV = words("abbreviations")

# verbs that introduce a full quote with no comma: `He said "We will win."`
# Verbs whose subject puts out a text ("Lee issued a statement saying …", "released a letter"):
# the text speaks for its author.
ISSUING_VERBS = (
    "released issued sent posted published signed wrote penned circulated read delivered "
    "tweeted shared".split()
)
_BARE_CUES = frozenset("said says say asked asks added adds wrote writes tweeted declared".split())
_MIN_WORDS_BRIEF = 8
_MAX_WORDS_BRIEF = 60

# Who someone is to another person ("Scott's family", "Darnell's mother"): the one named before
# the possessive is a person, never an organization the speaker speaks for.
KIN = re.compile(
    r"(?:family|wife|husband|son|daughter|mother|father|brother|sister|widow|widower|"
    r"niece|nephew|parents|relatives|friends?)",
    re.I,
)
