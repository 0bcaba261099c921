"""The closed vocabularies of the record, written once: the stages of a transfer (in the order a deal
progresses, the order the register, the consolidation and the workbench use), the factualities, and the
kinds of actor. Each is a Literal (for the pydantic models and type checkers) and a tuple derived from it.
A new stage is one line here: add it to `Stage` at its place in the progression."""
from __future__ import annotations

from typing import Literal, get_args

Stage = Literal[
    "requested",
    "considered",
    "offered",
    "ordered",
    "delivered",
    "refused",
    "intercepted",
]
Factuality = Literal["asserted", "negated", "denied", "uncertain"]
ActorKind = Literal["state", "government_body", "armed_group", "company", "igo", "person", "other"]

STAGES: tuple[str, ...] = get_args(Stage)
FACTUALITIES: tuple[str, ...] = get_args(Factuality)
ACTOR_KINDS: tuple[str, ...] = get_args(ActorKind)
STAGE_RANK: dict[str, int] = {stage: i for i, stage in enumerate(STAGES)}  # later in the progression: higher
