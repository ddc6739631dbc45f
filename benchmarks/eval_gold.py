"""BASIL dev gold: score each event's brief against what editors wrote (dev-gold.jsonl).

Run: `.venv/bin/python -m benchmarks.eval_gold [--limit N] [--json] [--verbose] [--check]`.

The gold (../shared/eval/basil/dev-gold.jsonl, described in ../shared/eval/README.md) was written
by people who read the three articles of each event: the agreed facts (each with keyword groups
and the outlets that state it) and the people quoted on each side of the central action. Nothing
here uses the pipeline's own notion of agreement; the scoring rules are the README's:

- a brief fact *matches* a gold fact when its text contains one alternative of every keyword
  group (case-insensitive substring);
- fact recall: gold facts matched by one of the brief's facts; fact precision: the brief's facts
  that match some gold fact (gold lists only the 7 most important, so this is a floor);
- gold citations: for each brief fact that matches a gold fact, its cited articles that the gold
  lists as stating that fact (an independent check of "outlet X states this");
- speakers found: gold speakers (surname as printed) quoted anywhere in the brief's sides, and of
  those the share on the gold side; both sides: events with a gold speaker shown on each side,
  among events whose articles quote both sides;
- key quotes: of the gold speakers shown as a side's main quotes, the share whose shown words
  hold one of the phrases the editors noted from their quotes (`key`): the strongest quote,
  not an aside or a scheduling remark.

The keyword groups are a scoring device, not a recipe: the pipeline must never read them.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from benchmarks.common import Evaluation, build_folder, read_jsonl, run_evaluation, short
from benchmarks.eval_basil import write_event

RECALL_TARGET = 0.65
PRECISION_TARGET = 0.80
FACTS_TARGET = 4.0
SPEAKERS_TARGET = 0.55
SIDE_TARGET = 0.85
BOTH_SIDES_TARGET = 0.80
GENERIC_TARGET = 0.15

# A fact that opens on one of these leans on the sentence before it.
DANGLING_OPENERS = frozenset(
    """he she it they them his her its their this that these those such also however but and so
    yet still meanwhile moreover furthermore instead then there here the move the decision
    """.split()
)
# Side labels that name no camp: every word is one of these.
GENERIC_LABEL_WORDS = frozenset(
    "what who the a supporters supporter critics critic opponents opponent say says said "
    "for against in favor favour of it this side those backers".split()
)
_WORD = re.compile(r"[A-Za-z’']+")


def matches(text: str, groups: list[list[str]]) -> bool:
    """Return whether `text` holds one alternative of every keyword group (case-insensitive)."""
    low = text.lower()
    return all(any(alt.lower() in low for alt in group) for group in groups)


def dangling(text: str) -> bool:
    """Return whether a fact opens on a pronoun, demonstrative or connective."""
    first = _WORD.findall(text.lstrip("[“\"'‘"))[:2]
    if not first:
        return False
    one = first[0].lower()
    two = " ".join(w.lower() for w in first)
    return (one in DANGLING_OPENERS and one != "the") or two in DANGLING_OPENERS


def generic_label(label: str) -> bool:
    """Return whether a side label names no camp ("What supporters say")."""
    words = [w.lower() for w in _WORD.findall(label)]
    return not words or all(w in GENERIC_LABEL_WORDS for w in words)


def _speaker_text(quote: Any) -> str:
    return " ".join(x for x in (quote.speaker, quote.organization) if x)


def _plain(text: str) -> str:
    """Return lower-case words only, one apostrophe: how key phrases are looked up."""
    return " ".join(re.findall(r"[a-z0-9']+", text.lower().replace("’", "'")))


def _folded(text: str) -> str:
    """Lower case, accents and curly apostrophes folded: "O’Neill" is "o'neill", "Calderón"
    is "calderon" (one name as two outlets print it)."""
    plain = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


def _names(surname: str, text: str) -> bool:
    """Return whether `text` holds the name `surname` as a word, however it is printed."""
    return re.search(rf"(?<![\w]){re.escape(_folded(surname))}(?![\w])", _folded(text)) is not None


def evaluate(data: Path, limit: int | None = None, verbose: bool = False) -> Evaluation:
    """Return the gold figures for the events in `data`/basil/dev-gold.jsonl."""
    gold = read_jsonl(data / "basil" / "dev-gold.jsonl", limit)
    events = read_jsonl(data / "basil" / "dev.jsonl")
    with tempfile.TemporaryDirectory(prefix="eval-gold-") as tmp:
        items = []
        for g in gold:
            folder = Path(tmp) / f"event{g['event']:03d}"
            folder.mkdir()
            write_event(events[g["event"]], folder)
            items.append((f"[{g['event']:02d}]", folder, g))
        return score_events(
            items, "BASIL dev gold: briefs against the editors' facts and sides", verbose
        )


def evaluate_folders(root: Path, verbose: bool = False) -> Evaluation:
    """Return the gold figures for events kept as folders: each subfolder of `root` holds one
    event's article files and a `gold.json` in the dev-gold format (see
    `../shared/eval/README.md`), as the invented events of `benchmarks/data/events` do."""
    items = [
        (f"[{folder.name}]", folder, json.loads((folder / "gold.json").read_text("utf-8")))
        for folder in sorted(p for p in root.iterdir() if (p / "gold.json").is_file())
    ]
    return score_events(items, f"{root.name}: briefs against the written gold", verbose)


def score_events(
    items: list[tuple[str, Path, dict[str, Any]]], title: str, verbose: bool = False
) -> Evaluation:
    """Build each event's brief from its folder and score it against its gold."""
    result = Evaluation(title)
    n = len(items)
    built = facts_total = gold_total = gold_found = brief_matched = 0
    cited = cited_ok = openers = summary_repeats = summary_main = summary_gold = 0
    gold_others = gold_others_cited = 0
    speakers_total = speakers_found = speakers_right = speakers_visible = 0
    keyed = keyed_hit = 0
    both_possible = both_shown = labels = generic = 0
    for tag, folder, g in items:
        gold_facts = g["facts"]
        gold_total += len(gold_facts)
        support = [s["speaker"] for s in g.get("support", [])]
        oppose = [s["speaker"] for s in g.get("oppose", [])]
        speakers_total += len(support) + len(oppose)
        if g.get("both_sides_available"):
            both_possible += 1
        try:
            story_list = build_folder(folder).brief.stories
        except Exception as exc:  # noqa: BLE001 - a failed event is a figure, not a crash
            result.details.append(f"{tag} build failed: {type(exc).__name__}: {exc}")
            continue
        if not story_list:
            result.details.append(f"{tag} no story")
            continue
        built += 1
        # the summary's facts are stated and cited too (the list starts after them)
        facts = [f for s in story_list for f in (*s.summary_facts, *s.facts)]
        facts_total += len(facts)
        found = [False] * len(gold_facts)
        for fact in facts:
            hit = [i for i, gf in enumerate(gold_facts) if matches(fact.text, gf["all"])]
            for i in hit:
                found[i] = True
            if hit:
                brief_matched += 1
                ok_outlets = set(gold_facts[hit[0]]["outlets"])
                # the other outlets the gold says state it: how many the fact cites
                others = ok_outlets - {fact.source}
                gold_others += len(others)
                gold_others_cited += len(others & set(fact.sources))
                for article in dict.fromkeys(fact.sources):
                    cited += 1
                    if article in ok_outlets:
                        cited_ok += 1
                    elif verbose:
                        result.details.append(
                            f"{tag} cites {article}, gold says only {sorted(ok_outlets)}: "
                            f"{short(fact.text, 90)}"
                        )
            elif verbose:
                result.details.append(f"{tag} fact not in gold: {short(fact.text, 100)}")
            if dangling(fact.text):
                openers += 1
                if verbose:
                    result.details.append(f"{tag} dangling opener: {short(fact.text, 90)}")
        gold_found += sum(found)
        if verbose:
            for ok, gf in zip(found, gold_facts, strict=True):
                if not ok:
                    result.details.append(f"{tag} missed gold fact: {short(gf['claim'], 100)}")
        for story in story_list:
            summary = " ".join(story.summary.split())
            summary_repeats += sum(1 for f in story.facts if " ".join(f.text.split()) in summary)
        # the editors list the main news first: does the brief's summary say it?
        summaries = [" ".join(story.summary.split()) for story in story_list]
        if gold_facts and any(matches(text, gold_facts[0]["all"]) for text in summaries):
            summary_main += 1
        elif verbose and gold_facts:
            result.details.append(
                f"{tag} summary misses the main news: {short(gold_facts[0]['claim'], 90)}"
            )
        summary_gold += any(matches(text, gf["all"]) for text in summaries for gf in gold_facts)
        placed: dict[str, set[str]] = {"support": set(), "oppose": set()}
        for story in story_list:
            for side in story.sides:
                labels += 1
                generic += generic_label(side.label)
                for quote in [*side.quotes, *side.more]:
                    if getattr(quote, "paraphrase", False):
                        continue  # the gold lists direct quotes; a paraphrase is none
                    who = _speaker_text(quote)
                    for name in support + oppose:
                        if who and _names(name, who):
                            placed[side.stance].add(name)
        for speaker in [*g.get("support", []), *g.get("oppose", [])]:
            main = [
                quote
                for story in story_list
                for side in story.sides
                for quote in side.quotes
                if _speaker_text(quote) and _names(speaker["speaker"], _speaker_text(quote))
            ]
            if main and speaker.get("key"):
                keyed += 1
                keys = [_plain(k) for k in speaker["key"]]
                if any(k in _plain(q.text) for q in main for k in keys):
                    keyed_hit += 1
                elif verbose:
                    result.details.append(
                        f"{tag} {speaker['speaker']}'s shown quote has no key phrase: "
                        f"{short(main[0].text, 80)}"
                    )
        # shown anywhere: on a side, or apart among those no side holds ("Also quoted")
        apart = [_speaker_text(q) for story in story_list for q in getattr(story, "unplaced", [])]
        for name in support + oppose:
            if any(name in members for members in placed.values()) or any(
                who and _names(name, who) for who in apart
            ):
                speakers_visible += 1
        shown = {"support": False, "oppose": False}
        for stance, names in (("support", support), ("oppose", oppose)):
            for name in names:
                sides_of = {s for s, members in placed.items() if name in members}
                if sides_of:
                    speakers_found += 1
                    if sides_of == {stance}:
                        speakers_right += 1
                        shown[stance] = True
                    elif verbose:
                        result.details.append(
                            f"{tag} {name} is gold {stance}, brief puts on {sorted(sides_of)}"
                        )
                elif verbose:
                    result.details.append(f"{tag} gold {stance} speaker not quoted: {name}")
        if g.get("both_sides_available") and shown["support"] and shown["oppose"]:
            both_shown += 1

    def ratio(a: float, b: float) -> float:
        return a / b if b else 0.0

    recall = ratio(gold_found, gold_total)
    precision = ratio(brief_matched, facts_total)
    per_brief = ratio(facts_total, n)
    found_share = ratio(speakers_found, speakers_total)
    visible_share = ratio(speakers_visible, speakers_total)
    right_share = ratio(speakers_right, speakers_found)
    both_share = ratio(both_shown, both_possible)
    generic_share = ratio(generic, labels)
    result.add("events", "events", n, "{:.0f}")
    result.add("built", "events built", built, "{:.0f}", f"= {n}", built == n)
    result.add(
        "fact_recall",
        "gold facts stated by a brief fact",
        recall,
        "{:.3f}",
        f">= {RECALL_TARGET}",
        recall >= RECALL_TARGET,
    )
    result.add(
        "fact_precision",
        "brief facts that are gold facts",
        precision,
        "{:.3f}",
        f">= {PRECISION_TARGET}",
        precision >= PRECISION_TARGET,
    )
    result.add(
        "facts_per_brief",
        "facts per brief",
        per_brief,
        "{:.2f}",
        f">= {FACTS_TARGET:g}",
        per_brief >= FACTS_TARGET,
    )
    result.add(
        "gold_citations",
        "citations of gold-matched facts the gold confirms",
        ratio(cited_ok, cited),
        "{:.3f}",
    )
    result.add(
        "gold_outlets_cited",
        "other outlets the gold confirms that a gold-matched fact cites",
        ratio(gold_others_cited, gold_others),
        "{:.3f}",
    )
    result.add(
        "dangling", "facts opening on pronoun/connective", openers, "{:.0f}", "= 0", openers == 0
    )
    result.add(
        "summary_repeats",
        "facts repeated in the summary",
        summary_repeats,
        "{:.0f}",
        "= 0",
        summary_repeats == 0,
    )
    result.add(
        "summary_main_news",
        "summaries stating the main news (gold fact 1)",
        ratio(summary_main, built),
        "{:.3f}",
    )
    result.add(
        "summary_gold",
        "summaries stating some gold fact",
        ratio(summary_gold, built),
        "{:.3f}",
    )
    result.add(
        "speakers_found",
        "gold speakers quoted in the sides",
        found_share,
        "{:.3f}",
        f">= {SPEAKERS_TARGET}",
        found_share >= SPEAKERS_TARGET,
    )
    result.add(
        "speakers_visible",
        "gold speakers quoted on a side or 'also quoted' (no side)",
        visible_share,
        "{:.3f}",
    )
    result.add(
        "speakers_right_side",
        "of those, on the gold side",
        right_share,
        "{:.3f}",
        f">= {SIDE_TARGET}",
        right_share >= SIDE_TARGET,
    )
    result.add(
        "both_sides",
        "both sides shown (events quoting both)",
        both_share,
        "{:.3f}",
        f">= {BOTH_SIDES_TARGET}",
        both_share >= BOTH_SIDES_TARGET,
    )
    result.add(
        "key_quotes",
        "of gold speakers shown, main quote holds a key phrase",
        ratio(keyed_hit, keyed),
        "{:.3f}",
    )
    result.add(
        "generic_labels",
        "generic side labels",
        generic_share,
        "{:.3f}",
        f"<= {GENERIC_TARGET}",
        generic_share <= GENERIC_TARGET,
    )
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the gold evaluation and print its figures; return the exit code.

    With `--events DIR`, score the events kept as folders in DIR (`evaluate_folders`) instead
    of BASIL dev: same figures, same targets."""
    args = list(sys.argv[1:] if argv is None else argv)
    if "--events" in args:
        at = args.index("--events")
        if at + 1 >= len(args) or not Path(args[at + 1]).is_dir():
            print("error: --events needs a folder of event folders, each with a gold.json")
            return 2
        root = Path(args[at + 1])
        verbose = "--verbose" in args or "-v" in args
        result = evaluate_folders(root, verbose)
        if verbose:
            print("\n".join(result.details), end="\n\n")
        print(result.as_json() if "--json" in args else result.table())
        return 1 if "--check" in args and result.missed() else 0
    return run_evaluation(
        argv,
        prog="python -m benchmarks.eval_gold",
        doc=__doc__,
        dataset="basil",
        unit="events",
        evaluate=evaluate,
        verbose_help="Print every missed gold fact, unmatched fact and misplaced speaker.",
    )


if __name__ == "__main__":
    raise SystemExit(main())
