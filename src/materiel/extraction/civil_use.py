"""Civilian goods bought for civil service are never rows: the filter after `civil.civil_reason`.

A row is a civil deal, and dropped, when its item is of a category that serves civil ends as often as
military ones (aircraft, helicopters, vehicles, ships, satellites, engines), nothing makes it military
(no military modifier in the item, no military word or other weapon in the sentence, no military party),
and the text gives it a civil service:
- its item phrase or a "for" phrase on its item, its verb or the verb above names a civil purpose ("a
  weather satellite", "trucks for its oil fields", "helicopters for its air ambulance service"), and the
  item has no designation or a civil one;
- or its recipient's phrase names a civil operator ("state-run oil company X", "the state ferry line").

Every word list is data (civil.toml, section [service]).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction import civil, civil_named, civil_support, enforcement
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import Resolved

PURPOSE_PREPS = ("for",)  # the preposition of a purpose phrase: "for its oil fields"
CLIMB = 2  # verbs above the trigger whose "for" phrase still speaks of the item ("agreed to buy X for Y")
CLIMB_DEPS = ("xcomp", "aux")  # the trigger's links to a verb above that governs it
PLURAL_NUMBER = re.compile(r"(?<=\d)s\b")  # the plural "s" glued to a type number ("A350s", "737s")
LOOKBACK = 2  # sentences before a definite aircraft noun where the type it stands for is looked for


@dataclass(frozen=True)
class ServiceLexicon:
    categories: frozenset[str]
    purpose: re.Pattern[str]
    operator: re.Pattern[str]
    civilian: frozenset[str]
    sites: re.Pattern[str]
    unarmed: frozenset[str]
    aircraft_kinds: frozenset[str]


@lru_cache(maxsize=1)
def load() -> ServiceLexicon:
    data = lexicon.toml("civil.toml")["service"]
    return ServiceLexicon(categories=frozenset(data["categories"]),
                          purpose=civil.words_pattern(data["purpose_words"]),
                          operator=civil.words_pattern(data["operator_words"]),
                          civilian=frozenset(data["civilian_modifiers"]),
                          sites=civil.words_pattern(data["site_words"]),
                          unarmed=frozenset(data["unarmed_bodies"]),
                          aircraft_kinds=frozenset(data["aircraft_kinds"]))


def purpose_anchors(r: Row) -> list[Token]:
    """The tokens a purpose phrase may hang on: the item's head, the trigger, and the verbs above it."""
    anchors = [r.item.head, r.frame.trigger]
    tok = r.frame.trigger
    for _ in range(CLIMB):  # only up the verbs that govern it ("agreed to buy X for Y"), not a conjunct's
        if tok.dep_ not in CLIMB_DEPS or tok.head.i == tok.i or not r.sent.start <= tok.head.i < r.sent.end:
            break
        tok = tok.head
        anchors.append(tok)
    return anchors


def purpose_phrases(r: Row) -> list[str]:
    """The item's phrase and the "for" phrases on its anchors."""
    head = r.item.head
    found = [r.item.span.text, head.doc[head.left_edge.i: head.i + 1].text]
    seen: set[int] = set()
    for anchor in purpose_anchors(r):
        for child in anchor.children:
            if child.dep_ == "prep" and child.lower_ in PURPOSE_PREPS and child.i not in seen:
                seen.add(child.i)
                found.append(child.doc[child.left_edge.i: child.right_edge.i + 1].text)
    return found


def civil_purpose(r: Row) -> str | None:
    """The civil purpose the item's phrase or a "for" phrase names ("for its oil fields"), or the civil
    operator or civil type a "for" phrase names ("for its state railway", "for its A320 fleet"), if any."""
    lex = load()
    for n, phrase in enumerate(purpose_phrases(r)):
        m = lex.purpose.search(phrase.lower()) or lex.operator.search(phrase.lower())
        if m:
            return m.group(0)
        kind = civil.civil_item(phrase) if n >= 2 else None  # the item's own type is civil_reason's
        if kind is not None and not civil.military_variant(phrase):
            return kind.family
    return None


