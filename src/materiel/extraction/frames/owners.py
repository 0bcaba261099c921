"""The owner of an item that arrives or is bought as the subject of its clause: "Indonesia's first two
Rafale fighters, ordered in 2022, arrived on Thursday", "the air force's fleet of 36 jets was bought from
France", also through an apposition ("the navy's only submarine, a boat that X sold in 1985"). A state or a state
body in the possessive of an item made elsewhere is the item's recipient; a state in the possessive of its own system ("Russia's S-400 systems were delivered") is its maker, never
the recipient. So is the possessive of items that come from a supplier the clause names ("Georgia's tanks came
from the Czech Republic").

The other way round, a state that owns what a taker asks for or buys is the one who would give it: "Kyiv asked
for Australia's retired jets", "Peru sought the country's surplus frigates", "asked for the foreign-built radar
that X stores" (`asked_classes` and `holding_verbs` in [owners] of words.toml), unless it is the taker itself
("Egypt bought its own Rafales"); it takes the place of a maker read off the item ("Russian-made").
"""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

OWNER_KINDS = ("state", "government_body", "armed_group")
ASKED_CLASSES = lexicon.word_set("owners", "asked_classes")
HOLDING = lexicon.word_set("owners", "holding_verbs")
GROUP_CLASSES = lexicon.word_set("owners", "group_classes")
GROUP_WORDS = lexicon.word_set("arguments", "user_group_words") | lexicon.word_set("unlisted", "group_heads")
GROUP_SENTENCES = 5  # sentences back to the group a speaker calls "my group"
GROUP_ANAPHORS = frozenset(lexicon.toml("cues.toml")["actors"]["anaphors"]["armed_group"])
GIVER_KINDS = ("state", "government_body")


def _owner_token(head: Token, containers: set[str]) -> Token | None:
    """The possessive of the container the item is counted in ("X's fleet of"), else of the item's noun phrase."""
    cur = head
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in containers:
        cur = cur.head.head
    if cur.dep_ == "appos" and cur.head.i != cur.i:
        cur = cur.head  # "X's only helicopters, two Y that Z delivered": the phrase the item is apposed to
    return next((c for c in cur.children if c.dep_ == "poss"), None) or \
        next((c for c in head.children if c.dep_ == "poss"), None)  # "most of Georgia's tanks": the item's own


def _subject_or_relative(f: Frame, head: Token) -> Token | None:
    """The item's phrase that is the subject of the trigger, or that the trigger modifies."""
    t = f.trigger
    top = head
    if top.dep_ == "pobj" and top.head.lower_ == "of":
        top = top.head.head
    if top.dep_ == "appos" and top.head.i != top.i and top.head.pos_ in ("NOUN", "PROPN"):
        top = top.head  # "X's main warships, four Y frigates, were delivered": the phrase the item is apposed to
    if top.dep_ in ("nsubj", "nsubjpass") and top.head.i == t.i:
        return top
    if t.dep_ in ("acl", "relcl") and t.head.i in (top.i, head.i):
        return top
    return None


def read_owners(res: ActorResolver, f: Frame, containers: set[str]) -> None:
    """The owner of the items as the recipient or, for what is asked for or bought, the supplier."""
    owner_as_recipient(res, f, containers)
    owner_as_supplier(res, f)


def _holder(item: Token) -> Token | None:
    """The possessive of the item asked for, else the subject of a relative clause of holding on it ("the radar
    that X stores at a depot", "the jets Y acquired")."""
    owner = next((c for c in item.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    return next((s for c in item.children if c.dep_ == "relcl" and c.lemma_.lower() in HOLDING
                 for s in c.children if s.dep_ == "nsubj"), None)


def owner_as_supplier(res: ActorResolver, f: Frame) -> None:
    if f.cls not in ASKED_CLASSES or f.trigger.pos_ not in ("VERB", "AUX"):
        return
    inside = {i for m in f.items for i in range(m.span.start, m.span.end)}
    if any(a.token.i not in inside for a in f.roles["supplier"]):
        return  # a supplier the clause names; one read off the item ("the Russian-made X") is its maker only
    takers = {a.actor.country or a.actor.id for a in f.roles["recipient"]}
    for m in f.items:
        top = m.head.head.head if m.head.dep_ == "pobj" else m.head.head
        owner = _holder(m.head)
        if owner is None or top.i != f.trigger.i or m.head.dep_ not in ("dobj", "obj", "pobj"):
            continue
        found = [r for r in res.resolve_all(owner)
                 if r.actor.kind in GIVER_KINDS and (r.actor.country or r.actor.id) not in takers]
        if found:
            f.roles["supplier"] = []  # the holder gives, not the maker the item's modifier named
            f.add("supplier", found)


def owner_as_recipient(res: ActorResolver, f: Frame, containers: set[str]) -> None:
    if f.roles["recipient"] or f.trigger.pos_ not in ("VERB", "AUX"):
        return
    named = {a.actor.country for a in f.roles["supplier"] if a.actor.country}  # "X's tanks came from Y": Y
    for m in f.items:
        if not (m.designation or named) or _subject_or_relative(f, m.head) is None:
            continue
        owner = _owner_token(m.head, containers)
        origin = res.lex.origin_of(m.designation) if m.designation else None
        if owner is None or (origin is None and not named):
            continue
        for r in map(_bare, res.resolve_all(owner) or _group_before(res, owner)):
            if _owns(r, origin, named, f.cls):
                f.add("recipient", [r])


def _owns(r: Resolved, origin: str | None, named: set[str], cls: str) -> bool:
    """A state or body not the item's maker nor its named source; or an armed group of no state of its own whose
    items come from a source the clause names ("the front's rifles were bought from traders in X")."""
    a = r.actor
    if not a.country and (a.kind == "armed_group" or
                          (a.kind in ("other", "company") and GROUP_WORDS & set(a.name.lower().split()))):
        return bool(named) and cls in GROUP_CLASSES
    return a.kind in OWNER_KINDS and bool(a.country) and a.country != origin and a.country not in named


def _bare(r: Resolved) -> Resolved:
    """The owner's name without the article and the possessive ending the tagger's span kept ("the X Front's")."""
    name = r.actor.name
    if not name.endswith(("'s", "\u2019s")) and not name.startswith("the "):
        return r
    name = name[:-2] if name.endswith(("'s", "\u2019s")) else name
    name = name[4:] if name.startswith("the ") else name
    return Resolved(r.actor.model_copy(update={"name": name, "id": lexicon.slug(name)}), r.confidence, r.token)


def _group_before(res: ActorResolver, owner: Token) -> list[Resolved]:
    """A group noun under a pronoun ("his group's rifles", "their movement's mortars") that the resolver leaves
    open: the nearest armed group named in the paragraphs just before (a speaker for his own group)."""
    if owner.lower_ not in GROUP_ANAPHORS or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in owner.children):
        return []
    first = owner.sent
    for _ in range(GROUP_SENTENCES):
        first = owner.doc[first.start - 1].sent if first.start > 0 else first
    for t in reversed(owner.doc[first.start:owner.i]):
        r = res.resolve(t) if t.pos_ == "PROPN" and t.dep_ != "compound" else None
        if r is not None and not r.actor.country and (r.actor.kind == "armed_group" or GROUP_WORDS & set(
                r.actor.name.lower().split())):
            return [Resolved(r.actor.model_copy(update={"text": owner.text}), 0.6, owner)]
    return []
