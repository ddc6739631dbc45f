"""Small inline builders of `Brief` objects for rendering tests (invented events, not the seeds)."""

from __future__ import annotations

from briefing.model import Brief, Disputed, Fact, Quote, QuoteVariant, Side, Source, Story, Variant

GENERATED_AT = "2026-01-01T00:00:00+00:00"


def make_sources(n: int, *, hostile: bool = False) -> list[Source]:
    """Four sources for story `n`: three independent outlets and a wire copy of the first."""
    p = f"s{n}"
    first_title = "Council approves bridge budget"
    if hostile:
        first_title = "<b>Budget</b> & {{ 7*7 }} </mj-text>"
    return [
        Source(
            id=f"{p}a",
            path=f"in/{p}a.txt",
            outlet="Northern Ledger",
            title=first_title,
            byline="Ana Ruiz",
            published="2025-11-03",
            url=f"https://ledger.example/news/{n}/bridge-budget?ref=rss&utm=x",
            group=1,
        ),
        Source(
            id=f"{p}b",
            path=f"in/{p}b.txt",
            outlet="Valley Courier",
            title="Bridge plan passes after long night",
            published="2025-11-04",
            url="javascript:alert(1)" if hostile else f"https://courier.example/{n}/bridge",
            group=2,
        ),
        Source(
            id=f"{p}c",
            path=f"in/{p}c.txt",
            outlet="Daily Wire Service",
            title="Council approves bridge budget",
            url=f"https://wire.example/{n}/a-very-long-path-segment-that-does-not-wrap-nicely-at-all",
            derived_from=f"{p}a",
            derivation="copy",
            similarity=0.93,
            group=1,
        ),
        Source(
            id=f"{p}d",
            path=f"in/{p}d.txt",
            outlet=None,
            title=None,
            url=None,
            group=3,
        ),
    ]


def make_story(n: int = 1, *, hostile: bool = False) -> Story:
    """A story that exercises every section: facts, a disputed count, two sides, notes."""
    p = f"s{n}"
    a, b, c, d = f"{p}a", f"{p}b", f"{p}c", f"{p}d"
    headline = f"Council approves budget for the river bridge ({n})"
    summary = (
        "The town council approved a budget of 4 million for the river bridge on Monday, "
        "after a public hearing that lasted into the night."
    )
    if hostile:
        headline = "Vote <script>alert('x')</script> & {{ config }} passes"
        summary = (
            "Costs rose < 5% & {% raw %}nothing{% endraw %} {{ 7*7 }} <img src=x onerror=alert(1)>"
        )
    facts = [
        Fact(
            text="The council voted 5-2 to approve the bridge budget on Monday evening.",
            sources=[a, b, c],
            independent_sources=2,
            source=a,
            start=0,
            end=70,
        ),
        Fact(
            text=(
                "Construction is expected to begin in the spring and to last about eighteen "
                "months, according to the town's public works department, which will oversee "
                "the contractors."
            ),
            sources=[a, b, d],
            independent_sources=3,
            source=b,
            start=10,
            end=170,
        ),
        Fact(
            text="The existing bridge was built in 1961.",
            sources=[d],
            independent_sources=1,
            source=d,
            start=0,
            end=38,
            single_source=True,
        ),
    ]
    if hostile:
        facts.append(
            Fact(
                text=(
                    "A resident wrote <script>alert(1)</script> && {{ x }} on a sign: "
                    "https://example.org/" + "very-long-unbroken-path-segment" * 4 + " ."
                ),
                sources=[a, b],
                independent_sources=2,
                source=a,
                start=0,
                end=60,
            )
        )
    disputed = [
        Disputed(
            topic="Size of the budget",
            kind="number",
            variants=[
                Variant(text="The budget totals 4 million.", value="4 million", sources=[a, c]),
                Variant(text="The budget totals 4.5 million.", value="4.5 million", sources=[b]),
            ],
        )
    ]
    sides = [
        Side(
            stance="support",
            label="Supporters of the budget",
            quotes=[
                Quote(
                    text=(
                        "This bridge carries every school bus in town, "
                        "and it cannot wait another year."
                    ),
                    speaker="Maria Okafor",
                    role="council member",
                    organization="Town Council",
                    sources=[a, c],
                    outlets=["Northern Ledger", "Daily Wire Service"],
                    source=a,
                ),
                Quote(
                    text="We have the money now & the plans are ready.",
                    speaker="Lee Brandt",
                    role="public works director",
                    sources=[b],
                    outlets=["Valley Courier"],
                    source=b,
                    wording_differs=True,
                    variants=[
                        QuoteVariant(
                            text="We have the money now and the plans are ready.", sources=[d]
                        )
                    ],
                ),
            ],
        ),
        Side(
            stance="oppose",
            label="Opponents of the budget",
            quotes=[],
            note="No opponent of the budget is quoted on the record in these articles.",
        ),
    ]
    if hostile:
        sides[0].quotes.append(
            Quote(
                text="</mj-text><mj-raw><script>alert(1)</script></mj-raw> {{ 7*7 }}",
                speaker="<i>Someone</i>",
                sources=[a],
                source=a,
            )
        )
    return Story(
        id=f"story-{n}",
        headline=headline,
        summary=summary,
        facts=facts,
        disputed=disputed,
        sides=sides,
        articles=[a, b, c, d],
        independent_groups=3,
        notes=["One fact rests on a single source and is marked as such."],
    )


def make_brief(stories: int = 1, *, hostile: bool = False, title: str = "Briefing") -> Brief:
    """A brief of `stories` stories (one is a plain brief, more is a digest)."""
    story_list = [make_story(n, hostile=hostile) for n in range(1, stories + 1)]
    sources = [s for n in range(1, stories + 1) for s in make_sources(n, hostile=hostile)]
    return Brief(generated_at=GENERATED_AT, title=title, stories=story_list, sources=sources)
