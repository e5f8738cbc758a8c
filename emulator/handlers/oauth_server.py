"""CloudBase as an OAuth server: authorization codes with PKCE (RFC 6749, RFC 7636), the consent
screen's info, and the device flow (RFC 8628); plus the two grants of ``POST /token`` that redeem
them (``OAUTH_GRANTS``, called by the token endpoint in ``sessions.py``).

Clients: the environment's own client (``client_id`` = the environment ID) always exists, takes
any redirect URI and every scope of ``SCOPES``; others are registered through the control API
(``POST /emulator/v1/oauth-clients``) with their redirect URIs, scopes and secret. Lifetimes
(codes 600 s, device codes 600 s polled every 3 s) are inferred: the device values are the ones
the CloudBase CLI device-flow page recommends.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from ..core import Call, Emulator
from ..errors import ApiError
from ..tokens import opaque, same_secret, sign_access_token
from .common import sign_in_user
from .registry import handler

CODE_TTL = 600
DEVICE_CODE_TTL = 600
DEVICE_INTERVAL = 3
SLOW_DOWN_STEP = 5
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
USER_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0, 1, I, O
# RFC 7636 4.1: code_verifier = 43*128 unreserved characters; 4.2: BASE64URL(SHA256) is 43.
_VERIFIER = re.compile(r"[A-Za-z0-9\-._~]{43,128}")
_VERIFIER_RULE = "43 to 128 characters of A-Z a-z 0-9 - . _ ~ (RFC 7636)"
_S256_CHALLENGE = re.compile(r"[A-Za-z0-9\-_]{43}")

# scope -> (name, description), what a consent screen shows.
SCOPES: dict[str, tuple[str, str]] = {
    "openid": ("Sign you in", "Know who you are (an ID token)."),
    "profile": ("Your name and avatar", "Read your display name, avatar and gender."),
    "email": ("Your email address", "Read your email address."),
    "phone": ("Your phone number", "Read your phone number."),
}


@dataclass(frozen=True)
class Client:
    client_id: str
    name: str
    description: str | None
    picture: str | None
    url: str | None
    client_secret: str
    redirect_uris: tuple[str, ...] | None  # None: any
    scopes: tuple[str, ...]


def find_client(emu: Emulator, client_id: str) -> Client | None:
    with emu.store.atomic() as conn:
        row = conn.execute("SELECT * FROM oauth_clients WHERE client_id = ?", (client_id,)).fetchone()
    if row is not None:
        uris = None if row["redirect_uris"] is None else tuple(json.loads(row["redirect_uris"]))
        return Client(
            row["client_id"],
            row["name"],
            row["description"],
            row["picture"],
            row["url"],
            row["client_secret"],
            uris,
            tuple(json.loads(row["scopes"])),
        )
    if client_id == emu.env_id:
        return Client(
            client_id, f"CloudBase environment {client_id}", None, None, None, "", None, tuple(SCOPES)
        )
    return None


def _client(emu: Emulator, client_id: str) -> Client:
    found = find_client(emu, client_id)
    if found is None:
        raise ApiError("invalid_client", "unknown client_id")
    return found


def _scopes(client: Client, requested: Any) -> list[str]:
    """The requested scopes (the client's when none), each allowed for the client."""
    if requested is None or not str(requested).strip():
        return list(client.scopes)
    scopes = str(requested).split()
    if any(scope not in client.scopes for scope in scopes):
        raise ApiError("invalid_scope", "scope is not allowed for this client")
    return list(dict.fromkeys(scopes))


def _redirect_uri(client: Client, given: Any) -> str | None:
    if given is not None and not isinstance(given, str):
        raise ApiError("invalid_request", "redirect_uri must be a string")
    if client.redirect_uris is None:
        return given or None
    if not given:
        raise ApiError("invalid_request", "redirect_uri is required for this client")
    if given not in client.redirect_uris:
        raise ApiError("invalid_request", "redirect_uri is not registered for this client")
    return given


def _response_type(value: Any) -> None:
    if value not in (None, "", "code"):
        raise ApiError("unsupported_response_type", "only response_type=code is supported")


def _client_id(call: Call) -> str:
    """The app: ``client_id`` in the query or body, else the user of Basic client credentials,
    else the signed-in session's client (a Bearer call carries no ``client_id``), else the
    environment's own client."""
    body_id = call.body.get("client_id") if isinstance(call.body, dict) else None
    named = call.params.get("client_id") or body_id
    if named:
        return str(named)
    if call.basic is not None and call.basic[0]:
        return call.basic[0]
    if call.auth is not None:
        return call.auth[0].client_id
    return call.client_id


def authenticate_client(emu: Emulator, call: Call, client_id: str) -> None:
    """RFC 6749 2.3.1 and 4.1.3: a confidential client (one registered with a secret) proves
    who it is whenever it redeems a code: Basic ``client_id:client_secret``, or
    ``client_secret`` in the body. A public client (no secret, such as the environment's own
    client, for which the SDK sends ``client_secret: ""``) has nothing to prove. Raises
    ``invalid_client`` (401); the code is not touched, so it stays usable."""
    client = find_client(emu, client_id)
    if client is None or not client.client_secret:
        return
    if call.basic is not None:
        basic_id, secret = call.basic
        if basic_id != client_id:
            raise ApiError("invalid_client", "the Basic client_id is not the client_id of the request")
    else:
        given = call.body.get("client_secret") if isinstance(call.body, dict) else None
        secret = given if isinstance(given, str) else ""
    if not secret or not same_secret(secret, client.client_secret):
        raise ApiError(
            "invalid_client",
            "client authentication failed: a confidential client sends its client_secret"
            " (Basic client_id:client_secret, or client_secret in the body)",
        )


# --- authorization codes ---------------------------------------------------------------------


@handler("authorize")
def authorize(emu: Emulator, call: Call) -> dict[str, Any]:
    _, user = emu.require_user(call)
    body = call.body
    client = _client(emu, _client_id(call))
    _response_type(body.get("response_type"))
    redirect_uri = _redirect_uri(client, body.get("redirect_uri"))
    scopes = _scopes(client, body.get("scope"))
    challenge, method = body.get("code_challenge"), body.get("code_challenge_method")
    if method and not challenge:
        raise ApiError("invalid_request", "code_challenge_method needs a code_challenge")
    if challenge and not method:
        method = "plain"  # RFC 7636 section 4.3
    if challenge:
        _pkce_challenge(str(challenge), str(method))
    code = opaque("ac.", 24)
    with emu.store.atomic() as conn:
        conn.execute(
            "INSERT INTO authorization_codes (code, client_id, user_id, redirect_uri, scope,"
            " code_challenge, code_challenge_method, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                code,
                client.client_id,
                user.id,
                redirect_uri,
                " ".join(scopes),
                challenge,
                method,
                emu.now() + CODE_TTL,
            ),
        )
    answer: dict[str, Any] = {"code": code, "expires_in": CODE_TTL}
    if scopes:
        answer["scope"] = " ".join(scopes)
    if isinstance(body.get("state"), str) and body["state"]:
        answer["state"] = body["state"]
    return answer


