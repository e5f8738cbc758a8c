"""schemathesis against the in-process emulator: no 5xx, every response inside the spec.

The emulator itself also checks each response against the spec in test mode, so a violation
fails twice: once in the app (raised through the ASGI client) and once in schemathesis's checks.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from emulator.app import create_app

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


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_emulator_conforms_to_the_spec(case: schemathesis.Case) -> None:
    case.call_and_validate(app=APP, base_url="http://emulator/auth/v1", checks=CHECKS)
