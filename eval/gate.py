"""Evaluation gate: ingest the seed articles, the real-article development sets (English and Russian) and the
PLOVER sentences, export, score, and fail if a score fell below its pinned floor.

Floors live in eval/baseline.json. Skips (exit 0) where ../shared is absent, as in a user's clone.
Run: .venv/bin/python eval/gate.py [--verbose]
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BASELINE = Path(__file__).with_name("baseline.json")


def run_scorer(script: Path, export_dir: Path, extra: list[str]) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, str(script), str(export_dir), "--json", *extra], capture_output=True, text=True, check=False
    )
    if proc.returncode == 2:
        raise SystemExit(f"{script.name} could not read the export: {proc.stderr.strip()}")
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("{"))
    return json.loads(line)


def plover_scores(export_dir: Path, verbose: bool) -> dict[str, float]:
    script = SHARED / "tools" / "score_plover.py"
    args = [sys.executable, str(script), str(export_dir), *(["--verbose"] if verbose else [])]
    proc = subprocess.run(args, capture_output=True, text=True, check=False)
    if verbose:
        print(proc.stdout)
    match = re.search(r"recall ([\d.]+) .*precision ([\d.]+)", proc.stdout)
    if match is None:
        raise SystemExit(f"score_plover.py printed no scores: {proc.stdout} {proc.stderr}")
    return {"recall": float(match.group(1)), "precision": float(match.group(2))}


def main() -> int:
    verbose = "--verbose" in sys.argv
    if not SHARED.is_dir():
        print(f"eval gate skipped: {SHARED} not found")
        return 0
    from entente import export, ingest

    floors = json.loads(BASELINE.read_text())
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        db, out = Path(tmp) / "seeds.duckdb", Path(tmp) / "export"
        ingest([SHARED / "corpus" / "seeds"], db)
        export(db, out, ["jsonl"])
        seeds = run_scorer(SHARED / "tools" / "score_seeds.py", out, ["--verbose"] if verbose else [])
        realdev_db, realdev_out = Path(tmp) / "realdev.duckdb", Path(tmp) / "realdev"
        ingest([SHARED / "gold" / "realdev" / "corpus"], realdev_db)
        export(realdev_db, realdev_out, ["jsonl"])
        realdev = run_scorer(
            SHARED / "tools" / "score_seeds.py",
            realdev_out,
            ["--gold", str(SHARED / "gold" / "realdev" / "gold.json"), *(["--verbose"] if verbose else [])],
        )
        ru_db, ru_out = Path(tmp) / "ru.duckdb", Path(tmp) / "ru"
        ingest([SHARED / "gold" / "ru" / "corpus"], ru_db)
        export(ru_db, ru_out, ["jsonl"])
        russian = run_scorer(
            SHARED / "tools" / "score_seeds.py",
            ru_out,
            ["--gold", str(SHARED / "gold" / "ru" / "gold.json"), *(["--verbose"] if verbose else [])],
        )
        plover_db, plover_out = Path(tmp) / "plover.duckdb", Path(tmp) / "plover"
        ingest([SHARED / "gold" / "plover" / "dev.jsonl"], plover_db)
        export(plover_db, plover_out, ["jsonl"])
        plover = plover_scores(plover_out, verbose)
    figures = {
        "seeds.documents_found": seeds.get("documents_found", 0),
        "seeds.boilerplate_removed": seeds.get("boilerplate", 0) - seeds.get("boilerplate_left", 0),
        "seeds.events_found": seeds.get("events_found", 0),
        "seeds.events_dated": seeds.get("events_dated", 0),
        "seeds.facts_found": seeds.get("facts_found", 0),
        "seeds.memberships_found": seeds.get("memberships_found", 0),
        "seeds.must_not_kept": seeds.get("must_not", 0) - seeds.get("must_not_violated", 0),
        "seeds.trends_hold": seeds.get("trends_hold", 0),
        "realdev.events_found": realdev.get("events_found", 0),
        "realdev.events_dated": realdev.get("events_dated", 0),
        "realdev.must_not_kept": realdev.get("must_not", 0) - realdev.get("must_not_violated", 0),
        "realdev.trends_hold": realdev.get("trends_hold", 0),
        "realdev.facts_found": realdev.get("facts_found", 0),
        "realdev.memberships_found": realdev.get("memberships_found", 0),
        "ru.events_found": russian.get("events_found", 0),
        "ru.events_dated": russian.get("events_dated", 0),
        "ru.must_not_kept": russian.get("must_not", 0) - russian.get("must_not_violated", 0),
        "ru.facts_found": russian.get("facts_found", 0),
        "ru.memberships_found": russian.get("memberships_found", 0),
        "ru.trends_hold": russian.get("trends_hold", 0),
        "plover.recall": plover["recall"],
        "plover.precision": plover["precision"],
    }
    for key, floor in floors.items():
        value = figures.get(key)
        status = "ok" if value is not None and value >= floor else "BELOW FLOOR"
        print(f"{key:32s} {value!s:>6} (floor {floor}) {status}")
        if status != "ok":
            failures.append(key)
    if failures:
        print(f"eval gate failed: {', '.join(failures)} fell below eval/baseline.json")
        return 1
    print("eval gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
