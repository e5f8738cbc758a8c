"""The control API under /emulator/v1."""

from __future__ import annotations

import secrets

from emulator.clock import Clock
from emulator.testing import EmulatorApi


def test_faults_fail_the_next_n_calls(api: EmulatorApi) -> None:
    fault = {
        "operation": "signInAnonymously",
        "status": 503,
        "error": "unavailable",
        "count": 2,
        "retry_after": 3,
    }
    assert api.ok("POST", "/emulator/v1/faults", json=fault) == {}
    device = {"x-device-id": secrets.token_hex(16)}
    for _ in range(2):
        response = api.post("/signin/anonymously", headers=device)
        assert response.status_code == 503 and response.headers["retry-after"] == "3"
        assert response.json() == {
            "error": "unavailable",
            "error_code": 14,
            "error_description": "fault injected by the emulator",
        }
    assert api.post("/signin/anonymously", headers=device).status_code == 200
    api.ok(
        "POST",
        "/emulator/v1/faults",
        json={"operation": "getUserMe", "status": 429, "error": "resource_exhausted"},
    )
    api.ok("DELETE", "/emulator/v1/faults")
    assert api.get("/user/me").status_code == 401


def test_fault_validation(api: EmulatorApi) -> None:
    bad = [
        {"operation": "noSuchOperation", "status": 503, "error": "unavailable"},
        {"operation": "signIn", "status": 200, "error": "unavailable"},
        {"operation": "signIn", "status": 503, "error": ""},
        {"operation": "signIn", "status": 503, "error": "unavailable", "count": 0},
        {"operation": "signIn", "status": 503, "error": "unavailable", "retry_after": "soon"},
    ]
    for body in bad:
        response = api.post("/emulator/v1/faults", json=body)
        assert response.status_code == 400 and response.json()["error"] == "invalid_argument", body
    assert (
        api.post(
            "/emulator/v1/faults", content=b"[", headers={"content-type": "application/json"}
        ).status_code
        == 400
    )


def test_clock_moves_forward_only(api: EmulatorApi) -> None:
    before = api.ok("GET", "/emulator/v1/clock")["now"]
    after = api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 3600})["now"]
    assert after - before >= 3600
    for bad in ({"advance_seconds": -1}, {"advance_seconds": "1"}, {}, {"advance_seconds": True}):
        assert api.post("/emulator/v1/clock", json=bad).status_code == 400


def test_reset_forgets_state_but_keeps_keys(api: EmulatorApi) -> None:
    creds = api.ok("GET", "/emulator/v1/custom-login-credentials")
    tokens = api.sign_up()
    assert api.ok("GET", "/emulator/v1/users")["total"] == 1
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 100})
    assert api.ok("POST", "/emulator/v1/reset", json={}) == {}
    assert api.ok("GET", "/emulator/v1/users")["total"] == 0
    assert api.ok("GET", "/emulator/v1/verification-codes") == {"total": 0, "data": []}
    assert api.introspect(tokens["access_token"]) == {}
    assert api.ok("GET", "/emulator/v1/custom-login-credentials") == creds


def test_verification_codes_listing(api: EmulatorApi) -> None:
    email, phone = f"L-{secrets.token_hex(3)}@Example.com", "+86 13700000000"
    first = api.ok("POST", "/verification", json={"email": email, "target": "ANY", "usage": "REGISTER"})
    api.ok("POST", "/verification", json={"phone_number": phone, "target": "ANY"})
    listing = api.ok("GET", "/emulator/v1/verification-codes")
    assert listing["total"] == 2
    entry = api.latest_code(email)  # the filter matches emails case-insensitively
    assert entry["verification_id"] == first["verification_id"] and entry["usage"] == "REGISTER"
    assert entry["target"] == entry["email"] == email.lower() and entry["verified"] is False
    assert api.latest_code(phone)["phone_number"] == phone
    for spelling in ("13700000000", " 86 13700000000", "+8613700000000"):
        assert api.latest_code(spelling)["phone_number"] == phone


def test_health(api: EmulatorApi) -> None:
    assert api.ok("GET", "/emulator/v1/health") == {"status": "ok", "env_id": "emulator-env"}


def test_frozen_clock() -> None:
    clock = Clock(start=1_000_000.0)
    assert clock.now() == 1_000_000.0
    assert clock.advance(5) == 1_000_005.0
    clock.reset()
    assert clock.now() == 1_000_000.0
