"""The readings behind the topic state's three sources (`topic.STEPS`): an official text's issuer line
(`issuing_state`), a report's first line (`first_line_state`), the most named state with the headline and the wire
dateline counting more (`headline_state`, `dateline_state`). A paper's masthead opening the text ("THE DAILY POST -
Monday 3 March 2014") is no title: the first line's state is read from the line after it (`title_start`)."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from materiel import lexicon
from materiel.extraction.mentions.resolved import Resolved
from materiel.extraction.mentions.titled_datelines import titled_place
from materiel.record.models import Actor

NAME_KINDS = ("country", "metonym")  # the names of the first line that count for "home"
ISSUER_NOUNS = lexicon.word_set("resolve", "issuer_nouns")
TOPIC_BODIES = lexicon.word_set("resolve", "topic_bodies")
OPENING_LINES = 3     # non-empty opening lines read for the issuer
MAX_WORDS = 12        # an issuer line is a name, not a sentence
TOPIC_MARGIN = 2      # the headline topic is named at least this many times as often as any other state
TOPIC_MIN = 3         # ... and at least this many times
HEADLINE_WEIGHT = 3   # a name in the headline or the dateline counts this many times
DATELINE_CHARS = 800  # a dateline opens one of the lines within this many characters of the start
WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
DATELINE = re.compile(r"([A-Z][A-Z.' ]+[A-Z])(?:,| [-–—] )")
# A masthead: a paper's name, then after a dash the issue's date, a place before it at most ("THE DAILY POST -
# Monday 3 March 2014", "... - Lakeport, May 3, 2014"); the headline is the line after it.
MASTHEAD = re.compile(r"^[^.!?]{3,80}\s[-–—]\s+(?:[A-Z][\w'-]*(?: [A-Z][\w'-]*)*,\s*)?"
                      r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                      r"(?:\d{1,2} [A-Z][a-z]+,? \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4})$")


def issuing_state(text: str, lex: lexicon.Lexicon) -> str | None:
    """The ISO3 code of the state whose institution the opening lines of text name, or None."""
    lines = [ln.strip() for ln in text[:600].splitlines() if ln.strip()][:OPENING_LINES]
    for line in lines:
        if not issuer_line(line):
            continue
        text = " " + " ".join(w.lower() for w in WORD.findall(line)) + " "
        states = {c.iso3 for c in lex.countries.values()
                  if any(_named(n, line, text) for n in (c.name, *c.aliases, *c.demonyms))}
        if len(states) == 1:
            return states.pop()
    return None


def issuer_line(line: str) -> bool:
    """The line names an institution that issues the text ("MINISTRY OF DEFENCE OF X", "Embassy of X"): short,
    no sentence, with an issuer's noun."""
    words = [w.lower() for w in WORD.findall(line)]
    text = " " + " ".join(words) + " "
    return bool(words) and len(words) <= MAX_WORDS and not line.endswith(".") and \
        any(f" {n} " in text for n in ISSUER_NOUNS)


def _named(name: str, line: str, text: str) -> bool:
    """The name in the line: short names ("US", "UK") only as written, longer ones in any case."""
    norm = " ".join(w.lower() for w in WORD.findall(name))
    if not norm:
        return False
    if len(name) <= 3:
        return name in WORD.findall(line)
    return f" {norm} " in text


def title_start(text: str) -> int:
    """Where the title line starts: the text's start, or the line after a masthead that opens it."""
    lines = text[:DATELINE_CHARS].split("\n")
    k = next((n for n, line in enumerate(lines) if line.strip()), len(lines))
    if k + 1 >= len(lines) or not MASTHEAD.match(lines[k].strip()):
        return 0
    rest = sum(len(x) + 1 for x in lines[:k + 1])
    return rest + len(text[rest:]) - len(text[rest:].lstrip())


def title_sentence(doc: Doc) -> Span | None:
    """The first sentence of the title line (after a masthead, mentions/topic_sources.title_start)."""
    start = title_start(doc.text)
    return next((s for s in doc.sents if s.start_char >= start), None)


