"""`TokenVerifier` against the emulator over real HTTP: what it accepts and refuses, how long it
trusts an answer, how often it asks the service, and that it fails closed."""

from __future__ import annotations

import asyncio
import gc
import logging
import threading
import time
import types
from datetime import UTC, datetime

import jwt
import pytest
from cloudbase_auth import (
    CloudBaseAuth,
    TokenExpired,
    TokenInactive,
    TokenVerificationError,
    TokenVerifier,
    VerificationUnavailable,
    VerifiedToken,
)

from .conftest import ENV, Emulator, FakeClock, closed_port_url, forged


def test_an_active_token_is_verified_and_cached(emulator: Emulator, auth: CloudBaseAuth) -> None:
    session = emulator.sign_in()
    verifier = TokenVerifier(auth)
    verified = verifier.verify(session["access_token"])
    assert isinstance(verified, VerifiedToken)
    assert verified.sub == session["sub"]
    assert verified.client_id == ENV
    assert verified.token_type == "Bearer"
    assert "user" in verified.scopes or verified.scope  # the emulator's scope for a signed-up user
    claims = jwt.decode(session["access_token"], options={"verify_signature": False})
    assert verified.expires_at == datetime.fromtimestamp(claims["exp"], UTC)
    assert emulator.introspections == 1
    for _ in range(5):
        assert verifier.verify(session["access_token"]) == verified
    assert emulator.introspections == 1, "a cached answer is not asked again"


def test_a_revoked_token_is_refused_once_max_ttl_has_passed(
    emulator: Emulator, auth: CloudBaseAuth, clock: FakeClock
) -> None:
    session = emulator.sign_in()
    verifier = TokenVerifier(auth, max_ttl=30, clock=clock)
    verifier.verify(session["access_token"])
    emulator.revoke(session["access_token"])
    clock.advance(29.9)
    # The documented latency: up to max_ttl after the revocation, the cached answer stands.
    assert verifier.verify(session["access_token"]).sub == session["sub"]
    assert emulator.introspections == 1
    clock.advance(0.1)
    with pytest.raises(TokenInactive) as caught:
        verifier.verify(session["access_token"])
    assert not isinstance(caught.value, TokenExpired)
    assert emulator.introspections == 2


def test_revocation_shows_within_a_small_max_ttl_in_real_time(emulator: Emulator, auth: CloudBaseAuth) -> None:
    session = emulator.sign_in()
    verifier = TokenVerifier(auth, max_ttl=0.2)
    verifier.verify(session["access_token"])
    emulator.revoke(session["access_token"])
    deadline = time.monotonic() + 10  # generous: only a verifier that never re-asks fails
    while time.monotonic() < deadline:
        try:
            verifier.verify(session["access_token"])
        except TokenInactive:
            break
        time.sleep(0.05)
    else:
        pytest.fail("the revoked token was still accepted 10 s after revocation (max_ttl 0.2 s)")


def test_the_token_expiry_caps_the_cache(emulator: Emulator, auth: CloudBaseAuth, clock: FakeClock) -> None:
    session = emulator.sign_in()
    claims = jwt.decode(session["access_token"], options={"verify_signature": False})
    life = claims["exp"] - time.time()
    verifier = TokenVerifier(auth, max_ttl=10 * 24 * 3600, clock=clock)
    verifier.verify(session["access_token"])
    clock.advance(life - 60)
    verifier.verify(session["access_token"])
    clock.advance(61)
    with pytest.raises(TokenExpired):
        verifier.verify(session["access_token"])
    assert emulator.introspections == 1, "an expired token is refused without asking"


def test_inactive_answers_are_cached_for_negative_ttl(
    emulator: Emulator, auth: CloudBaseAuth, clock: FakeClock
) -> None:
    unknown = forged({"sub": "nobody", "exp": int(time.time()) + 3600})
    verifier = TokenVerifier(auth, negative_ttl=5, clock=clock)
    for _ in range(3):
        with pytest.raises(TokenInactive):
            verifier.verify(unknown)
    assert emulator.introspections == 1
    clock.advance(5)
    with pytest.raises(TokenInactive):
        verifier.verify(unknown)
    assert emulator.introspections == 2


def test_an_expired_token_the_service_refuses_is_token_expired(emulator: Emulator, auth: CloudBaseAuth) -> None:
    stale = forged({"sub": "someone", "exp": int(time.time()) - 10})
    with pytest.raises(TokenExpired):
        TokenVerifier(auth).verify(stale)
    assert emulator.introspections == 1


