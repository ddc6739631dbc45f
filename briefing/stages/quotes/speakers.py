"""Speakers: names, titles, roles and organizations; pronouns resolved."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from briefing.stages.quotes.base import JOIN, QuoteSpan, _Cue, _is_capital, _Raw, _sentence_start
from briefing.stages.quotes.lexicon import (
    _ADVERBS,
    _PRONOUNS,
    _STOP,
    GENERIC_BODIES,
    ISSUING_VERBS,
    KIN,
    SPEECH_VERBS,
)
from briefing.text.names import (
    BUSINESS_HEADS,
    HONORIFICS,
    NAME_SEQ,
    NAME_WORD,
    ORG_WORDS,
    PLACE_WORDS,
    TITLES,
    clean_name,
    gender,
    generation,
    is_first_name,
    looks_person,
    strip_determiners,
    strip_title,
    with_suffix_dot,
)
from briefing.text.tokens import STOPWORDS, WEEKDAYS, outside_quotes
from briefing.text.wordlists import mapping
from briefing.text.wordlists import words as words_of

log = logging.getLogger(__name__)

_PARTIES = frozenset("republican republicans democrat democrats democratic gop".split())


# -- 4. speakers: names, roles, organizations -----------------------------------------------


_DESCRIBING = re.compile(r"-(?:born|based|raised|bred|educated|trained)$")


_ONE_OF = re.compile(r"one\s+of\s+(?:the|his|her|their|its)\s+(.+)$", re.I)
_ROLE_PREPOSITIONS = frozenset("to of for at with in on".split())


_COUNTS = frozenset(
    "two three four five six seven eight nine ten eleven twelve several few many".split()
)
# "then 24", "now 61": an age, no role
_AGE = re.compile(r"(?:then|now|aged?)?\s*\d{1,3}", re.I)


def _one_of(phrase: str) -> str:
    """Return the role a partitive apposition gives: "one of the top advisers to Ann Lee and
    one of the party's most seasoned operatives" -> "top adviser to Ann Lee"."""
    m = _ONE_OF.match(phrase.strip(" ,"))
    if not m:
        return phrase
    words = re.split(r"\s+and\s+one\s+of\b", m.group(1), maxsplit=1)[0].split()
    while words and (words[0].lower() in _COUNTS or words[0].isdigit()):
        words = words[1:]  # "one of the two dissenters": a dissenter, whatever their count
    # the plural noun the phrase is about: the last word before its preposition
    k = next((i for i, w in enumerate(words) if w.lower() in _ROLE_PREPOSITIONS), len(words))
    if not k:
        return phrase
    head = words[k - 1]
    if head.endswith("ies"):
        words[k - 1] = head[:-3] + "y"  # "secretaries" -> "secretary"
    elif head.endswith("s") and not head.endswith("ss"):
        words[k - 1] = head[:-1]
    else:
        return phrase  # "one of the Lee family": no role of a group
    return " ".join(words)


# "Mr. Reyes's wife, Carol,": a family member named by first name, who bears the surname
# ("His wife, Keisha,": her first name only, as the article gives it)
_KIN_NAMED = re.compile(
    r"(?:\b(?P<surname>[A-Z][\w-]+)['’]s|\b(?:[Hh]is|[Hh]er))\s+"
    r"(?P<kin>wife|husband|son|daughter|brother|sister|mother|father),"
    r"\s+(?P<first>[A-Z][a-z]+),"
)
_KIN_SEX = {
    "wife": "f",
    "husband": "m",
    "son": "m",
    "daughter": "f",
    "brother": "m",
    "sister": "f",
    "mother": "f",
    "father": "m",
}


_ROLE_OPENERS = frozenset("chief deputy assistant associate acting interim vice".split())
"""Words that open a role, capitalized at a sentence's start ("Chief executive Gavin Strand",
"Deputy director Ann Lee"): no organization's name."""


def _role_org(phrase: str) -> tuple[str | None, str | None]:
    """Role and organization from an apposition: "Executive Director of the X Coalition"."""
    phrase = strip_determiners(_one_of(phrase).strip(" ,"))
    if not phrase or _WHEN.match(phrase) or _AGE.fullmatch(phrase):
        return None, None  # "Last week": when, not who; "then 24": how old
    lead = re.match(r"(?:of|with|at|for|from)\s+(?:the\s+)?(.+)$", phrase)
    if lead:
        # "of the ACLU" names an organization; "of two no votes" names none
        return None, lead.group(1) if lead.group(1)[:1].isupper() else None
    # "director of the housing advocacy group Riverside's Voice", "analyst at the centrist
    # Lakeside Institute": a lower-case description before the name is left out
    described = re.match(
        r"(.+?)\s+(?:with|of|at|for|from)\s+(?:the\s+)?((?:[a-z][\w-]*\s+){1,4}?)([A-Z].*)$",
        phrase,
    )
    if described and _describes_body(described.group(2).split()):
        return described.group(1).strip(), described.group(3).strip()
    m = re.match(r"(.+?)\s+(?:with|of|at|for|from)\s+(?:the\s+)?([A-Z].*)$", phrase)
    if m:
        head = m.group(1).split()
        if head and (
            (len(head) == 1 and len(head[0]) > 1 and head[0].isupper())
            or (all(_is_capital(w) for w in head) and head[-1].lower() in ORG_WORDS)
            or (all(_is_capital(w) for w in head) and not any(_is_role(w) for w in head))
        ):
            # "ACLU of Florida", "University of Texas", "Democracy for Lakeside": one
            # organization; a capitalized title ("Director of …") is a role
            return None, phrase
        begins = len(head) - next(
            (i for i, w in enumerate(reversed(head)) if not _is_capital(w)), len(head)
        )
        if (
            0 < begins < len(head)
            and all(w.islower() for w in head[:begins])
            and not any(_is_role(w) for w in head[begins:])
        ):
            # "the liberal group Democracy for Lakeside": a description, then the name
            return None, phrase.split(None, begins)[-1]
        return m.group(1).strip(), m.group(2).strip()
    m = re.match(r"(.+?)’s\s+(.+)$|(.+?)'s\s+(.+)$", phrase)
    if m:
        owner = m.group(1) or m.group(3)
        rest = m.group(2) or m.group(4)
        return rest.strip(), owner.strip()
    words = phrase.split()
    cap = 0
    while (
        cap < len(words)
        and _is_capital(words[cap])
        and words[cap].lower() not in TITLES
        and words[cap].lower() not in _ROLE_OPENERS
    ):
        cap += 1
    if 0 < cap < len(words) and _DESCRIBING.search(words[cap - 1]):
        return phrase, None  # "the Mexican-born journalist": where she is from, no organization
    if (
        cap == 1
        and len(words) > 1
        and words[1].endswith("s")  # a group: "Small groups of residents", "Several farmers"
        and words[0].lower() not in _PARTIES
        and _adjective(words[0])
    ):
        return phrase, None  # "Small groups of residents", "Several farmers": no body
    if 0 < cap < len(words):
        # "the Committee Republicans’ letter": a plural owner keeps no apostrophe
        return " ".join(words[cap:]), " ".join(words[:cap]).rstrip("’'")
    if cap == len(words):
        return None, phrase
    return phrase, None


# capitalised words and a joining word right before a name match: "Lakeside Coalition for"
_JOINED_ORG = re.compile(r"(?:[A-Z][\w.&'’-]*[ \t]+){1,4}(?:for|of|on|and)[ \t]+(?:the[ \t]+)?$")
_CLAUSE_VERB = re.compile(
    r"\b(?:said|says|who|reported|reports|told|tells|wrote|writes|added|announced|confirmed|"
    r"according)\b"
)


_BODY_NOUNS = frozenset("group organization organisation tank nonprofit firm network lobby".split())


def _describes_body(words: Sequence[str]) -> bool:
    """True for lower-case words that describe the body named after them: "housing advocacy
    group", "think tank", "centrist" (not "staff to", "several such groups bashing")."""
    if any(w in STOPWORDS for w in words):
        return False
    head = words[-1]
    return head in _BODY_NOUNS or head in ORG_WORDS or all(_adjective(w) for w in words)


def _adjective(word: str) -> bool:
    """True for a capitalised word the tagger reads as an adjective or determiner when it
    opens a phrase ("Small", "Several", "Democratic"), not a name ("Texas")."""
    from briefing.text.tagger import tag_once as tag

    # lower-cased too: a surname may pass for an adjective at the head of a phrase ("Vance")
    return all(
        (found := tag(f"{form} people")) and found[0].upos in ("ADJ", "DET", "NUM")
        for form in (word, word.lower())
    )


def _is_role(word: str) -> bool:
    """True for a title or a role noun ("Director", "Spokesman", "Sen.")."""
    low = word.lower().rstrip(".,")
    return low in TITLES or _ROLE_BEFORE.search(f"{low} ") is not None


_ROLE_BEFORE = re.compile(
    r"(?:(?P<org>(?:[A-Z][\w.&'’-]*[ \t]+){1,4}))?"
    r"(?P<role>(?:[a-z][\w-]*[ \t]+){0,3}(?:spokes(?:man|woman|person)|member|director|"
    r"organizer|chair(?:man|woman|person)?|president|secretary|official|manager|leader|"
    r"adviser|advisor|head|founder|executive|analyst|economist|professor|lawyer|attorney|"
    r"researcher|scientist|officer|commissioner|councilmember|coordinator|strategist)[ \t]+)$"
)


