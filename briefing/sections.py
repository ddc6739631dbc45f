"""The sections of briefing.toml as pydantic models: each field's type, default and check.

`settings.Settings` gathers them; `settings.load_settings` fills them from the layers.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from email.utils import parseaddr
from pathlib import Path
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from email_validator import EmailNotValidError, validate_email
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationInfo,
    field_validator,
    model_validator,
)

from briefing.cron import crontab_trigger

if TYPE_CHECKING:
    from apscheduler.triggers.cron import CronTrigger


PASSWORD_ENV = "BRIEFING_SMTP_PASSWORD"


class Section(BaseModel):
    """Base for one `[section]` of briefing.toml: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", validate_default=True)


class SourcesSettings(Section):
    """Where articles come from."""

    paths: list[Path] = Field(default_factory=lambda: [Path("seeds")])
    feeds: list[str] = Field(
        default_factory=list, description="RSS/Atom feeds: http(s) URLs or local files."
    )
    url_lists: list[Path] = Field(
        default_factory=list, description="Files of page URLs, one a line."
    )


class OutputSettings(Section):
    """Where results and state go."""

    dir: Path = Path("out")
    state_dir: Path = Path(".briefing")
    templates: Path | None = Field(default=None, description="Folder of template overrides.")


def address_of(recipient: str) -> str:
    """Return the bare, lower-cased address of "Name <addr>" or "addr"."""
    return (parseaddr(recipient)[1] or recipient).strip().lower()


PLACEHOLDER_DOMAINS = ("example.org", "example.com", "example.net", "localhost")
"""Domains that never receive real mail (RFC 2606): a sender there is surely a leftover."""


def placeholder_domain(address: str) -> str | None:
    """Return the address's domain if it is a reserved example or local domain, else None."""
    domain = address_of(address).rpartition("@")[2].rstrip(".")
    for reserved in PLACEHOLDER_DOMAINS:
        if domain == reserved or domain.endswith("." + reserved):
            return domain
    if domain.endswith((".test", ".invalid", ".localhost", ".local")):
        return domain
    return None


def list_id_for(title: str, sender: str) -> str:
    """Return an RFC 2919 List-Id, "Title <title.sender-domain>", e.g. "Briefing
    <briefing.news.example.org>": one identifier per list, stable while both stay the same."""
    label = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "brief"
    domain = address_of(sender).rpartition("@")[2] or "localhost"
    phrase = re.sub(r'["\\<>\r\n]', "", title).strip()
    return f'"{phrase}" <{label}.{domain}>' if phrase else f"<{label}.{domain}>"


def valid_recipient(value: str) -> str:
    """Return `value` trimmed if it is one address ("Name <addr>" or "addr"), else ValueError."""
    return _check_address(value.strip(), display_name=True)


def _check_address(value: str, *, display_name: bool) -> str:
    """Return `value` if it is one valid e-mail address, else raise ValueError with the reason."""
    if "\r" in value or "\n" in value:
        raise ValueError("contains a line break (CR/LF), which would inject mail headers")
    try:
        validate_email(value, check_deliverability=False, allow_display_name=display_name)
    except EmailNotValidError as exc:
        raise ValueError(f"{value!r}: {str(exc).rstrip('.')}") from None
    return value


