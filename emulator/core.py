"""The emulator's state and the helpers every handler shares: sessions, tokens, auth, faults."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from . import login_state
from .clock import Clock
from .errors import ApiError, ErrorCatalogue
from .signer import PendingToken, Signer
from .store import Session, Store, User
from .tokens import KeyPair, decode_access_token, opaque, sign_access_token, token_signing_input
from .validation import Operation, Spec

ACCESS_TTL = 7200
REFRESH_TTL = 2_592_000  # 30 days, as the custom-login page says
ADMIN_TTL = 432_000
SUDO_TTL = 900
CODE_TTL = 600
RESEND_INTERVAL = 60
PROVIDER_TOKEN_TTL = 3600  # documented: a provider token lives 1 h


def rfc3339(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Fault:
    status: int
    error: str
    description: str
    remaining: int
    retry_after: int | None = None
    gateway: bool = False  # answer in the access gateway's shape {code, message, requestId}


@dataclass
class Call:
    """One API request, parsed and validated."""

    operation: Operation
    body: dict[str, Any]
    params: dict[str, Any]
    headers: Mapping[str, str]
    client_id: str
    device_id: str | None
    bearer: str | None
    basic: tuple[str, str] | None
    auth: tuple[Session, User | None] | None = None
    _auth_checked: bool = field(default=False, repr=False)
    # The request as it came (a TC3 signature covers these bytes) and where it came from.
    raw_body: bytes = field(default=b"", repr=False)
    raw_path: str = ""
    raw_query: str = ""
    peer: str = ""


class Emulator:
    def __init__(
        self,
        *,
        spec: Spec,
        store: Store,
        clock: Clock,
        env_id: str,
        access_key: KeyPair,
        custom_key: KeyPair,
        rate_limit: bool,
        validate_responses: bool,
        executor: ThreadPoolExecutor | None = None,
        signer: Signer | None = None,
    ) -> None:
        self.spec = spec
        self.store = store
        self.clock = clock
        self.env_id = env_id
        self.access_key = access_key
        self.custom_key = custom_key
        self.rate_limit = rate_limit
        self.validate_responses = validate_responses
        self.executor = executor
        self.signer = signer  # signs access tokens in a child process once started (signer.py)
        self.errors = ErrorCatalogue(spec.error_codes)
        self._faults: dict[str, list[Fault]] = {}
        self._faults_lock = threading.Lock()

    def now(self) -> float:
        return self.clock.now()

    # faults ---------------------------------------------------------------------------------
    def add_fault(self, operation_id: str, fault: Fault) -> None:
        with self._faults_lock:
            self._faults.setdefault(operation_id, []).append(fault)

    def clear_faults(self) -> None:
        with self._faults_lock:
            self._faults.clear()

    def take_fault(self, operation_id: str) -> Fault | None:
        with self._faults_lock:
            queue = self._faults.get(operation_id)
            if not queue:
                return None
            fault = queue[0]
            fault.remaining -= 1
            if fault.remaining <= 0:
                queue.pop(0)
            return fault

    # sessions and tokens --------------------------------------------------------------------
    def open_session(
        self,
        *,
        subject: str,
        scope: str,
        provider_type: str,
        user_type: str,
        call: Call,
        refresh: bool = True,
        access_ttl: int = ACCESS_TTL,
        refresh_expires_at: float | None = None,
    ) -> Session:
        """Open a session (database only: sign its tokens with ``token_response`` outside the lock)."""
        now = self.now()
        refresh_token = opaque("m.") if refresh else None
        if refresh and refresh_expires_at is None:
            refresh_expires_at = now + REFRESH_TTL
        session = Session(
            id=opaque("s.", 12),
            subject=subject,
            refresh_token=refresh_token,
            scope=scope,
            provider_type=provider_type,
            user_type=user_type,
            client_id=call.client_id,
            device_id=call.device_id,
            created_at=now,
            access_expires_at=now + access_ttl,
            refresh_expires_at=refresh_expires_at if refresh else None,
            revoked=False,
        )
        self.store.create_session(session)
        return session

    def token_response(self, session: Session, now: float | None = None) -> dict[str, Any]:
        """The token response for a session, with a freshly signed access token (with a
        running ``signer``: a ``PendingToken`` the dispatcher has signed before answering)."""
        now = self.now() if now is None else now
        access_ttl = ADMIN_TTL if session.user_type == "admin" else ACCESS_TTL
        claims: dict[str, Any] = {
            "iss": f"http://{self.env_id}.ap-shanghai.tcb-api.tencentcloudapi.com",
            "sub": session.subject,
            "aud": session.client_id,
            "exp": int(now) + access_ttl,
            "iat": int(now),
            "scope": session.scope,
            "project_id": self.env_id,
            "provider_type": session.provider_type,
            "user_type": session.user_type,
            "sid": session.id,
            "jti": secrets.token_hex(8),
        }
        if session.scope == "anonymous":
            claims["name"] = "Anonymous"
            claims["nonce"] = secrets.token_hex(8)
        signer = self.signer
        access_token: str | PendingToken = (
            PendingToken(token_signing_input(self.access_key, claims))
            if signer is not None and signer.running
            else sign_access_token(self.access_key, claims)
        )
        body: dict[str, Any] = {
            "token_type": "Bearer",
            "access_token": access_token,
            "expires_in": access_ttl,
            "scope": session.scope,
            "sub": session.subject,
            "groups": self.groups(session.scope),
        }
        if session.refresh_token is not None:
            body["refresh_token"] = session.refresh_token
        if session.user_type != "admin" and login_state.settings(self.store)["need_weda_resource"]:
            # the spec's TokenResponse.need_weda_resource: left out unless the control API asks
            body["need_weda_resource"] = True
        return body

    @staticmethod
    def groups(scope: str) -> list[str]:
        return {"anonymous": [], "admin": ["admin"]}.get(scope, ["user"])

    def resolve_access_token(self, token: str) -> tuple[Session, User | None] | None:
        """The live session (and user) behind an access token, or None if it is not valid now."""
        claims = decode_access_token(self.access_key, token, self.now())
        if claims is None or not isinstance(claims.get("sid"), str):
            return None
        session = self.store.get_session(claims["sid"])
        if session is None or session.revoked or session.subject != claims.get("sub"):
            return None
        if session.user_type == "admin":
            return session, None
        user = self.store.get_user(session.subject)
        if user is None:
            return None
        return session, user

    def authenticate(self, call: Call) -> tuple[Session, User | None] | None:
        if not call._auth_checked:
            call._auth_checked = True
            call.auth = None if call.bearer is None else self.resolve_access_token(call.bearer)
        return call.auth

    def require_user(self, call: Call) -> tuple[Session, User]:
        found = self.authenticate(call)
        if found is None:
            if call.bearer is None:
                raise ApiError("unauthenticated", "an access token is required (Authorization: Bearer)")
            raise ApiError("unauthenticated", "access token is invalid or expired")
        session, user = found
        if user is None:
            raise ApiError("permission_denied", "an administrator token has no user")
        return session, user
