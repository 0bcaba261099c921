"""Factuality and attribution of a frame: negation, denial, hedging and who says so."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.analyst_hedges import analyst_hedged
from materiel.extraction.false_labels import labels_false
from materiel.extraction.frames.clauses import asks_the_asked
from materiel.extraction.frames.frames import Frame
from materiel.extraction.frames.semicolon_clauses import across_semicolon
from materiel.extraction.linked_deals import only_linked
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.extraction.non_answers import unanswered, withheld


@dataclass
class Reading:
    factuality: str = "asserted"
    denied_by: Resolved | None = None
    attribution_text: str | None = None
    attribution_source: Resolved | None = None
    confidence_factor: float = 1.0
    speaker: Resolved | None = None

REPORTED_FUTURE = lexicon.word_set("cues", "reported_future_modals")
YET_TO_VERBS = lexicon.word_set("cues", "yet_to_verbs")
REPORTING_CLAIMS = lexicon.word_set("cues", "reporting_claim_nouns")
RAISING = lexicon.word_set("cues", "report_raising_verbs")
CONDITIONAL = frozenset(lexicon.toml("cues.toml")["factuality"]["conditional_marks"])
ACCORDING = lexicon.word_set("shared", "according")
DEMONSTRATIVES = lexicon.word_set("shared", "demonstratives")
REFUSAL_GOVERNORS = frozenset(lexicon.toml("predicates.toml")["governors"]["refuse"])


class CueReader:
    def __init__(self, resolver: ActorResolver) -> None:
        cues = lexicon.toml("cues.toml")
        fac, att = cues["factuality"], cues["attribution"]
        self.hedge_modals = set(fac["hedge_modals"])
        self.hedge_adverbs = set(fac["hedge_adverbs"])
        self.hedge_verbs = set(fac["hedge_verbs"])
        self.passive_hedges = set(fac.get("passive_hedge_verbs", []))
        self.clause_hedges = set(fac.get("clause_hedge_verbs", []))
        self.denial_verbs = set(fac["denial_verbs"])
        self.claim_nouns = set(fac["claim_nouns"])
        self.denial_pronouns = set(fac.get("denial_pronouns", []))
        self.failure = set(fac["failure_adverbs"])
        self.failure_verbs = set(fac.get("failure_verbs", []))
        self.evidence_nouns = set(fac.get("evidence_nouns", []))
        self.absence_dets = set(fac.get("absence_dets", []))
        self.negated_dets = set(fac.get("negated_dets", []))
        self.reporting = set(att["reporting_verbs"])
        self.source_nouns = set(att["source_nouns"])
        self.res = resolver
        self.doc = resolver.doc

    def read(self, f: Frame) -> Reading:
        r = Reading()
        t = f.trigger
        chain = [t, *self._governors(t)]
        failed = t.dep_ == "xcomp" and t.head.lemma_.lower() in self.failure_verbs
        if f.negated or self._yet_to(t) or failed or self._no_evidence(t):
            r.factuality = "negated"
        hedged = self._local_hedges(f, chain, r)
        came, described = t, False
        for a in () if only_linked(t) else t.ancestors:  # "denied the sale was part of a bargain": the link
            via, came, described = came, a, described or came.dep_ == "relcl"  # "believes X was fired by jets, which Y bought"
            if across_semicolon(via, a):
                break  # "X, got from Y in 1990, are worn; a handful are thought to fly": another statement
            if via.dep_ == "conj" and (a.lemma_.lower() in self.denial_verbs or
                                       via.lemma_.lower() in self.reporting | self.hedge_verbs):
                break  # "denied X and accused Y of Z": Z is not denied
            lemma = a.lemma_.lower()
            if a.pos_ not in ("VERB", "AUX", "NOUN"):
                continue
            appositive_charge = a.dep_ == "relcl" and a.head.lemma_.lower() in self.claim_nouns or \
                fronted_charge(a, via, self.claim_nouns)  # "X did Y, a charge Z rejected" parsed under "rejected"
            # "the request was rejected by X, which offered Y": the refused thing and the agent's own
            # clause are not what X denies
            refused_thing = via.i == t.i and via.dep_ in ("dobj", "nsubjpass")
            # "rejected a request to send X": a refusal of the transfer (the frame's stage), not a denial
            refusal = f.stage == "refused" and lemma in REFUSAL_GOVERNORS
            denies = lemma in self.denial_verbs or labels_false(a, via)  # "described reports of X as baseless"
            denies = denies and not withheld(a)  # "declined to either confirm or deny that ...": no denial
            if denies and a.pos_ == "VERB" and not appositive_charge and \
                    not refused_thing and via.dep_ != "agent" and not refusal:
                subj = self._reporter(a)  # "were rejected by Tehran": the agent denies
                r.factuality = "denied"
                r.denied_by = self.res.resolve(subj) if subj is not None else None
                break
            if via.dep_ in ("nsubj", "nsubjpass") and via.i != t.i and a.pos_ != "NOUN" and \
                    via.lemma_.lower() not in self.claim_nouns:
                continue  # "France, which sold X, is expected to deliver Y": a hedge governs its complement
            if not described and self._hedge_word(a, via, lemma):  # (not above a relative clause: no hedge of it)
                hedged = True
        hedged = hedged or unanswered(t, self.claim_nouns)  # "has not replied to queries on reports that ..."
        if (hedged or analyst_hedged(t)) and r.factuality == "asserted":  # "X is judged to have sent Y"
            r.factuality = "uncertain"
            r.confidence_factor *= 0.85
        self._attribution(t, r)
        if r.factuality == "negated" and r.speaker is not None:
            parties = {a.actor.id for a in f.roles["supplier"]}
            if r.speaker.actor.id in parties:
                r.factuality, r.denied_by = "denied", r.speaker
        return r

    def _local_hedges(self, f: Frame, chain: list[Token], r: Reading) -> bool:
        """Modals, hedge adverbs and conditions on the trigger, its governors and its items."""
        hedged = f.hedged
        for g in chain:
            for c in g.children:
                if c.dep_ == "aux" and c.lower_ in self.hedge_modals and not any(x.dep_ == "neg" for x in g.children):
                    # "said it would supply" is a reported future, not a hedge
                    reported = g.dep_ == "ccomp" and g.head.lemma_.lower() in self.reporting
                    if not (c.lower_ in REPORTED_FUTURE and reported) and not asks_the_asked(g):
                        hedged = True  # "asked Y whether it could send X": the request's words, no hedge
                if c.lower_ in self.hedge_adverbs:
                    hedged = True
                if c.lower_ in self.failure:
                    r.confidence_factor *= 0.9
        if any(any(c.lower_ in self.hedge_adverbs for c in item.head.children) for item in f.items):
            hedged = True
        # "if the United States sells F-35s to Qatar, ...": a condition, not an event
        return hedged or any(c.dep_ == "mark" and c.lower_ in CONDITIONAL and not asks_the_asked(g)
                             for g in chain for c in g.children)

    def _hedge_word(self, a: Token, via: Token, lemma: str) -> bool:
        """A hedge verb ("suspects that"), an unnamed passive report ("is said to") or a claim noun above a frame."""
        return lemma in self.hedge_verbs or lemma in self.clause_hedges and via.dep_ == "ccomp" or \
            self._passive_report(a, via) or (
            a.pos_ == "NOUN" and lemma in self.claim_nouns and (lemma not in REPORTING_CLAIMS or raised(a)))

    def _passive_report(self, a: Token, via: Token) -> bool:
        """"X is said to have sold Y", "is reported to be supplying": an unnamed report hedges its complement."""
        return via.dep_ == "xcomp" and a.lemma_.lower() in self.passive_hedges and \
            any(c.dep_ in ("auxpass", "nsubjpass") for c in a.children)

    def _no_evidence(self, t: Token) -> bool:
        """"found no evidence that X supplied Y", "did not find any sign that ...", "have not seen evidence that":
        a clause under a noun of evidence the text says there is none of."""
        for a in t.ancestors:
            if a.pos_ == "NOUN" and a.lemma_.lower() in self.evidence_nouns:
                dets = {c.lower_ for c in a.children if c.dep_ in ("det", "neg")}
                negated_verb = any(c.dep_ == "neg" for c in a.head.children)
                return bool(dets & self.absence_dets) or (negated_verb and (not dets or bool(dets & self.negated_dets)))
        return False

    def _yet_to(self, t: Token) -> bool:
        """"has yet to receive": not (yet) so."""
        head = t.head
        return t.dep_ == "xcomp" and any(c.lower_ == "yet" for c in head.children) and \
            head.lemma_.lower() in YET_TO_VERBS

    def _governors(self, t: Token) -> list[Token]:
        out: list[Token] = []
        cur = t
        while (cur.dep_ in ("xcomp", "conj", "acl", "pcomp", "prep", "advcl", "acomp") or
               (cur.dep_ == "ccomp" and (any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children) or
                                         asks_the_asked(cur)))) \
                and cur.head.i != cur.i and len(out) < 5:
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
                out.append(cur)
        return out

    def _subject(self, v: Token) -> Token | None:
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return c
        if v.dep_ == "relcl":
            return None
        if v.dep_ in ("conj", "xcomp") and v.head.i != v.i:
            return self._subject(v.head)
        return None

    def _reporter(self, v: Token) -> Token | None:
        """Who reports with `v`: its subject, or in the passive its agent ("was alleged by Kabul"); a
        passive subject is what is reported, not who reports it."""
        agent = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if agent:
            return agent[0]
        subj = self._subject(v)
        return None if subj is not None and subj.dep_ == "nsubjpass" else subj

    def _attribution(self, t: Token, r: Reading) -> None:
        # "according to X" anywhere in the sentence
        for tok in t.sent:
            if tok.lemma_.lower() in ACCORDING and tok.dep_ in ("prep", "advcl", "advmod"):
                pobj = [p for c in tok.children if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
                if pobj:
                    self._set_source(pobj[0], r)
                    return
        for via, a in zip([t, *t.ancestors], t.ancestors, strict=False):
            charge = a.lemma_.lower() in self.clause_hedges and via.dep_ == "ccomp"  # "X charged that Y armed Z"
            if a.pos_ in ("VERB", "AUX") and (a.lemma_.lower() in self.reporting or charge):
                subj = self._reporter(a)
                if subj is not None and t not in subj.subtree:
                    self._set_source(subj, r)
                    r.speaker = r.attribution_source
                    return
        for tok in t.sent:  # "X said, citing Y" or a parenthetical "X said" after the clause
            if tok.pos_ == "VERB" and tok.lemma_.lower() in self.reporting and tok.dep_ in ("ROOT", "parataxis") \
                    and tok.i > t.i:
                subj = self._reporter(tok)
                if subj is not None:
                    self._set_source(subj, r)
                    r.speaker = r.attribution_source
                    return

    def _set_source(self, np: Token, r: Reading) -> None:
        head = np
        if head.lemma_.lower() in self.source_nouns and any(c.lower_ in DEMONSTRATIVES for c in head.children):
            ante = self._antecedent_source(head)
            if ante is not None:
                head = ante
        r.attribution_text = self._text(head)
        r.attribution_source = self.res.resolve(head) or self._modifier_actor(head)

    def _modifier_actor(self, head: Token) -> Resolved | None:
        for t in head.subtree:
            if t.i != head.i and self.res.is_actor_span(t):
                span = self.res.by_token[t.i]
                actor = self.res.span_actor(span)
                if actor:
                    return Resolved(actor, 0.7, t)
        return None

    def _antecedent_source(self, head: Token) -> Token | None:
        """"the report said": the first earlier mention of a report that says whose it is."""
        lemma = head.lemma_.lower()
        for t in self.doc[: head.sent.start]:
            if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and len(list(t.subtree)) > 2:
                return t
        return None

    def _text(self, head: Token) -> str:
        toks = [t for t in head.subtree if not (t.dep_ in ("relcl", "acl", "punct") or
                                                any(a.dep_ in ("relcl", "acl") for a in t.ancestors if head in a.ancestors))]
        if not toks:
            return head.text
        return self.res.text[toks[0].idx: toks[-1].idx + len(toks[-1].text)]


def raised(report: Token) -> bool:
    """"raised reports that X had passed Y to Z", "questioned reports of deliveries": reports brought up to be answered
    or doubted hedge what they hold, unlike reports a text relies on ("reports of deliveries show ...")."""
    return report.dep_ in ("dobj", "obj") and report.head.lemma_.lower() in RAISING


def fronted_charge(verb: Token, clause: Token, claim_nouns: set[str]) -> Token | None:
    """"X supplied Y, a charge Z rejected": the parser makes the claim noun a subject (or object) of the denial verb
    and the clause before it the verb's complement; the claim noun (after that clause) is what Z denies, so the clause is
    a claim of its own, not a denial."""
    if clause.dep_ != "ccomp" or clause.i > verb.i:
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "dobj") and clause.i < c.i < verb.i and any(
        w.lemma_.lower() in claim_nouns for w in (c, *c.lefts))), None)  # "a charge Oslo rejected": "charge" a compound
