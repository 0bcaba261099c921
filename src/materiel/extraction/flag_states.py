"""A ship's flag state is no party: "a Tarvian-flagged freighter carrying X for Y", "a Tarvia-registered ship",
"a cargo ship under the Tarvian flag". The state or demonym before a flagging participle (hyphenated or not) or a
flag noun leaves the text's recognised actors, so no frame reads it as the cargo's supplier or recipient; the
cargo's own "from" and "for" phrases name the parties. A ship "bound for home" or "heading home" keeps its flag
state: home is the flag state, the cargo's destination (frames/searched_vessels.py). Word lists: words.toml
[flag_states], [frame_words] home_words."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from materiel import lexicon

PARTICIPLES = lexicon.word_set("flag_states", "participles")
FLAG_NOUNS = lexicon.word_set("flag_states", "flag_nouns")
STATE_KINDS = ("country", "demonym")
HOME = lexicon.word_set("frame_words", "home_words")


def _flag_state(span: Span) -> bool:
    """The state's name is followed by a flagging participle ("-flagged") or a flag noun ("flag")."""
    doc, k = span.doc, span.end
    if k < len(doc) and doc[k].text in ("-", "\u2013"):
        k += 1
    if k >= len(doc) or span.kb_id_ not in STATE_KINDS or any(t.lower_ in HOME for t in span.sent):
        return False
    return doc[k].lower_ in PARTICIPLES or doc[k].lower_ in FLAG_NOUNS and doc[k].pos_ == "NOUN"


@Language.component("materiel_flag_states")
def flag_states(doc: Doc) -> Doc:
    spans = list(doc.spans.get("actors", []))
    kept = [s for s in spans if not _flag_state(s)]
    if len(kept) != len(spans):
        doc.spans["actors"] = kept
    return doc
