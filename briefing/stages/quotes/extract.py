"""Quotation marks paired into quotes: trimmed, classified (full or partial), attributed."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace

from briefing.stages.quotes.base import QuoteSpan, _para_of, _Raw
from briefing.stages.quotes.cues import _cue_sentence_before, _find_cue, whole_paragraph
from briefing.stages.quotes.lexicon import _BARE_CUES, SPEECH_VERBS
from briefing.stages.quotes.speakers import _attribute, _Registry
from briefing.text.quotation import paragraphs, scan

log = logging.getLogger(__name__)


# -- 1. quotation marks ---------------------------------------------------------------------


def _find_marks(text: str) -> list[_Raw]:
    """Balanced quotations from the shared scanner, as mutable records for this stage."""
    return [_Raw(list(q.parts), q.open_mark, q.close_mark) for q in scan(text)]


# -- 2. quotes: trim, classify, attribute ----------------------------------------------------


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


# Verbs that name or label ("calls it", "termed it") rather than report what was said.
_NAMING = frozenset("call called calls calling term termed terms terming dub dubbed".split())


def _verb_led(text: str, raw: _Raw, pre: str) -> bool:
    """`protesters chanted "What curfew?"`, `repeatedly says, "Don't…"`: a capitalized
    sentence that a speech verb reports is a statement, not a fragment of the writer's."""
    last = pre.split()[-1].lower().rstrip(",") if pre.split() else ""
    first = text[raw.parts[0][0] : raw.parts[0][1]].lstrip()[:1]
    return last in SPEECH_VERBS and last not in _NAMING and first.isupper()


def _is_partial(text: str, raw: _Raw, para: tuple[int, int]) -> bool:
    """True when the quoted words sit inside the writer's own sentence (a fragment)."""
    lo, hi = para
    pre = text[lo : raw.open_mark].rstrip()
    last = pre.split()[-1].lower().rstrip(",") if pre.split() else ""
    verb_led = _verb_led(text, raw, pre)
    if pre and pre[-1] not in ":,.!?;—–-(\u2026" and last not in _BARE_CUES and not verb_led:
        if not (pre[-1] in '"”' and pre[-2:-1] in (".", "!", "?")):
            return True  # (after `on "Show Name."` a new sentence starts: not a fragment)
    if pre.endswith(",") and last in ("that", "as", "is", "was", "called", "calls"):
        return True
    inner = text[raw.parts[-1][0] : raw.close_mark].rstrip().rstrip("'’\"”")
    post = text[raw.close_mark + 1 : hi].lstrip()
    if inner and inner[-1] in ".,!?…—–-:;":
        return False
    return bool(post) and post[0] not in ".,;:!?)—–-"


# "Asked point-blank, “Is that picture you?” Lee replied, “…”": the question put to the
# speaker, which a participle frame opens the sentence on (paragraph start or after a full stop)
_ASKED_FRAME = re.compile(r"(?:^|[.!?][\"”’']?\s+)Asked\b[^.!?\"“”]{0,160},\s*$")


def _asked_question(text: str, raw: _Raw, para: tuple[int, int]) -> bool:
    """True when the quote is a question someone put to the speaker ("Asked whether he would
    run, “Will you?”"): neither the answer's first part nor the answerer's words."""
    lo, _ = para
    body = text[raw.parts[-1][0] : raw.close_mark].rstrip().rstrip("'’\"”").rstrip()
    return body.endswith("?") and _ASKED_FRAME.search(text[lo : raw.open_mark]) is not None


# A work named before its title: "in his memoir, “From Hope to Higher Ground,” that..."
_WORK = re.compile(
    r"\b(?:book|memoir|memoirs|autobiography|novel|essay|op-ed|column|editorial|song|album|"
    r"film|movie|documentary|show|series|podcast|play|poem|titled|entitled)[,:]?$",
    re.I,
)
_MINOR_WORDS = frozenset("a an and as at but by for from in into nor of on or the to with".split())
TITLE_WORDS = 10
"""At most this many words make a work's title in quotation marks."""


