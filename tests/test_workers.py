"""The worker pool behind ``--jobs`` / ``n_process``: input order, errors in place, and no hang when a worker dies."""

from __future__ import annotations

import os
import signal
import time

import pytest
from conftest import failing_after

from screener.workers import map_in_order


def doubled(task):
    for item in task:
        if item == "slow":
            time.sleep(1)
        yield item * 2 if isinstance(item, int) else item


def died(item, cause):
    return ("died", item, cause)


def run(work, tasks, **kwargs):
    with failing_after(120, "the worker pool"):
        return list(map_in_order(work, tasks, workers=2, died=died, **kwargs))


def test_results_come_back_in_input_order_when_a_slow_task_holds_up_the_others():
    # one worker sits on the first task while the other finishes every task it may run ahead: once the first is
    # done, everything waiting is yielded and the pool must hand out more work before it waits again
    tasks = [["slow"]] + [[n] for n in range(1, 60)]
    assert run(doubled, tasks) == ["slow"] + [n * 2 for n in range(1, 60)]


def test_an_exception_in_a_task_comes_after_the_results_before_it():
    def work(task):
        for item in task:
            if item == 7:
                raise ValueError("seven")
            yield item

    seen = []
    with failing_after(120, "the worker pool"), pytest.raises(ValueError, match="seven"):
        for result in map_in_order(work, [[1, 2, 3], [4, 5, 6], [7, 8], [9]], workers=2, died=died):
            seen.append(result)
    assert seen == [1, 2, 3, 4, 5, 6]


@pytest.mark.parametrize("how", ["exit", "sigkill"])
def test_an_item_that_kills_its_worker_is_the_only_one_lost(how):
    def work(task):
        for item in task:
            if item == 13:
                if how == "exit":
                    os._exit(5)
                os.kill(os.getpid(), signal.SIGKILL)
            yield item

    tasks = [list(range(start, start + 8)) for start in range(0, 40, 8)]
    results = run(work, tasks)
    assert [r if isinstance(r, int) else r[1] for r in results] == list(range(40))
    (lost,) = [r for r in results if not isinstance(r, int)]
    cause = "exit status 5" if how == "exit" else "killed by SIGKILL"
    assert lost[:2] == ("died", 13) and lost[2].startswith(cause)


def test_a_worker_killed_from_outside_loses_nothing():
    parent = os.getpid()

    def work(task):
        for item in task:
            if item == 20 and not os.path.exists(marker):
                open(marker, "w").close()
                os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would, once
            yield (item, os.getpid())

    marker = f"/tmp/screener-test-workers-{parent}-{time.monotonic_ns()}"
    try:
        results = run(work, [list(range(start, start + 5)) for start in range(0, 50, 5)])
    finally:
        if os.path.exists(marker):
            os.remove(marker)
    assert [item for item, _ in results] == list(range(50))  # the killed worker's task was done again
    assert parent not in {pid for _, pid in results}


def test_a_task_that_cannot_be_pickled_is_made_picklable_by_the_caller():
    def work(task):
        yield from task

    results = run(
        work, [[1, lambda: 2], [3]], unpicklable=lambda task: [item() if callable(item) else item for item in task]
    )
    assert results == [1, 2, 3]


def test_idle_workers_end_by_themselves_when_the_pool_closes_even_with_another_pool_open():
    first = map_in_order(doubled, iter([[1], [2], [3]]), workers=2, died=died)
    with failing_after(120, "two pools"):
        assert next(first) == 2
        second = map_in_order(doubled, iter([[4], [5]]), workers=2, died=died)
        assert next(second) == 8
        pool = first.gi_frame.f_locals["pool"]
        workers = [worker.process for worker in pool.workers]
        assert list(first) == [4, 6]  # the first pool is done: its workers are told so by their pipes closing
        assert all(process.exitcode == 0 for process in workers)  # ended on their own, not terminated
        assert list(second) == [10]
