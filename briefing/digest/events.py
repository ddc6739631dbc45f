"""Articles -> stories: group the articles that report the same event.

Near-linear by design: each article is reduced to a short weighted profile (its most distinctive
named entities and terms, a sample of its word shingles, its date). An inverted index from those
keys to articles yields candidate pairs only through shared keys, and each key pairs an article
with at most `neighbors` date-neighbours, so no article is compared with every other. Candidate
pairs are scored (cosine of the profiles, plus verbatim overlap), and strong links are merged
greedily, strongest first, average-linkage style: two groups merge only when most of their
cross pairs are strong links, which stops one spurious link chaining two events together.
Ties break by article order, so the same input gives the same stories.

Wire copy comes first: an article reprinted by hundreds of outlets would make every one of its
keys too common to link on (`max_postings`), and the story would vanish. So near-copies (most of
their word 5-grams in common) are collapsed onto their first article before profiling, in
linear time (each article is checked only against earlier originals that share one of its
`copy_anchors` smallest shingle hashes), and rejoin their original's group afterwards.
"""

from __future__ import annotations

import heapq
import logging
import math
import re
import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from briefing.records import Article
from briefing.text import tokens, wordlists
from briefing.text.overlap import DisjointSet
from briefing.text.overlap import shingles as word_shingles

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ClusterOptions:
    """How articles are grouped into stories."""

    min_articles: int = 2
    """Stories with fewer articles are left out of the digest."""
    window_days: int = 4
    """Articles dated further apart than this are never the same event."""
    threshold: float = 0.16
    """Profile similarity a pair needs to count as a strong link."""
    min_shared_keys: int = 2
    """Distinct keys a candidate pair must share before it is scored."""
    top_keys: int = 40
    """Keys kept per article profile."""
    max_postings: int = 400
    """Keys found in more articles than this are too common to link on."""
    neighbors: int = 24
    """Per key, each article is paired with at most this many date-neighbours."""
    min_density: float = 0.5
    """Share of cross pairs that must be strong links for two groups to merge."""
    background: int = 20
    """Imagined extra articles containing none of the words: keeps idf meaningful for a few."""
    name_boost: float = 1.5
    """Weight multiplier for words written as names (capitalised mid-sentence)."""
    shingle_sample: int = 4
    """One in this many word 6-grams is kept as a verbatim-overlap key."""
    copy_containment: float = 0.8
    """Share of the shorter text's 5-grams found in the other: at or above, it is a copy."""
    copy_length_ratio: float = 0.5
    """A copy is at least this share of its original's length (a short wire story quoted whole
    inside a long report does not make the report a copy)."""
    copy_anchors: int = 4
    """Smallest shingle hashes per article used to find the original it may copy."""


@dataclass(frozen=True, slots=True)
class Profile:
    """An article reduced to what grouping needs."""

    index: int
    weights: dict[str, float]
    """Key -> L2-normalised weight ('e:' entity, 't:' term); the top keys only."""
    shingles: frozenset[int]
    day: int | None
    """Date as a proleptic ordinal, or None when unknown."""


_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d")
_POSSESSIVE = re.compile(r"['’]s?$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n\s*\n|\n")

STOPWORDS = tokens.STOPWORDS | wordlists.words("story_stopwords")
"""The one stopword list, plus words too common in news copy to tell stories apart."""


def group_stories(
    articles: Sequence[Article], options: ClusterOptions | None = None
) -> list[list[Article]]:
    """Return the stories (lists of articles, input order) with at least `min_articles` each."""
    options = options or ClusterOptions()
    return [g for g in cluster(articles, options) if len(g) >= options.min_articles]


def cluster(
    articles: Sequence[Article], options: ClusterOptions | None = None
) -> list[list[Article]]:
    """Return every group of articles, singletons included, ordered by their first article."""
    options = options or ClusterOptions()
    if not articles:
        return []
    # 1. near-copies stand aside; their originals are grouped, and the copies follow them
    original = copy_of(articles, options)
    kept = [i for i, o in enumerate(original) if o == i]
    profiles = build_profiles([articles[i] for i in kept], options)
    edges = strong_links(profiles, options)
    kept_labels = merge(len(kept), edges, options.min_density)
    label_of = {i: kept[label] for i, label in zip(kept, kept_labels, strict=True)}
    labels = [label_of[original[i]] for i in range(len(articles))]
    groups: dict[int, list[Article]] = {}
    for index, label in enumerate(labels):
        groups.setdefault(label, []).append(articles[index])
    # dict insertion order already follows each group's first article
    ordered = list(groups.values())
    log.info("%d articles -> %d groups, %d edges", len(articles), len(ordered), len(edges))
    return ordered


# -- copies --------------------------------------------------------------------------------


