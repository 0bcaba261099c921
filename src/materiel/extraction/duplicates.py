"""One row per transfer in a document: the same transfer told twice ("sent 12 K-9 howitzers" in the
lead, "the howitzers it sent" further down; "cruise missiles" and the designation of the only cruise
missile named) keeps its most specific telling (a designation, then a quantity), with that telling's
own evidence, at the place of the first.

Two rows are the same transfer when they have the same supplier, recipient, stage, factuality and
denier, and their items are the same: the same designation, or the same generic words, or a generic
noun ("missiles", "cruise missiles") and the only designation of its category among those rows. Words
that only say where the item was made ("American-made parts", "U.S. parts") do not tell items apart.
Quantities must agree (or one row have none): "six jets" and "eight jets" are two deliveries."""
from __future__ import annotations

from typing import TypeVar

from materiel import lexicon
from materiel.extraction.counted_tellings import kinds_differ, retold_count
from materiel.extraction.restated_denials import blanket, restated_denial
from materiel.lexicon import names
from materiel.record.models import Actor, Transfer

# Categories too broad to name one system: "weapons" is never merged into a designation.
BROAD = lexicon.word_set("duplicates", "broad_categories")
ORIGIN_WORDS = lexicon.word_set("duplicates", "origin_words")
DISAVOWED = ("denied", "negated")

F = TypeVar("F")


def _party(t: Transfer) -> tuple[object, ...]:
    """Who, at what stage, and how told: a transfer denied ("X denied sending arms") and the same transfer
    told as not having happened ("no arms were sent") is one claim, whoever voiced it."""
    if t.factuality in DISAVOWED:
        return (_side(t.supplier), _side(t.recipient), t.stage, "disavowed", None)
    return (_side(t.supplier), _side(t.recipient), t.stage, t.factuality, t.denied_by.id if t.denied_by else None)


def _side(a: Actor | None) -> str | None:
    """A party as merging sees it: a state's government body ("the Government of X", "X's State Department")
    is its state, so one transfer told with either is one row."""
    if a is None:
        return None
    return a.country if a.kind in ("state", "government_body") and a.country else a.id


def _origin_word(w: str, t: Transfer) -> bool:
    """"made" or the supplier's own country ("American-made parts", "U.S. parts"): where, not what."""
    home = {t.supplier.id, t.supplier.country} if t.supplier else set()
    return w in ORIGIN_WORDS or bool(home & names.known_as(w))


def item_words(t: Transfer) -> list[str]:
    out = []
    for w in t.item.text.lower().replace("-", " ").split():
        if not _origin_word(w, t):
            out.append(w[:-1] if w.endswith("s") and len(w) > 3 else w)  # "missiles" and "missile"
    return out


def _generic_covers(general: Transfer, specific: Transfer) -> bool:
    """"missiles" and "ballistic missiles": the same head, the general words all in the specific."""
    g, s = item_words(general), item_words(specific)
    return bool(g) and bool(s) and g[-1] == s[-1] and set(g) <= set(s)


def _unnamed(t: Transfer) -> bool:
    """A generic noun phrase: no capitalised word, but for the first word of its sentence
    ("Patriot batteries" with "Patriot" unresolved is a name, not a generic noun)."""
    words = t.item.text.split()
    if any(w[:1].isupper() for w in words[1:]):
        return False
    return not (words and words[0][:1].isupper() and not t.evidence.text.lstrip().startswith(t.item.text))


def _same_item(a: Transfer, b: Transfer, designations: dict[str, set[str]]) -> bool:
    da, db = a.item.designation, b.item.designation
    if restated_denial(a, b, item_words(b)):  # "X denied sending Y shells ... 'X has not supplied any weapons'"
        return True
    if a.evidence.start == b.evidence.start:  # two items of one sentence ("A and B") are two items, but for
        # one phrase read by two predicates ("agreed to sell X 66 F-16 jets": "F-16 jets" and "F-16"), or one
        # system told by two predicates ("chose the A and is negotiating for four of the aircraft")
        return bool(da) and da == db and (a.item.text in b.item.text or b.item.text in a.item.text
                                          or a.item.category == b.item.category and a.rule != b.rule)
    if da and db:
        return da == db
    if da or db:
        named, generic = (a, b) if da else (b, a)
        if not _unnamed(generic):
            return False
        cat = generic.item.category
        return bool(cat) and cat not in BROAD and cat == named.item.category and \
            len(designations.get(cat, set())) == 1
    return _generic_covers(a, b) or _generic_covers(b, a) or retold_count(a, b, item_words(a), item_words(b))


def _rank(t: Transfer) -> tuple[int, int, int, int]:
    words = item_words(t)  # "artillery shells" before "weapons", which says less though longer in letters
    return (t.quantity is not None, t.item.designation is not None, not blanket(words), len(" ".join(words)))


def _best(a: Transfer, b: Transfer) -> Transfer:
    """The telling with a quantity (else a designation, else the more words that are not origin), given the other's
    designation when it has none ("four aircraft" after "the F-16 aircraft": four F-16s)."""
    best, other = (b, a) if _rank(b) > _rank(a) else (a, b)
    if best.item.designation is None and other.item.designation is not None:
        item = best.item.model_copy(update={"designation": other.item.designation})
        best = best.model_copy(update={"item": item})
    return best


