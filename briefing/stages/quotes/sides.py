"""Sides of the story's central action: placement, labels, strongest quotes per side."""

from __future__ import annotations

import dataclasses
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import Literal

from briefing.model import Quote, Side
from briefing.stages.narrative import outlet_names
from briefing.stages.narrative import persons as persons_in
from briefing.stages.quotes.base import QuoteSpan, _sentence_start
from briefing.stages.quotes.camps import (
    _ALIAS_HEADS,
    _ATTACK,
    _DATELINE,
    _PROCEEDING_BY,
    _UNDER_PROCEEDING,
    AGENT_NOUNS,
    GOVERNING_BODIES,
    LEAD_SENTENCES,
    OFFICE_NAMES,
    UNION_WORDS,
    VOTING_BODIES,
    Camps,
    find_camps,
    group_actor,
    head_noun,
    heads_administration,
    lead_lines,
    leads_committee,
    office_of,
    party_of,
    relation,
    serves_administration,
    side_labels,
    yielded_to,
)
from briefing.stages.quotes.lexicon import (
    _ACTION_OBJECTS,
    _ACTION_VERBS,
    _PROCEEDING_ACTS,
    _SIDE_LOOKUP,
    AGGRIEVED,
    GENERIC_BODIES,
    GLAD,
    KIN,
    THING_NAMES,
)
from briefing.stages.quotes.merge import (
    QuoteSource,
    _contains,
    _fill_speaker,
    _Group,
    _group_quotes,
    _Item,
    _same_speaker,
    _sentences,
    _unify_names,
    story_items,
)
from briefing.stages.quotes.paraphrase import paraphrase
from briefing.stages.quotes.parties import (
    _WORKS_FOR,
    PARTY_WEIGHT,
    STANCE_THRESHOLD,
    lead_in_party,
    party_camp,
    party_lean,
    speaker_party,
)
from briefing.stages.quotes.rank import (
    _IN_YEAR,
    _PROPER_ORG,
    _attribution_sentence,
    _group_keys,
    _name_suffix,
    _others,
    _short,
    _specific_org,
    _strength,
    _to_quote,
    headline_topic,
)
from briefing.stages.quotes.stances import (
    MIN_POLARITY,
    _office,
    _reports_speech,
    _toward_actor,
)
from briefing.text.names import (
    BUSINESS_HEADS,
    COMPANY_WORDS,
    HONORIFICS,
    NAME_SEQ,
    ORG_WORDS,
    acronym,
    clean_name,
    is_title,
    looks_person,
    same_person,
    strip_title,
)
from briefing.text.quotation import outside_quotes, quoted_share
from briefing.text.segment import sentences as segment_sentences
from briefing.text.tokens import STOPWORDS, WORD, stem

log = logging.getLogger(__name__)


CENTRAL_MENTIONS = 3
"""How often an action must be told on a thing no lead names at all for the thing to be the
story's ("voted against the caucus budget" twice, in a party-switch story, is background)."""
OBJECT_WORDS = 8
"""How many words after an action verb may name the thing it acts on (see `central_action`)."""


_VOTED_BAN = re.compile(
    r"\bvot(?:ed|es|ing)\b(?:\s+[\w,-]+){0,5}?\s+to\s+(?:ban|prohibit|bar|outlaw)\b", re.I
)
_SAME_THING = {"suit": "lawsuit", "probe": "investigation", "inquiry": "investigation"}
"""Things the writers name by more than one word, counted as one."""


_CHIEF_EXECUTIVE = re.compile(
    r"^(?:(?:chairman|chairwoman|founder|president)\s+and\s+)?"
    r"(?:ceo|chief executive(?: officer)?)$",
    re.I,
)
_A_COMPANY = re.compile(
    r"\b(?:the|a)\s+(?:[\w-]+\s+){0,2}(?:company|retailer|chain|firm|automaker|airline)\b"
)


def _heads_company(group: _Group, camps: Camps, texts: Sequence[str]) -> bool:
    """Return whether the speaker is a chief executive of no named company ("CEO Douglas
    Prewitt wrote in an open letter") where the actor is a company (its name's last word, or
    the writers call it "the company", "the retailer"): its chief executive."""
    if group.organization or not camps.actor or camps.actor_person:
        return False
    if not any(_CHIEF_EXECUTIVE.match(item.span.role or "") for item in group.items):
        return False
    if camps.actor.split()[-1].lower() in BUSINESS_HEADS:
        return True
    # "Hartline, the sporting goods chain", "the retailer Hartline": the writers call it so
    name = re.escape(camps.actor)
    called = re.compile(
        rf"{name}(?:,|\s+is|\s+was)[^.]{{0,60}}?{_A_COMPANY.pattern}|"
        rf"{_A_COMPANY.pattern},?\s+{name}",
        re.I,
    )
    return any(called.search(t) for t in texts)


_BARE_SPOKES = re.compile(r"(?:an?\s+|the\s+)?spokes(?:man|woman|person)$", re.I)


def _actors_spokesperson(group: _Group, camps: Camps) -> bool:
    """Return whether the speaker is a spokesperson of no named body ("said spokeswoman Laurel
    Finch") whose paragraph, or the one before it, names the actor, a body ("The company said
    in a statement ... Meridian Crest also plans ..."), and no other body: its spokesperson."""
    if group.organization or not camps.actor or camps.actor_person:
        return False
    if not all(_BARE_SPOKES.fullmatch((item.span.role or "").strip()) for item in group.items):
        return False
    # (its name, not a word any body is called by: "the commission" may be any commission)
    keys = [k for k in camps.actor_keys if len(k) >= 3 and k not in _ALIAS_HEADS]
    own = {w.lower() for w in (group.speaker or "").split()}
    for item in group.items:
        text = item.article.text
        start = min(item.span.start, item.span.speaker_start or item.span.start)
        para = text.rfind("\n", 0, start)
        before = text.rfind("\n", 0, max(0, para - 1)) + 1 if para > 0 else 0
        end = text.find("\n", item.span.end)
        told = outside_quotes(text[before:start])
        if not any(re.search(rf"\b{re.escape(k)}\b", told.lower()) for k in keys):
            return False
        bodies = {clean_name(m.group()) for m in NAME_SEQ.finditer(told)}
        if any(_org_name(b) and not any(k in b.lower() for k in keys) for b in bodies):
            return False  # another body named there may be the one she speaks for
        # "..., said spokesman Tyler Brandvold, who speaks for the Hutchins campaign": a name
        # in the attribution that is neither the speaker nor the actor says whose he is
        after = outside_quotes(text[start : end if end > 0 else len(text)])
        for m in re.finditer(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w-]+", after.strip()):
            word = m.group().lower()
            if word not in own and not any(word in k.split() for k in keys):
                return False
    return True


_PROCEEDING_THINGS = frozenset({"lawsuit", "investigation"})
_HELD_THINGS = frozenset(
    "license licence permit charter accreditation certification registration franchise "
    "contract visa clearance".split()
)
"""Things someone holds that an actor may take away ("revoked the permit", "suspended the
license"): to be for the thing is to be for its holder."""
_ITS_CLAUSE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,")
_OTHER_CLAUSE = re.compile(r"[,;]|\b(?:after|before|when|while|as|because|since|and|but)\b")


# "sued the state to tear up a pension law", "filed suit challenging a new state law": what a
# suit the leads report is against
_SUIT_AGAINST = re.compile(
    r"\b(?:sued|sues|suing|lawsuit|suit)\b[^.;]{0,60}?\b(?:to\s+(?:block|stop|overturn|"
    r"strike\s+down|tear\s+up|kill|halt|void|invalidate|undo|repeal)|challenging|against)\s+"
    r"(?:(?:a|an|the|its|this|their)\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?P<noun>law|rule|policy|order|ban|ordinance|regulation|measure|statute|mandate)\b",
    re.I,
)


def suit_target(leads: Sequence[str]) -> tuple[str, ...]:
    """Return the kinds of thing ("law") the leads' suit is against, the most told first."""
    found = Counter(
        m.group("noun").lower()
        for lead in leads
        for m in _SUIT_AGAINST.finditer(outside_quotes(lead))
    )
    return tuple(k for k, _ in found.most_common())


def _brings_it(articles: Sequence[QuoteSource], camps: Camps) -> bool:
    """Return whether the actor brought the proceeding the story is about: named before
    "filed a lawsuit"/"opened an investigation" in a sentence, or as its author ("The suit,
    filed by the X Project", "under investigation by the X Committee")."""
    keys = [k for k in camps.actor_keys if k]
    writers = (
        outside_quotes(sent)
        for art in articles
        for a, b in art.kept
        for sent in _sentences(art.text[a:b].replace("\n", " "))
    )
    for sent in writers:
        low = sent.lower()
        for m in _PROCEEDING_ACTS.finditer(sent):
            # the clause that opens it: "Lee fired Reyes days after the council opened an
            # investigation" is the council's
            # ("The Lakeside Teachers Union, which has 4,000 members, filed suit": its clause
            # on the subject parts nothing)
            clause = _OTHER_CLAUSE.split(_ITS_CLAUSE.sub(" ", low[: m.start()]))[-1]
            if any(re.search(rf"\b{re.escape(k)}\b", clause) for k in keys):
                return True
        by = [m.group("agent") for m in _UNDER_PROCEEDING.finditer(sent) if m.group("agent")]
        if (agent := _PROCEEDING_BY.match(sent)) is not None:
            by.append(agent.group("agent"))
        if any(re.search(rf"\b{re.escape(k)}\b", a.lower()) for a in by for k in keys):
            return True
    return False


def central_action(articles: Sequence[QuoteSource]) -> tuple[str | None, str | None]:
    """The story's central action: (the sentence stating it, the thing acted on: "agreement")."""
    counts: Counter[str] = Counter()
    in_lead: set[str] = set()
    named: set[str] = set()  # the words of the leads
    first_sentence: str | None = None
    for art in articles:
        position = 0
        for a, b in art.kept:
            chunk = art.text[a:b]
            for sent in _sentences(chunk.replace("\n", " ")):
                position += 1
                if position <= 2:
                    named.update(re.findall(r"[a-z]+", sent.lower()))
                verbs = [
                    *_ACTION_VERBS.finditer(sent),
                    *_VETO.finditer(outside_quotes(sent)),
                    # "is now under investigation by the committee", "the subject of an
                    # ethics probe": the proceeding is acted on, whoever brought it
                    *_UNDER_PROCEEDING.finditer(outside_quotes(sent)),
                    *_PROCEEDING_ACTS.finditer(outside_quotes(sent)),
                ]
                if not verbs:
                    continue
                # what an action verb acts on: the few words after it ("passed the stadium
                # bill"), not a word further on ("announced her run ... on farm policy")
                low = " ".join(
                    # (the words from the verb on: "under investigation" holds its object)
                    " ".join(sent[v.start() :].split()[: OBJECT_WORDS + len(v.group().split())])
                    for v in verbs
                ).lower()
                # "voted 6-3 to ban gas hookups": the vote made a ban, the thing the sides are on
                low += " ban" * len(_VOTED_BAN.findall(outside_quotes(sent)))
                for obj in _ACTION_OBJECTS:
                    n = sum(1 for m in re.finditer(rf"\b{obj}\b", low) if not _modifier(low, m))
                    if n:
                        # "filed the suit" and "filed a lawsuit": one thing, told twice
                        obj = _SAME_THING.get(obj, obj)
                        counts[obj] += n
                        if position <= 2:
                            in_lead.add(obj)
                        if first_sentence is None:
                            first_sentence = sent.strip()
    if not counts:
        return first_sentence, None
    # (a tie goes to the thing a lead acts on: "vetoed an ordinance" over "the measure" later)
    best, n = sorted(
        counts.items(), key=lambda kv: (-kv[1], kv[0] not in in_lead, _ACTION_OBJECTS.index(kv[0]))
    )[0]
    if best not in in_lead and (n < 2 or (n < CENTRAL_MENTIONS and best not in named)):
        # passing mentions are no central action to take sides on; a thing a lead names
        # ("calls to veto the harbor bill") is the story's if twice acted on later
        return first_sentence, None
    return first_sentence, best


def _modifier(low: str, found: re.Match[str]) -> bool:
    """Return whether the thing's word `found` only modifies the noun after it ("suspended his
    law license": a license, no law; "the budget cuts": cuts)."""
    from briefing.text.tagger import tag_once as tag

    after = re.match(r"\s+([a-z]+)\b", low[found.end() :])
    if after is None or after.group(1) in STOPWORDS:
        return False
    tokens = tag(f"the {found.group()} {after.group(1)}")
    return len(tokens) == 3 and tokens[1].upos == "NOUN" and tokens[2].upos == "NOUN"


def _called(thing: str) -> str:
    """Return a pattern for the thing under any of its names ("deal": "merger", "takeover")."""
    names = {thing, *THING_NAMES.get(thing, ())}
    names |= {key for key, also in THING_NAMES.items() if thing in also}
    names |= {also for key in list(names) for also in THING_NAMES.get(key, ())}
    return rf"\b(?:{'|'.join(sorted(map(re.escape, names)))})\b"


# What the writers call an actor's refusal of the thing ("praised the veto").
_REFUSAL_NOUNS = ("veto", "injunction", "ruling")

# The subject vetoed or will veto ("vetoed the bill", "her decision to veto"); "pressed to
# veto", "calls for a veto" say what others want, not what the subject did.
_VETO = re.compile(r"\b(?:vetoe[ds]|(?:decision|decided|will|would)\s+(?:to\s+)?veto)\b")
_WISHED = re.compile(r"\b(?:hop|urg|call|press|ask|want|expect)\w*\b")
# The verbs of refusal, and what a refusal the leads report as the news is called on a side's
# label.
_REFUSAL_ACTS = {
    "blocked": "blocking",
    "blocks": "blocking",
    "rejected": "rejecting",
    "rejects": "rejecting",
    "reversed": "reversing",
    "reverses": "reversing",
    "suspended": "suspending",
    "suspends": "suspending",
    "halted": "halting",
    "halts": "halting",
    "overturned": "overturning",
    "overturns": "overturning",
    "rescinded": "rescinding",
    "rescinds": "rescinding",
    "invalidated": "invalidating",
    "invalidates": "invalidating",
    "struck down": "striking down",
    "strikes down": "striking down",
    "dismissed": "dismissing",
    "dismisses": "dismissing",
    "threw out": "throwing out",
    "throws out": "throwing out",
    "thrown out": "throwing out",
    "tossed": "throwing out",
    "tosses": "throwing out",
    # ("killed the plan", "voted down the plan": on a label, rejecting it)
    "killed": "rejecting",
    "kills": "rejecting",
    "denied": "denying",
    "denies": "denying",
    "voted down": "rejecting",
    "votes down": "rejecting",
    "turned down": "rejecting",
    "turns down": "rejecting",
    "revoked": "revoking",
    "revokes": "revoking",
    "canceled": "canceling",
    "cancelled": "canceling",
    "cancels": "canceling",
}
_REFUSALS = frozenset(_REFUSAL_ACTS)
# "voted 4 to 1 to reject the merger", "decided to block it": the refusal a vote or a decision
# is, in its base form
_TO_REFUSE = re.compile(
    # ("voted 5 to 2 late Tuesday to reject": the tally and the day come between)
    r"[^.;:]{0,40}?\bto\s+(reject|block|reverse|suspend|halt|overturn|rescind|invalidate|"
    r"strike down|dismiss|kill|deny|turn down|vote down|revoke|cancel)\b",
    re.I,
)
_DECIDING = frozenset("voted votes decided decides agreed agrees".split())
_VOTED_AGAINST = re.compile(r"(?:\s+(?:\d[\d-]*|to|on|[A-Z][a-z]+day))*?\s+against\b")
"""The tally and the day, then "against": "voted 4 to 1 on Thursday against the merger"."""
_PAST = {
    "strike down": "struck down",
    "reverse": "reversed",
    "invalidate": "invalidated",
    "deny": "denied",
    "turn down": "turned down",
    "vote down": "voted down",
    "revoke": "revoked",
}


# Things that are someone's attack on another ("the lawsuit against the Gazette"): refusing
# one spares its target.
_ADVERSARIAL = frozenset({"lawsuit", "suit"})


# What a court strikes down or blocks at a plaintiff's request (not a lawsuit: its refusal is
# against whoever brought it)
_CHALLENGED = frozenset("law rule policy order ban ordinance regulation measure".split())


def _plaintiff(texts: Sequence[str], names: Sequence[str]) -> bool:
    """Return True when the articles call one of `names` a plaintiff: "Among the plaintiffs was
    Ruby Gaines", "Calvin Mosby, president of the League, a plaintiff in the case", "the
    League, one of the plaintiffs"."""
    for name in filter(None, names):
        who = re.escape(name)
        pattern = (
            rf"\b[Aa]mong\s+the\s+plaintiffs\s+(?:was|were|is|are)\s+(?:[\w.’'-]+\s+){{0,3}}?{who}\b"
            rf"|\b{who}\b(?:,\s+[^,.;]{{1,80}})?,\s+(?:a|one of the|the lead)\s+plaintiffs?\b"
        )
        if any(re.search(pattern, text) for text in texts):
            return True
    return False


