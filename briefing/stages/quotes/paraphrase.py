"""A side's reported position when no one on it is quoted directly: the writer's own sentence
("Critics, including the ACLU, say the deal…", "Lee, who voted against the plan, …"), shown
verbatim and marked as a paraphrase, never as a quotation."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from briefing.model import Quote
from briefing.stages.quotes.camps import Camps
from briefing.stages.quotes.lexicon import SPEECH_VERBS
from briefing.stages.quotes.merge import QuoteSource
from briefing.text.names import NAME_SEQ, clean_name, strip_title
from briefing.text.quotation import quoted_share
from briefing.text.segment import sentences

log = logging.getLogger(__name__)

# the camp, as the subject of the sentence: "Critics, including the ACLU, say…"
_CAMP_NOUNS = {
    "support": re.compile(r"\b([Ss]upporters|[Pp]roponents|[Bb]ackers|[Dd]efenders)\b"),
    "oppose": re.compile(r"\b([Cc]ritics|[Oo]pponents|[Dd]etractors)\b"),
}
# How near the start the camp noun or the voter stands, and the speech verb after it (words).
SUBJECT_WORDS = 8
VERB_WORDS = 14
_VOTES = {
    "support": re.compile(r"\bvot(?:ed|es|ing) (?:for|yes|in favor)\b", re.I),
    "oppose": re.compile(r"\bvot(?:ed|es|ing) (?:against|no)\b", re.I),
}
_MEMBERS = re.compile(r"\b(?:including|such as|like|led by|among them)\s+(?:the\s+)?", re.I)
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
# A paraphrase is one statement a reader can take in: not a fragment, not a paragraph.
MIN_WORDS = 8
MAX_WORDS = 60


def _subject_cue(sentence: str, stance: str) -> re.Match[str] | None:
    """The camp noun opening the sentence with a speech verb after it, or a named person's
    vote ("Lee, who voted against the plan"), else None."""
    noun = _CAMP_NOUNS[stance].search(sentence)
    if noun is not None and len(sentence[: noun.start()].split()) <= SUBJECT_WORDS:
        after = sentence[noun.end() :].split()[:VERB_WORDS]
        if any(w.strip(",.;").lower() in SPEECH_VERBS for w in after):
            return noun
    vote = _VOTES[stance].search(sentence)
    if vote is not None and len(sentence[: vote.start()].split()) <= SUBJECT_WORDS + 4:
        if NAME_SEQ.search(sentence[: vote.start()]):
            return vote
    return None


def _who(sentence: str, cue_end: int) -> str | None:
    """The person or organization a paraphrase names as holding the position, else None."""
    member = _MEMBERS.search(sentence, cue_end)
    start = member.end() if member else 0
    stretch = sentence[start:] if member else sentence[:cue_end]
    for m in NAME_SEQ.finditer(stretch):
        return clean_name(strip_title(m.group())[1]) or None
    acr = _ACRONYM.search(stretch)
    return acr.group() if acr else None


def paraphrase(
    stance: str, articles: Sequence[QuoteSource], camps: Camps, thing: str | None
) -> Quote | None:
    """The first on-topic sentence that reports the side's position in the writer's words."""
    topic = [k for k in camps.actor_keys] + ([thing] if thing else [])
    best: tuple[int, int, Quote] | None = None
    order = 0
    for art in articles:
        for a, b in art.kept:
            for s, e in sentences(art.text, a, b):
                order += 1
                sent = art.text[s:e]
                words = sent.split()
                if not MIN_WORDS <= len(words) <= MAX_WORDS or quoted_share(sent) > 0:
                    continue
                if any(c in sent for c in '"“”'):
                    continue
                low = sent.lower()
                cue = _subject_cue(sent, stance)
                if cue is None:
                    continue
                on_topic = any(re.search(rf"\b{re.escape(k)}\b", low) for k in topic if k)
                quote = Quote(
                    text=sent,
                    speaker=_who(sent, cue.end()),
                    sources=[art.id],
                    outlets=[art.outlet] if art.outlet else [],
                    source=art.id,
                    start=s,
                    end=e,
                    evidence=[f"paraphrase: '{cue.group()}' in the writer's sentence"],
                    stance=stance,  # type: ignore[arg-type]
                    paraphrase=True,
                )
                if not on_topic:
                    continue  # a position on something else is no side of this story
                rank = (0, order)
                if best is None or rank < best[:2]:
                    best = (*rank, quote)
    return best[2] if best else None
