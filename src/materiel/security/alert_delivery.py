"""Deliver the alerts that are due: `deliver_due(store, now)`, what the watcher calls after each cycle (and
`materiel alerts --deliver`, for cron).

- Need-to-know is checked at delivery: each alert goes out only if its watchlist's owner may read the
  alert's collection at that moment (`watchlists.readable_by`); otherwise its delivery is `withheld` and
  never sent, so a revoked grant stops alerts from that collection, also those made before.
- Webhooks: one signed JSON POST per alert (`materiel.sources.outbound`), through the SSRF guard. A delivery
  is claimed in the store before it is sent (its next try moved CLAIM ahead), so two deliverers running
  at once do not both send it, and one killed while sending sends it again later (at least once).
- E-mail: one digest per watchlist with its pending alerts, at most every `email_every` minutes (the
  watchlist's `digest_at`), through the configured SMTP server (`SmtpConfig.from_env`, or `smtp`).
- A failure is kept with its reason and tried again after an exponential back-off (`store.alerts`);
  every delivery (and every withheld alert) is an entry of the audit trail, actor `system:alerts`.
All the state is in the store, so a restart loses nothing; the clock is `now` (tests drive it).
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from materiel.security import audit
from materiel.sources.outbound import DeliveryError, SmtpConfig, post_json, send_mail
from materiel.store import alerts
from materiel.store.db import Store
from materiel.store.schema_watch import AlertRow, DeliveryRow, WatchlistRow
from materiel.store.scope import visible
from materiel.store.watchlists import readable_by

ACTOR = "system:alerts"
CLAIM = timedelta(minutes=5)


@dataclass
class Delivered:
    sent: int = 0
    failed: int = 0
    withheld: int = 0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"sent": self.sent, "failed": self.failed, "withheld": self.withheld, "errors": self.errors}


def payload(alert: AlertRow, watchlist: WatchlistRow) -> bytes:
    """The JSON body of a webhook: the watchlist and the alert with its evidence."""
    data = alerts.alert_dict(alert, watchlist)
    del data["deliveries"]
    return json.dumps({"watchlist": {"id": watchlist.id, "name": watchlist.name}, "alert": data}, ensure_ascii=False,
                      sort_keys=True, default=lambda v: v.isoformat()).encode("utf-8")


def _claim(store: Store, delivery_id: int, now: datetime, result: Delivered) -> tuple[bytes, str, str] | None:
    """Take one due webhook delivery: (body, url, secret) to send, or None (taken meanwhile, or withheld)."""
    with store.write() as session:
        d = session.get(DeliveryRow, delivery_id)
        if d is None or d.status not in alerts.DUE or (alerts.aware(d.next_at) or now) > now:
            return None
        alert = session.get(AlertRow, d.alert_id)
        wl = session.get(WatchlistRow, alert.watchlist_id) if alert else None
        if alert is None or wl is None or not wl.webhook_url:
            return None
        if not visible(alert.collection, readable_by(session, wl.owner)):
            alerts.withheld(d, now)
            _log(session, "alert-withheld", wl, alert, "webhook")
            result.withheld += 1
            return None
        d.next_at = now + CLAIM
        return payload(alert, wl), wl.webhook_url, wl.webhook_secret or ""


def _log(session: Any, action: str, wl: WatchlistRow, alert: AlertRow, channel: str, **detail: Any) -> None:
    audit.append(session, actor=ACTOR, action=action, target=wl.name, collection=alert.collection, address=channel,
                 detail={"watchlist": wl.id, "owner": wl.owner, "alert": alert.id, "record": alert.record_id,
                         "channel": channel, **detail})


def _settle(store: Store, delivery_id: int, now: datetime, error: str | None, result: Delivered) -> None:
    with store.write() as session:
        d = session.get(DeliveryRow, delivery_id)
        alert = session.get(AlertRow, d.alert_id) if d else None
        wl = session.get(WatchlistRow, alert.watchlist_id) if alert else None
        if d is None or alert is None or wl is None:
            return
        if error is None:
            alerts.sent(d, now)
            result.sent += 1
            _log(session, "alert-delivered", wl, alert, d.channel)
        else:
            alerts.failed_try(d, error, now)
            result.failed += 1
            result.errors.append(f"{wl.name} ({d.channel}): {error}")
            _log(session, "alert-failed", wl, alert, d.channel, error=error[:300], attempts=d.attempts)


def deliver_webhooks(store: Store, now: datetime, result: Delivered,
                     post: Callable[[str, bytes, str], object] = post_json) -> None:
    with store.read() as session:
        ids = [d.id for d, _, _ in alerts.due(session, now, "webhook")]
    for delivery_id in ids:
        claimed = _claim(store, delivery_id, now, result)
        if claimed is None:
            continue
        body, url, secret = claimed
        try:
            post(url, body, secret)
            error = None
        except DeliveryError as exc:
            error = exc.reason
        _settle(store, delivery_id, now, error, result)


def digest_text(wl: WatchlistRow, items: list[AlertRow]) -> str:
    lines = [f"{len(items)} new alert(s) of the watchlist {wl.name!r}:", ""]
    for a in items:
        lines += [f"- {a.summary}: {a.change} (record {a.record_id}, collection {a.collection})",
                  f"  \"{a.evidence_text or ''}\" (document {(a.document_id or '')[:12]}, "
                  f"characters {a.evidence_start}-{a.evidence_end})", ""]
    return "\n".join(lines)


def deliver_emails(store: Store, now: datetime, result: Delivered, smtp: SmtpConfig | None) -> None:
    with store.read() as session:
        due: dict[int, list[int]] = {}
        for d, _a, w in alerts.due(session, now, "email"):
            last = alerts.aware(w.digest_at)
            if last is None or last + timedelta(minutes=max(w.email_every, 0)) <= now:
                due.setdefault(w.id, []).append(d.id)
    for wl_id, ids in due.items():
        with store.write() as session:  # withhold what the owner may no longer read; claim the rest
            wl = session.get(WatchlistRow, wl_id)
            rows = [(d, session.get(AlertRow, d.alert_id)) for d in
                    session.scalars(select(DeliveryRow).where(DeliveryRow.id.in_(ids), DeliveryRow.status.in_(alerts.DUE)))]
            scope = readable_by(session, wl.owner) if wl else frozenset()
            keep: list[tuple[DeliveryRow, AlertRow]] = []
            for d, a in rows:
                if wl is None or a is None:
                    continue
                if visible(a.collection, scope):
                    keep.append((d, a))
                    d.next_at = now + CLAIM
                else:
                    alerts.withheld(d, now)
                    _log(session, "alert-withheld", wl, a, "email")
                    result.withheld += 1
            message = (wl.email, f"materiel: {len(keep)} new alert(s) of {wl.name!r}",
                       digest_text(wl, [a for _, a in keep])) if wl and keep and wl.email else None
        if message is None:
            continue
        error = None
        try:
            if smtp is None:
                raise DeliveryError(message[0] or "", "no SMTP server configured (set MATERIEL_SMTP_HOST)")
            send_mail(smtp, *message)
        except DeliveryError as exc:
            error = exc.reason
        for d, _ in keep:
            _settle(store, d.id, now, error, result)
        if error is None:
            with store.write() as session:
                row = session.get(WatchlistRow, wl_id)
                if row is not None:
                    row.digest_at = now


def deliver_due(store: Store, now: datetime | None = None, *, smtp: SmtpConfig | None = None,
                post: Callable[[str, bytes, str], object] = post_json) -> Delivered:
    """Deliver every alert due at `now` (default: the current time) by webhook and e-mail; `smtp` defaults to
    the environment's server. Returns what was sent, failed (to be tried again) and withheld."""
    now = now or datetime.now(UTC)
    result = Delivered()
    deliver_webhooks(store, now, result, post)
    deliver_emails(store, now, result, smtp or SmtpConfig.from_env())
    return result


__all__ = ["ACTOR", "Delivered", "deliver_due", "digest_text", "payload"]