# ", a spokeswoman for Mr. Ortiz, said": the apposition after a name, up to its comma (the
# period of an honorific is no full stop)
_APPOSED_ROLE = re.compile(
    r",\s+((?:[^,.;\n]|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bMrs)\.|(?<=\bSen)\.|"
    r"(?<=\bRep)\.|(?<=\bGov)\.){3,110}?)"
    r"(?:[,;]|(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bSen)(?<!\bRep)(?<!\bGov)\.(?:\s|$))"
)
# "Mr. Reyes's lawyer, Ann Lee,", "His attorney, Ann Lee,": a role someone holds for another,
# in an apposition before the name
_FRAMED_FOR = re.compile(r"(?:^|[.!?\n]\s*)(?:For|To)\s+$")
"""A sentence that opens on "For <name>," frames what follows as that person's view."""
_OWNED_ROLE = re.compile(
    r"(?:\b(?P<owner>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w-]+)['’]s|\b(?:[Hh]is|[Hh]er|[Tt]heir))"
    r"\s+(?P<role>(?:[a-z]+\s+)?(?:lawyer|attorney|spokes(?:man|woman|person)|aide|adviser|"
    r"advisor|manager|agent|representative|counsel))\b,\s+$"
)


def _after_sentence_end(words: str) -> str:
    """The capitalised words after the last one that ends a sentence: "Monday. Council" is
    "Council" (the period is no abbreviation's, as in "U.S." or "Inc.")."""
    kept = words.split()
    for i in range(len(kept) - 1, -1, -1):
        word = kept[i]
        if word.endswith(".") and not (
            word.lower().rstrip(".") in words_of("abbreviations")
            or re.fullmatch(r"[A-Z]\.|(?:[A-Za-z]\.){2,}", word)
        ):
            kept = kept[i + 1 :]
            break
    return " ".join(kept)


