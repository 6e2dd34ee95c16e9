"""End to end: `entente serve` on the demo corpus, driven in headless Chromium (Debian chromium + chromedriver)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import headless_chromium, needs_browser, running_server

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = Path(os.environ.get("ENTENTE_TEST_OUTPUT", ROOT / "test-output"))
pytestmark = needs_browser


@pytest.fixture(scope="module")
def server(demo_db: Path) -> Iterator[str]:
    with running_server(demo_db) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with headless_chromium("1400,1800") as driver:
        yield driver


def test_dashboard_shows_timeline_and_evidence_for_kaz_rus(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.select import Select
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server + "/")
    wait = WebDriverWait(browser, 20)
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#source option")) > 1)
    Select(browser.find_element(By.ID, "source")).select_by_value("KAZ")
    Select(browser.find_element(By.ID, "target")).select_by_value("RUS")
    old = browser.find_element(By.ID, "timeline")
    browser.find_element(By.ID, "show-dyad").click()
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".dyad-svg circle.point"))
    del old

    def click_first(selector: str, last: bool = False):  # type: ignore[no-untyped-def]
        # The page re-renders as data arrives: retry on elements that went stale.
        def attempt(driver):  # type: ignore[no-untyped-def]
            try:
                found = driver.find_elements(By.CSS_SELECTOR, selector)
                if not found:
                    return False
                target = found[-1] if last else found[0]
                text = target.text
                target.click()
                return text or True
            except StaleElementReferenceException:
                return False

        return wait.until(attempt)

    click_first(".dyad-svg circle.point", last=True)
    time.sleep(0.5)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#evidence li.evidence-item .sentence"))
    sentence = browser.find_element(By.CSS_SELECTOR, "#evidence li.evidence-item .sentence").text
    assert len(sentence) > 20, "an evidence sentence is shown"
    click_first("#evidence li.evidence-item .sentence")
    mark = wait.until(ready.presence_of_element_located((By.ID, "evidence-mark")))
    assert mark.text.strip() == sentence.strip(), "the evidence is highlighted in the article"
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#network-svg circle"))
    OUTPUT.mkdir(parents=True, exist_ok=True)
    shot = OUTPUT / "dashboard-kaz-rus.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000


HOSTILE = (
    "Kazakhstan sharply criticized Russia over the <script>window.__pwned = 1</script> pipeline dispute on Monday. "
    'Observers saw <img src=x onerror="window.__pwned = 2"> and <a href="javascript:window.__pwned = 3">a link</a> '
    "in the statement that Kazakhstan issued about Russia."
)


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import json

    from entente import ingest

    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.jsonl").write_text(json.dumps({"id": "hostile", "date": "2022-05-01", "text": HOSTILE}) + "\n")
    db = folder / "hostile.duckdb"
    ingest([folder / "hostile.jsonl"], db)
    with running_server(db) as url:
        yield url


def test_article_text_with_scripts_is_shown_inert(hostile_server: str, browser) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(hostile_server + "/")
    wait = WebDriverWait(browser, 60)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#evidence li.evidence-item .sentence"))
    time.sleep(0.5)
    browser.find_element(By.CSS_SELECTOR, "#evidence li.evidence-item .sentence").click()
    wait.until(lambda d: d.find_elements(By.ID, "evidence-mark"))
    article = browser.find_element(By.ID, "article").text
    assert "<script>window.__pwned = 1</script>" in article and 'onerror="window.__pwned = 2"' in article
    assert browser.execute_script("return typeof window.__pwned") == "undefined", "no script from the text ran"
    assert not browser.find_elements(By.CSS_SELECTOR, "#article script, #article img, #article a, #evidence img")
    OUTPUT.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(OUTPUT / "dashboard-hostile-text.png"))
