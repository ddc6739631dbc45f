"""Shingles and the disjoint-set forest shared by sources and story clustering."""

from __future__ import annotations

from briefing.text.overlap import DisjointSet, shingles


def test_shingles_are_every_run_of_words() -> None:
    assert list(shingles("a b c d".split(), 3)) == [("a", "b", "c"), ("b", "c", "d")]
    assert list(shingles(["a", "b"], 3)) == []


def test_attached_groups_share_the_root_they_were_attached_to() -> None:
    sets = DisjointSet(["a", "b", "c", "d"])
    sets.attach("b", "a")
    sets.attach("d", "c")
    assert sets.find("b") == "a" and sets.find("d") == "c"
    sets.attach("c", "b")  # c's group joins a's: the root stays a
    assert {sets.find(x) for x in "abcd"} == {"a"}
