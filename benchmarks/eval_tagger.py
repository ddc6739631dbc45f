"""UPOS accuracy of `briefing.text.tagger` on the official UD English EWT dev and test files.

    .venv/bin/python -m benchmarks.eval_tagger [--mirror PATH] [--json] [--check]

Measurements per split:
- gold tokens: the treebank's own words, tagged sentence by sentence (the figure a tagger paper
  reports), split by genre (the sent_id prefix; weblog and newsgroup are the news-like ones)
  and by words the train split has / has not seen; precision and recall of VERB, AUX, NOUN,
  PROPN and ADJ;
- raw text: each sentence's `# text` through `tagger.tag` (our tokenizer too): token precision
  and recall against the treebank's words, and the tag accuracy on the tokens that match;
- lemmas: the lemma of each VERB, AUX and NOUN given its gold tag, against the treebank's
  (lower-cased), for words the train split has / has not seen (the unseen ones test the rules);
- speed: tokens per second of `tag_words` (gold tokens) and of `tag` (raw text, lemmas too).

The treebank is read from the git mirror (see benchmarks/train_tagger.py); when it is absent the
script prints a skip message and exits 0. `--check` exits 1 when test accuracy (gold tokens) is
under TARGET.

Out of domain: when the UD English GUM mirror is present (`--gum`, default
`../.mirror/UniversalDependencies+UD_English-GUM/repo`; the `fetch` tool brings it), the same
gold-token accuracy on GUM's official test file, by genre. EWT is web text (reviews, e-mail,
blogs); GUM's "news" genre (Wikinews) is the nearest to the articles the tagger reads in
production. GUM is used to measure only, never to train: its licence (CC BY-NC-SA 4.0 as a whole)
is not the model's.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from benchmarks.train_tagger import (
    DEFAULT_MIRROR,
    SKIP_MESSAGE,
    Sentence,
    git_show,
    parse_conllu,
    train_sentences,
)
from briefing.text.tagger import default_tagger, tag

TARGET = 94.0
"""UPOS accuracy (percent) on EWT test with gold tokens that the tagger must reach."""
LEMMA_CHECKED = frozenset({"VERB", "AUX", "NOUN"})
PER_TAG = ("VERB", "AUX", "NOUN", "PROPN", "ADJ")
"""The tags the facts stage leans on: actions (VERB) and the things around them."""
NEWS_LIKE = ("weblog", "newsgroup")


def _texts(conllu: str) -> dict[str, str]:
    """Return sent_id -> the sentence's `# text` line."""
    out: dict[str, str] = {}
    sent_id = ""
    for line in conllu.splitlines():
        if line.startswith("# sent_id ="):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("# text =") and sent_id:
            out[sent_id] = line.split("=", 1)[1].strip()
    return out


def _gold_spans(text: str, sentence: Sentence) -> list[tuple[int, int]] | None:
    """Return the offsets of each treebank word in text, or None where a word is not verbatim."""
    spans, cursor = [], 0
    for word in sentence:
        at = text.find(word.form, cursor)
        if at < 0:
            return None
        spans.append((at, at + len(word.form)))
        cursor = at + len(word.form)
    return spans


def _pct(right: int, total: int) -> float:
    return round(100 * right / total, 2) if total else 0.0


