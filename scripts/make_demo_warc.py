"""Write the demo web archive (src/entente/data/demo/warc/demo-crawl.warc.gz) from the pages below.

The archive is committed; run this only to change it: .venv/bin/python scripts/make_demo_warc.py
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).resolve().parent.parent / "src/entente/data/demo/warc/demo-crawl.warc.gz"

PAGES = {
    "https://example.org/2012/05/putin-inauguration-cis": """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>CIS Leaders Congratulate Putin on Return to Kremlin</title>
<meta property="og:site_name" content="Commonwealth Chronicle">
<meta property="article:published_time" content="2012-05-08"></head>
<body><nav><a href="/">Home</a> <a href="/cis">CIS</a></nav><article>
<h1>CIS Leaders Congratulate Putin on Return to Kremlin</h1>
<p>MOSCOW — Vladimir Putin was sworn in for a third term as President of Russia on May 7, 2012, and received congratulations from the leaders of Kazakhstan, Belarus, Armenia and Kyrgyzstan.</p>
<p>Kazakh President Nursultan Nazarbayev praised Putin's commitment to Eurasian integration and invited him to visit Astana in the autumn.</p>
<p>Putin said Russia would make the Eurasian Economic Union a priority and promised to deepen cooperation with China.</p>
</article><footer>Related articles: <a href="/x">Moscow weather</a></footer></body></html>""",
    "https://example.org/2021/09/zapad-exercise": """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Russia and Belarus Hold Zapad Military Exercise</title>
<meta property="og:site_name" content="Defence Eastern Front">
<meta property="article:published_time" content="2021-09-16"></head>
<body><div class="cookie">We use cookies. Accept cookies</div><article>
<h1>Russia and Belarus Hold Zapad Military Exercise</h1>
<p>MINSK — Russia and Belarus began the joint Zapad-2021 military exercise on September 10, 2021, with about 200,000 troops taking part, according to the Russian defence ministry.</p>
<p>NATO criticized the lack of transparency of the drills, and Poland and Lithuania put their forces on alert near the border with Belarus.</p>
<p>Belarusian President Alexander Lukashenko praised the Russian army and said Belarus would buy Russian weapons worth $1 billion.</p>
</article></body></html>""",
}


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        robots = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record("https://example.org/robots.txt", "response",
                                      payload=BytesIO(b"User-agent: *\nAllow: /\n"), http_headers=robots)
        )  # fmt: skip
        for url, html in PAGES.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=BytesIO(html.encode()), http_headers=headers)
            writer.write_record(record)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
