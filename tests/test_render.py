"""Rendering: HTML email structure and content, plain text, the .eml, atomic writing, goldens."""

from __future__ import annotations

import email
import os
import re
from datetime import date
from email import policy
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.errors import RenderError
from briefing.model import Brief, Source
from briefing.output import render
from briefing.output.files import atomic_write, write_outputs
from briefing.output.message import MailOptions, build_message
from briefing.output.render import render_html, render_text
from briefing.output.views import (
    built_from,
    inner_quotes,
    outlet_name,
    parse_date,
    source_label,
    typographic,
)
from tests.builders import make_brief
from tests.conftest import ROOT

SIZE_BUDGET = 90 * 1024
SENDER = "Briefing <brief@news.example>"


BLOCKS = {"br", "p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "td", "ul", "ol"}
VOID = {"br", "img", "meta", "link", "hr", "input"}


class _Doc(HTMLParser):
    """Collects what the structural checks need from an HTML document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.style = ""
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in BLOCKS:
            self.text.append(" ")
        if tag not in VOID:
            self._in.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in BLOCKS:
            self.text.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS:
            self.text.append(" ")
        if tag in self._in:
            while self._in and self._in.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        current = self._in[-1] if self._in else ""
        if current == "style":
            self.style += data
        elif current not in ("title", "script"):
            self.text.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


def parse(html: str) -> _Doc:
    doc = _Doc()
    doc.feed(html)
    doc.close()
    return doc


def visible_text(html: str) -> str:
    """Return the document's text with whitespace runs collapsed (entities decoded)."""
    return " ".join("".join(parse(html).text).split())


def html_problems(html: str) -> list[str]:
    """Return every email-safety rule the document breaks."""
    doc = parse(html)
    problems = []
    root = doc.all("html")
    if not root or not root[0].get("lang"):
        problems.append("no lang on <html>")
    for table in doc.all("table"):
        if table.get("role") != "presentation":
            problems.append("layout table without role=presentation")
    for img in doc.all("img"):
        if not img.get("alt"):
            problems.append(f"img without alt: {img.get('src')}")
    if doc.all("script"):
        problems.append("script element")
    for link in doc.all("link"):
        problems.append(f"external resource: {link.get('href')}")
    metas = {m.get("name"): m.get("content") for m in doc.all("meta")}
    if "dark" not in (metas.get("color-scheme") or ""):
        problems.append("no color-scheme meta")
    if "prefers-color-scheme" not in doc.style:
        problems.append("no prefers-color-scheme style")
    if "{{" in html or "{%" in html:
        problems.append("unrendered template syntax")
    if len(html.encode("utf-8")) > SIZE_BUDGET:
        problems.append(f"{len(html.encode())} bytes, over the budget")
    return problems


def test_html_problems_catches_unsafe_markup() -> None:
    bad = (
        '<html><head><link rel="stylesheet" href="https://x/y.css"></head><body>'
        '<table><tr><td><img src="a.png"></td></tr></table><script>x()</script>{{ y }}'
        "</body></html>"
    )
    found = html_problems(bad)
    assert "no lang on <html>" in found
    assert "layout table without role=presentation" in found
    assert "img without alt: a.png" in found
    assert "script element" in found
    assert "external resource: https://x/y.css" in found
    assert "no color-scheme meta" in found
    assert "unrendered template syntax" in found


@pytest.mark.parametrize("stories", [1, 3])
def test_html_is_email_safe(stories: int) -> None:
    html = render_html(make_brief(stories))
    assert html_problems(html) == []
    doc = parse(html)
    assert doc.all("html")[0]["lang"] == "en"
    assert "max-width:600px" in html
    assert "Helvetica, Arial, sans-serif" in html
    assert not [a for a in doc.all("a") if (a.get("href") or "").startswith("javascript:")]


def test_html_shows_every_section() -> None:
    html = render_html(make_brief(1), unsubscribe_url="https://news.example/u?id=1&x=2")
    text = visible_text(html)
    # the preheader is the first listed fact (not the summary again), padded invisibly
    preheader = text.split(" Briefing ")[0]
    assert preheader.startswith("The council voted 5-2 to approve the bridge budget")
    assert "\u034f" in preheader  # the &#847; padding
    for expected in [
        "Council approves budget for the river bridge (1)",
        "4 November 2025 · 4 articles from 3 outlets and 1 other source",
        "Note: One fact rests on a single source",
        "What happened",
        "The council voted 5-2 to approve the bridge budget on Monday evening.[1][2][3] "
        "(3 sources, 2 independent)",
        "The existing bridge was built in 1961.[4] (single source)",
        "Where accounts differ",
        "Size of the budget",
        "4.5 million: “The budget totals 4.5 million.” Valley Courier[2]",
        "What each side says",
        "Supporters of the budget",
        "“This bridge carries every school bus in town, and it cannot wait another year.” "
        "— Maria Okafor, council member, Town Council (Northern Ledger, Daily Wire Service)[1][3]",
        "“We have the money now & the plans are ready.”",
        "Outlets word this quote differently.",
        "Opponents of the budget No opponent of the budget is quoted on the record",
        "Sources",
        "[1] Northern Ledger: Council approves bridge budget. By Ana Ruiz. 3 November 2025.",
        "[3] Daily Wire Service: Council approves bridge budget. "
        "(copies [1] Northern Ledger (93% shared text))",
        "every fact and quote is copied word for word",
        "Unsubscribe from these briefs.",
    ]:
        assert expected in text, expected
    doc = parse(html)
    hrefs = [a.get("href") for a in doc.all("a")]
    assert "https://ledger.example/news/1/bridge-budget?ref=rss&utm=x" in hrefs
    assert "https://news.example/u?id=1&x=2" in hrefs
    assert "#story-1-sources" in hrefs
    ids = {attrs.get("id") for _, attrs in doc.tags}
    assert {"story-1-sources", "src-1", "src-4"} <= ids


def test_no_unsubscribe_link_without_url() -> None:
    assert "Unsubscribe" not in render_html(make_brief(1))
    assert "Unsubscribe" not in render_text(make_brief(1))


def test_digest_has_table_of_contents() -> None:
    html = render_html(make_brief(3))
    doc = parse(html)
    hrefs = [a.get("href") for a in doc.all("a")]
    ids = {attrs.get("id") for _, attrs in doc.tags}
    for n in (1, 2, 3):
        assert f"#story-{n}" in hrefs
        assert f"story-{n}" in ids
    text = visible_text(html)
    assert "In this brief" in text
    assert text.index("In this brief") < text.index("What happened")
    assert "Unsubscribe" not in render_html(make_brief(1))


def test_ten_story_digest_fits_the_size_budget() -> None:
    brief = make_brief(10)
    html = render_html(brief, unsubscribe_url="https://news.example/u")
    text = render_text(brief, unsubscribe_url="https://news.example/u")
    message = build_message(
        brief, html=html, text=text, sender=SENDER, recipient="r@example.org",
        unsubscribe_url="https://news.example/u",
    )  # fmt: skip
    assert len(html.encode("utf-8")) < SIZE_BUDGET
    assert len(message.as_bytes()) < SIZE_BUDGET
    assert html_problems(html) == []


def test_hostile_text_renders_as_text() -> None:
    brief = make_brief(2, hostile=True)
    html = render_html(brief)
    doc = parse(html)
    assert not doc.all("script")
    assert not doc.all("img")
    hrefs = [a.get("href") or "" for a in doc.all("a")]
    assert not [h for h in hrefs if h.lower().startswith("javascript")]
    text = visible_text(html)
    assert "Vote <script>alert(‘x’)</script> & {{ config }} passes" in text
    assert "Costs rose < 5% & {% raw %}nothing{% endraw %} {{ 7*7 }}" in text
    assert "</mj-text><mj-raw><script>alert(1)</script></mj-raw> {{ 7*7 }}" in text
    assert "<b>Budget</b> & {{ 7*7 }} </mj-text>" in text
    plain = render_text(brief)
    assert "Vote <script>alert(‘x’)</script> & {{ config }} passes" in plain
    assert "&amp;" not in plain and "&lt;" not in plain


def _long_lines(text: str) -> list[str]:
    """Lines over 72 columns that could have been broken (more than one word)."""
    return [line for line in text.splitlines() if len(line) > 72 and len(line.split()) > 1]


def test_text_wraps_at_72_without_breaking_words_or_urls() -> None:
    brief = make_brief(3, hostile=True)
    text = render_text(brief)
    assert _long_lines(text) == []
    assert max(len(line) for line in text.splitlines()) > 72  # the long URL, kept whole
    flat = " ".join(text.split())
    for story in brief.stories:
        for fact in story.facts:
            # word for word; only the quotation marks and apostrophes are typographic
            assert " ".join(typographic(fact.text).split()) in flat
        for side in story.sides:
            for quote in side.quotes:
                assert f"“{' '.join(inner_quotes(quote.text).split())}”" in flat
    url = "https://wire.example/1/a-very-long-path-segment-that-does-not-wrap-nicely-at-all"
    assert f"    {url}" in text.splitlines()


def test_text_carries_what_the_html_carries() -> None:
    brief = make_brief(2)
    text = render_text(brief, unsubscribe_url="https://news.example/u")
    flat = " ".join(text.split())
    html_text = visible_text(render_html(brief, unsubscribe_url="https://news.example/u"))
    for expected in [
        "Council approves budget for the river bridge (2)",
        "4 articles from 3 outlets and 1 other source",
        "What happened",
        "evening.[5][6][7] (3 sources, 2 independent)",
        "Where accounts differ",
        "4 million: “The budget totals 4 million.” Northern Ledger, Daily Wire Service[5][7]",
        "“This bridge carries every school bus in town, and it cannot wait another year.” "
        "— Maria Okafor, council member, Town Council (Northern Ledger, Daily Wire Service)"
        "[1][3]",
        "No opponent of the budget is quoted on the record in these articles.",
        "[7] Daily Wire Service: Council approves bridge budget. "
        "https://wire.example/2/a-very-long-path-segment-that-does-not-wrap-nicely-at-all "
        "(copies [5] Northern Ledger (93% shared text))",
        "every fact and quote is copied word for word",
        "Unsubscribe: https://news.example/u",
    ]:
        assert expected in flat, expected
    # the same statements, in the HTML
    assert "(copies [5] Northern Ledger (93% shared text))" in html_text
    assert "evening.[1][2][3] (3 sources, 2 independent)" in html_text
    assert not re.search(r"&[a-z#0-9]+;|</?[a-z]+[ >]", text)
    assert text.endswith("\n") and "\r" not in text


def _message(brief: Brief, **kwargs: object) -> EmailMessage:
    html = render_html(brief)
    text = render_text(brief)
    options: dict[str, object] = {"sender": SENDER, "recipient": "Reader <r@example.org>"}
    options.update(kwargs)
    return build_message(brief, html=html, text=text, **options)  # type: ignore[arg-type]


def test_message_parses_back() -> None:
    brief = make_brief(1)
    raw = _message(brief, unsubscribe_url="https://news.example/u?id=1").as_bytes()
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    assert parsed.get_content_type() == "multipart/alternative"
    parts = list(parsed.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert [p.get_content_charset() for p in parts] == ["utf-8", "utf-8"]
    assert parts[0].get_content() == render_text(brief)
    assert parts[1].get_content() == render_html(brief)
    assert parsed["Subject"] == "Council approves budget for the river bridge (1)"
    assert parsed["From"].addresses[0].addr_spec == "brief@news.example"
    assert parsed["To"].addresses[0].addr_spec == "r@example.org"
    assert parsed["Date"].datetime.isoformat() == "2026-01-01T00:00:00+00:00"
    assert re.fullmatch(r"<[0-9a-f]{32}@news\.example>", parsed["Message-ID"])
    assert parsed["List-Unsubscribe"] == "<https://news.example/u?id=1>"
    assert parsed["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_message_without_unsubscribe_has_no_list_headers() -> None:
    message = _message(make_brief(1))
    assert message["List-Unsubscribe"] is None
    assert message["List-Unsubscribe-Post"] is None


def test_message_id_is_stable_for_the_same_content() -> None:
    brief = make_brief(1)
    later = brief.model_copy(update={"generated_at": "2026-02-01T00:00:00+00:00"})
    changed = make_brief(2)
    assert _message(brief)["Message-ID"] == _message(later)["Message-ID"]
    assert _message(brief)["Message-ID"] != _message(changed)["Message-ID"]
    assert _message(brief, message_id="<x@y>")["Message-ID"] == "<x@y>"


def test_digest_subject_names_the_first_story() -> None:
    subject = _message(make_brief(3, title="Morning brief"))["Subject"]
    assert subject == "Morning brief: Council approves budget for the river bridge (1) (+2 more)"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("sender", "Briefing <a@b.example>\r\nBcc: victim@example.org"),
        ("recipient", "r@example.org\nBcc: victim@example.org"),
    ],
)
def test_header_injection_is_refused(field: str, value: str) -> None:
    with pytest.raises(RenderError, match="line break"):
        _message(make_brief(1), **{field: value})


def test_headline_with_line_break_is_refused() -> None:
    brief = make_brief(1)
    brief.stories[0].headline = "Two\nlines"
    with pytest.raises(RenderError, match="subject"):
        build_message(brief, html="<p>x</p>", text="x", sender=SENDER, recipient="r@example.org")


def test_write_outputs_writes_four_files(tmp_path: Path) -> None:
    out = tmp_path / "deep" / "out"
    mail = MailOptions(sender=SENDER, recipient="r@example.org")
    written = write_outputs(make_brief(1), out, mail=mail)
    assert [p.name for p in written] == ["brief.json", "brief.html", "brief.txt", "brief.eml"]
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in written)
    assert Brief.model_validate_json((out / "brief.json").read_text("utf-8")) == make_brief(1)
    parsed = email.message_from_bytes((out / "brief.eml").read_bytes(), policy=policy.default)
    assert parsed["From"].addresses[0].addr_spec == "brief@news.example"
    assert (out / "brief.txt").read_text("utf-8") == render_text(make_brief(1))


