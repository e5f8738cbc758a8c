"""The plan: which calls a conformance run makes, in order, and which it may make at all.

Each step is one call through the Python client, taken from a cookbook flow (`flow`, a
scenario id of spec/cookbook.yaml). Its `effect` decides when it may run:

- `read`: reads only;
- `session`: starts or ends a session of the run's own users (sign in, refresh, sign out,
  revoke, a sudo token), which the run ends again itself; the anonymous user is this run's
  device's, the custom-login user is `--custom-uid`;
- `write`: creates, changes or deletes an account, or sends an SMS or email: only with
  `--allow-writes`, and each one is listed in the report.

A step also names what it needs from the command line (`needs`), the steps whose answers it
builds on (`after`), the answer fields it keeps for later steps (`capture`, read from the
wire, not from the client's models), and what the spec says the answer is (`expect`). The docs
page "Check the spec against your environment" is rendered from this table, so what the docs
say it calls is what it calls.
"""

from __future__ import annotations

import enum
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from cloudbase_auth import CloudBaseAuth


class Effect(enum.Enum):
    READ = "read"
    SESSION = "session"
    WRITE = "write"


# What a step may need, and the options that provide it (for --plan and the docs).
NEEDS = {
    "credentials": "--credentials",
    "key_pair": "--secret-id and --secret-key",
    "contact": "--email or --phone-number",
    "writes": "--allow-writes",
}


@dataclass(frozen=True)
class Expect:
    """What the spec says the answer is: `ok` (a success), `error` (the error `error`), `empty`
    (a success with `{}`), `nonempty` (a success with fields). `example` names the operation's
    example that documents it, for the report's location."""

    outcome: str = "ok"
    error: str = ""
    example: str = ""


OK = Expect()


class Context(Protocol):
    """What a step's call gets from the runner."""

    values: dict[str, Any]

    def client(self, actor: str) -> CloudBaseAuth: ...

    def code(self, target: str) -> str: ...

    def bearer(self, token_value: str) -> dict[str, str]: ...

    @property
    def contact(self) -> tuple[str, str]: ...  # ("email" | "phone_number", address)

    @property
    def custom_uid(self) -> str: ...

    @property
    def credentials(self) -> str: ...

    @property
    def key_pair(self) -> tuple[str, str]: ...

    @property
    def passwords(self) -> tuple[str, str]: ...  # (first, after the change): made up per run


@dataclass(frozen=True)
class Step:
    id: str
    operation: str
    flow: str
    effect: Effect
    why: str
    call: Callable[[Context], object] = field(compare=False, repr=False)
    actor: str = "anonymous"
    needs: frozenset[str] = frozenset()
    after: tuple[str, ...] = ()
    capture: Mapping[str, str] = field(default_factory=dict)
    expect: Expect = OK


def _free_username() -> str:
    return "authgen-conformance-" + secrets.token_hex(4)


def _address(ctx: Context) -> tuple[str | None, str | None]:
    """(email, phone_number): the one the run was given."""
    kind, address = ctx.contact
    return (address, None) if kind == "email" else (None, address)


def _send_code(ctx: Context) -> object:
    email, phone_number = _address(ctx)
    return ctx.client("account").send_verification(
        email=email, phone_number=phone_number, target="ANY", usage="REGISTER"
    )


def _sign_up(ctx: Context) -> object:
    email, phone_number = _address(ctx)
    return ctx.client("account").sign_up(
        email=email,
        phone_number=phone_number,
        verification_token=ctx.values["verification_token"],
        password=ctx.passwords[0],
    )


def _sign_in_account(ctx: Context, password: str) -> object:
    return ctx.client("account").sign_in(username=ctx.contact[1], password=password)


ANONYMOUS = "anonymous"
CUSTOM = frozenset({"credentials"})
ADMIN = frozenset({"key_pair"})
ACCOUNT = frozenset({"contact", "writes"})

