"""One spaCy parse per text for the whole test session, for the tests that extract the same documents
(imported as `from _parses import parse_once`; tests take it through the `shared_parses` fixture).

The behaviour snapshot, the gold-set floors, the prefilter's same-rows test and the examples' scorer all
extract the fixture and shared example documents; the parse is about four fifths of an extraction. While a
test holds `shared_parses`, `Language.__call__` on a plain text returns a copy (`Doc.copy`: tokens, spans,
user data) of the first parse of that text by that pipeline. Everything after the parse (materiel's rules,
the store, the CLI) runs again each time, and the first parse of each text is a real one: the snapshot's
hashes are recorded by `scripts/snapshot.py` without this cache, so a parse that came out differently would
show there as a changed hash, never pass unnoticed.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

PLAIN_CALL = Language.__call__
# (id of the pipeline, text) -> (the pipeline, kept alive so that its id is not reused; its parse)
PARSES: dict[tuple[int, str], tuple[Language, Doc]] = {}


def parse_once(nlp: Language, text: str | Doc, *, disable: Iterable[str] = (),
               component_cfg: dict[str, dict[str, Any]] | None = None) -> Doc:
    """`nlp(text)`, parsed once per pipeline and text; a Doc given, or any option, is passed through."""
    if not isinstance(text, str) or list(disable) or component_cfg:
        return PLAIN_CALL(nlp, text, disable=disable, component_cfg=component_cfg)
    key = (id(nlp), text)
    if key not in PARSES:
        PARSES[key] = (nlp, PLAIN_CALL(nlp, text))
    return PARSES[key][1].copy()
