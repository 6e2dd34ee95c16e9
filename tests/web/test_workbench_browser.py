"""End to end: the analyst's workbench served by `entente serve` on the demo corpus, driven in headless Chromium
(Debian chromium + chromedriver, as in test_dashboard_browser.py). Screenshots go to the test's temporary
folder and, when ENTENTE_SCREENSHOTS=DIR is set, to DIR as well."""

from __future__ import annotations

import csv
import json
import os
import re
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import headless_chromium, needs_browser, running_server

pytestmark = needs_browser


@pytest.fixture(scope="module")
def server(demo_db: Path) -> Iterator[str]:
    with running_server(demo_db) as url:
        yield url


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folders = [tmp_path_factory.mktemp("screenshots")]
    if os.environ.get("ENTENTE_SCREENSHOTS"):
        folders.append(Path(os.environ["ENTENTE_SCREENSHOTS"]))
        folders[-1].mkdir(parents=True, exist_ok=True)
    return folders


@pytest.fixture(scope="module")
def browser(downloads: Path) -> Iterator[object]:
    with headless_chromium("1400,1600", downloads) as driver:
        yield driver


def save(browser, shots: list[Path], name: str, element=None) -> None:  # type: ignore[no-untyped-def]
    """A screenshot of the element (or the window) into every screenshot folder."""
    for folder in shots:
        path = folder / name
        if element is not None:
            element.screenshot(str(path))
        else:
            browser.save_screenshot(str(path))
        assert path.stat().st_size > 5_000, f"{name} is not an empty image"


def open_view(browser, url: str):  # type: ignore[no-untyped-def]
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get("about:blank")
    browser.get(url)
    wait = WebDriverWait(browser, 60)
    wait.until(lambda d: d.execute_script("return document.body.dataset.ready === '1'"))
    return wait


def settled(browser) -> None:  # type: ignore[no-untyped-def]
    """Wait until every panel has drawn the view now in the address."""
    browser.execute_script("return rendering")  # the promise exists
    browser.execute_async_script("const done = arguments[0]; rendering.then(() => done(true), () => done(false));")


def table_rows(browser) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    return browser.execute_script(
        "return [...document.querySelectorAll('#events-table tbody tr.event-row')].map((r) => ({"
        "id: r.dataset.event, cells: [...r.cells].map((c) => c.textContent)}))"
    )