STEPS: tuple[Step, ...] = (
    # The anonymous user of this run's device: a session, read, refreshed, ended, then checked dead.
    Step("anonymous.sign-in", "signInAnonymously", "anonymous-sign-in", Effect.SESSION,
         "A session for this run's device (a fresh x-device-id: a new anonymous user).",
         lambda ctx: ctx.client(ANONYMOUS).sign_in_anonymously(),
         capture={"anon_access": "access_token", "anon_refresh": "refresh_token", "anon_sub": "sub"}),
    Step("anonymous.profile", "getUserMe", "profile", Effect.READ,
         "Read the anonymous user's profile.",
         lambda ctx: ctx.client(ANONYMOUS).get_user_me(), after=("anonymous.sign-in",)),
    Step("anonymous.introspect", "introspectToken", "introspect", Effect.READ,
         "A live token answers with its details.",
         lambda ctx: ctx.client(ANONYMOUS).introspect_token(), after=("anonymous.sign-in",),
         expect=Expect("nonempty", example="active")),
    Step("anonymous.refresh", "grantToken", "refresh", Effect.SESSION,
         "Trade the refresh token for new tokens (the old refresh token dies).",
         lambda ctx: ctx.client(ANONYMOUS).grant_token(
             grant_type="refresh_token", refresh_token=ctx.values["anon_refresh"]),
         after=("anonymous.sign-in",),
         capture={"anon_access_2": "access_token"}),
    Step("anonymous.introspect-refreshed", "introspectToken", "introspect", Effect.READ,
         "The refreshed access token is live.",
         lambda ctx: ctx.client(ANONYMOUS).introspect_token(), after=("anonymous.refresh",),
         expect=Expect("nonempty", example="active")),
    Step("anonymous.username-free", "checkIfUserExist", "username-availability", Effect.READ,
         "Ask whether a made-up user name is taken (it is not).",
         lambda ctx: ctx.client(ANONYMOUS).check_if_user_exist(username=_free_username())),
    Step("anonymous.providers", "listProviders", "providers", Effect.READ,
         "List the environment's identity providers.",
         lambda ctx: ctx.client(ANONYMOUS).list_providers(), after=("anonymous.refresh",)),
    Step("anonymous.sign-out", "signOut", "sign-out-and-revoke", Effect.SESSION,
         "End the session.",
         lambda ctx: ctx.client(ANONYMOUS).sign_out(), after=("anonymous.refresh",)),
    Step("anonymous.introspect-signed-out", "introspectToken", "sign-out-and-revoke", Effect.READ,
         "The signed-out access token is dead: introspect answers {}.",
         lambda ctx: ctx.client(ANONYMOUS).introspect_token(extra_headers=ctx.bearer("anon_access_2")),
         after=("anonymous.sign-out",), expect=Expect("empty", example="inactive")),
    Step("anonymous.profile-signed-out", "getUserMe", "profile", Effect.READ,
         "The dead token reads nothing: unauthenticated.",
         lambda ctx: ctx.client(ANONYMOUS).get_user_me(extra_headers=ctx.bearer("anon_access_2")),
         after=("anonymous.sign-out",), expect=Expect("error", "unauthenticated")),
    Step("anonymous.refresh-spent", "grantToken", "refresh", Effect.READ,
         "The first refresh token was rotated away: invalid_grant.",
         lambda ctx: ctx.client(ANONYMOUS).grant_token(
             grant_type="refresh_token", refresh_token=ctx.values["anon_refresh"]),
         after=("anonymous.refresh",), expect=Expect("error", "invalid_grant")),
    # Revoke instead of signing out (the same anonymous user, a second session).
    Step("revoke.sign-in", "signInAnonymously", "anonymous-sign-in", Effect.SESSION,
         "A second session of the same device's anonymous user.",
         lambda ctx: ctx.client("revoker").sign_in_anonymously(),
         actor="revoker", capture={"revoke_access": "access_token"}),
    Step("revoke.revoke", "revokeToken", "sign-out-and-revoke", Effect.SESSION,
         "Revoke its access token (and with it its refresh token).",
         lambda ctx: ctx.client("revoker").revoke_token(token=ctx.values["revoke_access"]),
         actor="revoker", after=("revoke.sign-in",)),
    Step("revoke.introspect-revoked", "introspectToken", "sign-out-and-revoke", Effect.READ,
         "The revoked token is dead: introspect answers {}.",
         lambda ctx: ctx.client("revoker").introspect_token(extra_headers=ctx.bearer("revoke_access")),
         actor="revoker", after=("revoke.revoke",), expect=Expect("empty", example="inactive")),
    # Custom login, with the environment's key file.
    Step("custom.sign-in", "signInCustom", "custom-login", Effect.SESSION,
         "Mint a ticket for --custom-uid with the key file (locally) and sign in with it.",
         lambda ctx: ctx.client("custom").sign_in_custom(ticket=_ticket(ctx)),
         actor="custom", needs=CUSTOM, capture={"custom_sub": "sub"}),
    Step("custom.profile", "getUserMe", "profile", Effect.READ,
         "Read the custom-login user's profile.",
         lambda ctx: ctx.client("custom").get_user_me(), actor="custom", needs=CUSTOM, after=("custom.sign-in",)),
    Step("custom.sign-out", "signOut", "sign-out-and-revoke", Effect.SESSION,
         "End the custom-login session.",
         lambda ctx: ctx.client("custom").sign_out(), actor="custom", needs=CUSTOM, after=("custom.sign-in",)),
    # An administrator token from the API key pair, and a read-only user lookup.
    Step("admin.token", "getClientCredential", "admin-user-lookup", Effect.SESSION,
         "Sign a request with the key pair (TC3) for an administrator token.",
         lambda ctx: ctx.client("admin").get_client_credential(
             secret_id=ctx.key_pair[0], secret_key=ctx.key_pair[1]),
         actor="admin", needs=ADMIN),
    Step("admin.query", "queryUser", "admin-user-lookup", Effect.READ,
         "Look this run's anonymous user up by ID.",
         lambda ctx: ctx.client("admin").query_user(id=[ctx.values["anon_sub"]]),
         actor="admin", needs=ADMIN, after=("admin.token", "anonymous.sign-in")),
    # A throw-away account: created, changed, then deleted (--allow-writes and an address of yours).
    Step("account.send-code", "sendVerification", "email-sign-up", Effect.WRITE,
         "Send a sign-up code to --email (or an SMS to --phone-number).",
         _send_code, actor="account", needs=ACCOUNT, capture={"verification_id": "verification_id"}),
    Step("account.verify-code", "verifyVerification", "email-sign-up", Effect.SESSION,
         "Check the code you type in.",
         lambda ctx: ctx.client("account").verify_verification(
             verification_id=ctx.values["verification_id"], verification_code=ctx.code(ctx.contact[1])),
         actor="account", needs=ACCOUNT, after=("account.send-code",),
         capture={"verification_token": "verification_token"}),
    Step("account.sign-up", "signUp", "email-sign-up", Effect.WRITE,
         "Create the account (a made-up password); it is deleted below.",
         _sign_up, actor="account", needs=ACCOUNT, after=("account.verify-code",)),
    Step("account.edit-profile", "editBasicUser", "profile", Effect.WRITE,
         "Change the new account's display name.",
         lambda ctx: ctx.client("account").edit_basic_user(nickname="authgen conformance"),
         actor="account", needs=ACCOUNT, after=("account.sign-up",)),
    Step("account.sudo", "sudo", "change-password", Effect.SESSION,
         "Re-enter the password for a sudo token.",
         lambda ctx: ctx.client("account").sudo(password=ctx.passwords[0]),
         actor="account", needs=ACCOUNT, after=("account.sign-up",), capture={"sudo_token": "sudo_token"}),
    Step("account.change-password", "updatePassword", "change-password", Effect.WRITE,
         "Change the password (to another made-up one).",
         lambda ctx: ctx.client("account").update_password(
             sudo_token=ctx.values["sudo_token"], old_password=ctx.passwords[0],
             new_password=ctx.passwords[1], confirm_password=ctx.passwords[1]),
         actor="account", needs=ACCOUNT, after=("account.sudo",)),
    Step("account.sign-in", "signIn", "password-sign-in", Effect.SESSION,
         "Sign in with the new password.",
         lambda ctx: _sign_in_account(ctx, ctx.passwords[1]),
         actor="account", needs=ACCOUNT, after=("account.change-password",)),
    Step("account.sudo-again", "sudo", "delete-account", Effect.SESSION,
         "A sudo token for the deletion.",
         lambda ctx: ctx.client("account").sudo(password=ctx.passwords[1]),
         actor="account", needs=ACCOUNT, after=("account.sign-in",), capture={"sudo_token_2": "sudo_token"}),
    Step("account.delete", "deleteUserMe", "delete-account", Effect.WRITE,
         "Delete the account.",
         lambda ctx: ctx.client("account").delete_user_me(sudo_token=ctx.values["sudo_token_2"]),
         actor="account", needs=ACCOUNT, after=("account.sudo-again",)),
    Step("account.sign-in-deleted", "signIn", "delete-account", Effect.READ,
         "The deleted account no longer signs in.",
         lambda ctx: _sign_in_account(ctx, ctx.passwords[1]),
         actor="account", needs=ACCOUNT, after=("account.delete",),
         expect=Expect("error", "invalid_username_or_password")),
)  # fmt: skip


def _ticket(ctx: Context) -> str:
    from cloudbase_auth import create_ticket

    return create_ticket(ctx.credentials, ctx.custom_uid)


@dataclass(frozen=True)
class Planned:
    step: Step
    runs: bool
    reason: str  # why it does not run ("" when it runs)


def select(available: frozenset[str], steps: tuple[Step, ...] = STEPS) -> list[Planned]:
    """Every step, and whether it runs given what the command line provides (`available`:
    keys of NEEDS). A write never runs without `writes`, whatever a step declares."""
    out = []
    for step in steps:
        needs = set(step.needs) | ({"writes"} if step.effect is Effect.WRITE else set())
        missing = [NEEDS[n] for n in sorted(needs) if n not in available]
        out.append(Planned(step, not missing, ("needs " + " and ".join(missing)) if missing else ""))
    return out


def allowed_operations(planned: list[Planned]) -> frozenset[str]:
    """The operations a run may call at all: those of the steps that run (the transport refuses
    any other request before sending it, so a write cannot slip in through a read step)."""
    return frozenset(p.step.operation for p in planned if p.runs)
