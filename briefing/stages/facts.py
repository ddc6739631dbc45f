"""Claims several independent sources state -> consensus facts; differing values -> disputes.

Every checkable, neutral sentence that reads alone (`stages.narrative`) is tried as a fact's
wording. An article supports it only when one of its sentences states the same claim: the same
action by the same actor, the fact's figures, most of its names and words
(`stages.agreement.confirms`, on part-of-speech tags from `text.tagger`). Candidate pairs come
from an inverted index of words, never from all pairs. A fact needs `min_sources` independent
groups; near-duplicate wordings keep the one with the figures several sources confirm, else the
most neutral, specific and concise one (IDF-weighted overlap with the others, few words no
other outlet uses). Sentences that are not checkable (hedged, questions, opinion, first or
second person) neither word nor support a fact.
"""

from __future__ import annotations

import logging
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from briefing.model import Disputed, Evidence, Fact, Insertion, without_insertions
from briefing.records import Document, Sentence, SourceGroups
from briefing.stages.agreement import (
    _MODALS,
    confirms,
    has_verb,
    lower_words,
    opens_on_gloss,
    phrase_classes,
    states_core,
    verb_classes,
)
from briefing.stages.narrative import (
    CONNECTIVE,
    DATELINE,
    Wording,
    as_support,
    closing_cuts,
    shortened,
    stand_alone,
    unbracket,
    without_gloss,
    without_loaded_tail,
    without_message,
)
from briefing.text.lexicon import Lexicon
from briefing.text.tokens import (
    MONTHS,
    STOPWORDS,
    WEEKDAYS,
    Features,
    content_words,
    features,
    outside_quotes,
    quoted_share,
)
from briefing.text.wordlists import mapping
from briefing.text.wordlists import words as word_list

if TYPE_CHECKING:
    from briefing.text.tagger import Tagged

log = logging.getLogger(__name__)

MAX_FACTS = 12
NEAR_LIMIT = 0.25
"""Words found in more than this share of a story's sentences do not propose pairs."""
LEAD_WEIGHT = 0.6
"""How much an early position in the articles adds to a fact's centrality."""
DUPLICATE = 0.5
"""Pair score at which two chosen wordings are the same fact."""

_HEDGE = re.compile(
    # ("may" in lower case: "May 15" is a month)
    r"\b((?-i:may)|might|could|possibly|probably|perhaps|likely|unlikely|potentially|reportedly|allegedly|"
    r"apparently|supposedly|purportedly|appears? to|seems? to|expected to|remains to be seen|"
    r"arguably|speculation|"
    r"(critics|opponents|supporters|proponents|some|others|many|advocates) (argue|say|contend|"
    r"believe|claim|fear|worry|warn|suggest|predict(ed|s)?|expect(ed|s)?|caution(ed|s)?)|"
    # unnamed commentators' reading of events: "Political observers in Lakeside cautioned..."
    r"(observers|analysts|experts|pundits|strategists|commentators|insiders)"
    r"( [^,.;]{0,30}?)? (say|said|believe|expect|predict|caution|warn|suggest|note)\w*|"
    r"would likely|is said to|argues?|argued|arguing|"
    r"contends?|contended|believes?|believed|framed|frames|insists?|insisted|"
    r"(is|are|looks|seems) set to|poised to|stands? to|on track to|bound to|"
    # the writer's impression: "looked as if he could barely stay in his seat"
    r"(looks?|looked|seems?|seemed|appears?|appeared) as (if|though)|seemed|seems|"
    # "Lee appears consumed by...", "appeared intent on": how someone looked to the writer (not
    # "appeared in court", "appeared on television", "appeared before the panel")
    r"(appears|appeared) (?!(to|on|in|at|before|by|with|alongside|together|for|as|the|a|an|"
    r"that|this|his|her|their|its|and|or|but|after|during|since|when|while|outside|inside)\b)"
    r"[a-z]+|"
    r"(was|were|is|are) supposed to|"
    # a forecast of someone's prospects: "Lee's path to victory is steep"
    r"(path|road|route) to (victory|the (nomination|presidency|majority))|"
    r"(chances|odds|prospects) (of|for|are|were|is|look|looked))\b",
    re.I,
)
_OPINION = re.compile(
    r"^(?:In summary|In conclusion|To sum up|All in all|In short|Overall|Ultimately),|"
    r"\b(should|must|ought to|needs? to|it is (crucial|essential|vital|important|clear)|"
    r"clearly|obviously|undoubtedly|of course|interesting|cautionary|crucial|essential|vital|"
    r"unfortunately|fortunately|sadly|thankfully|shameful|disgrace|hopefully|"
    r"(is|are|was|were) (wrong|right|unacceptable)|objectionable|unacceptable|outrageous|"
    # a verdict on someone's fitness: "Lee is unfit for this crisis", "Reyes is a failure"
    r"(?:is|are|was|were) (?:not |no longer )?(?:unfit|incompetent|unqualified|unworthy|"
    r"a (?:liar|fraud|failure))\b|"
    r"ridiculous|absurd|disgusting|despicable|appalling|deplorable|"
    # the writer's reading of what an event means: "The vote highlights the complex nature of
    # parks funding", "The fight underscores the stakes for the party"
    r"(?:highlights?|highlighted|underscores?|underscored|illustrates?|illustrated|"
    r"exemplif(?:y|ies|ied)|speaks? to|spoke to|points? to|pointed to) the (?:[\w-]+ ){0,4}?"
    r"(?:nature|complexit(?:y|ies)|challenges?|tensions?|divide|divisions?|difficult(?:y|ies)|"
    r"stakes|importance|limits|perils|dangers|power|fragility|depth))\b",
    re.I,
)
# "The department will hold a press conference at 2:30 p.m.": a live page's schedule, stale
# by the time a brief is read
_SCHEDULE = re.compile(
    r"\b(?:will|is (?:expected|scheduled|set) to|are (?:expected|scheduled|set) to|plans? to)\s+"
    r"(?:hold|give|host|deliver)\s+(?:a\s+)?(?:press|news)\s+(?:conference|briefing)\b"
    # "The final presidential debates will be held Oct. 16 and Oct. 22": a calendar
    r"|\b(?:will|is to|are to) be (?:held|broadcast|televised|aired|streamed)\b",
    re.I,
)
# "I" but not a party tag such as "(I-Vt.)" nor a letter of a dotted abbreviation ("F.B.I.",
# "I.R.S.")
_FIRST_PERSON = re.compile(
    r"\b((?<!\.)I(?![-–]|\.\w)(?!\.$)|we|We|our|Our|us|my|My|me|let's|Let's)\b"
)
# "World War I", "Title I", "Queen Elizabeth I": a numeral after a name (not "When I", "As I")
_NUMERAL_I = re.compile(r"(?<=[a-z]) (?P<name>[A-Z][a-z]+) I\b(?![-–’'])")


def _first_person(bare: str) -> bool:
    """Return True when the writer speaks as "I", "we", "our"..., not a name's numeral."""
    found = [*_NUMERAL_I.finditer(bare), *re.finditer(r"^(?P<name>[A-Z][a-z]+) I\b", bare)]
    # ("When I", "Monday I": a word that names no one)
    plain = STOPWORDS | set(WEEKDAYS) | set(MONTHS)
    numerals = {m.end() - 1 for m in found if m.group("name").lower() not in plain}
    return any(m.start() not in numerals for m in _FIRST_PERSON.finditer(bare))


CALL_TO_ACTION = "call to action"
_SECOND_PERSON = re.compile(r"\b(you|your|You|Your|you're|You're)\b")
_IMPERATIVE = re.compile(
    # (not a name: "Will Lee won the seat")
    r"^((?:Will|Would|Could|Can|Should|Shall)(?![ \t]+[A-Z][a-z])|Stay|Be sure|Attend|Click|"
    r"Share|Remember|Check out|Join|Sign up|Subscribe|Don't|"
    r"Do not|Consider|Imagine|Keep|Read|Watch|Follow|Let|Congrats to|Congratulations to)\b"
)
_PRONOUN_START = re.compile(r"^(This|These|That|Those|They|It|It's|It’s|Such|He|She|Its)\b")
_LEAD_PRONOUN = re.compile(r"^(But|And|So|Yet|Still|Now)\s+(he|she|they|it|this|that)\b", re.I)

