"""A sale to a firm "for" a state's forces: "sold 9,000 grenades to X Trading for the army of Y", "shipped
rifles to a broker in Z 'for the armed forces of Y'". The firm in the "to" phrase is the intermediary (a
broker or front company), the state, body or armed group of the "for" phrase the recipient: one row, not two."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.frames.framebase import Frame

FIRM_KINDS = frozenset({"company", "other"})
USER_KINDS = frozenset({"state", "government_body", "armed_group"})


def _phrase(tok: Token) -> str:
    """The preposition whose object holds tok ("to" of "to X Trading", "for" of "for the army of Y")."""
    for t in (tok, *tok.ancestors):
        if t.dep_ == "pobj" and t.head.lower_ in ("to", "for"):
            return t.head.lower_
    return ""


def end_user(f: Frame) -> None:
    """Make a firm recipient of a "to" phrase the intermediary when a "for" phrase names the end user."""
    got = f.roles["recipient"]
    firms = [r for r in got if r.actor.kind in FIRM_KINDS and _phrase(r.token) == "to"]
    users = [r for r in got if r.actor.kind in USER_KINDS and _phrase(r.token) == "for"]
    if not firms or not users or f.cls not in ("supply", "sell"):
        return
    f.roles["recipient"] = [r for r in got if r not in firms]
    f.roles["intermediary"] = f.roles["intermediary"] + [r for r in firms if r not in f.roles["intermediary"]]
