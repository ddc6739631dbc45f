"""The one person/organization name matcher: titles, honorifics, particles, same person, orgs.

Every stage that asks "is this a person's name?", "are these two forms one person?" or "are
these one organization?" calls this module. Word lists are package data (briefing/data/).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from briefing.text.wordlists import lines, mapping, words

_DETERMINERS = frozenset("the a an his her their its our this that these those one another".split())
_STOP = frozenset(
    "in on at to for from with by of about after before during as when while and but or nor "
    "that which who whom whose where because if though although since until than so yet not "
    "is was are were be been being has have had do does did will would can could should may "
    "might must also just only even still there here what how why".split()
)


TITLES = mapping("titles")


PARTICLES = words("name_particles")


HONORIFICS = words("honorifics")


ORG_WORDS = words("org_words")
COMPANY_WORDS = words("company_words")
"""The last words of a business's name ("Nutrition", "Pharmacy"): see data/company_words.txt."""
BUSINESS_HEADS = COMPANY_WORDS | frozenset(
    "company corp corp. corporation inc inc. airlines motors".split()
)
"""The words that end a business's name, which takes no article ("Hartline Outdoors"): its kind
(`COMPANY_WORDS`) or its legal form."""
WHERE_FROM = re.compile(r"-(?:based|born|area|owned|run|led)$")
"""A capitalised word that says where someone is from or who runs it ("Springfield-based",
"Harwick-based", "state-run"): no name."""
_NAME_OPENERS = frozenset("new north south east west old great upper lower".split())


def opens_name(words: Sequence[str]) -> bool:
    """Return whether a capitalised common word opens the name that follows ("New Calder
    Public Service Commission", "North Carolina"), not the sentence ("New rules")."""
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and words[0].lower() in _NAME_OPENERS
        and words[1][:1].isupper()
    )


PLACE_WORDS = words("place_words")


PLACE_OPENERS = words("place_openers")


NAME_WORD = (
    r"(?:(?:Gov|Sen|Rep|Lt|Gen|Dr|Mr|Mrs|Ms|Sec|Col|Sgt|Rev|Atty)\."
    # letters beyond ASCII too: "Gutiérrez", "Léon"
    r"|[A-ZÀ-Þ](?:[^\W\d_]|[’'\-])*[a-zß-ÿ](?:[^\W\d_]|[’'\-])*|[A-Z]\.|[A-Z]{2,}(?:[a-z]+)?)"
)


# A capitalized function word opening a sentence ("But Senator Ann Lee") starts no name.
_PREPOSITIONS = frozenset(
    "under over through across between among against without within into onto upon via like "
    "unlike despite amid toward towards near inside outside beyond "
    "many some most several all both few other such every each".split()  # quantifiers too
)
# ("Will" and "May" are first names too: "Will Hurd", "May Lee")
_NOT_FIRST = "|".join(
    sorted(w.capitalize() for w in (_STOP | _DETERMINERS | _PREPOSITIONS) - {"will", "may"})
)


NAME_SEQ = re.compile(
    # a name never runs over a line break: "…Race\n\nRepresentative Ana" is two things;
    # nor starts inside a word or an abbreviation ("U.S. Internet" holds no "S. Internet")
    rf"(?<![\w.’'])(?!(?:{_NOT_FIRST})\b){NAME_WORD}(?:[ \t\xa0]+"
    rf"(?:{NAME_WORD}|(?:de|van|von|da|del|la|bin|al)\b|Jr\.|Sr\.)){{1,3}}"
    rf"(?:,?[ \t\xa0]+(?:Jr\.|Sr\.|II|III))?"
)


def is_name_word(word: str) -> bool:
    return bool(re.fullmatch(NAME_WORD, word)) or word in ("de", "van", "von", "da", "al", "bin")


def strip_determiners(phrase: str) -> str:
    words = phrase.split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


