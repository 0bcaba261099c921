"""The topic state: the state a text is about, which an unnamed "the Ministry", "the government" or "the
air force" of the text belongs to when nothing nearer names a state, and the buyer of an offer naming none.

Three sources, each a named step (`STEPS`) of the one entry point `TopicStates.decide`:

- "issuer": an official text's opening institution line ("MINISTRY OF NATIONAL DEFENCE OF THE REPUBLIC OF
  X", "German Bundestag", "Ministry of Defence of X press release"): a short line, not a sentence, with an
  institution noun (`resolve.issuer_nouns`) and the name of one state.
- "home": a report's first line (the title, else the lede): the one state it names or, naming several,
  the state of its main clause's subject ("Kazakhstan turns to Turkey and Europe as ...").
- "headline": salience: the state named most, a name in the headline (the first line) or the wire
  dateline ("ACCRA, May 2 (Reuters) -") counting HEADLINE_WEIGHT times, when it is named at least
  TOPIC_MIN times and TOPIC_MARGIN times as often as any other state.

Which steps each use tries, and in what order, is the data of `USES`; the first step that finds a state
decides, and the `TopicState` it gives names that step. Each step runs at most once per document."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Doc, Span, Token

from materiel import lexicon
from materiel.extraction.mentions.portfolio_bodies import is_portfolio, national, placed
from materiel.extraction.mentions.resolved import Resolved
from materiel.extraction.mentions.topic_sources import (
    TOPIC_BODIES,
    dateline_state,
    first_line_state,
    headline_state,
    issuing_state,
    title_sentence,
)
from materiel.record.models import Actor

Source = Literal["issuer", "home", "headline"]
Use = Literal["issuer_body", "home_body", "topic_body", "force_body", "offer_buyer", "seized_group", "interviewee"]

# The steps each use tries, in order; the first that finds a state decides. The sources can disagree (a
# first line on one state, a dateline on another), so a change here changes output. A resolver tries
# "home_body" before the nearest clause's subject and "topic_body" (mentions/coreference.py), and
# "issuer_body" when no description reading placed "the Ministry" (mentions/resolve.py).
USES: dict[Use, tuple[Source, ...]] = {
    "issuer_body": ("issuer",),           # "the Ministry", "the Federal Government" of an official text
    "home_body": ("home",),               # "the government", "the defence ministry" of a feature
    "topic_body": ("headline",),          # "the ministry", "the air force" no clause just before places
    "force_body": ("headline", "home"),   # "the air force", "the army": the forces of a feature's state too
    "offer_buyer": ("headline", "home"),  # the buyer of an offer that names none
    "seized_group": ("headline", "home"),  # the state of a group a seized shipment was bound for
    "interviewee": ("home", "headline"),  # an interview's answering officeholder (mentions/interview.py)
}

STATE_KINDS = ("state", "government_body")
ISSUER_BODIES = lexicon.word_set("resolve", "issuer_bodies")
HOME_BODIES = lexicon.word_set("resolve", "home_bodies")
MODIFIED = ("compound", "amod")  # the words of a listed body's phrase before its head ("the ruling council")
FORCE_BODIES = lexicon.word_set("resolve", "force_bodies")


@dataclass(frozen=True)
class TopicState:
    """The state a text is about for one use, and the step that decided it (`Source`)."""
    iso3: str
    source: Source


@dataclass(eq=False)
class TopicStates:
    """The topic states of one parsed document: `resolve` and `span_actor` are its actor resolver's."""
    doc: Doc
    lex: lexicon.Lexicon
    by_token: dict[int, Span]
    resolve: Callable[[Token], Resolved | None]
    span_actor: Callable[[Span], Actor | None]
    found: dict[Source, str] = field(default_factory=dict)  # each step's state ("" for none), once run

    def decide(self, use: Use) -> TopicState | None:
        """The state the text is about for `use`: that of the first of its steps that finds one."""
        for source in USES[use]:
            if source not in self.found:
                self.found[source] = STEPS[source](self) or ""
            if self.found[source]:
                return TopicState(self.found[source], source)
        return None


def issuer_step(text: TopicStates) -> str | None:
    """Step "issuer": the state an institution line among the text's opening lines names."""
    return issuing_state(text.doc.text, text.lex)


def home_step(text: TopicStates) -> str | None:
    """Step "home": the state of the text's first line, that of its dateline when it opens with one."""
    first = title_sentence(text.doc)
    place = dateline_state(first.text) if first is not None else None
    return place or first_line_state(text.doc, text.by_token, text.resolve, text.span_actor)


def headline_step(text: TopicStates) -> str | None:
    """Step "headline": the state named most, counting the headline's and the dateline's names more."""
    named = [(span, a.country) for span in text.doc.spans.get("actors", []) if span.kb_id_ != "demonym"
             for a in [text.span_actor(span)] if a is not None and a.kind in STATE_KINDS and a.country]
    return headline_state(text.doc, [(sp, c) for sp, c in named if c])


STEPS: dict[Source, Callable[[TopicStates], str | None]] = {
    "issuer": issuer_step, "home": home_step, "headline": headline_step}