def _in_headline(text: str, pos: int) -> bool:
    """Return True when pos sits on a title-case line without sentence punctuation."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)].strip()
    line = re.sub(r"^title:\s*", "", line)  # a front matter's title line
    words = [w for w in line.split() if w[:1].isalpha()]
    if not words or line.endswith((".", "?", "!", '"', "”")) or len(words) > 20:
        return False
    # headline style keeps short function words in lower case ("Sentenced to Life at 16")
    counted = [w for w in words if w not in _HEADLINE_LOWER] or words
    capitals = sum(1 for w in counted if w[0].isupper())
    return capitals / len(counted) >= 0.7 and len(words) >= 4


_HEADLINE_LOWER = frozenset("a an the and or but of in on at to for by with from as vs".split())


@dataclass(slots=True)
class _Registry:
    """Full names used in a text (and known from other texts), with roles found next to them."""

    full: list[str] = field(default_factory=list)
    roles: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    titled: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    sexes: dict[str, str] = field(default_factory=dict)
    anchors: list[tuple[int, str]] = field(default_factory=list)
    """(offset, full name or titled surname) of each mention by full name or title ("President
    Lee"): which of two people a later "Mr. Lee" means."""
    """"m"/"f" for names known only by surname after "Mr."/"Mrs."/"Ms."."""
    """Surnames seen only after a title ("Senator Lee"), with that title as their role."""

    @classmethod
    def build(
        cls, text: str, known: Sequence[str], quoted: Sequence[tuple[int, int]] = ()
    ) -> _Registry:
        reg = cls()
        for m in NAME_SEQ.finditer(text):
            if _in_headline(text, m.start()):
                continue  # "Mayor Asks Council To Act": capitals there are style, not names
            if any(a <= m.start() < b for a, b in quoted):
                continue  # a name inside a quotation is what was said, not who said it
            found = m.group()
            end = m.end()
            tail = re.match(rf"[ \t]+{NAME_WORD}", text[end : end + 40])
            if re.search(r"\b[A-Z]\.$", found) and tail:
                found += tail.group()  # "Former Senator Byron L. Dorgan": the surname too
                end += len(tail.group())
            role, name, org = strip_title(found)
            more = re.match(rf"(?:[ \t]+{NAME_WORD}){{1,2}}", text[end : end + 60])
            if role and (org or len(name.split()) == 1) and more:
                # "Fellow Democratic Sen. Ann Lee", "Former Vice President Ann Lee": words
                # before the title used up the match
                found += more.group()
                role, name, org = strip_title(found)
            joined = _JOINED_ORG.search(text, max(0, m.start() - 80), m.start())
            before = joined.group() if joined else ""
            if role and org and before and _after_sentence_end(before) == before.strip():
                # "The Lakeside Coalition for Parks President Ann Lee": the name match
                # starts after "for"; the organization's name runs on before it
                role, name, org = strip_title(before + found)
            name = clean_name(name)
            name = with_suffix_dot(name)
            words = name.split()
            body = _BODY_FOR.search(text, max(0, m.start() - 40), m.start())
            if body and body.group("kind").lower() in ORG_WORDS and not role:
                continue  # "the Coalition for Regulated Sports Wagering": a body's name
            if len(words) > 2 and not (looks_person(name) and _first_name(words[0])):
                # "(Director of) National Intelligence James Clapper": the office, then the
                # person from a first name on
                cut = next(
                    (
                        k
                        for k in range(1, len(words) - 1)
                        if _first_name(words[k]) and looks_person(" ".join(words[k:]))
                    ),
                    0,
                )
                if cut:
                    name = " ".join(words[cut:])
            if role and name and len(name.split()) == 1 and looks_person(name):
                reg.titled.setdefault(name, (role, org))  # "President Lee": for "the president"
                reg.anchors.append((m.start(), name))
            if not name or len(name.split()) - bool(generation(name)) < 2:
                continue  # ("Lee Jr." is a surname, resolved like "Lee")
            if not looks_person(name):
                continue
            if name not in reg.full:
                reg.full.append(name)
            reg.mentions.append((m.start() + m.group().find(name.split()[0]), m.end(), name))
            reg.anchors.append((m.start(), name))
            if role and name not in reg.roles:
                reg.roles[name] = (role, org)
            after = text[m.end() : m.end() + 120]
            am = _APPOSED_ROLE.match(after)
            if am and _FRAMED_FOR.search(text, max(0, m.start() - 8), m.start()):
                am = None  # "For Renee Kowalczyk, the numbers in the new lawsuit are...": the
                # sentence's own clause follows the comma, no description of her
            if am and name not in reg.roles:
                appos = am.group(1)
                # ", Channel 4 and KRTV reported": a new clause after the name, no apposition
                # (nor ", argued during the trial that the city's former manager...")
                first = (appos.split() or [""])[0].lower()  # ("Ann Lee,\n   .": no words)
                if (
                    not looks_person(appos)
                    and not _CLAUSE_VERB.search(appos)
                    and first not in SPEECH_VERBS
                    # ", whose district includes the city's South Side": a clause, no role
                    and first not in _RELATIVES
                ):
                    r2, o2 = _role_org(appos)
                    if r2 and r2[:1].islower() or (r2 and o2):
                        # "a lawyer for Mr. Harrigan": whose lawyer, by surname
                        o2 = re.sub(r"^(?:Mr|Mrs|Ms|Dr)\.\s+", "", o2) if o2 else o2
                        reg.roles[name] = (r2, o2)
            owned = _OWNED_ROLE.search(text, max(0, m.start() - 80), m.start())
            if name not in reg.roles and owned and text[m.end() : m.end() + 1] == ",":
                # "Mr. Reyes's lawyer, Ann Lee, said": whose lawyer she is
                owner = owned.group("owner")
                reg.roles[name] = (owned.group("role"), clean_name(owner) if owner else None)
            if name not in reg.roles:
                # "Lakeshore Power spokeswoman Priya Nair", "council member Tom Reyes"
                pre = _ROLE_BEFORE.search(text[max(0, m.start() - 80) : m.start()])
                if pre:
                    org_before = _after_sentence_end(pre.group("org") or "") or None
                    role_before = pre.group("role").strip()
                    if org_before and org_before.lower() in ORG_WORDS:
                        # "Council member": a generic body word belongs to the role
                        role_before, org_before = f"{org_before} {role_before}", None
                    reg.roles[name] = (role_before, org_before)
        for name in known:
            name = clean_name(name)
            if name and name not in reg.full and looks_person(name):
                reg.full.append(name)
        reg._merge_short_forms()
        reg._add_surname_mentions(text, quoted)
        reg._add_kin_mentions(text, quoted)
        return reg

    def _add_kin_mentions(self, text: str, quoted: Sequence[tuple[int, int]]) -> None:
        """A spouse or child named by first name after the family's surname ("Mr. Reyes's
        wife, Carol, defended him. “…,” she said") is a person "she" may be: Carol Reyes."""
        for m in _KIN_NAMED.finditer(text):
            if any(a <= m.start() < b for a, b in quoted):
                continue
            name = f"{m.group('first')} {m.group('surname') or ''}".strip()
            if name not in self.full:
                self.full.append(name)
            self.mentions.append((m.start("first"), m.end("first"), name))
            self.roles.setdefault(name, (m.group("kin"), None))
            sex = _KIN_SEX.get(m.group("kin"))
            if sex:
                self.sexes[name] = sex
        self.mentions.sort()

    def _merge_short_forms(self) -> None:
        """ "Mr. de Léon" names Kevin de Léon: a surname with its particle ends the full name."""
        longer = {
            name: next(f for f in self.full if f != name and f.endswith(" " + name))
            for name in self.full
            if name[:1].islower() and any(f != name and f.endswith(" " + name) for f in self.full)
        }
        if not longer:
            return
        self.mentions = [(s, e, longer.get(n, n)) for s, e, n in self.mentions]
        self.full = [n for n in self.full if n not in longer]

    def _add_surname_mentions(self, text: str, quoted: Sequence[tuple[int, int]]) -> None:
        """Later mentions by surname ("Lee said", "Mr. Lee") count as mentions of the full
        name: a pronoun's nearest person is often named only so."""
        counts = Counter(name for _, _, name in self.mentions)
        by_surname: dict[str, str] = {}
        for name in self.full:
            surname = _surname(name)
            # two people share the surname: the one named more often is meant
            if counts[name] > counts[by_surname.get(surname, "")]:
                by_surname[surname] = name
            elif surname not in by_surname:
                by_surname[surname] = name
        taken = [(s, e) for s, e, _ in self.mentions]
        for m in re.finditer(r"(?<![\w.’'-])[A-Z][\w’'-]+", text):
            word = re.sub(r"[’']s$", "", m.group())
            full = by_surname.get(word)
            before = text[max(0, m.start() - 12) : m.start()].split()
            title = before[-1].lower() if before else ""
            alone = not re.match(r"[ \t]+[A-Z]", text[m.end() : m.end() + 2])
            if full is None and alone and (title in HONORIFICS or TITLES.get(title)):
                full = word if looks_person(word) else None  # "Mr. Lee", "President Lee"
                if full and title in _SEX_OF_HONORIFIC:
                    self.sexes[word] = _SEX_OF_HONORIFIC[title]
            if full is None:
                continue
            if any(a <= m.start() < b for a, b in taken) or any(
                a <= m.start() < b for a, b in quoted
            ):
                continue
            if _in_headline(text, m.start()):
                continue
            self.mentions.append((m.start(), m.start() + len(word), full))
        self.mentions.sort()

    def resolve(self, mention: str, pos: int | None = None) -> str:
        """The full name for a surname or title-plus-surname mention (at offset `pos`)."""
        title, name, _ = strip_title(mention)
        name = clean_name(name)
        suffix = generation(name)
        if name[:1].islower():
            # "Ms. de la Vega said": a surname with its particle ends the full name named before
            longer = {f for f in self.full if f != name and f.endswith(" " + name)}
            if len(longer) == 1:
                return longer.pop()
        if len(name.split()) - bool(suffix) >= 2 or not name:
            return name or mention
        # "Lee Jr." names Ann Lee Jr., never her father Ann Lee; "Mr. Lee" either, "President
        # Lee" the one without the suffix (an office is rarely given to the son's name)
        surname = name.split()[0]
        honorific = mention.split()[0].lower() in HONORIFICS
        hits = [
            f
            for f in self.full
            if _surname(f) == surname
            and (generation(f) == suffix or (not suffix and not title and honorific))
        ]
        if not hits and not suffix:
            hits = [f for f in self.full if name in f.split()]
        if not hits and not suffix:
            # "Ben Labolt ... LaBolt said": the same surname, capitalised another way
            folded = {f for f in self.full if _surname(f).casefold() == surname.casefold()}
            hits = list(folded) if len(folded) == 1 else []
        if len(set(hits)) > 1 and pos is not None:
            # "Mr. Lee" after "President Lee", or after "Ann Lee Jr.": the one named last
            # (a titled surname, "President Lee", names the one without the suffix)
            def named_last(full: str) -> int:
                forms = {full} if generation(full) else {full, _surname(full)}
                return max((at for at, n in self.anchors if at < pos and n in forms), default=-1)

            last = {full: named_last(full) for full in dict.fromkeys(hits)}  # ordered: ties alike
            if max(last.values()) >= 0:
                return max(last, key=lambda full: last[full])
        if hits:
            # two people share the surname: the one this text names more often is meant
            named = Counter(n for _, _, n in self.mentions)
            return max(hits, key=lambda f: named[f])
        return name

    def nearest_person(
        self, pos: int, floor: int, pronoun: str = "", text: str = "", said: str = ""
    ) -> tuple[str, int, int] | None:
        """The last person named between `floor` and `pos` whom `pronoun` can refer to (not
        one the quoted words `said` name by surname: people do not speak of themselves so)."""
        want = _PRONOUNS.get(pronoun, "")
        # a surname alone, not inside a longer name ("the Lee Administration")
        named_inside = set(re.findall(r"(?<![A-Z]\w )\b([A-Z][\w’'-]+)\b(?! [A-Z])", said))
        fitting: list[tuple[str, int, int, bool]] = []
        subjects: set[int] = set()
        sentences: set[int] = set()
        for s, e, name in self.mentions:
            if floor <= s and e <= pos:
                if text:
                    # the first person named in a sentence is (nearly always) its subject,
                    # unless a preposition governs the name ("calls for Lee to resign")
                    begin = _sentence_start(text, s + 1, floor)  # (+1: a name opening it)
                    # "Mr. Reyes's wife, Carol, defended him": the owner is not the subject
                    owner = text[e : e + 2] in ("'s", "’s")
                    # "For Pelletier, that is the point.": the name the sentence is about
                    topic = _TOPIC.match(text, begin, s) is not None and text[e : e + 1] == ","
                    if (
                        begin not in sentences
                        and not owner
                        and (topic or not _after_preposition(text, s, begin))
                    ):
                        sentences.add(begin)
                        subjects.add(s)
                if name.split()[-1] in named_inside:
                    continue  # "“Reed is wrong,” he said": he is not Reed
                known = self.sexes.get(name, "") if want in ("m", "f") else ""
                # only a first name one sex bears rules a person out ("Terry" may be "she")
                sure = known or (gender(name, strict=True) if want in ("m", "f") else "")
                if sure not in ("", want):
                    continue  # "she" never refers to a man's name, nor "he" to a woman's
                likely = known or (gender(name) if want in ("m", "f") else "")
                fitting.append((name, s, e, likely == want and want != ""))
        # a name known to fit "he"/"she" before one that may ("Puerto Rico" fits nobody); then
        # the subject of a sentence before an object named later ("Lee said the claims did
        # not hurt Reed. "…," he said": Lee); then the nearest
        if any(m[3] for m in fitting):
            fitting = [m for m in fitting if m[3]]
        preferred = [m for m in fitting if m[1] in subjects] or fitting
        return preferred[-1][:3] if preferred else None

    def by_role(self, noun: str, pos: int | None = None) -> str | None:
        """The one named person whose role or title holds `noun` ("the governor"), else None;
        given `pos`, of several such people the one named last before it ("Sen. Ann Lee …
        Sen. Tom Reyes … the senator said": Reyes, the nearest antecedent)."""
        roles = dict(self.roles)
        for surname, found in self.titled.items():
            full = self.resolve(surname)
            roles.setdefault(full, found)
        hits = {
            name for name, (role, _) in roles.items() if role and _role_head(role) == noun.lower()
        }
        if len(hits) == 1:
            return hits.pop()
        if pos is None or not hits:
            return None
        last = {
            name: max((s for s, _, n in self.mentions if n == name and s < pos), default=-1)
            for name in hits
        }
        best = max(last, key=lambda name: last[name])
        return best if last[best] >= 0 else None

    def by_org_noun(self, noun: str, pos: int, text: str) -> str | None:
        """The organization named before `pos` whose name ends in `noun` ("the agency")."""
        best = nearest = opener = None
        farther: set[str] = set()
        kind = _ORG_KINDS.get(noun, frozenset())
        floor = _previous_paragraph_start(text, pos)
        plain = _unquoted(text)
        for m in NAME_SEQ.finditer(text, 0, pos):
            words = m.group().split()
            if len(words) < 2 or _in_headline(text, m.start()):
                continue
            if plain[m.start()] != text[m.start()]:
                continue  # '"Governor Vick has chosen...," the group said': whom it speaks of
            last = re.sub(r"['’]s$", "", words[-1]).lower().rstrip(".")
            # ("Harrowgate Chemical Co", "Stelling Aerospace": no first name, a business word)
            business = last in kind and not _first_name(words[0])
            if looks_person(m.group()) and not business:
                opens = _sentence_start(text, m.start() + 1, floor) == m.start()
                if kind and m.start() >= floor and opens and not _first_name(words[0]):
                    opener = m.group()  # "Norrland Foods recalled…": no first name, a body
                continue
            # "the Lakeside Fish and Game Service": the words before "and" name it too
            joined = _JOINED_NAME.search(text, max(0, m.start() - 60), m.start())
            name = m.group()
            first = strip_determiners(joined.group("first")).split() if joined else []
            if joined and first and not _first_name(first[0]):
                name = joined.group() + name
            if (
                words[-1].lower() in ("co", "corp", "inc", "ltd")
                and text[m.end() : m.end() + 1] == "."
            ):
                name += "."  # "Dunmore Chemical Co.": the abbreviation's point
            place = _OF_PLACE.match(text, m.end(), pos)
            if place and words[-1].lower() in kind | ORG_WORDS:
                name += place.group()  # "the Teachers Federation of Lakemont": its place too
            if words[-1].lower() == noun:
                best = name
            elif kind & {w.lower().rstrip(".,’'") for w in words}:
                if m.start() >= floor:
                    nearest = name
                else:
                    farther.add(re.sub(r"['’]s$", "", name))
            elif (
                kind
                and m.start() >= floor
                and _sentence_start(text, m.start() + 1, floor) == (m.start())
            ):
                opener = name  # "Lakeside Water Works said…"
        # "the U.S. Wildlife Service … the agency said": else the body of that kind named just
        # before ("Safari Club International … the group said"), else the body a sentence just
        # before opens on ("Norrland Foods recalled … “…,” the company said"), else the one
        # body of that kind named further back ("SkyHarbor Airlines ... / ... the airline said")
        # (not for "the group" or "the agency": a story names many of those, not all by a
        # name these runs catch)
        far = farther.pop() if len(farther) == 1 and noun not in ("group", "agency") else None
        # a longer name than the runs catch: "the Pruitt County Deputy Sheriffs' Association",
        # "the Coalition for Regulated Sports Wagering"
        longer = None if best else _long_body_name(plain, floor, pos, kind | {noun})
        if longer and nearest and nearest.endswith(longer):
            longer = nearest  # ("U.S. Fish and Wildlife Service": the runs caught it whole)
        return best or longer or nearest or opener or far


def _long_body_name(plain: str, start: int, end: int, kinds: frozenset[str]) -> str | None:
    """Return the last body name between `start` and `end` of `plain` (quotations blanked)
    that a word of `kinds` heads: "Pruitt County Deputy Sheriffs' Association" (up to six
    capitalized words before the kind word) or "Coalition for Regulated Sports Wagering" (the
    kind word, then "for", "of" or "on" and what it is for)."""
    found: tuple[int, int, str] | None = None
    for pattern in _body_name_patterns(kinds):
        for m in pattern.finditer(plain, start, end):
            name = strip_determiners(m.group().strip())
            if len(name.split()) < 2 or looks_person(name):
                continue
            # the last one named; of two at one place, the longer
            end_at = m.start() + len(m.group())
            if found is None or (end_at, len(name)) > found[:2]:
                found = (end_at, len(name), name)
    return found[2] if found else None


@lru_cache(maxsize=32)
def _body_name_patterns(kinds: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    """The two forms of a body's name `_long_body_name` looks for, headed by a word of `kinds`."""
    heads = "|".join(sorted(re.escape(k.capitalize()) for k in kinds if k.isalpha()))
    return (
        re.compile(rf"(?:[A-Z][\w.'’-]*[ \t]+){{1,6}}(?:{heads})\b"),
        re.compile(
            rf"\b(?:{heads})[ \t]+(?:for|of|on)[ \t]+(?:the[ \t]+)?[A-Z][\w.'’-]*"
            rf"(?:[ \t]+(?:and[ \t]+)?[A-Z][\w.'’-]*){{0,4}}"
        ),
    )


@lru_cache(maxsize=64)
def _unquoted(text: str) -> str:
    """`outside_quotes` of an article, kept for its many quotations."""
    return outside_quotes(text)


_DATELINE = re.compile(r"[A-Z][A-Z/.,' -]+(?:\([\w .]+\))?\s*[-—–]+\s*")
"""A wire dateline opening the sentence: "RIVERSIDE/LAKESIDE (Reuters) - "."""
_CONNECTIVES = frozenset("however but and meanwhile yet instead now".split())
"""Words opening a sentence before its subject, never part of a speaker phrase."""
_CLAUSE_OPENERS = frozenset(
    "given including despite following according regarding concerning amid unlike like "
    "considering saying adding noting".split()
)
"""Lower-case words that open a clause or a phrase, never a speaker phrase."""
_OWNER_PERSON = re.compile(
    r"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)['’]s?\s+(?P<person>[A-Z].+)"
)
"""An organization's person, named with its possessive: "Lakeside Power's Ann Lee"."""
_BODY_FOR = re.compile(r"\b(?P<kind>[A-Z][a-z]+)[ \t]+(?:for|of|on|against)[ \t]+(?:the[ \t]+)?$")
"""The head of a body's name right before a run of capitalized words: "Coalition for"."""
_JOINED_NAME = re.compile(r"(?<![\w.])(?P<first>(?:[A-Z][\w.’'-]*[ \t]+){1,3})(?:and|&)[ \t]+$")
"""Capitalised words and "and" just before a name: one name ("Fish and Game Service")."""


_GOVERNING = frozenset(
    "for to with against about on of from at toward towards over under between among".split()
)


_TOPIC = re.compile(r"\W*(?:For|To)\s+(?:[A-Z][\w.’'-]*\s+)*$")
"""A sentence that opens on "For Ann Lee," or "To Mr. Lee," is about him: the topic, as a
subject is, for a pronoun in the next words ("“…,” she said")."""


def _after_preposition(text: str, pos: int, begin: int) -> bool:
    """Whether the name at `pos` is the object of a preposition: the first lower-case word
    before it, past its title and capitalized words ("for Senate Leader Ann Lee"), is one."""
    words = text[begin:pos].split()
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word.rstrip(",;:").endswith(("”", '"')):
            return False  # “… about Ann Lee,” Ellis said: the quotation's words govern no one
        if word.endswith((",", ";")):
            return False  # "On the show on Tuesday, Ann Lee said": the name opens a clause
        if k == 0 and word.lower() in _GOVERNING:
            return True  # "On The Ann Lee Show on Tuesday, Reyes said": the sentence opens on it
        if word[:1].isupper() or word.lower().rstrip(".") in TITLES or word in ("former", "fellow"):
            continue
        return word.lower().strip(",;:") in _GOVERNING
    return False


def _surname(name: str) -> str:
    """The family name of a full name: "Lee" in "Ann Lee" and in "Ann Lee Jr."."""
    words = name.split()
    return words[-2] if generation(name) and len(words) > 1 else words[-1]


def _role_head(role: str) -> str:
    """The noun a role is: "supporter of the president" is a supporter, "Vice President" a
    vice president (never "the president"), "Senator" a senator."""
    words = re.split(r"\s+(?:of|for|to|at|with|from)\s+", role.lower())[0].split()
    if len(words) > 1 and words[-2] in ("vice", "deputy", "assistant", "former"):
        return " ".join(words[-2:])
    return words[-1] if words else ""


_RELATIVES = frozenset("who whose whom which where when that".split())
# Longest role or organization printed next to a speaker; longer is a clause of the sentence.
MAX_ROLE_WORDS = 8
_CLAUSE_WORDS = re.compile(
    r"\b(?:who|whose|whom|that|which|has|have|had|was|were|is|are|made|said|says)\b", re.I
)
_NOT_ROLES = frozenset("comments remarks proposal opponents critics supporters".split())
_OWN_WORDS = frozenset("response reply answer message retort reaction verdict words".split())
"""What someone said, named by its owner ("Lee's response", "Lee's message"): the owner spoke."""
_THINGS = frozenset(
    "website site article book paper clip piece program programme ruling offer calls laws "
    "language story title advice criticism weapons phone slides bias protests".split()
)
"""Heads of a phrase that names a thing a writer mentions near a quote, never a speaker's role
("FreedomWorks' website", "the nation's libel laws", "softer language")."""
_WHEN = re.compile(
    r"(?:last|next|this|several|earlier|later|two|three|a few)\s+"
    r"(?:day|days|week|weeks|month|months|year|years|night|morning|weekend)\b|.*\bago$",
    re.I,
)
_SPEECH_PAST = re.compile(
    r"\b(?:reported|told|wrote|added|noted|tweeted|spoke|testified|replied|responded|"
    r"declined|commented)\b"
)


_CONTRACTED = re.compile(r"(he|she|they|we|i)['’](?:s|re|d|ll|ve|m)", re.I)
_POSSESSIVE_END = re.compile(r"['’]s?$")
"""A phrase that ends on an owner's mark ("a federal judge's"): the owner of what follows,
neither a role nor a speaker."""
_PIECE = re.compile(
    # a role or a name never opens on a pronoun or a preposition, nor ends on a function word
    r"^(?:it|he|she|they|we|i|as|out|in|on|at|to|from|with|by|into|about|after|before|"
    r"compared|than|while|when|if|under|against|over)\b"
    r"|\b(?:the|a|an|of|in|on|at|to|for|and|or|with|by|from)$"
    # nor is it a bare year or count, or ends on when ("... about the wall this month",
    # "resolution Tuesday", "over the weekend")
    r"|^\d+$|\b(?:(?:this|last|next|coming)\s+(?:days?|weeks?|months?|years?|morning|night|"
    r"weekend)|ago|today|yesterday|tonight|weekend|" + "|".join(WEEKDAYS) + r")$"
    # nor holds a quotation mark or opens or ends on a mark ("move reeks of “fear”", "--")
    r"|[“”\"]|^\W|[-–—]$",
    re.I,
)


_AGENT_END = re.compile(r"(?:er|or|ist|ian|ant|ent|ic|ow|ee)$")
_QUALITY_END = re.compile(r"(?:ous|ive|ed|ing|ful|less|able|ible|al)$")


def _describes_not_names(phrase: str) -> bool:
    """Return True when a one-word, lower-case role is a quality or a state ("incredulous",
    "mental", "sponsored", "three"), not what someone is ("official", "critic", "fellow")."""
    if " " in phrase or not phrase.islower():
        return False
    if phrase in STOPWORDS:
        return True
    if _PERSON_NOUN.match(phrase) or phrase in mapping("role_titles"):
        return False
    from briefing.text.tagger import tag_once

    tags = tag_once(phrase)
    if tags and tags[-1].upos == "NUM":
        return True
    if _AGENT_END.search(phrase):
        return False
    return bool(tags and tags[-1].upos in ("ADJ", "VERB", "ADV")) or bool(
        _QUALITY_END.search(phrase)
    )


def _plausible(phrase: str | None, organization: bool = False) -> str | None:
    """`phrase` when it reads as a role or an organization, else None: never a clause ("made
    some outrageous comments that…"), a document or a pronoun ("comments", "He")."""
    if not phrase:
        return None
    words = phrase.split()
    low = phrase.lower().strip(" ,.")
    if low in _PRONOUNS:
        return None
    if len(words) > MAX_ROLE_WORDS or _CLAUSE_WORDS.search(phrase):
        return None
    if words[0].lower() in ("and", "or", "but") or _SPEECH_PAST.search(phrase):
        return None  # "and NBC reported": the rest of a sentence, not a role
    if words[0] in SPEECH_VERBS:
        return None  # "encouraging hunters": what someone did, not who they are
    if _WHEN.match(phrase):
        return None  # "Last week", "Several weeks ago": when, not who
    if _PIECE.search(phrase):
        return None  # "out of Lakeside targets in the", "it might just work": a sentence's piece
    if low in _ADVERBS | _THEN | _CONNECTIVES or _describes_not_names(phrase):
        return None  # "meanwhile", "incredulous": how it goes on or how they were, not who
    if organization:
        # the organization places the speaker ("the group's director"): a name, or a body
        # ("the group") the sides resolve to the one named before; never another common noun
        # ("the president") or someone's doings ("Lee's campaigns for decades"); a sentence's
        # full stop is no part of it ("Lakeside.org.")
        if not phrase[:1].isupper() and not phrase[:1].isdigit():
            return phrase if low in GENERIC_BODIES else None
        if re.search(r"['’]s\s+[a-z]", phrase):
            return None
        if phrase.endswith(".") and not re.search(
            r"(?:\b[A-Za-z]\.)+$|\b(?:Inc|Co|Corp|Ltd|Jr|Sr)\.$", phrase
        ):
            phrase = phrase[:-1]
        return phrase
    if low in _DOCUMENTS or low in _NOT_ROLES or words[-1].lower() in _DOCUMENTS | _THINGS:
        return None  # "the 52-count civil complaint", "website": a thing, not who spoke
    if _POSSESSIVE_END.search(phrase):
        return None  # "a federal judge's": the owner of what follows, not a role
    return phrase


def _first_name(word: str) -> bool:
    """True for a word that can open a person's name: a known first name (either sex's:
    "Jan", "Robin") or an initial."""
    return bool(re.fullmatch(r"[A-Z]\.", word)) or is_first_name(word)


def _attribute(
    text: str,
    parts: tuple[tuple[int, int], ...],
    raw: _Raw,
    cue: _Cue | None,
    registry: _Registry,
    previous: QuoteSpan | None,
    original: str,
) -> QuoteSpan:
    # the pieces of a quote split by its attribution are joined with an ellipsis, which marks
    # the gap honestly; each piece stays verbatim (`parts` has their offsets)
    if len(parts) > 1:
        trimmed = []
        for i, (a, b) in enumerate(parts):
            while i < len(parts) - 1 and b > a and original[b - 1] in " ,":
                b -= 1
            trimmed.append((a, b))
        parts = tuple(trimmed)
    joined = JOIN.join(original[a:b] for a, b in parts)
    start, end = parts[0][0], parts[-1][1]
    base = {
        "text": joined, "start": start, "end": end, "parts": parts, "partial": raw.partial,
    }  # fmt: skip
    if cue is None or _TITLE_BEFORE.search(original, max(0, start - TITLE_CHARS), start):
        # `under the headline “…”`, `a story called “…”`: a title, which no one says
        return QuoteSpan(speaker=None, speaker_start=None, speaker_end=None, role=None,
                         organization=None, cue=None, **base)  # type: ignore[arg-type]  # fmt: skip
    mention = original[cue.mention_start : cue.mention_end]
    # Ann "Annie" Lee: the nickname is no part of the name
    mention = re.sub(r"[ \t][\"“][A-Z][\w’'-]*[\"”](?=[ \t])", "", mention)
    role: str | None = None
    org: str | None = None
    named = False
    speaker: str | None
    head = mention.split()
    mention_end = cue.mention_end
    verb = _verb_in_mention(original, cue.mention_start, cue.mention_end)
    if verb is not None:
        # "Dan Ellis shook his head and said": the speaker is the name before the verb
        mention = original[cue.mention_start : verb].rstrip()
        mention_end = cue.mention_start + len(mention)
        head = mention.split()
    mention_start = cue.mention_start
    dateline = _DATELINE.match(mention)
    if dateline and dateline.end() < len(mention):
        # "RIVERSIDE (Reuters) - Lakeside activist Ann Lee said": the dateline is no speaker
        mention_start, mention = mention_start + dateline.end(), mention[dateline.end() :]
        head = mention.split()
    named_after = re.match(
        r"[ \t]+((?:[A-Z][\w.'’-]+[ \t]+){0,2}[A-Z][\w'’-]+)\b", original[mention_end:]
    )
    if head and head[-1].islower() and named_after and looks_person(named_after.group(1)):
        if _first_name(named_after.group(1).split()[0]):
            # "Lakeside activist Ann Lee joined the protest …, saying": the name after the role
            mention = original[mention_start : mention_end + named_after.end()]
            mention_end = mention_start + len(mention)
            head = mention.split()
    while len(head) > 1 and head[0].lower().rstrip(",") in _ADVERBS | _THEN | _CONNECTIVES:
        # "However, Ann Lee's brief said", "often in her speeches": what follows is the phrase
        at = mention.index(head[1], len(head[0]))
        mention_start, mention, head = mention_start + at, mention[at:], head[1:]
    if len(head) > 1 and head[-1].lower() in ("he", "she", "they"):
        # "in an interview with Lakeside Radio he criticized": the pronoun is the speaker
        at = mention.rindex(head[-1])
        mention_start, mention, head = mention_start + at, head[-1], head[-1:]
        mention_end = mention_start + len(mention)
    if head and (head[0].lower() in _STOP or head[0] in _CLAUSE_OPENERS):
        # "… “no shock” given her 2020 pledges": a clause, not a speaker phrase
        return QuoteSpan(speaker=None, speaker_start=None, speaker_end=None, role=None,
                         organization=None, cue=None, **base)  # type: ignore[arg-type]  # fmt: skip
    if (
        len(head) in (3, 4)
        and head[0].lower() in _PRONOUNS
        and head[-1] == "and"
        and all(w.islower() for w in head[1:])
    ):
        # "I laughed and said", "she paused and added": the pronoun spoke
        mention, head = head[0], head[:1]
        mention_end = mention_start + len(mention)
    if (
        len(head) > 1
        and head[0].lower() in _PRONOUNS
        and head[1][:1].islower()
        and not head[1].endswith("ly")
        and head[1] not in _ADVERBS | _THEN
    ):
        # "She became so upset … that I had to change my answer:": a pronoun and its verb,
        # not a speaker phrase
        return QuoteSpan(speaker=None, speaker_start=None, speaker_end=None, role=None,
                         organization=None, cue=None, **base)  # type: ignore[arg-type]  # fmt: skip
    if (
        len(head) > 1
        and head[0].lower() in _PRONOUNS
        and all(w.lower() in _ADVERBS | _THEN or w.endswith("ly") for w in head[1:])
    ):
        mention = head[0]  # "She then defended it": the pronoun is the speaker
        mention_end = mention_start + len(mention)
    contracted = _CONTRACTED.fullmatch(mention)
    if contracted:
        # "She’s claiming that …": the pronoun, its verb contracted onto it
        mention = contracted.group(1)
        mention_end = mention_start + len(mention)
    low = strip_determiners(mention).lower()
    joint = _joint(mention, registry, mention_start)
    if joint is not None:
        # "Mr. Udall and Mr. Wyden released a joint statement": both spoke
        speaker, named = joint, True
    elif low in _PRONOUNS and mention.lower() == low:
        # ("“…?” Cobb asked. / “…,” she replied": an answer is someone else's)
        answer = (cue.verb or "").lower() in _ANSWERS or (
            previous is not None and previous.text.rstrip(" ”\"'’").endswith("?")
        )
        speaker, named = _resolve_pronoun(
            low, mention_start, registry, previous, text, joined, answer=answer
        )
        if speaker and previous is not None and speaker == previous.speaker:
            role, org = previous.role, previous.organization
    else:
        # "President Lee himself went further, tweeting": the reflexive is no part of the name
        mention = re.sub(r"[ \t]+(?:himself|herself|themselves|itself)$", "", mention)
        # "Representative Ann Lee of Ohio": the person, then where she is from or works
        person, of, place = mention.partition(" of ")
        if not of:
            # "Ann Lee for Lakeside Weekly": the person, then whom she writes or works for
            person, of, place = mention.partition(" for ")
            if of and not _first_name(strip_title(person)[1].split()[0] if person else ""):
                person, of, place = mention, "", ""
        place = strip_determiners(place)
        if of and looks_person(strip_title(person)[1]) and place[:1].isupper():
            t_role, name, t_org = strip_title(person)
            t_org = t_org or place.strip(" ,")
        else:
            t_role, name, t_org = strip_title(mention)
            owned = _OWNER_PERSON.match(name)
            if owned and looks_person(owned.group("person")):
                # "Lakeside Power's Ann Lee wrote": the person spoke, for the organization
                first = owned.group("person").split()[0]
                owner = owned.group("owner")
                if (
                    _first_name(first)
                    and not _first_name(owner.split()[0])
                    and registry.resolve(owner) not in registry.full
                ):
                    name, t_org = owned.group("person"), t_org or owner
        unit = _UNIT_OF.match(strip_determiners(mention))
        if unit:
            # "the Riverside, Ore., chapter of Lakeside Action": the organization spoke, by
            # its chapter (no person of that name)
            name = ""
        elif not looks_person(name):
            # "Democratic nominee Ann Lee", "9/11 widow Ana Ruiz"
            words = name.split()
            for cut in range(1, len(words) - 1):
                if looks_person(" ".join(words[cut:])) and any(
                    w[:1].islower() for w in words[:cut]
                ):
                    # "Secretary of the Interior Ann Lee": the words after "of" name the
                    # office up to the person's first name
                    while (
                        any(w.lower() in ("of", "for") for w in words[:cut])
                        and len(words) - cut > 2
                        and not _first_name(words[cut])
                    ):
                        cut += 1
                    title = " ".join(strip_determiners(" ".join(words[:cut])).split())
                    t_role, name = (
                        f"{t_role} {title}" if t_role and title[:1].islower() else title,
                        " ".join(words[cut:]),
                    )
                    break
        agent = _AGENT_FOR.match(strip_determiners(mention))
        if unit:
            speaker = unit.group("org").strip(" ,")
            role, org = unit.group("unit").strip(" ,"), speaker
            prefix, person, _ = strip_title(speaker)
            # a person by title or first name ("Gov. Ann Lee"), not a name like "Lakeside
            # Action" that only looks like one
            if looks_person(person) and (prefix or _first_name(person.split()[0])):
                # "the office of Gov. Ann Lee": her office spoke, for her
                org = registry.resolve(person)
                speaker = f"{role} of {org}"
        elif agent and looks_person(name):
            # "a spokeswoman for Sen. Ann Lee": the spokeswoman spoke, for Ann Lee (her side);
            # "a top ally of President Lee" is no more Lee
            principal = registry.resolve(name)
            speaker = f"{agent.group(1)} {agent.group(2).lower()} {principal}"
            role, org = agent.group(1), principal
            # "a spokeswoman for Mayor Lee, Ann Ross, said": the spokeswoman has a name
            given = next(
                (
                    text[a:b].strip()
                    for a, b in cue.appositions
                    if looks_person(text[a:b].strip()) and len(text[a:b].split()) >= 2
                ),
                None,
            )
            if given is not None:
                speaker, named = registry.resolve(given, mention_start), True
        elif looks_person(name) or (generation(name) and registry.resolve(name) in registry.full):
            # ("Lee Jr.": the Ann Lee Jr. named before; "Mr. Lee": the Lee named last)
            speaker = registry.resolve(name, mention_start)
            named = True
            role, org = t_role, t_org
        else:
            r2, o2 = _role_org(mention)
            speaker = o2 or strip_determiners(mention)
            if o2 and o2[:1].islower():
                # "the nation's libel laws", "state's campaign" (of "the former secretary of
                # state's campaign"): a lower-case owner names no one
                speaker = o2 = None
            elif (
                o2
                and (r2 or "").lower() in _OWN_WORDS
                and (owner := registry.resolve(o2, mention_start)) in registry.full
            ):
                # "Lee’s response was blunt: “…”": her words, the Ann Lee named before
                speaker, named = owner, True
                r2 = o2 = None
            if speaker and speaker.lower() in _PARTIES:
                speaker = o2 = None  # "a Republican senator": a party is no speaker
            if speaker and speaker.split()[-1].lower().rstrip(".,’'") in PLACE_WORDS:
                speaker = o2 = None  # "the X Memorial Building crowd", "Friday": no speaker
            if speaker and (
                speaker.split()[-1].lower() in _DOCUMENTS
                or (r2 or "").split()[-1:] == [mention.split()[-1]]
                and mention.split()[-1].lower() in _DOCUMENTS
            ):
                # "the statement demanding …": a paper, not who wrote it; "Ann Lee released
                # a statement saying …": the one who released it
                author = _document_author(text, mention_start, registry)
                owner = o2 if o2 and re.search(rf"{re.escape(o2)}['’]s?\s", mention) else None
                if author is None and owner:
                    # "the Lakeside Council Republicans' letter concluded": theirs
                    resolved = registry.resolve(owner, mention_start)
                    author = (resolved, True) if resolved in registry.full else (owner, False)
                speaker, named = author if author else (None, False)
                if author:
                    r2 = None
                    o2 = owner if author[0] == owner else None

            role, org = r2, o2
            principal = registry.resolve(o2) if o2 and not o2.isupper() else ""
            if (
                r2
                and _AGENT_NOUN.fullmatch(r2)
                and principal in registry.full
                and principal.split()[-1] == (o2 or "").split()[-1]
            ):
                # "Vance's campaign said", "the Vance campaign said": the campaign spoke, not
                # the person it works for (who stays its organization, for the sides)
                org = principal
                speaker = f"{principal}’s {r2}"
            elif r2 and o2 and KIN.fullmatch(r2):
                # "Scott's family said", "the Lee family said": the family spoke, not Scott
                speaker = f"{principal or o2}’s {r2}"
            elif (
                r2
                and o2
                and r2[:1].islower()
                and _PERSON_NOUN.search(r2.split()[-1])
                and not _AGENT_FOR_ORG.search(r2)
                and re.search(rf"{re.escape(o2.split()[-1])}['’]s?\s", mention)
            ):
                # "Lee's longtime strategist said": someone who works or worked for Lee
                # spoke, not Lee (who stays the organization, for the sides); a spokesman
                # speaks for the organization itself
                words = o2.split()
                # "Riverside mayoral candidate Ann Lee's doctor": Ann Lee's
                cut = next(
                    (
                        k
                        for k in range(len(words) - 1)
                        if _first_name(words[k]) and looks_person(" ".join(words[k:]))
                    ),
                    0,
                )
                owner = " ".join(words[cut:])
                org = principal if principal in registry.full else owner
                speaker = f"{org}’s {r2}"
            if not o2 and not named and not _SPEAKER_NOUN.search(mention):
                # "the cover said", "the report said": a thing, not someone who spoke
                speaker = None
            sent_by = (
                o2 is not None
                and (r2 or "").lower() in _DOCUMENTS
                and re.search(rf"\b(?:from|by)\s+(?:the\s+)?{re.escape(o2)}", mention) is not None
            )
            if sent_by and (writer := registry.resolve(o2 or "", mention_start)) in registry.full:
                speaker, named = writer, True
            if (cue.verb or "").lower() in ("read", "reads") and not sent_by:
                # "the headline advertising the magazine's story reads, “…”": a text reads
                # so; no one is speaking ("read a statement from Lee": Lee's text, Lee's words)
                speaker = role = org = None
            bare = strip_determiners(mention).split()
            while len(bare) > 1 and bare[-1].lower() in _ADVERBS | _THEN:
                bare = bare[:-1]  # "the senator also said"
            placed = all(w.lower() in _state_words() for w in bare[:-1])
            if (
                len(bare) > 1
                and bare[-1].islower()
                and bare != mention.split()
                and all(
                    w.lower() in _PARTIES
                    or w.islower()
                    or _DESCRIBING.search(w)
                    or w.lower() in _state_words()
                    for w in bare[:-1]
                )
            ):
                # "the Democratic senator said": the one named senator (else as before); "the
                # former vice president" is a vice president, never the president
                # ("the former governor": the one titled "Former Gov." if any)
                holder = (
                    registry.by_role(_role_head(" ".join(bare)), mention_start)
                    if "former" in bare
                    else None
                ) or registry.by_role(
                    _role_head(" ".join(w for w in bare if w != "former")), mention_start
                )
                if (
                    holder is None
                    and bare[-1] in _PERSON_ROLES
                    # ("the second-term lawmaker": a term or an age says no more than "he")
                    and (placed or all("-" in w for w in bare[:-1]))
                ):
                    # "the Ohio senator said": a place names one of the people the
                    # story is about, the one just named (as "he" would be)
                    floor = _previous_paragraph_start(text, mention_start)
                    near = registry.nearest_person(mention_start, floor, "", text, joined)
                    holder = near[0] if near else None
                if holder is None:
                    holder = _described_person(text, bare[-1], mention_start, registry, joined)
                if holder is not None:
                    speaker, named = holder, True
                    described = (" ".join(bare), None) if placed else (None, None)
                    role, org = registry.roles.get(holder, described)
            if (
                len(bare) == 1
                # ("the Speaker told reporters": a title in capitals, the one so titled)
                and (bare[0].islower() or bare[0].lower() in TITLES)
                and bare != mention.split()
            ):
                # "the governor said": the one named governor; "the agency said": the agency
                # named before; a bare "agency" as a speaker tells the reader nothing
                holder = registry.by_role(bare[0], mention_start)
                if holder is None and bare[0] in _PERSON_ROLES:
                    # "Tom Reyes spoke on Monday. “…,” the senator added": the one just
                    # named, as "he" would be (no title said he is a senator: none says not)
                    floor = _previous_paragraph_start(text, mention_start)
                    near = registry.nearest_person(mention_start, floor, "", text, joined)
                    holder = near[0] if near else None
                if holder is None and bare[0] not in _UNNAMED_NOUNS | ORG_WORDS:
                    holder = _described_person(text, bare[0], mention_start, registry, joined)
                if holder is not None:
                    speaker, named = holder, True
                    role, org = registry.roles.get(holder, (None, None))
                elif bare[0] in _UNNAMED_NOUNS and (
                    unnamed := _described_before(text, bare[0], mention_start)
                ):
                    # "a senior administration official said ... “…,” the official said":
                    # the one the article described, not a bare "official"
                    speaker = role = unnamed
                elif bare[0] in ORG_WORDS or bare[0] in _ORG_KINDS:
                    found = registry.by_org_noun(bare[0], mention_start, text)
                    speaker = org = strip_determiners(found) if found else None
                    role = None
                elif KIN.fullmatch(bare[0]) and mention.split()[0].lower() in _OWNER_PRONOUNS:
                    # "his father tweeted": the father of the person "his" is, not "father"
                    owner = mention.split()[0].lower()
                    floor = _previous_paragraph_start(text, mention_start)
                    pronoun = {"his": "he", "her": "she"}.get(owner, "")
                    near = registry.nearest_person(mention_start, floor, pronoun, text, joined)
                    speaker = f"{near[0]}’s {bare[0]}" if near else None
                    if near and bare[0] == "father" and generation(near[0]) == "Jr":
                        # "Donald Trump Jr. ... his father tweeted": the namesake the text names
                        senior = re.sub(r",?\s+Jr\.?$", "", near[0])
                        named = senior in registry.full or senior.split()[-1] in registry.titled
                        speaker = senior if named else speaker
                    role = org = None
    for a, b in cue.appositions:
        if re.fullmatch(
            r"[RDI]-[A-Z][\w. ]*|\d+|"
            r"(?:who|whose|whom|which|where|at|in|on|near|during|after|before|while|when|since) .*",
            text[a:b].strip(),
        ):
            continue  # party-state tags, ages, relative clauses and places are not roles
        r2, o2 = _role_org(text[a:b])
        role = role or r2
        org = org or o2
    if named and speaker is not None:
        known_role, known_org = registry.roles.get(speaker, (None, None))
        role = role or known_role
        org = org or known_org
    if role and org and org.lower() in role.lower():
        org = None  # "Secretary of the Interior" already names the department
    role, org = _plausible(role), _plausible(org, organization=True)
    if speaker and not named and _PIECE.match(mention.strip(" ,.")):
        # "out of Lakeside targets in the area": the rest of the writer's sentence, no one
        speaker = role = org = None
    if (
        speaker
        and not named
        and (
            _PIECE.search(speaker.strip(" ,."))
            or _POSSESSIVE_END.search(speaker)
            or speaker.startswith("said ")
        )
    ):
        # "the former secretary of" (a name cut off), "a federal judge's" (an owner), "said
        # Trump" (the cue itself): no one
        speaker = None
    return QuoteSpan(
        speaker=speaker or None,
        speaker_start=mention_start,
        speaker_end=mention_end,
        role=role,
        organization=org,
        cue=cue.verb,
        mention=mention,
        named=named,
        cue_start=cue.verb_start,
        cue_end=cue.verb_end,
        **base,  # type: ignore[arg-type]
    )


def _verb_in_mention(text: str, start: int, end: int) -> int | None:
    """Return where a lower-case verb inside the speaker phrase text[start:end] begins ("Dan
    Ellis shook his head and said": "shook"), None when there is none: an irregular past
    tense the phrase finder cannot tell from a noun."""
    words = text[start:end].split()
    if len(words) < 2 or not any(w[:1].islower() for w in words[1:]):
        return None
    if words[0].lower() in _PRONOUNS:
        return None  # "She became so upset that...": a clause, not a speaker phrase
    from briefing.text.tagger import tag_once

    window = text[start : min(len(text), end + 30)]
    for k, token in enumerate(tag_once(window)):
        if token.start >= end - start:
            break
        if (
            k
            and token.upos == "VERB"
            and token.text[:1].islower()
            and window[token.start - 1] == " "
        ):
            return start + token.start  # not "born" in "Lakeside-born"
    return None


_ISSUED = re.compile(
    rf"(?P<subject>[A-Z][^,;:“”\"]*?)\s+(?:also\s+)?(?:{'|'.join(ISSUING_VERBS)}|put out)\s+"
    r"(?:(?:a|an|the|their|his|her|its)\s+)?(?:[a-z-]+\s+){0,2}$"
)


def _document_author(text: str, pos: int, registry: _Registry) -> tuple[str, bool] | None:
    """Return who released the document named at `pos` ("Ann Lee released a statement
    saying…"), the subject of its sentence, when that is a person, two people or a body."""
    begin = _sentence_start(text, pos, max(0, pos - 400))
    clause = text[begin:pos]
    # "On Friday, Ann Lee released…": an opening phrase before the subject
    clause = re.sub(r"^(?:[A-Z][\w’']*(?: [\w’']+){0,3}),\s+(?=[A-Z])", "", clause)
    found = _ISSUED.search(clause)
    if found is None:
        return None
    subject = found.group("subject").strip()
    person = _joint(subject, registry, pos) or _person(subject, registry, pos)
    if person is not None:
        return person, True
    words = subject.split()
    if words and words[-1].lower().rstrip(".") in ORG_WORDS | _BODY_SPEAKERS:
        return strip_determiners(subject), False  # "The White House issued a statement"
    return None


_BODY_SPEAKERS = frozenset("house department committee campaign office administration".split())


def _joint(mention: str, registry: _Registry, pos: int) -> str | None:
    """Return "Ann Lee and Tom Reyes" when the speaker phrase names two people joined by
    "and" (each by full name, or by title and a surname named before), else None."""
    found = re.fullmatch(r"(.+?),?\s+and\s+(.+?)(?:,.*)?", mention.strip())
    if found is None:
        return None
    names = [_person(part, registry, pos) for part in found.groups()]
    return None if None in names else " and ".join(n for n in names if n)


def _person(phrase: str, registry: _Registry, pos: int) -> str | None:
    """Return the person a phrase names, by full name ("Sen. Ann Lee") or by title and a
    surname named before ("Mr. Udall"), resolved in the article; None for anything else."""
    _, name, _ = strip_title(strip_determiners(phrase.strip()))
    name = clean_name(name)
    if looks_person(name):
        return registry.resolve(name, pos)
    if name and len(name.split()) == 1 and registry.resolve(name, pos) in registry.full:
        return registry.resolve(name, pos)
    return None


def _previous_paragraph_start(text: str, pos: int) -> int:
    """Start of the non-blank paragraph before the one holding `pos` (0 at the top): a
    pronoun may point back that far, across the blank lines between paragraphs."""
    here = text.rfind("\n", 0, pos)
    if here < 0:
        return 0
    end = len(text[:here].rstrip())
    back = text.rfind("\n", 0, end)
    return back + 1 if back >= 0 else 0


CHAIN_PARAGRAPHS = 2
"""How many more paragraphs back "he" may reach when the paragraphs between go on about him."""


def _goes_on_about(span: str, pronoun: str) -> bool:
    """Return True when `span` (up to the attribution's own pronoun) refers to someone as
    `pronoun` outside quotation marks."""
    return re.search(rf"\b{pronoun}\b", outside_quotes(span), re.I) is not None


_ANSWERS = frozenset("replied responded answered retorted countered".split())
"""Speech verbs of an answer: the one who answers is not the one just quoted."""


def _resolve_pronoun(
    pronoun: str,
    pos: int,
    registry: _Registry,
    previous: QuoteSpan | None,
    text: str,
    said: str = "",
    *,
    answer: bool = False,
) -> tuple[str | None, bool]:
    """The nearest fitting person before the pronoun, else the previous quote's speaker (not
    for an `answer` to a speaker surely of the other sex: someone named further back)."""
    if pronoun in ("he", "she"):
        floor = _previous_paragraph_start(text, pos)
        near = registry.nearest_person(pos, floor, pronoun, text, said)
        for _ in range(CHAIN_PARAGRAPHS):
            # "Lee issued a statement. / At the same time, he took the rare step… / “…,” he
            # said": a paragraph that names no one but goes on about "he" continues the chain
            if near is not None or floor == 0 or not _goes_on_about(text[floor:pos], pronoun):
                break
            floor = _previous_paragraph_start(text, floor)
            near = registry.nearest_person(pos, floor, pronoun, text, said)
        fits = (
            previous is not None
            and previous.named
            and bool(previous.speaker)
            and gender(previous.speaker or "", strict=True) in ("", _PRONOUNS[pronoun])
        )  # the previous speaker, unless surely a woman for "he" (a man for "she")
        if fits and previous is not None:
            if near is None or previous.start > near[1] or near[0] == previous.speaker:
                return previous.speaker, True
        if near is not None:
            return near[0], True
        if fits and previous is not None:
            return previous.speaker, True
        # the one just quoted is surely of the other sex ("…?” Cobb asked. / “…,” she
        # replied"): the pronoun means someone named further back
        other = (
            answer
            and previous is not None
            and bool(previous.speaker)
            and gender(previous.speaker or "", strict=True) not in ("", _PRONOUNS[pronoun])
        )
        if floor > 0:
            # an exchange ("“Yes or no?” Beck asked. / “…,” replied Hadley. / “…,” she said"):
            # the one a paragraph further back whose first name the pronoun surely fits
            # (a name of either sex, "Chris", leaves the pronoun to the speaker just quoted)
            wider = registry.nearest_person(
                pos, _previous_paragraph_start(text, floor), pronoun, text, said
            )
            if wider is not None and (
                gender(wider[0], strict=True) == _PRONOUNS[pronoun]
                or (other and gender(wider[0], strict=True) == "")
            ):
                return wider[0], True
        if (
            previous is not None
            and not other
            and previous.named
            and previous.speaker
            and looks_person(previous.speaker)
            and previous.end > floor
            and (anyone := registry.nearest_person(pos, floor)) is not None
            and anyone[0] == previous.speaker
        ):
            # the one person named since the paragraph before, whose quote it gave, is the
            # one the pronoun means: the name lists guessed their sex wrong ("…," said Hilary
            # Shelton. / "…," he said)
            return previous.speaker, True
        return None, False  # "he" or "she" is a person, never an organization
    if pronoun == "they" and previous is not None and " and " in (previous.speaker or ""):
        return previous.speaker, previous.named  # "…," they said: the two who spoke before
    if previous is not None and previous.speaker and not previous.named and pronoun != "i":
        return previous.speaker, False
    # "I said" outside quotation marks is the writer (an essay, a column), never the person
    # quoted before: no one a side can be given to
    return None, False


_UNIT_OF = re.compile(
    r"(?P<unit>(?:[A-Z][\w.'’-]*,?\s+)*(?:[A-Z][a-z]*\.,\s+)?(?:state\s+|local\s+)?"
    r"(?:chapter|branch|affiliate|office|wing|division|bureau))\s+of\s+(?:the\s+)?"
    r"(?P<org>[A-Z][^,]*)$"
)
"""A unit of an organization as the speaker: "the Riverside, Ore., chapter of Lakeside Action"."""
_AGENT_FOR = re.compile(
    r"((?:(?:top|senior|longtime|close|former|key|chief)\s+)*(?:spokes(?:man|woman|person)|"
    r"aide|adviser|advisor|lawyer|attorney|representative|staffer|press secretary|ally|"
    r"confidant|friend))\s+(for|to|of)\s+\S",
    re.I,
)

# What "the agency", "the group", "the company" can name: the words such a body's name holds.
_OF_PLACE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?")
_ORG_KINDS = {
    "agency": frozenset("agency service administration bureau commission department".split()),
    "group": frozenset(
        "group club coalition association alliance foundation society federation league "
        "union council institute organization movement network caucus".split()
    ),
    "company": frozenset("company corp corporation inc motors airlines bank group".split())
    | BUSINESS_HEADS,
    "airline": frozenset({"airlines", "airways", "air"}),
    "union": frozenset("union guild federation association alliance brotherhood".split()),
    "cooperative": frozenset({"cooperative", "co-op"}),
    "utility": frozenset("electric power energy utilities cooperative".split()),
}
_ORG_KINDS["firm"] = _ORG_KINDS["company"]
_ORG_KINDS["carrier"] = _ORG_KINDS["airline"]


# the words that put a title in quotation marks: `under the headline “…”`, `called, simply, “…”`
# (looked for in the TITLE_CHARS before the opening mark, not the whole article each time)
TITLE_CHARS = 60
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:under the headline|headlined|titled|entitled)|"
    # "a story called “…”" names a thing; "Lee called “…”", "he called “…”" is speech
    r"(?<![\w’'])(?!(?:he|she|they|it|who|and|also|then|later|once|publicly|repeatedly)\b)"
    r"[a-z]+\s+(?:called|dubbed))[,:]?\s+(?:simply,?\s+)?[“\"]\s*\Z"
)

