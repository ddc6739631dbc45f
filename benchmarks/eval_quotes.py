"""Score direct-quote extraction and speakers on PolNeAR dev (`/work/shared/eval/polnear`).

Run: `.venv/bin/python -m benchmarks.eval_quotes [--errors N]`. A predicted quote matches a gold
direct quote (`content_quote_type == "full"`) when their character overlap, quotation marks
aside, is at least half of the longer one. Prints precision, recall, F1 and speaker accuracy
(share of matched quotes whose predicted speaker mention overlaps the gold source span or
names the same person). Exits 0 with a "skipped" line when the data is absent.

Two lines are printed: the README's scoring (extraction with its default quotation marks), and
a second one where the extractor also reads ''doubled apostrophes'' as marks (`doubled_marks`,
as the NYT archive prints them) and gold contents wrapped in them count as direct quotes too,
as do contents wrapped in one pair of marks the helper field misses (a reversed opening mark,
”…”: the README's own definition, "begins and ends with quotation marks").

Each line also counts, as a diagnostic, the unmatched predictions that lie inside a gold
attribution's content all the same: PolNeAR marks the quote, but its content span runs on into
the narration around it, so the helper field does not call it a direct quote. The figures above
still count them wrong.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from pathlib import Path

from briefing.stages.quotes import QuoteSpan, extract_quotes

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "polnear" / "dev.jsonl"
MARKS = "\"“”«»„'‘’ \n\t"
INSIDE = 0.9
"""An unmatched prediction lies inside a gold attribution when this share of its characters
is that attribution's content."""


@dataclass(frozen=True, slots=True)
class Scores:
    """Extraction and attribution figures."""

    precision: float
    recall: float
    f1: float
    speaker_accuracy: float
    gold: int
    predicted: int
    matched: int
    speakers_right: int = 0
    inside: int = 0
    """Unmatched predictions that lie inside a gold attribution's content all the same (a
    quote the helper field does not mark "full": PolNeAR's content span runs on into the
    narration around it). A diagnostic: the figures above do not count them right."""


def _figures(
    gold: int, predicted: int, matched: int, speakers_right: int, inside: int = 0
) -> Scores:
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = speakers_right / matched if matched else 0.0
    return Scores(precision, recall, f1, accuracy, gold, predicted, matched, speakers_right, inside)


def _chars(text: str, spans: list[tuple[int, int]]) -> set[int]:
    out: set[int] = set()
    for a, b in spans:
        while a < b and text[a] in MARKS:
            a += 1
        while b > a and text[b - 1] in MARKS:
            b -= 1
        out.update(i for i in range(a, b) if text[i] not in MARKS)
    return out


def _same_person(text: str, gold_source: dict[str, object] | None, quote: QuoteSpan) -> bool:
    if not gold_source:
        return False
    spans = [tuple(s) for s in gold_source["spans"]]  # type: ignore[union-attr]
    if quote.speaker_start is not None and quote.speaker_end is not None:
        for a, b in spans:
            if quote.speaker_start < b and a < quote.speaker_end:
                return True
    if quote.speaker:
        gold_names = re.findall(r"[A-Z][\w’'-]+", str(gold_source["text"]))
        surname = gold_names[-1] if gold_names else None
        if surname and surname in quote.speaker.split():
            return True
    return False


def _direct(att: dict[str, object], text: str, doubled: bool) -> bool:
    """A gold direct quote: the helper field says "full"; with `doubled`, content that begins
    and ends with doubled apostrophes (''…'', the NYT archive's quotation marks, which the
    helper field does not recognise) counts as well."""
    if att.get("content_quote_type") == "full":
        return True
    if not doubled:
        return False
    contents = att["content"]  # type: ignore[index]
    spans = [s for c in contents for s in c["spans"]]  # type: ignore[union-attr]
    if not spans:
        return False
    body = text[spans[0][0] : spans[-1][1]].strip()
    if body.startswith("''") and body.endswith("''") and len(body) > 4:
        return True
    # a content wrapped in one pair of marks the helper field misses: a reversed opening
    # mark (”…”), as some pages print it; marks inside mean a mix of quote and narration
    inner = body[1:-1]
    return (
        len(body) > 2
        and body[0] in '"“”'
        and body[-1] in '"“”'
        and not any(m in inner for m in '"“”')
    )


def score(path: Path = DATA, errors: int = 0, doubled: bool = False) -> Scores:
    """Score extract_quotes on every article of the PolNeAR file at `path`."""
    return score_by_publisher(path, errors, doubled)["all"]