def is_home_body(tok: Token, named: set[int] | None = None) -> bool:
    """"the government", "the defence ministry" (use "home_body"): a body of no state the phrase names; also
    one named by its leader, a capitalised word no recognised name holds (`named`): "the Varga government"."""
    phrase = " ".join(t.lower_ for t in tok.lefts if t.dep_ == "compound") + " " + tok.lower_
    listed = {t.i for t in tok.lefts if t.dep_ in MODIFIED} if modified(tok) in HOME_BODIES else set()
    if not listed and phrase.strip() not in HOME_BODIES and tok.lemma_.lower() not in HOME_BODIES:
        return False
    return not any((c.dep_ in ("poss", "amod", "nmod", "prep", "appos") or (c.dep_ == "compound" and c.pos_ == "PROPN"))
                   and c.i not in listed and not _leader_name(c, named) for c in tok.children)


def modified(tok: Token) -> str:
    """The body's phrase with its adjectives ("ruling council", "military junta"), lower-cased."""
    return " ".join([t.lower_ for t in tok.lefts if t.dep_ in MODIFIED] + [tok.lower_])


def _leader_name(c: Token, named: set[int] | None) -> bool:
    """A single capitalised modifier before the body that names no state, firm or group: its leader's name."""
    return named is not None and c.dep_ in ("amod", "compound") and c.i < c.head.i and c.text.istitle() \
        and c.is_alpha and c.i not in named and not list(c.children) and c.i > 0 and c.doc[c.i - 1].lower_ == "the"


def is_topic_body(tok: Token) -> bool:
    """"the ministry", "the air force" (use "topic_body"): a body every state has, told without naming whose."""
    words = [t.lower_ for t in tok.lefts if t.dep_ == "compound"] + [tok.lower_]
    return " ".join(words) in TOPIC_BODIES or tok.lemma_.lower() in TOPIC_BODIES


def body_use(tok: Token) -> Use:
    """"force_body" for a state's armed service ("the air force", `resolve.force_bodies`), else "topic_body":
    in a feature on one state's buying its forces are that state's, but its ministry may be a seller's."""
    words = [t.lower_ for t in tok.lefts if t.dep_ == "compound"] + [tok.lower_]
    newline = tok.doc.text.find("\n")
    if newline < 0 or tok.idx < newline:  # in the first line itself the forces are no feature's: "Navy seizes X bound for Y"
        return "topic_body"
    return "force_body" if " ".join(words) in FORCE_BODIES or tok.lemma_.lower() in FORCE_BODIES else "topic_body"


def is_bare_body(tok: Token) -> bool:
    """"the Army", "The Air Force" told as a name the tagger marks (ORG) but naming no state: a topic body
    with "the" and no other modifier, so it resolves as "the air force" does (mentions/resolve.py)."""
    words = [t.lower_ for t in tok.lefts if t.dep_ == "compound"] + [tok.lower_]
    phrase = " ".join(words)  # "the Government" alone stays the issuer's (issuer_body): a name in a debate
    told = any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)  # "the Ministry of Defence": a portfolio
    if phrase not in TOPIC_BODIES and not national(tok) or (phrase in ISSUER_BODIES and not told) or not (any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or _in_title(tok)):
        return False  # "the Bangladesh Navy" names its state
    return national(tok) or not any(c.dep_ in ("amod", "nmod", "poss", "appos") or (c.dep_ == "prep" and c.lower_ == "of" and
                   not (is_portfolio(tok, c) and not placed(tok))) for c in tok.children)  # unplaced portfolio


def _in_title(tok: Token) -> bool:
    """tok is in the text's first line ("Navy commissions two ...": a title drops "the")."""
    words = (t for t in tok.doc[: tok.i] if not (t.is_space and t.i == 0))
    return not any("\n" in t.text or "\n" in t.whitespace_ for t in words)


def state_body(tok: Token, iso3: str, lex: lexicon.Lexicon, surface: str, named: set[int]) -> Resolved | None:
    """"the Ministry", "the Federal Government" (no name of its own; `named` holds the tokens of
    recognised names) as the body of the state iso3 (uses "issuer_body" and "home_body")."""
    if not {tok.lemma_.lower(), tok.lower_, modified(tok)} & (ISSUER_BODIES | HOME_BODIES):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if any(c.dep_ == "poss" or (c.dep_ in ("compound", "nmod", "amod") and c.i in named) or
           (c.dep_ in ("prep", "appos") and any(t.i in named for t in c.subtree)) for c in tok.children):
        return None  # "the Ministry of X", "the Iraqi government": a body named in the phrase itself
    # ("the Ministry of National Defence (MApN)" names no state: the issuer's own ministry)
    country = lex.countries.get(iso3)
    if country is None:
        return None
    name = " ".join(t.text for t in tok.subtree if t.i <= tok.i and t.dep_ != "det")
    actor = Actor(id=f"{iso3}-{lexicon.slug(name)}", name=f"{country.name} {name}", kind="government_body",
                  country=iso3, text=surface)
    return Resolved(actor, 0.6, tok)
