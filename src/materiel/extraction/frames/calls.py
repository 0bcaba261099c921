"""Calls for a refusal are no refusal: a speaker saying what a supplier must or should do ("Norway must halt arms
exports to Chad", "X should suspend licences for Y"), demanding it ("senators demanded that the government halt
the sale", "called for a halt to arms sales"), wanting it of another ("the group wants Spain to suspend deliveries") or listing it under a heading
that calls or recommends ("We call on:" and "- Peru and Chile to stop selling rifles to X;"), or proposing it in a
motion or bill no one adopted ("rejected a motion to suspend arms sales to X"). The frames of such
a refusal are dropped: the text reports a demand on the supplier, not a step it took (words.toml [calls])."""
from __future__ import annotations

import re

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

OBLIGATION = lexicon.word_set("calls", "obligation_modals")
NEEDING = lexicon.word_set("calls", "needing_verbs")
DEMANDING = lexicon.word_set("calls", "demanding_verbs")
WANTING = lexicon.word_set("calls", "wanting_verbs")
CALLING = lexicon.word_set("calls", "calling_words")
SEEKING = lexicon.word_set("calls", "seeking_verbs")
CALLING_FOR = lexicon.word_set("calls", "calling_for_verbs")
DUE_NOUNS = lexicon.word_set("calls", "due_nouns")
PROPOSALS = lexicon.word_set("calls", "proposal_nouns")
ADOPTING = lexicon.word_set("calls", "adopting_verbs")
STRONG = lexicon.word_set("calls", "strong_obligation")
BULLETS = lexicon.word_set("items", "bullet_marks")
NUMBERED = re.compile(r"^\(?[0-9a-z]{1,2}[.)]\s")
MAX_LIST_LINES = 20
MAX_HEADING_WORDS = 6


def _obliged(v: Token) -> bool:
    """"must halt", "should suspend", "ought to stop", "needs to end" (present): a duty stated, not a step."""
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in v.children):
        return True
    head = v.head
    if v.dep_ == "xcomp" and head.lower_ in OBLIGATION:
        return True  # "ought to stop", parsed with "ought" as the verb
    if v.dep_ in ("acl", "relcl", "advcl") and head.lemma_.lower() in DUE_NOUNS and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return True  # "it is time for X to stop selling Y"; not "at a time when X would not sell"
    return v.dep_ == "xcomp" and head.lemma_.lower() in NEEDING and head.tag_ in ("VBZ", "VBP") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _demanded(c: Token) -> bool:
    """"demanded that the administration halt the sale": a clause under a verb of demanding, not in the past;
    "wants Spain to suspend deliveries": the wish of one party about another's step."""
    head = c.head
    if c.dep_ not in ("ccomp", "xcomp") or head.i == c.i:
        return False
    own_subject = any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
    if head.lemma_.lower() in WANTING:
        return own_subject
    if head.lemma_.lower() not in DEMANDING:
        return False
    marks = {x.lower_ for x in c.children if x.dep_ == "mark"}
    modal = any(x.dep_ == "aux" and x.lower_ in OBLIGATION for x in c.children)
    return own_subject and marks <= {"that"} and (c.tag_ in ("VB", "VBP") or modal)


def _proposed(v: Token) -> bool:
    """"rejected a motion to suspend arms sales to X", "tabled a bill to halt the sale": a step a proposal holds,
    which no verb of adopting took ("passed a bill to halt the sale" may be a legislature's hold)."""
    noun = v.head
    if v.dep_ not in ("acl", "relcl") or noun.lemma_.lower() not in PROPOSALS or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return False
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return False  # "a proposal by X to transfer tanks to Y", "X's proposal to sell": a party's own plan
    return not (noun.dep_ in ("dobj", "obj", "nsubjpass") and noun.head.lemma_.lower() in ADOPTING)


def _line_of(t: Token) -> tuple[int, str]:
    text = t.doc.text
    start = text.rfind("\n", 0, t.idx) + 1
    end = text.find("\n", t.idx)
    return start, text[start: end if end >= 0 else len(text)]


def _listed(line: str) -> bool:
    s = line.strip()
    return bool(s) and (s[0] in BULLETS or bool(NUMBERED.match(s)))


def _called_list(t: Token) -> bool:
    """A bare infinitive with its subject on a bulleted or numbered line ("- Peru to stop selling rifles to X;")
    under a heading that calls, urges or recommends ("We call on:", "Recommendations")."""
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) or \
        t.dep_ in ("relcl", "acl") and t.head.dep_ == "ROOT"  # "- X, Y and all states to suspend": on the names
    if not (subject and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)):
        return False
    start, line = _line_of(t)
    if not _listed(line):
        return False
    text = t.doc.text
    end = start - 1
    for _ in range(MAX_LIST_LINES):
        if end <= 0:
            return False
        begin = text.rfind("\n", 0, end) + 1
        prev = text[begin: end]
        end = begin - 1
        if not prev.strip() or _listed(prev):
            continue
        span = t.doc.char_span(begin, begin + len(prev.rstrip()), alignment_mode="expand")
        if span is None:
            return False
        calls = any(x.lemma_.lower() in CALLING or x.lower_ in CALLING for x in span)
        return calls and (prev.rstrip().endswith(":") or len(span) <= MAX_HEADING_WORDS)
    return False


def _noun_demanded(below: Token, v: Token) -> bool:
    """"demanded a halt to arms sales", "called for a suspension of deliveries", "sought an embargo on X": a bar
    asked for as the object of a verb of demanding or in the "for" phrase of one of calling."""
    lemma = v.lemma_.lower()
    if below.dep_ in ("dobj", "obj"):
        return lemma in DEMANDING | WANTING | SEEKING
    return below.dep_ == "prep" and below.lower_ == "for" and lemma in CALLING_FOR


def called_for(t: Token) -> bool:
    """Whether the step of verb or noun t is only called for (see the module's text)."""
    v = t
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        if v.head.pos_ in ("VERB", "AUX") and _noun_demanded(v, v.head):
            return True
        v = v.head
    for _ in range(6):
        if _obliged(v) or _demanded(v) or _called_list(v) or _proposed(v):
            return True
        if v.dep_ not in ("conj", "xcomp") or v.head.i == v.i or \
                v.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return False  # "X must stop arming Y, and Z halted its sales": Z's step is its own
        v = v.head
    return False


def demanded_step(f: Frame) -> bool:
    """A transfer only demanded: "Germany must deliver X to Y", "X ought to supply Y", "Serbia should not sell
    drones to Y"; not "must have delivered" (an inference)."""
    v = f.trigger
    if v.pos_ not in ("VERB", "AUX"):
        return False
    aux = {c.lower_ for c in v.children if c.dep_ == "aux"}
    if v.dep_ == "xcomp" and v.head.lower_ in OBLIGATION:
        aux.add(v.head.lower_)
    if aux & {"have", "has", "had"}:
        return False
    return bool(aux & STRONG) or bool(aux & OBLIGATION) and f.negated


def drop_called(frames: list[Frame]) -> list[Frame]:
    """The frames less the refusals only called for and the transfers only demanded."""
    return [f for f in frames if not (f.stage == "refused" and (
        called_for(f.trigger) or f.governor is not None and called_for(f.governor)) or demanded_step(f))]
