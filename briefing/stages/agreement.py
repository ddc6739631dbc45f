"""Whether another outlet's sentence states a fact: the test behind every citation.

Word overlap alone cannot tell "X signed the bill" from "X criticized the bill": both share
the names and the topic. An article is cited for a fact only when one of its sentences states
the fact's claim:
- the same action: the fact's main verb (its part of speech from `text.tagger`), or a verb or
  noun of the same news-verb class (`data/news_verbs.txt`: "approve" = "pass" = "adopt",
  "resign" = "step down"); "said" and its kin are attribution, not the claim;
- the same actor: the first person or organization the fact names (by the last word of the
  name, so "Mr. Harmon" confirms "Dale Harmon"), and most of the other names it gives;
- every figure the fact states, and its negation if it has one ("did not sign" is not
  "signed");
- a good share of the fact's own words, judged against the fact (not the shorter sentence),
  so a short sentence on the same topic does not confirm a long claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefing.stages.narrative import DATELINE, attributing_verbs, family_of
from briefing.text.names import (
    COMPANY_WORDS,
    HONORIFICS,
    LEGAL_FORMS,
    ORG_WORDS,
    SUFFIXES,
    acronym,
    is_first_name,
)
from briefing.text.quotation import quoted_spans
from briefing.text.segment import sentences
from briefing.text.tagger import Tagged, tag_once
from briefing.text.tokens import (
    MONTHS,
    STOPWORDS,
    WEEKDAYS,
    WORD,
    content_words,
    features,
    outside_quotes,
    stem,
)
from briefing.text.wordlists import lines

COVER = 0.4
"""Share of the fact's content words the supporting sentence must state."""
BARE_COVER = 0.6
"""The share when the fact has no action to compare ("X is a former minister")."""
CORE_COVER = 0.25
"""The same share when the fact's named actor does an action of the same class there."""
REPORT = "report"
"""The news-verb class of attribution verbs ("said", "told"): never a fact's action."""
LIGHT_VERBS = frozenset(
    "make take give have get issue hold do put net lead result yield conduct carry".split()
)
"""Verbs whose object names the action ("made the announcement", "netted 1,120 arrests")."""
_PARTICLES = frozenset("up off down over back".split())
"""A light verb with one of these is a verb of its own: "take up the bill", "put off a vote"."""


@lru_cache(maxsize=16384)
def tag(text: str) -> list[Tagged]:
    """Return the tagged tokens of text, once per text (every test here reads the same tags),
    tagged once for all stages (`tagger.tag_once`)."""
    return list(tag_once(text))


_NEGATION = re.compile(r"\b(not|never|no|neither|nor|without)\b|n[’']t\b", re.I)


@dataclass(frozen=True, slots=True)
class VerbClasses:
    """The news-verb table: stems (or stem sequences) -> class names, and compatible classes."""

    single: dict[str, frozenset[str]]
    phrases: dict[tuple[str, ...], frozenset[str]]
    compatible: dict[str, frozenset[str]]


_PHRASE_LEMMAS = {"her": "she"}
"""Words of a news-verb phrase whose lemma the tagger gives in another form."""


@lru_cache(maxsize=1)
def verb_classes() -> VerbClasses:
    """Return the table in data/news_verbs.txt."""
    single: dict[str, set[str]] = {}
    phrases: dict[tuple[str, ...], set[str]] = {}
    compatible: dict[str, set[str]] = {}
    for line in lines("news_verbs"):
        if line.startswith("~"):
            group = line[1:].split()
            for name in group:
                compatible.setdefault(name, set()).update(group)
            continue
        name, _, rest = line.partition(":")
        for phrase in rest.split(","):
            # as a sentence's words are compared: by their lemma ("her" is "she" there)
            stems = tuple(stem(_PHRASE_LEMMAS.get(w, w)) for w in phrase.split())
            if len(stems) == 1:
                single.setdefault(stems[0], set()).add(name.strip())
            elif stems:
                phrases.setdefault(stems, set()).add(name.strip())
    return VerbClasses(
        single={k: frozenset(v) for k, v in single.items()},
        phrases={k: frozenset(v) for k, v in phrases.items()},
        compatible={k: frozenset(v) for k, v in compatible.items()},
    )


def _keys(word_stem: str, classes: frozenset[str] = frozenset()) -> frozenset[str]:
    """Return what an action matches by: its stem and its classes (and their compatibles)."""
    table = verb_classes()
    names = set(classes | table.single.get(word_stem, frozenset()))
    for name in list(names):
        names |= table.compatible.get(name, frozenset())
    return frozenset({word_stem, *(f"class:{n}" for n in names)})


@dataclass(frozen=True, slots=True)
class Claim:
    """What one sentence asserts, as the citation test compares it."""

    actions: frozenset[str]
    """Every verb and noun of the sentence as action keys (what it can confirm)."""
    main: frozenset[str]
    """The keys of its main action: the first verb that is not attribution (empty if none)."""
    names: frozenset[str]
    first: str | None
    actor: frozenset[str]
    """Every word of the actor's name but titles and first names ("House Intelligence
    Committee" -> all three; "Gov. Dale Harmon" -> "harmon")."""
    words: frozenset[str]
    negated: bool
    core: frozenset[str] = frozenset()
    """`main` and the verb it introduces ("announced her decision to veto" -> veto too)."""
    main_at: int = -1
    """The position of the main action's token (-1 when there is none)."""
    subject: str | None = None
    """The stem of the unnamed actor's noun ("The council approved" -> "council")."""
    placed: frozenset[str] = frozenset()
    """Names after a preposition of place or medium ("in Iowa", "over Twitter"): where or how."""
    body: bool = False
    """Whether the actor is an organization ("the ACLU", "Lakeside Finance Committee")."""
    tokens: tuple[Tagged, ...] = ()
    stems: tuple[str, ...] = ()
    reported: bool = False
    """Whether a speech verb before the main action attributes it ("Lee said the plan...")."""
    self_report: bool = False
    """Whether the speaker speaks of themselves ("Lee stated he had not served"): then the
    news is that they said so, which a sentence stating the content alone does not report."""
    speaker_acts: bool = False
    """Whether the speaker tells of its own act, a day or "it" for a body included ("Halvorsen
    said Tuesday it will cut 1,800 jobs"): a report of the same act by the same speaker
    states it, a speech verb between the name and the act notwithstanding."""


def _phrase_classes(stems: list[str], i: int) -> frozenset[str]:
    """Return the classes of the news-verb phrases that start at position i."""
    found: set[str] = set()
    for phrase, names in _phrases_by_first().get(stems[i], ()) if i < len(stems) else ():
        if GAP in phrase:
            # "took Gov. Carl Whitmore to court": the object between the phrase's words
            at = phrase.index(GAP)
            head, tail = phrase[:at], phrase[at + 1 :]
            if tuple(stems[i : i + at]) != head:
                continue
            for gap in range(1, PHRASE_GAP + 1):
                between = stems[i + at : i + at + gap]
                if any(not w[:1].isalnum() for w in between):
                    break  # the object ends at a comma or a quotation mark
                if tuple(stems[i + at + gap : i + at + gap + len(tail)]) == tail:
                    found |= names
                    break
        elif tuple(stems[i : i + len(phrase)]) == phrase:
            found |= names
    return frozenset(found)


GAP = "*"
"""In data/news_verbs.txt, where a phrase's object goes ("take * to court")."""
PHRASE_GAP = 5
"""How many words that object may run."""


@lru_cache(maxsize=32768)
def phrase_classes(text: str) -> frozenset[str]:
    """Return the classes of the news-verb phrases text uses ("said no" -> reject), each
    word compared by its stem as `verb_classes` reads the table (cached: the headline stage
    reads every sentence's phrases once per lead it weighs)."""
    stems = [stem(_PHRASE_LEMMAS.get(w.lower(), w)) for w in WORD.findall(text)]
    return frozenset(c for i in range(len(stems)) for c in _phrase_classes(stems, i))


@lru_cache(maxsize=1)
def _phrases_by_first() -> dict[str, tuple[tuple[tuple[str, ...], frozenset[str]], ...]]:
    """The news-verb phrases (data/news_verbs.txt) by their first stem: a token is compared
    only with the phrases that can start on it."""
    out: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
    for phrase, names in verb_classes().phrases.items():
        if phrase:
            out.setdefault(phrase[0], []).append((phrase, names))
    return {first: tuple(phrases) for first, phrases in out.items()}


_SUBORDINATE = frozenset(
    "when while after before if because as since though although unless until once who whom "
    "which that whose where".split()
)
"""Words that open a clause the main claim is not in ("The board, when pressed, ...")."""


_ALWAYS_SUBORDINATE = frozenset("after before because although though unless until".split())
"""...and those that open one without a comma ("X tweeted a link after Y messaged him")."""


OPENING_PHRASE = 15
"""How many words an opening prepositional phrase may run before its comma."""


def _subordinate(tokens: list[Tagged], participles: bool = True) -> list[bool]:
    """Return, per token, whether it sits in a subordinate clause opened before the main verb.

    A clause opened by `_SUBORDINATE` runs to the next comma; only clauses that start before
    any main verb is found matter (the caller stops at the first main verb).
    """
    inside = [False] * len(tokens)
    open_clause = closed = False
    # "In the deal he outlined on Saturday, Lee offered...": an opening prepositional phrase
    # runs to its comma, and no verb inside it is the main one
    comma = next((i for i, t in enumerate(tokens[:OPENING_PHRASE]) if t.text == ","), None)
    if tokens and tokens[0].upos == "ADP" and comma is not None:
        inside[:comma] = [True] * comma
    for i, token in enumerate(tokens):
        low = token.text.lower()
        after_comma = i == 0 or tokens[i - 1].text == ","
        if token.text == ",":
            closed, open_clause = open_clause, False
            continue
        if low in _SUBORDINATE and (after_comma or low in _ALWAYS_SUBORDINATE):
            open_clause = True
        elif (
            low in ("a", "an", "the")
            and i >= 2
            and tokens[i - 1].text == ","
            and _is_name(tokens, i - 2)
            and not _in_opening_phrase(tokens, i - 2)
        ):
            open_clause = True  # an apposition: "Dale Harmon, a former judge born in..., said"
        elif participles and (
            (i == 0 and token.upos == "VERB")
            or (i and after_comma and not closed and token.upos in ("VERB", "ADJ"))
        ):
            # an opening or inserted participle: "Relying on his record, X said", "The raid,
            # conducted with state police, netted..." (not the verb after an aside closes:
            # "Harmon, the mayor, signed")
            open_clause = True
        inside[i] = inside[i] or open_clause
    return inside


def _in_opening_phrase(tokens: Sequence[Tagged], i: int) -> bool:
    """Return True when the name ending at i is the object of the sentence's opening
    preposition ("On Friday, the department...", "In Riverside, the council..."): a time or
    a place, not a person an apposition describes."""
    j = i
    while j > 0 and tokens[j - 1].upos == "PROPN":
        j -= 1
    while j > 0 and tokens[j - 1].upos in ("DET", "ADJ", "NUM"):
        j -= 1
    return j == 1 and tokens[0].upos == "ADP"


_NAMING = frozenset("call name dub title entitle know label base".split())


def _naming(tokens: list[Tagged], i: int) -> bool:
    """Return True for a participle that names what comes before it ("a group called X"),
    not the verb of a possessed subject with its object ("Lee's campaign called a Times
    report a distortion")."""
    if tokens[i].lemma.lower() not in _NAMING or tokens[i - 1].upos not in ("NOUN", "PROPN"):
        return False
    owned = i >= 2 and tokens[i - 2].text in ("'s", "’s", "'", "’")
    return not (owned and i + 1 < len(tokens) and tokens[i + 1].upos in ("DET", "PRON"))


def _calls(tokens: Sequence[Tagged]) -> int:
    """Return the position of a name's "called" with its object ("Lee called the proposal
    'a reckless waste'", "the council called the plan a giveaway"), else -1: the verb whose
    subject is the claim's actor, though its complement is the claim."""
    for i in range(1, len(tokens) - 1):
        if (
            tokens[i].upos == "VERB"
            and tokens[i].lemma.lower() in _NAMING
            and tokens[i - 1].upos == "PROPN"
            and tokens[i + 1].upos in ("DET", "PRON", "PROPN")
        ):
            return i
    return -1


def _modifier(tokens: list[Tagged], i: int) -> bool:
    """Return True for a participle that modifies the noun after it."""
    before = tokens[i - 1] if i else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        before is not None
        and (before.text == "-" or before.upos in ("DET", "ADJ"))
        and after is not None
        and after.upos in ("NOUN", "PROPN", "ADJ")
    )


_PLURAL_BE = frozenset({"are", "were"})
_CLAUSE_BREAK = frozenset({"PUNCT", "CCONJ", "SCONJ", "PRON", "VERB"})


def _plural_subject(tokens: list[Tagged], i: int) -> bool:
    """Return True for a word a tagger read as a verb in "-s" that heads a plural subject:
    "Party switches in state legislatures are uncommon", "Utility rate cuts in rural counties
    were rare". A verb in "-s" is singular; the "are" or "were" of its own clause (no
    punctuation, conjunction, pronoun or other verb between) says it was a plural noun. Only
    before the sentence's first verb: the subject comes first."""
    word = tokens[i].text.lower()
    if not word.endswith("s") or word.endswith("ss") or i == 0:
        return False
    if any(t.upos in ("VERB", "AUX") for t in tokens[:i]):
        return False
    if tokens[i - 1].upos not in ("NOUN", "PROPN", "ADJ"):
        return False
    for t in tokens[i + 1 :]:
        if t.upos == "AUX":
            return t.text.lower() in _PLURAL_BE
        if t.upos in _CLAUSE_BREAK:
            return False
    return False


def _reduced_relative(tokens: list[Tagged], i: int) -> bool:
    """Return True for a present participle right after the noun it describes ("A union
    representing 40,000 teachers filed suit", "Residents opposing the plan packed the
    hall"): the clause tells who the subject is, its verb comes after."""
    return (
        i > 0
        and tokens[i].text.lower().endswith("ing")
        and tokens[i - 1].upos in ("NOUN", "PROPN")
        and tokens[i - 1].text.lower() not in _TIME_NOUNS
    )


_TIME_NOUNS = frozenset("day days week weeks month months year years time while moment".split())


