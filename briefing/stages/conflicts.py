"""Where accounts differ: figures, dates and names that independent outlets give differently.

Read from the same candidate sentences and similarity scorer as the facts (`facts.consensus`
calls `conflicts`): two outlets' sentences about the same thing (close context) that give a
different count, score, percentage, date, or spelling of a name become one `Disputed` entry,
each variant citing the outlets that give it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from briefing.model import Disputed, Variant
from briefing.records import SourceGroups
from briefing.stages.facts import Candidate, Scorer, evidence_for
from briefing.text.names import one_slip
from briefing.text.tokens import (
    STOPWORDS,
    outside_quotes,
    stem,
)
from briefing.text.wordlists import mapping

_VALUE = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<score>\s?(?:-to-|[-–])\s?\d+)?"
    r"(?P<pct>\s?%| percent)?"
    # "a 312-unit complex", "a 25-bed hospital": the unit counted
    r"(?:-(?P<unit>[a-z]+)\b(?!-))?"
    r"(?:\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}))?"
)
_DAY = re.compile(
    r"\b(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+"
    r"(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b"
)
_WEEKDAY = re.compile(
    r"\b(?:on|late|early|last|this)\s+(Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b",
    re.I,
)
# words that end the noun phrase after a figure: "212 steel cables and ..." counts cables
_NP_END = frozenset(
    "of and or but to in on the a an for by at with from as than that which who outside inside "
    "during after before over under into near across since while were was are is had have has "
    "will would could may said".split()
)


_MONEY = re.compile(
    r"\$(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?P<scale>million|billion|trillion))?\b"
)


def _values(text: str, nouns_seen: dict[str, str] | None = None) -> dict[str, str]:
    """Return {kind: value} for the numbers in text ("score", "percent", or a counted noun)."""
    out: dict[str, str] = {}
    bare = outside_quotes(text)
    day = _DAY.search(bare)
    if day:
        out["date:day"] = f"{day.group('month')[:3].lower()} {int(day.group('day'))}"
    weekday = _WEEKDAY.search(bare)
    if weekday:
        out["date:weekday"] = weekday.group(1).capitalize()
    # "the 40 Oct. 4 storm shelters": a month's day is a date, never a count of what follows
    days = {m.start("day") for m in _DAY.finditer(bare)}
    sums = list(_MONEY.finditer(bare))
    if len(sums) == 1:
        # "$87,000 in campaign money" / "roughly $94,000 in campaign cash": one sum, told two
        # ways (a sentence with two sums, "a $250 license and fines of $2,000", tells which
        # is which only in words)
        out["money"] = _sum(sums[0])
    elif len(sums) == 2 and _sum(sums[0]) != _sum(sums[1]):
        # "$338 million, well short of the $412 million it sought" / "$341 million, after it
        # asked for $412 million": the sum told beside the same other sum is one thing
        first, second = _sum(sums[0]), _sum(sums[1])
        out[f"money:beside {second}"] = first
        out[f"money:beside {first}"] = second
    for found in sums:
        # "will save $1.4 million" / "will save about $1.2 million": the sum put to one use,
        # whether or not the sentence gives another sum beside it ("in a budget of $58 million")
        led = _words_to_sum(bare, found)
        verb = _last_word(led)
        if verb is not None:
            kind = f"money:use {stem(verb)}"
            out.setdefault(kind, _sum(found))
            if nouns_seen is not None:
                # the words that lead to the sum, for the reader: "pay the county", "save"
                nouns_seen.setdefault(kind, " ".join(led[-USE_SHOWN:]))
    for match in _VALUE.finditer(bare):
        start = match.start()
        if _glued(bare, start):
            continue
        if start in days:
            continue
        num = match.group("num").replace(",", "")
        if len(num) == 4 and num.startswith(("19", "20")) and not match.group("pct"):
            continue  # a year: dates are compared separately
        if match.group("unit") and not match.group("score") and not match.group("pct"):
            kind = "count:" + stem(match.group("unit"))
            out.setdefault(kind, num)
            if nouns_seen is not None:
                nouns_seen.setdefault(kind, match.group("unit"))
        elif match.group("score"):
            out["score"] = num + "-" + re.sub(r"\D", "", match.group("score"))
        elif match.group("pct"):
            out.setdefault("percent", num)
        elif match.group("noun"):
            nouns: list[str] = []
            for word in match.group("noun").split():
                if word in _NP_END or (nouns and word.endswith(("ed", "ing"))):
                    break  # "3,500 troops stationed in": the troops are counted
                nouns.append(word)
            if nouns:
                kind = "count:" + stem(nouns[-1])
                out.setdefault(kind, num)
                if nouns_seen is not None:
                    nouns_seen.setdefault(kind, " ".join(nouns))
    for times in _TIMES.finditer(bare):
        # "striking him twice" / "hitting him three times": how often, in words or figures
        told = times.group("n")
        count = _ONCE.get(times.group(0).lower()) or mapping("number_words").get(told.lower(), told)
        out.setdefault("count:times", count)
        if nouns_seen is not None:
            nouns_seen.setdefault("count:times", "times")
        break
    return out


_ONCE = {"once": "1", "twice": "2", "thrice": "3"}
_TIMES = re.compile(
    r"(?<![\w-])(?:once|twice|thrice|(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|"
    r"ten) times)\b",
    re.I,
)
"""How often something was done ("twice", "three times"); not "two million times" (a figure
with its scale is a count of something else) nor "at times"."""


_LOWER_BOUND = re.compile(r"\b(?:more than|over|at least|upward of|upwards of|in excess of)\s+$")
_UPPER_BOUND = re.compile(r"\b(?:less than|under|up to|no more than|at most)\s+$")
_SCALES = {"": 1.0, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def _within(text: str, value: str, other: str) -> bool:
    """Return True when `text` gives the sum `value` as a bound that `other` meets: "more than
    $110 million" holds "$112 million", "up to $5 million" holds "$4.8 million"."""
    for found in _MONEY.finditer(text):
        if _sum(found) != value:
            continue
        before = text[max(0, found.start() - 20) : found.start()]
        if _LOWER_BOUND.search(before):
            return _amount(other) >= _amount(value)
        if _UPPER_BOUND.search(before):
            return _amount(other) <= _amount(value)
    return False


