"""Denials of claim nouns: "..., a charge Bamako denies", "Cairo denied the reports", "X supplied Y, which Z
denied"; a denial of reports whose content the sentence gives ("Z denied reports that it had bought W") denies
only that content, not another clause of the sentence ("X bought Y, while Z denied reports that ...")."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.cues import CueReader, fronted_charge
from materiel.extraction.discourse import Row
from materiel.extraction.false_labels import false_label, labelled_claim
from materiel.extraction.linked_deals import only_linked
from materiel.extraction.mentions.resolve import ActorResolver
from materiel.extraction.non_answers import withheld

SAYING = lexicon.word_set("denial_elaborations", "saying_verbs")
RECORDS = lexicon.word_set("rejected_charges", "record_nouns")  # "Z rejected the findings": a claim denied


def _elaboration(tok: Token) -> set[int]:
    """The tokens of a participle clause of saying on the denial ("denied this, insisting that ..."): what it
    tells restates the denial, so its rows are no antecedent of the denial's pronoun."""
    return {t.i for c in tok.children if c.dep_ == "advcl" and c.lemma_.lower() in SAYING and c.tag_ == "VBG"
            for t in c.subtree}


def _own_recipient(r: Row, said: set[int]) -> bool:
    return r.recipient is not None and not r.inherited and r.recipient.token.i in said


def denials_of_claims(sent: Span, before: list[Row], current: list[Row], cues: CueReader,
                       res: ActorResolver) -> None:
    """"..., a charge Bamako denies" / "Cairo denied the reports": a denial of a claim noun."""
    for tok in sent:
        label = false_label(tok)  # "Z called the claim unfounded": a label of falsehood denies
        if tok.lemma_.lower() not in cues.denial_verbs and label is None or (tok.pos_ != "VERB" and tok.dep_ != "relcl"):
            continue  # "a claim X rejects": the relative clause's verb, whatever its tag
        if withheld(tok):
            continue  # "would neither confirm nor deny the reports": no denial
        said = _elaboration(tok)
        mine = [r for r in current if r.frame.trigger.i not in said or _own_recipient(r, said)]  # "denied this,
        # saying no X had left": a restatement naming no recipient of its own points back to the claim before
        fronted = next((fronted_charge(tok, c, cues.claim_nouns) for c in tok.children if c.dep_ == "ccomp"), None)
        if any(c.dep_ in ("ccomp", "xcomp") and not (label is not None and (c.left_edge.i <= label.i <= c.right_edge.i
                                                                             or c.i < tok.i))
               for c in tok.children) and fronted is None:  # "branded the allegations false": the label's clause;
            # "X sent Y, Z said; W called the claim unfounded" parsed with the claim's clause under "called"
            continue
        claim = fronted  # "X supplied Y, a charge Z rejected": the charge before the denier
        subj = _fronted_denier(tok, fronted) if fronted is not None else None
        if tok.dep_ == "relcl" and tok.head.lemma_.lower() in cues.claim_nouns:
            claim = tok.head
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in cues.claim_nouns or
                                                                           _record(c, tok, cues))]
        labelled = labelled_claim(tok, label) if label is not None else None
        if labelled is not None and labelled.lemma_.lower() in cues.claim_nouns | cues.denial_pronouns:
            objs = objs or [labelled]  # "branded the allegations false", "called it baseless"
        claim = claim or (objs[0] if objs else None) or _clause_denied(tok, mine, cues)
        subj = subj or cues._subject(tok)
        if claim is None and subj is not None and subj.lemma_.lower() in cues.claim_nouns:
            # "..., a charge Kigali denied" parsed with "charge" as subject and the denier in apposition
            named = [c for c in [*subj.children, *tok.children] if (c.dep_ in ("appos", "compound") and c.head == subj
                     or c.dep_ == "nsubj" and c.i > subj.i) and res.resolve(c)]  # "a charge Santiago rejected": two subjects
            if named and tok.dep_ == "conj":
                claim, subj = subj, named[0]
        if claim is None and subj is not None and tok.dep_ in ("conj", "ccomp") and subj.i < tok.i:
            # "X said Y had been supplied by Z, a charge Oslo rejected": "charge" a compound of the denier
            claim = next((c for c in subj.lefts if c.dep_ == "compound" and c.lemma_.lower() in cues.claim_nouns), None)
        if claim is None or subj is None:
            continue
        content = {t.i for c in claim.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i != tok.i for t in c.subtree}
        if not mine and content:
            continue  # "rejected reports that it had sent X": the content is in the sentence
        denier = res.resolve(subj)
        targets = mine if mine else [r for r in before if r.sent.end == sent.start or
                                           r.sent.end + 1 >= sent.start and r.sent.start < sent.start]
        if content:  # "X bought Y, while Z denied reports that it had bought W": only what the reports say
            targets = [r for r in targets if r.frame.trigger.i in content]
        later = {t.i for c in tok.children if c.dep_ == "conj" for t in c.subtree}  # "denied it and said X"
        targets = [r for r in targets if r.frame.trigger.i not in later and not only_linked(r.frame.trigger)]
        own = [r for r in targets if denier is not None and r.supplier is not None
               and r.supplier.actor.id == denier.actor.id]
        if own:  # "arms sold to X turned up with Z, a charge X denies": X denies passing them on
            targets = own
        _deny(targets, mine, tok, subj, sent, current, res)


