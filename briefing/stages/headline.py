"""A neutral headline and a one- or two-sentence summary from the best-supported facts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.model import Evidence, Fact
from briefing.records import Document
from briefing.stages.facts import not_checkable, wording_problem
from briefing.stages.narrative import stand_alone
from briefing.text.lexicon import Lexicon
from briefing.text.tokens import content_words, outside_quotes

SUMMARY_WORDS = 60
SUMMARY_FILL = 22
"""A summary shorter than this (in words) adds a central lead sentence."""
LEAD_BONUS = 0.6
"""Earlier sentences carry the news in most reporting."""
HEADLINE_WORDS = 16

_TEASER = re.compile(
    r"\b(here'?s|what (to|you need to) know|key (insights|takeaways)|explained|everything we know|"
    r"the latest|live updates?|watch|you won'?t believe|find out)\b",
    re.I,
)


def _title_score(title: str, focus: set[str], lexicon: Lexicon, elsewhere: set[str]) -> float:
    words = title.split()
    if not words or title.endswith("…"):
        return -9.0
    own = set(content_words(title))
    overlap = len(own & focus) / max(1, len(own))
    score = overlap
    if elsewhere and own:
        # a word no other outlet uses is usually that outlet's spin ("caves", "slams")
        score -= 0.5 * len(own - elsewhere) / len(own)
    score -= 0.25 * len(lexicon.find(title, in_quotes=True))
    score -= 0.3 * title.count("!") + 0.3 * title.count("?")
    score -= 0.25 * bool(re.search(r"[\"“”']\s*\w[^\"“”']*[\"“”']", title))
    score -= 0.3 * bool(_TEASER.search(title))
    score -= 0.2 * sum(1 for w in words if len(w) > 3 and w.isupper() and w.isalpha())
    score -= 0.05 * max(0, len(words) - HEADLINE_WORDS)
    score -= 0.2 * bool(re.search(r"\b(you|your|I|we)\b", title))
    return score


def _clean_title(title: str, lexicon: Lexicon) -> str:
    """Return the title with loaded words neutralised and teaser tails removed."""
    head, sep, tail = title.partition(":")
    if sep and (_TEASER.search(tail) or re.search(r"[\"“'‘]", tail) or len(tail.split()) <= 4):
        title = head
    title = lexicon.neutralize(title)
    title = re.sub(r"\s*[!?]+$", "", title).strip(" -–—:")
    title = re.sub(r"\s{2,}", " ", title)
    return title[:1].upper() + title[1:]


def _vocabularies(docs: Sequence[Document]) -> list[set[str]]:
    """Each article's content words (title and body)."""
    out = []
    for doc in docs:
        words = set(content_words(doc.article.title))
        for sentence in doc.sentences:
            words |= set(content_words(sentence.text))
        out.append(words)
    return out


def _elsewhere(vocab: list[set[str]], index: int) -> set[str]:
    """Words the other articles use."""
    out: set[str] = set()
    for i, words in enumerate(vocab):
        if i != index:
            out |= words
    return out


def _shared_words(docs: Sequence[Document]) -> set[str]:
    """Content words that at least two articles use in their opening sentences."""
    seen: dict[str, int] = {}
    for doc in docs:
        words = set(content_words(doc.article.title))
        for sentence in doc.sentences[:4]:
            words |= set(content_words(sentence.text))
        for word in words:
            seen[word] = seen.get(word, 0) + 1
    return {w for w, n in seen.items() if n >= 2}


def headline(
    titles: Sequence[str],
    facts: Sequence[Fact],
    lexicon: Lexicon,
    docs: Sequence[Document] = (),
) -> str:
    """Return a neutral headline: the most central, least loaded outlet title, neutralised."""
    focus: set[str] = set()
    for fact in facts[:4]:
        focus |= set(content_words(fact.text))
    if not focus:
        focus = _shared_words(docs)
    vocab = _vocabularies(docs)
    scored = sorted(
        (
            (_title_score(t, focus, lexicon, _elsewhere(vocab, i)), i, t)
            for i, t in enumerate(titles)
            if t.strip()
        ),
        key=lambda x: (-x[0], x[1]),
    )
    usable = [
        (score, cleaned)
        for score, _, title in scored
        if len((cleaned := _clean_title(title, lexicon)).split()) >= 3
        and not lexicon.is_loaded(cleaned)
    ]
    if usable and usable[0][0] > 0.15:
        return usable[0][1]
    # a short top fact reads better than a weak title; a long one is never cut into a headline
    if facts and len(facts[0].text.split()) <= HEADLINE_WORDS + 6:
        return facts[0].text.rstrip(".")
    if usable and usable[0][0] > -0.5:
        return usable[0][1]
    if facts:
        words = facts[0].text.split()
        return " ".join(words[: HEADLINE_WORDS + 2]).rstrip(",;:") + "…"
    return "News brief"


