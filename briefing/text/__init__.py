"""The text layer: segmentation, quotation marks, names, tokens and word lists, shared by stages."""

from briefing.text.segment import paragraphs, sentences

__all__ = ["paragraphs", "sentences"]
