"""The captcha gate: captcha_required after repeated failed sign-ins or code sends from one device,
image captchas whose answer the control API reveals, captcha tokens that unlock one call."""

from __future__ import annotations

import base64
import secrets
import xml.etree.ElementTree as ET
from typing import Any

import httpx

from emulator.testing import PASSWORD, EmulatorApi

SVG = "{http://www.w3.org/2000/svg}"


def _error(response: httpx.Response, status: int, error: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert body["error"] == error, body
    assert isinstance(body["error_code"], int) and body["error_description"]
    return body


def _settings(api: EmulatorApi, **values: int) -> None:
    api.ok("POST", "/emulator/v1/captcha/settings", json=values)


def _answer(api: EmulatorApi, token: str) -> str:
    rows = api.ok("GET", "/emulator/v1/captchas")["data"]
    answer: str = next(row["answer"] for row in rows if row["token"] == token)
    return answer


def _solve(api: EmulatorApi, state: str, device: str) -> str:
    created = api.ok("POST", "/captcha/data", headers={"x-device-id": device}, json={"state": state})
    solved = api.ok(
        "POST",
        "/captcha/data/verify",
        json={"token": created["token"], "key": _answer(api, created["token"])},
    )
    assert solved["expires_in"] == 600
    token: str = solved["captcha_token"]
    return token


def _send(
    api: EmulatorApi,
    device: str,
    *,
    email: str | None = None,
    captcha_token: str | None = None,
    header_token: str | None = None,
) -> httpx.Response:
    headers = {"x-device-id": device}
    if header_token is not None:
        headers["x-captcha-token"] = header_token
    params = {} if captcha_token is None else {"captcha_token": captcha_token}
    body = {"email": email or f"gate-{secrets.token_hex(4)}@example.com", "target": "ANY"}
    return api.post("/verification", headers=headers, params=params, json=body)


def test_captcha_image_is_an_svg_of_the_answer(api: EmulatorApi) -> None:
    created = api.ok("POST", "/captcha/data", json={"state": "POST:/v1/verification", "redirect_uri": ""})
    assert created["type"] == "image" and created["expires_in"] == 300
    prefix = "data:image/svg+xml;base64,"
    assert created["data"].startswith(prefix)
    svg = ET.fromstring(base64.b64decode(created["data"].removeprefix(prefix)))
    assert svg.tag == f"{SVG}svg"
    drawn = "".join(node.text or "" for node in svg.iter(f"{SVG}text"))
    answer = _answer(api, created["token"])
    assert drawn == answer and len(answer) == 4
    assert len(list(svg.iter(f"{SVG}line"))) >= 3, "noise over the text"
    # two captchas differ
    other = api.ok("POST", "/captcha/data", json={"state": "x"})
    assert other["token"] != created["token"]


def test_code_sends_from_one_device_need_a_captcha_after_the_threshold(api: EmulatorApi) -> None:
    _settings(api, threshold=2)
    device = secrets.token_hex(16)
    assert _send(api, device).status_code == 200
    assert _send(api, device).status_code == 200
    _error(_send(api, device), 400, "captcha_required")
    assert _send(api, secrets.token_hex(16)).status_code == 200, "another device is not gated"

    # a wrong answer spends the captcha
    created = api.ok("POST", "/captcha/data", json={"state": "POST:/v1/verification"})
    right = _answer(api, created["token"])
    wrong = "ZZZZ" if right != "ZZZZ" else "YYYY"
    _error(
        api.post("/captcha/data/verify", json={"token": created["token"], "key": wrong}),
        400,
        "captcha_invalid",
    )
    _error(
        api.post("/captcha/data/verify", json={"token": created["token"], "key": right}),
        400,
        "captcha_invalid",
    )

    # the answer is not case-sensitive; the token unlocks exactly one call
    created = api.ok("POST", "/captcha/data", json={"state": "POST:/v1/verification"})
    token = api.ok(
        "POST",
        "/captcha/data/verify",
        json={"token": created["token"], "key": _answer(api, created["token"]).lower()},
    )["captcha_token"]
    email = f"unlocked-{secrets.token_hex(4)}@example.com"
    sent = _send(api, device, email=email, captcha_token=token)
    assert sent.status_code == 200, sent.text
    assert api.latest_code(email)["verification_id"] == sent.json()["verification_id"], "the code was sent"
    _error(_send(api, device, captcha_token=token), 400, "captcha_invalid")
    _error(_send(api, device, captcha_token="captcha.made-up"), 400, "captcha_invalid")
    # the docs' header works as well
    header_token = _solve(api, "POST:/v1/verification", device)
    assert _send(api, device, header_token=header_token).status_code == 200


def test_a_captcha_token_unlocks_only_the_call_its_state_names(api: EmulatorApi) -> None:
    _settings(api, threshold=0)
    device = secrets.token_hex(16)
    for_sign_in = _solve(api, "POST:/v1/signin", device)
    _error(_send(api, device, captcha_token=for_sign_in), 400, "captcha_invalid")
    # a full URL in the state, as some SDK builds send it
    for_send = _solve(
        api, "POST:https://env.api.tcloudbasegateway.com/auth/v1/verification?client_id=x", device
    )
    assert _send(api, device, captcha_token=for_send).status_code == 200


def test_captcha_and_captcha_token_expire(api: EmulatorApi) -> None:
    _settings(api, threshold=0)
    device = secrets.token_hex(16)
    created = api.ok("POST", "/captcha/data", json={"state": "POST:/v1/verification"})
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 301})
    _error(
        api.post(
            "/captcha/data/verify", json={"token": created["token"], "key": _answer(api, created["token"])}
        ),
        400,
        "captcha_invalid",
    )
    token = _solve(api, "POST:/v1/verification", device)
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 601})
    _error(_send(api, device, captcha_token=token), 400, "captcha_invalid")


