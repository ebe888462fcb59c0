"""Forked worker processes that share a stream of tasks and give the results back in input order.

Why not :class:`multiprocessing.pool.Pool`: when one of its workers dies (a
plugin calls ``os._exit``, ``kill -9``, the out-of-memory killer), the pool
starts another, but the task the dead one held never completes and waiting
for its result hangs for ever. Here each worker has pipes of its own, so this
process always knows which tasks a worker holds. When one dies, what it held
is not lost: the task it was working on is tried again an item at a time in a
new worker, the tasks it had not started go to the others, and an item that
kills a worker on its own becomes the caller's ``died`` result for it. The
run never hangs and never loses an item.

The workers are forked from this process, so ``work`` and everything it uses
(the screener, its plugins, even plugins given as objects) are inherited, not
pickled; tasks and results travel through pipes, pickled. This process only
hands out tasks and collects results: one select loop, no threads, so forking
a new worker at any time is safe.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import selectors
import signal
import struct
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

from screener.core.errors import ScreenerError

Item = TypeVar("Item")
Result = TypeVar("Result")

#: Tasks sent to each worker before its first result comes back: one to work on, one waiting in its pipe.
QUEUED_PER_WORKER = 2
#: How many tasks, per worker, may be handed out or finished but waiting for an earlier one to be yielded.
AHEAD_PER_WORKER = 4
#: Workers that die while holding no task, in a row, before the run gives up.
MAX_IDLE_DEATHS = 8

_HEADER = struct.Struct("!Q")
_READ_SIZE = 1 << 20
#: This process's ends of every pool's pipes: a new worker closes them all, so that a worker's pipes close
#: when it dies or its pool is done with it, even while another pool runs (generators may interleave).
_OUR_ENDS: set[int] = set()


def map_in_order(
    work: Callable[[list[Item]], Iterable[Result]],
    tasks: Iterable[list[Item]],
    *,
    workers: int,
    died: Callable[[Item, str], Result],
    unpicklable: Callable[[list[Item]], list[Item]] | None = None,
) -> Iterator[Result]:
    """``work(task)`` for every task, in ``workers`` forked processes; the results in input order.

    ``work`` yields one result per item of its task. When it raises, the
    results it yielded are yielded here and then the exception is raised (in
    its place in the order). ``died(item, cause)`` is the result for an item
    whose worker process died while working on it alone (``cause`` says how:
    ``"killed by SIGKILL"``). ``unpicklable(task)`` turns a task that cannot
    be pickled into one that can. Tasks are taken from ``tasks`` only as
    workers are ready for them, so memory stays bounded.
    """
    pool = _Pool(work, workers, died, unpicklable)
    try:
        yield from pool.run(iter(tasks))
    finally:
        pool.close()


@dataclass
class _Task(Generic[Item, Result]):
    number: int
    items: list[Item]
    #: a retry of one item of a task whose worker died
    single: bool = False
    results: list[Result] | None = None
    error: BaseException | None = None
    #: when the task's worker died in it: its items, each a task of its own
    parts: list[_Task[Item, Result]] | None = None

    @property
    def done(self) -> bool:
        if self.parts is not None:
            return all(part.done for part in self.parts)
        return self.results is not None

    def outcome(self) -> tuple[list[Result], BaseException | None]:
        if self.parts is None:
            return self.results or [], self.error
        results: list[Result] = []
        for part in self.parts:
            part_results, error = part.outcome()
            results.extend(part_results)
            if error is not None:
                return results, error
        return results, None


@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    tasks_fd: int  # this process writes tasks here
    results_fd: int  # and reads results from here
    outbound: bytearray = field(default_factory=bytearray)
    inbound: bytearray = field(default_factory=bytearray)
    #: tasks sent (or being sent), oldest first: the first is the one being worked on
    held: deque[_Task[Any, Any]] = field(default_factory=deque)


class _Pool(Generic[Item, Result]):
    def __init__(
        self,
        work: Callable[[list[Item]], Iterable[Result]],
        workers: int,
        died: Callable[[Item, str], Result],
        unpicklable: Callable[[list[Item]], list[Item]] | None,
    ) -> None:
        self.work = work
        self.size = workers
        self.died = died
        self.unpicklable = unpicklable
        self.context = multiprocessing.get_context("fork")
        self.selector = selectors.DefaultSelector()
        self.workers: list[_Worker] = []
        self.order: deque[_Task[Item, Result]] = deque()  # top-level tasks, in input order
        self.waiting: deque[_Task[Item, Result]] = deque()  # tasks to hand out, retries first
        self.numbers = 0
        self.exhausted = False
        self.idle_deaths = 0
        self.owner = os.getpid()

    # ------------------------------------------------------------------ the loop

    def run(self, tasks: Iterator[list[Item]]) -> Iterator[Result]:
        for _ in range(self.size):
            self._start_worker()
        while True:
            self._hand_out(tasks)  # first, so that the workers have work while the results are used
            if self.order and self.order[0].done:
                results, error = self.order.popleft().outcome()
                yield from results
                if error is not None:
                    raise error
                continue  # that made room for another task
            if not self.order and self.exhausted:
                return
            self._wait()

    def _hand_out(self, tasks: Iterator[list[Item]]) -> None:
        while True:
            worker = min(self.workers, key=lambda w: len(w.held), default=None)
            if worker is None or len(worker.held) >= QUEUED_PER_WORKER:
                return
            if not self.waiting:
                if self.exhausted or len(self.order) >= AHEAD_PER_WORKER * self.size:
                    return
                items = next(tasks, None)
                if not items:
                    self.exhausted = True
                    return
                self.numbers += 1
                task: _Task[Item, Result] = _Task(self.numbers, list(items))
                self.order.append(task)
                self.waiting.append(task)
            self._send(worker, self.waiting.popleft())

    def _send(self, worker: _Worker, task: _Task[Item, Result]) -> None:
        try:
            payload = pickle.dumps((task.number, task.items), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:
            if self.unpicklable is None:
                raise
            task.items = self.unpicklable(task.items)
            payload = pickle.dumps((task.number, task.items), protocol=pickle.HIGHEST_PROTOCOL)
        worker.held.append(task)
        was_empty = not worker.outbound
        worker.outbound += _HEADER.pack(len(payload)) + payload
        if was_empty:
            self._flush(worker)

    def _wait(self) -> None:
        for key, mask in self.selector.select():
            kind, worker = key.data
            if worker not in self.workers:
                continue  # buried earlier in this round
            if kind == "sentinel":
                self._bury(worker)
            elif kind == "results" and not self._receive(worker):
                self.selector.unregister(worker.results_fd)  # closed: its sentinel says why next
            elif mask & selectors.EVENT_WRITE:
                self._flush(worker)

    # ------------------------------------------------------------------ pipes

    def _flush(self, worker: _Worker) -> None:
        """Write what the pipe takes now; watch it for room while anything is left."""
        try:
            while worker.outbound:
                written = os.write(worker.tasks_fd, worker.outbound[:_READ_SIZE])
                del worker.outbound[:written]
        except BlockingIOError:
            pass
        except BrokenPipeError:  # the worker is gone; its sentinel says so next
            worker.outbound.clear()
        events = selectors.EVENT_WRITE if worker.outbound else 0
        registered = self.selector.get_map().get(worker.tasks_fd) is not None
        if events and not registered:
            self.selector.register(worker.tasks_fd, events, ("tasks", worker))
        elif not events and registered:
            self.selector.unregister(worker.tasks_fd)

    def _receive(self, worker: _Worker) -> bool:
        """Read the results there are; ``False`` once the worker's end is closed."""
        open_ = True
        try:
            while True:
                chunk = os.read(worker.results_fd, _READ_SIZE)
                if not chunk:
                    open_ = False
                    break
                worker.inbound += chunk
        except BlockingIOError:
            pass
        while len(worker.inbound) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(worker.inbound)
            if len(worker.inbound) < _HEADER.size + size:
                break
            payload = bytes(worker.inbound[_HEADER.size : _HEADER.size + size])
            del worker.inbound[: _HEADER.size + size]
            number, results, error = pickle.loads(payload)
            task = worker.held.popleft()
            assert task.number == number, (task.number, number)
            task.results, task.error = results, error
            self.idle_deaths = 0
        return open_

    # ------------------------------------------------------------------ workers

    def _start_worker(self) -> None:
        tasks_read, tasks_write = os.pipe()
        results_read, results_write = os.pipe()
        _OUR_ENDS.update((tasks_write, results_read))
        process = self.context.Process(
            target=_serve,
            args=(self.work, tasks_read, results_write, sorted(_OUR_ENDS)),
            daemon=True,
            name="screener-worker",
        )
        try:
            process.start()
        except BaseException:
            _OUR_ENDS.difference_update((tasks_write, results_read))
            os.close(tasks_write)
            os.close(results_read)
            raise
        finally:
            os.close(tasks_read)
            os.close(results_write)
        os.set_blocking(tasks_write, False)
        os.set_blocking(results_read, False)
        worker = _Worker(process, tasks_write, results_read)
        self.workers.append(worker)
        self.selector.register(results_read, selectors.EVENT_READ, ("results", worker))
        self.selector.register(process.sentinel, selectors.EVENT_READ, ("sentinel", worker))

    def _bury(self, worker: _Worker) -> None:
        """A worker died: keep what it finished, hand out again what it held, start another."""
        self._receive(worker)  # everything it wrote before it died is in the pipe already
        worker.process.join()
        cause = _cause_of_death(worker.process.exitcode)
        self._forget(worker)
        if worker.held:
            self.idle_deaths = 0
            current, *unstarted = worker.held
            self.waiting.extendleft(reversed(unstarted))
            if current.single:
                current.results = [self.died(current.items[0], cause)]
            else:
                current.parts = [_Task(current.number, [item], single=True) for item in current.items]
                self.waiting.extendleft(reversed(current.parts))
        else:
            self.idle_deaths += 1
            if self.idle_deaths > MAX_IDLE_DEATHS:
                raise ScreenerError(f"worker processes keep dying before they are given any work ({cause})")
        self._start_worker()

    def _forget(self, worker: _Worker) -> None:
        self.workers.remove(worker)
        for fd in (worker.tasks_fd, worker.results_fd, worker.process.sentinel):
            if self.selector.get_map().get(fd) is not None:
                self.selector.unregister(fd)
        _OUR_ENDS.difference_update((worker.tasks_fd, worker.results_fd))
        os.close(worker.tasks_fd)
        os.close(worker.results_fd)

    def close(self) -> None:
        """Stop every worker: those with nothing to do end when their pipe closes, busy ones are terminated."""
        if os.getpid() != self.owner:
            return  # a copy of the pool in a forked process (collected there): the workers are not its own
        for worker in list(self.workers):
            busy = bool(worker.held)
            self._forget(worker)
            if busy:
                worker.process.terminate()
            worker.process.join(timeout=5)
            if worker.process.exitcode is None:
                worker.process.kill()
                worker.process.join()
        self.selector.close()


