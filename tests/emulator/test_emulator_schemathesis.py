"""schemathesis against the in-process emulator: no 5xx, every response inside the spec.

The emulator itself also checks each response against the spec in test mode, so a violation
fails twice: once in the app (raised through the ASGI client) and once in schemathesis's checks.
Positive cases of Bearer-only operations get a live session's token, so they reach the handlers
instead of stopping at 401 (schemathesis would send a random one).
"""

from __future__ import annotations

import secrets
from pathlib import Path

import anyio
import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from emulator.app import create_app

# Schemathesis over every operation (26 s); by default the hypothesis property test (test_emulator_property.py) drives all 45 operations: in `nox -s full`, not the default run.
pytestmark = pytest.mark.full

SPEC = Path(__file__).resolve().parents[2] / "spec" / "auth-v1.yaml"
schema = schemathesis.openapi.from_path(SPEC)
# Rate limiting would only turn later examples into 429s; the rate limit has its own tests.
APP = create_app(rate_limit=False, validate_responses=True)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]


async def _access_token() -> str:
    transport = httpx.ASGITransport(app=APP)
    async with httpx.AsyncClient(transport=transport, base_url="http://emulator") as client:
        headers = {"x-device-id": secrets.token_hex(8)}
        response = await client.post("/auth/v1/signin/anonymously", headers=headers)
    token: str = response.json()["access_token"]
    return token


@pytest.mark.slow
@schema.parametrize()
@settings(
    max_examples=20, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None
)
def test_emulator_conforms_to_the_spec(case: schemathesis.Case) -> None:
    security = case.operation.definition.raw.get("security", [{}])
    bearer_only = all("bearerAuth" in alternative for alternative in security)
    positive = case.meta is None or case.meta.generation.mode == GenerationMode.POSITIVE
    if bearer_only and positive:
        token = anyio.run(_access_token)
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {token}"}
    case.call_and_validate(app=APP, base_url="http://emulator/auth/v1", checks=CHECKS)
