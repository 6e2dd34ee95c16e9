"""Export the store as the JSON Lines contract, plus CSV and Parquet of the same tables."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from .store import Store

EXPORT_QUERIES: dict[str, str] = {
    "documents": """
        SELECT doc_id, title, date, date_precision, body, author, publisher, url, date_source,
               near_duplicate_of, near_duplicate_similarity, path, format
        FROM documents ORDER BY doc_id""",
    "events": """
        SELECT event_id, doc_id, source, target, code, date, date_precision, sentence, goldstein, quad_class,
               modality, confidence, rule, coder
        FROM events ORDER BY doc_id, sent_idx, event_id""",
    "facts": """
        SELECT fact_id, doc_id, subject, quantity, unit, qualifier, topic, text, sentence
        FROM facts ORDER BY doc_id, sent_idx, fact_id""",
    "memberships": """
        SELECT doc_id, org, org_code, member, since, until, origin, sentence
        FROM memberships ORDER BY doc_id, org, member""",
    "ingest_log": "SELECT * FROM ingest_log ORDER BY log_id",
}
FORMATS = ("jsonl", "csv", "parquet")


def export(db: str | Path | None, out: str | Path, formats: Iterable[str] = FORMATS) -> dict[str, int]:
    """Write every exported table to ``out`` in each format; return the row count per table."""
    formats = tuple(formats)
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown export format(s) {sorted(unknown)}; choose from {', '.join(FORMATS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    with Store(db, read_only=True) as store:
        for table, query in EXPORT_QUERIES.items():
            relation = store.con.sql(query)
            columns = relation.columns
            rows = relation.fetchall()
            counts[table] = len(rows)
            if "jsonl" in formats:
                with (out / f"{table}.jsonl").open("w", encoding="utf-8") as handle:
                    for row in rows:
                        handle.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False, default=str))
                        handle.write("\n")
            for fmt, option in (("csv", "(HEADER, DELIMITER ',')"), ("parquet", "(FORMAT PARQUET)")):
                if fmt in formats:
                    target = str(out / f"{table}.{fmt}").replace("'", "''")
                    store.con.execute(f"COPY ({query}) TO '{target}' {option}")
    return counts