_SUPPORT_CUE = re.compile(
    r"\b(supporters?|praised|praises|backed|backs|welcomed|welcomes|endorsed|endorses|applauded|"
    r"applauds|defended|defends|in favou?r of|right (move|decision|call|step)|hailed|hails|"
    r"grateful|proponents?)\b",
    re.I,
)
_OPPOSE_CUE = re.compile(
    r"\b(critics?|opposition|opposed|opposes|opponents?|condemned|condemns|criticized|"
    r"criticizes|denounced|denounces|objected|objects to|protested|against the|concerns? about|"
    r"raised concerns)\b",
    re.I,
)


@lru_cache(maxsize=65536)
def stance_cue(text: str) -> str:
    """Return "support" or "oppose" when a sentence describes someone's side, else ""."""
    bare = outside_quotes(text)
    support, oppose = bool(_SUPPORT_CUE.search(bare)), bool(_OPPOSE_CUE.search(bare))
    if support == oppose:
        return ""
    return "support" if support else "oppose"


# "Ironically, ..." / "Somewhat misleadingly, ...": the writer's verdict on what follows
_VERDICT_ADVERB = re.compile(r"^(?:\w+\s)?(?P<adverb>\w+ly),\s")
_NEUTRAL_ADVERBS = {
    "additionally",
    "currently",
    "recently",
    "previously",
    "separately",
    "finally",
    "initially",
    "originally",
    "subsequently",
    "consequently",
    "accordingly",
    "similarly",
    "likewise",
    "meanwhile",
    "early",
    "lately",
    "publicly",
    "privately",
    "formally",
    "officially",
    "earlier",
    "specifically",
    "generally",
    "historically",
    "traditionally",
    "typically",
}
# what is left of a split quote: "Jane Roe, a spokeswoman, said."
# at most a name and a title or two before the verb: a longer sentence says something itself
ATTRIBUTION_TAG = re.compile(
    r"^[A-Z](?:[^\s!?]*[\s,]+){0,8}?(said|says|stated|added|wrote|told \w+( \w+)?|argued|"
    r"warned|continued|explained|noted|asked)"
    # a short time or place phrase may follow: "... said ahead of the debate."
    r"(?:,? (?:on|in|at|during|after|before|ahead of|earlier|later|last|this|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:(?!\bthat\b)[^,;:\"“”]){0,40})?"
    r"\.?[\"'”’]?$"
)
QUOTATION = "quotation (quotes have their own section)"
REACTION = "a reaction in the speaker's words"
"""Not a lead, and a fact only where the sides do not show the words (`restates_quote`)."""
HEDGED = "hedged or speculative"

# A hedge inside a clause that only qualifies a noun or the main claim ("vetoed the bill,
# telling lawmakers it could expose the U.S.", "a plan that may reopen", "an incident when
# protesters allegedly...") leaves the main claim firm; one in a reported clause ("said he
# may veto") or the main clause does not.
_MODAL_HEDGE = re.compile(
    r"^(?:may|might|could|possibly|perhaps|likely|unlikely|potentially|reportedly|allegedly|"
    r"apparently|supposedly|purportedly|seems?|appears?)$",
    re.I,
)
_DEPENDENT_OPENER = re.compile(
    r"\b(?:which|who|whom|whose|where|when|so that|because|if|unless|whether|although|"
    r"though|while|despite what|whatever)\b|,\s+[a-z]+ing\b|\b(?P<that>that)\b"
)
_SAYING_BEFORE_THAT = re.compile(
    r"\b(?:said|says|say|told|tell|tells|announced|announces|believes?|believed|thinks?|"
    r"thought|expects?|expected|hopes?|hoped|fears?|feared|knows?|knew|warned|warns|added|"
    r"argued|argues|claimed|claims|insisted|insists|suggested|suggests|noted|notes|stated|"
    r"signaled|signalled|indicated|indicates|acknowledged|conceded|admitted|reported|"
    r"reports|wrote|writes|tweeted|so|such|now|fact)\s*$",
    re.I,
)


# "packages containing likely pipe bombs", "a possibly fatal dose": a hedge on what a thing is,
# inside a noun phrase after the verb, not on whether the claim happened
_ATTRIBUTIVE = re.compile(r"^(?:likely|possibly|potentially|apparently|allegedly)\s")


def _attributive(bare: str, pos: int) -> bool:
    """Return True when the hedge word at `pos` qualifies the noun after it, late in the
    sentence ("...arrested a suspect in connection with packages containing likely pipe
    bombs"), not the verb ("Lee likely won", "is likely to")."""
    found = _ATTRIBUTIVE.match(bare[pos:])
    if found is None or not _VERB_BEFORE.search(bare[:pos]):
        return False
    from briefing.text.tagger import tag_once as tag

    after = [t for t in tag(bare) if t.start > pos][:3]
    heads = [t.upos for t in after]
    # an adjective or a noun next, and no verb in the two words after the hedge
    return bool(heads) and heads[0] in ("ADJ", "NOUN", "PROPN") and "VERB" not in heads[:2]


# a finite verb already stated before the hedge ("have arrested", "was found")
_VERB_BEFORE = re.compile(
    r"\b(?:has|have|had|was|were|is|are)\s+(?:\w+\s+)?\w+ed\b|\b\w+ed\s+(?:a|an|the|at|in)\b"
)


# "The lawsuit, filed in Cook County, contends that...": what a filing asserts is what it
# says, a fact about the filing, not the writer's or someone's opinion
_FILING_SAYS = re.compile(
    r"^(?:The|Its|Their|His|Her)\s+(?:[\w-]+\s+){0,2}?(?:lawsuit|suit|complaint|indictment|"
    r"filing|motion|petition)(?:,[^,;]{1,120},)?\s+$"
)


def _dependent(bare: str, pos: int, *, any_hedge: bool = False) -> bool:
    """Return True when the hedge word at `pos` sits in a relative, adverbial or participial
    clause (see above), not in the main or a reported clause, or qualifies a noun
    (`_attributive`). Only a modal word counts ("may", "allegedly"), unless `any_hedge`
    ("a ruling that advocates warn will force...")."""
    word = re.match(r"[\w-]+", bare[pos:])
    if word is None or not (any_hedge or _MODAL_HEDGE.match(word.group())):
        return False
    if _attributive(bare, pos):
        return True
    for opener in reversed(list(_DEPENDENT_OPENER.finditer(bare, 0, pos))):
        if bare[: opener.start()].rstrip().endswith(",") and "," in bare[opener.end() : pos]:
            continue  # "the plan, which passed, may fail": that clause closed before the hedge
        saying = opener.group("that") and _SAYING_BEFORE_THAT.search(bare, 0, opener.start())
        if saying and not _noun_at(bare, saying.start()):
            return False  # "said that he may": what someone reported is hedged
        # "disputed claims that it may be illegal": the noun's clause is what is disputed
        return True
    return False


# a speech verb: "Lee said (that) the state should not...", "saying", "urged"
_REPORTING_VERB = re.compile(
    r"\b(?:said|says|saying|told|tells|telling|argued|argues|arguing|contended|contends|"
    r"insisted|insists|insisting|wrote|writes|writing|tweeted|added|adding|warned|warns|"
    r"warning|stated|states|declared|maintained|maintains|maintaining|suggested|suggests|"
    r"suggesting|believes?|believed|thinks?|thought|called for|urged|urging)\b",
    re.I,
)
# ... and the "that" of the clause it reports, a few words on
_REPORTED_CLAUSE = re.compile(rf"{_REPORTING_VERB.pattern}(?:\s+[\w.,’'-]+){{0,6}}?\s+that\b", re.I)
REPORTED_WORDS = 14
"""How many words a reported judgement may follow its speech verb without "that"."""
# "should lawmakers choose to pursue it", "should the city do so": a condition, not advice
_CONDITION = re.compile(
    r"(?:,|\b\w+ing)\s+should\s+(?:the|a|an|there|it|he|she|they|we|[A-Z][\w.]*|[a-z]+s)\b"
)