def summary(
    facts: Sequence[Fact], docs: Sequence[Document], lexicon: Lexicon, headline: str = ""
) -> str:
    """Return one or two sentences stating the main news (see `lead_summary`)."""
    return lead_summary(facts, docs, lexicon, headline)[0]


def lead_summary(
    facts: Sequence[Fact], docs: Sequence[Document], lexicon: Lexicon, headline: str = ""
) -> tuple[str, list[Fact], list[Fact]]:
    """Return (summary, the facts it states, the facts left for the list).

    The summary states the main news: the top fact, and the second when both fit in
    SUMMARY_WORDS and the list keeps at least two facts. The list then starts with what the
    summary has not said, so a reader never sees one sentence twice. A summary under
    SUMMARY_FILL words (or one without facts) adds the most central lead sentence that stands
    alone and that no listed fact already says; it is cited as the single source it is.
    """
    stated: list[Fact] = []
    total = 0
    for fact in facts[:2]:
        n = len(fact.text.split())
        if stated and (total + n > SUMMARY_WORDS or len(facts) < 4):
            break  # a short list keeps its facts; the summary then states the top one only
        if any(_restates(fact.text, p.text) for p in stated):
            continue  # the same news in other words
        stated.append(fact)
        total += n
    rest = [f for f in facts if f not in stated]
    if total < SUMMARY_FILL:
        said = [f.text for f in [*stated, *rest]]
        for lead in central_leads(docs, lexicon, limit=8):
            n = len(lead.text.split())
            if any(_restates(lead.text, p) for p in said):
                continue
            if stated and total + n > SUMMARY_WORDS:
                continue
            if len(set(content_words(lead.text)) - set(content_words(headline))) < 3:
                continue  # it only repeats the headline
            stated.append(lead)
            said.append(lead.text)
            total += n
            if len(stated) == 2 or total >= SUMMARY_FILL:
                break
    return " ".join(f.text for f in stated), stated, rest


def _restates(a: str, b: str) -> bool:
    """Return True when two sentences share most of their content words."""
    wa, wb = set(content_words(a)), set(content_words(b))
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.5


def central_sentences(docs: Sequence[Document], lexicon: Lexicon, *, limit: int = 2) -> list[str]:
    """Return the texts of `central_leads`."""
    return [fact.text for fact in central_leads(docs, lexicon, limit=limit)]


def central_leads(docs: Sequence[Document], lexicon: Lexicon, *, limit: int = 2) -> list[Fact]:
    """Return checkable, neutral lead sentences, those whose words most articles share first.

    Each is a single-source fact citing its own article, worded as it reads alone. Sentences
    that could word a fact rank before those that only pass as checkable and neutral (vague),
    which fill in when an excerpt has nothing better.
    """
    per_doc = _vocabularies(docs)
    scored = []
    for index, d in enumerate(docs):
        elsewhere = _elsewhere(per_doc, index)
        before: list[str] = []
        for s in d.sentences[:6]:
            wording = stand_alone(s.text, before)
            before.append(s.text)
            if wording is None:
                continue
            text = wording.plain
            if not_checkable(s.text) or lexicon.is_loaded(text) or len(text.split()) < 6:
                continue
            words = set(content_words(outside_quotes(s.text)))
            if not words:
                continue
            support = sum(len(words & other) / len(words) for other in per_doc)
            if elsewhere:
                support -= len(words - elsewhere) / len(words)
            lead = LEAD_BONUS / (1 + s.index)
            weaker = wording_problem(s.text, lexicon, wording=wording) is not None
            fact = Fact(
                text=wording.text,
                sources=[s.article],
                independent_sources=1,
                source=s.article,
                start=s.start + wording.start,
                end=s.start + wording.end,
                single_source=True,
                evidence=[Evidence(article=s.article, start=s.start, end=s.end, text=s.text)],
                inserted=wording.inserted,
                appended=wording.appended,
            )
            scored.append((weaker, -(support + lead), d.article.id, s.index, fact))
    scored.sort(key=lambda item: item[:4])
    return [item[-1] for item in scored[:limit]]
