"""Readable alone? Flag the BASIL dev briefs' facts that lean on words they do not show.

Run: `.venv/bin/python -m benchmarks.readability [--limit N] [--json] [--verbose] [--check]`.

Annotators read each brief fact without the articles and judge "can I understand this alone?".
This is a reader-side test of the same question, written without the pipeline's own rules
(`briefing.stages.narrative` is never imported): a fact is flagged when, outside quotation
marks, it holds

- a third-person pronoun ("he", "his", "it", "them"...) with no possible referent before it in
  the fact (a capitalised name for a person's pronoun, any noun for "it"/"they");
- a definite description of a thing or person the fact never introduces ("the bill", "the
  offer", "the panel's", "the governor"), unless a phrase after it says which ("the bill that
  would...", "the report by...") or the fact names it earlier;
- a word that needs the sentence before ("also", "again", "the same day", "the latter",
  "this"/"such" + noun, "fired back");
- an opening that is not a sentence's start (a lowercase letter, "Many said...").

The flags are what a careful reader should look at, not a verdict: `--verbose` lists every fact
with its flags so a person can count the readable ones. It also reports how many sentences
could word a fact at all (the candidates a stricter rule drops).
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

from benchmarks.common import Evaluation, build_folder, read_jsonl, run_evaluation, short
from benchmarks.eval_basil import write_event
from briefing.text.tagger import Tagged, tag

READABLE_TARGET = 0.90

_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
PERSON_PRONOUNS = frozenset("he him his himself she her hers herself".split())
THING_PRONOUNS = frozenset("it its itself they them their theirs themselves".split())
POSSESSIVES = frozenset("his her its their".split())
# nouns a reader must be shown before "the ..." means anything: documents, acts, bodies, roles
HEADS = frozenset(
    """bill bills measure legislation law ad ads advertisement report reports story article
    photo photos picture video tweet tweets post posts message messages email emails letter
    memo statement remarks comments comment interview speech announcement decision move offer
    proposal plan plans deal agreement compromise resolution order ruling veto action program
    probe case lawsuit suit vote meeting hearing debate fight feud dispute incident episode
    attack request invitation trip visit materials documents wording subpoenas subpoena
    suspect suspects company firm group organization agency panel committee board magazine
    newspaper outlet governor senator congressman congresswoman mayor candidate lawmaker
    chairman chairwoman secretary judge nominee sheriff spokesman spokeswoman official aide
    effort policy change changes leak allegations claims accusations""".split()
)
SYNONYMS = (
    frozenset("bill measure legislation law act proposal".split()),
    frozenset("report story article".split()),
    frozenset("photo picture image".split()),
    frozenset("remarks comments comment statement".split()),
    frozenset("panel committee".split()),
    frozenset("governor gov.".split()),
    frozenset("senator sen.".split()),
    frozenset("congressman congresswoman rep. representative".split()),
)
# after the head, words that say which one: "the bill that would", "the report by the Times"
_WHICH = frozenset(
    """of that which who whom to on for about by from known called named allowing letting
    requiring banning granting against aimed targeting calling condemning over""".split()
)
# an opening phrase is no referent: "In his current role, McCarthy..." names him after it
_FUNCTION = frozenset("the a an in on at during after before while as when for with by".split())
_NEEDS_BEFORE = re.compile(
    r"\b(?:also|again|the same (?!as\b)[a-z]+|(?:that|the next|the following|the previous) "
    r"(?:day|night|morning|evening|week|month|year)|the latter|the former(?=[,.;]| (?:is|was|"
    r"has|had|said|and|who)\b)|such (?!as\b)[a-z]+|(?:fired|shot|hit) back|said no|in response"
    r"(?! to)|was rebuffed|(?:this|these) (?!(?:week|month|year|morning|afternoon|evening|"
    r"weekend|spring|summer|fall|winter|season|past)\b)[a-z]+)\b",
    re.I,
)
_QUANTIFIERS = frozenset("many some others most several both all each neither none few".split())


def _synonyms(word: str) -> frozenset[str]:
    for group in SYNONYMS:
        if word in group:
            return group
    return frozenset({word})


def _head(tokens: Sequence[Tagged], i: int) -> tuple[int, bool] | None:
    """Return (index, possessive) of the head noun of the phrase opened at `i`, else None."""
    k, last = i, None
    while k < len(tokens) and tokens[k].upos in ("ADJ", "NOUN", "PROPN", "NUM", "PUNCT"):
        if tokens[k].upos == "PUNCT" and tokens[k].text != "-":
            break
        if tokens[k].upos == "PROPN" or tokens[k].text[:1].isupper():
            # "the Russia investigation", "the Senate committee", "the SB 12 bill" (tagged as
            # a noun): named enough
            return None
        if tokens[k].upos == "NOUN":
            last = k
        k += 1
    if last is None:
        return None
    possessive = k < len(tokens) and tokens[k].text in ("'s", "’s", "'", "’")
    return last, possessive


def flags(text: str) -> list[str]:
    """Return what a reader of `text` alone could not resolve (empty: nothing flagged)."""
    bare = _QUOTED.sub(" ", text.replace("[", "").replace("]", "")).strip()
    tokens = tag(bare)
    out: list[str] = []
    if bare[:1].islower():
        out.append("opening: lowercase")
    if len(tokens) > 1 and tokens[0].text.lower() in _QUANTIFIERS and tokens[1].upos == "VERB":
        out.append(f"opening: {tokens[0].text}")
    for i, t in enumerate(tokens):
        low = t.text.lower()
        earlier = tokens[:i]
        if t.upos == "PRON" and low in PERSON_PRONOUNS:
            named = any(
                e.text[:1].isupper()
                and e.upos in ("PROPN", "NOUN")
                and e.text.lower() not in _FUNCTION
                for e in earlier
            )
            # "In his current role as whip, McCarthy's job...": the name right after the phrase
            comma = next((k for k in range(i, len(tokens)) if tokens[k].text == ","), None)
            after = comma is not None and comma + 1 < len(tokens)
            if not named and not (after and comma and tokens[comma + 1].upos == "PROPN"):
                out.append(f"pronoun: {low}")
        elif t.upos == "PRON" and low in THING_PRONOUNS:
            following = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
            if low == "it" and following in ("is", "was", "'s", "’s", "has", "would", "will"):
                continue  # "it is unclear whether": no referent needed
            if not any(e.upos == "NOUN" for e in earlier):
                out.append(f"pronoun: {low}")
        if low == "the" or (t.upos == "PRON" and low in POSSESSIVES):
            found = _head(tokens, i + 1)
            if found is None:
                continue
            k, possessive = found
            head = tokens[k].text.lower()
            if head not in HEADS:
                continue
            nxt = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
            if not possessive and (
                nxt in _WHICH
                or (nxt == "," and k + 2 < len(tokens) and tokens[k + 2].upos == "PROPN")
            ):
                continue
            seen = {e.text.lower() for e in earlier} | {e.lemma.lower() for e in earlier}
            if not (_synonyms(head) & seen):
                out.append(f"definite: {low} … {head}")
    out += [f"needs before: {m.group(0)}" for m in _NEEDS_BEFORE.finditer(bare)]
    return out


def evaluate(data: Path, limit: int | None = None, verbose: bool = False) -> Evaluation:
    """Return how many dev-brief facts the reader-side test flags, and the wordable sentences."""
    gold = read_jsonl(data / "basil" / "dev-gold.jsonl", limit)
    events = read_jsonl(data / "basil" / "dev.jsonl")
    result = Evaluation("BASIL dev briefs: facts a reader can read alone (reader-side test)")
    total = flagged = sentences = wordable = 0
    with tempfile.TemporaryDirectory(prefix="readability-") as tmp:
        for g in gold:
            tag = f"[{g['event']:02d}]"
            folder = Path(tmp) / f"event{g['event']:03d}"
            folder.mkdir()
            write_event(events[g["event"]], folder)
            try:
                built = build_folder(folder)
            except Exception as exc:  # noqa: BLE001 - a failed event is a figure, not a crash
                result.details.append(f"{tag} build failed: {type(exc).__name__}: {exc}")
                continue
            if built.parts is not None:
                cands = built.parts.facts.candidates
                sentences += len(cands)
                wordable += sum(1 for c in cands if c.wording_ok)
            for story in built.brief.stories:
                for fact in (*story.summary_facts, *story.facts):
                    total += 1
                    found = flags(fact.text)
                    flagged += bool(found)
                    if verbose:
                        mark = "; ".join(found) if found else "ok"
                        result.details.append(f"{tag} {mark} | {short(fact.text, 240)}")
    share = 1 - flagged / total if total else 0.0
    result.add("facts", "brief facts", total, "{:.0f}")
    result.add("flagged", "facts the reader-side test flags", flagged, "{:.0f}")
    result.add(
        "unflagged",
        "facts with nothing flagged",
        share,
        "{:.3f}",
        f">= {READABLE_TARGET}",
        share >= READABLE_TARGET,
    )
    result.add("sentences", "article sentences", sentences, "{:.0f}")
    result.add("wordable", "sentences that may word a fact", wordable, "{:.0f}")
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the readability check; return the exit code."""
    return run_evaluation(
        argv,
        prog="python -m benchmarks.readability",
        doc=__doc__,
        dataset="basil",
        unit="events",
        evaluate=evaluate,
        verbose_help="List every fact with its flags.",
    )


if __name__ == "__main__":
    raise SystemExit(main())
