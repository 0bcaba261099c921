from __future__ import annotations

import pytest

from materiel.extraction.pipeline import Extractor, get_extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return get_extractor()
