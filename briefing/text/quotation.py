"""The one quotation-mark scanner: which stretches of a text sit inside quotation marks.

Every stage that asks "is this text quoted?" calls this module (the quotes stage pairs marks
with `scan`, the facts, headline and sources stages blank quoted words with `outside_quotes`),
so they never disagree. Marks pair paragraph by paragraph; a quotation that runs on into the
next paragraph (which reopens it with a fresh mark, as newsrooms print it) stays one quotation,
and a quotation left open at the end of a text (a sentence cut out of a longer quote) counts as
quoted up to the end, as does the start of a text that closes a quote it never opened.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

log = logging.getLogger(__name__)

DOUBLE_OPEN = "“«„"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"


@dataclass(frozen=True, slots=True)
class Quotation:
    """One pair of quotation marks: `parts` are the quoted stretches (one per paragraph)."""

    open_mark: int
    close_mark: int
    parts: tuple[tuple[int, int], ...]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line of `text`."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


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


def _classify(text: str, i: int, lo: int, hi: int, has_double: bool) -> tuple[str, str] | None:
    """(family, role) of a quotation mark at `i`, None for other characters and apostrophes.

    Families: "c" curly double, "s" straight double, "q" single marks in a text with no double
    ones, "n" single marks nested in a text that has double ones (never a quotation of its own).
    """
    ch = text[i]
    if ch in DOUBLE_OPEN:
        return ("c", "open")
    if ch in DOUBLE_CLOSE:
        role = _mark_role(text, i, lo, hi)
        return ("c", "close" if role != "open" else "either")
    if ch == '"':
        return ("s", _mark_role(text, i, lo, hi))
    if ch in SINGLE_OPEN + SINGLE_CLOSE + "'":
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        if prev.isalnum() and nxt.isalnum():
            return None  # an apostrophe inside a word
        fam = "q" if not has_double else "n"
        if ch == SINGLE_OPEN:
            return (fam, "open")
        role = _mark_role(text, i, lo, hi)
        if ch == SINGLE_CLOSE and role == "either":
            role = "close"
        if role == "either" or (role == "close" and prev in "sS" and nxt.isspace() and ch == "'"):
            return None
        return (fam, role)
    return None


def _opens_with(text: str, para: tuple[int, int], family: str, has_double: bool) -> int:
    """Offset of the opening mark a paragraph starts with (of `family`), else 0."""
    lo, hi = para
    j = lo
    while j < hi and text[j] in " \t":
        j += 1
    if j < hi:
        kind = _classify(text, j, lo, hi, has_double)
        if kind is not None and kind[0] == family and kind[1] in ("open", "either"):
            if text[j] not in DOUBLE_CLOSE + SINGLE_CLOSE:
                return j
    return 0


def _next_close(text: str, i: int, hi: int, family: str, has_double: bool) -> int:
    """Offset of the next closing mark of `family` after `i` before `hi` (paragraph end), or
    -1 when none comes."""
    for j in range(i, hi):
        kind = _classify(text, j, i, hi, has_double)
        if kind is not None and kind[0] == family and kind[1] in ("close", "either"):
            return j
    return -1


def _pair(text: str) -> tuple[list[Quotation], list[tuple[int, int]]]:
    """Paired quotations, and the quoted stretches whose other mark lies outside `text`."""
    paras = paragraphs(text)
    has_double = any(c in text for c in '"“”«»„')
    found: list[Quotation] = []
    loose: list[tuple[int, int]] = []
    open_at: int | None = None
    open_role = ""
    family = ""
    depth = 0
    parts: list[tuple[int, int]] = []
    part_start = 0
    seen_open = False
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
                    open_at, open_role, family, depth = i, role, fam, 0
                    parts, part_start = [], i + 1
                    seen_open = True
                elif role == "close" and fam in "cs" and not seen_open and not found:
                    # the text starts inside a quotation opened before it
                    loose.append((lo, i + 1))
                    seen_open = True
            elif fam in "cs" and family in "cs" and fam != family and role == "close":
                # mixed marks (“quote," or "quote”): an open quotation closes at the other
                # family's closing mark when its own never comes in the paragraph
                inner = text[open_at + 1 : i]
                other_open = "“„«" if fam == "c" else '"'
                later = _next_close(text, i + 1, hi, family, has_double)
                # ("…,” he said. “…": a later mark of the open family closes the quotation
                # reopened after this one with the other family's mark)
                reopened = later >= 0 and any(c in "“„«" for c in text[i + 1 : later])
                if (
                    depth == 0
                    and not any(c in inner for c in other_open)
                    and (later < 0 or reopened)
                ):
                    parts.append((part_start, i))
                    found.append(Quotation(open_at, i, tuple(parts)))
                    open_at = None
            elif fam == family:
                if fam == "s" and ch == '"':
                    if role == "open":
                        # a fresh opener while one is open: the earlier mark was unbalanced
                        open_at, open_role, parts, part_start = i, role, [], i + 1
                    else:
                        parts.append((part_start, i))
                        found.append(Quotation(open_at, i, tuple(parts)))
                        open_at = None
                elif ch in DOUBLE_OPEN + SINGLE_OPEN or (ch == "'" and role == "open"):
                    depth += 1
                elif depth:
                    depth -= 1
                else:
                    parts.append((part_start, i))
                    found.append(Quotation(open_at, i, tuple(parts)))
                    open_at = None
            i += 1
        if open_at is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            reopen = _opens_with(text, nxt, family, has_double) if nxt is not None else 0
            if reopen and nxt is not None and depth == 0:
                parts.append((part_start, hi))
                part_start = reopen + 1
                # skip the continuation's own opening mark in the next paragraph's scan
                paras[pi + 1] = (part_start, nxt[1])
            else:
                if nxt is None and open_role == "open" and family in "cs":
                    # the text ends inside a quotation that closes after it
                    loose.append((open_at, hi))
                log.debug("unbalanced quotation mark at %d", open_at)
                open_at = None
    return found, loose


def scan(text: str) -> list[Quotation]:
    """Every balanced quotation in `text`, in order (marks excluded from `parts`)."""
    return list(_paired(text)[0])


@lru_cache(maxsize=65536)
def _paired(text: str) -> tuple[tuple[Quotation, ...], tuple[tuple[int, int], ...]]:
    """`_pair` once per text: every stage asks about the same sentences again and again."""
    found, loose = _pair(text)
    spans = sorted([(q.open_mark, q.close_mark + 1) for q in found] + loose)
    return tuple(found), tuple(spans)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quoted stretch of `text`, marks included, in order."""
    return list(_paired(text)[1])


def is_quoted(text: str, pos: int) -> bool:
    """Return True when offset `pos` of `text` sits inside quotation marks."""
    return any(a <= pos < b for a, b in _paired(text)[1])


@lru_cache(maxsize=65536)
def outside_quotes(text: str) -> str:
    """Return text with quoted passages blanked out (same length, so offsets still hold)."""
    spans = _paired(text)[1]
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def quoted_share(text: str) -> float:
    """Return the share of characters of text that sit inside quotation marks."""
    if not text:
        return 0.0
    return sum(b - a for a, b in _paired(text)[1]) / len(text)
