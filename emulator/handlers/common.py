"""Checks several handlers share: contact formats, usernames, password rules, one-time tokens."""

from __future__ import annotations

import re
from typing import Any

from .. import security_log
from ..contacts import canonical_phone, phone_or_none
from ..core import CODE_TTL, Call, Emulator
from ..errors import ApiError
from ..store import Session, User

_PHONE = re.compile(r"^\+\d{1,4} \d{5,15}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_.:+ @]{1,47}$")
_SPECIAL = re.compile(r"[^A-Za-z0-9]")


def normalize_phone(raw: str) -> str:
    """``+86 13800000000``, however the number was written (``contacts.canonical_phone``); like
    the SDK, no country code means +86."""
    try:
        phone = canonical_phone(raw)
    except ValueError as exc:
        raise ApiError("invalid_phone_number", "phone number must look like +86 13800000000") from exc
    if not _PHONE.match(phone):
        raise ApiError("invalid_phone_number", "phone number must look like +86 13800000000")
    return phone


def normalize_email(raw: str) -> str:
    email = raw.strip()
    if not _EMAIL.match(email):
        raise ApiError("invalid_argument", "email is malformed")
    return email.lower()


def contact(body: dict[str, Any], *, phone_key: str = "phone_number") -> tuple[str, str] | None:
    """(kind, value) of the phone number or email in the body; both at once is an error."""
    phone, email = body.get(phone_key), body.get("email")
    if phone and email:
        raise ApiError("invalid_argument", "send a phone number or an email, not both")
    if phone:
        return "phone_number", normalize_phone(str(phone))
    if email:
        return "email", normalize_email(str(email))
    return None


def check_username(username: str) -> str:
    """A username must not look like an email address or a phone number (in any way the API
    reads one): sign-in takes all three in one field, so such a username could squat on the
    address of somebody who has not signed up yet and make their verified sign-up fail."""
    if not _USERNAME.fullmatch(username):
        raise ApiError(
            "invalid_argument",
            "username must be 2-48 letters, digits or -_.:+ @ and start with a letter or digit",
        )
    if _EMAIL.match(username) or phone_or_none(username) is not None:
        raise ApiError(
            "invalid_argument",
            "username must not look like an email address or a phone number (sign-in reads those as such)",
        )
    return username


def check_password_rules(password: str) -> None:
    if not (
        8 <= len(password) <= 64
        and re.search(r"[a-z]", password)
        and re.search(r"[A-Z]", password)
        and re.search(r"[0-9]", password)
        and _SPECIAL.search(password)
    ):
        raise ApiError(
            "invalid_password",
            "password must be 8-64 characters with upper and lower case letters, a digit and a special character",
        )


def take_verification_token(emu: Emulator, token: str) -> tuple[str, str]:
    """Spend a verification token (call inside ``store.atomic()``); returns (kind, target)."""
    row = emu.store.verification_by_token(token)
    if row is None or row["token_used"] or (row["token_expires_at"] or 0) <= emu.now():
        raise ApiError("invalid_verification_code", "verification token is invalid or expired")
    emu.store.use_verification_token(token)
    return str(row["kind"]), str(row["target"])


def take_verified_contact(emu: Emulator, body: dict[str, Any]) -> tuple[str, str]:
    """Spend the body's verification token; the phone number or email it proves (kind, target).
    A phone number or email sent alongside must be the one the token was issued for."""
    given = contact(body)
    kind, target = take_verification_token(emu, str(body["verification_token"]))
    if given is not None and given != (kind, target):
        raise ApiError(
            "invalid_verification_code", "verification token was issued for another phone number or email"
        )
    return kind, target


def take_recent_verification(emu: Emulator, kind: str, target: str) -> None:
    """Spend a verification of exactly ``target`` that passed ``/verification/verify`` and whose
    token is still live and unused (call inside ``store.atomic()``); else permission_denied."""
    row = emu.store.recent_verification(kind, target, emu.now())
    if row is None:
        what = "email" if kind == "email" else "phone number"
        raise ApiError(
            "permission_denied",
            f"verify the new {what} first: send a code to it (POST /verification), check the code "
            f"(POST /verification/verify), then change it here within {int(CODE_TTL)} s",
        )
    emu.store.use_verification_token(str(row["token"]))


def user_contact(user: User, kind: str) -> str | None:
    return user.phone_number if kind == "phone_number" else user.email


def find_by_login(emu: Emulator, login: str) -> User | None:
    """The user whose username, email (any case) or phone number (written any way) is ``login``.

    Unambiguous: a username can no longer equal another account's email or phone number, and
    if two older accounts do clash, the login's shape decides (``@``: the email; a phone number:
    the phone; else the username), so one account's login never reaches the other."""
    login = login.strip()
    try:
        phone: str | None = normalize_phone(login)
    except ApiError:
        phone = None
    found = emu.store.find_users_by_login(login, login.lower(), phone)
    if len(found) <= 1:
        return found[0] if found else None
    if "@" in login:
        chosen = [user for user in found if user.email == login.lower()]
    elif phone is not None:
        chosen = [user for user in found if user.phone_number == phone]
    else:
        chosen = [user for user in found if user.username == login]
    return chosen[0] if chosen else None


def same_target(kind: str, login: str, target: str) -> bool:
    """Whether ``login`` names the verified phone number or email ``target``."""
    login = login.strip()
    if kind == "email":
        return login.lower() == target
    try:
        return normalize_phone(login) == target
    except ApiError:
        return False


def sign_in_user(emu: Emulator, call: Call, user: User, provider_type: str, **session: Any) -> Session:
    """Open a session for a user who has just proved who they are (inside ``store.atomic()``;
    the caller signs the tokens after leaving it, so signing never holds the database lock)."""
    if user.status == "BLOCKED":
        raise ApiError("user_blocked", "the account is blocked")
    emu.store.touch_login(user.id, emu.now())
    anonymous = user.is_anonymous
    security_log.record(
        emu, call, user.id, security_log.USER_LOGIN, "anonymous" if anonymous else provider_type
    )
    return emu.open_session(
        subject=user.id,
        scope="anonymous" if anonymous else "user",
        provider_type="anonymous" if anonymous else provider_type,
        user_type="anonymous" if anonymous else "internal",
        call=call,
        **session,
    )
