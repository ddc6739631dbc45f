"""APScheduler wiring: one foreground scheduler that runs `run_digest` on the configured cron.

- `BlockingScheduler` with a `CronTrigger` in the schedule's IANA time zone;
- jobs persisted in an `SQLAlchemyJobStore` on SQLite (`<state_dir>/schedule.sqlite`);
- the job is the text reference `briefing.schedule:run_digest`, id `briefing-digest`, added
  with `replace_existing=True`, `coalesce=True`, `max_instances=1` and a misfire grace of
  hours (`schedule.misfire_grace_hours`), not APScheduler's 1-second default;
- a run missed while the scheduler was down runs once on restart (the stored next run time
  is kept when the job is replaced, and coalescing folds several missed runs into one);
- a lock file makes a second scheduler on the same state folder refuse to start;
- SIGINT / SIGTERM shut it down cleanly, letting a running digest finish.

The send ledger, not the scheduler, is what prevents double sends (see delivery/ledger.py).
"""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import FrameType
from typing import Any

from apscheduler.events import (
    EVENT_JOB_ERROR,
    EVENT_JOB_EXECUTED,
    EVENT_JOB_MISSED,
    EVENT_SCHEDULER_STARTED,
    JobExecutionEvent,
    SchedulerEvent,
)
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.job import Job
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler

from briefing import app
from briefing.cron import crontab_trigger
from briefing.delivery.send import SendReport, request_stop
from briefing.errors import BriefingError
from briefing.settings import ScheduleSettings, Settings

log = logging.getLogger(__name__)

JOB_ID = "briefing-digest"
JOB_REF = "briefing.schedule:run_digest"
JOBS_TABLE = "apscheduler_jobs"


def run_digest(config: str | None = None) -> SendReport | None:
    """The scheduled job (stored by this name): load settings, build the brief, send it."""
    return app.run_scheduled(config)


def run_once(settings: Settings) -> tuple[SendReport, list[str]]:
    """Run one digest now, in this process (`briefing schedule --run-now`)."""
    return app.send(settings)


def store_path(settings: Settings) -> Path:
    """Return the SQLite file of the job store."""
    return settings.output.state_dir / "schedule.sqlite"


def grace_seconds(settings: Settings) -> int:
    """Return the misfire grace time in seconds."""
    return int(settings.schedule.misfire_grace_hours * 3600)


def make_scheduler(
    settings: Settings,
    *,
    scheduler_class: type[BaseScheduler] = BlockingScheduler,
    executor: Any = None,
) -> BaseScheduler:
    """Return a scheduler with the SQLite job store and the job defaults (not yet started)."""
    path = store_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    return scheduler_class(
        jobstores={"default": SQLAlchemyJobStore(url=f"sqlite:///{path.resolve()}")},
        executors={"default": executor or ThreadPoolExecutor(max_workers=1)},
        job_defaults={
            "coalesce": True,
            "max_instances": 1,
            "misfire_grace_time": grace_seconds(settings),
        },
        timezone=settings.schedule.zone(),
    )


def stored_next_run(settings: Settings) -> datetime | None:
    """Return the job's next run time as stored by the last scheduler, if any."""
    import sqlite3

    path = store_path(settings)
    if not path.exists():
        return None
    db = sqlite3.connect(path)
    try:
        row = db.execute(
            f"SELECT next_run_time FROM {JOBS_TABLE} WHERE id = ?", (JOB_ID,)
        ).fetchone()
    except sqlite3.OperationalError:
        return None  # no job table yet
    finally:
        db.close()
    if row is None or row[0] is None:
        return None
    return datetime.fromtimestamp(float(row[0]), UTC)


def install_job(
    scheduler: BaseScheduler, settings: Settings, config: Path | None, now: datetime
) -> Job:
    """Add (or replace) the digest job, keeping a missed run time so it runs once."""
    options: dict[str, Any] = {}
    missed = stored_next_run(settings)
    if missed is not None and missed <= now:
        # replace_existing would recompute the next run from now and silently drop the
        # missed one; keeping it lets APScheduler run it (once, coalesced) within the grace.
        log.warning("a run due at %s was missed while stopped; it runs now", missed)
        options["next_run_time"] = missed
    return scheduler.add_job(
        JOB_REF,
        trigger=settings.schedule.trigger(),
        id=JOB_ID,
        name="briefing digest",
        kwargs={"config": str(config) if config else None},
        replace_existing=True,
        coalesce=True,
        max_instances=1,
        misfire_grace_time=grace_seconds(settings),
        **options,
    )


def next_run(settings: Settings, now: datetime) -> datetime | None:
    """Return the next scheduled run after `now`, in the schedule's time zone."""
    fire: datetime | None = settings.schedule.trigger().get_next_fire_time(None, now)
    return fire


@dataclass(frozen=True, slots=True)
class Transition:
    """A change of UTC offset, and the local wall-clock window it skips or repeats."""

    at: datetime
    start: datetime
    end: datetime
    gap: bool


