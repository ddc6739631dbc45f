"""Loaded or contested terms and their neutral alternatives (a documented, extendable list).

The built-in list is `briefing/data/loaded_terms.txt`; a user file in the same format
(`term = neutral`, `#` comments, `(omit)` for "drop the word") adds to it or overrides it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from briefing.errors import ConfigError
from briefing.text.quotation import quoted_spans
from briefing.text.tokens import title_case

BUILTIN = Path(__file__).resolve().parent.parent / "data" / "loaded_terms.txt"


@dataclass(frozen=True, slots=True)
class Hit:
    """A loaded term found in a text: text[start:end] == term as written."""

    start: int
    end: int
    term: str
    neutral: str


class Lexicon:
    """Finds loaded terms outside quotation marks."""

    def __init__(self, terms: dict[str, str]) -> None:
        self.terms = dict(terms)
        ordered = sorted(self.terms, key=len, reverse=True)
        body = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in ordered)
        self._pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I) if ordered else None

    def find(self, text: str, *, in_quotes: bool = False) -> list[Hit]:
        """Return the loaded terms in text; those inside quotation marks only if asked."""
        if self._pattern is None:
            return []
        quoted = [] if in_quotes else quoted_spans(text)
        hits = []
        for match in self._pattern.finditer(text):
            if any(s <= match.start() < e for s, e in quoted):
                continue
            key = re.sub(r"\s+", " ", match.group(0).lower())
            if key in NOUN_NEUTRAL and not _verb_at(text, match.start()):
                continue  # "jobless claims rose": the noun, not "Lee claims the vote..."
            after = re.match(r"\s+([a-z]+)", text[match.end() :])
            if after and after.group(1) in LITERAL.get(key, ()):
                continue  # "explosive devices": the thing itself, not the writer's heat
            hits.append(Hit(match.start(), match.end(), match.group(0), self.terms.get(key, "")))
        return hits

    def is_loaded(self, text: str) -> bool:
        """Return True when text uses a loaded term outside quotation marks."""
        return bool(self.find(text))

    def neutralize(self, text: str) -> str:
        """Return text with loaded terms replaced by their neutral alternatives (headlines only).

        Never call this on a quotation or on a fact: facts stay verbatim.
        """
        out = []
        last = 0
        for hit in self.find(text):
            out.append(text[last : hit.start])
            neutral = hit.neutral
            if hit.term[:1].isupper():
                neutral = neutral[:1].upper() + neutral[1:]  # "Massive Blow" -> "Large Blow"
            out.append(neutral)
            last = hit.end
        out.append(text[last:])
        return re.sub(r"\s{2,}", " ", "".join(out)).strip()


NOUN_NEUTRAL = frozenset("claims blast blasts torch torches bashes slam slams rip".split())
"""Terms loaded only as a verb ("Lee claims the vote was rigged", "Lee blasts the council"): as
a noun they are the plain word ("jobless claims rose", "deadly blasts hit two churches", "the
Olympic torch"), and a headline must never trade that noun for a verb ("deadly criticizes")."""


LITERAL = {
    "explosive": frozenset(
        "device devices material materials charge charges vest vests package packages".split()
    ),
    # the names of a legislature's special sitting and of a practice, not the writer's awe
    "extraordinary": frozenset("session sessions rendition renditions".split()),
    # a building or a site the city protects, not the writer's verdict on a ruling
    "landmark": frozenset("status designation commission building buildings district".split()),
}
"""Terms that are the plain word before these nouns: "explosive devices" were found, not an
"explosive report"; "an extraordinary session" of a legislature is its name; "landmark status"
protects a building, where "a landmark ruling" is praise."""


def _verb_at(text: str, start: int) -> bool:
    """Return whether the word at `start` reads as a verb; a title-case headline ("Jobless
    Claims Climb") is read in sentence case, its capitals being style."""
    from briefing.text.tagger import tag_once

    if title_case(text):
        text = text[:1] + text[1:].lower()
    return any(t.start == start and t.upos in ("VERB", "AUX") for t in tag_once(text))


def parse_terms(text: str, origin: str) -> dict[str, str]:
    """Return the `term = neutral` pairs of one lexicon file."""
    terms: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        term, sep, neutral = line.partition("=")
        if not sep or not term.strip():
            raise ConfigError(
                f"{origin}:{number}: expected `term = neutral alternative`; fix the line"
            )
        neutral = neutral.strip()
        key = re.sub(r"\s+", " ", term.strip().lower())
        # "(none)": no neutral word will do, so the term stays and the title stays loaded
        terms[key] = "" if neutral == "(omit)" else key if neutral == "(none)" else neutral
    return terms


@lru_cache(maxsize=8)
def load_lexicon(extra: str | None = None) -> Lexicon:
    """Return the built-in lexicon, extended by the terms file `extra` if given."""
    terms = parse_terms(BUILTIN.read_text(encoding="utf-8"), str(BUILTIN))
    if extra:
        path = Path(extra)
        try:
            terms.update(parse_terms(path.read_text(encoding="utf-8"), str(path)))
        except OSError as exc:
            raise ConfigError(
                f"{path}: cannot read the lexicon ({exc.strerror}); check the path"
            ) from exc
        except UnicodeDecodeError as exc:
            raise ConfigError(
                f"{path}: the lexicon is not UTF-8 text (byte {exc.start}); re-save it as UTF-8"
            ) from None
    return Lexicon(terms)
