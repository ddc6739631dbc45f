"""Sides of the story's central action: placement, labels, strongest quotes per side."""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Literal

from briefing.model import Quote, QuoteVariant, Side
from briefing.stages.quotes.base import _looks_person, _sentence_end, _sentence_start
from briefing.stages.quotes.lexicon import (
    _ACTION_OBJECTS,
    _ACTION_VERBS,
    _MAX_WORDS_BRIEF,
    _MIN_WORDS_BRIEF,
    _NAME_SEQ,
    _SIDE_LOOKUP,
)
from briefing.stages.quotes.merge import (
    QuoteSource,
    _acronym,
    _contains,
    _fill_speaker,
    _first_order,
    _Group,
    _group_quotes,
    _Item,
    _norm,
    _overlap,
    _same_speaker,
    _sentences,
    _unify_names,
    _wordings,
    story_items,
)
from briefing.stages.quotes.speakers import _clean_name, _strip_title

log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=1)
def _vader() -> object:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def polarity(text: str) -> float:
    """VADER compound polarity of a text, -1 (negative) to 1 (positive)."""
    analyzer = _vader()
    return float(analyzer.polarity_scores(text)["compound"])  # type: ignore[attr-defined]


def central_action(articles: Sequence[QuoteSource]) -> tuple[str | None, str | None]:
    """The story's central action: (the sentence stating it, the thing acted on: "agreement")."""
    counts: Counter[str] = Counter()
    in_lead: set[str] = set()
    first_sentence: str | None = None
    for art in articles:
        position = 0
        for a, b in art.kept:
            chunk = art.text[a:b]
            for sent in _sentences(chunk.replace("\n", " ")):
                position += 1
                if not _ACTION_VERBS.search(sent):
                    continue
                low = sent.lower()
                for obj in _ACTION_OBJECTS:
                    n = len(re.findall(rf"\b{obj}\b", low))
                    if n:
                        counts[obj] += n
                        if position <= 2:
                            in_lead.add(obj)
                        if first_sentence is None:
                            first_sentence = sent.strip()
    if not counts:
        return first_sentence, None
    best, n = sorted(counts.items(), key=lambda kv: (-kv[1], _ACTION_OBJECTS.index(kv[0])))[0]
    if n < 2 and best not in in_lead:
        return first_sentence, None  # one passing mention is no central action to take sides on
    return first_sentence, best


_REFUSALS = frozenset("rejected rejects blocked blocks".split())


def action_actors(articles: Sequence[QuoteSource], thing: str | None) -> dict[str, str]:
    """Who did the central action, by lower-cased name: "support" for those who approved,
    passed or signed the thing, "oppose" for those who rejected or blocked it."""
    actors: dict[str, str] = {}
    if not thing:
        return actors
    for art in articles:
        for a, b in art.kept:
            for sent in _sentences(art.text[a:b].replace("\n", " ")):
                verb = _ACTION_VERBS.search(sent)
                if not verb or not re.search(rf"\b{thing}\b", sent[verb.end() :], re.I):
                    continue
                against = re.match(r"\s+(against|no)\b", sent[verb.end() :], re.I)
                refused = verb.group(1).lower() in _REFUSALS or against
                side = "oppose" if refused else "support"
                subject = sent[: verb.start()]
                for m in _NAME_SEQ.finditer(subject):
                    name = _clean_name(_strip_title(m.group())[1])
                    if name:
                        actors.setdefault(name.lower(), side)
                for m in re.finditer(r"\b[A-Z][A-Z.&]{1,9}\b", subject):
                    actors.setdefault(m.group().replace(".", "").lower(), side)
    return actors


_NOUN_SIDE = frozenset(
    "supporter supporters proponent proponents advocate advocates critic critics opponent "
    "opponents opposition support backlash criticism favor favour".split()
)
_LINK = re.compile(
    r"^[\s,]*$|^[^.;]{0,70}?\b(?:including|like|such as|from|among|led by|notably|especially)"
    r"\b[^.;]*$"
)


def _other_person(stretch: str, names: Sequence[str]) -> bool:
    """Return True when a personal name other than `names` stands in `stretch`."""
    own = {n.lower() for n in names if n}
    for m in _NAME_SEQ.finditer(stretch):
        name = _clean_name(_strip_title(m.group())[1])
        if len(name.split()) >= 2 and _looks_person(name) and name.lower() not in own:
            return True
    return False