def _deny(targets: list[Row], mine: list[Row], tok: Token, subj: Token, sent: Span, current: list[Row],
          res: ActorResolver) -> None:
    """Deny each target: a claim with its own source (or told in this sentence) keeps its row and gains a denied
    copy ("X supplied Y, a charge X denies": the claim as its source states it, and the denial); a bare one turns
    denied."""
    denier = res.resolve(subj)
    for r in list(targets):
        if r.reading.factuality in ("asserted", "uncertain") and r.frame.trigger.i != tok.i:
            if r.reading.attribution_text or r in mine:
                current.append(replace(r, sent=sent, reading=replace(
                    r.reading, factuality="denied", denied_by=denier,
                    attribution_text=denier.actor.name if subj.pos_ == "PRON" and denier is not None
                    else res.doc[subj.left_edge.i: subj.i + 1].text, attribution_source=denier)))
                continue
            r.reading.factuality = "denied"
            r.reading.denied_by = denier


def _clause_denied(tok: Token, current: list[Row], cues: CueReader) -> Token | None:
    """"X supplied Y, which Z denied" / "..., but Z denied it": the denial's object stands for the
    clause before it, whose rows are in this sentence; "Z denies this." opening a sentence without
    rows stands for the sentence before. The object token, or None."""
    if any(r.frame.trigger in tok.subtree for r in current):
        return None
    for c in tok.children:
        if c.dep_ not in ("dobj", "obj"):
            continue
        if current and tok.dep_ == "relcl" and c.lower_ == "which":
            return c
        if current and tok.dep_ == "conj" and c.lower_ in cues.denial_pronouns:
            return c
        if not current and tok.dep_ == "ROOT" and c.lower_ in cues.denial_pronouns:
            return c
    return None


def _record(noun: Token, verb: Token, cues: CueReader) -> bool:
    """What someone found or told, denied: "Z rejected the findings", "Z denied the navy's account"; not findings
    of a kind ("Z has consistently rejected such findings": a stance on all of them, not the one just told)."""
    return noun.lemma_.lower() in RECORDS and verb.lemma_.lower() in cues.denial_verbs and \
        noun.tag_ in ("NN", "NNS") and not any(c.lower_ == "such" for c in noun.children)


def _fronted_denier(verb: Token, charge: Token) -> Token:
    """Who denies a fronted charge: the verb's subject after it ("a charge Z rejected"), else a name the parser put
    in apposition to the charge ("a charge La Paz denies"), else the charge itself (no one named)."""
    after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > charge.i]
    named = [c for c in charge.children if c.dep_ in ("appos", "compound") and c.i > charge.i]
    return (after or named or [charge])[0]
