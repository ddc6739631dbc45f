"""Polarity of a text from VADER's open lexicon (loaded once, on first use)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _verdicts() -> tuple[dict[str, float], re.Pattern[str] | None]:
    """Return the news verdicts of data/verdict_terms.txt as VADER lexicon entries, and the
    pattern of those of several words ("long overdue"), which are scored as one hyphenated
    token ("long-overdue"): VADER's lexicon holds single tokens."""
    from briefing.text.wordlists import mapping

    terms = mapping("verdict_terms")
    entries = {w.lower().replace(" ", "-"): float(v) for w, v in terms.items()}
    phrases = sorted((w for w in terms if " " in w), key=len, reverse=True)
    pattern = (
        re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.I)
        if phrases
        else None
    )
    return entries, pattern


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    # news verdicts VADER lacks ("a boondoggle", "a milestone"): data/verdict_terms.txt
    analyzer.lexicon.update(_verdicts()[0])
    return analyzer


# "care" in a kind of service ("child care", "health care") is no tone: VADER reads it as glad
# ("The board is treating child care like an afterthought" read +0.54).
_NAMES_A_SERVICE = re.compile(
    r"\b(?:health|child|day|elder|medical|urgent|intensive|foster|home|hospice|patient|"
    r"primary|respite|dental|residential|long-term)\s+care\b",
    re.I,
)


@lru_cache(maxsize=32768)
def polarity(text: str) -> float:
    """Return VADER's compound score of text, from -1 (negative) to 1 (positive)."""
    pattern = _verdicts()[1]
    if pattern is not None:
        text = pattern.sub(lambda m: m.group().replace(" ", "-"), text)
    # ("child-care" is no word VADER knows)
    text = _NAMES_A_SERVICE.sub(lambda m: m.group().replace(" ", "-"), text)
    return float(_analyzer().polarity_scores(text)["compound"])
