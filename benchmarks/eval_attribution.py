"""Score direct quotes and speakers on the attribution-form sets in `benchmarks/data`.

Run: `.venv/bin/python -m benchmarks.eval_attribution [--errors]`. Each set is JSON Lines, one
invented news passage a line: `text`, `kind` (the attribution form it shows) and `quotes[]`
(`quote`: the words inside the marks, verbatim; `speaker`: who said them, as the passage names
them). The passages were written by helpers who never saw the code, from a brief listing the
forms wire and newspaper copy uses (see benchmarks/README.md): a check on forms PolNeAR and BASIL
hold too few of, not a second copy of the pipeline's rules.

A gold quote is found when a predicted quote covers half of the longer of the two (marks aside,
as `eval_quotes` scores PolNeAR), or holds nine tenths of it as one piece of a quote split by
its attribution (the sets list each piece apart). Its speaker is right when the predicted
speaker, or the mention next to the cue, is the gold one or holds its last word.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.common import read_jsonl
from briefing.stages.quotes import QuoteSpan, extract_quotes

DATA = Path(__file__).resolve().parent / "data"
MARKS = "\"“”«»„'‘’ \n\t,.;:!?—–-"
"""Quotation marks, spaces and punctuation: not counted when spans are compared (where a
comma goes, inside the marks or out, is a matter of style)."""
SPEAKER_TARGET = 0.9
"""Speaker accuracy the written set must keep (it may only go up)."""


@dataclass(slots=True)
class Tally:
    """Counts for one set, or one attribution form within it."""

    gold: int = 0
    found: int = 0
    right: int = 0
    predicted: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.right / self.found if self.found else 0.0


def _chars(text: str, start: int, end: int) -> set[int]:
    return {i for i in range(start, end) if text[i] not in MARKS}


def _norm(name: str | None) -> str:
    text = (name or "").lower().replace("’", "'")
    return re.sub(r"[^a-z0-9' -]", "", text).strip()


def right_speaker(predicted: QuoteSpan, gold: str) -> bool:
    """The predicted speaker (or the mention at the cue) is the gold one or holds its last
    word ("Sen. Ann Lee" for "Ann Lee", "the company" only for "the company")."""
    want = _norm(gold)
    last = want.split()[-1] if want.split() else ""
    for said in (_norm(predicted.speaker), _norm(predicted.mention)):
        if not said:
            continue
        if said == want or (last and last in said.split()):
            return True
    return False


def _covers(text: str, gold: set[int], quote: QuoteSpan) -> bool:
    pieces = quote.parts or ((quote.start, quote.end),)
    mine: set[int] = set()
    for start, end in pieces:
        mine |= _chars(text, start, end)
    shared = len(gold & mine)
    if shared >= 0.5 * max(len(gold), len(mine)):
        return True
    return len(pieces) > 1 and shared >= 0.9 * len(gold)


def score(path: Path) -> dict[str, Tally]:
    """Figures over the whole set ("all") and per attribution form."""
    tallies: dict[str, Tally] = {"all": Tally()}
    for row in read_jsonl(path):
        text = row["text"]
        predicted = extract_quotes(text)
        kind = tallies.setdefault(row.get("kind", "other"), Tally())
        for tally in (tallies["all"], kind):
            tally.predicted += len(predicted)
        for item in row["quotes"]:
            start = text.find(item["quote"])
            gold = _chars(text, start, start + len(item["quote"]))
            match = next((q for q in predicted if _covers(text, gold, q)), None)
            for tally in (tallies["all"], kind):
                tally.gold += 1
                tally.found += match is not None
                tally.right += match is not None and right_speaker(match, item["speaker"])
            if match is None:
                tallies["all"].errors.append(f"{row['id']} missed: {item['quote'][:60]!r}")
            elif not right_speaker(match, item["speaker"]):
                tallies["all"].errors.append(
                    f"{row['id']} speaker {match.speaker or match.mention!r}, "
                    f"wanted {item['speaker']!r}: {item['quote'][:50]!r}"
                )
    return tallies


def sets() -> list[Path]:
    """The attribution-form sets shipped with the benchmarks."""
    return sorted(DATA.glob("attribution_*.jsonl"))


def main(argv: list[str] | None = None) -> int:
    """Print each set's figures (and, with --errors, every miss)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--errors", action="store_true", help="Print every miss.")
    args = parser.parse_args(argv)
    for path in sets():
        tallies = score(path)
        total = tallies["all"]
        print(
            f"{path.name}: gold quotes {total.gold}, found {total.found} "
            f"(recall {total.recall:.3f}), speaker accuracy {total.speaker_accuracy:.3f} "
            f"(target >= {SPEAKER_TARGET})"
        )
        for kind in sorted(k for k in tallies if k != "all"):
            t = tallies[kind]
            print(
                f"    {kind:<22} gold {t.gold:>3}  found {t.found:>3}  right speaker {t.right:>3}"
            )
        if args.errors:
            for line in total.errors:
                print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