def first_line_state(doc: Doc, by_token: dict[int, Span], resolve: Callable[[Token], Resolved | None],
                     span_actor: Callable[[Span], Actor | None] | None = None) -> str:
    """The ISO3 code of the state of the first line, "" when it names none or no one of several."""
    first = title_sentence(doc)
    if first is None:
        return ""
    states = {r.actor.country for t in first if t.i in by_token and by_token[t.i].kb_id_ in NAME_KINDS
              for r in [resolve(t)] if r is not None and r.actor.kind == "state" and r.actor.country}
    if not states and span_actor is not None and "\n" in doc.text.strip():  # a title's demonym naming
        states = {a.country for t in first if t.i in by_token and by_token[t.i].kb_id_ == "demonym"  # its body:
                  # "Two die as Ruritanian navy boat sinks" (a one-line text has no title)
                  and _body_after(by_token[t.i]) for a in [span_actor(by_token[t.i])] if a is not None and a.country}
    if len(states) == 1:
        return states.pop()
    subject = next((c for c in first.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    r = resolve(subject) if subject is not None and subject.i in by_token else None
    return r.actor.country if r is not None and r.actor.country in states else ""


def _body_after(span: Span) -> bool:
    """The words right after a demonym name a body every state has ("... navy", "... air force")."""
    words = [t.lower_ for t in span.doc[span.end: span.end + 3]]
    return any(" ".join(words[:n]) in TOPIC_BODIES for n in (1, 2, 3))


def headline_state(doc: Doc, states: list[tuple[Span, str]]) -> str | None:
    """The ISO3 code of the state named most, or None. `states` holds each recognised name with the
    state it names; the headline (the text's first line) and the dateline count more."""
    first_line = doc.text.find("\n")  # a masthead's line too: its place ("THE DAILY POST (Lakeport)") counts
    issuer = first_line > 0 and issuer_line(doc.text[:first_line].strip())  # an issuer's name is no headline
    counts: Counter[str] = Counter()
    for span, iso3 in states:
        if 0 <= span.start_char < first_line:
            counts[iso3] += 0 if issuer else HEADLINE_WEIGHT
        else:
            counts[iso3] += 1
    place = dateline_state(doc.text)
    if place is not None:
        counts[place] += HEADLINE_WEIGHT
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < TOPIC_MIN:
        return None
    if len(ranked) > 1 and ranked[0][1] < TOPIC_MARGIN * ranked[1][1]:
        return None
    return ranked[0][0]


def dateline_state(text: str) -> str | None:
    """The state of a wire dateline's place ("ACCRA, May 2 (Reuters) -", "JAKARTA —") opening one of
    the text's first lines: a capital or a state's name, in capitals, or the state a town's dateline names
    after it ("MOMBASA, Kenya, May 2 -")."""
    for line in text[:DATELINE_CHARS].splitlines():
        m = DATELINE.match(line.strip())
        place = _places().get(m.group(1).strip().lower()) if m else None
        if m and place is None and line.strip()[m.end(1):m.end(1) + 1] == ",":  # "BANDUNG, Indonesia, May 2 -"
            place = _places().get(line.strip()[m.end():].split(",")[0].strip().lower())
        if place is None and (titled := titled_place(line.strip())) is not None:  # "Tarvo, May 2 -"
            place = _places().get(titled)
        if place is not None:  # not a title's label ("ANALYSIS - ...", "EXCLUSIVE - ...")
            return place
    return None


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """Capitals and state names, lower-cased, to ISO3 codes."""
    lex = lexicon.load()
    out = {r["phrase"].lower(): r["refers_to"] for r in lexicon.csv_rows("metonyms.csv") if r["kind"] == "capital"}
    out.update({c.name.lower(): c.iso3 for c in lex.countries.values()})
    return out


# -- the unnamed bodies each use gives the topic state to --------------------------------------------------
