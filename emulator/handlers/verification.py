"""Verification codes: send (6 digits, 600 s, one per target per 60 s) and verify."""

from __future__ import annotations

import secrets
from typing import Any

from ..core import CODE_TTL, RESEND_INTERVAL, Call, Emulator
from ..errors import ApiError
from ..tokens import opaque, same_secret
from . import captcha
from .common import contact
from .registry import handler

MAX_ATTEMPTS = 5


@handler("sendVerification")
def send_verification(emu: Emulator, call: Call) -> dict[str, Any]:
    body = call.body
    rule = body.get("target", "ANY")  # the SDK omits it; inferred default
    found = contact(body)
    if rule == "CUR_USER":
        _, me = emu.require_user(call)
        if found is None:
            if me.phone_number:
                found = ("phone_number", me.phone_number)
            elif me.email:
                found = ("email", me.email)
    if found is None:
        raise ApiError("invalid_argument", "phone_number or email is required")
    kind, target = found
    # codes sent from one device, or to one phone number or email, lead to captcha_required
    captcha.gate(emu, call, "send", target)
    now = emu.now()
    with emu.store.atomic():
        existing = emu.store.find_user(kind, target)
        if rule in {"USER", "CUR_USER"} and existing is None:
            raise ApiError("user_not_found", "no account has this phone number or email")
        if rule == "NOT_USER" and existing is not None:
            raise ApiError("username_already_exists", "an account already uses this phone number or email")
        last = emu.store.last_verification_sent(target)
        if emu.rate_limit and last is not None and now - last < RESEND_INTERVAL:
            wait = int(RESEND_INTERVAL - (now - last)) + 1
            raise ApiError("rate_limit_exceeded", f"too many requests, try again in {wait} seconds")
        verification_id = opaque("vid.", 24)
        code = f"{secrets.randbelow(1_000_000):06d}"
        emu.store.add_verification(verification_id, target, kind, body.get("usage"), code, now, CODE_TTL)
        captcha.count(emu, call, "send", target)
    return {"verification_id": verification_id, "expires_in": CODE_TTL, "is_user": existing is not None}


@handler("verifyVerification")
def verify_verification(emu: Emulator, call: Call) -> dict[str, Any]:
    now = emu.now()
    with emu.store.atomic():
        row = emu.store.get_verification(str(call.body["verification_id"]))
        usable = (
            row is not None
            and not row["verified"]
            and row["expires_at"] > now
            and row["attempts"] < MAX_ATTEMPTS
        )
        if row is None or not usable:
            raise ApiError("invalid_verification_code", "verification code is invalid or expired")
        emu.store.count_attempt(row["id"])
        matches = same_secret(str(call.body["verification_code"]), str(row["code"]))
        token = opaque("vt.", 24)
        if matches:
            emu.store.mark_verified(row["id"], token, now + CODE_TTL)
    # Raised after the transaction so that the failed attempt stays counted.
    if not matches:
        raise ApiError("invalid_verification_code", "verification code is invalid or expired")
    return {"verification_token": token, "expires_in": CODE_TTL}
