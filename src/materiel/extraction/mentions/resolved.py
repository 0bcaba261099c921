"""An actor resolved from a token of the parse, with the confidence of the resolution."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from materiel.record.models import Actor


@dataclass(frozen=True)
class Resolved:
    actor: Actor
    confidence: float
    token: Token
