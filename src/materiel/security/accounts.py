"""Accounts, grants, web sessions and API tokens.

- Passwords are hashed with argon2id (argon2-cffi's defaults, RFC 9106 low-memory profile); a hash made
  with older parameters is replaced on the next successful sign-in.
- A grant gives one account "read" or "write" (read and add) on one collection. Nothing else gives
  reading: an administrator manages accounts and grants but reads only what a grant gives them.
- Sessions and API tokens are random secrets (`secrets.token_urlsafe`) handed to the user once; the
  store keeps only their sha256, so a copy of the database does not let anyone sign in. Both expire;
  tokens can be revoked. API tokens start with "mtl_" so that secret scanners can spot them.
"""
from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import CursorResult, delete, func, select
from sqlalchemy.orm import Session

from materiel.security.access import Access
from materiel.store.errors import NotFound, StoreError
from materiel.store.schema import GrantRow, SessionRow, TokenRow, UserRow

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,99}$")
RESERVED = ("anonymous", "local", "cli")  # what the audit trail calls the built-in actors (see Access.who)
LEVELS = ("read", "write")
MIN_PASSWORD = 8
TOKEN_PREFIX = "mtl_"
SESSION_HOURS = 12
TOKEN_DAYS = 90
_hasher = PasswordHasher()
# Verifying against this when the name is unknown takes as long as a real check (no user enumeration).
_DUMMY = _hasher.hash(secrets.token_urlsafe(16))


def now() -> datetime:
    return datetime.now(UTC)


def _aware(t: datetime) -> datetime:
    return t if t.tzinfo else t.replace(tzinfo=UTC)  # SQLite returns naive datetimes


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def check_name(name: str) -> str:
    if not NAME.match(name or ""):
        raise StoreError(f"invalid account name {name!r}: use letters, digits and . _ @ - (at most 100)")
    if name.lower() in RESERVED:
        raise StoreError(f"the account name {name!r} is reserved: the audit trail uses it for the built-in actors")
    return name


def check_password(password: str) -> str:
    if len(password or "") < MIN_PASSWORD:
        raise StoreError(f"the password is too short: give at least {MIN_PASSWORD} characters")
    return password


def check_collection(collection: str) -> str:
    if not collection or len(collection) > 200 or not collection.strip() or any(ord(c) < 32 for c in collection):
        raise StoreError(f"invalid collection name {collection!r}")
    return collection


def count_users(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(UserRow)) or 0)


def get_user(session: Session, name: str) -> UserRow:
    user = session.scalar(select(UserRow).where(UserRow.name == name))
    if user is None:
        raise NotFound(f"no account {name!r} (see `materiel users list`)")
    return user


def add_user(session: Session, name: str, password: str, admin: bool = False) -> UserRow:
    check_name(name)
    check_password(password)
    if session.scalar(select(UserRow.id).where(UserRow.name == name)) is not None:
        raise StoreError(f"there is already an account {name!r}")
    user = UserRow(name=name, password_hash=_hasher.hash(password), admin=admin, created_at=now())
    session.add(user)
    session.flush()
    return user


def remove_user(session: Session, name: str) -> None:
    """Delete an account with its grants, sessions and tokens (the audit trail keeps its name)."""
    user = get_user(session, name)
    for table in (GrantRow, SessionRow, TokenRow):
        session.execute(delete(table).where(table.user_id == user.id))
    session.delete(user)


def set_password(session: Session, name: str, password: str, revoke_tokens: bool = False) -> int:
    """A new password; every session of the account ends. Its API tokens stay valid (a script's token is
    not the password) unless `revoke_tokens`; returns how many tokens were revoked."""
    user = get_user(session, name)
    user.password_hash = _hasher.hash(check_password(password))
    session.execute(delete(SessionRow).where(SessionRow.user_id == user.id))
    if not revoke_tokens:
        return 0
    live = session.scalars(select(TokenRow).where(TokenRow.user_id == user.id, TokenRow.revoked_at.is_(None))).all()
    for row in live:
        row.revoked_at = now()
    return len(live)


def authenticate(session: Session, name: str, password: str) -> UserRow | None:
    """The account when `password` is its password, else None (in the same time either way)."""
    user = session.scalar(select(UserRow).where(UserRow.name == name)) if NAME.match(name or "") else None
    try:
        _hasher.verify(user.password_hash if user else _DUMMY, password or "")
    except (VerificationError, InvalidHashError):
        return None
    if user is None:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return user


