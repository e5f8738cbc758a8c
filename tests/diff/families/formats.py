"""Fixtures of generator/diff/formats.py: by direction, and what the targets' types feel."""

from __future__ import annotations

from . import Doc, fixture, prop

B, N = "breaking", "non-breaking"


def req_widened(o: Doc, n: Doc) -> None:
    prop(n, "SignInRequest", "attempts")["format"] = "int64"


def req_narrowed(o: Doc, n: Doc) -> None:
    prop(o, "SignInRequest", "attempts")["format"] = "int64"


def req_added(o: Doc, n: Doc) -> None:
    prop(n, "SignInRequest", "username")["format"] = "email"


def req_changed(o: Doc, n: Doc) -> None:
    prop(n, "SignInRequest", "birthday")["format"] = "date-time"


def resp_widened(o: Doc, n: Doc) -> None:
    """int32 -> int64 on a response field: a reader's 32-bit integer may overflow."""
    prop(n, "TokenResponse", "expires_in")["format"] = "int64"


def resp_narrowed(o: Doc, n: Doc) -> None:
    prop(o, "TokenResponse", "expires_in")["format"] = "int64"


def resp_date_time_added(o: Doc, n: Doc) -> None:
    """2.0.0's change: the wire only promises more, but python's str becomes datetime.datetime
    and go's *string becomes *time.Time."""
    prop(n, "User", "created_at")["format"] = "date-time"


def resp_changed(o: Doc, n: Doc) -> None:
    prop(n, "User", "born")["format"] = "date-time"


FIXTURES = {
    "request-format-widened": fixture(
        req_widened, B, "request-format-widened",
        why="wire: non-breaking; java: the builder's setter takes Long, not Integer (attempts(5) no longer compiles)",
    ),
    "request-format-narrowed": fixture(req_narrowed, B, "request-format-narrowed"),
    "request-format-added": fixture(req_added, B, "request-format-narrowed"),
    "request-format-changed": fixture(req_changed, B, "request-format-changed"),
    "response-format-widened": fixture(resp_widened, B, "response-format-widened"),
    "response-format-narrowed": fixture(
        resp_narrowed, B, "response-format-narrowed",
        why="wire: non-breaking; java: the getter returns int, not long (Long x = r.expiresIn() no longer compiles)",
    ),
    "response-format-date-time-added": fixture(
        resp_date_time_added, B, "response-format-narrowed",
        why="python: str | None -> datetime.datetime | None; go: *string -> *time.Time",
    ),
    "response-format-changed": fixture(resp_changed, B, "response-format-changed"),
}
