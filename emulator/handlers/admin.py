"""Surface group C: the administrator token (TC3-signed), user lookup, WeDa user info, the
deprecated profile patch, username check and the security log."""

from __future__ import annotations

import hashlib
import re
import secrets
from typing import Any

from .. import security_log, tc3
from ..core import ADMIN_TTL, Call, Emulator, rfc3339
from ..errors import ApiError
from ..store import Conflict, User
from .account import profile
from .common import check_username, normalize_email, normalize_phone
from .registry import handler

DEFAULT_LOG_PAGE = 20
_PAGE_TOKEN = re.compile(r"[1-9][0-9]{0,17}")


# -- key pairs (the control API and the CLI configure them) --------------------------------------


def add_key_pair(emu: Emulator, secret_id: str, secret_key: str) -> None:
    """Allow (or re-key) an API key pair for TC3-signed ``POST /token/clientCredential``."""
    with emu.store.atomic() as conn:
        conn.execute(
            "INSERT INTO admin_key_pairs (secret_id, secret_key, created_at) VALUES (?, ?, ?)"
            " ON CONFLICT (secret_id) DO UPDATE SET secret_key = excluded.secret_key",
            (secret_id, secret_key, emu.now()),
        )


def add_access_key(emu: Emulator, access_key: str) -> None:
    with emu.store.atomic() as conn:
        conn.execute(
            "INSERT OR IGNORE INTO admin_access_keys (access_key, created_at) VALUES (?, ?)",
            (access_key, emu.now()),
        )


def key_pairs(emu: Emulator) -> list[dict[str, str]]:
    """Every key pair, oldest first; a fresh emulator makes one up on first use."""
    with emu.store.atomic() as conn:
        rows = conn.execute(
            "SELECT secret_id, secret_key FROM admin_key_pairs ORDER BY created_at, secret_id"
        )
        pairs = [{"secret_id": row["secret_id"], "secret_key": row["secret_key"]} for row in rows.fetchall()]
        if not pairs:
            pair = {
                "secret_id": "AKIDemulator" + secrets.token_hex(6),
                "secret_key": secrets.token_urlsafe(30),
            }
            add_key_pair(emu, pair["secret_id"], pair["secret_key"])
            pairs = [pair]
    return pairs


def access_keys(emu: Emulator) -> list[str]:
    with emu.store.atomic() as conn:
        rows = conn.execute("SELECT access_key FROM admin_access_keys ORDER BY created_at").fetchall()
    return [str(row["access_key"]) for row in rows]


def secret_key_of(emu: Emulator, secret_id: str) -> str | None:
    """The SecretKey of a known key pair, or None (the caller compares in constant time)."""
    for pair in key_pairs(emu):
        if pair["secret_id"] == secret_id:
            return pair["secret_key"]
    return None


# -- POST /token/clientCredential ----------------------------------------------------------------


@handler("getClientCredential")
def get_client_credential(emu: Emulator, call: Call) -> dict[str, Any]:
    authorization = call.headers.get("authorization") or ""
    if call.bearer is not None:
        if not call.bearer or call.bearer not in access_keys(emu):
            raise ApiError("invalid_client", "unknown access key")
        # a stable, non-reversible name for the key (the key itself is a secret)
        subject = "accesskey:" + hashlib.sha256(call.bearer.encode("utf-8")).hexdigest()[:12]
    elif authorization.strip().startswith(tc3.ALGORITHM):
        sig = tc3.parse(authorization)
        tc3.verify(
            sig,
            secret_key_of(emu, sig.secret_id),
            now=emu.now(),
            method=call.operation.method.upper(),
            path=call.raw_path,
            query=call.raw_query,
            headers=call.headers,
            body=call.raw_body,
        )
        subject = sig.secret_id
    else:
        raise ApiError(
            "invalid_client",
            "sign the request with TC3-HMAC-SHA256 (SecretId and SecretKey) or send Bearer <accessKey>",
        )
    session = emu.open_session(
        subject=subject,
        scope="admin",
        provider_type="client_credentials",
        user_type="admin",
        call=call,
        refresh=False,
        access_ttl=ADMIN_TTL,
    )
    return emu.token_response(session)


# -- GET /user/query -----------------------------------------------------------------------------


def _caller(emu: Emulator, call: Call) -> tuple[bool, User | None]:
    """(is administrator, user) of the Bearer token, which may be an administrator's."""
    found = emu.authenticate(call)
    if found is None:
        if call.bearer is None:
            raise ApiError("unauthenticated", "an access token is required (Authorization: Bearer)")
        raise ApiError("unauthenticated", "access token is invalid or expired")
    session, user = found
    return session.user_type == "admin", user


