"""The HTML email in real headless Chromium: no horizontal overflow at 600 and 375 px.

Screenshots are saved under the repository's out/ folder (git-ignored) for people to look at.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

import pytest

from briefing.output.render import render_html
from tests.builders import make_brief
from tests.conftest import ROOT

CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="headless Chromium is not installed (apt-get install chromium; .ci/run does it)",
    ),
]
SHOTS = ROOT / "out"

MEASURE = """<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0">
<iframe id="f" style="width:{width}px;height:900px;border:0" srcdoc="{srcdoc}"></iframe>
<pre id="m">pending</pre>
<script>
window.addEventListener("load", () => {{
  const root = document.getElementById("f").contentDocument.documentElement;
  const text = root.querySelector(".card li"), card = root.querySelector("div.card");
  document.getElementById("m").textContent = JSON.stringify(
    {{scroll: root.scrollWidth, client: root.clientWidth, height: root.scrollHeight,
      fg: text ? getComputedStyle(text).color : "",
      bg: card ? getComputedStyle(card).backgroundColor : ""}});
}});
</script></body></html>"""


def chromium(profile: Path, *args: str) -> str:
    """Run headless Chromium once and return what it printed."""
    assert CHROMIUM is not None
    done = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def measure(page: str, width: int, tmp_path: Path, *flags: str) -> dict[str, Any]:
    """Return the email's scroll and client widths in a `width`-pixel viewport (an iframe)."""
    wrapper = tmp_path / f"measure-{width}.html"
    wrapper.write_text(
        MEASURE.format(width=width, srcdoc=html.escape(page, quote=True)), encoding="utf-8"
    )
    dom = chromium(
        tmp_path / "profile", *flags, "--window-size=1200,1000", "--dump-dom", wrapper.as_uri()
    )
    found = re.search(r'<pre id="m">([^<]*)</pre>', dom)
    assert found, dom[-500:]
    result: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return result


def png_size(path: Path) -> tuple[int, int]:
    """Return (width, height) from a PNG header."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_measurement_catches_overflow(tmp_path: Path) -> None:
    wide = '<html><body><table width="800"><tr><td>wide</td></tr></table></body></html>'
    result = measure(wide, 375, tmp_path)
    assert result["scroll"] > result["client"]


@pytest.mark.parametrize("width", [600, 375])
@pytest.mark.parametrize(
    "brief", [make_brief(1), make_brief(10), make_brief(2, hostile=True)], ids=["one", "ten", "bad"]
)
def test_no_horizontal_overflow(brief: object, width: int, tmp_path: Path) -> None:
    page = render_html(brief)  # type: ignore[arg-type]
    result = measure(page, width, tmp_path)
    assert result["client"] == width
    assert result["scroll"] <= result["client"], result


@pytest.mark.parametrize("width", [600, 375])
def test_screenshots_for_people(width: int, tmp_path: Path) -> None:
    page = render_html(make_brief(1))
    height = min(measure(page, width, tmp_path)["height"], 4000)
    source = tmp_path / "brief.html"
    source.write_text(page, encoding="utf-8")
    SHOTS.mkdir(exist_ok=True)
    shot = SHOTS / f"screenshot-{width}.png"
    shot.unlink(missing_ok=True)
    chromium(
        tmp_path / "profile",
        f"--window-size={width},{height}",
        f"--screenshot={shot}",
        source.as_uri(),
    )
    assert png_size(shot) == (width, height)


def luminance(css: str) -> float:
    """Return the relative luminance of an "rgb(r, g, b)" colour."""
    channels = [int(x) / 255 for x in re.findall(r"\d+", css)[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_text_contrast_in_light_and_dark_mode(dark: bool, tmp_path: Path) -> None:
    flags = ("--force-dark-mode", "--blink-settings=preferredColorScheme=0") if dark else ()
    result = measure(render_html(make_brief(1)), 375, tmp_path, *flags)
    fg, bg = luminance(result["fg"]), luminance(result["bg"])
    contrast = (max(fg, bg) + 0.05) / (min(fg, bg) + 0.05)
    assert contrast >= 7, result  # WCAG AAA for body text
    assert (bg < fg) is dark, result


ALONE = """<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0">
<iframe id="f" style="width:375px;height:900px;border:0" srcdoc="{srcdoc}"></iframe>
<pre id="m">pending</pre>
<script>
window.addEventListener("load", () => {{
  const frame = document.getElementById("f"), doc = frame.contentDocument;
  const markers = [...doc.querySelectorAll("a")].filter(a => /^\\[\\d+\\]$/.test(a.textContent));
  const texts = [], walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
  const range = doc.createRange(), alone = [];
  for (const width of {widths}) {{
    frame.style.width = width + "px";
    void doc.body.offsetHeight;
    for (const marker of markers) {{
      // the last visible character before the marker, in document order
      const before = texts.filter(t => !marker.contains(t) && t.data.trim() &&
        (t.compareDocumentPosition(marker) & Node.DOCUMENT_POSITION_FOLLOWING)).pop();
      if (!before) continue;
      const end = before.data.trimEnd().length;
      range.setStart(before, end - 1); range.setEnd(before, end);
      const prev = range.getBoundingClientRect(), mine = marker.getBoundingClientRect();
      if (mine.top > prev.bottom - 2) alone.push(width + "px " + marker.textContent);
    }}
  }}
  document.getElementById("m").textContent = JSON.stringify({{markers: markers.length, alone}});
}});
</script></body></html>"""


def markers_alone(page: str, widths: list[int], tmp_path: Path) -> dict[str, Any]:
    """Return the [n] markers that start a line without the word before them, per width."""
    wrapper = tmp_path / "alone.html"
    wrapper.write_text(
        ALONE.format(srcdoc=html.escape(page, quote=True), widths=json.dumps(widths)),
        encoding="utf-8",
    )
    dom = chromium(tmp_path / "profile", "--window-size=1200,1000", "--dump-dom", wrapper.as_uri())
    found = re.search(r'<pre id="m">([^<]*)</pre>', dom)
    assert found, dom[-500:]
    result: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return result


def test_marker_check_catches_a_marker_alone(tmp_path: Path) -> None:
    words = " ".join(["carried"] * 30)
    page = f'<html><body><p>{words} <a href="#s">[1]</a></p></body></html>'
    result = markers_alone(page, list(range(300, 640, 9)), tmp_path)
    assert result["markers"] == 1 and result["alone"]


def test_citation_markers_never_wrap_alone(tmp_path: Path) -> None:
    golden = (ROOT / "tests" / "golden" / "brief.html").read_text(encoding="utf-8")
    widths = [375, 600, *range(320, 620, 11)]
    for page in (golden, render_html(make_brief(2))):
        result = markers_alone(page, widths, tmp_path)
        assert result["markers"] > 20
        assert result["alone"] == [], result["alone"][:10]
