"""A state's own force told with a listed group's generic name: "the Ruritania People's Defence Force", "Borduria's
People's Defense Forces", "the Ruritanian People's Defence Force". The gazetteer lists a group by that name, but a
state's name, possessive or adjective just before it makes the phrase the state's force; the group's match is then
dropped, and the phrase resolves as any "the X Defence Force" does (the state). When the state before the name is
the listed group's own, the group stays. Words: `name_endings` of [state_forces] in words.toml."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from materiel import lexicon

ENDINGS = lexicon.word_list("state_forces", "name_endings")
STATE_KINDS = ("country", "demonym")


def drop_named_for_state(doc: Doc, spans: list[Span]) -> list[Span]:
    """The actor spans without listed groups whose generic force name follows another state's name."""
    ends = {s.end: s for s in spans if s.kb_id_ in STATE_KINDS}
    if not ends:
        return spans
    countries = {a.id: a.country for a in lexicon.load().actors if a.kind == "armed_group"}
    return [s for s in spans if not _state_force(doc, s, ends, countries)]


def _state_force(doc: Doc, span: Span, ends: dict[int, Span], countries: dict[str, str | None]) -> bool:
    if span.kb_id_ != "actor" or span.label_ not in countries or not span.text.lower().endswith(ENDINGS):
        return False
    at = span.start
    if at > 0 and doc[at - 1].lower_ in ("'s", "\u2019s"):
        at -= 1  # "Ruritania's People's Defence Force"
    state = ends.get(at)
    return state is not None and state.label_ != countries[span.label_]
