"""Scoring helpers shared by the evaluations: data location, ROUGE-1, phrase rates, support.

Everything here that scores is independent of `briefing`: its own tokenizer, stemmer, sentence
splitter and matching rules, so the pipeline is never graded by its own yardstick. Only
`build_folder` calls the pipeline.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing.pipeline import BuildResult

EVAL_ENV = "BRIEFING_EVAL_DIR"
SKIP_MESSAGE = "skipped: ../shared/eval not found"
FROZEN_NOW = datetime(2024, 1, 1, tzinfo=UTC)
"""A fixed build clock, so two runs of an evaluation build byte-identical briefs."""


# -- data -----------------------------------------------------------------------------------


def eval_dir() -> Path | None:
    """Return the evaluation data folder ($BRIEFING_EVAL_DIR or ../shared/eval), or None."""
    configured = os.environ.get(EVAL_ENV)
    path = (
        Path(configured)
        if configured
        else Path(__file__).resolve().parents[1].parent / "shared" / "eval"
    )
    return path if path.is_dir() else None


def read_jsonl(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Return the first `limit` records (all when None) of a JSON Lines file."""
    records: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and len(records) >= limit:
                break
            if line.strip():
                records.append(json.loads(line))
    return records


def build_folder(folder: Path) -> BuildResult:
    """Return the pipeline's build of every article file in `folder` (frozen clock)."""
    from briefing.pipeline import BuildOptions, build_brief

    return build_brief([str(folder)], BuildOptions(now=FROZEN_NOW))


def pipeline_missing() -> str | None:
    """Return why the pipeline cannot be called yet, or None when it can."""
    try:
        from briefing.pipeline import build_brief  # noqa: F401
    except ImportError as exc:
        return f"briefing.pipeline.build_brief is not available ({exc})"
    return None


# -- tokens ---------------------------------------------------------------------------------

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def rouge_tokens(text: str, stem: bool = True) -> list[str]:
    """Return ROUGE tokens: lowercase alphanumeric runs, Porter-stemmed when longer than 3.

    This is the rouge-score convention (google-research/rouge tokenize.py), with our own small
    Porter stemmer in place of NLTK's.
    """
    tokens = _NON_ALNUM.sub(" ", text.lower()).split()
    if stem:
        tokens = [porter_stem(t) if len(t) > 3 else t for t in tokens]
    return tokens


def words(text: str) -> list[str]:
    """Return the words of `text` (letter/digit runs; an inner apostrophe stays in the word)."""
    return _WORD.findall(text)


def truncate_words(text: str, limit: int) -> str:
    """Return the first `limit` whitespace-separated words of `text`."""
    return " ".join(text.split()[:limit])


# -- Porter stemmer (the 1980 algorithm, with the reference code's bli->ble and logi->log) --
# This equals NLTK's MARTIN_EXTENSIONS mode on the NeuS vocabulary. NLTK's default mode, which
# rouge-score uses, differs on a few words ("days": "dai" here, "day" there); since both sides
# of a comparison are stemmed alike, mean ROUGE-1 F1 on NeuS dev agrees with rouge-score to
# within 0.1 point (checked once against rouge-score 0.1.2; without stemming it is identical).


def _cons(word: str, i: int) -> bool:
    char = word[i]
    if char in "aeiou":
        return False
    if char == "y":
        return i == 0 or not _cons(word, i - 1)
    return True


def _measure(stem: str) -> int:
    count = 0
    prev_vowel = False
    for i in range(len(stem)):
        vowel = not _cons(stem, i)
        if prev_vowel and not vowel:
            count += 1
        prev_vowel = vowel
    return count


def _has_vowel(stem: str) -> bool:
    return any(not _cons(stem, i) for i in range(len(stem)))


def _double_cons(word: str) -> bool:
    return len(word) >= 2 and word[-1] == word[-2] and _cons(word, len(word) - 1)


def _cvc(word: str) -> bool:
    n = len(word)
    return (
        n >= 3
        and _cons(word, n - 3)
        and not _cons(word, n - 2)
        and _cons(word, n - 1)
        and word[-1] not in "wxy"
    )