def test_write_outputs_leaves_old_files_on_template_error(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_outputs(make_brief(1), out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    broken = tmp_path / "tpl"
    broken.mkdir()
    (broken / "brief.txt.j2").write_text("{{ stories[0].nope }}\n", encoding="utf-8")
    with pytest.raises(RenderError):
        write_outputs(make_brief(2), out, templates=broken)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_atomic_write_keeps_the_old_file_when_replace_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "brief.txt"
    atomic_write(target, "old\n")

    def fail(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        atomic_write(target, "new\n")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.txt"]


def test_override_templates_fall_back_to_built_in(tmp_path: Path) -> None:
    (tmp_path / "brief.txt.j2").write_text("CUSTOM {{ subject }}\n", encoding="utf-8")
    brief = make_brief(1)
    assert render_text(brief, templates=tmp_path) == (
        "CUSTOM Council approves budget for the river bridge (1)\n"
    )
    assert render_html(brief, templates=tmp_path) == render_html(brief)


def test_override_mjml_template_is_autoescaped(tmp_path: Path) -> None:
    (tmp_path / "brief.mjml.j2").write_text(
        '<mjml lang="en"><mj-body><mj-section><mj-column>\n'
        "<mj-text>{{ stories[0].headline }}</mj-text>\n"
        "</mj-column></mj-section></mj-body></mjml>\n",
        encoding="utf-8",
    )
    html = render_html(make_brief(1, hostile=True), templates=tmp_path)
    assert not parse(html).all("script")
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize(
    ("name", "source", "line"),
    [
        ("brief.txt.j2", "line one\nline two\n{% if %}\n", 3),
        ("brief.txt.j2", "ok\n\n{{ stories[0].no_such_field }}\n", 3),
        (
            "brief.mjml.j2",
            "<mjml><mj-body>\n<mj-section>\n<mj-column>\n<mj-text>{{ title }}</mj-text>\n"
            "</mj-column>\n</mj-body></mjml>\n",
            2,
        ),
    ],
)
def test_template_errors_name_the_file_and_line(
    tmp_path: Path, name: str, source: str, line: int
) -> None:
    (tmp_path / name).write_text(source, encoding="utf-8")
    renderer = render_text if name.endswith(".txt.j2") else render_html
    with pytest.raises(RenderError) as caught:
        renderer(make_brief(1), templates=tmp_path)
    assert f"{tmp_path / name}:{line}" in str(caught.value)


def test_missing_templates_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match="templates folder not found"):
        render_html(make_brief(1), templates=tmp_path / "nope")


def test_built_in_templates_are_found_from_the_package() -> None:
    assert render.BUILTIN_TEMPLATES == ROOT / "briefing" / "templates"
    assert (render.BUILTIN_TEMPLATES / render.HTML_TEMPLATE).is_file()


def test_empty_brief_renders() -> None:
    brief = Brief(generated_at="2026-01-01T00:00:00+00:00", title="Briefing")
    assert "No story was found" in visible_text(render_html(brief))
    assert "No story was found" in render_text(brief)
    assert _message(brief)["Subject"] == "Briefing"


def test_cli_build_uses_override_templates(tmp_path: Path) -> None:
    pipeline = pytest.importorskip("briefing.pipeline")
    if not hasattr(pipeline, "build_brief"):
        pytest.skip("briefing.pipeline.build_brief does not exist yet")
    from briefing.cli import main

    tpl = tmp_path / "tpl"
    tpl.mkdir()
    (tpl / "brief.txt.j2").write_text("CUSTOM {{ stories | length }}\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["build", str(ROOT / "seeds"), "--out", "o", "--templates", str(tpl)]
    )
    assert result.exit_code == 0, result.output
    assert Path("o/brief.txt").read_text("utf-8").startswith("CUSTOM ")
    assert html_problems(Path("o/brief.html").read_text("utf-8")) == []


def test_golden_files_match() -> None:
    """The seeds' brief renders exactly as reviewed; regenerate with `make golden`."""
    pipeline = pytest.importorskip("briefing.pipeline")
    if not hasattr(pipeline, "build_brief"):
        pytest.skip("briefing.pipeline.build_brief does not exist yet: no goldens to compare")
    from tests.golden_update import GOLDEN, NAMES, golden_outputs

    missing = [name for name in NAMES if not (GOLDEN / name).exists()]
    if missing:
        pytest.skip(f"golden files not generated yet ({', '.join(missing)}): run `make golden`")
    outputs = golden_outputs()
    for name in NAMES:
        expected = (GOLDEN / name).read_text(encoding="utf-8")
        assert outputs[name] == expected, f"{name} differs from tests/golden: run `make golden`"
    assert html_problems(outputs["brief.html"]) == []
    assert _long_lines(outputs["brief.txt"]) == []


def test_further_speakers_on_a_side_are_listed_not_dropped() -> None:
    from briefing.model import Quote

    brief = make_brief()
    side = brief.stories[0].sides[0]
    extra = Quote(
        text="We will carry on with the work as planned next year.",
        speaker="Transit Agency",
        role="spokesperson",
        organization="Transit Agency",
        sources=[brief.sources[1].id],
        wording_differs=True,
    )
    side.more.append(extra)
    text = render_text(brief)
    html = render_html(brief)
    assert "Also quoted on this side: Transit Agency spokesperson" in " ".join(text.split())
    assert "(worded differently by outlets)" in " ".join(text.split())
    assert "Also quoted on this side: Transit Agency spokesperson" in html


def test_a_quote_worded_differently_cites_each_wording_to_the_outlets_that_printed_it() -> None:
    from briefing.model import Quote, QuoteVariant

    brief = make_brief()
    first, second = brief.sources[0].id, brief.sources[1].id
    shown = "We will finish the new line by the spring and open it to riders."
    other = "We will open the line to riders in the spring."
    quote = Quote(
        text=shown,
        speaker="Ann Lee",
        role="mayor",
        sources=[first, second],
        variants=[
            QuoteVariant(text=shown, sources=[first]),
            QuoteVariant(text=other, sources=[second]),
        ],
        wording_differs=True,
    )
    brief.stories[0].sides[0].quotes = [quote]
    text = " ".join(render_text(brief).split())
    # the wording shown is cited to the first article alone; the second's words beside it
    credit = text.split("— Ann Lee, mayor", 1)[1].split("Outlets word this quote", 1)[0]
    assert "[1]" in credit and "[2]" not in credit
    assert f"Also: “{other}”" in text and "[2])" in text.split(f"Also: “{other}”", 1)[1][:120]


def test_figures_stay_on_one_line_and_text_stays_escaped() -> None:
    from briefing.output.views import keep_figures

    html = str(keep_figures('The council voted 5-2 <script>alert("x")</script> & left.'))
    assert '<span style="white-space:nowrap">5-2</span>' in html
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;" in html


# A brief that looks finished: names, counts, dates, quotation marks, links, layout of a digest.


def _source(sid: str, **fields: object) -> Source:
    return Source(id=sid, path=f"seeds/{sid}.txt", **fields)  # type: ignore[arg-type]


def _brief_of(sources: list[Source], *, generated_at: str = "2026-11-30T08:00:00+00:00") -> Brief:
    brief = make_brief(1)
    story = brief.stories[0].model_copy(update={"articles": [s.id for s in sources]})
    return brief.model_copy(
        update={"sources": sources, "stories": [story], "generated_at": generated_at}
    )


def test_sources_are_named_by_outlet_host_or_title_never_by_file_stem() -> None:
    sources = [
        _source("000_6fee5b2405f9ce9b", title="Commission approves the river bridge budget"),
        _source("001_9bcfa90aa584db73", url="https://www.foxnews.com/politics/bridge", title="T"),
        _source("002_aa", url="https://edition.cnn.com/2025/06/bridge", title="T2"),
        _source("003_bb", url="https://news.lakeshore-daily.example/a", title="T3"),
        _source("004_cc", outlet="www.reuters.com", title="T4"),
    ]
    assert [outlet_name(s) for s in sources] == [
        None,
        "Fox News",
        "CNN",
        "news.lakeshore-daily.example",
        "Reuters",
    ]
    assert source_label(sources[0]) == "“Commission approves the river bridge budget”"
    long_title = _source("x", title="Deal Sparks Firestorm: Safety vs. Sanctuary in the Hub")
    assert source_label(long_title) == "“Deal Sparks Firestorm…”"
    brief = _brief_of(sources)
    html, text = render_html(brief), render_text(brief)
    for output in (html, text):
        assert "6fee5b2405f9ce9b" not in output and "003_bb" not in output
    flat = " ".join(text.split())
    assert "[1] Commission approves the river bridge budget." in flat
    assert "[2] Fox News: T." in flat


@pytest.mark.parametrize(
    ("outlets", "expected"),
    [
        (["A", "B", "C", "C", "D"], "5 articles from 4 outlets"),
        (["Fox News", None, None, None, None], "5 articles from Fox News and 4 other sources"),
        (["A", "B", None], "3 articles from A, B and 1 other source"),
        (["A", "B", "C", None], "4 articles from 3 outlets and 1 other source"),
        ([None, None], "2 articles"),
    ],
)
def test_masthead_counts_outlets_honestly(outlets: list[str | None], expected: str) -> None:
    sources = [_source(f"s{i}", outlet=o) for i, o in enumerate(outlets)]
    assert built_from(sources) == expected
    assert expected in visible_text(render_html(_brief_of(sources)))


def test_date_line_is_the_news_date_not_the_build_date() -> None:
    sources = [
        _source("a", outlet="A", published="June 21, 2025"),
        _source("b", outlet="B", published="2025-06-20T18:00:00Z"),
        _source("c", outlet="C", published="Tue, 17 Jun 2025 10:00:00 +0000"),
        _source("d", outlet="D", published="2031-01-01"),  # later than the build: a typo
        _source("e", outlet="E", published="3 min read"),
    ]
    brief = _brief_of(sources)
    html, text = visible_text(render_html(brief)), render_text(brief)
    assert "21 June 2025 · 5 articles from 5 outlets" in html
    assert "21 June 2025 · 5 articles from 5 outlets" in text
    assert "30 November 2026" not in html + text
    assert parse_date("Published: Wednesday, Sept. 3, 2025 10:15 a.m.") == date(2025, 9, 3)
    # no dated article: no date at all rather than the build date passed off as the news date
    undated = _brief_of([_source("a", outlet="A"), _source("b", outlet="B")])
    assert "30 November 2026" not in visible_text(render_html(undated))


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ('"We are asking for a delay', "We are asking for a delay"),
        ('We are asking for a delay"', "We are asking for a delay"),
        ('"We are asking for a delay."', "We are asking for a delay."),
        ('He called it "a shameful day," and left.', "He called it ‘a shameful day,’ and left."),
        ("It's the '90s 'rock' era", "It’s the ’90s ‘rock’ era"),
    ],
)
def test_quotes_are_typographic_without_nesting(raw: str, shown: str) -> None:
    assert inner_quotes(raw) == shown
    brief = make_brief(1)
    quote = brief.stories[0].sides[0].quotes[0]
    quote.text = raw
    html, text = visible_text(render_html(brief)), render_text(brief)
    assert f"“{shown}”" in html and f"“{shown}”" in " ".join(text.split())
    assert '“"' not in html + text and '"”' not in html + text


