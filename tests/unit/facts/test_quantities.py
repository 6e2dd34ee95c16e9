from __future__ import annotations

import pytest

from entente.facts.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("Oil accounts for 35 percent of the budget.", 35, "percent", None),
        ("Gas makes up 12 per cent of exports.", 12, "percent", None),
        ("The state holds a 19 % stake.", 19, "percent", None),
        ("Moscow extended a $3 billion loan.", 3e9, "USD", None),
        ("The bill came to a $5 billion total.", 5e9, "USD", None),
        ("The line carries about 1,200,000 barrels a day.", 1_200_000, "barrel per day", "about"),
        ("They share a 1,200-mile-long border.", 1200, "mile", None),
        ("Some 30,000 refugees crossed the border.", 30_000, "person", "about"),
        ("More than 5,000 troops were deployed.", 5000, "person", "more than"),
        ("China buys a fifth of the country's oil.", 20, "percent", None),
        ("Russia handles over half of its cargo.", 50, "percent", "more than"),
        ("Nearly two-thirds of the grain goes abroad.", 66.67, "percent", "about"),
        ("It takes less than 10 percent of the crop.", 10, "percent", "less than"),
        ("Trade reached roughly 400,000 tonnes.", 400_000, "tonne", "about"),
    ],
)
def test_quantity_forms_are_normalised(text: str, value: float, unit: str, qualifier: str | None) -> None:
    [quantity] = find_quantities(text)
    assert quantity.value == pytest.approx(value, rel=0.01)
    assert (quantity.unit, quantity.qualifier) == (unit, qualifier)


def test_years_and_bare_numbers_are_not_facts() -> None:
    assert find_quantities("In 2014 the two sides held 3 rounds of talks.") == []


def test_a_place_called_half_is_not_a_share() -> None:
    assert find_quantities("Russians live in the northern half of the country.") == []


def test_people_counted_in_words_are_facts_but_not_one_of_them() -> None:
    found = find_quantities("Four Syrian citizens were killed, and at least three civilian deaths were reported.")
    assert [(q.value, q.unit, q.qualifier) for q in found] == [(4.0, "person", None), (3.0, "person", "at least")]
    assert find_quantities("One of the soldiers was wounded as the two leaders met.") == []


def test_durations_are_facts_but_ages_and_time_references_are_not() -> None:
    found = find_quantities("Pakistan closed its airspace for 48 hours, ending seven years of calm.")
    assert [(q.value, q.unit) for q in found] == [(48.0, "hour"), (7.0, "year")]
    assert find_quantities("A 40-year-old man said that two years ago Russia annexed Crimea.") == []