@handler("getAuthorizeInfo")
def get_authorize_info(emu: Emulator, call: Call) -> dict[str, Any]:
    params = call.params
    if call.bearer is not None:
        emu.require_user(call)
        client = _client(emu, _client_id(call))
    elif call.basic is not None:
        client_id, secret = call.basic
        named = params.get("client_id")
        found = find_client(emu, client_id)
        if found is None or (named and named != client_id) or not same_secret(secret, found.client_secret):
            raise ApiError("invalid_client", "client authentication failed")
        client = found
    else:
        raise ApiError("invalid_client", "send the user's Bearer token or Basic client credentials")
    _response_type(params.get("response_type"))
    _redirect_uri(client, params.get("redirect_uri"))
    scopes = _scopes(client, params.get("scope"))
    info: dict[str, Any] = {"id": client.client_id, "name": client.name}
    info.update(
        {
            k: v
            for k, v in (
                ("description", client.description),
                ("picture", client.picture),
                ("url", client.url),
            )
            if v
        }
    )
    return {
        "client": info,
        "scopes": [
            {
                "id": scope,
                "name": SCOPES.get(scope, (scope, ""))[0],
                "description": SCOPES.get(scope, (scope, scope))[1],
            }
            for scope in scopes
        ],
    }


def _pkce_challenge(challenge: str, method: str) -> None:
    """RFC 7636 4.2: an S256 challenge is the 43-character base64url SHA-256 of a verifier; a
    plain one is a verifier itself. Anything else can never be matched: refused up front."""
    if method == "S256":
        if not _S256_CHALLENGE.fullmatch(challenge):
            raise ApiError("invalid_request", "an S256 code_challenge is 43 characters of A-Z a-z 0-9 - _")
    elif not _VERIFIER.fullmatch(challenge):
        raise ApiError("invalid_request", f"a plain code_challenge is {_VERIFIER_RULE}")


