"""Who copied whom: articles that reuse another's text form one independent source group.

Syndicated wire copy and reposts share long word sequences outside quotations (quotes are
left out: two outlets quoting the same statement are not copying each other). Articles from
the same outlet are one source too. Containment
of 5-word shingles tells a copy; a paraphrased rewrite (most sentences restated with the
same content words in the same order of facts) is shown but does not merge groups.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from briefing.records import Derivation, Document, SourceGroups
from briefing.text.overlap import DisjointSet, shingles
from briefing.text.tokens import content_words, outside_quotes

log = logging.getLogger(__name__)

SHINGLE = 5
COPY_CONTAINMENT = 0.5
PARAPHRASE_SHARE = 0.5
PARAPHRASE_SENTENCE = 0.5


def _shingles(doc: Document) -> set[int]:
    text = " ".join(outside_quotes(doc.article.text[s:e]) for s, e in doc.kept)
    words = [w.lower() for w in re.findall(r"\w+", text)]
    return {hash(gram) for gram in shingles(words, SHINGLE)}


def _sentence_sets(doc: Document) -> list[frozenset[str]]:
    out = []
    for sentence in doc.sentences:
        words = frozenset(content_words(outside_quotes(sentence.text)))
        if len(words) >= 4:
            out.append(words)
    return out


def _paraphrase_share(a: list[frozenset[str]], b: list[frozenset[str]]) -> float:
    """Share of a's sentences restated in b (content-word Jaccard above a bar)."""
    if not a or not b:
        return 0.0
    index: dict[str, list[int]] = {}
    for j, other in enumerate(b):
        for word in other:
            index.setdefault(word, []).append(j)
    hits = 0
    for words in a:
        shared: dict[int, int] = {}
        for word in words:
            for j in index.get(word, ()):
                shared[j] = shared.get(j, 0) + 1
        # Jaccard = shared / (|a| + |b| - shared), only for sentences sharing a word
        hits += any(
            n / (len(words) + len(b[j]) - n) >= PARAPHRASE_SENTENCE for j, n in shared.items()
        )
    return hits / len(a)


def _order_key(doc: Document) -> tuple[str, str]:
    # the earlier publication is the original; undated articles sort after dated ones
    return (doc.article.published or "9999", doc.article.id)


def group_sources(docs: Sequence[Document]) -> SourceGroups:
    """Return the independent source groups of a story's documents."""
    sets = DisjointSet([d.article.id for d in docs])
    grams = {d.article.id: _shingles(d) for d in docs}
    sentence_sets = {d.article.id: _sentence_sets(d) for d in docs}
    derivations: dict[str, Derivation] = {}
    ordered = []
    # the same text printed as is (wire copy) joins its first print at once, so the pairwise
    # comparison below runs over distinct texts only, however many outlets reprint one
    first_print: dict[frozenset[int], str] = {}
    for doc in sorted(docs, key=_order_key):
        key = frozenset(grams[doc.article.id])
        first = first_print.setdefault(key, doc.article.id) if key else doc.article.id
        if first == doc.article.id:
            ordered.append(doc)
            continue
        sets.attach(doc.article.id, first)
        derivations[doc.article.id] = Derivation(doc.article.id, first, "copy", 1.0)
    for i, origin in enumerate(ordered):
        for copy in ordered[i + 1 :]:
            a, b = grams[copy.article.id], grams[origin.article.id]
            if not a or not b:
                continue
            overlap = len(a & b)
            # the smaller text is the one contained in the other
            small, large = (copy, origin) if len(a) <= len(b) else (origin, copy)
            containment = overlap / min(len(a), len(b))
            if containment >= COPY_CONTAINMENT:
                sets.attach(small.article.id, large.article.id)
                derived = copy if small is copy or len(a) == len(b) else small
                source = origin if derived is copy else copy
                derivations.setdefault(
                    derived.article.id,
                    Derivation(
                        derived.article.id, source.article.id, "copy", round(containment, 3)
                    ),
                )
                continue
            share = _paraphrase_share(
                sentence_sets[copy.article.id], sentence_sets[origin.article.id]
            )
            if share >= PARAPHRASE_SHARE and copy.article.id not in derivations:
                derivations[copy.article.id] = Derivation(
                    copy.article.id, origin.article.id, "paraphrase", round(share, 3)
                )
    # two articles from one outlet are one source, whatever their wording
    by_outlet: dict[str, str] = {}
    for doc in docs:
        outlet = (doc.article.outlet or "").strip().casefold()
        if outlet:
            first = by_outlet.setdefault(outlet, doc.article.id)
            if first != doc.article.id:
                sets.attach(doc.article.id, first)
    roots: dict[str, int] = {}
    group: dict[str, int] = {}
    for doc in docs:
        root = sets.find(doc.article.id)
        group[doc.article.id] = roots.setdefault(root, len(roots) + 1)
    return SourceGroups(group, derivations)
