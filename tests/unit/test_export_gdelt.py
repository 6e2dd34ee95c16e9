"""The GDELT export is a GDELT 2.0 event table a GDELT loader reads: 61 columns, GDELT's types and actor
conventions, names as written (never a pronoun), the ingest time and the article URL."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from typer.testing import CliRunner

from entente import export, ingest
from entente.cli import app
from entente.export import export_files, gdelt_actor_fields

from ..conftest import write

# The GDELT 2.0 event table, as the GDELT Event Codebook V2.0 lists it (written out here, not imported, so
# the test checks the export against the codebook rather than against itself).
GDELT_2_COLUMNS = [
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
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]  # fmt: skip
assert len(GDELT_2_COLUMNS) == 61
# GDELT's types (codes are strings: "051" keeps its zero).
DTYPES = {
    "GLOBALEVENTID": "int64", "SQLDATE": "int64", "MonthYear": "int64", "Year": "int64", "FractionDate": "float64",
    "IsRootEvent": "int64", "QuadClass": "int64", "GoldsteinScale": "float64", "NumMentions": "int64",
    "NumSources": "int64", "NumArticles": "int64", "AvgTone": "float64", "Actor1Geo_Type": "int64",
    "Actor2Geo_Type": "int64", "ActionGeo_Type": "int64", "DATEADDED": "int64",
    **{c: "string" for c in GDELT_2_COLUMNS if c.endswith("Code") or c.endswith("Name") or c == "SOURCEURL"},
}  # fmt: skip

WIRE = [
    {"id": "w1", "date": "2019-03-20", "url": "https://example.org/2019/tokayev",
     "text": "Russian President Vladimir Putin called Tokayev to congratulate him and praised Nazarbayev's role in "
             "building the Eurasian Economic Union."},
    {"id": "w2", "date": "2022-01-06",
     "text": "President Kassym-Jomart Tokayev asked the Collective Security Treaty Organization to send troops to "
             "Kazakhstan."},
    {"id": "w3", "date": "2021-11-09", "text": "Poland's foreign minister sharply criticized Belarus over the crisis on the border."},
]  # fmt: skip


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("gdelt")
    write(folder / "in" / "wire.jsonl", "\n".join(json.dumps(r) for r in WIRE) + "\n")
    write(folder / "in" / "undated.txt", "Belarus sharply criticized Russia over the gas price dispute.")
    db = folder / "g.duckdb"
    ingest([folder / "in"], db)
    return db


@pytest.fixture(scope="module")
def table(store: Path) -> pd.DataFrame:
    out = store.parent / "out"
    export(store, out, ["gdelt"])
    return pd.read_csv(out / "events.gdelt.tsv", sep="\t", header=None, names=GDELT_2_COLUMNS, dtype=DTYPES,
                       keep_default_na=False, na_values={c: [""] for c in DTYPES if DTYPES[c] == "float64"})  # fmt: skip


def _row(table: pd.DataFrame, event_code: str) -> pd.Series:
    [row] = [r for _, r in table.iterrows() if r["EventCode"] == event_code]
    return row


def test_the_table_loads_with_gdelt_2_columns_and_types(table: pd.DataFrame) -> None:
    assert len(table) == 3  # the undated event is left out: GDELT has no undated events
    assert table["SQLDATE"].between(19000101, 21001231).all()
    assert all(len(str(d)) == 8 for d in table["SQLDATE"])
    assert (table["MonthYear"] == table["SQLDATE"] // 100).all() and (table["Year"] == table["SQLDATE"] // 10000).all()
    assert ((table["FractionDate"] >= table["Year"]) & (table["FractionDate"] < table["Year"] + 1)).all()
    assert table["GoldsteinScale"].between(-10, 10).all()
    assert table["QuadClass"].isin([1, 2, 3, 4]).all()
    assert table["EventRootCode"].str.fullmatch(r"\d\d").all()
    assert table["EventBaseCode"].str.fullmatch(r"\d{3}").all()
    assert all(code.startswith(base) and base.startswith(root) for code, base, root in
               zip(table["EventCode"], table["EventBaseCode"], table["EventRootCode"], strict=True))  # fmt: skip
    assert table["IsRootEvent"].isin([0, 1]).all()
    assert table["AvgTone"].isna().all()  # documented as not measured, never a made-up number
    assert (table["Actor1Geo_Type"] == 0).all()  # GDELT's "no location"


def test_dateadded_is_the_ingest_time_and_sourceurl_only_a_real_url(store: Path, table: pd.DataFrame) -> None:
    with duckdb.connect(str(store), read_only=True) as con:
        ingested = {d: t.strftime("%Y%m%d%H%M%S") for d, t in con.execute("SELECT doc_id, ingested_at FROM documents").fetchall()}
    assert {str(v) for v in table["DATEADDED"]} == {ingested["w1"]}  # one ingest run: one time
    assert str(table["DATEADDED"].iloc[0]) != str(table["SQLDATE"].iloc[0])
    assert _row(table, "051")["SOURCEURL"] == "https://example.org/2019/tokayev"
    # No URL known: empty, never the document id or a path of the ingesting machine.
    assert pd.isna(_row(table, "111")["SOURCEURL"]) or _row(table, "111")["SOURCEURL"] == ""


def test_igo_actors_are_coded_the_gdelt_way(table: pd.DataFrame) -> None:
    row = _row(table, "0234")
    assert (row["Actor2Code"], row["Actor2KnownGroupCode"], row["Actor2Type1Code"]) == ("IGOCSTO", "CSTO", "IGO")
    assert pd.isna(row["Actor2CountryCode"]) or row["Actor2CountryCode"] == ""
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == ("KAZGOV", "KAZ", "GOV")


def test_actor_fields_keep_whole_codes() -> None:
    assert gdelt_actor_fields("IGOEAEU")["KnownGroupCode"] == "EAEU"  # not cut to three letters
    eu = gdelt_actor_fields("IGOEUREEC")
    assert (eu["CountryCode"], eu["KnownGroupCode"], eu["Type1Code"]) == ("EUR", "EEC", "IGO")
    amnesty = gdelt_actor_fields("NGOHRIAMN")
    assert (amnesty["Type1Code"], amnesty["Type2Code"], amnesty["KnownGroupCode"]) == ("NGO", "HRI", "AMN")
    assert gdelt_actor_fields("RUSMILREB") == {"Code": "RUSMILREB", "CountryCode": "RUS", "KnownGroupCode": "",
                                                "Type1Code": "MIL", "Type2Code": "REB", "Type3Code": ""}  # fmt: skip
    bare = gdelt_actor_fields("OPP")
    assert (bare["CountryCode"], bare["Type1Code"]) == ("", "OPP")


def test_names_are_written_text_and_never_a_pronoun(table: pd.DataFrame) -> None:
    assert _row(table, "111")["Actor1Name"] == "Poland's foreign minister"
    praise = _row(table, "051")
    assert praise["Actor2Code"] == "KAZGOV" and praise["Actor2Name"] == "Tokayev"  # "him": whom it stands for
    pronouns = {"he", "him", "his", "she", "her", "it", "its", "they", "them", "their"}
    for name in [*table["Actor1Name"], *table["Actor2Name"]]:
        assert name.split()[0].lower() not in pronouns and " 's" not in name, name


def test_the_side_file_joins_rows_back_to_entente(store: Path, table: pd.DataFrame) -> None:
    side = pd.read_csv(store.parent / "out" / "events.gdelt.extra.tsv", sep="\t", dtype={"event_id": "string"})
    assert list(side["GLOBALEVENTID"]) == list(table["GLOBALEVENTID"])
    assert set(side["doc_id"]) == {"w1", "w2", "w3"} and set(side["date_precision"]) == {"day"}
    assert dict(zip(side["doc_id"], side["PLOVER"], strict=True))["w3"] == "ACCUSE"


def test_the_export_message_lists_only_the_files_written(store: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", "--db", str(store), "--out", str(tmp_path / "x"), "--format", "gdelt"])
    assert result.exit_code == 0, result.output
    assert "events.gdelt.tsv" in result.stdout and "undated" in result.stdout
    assert "documents" not in result.stdout and "jsonl" not in result.stdout
    written = {p.name for p in (tmp_path / "x").iterdir()}
    assert written == {"events.gdelt.tsv", "events.gdelt.extra.tsv"}
    files = export_files(store, tmp_path / "y", ["jsonl"])
    assert {w.path.name for w in files} == {p.name for p in (tmp_path / "y").iterdir()}
