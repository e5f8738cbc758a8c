"""SQLite storage for the emulator: users, identities, sessions, verifications, sudo and provider tokens, keys.

One connection guarded by a re-entrant lock. Each API request runs in one transaction
(``Store.request()``, opened by the dispatcher around the handler): committed when the handler
answers, 4xx included (a failed sign-in still counts towards the captcha gate), rolled back when
it raises anything else. Inside it, a handler's ``Store.atomic()`` block is a savepoint, so a
block that raises takes back its own writes and only those, as a transaction of its own did
before; a single statement needs neither (SQLite makes each statement atomic). Outside a
request (the control API, tests) ``atomic()`` is a transaction of its own. A file database uses
WAL, so a crash mid-write cannot corrupt it and readers never wait for the writer.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any

from .contacts import phone_or_none

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
CREATE TABLE IF NOT EXISTS spent_refresh_tokens (
    token TEXT PRIMARY KEY, session_id TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS login_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS captcha_events (device TEXT NOT NULL, kind TEXT NOT NULL, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS captcha_events_device ON captcha_events (device, kind, at);
CREATE TABLE IF NOT EXISTS captchas (
    token TEXT PRIMARY KEY, answer TEXT NOT NULL, state TEXT NOT NULL, device TEXT,
    created_at REAL NOT NULL, expires_at REAL NOT NULL, used INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS captcha_tokens (
    token TEXT PRIMARY KEY, state TEXT NOT NULL, expires_at REAL NOT NULL, used INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS oauth_providers (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, provider_type TEXT NOT NULL,
    authorization_endpoint TEXT NOT NULL, client_id TEXT NOT NULL, signout_uri TEXT
);
CREATE TABLE IF NOT EXISTS oauth_requests (
    provider_id TEXT NOT NULL, state TEXT NOT NULL, redirect_uri TEXT, scope TEXT, device TEXT,
    created_at REAL NOT NULL, PRIMARY KEY (provider_id, state)
);
CREATE TABLE IF NOT EXISTS oauth_codes (
    code TEXT PRIMARY KEY, provider_id TEXT NOT NULL, subject TEXT NOT NULL, name TEXT, email TEXT,
    redirect_uri TEXT, state TEXT, expires_at REAL NOT NULL, used INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS wechat_apps (appid TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS wechat_codes (
    code TEXT PRIMARY KEY, appid TEXT NOT NULL, kind TEXT NOT NULL, openid TEXT, unionid TEXT,
    phone_number TEXT, expires_at REAL NOT NULL, used INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS provider_token_phones (token TEXT PRIMARY KEY, phone_number TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS qrcodes (
    id TEXT PRIMARY KEY, appid TEXT NOT NULL, status TEXT NOT NULL, openid TEXT, provider_token TEXT,
    created_at REAL NOT NULL, expires_at REAL NOT NULL
);
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
-- API key pairs that may sign POST /token/clientCredential (TC3), and access keys that may be
-- sent instead as Bearer; both survive a reset, like the signing keys.
CREATE TABLE IF NOT EXISTS admin_key_pairs (
    secret_id TEXT PRIMARY KEY, secret_key TEXT NOT NULL, created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS admin_access_keys (
    access_key TEXT PRIMARY KEY, created_at REAL NOT NULL
);
-- GET /user/security/history: sign-ins and account changes, newest last by seq.
CREATE TABLE IF NOT EXISTS security_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, user_id TEXT NOT NULL,
    action TEXT NOT NULL, source TEXT NOT NULL, ip TEXT, user_agent TEXT, client_id TEXT,
    device_id TEXT, created_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS security_events_user ON security_events (user_id, seq);
"""

# What `POST /emulator/v1/reset` keeps: the signing keys and the administrator credentials (the
# README promises both survive, and the pytest plugin resets before every test).
KEPT_ON_RESET = frozenset({"keys", "admin_key_pairs", "admin_access_keys"})
_USER_COLUMNS = frozenset(
    {
        "username", "email", "phone_number", "password_hash", "name", "picture", "gender",
        "locale", "user_desc", "status", "is_anonymous", "device_id", "custom_uid",
        "updated_at", "password_updated_at", "last_login",
    }
)  # fmt: skip


