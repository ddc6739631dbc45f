"""Party camps: which US party the story's support side belongs to, read from what the writers
say about the parties as groups ("Democrats rejected the plan", "Republican lawmakers praised the
president", "his Democratic critics"), and the lean that puts a speaker of a known party into
that camp when nothing more direct places them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence

from briefing.stages.quotes.camps import AGENT_NOUNS, Camps, party_of
from briefing.stages.quotes.merge import QuoteSource, _Group
from briefing.text.names import ORG_WORDS, looks_person

log = logging.getLogger(__name__)

# A party named as a group: "Democrats", "House Republicans", "top Democratic lawmakers".
_GROUP = re.compile(
    r"\b(?:(?:House|Senate|congressional|top|leading|fellow|many|several|most|all)\s+)*"
    r"(Democrats|Republicans|Dems|(Democratic|Republican|GOP)\s+(?:lawmakers|leaders|senators|"
    r"members|legislators|colleagues|congressmen|representatives|officials|aides|critics|"
    r"opponents|adversaries|rivals|foes|supporters|allies))\b"
)
_GROUP_PARTY = {"democrats": "D", "dems": "D", "republicans": "R", "democratic": "D"}
_GROUP_PARTY.update({"republican": "R", "gop": "R"})
# The group's own head noun says its camp toward the actor: "his Democratic critics".
_CAMP_HEADS = {
    "critics": -1,
    "opponents": -1,
    "adversaries": -1,
    "rivals": -1,
    "foes": -1,
    "supporters": 1,
    "allies": 1,
}
# Net votes (one per sentence) before the writers' words about the parties make a party camp.
MIN_CAMP_VOTES = 2
# Evidence weight of being in the party of the actor's camp, and how many placed speakers it
# takes to read the camps as party camps from the speakers alone (see `party_lean`).
PARTY_WEIGHT = 1.5
MIN_PARTY_VOTES = 2
PRINCIPAL_PARTY_VOTES = 2
# A group needs this much total evidence to be placed; below it, it takes no side. One frame,
# one party tie, or a clear tone toward the actor in the quote's own words (VADER 0.4 and up,
# times TOWARD_WEIGHT) is enough; a faint tone is not.
STANCE_THRESHOLD = 0.8

SideOf = Callable[[str, Sequence[str]], "tuple[str, str, int] | None"]


_WORKS_FOR = re.compile(
    rf"(?:[Ff]ormer\s+)?(?P<principal>(?:[A-Z][\w’'-]+\s+){{1,2}})(?:campaign\b|{AGENT_NOUNS})"
)
"""A role that names the person it works for first ("Lee campaign manager", "Lee aide")."""

_AGENT_ROLE = re.compile(rf"\b(?:campaign|{AGENT_NOUNS})\b", re.I)
"""A role held for someone else: its organization may be the person served."""

_SERVES = re.compile(
    rf"\b(?:{AGENT_NOUNS})\s+(?:to|for)\s+(?:Mr\.\s+|Ms\.\s+|Mrs\.\s+)?"
    r"(?P<principal>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)
"""A role that names the person it works for after it ("a top adviser to Mitt Romney")."""


def _principal_party(group: _Group, texts: Sequence[str]) -> str:
    """The party of the person a speaker works for, when the articles give the speaker none of
    their own: "Romney adviser Tom Reyes" is of Romney's party, as are "Tom Reyes, a spokesman
    for Mr. Romney" (organization "Romney") and "Tom Reyes, a top adviser to Mitt Romney"."""
    role = group.role or ""
    working = _WORKS_FOR.match(role)
    principal = working.group("principal").strip() if working else ""
    org = group.organization or ""
    # the organization is whom they work for only in an agent's role ("Obama" for a campaign
    # press secretary, not "Delaware" for its governor)
    agent = _AGENT_ROLE.search(role)
    if not principal and agent and org and org != group.speaker and looks_person(org):
        principal = org
    served = _SERVES.search(role)
    if not principal and served and looks_person(served.group("principal")):
        principal = served.group("principal")  # "a top adviser to Mitt Romney"
    if not principal or principal.split()[-1].lower() in ORG_WORDS:
        return ""
    party = party_of(principal, texts)
    if party:
        group.evidence.append(f"works for {principal} (party {party})")
    return party


