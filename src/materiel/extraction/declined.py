"""A request answered by a refusal that names nothing of its own: "X asked Y for six corvettes. Y declined.",
"Asked by X for its air-defence systems, the government refused", "we studied the request and declined",
"..., but Y said no". The refusal has no object, complement or item: it refuses the latest request told
before it (within `window` tokens), with the request's items and asker; the refuser is its supplier, or,
when the refuser is a pronoun or a person ("we declined", "the minister said no"), the party the request
was made of. The request rows stay. The words are data (words.toml [declined])."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.cues import CueReader
from materiel.extraction.discourse import Row
from materiel.extraction.frames.framebase import FinderState, Frame
from materiel.extraction.held_proposals import held_proposals
from materiel.extraction.mentions.resolve import Resolved
from materiel.extraction.questions import is_direct_question

BARE = lexicon.word_set("declined", "bare_verbs")
SAYING = lexicon.word_set("declined", "saying_verbs")
ANSWERS = lexicon.word_set("declined", "answer_words")
WINDOW = 220  # tokens back from the refusal in which the request is looked for
OWN_PARTS = ("dobj", "obj", "xcomp", "ccomp", "nsubjpass", "auxpass", "attr", "dative", "oprd", "acomp", "neg")
PARTY_KINDS = ("state", "government_body", "company")
BODIES = lexicon.word_set("resolve", "state_body_names")
FIRMS = lexicon.word_set("described_parties", "entity_nouns")  # "the manufacturer declined": the firm asked
REQUESTS = lexicon.word_set("declined", "request_objects")
PRONOUNS = lexicon.word_set("declined", "request_pronouns")
CONSENT = lexicon.word_set("governors", "consent_nouns")
GIVING = lexicon.word_set("declined", "consent_giving_verbs")
WITHHOLDING = lexicon.word_set("declined", "consent_withholding_verbs")


def _says_no(v: Token) -> bool:
    """"said no", "answered no": a verb of saying whose only answer is a refusal word."""
    return v.lemma_.lower() in SAYING and any(c.lower_ in ANSWERS and c.dep_ in ("intj", "dobj", "obj", "npadvmod", "dep")
                                              for c in v.children)


def _bare(v: Token) -> bool:
    """A verb of refusal with nothing of its own refused: "Y declined", "the government refused, saying ..."."""
    if v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in BARE:
        return False
    return not any(c.dep_ in OWN_PARTS and not _answered(c, v) or c.dep_ == "prep" and c.lower_ in ("to", "for", "from")
                   for c in v.children)


def _answered(c: Token, v: Token) -> bool:
    """"declined the order", "refused the request": an object that is only the request answered; "X asked Y for
    Z; Y declined": the request's own clause, which the parser may hang on the refusal across the ";"."""
    if c.dep_ == "ccomp" and c.i < v.i:
        return any(t.text == ";" for t in v.doc[c.i: v.i])
    if c.dep_ in ("dobj", "obj") and c.lower_ in PRONOUNS and not list(c.children):
        return True  # "Y had refused it": the request told before
    return c.dep_ in ("dobj", "obj") and c.lemma_.lower() in REQUESTS and \
        [d.lower_ for d in c.children] in (["the"], ["that"], ["this"])  # not "its 2022 order", "an order for X"


def _consent_withheld(v: Token) -> bool:
    """"Z would not give its consent", "Z withheld its approval": a consent to nothing named, denied (a negated
    verb of giving, or a verb of withholding), answers the request told before; "its consent to the sale of A"
    names its own transfer (frames/consent.py)."""
    if v.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for") for c in v.children):
        return False
    lemma = v.lemma_.lower()
    if not (lemma in WITHHOLDING or lemma in GIVING and any(c.dep_ == "neg" for c in v.children)):
        return False
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in CONSENT and
               all(d.dep_ in ("det", "poss") for d in c.children) for c in v.children)


def _refusals(sent: Span, frames: list[Frame]) -> list[tuple[Token, Frame | None]]:
    by_trigger = {f.trigger.i: f for f in frames}
    out: list[tuple[Token, Frame | None]] = []
    for v in sent:
        if _consent_withheld(v):
            out.append((v, None))
            continue
        if _bare(v) or (_says_no(v) and not any(c.dep_ in ("ccomp", "neg") for c in v.children)):
            f = by_trigger.get(v.i)
            if f is None or (f.stage == "refused" and not f.items and not f.implicit and not f.negated):
                out.append((v, f))
    return out


def _refuser(finder: FinderState, v: Token, f: Frame | None) -> tuple[Resolved | None, bool]:
    """Who refuses, and whether the refusal has a subject that can be the party asked (a party, a pronoun, a
    person speaking for one)."""
    subj = finder.subject_of(v)
    if subj is not None and subj.pos_ == "PRON":
        return None, True  # "we declined": the party asked
    if f is not None and f.roles["supplier"]:
        return f.roles["supplier"][0], True
    if subj is None:
        return None, False
    found = finder.res.resolve(subj)
    if found is not None and found.actor.kind in PARTY_KINDS:
        return found, True
    firm = subj.lemma_.lower() in FIRMS and any(c.lower_ == "the" for c in subj.children)  # "the maker declined"
    return None, found is not None or subj.ent_type_ == "PERSON" or subj.lemma_.lower() in BODIES or firm


def _frame(finder: FinderState, v: Token, refuser: Resolved | None) -> Frame:
    f = Frame(v, "refuse", "refused", rule=f"verb:refuse:{v.lemma_.lower()}:answer")
    if refuser is not None:
        f.add("supplier", [refuser])
    return f


def declined_requests(finder: FinderState, cues: CueReader, sent: Span, frames: list[Frame],
                      before: list[Row]) -> list[Row]:
    """Refused rows for each bare refusal in `sent` of the latest request told before it, and of each proposal in
    `sent` that a bar is put on ("placed a hold on a proposal to sell X": held_proposals.py)."""
    out: list[Row] = held_proposals(cues, sent, before)
    for v, f in [] if is_direct_question(sent) else _refusals(sent, frames):  # "Why did Y say no?": none
        asked = [r for r in before if r.frame.stage == "requested" and r.frame.trigger.i < v.i and
                 v.i - r.frame.trigger.i < WINDOW and not r.frame.negated and r.recipient is not None]
        if not asked:
            continue
        refuser, can = _refuser(finder, v, f)
        if not can:
            continue
        frame = f or _frame(finder, v, refuser)
        reading = cues.read(frame)
        last = [r for r in asked if r.frame is asked[-1].frame]
        for r in last:
            supplier = refuser or r.supplier  # none yet: the party asked, from context as for the request
            if r.recipient is None or supplier is not None and supplier.actor.id == r.recipient.actor.id:
                continue
            out.append(replace(r, frame=frame, reading=reading, sent=sent, inherited=True, supplier=supplier,
                               standalone=False))
    return out
