"""A watchlist's alerts as an Atom feed (RFC 4287), built with ElementTree (every text escaped by it)."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime
from typing import Any

NS = "http://www.w3.org/2005/Atom"
MEDIA_TYPE = "application/atom+xml; charset=utf-8"


def _stamp(t: datetime | str | None) -> str:
    if isinstance(t, datetime):
        return t.isoformat(timespec="seconds").replace("+00:00", "Z")
    return str(t or "1970-01-01T00:00:00Z")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{NS}}}{tag}", attrs)
    if text is not None:
        el.text = text
    return el


def entry_text(a: dict[str, Any]) -> str:
    ev = a["evidence"]
    return (f"{a['summary']}: {a['change']}.\n\"{ev['text'] or ''}\"\n(document {ev['document'] or ''}, "
            f"characters {ev['start']}-{ev['end']}; record {a['record']}, collection {a['collection']})")


def feed(watchlist: dict[str, Any], alerts: list[dict[str, Any]], base: str) -> bytes:
    """The feed of `watchlist` (as `watchlists.describe` gives it) holding `alerts` (newest first); `base` is
    the site's URL without a trailing slash."""
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}feed")
    _sub(root, "id", f"{base}/watchlists/{watchlist['id']}")
    _sub(root, "title", f"materiel watchlist: {watchlist['name']}")
    _sub(root, "updated", _stamp(alerts[0]["created_at"] if alerts else watchlist["created_at"]))
    _sub(root, "link", rel="self", href=f"{base}/watchlists/{watchlist['id']}/feed.atom")
    _sub(root, "link", rel="alternate", href=f"{base}/watchlists/{watchlist['id']}")
    _sub(_sub(root, "author"), "name", "materiel")
    for a in alerts:
        e = _sub(root, "entry")
        _sub(e, "id", f"{base}/watchlists/{watchlist['id']}/alerts/{a['id']}")
        _sub(e, "title", f"{a['summary']}: {a['change']}")
        _sub(e, "updated", _stamp(a["created_at"]))
        _sub(e, "link", rel="alternate", href=f"{base}/record/{a['record']}")
        _sub(e, "category", term=a["kind"])
        _sub(e, "summary", a["evidence"]["text"] or a["change"])
        _sub(e, "content", entry_text(a), type="text")
    body: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + body


__all__ = ["MEDIA_TYPE", "NS", "entry_text", "feed"]
