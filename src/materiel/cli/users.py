"""Accounts on the command line: `materiel users add|remove|list|passwd`, `materiel grant|revoke`,
`materiel tokens create|list|revoke`. Whoever runs these holds the database itself, so they need no
sign-in; every change is written to the audit trail in the same transaction, as `cli:<OS user>`.
`register_commands(app)` adds them to the Typer app of `materiel.cli`."""
from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from sqlalchemy.orm import Session

from materiel.cli.audit_hook import actor as cli_actor
from materiel.cli.options import DbOpt, JsonOpt, fail, open_db
from materiel.record.errors import MaterielError
from materiel.security import accounts, audit
from materiel.store import output

users = typer.Typer(no_args_is_help=True, help="Accounts of the workbench: add, remove, list, passwd.")
tokens = typer.Typer(no_args_is_help=True, help="API tokens for scripts: create, list, revoke.")
PwOpt = Annotated[str | None, typer.Option("--password", help="The password (prompted for when not given)")]


def log(session: Session, action: str, target: str | None = None, collection: str | None = None,
        **detail: Any) -> None:
    """Append to the audit trail inside the caller's transaction (the change and its entry commit together)."""

    audit.append(session, actor=cli_actor(), action=action, target=target, collection=collection, address="cli",
                 detail=detail or None)


def _password(given: str | None) -> str:
    if given is not None:
        return given
    if not sys.stdin.isatty():  # a script pipes the password in
        return sys.stdin.readline().rstrip("\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


def _run(db: str | None, work: Any) -> Any:
    store = open_db(db, create=True)
    try:
        with store.write() as session:
            return work(session)
    except MaterielError as exc:
        raise fail(exc) from None
    finally:
        store.close()


@users.command("add")
def users_add(name: Annotated[str, typer.Argument(help="Account name")],
              admin: Annotated[bool, typer.Option("--admin", help="May manage accounts and grants")] = False,
              password: PwOpt = None, db: DbOpt = None) -> None:
    """Add an account. An administrator manages accounts and grants; reading still needs a grant."""

    pw = _password(password)

    def work(session: Session) -> None:
        accounts.add_user(session, name, pw, admin=admin)
        log(session, "user-add", target=name, admin=admin)
    _run(db, work)
    typer.echo(f"added account {name}" + (" (administrator)" if admin else ""), err=True)


@users.command("remove")
def users_remove(name: Annotated[str, typer.Argument(help="Account name")], db: DbOpt = None) -> None:
    """Remove an account with its grants, sessions and tokens."""

    def work(session: Session) -> None:
        accounts.remove_user(session, name)
        log(session, "user-remove", target=name)
    _run(db, work)
    typer.echo(f"removed account {name}", err=True)


@users.command("passwd")
def users_passwd(name: Annotated[str, typer.Argument(help="Account name")], password: PwOpt = None,
                 revoke_tokens: Annotated[bool, typer.Option("--revoke-tokens", help="Revoke the account's API tokens too (they survive a password change otherwise)")] = False,
                 db: DbOpt = None) -> None:
    """Set an account's password; its open sessions end (its API tokens too with --revoke-tokens)."""

    pw = _password(password)

    def work(session: Session) -> int:
        n = accounts.set_password(session, name, pw, revoke_tokens=revoke_tokens)
        if revoke_tokens:
            log(session, "user-passwd", target=name, tokens_revoked=n)
        else:
            log(session, "user-passwd", target=name)
        return n
    n = _run(db, work)
    revoked = f"; {n} API token(s) revoked" if revoke_tokens else "; its API tokens stay valid (--revoke-tokens)"
    typer.echo(f"password of {name} changed{revoked}", err=True)


@users.command("list")
def users_list(db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Accounts with their grants."""

    rows = _run(db, accounts.list_users)
    output.emit(rows, [("name", "account"), ("admin", "admin"), ("grants", "grants"), ("created", "created")],
                output.JSON if json_out else output.TABLE, "Accounts")


def grant_cmd(user: Annotated[str, typer.Argument(help="Account name")],
              collection: Annotated[str, typer.Argument(help="Collection")],
              level: Annotated[str, typer.Argument(help="read, or write (read and add)")],
              db: DbOpt = None) -> None:
    """Give an account read or write on a collection (logged in the audit trail)."""

    def work(session: Session) -> bool:
        accounts.grant(session, user, collection, level.lower(), by=cli_actor())
        admin = accounts.get_user(session, user).admin
        log(session, "grant", target=user, collection=collection, level=level.lower(), to_admin=admin)
        return admin
    admin = _run(db, work)
    typer.echo(f"{user} may now {level.lower()} collection {collection}"
               + (" (an administrator's grant: logged)" if admin else ""), err=True)


def revoke_cmd(user: Annotated[str, typer.Argument(help="Account name")],
               collection: Annotated[str, typer.Argument(help="Collection")], db: DbOpt = None) -> None:
    """Take an account's grant on a collection away (logged in the audit trail)."""

    def work(session: Session) -> bool:
        gone = accounts.revoke(session, user, collection)
        log(session, "revoke", target=user, collection=collection)
        return gone
    gone = _run(db, work)
    typer.echo(f"{user} no longer has a grant on {collection}" if gone else f"{user} had no grant on {collection}",
               err=True)


@tokens.command("create")
def tokens_create(user: Annotated[str, typer.Argument(help="Account name")],
                  name: Annotated[str, typer.Option("--name", help="What the token is for")] = "script",
                  days: Annotated[float, typer.Option("--days", help="Days until it expires")] = 90,
                  db: DbOpt = None) -> None:
    """Make an API token (printed once: the store keeps only its hash). Send it as `Authorization: Bearer`."""

    def work(session: Session) -> accounts.NewToken:
        made = accounts.create_token(session, user, name, days)
        log(session, "token-create", target=user, token=made.id, expires=made.expires_at.isoformat())
        return made
    made = _run(db, work)
    typer.echo(made.secret)
    typer.echo(f"token {made.id} for {user}, expires {made.expires_at:%Y-%m-%d %H:%M} UTC; it is shown only now",
               err=True)


@tokens.command("list")
def tokens_list(user: Annotated[str | None, typer.Argument(help="Only this account's")] = None, db: DbOpt = None,
                json_out: JsonOpt = False) -> None:
    """API tokens (never the secrets): state, expiry, last use."""

    rows = _run(db, lambda s: accounts.list_tokens(s, user))
    output.emit(rows, [("id", "id"), ("user", "account"), ("name", "name"), ("prefix", "starts"), ("state", "state"),
                       ("expires", "expires"), ("last_used", "last used")],
                output.JSON if json_out else output.TABLE, "API tokens")


@tokens.command("revoke")
def tokens_revoke(token_id: Annotated[int, typer.Argument(help="Token id (see `tokens list`)")],
                  db: DbOpt = None) -> None:
    """Revoke an API token at once."""

    def work(session: Session) -> None:
        accounts.revoke_token(session, token_id)
        log(session, "token-revoke", target=str(token_id))
    _run(db, work)
    typer.echo(f"token {token_id} revoked", err=True)


def register_commands(app: typer.Typer) -> None:
    app.add_typer(users, name="users")
    app.add_typer(tokens, name="tokens")
    app.command("grant")(grant_cmd)
    app.command("revoke")(revoke_cmd)
