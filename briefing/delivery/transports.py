"""Transports: where a message goes (an outbox folder of .eml files, or an SMTP server).

Transports are a registry: `TRANSPORTS` maps the `[delivery] transport` name to a factory that
takes the settings and returns a `Transport`; the built-ins are registered through
`register_transport`, as third-party plugins are.

A transport raises a classified DeliveryError: transient failures (refused connection, timeout,
4xx) are worth retrying; a 5xx for one recipient is permanent for that row; a 5xx that concerns
every message (login, sender refused) is fatal and stops the batch.
"""

from __future__ import annotations

import logging
import re
import smtplib
import ssl
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from briefing.errors import DeliveryError

if TYPE_CHECKING:
    from briefing.settings import DeliverySettings, Settings

log = logging.getLogger(__name__)


class TransientDeliveryError(DeliveryError):
    """A failure worth retrying: no connection, a timeout, a 4xx reply."""


class PermanentDeliveryError(DeliveryError):
    """A 5xx reply about this one message or recipient."""


class FatalDeliveryError(DeliveryError):
    """A failure that would hit every message (login, sender, TLS): stop the batch."""


class Transport(Protocol):
    """Where a message goes; `send` raises a classified DeliveryError on failure."""

    name: str

    def send(self, message: EmailMessage, recipient: str) -> None:
        """Deliver one message to one recipient."""

    def close(self) -> None:
        """Release any connection."""


_UNSAFE = re.compile(r"[^A-Za-z0-9@._+-]")


class OutboxTransport:
    """Writes each message as an .eml file into a folder (no mail server needed)."""

    name = "outbox"

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, message: EmailMessage, recipient: str) -> Path:
        """Return the .eml path of a message: its Message-ID's digest part and the recipient."""
        mid = str(message.get("Message-ID", "")).strip("<>").partition("@")[0]
        digest = mid.rpartition(".")[0] or "message"
        return self.folder / f"{_UNSAFE.sub('_', digest)}--{_UNSAFE.sub('_', recipient)}.eml"

    def send(self, message: EmailMessage, recipient: str) -> None:
        """Write the message atomically."""
        from briefing.output.files import atomic_write

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path_for(message, recipient), message.as_bytes())
        except OSError as exc:
            raise FatalDeliveryError(
                f"{self.folder}: cannot write the outbox ({exc.strerror}); check the folder"
            ) from None

    def close(self) -> None:
        """Nothing to release."""


def _code_kind(code: int) -> type[DeliveryError]:
    """Return the error class for an SMTP reply code."""
    return TransientDeliveryError if 400 <= code < 500 else PermanentDeliveryError


def classify(exc: BaseException, where: str) -> DeliveryError:
    """Return the classified DeliveryError for an smtplib / socket failure."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, reply = next(iter(exc.recipients.values()), (550, b"refused"))
        text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
        return _code_kind(code)(f"{where}: recipient refused: {code} {text}")
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return FatalDeliveryError(
            f"{where}: login refused ({exc.smtp_code}); check delivery.username and "
            "$BRIEFING_SMTP_PASSWORD"
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return FatalDeliveryError(f"{where}: {exc}; check delivery.security")
    if isinstance(exc, smtplib.SMTPResponseException):
        raw = exc.smtp_error
        text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw or "")
        message = f"{where}: server replied {exc.smtp_code} {text}".rstrip()
        if exc.smtp_code >= 500 and isinstance(
            exc, smtplib.SMTPSenderRefused | smtplib.SMTPConnectError | smtplib.SMTPHeloError
        ):
            return FatalDeliveryError(f"{message}; check mail.sender and the server")
        return _code_kind(exc.smtp_code)(message)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return FatalDeliveryError(f"{where}: TLS certificate not trusted ({exc.verify_message})")
    if isinstance(exc, smtplib.SMTPException | OSError):
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        return TransientDeliveryError(f"{where}: {reason}")
    raise exc


class SmtpTransport:
    """Sends through an SMTP server with smtplib, one connection reused across the batch."""

    name = "smtp"

    def __init__(self, delivery: DeliverySettings, *, context: ssl.SSLContext | None = None):
        self.delivery = delivery
        self.context = context
        self._conn: smtplib.SMTP | None = None

    @property
    def where(self) -> str:
        """Return host:port for messages."""
        return f"smtp {self.delivery.host}:{self.delivery.effective_port()}"

    def _connect(self) -> smtplib.SMTP:
        """Return a connected (and if set up, secured and logged-in) session."""
        d = self.delivery
        context = self.context or self._default_context()
        conn: smtplib.SMTP
        if d.security == "tls":
            conn = smtplib.SMTP_SSL(d.host, d.effective_port(), timeout=d.timeout, context=context)
        else:
            conn = smtplib.SMTP(d.host, d.effective_port(), timeout=d.timeout)
        try:
            conn.ehlo()
            if d.security == "starttls":
                conn.starttls(context=context)
                conn.ehlo()
            if d.username:
                password = d.password.get_secret_value() if d.password else ""
                conn.login(d.username, password)
        except BaseException:
            conn.close()
            raise
        return conn

    def _default_context(self) -> ssl.SSLContext:
        """Return a verifying TLS context, trusting `delivery.ca_file` if set."""
        ca_file = self.delivery.ca_file
        try:
            return ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
        except (OSError, ssl.SSLError) as exc:
            raise FatalDeliveryError(
                f"{ca_file}: cannot load CA certificates ({exc}); fix delivery.ca_file"
            ) from None

    def send(self, message: EmailMessage, recipient: str) -> None:
        """Send one message to one recipient; classify any failure."""
        try:
            if self._conn is None:
                self._conn = self._connect()
            sender = parseaddr(str(message.get("From", "")))[1]
            self._conn.send_message(message, from_addr=sender, to_addrs=[recipient])
        except (smtplib.SMTPException, OSError) as exc:
            # After any failure the session state is unknown: start the next try afresh.
            self._drop()
            raise classify(exc, self.where) from None

    def _drop(self) -> None:
        """Close the connection without ceremony."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def close(self) -> None:
        """Say QUIT if connected, then close."""
        if self._conn is not None:
            try:
                self._conn.quit()
            except (smtplib.SMTPException, OSError):
                log.debug("QUIT failed; closing anyway")
            finally:
                self._drop()


TransportFactory = Callable[["Settings"], Transport]

TRANSPORTS: dict[str, TransportFactory] = {}


def register_transport(name: str, factory: TransportFactory) -> None:
    """Make `[delivery] transport = name` build its transport with `factory(settings)`."""
    TRANSPORTS[name] = factory


def make_transport(settings: Settings) -> Transport:
    """Return the transport that `[delivery] transport` names."""
    name = settings.delivery.transport
    factory = TRANSPORTS.get(name)
    if factory is None:
        known = ", ".join(sorted(TRANSPORTS))
        raise DeliveryError(
            f"delivery.transport: no transport named {name!r} (known: {known}); fix briefing.toml"
        )
    return factory(settings)


register_transport("outbox", lambda settings: OutboxTransport(settings.outbox_dir()))
register_transport("smtp", lambda settings: SmtpTransport(settings.delivery))
