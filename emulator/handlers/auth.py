"""Sign-in and sign-up: password, verification token, anonymous, custom ticket."""

from __future__ import annotations

from typing import Any

from ..contacts import phone_or_none
from ..core import Call, Emulator
from ..errors import ApiError
from ..store import Conflict, Session, User
from ..tokens import TicketError, check_password, hash_password, new_anonymous_id, new_user_id, verify_ticket
from . import captcha
from .common import (
    check_password_rules,
    check_username,
    contact,
    find_by_login,
    same_target,
    sign_in_user,
    take_verification_token,
    take_verified_contact,
)
from .registry import handler


def password_login(emu: Emulator, username: Any, password: Any) -> User:
    if not isinstance(username, str) or not username or not isinstance(password, str) or not password:
        raise ApiError("invalid_argument", "username and password are required")
    user = find_by_login(emu, username)
    if user is not None and user.password_hash is None:
        raise ApiError("password_not_set", "the account has no password; sign in with a verification code")
    if user is None or not check_password(password, user.password_hash):
        raise ApiError("invalid_username_or_password", "username or password is incorrect")
    return user


def provider_type_of(user: User, login: str) -> str:
    if user.email is not None and same_target("email", login, user.email):
        return "email"
    if user.phone_number is not None and same_target("phone_number", login, user.phone_number):
        return "phone"
    return "username"


def login_account(emu: Emulator, login: Any) -> str | None:
    """The account a sign-in's ``username`` names, as the captcha gate counts it: its user's ID
    when there is one (every way of writing the login counts together), else the login in its
    normal form (so guesses at an account that does not exist count too)."""
    if not isinstance(login, str) or not login.strip():
        return None
    user = find_by_login(emu, login)
    if user is not None:
        return f"user:{user.id}"
    login = login.strip()
    if "@" in login:
        return f"email:{login.lower()}"
    phone = phone_or_none(login)
    return f"phone:{phone}" if phone is not None else f"username:{login}"


@handler("signIn")
def sign_in(emu: Emulator, call: Call) -> dict[str, Any]:
    account = login_account(emu, call.body.get("username"))
    captcha.gate(emu, call, "signin", account)
    try:
        session = _sign_in(emu, call)
    except ApiError:
        # failed sign-ins, from a device or at an account, lead to captcha_required
        captcha.count(emu, call, "signin", account)
        raise
    captcha.clear(emu, call, "signin", account)
    return emu.token_response(session)


def _sign_in(emu: Emulator, call: Call) -> Session:
    body = call.body
    with emu.store.atomic():
        if "password" in body:
            user = password_login(emu, body.get("username"), body["password"])
            return sign_in_user(emu, call, user, provider_type_of(user, str(body["username"]).strip()))
        token = body.get("verification_token")
        if not token:
            raise ApiError("invalid_argument", "password or verification_token is required")
        kind, target = take_verification_token(emu, str(token))
        username = body.get("username")
        if username and not same_target(kind, str(username), target):
            raise ApiError("invalid_argument", "username does not match the verified phone number or email")
        verified_user = emu.store.find_user(kind, target)
        if verified_user is None:
            raise ApiError("user_not_found", "no account has this phone number or email; sign up instead")
        return sign_in_user(emu, call, verified_user, "phone" if kind == "phone_number" else "email")


@handler("signUp")
def sign_up(emu: Emulator, call: Call) -> dict[str, Any]:
    return emu.token_response(_sign_up(emu, call))


