"""A store whose every text field carries markup and script URLs (stored XSS), built with a fake
extractor so that actors, rows, events, evidence and attributions hold exactly the hostile strings."""
from __future__ import annotations

from datetime import date

from materiel.record.models import (
    Actor,
    Attribution,
    DocumentInfo,
    Event,
    Evidence,
    Item,
    Report,
    Transfer,
    When,
    Where,
)
from materiel.sources.document import Document
from materiel.sources.incoming import Incoming
from materiel.store import open_store
from materiel.store.ingest import add_items

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
SVG = "'><svg onload=alert(1)>"
JS = "javascript:alert(1)"
PWN = "<script>window.pwned=1</script>"
PAYLOADS = (SCRIPT, IMG, SVG, JS, PWN)
MARK = "«x»"  # the search snippets' own match markers, typed by a user
COLLECTION = f'loot{IMG}'
URLS = ("javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)")


def _actor(ident: str, name: str, text: str, kind: str = "state") -> Actor:
    return Actor(id=ident, name=name, kind=kind, country=None, text=text)  # type: ignore[arg-type]


def text_of(n: int) -> str:
    return (f"Headline {SCRIPT} {MARK} number {n}\n\n"
            f"The state of {IMG} sold eight {SCRIPT} units to {SVG} in March, {PWN} officials said.\n\n"
            f"Another {JS} sentence follows, with {IMG} again.\n")


def _report(doc: Document) -> Report:
    text = doc.text
    start = text.index("The state of")
    end = text.index("said.") + len("said.")
    evidence = Evidence(text=text[start:end], start=start, end=end)
    supplier = _actor("xss-supplier", f"Supplier {SCRIPT}", IMG)
    recipient = _actor('xss"<b>recipient', f"Recipient {IMG}", SVG, kind="armed_group")
    source = _actor("xss-source", f"Source {SVG}", PWN, kind="government_body")
    when = When(text=f"in March {IMG}", start="2024-03-01", end="2024-03-31")
    where = Where(text=f"at {SCRIPT}", country=None)
    transfer = Transfer(
        supplier=supplier, recipient=recipient, intermediary=_actor("xss-via", f"Via {JS}", JS),
        item=Item(text=f"{SCRIPT} units", designation=IMG, category="armoured_vehicle"),
        quantity=8, quantity_text=f"eight {SVG}", stage="delivered", factuality="denied",
        denied_by=_actor("xss-denier", f"Denier {PWN}", SCRIPT),
        attribution=Attribution(text=f"{PWN} officials", source=source), when=when, where=where,
        evidence=evidence, rule=f"rule {SCRIPT}", confidence=0.9)
    event = Event(type="AID", mode=f"mode {IMG}", actor=supplier, target=recipient, factuality="asserted",
                  attribution=Attribution(text=f"{SVG} said", source=source), when=when, where=where,
                  evidence=evidence, rule=f"event {SVG}", confidence=0.8, transfers=[0])
    info = DocumentInfo(id=doc.id, source=doc.source, title=doc.title, published="2024-05-14")
    return Report(document=info, actors=[supplier, recipient, source], transfers=[transfer], events=[event])


def fake_extract(item: Incoming) -> Report:
    return _report(item.document)


def build(url: str) -> str:
    """One document per hostile URL, in a hostile collection, with hostile titles and publishers."""
    items = [Incoming(Document(text=text_of(n), source=f"{SVG}-{n}.txt", title=f"Title {SCRIPT}{IMG} {n}",
                               published=date(2024, 5, 14)), url=link, publisher=f"Wire {IMG}")
             for n, link in enumerate(URLS)]
    with open_store(url) as store:
        summary = add_items(store, items, collection=COLLECTION, extract=fake_extract)
    assert summary.added == len(URLS) and not summary.failed, summary.as_dict()
    return url
