"""The pair a document's title names: "What weapons has X sent to Y so far?", "The arms X has given Y",
"How much equipment has X provided to Y?". An explainer told under such a title goes through the items
one bulleted line at a time ("- Name: In 2022 X gave Y ...", "- Name: The navy transferred 12 ...", "- Name:
Some 40 ... came next"), and a line naming only the item keeps the title's parties:

- a line's row with no supplier, or with only the supplier read off the item's maker ("Soviet-era",
  a licence-built design: `discourse.fill_from_origin`), takes X when its recipient is Y or none;
- a line's row whose supplier is an unnamed body ("the army", "the navy": `topic.is_topic_body`) resolved to
  Y, the title's recipient, is X's body giving to Y ("the navy transferred 12 patrol boats": X's navy);
- a line's row with no recipient whose supplier is X takes Y.

Only a title with one verb of supplying whose two parties are different states lends them, and only to the
rows of bulleted lines (a line opening with a bullet mark); a row the line gives another party keeps it."""
from __future__ import annotations

from spacy.tokens import Span

from materiel import lexicon
from materiel.extraction.answer_pairs import answered_parties
from materiel.extraction.discourse import Row
from materiel.extraction.frames.frames import Frame, FrameFinder
from materiel.extraction.mentions.resolved import Resolved
from materiel.extraction.mentions.topic import is_topic_body
from materiel.extraction.supplier_labels import label_suppliers

BULLETS = lexicon.word_set("items", "bullet_marks")
SUPPLY_CLASSES = lexicon.word_set("title_pair", "supply_classes")
STATE_KINDS = ("state", "government_body")


def title_pair(by_sentence: list[tuple[Span, list[Frame]]], finder: FrameFinder) -> tuple[Resolved, Resolved] | None:
    """The supplier and recipient the title's one verb of supplying names, or None."""
    if not by_sentence:
        return None
    first = by_sentence[0][0]
    if "\n" in first.text.strip():
        return None  # not a title line
    pairs = []
    for f in finder.find(first):
        if f.cls not in SUPPLY_CLASSES or f.negated or len(f.roles["supplier"]) != 1 or len(f.roles["recipient"]) != 1:
            continue
        s, r = f.roles["supplier"][0], f.roles["recipient"][0]
        if s.actor.kind in STATE_KINDS and r.actor.kind in STATE_KINDS and s.actor.country and r.actor.country \
                and s.actor.country != r.actor.country:
            pairs.append((s, r))
    if len({(s.actor.country, r.actor.country) for s, r in pairs}) != 1:
        return None
    return pairs[0]


def lend_title_pair(rows: list[Row], by_sentence: list[tuple[Span, list[Frame]]], finder: FrameFinder) -> None:
    """Give the rows of bulleted lines the title's parties (see the module's text)."""
    label_suppliers(rows, finder.res.lex)  # "- Freedonia: two helicopters were delivered to X"
    answered_parties(rows, by_sentence, finder)  # "Q: Has X sent the radars to Y?" "A: Two radars were sent."
    pair = title_pair(by_sentence, finder)
    if pair is None:
        return
    supplier, recipient = pair
    for r in rows:
        if not _on_bullet_line(r.sent) or r.sent.start == by_sentence[0][0].start:
            continue
        to_y = r.recipient is None or _state(r.recipient) == _state(recipient)
        if to_y and (r.supplier is None or _maker_only(r)):
            r.supplier, r.inherited = _as(supplier, r), True
        elif r.supplier is not None and is_topic_body(r.supplier.token) and _state(r.supplier) == _state(recipient) and (
                r.recipient is None or _state(r.recipient) == _state(supplier)):
            r.supplier, r.recipient, r.inherited = _as(supplier, r), _as(recipient, r), True
        if r.recipient is None and r.supplier is not None and _state(r.supplier) == _state(supplier):
            r.recipient, r.inherited = _as(recipient, r), True


def _maker_only(r: Row) -> bool:
    """The supplier is only the state that makes the item (read off the item, not told)."""
    return r.supplier is not None and ":origin" in r.frame.rule and r.supplier.token.i == r.item.head.i


def _state(p: Resolved) -> str:
    return p.actor.country or p.actor.id


def _as(p: Resolved, r: Row) -> Resolved:
    return Resolved(p.actor, p.confidence * 0.8, r.item.head)


def _on_bullet_line(sent: Span) -> bool:
    """The sentence lies on a line that opens with a bullet mark."""
    text = sent.doc.text
    start = text.rfind("\n", 0, sent.start_char) + 1
    line = text[start: sent.start_char + 1].lstrip()
    return bool(line) and line[0] in BULLETS
