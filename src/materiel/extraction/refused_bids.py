"""A request to buy that is refused: "Ruritania rejected Borduria's request to buy 30 jets", "the senate keeps
vetoing Osterland's requests to acquire armed drones", "a bid by X to acquire Y was turned down". The verb of
buying under the request noun is read as refused (the verb over the noun refuses it), but the request stands as
well, as it does for "turned down X's request for Y": a requested row beside the refused one, with the same parties
and items. The nouns are words.toml [refused_bids] request_nouns; the request must be the refusing verb's object or
passive subject (a refusal of something else, "rejected claims that X had a plan to buy Y", keeps its reading)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.frames.frames import Frame

REQUEST_NOUNS = lexicon.word_set("refused_bids", "request_nouns")
RULE = ":asked"


def _refused_request(v: Token) -> bool:
    """v is the verb of an infinitive on a request noun ("request to buy") that the verb over it refuses: the
    noun is that verb's object or passive subject."""
    if v.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return False
    noun = v.head
    return noun.lemma_.lower() in REQUEST_NOUNS and noun.dep_ in ("dobj", "obj", "nsubjpass") and \
        noun.head.pos_ in ("VERB", "AUX")


def asked_rows(rows: list[Row]) -> list[Row]:
    """The requested rows of the refused requests to buy among rows (see the module's text)."""
    copies: dict[int, Frame] = {}
    out: list[Row] = []
    for r in rows:
        f = r.frame
        if f.stage != "refused" or f.cls != "buy" or f.negated or not _refused_request(f.trigger):
            continue
        frame = copies.get(id(f))
        if frame is None:
            frame = replace(f, stage="requested", rule=f.rule + RULE)
            copies[id(f)] = frame
        out.append(replace(r, frame=frame))
    return out
