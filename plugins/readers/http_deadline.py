"""An HTTP session (requests) whose timeout is a deadline for the whole exchange, not a limit per read.

requests and urllib3 apply a timeout to each wait on the socket: a server
that sends its status line and headers one byte every half second never
trips it, and holds the reader as long as it likes. In a
:func:`deadline_session` every connection keeps to one deadline instead:

- the TLS handshake runs with a socket timeout of the time left (Python
  limits a handshake as a whole by the socket timeout);
- after connecting, every send and every read of the status line, headers
  and body waits at most the time left, and one that starts after the
  deadline fails at once with a timeout, which requests reports as
  ``requests.Timeout``.

Connecting itself (TCP) is limited by requests' own connect timeout; name
lookup (DNS) by the system resolver's.
"""

from __future__ import annotations

import contextvars
import io
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("screener_http_deadline", default=None)
#: The least timeout set on a socket: 0 would make it non-blocking.
_SHORTEST_WAIT = 0.001


@contextmanager
def deadline_session(seconds: float) -> Iterator[Any]:
    """A ``requests.Session`` whose connections all end their work ``seconds`` from now."""
    import requests

    token = _DEADLINE.set(time.monotonic() + seconds)
    session = requests.Session()
    adapter = _adapter_class()(max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    try:
        yield session
    finally:
        session.close()
        _DEADLINE.reset(token)


class DeadlineSocket:
    """A connected socket whose reads and sends wait at most until ``deadline`` (``time.monotonic()``)."""

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self._sock = sock
        self._deadline = deadline
        self._timeout = sock.gettimeout()  # what urllib3 asks for each wait; the deadline may cut it short

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)

    def settimeout(self, value: float | None) -> None:
        self._timeout = value

    def gettimeout(self) -> float | None:
        return self._timeout

    def wait_at_most_the_time_left(self) -> None:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the deadline for the whole exchange has passed")
        self._sock.settimeout(max(left if self._timeout is None else min(left, self._timeout), _SHORTEST_WAIT))

    def recv(self, size: int, flags: int = 0) -> bytes:
        self.wait_at_most_the_time_left()
        return self._sock.recv(size, flags)

    def recv_into(self, buffer: Any, size: int = 0, flags: int = 0) -> int:
        self.wait_at_most_the_time_left()
        return self._sock.recv_into(buffer, size, flags)

    def send(self, data: Any, flags: int = 0) -> int:
        self.wait_at_most_the_time_left()
        return self._sock.send(data, flags)

    def sendall(self, data: Any, flags: int = 0) -> None:
        self.wait_at_most_the_time_left()  # Python limits sendall as a whole by the socket timeout
        self._sock.sendall(data, flags)

    def makefile(self, mode: str = "r", buffering: int | None = None, **kwargs: Any) -> Any:
        """The file http.client reads the response from: each read from the socket keeps to the deadline."""
        if mode != "rb":
            raise ValueError(f"a deadline socket gives only binary reading files, not mode {mode!r}")
        raw = self._sock.makefile("rb", buffering=0)  # the socket's own file: it keeps the socket open while used
        return io.BufferedReader(_DeadlineReader(raw, self.wait_at_most_the_time_left), buffering or 8192)


class _DeadlineReader(io.RawIOBase):
    def __init__(self, raw: Any, wait: Callable[[], None]) -> None:
        self._raw = raw
        self._wait = wait

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        self._wait()
        return self._raw.readinto(buffer)

    def fileno(self) -> int:
        return self._raw.fileno()

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()


class _DeadlineConnection:
    """Mixed into urllib3's connection classes: the handshake and every later wait keep to the deadline."""

    sock: Any

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()  # type: ignore[misc]
        deadline = _DEADLINE.get()
        if deadline is not None:  # the TLS handshake, which follows, is limited as a whole by this timeout
            sock.settimeout(max(deadline - time.monotonic(), _SHORTEST_WAIT))
        return sock

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        deadline = _DEADLINE.get()
        if deadline is not None and not isinstance(self.sock, DeadlineSocket):
            self.sock = DeadlineSocket(self.sock, deadline)


@cache
def _adapter_class() -> type:
    """requests' HTTPAdapter, with connection pools that make deadline connections."""
    import urllib3
    from requests.adapters import HTTPAdapter
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    class Connection(_DeadlineConnection, HTTPConnection):
        pass

    class SecureConnection(_DeadlineConnection, HTTPSConnection):
        pass

    class Pool(HTTPConnectionPool):
        ConnectionCls = Connection

    class SecurePool(HTTPSConnectionPool):
        ConnectionCls = SecureConnection

    pools = {"http": Pool, "https": SecurePool}

    class DeadlineAdapter(HTTPAdapter):
        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = pools

        def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
            manager = super().proxy_manager_for(proxy, **kwargs)
            if isinstance(manager, urllib3.ProxyManager):  # not SOCKS, whose pools make their own connections
                manager.pool_classes_by_scheme = pools
            return manager

    return DeadlineAdapter
