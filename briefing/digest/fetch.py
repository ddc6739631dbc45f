"""Sources -> Article: folders and files, RSS/Atom feeds (files or URLs), and URL lists.

A feed entry with full content is used as it is; otherwise its linked page is fetched and its
main text extracted (trafilatura, via `ingest.parse_html`). Fetching is polite and incremental:
a clear User-Agent, timeouts, a per-host concurrency limit, and conditional GET (ETag /
Last-Modified) against a small cache in the state folder, so a scheduled run downloads only what
changed. A source that fails is reported and skipped, never fatal. The same article reached twice
(two feeds, a feed and a URL list) is kept once: same canonical URL, else same text.

Feeds and pages are not trusted (docs/threat-model.md): every download is streamed with a byte
cap and a wall-clock deadline, a feed gives at most `max_entries` entries a run, and a link found
in a feed may not reach a loopback, private or link-local address (checked after DNS resolution,
on every redirect, and against the address actually connected to) unless the feed itself is on
such an address or `allow_private` is set.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import logging
import os
import re
import socket
import threading
import time
import urllib.request
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from briefing.errors import BriefingError
from briefing.stages.ingest import (
    MAX_BYTES,
    Article,
)

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

USER_AGENT = "briefing/0.1 (offline news brief writer; fetches feeds and the pages they link)"
FEED_SUFFIXES = (".xml", ".rss", ".atom", ".feed")
URL_LIST_SUFFIXES = (".urls",)
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|smid|ocid)$", re.I)

Progress = Callable[[str, int, int], None]
"""Called as (stage, done, total) while sources are read."""


class FetchError(BriefingError):
    """A URL that could not be fetched (reported and skipped, never fatal to a digest)."""


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How pages and feeds are fetched."""

    state_dir: Path | None = Path(".briefing")
    """The HTTP cache lives in `state_dir / "http"`; None: no cache."""
    timeout: float = 15.0
    per_host: int = 2
    """At most this many requests to one host at once."""
    workers: int = 8
    user_agent: str = USER_AGENT
    max_bytes: int = MAX_BYTES
    """Largest page download; the transfer stops there."""
    max_feed_bytes: int = 4 * MAX_BYTES
    """Largest feed download."""
    deadline: float = 60.0
    """Wall-clock seconds one source (all its redirects and bytes) may take."""
    max_entries: int = 100
    """Entries read from one feed per run (the first ones: feeds list the newest first)."""
    max_redirects: int = 5
    allow_private: bool = False
    """Let links found in feeds reach loopback, private and link-local addresses."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """One fetched URL: its body, and whether the cache answered (304)."""

    url: str
    body: bytes
    from_cache: bool
    content_type: str = ""


@dataclass(slots=True)
class Gathered:
    """Articles from every source, and one line per source or article that was left out."""

    articles: list[Article] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    downloaded: int = 0
    not_modified: int = 0


# -- URLs ----------------------------------------------------------------------------------


def is_url(value: str) -> bool:
    """Return True for an http(s) URL."""
    return value.lower().startswith(("http://", "https://"))


def canonical_url(url: str) -> str:
    """Return `url` without fragment, tracking parameters, default port or trailing slash."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "http"
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = parts.port
    netloc = (
        host
        if port is None or (scheme, port) in (("http", 80), ("https", 443))
        else f"{host}:{port}"
    )
    query = urlencode(
        sorted(
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not _TRACKING.match(k)
        )
    )
    path = parts.path.rstrip("/") or "/"
    # http and https copies of a page are the same article
    return urlunsplit(("https" if scheme == "http" else scheme, netloc, path, query, ""))


def url_id(url: str) -> str:
    """Return a stable, file-safe article id for `url`: host slug plus a short hash."""
    canon = canonical_url(url)
    host = urlsplit(canon).hostname or "page"
    slug = re.sub(r"[^a-z0-9]+", "-", host.lower()).strip("-")[:40] or "page"
    return f"{slug}-{hashlib.sha1(canon.encode()).hexdigest()[:10]}"


def text_hash(text: str) -> str:
    """Return a hash of `text` that ignores case, spacing and punctuation."""
    words = re.findall(r"\w+", text.lower())
    return hashlib.sha1(" ".join(words).encode()).hexdigest()


