# generated from spec/auth-v1.yaml by authgen, do not edit
"""ASGI and WSGI middleware that let a request in only with a verified ``Authorization: Bearer``.

Plain ASGI 3 and PEP 3333 (no framework import). For each request, unless its path is public:

- no ``Authorization`` header: 401 with ``WWW-Authenticate: Bearer``;
- a header that is not one well-formed ``Bearer <token>``, or a token the service does not call
  active (``TokenInactive``, ``TokenExpired``): 401 with
  ``WWW-Authenticate: Bearer error="invalid_token"``;
- the service cannot be asked (``VerificationUnavailable``): 503, never let in;
- otherwise the ``VerifiedToken`` goes on the request, and the app runs: ASGI
  ``scope["state"]["verified_token"]`` (Starlette and FastAPI: ``request.state.verified_token``),
  WSGI ``environ["cloudbase_auth.verified_token"]``.

Error bodies are JSON ``{"error", "error_description"}`` and never repeat the token.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from dataclasses import dataclass
from typing import Any, Final

from ._verifier import TokenInactive, TokenVerifier, VerificationUnavailable, VerifiedToken

__all__ = ["ASGI_STATE_KEY", "WSGI_ENVIRON_KEY", "ASGITokenMiddleware", "WSGITokenMiddleware", "verified_token_of"]

#: Where the WSGI middleware puts the ``VerifiedToken``.
WSGI_ENVIRON_KEY: Final = "cloudbase_auth.verified_token"
#: The key under ``scope["state"]`` where the ASGI middleware puts it.
ASGI_STATE_KEY: Final = "verified_token"

# A realm is a quoted-string: printable ASCII; `"` and `\` are escaped when written.
_REALM = re.compile(r"[\x20-\x7e]*")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


@dataclass(frozen=True, slots=True)
class _Refusal:
    status: int
    reason: str  # the status line's reason phrase
    headers: tuple[tuple[str, str], ...]
    body: bytes


class _Gate:
    """What both middlewares share: public paths, header parsing, the refusal answers."""

    def __init__(
        self,
        verifier: TokenVerifier,
        public_paths: Iterable[str],
        public_prefixes: Iterable[str],
        realm: str | None,
    ) -> None:
        if not isinstance(verifier, TokenVerifier):
            raise TypeError("the middleware needs a TokenVerifier")
        self.verifier = verifier
        self.public_paths = frozenset(public_paths)
        self.public_prefixes = tuple(public_prefixes)
        if any(not p.startswith("/") for p in (*self.public_paths, *self.public_prefixes)):
            raise ValueError("public paths and prefixes start with '/'")
        if realm is not None and not _REALM.fullmatch(realm):
            raise ValueError("realm: printable ASCII only")
        self.challenge = "Bearer" if realm is None else f'Bearer realm="{_quote(realm)}"'
        self.challenge_sep = " " if realm is None else ", "  # between the scheme's parameters

    def is_public(self, path: str) -> bool:
        return path in self.public_paths or path.startswith(self.public_prefixes)

    def token_of(self, values: list[str]) -> str | _Refusal:
        """The Bearer token of the request's ``Authorization`` values, or the 401 to send.

        "Bearer" in any case, one or more spaces, the token, optional trailing spaces (RFC 6750
        2.1). The token's own syntax (token68) is the verifier's check, made once."""
        if not values:
            return self.refusal(401, "unauthenticated", "an Authorization: Bearer token is required", None)
        value = values[0] if len(values) == 1 else ""
        token = value[7:].strip(" ")
        if len(value) < 8 or value[6] != " " or value[:6].lower() != "bearer" or not token or " " in token:
            return self.refusal(
                401, "invalid_token", "the Authorization header is not one Bearer token", "invalid_token"
            )
        return token

    def refusal_for(self, error: Exception) -> _Refusal:
        if isinstance(error, TokenInactive):
            return self.refusal(401, "invalid_token", str(error), "invalid_token")
        return self.refusal(503, "unavailable", "the token could not be verified now; try again later", None)

    def refusal(self, status: int, error: str, description: str, challenge_error: str | None) -> _Refusal:
        body = json.dumps({"error": error, "error_description": description}).encode()
        headers = [("content-type", "application/json"), ("content-length", str(len(body)))]
        if status == 401:
            challenge = self.challenge
            if challenge_error is not None:
                challenge += f'{self.challenge_sep}error="{challenge_error}", error_description="{_quote(description)}"'
            headers.append(("www-authenticate", challenge))
            headers.append(("cache-control", "no-store"))
        return _Refusal(status, "Unauthorized" if status == 401 else "Service Unavailable", tuple(headers), body)


def _quote(text: str) -> str:
    """The inside of an HTTP quoted-string."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


