"""The URL reader, against a web server on 127.0.0.1 run by the test: content types, timeout, size cap."""

from __future__ import annotations

import gzip
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from test_html_reader import DESCRIPTION_TEXT, JOB, saved_page

from screener import ReadError

ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/jobs/123": (200, "text/html; charset=utf-8", saved_page(JOB).encode()),
    "/posting.txt": (200, "text/plain", "Coder\n\nRHIT required – café\n".encode("cp1252")),
    "/latin.txt": (200, "text/plain; charset=iso-8859-1", "CCS required – ok ¼\n".encode("latin-1", "replace")),
    "/feed.jsonl": (200, "text/plain", b'{"id": "a", "text": "CPC required"}\n{"id": "b", "text": "CCA required"}\n'),
    "/feed": (200, "application/x-ndjson", b'{"text": "CTR required"}\nnot json\n'),
    "/big.txt": (200, "text/plain", b"RHIT required. " * 10_000),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(20):  # a trickle that never finishes within the timeout
                self.wfile.write(b"RHIT required. ")
                self.wfile.flush()
                time.sleep(0.25)
            return
        if self.path == "/chunked-big":  # no Content-Length: the cap must hold while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"x" * 10_000)
            return
        status, content_type, body = ROUTES.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_job_page_is_read_from_its_json_ld(screener, server, tmp_path):
    url = f"{server}/jobs/123"
    posting = screener.read(url)
    assert (posting.source, posting.title, posting.url) == (url, "Inpatient Coder II", JOB["url"])
    text = tmp_path / "description.txt"
    text.write_text(DESCRIPTION_TEXT)
    assert screener.extract(posting).requirements and [
        (r.kind, r.id, r.strength) for r in screener.extract(posting).requirements
    ] == [(r.kind, r.id, r.strength) for r in screener.extract(screener.read(str(text))).requirements]


def test_text_is_decoded_by_its_declared_charset_or_detected(screener, server):
    assert screener.read(f"{server}/posting.txt").text == "Coder\n\nRHIT required – café\n"
    assert screener.read(f"{server}/posting.txt").url == f"{server}/posting.txt"
    assert screener.read(f"{server}/latin.txt").text == "CCS required ? ok ¼\n"


def test_batches_are_read_by_suffix_or_media_type(screener, server):
    assert [p.source for p in screener.read_all(f"{server}/feed.jsonl")] == [
        f"{server}/feed.jsonl#a",
        f"{server}/feed.jsonl#b",
    ]
    good, bad = screener.read_all(f"{server}/feed")
    assert good.text == "CTR required"
    assert str(bad).startswith(f"{server}/feed:2: invalid JSON on line 2")


def test_http_errors_and_unreachable_servers_are_read_errors(screener, server):
    with pytest.raises(ReadError, match=r"/missing: HTTP 404 Not Found$"):
        screener.read(f"{server}/missing")
    with pytest.raises(ReadError, match=r"http://127\.0\.0\.1:9/x: could not connect: "):
        screener.read("http://127.0.0.1:9/x", {"timeout": "2"})


def test_the_timeout_ends_a_slow_download(screener, server):
    """The server trickles bytes for 5 s, each well within the socket timeout: only the deadline can end it."""
    with pytest.raises(ReadError, match=r"/slow: timed out after 1 s \(the timeout option\)"):
        screener.read(f"{server}/slow", {"timeout": "1"})


def test_the_size_cap_holds_with_and_without_a_content_length(screener, server):
    with pytest.raises(
        ReadError,
        match=r"larger than the limit of 100,000 bytes \(150,000 bytes\); raise it with --read-option max_bytes",
    ):
        screener.read(f"{server}/big.txt", {"max_bytes": "100000"})
    with pytest.raises(ReadError, match=r"/chunked-big: the content is larger than the limit of 50,000 bytes"):
        screener.read(f"{server}/chunked-big", {"max_bytes": "50000"})
    assert screener.read(f"{server}/big.txt", {"max_bytes": "150000"}).text.startswith("RHIT required.")


def test_bad_option_values_are_errors(screener, server):
    with pytest.raises(ReadError, match=r"option timeout='soon' must be a positive number"):
        screener.read(f"{server}/posting.txt", {"timeout": "soon"})


def test_gzip_is_looked_through_when_sniffing(screener, server):
    ROUTES["/export"] = (
        200,
        "application/octet-stream",
        gzip.compress(json.dumps([{"text": "CCS required"}]).encode()),
    )
    (posting,) = screener.read_all(f"{server}/export")
    assert posting.text == "CCS required"
