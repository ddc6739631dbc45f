"""Boilerplate out, sentences in: Article -> Document with kept sentences and dropped spans.

Every span keeps character offsets into `Article.text`, so anything shown can be traced back.
Rules are general (shapes of captions, promos, forms, bios, labels), never tied to one site.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

from briefing.records import Article, Document, Sentence, Span
from briefing.stages.ingest import DATE_LINE
from briefing.text import segment

log = logging.getLogger(__name__)


# -- paragraph rules -------------------------------------------------------------------------

# Boilerplate is short: a paragraph that matches a boilerplate pattern is dropped only up to
# these lengths in words; a longer one that mentions "comments" or "subscribe" is reporting.
HEADING_WORDS = 16
"""A line this short without a sentence end is a heading or label."""
CREDIT_NAME_WORDS = 8
"""A trailing "(Some Police Department)" this short is a credit, not reporting."""
LABEL_WORDS = 25
"""Labelled lines ("Photo: ...", "Related: ...") and newsletter prompts."""
PROMO_WORDS = 30
"""Promos and comment forms."""
CREDIT_WORDS = 40
"""Share prompts and credit or copyright lines."""
BIO_WORDS = 60
"""Author bios and contact lines."""

_END_PUNCT = (".", "!", "?", '"', "”", "’", "'", ":", ";", ")", "…")
_PROMO = re.compile(
    r"\b(you may also like|you might also like|also read|read more|read next|more from|"
    r"recommended for you|related (stories|articles|coverage|posts)|trending (now|story)|"
    r"watch this|sign up for (our|the)|subscribe to (our|the)|download (our|the) app|"
    r"click here|don'?t miss|sponsored|advertisement|promoted stories)\b",
    re.I,
)
_SHARE = re.compile(
    r"\b(share (it|this( article| story)?) with|like this (article|story|post)\?|sharing is|"
    r"follow us on|share on (facebook|twitter|x)|tweet this|feel free to share|"
    r"thank you for your support)\b",
    re.I,
)
_COMMENT_FORM = re.compile(
    r"\b(leave a (reply|comment)|your email address will not be published|"
    r"required fields are marked|post (a )?comment|comments are closed|"
    r"join the (conversation|discussion)|add a comment|\d+ comments?)\b",
    re.I,
)
_BIO = re.compile(
    r"(\b[\w.+-]+@[\w-]+\.[\w.]+\b|\bstory tips\b|\btips can be sent\b|"
    r"\bfollow (him|her|them) on\b|"
    r"\btwitter:\s*@|\bon twitter\s*@|^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3} (is|was) an? "
    r"(\w+ ){0,4}(writer|reporter|correspondent|editor|columnist|contributor|producer|journalist)"
    r"\b)",
    re.I,
)
_CREDIT_WORDS = re.compile(
    r"\b(photo|photos|photograph|getty|images?|ap|reuters|afp|epa|via|courtesy|credit|file|"
    r"shutterstock|pool|video|screenshot|illustration)\b|/",
    re.I,
)
_TRAILING_PAREN = re.compile(r"\(([^()]{2,120})\)\s*$")
_FILE_CAPTION = re.compile(r"^(FILE|FILE PHOTO)\s*[-–—:]\s", re.I)
_CREDIT_LINE = re.compile(
    r"^\(?(reporting|additional reporting|writing|editing|contributing|compiled) by\b|"
    r"^contributing:|\bcontributed (to this report|reporting)\b|"
    r"^this (story|article|report|post) (has been|was|is) (updated|corrected|developing)|"
    # a note on the article itself, not the news: "Correction: An earlier version misspelled"
    r"^(correction|clarification|editor['’]?s note)s?\s*:|"
    r"©|^copyright\b|\ball rights reserved\b",
    re.I,
)
_LABELLED = re.compile(
    r"^(?:(?P<caption>photos?|image|credit|video|graphic|illustration)|(?P<promo>related|"
    r"read more|more|see also|watch|listen|recommended|trending)|(?P<tags>tags?|topics?|"
    r"filed under|posted in|categories)|(?P<date>updated|published|posted))\s*[:|]",
    re.I,
)
_INBOX = re.compile(r"\b(delivered (straight )?to your inbox|in your inbox)\b", re.I)
_READ_TIME = re.compile(r"^\d+\s*(min|mins|minute|minutes)\.?\s+(read|listen)\b", re.I)
_LABEL_ONLY = re.compile(
    r"^(published|updated|posted|advertisement|ad|sponsored|share)\b\W*$", re.I
)
_BYLINE_LINE = re.compile(
    r"^(?:[A-Z][^\n]{0,60}\s+)?By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,6}\s*$"
)
_OPINION_HEAD = re.compile(
    r"^(editor'?s'?|editors'?|our|my|the)?\s*(comments?|note|take|view|opinion|commentary|"
    r"analysis|perspective|viewpoint|verdict|two cents|hot take)s?\W*$",
    re.I,
)
_TAG_HEAD = re.compile(r"^(topics?|tags?|filed under|categories|related topics|keywords)\W*$", re.I)
_GLUED = re.compile(r"[a-z\d)’'][A-Z]")
_BREADCRUMB = re.compile(r"(\s[>›»|/]\s.*){2,}")


def _is_heading(para: str) -> bool:
    words = para.split()
    # a closing quote alone does not end a sentence: 'Deck with a "quoted slogan"' is a label
    bare = para.rstrip().rstrip("\"'”’)")
    return len(words) <= HEADING_WORDS and not bare.endswith((".", "!", "?", "…", ":", ";"))


def _caption_credit(para: str) -> bool:
    if _FILE_CAPTION.match(para):
        return True
    match = _TRAILING_PAREN.search(para)
    if not match:
        return False
    inner = match.group(1)
    before = para[: match.start()].rstrip()
    if _CREDIT_WORDS.search(inner):
        return True
    # "(Some Police Department)" after a finished sentence: a credit line, not reporting
    words = inner.split()
    proper = all(w[0].isupper() or w.lower() in {"of", "the", "and", "for", "de"} for w in words)
    return proper and before.endswith((".", "”", '"')) and len(words) <= CREDIT_NAME_WORDS


ParagraphRule = Callable[[str], "str | None"]
"""A cleaner rule: a paragraph's stripped text -> why it is not reporting, or None to keep it."""