def speaker_party(group: _Group, texts: Sequence[str]) -> str:
    """A named speaker's party: their own ("Republican Sen. Ann Lee"), else that of the person
    they work for (see `_principal_party`)."""
    return party_of(group.speaker or "", texts) or _principal_party(group, texts)


def _party(group: str) -> str:
    low = group.lower().split()
    return next((_GROUP_PARTY[w] for w in low if w in _GROUP_PARTY), "")


def party_camp(
    sentences: Sequence[tuple[QuoteSource, str, str]],
    camps: Camps,
    side_of: SideOf,
    aimed_at: Callable[[str, int, Camps], int],
    topic: Sequence[str],
) -> str:
    """The party ("D", "R") the writers put on the actor's side, from sentences on the story's
    topic that give a party, as a group, a stance; "" when they do not agree."""
    votes = {"D": 0, "R": 0}
    for _, sent, low in sentences:
        if '"' in sent or "“" in sent:
            continue
        if not any(re.search(rf"\b{re.escape(k)}\b", low) for k in topic if k):
            continue
        seen: set[str] = set()
        for m in _GROUP.finditer(sent):
            party = _party(m.group(1))
            if not party or party in seen:
                continue
            head = m.group(1).split()[-1].lower()
            sign = _CAMP_HEADS.get(head, 0)
            if not sign:
                hit = side_of(sent, [m.group(1)])
                if hit is None:
                    continue
                sign = 1 if hit[0] == "support" else -1
                if aimed_at(low, hit[2], camps) < 0:
                    sign = -sign  # "Democrats criticized the target": for the actor
            seen.add(party)
            other = {"D": "R", "R": "D"}[party]
            votes[party if sign > 0 else other] += 1
    d, r = votes["D"], votes["R"]
    if abs(d - r) < MIN_CAMP_VOTES:
        return ""
    log.debug("party camp from the writers' words: D %d, R %d", d, r)
    return "D" if d > r else "R"


def lead_in_party(lead: str) -> str:
    """The party of the group a lead-in sentence opens on ("Democrats were having none of it.",
    "Republican leaders reacted angrily."): the party of the member the writer quotes next."""
    found = _GROUP.match(re.sub(r"^(?:But|And|Meanwhile|Still),?\s+", "", lead.strip()))
    return _party(found.group(1)) if found else ""


def party_lean(
    groups: list[_Group],
    texts: Sequence[str],
    principals: set[int],
    lead_party: Callable[[_Group], str] | None = None,
) -> None:
    """When the actor's party is unknown, read it from the placed speakers (the support side's
    party, or the opposite of the oppose side's) and lean the unplaced speakers of a known
    party to that camp, as the placement does when the actor's party is known. A speaker with
    no party of their own has that of the party group a lead-in before their quote names
    (`lead_party`)."""
    parties: dict[int, str] = {}
    votes: dict[str, set[str]] = {"D": set(), "R": set()}
    # the story's principals (actor, target) weigh as two speakers: their camp is their party's
    weight = {gi: PRINCIPAL_PARTY_VOTES if gi in principals else 1 for gi in range(len(groups))}
    for gi, group in enumerate(groups):
        if not (group.named and group.speaker):
            continue
        party = speaker_party(group, texts) or (lead_party(group) if lead_party else "")
        if not party:
            continue
        parties[gi] = party
        camp = party if group.stance == "support" else {"D": "R", "R": "D"}[party]
        if group.stance in ("support", "oppose"):
            votes[camp].update(f"{group.speaker.lower()}#{i}" for i in range(weight[gi]))
    # a party-line story only: several placed speakers, none crossing the line
    d, r = len(votes["D"]), len(votes["R"])
    if min(d, r) > 0 or max(d, r) < MIN_PARTY_VOTES:
        return
    camp = "D" if d > r else "R"
    for gi, party in parties.items():
        group = groups[gi]
        if group.stance != "neutral" or abs(group.score) >= PARTY_WEIGHT:
            continue
        score = group.score + (PARTY_WEIGHT if party == camp else -PARTY_WEIGHT)
        if abs(score) >= STANCE_THRESHOLD:
            group.stance = "support" if score > 0 else "oppose"
            group.score = score
            group.evidence.append(f"party {party}; placed speakers make {camp} the actor’s camp")
