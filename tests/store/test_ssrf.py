"""URL fetching refuses non-public addresses (SSRF), on every redirect hop, connects only to the address
it checked (DNS rebinding), and bounds every fetch in time and size. Servers here listen on 127.0.0.1
and 127.0.0.2; the second stands for "a public site" by a patched address check, and made-up host
names are answered by a patched resolver: nothing leaves the machine."""
from __future__ import annotations

import gzip
import ipaddress
import json
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from typer.testing import CliRunner

from materiel.cli import app
from materiel.record.errors import InputError
from materiel.sources import fetch as web
from materiel.sources import netguard

PUBLIC_STANDIN = "127.0.0.2"
ARTICLE = (b"<html><head><title>Boats for Ghana</title></head><body><article><p>Norway has delivered four patrol "
           b"boats to Ghana, the Norwegian defence ministry said on Monday.</p></article></body></html>")
HITS: list[str] = []


class Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, Callable[[BaseHTTPRequestHandler], None]]] = {}

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        HITS.append(f"{self.server.server_address[0]}{self.path}")
        try:
            self.routes.get(self.path, _page)(self)
        except (BrokenPipeError, ConnectionResetError):
            pass


def _page(h: BaseHTTPRequestHandler, body: bytes = ARTICLE, headers: dict[str, str] | None = None) -> None:
    h.send_response(200)
    for k, v in {"Content-Type": "text/html", "Content-Length": str(len(body)), **(headers or {})}.items():
        h.send_header(k, v)
    h.end_headers()
    h.wfile.write(body)


def _redirect(to: str) -> Callable[[BaseHTTPRequestHandler], None]:
    def go(h: BaseHTTPRequestHandler) -> None:
        h.send_response(302)
        h.send_header("Location", to.replace("PORT", str(h.server.server_port)))
        h.send_header("Content-Length", "0")
        h.end_headers()
    return go


def _trickle(h: BaseHTTPRequestHandler) -> None:
    """Headers one byte every 0.1 s: each read is quick, the whole never ends in time."""
    for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: " + b"a" * 200:
        h.wfile.write(bytes([byte]))
        h.wfile.flush()
        time.sleep(0.1)


def _gzip_bomb(h: BaseHTTPRequestHandler) -> None:
    z = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    body = b"".join(z.compress(b"\0" * (1 << 20)) for _ in range(64)) + z.flush()  # 64 MB in ~64 KB
    _page(h, body, {"Content-Encoding": "gzip"})


Handler.routes = {
    "/to-loopback": _redirect("http://127.0.0.1:PORT/page.html"),
    "/to-internal": _redirect("http://internal.example:PORT/page.html"),
    "/to-file": _redirect("file:///etc/passwd"),
    "/loop": _redirect("/loop"),
    "/hop": _redirect("/page.html"),
    "/trickle": _trickle,
    "/bomb": _gzip_bomb,
    "/gzipped": lambda h: _page(h, gzip.compress(ARTICLE), {"Content-Encoding": "gzip"}),
    "/brotli": lambda h: _page(h, b"\x1b\x00", {"Content-Encoding": "br"}),
}


