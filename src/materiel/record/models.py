"""The record, as pydantic models. The JSON output and `materiel schema` are generated from these."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from materiel.record.vocabulary import ACTOR_KINDS, FACTUALITIES, STAGES, ActorKind, Factuality, Stage  # noqa: F401 (the tuples are re-exported)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Actor(_Model):
    """A political actor: a state, a body of one, an armed group, a company, an IGO or a person."""

    id: str = Field(description="Stable id: ISO 3166 alpha-3 for states, a slug otherwise")
    name: str = Field(description="Canonical name")
    kind: ActorKind
    country: str | None = Field(default=None, description="ISO 3166 alpha-3 of the actor's state")
    text: str = Field(description="Surface form in the document")


class Item(_Model):
    text: str = Field(description="The item as written (the noun phrase, without quantity)")
    designation: str | None = Field(default=None, description="Canonical designation, e.g. 'K9 Thunder'")
    category: str = Field(description="Materiel category from the gazetteer vocabulary")


class Attribution(_Model):
    text: str = Field(description="Who says so, as written")
    source: Actor | None = None


class When(_Model):
    text: str
    start: str = Field(description="YYYY-MM-DD")
    end: str = Field(description="YYYY-MM-DD")


class Where(_Model):
    text: str
    country: str | None = Field(default=None, description="ISO 3166 alpha-3")


class Evidence(_Model):
    text: str = Field(description="The sentence, exactly as in the document")
    start: int = Field(description="Character offset of the sentence in the document text")
    end: int


class Value(_Model):
    """What the deal is worth, as the text states it, and in US dollars of the deal's year."""

    amount: float | int = Field(description="The amount as stated, in `currency` (\"€3.75bn\" -> 3750000000)")
    currency: str = Field(description="ISO 4217 code")
    text: str = Field(description="The amount as written")
    usd: float | int | None = Field(default=None, description="In US dollars at the yearly rate of the deal's "
                                    "year (lexicon usd_rates.csv); null when the year or the rate is unknown")


class Transfer(_Model):
    supplier: Actor | None = None
    recipient: Actor | None = None
    intermediary: Actor | None = None
    item: Item
    quantity: float | int | None = None
    quantity_text: str | None = None
    value: Value | None = Field(default=None, description="The deal's value when the text gives one")
    stage: Stage
    factuality: Factuality = "asserted"
    denied_by: Actor | None = None
    intercepted_by: Actor | None = Field(default=None, description="Who seized, interdicted or captured the "
                                         "shipment in transit (stage intercepted); never its recipient")
    attribution: Attribution | None = None
    when: When | None = None
    where: Where | None = None
    evidence: Evidence
    rule: str = Field(description="Name of the rule that produced the row")
    confidence: float = Field(ge=0.0, le=1.0)


PloverType = Literal["AGREE", "REQUEST", "REJECT", "ACCUSE", "AID", "CONSULT", "SUPPORT", "THREATEN",
                     "SANCTION", "COOPERATE", "ASSAULT", "PROTEST", "MOBILIZE", "COERCE", "RETREAT",
                     "CONCEDE", "SEIZE"]
PLOVER_TYPES: tuple[str, ...] = ("AGREE", "REQUEST", "REJECT", "ACCUSE", "AID", "CONSULT", "SUPPORT",
                                 "THREATEN", "SANCTION", "COOPERATE", "ASSAULT", "PROTEST", "MOBILIZE",
                                 "COERCE", "RETREAT", "CONCEDE", "SEIZE")


class Event(_Model):
    """An interaction between actors, coded in PLOVER; transfer rows link to the event they come from."""

    type: PloverType
    mode: str | None = Field(default=None, description="PLOVER mode; negated/hypothetical/denied come from factuality")
    actor: Actor
    target: Actor | None = None
    factuality: Factuality = "asserted"
    attribution: Attribution | None = None
    when: When | None = None
    where: Where | None = None
    evidence: Evidence
    rule: str
    confidence: float = Field(ge=0.0, le=1.0)
    transfers: list[int] = Field(default_factory=list, description="Indexes of the transfer rows it carries")


class DocumentInfo(_Model):
    id: str = Field(description="sha256 of the document text")
    source: str
    title: str | None = None
    published: str | None = Field(default=None, description="YYYY-MM-DD")


class Report(_Model):
    """What materiel reads from one document."""

    document: DocumentInfo
    actors: list[Actor] = Field(default_factory=list)
    transfers: list[Transfer] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
