"""A neutral headline and a one- or two-sentence summary from the best-supported facts."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from briefing.model import Evidence, Fact, Insertion
from briefing.records import Document
from briefing.stages.agreement import (
    amounts,
    claim_of,
    core_match,
    describes_someone,
    opens_on_gloss,
    phrase_classes,
    states_core,
    verb_classes,
)
from briefing.stages.facts import (
    CUT_OFF,
    HEDGED,
    MARKED_CUT,
    QUOTATION,
    REACTION,
    guesses_or_judges,
    not_checkable,
    reported_verdict,
    stance_cue,
    trim_lead,
    verdict_by,
    without_addressed,
    wording_problem,
)
from briefing.stages.narrative import (
    about_the_thing,
    persons,
    shortened,
    stand_alone,
    states_action,
    story_noun,
    unbracket,
    without_loaded_tail,
)
from briefing.text.lexicon import Lexicon
from briefing.text.tokens import (
    MONTHS,
    STOPWORDS,
    WORD,
    content_words,
    features,
    outside_quotes,
    stem,
    title_case,
)
from briefing.text.wordlists import mapping

SUMMARY_WORDS = 60
SUMMARY_FILL = 32
"""A summary shorter than this (in words) adds a central lead sentence."""
SUMMARY_SENTENCES = 2
"""At most this many sentences in a summary (a third, tried on NeuS, mostly restated the first
or added the writer's analysis)..."""
ALONE_FILL = 40
ALONE_SENTENCES = 3
"""...but a summary that leaves no fact for the list is the whole brief: it fills in up to
ALONE_FILL words and ALONE_SENTENCES sentences, the third only to give a figure the first two
lack, plainly (not one side's reaction). On NeuS, where most briefs are a summary alone, ROUGE-1
F1 37.84 -> 38.1 with the summary's tone calmer (0.310 -> 0.299); on BASIL dev, where the
list holds three or four facts, the same fill added a weaker sixth fact (precision 0.701 ->
0.682), so a brief with a list keeps SUMMARY_FILL and SUMMARY_SENTENCES."""
LEAD_BONUS = 0.6
"""Earlier sentences carry the news in most reporting."""
HEADLINE_WORDS = 16
TOP_FACT = 0.3
"""Weight of the top fact's words in a title beyond the other facts' and the openings' (a
title on another body's subpoena led a summary about the first body's)."""
QUOTED_TITLE = 0.8
"""What a title quoting someone's words loses (0.25 let "Lee Calls Plan 'A Costly
Mistake'" win once the leads' shared words counted)."""

LABEL_WORDS = 5
"""A title with fewer content words than this is scored as if it had this many: two story
words in a five-word label ("At War With The Truth") tell less of the story than six of nine
in a title that states it ("Documents show US leaders misled public on progress in
Afghanistan War"; NeuS dev: 2 headlines change, ROUGE-1 unchanged at 38.3)."""

JUDGED_TITLE = 0.5
"""What a title loses for guessing or judging in its own voice (`facts.guesses_or_judges`)."""

_TEASER = re.compile(
    r"\b(here'?s|what (to|you need to) know|key (insights|takeaways)|explained|everything we know|"
    r"the latest|live updates?|watch|you won'?t believe|find out)\b",
    re.I,
)


def _title_score(
    title: str,
    focus: set[str],
    lexicon: Lexicon,
    elsewhere: set[str],
    top: frozenset[str] | set[str] = frozenset(),
) -> float:
    words = title.split()
    if not words or title.endswith("…"):
        return -9.0
    own = set(content_words(title))
    overlap = len(own & focus) / max(LABEL_WORDS, len(own))
    # the headline and the summary tell one story: the top fact's words count again
    score = overlap + TOP_FACT * len(own & top) / max(1, len(own))
    if elsewhere and own:
        # a word no other outlet uses is usually that outlet's spin ("caves", "slams")
        score -= 0.5 * len(own - elsewhere) / len(own)
    score -= 0.25 * len(lexicon.find(title, in_quotes=True))
    score -= 0.3 * title.count("!") + 0.3 * title.count("?")
    # a quoted phrase is one side's words ("Lee Calls Plan 'A Costly Mistake'")
    score -= QUOTED_TITLE * _quotes_words(title)
    score -= 0.3 * bool(_TEASER.search(title))
    # "Lee may face her biggest test", "Reyes was right all along": the outlet's guess or verdict
    score -= JUDGED_TITLE * guesses_or_judges(title)
    score -= 0.2 * sum(1 for w in words if len(w) > 3 and w.isupper() and w.isalpha())
    score -= 0.05 * max(0, len(words) - HEADLINE_WORDS)
    score -= 0.2 * bool(re.search(r"\b(you|your|I|we)\b", title))
    return score


_QUOTED = re.compile(
    # an apostrophe inside a word ("Don’t") is no closing mark
    r"(?<!\w)[\"“”'‘’]\s*(\w(?:[^\"“”'‘’]|(?<=\w)['’](?=\w))*)[\"“”'‘’](?!\w)"
)


def _quotes_words(title: str) -> bool:
    """Return True when a title quotes someone's words. In a title set in sentence case, a
    quoted phrase whose every word is capitalised is a name ("Melania Trump 'Be Best' pamphlet
    was first published by the FTC": a campaign's), not words quoted."""
    cased = title_case(title)
    for m in _QUOTED.finditer(title):
        if cased:
            return True
        words = m.group(1).split()
        if not (len(words) <= NAME_WORDS and all(w[:1].isupper() for w in words)):
            return True
    return False


NAME_WORDS = 4
"""At most this many words in a quoted name ("'Be Best'", "'Fake News' awards")."""


_JOINING = frozenset("and or but nor of for to with in on at by as".split())


def _left_dangling(title: str, cleaned: str) -> bool:
    """Return True when dropping a loaded word left the title opening on a joining word
    ("Unhinged and Uncensored, Lee..." -> "And Uncensored, Lee..."): no headline."""
    first = cleaned.split()[0].lower() if cleaned.split() else ""
    return first in _JOINING and title.split()[0].lower() not in _JOINING


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
    """Each article's content words (title and body), and as "class:NAME" the news-verb
    phrases it uses ("said no" tells the class reject, see `told_classes`)."""
    out = []
    for doc in docs:
        words = set(content_words(doc.article.title))
        for sentence in doc.sentences:
            words |= set(content_words(sentence.text))
            words |= {f"class:{c}" for c in phrase_classes(sentence.text)}
        out.append(words)
    return out


def told_classes(words: Collection[str]) -> set[str]:
    """Return the news-verb classes that words (see `_vocabularies`) tell: their verbs' and
    their phrases'."""
    classes = verb_classes().single
    told = {c for w in words for c in classes.get(w, ())}
    return told | {w[6:] for w in words if w.startswith("class:")}


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
    """Return a neutral headline: the most central, least loaded outlet title, neutralised.

    Central: the most of its words are the top facts' or words at least two articles open
    with, the top fact's counting more (NeuS dev, headline + summary ROUGE-1: 37.5 -> 37.9,
    from the facts' words alone); a title that quotes someone's words ranks well below one
    that does not.
    """
    focus: set[str] = set()
    for fact in facts[:4]:
        focus |= set(content_words(fact.text))
    focus |= _shared_words(docs)
    vocab = _vocabularies(docs)
    top = set(content_words(facts[0].text)) if facts else set()
    scored = sorted(
        (
            (_title_score(t, focus, lexicon, _elsewhere(vocab, i), top), i, t)
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
        and not _left_dangling(title, cleaned)
    ]
    # an outlet's neutralised title says what the story is about; a fact (which may be a side
    # detail) stands in only when no title will do
    if usable and usable[0][0] > -0.5:
        return usable[0][1]
    if facts and len(facts[0].text.split()) <= HEADLINE_WORDS + 6:
        return facts[0].text.rstrip(".")
    if facts:
        words = facts[0].text.split()
        return " ".join(words[: HEADLINE_WORDS + 2]).rstrip(",;:") + "…"
    if usable:
        # no fact to state: an outlet's title, even one quoting someone, says more than none
        return usable[0][1]
    return "News brief"


def summary(
    facts: Sequence[Fact], docs: Sequence[Document], lexicon: Lexicon, headline: str = ""
) -> str:
    """Return one or two sentences stating the main news (see `lead_summary`)."""
    return lead_summary(facts, docs, lexicon, headline)[0]


def _another_day(fact: Fact, top: Fact) -> bool:
    """Return True when both facts name a weekday, outside quotation marks, and none the same."""
    days, told = (set(_WEEKDAY.findall(outside_quotes(unbracket(f.said)))) for f in (fact, top))
    return bool(days and told) and not days & told


def _side_verdict(fact: Fact, headline: str) -> bool:
    """Return True when a fact is what someone made of the news ("Mayor Fitch called the
    layoffs 'a gut punch'") and the headline does not name them: a side's view, not the news.
    Where the headline names them ("Conway defends her call"), their verdict is the news."""
    who = verdict_by(unbracket(fact.said))
    if who is None:
        return False
    named = {w for w in re.findall(r"[A-Z][\w’'-]+", who) if w.lower() not in _STOP_TITLE}
    # "Mayor Gerald Fitch": the name, not the title, must be in the headline
    return not named & set(re.findall(r"[\w’'-]+", headline))


_STOP_TITLE = frozenset(mapping("titles"))


def lead_summary(
    facts: Sequence[Fact],
    docs: Sequence[Document],
    lexicon: Lexicon,
    headline: str = "",
    *,
    fill: bool = True,
    avoid: Collection[str] = (),
    details: Collection[Fact] = (),
) -> tuple[str, list[Fact], list[Fact]]:
    """Return (summary, the facts it states, the facts left for the list).

    The summary states the main news: the top fact, and the second when both fit in
    SUMMARY_WORDS and the list keeps at least two facts. The list then starts with what the
    summary has not said, so a reader never sees one sentence twice. A summary under
    SUMMARY_FILL words (or one without facts) adds the most central lead sentence that stands
    alone and that no listed fact already says; it is cited as the single source it is (a
    summary that leaves the list empty is the whole brief: up to ALONE_FILL words and
    ALONE_SENTENCES sentences, see there). With
    `fill` false (a brief that asks for consensus only) it adds nothing, unless it has no fact
    at all. Facts in `details` (sentences from further down, see `with_leads`) are listed,
    never summarized: they are no one's main news, unless an article opens on one that
    reports a later day than the top fact (see `_latest_first`).
    """
    stated: list[Fact] = []
    total = 0
    opening = _openings(docs)
    # a detail an article opens on that is news of a later day than the top fact's is the news
    detail = {id(f) for f in details}
    # (nor is the top fact when two articles open on it, whichever way it came: "agreed on
    # Friday to reopen the government")
    first = facts[0] if facts else None
    if (
        first is not None
        and len({e.article for e in first.evidence if (e.article, e.start) in opening}) >= 2
    ):
        detail.discard(id(first))
    top = next((f for f in facts if id(f) not in detail), None)
    minor = {
        id(f)
        for f in details
        if id(f) in detail and (top is None or not _later_news(f, top, docs, opening))
    }
    # a top fact that names the main event only as "the declaration": the detail that tells the
    # event ("declared a state of emergency") is the news the summary starts with
    stem = story_noun(unbracket(top.said)) if top is not None else None
    if stem is not None:
        teller = _event_teller([f for f in facts if id(f) in detail], stem)
        if teller is not None:
            minor.discard(id(teller))
    # who someone is ("Lee, 46, is married to...") is background: listed, never the news
    # nor is what it dates to an earlier month or year ("Fox vowed in February that...")
    news = [
        f
        for f in facts
        if id(f) not in minor
        and not describes_someone(unbracket(f.said))
        and not dated_earlier(f, docs)
        and not (f is not facts[0] and told_before(unbracket(f.said)))
        and not _side_verdict(f, headline)
    ]
    settled = False
    for fact in news[:2]:
        n = len(fact.text.split())
        if stated and (total + n > SUMMARY_WORDS or len(facts) < 4):
            break  # a short list keeps its facts; the summary then states the top one only
        if stated and _another_day(fact, stated[0]):
            # "agreed on Friday to reopen the government", then "on Saturday announced a
            # compromise plan": another day's news is listed, not told as the same story
            continue
        if stated and states_a_condition(unbracket(fact.said)):
            # "Iowa has no recall process", "The county has 60,000 residents": the setting,
            # which the list gives; the summary tells what happened, and the top fact did
            settled = True
            break
        fuller = _fuller(fact, stated, SUMMARY_WORDS - total)
        if fuller is not None:
            total += _swapped(stated, fuller, fact)  # the same statement, with a figure more
            continue
        named = next((k for k, p in enumerate(stated) if _names_the_unnamed(fact, p)), None)
        if named is not None and not (fact.single_source and _slant(fact, docs) >= SLANTED):
            # "A male suspect was arrested" then "Ann Lee, 56, was taken into custody": the
            # same act twice; the one that names who is the news
            total += _swapped(stated, named, fact)
            continue
        if any(
            # (without the words we put inside them: "voted against [the motion to fire Ann
            # Lee]" says no news of the top fact's again)
            _repeats(fact.said, p.said)
            or _little_else(fact.said, p.said)
            # "Lee said the troops would be home within 120 days" twice, once with more detail
            or _same_figures(fact.said, p.said, any_length=True)
            for p in stated
        ):
            continue  # the same news in other words
        if stated and fact.single_source and _slant(fact, docs) >= SLANTED:
            break  # one outlet's framing is not the summary: a plain lead may fill in below
        stated.append(fact)
        total += n
    # a fact that says the summary's news again in other words is not listed again, unless it
    # tells where, when or how much ("made the announcement in his hometown of Hope")
    rest = [
        f
        for f in facts
        if f not in stated
        and not any(
            # (compared without the words we put inside them: "the [Tamarack State] board"
            # says no more of the summary's news than "the board")
            (_same_news(f.said, p.said) or _little_else(f.said, p.said))
            and not _tells_more(f.said, p.said)
            for p in stated
        )
    ]
    # "...paid $1.8 million over four years to Crestline" twice, from two outlets: one is shown
    rest = [
        f
        for k, f in enumerate(rest)
        if not any(
            _same_sum(_own(f), _own(p)) or _retold(_own(f), _own(p)) for p in [*stated, *rest[:k]]
        )
        # ...nor a fact told again further down with a figure more, by as many outlets ("The
        # site opened in 1989 and was expanded in 2008" / "...in 2008, when it grew by 90 acres")
        and not any(
            _retold(_own(f), _own(q))
            and not _retold(_own(q), _own(f))
            and len(set(q.sources)) >= len(set(f.sources))
            for q in rest[k + 1 :]
        )
    ]
    # "Brennan dismissed the criticism as a “smear campaign.”" beside "Brennan called the
    # objections “a smear campaign by...” and said Orloff would divest": the fuller one says it
    rest = [
        f
        for k, f in enumerate(rest)
        if not any(
            _within(f, p) and (j < k or not _within(p, f)) for j, p in enumerate(rest) if j != k
        )
    ]
    # a summary that leaves the list empty is the whole brief: it may say more
    enough, most = (ALONE_FILL, ALONE_SENTENCES) if not rest else (SUMMARY_FILL, SUMMARY_SENTENCES)
    if total < enough and len(stated) < most and (fill or not stated) and not settled:
        # a story without any fact still gets a summary: then a weaker lead may do
        main = [f for f in rest if id(f) not in minor]
        leads = central_leads(docs, lexicon, limit=6, strict=bool(stated or main))
        # the most central leads first, but a slanted one (its outlet's own words, strong
        # wording) only after the plain ones: one outlet's framing is not the summary
        leads.sort(key=lambda lead: _slant(lead, docs) >= SLANTED)
        cited = {e.text for f in facts if id(f) not in minor for e in f.evidence}
        for lead in leads:
            if lead.evidence[0].text in avoid or opens_on_gloss(lead.text):
                continue
            if (
                describes_someone(unbracket(lead.said))
                or dated_earlier(lead, docs)
                or told_before(unbracket(lead.said))
                or _side_verdict(lead, headline)
            ):
                continue  # who someone is ("Lee, 46, is married to..."), what was, or what
                # someone made of it is no news
            if lead.evidence[0].text in cited:
                continue  # an outlet's sentence already cited for a fact says that fact
            n = len(lead.text.split())
            # a detail from further down that tells the lead's news gives way to the lead
            told = [
                f
                for f in rest
                if not _other_figures(lead.text, f.text)
                and (
                    _restates(lead.text, f.text)
                    or _same_news(lead.text, f.text)
                    or _same_sum(lead.text, f.text)
                )
            ]
            if any(id(f) not in minor for f in told):
                continue
            fuller = _fuller(lead, stated, SUMMARY_WORDS - total)
            if fuller is not None:
                total += _swapped(stated, fuller, lead)  # the same statement, a figure more
                rest = [f for f in rest if f not in told]
                continue
            if any(
                _restates(lead.text, f.text)
                or _same_news(lead.text, f.text)
                or _little_else(lead.text, f.text)
                or _same_figures(lead.text, f.text, any_length=True)
                for f in stated
            ):
                continue  # "The court sided with the athletes on Monday" after its ruling
            named = next((k for k, p in enumerate(stated) if _names_the_unnamed(lead, p)), None)
            if named is not None:
                total += _swapped(stated, named, lead)  # the same act, now with who did it
                rest = [f for f in rest if f not in told]
                continue
            if stated and total + n > SUMMARY_WORDS:
                continue
            if len(set(content_words(lead.text)) - set(content_words(headline))) < 3:
                continue  # it only repeats the headline
            if len(stated) >= 2 and (
                not _mild(lead, docs)
                or stance_cue(lead.text)
                or not _adds_figure(lead.text, " ".join(f.text for f in stated))
            ):
                continue  # a third sentence gives the figures of the news, plainly
            stated.append(lead)
            rest = [f for f in rest if f not in told]
            total += n
            if len(stated) == most or total >= enough:
                break
        # a lead an article opens on is the main news: it comes before a fact from further down
        stated.sort(key=lambda f: not _states_one_of(f, opening))
    if not stated and rest:
        stated.append(rest.pop(0))  # no lead will do: the top fact is better than no summary
    if not stated:
        # nor any fact: what the leads report as expected or as someone's statement is the
        # news (a summary is never empty where an article has a lead that stands alone)
        stated = central_leads(docs, lexicon, limit=1, last_resort=True)
    return " ".join(f.text for f in stated), stated, rest


_EVENT_TIME = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
    r"this\s+week|last\s+week)\b",
    re.I,
)


def states_a_condition(text: str) -> bool:
    """Return whether a sentence's main verb is "be" or "have" (no auxiliary) and it names no
    day: how things stand ("Iowa has no recall process for state legislators", "The county
    has about 60,000 residents"), not what happened."""
    from briefing.text.tagger import tag_once as tag

    bare = outside_quotes(text)
    if _EVENT_TIME.search(bare):
        return False
    tokens = tag(bare)
    first = next((k for k, t in enumerate(tokens) if t.upos in ("VERB", "AUX")), None)
    if first is None or tokens[first].lemma.lower() not in ("be", "have"):
        return False
    # "has voted", "is expected to", "was arrested": an auxiliary before the verb of the news
    return not any(t.upos == "VERB" for t in tokens[first + 1 : first + 4])


def _same_sum(a: str, b: str) -> bool:
    """Return True when two sentences give the same sum or share ("$1.8 million", "14
    percent") and half the shorter one's words: one claim, told twice."""
    if not amounts(a) & amounts(b):
        return False
    if _adds_figure(_YEAR.sub(" ", a), b) or _adds_figure(_YEAR.sub(" ", b), a):
        return False  # "...and 300,000 more under T.P.S.": a count the other lacks (a year
        # only dates the same claim)
    wa, wb = set(content_words(unbracket(a))), set(content_words(unbracket(b)))
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= SAME_SUM_WORDS


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
SAME_SUM_WORDS = 0.5
"""Share of the shorter sentence's words two sentences with the same sum share to be one."""


def _within(fact: Fact, other: Fact) -> bool:
    """Return True when `other` states the main claim of `fact` (`states_core`) and `fact`
    tells no figure or place more: listed beside it, `fact` only repeats it."""
    return not _tells_more(fact.text, other.text) and states_core(
        unbracket(fact.said), unbracket(other.said)
    )


_PURPOSE_BRACKET = re.compile(r"\s?\[(?:(?:on |of )?the motion )?to [^\]]*\]")


def _own(fact: Fact) -> str:
    """Return the fact's text without the purpose we put after its vote or plan: "voted against
    the plan [to close three schools]" tells no figure of the summary's "voted 5-2 to close
    three schools" (the names we put in stay: "the [Westmark] commission" is the one told)."""
    return _PURPOSE_BRACKET.sub("", fact.text)


def _retold(a: str, b: str) -> bool:
    """Return True when `a` gives `b`'s figures and half its words again and no figure more:
    "Jurors deliberated about nine hours over two days before convicting..." after "After
    deliberating for roughly nine hours across two days, a jury found... guilty": one claim."""
    if not _same_figures(a, b, any_length=True) or _adds_figure(a, b):
        return False
    # "The council met for nine hours over two days": the units of the figures are no claim
    words = (content_words(a), content_words(b))
    units = {w for seq in words for k, w in enumerate(seq) if k and _figure(seq[k - 1])}
    shared = set(words[0]) & set(words[1])
    return any(not _figure(w) and w not in units for w in shared)


def _figure(word: str) -> bool:
    """Return whether a content word is a figure ("14", "2.3", "nine")."""
    return word[:1].isdigit() or word in _NUMBER_STEMS


_NUMBER_STEMS = frozenset(stem(w) for w in mapping("number_words"))


def _names_the_unnamed(fact: Fact, stated: Fact) -> bool:
    """Return True when `fact` tells the act `stated` tells of someone unnamed, naming them:
    "Ann Lee, 56, was taken into custody on Friday" after "A male suspect was arrested in
    Riverside on Friday" (the second states the first's core, `states_core`)."""
    old, new = unbracket(stated.said), unbracket(fact.said)
    if claim_of(old).first is not None or claim_of(new).first is None:
        return False
    return states_core(old, new)


def _same_news(a: str, b: str) -> bool:
    """Return True when each sentence states the other's core, its actor doing its action
    ("X was invited by Y" twice in two outlets' words): the summary says it once."""
    a, b = unbracket(a), unbracket(b)
    if bool(_WANTED.search(outside_quotes(a))) != bool(_WANTED.search(outside_quotes(b))):
        return False  # "faced pressure to veto" is not "announced her decision to veto"
    return (core_match(a, b) and core_match(b, a)) or _same_figures(a, b) or _same_act(a, b)


ONE_ACT = frozenset(
    f"class:{name}"
    for name in (
        "veto override resign fire sue charge arrest convict sentence apologize sign ban "
        "repeal nominate rule lay off block"
    ).split()
)
"""News-verb classes (data/news_verbs.txt) of an act a story tells once: two sentences that
state one of them, neither naming another actor, tell the same news."""


def _same_act(a: str, b: str) -> bool:
    """Return True when `a` and `b` state the same one-time act (`ONE_ACT`) in other words,
    one of them without a name for who did it: "Kentucky teachers are taking Gov. Whitmore to
    court" and "A union representing Kentucky teachers filed suit on Tuesday" (not "The House
    passed the bill" and "The Senate passed it", nor one who sued and one who did not)."""
    ca, cb = claim_of(a), claim_of(b)
    if not (ca.main & cb.main & ONE_ACT) or ca.negated != cb.negated:
        return False
    if ca.reported or cb.reported:
        return False  # "Lee said the union would sue": a plan or a claim, not the act
    if ca.first is not None and cb.first is not None:
        return False  # both name who acted: `core_match` compares them
    return len(ca.words & cb.words) >= 2


def _swapped(stated: list[Fact], k: int, fact: Fact) -> int:
    """Put `fact` in place of stated[k], the same news told better; return how many words
    more the summary has."""
    more = len(fact.text.split()) - len(stated[k].text.split())
    stated[k] = fact
    return more


def _fuller(fact: Fact, stated: Sequence[Fact], room: int) -> int | None:
    """The index of the stated fact that `fact` says again with a figure more, in at most
    `room` words more, else None: "Lee said the troops would be home within 120 days" twice,
    the second time with how many troops ("nearly 3,500"); the summary states it once, the
    fuller way (when it fits)."""
    for k, said in enumerate(stated):
        if (
            _same_figures(fact.text, said.text, any_length=True)
            and _adds_figure(fact.text, said.text)
            and not _adds_figure(said.text, fact.text)
            and _one_acts(fact.text) == _one_acts(said.text)
        ):
            return k if len(fact.text.split()) - len(said.text.split()) <= room else None
    return None


def _one_acts(text: str) -> frozenset[str]:
    """The one-time acts (`ONE_ACT`) a sentence's main claim states: "vetoed an ordinance that
    would have raised the wage to $17" and "The ordinance would have raised the wage from
    $12.50 to $17" share figures, yet only one tells the veto."""
    return claim_of(unbracket(text)).main & ONE_ACT


def _tells_more(fact: str, said: str) -> bool:
    """Return True when `fact`, telling the news `said` tells, adds where or how much: a figure
    (`_adds_figure`) or a place (`_adds_place`) that `said` does not give."""
    # "Corvana, the giant that reported $1 billion in profit last year, announced...": who
    # the actor is adds nothing to the news
    news = _DESCRIBING.sub(",", unbracket(fact))
    return _adds_figure(news, said) or _adds_place(news, said)


_DESCRIBING = re.compile(r",\s+(?:an?|the|one of the)\s+[^,;]{1,100},")
"""An appositive between commas that describes whom or what the sentence is about."""


_WANTED = re.compile(
    r"\b(?:pressure[sd]?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? on|ask(?:s|ed|ing)?|"
    r"demand(?:s|ed|ing)?|press(?:es|ed|ing)?|want(?:s|ed)?|hop(?:e|es|ed|ing))\b"
    r"[^.;]{0,60}?\bto [a-z]+"
    # "said Lee should be forced to step down", "said Lee should resign"
    r"|\b(?:said|says|saying)\b[^.;]{0,40}?\bshould (?:be [a-z]+ to )?[a-z]+"
)
"""An action others only want done ("faced pressure to veto", "urged Lee to sign", "said Lee
should resign")."""


SAME_FIGURES_WORDS = 12
"""At most this long, a sentence giving another's figures in its words only repeats it."""


def _same_figures(a: str, b: str, any_length: bool = False) -> bool:
    """Return True when a sentence gives another's figures and half its words again: a short
    one ("Lakeside approves partnership in 3-2 vote" / "commissioners voted 3-2 on Tuesday
    to..."), or one of any length on the same day ("... part of a $4 million transit
    agreement announced on Sunday night" / "The council reached an agreement Sunday on a $4
    million package"), or `any_length`."""
    fa, fb = features(a), features(b)
    na, nb = fa.numbers, fb.numbers
    dated = bool(fa.dates) and fa.dates == fb.dates
    if not (na and nb) or not (na <= nb or nb <= na):
        return False
    wa, wb = set(content_words(a)), set(content_words(b))
    longer = min(len(a.split()), len(b.split())) > SAME_FIGURES_WORDS
    if not (wa and wb) or (longer and not dated and not any_length):
        return False  # a longer sentence with the same figures adds more than it repeats
    shared = len(wa & wb) + len(na & nb)
    return shared / (min(len(wa), len(wb)) + min(len(na), len(nb))) >= 0.5


LEAD_SENTENCES = 3
"""How many opening sentences of an article state its main news."""


def main_news_first(facts: Sequence[Fact], docs: Sequence[Document]) -> list[Fact]:
    """Return the facts with the main news first: what most outlets' leads say happened.

    A fact's lead agreement is the number of articles whose first LEAD_SENTENCES sentences
    state its core claim (its actor doing its action; see `stages.agreement.core_match`).
    Facts two or more articles open on (their own sentences, OPENING_SENTENCES) come first;
    then those two or more leads agree on, most agreed first; then facts an article opens on;
    the order is kept otherwise (consensus facts before single-source ones).
    """
    leads = [[s.text for s in d.sentences[:LEAD_SENTENCES]] for d in docs]

    def agreement(fact: Fact) -> int:
        plain = unbracket(fact.said)
        return sum(any(core_match(plain, lead) for lead in texts) for texts in leads)

    opening = _openings(docs)

    def opens(fact: Fact) -> int:
        return len({e.article for e in fact.evidence if (e.article, e.start) in opening})

    firsts = _firsts(docs)

    def leads_on(fact: Fact) -> bool:
        # an article's very first sentence states it
        return _states_one_of(fact, firsts)

    def key(item: tuple[int, Fact]) -> tuple[bool, bool, int, int, bool, bool, int]:
        i, fact = item
        if describes_someone(unbracket(fact.said)):
            return (True, True, 0, 0, True, True, i)  # who someone is: background, after news
        # what an onlooker remarks ("Howard Ng, a law professor, noted that courts have...")
        # is no news of what happened: after it
        remark = onlooker_remark(fact.said)
        opened = opens(fact)
        agreed = agreement(fact)
        # what all the leads agree happened comes before what two outlets open on beside it
        told = opened >= 2 or (agreed >= len(leads) >= 3 and leads_on(fact))
        # of the rest, as agreed on, an article's very first sentence before its second
        return (
            False,
            remark,
            -told,
            -(agreed if agreed >= 2 else 0),
            not opened,
            not leads_on(fact),
            i,
        )

    ordered = [f for _, f in sorted(enumerate(facts), key=key)]
    return _event_told_first(_latest_first(ordered, docs, opening))


_ONLOOKER = re.compile(
    r"^[A-Z][^,]{2,60}, (?:an?|the) [^,]{0,60}?\b(?:professor|analyst|expert|economist|scholar|"
    r"researcher|political scientist|pollster|historian|consultant|strategist|lecturer|fellow)"
    r"\b[^,]*,\s+(?:\w+\s+)?(?:said|says|noted|notes|argued|argues|added|cautioned|warned|"
    r"observed|predicted|pointed out)\b"
)
"""A fact that is an onlooker's remark: a named expert, described, then a speech verb."""
_ONLOOKER_WHO = re.compile(
    r"^[A-Z][^,]{2,60}, who (?:directs|teaches|studies|heads|leads|runs|researches|tracks)\b"
    r"[^,]{0,80}?\b(?:University|College|Institute|Center|School|think tank)\b[^,]*,\s+"
    r"(?:\w+\s+)?(?:said|says|noted|notes|argued|argues|added|cautioned|warned|observed|"
    r"predicted|pointed out)\b"
)
"""...or one a clause on what they study says is an expert ("Miriam Okafor, who directs the
Center for School Policy at Tamarack University, said ...")."""
_ONLOOKER_AFTER = re.compile(
    r"^[^\"“”]{20,}, (?:said|says|noted|notes|argued|argues|cautioned|warned|observed|"
    r"according to)\s+"
    r"[A-Z][^,]{2,60}, (?:an?|the) [^,]{0,60}?\b(?:professor|analyst|expert|economist|scholar|"
    r"researcher|political scientist|pollster|historian|consultant|strategist|lecturer|fellow)\b"
)
"""...or one told first, the expert named after it ("Research on the cameras is mixed, said
Ann Lee, a professor of civil engineering at ...", "Each job supports two more, according to
Sam Ortega, a labor economist at ...")."""


def onlooker_remark(text: str) -> bool:
    """Return True when a fact is only what an outside expert remarks ("Howard Ng, a law
    professor at Calder State University, noted that courts have ..."): commentary on the
    news, not the news; the brief's facts leave it out (issue: a reaction is no fact)."""
    plain = unbracket(text)
    return any(p.match(plain) for p in (_ONLOOKER, _ONLOOKER_WHO, _ONLOOKER_AFTER))


_VIEW_TOLD = re.compile(
    r"^(?P<who>[A-Z][^\"“”]{2,160}?)\s(?:has\s+|had\s+)?(?:said|says|told\s+[^,\"“]{1,40}?|"
    r"argued|argues|noted|notes|added|insisted|insists|contended|contends|acknowledged|"
    r"believes|thinks|complained|complains)\s+(?:in\s+a\s+statement\s+|on\s+\w+\s+)?"
    r"(?:that\s+)?(?P<what>[a-z][^\"“”]*)$"
)
"""A sentence that tells what someone said, in the writer's words: who, a speech verb, then
what they said, in lower case (no quotation)."""


def paraphrased_view(text: str) -> bool:
    """Return True when a sentence is only someone's view in the writer's words: what they
    said names no one, gives no figure or date and is not their own doing ("Wade Harrell,
    president of the Cattlemen's Association, said outsiders did not understand the toll";
    "Commission Chairman Ray Kessling said the board had little choice"). One outlet's
    paraphrase of a view is no fact: the sides show what people said, in their own words.
    "said she would sign the ordinance" (her own act), "said three of the four justices face
    retention votes" (a figure) or "said Ms. Halvorsen was blaming the chief" (a name) are
    told as news."""
    plain = unbracket(text)
    told = _VIEW_TOLD.match(plain)
    if told is None or not re.search(r"[A-Z][a-z]+ [A-Z][a-z]+|[A-Z][a-z]+,", told["who"]):
        return False  # not a named speaker's report
    if told["who"].split()[0].lower() in STOPWORDS or told["who"].split()[0].endswith("ing"):
        return False  # "In a dissent joined by two colleagues, Justice Lee said...": an act
    what = told["what"]
    feats = features(what)
    if feats.entities or feats.numbers or feats.dates:
        return False
    # "said his jail would no longer hold...", "said she learned of the pardon from a
    # reporter": what the speaker did or will do is news told by the one who does it
    return not _SPEAKERS_OWN.match(what)


_SPEAKERS_OWN = re.compile(
    r"(?:he|she|they|we|i|(?:his|her|its|their|our) \w+)\b(?! (?:is|was|would be|will be) "
    r"(?:difficult|hard|easy|clear|unclear|important|likely|unlikely|possible|impossible|"
    r"too early|time)\b)|it\b(?! (?:is|was|would be|will be|'s|’s)\b)"
)
"""What a speaker says of their own doing ("she would", "his office will"), not an expletive
"it is difficult to..." or someone else's ("the board had little choice")."""


def _event_teller(facts: Sequence[Fact], stem: str) -> Fact | None:
    """Return the first of `facts` that tells the event whose noun has the stem `stem`
    ("declared" for "the declaration"), itself not naming it so, else None."""
    return next(
        (
            f
            for f in facts
            if story_noun(unbracket(f.said)) != stem and states_action(unbracket(f.said), stem)
        ),
        None,
    )


def _event_told_first(facts: list[Fact]) -> list[Fact]:
    """Return the facts with each one that tells the story's main event ahead of any fact that
    names that event only as "the <noun>": "Morrow declared a state of emergency..." before
    "Morrow issued the declaration Sunday morning after tests...", which the headline alone
    does not make clear (see `narrative.story_noun`)."""
    out = list(facts)
    for fact in facts:
        stem = story_noun(unbracket(fact.said))
        if stem is None:
            continue
        at = out.index(fact)
        teller = _event_teller(out[at + 1 :], stem)
        if teller is not None:
            out.remove(teller)
            out.insert(at, teller)
    return out


LATEST_WITHIN = 3
"""How far down the facts an opening sentence reporting a later day may be moved to the top."""
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ON_DAY = re.compile(
    r"\b(?<!next )(?<!this coming )(Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b"
)
_AHEAD = re.compile(
    r"\b(?:will|would|shall|set to|expected|plans to|planning to|scheduled|is to|are to|"
    r"could|may|might)\b",
    re.I,
)


def _latest_first(
    facts: list[Fact], docs: Sequence[Document], opening: set[tuple[str, int]]
) -> list[Fact]:
    """Return the facts with the latest development first: when an article opens on what
    happened on a later day than the day the top fact reports ("vetoed the plan on
    Wednesday" after "the council sent her the plan on Monday"), that opening leads. Outlets that
    wrote on different days tell the story at different stages; the newest is the news.

    A day is a weekday the fact names, dated by its article's publication date (the last such
    weekday on or before it); a fact that looks ahead to it ("will vote Friday", "is expected
    to sign Monday") or names no day never moves nor holds its place by date.
    """
    if len(facts) < 2:
        return facts
    for k, fact in enumerate(facts[1:LATEST_WITHIN], 1):
        if _later_news(fact, facts[0], docs, opening):
            return [fact, *facts[:k], *facts[k + 1 :]]
    return facts


def _later_news(
    fact: Fact, top: Fact, docs: Sequence[Document], opening: set[tuple[str, int]]
) -> bool:
    """Return True when an article opens on `fact` and it reports a later day than `top`."""
    if not _states_one_of(fact, opening):
        return False
    day, then = _event_day(fact, docs), _event_day(top, docs)
    return day is not None and then is not None and day > then


def _event_day(fact: Fact, docs: Sequence[Document]) -> datetime.date | None:
    """Return the day the fact's own sentence says its news happened, else None."""
    said = outside_quotes(unbracket(fact.said))
    named = _ON_DAY.search(said)
    if named is None or _AHEAD.search(said, 0, named.start()):
        return None
    published = next((d.article.published for d in docs if d.article.id == fact.source), None)
    try:
        day = datetime.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None
    back = (day.weekday() - _WEEKDAYS.index(named.group(1).lower())) % 7
    return day - datetime.timedelta(days=back)


_DATED = re.compile(
    # ("In June, the city agreed...": the sentence may open on it)
    r"\b(?i:in|on|since|during|last|early|late|mid-?)\s+(?:early\s+|late\s+|mid-?)?"
    rf"(?P<month>{'|'.join(m.capitalize() for m in MONTHS)})"
    r"\b(?:\s+\d{1,2}\b,?)?(?:\s+(?P<year>(?:19|20)\d\d))?"
    r"|\b(?i:in|since)\s+(?P<only_year>(?:19|20)\d\d)\b"
    r"|\b(?P<last>(?i:last|earlier this))\s+(?:month|year)\b(?![’'])"
)


DATED_AFTER_VERB = 30
"""How many characters after its main verb a year may start and still date the sentence's
news (further on, it dates something the sentence mentions). A month before the article's
dates what it tells wherever it stands ("an incident in March", "accosted ... in March")."""


def told_before(said: str) -> bool:
    """Return True when the sentence's main verb is in the past perfect ("The developer had
    proposed five buildings on the tract"): what came before the news, which the list may
    give but the summary does not tell as news."""
    claim = claim_of(outside_quotes(said))
    if claim.main_at < 0 or claim.reported:
        return False
    before = [t.text.lower() for t in claim.tokens[max(0, claim.main_at - 3) : claim.main_at]]
    return "had" in before and not any(w in ("not", "never", "n't") for w in before)


_WEEKDAY = re.compile(rf"\b({'|'.join(day.capitalize() for day in _WEEKDAYS)})\b")
_DAY_OF_NEWS = re.compile(
    rf"\b(?:{'|'.join(day.capitalize() for day in _WEEKDAYS)}|today|yesterday|tonight)\b"
)


def dated_earlier(fact: Fact, docs: Sequence[Document]) -> bool:
    """Return True when the fact's own sentence dates what it tells to a month or a year
    before its article's ("Fox vowed in February that Mexico would not pay" in an August
    article, "in 2009", "last month"): background the story recalls, not its news. A month
    without a year is read in the article's year; one after the article's month may lie ahead
    ("the vote in November"), and says nothing, as does a sentence with no such date or an
    article with no date. A year must come before the sentence's main verb or just after it
    (`DATED_AFTER_VERB`); so must a month in a sentence that dates its news to a day ("struck
    down on Tuesday the map adopted in June")."""
    said = outside_quotes(unbracket(fact.said))
    published = next((d.article.published for d in docs if d.article.id == fact.source), None)
    try:
        day = datetime.date.fromisoformat(str(published)[:10])
    except ValueError:
        return False
    claim = claim_of(said)
    verb = claim.tokens[claim.main_at] if claim.main_at >= 0 else None
    for m in _DATED.finditer(said):
        told_later = (
            verb is not None
            and m.start() > verb.end + DATED_AFTER_VERB
            and _DAY_OF_NEWS.search(said, 0, m.start()) is not None
        )
        if m.group("last"):
            if told_later:
                # "on Tuesday dropped charges against a sergeant who was recorded striking a
                # man during an arrest last year": the day dates the news, "last year" the arrest
                continue
            return True
        year = m.group("year") or m.group("only_year")
        if m.group("only_year"):
            # a year further on dates something the sentence names ("subpoenaed ... in the
            # probe of Russian activity in 2016"), not its news
            near = verb is None or m.start() <= verb.end + DATED_AFTER_VERB
            if near and int(year) < day.year:
                return True
            continue
        if (
            verb is not None
            and m.start() > verb.end + DATED_AFTER_VERB
            and _DAY_OF_NEWS.search(said, 0, m.start())
        ):
            # "struck down on Tuesday the map that the legislature adopted in June": the
            # sentence dates its news to a day; the month further on dates what it names
            continue
        month = MONTHS.index(m.group("month").lower()) + 1
        if year is not None:
            if (int(year), month) < (day.year, day.month):
                return True
        elif month < day.month:
            return True
    return False


OPENING_SENTENCES = 2
"""An article's opening sentences state its main news: a fact one of them states comes
before a detail stated further down, however many outlets state the detail."""


def _openings(docs: Sequence[Document]) -> set[tuple[str, int]]:
    """Return (article, start) of each article's OPENING_SENTENCES, as evidence cites them."""
    return {(d.article.id, s.start) for d in docs for s in d.sentences[:OPENING_SENTENCES]}


def _firsts(docs: Sequence[Document]) -> set[tuple[str, int]]:
    """Return (article, start) of each article's very first sentence."""
    return {(d.article.id, d.sentences[0].start) for d in docs if d.sentences}


def _states_one_of(fact: Fact, places: set[tuple[str, int]]) -> bool:
    """Return whether a sentence of the fact's evidence is one of `places` (article, start)."""
    return any((e.article, e.start) in places for e in fact.evidence)


OWN_WORDS = 0.45
"""A lead that fills in uses at most this share of words no other outlet uses (an outlet's
own words are where its slant shows: "swagger", "dangled", "caved")."""
LEAD_WORDS = 35
"""A lead that fills in is at most this long (long leads pile on colour and asides)."""
SLANTED = 0.6
"""Own-word share plus |VADER compound| from which a lead counts as slanted."""
CORROBORATED_WORDS = 45
"""...or this long when another outlet's lead states its actor and action too."""


SHARED_WORDS = 0.2
"""...or, with at most this share of words of its own (the other outlets tell the same story
in the same words), up to SHARED_LEAD_WORDS long."""
SHARED_LEAD_WORDS = 55
DETAIL_WORDS = 55
"""A sentence from further down that the other outlets tell too (`facts.shared_facts`) may be
as long as any fact's wording (`facts.wording_problem`): the lead's limits keep the summary
short, a listed detail need not be (dev gold: facts 0.505 -> 0.514, precision 0.692 -> 0.701
from 45; the two facts it let in are the Newsweek cover story's news and the dozen packages)."""


def plain_lead(lead: Fact, docs: Sequence[Document]) -> bool:
    """Return True when a single-source lead may stand for the main news (`_plain`); a lead
    whose actor and action another outlet's lead states too may be longer and quote."""
    plain = _plain(lead, docs, LEAD_WORDS, quotes=False)
    if plain:
        return True
    if _own_share(lead, docs) <= SHARED_WORDS and _plain(
        lead, docs, SHARED_LEAD_WORDS, quotes=False
    ):
        return True
    if not _plain(lead, docs, CORROBORATED_WORDS, quotes=True):
        return False
    said = unbracket(lead.said)
    return any(
        core_match(said, s.text)
        for d in docs
        if d.article.id != lead.source
        for s in d.sentences[:LEAD_SENTENCES]
    )


def _slant(lead: Fact, docs: Sequence[Document]) -> float:
    """Return how much of a lead is its outlet's own: own-word share plus |VADER compound| of
    its own words (a term it quotes, "religious freedom", is the newsmaker's tone, not its)."""
    return _own_share(lead, docs) + _tone(lead)


def _tone(lead: Fact) -> float:
    """Return |VADER compound| of a lead's words outside quotation marks."""
    from briefing.text.polarity import polarity

    return abs(polarity(outside_quotes(lead.text)))


TONE_APART = 0.3
"""A strongly worded lead still fills in when the other outlets' leads read this close to it
(VADER compound): the news itself is grim or glad."""


def _tone_apart(lead: Fact, docs: Sequence[Document]) -> float:
    """Return how far a lead's tone (VADER compound) is from the other outlets' leads' mean.

    A bombing arrest reads negative in every outlet: that is the news, not a slant. A lead
    is strongly worded when it is far more negative or positive than the others' leads.
    """
    from briefing.text.polarity import polarity

    others = [
        polarity(outside_quotes(s.text))
        for d in docs
        if d.article.id != lead.source
        for s in d.sentences[:LEAD_SENTENCES]
    ]
    baseline = sum(others) / len(others) if others else 0.0
    return abs(polarity(outside_quotes(lead.text)) - baseline)


def _words_elsewhere(lead: Fact, docs: Sequence[Document]) -> set[str]:
    """Return the content words and figures the articles other than the lead's own use."""
    vocab = _vocabularies(docs)
    figures = {n for d in docs if d.article.id != lead.source for n in _figures(d)}
    return figures.union(
        *(v for d, v in zip(docs, vocab, strict=True) if d.article.id != lead.source)
    )


def _figures(doc: Document) -> frozenset[str]:
    """Return the figures an article gives ("7-2", "$300 million")."""
    return frozenset(n for s in doc.sentences for n in features(s.text).numbers)


def _own_share(lead: Fact, docs: Sequence[Document], others: set[str] | None = None) -> float:
    """Return the share of a lead's words and figures that no other article uses (`others`:
    the words they use, when the caller has them). A news verb another article puts in its
    own words ("approved" where the others say "passed", data/news_verbs.txt) is no framing
    of the lead's own: "The council approved the plan 7-2" tells what the others tell."""
    bare = outside_quotes(lead.text)
    words = set(content_words(bare)) | set(features(bare).numbers)
    others = _words_elsewhere(lead, docs) if others is None else others
    classes = verb_classes().single
    told = told_classes(others)
    own = {w for w in words - others if not classes.get(w, frozenset()) & told}
    return len(own) / len(words) if words else 1.0


def _quotes_someone(text: str) -> bool:
    """Return True when text quotes someone: a quotation of five or more words (a term in
    quotation marks, "religious freedom", is no one's quote)."""
    from briefing.text.quotation import quoted_spans

    return any(len(text[a:b].split()) >= 5 for a, b in quoted_spans(text))


def _plain(
    lead: Fact,
    docs: Sequence[Document],
    most: int,
    *,
    quotes: bool,
    strong: float | None = None,
) -> bool:
    """Return True when a single-source lead is plain enough to stand for the main news.

    Its words are the outlets' common words (few of its own), it is not long, quotes no one,
    does not open on the writer's gloss ("Attacking X, ...") and is not strongly worded (VADER),
    so one outlet's framing is not passed off as the news.
    """
    others = _words_elsewhere(lead, docs)
    return (
        _own_share(lead, docs, others) <= OWN_WORDS
        and _length(lead) <= most
        and (quotes or not _quotes_someone(lead.text))
        and not opens_on_gloss(lead.text)
        and not reported_verdict(unbracket(lead.said))
        and (_mild(lead, docs, others, strong) or _tone_apart(lead, docs) < TONE_APART)
    )


OWN_TONE = 0.5
"""A lead is mildly worded when the words only its outlet uses read at most this strongly
(|VADER compound|, `_own_tone`)..."""
STRONG_TONE = 0.7
"""...and the whole sentence (the news itself may be grim or glad) less than this..."""
DETAIL_TONE = 0.85
"""...or this for a sentence from further down that the other outlets tell too (`shared`):
VADER's compound grows with a sentence's count of valenced words, and a story's own subject
reads strongly (a group's plain denial of racism 0.72, an account of how a candidate avoided
going to war -0.73). Such a detail is listed, never summarized, so the
lead's stricter bar keeps the summary calm (dev gold: facts 0.452 -> 0.457, precision 0.634
-> 0.641; at 0.85 for leads too, NeuS ROUGE-1 fell 37.0 -> 36.8 and loaded wording rose)."""


def _mild(
    lead: Fact,
    docs: Sequence[Document],
    others: set[str] | None = None,
    strong: float | None = None,
) -> bool:
    """Return True when a lead is mildly worded: neither its own words nor the whole of it
    read strongly (VADER)."""
    from briefing.text.polarity import polarity

    return abs(_own_tone(lead, docs, others)) < OWN_TONE and abs(
        polarity(outside_quotes(lead.text))
    ) < (strong or STRONG_TONE)


def _length(fact: Fact) -> int:
    """Return how many words long the outlet's sentence is: our bracketed name ("[Tom
    Reyes]" for "Mr. Reyes") counts as the one word it stands for, a name we put inside it
    ("the [SB 12] bill") as none."""
    extra = max(0, len(fact.inserted.split()) - 1)
    return len(fact.said.split()) - extra


def _own_tone(lead: Fact, docs: Sequence[Document], others: set[str] | None = None) -> float:
    """Return the tone (VADER compound) of the words of a lead no other article uses.

    A word every outlet uses is the news ("killed", "intelligence", "won confirmation"); the
    outlet's slant is in the words it chose alone ("In a stinging blow to ..."). Stopwords
    stay, so "not" still turns the word after it.
    """
    from briefing.text.polarity import polarity

    others = _words_elsewhere(lead, docs) if others is None else others
    classes = verb_classes().single
    told = told_classes(others)
    kept = [
        word
        for word in WORD.findall(outside_quotes(lead.text))
        if not (stems := content_words(word))
        or (stems[0] not in others and not classes.get(stems[0], frozenset()) & told)
    ]
    return polarity(" ".join(kept))


LEAD_MINIMUM = 5
"""How many facts a brief fills in to with single-source sentences (see `with_leads`)."""


def with_leads(
    facts: Sequence[Fact],
    docs: Sequence[Document],
    lexicon: Lexicon,
    *,
    minimum: int = LEAD_MINIMUM,
    avoid: Collection[str] = (),
    shared: Sequence[Fact] = (),
    citing: Callable[[Fact], int] | None = None,
) -> list[Fact]:
    """Return the facts, then lead sentences one outlet reports, until there are `minimum`.

    Outlets rarely state one claim in one sentence alike, so a story may have few consensus
    facts; the leads carry the main news. When no fact comes from an article's opening
    sentences, one lead is added however many facts there are. Each added lead stands alone,
    is checkable and neutral, says what no fact says, and is marked single-source, citing
    only its article; a sentence in `avoid` (one side of a disputed figure) is never added.
    After the first `LEADS_FIRST` facts, sentences from anywhere that the other outlets tell
    too (`shared`, most shared first; see `facts.shared_facts`) fill in on the same terms,
    then the other leads. `citing` tells how many outlets state a lead (its own and those
    that state its claim in part): of the leads that tell the main news, the one most outlets
    state goes first (`_most_cited_first`).
    """
    # who someone is ("Lee, 46, is married to...") is background: it waits until the news
    # is told, and is listed only where the news is short of BACKGROUND_FLOOR facts
    background = [f for f in facts if describes_someone(unbracket(f.said))]
    out = [f for f in facts if f not in background]
    opening = _openings(docs)
    # facts that all come from further down need the main news an article opens on
    main_missing = not any((e.article, e.start) in opening for f in out for e in f.evidence)
    leads = central_leads(docs, lexicon, limit=20, strict=True)
    if citing is not None:
        leads = _most_cited_first(leads, docs, citing)
    # a fact from an opening that is not the main news ("Lee thanked Reyes on his way out")
    # leaves the main news missing: the lead most outlets state says what no fact says
    main_missing = main_missing or bool(
        leads
        and citing is not None
        and citing(leads[0]) >= 2
        and _says_new(leads[0], out, avoid)
        and plain_lead(leads[0], docs)
    )
    for lead in leads:
        if len(out) >= min(LEADS_FIRST, minimum) and not main_missing:
            break
        if _says_new(lead, out, avoid) and plain_lead(lead, docs):
            out.append(lead)
            main_missing = False
    for fact in shared:
        if len(out) >= minimum:
            break
        if _says_new(fact, [*out, *background], avoid) and _plain(
            fact, docs, DETAIL_WORDS, quotes=False, strong=DETAIL_TONE
        ):
            (background if describes_someone(unbracket(fact.said)) else out).append(fact)
    for lead in leads:  # a lead already listed is no longer new (`_says_new`)
        if len(out) >= minimum:
            break
        if _says_new(lead, [*out, *background], avoid) and plain_lead(lead, docs):
            (background if describes_someone(unbracket(lead.said)) else out).append(lead)
    return out + background[: max(0, BACKGROUND_FLOOR - len(out))]


BACKGROUND_FLOOR = 4
"""A brief with fewer facts of news than this lists who its people are to fill in."""


def _most_cited_first(
    leads: Sequence[Fact], docs: Sequence[Document], citing: Callable[[Fact], int]
) -> list[Fact]:
    """Return the leads with the wording of the top lead's news that most outlets state first.

    Two outlets often open on the same news in their own words, and each wording is only one
    outlet's: of the first SAME_NEWS_LEADS leads, the plain ones that tell what the first
    plain one tells, the one the most outlets state (in part) is the one a reader is shown
    ("All nine Republicans on the panel called on Lee to resign" cited by two outlets before
    "Every Republican on the panel on Thursday demanded Lee step down over her claims", which
    only its own outlet states)."""
    plain = [lead for lead in leads[:SAME_NEWS_LEADS] if plain_lead(lead, docs)]
    if len(plain) < 2:
        return list(leads)
    top = plain[0]
    firsts = _firsts(docs)
    if not _states_one_of(top, firsts):
        # the top lead is no article's first sentence ("The schools ... enroll about 1,050
        # students combined", whose words all outlets share): an article's first sentence that
        # more outlets state ("the Alder Falls school board voted 5-2 ... to close three
        # elementary schools") is the main news
        opening = [
            (citing(lead), -k, lead) for k, lead in enumerate(plain) if _states_one_of(lead, firsts)
        ]
        if opening:
            most, _, lead = max(opening, key=lambda c: c[:2])
            # (as many outlets, too: the news an article opens on over a detail further down,
            # "voted 6-3 to approve a 120-bed shelter" over "will spend $8.4 million")
            if most >= 2 and most >= citing(top):
                return [lead, *(other for other in leads if other is not lead)]
    if citing(top) < 2 and _slant(top, docs) >= SLANTED and _tone(top) >= TOP_TONE:
        # the top lead is one outlet's own slanted account ("voted to pull 14 books, ignoring
        # the district's own review committee and siding with a parents' group..."): a lead
        # several outlets state ("voted 4 to 3 late Tuesday to remove 14 books") tells the
        # news as the outlets agree on it
        agreed = [(citing(lead), -k, lead) for k, lead in enumerate(plain[1:])]
        most, _, lead = max(agreed, key=lambda c: c[:2])
        if most >= 2:
            return [lead, *(other for other in leads if other is not lead)]
    # the same news, with no figure of its own ("$5 trillion" where the top lead says "$6
    # trillion" is another claim, whatever the outlets' numbers mean)
    same = [
        lead
        for lead in plain
        if lead is top
        or (
            # `_repeats` asks the symmetric questions once; "nearly all its words" both ways
            (_repeats(lead.text, top.text) or _told_within(top.text, lead.text))
            and not _adds_figure(lead.text, top.text)
        )
    ]
    if len(same) < 2:
        return list(leads)
    counts = [citing(lead) for lead in same]
    best = counts.index(max(counts))  # the first of the most cited: ties keep the central one
    if best == 0:
        return list(leads)
    return [same[best], *(lead for lead in leads if lead is not same[best])]


TOP_TONE = 0.5
"""|VADER compound| of its own words from which a slanted top lead only its outlet states gives
way to a lead several outlets state (`_most_cited_first`): its words, not only its share of
words of its own, are the outlet's."""


SAME_NEWS_LEADS = 6
"""How many of the most central leads may give the top lead's news in another wording."""

LEADS_FIRST = 1
"""How many facts come before the sentences the other outlets tell too (`shared`) fill in:
one lead carries the main news; after it, what several outlets tell beats one outlet's next
lead sentence (dev gold: facts 0.400 -> 0.429, precision 0.606 -> 0.611, with all leads first)."""


def _says_new(fact: Fact, facts: Sequence[Fact], avoid: Collection[str]) -> bool:
    """Return True when a single-source fact says what none of `facts` says: its sentence is
    no evidence already cited, nor one side of a disputed figure (`avoid`), nor the same news
    in other words, unless it gives the figure that news lacks ("The House approved the
    [SB 12] plan 7-2" after "The House passed the bill on Friday")."""
    said = fact.evidence[0].text
    if said in avoid or any(said == e.text for f in facts for e in f.evidence):
        return False
    return not any(
        _repeats(fact.text, f.text) and not _tells_more(fact.text, f.text) for f in facts
    )


# "at Livingston High School", "in his hometown of Hope, Arkansas": where it happened, named
_PLACE = re.compile(
    r"\b(?:in|at)\s+(?:(?:the|his|her|their|its)\s+)?(?:[a-z]+\s+(?:of\s+)?)?"
    r"(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)"
)


def _adds_place(fact: str, said: str) -> bool:
    """Return True when `fact` names where the news happened ("made the announcement at
    Livingston High School") and `said` names no word of that place."""
    told = set(content_words(unbracket(said)))
    for m in _PLACE.finditer(outside_quotes(unbracket(fact))):
        words = set(content_words(m.group("place")))
        if words and not words & told and not features(m.group("place")).dates:
            return True
    return False


def _adds_figure(fact: str, said: str) -> bool:
    """Return True when `fact` gives a figure in digits that `said` does not (a vote count, a
    sum; not an age: "Lee, 46, ..." is who she is, nor "a mother of five")."""

    def figures(text: str) -> frozenset[str]:
        # "7-4" and "7 to 4" are one vote: each count of a score or range is a figure
        found = _FIGURE.findall(_AGE.sub(" ", unbracket(text)))
        return frozenset(part for figure in found for part in re.split("[-–]", figure))

    return bool(figures(fact) - figures(said))


def _other_figures(a: str, b: str) -> bool:
    """Return True when each sentence gives a figure the other does not: "median times topped
    14 minutes" on one side of town is not the report's "11 minutes 12 seconds" citywide."""
    return _adds_figure(a, b) and _adds_figure(b, a)


_AGE = re.compile(r"\b\d{1,3}-year-old\b|,\s\d{1,3},")
# a count, a sum or a score; not a rank ("the 46th president" is who he is)
_FIGURE = re.compile(r"(?<!\d)\d+(?:[.,]\d+)*(?:[-–]\d+)?(?!\d|st\b|nd\b|rd\b|th\b)")


def _repeats(a: str, b: str) -> bool:
    """Return True when `a` tells a reader of `b` nothing new: the same words, the same news,
    or nearly all of its words."""
    return _restates(a, b) or _same_news(a, b) or _told_within(a, b)


TOLD_WITHIN = 0.75
"""Share of a sentence's content words another sentence holds at which it tells no more."""


FILL_WITHIN = 2 / 3
"""...and this share, for a lead the summary adds after its own sentence: a short one that
says little else ("The Supreme Court sided unanimously with college athletes on Monday" after
"The Supreme Court ruled in a unanimous decision Monday that the NCAA ...") only repeats it."""


def _little_else(a: str, b: str) -> bool:
    """Return True when `a` says little but `b`'s news: nearly all its words are `b`'s
    (`_told_within`), or FILL_WITHIN of them are and it has `b`'s actor ("The court sided with
    the players" after the court's ruling; not "Democrats rejected the offer" after Trump's
    offer)."""
    if _told_within(a, b):
        return True
    if not _told_within(a, b, FILL_WITHIN):
        return False
    first = claim_of(unbracket(a)).first
    return first is not None and first == claim_of(unbracket(b)).first


def _told_within(a: str, b: str, share: float = TOLD_WITHIN) -> bool:
    """Return True when nearly all of `a`'s content words are in `b` ("Lee said on Monday that
    Riverside tenants were being evicted" after "Lee on Monday took aim at Riverside landlords
    for raising rents, saying that too many tenants are being evicted"): `a` tells a reader of
    `b` nothing new."""
    wa = set(content_words(unbracket(a)))
    return len(wa) >= 4 and len(wa & set(content_words(unbracket(b)))) / len(wa) >= share


def _restates(a: str, b: str) -> bool:
    """Return True when two sentences say the same: most of the shorter one's content words
    and nearly half of the longer one's ("faced pressure to veto the measure" does not
    restate "announced her decision to veto the measure, which ...")."""
    wa, wb = set(content_words(a)), set(content_words(b))
    if not (wa and wb):
        return False
    shared = len(wa & wb)
    return shared / min(len(wa), len(wb)) >= 0.5 and shared / max(len(wa), len(wb)) >= 0.45


_REPORTED = frozenset({HEDGED, QUOTATION, REACTION, CUT_OFF})
"""What `central_leads(last_resort=True)` lets through: a forecast or a statement reported,
or a lead an excerpt cut off (shown ending on "…")."""
_OPENS_QUOTE = ("“", '"', "‘", "'")


CUT_PENALTY = 0.3
"""How much less central a lead counts when it reads neutrally only once a closing clause is
cut: an outlet that states the news whole and neutrally is preferred."""
LEAD_POOL = 10
"""How many opening sentences of each article may fill in for the main news."""


def _scene(text: str, others: str) -> bool:
    """Return whether `text` names only people the other articles (`others`, their text) never
    name, and no figure or date: the opening scene of a feature ("Tamika Rowe had already done
    the math."), which tells no news of its own."""
    people = persons(text)
    if not people or re.search(r"\d", text) or any(d in text.lower() for d in _WEEKDAYS):
        return False
    return not any(re.search(rf"\b{re.escape(surname)}\b", others) for surname, _ in people)


def central_leads(
    docs: Sequence[Document],
    lexicon: Lexicon,
    *,
    limit: int = 2,
    strict: bool = False,
    last_resort: bool = False,
) -> list[Fact]:
    """Return checkable, neutral lead sentences, those whose words most articles share first.

    Each is a single-source fact citing its own article, worded as it reads alone. Sentences
    that could word a fact rank first, then those that can once a closing clause with a
    charged word is cut (`narrative.without_loaded_tail`), then those that only pass as
    checkable and neutral (vague), which fill in when an excerpt has nothing better. With
    `last_resort`, a lead that reports what is expected or what someone said ("Lee is expected
    to sign the order Monday, according to reports", "Lee said she does not believe...") also
    counts: for a story whose outlets report nothing else, it is the news.
    """
    allowed = _REPORTED if last_resort else frozenset()
    per_doc = _vocabularies(docs)
    scored = []
    for index, d in enumerate(docs):
        elsewhere = _elsewhere(per_doc, index)
        others = " ".join(o.article.text for o in docs if o.article.id != d.article.id)
        before: list[str] = []
        for s in d.sentences[:LEAD_POOL]:
            wording = stand_alone(s.text, before)
            before.append(s.text)
            if wording is None:
                continue
            why = not_checkable(s.text)
            if why != CUT_OFF:
                wording = shortened(wording, s.text) or wording
            why, addressed = without_addressed(why, wording, s.text)
            wording = addressed or wording
            if why not in (None, *allowed):
                continue
            cut = None
            if why == CUT_OFF:
                # an excerpt that stops mid-sentence, shown as cut: "... parking fines from …"
                # (unless it marks its cut itself: "…", "[...]")
                if not MARKED_CUT.search(wording.text):
                    wording = replace(wording, text=wording.text + " …", appended=" …")
            else:
                # an outlet's charged word in a closing clause: the claim without that clause,
                # after every other outlet's lead that needs no cut (their neutral wording first)
                cut = without_loaded_tail(wording, s.text, lexicon)
                wording = cut or wording
            text = wording.plain
            if lexicon.is_loaded(text) or len(text.split()) < 6 or s.text.startswith(_OPENS_QUOTE):
                continue
            if onlooker_remark(text):
                continue  # an outside expert's remark is commentary on the news, never news
            words = set(content_words(outside_quotes(s.text)))
            if not words:
                continue
            support = sum(len(words & other) / len(words) for other in per_doc)
            if elsewhere:
                support -= len(words - elsewhere) / len(words)
            lead = LEAD_BONUS / (1 + s.index)
            weaker = why == CUT_OFF or wording_problem(s.text, lexicon, wording=wording) is not None
            # "The measure would have capped rents": what the opening's bill is, not the news
            weaker = weaker or (s.index > 0 and about_the_thing(trim_lead(s.text)[1]))
            # "Tamika Rowe had already done the math.": a feature's opening on someone no other
            # outlet names, with no figure or date, is a scene, not the news
            weaker = weaker or _scene(text, others)
            if weaker and strict:
                continue  # a fragment, an attribution tag or a vague sentence never fills in
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
                insertions=[Insertion(at=s.start + at, text=words) for at, words in wording.inner],
            )
            if cut is not None:
                support -= CUT_PENALTY  # another outlet's lead that needs no cut comes first
            scored.append((weaker, -(support + lead), d.article.id, s.index, fact))
    scored.sort(key=lambda item: item[:4])
    return [item[-1] for item in scored[:limit]]


