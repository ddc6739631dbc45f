"""Shared fixtures: every test runs with BRIEFING_* variables cleared and output in tmp_path."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Real SMTP servers for the delivery tests: the server, down_server and faults fixtures.
from tests.delivery_helpers import down_server, faults, server  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Clear BRIEFING_* variables and run each test from its own folder."""
    for name in list(os.environ):
        if name.startswith("BRIEFING_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    yield