def transitions(zone_name: str, start: datetime, days: int = 366) -> list[Transition]:
    """Return the zone's offset changes in the `days` after `start`."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(zone_name)
    found: list[Transition] = []
    step = timedelta(hours=1)
    moment = start.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    end = moment + timedelta(days=days)
    before = moment.astimezone(zone).utcoffset()
    while moment < end:
        later = moment + step
        after = later.astimezone(zone).utcoffset()
        if after != before and before is not None and after is not None:
            low, high = moment, later
            while high - low > timedelta(minutes=1):  # bisect to the minute
                mid = low + (high - low) / 2
                if mid.astimezone(zone).utcoffset() == before:
                    low = mid
                else:
                    high = mid
            wall_before = (high + before).replace(tzinfo=None)
            wall_after = (high + after).replace(tzinfo=None)
            gap = after > before
            window = (wall_before, wall_after) if gap else (wall_after, wall_before)
            found.append(Transition(high, window[0], window[1], gap))
        before = after
        moment = later
    return found


def dst_warnings(schedule: ScheduleSettings, start: datetime) -> list[str]:
    """Return a warning for each DST change in the next year that the cron time falls into."""
    from zoneinfo import ZoneInfo

    # Cron fields mean the same in every zone; in UTC the wall times are exact.
    wall = crontab_trigger(schedule.cron, ZoneInfo("UTC"))
    out = []
    for change in transitions(schedule.timezone, start):
        begin = change.start.replace(tzinfo=UTC)
        fire = wall.get_next_fire_time(None, begin)
        if fire is None or fire >= change.end.replace(tzinfo=UTC):
            continue
        what = (
            "does not exist (clocks jump forward), so that run may move or be skipped"
            if change.gap
            else "happens twice (clocks go back), so that run may happen once or twice"
        )
        out.append(
            f"schedule.cron {schedule.cron!r}: on {change.start:%Y-%m-%d} the local time "
            f"{fire:%H:%M} in {schedule.timezone} {what}; pick a time outside "
            f"{change.start:%H:%M}-{change.end:%H:%M}"
        )
    return out


@contextmanager
def single_instance(settings: Settings) -> Iterator[None]:
    """Hold an exclusive lock on the state folder, or raise if another scheduler has it."""
    import fcntl

    path = settings.output.state_dir / "schedule.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BriefingError(
                f"{path}: another `briefing schedule` is running on this state folder; "
                "run exactly one scheduler process (see docs/deployment.md)"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def prepare(
    settings: Settings,
    config: Path | None,
    *,
    now: datetime | None = None,
    scheduler_class: type[BaseScheduler] = BlockingScheduler,
    executor: Any = None,
) -> BaseScheduler:
    """Return a scheduler with the digest job installed and logging wired (not started)."""
    moment = now or datetime.now(UTC)
    for warning in dst_warnings(settings.schedule, moment):
        log.warning("%s", warning)
    scheduler = make_scheduler(settings, scheduler_class=scheduler_class, executor=executor)
    job = install_job(scheduler, settings, config, moment)
    first = getattr(job, "next_run_time", None) or next_run(settings, moment)
    log.info("digest job installed; first run at %s", first)

    def after_run(event: JobExecutionEvent) -> None:
        if event.code == EVENT_JOB_MISSED:
            log.error("digest due at %s was missed beyond the grace time", event.scheduled_run_time)
        elif event.exception is not None:
            log.error("digest run failed: %s", event.exception)
        log.info("next digest at %s", next_run(settings, datetime.now(UTC)))

    scheduler.add_listener(after_run, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED)
    return scheduler


def serve(settings: Settings, config: Path | None) -> None:
    """Run the scheduler in the foreground until SIGINT or SIGTERM."""
    # A long-running process should say what it does (next run times) without -v.
    package = logging.getLogger("briefing")
    if package.getEffectiveLevel() > logging.INFO:
        package.setLevel(logging.INFO)
    with single_instance(settings):
        scheduler = prepare(settings, config)
        stop_requested: list[int] = []

        def stop(signum: int, frame: FrameType | None) -> None:
            log.warning("%s: stopping after the message being sent", signal.Signals(signum).name)
            stop_requested.append(signum)
            request_stop()  # a running batch stops before its next recipient, the rest queued
            if scheduler.running:
                scheduler.shutdown(wait=True)

        def started(event: SchedulerEvent) -> None:
            job = scheduler.get_job(JOB_ID)
            log.info(
                "scheduler running (pid %d); next digest at %s",
                os.getpid(),
                job.next_run_time if job else None,
            )
            if stop_requested:  # a signal that came while starting
                scheduler.shutdown(wait=False)

        scheduler.add_listener(started, EVENT_SCHEDULER_STARTED)
        previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            scheduler.start()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    log.info("scheduler stopped")
