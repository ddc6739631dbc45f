"""How strong a quote is, and the `Quote` record a group of quotes becomes.

`strength` ranks a speaker's quote for the brief (on-topic, substantive, attributed by name);
`to_quote` turns a merged group (one statement, possibly worded differently by outlets) into the
brief's `Quote` with its variants, evidence and outlets.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from briefing.model import Quote, QuoteVariant, Side
from briefing.stages.quotes.base import _sentence_end, _sentence_start
from briefing.stages.quotes.lexicon import (
    _MAX_WORDS_BRIEF,
    _MIN_WORDS_BRIEF,
)
from briefing.stages.quotes.merge import (
    _first_order,
    _Group,
    _Item,
    _norm,
    _overlap,
    _wordings,
)
from briefing.text.names import same_person
from briefing.text.tokens import content_words

log = logging.getLogger(__name__)


# A web name ("MoveOn.org") or a word with a capital inside ("MoveOn"): a proper organization
# name, never a place or a common noun.
# ("McAllen", "LaRue" are surnames: the capital must follow three lower-case letters).
_PROPER_ORG = re.compile(r"^(?:[\w-]+\.(?:org|com|net)|[A-Z][a-z]{3,}[A-Z]\w*)\b")


def _specific_org(org: str) -> bool:
    """An organization precise enough to place people by: "ACLU", "Lakeside Way", "Lakeside.org",
    not "House"."""
    return (
        len(org.split()) >= 2 or (org.isupper() and len(org) >= 2) or bool(_PROPER_ORG.match(org))
    )


def _org_key(org: str) -> str:
    """One key per organization however its name runs on ("MoveOn.org Political Action"); the
    president's staff ("adviser to President Ann Lee") is the White House's."""
    web = _PROPER_ORG.match(org)
    if web:
        return web.group().lower()
    if _WHITE_HOUSE.match(org):
        return "white house"
    return _norm(org)


# "White House", "President Ann Lee" (the one in office, not a "former President")
_WHITE_HOUSE = re.compile(
    r"^(?:the\s+)?(?:White House|President\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)$"
)


def _group_keys(group: _Group) -> list[str]:
    keys = []
    if group.speaker:
        keys.append("s:" + group.speaker.lower())
    if group.organization and _specific_org(group.organization):
        keys.append("o:" + _org_key(group.organization))
    return keys


def _short(sentence: str, limit: int = 90) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"


def _attribution_sentence(item: _Item, keep_quote: bool = False) -> str:
    """The writer's words around the quote's cue (the quote itself left out unless
    `keep_quote`)."""
    text = item.article.text
    span = item.span
    anchor = span.speaker_start if span.speaker_start is not None else span.start
    lo = _sentence_start(text, anchor, max(0, text.rfind("\n", 0, anchor) + 1))
    nl = text.find("\n", anchor)
    hi = _sentence_end(text, anchor, nl if nl >= 0 else len(text))
    out = text[lo:hi]
    if keep_quote:
        return out
    for a, b in span.parts:
        if lo <= a and b <= hi:
            out = out.replace(text[a:b], " ")
    return out


# Words quoted inside the writer's sentence are the speaker's, but the writer chose where
# they start and stop: a full statement of the same merit ranks first.
FRAGMENT_PENALTY = 1.0
SELF_PENALTY = 3.0
"""A person's quote that names them in the third person ("Born to a single mother, Ann Lee
moved..." from Lee's website) is a biography or a release, not their statement on the news."""


OUTLET_WEIGHT = 1.0
"""Per outlet beyond the first that prints a quote: what several newsrooms chose to quote is,
by their judgement, the speaker's key words (dev: key-phrase main quotes 0.747 -> 0.760 from
0.5 an outlet; 2.0 over-rules length and form, 0.747)."""
QUESTION_PENALTY = 2.0
"""A quote that ends on a question ("Who else would bring 400 jobs to Riverside?") asks; a
statement of the same speaker says where they stand (dev: gold speakers whose shown quote
holds an editor's key phrase 54 -> 55 of 72, sides unchanged)."""


OLD_PENALTY = 10.0
"""A quote the writer dates to a year ("Lee said to the crowd in Riverside in March 2008") is
the record the story digs up, not the speaker's word on the news: it is shown only when the
speaker has nothing newer, however many outlets print it (more than a quote's other merits
add up to; at 3.0 a remark three outlets reprinted outranked the speaker's defence)."""
_IN_YEAR = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Dd]uring) (?:an? |the )?(?:(?:early|late|mid-?)\s*)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+)?(?P<year>(?:19|20)\d\d)\b"
)


