"""Facets of the register: for each filterable field, the top values among the records currently
matched, with how many records each would keep. The records matched are those within the caller's
scope only, so no value or count comes from another collection."""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from materiel.store.filters import RegisterFilter, known_counts
from materiel.store.names import actor_names
from materiel.store.schema import MentionRow
from materiel.store.scope import ScopeLike
from materiel.web.register_query import filtered

TOP = 10
# the thresholds the Confidence facet offers (a record's confidence: its mentions' highest, calibrated)
CONFIDENCE_STEPS = (0.5, 0.6, 0.7, 0.8, 0.9)
Facet = dict[str, Any]


def _top(session: Session, q: Select[Any]) -> list[tuple[Any, int]]:
    return [(v, int(n)) for v, n in session.execute(q.limit(TOP)) if v is not None]


def _grouped(session: Session, sub: Any, column: str) -> list[tuple[Any, int]]:
    col = sub.c[column]
    n = func.count()
    return _top(session, select(col, n).group_by(col).order_by(n.desc(), col))


def _by_mention(session: Session, sub: Any, column: Any) -> list[tuple[Any, int]]:
    """Records having at least one mention with each value (how the stage and factuality filters match)."""
    n = func.count(func.distinct(MentionRow.record_id))
    q = select(column, n).join(sub, sub.c.id == MentionRow.record_id).group_by(column).order_by(n.desc(), column)
    return _top(session, q)


def reference_facet(session: Session, qy: RegisterFilter, *, scope: ScopeLike,
                    references: ScopeLike | bool = True) -> Facet:
    """"known N · new M": the records the other filters keep that a reference table the reader may read holds,
    and those none holds (`value` "known" / "new": the URL's ?reference=known|new, the `known` filter)."""
    known, new = known_counts(session, qy, scope=scope, exact_ids=True, references=references)
    values = [{"value": label, "label": label, "count": n, "selected": qy.known is v}
              for v, label, n in ((True, "known", known), (False, "new", new))]
    return {"name": "reference", "label": "Reference", "values": values, "active": qy.known is not None,
            "summary": f"known {known} · new {new}"}


def facets(session: Session, qy: RegisterFilter, *, scope: ScopeLike,
           references: ScopeLike | bool = True) -> list[Facet]:
    """[{"name", "label", "values": [{"value", "label", "count", "selected"}]}] for the page's sidebar; the
    Reference facet counts known and new against the reference tables of `references`."""
    sub = filtered(session, qy, scope=scope).order_by(None).subquery()
    suppliers = _grouped(session, sub, "supplier_id")
    recipients = _grouped(session, sub, "recipient_id")
    seizers = [(v, n) for v, n in _grouped(session, sub, "intercepted_by_id") if v is not None]
    names = actor_names(session, [v for v, _ in suppliers + recipients + seizers], scope=scope)
    by_sources: Counter[int] = Counter(dict(session.execute(select(sub.c.sources, func.count()).group_by(sub.c.sources)).all()))
    contested = int(session.scalar(select(func.count()).select_from(sub).where(sub.c.contradiction.is_(True))) or 0)
    at_least = [(k, sum(n for s, n in by_sources.items() if (s or 0) >= k)) for k in (1, 2, 3, 5)]
    confident = [(k, int(session.scalar(select(func.count()).select_from(sub).where(sub.c.confidence >= k)) or 0))
                 for k in CONFIDENCE_STEPS]
    factuality = _by_mention(session, sub, MentionRow.factuality)
    if contested:
        factuality.append(("contested", contested))

    def facet(name: str, label: str, pairs: list[tuple[Any, int]], labels: Mapping[Any, str] | None = None) -> Facet:
        current = getattr(qy, name)
        values = [{"value": str(v), "label": (labels or {}).get(v, str(v).replace("_", " ")), "count": n,
                   "selected": current is not None and str(current).lower() == str(v).lower()} for v, n in pairs]
        return {"name": name, "label": label, "values": values, "active": current not in (None, "")}

    seized = [facet("intercepted_by", "Intercepted by", seizers, names)] if seizers or qy.intercepted_by else []
    return [
        facet("supplier", "Supplier", suppliers, names),
        facet("recipient", "Recipient", recipients, names),
        facet("category", "Category", _grouped(session, sub, "category")),
        facet("stage", "Stage (any mention)", _by_mention(session, sub, MentionRow.stage)),
        *seized,
        facet("factuality", "Factuality", factuality),
        facet("min_sources", "Independent sources", [(k, n) for k, n in at_least if n],
              {k: f"{k} or more" for k, _ in at_least}),
        facet("min_confidence", "Confidence", [(k, n) for k, n in confident if n],
              {k: f"{k} or more" for k in CONFIDENCE_STEPS}),
        reference_facet(session, qy, scope=scope, references=references),
    ]
