"""One settings loader: defaults < `briefing.toml` < `BRIEFING_*` environment < command-line flags.

The file is `--config FILE`, else `$BRIEFING_CONFIG`, else `./briefing.toml` when it exists; with
none of these every default applies. Unknown sections or keys are errors, so a typo never passes.

Environment variables: `BRIEFING_<SECTION>__<KEY>` (section and key upper-case, two underscores
between them), e.g. `BRIEFING_DELIVERY__PORT=2526`, `BRIEFING_SCHEDULE__TIMEZONE=Europe/Paris`.
List values are a JSON array (`["a@x.org", "b@x.org"]`) or comma-separated (`a@x.org,b@x.org`).

Secrets never come from the file and are never printed or logged:
- `BRIEFING_SMTP_PASSWORD`: the SMTP password (used only with `delivery.username`).
- `BRIEFING_SECRET` (formerly `BRIEFING_UNSUBSCRIBE_SECRET`, still read): the key of the
  unsubscribe token. A recipient's token is HMAC-SHA256(secret, lower-cased address), hex, first
  32 characters; without a secret it is SHA-256 of the lower-cased address (stable, but
  guessable by whoever knows the address), so `config check`, `send` and `serve` refuse an
  `unsubscribe_url` without one.

Relative paths written in the file are relative to the file's folder; those given in the
environment or on the command line are relative to the current folder.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import tomllib
from collections.abc import Collection, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from email_validator import EmailNotValidError, validate_email
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from briefing.cron import crontab_trigger
from briefing.errors import ConfigError

if TYPE_CHECKING:
    from apscheduler.triggers.cron import CronTrigger


log = logging.getLogger(__name__)

CONFIG_ENV = "BRIEFING_CONFIG"
PASSWORD_ENV = "BRIEFING_SMTP_PASSWORD"
SECRET_ENV = "BRIEFING_SECRET"
LEGACY_SECRET_ENV = "BRIEFING_UNSUBSCRIBE_SECRET"
ENV_PREFIX = "BRIEFING_"
DEFAULT_FILE = "briefing.toml"
MASK = "********"


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

    @field_validator("sender")
    @classmethod
    def _sender(cls, value: str) -> str:
        return _check_address(value, display_name=True)

    @field_validator("recipients")
    @classmethod
    def _recipients(cls, value: list[str]) -> list[str]:
        return [_check_address(item.strip(), display_name=False) for item in value]

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
        default_factory=lambda: ["localhost", "127.0.0.1", "[::1]"],
        description="Host header values answered; others get 400 (add your public name).",
    )
    max_body_bytes: int = Field(
        default=4096, ge=64, le=1_048_576, description="Largest request body read."
    )


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


class CleanSettings(Section):
    """Which cleaner rules run."""

    disable: list[str] = Field(
        default_factory=list, description="Names of cleaner rules to turn off (see the README)."
    )

    @field_validator("disable")
    @classmethod
    def _disable(cls, value: list[str], info: ValidationInfo) -> list[str]:
        return [_registered(name, info, "rules", "cleaner rule") for name in value]


class Settings(BaseModel):
    """Everything briefing.toml can say, with a default for each field."""

    model_config = ConfigDict(extra="forbid")

    sources: SourcesSettings = Field(default_factory=SourcesSettings)
    output: OutputSettings = Field(default_factory=OutputSettings)
    mail: MailSettings = Field(default_factory=MailSettings)
    delivery: DeliverySettings = Field(default_factory=DeliverySettings)
    schedule: ScheduleSettings = Field(default_factory=ScheduleSettings)
    brief: BriefSettings = Field(default_factory=BriefSettings)
    digest: DigestSettings = Field(default_factory=DigestSettings)
    archive: ArchiveSettings = Field(default_factory=ArchiveSettings)
    serve: ServeSettings = Field(default_factory=ServeSettings)
    clean: CleanSettings = Field(default_factory=CleanSettings)

    config_path: Path | None = Field(default=None, exclude=True)
    unsubscribe_secret: SecretStr | None = Field(default=None, exclude=True)
    file_recipients: list[str] = Field(default_factory=list, exclude=True)
    origins: dict[str, str] = Field(
        default_factory=dict, exclude=True, description="Where each set value came from."
    )

    def recipient_list(self) -> list[str]:
        """Return inline then file recipients, without case-insensitive duplicates."""
        seen: set[str] = set()
        out: list[str] = []
        for address in [*self.mail.recipients, *self.file_recipients]:
            key = address.lower()
            if key not in seen:
                seen.add(key)
                out.append(address)
        return out

    def unsubscribe_token(self, recipient: str) -> str:
        """Return the recipient's unsubscribe token (see the module docstring)."""
        data = recipient.strip().lower().encode("utf-8")
        if self.unsubscribe_secret is not None:
            key = self.unsubscribe_secret.get_secret_value().encode("utf-8")
            return hmac.new(key, data, hashlib.sha256).hexdigest()[:32]
        return hashlib.sha256(data).hexdigest()[:32]

    def unsubscribe_link(self, recipient: str) -> str | None:
        """Return the recipient's unsubscribe URL, or None without a template."""
        if self.mail.unsubscribe_url is None:
            return None
        return self.mail.unsubscribe_url.replace("{token}", self.unsubscribe_token(recipient))

    def outbox_dir(self) -> Path:
        """Return the folder the outbox transport writes .eml files to."""
        return self.output.dir / "outbox"

    def ledger_path(self) -> Path:
        """Return the send ledger's SQLite file."""
        return self.output.state_dir / "ledger.sqlite"

    def is_digest(self) -> bool:
        """Return whether a send builds a digest (feeds, URL lists or `[digest] enabled`)."""
        return bool(self.digest.enabled or self.sources.feeds or self.sources.url_lists)

    def archive_dir(self) -> Path:
        """Return the folder of the web archive."""
        return self.archive.dir or self.output.dir / "archive"

    def secret_problems(self) -> list[str]:
        """Return what makes unsubscribe links unsafe (an unsubscribe_url without a secret)."""
        if self.mail.unsubscribe_url and self.unsubscribe_secret is None:
            where = self.origins.get("mail.unsubscribe_url", "settings")
            return [
                f"{where}: mail.unsubscribe_url is set but ${SECRET_ENV} is not, so anyone "
                f"who knows an address can unsubscribe it; set ${SECRET_ENV} to a long random "
                "value (e.g. `openssl rand -hex 32`)"
            ]
        return []

    def report(self) -> str:
        """Return the effective settings as TOML-like lines, secrets masked, origins noted."""
        lines = [f"# config file: {self.config_path or '(none; defaults)'}"]
        for section, values in self.effective().items():
            lines.append(f"[{section}]")
            for key, value in values.items():
                shown = "(not set)" if value is None else json.dumps(value, ensure_ascii=False)
                where = self.origins.get(f"{section}.{key}")
                lines.append(f"{key} = {shown}" + (f"  # from {where}" if where else ""))
        return "\n".join(lines)

    def effective(self) -> dict[str, dict[str, Any]]:
        """Return the settings as plain data, secrets masked, for `config check`."""
        data: dict[str, dict[str, Any]] = self.model_dump(mode="json")
        data["delivery"]["password"] = MASK if self.delivery.password else ""
        data["delivery"]["effective_port"] = self.delivery.effective_port()
        data["mail"]["unsubscribe_secret"] = MASK if self.unsubscribe_secret else ""
        data["mail"]["all_recipients"] = self.recipient_list()
        return data