def _makes_something(tokens: list[Tagged], i: int) -> bool:
    """Return True when a reporting verb has a thing for object ("tweeted a link", "wrote a
    letter"): it is an act, not the attribution of a claim ("said a day later" is one)."""
    j = i + 1
    if j >= len(tokens) or tokens[j].text.lower() not in ("a", "an"):
        return False
    j += 1
    while j < len(tokens) and tokens[j].upos == "ADJ":
        j += 1
    return (
        j < len(tokens) and tokens[j].upos == "NOUN" and tokens[j].text.lower() not in _TIME_NOUNS
    )


_FRAMING_VERBS = frozenset("come follow arrive".split())
_FRAMING_NEXT = frozenset("as after amid amidst just days weeks months a one less more".split())


def _framing(tokens: list[Tagged], i: int) -> bool:
    """Return True for "comes as", "follows", "arrives amid": a verb that only places the
    subject in time; what the sentence reports is the clause after it."""
    return (
        tokens[i].lemma.lower() in _FRAMING_VERBS
        and i + 1 < len(tokens)
        and tokens[i + 1].text.lower() in _FRAMING_NEXT
    )


_NOMINAL = re.compile(r"(?:ment|tion|sion|ance|ence|ure|al)s?$")


def _acting(token: Tagged) -> bool:
    """Return True for a word that can name an action: a verb, a noun or adjective of the
    news-verb table or with a nominal ending ("announcement", "opposition", "approval"), or a
    noun that is not a gerund ("a 3-2 vote"; but "spending bill" does not say anyone spent)."""
    if token.upos == "VERB":
        return True
    if token.upos not in ("NOUN", "ADJ"):
        return False
    word = token.lemma.lower()
    if stem(word) in verb_classes().single or _NOMINAL.search(word):
        return True
    # a noun that is the verb itself ("a 3-2 vote", "the veto"), not a gerund of another
    # sense ("spending bill")
    return token.upos == "NOUN" and not word.endswith("ing")


def _that(token: Tagged) -> bool:
    """Return True for the "that" opening a reported clause ("announced that he would")."""
    return token.text.lower() == "that" and token.upos == "SCONJ"


def _perfect(tokens: Sequence[Tagged], i: int) -> bool:
    """Return True when "have" at i is the perfect's auxiliary: a verb follows it, adverbs
    aside ("had subpoenaed", "has not yet decided"), not a noun it owns ("had talks")."""
    for token in tokens[i + 1 : i + 4]:
        if token.upos == "ADV" or token.text.lower() in ("not", "n't", "n’t"):
            continue
        return token.upos == "VERB"
    return False


def _denied_speech(tokens: Sequence[Tagged], i: int) -> bool:
    """Return True for a speech verb negated just before it ("did not respond", "never
    replied"): no one said anything, so the verb is no attribution but the claim."""
    before = [t.text.lower() for t in tokens[max(0, i - 2) : i]]
    return any(w in ("not", "never", "n't", "n’t") for w in before)


def _main_verb(
    tokens: list[Tagged],
    stems: list[str],
    quoted: list[bool],
    aside: list[bool],
    strict: bool = True,
) -> tuple[frozenset[str], int, int]:
    """Return (keys, position, attribution verb position) of the sentence's main action."""
    table = verb_classes()
    speaker_at = -1
    copula_at = -1
    for i, token in enumerate(tokens):
        if token.upos == "AUX" and token.lemma.lower() == "be" and not aside[i] and not quoted[i]:
            copula_at = i if copula_at < 0 else copula_at
        if token.upos != "VERB" or quoted[i] or aside[i]:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].text == "-" and tokens[i + 1].start == token.end:
            continue  # the first part of a compound: "Talk-show host Ann Lee launched..."
        if i and tokens[i - 1].text == "-" and tokens[i - 1].end == token.start:
            continue  # the last part of one: "a Lakeside-born lawyer", "state-owned"
        if token.lemma.lower() == "be":
            # "there is no racism": the predicate is the claim, not "is"
            copula_at = i if copula_at < 0 else copula_at
            continue
        if token.lemma.lower() == "have" and _perfect(tokens, i):
            continue  # "they had subpoenaed": the auxiliary, whatever the tagger says
        if copula_at >= 0 and any(t.upos in ("NOUN", "ADJ") for t in tokens[copula_at + 1 : i]):
            break  # "the package was similar to the ones sent...": the copula is the claim
        if strict and i and tokens[i - 1].text.lower() == "to":
            continue  # an infinitive is not the finite verb ("determined to keep")
        if i and tokens[i - 1].text.lower() in ("who", "which") and tokens[i - 1].upos == "PRON":
            continue  # a relative clause: "Democrats who voted to reopen ... said"
        if i and (token.text[:1].isupper() or _naming(tokens, i)):
            continue  # inside a name ("Advancement of Colored People") or "a group called X"
        if i and tokens[i - 1].upos in ("ADP", "SCONJ"):
            continue  # a gerund in a phrase: "with a record of challenging the leaders"
        if _modifier(tokens, i):
            continue  # a participle before a noun: "a fast-moving storm", "the proposed bill"
        if _plural_subject(tokens, i):
            continue  # "Party switches in state legislatures are uncommon": a noun
        if _reduced_relative(tokens, i):
            continue  # "A union representing 40,000 teachers filed suit": the union's verb
        if _framing(tokens, i):
            continue  # "The bill comes as the state prepares...": the claim follows "as"
        phrase = _phrase_classes(stems, i)
        keys = _keys(stems[i], phrase)
        classes = table.single.get(stems[i], frozenset()) | phrase
        # "announced Thursday that he would delay the address" reports the news after "that"
        announces = "announce" in classes and any(_that(t) for t in tokens[i + 1 : i + 4])
        # "said no" is a refusal, not attribution: a phrase's own class decides; and "did not
        # respond to a request for comment" reports no speech: not responding is the claim
        speech = (
            REPORT in classes
            and not (phrase and REPORT not in phrase)
            and not _denied_speech(tokens, i)
        )
        if (speech or announces) and not _makes_something(tokens, i):
            if speaker_at < 0:
                speaker_at = i  # "X said (that) Y": X is who the claim is about
            continue
        if (
            token.lemma.lower() in LIGHT_VERBS
            and not _phrase_classes(stems, i)
            and not (i + 1 < len(tokens) and tokens[i + 1].text.lower() in _PARTICLES)
        ):
            # "made the announcement": the object names the action, not "made" (but "took aim
            # at" is a news-verb phrase of its own)
            noun = next(
                (j for j in range(i + 1, min(i + 5, len(tokens))) if tokens[j].upos == "NOUN"),
                None,
            )
            if noun is not None:
                return _keys(stems[noun]), noun, speaker_at
        return keys, i, speaker_at
    return frozenset(), -1, speaker_at


_ONE_PEOPLE = {"employe": "worker", "staffer": "worker", "legisl": "lawmak", "pupil": "student"}
"""Stems of words outlets use for one group of people ("employees" / "workers"): a claim
about them is the same claim in either word."""


@lru_cache(maxsize=16384)
def claim_of(text: str) -> Claim:
    """Return the claim of one sentence (our brackets already resolved into plain words)."""
    bare = outside_quotes(text)
    tokens: list[Tagged] = tag(text)
    stems = [_ONE_PEOPLE.get(w, w) for w in (stem(t.lemma or t.text) for t in tokens)]
    # (a phrase is matched on the words as written too: the lemma of "lay" in "lay off" is
    # "lie")
    surface = [stem(t.text.lower()) for t in tokens]
    for i in range(len(stems)):
        if stems[i] != surface[i] and _phrase_classes(surface, i) and not _phrase_classes(stems, i):
            stems[i] = surface[i]
    quoted = [bare[t.start : t.end] != t.text for t in tokens]
    actions: set[str] = set()
    for i, token in enumerate(tokens):
        if _acting(token) and not (token.upos == "VERB" and _modifier(tokens, i)):
            # "the authorized officers" names them; it does not say anyone authorized anything
            actions |= _keys(stems[i], _phrase_classes(stems, i))
    aside = _subordinate(tokens)
    main, main_at, speaker_at = _main_verb(tokens, stems, quoted, aside)
    if not main:
        # "X is a former minister", "X had been vague": the predicate noun or adjective
        for i, token in enumerate(tokens):
            if token.upos in ("AUX", "VERB") and token.lemma.lower() == "be" and not aside[i]:
                run = _predicate(tokens, i + 1)
                if run:
                    main = frozenset().union(
                        *(_keys(stems[j], _phrase_classes(stems, j)) for j in run)
                    )
                    main_at = run[-1]
                    # "is married to": what the predicate says is what the sentence can state
                    actions |= main
                break
    if not main:
        # "Harmon, in a letter, rejected...": the verb after the inserted phrase is the main one
        aside = _subordinate(tokens, participles=False)
        main, main_at, speaker_at = _main_verb(tokens, stems, quoted, aside, strict=False)
    reported = 0 <= speaker_at < main_at
    at = speaker_at if reported else main_at
    # "A union representing Kentucky teachers filed suit": the union acts, not Kentucky
    at = next(
        (i for i in range(at) if not aside[i] and not quoted[i] and _reduced_relative(tokens, i)),
        at,
    )
    if main_at < 0:
        # "Lee called the proposal “a reckless waste”": Lee is the actor, whatever the claim
        at = _calls(tokens)
    attribution = _attribution(tokens, speaker_at if reported else -1)
    # whom it was told is no name of the claim; the names either side of "said" stay apart
    told = {tokens[j].start for j in attribution}
    subject = tokens[at].start if at >= 0 else len(text)
    actor = _actor_words(tokens, tokens[at].start if at >= 0 else None)
    runs = [run for run in _name_runs(tokens, described=False) if run[0] not in told]
    core = main
    if main_at >= 0:
        # "announced her decision to veto", "vowed to block": the infinitive is the news
        for j in range(main_at + 1, min(main_at + 6, len(tokens) - 1)):
            if tokens[j].text.lower() == "to" and (
                tokens[j + 1].upos == "VERB"
                # "is preparing to issue subpoenas": the tagger reads "issue" as a noun there
                or (
                    j == main_at + 1
                    and tokens[j + 1].upos == "NOUN"
                    and tokens[main_at].lemma.lower() in _WANTING
                )
            ):
                k = j + 1
                if (
                    tokens[k].lemma.lower() in _TRYING
                    and k + 2 < len(tokens)
                    and tokens[k + 1].text.lower() == "to"
                    and tokens[k + 2].upos == "VERB"
                ):
                    k += 2  # "filed suit to try to kill the rule": the attempt is to kill it
                core = main | _keys(stems[k], _phrase_classes(stems, k))
                break
        else:
            # "announced Thursday that he would delay the address": the clause is the news
            that = next(
                (j for j in range(main_at + 1, min(main_at + 4, len(tokens))) if _that(tokens[j])),
                None,
            )
            verb = (
                next(
                    (
                        k
                        for k in range(that + 1, min(that + 8, len(tokens)))
                        if tokens[k].upos == "VERB" and tokens[k].lemma.lower() != "be"
                    ),
                    None,
                )
                if that is not None
                else None
            )
            if verb is not None:
                core = main | _keys(stems[verb], _phrase_classes(stems, verb))
    return Claim(
        actions=frozenset(actions),
        main=main,
        names=frozenset(h for start, h in runs),
        placed=frozenset(h for start, h in runs if _placed(tokens, start)),
        actor=actor,
        body=bool(actor & _org_words())
        or any(t.text.isupper() and t.text.lower() in actor for t in tokens if len(t.text) >= 3),
        # the actor is the name nearest before the main verb; none there ("The council
        # approved...", "A jury in Harlow City convicted...") means an unnamed actor, not the
        # first name of the object
        first=(first_name(text, subject) if at >= 0 else first_name(text))
        if at < 0 or _before_place(tokens, at - 1) == at - 1
        else None,
        words=frozenset(content_words(text)) - frozenset(stem(tokens[j].text) for j in attribution),
        negated=_NEGATION.search(bare) is not None,
        tokens=tuple(tokens),
        stems=tuple(stems),
        core=core,
        main_at=main_at,
        subject=_subject_noun(tokens, stems, at),
        reported=reported,
        self_report=reported and _speaks_of_self(tokens, speaker_at, main_at),
        speaker_acts=reported and _speaks_of_self(tokens, speaker_at, main_at, acts=True),
    )


_SELF = frozenset("he she they i we".split())


def _speaks_of_self(
    tokens: Sequence[Tagged], speaker_at: int, main_at: int, *, acts: bool = False
) -> bool:
    """Return True when the clause a speech verb reports has a pronoun for its subject ("Lee
    stated clearly he had not served"): the speaker's claim about themselves. With `acts`, also
    after a day ("said Tuesday he would") and with "it" where the speaker is a body
    ("Halvorsen Appliance said it will cut 1,800 jobs", see `_body_speaks`): the speaker tells
    of its own act."""
    for t in tokens[_hearer_end(tokens, speaker_at) : main_at]:
        low = t.text.lower()
        if low in _SELF or (acts and low == "it" and _body_speaks(tokens, speaker_at)):
            return True
        if acts and low in _DATE_WORDS:
            continue
        if t.upos in ("NOUN", "PROPN", "DET", "NUM"):
            return False  # "said the plan", "said Reyes": someone or something else
    return False


def _body_speaks(tokens: Sequence[Tagged], speaker_at: int) -> bool:
    """Return True when the subject of the speech verb at `speaker_at` is an organization, not
    a person: "the company", "Halvorsen Appliance Co.", "the FBI", or a name of two or more
    words whose first is no first name ("Halvorsen Appliance"); an appositive between it and
    the verb is skipped ("Halvorsen Appliance, one of the last large manufacturers, said")."""
    end = speaker_at
    if end and tokens[end - 1].text == ",":
        end = next((k for k in range(end - 2, -1, -1) if tokens[k].text == ","), end)
    start = end
    while start and (
        _is_name(tokens, start - 1) or tokens[start - 1].text.rstrip(".") in LEGAL_FORMS
    ):
        start -= 1
    run = [t.text for t in tokens[start:end]]
    if not run:
        # "the company said", "the agency said"
        noun = tokens[end - 1] if end else None
        return (
            noun is not None
            and noun.upos == "NOUN"
            and (noun.lemma.lower() in _org_words() or stem(noun.lemma.lower()) in _BODY_NOUNS)
        )
    if any(w.rstrip(".") in LEGAL_FORMS or w.lower() in _org_words() for w in run):
        return True
    if len(run) == 1:
        # "the FBI"; "Lee said it" is Lee's word on something else
        return len(run[0]) >= 2 and run[0].isalpha() and run[0].isupper()
    return not is_first_name(run[0]) and run[0].lower().rstrip(".") not in HONORIFICS


