"""A transfer asked for in the infinitive of a request noun: "a Peruvian request to buy six X was turned down by
Moscow", "Moscow rejected Lima's request to borrow two X", "an application from Y to acquire X was refused".
The request's maker (its demonym, possessor, actor compound or "from"/"by" phrase) is the buyer; when the request
is refused, the one who refuses it (the refusing verb's subject, or the "by" agent of a passive) would have sold;
a request still open names the party asked in its "to" phrase ("a request to Z to buy X"). For a buyer's verb
(its subject receives); "a request from Y to export X" is the exporter's own: Y supplies (`exporting_verbs` of
[applicants]; "Y's request to sell X" asks another to sell)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.resolved import Resolved

EXPORTING = lexicon.word_set("applicants", "exporting_verbs")


def requester(res: Any, noun: Token) -> list[Resolved]:
    """Who makes the request `noun`: "a Peruvian request", "Lima's request", "a request from Peru"."""
    found: list[Resolved] = []
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod"):
            r = res._demonym_modifier(c) or (res.resolve(c) if res.is_actor_span(c) else None)
            found += [r] if r is not None else []
        elif c.dep_ == "poss":
            found += res.resolve_all(c)
        elif c.dep_ == "prep" and c.lower_ in ("from", "by"):
            found += [r for p in c.children if p.dep_ == "pobj" for r in res.resolve_all(p)]
    return found


def _asked(res: Any, noun: Token) -> list[Resolved]:
    return [r for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"
            for p in c.children if p.dep_ == "pobj" for r in res.resolve_all(p)]


def _exporter(res: Any, t: Token, f: Any, stage: str | None, is_request: Callable[[Token], bool]) -> None:
    """"a request from Karvell Arms to export 2,000 rifles to X": the maker of a request to supply is the supplier."""
    if t.dep_ == "acl" and t.lemma_.lower() in EXPORTING and stage in ("refused", "requested") and \
            is_request(t.head) and not f.roles["supplier"]:
        f.roles["supplier"] = [r for r in requester(res, t.head)
                               if all(r.actor.id != x.actor.id for x in f.roles["recipient"])]


def fill(res: Any, subject_of: Callable[[Token], Token | None], t: Token, f: Any, spec: dict[str, Any],
         stage: str | None, gov: Token | None, is_request: Callable[[Token], bool]) -> None:
    """Give the frame of `t`, the infinitive of a request noun (`is_request`), the request's parties."""
    noun = t.head
    _exporter(res, t, f, stage, is_request)
    if t.dep_ != "acl" or spec.get("subject") != "recipient" or gov is None or \
            not is_request(noun) or stage not in ("refused", "requested"):
        return
    makers = requester(res, noun)
    if not makers:
        return
    f.roles["recipient"] = makers
    ids = {a.actor.id for a in makers}
    if stage == "refused" and gov is not noun and gov.pos_ in ("VERB", "AUX"):
        who = subject_of(gov) or next((p for c in gov.children if c.dep_ == "agent"
                                       for p in c.children if p.dep_ == "pobj"), None)
        refusers = [a for a in res.resolve_all(who) if a.actor.id not in ids] if who is not None else []
    else:
        refusers = [a for a in _asked(res, noun) if a.actor.id not in ids]
    if refusers:
        f.roles["supplier"] = refusers
    else:
        f.roles["supplier"] = [a for a in f.roles["supplier"] if a.actor.id not in ids]