def _cause_of_death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"killed by {name}" + (", perhaps by the out-of-memory killer" if name == "SIGKILL" else "")
    return f"exit status {exitcode}"


def _serve(work: Callable[[list[Any]], Iterable[Any]], tasks_fd: int, results_fd: int, parents: list[int]) -> None:
    """A worker: read a task, do it, send the results (and the exception, if ``work`` raised), until EOF."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the main process, which stops the workers
    for fd in parents:
        os.close(fd)
    _OUR_ENDS.clear()
    with os.fdopen(tasks_fd, "rb") as tasks, os.fdopen(results_fd, "wb") as results:
        while True:
            header = tasks.read(_HEADER.size)
            if len(header) < _HEADER.size:
                return  # the main process is done (or gone)
            number, items = pickle.loads(tasks.read(_HEADER.unpack(header)[0]))
            done: list[Any] = []
            error: BaseException | None = None
            try:
                done.extend(work(items))  # extend keeps what was yielded before an exception
            except Exception as exc:
                error = exc
            try:
                payload = pickle.dumps((number, done, error), protocol=pickle.HIGHEST_PROTOCOL)
            except Exception as exc:
                kind = type(error).__name__ if error is not None else "a result"
                failure = ScreenerError(f"{kind} could not be sent from a worker process: {exc}: {error}")
                payload = pickle.dumps((number, done if error is not None else [], failure))
            results.write(_HEADER.pack(len(payload)) + payload)
            results.flush()
