"""The signed-in user's account: profile, sudo, password, deletion, basic edits; reset; lookup."""

from __future__ import annotations

from typing import Any

from ..core import SUDO_TTL, Call, Emulator, rfc3339
from ..errors import ApiError
from ..store import Conflict, User
from ..tokens import check_password, hash_password, opaque
from .common import (
    check_password_rules,
    check_username,
    find_by_login,
    normalize_email,
    normalize_phone,
    take_recent_verification,
    take_verification_token,
    take_verified_contact,
    user_contact,
)
from .registry import handler


def profile(emu: Emulator, user: User) -> dict[str, Any]:
    body: dict[str, Any] = {
        "sub": user.id,
        "user_id": user.id,
        "status": user.status,
        "has_password": user.password_hash is not None,
        "providers": [
            {key: row[key] for key in ("provider_user_id", "name", "picture") if row[key] is not None}
            | {"id": row["provider_id"]}
            for row in emu.store.identities(user.id)
        ],
        "groups": [{"id": "anonymous" if user.is_anonymous else "user"}],
        "type": "internal",
        "created_at": rfc3339(user.created_at),
        "updated_at": rfc3339(user.updated_at),
    }
    optional = {
        "name": user.name,
        "picture": user.picture,
        "username": user.username,
        "email": user.email,
        "phone_number": user.phone_number,
        "gender": user.gender,
        "description": user.user_desc,
        "user_desc": user.user_desc,
        "email_verified": True if user.email else None,  # an email gets in only through a code
        "locale": user.locale,
        "last_login": None if user.last_login is None else rfc3339(user.last_login),
        "password_updated_at": None
        if user.password_updated_at is None
        else rfc3339(user.password_updated_at),
    }
    body.update({key: value for key, value in optional.items() if value is not None})
    return body


@handler("getUserMe")
def get_user_me(emu: Emulator, call: Call) -> dict[str, Any]:
    _, user = emu.require_user(call)
    return profile(emu, user)


def spend_sudo_token(emu: Emulator, token: Any, user: User) -> None:
    """Call inside ``store.atomic()``: a sudo token is good for one sensitive change."""
    row = None if not isinstance(token, str) or not token else emu.store.get_sudo_token(token)
    if row is None or row["used"] or row["user_id"] != user.id or row["expires_at"] <= emu.now():
        raise ApiError("permission_denied", "bad sudo token")
    emu.store.use_sudo_token(token)


@handler("sudo")
def sudo(emu: Emulator, call: Call) -> dict[str, Any]:
    _, user = emu.require_user(call)
    password, verification = call.body.get("password"), call.body.get("verification_token")
    if bool(password) == bool(verification):
        raise ApiError("invalid_argument", "send exactly one of password and verification_token")
    with emu.store.atomic():
        if password:
            if user.password_hash is None:
                raise ApiError("password_not_set", "the account has no password; use a verification token")
            if not check_password(str(password), user.password_hash):
                raise ApiError("invalid_password", "password is incorrect")
        else:
            kind, target = take_verification_token(emu, str(verification))
            if user_contact(user, kind) != target:
                raise ApiError(
                    "invalid_verification_code",
                    "verification token is not for this user's phone number or email",
                )
        token = opaque("sudo.", 24)
        emu.store.add_sudo_token(token, user.id, emu.now() + SUDO_TTL)
    return {"sudo_token": token, "expires_in": SUDO_TTL}


@handler("deleteUserMe")
def delete_user_me(emu: Emulator, call: Call) -> dict[str, Any]:
    _, user = emu.require_user(call)
    with emu.store.atomic():
        spend_sudo_token(emu, call.params.get("sudo_token"), user)
        if not emu.store.delete_user(user.id):
            raise ApiError("user_not_found", "user not found")
    return {}


@handler("updatePassword")
def update_password(emu: Emulator, call: Call) -> dict[str, Any]:
    session, user = emu.require_user(call)
    body = call.body
    new_password = str(body["new_password"])
    if "confirm_password" in body and body["confirm_password"] != new_password:
        raise ApiError("invalid_argument", "confirm_password does not match new_password")
    with emu.store.atomic():
        # The docs put sudo_token in the query; the official SDK puts it in the body.
        spend_sudo_token(emu, call.params.get("sudo_token") or body.get("sudo_token"), user)
        if (
            "old_password" in body
            and user.password_hash is not None
            and not check_password(str(body["old_password"]), user.password_hash)
        ):
            raise ApiError("invalid_password", "old password is incorrect")
        check_password_rules(new_password)
        now = emu.now()
        emu.store.update_user(
            user.id, password_hash=hash_password(new_password), password_updated_at=now, updated_at=now
        )
        emu.store.revoke_sessions_of(user.id, keep=session.id)  # other devices are signed out
    return {}


@handler("resetPassword")
def reset_password(emu: Emulator, call: Call) -> dict[str, Any]:
    body = call.body
    with emu.store.atomic():
        kind, target = take_verified_contact(emu, body)
        user = emu.store.find_user(kind, target)
        if user is None:
            raise ApiError("user_not_found", "no account has this phone number or email")
        new_password = str(body["new_password"])
        check_password_rules(new_password)
        now = emu.now()
        emu.store.update_user(
            user.id, password_hash=hash_password(new_password), password_updated_at=now, updated_at=now
        )
        emu.store.revoke_sessions_of(user.id)
    return {}


@handler("editBasicUser")
def edit_basic_user(emu: Emulator, call: Call) -> dict[str, Any]:
    _, user = emu.require_user(call)
    body = call.body
    fields: dict[str, Any] = {}
    for source, column in (
        ("nickname", "name"),
        ("description", "user_desc"),
        ("avatar_url", "picture"),
        ("gender", "gender"),
    ):
        if source in body:
            fields[column] = str(body[source])
    if "username" in body:
        fields["username"] = check_username(str(body["username"]))
    if "email" in body:
        fields["email"] = normalize_email(str(body["email"]))
    if "phone" in body:
        fields["phone_number"] = normalize_phone(str(body["phone"]))
    if not fields:
        return {}
    with emu.store.atomic():
        # A new email or phone number must be one the caller just proved they receive: like the
        # SDK's updateUser, send a code to it and verify it first (within the token's lifetime).
        for kind in ("email", "phone_number"):
            address = fields.get(kind)
            if address is None or address == user_contact(user, kind):
                continue
            owner = emu.store.find_user(kind, address)
            if owner is not None and owner.id != user.id:
                raise ApiError("username_already_exists", f"{kind.replace('_', ' ')} already exists")
            take_recent_verification(emu, kind, address)
        fields["updated_at"] = emu.now()
        try:
            emu.store.update_user(user.id, **fields)
        except Conflict as exc:
            raise ApiError(
                "username_already_exists", f"{exc.field.replace('_', ' ')} already exists"
            ) from exc
    return {}


@handler("checkIfUserExist")
def check_if_user_exist(emu: Emulator, call: Call) -> dict[str, Any]:
    return {"exist": find_by_login(emu, str(call.params["username"])) is not None}