@handler("queryUser")
def query_user(emu: Emulator, call: Call) -> dict[str, Any]:
    admin, caller = _caller(emu, call)
    if not admin and (caller is None or caller.is_anonymous):
        raise ApiError("permission_denied", "anonymous users may not look users up")
    params = call.params
    where: list[str] = []
    values: list[Any] = []
    ids = [i for i in params.get("id") or [] if i]
    if ids:
        where.append(f"id IN ({', '.join('?' for _ in ids)})")
        values.extend(ids)
    if params.get("username"):
        where.append("username = ?")
        values.append(str(params["username"]).strip())
    if params.get("email"):
        where.append("email = ?")
        values.append(normalize_email(str(params["email"])))
    if params.get("phone_number"):
        where.append("phone_number = ?")
        values.append(normalize_phone(str(params["phone_number"])))
    if not where:
        raise ApiError("invalid_argument", "give at least one of id, username, email, phone_number")
    if not admin and (params.get("email") or params.get("phone_number")) and caller is not None:
        # Only an administrator may find other people by email or phone number; a user's
        # search by them finds at most its own account (no error: the SDK's
        # queryUserProfile({email}) of a user finds itself, anybody else finds nothing).
        where.append("id = ?")
        values.append(caller.id)
    with emu.store.atomic() as conn:
        rows = conn.execute(
            f"SELECT id FROM users WHERE {' AND '.join(where)} ORDER BY created_at, id LIMIT 100",
            tuple(values),
        ).fetchall()
        users = [u for u in (emu.store.get_user(str(row["id"])) for row in rows) if u is not None]
    data = []
    for user in users:
        entry: dict[str, Any] = {"sub": user.id, "name": user.name or ""}
        shown = {
            "username": user.username,
            "picture": user.picture,
            "gender": user.gender,
            "locale": user.locale,
        }
        if admin or (caller is not None and caller.id == user.id):
            shown |= {"email": user.email, "phone_number": user.phone_number}
        entry.update({key: value for key, value in shown.items() if value is not None})
        data.append(entry)
    return {"total": len(data), "data": data}


# -- GET /plugin/weda/userinfo -------------------------------------------------------------------


@handler("getWedaUserInfo")
def get_weda_user_info(emu: Emulator, call: Call) -> dict[str, Any]:
    _, user = emu.require_user(call)
    body: dict[str, Any] = {
        "sub": user.id,
        "user_id": user.id,
        "user_type": "anonymous" if user.is_anonymous else "internal",
    }
    optional = {
        "name": user.name,
        "username": user.username,
        "picture": user.picture,
        "email": user.email,
        "phone_number": user.phone_number,
    }
    body.update({key: value for key, value in optional.items() if value is not None})
    return body


# -- PATCH /user/profile (deprecated) ------------------------------------------------------------


@handler("setUserProfile")
def set_user_profile(emu: Emulator, call: Call) -> dict[str, Any]:
    _, user = emu.require_user(call)
    fields: dict[str, str] = {
        name: str(call.body[name]) for name in ("name", "picture", "gender", "locale") if name in call.body
    }
    if "username" in call.body:  # what User.updateUsername of @cloudbase/auth sends
        fields["username"] = check_username(str(call.body["username"]))
    with emu.store.atomic():
        if fields:
            try:
                updated = emu.store.update_user(user.id, **fields, updated_at=emu.now())
            except Conflict as exc:
                raise ApiError(
                    "username_already_exists", f"{exc.field.replace('_', ' ')} already exists"
                ) from exc
            if updated is None:
                raise ApiError("user_not_found", "the account no longer exists")
            user = updated
            security_log.record(
                emu, call, user.id, security_log.USER_PROFILE_UPDATE, ",".join(sorted(fields))
            )
    return profile(emu, user)


# -- GET /checkUsername --------------------------------------------------------------------------


@handler("checkUsername")
def check_username_free(emu: Emulator, call: Call) -> dict[str, Any]:
    _caller(emu, call)
    username = check_username(str(call.params["username"]))
    if emu.store.find_user("username", username) is not None:
        raise ApiError("username_already_exists", "username already exists")
    return {}


# -- GET /user/security/history ------------------------------------------------------------------


@handler("getUserBehaviorLog")
def get_user_behavior_log(emu: Emulator, call: Call) -> dict[str, Any]:
    _, user = emu.require_user(call)
    params = call.params
    token = params.get("page_token")
    before: int | None = None
    if token is not None:
        # A page token is a sequence number this log issued: 1 to 18 ASCII digits, so it fits
        # SQLite's 64-bit INTEGER (20 digits raised OverflowError) and int() reads it (it
        # refuses "²", which str.isdigit() accepts).
        if not _PAGE_TOKEN.fullmatch(str(token)):
            raise ApiError("invalid_argument", "page_token is not valid")
        before = int(token)
    rows, next_seq = security_log.page(
        emu,
        user.id,
        action=params.get("query[action]"),
        not_action=params.get("ne_query[action]"),
        limit=int(params.get("limit") or DEFAULT_LOG_PAGE),
        before=before,
    )
    data = []
    for row in rows:
        entry: dict[str, Any] = {
            "id": row["id"],
            "action": row["action"],
            "created_at": rfc3339(row["created_at"]),
            "meta": {"from": row["source"]},
        }
        for key in ("ip", "user_agent", "client_id", "device_id"):
            if row[key] is not None:
                entry[key] = row[key]
        data.append(entry)
    body: dict[str, Any] = {"data": data}
    if next_seq is not None:
        body["next_page_token"] = str(next_seq)
    return body
