"""Writing out/ atomically, and reading a brief.json back."""

from __future__ import annotations

import logging
import os
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
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private; written briefs are ordinary readable files.
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


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
    written = []
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for name in OUTPUT_NAMES:
            path = out_dir / name
            atomic_write(path, contents[name])
            written.append(path)
    except OSError as exc:
        raise BriefingError(
            f"{out_dir}: cannot write the brief ({exc.strerror or exc}); "
            "choose another --out folder"
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