@pytest.mark.parametrize(
    "token",
    ["", "two words", "tok\nen", "tok\u00e9n", "x" * 9000, "a=b", "Bearer"[:0]],
    ids=["empty", "space", "newline", "non-ascii", "too-long", "inner-equals", "empty2"],
)
def test_malformed_tokens_are_refused_without_asking(emulator: Emulator, auth: CloudBaseAuth, token: str) -> None:
    with pytest.raises(TokenInactive):
        TokenVerifier(auth).verify(token)
    assert emulator.introspections == 0


def test_service_down_fails_closed_and_is_not_cached() -> None:
    with CloudBaseAuth(ENV, base_url=closed_port_url(), max_retries=0) as down:
        verifier = TokenVerifier(down)
        for _ in range(2):
            with pytest.raises(VerificationUnavailable) as caught:
                verifier.verify("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.sig")
            assert caught.value.__cause__ is not None
        assert verifier.introspections == 2, "a failure is not cached: the next request asks again"


def test_a_service_error_fails_closed_then_recovers(emulator: Emulator) -> None:
    session = emulator.sign_in()
    emulator.fault(500, "internal")
    with CloudBaseAuth(ENV, base_url=emulator.base_url, max_retries=0) as auth:
        verifier = TokenVerifier(auth)
        with pytest.raises(VerificationUnavailable, match="internal"):
            verifier.verify(session["access_token"])
        assert verifier.verify(session["access_token"]).sub == session["sub"]
    assert emulator.introspections == 2


def test_lru_is_bounded_and_junk_cannot_evict_valid_tokens(
    emulator: Emulator, auth: CloudBaseAuth
) -> None:
    sessions = [emulator.sign_in() for _ in range(3)]
    tokens = [s["access_token"] for s in sessions]
    verifier = TokenVerifier(auth, cache_size=2)
    for token in tokens:
        verifier.verify(token)
    assert emulator.introspections == 3
    verifier.verify(tokens[2])
    verifier.verify(tokens[1])
    assert emulator.introspections == 3, "the two most recent are cached"
    verifier.verify(tokens[0])
    assert emulator.introspections == 4, "the least recently used one was evicted"
    for i in range(10):  # a flood of inactive tokens
        with pytest.raises(TokenInactive):
            verifier.verify(forged({"sub": f"junk-{i}"}))
    assert emulator.introspections == 14
    verifier.verify(tokens[0])
    verifier.verify(tokens[1])
    assert emulator.introspections == 14, "inactive answers have their own LRU"


_CODE_OR_NAMESPACE = (
    types.ModuleType,
    type,
    types.FunctionType,
    types.BuiltinFunctionType,
    types.MethodType,
    types.CodeType,
    types.FrameType,
)


def test_the_cache_never_holds_the_token(emulator: Emulator, auth: CloudBaseAuth) -> None:
    session = emulator.sign_in()
    token = session["access_token"]
    verifier = TokenVerifier(auth)
    verifier.verify(token)
    with pytest.raises(TokenInactive):
        verifier.verify(token[:-4] + "AAAA")
    seen: set[int] = set()
    stack: list[object] = [v for k, v in vars(verifier).items() if k != "_auth"]
    while stack:
        item = stack.pop()
        # Walk the verifier's own data, not code: a function, class or module leads through
        # globals to everything in the process (the in-process emulator remembers tokens too).
        if id(item) in seen or item is auth or isinstance(item, _CODE_OR_NAMESPACE):
            continue
        seen.add(id(item))
        if isinstance(item, str | bytes):
            assert token not in (item if isinstance(item, str) else item.decode("latin-1"))
            continue
        stack.extend(gc.get_referents(item))
    assert token not in repr(verifier)


