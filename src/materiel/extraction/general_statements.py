"""Statements of general scope that tell no transfer: no row.

- A standing rule barring transfers is no refusal: "rules that had barred the export of lethal weapons",
  "sanctions that bar the transfer of weapons to X", "the Act, which prohibits the transfer of arms to
  countries at war". A refused row whose barring verb (its trigger or a verb above it in the sentence) has a
  general legal instrument as its subject, or hangs as a relative clause on one, is dropped; a state, a
  government or a ban on one deal barring it stays a refusal.
- An aggregate flow is no transfer to anyone: "Swiss war materiel exports reached a record", "China's arms
  exports are conducted strictly in accordance with its laws". A row on a plural trade noun whose recipient
  is not in the noun's own phrase (a recipient filled from context) is dropped; "arms exports to X" stays.
- A purpose told in the passive is no plan of anyone's: "helicopters intended for the new ships", "the
  missiles were needed to shoot down jets". A row on such a participle whose recipient is not in its own
  phrases (filled from context or another clause) is dropped; "Ghana intends to buy X" and "X intended for Ghana" stay.

- An obligation laid down is no event: "the Council decided that all States shall prevent the supply of arms
  to X, and that X shall not transfer arms to armed groups". A row whose verb or a verb above it carries an
  obligation modal ("shall") in a clause a laying verb governs ("decided that", "demands that") is dropped,
  unless its subject is "we" or "I" (a promise); "the treaty provides that X shall supply Y" stays a deal.

Word lists: words.toml [standing_rules], [aggregates] and [purposes]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

RULE_NOUNS = lexicon.word_set("standing_rules", "rule_nouns")
RULE_VERBS = lexicon.word_set("standing_rules", "rule_verbs")
OBLIGATION_MODALS = lexicon.word_set("standing_rules", "obligation_modals")
SPEAKER_SUBJECTS = lexicon.word_set("standing_rules", "speaker_subjects")
LAYING_VERBS = lexicon.word_set("standing_rules", "laying_verbs")
AGGREGATE_NOUNS = lexicon.word_set("aggregates", "plural_trade_nouns")
PURPOSE_VERBS = lexicon.word_set("purposes", "passive_purpose_verbs")
RELATIVES = frozenset({"that", "which", "who"})
DESTINATION_PREPS = lexicon.word_set("aggregates", "destination_preps")
CLIMB = 3  # verbs above the trigger that may be the barring verb ("barred the export of X": the noun's verb)


def barring_verb(r: Row) -> Token | None:
    """The verb of the refused row's sentence that bars it: the trigger or the nearest verb above."""
    tok = r.frame.trigger
    for _ in range(CLIMB + 1):
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in RULE_VERBS:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def rule_subject(verb: Token) -> Token | None:
    """The verb's subject; for a relative pronoun or a relative clause with none, the noun it hangs on."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ == "relcl" and (subj is None or subj.lower_ in RELATIVES):
        return verb.head
    return subj


def by_standing_rule(r: Row) -> bool:
    """True when the row is a refusal that a general legal instrument makes, not a party."""
    if r.frame.stage != "refused":
        return False
    verb = barring_verb(r)
    subj = rule_subject(verb) if verb is not None else None
    return subj is not None and subj.lemma_.lower() in RULE_NOUNS


def aggregate_flow(r: Row) -> bool:
    """True when the row's trigger is a plural trade noun ("arms exports") and its recipient is not in it."""
    t = r.frame.trigger
    if t.pos_ != "NOUN" or t.lower_ not in AGGREGATE_NOUNS or r.recipient is None:
        return False
    return not any(x.i == r.recipient.token.i for x in t.subtree) and not _held_by_refusal(r)


def _held_by_refusal(r: Row) -> bool:
    """"froze exports of X to Y", parsed with "to Y" on the verb: the refusing verb's own destination."""
    t, rec = r.frame.trigger, r.recipient.token if r.recipient else None
    return r.frame.stage == "refused" and rec is not None and t.dep_ in ("dobj", "obj", "nsubjpass") and \
        rec.dep_ == "pobj" and rec.head.lower_ in DESTINATION_PREPS and rec.head.head.i == t.head.i


def purpose_passive(r: Row) -> bool:
    """True when the trigger is a passive or participial purpose verb ("intended for", "were needed to") and
    the row's recipient is not in its own phrases (a "for" phrase, an agent)."""
    t = r.frame.trigger
    if t.pos_ != "VERB" or t.lemma_.lower() not in PURPOSE_VERBS or r.recipient is None:
        return False
    passive = t.tag_ == "VBN" and (t.dep_ == "acl" or any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children))
    own = {x.i for c in t.children if c.dep_ in ("prep", "agent", "dative") for x in c.subtree}  # "for Ghana"
    return passive and r.recipient.token.i not in own


def prescribed(r: Row) -> bool:
    """True when the trigger or a verb above it (within CLIMB) carries an obligation modal ("Y shall not
    transfer arms", "all States shall stop the supply of X") whose subject is no speaker's pronoun."""
    tok = r.frame.trigger
    for _ in range(CLIMB + 1):
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in tok.children):
            speaker = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in SPEAKER_SUBJECTS for c in tok.children)
            return not speaker and _laid_down(tok)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _laid_down(verb: Token) -> bool:
    """The obligation's clause (or the clause it is coordinated with) is the complement of a laying verb."""
    tok = verb
    for _ in range(CLIMB):
        if tok.dep_ not in ("ccomp", "conj", "xcomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in LAYING_VERBS:
            return True
    return False


def general_statement(r: Row) -> bool:
    """A standing rule or obligation, an aggregate flow or a purpose told in the passive: no transfer row."""
    return by_standing_rule(r) or prescribed(r) or aggregate_flow(r) or purpose_passive(r)
