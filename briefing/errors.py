"""Errors a user can act on. Only `cli.py` turns them into exit codes."""

from __future__ import annotations


class BriefingError(Exception):
    """Base error: its message says what went wrong, where, and what to do."""

    exit_code = 1


class InputError(BriefingError):
    """A source path or file that cannot be used."""

    exit_code = 2


class ConfigError(BriefingError):
    """Settings that do not validate."""

    exit_code = 2


class RenderError(BriefingError):
    """A template that fails to render or compile."""


class DeliveryError(BriefingError):
    """A message that could not be delivered."""


class EmptyDigestError(BriefingError):
    """A digest with no story: nothing is written or sent (exit code 3)."""

    exit_code = 3
