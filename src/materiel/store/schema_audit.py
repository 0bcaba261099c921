"""The audit trail's tables (see `materiel.security.audit`). Their models share `schema.Base`, so its
metadata holds them once this module is imported (the migrations' env does)."""
from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from materiel.store.schema import Base


class AuditRow(Base):
    """One entry of the audit trail. `at` is an ISO-8601 UTC string and `detail` canonical JSON text, so
    that the hash of an entry is computed from exactly what is stored. Triggers refuse UPDATE and DELETE."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(40), index=True)
    actor: Mapped[str] = mapped_column(String(200), index=True)
    action: Mapped[str] = mapped_column(String(40), index=True)
    target: Mapped[str | None] = mapped_column(Text)
    collection: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(100))
    detail: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHeadRow(Base):
    """The chain's head (one row, id 1): how many entries and the last hash; appends lock it."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    n: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
