"""Regenerate the golden files in tests/golden/ from the seeds, with a fixed clock.

Run `make golden` (that is, `python -m tests.golden_update`), then review the diff before
committing: a golden change is a change in what readers get.
"""

from __future__ import annotations

import contextlib
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
NOW = datetime(2026, 1, 1, tzinfo=UTC)
NAMES = ("brief.json", "brief.html", "brief.txt")


def golden_outputs() -> dict[str, str]:
    """Return {file name: content} for the seeds' brief, built at the fixed clock."""
    from briefing.output.render import render_html, render_text
    from briefing.pipeline import BuildOptions, build_brief

    # Relative paths from the repository root, so the goldens do not depend on where it lives.
    with contextlib.chdir(ROOT):
        brief = build_brief(["seeds"], BuildOptions(now=NOW)).brief
    return {
        "brief.json": brief.model_dump_json(indent=2) + "\n",
        "brief.html": render_html(brief),
        "brief.txt": render_text(brief),
    }


def main() -> int:
    """Write the golden files and list them."""
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for name, content in golden_outputs().items():
        path = GOLDEN / name
        changed = not path.exists() or path.read_text(encoding="utf-8") != content
        path.write_text(content, encoding="utf-8", newline="\n")
        print(f"{'updated' if changed else 'unchanged'} {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
