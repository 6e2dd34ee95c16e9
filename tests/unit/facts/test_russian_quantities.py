"""Russian quantities: our own forms, since quantulum3 reads English only."""

from __future__ import annotations

import pytest

from entente.facts.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("Товарооборот вырос на 12,5% за год.", 12.5, "percent", None),
        ("За договор проголосовали свыше 80 процентов депутатов.", 80.0, "percent", "more than"),
        ("Банк выделил кредит на 2 млрд долларов.", 2e9, "USD", None),
        ("Сделка оценивается в $3,2 млрд.", 3.2e9, "USD", None),
        ("Бюджет программы составит 450 миллионов рублей.", 4.5e8, "RUB", None),
        ("Экспорт достиг 5 миллионов тонн зерна.", 5e6, "tonne", None),
        ("Добыча составила 1,6 млн баррелей в сутки.", 1.6e6, "barrel per day", None),
        ("По трубопроводу прокачано 10 миллиардов кубометров газа.", 1e10, "cubic metre", None),
        ("В столкновениях погибли около 40 человек.", 40.0, "person", "about"),
        ("Граница протянулась на 7 500 км.", 7500.0, "km", None),
    ],
)
def test_russian_forms_are_read(text: str, value: float, unit: str, qualifier: str | None) -> None:
    found = find_quantities(text)
    assert [(round(q.value, 2), q.unit, q.qualifier) for q in found] == [(round(value, 2), unit, qualifier)]


def test_russian_dates_are_not_quantities() -> None:
    assert find_quantities("Встреча прошла 21 декабря 2014 года в Минске.") == []
