"""Client hardening (issue 9 H1, H2, M1, L10; issue 11 items 1 and 4; issue 16 items 4-5), through
the public methods of the generated ``cloudbase_auth`` against the emulator over loopback (sync)
and in-process (async)."""

from __future__ import annotations

import itertools
import json
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cloudbase_auth as cba
import httpx
import pytest
from cloudbase_auth import AsyncCloudBaseAuth, CloudBaseAuth, FileStorage
from starlette.applications import Starlette

ENV = "emulator-env"
PASSWORD = "Passw0rd!x-hard"
_phones = itertools.count(13900000100)


def phone() -> str:
    return f"+86 {next(_phones)}"


class Control:
    """The emulator's control API."""

    def __init__(self, http: httpx.Client) -> None:
        self.http = http

    def code_for(self, target: str) -> str:
        rows = self.http.get("/emulator/v1/verification-codes", params={"target": target}).json()["data"]
        return str(rows[-1]["code"])

    def advance(self, seconds: float) -> None:
        self.http.post("/emulator/v1/clock", json={"advance_seconds": seconds}).raise_for_status()


@pytest.fixture
def control(emulator_server: str) -> Iterator[Control]:
    with httpx.Client(base_url=emulator_server, timeout=10) as http:
        yield Control(http)


@pytest.fixture
def client(emulator_server: str) -> Iterator[CloudBaseAuth]:
    with CloudBaseAuth(ENV, base_url=f"{emulator_server}/auth/v1", max_retries=0) as c:
        yield c


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def sign_up_by_sms(client: CloudBaseAuth, control: Control, number: str) -> cba.models.TokenResponse:
    sent = client.send_verification(phone_number=number, target="ANY", usage="REGISTER")
    verified = client.verify_verification(
        verification_id=sent.verification_id, verification_code=control.code_for(number)
    )
    return client.sign_up(
        phone_number=number, verification_token=verified.verification_token, password=PASSWORD
    )


def assert_hidden(obj: object, *secrets: str) -> None:
    for text in (repr(obj), str(obj), f"{obj}", f"{obj!r}"):
        assert "[REDACTED]" in text
        for secret in secrets:
            assert secret not in text, f"a secret is shown in {text}"


# --- H1: returned objects do not print their secrets ---------------------------------------


def test_h1_token_response_repr_hides_tokens(client: CloudBaseAuth, control: Control) -> None:
    tokens = sign_up_by_sms(client, control, phone())
    assert isinstance(tokens.refresh_token, str) and tokens.access_token
    assert_hidden(tokens, tokens.access_token, tokens.refresh_token)
    assert tokens.sub and tokens.sub in repr(tokens)  # what is not secret is still shown
    again = client.grant_token(grant_type="refresh_token", refresh_token=tokens.refresh_token)
    assert isinstance(again.refresh_token, str)
    assert_hidden(again, again.access_token, again.refresh_token)
    assert again.to_dict()["access_token"] == again.access_token  # the value itself is intact


def test_h1_verify_sudo_and_provider_token_reprs_hide_secrets(
    client: CloudBaseAuth, control: Control
) -> None:
    number = phone()
    sent = client.send_verification(phone_number=number, target="ANY", usage="REGISTER")
    verified = client.verify_verification(
        verification_id=sent.verification_id, verification_code=control.code_for(number)
    )
    assert_hidden(verified, verified.verification_token)
    client.sign_up(phone_number=number, verification_token=verified.verification_token, password=PASSWORD)
    sudo = client.sudo(password=PASSWORD)
    assert_hidden(sudo, sudo.sudo_token)
    assert "expires_in=900" in repr(sudo)
    provider = client.grant_provider_token(provider_id="github", provider_code="gh-code-hard")
    assert_hidden(provider, provider.provider_token)


@pytest.mark.anyio
async def test_h1_async_client_returns_the_same_redacted_models(emulator_app: Starlette) -> None:
    control = httpx.AsyncClient(transport=httpx.ASGITransport(app=emulator_app), base_url="http://emu")
    async with AsyncCloudBaseAuth(
        ENV, base_url="http://emu/auth/v1", transport=httpx.ASGITransport(app=emulator_app)
    ) as client:
        number = phone()
        sent = await client.send_verification(phone_number=number, target="ANY")
        rows = (await control.get("/emulator/v1/verification-codes", params={"target": number})).json()[
            "data"
        ]
        verified = await client.verify_verification(
            verification_id=sent.verification_id, verification_code=rows[-1]["code"]
        )
        assert_hidden(verified, verified.verification_token)
        tokens = await client.sign_up(
            phone_number=number, verification_token=verified.verification_token, password=PASSWORD
        )
        assert isinstance(tokens.refresh_token, str)
        assert_hidden(tokens, tokens.access_token, tokens.refresh_token)
        sudo = await client.sudo(password=PASSWORD)
        assert_hidden(sudo, sudo.sudo_token)
    await control.aclose()


