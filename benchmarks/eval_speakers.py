"""Quote speakers on BASIL dev gold: a second corpus for the extractor's attributions.

Run: `.venv/bin/python -m benchmarks.eval_speakers [--errors N]`. PolNeAR (`eval_quotes`) is
one corpus of 2016 campaign coverage; this checks the same extractor on other years, topics
and outlets (Fox News, the New York Times, HuffPost) so that a rule fitted to PolNeAR shows.

`basil/dev-gold.jsonl` lists, per event, the people quoted on the record with key phrases
from their quotes. For every key phrase, the quotes that `extract_quotes` finds in the
event's three articles (fragments included) holding that phrase are looked up; the key
counts as right when one of them names a speaker whose words include the gold surname.
Printed: keys, keys found inside an extracted quote, and the share of those with the right
speaker, overall and per outlet (a key quoted by several outlets counts for each). Exits 0
with a "skipped" line when the data is absent.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import eval_dir
from benchmarks.eval_basil import event_articles
from briefing.stages.quotes import extract_quotes


@dataclass(frozen=True, slots=True)
class SpeakerScores:
    """Key phrases, those inside an extracted quote, and those with the gold speaker."""

    keys: int
    found: int
    right: int

    @property
    def accuracy(self) -> float:
        return self.right / self.found if self.found else 0.0


def _surname_in(speaker: str | None, gold: str) -> bool:
    """Whether `speaker` names the gold speaker: by surname (or an organization's last word),
    or, for an organization, by its initials ("ACLU" for "American Civil Liberties Union",
    "FWS" for "Fish and Wildlife Service", either way round)."""
    if not speaker:
        return False
    surname = gold.split()[-1].lower()
    if surname in speaker.lower().replace("’s", " ").replace("'s", " ").split():
        return True
    pairs = ((_initials(speaker), _short(gold)), (_initials(gold), _short(speaker)))
    return any(initials and initials == short for initials, short in pairs)


_MINOR = frozenset({"of", "the", "and", "for", "on"})


def _initials(name: str) -> str:
    """The initials of a name of two words or more ("" for one word)."""
    words = [w for w in name.replace(".", "").split() if w.lower() not in _MINOR]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


def _short(name: str) -> str:
    """A name written as an acronym ("the FWS" -> "FWS"), else ""."""
    words = name.replace(".", "").split()
    last = words[-1] if words else ""
    return last if len(last) >= 2 and last.isupper() else ""


def score(base: Path, errors: int = 0) -> dict[str, SpeakerScores]:
    """Figures overall ("all") and per outlet for the BASIL dev split under `base`."""
    events = [json.loads(x) for x in (base / "dev.jsonl").read_text("utf-8").splitlines() if x]
    golds = [json.loads(x) for x in (base / "dev-gold.jsonl").read_text("utf-8").splitlines() if x]
    tally: dict[str, list[int]] = {}
    shown = 0
    for gold in golds:
        articles = event_articles(events[gold["event"]])
        quotes = [(a.id, a.body, q) for a in articles for q in extract_quotes(a.body)]
        for side in ("support", "oppose"):
            for person in gold[side]:
                for key in person["key"]:
                    hits = [h for h in quotes if key.lower() in h[2].text.lower()]
                    right = any(_surname_in(q.speaker, person["speaker"]) for _, _, q in hits)
                    outlets = {h[0] for h in hits} or {"none"}
                    for name in ("all", *sorted(outlets)):
                        row = tally.setdefault(name, [0, 0, 0])
                        row[0] += 1
                        row[1] += bool(hits)
                        row[2] += right
                    if hits and not right and shown < errors:
                        shown += 1
                        outlet, body, q = hits[0]
                        before = body[max(0, q.start - 70) : q.start].replace("\n", " ")
                        print(
                            f"SPEAKER event {gold['event']} {outlet}: gold={person['speaker']!r} "
                            f"pred={q.speaker!r} mention={q.mention!r} …{before!r} "
                            f"[[{q.text[:50]!r}]]"
                        )
    return {name: SpeakerScores(*row) for name, row in tally.items()}


def main() -> None:
    """Print the figures (or a skipped line when the data is absent)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--errors", type=int, default=0, help="Print up to N wrong speakers.")
    args = parser.parse_args()
    root = eval_dir()
    base = (root or Path("../shared/eval")) / "basil"
    if root is None or not (base / "dev-gold.jsonl").exists() or not (base / "dev.jsonl").exists():
        print(f"skipped: {base} has no dev.jsonl and dev-gold.jsonl")
        return
    table = score(base, args.errors)
    for name in ["all", *sorted(k for k in table if k not in ("all", "none"))]:
        s = table[name]
        print(
            f"basil dev-gold quote speakers {name:<4} keys {s.keys:>3}  in a quote {s.found:>3}  "
            f"right speaker {s.right:>3}  accuracy {s.accuracy:.3f}"
        )


if __name__ == "__main__":
    main()
