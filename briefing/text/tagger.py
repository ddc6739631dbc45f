"""Part-of-speech tags and lemmas: a PTB-like tokenizer and an averaged-perceptron UPOS tagger.

The model (`data/pos-en-ewt.json.gz`) is trained on the Universal Dependencies English Web
Treebank by `benchmarks/train_tagger.py` (docs/tagger.md: provenance, licence CC BY-SA 4.0,
retraining, accuracy). The design is Honnibal's "good POS tagger in about 200 lines": word,
affix, shape and previous-tag features, greedy left to right, averaged weights, and a tag
dictionary for frequent unambiguous words. The feature function below is the one the trainer
uses, so training and tagging can never disagree about what a feature is.

Pure Python, deterministic: the same text always gets the same tags.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from briefing.errors import BriefingError
from briefing.text.wordlists import words

log = logging.getLogger(__name__)

MODEL_NAME = "pos-en-ewt.json.gz"
MODEL_FORMAT = 2
"""Bumped when the file layout changes; an older file is refused with a retrain hint."""

START = ("-START-", "-START2-")
END = ("-END-", "-END2-")

# -- tokens ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its text and its character offsets into the tokenized text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Tagged:
    """One token with its Universal POS tag and lemma; `text[start:end] == self.text`."""

    text: str
    start: int
    end: int
    upos: str
    lemma: str


_APOS = "['’]"
_CLITIC = rf"{_APOS}(?:[sSdDmM]|re|RE|ve|VE|ll|LL)(?![^\W_])"
_LETTERS = r"[^\W\d_]"
_ALNUM = r"(?:[^\W_]|[\u0300-\u036f])"  # combining accents belong to their letter: "Café" in NFD
_TOKEN = re.compile(
    "|".join(
        (
            # web addresses and e-mail addresses stay whole; trailing punctuation is not theirs
            r"(?:https?://|www\.)[^\s<>\"“”]*[^\s<>\"“”.,;:!?)\]'’]",
            r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
            # domain and file names: example.com, report.pdf
            rf"{_ALNUM}[\w-]*(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|pdf|docx?|html?|txt|xlsx?|jpe?g|png)"
            rf"(?!{_ALNUM})",
            # phone numbers, as EWT keeps them: 305-555-0100, 555-0100
            r"(?<![\d-])\d{3}-(?:\d{3}-)?\d{4}(?![\d-])",
            # dotted abbreviations and initials: U.S., D.C., a.m.
            rf"(?<!{_ALNUM})(?:{_LETTERS}\.){{2,}}",
            # figures: 1,120  3.5  10:30  63%  1990s  5th
            r"\d+(?:[,.:/]\d+)*(?:%|(?:st|nd|rd|th|s)(?![^\W_]))?",
            # hyphens split words, as in EWT, but not after a prefix that is no word alone
            rf"(?i:e|non|mid|pre|anti|re|post|co|over|pro|multi|ex|sub|semi|cross|neo|counter|"
            rf"socio|intra|micro|vice)-{_ALNUM}+",
            # "cannot" is "can" + "not"; "don't" is "do" + "n't" ("can't": "ca" + "n't")
            rf"(?i:can)(?=(?i:not)(?!{_ALNUM}))",
            rf"{_ALNUM}+?(?=[nN]{_APOS}[tT](?!{_ALNUM}))",
            rf"[nN]{_APOS}[tT](?!{_ALNUM})",
            rf"(?<={_ALNUM}){_CLITIC}",
            # words; an apostrophe inside a name stays (O'Brien), a clitic does not
            rf"{_ALNUM}+(?:{_APOS}(?!{_CLITIC[len(_APOS) :]}){_ALNUM}+)*",
            # a run of one punctuation mark is one token: "...", "--", "!!", "***"
            r"([^\w\s])\1+|_+|…|\S",
        )
    )
)


_INITIAL_NEXT = re.compile(r"\s+[A-Z]")


def _abbreviation(word: str, text: str, end: int) -> bool:
    """Whether word takes the full stop after it ("Sen.", "Inc.", "etc."; not "no." or "st.")."""
    # a middle initial: "John F. Kennedy"; the price is a missed sentence end after "plan B."
    # (a single capital ending a sentence is rarer in news than a middle initial)
    if len(word) == 1 and word.isupper() and _INITIAL_NEXT.match(text, end):
        return True
    lower = word.lower()
    if lower not in words("abbreviations"):
        return False
    # a lower-case "no" or "st" ending a sentence is a word, not "No. 5" or "St. Louis"
    return word[:1].isupper() or lower in {"etc", "vs"}


def tokenize(text: str) -> list[Token]:
    """Return the tokens of text with their offsets (punctuation, "n't" and "'s" split off)."""
    out: list[Token] = []
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        # "Sen." and "Inc." keep their full stop: the word before it is a known abbreviation
        if (
            match.group() == "."
            and out
            and out[-1].end == start
            and _abbreviation(out[-1].text, text, end)
        ):
            last = out.pop()
            out.append(Token(text[last.start : end], last.start, end))
            continue
        out.append(Token(match.group(), start, end))
    return out


def _sentences(text: str, tokens: Sequence[Token]) -> Iterable[Sequence[Token]]:
    """Return runs of tokens, cut at blank lines and after ".", "!" or "?" where a capital or
    a quote follows."""
    begin = 0
    for i, token in enumerate(tokens[:-1]):
        following = tokens[i + 1]
        if (
            token.text in {".", "!", "?", "..."}
            and (following.text[0].isupper() or following.text in {'"', "“"})
        ) or text.count("\n", token.end, following.start) >= 2:
            yield tokens[begin : i + 1]
            begin = i + 1
    if begin < len(tokens):
        yield tokens[begin:]


# -- features -------------------------------------------------------------------------------


def normalize(word: str) -> str:
    """Return the form the word features use: lower case, years and figures collapsed."""
    if word.isdigit() and len(word) == 4:
        return "!YEAR"
    if word[:1].isdigit():
        return "!DIGITS"
    return word.lower()


def shape(word: str) -> str:
    """Return the word's character classes, runs collapsed: "Senate" -> "Xx", "U.S." -> "X.X."."""
    out: list[str] = []
    for char in word[:12]:
        cls = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        if not out or out[-1] != cls:
            out.append(cls)
    return "".join(out)


