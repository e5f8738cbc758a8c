"""Keys, JWTs, custom-login tickets, opaque tokens and password hashes."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
import secrets
import threading
import uuid
from dataclasses import dataclass
from typing import Any

import jwt
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from .store import Store

ACCESS_KEY = "access"
CUSTOM_LOGIN_KEY = "custom_login"

# A fresh 2048-bit key takes tens of milliseconds; in-memory databases (one per test) share one
# per process. A file database keeps its own keys, so a restart with the same --db validates old
# tokens.
_PROCESS_KEYS: dict[str, tuple[str, str]] = {}
_PROCESS_KEYS_LOCK = threading.Lock()

UID_PATTERN = re.compile(r"^[a-zA-Z0-9_\-#@~=*(){}\[\]:.,<>+]{4,32}$")


@dataclass(frozen=True)
class KeyPair:
    kid: str
    private_pem: str
    private_key: rsa.RSAPrivateKey
    public_key: rsa.RSAPublicKey


def _new_key() -> tuple[str, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    return str(uuid.uuid4()), pem


def load_key(store: Store, name: str, *, shared: bool) -> KeyPair:
    """The named key from the database, created on first use."""
    stored = store.get_key(name)
    if stored is None:
        if shared:
            with _PROCESS_KEYS_LOCK:
                if name not in _PROCESS_KEYS:
                    _PROCESS_KEYS[name] = _new_key()
                fresh = _PROCESS_KEYS[name]
        else:
            fresh = _new_key()
        stored = store.put_key(name, *fresh)
    kid, pem = stored
    # Our own key, written by us: skip the slow RSA consistency check.
    private_key = serialization.load_pem_private_key(
        pem.encode(), password=None, unsafe_skip_rsa_key_validation=True
    )
    if not isinstance(private_key, rsa.RSAPrivateKey):
        raise TypeError(f"key {name!r} in the database is not an RSA key")
    return KeyPair(kid=kid, private_pem=pem, private_key=private_key, public_key=private_key.public_key())


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(segment: str) -> bytes:
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


_HEADERS: dict[str, str] = {}  # kid -> the encoded JWT header (the same for every token of a key)
_COMPACT = json.JSONEncoder(separators=(",", ":"))


def token_signing_input(key: KeyPair, claims: dict[str, Any]) -> str:
    """``header.payload`` of an RS256 JWT with ``kid``: what the signature covers."""
    header = _HEADERS.get(key.kid)
    if header is None:
        header = _HEADERS[key.kid] = _b64(
            json.dumps({"alg": "RS256", "kid": key.kid, "typ": "JWT"}, separators=(",", ":")).encode()
        )
    return f"{header}.{_b64(_COMPACT.encode(claims).encode())}"


def raw_signature(key: KeyPair, data: bytes) -> bytes:
    """RSASSA-PKCS1-v1_5 with SHA-256 (RS256) of ``data``."""
    return key.private_key.sign(data, padding.PKCS1v15(), hashes.SHA256())


def finish_token(signing_input: str, signature: bytes) -> str:
    return f"{signing_input}.{_b64(signature)}"


def sign_access_token(key: KeyPair, claims: dict[str, Any]) -> str:
    """An RS256 JWT with ``kid``; the same bytes PyJWT makes, without its per-call overhead."""
    signing_input = token_signing_input(key, claims)
    return finish_token(signing_input, raw_signature(key, signing_input.encode()))


# Tokens whose signature was checked, with their claims: a client introspects or sends the same
# access token many times, and its bytes and the key decide the signature's verdict once and
# for all (expiry is checked on every use). Bounded: emptied when full.
_VERIFIED: dict[tuple[str, str], dict[str, Any]] = {}
_VERIFIED_MAX = 4096


def decode_access_token(key: KeyPair, token: str, now: float) -> dict[str, Any] | None:
    """The claims of a token this emulator signed and that has not expired, else None. The
    claims are shared between calls with the same token: read them, do not change them."""
    claims = _VERIFIED.get((key.kid, token))
    if claims is None:
        claims = _verified_claims(key, token)
        if claims is None:
            return None
        if len(_VERIFIED) >= _VERIFIED_MAX:
            _VERIFIED.clear()
        _VERIFIED[(key.kid, token)] = claims
    exp = claims.get("exp")
    if isinstance(exp, bool) or not isinstance(exp, int | float) or exp <= now:
        return None
    return claims


def _verified_claims(key: KeyPair, token: str) -> dict[str, Any] | None:
    """The claims of a token whose RS256 signature by ``key`` is good, else None."""
    try:
        header_segment, payload_segment, signature_segment = token.split(".")
        header = json.loads(_unb64(header_segment))
        if not isinstance(header, dict) or header.get("alg") != "RS256" or header.get("kid") != key.kid:
            return None
        key.public_key.verify(
            _unb64(signature_segment),
            f"{header_segment}.{payload_segment}".encode(),
            padding.PKCS1v15(),
            hashes.SHA256(),
        )
        claims = json.loads(_unb64(payload_segment))
    except (ValueError, TypeError, InvalidSignature, binascii.Error, UnicodeDecodeError):
        return None
    return claims if isinstance(claims, dict) else None


class TicketError(Exception):
    """Why a custom-login ticket was refused; the message is safe to return to the caller."""


def verify_ticket(key: KeyPair, ticket: str, env_id: str, now: float) -> dict[str, Any]:
    """Check a ``private_key_id/@@/jwt`` ticket as ``createTicket`` makes it: RS256, ms claims."""
    key_id, sep, token = ticket.partition("/@@/")
    if not sep or not token:
        raise TicketError("ticket must be private_key_id/@@/jwt")
    if key_id != key.kid:
        raise TicketError("ticket was not signed with this environment's custom login key")
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            key.public_key,
            algorithms=["RS256"],
            options={"verify_exp": False, "verify_iat": False, "verify_nbf": False, "verify_aud": False},
        )
    except (jwt.PyJWTError, ValueError, TypeError) as exc:
        raise TicketError("ticket signature or format is invalid") from exc
    if claims.get("env") != env_id:
        raise TicketError("ticket env does not match this environment")
    iat, exp = claims.get("iat"), claims.get("exp")
    if not isinstance(iat, int) or not isinstance(exp, int) or isinstance(iat, bool) or isinstance(exp, bool):
        raise TicketError("ticket iat and exp must be integers (milliseconds)")
    now_ms = int(now * 1000)
    if exp - iat > 600_000 or exp < iat:
        raise TicketError("ticket validity must not exceed 10 minutes")
    if exp <= now_ms:
        raise TicketError("ticket has expired")
    if iat > now_ms + 60_000:
        raise TicketError("ticket iat is in the future")
    uid = claims.get("uid")
    if not isinstance(uid, str) or not UID_PATTERN.match(uid):
        raise TicketError("ticket uid is invalid")
    for name in ("refresh", "expire"):
        if name in claims and (not isinstance(claims[name], int) or isinstance(claims[name], bool)):
            raise TicketError(f"ticket {name} must be an integer (milliseconds)")
    return claims


def opaque(prefix: str = "", nbytes: int = 32) -> str:
    return prefix + secrets.token_urlsafe(nbytes)


def new_user_id() -> str:
    """Shaped like the service's numeric ids, e.g. 9876543210123456789."""
    return str(secrets.randbelow(9 * 10**18) + 10**18)


def new_anonymous_id() -> str:
    """Shaped like the service's anonymous ids, e.g. 7ft9WRremXrz-TfgoAR9Uw."""
    return base64.urlsafe_b64encode(secrets.token_bytes(16)).rstrip(b"=").decode()


# Emulator-grade hashing: salted and constant-time compared, deliberately cheap so tests and
# benchmarks measure the emulator rather than a KDF. Not a real credential store.
_ITERATIONS = 1000


def hash_password(password: str) -> str:
    salt = secrets.token_hex(8)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), _ITERATIONS).hex()
    return f"{salt}${digest}"


def same_secret(given: str, expected: str) -> bool:
    """Constant-time equality of two strings of any characters. ``hmac.compare_digest`` on
    ``str`` raises TypeError for anything outside ASCII (a caller's answer such as "中文"),
    so both sides are compared as UTF-8 bytes."""
    return hmac.compare_digest(
        given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass")
    )


def check_password(password: str, stored: str | None) -> bool:
    if not stored or "$" not in stored:
        return False
    salt, digest = stored.split("$", 1)
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), _ITERATIONS).hex()
    return hmac.compare_digest(candidate, digest)