@dataclass(frozen=True, slots=True)
class Rule:
    """A named cleaner rule; `[clean] disable = ["name"]` turns it off."""

    name: str
    check: ParagraphRule


PARAGRAPH_RULES: dict[str, Rule] = {}
"""Paragraph rules in the order they are tried; the first reason given wins."""


def register_rule(name: str, check: ParagraphRule) -> None:
    """Add a paragraph rule (tried after those already registered)."""
    PARAGRAPH_RULES[name] = Rule(name, check)


def _words_at_most(limit: int, pattern: re.Pattern[str], reason: str) -> ParagraphRule:
    """Return a rule giving `reason` when `pattern` occurs in a paragraph of <= `limit` words."""
    return lambda para: reason if pattern.search(para) and len(para.split()) <= limit else None


def _promo(para: str) -> str | None:
    if _PROMO.search(para) and (len(para.split()) <= PROMO_WORDS or para[:25].isupper()):
        return "promo"
    return None


def _labelled(para: str) -> str | None:
    labelled = _LABELLED.match(para)
    if labelled and len(para.split()) <= LABEL_WORDS:
        kind = labelled.lastgroup
        return {
            "caption": "photo caption or credit",
            "promo": "promo",
            "tags": "breadcrumbs or tag list",
        }.get(kind or "", "date or label line")
    return None


def _breadcrumbs(para: str) -> str | None:
    if not para.endswith(_END_PUNCT) and (
        len(_GLUED.findall(para)) >= 2 or _BREADCRUMB.search(para)
    ):
        return "breadcrumbs or tag list"
    return None


