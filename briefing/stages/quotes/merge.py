"""The same quote across articles: grouped, wordings kept, one speaker form per person."""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from briefing.stages.quotes.base import QuoteSpan
from briefing.stages.quotes.extract import extract_quotes
from briefing.stages.quotes.speakers import _in_headline
from briefing.text.names import (
    NAME_SEQ,
    clean_name,
    looks_person,
    same_org,
    same_person,
    strip_title,
)
from briefing.text.tokens import STOPWORDS

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class QuoteSource:
    """One article of a story, as the pipeline hands it over."""

    id: str
    outlet: str | None
    text: str
    kept: tuple[tuple[int, int], ...]
    title: str = ""


@dataclass(slots=True)
class _Item:
    span: QuoteSpan
    article: QuoteSource
    order: int


@dataclass(slots=True)
class _Group:
    items: list[_Item]
    speaker: str | None = None
    role: str | None = None
    organization: str | None = None
    named: bool = False
    stance: Literal["support", "oppose", "neutral"] = "neutral"
    score: float = 0.0
    evidence: list[str] = field(default_factory=list)


@functools.lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def _tokens(text: str) -> list[str]:
    return _norm(text).split()


@functools.lru_cache(maxsize=65536)
def _token_set(text: str) -> frozenset[str]:
    return frozenset(_norm(text).split())


def _overlap(a: str, b: str) -> float:
    ta, tb = _token_set(a), _token_set(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def _contains(longer: str, shorter: str) -> bool:
    return _norm(shorter) in _norm(longer)


def _kept(article: QuoteSource, span: QuoteSpan) -> bool:
    return any(a <= span.start and span.end <= b for a, b in article.kept)


def _same_speaker(a: _Item, b: _Item) -> bool:
    sa, sb = a.span.speaker, b.span.speaker
    if sa is None or sb is None:
        return False
    if sa.lower() == sb.lower() or (a.span.named and b.span.named and same_person(sa, sb)):
        return True
    oa, ob = a.span.organization, b.span.organization
    return bool(oa and ob and same_org(oa, ob) and not (a.span.named and b.span.named))


def _speaker_key(span: QuoteSpan) -> str:
    if span.named and span.speaker:
        return "p:" + span.speaker.lower()
    if span.organization:
        return "o:" + (span.organization or "").lower()
    return "s:" + (span.speaker or "").lower()


CLOSE = 0.6
"""Share of content words two outlets' quotes (or two of their sentences) share to be one
quote of one speaker in two wordings."""
CLOSE_ACROSS = 0.8
"""...when one outlet names the person and the other gives only the body they speak for."""


def _group_quotes(items: list[_Item]) -> list[_Group]:
    """The same quote in several articles is one group; differing wordings stay as variants."""
    groups: list[_Group] = []
    for item in items:
        placed = False
        for group in groups:
            rep = group.items[0]
            if any(it.article.id == item.article.id for it in group.items):
                continue  # one article's two quotes are two statements, never variants
            exact = _contains(rep.span.text, item.span.text) or _contains(
                item.span.text, rep.span.text
            )
            # a person's words and a body's statement are one quote only when nearly the same
            # ("Our pharmacists filled valid prescriptions written by..." in the company's
            # statement is not its spokeswoman's "Our pharmacists filled valid prescriptions in
            # good faith...")
            bar = CLOSE if rep.span.named == item.span.named else CLOSE_ACROSS
            close = _max_sentence_overlap(rep.span.text, item.span.text) >= bar
            both_named = rep.span.named and item.span.named
            if (exact and (_same_speaker(rep, item) or not both_named)) or (
                close and _same_speaker(rep, item)
            ):
                group.items.append(item)
                placed = True
                break
        if not placed:
            groups.append(_Group(items=[item]))
    return groups


@functools.lru_cache(maxsize=16384)
def _sentences(text: str) -> tuple[str, ...]:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text)
    return tuple(p for p in parts if p.strip())


def _max_sentence_overlap(a: str, b: str) -> float:
    """The best share of shared words between the two quotes or two of their sentences, each
    of six words or more, counted on content words ("I am now ready to work for the people of
    the city of Riverside" and "I am not running for mayor of the city of Riverside to ..."
    share their function words, not their statement)."""
    best = _content_overlap(a, b) if min(len(_token_set(a)), len(_token_set(b))) >= 6 else 0.0
    for sa in _sentences(a):
        for sb in _sentences(b):
            if min(len(_token_set(sa)), len(_token_set(sb))) >= 6:
                best = max(best, _content_overlap(sa, sb))
    return best


def _content_overlap(a: str, b: str) -> float:
    ta, tb = _token_set(a) - STOPWORDS, _token_set(b) - STOPWORDS
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def _wordings(group: _Group) -> list[tuple[str, list[_Item]]]:
    """Distinct wordings of a group, a wording contained in a longer one counted with it."""
    buckets: list[tuple[str, list[_Item]]] = []
    by_len = sorted(group.items, key=lambda it: (-len(it.span.text), it.order))
    for item in by_len:
        for text, members in buckets:
            if _contains(text, item.span.text):
                members.append(item)
                break
        else:
            buckets.append((item.span.text, [item]))
    return buckets


def _first_order(group: _Group, source: str) -> int:
    return min(it.order for it in group.items if it.article.id == source)


def story_items(articles: Sequence[QuoteSource], doubled_marks: bool = False) -> list[_Item]:
    """Every attributed quote of every article (inside kept spans), in document order."""
    names: list[str] = []
    for art in articles:
        for m in NAME_SEQ.finditer(art.text):
            if _in_headline(art.text, m.start()):
                continue  # "Lee Announces He Will Run": capitals there are style, not a name
            _, name, _ = strip_title(m.group())
            name = clean_name(name)
            if len(name.split()) >= 2 and looks_person(name) and name not in names:
                names.append(name)
    items: list[_Item] = []
    order = 0
    for art in articles:
        for span in extract_quotes(art.text, known_names=names, doubled_marks=doubled_marks):
            order += 1
            if span.speaker is None or not _kept(art, span):
                continue
            items.append(_Item(span, art, order))
    return items


def _unify_names(groups: list[_Group]) -> None:
    """One name per person in a story: the fullest form ("Ana Maria Ruiz"), and of two
    spellings the one more outlets print ("Vincent Ruiz", not one outlet's "Vincnet")."""
    named = [g for g in groups if g.named and g.speaker]
    outlets: dict[str, set[str]] = {}
    for g in named:
        for it in g.items:
            outlets.setdefault(it.span.speaker or "", set()).add(it.article.id)
    uses = Counter({name: len(ids) for name, ids in outlets.items()})
    for group in named:
        assert group.speaker is not None
        forms = [group.speaker] + [
            g.speaker for g in named if g.speaker and same_person(g.speaker, group.speaker)
        ]
        group.speaker = max(
            forms, key=lambda name: (len(name.split()), uses[name], len(name), name)
        )


def _fill_speaker(group: _Group) -> None:
    """Speaker, role and organization from the items, named mentions first."""
    # the fullest statement first: its article usually introduces the speaker best
    items = sorted(
        group.items,
        key=lambda it: (not it.span.named, it.span.partial, -len(it.span.text), it.order),
    )
    group.speaker = items[0].span.speaker
    group.named = items[0].span.named
    for it in items:
        if it.span.speaker and it.span.speaker.lower() == (group.speaker or "").lower():
            group.role = group.role or it.span.role
            group.organization = group.organization or it.span.organization
    for it in items:
        group.organization = group.organization or it.span.organization