_DOCUMENTS = frozenset(
    "statement release report letter memo tweet post email filing document resolution "
    "transcript complaint lawsuit indictment".split()
)

_SEX_OF_HONORIFIC = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f"}

_THEN = {"then", "also", "later", "again", "too", "still"}

_AGENT_NOUN = re.compile(
    r"(?:campaign|office|team|staff|aides?|lawyers?|attorneys?|spokes(?:man|woman|person)|"
    r"advis[eo]rs?|representatives?)",
    re.I,
)

_OWNER_PRONOUNS = frozenset({"his", "her"})


_UNNAMED_NOUNS = frozenset(
    "official aide adviser advisor source spokesman spokeswoman spokesperson staffer "
    "strategist lawyer attorney executive consultant".split()
)
"""Nouns for one unnamed person an article describes once ("a senior administration
official") and then calls "the official"."""


def _described_before(text: str, noun: str, before: int) -> str | None:
    """Return how the article last described an unnamed `noun` before `before` ("senior
    administration official" for "a senior administration official said", "spokesperson for
    Lakeside Bank"), else None; not one in apposition to a name ("Tom Reyes, a Lakeside
    official,": by name he is known), nor a bare "a spokesperson" (it says no more)."""
    pattern = re.compile(
        rf"\b[Aa]n?[ \t]+((?:[\w.’'-]+[ \t]+){{0,3}}){noun}\b"
        rf"(?:[ \t]+(?:for|at|with)[ \t]+((?:[A-Z][\w.&’'-]*[ \t]?){{1,4}}))?"
    )
    found = list(pattern.finditer(text, 0, before))
    if not found:
        return None
    last = found[-1]
    ahead = text[: last.start()].rstrip()
    if ahead.endswith(",") and (ahead[:-1].split() or [""])[-1][:1].isupper():
        return None
    words = last.group(1).split()
    if any(w.lower() in STOPWORDS or any(c.isdigit() for c in w) for w in words):
        return None  # "a lot of the official": no description of one person
    owner = (last.group(2) or "").strip()
    if not words and not owner:
        return None
    return " ".join([*words, noun, *(["for", owner] if owner else [])])


