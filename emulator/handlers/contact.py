"""PATCH /user/contact: bind or change the phone number or email, with a conflict policy.

The policies' meanings come from the comments of the SDK's ``EditContactRequest`` model; how the
service carries them out is inferred:
- DEFAULT: refuse an address another account has;
- DELETE_ACCOUNT_TRANSFER: close (delete) the other account, then take the address;
- TRANSFER: take the address only; the other account is closed if it can no longer sign in.
"""

from __future__ import annotations

from typing import Any

from ..core import Call, Emulator
from ..errors import ApiError
from ..store import Conflict, User
from .account import spend_sudo_token
from .common import contact, take_verification_token, user_contact
from .registry import handler

POLICIES = frozenset({"DEFAULT", "DELETE_ACCOUNT_TRANSFER", "TRANSFER"})


def _can_sign_in(emu: Emulator, user: User) -> bool:
    """Whether some way to sign in is left: a code to a phone or email, a password with a user
    name, a bound identity, or a custom-login uid."""
    if user.phone_number or user.email or user.custom_uid or user.is_anonymous:
        return True
    if user.password_hash and user.username:
        return True
    return bool(emu.store.identities(user.id))


@handler("editContact")
def edit_contact(emu: Emulator, call: Call) -> dict[str, Any]:
    _, user = emu.require_user(call)
    body = call.body
    wanted = contact(body)
    if wanted is None:
        raise ApiError("invalid_argument", "send the new phone_number or email")
    policy = str(body.get("conflict_resolution") or "DEFAULT")
    if policy not in POLICIES:  # the schema's enum already says so; kept for direct callers
        raise ApiError(
            "invalid_argument", "conflict_resolution must be DEFAULT, DELETE_ACCOUNT_TRANSFER or TRANSFER"
        )
    kind, target = wanted
    with emu.store.atomic():
        spend_sudo_token(emu, body.get("sudo_token"), user)
        proved = take_verification_token(emu, str(body["verification_token"]))
        if proved != wanted:
            raise ApiError(
                "invalid_verification_code", "verification token was issued for another phone number or email"
            )
        if user_contact(user, kind) == target:
            return {}
        owner = emu.store.find_user(kind, target)
        if owner is not None and owner.id != user.id:
            what = "phone number" if kind == "phone_number" else "email"
            if policy == "DEFAULT":
                raise ApiError("username_already_exists", f"another account already uses this {what}")
            if policy == "DELETE_ACCOUNT_TRANSFER":
                emu.store.delete_user(owner.id)
            else:
                released = emu.store.update_user(owner.id, **{kind: None, "updated_at": emu.now()})
                if released is not None and not _can_sign_in(emu, released):
                    emu.store.delete_user(owner.id)
        try:
            emu.store.update_user(user.id, **{kind: target, "updated_at": emu.now()})
        except Conflict as exc:
            raise ApiError(
                "username_already_exists", f"{exc.field.replace('_', ' ')} already exists"
            ) from exc
    return {}
