"""Delivering alerts (issue 16): a signed JSON POST to a webhook receiver on loopback, retried with exponential
back-off after failures (on a fake clock, through a restart: the state is in the store), an e-mail digest to a
local SMTP sink at most every N minutes, nothing for an owner whose grant was revoked, and every delivery in
the audit trail."""
from __future__ import annotations

import json
import socketserver
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from test_register import cli, jsonl
from test_watchlists import DELIVERED, SECOND, article

from materiel.security import accounts, audit
from materiel.security.alert_delivery import deliver_due
from materiel.sources.outbound import SIGNATURE_HEADER, SmtpConfig, verify
from materiel.store import add, open_store, watchlists
from materiel.store.filters import RegisterFilter
from materiel.store.schema_watch import DeliveryRow

T0 = datetime(2100, 1, 1, tzinfo=UTC)  # the fake clock: every alert made by the tests is due by then
SECRET = "a webhook secret"


class Receiver:
    """A webhook receiver on loopback: answers each POST with the next of `statuses` (then 204)."""

    def __init__(self, statuses: list[int] | None = None) -> None:
        self.statuses, self.got = list(statuses or []), []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.got.append((dict(self.headers), body))
                self.send_response(receiver.statuses.pop(0) if receiver.statuses else 204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


class SmtpSink(socketserver.ThreadingTCPServer):
    """The smallest SMTP server: accepts every message and keeps its text."""

    daemon_threads = allow_reuse_address = True

    def __init__(self) -> None:
        self.messages: list[str] = []
        sink = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                self.wfile.write(b"220 sink\r\n")
                for raw in self.rfile:
                    verb = raw.decode().strip().split(" ")[0].upper()
                    if verb == "DATA":
                        self.wfile.write(b"354 go on\r\n")
                        lines = []
                        for line in self.rfile:
                            if line in (b".\r\n", b".\n"):
                                break
                            lines.append(line.decode())
                        sink.messages.append("".join(lines))
                    if verb == "QUIT":
                        self.wfile.write(b"221 bye\r\n")
                        return
                    self.wfile.write(b"250 ok\r\n")

        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()


@pytest.fixture(autouse=True)
def _loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MATERIEL_ALLOW_PRIVATE_URLS", "1")  # the receivers listen on loopback (the SSRF guard)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.server.shutdown()


def watch(db: str, tmp_path: Path, **channels: Any) -> None:
    with open_store(db) as store, store.write() as s:
        watchlists.create(s, "Ukraine", RegisterFilter(recipient="UKR"), webhook_secret=SECRET, **channels)
    cli("add", "--db", db, "--quiet", article(tmp_path, "a", DELIVERED))


def test_an_alert_reaches_the_webhook_signed(db: str, tmp_path: Path, receiver: Receiver) -> None:
    watch(db, tmp_path, webhook_url=receiver.url)
    with open_store(db) as store:
        assert deliver_due(store, T0).sent == 1
        assert deliver_due(store, T0 + timedelta(hours=1)).sent == 0  # sent once
    [(headers, body)] = receiver.got
    assert verify(body, SECRET, headers[SIGNATURE_HEADER]) and not verify(body, "another secret", headers[SIGNATURE_HEADER])
    sent = json.loads(body)
    assert sent["watchlist"]["name"] == "Ukraine" and sent["alert"]["kind"] == "match"
    assert "delivered six howitzers" in sent["alert"]["evidence"]["text"]
    [shown] = jsonl(cli("alerts", "--db", db, "--json"))
    assert shown["deliveries"][0]["status"] == "sent"
    with open_store(db) as store, store.read() as s:
        assert [e.action for e in audit.entries(s, actor="system:alerts")] == ["alert-delivered"]


def test_a_failing_webhook_is_retried_with_back_off(tmp_path: Path) -> None:
    db, receiver = str(tmp_path / "s.db"), Receiver([500, 503])
    watch(db, tmp_path, webhook_url=receiver.url)
    with open_store(db) as store:
        assert deliver_due(store, T0).failed == 1
    assert jsonl(cli("alerts", "--db", db, "--json", "--failed"))[0]["deliveries"][0]["error"] == "webhook answered HTTP 500"
    with open_store(db) as store:  # a restart: the state is in the store
        assert deliver_due(store, T0 + timedelta(seconds=59)).failed == 0  # not before its back-off (1 minute)
        assert len(receiver.got) == 1
        assert deliver_due(store, T0 + timedelta(seconds=60)).failed == 1
        with store.read() as s:
            d = s.scalars(select(DeliveryRow)).one()
            assert (d.status, d.attempts) == ("retrying", 2)
        assert deliver_due(store, T0 + timedelta(seconds=60 + 119)).sent == 0  # then 2 minutes
        assert deliver_due(store, T0 + timedelta(seconds=60 + 120)).sent == 1
    assert len(receiver.got) == 3 and jsonl(cli("alerts", "--db", db, "--json", "--failed")) == []
    receiver.server.shutdown()


def test_an_email_digest_at_most_every_n_minutes(tmp_path: Path) -> None:
    db, sink = str(tmp_path / "s.db"), SmtpSink()
    smtp = SmtpConfig("127.0.0.1", sink.server_address[1], sender="materiel@example.org")
    watch(db, tmp_path, email="ana@example.org", email_every=60)
    with open_store(db) as store:
        assert deliver_due(store, T0, smtp=smtp).sent == 1
    cli("add", "--db", db, "--quiet", article(tmp_path, "b", SECOND))  # a new source: a second alert
    with open_store(db) as store:
        assert deliver_due(store, T0 + timedelta(minutes=59), smtp=smtp).sent == 0  # not yet: one digest an hour
        assert deliver_due(store, T0 + timedelta(minutes=60), smtp=smtp).sent == 1
    assert len(sink.messages) == 2
    assert "To: ana@example.org" in sink.messages[0] and "delivered six howitzers" in sink.messages[0]
    assert "new independent source" in sink.messages[1]
    sink.shutdown()


def test_no_alert_from_a_collection_whose_grant_was_revoked(tmp_path: Path, receiver: Receiver) -> None:
    db = str(tmp_path / "s.db")
    with open_store(db) as store, store.write() as s:
        accounts.add_user(s, "ana", "a long password")
        accounts.grant(s, "ana", "press", "read")
        watchlists.create(s, "Ukraine", RegisterFilter(recipient="UKR"), owner="ana", webhook_url=receiver.url,
                          webhook_secret=SECRET)
    with open_store(db) as store:
        add(store, [article(tmp_path, "a", DELIVERED)], collection="press")
        with store.write() as s:
            accounts.revoke(s, "ana", "press")
        assert deliver_due(store, T0).withheld == 1
        assert deliver_due(store, T0 + timedelta(days=1)).sent == 0
    assert receiver.got == []
    [shown] = jsonl(cli("alerts", "--db", db, "--json"))
    assert shown["deliveries"][0]["status"] == "withheld"
