"""Accounts, grants, sessions and API tokens in the store."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from materiel.record.errors import AccessDenied
from materiel.security import accounts
from materiel.store import open_store
from materiel.store.errors import NotFound, StoreError
from materiel.store.schema import SessionRow, TokenRow, UserRow


@pytest.fixture()
def store(db: str):
    with open_store(db) as s:
        yield s


def test_password_is_hashed_with_argon2_and_checked(store) -> None:
    with store.write() as s:
        accounts.add_user(s, "ana", "correct horse battery")
    with store.write() as s:
        stored = s.scalar(select(UserRow.password_hash).where(UserRow.name == "ana"))
        assert stored.startswith("$argon2id$") and "correct horse" not in stored
        assert accounts.authenticate(s, "ana", "correct horse battery") is not None
        assert accounts.authenticate(s, "ana", "wrong password!") is None
        assert accounts.authenticate(s, "nobody", "correct horse battery") is None


def test_names_and_passwords_are_checked(store) -> None:
    with store.write() as s:
        with pytest.raises(StoreError, match="too short"):
            accounts.add_user(s, "ana", "short")
        with pytest.raises(StoreError, match="invalid account name"):
            accounts.add_user(s, "<script>", "long enough pw")
        accounts.add_user(s, "ana", "long enough pw")
        with pytest.raises(StoreError, match="already"):
            accounts.add_user(s, "ana", "long enough pw")


def test_grants_make_the_access_and_admins_get_nothing_without_one(store) -> None:
    with store.write() as s:
        boss = accounts.add_user(s, "boss", "long enough pw", admin=True)
        ana = accounts.add_user(s, "ana", "long enough pw")
        accounts.grant(s, "ana", "press", "read")
        accounts.grant(s, "ana", "leaks", "write")
        admin_access = accounts.access_for(s, boss)
        access = accounts.access_for(s, ana)
    assert admin_access.admin and admin_access.readable == frozenset()
    with pytest.raises(AccessDenied):
        admin_access.check_read("press")
    assert access.readable == {"press", "leaks"} and access.writable == {"leaks"}
    assert access.scope() == {"press", "leaks"} and access.scope("press") == {"press"}
    with pytest.raises(AccessDenied, match="no grant to read collection 'secret'"):
        access.scope("secret")
    with pytest.raises(AccessDenied):
        access.check_write("press")
    with store.write() as s:
        assert accounts.revoke(s, "ana", "leaks")
        assert accounts.access_for(s, accounts.get_user(s, "ana")).readable == {"press"}
        with pytest.raises(StoreError, match="read or write"):
            accounts.grant(s, "ana", "press", "admin")


def test_sessions_expire_and_are_stored_hashed(store) -> None:
    with store.write() as s:
        user = accounts.add_user(s, "ana", "long enough pw")
        secret = accounts.start_session(s, user)
        assert s.get(SessionRow, secret) is None  # only the hash is stored
        assert accounts.session_user(s, secret).name == "ana"
        row = s.get(SessionRow, accounts.digest(secret))
        row.expires_at = accounts.now() - timedelta(seconds=1)
    with store.read() as s:
        assert accounts.session_user(s, secret) is None
        assert accounts.session_user(s, "made-up") is None


def test_password_change_ends_sessions(store) -> None:
    with store.write() as s:
        user = accounts.add_user(s, "ana", "long enough pw")
        secret = accounts.start_session(s, user)
        accounts.set_password(s, "ana", "another long pw")
        assert accounts.session_user(s, secret) is None


def test_tokens_are_hashed_revocable_and_expire(store) -> None:
    with store.write() as s:
        accounts.add_user(s, "bot", "long enough pw")
        made = accounts.create_token(s, "bot", "nightly", days=30)
        assert made.secret.startswith("mtl_")
        assert s.scalar(select(TokenRow).where(TokenRow.hash == made.secret)) is None
        assert accounts.token_user(s, made.secret).name == "bot"
        listed = accounts.list_tokens(s, "bot")
        assert listed[0]["state"] == "active" and made.secret not in str(listed)
        old = accounts.create_token(s, "bot", "old", days=1)
        s.get(TokenRow, old.id).expires_at = accounts.now() - timedelta(days=1)
        assert accounts.token_user(s, old.secret) is None
        accounts.revoke_token(s, made.id)
        assert accounts.token_user(s, made.secret) is None
        assert {t["state"] for t in accounts.list_tokens(s)} == {"revoked", "expired"}
        with pytest.raises(NotFound):
            accounts.revoke_token(s, 999)


def test_removing_a_user_removes_grants_sessions_tokens(store) -> None:
    with store.write() as s:
        user = accounts.add_user(s, "ana", "long enough pw")
        accounts.grant(s, "ana", "press", "read")
        secret = accounts.start_session(s, user)
        token = accounts.create_token(s, "ana")
    with store.write() as s:
        accounts.remove_user(s, "ana")
    with store.write() as s:
        assert accounts.session_user(s, secret) is None and accounts.token_user(s, token.secret) is None
        assert accounts.count_users(s) == 0
