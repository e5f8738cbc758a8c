"""Fixed values (issue 22 item 1): a request field the spec pins to one value (a `const` or a
one-value `enum`) is sent with that value when the caller leaves it out, driven by the IR.
Expectations are the wire, written by hand."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
from cloudbase_auth import CloudBaseAuth

from . import mini_spec


@pytest.fixture(scope="module")
def mini_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return mini_spec.generate(tmp_path_factory.mktemp("mini_fixed"))


def test_const_and_one_value_enums_are_sent_when_left_out(mini_package: Path) -> None:
    result = mini_spec.run_python(
        mini_package,
        """
        import json, httpx, cloudbase_auth
        seen = []
        def handler(request):
            seen.append(request)
            return httpx.Response(200, json={"ok": True})
        with cloudbase_auth.CloudBaseAuth("e1", transport=httpx.MockTransport(handler)) as c:
            c.cast_spell()
            c.cast_spell(note="hi")
        for request in seen:
            print(request.url.params.get("level"), json.dumps(json.loads(request.content), sort_keys=True))
        """,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        'max {"flavour": "vanilla", "mode": "fast"}',
        'max {"flavour": "vanilla", "mode": "fast", "note": "hi"}',
    ]


def test_the_real_specs_fixed_fields_are_sent() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = {"token_type": "Bearer", "access_token": "at-1", "expires_in": 7200, "sub": "u"}
        if request.url.path.endswith("/token"):
            body = {**body, "access_token": "at-2", "refresh_token": "rt-2"}
        elif request.url.path.endswith("/signin/custom"):
            body = {**body, "refresh_token": "rt-1"}
        elif request.url.path.endswith("/user/me"):
            body = {"sub": "u"}
        return httpx.Response(200, json=body)

    with CloudBaseAuth("env-1", transport=httpx.MockTransport(handler)) as client:
        client.sign_in_custom(ticket="key-1/@@/a.b.c")
        client._now = lambda: 10**10  # the session is about to expire: the next call refreshes it
        client.get_user_me()
        client.get_client_credential(secret_id="AKIDexample", secret_key="secret-key-example")
    bodies = {r.url.path.removeprefix("/auth/v1"): json.loads(r.content) for r in seen if r.content}
    assert bodies["/signin/custom"] == {"provider_id": "custom", "ticket": "key-1/@@/a.b.c"}
    assert bodies["/token"] == {"grant_type": "refresh_token", "refresh_token": "rt-1", "client_id": "env-1"}
    assert bodies["/token/clientCredential"] == {"grant_type": "client_credentials"}


def test_the_runtime_fills_them_in_on_calls_without_the_facade(rt: SimpleNamespace) -> None:
    seen: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        return httpx.Response(200, json={"access_token": "at", "expires_in": 60, "token_type": "Bearer"})

    client = rt.base.SyncAPIClient("env-1", transport=httpx.MockTransport(handler))
    tc3 = rt.pkg.TC3Credentials("AKIDexample", "secret-key-example")
    op = rt.operations.OPERATIONS["getClientCredential"]
    client._call(op, tc3=tc3)
    client._call(op, json={}, tc3=tc3)
    client._call(op, json={"grant_type": "something_else"}, tc3=tc3)  # the caller's value stands
    custom = rt.operations.OPERATIONS["signInCustom"]
    client._call(custom, json={"ticket": "k/@@/a.b.c"})
    assert seen == [
        {"grant_type": "client_credentials"},
        {"grant_type": "client_credentials"},
        {"grant_type": "something_else"},
        {"provider_id": "custom", "ticket": "k/@@/a.b.c"},
    ]