SUFFIXES = ("Jr", "Sr", "II", "III")
"""Generational suffixes that end a name ("Ann Lee Jr."): a father and his son are two people."""
LEGAL_FORMS = ("Co", "Inc", "Corp", "LLC", "Ltd", "PLC")
"""A company's legal form after its name ("Halvorsen Appliance Co."): it tells the company
apart from nothing, and no person's name ends on it."""


def looks_person(name: str) -> bool:
    """A personal name: capitalized words, none an organization word, not an acronym."""
    words = [w for w in name.replace(",", " ").split() if w.lower() not in HONORIFICS]
    if len(words) > 2 and words[-1].rstrip(".") in SUFFIXES:
        words = words[:-1]  # "Ann Lee Jr."
    if not words or len(words) > 5:
        return False
    # "Security", "News", "Times'": the word itself, not stripped of its own first/last "s"
    if any(re.sub(r"(?:[’']s?|\.)$", "", w.lower()) in ORG_WORDS for w in words):
        return False
    if any(w.lower() in TITLES for w in words):
        return False
    if any(w.lower().rstrip(".,’'") in PLACE_WORDS for w in words):
        return False  # "Veterans War Memorial Building", "Friday": a place or a time
    if len(words) > 1 and words[0].lower() in PLACE_OPENERS:
        return False  # "San Jose", "New Jersey"
    if all(w.isupper() and len(w.rstrip(".")) > 1 for w in words):
        return False  # "ACLU", "MIDWAY ATOLL" (a dateline): capitals, no one's name
    if any(re.search(r"[’']s$", w) for w in words[:-1]):
        return False  # "the ACLU's Lakeside bureau": an owner, then what it owns
    # "Ana de la Cruz", "Ludwig van Beethoven": lowercase particles inside a name
    inner = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w in PARTICLES)]
    return all(is_name_word(w) for w in inner)


# a nationality or a party as an adjective: "Peruvian", "Omani", "Danish", "Democratic"
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i|ch|ic)")


_NAME_JOINERS = frozenset("of for and on the".split())
_RANKS = frozenset(
    "assistant deputy acting associate interim senior principal vice "
    # what the holder directs or whom they lead: "Executive Director", "Political Director",
    # "Press Secretary", "Senate Democratic Leader" (the party's leader, in the Senate)
    "executive political legislative policy communications press managing national finance "
    "field digital legal media democratic republican".split()
)


def _capital(word: str) -> bool:
    return word[:1].isupper()


def is_title(word: str) -> bool:
    """A title word ("Sen.", "Mayor"), or one to be held ("Mayor-elect", "Governor-elect")."""
    low = word.lower()
    return low in TITLES or (low.endswith("-elect") and low[: -len("-elect")] in TITLES)


_GENERAL_OF = frozenset("manager counsel".split())
"""Offices that "General" opens without being a military rank."""


