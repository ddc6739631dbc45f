"""Word lists shipped as package data (`briefing/data/*.txt`), each read once.

Format: one entry a line (several words on a line are several entries for `words`), `#` starts
a comment; `mapping` files hold `key = value` lines (an empty value is allowed).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


@lru_cache(maxsize=64)
def lines(name: str) -> tuple[str, ...]:
    """The non-comment, non-blank lines of data/`name`.txt, stripped."""
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=64)
def words(name: str) -> frozenset[str]:
    """Every word of data/`name`.txt."""
    return frozenset(w for line in lines(name) for w in line.split())


@lru_cache(maxsize=64)
def mapping(name: str) -> dict[str, str]:
    """The `key = value` lines of data/`name`.txt (keys and values stripped)."""
    out: dict[str, str] = {}
    for line in lines(name):
        key, _, value = line.partition("=")
        out[key.strip()] = value.strip()
    return out


@lru_cache(maxsize=1)
def state_names() -> frozenset[str]:
    """The US states' names, lower case ("iowa", "new york"): those data/us_states.txt
    abbreviates, and the eight AP style never abbreviates."""
    unabbreviated = "alaska hawaii idaho iowa maine ohio texas utah".split()
    return frozenset(mapping("us_states").values()) | frozenset(unabbreviated)