def evaluate(
    sentences: Sequence[tuple[str, Sentence]], texts: dict[str, str], seen: set[str]
) -> dict[str, object]:
    """Return the figures of one split (see the module docstring)."""
    tagger = default_tagger()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    started = time.perf_counter()
    guesses = [tagger.tag_words([w.form for w in sentence]) for _, sentence in sentences]
    gold_speed = sum(len(s) for _, s in sentences) / (time.perf_counter() - started)
    gold_n: Counter[str] = Counter()
    guess_n: Counter[str] = Counter()
    both_n: Counter[str] = Counter()
    for (sent_id, sentence), guessed in zip(sentences, guesses, strict=True):
        genre = sent_id.split("-", 1)[0]
        for word, guess in zip(sentence, guessed, strict=True):
            hit = guess == word.upos
            gold_n[word.upos] += 1
            guess_n[guess] += 1
            both_n[guess] += hit
            for key in ("all", f"genre {genre}", "seen" if word.form in seen else "unseen"):
                right[key] += hit
                total[key] += 1
            if genre in NEWS_LIKE:
                right["news-like"] += hit
                total["news-like"] += 1
    lemma_right: Counter[str] = Counter()
    lemma_total: Counter[str] = Counter()
    for _, sentence in sentences:
        for word in sentence:
            if word.upos in LEMMA_CHECKED and word.lemma != "_":
                key = "seen" if word.form in seen else "unseen"
                hit = tagger.lemma(word.form, word.upos) == word.lemma.lower()
                for group in ("all", key):
                    lemma_right[group] += hit
                    lemma_total[group] += 1
    found = matched = gold_total = tag_right = raw_tokens = 0
    started = time.perf_counter()
    for sent_id, sentence in sentences:
        text = texts.get(sent_id, "")
        spans = _gold_spans(text, sentence) if text else None
        tagged = tag(text) if text else []
        raw_tokens += len(tagged)
        if spans is None:
            continue
        gold = {span: word.upos for span, word in zip(spans, sentence, strict=True)}
        found += len(tagged)
        gold_total += len(gold)
        for token in tagged:
            upos = gold.get((token.start, token.end))
            if upos is not None:
                matched += 1
                tag_right += token.upos == upos
    raw_speed = raw_tokens / (time.perf_counter() - started)
    return {
        "gold tokens": {key: _pct(right[key], total[key]) for key in sorted(total)},
        "words": dict(sorted(total.items())),
        "per tag (gold tokens)": {
            f"{upos} P/R": f"{_pct(both_n[upos], guess_n[upos])}/{_pct(both_n[upos], gold_n[upos])}"
            for upos in PER_TAG
        },
        "lemmas (VERB/AUX/NOUN, gold tags)": {
            key: _pct(lemma_right[key], lemma_total[key]) for key in sorted(lemma_total)
        },
        "raw text": {
            "token precision": _pct(matched, found),
            "token recall": _pct(matched, gold_total),
            "tag accuracy on matched tokens": _pct(tag_right, matched),
        },
        "tokens/s": {
            "tag_words (gold tokens)": round(gold_speed),
            "tag (raw text)": round(raw_speed),
        },
    }


DEFAULT_GUM = DEFAULT_MIRROR.parents[1] / "UniversalDependencies+UD_English-GUM" / "repo"


def evaluate_by_genre(sentences: Sequence[tuple[str, Sentence]]) -> dict[str, float]:
    """Return UPOS accuracy with gold tokens, overall and per genre (the sent_id's second
    part: "GUM_news_asylum-3" is news)."""
    tagger = default_tagger()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for sent_id, sentence in sentences:
        parts = sent_id.split("_")
        genre = parts[1] if len(parts) > 2 else "unknown"
        guessed = tagger.tag_words([w.form for w in sentence])
        for word, guess in zip(sentence, guessed, strict=True):
            for key in ("all", f"genre {genre}"):
                right[key] += guess == word.upos
                total[key] += 1
    return {key: _pct(right[key], total[key]) for key in sorted(total)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR)
    parser.add_argument("--gum", type=Path, default=DEFAULT_GUM, help="UD English GUM mirror")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--check", action="store_true", help=f"exit 1 under {TARGET}% on test")
    args = parser.parse_args(argv)
    if not (args.mirror / "HEAD").exists():
        print(f"{SKIP_MESSAGE} at {args.mirror}")
        return 0
    seen = {word.form for sentence in train_sentences(args.mirror) for word in sentence}
    results = {}
    for split in ("dev", "test"):
        conllu = git_show(args.mirror, f"en_ewt-ud-{split}.conllu")
        results[split] = evaluate(parse_conllu(conllu), _texts(conllu), seen)
    if (args.gum / "HEAD").exists():
        results["GUM test (out of domain)"] = {
            "gold tokens": evaluate_by_genre(
                parse_conllu(git_show(args.gum, "en_gum-ud-test.conllu"))
            )
        }
    if args.json:
        print(json.dumps({"target": TARGET, **results}, indent=2))
    else:
        for split, figures in results.items():
            print(f"== EWT {split}" if split in ("dev", "test") else f"== {split}")
            for group, values in figures.items():
                if isinstance(values, dict):
                    shown = ", ".join(f"{k} {v}" for k, v in values.items())
                    print(f"  {group}: {shown}")
        print(f"target: >= {TARGET}% UPOS on test with gold tokens")
    accuracy = results["test"]["gold tokens"]
    assert isinstance(accuracy, dict)
    if args.check and accuracy["all"] < TARGET:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
