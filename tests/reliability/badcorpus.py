"""A corpus generator for robustness tests: good articles mixed with about 1 % of bad inputs of every kind."""

from __future__ import annotations

import gzip
import json
import random
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

COUNTRIES = ["Kazakhstan", "Russia", "Belarus", "Ukraine", "China", "Turkey", "Armenia", "Georgia", "Poland"]
VERBS = ["criticized", "praised", "met", "accused", "thanked", "warned", "visited", "supported"]


def good_article(rng: random.Random, number: int) -> str:
    sentences = []
    for _ in range(rng.randint(3, 6)):
        a, b = rng.sample(COUNTRIES, 2)
        sentences.append(f"Officials said {a} {rng.choice(VERBS)} {b} on the {number % 27 + 1}th over trade and transit "
                         f"routes, according to report number {number}.")  # fmt: skip
    return " ".join(sentences)


def make(folder: Path, good: int = 1000, seed: int = 5, huge_mb: int = 100) -> dict[str, int]:
    """Write the corpus; return how many good articles and bad inputs it holds."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    articles = [good_article(rng, n) for n in range(good)]
    # Good articles: most in JSON Lines, some as text and HTML files.
    split = good - 40
    with (folder / "wire.jsonl").open("w", encoding="utf-8") as handle:
        for n, text in enumerate(articles[:split]):
            handle.write(json.dumps({"id": f"good-{n}", "text": text}) + "\n")
            if n == min(100, split // 3):
                handle.write('{"id": "bad-json", "text": "unterminated\n')
            if n == min(200, 2 * split // 3):
                handle.write(json.dumps({"id": "oversized", "text": "x" * 11_000_000}) + "\n")
    for n, text in enumerate(articles[split:], start=split):
        if n % 2:
            (folder / f"good-{n}.txt").write_text(text, encoding="utf-8")
        else:
            (folder / f"good-{n}.html").write_text(f"<html><body><article><p>{text}</p></article></body></html>")
    # Encodings that are awkward but readable: stored, with the encoding recorded.
    russian = "Министерство иностранных дел Казахстана заявило, что переговоры с Россией продолжатся. "
    (folder / "cp1251.txt").write_bytes((russian * 3 + articles[0]).encode("cp1251"))
    (folder / "utf16.txt").write_bytes(articles[1].encode("utf-16"))
    # Bad inputs: each must be logged with its reason, none may stop the run.
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(rng.getrandbits(8) for _ in range(4096)) + b"\x00" * 64)
    (folder / "truncated.html").write_text("<!DOCTYPE html><html><body><p>Kazakhstan and Russia agreed to")
    (folder / "nested.html").write_text("<html><body>" + "<div>" * 50_000 + "x" + "</div>" * 50_000 + "</body></html>")
    (folder / "invalid-utf8.txt").write_bytes(
        articles[4].encode()[:60] + b"\xc3\x28" + articles[4].encode()[60:] + b"\xe2\x82"
    )
    (folder / "garbage.txt").write_bytes(b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc\x80\xbf\xfe" * 300)
    (folder / "not-gzip.warc.gz").write_bytes(b"this is not gzip at all" * 10)
    with (folder / "huge.txt").open("wb") as handle:
        chunk = (articles[2] + "\n").encode() * 1000
        for _ in range(max(1, huge_mb * 1_000_000 // len(chunk))):
            handle.write(chunk)
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://example.org/ok", "response", http_headers=headers,
        payload=BytesIO(f"<html><body><p>{articles[3]}</p></body></html>".encode()),
    ))  # fmt: skip
    broken = buffer.getvalue() + gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\nbroken")
    (folder / "crawl.warc.gz").write_bytes(broken)
    bad = {"bad-json": 1, "oversized": 1, "empty": 1, "binary": 1, "truncated": 1, "nested": 1, "garbage": 1,
           "not-gzip": 1, "huge": 1, "warc-broken-record": 1}  # fmt: skip
    # Stored: the good articles, the two odd encodings, the WARC's good record, the repaired UTF-8 file.
    return {"good": good + 2 + 1 + 1, "bad": sum(bad.values())}
