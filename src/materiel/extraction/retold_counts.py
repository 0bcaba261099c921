"""The count of items named before, told again in the clause that gives their supplier:

- a partitive on a pronoun in a verb's clause ("the Kestrel gunships came from X, which sold Y twelve of them"),
  whatever the parse hangs it on (the recipient before it is often read as its head): the row, whose item is the
  pronoun's antecedent, takes that count;
- a bare count told of the same items in the same sentence ("they were supplied by X, which delivered all four"):
  its row folds into the row of the items it counts, which takes its count.

A count of no told size ("hundreds of them") counts nothing; a count that is not the items' own ("twelve of them
and 30 trucks") is left to the item it counts. Words are [retold_counts] in `words.toml`."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.quantities import is_vague_quantity, parse_quantity

PRONOUNS = lexicon.word_set("retold_counts", "pronouns")
NUMBER_DEPS = lexicon.word_set("retold_counts", "number_deps")
GIVING = lexicon.word_set("retold_counts", "giving_verbs")


def _partitive(n: Token) -> bool:
    """n is a number with "of them" (or "of these", "of those") under it."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.lower_ in PRONOUNS
                                                               for p in c.children) for c in n.children)


def _count(n: Token) -> tuple[int | float, str] | None:
    if not (n.like_num or n.pos_ == "NUM") or is_vague_quantity(n.text):
        return None
    q = parse_quantity(n.text)
    return (q, n.text) if q is not None and q > 0 else None


def _verb_count(v: Token) -> tuple[int | float, str] | None:
    """The one partitive count on a pronoun among the verb's arguments and their modifiers."""
    args = [c for c in v.children if c.dep_ in NUMBER_DEPS]
    nums = [n for a in args for n in (a, *a.children) if n.dep_ in NUMBER_DEPS or n.dep_ == "nummod"]
    found = [q for n in nums if _partitive(n) for q in [_count(n)] if q is not None]
    return found[0] if len(found) == 1 else None


def _clause_count(r: Row) -> tuple[int | float, str] | None:
    """The partitive count on a pronoun in the trigger's clause, or in a relative clause of giving on the supplier
    ("came from X, which sold Y twelve of them"), when the row's item lies outside that clause (its antecedent)."""
    verbs = [r.frame.trigger] if r.frame.trigger.pos_ in ("VERB", "AUX") else []
    if r.supplier is not None:
        verbs += [v for v in r.supplier.token.children if v.dep_ == "relcl" and v.lemma_.lower() in GIVING
                  and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in v.children)]
    found = [q for v in verbs if r.item.head not in v.subtree for q in [_verb_count(v)] if q is not None]
    return found[0] if found else None


def _same_parties(a: Row, b: Row) -> bool:
    def key(x: Row) -> tuple[str | None, str | None]:
        return (x.supplier.actor.id if x.supplier else None, x.recipient.actor.id if x.recipient else None)
    return key(a) == key(b) and a.frame.stage == b.frame.stage


def _retellings(r: Row, rows: list[Row]) -> list[Row]:
    """The uncounted rows of r's sentence with r's item and parties ("came from X, which sold Y twelve of them":
    the coming and the sale)."""
    return [e for e in rows if e is not r and e.sent.start == r.sent.start and e.item.quantity is None
            and e.item.head.i == r.item.head.i and _same_parties(e, r)]


def _counted_rows(r: Row, rows: list[Row]) -> list[Row]:
    """The uncounted rows, of r's sentence, whose one item is the antecedent r's bare count stands for."""
    ante = r.item.antecedent
    if ante is None or not r.item.anaphoric or r.item.quantity is None and not _partitive(r.item.head):
        return []  # "a dozen of them": no told size, but the items counted before all the same
    if any(t.text == ":" for t in r.sent.doc[ante.end:r.item.head.i]):
        return []  # "ordered A from X: twenty in 2018, then ten more": a breakdown's part (breakdowns.py), no total
    found = [e for e in rows if e is not r and not e.item.anaphoric and e.sent.start == r.sent.start and e.item.quantity in (None, r.item.quantity)
             and ante.start < e.item.span.end and e.item.span.start < ante.end and _same_parties(e, r)]
    return found if len({e.item.head.i for e in found}) == 1 else []


def retold_counts(rows: list[Row]) -> list[Row]:
    """The rows with the counts told again of their items (see the module)."""
    for r in rows:
        if r.item.quantity is None and not r.item.anaphoric and (q := _clause_count(r)) is not None:
            for e in [r, *_retellings(r, rows)]:
                e.item = replace(e.item, quantity=q[0], quantity_text=q[1])
    out: list[Row] = []
    for r in rows:
        targets = _counted_rows(r, rows)
        if not targets:
            out.append(r)
        for e in targets if r.item.quantity is not None else ():
            e.item = replace(e.item, quantity=r.item.quantity, quantity_text=r.item.quantity_text)
    return out
