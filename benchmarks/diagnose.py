"""Why a brief says what it says: the pipeline owner's magnifying glass on single events.

    python -m benchmarks.diagnose dump OUT ROOT [ROOT ...]
    python -m benchmarks.diagnose why FOLDER [FACT ...]
    python -m benchmarks.diagnose sides FOLDER [NAME ...]
    python -m benchmarks.diagnose packets OUT NAME=FOLDER [NAME=FOLDER ...]
    python -m benchmarks.diagnose folders OUT

An event FOLDER holds the three article files of one event (`fox.md`, `nyt.md`, `hpo.md`) and
its `gold.json` (the dev-gold format, see README.md); a ROOT is such a folder or a folder of them
(`benchmarks/data/events/set-a`).

`dump` writes the text of every brief under the ROOTs into the file OUT: headline, summary,
facts with the outlet each is worded from and those it cites, each side with its quotes, and the
people quoted on no side. Two dumps of one set, before and after a change, compared with `diff`,
show what the change did to every brief; `cmp` proves a refactoring changed nothing.

`why` takes the gold facts the brief misses (or the numbered ones given) and prints, for each,
the article sentences that hold its keyword groups, whether each may word a fact or only
support one (and why not), which pairs the citation test confirms, and a category: A (fewer than
two outlets have such a sentence), B (none may word a fact), C (no other outlet's sentence
confirms one that may), D (confirmed, yet not shown). The keyword groups only find the
sentences to look at; the pipeline never reads them.

`sides` prints the story's camps (actor, target, the thing the sides are about, a refusal) and
each quoted group's stance, score and the evidence that placed it: the first place to look when
a speaker lands on the wrong side or on none.

`packets` writes blind-annotation packets (see `benchmarks.annotate`) for invented events; each
NAME names its packet file. `folders` writes the 30 BASIL dev events as event folders with their
gold (`e000`..`e029`), for `eval_gold --events OUT` and the commands above; it needs
../shared/eval and prints the skip line without it. Packets and BASIL folders hold article text:
write them outside the repository (or under the git-ignored out/), never commit them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchmarks.common import SKIP_MESSAGE, build_folder, eval_dir, read_jsonl
from benchmarks.eval_gold import matches

OUTLETS = ("fox", "nyt", "hpo")


def event_folders(root: Path) -> list[Path]:
    """Return `root` when it is one event's folder, else the event folders in it, by name."""
    if any(root.glob("*.md")):
        return [root]
    return sorted(p for p in root.iterdir() if p.is_dir())


def brief_lines(folder: Path) -> list[str]:
    """Return the brief of one event folder as text lines (see the module's `dump`)."""
    lines: list[str] = []
    for story in build_folder(folder).brief.stories:
        lines += [f"H: {story.headline}", f"S: {story.summary}"]
        for fact in (*story.summary_facts, *story.facts):
            lines.append(f"F [{fact.source}->{','.join(fact.sources)}] {fact.text}")
        for point in story.disputed:
            told = " | ".join(f"{v.value} [{','.join(v.sources)}]" for v in point.variants)
            lines.append(f"D {point.topic}: {told}")
        for side in story.sides:
            lines.append(f"SIDE {side.stance}: {side.label}")
            for tag, quotes in (("Q", side.quotes), ("M", side.more)):
                lines += [
                    f"  {tag} {q.speaker} | {q.role} | {q.organization}: {q.text}" for q in quotes
                ]
        lines += [f"  U {q.speaker} | {q.role}: {q.text}" for q in story.unplaced]
    return lines


def dump(out: Path, roots: list[Path]) -> int:
    """Write the briefs of every event under `roots` into `out`; return how many."""
    lines: list[str] = []
    count = 0
    for root in roots:
        for folder in event_folders(root):
            lines += ["", f"######## {root.name}/{folder.name}", *brief_lines(folder)]
            count += 1
    out.write_text("\n".join(lines) + "\n")
    return count


class _Captured:
    """What `facts.consensus` saw and returned in one build (its candidates, documents and
    source groups), captured by wrapping it for the duration of a `with` block."""

    def __init__(self) -> None:
        self.seen: dict[str, Any] = {}

    def __enter__(self) -> _Captured:
        import briefing.stages.facts as facts

        self._facts = facts
        self._original: Callable[..., Any] = facts.consensus

        def wrapped(docs: Any, groups: Any, lexicon: Any, **options: Any) -> Any:
            result = self._original(docs, groups, lexicon, **options)
            self.seen.update(docs=docs, groups=groups, result=result)
            return result

        facts.consensus = wrapped  # type: ignore[assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        self._facts.consensus = self._original  # type: ignore[assignment]