def _said_years_ago(item: _Item) -> bool:
    """Return True when the attribution dates the quote to a year: "in 2014" right after its
    verb, before the next comma ("Lee said in 2014, according to..."), or opening its sentence
    or the one before ("In 2003, she addressed a rally in Riverside. “…,” Lee said."), or
    opening on the occasion the sentence before dates ("... at a 2003 rally. At that rally,
    she said, “…”")."""
    span, text = item.span, item.article.text
    if span.cue_end is not None:
        clause = re.split(r"[,.;:!?“”\"]", text[span.cue_end : span.cue_end + 80], maxsplit=1)[0]
        if _IN_YEAR.search(clause):
            return True
    sentence = _attribution_sentence(item).lstrip(' “”"')
    if _IN_YEAR.match(sentence):
        return True
    # the sentence before, in this paragraph or ending the one before ("At a 2008 ceremony in
    # Riverside, she praised the audience. / “I served,” she said.")
    start = _sentence_start(text, span.start, max(0, span.start - 600))
    before = text[max(0, start - 400) : start].rstrip()
    previous = before[_sentence_start(before, len(before) - 1, 0) :].lstrip(' \n“”"')
    if _BACK_TO_THEN.match(sentence) and _IN_YEAR.search(previous):
        return True  # "... spoke at a 2019 rally. / At that rally, in May, she said, “…”"
    return _IN_YEAR.match(previous) is not None


_BACK_TO_THEN = re.compile(r"(?:[Aa]t|[Ii]n|[Dd]uring) (?:that|this|the same)\b")
"""An attribution that opens on the occasion the sentence before dated: "At that event"."""


def _about_themselves(speaker: str | None, text: str) -> bool:
    """Return True when a person's quote names its own speaker by surname."""
    words = (speaker or "").split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return False  # an organization or one word: "The ACLU will sue" is its statement
    return re.search(rf"\b{re.escape(words[-1])}\b", text) is not None


def _strength(
    group: _Group, narrative: Sequence[str], topic: frozenset[str] = frozenset()
) -> tuple[float, int]:
    """Rank key: higher is stronger; ties by document order. `topic` holds the words the
    outlets' headlines share: a quote about them is about the news, not an aside."""
    text = group.items[0].span.text
    words = len(text.split())
    score = 0.0
    if group.named:
        score += 3.0
    if group.role or group.organization:
        score += 1.0
    if text.rstrip()[-1:] in ".!?":
        score += 1.0
    if _MIN_WORDS_BRIEF <= words <= _MAX_WORDS_BRIEF:
        score += 2.0
    elif words > _MAX_WORDS_BRIEF:
        score += 0.5
    if re.search(r"\d", text):
        score += 1.0
    if re.search(r"\b(will|would|could|means|lead to|cost|make|made|because|more|less)\b", text):
        score += 0.5
    score += OUTLET_WEIGHT * (len({it.article.id for it in group.items}) - 1)
    if all(it.span.partial for it in group.items):
        score -= FRAGMENT_PENALTY
    if _about_themselves(group.speaker, text):
        score -= SELF_PENALTY
    if text.rstrip(" ”\"'’").endswith("?"):
        score -= QUESTION_PENALTY
    if any(_said_years_ago(it) for it in group.items):
        score -= OLD_PENALTY
    for line in narrative:
        if _overlap(line, text) >= 0.7:
            score -= 2.0
            break
    # what the headlines are about: the quote names it, or the headlines name its speaker
    speaker = _stems(group.speaker or "")
    if topic and (len(topic & (_stems(text) - speaker)) >= TOPIC_HITS or topic & speaker):
        score += TOPIC_BONUS
    order = min(it.order for it in group.items)
    return score, -order


TOPIC_HITS = 1
TOPIC_BONUS = 1.0


def _stems(text: str) -> frozenset[str]:
    return frozenset(content_words(text))


def headline_topic(titles: Sequence[str]) -> frozenset[str]:
    """The content words two or more headlines share (all of one headline's when alone)."""
    sets = [_stems(t) for t in titles if t]
    if len(sets) < 2:
        return sets[0] if sets else frozenset()
    return frozenset(w for w in frozenset().union(*sets) if sum(w in s for s in sets) >= 2)


def _name_suffix(a: str, b: str) -> bool:
    """True when one speaker string ends with the other's full name of two or more words
    ("aclu ceo a. ann lee" and "ann lee"): one person listed once per side."""
    wa, wb = a.split(), b.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return len(short) >= 2 and long_[-len(short) :] == short


def _others(n: int) -> str:
    """ "1 quoted speaker", "3 quoted speakers"."""
    return "1 quoted speaker" if n == 1 else f"{n} quoted speakers"


SMALL_PART = 0.4
"""A quoted piece under this share of the shown statement's words is shown as what its outlet
printed (see `_to_quote`)."""


