"""Benchmark desks as processes of their own: started together behind a barrier, their results
collected from a queue, and any desk stuck past every timeout stopped (ours, by handle)."""

from __future__ import annotations

import multiprocessing
import queue
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.context import SpawnProcess
from multiprocessing.queues import Queue
from threading import BrokenBarrierError
from typing import Any, Generic, Protocol, TypeVar

START_TIMEOUT_S = 120.0


class DeskReport(Protocol):
    desk: int  # which desk, by its place in the list of arguments


R = TypeVar("R", bound=DeskReport)


@dataclass
class DeskRun(Generic[R]):
    results: list[R]
    wall_s: float  # from the release of the barrier to the last result
    lost: list[str]  # desks that exited without reporting


def run_desks(
    target: Callable[..., None],
    desk_args: Sequence[tuple[Any, ...]],
    finish_timeout_s: float,
    conduct: Callable[[], None] | None = None,
) -> DeskRun[Any]:
    """Run `target(*args, barrier, results)` once per entry of `desk_args`, each in a process of its
    own; the parent is a party of the barrier, so its release starts every desk and the clock.
    `conduct()`, when given, runs in the parent once every desk is released and before their
    results are collected; it tells them when to stop (a desk still running after
    `finish_timeout_s` is killed, whether or not `conduct` finished)."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(desk_args) + 1)
    results: Queue[Any] = context.Queue()
    processes = [
        context.Process(target=target, name=f"desk-{desk}", args=(*args, barrier, results))
        for desk, args in enumerate(desk_args)
    ]
    for process in processes:
        process.start()
    released = True
    try:
        barrier.wait(START_TIMEOUT_S)
    except BrokenBarrierError:  # a desk died before the start: collect what there is
        print("the desks did not all reach the start line")
        released = False
    began = time.perf_counter()
    try:
        if conduct is not None and released:
            conduct()
    finally:
        collected = _collect(processes, results, finish_timeout_s)
        wall_s = time.perf_counter() - began
        for process in processes:
            process.join(10)
            if process.is_alive():
                process.kill()
                process.join()
    reported = {result.desk for result in collected}
    lost = [
        f"{process.name} exited with {process.exitcode} without reporting"
        for desk, process in enumerate(processes)
        if desk not in reported
    ]
    return DeskRun(collected, wall_s, lost)


def _collect(processes: list[SpawnProcess], results: Queue[Any], timeout_s: float) -> list[Any]:
    collected: list[Any] = []
    deadline = time.monotonic() + timeout_s
    while len(collected) < len(processes) and time.monotonic() < deadline:
        try:
            collected.append(results.get(timeout=0.2))
        except queue.Empty:
            # A desk flushes its result before it exits, so once all are gone nothing more comes.
            if not any(process.is_alive() for process in processes) and results.empty():
                break
    return collected
