"""Where `materiel add URL` may connect: public addresses only, within one deadline (SSRF guard).

`client(deadline, allow_private)` is an httpx Client whose connections go through `GuardedBackend`:
for every connection (the first request and every redirect hop) the host name is resolved ONCE, every
address it resolves to is checked, and the socket is opened to one of those checked addresses. The
name is never resolved again by the operating system, so a DNS answer that changes between the check
and the connection (DNS rebinding) cannot slip a private address through. TLS still verifies the
certificate against the host name of the URL.

Refused (unless private addresses are allowed): loopback, private (RFC 1918, fc00::/7, ...), link-local,
multicast, reserved, unspecified and shared (100.64.0.0/10) addresses, and IPv6 addresses that embed one
(::ffff:10.0.0.1, 6to4, 64:ff9b::/96 NAT64, Teredo).

Every read and write of the connection is bounded by the fetch's deadline, so a server that trickles its
headers or body a byte at a time cannot hold a fetch beyond it. Name resolution runs in a helper thread
bounded by the same deadline. Proxies from the environment (HTTP_PROXY, ...) are not used: the guard
must see the address it connects to.
"""
from __future__ import annotations

import functools
import ipaddress
import os
import socket
import ssl
import threading
import time
from typing import Any

import httpcore
import httpx

from materiel.record.errors import InputError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_SHARED = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class Refused(InputError):
    """A connection to a non-public address; `source` is the host name, `address` what it resolved to."""

    def __init__(self, host: str, address: IPAddress, why: str) -> None:
        self.host = host
        self.address = address
        self.why = why
        literal = host.strip("[]") == str(address)
        where = f"{host} is {why}" if literal else f"{host} resolves to {why} {address}"
        super().__init__(host, f"refused: {where}; pass --allow-private-urls (or set "
                               "MATERIEL_ALLOW_PRIVATE_URLS=1) to allow")


def _embedded_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def non_public(ip: IPAddress) -> str | None:
    """Why `ip` is not a public address ('a loopback address', ...), or None when it is public."""
    if isinstance(ip, ipaddress.IPv6Address) and (inner := _embedded_v4(ip)) is not None:
        if ip.ipv4_mapped is not None:  # ::ffff:a.b.c.d is connected to as a.b.c.d itself
            return non_public(inner)
        if (why := non_public(inner)) is not None:
            return why
    checks = (("unspecified", ip.is_unspecified), ("loopback", ip.is_loopback), ("link-local", ip.is_link_local),
              ("multicast", ip.is_multicast), ("shared (100.64.0.0/10)", ip in _SHARED),
              ("reserved", ip.is_reserved), ("private", ip.is_private), ("non-public", not ip.is_global))
    for name, hit in checks:
        if hit:
            return f"{'an' if name[0] in 'aeiou' else 'a'} {name} address"
    return None


def _getaddrinfo(host: str, port: int) -> list[Any]:  # replaced in tests to answer for made-up names
    return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)


def resolve(host: str, port: int, timeout: float) -> list[IPAddress]:
    """The addresses of `host` (an IP literal is its own), in the resolver's order, without duplicates."""
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    answer: dict[str, Any] = {}

    def run() -> None:
        try:
            answer["infos"] = _getaddrinfo(host, port)
        except (OSError, UnicodeError) as exc:
            answer["error"] = exc

    worker = threading.Thread(target=run, daemon=True, name="materiel-resolve")
    worker.start()
    worker.join(max(timeout, 0.0))
    if worker.is_alive():
        raise httpcore.ConnectTimeout(f"resolving {host} took too long")
    if "error" in answer:
        raise httpcore.ConnectError(f"cannot resolve {host} ({answer['error']})")
    found: list[IPAddress] = []
    for info in answer.get("infos", []):
        ip = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if ip not in found:
            found.append(ip)
    if not found:
        raise httpcore.ConnectError(f"cannot resolve {host} (no address)")
    return found


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write ends by the deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: float) -> None:
        self._inner = inner
        self._deadline = deadline

    def _left(self, timeout: float | None, error: type[Exception]) -> float:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise error("deadline reached")
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, self._left(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(inner, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore's synchronous backend, connecting only to checked addresses, within the deadline."""

    def __init__(self, deadline: float, allow_private: bool) -> None:
        self._inner = httpcore.SyncBackend()
        self._deadline = deadline
        self._allow_private = allow_private

    def _left(self, timeout: float | None) -> float:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ConnectTimeout("deadline reached")
        return left if timeout is None else min(timeout, left)

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Any = None) -> httpcore.NetworkStream:
        addresses = resolve(host, port, self._left(timeout))
        if not self._allow_private:
            for ip in addresses:
                if (why := non_public(ip)) is not None:
                    raise Refused(host, ip, why)
        error: Exception = httpcore.ConnectError(f"cannot connect to {host}")
        for ip in addresses:  # the checked addresses themselves: the name is not resolved again
            try:
                stream = self._inner.connect_tcp(str(ip), port, timeout=self._left(timeout),
                                                 local_address=local_address, socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
                continue
            return _DeadlineStream(stream, self._deadline)
        raise error

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Any = None) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("materiel does not fetch over Unix sockets")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


@functools.lru_cache(maxsize=4)
def ssl_context(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    """httpx's TLS context (certificates verified), made once per CA setting ($SSL_CERT_FILE, $SSL_CERT_DIR):
    loading the CA bundle takes about 0.1 s, which every fetch paid twice before."""
    return httpx.create_ssl_context()


def _context() -> ssl.SSLContext:
    return ssl_context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


class GuardedTransport(httpx.HTTPTransport):
    """httpx's transport over `GuardedBackend` (its connection pool is rebuilt around the backend)."""

    def __init__(self, deadline: float, allow_private: bool) -> None:
        context = _context()
        super().__init__(verify=context, trust_env=False)
        if not hasattr(self, "_pool"):  # pragma: no cover - an httpx that no longer keeps its pool there
            raise RuntimeError("httpx.HTTPTransport has no _pool: materiel's URL guard needs updating")
        self._pool = httpcore.ConnectionPool(ssl_context=context, max_connections=10,
                                             max_keepalive_connections=5, keepalive_expiry=5.0,
                                             network_backend=GuardedBackend(deadline, allow_private))


def client(deadline: float, allow_private: bool, **kwargs: Any) -> httpx.Client:
    """An httpx Client that never follows redirects itself and connects through the guard."""
    return httpx.Client(transport=GuardedTransport(deadline, allow_private), follow_redirects=False,
                        trust_env=False, **kwargs)
