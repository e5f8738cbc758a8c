"""How to run a cookbook step against the local emulator: the "With the emulator" notes.

A step needs outside help when a person would type something in (a code received by SMS, the
text of a captcha image, a code a provider or WeChat hands back, a device ID), when it reads the
custom-login key file, or when it signs with the API key pair. The emulator stands in for all of
them through its control API (`/emulator/v1`, see emulator/README.md); this module says, as
data, which control calls answer which need, and `notes_for` derives a step's notes from the
step itself (its asks, its kind, its operation's auth), so that no page repeats prose by hand
and a new step that asks for a code gets its note without anyone writing one.

The commands are ours, not spec text: plain bash run in the page's shell, where `base` points at
the emulator (`http://127.0.0.1:8080/auth/v1`), so the control API is `${base%/auth/v1}/emulator/v1`.
They read page variables (`$providerId`, `$appId`) only inside double quotes or through
`jq --arg`, like the page's own blocks.
"""

from __future__ import annotations

from dataclasses import dataclass

from .cookbook import Scenario, Step
from .ir import Api

CONTROL = 'control="${base%/auth/v1}/emulator/v1"  # base points at the emulator'
JSON = "-H 'content-type: application/json'"


@dataclass(frozen=True)
class EmulatorNote:
    """One thing the emulator stands in for, and the control calls that do it."""

    key: str  # what it answers: an ask's variable, "key-file", "key-pair", ...
    text: str  # one or two sentences of Markdown (ours: no spec text)
    commands: tuple[str, ...]  # bash lines, run in the page's shell

    @property
    def shell(self) -> str:
        uses_control = any("$control" in command for command in self.commands)
        return "\n".join((CONTROL, *self.commands) if uses_control else self.commands)


