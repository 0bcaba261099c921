"""A gapped second pair with its item left out: "sold X 12 Kestrel-5 trainers and Y eight", "will give the
Ruritanian navy six drones and the Borduvian army four". After a verb with an indirect object and one counted
item, "and", a party and a bare count ending the clause are a transfer of their own: the same item at that count,
to that party, from the verb's subject. So are "and Y another six", "and Y six more" and, after "supplied X with
12 A", "and Y with six" (words.toml [gapped_pair_words]); a bare count the finder took for an item of its own
("another six") is the pair's count, not an item of the first party.
With no indirect object the pair's party takes the place of the verb's subject ("Kenya received six A from X and
Uganda four": Uganda the taker, not a second giver); a vague count ("and Y an undisclosed number", words.toml
[gapped_pair_words] vague_counts) gives the pair no count. A series of pairs may be joined by commas ("ordered 36 A,
Y 17 and Z four")."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.quantities import parse_quantity
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

MAX_PARTY = 5  # "the Borduvian border police": a party's phrase is short
PARTY_POS = ("PROPN", "NOUN", "ADJ", "DET")
ENDS = ("ADP", "ADV", "SCONJ", "PUNCT")
LINKS = lexicon.word_set("gapped_pair_words", "before_count")  # "and Y with six"
AFTER = lexicon.word_set("gapped_pair_words", "after_count")  # "and Y six more"
VAGUE = lexicon.word_set("gapped_pair_words", "vague_counts")  # "and Y an undisclosed number"
MAX_VAGUE = 3


def _indirect(v: Token) -> bool:
    """v has an indirect object ("sold X 12 A", also when read as a second object) or a party object with a "with"
    phrase ("supplied X with 12 A")."""
    objects = [c for c in v.children if c.dep_ == "dobj"]  # "sold X 24 A" read as two objects
    return any(c.dep_ == "dative" for c in v.children) or len(objects) > 1 or \
        bool(objects) and any(c.lower_ in LINKS for c in v.children if c.dep_ == "prep")


def bare_count_pairs(f: Frame, res: ActorResolver, items: ItemFinder, role: str,
                     subject_role: str | None = None) -> list[Frame]:
    """The frames of the "and Y eight" pairs after f's counted item, role the indirect object's (the subject's,
    subject_role, when the verb has no indirect object)."""
    v = f.trigger
    counted = [m for m in f.items if not m.head.like_num]
    if not _indirect(v):
        if subject_role is None or not _subject_party(f, subject_role):
            return []
        role = subject_role
    if len(counted) != 1 or counted[0].quantity is None or not f.roles.get(role):
        return []
    pairs: list[tuple[Resolved, Token]] = []
    for cc in [t for t in v.sent if t.i > counted[0].head.i and (t.lower_ == "and" and t.pos_ == "CCONJ" or t.text == ",")]:
        found = _pair(cc, res, items)
        if found is None and cc.text == ",":
            continue  # "ordered 36 A, Y 17 and Z four": a comma may open a pair of the series, or none
        if found is None:
            break
        if not any(found[0].actor.id == p.actor.id for p in f.roles[role]):
            pairs.append(found)
    for party, count in pairs:  # first out of the verb's phrases, all of them: "from X, Y four and Z two"
        f.items = [m for m in f.items if m.head.i != count.i]  # "and Y another six": the count, no item of X's
        for other in f.roles:  # "from X and Y four": Y is no second giver
            f.roles[other] = [p for p in f.roles[other] if p.token.i != party.token.i]
    out = []
    for party, count in pairs:
        g = Frame(v, f.cls, f.stage, rule=f.rule + ":gapped-pair", confidence=f.confidence * 0.9)
        n = parse_quantity(count.text) if count.like_num else None
        g.items = [replace(counted[0], quantity=n, quantity_text=count.text if n is not None else None, whole=None,
                           shares=None)]
        g.add(role, [party])
        source = _own_source(count, res) if role != "supplier" else None
        if source is not None:  # "and Uganda four from Israel": Israel gives Uganda's four
            g.add("supplier", [source])
            f.roles["supplier"] = [p for p in f.roles["supplier"] if p.token.i != source.token.i]
        for other, parties in f.roles.items():
            if other != role and not (other == "supplier" and source is not None):
                g.add(other, parties)
        g.negated, g.governor = f.negated, f.governor
        out.append(g)
    return out


def _own_source(count: Token, res: ActorResolver) -> Resolved | None:
    """The giver of a "from" phrase right after the pair's count ("and Y four from Z", "and Y six more from Z")."""
    doc, end = count.doc, count.sent.end
    i = count.i + 1 + (count.i + 1 < end and doc[count.i + 1].lower_ in AFTER)
    if i >= end or doc[i].lower_ != "from":
        return None
    for t in doc[i + 1: min(end, i + 1 + MAX_PARTY)]:
        if t.pos_ in ENDS or t.pos_ == "VERB":
            return None
        found = res.resolve(t)
        if found is not None:
            return found
    return None


def _subject_party(f: Frame, role: str) -> bool:
    """f's party of role is its verb's subject ("Kenya received ...")."""
    subjects = {t.i for c in f.trigger.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return any(p.token.i in subjects for p in f.roles.get(role, []))


def _vague(doc: Doc, i: int, end: int) -> int | None:
    """The last index of a vague count opening at i ("an undisclosed number", "several"), else None."""
    for n in range(MAX_VAGUE, 0, -1):
        if i + n <= end and doc[i:i + n].text.lower() in VAGUE:
            return i + n - 1
    return None


def _pair(cc: Token, res: ActorResolver, items: ItemFinder) -> tuple[Resolved, Token] | None:
    """After "and": a party's words, then a count that ends the clause; (party, count) or None."""
    doc, end = cc.doc, cc.sent.end
    i = cc.i + 1
    while i < end and i - cc.i <= MAX_PARTY and not doc[i].like_num:
        if i > cc.i + 1 and (last := _vague(doc, i, end)) is not None and \
                (last + 1 >= end or doc[last + 1].pos_ in ENDS):
            party = next((r for k in range(i - 1, cc.i, -1) if (r := res.resolve(doc[k])) is not None), None)
            return None if party is None else (party, doc[last])
        if (doc[i].pos_ not in PARTY_POS or items.is_materiel(doc[i])) and doc[i].lower_ not in LINKS:
            return None
        i += 1
    after = i + 1 + (i + 1 < end and doc[i + 1].lower_ in AFTER)  # "six more"
    if i >= end or i == cc.i + 1 or not doc[i].like_num or parse_quantity(doc[i].text) is None or \
            after < end and doc[after].pos_ not in (*ENDS, "CCONJ") or doc[i].ent_type_ == "DATE":  # "Y 17 and Z four"
        return None
    party = next((r for k in range(i - 1, cc.i, -1) if (r := res.resolve(doc[k])) is not None), None)
    return None if party is None else (party, doc[i])
