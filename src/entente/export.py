"""Export the store as the JSON Lines contract, plus CSV and Parquet of the same tables."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
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
)  # fmt: skip
"""The 61 columns of the GDELT 2.0 event table, in order (GDELT Event Codebook V2.0)."""

GDELT_EXTRA_COLUMNS = ("GLOBALEVENTID", "event_id", "doc_id", "date_precision", "PLOVER")
"""The side file beside the GDELT table: Entente's ids (to join back to the other tables), how precise the
date is (GDELT has no field for it), and the PLOVER category of the event code."""

# CAMEO opens an actor code with one of these for actors that are not a state; GDELT puts the opener in
# Type1Code, the organisation in KnownGroupCode and leaves CountryCode empty (or the region, when the code
# names one: IGOEUREEC, the European Union, is region EUR, group EEC).
_NON_STATE = ("IGO", "NGO", "IMG", "MNC", "NGM")
_REGIONS = {"EUR", "AFR", "ASA", "MEA", "WST", "SAS", "SEA", "CAS", "EAF", "WAF", "NAF", "SAF", "CAF", "LAM",
            "CRB", "BLK", "BALK", "CAU", "SCN", "NMR", "PGS"}  # fmt: skip


def gdelt_actor_fields(code: str | None) -> dict[str, str]:
    """A CAMEO actor code split into GDELT's actor fields: Code, CountryCode, KnownGroupCode, Type1–3Code.

    "KAZGOV" -> country KAZ, type GOV; "IGOEAEU" -> country empty, known group EAEU (whole: organisation
    codes are not cut to three letters), type IGO; "OPP" (a role with no country) -> type OPP only."""
    from .labels import agent_names, country_name

    code = code or ""
    fields = {"Code": code, "CountryCode": "", "KnownGroupCode": "", "Type1Code": "", "Type2Code": "",
              "Type3Code": ""}  # fmt: skip
    if not code:
        return fields
    agents = agent_names()
    types: list[str] = []
    if code.startswith(_NON_STATE):
        types.append(code[:3])
        rest = code[3:]
        if rest[:3] in _REGIONS and len(rest) > 3:
            fields["CountryCode"], rest = rest[:3], rest[3:]
        # A sector after the opener (NGOHRIAMN: human rights, Amnesty) is a type; what is left is the group.
        while len(rest) > 3 and rest[:3] in agents:
            types.append(rest[:3])
            rest = rest[3:]
        fields["KnownGroupCode"] = rest
    else:
        head, rest = code[:3], code[3:]
        if head in agents and country_name(head) is None:
            rest = code  # a bare role: the coder could not tell whose
        else:
            fields["CountryCode"] = head
        for part in (rest[i : i + 3] for i in range(0, len(rest), 3)):
            if part in agents:
                types.append(part)
            elif not fields["KnownGroupCode"]:
                fields["KnownGroupCode"] = part
    for number, value in enumerate(types[:3], 1):
        fields[f"Type{number}Code"] = value
    return fields


def _gdelt_date(date: str) -> tuple[str, str, str, str]:
    """SQLDATE, MonthYear, Year and FractionDate of an ISO date; a year- or month-precise date is placed on
    its first day (the side file keeps the precision)."""
    from datetime import date as Date

    padded = (date + "-01-01"[len(date) - 4 :]) if len(date) in (4, 7) else date[:10]
    day = Date.fromisoformat(padded)
    # GDELT: YYYY.FFFF, the share of the year gone by that day.
    fraction = day.year + (day.timetuple().tm_yday - 1) / 365
    return day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"


def _gdelt_row(event: dict, names: tuple[str, str]) -> list[str]:
    sqldate, month_year, year, fraction = _gdelt_date(event["date"])
    code = event["code"]
    values = {
        "GLOBALEVENTID": str(gdelt_event_id(event["event_id"])), "SQLDATE": sqldate, "MonthYear": month_year,
        "Year": year, "FractionDate": fraction,
        # The lead sentence stands in for GDELT's lead paragraph.
        "IsRootEvent": "1" if event["sent_idx"] == 0 else "0", "EventCode": code, "EventBaseCode": code[:3],
        "EventRootCode": code[:2], "QuadClass": str(event["quad_class"]),
        "GoldsteinScale": f"{float(event['goldstein']):.1f}",
        # One article, one mention: reports of the same event in other articles are separate rows
        # (`entente stories` groups them).
        "NumMentions": "1", "NumSources": "1", "NumArticles": "1",
        # No tone is measured: GDELT's AvgTone is a dictionary score of the whole article, which Entente
        # does not compute; the field stays empty rather than hold a made-up number.
        "AvgTone": "",
        # No geocoding: GDELT's 0 means no location.
        "Actor1Geo_Type": "0", "Actor2Geo_Type": "0", "ActionGeo_Type": "0",
        "DATEADDED": event["ingested_at"].strftime("%Y%m%d%H%M%S") if event["ingested_at"] else "",
        # Only a real URL: a file path on the ingesting machine means nothing to the reader of the export.
        "SOURCEURL": event["url"] or "",
    }  # fmt: skip
    for number, column, name in ((1, "source", names[0]), (2, "target", names[1])):
        for field, value in gdelt_actor_fields(event[column]).items():
            values[f"Actor{number}{field}"] = value
        values[f"Actor{number}Name"] = name if event[column] else ""
    return [" ".join(values.get(column, "").split()) for column in GDELT_COLUMNS]


def gdelt_event_id(event_id: str) -> int:
    """GLOBALEVENTID of an Entente event id: its first 15 hex digits as a number (fits a signed 64-bit int)."""
    return int(event_id[:15], 16)


def _people(store: Store) -> dict[tuple[str, str], list[tuple[int, str]]]:
    """(doc_id, actor code) -> the people's names the document matched with that code, with their character
    offset, in order: whom a "he" or "him" stands for."""
    rows = store.con.execute(
        "SELECT doc_id, code, start_char, text FROM actors WHERE kind = 'person' ORDER BY doc_id, start_char"
    ).fetchall()
    found: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for doc_id, code, start, text in rows:
        found.setdefault((doc_id, code), []).append((start, text))
    return found


def _name(event: dict, role: str, people: dict[tuple[str, str], list[tuple[int, str]]]) -> str:
    """The actor's name as the article wrote it, detokenised; for a pronoun, the last person's name the
    document matched for the same code before the pronoun ("called Tokayev to congratulate him" -> "Tokayev"),
    else the code's readable name ("their" -> "Kazakhstan"): never a pronoun."""
    from .labels import actor_name

    code, text = event[role], event[f"{role}_text"]
    name = actor_name(text, code)
    if not code or actor_name(text, None) != "" or not text:
        return name  # not a pronoun (or no actor)
    found = re.search(rf"\b{re.escape(text.split()[0])}\b", event["sentence"] or "", re.IGNORECASE)
    before = (event["sentence_start"] or 0) + (found.start() if found else len(event["sentence"] or ""))
    earlier = [t for start, t in people.get((event["doc_id"], code), []) if start < before and actor_name(t, None)]
    return actor_name(earlier[-1], code) if earlier else name


