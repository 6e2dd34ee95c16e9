from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from entente import demo_corpus_path, ingest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
BROWSER_PRESENT = Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()
if not BROWSER_PRESENT and os.environ.get("ENTENTE_REQUIRE_BROWSER"):
    raise RuntimeError("ENTENTE_REQUIRE_BROWSER is set but Debian chromium/chromium-driver are missing")
needs_browser = pytest.mark.skipif(
    not BROWSER_PRESENT, reason="Debian chromium and chromium-driver are not installed; `make test` installs them"
)


@contextmanager
def headless_chromium(window: str, downloads: Path | None = None) -> Iterator[object]:
    """Debian's Chromium, headless and offline-quiet, closed on exit; downloads land in ``downloads``."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--window-size={window}", "--disable-dev-shm-usage"):  # fmt: skip
        options.add_argument(flag)
    if downloads is not None:
        options.add_experimental_option(
            "prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False}
        )
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    if downloads is not None:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the bundled demo corpus, ingested once for the web tests."""
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    ingest([demo_corpus_path()], db)
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_server(db: Path, *options: str) -> Iterator[str]:
    """`entente serve` on a free loopback port, as a real process; yields its base URL once it answers."""
    port = free_port()
    command = [sys.executable, "-m", "entente.cli", "serve", "--db", str(db), "--port", str(port), *options]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(url + "/api/actors", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("entente serve did not start")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
