"""Transports: where a message goes (an outbox folder of .eml files, or an SMTP server).

Transports are a registry: `TRANSPORTS` maps the `[delivery] transport` name to a factory that
takes the settings and returns a `Transport`; the built-ins are registered through
`register_transport`, as third-party plugins are.

A transport raises a classified DeliveryError:
- `ConnectionDeliveryError`: the server cannot be reached or dropped the session before the
  message was handed over; the batch stops soon and the rest stays queued;
- `TransientDeliveryError`: a 4xx about this message; worth retrying;
- `PermanentDeliveryError`: a 5xx (or an address the server cannot take) for this recipient;
- `UncertainDeliveryError`: the final "." of DATA went out and no clear answer came back (the
  connection dropped, the reply came too late): the message may have been delivered, so it is
  never retried automatically;
- `FatalDeliveryError`: a failure that would hit every message (login, sender, TLS).
"""

from __future__ import annotations

import hashlib
import logging
import re
import smtplib
import ssl
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import idna

from briefing.errors import DeliveryError

if TYPE_CHECKING:
    from briefing.settings import DeliverySettings, Settings

log = logging.getLogger(__name__)


class TransientDeliveryError(DeliveryError):
    """A failure worth retrying: a 4xx reply about this message."""


class ConnectionDeliveryError(TransientDeliveryError):
    """No session with the server (refused, timed out, dropped) before the message went out."""


class PermanentDeliveryError(DeliveryError):
    """A 5xx reply about this one message or recipient, or an address it cannot take."""


class UncertainDeliveryError(DeliveryError):
    """The message went out in full but no clear answer came back: it may have arrived."""


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
        """Return the .eml path of a message: its digest, the recipient, and a short hash.

        The hash of the exact address keeps names apart when the readable part is the same
        (`jürgen@` and `jörgen@` both read `j_rgen@`).
        """
        mid = str(message.get("Message-ID", "")).strip("<>").partition("@")[0]
        digest = mid.rpartition(".")[0] or "message"
        who = hashlib.sha256(recipient.encode("utf-8")).hexdigest()[:10]
        return self.folder / f"{_UNSAFE.sub('_', digest)}--{_UNSAFE.sub('_', recipient)}-{who}.eml"

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


def _text(raw: object) -> str:
    """Return an SMTP reply text as str."""
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw or "")


