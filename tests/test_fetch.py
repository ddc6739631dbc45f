"""Fetching from servers that misbehave: caps, deadlines, internal addresses, entry limits.

Every server is on 127.0.0.1; no test sends traffic anywhere else. Internal-address refusals
are tested with a patched resolver and with `.test` names (which never resolve), so a refusal
that failed would still not reach another address.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from briefing.digest import fetch
from briefing.digest.fetch import Fetcher, FetchError, FetchOptions, check_target
from briefing.digest.gather import gather
from tests.hostile_http import Hostile, hostile_server, rss


@pytest.fixture
def server() -> Iterator[Hostile]:
    with hostile_server() as state:
        yield state


def options(**changes: object) -> FetchOptions:
    base: dict[str, object] = {"state_dir": None, "timeout": 5.0, "workers": 2}
    base.update(changes)
    return FetchOptions(**base)  # type: ignore[arg-type]


def fake_resolver(names: dict[str, str]) -> object:
    """A resolver that knows only `names` (and IP literals); anything else fails."""

    def resolve(host: str, port: int) -> list[fetch.Address]:
        try:
            return [ipaddress.ip_address(host.strip("[]"))]
        except ValueError:
            pass
        if host not in names:
            raise OSError("unknown host")
        return [ipaddress.ip_address(names[host])]

    return resolve


def test_endless_response_stops_at_the_byte_cap(server: Hostile) -> None:
    with Fetcher(options(max_bytes=200_000)) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.fetch(f"{server.base}/endless")
    message = str(caught.value)
    assert "larger than the 0.2 MB download limit; stopped and skipped" in message
    assert "\n" not in message


def test_dripping_response_stops_at_the_deadline(server: Hostile) -> None:
    # each byte comes well within the 5 s read timeout, so only the deadline can stop it
    with Fetcher(options(deadline=0.5)) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.fetch(f"{server.base}/drip")
    assert "not finished within the 0.5 s deadline per source" in str(caught.value)


def test_headers_dripping_stop_at_the_deadline(server: Hostile) -> None:
    with Fetcher(options(deadline=0.5)) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.fetch(f"{server.base}/drip-headers")
    assert "not finished within the 0.5 s deadline per source" in str(caught.value)
    # the deadline is per download: the next one starts afresh
    with Fetcher(options(deadline=5)) as fetcher:
        assert b"Bridge reopens 2" in fetcher.fetch(f"{server.base}/pages/2").body


def test_a_hostile_page_is_one_warning_and_the_rest_is_read(
    server: Hostile, tmp_path: Path
) -> None:
    listing = tmp_path / "pages.urls"
    listing.write_text(
        f"{server.base}/endless\n{server.base}/drip\n{server.base}/pages/1\n", encoding="utf-8"
    )
    got = gather([listing], options=options(max_bytes=100_000, deadline=0.5))
    assert [a.title for a in got.articles] == ["Bridge reopens 1"]
    assert len(got.failures) == 2
    assert any("/endless: larger than" in f for f in got.failures)
    assert any("/drip: not finished within" in f for f in got.failures)


def test_links_in_a_local_feed_may_not_reach_loopback(server: Hostile, tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss([f"{server.base}/pages/1", f"{server.base}/pages/2"]))
    got = gather([feed], options=options())
    assert got.articles == []
    assert server.hits["/pages/1"] == server.hits["/pages/2"] == 0
    assert all("loopback, private or link-local address (127.0.0.1)" in f for f in got.failures)
    # a setting allows it
    allowed = gather([feed], options=options(allow_private=True))
    assert sorted(a.title for a in allowed.articles) == ["Entry 0", "Entry 1"]


def test_a_public_feed_may_not_reach_internal_addresses_even_by_redirect(
    server: Hostile, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pretend the test server's 127.0.0.1 is a public address; every other address is internal
    public = ipaddress.ip_address("127.0.0.1")
    monkeypatch.setattr(fetch, "is_internal", lambda address: address != public)
    monkeypatch.setattr(
        fetch,
        "resolve",
        fake_resolver({"intranet.test": "10.1.2.3", "metadata.test": "169.254.169.254"}),
    )
    port = server.base.rsplit(":", 1)[1]
    server.routes["/feed.xml"] = (
        "application/rss+xml",
        rss(
            [
                f"{server.base}/pages/1",  # public: fetched
                f"http://intranet.test:{port}/pages/2",  # private after resolution
                f"{server.base}/redirect?to=http://metadata.test/latest/meta-data",
                f"{server.base}/redirect?to=http://[::1]:{port}/pages/3",
            ]
        ),
    )
    got = gather([f"{server.base}/feed.xml"], options=options())
    assert [a.title for a in got.articles] == ["Entry 0"]
    assert server.hits["/pages/1"] == 1
    assert server.hits["/pages/2"] == server.hits["/pages/3"] == 0
    assert server.hits["/redirect"] == 2
    refused = sorted(f for f in got.failures if "refused" in f)
    assert len(refused) == 3, got.failures
    assert any("intranet.test is a loopback, private" in f and "(10.1.2.3)" in f for f in refused)
    assert any("redirected to http://metadata.test/" in f for f in refused)
    assert any("redirected to http://[::1]" in f for f in refused)


def test_check_target_refuses_internal_addresses_without_connecting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        fetch,
        "resolve",
        fake_resolver({"news.test": "93.184.216.34", "metadata.test": "169.254.169.254"}),
    )
    for url in (
        "http://127.0.0.1/",
        "http://10.0.0.8/x",
        "http://172.16.4.4/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest",
        "http://100.64.0.1/",
        "http://[::1]:8080/",
        "http://[fe80::1]/",
        "http://[::ffff:192.168.0.1]/",
        "http://0.0.0.0/",
        "http://metadata.test/",
    ):
        reason = check_target(url, private_ok=False)
        assert reason is not None and "loopback, private or link-local" in reason, url
        assert check_target(url, private_ok=True) is None
    assert check_target("http://news.test/story", private_ok=False) is None
    assert check_target("http://nowhere.test/", private_ok=False) == "cannot resolve nowhere.test"
    assert check_target("file:///etc/passwd", private_ok=True) == "not an http(s) URL"


def test_a_name_that_connects_to_an_internal_address_is_refused() -> None:
    """DNS rebinding: the name resolved to a public address, the connection went elsewhere."""

    def response(peer: str) -> object:
        stream = SimpleNamespace(get_extra_info=lambda key: (peer, 80))
        return SimpleNamespace(extensions={"network_stream": stream})

    fetcher = Fetcher(options())
    try:
        with pytest.raises(FetchError, match="connected to the internal address 10.0.0.7"):
            fetcher._check_peer("http://a.test/", "http://a.test/", response("10.0.0.7"), False)  # type: ignore[arg-type]
        fetcher._check_peer("http://a.test/", "http://a.test/", response("10.0.0.7"), True)  # type: ignore[arg-type]
        fetcher._check_peer("http://a.test/", "http://a.test/", response("93.184.216.34"), False)  # type: ignore[arg-type]
    finally:
        fetcher.close()


def test_entries_per_feed_are_capped(server: Hostile) -> None:
    server.routes["/big.xml"] = (
        "application/rss+xml",
        rss([f"{server.base}/pages/{n}" for n in range(300)]),
    )
    got = gather([f"{server.base}/big.xml"], options=options(max_entries=5))
    assert len(got.articles) == 5
    assert sum(n for path, n in server.hits.items() if path.startswith("/pages/")) == 5
    assert any("300 entries; only the first 5 are read" in w for w in got.warnings)


def test_too_many_redirects(server: Hostile) -> None:
    hop = f"{server.base}/pages/1"
    for _ in range(3):
        hop = f"{server.base}/redirect?to={hop}"
    with Fetcher(options(max_redirects=2)) as fetcher:
        with pytest.raises(FetchError, match="more than 2 redirects"):
            fetcher.fetch(hop)
    with Fetcher(options(max_redirects=3)) as fetcher:
        assert b"Bridge reopens 1" in fetcher.fetch(hop).body


def test_a_feed_file_that_is_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "feed.xml"
    os.mkfifo(fifo)
    got = gather([], feeds=[str(fifo)], options=options())
    assert got.articles == []
    assert len(got.failures) == 1 and "a FIFO, not a regular file" in got.failures[0]
