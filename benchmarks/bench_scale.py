"""Scale benchmark: digests from 100, 1,000 and 10,000 articles, and the seeds' brief end to end.

    .venv/bin/python -m benchmarks.bench_scale [--sizes 100,1000,10000] [--seed 1]

How the corpora are made (reproducible: one seeded RNG, `--seed`, default 1):
- Base events come from real article text in ../shared/eval: each BASIL event (three outlets'
  articles on one event) and each PolNeAR article (one article; its three "outlet versions" are
  made by sentence sampling below). When ../shared/eval is absent, the seeds (one event, five
  articles) are the only base event.
- A corpus of N articles is N/3 synthetic events, each a copy of a base event (taken in turn)
  made distinct so that copies are different events, not trivial duplicates:
  * every capitalised word (names of people, places, organisations) is replaced, consistently
    across the copy's articles, by an invented name drawn from syllables (per copy);
  * every number is replaced by another of the same number of digits (per copy);
  * each article keeps each of its sentences with probability 0.8 (per article), so no two
    articles are the same text;
  * the copy gets its own date (a random day in a three-year span; its articles within a day).
- Articles are written as .md files (front matter: title, outlet, published) into one folder;
  the timed part is what `briefing digest FOLDER` does: read the folder, group into stories,
  build the top 10 stories with the pipeline across `os.cpu_count()` processes, one Brief.
Each size runs in a fresh interpreter so its peak memory (max RSS, ru_maxrss of the process
plus its worker processes) is its own. Rendering is not included (it is the same for any N).

Targets (2 cores): 10,000 articles < 60 s and < 2 GB; time(10k) / time(1k) <= 12;
`briefing build seeds` < 1 s wall including interpreter start.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SEEDS = ROOT / "seeds"
SYLLABLES = "ka lo mir ten sa vor el da rin pa tul ne gor bi las fen ul ro zan mei".split()
_CAPITAL = re.compile(r"\b[A-Z][a-z]+(?:['’][a-z]+)?\b")
_NUMBER = re.compile(r"\d+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
KEEP_CAPITALS = frozenset(
    "The A An In On At But And He She It They We I This That Mr Mrs Ms".split()
)


def base_events() -> list[list[dict[str, str]]]:
    """Return base events: lists of {title, text, outlet} from the eval data, else the seeds."""
    events: list[list[dict[str, str]]] = []
    basil = EVAL / "basil" / "dev.jsonl"
    polnear = EVAL / "polnear" / "dev.jsonl"
    if basil.exists():
        for line in basil.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            events.append(
                [
                    {
                        "title": a.get("title") or record["main_event"],
                        "text": "\n\n".join(" ".join(p) for p in a["body_paragraphs"]),
                        "outlet": a["source"],
                    }
                    for a in record["articles"]
                ]
            )
    if polnear.exists():
        for line in polnear.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            item = {"title": record["title"], "text": record["text"], "outlet": record["publisher"]}
            events.append([dict(item, outlet=f"{item['outlet']}-{k}") for k in range(3)])
    if not events:
        from briefing.stages.ingest import load

        loaded = load([SEEDS])
        events.append(
            [
                {"title": a.title, "text": a.text[a.body_start :], "outlet": a.outlet or a.id}
                for a in loaded.articles
            ]
        )
    return events


def invented_name(rng: random.Random) -> str:
    """Return a made-up capitalised name."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def make_corpus(folder: Path, size: int, seed: int) -> int:
    """Write `size` distinct synthetic articles into `folder`; return the number of events."""
    rng = random.Random(seed)
    bases = base_events()
    written = 0
    copy = 0
    while written < size:
        base = bases[copy % len(bases)]
        names: dict[str, str] = {}
        numbers: dict[str, str] = {}

        def rename(match: re.Match[str], names: dict[str, str] = names) -> str:
            word = match.group(0)
            if word in KEEP_CAPITALS:
                return word
            if word not in names:
                names[word] = invented_name(rng)
            return names[word]

        def renumber(match: re.Match[str], numbers: dict[str, str] = numbers) -> str:
            value = match.group(0)
            if value not in numbers:
                low = 10 ** (len(value) - 1) if len(value) > 1 else 0
                numbers[value] = str(rng.randint(low, 10 ** len(value) - 1))
            return numbers[value]

        day = 738000 + rng.randint(0, 3 * 365)
        for number, article in enumerate(base):
            if written >= size:
                break
            kept = [
                s
                for paragraph in article["text"].split("\n\n")
                for s in _SENTENCE.split(paragraph)
                if s.strip() and rng.random() < 0.8
            ]
            text = " ".join(kept) or article["text"]
            text = _NUMBER.sub(renumber, _CAPITAL.sub(rename, text))
            title = _NUMBER.sub(renumber, _CAPITAL.sub(rename, article["title"]))
            published = time.strftime(
                "%Y-%m-%d", time.gmtime((day + rng.randint(0, 1) - 719163) * 86400)
            )
            front = (
                f"---\ntitle: {json.dumps(title)}\noutlet: {article['outlet']}\n"
                f"published: {published}\n---\n"
            )
            (folder / f"c{copy:05d}-{number}.md").write_text(front + text + "\n", encoding="utf-8")
            written += 1
        copy += 1
    return copy