def export_gdelt(db: str | Path | None, out: str | Path) -> tuple[int, int]:
    """The events as a GDELT 2.0 event table: tab-separated, no header, the 61 columns of the GDELT Event
    Codebook V2.0, so any GDELT loader reads it; and a side file ``<name>.extra.tsv`` (with a header) with
    Entente's ids, the date's precision and the PLOVER category of each row.

    Undated events are left out (GDELT has no undated events). Returns (rows written, undated left out).
    """
    from .events.cameo import load_codebook

    codebook = load_codebook()
    with Store(db, read_only=True) as store:
        relation = store.con.execute(
            "SELECT e.*, d.url, d.ingested_at, s.start_char AS sentence_start FROM events e "
            "JOIN documents d USING (doc_id) LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.sent_idx = e.sent_idx "
            "ORDER BY e.date NULLS LAST, e.event_id"
        )
        columns = [c[0] for c in relation.description]
        rows = [dict(zip(columns, row, strict=True)) for row in relation.fetchall()]
        people = _people(store)
    dated = [row for row in rows if row["date"]]
    path = Path(out)
    extra = path.with_name(path.name.removesuffix(".tsv") + ".extra.tsv")
    with path.open("w", encoding="utf-8") as table, extra.open("w", encoding="utf-8") as side:
        side.write("\t".join(GDELT_EXTRA_COLUMNS) + "\n")
        for event in dated:
            names = (_name(event, "source", people), _name(event, "target", people))
            table.write("\t".join(_gdelt_row(event, names)) + "\n")
            side.write("\t".join([str(gdelt_event_id(event["event_id"])), event["event_id"], event["doc_id"],
                                  event["date_precision"] or "", codebook.plover_of(event["code"]) or ""]) + "\n")
    return len(dated), len(rows) - len(dated)


@dataclass(frozen=True)
class Written:
    """One file an export wrote."""

    path: Path
    table: str
    rows: int
    note: str = ""


def export_files(db: str | Path | None, out: str | Path, formats: Iterable[str] = DEFAULT_FORMATS) -> list[Written]:
    """Write every exported table to ``out`` in each format; return the files written, in order."""
    formats = tuple(formats)
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown export format(s) {sorted(unknown)}; choose from {', '.join(FORMATS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Written] = []
    tables = [f for f in formats if f in ("jsonl", "csv", "parquet")]
    if tables:
        with Store(db, read_only=True) as store:
            for table, query in EXPORT_QUERIES.items():
                relation = store.con.sql(query)
                columns = relation.columns
                rows = relation.fetchall()
                if "jsonl" in tables:
                    path = out / f"{table}.jsonl"
                    with path.open("w", encoding="utf-8") as handle:
                        for row in rows:
                            handle.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False,
                                                    default=str))  # fmt: skip
                            handle.write("\n")
                    written.append(Written(path, table, len(rows)))
                for fmt, option in (("csv", "(HEADER, DELIMITER ',')"), ("parquet", "(FORMAT PARQUET)")):
                    if fmt in tables:
                        path = out / f"{table}.{fmt}"
                        target = str(path).replace("'", "''")
                        store.con.execute(f"COPY ({query}) TO '{target}' {option}")
                        written.append(Written(path, table, len(rows)))
    if "gdelt" in formats:
        path = out / "events.gdelt.tsv"
        rows_written, undated = export_gdelt(db, path)
        note = f"{undated} undated event(s) left out: GDELT has no undated events" if undated else ""
        written.append(Written(path, "gdelt_events", rows_written, note))
        written.append(Written(path.with_name("events.gdelt.extra.tsv"), "gdelt_events", rows_written))
    return written


def export(db: str | Path | None, out: str | Path, formats: Iterable[str] = DEFAULT_FORMATS) -> dict[str, int]:
    """Write every exported table to ``out`` in each format; return the row count of each table written
    (``gdelt_events`` for the GDELT table)."""
    return {w.table: w.rows for w in export_files(db, out, formats)}
