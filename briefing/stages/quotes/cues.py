"""Attribution cues next to a quote: `"…," X said`, `X said: "…"`, `according to X`."""

from __future__ import annotations

import logging
import re

from briefing.stages.quotes.base import (
    _Cue,
    _is_capital,
    _para_of,
    _Raw,
    _sentence_end,
    _sentence_start,
    _words,
)
from briefing.stages.quotes.lexicon import (
    _ADVERBS,
    _DETERMINERS,
    _NEEDS_PARTICLE,
    _PRONOUNS,
    _STOP,
    ISSUING_VERBS,
    SPEECH_VERBS,
    is_adverb,
)
from briefing.text.names import (
    HONORIFICS,
    TITLES,
    is_first_name,
    looks_person,
    strip_title,
)
from briefing.text.quotation import outside_quotes
from briefing.text.tokens import MONTHS, STOPWORDS, WEEKDAYS
from briefing.text.wordlists import mapping

log = logging.getLogger(__name__)


# -- 3. cues --------------------------------------------------------------------------------


# "Lee's", "the agency's", "senators'": an owner, whose next word is a noun ("he's", "it's" are
# a pronoun and a verb)
_POSSESSIVE = re.compile(
    r"^(?!(?:he|she|it|that|who|there|what|here|where)['’]s$)\w+(?:['’]s|s['’])$", re.I
)


def _speech_verb_at(words: list[tuple[str, int, int]], k: int) -> bool:
    w = words[k][0].lower()
    if w not in SPEECH_VERBS:
        return False
    if words[k][0][:1].isupper() and k > 0 and words[k - 1][0][:1].isupper():
        return False  # "the Washington Post said": a capital inside a name is no verb
    if words[k][0][:1].isupper() and k > 0 and words[k - 1][0].lower() in ("of", "the"):
        return False  # "Secretary of State Ann Lee said": "State" names an office
    if k > 0 and words[k - 1][0].lower() in _DETERMINERS - {"that"}:
        return False  # "This post has been updated", "a report": a noun, not a verb
    if k > 0 and _POSSESSIVE.search(words[k - 1][0]):
        return False  # "Mueller's report", "the agency's statement": an owner's noun
    if (
        k > 1
        and w.endswith("s")
        and words[k - 1][0].lower().endswith("ing")
        and words[k - 2][0].lower() in _DETERMINERS - {"that"}
    ):
        return False  # "the mounting calls to remove him", "the growing claims": a noun
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
    before = _cue_before(text, raw, plo, paras)
    if before is not None:
        return before
    return (
        _cue_words_of(text, raw, paras)
        or _cue_next_paragraph(text, raw, paras)
        or _cue_paragraph_before(text, raw, paras)
    )


_UTTERANCE = (
    r"(?:message|words?|verdict|view|response|reaction|warning|assessment|remarks?|comments?|"
    r"plea|line|lines|quip|retort|reply|answer|promise|vow|appeal|statement)"
)
# "That was the message from Ann Lee", "So said Ann Lee", "Those were the words of Ann Lee",
# "The plea came from Ann Lee", "The line, delivered by Ann Lee to…", "That's what Ann Lee
# told…", "That was how Ann Lee put it": the sentence after a quote that names whose words
# they were
_WORDS_OF = re.compile(
    r"\s*(?:(?:That|This|Those|These)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:[a-z]+\s+)?"
    rf"{_UTTERANCE}\s+(?:of|from)"
    rf"|(?:The|That|This|Those|These|Her|His|Their)\s+(?:[a-z]+\s+)?{_UTTERANCE}\s+came\s+from"
    rf"|(?:The|That|This|Those|These)\s+(?:[a-z]+\s+)?{_UTTERANCE},?\s+"
    r"(?:delivered|spoken|uttered|written|posted|tweeted|made|offered)\s+by"
    r"|(?:That|This)(?:['’]s|\s+is|\s+was)\s+(?:what|how)"
    r"|So\s+said)\s+"
)
_PUT_IT = re.compile(r"\s(?:put|described|summed\s+up|explained)\s+(?:it|things)\b")
"""Where the speaker phrase of "That was how Ann Lee put it" ends."""
_TO_WHOM = re.compile(r"\s(?:to|before)\s+(?:a|an|the|his|her|their|reporters|supporters)\b")


def _cue_words_of(text: str, raw: _Raw, paras: list[tuple[int, int]]) -> _Cue | None:
    """A quote whose next sentence (in its paragraph, or opening the next one) says whose
    words they were: `“…” That was the message from Mayor Ann Lee on Monday.`"""
    lo, hi = _para_of(paras, raw.close_mark)
    if text[lo : raw.open_mark].strip():
        return None  # only a quote that opens its paragraph: one inside it is someone's already
    after = raw.close_mark + 1
    if not text[after:hi].strip():
        following = [p for p in paras if p[0] >= hi]
        if not following:
            return None
        after, hi = following[0]
    found = _WORDS_OF.match(text, after, hi)
    if found is None:
        return None
    stop = _sentence_end(text, found.end(), hi)
    # the speaker phrase ends before "put it" ("That was how Ann Lee put it") and before where
    # or to whom the words went ("delivered by Ann Lee to a packed hall")
    put = _PUT_IT.search(text, found.end(), stop) or _TO_WHOM.search(text, found.end(), stop)
    words = _words(text, found.end(), put.start() if put else stop)
    return _mention_forward(text, words, 0, None, found.end())