_UNDER_RULE = re.compile(
    r"(?:Under|By) (?:the|its|their|this) (?:[\w-]+ ){0,2}?(?:order|law|rule|rules|ordinance|"
    r"agreement|deal|plan|bill|measure|policy|contract|settlement|mandate|regulation|"
    r"regulations|ruling|decision)\b"
)
"""A sentence that tells what a rule requires ("Under the order, cities must cut...")."""


def _writers_opinion(bare: str) -> bool:
    """Return True when the writer, not someone they report, passes judgement ("Clearly, the
    plan should go"); "Lee said on Wednesday that the invitation was a mistake and that Reyes
    should never be trusted", "Lee said the state should not ..." report Lee's judgement, which
    is checkable: Lee said it. "..., should lawmakers choose to pursue it," is a condition."""
    conditions = [(m.start(), m.end()) for m in _CONDITION.finditer(bare)]
    for m in _OPINION.finditer(bare):
        if m.start() == 0:
            return True
        if any(start <= m.start() < end for start, end in conditions):
            continue
        if _REPORTED_CLAUSE.search(bare, 0, m.start()) is not None:
            continue
        if m.group(0).lower() in ("must", "needs to", "need to") and _UNDER_RULE.match(bare):
            continue  # "Under the order, cities must cut water use": what the order requires
        verbs = list(_REPORTING_VERB.finditer(bare, 0, m.start()))
        between = bare[verbs[-1].end() : m.start()] if verbs else ""
        if (
            verbs
            and len(between.split()) <= REPORTED_WORDS
            and not re.search(r";|,\s+(?:and|but)\b", between)
        ):
            continue
        return True
    return False


def _noun_at(text: str, at: int) -> bool:
    """Return True when the word at offset `at` is a noun ("Republican claims"), not a verb."""
    from briefing.text.tagger import tag_once as tag

    return any(t.start == at and t.upos == "NOUN" for t in tag(text))


# "legal troubles have only mounted in recent days", "the relationship had deteriorated for
# months": the writer's summing-up of a trend, no event a reader can check
_TREND = re.compile(
    r"\b(?:has|have|had)\s+(?:only\s+|steadily\s+|further\s+)?(?:mounted|grown|deteriorated|"
    r"intensified|escalated|worsened|soured|deepened|snowballed)\b",
    re.I,
)

# a sentence about an unnamed group ("Many residents lost power on Friday") needs
# the sentence before it to say which group; a day alone does not
_UNNAMED_GROUP = re.compile(
    r"^(?:Many|Some|Several|Most|Few|Other|Thousands of|Hundreds of|Dozens of) [a-z]+s\b"
)

TREND_WORDS = 16
"""...said in a short sentence (a longer one names who or what: "grown each day, with the
business community and both senators calling for a veto")."""


# a sentence that ends on a quotation of two or more words...
_REACTION = re.compile(
    r"[\"“][^\"“”]*\s[^\"“”]*[\"”][.!?]?[\"”]?\s*$|[\"“][^\"“”]*\s[^\"“”]*[.!?][\"”]\s*$"
)
# ...and reports it as someone's words or judgement
_REACTION_VERB = re.compile(
    r"\b(?:said|says|called|calls|described|describes|dubbed|branded|labeled|labelled|"
    r"termed|deemed)\b",
    re.I,
)


_FEELING = re.compile(
    r"\b(?:said|says|told \w+) (?:that )?(?:he|she|they|it) (?:was|were|is|are|had been|felt) "
    r"(?:not |very |deeply |so |\w+ly )?(?:surprised|saddened|pleased|disappointed|shocked|"
    r"thrilled|heartbroken|happy|glad|upset|angry|grateful|relieved|proud|honored|humbled|"
    r"troubled|dismayed|stunned)\b",
    re.I,
)
"""Someone's feelings as they told them ("Clapper said he was not surprised that a device had
been sent to him"): their reaction, which their quotes show; no fact of the story."""

_WHAT_IT_MEANS = re.compile(r"\W*(?:For|To)\s+(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]+,\s")
"""A feature's framing of what the news means to someone ("For Keisha Lomax, the numbers are not
statistics", "To Reed, that is the point"): their view in the writer's words, no news."""

REACTION_WORDS = 12
"""...as the sentence's own verb, near its start (not "…, an order the judge called “…”")."""


_ENDED = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
# "...will waive $15 million in fines from …", "[…]": a feed's excerpt marks its cut so
MARKED_CUT = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$")
CUT_OFF = "cut off (no full stop)"
"""A sentence that stops without a full stop: a feed's excerpt cut mid-sentence ("...will
waive $15 million in parking fines from"), a heading or a caption, never a claim."""


def _ends_on_title(text: str) -> bool:
    """Return True when a sentence's last word is a title or an honorific ("...for Lt. Gov.",
    "...said Mr."): an excerpt cut off before the name, not a full stop."""
    last = text.rstrip("\"'”’) ").rsplit(None, 1)[-1].lower() if text.strip() else ""
    return last.endswith(".") and (last in mapping("titles") or last in word_list("honorifics"))


_CUT_CURES = (HEDGED, "opinion")
"""What a sentence's shortened wording (`narrative.shortened`) may leave behind with the
clause it cuts: a hedge or the writer's judgement in a closing gloss."""


def without_addressed(
    why: str | None, wording: Wording | None, text: str
) -> tuple[str | None, Wording | None]:
    """Return (why, wording) for a sentence whose `not_checkable` reason lies only in what its
    wording leaves out: a hedge or an opinion in a closing gloss the wording cuts, or a call to
    action only in a
    closing clause that hands over to someone's message ("..., but Reyes had a message for her:
    You are not welcome."): the "you" is Reyes's, and the claim before that clause is the
    writer's, so it may word a fact cut there (`narrative.without_message`)."""
    if wording is None:
        return why, wording
    if why in _CUT_CURES:
        # "Lee ordered the troops home, a retreat that critics warn abandons an ally": the
        # hedge (or the writer's opinion) is in the closing gloss the wording leaves out
        if wording.plain != trim_lead(text)[1] and not_checkable(wording.plain) is None:
            return None, wording
        # "The council fired Varga in a 4-3 vote, ending a tenure that critics say was marked
        # by runaway spending, a botched ...": the hedge is in the participle's long gloss
        cut = without_gloss(wording, text)
        if cut is not None and not_checkable(cut.plain) is None:
            return None, cut
        return why, wording
    if why != CALL_TO_ACTION:
        return why, wording
    cut = without_message(wording, text)
    if cut is None or not_checkable(cut.plain) is not None:
        return why, wording
    return None, cut


def not_checkable(text: str) -> str | None:
    """Return why a sentence is not a checkable statement, or None if it is one."""
    bare = outside_quotes(text)
    if text.rstrip("\"'”’) ").endswith("?"):
        return "question"
    if not _ENDED.search(text) or MARKED_CUT.search(text) or _ends_on_title(text):
        return CUT_OFF
    unbalanced = text.count('"') % 2 or text.count("“") != text.count("”")
    if quoted_share(text) > 0.4 or unbalanced or text.startswith(("“", '"', "‘")):
        return QUOTATION
    verb = _REACTION_VERB.search(bare)
    # `Lee called the offer "a dead end."`: a reaction in the speaker's words; checkable
    # (Lee said it), but no fact of its own where the sides show the quote (`restates_quote`)
    reaction = bool(
        verb and _REACTION.search(text) and len(bare[: verb.start()].split()) <= REACTION_WORDS
    )
    if any(
        not _dependent(bare, m.start()) and not _FILING_SAYS.search(bare, 0, m.start())
        for m in _HEDGE.finditer(bare)
    ):
        return HEDGED
    if _SCHEDULE.search(bare):
        return "a schedule, not news"
    if _FEELING.search(bare):
        return "a feeling reported, not news"
    if _WHAT_IT_MEANS.match(text):
        return "what it means to someone, not news"
    if _MANNER_ONLY.search(bare):
        return "how someone spoke, not what they said"
    if _first_person(bare):
        return "first person"
    if _SECOND_PERSON.search(bare) or _IMPERATIVE.match(text):
        return CALL_TO_ACTION
    if _writers_opinion(bare):
        return "opinion"
    verdict = _VERDICT_ADVERB.match(text)
    if verdict and verdict.group("adverb").lower() not in _NEUTRAL_ADVERBS:
        return "opinion"
    return REACTION if reaction else None