def table_shows(browser, *parts: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the table has drawn the answer to a request with all these query parts."""
    query = browser.find_element("id", "events-table").get_attribute("data-query") or ""
    return all(part in query.split("&") for part in parts)


def api(url: str) -> tuple[list[dict], dict[str, str]]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read()), {k.lower(): v for k, v in response.headers.items()}


def test_kaz_and_rus_both_directions_on_a_zero_filled_time_axis_and_evidence_from_the_table(
    server: str, browser, shots: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.select import Select

    wait = open_view(browser, server + "/")
    Select(browser.find_element(By.ID, "source")).select_by_value("KAZ")
    Select(browser.find_element(By.ID, "target")).select_by_value("RUS")
    Select(browser.find_element(By.ID, "period")).select_by_value("year")
    browser.find_element(By.ID, "show-dyad").click()
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, '.dyad-svg[data-pair="KAZ-RUS"]'))
    settled(browser)
    # Labels, not bare codes, in the pickers and on the chart.
    assert Select(browser.find_element(By.ID, "source")).first_selected_option.text == "Kazakhstan (KAZ)"
    title = browser.find_element(By.CSS_SELECTOR, '.dyad-svg[data-pair="KAZ-RUS"] .dyad-title').text
    assert "Kazakhstan (KAZ) ⇄ Russia (RUS)" in title

    bars = browser.execute_script(
        "return [...document.querySelectorAll('.dyad-svg[data-pair=\"KAZ-RUS\"] g.bar')].map((g) => ({"
        "period: g.dataset.period, direction: g.dataset.direction, events: Number(g.dataset.events),"
        "x: g.getBBox().x}))"
    )
    both = {b["direction"] for b in bars if b["events"]}
    assert both == {"KAZ-RUS", "RUS-KAZ"}, "both directions are drawn"
    series, _ = api(server + "/api/series?dyad=KAZ-RUS&period=year")
    expected = {(d["source"], d["target"]): {p["period"]: p["events"] for p in d["series"]}
                for d in series["dyads"][0]["directions"]}  # fmt: skip
    forward = [b for b in bars if b["direction"] == "KAZ-RUS"]
    periods = [b["period"] for b in forward]
    assert periods == [str(y) for y in range(int(periods[0]), int(periods[-1]) + 1)], "no year is skipped"
    assert periods[0] == "2010" and periods[-1] == "2024"
    zero_years = [b["period"] for b in forward if b["events"] == 0]
    assert "2011" in zero_years and len(zero_years) >= 5, "empty years are shown as zeros"
    for bar in bars:
        source, target = bar["direction"].split("-")
        assert bar["events"] == expected[(source, target)][bar["period"]]
    # Placed by time: equal years take equal room, in order.
    xs = [b["x"] for b in forward]
    steps = [b - a for a, b in zip(xs, xs[1:], strict=False)]
    assert all(step > 0 for step in steps) and max(steps) - min(steps) < 1.5
    browser.execute_script("window.scrollTo(0, 0)")
    save(browser, shots, "01-kaz-rus-both-directions.png")
    save(browser, shots, "01b-timeline-panel.png", browser.find_element(By.ID, "dyad-panel"))

    # An event's evidence, opened from the table.
    Select(browser.find_element(By.ID, "f-actor")).select_by_value("KAZ")
    browser.find_element(By.ID, "f-q").send_keys("Russia")
    browser.find_element(By.ID, "apply-filters").click()
    wait.until(lambda d: "actor=KAZ" in d.current_url)
    settled(browser)
    rows = table_rows(browser)
    assert rows and all("(KAZ" in " ".join(r["cells"][1:3]) for r in rows)
    row = browser.find_element(By.CSS_SELECTOR, "#events-table tbody.event-group")
    sentence = row.find_element(By.CSS_SELECTOR, "td.sentence").text
    event_cell = row.find_element(By.CSS_SELECTOR, "td.event-name").text
    assert re.fullmatch(r"[A-Z][^()]+.* \(\d{3,4}\)", event_cell), f"events show name and code: {event_cell!r}"
    row.click()
    mark = wait.until(lambda d: d.find_elements(By.ID, "evidence-mark"))[0]
    wait.until(lambda d: d.find_element(By.ID, "evidence-mark").text.strip() == sentence.strip())
    assert mark.is_displayed()
    assert browser.find_element(By.CSS_SELECTOR, "#evidence li.evidence-item .sentence").text == sentence
    save(browser, shots, "02-table-row-evidence.png", browser.find_element(By.ID, "table-panel"))
    save(browser, shots, "02b-article-highlight.png", browser.find_element(By.TAG_NAME, "aside"))


def test_table_filtered_by_root_11_and_dates_downloads_the_same_rows_as_csv(
    server: str, browser, shots: list[Path], downloads: Path
) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.select import Select

    wait = open_view(browser, server + "/")
    root = Select(browser.find_element(By.ID, "f-root"))
    assert "Disapprove (11)" in [o.text for o in root.options], "roots are offered by name"
    root.select_by_value("11")
    browser.find_element(By.ID, "f-start").send_keys("2014")
    browser.find_element(By.ID, "f-end").send_keys("2022-06")
    browser.find_element(By.ID, "apply-filters").click()
    wait.until(lambda d: "root=11" in d.current_url and "end=2022-06" in d.current_url)
    settled(browser)
    rows = table_rows(browser)
    # The demo corpus has a few disapprovals in that range; how many is the coder's business, not this test's.
    assert 2 <= len(rows) <= 25
    for row in rows:
        date, event = row["cells"][0], row["cells"][3]
        assert "2014" <= date <= "2022-06-30" and event.endswith(")") and "(11" in event
    link = browser.find_element(By.ID, "api-link").get_attribute("href")
    assert "/api/events?" in link and "root=11" in link and "start=2014" in link and "end=2022-06" in link
    from_api, headers = api(link)
    assert [e["event_id"] for e in from_api] == [r["id"] for r in rows] and headers["x-total-count"] == str(len(rows))
    assert f"{len(rows)} events match" in browser.find_element(By.ID, "table-count").text

    for old in downloads.glob("*"):
        old.unlink()
    csv_link = browser.find_element(By.ID, "download-csv")
    assert "format=csv" in csv_link.get_attribute("href") and "root=11" in csv_link.get_attribute("href")
    csv_link.click()
    target = downloads / "entente-events.csv"
    for _ in range(100):
        if target.exists() and not list(downloads.glob("*.crdownload")):
            break
        time.sleep(0.1)
    with target.open(newline="", encoding="utf-8") as handle:
        downloaded = list(csv.DictReader(handle))
    assert [r["event_id"] for r in downloaded] == [r["id"] for r in rows], "the file holds the filtered rows"
    for row in downloaded:
        assert row["root"] == "11" and row["code"].startswith("11") and row["root_name"] == "Disapprove"
        assert "2014" <= row["date"] <= "2022-06-30"
        assert row["source_name"] and row["code_name"]
    save(browser, shots, "03-table-root-11-2014-to-2022-06.png", browser.find_element(By.ID, "table-panel"))

    # Sorting and paging work on the whole selection, not the page.
    browser.find_element(By.ID, "clear-filters").click()
    settled(browser)
    Select(browser.find_element(By.ID, "page-size")).select_by_value("10")
    wait.until(lambda d: table_shows(d, "limit=10") and len(table_rows(d)) == 10)
    browser.find_element(By.CSS_SELECTOR, 'th[data-sort="goldstein"]').click()
    wait.until(lambda d: table_shows(d, "sort=goldstein", "order=desc", "limit=10", "offset=0"))
    first = [float(r["cells"][5]) for r in table_rows(browser)]
    browser.find_element(By.ID, "next-page").click()
    wait.until(lambda d: table_shows(d, "sort=goldstein", "order=desc", "limit=10", "offset=10"))
    second = [float(r["cells"][5]) for r in table_rows(browser)]
    assert first == sorted(first, reverse=True) and second == sorted(second, reverse=True) and min(first) >= max(second)
    assert "rows 11–20" in browser.find_element(By.ID, "table-count").text


def test_network_edge_opens_its_evidence(server: str, browser, shots: list[Path]) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.actions.action_builder import ActionBuilder
    from selenium.webdriver.common.by import By

    wait = open_view(browser, server + "/")
    panel = browser.find_element(By.ID, "network-panel")
    browser.execute_script("arguments[0].scrollIntoView({block: 'start'})", panel)
    geometry = browser.execute_script("""
        const svg = document.getElementById('network-svg');
        const nodes = [...svg.querySelectorAll('g.node')].map((g) => { const c = g.querySelector('circle');
          return {id: g.dataset.node, x: +c.getAttribute('cx'), y: +c.getAttribute('cy'), r: +c.getAttribute('r')}; });
        const labels = [...svg.querySelectorAll('text.node-label')].map((t) => { const b = t.getBBox();
          return {x: b.x, y: b.y, w: b.width, h: b.height}; });
        const edges = [...svg.querySelectorAll('path.edge')].map((p) => { const n = p.getTotalLength(); const pts = [];
          for (let i = 1; i < 20; i++) { const q = p.getPointAtLength(n * i / 20); pts.push([q.x, q.y]); }
          return {s: p.dataset.source, t: p.dataset.target, events: +p.dataset.events, marker: p.getAttribute('marker-end'),
                  width: +p.getAttribute('stroke-width'), pts}; });
        return {nodes, labels, edges};""")
    assert len(geometry["nodes"]) >= 5 and geometry["edges"]
    assert all(e["marker"] and e["marker"].startswith("url(#arrow-") for e in geometry["edges"]), "arrowheads"
    widths = {e["events"]: e["width"] for e in geometry["edges"]}
    assert len(set(widths.values())) > 1 and widths[max(widths)] > widths[min(widths)], "width follows weight"
    labels = geometry["labels"]
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            apart = (
                a["x"] + a["w"] <= b["x"]
                or b["x"] + b["w"] <= a["x"]
                or a["y"] + a["h"] <= b["y"]
                or b["y"] + b["h"] <= a["y"]
            )
            assert apart, f"node labels overlap: {a} {b}"
    crossings = [
        (e["s"], e["t"], n["id"]) for e in geometry["edges"] for n in geometry["nodes"] if n["id"] not in (e["s"], e["t"])
        for x, y in e["pts"] if (x - n["x"]) ** 2 + (y - n["y"]) ** 2 < n["r"] ** 2
    ]  # fmt: skip
    assert not crossings, f"edges pass through unrelated nodes: {sorted(set(crossings))}"

    # Click the KAZ → RUS arrow where it is drawn and nothing lies over it, as a user would: the point of the
    # arrow nearest its middle where it is the topmost thing (another arrow may cross it at the middle itself).
    point = browser.execute_script("""
        const hit = document.querySelector('path.edge-hit[data-source="KAZ"][data-target="RUS"]');
        hit.scrollIntoView({block: 'center'});
        const n = hit.getTotalLength(), m = hit.getScreenCTM(), seen = [];
        for (const f of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75]) {
          const p = hit.getPointAtLength(n * f);
          // Whole pixels, as the pointer moves.
          const x = Math.round(p.x * m.a + p.y * m.c + m.e), y = Math.round(p.x * m.b + p.y * m.d + m.f);
          const top = document.elementFromPoint(x, y);
          if (top === hit) return {x, y, hit: true};
          seen.push(top ? top.tagName + '.' + top.getAttribute('class') + ':' + (top.dataset.source || '') + '>' + (top.dataset.target || '') : 'none');
        }
        return {hit: false, seen};""")
    assert point["hit"], f"the arrow is covered along its whole middle: {point.get('seen')}"
    actions = ActionBuilder(browser)
    actions.pointer_action.move_to_location(int(point["x"]), int(point["y"]))
    actions.pointer_action.click()
    actions.perform()
    wait.until(lambda d: d.find_element(By.ID, "evidence").get_attribute("data-selection") == "edge:KAZ:RUS")
    selected = browser.find_elements(By.CSS_SELECTOR, "#network-svg path.edge.selected")
    assert [(e.get_attribute("data-source"), e.get_attribute("data-target")) for e in selected] == [("KAZ", "RUS")]
    items = browser.find_elements(By.CSS_SELECTOR, "#evidence li.evidence-item")
    events, _ = api(server + "/api/events?source=KAZ&target=RUS")
    assert len(items) == len(events) >= 3
    assert all("Kazakhstan" in i.text and "→ Russia" in i.text for i in items)
    assert "from Kazakhstan (KAZ) to Russia (RUS)" in browser.find_element(By.ID, "evidence-hint").text
    sentence = items[0].find_element(By.CSS_SELECTOR, ".sentence").text
    ActionChains(browser).move_to_element(items[0].find_element(By.CSS_SELECTOR, ".sentence")).click().perform()
    wait.until(
        lambda d: d.find_elements(By.ID, "evidence-mark") and d.find_element(By.ID, "evidence-mark").text == sentence
    )
    save(browser, shots, "04-network-edge-evidence.png")
    save(browser, shots, "04b-network-panel.png", panel)


def test_map_and_exposure_and_memberships(server: str, browser, shots: list[Path]) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    wait = open_view(browser, server + "/")
    counts, _ = api(server + "/api/map")
    coloured = browser.execute_script(
        "return Object.fromEntries([...document.querySelectorAll('#map-svg path.country.has-events')]"
        ".map((p) => [p.dataset.iso3, p.getAttribute('fill')]))"
    )
    assert set(coloured) == {c["iso3"] for c in counts} and {"KAZ", "RUS", "BLR", "CHN"} <= set(coloured)
    belarus = next(c for c in counts if c["iso3"] == "BLR")
    kazakhstan = next(c for c in counts if c["iso3"] == "KAZ")
    assert belarus["conflict"] > kazakhstan["conflict"] and coloured["BLR"] != coloured["KAZ"]
    assert len(browser.find_elements(By.CSS_SELECTOR, "#map-svg path.country")) > 150
    save(browser, shots, "05-map.png", browser.find_element(By.ID, "map-panel"))
    browser.execute_script(
        "document.querySelector('#map-svg path[data-iso3=\"BLR\"]').dispatchEvent(new MouseEvent('click'))"
    )
    wait.until(lambda d: "actor=BLR" in d.current_url)
    settled(browser)
    assert all("(BLR" in " ".join(r["cells"][1:3]) for r in table_rows(browser))

    exposure = browser.find_elements(By.CSS_SELECTOR, "#exposure tbody tr")
    assert exposure and any("Russia (RUS)" in r.text for r in exposure), "exposure names its partners"
    assert all(r.find_elements(By.CSS_SELECTOR, "a.source-link") for r in exposure), "and its sources"
    memberships = browser.find_element(By.ID, "memberships").text
    assert "Collective Security Treaty Organization (IGOCSTO)" in memberships and "Russia" in memberships
    assert "Russia (RUS)" in browser.find_element(By.ID, "members").text
    link = browser.find_element(By.CSS_SELECTOR, "#exposure a.source-link")
    link.click()
    wait.until(lambda d: d.find_elements(By.ID, "evidence-mark"))
    save(browser, shots, "06-exposure-memberships.png", browser.find_element(By.ID, "actor-panel"))


def test_a_shared_address_restores_the_view(server: str, browser, shots: list[Path]) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.select import Select

    wait = open_view(browser, server + "/")
    # Two pairs, by quarter, a date range picked with the brush, a filtered and sorted table, an open article.
    browser.find_element(By.ID, "add-dyad").click()
    second = browser.find_elements(By.CSS_SELECTOR, ".dyad-row")[1]
    Select(second.find_element(By.CSS_SELECTOR, ".dyad-a")).select_by_value("BLR")
    Select(second.find_element(By.CSS_SELECTOR, ".dyad-b")).select_by_value("RUS")
    Select(browser.find_element(By.ID, "period")).select_by_value("quarter")
    browser.find_element(By.ID, "show-dyad").click()
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".dyad-svg")) == 2)
    brush = browser.find_element(By.ID, "brush-svg")
    width = brush.size["width"]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", brush)
    ActionChains(browser).move_to_element_with_offset(brush, int(-width * 0.12), 0).click_and_hold().move_by_offset(
        int(width * 0.45), 0
    ).release().perform()
    wait.until(lambda d: "start=" in d.current_url and "end=" in d.current_url)
    settled(browser)
    start = browser.find_element(By.ID, "f-start").get_attribute("value")
    end = browser.find_element(By.ID, "f-end").get_attribute("value")
    assert start < end and start >= "2010"
    axis = browser.find_element(By.ID, "timeline").get_attribute("data-periods").split(",")
    assert axis[0][:4] == start[:4] and axis[-1][:4] == end[:4], "the brush narrows the time axis"
    Select(browser.find_element(By.ID, "f-quad")).select_by_value("1")
    browser.find_element(By.ID, "apply-filters").click()
    wait.until(lambda d: "quad=1" in d.current_url)
    browser.find_element(By.CSS_SELECTOR, 'th[data-sort="goldstein"]').click()
    wait.until(lambda d: table_shows(d, "quad_class=1", "sort=goldstein", "order=desc"))
    settled(browser)
    before_rows = table_rows(browser)
    assert before_rows
    browser.find_elements(By.CSS_SELECTOR, "#events-table tbody.event-group td.sentence")[-1].click()
    mark = wait.until(lambda d: d.find_elements(By.ID, "evidence-mark"))[0].text
    shared = browser.find_element(By.ID, "share-url").get_attribute("value")
    assert shared == browser.current_url and "d=KAZ-RUS%2CBLR-RUS" in shared and "ev=" in shared
    browser.execute_script("window.scrollTo(0, 0)")
    save(browser, shots, "07-view-before-reload.png")

    open_view(browser, shared)
    settled(browser)
    wait.until(lambda d: d.find_elements(By.ID, "evidence-mark"))
    assert [s.get_attribute("data-pair") for s in browser.find_elements(By.CSS_SELECTOR, ".dyad-svg")] == [
        "KAZ-RUS", "BLR-RUS"
    ]  # fmt: skip
    assert browser.find_element(By.ID, "period").get_attribute("value") == "quarter"
    assert browser.find_element(By.ID, "timeline").get_attribute("data-periods").split(",") == axis
    assert browser.find_element(By.ID, "f-start").get_attribute("value") == start
    assert browser.find_element(By.ID, "f-quad").get_attribute("value") == "1"
    assert table_rows(browser) == before_rows
    assert browser.find_element(By.ID, "evidence-mark").text == mark
    assert browser.find_element(By.ID, "evidence").get_attribute("data-selection") == "event:" + before_rows[-1]["id"]
    assert browser.find_element(By.ID, "brush-selection").get_attribute("width") not in ("0", None)
    browser.execute_script("window.scrollTo(0, 0)")
    save(browser, shots, "08-view-after-reload.png")
