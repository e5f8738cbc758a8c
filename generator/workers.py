"""Running steps of `authgen generate` side by side, in forked worker processes.

Rendering is CPU-bound Python, so threads would take turns on one core: each worker is a
process forked from the generator once it holds what the step needs (the IR, the targets), so
nothing is pickled on the way in and the worker starts in milliseconds. What comes back over a
pipe is small and picklable (problems, strings, the name of a finished target) or an exception.

fork is only safe in a single-threaded process (a thread holding a lock at fork time leaves the
child deadlocked); inside a threaded host (a test server, an IDE) `can_fork()` is False and the
writer runs the same steps one after another in its own process (the OpenAPI validation still
goes to a spawned process, picklable in and out, as before).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import multiprocessing
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

T = TypeVar("T")


def cpus() -> int:
    """The CPUs this process may run on (its affinity, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    return sys.platform == "linux" and threading.active_count() == 1


@contextlib.contextmanager
def without_cycle_collection() -> Iterator[None]:
    """No cyclic garbage collection inside the block, in this process and in the workers it
    forks meanwhile (they inherit the setting). For a short burst of work that keeps what it
    makes: the collector would only walk the same live objects again (and, in a forked worker,
    touch the pages it shares with its parent). Reference counting still frees the rest; cycles
    made meanwhile are collected once the block ends, if collection was on before it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class WorkerDied(Exception):
    """A worker ended without an answer (killed, out of memory)."""


def _answer(connection: Connection, work: Callable[[], Any]) -> None:
    try:
        result: tuple[str, Any, str] = ("ok", work(), "")
    except BaseException as exc:  # everything goes back to the parent, which decides
        result = ("error", exc, traceback.format_exc())
    try:
        connection.send(result)
    except OSError:  # the parent is gone (Ctrl-C): nobody to tell
        return
    except Exception:  # the exception or the value does not pickle: send what it says
        _kind, value, trace = result
        with contextlib.suppress(OSError):
            connection.send(("error", RuntimeError(f"{type(value).__name__}: {value}"), trace))


def _child(work: Callable[[], None]) -> Callable[[], None]:
    """A worker's body: Ctrl-C is the parent's to handle (it stops its workers), so a worker
    ends quietly on it instead of printing a KeyboardInterrupt traceback of its own."""

    def body() -> None:
        if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:  # (nohup, a background job)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
        work()

    return body


def _raise(exc: BaseException, trace: str) -> None:
    if trace and not isinstance(exc, KeyboardInterrupt):
        exc.add_note(f"in a worker process:\n{trace.rstrip()}")
    raise exc


def _forked(work: Callable[[], None], connection: Connection) -> multiprocessing.process.BaseProcess:
    # The child flushes the standard streams when it ends: what is still buffered here would
    # be written twice.
    sys.stdout.flush()
    sys.stderr.flush()
    process = multiprocessing.get_context("fork").Process(target=_child(work), daemon=True)
    process.start()
    connection.close()  # the child's end: the parent keeps only its own
    return process


class Job(Generic[T]):
    """The answer of one call: computed in a forked process (`Job.fork`), in a fresh interpreter
    (`Job.spawn`, for a threaded host: the function and its arguments must pickle), or here and
    now (`Job.here`). `result()` returns it or raises what the call raised."""

    def __init__(self) -> None:
        self._value: T | None = None
        self._error: tuple[BaseException, str] | None = None
        self._process: multiprocessing.process.BaseProcess | None = None
        self._receive: Connection | None = None

    @classmethod
    def here(cls, work: Callable[[], T]) -> Job[T]:
        job: Job[T] = cls()
        try:
            job._value = work()
        except Exception as exc:
            job._error = (exc, "")
        return job

    @classmethod
    def fork(cls, work: Callable[[], T]) -> Job[T]:
        job: Job[T] = cls()
        job._receive, send = multiprocessing.Pipe(duplex=False)
        job._process = _forked(lambda: _answer(send, work), send)
        return job

    @classmethod
    def spawn(cls, function: Callable[..., T], *args: Any) -> Job[T]:
        job: Job[T] = cls()
        job._receive, send = multiprocessing.Pipe(duplex=False)
        context = multiprocessing.get_context("spawn")
        job._process = context.Process(target=_spawned_main, args=(send, function, args), daemon=True)
        job._process.start()
        send.close()
        return job

    def result(self) -> T:
        if self._process is not None and self._receive is not None:
            process, receive = self._process, self._receive
            self._process = self._receive = None
            try:
                kind, value, trace = receive.recv()
            except EOFError:
                process.join()
                raise WorkerDied(
                    f"a worker process ended without an answer (exit code {process.exitcode})"
                ) from None
            finally:
                process.join()
                receive.close()
            if kind == "ok":
                self._value = value
            else:
                self._error = (value, trace)
        if self._error is not None:
            _raise(*self._error)
        return self._value  # type: ignore[return-value]

    def cancel(self) -> None:
        """Stop the process if it still runs (after a failure elsewhere, or Ctrl-C)."""
        if self._process is not None:
            _stop(self._process)
            self._process = None
        if self._receive is not None:
            self._receive.close()
            self._receive = None


def _spawned_main(connection: Connection, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    _answer(connection, lambda: function(*args))


def _stop(process: multiprocessing.process.BaseProcess) -> None:
    if process.is_alive():
        process.terminate()
    process.join()


# --- a pool for the targets ------------------------------------------------------------------


def run_all(
    names: Sequence[str],
    after: Mapping[str, Iterable[str]],
    work: Callable[[str], T],
    done: Callable[[str, T], None],
    *,
    workers: int,
    meanwhile: Callable[[], None] = lambda: None,
) -> None:
    """`work(name)` for every name, each once `after[name]` are done, on up to `workers` forked
    processes that take the next ready name as soon as they finish one (the names are ordered
    heaviest first, so the long ones start first); `done(name, result)` here, in this process,
    while the workers go on; `meanwhile()` here once the first names are handed out.
    workers == 0: no process, `meanwhile()`, then one after another, here. The first failure
    stops the rest and is raised."""
    waiting = {name: set(after.get(name, ())) & set(names) for name in names}
    if workers < 1:
        meanwhile()
        finished: set[str] = set()
        while waiting:
            ready = [n for n in names if n in waiting and waiting[n] <= finished]
            if not ready:
                raise ValueError(f"the targets' order has a cycle: {sorted(waiting)}")
            done(ready[0], work(ready[0]))
            finished.add(ready[0])
            del waiting[ready[0]]
        return
    _Pool(names, waiting, work, done, min(workers, len(names))).run(meanwhile)


class _Pool(Generic[T]):
    def __init__(
        self,
        names: Sequence[str],
        waiting: dict[str, set[str]],
        work: Callable[[str], T],
        done: Callable[[str, T], None],
        size: int,
    ) -> None:
        self.names, self.waiting, self.work, self.on_done, self.size = list(names), waiting, work, done, size
        self.done: set[str] = set()
        self.idle: list[Connection] = []
        self.busy: dict[Connection, str] = {}
        self.processes: dict[Connection, multiprocessing.process.BaseProcess] = {}

    def _start_worker(self) -> Connection:
        parent, child = multiprocessing.Pipe(duplex=True)

        def serve() -> None:
            while True:
                name = child.recv()
                if name is None:
                    return
                _answer(child, functools.partial(self.work, name))

        self.processes[parent] = _forked(serve, child)
        return parent

    def _ready(self) -> list[str]:
        return [n for n in self.names if n in self.waiting and self.waiting[n] <= self.done]

    def _dispatch(self) -> None:
        for name in self._ready():
            if not self.idle and len(self.processes) < self.size:
                self.idle.append(self._start_worker())
            if not self.idle:
                return
            connection = self.idle.pop()
            connection.send(name)
            self.busy[connection] = name
            del self.waiting[name]

    def run(self, meanwhile: Callable[[], None]) -> None:
        try:
            self._dispatch()
            meanwhile()
            while self.waiting or self.busy:
                self._dispatch()
                if not self.busy:
                    raise ValueError(f"the targets' order has a cycle: {sorted(self.waiting)}")
                finished: list[tuple[str, Any]] = []
                for connection in wait(list(self.busy)):
                    assert isinstance(connection, Connection)
                    name = self.busy.pop(connection)
                    try:
                        kind, value, trace = connection.recv()
                    except EOFError:
                        process = self.processes[connection]
                        process.join()
                        raise WorkerDied(
                            f"the worker rendering {name} ended without an answer (exit code {process.exitcode})"
                        ) from None
                    if kind != "ok":
                        _raise(value, trace)
                    self.done.add(name)
                    self.idle.append(connection)
                    finished.append((name, value))
                self._dispatch()  # the workers go on while this process stores the results
                for name, value in finished:
                    self.on_done(name, value)
        finally:
            self._close()

    def _close(self) -> None:
        for connection, process in self.processes.items():
            if connection not in self.busy:
                with contextlib.suppress(OSError):
                    connection.send(None)
            else:
                process.terminate()
        for connection, process in self.processes.items():
            process.join()
            connection.close()
