"""BASIL: build one brief per event (three outlets' full articles) and score it.

Run: `.venv/bin/python -m benchmarks.eval_basil [--limit N] [--json] [--verbose] [--check]`.
The data is read from ../shared/eval/basil (or $BRIEFING_EVAL_DIR/basil) at run time and
written only to a temporary folder; it is never copied into the project.

Figures (targets are the acceptance thresholds):
- built: events whose build returned a brief with a story (target: all).
- facts per brief: mean facts over all stories of an event's brief (target >= 3).
- multi-cited facts stated twice (diagnostic, no target): of facts citing two or more articles,
  the share stated in at least two of the cited articles by `common.support`'s word overlap.
  The pipeline no longer cites by word overlap, so this disagrees with it by design; the
  independent checks are `eval_gold` and the blind annotators (`annotate.py`).
- citations sharing the fact's words (diagnostic, the same overlap test per citation): an
  outlet cited in part (`Evidence.in_part`) states the main claim in its own words, so it
  lowers this figure without being a wrong citation.
- loaded wording: BASIL `lex` phrases annotated `quote: no`, per 100 words of the brief's
  narrative (headline, summary, facts; quoted text out) over their rate in the first three
  sentences of the source articles (target <= 0.25).
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.common import (
    Evaluation,
    best_support,
    build_folder,
    count_phrases,
    per_100,
    read_jsonl,
    run_evaluation,
    short,
    squash,
    strip_quoted,
    words,
)

OUTLETS = {"fox": "Fox News", "nyt": "The New York Times", "hpo": "HuffPost"}
LEAD_SENTENCES = 3
FACTS_TARGET = 3.0
LEX_RATIO_TARGET = 0.25


@dataclass(frozen=True, slots=True)
class SourceArticle:
    """One BASIL article as written for the pipeline, with its gold sentences for scoring."""

    id: str
    title: str
    body: str
    sentences: tuple[str, ...]


def event_articles(event: dict[str, Any]) -> list[SourceArticle]:
    """Return an event's articles: id = outlet key, body = paragraphs of sentences."""
    articles = []
    for raw in event["articles"]:
        paragraphs = [
            " ".join(s.strip() for s in para if s.strip()) for para in raw["body_paragraphs"]
        ]
        sentences = tuple(s.strip() for para in raw["body_paragraphs"] for s in para if s.strip())
        articles.append(
            SourceArticle(
                id=raw["source"],
                title=" ".join(raw["title"].split()),
                body="\n\n".join(p for p in paragraphs if p),
                sentences=sentences,
            )
        )
    return articles


def _front_value(value: str) -> str:
    value = " ".join(value.split())
    # ingest strips one pair of matching outer quotes; wrap values that begin or end with one
    return f'"{value}"' if value[:1] in "\"'" or value[-1:] in "\"'" else value


def write_event(event: dict[str, Any], folder: Path) -> None:
    """Write an event's three articles as Markdown files with front matter into `folder`."""
    for raw, article in zip(event["articles"], event_articles(event), strict=True):
        front = [
            "---",
            f"title: {_front_value(article.title)}",
            f"outlet: {OUTLETS.get(article.id, article.id)}",
            f"url: {raw.get('url') or ''}",
            f"published: {raw.get('date') or ''}",
            "---",
            "",
        ]
        (folder / f"{article.id}.md").write_text(
            "\n".join(front) + article.body + "\n", encoding="utf-8"
        )


def lex_phrases(event: dict[str, Any]) -> set[str]:
    """Return the event's loaded-wording phrases: `lex` annotations with `quote: no`."""
    return {
        p["txt"]
        for a in event["articles"]
        for p in a.get("phrase_level_annotations", [])
        if p.get("bias") == "lex" and p.get("quote") == "no" and p.get("txt", "").strip()
    }