def civil_site(r: Row) -> tuple[str, set[int]] | None:
    """The civil site a "to" phrase on the trigger or the item names as where the goods go ("supplied trucks to
    several mines", "delivered generators to rural hospitals"), with the phrase's tokens (a site's "mines" is
    no weapon), if any."""
    sites = load().sites
    for anchor in site_anchors(r):
        for child in anchor.children:
            if child.dep_ == "prep" and child.lower_ == "to":
                m = sites.search(child.doc[child.i + 1: child.right_edge.i + 1].text.lower())
                if m:
                    return m.group(0), set(range(child.i, child.right_edge.i + 1))
    return None


def site_anchors(r: Row) -> list[Token]:
    """The trigger, the item's head, and the verb the item is the subject of with the verbs joined to it ("12
    ambulances, a gift from X, arrived and will go to district hospitals": where they go is told there)."""
    anchors = [r.frame.trigger, r.item.head]
    head = r.item.head
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        anchors += [head.head, *head.head.conjuncts]
    return anchors


def generic_or_civil(r: Row) -> bool:
    """An item with no designation or a civil one, or any item for a firm or person: a purpose phrase does not make a type
    the gazetteer knows as military civil for a state ("Black Hawks for medical evacuation" are military
    ambulances), but a firm's helicopters "for its oil and gas flights" serve its trade."""
    if r.recipient is not None and r.recipient.actor.kind not in civil.STATE_KINDS:
        return True
    named = r.designation or r.item.designation
    return not named or named not in _known() or civil.civil_item(civil.item_words(r)) is not None


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """The gazetteer's designations: a model name it does not list ("two Velka K-4 helicopters") is no known
    military type, so a civil purpose speaks for it as for a generic noun."""
    return frozenset(m.name for m in lexicon.load().materiel if not m.generic)


def civil_operator(res: Resolved) -> bool:
    """A recipient whose phrase or name marks a company or service of a civil sector."""
    toks = civil.party_tokens(res)
    strings = [toks[0].doc[toks[0].i: toks[-1].i + 1].text, res.actor.text, res.actor.name]
    pattern = load().operator
    return any(pattern.search(s.lower()) for s in strings)


def military_context(r: Row, within: set[int] | None = None) -> bool:
    """A military modifier, word (in the sentence or its tokens `within`), weapon, variant or party (no state's
    civil service: "Croatia's air ambulance service")."""
    parties = [p for p in (r.supplier, r.recipient, r.intermediary) if p is not None]
    return civil.military_modifier(r) or civil.military_sentence(r, within) or \
        civil.marked_variant(r) or any(civil.military_party(p) and not civil_operator(p) and not unarmed(p) for p in parties)


def unarmed(res: Resolved) -> bool:
    """A state body that bears no arms ("the Government of X"; civil.toml [service] unarmed_bodies)."""
    return res.actor.kind == "government_body" and res.actor.id.split("-", 1)[-1] in load().unarmed


def civil_antecedent(r: Row) -> str | None:
    """"X Airways ordered three ATR 72s ... The first of these new planes is due": a definite aircraft noun with no name
    of its own stands for the type told in the sentences just before it; a civil type (civil_items.csv, of the kinds
    of civil.toml [service] aircraft_kinds) with no military type named after it makes the row civil."""
    if r.designation or r.item.designation or not r.item.definite or (r.category or r.item.category) != "aircraft":
        return None
    doc, sents = r.sent.doc, list(r.sent.doc.sents)
    at = next((n for n, s in enumerate(sents) if s.start == r.sent.start), None)
    if at is None:
        return None
    start = sents[max(0, at - LOOKBACK)].start
    named = [s.end for s in doc.spans.get("materiel", []) if start <= s.start < r.item.span.start and s.kb_id_]
    named += [t.i + 2 for t in doc[start: r.item.span.start - 1] if t.pos_ == "PROPN" and doc[t.i + 1].like_num
              and civil.civil_item(doc[t.i: t.i + 2].text) is None]  # "a second Ostrava 228": a type named nearer
    text = doc[max(named, default=start): r.item.span.start].text
    found = civil.civil_item(text)
    return f"refers to civil {found.family}" if found is not None and found.kind in load().aircraft_kinds else None