_STEP2 = (
    ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
    ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
    ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
    ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ("logi", "log"),
)  # fmt: skip
_STEP3 = (
    ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"),
    ("ful", ""), ("ness", ""),
)  # fmt: skip
_STEP4 = (
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion",
    "ou", "ism", "ate", "iti", "ous", "ive", "ize",
)  # fmt: skip


def _first_rule(word: str, rules: Sequence[tuple[str, str]]) -> str:
    # Only the first (longest) matching suffix is considered, as in the reference code.
    for suffix, replacement in rules:
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            return stem + replacement if _measure(stem) > 0 else word
    return word


def porter_stem(word: str) -> str:
    """Return the Porter stem of a lowercase word."""
    w = word
    if len(w) <= 2:
        return w
    if w.endswith("sses") or w.endswith("ies"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if w.endswith("eed"):
        if _measure(w[:-3]) > 0:
            w = w[:-1]
    else:
        for suffix in ("ed", "ing"):
            if w.endswith(suffix) and _has_vowel(w[: -len(suffix)]):
                w = w[: -len(suffix)]
                if w.endswith(("at", "bl", "iz")):
                    w += "e"
                elif _double_cons(w) and w[-1] not in "lsz":
                    w = w[:-1]
                elif _measure(w) == 1 and _cvc(w):
                    w += "e"
                break
    if w.endswith("y") and _has_vowel(w[:-1]):
        w = w[:-1] + "i"
    w = _first_rule(w, _STEP2)
    w = _first_rule(w, _STEP3)
    for suffix in _STEP4:
        if w.endswith(suffix):
            stem = w[: -len(suffix)]
            if _measure(stem) > 1 and (suffix != "ion" or stem.endswith(("s", "t"))):
                w = stem
            break
    if w.endswith("e"):
        stem = w[:-1]
        m = _measure(stem)
        if m > 1 or (m == 1 and not _cvc(stem)):
            w = stem
    if w.endswith("ll") and _measure(w) > 1:
        w = w[:-1]
    return w


# -- ROUGE-1 --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Rouge:
    """ROUGE precision, recall and F1, each in 0..1."""

    precision: float
    recall: float
    f1: float


def rouge1(candidate: str, reference: str, stem: bool = True) -> Rouge:
    """Return ROUGE-1 of `candidate` against `reference` (unigram counts, clipped)."""
    cand = Counter(rouge_tokens(candidate, stem))
    ref = Counter(rouge_tokens(reference, stem))
    overlap = sum((cand & ref).values())
    if not overlap:
        return Rouge(0.0, 0.0, 0.0)
    precision = overlap / sum(cand.values())
    recall = overlap / sum(ref.values())
    return Rouge(precision, recall, 2 * precision * recall / (precision + recall))


# -- quotation and phrases ------------------------------------------------------------------

_QUOTED = re.compile(r"“[^”]*(?:”|\Z)|\"[^\"]*(?:\"|\Z)|‘[^’]*’")
_PUNCT_MAP = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def strip_quoted(text: str) -> str:
    """Return `text` without what sits inside quotation marks (an unclosed “ runs to the end)."""
    return _QUOTED.sub(" ", text)


def normalize_punct(text: str) -> str:
    """Return `text` with curly quotes and apostrophes made straight."""
    return text.translate(_PUNCT_MAP)


def clean_phrase(phrase: str) -> str:
    """Return an annotated phrase without edge whitespace, quote marks and clause punctuation."""
    return normalize_punct(phrase).strip().strip("\"'.,;:").strip()


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """Return a case-insensitive, word-bounded pattern for `phrase` (any whitespace between)."""
    body = r"\s+".join(re.escape(part) for part in clean_phrase(phrase).split())
    return re.compile(rf"(?<!\w){body}(?!\w)", re.I)


def count_phrases(text: str, phrases: Iterable[str]) -> int:
    """Return how many non-overlapping phrase occurrences `text` holds (leftmost, longest)."""
    norm = normalize_punct(text)
    spans: list[tuple[int, int]] = []
    for phrase in {clean_phrase(p).lower() for p in phrases}:
        if phrase:
            spans.extend(m.span() for m in phrase_pattern(phrase).finditer(norm))
    spans.sort(key=lambda s: (s[0], s[0] - s[1]))
    count = 0
    last_end = -1
    for start, end in spans:
        if start >= last_end:
            count += 1
            last_end = end
    return count


def per_100(count: float, total_words: int) -> float:
    """Return `count` per 100 words (0 when there are no words)."""
    return 100.0 * count / total_words if total_words else 0.0


# -- sentences (for baselines and scoring only) ---------------------------------------------

_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_ABBREV = frozenset(
    "mr mrs ms dr sen rep gov gen col lt capt sgt st jr sr prof inc co corp ltd vs no jan feb "
    "mar apr jun jul aug sep sept oct nov dec u.s a.m p.m".split()
)


def split_sentences(text: str) -> list[str]:
    """Return the sentences of `text` (a simple splitter that knows common abbreviations)."""
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        before = text[start : match.start()].split()
        last = before[-1].lower().rstrip(".") if before else ""
        if last in _ABBREV or (len(last) == 1 and last.isalpha()):
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


# -- "states the same thing" ----------------------------------------------------------------

STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as into about over after before
    than then that this these those there here is are was were be been being has have had do
    does did will would shall should can could may might must it its he him his she her they
    them their we us our you your i me my who whom whose which what when where why how so too
    very just also said says say saying told mr mrs ms dr s t""".split()
)
_NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
    if value >= 2  # "one" is too often a pronoun ("one of the"), not a count
}
_SCALE_WORDS = frozenset("dozen hundred thousand million billion trillion".split())
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
OVERLAP_MIN = 0.5
SHARED_MIN = 3


def content_words(text: str) -> set[str]:
    """Return the stemmed content words of `text` (stopwords and 1-letter tokens out)."""
    tokens = _NON_ALNUM.sub(" ", normalize_punct(text).lower()).split()
    return {porter_stem(t) for t in tokens if len(t) > 1 and t not in STOPWORDS}


def numbers(text: str) -> set[str]:
    """Return the numbers `text` states: digit strings, counts two..twenty, scale words."""
    found = {m.group(0).replace(",", "") for m in _DIGITS.finditer(text)}
    for token in _NON_ALNUM.sub(" ", text.lower()).split():
        if token in _NUMBER_WORDS:
            found.add(_NUMBER_WORDS[token])
        elif token in _SCALE_WORDS:
            found.add(token)
    return found


def squash(text: str) -> str:
    """Return `text` with straight quotes and single spaces, for verbatim comparison."""
    return " ".join(normalize_punct(text).split())


@dataclass(frozen=True, slots=True)
class Support:
    """How well one sentence states a fact."""

    stated: bool
    overlap: float
    shared: int
    missing_numbers: tuple[str, ...] = ()
    sentence: str = ""
    verbatim: bool = False


def support(fact: str, sentence: str) -> Support:
    """Return whether `sentence` states what `fact` states.

    Stated when the fact (outer quote marks aside) appears verbatim in the sentence, or when
    the content-word overlap coefficient |F & S| / min(|F|, |S|) is at least 0.5, at least 3
    content words are shared (all of them if the fact has fewer), and every number in the fact
    is in the sentence.
    """
    fact_norm = squash(fact).strip("\"' ")
    if fact_norm and fact_norm in squash(sentence):
        return Support(True, 1.0, len(content_words(fact)), (), sentence, verbatim=True)
    f_words = content_words(fact)
    s_words = content_words(sentence)
    shared = len(f_words & s_words)
    smaller = min(len(f_words), len(s_words))
    overlap = shared / smaller if smaller else 0.0
    missing = tuple(sorted(numbers(fact) - numbers(sentence)))
    stated = overlap >= OVERLAP_MIN and shared >= min(SHARED_MIN, len(f_words)) and not missing
    return Support(stated, overlap, shared, missing, sentence)


def best_support(fact: str, sentences: Iterable[str]) -> Support:
    """Return the sentence that states `fact`, else the closest one (by overlap, then shared)."""
    best = Support(False, 0.0, 0)
    for sentence in sentences:
        found = support(fact, sentence)
        if found.stated:
            return found
        if (found.overlap, found.shared) > (best.overlap, best.shared):
            best = found
    return best


# -- reporting ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Figure:
    """One reported figure, with its acceptance target when it has one."""

    key: str
    label: str
    value: float
    fmt: str = "{:.2f}"
    target: str = ""
    passed: bool | None = None


@dataclass(slots=True)
class Evaluation:
    """An evaluation's figures, plus detail lines for --verbose."""

    name: str
    figures: list[Figure] = field(default_factory=list)
    details: list[str] = field(default_factory=list)

    def add(
        self,
        key: str,
        label: str,
        value: float,
        fmt: str = "{:.2f}",
        target: str = "",
        passed: bool | None = None,
    ) -> None:
        """Append a figure."""
        self.figures.append(Figure(key, label, value, fmt, target, passed))

    def value(self, key: str) -> float:
        """Return the value of the figure `key`."""
        for figure in self.figures:
            if figure.key == key:
                return figure.value
        raise KeyError(key)

    def figure(self, key: str) -> Figure:
        """Return the figure `key`."""
        for figure in self.figures:
            if figure.key == key:
                return figure
        raise KeyError(key)

    def missed(self) -> list[Figure]:
        """Return the figures whose target is not met."""
        return [f for f in self.figures if f.passed is False]

    def as_json(self) -> str:
        """Return the figures as JSON: values, and each target with whether it is met."""
        data = {
            "evaluation": self.name,
            "figures": {f.key: round(f.value, 4) for f in self.figures},
            "targets": {
                f.key: {"target": f.target, "passed": f.passed} for f in self.figures if f.target
            },
        }
        return json.dumps(data, indent=2)

    def table(self) -> str:
        """Return the figures as a compact aligned table."""
        rows = [("figure", "value", "target", "")]
        for f in self.figures:
            mark = "" if f.passed is None else ("ok" if f.passed else "MISSED")
            rows.append((f.label, f.fmt.format(f.value), f.target, mark))
        widths = [max(len(row[i]) for row in rows) for i in range(4)]
        lines = [f"{self.name}"]
        for row in rows:
            cells = [
                row[0].ljust(widths[0]),
                row[1].rjust(widths[1]),
                row[2].ljust(widths[2]),
                row[3],
            ]
            lines.append("  " + "  ".join(cells).rstrip())
        return "\n".join(lines)


def short(text: str, limit: int = 110) -> str:
    """Return `text` on one line, cut to `limit` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def run_evaluation(
    argv: list[str] | None,
    *,
    prog: str,
    doc: str | None,
    dataset: str,
    unit: str,
    evaluate: Callable[[Path, int | None, bool], Evaluation],
    verbose_help: str = "Print every miss.",
) -> int:
    """Parse the common options, run one evaluation and print its figures; return the exit code."""
    parser = argparse.ArgumentParser(
        prog=prog, description=doc, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--limit", type=int, default=None, help=f"Only the first N {unit}.")
    parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")
    parser.add_argument("--verbose", "-v", action="store_true", help=verbose_help)
    parser.add_argument("--check", action="store_true", help="Exit 1 when a target is missed.")
    args = parser.parse_args(argv)
    # the pipeline logs each skipped file; only --verbose shows those lines
    logging.basicConfig(
        level=logging.WARNING if args.verbose else logging.ERROR,
        format="%(levelname)s %(name)s: %(message)s",
    )
    data = eval_dir()
    if data is None or not (data / dataset / "dev.jsonl").is_file():
        print(SKIP_MESSAGE)
        return 0
    problem = pipeline_missing()
    if problem:
        print(f"error: {problem}")
        return 1
    result = evaluate(data, args.limit, args.verbose)
    if args.verbose:
        for line in result.details:
            print(line)
        print()
    print(result.as_json() if args.json else result.table())
    return 1 if args.check and result.missed() else 0