def _specific_org(org: str) -> bool:
    """An organization precise enough to place people by: "ACLU", "Third Way", not "House"."""
    return len(org.split()) >= 2 or (org.isupper() and len(org) >= 2)


def _side_of_context(sentence: str, names: Sequence[str]) -> tuple[str, str] | None:
    """The side a context sentence gives one of `names`, with the cue word.

    A noun cue names its members after it ("critics, including X"); a verb cue has the
    speaker before it ("X praised the deal"). A name that is only the object is not placed.
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
    best: tuple[int, str, str] | None = None
    for m in re.finditer(r"[a-z]+", low):
        word = m.group()
        side = _SIDE_LOOKUP.get(word)
        if side is None:
            continue
        for a, b in spans:
            if word in _NOUN_SIDE:
                between = low[m.end() : a]
                ok = a >= m.end() and a - m.end() <= 140 and bool(_LINK.match(between))
                dist = a - m.end()
            else:
                between = low[b : m.start()]
                ok = b <= m.start() and m.start() - b <= 70 and not re.search(r"[.;]", between)
                ok = ok and not re.search(r"\b(that|which|who|whom|as)\b", between)
                # "The House leader, Rep. Ann Lee, criticized": Lee criticized, not the House
                ok = ok and not _other_person(sentence[b : m.start()], names)
                dist = m.start() - b
            if ok and (best is None or dist < best[0]):
                best = (dist, side, word)
    return (best[1], best[2]) if best else None


def _names_for(group: _Group) -> list[str]:
    names: list[str] = []
    if group.speaker:
        names.append(group.speaker)
        if group.named and len(group.speaker.split()) > 1:
            names.append(group.speaker.split()[-1])
    if group.organization and _specific_org(group.organization):
        org = group.organization
        names.append(org)
        acr = _acronym(org)
        if len(acr) >= 3:
            names.append(acr)
        first = org.split()[0]
        if first.isupper() and len(first) >= 2:
            names.append(first)
    return [n for n in names if len(n) >= 2]


def _place_sides(
    groups: list[_Group],
    articles: Sequence[QuoteSource],
    actors: dict[str, str] | None = None,
    thing: str | None = None,
) -> None:
    """Score each group toward support (+) or opposition (-), one side per speaker and per org."""
    sentences: list[tuple[QuoteSource, str, str]] = []
    for art in articles:
        for a, b in art.kept:
            for line in art.text[a:b].split("\n"):
                for sent in _sentences(line):
                    sentences.append((art, sent, sent.lower()))
    per_group: list[float] = []
    for group in groups:
        score = 0.0
        names = _names_for(group)
        # the people or organization who carried out the action are for it
        for name in names:
            key = name.replace(".", "").lower()
            side = (actors or {}).get(key)
            if side:
                score += 2.0 if side == "support" else -2.0
                group.evidence.append(f"'{name}' carried out the central action ({side})")
                break
        for item in group.items:
            ctx = _attribution_sentence(item)
            hit = _side_of_context(ctx, [item.span.mention or "", *names])
            if hit:
                sign = 1.0 if hit[0] == "support" else -1.0
                score += 2.0 * sign
                group.evidence.append(f"{item.article.id}: '{hit[1]}' next to the attribution")
        quote_pol = max((polarity(it.span.text) for it in group.items), key=abs)
        if abs(quote_pol) >= 0.3:
            score += quote_pol
            group.evidence.append(f"quote polarity {quote_pol:+.2f} (VADER)")
        seen: set[str] = set()
        lowered = [n.lower() for n in names if n]
        for art, sent, low in sentences:
            if '"' in sent or "“" in sent or not any(n in low for n in lowered):
                continue
            if thing and _ACTION_VERBS.search(sent) and re.search(rf"\b{thing}\b", low):
                continue  # the sentence that states the action: its actor is counted above
            hit = _side_of_context(sent, names)
            if hit and sent not in seen:
                seen.add(sent)
                score += 1.5 if hit[0] == "support" else -1.5
                group.evidence.append(f"{art.id}: '{hit[1]}' in \"{_short(sent)}\"")
        per_group.append(score)
    # one side per speaker and per organization within the story
    totals: dict[str, float] = defaultdict(float)
    for group, score in zip(groups, per_group, strict=True):
        for key in _group_keys(group):
            totals[key] += score
    for group, score in zip(groups, per_group, strict=True):
        keys = _group_keys(group)
        combined = max((totals[k] for k in keys), key=abs) if keys else score
        group.score = combined
        if combined >= 1.0:
            group.stance = "support"
        elif combined <= -1.0:
            group.stance = "oppose"
        else:
            group.stance = "neutral"
        if keys and combined != score:
            group.evidence.append(f"same speaker/organization elsewhere: total {combined:+.2f}")


def _group_keys(group: _Group) -> list[str]:
    keys = []
    if group.speaker:
        keys.append("s:" + group.speaker.lower())
    if group.organization and _specific_org(group.organization):
        keys.append("o:" + _norm(group.organization))
    return keys


def _short(sentence: str, limit: int = 90) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"


def _attribution_sentence(item: _Item) -> str:
    """The writer's words around the quote's cue (the quote itself left out)."""
    text = item.article.text
    span = item.span
    anchor = span.speaker_start if span.speaker_start is not None else span.start
    lo = _sentence_start(text, anchor, max(0, text.rfind("\n", 0, anchor) + 1))
    nl = text.find("\n", anchor)
    hi = _sentence_end(text, anchor, nl if nl >= 0 else len(text))
    out = text[lo:hi]
    for a, b in span.parts:
        if lo <= a and b <= hi:
            out = out.replace(text[a:b], " ")
    return out


def _strength(group: _Group, narrative: Sequence[str]) -> tuple[float, int]:
    """Rank key: higher is stronger; ties by document order."""
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
    score += 0.5 * (len({it.article.id for it in group.items}) - 1)
    for line in narrative:
        if _overlap(line, text) >= 0.7:
            score -= 2.0
            break
    order = min(it.order for it in group.items)
    return score, -order


def _to_quote(group: _Group) -> Quote:
    wordings = _wordings(group)
    # keep the wording in the most sources; then the longest; then the earliest
    wordings.sort(
        key=lambda w: (-len({i.article.id for i in w[1]}), -len(w[0]), min(i.order for i in w[1]))
    )
    text, members = wordings[0]
    main = next(i for i in members if i.span.text == text)
    sources = sorted({it.article.id for it in group.items}, key=lambda s: _first_order(group, s))
    outlets: list[str] = []
    for sid in sources:
        art = next(it.article for it in group.items if it.article.id == sid)
        if art.outlet and art.outlet not in outlets:
            outlets.append(art.outlet)
    variants = [
        QuoteVariant(
            text=w, sources=sorted({i.article.id for i in m}, key=lambda s: _first_order(group, s))
        )
        for w, m in wordings
    ]
    differs = len(wordings) > 1
    return Quote(
        text=text,
        speaker=group.speaker,
        role=group.role,
        organization=group.organization,
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
    for frag in fragments:
        for group in groups:
            rep = group.items[0]
            if _contains(rep.span.text, frag.span.text) and _same_speaker(rep, frag):
                group.items.append(frag)
                break
    for group in groups:
        _fill_speaker(group)
    _unify_names(groups)
    _, thing = central_action(articles)
    _place_sides(groups, articles, action_actors(articles, thing), thing)
    labels = {
        "support": f"In favor of the {thing}" if thing else "What supporters say",
        "oppose": f"Against the {thing}" if thing else "What critics say",
    }
    quotes = [_to_quote(g) for g in groups]
    sides: list[Side] = []
    stances: tuple[Literal["support"], Literal["oppose"]] = ("support", "oppose")
    for stance in stances:
        ranked = sorted(
            (g for g in groups if g.stance == stance and g.speaker),
            key=lambda g: _strength(g, narrative),
            reverse=True,
        )
        chosen: list[_Group] = []
        more: list[_Group] = []
        speakers: set[str] = set()
        for group in ranked:
            key = (group.speaker or "").lower()
            if key in speakers:
                continue
            speakers.add(key)
            (chosen if len(chosen) < quotes_per_side else more).append(group)
        note = None
        if not chosen:
            who = "supporters" if stance == "support" else "critics"
            note = f"No on-the-record quote from {who} in the sources."
        sides.append(
            Side(
                stance=stance,
                label=labels[stance],
                quotes=[quotes[groups.index(g)] for g in chosen],
                more=[quotes[groups.index(g)] for g in more],
                note=note,
            )
        )
    return sides, quotes
