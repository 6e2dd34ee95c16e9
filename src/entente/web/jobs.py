"""Ingest jobs of the server: one writer at a time, in the order they were asked for.

DuckDB lets one process write a store, so jobs queue: a single runner thread starts each job's
``entente ingest`` child when the previous one has finished. A job's output goes to a file (a child never
blocks on a full pipe), and the API shows its last lines, scrubbed of the server's filesystem paths.
"""

from __future__ import annotations

import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import uuid
import weakref
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import count
from pathlib import Path
from typing import Any

from ..workers import PARENT_ENV

OUTPUT_TAIL_CHARS = 4000
_ABSOLUTE = re.compile(r"(?<![\w.~-])(?:/[^\s/'\"`:;,()\[\]{}<>|]+)+/(?=[^\s/])")


def scrub_paths(text: str) -> str:
    """Text with every absolute filesystem path cut to its last part: ``/srv/x/kaz.duckdb`` → ``kaz.duckdb``."""
    return _ABSOLUTE.sub("", text)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


_SEQUENCE = count(1)


@dataclass
class Job:
    job_id: str
    path: str
    sequence: int = field(default_factory=lambda: next(_SEQUENCE))
    state: str = "queued"
    exit_code: int | None = None
    queued_at: str = field(default_factory=_now)
    started_at: str | None = None
    finished_at: str | None = None
    output: str = ""
    summary: str | None = None
    error: str | None = None
    log: Path | None = None


class JobRunner:
    """Runs ingest jobs one after another in a background thread; safe to call from request handlers."""

    def __init__(self, db_path: Path, data_root: Path) -> None:
        self.db_path = db_path
        self.data_root = data_root
        self.jobs: dict[str, Job] = {}
        self.waiting: queue.Queue[Job] = queue.Queue()
        self.lock = threading.Lock()
        self.thread: threading.Thread | None = None
        self.folder = Path(tempfile.mkdtemp(prefix="entente-jobs-"))
        weakref.finalize(self, shutil.rmtree, self.folder, True)

    def submit(self, relative: str) -> Job:
        job = Job(uuid.uuid4().hex[:12], relative)
        with self.lock:
            self.jobs[job.job_id] = job
            if self.thread is None:
                self.thread = threading.Thread(target=self._run_all, name="entente-jobs", daemon=True)
                self.thread.start()
        self.waiting.put(job)
        return job

    def get(self, job_id: str) -> Job | None:
        return self.jobs.get(job_id)

    def view(self, job: Job) -> dict[str, Any]:
        """What the API shows of a job: its state, its place in the queue, the tail of its output."""
        with self.lock:
            ahead = [j for j in self.jobs.values() if j.state == "queued" and j.sequence <= job.sequence]
            output = job.output if job.log is None else _tail(job.log)
            return {
                "job_id": job.job_id, "path": job.path, "state": job.state, "exit_code": job.exit_code,
                "position": len(ahead) if job.state == "queued" else None,
                "queued_at": job.queued_at, "started_at": job.started_at, "finished_at": job.finished_at,
                "output": scrub_paths(output), "summary": job.summary, "error": job.error,
            }  # fmt: skip

    def _run_all(self) -> None:
        while True:
            job = self.waiting.get()
            try:
                self._run(job)
            except Exception as exc:  # noqa: BLE001 - a job that cannot start fails alone
                with self.lock:
                    job.state, job.finished_at = "failed", _now()
                    job.error = scrub_paths(f"could not start the ingest ({type(exc).__name__}: {exc})")

    def _run(self, job: Job) -> None:
        log = self.folder / f"{job.job_id}.log"
        command = [sys.executable, "-m", "entente.cli", "ingest", job.path, "--db", str(self.db_path), "--root", "."]
        environment = dict(os.environ, **{PARENT_ENV: str(os.getpid())})
        with log.open("wb") as output:
            with self.lock:
                job.state, job.started_at, job.log = "running", _now(), log
            # The child runs in the data folder with a relative path: what it prints names no server path.
            process = subprocess.Popen(command, cwd=self.data_root, stdout=output, stderr=subprocess.STDOUT,
                                       stdin=subprocess.DEVNULL, env=environment)  # fmt: skip
            code = process.wait()
        text, summary = _tail(log), _summary(log)
        log.unlink(missing_ok=True)
        with self.lock:
            job.exit_code, job.output, job.log, job.finished_at = code, text, None, _now()
            job.summary = summary
            job.state = "finished" if code in (0, 3) else "failed"
            job.error = None if job.state == "finished" else _error_line(text, code)


def _tail(log: Path) -> str:
    try:
        with log.open("rb") as handle:
            handle.seek(max(0, log.stat().st_size - OUTPUT_TAIL_CHARS))
            return handle.read().decode("utf-8", errors="replace")
    except OSError:
        return ""


_SUMMARY = re.compile(r"^stored \d+, duplicates \d+, skipped \d+.*$")


def _summary(log: Path) -> str | None:
    """The ingest's own summary line (``stored 3, duplicates 0, skipped 1 …``), wherever it is in the output."""
    try:
        with log.open("r", encoding="utf-8", errors="replace") as handle:
            found = [line.strip() for line in handle if _SUMMARY.match(line.strip())]
    except OSError:
        return None
    return found[-1] if found else None


def _error_line(output: str, code: int) -> str:
    """One line saying why a job failed: the child's own ``error:`` line, else the last line it printed."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    chosen = next((line for line in reversed(lines) if line.startswith("error:")), None)
    if chosen is None:
        chosen = f"ingest exited with status {code}" + (f": {lines[-1]}" if lines else "")
    return scrub_paths(chosen)[:500]