def _titled(pre: str, body: str) -> bool:
    """True when the quoted words are a work's title: in title case, with no full stop, right
    after the work they name ("his memoir, “From Hope to Higher Ground,”")."""
    words = body.split()
    if not words or len(words) > TITLE_WORDS or body[-1:] in (".", "!", "?", "…"):
        return False
    if not _WORK.search(pre.rstrip()):
        return False
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in _MINOR_WORDS or not w[:1].isalpha() for w in words
    )


def _unattributed(span: QuoteSpan) -> QuoteSpan:
    """The quote with no speaker and no cue."""
    return replace(
        span, speaker=None, speaker_start=None, speaker_end=None, role=None, organization=None,
        mention=None, named=False, cue=None, cue_start=None, cue_end=None,
    )  # fmt: skip


def _spoken_by(span: QuoteSpan, other: QuoteSpan, *, with_cue: bool = False) -> QuoteSpan:
    """`span` given the speaker of `other` (who, where named, role, organization), and with
    `with_cue` its cue too (a second fragment of the same reported speech)."""
    cue = (
        {"cue": other.cue, "cue_start": other.cue_start, "cue_end": other.cue_end}
        if with_cue
        else {}
    )
    return replace(
        span, speaker=other.speaker, speaker_start=other.speaker_start,
        speaker_end=other.speaker_end, role=other.role, organization=other.organization,
        mention=other.mention, named=other.named, **cue,  # type: ignore[arg-type]
    )  # fmt: skip


def _quote_words(text: str, raw: _Raw) -> int:
    return sum(len(text[a:b].split()) for a, b in raw.parts)


def _scan_text(text: str, doubled_marks: bool = False) -> str:
    """`text` with `(asides)` blanked and, if asked, doubled apostrophes (''quote'', as some
    archives print quotation marks) turned into a straight double mark and a space, so offsets
    stay the same and the marks pair like any other."""

    def sub(m: re.Match[str]) -> str:
        s = m.start()
        prev = text[s - 1] if s > 0 else " "
        nxt = text[m.end()] if m.end() < len(text) else " "
        if (prev.isspace() or prev in "([") and not nxt.isspace():
            return ' "'
        return '" '

    # without `doubled_marks`, a doubled apostrophe is no mark at all (nor two single ones)
    text = re.sub(r"''|``", sub if doubled_marks else "  ", text)
    return re.sub(r"\(([^()\n]{1,40})\)", lambda m: " " * len(m.group()), text)


