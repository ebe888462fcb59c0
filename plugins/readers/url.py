"""Reads postings from http:// and https:// URLs, with requests (and its urllib3).

The download is limited in time and size: ``timeout`` seconds (default 30)
for the whole download, and ``max_bytes`` (default 20,000,000) bytes of
content after decompression; either limit ends the download with an error
naming it. An HTTP error status (404, 500, ...) is an error. The content is
read by its media type (Content-Type), else the suffix of the URL's path,
else its first bytes, with the same readers as files (a page with a
JobPosting block is read from it). ``format`` forces a kind.
"""

from __future__ import annotations

import io
import time
from email.message import Message
from urllib.parse import urlparse

from screener import Posting, ReadError, __version__, hookimpl

from .formats import KIND_BY_MEDIA_TYPE, kind_of_name, read_stream
from .limits import max_bytes as max_bytes_option
from .limits import positive_number, too_large

DEFAULT_TIMEOUT = 30.0
_CHUNK = 64 * 1024


def fetch(url: str, timeout: float, max_bytes: int) -> tuple[bytes, str | None, str | None]:
    """The content of ``url``, its media type and its declared charset; :class:`ReadError` on any failure."""
    import requests
    import urllib3

    deadline = time.monotonic() + timeout
    headers = {"User-Agent": f"screener/{__version__}"}
    try:
        with requests.get(url, stream=True, timeout=timeout, headers=headers) as response:
            if response.status_code >= 400:
                raise ReadError(f"HTTP {response.status_code} {response.reason or ''}".rstrip(), source=url)
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise ReadError(too_large("the content", max_bytes, f"{int(declared):,} bytes"), source=url)
            chunks, size = [], 0
            # read1 returns what has arrived, so a server that trickles bytes cannot hold us past the deadline
            while chunk := response.raw.read1(_CHUNK, decode_content=True):
                size += len(chunk)
                if size > max_bytes:
                    raise ReadError(too_large("the content", max_bytes), source=url)
                if time.monotonic() > deadline:
                    raise ReadError(f"timed out after {timeout:g} s (the timeout option)", source=url)
                chunks.append(chunk)
            content_type = Message()
            content_type["content-type"] = response.headers.get("Content-Type", "")
            has_type = bool(response.headers.get("Content-Type"))
            media_type = content_type.get_content_type() if has_type else None
            return b"".join(chunks), media_type, content_type.get_content_charset()
    except (requests.Timeout, urllib3.exceptions.TimeoutError) as exc:
        raise ReadError(f"timed out after {timeout:g} s (the timeout option)", source=url) from exc
    except requests.ConnectionError as exc:
        raise ReadError(f"could not connect: {_reason(exc)}", source=url) from exc
    except (requests.RequestException, urllib3.exceptions.HTTPError) as exc:
        raise ReadError(f"could not download: {_reason(exc)}", source=url) from exc


def _reason(exc: Exception) -> str:
    reason = exc.args[0] if exc.args else exc
    reason = getattr(reason, "reason", reason)  # urllib3 wraps the socket error
    return str(reason)


@hookimpl
def screener_read(source, options):
    if not source.lower().startswith(("http://", "https://")):
        return None
    timeout = positive_number(options, "timeout", DEFAULT_TIMEOUT, source)
    data, media_type, charset = fetch(source, timeout, max_bytes_option(options, source))
    by_media_type = KIND_BY_MEDIA_TYPE.get(media_type or "")
    by_suffix = kind_of_name(urlparse(source).path)
    # text/plain is what many servers say of anything: a .jsonl or .csv suffix is then the better word
    kind = options.get("format") or (by_suffix if by_media_type in (None, "text") else by_media_type) or by_media_type
    result: Posting | object = read_stream(kind, io.BytesIO(data), source, options, charset)
    if isinstance(result, Posting) and result.url is None:
        result = result.model_copy(update={"url": source})
    return result