def evaluate(data: Path, limit: int | None = None, verbose: bool = False) -> Evaluation:
    """Return the BASIL figures for the events in `data`/basil/dev.jsonl."""
    events = read_jsonl(data / "basil" / "dev.jsonl", limit)
    result = Evaluation("BASIL dev: one brief per event (fox, nyt, hpo)")
    built = 0
    facts_total = 0
    multi_cited = 0
    stated_twice = 0
    citations = 0
    citations_stated = 0
    verbatim = 0
    all_facts = 0
    narrative_words = narrative_hits = 0
    lead_words = lead_hits = 0
    full_words = full_hits = 0
    build_seconds = 0.0
    with tempfile.TemporaryDirectory(prefix="eval-basil-") as tmp:
        for number, event in enumerate(events):
            event_id = str(event.get("triplet_uuid", number))[:8]
            articles = {a.id: a for a in event_articles(event)}
            phrases = lex_phrases(event)
            for article in articles.values():
                lead = " ".join(article.sentences[:LEAD_SENTENCES])
                lead_words += len(words(lead))
                lead_hits += count_phrases(lead, phrases)
                full = " ".join(article.sentences)
                full_words += len(words(full))
                full_hits += count_phrases(full, phrases)
            folder = Path(tmp) / f"event{number:03d}"
            folder.mkdir()
            write_event(event, folder)
            started = time.perf_counter()
            try:
                build = build_folder(folder)
            except Exception as exc:  # noqa: BLE001 - a failed event is a figure, not a crash
                result.details.append(f"[{event_id}] build failed: {type(exc).__name__}: {exc}")
                continue
            finally:
                build_seconds += time.perf_counter() - started
            stories = build.brief.stories
            if not stories:
                result.details.append(f"[{event_id}] no story; skipped: {build.skipped}")
                continue
            built += 1
            for story in stories:
                narrative = [story.headline, story.summary, *(f.text for f in story.facts)]
                for piece in narrative:
                    plain = strip_quoted(piece)
                    narrative_words += len(words(plain))
                    hits = count_phrases(plain, phrases)
                    narrative_hits += hits
                    if hits and verbose:
                        result.details.append(f"[{event_id}] loaded wording: {short(plain)}")
                # the summary's sentences are facts too (stated and cited once, up top)
                shown = [*story.summary_facts, *story.facts]
                facts_total += len(shown)
                for fact in shown:
                    all_facts += 1
                    own = articles.get(fact.source)
                    # verbatim but for our bracketed words ("[C]ritics") and a cut clause's "."
                    said = fact.said  # without the words we put inside it ("the [SB 12] bill")
                    body = said[len(fact.inserted) : len(said) - len(fact.appended)]
                    if own and squash(body) in squash(own.body):
                        verbatim += 1
                    cited = list(dict.fromkeys(fact.sources))
                    if len(cited) < 2:
                        continue
                    multi_cited += 1
                    stated = 0
                    notes = []
                    for article_id in cited:
                        citations += 1
                        target = articles.get(article_id)
                        if target is None:
                            notes.append(f"    {article_id}: unknown article id")
                            continue
                        found = best_support(fact.text, (target.title, *target.sentences))
                        if found.stated:
                            stated += 1
                            citations_stated += 1
                        else:
                            missing = f" missing {list(found.missing_numbers)}" * bool(
                                found.missing_numbers
                            )
                            notes.append(
                                f"    {article_id}: not stated (overlap {found.overlap:.2f}, "
                                f"shared {found.shared}{missing}) closest: {short(found.sentence)}"
                            )
                    if stated >= 2:
                        stated_twice += 1
                    else:
                        result.details.append(
                            f"[{event_id}] fact cites {cited} but is stated in {stated}: "
                            f"{short(fact.text)}\n" + "\n".join(notes)
                        )
    n = len(events)
    result.add("events", "events", n, "{:.0f}")
    result.add("built", "events built", built, "{:.0f}", f"= {n}", built == n)
    facts_mean = facts_total / n if n else 0.0
    result.add(
        "facts_per_brief",
        "facts per brief (mean)",
        facts_mean,
        "{:.2f}",
        f">= {FACTS_TARGET:g}",
        facts_mean >= FACTS_TARGET,
    )
    result.add(
        "multi_cited_per_brief", "facts citing 2+ articles per brief", multi_cited / n if n else 0.0
    )
    share = stated_twice / multi_cited if multi_cited else 0.0
    result.add(
        "stated_twice",
        # diagnostic only, no target: this word-overlap test is the kind the pipeline itself
        # once used to cite, so it proves little; eval_gold and the annotators are the check
        "diagnostic, word overlap: multi-cited facts stated twice",
        100 * share,
        "{:.1f}%",
    )
    result.add(
        "citation_precision",
        "diagnostic, word overlap: citations sharing the fact's words",
        100 * citations_stated / citations if citations else 0.0,
        "{:.1f}%",
    )
    result.add(
        "facts_verbatim",
        "facts verbatim in their source article",
        100 * verbatim / all_facts if all_facts else 0.0,
        "{:.1f}%",
    )
    lead_rate = per_100(lead_hits, lead_words)
    narrative_rate = per_100(narrative_hits, narrative_words)
    ratio = narrative_rate / lead_rate if lead_rate else 0.0
    result.add(
        "lex_rate_brief", "loaded phrases /100 words, brief narrative", narrative_rate, "{:.3f}"
    )
    result.add(
        "lex_rate_lead", "loaded phrases /100 words, source leads (3 sent.)", lead_rate, "{:.3f}"
    )
    result.add(
        "lex_rate_full",
        "loaded phrases /100 words, full sources",
        per_100(full_hits, full_words),
        "{:.3f}",
    )
    result.add(
        "lex_ratio",
        "loaded wording, brief / source leads",
        ratio,
        "{:.2f}",
        f"<= {LEX_RATIO_TARGET:g}",
        built > 0 and ratio <= LEX_RATIO_TARGET,
    )
    result.add(
        "narrative_words",
        "narrative words per brief",
        narrative_words / built if built else 0.0,
        "{:.0f}",
    )
    result.add(
        "events_per_second",
        "events/second (build only)",
        n / build_seconds if build_seconds else 0.0,
        "{:.2f}",
    )
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the BASIL evaluation and print its figures; return the exit code."""
    return run_evaluation(
        argv,
        prog="python -m benchmarks.eval_basil",
        doc=__doc__,
        dataset="basil",
        unit="events",
        evaluate=evaluate,
        verbose_help="Print every miss.",
    )


if __name__ == "__main__":
    raise SystemExit(main())