def _register_builtin_rules() -> None:
    register_rule("comment-form", _words_at_most(PROMO_WORDS, _COMMENT_FORM, "comment form"))
    register_rule("share-prompt", _words_at_most(CREDIT_WORDS, _SHARE, "share prompt"))
    register_rule("promo", _promo)
    register_rule(
        "caption", lambda para: "photo caption or credit" if _caption_credit(para) else None
    )
    register_rule(
        "credit-line", _words_at_most(CREDIT_WORDS, _CREDIT_LINE, "credit or copyright line")
    )
    register_rule("labelled-line", _labelled)
    register_rule("newsletter", _words_at_most(LABEL_WORDS, _INBOX, "promo"))
    register_rule("author-bio", _words_at_most(BIO_WORDS, _BIO, "author bio or contact line"))
    register_rule("read-time", lambda para: "read-time line" if _READ_TIME.match(para) else None)
    register_rule("byline", lambda para: "byline" if _BYLINE_LINE.match(para) else None)
    register_rule(
        "date-line",
        lambda para: (
            "date or label line" if DATE_LINE.match(para) or _LABEL_ONLY.match(para) else None
        ),
    )
    register_rule("breadcrumbs", _breadcrumbs)
    register_rule("heading", lambda para: "heading or label" if _is_heading(para) else None)


_register_builtin_rules()


def paragraph_reason(para: str, disabled: Collection[str] = ()) -> str | None:
    """Return why a paragraph is not reporting, or None to keep it."""
    stripped = para.strip().lstrip("•·*-–— \t")
    if not stripped:
        return None
    for rule in PARAGRAPH_RULES.values():
        if rule.name in disabled:
            continue
        reason = rule.check(stripped)
        if reason:
            return reason
    return None


# -- sentence rules --------------------------------------------------------------------------

_META = re.compile(
    r"\b((provided|original|given|above|source|input) (summary|description|text|article|"
    r"excerpt|prompt|passage|content)|as an ai\b|language model|"
    r"(not|n't) (fully |explicitly )?(detailed|provided|available|specified|mentioned|included|"
    r"given|stated) in the (provided|original|given|source|above))",
    re.I,
)
_LABEL_PREFIX = re.compile(
    r"(BREAKING( NEWS)?|UPDATE[D]?|EXCLUSIVE|DEVELOPING|JUST IN|WATCH|LIVE|ALERT)\s*[:\-–—|]\s*"
    r"|(Breaking( [Nn]ews)?|Update[d]?|Exclusive|Developing|Just [Ii]n)\s*:\s*"
)


_DATED_CAPTION = re.compile(
    r",\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s"
    r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2},\s\d{4}\b"
)
"""A wire photo caption's date: "Lee waves to supporters in Riverside, Friday, May 3, 2019, at
Lakeside Park." (reporting says "on Sunday" and leaves out the year of this week's news)."""


_STAFF_BIO = re.compile(
    r"^(?:[A-Z][\w.&'’-]*\s+){1,4}(?:staff|senior|contributing|political|national|science)\s+"
    r"(?:writer|reporter|correspondent|editor)\s+(?:[A-Z][\w.'’-]*\s+){1,3}"
    r"(?:has covered|has been covering|covers|has written about|writes about)\b"
)
"""An outlet introducing its own journalist: "Lakeside Weekly staff writer Ann Lee has covered
the outbreak since January" (a bio inside a paragraph of reporting)."""


def sentence_reason(sentence: str) -> str | None:
    """Return why a sentence is not reporting (machine-rewrite meta text, a photo caption, an
    outlet's bio of its own journalist), or None."""
    if _META.search(sentence):
        return "machine-rewrite meta text"
    if _DATED_CAPTION.search(sentence):
        return "photo caption"
    if _STAFF_BIO.match(sentence):
        return "author bio or contact line"
    return None


# -- the stage ---------------------------------------------------------------------------------


def clean(article: Article, disabled: Collection[str] = ()) -> Document:
    """Return the article's reporting sentences and every dropped span with its reason.

    `disabled` names paragraph rules (see PARAGRAPH_RULES) not to apply.
    """
    text = article.text
    paras = segment.paragraphs(text, article.body_start)
    reasons: list[str | None] = [paragraph_reason(text[s:e], disabled) for s, e in paras]
    if article.byline:
        for i, (s, e) in enumerate(paras):
            if text[s:e].strip() == article.byline.strip():
                reasons[i] = "byline"
    _mark_boxes_and_repeats(text, paras, reasons, article.title)
    _mark_title_lines(text, paras, reasons, article.title)
    _mark_subtitle(text, paras, reasons)

    dropped: list[Span] = []
    if article.body_start:
        head = text[: article.body_start].strip()
        if head:
            dropped.append(Span(0, article.body_start, "title line", head))
    kept: list[tuple[int, int]] = []
    sentences: list[Sentence] = []
    for number, ((s, e), reason) in enumerate(zip(paras, reasons, strict=True)):
        if reason:
            dropped.append(Span(s, e, reason, text[s:e]))
            continue
        kept.append((s, e))
        for ss, se in segment.sentences(text, s, e):
            label = _LABEL_PREFIX.match(text, ss, se)
            if label:
                dropped.append(Span(ss, label.end(), "news label", text[ss : label.end()]))
                ss = label.end()
            why = sentence_reason(text[ss:se])
            if why:
                dropped.append(Span(ss, se, why, text[ss:se]))
                continue
            sentences.append(Sentence(article.id, len(sentences), ss, se, text[ss:se], number))
    return Document(article, tuple(sentences), tuple(dropped), tuple(kept))


