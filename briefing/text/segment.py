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

from briefing.text import wordlists


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


# Inside quotation marks pysbd never splits ("This is a crime. This is a felony," he said), but a
# quoted passage of several sentences is several sentences to every stage that quotes one.
_INNER_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_NEXT_CAPITAL = re.compile(r"\s+[\"'“‘]*[A-Z]")
_WORD_BEFORE = re.compile(r"([\w.’'-]+)$")


def _inside_quotes(line: str, pos: int) -> bool:
    """Whether `pos` sits inside double quotation marks opened earlier on the line."""
    before = line[:pos]
    curly = before.count("“") - before.count("”")
    return curly > 0 or before.count('"') % 2 == 1


def _abbreviation_before(line: str, start: int, dot: int) -> bool:
    found = _WORD_BEFORE.search(line, start, dot)
    word = found.group(1) if found else ""
    if word.lower().rstrip(".") in wordlists.words("abbreviations"):
        return True
    # initials and dotted abbreviations: "J.", "U.S.", "D.C."
    return bool(re.fullmatch(r"[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]?", word))


def _split_quoted(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut one pysbd sentence at sentence ends that fall inside quotation marks."""
    out: list[tuple[int, int]] = []
    for match in _INNER_END.finditer(line, start, end):
        stop = match.end()
        closes_quote = any(mark in match.group() for mark in "\"”'’")
        if not _NEXT_CAPITAL.match(line, stop, end):
            continue
        if not (closes_quote or _inside_quotes(line, stop)):
            continue
        if match.group().startswith(".") and _abbreviation_before(line, start, match.start()):
            continue
        out.append(_strip(line, start, stop))
        start = stop
    out.append(_strip(line, start, end))
    return out


_CLOCK_END = re.compile(r"\b\d{1,2}(?::\d\d)?\s?[ap]\.m\.$", re.I)
_DAY_OR_ZONE = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|March|April|May|June|"
    r"July|Aug|Sept?|Oct|Nov|Dec|[ECMP][SD]?T|GMT|UTC|"
    # "at 2 p.m. Central Time", "8 p.m. Eastern": the clock's zone spelt out
    r"(?:Eastern|Central|Mountain|Pacific)(?= (?:Standard |Daylight )?[Tt]ime\b|[,.;]| on\b))\b"
)


# A sentence never starts lower case, with a dash ("Cleaver, D-Mo., | also said", "HARTFORD,
# Conn. | — Officials", "Md. | -- Gov. Lee": two hyphens), a closing quotation mark or a
# possessive ("Jr. | ’s"); and "Jr." ends no sentence. Except a lettered list item ("a. The
# first item b. The second").
_NO_START = re.compile(r"(?![a-z][.)]\s)[a-z]|[—–;,:]|--?\s|[\"”’')\]]+(?:\s|$)")
_NAME_SUFFIX_END = re.compile(r"\b[JS]r\.$")
# "“…guaranteed me independence,’” | Lee recalled": a quotation closed on a comma goes on
_COMMA_QUOTE_END = re.compile(r",[\"'”’]+$")
# "calling for Ore. | Gov. Ann Lee to veto": a state abbreviation after a word (not after
# "Hope, Ark." that ends a dateline or a sentence) qualifies the title or name after it
_STATE_BEFORE_NAME = re.compile(r"(?<![,\s])\s+(?P<state>[A-Z][a-z]{1,4}|[A-Z]\.[A-Z])\.$")


@lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    """The state abbreviations of data/us_states.txt, without their dots ("nj", "ariz")."""
    return frozenset(k.replace(".", "") for k in wordlists.mapping("us_states"))


def _state_qualifies(line: str, prev: tuple[int, int], start: int) -> bool:
    found = _STATE_BEFORE_NAME.search(line, *prev)
    if found is None:
        return False
    if found.group("state").lower().replace(".", "") not in _states():
        return False
    words = line[start:].split()
    return bool(words) and words[0].lower() in wordlists.mapping("titles")


def _rejoin(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Rejoin cuts that end no sentence: a clock time before a day or zone ("at 3 p.m. |
    Tuesday"), and a state or title abbreviation before a lower-case word or a dash."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and (
            _NO_START.match(line, start)
            or line.startswith(("’s", "'s"), start)
            or _NAME_SUFFIX_END.search(line, *out[-1])
            or _COMMA_QUOTE_END.search(line, *out[-1])
            or _state_qualifies(line, out[-1], start)
            or (_CLOCK_END.search(line, *out[-1]) and _DAY_OR_ZONE.match(line, start))
        ):
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
    joined = _rejoin(line, stripped)
    cut = [part for s, e in joined for part in _split_quoted(line, s, e)]
    return tuple(_rejoin(line, cut))


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences in text[start:end]."""
    out: list[tuple[int, int]] = []
    for line_start, line_end in paragraphs(text, start, end):
        line = text[line_start:line_end]
        out.extend((line_start + s, line_start + e) for s, e in _line_sentences(line))
    return out