# -- which addresses a URL may reach -------------------------------------------------------

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def resolve(host: str, port: int) -> list[Address]:
    """Return the addresses `host` resolves to (an IP literal is its own address)."""
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]


def is_internal(address: Address) -> bool:
    """Return True for loopback, private, link-local and other non-public addresses."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not address.is_global or address.is_multicast


def _default_port(parts: Any) -> int:
    return int(parts.port or (443 if parts.scheme == "https" else 80))


def _via_proxy(url: str) -> bool:
    """Return True when an environment proxy carries requests to `url` (it resolves the name)."""
    parts = urlsplit(url)
    proxies = urllib.request.getproxies()
    return bool(proxies.get(parts.scheme)) and not urllib.request.proxy_bypass(parts.hostname or "")


def internal_url(url: str) -> bool:
    """Return True when `url`'s host resolves to an internal address (or cannot be resolved)."""
    parts = urlsplit(url)
    try:
        return any(is_internal(a) for a in resolve(parts.hostname or "", _default_port(parts)))
    except (OSError, ValueError, UnicodeError):
        return False


def check_target(url: str, private_ok: bool) -> str | None:
    """Return why `url` may not be fetched, or None when it may."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "not an http(s) URL"
    if private_ok:
        return None
    try:
        addresses = resolve(parts.hostname, _default_port(parts))
    except (OSError, ValueError, UnicodeError):
        if _via_proxy(url):
            return None  # the proxy resolves the name, and is the operator's to secure
        return f"cannot resolve {parts.hostname}"
    internal = [a for a in addresses if is_internal(a)]
    if internal:
        return (
            f"{parts.hostname} is a loopback, private or link-local address ({internal[0]}); "
            "links from a feed may not reach the local network (set allow_private to permit)"
        )
    return None


# -- HTTP with a conditional-GET cache -----------------------------------------------------


class HttpCache:
    """ETag / Last-Modified validators and bodies of earlier downloads, in one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.index_path = folder / "index.json"
        self.lock = threading.Lock()
        self.entries: dict[str, dict[str, str]] = {}
        if self.index_path.exists():
            try:
                data = json.loads(self.index_path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                log.warning(
                    "%s: unreadable HTTP cache index (%s); starting afresh", self.index_path, exc
                )
                data = {}
            if isinstance(data, dict):
                self.entries = {k: v for k, v in data.items() if isinstance(v, dict)}

    def validators(self, url: str) -> dict[str, str]:
        """Return the conditional-request headers for `url` (empty when nothing is cached)."""
        with self.lock:
            entry = self.entries.get(url)
        if not entry or not (self.folder / entry.get("file", "")).is_file():
            return {}
        headers = {}
        if entry.get("etag"):
            headers["If-None-Match"] = entry["etag"]
        if entry.get("last_modified"):
            headers["If-Modified-Since"] = entry["last_modified"]
        return headers

    def body(self, url: str) -> tuple[bytes, str]:
        """Return the cached body and content type of `url`."""
        with self.lock:
            entry = self.entries[url]
        return (self.folder / entry["file"]).read_bytes(), entry.get("content_type", "")

    def store(self, url: str, body: bytes, headers: httpx.Headers) -> None:
        """Keep `body` when the server gave a validator to revalidate it with next time."""
        etag = headers.get("etag")
        modified = headers.get("last-modified")
        if not etag and not modified:
            return
        name = hashlib.sha256(url.encode()).hexdigest()[:32] + ".body"
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = self.folder / (name + f".{os.getpid()}.{threading.get_ident()}.tmp")
        temporary.write_bytes(body)
        temporary.replace(self.folder / name)
        entry = {"file": name, "content_type": headers.get("content-type", "")}
        if etag:
            entry["etag"] = etag
        if modified:
            entry["last_modified"] = modified
        with self.lock:
            self.entries[url] = entry

    def save(self) -> None:
        """Write the index (atomically: a crash never leaves half a file)."""
        with self.lock:
            if not self.entries:
                return
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary = self.index_path.with_suffix(".tmp")
            temporary.write_text(
                json.dumps(self.entries, indent=1, sort_keys=True), encoding="utf-8"
            )
            temporary.replace(self.index_path)


_deadline = threading.local()
"""The monotonic time the current thread's download must end by (`until`), if any."""


def _capped(timeout: float | None) -> float | None:
    """Return `timeout` shortened to the current download's deadline (a timeout when past)."""
    import httpcore

    until = getattr(_deadline, "until", None)
    if until is None:
        return timeout
    remaining = until - time.monotonic()
    if remaining <= 0:
        raise httpcore.ReadTimeout("deadline per source passed")
    return remaining if timeout is None else min(timeout, remaining)


def _deadline_backend() -> Any:
    """Return an httpcore network backend whose every socket operation honours the deadline.

    The per-read timeout alone lets a server that sends one byte per read (headers included)
    go on for ever; here each read, write and connect waits at most until the deadline.
    """
    import httpcore

    class Stream(httpcore.NetworkStream):
        def __init__(self, inner: httpcore.NetworkStream) -> None:
            self.inner = inner

        def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            return self.inner.read(max_bytes, _capped(timeout))

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            self.inner.write(buffer, _capped(timeout))

        def close(self) -> None:
            self.inner.close()

        def start_tls(
            self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
        ) -> httpcore.NetworkStream:
            return Stream(self.inner.start_tls(ssl_context, server_hostname, _capped(timeout)))

        def get_extra_info(self, info: str) -> Any:
            return self.inner.get_extra_info(info)

    class Backend(httpcore.NetworkBackend):
        def __init__(self) -> None:
            self.inner = httpcore.SyncBackend()

        def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Any = None,
        ) -> httpcore.NetworkStream:
            return Stream(
                self.inner.connect_tcp(host, port, _capped(timeout), local_address, socket_options)
            )

        def connect_unix_socket(
            self, path: str, timeout: float | None = None, socket_options: Any = None
        ) -> httpcore.NetworkStream:
            return Stream(self.inner.connect_unix_socket(path, _capped(timeout), socket_options))

        def sleep(self, seconds: float) -> None:
            self.inner.sleep(seconds)

    return Backend()