def context_of(words: Sequence[str]) -> list[str]:
    """Return the normalized words of a sentence padded with the start and end markers."""
    return [*START, *(normalize(w) for w in words), *END]


def features(
    i: int,
    words: Sequence[str],
    context: Sequence[str],
    prev: str,
    prev2: str,
    classes: dict[str, str],
    morphs: Sequence[str],
) -> list[str]:
    """Return the feature names of word i (context from `context_of`, prev tags, word classes,
    `morph_class` of each word)."""
    c = i + 2
    word = words[i]
    norm = context[c]
    after = context[c + 1]
    out = [
        "b",
        "w " + norm,
        "s1 " + norm[-1:],
        "s2 " + norm[-2:],
        "s3 " + norm[-3:],
        "s4 " + norm[-4:],
        "p1 " + word[:1],
        "p2 " + norm[:2],
        "sh " + shape(word),
        "t1 " + prev,
        "t2 " + prev2,
        "t12 " + prev + " " + prev2,
        "t1w " + prev + " " + norm,
        "w-1 " + context[c - 1],
        "s-1 " + context[c - 1][-3:],
        "w-2 " + context[c - 2],
        "w+1 " + after,
        "s+1 " + after[-3:],
        "w+2 " + context[c + 2],
        "ww+1 " + norm + " " + after,
        "ww-1 " + context[c - 1] + " " + norm,
        # the tags this word and the next ones can take (their class in the training lexicon)
        "a+1 " + classes.get(after, "?"),
        "a+2 " + classes.get(context[c + 2], "?"),
        "a0 " + classes.get(norm, "?"),
        "t1a+1 " + prev + " " + classes.get(after, "?"),
        "m " + morphs[i],
        "t1m " + prev + " " + morphs[i],
        "t1s3 " + prev + " " + norm[-3:],
        "shs3 " + shape(word) + " " + norm[-3:],
        "sh+1 " + shape(words[i + 1]) if i + 1 < len(words) else "sh+1 END",
    ]
    if i == 0:
        out.append("sh0 " + shape(word))
    return out


def morph_class(norm: str, verbs: frozenset[str], nouns: frozenset[str]) -> str:
    """Return which known lemmas an inflected form's rule-made stem is ("enhances" -> "s:V")."""
    for suffix in ("ing", "ed", "s"):
        if norm.endswith(suffix) and len(norm) > len(suffix) + 2:
            verb = _rule_lemma(norm, "VERB", verbs)
            noun = _rule_lemma(norm, "NOUN", nouns) if suffix == "s" else ""
            return f"{suffix}:{'V' if verb in verbs else ''}{'N' if noun in nouns else ''}"
    return "-"


