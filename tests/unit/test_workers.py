"""Bounded work: the per-document alarm, and worker processes replaced when one hangs outside Python or dies."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable

import pytest

from entente.errors import EntenteError
from entente.workers import OverTime, WorkerPool, time_limit


def test_time_limit_stops_a_runaway_stage() -> None:
    start = time.monotonic()
    with pytest.raises(OverTime), time_limit(0.2):
        while True:
            pass
    assert time.monotonic() - start < 2


def test_time_limit_fires_again_when_something_swallows_the_first_alarm() -> None:
    swallowed = 0
    with pytest.raises(OverTime), time_limit(0.1):
        while True:
            try:
                while True:
                    pass
            except OverTime:  # a library's broad handler
                swallowed += 1
                if swallowed > 1:
                    raise
    assert swallowed == 2


def test_time_limit_lets_work_within_budget_finish_and_leaves_no_alarm_behind() -> None:
    with time_limit(5):
        total = sum(range(1000))
    assert total == 499500 and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def _work(item: str) -> str:
    if item == "hang":  # stuck where no signal reaches Python
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM, signal.SIGINT})
        time.sleep(3600)
    if item == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    if item.startswith("slow"):
        time.sleep(0.3)
    return item.upper()


def make_work() -> Callable[[str], str]:
    return _work


def _lost(item: str, reason: str) -> str:
    return f"lost {item}: {reason}"


def test_a_worker_stuck_outside_python_is_replaced_and_its_item_skipped_with_the_reason() -> None:
    with WorkerPool(2, make_work, _lost, stall_seconds=2, preload=[__name__]) as pool:
        results = list(pool.map([["a", "hang", "b"], ["c", "d"]], ahead=4))
        assert pool.replaced == 1
    assert results[0][0] == "A" and results[0][2] == "B" and results[1] == ["C", "D"]
    assert results[0][1].startswith("lost hang: stopped after 2 s") and "replaced" in results[0][1]


def test_a_worker_that_dies_is_replaced_and_the_rest_of_its_batch_goes_on() -> None:
    with WorkerPool(2, make_work, _lost, stall_seconds=60, preload=[__name__]) as pool:
        results = list(pool.map([["a", "die", "b"], ["c"], ["die"], ["e"]], ahead=2))
        assert pool.replaced == 2
    assert results[0][0] == "A" and results[0][2] == "B" and results[1] == ["C"] and results[3] == ["E"]
    assert "killed by SIGKILL" in results[0][1] and "killed by SIGKILL" in results[2][0]


def test_results_come_back_in_the_order_of_their_batches() -> None:
    chunks = [["slow1", "x"], ["y"], [], ["slow2"], ["z", "w"]]
    with WorkerPool(2, make_work, _lost, stall_seconds=60, preload=[__name__]) as pool:
        assert list(pool.map(chunks, ahead=3)) == [["SLOW1", "X"], ["Y"], [], ["SLOW2"], ["Z", "W"]]


def _broken() -> Callable[[str], str]:
    raise RuntimeError("model not installed")


def test_workers_that_cannot_start_stop_the_run_with_one_line() -> None:
    pool = WorkerPool(1, _broken, _lost, stall_seconds=60, preload=[__name__])
    with pytest.raises(EntenteError, match=r"could not start \(RuntimeError: model not installed\)"), pool:
        list(pool.map([["a"]], ahead=1))
