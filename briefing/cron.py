"""Standard 5-field crontab lines as APScheduler triggers (Sunday is 0 or 7, as in cron)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from apscheduler.triggers.cron import CronTrigger

_WEEKDAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


def _weekday_field(field: str) -> str:
    """Return a crontab day-of-week field (0 or 7 = Sunday) in APScheduler's day names."""
    parts = []
    for part in field.split(","):
        base, _, step_text = part.partition("/")
        if not any(ch.isdigit() for ch in base) and not step_text:
            parts.append(part)  # "*" or names ("mon-fri") mean the same to both
            continue
        step = int(step_text) if step_text else 1
        if base == "*":
            first, last = 0, 6
        elif "-" in base:
            low, _, high = base.partition("-")
            first, last = _weekday_number(low), _weekday_number(high)
        else:
            first = _weekday_number(base)
            last = 6 if step_text else first
        if step < 1 or last < first:
            raise ValueError(f"day of week {part!r} is not a valid range")
        parts.extend(_WEEKDAYS[day % 7] for day in range(first, last + 1, step))
    return ",".join(dict.fromkeys(parts))


def _weekday_number(text: str) -> int:
    """Return 0-7 for a crontab weekday number or name."""
    if text.isdigit() and 0 <= int(text) <= 7:
        return int(text)
    if text.lower() in _WEEKDAYS:
        return _WEEKDAYS.index(text.lower())
    raise ValueError(f"day of week {text!r} is not 0-7 or a name like mon")


def crontab_trigger(expr: str, zone: ZoneInfo) -> CronTrigger:
    """Return a CronTrigger for a standard 5-field crontab line (Sunday is 0 or 7, as in cron)."""
    from apscheduler.triggers.cron import CronTrigger

    fields = expr.split()
    if len(fields) != 5:
        raise ValueError(f"has {len(fields)} fields; cron needs 5 (minute hour day month weekday)")
    minute, hour, day, month, weekday = fields
    # APScheduler 3 counts weekdays from Monday = 0; crontab from Sunday = 0.
    return CronTrigger(
        minute=minute,
        hour=hour,
        day=day,
        month=month,
        day_of_week=_weekday_field(weekday),
        timezone=zone,
    )