def test_h1_undocumented_secret_fields_in_an_answer_are_hidden_too() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            json={
                "token_type": "Bearer",
                "access_token": "acc-7f1d9e22",
                "expires_in": 7200,
                "refresh_token": "ref-0c4b8a11",
                "provider_token": "prov-undocumented-5e",
                "session_hint": "visible-hint",
            },
        )

    with CloudBaseAuth(
        ENV, base_url="http://emu.test/auth/v1", transport=httpx.MockTransport(handler)
    ) as client:
        tokens = client.sign_in_anonymously()
    assert_hidden(tokens, "acc-7f1d9e22", "ref-0c4b8a11", "prov-undocumented-5e")
    assert "visible-hint" in repr(tokens)
    assert tokens.additional_properties["provider_token"] == "prov-undocumented-5e"


def test_h1_session_and_client_reprs_stay_clean(client: CloudBaseAuth, control: Control) -> None:
    tokens = sign_up_by_sms(client, control, phone())
    assert isinstance(tokens.refresh_token, str)
    for obj in (client, client.session):
        for secret in (tokens.access_token, tokens.refresh_token):
            assert secret not in repr(obj) and secret not in str(obj)


def _now_plus(seconds: float) -> Any:
    return lambda: time.time() + seconds


# --- H2: processes sharing one FileStorage refresh once, and nobody loses the session ------


def test_h2_processes_sharing_a_file_store_never_get_invalid_grant(
    tmp_path: Path, emulator_server: str, control: Control
) -> None:
    import multiprocessing

    from . import _shared_store_worker

    path = tmp_path / "shared-session.json"
    base_url = f"{emulator_server}/auth/v1"
    with CloudBaseAuth(ENV, base_url=base_url, storage=FileStorage(path)) as first:
        sub = first.sign_in_anonymously().sub
    workers, rounds = 3, 8
    ctx = multiprocessing.get_context("spawn")
    offset = ctx.Value("d", 0.0)
    start, done = ctx.Barrier(workers + 1), ctx.Barrier(workers + 1)
    results = ctx.Queue()
    procs = [
        ctx.Process(
            target=_shared_store_worker.run,
            args=(str(path), base_url, ENV, offset, start, done, rounds, results),
        )
        for _ in range(workers)
    ]
    for proc in procs:
        proc.start()
    seen_refresh_tokens: list[str] = []
    try:
        for _ in range(rounds):
            control.advance(7200)  # every process's session is expired now, on both clocks
            offset.value += 7200
            start.wait(timeout=120)
            done.wait(timeout=120)
            data = json.loads(path.read_text())
            assert f"credentials_{ENV}" in data, "a process deleted the shared session"
            stored = json.loads(data[f"credentials_{ENV}"])
            seen_refresh_tokens.append(stored["refresh_token"])
            answer = control.http.get(
                "/auth/v1/token/introspect", headers={"Authorization": f"Bearer {stored['access_token']}"}
            )
            assert answer.json().get("sub") == sub  # the file holds a live session after every round
    finally:
        for proc in procs:
            proc.join(timeout=60)
            if proc.is_alive():
                proc.kill()
    outcomes = [results.get(timeout=10) for _ in range(workers * rounds)]
    errors = [o for o in outcomes if o[1] != "ok"]
    assert errors == []
    assert {o[2] for o in outcomes} == {sub}
    assert len(set(seen_refresh_tokens)) == rounds  # one rotation a round, kept in the file
    with CloudBaseAuth(ENV, base_url=base_url, storage=FileStorage(path)) as last:
        last._now = lambda: time.time() + offset.value
        assert last.refresh_session().refresh_token not in seen_refresh_tokens  # still refreshable


# --- issue 11 item 1: a token the service refuses is refreshed once, the call retried once --


def test_i11_server_side_expiry_refreshes_once_and_retries(
    client: CloudBaseAuth, control: Control, emulator_server: str
) -> None:
    tokens = client.sign_in_anonymously()
    before = client.session
    assert before is not None
    control.advance(7200)  # only the emulator's clock moves: the client still trusts its token
    assert not client._needs_refresh(before)
    me = client.get_user_me()
    after = client.session
    assert me.sub == tokens.sub
    assert after is not None and after.refresh_token != before.refresh_token  # refreshed once
    with httpx.Client(base_url=f"{emulator_server}/auth/v1") as raw:
        answer = raw.get("/token/introspect", headers={"Authorization": f"Bearer {after.access_token}"})
        assert answer.json().get("sub") == tokens.sub


def test_i11_refused_token_with_a_dead_refresh_token_clears_the_session(
    client: CloudBaseAuth, emulator_server: str
) -> None:
    client.sign_in_anonymously()
    session = client.session
    assert session is not None
    with httpx.Client(base_url=f"{emulator_server}/auth/v1") as raw:  # signed out elsewhere
        raw.post("/user/signout", headers={"Authorization": f"Bearer {session.access_token}"}, json={})
    with pytest.raises(cba.InvalidGrant):
        client.get_user_me()  # refused, refreshed once (refused too), not retried again
    assert client.session is None