def strip_title(phrase: str) -> tuple[str | None, str, str | None]:
    """(role from a title, the name, organization before the title): "Ohio Gov. Ann X"."""
    words = strip_determiners(phrase).split()
    org_words: list[str] = []
    role_words: list[str] = []
    i = org_at = 0
    # "Ohio Gov. Ann X": capitalized words before a title word are the organization
    for j, w in enumerate(words):
        if is_title(w) and j + 1 < len(words):
            # the capitalised words right before it name the organization ("a call to Lakeside
            # Director Ann X": "Lakeside", not "a call to Lakeside"); lower-case words between
            # them and the title tell the role ("Lakeside budget policy Director")
            start = j
            while start > max(0, j - 2) and not _capital(words[start - 1]):
                start -= 1
            end = start
            while start > 0 and (
                _capital(words[start - 1])
                # "Lakeside Coalition for Parks President": a joining word inside the name
                or words[start - 1] in _NAME_JOINERS
                and start > 1
                and _capital(words[start - 2])
            ):
                start -= 1
            org_words = words[start:end]
            if org_words:
                role_words = words[end:j]
            i = j
            break
    while i < len(words) and (is_title(words[i]) or words[i].lower() in HONORIFICS):
        if (
            words[i].lower() == "general"
            and i + 1 < len(words)
            and words[i + 1].lower() in _GENERAL_OF
        ):
            # "General Manager Ann Reyes", "General Counsel Tom Lee": the office, no general
            role_words.append(f"{words[i]} {words[i + 1]}")
            i += 2
            continue
        if words[i].lower() in TITLES:
            expanded = TITLES[words[i].lower()]
            role_words.append(expanded or words[i])
        elif is_title(words[i]):  # "Mayor-elect"
            role_words.append(words[i])
        i += 1
        # "former Ohio Gov. Ann Lee", "former Peruvian President Ann Lee": a place or a
        # nationality between two titles, then the title the person holds
        between = next(
            (
                k
                for k in range(i + 1, min(i + 3, len(words) - 1))
                if words[k].lower() in TITLES and all(_capital(w) for w in words[i:k])
            ),
            None,
        )
        if between is not None and i < len(words) and words[i].lower() not in TITLES:
            org_words, i, org_at = [*org_words, *words[i:between]], between, len(role_words)
    while org_words and org_words[-1].lower() in _RANKS:
        # "Assistant Attorney General", "Lakeside Deputy Mayor": a rank belongs to the title,
        # so does what the title directs ("Riverside Watch Executive Director", "Political ...")
        role_words.insert(org_at, org_words.pop())
    while org_words and org_words[0].lower() in ("fellow", "rival"):
        org_words.pop(0)  # "Fellow Democratic Sen. Ann Lee": who she is to another, no body
    if len(org_words) == 1 and org_words[0].lower() in ("state", "retired"):
        # "State Sen. Ann Lee", "Retired Lt. Gen. Ann Lee": which senator, what she was
        role_words.insert(org_at, org_words[0].lower())
        org_words = []
    if len(org_words) == 1 and _DEMONYM.fullmatch(org_words[0]):
        # "Peruvian President Ann Lee": a nationality says which president, it is no body
        role_words.insert(org_at, org_words[0])
        org_words = []
    name_words = words[i:]
    if not role_words:
        org_words = []
        name_words = words
    if i >= len(words):
        return None, phrase, None
    role = " ".join(role_words) or None
    org = " ".join(org_words) or None
    return role, " ".join(name_words), org


_DESCRIPTORS = frozenset(
    "republican democrat democratic independent libertarian gop rival fellow neither either "
    "candidate nominee".split()
)


def clean_name(name: str) -> str:
    name = name.strip().rstrip("’'")
    name = re.sub(r"[’']s$", "", name.strip(" ,.")) if name.endswith(("’s", "'s")) else name
    words = [w for w in name.split() if w.lower() not in HONORIFICS]
    while words and (words[0].lower() in _STOP or words[0].lower() in _DETERMINERS):
        words = words[1:]
    # "ACLU CEO Ann Lee": an acronym and a role in capitals before the person's name;
    # "Republican Ann Lee", "Rival Ann Lee": a party or a descriptor, not her first name
    while len(words) > 2 and (
        (words[0].isupper() and len(words[0].rstrip(".")) > 1) or words[0].lower() in _DESCRIPTORS
    ):
        words = words[1:]
    return " ".join(words).strip(" ,")


