"""Checks on a frame once read: is it bound somewhere, who refuses, does it only describe an item, is
the buyer still weighing it, are the items gathered from a population, is the object a message."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames import carriers, landings
from materiel.extraction.frames.chosen import contracted_choice
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.frames.governors import Governors
from materiel.extraction.frames.holdings import honoured_elsewhere
from materiel.extraction.frames.kit_holders import holder_kit
from materiel.extraction.frames.opinions import opinion
from materiel.extraction.frames.platform_fits import fit_subjects
from materiel.extraction.frames.seizure import SeizureWords
from materiel.extraction.frames.stranded import judged
from materiel.extraction.frames.withheld_words import disposes, refuses_words

FITTING = lexicon.word_set("frame_words", "fitting_verbs")
INTEREST_NOUNS = frozenset(lexicon.toml("predicates.toml")["governors"].get("interest_nouns", []))
# Dependencies climbed from a purchase up to the "in" phrase that weighs it ("interest in striking a deal to buy").
CLIMB_DEPS = ("xcomp", "advcl", "acl", "dobj", "obj", "conj")
SELECT_CLASSES = {"select"}  # predicates.toml classes of a buyer's choice
# "signed a letter of offer and acceptance for 20 jets": a document of the order signed, no other object.
ORDER_LETTERS = lexicon.word_set("frame_words", "order_letters")
IDIOM_ADVERBS = lexicon.word_set("frame_words", "idiom_adverbs")
ORDER_LETTER_WORDS = lexicon.word_set("frame_words", "order_letter_words")
SENT_REQUESTS = lexicon.word_set("sent_requests", "nouns")


class FrameChecks(Governors):
    consider_adjectives: set[str]
    consider_modifiers: set[str]
    message_nouns: set[str]
    population_nouns: set[str]
    seizure: SeizureWords

    @staticmethod
    def _no_object(v: Token) -> bool:
        """"signed for twelve": a verb with no object, or none but the letter of the order it signs ("signed a
        letter of offer and acceptance for 20 jets")."""
        return not any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") and not (
            c.lemma_.lower() in ORDER_LETTERS and any(w.lower_ in ORDER_LETTER_WORDS for w in c.subtree))
            for c in v.children)

    def _bound_for(self, v: Token) -> bool:
        """"a ship carrying 40 tonnes of arms bound for X": the object names where it goes."""
        return any(t.lower_ in self.destination_words and any(p.dep_ == "prep" and p.lower_ in ("for", "to")
                                                              for p in t.children)
                   for o in v.children if o.dep_ in ("dobj", "obj") for t in o.subtree)

    def _refuser(self, f: Frame) -> Token | None:
        """The subject of a refusal: of its governor ("workers refused to unload"), else of its verb."""
        anchor = f.governor if f.governor is not None else f.trigger
        if anchor.pos_ in ("NOUN", "PROPN"):
            return self.holder_of(anchor)
        if anchor.dep_ in ("amod", "compound"):  # "is considering [halting] exports"
            anchor = anchor.head.head
        return self.subject_of(anchor)

    def _not_a_transfer(self, f: Frame) -> bool:
        """A message sent, an item described, arms gathered from a population, a carrier arriving, a person
        inducted into an honour, an idiom of holding back ("stopped short of"): the frame tells no transfer."""
        self._fitting_out(f)
        return self._sends_message(f) or self._describes_item(f) or self._from_population(f) or holder_kit(f) or \
            carriers.carrier_arrival(f, self.seizure.conveyances) or honoured_elsewhere(f, self) or \
            landings.unmarked_landing(f) or self._destination(f) or \
            (f.cls == "consider" and opinion(f.trigger, self.verbs)) or \
            refuses_words(f, self.items.is_materiel) or disposes(f) or \
            any(c.dep_ == "advmod" and c.lower_ in IDIOM_ADVERBS for c in f.trigger.children)  # "stopped short of"

    def _destination(self, f: Frame) -> bool:
        """"helicopters intended for the ships", "the rifles were intended for the rebels": a weighing verb that is also
        a destination word (`destination_words`), as a passive participle with a "for" phrase, names where the item
        goes, not a purchase weighed."""
        t = f.trigger
        return f.cls == "consider" and t.lower_ in self.destination_words and (t.tag_ == "VBN" or t.dep_ == "acl") and \
            any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children)

    def _describes_item(self, f: Frame) -> bool:
        """"submarines armed with missiles", "drones equipped with bombs": a participle that describes
        the item it hangs on, not a transfer of its own; so does a clause that judges it ("X it deems surplus")."""
        t = f.trigger
        if judged(t) is not None:  # "the equipment it considered scrap": a judgement of the item
            return True
        if self._fitted(t):
            return True
        if f.cls != "arm" or t.dep_ not in ("acl", "amod") or t.tag_ != "VBN" or any(c.dep_ == "agent" for c in t.children):
            return False
        return self.items.is_materiel(t.head) or t.head.lemma_.lower() in self.nouns  # "the purchase of X, armed with Y"

    def _fitted(self, t: Token) -> bool:
        """"the jets were not equipped with missiles", "boats built by X and armed with guns": a platform's fit
        (a materiel subject or a participle on a materiel noun, no agent)."""
        if t.lemma_.lower() not in FITTING or t.tag_ != "VBN" or any(c.dep_ == "agent" for c in t.children):
            return False
        if t.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in t.children):
            up = t.head  # "the boats, built by X and armed with machine guns": the boats' fit
            for _ in range(4):
                if self.items.is_materiel(up) and up.dep_ not in ("pobj",):
                    return True
                if up.dep_ not in ("conj", "appos", "acl") or up.head.i == up.i:
                    break
                up = up.head
        return any(self.items.is_materiel(c) or bool(self.items.items(c))
                   for c in [*(c for c in t.children if c.dep_ == "nsubjpass"), *fit_subjects(t)])

    def _fitting_out(self, f: Frame) -> None:
        """"submarines, to be equipped with German engines, from X": a passive verb of fitting whose fitted thing is
        materiel describes that item; its "with" phrase holds no item of a transfer (its other phrases, "from X",
        may still belong to the sentence's transfer)."""
        t = f.trigger
        if t.lemma_.lower() in FITTING and not any(c.dep_ == "agent" for c in t.children) and \
                (fitted := self._fitted_thing(t)) is not None and self.items.is_materiel(fitted):
            f.items.clear()
            f.implicit = None
            f.rule += ":fitting"

    @staticmethod
    def _fitted_thing(t: Token) -> Token | None:
        """What a passive verb of fitting fits out: its passive subject, that of the verb it is coordinated
        with ("modernized and equipped"), or the object of the verb whose clause it is ("bought X, to be equipped")."""
        if not any(c.dep_ == "auxpass" for c in t.children) and t.dep_ != "conj":
            return None
        for v in (t, t.head) if t.dep_ == "conj" else (t,):
            subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
            if subj is not None:
                return subj
        if t.dep_ in ("advcl", "xcomp", "acl", "relcl"):
            return next((c for c in t.head.children if c.dep_ in ("dobj", "obj")), t.head if t.head.pos_ == "NOUN" else None)
        return None

    def _weighed(self, f: Frame) -> None:
        """"the possible purchase of X", "is interested in buying X": a buyer still weighing it."""
        contracted_choice(f, SELECT_CLASSES, self.items)  # "selected X and signed a contract for it"
        if self.classes[f.cls].get("subject") != "recipient" and self.classes[f.cls].get("possessor") != "recipient":
            return
        if f.stage not in ("ordered", "delivered"):
            return
        t = f.trigger
        modified = t.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "amod" and c.lower_ in self.consider_modifiers for c in t.children)
        if modified or self._weighed_in(t):
            f.stage = "considered"
            f.rule += ":weighed"

    def _weighed_in(self, t: Token) -> bool:
        """"is interested in buying X", "has shown interest in striking a deal to buy X": the "in" phrase of an
        adjective or noun of interest holds the purchase (climbing verb and deal nouns up to it)."""
        cur = t
        for _ in range(4):
            if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.lower_ == "in":
                holder = cur.head.head.lemma_.lower()
                return holder in self.consider_adjectives or holder in INTEREST_NOUNS
            if cur.dep_ not in CLIMB_DEPS or cur.head.i == cur.i:
                return False
            cur = cur.head
        return False

    def _from_population(self, f: Frame) -> bool:
        """"the army collected rifles from civilians": weapons gathered from a country's own population
        (`population_nouns` in cues.toml) are no transfer."""
        if f.roles["supplier"]:
            return False
        if self.classes[f.cls].get("subject") != "recipient":
            return False
        heads = [f.trigger, *(m.head for m in f.items)]
        return any(c.dep_ == "prep" and c.lower_ == "from" and any(
            p.dep_ == "pobj" and (p.lemma_.lower() in self.population_nouns or p.lower_ in self.population_nouns)
            for p in c.children) for h in heads for c in h.children)

    def _sends_message(self, f: Frame) -> bool:
        """"sent a notification to parliament", "a letter delivered to X": a message, not a transfer; its
        addressee is no recipient of anything (`message_nouns` in cues.toml); nor are the items its phrase shows ("released
        a video showing rockets")."""
        v = f.trigger
        if v.pos_ not in ("VERB", "AUX") or f.implicit:
            return False
        objects = [c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if f.cls in ("supply", "arrive", "receive") and \
                any(o.lemma_.lower() in SENT_REQUESTS or o.lower_ in SENT_REQUESTS for o in objects):
            return True  # "sent a request to X for radars": a request (the noun's frame), no shipment
        if not f.items:
            heads = objects + ([v.head] if v.dep_ in ("acl", "relcl") else [])
            return any(o.lemma_.lower() in self.message_nouns or o.lower_ in self.message_nouns for o in heads)
        messages = [o for o in objects if any(t.lemma_.lower() in self.message_nouns or t.lower_ in self.message_nouns
                                              for t in o.subtree if t.i <= o.i  # "a video showing rockets" misparsed
                                              and not (t.dep_ == "compound" and t.head.i == o.i))]  # "response vessels"
        return bool(messages) and all(m.head in o.subtree for m in f.items for o in messages)
