"""Writing out/ atomically, and reading a brief.json back."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from pydantic import ValidationError

from briefing.errors import BriefingError, InputError
from briefing.model import Brief
from briefing.output.message import MailOptions, build_message
from briefing.output.render import render_html, render_text

log = logging.getLogger(__name__)

OUTPUT_NAMES = ("brief.json", "brief.html", "brief.txt", "brief.eml")


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write `data` to `path` via a temporary file in the same folder and os.replace."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    tmp = _temporary(path, payload)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _temporary(path: Path, payload: bytes) -> Path:
    """Return a temporary file beside `path` holding `payload`, flushed to disk."""
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private; written briefs are ordinary readable files.
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.is_file() else 0o644)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _keep_old(path: Path) -> Path | None:
    """Return a hidden copy of the file at `path` (a hard link when it can), or None."""
    if not path.is_file():
        return None
    backup = path.with_name(f".{path.name}.{os.getpid()}.old")
    backup.unlink(missing_ok=True)
    try:
        os.link(path, backup)
    except OSError:  # no hard links on this file system: a copy does the same
        shutil.copy2(path, backup)
    return backup


def atomic_write_all(folder: Path, contents: dict[str, str | bytes]) -> list[Path]:
    """Write every file of `contents` into `folder`, all or none: return the paths written.

    Each new file is written and synced beside its target first; only when all are on disk
    are they moved into place, and if one move fails the ones already moved are put back.
    """
    temporary: dict[str, Path] = {}
    backups: dict[str, Path | None] = {}
    moved: list[str] = []
    try:
        for name, data in contents.items():
            payload = data.encode("utf-8") if isinstance(data, str) else data
            temporary[name] = _temporary(folder / name, payload)
        for name in contents:
            backups[name] = _keep_old(folder / name)
        for name in contents:
            os.replace(temporary[name], folder / name)
            moved.append(name)
    except BaseException:
        for name in reversed(moved):
            old = backups.get(name)
            try:
                if old is not None:
                    os.replace(old, folder / name)
                else:
                    (folder / name).unlink(missing_ok=True)
            except OSError as exc:  # the original error matters more; say what is left
                log.error("%s: could not restore the previous file (%s)", folder / name, exc)
        raise
    finally:
        for leftover in [*temporary.values(), *(b for b in backups.values() if b)]:
            leftover.unlink(missing_ok=True)
    return [folder / name for name in contents]


def write_outputs(
    brief: Brief,
    out_dir: Path,
    *,
    templates: Path | None = None,
    mail: MailOptions | None = None,
) -> list[Path]:
    """Write brief.json, .html, .txt and .eml into `out_dir`; return the paths written."""
    mail = mail or MailOptions()
    # Render everything first, so a template error leaves the previous outputs untouched.
    footer = {"unsubscribe_url": mail.unsubscribe_url, "postal_address": mail.postal_address}
    html = render_html(brief, templates=templates, **footer)
    text = render_text(brief, templates=templates, **footer)
    message = build_message(
        brief,
        html=html,
        text=text,
        sender=mail.sender,
        recipient=mail.recipient,
        unsubscribe_url=mail.unsubscribe_url,
        reply_to=mail.reply_to,
        list_id=mail.list_id,
    )
    contents: dict[str, str | bytes] = {
        "brief.json": brief.model_dump_json(indent=2) + "\n",
        "brief.html": html,
        "brief.txt": text,
        "brief.eml": message.as_bytes(),
    }
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        # all four or none: a brief.html of this run beside a brief.eml of the last one
        # would mail something nobody previewed
        written = atomic_write_all(out_dir, {name: contents[name] for name in OUTPUT_NAMES})
    except OSError as exc:
        raise BriefingError(
            f"{out_dir}: cannot write the brief ({exc.strerror or exc}); the previous outputs "
            "are unchanged; free space, fix permissions or choose another --out folder"
        ) from exc
    log.info("wrote %d files to %s", len(written), out_dir)
    return written


def load_brief(path: Path) -> Brief:
    """Return the brief stored in a brief.json file."""
    try:
        return Brief.model_validate_json(path.read_bytes())
    except OSError as exc:
        raise InputError(
            f"{path}: cannot read it ({exc.strerror or exc}); check the path "
            "or run `briefing build` first"
        ) from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(
            f"{path}: not a brief.json ({where}: {first['msg']}); build one with `briefing build`"
        ) from None
