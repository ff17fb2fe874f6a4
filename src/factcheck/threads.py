"""Work spread over a few daemon threads, with each result handed back as it is done.

Not a ThreadPoolExecutor: its threads are joined on the way out, so Ctrl-C during a
stalled request would wait out the read timeout and every retry of every queued item
before the process could end. Here an interrupt (or any exception in the caller) stops
the workers before their next item, and a request still hanging dies with the process.
"""

from __future__ import annotations

import queue
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def leave_ctrl_c_to_the_main_thread() -> None:
    """Block Ctrl-C in the calling (helper) thread. The kernel hands a signal to any thread
    that does not block it, and Python answers it only in the main thread, which would see
    it late (after its current wait) or, while it briefly ignores Ctrl-C to start worker
    processes (runner.children_ignore_ctrl_c), not at all."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})


def as_done(
    work: Callable[[T, threading.Event], R],
    items: Sequence[T],
    workers: int,
    name: str,
) -> Iterator[tuple[int, R]]:
    """(position, result) of each item, as soon as it is done, on `workers` threads.

    `work` gets the item and an event set when the caller stops listening (the iterator
    is closed or raises), so that it can give up between attempts. An exception in `work`
    is a bug: it is raised again in the caller's thread.
    """
    pending: queue.SimpleQueue[int] = queue.SimpleQueue()
    for number in range(len(items)):
        pending.put(number)
    finished: queue.SimpleQueue[tuple[int, R | BaseException]] = queue.SimpleQueue()
    cancel = threading.Event()

    def run() -> None:
        leave_ctrl_c_to_the_main_thread()
        while not cancel.is_set():
            try:
                number = pending.get_nowait()
            except queue.Empty:
                return
            try:
                finished.put((number, work(items[number], cancel)))
            except BaseException as exc:  # re-raised in the caller's thread
                finished.put((number, exc))

    for number in range(min(workers, len(items))):
        threading.Thread(target=run, name=f"factcheck-{name}-{number}", daemon=True).start()
    try:
        for _ in items:
            while True:
                try:
                    # A timeout keeps the wait interruptible by Ctrl-C on every platform.
                    number, outcome = finished.get(timeout=0.25)
                    break
                except queue.Empty:
                    continue
            if isinstance(outcome, BaseException):
                raise outcome
            yield number, outcome
    finally:
        cancel.set()