def _pkce_matches(challenge: str, method: str, verifier: str) -> bool:
    """Whether ``verifier`` (already checked against RFC 7636's grammar) answers the challenge."""
    if method == "S256":
        digest = hashlib.sha256(verifier.encode("ascii")).digest()
        expected = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
        return same_secret(expected, challenge)
    return same_secret(verifier, challenge)


def _id_token(emu: Emulator, subject: str, client_id: str, nonce: Any) -> str:
    now = int(emu.now())
    claims: dict[str, Any] = {
        "iss": f"http://{emu.env_id}.ap-shanghai.tcb-api.tencentcloudapi.com",
        "sub": subject,
        "aud": client_id,
        "iat": now,
        "auth_time": now,
        "exp": now + 7200,
    }
    if isinstance(nonce, str) and nonce:
        claims["nonce"] = nonce
    return sign_access_token(emu.access_key, claims)


def _authorization_code_grant(emu: Emulator, call: Call) -> dict[str, Any]:
    body = call.body
    code = body.get("code")
    if not isinstance(code, str) or not code:
        raise ApiError("invalid_request", "code is required")
    client_id = _client_id(call)
    if call.basic is not None and call.basic[0] != client_id:
        raise ApiError("invalid_client", "the Basic client_id is not the client_id of the request")
    with emu.store.atomic() as conn:
        row = conn.execute("SELECT * FROM authorization_codes WHERE code = ?", (code,)).fetchone()
        if row is None or row["expires_at"] <= emu.now():
            raise ApiError("invalid_grant", "authorization code is invalid or expired")
        if row["used"]:
            # RFC 6749 section 4.1.2: a code used twice also ends what it gave the first time.
            if row["session_id"]:
                emu.store.revoke_session(row["session_id"])
            used_twice = True
        else:
            used_twice = False
    if used_twice:
        raise ApiError("invalid_grant", "authorization code was already used")
    if row["client_id"] != client_id:
        raise ApiError("invalid_grant", "authorization code was issued to another client")
    authenticate_client(emu, call, client_id)
    # RFC 6749 4.1.3: the same redirect_uri as the authorization request, omitted or not.
    if row["redirect_uri"] is not None and body.get("redirect_uri") != row["redirect_uri"]:
        raise ApiError("invalid_grant", "redirect_uri does not match the authorization request")
    if row["code_challenge"]:
        verifier = body.get("code_verifier")
        if not isinstance(verifier, str) or not _VERIFIER.fullmatch(verifier):
            raise ApiError("invalid_grant", f"code_verifier must be {_VERIFIER_RULE}")
        if not _pkce_matches(row["code_challenge"], row["code_challenge_method"], verifier):
            raise ApiError("invalid_grant", "code_verifier does not match the code_challenge")
    with emu.store.atomic() as conn:
        spent = conn.execute(
            "UPDATE authorization_codes SET used = 1 WHERE code = ? AND used = 0", (code,)
        ).rowcount
        if spent == 0:
            raise ApiError("invalid_grant", "authorization code was already used")
        user = emu.store.get_user(row["user_id"])
        if user is None:
            raise ApiError("invalid_grant", "the user of this code no longer exists")
        # the session belongs to the client the code was issued to, however it named itself
        # (client_id in the query or body, or the user of its Basic credentials)
        session = sign_in_user(emu, replace(call, client_id=client_id), user, "oauth")
        conn.execute("UPDATE authorization_codes SET session_id = ? WHERE code = ?", (session.id, code))
    answer = emu.token_response(session)
    if "openid" in str(row["scope"] or "").split():
        answer["id_token"] = _id_token(emu, user.id, client_id, body.get("nonce"))
    return answer


# --- device flow -----------------------------------------------------------------------------


def _user_code() -> str:
    return "".join(secrets.choice(USER_CODE_ALPHABET) for _ in range(8))


def normalize_user_code(raw: str) -> str:
    return "".join(ch for ch in raw.upper() if ch.isalnum())


