"""`POST /emulator/v1/reset` forgets users and sessions but keeps the keys, as the emulator's
README says: the signing keys (a credentials file read once stays usable) and the administrator
credentials (a key pair or access key read or added once still gets an admin token). Over real
HTTP against the server the pytest plugin resets before every test."""

from __future__ import annotations

import httpx


def _admin_token(server: str, secret_id: str, secret_key: str) -> httpx.Response:
    """The client-credentials grant with the pair as Basic credentials."""
    return httpx.post(
        f"{server}/auth/v1/token",
        json={"grant_type": "client_credentials"},
        auth=(secret_id, secret_key),
        timeout=10,
    )


def _access_key_token(server: str, access_key: str) -> httpx.Response:
    return httpx.post(
        f"{server}/auth/v1/token/clientCredential",
        json={"grant_type": "client_credentials"},
        headers={"authorization": f"Bearer {access_key}"},
        timeout=10,
    )


def test_key_pairs_and_access_keys_survive_reset(emulator_server: str) -> None:
    # Read once, as a test suite's session fixture would (the plugin then resets before every test).
    pair = httpx.get(f"{emulator_server}/emulator/v1/admin-credentials", timeout=10).json()["key_pairs"][0]
    added = httpx.post(
        f"{emulator_server}/emulator/v1/admin-credentials", json={"access_key": "ak-kept-on-reset"}, timeout=10
    )
    assert added.status_code == 200
    assert _admin_token(emulator_server, pair["secret_id"], pair["secret_key"]).status_code == 200
    assert httpx.post(f"{emulator_server}/auth/v1/signin/anonymously", json={}, headers={"x-device-id": "d1"}).status_code == 200
    # (the server is shared by the session's tests: other tests' pairs may be listed too)
    before = httpx.get(f"{emulator_server}/emulator/v1/admin-credentials", timeout=10).json()
    for _ in range(2):
        assert httpx.post(f"{emulator_server}/emulator/v1/reset", json={}, timeout=10).status_code == 200
        answer = _admin_token(emulator_server, pair["secret_id"], pair["secret_key"])
        assert answer.status_code == 200, answer.text
        assert answer.json()["scope"] == "admin"
        assert _access_key_token(emulator_server, "ak-kept-on-reset").status_code == 200
        listed = httpx.get(f"{emulator_server}/emulator/v1/admin-credentials", timeout=10).json()
        assert listed == before, "kept, none made up again"
        assert pair in listed["key_pairs"] and "ak-kept-on-reset" in listed["access_keys"]
        users = httpx.get(f"{emulator_server}/emulator/v1/users", timeout=10).json()
        assert users["total"] == 0, "users are forgotten"
