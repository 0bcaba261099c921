"""Find an actor by any name: the one resolver of every lookup (`materiel actor`, `register --supplier /
--recipient / --intercepted-by`, `events --actor / --target`, the workbench's filters, its autocompletion
and the API).

Levels, tried in order; the first that finds an actor answers, with every actor it finds:

1. `id`      the actor's id, any case ("usa", "hamas");
2. `name`    its name, any case ("United States");
3. `alias`   a name the reference data knows it by (`materiel.lexicon.names`): gazetteer names, capitals and
             seats of government, demonyms, short forms ("US", "Britain", "Ankara", "Kiev", "Turkish");
4. `written` a way a document of the scope wrote it ("Armenia's defence ministry");
5. `prefix`  the start of its name or of a word of its name ("Lockheed", "Martin"), never a piece from
             inside a word: "US" finds neither Cyprus nor Mauritius. A name the reference data knows stops
             before: "UK" is the United Kingdom or nothing, never Ukraine.

Within a scope (see `materiel.store.scope`) only the actors its documents name exist, so no answer, "not
found" or "ambiguous" hints at another collection. An empty name is a usage error (`EmptyName`); more than
one actor at the answering level is `AmbiguousName`, which lists them with their kind and country where
one must be chosen (`one_actor`, `actor_ids`).
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from materiel.lexicon.names import known_as
from materiel.store.errors import NotFound, StoreError
from materiel.store.names import named_in
from materiel.store.schema import ActorRow, DocActorRow
from materiel.store.scope import ScopeLike, restrict

LEVELS = ("id", "name", "alias", "written", "prefix")
LISTED = 8  # candidates an ambiguity names


class EmptyName(StoreError):
    """No name given where an actor's name or id is needed (a usage error)."""


class AmbiguousName(StoreError):
    """A name that designates several actors at once; `candidates` holds them."""

    def __init__(self, text: str, candidates: tuple[Candidate, ...], what: str = "actor") -> None:
        self.text, self.candidates = text, candidates
        some = "; ".join(c.label() for c in candidates[:LISTED])
        more = f"; and {len(candidates) - LISTED} more" if len(candidates) > LISTED else ""
        super().__init__(f"{what} {text!r} is ambiguous: {some}{more}; give the id")


@dataclass(frozen=True)
class Candidate:
    """An actor a name found."""

    id: str
    name: str
    kind: str
    country: str | None

    def label(self) -> str:
        """"Türkiye (TUR, state)", "Baykar (baykar, company, TUR)"."""
        country = self.country if self.country != self.id else None
        return f"{self.name} ({', '.join(x for x in (self.id, self.kind, country) if x)})"

    def as_dict(self) -> dict[str, str | None]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "country": self.country, "label": self.label()}


@dataclass(frozen=True)
class Found:
    """What a name finds: the level that answered (None: nothing) and its actors, by name."""

    text: str
    level: str | None
    candidates: tuple[Candidate, ...]

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.candidates]


def _like(text: str) -> str:
    """`text` for a LIKE pattern, its wildcards escaped (with '\\')."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _conditions(session: Session, text: str, scope: ScopeLike) -> list[tuple[str, ColumnElement[bool]]]:
    """(level, condition on ActorRow) in the order they are tried."""
    t = text.lower()
    written = restrict(select(DocActorRow.actor_id).where(func.lower(DocActorRow.text) == t),
                       DocActorRow.collection, scope)
    p = _like(t)
    starts = or_(func.lower(ActorRow.name).like(p + "%", escape="\\"),
                 func.lower(ActorRow.name).like("% " + p + "%", escape="\\"),
                 func.lower(ActorRow.name).like("%-" + p + "%", escape="\\"))
    return [("id", func.lower(ActorRow.id) == t), ("name", func.lower(ActorRow.name) == t),
            ("alias", ActorRow.id.in_(sorted(alias_ids(session, text)))), ("written", ActorRow.id.in_(written)),
            ("prefix", starts)]


def alias_ids(session: Session, text: str) -> set[str]:
    """The ids of the actors known by `text`: the reference data's names (see `materiel.lexicon.names`)."""
    return set(known_as(text))


def _among(q: Select[ActorRow], scope: ScopeLike) -> Select[ActorRow]:
    cond = named_in(scope)
    return q if cond is None else q.where(cond)


def find_actors(session: Session, text: str, *, scope: ScopeLike, limit: int = 50) -> Found:
    """The actors `text` designates within `scope`: those of the first level that finds any (at most
    `limit`, by name). Raises EmptyName when `text` is blank."""
    name = text.strip()
    if not name:
        raise EmptyName("give an actor's name or id (the name is empty)")
    for level, cond in _conditions(session, name, scope):
        q = _among(select(ActorRow).where(cond), scope).order_by(func.lower(ActorRow.name), ActorRow.id).limit(limit)
        found = tuple(Candidate(a.id, a.name, a.kind, a.country) for a in session.scalars(q))
        if found:
            return Found(name, level, found)
        if level == "alias" and alias_ids(session, name):
            break  # a name the data knows ("UK") of an actor not here: not the start of another's ("Ukraine")
    return Found(name, None, ())


def actor_ids(session: Session, text: str, *, scope: ScopeLike, what: str = "actor") -> list[str]:
    """The one actor `text` designates, as a list of its id ([] when none does), for a filter. Raises
    AmbiguousName (naming `what`, e.g. "supplier") when it designates several, EmptyName when blank."""
    found = find_actors(session, text, scope=scope, limit=LISTED + 1)
    if len(found.candidates) > 1:
        raise AmbiguousName(found.text, found.candidates, what)
    return found.ids


def one_actor(session: Session, text: str, *, scope: ScopeLike) -> ActorRow:
    """The actor `text` designates; NotFound, AmbiguousName or EmptyName otherwise."""
    ids = actor_ids(session, text, scope=scope)
    actor = session.get(ActorRow, ids[0]) if ids else None
    if actor is None:
        raise NotFound(f"no actor {text!r} in the store (see `materiel actors`)")
    return actor


def suggest(session: Session, text: str, *, scope: ScopeLike, limit: int = 10) -> list[Candidate]:
    """Autocompletion: the actors `text` designates at every level, the better levels first (at most
    `limit`); nothing for a blank text."""
    name = text.strip()
    if not name:
        return []
    out: dict[str, Candidate] = {}
    for _level, cond in _conditions(session, name, scope):
        q = _among(select(ActorRow).where(cond), scope).order_by(func.lower(ActorRow.name), ActorRow.id).limit(limit)
        for a in session.scalars(q):
            out.setdefault(a.id, Candidate(a.id, a.name, a.kind, a.country))
        if len(out) >= limit:
            break
    return list(out.values())[:limit]