def copy_shingles(article: Article, crcs: dict[str, int] | None = None) -> frozenset[int]:
    """Return a stable sample (one in four) of the hashed word 5-grams of the article's body."""
    words = re.findall(r"\w+", article.text[article.body_start :].lower())
    crcs = {} if crcs is None else crcs
    ids = []
    for word in words:
        value = crcs.get(word)
        if value is None:
            value = crcs[word] = zlib.crc32(word.encode())
        ids.append(value)
    # tuples of ints: hash() of ints is the same in every process (str hashes are salted), so
    # the sample, the anchors and thus the result are deterministic
    hashes = map(hash, zip(ids, ids[1:], ids[2:], ids[3:], ids[4:], strict=False))
    return frozenset(h for h in hashes if h % 4 == 0)


def copy_of(articles: Sequence[Article], options: ClusterOptions | None = None) -> list[int]:
    """Return, per article, the index of the earlier article it copies (its own if none)."""
    options = options or ClusterOptions()
    originals: list[int] = []
    shingles: list[frozenset[int]] = []
    by_anchor: dict[int, list[int]] = defaultdict(list)
    exact: dict[frozenset[int], int] = {}
    result: list[int] = []
    crcs: dict[str, int] = {}
    for index, article in enumerate(articles):
        own = copy_shingles(article, crcs)
        shingles.append(own)
        found = exact.get(own) if own else None
        anchors = heapq.nsmallest(options.copy_anchors, own)
        if found is None and own:
            # earlier originals sharing an anchor; a few per anchor bound the work per article
            seen: set[int] = set()
            for anchor in anchors:
                for other in by_anchor.get(anchor, ()):
                    if other in seen:
                        continue
                    seen.add(other)
                    if _is_copy(own, shingles[other], options):
                        found = other
                        break
                if found is not None:
                    break
        if found is None:
            found = index
            originals.append(index)
            if own:
                exact.setdefault(own, index)
                for anchor in anchors:
                    if len(by_anchor[anchor]) < 8:
                        by_anchor[anchor].append(index)
        result.append(found)
    return result


def _is_copy(a: frozenset[int], b: frozenset[int], options: ClusterOptions) -> bool:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < options.copy_length_ratio * len(large):
        return False
    return len(small & large) >= options.copy_containment * len(small)


# -- profiles ------------------------------------------------------------------------------


def article_keys(article: Article) -> tuple[dict[str, int], set[str], list[list[str]]]:
    """Return term counts, the terms written as names, and the words of each sentence."""
    counts: dict[str, int] = defaultdict(int)
    names: set[str] = set()
    sentences: list[list[str]] = []
    body = article.text[article.body_start :]
    # a Title Case headline capitalises every word, so it never makes a word a name
    for part, is_title in ((body, False), (article.title, True)):
        for raw in _SENTENCE_END.split(part):
            words = _WORD.findall(raw)
            if not words:
                continue
            lowered = []
            for position, word in enumerate(words):
                low = _POSSESSIVE.sub("", word.lower())
                lowered.append(low)
                if low in STOPWORDS or len(low) < 3:
                    continue
                if word[0].isdigit():
                    counts[low.replace(",", "")] += 1
                    continue
                counts[low] += 1
                if not is_title and (
                    (position > 0 and word[0].isupper()) or (word.isupper() and len(word) >= 3)
                ):
                    names.add(low)
            sentences.append(lowered)
    return counts, names, sentences


def shingle_hashes(sentences: list[list[str]], sample: int) -> frozenset[int]:
    """Return a stable sample of the word 6-grams of `sentences`, hashed."""
    found: set[int] = set()
    for words in sentences:
        for gram in word_shingles(words, 6):
            value = zlib.crc32(" ".join(gram).encode())
            if value % sample == 0:
                found.add(value)
    return frozenset(found)


def build_profiles(articles: Sequence[Article], options: ClusterOptions) -> list[Profile]:
    """Return one profile per article, weights by tf-idf over this batch of articles."""
    raw: list[tuple[dict[str, int], set[str], frozenset[int]]] = []
    df: dict[str, int] = defaultdict(int)
    for article in articles:
        counts, names, sentences = article_keys(article)
        raw.append((counts, names, shingle_hashes(sentences, options.shingle_sample)))
        for key in counts:
            df[key] += 1
    n = len(articles)
    profiles: list[Profile] = []
    for index, (article, (counts, names, shingles)) in enumerate(zip(articles, raw, strict=True)):
        scored = []
        for word, count in counts.items():
            weight = (1.0 + math.log(count)) * math.log(1.0 + (n + options.background) / df[word])
            if word in names:
                weight *= options.name_boost
                scored.append((weight, "e:" + word))
            else:
                scored.append((weight, "t:" + word))
        scored.sort(key=lambda item: (-item[0], item[1]))
        top = scored[: options.top_keys]
        norm = math.sqrt(sum(w * w for w, _ in top)) or 1.0
        profiles.append(
            Profile(
                index=index,
                weights={key: w / norm for w, key in top},
                shingles=shingles,
                day=parse_day(article.published),
            )
        )
    return profiles


