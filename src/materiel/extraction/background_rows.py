"""Transfers told as background: "Ruritania has previously handed two A boats to X", "had earlier given B to Y".
A row whose verb carries an adverb of an earlier time (`words.toml` [packages] background_adverbs) tells the
supplier's record, not the transfer the text reports: it lends no counterparty to the text's rows that lack one
while the text tells a transfer of the same party that is not background (`document_parties`)."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.discourse import Row

BACKGROUND = lexicon.word_set("packages", "background_adverbs")


def background(r: Row) -> bool:
    """r's verb has an adverb of an earlier time ("has previously transferred")."""
    t = r.frame.trigger
    return t.pos_ in ("VERB", "AUX") and any(c.dep_ == "advmod" and c.lower_ in BACKGROUND for c in t.children)


def foreground(rows: list[Row]) -> list[Row]:
    """The rows that are not background, or all of them when every row is."""
    kept = [r for r in rows if not background(r)]
    return kept or rows
