"""The tables of reference deals (migration 0007): imported tables of deals (SIPRI's trade register, ...)
and which register records they hold. Their models share `schema.Base`, so its metadata holds them once this
module is imported (`materiel.store.db` and the migrations' env do)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from materiel.store.schema import Base


class ReferenceRow(Base):
    """One deal of a reference table an analyst imported (`materiel import sipri|csv`, migration 0007): SIPRI's
    trade register or any table of deals. It belongs to a collection like a document (need-to-know applies);
    its names are resolved with the gazetteers; a row whose supplier or recipient could not be resolved is
    kept with `problem` saying why, and never matched."""

    __tablename__ = "reference_rows"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    collection: Mapped[str] = mapped_column(String(200), index=True, default="reference")
    source: Mapped[str] = mapped_column(String(500))
    line: Mapped[int] = mapped_column(Integer)
    supplier_id: Mapped[str | None] = mapped_column(String(200))
    supplier_text: Mapped[str] = mapped_column(Text, default="")
    recipient_id: Mapped[str | None] = mapped_column(String(200))
    recipient_text: Mapped[str] = mapped_column(Text, default="")
    designation: Mapped[str | None] = mapped_column(String(300))
    designation_text: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str | None] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)
    number_ordered: Mapped[float | None] = mapped_column(Float)
    year_of_order: Mapped[int | None] = mapped_column(Integer)
    years_of_delivery: Mapped[str | None] = mapped_column(Text)
    first_year: Mapped[int | None] = mapped_column(Integer)  # the earliest of the order and delivery years
    last_year: Mapped[int | None] = mapped_column(Integer)  # the latest
    number_delivered: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str | None] = mapped_column(Text)
    comments: Mapped[str | None] = mapped_column(Text)
    problem: Mapped[str | None] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ReferenceMatchRow(Base):
    """A register record and a reference row of the same deal (see `store.matching`); `collection` is the
    reference row's, so that "known" is only ever said within the caller's scope."""

    __tablename__ = "reference_matches"

    record_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    reference_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False, index=True)
    collection: Mapped[str] = mapped_column(String(200))


Index("ix_reference_rows_parties", ReferenceRow.supplier_id, ReferenceRow.recipient_id)