# "Chief Justice Ann Lee, writing for the majority, didn't mince words.": the writer's lead-in
# to a quote, which tells how someone spoke and nothing they said
_MANNER_ONLY = re.compile(
    r"\b(?:did(?:n['’]t| not) mince (?:\w+ )?words|minced no words|pulled no punches|"
    r"did(?:n['’]t| not) hold back|(?:was|were) (?:just as |equally |even more |more )?"
    r"(?:blunt|direct|pointed|scathing)(?: about [^,.;]{1,40})?)\s*[.!]?\s*$",
    re.I,
)
_SAYS = re.compile(
    r"\b(?:says?|said|tells?|told|warns?|warned|calls?|called|claims?|argues?|insists?)\b", re.I
)


# the sentence's own verb passes judgement ("Lee praised the veto", "Reyes called the deal
# 'a win'") or reports what someone said ("Lee said the declaration was the right call")
_VERDICT_VERB = re.compile(
    r"(?<![\w-])(?:(?P<judges>praised|praises|criticized|criticised|criticizes|questioned|questions|"
    r"hailed|hails|slammed|slams|blasted|blasts|welcomed|welcomes|condemned|condemns|decried|"
    r"decries|applauded|applauds|lauded|lauds|denounced|denounces|accused|accuses|attacked|"
    r"attacks|called|calls|dubbed|branded|labeled|labelled|termed|deemed|"
    r"described|describes|expressed|expresses)|said|says|told|added|argued|argues|noted|"
    r"insisted|insists|contended|contends|warned|warns)\b"
)
VERDICT_SUBJECT_WORDS = 8
"""How many words may name who passed judgement ("State Health Commissioner Alan Pryce")."""
REPORTED_THAT = 7
"""How far after the speech verb the "that" of the reported clause may come ("told reporters
on Friday that")."""
_THEN = frozenset(word_list("weekdays")) | {"today", "yesterday", "tonight"}


# "Before Trump spoke, Pelosi had called...": a time or a circumstance first
_OPENING_PHRASE = re.compile(
    r"(?:Before|After|Earlier|Later|On|In|At|When|While|As)\b[^,]*,\s*[^,]+$"
)
_PERFECT = re.compile(r"\s(?:had|has|have|also|had also|has also|have also)$")


def reported_verdict(text: str) -> bool:
    """Return True when a sentence reports someone's verdict on the news (`verdict_by`)."""
    return verdict_by(text) is not None


def verdict_by(text: str) -> str | None:
    """Return who passed judgement when a sentence reports someone's verdict on the news, not
    news; else None.

    Its own verb judges ("Lee praised the veto", "Mayor Reyes called the deal 'a win'",
    "Calderón, who voted no, questioned the cost") or it reports what someone says a thing
    is ("Pryce said the declaration was the right call"). That they said so is checkable,
    what they said is their view, which the sides show in their words; one outlet's choice of
    whose view to report is its slant. What someone says happened ("the FBI said the package
    was found") or that they will act ("Lee said she would veto it") is news.
    """
    bare = outside_quotes(text)
    verb = _VERDICT_VERB.search(bare)
    if verb is None:
        return None
    subject = bare[: verb.start()].rstrip()
    start = 0
    if "," in subject:
        if subject.endswith(","):
            subject = subject.split(",")[0]  # "Lee, the owners' president, praised"
        elif _OPENING_PHRASE.match(subject):
            start = subject.rindex(",") + 1  # "Before the vote, Lee had called"
            subject = subject[start:]
        else:
            return None
    subject = _PERFECT.sub("", subject).strip()
    capitalized = subject[:1].isupper() or subject.startswith("[")  # "[Tom] Reyes"
    if not capitalized or len(subject.split()) > VERDICT_SUBJECT_WORDS:
        return None
    from briefing.text.tagger import tag_once as tag

    tags = tag(bare)
    if any(
        t.upos in ("VERB", "AUX")
        for t in tags
        if start <= t.start and t.end <= start + len(subject) + 1
    ):
        return None  # "DeGeneres launched a campaign called...": an act, named
    if not any(t.start == verb.start() and t.upos == "VERB" for t in tags):
        return None  # "the terrorist attacks", "so-called": a noun, or part of a word
    if re.match(r"\s*(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:[A-Z][\w.-]*\s+){1,3}to\s", bare[verb.end() :]):
        return None  # "called Ms. Brewer to urge her...": a telephone call
    if verb.group("judges"):
        # "called for a veto", "called on lawmakers": a call to act, reported as news
        judged = not re.match(r"\s*(?:for|on|off|in)\b", bare[verb.end() :])
    else:
        judged = _says_what_is([t for t in tags if t.start >= verb.end()], bare)
    return subject if judged else None


def _says_what_is(after: Sequence[Tagged], bare: str) -> bool:
    """Return True when the clause a speech verb reports says what something other than the
    speaker is ("the declaration was the right call", "the plan would be a disaster"), not
    what happened ("the package was found") or what the speaker will do ("he would")."""
    lower = [t.text.lower() for t in after]
    if "that" in lower[:REPORTED_THAT]:
        after = after[lower.index("that") + 1 :]
    while after and after[0].text.lower() in _THEN:
        after = after[1:]
    if not after or after[0].upos in ("ADP", "SCONJ", "PRON"):
        return False  # "said in a briefing...", "said if...", "said he..."
    for i, tok in enumerate(after):
        if tok.text in (",", ";", ":"):
            return False
        if tok.upos not in ("AUX", "VERB"):
            continue
        if i == 0:
            return False
        verb = i + 1 if tok.text.lower() in _MODALS else i  # "would be a disaster"
        if verb >= len(after) or after[verb].lemma != "be":
            return False
        tok = after[verb]
        rest = [t for t in after[verb + 1 :] if t.upos != "ADV" and t.text.lower() != "not"]
        if not rest or rest[0].start - tok.end > 2:
            return False  # words the sides quote (blanked out here), or nothing
        if rest[0].upos == "ADJ":
            return True  # "the pattern was familiar"
        # "the declaration was the right call": a verdict on an act; "the suspect is a white
        # male" says who someone is
        heads = [t.text.lower() for t in after[:i] if t.upos == "NOUN"]
        return rest[0].upos in ("DET", "NOUN") and bool(heads) and _act_noun(heads[-1])
    return False


_ACT_ENDINGS = ("tion", "sion", "ment", "al", "ure")
_NOT_ACTS = frozenset(
    "suspect suspects package packages device devices company companies firm firms agency "
    "service bureau department group groups organization organizations coalition coalitions "
    "association associations center magazine newspaper outlet editors editor panel committee "
    "official officials governor senator congressman congresswoman mayor chairman chairwoman "
    "sheriff spokesman spokeswoman".split()
)


def _act_noun(noun: str) -> bool:
    """Return True when a noun names an act or a measure ("the declaration", "the deal", "the
    cuts"), not who or what took part in it ("the suspect", "the company")."""
    if noun in _NOT_ACTS:
        return False
    return noun in word_list("reference_nouns") or noun.endswith(_ACT_ENDINGS)