def _described_person(text: str, noun: str, pos: int, registry: _Registry, said: str) -> str | None:
    """The person just named whose own sentence calls them `noun`: "The county coroner, Dr.
    Abel Fry, released his findings. “…,” the coroner said" (Fry); "Ann Lee was hired as head
    coach in May. “…,” the first-year coach said" (Lee). None when no such sentence."""
    if not _one_person_noun(noun):
        return None
    floor = _previous_paragraph_start(text, pos)
    near = registry.nearest_person(pos, floor, "", text, said)
    if near is None:
        return None
    if noun.lower() in near[0].lower().split():
        return None  # "Juror No. 7" read as a name is no one's name
    begin = _sentence_start(text, near[1] + 1, floor)
    stop = _sentence_end_after(text, near[2], pos)
    if re.search(rf"\b{re.escape(noun)}\b", outside_quotes(text[begin:stop]), re.I) is None:
        return None
    return near[0]


_PERSON_WORD = re.compile(
    r"(?:[a-z]{2,}(?:er|or|ist|ian|ant|ent|ee|ess|man|woman|person)|coach|chief|judge|nurse|"
    r"captain|clerk|chef|pilot|priest|pastor|rabbi|imam|sheriff|guard|medic|surgeon|veteran|"
    r"victim|witness|student|parent|widow|resident|neighbor|neighbour|owner|founder|host)"
)


