"""The maker named inside an item's own phrase: "two Velmar K-12 helicopters", "six Tarnex TX-4W jet trainers"
(a capitalised name run just before the designated model). Reporting lists several systems from several makers in
one sentence, paragraph or list ("X was ordered from Tarnex in 2011, and the navy signed for two Velmar K-12s"), and
a row that names no supplier of its own then borrows the one told before (discourse.fill_from_context,
share_in_sentence, the document's counterparty). The item's own maker outranks such a borrowed supplier when they
differ: a borrowed firm whose name does not hold the maker's name, or a borrowed state other than the maker's
(the maker's state: the gazetteer's state of the maker firm, else the state that makes the designated system).
The row then takes the maker's state when it is known, else the maker firm itself. A supplier the row's own
frame names ("X sold Y two Velmar K-12s"), or one whose state is the maker's, stays, as does the supplier of an item
told again ("the K-12s") or told as used ("two refurbished Velmar K-12s": a holder sells what another made;
`used_words` of [item_makers] in words.toml)."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.record.models import Actor

Row = Any  # discourse.Row (not imported: discourse runs before this module)

USED = lexicon.word_set("item_makers", "used_words")
CONFIDENCE = 0.55
MAX_WORDS = 3  # words of a maker's name before the model ("Velmar Aero Works K-12")


@lru_cache(maxsize=1)
def _names() -> dict[str, tuple[str, ...]]:
    """Designation -> its canonical name and aliases, lower case."""
    return {m.name: (m.name.lower(), *(a.lower() for a in m.aliases)) for m in lexicon.load().materiel if not m.generic}


@lru_cache(maxsize=1)
def _firms() -> dict[str, str | None]:
    """Lower-case name or alias of a gazetteer company -> its state."""
    return {n.lower(): a.country for a in lexicon.load().actors if a.kind == "company" for n in (a.name, *a.aliases)}


def _names_model(word: Token, designation: str) -> bool:
    """The word begins a name of the designated system itself ("Sea" of "Sea Kestra"), not a maker's
    prefix to one of its names ("Korvel KX-9" listed beside "KX-9")."""
    names = _names().get(designation, ())
    low = word.lower_
    return any(n.split()[0] == low and not (len(n.split()) > 1 and " ".join(n.split()[1:]) in names) for n in names)


def maker_words(r: Row, res: ActorResolver) -> list[Token]:
    """The run of capitalised name words in the item's phrase just before its designated model (see the module)."""
    if not r.designation:
        return []
    doc = r.item.span.doc
    model = [s for s in doc.spans.get("materiel", []) if s.kb_id_ == r.designation and
             r.item.span.start <= s.start < r.item.span.end]
    if not model:
        return []
    start = model[0].start
    # the maker's run ends where the model's name begins ("Korvel KX-9" may be one span, maker included)
    while start < model[0].end and doc[start].is_alpha and not _names_model(doc[start], r.designation):
        start += 1
    if start >= model[0].end or not any(c.isdigit() for c in doc[start].text):
        return []  # only a run before a model code ("K-12", "KX-9"): "Sea Kestra" names the system
    words: list[Token] = []
    i = start - 1
    while i >= r.item.span.start and len(words) < MAX_WORDS and doc[i].is_alpha and doc[i].text[:1].isupper() and \
            doc[i].pos_ == "PROPN" and not doc[i].is_sent_start and i not in res.by_token:
        words.insert(0, doc[i])
        i -= 1
    return words if words and not _names_model(words[0], r.designation) else []


def _supplier_words(s: Resolved) -> set[str]:
    names = (s.actor.name, s.actor.text or "", s.actor.id)
    return {w.lower() for n in names for w in n.replace("-", " ").split()}


def _maker_state(words: list[Token], designation: str, res: ActorResolver) -> str | None:
    name = " ".join(w.text for w in words).lower()
    firm = _firms().get(name) or next((_firms().get(w.lower_) for w in words if _firms().get(w.lower_)), None)
    return firm or res.lex.origin_of(designation)


def _told_again(r: Row) -> bool:
    """"the K-12s", "these K-12s", "its K-12s": an item that may be one told before, with its own supplier."""
    return r.item.definite or r.item.anaphoric or any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in r.item.head.children)


def _borrowed(r: Row) -> bool:
    """The row's supplier is not one its own frame names."""
    return r.inherited and r.supplier is not None and \
        not any(p.actor.id == r.supplier.actor.id for p in r.frame.roles.get("supplier", []))


def fill(rows: list[Row], res: ActorResolver) -> None:
    """Give a row whose borrowed supplier is not its item's named maker that maker (see the module)."""
    for r in rows:
        if not _borrowed(r) or r.frame.stage == "intercepted" or _told_again(r) or \
                any(t.lower_ in USED for t in r.item.span):
            continue  # "the Velmar K-12s" told before with their seller; "refurbished K-12s" a holder sells
        words = maker_words(r, res)
        if not words or {w.lower_ for w in words} & _supplier_words(r.supplier):
            continue
        state = _maker_state(words, r.designation, res)
        country = r.supplier.actor.country
        if country is not None and (state is None or state == country):
            continue  # a state, or a placed firm, the maker may sell through
        if r.recipient is not None and state is not None and state == r.recipient.actor.country:
            continue
        if state is not None and state in res.lex.countries:
            c = res.lex.countries[state]
            actor = Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=r.item.span.text)
        else:
            name = " ".join(w.text for w in words)
            actor = Actor(id=lexicon.slug(name), name=name, kind="company", country=state, text=name)
        r.supplier = Resolved(actor, CONFIDENCE, words[-1])
        r.frame.rule += ":item-maker" if not r.frame.rule.endswith(":item-maker") else ""


__all__ = ["fill", "maker_words"]
