"""The language of a document is told from its text."""

from __future__ import annotations

from entente.language import detect_language


def test_english_news_is_english() -> None:
    assert detect_language("Kazakhstan and Russia signed an agreement on the Caspian pipeline in Astana.") == "en"


def test_russian_news_is_russian() -> None:
    text = "Президент Казахстана встретился с Владимиром Путиным в Москве и обсудил вопросы сотрудничества."
    assert detect_language(text) == "ru"


def test_russian_with_latin_names_is_still_russian() -> None:
    text = "Компания Chevron и КазМунайГаз подписали соглашение о расширении КТК в Атырау, сообщает Reuters."
    assert detect_language(text) == "ru"


def test_ukrainian_is_not_taken_for_russian() -> None:
    text = "Президент України зустрівся з делегацією і обговорив питання співпраці та безпеки в регіоні."
    assert detect_language(text) is None


def test_other_latin_languages_and_scraps_are_neither() -> None:
    assert detect_language("Der Präsident traf sich mit der Delegation und besprach die Zusammenarbeit.") is None
    assert detect_language("OK 42") is None