def _hearer_end(tokens: Sequence[Tagged], speaker_at: int) -> int:
    """Return the position after a speech verb and whom it was told ("told the Times",
    "assured reporters"): where the reported clause starts."""
    end = speaker_at + 1
    if tokens[speaker_at].lemma.lower() not in _TOLD_VERBS:
        return end
    if end < len(tokens) and tokens[end].upos == "DET":
        end += 1
    while end < len(tokens) and tokens[end].upos in ("PROPN", "NOUN", "ADJ"):
        end += 1
    return end


def _attribution(tokens: list[Tagged], speaker_at: int) -> range:
    """Return the positions of the attribution verb and whom it was told ("told Fox News";
    not "said Reyes was leaving": the name after "said" is the reported clause's)."""
    if speaker_at < 0:
        return range(0)
    end = speaker_at + 1
    if tokens[speaker_at].lemma.lower() not in _TOLD_VERBS:
        return range(speaker_at, end)
    while (
        end < len(tokens)
        and tokens[end].upos in ("PROPN", "ADJ")
        and tokens[end].text[:1].isupper()
    ):
        end += 1
    return range(speaker_at, end)


_WANTING = frozenset(
    "prepare plan vow agree decide want seek try threaten promise refuse pledge hope intend "
    "aim".split()
)
"""Verbs whose "to" opens an infinitive, never a place ("prepared to issue", "vowed to block")."""
_TOLD_VERBS = frozenset({"tell", "inform", "assure", "remind", "notify", "brief", "warn"})
"""Speech verbs whose object is the hearer ("told Fox News", "assured Lakeside voters")."""


def _subject_noun(tokens: list[Tagged], stems: list[str], at: int) -> str | None:
    """Return the stem of the common noun heading the subject before position `at`, if the
    subject is one ("The stadium program allows" -> "program"; not "in the city")."""
    j = at - 1
    while j >= 0 and tokens[j].upos in ("AUX", "ADV", "PART"):
        j -= 1
    j = _before_place(tokens, j)
    if j < 0 or tokens[j].upos != "NOUN":
        return None
    k = j
    while k > 0 and tokens[k - 1].upos in ("NOUN", "ADJ", "DET", "NUM", "PROPN", "PUNCT"):
        if tokens[k - 1].text == ",":
            break
        k -= 1
        if tokens[k].upos == "DET":
            break  # the determiner opens the noun phrase
    if k > 0 and tokens[k - 1].upos == "ADP":
        return None
    return stems[j]


def _before_place(tokens: Sequence[Tagged], j: int) -> int:
    """Return the position of the common noun a place or day phrase ending at `j` modifies ("A
    federal jury [in Harlow City] convicted", "The jury [on Thursday] found"), else `j`."""
    k = j
    while k >= 0 and tokens[k].upos == "PROPN":
        k -= 1
    if k == j or k < 0:
        return j
    if tokens[k].upos == "DET":
        k -= 1
    if k >= 1 and tokens[k].text in _PLACE_PREPOSITIONS and tokens[k - 1].upos == "NOUN":
        return k - 1
    return j


def _predicate(tokens: list[Tagged], start: int) -> list[int]:
    """Return the nouns and adjectives of the phrase at `start` ("the right move")."""
    i = start
    while i < len(tokens) and tokens[i].upos in ("DET", "ADV", "PART"):
        i += 1
    run = []
    while i < len(tokens) and tokens[i].upos in ("NOUN", "PROPN", "ADJ", "NUM"):
        if tokens[i].upos in ("NOUN", "ADJ"):
            run.append(i)
        i += 1
    return run


def _hits(claim: Claim, keys: frozenset[str]) -> list[int]:
    """Return the positions of the verbs and nouns of `claim` that match action `keys` (and
    its main predicate's: "is married to")."""
    tokens, stems = list(claim.tokens), list(claim.stems)
    return [
        i
        for i, token in enumerate(tokens)
        if (_acting(token) or i == claim.main_at)
        and not (token.upos == "VERB" and (_modifier(tokens, i) or _capacity(tokens, i)))
        and keys & _keys(stems[i], _phrase_classes(stems, i))
    ]


def _after_quoted_verb(claim: Claim, text: str) -> bool:
    """Return True when the main verb completes a verb inside quotation marks ("Lee is
    “seriously considering” appointing a Republican"): the quoted words are the predicate, so
    the act is only what the speaker says she weighs, and another outlet states the claim only
    by quoting them (`_quoted_statement`)."""
    i = claim.main_at
    if i < 2 or claim.tokens[i - 1].text not in ('"', "”", "’", "''"):
        return False
    return any(
        t.upos in ("VERB", "AUX") and _quoted(text, t) for t in claim.tokens[max(0, i - 5) : i - 1]
    )


_CAPACITIES = frozenset(
    "ability power authority right chance opportunity option freedom permission leeway "
    "discretion".split()
)


def _capacity(tokens: Sequence[Tagged], i: int) -> bool:
    """Return True for a verb that names what someone may do ("gives Lee the ability to
    appoint the chair", "the power to subpoena"): no act is done."""
    return (
        i >= 2 and tokens[i - 1].text.lower() == "to" and tokens[i - 2].lemma.lower() in _CAPACITIES
    )


_FIRST_PERSON = frozenset("i we me us".split())


def _first_person_before(tokens: Sequence[Tagged], i: int) -> bool:
    """Return True when a first-person pronoun stands among the few words before token i."""
    return any(t.text.lower() in _FIRST_PERSON for t in tokens[max(0, i - 4) : i])


def _acts_before(claim: Claim, keys: frozenset[str], actor: str, text: str) -> bool:
    """Return True when `text` names `actor` as the one doing the action `keys`.

    For a verb the actor comes before it ("Lee signed"); a noun names its actor anywhere
    ("opposition from Lee", "Lee's veto", "supporters, including Lee"). Words inside
    quotation marks are what someone said, never the action the writer reports.
    """
    for i in _hits(claim, keys):
        if _quoted(text, claim.tokens[i]) and not _first_person_before(claim.tokens, i):
            # "Lee said, “a council that can pass the budget”": Lee passes nothing; "“I have
            # decided to step down,” Lee wrote" is Lee stepping down
            continue
        if claim.tokens[i].upos != "VERB":
            if actor in lower_words(text):
                return True
        elif actor in lower_words(text[: claim.tokens[i].start]) and not _other_subject(
            claim, actor, i
        ):
            return True
    return False


_CLAUSE_OPENERS = frozenset("which who that when while after before because as since if ;".split())
"""Words after which a name is the subject of a clause of its own."""


def _other_subject(claim: Claim, actor: str, i: int) -> bool:
    """Return True when the verb at i has a subject of its own that is not `actor`: a name
    right before it, only a description or auxiliaries between ("Lee cited a column in which
    the writer Tom Reyes, an old rival, had laughed it off": Reyes laughed, not Lee)."""
    tokens = claim.tokens
    aside = _described(tokens)
    j = i - 1
    while j >= 0 and (
        aside[j]
        or tokens[j].upos in ("AUX", "ADV", "PART")
        or tokens[j].text == ","
        or tokens[j].text.lower() in _NOT_NAMES  # "The House on Friday approved"
        or (tokens[j].upos == "ADP" and j + 1 < i and tokens[j + 1].text.lower() in _NOT_NAMES)
    ):
        j -= 1
    if j < 0 or not _is_name(tokens, j):
        return False
    # the whole name ("House of Representatives", "Ann Lee"): the actor may be any word of it
    run = set()
    while j >= 0 and (
        _is_name(tokens, j) or (tokens[j].text == "of" and j and _is_name(tokens, j - 1))
    ):
        run.add(_name_word(tokens[j].text))
        j -= 1
    if any(_same_head(word, actor) for word in run):
        return False
    # the name opens a clause of its own ("in which the writer Tom Reyes had laughed"), not
    # the end of the actor's phrase ("Letters mentioning her meetings with Tom Reyes were handed")
    while j >= 0 and tokens[j].upos in ("DET", "ADJ", "NOUN"):
        j -= 1
    return j < 0 or tokens[j].text.lower() in _CLAUSE_OPENERS


def _same_subject(a: Claim, b: Claim, other: str) -> bool:
    """Return True when `b` states `a`'s action by the unnamed actor `a` names.

    With a subject noun ("The council approved"), some verb of `b` matching the action has
    that noun before it, no subject of its own, or one `a` mentions ("The city reopened the
    bridge" / "The bridge reopened"); "The group drafted a resolution condemning the
    organization" does not state "The organization condemned...". With no subject noun
    ("Lee, as usual, fired back", the tagger missing the name), the first word of `a`'s
    subject must come before the verb in `b`.
    """
    if a.subject is None:
        lead = [
            a.stems[j]
            for j in range(a.main_at)
            if a.tokens[j].upos in ("NOUN", "PROPN", "PRON") and a.stems[j] not in STOPWORDS
        ]
        if not lead:
            return True
        return any(lead[0] in b.stems[:i] for i in _hits(b, a.main))
    for i in _hits(b, a.main):
        if a.subject in b.stems[:i]:
            return True
        named = first_name(other, b.tokens[i].start)
        noun = _subject_noun(list(b.tokens), list(b.stems), i)
        subject = noun or named
        if subject is None and a.subject not in b.stems:
            return True
        if subject is not None and (subject in a.words or subject in a.names):
            return True
        if named is not None and named in lower_words(" ".join(t.text for t in a.tokens)):
            return True
    return False


_NOT = frozenset({"not", "n't", "n’t", "never", "no"})


def _negated_at(claim: Claim, i: int) -> bool:
    """Return True when a negation comes just before position i ("did not sign")."""
    return any(t.text.lower() in _NOT for t in claim.tokens[max(0, i - 3) : i])


_NOT_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)


def _is_name(tokens: Sequence[Tagged], i: int) -> bool:
    """Return True for a proper noun, or a capitalised noun inside the sentence ("Hope")."""
    token = tokens[i]
    if len(token.text) >= 2 and token.text.isalpha() and token.text.isupper():
        return token.text != "I"  # "ACLU", "NATO" (the tagger calls some of them nouns)
    if i == 0 and token.upos == "PROPN" and _common_plural(tokens):
        return False  # "Nurses voted 94 percent...": a capital that only opens the sentence
    capitalised = i > 0 and token.text[:1].isupper() and token.text[1:].islower()
    if token.upos == "ADJ" and capitalised and i + 1 < len(tokens):
        return _is_name(tokens, i + 1)  # "the Lakeside Tea Party", not "the American people"
    return token.upos == "PROPN" or (token.upos == "NOUN" and capitalised)


_PARTY = frozenset("D R I".split())


def _common_plural(tokens: Sequence[Tagged]) -> bool:
    """Return True when a sentence opens on a plural common noun the tagger took for a name
    ("Nurses voted"): a word in "-s" whose singular the tagger knows as a noun, followed by a
    word in lower case; not a party's people ("Democrats") nor a name ("Ross said")."""
    from briefing.text.tagger import default_tagger

    word = tokens[0].text
    if not (word.endswith("s") and word[:1].isupper() and word[1:].islower()):
        return False
    if len(tokens) < 2 or not tokens[1].text[:1].islower():
        return False
    if word.lower() in _PARTY_PEOPLE:
        return False
    singular = word.lower()[:-1]
    return singular in default_tagger().known["NOUN"] and not is_first_name(word)


_PARTY_PEOPLE = frozenset("democrats republicans independents".split())


_DASHES = frozenset({"--", "—", "–"})
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
"""A dash after a date opens no description of anyone ("in May — a week after ...")."""
DASH_ASIDE = 40
"""How many tokens after a name a closing dash may come to make the pair an aside."""


def _described(tokens: Sequence[Tagged]) -> list[bool]:
    """Return, per token, whether it only describes the name before it: an apposition or a
    relative clause ("Lee, a former Baptist minister,", "Lee, who chairs the Ways and Means
    Committee,"), a parenthesis or a pair of dashes, or a party-and-state tag ("(D-Nev.)",
    "R-Calif.")."""
    out = [False] * len(tokens)
    depth = 0
    for i, token in enumerate(tokens):
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
            out[i] = True
        if depth:
            out[i] = True
        if token.text == "-" and i and tokens[i - 1].text in _PARTY and i + 1 < len(tokens):
            out[i - 1] = out[i] = out[i + 1] = True
        if (
            token.text in _DASHES
            and i
            and _is_name(tokens, i - 1)
            and tokens[i - 1].text.lower().strip(".") not in _DATE_WORDS
            and not out[i]
        ):
            # "Lee -- the first mayor in 40 years to resign -- was leaving": a pair of dashes
            close = next(
                (
                    j
                    for j in range(i + 1, min(len(tokens), i + DASH_ASIDE))
                    if tokens[j].text in _DASHES
                ),
                None,
            )
            if close is not None:
                for j in range(i, close + 1):
                    out[j] = True
        if token.text == "of" and i and tokens[i - 1].upos == "PROPN":
            # "Senator Ann Lee of Ohio", "Lee, Democrat of New York,": where she is from
            state = _state_at(tokens, i + 1)
            if state:
                for j in range(i, i + 1 + state):
                    out[j] = True
    i = 1
    while i < len(tokens) - 1:
        nxt = tokens[i + 1].text.lower()
        if not (tokens[i].text == "," and _is_name(tokens, i - 1)) or _in_opening_phrase(
            tokens, i - 1
        ):
            i += 1
            continue
        end = _segment_end(tokens, i + 1)
        if not (
            nxt in ("a", "an", "the", "who", "whose")
            or tokens[i + 1].text == "former"
            or _description(tokens, i + 1, end)
            or _from_place(tokens, i + 1, end)
            or _aged(tokens, i + 1, end)
            or _participle_aside(tokens, i + 1, end)
        ):
            i += 1
            continue
        # "Lee, a former minister, tea party congressman and father of five, will...": each
        # verbless segment with a common noun before the next comma describes her too
        while True:
            for j in range(i + 1, end):
                out[j] = True
            if end >= len(tokens) or tokens[end].text != ",":
                break
            if end + 1 < len(tokens) and tokens[end + 1].text == "of":
                # "Ann Lee, 56, of South Lakeside was...": where she is from, no comma after
                j = end + 2
                while j < len(tokens) and tokens[j].upos == "PROPN":
                    j += 1
                if j > end + 2 and j < len(tokens) and tokens[j].upos in ("VERB", "AUX"):
                    for k in range(end + 1, j):
                        out[k] = True
                    end = j
                    break
            after = _segment_end(tokens, end + 1)
            if (
                after >= len(tokens)
                or tokens[after].text != ","
                or not (_description(tokens, end + 1, after) or _from_place(tokens, end + 1, after))
            ):
                break
            i, end = end, after
        i = end
    return out


