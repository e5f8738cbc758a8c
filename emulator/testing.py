"""A small synchronous client for tests against the emulator: plain requests plus the flows most
tests need (sign up through a verification code read from the control API, anonymous sign-in,
sudo, custom-login tickets made exactly as ``createTicket`` makes them)."""

from __future__ import annotations

import base64
import secrets
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import jwt

if TYPE_CHECKING:  # only the caller's send function returns httpx responses: no dependency
    import httpx

Send = Callable[..., "httpx.Response"]

PASSWORD = "Passw0rd!x"
NEW_PASSWORD = "N3w-Passw0rd!"


class EmulatorApi:
    """A synchronous client for one emulator, with the flows most tests need."""

    def __init__(self, send: Send, kind: str) -> None:
        self._send = send
        self.kind = kind

    def request(self, method: str, path: str, *, token: str | None = None, **kwargs: Any) -> httpx.Response:
        headers = dict(kwargs.pop("headers", None) or {})
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        url = path if path.startswith("/emulator/") else f"/auth/v1{path}"
        response: httpx.Response = self._send(method, url, headers=headers, **kwargs)
        return response

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", path, **kwargs)

    def ok(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        response = self.request(method, path, **kwargs)
        assert response.status_code == 200, (method, path, response.status_code, response.text)
        body: dict[str, Any] = response.json()
        return body

    # flows ----------------------------------------------------------------------------------
    def latest_code(self, target: str) -> dict[str, Any]:
        codes = self.ok("GET", "/emulator/v1/verification-codes", params={"target": target})["data"]
        assert codes, f"no code sent to {target}"
        entry: dict[str, Any] = codes[-1]
        return entry

    def verification_token(self, target: str, **extra: Any) -> str:
        key = "email" if "@" in target else "phone_number"
        sent = self.ok("POST", "/verification", json={key: target, "target": "ANY", **extra})
        code = self.latest_code(target)
        assert code["verification_id"] == sent["verification_id"]
        verified = self.ok(
            "POST",
            "/verification/verify",
            json={"verification_id": sent["verification_id"], "verification_code": code["code"]},
        )
        token: str = verified["verification_token"]
        return token

    def sign_up(self, target: str | None = None, **fields: Any) -> dict[str, Any]:
        target = target or f"user-{secrets.token_hex(4)}@example.com"
        key = "email" if "@" in target else "phone_number"
        token = self.verification_token(target, usage="REGISTER")
        body = {key: target, "verification_token": token, "password": PASSWORD, **fields}
        return self.ok("POST", "/signup", json=body)

    def anonymous(self, device_id: str | None = None) -> dict[str, Any]:
        return self.ok(
            "POST", "/signin/anonymously", headers={"x-device-id": device_id or secrets.token_hex(16)}
        )

    def admin_basic(self) -> str:
        """``Basic base64(SecretId:SecretKey)`` of a key pair the emulator knows (the first one
        ``GET /emulator/v1/admin-credentials`` lists), for ``grant_type=client_credentials``."""
        pair = self.ok("GET", "/emulator/v1/admin-credentials")["key_pairs"][0]
        return "Basic " + base64.b64encode(f"{pair['secret_id']}:{pair['secret_key']}".encode()).decode()

    def admin_token(self) -> str:
        """An administrator's access token (``client_credentials`` with a known key pair)."""
        answer = self.ok(
            "POST",
            "/token",
            headers={"Authorization": self.admin_basic()},
            json={"grant_type": "client_credentials"},
        )
        return str(answer["access_token"])

    def introspect(self, access_token: str) -> dict[str, Any]:
        return self.ok("GET", "/token/introspect", token=access_token)

    def sudo(self, access_token: str, password: str = PASSWORD) -> str:
        token: str = self.ok("POST", "/user/sudo", token=access_token, json={"password": password})[
            "sudo_token"
        ]
        return token

    def ticket(self, uid: str, *, now_ms: int | None = None, **overrides: Any) -> str:
        """A custom-login ticket made as createTicket makes it, from the control API's credentials."""
        creds = self.ok("GET", "/emulator/v1/custom-login-credentials")
        now_ms = int(time.time() * 1000) if now_ms is None else now_ms
        claims = {
            "alg": "RS256",
            "env": creds["env_id"],
            "iat": now_ms,
            "exp": now_ms + 600_000,
            "uid": uid,
            "refresh": 3_600_000,
            "expire": now_ms + 7 * 24 * 3600 * 1000,
            **overrides,
        }
        return f"{creds['private_key_id']}/@@/{jwt.encode(claims, creds['private_key'], algorithm='RS256')}"