def service_reason(r: Row) -> str | None:
    """Why the row is civilian goods for civil service, None when it stays."""
    if (r.category or r.item.category) not in load().categories:
        return None
    if (told := civil_antecedent(r)) is not None:
        return told
    within = civil_support.clause_tokens(r)
    if not military_context(r, within):
        purpose = civil_purpose(r) if generic_or_civil(r) else None
        if purpose:
            return f"civil purpose: {purpose}"
        if r.recipient is not None and civil_operator(r.recipient):
            return "civil operator as recipient"
    site = civil_site(r) if generic_or_civil(r) else None  # "sold tippers to two copper pits"
    if site and not military_context(r, within - site[1]):
        return f"civil site: {site[0]}"
    return None


def civilian_by_name(r: Row) -> str | None:
    """"civilian vehicles", "humanitarian demining equipment", "non-military aid": the item's own words say it
    is not military (a word the tokenizer split at its hyphens is read whole)."""
    if r.designation or r.item.designation:
        return None
    tokens = [t for t in r.item.span if t.i != r.item.head.i]
    civilian = load().civilian
    glued = {i for w, ids in glued_words(tokens) if w in civilian for i in ids}
    if not glued and not any(t.lower_ in civilian for t in tokens):
        return None
    mods = civil.load().military_modifiers
    return None if any(t.lower_ in mods and t.i not in glued for t in tokens) else "civilian by its own modifier"


def glued_words(tokens: list[Token]) -> list[tuple[str, set[int]]]:
    """The words of the tokens, those joined by a hyphen with no space read as one ("non-military")."""
    words: list[tuple[str, set[int]]] = []
    for t in tokens:
        prev = t.doc[t.i - 1] if t.i > 0 else None
        if words and prev is not None and prev.i in words[-1][1] and not prev.whitespace_ and \
                (t.text == "-" or prev.text == "-"):
            words[-1] = (words[-1][0] + t.lower_, words[-1][1] | {t.i})
        else:
            words.append((t.lower_, {t.i}))
    return words


def clause_text(r: Row) -> str:
    """The words of the trigger's clause, without the clauses coordinated with it ("X bought 24 aircraft,
    and its airline took two A320s": not the airline's)."""
    doc = r.frame.trigger.doc
    return " ".join(doc[i].text for i in sorted(civil_support.clause_tokens(r)))


def civil_fleet(r: Row) -> str | None:
    """A generic dual-use item ("jets", "aircraft", "trucks", no designation) with no military context (no
    military modifier, word, weapon or party) in a clause that names a civil type ("the first of 40 A320s
    ordered as part of a 300-aircraft purchase"): the clause is about a civil fleet, whoever the parties."""
    if not civil.dual_use_generic(r) or military_context(r):
        return None
    text = PLURAL_NUMBER.sub("", clause_text(r))  # "40 A350s": the type's name without its plural
    if civil.civil_item(text) is not None and not civil.military_variant(text):
        return "civil type in the sentence"
    return None


def civil_deal(r: Row) -> str | None:
    """Why the row is a civil deal (civil.civil_reason, its own civilian modifier, civil service, a civil
    type beside a generic item, then a civil type in a civil clause or support for a civil task), None when it
    stays."""
    if civil.dual_use_generic(r) and enforcement.enforcement_text(r.sent.doc) and not civil.not_an_item(r):
        return civilian_by_name(r)  # "X shipped 300 engines to Y" in a designation notice: what it charges
    return civil.civil_reason(r) or civil_named.civil_by_name_or_party(r) or civilian_by_name(r) or \
        service_reason(r) or civil_fleet(r) or civil_support.civil_task(r)


__all__ = ["civil_deal", "civil_fleet", "civil_operator", "civilian_by_name", "civil_purpose", "load",
           "service_reason"]
