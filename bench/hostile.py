"""The hostile corpus of issue 12 at full size, ingested on 2 workers: wall time, peak memory, outcomes.

Generates tests/reliability/hostilecorpus.py's corpus — a cut .warc.gz, a 50 MB one-line .txt, a 20 MB
one-paragraph HTML page, 200,000 nested <div>s, one name in two folders, a symlink loop, symlinks out of
the folder, a FIFO, a file unreadable by permissions, and badcorpus's bad inputs among 1,000 good articles —
then runs `entente ingest` on it in a child process, sampling the memory of the child and its workers
every quarter second. Run as root, the ingest runs without root's power to read any file (`setpriv`), so
that the unreadable file is unreadable.

Prints the wall time (target: under 3 minutes on 2 cores), the peak memory (target: under 1.5 GB; both the
sum of resident sizes, which counts shared pages once per process, and the sum of proportional sizes, PSS,
which counts them once), and the outcome of every input against what the corpus says it should be.

Usage: .venv/bin/python bench/hostile.py [--workers 2] [--text-mb 50] [--html-mb 20] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from memory import descendants, pss_kb, rss_kb  # noqa: E402
from tests.reliability.hostilecorpus import Expected, make, without_root_reads  # noqa: E402


def run(command: list[str], db: Path) -> tuple[float, dict[str, int], int, str]:
    log = db.parent / "ingest.log"
    peaks = {"rss_total": 0, "pss_total": 0, "largest": 0, "main": 0}
    start = time.perf_counter()
    with log.open("w") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, cwd=db.parent)
        while process.poll() is None:
            pids = [process.pid, *descendants(process.pid)]
            sizes = [rss_kb(p) for p in pids]
            peaks["rss_total"] = max(peaks["rss_total"], sum(sizes))
            peaks["pss_total"] = max(peaks["pss_total"], sum(pss_kb(p) for p in pids))
            peaks["largest"] = max(peaks["largest"], max(sizes))
            peaks["main"] = max(peaks["main"], sizes[0])
            time.sleep(0.25)
    return time.perf_counter() - start, peaks, process.returncode, log.read_text(errors="replace")


def outcomes(db: Path, corpus: Path, expected: Expected) -> list[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        counts = dict(con.execute("SELECT status, count(*) FROM ingest_log GROUP BY status").fetchall())
        skipped = con.execute("SELECT path, line, reason FROM ingest_log WHERE status = 'skipped'").fetchall()
        noted = con.execute("SELECT count(*) FROM ingest_log WHERE status = 'stored' AND reason IS NOT NULL").fetchone()
        stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]  # type: ignore[index]
        secret = con.execute("SELECT count(*) FROM documents WHERE raw_text LIKE '%Secret:%'").fetchone()[0]  # type: ignore[index]
    logged = {}
    for path, line, reason in skipped:
        relative = Path(path).relative_to(corpus).as_posix()
        logged[relative if line is None or relative.endswith(".gz") else f"{relative}:{line}"] = reason
    missing = [name for name, word in expected.skipped.items() if word.lower() not in logged.get(name, "").lower()]
    return [
        f"stored {stored} documents (expected {expected.good}): {'ok' if stored == expected.good else 'MISMATCH'}",
        f"skipped {counts.get('skipped', 0)} inputs, each with a reason (expected {expected.bad}): "
        f"{'ok' if counts.get('skipped', 0) == expected.bad and all(r for *_, r in skipped) else 'MISMATCH'}",
        f"hostile inputs logged with the expected reason: {len(expected.skipped) - len(missing)}/"
        f"{len(expected.skipped)}" + (f" (missing: {', '.join(missing)})" if missing else ""),
        f"stored with a note (truncated, repaired, ignored metadata): {noted[0] if noted else 0}",
        f"documents holding text from outside the folder: {secret}",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--good", type=int, default=1000, help="good articles among badcorpus's bad inputs")
    parser.add_argument("--text-mb", type=float, default=50)
    parser.add_argument("--html-mb", type=float, default=20)
    parser.add_argument("--divs", type=int, default=200_000)
    parser.add_argument("--keep", type=Path, help="build the corpus and store here and keep them")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="entente-hostile-"))
    try:
        base.mkdir(parents=True, exist_ok=True)
        corpus = base / "corpus"
        store = base / "store"
        store.mkdir(exist_ok=True)
        db = store / "hostile.duckdb"
        command, unreadable = without_root_reads([sys.executable, "-m", "entente.cli", "ingest", str(corpus),
                                                  "--db", str(db), "--workers", str(args.workers)])  # fmt: skip
        made = time.perf_counter()
        expected = make(corpus, good=args.good, text_mb=args.text_mb, html_mb=args.html_mb, divs=args.divs,
                        unreadable=unreadable)  # fmt: skip
        files = sum(1 for _ in corpus.rglob("*"))
        size = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file() and not p.is_symlink()
                   and os.access(p, os.R_OK))  # fmt: skip
        print(f"hostile corpus: {files} entries, {size / 1e6:.0f} MB, made in {time.perf_counter() - made:.0f} s")
        if command[0].endswith("setpriv"):
            print("this is root: the ingest runs without root's power to read any file (setpriv)")
        elapsed, peaks, code, log = run(command, db)
        summary = next((line for line in log.splitlines() if line.startswith("stored ")), "(no summary line)")
        print(f"ingest on {args.workers} workers: {elapsed:.1f} s wall (target < 180 s: "
              f"{'ok' if elapsed < 180 else 'OVER'}), exit {code}: {summary}")  # fmt: skip
        print(f"peak memory: {peaks['pss_total'] / 1024:,.0f} MB PSS total (target < 1,536 MB: "
              f"{'ok' if peaks['pss_total'] < 1536 * 1024 else 'OVER'}); resident sizes summed "
              f"{peaks['rss_total'] / 1024:,.0f} MB; largest process {peaks['largest'] / 1024:,.0f} MB, "
              f"main {peaks['main'] / 1024:,.0f} MB")  # fmt: skip
        for line in outcomes(db, corpus, expected):
            print(line)
        if "Traceback" in log:
            print("a traceback was printed:\n" + log[log.index("Traceback") :][:3000])
    finally:
        if args.keep is None:
            for path in base.rglob("*"):
                if path.is_file() and not path.is_symlink():
                    path.chmod(0o644)
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