@pytest.mark.anyio
async def test_i11_async_server_side_expiry_refreshes_once_for_many_tasks(emulator_app: Starlette) -> None:
    import asyncio

    paths: list[str] = []

    class Recording(httpx.AsyncBaseTransport):
        def __init__(self) -> None:
            self.inner = httpx.ASGITransport(app=emulator_app)

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            paths.append(request.url.path)
            return await self.inner.handle_async_request(request)

    control = httpx.AsyncClient(transport=httpx.ASGITransport(app=emulator_app), base_url="http://emu")
    async with AsyncCloudBaseAuth(ENV, base_url="http://emu/auth/v1", transport=Recording()) as client:
        tokens = await client.sign_in_anonymously()
        (await control.post("/emulator/v1/clock", json={"advance_seconds": 7200})).raise_for_status()
        paths.clear()
        profiles = await asyncio.gather(*(client.get_user_me() for _ in range(20)))
        assert {p.sub for p in profiles} == {tokens.sub}
        assert paths.count("/auth/v1/token") == 1  # one refresh for twenty refused calls
    await control.aclose()


# --- M1: no secret in any log line, httpx's own included -----------------------------------


def test_m1_sudo_token_in_the_query_is_in_no_log_line(
    client: CloudBaseAuth, control: Control, caplog: pytest.LogCaptureFixture
) -> None:
    for name in ("httpx", "httpcore", "cloudbase_auth"):
        caplog.set_level(logging.DEBUG, logger=name)
    tokens = sign_up_by_sms(client, control, phone())
    sudo = client.sudo(password=PASSWORD)
    client.delete_user_me(sudo_token=sudo.sudo_token)
    assert client.session is None
    lines = [record.getMessage() for record in caplog.records]
    request_lines = [line for line in lines if line.startswith("HTTP Request: DELETE")]
    assert request_lines and all("sudo_token=[REDACTED]" in line for line in request_lines)
    assert {r.name.split(".")[0] for r in caplog.records} >= {"httpx", "httpcore", "cloudbase_auth"}
    assert isinstance(tokens.refresh_token, str)
    for secret in (sudo.sudo_token, tokens.access_token, tokens.refresh_token, PASSWORD):
        assert all(secret not in line for line in lines)
        assert secret not in caplog.text


# --- issue 11 item 4: errors that say where ---------------------------------------------------


def test_i11_connection_refused_names_the_host_the_cause_and_the_call() -> None:
    import socket

    with socket.socket() as sock:  # a loopback port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with CloudBaseAuth(ENV, base_url=f"http://127.0.0.1:{port}/auth/v1", max_retries=0) as client:
        client.set_session({"access_token": "acc-for-a-dead-port", "expires_in": 7200})
        with pytest.raises(cba.APIConnectionError) as info:
            client.get_user_me()
    message = str(info.value)
    assert message.startswith(
        f"cannot connect to 127.0.0.1:{port} (connection refused) for GET /auth/v1/user/me"
    )
    assert "acc-for-a-dead-port" not in message and "\n" not in message


def test_i11_base_url_without_auth_v1_gets_a_hint(emulator_server: str) -> None:
    with (
        CloudBaseAuth(ENV, base_url=emulator_server, max_retries=0) as client,
        pytest.raises(cba.APIStatusError) as info,
    ):
        client.check_if_user_exist(username="nobody-here")
    assert info.value.status_code == 404
    assert f"base_url should end with /auth/v1 (it is {emulator_server!r})" in str(info.value)


def test_i11_expired_ticket_says_it_expired_and_when(client: CloudBaseAuth, control: Control) -> None:
    credentials = control.http.get("/emulator/v1/custom-login-credentials").json()
    ticket = cba.create_ticket(credentials, "user-hard-01")
    control.advance(601)
    client._now = _now_plus(601)  # the client's clock moved with the emulator's
    with pytest.raises(cba.InvalidGrant) as info:
        client.sign_in_custom(provider_id="custom", ticket=ticket)
    message = str(info.value)
    assert "the ticket expired at 20" in message and "s before this call" in message
    assert ticket not in message and ticket.rpartition("/@@/")[2] not in message


def test_i11_ticket_refused_while_valid_by_the_local_clock_blames_the_clocks(
    client: CloudBaseAuth, control: Control
) -> None:
    credentials = control.http.get("/emulator/v1/custom-login-credentials").json()
    ticket = cba.create_ticket(credentials, "user-hard-02")
    control.advance(601)  # only the service's clock moved
    with pytest.raises(cba.InvalidGrant) as info:
        client.sign_in_custom(provider_id="custom", ticket=ticket)
    assert "the service's clock may be ahead" in str(info.value)
