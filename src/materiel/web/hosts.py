"""Which `Host` headers the workbench answers: the defence against DNS rebinding.

A page on a name the attacker controls (attacker.example) can make that name resolve to 127.0.0.1 after
it has loaded; its scripts then reach the workbench "from the same origin", and the request carries
`Host: attacker.example:PORT`. So the workbench served by `materiel serve` answers only requests whose
Host is, without its port (as Jupyter and webpack's dev server do):

- an IP address (v4 or v6): a browser that asks for an address is on that address, no name was rebound;
- `localhost` or a name under `.localhost` (browsers resolve these to loopback themselves);
- the name given to `--host`, and every `--allowed-host NAME` (the name behind a proxy; `.example.org`
  allows the name and every name under it; `*` allows every name, for a proxy that checks names itself).

Any other Host gets 400 in the usual error envelope. A request without a Host header (HTTP/1.0 scripts)
is answered: a browser always sends one.
"""
from __future__ import annotations

import ipaddress
from collections.abc import Iterable

LOOPBACK_NAMES = ("localhost",)


def hostname(header: str) -> str:
    """The name or address of a Host header, without its port, brackets and final dot, lower-case."""
    value = header.strip().lower()
    if value.startswith("["):  # [v6]:port
        value = value[1:].split("]", 1)[0]
    elif value.count(":") == 1:
        value = value.split(":", 1)[0]
    return value.rstrip(".")


def is_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def allowed_hosts(given: Iterable[str]) -> frozenset[str]:
    """The names answered: the loopback names and those `given` (`--host`, `--allowed-host`), normalized."""
    names = {hostname(n) if n.strip() != "*" else "*" for n in given if n and n.strip()}
    return frozenset(n for n in names if n and not is_address(n)) | frozenset(LOOPBACK_NAMES)


def is_allowed(header: str | None, names: frozenset[str]) -> bool:
    """Whether a request with this Host header is answered (see the module's rules)."""
    if header is None or "*" in names:
        return True
    name = hostname(header)
    if not name:  # an empty Host: no browser sends one
        return not header.strip()
    if is_address(name) or name in names or name.endswith(".localhost"):
        return True
    return any(n.startswith(".") and (name == n[1:] or name.endswith(n)) for n in names)


def refusal(header: str) -> str:
    return (f"this server does not answer for the host {hostname(header)[:100]!r} (a defence against DNS "
            "rebinding): use its address or localhost, or start it with `materiel serve --allowed-host NAME`")