def merge_duplicates(pairs: list[tuple[F, Transfer]]) -> list[tuple[F, Transfer]]:
    """The pairs (frame, row) with each transfer once: the best telling kept at the first's place.
    A telling with a quantity joins only a group with no other quantity ("four jets" and "224 jets"
    delivered to date stay two rows even when "the jets" is told between them)."""
    by_cat: dict[tuple[object, ...], dict[str, set[str]]] = {}
    for _, t in pairs:
        if t.item.designation and t.item.category:
            by_cat.setdefault(_party(t), {}).setdefault(t.item.category, set()).add(t.item.designation)
    out: list[tuple[F, Transfer]] = []
    told: list[list[Transfer]] = []  # every telling merged into each kept row
    for pair in pairs:
        t = pair[1]
        key = _party(t)
        same = next((i for i, (_, o) in enumerate(out) if _party(o) == key
                     and all(x.quantity in (None, t.quantity) or t.quantity is None for x in told[i])
                     and any(_same_item(x, t, by_cat.get(key, {})) for x in told[i])
                     and not any(kinds_differ(x, t, item_words(x), item_words(t)) for x in told[i])), None)
        if same is None:
            out.append(pair)
            told.append([t])
        else:
            told[same].append(t)
            out[same] = (pair[0] if _best(out[same][1], t) is t else out[same][0], _best(out[same][1], t))
    return out


def dedupe_told(pairs: list[tuple[F, Transfer]]) -> list[tuple[F, Transfer]]:
    """One pair per row told twice in one sentence (two frames of one phrase): the first, or the first with a count
    when the first had none ("sold rifles; the firm shipped 2,000 of them": the 2,000). A batch told against its
    whole with another count stays apart ("leasing five X; the first two arrived": five and two)."""
    out: list[tuple[F, Transfer]] = []
    keys: dict[tuple[object, ...], set[float | None]] = {}
    first: dict[tuple[object, ...], int] = {}
    for f, t in pairs:
        key = (t.supplier.id if t.supplier else None, t.recipient.id if t.recipient else None,
               t.item.text.lower(), t.stage, t.factuality, t.evidence.start,
               t.quantity if ":gapped-count" in t.rule or ":breakdown" in t.rule else None)  # "five X in 2011 and
        # two more in 2016": two; "X bought A: 36 in 2015 and 12 in 2022" (breakdowns.py): two
        had = keys.get(key)
        if had is None or ":antecedent" in t.rule and t.quantity is not None and None not in had and t.quantity not in had:
            keys.setdefault(key, set()).add(t.quantity)
            first.setdefault(key, len(out))
            out.append((f, t))
        elif had == {None} and t.quantity is not None:  # the count told after the bare telling: keep the count
            keys[key] = {t.quantity}
            out[first[key]] = (f, t)
    return out


def fold_unnamed_suppliers(pairs: list[tuple[F, Transfer]]) -> list[tuple[F, Transfer]]:
    """A seized load told twice, once with where it came from and once without ("rifles bound for Y ... the
    arms had come from X, but the police would not name the sender"): the telling without a supplier is the
    same seizure as the one with it (same recipient, item words and count) and is dropped."""
    def key(t: Transfer) -> tuple[object, ...]:
        return (_side(t.recipient), t.factuality, t.item.text.lower(), t.quantity)
    named = {key(t) for _, t in pairs if t.stage == "intercepted" and t.supplier is not None}
    return _fold_retold([(f, t) for f, t in pairs
                         if not (t.stage == "intercepted" and t.supplier is None and key(t) in named)])


def _retold(a: Transfer, b: Transfer) -> bool:
    """"seized 20 hand grenades and two rocket launchers ... the haul consisted of 20 M75 hand grenades, two X
    disposable rocket launchers": one seized item told twice, by the same count and head noun."""
    wa, wb = item_words(a), item_words(b)
    return a.stage == b.stage == "intercepted" and a.quantity is not None and a.quantity == b.quantity and \
        _side(a.recipient) == _side(b.recipient) and a.factuality == b.factuality and \
        _side(a.supplier) in (None, _side(b.supplier)) and bool(wa) and bool(wb) and wa[-1] == wb[-1] and \
        not (a.item.designation and b.item.designation and a.item.designation != b.item.designation)


def _fold_retold(pairs: list[tuple[F, Transfer]]) -> list[tuple[F, Transfer]]:
    """The seized rows told twice (`_retold`) once: the telling with a designation, else the longer."""
    dropped: set[int] = set()
    for i, (_, a) in enumerate(pairs):
        for j, (_, b) in enumerate(pairs):
            if i != j and i not in dropped and j not in dropped and _retold(a, b) and \
                    (_rank(b), len(b.item.text), -j) > (_rank(a), len(a.item.text), -i):
                dropped.add(i)
    return [p for k, p in enumerate(pairs) if k not in dropped]