def morph_classes(words: Sequence[str], verbs: frozenset[str], nouns: frozenset[str]) -> list[str]:
    """Return `morph_class` of each word of a sentence."""
    return [morph_class(normalize(word), verbs, nouns) for word in words]


# -- the model ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tagger:
    """A trained model: averaged weights, tag dictionary, word classes and the lemma table."""

    tags: tuple[str, ...]
    weights: dict[str, list[int]]
    """feature -> flat [tag index, weight, tag index, weight, ...] (weights scaled to ints)"""
    tagdict: dict[str, str]
    classes: dict[str, str]
    lemmas: dict[str, dict[str, str]]
    """upos -> lower-case form -> lemma, where the lemma is not the lower-case form"""
    known: dict[str, frozenset[str]]
    """upos -> lemmas seen in training, to check a rule-made lemma against"""
    provenance: dict[str, Any]

    @classmethod
    def from_file(cls, path: Path) -> Tagger:
        """Return the tagger stored at path; BriefingError when it is missing or unreadable."""
        hint = "reinstall briefing or retrain it (docs/tagger.md)"
        try:
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                data = json.load(handle)
        except FileNotFoundError:
            raise BriefingError(f"{path}: tagger model not found; {hint}") from None
        except (OSError, EOFError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BriefingError(f"{path}: tagger model unreadable ({exc}); {hint}") from None
        try:
            if data["format"] != MODEL_FORMAT:
                raise BriefingError(
                    f"{path}: tagger model format {data['format']}, expected {MODEL_FORMAT}; {hint}"
                )
            known = {upos: frozenset(forms) for upos, forms in data["known"].items()}
            if not {"VERB", "NOUN"} <= known.keys():  # the morph classes need both
                raise KeyError("known VERB and NOUN lemmas")
            return cls(
                tags=tuple(data["tags"]),
                weights=data["weights"],
                tagdict=data["tagdict"],
                classes=data["classes"],
                lemmas=data["lemmas"],
                known=known,
                provenance=data["provenance"],
            )
        except (KeyError, TypeError) as exc:
            raise BriefingError(f"{path}: tagger model incomplete ({exc}); {hint}") from None

    def predict(self, feats: Iterable[str]) -> str:
        """Return the best-scoring tag for the features (ties: the first tag in order)."""
        scores = [0] * len(self.tags)
        weights = self.weights
        for feat in feats:
            row = weights.get(feat)
            if row:
                for k in range(0, len(row), 2):
                    scores[row[k]] += row[k + 1]
        best = max(range(len(scores)), key=scores.__getitem__)
        return self.tags[best]

    def tag_words(self, words: Sequence[str]) -> list[str]:
        """Return one UPOS tag per word of one sentence."""
        context = context_of(words)
        morphs = morph_classes(words, self.known["VERB"], self.known["NOUN"])
        prev, prev2 = START
        out: list[str] = []
        for i, word in enumerate(words):
            tag = self.tagdict.get(word)
            if tag is None:
                feats = features(i, words, context, prev, prev2, self.classes, morphs)
                tag = self.predict(feats)
            out.append(tag)
            prev2, prev = prev, tag
        return out

    def lemma(self, word: str, upos: str) -> str:
        """Return the lemma of word as upos: the EWT table first, then suffix rules."""
        lower = word.lower()
        if upos == "PROPN":
            return word
        found = self.lemmas.get(upos, {}).get(lower)
        if found is not None:
            return found
        if upos in {"VERB", "AUX", "NOUN"}:
            known = self.known.get(upos, frozenset())
            if lower in known:
                return lower
            table = self.lemmas.get(upos, {})
            for prefix in _PREFIXES:  # "rewritten" is "re" + "written"
                rest = lower[len(prefix) :]
                if lower.startswith(prefix) and rest in table and len(rest) > 2:
                    return prefix + table[rest]
            return _rule_lemma(lower, upos, known)
        return lower


_VOWELS = frozenset("aeiou")
_PREFIXES = ("over", "under", "out", "with", "up", "mis", "fore", "re", "un", "co", "pre")


def _verb_stem(stem: str, known: frozenset[str]) -> str:
    """Return the lemma of a verb stem left by cutting "-ed" or "-ing" ("vot" -> "vote")."""
    for candidate in (stem + "e", stem):
        if candidate in known:
            return candidate
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lszf" + "".join(_VOWELS):
        return stem[:-1]  # stepped -> step, planned -> plan
    if stem.endswith(("v", "iz", "yz", "dg", "at", "ur", "ar", "ulat", "bl", "tl", "pl")) or (
        len(stem) <= 4
        and len(stem) >= 3
        and stem[-1] not in _VOWELS | {"w", "x", "y"}
        and stem[-2] in _VOWELS
        and stem[-3] not in _VOWELS
    ):
        return stem + "e"  # vetted rules: "liv" -> live, "vot" -> vote, "creat" -> create
    if stem.endswith("c") and not stem.endswith("ic"):
        return stem + "e"  # "produc" -> produce
    if _SILENT_E.search(stem):
        return stem + "e"  # "prais" -> praise, "chuckl" -> chuckle, "collud" -> collude
    return stem


_SILENT_E = re.compile(
    # a verb's "-ed" never follows these bare: "praise", "pause", "endorse" (a doubled "ss"
    # is "pass"), "chuckle", "dangle" (not "hurl", "call"), "aspire", "bulge", "urge"
    r"(?:[^s]s|[^aeiourlw]l|ir|[lr]g"
    # one vowel before "d", "g" or "k" that a short vowel would have doubled ("plotted"):
    # "collude", "deride", "ravage", "invoke"; "plead", "weed" have two vowels
    r"|(?<![aeiou])[aeiou][dgk])$"
)


def _has_vowel(stem: str) -> bool:
    return any(char in _VOWELS or char == "y" for char in stem)


def _rule_lemma(lower: str, upos: str, known: frozenset[str]) -> str:
    """Return a lemma made by suffix rules for a form the training data never showed."""
    if upos in {"VERB", "AUX"}:
        if lower.endswith("ied") and len(lower) > 4:
            return lower[:-3] + "y"
        # a verb stem has a vowel: "bled" or "sing" is no "-ed" or "-ing" form
        for suffix in ("ed", "ing"):
            stem = lower[: -len(suffix)]
            if lower.endswith(suffix) and len(stem) > 1 and _has_vowel(stem):
                return _verb_stem(stem, known)
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith(("ches", "shes", "sses", "xes", "zes", "oes")) and len(lower) > 4:
        return lower[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(lower) > 3:
        return lower[:-1]
    return lower


def model_path() -> Path:
    """Return the path of the packaged tagger model."""
    return Path(str(resources.files("briefing").joinpath("data", MODEL_NAME)))


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    """Return the packaged tagger, loaded once."""
    return Tagger.from_file(model_path())


def known_noun(lemma: str) -> bool:
    """Return whether the treebank the packaged tagger learned from used `lemma` as a noun
    ("wolf", "camera", "primary"): a word the tagger only guessed a noun ("lewd") is not."""
    return lemma.lower() in default_tagger().known["NOUN"]


@lru_cache(maxsize=16384)
def tag_once(text: str) -> tuple[Tagged, ...]:
    """Return `tag(text)` with the packaged tagger, computed once per text: the stages test
    the same sentence for several things (a verb, a pronoun, a noun after "the")."""
    return tuple(tag(text))


_HAVE = frozenset("have has had 've 'd ’ve ’d having".split())


def _perfect_participles(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """Return the tags with an -ed word after a form of "have" (adverbs between) read as the
    verb it is: "Stadium deals have long divided the city" (the model read an adjective, and
    the sentence had no verb)."""
    out = list(tags)
    for i, (word, upos) in enumerate(zip(words, tags, strict=True)):
        if upos != "ADJ" or not word.lower().endswith("ed"):
            continue
        k = i - 1
        while k >= 0 and out[k] == "ADV":
            k -= 1
        if k >= 0 and out[k] == "AUX" and words[k].lower() in _HAVE:
            out[i] = "VERB"
    return out


def tag(text: str, tagger: Tagger | None = None) -> list[Tagged]:
    """Return the tokens of text with their UPOS tags and lemmas, offsets into text."""
    model = tagger or default_tagger()
    out: list[Tagged] = []
    for sentence in _sentences(text, tokenize(text)):
        words = [token.text for token in sentence]
        tags = _perfect_participles(words, model.tag_words(words))
        for token, upos in zip(sentence, tags, strict=True):
            lemma = model.lemma(token.text, upos)
            out.append(Tagged(token.text, token.start, token.end, upos, lemma))
    return out
