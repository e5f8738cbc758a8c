"""SQLite storage for the emulator: users, identities, sessions, verifications, sudo and provider tokens, keys.

One connection guarded by a re-entrant lock: every request's read-check-write runs inside
``Store.atomic()``, so concurrent requests are serialised at the database and nothing is lost.
SQLite work here takes microseconds; the slow part of a request (RS256 signing) happens outside
the lock. A file database uses WAL so a crash mid-write cannot corrupt it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS keys (
    name TEXT PRIMARY KEY, kid TEXT NOT NULL, pem TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS users (
    id TEXT PRIMARY KEY,
    username TEXT UNIQUE, email TEXT UNIQUE, phone_number TEXT UNIQUE,
    password_hash TEXT,
    name TEXT, picture TEXT, gender TEXT, locale TEXT, user_desc TEXT,
    status TEXT NOT NULL DEFAULT 'ACTIVE',
    is_anonymous INTEGER NOT NULL DEFAULT 0,
    device_id TEXT UNIQUE, custom_uid TEXT UNIQUE,
    created_at REAL NOT NULL, updated_at REAL NOT NULL,
    password_updated_at REAL, last_login REAL
);
CREATE TABLE IF NOT EXISTS identities (
    provider_id TEXT NOT NULL, provider_user_id TEXT NOT NULL, user_id TEXT NOT NULL,
    name TEXT, picture TEXT,
    PRIMARY KEY (provider_id, provider_user_id), UNIQUE (user_id, provider_id)
);
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY, subject TEXT NOT NULL, refresh_token TEXT UNIQUE,
    scope TEXT NOT NULL, provider_type TEXT NOT NULL, user_type TEXT NOT NULL,
    client_id TEXT NOT NULL, device_id TEXT,
    created_at REAL NOT NULL, access_expires_at REAL NOT NULL, refresh_expires_at REAL,
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS sessions_subject ON sessions (subject);
CREATE TABLE IF NOT EXISTS verifications (
    id TEXT PRIMARY KEY, target TEXT NOT NULL, kind TEXT NOT NULL, usage TEXT,
    code TEXT NOT NULL, created_at REAL NOT NULL, expires_at REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0, verified INTEGER NOT NULL DEFAULT 0,
    token TEXT UNIQUE, token_expires_at REAL, token_used INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS verifications_target ON verifications (target, created_at);
CREATE TABLE IF NOT EXISTS sudo_tokens (
    token TEXT PRIMARY KEY, user_id TEXT NOT NULL, expires_at REAL NOT NULL,
    used INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS provider_tokens (
    token TEXT PRIMARY KEY, provider_id TEXT NOT NULL, provider_user_id TEXT NOT NULL,
    name TEXT, picture TEXT, expires_at REAL NOT NULL
);
-- >>> surface group A: tables
-- <<< end of surface group A
-- >>> surface group B: tables
CREATE TABLE IF NOT EXISTS oauth_clients (
    client_id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT, picture TEXT, url TEXT,
    client_secret TEXT NOT NULL DEFAULT '', redirect_uris TEXT, scopes TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS authorization_codes (
    code TEXT PRIMARY KEY, client_id TEXT NOT NULL, user_id TEXT NOT NULL, redirect_uri TEXT,
    scope TEXT, code_challenge TEXT, code_challenge_method TEXT, expires_at REAL NOT NULL,
    used INTEGER NOT NULL DEFAULT 0, session_id TEXT
);
CREATE TABLE IF NOT EXISTS device_codes (
    device_code TEXT PRIMARY KEY, user_code TEXT NOT NULL UNIQUE, client_id TEXT NOT NULL,
    scope TEXT, created_at REAL NOT NULL, expires_at REAL NOT NULL, poll_interval INTEGER NOT NULL,
    last_polled_at REAL, status TEXT NOT NULL DEFAULT 'pending', user_id TEXT
);
-- <<< end of surface group B
-- >>> surface group C: tables
-- <<< end of surface group C
"""

_USER_COLUMNS = frozenset(
    {
        "username", "email", "phone_number", "password_hash", "name", "picture", "gender",
        "locale", "user_desc", "status", "is_anonymous", "device_id", "custom_uid",
        "updated_at", "password_updated_at", "last_login",
    }
)  # fmt: skip


