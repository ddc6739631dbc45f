"""`briefing serve` as readers and mail providers meet it: a real server process on port 0,
a real HTTP client (httpx), the real SQLite suppression list, and the send path end to end."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from briefing.cli import main
from briefing.delivery.suppression import SuppressionList
from briefing.plugins import registry_names
from briefing.settings import load_settings
from tests.conftest import ROOT

SECRET = "test-secret-0123456789abcdef"
FIXTURES = ROOT / "tests" / "fixtures"


def write_config(folder: Path, recipients: list[str], **extra: str) -> Path:
    """Write a briefing.toml: a digest of folder/news to the outbox, one-click unsubscribe on."""
    lines = [
        "[sources]",
        'paths = ["news"]',
        "[digest]",
        "enabled = true",
        "workers = 1",
        "[mail]",
        'sender = "Briefing <brief@news.example.net>"',
        f"recipients = {recipients!r}".replace("'", '"'),
        'unsubscribe_url = "https://news.example.net/unsubscribe/{token}"',
        "[archive]",
        'title = "Test Briefing"',
        *(f"{key} = {value}" for key, value in extra.items()),
    ]
    path = folder / "briefing.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@contextmanager
def serving(config: Path, secret: str | None = SECRET) -> Iterator[str]:
    """Run `briefing serve --port 0` in its own process; yield its base URL."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    if secret:
        env["BRIEFING_SECRET"] = secret
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefing.cli", "serve", "--port", "0", "--config", str(config)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=config.parent,
    )
    first: list[str] = []
    reader = threading.Thread(target=lambda: first.append(proc.stdout.readline()))  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout=30)
    try:
        assert first and first[0].startswith("serving on http://127.0.0.1:"), (
            first,
            proc.poll() is not None and proc.stderr and proc.stderr.read(),
        )
        yield first[0].split()[2]
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def outbox(folder: Path) -> dict[str, list[EmailMessage]]:
    """Return the outbox messages by recipient."""
    found: dict[str, list[EmailMessage]] = {}
    for path in sorted((folder / "out" / "outbox").glob("*.eml")):
        message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        assert isinstance(message, EmailMessage)
        found.setdefault(str(message["To"]), []).append(message)
    return found


def local(url: str, base: str) -> str:
    """Return a List-Unsubscribe URL pointed at the test server (the proxy's job in real life)."""
    return base + url[url.index("/unsubscribe/") :]


def add_event(folder: Path, name: str) -> None:
    """Copy one made-up event's articles into the news folder."""
    (folder / "news").mkdir(exist_ok=True)
    for article in (FIXTURES / name).iterdir():
        shutil.copy(article, folder / "news" / f"{name}-{article.name}")


def send(folder: Path, *args: str) -> str:
    result = CliRunner().invoke(
        main,
        ["send", "--config", str(folder / "briefing.toml"), *args],
        env={"BRIEFING_SECRET": SECRET},
    )
    assert result.exit_code == 0, result.output
    return result.output


def token_url(folder: Path, who: str) -> str:
    settings = load_settings(folder / "briefing.toml", env={"BRIEFING_SECRET": SECRET})
    link = settings.unsubscribe_link(who)
    assert link is not None
    return link


