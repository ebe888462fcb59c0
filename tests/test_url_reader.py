"""The URL reader, against web servers on 127.0.0.1 run by the test: content types, timeout, size cap, redirects.

The timeout is a deadline for the whole exchange (headers that trickle in
too), a body shorter than its Content-Length is an error, and redirects
leave the origin (scheme, host, port) only when the user allows it: a
second server on another port counts the requests that reach it.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import failing_after
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


#: raw responses, written as they are: (bytes to send, seconds to wait after each byte or None for all at once)
RAW: dict[str, tuple[bytes, float | None]] = {
    # the status line and headers one byte every 0.2 s, for 20 s: each wait is short, only a deadline ends it
    "/slow-headers": (b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Pad: " + b"a" * 100 + b"\r\n\r\nRHIT", 0.2),
    "/short-body": (b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nRHIT required.", None),
    "/short-gzip": (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\nContent-Length: 500\r\n\r\n"
        + gzip.compress(b"CCS required. " * 20)[:40],
        None,
    ),
    "/hex-charset": (b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=hex\r\n\r\nCTR required.\n", None),
}
#: requests that reached each server, by path
HITS: Counter[str] = Counter()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        HITS[f"{self.server.server_address[1]}{self.path}"] += 1
        if self.path in RAW:
            data, pause = RAW[self.path]
            if pause is None:
                self.wfile.write(data)
                self.close_connection = True
                return
            for byte in data:
                try:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                except OSError:  # the reader has given up
                    return
                time.sleep(pause)
            self.close_connection = True
            return
        if self.path.startswith("/redirect/"):  # /redirect/STATUS/LOCATION...
            _, _, status, location = self.path.split("/", 3)
            self.send_response(int(status))
            self.send_header("Location", location.replace("PORT", str(self.server.other_port)))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
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


def start_server() -> ThreadingHTTPServer:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


@pytest.fixture(scope="module")
def servers():
    """Two servers: the URLs name the first; the second, on another port, is "another origin"."""
    first, second = start_server(), start_server()
    first.other_port, second.other_port = second.server_address[1], first.server_address[1]
    yield f"http://127.0.0.1:{first.server_address[1]}", f"http://127.0.0.1:{second.server_address[1]}"
    for httpd in (first, second):
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def server(servers):
    return servers[0]


@pytest.fixture(autouse=True)
def hang_guard():
    with failing_after(60, "a URL read is not bounded by its timeout"):
        yield


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


# --------------------------------------------------------------------------- the timeout is a deadline


def test_the_timeout_covers_headers_that_trickle_in(screener, server):
    """Each byte of the headers comes well within any per-read timeout; the deadline still ends the exchange."""
    started = time.monotonic()
    with pytest.raises(ReadError, match=r"/slow-headers: timed out after 1 s \(the timeout option\)$"):
        screener.read(f"{server}/slow-headers", {"timeout": "1"})
    assert time.monotonic() - started < 15  # the server would go on for 20 s; the hang guard is the real bound


def test_the_command_line_ends_a_trickle_of_headers_at_the_timeout(server):
    result = subprocess.run(
        [sys.executable, "-m", "screener", "extract", f"{server}/slow-headers", "--read-option", "timeout=1"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 1, result.stderr
    assert f"screener: error: {server}/slow-headers: timed out after 1 s (the timeout option)" in result.stderr
    assert "Traceback" not in result.stderr


# --------------------------------------------------------------------------- truncation


@pytest.mark.parametrize(
    ("path", "message"),
    [("/short-body", r"truncated: got 14 of 1,000 bytes$"), ("/short-gzip", r"truncated: got \d+ of 500 bytes$")],
    ids=["plain", "gzip"],
)
def test_a_body_shorter_than_its_content_length_is_an_error_naming_the_url(screener, server, path, message):
    with pytest.raises(ReadError, match=rf"^{server}{path}: {message}"):
        screener.read(f"{server}{path}")


# --------------------------------------------------------------------------- charsets


def test_a_declared_charset_that_is_not_a_text_encoding_is_ignored(screener, server):
    assert screener.read(f"{server}/hex-charset").text == "CTR required.\n"


# --------------------------------------------------------------------------- redirects


def test_a_redirect_to_the_same_origin_is_followed_and_names_the_posting(screener, server):
    url = f"{server}/redirect/301//posting.txt"
    posting = screener.read(url)
    assert posting.text == "Coder\n\nRHIT required – café\n"
    assert (posting.source, posting.url) == (f"{server}/posting.txt", f"{server}/posting.txt")
    records = list(screener.read_all(f"{server}/redirect/302//feed.jsonl"))
    assert [r.source for r in records] == [f"{server}/feed.jsonl#a", f"{server}/feed.jsonl#b"]


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_to_another_port_is_refused_and_names_where_it_led(screener, servers, status):
    server, other = servers
    url = f"{server}/redirect/{status}/http://127.0.0.1:PORT/posting.txt"
    before = HITS[f"{other.rsplit(':', 1)[1]}/posting.txt"]
    with pytest.raises(ReadError) as caught:
        screener.read(url)
    assert str(caught.value) == (
        f"{url}: redirected (HTTP {status}) to {other}/posting.txt, another host or port than {url}: not followed; "
        "allow it with --read-option follow_redirects=any"
    )
    assert HITS[f"{other.rsplit(':', 1)[1]}/posting.txt"] == before  # never connected to


def test_follow_redirects_any_follows_them_elsewhere_and_none_follows_none(screener, servers):
    server, other = servers
    url = f"{server}/redirect/302/http://127.0.0.1:PORT/posting.txt"
    posting = screener.read(url, {"follow_redirects": "any"})
    assert (posting.source, posting.text) == (f"{other}/posting.txt", "Coder\n\nRHIT required – café\n")
    with pytest.raises(
        ReadError, match=r"redirected \(HTTP 301\) to .*/posting\.txt: not followed \(follow_redirects=none\)$"
    ):
        screener.read(f"{server}/redirect/301//posting.txt", {"follow_redirects": "none"})
    with pytest.raises(ReadError, match=r"option follow_redirects='sometimes' must be one of same-origin, any, none$"):
        screener.read(url, {"follow_redirects": "sometimes"})


def test_a_redirect_to_a_file_url_is_refused_even_with_any(screener, server):
    with pytest.raises(ReadError, match=r"to file:///etc/passwd, which is not an http\(s\) URL: not followed$"):
        screener.read(f"{server}/redirect/302/file:///etc/passwd", {"follow_redirects": "any"})


def test_a_redirect_loop_ends(screener, server):
    with pytest.raises(ReadError, match=r"more than 10 redirects"):
        screener.read(f"{server}/redirect/302/loop")


def test_the_command_line_reports_a_refused_redirect(servers):
    server, other = servers
    url = f"{server}/redirect/302/http://127.0.0.1:PORT/posting.txt"
    result = subprocess.run(
        [sys.executable, "-m", "screener", "extract", url, "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert f"to {other}/posting.txt, another host or port" in result.stderr
    allowed = subprocess.run(
        [
            sys.executable,
            "-m",
            "screener",
            "extract",
            url,
            "--read-option",
            "follow_redirects=any",
            "--format",
            "jsonl",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert allowed.returncode == 0, allowed.stderr
    assert json.loads(allowed.stdout)["source"] == f"{other}/posting.txt"


# --------------------------------------------------------------------------- HTTPS through the deadline socket


@pytest.fixture(scope="module")
def https_server(tmp_path_factory):
    """A TLS server on 127.0.0.1 with a self-signed certificate made here (cryptography), trusted for the test."""
    import datetime
    import ipaddress
    import ssl

    pytest.importorskip("cryptography")
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    (folder / "cert.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.other_port = httpd.server_address[1]
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("REQUESTS_CA_BUNDLE", str(folder / "cert.pem"))
        yield f"https://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_https_reads_follows_same_origin_redirects_and_keeps_to_the_deadline(screener, https_server):
    posting = screener.read(f"{https_server}/redirect/302//posting.txt")
    assert (posting.source, posting.text) == (f"{https_server}/posting.txt", "Coder\n\nRHIT required – café\n")
    assert screener.read(f"{https_server}/big.txt").text.startswith("RHIT required.")
    with pytest.raises(ReadError, match=r"/slow-headers: timed out after 1 s \(the timeout option\)$"):
        screener.read(f"{https_server}/slow-headers", {"timeout": "1"})
