from __future__ import annotations

import gzip
import json
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from entente.errors import InputError
from entente.ingest import ReadLimits, decode_bytes, read_all
from entente.records import RawDocument, Skipped

from ..conftest import ARTICLE, write


def _read(path: Path) -> list[RawDocument | Skipped]:
    return list(read_all([path]))


def test_text_file_becomes_one_document_named_by_file(tmp_path: Path) -> None:
    [doc] = _read(write(tmp_path / "a.txt", ARTICLE))
    assert isinstance(doc, RawDocument)
    assert doc.doc_id == "a.txt" and doc.content == ARTICLE and not doc.is_html


def test_folder_is_read_recursively_in_sorted_order_with_ids_relative_to_it(tmp_path: Path) -> None:
    write(tmp_path / "b" / "z.txt", ARTICLE)
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b" / "c.html", f"<html><body><p>{ARTICLE}</p></body></html>")
    ids = [d.doc_id for d in _read(tmp_path)]
    assert ids == ["a.txt", "b/c.html", "b/z.txt"]


def test_html_file_is_marked_html(tmp_path: Path) -> None:
    [doc] = _read(write(tmp_path / "p.htm", f"<html><body><p>{ARTICLE}</p></body></html>"))
    assert isinstance(doc, RawDocument) and doc.is_html and doc.format == "html"


def test_utf8_bom_is_removed(tmp_path: Path) -> None:
    [doc] = _read(write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode()))
    assert isinstance(doc, RawDocument) and doc.content == ARTICLE and doc.encoding == "utf-8-sig"


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    [doc] = _read(write(tmp_path / "u16.txt", ARTICLE.encode("utf-16")))
    assert isinstance(doc, RawDocument) and doc.content == ARTICLE


def test_cp1251_is_detected_not_guessed(tmp_path: Path) -> None:
    russian = "Министерство иностранных дел Казахстана заявило, что страна не признает результаты референдума. " * 3
    [doc] = _read(write(tmp_path / "ru.txt", russian.encode("cp1251")))
    assert isinstance(doc, RawDocument)
    assert doc.content == russian and doc.encoding == "cp1251"


def test_binary_bytes_are_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "x.png")


def test_jsonl_reads_text_and_html_lines_with_metadata(tmp_path: Path) -> None:
    lines = [
        {"id": "one", "text": ARTICLE, "title": "T", "date": "2014-03-01", "url": "https://x", "source": "Wire"},
        {"id": "two", "html": f"<p>{ARTICLE}</p>"},
    ]
    path = write(tmp_path / "a.jsonl", "\n".join(json.dumps(x) for x in lines))
    one, two = _read(path)
    assert isinstance(one, RawDocument) and isinstance(two, RawDocument)
    assert (one.doc_id, one.title, one.date, one.url, one.publisher, one.line) == (
        "one",
        "T",
        "2014-03-01",
        "https://x",
        "Wire",
        1,
    )
    assert two.is_html and two.line == 2


def test_jsonl_malformed_line_is_skipped_with_its_line_number(tmp_path: Path) -> None:
    good = json.dumps({"id": "g", "text": ARTICLE})
    path = write(tmp_path / "mixed.jsonl", f"{good}\n{{not json\n{json.dumps({'id': 'e'})}\n")
    results = _read(path)
    assert [type(r).__name__ for r in results] == ["RawDocument", "Skipped", "Skipped"]
    assert results[1].line == 2 and "not valid JSON" in results[1].reason  # type: ignore[union-attr]
    assert results[2].line == 3 and "no 'text' or 'html'" in results[2].reason  # type: ignore[union-attr]


def test_jsonl_oversized_line_is_skipped(tmp_path: Path) -> None:
    path = write(tmp_path / "big.jsonl", json.dumps({"id": "b", "text": "x" * 5000}) + "\n")
    [skip] = read_all([path], ReadLimits(max_line_bytes=1000))
    assert isinstance(skip, Skipped) and skip.line == 1 and "longer than" in skip.reason


def _warc(path: Path, pages: dict[str, str], broken_tail: bool = False) -> Path:
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    text_headers = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://x/robots.txt", "response", payload=BytesIO(b"User-agent: *"), http_headers=text_headers
        )
    )
    for url, html in pages.items():
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=BytesIO(html.encode()), http_headers=headers)
        )
    data = buffer.getvalue()
    if broken_tail:
        data += gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\ngarbage")
    return write(path, data)


def test_warc_yields_html_responses_only(tmp_path: Path) -> None:
    path = _warc(tmp_path / "crawl.warc.gz", {"https://x/a": f"<html><body><p>{ARTICLE}</p></body></html>"})
    [doc] = _read(path)
    assert isinstance(doc, RawDocument)
    assert doc.is_html and doc.url == "https://x/a" and doc.doc_id == "crawl.warc.gz#2"


def test_warc_broken_record_keeps_earlier_records(tmp_path: Path) -> None:
    path = _warc(tmp_path / "b.warc.gz", {"https://x/a": f"<html><body><p>{ARTICLE}</p></body></html>"}, True)
    results = _read(path)
    assert isinstance(results[0], RawDocument)
    assert isinstance(results[-1], Skipped) and "broken web archive record" in results[-1].reason


def test_empty_binary_and_truncated_files_are_skipped_with_reasons(tmp_path: Path) -> None:
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "blob.txt", bytes(range(256)) * 10)
    write(tmp_path / "cut.html", "<!DOCTYPE html><html><head><title>x</title></head><body><p>Half a pa")
    write(tmp_path / "notes.pdf", b"%PDF-1.4")
    reasons = {Path(r.path).name: r.reason for r in _read(tmp_path) if isinstance(r, Skipped)}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["blob.txt"]
    assert "truncated HTML" in reasons["cut.html"]
    assert "unsupported file type" in reasons["notes.pdf"]


def test_file_over_size_limit_is_skipped(tmp_path: Path) -> None:
    path = write(tmp_path / "huge.txt", ARTICLE * 100)
    [skip] = read_all([path], ReadLimits(max_file_bytes=1000))
    assert isinstance(skip, Skipped) and "too large" in skip.reason


def test_missing_path_is_skipped_not_raised(tmp_path: Path) -> None:
    [skip] = _read(tmp_path / "nope")
    assert isinstance(skip, Skipped) and "no such file" in skip.reason
