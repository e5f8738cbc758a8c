"""``create_app``: the emulator as an ASGI app (API under /auth/v1, control API under /emulator/v1)."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import sys
import threading
from collections.abc import AsyncIterator, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount

from . import control
from .api import ApiMiddleware
from .clock import Clock
from .core import Emulator
from .errors import ErrorCatalogue
from .handlers import HANDLERS
from .resources import bundled_spec
from .serve import BODY_TIMEOUT
from .signer import Signer
from .store import Store, describe
from .tokens import ACCESS_KEY, CUSTOM_LOGIN_KEY, load_key
from .validation import Spec

_CATALOGUE = ErrorCatalogue()
_SPECS: dict[tuple[Path, int, int], Spec] = {}
_SPECS_LOCK = threading.Lock()


def load_spec(path: Path) -> Spec:
    """Parsed once per file version: YAML parsing dominates the cost of a fresh app."""
    stat = path.stat()
    key = (path, stat.st_mtime_ns, stat.st_size)
    with _SPECS_LOCK:
        if key not in _SPECS:
            _SPECS[key] = Spec(path)
        return _SPECS[key]


def _strict_default() -> bool:
    """Check responses against the spec under pytest or with AUTHGEN_EMULATOR_STRICT=1."""
    flag = os.environ.get("AUTHGEN_EMULATOR_STRICT")
    if flag is not None:
        return flag not in {"", "0", "false", "no"}
    return "pytest" in sys.modules


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    error = {404: "not_found", 405: "invalid_argument"}.get(
        status, "invalid_argument" if status < 500 else "internal"
    )
    description = {404: f"no route for {request.url.path}", 405: f"{request.method} is not allowed here"}.get(
        status, "internal error" if status >= 500 else "bad request"
    )
    return JSONResponse(_CATALOGUE.body(error, description), status_code=status)


async def _server_error(request: Request, exc: Exception) -> Response:
    # No traceback leaves the process; the exception is still raised to the server (and to
    # httpx.ASGITransport), so tests see it.
    return JSONResponse(_CATALOGUE.body("internal", "internal error"), status_code=500)


ORIGIN = re.compile(r"^https?://[A-Za-z0-9.\-]+(:[0-9]{1,5})?$|^https?://\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$")


def _cors(origins: Sequence[str]) -> list[Middleware]:
    """CORS for exactly these origins (the docs site's try-it panel); none: no CORS at all."""
    for origin in origins:
        if not ORIGIN.match(origin):
            raise ValueError(
                f"--cors-origin {origin!r}: expected scheme://host[:port], like http://127.0.0.1:8000"
            )
    if not origins:
        return []
    return [
        Middleware(
            CORSMiddleware,
            allow_origins=list(origins),
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            allow_headers=["*"],  # any header the spec declares (x-captcha-token, ...)
            expose_headers=["x-request-id"],
            max_age=600,
        )
    ]


def create_app(
    *,
    spec_path: str | Path | None = None,
    env_id: str = "emulator-env",
    db: str = ":memory:",
    rate_limit: bool = True,
    clock: Clock | None = None,
    validate_responses: bool | None = None,
    handler_threads: int = 0,
    control_hosts: Iterable[str] = (),
    body_timeout: float = BODY_TIMEOUT,
    cors_origins: Sequence[str] = (),
    sign_in_process: bool = False,
) -> Starlette:
    """The emulator. ``spec_path`` defaults to the spec shipped with it. ``db`` is a SQLite path (":memory:" by default); ``validate_responses``
    defaults to on under pytest (a response that breaks the spec then raises). With
    ``handler_threads`` > 0 handlers run in that many worker threads, else on the event loop.
    The control API answers only requests whose ``Host`` is a loopback name, the address the
    connection came in on, or one of ``control_hosts``. A request body must arrive within
    ``body_timeout`` seconds (else 408).
    ``cors_origins``: the browser origins allowed to call it (the docs site's try-it); none: no CORS.
    ``sign_in_process``: sign access tokens in a child process started by the app's lifespan
    (the server's default on more than one CPU; emulator/signer.py)."""
    # None: the spec this emulator implements (shipped with it); a relative path is the
    # caller's, so it resolves against the current directory like any command-line path.
    path = bundled_spec() if spec_path is None else Path(spec_path).resolve()
    spec = load_spec(path)
    missing = sorted(set(spec.by_id) - set(HANDLERS))
    if missing:
        raise RuntimeError(f"the spec has operations the emulator does not implement: {missing}")
    store = Store(db)
    in_memory = db == ":memory:" or db.startswith("file::memory:")
    access_key = load_key(store, ACCESS_KEY, shared=in_memory)
    emulator = Emulator(
        spec=spec,
        store=store,
        clock=clock or Clock(),
        env_id=env_id,
        access_key=access_key,
        custom_key=load_key(store, CUSTOM_LOGIN_KEY, shared=in_memory),
        rate_limit=rate_limit,
        validate_responses=_strict_default() if validate_responses is None else validate_responses,
        executor=ThreadPoolExecutor(handler_threads, thread_name_prefix="emulator")
        if handler_threads > 0
        else None,
        signer=Signer(access_key) if sign_in_process else None,
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if emulator.signer is not None:
            await emulator.signer.start()
        yield
        if emulator.signer is not None:
            await emulator.signer.stop()
        # On shutdown, fold the WAL into the --db file so it is complete on its own. Nothing is
        # closed: test clients run the lifespan around every call and reuse the app. A full or
        # read-only disk loses nothing here (the WAL stays beside the file): say so, do not fail.
        try:
            store.checkpoint()
        except sqlite3.Error as exc:
            print(f"emulator: database not checkpointed on shutdown ({describe(exc)})", file=sys.stderr)

    app = Starlette(
        lifespan=lifespan,
        # /auth/v1 is answered by ApiMiddleware (plain ASGI, emulator/api.py), inside CORS and
        # Starlette's 500 page; the router below sees only the control API and unknown paths.
        middleware=[*_cors(cors_origins), Middleware(ApiMiddleware)],
        routes=[Mount("/emulator/v1", app=control.guarded_app(control_hosts))],
        exception_handlers={HTTPException: _http_error, 500: _server_error},
    )
    app.state.emulator = emulator
    app.state.body_timeout = body_timeout
    return app