class Conflict(Exception):
    """A unique column already holds the value; ``field`` names the column."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


@dataclass(frozen=True)
class User:
    id: str
    username: str | None
    email: str | None
    phone_number: str | None
    password_hash: str | None
    name: str | None
    picture: str | None
    gender: str | None
    locale: str | None
    user_desc: str | None
    status: str
    is_anonymous: bool
    device_id: str | None
    custom_uid: str | None
    created_at: float
    updated_at: float
    password_updated_at: float | None
    last_login: float | None


@dataclass(frozen=True)
class Session:
    id: str
    subject: str
    refresh_token: str | None
    scope: str
    provider_type: str
    user_type: str
    client_id: str
    device_id: str | None
    created_at: float
    access_expires_at: float
    refresh_expires_at: float | None
    revoked: bool


def _user(row: sqlite3.Row | None) -> User | None:
    if row is None:
        return None
    data = dict(row)
    data["is_anonymous"] = bool(data["is_anonymous"])
    return User(**data)


def _session(row: sqlite3.Row | None) -> Session | None:
    if row is None:
        return None
    data = dict(row)
    data["revoked"] = bool(data["revoked"])
    return Session(**data)


def _conflict(exc: sqlite3.IntegrityError) -> Conflict:
    # "UNIQUE constraint failed: users.email" -> "email"
    message = str(exc)
    field = message.rsplit(".", 1)[-1] if "UNIQUE" in message or "PRIMARY" in message else "id"
    return Conflict(field.split(",")[0].strip())


class Store:
    """All persistent state. Methods may be called inside or outside ``atomic()``."""

    def __init__(self, db: str = ":memory:") -> None:
        self._conn = sqlite3.connect(db, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self._depth = 0
        if db != ":memory:" and not db.startswith("file::memory:"):
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA busy_timeout=5000")
        with self._lock:
            self._conn.executescript(_SCHEMA)

    def checkpoint(self) -> None:
        with self._lock:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def atomic(self) -> Iterator[sqlite3.Connection]:
        """One transaction; nested calls join the outer one."""
        with self._lock:
            outermost = self._depth == 0
            if outermost:
                self._conn.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield self._conn
            except BaseException:
                self._depth -= 1
                if outermost:
                    self._conn.execute("ROLLBACK")
                raise
            self._depth -= 1
            if outermost:
                self._conn.execute("COMMIT")

    def _one(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Row | None:
        with self.atomic() as conn:
            row: sqlite3.Row | None = conn.execute(sql, params).fetchone()
            return row

    def _all(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        with self.atomic() as conn:
            return [dict(row) for row in conn.execute(sql, params).fetchall()]

    def _run(self, sql: str, params: tuple[Any, ...] = ()) -> int:
        with self.atomic() as conn:
            try:
                return conn.execute(sql, params).rowcount
            except sqlite3.IntegrityError as exc:
                raise _conflict(exc) from exc

    def reset(self) -> None:
        """Forget everything except the keys, so issued credentials files stay usable."""
        with self.atomic() as conn:
            # Every table but the keys, so tables added later are reset too.
            tables = [
                str(row[0])
                for row in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'keys'"
                    " AND name NOT LIKE 'sqlite_%'"
                ).fetchall()
            ]
            for table in tables:
                conn.execute(f'DELETE FROM "{table}"')

    # keys -----------------------------------------------------------------------------------
    def get_key(self, name: str) -> tuple[str, str] | None:
        row = self._one("SELECT kid, pem FROM keys WHERE name = ?", (name,))
        return None if row is None else (row["kid"], row["pem"])

    def put_key(self, name: str, kid: str, pem: str) -> tuple[str, str]:
        """Store the key unless one is there already; return whichever is stored."""
        with self.atomic():
            self._run("INSERT OR IGNORE INTO keys (name, kid, pem) VALUES (?, ?, ?)", (name, kid, pem))
            stored = self.get_key(name)
        assert stored is not None
        return stored

    # users ----------------------------------------------------------------------------------
    def create_user(self, user_id: str, now: float, **fields: Any) -> User:
        unknown = set(fields) - _USER_COLUMNS
        if unknown:
            raise ValueError(f"unknown user columns {sorted(unknown)}")
        columns = ["id", "created_at", "updated_at", *fields]
        values = [user_id, now, now, *fields.values()]
        marks = ", ".join("?" for _ in columns)
        self._run(f"INSERT INTO users ({', '.join(columns)}) VALUES ({marks})", tuple(values))
        row: dict[str, Any] = dict.fromkeys(_USER_COLUMNS) | {"status": "ACTIVE", "is_anonymous": False}
        row |= {"id": user_id, "created_at": now, "updated_at": now, **fields}
        row["is_anonymous"] = bool(row["is_anonymous"])
        return User(**row)

    def touch_login(self, user_id: str, now: float) -> None:
        self._run("UPDATE users SET last_login = ? WHERE id = ?", (now, user_id))

    def update_user(self, user_id: str, **fields: Any) -> User | None:
        unknown = set(fields) - _USER_COLUMNS
        if unknown:
            raise ValueError(f"unknown user columns {sorted(unknown)}")
        if fields:
            assignments = ", ".join(f"{name} = ?" for name in fields)
            self._run(f"UPDATE users SET {assignments} WHERE id = ?", (*fields.values(), user_id))
        return self.get_user(user_id)

    def get_user(self, user_id: str) -> User | None:
        return _user(self._one("SELECT * FROM users WHERE id = ?", (user_id,)))

    def find_user(self, column: str, value: str) -> User | None:
        if column not in {"username", "email", "phone_number", "device_id", "custom_uid"}:
            raise ValueError(column)
        return _user(self._one(f"SELECT * FROM users WHERE {column} = ?", (value,)))

    def find_user_by_login(self, username: str, email: str, phone_number: str) -> User | None:
        """The SDK sends a username, an email or a phone number as ``username``; the caller
        passes the login in each column's normal form."""
        row = self._one(
            "SELECT * FROM users WHERE username = ? OR email = ? OR phone_number = ? LIMIT 1",
            (username, email, phone_number),
        )
        return _user(row)

    def count_users(self) -> int:
        row = self._one("SELECT COUNT(*) AS n FROM users")
        return 0 if row is None else int(row["n"])

    def delete_user(self, user_id: str) -> bool:
        with self.atomic() as conn:
            deleted = conn.execute("DELETE FROM users WHERE id = ?", (user_id,)).rowcount
            conn.execute("DELETE FROM identities WHERE user_id = ?", (user_id,))
            conn.execute("UPDATE sessions SET revoked = 1 WHERE subject = ?", (user_id,))
            conn.execute("DELETE FROM sudo_tokens WHERE user_id = ?", (user_id,))
        return deleted > 0

    # identities -----------------------------------------------------------------------------
    def bind_identity(
        self, user_id: str, provider_id: str, provider_user_id: str, name: str | None, picture: str | None
    ) -> None:
        self._run(
            "INSERT INTO identities (provider_id, provider_user_id, user_id, name, picture) VALUES (?, ?, ?, ?, ?)",
            (provider_id, provider_user_id, user_id, name, picture),
        )

    def unbind_identity(self, user_id: str, provider_id: str) -> bool:
        return (
            self._run("DELETE FROM identities WHERE user_id = ? AND provider_id = ?", (user_id, provider_id))
            > 0
        )

    def identities(self, user_id: str) -> list[dict[str, Any]]:
        return self._all("SELECT * FROM identities WHERE user_id = ? ORDER BY provider_id", (user_id,))

    def user_by_identity(self, provider_id: str, provider_user_id: str) -> User | None:
        row = self._one(
            "SELECT users.* FROM users JOIN identities ON identities.user_id = users.id "
            "WHERE identities.provider_id = ? AND identities.provider_user_id = ?",
            (provider_id, provider_user_id),
        )
        return _user(row)

    # sessions -------------------------------------------------------------------------------
    def create_session(self, session: Session) -> None:
        self._run(
            "INSERT INTO sessions (id, subject, refresh_token, scope, provider_type, user_type, client_id,"
            " device_id, created_at, access_expires_at, refresh_expires_at, revoked)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                session.id, session.subject, session.refresh_token, session.scope, session.provider_type,
                session.user_type, session.client_id, session.device_id, session.created_at,
                session.access_expires_at, session.refresh_expires_at, int(session.revoked),
            ),
        )  # fmt: skip

    def get_session(self, session_id: str) -> Session | None:
        return _session(self._one("SELECT * FROM sessions WHERE id = ?", (session_id,)))

    def session_by_refresh_token(self, refresh_token: str) -> Session | None:
        return _session(self._one("SELECT * FROM sessions WHERE refresh_token = ?", (refresh_token,)))

    def rotate_refresh_token(self, session_id: str, new_token: str, access_expires_at: float) -> None:
        self._run(
            "UPDATE sessions SET refresh_token = ?, access_expires_at = ? WHERE id = ?",
            (new_token, access_expires_at, session_id),
        )

    def revoke_session(self, session_id: str) -> bool:
        return (
            self._run("UPDATE sessions SET revoked = 1, refresh_token = NULL WHERE id = ?", (session_id,)) > 0
        )

    def revoke_sessions_of(self, subject: str, *, keep: str | None = None) -> int:
        return self._run(
            "UPDATE sessions SET revoked = 1, refresh_token = NULL WHERE subject = ? AND id IS NOT ?",
            (subject, keep),
        )

    # verifications --------------------------------------------------------------------------
    def last_verification_sent(self, target: str) -> float | None:
        row = self._one("SELECT MAX(created_at) AS t FROM verifications WHERE target = ?", (target,))
        return None if row is None or row["t"] is None else float(row["t"])

    def add_verification(
        self,
        verification_id: str,
        target: str,
        kind: str,
        usage: str | None,
        code: str,
        now: float,
        ttl: float,
    ) -> None:
        self._run(
            "INSERT INTO verifications (id, target, kind, usage, code, created_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (verification_id, target, kind, usage, code, now, now + ttl),
        )

    def get_verification(self, verification_id: str) -> dict[str, Any] | None:
        row = self._one("SELECT * FROM verifications WHERE id = ?", (verification_id,))
        return None if row is None else dict(row)

    def verification_by_token(self, token: str) -> dict[str, Any] | None:
        row = self._one("SELECT * FROM verifications WHERE token = ?", (token,))
        return None if row is None else dict(row)

    def count_attempt(self, verification_id: str) -> None:
        self._run("UPDATE verifications SET attempts = attempts + 1 WHERE id = ?", (verification_id,))

    def mark_verified(self, verification_id: str, token: str, token_expires_at: float) -> None:
        self._run(
            "UPDATE verifications SET verified = 1, token = ?, token_expires_at = ? WHERE id = ?",
            (token, token_expires_at, verification_id),
        )

    def use_verification_token(self, token: str) -> None:
        self._run("UPDATE verifications SET token_used = 1 WHERE token = ?", (token,))

    def verifications(self, target: str | None = None) -> list[dict[str, Any]]:
        if target is None:
            return self._all("SELECT * FROM verifications ORDER BY created_at, rowid")
        return self._all("SELECT * FROM verifications WHERE target = ? ORDER BY created_at, rowid", (target,))

    # sudo and provider tokens ---------------------------------------------------------------
    def add_sudo_token(self, token: str, user_id: str, expires_at: float) -> None:
        self._run(
            "INSERT INTO sudo_tokens (token, user_id, expires_at) VALUES (?, ?, ?)",
            (token, user_id, expires_at),
        )

    def get_sudo_token(self, token: str) -> dict[str, Any] | None:
        row = self._one("SELECT * FROM sudo_tokens WHERE token = ?", (token,))
        return None if row is None else dict(row)

    def use_sudo_token(self, token: str) -> None:
        self._run("UPDATE sudo_tokens SET used = 1 WHERE token = ?", (token,))

    def add_provider_token(self, token: str, fields: Mapping[str, Any]) -> None:
        self._run(
            "INSERT INTO provider_tokens (token, provider_id, provider_user_id, name, picture, expires_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (token, fields["provider_id"], fields["provider_user_id"], fields.get("name"),
             fields.get("picture"), fields["expires_at"]),
        )  # fmt: skip

    def get_provider_token(self, token: str) -> dict[str, Any] | None:
        row = self._one("SELECT * FROM provider_tokens WHERE token = ?", (token,))
        return None if row is None else dict(row)
