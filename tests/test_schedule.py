"""The scheduler against a real SQLite job store, driven by a controlled clock (no real sleeps)."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from apscheduler.executors.debug import DebugExecutor
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from click.testing import CliRunner

import briefing.app
import briefing.delivery.send
from briefing.cli import main
from briefing.errors import BriefingError
from briefing.model import Brief, Fact, Story
from briefing.schedule import (
    JOB_ID,
    JOB_REF,
    dst_warnings,
    make_scheduler,
    prepare,
    single_instance,
    transitions,
)
from briefing.settings import ScheduleSettings, Settings, load_settings

NY = ZoneInfo("America/New_York")


class Clock:
    """The time every patched `datetime.now` returns."""

    def __init__(self, now: datetime) -> None:
        self.now = now


class SteppedScheduler(BlockingScheduler):
    """A BlockingScheduler whose loop the test drives by calling `_process_jobs` itself."""

    def _main_loop(self) -> None:
        return None


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    frozen = Clock(datetime(2025, 6, 2, 5, 0, tzinfo=NY))

    class FrozenDatetime(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Any:
            return frozen.now.astimezone(tz) if tz else frozen.now.replace(tzinfo=None)

    for module in ("apscheduler.schedulers.base", "apscheduler.executors.base"):
        monkeypatch.setattr(f"{module}.datetime", FrozenDatetime)
    return frozen


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[Settings]:
    """Count digest runs: each run builds the brief once (a fixed brief, no pipeline)."""
    calls: list[Settings] = []
    text = "The board adopted the plan on Monday."
    brief = Brief(
        generated_at="2025-06-02T07:00:00+00:00",
        title="Briefing",
        stories=[
            Story(
                id="story-1",
                headline="Board adopts plan",
                summary=text,
                facts=[
                    Fact(
                        text=text,
                        sources=["a1", "a2"],
                        independent_sources=2,
                        source="a1",
                        start=0,
                        end=len(text),
                    )
                ],
            )
        ],
    )

    def fake_build(settings: Settings) -> tuple[Brief, list[str]]:
        calls.append(settings)
        return brief, []

    monkeypatch.setattr(briefing.app, "brief_from_settings", fake_build)
    return calls


def write_config(tmp_path: Path, grace_hours: float = 6) -> Path:
    config = tmp_path / "briefing.toml"
    config.write_text(
        '[mail]\nrecipients = ["reader@example.org"]\n'
        '[schedule]\ncron = "0 7 * * *"\ntimezone = "America/New_York"\n'
        f"misfire_grace_hours = {grace_hours}\n",
        encoding="utf-8",
    )
    return config


def start(config: Path, now: datetime) -> BaseScheduler:
    settings = load_settings(config, env={})
    scheduler = prepare(
        settings, config, now=now, scheduler_class=SteppedScheduler, executor=DebugExecutor()
    )
    scheduler.start()
    return scheduler


def test_job_persists_across_a_restart(tmp_path: Path, clock: Clock, builds: list[Any]) -> None:
    config = write_config(tmp_path)
    first = start(config, clock.now)
    job = first.get_job(JOB_ID)
    assert job.next_run_time == datetime(2025, 6, 2, 7, 0, tzinfo=NY)
    first.shutdown()

    # A bare scheduler on the same SQLite file, with no job added, finds the stored one.
    settings = load_settings(config, env={})
    second = make_scheduler(settings, scheduler_class=SteppedScheduler, executor=DebugExecutor())
    second.start()
    try:
        stored = second.get_job(JOB_ID)
        assert stored is not None
        assert stored.func_ref == JOB_REF
        assert stored.kwargs == {"config": str(config)}
        assert stored.coalesce is True and stored.max_instances == 1
        assert stored.misfire_grace_time == 6 * 3600
        assert stored.next_run_time == datetime(2025, 6, 2, 7, 0, tzinfo=NY)
        assert str(stored.trigger.timezone) == "America/New_York"
    finally:
        second.shutdown()
    assert builds == []


def test_due_run_executes_the_real_job_and_schedules_the_next(
    tmp_path: Path, clock: Clock, builds: list[Any]
) -> None:
    config = write_config(tmp_path)
    scheduler = start(config, clock.now)
    try:
        clock.now = datetime(2025, 6, 2, 7, 0, 5, tzinfo=NY)
        scheduler._process_jobs()
        assert len(builds) == 1
        assert len(list((tmp_path / "out" / "outbox").glob("*.eml"))) == 1
        assert scheduler.get_job(JOB_ID).next_run_time == datetime(2025, 6, 3, 7, 0, tzinfo=NY)
        scheduler._process_jobs()
        assert len(builds) == 1
    finally:
        scheduler.shutdown()


def test_run_missed_while_down_runs_once_on_restart(
    tmp_path: Path, clock: Clock, builds: list[Any]
) -> None:
    config = write_config(tmp_path, grace_hours=72)
    start(config, clock.now).shutdown()
    # Down for two days and a bit: three 07:00 runs were missed.
    clock.now = datetime(2025, 6, 4, 9, 30, tzinfo=NY)
    scheduler = start(config, clock.now)
    try:
        scheduler._process_jobs()
        scheduler._process_jobs()
        assert len(builds) == 1  # coalesced into one run
        assert scheduler.get_job(JOB_ID).next_run_time == datetime(2025, 6, 5, 7, 0, tzinfo=NY)
    finally:
        scheduler.shutdown()


def test_run_missed_beyond_the_grace_is_skipped(
    tmp_path: Path, clock: Clock, builds: list[Any]
) -> None:
    config = write_config(tmp_path, grace_hours=2)
    start(config, clock.now).shutdown()
    clock.now = datetime(2025, 6, 2, 9, 30, tzinfo=NY)  # 2.5 hours late
    scheduler = start(config, clock.now)
    try:
        scheduler._process_jobs()
        assert builds == []
        assert scheduler.get_job(JOB_ID).next_run_time == datetime(2025, 6, 3, 7, 0, tzinfo=NY)
    finally:
        scheduler.shutdown()


def test_dst_transitions_and_warnings() -> None:
    start_at = datetime(2025, 1, 1, tzinfo=NY)
    changes = transitions("America/New_York", start_at)
    assert [(c.start.isoformat(), c.end.isoformat(), c.gap) for c in changes] == [
        ("2025-03-09T02:00:00", "2025-03-09T03:00:00", True),
        ("2025-11-02T01:00:00", "2025-11-02T02:00:00", False),
    ]
    spring = dst_warnings(
        ScheduleSettings(cron="30 2 * * *", timezone="America/New_York"), start_at
    )
    assert len(spring) == 1 and "2025-03-09" in spring[0] and "does not exist" in spring[0]
    autumn = dst_warnings(
        ScheduleSettings(cron="30 1 * * *", timezone="America/New_York"), start_at
    )
    assert len(autumn) == 1 and "2025-11-02" in autumn[0] and "twice" in autumn[0]
    assert (
        dst_warnings(ScheduleSettings(cron="0 7 * * *", timezone="America/New_York"), start_at)
        == []
    )
    assert dst_warnings(ScheduleSettings(cron="30 2 * * *", timezone="UTC"), start_at) == []
    # Only Sundays at 02:30: both 2025 changes fall on a Sunday; a Monday cron is safe.
    monday = ScheduleSettings(cron="30 2 * * 1", timezone="America/New_York")
    assert dst_warnings(monday, start_at) == []


def test_only_one_scheduler_per_state_folder(tmp_path: Path) -> None:
    settings = load_settings(env={})
    with single_instance(settings):
        with pytest.raises(BriefingError, match="one scheduler process"):
            with single_instance(settings):
                pass
    with single_instance(settings):
        pass  # released after the first one ended


def test_run_now_sends_once_through_the_cli(tmp_path: Path, builds: list[Any]) -> None:
    config = write_config(tmp_path)
    result = CliRunner().invoke(main, ["schedule", "--run-now", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "sent: reader@example.org" in result.output
    again = CliRunner().invoke(main, ["schedule", "--run-now", "--config", str(config)])
    assert "0 sent, 1 skipped" in again.output
    assert len(builds) == 2


def test_sigterm_stops_the_foreground_scheduler_cleanly(tmp_path: Path) -> None:
    config = write_config(tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefing.cli", "schedule", "--config", str(config)],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ),
        text=True,
    )
    try:
        assert proc.stderr is not None
        seen = ""
        while "scheduler running" not in seen:
            ready, _, _ = select.select([proc.stderr], [], [], 60)
            line = proc.stderr.readline() if ready else ""
            assert line, f"scheduler did not start: {seen}"
            seen += line
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "SIGTERM" in err and "scheduler stopped" in err
    assert (tmp_path / ".briefing" / "schedule.sqlite").exists()
    assert "07:00:00-04:00" in seen or "07:00:00-05:00" in seen