def _state_at(tokens: Sequence[Tagged], start: int) -> int:
    """Return how many tokens at `start` name a US state ("Ohio", "New York", "Ky."), else 0."""
    states = _state_names()
    for size in (2, 1):
        words = [t.text.strip(".").lower() for t in tokens[start : start + size]]
        if len(words) == size and " ".join(words) in states:
            return size
    return 0


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    from briefing.text.wordlists import mapping, state_names

    # the states' names and their abbreviations ("ky")
    return state_names() | frozenset(k.rstrip(".") for k in mapping("us_states"))


def _aged(tokens: Sequence[Tagged], start: int, end: int) -> bool:
    """Return True for an age between commas ("Ann Lee, 56, of Lakeside"): it describes her."""
    return end == start + 1 and end < len(tokens) and tokens[start].upos == "NUM"


_PARTY_MEMBERS = frozenset("Democrat Republican Independent".split())


def _from_place(tokens: Sequence[Tagged], start: int, end: int) -> bool:
    """Return True for a segment saying where someone is from ("of South Lakeside",
    "Democrat of Ohio")."""
    segment = tokens[start:end]
    if segment and segment[0].text in _PARTY_MEMBERS:
        segment = segment[1:]
    return (
        1 < len(segment) <= 5
        and end < len(tokens)
        and segment[0].text == "of"
        and all(t.upos == "PROPN" for t in segment[1:])
    )


def _participle_aside(tokens: Sequence[Tagged], start: int, end: int) -> bool:
    """Return True for a participial phrase between commas after a name ("Lee, returning to
    Lakeside after a week away, posted..."): what she was doing, not what the sentence says
    she did; the verb after the closing comma is the claim's."""
    return (
        end - start >= 2
        and end + 1 < len(tokens)
        and tokens[start].upos == "VERB"
        and tokens[start].text.endswith("ing")
        and tokens[end].text == ","
        and tokens[end + 1].upos in ("VERB", "AUX")
    )


def _segment_end(tokens: Sequence[Tagged], start: int) -> int:
    """Index of the first comma, semicolon or closing parenthesis at or after `start`."""
    j = start
    while j < len(tokens) and tokens[j].text not in (",", ";", ")"):
        j += 1
    return j


def _description(tokens: Sequence[Tagged], start: int, end: int) -> bool:
    """Return True for a segment that describes rather than acts: no verb, a common noun
    ("President Lee’s first national security adviser", "tea party congressman")."""
    segment = tokens[start:end]
    return (
        0 < len(segment) <= 16
        and end < len(tokens)
        # ("Puerto Rican-born": a compound, no verb of the clause)
        and not any(
            t.upos in ("VERB", "AUX") and tokens[start + k - 1].text != "-"
            for k, t in enumerate(segment)
        )
        and any(t.upos == "NOUN" and t.text[:1].islower() for t in segment)
    )


_PLACE_PREPOSITIONS = frozenset("in on at over via across near".split())


_PLACE_SERVICES = frozenset("police fire sheriff's schools school transit water".split())
"""A place's public services, named after it in lower case ("Millbrook Falls police")."""


def _placed(tokens: Sequence[Tagged], start: int) -> bool:
    """Return True when the name at offset `start` follows a preposition of place or medium
    ("in Iowa", "on the Senate floor", "over Twitter"), or is the place whose service a title
    names ("Millbrook Falls police Sergeant Ann Lee")."""
    at = next((i for i, t in enumerate(tokens) if t.start == start), 0)
    end = at
    while end + 1 < len(tokens) and tokens[end + 1].upos == "PROPN":
        end += 1
    if end + 1 < len(tokens) and tokens[end + 1].text in _PLACE_SERVICES:
        return True  # "Millbrook Falls police Sergeant Ann Lee": whose police, the setting
    j = at - 1
    if j >= 0 and tokens[j].upos == "DET":
        j -= 1
    return j >= 0 and tokens[j].text.lower() in _PLACE_PREPOSITIONS


# ("Halvorsen Appliance Co." is Halvorsen Appliance)
_SUFFIXES = frozenset(s.lower() for s in (*SUFFIXES, *LEGAL_FORMS))


