"""RS256 signing in a helper process, so that a sign-in's signature and the next request's HTTP,
validation and SQLite work run on two CPUs at once.

An RSA-2048 signature is most of a sign-in's cost, and ``cryptography`` holds the GIL while it
signs: worker threads cannot overlap it with anything (``--threads`` measured no faster). The
server (``cloudbase-auth-emulator``/``authgen emulator``, ``--sign-workers 1`` by default on a
machine with more than one CPU) therefore starts one child process, ``python -m emulator.signer``,
hands it the access-token key once, and then sends it the bytes to sign. A handler's answer
carries a ``PendingToken`` where the access token goes; the dispatcher awaits the signature
after the handler's transaction has committed, while the event loop serves other requests.

The child answers in order, one frame per request (4-byte big-endian length, then the bytes).
If it dies, what it had not answered and everything after is signed in the server process:
slower, never lost. In-process apps (``create_app`` for ``httpx.ASGITransport``, the pytest
fixtures) sign inline unless asked otherwise: no child per test.
"""

from __future__ import annotations

import asyncio
import signal
import struct
import sys
from collections import deque

from .tokens import KeyPair, finish_token, raw_signature

_LENGTH = struct.Struct(">I")


class PendingToken:
    """An access token whose signature the dispatcher still has to get (``Signer.complete``)."""

    __slots__ = ("signing_input",)

    def __init__(self, signing_input: str) -> None:
        self.signing_input = signing_input


class Signer:
    """One signing child process per emulator app, started and stopped by the app's lifespan."""

    def __init__(self, key: KeyPair) -> None:
        self._key = key
        self._process: asyncio.subprocess.Process | None = None
        self._waiting: deque[tuple[bytes, asyncio.Future[bytes]]] = deque()
        self._reader: asyncio.Task[None] | None = None
        self._stopping = False

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.returncode is None

    async def start(self) -> None:
        # In a session of its own: a Ctrl-C in the terminal goes to the terminal's process group,
        # and reached the child too, even while it was still importing (a KeyboardInterrupt
        # traceback, and the server reporting its signer gone as it shut down). The server stops
        # it by closing its input; if the server is killed, the pipe closes all the same.
        self._process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "emulator.signer",
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            start_new_session=True,
        )  # fmt: skip
        pem = self._key.private_pem.encode()
        assert self._process.stdin is not None
        try:
            self._process.stdin.write(_LENGTH.pack(len(pem)) + pem)
        except (RuntimeError, ConnectionError):  # the child died at once (a signal as it forked)
            process, self._process = self._process, None
            if process.returncode is None:
                process.kill()
            print(
                "emulator: the signing process did not start; signing in the server process", file=sys.stderr
            )
            return
        self._reader = asyncio.get_running_loop().create_task(self._read_answers())

    async def stop(self) -> None:
        self._stopping = True
        process, self._process = self._process, None
        if process is not None and process.returncode is None:
            assert process.stdin is not None
            process.stdin.close()  # the child ends at end of input
            try:
                await asyncio.wait_for(process.wait(), 5)
            except TimeoutError:
                process.kill()
                await process.wait()
        if self._reader is not None:
            self._reader.cancel()
        self._sign_inline_what_waits()

    async def complete(self, token: PendingToken) -> str:
        """The token, signed by the child (or here, when the child is gone)."""
        data = token.signing_input.encode()
        process = self._process
        if process is None or process.returncode is not None or process.stdin is None:
            return finish_token(token.signing_input, raw_signature(self._key, data))
        future: asyncio.Future[bytes] = asyncio.get_running_loop().create_future()
        self._waiting.append((data, future))
        process.stdin.write(_LENGTH.pack(len(data)) + data)
        return finish_token(token.signing_input, await future)

    async def _read_answers(self) -> None:
        assert self._process is not None and self._process.stdout is not None
        stdout = self._process.stdout
        try:
            while True:
                (length,) = _LENGTH.unpack(await stdout.readexactly(_LENGTH.size))
                signature = await stdout.readexactly(length)
                _, future = self._waiting.popleft()
                if not future.done():
                    future.set_result(signature)
        except (asyncio.IncompleteReadError, ConnectionError, IndexError):
            pass  # the child is gone: sign here from now on
        if self._process is not None and self._process.returncode is None:
            self._process.kill()
        if not self._stopping:
            print("emulator: the signing process stopped; signing in the server process", file=sys.stderr)
        self._process = None
        self._sign_inline_what_waits()

    def _sign_inline_what_waits(self) -> None:
        while self._waiting:
            data, future = self._waiting.popleft()
            if not future.done():
                future.set_result(raw_signature(self._key, data))


def _serve() -> None:
    """The child: read the key, then sign each frame of stdin until it ends."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    # Started in a session of its own (Signer.start), so no Ctrl-C reaches us; ignored anyway, for
    # a child started by hand in a terminal: the server stops us by closing our input.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    source, sink = sys.stdin.buffer, sys.stdout.buffer

    def frame() -> bytes | None:
        head = source.read(_LENGTH.size)
        if len(head) < _LENGTH.size:
            return None
        (length,) = _LENGTH.unpack(head)
        data = source.read(length)
        return data if len(data) == length else None

    pem = frame()
    if pem is None:
        return
    key = serialization.load_pem_private_key(pem, password=None, unsafe_skip_rsa_key_validation=True)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise SystemExit("emulator.signer: not an RSA key")
    pair = KeyPair(kid="", private_pem="", private_key=key, public_key=key.public_key())
    while (data := frame()) is not None:
        signature = raw_signature(pair, data)
        sink.write(_LENGTH.pack(len(signature)) + signature)
        sink.flush()


if __name__ == "__main__":
    _serve()
