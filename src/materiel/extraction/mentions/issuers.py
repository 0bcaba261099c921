"""The issuer of a text that speaks in the first person: a firm's annual report or press release, a ministry's
release, a briefing or hearing transcript. Such a text tells transfers as "we delivered four boats to X", "our
subsidiary shipped ...", "X ordered six landing craft from us", "the Group is in talks with X".

- A firm issues the text when its title block names it before a title word ("Karvell Marine ASA - Annual Report
  2022", words.toml [issuers] `firm_titles`) or when the opening names it with a defined term of its own in
  brackets ("Tarnby Arms S.A. (the Company)", `self_nouns`). The firm's state is the one the resolver knows,
  else the dateline's.
- A state issues the text when no firm does and its title block (the lines before the first body line, and
  that line up to its first full stop) holds a word of a state's own text (`state_titles`: "Ministry of ...",
  "Briefing by the Official Spokesperson", "Hearing of the Subcommittee ..."); the state is the dateline's.

Then a first-person pronoun outside quotation marks and outside a questioner's turn is the issuer, and a
capitalised defined term ("the Group", "the Company") of a firm's text is the firm; a site or unit as a verb's
subject ("our plant at X shipped", "Karvell's yard delivered"; `site_nouns`) is the firm that owns it. In a transcript the turn of
a speaker whose label holds an office word (`office_labels`: "SPOKESPERSON:", "Official Spokesperson:") speaks
for the issuing state, and a questioner's "you" addresses it."""
from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Token

from materiel import lexicon
from materiel.extraction.mentions import envoy, interview
from materiel.extraction.mentions.resolved import Resolved
from materiel.extraction.mentions.topic_sources import dateline_state
from materiel.record.models import Actor

SELF_NOUNS = lexicon.word_set("issuers", "self_nouns")
FIRM_TITLES = lexicon.word_set("issuers", "firm_titles")
STATE_TITLES = lexicon.word_set("issuers", "state_titles")
OFFICE_LABELS = lexicon.word_set("issuers", "office_labels")
NAME_ENDS = lexicon.word_set("issuers", "name_ends")
SITE_NOUNS = lexicon.word_set("issuers", "site_nouns")
FIRST_PERSON = lexicon.word_set("envoys", "first_person")
FINITE = ("VB", "VBZ", "VBD", "VBP", "MD")
DASHES = ("-", "--", "\u2013", "\u2014")
NOT_FIRMS = ("state", "government_body", "person", "igo")
CONFIDENCE = 0.7
MAX_NAME = 6  # tokens of a firm's name in a title


class IssuerResolver(Protocol):
    """What this module asks of `mentions.resolve.ActorResolver`."""

    doc: Doc
    lex: lexicon.Lexicon

    def resolve(self, tok: Token, _depth: int = 0) -> Resolved | None: ...


def _opening(doc: Doc) -> tuple[list[Token], list[Token]]:
    """The title block's tokens and the first body line's tokens (a line of envoy.BODY_WORDS words or more)."""
    title: list[Token] = []
    start, lines = 0, 0
    text = doc.text
    while start < len(text) and lines < envoy.HEADER_LINES:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        span = doc.char_span(start, end, alignment_mode="contract") if text[start:end].strip() else None
        toks = list(span) if span is not None else []
        if lines and len(text[start:end].split()) >= envoy.BODY_WORDS:  # the first line is the title
            return title, toks
        if toks:
            lines += 1
            title += toks
        start = end + 1
    return title, []


def _firm_name(doc: Doc, title: list[Token], body: list[Token]) -> list[Token] | None:
    """The name of the firm issuing the text (see the module), as its tokens."""
    line = [t for t in title if not t.is_space and "\n" not in doc.text[title[0].idx: t.idx]]  # the first line
    if line and any(t.lower_ in FIRM_TITLES for t in line) and line[-1].text not in (".", "!", "?"):
        end = next((k for k, t in enumerate(line) if t.text in NAME_ENDS), None)
        if end is not None and 0 < end <= MAX_NAME and line[0].text[:1].isupper() and \
                not any(t.lower_ in FIRM_TITLES or t.like_num for t in line[:end]):  # "PRESS RELEASE - ..."
            return line[:end]
    for t in title + body:
        if t.text == "(" and any(x.lower_ in SELF_NOUNS and doc[x.i - 1].lower_ == "the"
                                 for x in doc[t.i + 1: t.i + 8]):
            name: list[Token] = []
            for x in reversed(doc[max(0, t.i - MAX_NAME): t.i]):
                if not (x.text[:1].isupper() or "." in x.text and x.is_lower) or x.lower_ in NAME_ENDS:
                    break
                name.insert(0, x)
            return name or None
    return None