def guesses_or_judges(title: str) -> bool:
    """Return True when a headline guesses or judges in its own voice ("Lee may face her
    biggest test", "Poll shows Reyes was right all along"), rather than reporting who says
    so ("Vote may slip, Lee says") or quoting them."""
    bare = outside_quotes(title)
    if _SAYS.search(bare):
        return False
    return bool(_HEDGE.search(bare) or _OPINION.search(bare))


@dataclass(slots=True)
class Candidate:
    """A sentence as the fact stage sees it."""

    sentence: Sentence
    feats: Features
    """Features outside quotation marks (what the sentence itself asserts)."""
    full: Features
    """Features of the whole sentence, quoted words included (what it reports)."""
    group: int
    support_ok: bool
    wording_ok: bool
    why: str | None
    wording: Wording | None = None
    """How the sentence reads alone in the brief (our brackets), None when it cannot."""
    shorter: tuple[Wording, ...] = ()
    """The wording cut before a closing clause that quotes someone (', declaring that
    "..."') or a closing detail (', with a sliding scale ...', `closing_cuts`), the longest
    first: more outlets may state one of them than the whole."""


@dataclass(slots=True)
class Cluster:
    """A fact's wording (`chosen`) and the sentences, one per article, that state it."""

    members: list[int]
    articles: set[str] = field(default_factory=set)
    groups: int = 0
    centrality: float = 0.0
    chosen: int = -1


@dataclass(slots=True)
class FactResult:
    """Facts, disputed points, and what --explain shows."""

    facts: list[Fact]
    disputed: list[Disputed]
    candidates: list[Candidate]
    clusters: list[Cluster]


def wording_problem(
    text: str,
    lexicon: Lexicon,
    feats: Features | None = None,
    wording: Wording | None = None,
) -> str | None:
    """Return why a checkable sentence cannot stand alone in the brief's narrative, or None.

    `wording` is how the sentence reads alone (see `stages.narrative.stand_alone`); without
    it the sentence is read as it is, a leading dateline or connective trimmed.
    """
    feats = feats or features(outside_quotes(text))
    words = len(text.split())
    rest = wording.plain if wording else trim_lead(text)[1]
    content = len(content_words(outside_quotes(text)))
    # "The council approved the plan 7-2.": who, what and a figure say enough in few words
    if words < 6 or content < (3 if feats.numbers and feats.entities else 5):
        return "fragment"
    if text.rstrip().endswith((":", ",", ";")):
        return "fragment"  # "X went further, tweeting:" introduces what it does not show
    if not (feats.entities or feats.numbers or feats.dates):
        return "vague (no name, figure or date)"
    if not (feats.entities or feats.numbers) and _UNNAMED_GROUP.match(rest):
        return "vague (no name, figure or date)"  # "Many residents lost..." which residents?
    if words <= TREND_WORDS and _TREND.search(outside_quotes(text)):
        return "vague (a trend, no event)"
    if ATTRIBUTION_TAG.match(text):
        return "attribution tag"
    if quoted_share(text) > 0.3:
        return "mostly quotation"
    if len(rest.split()) > 55:
        return "too long"  # (what the brief shows: a long sentence cut to its claim may do)
    if lexicon.is_loaded(rest):
        return "loaded term"

    if wording is None and (
        _PRONOUN_START.match(rest) or rest[0].islower() or _LEAD_PRONOUN.match(text)
    ):
        return "not self-contained"
    # the tagger's checks last: most sentences are settled by the cheap ones above
    if not has_verb(rest):
        return "fragment"
    if opens_on_gloss(rest):
        return "opens on the writer's gloss"
    return None


_REASON = re.compile(r"[\s,]*(?:citing|ruling|concluding|finding|arguing|saying)\b")
"""A closing clause that gives the actor's own reason (", citing the operator's record",
", ruling that the law likely violates the First Amendment")."""


def candidates(docs: Sequence[Document], groups: SourceGroups, lexicon: Lexicon) -> list[Candidate]:
    """Return every reporting sentence with its features and whether it may be a fact."""
    out = []
    for doc in docs:
        before: list[str] = []
        for sentence in doc.sentences:
            text = sentence.text
            why = not_checkable(text)
            words = len(text.split())
            feats = features(outside_quotes(text))
            wording = stand_alone(text, before)
            shorter: tuple[Wording, ...] = ()
            if wording is not None:
                whole = wording
                # a trailing "saying..."/"effectively allowing..." clause is the outlet's gloss;
                # the actor's own reason (", citing ...", ", ruling that ...") is the news, and
                # stays where the other outlets give it too (a shorter wording is tried)
                short = shortened(wording, text)
                reason = short is not None and _REASON.match(text, short.end) is not None
                wording = short if short is not None and not reason else wording
                # an outlet's charged word in a closing clause: the claim without that clause
                wording = without_loaded_tail(wording, text, lexicon) or wording
                cuts = [
                    short if reason else None,
                    shortened(whole, text, quoting=True),
                    *closing_cuts(wording, text),
                ]
                ends = {c.end: c for c in cuts if c is not None and c.end < wording.end}
                shorter = tuple(ends[end] for end in sorted(ends, reverse=True))
            why, wording = without_addressed(why, wording, text)
            before.append(text)
            if why in (None, REACTION) and wording is None:
                # (a reaction may word a fact, but only one that reads alone)
                wording_why: str | None = "not self-contained (leans on the sentence before)"
            else:
                wording_why = (why if why != REACTION else None) or wording_problem(
                    text, lexicon, feats, wording
                )
            if wording is None:
                # it cannot word a fact, but it may support one: without a closing participial
                # gloss (", setting the stage for..."), which is the outlet's, not the claim
                wording = as_support(text, before[:-1])
            out.append(
                Candidate(
                    sentence=sentence,
                    feats=feats,
                    full=features(text),
                    group=groups.group.get(sentence.article, 0),
                    # a sentence quoting someone still reports what they said: it may support;
                    # so does one whose only hedge is in a clause on a noun ("upheld the law
                    # 6-3, a ruling that advocates warn will force...")
                    support_ok=(why in (None, QUOTATION, REACTION) or _firm_main(why, text))
                    and words >= 5,
                    wording_ok=wording_why is None,
                    why=wording_why,
                    wording=wording,
                    shorter=shorter if wording_why is None else (),
                )
            )
    return out


def _firm_main(why: str | None, text: str) -> bool:
    """Return True when a sentence is hedged (`HEDGED`) only inside clauses that qualify a
    noun or the claim (`_dependent`, any hedge): its main claim is firm enough to support a
    fact, though not to word one."""
    if why != HEDGED:
        return False
    bare = outside_quotes(text)
    return all(_dependent(bare, m.start(), any_hedge=True) for m in _HEDGE.finditer(bare))


def trim_lead(text: str) -> tuple[int, str]:
    """Return (offset, text) with a leading dateline ("CITY —") or connective removed."""
    dateline = DATELINE.match(text)
    if dateline and text[dateline.end() : dateline.end() + 1].isupper():
        return dateline.end(), text[dateline.end() :]
    match = CONNECTIVE.match(text)
    if not match or len(text) - match.end() < 20 or not text[match.end()].isupper():
        return 0, text
    return match.end(), text[match.end() :]


_MANNER = re.compile(
    r"\b(very|extremely|highly|deeply|sharply|strongly|fiercely|bitterly|harshly|angrily|"
    r"overwhelmingly|dramatically|stunningly|shockingly|surprisingly|remarkably|clearly|"
    r"obviously|simply|merely|just|even|only|most|so|too|repeatedly|vocal|vocally|"
    r"\w+est)\b",
    re.I,
)


