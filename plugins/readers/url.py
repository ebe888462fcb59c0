"""Reads postings from http:// and https:// URLs, with requests (and its urllib3).

The download is limited in time and size: ``timeout`` seconds (default 30)
for the whole exchange, from sending the request to the last byte of the
body, however slowly the server sends its headers or body (see
``http_deadline``); and ``max_bytes`` (default 20,000,000) bytes of content
after decompression. Either limit ends the download with an error naming it.
An HTTP error status (404, 500, ...) is an error, and so is a body shorter
than its ``Content-Length`` ("truncated: got N of M bytes"): a connection
that breaks off never gives a silently shorter posting.

Redirects (``follow_redirects``): to the same origin (scheme, host and port)
they are followed, at most :data:`MAX_REDIRECTS` of them; to another origin
they are refused with an error naming where the server sent us, unless the
option is ``any`` (``none`` follows no redirect at all). A redirect to
anything but http(s) is always refused. So screener connects only to the
host and port of the URL given, unless told otherwise. A posting that came
through a redirect is named by the URL it was read from (its ``source`` and
``url``).

The content is read by its media type (Content-Type), else the suffix of the
URL's path, else its first bytes, with the same readers as files (a page with
a JobPosting block is read from it). ``format`` forces a kind.
"""

from __future__ import annotations

import io
import time
from email.message import Message
from typing import Any, NamedTuple
from urllib.parse import urljoin, urlsplit

from screener import Posting, ReadError, __version__, hookimpl

from .formats import KIND_BY_MEDIA_TYPE, kind_of_name, read_stream
from .http_deadline import deadline_session
from .limits import max_bytes as max_bytes_option
from .limits import positive_number, too_large

DEFAULT_TIMEOUT = 30.0
#: The ``follow_redirects`` option: which redirects are followed.
REDIRECT_POLICIES = ("same-origin", "any", "none")
DEFAULT_REDIRECTS = "same-origin"
#: The most redirects followed for one URL.
MAX_REDIRECTS = 10
_DEFAULT_PORTS = {"http": 80, "https": 443}
_CHUNK = 64 * 1024


class Download(NamedTuple):
    """What :func:`fetch` got: the content, its media type and declared charset, and the URL it came from."""

    content: bytes
    media_type: str | None
    charset: str | None
    url: str


def fetch(url: str, timeout: float, max_bytes: int, redirects: str = DEFAULT_REDIRECTS) -> Download:
    """The content of ``url``; :class:`ReadError` on any failure. ``redirects`` is a :data:`REDIRECT_POLICIES`."""
    import requests
    import urllib3

    timed_out = f"timed out after {timeout:g} s (the timeout option)"
    deadline = time.monotonic() + timeout
    current = url
    try:
        with deadline_session(timeout) as session:
            for _ in range(MAX_REDIRECTS + 1):
                response = session.get(
                    current,
                    stream=True,
                    timeout=timeout,
                    headers={"User-Agent": f"screener/{__version__}"},
                    allow_redirects=False,
                )
                with response:
                    if not response.is_redirect:
                        return _content(response, current, url, max_bytes, deadline, timed_out)
                    target = urljoin(current, session.get_redirect_target(response))
                _check_redirect(url, current, target, response.status_code, redirects)
                current = target
            raise ReadError(f"more than {MAX_REDIRECTS} redirects (the last to {current})", source=url)
    except (requests.Timeout, urllib3.exceptions.TimeoutError, TimeoutError) as exc:
        raise ReadError(timed_out, source=url) from exc
    except requests.ConnectionError as exc:
        raise ReadError(f"could not connect{_where(url, current)}: {_reason(exc)}", source=url) from exc
    except (requests.RequestException, urllib3.exceptions.HTTPError) as exc:
        raise ReadError(f"could not download{_where(url, current)}: {_reason(exc)}", source=url) from exc


