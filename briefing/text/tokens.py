"""Words, numbers and names of a sentence: the features the later stages compare."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# the one quotation scanner; re-exported for the stages that import these from here
from briefing.text.quotation import outside_quotes as outside_quotes
from briefing.text.quotation import quoted_share as quoted_share
from briefing.text.wordlists import lines, mapping, words

STOPWORDS = words("stopwords")
"""The one stopword list (data/stopwords.txt)."""

WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]")
NUMBER = re.compile(
    r"(?<![\w.])(?:\$\s?)?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|(?<![\w.])(?:\$\s?)?\d+(?:\.\d+)?%?"
    r"(?:\s?(?:-to-|-|–|to)\s?\d+(?!\d|,\d))?(?![(\w])"
)
_WORD_NUMBERS = mapping("number_words")
MONTHS = list(lines("months"))
_MONTH_ABBR = {m[:3]: m for m in MONTHS} | {"sept": "september"}
WEEKDAYS = list(lines("weekdays"))
SECTION = re.compile(r"\b\d+(?:\([a-z0-9]{1,3}\))+")


FUNCTION_WORDS = words("function_words")
"""Words that carry no claim. Negations stay claim words: "did not sign" is not "signed"."""


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """Return the Snowball (Porter 2) stem of a word: "votes"/"voted"/"voting" -> "vote"."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return str(_stemmer().stemWord(w))


def _stems(text: str, stop: frozenset[str]) -> list[str]:
    """Return the stems of the words of text that are not in `stop`, in order."""
    out = []
    for match in WORD.finditer(text):
        word = match.group(0).lower().replace("’", "'")
        if word not in stop and len(word) >= 2:
            out.append(stem(word))
    return out


def title_case(text: str) -> bool:
    """Return whether a line is set in title case ("Jobless Claims Climb Back"): every word of
    four letters or more capitalised, so its capitals are style, not names."""
    long_words = [w for w in text.split() if w[:1].isalpha() and len(w) > 3]
    return bool(long_words) and all(w[:1].isupper() for w in long_words)


def claim_words(text: str) -> list[str]:
    """Return the stems of every word of text but function words (negations included)."""
    # section numbers name things: "401(k)", "501(c)(3)", "230(c)"
    return _stems(text, FUNCTION_WORDS) + [m.group(0).lower() for m in SECTION.finditer(text)]


def content_words(text: str) -> list[str]:
    """Return the stems of the non-stopword words of text, in order."""
    return _stems(text, STOPWORDS)


def normalize_number(raw: str) -> str:
    """Return a canonical form of a number token ("1,120" -> "1120", "3 - 2" -> "3-2",
    "6-to-3" -> "6-3")."""
    value = raw.replace(",", "").replace("$", "").replace(" ", "")
    return re.sub(r"-to-|–|to", "-", value)


_PERCENT_TALLY = re.compile(
    r"(?<!from )(?<![\w.])(\d{1,2})(?:\s?%|\s+percent)\s+to\s+(\d{1,2})(?:\s?%|\s+percent)(?!\w)"
)
"""A vote's split in shares ("rejected it, 52 percent to 48 percent"): the tally "52-48" (not
a change "from 5 percent to 8 percent")."""


def numbers(text: str) -> list[str]:
    """Return the canonical numbers stated in text (digits; small number words too)."""
    text = _PERCENT_TALLY.sub(lambda m: f"{m[1]}-{m[2]}", text)
    found = [normalize_number(m.group(0)) for m in NUMBER.finditer(text)]
    for match in re.finditer(r"\b(" + "|".join(_WORD_NUMBERS) + r")\b", text, re.I):
        found.append(_WORD_NUMBERS[match.group(1).lower()])
    return found


def dates(text: str) -> list[str]:
    """Return month and weekday names (canonical, lowercase) mentioned in text."""
    out = []
    for match in re.finditer(r"\b([A-Z][a-z]{2,8})\.?\b", text):
        word = match.group(1).lower()
        if word in MONTHS or word in WEEKDAYS:
            out.append(word)
        elif word in _MONTH_ABBR and word != "may":
            out.append(_MONTH_ABBR[word])
    return out


_NAME_RUN = re.compile(
    r"(?:[A-Z][\w'’.-]*|[A-Z]{2,})(?:\s+(?:of|the|de|for|and)?\s*[A-Z][\w'’.-]*)*"
)


def entities(text: str) -> list[str]:
    """Return capitalised name runs (not sentence-initial common words), lowercased."""
    out = []
    for match in _NAME_RUN.finditer(text):
        run = match.group(0).strip()
        if match.start() == 0 or text[: match.start()].rstrip().endswith((".", "“", '"', ":")):
            # sentence-initial: keep only multiword runs or ALLCAPS acronyms
            if " " not in run and not run.isupper():
                continue
        low = run.lower().rstrip(".'’s")
        if low in STOPWORDS or low in WEEKDAYS or low in MONTHS:
            continue
        out.append(low)
    return out


@dataclass(frozen=True, slots=True)
class Features:
    """What one sentence says, as sets to compare."""

    words: frozenset[str]
    numbers: frozenset[str]
    dates: frozenset[str]
    entities: frozenset[str]
    length: int
    claim: frozenset[str] = frozenset()
    """Stems of all but function words: what "states the same thing" compares."""


def features(text: str) -> Features:
    """Return the comparison features of one sentence."""
    words = content_words(text)
    return Features(
        words=frozenset(words),
        numbers=frozenset(numbers(text)),
        dates=frozenset(dates(text)),
        entities=frozenset(entities(text)),
        length=len(text.split()),
        claim=frozenset(claim_words(text)),
    )