def grant(session: Session, name: str, collection: str, level: str, by: str | None = None) -> GrantRow:
    if level not in LEVELS:
        raise StoreError(f"invalid grant {level!r}: give read or write")
    user = get_user(session, name)
    row = session.get(GrantRow, (user.id, check_collection(collection)))
    if row is None:
        row = GrantRow(user_id=user.id, collection=collection, level=level, granted_by=by, granted_at=now())
        session.add(row)
    else:
        row.level, row.granted_by, row.granted_at = level, by, now()
    session.flush()
    return row


def revoke(session: Session, name: str, collection: str) -> bool:
    user = get_user(session, name)
    deleted = cast("CursorResult[*tuple[Any, ...]]",  # a DELETE's result is a cursor result
                   session.execute(delete(GrantRow).where(GrantRow.user_id == user.id,
                                                          GrantRow.collection == collection)))
    return bool(deleted.rowcount)


def grants_of(session: Session, user_id: int) -> list[tuple[str, str]]:
    q = select(GrantRow.collection, GrantRow.level).where(GrantRow.user_id == user_id).order_by(GrantRow.collection)
    return [(c, level) for c, level in session.execute(q)]


def access_for(session: Session, user: UserRow, address: str | None = None, via: str = "session") -> Access:
    return Access.for_user(user.name, grants_of(session, user.id), admin=user.admin, address=address, via=via)


def list_users(session: Session) -> list[dict[str, object]]:
    out = []
    for user in session.scalars(select(UserRow).order_by(UserRow.name)):
        out.append({"name": user.name, "admin": user.admin, "created": _aware(user.created_at).isoformat(),
                    "grants": [f"{c}:{level}" for c, level in grants_of(session, user.id)]})
    return out


# sessions ------------------------------------------------------------------------------------------

def start_session(session: Session, user: UserRow, hours: float = SESSION_HOURS, address: str | None = None) -> str:
    """A new session for `user`; returns the secret for the cookie. Expired sessions are swept here."""
    session.execute(delete(SessionRow).where(SessionRow.expires_at < now()))
    secret = secrets.token_urlsafe(32)
    session.add(SessionRow(id=digest(secret), user_id=user.id, created_at=now(),
                           expires_at=now() + timedelta(hours=hours), address=(address or "")[:100] or None))
    session.flush()
    return secret


def session_user(session: Session, secret: str) -> UserRow | None:
    row = session.get(SessionRow, digest(secret)) if secret else None
    if row is None or _aware(row.expires_at) <= now():
        return None
    return session.get(UserRow, row.user_id)


def end_session(session: Session, secret: str) -> None:
    if secret:
        session.execute(delete(SessionRow).where(SessionRow.id == digest(secret)))


# API tokens ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class NewToken:
    id: int
    secret: str
    expires_at: datetime


def create_token(session: Session, name: str, label: str = "script", days: float = TOKEN_DAYS) -> NewToken:
    if days <= 0:
        raise StoreError("a token's lifetime must be positive (--days)")
    user = get_user(session, name)
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = TokenRow(user_id=user.id, name=label[:100], hash=digest(secret), prefix=secret[:12], created_at=now(),
                   expires_at=now() + timedelta(days=days))
    session.add(row)
    session.flush()
    return NewToken(row.id, secret, row.expires_at)


def token_user(session: Session, secret: str) -> UserRow | None:
    """The account of a valid (known, unrevoked, unexpired) token; records its last use."""
    if not secret or not secret.startswith(TOKEN_PREFIX):
        return None
    row = session.scalar(select(TokenRow).where(TokenRow.hash == digest(secret)))
    if row is None or row.revoked_at is not None or _aware(row.expires_at) <= now():
        return None
    row.last_used_at = now()
    return session.get(UserRow, row.user_id)


def revoke_token(session: Session, token_id: int) -> None:
    row = session.get(TokenRow, token_id)
    if row is None:
        raise NotFound(f"no API token {token_id} (see `materiel tokens list`)")
    row.revoked_at = row.revoked_at or now()


def list_tokens(session: Session, name: str | None = None) -> list[dict[str, object]]:
    q = select(TokenRow, UserRow.name).join(UserRow, UserRow.id == TokenRow.user_id).order_by(TokenRow.id)
    if name:
        q = q.where(UserRow.name == name)
    out = []
    for t, user in session.execute(q):
        state = "revoked" if t.revoked_at else "expired" if _aware(t.expires_at) <= now() else "active"
        out.append({"id": t.id, "user": user, "name": t.name, "prefix": t.prefix + "…", "state": state,
                    "created": _aware(t.created_at).isoformat(), "expires": _aware(t.expires_at).isoformat(),
                    "last_used": _aware(t.last_used_at).isoformat() if t.last_used_at else None})
    return out
