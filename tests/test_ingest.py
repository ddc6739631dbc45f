from __future__ import annotations

import json
import os
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


# -- hostile and odd input -----------------------------------------------------------------


def write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_control_characters_are_cleaned_at_ingest(tmp_path: Path) -> None:
    raw = f"Council\x07 approves\x1b budget\n\n{BODY}\x0c{BODY}\x7f\x85 end\x00 of text.\n"
    path = write_bytes(tmp_path / "a.txt", raw.replace("\x00", "").encode("utf-8"))
    article = read_article(path)
    assert article.title == "Council approves budget"
    assert not any(ord(ch) < 32 and ch != "\n" for ch in article.text)
    assert not any(0x7F <= ord(ch) <= 0x9F for ch in article.text)
    assert f"{BODY}\n{BODY}" in article.text  # the form feed is a line break
    assert any("control character(s) cleaned" in w for w in article.warnings)


def test_json_fields_are_cleaned_too(tmp_path: Path) -> None:
    data = {"title": "Council\rapproves\x0cbudget", "text": f"{BODY}\u000c{BODY}\ud800"}
    path = write_bytes(tmp_path / "a.json", json.dumps(data).encode("utf-8"))
    article = read_article(path)
    assert article.title == "Council approves budget"
    assert "\x0c" not in article.text and "\ud800" not in article.text
    article.text.encode("utf-8")  # a lone surrogate would make every output fail


def test_a_cr_inside_a_txt_title_is_cleaned(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "a.txt", f"Council approves\r budget\n\n{BODY}\n".encode())
    article = read_article(path)
    assert "\r" not in article.title and "\r" not in article.text
    assert article.title == "Council approves"


def test_cr_only_line_endings(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "a.txt", f"Council approves budget\r\r{BODY}\r".encode())
    article = read_article(path)
    assert article.title == "Council approves budget"
    assert len(article.text[article.body_start :].split()) == len(BODY.split())


def test_one_long_line_without_a_final_period(tmp_path: Path) -> None:
    line = BODY + " and the hearing went on into the night without a vote on the second item"
    path = write_bytes(tmp_path / "a.txt", line.encode())
    article = read_article(path)
    assert article.body_start == 0
    assert len(article.text.split()) > 30
    assert article.title.endswith("…")


def test_a_stray_byte_does_not_turn_utf8_into_windows_1252(tmp_path: Path) -> None:
    text = f"Café owners protest\n\nThe café on Mühlenstraße closed. {BODY}\nA stray \xff byte.\n"
    data = text.encode("utf-8").replace("\xff".encode(), b"\xff")
    path = write_bytes(tmp_path / "a.txt", data)
    article = read_article(path)
    assert article.title == "Café owners protest"
    assert "Mühlenstraße" in article.text and "Ã" not in article.text
    assert "A stray ÿ byte." in article.text  # only that line is read as Windows-1252
    assert any("line(s) 4 not UTF-8" in w for w in article.warnings)


def test_wrong_typed_json_fields_are_not_shown_as_python_reprs(tmp_path: Path) -> None:
    data = {
        "title": ["Council", "approves"],
        "text": f"Council approves budget\n\n{BODY}",
        "outlet": {"name": "Ledger"},
        "byline": True,
        "published": 2024,
    }
    path = write_bytes(tmp_path / "a.json", json.dumps(data).encode())
    article = read_article(path)
    assert article.title == "Council approves budget"
    assert article.outlet is None and article.byline is None
    assert article.published == "2024"
    for value in (article.title, article.outlet, article.byline):
        assert "[" not in str(value) and "{" not in str(value) and value != "True"
    joined = " ".join(article.warnings)
    assert '"title" is a list' in joined and '"outlet" is an object' in joined
    assert '"byline" is true/false' in joined


def test_json_nested_deeply_is_a_one_line_error(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "deep.json", b"[" * 100_000 + b"]" * 100_000)
    with pytest.raises(InputError, match="nested too deeply"):
        read_article(path)
    nested = b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    with pytest.raises(InputError, match="nested too deeply"):
        read_article(write_bytes(tmp_path / "deep2.json", nested))


