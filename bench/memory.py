"""Peak memory of a whole ingest as the corpus grows: it should stay flat, not grow with the corpus.

Runs `entente ingest` on a corpus in a child process and samples the resident memory (RSS) of it and of
its worker processes every half second; prints the peak of the total and of the main process, and the peak
of the proportional set sizes summed (PSS: pages shared between the processes counted once).

Usage: .venv/bin/python bench/memory.py CORPUS.jsonl [--workers 2]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    found, stack = [], [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    articles = sum(1 for _ in args.corpus.open(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "-m", "entente.cli", "ingest", str(args.corpus), "--db", str(Path(tmp) / "m.duckdb"),
                   "--workers", str(args.workers)]  # fmt: skip
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        peak_total = peak_main = peak_pss = 0
        while process.poll() is None:
            main_rss = rss_kb(process.pid)
            children = descendants(process.pid)
            total = main_rss + sum(rss_kb(p) for p in children)
            peak_total, peak_main = max(peak_total, total), max(peak_main, main_rss)
            peak_pss = max(peak_pss, sum(pss_kb(p) for p in [process.pid, *children]))
            time.sleep(0.5)
        elapsed = time.perf_counter() - start
    print(f"{articles} articles in {elapsed:.0f} s ({articles / elapsed:.1f} articles/s), exit {process.returncode}: "
          f"peak RSS total {peak_total / 1024:.0f} MB, main process {peak_main / 1024:.0f} MB, "
          f"PSS total {peak_pss / 1024:.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
