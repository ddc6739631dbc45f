"""Direct quotes, speakers, roles and sides.

extract_quotes(text) finds every direct quotation in one text (offsets into it, marks excluded),
with the speaker mention next to its cue, resolved to a full name, and the speaker's role and
organization. story_sides(articles) merges the same quote across articles (recording differing
wordings), places each speaker on a side of the story's central action, and picks the strongest
quotes per side.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

from briefing.model import Quote, QuoteVariant, Side

log = logging.getLogger(__name__)

# -- lexicons (general English news usage) --------------------------------------------------

_SPEECH_STEMS = (
    "say said says saying|tell told tells telling|add added adds adding|write wrote writes writing "
    "written|state stated states stating|argue argued argues arguing|warn warned warns warning|"
    "explain explained explains explaining|note noted notes noting|ask asked asks asking|"
    "continue continued continues continuing|insist insisted insists insisting|claim claimed "
    "claims claiming|declare declared declares declaring|announce announced announces announcing|"
    "tweet tweeted tweets tweeting|reply replied replies replying|respond responded responds "
    "responding|recall recalled recalls recalling|remark remarked remarks remarking|observe "
    "observed observes observing|acknowledge acknowledged acknowledges acknowledging|admit "
    "admitted admits admitting|counter countered counters countering|concede conceded concedes "
    "conceding|caution cautioned cautions cautioning|complain complained complains complaining|"
    "suggest suggested suggests suggesting|predict predicted predicts predicting|urge urged urges "
    "urging|joke joked jokes joking|quip quipped quips quipping|shout shouted shouts shouting|"
    "yell yelled yells yelling|exclaim exclaimed exclaims exclaiming|sing sang sings singing|"
    "chant chanted chants chanting|post posted posts posting|read reads reading|"
    "underscore underscored underscores underscoring|emphasize emphasized emphasizes "
    "emphasizing|stress stressed stresses stressing|reiterate reiterated reiterates reiterating|"
    "echo echoed echoes echoing|testify testified testifies testifying|conclude concluded "
    "concludes concluding|begin began begins beginning|muse mused muses musing|boast boasted "
    "boasts boasting|brag bragged brags bragging|vow vowed vows vowing|promise promised promises "
    "promising|pledge pledged pledges pledging|assert asserted asserts asserting|contend "
    "contended contends contending|maintain maintained maintains maintaining|scoff scoffed "
    "scoffs scoffing|charge charged charges charging|allege alleged alleges alleging|"
    "describe described describes describing|praise praised praises praising|criticize "
    "criticized criticizes criticizing|blast blasted blasts blasting|slam slammed slams slamming|"
    "fire fired fires firing|snap snapped snaps snapping|lament lamented laments lamenting|"
    "report reported reports reporting|recount recounted recounts recounting|"
    "elaborate elaborated elaborates elaborating|interject interjected interjects interjecting|"
    "whisper whispered whispers whispering|demand demanded demands demanding|"
    "confirm confirmed confirms confirming|agree agreed agrees agreeing|"
    "point pointed points pointing|go went goes going|call called calls calling|"
    "frame framed frames framing|term termed terms terming|deride derided derides deriding"
)
SPEECH_VERBS = frozenset(w for group in _SPEECH_STEMS.split("|") for w in group.split())
# Verbs that only cue a quote when a particle follows ("pointed out", "went on").
_NEEDS_PARTICLE = {
    "point": "out", "pointed": "out", "points": "out", "pointing": "out",
    "go": "on", "went": "on", "goes": "on", "going": "on",
}  # fmt: skip
_ADVERBS = frozenset(
    "also later then previously once recently further earlier again simply flatly bluntly "
    "repeatedly privately publicly separately afterward afterwards quickly finally yesterday "
    "today tonight last night told".split()
)
_DETERMINERS = frozenset("the a an his her their its our this that these those one another".split())
_PRONOUNS = {"he": "m", "she": "f", "they": "p", "we": "p", "i": "s", "it": "o"}
_STOP = frozenset(
    "in on at to for from with by of about after before during as when while and but or nor "
    "that which who whom whose where because if though although since until than so yet not "
    "is was are were be been being has have had do does did will would can could should may "
    "might must also just only even still there here what how why".split()
)
_TITLES = {
    "gov.": "Governor", "governor": "Governor", "sen.": "Senator", "senator": "Senator",
    "rep.": "Representative", "representative": "Representative", "president": "President",
    "vice": "", "mayor": "Mayor", "secretary": "Secretary", "sec.": "Secretary",
    "commissioner": "Commissioner", "judge": "Judge", "justice": "Justice", "chief": "Chief",
    "director": "Director", "attorney": "Attorney", "general": "General", "gen.": "General",
    "speaker": "Speaker", "minister": "Minister", "chairman": "Chairman", "chairwoman":
    "Chairwoman", "lt.": "Lieutenant", "lieutenant": "Lieutenant", "sheriff": "Sheriff",
    "councilman": "Councilman", "councilwoman": "Councilwoman", "ambassador": "Ambassador",
    "prime": "", "col.": "Colonel", "sgt.": "Sergeant", "officer": "Officer",
    "rev.": "Reverend", "pope": "Pope", "former": "", "majority": "Majority",
    "minority": "Minority", "leader": "Leader", "whip": "Whip", "del.": "Delegate",
    "congressman": "Congressman", "congresswoman": "Congresswoman", "assemblyman":
    "Assemblyman", "assemblywoman": "Assemblywoman", "councilmember": "Councilmember",
    "assemblymember": "Assemblymember", "supt.": "Superintendent", "superintendent":
    "Superintendent", "adm.": "Admiral", "admiral": "Admiral", "capt.": "Captain", "captain":
    "Captain", "chancellor": "Chancellor", "premier": "Premier", "treasurer": "Treasurer",
    "comptroller": "Comptroller", "auditor": "Auditor", "alderman": "Alderman",
}  # fmt: skip
_PARTICLES = frozenset("de da del della di du la le van von der den bin al dos das".split())
_HONORIFICS = frozenset("mr. mrs. ms. miss dr. prof. mr mrs ms dr".split())
_ORG_WORDS = frozenset(
    "house department party committee coalition union association council commission agency "
    "news times post press campaign institute university center centre foundation inc inc. "
    "corp corp. group office administration court congress senate police service bureau "
    "network fund project alliance league society church board government ministry city "
    "county state states company corporation bank club team organization organisation "
    "federation network institute journal magazine review tribune herald digital radio "
    "television tv channel reuters associated america american federal national liberties "
    "patrol enforcement customs immigration security reserve watch movement caucus "
    # heads of proper names that are not people ("Social Security", "Fifth Amendment")
    "amendment act kingdom nations republic avenue river island valley airport station "
    "hospital school college museum stadium capitol medicare medicaid insurance program "
    "treaty accord election convention summit conference airlines motors media studios".split()
)
_SIDE_WORDS = {
    "support": (
        "supporter supporters support supports supported supporting proponent proponents "
        "advocate advocates praised praises praising welcomed welcomes welcoming defended "
        "defends defending applauded applauds hailed hails lauded lauds backed backs backing "
        "endorsed endorses endorsing favor favour favored celebrated celebrates champion "
        "championed cheered commended"
    ).split(),
    "oppose": (
        "critic critics criticized criticizes criticism criticised opponent opponents "
        "opposed opposes opposing opposition condemned condemns condemning denounced denounces "
        "decried decries slammed slams blasted blasts protested protests protesting objected "
        "objects backlash against assailed rejected rejects deplored"
    ).split(),
}
_SIDE_LOOKUP = {w: side for side, words in _SIDE_WORDS.items() for w in words}
_ACTION_VERBS = re.compile(
    r"\b(approved|approves|passed|passes|adopted|adopts|signed|signs|voted|votes|entered|"
    r"enters|announced|announces|greenlit|ratified|ratifies|enacted|enacts|launched|launches|"
    r"agreed|agrees|decided|decides|rejected|rejects|blocked|blocks)\b",
    re.I,
)
_ACTION_OBJECTS = (
    "agreement deal partnership measure plan bill policy ordinance law order ruling proposal "
    "program programme treaty contract rule reform budget decision resolution merger ban"
).split()

_NAME_WORD = (
    r"(?:(?:Gov|Sen|Rep|Lt|Gen|Dr|Mr|Mrs|Ms|Sec|Col|Sgt|Rev|Atty)\."
    r"|[A-Z][A-Za-z’'\-]*[a-z][A-Za-z’'\-]*|[A-Z]\.|[A-Z]{2,}(?:[a-z]+)?)"
)
_NAME_SEQ = re.compile(
    # a name never runs over a line break: "…Race\n\nRepresentative Ana" is two things
    rf"{_NAME_WORD}(?:[ \t\xa0]+"
    rf"(?:{_NAME_WORD}|(?:de|van|von|da|del|la|bin|al)\b|Jr\.|Sr\.)){{1,3}}"
    rf"(?:,?[ \t\xa0]+(?:Jr\.|Sr\.|II|III))?"
)
_WORD = re.compile(r"[A-Za-z0-9](?:[\w’'\-]|\.(?=\w))*\.?|[^\w\s]")
_ABBREV = frozenset(
    "mr mrs ms dr gov sen rep st jr sr lt gen col sgt rev prof inc corp co no vs u.s "
    "a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e etc".split()
)

_DOUBLE_OPEN = "“«„"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
# verbs that introduce a full quote with no comma: `He said "We will win."`
_BARE_CUES = frozenset("said says say asked asks added adds wrote writes tweeted declared".split())
_MIN_WORDS_BRIEF = 8
_MAX_WORDS_BRIEF = 60


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One direct quote found in one text; `text[start:end]` equals `text` for one-part quotes."""

    text: str
    start: int
    end: int
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    role: str | None
    organization: str | None
    cue: str | None
    parts: tuple[tuple[int, int], ...] = ()
    """Offsets of each piece (a quote split by its attribution or running over paragraphs);
    `text` is the pieces joined by " … "."""
    mention: str | None = None
    """The speaker as written next to the cue ("he", "Smith", "an agency spokesperson")."""
    partial: bool = False
    """Words quoted inside the writer's own sentence (a fragment), not a full statement."""
    named: bool = False
    """The speaker is a person named in the text (not anonymous, not only an organization)."""
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(slots=True)
class _Raw:
    parts: list[tuple[int, int]]
    open_mark: int
    close_mark: int
    partial: bool = False
    cue: _Cue | None = None