def score_by_publisher(
    path: Path = DATA, errors: int = 0, doubled: bool = False
) -> dict[str, Scores]:
    """Figures over all articles ("all") and per publisher, so no outlet's style hides."""
    counts: dict[str, list[int]] = {}
    shown = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold_n = pred_n = matched = speaker_ok = 0
        text = row["text"]
        attributions = row["annotation_sets"][0]["attributions"]
        gold = []
        every: list[set[int]] = []  # each attribution's content, direct or not
        for att in attributions:
            spans = [tuple(s) for c in att["content"] for s in c["spans"]]
            every.append(_chars(text, spans))
            if not _direct(att, text, doubled):
                continue
            gold.append((_chars(text, spans), att.get("source")))
        preds = extract_quotes(text, doubled_marks=doubled)
        preds = [q for q in preds if not q.partial]
        pred_chars = [_chars(text, list(q.parts) or [(q.start, q.end)]) for q in preds]
        gold_n += len(gold)
        pred_n += len(preds)
        used: set[int] = set()
        hit_pred: set[int] = set()
        for gi, (gchars, source) in enumerate(gold):
            best, best_j = 0, -1
            for j, pchars in enumerate(pred_chars):
                if j in hit_pred:
                    continue
                inter = len(gchars & pchars)
                if inter and inter >= 0.5 * max(len(gchars), len(pchars)) and inter > best:
                    best, best_j = inter, j
            if best_j >= 0:
                used.add(gi)
                hit_pred.add(best_j)
                matched += 1
                ok = _same_person(text, source, preds[best_j])
                speaker_ok += ok
                if not ok and shown < errors:
                    shown += 1
                    q = preds[best_j]
                    print(f"SPEAKER {row['filename']}: {q.text[:60]!r} pred={q.mention!r} "
                          f"gold={source and source['text']!r}")  # fmt: skip
        inside = sum(
            1
            for j, pchars in enumerate(pred_chars)
            if j not in hit_pred
            and pchars
            and any(len(pchars & content) >= INSIDE * len(pchars) for content in every)
        )
        if errors:
            for gi, (gchars, _) in enumerate(gold):
                if gi not in used and shown < errors and gchars:
                    shown += 1
                    a, b = min(gchars), max(gchars) + 1
                    before = text[max(0, a - 50) : a]
                    print(f"MISS {row['filename']}: {before!r} [[{text[a:b][:80]!r}]]")
            for j, q in enumerate(preds):
                if j not in hit_pred and shown < errors:
                    shown += 1
                    before = text[max(0, q.start - 50) : q.start]
                    after = text[q.end : q.end + 40]
                    print(f"FALSE {row['filename']}: {before!r} [[{q.text[:80]!r}]] {after!r}")
        for key in ("all", str(row.get("publisher") or "unknown")):
            tally = counts.setdefault(key, [0, 0, 0, 0, 0])
            for i, n in enumerate((gold_n, pred_n, matched, speaker_ok, inside)):
                tally[i] += n
    return {key: _figures(*tally) for key, tally in counts.items()}


def main() -> None:
    """Print the figures (or a skipped line when the data is absent)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--errors", type=int, default=0, help="Print up to N errors of the README scoring."
    )
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not found")
        return
    for label, doubled in (("helper field", False), ("helper field + ''…'' and ”…” marks", True)):
        table = score_by_publisher(DATA, 0 if doubled else args.errors, doubled)
        s = table["all"]
        print(
            f"polnear dev direct quotes ({label}): gold {s.gold}, predicted {s.predicted}, "
            f"matched {s.matched}\n  precision {s.precision:.3f}  recall {s.recall:.3f}  "
            f"F1 {s.f1:.3f}  speaker accuracy {s.speaker_accuracy:.3f}\n"
            f"  diagnostic: unmatched predictions inside a gold attribution's content (a quote "
            f"the helper field does not mark) {s.inside}/{s.predicted - s.matched}"
        )
        for pub in sorted(k for k in table if k != "all"):
            p = table[pub]
            print(
                f"    {pub:<20} gold {p.gold:>3}  P {p.precision:.3f}  R {p.recall:.3f}  "
                f"F1 {p.f1:.3f}  speaker {p.speaker_accuracy:.3f}  "
                f"unmatched inside a gold attribution {p.inside}/{p.predicted - p.matched}"
            )


if __name__ == "__main__":
    main()
