"""A supplier's deliveries told as a list of its customers: a maker's news release or a report on one exporter whose
lines each open with the buyer as label, a state or one of its services ("- Velmaria: 12 Kestrel trucks were
handed over in March", "- Royal Navy of Velmaria: delivery of four boats was completed", "- Borduran Coast
Guard: two interceptor boats").

- `body_states`: a label that names one state's armed or civil service, "[Royal] <state or demonym> <capitalised
  words with a service word>" ("Velmarian Navy", "Borduria Coast Guard", "Velmarian Emiri Air Wing") or
  "[Royal] <service words> of [the] <state>" ("Royal Navy of Velmaria"), stands for that state, as a state's
  name does (`destination_lines`);
- `restage`: a row that a verb before the list gave its items to ("Deliveries this year:", "The package
  includes:") takes the stage its line tells of its item: the deal noun or verb the item hangs on ("a contract
  for ten boats": ordered; "delivery of four boats was completed", "the first boat was delivered": delivered);
  an item of a later sentence of the line, told by a verb of its own that no such reading places ("Each
  truck is to carry an X gun"), is none of the listed transfers;
- `refused_here`: in a line of several sentences, a refusal refuses only the rows whose verb it governs
  ("- Borduria: its order for 40 trucks was the largest. Of the 12 delivered, Borduria refused to accept 5": the
  order and the delivery stand);
- `release_maker`: when the text bears no mark of an issuing state (`destination_rows.issuing_state`), the
  issuer of such a list is the firm the release's opening sentence is about (`lead_firm`), when its home state
  is none of the list's destinations: each line's rows are that firm's supplies.

Service words: [customer_lines] service_words in words.toml."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.lead_firm import lead_firm
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

SERVICE_WORDS = lexicon.word_set("customer_lines", "service_words")
LEAD_WORDS = lexicon.word_set("customer_lines", "lead_words")
_CLASSES = lexicon.toml("predicates.toml")["classes"]
STAGE_WORDS = {w: c["stage"] for c in (_CLASSES["buy"], _CLASSES["supply"]) for w in (*c["verbs"], *c["nouns"])}
REFUSALS = lexicon.word_set("destination_lines", "refused_cues")
REFUSING = lexicon.word_set("destination_lines", "refusing_verbs")
STOPS = lexicon.word_set("destination_lines", "application_nouns")  # "a permit to ship X": no stage of the line
LINE_CONFIDENCE = 0.8  # as destination_rows' lines
WORD = re.compile(r"[^\W\d_]+(?:[-'.][^\W\d_]+)*\.?")


def service_names(lex: lexicon.Lexicon) -> dict[str, str]:
    """Each state's name, alias and demonym, lower-cased, to its ISO3 code (a demonym names no state alone)."""
    out: dict[str, str] = {}
    for c in lex.countries.values():
        for n in (c.name, *c.aliases, *c.demonyms):
            if n:
                out.setdefault(n.lower(), c.iso3)
    return out


def _service(words: list[str]) -> bool:
    """Capitalised words at least one of which is a service word ("Emiri Naval Forces", "Coast Guard Service")."""
    return bool(words) and all(w[:1].isupper() or w.lower() in ("of", "and", "the") for w in words) and \
        any(w.lower() in SERVICE_WORDS for w in words)


def body_states(label: str, names: dict[str, str]) -> list[str]:
    """The one state whose service the label names (see the module's text), else []."""
    label = re.sub(r"\s*\([^)]*\)", "", label).strip(" *_")
    label = re.sub(r"\bSt\.?(?=\s)", "Saint", label)  # "St. Kitts and Nevis Defence Force"
    words = WORD.findall(label)
    if not words or not words[0][:1].isupper():
        return []
    if words[0].lower() in LEAD_WORDS:
        words = words[1:]
    text = " ".join(words)
    low = text.lower()
    m = re.match(r"^(?P<body>.+?)\s+of\s+(?:the\s+)?(?P<state>.+)$", text)
    if m and m.group("state").lower() in names and _service(m.group("body").split()):
        return [names[m.group("state").lower()]]  # "Royal Navy of Velmaria"
    for k in range(len(words) - 1, 0, -1):  # the longest state name before the service words
        head = " ".join(words[:k]).lower()
        if head in names and _service(words[k:]) and low.startswith(head):
            return [names[head]]
    return []


def release_maker(res: ActorResolver, destinations: set[str]) -> Resolved | None:
    """The firm whose release lists its customers: the lead firm, of a home state none of the destinations."""
    firm = lead_firm(res.doc, res)
    if firm is None or not firm.actor.country or firm.actor.country in destinations:
        return None
    return firm


def _told_stage(r: Row, span: Span) -> str | None:
    """The stage of the deal word the item hangs on within the line, "" when a verb of another reading governs it
    first, None when no word of the line governs it."""
    for a in r.item.head.ancestors:
        if not span.start <= a.i < span.end:
            return None
        lemma = a.lemma_.lower()
        if lemma in STOPS:
            return None
        if lemma in STAGE_WORDS and a.pos_ in ("NOUN", "VERB"):
            return str(STAGE_WORDS[lemma])
        if a.pos_ == "VERB" and a.dep_ not in ("acl", "amod"):
            return ""
    return None


def restage(r: Row, span: Span) -> Row | None:
    """The row of an outer verb given the stage its line tells of its item (see the module's text)."""
    t = r.frame.trigger
    if span.start <= t.i < span.end or r.frame.stage == "refused" or r.frame.negated:
        return r
    stage = _told_stage(r, span)
    if stage == "" and r.item.head.sent.start > span.start:
        return None  # "Each truck is to carry an X gun": fitted, no transfer of the list
    if not stage or stage == r.frame.stage:
        return r
    f = replace(r.frame, stage=stage, rule=r.frame.rule + ":line-stage", roles={k: list(v) for k, v in r.frame.roles.items()})
    return replace(r, frame=f)


def refused_here(r: Row, span: Span) -> bool:
    """The line is one sentence, or a refusing verb of the line governs the row's trigger through verbs alone
    ("Borduria declined to take 7"; not "Of the 19 trucks shipped, Borduria declined ...")."""
    if len({t.sent.start for t in span}) < 2:
        return True
    t = r.frame.trigger
    chain = [t]
    for a in t.ancestors:  # the verbs that govern the trigger ("declined to take 7"), not a noun's clause
        if a.pos_ not in ("VERB", "AUX") or not span.start <= a.i < span.end:
            break
        chain.append(a)
    return any(c.lower_ in REFUSALS or c.lemma_.lower() in REFUSING for c in chain)


def maker_of(maker: Resolved | None, label: Token) -> Resolved | None:
    """The release's firm as the supplier of a line (its label the evidence), if any."""
    return Resolved(maker.actor.model_copy(), LINE_CONFIDENCE, label) if maker is not None else None