def _fold(name: str) -> str:
    """`name` without accents ("Raúl" and "Raul" are one spelling) and without "Jr."."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    plain = plain.replace("’", "'")  # "O’Hara" in one outlet, "O'Hara" in another
    return " ".join(w for w in plain.split() if w.rstrip(".,") not in SUFFIXES)


def generation(name: str) -> str:
    """The generational suffix a name ends with ("Jr", "Sr", "II", "III"), else ""."""
    words = name.replace(",", " ").split()
    last = words[-1].rstrip(".") if words else ""
    return last if last in SUFFIXES else ""


def with_suffix_dot(name: str) -> str:
    """ "Ann Lee Jr" -> "Ann Lee Jr.": the sentence's full stop took the suffix's own."""
    return name + "." if generation(name) in ("Jr", "Sr") and not name.endswith(".") else name


def same_person(a: str, b: str) -> bool:
    """Return True for two forms of one name: "Ben Jealous" and "Benjamin Todd Jealous"; a
    father and his son ("Ann Lee" and "Ann Lee Jr.") are two people."""
    if generation(a) != generation(b):
        return False
    wa, wb = _fold(a).split(), _fold(b).split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1].lower() != wb[-1].lower():
        return False
    # "A. Tom Lee" is "Tom Lee": a leading initial before the name the person goes by
    wa, wb = _without_initial(wa), _without_initial(wb)
    fa, fb = wa[0].lower().rstrip("."), wb[0].lower().rstrip(".")
    if fa.startswith(fb) or fb.startswith(fa):
        return True
    if min(len(fa), len(fb)) >= 5 and one_slip(fa, fb):
        # "Vincnet Ruiz" in one outlet is its misspelling of "Vincent Ruiz" ("Maria" and
        # "Mario" are two people)
        sexes = {gender(wa[0], strict=True), gender(wb[0], strict=True)} - {""}
        return len(sexes) < 2
    # "Dick Durbin" and "Richard J. Durbin": one first name in two forms
    return bool(_nickname_families().get(fa, set()) & _nickname_families().get(fb, set()))


def _without_initial(words: list[str]) -> list[str]:
    if len(words) > 2 and re.fullmatch(r"[A-Z]\.", words[0]):
        return words[1:]
    return words


def one_slip(a: str, b: str, *, swaps: bool = True) -> bool:
    """Whether `a` and `b` differ by one typing slip: a letter added, dropped, changed, or (with
    `swaps`) two neighbours swapped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swapped = swaps and a[i + 2 :] == b[i + 2 :] and a[i : i + 2] == b[i : i + 2][::-1]
        return a[i + 1 :] == b[i + 1 :] or swapped
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1 :] == shorter[i:]


@lru_cache(maxsize=1)
def _nickname_families() -> dict[str, set[int]]:
    """Each first-name form with the families (line numbers of data/nicknames.txt) it is in."""
    families: dict[str, set[int]] = {}
    for i, line in enumerate(lines("nicknames")):
        for form in line.lower().split():
            families.setdefault(form, set()).add(i)
    return families


def acronym(name: str) -> str:
    words = [
        w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in ("of", "the", "and", "for")
    ]
    return "".join(w[0] for w in words).upper()


def same_org(a: str, b: str) -> bool:
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
            if acronym(y).startswith(xw[0]) or xw[0] == acronym(y):
                return True
    return False


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'")
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


@lru_cache(maxsize=1)
def _genders() -> object:
    import gender_guesser.detector as detector

    return detector.Detector(case_sensitive=False)


def gender(name: str, strict: bool = False) -> str:
    """'m', 'f' or '' (unknown or either) for a personal name, from its first name; with
    `strict`, only a first name never given to the other sex ("Paul", not "Terry")."""
    first = next((w for w in name.split() if w.lower().rstrip(".") not in HONORIFICS), "")
    if len(first.rstrip(".")) < 2:
        return ""
    if strict and _genders().get_gender(first) not in ("male", "female"):  # type: ignore[attr-defined]
        return ""
    return _first_name_gender(first.lower())


_SEX = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}


@lru_cache(maxsize=4096)
def is_first_name(word: str) -> bool:
    """Return True for a word the first-name lists know ("James", "Hope"), else False."""
    return word[:1].isupper() and _genders().get_gender(word) != "unknown"  # type: ignore[attr-defined]


@lru_cache(maxsize=4096)
def _first_name_gender(first: str) -> str:
    """'m' or 'f' when the name leans one way overall and in the English-speaking lists too;
    '' when they disagree ("Kay", "Jan": mostly men's names in one country, women's in
    another), so that a pronoun is never kept from the person it refers to."""
    detector = _genders()
    overall = _SEX.get(detector.get_gender(first), "")  # type: ignore[attr-defined]
    for country in ("usa", "great_britain"):
        local = _SEX.get(detector.get_gender(first, country), "")  # type: ignore[attr-defined]
        if local and local != overall:
            return ""
    return overall
