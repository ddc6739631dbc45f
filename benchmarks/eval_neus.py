"""NeuS/AllSides: build one brief per cluster (three short excerpts) and score it.

Run: `.venv/bin/python -m benchmarks.eval_neus [--limit N] [--json] [--verbose] [--check]`.
The data is read from ../shared/eval/neus (or $BRIEFING_EVAL_DIR/neus) at run time and
written only to a temporary folder; it is never copied into the project.

Figures (targets are the acceptance thresholds):
- built: clusters whose build returned a brief with a story (target: all, even when the
  excerpts share no sentence).
- ROUGE-1 F1 x100: the first story's headline + summary, cut to 70 words, against the
  editors' `reference_body`; rouge-score convention (lowercase, alphanumeric tokens, Porter
  stem on tokens longer than 3 letters); a cluster that fails to build scores 0 (target >= 38,
  the facts issue's).
- baseline: the first excerpt's title + first two sentences, scored the same way.
- neutrality: VADER lexicon words with |valence| >= 2 per 100 words, and mean |compound|
  per sentence, in our narrative (headline, summary, facts) and in the excerpts (title,
  body); quoted text is left out of both, so only the writers' own voice is compared.
- the summary's tone: mean |compound| per sentence of the summary against LexRank's summary
  of the same excerpts at the same length in words (target: no higher).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import (
    Evaluation,
    build_folder,
    per_100,
    read_jsonl,
    rouge1,
    run_evaluation,
    short,
    split_sentences,
    strip_quoted,
    truncate_words,
    words,
)

SCORED_WORDS = 70
ROUGE_TARGET = 38.0
LOADED_VALENCE = 2.0
NAMES = ("a", "b", "c", "d", "e")


def write_cluster(cluster: dict[str, Any], folder: Path) -> None:
    """Write a cluster's excerpts as .txt files: title line, blank line, body."""
    for name, article in zip(NAMES, cluster["articles"], strict=False):
        title = " ".join(article["title"].split())
        (folder / f"{name}.txt").write_text(f"{title}\n\n{article['body'].strip()}\n", "utf-8")


def baseline_text(cluster: dict[str, Any]) -> str:
    """Return the first excerpt's title and the first two sentences of its body."""
    first = cluster["articles"][0]
    return " ".join([first["title"], *split_sentences(first["body"])[:2]])


LEXRANK_THRESHOLD = 0.1
LEXRANK_DAMPING = 0.85


def lexrank(sentences: list[str], budget: int) -> list[str]:
    """Return LexRank's summary of `sentences` in at most `budget` words (one sentence at
    least), in their order: TF-IDF cosine similarity between sentences, edges above
    LEXRANK_THRESHOLD, PageRank centrality (Erkan & Radev 2004), most central first. The
    reference an extractive summary's tone is compared with at the same length."""
    import math
    from collections import Counter

    bags = [Counter(w.lower() for w in words(s)) for s in sentences]
    n = len(bags)
    if n == 0:
        return []
    df = Counter(w for bag in bags for w in bag)
    idf = {w: math.log(n / c) + 1.0 for w, c in df.items()}
    vectors = [{w: c * idf[w] for w, c in bag.items()} for bag in bags]
    norms = [math.sqrt(sum(v * v for v in vec.values())) or 1.0 for vec in vectors]
    links = [
        [
            j
            for j in range(n)
            if j != i
            and sum(vectors[i][w] * vectors[j].get(w, 0.0) for w in vectors[i])
            / (norms[i] * norms[j])
            > LEXRANK_THRESHOLD
        ]
        for i in range(n)
    ]
    # who links to each sentence, found once (the similarity is symmetric)
    incoming = [[j for j in range(n) if i in links[j]] for i in range(n)]
    rank = [1.0 / n] * n
    for _ in range(50):
        rank = [
            (1 - LEXRANK_DAMPING) / n
            + LEXRANK_DAMPING * sum(rank[j] / len(links[j]) for j in incoming[i])
            for i in range(n)
        ]
    chosen: list[int] = []
    used = 0
    for i in sorted(range(n), key=lambda k: (-rank[k], k)):
        size = len(sentences[i].split())
        if chosen and used + size > budget:
            continue
        chosen.append(i)
        used += size
        if used >= budget:
            break
    return [sentences[i] for i in sorted(chosen)]


class Neutrality:
    """Loaded-word and sentence-sentiment tallies from VADER's lexicon."""

    def __init__(self) -> None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        self.analyzer = SentimentIntensityAnalyzer()
        self.words = 0
        self.loaded = 0
        self.sentences = 0
        self.compound = 0.0

    def add(self, text: str) -> None:
        """Count the loaded words and sentence sentiment of `text` outside quotation marks."""
        plain = strip_quoted(text)
        tokens = words(plain)
        self.words += len(tokens)
        lexicon = self.analyzer.lexicon
        self.loaded += sum(abs(lexicon.get(t.lower(), 0.0)) >= LOADED_VALENCE for t in tokens)
        for sentence in split_sentences(plain):
            if words(sentence):
                self.sentences += 1
                self.compound += abs(self.analyzer.polarity_scores(sentence)["compound"])

    def rate(self) -> float:
        """Return loaded words per 100 words."""
        return per_100(self.loaded, self.words)

    def mean_compound(self) -> float:
        """Return the mean |compound| per sentence."""
        return self.compound / self.sentences if self.sentences else 0.0