def _to_quote(group: _Group) -> Quote:
    wordings = _wordings(group)
    # keep the wording in the most sources; then the longest; then the earliest
    wordings.sort(
        key=lambda w: (-len({i.article.id for i in w[1]}), -len(w[0]), min(i.order for i in w[1]))
    )
    text, members = wordings[0]
    main = next(i for i in members if i.span.text == text)
    sources = sorted({it.article.id for it in group.items}, key=lambda s: _first_order(group, s))
    variants = [
        QuoteVariant(
            text=w, sources=sorted({i.article.id for i in m}, key=lambda s: _first_order(group, s))
        )
        for w, m in wordings
    ]
    # an outlet that printed a few words of the statement ("from Riverside to higher ground") is
    # shown with the words it printed, not only cited for the whole (the shown one's is whole)
    least = SMALL_PART * len(text.split())
    whole = {i.article.id for i in members if len(i.span.text.split()) >= least}
    pieces = {(i.span.text, i.article.id) for i in members if i.article.id not in whole}
    if pieces:
        # the whole statement is cited to the outlets that printed it whole; an outlet that
        # printed a few of its words is cited beside those words only (annotators read "in:
        # Lakeside Weekly" for a statement of which that outlet printed four words)
        parted = {a for _, a in pieces}
        variants = [
            QuoteVariant(text=v.text, sources=[s for s in v.sources if s not in parted])
            for v in variants or [QuoteVariant(text=text, sources=sources)]
        ]
        variants = [v for v in variants if v.sources]
        variants += [QuoteVariant(text=t, sources=[a]) for t, a in sorted(pieces)]
        sources = [s for s in sources if s not in parted]
    outlets: list[str] = []
    for sid in sources:
        art = next(it.article for it in group.items if it.article.id == sid)
        if art.outlet and art.outlet not in outlets:
            outlets.append(art.outlet)
    differs = len(variants) > 1
    return Quote(
        text=text,
        speaker=group.speaker,
        role=group.role,
        organization=_named_organization(group.organization),
        sources=sources,
        outlets=outlets,
        source=main.article.id,
        start=main.span.start,
        end=main.span.end,
        variants=variants if differs else [],
        wording_differs=differs,
        evidence=list(group.evidence),
        stance=group.stance,
        parts=[list(p) for p in main.span.parts],
    )


def _named_organization(org: str | None) -> str | None:
    """`org` as the reader sees it: "the group" no name was found for says nothing."""
    return None if org and org[:1].islower() else org


ALSO_QUOTED = 3
"""At most this many people whose side the articles leave open are shown as "Also quoted"."""
_JOURNALIST = re.compile(r"\b(?:reporter|correspondent|journalist|editor|columnist)s?\b", re.I)


def also_quoted(
    sides: Sequence[Side], quotes: Sequence[Quote], limit: int = ALSO_QUOTED
) -> list[Quote]:
    """Return the people quoted on the story whom no side holds, one statement each, the
    strongest first.

    A named speaker (a person or an organization, not "an official", nor a reporter telling
    the story) and a statement of at least `_MIN_WORDS_BRIEF` words that is no question; ranked
    by the outlets printing it, then by a role or organization the articles give, then the
    fullest, then the earliest. Works on any extractor's `Quote` records (`stance` "neutral"
    is a speaker no side holds)."""
    shown = [(q.speaker or "").lower() for side in sides for q in (*side.quotes, *side.more)]
    best: dict[str, tuple[tuple[int, int, int, int], Quote]] = {}
    for order, quote in enumerate(quotes):
        speaker = quote.speaker or ""
        if quote.stance != "neutral" or quote.paraphrase or not speaker[:1].isupper():
            continue
        if speaker == quote.role or _JOURNALIST.search(quote.role or ""):
            continue  # "Peruvian-born journalist" names no one; a reporter tells the story
        if any(
            w[:1].islower() and w not in ("of", "for", "and", "the", "de") for w in speaker.split()
        ):
            continue  # "Small groups of residents": a description, not a name
        words = len(quote.text.split())
        if words < _MIN_WORDS_BRIEF or quote.text.rstrip(" ”\"'’").endswith("?"):
            continue
        key = speaker.lower()
        if any(key == s or same_person(key, s) or _name_suffix(key, s) for s in shown):
            continue  # on a side already
        key = next((k for k in best if k == key or same_person(k, key)), key)
        known = bool(quote.role or quote.organization and quote.organization != speaker)
        rank = (-len(set(quote.sources)), -known, -min(words, _MAX_WORDS_BRIEF), order)
        if key not in best or rank < best[key][0]:
            best[key] = (rank, quote)
    return [q for _, q in sorted(best.values(), key=lambda item: item[0])][:limit]
