"""A quote's stance toward the story's actor, read from its own words: the tone (VADER) of the
clause that names the actor, their office ("the president") or the action ("this deal"), else a
stance verb in that clause ("withdraw this decision", "we do not support it"), not a whole-quote
sentiment score; and whether a sentence reports a speaker's words ("Lee said…")."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from briefing.stages.quotes.base import JOIN
from briefing.stages.quotes.camps import VOTING_BODIES, Camps
from briefing.stages.quotes.lexicon import (
    _ACTION_OBJECTS,
    _SIDE_LOOKUP,
    AGGRIEVED,
    GLAD,
    SPEECH_VERBS,
)
from briefing.text.names import BUSINESS_HEADS
from briefing.text.polarity import polarity
from briefing.text.segment import sentences as segment_sentences
from briefing.text.wordlists import words

log = logging.getLogger(__name__)

# A tone weaker than this toward the actor says nothing.
MIN_POLARITY = 0.3


# Newsroom phrases whose words VADER reads as a tone but which state a title or a result:
# "GOP presidential hopeful Ann Lee" (a candidate), "Lee won 44 percent of the vote" (a count).
_NO_TONE = re.compile(
    r"\b(?:presidential|gubernatorial|senate|mayoral|congressional|republican|democratic|gop)"
    r"\s+hopefuls?\b"
    r"|\b(?:won|wins|win|winning|lost|loses|lose|losing)\s+(?:about\s+|nearly\s+|roughly\s+)?"
    r"(?:\d[\d.,]*\s*(?:percent|%|votes?|delegates?|seats?)"
    r"|(?:the|a|an|his|her|their)\s+(?:\w+\s+){0,2}"
    r"(?:vote|primary|caucus(?:es)?|election|race|seat))\b",
    re.I,
)


# "if they think…", "declined to say whether Lee's account was hacked": a condition or an
# open question states no view of the one it names.
_CONDITION = re.compile(r"^\W*(?:and\s+|but\s+)?(?:if|unless)\b|\bwhether\b", re.I)


def _tone(text: str) -> float:
    """Polarity of a clause with its titles and vote counts left out; a clause that accuses
    (`_ACCUSES`) reads negative whatever VADER makes of its words ("for personal gain" reads
    as a gain)."""
    tone = polarity(_NO_TONE.sub(" ", text))
    if _ACCUSES.search(text):
        return min(tone, -ACCUSATION_TONE)
    return tone


_REMEDY = re.compile(
    r"\b(?:(?:reduc(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|"
    r"prevent(?:s|ed|ing)?|curb(?:s|ed|ing)?|stop(?:s|ped|ping)?|combat(?:s|ed|ing)?)"
    r"|(?P<down>bring(?:s|ing)?|brought|driv(?:e|es|ing)|drove|push(?:es|ed|ing)?))"
    r"(?P<harm>(?:\s+[\w'’-]+){1,4})"
)
"""A remedy for a harm ("to bring crash numbers down", "will reduce gun deaths", "cut
crime"): the harm's words are not the speaker's tone (see `_remedied`)."""


def _remedied(found: re.Match[str]) -> str:
    """Return a remedy's words blanked, as many spaces, up to the harm it acts on (VADER
    negative: "crash numbers", "gun deaths"), else as they are ("cut school lunch money" is no
    remedy). "bring", "drive" and "push" remedy only with "down" after the harm."""
    words = list(re.finditer(r"\S+", found.group("harm")))
    for n in range(1, len(words) + 1):
        harm = " ".join(w.group(0) for w in words[:n])
        if found.group("down") is not None:
            down = n < len(words) and words[n].group(0).strip(".,;:!?\"”’'") == "down"
            if down and polarity(harm) < 0:
                end = found.start("harm") - found.start() + words[n].end()
                return " " * end + found.group(0)[end:]
            continue
        if polarity(harm) < 0:
            # "reduce gun deaths": the rest of the harm's noun phrase goes with it
            while (
                n < len(words)
                and words[n - 1].group(0)[-1:].isalnum()
                and words[n].group(0).isalpha()
                and words[n].group(0).islower()
                and words[n].group(0) not in _NOT_HARM
            ):
                n += 1
            end = found.start("harm") - found.start() + words[n - 1].end()
            return " " * end + found.group(0)[end:]
    return found.group(0)


_NOT_HARM = frozenset(
    "and or but in on at for to of from by with the a an that which who they we it he she you "
    "i is are was were will would can could should must has have had not".split()
)
"""Words that end the harm a remedy acts on ("cut crime [and they hate it]")."""


def without_remedies(text: str) -> str:
    """Return `text` with each remedy of a harm ("to bring crash numbers down") blanked, its
    length kept: what a speaker says a thing will cure is no tone of theirs."""
    return _REMEDY.sub(_remedied, text)


ACCUSATION_TONE = 0.5
"""How negative a clause that accuses someone reads at least."""
_ACCUSES = re.compile(
    r"\b(?:(?:for )?personal gain|self-dealing|corrupt(?:ion|ly)?|brib(?:e|es|ed|ery)|"
    r"kickbacks?|fraud(?:ulent)?|cover-?up|illegal(?:ly)?|unlawful(?:ly)?|"
    r"broke (?:[\w.]+ ){0,3}laws?|violat(?:e|ed|es|ing|ion|ions) (?:of )?(?:the |[\w.]+ ){0,3}"
    r"(?:law|laws|constitution|rules?)|abuse of power|obstruct(?:ion|ed)? (?:of )?justice|"
    r"money laundering|embezzl\w*|lied|lying to|"
    # "gambled with an innocent kid's life", "hid evidence", "withheld the report", "broke the
    # rules": VADER reads "innocent" and "life" as glad
    r"gambl(?:ed|ing|es) with|(?:hid|hidden|hiding|withheld|withholding|concealed|concealing|"
    r"buried|suppressed) (?:the |that |this |those |key |crucial |critical )?(?:evidence|"
    r"records?|reports?|documents?|files?|recordings?|information|data|findings)|"
    r"broke (?:the |its |his |her |their )?(?:own )?rules|cheat(?:ed|ing)|stole|"
    # negligence and betrayal: "sat on warning signs", "looked the other way", "put its sales
    # numbers ahead of the lives of...", "chose landlords over the families", "turned its back on"
    r"(?:sat|sitting|sits) on (?:the |those |these )?(?:warning|complaints?|reports?|evidence|"
    r"signs|red flags|information|data)|ignor(?:ed|ing|es) (?:the |those |these |our |their )?"
    r"(?:warnings?|complaints?|red flags|signs|pleas|parents|families|residents|victims)|"
    r"looked the other way|look the other way|cover(?:ed|ing)? (?:it )?up|"
    r"turn(?:ed|s)? (?:its|his|her|their) backs? on|"
    r"put(?:s|ting)? (?:its |his |her |their )?(?:\w+ )?(?:profits?|politics|sales|numbers|"
    r"donors|margins) (?:ahead of|over|before)|chose (?:\w+ ){1,3}over (?:the |our )?\w+|"
    r"on the backs? of|"
    # "Nobody from that office had the decency to call me": VADER reads the decency as glad
    r"(?:nobody|no\s+one|not\s+one|never|n['’]t|not)\s+(?:[\w'’]+\s+){0,4}?"
    r"(?:have|had|has|show|showed|shown)\s+the\s+(?:basic\s+|common\s+)?(?:decency|courtesy|"
    r"courage|guts|respect|honesty|integrity))\b",
    re.I,
)
"""Words that charge someone with wrongdoing: a quote that says them of the actor is against
the actor, though VADER's lexicon reads several as neutral or even glad."""


_ACCUSING = frozenset(
    "ignored ignores ignoring betrayed betrays betraying abandoned abandons abandoning gutted "
    "guts gutting squandered squanders squandering".split()
)
"""Verbs a quote accuses its subject with ("This commission ... ignored its own biologists"),
which VADER reads as no tone at all."""
_PREDICATES = {
    **_SIDE_LOOKUP,
    **{w: "oppose" for w in words("stance_undo")},
    **{w: "oppose" for w in _ACCUSING},
}
_NEGATIONS = frozenset("not never no cannot".split())
_OWNERS = frozenset("the our their his her its my your".split())

_ACTION_NOUNS = [
    *_ACTION_OBJECTS,
    *"legislation offer nomination compromise move cuts layoffs withdrawal".split(),
    *"injunction closure pullout suspension changes overhaul restrictions".split(),
    *"approval firing dismissal lawsuit resignation appointment ouster repeal verdict".split(),
    *"conviction strike curfew".split(),
]
_THIS_ACTION = (
    r"\b(?:this|the|that)\s+(?:(?!(?:but|and|or|a|an|to|of|is|was|will|would)\b)[a-z-]+,?\s+)"
    r"{0,3}?(?:" + "|".join(_ACTION_NOUNS) + r")\b(?!\s+(?:a|an|the|with|of)\b)"
)
# "called the firing a sham": the verdict that follows the action's noun is on it
_CALLED_ACTION = (
    r"\b(?:called|calls|calling|dubbed|labeled|labelled|branded|termed)\s+(?:this|the|that)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:" + "|".join(_ACTION_NOUNS) + r")\b"
)


# How far after the speaker's name their speech verb may stand ("Lee, a senator, said…").
SPEECH_WINDOW = 60


APPOSITION_CHARS = 120
# ("whose town of about 21,000 residents": a figure's comma ends no apposition)
_APPOSED = re.compile(r"^(?:\s+of\s+[A-Za-z]+)?,(?:[^,.;]|(?<=\d)[,.](?=\d)){1,120},")


# "Rep. Ann Lee (R-Iowa) and Rep. Tom Reyes (R-Minn.) said": titles and party tags do not end
# the clause between a name and its verb.
_TAGS = re.compile(r"\s*\([^()]{1,20}\)|\b(sen|rep|gov|mr|ms|mrs|dr)\.")


def _reports_speech(low: str, names: Sequence[str]) -> bool:
    """True when one of `names` is followed by a speech verb ("Lee said", "Lee, who…, warned")."""
    low = _TAGS.sub(lambda m: m.group(1) or "", low)
    for n in names:
        for m in re.finditer(rf"(?<![a-z]){re.escape(n)}(?![a-z])", low):
            # "Lee, the senior Republican on the committee, said…": the apposition is skipped
            rest = _APPOSED.sub(" ", low[m.end() : m.end() + SPEECH_WINDOW + APPOSITION_CHARS])
            after = re.split(r"[.;]", rest[:SPEECH_WINDOW], maxsplit=1)[0]
            words = re.findall(r"[a-z]+", after)[:6]
            for k, w in enumerate(words):
                if w in _OTHERS_CLAUSE:
                    break  # "Lee, whom Democrats have accused of...": the Democrats speak
                if w in SPEECH_VERBS and not (k and words[k - 1] in _BEFORE_A_NOUN):
                    return True  # (not "a traffic stop on State Route 9": a noun there)
    return False


_BEFORE_A_NOUN = frozenset(
    "the a an on in of at to from for by with this that its his her their our my your".split()
)
"""Words after which a speech verb's form is a noun ("on state route", "the report")."""


_OTHERS_CLAUSE = frozenset("whom whose which".split())
"""Relative words after a name that open a clause with a subject of its own."""


def _office(camps: Camps) -> list[str]:
    """ "the president" when the actor is the president: the actor named by office."""
    return [f"the {camps.office}"] if camps.office else []


# The words around a mention of the actor that carry the quote's stance toward them: its own
# clause, not the whole sentence ("a reasonable offer to fix our broken system" is praise; "an
# island of stability amid the chaos" praises the island, "amid" gives the circumstances).
_CLAUSE = re.compile(
    r"[,;:—–()]|\s-{1,2}\s|\b(?:but|while|although|though|because|amid|amidst|despite)\b"
)
CLAUSE_WORDS = 12


def _around(sent: str, start: int, end: int) -> str:
    """The clause of `sent` holding the span start..end, at most CLAUSE_WORDS words each way."""
    cuts = [m for m in _CLAUSE.finditer(sent)]
    lo = max((m.end() for m in cuts if m.end() <= start), default=0)
    hi = min((m.start() for m in cuts if m.start() >= end), default=len(sent))
    before = sent[lo:start].split()[-CLAUSE_WORDS:]
    after = sent[end:hi].split()[:CLAUSE_WORDS]
    return " ".join([*before, sent[start:end], *after])


# A stance verb in the clause ("withdraw this decision", "we welcome the plan") is enough to
# place the speaker (times TOWARD_WEIGHT it passes STANCE_THRESHOLD); the whole sentence's
# tone counts only as this share of its polarity.
PREDICATE_POLARITY = 0.7
SENTENCE_SHARE = 0.5


# Falling short of a standard: "not conservative enough", "insufficiently tough".
_SHORT_OF = re.compile(r"\bnot\s+(?:\w+\s+){1,2}enough\b|\binsufficiently\b", re.I)


def _predicate(clause: str) -> float:
    """+PREDICATE_POLARITY for a support word in the clause, - for an opposition or undo word,
    0 for none or both."""
    found: set[str] = set()
    tokens = re.findall(r"[a-z’']+", clause.lower())
    for i, w in enumerate(tokens):
        side = _PREDICATES.get(w)
        if w in ("back", "backs") and i and tokens[i - 1] in _OWNERS:
            continue  # "on the backs of students": a body's back, not backing
        if side is not None:
            # "we do not support this", "won't back it": the negation turns the stance over
            if any(
                t in _NEGATIONS or t.endswith(("n't", "n’t")) for t in tokens[max(0, i - 3) : i]
            ):
                side = "oppose" if side == "support" else "support"
            found.add(side)
    if _SHORT_OF.search(clause):
        found.add("oppose")  # "Lee is not conservative enough": a judgment against
    if len(found) != 1:
        return 0.0
    return PREDICATE_POLARITY if found == {"support"} else -PREDICATE_POLARITY


ELLIPTIC_WORDS = 4
"""How long a verbless fragment of a quote may be to go on about what the sentence before
named ("So predictable.", "Absolutely shameful.")."""


def _elliptic(sent: str) -> bool:
    """Return True when a sentence is a short fragment with no verb and no name of its own."""
    from briefing.text.tagger import tag_once

    tokens = [t for t in tag_once(sent) if t.upos != "PUNCT"]
    return 0 < len(tokens) <= ELLIPTIC_WORDS and not any(
        t.upos in ("VERB", "AUX", "PROPN", "PRON") for t in tokens
    )


# The other party, when a quote names it: what it is said to do is the actor's rival's.
_RIVALS = {"R": ("democrats",), "D": ("republicans", "gop")}


def _clause_start(low: str, at: int) -> int:
    """Offset of the start of the clause holding offset `at` (see `_CLAUSE`)."""
    return max((m.end() for m in _CLAUSE.finditer(low) if m.end() <= at), default=0)


def _opens_clause(low: str, at: int) -> bool:
    """Return whether the word at `at` opens its clause ("Democrats must...", "..., and the
    Republicans refused"): there it is the subject, what the clause says is about it."""
    head = low[_clause_start(low, at) : at].split()
    return all(w in ("and", "the", "but", "so", "then", "yet") for w in head)


# Undoing a veto (for the thing vetoed) or keeping it (against): "override his veto",
# "reverse this veto", "sustain the veto".
_ON_VETO = re.compile(
    r"\b(?:(?:override|overrode|overridden|overriding|reverse|reversing|overturn\w*|undo|"
    r"rescind\w*)|(?P<keep>sustain\w*|uphold\w*|upheld))\s+(?:\w+\s+){0,2}vetoe?s?\b"
)


# The pronouns that can stand for the actor, by the possessive the camps give them.
_PERSON_PRONOUNS = {"his": ("he", "his", "him"), "her": ("she", "her")}


_CLAIMS = (
    r"(?:talks|talked|says|said|claims|claimed|keeps\s+saying|likes\s+to\s+say|insists|"
    r"wants\s+(?:you|people|us|everyone)\s+to\s+believe)"
)


def _says_but(text: str, camps: Camps, refused: bool = False) -> int:
    """-1 when a sentence of the quote opens on what the actor says and answers it ("The
    governor talks about small businesses, but...", "Lee claims the plan is free, but..."),
    +1 when the actor `refused` the thing (then the speaker is for the thing), else 0."""
    names = [re.escape(k) for k in (*camps.actor_keys, *_office(camps)) if k]
    if camps.actor_person:
        names += [p for p in _PERSON_PRONOUNS.get(camps.pronoun, ())[:1]]
    if not names:
        return 0
    pattern = re.compile(
        rf"(?:^|[.!?]\s+)(?:the\s+|mr\.\s+|ms\.\s+)?(?:{'|'.join(names)})\s+{_CLAIMS}\b"
        r"[^.;!?]{0,120}?,\s+but\b",
        re.I,
    )
    if pattern.search(text.strip()) is None:
        return 0
    return 1 if refused else -1


# the speaker's own feeling at the news, in so many words: "We are deeply disappointed",
# "I'm thrilled" (not "I am pleased to announce")
_FELT = re.compile(
    r"\b(?:we|i)(?:\s+(?:are|am|were|was)|['’](?:re|m))\s+(?:\w+ly\s+|so\s+|very\s+|just\s+)?"
    rf"(?P<feeling>{'|'.join(sorted(GLAD | AGGRIEVED))})\b(?!\s+to\b)",
    re.I,
)


_THIS_NEWS = r"^\W*(?:this|today)\s+(?:is|was)\b"
"""A quote's sentence that opens on the news as its subject ("This is a good day")."""
_FIRM_WORDS = ("this company", "the company", "corporate")
"""How a quote names a business that is the story's actor ("This is corporate betrayal")."""


def _is_firm(camps: Camps) -> bool:
    """Return whether the story's actor is a business ("Brantley Appliance Works")."""
    actor = camps.actor or ""
    return (
        not camps.actor_person
        and actor.split()[-1:] != []
        and (actor.split()[-1].lower() in BUSINESS_HEADS)
    )


_NAMED_BY_KIND = VOTING_BODIES | frozenset(
    "authority agency department district legislature".split()
)
"""The kinds of public body a quote may name its actor by ("this commission", "the board")."""
_EXIT_OWED = re.compile(
    r"\b(?P<who>he|she)\s+(?:should|must|ought\s+to|needs?\s+to|had\s+to)\s+(?:have\s+)?"
    r"(?:resign(?:ed)?|step(?:ped)?\s+(?:down|aside)|quit|left|leave)\b"
    r"|\bresignation\s+(?:is|was|comes|came)\s+(?:\w+\s+){0,3}(?:overdue|too\s+late)\b",
    re.I,
)
"""A quote saying the actor ought to go, or ought to have gone sooner."""


def _toward_actor(
    text: str, camps: Camps, thing: str | None = None, refused: bool = False
) -> float:
    """Polarity of the clauses of the quote that name the actor or the thing acted on ("this
    deal"; the target's flipped), or 0. When the actor `refused` the thing ("Lee vetoed the
    bill"), the sides are for or against the thing: praise of the actor is against it."""
    best = 0.0
    thing_keys = [thing] if thing else []
    actor_keys = [*camps.actor_keys, *_office(camps)]
    toward = thing_keys if refused else [*camps.actor_keys, *thing_keys, *_office(camps)]
    if not refused and _is_firm(camps):
        toward += list(_FIRM_WORDS)  # "These workers made this company rich": the actor
    pattern = [rf"\b{re.escape(k)}\b" for k in toward] + [_THIS_ACTION, _CALLED_ACTION]
    head = (camps.actor or "").split()[-1:]
    if not refused and not camps.actor_person and head and head[0].lower() in _NAMED_BY_KIND:
        # "This commission cut the wildlife budget...": a body its quote names by its kind,
        # as the subject it judges (not "serve at the pleasure of the council")
        pattern.append(rf"(?:^\W*|[,;]\s+|\b(?:and|but)\s+)(?:this|the|that)\s+{head[0].lower()}\b")
    against = [
        rf"\b{re.escape(k)}\b" for k in [*camps.target_keys, *(actor_keys if refused else [])]
    ]
    # "This is corporate welfare", "Today is a good day for every family": the news itself,
    # what the actor did (when the actor refused the thing, the refusal); not a person's act,
    # which may be their loss ("This is scary" of a minister who quit in protest: for him),
    # nor news with no actor, thing or target ("This is domestic terrorism" of an arrest: the
    # crime)
    if (camps.actor or camps.target or thing) and not camps.actor_person:
        (against if refused else pattern).append(_THIS_NEWS)
    # an action's noun that names what the actor acts on ("the lawsuit" a judge threw out)
    actions = (_THIS_ACTION, _CALLED_ACTION)
    aimed = {w for k in camps.target_keys for w in k.split()}
    rivals: list[str] = []
    if not against and camps.party and not camps.yielded:
        # no one the actor acts on: the other party, as the subject of a clause, is the camp
        # a quote may attack instead ("Democrats must end their obstruction")
        rivals = [rf"\b{k}\b" for k in _RIVALS.get(camps.party, ())]
    person = [rf"^\W*{p}\b" for p in _PERSON_PRONOUNS.get(camps.pronoun, ())]
    named = 0  # the sign of the principal the previous sentence named, 0 for none
    # the pieces of a quote split by its attribution read as sentences of their own
    # (the shared segmenter: "Mr. Lee’s account" is not two sentences)
    pieces = [
        part[a:b] for part in text.split(JOIN) for a, b in segment_sentences(part, 0, len(part))
    ]
    for sent in pieces:
        # (blanked here, not in `_tone`: a clause may end before the "down" that makes one,
        # and every tone below is read from this sentence)
        sent = without_remedies(sent)
        low = sent.lower()
        # "I urge my colleagues to reverse this veto": for the thing vetoed, whoever vetoed it
        undone = _ON_VETO.search(low) if thing else None
        if undone is not None:
            lead_in = low[_clause_start(low, undone.start()) : undone.start()].split()[-3:]
            denied = any(w in _NEGATIONS or w.endswith(("n't", "n’t")) for w in lead_in)
            sign = -1 if denied else 1
            if undone.group("keep"):
                sign = -sign  # "sustain the veto": the thing stays stopped
            if abs(best) < PREDICATE_POLARITY:
                best = sign * PREDICATE_POLARITY
        # "We offered the prime minister a meeting. His refusal is disappointing.": a
        # sentence opening on the actor's pronoun goes on about the one just named
        carried = person if named > 0 else []
        if named and _elliptic(sent):
            # "Lee's plan is a giveaway. So cynical.": a fragment with no verb of its own
            # goes on judging the one the sentence before named
            pol = named * _tone(sent)
            if abs(pol) >= MIN_POLARITY and abs(pol) > abs(best):
                best = pol
            continue
        named = 0
        opposite = [
            m.start() for k in rivals for m in re.finditer(k, low) if _opens_clause(low, m.start())
        ]
        for keys, sign in ((pattern, 1), (against, -1), (carried, 1), (rivals, -1)):
            for k in keys:
                for m in re.finditer(k, low):
                    if keys is rivals and m.start() not in opposite:
                        continue  # "to entice Democrats": not what the clause is about
                    if (
                        keys is pattern
                        and k in actions
                        and re.findall(r"[a-z-]+", m.group(0))[-1] in aimed
                    ):
                        continue  # "this lawsuit" where the actor threw it out: the target
                    named = named or (sign if keys is not carried else 0)
                    clause = _around(sent, m.start(), m.end())
                    if sign > 0 and any(
                        _clause_start(low, m.start()) <= r < m.start() for r in opposite
                    ):
                        continue  # "Democrats must drop their dislike of the president": theirs
                    # "if they think they will benefit under Lee, they're wrong": a condition
                    # states no view, only its stance words count
                    hypothetical = _CONDITION.search(clause) is not None
                    pol = 0.0 if hypothetical else _tone(clause)
                    stance = _predicate(clause)
                    if not stance and not low[: m.start()].strip():
                        # "This commission cut the budget, ignored its own biologists, and...":
                        # the sentence's subject does all its verbs, past the clause's comma
                        stance = _predicate(sent)
                    if stance and pol * stance < 0:
                        pol = stance  # "would undo fifteen years of deterrence", whatever
                        # VADER makes of the words around it ("told Liberty Wire")
                    if abs(pol) < MIN_POLARITY:
                        pol = stance or (0.0 if hypothetical else SENTENCE_SHARE * _tone(sent))
                    if abs(sign * pol) > abs(best):
                        best = sign * pol
    if camps.actor_person and not refused and (owed := _EXIT_OWED.search(text)) is not None:
        who = (owed.group("who") or "").lower()
        if not who or who in _PERSON_PRONOUNS.get(camps.pronoun, ()):
            # "She should have stepped aside the day the first passages came out", "This
            # resignation is about five months overdue": the actor ought to have gone, which
            # no VADER word tells
            best = -PREDICATE_POLARITY
    if abs(best) < PREDICATE_POLARITY and (said := _says_but(text, camps, refused)):
        # "The governor talks about small businesses, but the winners are the big chains":
        # what the actor says, set right by the speaker
        best = said * PREDICATE_POLARITY
    if not best and (felt := _FELT.search(text)) is not None:
        # "We are deeply disappointed," said the losing party's counsel: how the news left them
        best = PREDICATE_POLARITY if felt.group("feeling").lower() in GLAD else -PREDICATE_POLARITY
    return best
