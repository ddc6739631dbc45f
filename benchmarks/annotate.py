"""Blind annotation of BASIL dev briefs: write the packets, then sum up the annotators' lines.

    python -m benchmarks.annotate packets --out DIR [--events 0-9]
    python -m benchmarks.annotate figures FILE.jsonl [FILE.jsonl ...]
    python -m benchmarks.annotate uncited --out DIR [--events 0-9]
    python -m benchmarks.annotate recheck FILE.jsonl [FILE.jsonl ...]

`packets` writes one text file per event (`e007.txt`): the three articles (ids fox, nyt, hpo),
then the brief's headline, summary, FACTs (worded from / cites) and QUOTEs by side (S1.. support,
O1.. oppose). Hand a helper ../shared/eval/ANNOTATE.md and ten packets; it appends one JSON line
per event. `figures` reads those lines and prints the citation, readability, quote and
usefulness figures. The packets hold the articles' text: write them outside the repository
(or under the git-ignored out/), never commit them.

`uncited` measures what the brief fails to cite: each packet ends with a CHECK list, one JSON
line per fact and outlet the fact does not cite. A helper given UNCITED_BRIEF (below) appends,
per line, {"event", "fact", "outlet", "verdict": "full"|"core"|"no", "sentences": [...]}: does
that outlet itself state the fact? `recheck` then rebuilds the briefs and reports, for the judged
facts a brief still shows, how many pairs the helpers confirmed it now cites (recall of citations)
and how many pairs they judged "no" it now cites (false citations, which must stay at zero): a
fixed set of human judgements to measure each change to the citation test against.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.common import SKIP_MESSAGE, build_folder, eval_dir, read_jsonl
from benchmarks.eval_basil import event_articles, write_event
from briefing.output.views import shown_sources

OUTLET_NAMES = {"fox": "Fox News", "nyt": "New York Times", "hpo": "HuffPost"}


def _event_range(spec: str, total: int) -> list[int]:
    numbers: list[int] = []
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        numbers.extend(range(int(lo), int(hi or lo) + 1))
    return [n for n in numbers if 0 <= n < total]


def packet(number: int, event: dict[str, Any], folder: Path) -> tuple[str, Any]:
    """Return the annotation packet of one event (its articles, then its brief) and the
    brief."""
    articles = [
        (article.id, article.title, raw.get("date"), article.body)
        for raw, article in zip(event["articles"], event_articles(event), strict=True)
    ]
    write_event(event, folder)
    return folder_packet(f"e{number:03d}", articles, folder)


def folder_packet(
    name: str, articles: list[tuple[str, str, str | None, str]], folder: Path
) -> tuple[str, Any]:
    """Return the annotation packet of the event whose article files are in `folder`, given
    as (id, title, date, body) to show the annotator, and the brief built from the folder."""
    lines = [f"EVENT {name}", ""]
    for article_id, title, date, body in articles:
        lines += [
            f"=== ARTICLE {article_id} ({OUTLET_NAMES.get(article_id, article_id)})",
            f"TITLE: {title}",
            f"DATE: {date or 'unknown'}",
            "",
            body,
            "",
        ]
    brief = build_folder(folder).brief
    lines += ["=== BRIEF (automatic)", ""]
    for story in brief.stories:
        lines += [f"HEADLINE: {story.headline}", f"SUMMARY: {story.summary}", ""]
        # facts the summary states come first (they are the brief's facts 1-2 when present);
        # the brief shows them once, in the summary, and lists the others below it
        stated = list(getattr(story, "summary_facts", []))
        for i, fact in enumerate([*stated, *story.facts], 1):
            cites = ", ".join(dict.fromkeys(fact.sources))
            where = (
                " (the summary's sentence; the brief does not list it again)"
                if i <= len(stated)
                else ""
            )
            lines += [
                f"FACT F{i}: {fact.text}",
                f"  worded from: {fact.source}; cites: {cites}{where}",
            ]
        lines.append("")
        for side in story.sides:
            prefix = "S" if side.stance == "support" else "O"
            lines.append(f"SIDE {side.stance}: {side.label}")
            shown = [*side.quotes, *side.more]
            if not shown and side.note:
                lines.append(f"  (note: {side.note})")
            for i, quote in enumerate(shown, 1):
                who = quote.credit
                # as the email shows it: the wording cited to the articles that printed it,
                # each other article's wording apart
                where = ", ".join(shown_sources(quote))
                lines += [
                    f"QUOTE {prefix}{i}: “{quote.text}”",
                    f"  speaker: {who or 'unknown'}; in: {where}",
                ]
                lines += [
                    f"  also worded, in {', '.join(v.sources)}: “{v.text}”"
                    for v in quote.variants
                    if v.text.split() != quote.text.split()
                ]
            lines.append("")
        if story.unplaced:
            # people quoted whom the tool puts on no side: judged like the others, with side
            # "neither" when the annotator agrees no side holds them
            lines.append("SIDE none: Also quoted (the tool gives them no side)")
            for i, quote in enumerate(story.unplaced, 1):
                where = ", ".join(dict.fromkeys(quote.sources))
                lines += [
                    f"QUOTE N{i}: “{quote.text}”",
                    f"  speaker: {quote.credit or 'unknown'}; in: {where}",
                ]
            lines.append("")
    return "\n".join(lines) + "\n", brief


def _dev_events() -> list[dict[str, Any]] | None:
    """Return the BASIL dev events, or None (after the skip line) when the data is absent."""
    data = eval_dir()
    if data is None or not (data / "basil" / "dev.jsonl").is_file():
        print(SKIP_MESSAGE)
        return None
    return read_jsonl(data / "basil" / "dev.jsonl")


def write_packets(out: Path, spec: str, *, check: bool = False) -> int:
    """Write the packets of the events in `spec` into `out`; return how many (with `check`,
    how many pairs their CHECK lists hold, and the helpers' instructions as BRIEF.txt)."""
    events = _dev_events()
    if events is None:
        return 0
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    with tempfile.TemporaryDirectory(prefix="annotate-") as tmp:
        for number in _event_range(spec, len(events)):
            folder = Path(tmp) / f"e{number:03d}"
            folder.mkdir()
            text, brief = packet(number, events[number], folder)
            if check:
                pairs = uncited_pairs(brief)
                text += (
                    "\n".join(
                        ["=== CHECK (one JSON line each: does OUTLET itself state FACT?)"]
                        + [
                            json.dumps({"event": f"e{number:03d}", **pair}, ensure_ascii=False)
                            for pair in pairs
                        ]
                    )
                    + "\n"
                )
            (out / f"e{number:03d}.txt").write_text(text, encoding="utf-8")
            count += len(pairs) if check else 1
    if check:
        (out / "BRIEF.txt").write_text(UNCITED_BRIEF + "\n", encoding="utf-8")
        print(f"wrote {count} pairs to check in {out}")
    else:
        print(f"wrote {count} packets to {out}")
    return count


UNCITED_BRIEF = """You are a careful news editor. Each packet holds three articles on one event
and an automatic brief; its CHECK list names, per line, a FACT (one sentence from one article;
square brackets mark the tool's words) and an OUTLET the brief does not cite for it. Read that
outlet's article fully and judge whether it itself states the fact: "full" (everything the fact
asserts), "core" (the main claim: the same actor doing the same act to the same thing, some
details missing) or "no" (only the topic, a related claim, or a contradiction). For "full" or
"core" copy verbatim the sentence(s) that state it. Append one JSON line per CHECK line:
{"event", "fact", "outlet", "verdict", "sentences": [...], "why": "<a few words>"}."""


def uncited_pairs(brief: Any) -> list[dict[str, str]]:
    """Return, for each fact of the brief, the BASIL outlets it does not cite."""
    pairs = []
    for story in brief.stories:
        for fact in [*story.summary_facts, *story.facts]:
            for outlet in OUTLET_NAMES:
                if outlet not in fact.sources:
                    pairs.append({"fact": fact.text, "outlet": outlet})
    return pairs


def recheck(paths: list[Path]) -> dict[str, float]:
    """Return the citation figures of today's briefs against helpers' judged pairs."""
    judged: dict[str, list[dict[str, Any]]] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                judged.setdefault(str(row["event"]), []).append(row)
    events = _dev_events()
    if events is None:
        return {}
    tally: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="recheck-") as tmp:
        for event, rows in sorted(judged.items()):
            folder = Path(tmp) / event
            folder.mkdir()
            write_event(events[int(event.lstrip("e"))], folder)
            shown = {
                f.text: set(f.sources)
                for story in build_folder(folder).brief.stories
                for f in [*story.summary_facts, *story.facts]
            }
            for row in rows:
                tally["pairs judged"] += 1
                sources = shown.get(str(row["fact"]))
                if sources is None:
                    continue  # the brief no longer shows this fact
                stated = row["verdict"] in ("full", "core")
                tally[
                    "still shown, outlet states it" if stated else "still shown, outlet does not"
                ] += 1
                if row["outlet"] in sources:
                    tally["now cited, states it" if stated else "now cited, does not"] += 1
    states, not_states = (
        tally["still shown, outlet states it"],
        tally["still shown, outlet does not"],
    )
    return {
        "pairs judged": tally["pairs judged"],
        "pairs whose fact the brief still shows": states + not_states,
        "of those the outlet states (full/core)": states,
        "cited now, of those it states": tally["now cited, states it"] / states if states else 0.0,
        "cited now, of those it does not (must be 0)": tally["now cited, does not"],
    }


