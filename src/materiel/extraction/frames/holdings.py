"""A service adding materiel to what it holds: "Uruguay added three Spanish patrol boats to its fleet",
"four Turkish drones were added to the army's inventory". The one whose fleet, arsenal or inventory it is
receives the items (a delivery); the supplier comes from the item's maker ("Spanish") or a "from" phrase,
as for any verb of receiving. Only with a noun of holdings after "to"/"into" ([holdings] in words.toml):
"added ten tanks to the aid package for X" is no receipt."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState, Frame
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

VERBS = lexicon.word_set("holdings", "verbs")
NOUNS = lexicon.word_set("holdings", "nouns")
INTO_VERBS = lexicon.word_set("holdings", "into_verbs")
UNITS = lexicon.word_set("holdings", "units")


def _holdings(v: Token) -> list[Token]:
    """The nouns of holdings in the verb's "to"/"into" phrases ("to its naval fleet")."""
    return [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "into")
            for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in NOUNS]


def _holder(n: Token, finder: FinderState) -> list[Resolved]:
    """Who holds the fleet: its possessor or a party named in a compound ("the army's inventory", "the NAF fleet")."""
    return [r for c in n.children if c.dep_ in ("poss", "compound", "nmod") for r in finder.res.resolve_all(c)]


def holders_of(t: Token, res: ActorResolver) -> list[Resolved]:
    """The parties a holder's phrase names: itself, or the one whose fleet it is ("Ruritania's coast guard fleet
    includes three boats bought from X")."""
    found = res.resolve_all(t)
    if found or t.lemma_.lower() not in NOUNS:
        return found
    owners = [r for c in t.children if c.dep_ == "poss" for r in res.resolve_all(c)]
    return owners or [r for c in t.children if c.dep_ in ("compound", "nmod") for r in res.resolve_all(c)]


def holding_frames(finder: FinderState, sent: Span) -> list[Frame]:
    out = []
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in VERBS:
            continue
        holdings = _holdings(v)
        if not holdings:
            continue
        f = finder.verb_frame(v, "receive")
        if not f.items:
            continue
        for h in holdings:
            f.add("recipient", _holder(h, finder))
        f.rule = f"verb:receive:{v.lemma_.lower()}:holdings" + (":passive" if ":passive" in f.rule else "")
        out.append(f)
    return out


def honoured_elsewhere(f: Frame, finder: FinderState) -> bool:
    """"was inducted into the Hall of Fame": an "into" phrase of a verb of taking into service that names
    no party, holding or unit; the verb tells no receipt."""
    t = f.trigger
    if t.lemma_.lower() not in INTO_VERBS:
        return False
    into = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "into" for p in c.children if p.dep_ == "pobj"]
    return bool(into) and not any(p.lemma_.lower() in NOUNS | UNITS or finder.res.is_actor_span(p) or
                                  any(finder.res.is_actor_span(c) for c in p.subtree) for p in into)
