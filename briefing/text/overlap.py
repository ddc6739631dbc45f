"""Word n-grams (shingles) and a disjoint-set forest: the one copy of each, for the stages that
find reused text (sources: who copied whom) and group articles (digest events: one story)."""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


def shingles(words: Sequence[str], size: int) -> Iterator[tuple[str, ...]]:
    """Yield every run of `size` consecutive words, in order."""
    for i in range(len(words) - size + 1):
        yield tuple(words[i : i + size])


class DisjointSet(Generic[T]):
    """Union-find with path halving: which group an item belongs to, as its root item."""

    def __init__(self, items: Sequence[T] = ()) -> None:
        self.parent: dict[T, T] = {item: item for item in items}

    def find(self, item: T) -> T:
        """Return the root of `item`'s group."""
        parent = self.parent
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def attach(self, item: T, root: T) -> None:
        """Put `item`'s whole group under `root`'s group (`root`'s root stays the root)."""
        self.parent[self.find(item)] = self.find(root)
