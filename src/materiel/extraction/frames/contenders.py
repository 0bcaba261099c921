"""The contenders of a competition listed as the complement of "be": "the shortlisted designs are X's A, B from Y
and C offered by Z", "the contenders are A and B", "contenders include A and B" (`listing_verbs`). Each listed system is offered (to the buyer the text is about,
extraction/offer_recipients.py); its bidder is its possessor, its "from" phrase or a demonym before it, else the
state that makes it. The subject nouns are `contest_nouns` and their modifiers `contest_modifiers` in words.toml
[contenders]. Options listed ("options include A from X", "the alternatives are A and B", `option_nouns`) are weighed
by the buyer: considered rows, whose buyer is a party named in the subject's own phrases ("options under study by
Y's navy", "contenders for Y's tender") when there is one."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState, Frame
from materiel.extraction.mentions.resolve import Resolved
from materiel.record.models import Actor

CONTEST_NOUNS = lexicon.word_set("contenders", "contest_nouns")
CONTEST_MODIFIERS = lexicon.word_set("contenders", "contest_modifiers")
CLAUSE_STOPS = lexicon.word_set("contenders", "clause_stops")
LISTING = lexicon.word_set("contenders", "listing_verbs") | {"be"}
OPTION_NOUNS = lexicon.word_set("contenders", "option_nouns")
OPTION_RULE = "contender:option"
OPTION_MARK = "option"


def option_told(f: Frame) -> bool:
    """Whether f is an option a buyer weighs, told with no buyer of its own: the text's state weighs it."""
    return OPTION_MARK in f.rule.split(":")


def _copula(n: Token) -> Token | None:
    """The "be" the subject n goes with: its head, or the "be" of "are said to be", "were expected to be"."""
    v = n.head
    if n.dep_ in ("nsubjpass", "nsubj") and v.lemma_ not in LISTING:
        v = next((c for c in v.children if c.dep_ == "xcomp" and c.lemma_ in LISTING), v)
    return v if v.lemma_ in LISTING and n.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "neg" for c in v.children) \
        else None


def _contest_subject(n: Token) -> bool:
    """"the contenders", "the shortlisted designs", "the competing aircraft": the subject of a copula."""
    if _copula(n) is None:
        return False
    return n.lemma_.lower() in CONTEST_NOUNS | OPTION_NOUNS or n.lower_ in CONTEST_NOUNS | OPTION_NOUNS or \
        any(c.dep_ in ("amod", "compound") and c.lower_ in CONTEST_MODIFIERS for c in n.children)


def _buyer(n: Token, finder: FinderState) -> list[Resolved]:
    """The party the subject's own phrases name before its verb: "options under study by Y's navy", "contenders for
    Y's tender" (not a member of the list the parser hung on the subject: "the designs are A, B offered by X")."""
    v = _copula(n) or n.head
    for t in n.subtree:
        if t.i != n.i and t.i < v.i and finder.res.is_actor_span(t) and not finder.items.is_materiel(t):
            found = finder.res.resolve_all(t)
            if found:
                return found
    return []


def _bidders(m: Token, segment: Span, finder: FinderState) -> list[Resolved]:
    """The bidder a listed system names: "X's A", "A from X", "A offered by X", "the Ruritanian A" (the first party of
    its own stretch of the list, however the parser hangs it), else the state that makes it."""
    for t in segment:
        if t.i != m.i and finder.res.is_actor_span(t) and not finder.items.is_materiel(t):
            found = finder.res.resolve_all(t)
            if found:
                return found
        r = finder.res._demonym_modifier(t) if t.dep_ in ("amod", "compound") else None
        if r is not None:
            return [r]
    return _maker(m, finder)


def _maker(m: Token, finder: FinderState) -> list[Resolved]:
    span = finder.items.span_at.get(m.i)
    origin = finder.res.lex.origin_of(span.kb_id_) if span is not None and span.kb_id_ else None
    c = finder.res.lex.countries.get(origin) if origin else None
    if c is None or span is None:
        return []
    return [Resolved(Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=span.text), 0.5, m)]


def _segment(m: Token, start: int, end: int) -> Span:
    """The stretch of the list that holds m: between the separators (",", ";", "and") on either side of it."""
    doc = m.doc
    seps = [t.i for t in doc[start:end] if t.text in (",", ";") or (t.dep_ == "cc" and t.lower_ in ("and", "or"))]
    left = max((i for i in seps if i < m.i), default=start)
    right = min((i for i in seps if i > m.i), default=end)
    return doc[left + 1 if left != start else start: right]


def _members(n: Token, finder: FinderState) -> tuple[list[Token], int, int]:
    """The heads of the systems listed after the copula (one per named span), however the parser hangs the list
    ("the A from X, the B and the C" read with B in apposition to the subject and C a conjunct of X)."""
    v = _copula(n) or n.head
    attrs = [c for c in v.children if c.dep_ == ("attr" if v.lemma_ == "be" else "dobj")]
    if not attrs or attrs[0].pos_ not in ("NOUN", "PROPN", "NUM"):
        return [], v.i, v.i  # "the bid was the cheapest": no list
    end = next((t.i for t in v.sent if t.i > v.i and (t.text in (";", ":") or t.lower_ in CLAUSE_STOPS or
                                                      (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "amod")))), v.sent.end)
    out: list[Token] = []
    for t in v.doc[v.i + 1: end]:
        span = finder.items.span_at.get(t.i)
        if span is None or t.i != span.end - 1:
            continue
        out.append(t)
    return out, v.i + 1, end


def contender_frames(finder: FinderState, sent: Span) -> list[Frame]:
    """Frames of the systems a sentence lists as a competition's contenders (see the module)."""
    out: list[Frame] = []
    for n in sent:
        if not _contest_subject(n):
            continue
        members, start, end = _members(n, finder)
        option = n.lemma_.lower() in OPTION_NOUNS or n.lower_ in OPTION_NOUNS
        buyer = _buyer(n, finder)
        for m in members:
            f = Frame(m, "consider", "considered", rule=OPTION_RULE, confidence=0.6) if option else \
                Frame(m, "offer", "offered", rule="contender:listed", confidence=0.6)
            segment = _segment(m, start, end)
            f.add("recipient", buyer)
            f.add("supplier", _bidders(m, segment, finder))
            f.items = [i for i in finder.items.items(m, 1) if segment.start <= i.head.i < segment.end]
            if not f.roles["supplier"]:
                f.generic.add("supplier")  # no bidder told or known: none, not another member's
            if f.items:
                out.append(f)
    return out