class Scorer:
    """Pair scores between candidates, IDF-weighted over the story."""

    def __init__(self, cands: Sequence[Candidate]) -> None:
        df: dict[str, int] = defaultdict(int)
        for cand in cands:
            for word in cand.feats.words:
                df[word] += 1
        n = max(1, len(cands))
        self.idf = {w: math.log(1 + n / c) for w, c in df.items()}
        self.weight = [sum(self.idf[w] for w in c.feats.words) for c in cands]
        self.cands = cands
        self.stance = [stance_cue(c.sentence.text) for c in cands]

    def score(self, i: int, j: int) -> float:
        """Return how surely sentences i and j state the same thing (0..~1.5)."""
        a, b = self.cands[i].feats, self.cands[j].feats
        shared = a.words & b.words
        if not shared:
            return 0.0
        dice = 2 * sum(self.idf[w] for w in shared) / (self.weight[i] + self.weight[j] or 1)
        bonus = 0.0
        if a.numbers and b.numbers:
            bonus += 0.12 * min(2, len(a.numbers & b.numbers))
            if not a.numbers & b.numbers:
                bonus -= 0.15
        bonus += 0.06 * min(2, len(a.entities & b.entities))
        if a.dates and b.dates:
            bonus += 0.05 if a.dates & b.dates else -0.05
        if a.entities & b.entities and self.stance[i] and self.stance[i] == self.stance[j]:
            # the same named actor described as backing (or opposing) it in both
            bonus += 0.25
        return dice + bonus


def _story_df(docs: Sequence[Document], cands: Sequence[Candidate]) -> dict[str, float]:
    per_article: dict[str, set[str]] = defaultdict(set)
    for cand in cands:
        per_article[cand.sentence.article] |= cand.feats.words
    df: dict[str, float] = defaultdict(float)
    for words in per_article.values():
        for word in words:
            df[word] += 1 / max(1, len(docs))
    return df


def _centrality(cand: Candidate, df: dict[str, float]) -> float:
    words = cand.feats.words
    return sum(df.get(w, 0.0) for w in words) / len(words) if words else 0.0


def _wording_score(i: int, clu: Cluster, cands: Sequence[Candidate], scorer: Scorer) -> float:
    cand = cands[i]
    others = [m for m in clu.members if m != i]
    mean = sum(scorer.score(min(i, m), max(i, m)) for m in others) / max(1, len(others))
    counts: dict[str, int] = defaultdict(int)
    for m in clu.members:
        for number in cands[m].feats.numbers:
            counts[number] += 1
    agreed = {n for n, c in counts.items() if c >= 2}
    # the wording that carries the figures the sources agree on is the more specific one
    specific = 0.2 * len(cand.feats.numbers & agreed) + 0.03 * min(4, len(cand.feats.entities))
    concise = abs(cand.feats.length - 22) / 120
    # a loaded word is usually one outlet's own: prefer wording made of words others share too
    elsewhere: set[str] = set()
    for m in others:
        elsewhere |= cands[m].feats.words
    words = cand.feats.words
    own = len(words - elsewhere) / len(words) if words else 0.0
    manner = len(_MANNER.findall(outside_quotes(cand.sentence.text)))
    return (
        mean + specific - concise - 0.15 * _polarity(cand.sentence.text) - 0.6 * own - 0.1 * manner
    )


def _polarity(text: str) -> float:
    from briefing.text.polarity import polarity

    return abs(polarity(text))


def evidence_for(cands: Sequence[Candidate], members: Sequence[int]) -> list[Evidence]:
    """Return the source sentences of the given candidates, with their offsets."""
    return [
        Evidence(article=c.article, start=c.start, end=c.end, text=c.text)
        for c in (cands[m].sentence for m in members)
    ]


def make_fact(i: int, clu: Cluster, cands: Sequence[Candidate], groups: SourceGroups) -> Fact:
    """Return the fact worded by candidate i, citing every article of its cluster.

    The wording is the sentence as it reads alone: verbatim from `start` to `end`, with our
    bracketed words before it where a connective was cut or a pronoun resolved.
    """
    cand = cands[i]
    sentence = cand.sentence
    wording = (
        cand.wording
        or stand_alone(sentence.text)
        or Wording(text=sentence.text, inserted="", start=0, end=len(sentence.text))
    )
    support = clu.members or [i]
    articles = sorted({cands[m].sentence.article for m in support})
    evidence = evidence_for(cands, support)
    return Fact(
        text=wording.text,
        sources=articles,
        independent_sources=groups.count(articles),
        source=sentence.article,
        start=sentence.start + wording.start,
        end=sentence.start + wording.end,
        single_source=len(articles) < 2,
        evidence=evidence,
        inserted=wording.inserted,
        appended=wording.appended,
        insertions=[Insertion(at=sentence.start + at, text=words) for at, words in wording.inner],
        # an outlet states the claim in words mostly its own: the reader may want to compare
        wording_differs=any(
            _shared(wording.plain, ev.text) < DIFFERENT_WORDING
            for ev in evidence
            if ev.article != sentence.article
        ),
    )


DIFFERENT_WORDING = 0.5
"""Share of a fact's content words below which a citing outlet words it differently."""


def _shared(fact: str, other: str) -> float:
    words = set(content_words(fact))
    return len(words & set(content_words(other))) / len(words) if words else 1.0


def _neighbours(cands: Sequence[Candidate]) -> list[set[int]]:
    """For each candidate, the candidates of other articles sharing at least 3 words."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, cand in enumerate(cands):
        if cand.support_ok:
            for word in cand.full.words:
                index[word].append(i)
    limit = max(40, int(len(cands) * NEAR_LIMIT))
    counts: list[dict[int, int]] = [defaultdict(int) for _ in cands]
    for postings in index.values():
        if len(postings) > limit:
            continue  # a word in a quarter of all sentences tells nothing about sameness
        for x, i in enumerate(postings):
            for j in postings[x + 1 :]:
                if cands[i].sentence.article != cands[j].sentence.article:
                    counts[i][j] += 1
                    counts[j][i] += 1
    return [{j for j, n in row.items() if n >= 2} for row in counts]


def consensus(
    docs: Sequence[Document], groups: SourceGroups, lexicon: Lexicon, *, min_sources: int = 2
) -> FactResult:
    """Return the consensus facts (ranked) and disputed points of one story.

    Every checkable, neutral sentence is tried as the wording of a fact; the articles whose
    sentence states it (most of its words, all its figures) support it. Facts supported by
    at least `min_sources` independent groups are ranked by support, then centrality, and
    near-duplicates keep the more specific wording.
    """
    cands = candidates(docs, groups, lexicon)
    scorer = Scorer(cands)
    df = _story_df(docs, cands)
    near = _neighbours(cands)
    topic = topic_names(docs)
    known = article_words(docs)
    pool: list[Cluster] = []
    shorter: dict[int, Wording] = {}
    for w, cand in enumerate(cands):
        if not cand.wording_ok:
            continue
        best = _supporters(cands, w, near[w], scorer, topic, known)
        for cut in cand.shorter:
            # ', declaring that "..."', ', with a sliding scale ...': the claim without the
            # clause, if more outlets state it (the longest such wording)
            short = _supporters(cands, w, near[w], scorer, topic, known, cut)
            if len(short) > len(best):
                best, shorter[w] = short, cut
        support = sorted([w] + [-v[1] for v in best.values()])
        articles = {cands[m].sentence.article for m in support}
        count = groups.count(articles)
        if count < min_sources or len(articles) < 2:
            continue
        clu = Cluster(members=support, articles=articles, groups=count, chosen=w)
        # how many articles use its words, and how early its sentences come (news leads)
        words = sum(_centrality(cands[m], df) for m in support) / len(support)
        lead = sum(1 / (1 + cands[m].sentence.index) for m in support) / len(support)
        clu.centrality = words + LEAD_WEIGHT * lead
        pool.append(clu)
    for w, wording in shorter.items():
        cands[w] = replace(cands[w], wording=wording, shorter=())
    quality = {id(c): _wording_score(c.chosen, c, cands, scorer) for c in pool}
    pool.sort(key=lambda c: (-c.groups, -(c.centrality + 0.5 * quality[id(c)]), c.chosen))
    selected: list[Cluster] = []
    for clu in pool:
        twin = next((s for s in selected if _same_fact(s, clu, scorer)), None)
        if twin is None:
            selected.append(clu)
        elif clu.groups >= twin.groups and _confirmed(clu, cands, groups) > _confirmed(
            twin, cands, groups
        ):
            # the same fact with figures several sources confirm: keep the specific wording
            selected[selected.index(twin)] = clu
        if len(selected) >= MAX_FACTS and twin is None:
            break
    facts = [make_fact(c.chosen, c, cands, groups) for c in selected]
    from briefing.stages.conflicts import conflicts

    disputed = conflicts(cands, scorer, groups)
    return FactResult(facts, disputed, cands, selected)


_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")


def topic_names(docs: Sequence[Document]) -> frozenset[str]:
    """Return the acronyms every article of the story uses: the agency or body the event is
    about ("ICE" in a story on an ICE agreement), which an outlet need not repeat in each
    sentence. A person's or a place's name is a particular and must be there."""
    if len(docs) < 2:
        return frozenset()
    shared = set.intersection(*(set(_ACRONYM.findall(d.article.text)) for d in docs))
    return frozenset(word.lower() for word in shared)


def article_words(docs: Sequence[Document]) -> dict[str, frozenset[str]]:
    """Return each article's words, lower-cased, outside quotation marks (what it says itself)."""
    return {d.article.id: lower_words(outside_quotes(d.article.text)) for d in docs}