def _serve(host: str, port: int = 0) -> Iterator[ThreadingHTTPServer]:
    httpd = ThreadingHTTPServer((host, port), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def loopback() -> Iterator[str]:
    for httpd in _serve("127.0.0.1"):
        yield f"http://127.0.0.1:{httpd.server_port}"


@pytest.fixture
def public(monkeypatch: pytest.MonkeyPatch, loopback: str) -> Iterator[str]:
    """A server on 127.0.0.2, on the loopback server's port, that the address check takes for public."""
    real = netguard.non_public
    monkeypatch.setattr(netguard, "non_public",
                        lambda ip: None if str(ip) == PUBLIC_STANDIN else real(ip))
    try:
        servers = _serve(PUBLIC_STANDIN, int(loopback.rsplit(":", 1)[1]))
        httpd = next(servers)
    except OSError:
        pytest.skip("cannot listen on 127.0.0.2 here")
    yield f"http://{PUBLIC_STANDIN}:{httpd.server_port}"
    next(servers, None)


@pytest.fixture(autouse=True)
def _defaults(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(web.ALLOW_PRIVATE_ENV, raising=False)
    HITS.clear()
    yield
    web.configure(timeout=web.DEFAULT_TIMEOUT, allow_private=False)


def _resolver(monkeypatch: pytest.MonkeyPatch, answers: dict[str, list[str]]) -> list[str]:
    """Answer made-up names from `answers` (each call takes the next answer if several are listed per call)."""
    asked: list[str] = []

    def fake(host: str, port: int) -> list[Any]:
        asked.append(host)
        if host not in answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        family = {4: socket.AF_INET, 6: socket.AF_INET6}
        return [(family[ipaddress.ip_address(a).version], socket.SOCK_STREAM, 6, "", (a, port)) for a in answers[host]]
    monkeypatch.setattr(netguard, "_getaddrinfo", fake)
    return asked


def _refusal(url: str, **kw: Any) -> str:
    with pytest.raises(InputError) as info:
        web.fetch(url, 1 << 20, **kw)
    assert info.value.source == url and "\n" not in info.value.reason
    return info.value.reason


@pytest.mark.parametrize("address, why", [
    ("127.0.0.1", "a loopback address"), ("127.8.9.10", "a loopback address"), ("::1", "a loopback address"),
    ("10.0.0.5", "a private address"), ("172.16.3.4", "a private address"), ("192.168.1.1", "a private address"),
    ("fc00::1", "a private address"), ("fd12:3456::1", "a private address"),
    ("169.254.169.254", "a link-local address"), ("fe80::1", "a link-local address"),
    ("224.0.0.1", "a multicast address"), ("ff02::1", "a multicast address"),
    ("100.64.0.1", "a shared (100.64.0.0/10) address"), ("100.127.255.254", "a shared (100.64.0.0/10) address"),
    ("0.0.0.0", "an unspecified address"), ("::", "an unspecified address"),
    ("240.0.0.1", "a reserved address"), ("255.255.255.255", "a reserved address"),
    ("::ffff:127.0.0.1", "a loopback address"), ("::ffff:10.1.2.3", "a private address"),
    ("2002:a00:1::", "a private address"), ("64:ff9b::a9fe:a9fe", "a link-local address"),
])
def test_non_public_addresses(address: str, why: str) -> None:
    assert netguard.non_public(ipaddress.ip_address(address)) == why


@pytest.mark.parametrize("address", ["8.8.8.8", "93.184.216.34", "1.1.1.1", "2606:4700:4700::1111",
                                     "::ffff:8.8.8.8", "2002:808:808::1"])
def test_public_addresses(address: str) -> None:
    assert netguard.non_public(ipaddress.ip_address(address)) is None


def test_loopback_is_refused_before_any_request(loopback: str) -> None:
    reason = _refusal(f"{loopback}/page.html")
    assert reason == ("refused: 127.0.0.1 is a loopback address; pass --allow-private-urls "
                      "(or set MATERIEL_ALLOW_PRIVATE_URLS=1) to allow")
    assert HITS == []


def test_a_name_resolving_to_a_private_address_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _resolver(monkeypatch, {"example.internal": ["10.0.0.5"], "mixed.example": ["93.184.216.34", "192.168.0.7"],
                            "v6.example": ["::1"]})
    assert _refusal("http://example.internal/report").startswith(
        "refused: example.internal resolves to a private address 10.0.0.5; pass --allow-private-urls")
    assert _refusal("https://mixed.example/").startswith("refused: mixed.example resolves to a private address 192.168.0.7")
    assert _refusal("http://v6.example:8080/").startswith("refused: v6.example resolves to a loopback address ::1")
    assert _refusal("http://[::ffff:7f00:1]/").startswith("refused: ::ffff:7f00:1 is a loopback address")
    assert _refusal("http://unknown.invalid/").startswith("could not fetch (ConnectError: cannot resolve unknown.invalid")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/"])
def test_other_schemes_are_refused(url: str) -> None:
    assert _refusal(url).startswith("refused: only http and https URLs are fetched")


def test_every_redirect_hop_is_checked(monkeypatch: pytest.MonkeyPatch, public: str) -> None:
    _resolver(monkeypatch, {"internal.example": ["10.0.0.5"]})
    port = public.rsplit(":", 1)[1]
    assert web.fetch(f"{public}/hop", 1 << 20)[2] == f"{public}/page.html"  # a public redirect is followed
    reason = _refusal(f"{public}/to-loopback")
    assert reason.startswith("refused: 127.0.0.1 is a loopback address")
    assert reason.endswith(f"(redirected to http://127.0.0.1:{port}/page.html)")
    assert _refusal(f"{public}/to-internal").startswith("refused: internal.example resolves to a private address 10.0.0.5")
    assert _refusal(f"{public}/to-file").startswith("refused: only http and https URLs are fetched, not file: URLs "
                                                    "(redirected to file://")
    assert _refusal(f"{public}/loop") == "more than 5 redirects"
    assert not [h for h in HITS if h.startswith("127.0.0.1")], HITS  # the loopback server was never asked


def test_dns_rebinding_connects_to_the_checked_address(monkeypatch: pytest.MonkeyPatch, public: str) -> None:
    """The name is resolved once per connection, and the socket goes to that checked address: a second,
    private answer is never used."""
    answers = iter([[PUBLIC_STANDIN], ["10.0.0.5"], ["127.0.0.1"]])
    asked: list[str] = []

    def rebinding(host: str, port: int) -> list[Any]:
        asked.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers)[0], port))]
    monkeypatch.setattr(netguard, "_getaddrinfo", rebinding)
    port = public.rsplit(":", 1)[1]
    body, _, _ = web.fetch(f"http://rebind.example:{port}/page.html", 1 << 20)
    assert body == ARTICLE and asked == ["rebind.example"] and HITS == [f"{PUBLIC_STANDIN}/page.html"]