class ASGITokenMiddleware:
    """ASGI middleware: ``app = ASGITokenMiddleware(app, verifier, public_paths=["/health"])``,
    or with Starlette/FastAPI ``Middleware(ASGITokenMiddleware, verifier=verifier)``.

    HTTP requests and WebSocket handshakes are checked (a refused handshake is closed with code
    1008 before it is accepted, which the server answers with 403); lifespan events pass. Paths
    are matched on ``scope["path"]``: ``public_paths`` exactly, ``public_prefixes`` as prefixes.
    Put CORS middleware outside this one, so that preflight requests are answered before it.
    """

    def __init__(
        self,
        app: ASGIApp,
        verifier: TokenVerifier,
        *,
        public_paths: Iterable[str] = (),
        public_prefixes: Iterable[str] = (),
        realm: str | None = None,
    ) -> None:
        self.app = app
        self._gate = _Gate(verifier, public_paths, public_prefixes, realm)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind not in ("http", "websocket") or self._gate.is_public(scope.get("path", "")):
            await self.app(scope, receive, send)
            return
        values = [v.decode("latin-1") for k, v in scope.get("headers", ()) if k.lower() == b"authorization"]
        token = self._gate.token_of(values)
        if isinstance(token, _Refusal):
            await self._refuse(kind, token, receive, send)
            return
        try:
            verified = await self._gate.verifier.averify(token)
        except (TokenInactive, VerificationUnavailable) as exc:
            await self._refuse(kind, self._gate.refusal_for(exc), receive, send)
            return
        # A copy of the scope and of its state: the server may share the state dict between
        # requests (lifespan state), and one request's user must never show in another's.
        scope = dict(scope)
        scope["state"] = {**scope.get("state", {}), ASGI_STATE_KEY: verified}
        await self.app(scope, receive, send)

    @staticmethod
    async def _refuse(kind: str, refusal: _Refusal, receive: Receive, send: Send) -> None:
        if kind == "websocket":
            message = await receive()  # websocket.connect
            if message.get("type") == "websocket.connect":
                await send({"type": "websocket.close", "code": 1008})
            return
        await send(
            {
                "type": "http.response.start",
                "status": refusal.status,
                "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in refusal.headers],
            }
        )
        await send({"type": "http.response.body", "body": refusal.body})


class WSGITokenMiddleware:
    """WSGI middleware: ``app = WSGITokenMiddleware(app, verifier, public_paths=["/health"])``.
    Paths are matched on ``PATH_INFO``. The verifier needs a (sync) ``CloudBaseAuth``."""

    def __init__(
        self,
        app: WSGIApp,
        verifier: TokenVerifier,
        *,
        public_paths: Iterable[str] = (),
        public_prefixes: Iterable[str] = (),
        realm: str | None = None,
    ) -> None:
        self.app = app
        self._gate = _Gate(verifier, public_paths, public_prefixes, realm)
        if not verifier.is_sync:
            raise TypeError("WSGITokenMiddleware needs a TokenVerifier of a CloudBaseAuth (not AsyncCloudBaseAuth)")

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if self._gate.is_public(environ.get("PATH_INFO", "")):
            return self.app(environ, start_response)
        # Servers fold repeated headers into one value joined by commas: two tokens fail the match.
        header = environ.get("HTTP_AUTHORIZATION")
        token = self._gate.token_of([] if header is None else [header])
        if isinstance(token, _Refusal):
            return _start(token, start_response)
        try:
            verified = self._gate.verifier.verify(token)
        except (TokenInactive, VerificationUnavailable) as exc:
            return _start(self._gate.refusal_for(exc), start_response)
        environ[WSGI_ENVIRON_KEY] = verified
        return self.app(environ, start_response)


def _start(refusal: _Refusal, start_response: StartResponse) -> list[bytes]:
    start_response(f"{refusal.status} {refusal.reason}", list(refusal.headers))
    return [refusal.body]


def verified_token_of(request: Any) -> VerifiedToken | None:
    """The ``VerifiedToken`` the middleware put on an ASGI scope, a WSGI environ, or a request
    object with either (Starlette's ``Request``, Flask's ``request``); ``None`` if there is none."""
    scope = getattr(request, "scope", None) or getattr(request, "environ", None) or request
    if not isinstance(scope, MutableMapping):
        return None
    found = scope.get(WSGI_ENVIRON_KEY)
    if found is None and isinstance(scope.get("state"), MutableMapping):
        found = scope["state"].get(ASGI_STATE_KEY)
    return found if isinstance(found, VerifiedToken) else None
