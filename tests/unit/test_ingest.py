from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from entente.errors import InputError
from entente.records import RawDocument, Skipped
from entente.sources import ReadLimits, decode_bytes, read_all

from ..conftest import ARTICLE, SECOND, write
from ..reliability.hostilecorpus import without_root_reads


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


# --- hostile input: every reader fails alone, nothing leaves the folder, every odd entry is logged ---------


def _skips(path: Path, root: Path | None = None) -> dict[str, Skipped]:
    return {Path(r.path).name: r for r in read_all([path], root=root) if isinstance(r, Skipped)}


def test_a_warc_gz_cut_to_96_bytes_is_skipped_not_raised(tmp_path: Path) -> None:
    whole = _warc(tmp_path / "whole.warc.gz", {"https://x/a": f"<html><body><p>{ARTICLE}</p></body></html>"})
    cut = write(tmp_path / "cut" / "cut.warc.gz", whole.read_bytes()[:96])
    [skip] = _read(cut)
    assert isinstance(skip, Skipped) and "unreadable web archive" in skip.reason and skip.line == 1


def test_random_bytes_named_warc_gz_are_skipped(tmp_path: Path) -> None:
    [skip] = _read(write(tmp_path / "noise.warc.gz", gzip.compress(bytes(range(256)) * 8)))
    assert isinstance(skip, Skipped) and "web archive" in skip.reason


def test_a_jsonl_line_nested_too_deeply_is_skipped_with_its_line(tmp_path: Path) -> None:
    deep = "[" * 200_000 + "]" * 200_000
    path = write(tmp_path / "deep.jsonl", f"{deep}\n{json.dumps({'id': 'ok', 'text': ARTICLE})}\n")
    skip, good = _read(path)
    assert isinstance(skip, Skipped) and skip.line == 1 and "JSON" in skip.reason
    assert isinstance(good, RawDocument) and good.doc_id == "ok"


def test_empty_jsonl_lines_are_logged_as_skipped(tmp_path: Path) -> None:
    path = write(tmp_path / "gaps.jsonl", f"{json.dumps({'id': 'a', 'text': ARTICLE})}\n\n   \n")
    results = _read(path)
    assert [r.line for r in results if isinstance(r, Skipped)] == [2, 3]
    assert all("empty line" in r.reason for r in results if isinstance(r, Skipped))


def test_an_impossible_jsonl_date_is_ignored_with_a_note(tmp_path: Path) -> None:
    lines = [{"id": "bad", "text": ARTICLE, "date": "2014-13-45"}, {"id": "good", "text": ARTICLE, "date": "2014-12-31"}]
    bad, good = _read(write(tmp_path / "dated.jsonl", "\n".join(json.dumps(x) for x in lines)))
    assert isinstance(bad, RawDocument) and bad.date is None and "ignored 'date' '2014-13-45'" in (bad.note or "")
    assert isinstance(good, RawDocument) and good.date == "2014-12-31" and good.note is None


def test_one_file_name_in_two_folders_gives_two_ids(tmp_path: Path) -> None:
    write(tmp_path / "a" / "same.txt", ARTICLE)
    write(tmp_path / "b" / "same.txt", SECOND)
    assert [d.doc_id for d in _read(tmp_path)] == ["a/same.txt", "b/same.txt"]


def test_a_symlink_loop_is_refused_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "one.txt").symlink_to(tmp_path / "two.txt")
    (tmp_path / "two.txt").symlink_to(tmp_path / "one.txt")
    skips = _skips(tmp_path)
    assert "symlink loop" in skips["one.txt"].reason and "symlink loop" in skips["two.txt"].reason


def test_a_symlink_out_of_the_folder_is_refused_and_never_read(tmp_path: Path) -> None:
    secret = write(tmp_path / "outside" / "secret.txt", "Secret: " + ARTICLE)
    folder = tmp_path / "data"
    write(folder / "news.txt", SECOND)
    (folder / "passwd.txt").symlink_to(secret)
    (folder / "elsewhere").symlink_to(secret.parent, target_is_directory=True)
    results = _read(folder)
    assert [d.doc_id for d in results if isinstance(d, RawDocument)] == ["news.txt"]
    skips = _skips(folder)
    assert "leads outside the folder" in skips["passwd.txt"].reason
    assert "leads outside the folder" in skips["elsewhere"].reason


def test_a_symlink_inside_the_folder_is_read(tmp_path: Path) -> None:
    write(tmp_path / "real" / "a.txt", ARTICLE)
    (tmp_path / "alias.txt").symlink_to(tmp_path / "real" / "a.txt")
    docs = [d for d in _read(tmp_path) if isinstance(d, RawDocument)]
    assert [d.doc_id for d in docs] == ["alias.txt", "real/a.txt"] and docs[0].raw_sha256 == docs[1].raw_sha256


