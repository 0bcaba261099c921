"""An item told as bought by a participle alone: "six jets, bought from X in a rushed sale, were unloaded at a
<city> air base", "tanks supplied by X in 2016 were seen in a parade in <city>". The participle names the seller;
no buyer stands in its clause. The item's own clause tells where it came to: when the item is the subject of a
verb of arrival or placing (`arrival_verbs`), a state or city in that verb's place phrase (`place_preps`) is the
buyer's. Failing a place, the state body that reports the arrival ("the <adjective> defence ministry said six
jets, bought from X, were unloaded") speaks for the buyer. A verb of loss or harm ("were shot down over <city>")
tells no buyer.

Word lists: words.toml [participle_buyers]."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver
from materiel.extraction.mentions.resolved import Resolved, same_state

BUYING = lexicon.word_set("participle_buyers", "buying_participles")
ARRIVAL = lexicon.word_set("participle_buyers", "arrival_verbs")
PLACE_PREPS = lexicon.word_set("participle_buyers", "place_preps")
REPORT = lexicon.word_set("participle_buyers", "report_verbs")
ORDER_NOUNS = lexicon.word_set("participle_buyers", "order_nouns")
SUBJECTS = ("nsubj", "nsubjpass")
CLIMB = 4  # clauses climbed from the arrival verb to the report


def _bought(head: Token, trigger: Token) -> bool:
    """"jets, bought from X": the row's trigger is a participle of buying or supplying on the item noun."""
    return trigger.head.i == head.i and trigger.dep_ == "acl" and trigger.tag_ == "VBN" and \
        trigger.lemma_.lower() in BUYING


def _arrival(head: Token) -> Token | None:
    """The verb of arrival or placing the item is the subject of."""
    verb = head.head
    if head.dep_ in SUBJECTS and verb.lemma_.lower() in ARRIVAL and verb.pos_ in ("VERB", "AUX"):
        return verb
    return None


def _garden_path(head: Token, trigger: Token) -> Token | None:
    """"aircraft, acquired from X, arrived in <city>" read with "acquired" as the main verb and "arrived" its
    conjunct with no subject and no "and": the conjunct."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.i != trigger.i or verb.lemma_.lower() not in BUYING or any(c.dep_ == "cc" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and c.lemma_.lower() in ARRIVAL
                 and not any(g.dep_ in SUBJECTS for g in c.children)), None)


def _official(res: ActorResolver, tok: Token) -> Resolved | None:
    found = res.resolve(tok)
    if found is None or found.guessed or found.actor.kind not in ("state", "government_body"):
        return None
    return found if found.actor.country else None


def _place(verb: Token, head: Token, res: ActorResolver) -> Resolved | None:
    """"unloaded at a <city> air base", "seen in a parade in <city>", "unloaded from a plane at a <city> base":
    the first state or city of a place phrase of the verb's own clause (not of the item's phrase)."""
    skip = {t.i for t in head.subtree}
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS or prep.i in skip or \
                any(a.dep_ in ("ccomp", "advcl", "relcl", "acl") for a in _between(prep, verb)):
            continue
        for tok in prep.subtree:
            if tok.i != prep.i and (found := _official(res, tok)) is not None:
                return found
    return None


def _between(tok: Token, top: Token) -> list[Token]:
    """The heads from tok up to top (top left out)."""
    out = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def _speaker(verb: Token, res: ActorResolver) -> Resolved | None:
    """"the <adjective> ministry said ... were unloaded", "according to the <adjective> army, ... landed"."""
    for prep in verb.children:
        if prep.lower_ == "according":
            for tok in prep.subtree:
                if tok.i != prep.i and _names_state(tok) and (found := _official(res, tok)) is not None:
                    return found
    head = verb
    for _ in range(CLIMB):
        if head.head.i == head.i or head.dep_ not in ("ccomp", "conj", "parataxis"):
            break
        head = head.head
        if head.lemma_.lower() in REPORT:
            subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
            return None if subject is None or not _names_state(subject) else _official(res, subject)
    return None


def _reported_order(trigger: Token, res: ActorResolver) -> Resolved | None:
    """"a deal for 20 helicopters signed with X will be paid in instalments, the <adjective> ministry said": a
    noun of order the subject of a clause that a state's own body reports."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in ORDER_NOUNS or trigger.dep_ not in SUBJECTS:
        return None
    return _speaker(trigger.head, res)


@lru_cache(maxsize=1)
def _state_words() -> frozenset[str]:
    """Names, aliases, demonyms and capitals of the states, lower-cased."""
    out: set[str] = set()
    for c in lexicon.load().countries.values():
        out.update(w.lower() for w in (c.name, *c.aliases, *c.demonyms, *c.capitals))
    return frozenset(out)


def _names_state(phrase: Token) -> bool:
    """"the <adjective> defence ministry", "the ministry in <city>": the speaker's own words name its state (a bare
    "the defence ministry" may stand for any state told before)."""
    words = [t.lower_ for t in phrase.subtree]
    grams = {*words, *(" ".join(words[i:i + 2]) for i in range(len(words) - 1)),
             *(" ".join(words[i:i + 3]) for i in range(len(words) - 2))}
    return bool(grams & _state_words())


def fill(rows: list[Row], res: ActorResolver) -> None:
    """A delivered row with a seller and no buyer whose item a participle tells as bought: the place's state,
    else the reporting body's."""
    for r in rows:
        if r.recipient is not None or r.supplier is None or r.frame.stage not in ("delivered", "ordered"):
            continue
        head, trigger = r.item.head, r.frame.trigger
        if r.frame.stage == "ordered":
            found = _reported_order(trigger, res)
        else:
            verb = _arrival(head) if _bought(head, trigger) else _garden_path(head, trigger)
            found = None if verb is None else _place(verb, head, res) or _speaker(verb, res)
        if found is not None and not same_state(found, r.supplier):
            r.recipient, r.inherited = found, True
