"""Main text of HTML pages."""

from __future__ import annotations

from entente.clean.html import extract_html

from ...conftest import ARTICLE, SECOND


def test_the_same_page_read_twice_in_one_process_gives_the_same_text() -> None:
    page = f"<html><body><article><p>{ARTICLE}</p><p>{SECOND}</p></article></body></html>"
    first, second = extract_html(page), extract_html(page)
    assert first.paragraphs == second.paragraphs == [ARTICLE, SECOND]
