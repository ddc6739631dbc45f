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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
)

from briefing.cron import crontab_trigger as crontab_trigger
from briefing.errors import ConfigError
from briefing.sections import (
    PASSWORD_ENV as PASSWORD_ENV,
)
from briefing.sections import (
    PLACEHOLDER_DOMAINS as PLACEHOLDER_DOMAINS,
)
from briefing.sections import (
    ArchiveSettings as ArchiveSettings,
)
from briefing.sections import (
    BriefSettings as BriefSettings,
)
from briefing.sections import (
    CleanSettings as CleanSettings,
)
from briefing.sections import (
    DeliverySettings as DeliverySettings,
)
from briefing.sections import (
    DigestSettings as DigestSettings,
)
from briefing.sections import (
    MailSettings as MailSettings,
)
from briefing.sections import (
    OutputSettings as OutputSettings,
)
from briefing.sections import (
    ScheduleSettings as ScheduleSettings,
)
from briefing.sections import (
    Section as Section,
)
from briefing.sections import (
    ServeSettings as ServeSettings,
)
from briefing.sections import (
    SourcesSettings as SourcesSettings,
)
from briefing.sections import (
    _check_address as _check_address,
)
from briefing.sections import (
    _registered as _registered,
)
from briefing.sections import (
    address_of as address_of,
)
from briefing.sections import (
    list_id_for as list_id_for,
)
from briefing.sections import (
    placeholder_domain as placeholder_domain,
)
from briefing.sections import (
    valid_recipient as valid_recipient,
)

if TYPE_CHECKING:
    pass


log = logging.getLogger(__name__)

CONFIG_ENV = "BRIEFING_CONFIG"
SECRET_ENV = "BRIEFING_SECRET"
LEGACY_SECRET_ENV = "BRIEFING_UNSUBSCRIBE_SECRET"
ENV_PREFIX = "BRIEFING_"
DEFAULT_FILE = "briefing.toml"
MASK = "********"


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
            key = address_of(address)
            if key not in seen:
                seen.add(key)
                out.append(address)
        return out

    def unsubscribe_token(self, recipient: str) -> str:
        """Return the recipient's unsubscribe token (see the module docstring)."""
        data = address_of(recipient).encode("utf-8")
        if self.unsubscribe_secret is not None:
            key = self.unsubscribe_secret.get_secret_value().encode("utf-8")
            return hmac.new(key, data, hashlib.sha256).hexdigest()[:32]
        return hashlib.sha256(data).hexdigest()[:32]

    def unsubscribe_link(self, recipient: str) -> str | None:
        """Return the recipient's unsubscribe URL, or None without a template."""
        if self.mail.unsubscribe_url is None:
            return None
        return self.mail.unsubscribe_url.replace("{token}", self.unsubscribe_token(recipient))

    def list_id(self) -> str:
        """Return the List-Id header: `[mail] list_id`, else the title on the sender's domain."""
        if self.mail.list_id:
            return self.mail.list_id
        return list_id_for(self.brief.title, self.mail.sender)

    def article_paths(self) -> list[str]:
        """Return `[sources] paths`; if none was set and the default folder is not here, raise
        a ConfigError saying how to name articles (rather than "seeds: no such file")."""
        paths = [str(p) for p in self.sources.paths]
        if "sources.paths" not in self.origins and not any(Path(p).exists() for p in paths):
            if self.sources.feeds or self.sources.url_lists:
                return []  # the feeds are the sources; the default folder is not needed
            raise ConfigError(
                "no articles given: name files or folders (`briefing build FOLDER`), or set "
                "[sources] paths in briefing.toml (`briefing init` writes a starter file)"
            )
        return paths

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
        """Return the effective settings as valid TOML, secrets masked, origins noted.

        Values that are unset, derived or secret are comments, so the output can be saved
        as a briefing.toml and read back.
        """
        lines = [f"# config file: {self.config_path or '(none; defaults)'}"]
        settable = self.model_dump(mode="json")
        for section, values in self.effective().items():
            lines.append(f"\n[{section}]")
            for key, value in values.items():
                where = self.origins.get(f"{section}.{key}")
                note = f"  # from {where}" if where else ""
                if value is None:
                    lines.append(f"# {key} = (not set){note}")
                elif key in ("password", "unsubscribe_secret"):
                    lines.append(f"# {key} = {_toml_value(value)}  (secret: environment only)")
                elif key not in settable.get(section, {}):
                    lines.append(f"# {key} = {_toml_value(value)}  (derived, not a setting){note}")
                else:
                    lines.append(f"{key} = {_toml_value(value)}{note}")
        return "\n".join(lines) + "\n"

    def sender_warnings(self) -> list[str]:
        """Return a warning for each address that cannot really send or receive replies."""
        warnings = []
        for field_name, address in (("sender", self.mail.sender), ("reply_to", self.mail.reply_to)):
            domain = placeholder_domain(address) if address else None
            if domain:
                warnings.append(
                    f"mail.{field_name} {address!r} is on {domain}, which receives no mail; "
                    "set your own address before sending to real readers"
                )
        return warnings

    def effective(self) -> dict[str, dict[str, Any]]:
        """Return the settings as plain data, secrets masked, for `config check`."""
        data: dict[str, dict[str, Any]] = self.model_dump(mode="json")
        data["delivery"]["password"] = MASK if self.delivery.password else ""
        data["delivery"]["effective_port"] = self.delivery.effective_port()
        data["mail"]["unsubscribe_secret"] = MASK if self.unsubscribe_secret else ""
        data["mail"]["all_recipients"] = self.recipient_list()
        return data


def _toml_value(value: Any) -> str:
    """Return a TOML literal for a JSON-like value (strings, numbers, booleans, lists)."""
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        pairs = (f"{json.dumps(k)} = {_toml_value(v)}" for k, v in value.items())
        return "{" + ", ".join(pairs) + "}"
    # a JSON string, number or boolean is also a TOML one (JSON escapes are TOML escapes)
    return json.dumps(value, ensure_ascii=False)


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


STARTER = Path(__file__).resolve().parent / "data" / "starter.toml"


def write_starter(path: Path) -> Path:
    """Write the commented starter settings file at `path`; never overwrite an existing file."""
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(STARTER.read_text(encoding="utf-8"))
    except FileExistsError:
        raise ConfigError(
            f"{path}: already exists; not overwritten. Edit it, or pass another file name"
        ) from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write ({exc.strerror}); choose another path") from None
    return path


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
            out.append(_check_address(entry, display_name=True))
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
