from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.stages.ingest import (
    collect_paths,
    load,
    parse_markdown,
    parse_text,
    read_article,
    sniff_byline,
)

BODY = " ".join(["The council voted on the measure after a long public hearing."] * 4)


def test_text_title_is_first_non_empty_line(tmp_path: Path) -> None:
    path = tmp_path / "story-one.txt"
    path.write_text(f"\n\nCouncil approves budget\n\n{BODY}\n", encoding="utf-8")
    article = read_article(path)
    assert article.id == "story-one"
    assert article.title == "Council approves budget"
    assert article.text[article.body_start :].strip().startswith("The council voted")


def test_section_label_and_glued_breadcrumb_are_not_the_title() -> None:
    assert parse_text("x", f"Politics\n\nCouncil approves the budget plan\n\n{BODY}").title == (
        "Council approves the budget plan"
    )
    glued = (
        f"HomeNewsCouncil approves the budget plan\n\nCouncil approves the budget plan\n\n{BODY}"
    )
    assert parse_text("x", glued).title == "Council approves the budget plan"


def test_text_without_title_line_keeps_its_first_paragraph() -> None:
    article = parse_text("x", BODY + "\n\n" + BODY)
    assert article.body_start == 0
    assert article.title.endswith("…")


def test_markdown_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "m.md"
    path.write_text(
        '---\ntitle: "Budget passes"\noutlet: The Daily\nurl: https://example.org/a\n'
        f"published: 2024-05-01\nbyline: Ann Lee\n---\n{BODY}\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert (article.title, article.outlet, article.url, article.published, article.byline) == (
        "Budget passes",
        "The Daily",
        "https://example.org/a",
        "2024-05-01",
        "Ann Lee",
    )
    assert article.text[article.body_start :].startswith("The council")


def test_markdown_without_front_matter_uses_heading() -> None:
    article = parse_markdown("x", f"# Budget passes\n\n{BODY}")
    assert article.title == "Budget passes"


def test_json_article(tmp_path: Path) -> None:
    path = tmp_path / "j.json"
    path.write_text(json.dumps({"title": "T", "text": BODY, "outlet": "O"}), encoding="utf-8")
    article = read_article(path)
    assert (article.title, article.outlet, article.text) == ("T", "O", BODY)


def test_bad_json_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"title": "T",\n "text": }', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.json: invalid JSON at line 2"):
        read_article(path)


def test_html_article_via_trafilatura(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{BODY} Paragraph {i} adds more detail.</p>" for i in range(4))
    html = (
        "<html><head><title>Council approves budget</title>"
        '<meta name="author" content="Ann Lee"></head><body><nav>Home | News</nav>'
        f"<article><h1>Council approves budget</h1>{paragraphs}</article>"
        "<footer>Copyright</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    article = read_article(path)
    assert "Council approves budget" in article.title
    assert "Paragraph 3 adds more detail." in article.text
    assert "Copyright" not in article.text


def test_windows_1252_fallback_warns(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_bytes(("Caf\u00e9 news\n\n" + BODY + " \u201cQuoted\u201d.").encode("cp1252"))
    article = read_article(path)
    assert "\u201cQuoted\u201d" in article.text
    assert any("Windows-1252" in w for w in article.warnings)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(InputError, match="binary data"):
        read_article(path)


def test_too_short_and_too_big(tmp_path: Path) -> None:
    short = tmp_path / "s.txt"
    short.write_text("Title\n\nToo short.", encoding="utf-8")
    with pytest.raises(InputError, match="too short"):
        read_article(short)
    big = tmp_path / "big.txt"
    big.write_text("x" * (5 * 1024 * 1024 + 1), encoding="utf-8")
    with pytest.raises(InputError, match="5 MB"):
        read_article(big)


def test_load_skips_bad_files_and_keeps_good_ones(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(f"T\n\n{BODY}", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    loaded = load([tmp_path])
    assert [a.id for a in loaded.articles] == ["good"]
    assert len(loaded.skipped) == 1 and "bad.txt" in loaded.skipped[0]


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        collect_paths([tmp_path / "nope"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no articles found"):
        collect_paths([tmp_path / "empty"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Roe By Jane Roe Daily Planet\nBody", ("Jane Roe", "Daily Planet")),
        ("By Jane Roe, Daily Planet\nBody", ("Jane Roe", "Daily Planet")),
        ("By Jane Roe\nBody", ("Jane Roe", None)),
        ("Nothing here\nBody", (None, None)),
    ],
)
def test_byline_sniffing(text: str, expected: tuple[str | None, str | None]) -> None:
    assert sniff_byline(text) == expected


def test_a_registered_reader_reads_its_suffix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.stages import ingest

    monkeypatch.setattr(ingest, "READERS", dict(ingest.READERS))

    def read_rst(article_id: str, text: str, path: Path) -> ingest.Article:
        title, _, body = text.partition("\n====\n")
        return ingest.Article(id=article_id, text=body, title=title.strip())

    (tmp_path / "a.rst").write_text(f"Budget passes\n====\n{BODY}\n", encoding="utf-8")
    with pytest.raises(InputError, match="no articles found"):
        collect_paths([tmp_path])  # not read before a reader is registered
    ingest.register_reader(".rst", read_rst)
    [article] = load([tmp_path]).articles
    assert (article.id, article.title, article.text.strip()) == ("a", "Budget passes", BODY)
