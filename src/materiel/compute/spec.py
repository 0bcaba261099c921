"""The extraction a runner runs, by name (`ExtractSpec`, picklable), and `extract_safely`: a report or the
reason extraction failed. Shared by the local runners (`runners`) and the Dask runner (`cluster`)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from materiel.record.errors import InputError, MaterielError
from materiel.record.models import Report
from materiel.sources.incoming import Incoming

# What a runner yields for a document: its report, or why extraction failed (None for an entry that
# is not a document to extract: it passes through, in its place).
Result = Report | str
# What extracts one document: an `ExtractSpec`, or any function (in process only).
Extract = Callable[[Incoming], Report]


@dataclass(frozen=True)
class ExtractSpec:
    """The extraction to run, by name (picklable: a worker builds its own extractor once). spaCy is
    imported on the first call only: the store and the workbench import this module without extracting."""

    model: str | None = None
    prefilter: bool = False

    def __call__(self, item: Incoming) -> Report:
        from materiel.extraction.pipeline import get_extractor  # deferred: spaCy, ~2 s to import

        return get_extractor(self.model, self.prefilter).extract(item.document)

    def warm(self) -> None:
        from materiel.extraction.pipeline import get_extractor  # deferred: spaCy, ~2 s to import

        get_extractor(self.model, self.prefilter)


def extract_safely(extract: Extract, item: Incoming) -> Result:
    """A report, or the reason extraction failed: a bug on one document must not stop a corpus."""
    try:
        return extract(item)
    except InputError as exc:  # the document's own fault (too long): its reason, without the source again
        return exc.reason
    except MaterielError as exc:
        return f"extraction failed: {exc}"
    except Exception as exc:
        return f"extraction failed ({type(exc).__name__}: {exc})"
