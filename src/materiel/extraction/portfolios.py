"""One body named with two portfolios: "the Ministry of Defence and Veterans Affairs" is one ministry, not
"the Ministry of Defence" and an organisation called "Veterans Affairs". The spaCy component
``materiel_portfolios`` (after the tagger's entities, before the actor recognizer) joins an ORG entity
"<body> of X" with an ORG entity just after "and" that ends in a portfolio word. The words are data
(`words.toml` [portfolios])."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from materiel import lexicon

BODIES = lexicon.word_set("portfolios", "bodies")
PORTFOLIO_WORDS = lexicon.word_set("portfolios", "portfolio_words")


def _body_of(span: Span) -> bool:
    """"(the) Ministry of Defence": a body noun followed by "of"."""
    words = [t.lower_ for t in span if t.lower_ != "the"]
    return len(words) >= 3 and words[0] in BODIES and words[1] == "of"


def joined(doc: Doc) -> list[Span]:
    """The document's entities with each two-portfolio name joined into one ORG span."""
    ents = list(doc.ents)
    out: list[Span] = []
    i = 0
    while i < len(ents):
        a = ents[i]
        b = ents[i + 1] if i + 1 < len(ents) else None
        if b is not None and a.label_ == "ORG" and b.label_ == "ORG" and _body_of(a) and b.start == a.end + 1 and \
                doc[a.end].lower_ == "and" and b[-1].lower_ in PORTFOLIO_WORDS:
            out.append(Span(doc, a.start, b.end, label="ORG"))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


@Language.component("materiel_portfolios")
def portfolios(doc: Doc) -> Doc:
    """Join two-portfolio body names split by the tagger (see the module)."""
    if doc.ents:
        doc.ents = joined(doc)
    return doc
