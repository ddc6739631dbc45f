"""Paragraphs and sentences as character offsets: the one segmenter every stage uses.

`sentences(text)` returns (start, end) pairs with `text[start:end]` the sentence, stripped of
surrounding white space; a line break always ends a sentence (paragraphs are lines).
"""

from __future__ import annotations

import re

_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "gov",
    "sen",
    "rep",
    "reps",
    "sens",
    "gen",
    "lt",
    "col",
    "sgt",
    "capt",
    "cmdr",
    "adm",
    "maj",
    "prof",
    "rev",
    "hon",
    "pres",
    "st",
    "jr",
    "sr",
    "inc",
    "co",
    "corp",
    "ltd",
    "llc",
    "no",
    "nos",
    "vol",
    "vs",
    "v",
    "etc",
    "e.g",
    "i.e",
    "al",
    "approx",
    "dept",
    "est",
    "fig",
    "ave",
    "blvd",
    "rd",
    "mt",
    "ft",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thurs",
    "fri",
    "sat",
    "sun",
    "supt",
    "atty",
    "gens",
    "messrs",
    "op",
    "ed",
    "univ",
}
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+)")
_NEXT_START = re.compile(r"\s+([\"'“‘(\[]*)([A-Z0-9])")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences in text[start:end]."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        stop = match.end()
        nxt = _NEXT_START.match(text, stop, end)
        if not nxt:
            continue
        if not _is_boundary(text, cursor, match.start(), match.group(0)):
            continue
        spans.append((cursor, stop))
        cursor = nxt.start(1)
    if cursor < end and text[cursor:end].strip():
        spans.append((cursor, end))
    return [_strip(text, s, e) for s, e in spans if text[s:e].strip()]


def _is_boundary(text: str, seg_start: int, punct_at: int, punct: str) -> bool:
    if not punct.startswith("."):
        return True
    word_match = re.search(r"([\w.’'-]+)$", text[seg_start:punct_at])
    word = word_match.group(1) if word_match else ""
    lower = word.lower().rstrip(".")
    if lower in _ABBREV:
        return False
    # initials and dotted abbreviations: "J.", "U.S.", "D.C." (a sentence can still end on
    # "U.S." but splitting there would break far more names than it saves)
    if re.fullmatch(r"[A-Z]", word) or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?", word):
        return False
    return True


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