# Fields holding paths, so values from the file can be made relative to the file's folder.
_PATH_FIELDS: dict[tuple[str, str], bool] = {
    ("sources", "paths"): True,
    ("sources", "url_lists"): True,
    ("output", "dir"): False,
    ("output", "state_dir"): False,
    ("output", "templates"): False,
    ("mail", "recipients_file"): False,
    ("delivery", "ca_file"): False,
    ("brief", "lexicon"): False,
    ("archive", "dir"): False,
}
SECTIONS = frozenset(
    {
        "sources",
        "output",
        "mail",
        "delivery",
        "schedule",
        "brief",
        "digest",
        "clean",
        "archive",
        "serve",
    }
)
_LIST_FIELDS = {
    ("sources", "paths"),
    ("sources", "feeds"),
    ("sources", "url_lists"),
    ("mail", "recipients"),
    ("serve", "allowed_hosts"),
    ("clean", "disable"),
}
ALIASES = {"BRIEFING_LEXICON": ("brief", "lexicon")}
"""Short variables the README documents, and the setting each one sets."""


def find_config(path: str | Path | None, env: Mapping[str, str] | None = None) -> Path | None:
    """Return the config file to read: the flag, else $BRIEFING_CONFIG, else ./briefing.toml."""
    env = {} if env is None else env
    if path is not None and str(path) != "":
        return Path(path)
    if env.get(CONFIG_ENV):
        return Path(env[CONFIG_ENV])
    default = Path(DEFAULT_FILE)
    return default if default.is_file() else None