def test_unclosed_front_matter_is_metadata_not_body(tmp_path: Path) -> None:
    text = f"---\ntitle: Council approves budget\noutlet: Valley Ledger\n\n{BODY}\n"
    article = read_article(write_bytes(tmp_path / "a.md", text.encode()))
    assert article.title == "Council approves budget"
    assert article.outlet == "Valley Ledger"
    body = article.text[article.body_start :]
    assert "title:" not in body and "---" not in body
    assert any(
        w.startswith(f"{tmp_path / 'a.md'}: ") and "never closed" in w for w in article.warnings
    )


def test_a_rule_far_down_does_not_make_the_body_front_matter() -> None:
    text = f"---\ntitle: Council approves budget\n\n{BODY}\n\n---\n\nMore text.\n"
    article = parse_markdown("x", text)
    assert article.title == "Council approves budget"
    assert BODY in article.text[article.body_start :]


def test_a_device_is_refused_without_reading_it() -> None:
    with pytest.raises(InputError, match="/dev/zero: a device, not a regular file"):
        read_article(Path("/dev/zero"))


def test_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(f"Council approves budget\n\n{BODY}\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    loaded = load([tmp_path])
    assert [a.id for a in loaded.articles] == ["good"]
    assert len(loaded.skipped) == 1 and "pipe.txt: a FIFO, not a regular file" in loaded.skipped[0]


def test_symlink_loops_are_reported(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(f"Council approves budget\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    loaded = load([tmp_path])
    assert [a.id for a in loaded.articles] == ["good"]
    assert sorted(s.split(":")[0].rsplit("/", 1)[1] for s in loaded.skipped) == ["a.txt", "b.txt"]
    assert all("symbolic link loop" in s for s in loaded.skipped)
    with pytest.raises(InputError, match="a symbolic link that leads nowhere"):
        collect_paths([tmp_path / "a.txt"])


def test_reads_are_bounded_by_the_limit(tmp_path: Path) -> None:
    from briefing.stages.ingest import read_bounded

    path = write_bytes(tmp_path / "a.txt", b"x" * 2000)
    with pytest.raises(InputError, match="limit for one article"):
        read_bounded(path, limit=1000)
    assert read_bounded(path, limit=2000) == b"x" * 2000


def test_a_stray_byte_in_a_cr_only_file_spoils_one_line_only(tmp_path: Path) -> None:
    text = f"Café owners protest\r\rThe café closed. {BODY}\rA stray \xff byte.\r"
    data = text.encode("utf-8").replace("\xff".encode(), b"\xff")
    article = read_article(write_bytes(tmp_path / "a.txt", data))
    assert article.title == "Café owners protest" and "The café closed." in article.text
    assert any("line(s) 4 not UTF-8" in w for w in article.warnings)


def test_raw_line_breaks_inside_json_strings_are_read(tmp_path: Path) -> None:
    raw = '{"title": "Council\tapproves\r\nbudget", "text": "' + BODY + "\n\x0c" + BODY + '"}'
    article = read_article(write_bytes(tmp_path / "a.json", raw.encode()))
    assert article.title == "Council approves budget"
    assert f"{BODY}\n\n{BODY}" in article.text


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.reuters.com/world/a-story", "Reuters"),
        ("https://edition.cnn.com/2025/06/21/story", "CNN"),
        ("https://news.lakeshore-daily.example/a", "news.lakeshore-daily.example"),
    ],
)
def test_an_article_without_an_outlet_is_named_by_its_url_host(
    url: str, outlet: str, tmp_path: Path
) -> None:
    path = tmp_path / "000_6fee5b2405f9ce9b.md"
    path.write_text(f'---\ntitle: "Budget passes"\nurl: {url}\n---\n{BODY}\n', encoding="utf-8")
    assert read_article(path).outlet == outlet
    named = tmp_path / "named.md"
    named.write_text(f"---\noutlet: The Daily\nurl: {url}\n---\n{BODY}\n", encoding="utf-8")
    assert read_article(named).outlet == "The Daily"  # metadata wins over the host
