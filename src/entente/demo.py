"""The bundled demo corpus: short articles written for Entente, in every supported format."""

from __future__ import annotations

import shlex
from importlib import resources
from pathlib import Path

from .store import Store


def demo_corpus_path() -> Path:
    """The folder holding the demo articles (inside the installed package)."""
    return Path(str(resources.files("entente") / "data" / "demo"))


def next_commands(db: str | Path) -> list[str]:
    """Three commands to try after the demo, on the store it built, each with a comment: events with their
    evidence, why one of them was coded (an id from this store), and the dashboard."""
    where = shlex.quote(str(db))
    with Store(db, read_only=True) as store:
        row = store.con.execute(
            "SELECT event_id FROM events WHERE starts_with(source, 'KAZ') AND target <> '' "
            "ORDER BY date NULLS LAST, event_id LIMIT 1"
        ).fetchone()
    commands = [f"entente events --source KAZ --db {where}    # what Kazakhstan did, with the sentences"]
    if row is not None:
        commands.append(f"entente why {row[0]} --db {where}    # why that event was coded")
    commands.append(f"entente serve --db {where}    # the dashboard, at http://127.0.0.1:8000/")
    return commands
