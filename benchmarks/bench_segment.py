"""Sentence segmentation on BASIL dev: ours (briefing.text.sentences) and plain pysbd against
the dataset's own sentence split (each paragraph is given as a list of sentences).

Each paragraph's sentences are joined with one space; a boundary is the offset where a gold
sentence starts. Prints boundary precision / recall / F1 for both, and the paragraphs where ours
and pysbd disagree, for review. Skips cleanly when ../shared/eval is absent.
"""

from __future__ import annotations

import sys
from typing import Any

from benchmarks.common import SKIP_MESSAGE, eval_dir, read_jsonl
from briefing.text import sentences

SHOWN = 8


def _starts(spans: list[tuple[int, int]]) -> set[int]:
    return {start for start, _ in spans[1:]}


def _pysbd_spans(text: str) -> list[tuple[int, int]]:
    import pysbd

    spans, cursor = [], 0
    for piece in pysbd.Segmenter(language="en", clean=False).segment(text):
        piece = piece.strip()
        at = text.find(piece, cursor)
        if piece and at >= 0:
            spans.append((at, at + len(piece)))
            cursor = at + len(piece)
    return spans


def _score(found: int, gold: int, hit: int) -> tuple[float, float, float]:
    precision = hit / found if found else 1.0
    recall = hit / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> int:
    data = eval_dir()
    if data is None:
        print(SKIP_MESSAGE)
        return 0
    totals = {"ours": [0, 0], "pysbd": [0, 0]}  # found, hit
    gold_total = 0
    disagreements: list[str] = []
    events: list[dict[str, Any]] = read_jsonl(data / "basil" / "dev.jsonl")
    for event in events:
        for article in event["articles"]:
            for para in article["body_paragraphs"]:
                parts = [s.strip() for s in para if s.strip()]
                text = " ".join(parts)
                gold, at = set(), 0
                for part in parts[:-1]:
                    at += len(part) + 1
                    gold.add(at)
                gold_total += len(gold)
                ours, plain = _starts(sentences(text)), _starts(_pysbd_spans(text))
                for name, found in (("ours", ours), ("pysbd", plain)):
                    totals[name][0] += len(found)
                    totals[name][1] += len(found & gold)
                if ours != plain and len(disagreements) < SHOWN:
                    cuts = sorted(ours ^ plain)
                    disagreements.append(
                        " | ".join(text[max(0, c - 40) : c + 25] for c in cuts[:2])
                    )
    print("BASIL dev: sentence boundaries against the dataset's own split")
    for name, (found, hit) in totals.items():
        precision, recall, f1 = _score(found, gold_total, hit)
        print(f"  {name:<6} precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    print(f"  gold boundaries {gold_total}; where ours and pysbd differ (first {SHOWN}):")
    for line in disagreements:
        print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