class MailSettings(Section):
    """Who sends and who receives."""

    sender: str = "Briefing <briefing@example.org>"
    recipients: list[str] = Field(default_factory=list)
    recipients_file: Path | None = Field(
        default=None, description="One address per line; blank lines and # comments ignored."
    )
    unsubscribe_url: str | None = Field(
        default=None, description="URL template; {token} is replaced by the recipient's token."
    )
    reply_to: str | None = Field(default=None, description="Where readers' replies go.")
    list_id: str | None = Field(
        default=None,
        description='List-Id header, e.g. "Morning brief <brief.news.example.org>" '
        "(default: the brief's title and the sender's domain).",
    )
    postal_address: str = Field(
        default="", description="Your postal address, shown in every message's footer."
    )

    @field_validator("sender", "reply_to")
    @classmethod
    def _sender(cls, value: str | None) -> str | None:
        return None if not value else _check_address(value, display_name=True)

    @field_validator("recipients")
    @classmethod
    def _recipients(cls, value: list[str]) -> list[str]:
        return [_check_address(item.strip(), display_name=True) for item in value]

    @field_validator("list_id", "postal_address")
    @classmethod
    def _one_line(cls, value: str | None) -> str | None:
        if value and ("\r" in value or "\n" in value):
            raise ValueError("contains a line break (CR/LF); write it on one line")
        return value

    @field_validator("unsubscribe_url")
    @classmethod
    def _unsubscribe(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if "\r" in value or "\n" in value:
            raise ValueError("contains a line break (CR/LF)")
        if "{token}" not in value:
            raise ValueError("must contain {token}, e.g. https://example.org/unsubscribe/{token}")
        scheme = value.split(":", 1)[0].strip().lower() if ":" in value else ""
        if scheme not in ("https", "http", "mailto"):
            # a javascript: or data: link would run or show whatever it carries when clicked
            shown = f"{scheme}:" if scheme else repr(value)
            raise ValueError(f"must be an https:, http: or mailto: URL, not {shown}")
        if scheme != "mailto" and not value.split(":", 1)[1].startswith("//"):
            raise ValueError("must be a full URL, e.g. https://example.org/unsubscribe/{token}")
        return value


def _registered(value: str, info: ValidationInfo, registry: str, what: str) -> str:
    """Return `value` if the registry named in the validation context knows it.

    The caller (app.load) passes the registries' names, so a plugin's transport or rule is
    accepted exactly like a built-in one; without a context any name passes.
    """
    known = (info.context or {}).get(registry)
    if known is not None and value not in known:
        raise ValueError(f"{value!r} is not a {what}; use one of {', '.join(sorted(known))}")
    return value


class DeliverySettings(Section):
    """How messages leave: an outbox folder of .eml files, or an SMTP server."""

    transport: str = Field(
        default="outbox", description="A registered transport: outbox, smtp, or a plugin's."
    )
    host: str = "localhost"
    port: int | None = Field(
        default=None, ge=1, le=65535, description="Default 587 (starttls), 465 (tls), 25 (none)."
    )
    security: Literal["starttls", "tls", "none"] = "starttls"
    username: str = ""
    ca_file: Path | None = Field(
        default=None, description="CA certificates to trust (a relay with a private CA)."
    )
    # upper bounds: a huge timeout or delay (1e308, inf) overflows the socket and sleep calls,
    # and `backoff = 1e9` would sleep for decades
    timeout: float = Field(
        default=30.0, gt=0, le=600, allow_inf_nan=False, description="Seconds per SMTP operation."
    )
    attempts: int = Field(
        default=4, ge=1, le=20, description="Tries per message on transient errors."
    )
    backoff: float = Field(
        default=2.0,
        ge=0,
        le=600,
        allow_inf_nan=False,
        description="First retry delay in seconds; doubles.",
    )
    backoff_max: float = Field(
        default=60.0,
        ge=0,
        le=3600,
        allow_inf_nan=False,
        description="Longest retry delay in seconds.",
    )
    retry_window: float = Field(
        default=60.0,
        ge=0,
        le=3600,
        allow_inf_nan=False,
        description="Seconds a run may spend retrying; then the rest stays queued for the next.",
    )
    allow_plaintext_auth: bool = Field(
        default=False,
        description='Send the password with security = "none" (only on a trusted link).',
    )
    password: SecretStr | None = Field(
        default=None, exclude=True, description=f"Only from ${PASSWORD_ENV}; never from the file."
    )

    @field_validator("transport")
    @classmethod
    def _transport(cls, value: str, info: ValidationInfo) -> str:
        return _registered(value, info, "transports", "transport")

    @field_validator("host")
    @classmethod
    def _host(cls, value: str) -> str:
        if not value.strip() or any(c.isspace() for c in value):
            raise ValueError("must be a host name or address without spaces")
        return value

    @model_validator(mode="after")
    def _no_clear_text_password(self) -> DeliverySettings:
        if self.username and self.security == "none" and not self.allow_plaintext_auth:
            raise ValueError(
                'username is set but security = "none" would send the password unencrypted; '
                'use security = "starttls" or "tls", or set allow_plaintext_auth = true '
                "if the link to the server is trusted (a relay on localhost)"
            )
        return self

    def effective_port(self) -> int:
        """Return the port to connect to, from `port` or the security mode's usual one."""
        if self.port is not None:
            return self.port
        return {"starttls": 587, "tls": 465, "none": 25}[self.security]


class ScheduleSettings(Section):
    """When `briefing schedule` runs a digest."""

    cron: str = "0 7 * * *"
    timezone: str = "UTC"
    misfire_grace_hours: float = Field(
        default=6.0,
        gt=0,
        le=24 * 31,
        allow_inf_nan=False,
        description="How late a missed run may still start.",
    )

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"{value!r} is not an IANA time zone; use a name like 'America/New_York'"
            ) from None
        return value

    @field_validator("cron")
    @classmethod
    def _cron(cls, value: str) -> str:
        try:
            trigger = crontab_trigger(value, ZoneInfo("UTC"))
        except ValueError as exc:
            raise ValueError(f"{value!r} is not a 5-field cron expression: {exc}") from None
        if trigger.get_next_fire_time(None, datetime.now(ZoneInfo("UTC"))) is None:
            raise ValueError(
                f"{value!r} never fires (no such date, e.g. 31 February); fix the day or month"
            )
        return value

    def zone(self) -> ZoneInfo:
        """Return the schedule's time zone."""
        return ZoneInfo(self.timezone)

    def trigger(self) -> CronTrigger:
        """Return the APScheduler trigger for `cron` in `timezone`."""
        return crontab_trigger(self.cron, self.zone())

    def slot(self, now: datetime) -> datetime:
        """Return the latest scheduled time at or before `now` (or `now` if there is none)."""
        trigger = self.trigger()
        local = now.astimezone(self.zone())
        # Widening windows keep the walk short for both minutely and yearly expressions.
        for window in (
            timedelta(minutes=2),
            timedelta(hours=2),
            timedelta(days=2),
            timedelta(days=33),
            timedelta(days=367),
            timedelta(days=4 * 366),
        ):
            fire = trigger.get_next_fire_time(None, local - window)
            if fire is None or fire > local:
                continue
            while True:
                following = trigger.get_next_fire_time(fire, fire + timedelta(seconds=1))
                if following is None or following > local:
                    return fire
                fire = following
        return local


