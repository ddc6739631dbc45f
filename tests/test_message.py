"""The message: one content hash names a brief in the .eml and in the send ledger."""

from __future__ import annotations

from briefing.output.message import content_hash, stable_message_id
from tests.builders import make_brief


def test_message_id_is_the_content_hash_and_ignores_the_build_time() -> None:
    brief = make_brief(1)
    later = brief.model_copy(update={"generated_at": "2031-01-01T00:00:00+00:00"})
    mid = stable_message_id(brief, "Brief <b@news.example>")
    assert mid == f"<{content_hash(brief)[:32]}@news.example>"
    assert stable_message_id(later, "Brief <b@news.example>") == mid
    assert content_hash(make_brief(2)) != content_hash(brief)