def _brought(texts: Sequence[str], names: Sequence[str], thing: str) -> bool:
    """Return True when the articles say one of `names` brought the thing ("Rep. Tom Reyes's
    defamation lawsuit", "the lawsuit filed by Reyes", "the lawsuit Reyes brought")."""
    for name in filter(None, names):
        who = re.escape(name)
        pattern = (
            rf"\b{who}['’]s\s+(?:[\w$.,-]+\s+){{0,4}}?{thing}\b"
            rf"|\b{thing}\s+(?:that\s+)?(?:(?:was\s+)?(?:filed|brought)\s+by\s+)?"
            rf"(?:[\w.]+\s+){{0,3}}?{who}\b(?:\s+(?:had\s+)?(?:filed|brought))?"
        )
        for text in texts:
            for m in re.finditer(pattern, text):
                said = m.group()
                if (
                    f"{name}'s" in said
                    or f"{name}’s" in said
                    or re.search(r"\b(?:filed|brought)\b", said)
                ):
                    return True
    return False


def _refusal(verb: re.Match[str], sent: str) -> tuple[str, int] | None:
    """Return (the refusal, as `_REFUSAL_ACTS` keys it, and where its object starts) when the
    action verb `verb` of `sent` refuses: "blocked", or a vote or decision to refuse ("voted
    4 to 1 to reject the merger")."""
    word = verb.group(1).lower()
    if word in _REFUSALS:
        return word, verb.end()
    if word not in _DECIDING:
        return None
    to = _TO_REFUSE.match(sent, verb.end())
    if to is None:
        # "voted 4 to 1 against the acquisition": a vote against it rejects it
        against = _VOTED_AGAINST.match(sent, verb.end()) if word.startswith("vote") else None
        return None if against is None else ("rejected", against.end())
    base = to.group(1).lower()
    return _PAST.get(base, f"{base}ed"), to.end()


def _is_actor(subject: str, camps: Camps, texts: Sequence[str]) -> bool:
    """True when the words before a verb name the story's actor: by name ("Gov. Ann Lee"), or
    by the title the articles give the actor ("A federal judge" for "Judge Tom Reyes")."""
    if not camps.actor_keys:
        return False
    low = subject.lower()
    if any(re.search(rf"\b{re.escape(k)}\b", low) for k in camps.actor_keys):
        return True
    if not camps.actor_person and any(
        # "Asheville's City Council", "The City Council" for the Asheville City Council, "The
        # Public Utilities Commission" for the North Calder Public Utilities Commission: a
        # place's governing body, by its own words (its head and the word before it at least)
        len(k.split()) >= 3
        and k.split()[-1] in GOVERNING_BODIES
        and any(
            re.search(rf"\b{re.escape(' '.join(k.split()[cut:]))}\b", low)
            for cut in range(1, len(k.split()) - 1)
        )
        for k in camps.actor_keys
    ):
        return True
    if NAME_SEQ.search(subject) and any(
        looks_person(clean_name(strip_title(m.group())[1])) for m in NAME_SEQ.finditer(subject)
    ):
        return False  # someone else, by name
    if (
        not camps.actor_person
        and camps.actor
        and (head := head_noun(camps.actor)) in GOVERNING_BODIES
        and re.search(rf"\b{head}\b", low)
    ):
        return True  # "Valmont's medical licensing board" for the Valmont Board of Medical...
    nouns = {w for w in re.findall(r"\b[a-z]{3,}\b", low) if w not in STOPWORDS}
    if not nouns or not camps.actor_person:
        return False
    surname = re.escape((camps.actor or "").split()[-1])
    roles = "|".join(sorted(map(re.escape, nouns)))
    titled = re.compile(rf"\b(?i:{roles})\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}{surname}\b")
    return any(titled.search(t) for t in texts)


_LABEL_STOP = re.compile(
    r"\s(?:from|in|at|on|for|to|by|with|into|over|after|before|that|which|who|and|but|or)\s"
)
LABEL_ACT_WORDS = 6
"""At most this many words of a decision name a side's label ("pulling 14 books")."""


def _opening(art: QuoteSource) -> tuple[str, ...]:
    """An article's first LEAD_SENTENCES sentences, where it tells its news."""
    leads: list[str] = []
    for a, b in art.kept:
        leads += [art.text[s:e] for s, e in segment_sentences(art.text, a, b)]
        if len(leads) >= LEAD_SENTENCES:
            break
    return tuple(leads[:LEAD_SENTENCES])


def decided_act(articles: Sequence[QuoteSource]) -> str | None:
    """The decision most articles' openings report, as a label's gerund phrase: "voted 4-3 to
    pull 14 books from library shelves" -> "pulling 14 books"; None when fewer than half the
    articles report one with the same verb. The shortest outlet's words are kept (the fewest
    of an outlet's own adjectives: "14 sexually explicit books")."""
    from briefing.stages.narrative import _purpose

    found: list[list[str]] = []
    for art in articles:
        purpose = _purpose(_opening(art), on_thing=True)
        if purpose is not None:
            words = _LABEL_STOP.split(f" {purpose.removeprefix('to ')} ")[0].split()
            if words and len(words) <= LABEL_ACT_WORDS:
                found.append(words)
    verbs = Counter(words[0].lower() for words in found)
    if not verbs:
        return None
    verb, n = verbs.most_common(1)[0]
    if 2 * n < len(articles) or n < 2:
        return None
    words = min((w for w in found if w[0].lower() == verb), key=len)
    return " ".join([_gerund(verb), *words[1:]])


def _gerund(verb: str) -> str:
    """Return the "-ing" form of a verb: "pull" -> "pulling", "close" -> "closing", "ban" ->
    "banning" (one vowel before one final consonant, in a word of one syllable)."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    syllables = re.findall(r"[aeiouy]+", verb)
    if len(syllables) == 1 and re.search(r"[^aeiou][aeiou][^aeiouwxy]$", verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def central_refusal(articles: Sequence[QuoteSource], thing: str | None, camps: Camps) -> str | None:
    """The actor's refusal of the thing when most articles' opening sentences report it as the
    news ("Gov. Ann Lee vetoed the harbor bill", "A federal judge blocked the rule"): what a
    side's label calls it ("the veto", "blocking the rule"); None when the refusal is not the
    news (a bill passed, and the governor may veto it)."""
    if not thing or not articles:
        return None
    return _refusal_news(_refusals(articles, thing, camps), len(articles))


def _refusal_news(found: Counter[str], articles: int) -> str | None:
    """Return the refusal `found` (see `_refusals`) that half the `articles` open on, else None."""
    if not found:
        return None
    # ("killed the plan" in one lead, "voted down the plan" in another: one refusal)
    act = found.most_common(1)[0][0]
    return act if 2 * sum(found.values()) >= articles else None


def _refusals(articles: Sequence[QuoteSource], thing: str, camps: Camps) -> Counter[str]:
    """Count, per label ("revoking the permit", "the veto"), the articles whose opening reports
    the actor's refusal of the thing (see `central_refusal`)."""
    texts = [art.text for art in articles]
    found: Counter[str] = Counter()
    for art in articles:
        for sent in _opening(art):
            writer = outside_quotes(sent.replace("\n", " "))
            dateline = _DATELINE.match(writer)
            start = dateline.end() if dateline else 0
            veto = _VETO.search(writer, start)
            verb = _ACTION_VERBS.search(writer, start)
            if veto is not None and (verb is None or veto.start() <= verb.start()):
                before = writer[start : veto.start()]
                if _WISHED.search(before[-40:]) or not _is_actor(before, camps, texts):
                    continue
                found["the veto"] += 1
                break
            refusal = _refusal(verb, writer) if verb is not None else None
            if verb is None or refusal is None:
                continue
            after = " ".join(writer[refusal[1] :].split()[:OBJECT_WORDS]).lower()
            if not re.search(_called(thing), after):
                continue  # ("rejected the takeover": the deal, under another name)
            subject = writer[start : verb.start()]
            if (
                _is_actor(subject, camps, texts)
                or (not camps.actor_keys and _DECIDING_BODY.search(subject))
                # "The vote cancels a five-year contract": the decision the lead reports
                or _ACT_SUBJECT.fullmatch(subject) is not None
            ):
                found[f"{_REFUSAL_ACTS[refusal[0]]} the {thing}"] += 1
                break
    return found


_ACT_SUBJECT = re.compile(
    r"\W*(?:the|this|that|its|their)\s+(?:[\w’'-]+\s+)?(?:vote|decision|move|ruling|order)\s*",
    re.I,
)
"""A lead sentence's subject that is the decision itself ("The vote cancels the contract",
"The 5-2 decision reverses..."): the body that decided refuses the thing."""


# A body that decides, where the leads name no actor the camps know: "Asheville's City Council
# killed the plan", "A federal judge blocked the rule", "State regulators denied the license"
_DECIDING_BODY = re.compile(
    r"\b(?:[Cc]ouncil|[Cc]ommission|[Bb]oard|[Cc]ommittee|[Cc]ourt|[Jj]udge|[Jj]ury|"
    r"[Ll]egislature|Senate|House|Assembly|[Pp]anel|[Rr]egulators|[Cc]ommissioners|"
    r"[Tt]rustees|[Vv]oters)\b"
)


_SUBORDINATE = re.compile(
    r"\b(?:as soon as|after|before|when|once|until|unless|if|because|since|while|"
    r"the (?:day|moment|minute) )\s*",
    re.I,
)
"""What opens a clause of its own before an action verb ("vowed to sue as soon as ...", "will
sue the day the governor signs")."""


def action_actors(articles: Sequence[QuoteSource], thing: str | None) -> dict[str, str]:
    """Who did the central action, by lower-cased name: "support" for those who approved,
    passed or signed the thing, "oppose" for those who rejected or blocked it."""
    actors: dict[str, str] = {}
    if not thing:
        return actors
    for art in articles:
        for a, b in art.kept:
            for sent in _sentences(art.text[a:b].replace("\n", " ")):
                writer = outside_quotes(sent)
                veto = _VETO.search(writer)
                if veto is not None:
                    # "Gov. Ann Lee announced her decision to veto legislation": a veto is
                    # always of the measure, whatever the sentence calls it; the vetoer is
                    # the name nearest before it, unless others only hope she will
                    found = [
                        (m.start(), clean_name(strip_title(m.group())[1]))
                        for m in NAME_SEQ.finditer(writer[: veto.start()])
                    ]
                    found = [(at, n) for at, n in found if n and looks_person(n)]
                    if found and not _WISHED.search(
                        writer[max(0, found[-1][0] - 40) : found[-1][0]]
                    ):
                        actors.setdefault(found[-1][1].lower(), "oppose")
                verb = _ACTION_VERBS.search(sent)
                if not verb or not re.search(rf"\b{thing}\b", sent[verb.end() :], re.I):
                    continue
                against = re.match(r"\s+(against|no)\b", sent[verb.end() :], re.I)
                refusal = _refusal(verb, sent)
                if refusal is not None and refusal[1] == verb.end():
                    # "Beck dismissed the staff findings and argued the license could have
                    # been approved": a refusal's object is right after its verb
                    near = " ".join(sent[verb.end() :].split()[:OBJECT_WORDS])
                    near = re.split(r",|;|\s(?:and|but|saying|said|that|as)\s", near)[0]
                    if not re.search(rf"\b{thing}\b", near, re.I):
                        continue
                refused = refusal is not None or against
                side = "oppose" if refused else "support"
                # ("REDMONT — A federal judge blocked…": the dateline's place did nothing)
                dateline = _DATELINE.match(sent)
                subject = sent[dateline.end() if dateline else 0 : verb.start()]
                # "The Firearms Coalition vowed to sue as soon as Solberg signs the bill": the
                # verb's own clause says who signs, not the sentence's subject
                opened = list(_SUBORDINATE.finditer(subject))
                if opened:
                    subject = subject[opened[-1].end() :]
                for m in NAME_SEQ.finditer(subject):
                    name = clean_name(strip_title(m.group())[1])
                    if name:
                        actors.setdefault(name.lower(), side)
                for m in re.finditer(r"\b[A-Z][A-Z.&]{1,9}\b", subject):
                    actors.setdefault(m.group().replace(".", "").lower(), side)
    return actors


# the people on a side: "his critics" are someone else ("his opposition" is his own stance)
_PERSON_SIDE = frozenset(
    "supporter supporters proponent proponents backer backers advocate advocates critic critics "
    "opponent opponents detractor detractors".split()
)
# who is one by the noun alone ("critics"; "advocates for the homeless" advocate for people)
_NAMED_SIDE = _PERSON_SIDE - {"advocate", "advocates"}
# ("The lone dissent came from Commissioner Lee": the one who dissented is named after it)
_NOUN_SIDE = _PERSON_SIDE | frozenset(
    "opposition support backlash criticism condemnation favor favour dissent".split()
)
_LINK = re.compile(
    r"^[\s,]*$|^[^.;]{0,70}?\b(?:including|like|such as|from|among|led by|notably|especially)"
    r"\b[^.;]*$"
    # "critics of the efforts, Senators Ron Wyden and Mark Udall": the apposition names them
    r"|^\s+(?:of|to)\s[^.;,]{0,50},\s+(?:(?:sens?\.|senators?|reps?\.|representatives?|gov\.|"
    r"governors?|mayors?|lawmakers?|leaders?|councilors?|councilmen|commissioners?)\s+)?$"
)


# a name right after "near" or "in" is a place ("residents near Harbor Flats")
_PLACED = re.compile(r"\b(?:in|near|at|outside|across|around)\s+$")


def _other_person(stretch: str, names: Sequence[str]) -> bool:
    """Return True when a personal name other than `names` stands in `stretch`."""
    own = {n.lower() for n in names if n}
    runs = list(NAME_SEQ.finditer(stretch))
    for k, m in enumerate(runs):
        name = clean_name(strip_title(m.group())[1])
        if _PLACED.search(stretch, 0, m.start()):
            continue  # "Residents near Harbor Flats": where they are
        if k and stretch[runs[k - 1].end() : m.start()] == " of ":
            if _org_name(f"{runs[k - 1].group()} of {m.group()}"):
                continue  # "the American Institute of Steel Importers": no person
        if k + 1 < len(runs) and stretch[m.end() : runs[k + 1].start()] == " ":
            if _org_name(f"{m.group()} {runs[k + 1].group()}"):
                continue  # "the Brightwater Kappa Theta Omega Alumni Association": no person
        if len(name.split()) >= 2 and looks_person(name) and name.lower() not in own:
            return True
    return False


# Callings printed before a surname as a title ("Professor Sato", "Coach Reyes").
_CALLINGS = frozenset(
    "professor coach judge justice chief officer sheriff detective pastor father rabbi reverend "
    "bishop dean chancellor commissioner ambassador general colonel captain lieutenant "
    "sergeant agent trooper deputy councilman councilwoman councilmember alderman".split()
)


def _kin_of(group: _Group) -> bool:
    """Return True when the group's "organization" is a person whose kin the speaker is
    ("Gloria Hughes, Darnell's mother"): no body the speaker speaks for."""
    role = (group.role or "").split()
    return bool(role) and KIN.fullmatch(role[-1]) is not None


def _acts_on(sentence: str, thing: str) -> bool:
    """Return True when an action verb of `sentence` acts on the thing within OBJECT_WORDS
    words ("passed the stadium bill"), not when the thing is named apart from it ("the bill's
    proponents dismissed Obama's concerns")."""
    return any(
        re.search(rf"\b{thing}\b", " ".join(sentence[v.end() :].split()[:OBJECT_WORDS]).lower())
        for v in _ACTION_VERBS.finditer(sentence)
        if not _subordinate_verb(sentence, v.start())
    )


def _subordinate_verb(sentence: str, at: int) -> bool:
    """Return whether the verb at `at` is in a clause a subordinator opens ("vowed to sue as
    soon as Solberg signs the bill"): what the sentence tells is the act of its main clause."""
    opened = list(_SUBORDINATE.finditer(sentence, 0, at))
    return bool(opened) and not re.search(r"[,;:—]", sentence[opened[-1].end() : at])


def _only_namesake(sentence: str, group: _Group) -> bool:
    """Return True when `sentence` names the group's speaker only by a surname that another
    person's first name goes with ("Darnell Hughes sued..." for Gloria Hughes): its frames are
    that person's. A title or an honorific before the surname ("Ms. Hughes") may be either."""
    owner = None if _kin_of(group) else group.organization
    if (
        not group.named
        or not group.speaker
        or not group.role  # a person described ("mother", "Senator"), not "Resist Trump"
        or (owner and owner.lower() in sentence.lower())
    ):
        return False
    parts = group.speaker.split()
    if len(parts) < 2 or " and " in group.speaker or group.speaker in sentence:
        return False
    surname = parts[-1]
    # the writer's words: "nicknamed “Mad Dog Mattis”" names no one else
    bare = outside_quotes(sentence)
    found = list(re.finditer(rf"(?:\b([A-Z][a-z]+\.?)\s+)?\b{re.escape(surname)}\b", bare))
    return bool(found) and all(
        m.group(1) is not None
        and not is_title(m.group(1))
        and m.group(1).lower() not in HONORIFICS | STOPWORDS | _CALLINGS  # "But Cornyn"
        and not same_person(f"{m.group(1)} {surname}", group.speaker)  # Chuck, Charles
        for m in found
    )


# "against" is a stance only after a verb ("voted against", "spoke out against", "is against").
_BLAMED_ON = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?on\b")
"""What follows "blamed" when it names a cause ("blamed the delay on a printing error")."""

