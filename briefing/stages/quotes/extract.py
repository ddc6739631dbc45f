"""Quotation marks paired into quotes: trimmed, classified (full or partial), attributed."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from briefing.stages.quotes.base import QuoteSpan, _para_of, _paragraphs, _Raw
from briefing.stages.quotes.cues import _find_cue
from briefing.stages.quotes.lexicon import (
    _BARE_CUES,
    _DOUBLE_CLOSE,
    _DOUBLE_OPEN,
    _SINGLE_CLOSE,
    _SINGLE_OPEN,
)
from briefing.stages.quotes.speakers import _attribute, _Registry

log = logging.getLogger(__name__)


# -- 1. quotation marks ---------------------------------------------------------------------


def _mark_role(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'either' for the straight or curly mark at `i`."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    opener = (prev.isspace() or prev in "([{—–-/:") and not nxt.isspace()
    closer = not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)]}—–-…'’")
    if opener and not closer:
        return "open"
    if closer and not opener:
        return "close"
    return "either"


def _find_marks(text: str) -> list[_Raw]:
    """Pair quotation marks paragraph by paragraph; an open quote may run into the next one."""
    paras = _paragraphs(text)
    has_double = any(c in text for c in '"“”«»„')
    found: list[_Raw] = []
    open_at: int | None = None
    family = ""
    depth = 0
    parts: list[tuple[int, int]] = []
    part_start = 0
    for pi, (lo, hi) in enumerate(paras):
        i = lo
        while i < hi:
            ch = text[i]
            kind = _classify(text, i, lo, hi, has_double)
            if kind is None:
                i += 1
                continue
            fam, role = kind
            if open_at is None:
                if role in ("open", "either") and fam != "n":
                    open_at, family, depth = i, fam, 0
                    parts, part_start = [], i + 1
            elif fam == family:
                if fam == "s" and ch == '"':
                    if role == "open":
                        # a fresh opener while one is open: the earlier mark was unbalanced
                        open_at, parts, part_start = i, [], i + 1
                    else:
                        parts.append((part_start, i))
                        found.append(_Raw(parts, open_at, i))
                        open_at = None
                elif ch in _DOUBLE_OPEN + _SINGLE_OPEN or (ch == "'" and role == "open"):
                    depth += 1
                elif depth:
                    depth -= 1
                else:
                    parts.append((part_start, i))
                    found.append(_Raw(parts, open_at, i))
                    open_at = None
            i += 1
        if open_at is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            cont = nxt is not None and _opens_with(text, nxt, family, has_double)
            if cont and nxt is not None and depth == 0:
                parts.append((part_start, hi))
                part_start = _opens_with(text, nxt, family, has_double) + 1
                # skip the continuation's own opening mark in the next paragraph's scan
                paras[pi + 1] = (part_start, nxt[1])
            else:
                log.debug("unbalanced quotation mark at %d", open_at)
                open_at = None
    return found


def _opens_with(text: str, para: tuple[int, int], family: str, has_double: bool) -> int:
    """Offset of the opening mark a paragraph starts with (of `family`), else 0."""
    lo, hi = para
    j = lo
    while j < hi and text[j] in " \t":
        j += 1
    if j < hi:
        kind = _classify(text, j, lo, hi, has_double)
        if kind is not None and kind[0] == family and kind[1] in ("open", "either"):
            if text[j] not in _DOUBLE_CLOSE + _SINGLE_CLOSE:
                return j
    return 0


def _classify(text: str, i: int, lo: int, hi: int, has_double: bool) -> tuple[str, str] | None:
    """(family, role) of a quotation mark at `i`, None for other characters and apostrophes."""
    ch = text[i]
    if ch in _DOUBLE_OPEN:
        return ("c", "open")
    if ch in _DOUBLE_CLOSE:
        role = _mark_role(text, i, lo, hi)
        return ("c", "close" if role != "open" else "either")
    if ch == '"':
        return ("s", _mark_role(text, i, lo, hi))
    if ch in _SINGLE_OPEN + _SINGLE_CLOSE + "'":
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        if prev.isalnum() and nxt.isalnum():
            return None  # an apostrophe inside a word
        fam = "q" if not has_double else "n"
        if ch == _SINGLE_OPEN:
            return (fam, "open")
        role = _mark_role(text, i, lo, hi)
        if ch == _SINGLE_CLOSE and role == "either":
            role = "close"
        if role == "either" or (role == "close" and prev in "sS" and nxt.isspace() and ch == "'"):
            return None
        return (fam, role)
    return None


# -- 2. quotes: trim, classify, attribute ----------------------------------------------------


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _is_partial(text: str, raw: _Raw, para: tuple[int, int]) -> bool:
    """True when the quoted words sit inside the writer's own sentence (a fragment)."""
    lo, hi = para
    pre = text[lo : raw.open_mark].rstrip()
    last = pre.split()[-1].lower().rstrip(",") if pre.split() else ""
    if pre and pre[-1] not in ":,.!?;—–-(\u2026" and last not in _BARE_CUES:
        return True
    if pre.endswith(",") and last in ("that", "as", "is", "was", "called", "calls"):
        return True
    inner = text[raw.parts[-1][0] : raw.close_mark].rstrip().rstrip("'’\"”")
    post = text[raw.close_mark + 1 : hi].lstrip()
    if inner and inner[-1] in ".,!?…—–-:;":
        return False
    return bool(post) and post[0] not in ".,;:!?)—–-"


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
    paras = _paragraphs(text)
    for raw in raws:
        raw.partial = _is_partial(text, raw, _para_of(paras, raw.open_mark))
    raws = _join_split(text, raws, paras)
    for raw in raws:
        lo, _ = _para_of(paras, raw.open_mark)
        first = text[raw.parts[0][0] : raw.parts[0][1]].lstrip()[:1]
        pre = text[lo : raw.open_mark].rstrip()
        if first.islower() and pre and not pre.endswith(":"):
            raw.partial = True  # a clause of the writer's sentence: `X said, "the plan is..."`
    quoted = [(raw.open_mark, raw.close_mark) for raw in raws]
    registry = _Registry.build(text, known_names, quoted)
    out: list[QuoteSpan] = []
    previous: QuoteSpan | None = None
    for raw in raws:
        parts = tuple(p for p in (_trim(text, a, b) for a, b in raw.parts) if p[1] > p[0])
        if not parts:
            continue
        words = _quote_words(text, raw)
        if raw.partial and words <= 1:
            continue
        cue = raw.cue if raw.cue is not None else _find_cue(text, raw, paras)
        body = text[parts[-1][0] : raw.close_mark].rstrip().rstrip("'’\"”")
        if cue is None and words <= 6 and body[-1:] not in (".", "!", "?", "…"):
            raw.partial = True  # a title or a phrase in quotation marks, not a statement
        span = _attribute(text, parts, raw, cue, registry, previous, original)
        out.append(span)
        if span.speaker is not None and not span.partial:
            previous = span
    return out


def _join_split(text: str, raws: list[_Raw], paras: list[tuple[int, int]]) -> list[_Raw]:
    """Join `"A," she said. "B."` into one quote: B continues A when only A's cue lies between."""
    out: list[_Raw] = []
    for raw in raws:
        if raw.cue is None and not raw.partial:
            raw.cue = _find_cue(text, raw, paras)
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.partial
            and not raw.partial
            and prev.cue is not None
            and prev.cue.after
            and _para_of(paras, prev.close_mark) == _para_of(paras, raw.open_mark)
            and (raw.cue is None or not raw.cue.after)
        ):
            between = text[prev.close_mark + 1 : raw.open_mark]
            if prev.cue.verb_end <= raw.open_mark and len(between) < 240 and '"' not in between:
                tail = text[prev.cue.verb_end : raw.open_mark].strip()
                if tail[-1:] in (".", ",", ":", ";") or not tail:
                    prev.parts.extend(raw.parts)
                    prev.close_mark = raw.close_mark
                    continue
        out.append(raw)
    return out