def _amount(value: str) -> float:
    """Return a compared sum ("1.2 million") as a number."""
    number, _, scale = value.partition(" ")
    return float(number) * _SCALES.get(scale, 1.0)


def _percents(text: str) -> set[str]:
    """Return every percentage a sentence gives, as `_values` reads its first ("22 percent"
    -> "22")."""
    bare = outside_quotes(text)
    return {
        m.group("num").replace(",", "")
        for m in _VALUE.finditer(bare)
        if m.group("pct") and not _glued(bare, m.start())
    }


def _glued(bare: str, start: int) -> bool:
    """Return True when a figure `_VALUE` found at `start` is part of a word, a sum or a
    bracket ("B52", "$4", "(3"): no value of its own."""
    return bool(start) and (bare[start - 1].isalnum() or bare[start - 1] in "($")


def descriptive(point: Disputed) -> bool:
    """Return True when every variant's figure is written before its unit ("a 110-page
    opinion", "a 312-unit complex"): it describes what the sentence tells of."""
    return all(re.search(rf"(?<![\d,.]){re.escape(v.value)}-[a-z]", v.text) for v in point.variants)


def conflicts(cands: Sequence[Candidate], scorer: Scorer, groups: SourceGroups) -> list[Disputed]:
    """Return points where independent sources give different values for the same thing."""
    by_kind: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    nouns: dict[str, str] = {}
    values = [(_values(c.sentence.text, nouns) if c.support_ok else {}) for c in cands]
    given: dict[str, set[str]] = defaultdict(set)  # the sums each article gives anywhere
    shares: dict[str, set[str]] = defaultdict(set)  # ...and the percentages
    for c in cands:
        given[c.sentence.article].update(_sum(m) for m in _MONEY.finditer(c.sentence.text))
        shares[c.sentence.article].update(_percents(c.sentence.text))
    for i, vals in enumerate(values):
        for kind, value in vals.items():
            by_kind[kind][value].append(i)
    disputed: list[Disputed] = []
    for kind in sorted(by_kind):
        variants = by_kind[kind]
        if len(variants) < 2:
            continue
        # a date differs legitimately between two events of a story, and a story has many
        # sums: ask for closer context
        bar = 0.45 if kind.startswith(("date:", "money")) else 0.3
        # keep only variants whose sentences talk about the same thing as another variant's
        linked: set[str] = set()
        keys = sorted(variants)
        for x, va in enumerate(keys):
            for vb in keys[x + 1 :]:
                for i in variants[va]:
                    for j in variants[vb]:
                        ci, cj = cands[i], cands[j]
                        if ci.sentence.article == cj.sentence.article or ci.group == cj.group:
                            continue
                        if vb in values[i].values() or va in values[j].values():
                            continue
                        if kind.startswith("money") and (
                            va in given[cj.sentence.article] or vb in given[ci.sentence.article]
                        ):
                            continue  # an outlet giving both sums tells two things
                        if kind.startswith("money") and (
                            _within(ci.sentence.text, va, vb) or _within(cj.sentence.text, vb, va)
                        ):
                            continue  # "more than $110 million" / "about $112 million"
                        if kind == "percent" and (
                            va in shares[cj.sentence.article] or vb in shares[ci.sentence.article]
                        ):
                            continue  # "Ochoa led with 22 percent", "Delacroix at 14 percent":
                            # an outlet giving both shares tells two candidates' polls
                        if (
                            _context(scorer, i, j) >= bar
                            or (
                                kind.startswith("count:")
                                and _same_counted(ci.sentence.text, va, cj.sentence.text, vb)
                            )
                            or (kind == "money" and _same_use(ci.sentence.text, cj.sentence.text))
                            # the sum of one named thing ("$14,800 for a July 2022 stay at the
                            # upscale Cape Verlaine resort" / "a $13,800 stay at the Cape
                            # Verlaine resort")
                            or (
                                kind == "money"
                                and _same_named_thing(ci.sentence.text, va, cj.sentence.text, vb)
                            )
                            # the same verb before each sum ("will save"), in sentences on
                            # the same subject
                            or (kind.startswith("money:use ") and _context(scorer, i, j) >= USE_BAR)
                        ):
                            linked.update((va, vb))
        if len(linked) < 2:
            continue
        topic = _topic(kind, nouns.get(kind, ""))
        out_variants = []
        for value in sorted(linked, key=lambda v: (-len(variants[v]), v)):
            members = variants[value]
            first = cands[members[0]].sentence
            out_variants.append(
                Variant(
                    text=first.text,
                    value=_dollars(value) if kind.startswith("money") else value,
                    sources=sorted({cands[m].sentence.article for m in members}),
                    evidence=evidence_for(cands, members),
                )
            )
        out_variants = _told_apart(out_variants)
        if len(out_variants) < 2:
            continue
        kind_name = "date" if kind.startswith("date:") else "number"
        told = {v.value for v in out_variants}
        if kind.startswith("money:") and any(
            {v.value for v in d.variants} == told for d in disputed
        ):
            continue  # the sum put to one use is the sum told beside another: disputed once
        disputed.append(Disputed(topic=topic, kind=kind_name, variants=out_variants))
    disputed.extend(name_conflicts(cands, scorer))
    return disputed


