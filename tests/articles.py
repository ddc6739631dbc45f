"""Inline builders of articles for unit tests."""

from __future__ import annotations

from briefing.stages.ingest import Article, parse_text


def make_article(title: str, *paragraphs: str, id: str = "a1", **meta: str) -> Article:
    """Return an Article whose text is the title line, a blank line, then the paragraphs."""
    text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    article = parse_text(id, text)
    if meta:
        values = {name: getattr(article, name) for name in Article.__slots__}  # type: ignore[attr-defined]
        values.update(meta)
        article = Article(**values)
    return article