def whole_paragraph(text: str, raw: _Raw, paras: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Return the paragraph before the quote when the quote is its whole paragraph (nothing of
    the writer's before or after it) and one comes before it, else None."""
    lo, hi = _para_of(paras, raw.open_mark)
    if text[lo : raw.open_mark].strip() or text[raw.close_mark + 1 : hi].strip():
        return None
    before = [p for p in paras if p[1] <= lo]
    return before[-1] if before else None


def _cue_paragraph_before(text: str, raw: _Raw, paras: list[tuple[int, int]]) -> _Cue | None:
    """A quote that is a whole paragraph right after a paragraph whose last sentence opens on
    its subject and a speech verb (`The Lakeside Port Authority said it would fight the
    plan.` then `“…”`): newsrooms paraphrase a speaker, then quote them."""
    before = whole_paragraph(text, raw, paras)
    if before is None:
        return None
    plo, phi = before
    end = plo + len(text[plo:phi].rstrip())
    if end <= plo or text[end - 1] != "." or _next_open(text, plo, phi) < phi:
        return None  # a paragraph with a quote of its own has its own speaker
    start = _sentence_start(text, end - 1, plo)
    words = _words(text, start, end)
    if words and (words[0][0].lower() in _STOP | _INTRO or _opening_phrase(words)):
        # "In a statement, the port authority said …": the subject comes after the comma
        comma = next((i for i, w in enumerate(words[:8]) if w[0] == ","), None)
        if comma is None:
            return None
        words = words[comma + 1 :]
    return _opening_speaker(text, words, ("the",))


# After an attribution sentence, the rest of a lone attribution may run this many words.
_TAIL_WORDS = 12


def _cue_sentence_before(text: str, raw: _Raw, plo: int) -> _Cue | None:
    """A quote opening a sentence right after `…, Lee said.` or `…, said Ann Lee, ROLE.` in
    the same paragraph: the writer's attribution of the paraphrase carries on to the quote."""
    end = plo + len(text[plo : raw.open_mark].rstrip())
    if end <= plo or text[end - 1] != "." or text[raw.open_mark + 1 : raw.open_mark + 2].islower():
        return None
    prev_start = _sentence_start(text, end - 1, plo)
    sentence = text[prev_start:end]
    if not _next_open(text, prev_start, end) < end:
        # `Dr. Ann Lee, the observatory's director, said the mountain was restless. “…”`: the
        # writer paraphrases a speaker, then quotes them
        # (`Attorney General Ann Lee laid out the case on Wednesday. “…”`: whatever she did,
        # the quote right after it is hers)
        opening = _subject_speaker(text, _words(text, prev_start, end), any_verb=True)
        if opening is not None:
            return opening
    # try each comma (or closing quotation mark) of the sentence as the start of its tail
    for m in re.finditer(r"[,”\"]", sentence):
        at = prev_start + m.start()
        fake = _Raw([(at, at)], at, at)
        cue = _cue_after(text, fake, prev_start + len(sentence))
        if cue is None or cue.verb is None:
            continue
        rest = text[max(cue.verb_end, cue.mention_end) : prev_start + len(sentence)]
        if len(rest.split()) <= _TAIL_WORDS:
            return cue
    return None


SUBJECT_WORDS = 25
"""A sentence's speech verb may come this many words in, after its subject's appositions."""


def _subject_speaker(
    text: str, words: list[tuple[str, int, int]], *, any_verb: bool = False
) -> _Cue | None:
    """The person a sentence opens on as the subject of its speech verb: `Ann Lee said…`,
    `Sen. Ann Lee, R-Texas, the panel's chair, told reporters…` (a person named in full or by
    title; an organization or a pronoun is left to the other rules). With `any_verb`, a verb
    in the past tense will do ("offered that rebuttal")."""
    past: set[int] = set()
    if any_verb and words:
        from briefing.text.tagger import tag_once as tag

        base = words[0][1]
        past = {
            base + t.start
            for t in tag(text[base : words[-1][2]])
            if t.upos == "VERB"
            and t.text.lower() != t.lemma.lower()
            and not t.text.lower().endswith(("ing", "s"))
        }  # "laid out the case", "offered that rebuttal": a verb in the past tense
    for k in range(1, min(len(words), SUBJECT_WORDS)):
        word = words[k][0]
        if word in (".", ";", ":", "!", "?"):
            return None
        verb_like = _speech_verb_at(words, k) or (any_verb and words[k][1] in past)
        if not (verb_like and word[:1].islower()):
            continue
        j = k
        while j > 0 and (is_adverb(words[j - 1][0]) or words[j - 1][0].lower() in _AUXILIARIES):
            j -= 1
        found = _np_backward(words, j) if words[j - 1][0] != "," else None
        if found is None:
            found = _named_before_commas(text, words, j)
        if found is None or found[0] != 0:
            return None  # the subject must open the sentence
        # ("Union organizer Ann Lee told the crowd": the person after her description)
        first = _described_person(text, words, found[0], found[1])
        span = (words[first][1], words[found[1] - 1][2])
        role, name, _ = strip_title(text[span[0] : span[1]])
        if not (looks_person(name) and (role or len(name.split()) > 1)):
            return None
        verb = words[k]
        return _Cue(verb[0], verb[1], verb[2], span[0], span[1], (), after=False)
    return None


# The speaker phrase opening the next paragraph ("Lee told co-host…") may be this long.
_NEXT_SUBJECT_WORDS = 6


def _cue_next_paragraph(text: str, raw: _Raw, paras: list[tuple[int, int]]) -> _Cue | None:
    """A quote that is a whole paragraph, attributed by the next one: `"…"` then `Lee told
    co-host Joe Scarborough…` (a name or pronoun, then a speech verb, opening the paragraph)."""
    lo, hi = _para_of(paras, raw.open_mark)
    if text[lo : raw.open_mark].strip() or text[raw.close_mark + 1 : hi].strip():
        return None
    following = [p for p in paras if p[0] >= hi]
    if not following:
        return None
    nlo, nhi = following[0]
    if text[nlo:nhi].lstrip()[:1] in '"“«':
        return None
    words = _words(text, nlo, min(nhi, nlo + 200))
    found = _opening_speaker(text, words, ("he", "she"))
    if found is None and _THOSE_WORDS.search(text, nlo, _sentence_end(text, nlo, nhi)):
        # `“…”` then `Dr. Ann Lee, who chairs the panel, offered that rebuttal on Monday`: the
        # sentence takes the quote up ("that rebuttal") and opens on the one who gave it
        found = _subject_speaker(text, words, any_verb=True)
    return found


_THOSE_WORDS = re.compile(
    rf"\b(?:that|this|those|these)\s+(?:[a-z]+\s+)?(?:{_UTTERANCE}|rebuttal|argument|"
    r"defen[cs]e|explanation|assurance|prediction|observation|admission)\b"
)
"""Words taking a quote up: "that rebuttal", "those words", "this blunt assessment"."""


def _opening_speaker(
    text: str, words: list[tuple[str, int, int]], lower_openers: tuple[str, ...]
) -> _Cue | None:
    """The speaker a sentence opens on, right before its speech verb ("Lee told co-host…",
    "The port authority said…"): a capitalised phrase, or one opening on `lower_openers`."""
    for k in range(1, min(len(words), _NEXT_SUBJECT_WORDS + 1)):
        if words[k][0] in (",", ".", ";", ":"):
            return None
        if _speech_verb_at(words, k) and words[k][0][:1].islower():
            chunk = words[:k]
            if not _subject_like(chunk) or not (
                _is_capital(chunk[0][0]) or chunk[0][0].lower() in lower_openers
            ):
                return None
            return _cue_from_chunk(text, chunk, words[k])
    return None


def _next_open(text: str, start: int, hi: int) -> int:
    i = start
    while True:
        m = re.compile(r"[\"“«]").search(text, i, hi)
        if m is None:
            return hi
        nick = re.compile(r"[A-Z][\w’'-]*[\"”»](?=[ \t]+[A-Z])").match(text, m.end(), hi)
        if nick is None:
            return m.start()
        i = nick.end()  # a nickname inside a name: Ann "Annie" Lee


# Words that open a clause with a subject of its own
_CLAUSE_OPENERS = frozenset("as while when after".split())
"""Words after a comma that open a clause with its own subject ("..., as supporters rallied")."""
_SUBORDINATORS = frozenset(
    "after before when whenever while because since although though if unless who whom whose "
    "which that where".split()
)
# Words that open a clause or a phrase right after a quote: the writer's sentence goes on,
# no speaker phrase starts there ("promises" in "given his campaign promises" is no verb)
_OPENS_PHRASE = frozenset(
    "and but or which that who so because as in to given despite including amid amidst after "
    "before while since with without from of for over than into about like unlike".split()
)


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
        described = words[k0][0].lower() in ("a", "an") and not any(
            _speech_verb_at(words, k) for k in range(k0, min(len(words), k0 + 6))
        )
        if described:
            return None  # `“…” - an idea the council dropped`: what the words are, not who spoke
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
            # `said spokesman Dan Ellis`, `said campaign manager Ann Lee`: a role, then a name
            ahead = [w for w, _, _ in words[k0 + 1 : k0 + 5]]
            role_then_name = any(
                _is_capital(w) and all(x[:1].islower() and x.isalpha() for x in ahead[:i])
                for i, w in enumerate(ahead)
                if i
            )
            if nxt.lower() not in ("he", "she", "they", "we") and not role_then_name:
                return None
        return _mention_forward(text, words, k0 + 1, words[k0], begin)
    if first in _OPENS_PHRASE:
        return None  # `“no surprise” given his campaign promises`: the writer's sentence goes on
    # `"…," X [, appositive,] [adverb] said`
    for k in range(k0, min(len(words), k0 + 30)):
        w = words[k][0]
        if w in (".", "!", "?", ";", ":"):
            break
        if not _speech_verb_at(words, k):
            continue
        if k == k0:
            return None
        chunk_end = k
        # ("…," Lee was quoted as saying: the passive of "quote" keeps the speaker its subject)
        passive = _PASSIVE if words[k][0].lower() == "quoted" else frozenset()
        while chunk_end > k0 and (
            is_adverb(words[chunk_end - 1][0])
            or words[chunk_end - 1][0].lower() in {"has", "had"} | passive
        ):
            chunk_end -= 1
        if chunk_end <= k0:
            return None
        tail = words[k + 1 :]
        if ends_sentence and not _short_tail(tail):
            return None
        if not _subject_like(words[k0:chunk_end]):
            return None
        if (
            ends_sentence
            and chunk_end - k0 >= 3
            and words[chunk_end - 2][0] == ","
            and words[chunk_end - 1][0].lower() in ("he", "she", "they", "i", "we")
        ):
            # `…program.” All information acquired, he said, “is…`: a new sentence, whose
            # attribution is of the quote after it
            return None
        verb = words[k]
        return _cue_from_chunk(text, words[k0:chunk_end], verb)
    if not ends_sentence:
        return _unlisted_verb_cue(text, words, k0)
    return None


def _unlisted_verb_cue(text: str, words: list[tuple[str, int, int]], k0: int) -> _Cue | None:
    """`"…," Ann Lee harrumphed.`: a verb missing from the list still attributes the quote
    when the clause is only a name (or he/she) and one past-tense word ending the sentence."""
    k = k0
    first = words[k][0].lower() if k < len(words) else ""
    if first in ("he", "she", "they"):
        k += 1
    else:
        while k < len(words) and k - k0 < 4 and _is_capital(words[k][0]):
            k += 1
        if k == k0 or not looks_person(" ".join(w for w, _, _ in words[k0:k])):
            return None
    if k >= len(words):
        return None
    verb = words[k]
    rest = [w for w, _, _ in words[k + 1 :]]
    if not (verb[0].islower() and verb[0].isalpha() and verb[0].endswith("ed")):
        return None
    if rest and rest[0] not in (".", "!", "?"):
        return None
    return _cue_from_chunk(text, words[k0:k], verb)


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
    if first[:1].isdigit():
        # "9/11 widow Ana Ruiz", "24-year-old student Ana Ruiz": a number, then a name
        return any(_is_capital(w) for w, _, _ in chunk[1:])
    return first[:1].islower() and first.lower() not in _STOP


def _proper_name(phrase: str) -> bool:
    """True for a capitalized name of two or more words ("Democracy for Lakeside", "Lakeside
    Rifle Club"), not a description ("the group's director")."""
    words = phrase.split()
    return (
        len(words) >= 2
        and _is_capital(words[0])
        and _is_capital(words[-1])
        and all(_is_capital(w) or w in ("of", "for", "the", "and", "&") for w in words)
    )


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
    segments = _with_places(text, segments)
    segments = [_without_time(text, s, e) for s, e in segments]
    head = 0
    for idx, (s, e) in enumerate(segments):
        if idx and _proper_name(text[segments[0][0] : segments[0][1]]):
            break  # "Democracy for Lakeside, the group founded by Ann Lee, said": the group
        if looks_person(strip_title(text[s:e])[1]) or _after_description(text[s:e]):
            # ("said board member Ann Lee, a Republican who...": she, not "a Republican")
            head = idx
            break
    ms, me = segments[head]
    appos = tuple(seg for idx, seg in enumerate(segments) if idx != head)
    vs, ve = (verb[1], verb[2]) if verb else (me, me)
    return _Cue(verb[0] if verb else None, vs, ve, ms, me, appos, after=True)


def _with_places(text: str, segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join "the Riverside", "Ore.", "chapter of X" into one segment: a city and its state
    abbreviation inside a phrase that goes on are one noun phrase, not three appositions."""
    out = list(segments)
    i = 1
    while i + 1 < len(out):
        state = text[out[i][0] : out[i][1]].rstrip(".").lower()
        after = text[out[i + 1][0] : out[i + 1][1]]
        if state in mapping("us_states") and after[:1].islower() and not after.startswith(_APPOSED):
            out[i - 1 : i + 2] = [(out[i - 1][0], out[i + 1][1])]
            continue
        i += 1
    return out


_APPOSED = ("a ", "an ", "the ", "who ", "which ")
"""How an apposition after a place opens ("Riverside, Ore., a city of 9,000"): not joined."""


# Words that open a time or place phrase after a name ("President Ann Lee on Saturday").
_TIME_OPENERS = frozenset(
    "on at in during after before last this earlier late early yesterday today tonight".split()
)


def _without_time(text: str, start: int, end: int) -> tuple[int, int]:
    """A speaker phrase without the time or place phrase after the name: "Ann Lee on Saturday"
    is Ann Lee; "Ann Lee of Ohio" keeps "of Ohio" (where she is from)."""
    for m in re.finditer(r"\s+(\w+)", text[start:end]):
        if m.group(1) in _TIME_OPENERS:
            cut = start + m.start()
            if looks_person(strip_title(text[start:cut])[1]):
                return start, cut
            break
    return start, end


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
    nickname = False
    for at, w in enumerate(words[k:], k):
        if w[0] in ('"', "“", "”"):
            nickname = not nickname  # Ann "Annie" Lee: the nickname is left out
            continue
        if nickname:
            continue
        # "said state Sen. Ann Lee", "said charge nurse Ann Lee": the word opening the speaker
        # phrase, or "state" before a title, is a noun, not a speech verb
        state_title = w[0] == "state" and at + 1 < len(words) and _is_capital(words[at + 1][0])
        # ("according to the state news agency": after "the" it is a noun too)
        after_determiner = bool(chunk) and chunk[-1][0].lower() in _DETERMINERS
        noun = state_title or (at == k and verb is not None) or after_determiner
        if w[0] in (".", "!", "?", ";", ":", "—", "–", "(", ")") or (
            w[0][:1].islower() and w[0].lower() in SPEECH_VERBS and not noun
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


def _after_last_mark(text: str, start: int, end: int, *, past_words: bool = False) -> int:
    """Return the offset just after the last closing or straight quotation mark in
    text[start:end], else `start`. With `past_words`, a single word in marks a few words
    before `end` is passed over ("as Lee said, Reyes showed “passion” and that he showed “a
    great concern for…”"): a borrowed term, after which the attribution before it still
    governs the quote."""
    found = [m.end() for m in _CLOSING_MARK.finditer(text, start, end)] if end > start else []
    skipped_to = end
    for at in reversed(found):
        if at > skipped_to:
            continue  # the opening straight mark of a word skipped below
        word = (
            _WORD_IN_MARKS.search(text, max(start, at - WORD_IN_MARKS_CHARS), at)
            if past_words
            else None
        )
        gap = text[at:skipped_to]
        if word is None or len(gap.split()) > WORD_GAP or re.search(r"[:;—–]", gap):
            return at
        skipped_to = word.start()
    return start


_CLOSING_MARK = re.compile(r"[\"”»]")
_WORD_IN_MARKS = re.compile(r"(?<![\w\"“”])[\"“]\w[\w’'-]*[,.]?[\"”]$")
WORD_IN_MARKS_CHARS = 40
"""How far back a closing mark's single quoted word may start."""
WORD_GAP = 6
"""At most this many words between a single quoted word passed over and what follows it."""
PAST_WORDS_QUOTE = 4
"""A quote of at least this many words looks past a single quoted word for its attribution
(a shorter one is a term in marks too: "her “work-related” emails from her “personal
messages”")."""


def _cue_before(text: str, raw: _Raw, plo: int, paras: list[tuple[int, int]]) -> _Cue | None:
    """`X said, "…"`, `X: "…"`, `X said in a statement: "…"`, `according to X, "…"`."""
    end = raw.open_mark
    start = sentence = _sentence_start(text, end, plo)
    # the previous quote in the same sentence is not part of this cue
    quoted = len(text[raw.parts[0][0] : raw.parts[-1][1]].split())
    start = _after_last_mark(text, start, end, past_words=quoted >= PAST_WORDS_QUOTE)
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
                start = _after_last_mark(text, start, phi2)
                end = len(text[:phi2].rstrip())
                pre = text[start:end]
    stripped = pre.rstrip()
    before_semicolon = stripped[:-1].split()
    if stripped.endswith(";") and before_semicolon and before_semicolon[-1].lower() in SPEECH_VERBS:
        stripped = stripped[:-1] + ":"  # "he said; “…”": a slip for the colon
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
            if k + 1 < len(words) and words[k + 1][0].lower() == "by":
                continue  # "the talks described by the White House": a passive, no cue
            verb_k = k
            break
    if verb_k is None:
        if raw.partial or stripped[-1] != ":":
            return None
        return _subject_cue(text, words, None)
    verb = words[verb_k]
    if (
        verb_k == 0
        and verb[0][:1].isupper()
        and len(words) > 1
        and _is_capital(words[1][0])
        # ("Asked Tuesday whether..., the lawmaker grinned:": the subject after the comma)
        and verb[0].lower() != "asked"
    ):
        # "Said Ann Lee: “…”": the verb opens the sentence, the speaker follows it
        inverted = _mention_forward(text, words, 1, verb, start)
        if inverted is not None:
            return inverted
    later = start > sentence
    # `Lee said, "…," and predicted, "…"`: a verb joined to the clause of an earlier quote
    joined = later and all(
        w.lower() in ("and", "but", ",") or is_adverb(w) for w, _, _ in words[:verb_k]
    )
    if (verb[0].lower().endswith("ing") or joined) and verb[0][:1].islower():
        # "Lee issued a statement calling it “…”", "…, and saying, “…”" after an earlier
        # quote of the same sentence: the one who issued or said it speaks
        # ("The Weekly quoted Lee saying": Lee, the one quoted, is left to the rules below)
        whole = _unquoted_words(text, sentence, verb[2]) if later else words
        at = next((i for i, w in enumerate(whole) if w[1] == verb[1]), None)
        if at is not None and not _person_before(text, whole, at):
            said = _earlier_speaker(text, whole, at, issued_only=not later)
            if said is not None:
                return said
    # NP right before the verb: "Smith said:", "the announcer said,"
    k = verb_k
    # "Lee was quoted as saying": the passive of "quote" keeps the speaker as its subject
    passive = _PASSIVE if verb[0].lower() == "quoted" else frozenset()
    while k > 0 and (
        is_adverb(words[k - 1][0]) or words[k - 1][0].lower() in _AUXILIARIES | passive
    ):
        k -= 1
    mention = _np_backward(words, k)
    if mention is None and k >= 2 and words[k - 1][0] == "," and not verb[0].endswith("ing"):
        # "X, at a later press gaggle, said," / "X, who runs the effort, said,": the nearest
        # phrase before a comma, or further back the person ("Sen. Ann Lee, R-Texas, who …,")
        # ("Rep. Ann Lee (R-Iowa), said": the blanked aside leaves the name right before)
        mention = _named_before_commas(text, words, k, nearest=True)
    relative = (
        mention is None
        and k >= 2
        and words[k - 1][0].lower() in ("who", "which")
        and words[k - 2][0] == ","
        # the quote follows the verb ("who said it was “…”"), not a clause or two later
        and len(words) - verb_k <= RELATIVE_WORDS
    )
    if relative:
        # "Ann Lee, a councilor from Riverside, who said …", "the Lakeside Anglers Club, a
        # group of fishing crews, which said …": the one the relative clause is about, wherever
        # the sentence put the name ("drew fire from Ann Lee, who said")
        mention = _named_before_commas(text, words, k - 1) or _antecedent(words, k - 2)
    if (
        k >= 3
        and words[k - 1][0].lower() == "and"
        and words[k - 2][0].islower()
        and words[k - 2][0].endswith("ed")
        and words[k - 3][0].lower() in _PRONOUNS
    ):
        # "I laughed and said, “…”", "she paused and added:": the pronoun spoke
        pronoun = words[k - 3]
        return _Cue(verb[0], verb[1], verb[2], pronoun[1], pronoun[2], (), after=False)
    if k > 0 and (
        words[k - 1][0].lower() in ("and", "but")
        or (
            mention is not None
            and not relative
            and mention[0] > 1
            and _PLACE & {words[mention[0] - 1][0].lower(), words[mention[0]][0].lower()}
        )
    ):
        # "She then urges him … and repeatedly says, "…"" (or "but cautioned that …") /
        # "Protesters marching through
        # the streets chanted "…"": the words before the verb are no subject; the sentence's is
        # (after an earlier quote of the same sentence, the sentence's own opening: "Lee
        # stood by it, telling critics it was “no surprise” given her pledges and arguing…",
        # "Lee praised him as “calm,” and said…"; not past a clause with its own subject:
        # "Reyes called her a “disgrace” after she attacked … and blamed …")
        opening = words
        if later:
            whole = _unquoted_words(text, sentence, verb[2])
            if verb[0].lower().endswith("ing") or not any(
                w.lower() in _SUBORDINATORS for w, _, _ in whole
            ):
                opening = whole
        clause = next(
            (
                i
                for i in range(verb_k - 1, 0, -1)
                if words[i][0].lower() in _CLAUSE_OPENERS and words[i - 1][0] == ","
            ),
            None,
        )
        if verb[0].lower().endswith("ing") and clause is not None:
            # "The board certified Molina, as 200 of Prentiss's supporters rallied outside
            # chanting “…”": the participle goes with the clause it ends, whose subject chants
            opening = words[clause + 1 : verb_k + 1]
        subject = _subject_cue(text, opening, verb)
        if subject is not None:
            return subject
        mention = None
    if (
        mention is not None
        and mention[1] - mention[0] == 1
        and words[mention[0]][0].lower() in ("it", "they")
        and mention[0] >= 1
        and _speech_verb_at(words, mention[0] - 1)
    ):
        # "The Weather Service said it had confirmed “a tornado”": "it" is the body that
        # said so, the subject of the speech verb before it
        said = _subject_cue(text, words[: mention[0] - 1], words[mention[0] - 1])
        if said is not None:
            return said
    if mention is not None:
        ms, me = mention
        appos: list[tuple[int, int]] = []
        head = (words[ms][1], words[me - 1][2])
        if ms >= 2 and words[ms - 1][0].lower() in ("of", "with", "at", "for", "from"):
            owner = _np_backward(words, ms - 1)
            if owner is not None:
                os_, oe = owner
                # "Lead author Dr. Ann Lee of the Halstead Institute said": a description in
                # lower case, then the person, then where she works
                os_ = _described_person(text, words, os_, oe)
                owner_span = (words[os_][1], words[oe - 1][2])
                if looks_person(strip_title(text[owner_span[0] : owner_span[1]])[1]):
                    appos_span = (words[ms - 1][1], head[1])
                    return _Cue(verb[0], verb[1], verb[2], owner_span[0], owner_span[1],
                                (appos_span,), after=False)  # fmt: skip
        # "X, ROLE, said" / "ROLE, X, said": the segment before a trailing comma pair
        if ms >= 2 and words[ms - 1][0] == ",":
            prev_np = _np_backward(words, ms - 1)
            if prev_np is not None:
                ps, pe = prev_np
                prev_span = (words[ps][1], words[pe - 1][2])
                name_now = looks_person(strip_title(text[head[0] : head[1]])[1])
                name_prev = looks_person(strip_title(text[prev_span[0] : prev_span[1]])[1])
                # ("Later, her husband said": an opening adverb of time is no one)
                opener = {w.lower() for w, _, _ in words[ps:pe]} & (_INTRO | _TIME_WORDS)
                if name_prev and not name_now and not opener:
                    appos.append(head)
                    head = prev_span
                elif name_now and not name_prev and ps == 0:
                    appos.append(prev_span)
        return _Cue(verb[0], verb[1], verb[2], head[0], head[1], tuple(appos), after=False)
    if k > 0 and words[k - 1][0].lower() in ("that", "which"):
        # "the part of the code that says: “…”": the words quoted are the thing's, not
        # those of the sentence's subject ("Critics say …")
        owner = _np_backward(words, k - 1)
        if owner is None or not looks_person(
            strip_title(text[words[owner[0]][1] : words[owner[1] - 1][2]])[1]
        ):
            return None
    if verb[0].lower().endswith("ing"):
        # "Lee said Monday, calling the vote a “turning point”": the one who said it calls it so
        said = _earlier_speaker(text, words, verb_k)
        if said is not None:
            return said
    if verb[0].lower().endswith("ing") or verb_k == 0 or stripped[-1] == ":":
        return _subject_cue(text, words, verb)
    return None


# "Lee issued a statement saying …", "sent her a letter calling …": the participle after the
# text is what its author says
_ISSUED = frozenset(ISSUING_VERBS)


def _unquoted_words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The words of text[start:end] outside its quotations (`_words`, offsets into text)."""
    blank = outside_quotes(text[start:end])
    return [(w, s + start, e + start) for w, s, e in _words(blank, 0, len(blank))]


def _person_before(text: str, words: list[tuple[str, int, int]], k: int) -> bool:
    """True when a person's name, no comma between, stands right before words[k] ("Lee,
    calling it …" has a comma: False; "protesters chanting": False)."""
    found = _np_backward(words, k)
    if found is None:
        return False
    return looks_person(strip_title(text[words[found[0]][1] : words[found[1] - 1][2]])[1])


def _earlier_speaker(
    text: str, words: list[tuple[str, int, int]], verb_k: int, *, issued_only: bool = False
) -> _Cue | None:
    """The speaker of a finite speech verb before a participle in the same clause chain
    ("Lee said Monday, dubbing …", "said Ann Lee, calling …"), or the author of a text put out
    ("Ann Lee, the group's director, issued a statement calling …"; with `issued_only`, that
    author alone): a named person."""
    for kk in range(verb_k - 1, -1, -1):
        word = words[kk][0]
        if word in (".", ";", ":", "!", "?"):
            return None
        issued = word.lower() in _ISSUED
        speech = not issued_only and _speech_verb_at(words, kk)
        if word.lower().endswith("ing") or not (issued or speech):
            continue
        k = _before_time(words, kk)
        while k > 0 and (is_adverb(words[k - 1][0]) or words[k - 1][0].lower() in _AUXILIARIES):
            k -= 1
        before = _np_backward(words, k)
        if before is None:
            before = _named_before_commas(text, words, k)
        if before is not None and before[0] >= 2 and words[before[0] - 1][0].lower() == "and":
            first = _np_backward(words, before[0] - 1)
            if first is not None and looks_person(
                strip_title(text[words[first[0]][1] : words[first[1] - 1][2]])[1]
            ):
                before = (first[0], before[1])  # "Ann Lee and Tom Reyes released …": both
        spans = [before] if before is not None else []
        after = _np_backward(
            words, next((i for i in range(kk + 1, verb_k) if words[i][0] == ","), kk + 1)
        )
        if after is not None and after[0] == kk + 1:
            spans.append(after)  # inverted: "said Ann Lee, calling …"
        for ms, me in spans:
            if ms > 0 and words[ms - 1][0].lower() in ("of", "for", "to", "by", "with"):
                continue  # "A top ally of President Lee defended …": not Lee
            span = (words[ms][1], words[me - 1][2])
            if looks_person(strip_title(text[span[0] : span[1]])[1]):
                verb = words[verb_k]
                return _Cue(verb[0], verb[1], verb[2], span[0], span[1], (), after=False)
        return None
    return None


def _after_description(phrase: str) -> bool:
    """Return True when a phrase is a description in lower case, then a person's name
    ("board member Ann Lee", "Lead author Dr. Ann Lee"; see `_described_person`)."""
    words = _words(phrase, 0, len(phrase))
    return bool(words) and _described_person(phrase, words, 0, len(words)) > 0


def _described_person(text: str, words: list[tuple[str, int, int]], start: int, end: int) -> int:
    """Return the index in words[start:end] where a person's name begins after a description
    in lower case ("Lead author Dr. Ann Lee", "senior fellow Tom Reyes" -> the title or first
    name), else `start` (the phrase is a name, or no name follows a description)."""
    if looks_person(strip_title(text[words[start][1] : words[end - 1][2]])[1]):
        return start
    for cut in range(start + 1, end - 1):
        before = words[cut - 1][0]
        if before.lower() in _JOINING or not before[:1].islower():
            # "director of the Bayfield Volcano Observatory": a body, no person; the name
            # follows the description's last word ("board member Ann Lee")
            continue
        if any(w[:1].islower() for w, _, _ in words[start:cut]) and _titled_or_first(
            text[words[cut][1] : words[end - 1][2]]
        ):
            return cut
    return start


def _titled_or_first(phrase: str) -> bool:
    """Return True for a person's name with a title or a first name the name lists know ("Dr.
    Ann Lee", "Shirin Abbasi-Holm"), not a body's name that looks like one ("Clean Air
    Marren")."""
    role, name, _ = strip_title(phrase)
    first = name.split()[0] if name.split() else ""
    return looks_person(name) and bool(role or first.lower() in HONORIFICS or is_first_name(first))


_JOINING = frozenset("of the for at with from and to in on by".split())
"""Words a name after which is a body's or a place's ("director of the X Observatory")."""


def _before_time(words: list[tuple[str, int, int]], k: int) -> int:
    """The index before a time phrase that ends right before words[k] ("Ann Lee on Friday
    defended …", "Lee late Tuesday said"), else `k`."""
    j = k
    while j > 0 and (
        words[j - 1][0].lower() in _TIME_WORDS
        or words[j - 1][0].lower() in WEEKDAYS
        or (words[j - 1][0][:1].isdigit() and j >= 2 and words[j - 2][0].lower() in MONTHS)
    ):
        j -= 1
        if j > 0 and words[j - 1][0].lower() in MONTHS:
            j -= 1
    if j == k:
        return k
    while j > 0 and words[j - 1][0].lower() in ("on", "late", "early", "last", "this", "earlier"):
        j -= 1
    return j


_PARTY_TAG = re.compile(r"[RDI]-[A-Z]")
RELATIVE_WORDS = 8
"""At most this many words (the verb included) between a relative clause's speech verb and
the quote it introduces ("which said it was “…”")."""


def _antecedent(words: list[tuple[str, int, int]], comma: int) -> tuple[int, int] | None:
    """The name a relative clause after words[comma] is about: the capitalised run right
    before the comma ("met Ann Lee, who"), or, when that comma closes a description set off by
    commas ("Ann Lee, a councilor from Riverside, who"), the run before that description."""
    before = next((j for j in range(comma - 1, -1, -1) if words[j][0] == ","), None)
    if before is not None:
        first = words[before + 1][0]
        if first.lower() in ("a", "an", "the") or first[:1].islower() or _PARTY_TAG.match(first):
            comma = before  # "a councilor from Riverside", "R-Texas": a description
    j = comma
    while j > 0 and (
        _is_capital(words[j - 1][0])
        or (
            words[j - 1][0].lower() in ("of", "for", "and", "the")
            and j - 2 >= 0
            and _is_capital(words[j - 2][0])
        )
    ):
        j -= 1
    if j == comma or not _is_capital(words[j][0]):
        return None
    if j > 0 and words[j - 1][0].lower() == "the":
        j -= 1
    return j, comma


def _named_before_commas(
    text: str, words: list[tuple[str, int, int]], k: int, *, nearest: bool = False
) -> tuple[int, int] | None:
    """The person named before the appositions that end right before words[k] ("Sen. Ann Lee,
    R-Texas, who …, said", "Ann Lee, the group's director, issued"): the first titled or full
    name opening a comma-separated segment; else, if `nearest`, the phrase before the last
    comma but one ("X, at a later press gaggle, said"). ("Rep. Ann Lee (R-Iowa), said": the
    blanked aside leaves the name right before.)"""
    if k < 2 or words[k - 1][0] != ",":
        return None
    fallback = None
    for j in range(k - 1, max(0, k - 25), -1):
        if words[j][0] != ",":
            continue
        found = _np_backward(words, j)
        if found is None or _PARTY_TAG.match(words[found[0]][0]):
            continue  # ("R-Clear Fork": her party and district, no one's name)
        # "X, the group founded by Ann Lee, said": a name ending a description is not the one
        # the description is about
        opens = found[0] == 0 or words[found[0] - 1][0] in (",", "(", "—", "–", "and")
        described = _described_person(text, words, found[0], found[1])
        if described > found[0] and found[0] > 0 and words[found[0] - 1][0] == ",":
            # "His opponent, former board president Ann Lee, called": the person after her
            # description, set off by commas
            found = (described, found[1])
        role, name, _ = strip_title(text[words[found[0]][1] : words[found[1] - 1][2]])
        # "the report, by city counsel Ann Lee, concluded": the author set off by commas
        opens = opens or (
            found[0] >= 2 and words[found[0] - 1][0] == "by" and words[found[0] - 2][0] == ","
        )
        if looks_person(name) and (role or len(name.split()) > 1) and opens:
            return found
        if fallback is None and j < k - 1:
            fallback = found
    return fallback if nearest else None


# "Lee had called it", "Lee has said": the auxiliary sits between the speaker and the verb.
_AUXILIARIES = frozenset("had has have would will could did does".split())
_PASSIVE = frozenset("was were is are been being be".split())


# Prepositions of place and time: the noun phrase after one is never the speaker.
_PLACE = frozenset(
    "through across in into on onto at near outside inside from over under along around "
    "during after before since".split()
)


_OFFICE_HEADS = frozenset(
    "secretary minister director chairman chairwoman chair president governor commissioner "
    "chief head speaker attorney".split()
)
"""Title words an office name follows with "of" ("Secretary of State", "Minister of Finance")."""


def _np_backward(words: list[tuple[str, int, int]], k: int) -> tuple[int, int] | None:
    """Index range of the noun phrase ending just before words[k]."""
    j = k
    while j > 0:
        w = words[j - 1][0]
        lw = w.lower()
        if (
            lw == "for"
            and j >= 2
            and _is_capital(words[j][0])
            and _is_capital(words[j - 2][0])
            and words[j - 2][0].lower() not in TITLES
        ):
            j -= 1  # "Democracy for Lakeside", "Americans for Prosperity": one name
            continue
        if (
            lw == "of"
            and j >= 2
            and _is_capital(words[j][0])
            and (words[j - 2][0].lower() in _OFFICE_HEADS or _is_capital(words[j - 2][0]))
        ):
            # "Secretary of State Ann Lee", "the University of Lakeside": one title, one name
            # ("Rep. Ann Lee of Ohio" is split into the person and her state later)
            j -= 1
            continue
        if (
            lw == "the"
            and j >= 3
            and words[j - 2][0].lower() == "of"
            and words[j - 3][0].lower() in _OFFICE_HEADS
        ):
            j -= 2  # "Secretary of the Interior Ann Lee"
            continue
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


# Words that open an introductory phrase ("Once in my 20s, …", "Later that day, …").
_INTRO = frozenset(
    "speaking asked once later earlier meanwhile now then today yesterday instead afterward "
    "afterwards appearing".split()
) | frozenset(w for w in SPEECH_VERBS if w.endswith("ing"))  # "Writing on Twitter, he…"


_TIME_WORDS = frozenset(
    """earlier later ago hour hours day days week weeks month months year years morning
    afternoon evening night weekend minutes moments yesterday today tonight""".split()
)


def _opening_phrase(words: list[tuple[str, int, int]]) -> bool:
    """Return True when the sentence opens on a function word and a short phrase of common
    words before a comma ("However, Ann Lee's brief said", "Down in the polls, Gov. Ann Lee
    is"): the subject comes after the comma."""
    first = words[0][0].lower() if words else ""
    if first not in STOPWORDS or first in _PRONOUNS or first in _DETERMINERS:
        return False  # "He said, adding…", "The mayor said, …": the subject itself
    for w, _, _ in words[1:7]:
        if w == ",":
            return True
        if _is_capital(w) or w.lower() in SPEECH_VERBS:
            return False
    return False


def _time_phrase(words: list[tuple[str, int, int]]) -> bool:
    """Return True when the sentence opens on a short time phrase and a comma ("Several hours
    earlier, a senior official said"): the subject comes after it."""
    for idx, (w, _, _) in enumerate(words[:6]):
        if w == ",":
            opening = {x.lower() for x, _, _ in words[:idx]}
            return bool(opening & (_TIME_WORDS | set(WEEKDAYS) | set(MONTHS)))
    return False


SUBJECT_HEAD_WORDS = 8
"""A sentence subject read as the speaker runs at most this many words ("Fellow Democratic
Sen. Ann Lee of Ohio")."""


def _subject_cue(
    text: str, words: list[tuple[str, int, int]], verb: tuple[str, int, int] | None
) -> _Cue | None:
    """The sentence subject (with its appositions) as the speaker: `X, ROLE, echoed this: "…"`."""
    k = 0
    # skip a dateline ("SPRINGFIELD, Ohio — ") and an introductory phrase ("In a statement, ")
    opening = [w for w, _, _ in words[:8]]
    if opening and opening[0].isupper() and len(opening[0]) > 1:
        for idx, w in enumerate(opening):
            if w in ("—", "–", "--") and idx + 1 < len(words):
                words = words[idx + 1 :]
                break
    intro = words[0][0].lower() in _STOP | _INTRO or _time_phrase(words) or _opening_phrase(words)
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
        after_of = j > k and words[j - 1][0].lower() in ("of", "the")
        if (
            not _is_capital(w)
            and not after_of  # "the secretary of state said": a noun after "of"
            and (lw in SPEECH_VERBS or lw.endswith("ed") or lw.endswith("s"))
        ):
            if j > k and not (lw.endswith("s") and not lw.endswith("ed") and j - k <= 1):
                break
        j += 1
        if j - k >= SUBJECT_HEAD_WORDS:
            break
    while j - 1 > k and words[j - 1][0].lower() in ("of", "for", "the"):
        j -= 1  # "Sen. Ann Lee of" cut short: the name, not a dangling "of"
    if (
        j < len(words)
        and words[j - 1][0].lower() in ("close", "familiar")
        and words[j][0].lower() in ("to", "with")
    ):
        # "A person close to the congresswoman was more direct:": who the source is near
        end = j + 1
        while end < len(words) and end - j <= 5 and words[end][0] not in (",", ":", ".", ";"):
            if words[end][0].lower() in _PASSIVE | SPEECH_VERBS:
                break
            end += 1
        if end > j + 1:
            j = end
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
    if (
        appos
        and not looks_person(strip_title(text[head[0] : head[1]])[1])
        # ("said board member Ann Lee, a Republican who...": the person after her description)
        and _described_person(text, words, k, j) == k
    ):
        # "Her neighbor, Daniel Ruiz, disagreed: “…”": the name set off by commas is the
        # speaker, the description before it their role
        name = appos[0]
        phrase = text[name[0] : name[1]]
        if (looks_person(strip_title(phrase)[1]) and _proper_name(phrase)) or _after_description(
            phrase
        ):
            # ("His opponent, former board president Ann Lee, called it": she, described)
            head, appos = name, [head, *appos[1:]]
    vs, ve = (verb[1], verb[2]) if verb else (head[1], head[1])
    return _Cue(verb[0] if verb else None, vs, ve, head[0], head[1], tuple(appos), after=False)