def _supporters(
    cands: Sequence[Candidate],
    w: int,
    near: set[int],
    scorer: Scorer,
    topic: frozenset[str],
    known: dict[str, frozenset[str]],
    wording: Wording | None = None,
) -> dict[str, tuple[float, int]]:
    """Return, per other article, (score, -index) of its best sentence that states candidate
    w's claim (as `wording` words it, else as w's own wording does)."""
    best: dict[str, tuple[float, int]] = {}
    for m in near:
        if not cands[m].support_ok or ATTRIBUTION_TAG.match(cands[m].sentence.text):
            continue
        if _confirms(cands, w, m, topic, known, wording):
            article = cands[m].sentence.article
            value = (scorer.score(min(w, m), max(w, m)), -m)
            if article not in best or value > best[article]:
                best[article] = value
    return best


def _confirms(
    cands: Sequence[Candidate],
    f: int,
    m: int,
    topic: frozenset[str] = frozenset(),
    known: dict[str, frozenset[str]] | None = None,
    wording: Wording | None = None,
) -> bool:
    """Return True when candidate m states the claim of candidate f (see `stages.agreement`).

    The two sentences after m in its article count for the fact's particulars (an outlet
    often gives the details a sentence later); figures must be in m or those two, and names
    every article uses (`topic_names`) need not be repeated. `known` maps each article to
    the words of its whole text (see `agreement.confirms`).
    """
    fact, other = cands[f], cands[m]
    article = other.sentence.article
    after = _following(cands, m)
    numbers = set(other.full.numbers).union(*(c.full.numbers for c in after))
    # (a wording's figures are its own: not those of the clause it leaves out)
    wording = wording or fact.wording
    figures = _figures(wording.plain) if wording else fact.full.numbers
    if not figures <= numbers:
        return False
    claim = wording.plain if wording else fact.sentence.text
    said = other.wording.plain if other.wording else other.sentence.text
    return confirms(
        claim,
        said,
        " ".join(c.sentence.text for c in after),
        topic=topic,
        known=known.get(article, frozenset()) if known else frozenset(),
    )


@lru_cache(maxsize=4096)
def _figures(text: str) -> frozenset[str]:
    return features(text).numbers


def _following(cands: Sequence[Candidate], m: int) -> list[Candidate]:
    """Return the (up to) two candidates after m in its article: where an outlet often gives
    a claim's details a sentence later."""
    article = cands[m].sentence.article
    return [
        cands[k]
        for k in range(m + 1, min(m + 3, len(cands)))
        if cands[k].sentence.article == article
    ]


def restates_quote(text: str, quotes: Sequence[str], *, reactions_only: bool = False) -> bool:
    """Return True when a fact's quoted words (four or more; two in a reaction) are a quote
    the sides show.

    "X called it 'a shameful day for the city'" only restates the quote shown under its side:
    the reader would see it twice, once without its context; so does `Lee called the offer
    "a dead end."` when Lee's quote below says it. With `reactions_only`, a sentence with
    news of its own (an act, quoting the words it came with) is never a restatement.
    """
    from briefing.text.quotation import quoted_spans

    reaction = not_checkable(text) == REACTION
    if reactions_only and not reaction:
        return False
    shown = [" ".join(content_words(q)) for q in quotes]
    least = 2 if reaction else 4
    for start, end in quoted_spans(text):
        words = content_words(text[start:end])
        if len(text[start:end].split()) >= least and words:
            inner = " ".join(words)
            if any(inner in q for q in shown):
                return True
    return False


def _same_fact(a: Cluster, b: Cluster, scorer: Scorer) -> bool:
    if a.chosen in b.members or b.chosen in a.members:
        return True
    return scorer.score(min(a.chosen, b.chosen), max(a.chosen, b.chosen)) >= DUPLICATE


def _confirmed(clu: Cluster, cands: Sequence[Candidate], groups: SourceGroups) -> int:
    """Return how many of the wording's figures two or more independent sources state."""
    total = 0
    for number in cands[clu.chosen].full.numbers:
        holders = {
            cands[m].sentence.article for m in clu.members if number in cands[m].full.numbers
        }
        total += groups.count(holders) >= 2
    return total


SHARED_ELSEWHERE = 0.5
"""A sentence from further down fills in when the other outlets' closest sentences hold this
share of its words between them (see `shared_facts`)."""


def shared_facts(
    cands: Sequence[Candidate], groups: SourceGroups, *, threshold: float = SHARED_ELSEWHERE
) -> list[Fact]:
    """Return single-source facts from anywhere in the articles, the most shared first.

    A sentence that could word a fact (`Candidate.wording_ok`) is scored by how much of it the
    other outlets tell too: for each other article, the share of its content words and
    figures that article's closest sentence tells, summed (a news verb told in that outlet's
    own word or phrase counts: "approved" where it says "passed", "rejected" where it says "said
    no", data/news_verbs.txt). What several outlets tell is the story's common ground, even
    where no outlet states it in full (then no consensus fact cites it). The score only
    ranks: each fact cites its own article alone, marked single-source, since a shared word
    is no proof that an outlet states the claim. Sentences past `threshold` rank by the same
    share with each word weighted by how rare it is in the story: "Lee" is in every sentence,
    "veto" and "48-12" tell a claim.
    """
    classes = verb_classes().single
    per_article: dict[str, list[frozenset[str]]] = defaultdict(list)
    for cand in cands:
        told = _told(cand.full, classes)
        phrases = phrase_classes(cand.sentence.text)
        per_article[cand.sentence.article].append(
            told | {f"class:{c}" for c in phrases} if phrases else told
        )
    weight = _rarity(cands)
    scored = []
    for i, cand in enumerate(cands):
        if not cand.wording_ok:
            continue
        words = cand.feats.words
        if not words:
            continue
        # its words and figures; a news verb counts as told when another outlet uses its class
        mine = words | cand.feats.numbers
        verbs = [(w, frozenset(f"class:{c}" for c in classes[w])) for w in words if classes.get(w)]
        others = [s for article, s in per_article.items() if article != cand.sentence.article]
        shared = sum(
            max((_told_share(mine, verbs, other) for other in sentences), default=0.0)
            for sentences in others
        )
        if shared < threshold:
            continue
        rare = sum(
            max((_told_share(mine, verbs, other, weight) for other in sentences), default=0.0)
            for sentences in others
        )
        scored.append((-(rare + 0.3 / (1 + cand.sentence.index)), i))
    scored.sort()
    return [make_fact(i, Cluster(members=[]), cands, groups) for _, i in scored]


