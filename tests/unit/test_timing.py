from __future__ import annotations

import pytest

from entente.timing import find_dates, parse_iso_or_phrase


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Published on December 26, 2014", "2014-12-26", "day"),
        ("26 Dec. 2014", "2014-12-26", "day"),
        ("on the 3rd of March 2015", "2015-03-03", "day"),
        ("2014-12-26T10:00", "2014-12-26", "day"),
        ("in January 2022", "2022-01", "month"),
        ("Sept. 2019", "2019-09", "month"),
    ],
)
def test_explicit_dates_parse_with_precision(text: str, value: str, precision: str) -> None:
    [date] = find_dates(text)
    assert (date.value, date.precision) == (value, precision)


def test_impossible_dates_are_ignored() -> None:
    assert find_dates("on March 45, 2014") == [] or find_dates("on March 45, 2014")[0].precision == "month"


def test_metadata_year_only() -> None:
    parsed = parse_iso_or_phrase("2014")
    assert parsed is not None and (parsed.value, parsed.precision) == ("2014", "year")


def test_a_span_of_days_is_dated_by_its_first_day() -> None:
    from entente.timing import find_dates

    [found] = find_dates("The operation ran on March 3-4, 2021, along the border.")
    assert (found.value, found.precision) == ("2021-03-03", "day")