def _as_title(line: str) -> str:
    """A line as a title compares: its words alone, case, punctuation and spacing aside ("Lee
    removed from debate site by police." repeats the title "Lee Removed From Debate Site by
    Police"; "... a 'Disgusting Fraud.'" the title "... a 'Disgusting Fraud'")."""
    return " ".join(re.findall(r"\w+", line.casefold()))


TITLE_LINES = 3
"""The most lines a title printed again at the body's top is broken into."""


def _mark_title_lines(
    text: str, paras: list[tuple[int, int]], reasons: list[str | None], title: str
) -> None:
    """Mark the body's first lines when together they print the title again ("Lee questions
    the moderators;" / "Talk compared to working the referees.")."""
    want = _as_title(title)
    if not want:
        return
    first = [i for i, reason in enumerate(reasons) if reason is None][:TITLE_LINES]
    for n in range(2, len(first) + 1):
        if first[n - 1] != first[0] + n - 1:
            return  # lines apart are no one title
        joined = " ".join(text[paras[i][0] : paras[i][1]] for i in first[:n])
        if _as_title(joined) == want:
            for i in first[:n]:
                reasons[i] = "title repeated"
            return


SUBTITLE_WORDS = 20
"""The longest line between a title printed again and a datelined lede that is its subtitle."""


def _mark_subtitle(text: str, paras: list[tuple[int, int]], reasons: list[str | None]) -> None:
    """Mark the short line between a title printed again and the datelined lede ("Curfew
    lifted, but city still in limbo as Guard occupies quiet streets." before "CHARLOTTE -
    Nearly a week after..."): the subtitle, not the reporting."""
    from briefing.stages.narrative import DATELINE

    kept = [i for i, reason in enumerate(reasons) if reason is None]
    if len(kept) < 2 or kept[0] == 0 or reasons[kept[0] - 1] != "title repeated":
        return
    first, lede = kept[0], kept[1]
    line = text[paras[first][0] : paras[first][1]]
    if len(line.split()) <= SUBTITLE_WORDS and DATELINE.match(
        text[paras[lede][0] : paras[lede][1]].strip()
    ):
        reasons[first] = "subtitle"


def _mark_boxes_and_repeats(
    text: str, paras: list[tuple[int, int]], reasons: list[str | None], title: str
) -> None:
    """Mark opinion boxes, tag lists after a label, repeated paragraphs and caption twins."""
    seen: set[str] = set()
    in_box = False
    for i, (s, e) in enumerate(paras):
        para = text[s:e].strip()
        if reasons[i] == "heading or label":
            in_box = bool(_OPINION_HEAD.match(para))
            if in_box:
                reasons[i] = "opinion box"
                continue
            if _TAG_HEAD.match(para):
                reasons[i] = "breadcrumbs or tag list"
                if i + 1 < len(paras) and reasons[i + 1] in (None, "heading or label"):
                    reasons[i + 1] = "breadcrumbs or tag list"
                continue
        elif in_box and reasons[i] is None:
            reasons[i] = "opinion box"
            continue
        if reasons[i] is None and para in seen:
            reasons[i] = "repeated paragraph"
        if reasons[i] is None and title and _as_title(para) == _as_title(title):
            reasons[i] = "title repeated"
        seen.add(para)
        # a caption printed twice: the bare text, then the text with its credit
        if (
            reasons[i] is None
            and i + 1 < len(paras)
            and reasons[i + 1] == "photo caption or credit"
            and text[paras[i + 1][0] : paras[i + 1][1]].startswith(para)
        ):
            reasons[i] = "photo caption or credit"
