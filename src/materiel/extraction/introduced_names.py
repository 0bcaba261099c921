"""Names a document gives its materiel: a proper name written before a recognised system noun ("the
Ka-60 Tarpan Falcon helicopters", "twelve Harrow armoured vehicles") names that system for the rest of
the text, so a later bare "the 12 Tarpans", "a Harrow" or "Harrows" is the same item, as a reader
takes it. Only a capitalised word tagged as a proper noun, inside or right before the system noun's
phrase, in a sentence that is not title-cased (a headline), and not an actor's name, a place or a
nationality (the tagger often takes a system's name for a person's). The words never taken and the categories too vague to name (`weapons`,
`equipment`) are data (words.toml [introduced_names])."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from materiel import lexicon

NEVER = lexicon.word_set("introduced_names", "never")
VAGUE = lexicon.word_set("introduced_names", "vague_categories")
NOT_NAMES = {"GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL"}
MAX_RUN = 3  # name words a system noun's phrase may hold before it
MAX_MODIFIERS = 2  # lower-case words between the name and the system noun
TITLE_SHARE = 0.6  # a line with this share of capitalised words and no stop is a headline
STOPS = {".", "!", "?", '"', "\u201d", ")"}


def _title_cased(tok: Token) -> bool:
    """A headline: most words capitalised and no closing stop ("Kenya Buys New Scout Helicopters")."""
    sent = tok.sent
    last = next((t for t in reversed(sent) if not t.is_space), sent[-1])
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return last.text not in STOPS and bool(words) and sum(t.text[0].isupper() for t in words) / len(words) >= TITLE_SHARE


def _name_word(tok: Token, actors: set[int]) -> bool:
    return (tok.is_alpha and len(tok) >= 3 and tok.text[0].isupper() and not tok.text.isupper()
            and tok.pos_ == "PROPN" and tok.lower_ not in NEVER and tok.i not in actors
            and tok.ent_type_ not in NOT_NAMES)


def _run_before(doc: Doc, span: Span, actors: set[int]) -> list[Token]:
    """The name words before the system noun of span, past the noun's lower-case modifiers ("Tarpan
    utility helicopters")."""
    head = span.end - 1
    i, words = head - 1, 0
    while i >= 0 and words <= MAX_MODIFIERS:
        t = doc[i]
        if t.text == "-" and i > 0 and doc[i - 1].is_alpha:  # "Griffon multi-role armoured vehicles"
            i -= 1
            continue
        if not (t.text.islower() and t.is_alpha and (i >= span.start or doc[i + 1].text == "-" or
                                                       (t.dep_ in ("compound", "amod") and t.head.i == head))):
            break
        i, words = i - 1, words + 1
    run: list[Token] = []
    while i >= 0 and len(run) < MAX_RUN and _name_word(doc[i], actors):
        run.insert(0, doc[i])
        i -= 1
    return run


def _opens_phrase(tok: Token) -> bool:
    """A word a named system may follow in its phrase: a designation ("MQ-9"), a number or
    determiner ("three", "the", "its") or a lower-case adjective ("armed")."""
    return (any(c.isdigit() for c in tok.text) and any(c.isalpha() for c in tok.text)) or tok.like_num or \
        tok.pos_ in ("DET", "NUM") or tok.tag_ == "PRP$" or (tok.pos_ == "ADJ" and tok.text.islower())


def _system_noun(s: Span) -> bool:
    """A generic noun's span, or a designation written before one ("XK-9 multirole fighters")."""
    return not s.kb_id_ or (len(s) > 1 and s.kb_id_ == s[0].text)


def learn(doc: Doc, spans: list[Span], actors: set[int]) -> dict[str, tuple[str, str]]:
    """Name (the first word of a run) -> (category, designation) of the system it names."""
    names: dict[str, tuple[str, str]] = {}
    for s in spans:
        if s.label_ in VAGUE or not _system_noun(s) or _title_cased(s[0]):
            continue
        run = _run_before(doc, s, actors)
        if not run or run[0].is_sent_start or not _opens_phrase(doc[run[0].i - 1]):
            continue
        names.setdefault(run[0].text, (s.label_, s.kb_id_ or " ".join(t.text for t in run)))
    return names


def _bare_use(tok: Token, plural: bool) -> bool:
    """A name standing as its own phrase: counted, determined or plural, and not the modifier of a
    following noun or part of a longer name ("the Harrow plant", "Harrow Motors")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.text[:1].isupper()):
        return False
    return plural or (tok.i > 0 and _opens_phrase(tok.doc[tok.i - 1]))


def _named(text: str, names: dict[str, tuple[str, str]]) -> tuple[tuple[str, str], bool] | None:
    """The system a word names, and whether the word is the name's plural."""
    for key in (text, text[:-1] if text.endswith("s") else "", text[:-2] if text.endswith("es") else ""):
        if key and key in names:
            return names[key], key != text
    return None


def rescue(doc: Doc, spans: list[Span], actors: set[int]) -> list[Span]:
    """Spans for the later bare uses of the names the document gave its systems."""
    names = learn(doc, spans, actors)
    if not names:
        return []
    covered = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    for t in doc:
        if t.i in covered or t.i in actors or not t.text[:1].isupper():
            continue  # (no test of the entity type: the tagger types a name it does not know at random)
        found = _named(t.text, names)
        if found is not None and _bare_use(t, found[1]) and not _title_cased(t):
            out.append(Span(doc, t.i, t.i + 1, label=found[0][0], kb_id=found[0][1]))
    return out
