"""Subjects of a verb frame that the parse hides from the frame's reading.

- A subject swallowed into a fronted time phrase with no comma after it: "In May 2015 Karvell Marine, the
  shipbuilder, delivered two boats to X" read as "In (May 2015 Karvell Marine)", the verb left with no subject.
  When the clause of the trigger (the trigger or a verb above it through control or a deal noun: "signed a
  contract to sell") has no subject of its own, and a fronted time preposition before it holds a name that comes
  right after the date's year or day number and is no month or weekday, that name is the clause's subject.
- The subject of a deal's verb when the infinitive hangs on the deal's value phrase: "X signed a contract worth
  $90 million to supply Y with Z" (the infinitive a complement of "worth"), controlled as from the deal noun.

Either fills the frame's subject role when the frame's reading left it empty. A passive verb's swallowed subject
is its item: "In May 2021 four A boats were delivered to X" (the boats read inside the time phrase)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState, Frame

TIME_PREPS = lexicon.word_set("frame_words", "fronted_time_preps")
CALENDAR = lexicon.word_set("timex", "months") | lexicon.word_set("timex", "weekdays")
VALUE_WORDS = lexicon.word_set("items", "value_modifiers")
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
DATES = ("DATE", "TIME")


def _has_subject(t: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in t.children)


def _in_value(t: Token) -> bool:
    """Whether t is a value word hung on a noun or a word of its amount ("worth", "$90 million")."""
    return t.lower_ in VALUE_WORDS or t.head.lower_ in VALUE_WORDS and t.dep_ in ("npadvmod", "dobj", "pobj")


def _clause_verb(t: Token) -> tuple[Token, bool]:
    """The verb whose subject the trigger takes (up through control verbs and a deal noun's verb), and whether
    the way up passed through a deal's value phrase."""
    through_value = False
    while t.head is not t and not _has_subject(t) and \
            (t.dep_ in ("xcomp", "acl", "dobj", "conj") or t.dep_ in ("amod", "npadvmod") and _in_value(t)):
        through_value = through_value or _in_value(t.head) and t.dep_ in ("xcomp", "acl", "advcl")
        t = t.head
    return t, through_value


def _date_end(o: Token) -> int | None:
    """The index of the last year or day number of a date before the name o within o's phrase."""
    nums = [t.i for t in o.subtree if t.i < o.i and t.like_num and t.ent_type_ in DATES]
    return max(nums) if nums else None


def _swallowed(v: Token) -> Token | None:
    """The name a fronted time phrase of v holds that is v's missing subject."""
    for p in (c for c in v.children if c.dep_ == "prep" and c.i < v.i and c.lower_ in TIME_PREPS):
        for o in (c for c in p.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN") and c.lower_ not in CALENDAR):
            end = _date_end(o)
            if end is not None and end + 1 < len(o.doc) and o.doc[end + 1].lower_ not in CALENDAR:
                return o
    return None


def read_hidden(finder: FinderState, frames: list[Frame]) -> None:
    """Fill a verb frame's empty subject role from a subject the parse hid."""
    for f in frames:
        role = finder.classes[f.cls].get("subject")
        if f.trigger.pos_ not in ("VERB", "AUX") or role not in f.roles:
            continue
        v, through_value = _clause_verb(f.trigger)
        subjects = [c for c in v.children if c.dep_ == "nsubj"] if through_value else []
        o = _swallowed(v)
        if o is not None and o.pos_ == "PROPN" and _has_subject(v):
            o = None
        if o is not None and o.pos_ == "NOUN":  # a list's first member too: "In May 2021 four A, 12 B and ..."
            passive = any(c.dep_ == "auxpass" for c in v.children)
            have = {m.head.i for m in f.items}
            f.items.extend(m for m in (finder.items.items(o) if passive and v is f.trigger else []) if m.head.i not in have)
            o = None  # "In May 2021 four A boats were delivered": the swallowed subject is the item
        for s in (subjects + ([o] if o is not None else [])) if not f.roles[role] else []:
            f.add(role, finder.res.resolve_all(s))
