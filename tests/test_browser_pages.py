"""The archive and unsubscribe pages in real headless Chromium: they fit a phone and a desktop.

Screenshots are saved under the repository's out/ folder (git-ignored); the ones in docs/ are
made the same way (see docs/serving.md).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import httpx
import pytest

from briefing.output.archive import write_issue
from tests.builders import make_brief
from tests.conftest import ROOT
from tests.test_browser import CHROMIUM, chromium, measure, png_size
from tests.test_serve import add_event, send, serving, token_url, write_config

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed"),
]
SHOTS = ROOT / "out"
NOW = datetime(2026, 1, 2, 8, 0, tzinfo=UTC)


def shoot(source: str, name: str, width: int, tmp_path: Path) -> Path:
    """Screenshot a page `width` pixels wide and as tall as its content (at most 4000)."""
    height = min(measure(source, width, tmp_path)["height"], 4000)
    page = tmp_path / f"{name}.html"
    page.write_text(source, encoding="utf-8")
    SHOTS.mkdir(exist_ok=True)
    shot = SHOTS / f"{name}-{width}.png"
    shot.unlink(missing_ok=True)
    chromium(
        tmp_path / "profile",
        f"--window-size={width},{height}",
        f"--screenshot={shot}",
        page.as_uri(),
    )
    assert png_size(shot) == (width, height)
    return shot


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    write_issue(make_brief(1), folder, day=date(2026, 1, 1), now=NOW)
    write_issue(make_brief(3), folder, day=date(2026, 1, 2), now=NOW)
    write_issue(make_brief(2, hostile=True), folder, day=date(2026, 1, 2), now=NOW)
    return folder


@pytest.mark.parametrize("width", [1200, 375])
@pytest.mark.parametrize("page", ["index.html", "2026-01-02.html", "2026-01-02-2.html"])
def test_archive_pages_fit_without_horizontal_scrolling(
    archive: Path, page: str, width: int, tmp_path: Path
) -> None:
    source = (archive / page).read_text(encoding="utf-8")
    result = measure(source, width, tmp_path)
    assert result["client"] == width
    assert result["scroll"] <= result["client"], result
    name = {"index.html": "archive-index", "2026-01-02.html": "archive-issue"}.get(page)
    if name:
        shoot(source, name, width, tmp_path)


def test_unsubscribe_page_from_the_live_server(tmp_path: Path) -> None:
    config = write_config(tmp_path, ["ann@example.net"])
    add_event(tmp_path, "bridge")
    send(tmp_path)
    link = token_url(tmp_path, "ann@example.net")
    with serving(config) as base:
        url = base.replace("127.0.0.1", "localhost") + link[link.index("/unsubscribe/") :]
        # What the browser builds from the served page: one form, one button, posting to itself.
        dom = chromium(tmp_path / "profile", "--dump-dom", url)
        assert dom.count("<button") == 1
        assert f'action="{link[link.index("/unsubscribe/") :]}"' in dom
        source = httpx.get(url).text
    for width in (1200, 375):
        result = measure(source, width, tmp_path)
        assert result["scroll"] <= result["client"], result
        shoot(source, "unsubscribe", width, tmp_path)


COLOURS = """<!doctype html><html><head><meta charset="utf-8"></head><body>
<iframe id="f" style="width:375px;height:900px;border:0" srcdoc="{srcdoc}"></iframe>
<pre id="m">pending</pre>
<script>
window.addEventListener("load", () => {{
  const doc = document.getElementById("f").contentDocument;
  const fact = doc.querySelector("ol.facts > li"), card = doc.querySelector("article.story");
  document.getElementById("m").textContent = JSON.stringify(
    {{fg: getComputedStyle(fact).color, bg: getComputedStyle(card).backgroundColor}});
}});
</script></body></html>"""


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_issue_page_text_contrast_in_light_and_dark_mode(
    archive: Path, dark: bool, tmp_path: Path
) -> None:
    import html
    import json
    import re

    from tests.test_browser import luminance

    source = (archive / "2026-01-02.html").read_text(encoding="utf-8")
    wrapper = tmp_path / "colours.html"
    wrapper.write_text(COLOURS.format(srcdoc=html.escape(source, quote=True)), encoding="utf-8")
    flags = ("--force-dark-mode", "--blink-settings=preferredColorScheme=0") if dark else ()
    dom = chromium(tmp_path / "profile", *flags, "--dump-dom", wrapper.as_uri())
    found = re.search(r'<pre id="m">([^<]*)</pre>', dom)
    assert found, dom[-300:]
    result = json.loads(html.unescape(found.group(1)))
    fg, bg = luminance(result["fg"]), luminance(result["bg"])
    assert (max(fg, bg) + 0.05) / (min(fg, bg) + 0.05) >= 7, result
    assert (bg < fg) is dark, result
