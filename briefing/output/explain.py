"""What --explain prints: per article what was dropped and why, per fact its support."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.pipeline import BuildResult


def _short(text: str, width: int = 100) -> str:
    return textwrap.shorten(" ".join(text.split()), width=width, placeholder=" …")


def explain_text(result: BuildResult) -> str:
    """Return a readable account of the build's decisions."""
    lines: list[str] = []
    parts = result.parts
    docs = parts.docs if parts else []
    groups = parts.groups if parts else None
    facts = parts.facts if parts else None
    if docs:
        lines.append("== Articles: what was dropped as boilerplate, and why")
        for doc in docs:
            article = doc.article
            group = groups.group.get(article.id) if groups else None
            lines.append(
                f"-- {article.id}: {len(doc.sentences)} sentences kept, "
                f"{len(doc.dropped)} spans dropped; source group {group}"
            )
            for span in doc.dropped:
                lines.append(f"   [{span.reason}] {span.start}-{span.end}: {_short(span.text)}")
    if groups and groups.derivations:
        lines.append("== Derived articles")
        for d in groups.derivations.values():
            lines.append(f"   {d.article} {d.kind} of {d.origin} (similarity {d.similarity})")
    for story in result.brief.stories:
        lines.append(f"== Facts of {story.id}: which sentences from which sources support each")
        stated = len(story.summary_facts)
        for number, fact in enumerate([*story.summary_facts, *story.facts], 1):
            where = "in the summary, " if number <= stated else ""
            differs = ", outlets word it differently" if fact.wording_differs else ""
            lines.append(
                f"{number}. {_short(fact.text, 120)}  [{where}{fact.independent_sources} "
                f"independent, worded from {fact.source}{differs}]"
            )
            # each citing outlet's own sentence: what makes the citation true
            for ev in fact.evidence:
                part = " (in part: the main claim, not every detail)" if ev.in_part else ""
                lines.append(f"     {ev.article} {ev.start}-{ev.end}{part}: {_short(ev.text)}")
        for point in story.disputed:
            lines.append(f"== Disputed: {point.topic}")
            for variant in point.variants:
                lines.append(f"     {variant.value}: {', '.join(variant.sources)}")
        for side in story.sides:
            lines.append(f"== Side {side.stance}: {side.label}")
            for quote in side.quotes:
                lines.append(f"   {quote.speaker}: {_short(quote.text, 90)}")
                for why in quote.evidence:
                    lines.append(f"     because {why}")
        if story.unplaced:
            lines.append("== Also quoted: no side (the articles do not make it clear)")
            for quote in story.unplaced:
                lines.append(f"   {quote.speaker}: {_short(quote.text, 90)}")
                for why in quote.evidence or ["no frame, party or tone toward the action"]:
                    lines.append(f"     {why}")
    if facts is not None:
        rejected = [c for c in facts.candidates if c.why and c.support_ok is False]
        if rejected:
            lines.append("== Sentences left out as not checkable")
            for cand in rejected:
                lines.append(
                    f"   [{cand.why}] {cand.sentence.article}: {_short(cand.sentence.text)}"
                )
    return "\n".join(lines)
