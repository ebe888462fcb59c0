"""Two scripted HTTP servers on 127.0.0.1 for the ``url`` target: hostile responses, sent as written.

A scenario (``url`` target input, JSON) is a list of responses; the request
for ``/KEY/N`` gets response N of the scenario loaded under KEY, byte for
byte: a status line and headers as written (``{SAME}`` and ``{OTHER}`` become
the base URL of the scenario on the first server and on the second, "another
origin"; ``{KEY}`` becomes the key, for relative redirects), then a
body, all at once or trickled (``chunk`` bytes every ``pause`` seconds). The
servers count the requests each scenario's paths got, and note when one was
answered with a body shorter than the Content-Length it declared.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from collections import Counter
from typing import Any

_CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:\s*(\d+)", re.IGNORECASE)


class ScriptedServers:
    """The pair of servers; :meth:`load` a scenario, read ``hits`` and ``short_bodies`` afterwards."""

    def __init__(self) -> None:
        self.scenarios: dict[str, list[dict[str, Any]]] = {}
        #: requests per (server, key): server 0 is SAME, 1 is OTHER
        self.hits: Counter[tuple[int, str]] = Counter()
        #: keys of scenarios that sent a body shorter than its declared Content-Length
        self.short_bodies: set[str] = set()
        self._sockets = [self._listen(index) for index in (0, 1)]
        self.same, self.other = (f"http://127.0.0.1:{s.getsockname()[1]}" for s in self._sockets)
        self._next = 0

    def load(self, responses: list[dict[str, Any]]) -> str:
        """Serve ``responses`` under a new key; the URL of the first is ``{same}/{key}/0``."""
        self._next += 1
        key = f"s{self._next}"
        self.scenarios[key] = responses
        return key

    def _listen(self, index: int) -> socket.socket:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        threading.Thread(target=self._accept, args=(listener, index), daemon=True).start()
        return listener

    def _accept(self, listener: socket.socket, index: int) -> None:
        while True:
            connection, _ = listener.accept()
            threading.Thread(target=self._answer, args=(connection, index), daemon=True).start()

    def _answer(self, connection: socket.socket, index: int) -> None:
        with connection:
            connection.settimeout(10)
            request = b""
            try:
                while b"\r\n\r\n" not in request and len(request) < 65536:
                    chunk = connection.recv(4096)
                    if not chunk:
                        return
                    request += chunk
            except OSError:
                return
            parts = request.split(b" ", 2)
            path = parts[1].decode("latin-1") if len(parts) > 1 else "/"
            _, key, number = [*path.split("/", 2), "", ""][:3]
            self.hits[(index, key)] += 1
            responses = self.scenarios.get(key, [])
            try:
                response = responses[int(number)]
            except (ValueError, IndexError):
                connection.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                return
            self._send(connection, key, response)

    def _send(self, connection: socket.socket, key: str, response: dict[str, Any]) -> None:
        head = response["head"].replace("{SAME}", f"{self.same}/{key}").replace("{OTHER}", f"{self.other}/{key}")
        head = head.replace("{KEY}", key)
        head_bytes = head.encode("latin-1", "replace")
        body = response["body"].encode("latin-1", "replace")
        declared = _CONTENT_LENGTH.search(b"\r\n" + head_bytes)
        if declared and int(declared.group(1)) > len(body) and not response.get("chunked"):
            self.short_bodies.add(key)
        data = head_bytes + body
        chunk, pause = response.get("chunk") or len(data) or 1, response.get("pause") or 0.0
        try:
            for start in range(0, len(data), chunk):
                connection.sendall(data[start : start + chunk])
                if pause:
                    time.sleep(pause)
        except OSError:  # the reader gave up: that is its right
            return
