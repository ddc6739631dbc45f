"""Story clustering against real events: BASIL dev (90 articles, 30 events) in one folder.

Every article of ../shared/eval/basil/dev.jsonl is written to one temporary folder (as .json
article files named by a hash of the article's uuid, so file order says nothing about the event),
read back with `briefing.stages.ingest.load`, grouped with
`briefing.digest.events.cluster`, and scored
against the gold events: adjusted Rand index (ARI, implemented here) and purity.

    .venv/bin/python -m benchmarks.eval_clusters

Exits 0 with a message when the data is absent.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.digest.events import ClusterOptions

ROOT = Path(__file__).resolve().parent.parent
BASIL = ROOT.parent / "shared" / "eval" / "basil" / "dev.jsonl"
MIN_ARI = 0.9


def comb2(n: int) -> float:
    """Return n choose 2."""
    return n * (n - 1) / 2.0


def adjusted_rand_index(gold: Sequence[object], predicted: Sequence[object]) -> float:
    """Return the adjusted Rand index of two labelings of the same items (Hubert & Arabie)."""
    if len(gold) != len(predicted):
        raise ValueError("labelings differ in length")
    n = len(gold)
    if n < 2:
        return 1.0
    pairs = Counter(zip(gold, predicted, strict=True))
    index = sum(comb2(c) for c in pairs.values())
    sum_gold = sum(comb2(c) for c in Counter(gold).values())
    sum_pred = sum(comb2(c) for c in Counter(predicted).values())
    expected = sum_gold * sum_pred / comb2(n)
    maximum = (sum_gold + sum_pred) / 2.0
    if maximum == expected:
        return 1.0
    return (index - expected) / (maximum - expected)


def purity(gold: Sequence[object], predicted: Sequence[object]) -> float:
    """Return the share of items whose predicted group's majority gold label is their own."""
    by_group: dict[object, Counter[object]] = {}
    for g, p in zip(gold, predicted, strict=True):
        by_group.setdefault(p, Counter())[g] += 1
    return sum(c.most_common(1)[0][1] for c in by_group.values()) / max(1, len(gold))


def write_basil(folder: Path, source: Path = BASIL) -> dict[str, int]:
    """Write every BASIL article into `folder`; return article id -> gold event number."""
    gold: dict[str, int] = {}
    with source.open(encoding="utf-8") as lines:
        for event, line in enumerate(lines):
            record = json.loads(line)
            for item in record["articles"]:
                text = "\n\n".join(" ".join(p) for p in item["body_paragraphs"])
                key = item.get("uuid") or f"{event}-{item['source']}"
                article_id = "a" + hashlib.sha1(key.encode()).hexdigest()[:10]
                data = {
                    "title": item.get("title") or "",
                    "text": text,
                    "outlet": item.get("source"),
                    "url": item.get("url"),
                    "published": item.get("date"),
                }
                (folder / f"{article_id}.json").write_text(json.dumps(data), encoding="utf-8")
                gold[article_id] = event
    return gold


def evaluate(source: Path = BASIL, options: ClusterOptions | None = None) -> dict[str, float]:
    """Return ARI, purity and counts of clustering the BASIL articles mixed in one folder."""
    from briefing.digest.events import cluster
    from briefing.stages.ingest import load

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        gold = write_basil(folder, source)
        loaded = load([folder])
    started = time.perf_counter()
    groups = cluster(loaded.articles, options)
    seconds = time.perf_counter() - started
    label = {a.id: n for n, group in enumerate(groups) for a in group}
    ids = [a.id for a in loaded.articles]
    truth = [gold[i] for i in ids]
    predicted = [label[i] for i in ids]
    return {
        "articles": float(len(ids)),
        "skipped": float(len(loaded.skipped)),
        "events": float(len(set(truth))),
        "groups": float(len(groups)),
        "groups_2plus": float(sum(1 for g in groups if len(g) >= 2)),
        "ari": adjusted_rand_index(truth, predicted),
        "purity": purity(truth, predicted),
        "seconds": seconds,
    }


def main() -> int:
    """Print the clustering scores; 1 when ARI is below the target, 0 otherwise or when skipped."""
    if not BASIL.exists():
        print(f"skipped: {BASIL} not found (evaluation data is optional)")
        return 0
    scores = evaluate()
    print(
        f"BASIL dev: {int(scores['articles'])} articles ({int(scores['skipped'])} skipped), "
        f"{int(scores['events'])} events -> {int(scores['groups'])} groups "
        f"({int(scores['groups_2plus'])} with 2+ articles)"
    )
    print(f"ARI {scores['ari']:.3f} (target >= {MIN_ARI})  purity {scores['purity']:.3f}")
    print(f"clustering time {scores['seconds'] * 1000:.0f} ms")
    return 0 if scores["ari"] >= MIN_ARI else 1


if __name__ == "__main__":
    sys.exit(main())