def _name_runs(tokens: Sequence[Tagged], described: bool = True) -> list[tuple[int, str]]:
    """Return (position, head) of each run of proper nouns: "Gov. Dale Harmon" -> "harmon".

    With `described` False, the names that only describe another ("Lee, a former Baptist
    minister") are left out: they say who someone is, not what the sentence claims.
    """
    runs: list[tuple[int, str]] = []
    aside = [False] * len(tokens) if described else _described(tokens)
    i = 0
    person_end = -1  # where the last run that names a person by first name ended
    while i < len(tokens):
        if not _is_name(tokens, i) or aside[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and _is_name(tokens, j + 1) and not aside[j + 1]:
            j += 1
        if not described and person_end == i - 2 and tokens[i - 1].text == "of":
            # "Governor Dana Whitcomb of Aldora vetoed": where she is from, not who acts
            i = j + 1
            continue
        if any(is_first_name(t.text) for t in tokens[i:j]):
            person_end = j
        head = _name_word(tokens[j].text)
        if head in _SUFFIXES and j > i:
            # "Ann Lee Jr.": named by her surname, as "Mr. Lee" names her
            head = _name_word(tokens[j - 1].text)
        if len(head) >= 2 and head not in STOPWORDS and head not in _NOT_NAMES:
            runs.append((tokens[i].start, head))
        i = j + 1
    return runs


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    from briefing.text.wordlists import mapping, words

    return frozenset(k.rstrip(".") for k in mapping("titles")) | frozenset(
        w.rstrip(".").lower() for w in words("honorifics")
    )


@lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    from briefing.text.wordlists import words

    return ORG_WORDS | COMPANY_WORDS | words("place_words") | {"house", "senate", "committee"}


def _actor_words(tokens: Sequence[Tagged], before: int | None) -> frozenset[str]:
    """Return the words of the name nearest before offset `before` that tell it apart.

    A name inside a phrase ("commissioners in Riverside, Ohio, voted") is where, not who.
    """
    run: list[str] = []
    i = 0
    found: list[list[str]] = []
    # "The leaders of the Senate committee said": a body named after its people, who only
    # speak for it (used when no other name is the subject)
    members_of: list[list[str]] = []
    in_phrase = False
    aside = _described(tokens)
    while i < len(tokens):
        if aside[i]:
            i += 1
            continue
        if _is_name(tokens, i) and (before is None or tokens[i].start < before):
            prev = tokens[i - 1] if i else None
            if prev is not None and prev.upos == "DET" and i >= 2:
                prev = tokens[i - 2]  # "on the Senate floor": where, not who
            in_phrase = prev is not None and (
                prev.upos == "ADP" or prev.text == "-" or (prev.text == "," and in_phrase)
            )  # "-": a party-and-state tag, "Sen. Lee, D-N.Y.,"
            run = []
            start = i
            while i < len(tokens) and _is_name(tokens, i) and not aside[i]:
                run.append(_name_word(tokens[i].text))
                i += 1
            run = [
                w
                for w in run
                if len(w) >= 2 and w not in _titles() and w not in _NOT_NAMES | _SUFFIXES
            ]
            if (
                i < len(tokens)
                and tokens[i].upos in ("VERB", "AUX")
                and tokens[i - 1].text != ","
                and not _from_named(tokens, start)
                # ("A federal jury in Harlow City convicted": the jury acts, not the city)
                and _before_place(tokens, i - 1) == i - 1
            ):
                # "in Lakeside, Ohio, Lee had dismissed": the name right before the verb is
                # its subject, whatever place came before it (not in "Ann Lee of Riverside
                # said": where the person named just before is from)
                in_phrase = False
            if run and not in_phrase:
                found.append(run)
            elif run and _members_of(tokens, start):
                # "the Senate intelligence committee": the body's own noun is part of its name
                body = _body_word(tokens, i)
                if body or set(run) & _org_words():
                    members_of.append(run + body)
            if before is None and found:
                break
            continue
        i += 1
    found = found or members_of
    if not found:
        return frozenset()
    words = found[-1]
    if len(words) >= 2:
        # a person is named by surname ("Mr. Harmon" for "Dale Harmon"); a body by every word
        # ("House Intelligence Committee", not the Senate's)
        words = words if set(words) & _org_words() else words[-1:]
    return frozenset(w for w in words if len(w) >= 2 and w not in STOPWORDS)


_MEMBERS = frozenset(
    """leaders leader members member heads head chairman chairwoman chair officials
    spokesman spokeswoman""".split()
)


def _from_named(tokens: Sequence[Tagged], i: int) -> bool:
    """Return whether the name at `i` follows "<a name> of": "Ann Lee of Riverside"."""
    return i >= 2 and tokens[i - 1].text == "of" and _is_name(tokens, i - 2)


def _body_word(tokens: Sequence[Tagged], i: int) -> list[str]:
    """Return ["committee"] when the words from `i` end the name of a body on its noun ("the
    Senate [intelligence committee]", "the House [tax-writing committee]"), else []."""
    for t in tokens[i : i + 6]:
        word = t.text.lower()
        if stem(word) in _BODY_NOUNS:
            return [word]
        if t.upos not in ("NOUN", "ADJ", "PUNCT", "PROPN") or t.text in (",", ";", ":"):
            break
    return []


def _members_of(tokens: Sequence[Tagged], i: int) -> bool:
    """Return whether the name at `i` follows "<leaders|members|chairman...> of (the)"."""
    j = i - 1
    if j >= 0 and tokens[j].upos == "DET":
        j -= 1
    return j >= 1 and tokens[j].text.lower() == "of" and tokens[j - 1].text.lower() in _MEMBERS


def first_name(text: str, before: int | None = None) -> str | None:
    """Return the head of the name nearest before offset `before` (the actor of the verb there),
    or of the first name in text when `before` is None."""
    runs = _name_runs(tag(text), described=False)
    if before is None:
        return runs[0][1] if runs else None
    found = [head for start, head in runs if start < before]
    return found[-1] if found else None


_DOTTED = re.compile(r"(?:[a-z]\.){2,}[a-z]")


@lru_cache(maxsize=65536)
def lower_words(text: str) -> frozenset[str]:
    """Return the words of `text`, lower-cased, as the citation test compares names."""
    words = {w.strip(".'’").lower() for w in re.findall(r"[\w'’.-]+", text)}
    # "the Committee’s first hearing" names the committee
    words |= {w[:-2] for w in words if w.endswith(("'s", "’s"))}
    # "GOP representatives" are Republicans, "Dems" Democrats: one party, two names
    words |= {alias for w in words for alias in _PARTY_ALIASES.get(w, ())}
    # "A.C.L.U." is "ACLU" (one outlet's style dots initials, another's does not)
    return frozenset(words | {w.replace(".", "") for w in words if _DOTTED.fullmatch(w)})


def _same_head(head: str | None, actor: str | None) -> bool:
    """Return True when two name heads name one actor ("gop" and "republicans")."""
    return head == actor or (head is not None and actor in _PARTY_ALIASES.get(head, ()))


_PARTY_ALIASES = {
    "gop": ("republican", "republicans"),
    "republican": ("gop",),
    "republicans": ("gop",),
    "dems": ("democrats", "democratic"),
    "democrats": ("dems",),
}


def _name_word(token: str) -> str:
    """Return a name's word as the citation test compares it: lower case, no possessive, no
    edge punctuation, initials undotted ("Reyes’s" -> "reyes", "F.B.I." -> "fbi")."""
    return _undotted(re.sub(r"['’]s$", "", token).strip(".,;:").lower())


def _undotted(word: str) -> str:
    """Return "fbi" for "f.b.i" (lower-cased initials), any other word as it is."""
    return word.replace(".", "") if _DOTTED.fullmatch(word) else word


_CIRCUMSTANCE = re.compile(
    r"^(?:Citing|Speaking|Testifying|Appearing|Writing|Responding|Addressing|Announcing|"
    r"Campaigning|Asked|Interviewed)\b"
)
"""Participles that say what the subject did or where, not how the writer reads it: "Citing
the Fifth Amendment, Reyes's lawyer said...", "Speaking at the White House, Lee praised..."."""


def opens_on_gloss(text: str) -> bool:
    """Return True for a sentence opening on a participle phrase or a lone adjective, the
    writer's reading before the news: "Attacking his rival, X said...", "In casting the plan
    as a compromise, ...", "Undaunted, X said..."; not "Citing ..." or "Speaking at ..."
    (`_CIRCUMSTANCE`), which report what the subject did."""
    if _CIRCUMSTANCE.match(text):
        return False
    tokens = tag(text)[:4]
    if len(tokens) > 2 and tokens[0].text in ("In", "By", "While", "After"):
        # "In casting the plan": a gerund with an object, however it is tagged
        word, after = tokens[1], tokens[2]
        return (
            word.text.endswith("ing")
            and word.upos in ("VERB", "NOUN")
            and after.upos in ("DET", "PRON", "PROPN")
        )
    if len(tokens) > 1 and tokens[1].text == "," and tokens[0].upos in ("ADJ", "VERB"):
        return True  # "Undaunted, X said...", "Defiant, ..."
    return bool(tokens) and tokens[0].upos == "VERB" and tokens[0].text.endswith("ing")


def describes_someone(text: str) -> bool:
    """Return True when a sentence only says who someone is ("Lee, 46, is married to Tom
    Reyes", "Lee was a friend of Reyes's"): its one verb is "be", its subject a person's
    name. That is background, not the news; so is a profile of someone by age that no day
    dates ("Lee, 54, has made campaign finance reform a central theme of her tenure")."""
    if _AGED_PROFILE.match(text) and not any(_times(text)) and not _TODAY.search(text):
        return True
    tokens = tag(outside_quotes(text))
    verbs = [
        t
        for i, t in enumerate(tokens)
        if t.upos in ("VERB", "AUX") and not _state_participle(tokens, i)
    ]
    if not verbs or any(t.upos == "VERB" or t.lemma.lower() != "be" for t in verbs):
        return False
    first = next((i for i, t in enumerate(tokens) if t.upos not in ("PUNCT", "DET")), None)
    if first is None or tokens[first].upos != "PROPN":
        return False
    # the subject is the name run up to the first comma or the copula
    subject = []
    for t in tokens[first:]:
        if t.upos == "AUX" or t.text == ",":
            break
        subject.append(t)
    return (
        bool(subject)
        and all(t.upos == "PROPN" for t in subject)
        and not (_org_words() & {t.text.lower() for t in subject})
    )


_AGED_PROFILE = re.compile(
    r"^\[?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}\]?,\s+\d{2},\s+(?:has|have)\s+(?:long\s+|also\s+)?"
    r"(?:made|served|represented|spent|worked|led|been|built|championed|focused|fought|held|"
    r"chaired|taught|lived|pushed)\b"
)
_TODAY = re.compile(r"\b(?:today|yesterday)\b")
# Participles that say what someone is after a form of "be" ("is married to", "was born in"),
# whether the tagger reads them as adjectives or as verbs
_STATES = frozenset("marry bear raise relate divorce engage widow educate base know".split())


def _state_participle(tokens: Sequence[Tagged], i: int) -> bool:
    """Return True when the token at `i` is a participle of state right after "be"."""
    token = tokens[i]
    return (
        token.upos == "VERB"
        and i > 0
        and tokens[i - 1].lemma.lower() == "be"
        and token.lemma.lower() in _STATES
        and token.text.lower().endswith(("ed", "n"))
    )


def has_verb(text: str) -> bool:
    """Return True when the sentence has a verb outside quotation marks (it asserts something;
    "Mr. Harmon's decision to leave the race." does not)."""
    bare = outside_quotes(text)
    tokens = tag(text)
    return any(
        t.upos in ("VERB", "AUX")
        and bare[t.start : t.end] == t.text
        and not (i and tokens[i - 1].text.lower() == "to")  # "decision to pull out" is no verb
        # "a well-regarded judge": half of a hyphenated modifier
        and not (i and tokens[i - 1].text == "-" and tokens[i - 1].end == t.start)
        # "With the moderator opening the debate." has none: an -ing form needs its "is"
        and not (t.upos == "VERB" and t.text.lower().endswith("ing"))
        # "The Alder Bay Building and Construction Trades Council.": a word of a name, however
        # the tagger reads it; a verb is capitalised only where the sentence starts
        and not (t.text[:1].isupper() and _before_words(tokens, i))
        for i, t in enumerate(tokens)
    )


def _before_words(tokens: Sequence[Tagged], i: int) -> bool:
    """Return True when a word comes before token `i` (not only quotation marks or dashes)."""
    return any(t.text[:1].isalnum() for t in tokens[:i])


def core_match(fact: str, other: str) -> bool:
    """Return True when `other` states the core of `fact`'s claim: its actor doing its action.

    Looser than `confirms` (no figures or details): it tells which claim the outlets' leads
    share, never whether to cite an outlet.
    """
    a, b = claim_of(fact), claim_of(other)
    # (a verb of speech in both is no shared act: "recall" is "said" too, as in "she recalled")
    if not (a.core - _SPEECH) & b.actions:
        return False
    if a.first is None:
        return len(a.words & b.words) >= 3
    return _acts_before(b, a.core, a.first, other) or _passed_body(a, b, other)


def _passed_body(a: Claim, b: Claim, other: str) -> bool:
    """Return True when `a` and `b` state one body's approval, one of them the other way
    round: "the House passed the bill" / "the bill passed the House" (the body right after
    the verb is the one that passed it)."""
    if "class:approve" not in a.main:
        return False
    body = _body_after(a) or (a.first if a.body else None)
    if "class:approve" not in b.main:
        return False  # "the bill failed in the House" is no passing
    if body is None:
        return False
    if _body_after(b) == body:
        return True
    return _acts_before(b, a.main, body, other)


def _body_after(claim: Claim) -> str | None:
    """Return the body an approval verb is followed by ("passed the House" -> "house",
    "passed the City Council" -> "council")."""
    if claim.main_at < 0 or claim.tokens[claim.main_at].upos != "VERB":
        return None
    found = None
    for j in range(claim.main_at + 1, min(claim.main_at + 5, len(claim.tokens))):
        if not _is_name(claim.tokens, j):
            if found is not None:
                break  # the name ended: "the City Council on Friday"
            continue
        word = claim.tokens[j].text.lower()
        if word in _org_words():
            found = word  # the head of the name comes last: "City Council" -> "council"
    return found


_BODY_NOUNS = frozenset(
    stem(w)
    for w in """group organization organisation association coalition union agency company firm
    committee panel movement body network campaign administration department""".split()
)
"""Nouns an outlet describes an organization by ("the nation's oldest civil rights group")."""


def _object_of(claim: Claim) -> str | None:
    """Return the noun the main verb acts on ("tweeted a link to..." -> "link"), if any."""
    if claim.main_at < 0 or claim.tokens[claim.main_at].upos != "VERB":
        return None
    for j in range(claim.main_at + 1, min(claim.main_at + 7, len(claim.tokens))):
        token = claim.tokens[j]
        if token.upos == "NOUN":
            # the head of the noun phrase: "the stadium bill" -> "bill", "a half-cent sales
            # tax" -> "tax" (a hyphen joins a word's parts, which the tagger splits)
            tokens = claim.tokens
            while True:
                if j + 1 < len(tokens) and tokens[j + 1].upos == "NOUN":
                    j += 1
                elif (
                    j + 2 < len(tokens)
                    and tokens[j + 1].text in ("-", "‑")
                    and tokens[j + 1].start == tokens[j].end
                    and tokens[j + 2].upos == "NOUN"
                ):
                    j += 2
                else:
                    break
            return tokens[j].lemma.lower()
        gerund = (
            token.upos == "VERB"
            and token.text.endswith("ing")
            and j + 1 < len(claim.tokens)
            and claim.tokens[j + 1].upos == "NOUN"
        )  # "approved signing bonuses": a gerund naming the noun's kind, not a verb
        if token.upos not in ("DET", "ADJ", "NUM", "PRON", "SYM") and not gerund:
            return None  # ("the $300 million bill")
    return None


def _object_stated(a: Claim, there: frozenset[str]) -> bool:
    """Return True when the words `there` (the citing sentence and the two after it, see
    `lower_words`) name the thing `a`'s main verb acts on, or a word of its family ("the
    bill" for "the measure", data/reference_nouns.txt)."""
    obj = _object_of(a)
    if obj is None or _phrase_classes(list(a.stems), a.main_at):
        return True  # no object, or one the action's phrase holds ("raised concerns")
    stems = {stem(w) for w in there}
    if any(w in there or stem(w) in stems for w in family_of(obj) | {obj}):
        return True
    # "eliminate 1,800 jobs" is "lay off 1,800 workers": the same count for the same action
    count = _object_count(a)
    return count is not None and set(re.findall(r"\w+", count.lower())) <= there


def _object_count(claim: Claim) -> str | None:
    """Return the figure that counts the main verb's object ("eliminate 1,800 jobs" ->
    "1,800"; not "cut $4 million"), if any."""
    for j in range(claim.main_at + 1, min(claim.main_at + 7, len(claim.tokens))):
        token = claim.tokens[j]
        if token.upos == "NUM":
            follows = claim.tokens[j + 1] if j + 1 < len(claim.tokens) else None
            before = claim.tokens[j - 1].text if j else ""
            if follows is not None and follows.upos == "NOUN" and before not in ("$", "£", "€"):
                return token.text if any(c.isdigit() for c in token.text) else None
            return None
        if token.upos not in ("DET", "ADJ", "ADV"):  # "about 1,800", "all 48,000"
            return None
    return None


_FOR_REASON = frozenset(
    f"class:{c}" for c in "criticize praise apologize sue fire arrest charge convict".split()
)
"""Actions whose "for ..." says which one: "criticized Lee for the delay" and "criticized Lee
for the tax plan" are two criticisms."""
_REASON_WORDS = 8
_IN_OBJECT = frozenset({"DET", "ADJ", "NUM", "PRON", "PROPN", "NOUN", "PART"})


def _reason_stated(a: Claim, there: frozenset[str]) -> bool:
    """Return True unless `a` criticizes, praises, sues (...) someone "for" something that no
    word of `there` tells: "criticized Lee for making a statement on the night of the vote"
    is not stated by "went after Lee's remark about taxes"."""
    if a.main_at < 0 or not a.main & _FOR_REASON:
        return True
    tokens = a.tokens
    j = a.main_at + 1
    while j < len(tokens) and j <= a.main_at + 6 and tokens[j].upos in _IN_OBJECT:
        j += 1
    if j == a.main_at + 1 or j >= len(tokens) or tokens[j].text.lower() != "for":
        return True
    reason = []
    for t in tokens[j + 1 : j + 1 + _REASON_WORDS]:
        if t.upos == "PUNCT" and t.text not in ("'", "’", '"', "“", "”", "-"):
            break
        if t.upos in ("NOUN", "VERB", "PROPN", "ADJ") and t.text.lower() not in STOPWORDS:
            reason.append(t.text.lower())
    if not reason:
        return True
    stems = {stem(w) for w in there}
    return any(w in there or stem(w) in stems for w in reason)


def _described_body(a: Claim, b: Claim, known: frozenset[str]) -> bool:
    """Return True when `b`'s actor is a description of `a`'s organization: `b` names no one
    before its verb, its subject is a body noun ("one of the largest civil rights groups
    passed..."), and its article names the organization elsewhere. Never for a person."""
    return (
        a.body
        and bool(a.actor)
        and a.actor <= known
        and b.first is None
        and b.subject in _BODY_NOUNS
    )


_MONTH_FORMS = {m: m for m in MONTHS} | {m[:3]: m for m in MONTHS} | {"sept": "september"}


def _times(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The weekdays and the months a sentence names (outside quotation marks)."""
    bare = outside_quotes(text)
    low = [m.group().lower() for m in re.finditer(r"[A-Z][a-z]+\.?", bare)]
    days = frozenset(w.rstrip(".") for w in low if w.rstrip(".") in WEEKDAYS)
    # a month in full or abbreviated with its dot ("Sept.", never "Jan Lee"); "May" the
    # month, not the modal, only where no verb can follow ("in May", "May 3")
    months = frozenset(
        _MONTH_FORMS[w.rstrip(".")]
        for w in low
        if (w in MONTHS or (w.endswith(".") and w.rstrip(".") in _MONTH_FORMS)) and w != "may"
    )
    if re.search(r"\b(?:in|since|until|by|last|next|early|late|mid-) ?May\b|\bMay \d", text):
        months |= {"may"}
    return days, months


def _other_time(fact: str, other: str) -> bool:
    """Return True when `other` dates its action to other days or months than `fact` does."""
    fact_days, fact_months = _times(fact)
    days, months = _times(other)
    return bool(
        (fact_days and days and not fact_days & days)
        or (fact_months and months and not fact_months & months)
        # "on Monday" (this week's news) is not "In September": a weekday is recent
        or (fact_days and not fact_months and months and not days)
    )


_ORDINAL = re.compile(
    r"\b(?:(?P<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|twentieth)|(?P<digits>\d+)(?:st|nd|rd|th))\b",
    re.I,
)
_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
)


def _ordinals(text: str) -> frozenset[int]:
    """Return the ranks a sentence gives outside quotation marks ("the third project", "its
    2nd term"), as numbers: "3rd" and "third" are one rank."""
    out = set()
    for m in _ORDINAL.finditer(outside_quotes(text)):
        word = (m.group("word") or "").lower()
        if word == "twentieth":
            out.add(20)
        elif word:
            out.add(_ORDINAL_WORDS.index(word) + 1)
        else:
            out.add(int(m.group("digits")))
    return frozenset(out)


def _ranks(claim: Claim) -> frozenset[int]:
    """Return the ranks the claim itself gives ("the third project the board approved"), not
    those in a description of a name ("Flynn, Trump's first national security adviser,")."""
    described = _described(claim.tokens)
    return _ordinals(
        " ".join(
            t.text
            for t, aside in zip(claim.tokens, described, strict=True)
            # "Ryan first told a story": an adverb orders the telling, it ranks nothing
            if not aside and t.upos != "ADV"
        )
    )


_AMOUNT = re.compile(
    r"\$\s?(?P<value>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?P<scale>trillion|billion|million))?"
    r"|(?P<pct>\d+(?:\.\d+)?)(?:\s?%|\s+percent\b)",
    re.I,
)


def amounts(text: str) -> set[tuple[str, str]]:
    """Return the sums and shares `text` gives, as (value, scale): ("5", "trillion"), ("63",
    "%"); a sum's digits without their commas ("1,120" -> "1120")."""
    out = set()
    for m in _AMOUNT.finditer(outside_quotes(text)):
        if m.group("pct"):
            out.add((m.group("pct"), "%"))
        else:
            out.add((m.group("value").replace(",", ""), (m.group("scale") or "").lower()))
    return out


def _other_amount(fact: str, other: str, context: str = "") -> bool:
    """Return True when `other` gives another sum or share of the fact's kind and never the
    fact's own: "$6 trillion budget" does not state "$5 trillion in new spending"."""
    mine = amounts(fact)
    if not mine:
        return False
    theirs = amounts(other)
    scales = {scale for _, scale in mine}
    if not any(scale in scales for _, scale in theirs):
        return False
    return not mine & (theirs | amounts(context))


@lru_cache(maxsize=1)
def _state_heads() -> dict[str, str]:
    """Each state abbreviation (dots removed too) -> the last word of the state's name."""
    from briefing.text.wordlists import mapping

    heads = {abbr: name.split()[-1] for abbr, name in mapping("us_states").items()}
    return heads | {abbr.replace(".", ""): head for abbr, head in heads.items()}


def _stated_name(name: str, present: frozenset[str], text: str) -> bool:
    """Return True when `text` gives `name` in another form: a state as newsrooms abbreviate
    it ("Ark." for "Arkansas") or a plural or adjective of it ("Republican" for "Republicans",
    "Russian" for "Russia")."""
    forms = {name + "s", name + "n"}
    if name.endswith(("s", "n")):
        forms.add(name[:-1])
    if forms & present:
        return True
    heads = _state_heads()
    capitalised = {w.strip(".").lower() for w in re.findall(r"\b[A-Z][\w.]*", text)}
    given = {heads[w] for w in capitalised if w in heads}
    return heads.get(name, name) in given | (capitalised - heads.keys())


def confirms(
    fact: str,
    other: str,
    context: str = "",
    topic: frozenset[str] = frozenset(),
    known: frozenset[str] = frozenset(),
) -> bool:
    """Return True when sentence `other` states the claim of sentence `fact`.

    The action and its actor must be in `other` itself; the fact's other particulars (its
    words, names and figures) may be in `context`, the sentences around `other` in its
    article, since an outlet often gives the details a sentence later, and the names in
    `topic` (every article's setting) need not be there at all. Both are plain text;
    `other` may carry a resolved subject ("[Dale Harmon] said...", brackets removed) so that
    its pronoun counts for the person it names. `known` holds the words of `other`'s whole
    article: an organization it names there may be described in `other` ("the group"), and
    one place the fact gives may be the article's setting rather than this sentence's.
    """
    a, b = claim_of(fact), claim_of(other)
    around = f"{other} {context}"
    if not a.words or (a.self_report and not b.reported):
        return False  # "Lee stated he had not served" is not reported by "Lee never served"
    if _after_quoted_verb(a, fact) and not _quoted_statement(a, fact, other, context):
        return False  # "is “seriously considering” appointing": only her words tell it
    told = frozenset(_ONE_PEOPLE.get(w, w) for w in content_words(around))
    cover = len(a.words & (b.words | told)) / len(a.words)
    # a named actor doing an action of the same class states the claim's core: fewer of the
    # fact's words need to be there ("the right move" / "supporters, including X")
    named = a.first is not None and bool(a.main & b.actions)
    # "News of his departure comes in the wake of reports...": a verb that says nothing of
    # its own is no action to compare; the words must carry the claim
    empty = a.main_at >= 0 and a.tokens[a.main_at].lemma.lower() in _EMPTY_VERBS
    if cover < (BARE_COVER if empty else CORE_COVER if named else COVER if a.main else BARE_COVER):
        return False
    if _other_time(fact, other) or _other_amount(fact, other, context):
        return False  # "on Thursday" is not stated by "announced Sunday": another occasion
    if _ranks(a) - _ordinals(around):
        return False  # "the third project the board approved this year": the rank is the claim
    if _quoted_words_missing(fact, around):
        return False  # 'said the position was "separate"': the quoted word is the claim
    if not any(m.startswith("class:") for m in a.main) and not _report_told(fact, around):
        # "Lee said the party would take the vote to voters": what Lee said ("said the
        # decision was the right move" is a stance, which its class tells)
        return False
    present = lower_words(around)
    # the actor, named as the fact names it ("House", not "Senate"), by the writer: an actor
    # named only inside someone's quotation is what that speaker talks about; or an
    # organization described ("the civil rights group") that its article names elsewhere
    by_name = a.actor <= lower_words(outside_quotes(other))
    described = not by_name and _described_body(a, b, known)
    missing = {
        name
        for name in a.names - present - topic - (a.actor if described else frozenset())
        if not _stated_name(name, present, around)
    }
    if missing and not (len(missing) == 1 and missing <= a.placed & known):
        # a name the fact gives (a place, a target) is part of its claim; one place or medium
        # ("in Iowa", "over Twitter") the article gives elsewhere is the setting it reports in
        return False
    if not by_name and not (described and cover >= COVER):
        return False
    if a.main and not a.actor and not _same_subject(a, b, other):
        return False  # someone else does it: "the program allows" / "commissioners voted to"
    # "voted to override the veto": the infinitive is the news, and must be stated too
    wanted = (a.core - a.main) or a.main
    if a.main and not wanted & b.actions:
        return False
    if a.main and not _object_stated(a, present):
        return False  # "tweeted a link" is not stated by "In a series of tweets, X produced..."
    if described and not wanted & b.main:
        return False  # the described body must be the one doing it
    if (
        a.main
        and a.first is not None
        and not described
        and not _acts_before(b, wanted, a.first, other)
    ):
        return False  # the action is there, but someone else does it
    if a.main:
        # "did not sign" is not "signed": the negation of the action must agree
        denied = _negated_at(a, a.main_at)
        return any(_negated_at(b, i) == denied for i in _hits(b, a.main))
    return a.negated <= b.negated


_TRYING = frozenset("try attempt seek".split())
"""Verbs of attempt before the act attempted ("to try to kill", "seeking to block")."""
_EMPTY_VERBS = frozenset("come go get".split())
"""Main verbs that state no act of their own ("comes in the wake of", "goes back to")."""
_SPEECH = frozenset({f"class:{REPORT}"})
"""The key of the report class (said, told, tweeted...): attribution, never a claim's news."""

TARGET_TOKENS = 6
"""How far after its main verb a name is what the action targets ("fired Reyes")."""


def _targets(claim: Claim) -> frozenset[str]:
    """Return the names just after the main action: who or what it acts on."""
    if claim.main_at < 0:
        return frozenset()
    tokens = claim.tokens
    start = tokens[claim.main_at].end
    last = min(claim.main_at + TARGET_TOKENS, len(tokens) - 1)
    for i in range(claim.main_at + 1, last + 1):
        if tokens[i].text == "," and _attribution_after(claim, i):
            last = i  # "was taken into custody on Friday, FBI Director Ann Lee confirmed"
            break
    end = tokens[last].end
    return frozenset(h for at, h in _name_runs(tokens, described=False) if start <= at <= end)


ATTRIBUTION_NAMES = 6
"""How many words of a source's name and title may come between a comma and its verb."""


def _attribution_after(claim: Claim, comma: int) -> bool:
    """Return True when the comma at `comma` opens a closing attribution: a name (with its
    title) and a speech verb ("..., FBI Director Ann Lee confirmed at a news conference.")."""
    tokens = claim.tokens
    for j in range(comma + 1, min(comma + 2 + ATTRIBUTION_NAMES, len(tokens))):
        if tokens[j].upos == "VERB":
            return tokens[j].text.lower() in attributing_verbs() and j > comma + 1
        if tokens[j].upos not in ("PROPN", "NOUN", "DET", "ADJ", "PUNCT"):
            return False
    return False


def states_core(
    fact: str, other: str, context: str = "", known: frozenset[str] = frozenset()
) -> bool:
    """Return True when sentence `other` states the main claim of `fact`, if not every detail.

    Looser than `confirms`, stricter than `core_match`: the fact's main verb (not a "was
    critical" predicate), or one of its news-verb class, is a verb of `other` whose subject
    is the fact's named actor (the nearest name before it), by the writer's words, with the
    same negation, on no other day or month; the thing or the person the action is done to
    is named in `other` or `context` (the sentences after it). Or: `other` names the actor
    and quotes the words the fact quotes (`_same_words_quoted`), with the same negation. The
    fact's other names, figures and details may be missing: such an outlet is cited "in part".
    """
    # "the NAACP" in one outlet is "the National Association for the Advancement of Colored
    # People" in another: compared by the short name both know
    fact, other, context = _short_names(fact, other, context)
    a = claim_of(fact)
    if _quoted_statement(a, fact, other, context):
        return True
    if _after_quoted_verb(a, fact):
        return False  # "is “seriously considering” appointing": only her words tell it
    # "Lee said the invitation was a mistake": a judgement reported, stated by "Lee criticized
    # Reyes for inviting him" (see `_judged`)
    if _judged(a, fact, other):
        return True
    # "issued its own resolution": a light verb's object is the action (see `_main_verb`)
    light = a.main_at >= 0 and _light_verb_before(a.tokens, a.main_at) is not None
    if a.main_at < 0:
        return False
    if a.tokens[a.main_at].upos != "VERB" and not light:
        # "Fifteen of the 19 hijackers were Saudi nationals": a state, told the same way
        return _same_state(a, fact, other)
    # "The bill passed the House 58-41" / "The council approved the plan 5-2": a vote is told
    # by its count, whoever is named
    tally = _same_tally(a, fact, other)
    if tally is not None:
        return tally
    if a.first is None:
        return (
            _unnamed_event(a, fact, other, context)
            or _figured_act(a, fact, other)
            or _act_on_named(a, fact, other)
        )
    if not a.actor:
        return False
    # the cheap tests first: most sentences never name the actor, and need no tagging
    if _other_time(fact, other) or _other_amount(fact, other, context):
        return False
    if not a.actor <= lower_words(outside_quotes(other)):
        # "Leaders of the country's largest civil rights organization approved a resolution":
        # the one body its article names, described instead of named (`known`: its words)
        named = _named_body(a, other, known)
        if named is not None:
            return states_core(fact, named, context)
        # "A two-term congressman from Idaho said Friday he would run... / Raul Labrador, a
        # 46-year-old...": the person the sentence after names, as the writer delays the name
        delayed = _delayed_name(a, other, context)
        if delayed is not None:
            return states_core(fact, delayed, context, known)
        # "the St. Louis Tea Party Coalition" is "the St. Louis Tea Party" in another outlet
        shorter = _generic_dropped(a, fact)
        if shorter is not None and _generic_dropped(claim_of(shorter), shorter) is None:
            return states_core(shorter, other, context, known)
        # "The FBI said Friday that the package for Booker was found in Florida": an outlet
        # that states what was said, in its own voice, states the claim if not its source
        clause = _reported_clause(a, fact)
        return (
            clause is not None
            and not claim_of(other).reported
            and states_core(clause, other, context)
        )
    b = claim_of(other)
    if a.self_report and not b.reported:
        return False  # "Lee stated he had not served": that Lee said so is the news
    # "declined to say whether": the infinitive is the news unless it is only speech; "said"
    # and its kin are attribution ("tweeted a link" needs "tweeted", not "said")
    main = a.main - _SPEECH
    wanted = ((a.core - a.main) - _SPEECH) or main
    if not wanted:
        return False
    # "Lee said Reyes was leaving": the verb's own subject is the reported clause's (Reyes),
    # the speaker being named in `other` too (above)
    head = (_reported_subject(a) or a.first) if a.reported else a.first
    # "agreed to reopen the government" is stated by "announced a plan that will reopen the
    # government": a commitment to the act, as the fact's is
    planned = [i for i in _hits(b, wanted) if _planned(b, i, head, other)] if _commits(a) else []
    if main - wanted and not main & b.actions and not planned:
        return False  # "said he is prepared to sign" is not "signed": the main verb too
    # "Lee told the Times she had misspoken" is stated by "Lee said she had misspoken": the
    # speech verb between the speaker and the act is the same report of herself
    own = a.speaker_acts and b.speaker_acts
    hits = [
        i for i in _hits(b, wanted) if _acted_by(b, other, i, head, light=light, own=own)
    ] or planned
    if not hits:
        # "Mr. Reyes's arrest came hours after..." states "Reyes was taken into custody"
        hits = _possessed_event(b, wanted, head)
    if not hits:
        # "the bill passed the House" states "the House passed the bill"
        if not (_passed_body(a, b, other) and b.main_at >= 0):
            return False
        hits = [b.main_at]
    around = f"{other} {context}"
    present = lower_words(around)
    if not _object_stated(a, present) or not _reason_stated(a, present):
        return False
    count = _object_count(a)
    if count is not None and not set(re.findall(r"\w+", count.lower())) <= present:
        return False  # "has vetoed 23 bills" is not "vetoed the bill on April 4": the count is
        # the claim
    if any(n not in present and not _stated_name(n, present, around) for n in _targets(a)):
        return False  # "fired Ellis" is not "fired Reyes"
    denied = _negated_at(a, a.main_at)
    return any(_negated_at(b, i) == denied for i in hits)


_STATE_WORDS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_PREDICATE_END = frozenset({"ADP", "CCONJ", "SCONJ", "PUNCT", "VERB", "PRON"})


def _same_state(a: Claim, fact: str, other: str) -> bool:
    """Return True when `other` states the state a copula sentence `fact` reports: every name,
    noun and figure of its subject before a form of "be" in `other`, the first word of its
    predicate and half of the others after it, the same negation ("Fifteen of the 19 Sept. 11
    hijackers were Saudi nationals" is stated by "Fifteen of the 19 hijackers on 9/11 were
    Saudi citizens, but..."; "Ann Lee of WXYZ News was the moderator" not by "..., with
    WXYZ's Ann Lee, a reporter with vast experience")."""
    tokens, stems = a.tokens, a.stems
    cop = next(
        (
            i
            for i in range(a.main_at - 1, -1, -1)
            if tokens[i].upos == "AUX" and tokens[i].lemma.lower() == "be"
        ),
        None,
    )
    if cop is None or cop == 0:
        return False
    if not features(fact).numbers <= features(other).numbers:
        return False
    subject = {
        stems[i]
        for i in range(cop)
        if tokens[i].upos in ("NOUN", "PROPN", "ADJ")
        and tokens[i].text.lower() not in _DATE_WORDS
        and not (tokens[i].text.endswith(".") and tokens[i].text.lower()[:-1] in _MONTH_FORMS)
    }
    predicate: list[str] = []
    for i in range(cop + 1, len(tokens)):
        if tokens[i].upos in _PREDICATE_END and predicate:
            break
        if tokens[i].upos in _STATE_WORDS:
            predicate.append(stems[i])
    if not predicate:
        return False
    b = claim_of(other)
    for k, token in enumerate(b.tokens):
        if token.upos != "AUX" or token.lemma.lower() != "be" or _quoted(other, token):
            continue
        before = set(b.stems[:k])
        after = b.stems[k + 1 : k + 1 + TARGET_TOKENS]
        if not subject <= before or predicate[0] not in after:
            continue
        if sum(w in after for w in predicate) * 2 < len(predicate):
            continue
        if _negated_at(a, a.main_at) == _negated_at(b, min(k + 3, len(b.tokens))):
            return True
    return False


_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:and|of|for|the)[ \t]+)*[A-Z][\w'’-]*)+")
_SHORT_NAME = re.compile(r"\b(?:[A-Z]\.){2,}(?![\w])|\b[A-Z]{3,}\b")


def _short_names(fact: str, other: str, context: str = "") -> tuple[str, str, str]:
    """Return the three texts with each full name whose initials another of them uses as a
    short name ("Immigration and Customs Enforcement" where the other says "ICE") written
    as that short name, so that both name the body alike; otherwise as they are."""
    shorts_fact = {m.group(0).replace(".", "") for m in _SHORT_NAME.finditer(fact)}
    shorts_other = {m.group(0).replace(".", "") for m in _SHORT_NAME.finditer(f"{other} {context}")}
    if not shorts_fact and not shorts_other:
        return fact, other, context

    return (
        _shortened(fact, shorts_other - shorts_fact),
        _shortened(other, shorts_fact - shorts_other),
        _shortened(context, shorts_fact - shorts_other),
    )


def _shortened(text: str, shorts: set[str]) -> str:
    """Return `text` with each capitalised run whose initials are one of `shorts` written as
    that short name; the name may follow other capitalised words ("Florida Immigration and
    Customs Enforcement" -> "Florida ICE")."""
    if not shorts:
        return text

    def one(run: re.Match[str]) -> str:
        words = run.group(0).split()
        for k in range(len(words) - 1):
            if words[k].lower() in ("and", "of", "for", "the"):
                continue
            short = acronym(" ".join(words[k:]))
            if len(short) >= 3 and short in shorts:
                return " ".join([*words[:k], short])
        return run.group(0)

    return _NAME_RUN.sub(one, text)


_CLAUSE_LEAD = re.compile(
    rf"^(?:\s|,|that\b|on\b|(?:{'|'.join(day.capitalize() for day in WEEKDAYS)})\b)+"
)


def _reported_clause(claim: Claim, fact: str) -> str | None:
    """Return what a reported claim says was so ("the package for Booker was found in a
    Florida mail facility" of "The FBI said Friday that the package ..."), capitalised as a
    sentence; None for one the speaker says of themselves ("Lee said she had not served":
    that Lee said so is the news) or without a speech verb before its main action."""
    if not claim.reported or claim.self_report or claim.main_at < 0:
        return None
    speech = [i for i in _hits(claim, _SPEECH) if i < claim.main_at]
    if not speech:
        return None
    rest = fact[claim.tokens[speech[0]].end :]
    lead = _CLAUSE_LEAD.match(rest)
    rest = rest[lead.end() if lead else 0 :]
    if len(rest.split()) < 4:
        return None
    return rest[:1].upper() + rest[1:]


def _reported_subject(claim: Claim) -> str | None:
    """Return the head of the name nearest before a reported claim's main verb, a date aside
    ("Lee said Tuesday that Reyes was leaving" -> "reyes"; "Lee said she would" -> "lee")."""
    at = claim.tokens[claim.main_at].start
    found = [
        (start, head)
        for start, head in _name_runs(claim.tokens, described=False)
        if start < at and head not in _DATE_WORDS
    ]
    if not found:
        return None
    start, head = found[-1]
    if any(start < t.start < at and t.text.lower() in _SELF for t in claim.tokens):
        return None  # "Lee told the Times he had misspoken": he, the speaker, is the subject
    return head


_JUDGEMENT_CLASSES = {
    -1: frozenset({"class:criticize", "class:oppose"}),
    1: frozenset({"class:praise", "class:support"}),
}
JUDGEMENT_TONE = 0.3
"""How clear (VADER compound) the tone of what the actor said must be to be a judgement."""


def _judged(a: Claim, fact: str, other: str) -> bool:
    """Return True when the fact reports the actor's judgement of something ("Lee said the
    invitation was a mistake") and `other` has the actor pass that judgement on it in its own
    verb ("Lee criticized Reyes for inviting him"): the same statement, told two ways. The
    thing judged must be named in both (one content word of the reported clause, compared as
    stems), and the tone of the clause sets which verbs count."""
    from briefing.text.polarity import polarity

    speech = [i for i in _hits(a, _SPEECH) if a.main_at < 0 or i < a.main_at]
    if a.first is None or not a.actor or not speech:
        return False
    if not a.actor <= lower_words(outside_quotes(other)) or _other_time(fact, other):
        return False
    said = a.tokens[speech[0]].end
    clause = fact[said:]
    tone = polarity(clause)
    if abs(tone) < JUDGEMENT_TONE:
        return False
    keys = _JUDGEMENT_CLASSES[1 if tone > 0 else -1]
    judged = frozenset(content_words(clause)) - frozenset(content_words(" ".join(a.actor)))
    b = claim_of(other)
    for i in _hits(b, keys):
        if not _verb_at(b.tokens, i) or _quoted(other, b.tokens[i]):
            continue
        if not _same_head(first_name(other, b.tokens[i].start), a.first):
            continue
        after = frozenset(content_words(other[b.tokens[i].end :]))
        if judged & after and not _negated_at(b, i):
            return True
    return False


_TALLY = re.compile(r"(?<![\d.,/-])(\d{1,3})-(?:to-)?(\d{1,3})(?!\d|[,.]\d|[/-])")
"""A vote's tally ("212-201", "5-2", "6-to-3"): one event, whoever the sentence says cast it."""
_WORDED_TALLY = re.compile(r"\b(?:vote of|voted|by) (\d{1,3}) to (\d{1,3})\b(?![,.]\d)")
"""A tally in words: "by a vote of 58 to 41", "by 21 to 17", "voted 7 to 2"."""


def _tallies(text: str) -> set[str]:
    """Return the vote tallies of `text` outside quotation marks, each as "58-41"."""
    bare = outside_quotes(text)
    found = (*_TALLY.finditer(bare), *_WORDED_TALLY.finditer(bare))
    return {f"{m[1]}-{m[2]}" for m in found}


def _same_tally(a: Claim, fact: str, other: str) -> bool | None:
    """Return whether `other` states the fact's vote by its tally: the same tally outside
    quotation marks and a verb of the fact's action class ("The council approved the plan
    5-2" / "The stadium plan, passed 5-2 on Monday, ..."), with the same negation; False
    when it gives another tally only; None when it gives none (the other tests decide)."""
    tallies = _tallies(fact)
    theirs = _tallies(other)
    if tallies and theirs and not tallies & theirs:
        return False  # "passed 227-197" does not state "passed 228-197": another count
    if not tallies or not tallies & theirs:
        return None
    if _other_time(fact, other):
        return False  # another day's vote by the same count
    wanted = a.main - _SPEECH
    if not wanted or a.main_at < 0:
        return None
    b = claim_of(other)
    hits = [
        i for i in _hits(b, wanted) if _verb_at(b.tokens, i) and not _quoted(other, b.tokens[i])
    ]
    if not hits:
        return None
    denied = _negated_at(a, a.main_at)
    return any(_negated_at(b, i) == denied for i in hits)


QUOTED_CHARACTERS = 8
"""Fewest letters of a fact's quoted words that pin down the statement ("reckless")."""


def _quoted_statement(a: Claim, fact: str, other: str, after: str = "") -> bool:
    """Return True when `other` names the fact's actor and quotes the words the fact quotes,
    on no other day and with the same negation: 'Lee called the plan "a costly mistake"' and
    'Lee said the plan was "a costly mistake"' report one statement. The actor may be named
    where the quotation closes, in `after` (the sentences after `other`)."""
    if a.first is None or not a.actor or not _same_words_quoted(fact, other):
        return False
    named = a.actor <= lower_words(outside_quotes(other)) or (
        # "“... a reckless waste. We will fight it,” Lee said on Sunday.": a quotation the next
        # sentence attributes, its speaker named next to a speech verb there
        other.lstrip().startswith(_OPENING_MARKS) and _attributed_to(a, after)
    )
    if not named or _other_time(fact, other):
        return False
    return claim_of(other).negated == a.negated


_OPENING_MARKS = ("“", '"')
SPEAKER_WINDOW = 3
"""How many words a speech verb may stand from the speaker it attributes a quote to."""


def _attributed_to(a: Claim, after: str) -> bool:
    """Return True when the sentence of `after` where the quotation closes names the fact's
    actor within SPEAKER_WINDOW words of a speech verb, outside quotation marks ("We will
    fight it,” Lee said.")."""
    closing = next(
        (after[s:e] for s, e in sentences(after) if "”" in after[s:e] or '"' in after[s:e]), None
    )
    if closing is None:
        return False
    tokens = tag(closing)
    classes = verb_classes().single
    speech = [i for i, t in enumerate(tokens) if REPORT in classes.get(stem(t.lemma or t.text), ())]
    for i, token in enumerate(tokens):
        if _quoted(closing, token):
            continue
        word = _name_word(token.text)
        if word in a.actor and any(abs(i - j) <= SPEAKER_WINDOW for j in speech):
            return True
    return False


_REPORTING = re.compile(r"\b(?:said|says|told|tells|argued|insisted|added)\b(?:\s+that\b)?")
REPORTED_WORDS = 8
"""Fewest words after the speech verb for them to be what was said, not when or where."""
_TRAILING_ATTRIBUTION = re.compile(
    r"\s+(?:on|during|in|at|to|after|before|late|early|last|this|"
    + "|".join(sorted(day.capitalize() for day in WEEKDAYS))
    + r")\b"
)
REPORTED_COVER = 0.4
"""Share of the words of what a fact reports someone said that another outlet must give."""


def _report_told(fact: str, around: str) -> bool:
    """Return False when the fact reports what someone said ("Lee said the party would take
    the vote to voters in every district") and `around` gives under REPORTED_COVER of the
    words of what was said: the same speaker saying something else is another claim."""
    said = _REPORTING.search(outside_quotes(fact))
    if said is None:
        return True
    after = fact[said.end() :]
    if _TRAILING_ATTRIBUTION.match(after) or (
        # ("said nurses had warned lawmakers for months": short, but with a verb of its own,
        # what was said)
        len(after.split()) < REPORTED_WORDS and not has_verb(after)
    ):
        return True  # "..., a source said during a briefing on Friday": the attribution ends it
    told = set(content_words(after))
    return len(told & set(content_words(around))) / len(told) >= REPORTED_COVER


def _quoted_words_missing(fact: str, around: str) -> bool:
    """Return True when the fact quotes someone's words (QUOTED_CHARACTERS letters or more)
    and `around` gives none of them, for a phrase of at most QUOTED_CLAIM_WORDS words (the word
    that is the claim), or under QUOTED_SHARE of them, for a longer one: the outlet does not
    report what was said."""
    present = set(_letters(around).split())
    for a, b in quoted_spans(fact):
        words = _letters(fact[a:b]).split()
        if len("".join(words)) < QUOTED_CHARACTERS:
            continue
        content = {w for w in words if w not in STOPWORDS}
        # a short phrase needs one of its words; a longer one, QUOTED_SHARE of them ('warned
        # the ban would "kill new housing in this city"' is not reported by the same man
        # quoted on another point: "a tax on every family ... in this city")
        needed = 1 if len(words) <= QUOTED_CLAIM_WORDS else QUOTED_SHARE * len(content)
        if content and len(content & present) < needed:
            return True
    return False


QUOTED_SHARE = 0.5
"""Share of a longer quoted phrase's words an outlet must give for it to report what was
said."""


QUOTED_CLAIM_WORDS = 4
"""At most this many quoted words are the claim itself ("separate", "a smear campaign")."""


def _same_words_quoted(fact: str, other: str) -> bool:
    """Return True when words the fact quotes (one phrase of QUOTED_CHARACTERS letters or
    more) are quoted in `other` too: the same statement, which the two outlets report. The
    other outlet may quote the heart of the fact's phrase: "phony theology" for "some phony
    theology" (two words and half the phrase, or three words)."""
    spans = [_letters(other[a:b]) for a, b in quoted_spans(other)]
    theirs = " ".join(spans)
    if not theirs:
        return False
    phrases = [_letters(fact[a:b]) for a, b in quoted_spans(fact)]
    return any(
        len(phrase.replace(" ", "")) >= QUOTED_CHARACTERS
        and (f" {phrase} " in f" {theirs} " or any(_heart_of(part, phrase) for part in spans))
        for phrase in phrases
    )


def _heart_of(part: str, phrase: str) -> bool:
    """Return True when quoted words `part` are the heart of the quoted `phrase` (both as
    `_letters` gives them): inside it, QUOTED_CHARACTERS letters or more, and two words and
    half the phrase, or three words."""
    n = len(part.split())
    return (
        len(part.replace(" ", "")) >= QUOTED_CHARACTERS
        and n >= 2
        and (2 * n >= len(phrase.split()) or n >= 3)
        and f" {part} " in f" {phrase} "
    )


def _letters(text: str) -> str:
    """Return the words of `text`, lower-cased, without punctuation ("it’s" = "it's")."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("’", "'")))


_PASSIVE_BE = frozenset({"was", "were", "been", "being", "is", "are"})
_EVENTS = frozenset(
    f"class:{name}"
    for name in "arrest kill die charge convict sentence fire release approve reject".split()
)
"""News-verb classes whose passive with no named actor is an event a place and a day pin down
("A suspect was arrested in Florida on Friday")."""


def _unnamed_event(a: Claim, fact: str, other: str, context: str) -> bool:
    """Return True when a fact with no named actor, a passive event ("A male suspect was arrested
    in Florida on Friday"), is what `other` reports too: the same event class outside quotation
    marks ("was taken into custody", "made an arrest"), on the same day, in the same place (the
    name after "in", in `other` or the sentences after it), with the same negation."""
    at = a.main_at
    classes = a.main & _EVENTS
    if not classes or at == 0 or a.tokens[at - 1].text.lower() not in _PASSIVE_BE:
        return False
    days = _times(fact)[0]
    if not days & _times(other)[0] or _other_time(fact, other):
        return False
    places = {
        a.tokens[j + 1].text.lower()
        for j in range(at, len(a.tokens) - 1)
        if a.tokens[j].text.lower() in ("in", "at", "near") and a.tokens[j + 1].upos == "PROPN"
    } - days
    if not places or not places & lower_words(f"{other} {context}"):
        return False  # no place in the fact to pin the event down, or another place
    b = claim_of(other)
    hits = [i for i in _hits(b, classes) if not _quoted(other, b.tokens[i])]
    denied = _negated_at(a, at)
    return any(_negated_at(b, i) == denied for i in hits)


def _figured_act(a: Claim, fact: str, other: str) -> bool:
    """Return True when `other` tells the act of the fact's unnamed subject by its figures:
    "The bill sets aside $4 million to help counties buy cameras" / "The bill sets aside $4
    million for counties to buy cameras". The main verb of `other` is of the fact's action
    class, its subject the same noun or one of its family ("the measure" for "the bill"),
    every figure of the fact is in `other`, on no other day, with the same negation. A fact
    without a figure is never told this way: "the bill would require" is any bill's."""
    if a.subject is None or a.main_at < 0:
        return False
    figures = features(fact).numbers
    if not figures or not figures <= features(other).numbers or _other_time(fact, other):
        return False
    return _same_subject_acts(a, other)


def _same_subject_acts(a: Claim, other: str) -> bool:
    """Return True when the main verb of `other` is of the action class of `a`'s, with the
    same noun heading its subject (or one of its family: "the measure" for "the bill") and
    the same negation."""
    b = claim_of(other)
    if b.main_at < 0 or b.subject is None or b.tokens[b.main_at].upos != "VERB":
        return False
    nouns = {a.subject} | {
        stem(w) for t in a.tokens if stem(t.lemma.lower()) == a.subject for w in family_of(t.lemma)
    }
    if b.subject not in nouns:
        return False
    wanted = a.main - _SPEECH
    told = _keys(b.stems[b.main_at], _phrase_classes(list(b.stems), b.main_at))
    return bool(wanted & told) and _negated_at(a, a.main_at) == _negated_at(b, b.main_at)


def _act_on_named(a: Claim, fact: str, other: str) -> bool:
    """Return True when `other` tells the act of the fact's unnamed subject on the people or
    bodies it names: "A federal jury convicted Senator Curtis Hallorann of bribery" / "A federal
    jury on Thursday found Senator Curtis Hallorann guilty of bribery". The subject is the same
    noun (or one of its family), the main verb of `other` is of the fact's action class, every
    name right after the fact's verb is in `other`, on no other day, with the same negation. A
    fact naming no one is never told this way: "the judge blocked the law" is any judge's."""
    if a.subject is None or a.main_at < 0 or a.tokens[a.main_at].upos != "VERB":
        return False
    targets = _targets(a)
    if not targets or _other_time(fact, other) or _other_amount(fact, other):
        return False
    present = lower_words(outside_quotes(other))
    if any(n not in present and not _stated_name(n, present, other) for n in targets):
        return False
    return _same_subject_acts(a, other)


_MODALS = frozenset("will would shall should can could may might must".split())


_COMMITTING = frozenset("agree decide pledge vow promise intend offer".split())
"""Verbs that commit their subject to the act their infinitive names ("agreed to reopen")."""
_PLANS = frozenset("plan deal proposal agreement bill measure legislation package".split())


def _commits(claim: Claim) -> bool:
    """Return whether the claim's main verb commits its actor to an act ("agreed to...")."""
    return claim.main_at >= 0 and claim.tokens[claim.main_at].lemma.lower() in _COMMITTING


def _planned(claim: Claim, i: int, head: str | None, text: str) -> bool:
    """Return True when the verb at i is what a plan the actor put forward will do: "Lee
    announced a plan that will reopen the harbor" (the actor, a verb, a plan, "that/which",
    "will/would", the act)."""
    tokens = claim.tokens
    if head is None or i < 4 or tokens[i - 1].text.lower() not in ("will", "would"):
        return False
    if tokens[i - 2].text.lower() not in ("that", "which"):
        return False
    noun = tokens[i - 3]
    if noun.upos != "NOUN" or noun.lemma.lower() not in _PLANS:
        return False
    verb = next((j for j in range(i - 4, max(i - 10, -1), -1) if tokens[j].upos == "VERB"), None)
    return verb is not None and _same_head(first_name(text, tokens[verb].start), head)


_DESCRIBED_BODY = re.compile(
    r"(?:(?:Leaders?|Members?|Officials?|Delegates?) (?:of|at) )?(?:the|a) "
    r"(?:nation|country|state|city|world)['’]s (?:[\w-]+ ){0,4}?"
    r"(?:organization|group|advocate|lobby|association|union|coalition|agency|company|firm)\b"
    r"(?: for (?:[a-z]+ ){0,2}?[a-z]+(?= [a-z]+(?:s|ed)\b))?",
    re.I,
)
"""A body a sentence opens on by describing it ("the country's largest civil rights
organization", "The nation's leading advocate for senior citizens")."""


def _named_body(a: Claim, other: str, known: frozenset[str]) -> str | None:
    """Return `other` with the body it opens on by description named as the fact's actor,
    when the fact's actor is an organization its article names (`known`), else None."""
    if not (a.body and a.actor and a.actor <= known):
        return None
    dateline = DATELINE.match(other)
    start = dateline.end() if dateline else 0
    found = _DESCRIBED_BODY.match(other, start)
    if found is None:
        return None  # the description must be the subject the sentence opens on
    name = " ".join(t.text for t in a.tokens if _name_word(t.text) in a.actor)
    return other[: found.start()] + name + other[found.end() :]


_INDEFINITE = re.compile(r"(?:An?|One)\s")
_VERB_GROUP = frozenset({"AUX", "ADV", "PART"})


def _delayed_name(a: Claim, other: str, context: str) -> str | None:
    """Return `other` with the person it opens on by an indefinite description ("A male
    suspect was arrested", "A two-term Republican congressman from Idaho said") named as the
    fact's actor, when the sentence after it names the actor and either opens on the name or
    takes the description up ("identified the suspect as Cesar Sayoc"), else None."""
    if not a.actor or a.body:
        return None
    dateline = DATELINE.match(other)
    start = dateline.end() if dateline else 0
    if not _INDEFINITE.match(other, start):
        return None
    tokens = tag(other)
    # the sentence's first verb not in a relative clause or after a preposition ("A man who
    # lives in Ohio was…", "a record of challenging the leadership said…")
    k = next(
        (
            i
            for i, t in enumerate(tokens)
            if i
            and t.upos in ("VERB", "AUX")
            and tokens[i - 1].upos not in ("PRON", "ADP", "SCONJ")
            and not t.text.endswith("ing")
        ),
        None,
    )
    if k is None:
        return None
    while k > 0 and tokens[k - 1].upos in _VERB_GROUP:
        k -= 1  # "has repeatedly said": the verb group starts before it
    # the description's own nouns: those before its first preposition or clause ("from Idaho")
    ends = [
        i
        for i, t in enumerate(tokens[:k])
        if t.upos in ("ADP", "PRON") or (t.upos == "PUNCT" and t.text != "-")
    ]
    heads = [t.text for t in tokens[: ends[0] if ends else k] if t.upos == "NOUN"]
    if not heads:
        return None
    after = next((context[s:e] for s, e in sentences(context)), "")
    words = tag(after)
    named = [i for i, t in enumerate(words) if _name_word(t.text) in a.actor and _is_name(words, i)]
    if not named or not a.actor <= {_name_word(words[i].text) for i in named}:
        return None
    first, last = named[0], named[-1]
    takes_up = any(re.search(rf"\b(?:the|this) {re.escape(h)}\b", after) for h in heads)
    if first > NAME_OPENS_WITHIN and not takes_up:
        return None
    while first > 0 and _is_name(words, first - 1):
        first -= 1  # "Tom Reyes": the whole name, first name too
    name = after[words[first].start : words[last].end]
    return other[:start] + name + " " + other[tokens[k].start :]


NAME_OPENS_WITHIN = 2
"""The sentence after an indefinite description opens on the name within this many words."""

_GENERIC_BODIES = frozenset("coalition group organization association alliance network".split())
GENERIC_DROPPED_WORDS = 3
"""Fewest words a body's name keeps without its generic noun ("St. Louis Tea Party")."""


def _generic_dropped(a: Claim, fact: str) -> str | None:
    """Return `fact` with the generic noun that ends its actor's name dropped ("The St. Louis
    Tea Party Coalition issued…" -> "The St. Louis Tea Party issued…"), when the name keeps
    GENERIC_DROPPED_WORDS words or more without it, else None."""
    if not a.body or len(a.actor) <= GENERIC_DROPPED_WORDS:
        return None
    tokens = a.tokens
    for k, token in enumerate(tokens):
        word = _name_word(token.text)
        # the actor's name ends on it: a name word before it, none after it
        if (
            word in _GENERIC_BODIES
            and word in a.actor
            and k > 0
            and _is_name(tokens, k - 1)
            and not (k + 1 < len(tokens) and _is_name(tokens, k + 1))
        ):
            return fact[: tokens[k - 1].end] + fact[token.end :]
    return None


def _acted_by(b: Claim, other: str, i: int, head: str | None, *, light: bool, own: bool) -> bool:
    """Return True when the act at i of sentence `other` (claim `b`) is done by the actor
    `head`: its subject, with no other verb between (unless `own`: the same report of
    oneself), or its agent after "by"; words inside quotation marks are no act of the
    writer's."""
    at = _acted_at(b.tokens, i, light)
    if at is None or _quoted(other, b.tokens[i]):
        return False
    if _same_head(first_name(other, b.tokens[at].start), head) and (
        not _verb_between(b, head or "", at) or (own and i == b.main_at)
    ):
        return True
    # "Abedin emails released by the State Department": the agent after "by"
    return _done_by(b, at, head)


_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def _possessed_event(claim: Claim, keys: frozenset[str], head: str | None) -> list[int]:
    """Return the position of the action noun of `claim` that matches `keys` when the actor
    `head` possesses it and the phrase opens the sentence as its subject: "Mr. Reyes's arrest
    came only hours after" tells that Reyes was arrested, "Lee's resignation was announced"
    that Lee resigned. A noun before another ("Lee's veto threat"), after a modifier ("Lee's
    expected resignation") or further in ("reports of Lee's support for the bill") is no
    act the sentence tells."""
    tokens, stems = claim.tokens, claim.stems
    names = 0
    while names < len(tokens) and _is_name(tokens, names):
        names += 1
    i = names + 1  # the name, its possessive mark, the noun
    if not names or i >= len(tokens) or tokens[names].text not in _POSSESSIVE:
        return []
    if tokens[i].upos != "NOUN" or not _same_head(_name_word(tokens[names - 1].text), head):
        return []
    if not keys & _keys(stems[i], _phrase_classes(list(stems), i)):
        return []
    # the noun heads the subject: the sentence's verb, or a phrase of time or place, follows
    if i + 1 < len(tokens) and (i + 1 == claim.main_at or tokens[i + 1].upos == "ADP"):
        return [i]
    return []


def _done_by(claim: Claim, i: int, head: str | None) -> bool:
    """Return True when the verb at i is a participle whose agent, after "by", is `head`'s
    name ("emails released by the State Department" for "department")."""
    tokens = claim.tokens
    if head is None or i + 1 >= len(tokens) or tokens[i + 1].text.lower() != "by":
        return False
    j = i + 2
    if j < len(tokens) and tokens[j].upos == "DET":
        j += 1
    run = []
    while j < len(tokens) and _is_name(tokens, j):
        run.append(_name_word(tokens[j].text))
        j += 1
    return bool(run) and _same_head(run[-1], head)


def _light_verb_before(tokens: Sequence[Tagged], i: int) -> int | None:
    """Return where the light verb whose object is the noun at i stands ("issued its own
    resolution", "made the announcement"), else None."""
    if tokens[i].upos != "NOUN":
        return None
    for j in range(i - 1, max(i - 5, -1), -1):
        token = tokens[j]
        if token.upos == "VERB":
            return j if token.lemma.lower() in LIGHT_VERBS else None
        if token.upos not in ("DET", "ADJ", "PRON", "NUM", "NOUN"):
            return None
    return None


def _acted_at(tokens: Sequence[Tagged], i: int, light: bool) -> int | None:
    """Return where the act at i is done: i for a verb; the light verb before a noun the
    fact's own action is the object of ("issued a resolution"); else None."""
    if _verb_at(tokens, i):
        return i
    return _light_verb_before(tokens, i) if light else None


def _verb_at(tokens: Sequence[Tagged], i: int) -> bool:
    """Return True when token i is a verb, as tagged or after a modal ("will challenge" is no
    noun, whatever the tagger says)."""
    return tokens[i].upos == "VERB" or (
        tokens[i].upos == "NOUN" and i > 0 and tokens[i - 1].text.lower() in _MODALS
    )


def _verb_between(claim: Claim, actor: str, i: int) -> bool:
    """Return True when another verb comes between the last mention of `actor` and the verb
    at i: "asked Lee to have his father tweet" is not Lee tweeting, nor "Lee announced a
    plan that will reopen" Lee reopening."""
    last = max(
        (k for k in range(i) if actor in lower_words(re.sub(r"['’]s$", "", claim.tokens[k].text))),
        default=-1,
    )
    # a verb describing the actor is not another act ("Lee, a Riverside-born lawyer, will...")
    aside = _described(claim.tokens)
    between = [
        k for k, t in enumerate(claim.tokens) if last < k < i and t.upos == "VERB" and not aside[k]
    ]
    if between and _joined_to_first(claim.tokens, between[0], i):
        return False  # "Lee accused the council of delay and approved a resolution": both hers
    return bool(between)


_CLAUSE_WORDS = frozenset("who whom which that whose to because if when while after as".split())
_SUBJECTS = frozenset("i you he she it we they".split())


def _joined_to_first(tokens: Sequence[Tagged], first: int, i: int) -> bool:
    """Return True when the verb at i is joined by "and" to the verb at `first` with no clause
    of another subject opened between them ("accused ... and approved"): both have the
    subject of the first."""
    if i < 1 or tokens[i - 1].text.lower() != "and":
        return False
    for k in range(first + 1, i - 1):
        t = tokens[k]
        if t.text.lower() in _CLAUSE_WORDS or t.upos == "AUX" or t.text.lower() in _SUBJECTS:
            return False  # a clause with a subject of its own ("..., and he approved")
        if t.upos == "VERB" and tokens[k - 1].upos not in ("ADP", "SCONJ"):
            return False  # a verb of its own, not "of tolerating" (a gerund in a phrase)
    return True


def _quoted(text: str, token: Tagged) -> bool:
    """Return True when `token` of `text` is inside quotation marks (the speaker's words)."""
    return outside_quotes(text)[token.start : token.end] != token.text