class StoreUnavailable(Exception):
    """The database cannot take writes (disk full, read-only file): a 503, not a 500."""


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


def _unavailable(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorname", "") in {
        "SQLITE_FULL", "SQLITE_READONLY", "SQLITE_READONLY_DBMOVED", "SQLITE_CANTOPEN", "SQLITE_IOERR",
        "SQLITE_IOERR_WRITE", "SQLITE_IOERR_FSYNC", "SQLITE_READONLY_DIRECTORY", "SQLITE_BUSY",
    } or "disk is full" in str(exc) or "readonly" in str(exc)  # fmt: skip


def describe(exc: sqlite3.Error) -> str:
    """A one-line reason for a database error a user can act on."""
    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    name = getattr(exc, "sqlite_errorname", "")
    if name == "SQLITE_FULL" or "disk is full" in message:
        return "the database or the disk is full"
    if name.startswith("SQLITE_READONLY") or "readonly" in message:
        return "the database is read-only (file, directory or mode=ro)"
    if name == "SQLITE_CANTOPEN" or "unable to open" in message:
        return "unable to open the database file (missing or unwritable directory?)"
    return message


def _conflict(exc: sqlite3.IntegrityError) -> Conflict:
    # "UNIQUE constraint failed: users.email" -> "email"
    message = str(exc)
    field = message.rsplit(".", 1)[-1] if "UNIQUE" in message or "PRIMARY" in message else "id"
    return Conflict(field.split(",")[0].strip())