def test_one_click_unsubscribe_then_the_next_issue_reaches_only_the_other_reader(
    tmp_path: Path,
) -> None:
    config = write_config(tmp_path, ["ann@example.net", "bob@example.net"])
    add_event(tmp_path, "bridge")
    first = send(tmp_path)
    assert "2 sent" in first
    mail = outbox(tmp_path)
    assert set(mail) == {"ann@example.net", "bob@example.net"}
    header = str(mail["ann@example.net"][0]["List-Unsubscribe"]).strip().strip("<>")
    assert mail["ann@example.net"][0]["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "harbor bridge" in str(mail["ann@example.net"][0]["Subject"]).lower()

    with serving(config) as base, httpx.Client(headers={"Host": "localhost"}) as client:
        # RFC 8058: the provider POSTs this body to the header's URL, no cookies, no page.
        answer = client.post(
            local(header, base),
            content=b"List-Unsubscribe=One-Click",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        assert answer.status_code == 200
        assert "unsubscribed" in answer.text and "ann@example.net" not in answer.text

    with SuppressionList(tmp_path / ".briefing" / "subscribers.sqlite") as book:
        assert [(s.address, s.how) for s in book.suppressed()] == [("ann@example.net", "one-click")]

    # A second run with one new event: only that story, only to the reader still subscribed.
    add_event(tmp_path, "storm")
    second = send(tmp_path)
    assert "skipped: ann@example.net (unsubscribed)" in second and "1 sent" in second
    mail = outbox(tmp_path)
    assert len(mail["ann@example.net"]) == 1
    latest = [m for m in mail["bob@example.net"] if "harbor" not in str(m["Subject"]).lower()]
    assert len(mail["bob@example.net"]) == 2 and len(latest) == 1
    text = latest[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Lakeshore Power" in text and "harbor" not in text.lower()

    # Nothing new: no email, a line saying so, exit 0.
    third = send(tmp_path)
    assert "nothing new since the last issue" in third
    assert sum(len(v) for v in outbox(tmp_path).values()) == 3

    # The ledger lists each issue's headlines; the archive has both issues, newest first.
    ledger = CliRunner().invoke(main, ["ledger", "--config", str(config)])
    assert "| Harbor Bridge Reopens After Two Years of Repairs" in ledger.output
    assert f"| {latest[0]['Subject']}" in ledger.output
    archive = tmp_path / "out" / "archive"
    pages = {p.name for p in archive.glob("*.html")} - {"index.html"}
    day = next(iter(pages))[:10]
    assert pages == {f"{day}.html", f"{day}-2.html"}
    index = (archive / "index.html").read_text(encoding="utf-8")
    assert index.index(f"{day}-2.html") < index.index(f"{day}.html")


def test_the_button_page_and_what_a_stranger_learns(tmp_path: Path) -> None:
    config = write_config(tmp_path, ["ann@example.net", "bob@example.net"])
    with config.open("a", encoding="utf-8") as fh:
        fh.write('[serve]\nallowed_hosts = ["news.example.net", "localhost"]\n')
    add_event(tmp_path, "bridge")
    send(tmp_path)
    ann = token_url(tmp_path, "ann@example.net")
    with serving(config) as base, httpx.Client(headers={"Host": "localhost"}) as client:
        page = client.get(local(ann, base))
        assert page.status_code == 200
        assert page.text.count("<button") == 1 and 'method="post"' in page.text
        assert "ann@example.net" not in page.text
        assert page.headers["referrer-policy"] == "no-referrer"
        assert page.headers["cache-control"] == "no-store"
        # GET alone (a link scanner) unsubscribes no one
        with SuppressionList(tmp_path / ".briefing" / "subscribers.sqlite") as book:
            assert book.suppressed() == []

        # Forged, malformed and unknown tokens: the same 404 page, nothing about the address.
        token = ann.rsplit("/", 1)[1]
        forged = token[:-1] + ("0" if token[-1] != "0" else "1")
        answers = [
            client.post(f"{base}/unsubscribe/{bad}", content=b"List-Unsubscribe=One-Click")
            for bad in (forged, "x" * 32, "not-a-token", token.upper())
        ]
        assert {a.status_code for a in answers} == {404}
        assert len({a.text for a in answers}) == 1
        assert "not valid" in answers[0].text

        # The button: an empty form POST
        done = client.post(local(ann, base), data={})
        assert done.status_code == 200 and "You are unsubscribed" in done.text
        again = client.post(local(ann, base), content=b"List-Unsubscribe=One-Click")
        assert again.status_code == 200  # idempotent

        # Some providers send the one-click field as multipart/form-data.
        bob = token_url(tmp_path, "bob@example.net")
        multipart = client.post(local(bob, base), files={"List-Unsubscribe": (None, "One-Click")})
        assert multipart.status_code == 200

        # Host allow-list and body limits
        assert client.get(f"{base}/", headers={"Host": "evil.example"}).status_code == 400
        # the public name, as a reverse proxy passes it on
        assert client.get(f"{base}/", headers={"Host": "news.example.net"}).status_code == 200
        big = client.post(local(ann, base), content=b"x" * 10_000)
        assert big.status_code == 413
        # a chunked body declares no length: it is cut off as it streams in
        chunked = client.post(local(ann, base), content=iter([b"x" * 1024] * 10))
        assert chunked.status_code == 413

        # The archive, and nothing outside it
        assert client.get(f"{base}/").status_code == 200
        feed = client.get(f"{base}/archive/feed.xml")
        assert feed.status_code == 200 and "<feed" in feed.text
        assert client.get(f"{base}/archive/../briefing.toml").status_code == 404
        assert client.get(f"{base}/%2e%2e/briefing.toml").status_code == 404

    with SuppressionList(tmp_path / ".briefing" / "subscribers.sqlite") as book:
        assert sorted((s.address, s.how) for s in book.suppressed()) == [
            ("ann@example.net", "button"),
            ("bob@example.net", "one-click"),
        ]
    listing = CliRunner().invoke(main, ["subscribers", "list", "--config", str(config)])
    assert "unsubscribed ann@example.net" in listing.output
    assert "unsubscribed bob@example.net" in listing.output


def test_a_changed_secret_retires_old_links(tmp_path: Path) -> None:
    config = write_config(tmp_path, ["ann@example.net"])
    add_event(tmp_path, "bridge")
    send(tmp_path)
    ann = token_url(tmp_path, "ann@example.net")
    with (
        serving(config, secret="another-secret-entirely") as base,
        httpx.Client(headers={"Host": "localhost"}) as client,
    ):
        assert (
            client.post(local(ann, base), content=b"List-Unsubscribe=One-Click").status_code == 404
        )


def test_serve_refuses_an_unsubscribe_url_without_a_secret(tmp_path: Path) -> None:
    config = write_config(tmp_path, ["ann@example.net"])
    result = CliRunner().invoke(main, ["serve", "--port", "0", "--config", str(config)])
    assert result.exit_code == 2
    assert "BRIEFING_SECRET" in result.output and "Traceback" not in result.output
    sent = CliRunner().invoke(main, ["send", "--config", str(config)])
    assert sent.exit_code == 2 and "BRIEFING_SECRET" in sent.output


@pytest.mark.parametrize("repeat", [False, True])
def test_repeat_stories_setting(tmp_path: Path, repeat: bool) -> None:
    write_config(tmp_path, ["bob@example.net"])
    (tmp_path / "briefing.toml").write_text(
        (tmp_path / "briefing.toml")
        .read_text(encoding="utf-8")
        .replace("workers = 1", f"workers = 1\nrepeat_stories = {str(repeat).lower()}"),
        encoding="utf-8",
    )
    add_event(tmp_path, "bridge")
    send(tmp_path)
    add_event(tmp_path, "storm")
    send(tmp_path)
    latest = [m for m in outbox(tmp_path)["bob@example.net"] if "Lakeshore" in m.as_string()]
    assert len(latest) == 1
    assert ("harbor bridge" in latest[0].get_body(("plain",)).get_content().lower()) is repeat  # type: ignore[union-attr]


def test_a_story_that_gained_an_article_comes_back_marked_updated(tmp_path: Path) -> None:
    config = write_config(tmp_path, ["bob@example.net"])
    (tmp_path / "news").mkdir()
    for name in ("courier.md", "ledger.txt"):
        shutil.copy(FIXTURES / "bridge" / name, tmp_path / "news" / name)
    send(tmp_path)
    shutil.copy(FIXTURES / "bridge" / "wire.json", tmp_path / "news" / "wire.json")
    assert "1 sent" in send(tmp_path)
    latest = sorted((tmp_path / "out" / "outbox").glob("*.eml"), key=lambda p: p.stat().st_mtime)
    message = BytesParser(policy=policy.default).parsebytes(latest[-1].read_bytes())
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Updated: 1 new article since this story was sent on" in text
    ledger = CliRunner().invoke(main, ["ledger", "--config", str(config)]).output
    assert "| Updated: Harbor Bridge Reopens After Two Years of Repairs" in ledger
    assert "nothing new since the last issue" in send(tmp_path)


def test_a_rerun_after_a_transient_failure_still_delivers_the_same_issue(tmp_path: Path) -> None:
    from briefing.app import send as run_send
    from tests.delivery_helpers import Server

    server = Server()
    server.start()
    try:
        write_config(tmp_path, ["ann@example.net", "bob@example.net"])
        with (tmp_path / "briefing.toml").open("a", encoding="utf-8") as fh:
            fh.write(
                f'[delivery]\ntransport = "smtp"\nhost = "127.0.0.1"\nport = {server.port}\n'
                'security = "none"\nattempts = 1\n'
            )
        add_event(tmp_path, "bridge")
        settings = load_settings(
            tmp_path / "briefing.toml",
            env={"BRIEFING_SECRET": SECRET},
            registries=registry_names(),
        )
        server.handler.rcpt_replies["bob@example.net"] = ["451 4.3.0 Try again later"]
        first, _ = run_send(settings)
        assert first.count("sent") == 1 and first.count("queued") == 1
        # The story reached ann, but bob's row is still queued: the rerun is the same issue.
        second, _ = run_send(settings)
        assert second.digest == first.digest
        assert [(o.recipient, o.status) for o in second.outcomes] == [
            ("ann@example.net", "skipped"),
            ("bob@example.net", "sent"),
        ]
        assert server.handler.received() == {"ann@example.net": 1, "bob@example.net": 1}
        third, _ = run_send(settings)
        assert "nothing new" in third.summary()
    finally:
        server.stop()


def test_an_archive_that_cannot_be_written_is_a_warning_after_the_send(tmp_path: Path) -> None:
    write_config(tmp_path, ["bob@example.net"])
    (tmp_path / "blocked").write_text("a file where the archive folder should be", encoding="utf-8")
    with (tmp_path / "briefing.toml").open("a", encoding="utf-8") as fh:
        fh.write('dir = "blocked/archive"\n')  # still inside [archive]
    add_event(tmp_path, "bridge")
    output = send(tmp_path)
    assert "1 sent" in output
    assert "warning:" in output and "not archived" in output
    assert "nothing new" in send(tmp_path)


def test_a_broken_suppression_list_answers_503_not_a_traceback(tmp_path: Path) -> None:
    config = write_config(tmp_path, ["ann@example.net"])
    (tmp_path / ".briefing" / "subscribers.sqlite").mkdir(parents=True)  # not a database
    ann = token_url(tmp_path, "ann@example.net")
    with serving(config) as base, httpx.Client(headers={"Host": "localhost"}) as client:
        answer = client.post(local(ann, base), content=b"List-Unsubscribe=One-Click")
        assert answer.status_code == 503 and "try again" in answer.text
        assert "Traceback" not in answer.text and "sqlite" not in answer.text


@pytest.mark.parametrize("doc", ["docs/serving.md", "docs/deployment.md"])
def test_the_settings_examples_in_the_docs_are_valid(doc: str, tmp_path: Path) -> None:
    import re
    import textwrap

    text = (ROOT / doc).read_text(encoding="utf-8")
    blocks = re.findall(r"```toml\n(.*?)```", text, re.S)
    assert blocks
    for number, block in enumerate(blocks):
        path = tmp_path / f"example-{number}.toml"
        path.write_text(textwrap.dedent(block), encoding="utf-8")
        settings = load_settings(path, env={"BRIEFING_SECRET": SECRET})
        assert settings.secret_problems() == []