_AGAINST_AFTER = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|spo(?:ke|ken)|speak(?:s|ing)?|argu(?:e|es|ed|ing)|"
    r"campaign(?:s|ed|ing)?|f(?:ight|ights|ought|ighting)|protest(?:s|ed|ing)?|"
    r"rail(?:s|ed|ing)?|warn(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|testif(?:y|ies|ied|ying)|"
    r"c(?:ame|ome|omes|oming)\s+out|out|turn(?:s|ed|ing)|sid(?:e|es|ed|ing)|rul(?:e|es|ed|ing)|"
    r"decid(?:e|es|ed|ing)|is|are|was|were|be|been|outspoken|firmly|strongly|squarely|"
    r"vehemently|staunchly|"
    # "who led the charge against the project"
    r"(?:led|leads|leading|lead)\s+the\s+(?:charge|fight|push|effort|campaign|battle))\s+$"
)
_BY = r"\s+by\s+(?:the\s+)?"
_PASSIVE_BY = re.compile(_BY)
_PUSHED_BY = re.compile(
    r"(?:\s+for\s+(?:years|months|decades)|\s+[a-z]+ly)?" + _BY + r"(?:[a-z][a-z.-]*\s+){0,2}"
)
"""("pushed by Mayor Ann Lee", "pushed for years by Councilmember Ann Lee": the proposal's
own sponsor, whose title may come first)"""
_APPOSITION = re.compile(r"^,(?:[^,.;]|(?<=\d)[,.](?=\d)){1,90},")
_LED_OWN = re.compile(r"\s*(?:led|leads|headed|heads)\s+(?:the\s+)?")
# a doubt stated as an act: "raised concerns", "voiced doubts", "expressed alarm"
_CONCERNS = re.compile(
    r"(?:raised|raises|voiced|voices|expressed|expresses)\s+(?:\w+\s+)?"
    r"(?:concerns?|doubts|alarm|objections|reservations)\b"
)
# the speaker's apposition up to a side noun: "Lee, a committee member and close (ally)"
_APPOSED = re.compile(
    r",\s*(?:a|an|the|one of the)\s+(?:[^,.;]{0,40}\s+and\s+)?(?:(?:close|longtime|long-time|"
    r"staunch|fierce|vocal|outspoken|leading|prominent|frequent|harsh|strong|key|top|loyal|"
    r"early|ardent|sharp|chief|main|fellow|vociferous|persistent|consistent)\s+){0,2}"
)
"""(Its words before the noun say how, never what: "a vocal tea party supporter" supports the
tea party, not the action.)"""
# a side noun that only an apposition or a group lead-in names: whose ally, the words after
# it tell ("a close ally of the governor"), else the actor's
_ALLY = {"ally": "support", "allies": "support"}
# a plural group's defining clause before its verb: "Parents who (had) opposed the ban"
_DEFINING = re.compile(r"\s+(?:who|that)\s+(?:\w+ly\s+|also\s+|had\s+|have\s+)?")
_REFLEXIVE = re.compile(r"\s+(?:himself|herself|themselves|itself|myself|ourselves)\b")


# "Lee was clear in his opposition to the plan": a noun cue owned by a pronoun is the stance
# of the one named before it, like a verb's.
_OWNER = re.compile(r"\b(?:his|her|their|its)\s+(?:\w+\s+)?$")
# A sentence opening on a participle clause ("In defending the plan, …", "Criticizing …,").
_OPENER = re.compile(r"^\W*(?:(?:in|while|after|when|by)\s+)?$")
OPENER_CHARS = 90
# What may stand between that clause's comma and the subject's name: a title, "the".
_TITLED_START = re.compile(r"\s*(?:(?:the|mr|mrs|ms|dr|sen|rep|gov)\.?\s+)*")


_VERBAL_BEFORE = re.compile(
    r"\b(?:to|will|would|did|does|do|can|could|should|must|may|might|cannot|won['’]t|"
    r"wouldn['’]t|can['’]t|couldn['’]t|didn['’]t|doesn['’]t|don['’]t)\s+(?:not\s+|never\s+)?$"
)
# Verbs of a stance in their base form, which other words share ("back", "block"): a stance
# only after "to", "will", "would" (see `_VERBAL_BEFORE`)
_BASE_SIDE = {
    **dict.fromkeys("back endorse cheer praise welcome applaud hail".split(), "support"),
    **dict.fromkeys("block resist scrap veto condemn denounce".split(), "oppose"),
}
# "the activists opposing", "those supporting": a participle on the people named before it
_PARTICIPLE_OF = re.compile(
    # (a plural without its -s too: "a message for the men complaining that...")
    r"\b(?:(?:the|those|some|other|many|most)\s+(?:[a-z-]+\s+)?(?:[a-z]{3,}s|men|women|people|"
    r"children)|those)\s+$"
)
# "refused to back down", "to block out": a particle makes another verb
_PARTICLE_AFTER = re.compile(r"\s+(?:down|off|away|out|up|in|into|on|over)\b")
# "she could not support the nominee", "would never back": a negated verb of support
_NEGATED_BEFORE = re.compile(r"(?:\b(?:not|never|cannot)|n['’]t)\s+$")


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _latest_year(text: str) -> int:
    """Return the latest year an article names (0 for none): the year of its news."""
    return max((int(y) for y in _YEAR.findall(text)), default=0)


def _side_of_context(
    sentence: str,
    names: Sequence[str],
    latest: int = 0,
    *,
    plural: bool = False,
    proposal: bool = True,
    own: frozenset[str] = frozenset(),
    news: frozenset[str] = frozenset(),
) -> tuple[str, str, int] | None:
    """The side a context sentence gives one of `names`, with the cue word.

    A noun cue names its members after it ("critics, including X"); a verb cue has the
    speaker before it ("X praised the deal"). A name that is only the object is not placed,
    nor a cue whose own clause dates it before `latest`, the article's latest year ("X
    endorsed Y in the 2008 primary" is another event's stance). `plural` names are groups
    ("parents"), which a clause may define by their stance ("Parents who opposed the ban").
    Who put a proposal forward ("Ann Lee, the bill's sponsor,") stands for it where the sides
    are about a `proposal`; where they are not, the sentence places no one. One whose own clause
    says so ("Ann Lee, who pushed the measure,") stands for it either way. The words `own`
    name the story's act itself (`_SUIT_NOUNS`): no cue. Given `news`, the stems of the leads'
    words, a cue on an act they never name ("Pellegrini backed the veto" where the news is an
    endorsement) is a stance on another matter: no cue either (`other_matter`).
    """
    low = sentence.lower()
    spans = [
        (m.start(), m.end())
        for n in names
        if n
        for m in re.finditer(rf"(?<![a-z]){re.escape(n.lower())}(?![a-z])", low)
    ]
    if not spans:
        return None
    for _, b in spans:
        pushed = _SPONSOR_CLAUSE.match(low, b)
        if pushed is not None:
            # "Ann Lee, who pushed the measure, dismissed that argument": she put it forward,
            # whatever her verb goes on to say (a clause of her own, as "who wrote the bill")
            return ("support", "sponsor", pushed.start("thing"))
    sponsor = _sponsor_of(low, spans)
    if sponsor is not None:
        # "Councilwoman Ann Lee, the bill's sponsor, vowed...": she put the proposal forward
        # (the position is the proposal's, for `_aimed_at` to read what it names)
        return ("support", "sponsor", sponsor) if proposal else None
    best: tuple[int, str, str, int] | None = None
    for m in re.finditer(r"[a-z]+", low):
        word = m.group()
        if word in own:
            continue
        side = _SIDE_LOOKUP.get(word) or _ALLY.get(word)
        if side is None and _PHRASE_AGAINST.match(low, m.start()):
            side = "oppose"  # "broke with the White House", "urged him to reconsider"
        if side is None and _PHRASE_FOR.match(low, m.start()):
            side = "support"  # "lined up behind the plan", "rallied around the sheriff"
        felt = (
            side is None
            and (word in GLAD or word in AGGRIEVED)
            and _SAID_FELT.search(low, 0, m.start()) is not None
        )
        if felt:
            # "Whitaker said he was disappointed but not surprised": how the news left him
            side = "support" if word in GLAD else "oppose"
        sided = _SIDED_WITH.match(low, m.start()) if side is None else None
        if sided is not None:
            # "sided with the critics": with that camp
            side = "support" if sided.group("camp") in _FOR_CAMP else "oppose"
            word = sided.group()
        vote = _VOTE_CUE.match(low, m.start()) if side is None else None
        if vote is not None:
            # "one of the two members who voted to approve the school": their own vote
            side = "oppose" if vote.group("no") else "support"
            word = vote.group()
        if (
            side is None
            and _VERBAL_BEFORE.search(low, 0, m.start())
            and not _PARTICLE_AFTER.match(low, m.end())
        ):
            side = _BASE_SIDE.get(word)  # "won't back", "would endorse": a verb after a modal
        if side is None and _CONCERNS.match(low, m.start()):
            side = "oppose"  # "Residents raised concerns about rising rents"
        if side is None and word in _SPONSORING and _SPONSORED.match(low, m.end()):
            side = "support"  # "Lee, who wrote the amendment": her own proposal
        if side is None and word in _PUSHING and _THE_PROPOSAL.match(low):
            side = "support"  # "The ordinance, pushed by Mayor Ann Lee, ...": hers
        if side is None:
            continue
        if word in _SUIT_NOUNS and not _brings_suit(low, m.start(), m.end(), spans):
            continue  # "For Kowalczyk, the numbers in the state's new lawsuit...": not hers
        modified = _PARTICIPLE_OF.search(low, 0, m.start()) if word.endswith("ing") else None
        if modified is not None and not any(a <= modified.start() < b for a, b in spans):
            continue  # "said the activists opposing the extension...": theirs, not the speaker's
        if _REFLEXIVE.match(low, m.end()):
            continue  # "defended himself": a stance on one's own conduct, not on the action
        if news and other_matter(low, m.end(), news):
            continue  # "supported the veto" years ago, where the news is an endorsement
        if latest:
            # "endorsed Reyes in the 2008 primary": a stance in an earlier event (the year the
            # cue's own clause names, as a quote is dated: `rank._IN_YEAR`)
            clause = re.split(r"[,;]", sentence[m.end() : m.end() + 80], maxsplit=1)[0]
            dated = _IN_YEAR.search(clause)
            if dated and int(dated.group("year")) < latest:
                continue
        if word == "against" and not _AGAINST_AFTER.search(low[: m.start()]):
            continue  # "the primary race against Lee", "steps against him": no one's stance
        if word.startswith("blame") and _BLAMED_ON.match(low, m.end()):
            continue  # "a delay officials blamed on a printing error": a cause, no one's side
        for a, b in spans:
            passive = _PUSHED_BY if word in _PUSHING else _PASSIVE_BY
            if word.endswith("ed") and passive.fullmatch(low[m.end() : a]):
                # "The ad was denounced by the Log Cabin Republicans": the agent after "by"
                # holds the stance; what they denounced is the sentence's subject
                if best is None or best[0] > 0:
                    best = (0, side, word, 0)
                continue
            owned = word in _NOUN_SIDE and _OWNER.search(low[: m.start()]) is not None
            if owned and word in _PERSON_SIDE:
                continue  # "X ... his opponent": X has an opponent, X is not one
            if (
                word.endswith("ed")
                and word not in _FEELINGS
                and not felt
                and _BE_BEFORE.search(low[: m.start()])
            ):
                continue  # "Lee was panned for...": the one panned, not the one panning
            # "plans to support the effort": after "to" or a modal the word is the verb
            verbal = _VERBAL_BEFORE.search(low, 0, m.start()) is not None
            if (word in _NAMED_SIDE or word in _ALLY) and _APPOSED.fullmatch(low[b : m.start()]):
                # "Lee, a longtime critic of the plan, said": the apposition says who she is
                ok, dist = True, m.start() - b
            elif word in _ALLY:
                continue  # "NATO allies, including Britain": whose allies, the words do not say
            elif word in _NOUN_SIDE and not owned and not verbal:
                between = low[m.end() : a]
                ok = a >= m.end() and a - m.end() <= 140 and bool(_LINK.match(between))
                dist = a - m.end()
                if (
                    not ok
                    and b <= m.start()
                    and (
                        _LED.fullmatch(low[b : m.start()])
                        # "Ann Lee, a former teacher who ..., led the opposition": hers too
                        or _LED_OWN.fullmatch(_APPOSITION.sub("", low[b : m.start()]))
                    )
                ):
                    # "Rep. Ann Lee (D-Ky.), who led the opposition to the bill": hers
                    ok, dist = True, m.start() - b
            elif word.endswith("ing") and _OPENER.match(low[: m.start()]):
                # "In defending the decision, Ms. Lee cited…": the clause that opens the
                # sentence is the subject's own act; the subject follows its comma
                comma = low.find(",", m.end(), m.end() + OPENER_CHARS)
                subject = low[comma + 1 : a] if comma >= 0 else ""
                ok = comma >= 0 and a > comma and bool(_TITLED_START.fullmatch(subject))
                dist = a - m.end()
            else:
                # "MoveOn, one of the largest progressive groups, panned…": the apposition
                # describes the speaker and does not part them from their verb
                between = _APPOSITION.sub(" ", low[b : m.start()])
                # "Sen. Ann Lee (R-Ore.), who…": a party tag right after the name parts nothing
                between = _TAG_AFTER_NAME.sub("", between, count=1)
                ok = b <= m.start() and len(between) <= 70 and not re.search(r"[.;]", between)
                # "X said that Y criticized…" is Y's stance; "X, who criticized…" is X's own
                # "X, who offered his support for…": a stance given in so many words
                own_clause = re.fullmatch(
                    # "X of Lakeside, the council leader who plans to back...": her apposition's
                    r"(?:\s+of\s+[a-z.]+(?:\s+[a-z.]+)?)?,\s*(?:(?:the|a|an|one\s+of)\s+[^,.;]{1,60}?\s+)?"
                    r"who\s+(?:\w+ly\s+|also\s+|has\s+|had\s+|plans?\s+to\s+|(?:will|would)\s+|"
                    # "who led the charge against the project"
                    r"(?:led|leads|headed|heads)\s+the\s+(?:charge|fight|push|effort|campaign|"
                    r"battle)\s+|"
                    r"(?:was|is|were|has been)\s+|(?:has\s+)?(?:offered|gave|given|voiced|"
                    r"expressed|pledged|lent)\s+(?:his|her|their|its)\s+(?:full\s+|strong\s+)?)?",
                    between,
                )
                # "Some hard-liners that make up his base were incensed by...": the group's own
                # relative clause, then the feeling it has
                feels = word in _FEELINGS and _FEELING_AFTER_CLAUSE.fullmatch(between) is not None
                ok = ok and (
                    own_clause is not None
                    or feels
                    or not re.search(r"\b(that|which|who|whom|as)\b", between)
                    # "Parents who opposed the ban": the clause says which of them are meant
                    or (plural and _DEFINING.fullmatch(between) is not None)
                )
                # "The House leader, Rep. Ann Lee, criticized": Lee criticized, not the House
                ok = ok and not _other_person(sentence[b : m.start()], names)
                dist = len(between)
            if ok and verbal and _NEGATED_BEFORE.search(low, 0, m.start()):
                # "could not support Orloff" opposes him; "would not oppose" takes no side
                if side != "support":
                    continue
                side = "oppose"
            if ok and (best is None or dist < best[0]):
                best = (dist, side, word, m.end())
    if best is not None:
        if best[1] == "support" and _BUT_NOT.match(_clause_after(low, best[3])):
            # "said he supported crisis teams, but not by taking cops off the street": support
            # for an aim, not for the way the action reaches it
            return None
        # "X said it supports A, but it worries the bill goes further": the speaker's own
        # clause after "but" is where they stand
        turn = _CONTRAST.search(low, best[3])
        if turn is not None:
            side = _SIDE_LOOKUP.get(turn.group("cue"))
            if side is not None and side != best[1]:
                return side, turn.group("cue"), turn.end()
    return (best[1], best[2], best[3]) if best else None


