from __future__ import annotations

from briefing.stages.clean import clean
from briefing.stages.sources import group_sources
from tests.articles import make_article

WIRE = [
    "The state legislature passed the water bill on Thursday after a six-hour debate.",
    "The bill sets aside $40 million for pipe repairs in rural districts over the next five years.",
    "Lawmakers from both parties said the measure was drafted with the help of utilities.",
    "The governor is expected to sign it next week, according to a spokesman for her office.",
]
OTHER = [
    "Rural towns will get money to replace aging pipes under a measure approved by lawmakers.",
    "The Senate vote followed a long debate over how the repair funds would be distributed.",
    "Utility managers welcomed the funding, saying many systems date to the 1950s.",
]


def test_wire_copy_and_repost_share_a_group_and_derive() -> None:
    original = make_article("Water bill passes", *WIRE, id="wire", published="2024-03-01")
    repost = make_article(
        "Legislature passes water bill",
        *WIRE[:3],
        "Local reaction is expected soon.",
        id="repost",
        published="2024-03-02",
    )
    independent = make_article("Towns to get pipe money", *OTHER, id="indie")
    groups = group_sources([clean(a) for a in (original, repost, independent)])
    assert groups.group["wire"] == groups.group["repost"] != groups.group["indie"]
    assert groups.count(["wire", "repost", "indie"]) == 2
    derivation = groups.derivations["repost"]
    assert (derivation.origin, derivation.kind) == ("wire", "copy")
    assert "wire" not in groups.derivations


def test_shared_quotation_alone_is_not_copying() -> None:
    quote = (
        '"This bill will fix pipes that have been leaking for decades in every small town we '
        "have,"
        ' and it will do so without raising a single tax on working families," the governor said.'
    )
    a = make_article("One", quote, *WIRE[:1], id="a")
    b = make_article("Two", quote, *OTHER[:1], id="b")
    groups = group_sources([clean(a), clean(b)])
    assert groups.count(["a", "b"]) == 2
    assert [d for d in groups.derivations.values() if d.kind == "copy"] == []


def test_two_articles_from_one_outlet_are_one_source() -> None:
    first = make_article("Water bill passes", *WIRE, id="one", outlet="The Ledger")
    update = make_article("Towns to get pipe money", *OTHER, id="two", outlet="the ledger ")
    other = make_article(
        "Pipe money",
        "County engineers said the new money would reach the first towns by autumn.",
        "Several mayors told reporters their systems had failed inspections last year.",
        id="three",
        outlet="Valley Post",
    )
    groups = group_sources([clean(a) for a in (first, update, other)])
    assert groups.group["one"] == groups.group["two"] != groups.group["three"]
    assert groups.count(["one", "two", "three"]) == 2


def test_a_thousand_reprints_are_one_source_without_pairwise_work() -> None:
    docs = [
        clean(make_article("Water bill passes", *WIRE, id=f"print-{i}", outlet=f"Paper {i}"))
        for i in range(1000)
    ]
    docs.append(clean(make_article("Towns to get pipe money", *OTHER, id="indie")))
    groups = group_sources(docs)
    assert groups.count([d.article.id for d in docs]) == 2
    assert groups.derivations["print-999"].origin == "print-0"
    assert groups.derivations["print-999"].kind == "copy"