def test_the_opt_in_allows_private_addresses(monkeypatch: pytest.MonkeyPatch, loopback: str) -> None:
    web.configure(allow_private=True)
    assert web.fetch(f"{loopback}/page.html", 1 << 20)[0] == ARTICLE
    web.configure(allow_private=False)
    monkeypatch.setenv("MATERIEL_ALLOW_PRIVATE_URLS", "1")
    _resolver(monkeypatch, {"intranet.example": ["127.0.0.1"]})  # connects to the resolved address itself
    port = loopback.rsplit(":", 1)[1]
    assert web.fetch(f"http://intranet.example:{port}/page.html", 1 << 20)[0] == ARTICLE


def test_trickled_headers_stop_at_the_deadline(public: str) -> None:
    assert _refusal(f"{public}/trickle", timeout=0.5) == "timed out after 0.5 s (set --timeout)"


def test_a_gzip_bomb_response_is_cut_at_the_size_limit(public: str) -> None:
    assert _refusal(f"{public}/bomb").startswith("response is larger than the limit of 1 MB")
    assert web.fetch(f"{public}/gzipped", 1 << 20)[0] == ARTICLE
    assert _refusal(f"{public}/brotli").startswith("unsupported Content-Encoding 'br'")


def test_feed_links_go_through_the_same_checks(public: str) -> None:
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            b"<item><title>a</title><link>file:///etc/passwd</link></item>"
            b"<item><title>b</title><link>http://127.0.0.1:9/x</link></item></channel></rss>")
    out = list(web.read_feed(f"{public}/feed.xml", feed, 1 << 20, None))
    reasons = [o.reason for o in out]
    assert reasons[0].startswith("refused: only http and https URLs are fetched, not file: URLs")
    assert reasons[1].startswith("refused: 127.0.0.1 is a loopback address")


def test_cli_add_refuses_and_the_flag_allows(tmp_path: Path, loopback: str) -> None:
    runner = CliRunner()
    db = str(tmp_path / "s.db")
    url = f"{loopback}/page.html"
    res = runner.invoke(app, ["add", "--db", db, "-q", "--json", url])
    assert res.exit_code == 1
    failure = json.loads(res.stdout.strip().splitlines()[-1])["failures"][0]
    assert failure["source"] == url and failure["reason"].startswith("refused: 127.0.0.1 is a loopback address")
    assert HITS == []
    res = runner.invoke(app, ["add", "--db", db, "-q", "--json", "--allow-private-urls", url])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout.strip().splitlines()[-1])["added"] == 1
    assert "--allow-private-urls" in runner.invoke(app, ["add", "--help"]).stdout


@pytest.fixture
def tls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, public: str) -> Iterator[str]:
    """An HTTPS server on 127.0.0.2 with a certificate for secure.example only (made by openssl here)."""
    import shutil
    import ssl
    import subprocess

    if not shutil.which("openssl"):
        pytest.skip("openssl not found: the TLS test needs it to make a certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    made = subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                           "/CN=secure.example", "-addext", "subjectAltName=DNS:secure.example",
                           "-keyout", str(key), "-out", str(cert)], capture_output=True, timeout=60, check=False)
    if made.returncode:
        pytest.skip(f"openssl could not make a certificate: {made.stderr.decode()[:200]}")
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd = ThreadingHTTPServer((PUBLIC_STANDIN, 0), Handler)
    httpd.daemon_threads = True
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield str(httpd.server_port)
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_tls_checks_the_name_of_the_url_not_the_address(monkeypatch: pytest.MonkeyPatch, tls: str) -> None:
    """The socket goes to the checked address, while the certificate is still verified against the URL's
    host name (SNI and hostname check): connecting by address does not weaken TLS."""
    _resolver(monkeypatch, {"secure.example": [PUBLIC_STANDIN], "other.example": [PUBLIC_STANDIN]})
    assert web.fetch(f"https://secure.example:{tls}/page.html", 1 << 20)[0] == ARTICLE
    reason = _refusal(f"https://other.example:{tls}/page.html")
    assert reason.startswith("could not fetch (ConnectError") and "certificate" in reason.lower(), reason
