"""Delivery benchmark: peak memory and time to send one brief to 500 and 5,000 recipients.

    .venv/bin/python -m benchmarks.bench_delivery [--sizes 500,5000] [--transport sink|outbox]

The brief is the seeds' brief (`briefing build seeds`), so each message is a real one. Each
size runs in a fresh interpreter (its peak memory, ru_maxrss, is its own) against a fresh
ledger in a temporary state folder, through the whole batch (`send_brief`): ledger rows,
claim/mark with the marker kept up to date, one message built per recipient. The `sink`
transport serialises each message to bytes, as SMTP would, and drops it; `outbox` writes the
.eml files (disk speed then counts too).

Target: peak memory flat in the number of recipients (5,000 within 50 MB of 500).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLAT_MB = 50.0


class Sink:
    """A transport that serialises each message, as SMTP would, and drops it."""

    name = "sink"

    def __init__(self) -> None:
        self.count = 0
        self.bytes = 0

    def send(self, message: EmailMessage, recipient: str) -> None:
        self.bytes += len(message.as_bytes())
        self.count += 1

    def close(self) -> None:
        pass


def child(size: int, transport: str) -> dict[str, float]:
    """Send the seeds' brief to `size` recipients in this process; return the figures."""
    from datetime import date

    from briefing.delivery.send import send_brief
    from briefing.pipeline import build_brief
    from briefing.settings import load_settings

    brief = build_brief([str(ROOT / "seeds")]).brief
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(
            env={},
            overrides={
                "output": {"dir": f"{tmp}/out", "state_dir": f"{tmp}/state"},
                "mail": {
                    "recipients": [f"reader{n:05d}@example.org" for n in range(size)],
                    "unsubscribe_url": "https://example.org/unsubscribe/{token}",
                },
                "delivery": {"transport": "outbox"},
            },
        )
        sink = Sink() if transport == "sink" else None
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        started = time.perf_counter()
        report = send_brief(brief, settings, scheduled=date(2025, 3, 10), transport=sink)
        seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sent = report.count("sent")
    average = (sink.bytes / sink.count / 1024) if sink and sink.count else 0.0
    return {
        "recipients": size,
        "sent": sent,
        "seconds": round(seconds, 2),
        "ms_per_recipient": round(1000 * seconds / max(sent, 1), 2),
        "peak_mb": round(peak, 1),
        "mb_before_send": round(before, 1),
        "message_kb": round(average, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,5000")
    parser.add_argument("--transport", choices=("sink", "outbox"), default="sink")
    parser.add_argument("--child", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.transport)))
        return
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_delivery", "--child", str(size)]
            + ["--transport", args.transport],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"{'recipients':>10} {'sent':>6} {'s':>7} {'ms/rcpt':>8} {'peak MB':>8} {'msg KB':>7}")
    for r in rows:
        print(
            f"{r['recipients']:>10} {r['sent']:>6} {r['seconds']:>7} {r['ms_per_recipient']:>8} "
            f"{r['peak_mb']:>8} {r['message_kb']:>7}"
        )
    growth = rows[-1]["peak_mb"] - rows[0]["peak_mb"]
    verdict = "ok" if growth <= FLAT_MB else "MISSED"
    print(
        f"peak growth {rows[0]['recipients']} -> {rows[-1]['recipients']}: {growth:.1f} MB "
        f"(target <= {FLAT_MB:.0f} MB): {verdict}"
    )


if __name__ == "__main__":
    main()