def _read_file(path: Path) -> dict[str, Any]:
    """Return the parsed TOML of `path`."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: config file not found; create it or drop --config/${CONFIG_ENV}"
        ) from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror}); check the path") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix the syntax") from None


def _relative_to(base: Path, value: Any, many: bool) -> Any:
    """Return path value(s) joined onto `base` when relative."""

    def join(item: Any) -> Any:
        if isinstance(item, str) and item and not Path(item).is_absolute():
            return str(base / item)
        return item

    if many and isinstance(value, list):
        return [join(v) for v in value]
    return join(value)


def _env_layer(env: Mapping[str, str]) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """Return the BRIEFING_SECTION__KEY values as nested data, and where each came from."""
    layer: dict[str, dict[str, Any]] = {}
    origin: dict[str, str] = {}
    special = {CONFIG_ENV, PASSWORD_ENV, SECRET_ENV, LEGACY_SECRET_ENV}
    for name in sorted(env):
        if not name.startswith(ENV_PREFIX) or name in special:
            continue
        if name in ALIASES:
            section, key = ALIASES[name]
            layer.setdefault(section, {})[key] = env[name]
            origin[f"{section}.{key}"] = f"${name}"
            continue
        rest = name[len(ENV_PREFIX) :]
        if "__" not in rest:
            raise ConfigError(
                f"${name}: not a setting; use BRIEFING_<SECTION>__<KEY>, "
                "e.g. BRIEFING_DELIVERY__PORT"
            )
        section, key = (part.lower() for part in rest.split("__", 1))
        if section not in SECTIONS:
            raise ConfigError(
                f"${name}: unknown section {section!r}; use one of {', '.join(sorted(SECTIONS))}"
            )
        if (section, key) == ("delivery", "password"):
            raise ConfigError(f"${name}: not read; set the SMTP password in ${PASSWORD_ENV}")
        raw = env[name]
        value: Any = raw
        if (section, key) in _LIST_FIELDS:
            value = _split_list(name, raw)
        layer.setdefault(section, {})[key] = value
        origin[f"{section}.{key}"] = f"${name}"
    return layer, origin


def _split_list(name: str, raw: str) -> list[str]:
    """Return a list from a JSON array or a comma-separated string."""
    text = raw.strip()
    if text.startswith("["):
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"${name}: not a JSON array ({exc.msg}); or use a,b,c") from None
        if not isinstance(parsed, list):
            raise ConfigError(f"${name}: expected a list")
        return [str(v) for v in parsed]
    return [part.strip() for part in text.split(",") if part.strip()]


def _merge(base: dict[str, Any], layer: Mapping[str, Any]) -> None:
    """Merge `layer` into `base` one section deep (a later layer wins per key)."""
    for section, values in layer.items():
        if isinstance(values, Mapping) and isinstance(base.get(section), dict):
            base[section].update(values)
        else:
            base[section] = dict(values) if isinstance(values, Mapping) else values


def _read_recipients(path: Path) -> list[str]:
    """Return the addresses in a recipients file, one per line; errors name the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: recipients file not found; create it or fix mail.recipients_file"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read recipients ({exc}); save it as UTF-8") from None
    problems: list[str] = []
    out: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        try:
            out.append(_check_address(entry, display_name=False))
        except ValueError as exc:
            problems.append(f"{path}:{number}: {exc}; fix or remove the line")
    if problems:
        raise ConfigError("\n".join(problems))
    return out