def extract_quotes(
    text: str, *, known_names: Sequence[str] = (), doubled_marks: bool = False
) -> list[QuoteSpan]:
    """Every direct quote in text, offsets into text.

    Quotation marks are straight and curly double quotes (single ones nested inside them);
    with `doubled_marks`, also the doubled apostrophes and backticks of ASCII archives.
    """
    original = text
    text = _scan_text(text, doubled_marks)
    raws = _find_marks(text)
    paras = paragraphs(text)
    for raw in raws:
        raw.partial = _is_partial(text, raw, _para_of(paras, raw.open_mark))
    raws = _join_split(text, raws, paras)
    for raw in raws:
        lo, _ = _para_of(paras, raw.open_mark)
        first = text[raw.parts[0][0] : raw.parts[0][1]].lstrip()[:1]
        pre = text[lo : raw.open_mark].rstrip()
        if first.islower() and pre and not pre.endswith(":"):
            raw.partial = True  # a clause of the writer's sentence: `X said, "the plan is..."`
    # each piece: a quote split by its attribution leaves the attribution outside
    quoted = [(a, b) for raw in raws for a, b in raw.parts]
    registry = _Registry.build(text, known_names, quoted)
    out: list[QuoteSpan] = []
    previous: QuoteSpan | None = None
    fragment: QuoteSpan | None = None  # an attributed fragment just before (named speaker)
    for raw in raws:
        parts = tuple(p for p in (_trim(text, a, b) for a, b in raw.parts) if p[1] > p[0])
        if not parts:
            continue
        words = _quote_words(text, raw)
        if raw.partial and words <= 1:
            continue
        cue = raw.cue if raw.cue is not None else _find_cue(text, raw, paras)
        body = text[parts[-1][0] : raw.close_mark].rstrip().rstrip("'’\"”")
        lo, hi = _para_of(paras, raw.open_mark)
        led = _verb_led(text, raw, text[lo : raw.open_mark].rstrip())
        if cue is None and words <= 6 and body[-1:] not in (".", "!", "?", "…") and not led:
            raw.partial = True  # a title or a phrase in quotation marks, not a statement
        # "wrote in his memoir, “From Hope to Higher Ground,” that...": a work's name
        titled = _titled(text[lo : raw.open_mark], body.rstrip(",;:"))
        if titled:
            raw.partial = True
        # the nearer of the last full quote and the attributed fragment after it
        latest = fragment if fragment is not None else previous
        span = _attribute(text, parts, raw, cue, registry, latest, original)
        if titled or _asked_question(text, raw, (lo, hi)):
            # a title is no one's statement; a question put to the speaker is the reporter's,
            # not the words of the one whose answer the cue after it introduces
            span = _unattributed(span)
        # `Lee had called the plan "a non-starter."` then a quote paragraph: Lee goes on
        carried = (
            fragment
            if fragment is not None and _ends_paragraph(text, fragment, paras)
            else previous
        )
        # a quote paragraph after one that ends with X's quote goes on with X, though the
        # next paragraph opens on another speaker ("Lee called on them to act")
        ahead = cue is not None and cue.mention_start >= hi
        if (cue is None or ahead) and not raw.partial and _continues(text, raw, paras, carried):
            assert carried is not None
            span = _spoken_by(span, carried)
        last = out[-1] if out else None
        if span.speaker is None and cue is None and raw.partial and last is not None:
            if last.speaker is not None and _same_report(text, last, raw):
                # `Lee said the plan was “on track” and that funds would come “in due course”`
                span = _spoken_by(span, last, with_cue=True)
        if span.speaker is None and cue is None and not raw.partial:
            # `…, Lee said. "Quote."`: the attribution of the sentence before carries on
            lead = _cue_sentence_before(text, raw, _para_of(paras, raw.open_mark)[0])
            if lead is not None:
                span = _attribute(text, parts, raw, lead, registry, previous, original)
        out.append(span)
        fragment = None
        if span.speaker is not None and not span.partial:
            previous = span
        elif span.speaker is not None and span.named and span.cue_end is not None:
            fragment = span
    return _said_next(text, out, paras)


_GOES_ON = re.compile(r"(?:,\s*)?(?:and|but|or)\s+(?:that|said|added|called|warned|noted)\b")
SAME_REPORT_WORDS = 25
"""At most this many of the writer's words between two fragments of one reported speech."""


def _same_report(text: str, last: QuoteSpan, raw: _Raw) -> bool:
    """True when a fragment goes on the reported speech of the fragment just before it, in
    the same sentence: `said the plan was “on track” and that funds would come “in due
    course”` (joined by "and that", "but said"; no new subject named, no sentence end)."""
    if not last.partial or last.cue_end is None or last.cue_end > last.start:
        return False  # the fragment before must follow its own cue (`said … “…”`)
    between = text[last.end : raw.open_mark].lstrip(" \t\"”’'")
    if len(between.split()) > SAME_REPORT_WORDS or re.search(r"[.;:!?\n]", between):
        return False
    if _GOES_ON.match(between) is None:
        return False
    return not any(w[:1].isupper() for w in between.split()[1:])


NEXT_QUOTE_WORDS = 4
"""At most this many of the writer's words between an unattributed quote and the next quote
of its paragraph, attributed after it, for both to be that speaker's (`_said_next`)."""


NEXT_QUOTE_OWN_WORDS = 4
"""...and the unattributed quote is a statement of at least this many words."""


