"""briefing: neutral, cited news briefs from several outlets' coverage of one event."""

from __future__ import annotations

__version__ = "0.1.0"
