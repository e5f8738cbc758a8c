"""The user's security log behind ``GET /user/security/history``: one row per sign-in
(``USER_LOGIN``) or account change, written by the handlers that do them."""

from __future__ import annotations

from typing import Any

from .core import Call, Emulator
from .tokens import opaque

USER_LOGIN = "USER_LOGIN"
USER_PROFILE_UPDATE = "USER_PROFILE_UPDATE"


def record(emu: Emulator, call: Call, user_id: str, action: str, source: str) -> None:
    """Log one event for ``user_id`` (one statement: inside the caller's transaction if there is one)."""
    user_agent = call.headers.get("user-agent")
    emu.store.write(
        "INSERT INTO security_events (id, user_id, action, source, ip, user_agent, client_id,"
        " device_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            opaque("ev.", 12),
            user_id,
            action,
            source,
            call.peer or None,
            user_agent[:512] if user_agent else None,
            call.client_id,
            call.device_id,
            emu.now(),
        ),
    )


def page(
    emu: Emulator,
    user_id: str,
    *,
    action: str | None,
    not_action: str | None,
    limit: int,
    before: int | None,
) -> tuple[list[dict[str, Any]], int | None]:
    """Up to ``limit`` events, newest first, older than sequence ``before``; and the sequence to
    continue from (None on the last page)."""
    where = ["user_id = ?"]
    params: list[Any] = [user_id]
    if action is not None:
        where.append("action = ?")
        params.append(action)
    if not_action is not None:
        where.append("action != ?")
        params.append(not_action)
    if before is not None:
        where.append("seq < ?")
        params.append(before)
    sql = f"SELECT * FROM security_events WHERE {' AND '.join(where)} ORDER BY seq DESC LIMIT ?"
    with emu.store.atomic() as conn:
        rows = [dict(row) for row in conn.execute(sql, (*params, limit + 1)).fetchall()]
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (int(rows[-1]["seq"]) if more else None)
