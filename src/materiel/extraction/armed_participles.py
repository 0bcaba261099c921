"""A participle of arming read as an adjective of its object: in "a weekly claimed that X had trained and armed
Y" the small English model makes "armed" an adjective ("amod") of "Y", and "Y" a conjunct of "trained"; in "X
had armed Y" it reads "had" as the main verb (possession) and "armed Y" as its object. The arming is lost. The
spaCy component ``materiel_armed_participles`` (after the parser) mends both readings of a participle of words.toml
[armed_participles] participles:

- after "and"/"or" joined to a past verb with no object of its own ("trained and armed Y"): the participle is a
  verb conjoined to that verb, the noun its object;
- right after a form of "have" read as the main verb, over a name ("had armed Y", a proper noun; "had armed
  guards" is possession and stays): "have" is the participle's auxiliary, the participle the verb, the name its
  object;
- a participle whose subject the parser hung on its "have" ("X had armed Y"): the subject is the participle's;
- a modifier of a noun that has a subject and a "have" of its own ("claimed that X had armed Y" with "armed" on
  "Y"): the clause's verb, in the noun's place, the noun its object."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

_WORDS = lexicon.toml("words.toml")["armed_participles"]
LEMMAS: dict[str, str] = dict(zip(_WORDS["participles"], _WORDS["lemmas"], strict=True))  # "armed": "arm"
OBJECT_DEPS = ("dobj", "obj")


def _candidate(t: Token) -> Token | None:
    """The noun t modifies when t is a participle of arming read as its adjective (before it, in its phrase)."""
    noun = t.head
    if t.lower_ not in LEMMAS or t.dep_ != "amod" or noun.pos_ not in ("NOUN", "PROPN") or t.i > noun.i:
        return None
    if t.i != noun.left_edge.i or any(c.dep_ == "det" for c in noun.children):
        return None  # "the armed groups": a determiner before the adjective keeps it one
    return noun


def _as_verb(t: Token, noun: Token, head: Token, dep: str, tag: str) -> None:
    t.pos_, t.tag_, t.lemma_ = "VERB", tag, LEMMAS[t.lower_]
    t.head, t.dep_ = head, dep
    noun.head, noun.dep_ = t, "dobj"


def _coordinated(t: Token, noun: Token) -> bool:
    """"trained and armed Y": t after a conjunction whose verb, past and with no object, has the noun as its
    conjunct; mended to a verb conjoined to that verb."""
    if t.i < 1 or noun.dep_ != "conj":
        return False
    cc, verb = t.doc[t.i - 1], noun.head
    if cc.dep_ != "cc" or cc.head.i != verb.i or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or \
            any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return False
    _as_verb(t, noun, verb, "conj", verb.tag_)
    return True


def _possessed(t: Token, noun: Token) -> bool:
    """"X had armed Y" with "had" the main verb and Y a name: "had" the auxiliary of the participle."""
    if t.i < 1 or noun.pos_ != "PROPN" or noun.dep_ not in OBJECT_DEPS:
        return False
    have = t.doc[t.i - 1]
    if have.lemma_.lower() != "have" or have.pos_ != "VERB" or noun.head.i != have.i:
        return False
    root = have.head.i == have.i
    for c in [c for c in have.children if c.i != noun.i]:
        c.head = t
    _as_verb(t, noun, t if root else have.head, have.dep_, "VBN")
    have.head, have.dep_, have.pos_ = t, "aux", "AUX"
    return True


def _clausal(t: Token) -> bool:
    """"claimed that X had armed Y" parsed with "armed" a modifier of Y that has its own subject and auxiliary:
    the clause's verb, in Y's place, with Y its object."""
    noun = t.head
    if t.lower_ not in LEMMAS or t.dep_ != "amod" or t.pos_ != "VERB" or noun.pos_ not in ("NOUN", "PROPN") or \
            t.i > noun.i or noun.head.i == noun.i:
        return False
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in t.children) or \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):  # (after _subject_on_have)
        return False
    dep = "ccomp" if noun.dep_ in OBJECT_DEPS else noun.dep_
    _as_verb(t, noun, noun.head, dep, "VBN")
    return True


def _subject_on_have(t: Token) -> None:
    """"X had armed Y" with X hung on "had": X the subject of the participle, which has none of its own."""
    if t.lower_ not in LEMMAS or t.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return
    for have in (c for c in t.children if c.dep_ == "aux" and c.lemma_.lower() == "have"):
        for c in [c for c in have.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < have.i]:
            c.head = t


@Language.component("materiel_armed_participles")
def armed_participles(doc: Doc) -> Doc:
    for t in doc:
        _subject_on_have(t)
        if _clausal(t):
            continue
        noun = _candidate(t)
        if noun is not None and not _coordinated(t, noun):
            _possessed(t, noun)
    return doc