# -- links ---------------------------------------------------------------------------------


def strong_links(profiles: list[Profile], options: ClusterOptions) -> list[tuple[float, int, int]]:
    """Return (score, i, j) for candidate pairs that pass the threshold, strongest first."""
    postings: dict[str | int, list[int]] = defaultdict(list)
    for profile in profiles:
        for key in profile.weights:
            postings[key].append(profile.index)
        for value in profile.shingles:
            postings[value].append(profile.index)
    far = 10**9

    def when(index: int) -> int:
        day = profiles[index].day
        return far if day is None else day

    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in postings.values():
        if len(members) < 2 or len(members) > options.max_postings:
            continue
        # date-neighbours only: an event's articles sit close together in time
        ordered = sorted(members, key=lambda i: (when(i), i))
        for pos, i in enumerate(ordered):
            for j in ordered[pos + 1 : pos + 1 + options.neighbors]:
                shared[(i, j) if i < j else (j, i)] += 1
    edges: list[tuple[float, int, int]] = []
    for (i, j), count in shared.items():
        if count < options.min_shared_keys:
            continue
        a, b = profiles[i], profiles[j]
        if a.day is not None and b.day is not None and abs(a.day - b.day) > options.window_days:
            continue
        score = similarity(a, b)
        if score >= options.threshold:
            edges.append((score, i, j))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    return edges


def similarity(a: Profile, b: Profile) -> float:
    """Return how alike two profiles are: shared names needed, verbatim overlap adds."""
    small, large = (
        (a.weights, b.weights) if len(a.weights) <= len(b.weights) else (b.weights, a.weights)
    )
    cosine = 0.0
    entity = False
    for key, weight in small.items():
        other = large.get(key)
        if other is not None:
            cosine += weight * other
            entity = entity or key[0] == "e"
    overlap = 0.0
    if a.shingles and b.shingles:
        common = len(a.shingles & b.shingles)
        overlap = common / min(len(a.shingles), len(b.shingles))
    if not entity and overlap < 0.5:
        # no shared name: two events that only share a topic's vocabulary stay apart
        return 0.0
    return cosine + overlap


def merge(count: int, edges: list[tuple[float, int, int]], min_density: float) -> list[int]:
    """Return a group label (its first member's index) per item, merging strong links."""
    sets = DisjointSet(range(count))
    size = [1] * count
    links: list[dict[int, int]] = [dict() for _ in range(count)]
    for _, i, j in edges:
        links[i][j] = links[i].get(j, 0) + 1
        links[j][i] = links[j].get(i, 0) + 1

    for _, i, j in edges:
        ri, rj = sets.find(i), sets.find(j)
        if ri == rj:
            continue
        if links[ri].get(rj, 0) < min_density * size[ri] * size[rj]:
            continue
        keep, gone = (ri, rj) if ri < rj else (rj, ri)
        if len(links[keep]) < len(links[gone]):
            links[keep], links[gone] = links[gone], links[keep]
        # fold the absorbed group's link counts into the survivor (small into large)
        big, small = links[keep], links[gone]
        for table in (big, small):
            table.pop(gone, None)
            table.pop(keep, None)
        for other, n in small.items():
            big[other] = big.get(other, 0) + n
            back = links[other]
            back[keep] = back.get(keep, 0) + back.pop(gone, 0)
        links[gone] = {}
        sets.attach(gone, keep)
        size[keep] += size[gone]
    return [sets.find(x) for x in range(count)]


# -- dates ---------------------------------------------------------------------------------

_MONTH_NAMES = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MDY = re.compile(r"([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})")
_DMY = re.compile(r"(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})")


def parse_day(value: str | None) -> int | None:
    """Return the date in `value` (ISO, "May 5, 2020", "5 May 2020", RFC 2822) as an ordinal."""
    if not value:
        return None
    try:
        match = _ISO.search(value)
        if match:
            return date(int(match[1]), int(match[2]), int(match[3])).toordinal()
        match = _MDY.search(value)
        if match and match[1].lower() in _MONTH_NAMES:
            return date(int(match[3]), _MONTH_NAMES[match[1].lower()], int(match[2])).toordinal()
        match = _DMY.search(value)
        if match and match[2].lower() in _MONTH_NAMES:
            return date(int(match[3]), _MONTH_NAMES[match[2].lower()], int(match[1])).toordinal()
        moment: datetime = parsedate_to_datetime(value)
        return moment.date().toordinal()
    except (ValueError, TypeError, IndexError):
        return None