@dataclass(frozen=True, slots=True)
class _Cue:
    verb: str | None
    verb_start: int
    verb_end: int
    mention_start: int
    mention_end: int
    appositions: tuple[tuple[int, int], ...] = ()
    after: bool = True
    """The cue follows the quote (so a following quote can continue this one)."""


# -- small text helpers ---------------------------------------------------------------------


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for m in _WORD.finditer(text[start:end]):
        w, s, e = m.group(), start + m.start(), start + m.end()
        after = text[e] if e < len(text) else " "
        if len(w) > 1 and w.endswith(".") and not _is_abbrev(w[:-1]) and after not in ",)":
            out.append((w[:-1], s, e - 1))
            out.append((".", e - 1, e))
        else:
            out.append((w, s, e))
    return out


def _is_abbrev(word: str) -> bool:
    core = word.lower().rstrip(".")
    return core in _ABBREV or (len(core) == 1 and core.isalpha()) or "." in core


def _sentence_start(text: str, pos: int, floor: int) -> int:
    """Offset where the sentence holding `pos` begins (not before `floor`)."""
    i = pos - 1
    while i > floor:
        ch = text[i]
        if ch == "\n":
            return i + 1
        if ch in ".!?" and i + 1 < len(text) and text[i + 1] in ' \t"”’':
            j = i + 1
            while j < pos and text[j] in '"”’ \t':
                j += 1
            if j < pos and (text[j].isupper() or text[j] in '"“'):
                if ch != "." or not _is_abbrev(_word_before(text, i)) or _starter(text, j):
                    return j
        i -= 1
    return floor


def _sentence_end(text: str, pos: int, ceiling: int) -> int:
    """Offset just after the sentence that holds `pos` ends (not after `ceiling`)."""
    i = pos
    while i < ceiling:
        ch = text[i]
        if ch == "\n":
            return i
        if ch in ".!?":
            nxt = text[i + 1] if i + 1 < ceiling else " "
            if nxt.isspace() and (
                ch != "." or not _is_abbrev(_word_before(text, i)) or _starter(text, i + 2)
            ):
                return i + 1
        i += 1
    return ceiling


def _starter(text: str, j: int) -> bool:
    """A capitalized function word that starts a sentence (after "U.S." say)."""
    m = re.match(r"[A-Z][a-z]*", text[j:])
    return m is not None and (m.group().lower() in _STOP | _DETERMINERS | set(_PRONOUNS))


def _word_before(text: str, dot: int) -> str:
    j = dot
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    return text[j:dot]


def _is_name_word(word: str) -> bool:
    return bool(re.fullmatch(_NAME_WORD, word)) or word in ("de", "van", "von", "da", "al", "bin")


def _is_capital(word: str) -> bool:
    return word[:1].isupper()


def _strip_det(phrase: str) -> str:
    words = phrase.split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _looks_person(name: str) -> bool:
    """A personal name: capitalized words, none an organization word, not an acronym."""
    words = [w for w in name.replace(",", " ").split() if w.lower() not in _HONORIFICS]
    if not words or len(words) > 5:
        return False
    if any(w.lower().strip(".’'s") in _ORG_WORDS for w in words):
        return False
    if any(w.lower() in _TITLES for w in words):
        return False
    if len(words) == 1 and (words[0].isupper() and len(words[0]) > 1):
        return False
    # "Ana de la Cruz", "Ludwig van Beethoven": lowercase particles inside a name
    inner = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w in _PARTICLES)]
    return all(_is_name_word(w) for w in inner)


# -- 1. quotation marks ---------------------------------------------------------------------