VERIFICATION_CODE = EmulatorNote(
    "verificationCode",
    "The emulator sends no SMS or email: it keeps every code it would have sent. The newest one "
    "(add `?target=` with the phone number or email to pick one address):",
    ('curl -sS --fail "$control/verification-codes" | jq -r \'.data[-1].code\'',),
)
CAPTCHA = EmulatorNote(
    "captchaAnswer",
    "The emulator asks for a captcha after 5 failed sign-ins or code sends from one device or for "
    "one account within an hour; set that to 1 to see it at once. Its image's text is the answer:",
    (
        f"curl -sS --fail -X POST {JSON} -d '{{\"threshold\": 1}}' \"$control/captcha/settings\" >/dev/null",
        'curl -sS --fail "$control/captchas" | jq -r \'.data[-1].answer\'',
    ),
)
PROVIDER_CODE = EmulatorNote(
    "providerCode",
    "The emulator plays the provider: register it under the page's `providerId`, then mint the "
    "code it would send back to your redirect URI (with the `state` of the `provider/uri` "
    "request, when the page made one):",
    (
        f'curl -sS --fail -X POST {JSON} -d "$(jq -n --arg id "$providerId" \'{{id: $id, name: "Acme ID"}}\')" "$control/oauth/providers" >/dev/null',
        "state=\"$(curl -sS --fail \"$control/oauth/requests\" | jq -r '.data[-1].state // empty')\"",
        f'curl -sS --fail -X POST {JSON} -d "$(jq -n --arg s "$state" \'{{subject: "someone"}} + (if $s == "" then {{}} else {{state: $s}} end)\')" \\\n'
        '  "$control/oauth/providers/$(jq -rn --arg v "$providerId" \'$v|@uri\')/codes" | jq -r .code',
    ),
)
WX_LOGIN_CODE = EmulatorNote(
    "wxLoginCode",
    "The emulator plays WeChat: register the mini-program (the page's `appId`), then mint the "
    "code `wx.login()` would give one of its users:",
    (
        f'curl -sS --fail -X POST {JSON} -d "$(jq -n --arg a "$appId" \'{{appid: $a}}\')" "$control/wechat/apps" >/dev/null',
        f'curl -sS --fail -X POST {JSON} -d "$(jq -n --arg a "$appId" \'{{appid: $a, openid: "o-someone"}}\')" "$control/wechat/codes" | jq -r .code',
    ),
)
PHONE_CODE = EmulatorNote(
    "phoneCode",
    "The emulator plays WeChat's `getPhoneNumber` button: mint the code for a number:",
    (
        f'curl -sS --fail -X POST {JSON} -d "$(jq -n --arg a "$appId" \'{{appid: $a, phone_number: "+86 13900000042"}}\')" "$control/wechat/phone-codes" | jq -r .code',
    ),
)
QR_CONFIRMED = EmulatorNote(
    "qrConfirmed",
    "The emulator plays the user's phone: scan the newest QR code and confirm it as a WeChat "
    "user, then press Enter:",
    (
        "qr=\"$(curl -sS --fail \"$control/qrcodes\" | jq -r '.data[-1].qr_code_id')\"",
        f'curl -sS --fail -X POST {JSON} -d \'{{"action": "scan"}}\' "$control/qrcodes/$qr" >/dev/null',
        f'curl -sS --fail -X POST {JSON} -d \'{{"action": "confirm", "openid": "o-someone"}}\' "$control/qrcodes/$qr"',
    ),
)
DEVICE_ID = EmulatorNote(
    "lostDeviceId",
    "The emulator lists the live sessions with the device each signed in from:",
    ('curl -sS --fail "$control/sessions" | jq -r \'.data[] | "\\(.sub) \\(.device_id)"\'',),
)
CALLER_TOKEN = EmulatorNote(
    "callerToken",
    "A caller's token, from the emulator: another device signs in anonymously (any sign-in of "
    "another user will do):",
    (
        'curl -sS --fail -X POST -H \'content-type: application/json\' -H "x-device-id: another-device" -d \'{}\' \\\n'
        '  "$base/signin/anonymously?client_id=$(jq -rn --arg v "$clientId" \'$v|@uri\')" | jq -r .access_token',
    ),
)
USER_CODE = EmulatorNote(
    "userCode",
    "The emulator lists the device flows started, with the code each device shows (the newest "
    "last):",
    ('curl -sS --fail "$control/device-codes" | jq -r \'.data[-1].user_code\'',),
)
KEY_FILE = EmulatorNote(
    "key-file",
    "The emulator's custom-login key file (a `tcb_custom_login.json` for its own key); point the "
    "page's `credentialsFile` at it:",
    ('curl -sS --fail "$control/custom-login-credentials" > tcb_custom_login.json',),
)
KEY_PAIR = EmulatorNote(
    "key-pair",
    "The emulator's API key pair (it makes one up; key pairs survive `POST reset`): its "
    "`secret_id` and `secret_key` are the page's `secretId` and `secretKey`:",
    ('curl -sS --fail "$control/admin-credentials" | jq \'.key_pairs[0]\'',),
)
WEDA_NO_AUTH = EmulatorNote(
    "weda-no-auth",
    "The emulator answers password-free WeChat sign-in only once it is switched on, as an "
    "environment's console does:",
    (f"curl -sS --fail -X POST {JSON} -d '{{\"provider_sub_type\": \"NO_AUTH_LOGIN\"}}' \"$control/weda\"",),
)

# What a person types in, by the ask's variable; any other ask is a code sent by SMS or email.
BY_ASK: dict[str, EmulatorNote] = {
    note.key: note
    for note in (VERIFICATION_CODE, CAPTCHA, PROVIDER_CODE, WX_LOGIN_CODE, PHONE_CODE, QR_CONFIRMED, DEVICE_ID, CALLER_TOKEN, USER_CODE)
}
BY_ASK["otherProviderCode"] = PROVIDER_CODE
# Operations that the emulator serves only once its control API set the environment up.
BY_OPERATION: dict[str, EmulatorNote] = {"signInWithWechat": WEDA_NO_AUTH}
# Page variables that hold the API key pair.
KEY_PAIR_VARIABLES = frozenset({"secretId", "secretKey"})


def notes_for(api: Api, scenario: Scenario, step: Step) -> tuple[EmulatorNote, ...]:
    """What the emulator stands in for in `step`, in the order the reader needs it."""
    notes: list[EmulatorNote] = []
    if step.kind == "create_ticket":
        notes.append(KEY_FILE)
    if step.operation_id:
        op = api.operation(step.operation_id)
        reads = {i.value.variable for i in step.inputs if i.value.variable}
        if op.auth == "tc3" or reads & KEY_PAIR_VARIABLES:
            notes.append(KEY_PAIR)
        if step.operation_id in BY_OPERATION:
            notes.append(BY_OPERATION[step.operation_id])
    for ask in step.asks:
        notes.append(BY_ASK.get(ask.variable, VERIFICATION_CODE))
    unique: list[EmulatorNote] = []
    for note in notes:
        if note not in unique:
            unique.append(note)
    return tuple(unique)