def test_facts_get_typographic_marks() -> None:
    assert typographic('Gomez called it "a shameful day," warning') == (
        "Gomez called it “a shameful day,” warning"
    )
    brief = make_brief(1)
    brief.stories[0].facts[0].text = 'The mayor said "yes" to the plan.'
    assert "The mayor said “yes” to the plan." in visible_text(render_html(brief))


def test_markers_link_to_the_article_and_keep_to_the_last_word() -> None:
    html = render_html(make_brief(1))
    doc = parse(html)
    marker_links = {a.get("href") for a in doc.all("a")}
    assert "https://ledger.example/news/1/bridge-budget?ref=rss&utm=x" in marker_links
    assert "#src-4" in marker_links  # no URL: the entry in the sources list
    # the marker group and the word before it share one unbreakable span
    assert re.search(
        r'Monday <span style="white-space:nowrap">evening\.<small><a href="https://ledger'
        r'[^"]*">\[1\]</a><a href="https://courier[^"]*">\[2\]</a>',
        html,
    )


def test_digest_stories_are_divided_with_their_own_sources_and_back_to_top() -> None:
    brief = make_brief(3)
    html = render_html(brief)
    doc = parse(html)
    ids = [attrs.get("id") for _, attrs in doc.tags if attrs.get("id")]
    assert len(ids) == len(set(ids)), "anchors are unique"
    hrefs = [a.get("href") for a in doc.all("a")]
    assert hrefs.count("#top") == 3 and "top" in ids
    for n in (1, 2, 3):
        # every "N sources" link of story n goes to story n's own list
        assert hrefs.count(f"#story-{n}-sources") == 3
    text = visible_text(html)
    second = text[text.index("(2) 4 November") : text.index("(3) 4 November")]
    sources_of_second = second[second.index("Sources") :]
    assert "[5] Northern Ledger" in sources_of_second
    assert "[1]" not in sources_of_second and "[9]" not in sources_of_second
    assert html.count("border-top:2px solid") == 3
    plain = render_text(brief)
    assert plain.count("Sources\n-------") == 3