def _one_person_noun(noun: str) -> bool:
    """A noun for one person by what they are ("coroner", "juror", "coach"), not a title the
    other rules resolve ("senator"), a body ("agency"), a text ("letter", "statement"), an
    unnamed source ("official") nor several people ("jurors": the words are singular)."""
    low = noun.lower()
    if low in TITLES or low in ORG_WORDS or low in _DOCUMENTS or low in _THINGS:
        return False
    if low in _UNNAMED_NOUNS or low.endswith("ment"):
        return False
    return _PERSON_WORD.fullmatch(low) is not None


def _sentence_end_after(text: str, pos: int, limit: int) -> int:
    """The end of the sentence holding `pos` (not past `limit`)."""
    found = re.compile(r"[.!?](?=[\s\"”’])").search(text, pos, limit)
    return found.end() if found else limit


_PERSON_ROLES = frozenset(
    "senator congressman congresswoman representative governor mayor candidate nominee "
    "lawmaker legislator attorney general".split()
)
"""Roles one elected person holds for a place: "the Ohio senator" is someone, not a body."""


@lru_cache(maxsize=1)
def _state_words() -> frozenset[str]:
    """Lower-case words of US state names and "u.s." ("new", "york", "ohio")."""
    # states the newsrooms never abbreviate are not in the list of abbreviations
    unabbreviated = {"alaska", "hawaii", "idaho", "iowa", "maine", "ohio", "texas", "utah"}
    named = {w for name in mapping("us_states").values() for w in name.split()}
    return frozenset(named | unabbreviated | {"u.s.", "us"})


