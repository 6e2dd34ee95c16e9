"""Export the store as the JSON Lines contract, plus CSV and Parquet of the same tables."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from .store import Store

EXPORT_QUERIES: dict[str, str] = {
    "documents": """
        SELECT doc_id, title, date, date_precision, body, lang, author, publisher, url, date_source,
               near_duplicate_of, near_duplicate_similarity, path, format
        FROM documents ORDER BY doc_id""",
    "events": """
        SELECT e.event_id, e.doc_id, e.source, e.target, e.code, e.date, e.date_precision, e.sentence, d.lang,
               e.goldstein, e.quad_class, e.modality, e.confidence, e.rule, e.coder
        FROM events e LEFT JOIN documents d USING (doc_id) ORDER BY e.doc_id, e.sent_idx, e.event_id""",
    "facts": """
        SELECT fact_id, doc_id, subject, quantity, unit, qualifier, topic, text, sentence
        FROM facts ORDER BY doc_id, sent_idx, fact_id""",
    "memberships": """
        SELECT doc_id, org, org_code, member, since, until, origin, sentence
        FROM memberships ORDER BY doc_id, org, member""",
    "ingest_log": "SELECT * FROM ingest_log ORDER BY log_id",
}
FORMATS = ("jsonl", "csv", "parquet", "gdelt")
DEFAULT_FORMATS = ("jsonl", "csv", "parquet")

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
    "PLOVER",
)  # fmt: skip


def _gdelt_row(event: dict, url: str | None, plover: str | None) -> list[str]:
    date = event["date"] or ""
    padded = date + "-01-01"[len(date) - 4 :] if len(date) in (4, 7) else date
    year, month, day = padded[:4], padded[5:7], padded[8:10]
    sqldate = f"{year}{month}{day}" if date else ""
    fraction = f"{int(year) + (int(month) - 1) / 12 + (int(day) - 1) / 365:.4f}" if date else ""
    source, target, code = event["source"] or "", event["target"] or "", event["code"]
    values = {
        "GLOBALEVENTID": str(int(event["event_id"][:15], 16)), "SQLDATE": sqldate,
        "MonthYear": sqldate[:6], "Year": year if date else "", "FractionDate": fraction,
        "Actor1Code": source, "Actor1Name": event["source_text"] or "", "Actor1CountryCode": source[:3],
        "Actor1Type1Code": source[3:6], "Actor2Code": target, "Actor2Name": event["target_text"] or "",
        "Actor2CountryCode": target[:3], "Actor2Type1Code": target[3:6],
        "IsRootEvent": "1" if event["sent_idx"] == 0 else "0", "EventCode": code, "EventBaseCode": code[:3],
        "EventRootCode": code[:2], "QuadClass": str(event["quad_class"]), "GoldsteinScale": str(event["goldstein"]),
        "NumMentions": "1", "NumSources": "1", "NumArticles": "1", "DATEADDED": sqldate,
        "SOURCEURL": url or event["doc_id"], "PLOVER": plover or "",
    }  # fmt: skip
    return [values.get(column, "").replace("\t", " ").replace("\n", " ") for column in GDELT_COLUMNS]


def export_gdelt(db: str | Path | None, out: str | Path) -> int:
    """GDELT 2.0-style event TSV (header row; the columns that apply are filled), with a PLOVER column."""
    from .events.cameo import load_codebook

    codebook = load_codebook()
    with Store(db, read_only=True) as store:
        relation = store.con.execute(
            "SELECT e.*, d.url FROM events e JOIN documents d USING (doc_id) ORDER BY e.date NULLS LAST, e.event_id"
        )
        columns = [c[0] for c in relation.description]
        rows = [dict(zip(columns, row, strict=True)) for row in relation.fetchall()]
    with Path(out).open("w", encoding="utf-8") as handle:
        handle.write("\t".join(GDELT_COLUMNS) + "\n")
        for event in rows:
            handle.write("\t".join(_gdelt_row(event, event["url"], codebook.plover_of(event["code"]))) + "\n")
    return len(rows)


def export(db: str | Path | None, out: str | Path, formats: Iterable[str] = DEFAULT_FORMATS) -> dict[str, int]:
    """Write every exported table to ``out`` in each format; return the row count per table."""
    formats = tuple(formats)
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown export format(s) {sorted(unknown)}; choose from {', '.join(FORMATS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    if "gdelt" in formats:
        counts["gdelt_events"] = export_gdelt(db, out / "events.gdelt.tsv")
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
