"""What a person types in when a cookbook page asks, read from (or done through) the emulator's
control API, in the page's order of asks. Each kind of prompt, named by the ask's variable:

- ``verificationCode`` (and any ask not named below): the code of the next new verification
  (read off the phone), as before;
- ``captchaAnswer``: the answer of the next new captcha (read off the image);
- ``providerCode`` / ``otherProviderCode``: an authorisation code of the page's provider, for
  the next new ``provider/uri`` request when the page makes one (the provider hands the code
  back with that request's state), else for a fixed provider user;
- ``wxLoginCode`` / ``phoneCode``: a ``wx.login()`` code, or a ``getPhoneNumber`` code for
  ``PHONE``, of the page's mini-program;
- ``qrConfirmed``: Enter, once the next new QR code was scanned and confirmed on the "phone".
- ``callerToken``: the access token of another caller (a new device signed in anonymously).

Also the per-page setup these prompts need (providers and mini-programs registered, the captcha
gate closed for the page's device, an identity bound to another account before it is moved).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from generator.cookbook import Scenario

ENV_ID = "emulator-env"
SUBJECT = "cookbook-subject"
OTHER_SUBJECT = "cookbook-other-subject"
OPENID = "o-cookbook-user"
PHONE = "+86 13900000042"


class Answers:
    def __init__(
        self, base: str, scenario: Scenario, extra: Mapping[str, Callable[[str], str | None]] | None = None
    ) -> None:
        self.base = base
        self.extra = dict(extra or {})  # more kinds of prompt: ask variable -> answer from the base URL
        self.control = f"{base}/emulator/v1"
        self.values = {v.name: v.value for v in scenario.variables}
        self.asks = [ask.variable for step in scenario.steps for ask in step.asks]
        self.waits_for_redirect = "genProviderRedirectUri" in scenario.operation_ids
        self.index = 0
        self.seen = {
            "codes": {row["verification_id"] for row in self._list("verification-codes")},
            "captchas": {row["token"] for row in self._list("captchas")},
            "requests": {(row["provider_id"], row["state"]) for row in self._list("oauth/requests")},
            "qrcodes": {row["qr_code_id"] for row in self._list("qrcodes")},
        }

    def _list(self, path: str) -> list[dict[str, Any]]:
        response = httpx.get(f"{self.control}/{path}", timeout=10)
        response.raise_for_status()
        data: list[dict[str, Any]] = response.json()["data"]
        return data

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = httpx.post(f"{self.control}/{path}", json=body, timeout=10)
        assert response.status_code == 200, response.text
        answer: dict[str, Any] = response.json()
        return answer

    def _fresh(self, kind: str, key: str, path: str) -> dict[str, Any] | None:
        for row in self._list(path):
            if row[key] not in self.seen[kind]:
                self.seen[kind].add(row[key])
                return row
        return None

    def _answer(self, ask: str) -> str | None:
        if ask in self.extra:
            return self.extra[ask](self.base)
        if ask == "captchaAnswer":
            row = self._fresh("captchas", "token", "captchas")
            return None if row is None else str(row["answer"])
        if ask in ("providerCode", "otherProviderCode"):
            provider = self.values["providerId"]
            subject = SUBJECT if ask == "providerCode" else OTHER_SUBJECT
            if not self.waits_for_redirect:
                return str(self._post(f"oauth/providers/{provider}/codes", {"subject": subject})["code"])
            for row in self._list("oauth/requests"):
                key = (row["provider_id"], row["state"])
                if key not in self.seen["requests"]:
                    self.seen["requests"].add(key)
                    body = {"subject": subject, "state": row["state"]}
                    return str(self._post(f"oauth/providers/{provider}/codes", body)["code"])
            return None
        if ask == "wxLoginCode":
            return str(self._post("wechat/codes", {"appid": self.values["appId"], "openid": OPENID})["code"])
        if ask == "phoneCode":
            body = {"appid": self.values["appId"], "phone_number": PHONE}
            return str(self._post("wechat/phone-codes", body)["code"])
        if ask == "callerToken":
            answer = httpx.post(
                f"{self.base}/auth/v1/signin/anonymously",
                json={},
                headers={"x-device-id": "cookbook-caller-device"},
                timeout=10,
            )
            answer.raise_for_status()
            return str(answer.json()["access_token"])
        if ask == "qrConfirmed":
            row = self._fresh("qrcodes", "qr_code_id", "qrcodes")
            if row is None:
                return None
            self._post(f"qrcodes/{row['qr_code_id']}", {"action": "scan"})
            self._post(f"qrcodes/{row['qr_code_id']}", {"action": "confirm", "openid": OPENID})
            return ""
        row = self._fresh("codes", "verification_id", "verification-codes")
        return None if row is None else str(row["code"])

    def ready(self) -> list[str]:
        """The next answer, once what it answers has happened (for `run_bash`)."""
        if self.index >= len(self.asks):
            return []
        answer = self._answer(self.asks[self.index])
        if answer is None:
            return []
        self.index += 1
        return [answer]

    def wait(self, prompt: str = "", timeout: float = 10) -> str:
        """The next answer, waiting for it (for the Python blocks' `input()`)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            lines = self.ready()
            if lines:
                return lines[0]
            time.sleep(0.05)
        raise AssertionError(f"{prompt!r}: nothing to answer with")


def prepare(base: str, scenario: Scenario, device_id: str | None) -> None:
    """What the page's prompts need in place before it runs."""
    values = {v.name: v.value for v in scenario.variables}
    control = f"{base}/emulator/v1"
    if "appId" in values:
        httpx.post(f"{control}/wechat/apps", json={"appid": values["appId"]}, timeout=10).raise_for_status()
    if "signInWithWechat" in scenario.operation_ids:  # the environment enables password-free login
        httpx.post(
            f"{control}/weda", json={"provider_sub_type": "NO_AUTH_LOGIN"}, timeout=10
        ).raise_for_status()
    asks = {ask.variable for step in scenario.steps for ask in step.asks}
    if asks & {"providerCode", "otherProviderCode"}:  # the page's provider hands out codes
        provider = {"id": values["providerId"], "name": "Acme ID"}
        httpx.post(f"{control}/oauth/providers", json=provider, timeout=10).raise_for_status()
    if scenario.id == "move-provider-identity":
        # the identity belongs to the user's other account
        code = httpx.post(
            f"{control}/oauth/providers/{values['providerId']}/codes", json={"subject": SUBJECT}, timeout=10
        ).json()["code"]
        with httpx.Client(
            base_url=f"{base}/auth/v1", timeout=10, headers={"x-device-id": "other-device"}
        ) as api:
            granted = api.post(
                "/provider/token", json={"provider_id": values["providerId"], "provider_code": code}
            )
            assert granted.status_code == 200, granted.text
            other = api.post(
                "/signin/with/provider", json={"provider_token": granted.json()["provider_token"]}
            )
            assert other.status_code == 200, other.text
    if scenario.id == "captcha-code-sign-in" and device_id is not None:
        # one code send from this device closes the gate (threshold 1): the page must solve a captcha
        httpx.post(f"{control}/captcha/settings", json={"threshold": 1}, timeout=10).raise_for_status()
        with httpx.Client(base_url=f"{base}/auth/v1", timeout=10, headers={"x-device-id": device_id}) as api:
            body = {"email": "someone-else@example.com", "target": "ANY"}
            assert api.post("/verification", params={"client_id": ENV_ID}, json=body).status_code == 200
            gated = api.post("/verification", params={"client_id": ENV_ID}, json=body)
            assert gated.json()["error"] == "captcha_required", gated.text
