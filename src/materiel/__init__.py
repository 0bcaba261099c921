"""materiel: a sourced arms-transfer register from reporting on wars and the arms trade."""
from __future__ import annotations

from datetime import date

from materiel.record.errors import DataError, InputError, MaterielError, ModelError
from materiel.record.models import Actor, Report, Transfer

__version__ = "0.1.0"
__all__ = ["extract", "Report", "Transfer", "Actor", "MaterielError", "InputError", "ModelError",
           "DataError", "__version__"]


def extract(text: str, published: date | str | None = None, *, source: str = "<text>",
            title: str | None = None, model: str | None = None) -> Report:
    """Read one text and return its transfer register (see `materiel.extraction.pipeline.Extractor`)."""
    from materiel.extraction.pipeline import get_extractor  # deferred: spaCy (~2 s), only to extract

    return get_extractor(model).extract_text(text, published=published, source=source, title=title)
