"""Check an invented event set before anyone scores against it.

    python -m benchmarks.check_events DIR

DIR is one event folder or a folder of them (see README.md, "Invented events"). For each event it
checks what the writers' brief (`data/events/WRITER.md`) asks: front matter (title, outlet, url,
published) in `fox.md`, `nyt.md` and `hpo.md`; 450-800 words of body each; a `gold.json` with
every field; each gold fact stated by at least two outlets, every outlet it lists holding one
sentence that matches all its keyword groups and no other outlet holding one; each side's
speaker printed in some article and each key phrase verbatim. It prints one line per event
("OK" or "PROBLEMS" and each problem) and exits 1 when any event has a problem.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUTLETS = ("fox", "nyt", "hpo")
WORDS = (430, 850)
"""The body lengths accepted (the brief asks for 450-800 words; a little either side passes)."""
GOLD_FIELDS = ("central_action", "both_sides_available", "facts", "support", "oppose")
_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])")


def sentences(text: str) -> list[str]:
    """Return the sentences of an article file's body, split plainly (no abbreviations)."""
    body = text.split("---", 2)[-1] if text.startswith("---") else text
    return [s for line in body.split("\n") for s in _SENTENCE_END.split(line) if s.strip()]


def _stated(groups: list[list[str]], text: str) -> bool:
    return any(
        all(any(word.lower() in s.lower() for word in group) for group in groups)
        for s in sentences(text)
    )


def problems(folder: Path) -> list[str]:
    """Return what is wrong with one event folder (nothing when it is ready)."""
    missing = [
        n for n in (*(f"{o}.md" for o in OUTLETS), "gold.json") if not (folder / n).is_file()
    ]
    if missing:
        return [f"not an event folder: no {', '.join(missing)}"]
    bad: list[str] = []
    arts = {o: (folder / f"{o}.md").read_text() for o in OUTLETS}
    for outlet, text in arts.items():
        if not text.startswith("---") or any(
            f"{field}:" not in text.split("---", 2)[1] for field in ("title", "outlet", "published")
        ):
            bad.append(f"{outlet}.md: front matter (title, outlet, url, published) missing")
        words = len(text.split("---", 2)[-1].split())
        if not WORDS[0] <= words <= WORDS[1]:
            bad.append(f"{outlet}.md: {words} words (want 450-800)")
    gold = json.loads((folder / "gold.json").read_text())
    bad += [f"gold.json: missing {key}" for key in GOLD_FIELDS if key not in gold]
    for fact in gold.get("facts", []):
        claim = fact["claim"][:50]
        if len(fact["outlets"]) < 2:
            bad.append(f"fact '{claim}': fewer than 2 outlets")
        for outlet in OUTLETS:
            hit = _stated(fact["all"], arts[outlet])
            if outlet in fact["outlets"] and not hit:
                bad.append(f"fact '{claim}': no sentence of {outlet} matches all groups")
            if outlet not in fact["outlets"] and hit:
                bad.append(f"fact '{claim}': {outlet} matches but is not listed in outlets")
    for side in ("support", "oppose"):
        for speaker in gold.get(side, []):
            name = speaker["speaker"]
            if not any(name in text for text in arts.values()):
                bad.append(f"{side} speaker {name} not in any article")
            for key in speaker.get("key", []):
                if not any(key in text.replace("’", "'") for text in arts.values()):
                    bad.append(f"{side} {name}: key phrase not verbatim in any article: {key}")
    return bad


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m benchmarks.check_events DIR", file=sys.stderr)
        return 2
    root = Path(args[0])
    if not root.is_dir():
        print(f"check_events: {root} is not a folder; give an event folder or a set of them")
        return 2
    folders = (
        [root] if (root / "gold.json").exists() else sorted(p for p in root.iterdir() if p.is_dir())
    )
    failed = False
    for folder in folders:
        bad = problems(folder)
        print(f"{folder.name}: {'PROBLEMS' if bad else 'OK'}")
        for line in bad:
            print(f"    {line}")
        failed = failed or bool(bad)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