def classify(exc: BaseException, where: str, *, handed_over: bool = False) -> DeliveryError:
    """Return the classified DeliveryError for an smtplib / socket failure.

    `handed_over` says the final "." of DATA had gone out when it failed.
    """
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, reply = next(iter(exc.recipients.values()), (550, b"refused"))
        return _code_kind(code)(f"{where}: recipient refused: {code} {_text(reply)}")
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return FatalDeliveryError(
            f"{where}: login refused ({exc.smtp_code}); check delivery.username and "
            "$BRIEFING_SMTP_PASSWORD"
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return FatalDeliveryError(f"{where}: {exc}; check delivery.security and delivery.username")
    if isinstance(exc, smtplib.SMTPResponseException):
        # A reply, even after the ".", is a clear answer: the server did not take the message.
        message = f"{where}: server replied {exc.smtp_code} {_text(exc.smtp_error)}".rstrip()
        if isinstance(
            exc, smtplib.SMTPSenderRefused | smtplib.SMTPConnectError | smtplib.SMTPHeloError
        ):
            if exc.smtp_code >= 500:
                return FatalDeliveryError(f"{message}; check mail.sender and the server")
            if not isinstance(exc, smtplib.SMTPSenderRefused):
                return ConnectionDeliveryError(message)
        return _code_kind(exc.smtp_code)(message)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return FatalDeliveryError(f"{where}: TLS certificate not trusted ({exc.verify_message})")
    if isinstance(exc, smtplib.SMTPException | OSError):
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        if handed_over:
            return UncertainDeliveryError(
                f"{where}: {reason} after the whole message was sent; it may have arrived"
            )
        return ConnectionDeliveryError(f"{where}: {reason}")
    raise exc


class _Tracking:
    """Notes when the final "." of DATA has been written to the socket."""

    handed_over = False
    _in_data = False

    def data(self, msg: Any) -> tuple[int, bytes]:
        self._in_data = True
        try:
            return super().data(msg)  # type: ignore[misc]
        finally:
            self._in_data = False

    def send(self, s: Any) -> None:
        super().send(s)  # type: ignore[misc]
        # smtplib writes the message and the final "." in one call, then reads the reply.
        if self._in_data and isinstance(s, bytes) and s.endswith(b"\r\n.\r\n"):
            self.handed_over = True


class _Session(_Tracking, smtplib.SMTP):
    """An SMTP session that knows whether the message was handed over."""


class _TlsSession(_Tracking, smtplib.SMTP_SSL):
    """An implicit-TLS SMTP session that knows whether the message was handed over."""


def _ascii_address(address: str) -> str | None:
    """Return `address` with its domain in IDNA form, or None if the local part is not ASCII."""
    local, _, domain = address.rpartition("@")
    if not local.isascii():
        return None
    try:
        return f"{local}@{domain if domain.isascii() else idna.encode(domain, uts46=True).decode()}"
    except idna.IDNAError:
        return None


class SmtpTransport:
    """Sends through an SMTP server with smtplib, one connection reused across the batch."""

    name = "smtp"

    def __init__(self, delivery: DeliverySettings, *, context: ssl.SSLContext | None = None):
        self.delivery = delivery
        self.context = context
        self._conn: _Session | _TlsSession | None = None

    @property
    def where(self) -> str:
        """Return host:port for messages."""
        return f"smtp {self.delivery.host}:{self.delivery.effective_port()}"

    def _connect(self) -> _Session | _TlsSession:
        """Return a connected (and if set up, secured and logged-in) session."""
        d = self.delivery
        context = self.context or self._default_context()
        conn: _Session | _TlsSession
        try:
            if d.security == "tls":
                conn = _TlsSession(d.host, d.effective_port(), timeout=d.timeout, context=context)
            else:
                conn = _Session(d.host, d.effective_port(), timeout=d.timeout)
        except (smtplib.SMTPException, OSError) as exc:
            raise classify(exc, self.where) from None
        try:
            conn.ehlo()
            if d.security == "starttls":
                if not conn.has_extn("starttls"):
                    raise FatalDeliveryError(
                        f"{self.where}: the server does not offer STARTTLS; check "
                        'delivery.security ("tls" for a port-465 server)'
                    )
                conn.starttls(context=context)
                conn.ehlo()
            if d.username:
                if d.security == "none" and not d.allow_plaintext_auth:
                    # Settings refuse this too; a transport built by hand must not leak either.
                    raise FatalDeliveryError(
                        f"{self.where}: refusing to send the password unencrypted "
                        '(delivery.security = "none"); use "starttls" or "tls"'
                    )
                password = d.password.get_secret_value() if d.password else ""
                conn.login(d.username, password)
        except DeliveryError:
            conn.close()
            raise
        except (smtplib.SMTPException, OSError) as exc:
            conn.close()
            raise classify(exc, self.where) from None
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

    def _envelope(
        self, conn: _Session | _TlsSession, message: EmailMessage, recipient: str
    ) -> tuple[EmailMessage, str, str]:
        """Return the message and the envelope addresses this server can take.

        With SMTPUTF8 on offer, addresses go as they are; otherwise the domain goes in IDNA
        form, and an address with non-ASCII letters before the @ cannot go at all.
        """
        sender = parseaddr(str(message.get("From", "")))[1]
        if conn.has_extn("smtputf8") or (sender + recipient).isascii():
            return message, sender, recipient
        ascii_sender = _ascii_address(sender)
        if ascii_sender is None:
            raise FatalDeliveryError(
                f"{self.where}: the sender {sender!r} has non-ASCII letters before the @ and "
                "the server does not offer SMTPUTF8; use an ASCII mail.sender"
            )
        ascii_recipient = _ascii_address(recipient)
        if ascii_recipient is None:
            raise PermanentDeliveryError(
                f"{self.where}: the address has non-ASCII letters before the @ and the server "
                "does not offer SMTPUTF8 (needed for such addresses); only this recipient is "
                "skipped"
            )
        if ascii_recipient != recipient:
            # Each message is built for this one recipient, so it may be changed in place.
            del message["To"]
            message["To"] = ascii_recipient
        return message, ascii_sender, ascii_recipient

    def send(self, message: EmailMessage, recipient: str) -> None:
        """Send one message to one recipient; classify any failure."""
        if self._conn is None:
            self._conn = self._connect()
        conn = self._conn
        conn.handed_over = False
        try:
            message, sender, rcpt = self._envelope(conn, message, recipient)
            conn.send_message(message, from_addr=sender, to_addrs=[rcpt])
        except DeliveryError:
            raise
        except (smtplib.SMTPException, OSError) as exc:
            # After any failure the session state is unknown: start the next try afresh.
            self._drop()
            raise classify(exc, self.where, handed_over=conn.handed_over) from None

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