def test_a_fifo_and_a_folder_named_like_a_file_are_logged_and_nothing_blocks(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    write(tmp_path / "folder.txt" / "inside.txt", ARTICLE)
    results = _read(tmp_path)
    skips = {Path(r.path).name: r.reason for r in results if isinstance(r, Skipped)}
    assert "named pipe" in skips["pipe.txt"] and "a folder named like a .txt file" in skips["folder.txt"]
    assert [d.doc_id for d in results if isinstance(d, RawDocument)] == ["folder.txt/inside.txt"]
    [given] = _read(tmp_path / "pipe.txt")
    assert isinstance(given, Skipped) and "named pipe" in given.reason


def test_a_file_unreadable_by_permissions_is_skipped_with_the_reason(tmp_path: Path) -> None:
    folder = Path(tempfile.mkdtemp(prefix="entente-locked-"))
    try:
        locked = write(folder / "locked.txt", ARTICLE)
        locked.chmod(0o000)
        command, holds = without_root_reads([sys.executable, "-c", (
            "import sys; from entente.sources import read_all; "
            "print('\\n'.join(getattr(r, 'reason', 'READ') for r in read_all([sys.argv[1]])))"
        ), str(locked)])  # fmt: skip
        if not holds:
            pytest.skip("running as root without setpriv: no file is unreadable")
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
        assert done.stdout.strip() == "cannot read: Permission denied"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_with_a_root_inputs_outside_it_are_refused_and_ids_are_relative_to_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write(data / "inner" / "a.txt", ARTICLE)
    outside = write(tmp_path / "b.txt", SECOND)
    results = list(read_all([data / "inner", outside], root=data))
    assert isinstance(results[0], RawDocument) and results[0].doc_id == "inner/a.txt"
    assert isinstance(results[1], Skipped) and "outside the data folder" in results[1].reason


def test_text_over_the_cap_is_truncated_with_a_note_and_hashed_whole(tmp_path: Path) -> None:
    body = (ARTICLE + " ") * 2000
    path = write(tmp_path / "long.txt", body)
    [doc] = read_all([path], ReadLimits(max_doc_chars=1000, max_html_chars=1000))
    assert isinstance(doc, RawDocument) and 900 < len(doc.content) <= 1000
    assert doc.content == body[: len(doc.content)] and doc.content.endswith(" "), "cut between words"
    assert "truncated: the first" in (doc.note or "") and f"a {len(body) / 1e6:.1f} MB file" in (doc.note or "")
    assert doc.raw_sha256 == hashlib.sha256(body.encode()).hexdigest()


def test_a_multibyte_character_cut_at_the_head_is_not_reported_as_broken(tmp_path: Path) -> None:
    path = write(tmp_path / "ru.txt", "а" + "Жж " * 2000)
    [doc] = read_all([path], ReadLimits(max_doc_chars=100, max_html_chars=100))
    assert isinstance(doc, RawDocument) and doc.encoding == "utf-8"
    assert "invalid UTF-8" not in (doc.note or "") and "truncated" in (doc.note or "")


def test_a_huge_page_is_checked_for_completeness_at_its_real_end(tmp_path: Path) -> None:
    page = "<!DOCTYPE html><html><body><p>" + (ARTICLE + " ") * 500 + "</p></body></html>"
    limits = ReadLimits(max_doc_chars=1000, max_html_chars=2000)
    [whole] = read_all([write(tmp_path / "whole.html", page)], limits)
    [cut] = read_all([write(tmp_path / "cut.html", page[:-30])], limits)
    assert isinstance(whole, RawDocument) and "truncated" in (whole.note or "") and len(whole.content) <= 2000
    assert isinstance(cut, Skipped) and "truncated HTML" in cut.reason


def test_ids_are_relative_to_a_root_given_through_a_symlink(tmp_path: Path) -> None:
    write(tmp_path / "real" / "inner" / "a.txt", ARTICLE)
    (tmp_path / "alias").symlink_to(tmp_path / "real", target_is_directory=True)
    for given, root in ((tmp_path / "alias" / "inner", tmp_path / "alias"),
                        (tmp_path / "real" / "inner", tmp_path / "alias"),
                        (tmp_path / "alias" / "inner" / "a.txt", tmp_path / "real")):  # fmt: skip
        [doc] = read_all([given], root=root)
        assert isinstance(doc, RawDocument) and doc.doc_id == "inner/a.txt", (given, root)