def _told_share(
    mine: frozenset[str],
    verbs: Sequence[tuple[str, frozenset[str]]],
    other: frozenset[str],
    weight: dict[str, float] | None = None,
) -> float:
    """Return the share of `mine` (words and figures) that `other` (see `_told`) tells, a verb
    of `verbs` counting when `other` tells its class; each word counts its `weight` if given
    (see `_rarity`), else 1."""
    if weight is None:
        hits = len(mine & other)
        hits += sum(1 for w, keys in verbs if w not in other and not keys.isdisjoint(other))
        return hits / len(mine)
    told = sum(weight[w] for w in mine & other)
    told += sum(weight[w] for w, keys in verbs if w not in other and not keys.isdisjoint(other))
    return told / sum(weight[w] for w in mine)


RARITY_FLOOR = 0.5
"""What a word every sentence of the story uses still counts in `_rarity`."""


def _rarity(cands: Sequence[Candidate]) -> defaultdict[str, float]:
    """Return each word's weight in the story: log((n + 1) / (sentences using it + 1)) +
    RARITY_FLOOR over the n sentences of all its articles (inverse document frequency); a
    word no sentence uses (a figure) weighs most."""
    used: dict[str, int] = defaultdict(int)
    for cand in cands:
        for word in cand.full.words:
            used[word] += 1
    n = len(cands) + 1
    weight: defaultdict[str, float] = defaultdict(lambda: math.log(n) + RARITY_FLOOR)
    for word, count in used.items():
        weight[word] = math.log(n / (count + 1)) + RARITY_FLOOR
    return weight


def _told(feats: Features, classes: dict[str, frozenset[str]]) -> frozenset[str]:
    """Return what a sentence tells, as `shared_facts` compares it: its words, its figures
    and the news-verb classes of its words ("passed" tells "approved")."""
    return frozenset(
        {*feats.words, *feats.numbers}
        | {f"class:{c}" for w in feats.words for c in classes.get(w, ())}
    )


def single_source_facts(
    docs: Sequence[Document], groups: SourceGroups, lexicon: Lexicon, *, limit: int = 6
) -> FactResult:
    """Return the most central checkable sentences, each marked single-source."""
    cands = candidates(docs, groups, lexicon)
    df = _story_df(docs, cands)
    usable = [i for i, c in enumerate(cands) if c.wording_ok]
    # earlier sentences carry the news in most reporting: a mild lead bonus
    usable.sort(
        key=lambda i: (-(_centrality(cands[i], df) + 0.3 / (1 + cands[i].sentence.index)), i)
    )
    scorer = Scorer(cands)
    facts: list[Fact] = []
    picked: list[int] = []
    for i in usable:
        if any(scorer.score(min(i, p), max(i, p)) >= DUPLICATE for p in picked):
            continue
        picked.append(i)
        facts.append(make_fact(i, Cluster(members=[]), cands, groups))
        if len(facts) >= limit:
            break
    facts.sort(key=lambda f: (f.source, f.start))
    return FactResult(facts, [], cands, [])


def most_cited_first(
    facts: Sequence[Fact],
    cands: Sequence[Candidate],
    groups: SourceGroups,
    disputed: Sequence[Disputed] = (),
) -> list[Fact]:
    """Return the facts, each citing the outlets that state its main claim in part
    (`cite_in_part`, never one that gives another figure for a `disputed` point it states),
    those the most outlets state first (else in their order): what several outlets report is
    the story's common ground, before one outlet's detail."""
    cited = cite_in_part(facts, cands, groups, disputed)
    return sorted(cited, key=lambda f: -len(set(f.sources)))


_COUNT_OF = re.compile(r"[Tt]he number of (?P<unit>[a-z]+)")
SMALL_COUNT = 10
"""Counts up to this are told in words as often as not ("three", "twice")."""


def _other_side(plain: str, disputed: Sequence[Disputed]) -> set[str]:
    """Return the articles that give another value for a disputed point `plain` states."""
    from briefing.stages.conflicts import _values

    numbers = features(plain).numbers
    # ("twice" is the figure 2 of "the number of times")
    values = _values(plain) if disputed else {}
    told = set(values.values())
    out: set[str] = set()
    for point in disputed:
        unit = _COUNT_OF.match(point.topic)
        mine = [
            v
            for v in point.variants
            # ("$87,000" is the figure 87000; "$1.4 billion" and a name are words of the text)
            if (
                v.value.lstrip("$").replace(",", "") in numbers
                # a small count is that count only with its unit: "three weeks before trial"
                # gives no "number of times"
                and not (unit and v.value.isdigit() and int(v.value) <= SMALL_COUNT)
            )
            or (not v.value.isdigit() and v.value in plain)
            or v.value in told
            and (
                not unit or values.get(f"count:{unit['unit']}") == v.value or not v.value.isdigit()
            )
        ]
        if not mine:
            continue
        stated = {article for v in mine for article in v.sources}
        out |= {a for v in point.variants if v not in mine for a in v.sources} - stated
    return out


def cite_in_part(
    facts: Sequence[Fact],
    cands: Sequence[Candidate],
    groups: SourceGroups,
    disputed: Sequence[Disputed] = (),
) -> list[Fact]:
    """Return the facts, each also citing the articles that state its main claim in part.

    A fact worded from one outlet's sentence often carries a detail the other outlets leave
    out, so they do not state it in full (see `agreement.confirms`); an outlet whose own
    sentence has the fact's actor doing its action to the same thing (`agreement.states_core`,
    the two sentences after it counting for the object) states its core. That outlet is
    cited with its sentence as evidence marked `in_part`, so the reader sees which outlets
    report the news and which words are one outlet's. An outlet that gives another figure or
    name for a point the fact states (`disputed`: "16 weeks" where the fact says "12 weeks")
    does not state it, even in part.
    """
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, cand in enumerate(cands):
        by_article[cand.sentence.article].append(i)
    # each article's words: a body it names may be described in one of its sentences
    known = {
        article: lower_words(" ".join(cands[m].sentence.text for m in members))
        for article, members in by_article.items()
    }
    out = []
    for fact in facts:
        # what the fact's sentence states, the name we gave its pronoun subject kept
        plain = unbracket(
            without_insertions(
                fact.text,
                fact.inserted,
                fact.start,
                [(i.at, i.text) for i in fact.insertions],
                subjects=True,
            )
        )
        added: list[Evidence] = []
        other_side = _other_side(plain, disputed)
        contrary = other_side & set(fact.sources) - {fact.source}
        if contrary:
            # an outlet that gives another figure for a point the fact states ("14 passages"
            # where the fact says "at least 17") does not state it, however alike the rest
            fact = _citing(
                fact,
                [a for a in fact.sources if a not in contrary],
                [e for e in fact.evidence if e.article not in contrary],
                groups,
            )
        for article, members in by_article.items():
            if article in fact.sources or article in other_side:
                continue
            for m in members:
                cand = cands[m]
                if not cand.support_ok or ATTRIBUTION_TAG.match(cand.sentence.text):
                    continue
                said = cand.wording.plain if cand.wording else cand.sentence.text
                after = " ".join(c.sentence.text for c in _following(cands, m))
                if states_core(plain, said, after, known[article]):
                    s = cand.sentence
                    added.append(
                        Evidence(
                            article=article, start=s.start, end=s.end, text=s.text, in_part=True
                        )
                    )
                    break
        if not added:
            out.append(fact)
            continue
        sources = sorted({*fact.sources, *(e.article for e in added)})
        out.append(_citing(fact, sources, [*fact.evidence, *added], groups))
    return out


def _citing(fact: Fact, sources: list[str], evidence: list[Evidence], groups: SourceGroups) -> Fact:
    """Return the fact citing `sources` with `evidence`, its independent count recounted."""
    independent = groups.count(sources)
    return fact.model_copy(
        update={
            "sources": sources,
            "independent_sources": independent,
            "single_source": independent < 2,
            "evidence": evidence,
        }
    )