class Fetcher:
    """An HTTP client with timeouts, a User-Agent, per-host limits and the conditional cache."""

    def __init__(self, options: FetchOptions | None = None) -> None:
        import httpx  # heavy: imported only when something is fetched

        self.options = options or FetchOptions()
        transport = httpx.HTTPTransport()
        pool = getattr(transport, "_pool", None)
        if pool is not None and hasattr(pool, "_network_backend"):
            # httpx takes no backend argument: set the pool's, so headers that arrive one
            # byte at a time are bounded by the deadline too (bodies are checked per chunk)
            pool._network_backend = _deadline_backend()
        self.client = httpx.Client(
            timeout=httpx.Timeout(self.options.timeout),
            headers={"User-Agent": self.options.user_agent},
            # redirects are followed by hand, so each hop's address is checked
            follow_redirects=False,
            transport=transport,
        )
        state = self.options.state_dir
        self.cache = HttpCache(state / "http") if state is not None else None
        self.hosts: dict[str, threading.Semaphore] = {}
        self.lock = threading.Lock()
        self.downloaded = 0
        self.not_modified = 0

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections and save the cache index."""
        self.client.close()
        if self.cache is not None:
            self.cache.save()

    def _host_slot(self, url: str) -> threading.Semaphore:
        host = (urlsplit(url).hostname or "").lower()
        with self.lock:
            if host not in self.hosts:
                self.hosts[host] = threading.Semaphore(self.options.per_host)
            return self.hosts[host]

    def fetch(
        self, url: str, *, private_ok: bool | None = None, limit: int | None = None
    ) -> Fetched:
        """Return the body of `url` (from the cache on 304), or raise FetchError saying why.

        `private_ok`: may it reach internal addresses (None: only if `url` itself is on one, as
        for a feed the user named); `limit`: the byte cap (default `max_bytes`).
        """
        import httpx

        if private_ok is None:
            private_ok = internal_url(url)
        private_ok = private_ok or self.options.allow_private
        limit = self.options.max_bytes if limit is None else limit
        headers = self.cache.validators(url) if self.cache is not None else {}
        try:
            with self._host_slot(url):
                _deadline.until = time.monotonic() + self.options.deadline
                try:
                    status, body, response_headers = self._download(url, headers, private_ok, limit)
                finally:
                    passed = time.monotonic() >= _deadline.until
                    _deadline.until = None
        except httpx.TimeoutException as exc:
            if passed:
                raise self._late(url) from exc
            raise FetchError(
                f"{url}: no answer within {self.options.timeout:g} s; "
                "try later or raise the timeout"
            ) from exc
        except httpx.HTTPError as exc:
            raise FetchError(
                f"{url}: cannot fetch ({exc}); check the address and the network"
            ) from exc
        if status == 304 and self.cache is not None and headers:
            body, content_type = self.cache.body(url)
            with self.lock:
                self.not_modified += 1
            return Fetched(url, body, True, content_type)
        if status != 200:
            raise FetchError(f"{url}: HTTP {status}; check the address or try later")
        with self.lock:
            self.downloaded += 1
        if self.cache is not None:
            self.cache.store(url, body, response_headers)
        return Fetched(url, body, False, response_headers.get("content-type", ""))

    def _download(
        self, url: str, headers: dict[str, str], private_ok: bool, limit: int
    ) -> tuple[int, bytes, httpx.Headers]:
        """Return (status, body, headers), following redirects, within the cap and deadline."""
        import httpx

        deadline = getattr(_deadline, "until", None) or time.monotonic() + self.options.deadline
        current = url
        for _ in range(self.options.max_redirects + 1):
            reason = check_target(current, private_ok)
            if reason is not None:
                shown = current if current == url else f"{url} (redirected to {current})"
                raise FetchError(f"{shown}: refused: {reason}; skipped")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise self._late(url)
            timeout = httpx.Timeout(min(self.options.timeout, remaining))
            with self.client.stream("GET", current, headers=headers, timeout=timeout) as response:
                self._check_peer(url, current, response, private_ok)
                if response.is_redirect and response.headers.get("location"):
                    current = urljoin(str(response.url), response.headers["location"])
                    headers = {}  # the validators belong to the first URL
                    continue
                if response.status_code != 200:
                    return response.status_code, b"", response.headers
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise self._too_big(url, limit)
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise self._too_big(url, limit)
                    if time.monotonic() > deadline:
                        raise self._late(url)
                    chunks.append(chunk)
                return 200, b"".join(chunks), response.headers
        raise FetchError(
            f"{url}: more than {self.options.max_redirects} redirects; check the address"
        )

    def _check_peer(
        self, url: str, current: str, response: httpx.Response, private_ok: bool
    ) -> None:
        """Refuse an internal address actually connected to (a name that re-resolved)."""
        if private_ok or _via_proxy(current):
            return
        stream = response.extensions.get("network_stream")
        peer = stream.get_extra_info("server_addr") if stream is not None else None
        if not peer:
            return
        try:
            address = ipaddress.ip_address(str(peer[0]).split("%", 1)[0])
        except ValueError:
            return
        if is_internal(address):
            raise FetchError(
                f"{url}: refused: connected to the internal address {address}; skipped"
            )

    def _too_big(self, url: str, limit: int) -> FetchError:
        return FetchError(
            f"{url}: larger than the {limit / 1e6:g} MB download limit; stopped and skipped"
        )

    def _late(self, url: str) -> FetchError:
        return FetchError(
            f"{url}: not finished within the {self.options.deadline:g} s deadline per source; "
            "stopped and skipped"
        )

    def fetch_many(
        self,
        urls: Sequence[str],
        progress: Progress | None = None,
        stage: str = "fetch",
        *,
        private_ok: Sequence[bool | None] | None = None,
        limit: int | None = None,
    ) -> list[Fetched | FetchError]:
        """Return, for each of `urls` in order, its Fetched body or the FetchError."""
        allowed = list(private_ok) if private_ok is not None else [None] * len(urls)

        def one(item: tuple[str, bool | None]) -> Fetched | FetchError:
            try:
                return self.fetch(item[0], private_ok=item[1], limit=limit)
            except FetchError as exc:
                return exc

        results: list[Fetched | FetchError] = []
        if not urls:
            return results
        with ThreadPoolExecutor(max_workers=max(1, self.options.workers)) as pool:
            pairs = list(zip(urls, allowed, strict=True))
            for done, result in enumerate(pool.map(one, pairs), start=1):
                results.append(result)
                if progress is not None:
                    progress(stage, done, len(urls))
        return results
