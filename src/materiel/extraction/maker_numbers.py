"""A maker's name and a bare model number written apart: "two Vandor 220 planes", "a Bell 412 helicopter",
"four Saab 340s". The maker word (one of [maker_numbers.makers] in words.toml) and the number make one
designation, so the item keeps its maker ("Vandor 220 planes", not "220 planes"); its origin is the gazetteer's
entry's, when there is one (a licence-built model is sold by its builder's state, so the maker's state is not
taken for it). The gazetteer's entry for the pair is its designation when that entry's name holds the
number ("Saab-340", "Do-228" for "Dornier 228"); an entry that only lists the pair among another system's aliases
("Bell 412" under a military type it descends from) gives way to the pair as written. A pair right before
another designated name is that name's base ("Saab 2000 Erieye": the variant stays the designation). A civil
model (civil_items.csv) keeps its civil reading: the civil filter still weighs its parties and sentence (a civil
type bought by a state with no military word in its clause stays civil, as tests/test_s14_hD.py requires).

The number has two to four digits and may carry a variant's capitals and a plural "s" ("412EPI", "208B",
"340s"); a date ("Saab 2024 results") or a count of a later noun that names no materiel ("Saab 30 jobs") is no
model."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from materiel import lexicon

NUMBER = re.compile(r"^(\d{2,4}[A-Z]{0,4})s?$")


@lru_cache(maxsize=1)
def makers() -> dict[str, str]:
    """Lower-case maker word -> the category of its models."""
    return lexicon.word_table("maker_numbers", "makers")


def _model(doc: Doc, i: int, items: set[int]) -> str | None:
    """The model number after the maker word at i, without a plural "s"; None when there is none, or when the
    number counts a later noun that names no materiel (`items`: "Saab 30 jobs were cut")."""
    t = doc[i]
    if i + 1 >= len(doc) or t.text[:1].islower() or t.lower_ not in makers() or not t.whitespace_:
        return None
    n = doc[i + 1]
    m = NUMBER.match(n.text)
    if m is None or n.ent_type_ == "DATE" or (n.dep_ == "nummod" and n.head.i > n.i and n.head.i not in items):
        return None
    return m.group(1)


@lru_cache(maxsize=1)
def _entries() -> dict[str, lexicon.MaterielEntry]:
    """A designated system's one-word names with a digit, hyphens and case dropped ("saab340" for "Saab-340")."""
    found: dict[str, lexicon.MaterielEntry] = {}
    for e in lexicon.load().materiel:
        for p in (e.name, *e.aliases, e.name.split(" ")[0]):  # "Vandor-220 Courier" named by "Vandor-220" too
            if not e.generic and any(c.isdigit() for c in p):
                found.setdefault(p.replace("-", "").replace(" ", "").lower(), e)
    return found


def known(maker: str, number: str) -> lexicon.MaterielEntry | None:
    """The gazetteer's entry for the pair, the number's variant capitals dropped when only the base is listed."""
    key = (maker + number).lower()
    return _entries().get(key) or _entries().get(key.rstrip("abcdefghijklmnopqrstuvwxyz"))


@Language.component("materiel_maker_numbers")
def maker_numbers(doc: Doc) -> Doc:
    doc.spans["materiel"] = mark(doc, list(doc.spans.get("materiel", [])))
    return doc


def mark(doc: Doc, spans: list[Span]) -> list[Span]:
    """`spans` with each maker-and-number pair made one designation span (see the module)."""
    extra: list[Span] = []
    items = {i for s in spans for i in range(s.start, s.end)}
    named = {s.start for s in spans if s.kb_id_}
    for t in doc[:-1]:
        number = _model(doc, t.i, items)
        if number is None or t.i + 2 in named:  # "Saab 2000 Erieye": the variant the next name tells
            continue
        entry = known(t.text, number)
        own = entry is not None and re.sub(r"\D", "", number) in entry.name  # "Do-228" for "Dornier 228"
        after = next((s for s in spans if s.start == t.i + 2 and not s.kb_id_), None)  # "... 220 planes"
        label = entry.category if entry is not None else after.label_ if after is not None else makers()[t.lower_]
        name = entry.name if own and entry is not None else f"{t.text} {number}"
        extra.append(Span(doc, t.i, t.i + 2, label=label, kb_id=name))
    if not extra:
        return spans
    taken = {i for e in extra for i in range(e.start, e.end)}
    keep = [s for s in spans if not any(i in taken for i in range(s.start, s.end))]
    return filter_spans(keep + extra)