_PERSON_NOUN = re.compile(
    r"^(?:strategists?|advis[eo]rs?|aides?|staffers?|staff|lawyers?|attorneys?|counsel|"
    r"managers?|directors?|chief|head|secretary|deputy|assistants?|consultants?|pollsters?|"
    r"operatives?|surrogates?|lobbyists?|officials?|doctors?|physicians?|narrator|founder|"
    r"executives?|president|chair(?:man|woman|person)?|proponents?|opponents?|supporters?|"
    r"critics?|allies|ally)$"
)
"""A noun for a person by what they do ("strategist", "adviser", "manager", "narrator")."""
_AGENT_FOR_ORG = re.compile(r"\b(?:spokes(?:man|woman|person)|press secretary)\b")
"""Who speaks in an organization's name: "the agency's spokeswoman said" is the agency."""
_SPEAKER_NOUN = re.compile(
    r"\b(spokes(?:man|woman|person)|officials?|aides?|advis[eo]rs?|lawyers?|attorneys?|"
    r"sources?|experts?|analysts?|leaders?|members?|residents?|activists?|organizers?|"
    r"directors?|chief|head|president|chair(?:man|woman|person)?|secretary|minister|"
    r"governor|mayor|senator|lawmakers?|legislators?|candidates?|campaign|administration|"
    r"agency|department|office|police|officers?|witness(?:es)?|protesters?|voters?|"
    r"doctors?|scientists?|researchers?|economists?|professors?|executives?|founder|"
    r"journalists?|reporters?|correspondents?|"
    r"owner|manager|staff|employees?|workers?|union|group|committee|board|council|"
    r"statement|people|critics?|supporters?|opponents?|proponents?|someone|person|man|"
    r"woman|mother|father|parent|student|teacher|judge|prosecutors?|defen[cs]e)\b",
    re.I,
)
