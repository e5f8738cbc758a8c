"""Ending sessions by device: every device of the user, or one named device."""

from __future__ import annotations

from typing import Any

from ..core import Call, Emulator
from ..errors import ApiError
from .registry import handler


@handler("revokeAllDevices")
def revoke_all_devices(emu: Emulator, call: Call) -> dict[str, Any]:
    _, user = emu.require_user(call)
    emu.store.revoke_sessions_of(user.id)  # this session too: "log out everywhere"
    return {}


@handler("revokeDevice")
def revoke_device(emu: Emulator, call: Call) -> dict[str, Any]:
    _, user = emu.require_user(call)
    device_id = str(call.params["device_id"])
    with emu.store.atomic() as conn:
        ended = conn.execute(
            "UPDATE sessions SET revoked = 1, refresh_token = NULL"
            " WHERE subject = ? AND device_id = ? AND revoked = 0",
            (user.id, device_id),
        ).rowcount
    if ended == 0:
        raise ApiError("not_found", "no session of this user on that device")
    return {}
