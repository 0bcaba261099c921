"""The applicant of a refused application: "Ruritania would not approve an application from Moldavia for a further
15 armoured vehicles", "the ministry turned down a Moldavian application for rifles". The refusing verb's object is
a request noun ([applicants] application_nouns) whose "from" phrase or demonym names the one who asked; with no
recipient named otherwise, that party is the would-be recipient of the refused transfer."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver
from materiel.extraction.mentions.resolved import Resolved

REQUESTS = lexicon.word_set("applicants", "application_nouns")
DEMONYM_CONFIDENCE = 0.6
LICENCES = lexicon.word_set("applicants", "refused_licence_nouns")
EXPORT_WORDS = lexicon.word_set("applicants", "export_licence_words")
LICENCE_CATEGORY = lexicon.word_list("applicants", "licence_category")[0]


def _applicant_tokens(noun: Token) -> list[Token]:
    """"an application from X" (X), "a Moldavian application" (the demonym), "X's application" (X)."""
    found = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
             for p in c.children if p.dep_ == "pobj"]
    return found or [c for c in noun.children if c.dep_ in ("amod", "poss", "compound") and c.i < noun.i and
                     c.ent_type_ in ("NORP", "GPE")]


def _asked_items(t: Token, noun: Token, items: ItemFinder) -> list[ItemMention]:
    """The materiel of the "for" phrase on the request noun or on the refusing verb ("approve an application from X
    for 15 vehicles", with "for" hung on the verb)."""
    return [m for h in (noun, t) for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
            for p in c.children if p.dep_ == "pobj" and items.is_materiel(p) for m in items.items(p)]


def _demonym(tok: Token, res: ActorResolver) -> Resolved | None:
    """"a Moldavian application": the state of the demonym that modifies the request noun."""
    span = res.by_token.get(tok.i)
    actor = res.span_actor(span) if span is not None and span.kb_id_ == "demonym" else None
    return Resolved(actor, DEMONYM_CONFIDENCE, tok) if actor is not None else None


def applicant_party(f: Frame, res: ActorResolver, items: ItemFinder) -> None:
    """Give a refused frame with no recipient the applicant of the request its verb refuses, and the materiel asked
    for when the frame found none (see the module)."""
    t = f.trigger
    if f.stage != "refused" or f.roles["recipient"] or t.pos_ not in ("VERB", "AUX"):
        return
    for noun in (c for c in t.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in REQUESTS):
        for a in _applicant_tokens(noun):
            found = res.resolve(a) or _demonym(a, res)
            if found is not None and found.actor.kind in ("state", "government_body", "armed_group") and \
                    all(found.actor.id != s.actor.id for s in f.roles["supplier"]):
                f.add("recipient", [found])
                f.rule += ":applicant"  # `asked` adds the applicant's request
                f.items = f.items or _asked_items(t, noun, items)
                return


def _licence_destinations(noun: Token, res: ActorResolver) -> list[Resolved]:
    """"export permits for X", "licences to X": the states the licence noun's own phrases name."""
    found = [res.resolve(p) for c in noun.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
             for p in c.children if p.dep_ == "pobj"]
    return [r for r in found if r is not None and r.actor.kind in ("state", "government_body", "armed_group")]


def licence_item(f: Frame, res: ActorResolver) -> None:
    """A refusal of export licences that names no materiel ("Oslo refuses to grant fresh export licences to X for
    goods usable in Y", "Oslo withheld further export permits for X"): the licences are the refused
    item, with a recipient named on the verb or on the licences."""
    if f.stage != "refused" or f.items or f.implicit or f.trigger.pos_ not in ("VERB", "AUX"):
        return
    for noun in (c for c in f.trigger.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.lower_ in LICENCES):
        if not any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in EXPORT_WORDS for c in noun.children):
            continue
        if not f.roles["recipient"]:
            f.add("recipient", _licence_destinations(noun, res))
        if f.roles["recipient"]:
            start = min([noun.i] + [c.i for c in noun.children if c.dep_ in ("compound", "amod", "nmod")])
            f.items = [ItemMention(noun, noun.doc[start: noun.i + 1], None, LICENCE_CATEGORY, None, None, False)]
            f.rule += ":licences"
        return


def asked(frames: list[Frame]) -> None:
    """"would not approve an application from X for 15 vehicles": X asked for them, too (a request of the refuser,
    added in place, one per refused application whose applicant was found)."""
    for f in [f for f in frames if f.rule.endswith(":applicant") and f.items]:
        noun = next((c for c in f.trigger.children if c.dep_ in ("dobj", "obj", "nsubjpass") and
                     c.lemma_.lower() in REQUESTS), None)
        if noun is None or any(g.trigger.i == noun.i for g in frames):
            continue
        request = Frame(noun, "request", "requested", rule=f"noun:request:{noun.lemma_.lower()}:refused",
                        items=list(f.items), confidence=f.confidence)
        request.add("supplier", f.roles["supplier"])
        request.add("recipient", f.roles["recipient"])
        frames.append(request)
