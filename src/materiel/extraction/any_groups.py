"""A denial that names no group, only a class of them: "X has never shipped guns to any armed group in Y",
"X stated it had not provided arms to any Ethiopian group", "X denied giving rifles to any rebels".

The quantified phrase ("any"/"no" on a group noun, cues.toml group_nouns and armed_heads) stands for the group
the accusation named before: the row's recipient is not the state of the demonym or of the "in" phrase ("any
Ethiopian group" is not Ethiopia), but the latest armed group named earlier in the text (an earlier row's
recipient of the same supplier first, else a group the gazetteer names), preferring one of the phrase's own
country. With no group named before, the row keeps what it had. Run once the rows have their parties."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction import class_groups
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.extraction.mentions.resolved import same_state

_CUES = lexicon.toml("cues.toml")["actors"]
GROUP_HEADS = frozenset(_CUES.get("group_nouns", [])) | frozenset(_CUES.get("armed_heads", []))
MEMBER_NOUNS = lexicon.word_set("any_groups", "member_nouns")
QUANTIFIERS = ("any", "no")
NEGATED = ("denied", "negated")
CONFIDENCE = 0.6
WINDOW = 1500  # tokens back: the accusation is told earlier in the same article


def _is_quantified(c: Token) -> bool:
    """"any armed group", "no rebel faction", "any Indian organisation", "anyone", "no one" (class_groups.py)."""
    heads = GROUP_HEADS | class_groups.CLASS_NOUNS
    return c.pos_ in ("NOUN", "PROPN") and (c.lower_ in heads or c.lemma_.lower() in heads) and \
        any(d.dep_ == "det" and d.lower_ in QUANTIFIERS for d in c.children) or class_groups.quantified_pronoun(c)


def _quantified_group(row: Row) -> Token | None:
    """The group noun with "any"/"no" that the row's recipient token heads or modifies ("any Ethiopian group",
    "any armed group in Chad"), or that the trigger's "to" phrase names ("shipped guns to any armed faction",
    the recipient then filled from context); None otherwise."""
    tok = row.recipient.token if row.recipient is not None else row.frame.trigger
    cands = [tok, tok.head]
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        cands.append(tok.head.head)  # "any armed group in <Chad>"
    trig = row.frame.trigger
    cands += [p for c in trig.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
              for p in c.children if p.dep_ == "pobj"]
    return next((c for c in cands if _is_quantified(c)), None)


def _country(r: Resolved | None) -> str | None:
    return r.actor.country if r is not None else None


def _generic(r: Resolved) -> bool:
    """A group known only by its country ("Chad rebels", made by the resolver as "<ISO3>-<noun>")."""
    return bool(r.actor.country) and r.actor.id.lower().startswith(f"{r.actor.country}-".lower())


def _from_rows(rows: list[Row], row: Row) -> list[Resolved]:
    """Armed groups that earlier rows of the same supplier name as recipients, latest last."""
    return [o.recipient for o in sorted(rows, key=lambda o: o.sent.start)
            if o.sent.start < row.sent.start and o.recipient is not None and o.recipient.actor.kind == "armed_group"
            and o.supplier is not None and row.supplier is not None and same_state(o.supplier, row.supplier)
            and not _generic(o.recipient)]  # a named group, not "Chad rebels"


def _member_name(tok: Token) -> bool:
    """A name modifying a noun of a group's members or formations: "<Name> fighters", "a <Name> unit"."""
    return tok.dep_ in ("compound", "nmod") and tok.head.lower_ in MEMBER_NOUNS | GROUP_HEADS


def _names(res: ActorResolver, sent: Span, party: Resolved) -> bool:
    """Whether the sentence names the party (or its state's body)."""
    return any(t.pos_ in ("PROPN", "ADJ") and (r := res.resolve(t)) is not None and same_state(r, party)
               for t in sent)


def _told(t: Token, r: Resolved | None) -> Resolved | None:
    """The name as a group when its sentence tells it as one ("<Name>, a group ...", "groups, including <Name>";
    class_groups.py), else None."""
    if r is not None and (r.guessed or r.actor.kind == "state") or not class_groups.told_as_group(t, GROUP_HEADS):
        return None
    return class_groups.as_group(t, r)


def _from_text(res: ActorResolver, group: Token, supplier: Resolved | None) -> tuple[list[Resolved], list[Resolved]]:
    """Groups named before the sentence, latest last: any the resolver knows as an armed group, organisations
    whose name modifies a noun of members ("<Name> fighters"), and names told as groups; those told with the
    supplier (the accusation), and the rest told as a group by their members ("the guerrillas of <Name>")."""
    out: list[Resolved] = []
    rest: list[Resolved] = []
    for t in res.doc[max(0, group.sent.start - WINDOW): group.sent.start]:
        span = res.by_token.get(t.i)
        if t.pos_ != "PROPN" or span is not None and span.kb_id_ == "metonym" or t.head.pos_ == "PROPN" and t.head.i != t.i and t.dep_ == "compound":
            continue  # one mention per name: its head
        found = res.resolve(t)
        told = _told(t, found)
        r = told or found
        if r is None or r.guessed or supplier is not None and same_state(r, supplier):
            continue
        if (r.actor.kind == "armed_group" and not _generic(r) or r.actor.kind == "other" and _member_name(t)) and \
                (supplier is None or _names(res, t.sent, supplier)):
            out.append(r)  # told with the supplier: the accusation ("X's officers handed rifles to <Name> fighters")
        elif told is not None:
            rest.append(told)  # "<Name>, one of the rebel groups", told without the supplier
        elif r.actor.kind not in ("state", "government_body") and class_groups.told_as_members(t, GROUP_HEADS):
            rest.append(class_groups.as_group(t, r))
    return out, rest


def _charged_elsewhere(rows: list[Row], row: Row, cand: Resolved) -> bool:
    """The candidate's sentence tells another supplier's delivery ("Y supplied rifles to <Name> fighters"): a
    denial by the row's supplier does not answer that charge."""
    return any(o.sent.start == cand.token.sent.start and o.supplier is not None and row.supplier is not None
               and not same_state(o.supplier, row.supplier) for o in rows)


def _pick(cands: list[Resolved], country: str | None) -> Resolved | None:
    own = [c for c in cands if country is not None and c.actor.country == country]
    return (own or cands)[-1] if cands else None


def fill(rows: list[Row], res: ActorResolver) -> None:
    """Give each denied row whose recipient is "any <group noun>" the group named before."""
    for r in rows:
        if r.reading.factuality not in NEGATED:
            continue
        group = _quantified_group(r)
        if group is None:
            continue
        country = _country(r.recipient) if r.recipient is not None and r.recipient.token.sent == r.sent and (
            r.recipient.actor.kind != "armed_group" or _generic(r.recipient)) else None
        charged, told = _from_text(res, group, r.supplier)
        cands = sorted(_from_rows(rows, r) + charged, key=lambda c: c.token.i)
        named = r.recipient is not None and r.recipient.actor.kind == "armed_group" and not _generic(r.recipient)
        told = [] if named else [c for c in told if not _charged_elsewhere(rows, r, c)]  # a group already named
        found = _pick(cands, country) or _pick(told, country)  # else the group the text tells of by its members
        if found is not None:
            text = res.doc[group.left_edge.i: group.right_edge.i + 1].text
            r.recipient = Resolved(found.actor.model_copy(update={"text": text}), CONFIDENCE, group)