def _sign_up(emu: Emulator, call: Call) -> Session:
    """A new account proved by a verification token (its phone number or email becomes the
    account's) or by a provider token alone (its third-party identity is bound to the account)."""
    body = call.body
    now = emu.now()
    if body.get("password"):
        check_password_rules(str(body["password"]))  # the same rule as change and reset
    with emu.store.atomic():
        fields: dict[str, Any] = {"updated_at": now}
        if body.get("verification_token"):
            kind, target = take_verified_contact(emu, body)
            if emu.store.find_user(kind, target) is not None:
                raise ApiError(
                    "username_already_exists", f"an account with this {kind.replace('_', ' ')} already exists"
                )
            fields[kind] = target
            provider_type = "phone" if kind == "phone_number" else "email"
        elif body.get("provider_token"):
            provider_type = _provider_sign_up(emu, body)
        else:
            raise ApiError("invalid_argument", "send a verification_token, or a provider_token")
        if body.get("username"):
            fields["username"] = check_username(str(body["username"]))
        if body.get("password"):
            fields["password_hash"] = hash_password(str(body["password"]))
            fields["password_updated_at"] = now
        for name in ("name", "gender", "picture", "locale"):
            if body.get(name):
                fields[name] = str(body[name])
        try:
            if body.get("anonymous_token"):
                user = _upgrade_anonymous(emu, str(body["anonymous_token"]), fields)
            else:
                user = emu.store.create_user(new_user_id(), now, **fields)
        except Conflict as exc:
            raise ApiError(
                "username_already_exists", f"{exc.field.replace('_', ' ')} already exists"
            ) from exc
        if body.get("provider_token"):
            from .providers import bind_provider_token

            bind_provider_token(emu, user, str(body["provider_token"]))
        return sign_in_user(emu, call, user, provider_type)


def _provider_sign_up(emu: Emulator, body: dict[str, Any]) -> str:
    """Check a sign-up proved by its provider token alone (inside ``store.atomic()``); the
    provider ID, which names how the user signed in. The identity is bound after the account
    exists."""
    from .providers import live_identity

    if contact(body) is not None:
        raise ApiError(
            "invalid_argument", "a phone number or email is proved by its verification_token: send it too"
        )
    row = live_identity(emu, str(body["provider_token"]))
    if emu.store.user_by_identity(row["provider_id"], row["provider_user_id"]) is not None:
        raise ApiError(
            "invalid_grant", "this identity already has an account: sign in with the provider token instead"
        )
    return str(row["provider_id"])


def _upgrade_anonymous(emu: Emulator, anonymous_token: str, fields: dict[str, Any]) -> User:
    found = emu.resolve_access_token(anonymous_token)
    if found is None or found[1] is None or not found[1].is_anonymous:
        raise ApiError("invalid_grant", "anonymous_token is not a valid anonymous access token")
    anonymous = found[1]
    # The user keeps its ID; its anonymous sessions end and the device gets a fresh anonymous user next time.
    emu.store.revoke_sessions_of(anonymous.id)
    fields = {**fields, "is_anonymous": 0, "device_id": None}
    if "name" not in fields and anonymous.name == "Anonymous":
        fields["name"] = None
    user = emu.store.update_user(anonymous.id, **fields)
    assert user is not None
    return user


@handler("signInAnonymously")
def sign_in_anonymously(emu: Emulator, call: Call) -> dict[str, Any]:
    return emu.token_response(_sign_in_anonymously(emu, call))


def _sign_in_anonymously(emu: Emulator, call: Call) -> Session:
    device_id = call.device_id
    if not device_id:
        raise ApiError("invalid_argument", "x-device-id is required")
    with emu.store.atomic():
        user = emu.store.find_user("device_id", device_id)
        if user is None:
            user = emu.store.create_user(
                new_anonymous_id(), emu.now(), is_anonymous=1, device_id=device_id, name="Anonymous"
            )
        return sign_in_user(emu, call, user, "anonymous")


@handler("signInCustom")
def sign_in_custom(emu: Emulator, call: Call) -> dict[str, Any]:
    return emu.token_response(_sign_in_custom(emu, call))


def _sign_in_custom(emu: Emulator, call: Call) -> Session:
    now = emu.now()
    try:
        claims = verify_ticket(emu.custom_key, str(call.body["ticket"]), emu.env_id, now)
    except TicketError as exc:
        raise ApiError("invalid_grant", f"ticket is invalid or expired: {exc}") from exc
    refresh_expires_at = now + 2_592_000
    if "expire" in claims:
        # createTicket's `expire` is an absolute epoch time in ms: the login ends there at the latest.
        refresh_expires_at = min(refresh_expires_at, claims["expire"] / 1000)
        if refresh_expires_at <= now:
            raise ApiError("invalid_grant", "ticket's expire time has passed")
    with emu.store.atomic():
        uid = str(claims["uid"])
        user = emu.store.find_user("custom_uid", uid)
        if user is None:
            user = emu.store.create_user(new_user_id(), now, custom_uid=uid)
        return sign_in_user(emu, call, user, "custom", refresh_expires_at=refresh_expires_at)