def _mark_role(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'either' for the straight or curly mark at `i`."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    opener = (prev.isspace() or prev in "([{—–-/:") and not nxt.isspace()
    closer = not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)]}—–-…'’")
    if opener and not closer:
        return "open"
    if closer and not opener:
        return "close"
    return "either"


def _find_marks(text: str) -> list[_Raw]:
    """Pair quotation marks paragraph by paragraph; an open quote may run into the next one."""
    paras = _paragraphs(text)
    has_double = any(c in text for c in '"“”«»„')
    found: list[_Raw] = []
    open_at: int | None = None
    family = ""
    depth = 0
    parts: list[tuple[int, int]] = []
    part_start = 0
    for pi, (lo, hi) in enumerate(paras):
        i = lo
        while i < hi:
            ch = text[i]
            kind = _classify(text, i, lo, hi, has_double)
            if kind is None:
                i += 1
                continue
            fam, role = kind
            if open_at is None:
                if role in ("open", "either") and fam != "n":
                    open_at, family, depth = i, fam, 0
                    parts, part_start = [], i + 1
            elif fam == family:
                if fam == "s" and ch == '"':
                    if role == "open":
                        # a fresh opener while one is open: the earlier mark was unbalanced
                        open_at, parts, part_start = i, [], i + 1
                    else:
                        parts.append((part_start, i))
                        found.append(_Raw(parts, open_at, i))
                        open_at = None
                elif ch in _DOUBLE_OPEN + _SINGLE_OPEN or (ch == "'" and role == "open"):
                    depth += 1
                elif depth:
                    depth -= 1
                else:
                    parts.append((part_start, i))
                    found.append(_Raw(parts, open_at, i))
                    open_at = None
            i += 1
        if open_at is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            cont = nxt is not None and _opens_with(text, nxt, family, has_double)
            if cont and nxt is not None and depth == 0:
                parts.append((part_start, hi))
                part_start = _opens_with(text, nxt, family, has_double) + 1
                # skip the continuation's own opening mark in the next paragraph's scan
                paras[pi + 1] = (part_start, nxt[1])
            else:
                log.debug("unbalanced quotation mark at %d", open_at)
                open_at = None
    return found


def _opens_with(text: str, para: tuple[int, int], family: str, has_double: bool) -> int:
    """Offset of the opening mark a paragraph starts with (of `family`), else 0."""
    lo, hi = para
    j = lo
    while j < hi and text[j] in " \t":
        j += 1
    if j < hi:
        kind = _classify(text, j, lo, hi, has_double)
        if kind is not None and kind[0] == family and kind[1] in ("open", "either"):
            if text[j] not in _DOUBLE_CLOSE + _SINGLE_CLOSE:
                return j
    return 0


def _classify(text: str, i: int, lo: int, hi: int, has_double: bool) -> tuple[str, str] | None:
    """(family, role) of a quotation mark at `i`, None for other characters and apostrophes."""
    ch = text[i]
    if ch in _DOUBLE_OPEN:
        return ("c", "open")
    if ch in _DOUBLE_CLOSE:
        role = _mark_role(text, i, lo, hi)
        return ("c", "close" if role != "open" else "either")
    if ch == '"':
        return ("s", _mark_role(text, i, lo, hi))
    if ch in _SINGLE_OPEN + _SINGLE_CLOSE + "'":
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        if prev.isalnum() and nxt.isalnum():
            return None  # an apostrophe inside a word
        fam = "q" if not has_double else "n"
        if ch == _SINGLE_OPEN:
            return (fam, "open")
        role = _mark_role(text, i, lo, hi)
        if ch == _SINGLE_CLOSE and role == "either":
            role = "close"
        if role == "either" or (role == "close" and prev in "sS" and nxt.isspace() and ch == "'"):
            return None
        return (fam, role)
    return None


# -- 2. quotes: trim, classify, attribute ----------------------------------------------------


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _is_partial(text: str, raw: _Raw, para: tuple[int, int]) -> bool:
    """True when the quoted words sit inside the writer's own sentence (a fragment)."""
    lo, hi = para
    pre = text[lo : raw.open_mark].rstrip()
    last = pre.split()[-1].lower().rstrip(",") if pre.split() else ""
    if pre and pre[-1] not in ":,.!?;—–-(\u2026" and last not in _BARE_CUES:
        return True
    if pre.endswith(",") and last in ("that", "as", "is", "was", "called", "calls"):
        return True
    inner = text[raw.parts[-1][0] : raw.close_mark].rstrip().rstrip("'’\"”")
    post = text[raw.close_mark + 1 : hi].lstrip()
    if inner and inner[-1] in ".,!?…—–-:;":
        return False
    return bool(post) and post[0] not in ".,;:!?)—–-"


def _quote_words(text: str, raw: _Raw) -> int:
    return sum(len(text[a:b].split()) for a, b in raw.parts)


def _scan_text(text: str, doubled_marks: bool = False) -> str:
    """`text` with `(asides)` blanked and, if asked, doubled apostrophes (''quote'', as some
    archives print quotation marks) turned into a straight double mark and a space, so offsets
    stay the same and the marks pair like any other."""

    def sub(m: re.Match[str]) -> str:
        s = m.start()
        prev = text[s - 1] if s > 0 else " "
        nxt = text[m.end()] if m.end() < len(text) else " "
        if (prev.isspace() or prev in "([") and not nxt.isspace():
            return ' "'
        return '" '

    # without `doubled_marks`, a doubled apostrophe is no mark at all (nor two single ones)
    text = re.sub(r"''|``", sub if doubled_marks else "  ", text)
    return re.sub(r"\(([^()\n]{1,40})\)", lambda m: " " * len(m.group()), text)


def extract_quotes(
    text: str, *, known_names: Sequence[str] = (), doubled_marks: bool = False
) -> list[QuoteSpan]:
    """Every direct quote in text, offsets into text.

    Quotation marks are straight and curly double quotes (single ones nested inside them);
    with `doubled_marks`, also the doubled apostrophes and backticks of ASCII archives.
    """
    original = text
    text = _scan_text(text, doubled_marks)
    raws = _find_marks(text)
    paras = _paragraphs(text)
    for raw in raws:
        raw.partial = _is_partial(text, raw, _para_of(paras, raw.open_mark))
    raws = _join_split(text, raws, paras)
    for raw in raws:
        lo, _ = _para_of(paras, raw.open_mark)
        first = text[raw.parts[0][0] : raw.parts[0][1]].lstrip()[:1]
        pre = text[lo : raw.open_mark].rstrip()
        if first.islower() and pre and not pre.endswith(":"):
            raw.partial = True  # a clause of the writer's sentence: `X said, "the plan is..."`
    quoted = [(raw.open_mark, raw.close_mark) for raw in raws]
    registry = _Registry.build(text, known_names, quoted)
    out: list[QuoteSpan] = []
    previous: QuoteSpan | None = None
    for raw in raws:
        parts = tuple(p for p in (_trim(text, a, b) for a, b in raw.parts) if p[1] > p[0])
        if not parts:
            continue
        words = _quote_words(text, raw)
        if raw.partial and words <= 1:
            continue
        cue = raw.cue if raw.cue is not None else _find_cue(text, raw, paras)
        body = text[parts[-1][0] : raw.close_mark].rstrip().rstrip("'’\"”")
        if cue is None and words <= 6 and body[-1:] not in (".", "!", "?", "…"):
            raw.partial = True  # a title or a phrase in quotation marks, not a statement
        span = _attribute(text, parts, raw, cue, registry, previous, original)
        out.append(span)
        if span.speaker is not None and not span.partial:
            previous = span
    return out


def _para_of(paras: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for lo, hi in paras:
        if lo <= pos < hi:
            return lo, hi
    return pos, pos + 1


def _join_split(text: str, raws: list[_Raw], paras: list[tuple[int, int]]) -> list[_Raw]:
    """Join `"A," she said. "B."` into one quote: B continues A when only A's cue lies between."""
    out: list[_Raw] = []
    for raw in raws:
        if raw.cue is None and not raw.partial:
            raw.cue = _find_cue(text, raw, paras)
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.partial
            and not raw.partial
            and prev.cue is not None
            and prev.cue.after
            and _para_of(paras, prev.close_mark) == _para_of(paras, raw.open_mark)
            and (raw.cue is None or not raw.cue.after)
        ):
            between = text[prev.close_mark + 1 : raw.open_mark]
            if prev.cue.verb_end <= raw.open_mark and len(between) < 240 and '"' not in between:
                tail = text[prev.cue.verb_end : raw.open_mark].strip()
                if tail[-1:] in (".", ",", ":", ";") or not tail:
                    prev.parts.extend(raw.parts)
                    prev.close_mark = raw.close_mark
                    continue
        out.append(raw)
    return out


# -- 3. cues --------------------------------------------------------------------------------


def _speech_verb_at(words: list[tuple[str, int, int]], k: int) -> bool:
    w = words[k][0].lower()
    if w not in SPEECH_VERBS:
        return False
    if words[k][0][:1].isupper() and k > 0 and words[k - 1][0][:1].isupper():
        return False  # "the Washington Post said": a capital inside a name is no verb
    particle = _NEEDS_PARTICLE.get(w)
    if particle:
        return k + 1 < len(words) and words[k + 1][0].lower() == particle
    return True


def _find_cue(text: str, raw: _Raw, paras: list[tuple[int, int]]) -> _Cue | None:
    """The attribution next to a quote: after it (`"…," X said`) first, else before it."""
    lo, hi = _para_of(paras, raw.close_mark)
    post_cue = _cue_after(text, raw, hi)
    if post_cue is not None:
        return post_cue
    plo, _ = _para_of(paras, raw.open_mark)
    return _cue_before(text, raw, plo, paras)


def _next_open(text: str, start: int, hi: int) -> int:
    for m in re.finditer(r"[\"“«]", text[start:hi]):
        return start + m.start()
    return hi


def _cue_after(text: str, raw: _Raw, hi: int) -> _Cue | None:
    begin = raw.close_mark + 1
    stop = min(_sentence_end(text, begin, hi), _next_open(text, begin, hi))
    if begin >= stop:
        return None
    inner_end = text[raw.parts[-1][0] : raw.close_mark].rstrip().rstrip("'’\"”")
    ends_sentence = inner_end[-1:] in (".",)
    words = _words(text, begin, stop)
    if not words:
        return None
    k0 = 0
    dash = False
    while k0 < len(words) and words[k0][0] in (",", "—", "–", "-", ";", "―"):
        dash = dash or words[k0][0] in ("—", "–", "-", "―")
        k0 += 1
    if k0 >= len(words):
        return None
    if dash:
        return _mention_forward(text, words, k0, None, begin)
    first = words[k0][0].lower()
    if first == "according" and k0 + 1 < len(words) and words[k0 + 1][0].lower() == "to":
        return _mention_forward(text, words, k0 + 2, words[k0], begin, verb_end=words[k0 + 1][2])
    if _speech_verb_at(words, k0):
        # inverted: `"…," said X`
        if ends_sentence and _is_capital(words[k0][0]):
            return None
        if first.endswith("ing") or k0 + 1 >= len(words):
            return None
        nxt = words[k0 + 1][0]
        if not (_is_capital(nxt) or nxt[:1].isdigit() or nxt.lower() in _DETERMINERS | _ADVERBS):
            if nxt.lower() not in ("he", "she", "they", "we"):
                return None
        return _mention_forward(text, words, k0 + 1, words[k0], begin)
    if first in ("and", "but", "or", "which", "that", "who", "so", "because", "as", "in", "to"):
        return None
    # `"…," X [, appositive,] [adverb] said`
    for k in range(k0, min(len(words), k0 + 30)):
        w = words[k][0]
        if w in (".", "!", "?", ";", ":"):
            return None
        if not _speech_verb_at(words, k):
            continue
        if k == k0:
            return None
        chunk_end = k
        while chunk_end > k0 and words[chunk_end - 1][0].lower() in _ADVERBS | {"has", "had"}:
            chunk_end -= 1
        if chunk_end <= k0:
            return None
        tail = words[k + 1 :]
        if ends_sentence and not _short_tail(tail):
            return None
        if not _subject_like(words[k0:chunk_end]):
            return None
        verb = words[k]
        return _cue_from_chunk(text, words[k0:chunk_end], verb)
    return None


def _short_tail(tail: list[tuple[str, int, int]]) -> bool:
    """After `X said` at a new sentence: nothing, or a short adverbial ("in a statement")."""
    lexical = [w for w, _, _ in tail if w not in (".", ",", "!", "?")]
    if not lexical:
        return True
    if len(lexical) > 9 or lexical[0].lower() == "that":
        return False
    return lexical[0].lower() in _STOP | _ADVERBS | {"on", "in", "at", "to", "during", "of"}


def _subject_like(chunk: list[tuple[str, int, int]]) -> bool:
    """A speaker phrase: starts like a noun phrase, holds no clause break."""
    if not chunk or len(chunk) > 28:
        return False
    first = chunk[0][0]
    if first.lower() in _PRONOUNS or first.lower() in _DETERMINERS or _is_capital(first):
        return True
    return first[:1].islower() and first.lower() not in _STOP


def _cue_from_chunk(
    text: str, chunk: list[tuple[str, int, int]], verb: tuple[str, int, int] | None
) -> _Cue | None:
    """Split a speaker phrase into its head mention and appositions ("NAME, ROLE,")."""
    segments: list[tuple[int, int]] = []
    seg_start: int | None = None
    seg_end = 0
    for w, s, e in chunk:
        if w == ",":
            if seg_start is not None:
                segments.append((seg_start, seg_end))
            seg_start = None
            continue
        if seg_start is None:
            seg_start = s
        seg_end = e
    if seg_start is not None:
        segments.append((seg_start, seg_end))
    if not segments:
        return None
    head = 0
    for idx, (s, e) in enumerate(segments):
        if _looks_person(_strip_title(text[s:e])[1]):
            head = idx
            break
    ms, me = segments[head]
    appos = tuple(seg for idx, seg in enumerate(segments) if idx != head)
    vs, ve = (verb[1], verb[2]) if verb else (me, me)
    return _Cue(verb[0] if verb else None, vs, ve, ms, me, appos, after=True)


def _mention_forward(
    text: str,
    words: list[tuple[str, int, int]],
    k: int,
    verb: tuple[str, int, int] | None,
    begin: int,
    verb_end: int | None = None,
) -> _Cue | None:
    """The speaker phrase starting at words[k] up to the clause end (`said X, ROLE.`)."""
    while k < len(words) and words[k][0].lower() in _ADVERBS:
        k += 1
    chunk: list[tuple[str, int, int]] = []
    for w in words[k:]:
        if w[0] in (".", "!", "?", ";", ":", "—", "–", "(", ")") or (
            w[0][:1].islower() and w[0].lower() in SPEECH_VERBS
        ):
            break
        if w[0].lower() in ("who", "which", "when", "while", "after", "before", "in", "at", "on"):
            break
        chunk.append(w)
    while chunk and chunk[-1][0] == ",":
        chunk.pop()
    if not chunk or not _subject_like(chunk):
        return None
    cue = _cue_from_chunk(text, chunk, verb)
    if cue is None:
        return None
    if verb is None:
        return _Cue(None, cue.mention_start, cue.mention_start, cue.mention_start,
                    cue.mention_end, cue.appositions, after=True)  # fmt: skip
    vend = verb_end if verb_end is not None else verb[2]
    return _Cue(verb[0], verb[1], vend, cue.mention_start, cue.mention_end, cue.appositions, True)


def _cue_before(text: str, raw: _Raw, plo: int, paras: list[tuple[int, int]]) -> _Cue | None:
    """`X said, "…"`, `X: "…"`, `X said in a statement: "…"`, `according to X, "…"`."""
    end = raw.open_mark
    start = _sentence_start(text, end, plo)
    # the previous quote in the same sentence is not part of this cue
    for m in re.finditer(r"[\"”»]", text[start:end]):
        start = start + m.end()
    pre = text[start:end]
    if not pre.strip() and start == plo:
        # `Caddell continued:` closing the previous paragraph
        idx = (
            paras.index((plo, _para_of(paras, plo)[1]))
            if (plo, _para_of(paras, plo)[1]) in paras
            else -1
        )
        if idx > 0:
            plo2, phi2 = paras[idx - 1]
            if text[plo2:phi2].rstrip().endswith(":"):
                start = _sentence_start(text, phi2, plo2)
                for m in re.finditer(r"[\"”»]", text[start:phi2]):
                    start = start + m.end()
                end = len(text[:phi2].rstrip())
                pre = text[start:end]
    stripped = pre.rstrip()
    if not stripped or stripped[-1] not in ":,—–-" and not raw.partial:
        if not stripped or stripped.split()[-1].lower() not in SPEECH_VERBS:
            return None
    words = _words(text, start, start + len(stripped))
    while words and words[0][0] in (",", ".", "—", "–", ";"):
        words = words[1:]
    if not words:
        return None
    # `according to X, "…"`
    for k in range(len(words) - 1):
        if words[k][0].lower() == "according" and words[k + 1][0].lower() == "to":
            return _mention_forward(text, words, k + 2, words[k], start, verb_end=words[k + 1][2])
    verb_k = None
    for k in range(len(words) - 1, -1, -1):
        if _speech_verb_at(words, k):
            verb_k = k
            break
    if verb_k is None:
        if raw.partial or stripped[-1] != ":":
            return None
        return _subject_cue(text, words, None)
    verb = words[verb_k]
    # NP right before the verb: "Smith said:", "the announcer said,"
    k = verb_k
    while k > 0 and words[k - 1][0].lower() in _ADVERBS:
        k -= 1
    mention = _np_backward(words, k)
    if mention is None and k >= 2 and words[k - 1][0] == "," and not verb[0].endswith("ing"):
        # "X, at a later press gaggle, said," / "X, who runs the effort, said,"
        for j in range(k - 2, max(0, k - 25), -1):
            if words[j][0] == ",":
                mention = _np_backward(words, j)
                break
    if mention is not None:
        ms, me = mention
        appos: list[tuple[int, int]] = []
        head = (words[ms][1], words[me - 1][2])
        if ms >= 2 and words[ms - 1][0].lower() in ("of", "with", "at", "for", "from"):
            owner = _np_backward(words, ms - 1)
            if owner is not None:
                os_, oe = owner
                owner_span = (words[os_][1], words[oe - 1][2])
                if _looks_person(_strip_title(text[owner_span[0] : owner_span[1]])[1]):
                    appos_span = (words[ms - 1][1], head[1])
                    return _Cue(verb[0], verb[1], verb[2], owner_span[0], owner_span[1],
                                (appos_span,), after=False)  # fmt: skip
        # "X, ROLE, said" / "ROLE, X, said": the segment before a trailing comma pair
        if ms >= 2 and words[ms - 1][0] == ",":
            prev_np = _np_backward(words, ms - 1)
            if prev_np is not None:
                ps, pe = prev_np
                prev_span = (words[ps][1], words[pe - 1][2])
                name_now = _looks_person(_strip_title(text[head[0] : head[1]])[1])
                name_prev = _looks_person(_strip_title(text[prev_span[0] : prev_span[1]])[1])
                if name_prev and not name_now:
                    appos.append(head)
                    head = prev_span
                elif name_now and not name_prev and ps == 0:
                    appos.append(prev_span)
        return _Cue(verb[0], verb[1], verb[2], head[0], head[1], tuple(appos), after=False)
    if verb[0].lower().endswith("ing") or verb_k == 0 or stripped[-1] == ":":
        return _subject_cue(text, words, verb)
    return None


def _np_backward(words: list[tuple[str, int, int]], k: int) -> tuple[int, int] | None:
    """Index range of the noun phrase ending just before words[k]."""
    j = k
    while j > 0:
        w = words[j - 1][0]
        lw = w.lower()
        if w in (",", ".", ":", ";", "—", "–", "(", ")", "!", "?") or lw in _STOP:
            break
        if lw in SPEECH_VERBS and not _is_capital(w):
            break
        if lw in _DETERMINERS:
            j -= 1
            break
        if not _is_capital(w) and (lw.endswith("ed") or lw.endswith("ing")) and j < k:
            break
        j -= 1
        if k - j >= 6:
            break
    if j >= k:
        return None
    if words[j][0].lower() in _DETERMINERS and j + 1 >= k:
        return None
    return j, k


def _subject_cue(
    text: str, words: list[tuple[str, int, int]], verb: tuple[str, int, int] | None
) -> _Cue | None:
    """The sentence subject (with its appositions) as the speaker: `X, ROLE, echoed this: "…"`."""
    k = 0
    # skip an introductory phrase ("In a statement Tuesday, ")
    intro = words[0][0].lower() in _STOP or words[0][0].lower() in ("speaking", "asked")
    if intro:
        for idx, item in enumerate(words):
            if item[0] == ",":
                k = idx + 1
                break
        else:
            return None
    j = k
    while j < len(words):
        w, lw = words[j][0], words[j][0].lower()
        if lw in _DETERMINERS and j == k:
            j += 1
            continue
        if w in (",", ":", ".", ";") or (lw in _STOP and lw not in ("of",)):
            break
        if not _is_capital(w) and (lw in SPEECH_VERBS or lw.endswith("ed") or lw.endswith("s")):
            if j > k and not (lw.endswith("s") and not lw.endswith("ed") and j - k <= 1):
                break
        j += 1
        if j - k >= 6:
            break
    if j <= k or (j == k + 1 and words[k][0].lower() in _DETERMINERS):
        return None
    head = (words[k][1], words[j - 1][2])
    appos: list[tuple[int, int]] = []
    if j < len(words) and words[j][0] == ",":
        for idx in range(j + 1, len(words)):
            if words[idx][0] == ",":
                seg = (words[j + 1][1], words[idx - 1][2]) if idx > j + 1 else None
                if seg is not None and idx - j - 1 <= 10:
                    appos.append(seg)
                break
    vs, ve = (verb[1], verb[2]) if verb else (head[1], head[1])
    return _Cue(verb[0] if verb else None, vs, ve, head[0], head[1], tuple(appos), after=False)


# -- 4. speakers: names, roles, organizations -----------------------------------------------


def _strip_title(phrase: str) -> tuple[str | None, str, str | None]:
    """(role from a title, the name, organization before the title): "Ohio Gov. Ann X"."""
    words = _strip_det(phrase).split()
    org_words: list[str] = []
    role_words: list[str] = []
    i = 0
    # "Ohio Gov. Ann X": capitalized words before a title word are the organization
    for j, w in enumerate(words):
        if w.lower() in _TITLES and j + 1 < len(words):
            org_words = words[:j]
            i = j
            break
    while i < len(words) and (words[i].lower() in _TITLES or words[i].lower() in _HONORIFICS):
        if words[i].lower() in _TITLES:
            expanded = _TITLES[words[i].lower()]
            role_words.append(expanded or words[i])
        i += 1
    name_words = words[i:]
    if not role_words:
        org_words = []
        name_words = words
    if i >= len(words):
        return None, phrase, None
    role = " ".join(role_words) or None
    org = " ".join(org_words) or None
    return role, " ".join(name_words), org


def _role_org(phrase: str) -> tuple[str | None, str | None]:
    """Role and organization from an apposition: "Executive Director of the X Coalition"."""
    phrase = _strip_det(phrase.strip(" ,"))
    if not phrase:
        return None, None
    lead = re.match(r"(?:of|with|at|for|from)\s+(?:the\s+)?(.+)$", phrase)
    if lead:
        return None, lead.group(1)
    m = re.match(r"(.+?)\s+(?:with|of|at|for|from)\s+(?:the\s+)?([A-Z].*)$", phrase)
    if m:
        return m.group(1).strip(), m.group(2).strip()
    m = re.match(r"(.+?)’s\s+(.+)$|(.+?)'s\s+(.+)$", phrase)
    if m:
        owner = m.group(1) or m.group(3)
        rest = m.group(2) or m.group(4)
        return rest.strip(), owner.strip()
    words = phrase.split()
    cap = 0
    while cap < len(words) and _is_capital(words[cap]) and words[cap].lower() not in _TITLES:
        cap += 1
    if 0 < cap < len(words):
        return " ".join(words[cap:]), " ".join(words[:cap])
    if cap == len(words):
        return None, phrase
    return phrase, None


_ROLE_BEFORE = re.compile(
    r"(?:(?P<org>(?:[A-Z][\w.&'’-]*[ \t]+){1,4}))?"
    r"(?P<role>(?:[a-z][\w-]*[ \t]+){0,2}(?:spokes(?:man|woman|person)|member|director|"
    r"organizer|chair(?:man|woman|person)?|president|secretary|official|manager|leader|"
    r"adviser|advisor|head|founder|executive|analyst|economist|professor|lawyer|attorney|"
    r"researcher|scientist|officer|commissioner|councilmember|coordinator|strategist)[ \t]+)$"
)


def _in_headline(text: str, pos: int) -> bool:
    """Return True when pos sits on a title-case line without sentence punctuation."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)].strip()
    words = [w for w in line.split() if w[:1].isalpha()]
    if not words or line.endswith((".", "?", "!", '"', "”")) or len(words) > 20:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals / len(words) >= 0.7 and len(words) >= 4


@dataclass(slots=True)
class _Registry:
    """Full names used in a text (and known from other texts), with roles found next to them."""

    full: list[str] = field(default_factory=list)
    roles: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    mentions: list[tuple[int, int, str]] = field(default_factory=list)

    @classmethod
    def build(
        cls, text: str, known: Sequence[str], quoted: Sequence[tuple[int, int]] = ()
    ) -> _Registry:
        reg = cls()
        for m in _NAME_SEQ.finditer(text):
            if _in_headline(text, m.start()):
                continue  # "Mayor Asks Council To Act": capitals there are style, not names
            if any(a <= m.start() < b for a, b in quoted):
                continue  # a name inside a quotation is what was said, not who said it
            role, name, org = _strip_title(m.group())
            name = _clean_name(name)
            if not name or len(name.split()) < 2 or not _looks_person(name):
                continue
            if name not in reg.full:
                reg.full.append(name)
            reg.mentions.append((m.start() + m.group().find(name.split()[0]), m.end(), name))
            if role and name not in reg.roles:
                reg.roles[name] = (role, org)
            after = text[m.end() : m.end() + 120]
            am = re.match(r",\s+([^,.;\n]{3,80}?)(?:[,;]|\.(?:\s|$))", after)
            if am and name not in reg.roles:
                appos = am.group(1)
                if not _looks_person(appos) and not re.search(r"\b(said|says|who)\b", appos):
                    r2, o2 = _role_org(appos)
                    if r2 and r2[:1].islower() or (r2 and o2):
                        reg.roles[name] = (r2, o2)
            if name not in reg.roles:
                # "Lakeshore Power spokeswoman Priya Nair", "council member Tom Reyes"
                pre = _ROLE_BEFORE.search(text[max(0, m.start() - 80) : m.start()])
                if pre:
                    org_before = (pre.group("org") or "").strip() or None
                    role_before = pre.group("role").strip()
                    if org_before and org_before.lower() in _ORG_WORDS:
                        # "Council member": a generic body word belongs to the role
                        role_before, org_before = f"{org_before} {role_before}", None
                    reg.roles[name] = (role_before, org_before)
        for name in known:
            name = _clean_name(name)
            if name and name not in reg.full and _looks_person(name):
                reg.full.append(name)
        return reg

    def resolve(self, mention: str) -> str:
        """The full name for a surname or title-plus-surname mention."""
        _, name, _ = _strip_title(mention)
        name = _clean_name(name)
        if len(name.split()) >= 2 or not name:
            return name or mention
        hits = [f for f in self.full if f.split()[-1] == name]
        if not hits:
            hits = [f for f in self.full if name in f.split()]
        if hits:
            return Counter(hits).most_common(1)[0][0] if len(set(hits)) > 1 else hits[0]
        return name

    def nearest_person(self, pos: int, floor: int) -> tuple[str, int, int] | None:
        best = None
        for s, e, name in self.mentions:
            if floor <= s and e <= pos:
                best = (name, s, e)
        return best


def _clean_name(name: str) -> str:
    name = name.strip().rstrip("’'")
    name = re.sub(r"[’']s$", "", name.strip(" ,.")) if name.endswith(("’s", "'s")) else name
    words = [w for w in name.split() if w.lower() not in _HONORIFICS]
    while words and (words[0].lower() in _STOP or words[0].lower() in _DETERMINERS):
        words = words[1:]
    return " ".join(words).strip(" ,")


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
    if cue is None:
        return QuoteSpan(speaker=None, speaker_start=None, speaker_end=None, role=None,
                         organization=None, cue=None, **base)  # type: ignore[arg-type]  # fmt: skip
    mention = original[cue.mention_start : cue.mention_end]
    role: str | None = None
    org: str | None = None
    named = False
    low = _strip_det(mention).lower()
    speaker: str | None
    if low in _PRONOUNS and mention.lower() == low:
        speaker, named = _resolve_pronoun(low, cue.mention_start, registry, previous, text)
        if speaker and previous is not None and speaker == previous.speaker:
            role, org = previous.role, previous.organization
    else:
        # "Representative Ann Lee of Ohio": the person, then where she is from or works
        person, of, place = mention.partition(" of ")
        place = _strip_det(place)
        if of and _looks_person(_strip_title(person)[1]) and place[:1].isupper():
            t_role, name, t_org = _strip_title(person)
            t_org = t_org or place.strip(" ,")
        else:
            t_role, name, t_org = _strip_title(mention)
        if not _looks_person(name):
            # "Democratic nominee Hillary Clinton", "9/11 widow Terry Strada"
            words = name.split()
            for cut in range(1, len(words) - 1):
                if _looks_person(" ".join(words[cut:])) and any(
                    w[:1].islower() for w in words[:cut]
                ):
                    t_role, name = (
                        " ".join(_strip_det(" ".join(words[:cut])).split()),
                        " ".join(words[cut:]),
                    )
                    break
        if _looks_person(name):
            speaker = registry.resolve(name)
            named = True
            role, org = t_role, t_org
        else:
            r2, o2 = _role_org(mention)
            speaker = o2 or _strip_det(mention)
            role, org = r2, o2
            if not o2 and not _SPEAKER_NOUN.search(mention):
                # "the cover said", "the report said": a thing, not someone who spoke
                speaker = None
    for a, b in cue.appositions:
        if re.fullmatch(r"[RDI]-[A-Z][\w. ]*|\d+|who .*|at .*|in .*", text[a:b].strip()):
            continue  # party-state tags, ages, relative clauses and places are not roles
        r2, o2 = _role_org(text[a:b])
        role = role or r2
        org = org or o2
    if named and speaker is not None:
        known_role, known_org = registry.roles.get(speaker, (None, None))
        role = role or known_role
        org = org or known_org
    return QuoteSpan(
        speaker=speaker or None,
        speaker_start=cue.mention_start,
        speaker_end=cue.mention_end,
        role=role,
        organization=org,
        cue=cue.verb,
        mention=mention,
        named=named,
        cue_start=cue.verb_start,
        cue_end=cue.verb_end,
        **base,  # type: ignore[arg-type]
    )


def _resolve_pronoun(
    pronoun: str, pos: int, registry: _Registry, previous: QuoteSpan | None, text: str
) -> tuple[str | None, bool]:
    """The nearest fitting person before the pronoun, else the previous quote's speaker."""
    if pronoun in ("he", "she"):
        para_floor = text.rfind("\n", 0, max(0, text.rfind("\n", 0, pos)))
        near = registry.nearest_person(pos, max(0, para_floor))
        if previous is not None and previous.named and previous.speaker:
            if near is None or previous.start > near[1] or near[0] == previous.speaker:
                return previous.speaker, True
        if near is not None:
            return near[0], True
        if previous is not None and previous.speaker:
            return previous.speaker, previous.named
        return None, False
    if previous is not None and previous.speaker and not previous.named and pronoun != "i":
        return previous.speaker, False
    if previous is not None and previous.speaker and pronoun == "i":
        return previous.speaker, previous.named
    return None, False


# -- 5. across articles: merge, variants, sides, strength -----------------------------------


@dataclass(frozen=True, slots=True)
class QuoteSource:
    """One article of a story, as the pipeline hands it over."""

    id: str
    outlet: str | None
    text: str
    kept: tuple[tuple[int, int], ...]
    title: str = ""


@dataclass(slots=True)
class _Item:
    span: QuoteSpan
    article: QuoteSource
    order: int


@dataclass(slots=True)
class _Group:
    items: list[_Item]
    speaker: str | None = None
    role: str | None = None
    organization: str | None = None
    named: bool = False
    stance: Literal["support", "oppose", "neutral"] = "neutral"
    score: float = 0.0
    evidence: list[str] = field(default_factory=list)


@functools.lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def _tokens(text: str) -> list[str]:
    return _norm(text).split()


@functools.lru_cache(maxsize=65536)
def _token_set(text: str) -> frozenset[str]:
    return frozenset(_norm(text).split())


def _overlap(a: str, b: str) -> float:
    ta, tb = _token_set(a), _token_set(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def _contains(longer: str, shorter: str) -> bool:
    return _norm(shorter) in _norm(longer)


def _kept(article: QuoteSource, span: QuoteSpan) -> bool:
    return any(a <= span.start and span.end <= b for a, b in article.kept)


_SPEAKER_NOUN = re.compile(
    r"\b(spokes(?:man|woman|person)|officials?|aides?|advis[eo]rs?|lawyers?|attorneys?|"
    r"sources?|experts?|analysts?|leaders?|members?|residents?|activists?|organizers?|"
    r"directors?|chief|head|president|chair(?:man|woman|person)?|secretary|minister|"
    r"governor|mayor|senator|lawmakers?|legislators?|candidates?|campaign|administration|"
    r"agency|department|office|police|officers?|witness(?:es)?|protesters?|voters?|"
    r"doctors?|scientists?|researchers?|economists?|professors?|executives?|founder|"
    r"owner|manager|staff|employees?|workers?|union|group|committee|board|council|"
    r"statement|people|critics?|supporters?|opponents?|proponents?|someone|person|man|"
    r"woman|mother|father|parent|student|teacher|judge|prosecutors?|defen[cs]e)\b",
    re.I,
)


def same_person(a: str, b: str) -> bool:
    """Return True for two forms of one name: "Ben Jealous" and "Benjamin Todd Jealous"."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1].lower() != wb[-1].lower():
        return False
    fa, fb = wa[0].lower().rstrip("."), wb[0].lower().rstrip(".")
    return fa.startswith(fb) or fb.startswith(fa)


def _same_speaker(a: _Item, b: _Item) -> bool:
    sa, sb = a.span.speaker, b.span.speaker
    if sa is None or sb is None:
        return False
    if sa.lower() == sb.lower() or (a.span.named and b.span.named and same_person(sa, sb)):
        return True
    oa, ob = a.span.organization, b.span.organization
    return bool(oa and ob and _same_org(oa, ob) and not (a.span.named and b.span.named))


def _acronym(name: str) -> str:
    words = [
        w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in ("of", "the", "and", "for")
    ]
    return "".join(w[0] for w in words).upper()


def _same_org(a: str, b: str) -> bool:
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return False
    if na == nb or na in nb.split() or nb in na.split():
        return True
    if f" {na} " in f" {nb} " or f" {nb} " in f" {na} ":
        return True
    for x, y in ((a, b), (b, a)):
        xw = x.replace(".", "").split()
        if xw and xw[0].isupper() and len(xw[0]) >= 2:
            if _acronym(y).startswith(xw[0]) or xw[0] == _acronym(y):
                return True
    return False


def _speaker_key(span: QuoteSpan) -> str:
    if span.named and span.speaker:
        return "p:" + span.speaker.lower()
    if span.organization:
        return "o:" + (span.organization or "").lower()
    return "s:" + (span.speaker or "").lower()


def _group_quotes(items: list[_Item]) -> list[_Group]:
    """The same quote in several articles is one group; differing wordings stay as variants."""
    groups: list[_Group] = []
    for item in items:
        placed = False
        for group in groups:
            rep = group.items[0]
            if rep.article.id == item.article.id:
                continue
            exact = _contains(rep.span.text, item.span.text) or _contains(
                item.span.text, rep.span.text
            )
            close = _max_sentence_overlap(rep.span.text, item.span.text) >= 0.6
            both_named = rep.span.named and item.span.named
            if (exact and (_same_speaker(rep, item) or not both_named)) or (
                close and _same_speaker(rep, item)
            ):
                group.items.append(item)
                placed = True
                break
        if not placed:
            groups.append(_Group(items=[item]))
    return groups


@functools.lru_cache(maxsize=16384)
def _sentences(text: str) -> tuple[str, ...]:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text)
    return tuple(p for p in parts if p.strip())


def _max_sentence_overlap(a: str, b: str) -> float:
    best = _overlap(a, b) if min(len(_token_set(a)), len(_token_set(b))) >= 6 else 0.0
    for sa in _sentences(a):
        for sb in _sentences(b):
            if min(len(_token_set(sa)), len(_token_set(sb))) >= 6:
                best = max(best, _overlap(sa, sb))
    return best


def _wordings(group: _Group) -> list[tuple[str, list[_Item]]]:
    """Distinct wordings of a group, a wording contained in a longer one counted with it."""
    buckets: list[tuple[str, list[_Item]]] = []
    by_len = sorted(group.items, key=lambda it: (-len(it.span.text), it.order))
    for item in by_len:
        for text, members in buckets:
            if _contains(text, item.span.text):
                members.append(item)
                break
        else:
            buckets.append((item.span.text, [item]))
    return buckets


@functools.lru_cache(maxsize=1)
def _vader() -> object:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def polarity(text: str) -> float:
    """VADER compound polarity of a text, -1 (negative) to 1 (positive)."""
    analyzer = _vader()
    return float(analyzer.polarity_scores(text)["compound"])  # type: ignore[attr-defined]


def central_action(articles: Sequence[QuoteSource]) -> tuple[str | None, str | None]:
    """The story's central action: (the sentence stating it, the thing acted on: "agreement")."""
    counts: Counter[str] = Counter()
    in_lead: set[str] = set()
    first_sentence: str | None = None
    for art in articles:
        position = 0
        for a, b in art.kept:
            chunk = art.text[a:b]
            for sent in _sentences(chunk.replace("\n", " ")):
                position += 1
                if not _ACTION_VERBS.search(sent):
                    continue
                low = sent.lower()
                for obj in _ACTION_OBJECTS:
                    n = len(re.findall(rf"\b{obj}\b", low))
                    if n:
                        counts[obj] += n
                        if position <= 2:
                            in_lead.add(obj)
                        if first_sentence is None:
                            first_sentence = sent.strip()
    if not counts:
        return first_sentence, None
    best, n = sorted(counts.items(), key=lambda kv: (-kv[1], _ACTION_OBJECTS.index(kv[0])))[0]
    if n < 2 and best not in in_lead:
        return first_sentence, None  # one passing mention is no central action to take sides on
    return first_sentence, best


_REFUSALS = frozenset("rejected rejects blocked blocks".split())


def action_actors(articles: Sequence[QuoteSource], thing: str | None) -> dict[str, str]:
    """Who did the central action, by lower-cased name: "support" for those who approved,
    passed or signed the thing, "oppose" for those who rejected or blocked it."""
    actors: dict[str, str] = {}
    if not thing:
        return actors
    for art in articles:
        for a, b in art.kept:
            for sent in _sentences(art.text[a:b].replace("\n", " ")):
                verb = _ACTION_VERBS.search(sent)
                if not verb or not re.search(rf"\b{thing}\b", sent[verb.end() :], re.I):
                    continue
                against = re.match(r"\s+(against|no)\b", sent[verb.end() :], re.I)
                refused = verb.group(1).lower() in _REFUSALS or against
                side = "oppose" if refused else "support"
                subject = sent[: verb.start()]
                for m in _NAME_SEQ.finditer(subject):
                    name = _clean_name(_strip_title(m.group())[1])
                    if name:
                        actors.setdefault(name.lower(), side)
                for m in re.finditer(r"\b[A-Z][A-Z.&]{1,9}\b", subject):
                    actors.setdefault(m.group().replace(".", "").lower(), side)
    return actors


_NOUN_SIDE = frozenset(
    "supporter supporters proponent proponents advocate advocates critic critics opponent "
    "opponents opposition support backlash criticism favor favour".split()
)
_LINK = re.compile(
    r"^[\s,]*$|^[^.;]{0,70}?\b(?:including|like|such as|from|among|led by|notably|especially)"
    r"\b[^.;]*$"
)


def _other_person(stretch: str, names: Sequence[str]) -> bool:
    """Return True when a personal name other than `names` stands in `stretch`."""
    own = {n.lower() for n in names if n}
    for m in _NAME_SEQ.finditer(stretch):
        name = _clean_name(_strip_title(m.group())[1])
        if len(name.split()) >= 2 and _looks_person(name) and name.lower() not in own:
            return True
    return False


def _specific_org(org: str) -> bool:
    """An organization precise enough to place people by: "ACLU", "Third Way", not "House"."""
    return len(org.split()) >= 2 or (org.isupper() and len(org) >= 2)


def _side_of_context(sentence: str, names: Sequence[str]) -> tuple[str, str] | None:
    """The side a context sentence gives one of `names`, with the cue word.

    A noun cue names its members after it ("critics, including X"); a verb cue has the
    speaker before it ("X praised the deal"). A name that is only the object is not placed.
    """
    low = sentence.lower()
    spans = [
        (m.start(), m.end())
        for n in names
        if n
        for m in re.finditer(rf"(?<![a-z]){re.escape(n.lower())}(?![a-z])", low)
    ]
    if not spans:
        return None
    best: tuple[int, str, str] | None = None
    for m in re.finditer(r"[a-z]+", low):
        word = m.group()
        side = _SIDE_LOOKUP.get(word)
        if side is None:
            continue
        for a, b in spans:
            if word in _NOUN_SIDE:
                between = low[m.end() : a]
                ok = a >= m.end() and a - m.end() <= 140 and bool(_LINK.match(between))
                dist = a - m.end()
            else:
                between = low[b : m.start()]
                ok = b <= m.start() and m.start() - b <= 70 and not re.search(r"[.;]", between)
                ok = ok and not re.search(r"\b(that|which|who|whom|as)\b", between)
                # "The House leader, Rep. Ann Lee, criticized": Lee criticized, not the House
                ok = ok and not _other_person(sentence[b : m.start()], names)
                dist = m.start() - b
            if ok and (best is None or dist < best[0]):
                best = (dist, side, word)
    return (best[1], best[2]) if best else None


def _names_for(group: _Group) -> list[str]:
    names: list[str] = []
    if group.speaker:
        names.append(group.speaker)
        if group.named and len(group.speaker.split()) > 1:
            names.append(group.speaker.split()[-1])
    if group.organization and _specific_org(group.organization):
        org = group.organization
        names.append(org)
        acr = _acronym(org)
        if len(acr) >= 3:
            names.append(acr)
        first = org.split()[0]
        if first.isupper() and len(first) >= 2:
            names.append(first)
    return [n for n in names if len(n) >= 2]


def _place_sides(
    groups: list[_Group],
    articles: Sequence[QuoteSource],
    actors: dict[str, str] | None = None,
    thing: str | None = None,
) -> None:
    """Score each group toward support (+) or opposition (-), one side per speaker and per org."""
    sentences: list[tuple[QuoteSource, str, str]] = []
    for art in articles:
        for a, b in art.kept:
            for line in art.text[a:b].split("\n"):
                for sent in _sentences(line):
                    sentences.append((art, sent, sent.lower()))
    per_group: list[float] = []
    for group in groups:
        score = 0.0
        names = _names_for(group)
        # the people or organization who carried out the action are for it
        for name in names:
            key = name.replace(".", "").lower()
            side = (actors or {}).get(key)
            if side:
                score += 2.0 if side == "support" else -2.0
                group.evidence.append(f"'{name}' carried out the central action ({side})")
                break
        for item in group.items:
            ctx = _attribution_sentence(item)
            hit = _side_of_context(ctx, [item.span.mention or "", *names])
            if hit:
                sign = 1.0 if hit[0] == "support" else -1.0
                score += 2.0 * sign
                group.evidence.append(f"{item.article.id}: '{hit[1]}' next to the attribution")
        quote_pol = max((polarity(it.span.text) for it in group.items), key=abs)
        if abs(quote_pol) >= 0.3:
            score += quote_pol
            group.evidence.append(f"quote polarity {quote_pol:+.2f} (VADER)")
        seen: set[str] = set()
        lowered = [n.lower() for n in names if n]
        for art, sent, low in sentences:
            if '"' in sent or "“" in sent or not any(n in low for n in lowered):
                continue
            if thing and _ACTION_VERBS.search(sent) and re.search(rf"\b{thing}\b", low):
                continue  # the sentence that states the action: its actor is counted above
            hit = _side_of_context(sent, names)
            if hit and sent not in seen:
                seen.add(sent)
                score += 1.5 if hit[0] == "support" else -1.5
                group.evidence.append(f"{art.id}: '{hit[1]}' in \"{_short(sent)}\"")
        per_group.append(score)
    # one side per speaker and per organization within the story
    totals: dict[str, float] = defaultdict(float)
    for group, score in zip(groups, per_group, strict=True):
        for key in _group_keys(group):
            totals[key] += score
    for group, score in zip(groups, per_group, strict=True):
        keys = _group_keys(group)
        combined = max((totals[k] for k in keys), key=abs) if keys else score
        group.score = combined
        if combined >= 1.0:
            group.stance = "support"
        elif combined <= -1.0:
            group.stance = "oppose"
        else:
            group.stance = "neutral"
        if keys and combined != score:
            group.evidence.append(f"same speaker/organization elsewhere: total {combined:+.2f}")


def _group_keys(group: _Group) -> list[str]:
    keys = []
    if group.speaker:
        keys.append("s:" + group.speaker.lower())
    if group.organization and _specific_org(group.organization):
        keys.append("o:" + _norm(group.organization))
    return keys


def _short(sentence: str, limit: int = 90) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"


def _attribution_sentence(item: _Item) -> str:
    """The writer's words around the quote's cue (the quote itself left out)."""
    text = item.article.text
    span = item.span
    anchor = span.speaker_start if span.speaker_start is not None else span.start
    lo = _sentence_start(text, anchor, max(0, text.rfind("\n", 0, anchor) + 1))
    nl = text.find("\n", anchor)
    hi = _sentence_end(text, anchor, nl if nl >= 0 else len(text))
    out = text[lo:hi]
    for a, b in span.parts:
        if lo <= a and b <= hi:
            out = out.replace(text[a:b], " ")
    return out


def _strength(group: _Group, narrative: Sequence[str]) -> tuple[float, int]:
    """Rank key: higher is stronger; ties by document order."""
    text = group.items[0].span.text
    words = len(text.split())
    score = 0.0
    if group.named:
        score += 3.0
    if group.role or group.organization:
        score += 1.0
    if text.rstrip()[-1:] in ".!?":
        score += 1.0
    if _MIN_WORDS_BRIEF <= words <= _MAX_WORDS_BRIEF:
        score += 2.0
    elif words > _MAX_WORDS_BRIEF:
        score += 0.5
    if re.search(r"\d", text):
        score += 1.0
    if re.search(r"\b(will|would|could|means|lead to|cost|make|made|because|more|less)\b", text):
        score += 0.5
    score += 0.5 * (len({it.article.id for it in group.items}) - 1)
    for line in narrative:
        if _overlap(line, text) >= 0.7:
            score -= 2.0
            break
    order = min(it.order for it in group.items)
    return score, -order


def _to_quote(group: _Group) -> Quote:
    wordings = _wordings(group)
    # keep the wording in the most sources; then the longest; then the earliest
    wordings.sort(
        key=lambda w: (-len({i.article.id for i in w[1]}), -len(w[0]), min(i.order for i in w[1]))
    )
    text, members = wordings[0]
    main = next(i for i in members if i.span.text == text)
    sources = sorted({it.article.id for it in group.items}, key=lambda s: _first_order(group, s))
    outlets: list[str] = []
    for sid in sources:
        art = next(it.article for it in group.items if it.article.id == sid)
        if art.outlet and art.outlet not in outlets:
            outlets.append(art.outlet)
    variants = [
        QuoteVariant(
            text=w, sources=sorted({i.article.id for i in m}, key=lambda s: _first_order(group, s))
        )
        for w, m in wordings
    ]
    differs = len(wordings) > 1
    return Quote(
        text=text,
        speaker=group.speaker,
        role=group.role,
        organization=group.organization,
        sources=sources,
        outlets=outlets,
        source=main.article.id,
        start=main.span.start,
        end=main.span.end,
        variants=variants if differs else [],
        wording_differs=differs,
        evidence=list(group.evidence),
        stance=group.stance,
        parts=[list(p) for p in main.span.parts],
    )


def _first_order(group: _Group, source: str) -> int:
    return min(it.order for it in group.items if it.article.id == source)


def story_items(articles: Sequence[QuoteSource], doubled_marks: bool = False) -> list[_Item]:
    """Every attributed quote of every article (inside kept spans), in document order."""
    names: list[str] = []
    for art in articles:
        for m in _NAME_SEQ.finditer(art.text):
            _, name, _ = _strip_title(m.group())
            name = _clean_name(name)
            if len(name.split()) >= 2 and _looks_person(name) and name not in names:
                names.append(name)
    items: list[_Item] = []
    order = 0
    for art in articles:
        for span in extract_quotes(art.text, known_names=names, doubled_marks=doubled_marks):
            order += 1
            if span.speaker is None or not _kept(art, span):
                continue
            items.append(_Item(span, art, order))
    return items


JOIN = " … "
"""Between the pieces of a quote split by its attribution or running over paragraphs."""


def story_sides(
    articles: Sequence[QuoteSource],
    *,
    quotes_per_side: int = 2,
    narrative: Sequence[str] = (),
    doubled_marks: bool = False,
) -> tuple[list[Side], list[Quote]]:
    """The two sides (support first, then oppose; `Side` from briefing.model, labels written for
    the story, `note` set when a side has no quote) and every attributed quote merged across
    articles (for --explain)."""
    items = story_items(articles, doubled_marks)
    full = [it for it in items if not it.span.partial]
    fragments = [it for it in items if it.span.partial]
    groups = _group_quotes(full)
    # a fragment quoted elsewhere from a full statement cites that statement's article too
    for frag in fragments:
        for group in groups:
            rep = group.items[0]
            if _contains(rep.span.text, frag.span.text) and _same_speaker(rep, frag):
                group.items.append(frag)
                break
    for group in groups:
        _fill_speaker(group)
    _unify_names(groups)
    _, thing = central_action(articles)
    _place_sides(groups, articles, action_actors(articles, thing), thing)
    labels = {
        "support": f"In favor of the {thing}" if thing else "What supporters say",
        "oppose": f"Against the {thing}" if thing else "What critics say",
    }
    quotes = [_to_quote(g) for g in groups]
    sides: list[Side] = []
    stances: tuple[Literal["support"], Literal["oppose"]] = ("support", "oppose")
    for stance in stances:
        ranked = sorted(
            (g for g in groups if g.stance == stance and g.speaker),
            key=lambda g: _strength(g, narrative),
            reverse=True,
        )
        chosen: list[_Group] = []
        more: list[_Group] = []
        speakers: set[str] = set()
        for group in ranked:
            key = (group.speaker or "").lower()
            if key in speakers:
                continue
            speakers.add(key)
            (chosen if len(chosen) < quotes_per_side else more).append(group)
        note = None
        if not chosen:
            who = "supporters" if stance == "support" else "critics"
            note = f"No on-the-record quote from {who} in the sources."
        sides.append(
            Side(
                stance=stance,
                label=labels[stance],
                quotes=[quotes[groups.index(g)] for g in chosen],
                more=[quotes[groups.index(g)] for g in more],
                note=note,
            )
        )
    return sides, quotes


def _unify_names(groups: list[_Group]) -> None:
    """One name per person in a story: the fullest form ("Benjamin Todd Jealous")."""
    named = [g for g in groups if g.named and g.speaker]
    for group in named:
        assert group.speaker is not None
        forms = [group.speaker] + [
            g.speaker for g in named if g.speaker and same_person(g.speaker, group.speaker)
        ]
        group.speaker = max(forms, key=lambda name: (len(name.split()), len(name), name))


def _fill_speaker(group: _Group) -> None:
    """Speaker, role and organization from the items, named mentions first."""
    # the fullest statement first: its article usually introduces the speaker best
    items = sorted(
        group.items,
        key=lambda it: (not it.span.named, it.span.partial, -len(it.span.text), it.order),
    )
    group.speaker = items[0].span.speaker
    group.named = items[0].span.named
    for it in items:
        if it.span.speaker and it.span.speaker.lower() == (group.speaker or "").lower():
            group.role = group.role or it.span.role
            group.organization = group.organization or it.span.organization
    for it in items:
        group.organization = group.organization or it.span.organization


def iter_quote_rows(
    text: str, file: str, doubled_marks: bool = False
) -> Iterator[dict[str, object]]:
    """JSON-ready rows for `briefing quotes`: one per quote found in `text`."""
    for q in extract_quotes(text, doubled_marks=doubled_marks):
        yield {
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "parts": [list(p) for p in q.parts],
            "speaker": q.speaker,
            "speaker_start": q.speaker_start,
            "speaker_end": q.speaker_end,
            "role": q.role,
            "organization": q.organization,
            "cue": q.cue,
            "partial": q.partial,
            "file": file,
        }
