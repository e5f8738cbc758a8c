"""State behind the sign-in gates and third-party logins: captcha settings, counters, captchas
and captcha tokens; registered OAuth providers, their authorisation requests and codes; WeChat
mini-programs and their codes; phone numbers carried by provider tokens; login QR codes.

Plain SQL over the store's one connection (tables are created by ``store._SCHEMA``). Every
function may be called inside or outside ``store.atomic()``.
"""

from __future__ import annotations

import json
from typing import Any

from .store import Store

# captcha_required after this many failed sign-ins, or code sends, from one device or for one
# account (or phone number, or email) within the window
DEFAULT_SETTINGS: dict[str, Any] = {
    "captcha_threshold": 5,
    "captcha_window_seconds": 3600,
    "weda_provider_sub_type": "",
    "need_weda_resource": False,  # whether user sign-ins answer need_weda_resource: true
}


def _all(store: Store, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    return store.rows(sql, params)


def _one(store: Store, sql: str, params: tuple[Any, ...] = ()) -> dict[str, Any] | None:
    rows = _all(store, sql, params)
    return rows[0] if rows else None


def _run(store: Store, sql: str, params: tuple[Any, ...] = ()) -> int:
    return store.write(sql, params)


# settings -----------------------------------------------------------------------------------
def settings(store: Store) -> dict[str, Any]:
    stored = {row["name"]: json.loads(row["value"]) for row in _all(store, "SELECT * FROM login_settings")}
    return {**DEFAULT_SETTINGS, **stored}


def put_setting(store: Store, name: str, value: Any) -> None:
    _run(
        store,
        "INSERT INTO login_settings (name, value) VALUES (?, ?)"
        " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        (name, json.dumps(value)),
    )


# captcha gate -------------------------------------------------------------------------------
# Events are counted per key: ``device:<x-device-id>`` or ``account:<user or login>`` (the
# column keeps its first name, ``device``, so databases made before stay readable).
def add_event(store: Store, device: str, kind: str, at: float) -> None:
    _run(store, "INSERT INTO captcha_events (device, kind, at) VALUES (?, ?, ?)", (device, kind, at))


def count_events(store: Store, device: str, kind: str, since: float) -> int:
    row = _one(
        store,
        "SELECT COUNT(*) AS n FROM captcha_events WHERE device = ? AND kind = ? AND at > ?",
        (device, kind, since),
    )
    return 0 if row is None else int(row["n"])


def clear_events(store: Store, device: str, kind: str) -> None:
    _run(store, "DELETE FROM captcha_events WHERE device = ? AND kind = ?", (device, kind))


def add_captcha(
    store: Store, token: str, answer: str, state: str, device: str | None, now: float, ttl: float
) -> None:
    _run(
        store,
        "INSERT INTO captchas (token, answer, state, device, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
        (token, answer, state, device, now, now + ttl),
    )


def get_captcha(store: Store, token: str) -> dict[str, Any] | None:
    return _one(store, "SELECT * FROM captchas WHERE token = ?", (token,))


def use_captcha(store: Store, token: str) -> None:
    _run(store, "UPDATE captchas SET used = 1 WHERE token = ?", (token,))


def captchas(store: Store) -> list[dict[str, Any]]:
    return _all(store, "SELECT * FROM captchas ORDER BY created_at, rowid")


def add_captcha_token(store: Store, token: str, state: str, expires_at: float) -> None:
    _run(
        store,
        "INSERT INTO captcha_tokens (token, state, expires_at) VALUES (?, ?, ?)",
        (token, state, expires_at),
    )


def get_captcha_token(store: Store, token: str) -> dict[str, Any] | None:
    return _one(store, "SELECT * FROM captcha_tokens WHERE token = ?", (token,))


def use_captcha_token(store: Store, token: str) -> None:
    _run(store, "UPDATE captcha_tokens SET used = 1 WHERE token = ?", (token,))


# OAuth providers ----------------------------------------------------------------------------
def add_oauth_provider(store: Store, provider: dict[str, Any]) -> None:
    _run(
        store,
        "INSERT OR REPLACE INTO oauth_providers"
        " (id, name, provider_type, authorization_endpoint, client_id, signout_uri) VALUES (?, ?, ?, ?, ?, ?)",
        (
            provider["id"],
            provider["name"],
            provider["provider_type"],
            provider["authorization_endpoint"],
            provider["client_id"],
            provider.get("signout_uri"),
        ),
    )


def oauth_provider(store: Store, provider_id: str) -> dict[str, Any] | None:
    return _one(store, "SELECT * FROM oauth_providers WHERE id = ?", (provider_id,))


def oauth_providers(store: Store) -> list[dict[str, Any]]:
    return _all(store, "SELECT * FROM oauth_providers ORDER BY id")


def add_oauth_request(store: Store, request: dict[str, Any]) -> None:
    _run(
        store,
        "INSERT OR REPLACE INTO oauth_requests (provider_id, state, redirect_uri, scope, device, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            request["provider_id"],
            request["state"],
            request.get("redirect_uri"),
            request.get("scope"),
            request.get("device"),
            request["created_at"],
        ),
    )