def run_one(folder: Path) -> dict[str, float]:
    """Build the digest of `folder` in this process; return wall time, counts and peak memory."""
    from briefing.digest.build import DigestOptions, digest_sources
    from briefing.digest.fetch import FetchOptions
    from briefing.pipeline import BuildOptions

    started = time.perf_counter()
    result = digest_sources(
        [str(folder)],
        BuildOptions(title="Digest"),
        DigestOptions(),
        fetch=FetchOptions(state_dir=None),
    )
    seconds = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "articles": float(result.counts.articles),  # type: ignore[arg-type]
        "groups": float(result.counts.groups),  # type: ignore[arg-type]
        "built": float(result.counts.stories_built),  # type: ignore[arg-type]
        "stories": float(len(result.brief.stories)),
        "seconds": seconds,
        "max_rss_mb": max(own, children) / 1024.0,
    }


def seeds_build(repeats: int = 3) -> list[float]:
    """Return wall times of `briefing build seeds` as a subprocess (interpreter start included)."""
    exe = Path(sys.executable).with_name("briefing")
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(repeats):
            started = time.perf_counter()
            subprocess.run(
                [str(exe), "build", str(SEEDS), "--out", str(Path(tmp) / "out")],
                check=True,
                capture_output=True,
            )
            times.append(time.perf_counter() - started)
    return times


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print one line per size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(run_one(args.one)))
        return 0
    source = "BASIL + PolNeAR" if (EVAL / "basil").exists() else "seeds (no ../shared/eval)"
    print(f"corpora from {source}, seed {args.seed}, {os.cpu_count()} cores")
    timings: dict[int, float] = {}
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            events = make_corpus(folder, size, args.seed)
            out = subprocess.run(
                [sys.executable, "-m", "benchmarks.bench_scale", "--one", str(folder)],
                check=True,
                capture_output=True,
                text=True,
                cwd=ROOT,
            )
        figures = json.loads(out.stdout.strip().splitlines()[-1])
        timings[size] = figures["seconds"]
        print(
            f"{size:>6} articles ({events} events): {figures['seconds']:.2f} s, "
            f"{figures['articles'] / figures['seconds']:.0f} articles/s, "
            f"peak RSS {figures['max_rss_mb']:.0f} MB; {int(figures['groups'])} stories found, "
            f"{int(figures['built'])} built, {int(figures['stories'])} in the digest"
        )
    if 1000 in timings and 10000 in timings:
        print(f"time ratio 10k/1k: {timings[10000] / timings[1000]:.1f} (target <= 12)")
    times = seeds_build()
    print(
        f"briefing build seeds: median {statistics.median(times):.2f} s wall "
        f"(runs: {', '.join(f'{t:.2f}' for t in times)}; target < 1 s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
