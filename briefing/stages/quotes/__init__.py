"""Direct quotes, speakers, roles and sides.

extract_quotes(text) finds every direct quotation in one text (offsets into it, marks excluded),
with the speaker mention next to its cue, resolved to a full name, and the speaker's role and
organization. story_sides(articles) merges the same quote across articles (recording differing
wordings), places each speaker on a side of the story's central action, and picks the strongest
quotes per side.

Modules, in the order a quote passes through them: extract (quotation marks), cues (the
attribution next to a quote), speakers (names, titles, roles, organizations), merge (the same
quote across articles), sides (camps of the central action, strongest quotes per side), with
camps (actor, target, labels), stances (a quote's tone toward the actor), parties (party
camps), rank (quote strength) and paraphrase (a side's reported position).
"""

from __future__ import annotations

from collections.abc import Iterator

from briefing.stages.quotes.base import JOIN, QuoteSpan
from briefing.stages.quotes.extract import extract_quotes
from briefing.stages.quotes.lexicon import SPEECH_VERBS
from briefing.stages.quotes.merge import QuoteSource, story_items
from briefing.stages.quotes.sides import action_actors, central_action, story_sides
from briefing.stages.quotes.stances import polarity
from briefing.text.names import same_person

__all__ = [
    "JOIN",
    "SPEECH_VERBS",
    "QuoteSource",
    "QuoteSpan",
    "action_actors",
    "central_action",
    "extract_quotes",
    "iter_quote_rows",
    "polarity",
    "same_person",
    "story_items",
    "story_sides",
]


def iter_quote_rows(
    text: str, file: str, doubled_marks: bool = False
) -> Iterator[dict[str, object]]:
    """JSON-ready rows for `briefing quotes`: one per quote found in `text`."""
    for q in extract_quotes(text, doubled_marks=doubled_marks):
        yield {
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "parts": [list(p) for p in q.parts],
            "speaker": q.speaker,
            "speaker_start": q.speaker_start,
            "speaker_end": q.speaker_end,
            "role": q.role,
            "organization": q.organization,
            "cue": q.cue,
            "partial": q.partial,
            "file": file,
        }