def oauth_request(store: Store, provider_id: str, state: str) -> dict[str, Any] | None:
    return _one(
        store, "SELECT * FROM oauth_requests WHERE provider_id = ? AND state = ?", (provider_id, state)
    )


def oauth_requests(store: Store) -> list[dict[str, Any]]:
    return _all(store, "SELECT * FROM oauth_requests ORDER BY created_at, rowid")


def add_oauth_code(store: Store, code: dict[str, Any]) -> None:
    _run(
        store,
        "INSERT INTO oauth_codes (code, provider_id, subject, name, email, redirect_uri, state, expires_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            code["code"],
            code["provider_id"],
            code["subject"],
            code.get("name"),
            code.get("email"),
            code.get("redirect_uri"),
            code.get("state"),
            code["expires_at"],
        ),
    )


def oauth_code(store: Store, code: str) -> dict[str, Any] | None:
    return _one(store, "SELECT * FROM oauth_codes WHERE code = ?", (code,))


def use_oauth_code(store: Store, code: str) -> None:
    _run(store, "UPDATE oauth_codes SET used = 1 WHERE code = ?", (code,))


# WeChat mini-programs -----------------------------------------------------------------------
def add_wechat_app(store: Store, appid: str, name: str) -> None:
    _run(store, "INSERT OR REPLACE INTO wechat_apps (appid, name) VALUES (?, ?)", (appid, name))


def wechat_app(store: Store, appid: str) -> dict[str, Any] | None:
    return _one(store, "SELECT * FROM wechat_apps WHERE appid = ?", (appid,))


def wechat_apps(store: Store) -> list[dict[str, Any]]:
    return _all(store, "SELECT * FROM wechat_apps ORDER BY appid")


def add_wechat_code(store: Store, code: dict[str, Any]) -> None:
    _run(
        store,
        "INSERT INTO wechat_codes (code, appid, kind, openid, unionid, phone_number, expires_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            code["code"],
            code["appid"],
            code["kind"],
            code.get("openid"),
            code.get("unionid"),
            code.get("phone_number"),
            code["expires_at"],
        ),
    )


def wechat_code(store: Store, code: str) -> dict[str, Any] | None:
    return _one(store, "SELECT * FROM wechat_codes WHERE code = ?", (code,))


def use_wechat_code(store: Store, code: str) -> None:
    _run(store, "UPDATE wechat_codes SET used = 1 WHERE code = ?", (code,))


def set_token_phone(store: Store, token: str, phone_number: str) -> None:
    _run(
        store,
        "INSERT OR REPLACE INTO provider_token_phones (token, phone_number) VALUES (?, ?)",
        (token, phone_number),
    )


def token_phone(store: Store, token: str) -> str | None:
    row = _one(store, "SELECT phone_number FROM provider_token_phones WHERE token = ?", (token,))
    return None if row is None else str(row["phone_number"])


# identities (moves between accounts) --------------------------------------------------------
def move_identity(
    store: Store, provider_id: str, provider_user_id: str, to_user: str, name: str | None, picture: str | None
) -> None:
    """Give the identity to ``to_user``, replacing any identity of the provider it had."""
    with store.atomic() as conn:
        conn.execute(
            "DELETE FROM identities WHERE (provider_id = ? AND provider_user_id = ?)"
            " OR (provider_id = ? AND user_id = ?)",
            (provider_id, provider_user_id, provider_id, to_user),
        )
        conn.execute(
            "INSERT INTO identities (provider_id, provider_user_id, user_id, name, picture) VALUES (?, ?, ?, ?, ?)",
            (provider_id, provider_user_id, to_user, name, picture),
        )


# QR codes -----------------------------------------------------------------------------------
def add_qrcode(store: Store, qr_id: str, appid: str, now: float, ttl: float) -> None:
    _run(
        store,
        "INSERT INTO qrcodes (id, appid, status, created_at, expires_at) VALUES (?, ?, 'WAITING', ?, ?)",
        (qr_id, appid, now, now + ttl),
    )


def qrcode(store: Store, qr_id: str) -> dict[str, Any] | None:
    return _one(store, "SELECT * FROM qrcodes WHERE id = ?", (qr_id,))


def qrcode_by_provider_token(store: Store, token: str) -> dict[str, Any] | None:
    return _one(store, "SELECT * FROM qrcodes WHERE provider_token = ?", (token,))


def qrcodes(store: Store) -> list[dict[str, Any]]:
    return _all(store, "SELECT * FROM qrcodes ORDER BY created_at, rowid")


def update_qrcode(store: Store, qr_id: str, **fields: Any) -> None:
    allowed = {"status", "openid", "provider_token"}
    if set(fields) - allowed:
        raise ValueError(f"unknown qrcode columns {sorted(set(fields) - allowed)}")
    assignments = ", ".join(f"{name} = ?" for name in fields)
    _run(store, f"UPDATE qrcodes SET {assignments} WHERE id = ?", (*fields.values(), qr_id))
