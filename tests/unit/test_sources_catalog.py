"""The sources file: validated at load with FILE:LINE, edited by `entente sources add/list/remove`."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from entente.cli import app
from entente.errors import DataFileError
from entente.sources import FetchSettings, Source, add_source, load_sources, remove_source

GOOD = """# our outlets
[fetch]
delay = 0.5
max_pages = 20

[[source]]
name = "wire"
kind = "feed"
url = "https://example.org/rss.xml"
include = ["*/news/*"]

[[source]]
name = "map"
kind = "sitemap"
url = "https://example.org/sitemap.xml"
"""


def test_a_sources_file_loads_with_its_settings_and_patterns(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(GOOD, encoding="utf-8")
    catalog = load_sources(path)
    assert [s.name for s in catalog.sources] == ["wire", "map"]
    assert catalog.settings == FetchSettings(delay=0.5, max_pages=20)
    wire = catalog.sources[0]
    assert wire.wants("https://example.org/news/a.html") and not wire.wants("https://example.org/video/a")


@pytest.mark.parametrize(("bad", "line", "words"), [
    (GOOD.replace('kind = "sitemap"', 'kind = "podcast"'), 14, "is not one of feed, sitemap, page"),
    (GOOD.replace('url = "https://example.org/sitemap.xml"', 'url = "ftp://example.org/x"'), 15, "not an http(s) URL"),
    (GOOD.replace('name = "map"', 'name = "wire"'), 13, "a second source named 'wire'"),
    (GOOD.replace("delay = 0.5", "delay = -1"), 2, "delay must be zero or more"),
    (GOOD.replace("max_pages = 20", "max_pages = 2.5"), 4, "must be a whole number"),
    (GOOD.replace('include = ["*/news/*"]', "colour = 3"), 10, "unknown key 'colour'"),
    (GOOD.replace('name = "map"\n', "name = \n"), 13, "not valid TOML"),
])  # fmt: skip
def test_mistakes_are_reported_with_file_and_line(tmp_path: Path, bad: str, line: int, words: str) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_sources(path)
    assert f"{path}:{line}:" in str(caught.value) and words in str(caught.value)


def test_add_and_remove_keep_the_rest_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(GOOD, encoding="utf-8")
    add_source(path, Source("kaz", "page", "https://example.org/a.html", "ru"))
    assert [s.name for s in load_sources(path).sources] == ["wire", "map", "kaz"]
    remove_source(path, "wire")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# our outlets\n[fetch]") and "wire" not in text
    assert [s.name for s in load_sources(path).sources] == ["map", "kaz"]
    with pytest.raises(DataFileError, match="no source named 'wire'"):
        remove_source(path, "wire")


def test_sources_commands_edit_and_list_the_file(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    runner = CliRunner()
    added = runner.invoke(app, ["sources", "add", "wire", "https://example.org/rss.xml", "--sources", str(path)])
    assert added.exit_code == 0, added.output
    bad = runner.invoke(app, ["sources", "add", "x", "gopher://old", "--kind", "feed", "--sources", str(path)])
    assert bad.exit_code == 2 and "not an http(s) URL" in bad.output
    listed = runner.invoke(app, ["sources", "list", "--sources", str(path)])
    assert "wire" in listed.output and "feed" in listed.output
    removed = runner.invoke(app, ["sources", "remove", "wire", "--sources", str(path)])
    assert removed.exit_code == 0 and load_sources(path).sources == ()