def evaluate(data: Path, limit: int | None = None, verbose: bool = False) -> Evaluation:
    """Return the NeuS figures for the clusters in `data`/neus/dev.jsonl."""
    clusters = read_jsonl(data / "neus" / "dev.jsonl", limit)
    result = Evaluation("NeuS dev: headline + summary vs the editors' neutral summary")
    built = 0
    multi_story = 0
    f1 = f1_plain = recall = precision = 0.0
    base_f1 = base_plain = 0.0
    scored_words = 0
    ours = Neutrality()
    theirs = Neutrality()
    summary_tone = Neutrality()
    lexrank_tone = Neutrality()
    build_seconds = 0.0
    scores: list[tuple[float, str]] = []
    with tempfile.TemporaryDirectory(prefix="eval-neus-") as tmp:
        for number, cluster in enumerate(clusters):
            cluster_id = str(cluster.get("idx", number))
            reference = cluster["reference_body"]
            baseline = truncate_words(baseline_text(cluster), SCORED_WORDS)
            base_f1 += rouge1(baseline, reference).f1
            base_plain += rouge1(baseline, reference, stem=False).f1
            for article in cluster["articles"]:
                theirs.add(f"{article['title']}\n{article['body']}")
            folder = Path(tmp) / f"cluster{number:03d}"
            folder.mkdir()
            write_cluster(cluster, folder)
            started = time.perf_counter()
            try:
                build = build_folder(folder)
            except Exception as exc:  # noqa: BLE001 - a failed cluster is a figure, not a crash
                result.details.append(f"[{cluster_id}] build failed: {type(exc).__name__}: {exc}")
                continue
            finally:
                build_seconds += time.perf_counter() - started
            stories = build.brief.stories
            if not stories:
                result.details.append(f"[{cluster_id}] no story; skipped: {build.skipped}")
                continue
            built += 1
            multi_story += len(stories) > 1
            story = stories[0]
            candidate = truncate_words(f"{story.headline} {story.summary}", SCORED_WORDS)
            scored_words += len(candidate.split())
            score = rouge1(candidate, reference)
            f1 += score.f1
            recall += score.recall
            precision += score.precision
            f1_plain += rouge1(candidate, reference, stem=False).f1
            scores.append((score.f1, f"[{cluster_id}] F1 {100 * score.f1:.1f}: {short(candidate)}"))
            ours.add(f"{story.headline}\n{story.summary}")
            # the summary's tone against LexRank's pick from the same excerpts, same length
            summary_tone.add(story.summary)
            pool = [s for a in cluster["articles"] for s in split_sentences(a["body"])]
            lexrank_tone.add(" ".join(lexrank(pool, len(story.summary.split()))))
            for fact in story.facts:
                ours.add(fact.text)
    n = len(clusters)
    mean = 100 / n if n else 0.0
    result.add("clusters", "clusters", n, "{:.0f}")
    result.add("built", "clusters built", built, "{:.0f}", f"= {n}", built == n)
    result.add(
        "rouge1_f1",
        "ROUGE-1 F1 x100 (Porter stem)",
        f1 * mean,
        "{:.1f}",
        f">= {ROUGE_TARGET:g}",
        f1 * mean >= ROUGE_TARGET,
    )
    result.add("rouge1_recall", "ROUGE-1 recall x100 (stem)", recall * mean, "{:.1f}")
    result.add("rouge1_precision", "ROUGE-1 precision x100 (stem)", precision * mean, "{:.1f}")
    result.add("rouge1_f1_nostem", "ROUGE-1 F1 x100 (no stem)", f1_plain * mean, "{:.1f}")
    result.add("baseline_f1", "baseline (title + 2 sentences) F1 (stem)", base_f1 * mean, "{:.1f}")
    result.add("baseline_f1_nostem", "baseline F1 (no stem)", base_plain * mean, "{:.1f}")
    result.add("scored_words", "words scored per brief", scored_words / built if built else 0.0)
    result.add("loaded_brief", "VADER loaded words /100, our narrative", ours.rate())
    result.add("loaded_sources", "VADER loaded words /100, excerpts", theirs.rate())
    result.add(
        "compound_brief", "mean |compound| per sentence, ours", ours.mean_compound(), "{:.3f}"
    )
    result.add(
        "compound_sources",
        "mean |compound| per sentence, excerpts",
        theirs.mean_compound(),
        "{:.3f}",
    )
    calm = summary_tone.mean_compound() <= lexrank_tone.mean_compound()
    result.add(
        "compound_summary",
        "summary mean |compound| per sentence",
        summary_tone.mean_compound(),
        "{:.3f}",
        f"<= LexRank {lexrank_tone.mean_compound():.3f}",
        calm,
    )
    result.add(
        "compound_lexrank",
        "LexRank summary, same length: mean |compound|",
        lexrank_tone.mean_compound(),
        "{:.3f}",
    )
    result.add("multi_story", "clusters split into 2+ stories", multi_story, "{:.0f}")
    result.add(
        "clusters_per_second",
        "clusters/second (build only)",
        n / build_seconds if build_seconds else 0.0,
    )
    if verbose:
        scores.sort(key=lambda item: item[0])
        result.details.extend(line for _, line in scores[:10])
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the NeuS evaluation and print its figures; return the exit code."""
    return run_evaluation(
        argv,
        prog="python -m benchmarks.eval_neus",
        doc=__doc__,
        dataset="neus",
        unit="clusters",
        evaluate=evaluate,
        verbose_help="Print failures and the 10 lowest scores.",
    )


if __name__ == "__main__":
    raise SystemExit(main())