_PERSON = re.compile(
    r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ((?:[A-Z][a-z]*\.? )?[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?)\b"
)
_NOT_FIRST = frozenset(
    "The A An In On At For And But Mr Mrs Ms Dr Gov Sen Rep President Senator Governor Mayor "
    "Judge Justice Secretary General Officer Chief Director Former New North South East West "
    "United Supreme White House Senate Congress Department City County State".split()
)


def name_conflicts(cands: Sequence[Candidate], scorer: Scorer) -> list[Disputed]:
    """Return names that independent sources spell differently for the same person.

    "Ana Lopez" in one outlet and "Ana Lopes" (or "Ann Lopez") in another, in sentences that
    say the same thing, while neither outlet uses the other form anywhere.
    """
    mentions: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, cand in enumerate(cands):
        for m in _PERSON.finditer(cand.sentence.text):
            if m.group(1) in _NOT_FIRST:
                continue
            # "Lee’s" and "Lee's" are Lee: possessives and apostrophe styles are not spellings
            last = re.sub(r"['’]s$", "", m.group(2)).replace("’", "'")
            mentions[cand.sentence.article][f"{m.group(1)} {last}"].append(i)
    forms: dict[str, set[str]] = {a: set(names) for a, names in mentions.items()}
    out: list[Disputed] = []
    seen: set[frozenset[str]] = set()
    articles = sorted(mentions)
    for x, art_a in enumerate(articles):
        for art_b in articles[x + 1 :]:
            for name_a, where_a in mentions[art_a].items():
                for name_b, where_b in mentions[art_b].items():
                    pair = frozenset((name_a, name_b))
                    if pair in seen or not _variant_spelling(name_a, name_b):
                        continue
                    if name_a in forms[art_b] or name_b in forms[art_a]:
                        continue  # each outlet uses both: two people, not two spellings
                    close = any(
                        cands[i].group != cands[j].group and _context(scorer, i, j) >= 0.3
                        for i in where_a
                        for j in where_b
                    )
                    if not close:
                        continue
                    seen.add(pair)
                    variants = [
                        Variant(
                            text=cands[where[0]].sentence.text,
                            value=name,
                            # every outlet that spells it so: the spelling most print shows
                            sources=[a for a in articles if a == article or name in forms[a]],
                            evidence=evidence_for(cands, where),
                        )
                        for name, where, article in (
                            (name_a, where_a, art_a),
                            (name_b, where_b, art_b),
                        )
                    ]
                    out.append(
                        Disputed(topic="How a name is spelled", kind="name", variants=variants)
                    )
    return out


def _variant_spelling(a: str, b: str) -> bool:
    """Return True for one person's name written two ways: one letter off in either part."""
    (fa, la), (fb, lb) = a.split(" ", 1), b.split(" ", 1)
    if la == lb:
        return one_slip(fa, fb, swaps=False) and min(len(fa), len(fb)) >= 3
    return fa == fb and one_slip(la, lb, swaps=False) and min(len(la), len(lb)) >= 4


def _counted(text: str, value: str) -> tuple[str, ...]:
    """The two words right after `value` in text, as stems, when both are content words (a
    scale such as "million" skipped): what it counts ("3,500 troops stationed" -> troop,
    station); () otherwise ("350 people at the site")."""
    pattern = r"(?<![\d,.])" + r",?".join(re.escape(d) for d in value) + r"(?![\d,])"
    found = re.search(pattern, outside_quotes(text))
    if found is None:
        return ()
    after = [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*|\S", text[found.end() :])[:5]]
    words = [w for w in after if w not in _SCALE][:2]
    if len(words) < 2 or any(w in STOPWORDS or not w[:1].isalpha() for w in words):
        return ()
    return tuple(stem(w) for w in words)


_SCALE = frozenset("hundred thousand million billion trillion dozen".split())
"""Words that scale a figure ("100 million doses"): they say how much, not of what."""


def _same_counted(a: str, va: str, b: str, vb: str) -> bool:
    """Return True when two sentences' figures count the same thing in the same words, right
    after the figure ("the nearly 3,500 troops stationed in the small republic" / "the 3,200
    troops stationed in Mardovia"), however little else the two sentences share; "350 people
    at the site" / "48,000 people in Wexley" and "600 miles of trails open" / "1,200 miles of
    backcountry trails" say no more than the noun."""
    counted = _counted(a, va)
    return bool(counted) and counted == _counted(b, vb)


_BEFORE_SUM = frozenset(
    "about nearly roughly some almost around over more than less up to an a the estimated "
    "additional another extra least at".split()
)
"""Words between a verb and its sum that only hedge or scale it ("spend about $8 million")."""
USE_WORDS = 8
"""How many words after a sum may say what it is for ("to buy and renovate the building")."""
USE_BAR = 0.25
"""How much two sentences must share (`_context`) for the sums after one verb in each to
be rival figures for one thing."""
USE_SHOWN = 3
"""How many words before a sum a dispute's topic shows ("The sum (“pay the county …”)")."""


def _use(text: str) -> tuple[str, frozenset[str]] | None:
    """Return the verb right before a sentence's one sum, as a stem, and the stems of the
    content words after it up to the clause's end: ("spend", {buy, renov, build}) for "will
    spend about $8.4 million to buy and renovate the building"; None without such a verb."""
    bare = outside_quotes(text)
    found = _MONEY.search(bare)
    if found is None:
        return None
    verb = _last_word(_words_to_sum(bare, found))
    if verb is None:
        return None
    clause = re.split(r"[,;:.()—–]", bare[found.end() :], maxsplit=1)[0]
    after = re.findall(r"[A-Za-z][\w'’-]*", clause)[:USE_WORDS]
    words = {stem(w.lower()) for w in after if w.lower() not in STOPWORDS | _SCALE}
    return stem(verb), frozenset(words - {"money", "dollar", "year"})


def _words_to_sum(bare: str, found: re.Match[str]) -> list[str]:
    """Return the words before a sum, as written, the hedges right before it left out ("will
    spend about $8 million" -> [..., "will", "spend"])."""
    before = re.findall(r"[A-Za-z][\w'’-]*", bare[: found.start()])
    while before and before[-1].lower() in _BEFORE_SUM:
        before.pop()
    return before


def _last_word(before: list[str]) -> str | None:
    """Return the word right before a sum (`_words_to_sum`), lower-cased ("spend"); None when
    it is a function word ("a budget of $58 million")."""
    if not before or before[-1].lower() in STOPWORDS:
        return None
    return before[-1].lower()


THING_WORDS = 10
"""How far after a sum the name of what it paid for may stand."""
_NAME_IN = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")


def _same_named_thing(a: str, va: str, b: str, vb: str) -> bool:
    """Return True when the words right after each sum name one thing by a name of two words
    or more, the same in both sentences ("a $13,800 stay at the Cape Verlaine resort")."""

    def named(text: str, value: str) -> set[str]:
        for money in _MONEY.finditer(text):
            if _sum(money) == value:
                after = " ".join(text[money.end() :].split()[:THING_WORDS])
                return {m.group() for m in _NAME_IN.finditer(after)}
        return set()

    return bool(named(a, va) & named(b, vb))


def _same_use(a: str, b: str) -> bool:
    """Return True when two sentences put their sums to the same use: the same verb right
    before each and a word of what it is for shared ("will spend $8.4 million to buy and
    renovate the nursing home" / "plans to spend $9.1 million in taxpayer money to buy and
    renovate the property"), however little else the two sentences share; not "spend $8.4
    million to buy the building" / "spend $1.2 million a year to run the shelter"."""
    ua, ub = _use(a), _use(b)
    return ua is not None and ub is not None and ua[0] == ub[0] and bool(ua[1] & ub[1])


def _told_apart(variants: list[Variant]) -> list[Variant]:
    """Return the variants no outlet gives beside another: an outlet that gives two values
    tells two things ("the Senate passed it 23-16" and "the House 58-41"; "150 new shelter
    beds" and "620 beds in all"), so the value it shares with the others is no rival figure
    for theirs. The variant most outlets give beside others goes first (then the one fewer
    outlets give), until none shares an outlet: "23-16 [all] | 58-40 [hpo] | 58-41 [nyt]" keeps
    58-40 against 58-41."""
    kept = list(variants)
    while True:
        shared = [
            (sum(bool(set(v.sources) & set(w.sources)) for w in kept if w is not v), v)
            for v in kept
        ]
        most = max((n for n, _ in shared), default=0)
        if most == 0:
            return kept
        # (ties: the variant fewer outlets give, then the later one, goes)
        _, drop = max(
            ((n, -len(v.sources), k, v) for k, (n, v) in enumerate(shared) if n == most),
            key=lambda c: c[:3],
        )[1:3]
        kept.pop(drop)


def _context(scorer: Scorer, i: int, j: int) -> float:
    """Word overlap of two sentences, numbers aside."""
    a, b = scorer.cands[i].feats, scorer.cands[j].feats
    shared = a.words & b.words
    if not shared:
        return 0.0
    return 2 * sum(scorer.idf[w] for w in shared) / (scorer.weight[i] + scorer.weight[j] or 1)


def _dollars(value: str) -> str:
    """Return a sum as a reader writes it: "87000" -> "$87,000", "1.4 billion" -> "$1.4
    billion"."""
    number, _, scale = value.partition(" ")
    if "." not in number:
        number = f"{int(number):,}"
    return f"${number} {scale}" if scale else f"${number}"


def _sum(money: re.Match[str]) -> str:
    """Return a sum `_MONEY` found, compared as "87000" or "1.2 million"."""
    scale = (money.group("scale") or "").lower()
    return money.group("num").replace(",", "") + (f" {scale}" if scale else "")


def _topic(kind: str, noun: str) -> str:
    if kind == "money":
        return "The sum"
    if kind.startswith("money:use "):
        return f"The sum (“{noun} …”)"
    if kind.startswith("money:beside "):
        return f"The sum given alongside {_dollars(kind.removeprefix('money:beside '))}"
    if kind.startswith("date:"):
        return "The date"
    if kind == "score":
        return "The vote count or score"
    if kind == "percent":
        return "The percentage"
    return f"The number of {noun}"
