"""Paragraphs and sentences as character offsets: the one segmenter every stage uses.

`sentences(text)` returns (start, end) pairs with `text[start:end]` one sentence, stripped of
surrounding white space. A line break always ends a sentence (paragraphs are lines); inside a
line, pysbd (a port of the Pragmatic Segmenter's rules: abbreviations such as "Sen." and
"& Co.", initials, "U.S." before a new sentence, list items, ellipses) decides, and its
sentences are mapped back onto the original text, so offsets always slice the input.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _segmenter() -> Any:
    import pysbd  # loaded once, on first use

    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the non-blank lines of text[start:end], stripped."""
    end = len(text) if end is None else end
    out = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        s, e = _strip(text, start + match.start(), start + match.end())
        if s < e:
            out.append((s, e))
    return out


def _find(line: str, piece: str, cursor: int) -> tuple[int, int] | None:
    """Return where `piece` (a sentence as pysbd gives it) stands in `line` at/after `cursor`."""
    at = line.find(piece, cursor)
    if at >= 0:
        return at, at + len(piece)
    # pysbd may fold runs of white space: match word for word, any white space between
    words = piece.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(word) for word in words)
    found = re.compile(pattern).search(line, cursor)
    return found.span() if found else None


_CLOCK_END = re.compile(r"\b\d{1,2}(?::\d\d)?\s?[ap]\.m\.$", re.I)
_DAY_OR_ZONE = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|March|April|May|June|"
    r"July|Aug|Sept?|Oct|Nov|Dec|[ECMP][SD]?T|GMT|UTC)\b"
)


def _join_clock_times(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Rejoin "at 3 p.m. | Tuesday ...": news copy puts a day or zone after a clock time."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and _CLOCK_END.search(line, out[-1][0], out[-1][1]):
            if _DAY_OR_ZONE.match(line, start):
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


@lru_cache(maxsize=65536)
def _line_sentences(line: str) -> tuple[tuple[int, int], ...]:
    """Sentence offsets within one line of text (no line breaks)."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in _segmenter().segment(line):
        piece = piece.strip()
        if not piece:
            continue
        found = _find(line, piece, cursor)
        if found is None:
            # never lose text: what cannot be placed joins the rest of the line
            spans.append((cursor, len(line)))
            cursor = len(line)
            break
        start, end = found
        if spans and start > cursor and line[cursor:start].strip():
            # text pysbd dropped between two sentences stays with the earlier one
            spans[-1] = (spans[-1][0], start)
        spans.append((start, end))
        cursor = end
    if cursor < len(line) and line[cursor:].strip():
        if spans:
            spans[-1] = (spans[-1][0], len(line))
        else:
            spans.append((cursor, len(line)))
    stripped = [_strip(line, s, e) for s, e in spans if line[s:e].strip()]
    return tuple(_join_clock_times(line, stripped))


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences in text[start:end]."""
    out: list[tuple[int, int]] = []
    for line_start, line_end in paragraphs(text, start, end):
        line = text[line_start:line_end]
        out.extend((line_start + s, line_start + e) for s, e in _line_sentences(line))
    return out
