"""What materiel sends out: webhooks (a signed JSON POST) and e-mail (SMTP).

- A webhook body is JSON (UTF-8); its header `X-Materiel-Signature: sha256=<hex>` is the HMAC-SHA256 of the
  exact body under the watchlist's secret, so that the receiver can check it came from this store
  (`signature`, `verify`). The POST goes through the SSRF guard (`materiel.sources.netguard`) like every
  fetch: a webhook on a loopback or private address is refused unless private URLs are allowed
  (`--allow-private-urls`, MATERIEL_ALLOW_PRIVATE_URLS=1), within one deadline, no redirect followed;
  any status but 2xx is a failure.
- E-mail goes through the SMTP server configured by the environment (`SmtpConfig.from_env`:
  MATERIEL_SMTP_HOST, MATERIEL_SMTP_PORT (25), MATERIEL_SMTP_FROM, MATERIEL_SMTP_USER and
  MATERIEL_SMTP_PASSWORD when it asks for a login, MATERIEL_SMTP_STARTTLS=1 to upgrade the connection).
  Its host is the administrator's choice, not a user's, so it is not guarded.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import smtplib
import time
from dataclasses import dataclass
from email.message import EmailMessage

import httpx

from materiel.record.errors import InputError
from materiel.sources import fetch, netguard

SIGNATURE_HEADER = "X-Materiel-Signature"
TIMEOUT = 10.0


class DeliveryError(InputError):
    """A webhook or an e-mail that could not be delivered; the reason is the message."""


def signature(body: bytes, secret: str) -> str:
    """`sha256=<hex>`: the HMAC-SHA256 of `body` under `secret`."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify(body: bytes, secret: str, header: str | None) -> bool:
    return bool(header) and hmac.compare_digest(signature(body, secret), str(header))


def check_url(url: str) -> str:
    """A webhook URL must be http(s) with a host; the address is checked when it is used."""
    parts = httpx.URL(url) if url else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.host:
        raise DeliveryError(url or "", f"not a webhook URL: {url!r} (give an http:// or https:// URL)")
    return url


def post_json(url: str, body: bytes, secret: str, timeout: float = TIMEOUT) -> int:
    """POST `body` (JSON) to `url`, signed; its status, or DeliveryError saying why it failed."""
    check_url(url)
    headers = {"Content-Type": "application/json", "User-Agent": fetch.USER_AGENT,
               SIGNATURE_HEADER: signature(body, secret)}
    try:
        with netguard.client(time.monotonic() + timeout, fetch.private_allowed()) as client:
            response = client.post(url, content=body, headers=headers, timeout=timeout)
    except InputError as exc:
        raise DeliveryError(url, exc.reason) from None
    except httpx.HTTPError as exc:
        raise DeliveryError(url, f"webhook failed: {type(exc).__name__}: {exc}") from None
    if not 200 <= response.status_code < 300:
        raise DeliveryError(url, f"webhook answered HTTP {response.status_code}")
    return response.status_code


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int = 25
    sender: str = "materiel@localhost"
    user: str | None = None
    password: str | None = None
    starttls: bool = False
    timeout: float = TIMEOUT

    @classmethod
    def from_env(cls) -> SmtpConfig | None:
        """The SMTP server of the environment (see the module docstring); None when none is configured."""
        host = os.environ.get("MATERIEL_SMTP_HOST", "").strip()
        if not host:
            return None
        return cls(host=host, port=int(os.environ.get("MATERIEL_SMTP_PORT", "25") or 25),
                   sender=os.environ.get("MATERIEL_SMTP_FROM", "").strip() or "materiel@localhost",
                   user=os.environ.get("MATERIEL_SMTP_USER") or None,
                   password=os.environ.get("MATERIEL_SMTP_PASSWORD") or None,
                   starttls=os.environ.get("MATERIEL_SMTP_STARTTLS", "").strip().lower() in ("1", "true", "yes", "on"))


def send_mail(config: SmtpConfig, to: str, subject: str, text: str) -> None:
    """Send one plain-text message; DeliveryError saying why it failed."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = config.sender, to, subject
    msg.set_content(text)
    try:
        with smtplib.SMTP(config.host, config.port, timeout=config.timeout) as smtp:
            if config.starttls:
                smtp.starttls()
            if config.user:
                smtp.login(config.user, config.password or "")
            smtp.send_message(msg)
    except (OSError, smtplib.SMTPException) as exc:
        raise DeliveryError(to, f"e-mail failed: {type(exc).__name__}: {exc}") from None


__all__ = ["SIGNATURE_HEADER", "DeliveryError", "SmtpConfig", "check_url", "post_json", "send_mail", "signature",
           "verify"]