def _describe(errors: ValidationError, origin: Mapping[str, str], default_origin: str) -> str:
    """Return one line per validation problem: where, which field, why."""
    lines = []
    for error in errors.errors():
        loc = ".".join(str(part) for part in error["loc"][:2])
        where = origin.get(loc) or origin.get(str(error["loc"][0])) or default_origin
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = "unknown setting; check the spelling (see `briefing config check --help`)"
        lines.append(f"{where}: {loc}: {message}")
    return "\n".join(lines)


def load_settings(
    config: str | Path | None = None,
    *,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Mapping[str, Any]] | None = None,
    registries: Mapping[str, Collection[str]] | None = None,
) -> Settings:
    """Return validated settings: defaults < file < BRIEFING_* `env` < `overrides` (CLI flags).

    `env` is the environment to read (the caller passes `os.environ`; None reads none);
    `registries` lists the names that registry-backed settings may take ("transports", "rules").
    """
    environ: Mapping[str, str] = {} if env is None else env
    path = find_config(config, environ)
    data: dict[str, Any] = {}
    origin: dict[str, str] = {}
    if path is not None:
        raw = _read_file(path)
        base = path.parent
        for section, values in raw.items():
            if section not in SECTIONS:
                raise ConfigError(
                    f"{path}: [{section}]: unknown section; "
                    f"use one of {', '.join(sorted(SECTIONS))}"
                )
            if not isinstance(values, dict):
                raise ConfigError(f"{path}: {section}: must be a [{section}] table")
            if section == "delivery" and "password" in values:
                raise ConfigError(
                    f"{path}: delivery.password: never put the password in the file; "
                    f"set ${PASSWORD_ENV} instead"
                )
            fixed = {}
            for key, value in values.items():
                many = _PATH_FIELDS.get((section, key))
                fixed[key] = value if many is None else _relative_to(base, value, many)
                origin[f"{section}.{key}"] = str(path)
            data[section] = fixed
            origin.setdefault(section, str(path))
    env_layer, env_origin = _env_layer(environ)
    _merge(data, env_layer)
    origin.update(env_origin)
    if overrides:
        cleaned = {
            s: {k: v for k, v in vals.items() if v is not None} for s, vals in overrides.items()
        }
        _merge(data, cleaned)
        for section, values in cleaned.items():
            for key in values:
                origin[f"{section}.{key}"] = "command line"
    password = environ.get(PASSWORD_ENV)
    if password:
        data.setdefault("delivery", {})["password"] = password
    secret = environ.get(SECRET_ENV) or environ.get(LEGACY_SECRET_ENV)
    if secret:
        data["unsubscribe_secret"] = secret
    data["config_path"] = path
    try:
        settings = Settings.model_validate(data, context=dict(registries or {}))
    except ValidationError as exc:
        raise ConfigError(_describe(exc, origin, str(path) if path else "settings")) from None
    if settings.mail.recipients_file is not None:
        settings.file_recipients = _read_recipients(settings.mail.recipients_file)
    settings.origins = {k: v for k, v in origin.items() if "." in k}
    if password:
        settings.origins["delivery.password"] = f"${PASSWORD_ENV}"
    if secret:
        used = SECRET_ENV if environ.get(SECRET_ENV) else LEGACY_SECRET_ENV
        settings.origins["mail.unsubscribe_secret"] = f"${used}"
    log.info("settings loaded from %s", path or "defaults")
    return settings