def _said_next(text: str, spans: list[QuoteSpan], paras: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Give a quote no attribution reaches the speaker of the next quote in its paragraph when
    that one's attribution follows it and only a few of the writer's words stand between:
    `The comment was "the latest low..." It was "a stark contrast...," Lee said.`"""
    out = list(spans)
    for i in range(len(out) - 2, -1, -1):
        span, after = out[i], out[i + 1]
        if span.speaker is not None or span.cue is not None or after.speaker is None:
            continue
        if len(span.text.split()) < NEXT_QUOTE_OWN_WORDS:
            continue  # a term in a list of them ("about “wounded families” and “our own…”")
        if not after.named or after.speaker_start is None or after.speaker_start < after.end:
            continue  # the next quote's attribution must follow it ("…," Lee said)
        if _para_of(paras, span.start) != _para_of(paras, after.start):
            continue
        between = text[span.end : after.start].strip(" \t\"“”'‘’")
        if len(between.split()) > NEXT_QUOTE_WORDS or re.search(r"[:;]", between):
            continue
        out[i] = _spoken_by(span, after)
    return out


def _ends_paragraph(text: str, span: QuoteSpan, paras: list[tuple[int, int]]) -> bool:
    """True when only closing marks and punctuation follow `span` in its paragraph."""
    _, hi = _para_of(paras, span.start)
    return not text[span.end : hi].strip(" \t\"”’'.,;!?")


def _join_split(text: str, raws: list[_Raw], paras: list[tuple[int, int]]) -> list[_Raw]:
    """Join `"A," she said. "B."` into one quote: B continues A when only A's cue lies between."""
    out: list[_Raw] = []
    for raw in raws:
        if raw.cue is None and not raw.partial:
            raw.cue = _find_cue(text, raw, paras)
        prev = out[-1] if out else None
        title: _Raw | None = None
        if (
            prev is not None
            and prev.partial
            and len(out) > 1
            and out[-2].cue is not None
            and out[-2].cue.after
            and out[-2].cue.verb_end <= prev.open_mark
            and _quote_words(text, prev) <= 6
            and text[prev.parts[0][0] : prev.parts[0][0] + 1].isupper()
            and not re.search(r"[.!?]\s+[A-Z]", text[out[-2].cue.verb_end : prev.open_mark])
        ):
            # `"A," X said on "Show Name." "B."`: a quoted title inside the attribution
            title, prev = prev, out[-2]
        if (
            prev is not None
            and not prev.partial
            and not raw.partial
            and not _asked_question(text, prev, _para_of(paras, prev.open_mark))
            and prev.cue is not None
            and prev.cue.after
            and _para_of(paras, prev.close_mark) == _para_of(paras, raw.open_mark)
            and (raw.cue is None or not raw.cue.after)
            # `"A," said Ann Lee. Tom Reyes responded: "B."`: B's speaker named after A's cue
            # (not `"A," Lee said, adding, "B"`: Lee's words go on)
            and not (
                raw.cue is not None
                and raw.cue.verb_start >= prev.cue.verb_end
                and raw.cue.mention_start >= prev.cue.verb_end
                and raw.cue.mention_start >= prev.cue.mention_end
            )
        ):
            between = text[prev.close_mark + 1 : raw.open_mark]
            if title is not None:
                between = between.replace(text[title.open_mark : title.close_mark + 1], "")
            if prev.cue.verb_end <= raw.open_mark and len(between) < 240 and '"' not in between:
                tail = text[prev.cue.verb_end : raw.open_mark].strip()
                if title is not None:
                    tail = tail.rstrip("\"”’'").rstrip()
                if (tail[-1:] in (".", ",", ":", ";") or not tail) and not _new_lead(
                    tail, text[raw.parts[0][0] : raw.parts[0][1]].lstrip()
                ):
                    prev.parts.extend(raw.parts)
                    prev.close_mark = raw.close_mark
                    continue
        out.append(raw)
    return out


def _new_lead(tail: str, nxt: str) -> bool:
    """True when the words between a cue and the next quote open a quote of their own
    (`, adding later,` / `, including,` / a further sentence ending `… saying,`): the next
    quote is then a separate statement, not the rest of the split one."""
    if not tail.endswith(",") or not nxt[:1].isupper():
        return False  # a lower-case start continues the split sentence
    if re.search(r"(,|\b(?:before|after|while|when|then|by))\s+[a-z]+ing\b", tail):
        return True  # a participle clause: `, adding later,` / `before asking her,`
    return bool(re.search(r"[.!?]\s+[A-Z]", tail))


def _continues(
    text: str, raw: _Raw, paras: list[tuple[int, int]], previous: QuoteSpan | None
) -> bool:
    """True when a quote with no cue is a whole paragraph right after a paragraph that ends
    with an attributed quote: newsrooms print one speaker's quote paragraph by paragraph."""
    if previous is None or previous.speaker is None or previous.cue_end is None:
        return False
    before = whole_paragraph(text, raw, paras)
    if before is None:
        return False
    plo, phi = before
    return plo <= previous.start and previous.cue_end <= phi and previous.end <= phi
