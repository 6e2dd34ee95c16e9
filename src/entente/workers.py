"""Bounded work: a time budget per document, and worker processes that survive what a document does to them.

Two guards keep one input from stopping a run:

* :func:`time_limit` stops a stage that runs past its budget (an alarm signal raises :class:`OverTime` in
  the process doing the work); the caller skips the document with the reason and goes on.
* :class:`WorkerPool` watches its worker processes: one that stays on a document well past the budget (stuck
  in native code, where no signal gets through) is killed and replaced, and one that dies (a crash, the
  out-of-memory killer) is replaced; the document it was on is skipped with the reason and the rest of its
  batch goes to a fresh worker.

Workers exit quietly, without tracebacks, when the process that started them dies.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

from .errors import EntenteError

Item = TypeVar("Item")
Result = TypeVar("Result")


class OverTime(BaseException):  # noqa: N818 - a signal, like KeyboardInterrupt; libraries' `except Exception` must not catch it
    """Raised inside work that ran past its time budget."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"over the time budget of {seconds:g} s")
        self.seconds = seconds


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`OverTime` in the block once it has run ``seconds`` (and every second after, should
    something swallow the first). Works in the main thread of a process on POSIX; elsewhere it does nothing."""
    usable = (
        seconds is not None
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return
    assert seconds is not None

    def alarm(signum: int, frame: object) -> None:
        raise OverTime(seconds)

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def parent_gone(main_pid: int, parent_pid: int) -> bool:
    """Whether the process that started this one has died (we were re-parented, or it no longer exists)."""
    if os.getppid() != parent_pid:
        return True
    try:
        os.kill(main_pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def exit_with_parent(main_pid: int, every: float = 0.5) -> None:
    """Leave quietly (no traceback, no broken-pipe noise) as soon as ``main_pid`` dies."""
    parent_pid = os.getppid()

    def watch() -> None:
        while not parent_gone(main_pid, parent_pid):
            time.sleep(every)
        os._exit(0)

    threading.Thread(target=watch, name="entente-parent-watch", daemon=True).start()


PARENT_ENV = "ENTENTE_PARENT_PID"
"""Set by a process that starts ``entente`` as its child (the server's ingest jobs): the child leaves when it dies."""


def watch_parent_from_environment() -> None:
    """Exit quietly once the process named by ``$ENTENTE_PARENT_PID`` is gone (no-op when it is unset)."""
    value = os.environ.pop(PARENT_ENV, "")
    if value.isdigit():
        exit_with_parent(int(value))


def _send(conn: Connection, message: object) -> None:
    try:
        conn.send(message)
    except (BrokenPipeError, EOFError, ConnectionResetError):
        os._exit(0)  # the main process is gone: nobody wants the result


def _serve(conn: Connection, make: Callable[[], Callable[[Any], Any]], main_pid: int) -> None:
    """A worker process: build the work function once, then run it over the items of each task sent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    exit_with_parent(main_pid)
    try:
        work = make()
    except Exception as exc:  # noqa: BLE001 - reported to the main process as one line
        _send(conn, ("failed", f"{type(exc).__name__}: {exc}"))
        return
    _send(conn, ("ready",))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            os._exit(0)
        if message is None:
            return
        task, offset, items = message
        for index, item in enumerate(items, offset):
            _send(conn, ("start", task, index))
            result = work(item)
            try:
                conn.send(("done", task, index, result))
            except (BrokenPipeError, EOFError, ConnectionResetError):
                os._exit(0)
            except Exception as exc:  # noqa: BLE001 - a result that cannot be sent back is lost, not fatal
                _send(conn, ("lost", task, index, f"its result could not be passed back ({type(exc).__name__})"))


@dataclass
class _Worker:
    number: int
    process: Any
    conn: Connection
    ready: bool = False
    task: int | None = None
    index: int = 0
    since: float = 0.0
    end: int = 0
    retired: bool = False
    receiver: threading.Thread | None = None
    heard: float = field(default_factory=time.monotonic)
    """When the worker last sent anything (set by its receiving thread, so a busy main process does not make a
    working worker look stuck)."""


@dataclass
class _Task(Generic[Item, Result]):
    items: list[Item]
    results: list[Result | None] = field(default_factory=list)
    remaining: int = 0


class WorkerPool(Generic[Item, Result]):
    """Worker processes that apply ``make()`` (built once per process) to items, task by task, in order.

    ``lost(item, reason)`` makes the result for an item whose worker hung past ``stall_seconds`` or died;
    ``preload`` names modules for the fork server to import once for all workers.
    """

    def __init__(
        self,
        size: int,
        make: Callable[[], Callable[[Item], Result]],
        lost: Callable[[Item, str], Result],
        stall_seconds: float,
        start_attempts: int = 3,
        preload: Sequence[str] = (),
    ) -> None:
        self.size = size
        self.make = make
        self.lost = lost
        self.stall_seconds = stall_seconds
        self.context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
        if preload and hasattr(self.context, "set_forkserver_preload"):
            # Modules imported once in the fork server are shared by every worker forked from it (copy on
            # write): workers start sooner, and their memory counts once, not once per worker.
            self.context.set_forkserver_preload(list(preload))
        self.inbox: queue.Queue[tuple[int, tuple]] = queue.Queue()
        self.workers: dict[int, _Worker] = {}
        self.numbers = 0
        self.failed_starts = 0
        self.start_attempts = start_attempts
        self.replaced = 0

    def __enter__(self) -> WorkerPool[Item, Result]:
        for _ in range(self.size):
            self._start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for worker in list(self.workers.values()):
            self._retire(worker, kill=False)
        deadline = time.monotonic() + 5
        for worker in list(self.workers.values()):
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(1)
            _hang_up(worker)
        self.workers.clear()

    def _start(self) -> None:
        self.numbers += 1
        ours, theirs = self.context.Pipe()
        process = self.context.Process(target=_serve, args=(theirs, self.make, os.getpid()), daemon=True,
                                       name=f"entente-worker-{self.numbers}")  # fmt: skip
        process.start()
        theirs.close()
        worker = _Worker(self.numbers, process, ours)
        self.workers[worker.number] = worker
        worker.receiver = threading.Thread(target=self._receive, args=(worker,), daemon=True)
        worker.receiver.start()

    def _receive(self, worker: _Worker) -> None:
        while True:
            try:
                message = worker.conn.recv()
            except (EOFError, OSError):
                self.inbox.put((worker.number, ("gone",)))
                return
            except Exception as exc:  # noqa: BLE001 - an unreadable message counts as a lost document
                message = ("garbled", f"{type(exc).__name__}: {exc}")
            worker.heard = time.monotonic()
            self.inbox.put((worker.number, message))

    def _retire(self, worker: _Worker, kill: bool) -> None:
        worker.retired = True
        if kill:
            worker.process.kill()
        else:
            with suppress(OSError):
                worker.conn.send(None)

    def map(self, chunks: Iterable[list[Item]], ahead: int) -> Iterator[list[Result]]:
        """Results of each chunk, in the order of the chunks; at most ``ahead`` chunks in flight."""
        tasks: dict[int, _Task[Item, Result]] = {}
        order: deque[int] = deque()
        todo: deque[tuple[int, int]] = deque()  # (task, first item not yet done)
        source = iter(chunks)
        exhausted = False
        numbering = 0
        while True:
            while not exhausted and len(order) < ahead:
                chunk = next(source, None)
                if chunk is None:
                    exhausted = True
                    break
                numbering += 1
                tasks[numbering] = _Task(chunk, [None] * len(chunk), len(chunk))
                order.append(numbering)
                if chunk:
                    todo.append((numbering, 0))
            if order and tasks[order[0]].remaining == 0:
                done = tasks.pop(order.popleft())
                yield done.results  # type: ignore[misc]
                continue
            if exhausted and not order:
                return
            self._dispatch(tasks, todo)
            try:
                number, message = self.inbox.get(timeout=0.5)
            except queue.Empty:
                pass
            else:
                self._handle(number, message, tasks, todo)
            self._watch(tasks, todo)

    def _dispatch(self, tasks: dict[int, _Task[Item, Result]], todo: deque[tuple[int, int]]) -> None:
        for worker in list(self.workers.values()):
            if not todo:
                return
            if worker.ready and worker.task is None and not worker.retired:
                task, first = todo.popleft()
                items = tasks[task].items
                worker.task, worker.index, worker.since, worker.end = task, first, time.monotonic(), len(items)
                try:
                    worker.conn.send((task, first, items[first:]))
                except OSError:
                    worker.task = None
                    todo.appendleft((task, first))
                    self._replace(worker)

    def _handle(
        self, number: int, message: tuple, tasks: dict[int, _Task[Item, Result]], todo: deque[tuple[int, int]]
    ) -> None:
        worker = self.workers.get(number)
        kind = message[0]
        if worker is None:
            return
        if kind == "ready":
            worker.ready = True
            self.failed_starts = 0
        elif kind == "failed" or (kind == "gone" and not worker.ready and not worker.retired):
            self.workers.pop(number, None)
            self.failed_starts += 1
            if self.failed_starts >= self.start_attempts:
                why = message[1] if kind == "failed" else _death(worker.process.exitcode).split(" while ")[0]
                raise EntenteError(f"the worker processes could not start ({why}); run with --workers 1 "
                                   "to see the error in this process")  # fmt: skip
            self._start()
        elif kind == "start":
            worker.index, worker.since = message[2], time.monotonic()
        elif kind in {"done", "lost"}:
            task = tasks[message[1]]
            result = message[3] if kind == "done" else self.lost(task.items[message[2]], message[3])
            self._settle(worker, task, message[2], result)
        elif kind == "garbled":
            self._fail_current(worker, tasks, todo, f"its result could not be read back ({message[1][:120]})")
        elif kind == "gone" and not worker.retired:
            worker.process.join(2)
            self._fail_current(worker, tasks, todo, _death(worker.process.exitcode))
        elif kind == "gone":
            self.workers.pop(number, None)

    def _settle(self, worker: _Worker, task: _Task[Item, Result], index: int, result: Result) -> None:
        if task.results[index] is None:
            task.results[index] = result
            task.remaining -= 1
        worker.index, worker.since = index + 1, time.monotonic()
        if index + 1 >= worker.end:
            worker.task = None

    def _watch(self, tasks: dict[int, _Task[Item, Result]], todo: deque[tuple[int, int]]) -> None:
        now = time.monotonic()
        for worker in list(self.workers.values()):
            if worker.retired or worker.task is None:
                continue
            if now - max(worker.since, worker.heard) > self.stall_seconds:
                self._fail_current(worker, tasks, todo, f"stopped after {self.stall_seconds:g} s: the worker did not "
                                                        "answer (stuck outside Python) and was replaced")  # fmt: skip

    def _fail_current(
        self, worker: _Worker, tasks: dict[int, _Task[Item, Result]], todo: deque[tuple[int, int]], reason: str
    ) -> None:
        """The worker hung or died: skip the document it was on, give the rest of its task to another."""
        if worker.task is not None:
            task_id, index = worker.task, worker.index
            task = tasks[task_id]
            if index < len(task.items) and task.results[index] is None:
                task.results[index] = self.lost(task.items[index], reason)
                task.remaining -= 1
            if index + 1 < worker.end:
                todo.appendleft((task_id, index + 1))
            worker.task = None
        self._replace(worker)

    def _replace(self, worker: _Worker) -> None:
        self._retire(worker, kill=True)
        worker.process.join(5)
        _hang_up(worker)
        self.workers.pop(worker.number, None)
        self.replaced += 1
        self._start()


def _hang_up(worker: _Worker) -> None:
    """Close our end of a finished worker's pipe once its receiving thread has seen the end of it."""
    if worker.receiver is not None:
        worker.receiver.join(2)
    if worker.receiver is None or not worker.receiver.is_alive():
        worker.conn.close()


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        how = f"was killed by {name}"
    elif exitcode is not None:
        how = f"exited with status {exitcode}"
    else:
        how = "stopped answering"
    return f"the worker process {how} while on this document (out of memory, or a crash in native code)"