def why(folder: Path, wanted: set[int] | None = None) -> Iterator[str]:
    """Yield, for each gold fact of `folder` the brief misses (or each in `wanted`), the
    sentences that hold its keyword groups, how the pipeline took them, and a category."""
    from briefing.stages.facts import _confirms, article_words, topic_names

    gold = json.loads((folder / "gold.json").read_text())
    with _Captured() as captured:
        brief = build_folder(folder).brief
    texts = [f.text for s in brief.stories for f in (*s.summary_facts, *s.facts)]
    cands = captured.seen["result"].candidates
    docs = captured.seen["docs"]
    topic, known = topic_names(docs), article_words(docs)
    for n, fact in enumerate(gold["facts"]):
        stated = any(matches(text, fact["all"]) for text in texts)
        if (wanted is None and stated) or (wanted is not None and n not in wanted):
            continue
        yield f"=== gold {n} {'stated' if stated else 'MISSED'} {fact['outlets']}: {fact['claim']}"
        found = [i for i, c in enumerate(cands) if matches(c.sentence.text, fact["all"])]
        for i in found:
            cand = cands[i]
            yield (
                f" [{i}] {cand.sentence.article} #{cand.sentence.index} may word a fact: "
                f"{cand.wording_ok}, may support one: {cand.support_ok}"
                + (f" ({cand.why})" if cand.why else "")
            )
            yield f"      {cand.sentence.text}"
            if cand.wording and cand.wording.plain != cand.sentence.text:
                yield f"      worded: {cand.wording.plain}"
        confirmed: dict[int, set[str]] = {}
        for i in (i for i in found if cands[i].wording_ok):
            confirmed[i] = set()
            for j in found:
                if cands[j].sentence.article == cands[i].sentence.article:
                    continue
                ok = _confirms(cands, i, j, topic, known)
                if ok:
                    confirmed[i].add(cands[j].sentence.article)
                yield f"   [{j}] confirms [{i}]: {ok}"
        if len({cands[i].sentence.article for i in found}) < 2:
            category = "A: fewer than two outlets have such a sentence"
        elif not confirmed:
            category = "B: no such sentence may word a fact"
        elif not any(confirmed.values()):
            category = "C: no other outlet's sentence confirms one that may"
        else:
            category = "D: confirmed, yet not shown"
        yield f"  category {category}"


def sides(folder: Path, names: list[str]) -> Iterator[str]:
    """Yield the story's camps and each quoted group's stance with its evidence (only the
    speakers whose names hold one of `names`, when given)."""
    import briefing.stages.quotes.sides as module

    lines: list[str] = []
    original = module._place_sides

    def wrapped(groups: Any, articles: Any, actors: Any = None, thing: Any = None,
                camps: Any = None, refusal: Any = None) -> Any:  # fmt: skip
        result = original(groups, articles, actors, thing, camps, refusal)
        lines.append(f"thing {thing!r}, refusal {refusal!r}, actors {actors}")
        lines.append(f"camps {camps}")
        for group in groups:
            speaker = group.speaker or "?"
            if names and not any(n.lower() in speaker.lower() for n in names):
                continue
            lines.append(
                f"--- {speaker} ({group.organization}; {group.role}) -> {group.stance} "
                f"{group.score:+.2f}: {group.items[0].span.text[:100]!r}"
            )
            lines.extend(f"       {e}" for e in group.evidence)
        return result

    module._place_sides = wrapped  # type: ignore[assignment]
    try:
        build_folder(folder)
    finally:
        module._place_sides = original  # type: ignore[assignment]
    yield from lines


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """Return the front matter fields and the body of an invented article file."""
    if not text.startswith("---"):
        return {}, text.strip()
    _, head, body = text.split("---", 2)
    fields = dict(line.split(": ", 1) for line in head.strip().splitlines() if ": " in line)
    return fields, body.strip()


def write_set_packets(out: Path, specs: list[str]) -> int:
    """Write one annotation packet per NAME=FOLDER spec into `out`; return how many."""
    from benchmarks.annotate import folder_packet

    out.mkdir(parents=True, exist_ok=True)
    for spec in specs:
        name, _, where = spec.partition("=")
        folder = Path(where)
        articles = []
        for outlet in OUTLETS:
            fields, body = front_matter((folder / f"{outlet}.md").read_text())
            articles.append((outlet, fields.get("title", ""), fields.get("published"), body))
        text, _ = folder_packet(name, articles, folder)
        (out / f"{name}.txt").write_text(text)
    return len(specs)


def write_basil_folders(out: Path) -> int:
    """Write the BASIL dev events as event folders with their gold; 0 when the data is absent."""
    from benchmarks.eval_basil import write_event

    data = eval_dir()
    if data is None or not (data / "basil" / "dev-gold.jsonl").is_file():
        print(SKIP_MESSAGE)
        return 0
    events = read_jsonl(data / "basil" / "dev.jsonl")
    golds = read_jsonl(data / "basil" / "dev-gold.jsonl")
    for gold in golds:
        folder = out / f"e{gold['event']:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        write_event(events[gold["event"]], folder)
        (folder / "gold.json").write_text(json.dumps(gold, indent=1))
    return len(golds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("dump", help="write every brief's text into one file")
    p.add_argument("out", type=Path)
    p.add_argument("roots", type=Path, nargs="+")
    p = sub.add_parser("why", help="why the brief misses gold facts")
    p.add_argument("folder", type=Path)
    p.add_argument("facts", type=int, nargs="*")
    p = sub.add_parser("sides", help="camps and each speaker's stance and evidence")
    p.add_argument("folder", type=Path)
    p.add_argument("names", nargs="*")
    p = sub.add_parser("packets", help="annotation packets for invented events")
    p.add_argument("out", type=Path)
    p.add_argument("specs", nargs="+", metavar="NAME=FOLDER")
    p = sub.add_parser("folders", help="the BASIL dev events as event folders with gold")
    p.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        print(f"wrote {dump(args.out, args.roots)} briefs to {args.out}")
    elif args.command == "why":
        for line in why(args.folder, set(args.facts) or None):
            print(line)
    elif args.command == "sides":
        for line in sides(args.folder, args.names):
            print(line)
    elif args.command == "packets":
        print(f"wrote {write_set_packets(args.out, args.specs)} packets to {args.out}")
    else:
        print(f"wrote {write_basil_folders(args.out)} event folders to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