# Acts a stance may be on, by family: a lead that names one of a family names them all ("the
# measure" is "the bill"); "the decision" and "the move" are whatever the news is.
_ACT_FAMILIES = (
    frozenset(
        "bill measure law legislation ordinance proposal plan policy program agreement deal "
        "contract treaty reform resolution rule regulation project budget application".split()
    ),
    frozenset({"lawsuit", "suit", "sue", "sued"}),  # ("the case" is any proceeding)
    frozenset({"investigation", "probe", "inquiry"}),
    frozenset({"nomination", "nominee"}),
    *(frozenset({w}) for w in "veto endorsement ruling merger ban pardon".split()),
)
# by stem: "endorsed" in a lead names the endorsement, "vetoed" the veto
_FAMILY_OF = {stem(w): frozenset(stem(v) for v in fam) for fam in _ACT_FAMILIES for w in fam}
_CUE_OBJECT = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|this|that)\s+(?P<words>(?:[\w'’-]+\s+){0,2}[a-z]+)\b"
)


def other_matter(low: str, end: int, news: frozenset[str]) -> bool:
    """Return whether the act a cue ending at `end` takes a stance on ("backed the 2019 veto",
    "supported the staffing bill") is one the leads never name (`news`: their words' stems)."""
    obj = _CUE_OBJECT.match(low, end)
    if obj is None:
        return False
    for word in obj.group("words").split():
        family = _FAMILY_OF.get(stem(word))
        if family is not None:
            return not (family & news)
    return False


_PROPOSAL_THINGS = frozenset(
    "bill amendment measure proposal resolution ordinance legislation plan law ban".split()
)
_PROPOSALS = rf"(?:{'|'.join(sorted(_PROPOSAL_THINGS))})"
_SPONSOR_NOUN = re.compile(
    rf"(?P<thing>\b(?:the|this)\s+(?:[a-z-]+\s+)?{_PROPOSALS}['’]s\s+)"
    r"(?:chief\s+|lead\s+|main\s+|original\s+|prime\s+)?(?:co-?)?(?:sponsor|author|architect)s?\b"
    r"|\b(?:chief\s+|lead\s+|main\s+|original\s+|prime\s+)?(?:co-?)?(?:sponsor|author|architect)s?"
    rf"\s+of\s+(?P<of>(?:the|this)\s+(?:[a-z-]+\s+)?{_PROPOSALS})\b"
)
# between a name and its apposition: a party tag, a comma ("Ann Lee (D), the bill's sponsor")
_APPOSITION_BEFORE = re.compile(r"\s*(?:\([^)]{1,20}\))?,\s*(?:and\s+)?(?:a\s+|an\s+)?")
# between an apposition and the name it describes: a comma and titles ("sponsor, Councilwoman")
_APPOSITION_AFTER = re.compile(r",\s*(?:[a-z.-]+\s+){0,3}")


_SPONSOR_CLAUSE = re.compile(
    r"\s*(?:\([^)]{1,20}\))?,\s*who\s+(?:had\s+|has\s+)?(?:co-?)?(?:sponsored|championed|"
    r"pushed(?:\s+for)?|proposed|wrote|drafted|introduced|authored)\s+"
    rf"(?P<thing>(?:the|this)\s+(?:[a-z-]+\s+)?{_PROPOSALS})\b"
)
"""A relative clause right after a name that says the person put the proposal forward ("Board
chair Ann Lee, who pushed the measure, dismissed..."): for it, whatever verb the sentence goes
on with."""


def _sponsor_of(low: str, spans: Sequence[tuple[int, int]]) -> int | None:
    """Return where the proposal starts when one of the names `spans` (start, end) has an
    apposition saying they put it forward ("Ann Lee, the bill's sponsor," / "The ordinance's
    author, Councilwoman Ann Lee," / "Ann Lee, a sponsor of the measure,"), else None."""
    for m in _SPONSOR_NOUN.finditer(low):
        start = m.start("thing") if m.group("thing") else m.start()
        at = m.start("thing") if m.group("thing") else m.start("of")
        for a, b in spans:
            if b <= start and _APPOSITION_BEFORE.fullmatch(low[b:start]):
                return at
            if m.end() <= a and _APPOSITION_AFTER.fullmatch(low[m.end() : a]):
                return at
    return None


# Phrases that set a speaker against the action: a break with the executive that took it, a
# call to undo it ("urged the president's chief of staff to reconsider")
_PHRASE_AGAINST = re.compile(
    r"(?:broke|breaks|breaking)\s+with\s+(?:the\s+)?(?:white\s+house|president|administration)\b|"
    # "Republicans quickly pounced.", "The department piled on.", "reacted with anger"
    r"(?:pounced|pounces|piled\s+on|piles\s+on)\b|"
    r"react(?:ed|s)?\s+with\s+(?:\w+\s+)?(?:anger|outrage|fury|dismay|alarm|disgust)\b|"
    r"(?:urged|urges|urging)\s+(?:[\w.'’-]+\s+){0,6}?to\s+(?:reconsider|reverse|rescind|"
    r"rethink|abandon|scrap|withdraw)\b|"
    # "Judge Ann Lee, writing in dissent": against the decision she did not join; so is one who
    # "made the same point in a sharply worded dissent"
    r"(?:wrote|writes|writing)\s+(?:in|for\s+the)\s+(?:dissent|dissenters|minority)\b|"
    r"in\s+(?:a|an|her|his|their)\s+(?:[\w-]+\s+){0,2}dissent\b"
)
# "said he was", "said they were deeply": a feeling the writer reports in the speaker's name
_SAID_FELT = re.compile(
    r"\b(?:said|says)\s+(?:that\s+)?(?:he|she|they)\s+(?:was|were|is|are|felt|feels)\s+"
    r"(?:\w+ly\s+|so\s+|very\s+)?$"
)
_PHRASE_FOR = re.compile(
    r"(?:lined|lines|lining)\s+up\s+behind\b|(?:rallied|rallies|rallying)\s+(?:behind|around)\b|"
    # "Judge Helen Marsh, writing for the panel", "wrote for the majority": the decision's author
    r"(?:wrote|writes|writing)\s+for\s+(?:the|a)\s+(?:unanimous\s+|\d+-\d+\s+)?"
    r"(?:majority|panel|court|board|commission|council|committee)\b|"
    # "Council member Rhonda Castellano, part of the majority,": she voted for it
    r"(?:part|one|members?)\s+of\s+the\s+(?:\w+-\w+\s+|\w+-member\s+)?majority\b"
)
_SIDED_WITH = re.compile(
    r"sid(?:ed|es|ing)\s+with\s+(?:the\s+)?(?:[a-z]+['’]s\s+)?"
    r"(?P<camp>critics|opponents|detractors|supporters|proponents|backers|defenders)\b"
)
_FOR_CAMP = frozenset("supporters proponents backers defenders".split())
_VOTE_CUE = re.compile(
    r"vot(?:ed|es)\s+(?:(?P<no>no|to reject|to deny|to block)|yes|in favor|for|to approve)\b"
)
"""A member's own vote on what the story's body decided ("voted in favor", "voted no"); in a
story about a refusal it was a vote on the thing refused (see `_place_sides`)."""
_LED = re.compile(
    r"(?:\s*\([^)]{1,20}\))?,\s*who\s+(?:has\s+)?(?:led|leads|headed|heads|organized)\s+"
    r"(?:the\s+)?(?:[a-z]+\s+)?"
)
# "supports helping families, but not through a mandate", "would welcome more resources, just
# not at the expense of patrol": a speaker for the aim and against the way the news takes
_YES_BUT_NOT = re.compile(
    r"\b(?:supports?|supported|welcomes?|welcomed|favors?|favored|wants?|backs?|is for)\b"
    r"[^.;?!]{0,80}?,?\s+(?:but|just|only)\s+not\b",
    re.I,
)
YES_BUT_NOT_TONE = 0.6
"""The tone against the action such a quote carries (as a quote's tone, not a writer's frame)."""
# "rallied to his defense", "stood by her": whose the allies are
_OWNER_PRONOUN = re.compile(r"\b(?P<pronoun>his|her)\b|\b(?P<him>him)\b")
# Who put the story's proposal forward ("who sponsored the amendment", "wrote the bill"): the
# definite article says it is the one the story is about, not "a rival bill"
_SPONSORING = frozenset(
    "sponsored cosponsored co-sponsored authored wrote drafted introduced championed".split()
)
# ("sponsored the House version": of the bill)
_SPONSORED = re.compile(rf"\s+(?:the|this)\s+(?:[A-Za-z-]+\s+)?(?:{_PROPOSALS}|version)\b")
# ...and who pushed it, where the sentence opens on it ("The ordinance, pushed by Mayor Ann
# Lee and downtown business groups, bars tents"): the agent after "by" (see `_PASSIVE_BY`)
_PUSHING = frozenset("pushed proposed sponsored championed drafted introduced authored".split())
_THE_PROPOSAL = re.compile(rf"(?:the|this)\s+(?:[a-z-]+\s+)?(?:{_PROPOSALS}|order|policy|rule)\b")
_BUT_NOT = re.compile(r"[^,]{0,60}?(?:,\s*|\s+)(?:but|just|though)\s+not\b")
_CONTRAST = re.compile(
    r",?\s+(?:but|however|yet)\s+(?:it|he|she|they|the group)\s+(?:\w+ly\s+|also\s+)?"
    r"(?P<cue>[a-z]+)\b"
)


# How far back the organization a generic "the group" stands for may be named.
ANTECEDENT_CHARS = 300
# Organizations named after a party's members ("Log Cabin Republicans", "Young Democrats").
_PARTY_PLURALS = frozenset(("republicans", "democrats"))


# A business named by its kind in a speaker's role ("company spokeswoman", "a spokesman for
# the chain"): the sides resolve it as they resolve "the group".
_OF_BODY = re.compile(rf"\bof the ({'|'.join(sorted(GENERIC_BODIES))})\b", re.I)
_FIRM_ROLE = re.compile(r"\b(company|firm|chain|utility|developer|union|newspaper)\b", re.I)


def _antecedent_org(group: _Group) -> str | None:
    """The organization a generic "the group's director" refers to ("company spokeswoman Ann
    Lee", "a spokeswoman for the company" too): the one organization named in the writer's
    words just before, else None."""
    kind = (group.organization or "").lower()
    role = group.role or ""
    if not group.organization and _CAMPAIGN_ROLE.match(role):
        # "Campaign manager Jake Ostrowski" after "The Dunmore campaign refused...": the one
        # campaign the writer named just before ("Obama campaign manager" names its own)
        campaign = _campaign_before(group)
        if campaign is not None:
            return campaign
    of_body = _OF_BODY.search(role)
    if of_body is not None:
        # "the Frederick County state's attorney and president of the association": the role
        # says whose president, whatever organization the name's other words seemed to give
        kind = of_body.group(1).lower()
    if kind not in GENERIC_BODIES:
        firm = None if group.organization else _FIRM_ROLE.search(role)
        if firm is None:
            return None
        kind = firm.group(1).lower()
    item = group.items[0]
    text = item.article.text
    start = min(item.span.start, item.span.speaker_start or item.span.start)
    # the words before "the group's" itself, which may stand a sentence before the quote
    kind = re.escape(kind)
    lead = text[max(0, start - ANTECEDENT_CHARS) : item.span.end].lower()
    mention = [m.start() for m in re.finditer(rf"\bthe {kind}\b", lead)]
    anchor = max(0, start - ANTECEDENT_CHARS) + mention[0] if mention else start
    speaker = item.span.speaker_start
    if of_body is not None and speaker is not None and speaker < anchor:
        # "said Brian Whitlock, the Frederick County state's attorney and president of the
        # association": the role that says "the association" names no association itself;
        # the writer named it before the speaker
        anchor = speaker
    before = outside_quotes(text[max(0, anchor - ANTECEDENT_CHARS) : anchor])
    # the organization must be the only one named there: a wrong one would be printed
    found: set[str] = set()
    for m in NAME_SEQ.finditer(before):
        name = clean_name(m.group())
        if _org_name(name):
            found.add(name)  # "Log Cabin Republicans", "Safari Club International"
    # "the Gazette's executive editor": the organization the article named in full before
    short = {
        name.split()[-1]: name
        for m in NAME_SEQ.finditer(outside_quotes(text[:anchor]))
        if _org_name(name := clean_name(m.group()))
    }
    for m in re.finditer(r"(?<=\s)[A-Z][a-z]+\b(?![ -][A-Z])", before):
        if m.group() in short:
            found.add(short[m.group()])
    for m in re.finditer(r"\b[A-Z][\w.-]+", before):
        if _PROPER_ORG.match(m.group()):
            found.add(m.group().rstrip("."))  # "FreedomWorks’ website", "MoveOn.org"
    titled = {name for name in short.values() if name.split()[-1].lower() == kind}
    if len(titled) == 1 and kind not in _ANY_BODY:
        # "the association's president" after "The Marren Home Builders Association
        # estimates ... a study by Ostrana State University": the one body the article has
        # named by that kind, however far before
        found = titled
    if kind not in _BUSINESS_KINDS:
        # "president of the union local" after "Halden Appliance Works said...": a union's
        # officer, no business's
        found = {name for name in found if name.split()[-1].lower() not in BUSINESS_HEADS}
    if len(found) > 1:
        # "FreedomWorks, which has backed Tea Party candidates, began...": the one a sentence
        # opens on is what the writer goes on about ("the group's president")
        found = {name for name in found if _opens_sentence(name, before)}
    return found.pop() if len(found) == 1 else None


_BARE_STAFF = re.compile(
    r"(?:an?\s+|the\s+)?(?:spokes(?:man|woman|person)|press secretary|communications director|"
    r"aide|advis[eo]r|chief of staff)",
    re.I,
)
"""Staff who speak for a principal; not a lawyer, whom either side may retain."""


def _principal_before(group: _Group, camps: Camps) -> str | None:
    """The actor a bare staff role speaks for ("said spokeswoman Lena Marsh" right after
    "Ferrante's office insisted politics played no role"): where the role names no one it is
    held for, and the writer's words before it in its paragraph name the actor and not the
    target, the actor; else None."""
    if group.organization or not camps.actor or not group.role:
        return None
    if not _BARE_STAFF.fullmatch(group.role.strip()):
        return None
    item = group.items[0]
    text = item.article.text
    start = min(item.span.start, item.span.speaker_start or item.span.start)
    paragraph = text.rfind("\n\n", 0, start) + 1
    before = outside_quotes(text[max(paragraph, start - ANTECEDENT_CHARS) : start]).lower()

    def named(keys: Sequence[str]) -> bool:
        return any(re.search(rf"\b{re.escape(k)}\b", before) for k in keys)

    if named(camps.actor_keys) and not named(camps.target_keys):
        return camps.actor
    return None


def _acting_body(group: _Group, camps: Camps) -> str | None:
    """The body that acted where a role names a body of its kind ("the board's president",
    "president of the board" in a story of what the Tamarack State Board of Education did):
    the actor, else None. Another board the article names nearer the quote ("an appeal to the
    Charter Appeals Board") is not the one whose president speaks on its decision."""
    if camps.actor_person or not camps.actor:
        return None
    of_body = _OF_BODY.search(group.role or "")
    kind = (group.organization or (of_body.group(1) if of_body else "")).lower()
    if kind in _ANY_BODY or kind not in GENERIC_BODIES:
        return None
    # ("the Tamarack State Board of Education" is a board)
    return camps.actor if head_noun(camps.actor) == kind else None


_ANY_BODY = frozenset(("group", "organization"))
"""Kinds a writer calls any organization by ("the group" may be a coalition or a club), so
that no name ending on the word is the one meant."""
_BUSINESS_KINDS = frozenset("company firm chain utility developer".split())
"""The kinds of organization `_FIRM_ROLE` reads that are businesses."""
STORY_FIRM_CHARS = 600
"""How far before the quote the story's own company may be named for "the company" to be it
(further than any organization, `ANTECEDENT_CHARS`: the story's firms are few)."""


def _story_firm(group: _Group, camps: Camps, gains: Sequence[str] = ()) -> str | None:
    """The business the story is about where a role names it only by its kind ("a spokeswoman
    for the company") and the writer's words around the quote name it by its first word
    ("Marlowe denied the allegations"): the one actor or target of two words or more so named,
    as the article prints it, else None."""
    role = group.role or ""
    firm = _FIRM_ROLE.search(role)
    if group.organization or not (firm or _CHIEF_EXECUTIVE.match(role)):
        return None  # ("the company's president and chief executive" too)
    # a business's officer speaks for a business ("Harland Valley Electric"), not for the
    # commission that ruled on it; a union's or a newspaper's, for a body of that kind
    business = firm is None or firm.group(1).lower() not in ("union", "newspaper")
    found = set()
    for item in group.items:
        text = item.article.text
        start = min(item.span.start, item.span.speaker_start or item.span.start)
        end = max(item.span.end, item.span.speaker_end or item.span.end)
        # ("Company spokeswoman Erin Pazdera said Brightmeadow had shut down the plant")
        near = outside_quotes(text[max(0, start - STORY_FIRM_CHARS) : end + ANTECEDENT_CHARS])
        for key in (*camps.actor_keys, *camps.target_keys, *gains):
            if len(key.split()) < 2 or not _org_name(key.title()):
                continue
            if business != (key.split()[-1] in BUSINESS_HEADS):
                continue  # (a union's president speaks for no business, nor its officer for
                # a union)
            if firm is not None and firm.group(1).lower() == "union":
                if not set(key.split()) & UNION_WORDS:
                    continue  # (nor for a school board: "Union president Renee Castellano")
            printed = re.search(re.escape(key), text, re.I)
            if printed is None:
                continue
            # its first word as printed, and no common word ("New" of "New Calder ...")
            first = printed.group().split()[0]
            if first.lower() not in STOPWORDS and re.search(rf"\b{re.escape(first)}\b", near):
                found.add(printed.group())
    return found.pop() if len(found) == 1 else None


# a campaign role that names no candidate: "campaign manager", "the campaign's spokesman"
_CAMPAIGN_ROLE = re.compile(r"(?:the\s+)?campaign\b", re.I)
_CAMPAIGN_NAMED = re.compile(
    r"\b(?:[Tt]he\s+)?([A-Z][\w-]+)(?:['’]s)?\s+(?:re-?election\s+)?campaign\b"
)


def _campaign_before(group: _Group) -> str | None:
    """The one campaign ("the Dunmore campaign", "Dunmore's campaign") named in the writer's
    words before the speaker's first quote, as "Dunmore campaign", else None."""
    item = group.items[0]
    start = min(item.span.start, item.span.speaker_start or item.span.start)
    before = outside_quotes(item.article.text[max(0, start - ANTECEDENT_CHARS) : start])
    names = {m.group(1) for m in _CAMPAIGN_NAMED.finditer(before)} - {"The", "A", "His", "Her"}
    return f"{names.pop()} campaign" if len(names) == 1 else None


def _org_name(name: str) -> bool:
    """Return whether a name of two words or more is an organization's ("Log Cabin
    Republicans", "Safari Club International", "Brookfield Gazette")."""
    low = [w.lower().strip(".,’'") for w in name.split()]
    return len(low) >= 2 and any(
        w in ORG_WORDS or w in COMPANY_WORDS or w in _PARTY_PLURALS for w in low[1:]
    )


def _opens_sentence(name: str, text: str) -> bool:
    """Return whether a sentence of `text` opens on `name` (after a paragraph break or a full
    stop, or at the very start)."""
    return re.search(rf"(?:^|[.!?][\"”’)]?\s+|\n\s*){re.escape(name)}\b", text) is not None


def _names_for(group: _Group) -> list[str]:
    names: list[str] = []
    if group.speaker:
        names.append(group.speaker)
        # "Mark Udall and Ron Wyden": each of the two, as the articles name them
        people = group.speaker.split(" and ") if group.named else [group.speaker]
        if len(people) > 1:
            names.extend(people)
        for person in people:
            if group.named and len(person.split()) > 1:
                names.append(person.split()[-1])
    if group.organization and _specific_org(group.organization) and not _kin_of(group):
        org = group.organization
        names.append(org)
        acr = acronym(org)
        if len(acr) >= 3:
            names.append(acr)
        first = org.split()[0]
        if (first.isupper() and len(first) >= 2) or _PROPER_ORG.match(first):
            names.append(first.rstrip("."))
    elif group.organization and _kin_of(group):
        # "Donna Kessler-Reyes, Kessler's daughter": "Mr. Kessler's family" is hers
        owner = group.organization.split()[-1]
        names.extend((f"{owner}'s family", f"{owner}’s family", f"the {owner} family"))
    return [n for n in names if len(n) >= 2]


# Evidence weights toward support (+) or opposition (-) of the central action.
# A speaker who carried out the action the articles' leads describe ("the council approved the
# plan") is for it; weaker than being the actor of the whole story, which decides outright.
ACTION_ACTOR_WEIGHT = 2.0
# The writer's own frame at the attribution ("X criticized…", "X, who defended…"): the most
# direct evidence of a stance short of being the actor.
FRAME_WEIGHT = 2.0
# The same frame in another sentence that names the speaker (one vote per sentence).
CONTEXT_WEIGHT = 1.5
# Polarity of the quote's sentences that name the actor (or the target, sign flipped); a
# quote's overall tone says nothing about which camp it is in, so only these count.
TOWARD_WEIGHT = 2.0
# Same US party as the actor (or the party opposing the target): a lean, weaker than any
# frame, so a Republican who criticizes a Republican actor still lands among the critics.
# PARTY_WEIGHT and STANCE_THRESHOLD (the total evidence a group needs to be placed; below it,
# it takes no side) live in parties.py with the party lean that shares them.
# How far after a frame word its object may stand ("criticized Republican leader Ann Lee").
OBJECT_WINDOW = 70
# A sentence mostly inside quotation marks is a quote, not the writer's frame of a speaker
# ("Herrod, deriding what she called “fear-mongering”, …" is a frame).
MAX_QUOTED_SHARE = 0.5


_TITLE_DOT = re.compile(r"\b(mr|mrs|ms|dr|sen|sens|rep|reps|gov|gen|lt|col|st)\.")


def _clause_after(low: str, end: int) -> str:
    """The words after a frame word up to the clause's end ("Mr." does not end it)."""
    window = _TITLE_DOT.sub(r"\1", low[end : end + OBJECT_WINDOW])
    relative = max(low.rfind(", who ", 0, end), low.rfind(", which ", 0, end))
    if relative >= 0 and "," not in low[relative + 1 : end]:
        # "Lindqvist, who voted for the cameras, brushed off the critics": the relative
        # clause ends at its comma
        window = window.split(",", 1)[0]
    return _CLAUSE_END.split(window, maxsplit=1)[0]


# the end of a frame word's clause: a full stop, or another verb of the same subject ("dismissed
# the findings and argued the license could have been approved": the license is not dismissed)
_CLAUSE_END = re.compile(
    r"[.;]|\s(?:and|but)\s+(?:\w+ly\s+)?(?:said|says|argued|argues|added|adds|called|calls|"
    r"noted|notes|warned|warns|insisted|insists|urged|urges|vowed|vows|pledged|told|tells|"
    # "defended the mayor and took aim at the bill's sponsors": the mayor is defended
    r"took|takes|[a-z]{3,}ed|to\s+[a-z]+)\b"
    # ("quick to cheer the move and to take aim at the critics": the move is cheered)
)


# The plural group a lead-in sentence opens on ("Farm groups praised the plan.")
_FRAMED_BODIES = frozenset(
    "union association federation coalition alliance department agency".split()
)
"""Bodies a sentence opening "The ..." frames for their officer quoted next."""
_GROUP_SUBJECT = re.compile(
    r"^(?:(?:But|And|Meanwhile|Still|For now),?\s+)?(?P<group>(?:[A-Za-z'’-]+\s+){0,3}?"
    # (capitalized where it opens the sentence: "Parents who opposed the ban...")
    r"(?i:groups|organizations|activists|advocates|critics|opponents|supporters|conservatives|"
    r"liberals|progressives|environmentalists|lawmakers|leaders|allies|hard-?liners|"
    r"Republicans|Democrats|members|residents|voters|students|parents|teachers|workers|"
    r"employees|officers|farmers|growers|families|tenants|landlords|homeowners|owners|"
    r"retailers|businesses|doctors|nurses|scientists|economists|experts|analysts|veterans|"
    r"riders|users|customers|unions|officials|executives|investors|shoppers|locals|"
    # a body whose officer the writer quotes next: "The union representing the deputies
    # slammed the move.", "The Department of Homeland Security piled on."
    rf"(?:{'|'.join(sorted(_FRAMED_BODIES))})|"
    # people named by what they do: "Water managers", "Physicians", "Operators"
    r"(?!others\b|numbers\b|letters\b|orders\b|papers\b|centers\b|waters\b|matters\b)"
    r"[a-z]{3,}(?:ers|ors|ists|ians)))\b(?![’'])"
)
# a party tag right after a name, lower-cased: " (r-ore.)"
_TAG_AFTER_NAME = re.compile(r"^\s*\([a-z]{1,3}-[a-z. ]{2,12}\)")
# "Some parks groups were incensed by the vote": the ones who feel it hold the stance
_FEELINGS = frozenset("incensed outraged angered dismayed infuriated".split())
_FEELING_AFTER_CLAUSE = re.compile(
    r"\s+(?:that|who)\s+[^,.;]{1,80}?\s+(?:were|was|are|is|have been|has been)\s+(?:\w+ly\s+)?"
)


ATTRIBUTION_WORDS = 4
"""At most this many words before a quote opening on its speaker ("She added,") for the
sentences before it to frame the quote as they would a quote opening its sentence."""


def _lead_in(item: _Item) -> str:
    """The writer's sentence right before the quote's paragraph or sentence, when nothing
    stands between them ("Farm groups praised the plan. / “…,” said Lee")."""
    text = item.article.text
    start = min(a for a, _ in item.span.parts) if item.span.parts else item.span.start
    para = text.rfind("\n", 0, start) + 1
    # (from inside the quote: a quote opening a sentence mid-paragraph starts that sentence)
    here = _sentence_start(text, max(para, start + 1), para)
    # "She added, “…”": an attribution that opens on the speaker is no frame of its own
    opens = (
        item.span.speaker_start is not None
        and here == item.span.speaker_start
        and len(text[here:start].split()) <= ATTRIBUTION_WORDS
    )
    if text[here:start].strip(' “"') and here > para and not opens:
        return ""  # the quote is inside a sentence of the writer's: its own frame counts
    before = text[:here].rstrip().rstrip('“"‘').rstrip()  # (the quote's own opening mark)
    end = len(before) if here > para else len(text[:para].rstrip())
    if end <= 0:
        return ""
    floor = text.rfind("\n", 0, end) + 1
    begin = _sentence_start(text, end - 1, floor)
    surname = (item.span.speaker or "").split()[-1:]
    if surname and surname[0] in text[begin:end] and begin > floor:
        # "Some lawmakers welcomed the move. Rep. Ann Lee, who …, called it “overdue.” She
        # added, “…”": the sentence that introduces her, then the group she is one of
        end = len(text[:begin].rstrip())
        begin = _sentence_start(text, end - 1, floor)
    lead = text[begin:end].strip()
    return "" if '"' in lead or "“" in lead else lead


def _lead_in_party(group: _Group) -> str:
    """The party of the party group a lead-in before one of the speaker's quotes opens on."""
    return next((p for item in group.items if (p := lead_in_party(_lead_in(item)))), "")


def _lead_in_frame(
    group: _Group, camps: Camps, refused: bool, refusal: bool = False
) -> tuple[float, str]:
    """The weight a lead-in about a group gives the speaker quoted right after it
    ("Farm groups praised the plan. / “…,” said Ann Lee": one of that group,
    with its stance), from the first of the speaker's quotes that has one, and that lead-in;
    0 for none."""
    for item in group.items:
        lead = _lead_in(item)
        sign = _group_frame(lead, camps, refused, refusal)
        if sign is not None:
            group.evidence.append(
                f"{item.article.id}: '{sign[1]}' in the lead-in \"{_short(lead)}\""
            )
            return CONTEXT_WEIGHT * sign[0], lead
    return 0.0, ""


INTRODUCED_CHARS = 30
"""How far into a sentence the name of the one it introduces may come ("Sen. Ann Lee, ...")."""


def _introduces(low: str, names: Sequence[str]) -> bool:
    """Return True when a sentence opens on one of the names: it introduces that person."""
    return any(
        (found := re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", low)) is not None
        and found.start() <= INTRODUCED_CHARS
        for n in names
        if n
    )


# "Not everyone cheered.", "But not all residents were pleased.": a turn to the dissenters
_NOT_ALL = re.compile(
    r"^(?:But\s+)?[Nn]ot\s+(?:everyone|everybody|all|every\s+[a-z]+(?:\s+(?:in|at|on|of)\s+"
    r"(?:the\s+)?[a-z]+)?)\b(?P<rest>[^.;]{0,40})\.$"
)
# the judge whose opinion the court's ruling is: "Writing for the majority, Justice Lee",
# "the majority opinion, written by Justice Lee", "Lee wrote the court's opinion"
_MAJORITY = re.compile(
    r"\b(?:writ(?:ing|es|ten)|wrote|authored)\s+(?:for\s+)?(?:the\s+)?(?:court'?s\s+|\d-\d\s+)?"
    r"majority\b|\bmajority\s+opinion,?\s+(?:written|authored)\s+by\b|"
    r"\bwrote\s+the\s+court'?s\s+(?:majority\s+)?opinion\b",
    re.I,
)
# a group's feeling as the writer reports it: "Landlords say they are relieved."
_GROUP_FEELS = re.compile(
    r"\s+(?:say|says|said)\s+(?:that\s+)?they\s+(?:are|were|feel|felt)\s+(?:\w+ly\s+)?"
    r"(?P<feeling>[a-z]+)\b"
)
_GROUP_FELT = re.compile(
    r"(?:\s+(?:who|that)\s+[^,.;]{1,80}?|,\s+(?:who|which|that)\s+[^.;]{1,100}?,)?\s+(?:are|were)\s+"
    r"(?P<not>not\s+)?(?:\w+ly\s+)?(?P<feeling>[a-z]+)[.,;]"
)
NOT_ALL_WORDS = 4
"""How far after "Not everyone" its verb may come ("Not all residents were pleased")."""


def _group_frame(
    lead: str, camps: Camps, refused: bool, refusal: bool = False
) -> tuple[float, str] | None:
    """The side (+1 for, -1 against) and cue word of a sentence about a group ("Farm groups
    praised the plan", "Parents who opposed the ban focused on safety", "Allies in the Senate
    were just as blunt"), which a member the writer quotes or introduces next shares; None
    when it has none, or names a person (then the stance is that person's)."""
    dissent = _NOT_ALL.match(lead)
    if dissent is not None:
        # "Not everyone cheered.": those the writer turns to next did not
        for cue in dissent.group("rest").lower().split()[:NOT_ALL_WORDS]:
            side = _SIDE_LOOKUP.get(cue) or ("support" if cue in GLAD else None)
            if side:
                return (-1.0 if side == "support" else 1.0), cue
        return None
    opener = _GROUP_SUBJECT.match(lead)
    # "Residents near Harbor Flats": a name after "near" or "in" is where they are
    named = [full for _, full in persons_in(lead) if not _PLACED.search(lead, 0, lead.find(full))]
    if opener is None or named:
        return None
    # "Supporters dismissed such warnings": a camp's name is its side, whatever it does next
    head = opener.group("group").split()[-1].lower()
    if head in _FRAMED_BODIES and not opener.group("group").startswith("The "):
        return None  # a body framed so is "The union ...", not "Teachers union" or "Its union"
    hit = (_SIDE_LOOKUP[head], head, opener.end()) if head in _NAMED_SIDE else None
    if hit is None:
        hit = _side_of_context(lead, [opener.group("group")], plural=True)
        if hit is not None and _rebuts(lead, hit):
            hit = ("support" if hit[0] == "oppose" else "oppose", hit[1], hit[2])
    if hit is None and head in _ALLY:
        # "Allies in the Senate were just as blunt.": whose allies, the actor's by default;
        # "Allies rallied to his defense." where "his" cannot be the actor: the target's
        side = _ALLY[head]
        owner = _OWNER_PRONOUN.search(lead, opener.end())
        pronoun = owner and (owner.group("pronoun") or "his")
        if pronoun and camps.target_keys and camps.pronoun != pronoun:
            side = "oppose" if side == "support" else "support"
        hit = (side, head, opener.end())
    felt = _GROUP_FEELS.match(lead, opener.end()) if hit is None else None
    if felt is None and hit is None:
        # "Advocates who spent years on the measure were jubilant.": how the news left them
        felt = _GROUP_FELT.match(lead, opener.end())
    if felt is not None:
        # "Landlords say they are relieved.", "Workers said they were blindsided."
        feeling = felt.group("feeling").lower()
        side = "support" if feeling in GLAD else "oppose" if feeling in AGGRIEVED else None
        if side and "not" in felt.groupdict() and felt.group("not"):
            # "Parents' groups were not satisfied."
            side = "oppose" if side == "support" else None
        hit = (side, feeling, felt.end()) if side else None
    if hit is None:
        return None
    sign = 1.0 if hit[0] == "support" else -1.0
    whose = _whose_camp(lead, opener.group("group"), camps)
    if whose is not None:
        # "Pruitt's allies saw it differently.", "Republicans rallied behind Pruitt.": for or
        # against the one they stand with; where that is neither the actor nor the target,
        # the sentence does not say which side of the story they are on
        return (sign * whose, hit[1]) if whose else None
    if refusal and _VOTE_CUE.match(hit[1]):
        sign = -sign  # (`refusal`: "Two members voted in favor of the school" it rejected)
    elif _aimed_at(lead.lower(), hit[2], camps, refused, camp_words=hit[1] not in _NAMED_SIDE) < 0:
        # ("Supporters were blunt about the critics": a camp named so keeps its side)
        sign = -sign
    return sign, hit[1]


_STAND_WITH = re.compile(
    r"\b(?:behind|around|(?:to|in)\s+(?:the\s+)?defen[cs]e\s+of|"
    # ("stood with Lee"; not "spoke with The Record")
    r"(?:stood|stand|stands|standing|sided|sides|siding)\s+with)\s+"
    r"(?:(?:Gov|Sen|Rep|Mr|Ms|Mrs|Dr)\.\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
)
_NAMED_OWNER = re.compile(r"\b(?P<name>[A-Z][\w-]+)['’]s\s")


def _whose_camp(lead: str, group: str, camps: Camps) -> float | None:
    """For a group frame that names whom the group stands with ("Pruitt's allies", "rallied
    behind Pruitt"): +1 where that is the actor, -1 where it is the target, 0 for anyone else;
    None where the frame names no one."""
    owner = _NAMED_OWNER.search(group)
    found = owner or _STAND_WITH.search(lead, len(group))
    if found is None:
        return None
    words = found.group("name").lower().replace("’", "'").removesuffix("'s").split()
    for keys, sign in ((camps.actor_keys, 1.0), (camps.target_keys, -1.0)):
        if " ".join(words) in keys or words[-1] in keys:
            return sign
    return 0.0


def _aimed_at(
    low: str, end: int, camps: Camps, refused: bool = False, camp_words: bool = True
) -> int:
    """-1 when the words after a frame word (same clause) name the target or, with
    `camp_words`, the action's critics ("deriding the measure's opponents"), or the actor who
    `refused` the thing the sides are about ("praised Gov. Lee" who vetoed the bill: against
    the bill), else 0."""
    window = _clause_after(low, end)
    # "praised the veto", "welcomed the ruling": the refusal itself, against the thing
    keys = [*camps.target_keys, *((*camps.actor_keys, *_REFUSAL_NOUNS) if refused else ())]
    if camps.target_office:
        keys.append(f"the {camps.target_office}")  # "accused the district attorney of..."
    if any(re.search(rf"\b{re.escape(k)}\b", window) for k in keys):
        return -1
    cue = re.search(r"(\w+)\W*$", low[:end])
    shields = cue is not None and cue.group(1).startswith(_SHIELDS)
    if camp_words and any(
        # ("defended the plan against critics": whom they defend it from, not whom they back;
        # "deriding 'fear-mongering' from the measure's opponents" does aim at them)
        not (shields and _FROM_THEM.search(window, 0, m.start()))
        for m in re.finditer(r"\b(?:opponents|critics|detractors)\b", window)
    ):
        return -1
    if _on_measure_against(low, end, camps):
        return -1  # "supported the resolution" urging the actor to step down: against them
    rivals = _RIVAL_WORDS.get(camps.party) if not camps.yielded else None
    if rivals and re.match(rf"\s*(?:the\s+|national\s+|state\s+)?(?:{rivals})\b", window):
        return -1  # "accused Democrats of twisting his words": the actor's party's rivals
    return 0


_SHIELDS = ("defend", "protect", "shield", "guard")
_FROM_THEM = re.compile(r"\b(?:against|from)\s+(?:[\w’'-]+\s+){0,2}$")
"""What a frame word's object is defended or shielded from ("defended the plan against its
critics"): those it is kept from, not the object."""


# The other party, by the names a frame word's object gives it
_RIVAL_WORDS = {"R": "democrats|liberals|the left", "D": "republicans|gop|conservatives"}
# "Republican leaders", "the Democrats": a party's people as a frame word's object
_PARTY_PEOPLE = re.compile(
    r"\s*(?:the\s+)?(?:(?:republican|democratic|gop|party)\s+(?:leaders|lawmakers|leadership|"
    r"senators|members)|republicans|democrats)\b"
)
# "said Pryce should step down", "called on Mr. Pryce to resign": a call for someone to go
_EXIT_DEMAND = re.compile(
    r"\b(?:said|says|called\s+on|calls\s+on|urged|urges|demanded\s+that|demands\s+that|"
    r"asked)\s+(?:(?:mr|ms|mrs|sen|rep|gov)\.?\s+)?(?P<who>[a-z][\w'’-]*)\s+"
    r"(?:to|should|must|needs\s+to|ought\s+to)\s+(?:immediately\s+)?"
    r"(?:resign|step\s+down|step\s+aside|quit|give\s+up\s+(?:his|her)\s+seat)\b"
)


def _exit_demand(low: str, names: Sequence[str], camps: Camps) -> float:
    """+1 when one of `names` calls on the target to resign ("Cantrell said Pryce should step
    down"), else 0."""
    found = _EXIT_DEMAND.search(low)
    if found is None or not any(0 <= low.find(n) < found.start() for n in names if n):
        return 0.0
    who = found.group("who")
    if who in camps.target_keys:
        return 1.0
    # (a call on the actor to go is no stance against them: where the news is that they went,
    # it is one for it)
    return 0.0


_SUIT_NOUNS = frozenset({"lawsuit", "lawsuits", "suit", "suits"})
"""Where the sides are about a suit, the word for it is the story's act, no one's cue: "For
Melissa Grant, a mother of three, the lawsuit is personal" places her on no side."""
_SUIT_OWNER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}$")
_SUIT_AGENT = re.compile(r"\s+(?:[\w-]+\s+){0,6}?(?:brought|filed|led)\s+by\s+(?:[\w.-]+\s+){0,3}$")
_SUIT_BRINGER = re.compile(
    r"^[^.;]{0,80}?\b(?:filed|files|filing|brought|brings|bringing|joined|joins|joining|"
    r"launched|won|lost|dropped|settled|announced|is|are|was|were)\s+(?:a|an|the|their|his|her|"
    r"its)\s+(?:[\w-]+\s+){0,3}$"
)


def _brings_suit(low: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Return True when a name the sentence gives brings the lawsuit its word at start:end
    names: "Quintanilla's lawsuit", "a lawsuit brought by the Calder Liberty Project", "the
    group filed a lawsuit"; not "For Kowalczyk, the numbers in the state's new lawsuit"."""
    for a, b in spans:
        if b <= start and (
            _SUIT_OWNER.fullmatch(low[b:start]) or _SUIT_BRINGER.match(low[b:start])
        ):
            return True
        if a >= end and _SUIT_AGENT.fullmatch(low[end:a]):
            return True
    return False


_MEASURE_AGAINST = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?P<noun>resolution|motion|measure|petition|letter|"
    r"ordinance|proposal)\s+(?:(?:urging|calling\s+on|calling\s+for|demanding|asking|that\s+"
    r"(?:urges|urged|calls\s+on|called\s+on|asks|asked|demands|demanded))\s+(?P<who>[^,;:.]{1,40}?)"
    r"\s+(?:to\s+)?(?:resign|step\s+down|step\s+aside|quit|leave\s+office)|to\s+(?:censure|remove|"
    r"oust|recall|impeach|fire|reprimand|condemn|rebuke)\s+(?P<whom>[^,;:.]{1,40}))"
)


def _measures_against(
    sentences: Sequence[tuple[QuoteSource, str, str]], actor_keys: Sequence[str]
) -> tuple[str, ...]:
    """Return the nouns of measures the writers aim at the actor ("voted 4-1 to approve a
    resolution urging Colbath to step down", "a motion to censure Lee"): "resolution"."""
    found = []
    for _, _, low in sentences:
        for m in _MEASURE_AGAINST.finditer(outside_quotes(low)):
            aimed = m.group("who") or m.group("whom") or ""
            if any(re.search(rf"\b{re.escape(k)}\b", aimed) for k in actor_keys):
                if m.group("noun") not in found:
                    found.append(m.group("noun"))
    return tuple(found)


def _on_measure_against(low: str, end: int, camps: Camps) -> bool:
    """Return True when the words after a frame word name a measure aimed at the actor
    ("supported the resolution" urging the actor to step down)."""
    window = _clause_after(low, end)
    return any(re.search(rf"\bthe\s+{re.escape(k)}\b", window) for k in camps.against_keys)


def _cue_sign(
    hit: tuple[str, str, int], low: str, camps: Camps, refused: bool, refusal: bool
) -> tuple[float, bool]:
    """The side a frame cue in the lower-cased sentence `low` gives its speaker (+1 for the
    action, -1 against), and whether its words after the cue name no camp, so that they may
    name a person (`_against_the_other_side`)."""
    sign = 1.0 if hit[0] == "support" else -1.0
    if refusal and _VOTE_CUE.match(hit[1]):
        return -sign, False  # "voted to approve the school" the board rejected: against that
    # (a sponsor's words after "the ordinance's sponsor, Ann Lee," are what she said, no aim:
    # "said opponents had recycled the same warnings")
    # (nor is the camp one sided with: "sided with the critics" is against, not for)
    camp_words = hit[1] != "sponsor" and _SIDED_WITH.match(hit[1]) is None
    if _aimed_at(low, hit[2], camps, refused, camp_words) < 0 or _rebuts(low, hit):
        return -sign, False  # "criticized the target": for the actor
    if _drawn_by_target(low, hit, camps):
        return -sign, False  # "the governor's position drew support from X": X backs him
    if hit[1] in ("piled", "piles") and camps.target_keys:
        # "Whitfield piled on": onto the one the action already came down on, the target
        return -sign, False
    return sign, True


_DREW = re.compile(
    r"\b(?:drew|draws|drawn|drawing|won|wins|earned|earns|received|receives|attracted|"
    r"attracts|garnered|garners)\s+(?:(?:wide|broad|strong|some|little|much|the)\s+)?$"
)
"""A verb whose object is the stance another holds toward its subject ("The plan drew
support from...", "the governor's position won backing from..."): the subject is what the
stance is on."""
_CLAUSE_OPEN = re.compile(r".*(?:[.;:]|,\s+(?:and|but|while|as)\s|\b(?:but|while|as)\s)", re.S)


def _drawn_by_target(low: str, hit: tuple[str, str, int], camps: Camps) -> bool:
    """Return True when a noun cue is what the story's target drew ("The governor's position
    drew support from some parents' organizations"): a stance on the target's side, the
    other side from the action's."""
    start = hit[2] - len(hit[1])
    if hit[1] not in _NOUN_CUES or _DREW.search(low, 0, start) is None:
        return False
    opened = _CLAUSE_OPEN.match(low, 0, start)
    subject = low[opened.end() if opened else 0 : start]
    keys = [*camps.target_keys, *((f"the {camps.target_office}",) if camps.target_office else ())]
    named = any(re.search(rf"\b{re.escape(k)}\b", subject) for k in keys)
    return named and not any(re.search(rf"\b{re.escape(k)}\b", subject) for k in camps.actor_keys)


_NOUN_CUES = frozenset("support backing praise opposition criticism condemnation".split())


def _rebuts(sentence: str, hit: tuple[str, str, int]) -> bool:
    """Return True when the frame word rejects criticism of the action ("rejected that
    criticism", "dismissed the concerns"): the speaker defends it."""
    return hit[1] in _REBUTTALS and _CRITICISM_AFTER.match(sentence.lower(), hit[2]) is not None


_REBUTTALS = frozenset(
    "rejected rejects rejecting dismissed dismisses dismissing disputed disputes rebutted "
    "rebuffed denied denies".split()
)
_CRITICISM_AFTER = re.compile(
    r"\s+(?:(?:the|that|those|these|such|his|her|their|its|any)\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:criticism|criticisms|concerns|objections|complaints|accusations|attacks|charges|claims|"
    r"critiques|allegations?|warnings|fears|characterizations?|portrayals?|depictions?)\b"
    # "rejected the idea that the president had dragged his feet" (not "Trump's idea")
    r"|\s+(?:the|that|any)\s+(?:idea|suggestion|notion|assertion|characterization)\s+that\b"
)


# a passive before a frame verb ("was panned"): its subject is the one acted on
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be|get|gets|got)\s+(?:\w+ly\s+)?$")
# what opens the reason for an attack ("mocked him for opposing ...")
_REASON = re.compile(r"\s(?:for|over|about|after|because|as|while|in|on)\s")


# In a quote, "this deal", "the bill" is the story's action, whatever the writers call it.
def _attacked_by_actor(
    sentences: Sequence[tuple[QuoteSource, str, str]], names: Sequence[str], camps: Camps
) -> bool:
    """True when a sentence has the actor attack one of `names` ("Lee attacked Park",
    "Lee went after Park"): the one attacked is on the other side."""
    if not camps.actor_keys or not names:
        return False
    for _, sent, low in sentences:
        if '"' in sent or "“" in sent:
            continue
        actor = min(
            (
                m.end()
                for k in [*camps.actor_keys, *_office(camps)]
                for m in re.finditer(rf"\b{re.escape(k)}\b", low)
            ),
            default=-1,
        )
        if actor < 0:
            continue
        for hit in _ATTACK.finditer(sent, actor):
            between = low[actor : hit.start()]
            if len(between) > 40 or re.search(r"[.;,]|\b(?:and|who|that|which)\b", between):
                break  # the attack verb must belong to the actor's own clause
            window = _clause_after(low, hit.end())[:40]
            # "mocked him for opposing the Lee stimulus": who is attacked comes before the
            # reason; a name in the reason is not attacked
            window = _REASON.split(window, maxsplit=1)[0]
            if any(re.search(rf"(?<![a-z]){re.escape(n)}(?![a-z])", window) for n in names):
                return True
    return False


_IN_EXCHANGE = re.compile(r"\bin exchange for\b[^;]*", re.I)  # (a lead is one sentence)


def _counterpart(speaker: str, leads: Sequence[str]) -> bool:
    """True when a lead names `speaker` in what the actor got in exchange ("in exchange for
    a promise from Senate Leader Ann Lee"): the other party to the deal."""
    surname = speaker.split()[-1]
    return any(
        re.search(rf"\b{re.escape(surname)}\b", m.group())
        for lead in leads
        for m in _IN_EXCHANGE.finditer(outside_quotes(lead))
    )


def _party_weight(party: str, camps: Camps, group: _Group) -> float:
    """The lean a speaker's party gives: for the action when it is the action's camp, against
    when it is the other party, none when the actor backed down to that camp (the actor's own
    party is not thereby against the retreat)."""
    if not party:
        return 0.0
    if party == camps.party:
        group.evidence.append(f"party {party}, the actor's camp is {camps.party}")
        return PARTY_WEIGHT
    if camps.yielded:
        group.evidence.append(f"party {party}: the actor backed down to {camps.party}")
        return 0.0
    group.evidence.append(f"party {party}, the actor's camp is {camps.party}")
    return -PARTY_WEIGHT


def _place_sides(
    groups: list[_Group],
    articles: Sequence[QuoteSource],
    actors: dict[str, str] | None = None,
    thing: str | None = None,
    camps: Camps | None = None,
    refusal: str | None = None,
) -> None:
    """Place each group for (+) or against (-) the central action, one side per speaker and
    per organization; the actor and those who speak for them are for it by definition. When
    the news is the actor's `refusal` of the thing (see `central_refusal`), the sides are for
    or against the refusal, and the thing is what it targets."""
    camps = camps or Camps()
    texts = [art.text for art in articles]
    latest = {art.id: _latest_year(art.text) for art in articles}
    sentences: list[tuple[QuoteSource, str, str]] = []
    previous: dict[int, str] = {}  # the sentence before, in the same paragraph
    for art in articles:
        for a, b in art.kept:
            for nth, (s, e) in enumerate(segment_sentences(art.text, a, b)):
                sent = art.text[s:e]
                if nth:
                    previous[len(sentences)] = sentences[-1][1]
                sentences.append((art, sent, sent.lower()))
    against = _measures_against(sentences, camps.actor_keys)
    if against:
        camps = dataclasses.replace(camps, against_keys=against)
    if not camps.party:
        # "Democrats rejected the plan": the writers' words about the parties as groups
        topic = [*camps.actor_keys, *camps.target_keys, *([thing] if thing else [])]
        topic += _office(camps)
        party = party_camp(sentences, camps, _side_of_context, _aimed_at, topic)
        yielded = False
        if camps.actor_person:
            party, yielded = yielded_to(party, lead_lines(articles))
        if party:
            camps = dataclasses.replace(camps, party=party, yielded=yielded)
    per_group: list[float] = []
    tones: list[float] = []  # each group's tone toward the actor, where it may count
    observers: list[bool] = []  # whether the group is an observer's (a reporter, an analyst)
    frames: list[float] = []  # ...and what the writers' frames say of it
    leads = lead_lines(articles)
    # the actor refused the thing the sides are about ("Lee vetoed the bill")
    refuses = bool(thing) and any(
        side == "oppose" and key.split()[-1] in camps.actor_keys
        for key, side in (actors or {}).items()
    )
    # whom the writers' frames and the quotes' tone aim at
    aimed = dataclasses.replace(camps, actor_keys=()) if group_actor(camps) else camps
    if refusal and thing:
        # "Lee vetoed the bill" is the news: the sides are for or against the veto, the
        # actor's side; the bill is what the veto acts on ("opposing the bill": for the veto),
        # and those who carried it are against the veto
        refuses = False
        called = (thing, *THING_NAMES.get(thing, ()))  # "the deal" for the merger
        aimed = dataclasses.replace(camps, target_keys=(*camps.target_keys, *called))
        actors = {k: "support" if v == "oppose" else "oppose" for k, v in (actors or {}).items()}
    elif thing in _ADVERSARIAL and (challenged := suit_target(leads)):
        # "sued the state to overturn a pension law" is the news: the sides are for or against
        # the suit, and the law is what it acts on ("opposed the measure": for the suit)
        called = tuple(k for c in challenged for k in (c, *THING_NAMES.get(c, ())))
        aimed = dataclasses.replace(aimed, target_keys=(*aimed.target_keys, *called))
    # the sides are about a proposal: who put it forward stands for it
    proposal = thing in _PROPOSAL_THINGS
    own = _SUIT_NOUNS if thing in _ADVERSARIAL else frozenset()
    # the frames whose words after the cue name no camp (group, weight given, those words)
    at_people: list[tuple[int, float, str]] = []
    # whom the approval is for ("approved a rate increase for Harland Valley Electric")
    gains = beneficiaries(leads, camps)
    # the places it takes from ("end all service to Tamsworth"): their people are against it
    losses = bereaved(leads, camps)
    # the words of the headlines and leads: a stance on an act they never name is no side
    news = frozenset(stem(w) for line in leads for w in re.findall(r"[a-z]+", line.lower()))
    # each sentence's quoted share and its words outside quotation marks, read once
    writers: dict[str, tuple[float, str]] = {}
    fixed: dict[int, int] = {}
    principals: set[int] = set()  # the actor, the target, the one the actor attacks
    for gi, group in enumerate(groups):
        score = 0.0
        resolved = (
            _story_firm(group, camps, gains)
            or _acting_body(group, camps)
            or _antecedent_org(group)
            or _principal_before(group, camps)
        )
        if resolved:
            group.evidence.append(f"'the {group.organization or group.role}' is {resolved}")
            group.organization = resolved
            of_body = _OF_BODY.search(group.role or "")
            if of_body is not None:
                # "attorney and president of the association": its president, as it is named
                held = (group.role or "")[: of_body.start()].split(" and ")[-1].strip()
                group.role = held or group.role
        names = _names_for(group)
        rel = relation([*names, group.organization or "", _role_for(group, camps)], camps)
        if not rel and gains and _named_for(group, names, gains):
            # the company a rate increase or a permit is for: for it; against refusing it
            score += ACTION_ACTOR_WEIGHT * (-1.0 if refusal else 1.0)
            group.evidence.append("the action is for them (its beneficiary)")
        elif not rel and losses and _named_for(group, names, losses):
            score -= ACTION_ACTOR_WEIGHT * (-1.0 if refusal else 1.0)
            group.evidence.append("the action takes from their place")
        member = rel > 0 and _member_only(group, names, camps)
        if member:
            # "Board member Luis Calderón, one of two dissenting votes": one vote of the board
            # that acted, not the board; with it, unless the writers tell their own vote
            rel = 0
        if not rel and group.named and heads_administration(group.speaker or "", camps, texts):
            rel = 1  # "the White House said..." and the president it serves
        elif not rel and _heads_company(group, camps, texts):
            rel = 1  # "CEO Douglas Prewitt wrote": the chief of the company the story is about
            group.evidence.append(f"chief executive, with no other company named: {camps.actor}")
        elif not rel and _actors_spokesperson(group, camps):
            rel = 1  # "The company said ... / said spokeswoman Laurel Finch": whose she is
            group.evidence.append(f"a spokesperson of no named body, after {camps.actor}")
        elif not rel and group.named and serves_administration(group.speaker or "", camps, texts):
            rel = 1  # "Director of National Intelligence James Clapper": its officer
        if not rel and refusal and thing in _ADVERSARIAL and _brought(texts, names, thing):
            rel = -1  # "threw out Reyes's lawsuit": the one who brought it is against that
            group.evidence.append(f"brought the {thing} the actor refused")
        elif (
            not rel
            and refusal
            and thing in _CHALLENGED
            and _plaintiff(texts, [*names, group.organization or ""])
        ):
            # "struck down the voter ID law": those who sued to have it struck down are for it
            rel = 1
            group.evidence.append(f"a plaintiff against the {thing} the actor refused")
        elif rel < 0 and refusal and thing in _ADVERSARIAL:
            # "threw out the lawsuit against the Gazette": the one the refused suit targeted
            # is spared by the refusal, and is for it
            rel = 1
            group.evidence.append(f"the {thing} the actor refused was aimed at them")
        elif rel > 0 and refuses:
            # "Gov. Lee vetoed the bill": the sides are for or against the bill, and the
            # actor and those who speak for her are against it
            rel = -1
            group.evidence.append(f"the actor ({camps.actor}) refused the {thing}")
        elif rel:
            who = "the actor or speaks for them" if rel > 0 else "the one the action targets"
            group.evidence.append(f"is {who} ({camps.actor})")
        if rel:
            fixed[gi] = rel
        # the people or organization who carried out the action are for it
        acted = False
        for name in names:
            key = name.replace(".", "").lower()
            side = (actors or {}).get(key)
            if side:
                score += ACTION_ACTOR_WEIGHT if side == "support" else -ACTION_ACTOR_WEIGHT
                group.evidence.append(f"'{name}' carried out the central action ({side})")
                acted = True
                break
        for item in group.items:
            ctx = _attribution_sentence(item)
            hit = _side_of_context(
                ctx,
                [item.span.mention or "", *names],
                latest.get(item.article.id, 0),
                proposal=proposal,
                own=own,
                news=news,
            )
            if hit:
                sign, free = _cue_sign(hit, ctx.lower(), aimed, refuses, bool(refusal))
                if free:
                    at_people.append((gi, FRAME_WEIGHT * sign, _clause_after(ctx.lower(), hit[2])))
                score += FRAME_WEIGHT * sign
                group.evidence.append(f"{item.article.id}: '{hit[1]}' next to the attribution")
        weight, lead_in = _lead_in_frame(group, aimed, refuses, bool(refusal))
        score += weight
        framed = score  # the writers' frames (the party lean is weaker, not one)
        lean = 0.0  # ...which the party adds
        countered = False  # whether a frame is on a measure aimed at the actor
        dealt = group.named and bool(group.speaker) and _counterpart(group.speaker or "", leads)
        if dealt:
            # "Democrats voted to reopen the government in exchange for an assurance from Sen.
            # Lee": the other party to the deal is no critic of it by party alone
            group.evidence.append("the other party to the deal the leads report: no party lean")
        elif (
            not rel
            and group.named
            and group.speaker
            and leads_committee(group.speaker, camps, texts)
        ):
            # "the top Democrat on the committee" speaks for what the committee does
            score += PARTY_WEIGHT
            group.evidence.append(f"leads a committee, as the actor ({camps.actor}) is one")
        elif acted:
            # "three Republicans joined Democrats to pass it": what they did, not their party
            group.evidence.append("carried out the action: no party lean")
        elif camps.party and group.named and group.speaker:
            party = speaker_party(group, texts)
            lean = _party_weight(party, camps, group)
        elif camps.party and group.organization:
            party = party_of(group.organization, [])
            lean = _party_weight(party, camps, group)
        score += lean
        # the quote, and the sentence that carries it: "Lee said the deal the council signed
        # “is a disgrace”" names the actor outside the quotation marks
        toward = max(
            (
                _toward_actor(text, aimed, None if refusal else thing, refuses)
                for it in group.items
                for text in (it.span.text, _attribution_sentence(it, keep_quote=True))
            ),
            key=abs,
        )
        seen: set[str] = set()
        lowered = [n.lower() for n in names if n]
        if rel:
            principals.add(gi)
        elif _attacked_by_actor(sentences, lowered, camps):
            principals.add(gi)
            score -= FRAME_WEIGHT
            framed -= FRAME_WEIGHT
            group.evidence.append(f"the actor ({camps.actor}) attacks them")
        seen.add(lead_in)
        for si, (art, sent, low) in enumerate(sentences):
            if not any(n in low for n in lowered):
                continue
            if _only_namesake(sent, group):
                continue  # "Darnell Hughes sued the city": not Gloria Hughes, his mother
            if sent not in writers:
                writers[sent] = (quoted_share(sent), outside_quotes(sent))
            share, outside = writers[sent]
            if share > MAX_QUOTED_SHARE:
                continue
            if thing and _acts_on(sent, thing):
                continue  # the sentence that states the action: its actor is counted above
            # "Lee said the council's deal represents an illegal giveaway": the speaker's view
            # as the writer reports it has a tone toward the actor too
            if _reports_speech(low, lowered):
                told = _toward_actor(sent, aimed, None if refusal else thing, refuses)
                if abs(told) > abs(toward):
                    toward = told
            # the writer's words only: a frame word inside someone's quotation is not theirs
            sent = outside
            low = sent.lower()
            hit = _side_of_context(
                sent, names, latest.get(art.id, 0), proposal=proposal, own=own, news=news
            )
            if hit is None and (majority := _MAJORITY.search(sent)) is not None:
                # "Writing for the majority, Justice Lee concluded...": the ruling is hers
                hit = ("support", "majority", majority.end())
            if (
                hit
                and (camps.actor is None or not camps.party)
                and _PARTY_PEOPLE.match(_clause_after(low, hit[2]))
            ):
                hit = None  # no actor, or one of no party: "accused Republican leaders of
                # protecting him", "accused Republicans of running a witch hunt" against the
                # president who resigned is no stance on the action or the one it is on
            if hit is None and sent not in seen and (demand := _exit_demand(low, lowered, aimed)):
                # "Cantrell said Pryce should step down": against the one who is to go
                seen.add(sent)
                score += CONTEXT_WEIGHT * demand
                framed += CONTEXT_WEIGHT * demand
                group.evidence.append(f'{art.id}: a call to go in "{_short(sent)}"')
            if hit and sent not in seen:
                seen.add(sent)
                countered = countered or _on_measure_against(low, hit[2], aimed)
                sign, free = _cue_sign(hit, low, aimed, refuses, bool(refusal))
                if free:
                    at_people.append((gi, CONTEXT_WEIGHT * sign, _clause_after(low, hit[2])))
                score += CONTEXT_WEIGHT * sign
                framed += CONTEXT_WEIGHT * sign
                group.evidence.append(f"{art.id}: '{hit[1]}' in \"{_short(sent)}\"")
            before = previous.get(si, "")
            if hit is None and before not in seen and _introduces(low, lowered):
                # "Environmental groups blasted the ruling. Hannah Lindqvist, director of the
                # alliance, said...": the member introduced right after a group's stance
                frame = _group_frame(before, aimed, refuses, bool(refusal))
                if frame is not None:
                    seen.add(before)
                    score += CONTEXT_WEIGHT * frame[0]
                    framed += CONTEXT_WEIGHT * frame[0]
                    group.evidence.append(f"{art.id}: '{frame[1]}' in \"{_short(before)}\"")
        # an interviewer's question ("…by asking, “What were you talking about?”") is no
        # position: its tone places no one
        asked = all(
            (it.span.cue or "").lower().startswith("ask") and it.span.text.rstrip().endswith("?")
            for it in group.items
        )
        # the tone read from the quote is weaker evidence than the writers' own frame: it
        # counts where no frame says otherwise
        # a reporter's or an analyst's account of the actor is an observer's, not a side:
        # only the writers' frames ("criticized", "praised") place them
        observer = _observer(group)
        if observer:
            group.evidence.append(f"an observer ({observer}): tone places no one")
        if (
            refusal is None
            and toward > -YES_BUT_NOT_TONE
            and any(_YES_BUT_NOT.search(it.span.text) for it in group.items)
        ):
            # "The president supports helping families, but not through a federal mandate":
            # for the aim, against the action that is the news
            toward = -YES_BUT_NOT_TONE
            group.evidence.append("for the aim, 'but not' the action")
        if member and not any(_VOTE_CUE.search(e) or "dissent" in e for e in group.evidence):
            score += ACTION_ACTOR_WEIGHT
            framed += ACTION_ACTOR_WEIGHT
            group.evidence.append(f"a member of the body that acted ({camps.actor})")
        if countered and lean * framed < 0:
            # "Eckhardt, a Republican who supported the resolution urging the Republican
            # sheriff to step down": what the writers say they did to the actor outweighs
            # their party (not any frame: "rejected the idea of a down payment" is no stance
            # on the deal the news is)
            score -= lean
            group.evidence.append("the writers' frame overrules the party lean")
        tones.append(toward if abs(toward) >= MIN_POLARITY and not asked and not observer else 0.0)
        observers.append(bool(observer))
        frames.append(framed)
        per_group.append(score)
    _against_the_other_side(groups, at_people, _pooled(groups, frames), fixed, per_group, frames)
    # the tone counts where no frame of the same speaker, in any of their quotes, says
    # otherwise ("Some lawmakers welcomed the move" before one quote, a grim tone in another)
    pooled_frames = _pooled(groups, frames)
    toward_whom = f"the {thing} the actor refused" if refuses else "the actor"
    # an observer is one in every quote: "Miriam Sato, a professor of education" quoted again
    # as "Sato" (no role there) still takes no side by her tone
    observed = {
        k for gi, o in enumerate(observers) if o for k in _group_keys(groups[gi]) if k[:2] == "s:"
    }
    for gi, toward in enumerate(tones):
        if toward and observed & set(_group_keys(groups[gi])):
            continue
        if toward and pooled_frames[gi] * toward >= 0:
            per_group[gi] += TOWARD_WEIGHT * toward
            groups[gi].evidence.append(f"polarity toward {toward_whom} {toward:+.2f} (VADER)")
    # one side per speaker and per organization within the story: the groups that share a
    # speaker or an organization, directly or through one another, pool their evidence
    totals = _pooled(groups, per_group)
    # the actor's side is fixed for every group of the same speaker or organization
    fixed_keys = {k: fixed[gi] for gi in fixed for k in _group_keys(groups[gi])}
    for gi, group in enumerate(groups):
        for k in _group_keys(group):
            if gi not in fixed and k in fixed_keys:
                fixed[gi] = fixed_keys[k]
    for gi, (group, score) in enumerate(zip(groups, per_group, strict=True)):
        keys = _group_keys(group)
        combined = totals[gi]
        group.score = combined
        if gi in fixed:
            group.stance = "support" if fixed[gi] > 0 else "oppose"
        elif combined >= STANCE_THRESHOLD:
            group.stance = "support"
        elif combined <= -STANCE_THRESHOLD:
            group.stance = "oppose"
        else:
            group.stance = "neutral"
        if keys and combined != score:
            group.evidence.append(f"same speaker/organization elsewhere: total {combined:+.2f}")
    if not camps.party:
        party_lean(groups, texts, principals, _lead_in_party)
    _speak_for(groups, texts)


FIRM_FRAMES = 3.0
"""How strongly the writers' frames must place someone before a frame aimed at them places
its subject on the other side."""
_BETWEEN_OBJECT = r"(?:(?!(?:of|for|to|and|that|with|on|in|by|as)\b)[a-z.'’-]+\s+){0,4}?"


def _against_the_other_side(
    groups: Sequence[_Group],
    at_people: Sequence[tuple[int, float, str]],
    framed: Sequence[float],
    fixed: dict[int, int],
    scores: list[float],
    frames: list[float],
) -> None:
    """A attacked B puts them on opposite sides: a frame aimed at someone the writers' frames
    firmly place against the action ("Ferrante accused Ruderman of exploiting a grieving
    family", where Ruderman led the backlash) puts its subject for it; the frame's weight, given
    as if aimed at the action, is turned around in `scores` and `frames`."""
    against = {
        (g.speaker or "").split()[-1].lower(): gj
        for gj, g in enumerate(groups)
        if g.named
        and g.speaker
        and len(g.speaker.split()) >= 2
        and (fixed.get(gj) == -1 or (gj not in fixed and framed[gj] <= -FIRM_FRAMES))
    }
    for gi, weight, window in at_people:
        for surname, gj in against.items():
            if gj == gi or groups[gj].speaker == groups[gi].speaker:
                continue
            if re.match(rf"\s*{_BETWEEN_OBJECT}{re.escape(surname)}\b", window):
                scores[gi] -= 2 * weight
                frames[gi] -= 2 * weight
                groups[gi].evidence.append(
                    f"the frame is aimed at {groups[gj].speaker}, who is against it"
                )
                break


_MEMBER = re.compile(
    r"\bmembers?\b|\bcommissioner|\bcouncil(?:man|woman|member|or)\b|\btrustee|\bregent", re.I
)


def _role_for(group: _Group, camps: Camps) -> str:
    """The speaker's role as a sign of whom they speak for: none where they speak for another
    named organization than the actor ("Tess Marlowe, a SkyBridge captain and local
    representative of the Regional Pilots Association": the union's, not the airline's)."""
    org, role = group.organization or "", group.role or ""
    if (
        len(org.split()) >= 2
        and org[:1].isupper()
        and not relation([org], camps)
        and relation([role], camps) > 0
    ):
        return ""
    return role


def _member_only(group: _Group, names: Sequence[str], camps: Camps) -> bool:
    """Return whether the speaker belongs to the actor only as one member of a body that votes
    ("Board member", "a commissioner", where the leads call the actor "the board"): not its
    president or its spokesman, who speak for it."""
    if camps.actor_person or not _MEMBER.search(group.role or ""):
        return False
    named = tuple(k for k in camps.actor_keys if k not in VOTING_BODIES)
    bare = dataclasses.replace(camps, actor_keys=named)
    return not relation([*names, group.organization or "", group.role or ""], bare)


_NAME_RUN = r"(?:[A-Z][\w&'’.-]*\s+){0,4}[A-Z][\w&'’.-]*"
_BIDS = r"(?:bid|request|application|proposal|petition|offer|takeover|merger|deal)"
_FOR_WHOM = re.compile(
    rf"\b(?:approved|approves|granted|grants|awarded|awards|signed\s+off\s+on|cleared)\s+"
    rf"(?:(?:a|an|the)\s+)?(?:[\w$.,%-]+\s+){{0,5}}?for\s+(?:the\s+)?(?P<for>{_NAME_RUN})"
    rf"|\b(?:approved|approves|signed\s+off\s+on|cleared)\s+(?P<owner>{_NAME_RUN})['’]s\s"
    rf"|\b(?:allows|allowed|lets|let)\s+(?P<allowed>{_NAME_RUN})\s+to\b"
    # "rejected Meridian Grid Holdings' bid", "a proposed takeover of Calder Power by Meridian
    # Grid Holdings": whose bid, request or deal the decision is on
    rf"|\b(?:rejected|rejects|denied|denies|blocked|blocks|torpedoed|turned\s+down|approved|"
    rf"approves|cleared|granted|grants)\s+(?P<bidder>{_NAME_RUN})['’]s?\s+(?:[\w$.,-]+\s+){{0,3}}?"
    rf"{_BIDS}\b"
    rf"|\b{_BIDS}\s+(?:to\s+buy|of|for)\s+(?:[\w$.,&-]+\s+){{0,6}}?(?:by|from)\s+"
    rf"(?P<by>{_NAME_RUN})"
)


# "pardoned Raymond Ostrowski", "commuted the life sentence of Curtis Hanley", "granted
# clemency to former commissioner Raymond Ostrowski": the one a pardon frees (or an order
# restores to a job, a verdict clears)
_PARDONED = re.compile(
    r"\b(?:pardon(?:ed|s|ing)|commut(?:ed|es|ing)\s+the\s+(?:[\w-]+\s+){0,2}?sentences?\s+of|"
    r"grant(?:ed|s|ing)\s+(?:a\s+)?(?:pardon|clemency)\s+to|"
    # "ordered the city to reinstate Kyle Matheny", "acquitted Tom Reyes": whom it restores
    r"reinstat(?:e|ed|es|ing)|rehir(?:e|ed|es|ing)|exonerat(?:e|ed|es|ing)|acquit(?:s|ted|ting)?)"
    r"\s+(?:[a-z][\w-]*\s+){0,5}?"
    rf"(?P<who>{_NAME_RUN})"
)


def beneficiaries(leads: Sequence[str], camps: Camps) -> tuple[str, ...]:
    """The organizations the leads say an approval is for ("approved a rate increase for
    Harland Valley Electric", "signed off on Harland Valley Electric's plan", "allows Meridian
    Waste Partners to extend..."), and the surname of one a pardon frees ("pardoned Raymond
    Ostrowski"), lower-cased; not the actor or the target."""
    found: set[str] = set()
    for line in leads:
        for m in _PARDONED.finditer(outside_quotes(line)):
            freed = clean_name(m.group("who")).split()
            surname = freed[-1].lower() if len(freed) >= 2 else ""
            if surname and surname not in camps.actor_keys and surname not in camps.target_keys:
                found.add(surname)
        for m in _FOR_WHOM.finditer(outside_quotes(line)):
            name = clean_name(
                m.group("for")
                or m.group("owner")
                or m.group("allowed")
                or m.group("bidder")
                or m.group("by")
            )
            key = name.lower()
            if not _org_name(name) or key in camps.actor_keys or key in camps.target_keys:
                continue
            found.add(key)
    return tuple(sorted(found))


# What an action takes from a place: "end all service to Tamsworth Regional Airport", "cut
# 1,800 jobs at Millbrook Plant", "close its Ridgeport washing machine plant", "ordered all
# troops out of Mardovia", "Brantley Abandons Ridgeport"
_TAKEN = r"(?i:service|flights|routes?|jobs|positions|operations)"
_SITE = r"(?i:plant|factory|mill|unit|ward|hospital|clinic|store|branch|office|campus|base|depot)"
_LOSS = re.compile(
    rf"\b(?i:end|ends|ended|ending|halt\w*|suspend\w*|cut|cuts|cutting|drop|drops|dropped|"
    rf"dropping|eliminat\w*)\s+(?i:all\s+|its\s+|their\s+|the\s+)?(?:[\w,-]+\s+){{0,3}}?"
    rf"{_TAKEN}\s+(?i:to|at|in|from)\s+(?:the\s+|its\s+)?(?P<at>{_NAME_RUN})"
    rf"|\b(?i:clos(?:e|es|ed|ing))\s+(?i:its|the|a)\s+(?:[\w-]+\s+){{0,3}}?{_SITE}\s+"
    rf"(?i:in|at)\s+(?P<site>{_NAME_RUN})"
    rf"|\b(?i:clos(?:e|es|ed|ing))\s+(?i:its)\s+(?P<own>[A-Z][\w-]+)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_SITE}\b"
    rf"|\b(?i:troops|forces|pull\w*|withdr\w*|move\w*|shift\w*)\s+(?:\w+\s+){{0,2}}?"
    rf"(?i:out\s+of)\s+(?P<out>{_NAME_RUN})"
    rf"|\b(?i:abandon|abandons|abandoned|abandoning)\s+(?P<left>{_NAME_RUN})",
)


def bereaved(leads: Sequence[str], camps: Camps) -> tuple[str, ...]:
    """The first words of the places the leads say the action takes something from ("end all
    service to Tamsworth Regional Airport", "close its Ridgeport plant"), lower-cased: not a
    word of the actor's names, nor a common word."""
    actor = {w for k in camps.actor_keys for w in k.split()}
    found: set[str] = set()
    for line in leads:
        for m in _LOSS.finditer(outside_quotes(line)):
            place = next(g for g in m.groups() if g)
            first = clean_name(place).split()[0].lower()
            if first in actor or first in STOPWORDS or not first.isalpha():
                continue
            found.add(first)
    return tuple(sorted(found))


def _named_for(group: _Group, names: Sequence[str], keys: Sequence[str]) -> bool:
    """Return whether the speaker speaks for one of `keys` (a beneficiary of the action, see
    `beneficiaries`, or a place it takes from, see `bereaved`): its name, or its name's first
    word, in the speaker's organization or name."""
    own = " ".join([*names, group.organization or ""]).lower()
    return any(k in own or re.search(rf"\b{re.escape(k.split()[0])}\b", own) for k in keys)


def _pooled(groups: Sequence[_Group], scores: Sequence[float]) -> list[float]:
    """Each group's score summed with every group it shares a speaker or an organization with,
    directly or through another group (Lee quoted by one outlet without her group's name and
    by another with it is one person, one side)."""
    parent = list(range(len(groups)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for gi, group in enumerate(groups):
        for key in _group_keys(group):
            if key in first:
                parent[root(gi)] = root(first[key])
            else:
                first[key] = gi
    total: dict[int, float] = defaultdict(float)
    for gi, score in enumerate(scores):
        total[root(gi)] += score
    return [total[root(gi)] for gi in range(len(groups))]


# Reporters and analysts observe; columnists and commentators argue, and are placed as anyone.
SAME_PASSAGE = 0.9
"""Share of the shorter quote's words, in order, the longer one holds when two speakers' quotes
on one side are one passage (a letter several sign, one of them reads out): shown once."""


def _same_passage(a: str, b: str) -> bool:
    """Return True when the shorter of two quotes is the longer's words, in order, but for a few
    (stems compared: "your duties as chairman" / "your duty as Chairman"); two people saying
    alike ("would bring 400 new jobs" / "brings 400 new jobs") is two quotes."""
    wa = [stem(w) for w in WORD.findall(a)]
    wb = [stem(w) for w in WORD.findall(b)]
    short, long_ = sorted((wa, wb), key=len)
    if not short:
        return False
    matcher = SequenceMatcher(None, short, long_, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    return same / len(short) >= SAME_PASSAGE


_OBSERVER_ROLES = re.compile(
    r"\b(?:reporter|correspondent|journalist|editor|writer|anchor|"
    r"analyst|pollster|historian|professor|scholar|expert|consultant|observer|economist|"
    r"researcher|lecturer|academic|scientist)s?\b",
    re.I,
)


_OUTLET_TAIL = re.compile(r"\s+(?:News|Digital|Online|\.com)$")


def _observer(group: _Group) -> str:
    """The role or outlet that makes a speaker an observer (a reporter, an analyst, a
    newspaper's writer: "Ann Lee in the Lakeside Times explains"), else ""."""
    role = _OBSERVER_ROLES.search(group.role or "")
    if role:
        return role.group()
    for who in (group.speaker, group.organization):
        # "the mayor said that 'she won,'" as a newspaper put it: the outlet reports
        plain = _OUTLET_TAIL.sub("", (who or "").removeprefix("The ").strip())
        if plain and outlet_names().fullmatch(plain):
            return who or ""
    for item in group.items:
        name = re.escape((item.span.mention or group.speaker or "").strip())
        if not name:
            continue
        writes_in = re.search(
            rf"{name},?\s+(?:of|in|for|at|writes in|wrote in)\s+(?:[Tt]he\s+)?"
            rf"(?P<outlet>{outlet_names().pattern})",
            _attribution_sentence(item),
        )
        if writes_in:
            return writes_in.group("outlet")
    return ""


# "a spokeswoman for the governor", "the mayor's press secretary": the office of the one served
_SERVES_OFFICE = re.compile(
    rf"\b(?:{AGENT_NOUNS})\s+(?:for|to)\s+(?:the\s+)?(?P<office>{'|'.join(OFFICE_NAMES)})\b"
    rf"|\b(?:the\s+)?(?P<owner>{'|'.join(OFFICE_NAMES)})['’]s\s+(?:{AGENT_NOUNS})\b",
    re.I,
)


def _speak_for(groups: list[_Group], texts: Sequence[str] = ()) -> None:
    """A speaker with no stance of their own whose organization is a placed speaker ("a
    spokesman for Lee", "Lee's campaign", "Lee's lawyer"), or whose role names one ("Lee
    campaign manager") or the office of one ("a spokeswoman for the governor", where the
    articles title one placed speaker "Gov."), takes that speaker's side."""
    placed: dict[str, set[str]] = defaultdict(set)
    offices: dict[str, set[str]] = defaultdict(set)
    # (the offices are read only where some role serves one: `office_of` scans every text)
    serving = any(_SERVES_OFFICE.search(group.role or "") for group in groups)
    for group in groups:
        if group.named and group.speaker and group.stance in ("support", "oppose"):
            placed[group.speaker.split()[-1].lower()].add(group.stance)
            if serving and (office := office_of(group.speaker, texts)):
                offices[office].add(group.speaker.split()[-1])
    for group in groups:
        org = group.organization or ""
        if not org:
            # "Lee campaign manager Tom Reyes", "Lee adviser Tom Reyes": the role names whom
            # they work for
            working = _WORKS_FOR.match(group.role or "")
            org = working.group("principal") if working else ""
        if not org and (serves := _SERVES_OFFICE.search(group.role or "")) is not None:
            held = offices.get((serves.group("office") or serves.group("owner")).lower(), set())
            org = next(iter(held)) if len(held) == 1 else ""
        if group.stance != "neutral" or not org or org == group.speaker:
            continue
        head = re.split(r"[’']s?\b", org, maxsplit=1)[0].split()
        if not head or not head[-1][:1].isupper() or head[-1].lower() in ORG_WORDS:
            continue
        sides = placed.get(head[-1].lower(), set())
        if len(sides) == 1 and (len(head) == 1 or looks_person(" ".join(head))):
            group.stance = "support" if "support" in sides else "oppose"
            group.evidence.append(f"speaks for {' '.join(head)}, who is on this side")
            for other in groups:
                # the same speaker quoted elsewhere without the role ("Morrow said")
                if other.stance == "neutral" and other.speaker and other.speaker == group.speaker:
                    other.stance = group.stance
                    other.evidence.append(f"speaks for {' '.join(head)} (as quoted elsewhere)")


# Fewest words a fragment needs to stand for its speaker's position (fewer is a phrase the
# writer borrows: "shadow banning", "well over the line").
MIN_FRAGMENT_WORDS = 8


def _on_record_fragment(span: QuoteSpan, text: str = "") -> bool:
    """True when a fragment is a named person's statement: attributed by a speech verb to
    a named speaker, long enough to be a position rather than a borrowed phrase, and not
    the conceded half of the writer's sentence (see `_conceded`); `text` is its article."""
    return (
        span.named
        and span.speaker is not None
        and span.cue is not None
        # "The Weekly reported that Lee “was met with applause”": a news account's words
        and not span.cue.lower().startswith("report")
        and len(span.text.split()) >= MIN_FRAGMENT_WORDS
        and not _conceded(text, span.start)
    )


_CONCESSIVE = re.compile(r"(?:While|Although|Though|Even though|Even as|Whereas)\b[^,;:]*$")


def _conceded(text: str, start: int) -> bool:
    """True when the fragment at `start` is quoted inside a concessive clause that opens the
    writer's sentence: 'While Reyes said the audit “does not find that the council broke any
    rule,” it “also does not clear the agreement.”' Alone, the conceded half says the opposite
    of what the sentence reports."""
    begin = max(text.rfind("\n", 0, start), *(text.rfind(m, 0, start) for m in (". ", "? ", "! ")))
    opening = text[begin + 1 : start].lstrip(" \n")
    return _CONCESSIVE.match(opening.rstrip('“"‘ ')) is not None


def _targets_thing(leads: Sequence[str], camps: Camps, thing: str) -> bool:
    """Return whether the leads make the thing the sides would be about the target's ("her
    plan", "Varga's plan") where the actor, a body, acts on the target: then what the actor did
    to the target is the news, not the thing."""
    if not camps.actor or camps.actor_person or not camps.target_keys:
        return False
    owners = "|".join(re.escape(k.split()[-1]) for k in camps.target_keys)
    owned = re.compile(
        rf"\b(?:her|his|(?:{owners})['’]s?)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(thing)}\b", re.I
    )
    return any(owned.search(outside_quotes(line)) for line in leads)


def story_sides(
    articles: Sequence[QuoteSource],
    *,
    quotes_per_side: int = 2,
    narrative: Sequence[str] = (),
    doubled_marks: bool = False,
) -> tuple[list[Side], list[Quote]]:
    """The two sides (support first, then oppose; `Side` from briefing.model, labels written for
    the story, `note` set when a side has no quote) and every attributed quote merged across
    articles (for --explain)."""
    items = story_items(articles, doubled_marks)
    full = [it for it in items if not it.span.partial]
    fragments = [it for it in items if it.span.partial]
    groups = _group_quotes(full)
    # a fragment quoted elsewhere from a full statement cites that statement's article too
    loose: list[_Item] = []
    for frag in fragments:
        for group in groups:
            rep = group.items[0]
            if _contains(rep.span.text, frag.span.text) and _same_speaker(rep, frag):
                group.items.append(frag)
                break
        else:
            loose.append(frag)
    # a named speaker's substantive words quoted inside the writer's sentence ("Lee said the
    # messages are “one more example of …”") are on the record too: a side may have no other
    groups += _group_quotes([f for f in loose if _on_record_fragment(f.span, f.article.text)])
    for group in groups:
        _fill_speaker(group)
    _unify_names(groups)
    _, thing = central_action(articles)
    camps = find_camps(articles)
    # (counted once: a refusal too few openings report still tells whose the sides are)
    refused = _refusals(articles, thing, camps) if thing and articles else Counter()
    refusal = _refusal_news(refused, len(articles))
    if (
        thing in _PROCEEDING_THINGS
        and refusal is None
        and camps.actor
        and not _brings_it(articles, camps)
    ):
        # "In favor of the investigation" on the side of the one it is into: where the leads'
        # actor did not bring the proceeding (nor threw it out), the sides are the actor's
        thing = None
    if thing and refusal is None and _targets_thing(lead_lines(articles), camps, thing):
        # "voted no confidence in President Varga, ... driven by her plan to close 14
        # programs": the plan is the target's; the sides are on what the actor did to her
        thing = None
    if thing in _HELD_THINGS and refusal is None and camps.actor and refused:
        # "Valmont's medical board suspended the license of...": an opening where the actor
        # took away what someone held, too few of them for the refusal to be the news; "In
        # favor of the license" would put the board's camp under the doctor's cause: the sides
        # are the actor's
        thing = None
    _place_sides(groups, articles, action_actors(articles, thing), thing, camps, refusal)
    act = refusal
    if act is None and not (thing or camps.actor or camps.target):
        # "voted 4-3 to pull 14 books from library shelves": no actor or thing the leads
        # agree on, but the decision they report names the camps ("In favor of pulling 14 books")
        act = decided_act(articles)
    labels = side_labels(camps, thing, act)
    topic = headline_topic([art.title for art in articles])
    quotes = [_to_quote(g) for g in groups]
    unplaced = {
        (g.speaker or "").lower() for g in groups if g.stance == "neutral" and g.named and g.speaker
    }
    sides: list[Side] = []
    stances: tuple[Literal["support"], Literal["oppose"]] = ("support", "oppose")
    for stance in stances:
        ranked = sorted(
            (g for g in groups if g.stance == stance and g.speaker),
            key=lambda g: _strength(g, narrative, topic),
            reverse=True,
        )
        chosen: list[_Group] = []
        more: list[_Group] = []
        speakers: set[str] = set()
        for group in ranked:
            key = (group.speaker or "").lower()
            if key in speakers or any(_name_suffix(key, other) for other in speakers):
                continue
            text = group.items[0].span.text
            if any(_same_passage(text, g.items[0].span.text) for g in [*chosen, *more]):
                continue  # a letter one signer reads out and the article quotes too: shown once
            speakers.add(key)
            (chosen if len(chosen) < quotes_per_side else more).append(group)
        note = None
        shown = [quotes[groups.index(g)] for g in chosen]
        if not chosen:
            who = "supporters" if stance == "support" else "critics"
            reported = paraphrase(stance, articles, camps, thing)
            if reported is not None:
                shown = [reported]
                note = f"No direct quote from {who} in the sources; their position as reported."
            elif unplaced:
                # quoted people whose stance the articles leave open may be on this side:
                # "no on-the-record quote" would claim more than the evidence shows
                # ...nor "no quote is from critics": the software could not tell, and says so
                note = (
                    f"No quote was placed with {who}: the software could not tell the side of "
                    f"{_others(len(unplaced))}."
                )
            else:
                note = f"No on-the-record quote from {who} in the sources."
        sides.append(
            Side(
                stance=stance,
                label=labels[stance],
                quotes=shown,
                more=[quotes[groups.index(g)] for g in more],
                note=note,
            )
        )
    return sides, quotes
