"""build(paths, options) -> Brief: the whole pipeline, one stage per module.

Stages:
 1. ingest   files -> Article (ingest.py)
 2. clean    boilerplate out, sentences in, with character offsets (clean.py)
 3. sources  who copied whom: independent source groups (sources.py)
 4. facts    cross-source sentence clusters -> consensus facts (facts.py)
 5. conflicts  differing numbers, dates, names -> disputed (facts.py)
 6. quotes   direct quotes, speakers, sides (quotes.py)
 7. story    neutral headline and summary from the best-supported facts (story.py)
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .model import Brief

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """What a build may be told (settings map onto these)."""

    min_sources: int = 2
    quotes_per_side: int = 2
    now: datetime | None = None
    """Frozen clock for reproducible output; None means the current time."""
    title: str = "Briefing"

    def with_changes(self, **changes: object) -> BuildOptions:
        """Return a copy with `changes` applied."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def timestamp(self) -> str:
        """Return the ISO 8601 build time."""
        moment = self.now or datetime.now(UTC)
        return moment.isoformat(timespec="seconds")


@dataclass(slots=True)
class BuildResult:
    """The brief plus what --explain shows."""

    brief: Brief
    skipped: list[str] = field(default_factory=list)
    details: dict[str, object] = field(default_factory=dict)
