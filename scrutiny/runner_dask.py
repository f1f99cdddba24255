"""Files processed on a Dask cluster (``scrutiny ingest --dask ADDRESS``; extra ``scrutiny[dask]``).

The same pure task as the local runners (:func:`scrutiny.work.run_safely`) goes to
the cluster with the file's bytes, so workers need scrutiny installed but not the
files; the store and index stay with the caller, who writes what comes back.
"""

from __future__ import annotations

import time

from .errors import ScrutinyError
from .work import Failure, WorkOptions, run_safely


class DaskRunner:
    def __init__(self, address: str, options: WorkOptions = WorkOptions(), *, timeout: float | None = 60.0,
                 workers: int = 2):
        try:
            from distributed import Client, LocalCluster
        except ImportError as e:
            raise ScrutinyError("--dask needs dask.distributed: pip install 'scrutiny[dask]'") from e
        self.options = options
        self.timeout = timeout
        self._cluster = None
        try:
            if address == "local":
                self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                             dashboard_address=None)
                self.client = Client(self._cluster)
            else:
                self.client = Client(address, timeout=30)
        except OSError as e:
            raise ScrutinyError(f"cannot reach the Dask scheduler at {address}: {e}") from e
        # One task per worker thread at a time, so a task's time limit counts from its start.
        self.capacity = max(1, sum(self.client.nthreads().values()))
        self._futures: dict = {}  # future -> (key, submitted)
        self._done: list = []

    @property
    def has_room(self) -> bool:
        return len(self._futures) < self.capacity

    def submit(self, key, path: str, data: bytes) -> None:
        future = self.client.submit(run_safely, path, data, self.options, pure=False)
        self._futures[future] = (key, time.monotonic())

    def collect(self) -> list:
        from distributed import wait

        while not self._done and self._futures:
            try:
                wait(list(self._futures), timeout=self._wait_time(), return_when="FIRST_COMPLETED")
            except TimeoutError:
                pass
            for future in [f for f in self._futures if f.done()]:
                key, _ = self._futures.pop(future)
                self._done.append((key, self._outcome(future)))
            self._expire()
        done, self._done = self._done, []
        return done

    def _wait_time(self) -> float | None:
        if not self.timeout:
            return None
        now = time.monotonic()
        return max(0.05, min(started + self.timeout - now for _, started in self._futures.values()))

    @staticmethod
    def _outcome(future):
        if future.status == "finished":
            return future.result()
        try:
            error = future.exception()
        except Exception as e:  # cancelled, or the scheduler lost it
            error = e
        return Failure(f"the Dask worker reading it failed ({type(error).__name__}: {error}); skipped")

    def _expire(self) -> None:
        if not self.timeout:
            return
        now = time.monotonic()
        for future, (key, started) in list(self._futures.items()):
            if now - started >= self.timeout:
                future.cancel()
                del self._futures[future]
                self._done.append((key, Failure(f"took longer than {self.timeout:g} s to read "
                                                "(--file-timeout); skipped")))

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
