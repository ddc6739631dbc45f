"""Property: `briefing build` on arbitrary bytes, JSON and front matter never prints a traceback.

Each example is a folder with one generated file beside one ordinary article, built through the
CLI: the outcome must be a brief (exit 0) or one-line errors (exit 1 or 2), never an uncaught
exception. Examples are few and small so the whole test takes seconds.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.cli import main

ORDINARY = (
    "Harbor bridge reopens after repairs\n\n"
    "The Halsey harbor bridge reopened on Tuesday after three weeks of repairs, county engineer "
    'Mara Quist said. "The piers are sound and the deck is new," Quist told reporters at the '
    "site. Trucks must wait for a load test next week, the county said in a statement.\n"
)
SENTENCES = [
    "The Halsey harbor bridge reopened on Tuesday after three weeks of repairs.",
    '"The piers are sound," county engineer Mara Quist said.',
    "Critics said the repairs cost twice the estimate, council member Ed Varga said.",
    "Trucks must wait for a load test next week, the county said.",
]

text_chars = st.characters(blacklist_categories=("Cs",))
hostile_chars = st.sampled_from(["\x00", "\x0c", "\r", "\x1b", "\x7f", "\x85", "\u2028", "\ufeff"])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(text_chars, max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def mangled_article(draw: st.DrawFn) -> str:
    """An article's sentences with hostile characters and junk dropped in."""
    parts = []
    for sentence in draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6)):
        cut = draw(st.integers(0, len(sentence)))
        junk = draw(st.text(hostile_chars | text_chars, max_size=6))
        parts.append(sentence[:cut] + junk + sentence[cut:])
    return draw(st.text(text_chars, max_size=30)) + "\n\n" + " ".join(parts)


@st.composite
def json_article(draw: st.DrawFn) -> bytes:
    fields = draw(
        st.dictionaries(
            st.sampled_from(["title", "text", "outlet", "url", "published", "byline", "extra"]),
            json_values | mangled_article(),
            max_size=6,
        )
    )
    if draw(st.booleans()):
        fields["text"] = draw(mangled_article())
    depth = draw(st.sampled_from([0, 0, 0, 50, 5000]))
    return ("[" * depth + json.dumps(fields) + "]" * depth).encode("utf-8", "surrogatepass")


@st.composite
def front_matter_article(draw: st.DrawFn) -> bytes:
    lines = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["title", "outlet", "date", "url", "x"]), st.text(max_size=20)
            ),
            max_size=5,
        )
    )
    head = "---\n" + "".join(f"{k}: {v}\n" for k, v in lines)
    closing = draw(st.sampled_from(["---\n", "", "--- \r\n", "\n---\n"]))
    return (head + closing + draw(mangled_article())).encode("utf-8", "surrogatepass")


files = st.one_of(
    st.tuples(st.sampled_from([".txt", ".md", ".json", ".html"]), st.binary(max_size=600)),
    st.tuples(st.sampled_from([".txt", ".md"]), mangled_article().map(str.encode)),
    st.tuples(st.just(".txt"), mangled_article().map(lambda t: t.encode("cp1252", "replace"))),
    st.tuples(st.just(".json"), json_article()),
    st.tuples(st.sampled_from([".md", ".markdown"]), front_matter_article()),
)


@settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(generated=files, with_ordinary=st.booleans())
def test_build_never_prints_a_traceback(generated: tuple[str, bytes], with_ordinary: bool) -> None:
    suffix, data = generated
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        (folder / f"generated{suffix}").write_bytes(data)
        if with_ordinary:
            (folder / "ordinary.txt").write_text(ORDINARY, encoding="utf-8")
        result = CliRunner().invoke(
            main, ["build", str(folder), "--out", str(Path(tmp) / "out"), "--min-sources", "1"]
        )
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        repr(result.exception),
        result.output,
    )
    assert result.exit_code in (0, 1, 2), result.output
    assert "Traceback" not in result.output
    if result.exit_code != 0:
        assert any(line.startswith("error: ") for line in result.output.splitlines())
