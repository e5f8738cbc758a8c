"""Image captchas and the gate they clear.

The gate counts per device and per account, as a service that stops password guessing must:
a device alone is no key, since a caller can leave ``x-device-id`` out or send a new one each
time. Failed ``signIn``s are counted for the device (``x-device-id``, when sent) and for the
account the login names (its user when there is one, else the login itself in its normal form:
an email in lower case, a phone number as ``+86 13800000000``); ``sendVerification`` sends are
counted for the device and for the phone number or email the code goes to. Once any of those
keys reaches ``captcha_threshold`` within ``captcha_window_seconds`` (5 and 3600 by default; set
them with ``POST /emulator/v1/captcha/settings``), the operation answers ``captcha_required``
until the call carries a captcha token (query ``captcha_token`` or header ``x-captcha-token``).
A captcha token comes from ``captcha/data`` + ``captcha/data/verify``, unlocks one call (the call
its ``state`` names, when the state is ``METHOD:url``) and is spent by it. A successful sign-in
clears the failed sign-ins of its device and of its account (not those of other accounts tried
from that device).
"""

from __future__ import annotations

import base64
import secrets
from typing import Any
from urllib.parse import urlsplit

from .. import login_state
from ..core import Call, Emulator
from ..errors import ApiError
from ..tokens import opaque, same_secret
from .registry import handler

CAPTCHA_TTL = 300  # documented: captcha data lasts 300 s
CAPTCHA_TOKEN_TTL = 600  # documented: a captcha token lasts 600 s
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
_METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE"}
_random = secrets.SystemRandom()


def _keys(call: Call, account: str | None) -> list[str]:
    """What a gate counts for this call: its device, and the account it is about."""
    keys = [f"device:{call.device_id}"] if call.device_id else []
    if account:
        keys.append(f"account:{account}")
    return keys


def _state_allows(state: str, call: Call) -> bool:
    """A ``METHOD:url`` state binds the token to that call; any other state binds nothing."""
    method, sep, url = state.partition(":")
    if not sep or method.upper() not in _METHODS:
        return True
    path = urlsplit(url).path.rstrip("/")
    return method.upper() == call.operation.method and path.endswith(call.operation.path)


def gate(emu: Emulator, call: Call, kind: str, account: str | None) -> None:
    """Raise ``captcha_required`` when the device or the account is over the threshold for
    ``kind`` (``signin`` or ``send``) and the call carries no usable captcha token; spend the
    token otherwise."""
    keys = _keys(call, account)
    if not keys:
        return
    config = login_state.settings(emu.store)
    now = emu.now()
    since = now - float(config["captcha_window_seconds"])
    threshold = int(config["captcha_threshold"])
    with emu.store.atomic():
        if all(login_state.count_events(emu.store, key, kind, since) < threshold for key in keys):
            return
        token = call.params.get("captcha_token") or call.params.get("x-captcha-token")
        if not token:
            raise ApiError("captcha_required", "captcha required: solve one and retry with its captcha_token")
        row = login_state.get_captcha_token(emu.store, str(token))
        if row is None or row["used"] or row["expires_at"] <= now or not _state_allows(row["state"], call):
            raise ApiError("captcha_invalid", "captcha token is invalid, expired or already used")
        login_state.use_captcha_token(emu.store, str(token))


def count(emu: Emulator, call: Call, kind: str, account: str | None) -> None:
    for key in _keys(call, account):
        login_state.add_event(emu.store, key, kind, emu.now())


def clear(emu: Emulator, call: Call, kind: str, account: str | None) -> None:
    for key in _keys(call, account):
        login_state.clear_events(emu.store, key, kind)


def captcha_image(text: str) -> str:
    """An SVG of ``text`` (tilted glyphs over noise) as a data URI."""
    width, height = 30 + 26 * len(text), 44
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        '<rect width="100%" height="100%" fill="#f3efe6"/>',
    ]
    for _ in range(6):
        x1, x2 = _random.randint(0, width), _random.randint(0, width)
        y1, y2 = _random.randint(0, height), _random.randint(0, height)
        colour = f"#{_random.randint(0x555555, 0xAAAAAA):06x}"
        parts.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{colour}" stroke-width="1.5"/>')
    for index, char in enumerate(text):
        x, y = 16 + 26 * index + _random.randint(-3, 3), 31 + _random.randint(-4, 4)
        angle = _random.randint(-25, 25)
        colour = f"#{_random.randint(0x101010, 0x604060):06x}"
        parts.append(
            f'<text x="{x}" y="{y}" font-family="monospace" font-size="26" font-weight="bold" '
            f'fill="{colour}" transform="rotate({angle} {x} {y})">{char}</text>'
        )
    for _ in range(30):
        cx, cy = _random.randint(0, width), _random.randint(0, height)
        parts.append(f'<circle cx="{cx}" cy="{cy}" r="1" fill="#777"/>')
    parts.append("</svg>")
    return "data:image/svg+xml;base64," + base64.b64encode("".join(parts).encode()).decode("ascii")


@handler("createCaptchaData")
def create_captcha_data(emu: Emulator, call: Call) -> dict[str, Any]:
    answer = "".join(_random.choice(_ALPHABET) for _ in range(4))
    token = opaque("cd.", 24)
    login_state.add_captcha(
        emu.store, token, answer, str(call.body["state"]), call.device_id, emu.now(), CAPTCHA_TTL
    )
    return {"data": captcha_image(answer), "type": "image", "token": token, "expires_in": CAPTCHA_TTL}


@handler("verifyCaptchaData")
def verify_captcha_data(emu: Emulator, call: Call) -> dict[str, Any]:
    token = str(call.body["token"])
    now = emu.now()
    with emu.store.atomic():
        row = login_state.get_captcha(emu.store, token)
        if row is None or row["used"] or row["expires_at"] <= now:
            raise ApiError("captcha_invalid", "captcha is invalid, expired or already used; create a new one")
        login_state.use_captcha(emu.store, token)  # one answer per captcha, right or wrong
        right = same_secret(str(call.body["key"]).strip().upper(), str(row["answer"]))
        captcha_token = opaque("captcha.", 24)
        if right:
            login_state.add_captcha_token(
                emu.store, captcha_token, str(row["state"]), now + CAPTCHA_TOKEN_TTL
            )
    # Raised after the transaction, so that the captcha stays spent.
    if not right:
        raise ApiError("captcha_invalid", "captcha answer is wrong; create a new captcha")
    return {"captcha_token": captcha_token, "expires_in": CAPTCHA_TOKEN_TTL}
