"""Records of the quotes stage (quote spans, raw marks, cues) and small text helpers."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from briefing.stages.quotes.lexicon import _ABBREV, _DETERMINERS, _PRONOUNS, _STOP, _WORD

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One direct quote found in one text; `text[start:end]` equals `text` for one-part quotes."""

    text: str
    start: int
    end: int
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    role: str | None
    organization: str | None
    cue: str | None
    parts: tuple[tuple[int, int], ...] = ()
    """Offsets of each piece (a quote split by its attribution or running over paragraphs);
    `text` is the pieces joined by " … "."""
    mention: str | None = None
    """The speaker as written next to the cue ("he", "Smith", "an agency spokesperson")."""
    partial: bool = False
    """Words quoted inside the writer's own sentence (a fragment), not a full statement."""
    named: bool = False
    """The speaker is a person named in the text (not anonymous, not only an organization)."""
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(slots=True)
class _Raw:
    parts: list[tuple[int, int]]
    open_mark: int
    close_mark: int
    partial: bool = False
    cue: _Cue | None = None


@dataclass(frozen=True, slots=True)
class _Cue:
    verb: str | None
    verb_start: int
    verb_end: int
    mention_start: int
    mention_end: int
    appositions: tuple[tuple[int, int], ...] = ()
    after: bool = True
    """The cue follows the quote (so a following quote can continue this one)."""


# -- small text helpers ---------------------------------------------------------------------


def _words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for m in _WORD.finditer(text[start:end]):
        w, s, e = m.group(), start + m.start(), start + m.end()
        after = text[e] if e < len(text) else " "
        if len(w) > 1 and w.endswith(".") and not _is_abbrev(w[:-1]) and after not in ",)":
            out.append((w[:-1], s, e - 1))
            out.append((".", e - 1, e))
        else:
            out.append((w, s, e))
    return out


def _is_abbrev(word: str) -> bool:
    core = word.lower().rstrip(".")
    return core in _ABBREV or (len(core) == 1 and core.isalpha()) or "." in core


def _sentence_start(text: str, pos: int, floor: int) -> int:
    """Offset where the sentence holding `pos` begins (not before `floor`)."""
    i = pos - 1
    while i > floor:
        ch = text[i]
        if ch == "\n":
            return i + 1
        if ch in ".!?" and i + 1 < len(text) and text[i + 1] in ' \t"”’':
            j = i + 1
            while j < pos and text[j] in '"”’ \t':
                j += 1
            if j < pos and (text[j].isupper() or text[j] in '"“'):
                if ch != "." or not _is_abbrev(_word_before(text, i)) or _starter(text, j):
                    return j
        i -= 1
    return floor


def _sentence_end(text: str, pos: int, ceiling: int) -> int:
    """Offset just after the sentence that holds `pos` ends (not after `ceiling`)."""
    i = pos
    while i < ceiling:
        ch = text[i]
        if ch == "\n":
            return i
        if ch in ".!?":
            nxt = text[i + 1] if i + 1 < ceiling else " "
            if nxt.isspace() and (
                ch != "." or not _is_abbrev(_word_before(text, i)) or _starter(text, i + 2)
            ):
                return i + 1
        i += 1
    return ceiling


def _starter(text: str, j: int) -> bool:
    """A capitalized function word that starts a sentence (after "U.S." say)."""
    m = re.match(r"[A-Z][a-z]*", text[j:])
    return m is not None and (m.group().lower() in _STOP | _DETERMINERS | set(_PRONOUNS))


def _word_before(text: str, dot: int) -> str:
    j = dot
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    return text[j:dot]


def _is_capital(word: str) -> bool:
    return word[:1].isupper()


def _para_of(paras: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for lo, hi in paras:
        if lo <= pos < hi:
            return lo, hi
    return pos, pos + 1


JOIN = " … "
"""Between the pieces of a quote split by its attribution or running over paragraphs."""
