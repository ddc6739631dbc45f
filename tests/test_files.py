"""Writing out/: the four outputs are replaced all together or not at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.output import files
from briefing.output.files import OUTPUT_NAMES, atomic_write_all, write_outputs
from tests.builders import make_brief


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_a_failing_brief_eml_replaces_none_of_the_four(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_outputs(make_brief(1), out)
    before = snapshot(out)
    # brief.eml cannot be replaced (a folder took its name): the move of the last file fails
    (out / "brief.eml").unlink()
    (out / "brief.eml").mkdir()
    before.pop("brief.eml")
    with pytest.raises(BriefingError) as caught:
        write_outputs(make_brief(2), out)
    assert "previous outputs are unchanged" in str(caught.value)
    after = {name: data for name, data in snapshot(out).items() if name != "brief.eml"}
    assert after == before  # json, html, txt: still the first brief's, byte for byte
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_NAMES)  # no temporaries


def test_a_failing_write_of_brief_eml_replaces_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    write_outputs(make_brief(1), out)
    before = snapshot(out)
    real = files._temporary

    def disk_full(path: Path, payload: bytes) -> Path:
        if path.name == "brief.eml":
            raise OSError(28, "No space left on device")
        return real(path, payload)

    monkeypatch.setattr(files, "_temporary", disk_full)
    with pytest.raises(BriefingError, match="No space left on device"):
        write_outputs(make_brief(2), out)
    assert snapshot(out) == before


def test_new_files_are_removed_again_when_a_later_one_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = os.replace

    def fail_on_third(src: str | Path, dst: str | Path) -> None:
        if Path(dst).name == "c.txt":
            raise PermissionError(13, "Permission denied")
        real(src, dst)

    monkeypatch.setattr(files.os, "replace", fail_on_third)
    with pytest.raises(PermissionError):
        atomic_write_all(tmp_path, {"a.txt": "one", "b.txt": b"two", "c.txt": "three"})
    assert list(tmp_path.iterdir()) == []


def test_all_written_when_nothing_fails(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("old", encoding="utf-8")
    written = atomic_write_all(tmp_path, {"a.txt": "new", "b.txt": b"bytes"})
    assert written == [tmp_path / "a.txt", tmp_path / "b.txt"]
    assert snapshot(tmp_path) == {"a.txt": b"new", "b.txt": b"bytes"}
