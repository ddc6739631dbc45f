"""Wire-copy benchmark: one story reprinted by N outlets beside an ordinary two-article story.

    .venv/bin/python -m benchmarks.bench_wire [--sizes 100,1000,3000]

Each reprint carries its own byline and copyright line and a third are trimmed of their last
sentence (made-up text, no eval data). Reported per N: the stories grouped, the digest's stories
and their independent source counts, and the time of grouping and of the whole digest.
Targets: the reprints are ONE story with ONE independent source at every N, beside the other
story; 3,000 reprints digest in under 10 s (2 cores).
"""

from __future__ import annotations

import argparse
import time

from briefing.digest.build import DigestOptions, build_digest
from briefing.digest.events import group_stories
from briefing.pipeline import BuildOptions
from briefing.records import Article

WIRE = (
    "A magnitude 6.1 earthquake struck off the coast of Verlandia early on Tuesday, the "
    "national seismic office said. Residents of the port of Ostrava Bay felt shaking for about "
    "thirty seconds, and some older buildings lost windows. Civil protection chief Helena Marsk "
    "said there were no deaths, but four people were treated for minor injuries. The seismic "
    "office said the quake was centred twenty kilometres offshore at a depth of ten kilometres. "
    "Officials lifted a tsunami warning after ninety minutes, Marsk told reporters."
)
OTHER = [
    (
        "fire-a",
        "Warehouse fire in Brockton",
        "A fire destroyed a furniture warehouse in Brockton on Monday, fire chief Dana Morrow "
        "said. Firefighters from Halsey fought the blaze for six hours. Morrow said no workers "
        "were hurt.",
    ),
    (
        "fire-b",
        "Blaze guts Brockton warehouse",
        "Flames tore through a furniture warehouse in Brockton on Monday and the roof collapsed. "
        "Fire chief Dana Morrow said crews from Halsey helped. No workers were injured, Morrow "
        "said.",
    ),
]


def corpus(n: int) -> list[Article]:
    """`n` reprints of the wire story, then the two-article fire story."""
    articles = []
    for i in range(n):
        body = WIRE if i % 3 else WIRE.rsplit(". ", 1)[0] + "."
        articles.append(
            Article(
                id=f"wire-{i}",
                title="Earthquake shakes Verlandia coast",
                text=f"By Staff of Outlet {i}\n\n{body}\n\n(c) Outlet {i}; all rights reserved.",
                outlet=f"Outlet {i}",
                published="2024-05-07",
            )
        )
    for article_id, title, text in OTHER:
        articles.append(
            Article(
                id=article_id, text=text, title=title, outlet=article_id, published="2024-05-07"
            )
        )
    return articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,3000")
    args = parser.parse_args(argv)
    for n in (int(s) for s in args.sizes.split(",")):
        articles = corpus(n)
        started = time.perf_counter()
        groups = group_stories(articles)
        grouped = time.perf_counter() - started
        started = time.perf_counter()
        result = build_digest(articles, BuildOptions(title="Digest"), DigestOptions(workers=2))
        digested = time.perf_counter() - started
        wire = [s for s in result.brief.stories if "wire-0" in s.articles]
        found = f"{wire[0].independent_groups} independent source(s)" if wire else "MISSING"
        print(
            f"{n:>5} reprints: {len(groups)} stories grouped (largest {max(map(len, groups))}); "
            f"digest {len(result.brief.stories)} stories, wire story: {found}; "
            f"grouping {grouped:.1f} s, digest {digested:.1f} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
