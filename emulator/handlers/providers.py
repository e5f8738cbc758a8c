"""Third-party identity providers: provider tokens, sign-in with them, list, bind, unbind.

The emulator plays every provider itself: any non-empty code (or access/ID token) for a known
provider is accepted and names a stable identity (the same code gives the same identity), except
codes starting with ``invalid``, which are rejected so the error path can be exercised.
"""

from __future__ import annotations

import hashlib
from typing import Any

from ..core import PROVIDER_TOKEN_TTL, Call, Emulator
from ..errors import ApiError
from ..store import Conflict, Session, User
from ..tokens import new_user_id, opaque
from . import third_party
from .common import sign_in_user
from .registry import handler

# id -> (name, homepage, provider_type)
PROVIDERS: dict[str, tuple[str, str, str]] = {
    "github": ("GitHub", "https://github.com", "OAUTH"),
    "google": ("Google", "https://accounts.google.com", "OIDC"),
    "wx_open": ("WeChat Open Platform", "https://open.weixin.qq.com", "OAUTH"),
    "wx_mp": ("WeChat Official Account", "https://mp.weixin.qq.com", "OAUTH"),
    "qq": ("QQ", "https://connect.qq.com", "OAUTH"),
    "apple": ("Apple", "https://appleid.apple.com", "OIDC"),
}


@handler("grantProviderToken")
def grant_provider_token(emu: Emulator, call: Call) -> dict[str, Any]:
    body = call.body
    provider_id = str(body["provider_id"])
    registered = third_party.grant_registered(emu, call)
    if registered is not None:
        return registered
    if provider_id not in PROVIDERS:
        raise ApiError("provider_not_found", f"provider {provider_id!r} is not configured")
    credential = next(
        (
            str(body[key])
            for key in ("provider_code", "provider_access_token", "provider_id_token")
            if body.get(key)
        ),
        None,
    )
    if credential is None:
        raise ApiError(
            "invalid_argument", "provider_code, provider_access_token or provider_id_token is required"
        )
    if credential.startswith("invalid"):
        raise ApiError("invalid_grant", "provider code is invalid")
    provider_user_id = hashlib.sha256(f"{provider_id}:{credential}".encode()).hexdigest()[:20]
    name = f"{provider_id}-user-{provider_user_id[:6]}"
    picture = f"https://avatars.example.com/{provider_id}/{provider_user_id}"
    token = opaque("pt.", 24)
    emu.store.add_provider_token(
        token,
        {
            "provider_id": provider_id,
            "provider_user_id": provider_user_id,
            "name": name,
            "picture": picture,
            "expires_at": emu.now() + PROVIDER_TOKEN_TTL,
        },
    )
    return {
        "provider_token": token,
        "expires_in": PROVIDER_TOKEN_TTL,
        "provider_profile": {"provider_id": provider_id, "name": name, "picture": picture},
    }


def _provider_token(emu: Emulator, token: str, provider_id: str | None = None) -> dict[str, Any]:
    row = emu.store.get_provider_token(token)
    if (
        row is None
        or row["expires_at"] <= emu.now()
        or (provider_id is not None and row["provider_id"] != provider_id)
    ):
        raise ApiError("invalid_grant", "provider token is invalid or expired")
    return row


def live_identity(emu: Emulator, token: str) -> dict[str, Any]:
    """The identity behind a live provider token (provider_id, provider_user_id, name...)."""
    return _provider_token(emu, token)


def bind_provider_token(emu: Emulator, user: User, token: str) -> None:
    """Bind the identity behind a provider token to ``user`` (inside ``store.atomic()``)."""
    row = _provider_token(emu, token)
    third_party.spend_if_one_time(emu, token)
    owner = emu.store.user_by_identity(row["provider_id"], row["provider_user_id"])
    if owner is not None:
        if owner.id == user.id:
            third_party.give_phone(emu, user, third_party.token_phone(emu, token))
            return
        raise ApiError("invalid_grant", "this identity is already bound to another user")
    try:
        emu.store.bind_identity(
            user.id, row["provider_id"], row["provider_user_id"], row["name"], row["picture"]
        )
    except Conflict as exc:
        raise ApiError(
            "already_exists", f"the user already has a {row['provider_id']} identity; unbind it first"
        ) from exc
    third_party.give_phone(emu, user, third_party.token_phone(emu, token))


@handler("signInWithProvider")
def sign_in_with_provider(emu: Emulator, call: Call) -> dict[str, Any]:
    return emu.token_response(_sign_in_with_provider(emu, call))


def _sign_in_with_provider(emu: Emulator, call: Call) -> Session:
    body = call.body
    token = str(body["provider_token"])
    with emu.store.atomic():
        # provider_id is optional, as the SDK sends it: the token names its provider
        row = _provider_token(emu, token, str(body["provider_id"]) if body.get("provider_id") else None)
        third_party.spend_if_one_time(emu, token)
        phone = third_party.token_phone(emu, token)
        user = emu.store.user_by_identity(row["provider_id"], row["provider_user_id"])
        if user is None:
            user = third_party.user_for_phone_login(emu, row, phone)
        if user is None:
            if body.get("force_disable_sign_up"):
                raise ApiError("user_not_found", "no user is bound to this identity")
            fields = {"phone_number": phone} if phone else {}
            user = emu.store.create_user(
                new_user_id(), emu.now(), name=row["name"], picture=row["picture"], **fields
            )
            emu.store.bind_identity(
                user.id, row["provider_id"], row["provider_user_id"], row["name"], row["picture"]
            )
        else:
            third_party.give_phone(emu, user, phone)
            user = emu.store.get_user(user.id) or user
        if body.get("sync_profile"):
            emu.store.update_user(user.id, name=row["name"], picture=row["picture"], updated_at=emu.now())
        return sign_in_user(emu, call, user, row["provider_id"])


@handler("listProviders")
def list_providers(emu: Emulator, call: Call) -> dict[str, Any]:
    _, user = emu.require_user(call)
    bound = {row["provider_id"]: row for row in emu.store.identities(user.id)}
    data: list[dict[str, Any]] = []
    for provider_id, (name, homepage, provider_type) in (PROVIDERS | third_party.registered(emu)).items():
        entry: dict[str, Any] = {
            "id": provider_id,
            "name": name,
            "homepage": homepage,
            "provider_type": provider_type,
            "bind": provider_id in bound,
        }
        if provider_id in bound and bound[provider_id]["name"]:
            entry["provider_user_name"] = bound[provider_id]["name"]
        data.append(entry)
    return {"total": len(data), "data": data}


@handler("bindProvider")
def bind_provider(emu: Emulator, call: Call) -> dict[str, Any]:
    _, user = emu.require_user(call)
    with emu.store.atomic():
        bind_provider_token(emu, user, str(call.body["provider_token"]))
    return {}


@handler("unbindProvider")
def unbind_provider(emu: Emulator, call: Call) -> dict[str, Any]:
    _, user = emu.require_user(call)
    if not emu.store.unbind_identity(user.id, str(call.params["provider_id"])):
        raise ApiError("provider_not_found", "provider not bound")
    return {}
