"""Property-based fuzzing of the readers and the cleaner: arbitrary input never crashes them."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entente.clean import clean_document, load_rules, split_sentences
from entente.clean.text import clean_paragraphs, split_paragraphs
from entente.errors import InputError
from entente.records import RawDocument, Skipped
from entente.sources import ReadLimits, decode_bytes, read_jsonl

RULES = load_rules()
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


@FUZZ
@given(st.binary(max_size=3000))
def test_decoding_arbitrary_bytes_returns_text_or_a_clear_error(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data, "fuzz.bin")
    except InputError as exc:
        assert "fuzz.bin" in str(exc)
    else:
        assert isinstance(text, str) and encoding


@FUZZ
@given(st.text(max_size=3000))
def test_cleaning_arbitrary_text_never_crashes(text: str) -> None:
    result = clean_paragraphs(split_paragraphs(text), RULES)
    for paragraph in result.paragraphs:
        assert paragraph.strip()
    body = "\n\n".join(result.paragraphs)
    assert all(body[s.start : s.end] == s.text for s in split_sentences(body))


@FUZZ
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcdivp&;#!-\n")), max_size=2000))
def test_cleaning_arbitrary_html_never_crashes(markup: str) -> None:
    raw = RawDocument("f.html", "f.html", "html", markup, is_html=True, raw_sha256="x")
    assert isinstance(clean_document(raw, RULES), (Skipped, object))


@FUZZ
@given(st.lists(st.one_of(st.binary(max_size=200), st.builds(json.dumps, st.dictionaries(st.text(max_size=5),
       st.one_of(st.text(max_size=50), st.integers(), st.none()), max_size=4)).map(str.encode)), max_size=20))  # fmt: skip
def test_jsonl_reader_survives_any_lines(tmp_path_factory, lines: list[bytes]) -> None:  # type: ignore[no-untyped-def]
    path = Path(tmp_path_factory.mktemp("fuzz")) / "f.jsonl"
    path.write_bytes(b"\n".join(line.replace(b"\n", b" ") for line in lines))
    for item in read_jsonl(path, ReadLimits()):
        assert isinstance(item, (RawDocument, Skipped))
        if isinstance(item, Skipped):
            assert item.line is not None and item.reason