def _content(response: Any, current: str, url: str, max_bytes: int, deadline: float, timed_out: str) -> Download:
    import urllib3

    where = _where(url, current)
    if response.status_code >= 400:
        raise ReadError(f"HTTP {response.status_code} {response.reason or ''}".rstrip() + where, source=url)
    length = response.headers.get("Content-Length", "")
    declared = int(length) if length.isdigit() else None
    if declared is not None and declared > max_bytes:
        raise ReadError(too_large("the content", max_bytes, f"{declared:,} bytes") + where, source=url)
    chunks, size = [], 0
    try:
        # read1 returns what has arrived, so a server that trickles bytes cannot hold us past the deadline
        while chunk := response.raw.read1(_CHUNK, decode_content=True):
            size += len(chunk)
            if size > max_bytes:
                raise ReadError(too_large("the content", max_bytes) + where, source=url)
            if time.monotonic() > deadline:
                raise ReadError(timed_out, source=url)
            chunks.append(chunk)
    except urllib3.exceptions.ProtocolError as exc:
        got = response.raw.tell()  # bytes as sent, before any decompression: what Content-Length counts
        if declared is not None and got < declared:
            raise ReadError(f"truncated: got {got:,} of {declared:,} bytes{where}", source=url) from exc
        raise ReadError(f"truncated: the connection broke off after {got:,} bytes{where} ({exc})", source=url) from exc
    got = response.raw.tell()
    if declared is not None and got < declared and not response.headers.get("Transfer-Encoding"):
        raise ReadError(f"truncated: got {got:,} of {declared:,} bytes{where}", source=url)
    content_type = Message()
    content_type["content-type"] = response.headers.get("Content-Type", "")
    media_type = content_type.get_content_type() if response.headers.get("Content-Type") else None
    return Download(b"".join(chunks), media_type, content_type.get_content_charset(), current)


def _check_redirect(url: str, current: str, target: str, status: int, policy: str) -> None:
    """Raise :class:`ReadError` unless ``policy`` allows following the redirect from ``current`` to ``target``."""
    redirected = f"redirected (HTTP {status}) to {target}"
    scheme = urlsplit(target).scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise ReadError(f"{redirected}, which is not an http(s) URL: not followed", source=url)
    if policy == "none":
        raise ReadError(f"{redirected}: not followed (follow_redirects=none)", source=url)
    if policy == "same-origin" and _origin(target) != _origin(current):
        raise ReadError(
            f"{redirected}, another host or port than {current}: not followed; "
            "allow it with --read-option follow_redirects=any",
            source=url,
        )


def _origin(url: str) -> tuple[str, str, int | None]:
    """(scheme, host, port) with the default port filled in; an unreadable port is None (and matches nothing)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or _DEFAULT_PORTS.get(scheme)
    except ValueError:
        port = None
    return scheme, (parts.hostname or "").lower(), port


def _where(url: str, current: str) -> str:
    """`` (at FINAL)`` when a redirect led away from ``url``, for messages."""
    return f" (at {current}, where {url} redirected)" if current != url else ""


def _reason(exc: Exception) -> str:
    reason = exc.args[0] if exc.args else exc
    reason = getattr(reason, "reason", reason)  # urllib3 wraps the socket error
    return str(reason)


def redirect_policy(options: dict[str, str] | Any, source: str) -> str:
    """The ``follow_redirects`` option, else :data:`DEFAULT_REDIRECTS`; another value is a :class:`ReadError`."""
    value = options.get("follow_redirects") or DEFAULT_REDIRECTS
    if value not in REDIRECT_POLICIES:
        raise ReadError(
            f"option follow_redirects={value!r} must be one of {', '.join(REDIRECT_POLICIES)}", source=source
        )
    return value


@hookimpl
def screener_read(source, options):
    if not source.lower().startswith(("http://", "https://")):
        return None
    timeout = positive_number(options, "timeout", DEFAULT_TIMEOUT, source)
    download = fetch(source, timeout, max_bytes_option(options, source), redirect_policy(options, source))
    by_media_type = KIND_BY_MEDIA_TYPE.get(download.media_type or "")
    by_suffix = kind_of_name(urlsplit(download.url).path)
    # text/plain is what many servers say of anything: a .jsonl or .csv suffix is then the better word
    kind = options.get("format") or (by_suffix if by_media_type in (None, "text") else by_media_type) or by_media_type
    result: Posting | object = read_stream(kind, io.BytesIO(download.content), download.url, options, download.charset)
    if isinstance(result, Posting) and result.url is None:
        result = result.model_copy(update={"url": download.url})
    return result