def test_failed_sign_ins_lead_to_a_captcha_and_a_success_clears_them(api: EmulatorApi) -> None:
    _settings(api, threshold=3)
    email = f"gate-{secrets.token_hex(4)}@example.com"
    api.sign_up(email)
    device = {"x-device-id": secrets.token_hex(16)}
    wrong = {"username": email, "password": "Wr0ng-password!"}
    for _ in range(3):
        _error(api.post("/signin", headers=device, json=wrong), 400, "invalid_username_or_password")
    # gated now, even with the right password
    _error(
        api.post("/signin", headers=device, json={"username": email, "password": PASSWORD}),
        400,
        "captcha_required",
    )
    token = _solve(api, "POST:/v1/signin", device["x-device-id"])
    signed_in = api.post(
        "/signin",
        headers=device,
        params={"captcha_token": token},
        json={"username": email, "password": PASSWORD},
    )
    assert signed_in.status_code == 200, signed_in.text
    # the success cleared the failures: a wrong password is just wrong again
    _error(api.post("/signin", headers=device, json=wrong), 400, "invalid_username_or_password")


def test_only_attempts_inside_the_window_count(api: EmulatorApi) -> None:
    _settings(api, threshold=1, window_seconds=120)
    device = secrets.token_hex(16)
    assert _send(api, device).status_code == 200
    _error(_send(api, device), 400, "captcha_required")
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 121})
    assert _send(api, device).status_code == 200


def test_target_may_be_omitted_and_means_any(api: EmulatorApi) -> None:
    email = f"no-target-{secrets.token_hex(4)}@example.com"
    sent = api.ok("POST", "/verification", json={"email": email})
    assert sent["is_user"] is False and api.latest_code(email)["verification_id"] == sent["verification_id"]


def test_captcha_control_rejects_bad_settings(api: EmulatorApi) -> None:
    _error(api.post("/emulator/v1/captcha/settings", json={"threshold": -1}), 400, "invalid_argument")
    _error(api.post("/emulator/v1/captcha/settings", json={"window_seconds": "x"}), 400, "invalid_argument")
    assert api.ok("GET", "/emulator/v1/captcha/settings") == {"threshold": 5, "window_seconds": 3600}
    _error(api.post("/captcha/data", json={}), 400, "invalid_argument")
    _error(api.post("/captcha/data/verify", json={"token": "cd.nope", "key": "ABCD"}), 400, "captcha_invalid")


def test_calls_without_a_device_id_are_gated_by_their_account(api: EmulatorApi) -> None:
    # Leaving x-device-id out is no way around the gate (issue 28 item 2): the address a code
    # goes to is a key of its own. With threshold 0 any key at all gates the call.
    email = f"nodevice-{secrets.token_hex(4)}@example.com"
    signed_up = api.sign_up(email)
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 61})  # one code per address a minute
    token = api.verification_token(email)
    _settings(api, threshold=0)
    _error(api.post("/verification", json={"email": email}), 400, "captcha_required")
    _error(api.post("/signin", json={"username": email, "password": "x"}), 400, "captcha_required")
    # A sign-in by verification token alone, without a device, names nothing to count.
    assert api.ok("POST", "/signin", json={"verification_token": token})["sub"] == signed_up["sub"]
