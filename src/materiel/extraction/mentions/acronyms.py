"""Acronyms a text defines: "Excess Defense Articles (EDA)" says that here EDA is not the European
Defence Agency. A gazetteer alias that the text itself spells out as a different name is dropped."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from materiel import lexicon
from materiel.extraction.mentions.resolved import Resolved

# Lower-case words an expansion may hold without an initial ("Office of Defense Cooperation"): words.toml [acronyms].
_FUNCTION_WORDS = lexicon.word_set("acronyms", "function_words")
# Last words of a state's own body ("the Ruritanian Armed Forces (FARu)"): such a name may be defined by an acronym of
# its name in another language, whose letters do not follow the English words.
_BODY_HEADS = lexicon.word_set("resolve", "state_body_names")


def definitions(doc: Doc) -> dict[str, tuple[int, int]]:
    """Acronym -> the token range of the expansion it stands for, for each "Long Name (ACR)"."""
    out: dict[str, tuple[int, int]] = {}
    for t in doc[:-2]:
        if t.text != "(" or doc[t.i + 2].text != ")":
            continue
        acr = doc[t.i + 1].text
        letters = [ch for ch in acr if ch.isalpha()]
        if len(letters) < 2 or not acr.replace("-", "").replace("&", "").isalnum() or not acr[:1].isupper():
            continue
        start = _expansion_start(doc, t.i, [ch.upper() for ch in letters]) if acr[:2].isupper() else None
        if start is None and len(letters) <= 6 and sum(ch.isupper() for ch in letters) >= 2:
            start = _body_start(doc, t.i)  # "Ruritanian Army (EdR)": an acronym of another language
        if start is not None:
            out.setdefault(acr, (start, t.i))
    return out


def _expansion_start(doc: Doc, paren: int, letters: list[str]) -> int | None:
    j = len(letters) - 1
    i = paren - 1
    start = None
    while i >= 0 and j >= 0:
        w = doc[i]
        if w.lower_ in _FUNCTION_WORDS or w.text in ("-", "'s", "’s"):
            i -= 1
            continue
        if not w.text[:1].isupper() or w.text[:1] != letters[j]:
            return None
        start, j, i = i, j - 1, i - 1
    return start if j < 0 else None


def _body_start(doc: Doc, paren: int) -> int | None:
    """The first word of a capitalised name of a state's body that ends just before the bracket ("Ruritanian Armed
    Forces (FARu)", "Army of Ruritania (EdR)", "the Ruritanian Air Force's (FAR) jets"), when its acronym's letters
    do not follow its words."""
    end = paren - 1 if paren > 0 and doc[paren - 1].text in ("'s", "’s") else paren  # "X Air Force's (XAF) jets"
    start, i = end, end - 1
    while i >= 0 and end - i <= 7 and doc[i].lower_ != "the":
        if doc[i].text[:1].isupper() and doc[i].is_alpha:
            start = i
        elif doc[i].lower_ not in _FUNCTION_WORDS:
            break
        i -= 1
    run = doc[start:end]
    if len(run) < 2 or not run[-1].text[:1].isupper() or not any(w.lower_ in _BODY_HEADS for w in run):
        return None
    return start


def drop_redefined(doc: Doc, spans: list[Span]) -> list[Span]:
    """Drop an actor span whose text the document defines as an expansion that is not that actor."""
    defs = definitions(doc)
    if not defs:
        return spans
    drop: set[str] = set()
    for acr, (start, end) in defs.items():
        labels = {s.label_ for s in spans if s.text == acr}
        if not labels:
            continue
        inside = {s.label_ for s in spans if s.start >= start and s.end <= end}
        if not labels & inside and not _names_one_of(doc[start:end].text, labels, spans):
            drop.add(acr)
    return [s for s in spans if s.text not in drop]


def _names_one_of(expansion: str, labels: set[str], spans: list[Span]) -> bool:
    """The expansion is the actor's own name though the matcher did not find it (spelling, case)."""
    low = expansion.lower()
    return any(s.label_ in labels and s.text.lower() == low for s in spans)


def written_as(text: str) -> bool:
    """Written as an acronym: upper case ("GAF"), or a capital and another among lower-case letters ("EdR")."""
    return text.isupper() or text[:1].isupper() and text.isalpha() and sum(ch.isupper() for ch in text) >= 2


def expanded(tok: Token, resolve: Callable[[Token], Resolved | None]) -> Resolved | None:
    """"the GAF took delivery" after "the Ghana Air Force (GAF)": the actor the document's own expansion
    of the acronym names, when that expansion names one."""
    defs = tok.doc.user_data.get("materiel_acronyms")
    if defs is None:
        defs = tok.doc.user_data["materiel_acronyms"] = definitions(tok.doc)
    where = defs.get(tok.text)
    if where is None or where[0] <= tok.i < where[1]:
        return None
    r = resolve(tok.doc[where[0]:where[1]].root)
    return Resolved(r.actor.model_copy(update={"text": tok.text}), r.confidence, tok) if r is not None else None


def defined_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with one more for each later use of an acronym whose expansion is an actor span ("the Zeta
    Army (ZA) ... bound for the ZA ... destined for the group"): the acronym names that actor wherever the
    text uses it, for the descriptions and pronouns that look for a named actor before them."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    extra: list[Span] = []
    for acr, (start, end) in definitions(doc).items():
        named = next((s for s in spans if s.end == end and s.start >= start and s.kb_id_ == "actor"), None)
        if named is None:
            continue
        extra += [Span(doc, t.i, t.i + 1, label=named.label_, kb_id=named.kb_id_) for t in doc
                  if t.text == acr and t.i not in taken and t.i != end + 1]
    return sorted(spans + extra, key=lambda s: s.start) if extra else spans