class DigestSettings(Section):
    """Many stories in one message: used when feeds or URL lists are set, or `enabled`."""

    enabled: bool = False
    max_stories: int = Field(default=10, ge=1)
    min_articles: int = Field(default=2, ge=1)
    workers: int | None = Field(default=None, ge=1, description="Default: the machine's cores.")
    max_entries_per_feed: int = Field(
        default=100, ge=1, le=10_000, description="Entries read from one feed per run."
    )
    fetch_timeout: float = Field(
        default=15.0,
        gt=0,
        le=600,
        allow_inf_nan=False,
        description="Seconds to wait for each HTTP response.",
    )
    fetch_deadline: float = Field(
        default=60.0,
        gt=0,
        le=3600,
        allow_inf_nan=False,
        description="Wall-clock seconds one feed or page may take, all bytes included.",
    )
    allow_private_addresses: bool = Field(
        default=False,
        description="Let links in feeds reach loopback, private and link-local addresses.",
    )
    repeat_stories: bool = Field(
        default=False,
        description="Send stories already sent in an earlier issue again (false: only new or "
        "updated stories; nothing new means no email).",
    )


class ArchiveSettings(Section):
    """The web archive of sent issues (out/archive/), served by `briefing serve`."""

    enabled: bool = Field(default=True, description="Write each sent issue to the archive.")
    dir: Path | None = Field(default=None, description="Default: <output.dir>/archive.")
    title: str = Field(default="", description="Archive and feed title (default: brief.title).")
    base_url: str | None = Field(
        default=None,
        description="Public URL of the archive (e.g. https://news.example.org/), for feed links.",
    )

    @field_validator("base_url")
    @classmethod
    def _base_url(cls, value: str | None) -> str | None:
        if not value:
            return None
        if not value.startswith(("http://", "https://")) or any(c.isspace() for c in value):
            raise ValueError("must be an http(s) URL such as https://news.example.org/")
        return value if value.endswith("/") else value + "/"


class ServeSettings(Section):
    """`briefing serve`: who may reach it (behind a reverse proxy) and how much it reads."""

    allowed_hosts: list[str] = Field(
        default_factory=lambda: ["localhost", "127.0.0.1"],
        description="Host header values answered; others get 400 (add your public name).",
    )
    max_body_bytes: int = Field(
        default=4096, ge=64, le=1_048_576, description="Largest request body read."
    )

    @field_validator("allowed_hosts")
    @classmethod
    def _hosts(cls, value: list[str]) -> list[str]:
        for host in value:
            if not host.strip() or any(c.isspace() or c in "/:@" for c in host):
                raise ValueError(
                    f"{host!r} is not a host name; give names like news.example.org "
                    "(no scheme, port or path; *.example.org for subdomains)"
                )
        return value


class BriefSettings(Section):
    """What a build is told (maps onto pipeline.BuildOptions)."""

    min_sources: int = Field(default=2, ge=1)
    quotes_per_side: int = Field(default=2, ge=0)
    title: str = "Briefing"
    doubled_quote_marks: bool = Field(
        default=False, description="Also read ''doubled apostrophes'' as quotation marks."
    )
    lexicon: Path | None = Field(
        default=None,
        description="Extra loaded terms (`term = neutral` lines) for the built-in list.",
    )
    quote_extractor: str = Field(
        default="builtin", description="The registered quote extractor (plugins add theirs)."
    )

    @field_validator("quote_extractor")
    @classmethod
    def _extractor(cls, value: str, info: ValidationInfo) -> str:
        return _registered(value, info, "quote_extractors", "quote extractor")


class CleanSettings(Section):
    """Which cleaner rules run."""

    disable: list[str] = Field(
        default_factory=list, description="Names of cleaner rules to turn off (see the README)."
    )

    @field_validator("disable")
    @classmethod
    def _disable(cls, value: list[str], info: ValidationInfo) -> list[str]:
        return [_registered(name, info, "rules", "cleaner rule") for name in value]
