"""Validation in both directions, and the spec/handler contract."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import yaml

from emulator.app import create_app
from emulator.core import Call, Emulator
from emulator.handlers import HANDLERS
from emulator.validation import ResponseInvalid, Spec

SPEC = Path(__file__).resolve().parents[2] / "spec" / "auth-v1.yaml"


def test_every_spec_operation_has_a_handler_and_vice_versa() -> None:
    assert set(Spec(SPEC).by_id) == set(HANDLERS)


def test_a_response_outside_the_spec_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(emu: Emulator, call: Call) -> dict[str, Any]:
        return {"exist": "yes"}

    monkeypatch.setitem(HANDLERS, "checkIfUserExist", broken)
    app = create_app(validate_responses=True)

    async def call() -> None:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://emulator"
        ) as client:
            await client.get("/auth/v1/checkIfUserExist", params={"username": "alice"})

    with pytest.raises(ResponseInvalid, match="checkIfUserExist"):
        anyio.run(call)


def test_an_undeclared_status_is_a_violation() -> None:
    spec = Spec(SPEC)
    operation = spec.by_id["getUserMe"]
    spec.check_response(operation, 401, {"error": "unauthenticated", "error_code": 16})
    spec.check_response(operation, 418, {"error": "teapot"})  # `default` covers it
    with pytest.raises(ResponseInvalid):
        spec.check_response(operation, 200, {"name": "no sub"})


def test_a_spec_operation_without_a_handler_is_refused(tmp_path: Path) -> None:
    document = yaml.safe_load(SPEC.read_text())
    document["paths"]["/user/query"] = {
        "get": {"operationId": "queryUsers", "responses": {"200": {"description": "ok"}}}
    }
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document))
    with pytest.raises(RuntimeError, match="queryUsers"):
        create_app(spec_path=path)


def test_strict_mode_defaults_on_under_pytest_and_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("AUTHGEN_EMULATOR_STRICT", raising=False)
    assert create_app().state.emulator.validate_responses is True
    monkeypatch.setenv("AUTHGEN_EMULATOR_STRICT", "0")
    assert create_app().state.emulator.validate_responses is False