def _state_issued(title: list[Token], body: list[Token]) -> bool:
    """The title block, or the first body line before its first full stop, holds a word of a state's text."""
    head = []
    for t in body:
        if t.text == ".":
            break
        head.append(t)
    dash = next((k for k, t in enumerate(head) if t.text in DASHES), len(head))
    if any(t.text == "(" for t in head[:dash]):
        return False  # "OSLO, May 2 (Reuters) -": a wire story, whatever its headline says
    if any(t.pos_ in ("VERB", "AUX") for t in head):
        head = []  # "OSLO -- The ministry said ...": a story's lede, no issuer
    if any(t.tag_ in FINITE for t in title):
        title = []  # "Ministry confirms sale of ...": a story's headline, no issuer
    return any(t.lower_ in STATE_TITLES for t in title + head)


def issuer(res: IssuerResolver) -> Resolved | None:
    """The issuer of the resolver's document (see the module), read once and kept on the resolver."""
    if hasattr(res, "_issuer"):
        return res._issuer  # type: ignore[no-any-return]
    res._issuer = None  # type: ignore[attr-defined]  # guards against cycles while it is read
    res._issuer = _read(res)  # type: ignore[attr-defined]
    return res._issuer  # type: ignore[attr-defined,no-any-return]


def _read(res: IssuerResolver) -> Resolved | None:
    doc = res.doc
    title, body = _opening(doc)
    home = dateline_state(doc.text)
    name = _firm_name(doc, title, body)
    known = res.resolve(name[-1]) if name else None
    if name and (known is None or known.actor.kind not in NOT_FIRMS):
        country = known.actor.country if known is not None else None
        text = " ".join(t.text for t in name)
        actor = Actor(id=lexicon.slug(text), name=text, kind="company", country=country or home, text=text)
        return Resolved(actor, CONFIDENCE, name[-1])
    state = res.lex.countries.get(home or "")
    if state is None or not _state_issued(title, body):
        return None
    actor = Actor(id=state.iso3, name=state.name, kind="state", country=state.iso3, text=state.name)
    return Resolved(actor, CONFIDENCE, doc[0])


def _quoted(t: Token) -> bool:
    """The token stands inside quotation marks of its paragraph."""
    start = t.doc.text.rfind("\n\n", 0, t.idx) + 1
    return sum(t.doc.text[start:t.idx].count(q) for q in envoy.QUOTES) % 2 == 1


def _as(found: Resolved | None, tok: Token) -> Resolved | None:
    if found is None:
        return None
    return Resolved(found.actor.model_copy(update={"text": tok.text}), found.confidence, tok)


def first_person(tok: Token, res: IssuerResolver) -> Resolved | None:
    """The issuer for "we", "us", "our" outside quotation marks and outside any speaker's turn."""
    if tok.lower_ not in FIRST_PERSON or _quoted(tok):
        return None
    found = issuer(res)
    return _as(found, tok) if found is not None and found.token.i < tok.i else None


def turn_state(tok: Token, label: str, res: IssuerResolver) -> Resolved | None:
    """The issuing state for the party of a turn whose label holds an office word ("SPOKESPERSON:")."""
    if _quoted(tok) or not _speaks_for_issuer(label):
        return None
    found = issuer(res)
    return _as(found, tok) if found is not None and found.actor.kind == "state" else None


def _speaks_for_issuer(label: str) -> bool:
    return not interview.is_label(label) and bool(set(label.split()) & OFFICE_LABELS)


def self_named(tok: Token, res: IssuerResolver) -> Resolved | None:
    """A firm's capitalised defined term for itself ("the Group", "The Company's"), after the firm's naming."""
    if tok.lower_ not in SELF_NOUNS or not tok.text[:1].isupper() or tok.i == 0 or tok.doc[tok.i - 1].lower_ != "the":
        return None
    if any(c.dep_ in ("compound", "amod", "nmod") for c in tok.children):
        return None  # "the Karvell Group": a name of its own
    found = issuer(res)
    if found is None or found.actor.kind != "company" or found.token.i >= tok.i or \
            (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ")"):
        return None
    return _as(found, tok)


def site_owner(tok: Token, res: IssuerResolver) -> Resolved | None:
    """The firm a site or unit acting as a verb's subject belongs to ("our plant at X shipped", "Karvell's yard
    delivered"): the firm its possessive names, or the issuer for "our"."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lemma_.lower() not in SITE_NOUNS or tok.pos_ != "NOUN":
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None or any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in tok.children):
        return None  # "our subsidiary Fjordverk": the name resolves itself
    found = res.resolve(poss)
    return _as(found, tok) if found is not None and found.actor.kind != "person" else None
