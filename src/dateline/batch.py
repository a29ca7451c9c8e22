"""Run documents through the pipeline into the store, a batch at a time.

Each batch is committed in one transaction, so a killed run loses at most the batch in
flight, and a rerun skips every document whose text is already stored.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.errors import DatelineError
from dateline.pipeline import Config, analyze_many
from dateline.read import Document
from dateline.record import Record

if TYPE_CHECKING:
    from dateline.store.sqlite import Store


@dataclass
class BatchResult:
    analyzed: int = 0
    skipped: int = 0  # already in the store
    stale: int = 0  # of the skipped, made by another build of dateline (``--reanalyze`` refreshes them)
    failed: int = 0
    warnings: list[str] = field(default_factory=list)


def _chunks(items: Iterable[Document | DatelineError], n: int) -> Iterator[list[Document | DatelineError]]:
    it = iter(items)
    while chunk := list(islice(it, n)):
        yield chunk


def run_batch(
    items: Iterable[Document | DatelineError],
    *,
    store_path: Path | None,
    on_record: Callable[[Record], None],
    on_error: Callable[[DatelineError], None],
    batch_size: int = 16,
    workers: int = 1,
    progress: bool = False,
    config: Config | None = None,
    reanalyze: bool = False,
) -> BatchResult:
    """Analyze, store and emit records in input order; errors go to ``on_error`` and are counted.

    With ``workers > 1`` each batch runs the same pure ``analyze_many`` in a worker process; the
    main process alone reads the store and writes it, one transaction per batch. Workers start from
    a fresh server process (``forkserver``), so a script that calls this with ``workers > 1`` needs
    the ``if __name__ == "__main__":`` guard, as any multiprocessing program does. ``reanalyze``
    analyzes stored documents again and replaces their records (after an upgrade of dateline).
    """
    cfg = config or Config(batch_size=batch_size)
    result = BatchResult()
    store = None
    if store_path is not None:
        from dateline.store.sqlite import Store

        store = Store(store_path)
    bar = _Progress() if progress else None
    try:
        known = None if reanalyze else store
        planned = (_plan(chunk, known, result, cfg) for chunk in _chunks(items, batch_size))
        for plan, fresh in _analyze_plans(planned, cfg, workers):
            if store is not None:
                store.add_many((r for r in fresh if isinstance(r, Record)), replace=reanalyze)
            for rec_or_err in plan.merge(fresh, result):
                if isinstance(rec_or_err, DatelineError):
                    result.failed += 1
                    on_error(rec_or_err)
                else:
                    on_record(rec_or_err)
            if bar:
                bar.advance(len(plan.out))
    finally:
        if bar:
            bar.stop()
        if store is not None:
            store.close()
    return result


@dataclass
class _Plan:
    """One batch: what the store already had, and what still needs analysis (by position)."""

    out: list[Record | DatelineError | None]
    todo: list[tuple[int, Document | DatelineError]]

    def merge(self, fresh: list[Record | DatelineError], result: BatchResult) -> list[Record | DatelineError]:
        for (i, _), r in zip(self.todo, fresh, strict=True):
            if isinstance(r, Record):
                result.analyzed += 1
            self.out[i] = r
        return [r for r in self.out if r is not None]


def _plan(chunk: list[Document | DatelineError], store: Store | None, result: BatchResult, cfg: Config) -> _Plan:
    plan = _Plan([None] * len(chunk), [])
    for i, item in enumerate(chunk):
        if isinstance(item, Document):
            result.warnings.extend(item.warnings)
            stored = store.get_by_hash(store.content_hash(item.text)) if store is not None else None
            if stored is not None:
                result.skipped += 1
                result.stale += stored.pipeline != cfg.pipeline_id(stored.degraded)
                plan.out[i] = stored
                continue
        plan.todo.append((i, item))
    return plan


def _analyze_list(items: list[Document | DatelineError], cfg: Config) -> list[Record | DatelineError]:
    return list(analyze_many(items, cfg))


def _analyze_plans(
    plans: Iterator[_Plan], cfg: Config, workers: int
) -> Iterator[tuple[_Plan, list[Record | DatelineError]]]:
    if workers <= 1:
        for plan in plans:
            yield plan, _analyze_list([item for _, item in plan.todo], cfg)
        return
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    from dateline.restore.model import set_threads

    window: deque[tuple[_Plan, Future[list[Record | DatelineError]]]] = deque()
    share = max(1, (os.cpu_count() or 1) // workers)  # each worker's restorer threads
    # workers start from a clean server process, not a fork of this one: a fork taken after this
    # process ran the restorer inherits onnxruntime's thread-pool locks and can hang forever
    ctx = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=set_threads, initargs=(share,)) as pool:
        for plan in plans:
            window.append((plan, pool.submit(_analyze_list, [item for _, item in plan.todo], cfg)))
            if len(window) >= 2 * workers:  # bounded: never read the whole input ahead
                done, future = window.popleft()
                yield done, future.result()
        while window:
            done, future = window.popleft()
            yield done, future.result()


class _Progress:
    """A rich progress line on stderr: documents done and rate (the total is unknown when streaming)."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._p = Progress(
            SpinnerColumn(),
            TextColumn("analyzing"),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._task = self._p.add_task("analyze", total=None, rate="")
        self._p.start()

    def advance(self, n: int) -> None:
        self._p.advance(self._task, n)
        task = self._p.tasks[0]
        speed = task.speed
        self._p.update(self._task, rate=f"{speed:.1f} docs/s" if speed else "")

    def stop(self) -> None:
        self._p.stop()