def introduce_names(facts: Sequence[Fact], docs: Sequence[Document]) -> list[Fact]:
    """Return the facts, in the brief's order, each "Mr. Reyes" no earlier fact names now
    given the first name the article gave: "Mr. [Tom] Reyes".

    A sentence's wording leaves the story's main figures as the article writes them, trusting
    the brief's opening to name them (`narrative._titled_surnames`); where it did not, the
    first fact that names them by surname alone says who they are. The headline does not
    count: a fact is read on its own (in the list, the preheader, a search result).
    """
    by_id = {d.article.id: d for d in docs}
    seen = ""
    out: list[Fact] = []
    for fact in facts:
        doc = by_id.get(fact.source)
        updated = _first_names_given(fact, doc, seen) if doc is not None else fact
        out.append(updated)
        seen += " " + unbracket(updated.text)
    return out


def _first_names_given(fact: Fact, doc: Document, seen: str) -> Fact:
    """Return the fact with "[Tom] " put before each surname `seen` (the facts before it) never
    names, from the article's own full name (see `introduce_names`); the fact as it is when
    its text is not its article's words with its insertions (nothing to place them by)."""
    from briefing.model import compose
    from briefing.stages.narrative import _titled_surnames

    own = next((e for e in fact.evidence if e.article == fact.source), None)
    if own is None:
        return fact
    source = doc.article.text
    marks = [(i.at, i.text) for i in fact.insertions]
    if compose(source, fact.start, fact.end, fact.inserted, marks, fact.appended) != fact.text:
        return fact
    before = [s.text for s in doc.sentences if s.start < own.start]
    inner = [(at - own.start, words) for at, words in marks]
    added = []
    for at, first in _titled_surnames(
        own.text, fact.start - own.start, before, inner, main_figures=True
    ):
        if not fact.start <= own.start + at < fact.end:
            continue  # (a surname in the part of the sentence the wording leaves out)
        surname = re.match(r"[A-Z][\w’'-]+", own.text[at:])
        if surname is None or re.search(rf"\b{re.escape(surname.group(0))}\b", seen):
            continue  # an earlier fact names them: the reader has met them
        added.append(Insertion(at=own.start + at, text=f"[{first}] "))
    if not added:
        return fact
    insertions = [*fact.insertions, *added]
    marks = [(i.at, i.text) for i in insertions]
    text = compose(source, fact.start, fact.end, fact.inserted, marks, fact.appended)
    return fact.model_copy(update={"text": text, "insertions": insertions})