def figures(paths: list[Path]) -> dict[str, float]:
    """Return the annotators' figures over every JSON line in `paths`."""
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    support: Counter[str] = Counter()
    facts = checkable = alone = 0
    quotes = speaker_ok = relevant = on_side = placed = neither = 0
    unplaced = unplaced_sided = 0
    both_avail = both_shown = 0
    for row in rows:
        for fact in row.get("facts", []):
            facts += 1
            checkable += bool(fact.get("checkable"))
            alone += bool(fact.get("self_contained"))
            for verdict in (fact.get("support") or {}).values():
                support[str(verdict)] += 1
        sides_seen = set()
        for quote in row.get("quotes", []):
            quotes += 1
            speaker_ok += bool(quote.get("speaker_ok"))
            relevant += bool(quote.get("relevant"))
            label = str(quote.get("id", ""))
            judged = quote.get("side")
            if label.startswith("N"):
                # shown apart, on no side: the annotator may find a side the tool missed
                unplaced += 1
                unplaced_sided += judged in ("support", "oppose")
                continue
            brief_side = "support" if label.startswith("S") else "oppose"
            if judged == "neither":
                neither += 1
            else:
                placed += 1
                if judged == brief_side:
                    on_side += 1
                    sides_seen.add(brief_side)
        if row.get("both_sides_available"):
            both_avail += 1
            both_shown += sides_seen == {"support", "oppose"}
    cites = sum(support.values())
    use = [row["usefulness"] for row in rows if isinstance(row.get("usefulness"), int | float)]
    return {
        "events": len(rows),
        "facts": facts,
        "citations judged": cites,
        "citations full": support["full"] / cites if cites else 0.0,
        "citations core": support["core"] / cites if cites else 0.0,
        "citations no": support["no"] / cites if cites else 0.0,
        "facts checkable": checkable / facts if facts else 0.0,
        "facts readable alone": alone / facts if facts else 0.0,
        "quotes": quotes,
        "quotes per brief": quotes / len(rows) if rows else 0.0,
        "speaker right": speaker_ok / quotes if quotes else 0.0,
        "quote relevant": relevant / quotes if quotes else 0.0,
        "quotes judged neither side": neither / quotes if quotes else 0.0,
        "also-quoted (no side) shown": unplaced,
        "of those, the annotator puts on a side": unplaced_sided / unplaced if unplaced else 0.0,
        "on the annotator's side (of those placed)": on_side / placed if placed else 0.0,
        "both sides shown where available": both_shown / both_avail if both_avail else 0.0,
        "usefulness (1-5)": sum(use) / len(use) if use else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the `packets` or `figures` command; return the exit code."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.annotate", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("packets", help="Write one annotation packet per event.")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--events", default="0-29", help="Event numbers, e.g. 0-9 or 3,5,7.")
    f = sub.add_parser("figures", help="Sum up annotators' JSON lines.")
    f.add_argument("files", type=Path, nargs="+")
    u = sub.add_parser("uncited", help="Write packets listing each fact's uncited outlets.")
    u.add_argument("--out", type=Path, required=True)
    u.add_argument("--events", default="0-29", help="Event numbers, e.g. 0-9 or 3,5,7.")
    r = sub.add_parser("recheck", help="Score today's citations against judged pairs.")
    r.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.command == "packets":
        write_packets(args.out, args.events)
        return 0
    if args.command == "uncited":
        write_packets(args.out, args.events, check=True)
        return 0
    found = figures(args.files) if args.command == "figures" else recheck(args.files)
    for key, value in found.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        print(f"{key:45} {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
