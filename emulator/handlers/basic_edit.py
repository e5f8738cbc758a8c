"""POST /user/basic/edit: the parts of the SDK's ``ModifyUserBasicInfoRequest`` that the profile
handler in ``account.py`` leaves out. ``password`` + ``new_password`` change the password with
the old one (other devices are signed out, as with ``PATCH /user/password``); ``user_id`` edits
another user and needs an administrator token (docs). This handler is registered over the one
in ``account.py`` and hands the profile fields to it, in the same transaction. The SDK's
encrypted variant (``encrypt_password``, ``public_key_thumbprint``) is not covered.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..core import Call, Emulator
from ..errors import ApiError
from ..store import Conflict, Session, User
from ..tokens import check_password, hash_password
from . import account as _account  # noqa: F401  (the profile handler must be registered first)
from .common import check_password_rules, check_username, normalize_email, normalize_phone
from .registry import HANDLERS, handler

_PROFILE_HANDLER = HANDLERS["editBasicUser"]
_OWN_FIELDS = ("user_id", "password", "new_password")
_COLUMNS = (
    ("nickname", "name"),
    ("description", "user_desc"),
    ("avatar_url", "picture"),
    ("gender", "gender"),
)


def _change_password(emu: Emulator, session: Session, user: User, body: dict[str, Any]) -> None:
    old, new = body.get("password"), body.get("new_password")
    if not isinstance(old, str) or not old or not isinstance(new, str) or not new:
        raise ApiError("invalid_argument", "send password (the current one) and new_password together")
    if user.password_hash is None:
        raise ApiError(
            "password_not_set", "the account has no password; use PATCH /user/password with a sudo token"
        )
    if not check_password(old, user.password_hash):
        raise ApiError("invalid_password", "password is incorrect")
    check_password_rules(new)
    now = emu.now()
    emu.store.update_user(user.id, password_hash=hash_password(new), password_updated_at=now, updated_at=now)
    emu.store.revoke_sessions_of(user.id, keep=session.id)


def _admin_edit(emu: Emulator, user_id: str, body: dict[str, Any]) -> dict[str, Any]:
    """An administrator sets another user's fields directly (no proof of the new address)."""
    fields: dict[str, Any] = {column: str(body[name]) for name, column in _COLUMNS if name in body}
    if "username" in body:
        fields["username"] = check_username(str(body["username"]))
    if "email" in body:
        fields["email"] = normalize_email(str(body["email"]))
    if "phone" in body:
        fields["phone_number"] = normalize_phone(str(body["phone"]))
    now = emu.now()
    if "new_password" in body:
        check_password_rules(str(body["new_password"]))
        fields |= {"password_hash": hash_password(str(body["new_password"])), "password_updated_at": now}
    with emu.store.atomic():
        if emu.store.get_user(user_id) is None:
            raise ApiError("user_not_found", "user not found")
        try:
            emu.store.update_user(user_id, **fields, updated_at=now)
        except Conflict as exc:
            raise ApiError(
                "username_already_exists", f"{exc.field.replace('_', ' ')} already exists"
            ) from exc
        if "new_password" in body:
            emu.store.revoke_sessions_of(user_id)
    return {}


@handler("editBasicUser")
def edit_basic_user(emu: Emulator, call: Call) -> dict[str, Any]:
    body = call.body
    target = body.get("user_id")
    found = emu.authenticate(call)
    if target and found is not None and found[1] is None:  # an administrator token has no user
        return _admin_edit(emu, str(target), body)
    session, user = emu.require_user(call)
    if target and str(target) != user.id:
        raise ApiError("permission_denied", "editing another user needs an administrator token")
    with emu.store.atomic():
        if "password" in body or "new_password" in body:
            _change_password(emu, session, user, body)
        rest = {key: value for key, value in body.items() if key not in _OWN_FIELDS}
        return _PROFILE_HANDLER(emu, replace(call, body=rest))