def test_100_threads_with_one_new_token_make_one_introspection(emulator: Emulator, auth: CloudBaseAuth) -> None:
    session = emulator.sign_in()
    verifier = TokenVerifier(auth)
    barrier = threading.Barrier(100)
    subs: list[str] = []
    lock = threading.Lock()

    def worker() -> None:
        barrier.wait()
        verified = verifier.verify(session["access_token"])
        with lock:
            subs.append(verified.sub)

    threads = [threading.Thread(target=worker) for _ in range(100)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert subs == [session["sub"]] * 100
    assert emulator.introspections == 1


def test_100_threads_share_one_failure(emulator: Emulator) -> None:
    session = emulator.sign_in()
    emulator.fault(500, "internal", count=1000)
    with CloudBaseAuth(ENV, base_url=emulator.base_url, max_retries=0) as auth:
        verifier = TokenVerifier(auth)
        barrier = threading.Barrier(50)
        errors: list[BaseException] = []

        def worker() -> None:
            barrier.wait()
            try:
                verifier.verify(session["access_token"])
            except TokenVerificationError as exc:
                errors.append(exc)

        threads = [threading.Thread(target=worker) for _ in range(50)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len(errors) == 50 and all(isinstance(e, VerificationUnavailable) for e in errors)
    assert len({id(e) for e in errors}) == 50, "each caller raises its own exception object"
    # Failures are not cached, so late arrivals may ask again; but far fewer than one per caller.
    assert 1 <= emulator.introspections < 50


def test_100_tasks_with_one_new_token_make_one_introspection(emulator: Emulator, async_auth_factory: object) -> None:
    session = emulator.sign_in()

    async def main() -> list[VerifiedToken]:
        auth = async_auth_factory()  # type: ignore[operator]
        try:
            verifier = TokenVerifier(auth)
            return await asyncio.gather(*(verifier.averify(session["access_token"]) for _ in range(100)))
        finally:
            await auth.close()

    results = asyncio.run(main())
    assert {r.sub for r in results} == {session["sub"]}
    assert emulator.introspections == 1


def test_averify_with_a_sync_client_and_verify_with_an_async_one(
    emulator: Emulator, auth: CloudBaseAuth, async_auth_factory: object
) -> None:
    session = emulator.sign_in()
    verifier = TokenVerifier(auth)

    async def many() -> list[VerifiedToken]:
        return await asyncio.gather(*(verifier.averify(session["access_token"]) for _ in range(20)))

    assert {r.sub for r in asyncio.run(many())} == {session["sub"]}
    assert emulator.introspections == 1
    async_verifier = TokenVerifier(async_auth_factory())  # type: ignore[operator]
    with pytest.raises(TypeError, match="averify"):
        async_verifier.verify(session["access_token"])


def test_the_clients_own_session_is_neither_used_nor_changed(emulator: Emulator, auth: CloudBaseAuth) -> None:
    caller = emulator.sign_in()
    auth.sign_in_anonymously()
    own = auth.session
    assert own is not None
    verified = TokenVerifier(auth).verify(caller["access_token"])
    assert verified.sub == caller["sub"] != own.sub
    assert auth.session == own


def test_the_token_never_shows_in_errors_reprs_or_logs(
    emulator: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    session = emulator.sign_in()
    token = session["access_token"]
    emulator.revoke(token)
    caplog.set_level(logging.DEBUG)
    with CloudBaseAuth(ENV, base_url=emulator.base_url, max_retries=0) as auth:
        verifier = TokenVerifier(auth)
        with pytest.raises(TokenInactive) as inactive:
            verifier.verify(token)
        emulator.fault(503, "unavailable")
        with pytest.raises(VerificationUnavailable) as unavailable:
            verifier.verify(token + "x")
    text = "\n".join(
        [str(inactive.value), repr(inactive.value), str(unavailable.value), repr(unavailable.value), caplog.text]
    )
    assert token not in text
    assert caplog.records, "the client logged at DEBUG (the check above looked at something)"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"cache_size": 0}, "cache_size"),
        ({"max_ttl": -1}, "max_ttl"),
        ({"negative_ttl": float("nan")}, "negative_ttl"),
    ],
)
def test_bad_settings_are_one_clear_error(auth: CloudBaseAuth, kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        TokenVerifier(auth, **kwargs)  # type: ignore[arg-type]


def test_an_error_description_echoing_the_token_is_redacted() -> None:
    """Unit test (a service that echoes the Authorization header in its error): neither the
    verifier's error nor the client's error behind it shows the token."""
    import httpx

    token = forged({"sub": "someone"})

    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, json={"error": "internal", "error_description": request.headers["authorization"]})

    transport = httpx.MockTransport(echo)
    with (
        CloudBaseAuth(ENV, base_url="http://127.0.0.1:9/auth/v1", transport=transport, max_retries=0) as auth,
        pytest.raises(VerificationUnavailable) as caught,
    ):
        TokenVerifier(auth).verify(token)
    cause = caught.value.__cause__
    assert cause is not None
    text = " ".join([str(caught.value), repr(caught.value), str(cause), repr(cause)])
    assert token.rsplit(".", 1)[-1] not in text


def test_a_401_from_the_introspection_is_an_inactive_token() -> None:
    """Unit test (a service that refuses the token with 401 instead of answering `{}`): the token
    is refused as inactive, and that answer is cached like `{}`."""
    import httpx

    calls: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(401, json={"error": "unauthenticated", "error_description": "bad token"})

    transport = httpx.MockTransport(refuse)
    with CloudBaseAuth(ENV, base_url="http://127.0.0.1:9/auth/v1", transport=transport, max_retries=0) as auth:
        verifier = TokenVerifier(auth)
        for _ in range(2):
            with pytest.raises(TokenInactive) as caught:
                verifier.verify(forged({"sub": "someone"}))
            assert not isinstance(caught.value, VerificationUnavailable)
    assert len(calls) == 1
    assert calls[0].headers["authorization"].startswith("Bearer ey")
