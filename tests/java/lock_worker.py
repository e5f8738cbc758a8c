"""A Python process on a shared token file, for tests/java/test_lock_interop.py: for each stdin
line, get_user_me on a client of that file; prints "ok" or "error ...".

Convention v1 (CLIENT_RULES) has the Python client take flock(2) AND the POSIX record lock of
`<path>.lock`. Until the Python client takes the record lock itself (another change), this
process takes it around each call, as that client will: fcntl.lockf, the lock Java takes. The
client's own flock is taken inside the call as before."""

from __future__ import annotations

import fcntl
import os
import sys
from pathlib import Path

from cloudbase_auth import CloudBaseAuth, FileStorage


def main() -> None:
    path, base_url = Path(sys.argv[1]), sys.argv[2]
    lock_path = path.with_name(path.name + ".lock")
    client = CloudBaseAuth("emulator-env", base_url=base_url, storage=FileStorage(path), max_retries=0)
    for _line in sys.stdin:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX)
            try:
                client.get_user_me()
                print("ok", flush=True)
            except Exception as exc:  # reported to the test, which fails on it
                print(f"error {type(exc).__name__}: {exc}", flush=True)
        finally:
            os.close(fd)  # releases the record lock


if __name__ == "__main__":
    main()