def show_user_code(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"


@handler("requestDeviceCode")
def request_device_code(emu: Emulator, call: Call) -> dict[str, Any]:
    if call.bearer is not None and emu.authenticate(call) is None:
        raise ApiError("unauthenticated", "access token is invalid or expired")
    client = _client(emu, _client_id(call))
    scopes = _scopes(client, call.body.get("scope") if isinstance(call.body, dict) else None)
    device_code = opaque("dc.", 32)
    now = emu.now()
    with emu.store.atomic() as conn:
        while True:  # an active user code is unique
            user_code = _user_code()
            taken = conn.execute("SELECT 1 FROM device_codes WHERE user_code = ?", (user_code,)).fetchone()
            if taken is None:
                break
        conn.execute(
            "INSERT INTO device_codes (device_code, user_code, client_id, scope, created_at, expires_at,"
            " poll_interval) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                device_code,
                user_code,
                client.client_id,
                " ".join(scopes),
                now,
                now + DEVICE_CODE_TTL,
                DEVICE_INTERVAL,
            ),
        )
    uri = f"https://{emu.env_id}.tcloudbaseapp.com/__auth/device"
    return {
        "device_code": device_code,
        "user_code": show_user_code(user_code),
        "verification_uri": uri,
        "verification_uri_complete": f"{uri}?user_code={show_user_code(user_code)}",
        "expires_in": DEVICE_CODE_TTL,
        "interval": DEVICE_INTERVAL,
    }


@handler("authorizeDevice")
def authorize_device(emu: Emulator, call: Call) -> dict[str, Any]:
    _, user = emu.require_user(call)
    user_code = normalize_user_code(str(call.body["user_code"]))
    with emu.store.atomic() as conn:
        row = conn.execute(
            "SELECT * FROM device_codes WHERE user_code = ? AND status = 'pending'", (user_code,)
        ).fetchone()
        if row is None:
            raise ApiError("not_found", "user code not found")
        if row["expires_at"] <= emu.now():
            raise ApiError("expired_token", "the user code has expired")
        scope = call.body.get("scope")
        if scope and any(s not in str(row["scope"] or "").split() for s in str(scope).split()):
            raise ApiError("invalid_scope", "scope was not asked for by the device")
        conn.execute(
            "UPDATE device_codes SET status = 'approved', user_id = ?, scope = COALESCE(?, scope)"
            " WHERE device_code = ?",
            (user.id, scope or None, row["device_code"]),
        )
    return {}


def _device_code_grant(emu: Emulator, call: Call) -> dict[str, Any]:
    device_code = call.body.get("device_code")
    if not isinstance(device_code, str) or not device_code:
        raise ApiError("invalid_request", "device_code is required")
    now = emu.now()
    refusal: ApiError | None = None
    with emu.store.atomic() as conn:
        row = conn.execute("SELECT * FROM device_codes WHERE device_code = ?", (device_code,)).fetchone()
        if row is None or row["status"] == "spent":
            raise ApiError("invalid_grant", "device code is invalid or already used")
        if row["client_id"] != _client_id(call):
            raise ApiError("invalid_grant", "device code was issued to another client")
        authenticate_client(emu, call, str(row["client_id"]))
        if row["expires_at"] <= now:
            raise ApiError("expired_token", "the device code has expired")
        last, interval = row["last_polled_at"], int(row["poll_interval"])
        if last is not None and now - last < interval:
            interval += SLOW_DOWN_STEP
            refusal = ApiError("slow_down", f"polling too fast; wait {interval} seconds between polls")
        elif row["status"] == "pending":
            refusal = ApiError("authorization_pending", "the user has not approved the device yet")
        if refusal is not None:
            # Committed before the refusal is raised: the poll's time and the slower interval count.
            conn.execute(
                "UPDATE device_codes SET last_polled_at = ?, poll_interval = ? WHERE device_code = ?",
                (now, interval, device_code),
            )
            session = None
        else:
            conn.execute("UPDATE device_codes SET status = 'spent' WHERE device_code = ?", (device_code,))
            user = emu.store.get_user(row["user_id"])
            if user is None:
                raise ApiError("invalid_grant", "the approving user no longer exists")
            session = sign_in_user(emu, replace(call, client_id=str(row["client_id"])), user, "device")
    if refusal is not None:
        raise refusal
    assert session is not None
    return emu.token_response(session)


OAUTH_GRANTS: dict[str, Callable[[Emulator, Call], dict[str, Any]]] = {
    "authorization_code": _authorization_code_grant,
    DEVICE_GRANT: _device_code_grant,
}
