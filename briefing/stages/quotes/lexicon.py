"""Word lists the quotes stage uses (general English news usage)."""

from __future__ import annotations

import logging
import re

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

# verbs that introduce a full quote with no comma: `He said "We will win."`
_BARE_CUES = frozenset("said says say asked asks added adds wrote writes tweeted declared".split())
_MIN_WORDS_BRIEF = 8
_MAX_WORDS_BRIEF = 60