class Store:
    """All persistent state. Methods may be called inside or outside ``atomic()``."""

    def __init__(self, db: str = ":memory:") -> None:
        """``db``: ":memory:", a file path, or a SQLite URI (``file:PATH?mode=ro``...). A file
        database must be writable: a read-only file or directory raises ``StoreUnavailable``
        here, with a one-line reason, rather than failing every write later."""
        in_memory = db == ":memory:" or db.startswith("file::memory:") or "mode=memory" in db
        try:
            self._conn = sqlite3.connect(
                db, check_same_thread=False, isolation_level=None, uri=db.startswith("file:")
            )
            self._conn.row_factory = sqlite3.Row
            self._lock = threading.RLock()
            self._depth = 0
            if not in_memory:
                self._conn.execute("PRAGMA journal_mode=WAL")
                self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA busy_timeout=5000")
            with self._lock:
                self._conn.executescript(_SCHEMA)
                # CREATE TABLE IF NOT EXISTS writes nothing on an existing database: prove a
                # write goes through (the same user_version back, in a committed transaction).
                version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    self._conn.execute(f"PRAGMA user_version = {version}")
                    self._conn.execute("COMMIT")
                finally:
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
        except sqlite3.Error as exc:
            raise StoreUnavailable(f"cannot use database {db!r}: {describe(exc)}") from exc

    def trace(self, callback: Any) -> None:
        """Call ``callback(sql)`` with every statement run from now on (None: stop). For tests
        and for seeing what a request costs."""
        with self._lock:
            self._conn.set_trace_callback(callback)

    def checkpoint(self) -> None:
        with self._lock:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def limit_pages(self, pages: int) -> int:
        """Cap the database at ``pages`` pages (SQLite's ``max_page_count``; never below its
        current size): later writes that need more fail as on a full disk. For tests."""
        with self._lock:
            row = self._conn.execute(f"PRAGMA max_page_count = {int(pages)}").fetchone()
        return int(row[0])

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def request(self, keep: tuple[type[BaseException], ...] = ()) -> Iterator[sqlite3.Connection]:
        """The transaction of one API request: committed when the block ends or raises one of
        ``keep`` (the API's refusals: their writes, such as a failed attempt counted, stay),
        rolled back when it raises anything else."""
        with self._lock:
            if self._depth:  # a request inside a request (tests calling handlers directly)
                with self.atomic() as conn:
                    yield conn
                return
            self._guarded(self._conn.execute, "BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self._conn
            except BaseException as exc:
                self._depth = 0
                if isinstance(exc, keep):
                    self._commit()
                else:
                    self._rollback()
                    if isinstance(exc, sqlite3.OperationalError) and _unavailable(exc):
                        raise StoreUnavailable(describe(exc)) from exc
                raise
            self._depth = 0
            self._commit()

    @contextmanager
    def atomic(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: a transaction, or inside one a savepoint. A database that cannot
        take the write (disk full, read-only) raises ``StoreUnavailable`` and leaves no
        transaction open."""
        with self._lock:
            depth = self._depth
            if depth == 0:
                self._guarded(self._conn.execute, "BEGIN IMMEDIATE")
            else:
                self._guarded(self._conn.execute, f"SAVEPOINT s{depth}")
            self._depth = depth + 1
            try:
                yield self._conn
            except BaseException as exc:
                self._depth = depth
                if depth == 0:
                    self._rollback()
                elif self._conn.in_transaction:
                    self._conn.execute(f"ROLLBACK TO s{depth}")
                    self._conn.execute(f"RELEASE s{depth}")
                if isinstance(exc, sqlite3.OperationalError) and _unavailable(exc):
                    raise StoreUnavailable(describe(exc)) from exc
                raise
            self._depth = depth
            if depth == 0:
                self._commit()
            else:
                self._guarded(self._conn.execute, f"RELEASE s{depth}")

    def _checked(self) -> AbstractContextManager[Any]:
        """For reads that decide one write: inside a transaction the lock suffices (the
        transaction holds SQLite's write lock; the write alone needs no savepoint); outside
        one, a transaction of their own, so another process cannot write in between."""
        return self._lock if self._depth else self.atomic()

    def _commit(self) -> None:
        try:
            self._guarded(self._conn.execute, "COMMIT")
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        # SQLite rolls back by itself on SQLITE_FULL and some I/O errors; ROLLBACK then fails.
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    @staticmethod
    def _guarded(function: Any, *args: Any) -> Any:
        try:
            return function(*args)
        except sqlite3.OperationalError as exc:
            if _unavailable(exc):
                raise StoreUnavailable(describe(exc)) from exc
            raise

    # One statement needs no transaction of its own: SQLite applies it whole or not at all,
    # inside the request's transaction or, outside one, in its own implicit one.
    def _one(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Row | None:
        with self._lock:
            row: sqlite3.Row | None = self._guarded(self._conn.execute, sql, params).fetchone()
            return row

    def _all(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(row) for row in self._guarded(self._conn.execute, sql, params).fetchall()]

    def _run(self, sql: str, params: tuple[Any, ...] = ()) -> int:
        with self._lock:
            try:
                return int(self._guarded(self._conn.execute, sql, params).rowcount)
            except sqlite3.IntegrityError as exc:
                raise _conflict(exc) from exc

    # The same, for the modules that keep their own tables in this database (login_state, ...).
    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        return self._all(sql, params)

    def write(self, sql: str, params: tuple[Any, ...] = ()) -> int:
        """Run one INSERT, UPDATE or DELETE; the number of rows it changed."""
        return self._run(sql, params)

    def reset(self) -> None:
        """Forget everything except the keys (signing keys, API key pairs, access keys), so
        issued credentials files and a key pair a test read once stay usable."""
        with self.atomic() as conn:
            # Every table but the kept ones, so tables added later are reset too.
            tables = [
                str(row[0])
                for row in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                ).fetchall()
            ]
            for table in tables:
                if table not in KEPT_ON_RESET:
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
    def _check_login_clash(self, user_id: str, fields: Mapping[str, Any]) -> None:
        """Sign-in names must be unambiguous across accounts: a username may not be another
        account's email or phone number (in any written form), nor an email or phone number
        another account's username. Raises Conflict naming the column being set."""
        username, email, phone = fields.get("username"), fields.get("email"), fields.get("phone_number")
        if not (username or email or phone):
            return
        with self._checked():
            conn = self._conn
            if isinstance(username, str) and username:
                row = conn.execute(
                    "SELECT 1 FROM users WHERE id != ? AND (email = ? OR phone_number = ?) LIMIT 1",
                    (user_id, username.strip().lower(), phone_or_none(username)),
                ).fetchone()
                if row is not None:
                    raise Conflict("username")
            if isinstance(email, str) and email:
                row = conn.execute(
                    "SELECT 1 FROM users WHERE id != ? AND lower(username) = ? LIMIT 1",
                    (user_id, email.strip().lower()),
                ).fetchone()
                if row is not None:
                    raise Conflict("email")
            if isinstance(phone, str) and phone:
                # Only usernames made of digits and separators can be written phone numbers.
                rows = conn.execute(
                    "SELECT username FROM users WHERE id != ? AND username IS NOT NULL"
                    " AND username NOT GLOB '*[^0-9 +().-]*'",
                    (user_id,),
                ).fetchall()
                if any(phone_or_none(row["username"]) == phone for row in rows):
                    raise Conflict("phone_number")

    def create_user(self, user_id: str, now: float, **fields: Any) -> User:
        unknown = set(fields) - _USER_COLUMNS
        if unknown:
            raise ValueError(f"unknown user columns {sorted(unknown)}")
        columns = ["id", "created_at", "updated_at", *fields]
        values = [user_id, now, now, *fields.values()]
        marks = ", ".join("?" for _ in columns)
        with self._checked():  # checks, then one INSERT: nothing to take back if it fails
            self._check_login_clash(user_id, fields)
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
            with self._checked():  # checks, then one UPDATE: nothing to take back if it fails
                self._check_login_clash(user_id, fields)
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

    def find_users_by_login(self, username: str, email: str, phone_number: str | None) -> list[User]:
        """Every user whose username, email or phone number is the login (each column in its
        normal form); more than one only for accounts that clashed before clashes were refused."""
        with self.atomic() as conn:
            rows = conn.execute(
                "SELECT * FROM users WHERE username = ? OR email = ? OR phone_number = ? ORDER BY created_at, rowid",
                (username, email, phone_number),
            ).fetchall()
        return [user for user in map(_user, rows) if user is not None]

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
        """Give the session a new refresh token; the old one is remembered as spent."""
        with self.atomic():
            self._run(
                "INSERT OR IGNORE INTO spent_refresh_tokens (token, session_id)"
                " SELECT refresh_token, id FROM sessions WHERE id = ? AND refresh_token IS NOT NULL",
                (session_id,),
            )
            self._run(
                "UPDATE sessions SET refresh_token = ?, access_expires_at = ? WHERE id = ?",
                (new_token, access_expires_at, session_id),
            )

    def session_by_spent_refresh_token(self, refresh_token: str) -> Session | None:
        """The session a rotated-away refresh token belonged to (reuse means it leaked)."""
        row = self._one(
            "SELECT sessions.* FROM sessions JOIN spent_refresh_tokens ON spent_refresh_tokens.session_id"
            " = sessions.id WHERE spent_refresh_tokens.token = ?",
            (refresh_token,),
        )
        return _session(row)

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

    def recent_verification(self, kind: str, target: str, now: float) -> dict[str, Any] | None:
        """The newest verified code for ``target`` whose token is live and unused, if any."""
        row = self._one(
            "SELECT * FROM verifications WHERE target = ? AND kind = ? AND verified = 1 AND token_used = 0"
            " AND token IS NOT NULL AND token_expires_at > ? ORDER BY created_at DESC, rowid DESC LIMIT 1",
            (target, kind, now),
        )
        return None if row is None else dict(row)

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

    def expire_provider_token(self, token: str, now: float) -> None:
        """End a provider token's life now (a one-time token that has been used)."""
        self._run("UPDATE provider_tokens SET expires_at = MIN(expires_at, ?) WHERE token = ?", (now, token))

    def get_provider_token(self, token: str) -> dict[str, Any] | None:
        row = self._one("SELECT * FROM provider_tokens WHERE token = ?", (token,))
        return None if row is None else dict(row)