def test_postal_address_in_the_footer() -> None:
    address = "Briefing Ltd, 1 Quay Street, Harbour Town"
    brief = make_brief(1)
    assert address in visible_text(render_html(brief, postal_address=address))
    assert address in render_text(brief, postal_address=address)
    assert "Quay Street" not in render_html(brief)


def test_an_updated_story_is_marked_in_the_contents_and_its_heading() -> None:
    brief = make_brief(2)
    second = brief.stories[1]
    second.notes.insert(0, "Updated: 2 new articles since this story was sent on 2025-11-03.")
    text = visible_text(render_html(brief))
    assert "Council approves budget for the river bridge (2) (updated)" in text
    assert "4 articles from 3 outlets and 1 other source · Updated" in text
    assert "(1) (updated)" not in text
    assert "2. Council approves budget for the river bridge (2) (updated)" in render_text(brief)


def test_an_outlet_cited_in_part_is_marked_and_not_cited_by_the_summary() -> None:
    from briefing.model import Evidence

    brief = make_brief()
    story = brief.stories[0]
    a, b, c = story.facts[0].sources
    partly = Evidence(article=c, start=0, end=20, text="The council voted.", in_part=True)
    listed = story.facts[1].model_copy(
        update={"evidence": [Evidence(article=story.facts[1].sources[-1], start=0, end=20,
                                      text="Work starts in spring.", in_part=True)]}
    )  # fmt: skip
    stated = story.facts[0].model_copy(update={"evidence": [partly]})
    story.summary_facts = [stated]
    story.summary = stated.text
    story.facts = [listed, *story.facts[2:]]
    numbers = {s.id: i for i, s in enumerate(brief.sources, 1)}
    text = " ".join(render_text(brief).split())
    # the summary cites the outlets that state the fact in full, not the one in part
    assert f"Monday evening.[{numbers[a]}][{numbers[b]}]" in text
    assert f"[{numbers[c]}]" not in text.split("Monday evening.")[1][:12]
    # a listed fact says how many outlets state it only in part
    assert "1 in part" in text
    assert "1 in part" in visible_text(render_html(brief))
