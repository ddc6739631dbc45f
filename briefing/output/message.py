"""The brief as an email: a multipart/alternative message, and the one content hash of a brief."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

from briefing.errors import RenderError
from briefing.model import Brief
from briefing.output.views import safe_url, subject_for


@dataclass(frozen=True)
class MailOptions:
    """Who a written `brief.eml` is from and to, and where readers unsubscribe."""

    sender: str = "Briefing <brief@localhost>"
    recipient: str = "reader@localhost"
    unsubscribe_url: str | None = None
    reply_to: str | None = None
    list_id: str | None = None
    postal_address: str | None = None


def content_hash(brief: Brief) -> str:
    """Return the SHA-256 hex digest of the brief's content, ignoring when it was generated."""
    data = brief.model_dump(mode="json", exclude={"generated_at"})
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _no_line_breaks(name: str, value: str) -> str:
    if "\r" in value or "\n" in value:
        raise RenderError(f"{name} {value!r}: contains a line break (header injection); remove it")
    return value


def stable_message_id(brief: Brief, sender: str) -> str:
    """Return a Message-ID stable for the same brief content, on the sender's domain."""
    digest = content_hash(brief)
    domain = parseaddr(sender)[1].rpartition("@")[2]
    domain = re.sub(r"[^A-Za-z0-9.-]", "", domain) or "localhost"
    return f"<{digest[:32]}@{domain}>"


def _brief_date(brief: Brief) -> datetime:
    try:
        moment = datetime.fromisoformat(brief.generated_at)
    except ValueError:
        return datetime.now(UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def build_message(
    brief: Brief,
    *,
    html: str,
    text: str,
    sender: str,
    recipient: str,
    unsubscribe_url: str | None = None,
    message_id: str | None = None,
    date: datetime | None = None,
    reply_to: str | None = None,
    list_id: str | None = None,
) -> EmailMessage:
    """Return a multipart/alternative message: the text part first, then the HTML."""
    subject = _no_line_breaks("subject", subject_for(brief))
    _no_line_breaks("sender", sender)
    _no_line_breaks("recipient", recipient)
    moment = date or _brief_date(brief)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    msg = EmailMessage(policy=policy.default)
    try:
        msg["Subject"] = subject
        msg["From"] = sender
        msg["To"] = recipient
        if reply_to:
            msg["Reply-To"] = _no_line_breaks("reply_to", reply_to)
    except (ValueError, IndexError) as exc:
        raise RenderError(f"{sender} -> {recipient}: not a valid address ({exc}); fix it") from exc
    if list_id:
        # RFC 2919: a phrase, then the list's unique identifier in angle brackets
        msg["List-Id"] = _no_line_breaks("list_id", list_id)
    msg["Date"] = format_datetime(moment)
    msg["Message-ID"] = _no_line_breaks(
        "message_id", message_id or stable_message_id(brief, sender)
    )
    if unsubscribe_url:
        _no_line_breaks("unsubscribe_url", unsubscribe_url)
        if safe_url(unsubscribe_url, schemes=("http", "https", "mailto")) is None:
            raise RenderError(
                f"{unsubscribe_url}: not an http(s) or mailto unsubscribe URL; fix the setting"
            )
        msg["List-Unsubscribe"] = f"<{unsubscribe_url}>"
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return msg
