from __future__ import annotations

import pytest

from entente.timing import (
    explicit_event_date,
    infer_document_date,
    later_date,
    names_a_past_day,
    resolve_event_date,
    same_period_date,
)


def test_newest_past_year_dates_an_undated_article() -> None:
    year, why = infer_document_date(["The deal was signed in 2011.", "Trade grew in 2013 and 2012."])  # type: ignore[misc]
    assert year == "2013" and "2013" in why


def test_future_years_do_not_date_the_article() -> None:
    result = infer_document_date(["The union launched in 2010.", "A larger union is scheduled to open in 2015."])
    assert result is not None and result[0] == "2010"


def test_landmark_bounds_the_date_from_below() -> None:
    result = infer_document_date(["In 2012 the sides met.", "Since the annexation of Crimea, relations soured."])
    assert result is not None and result[0] == "2014" and "Crimea" in result[1]


def test_last_year_moves_the_date_on() -> None:
    result = infer_document_date(["Last year thousands fled the mobilisation in Russia."])
    assert result is not None and result[0] == "2023"


def test_no_reference_gives_no_date() -> None:
    assert infer_document_date(["Relations are complicated."]) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The troops arrived in January 2022.", ("2022-01", "month")),
        ("They met on December 21.", ("2014-12-21", "day")),
        ("In March, a deputy spoke.", ("2014-03", "month")),
        ("The union launched in 2010.", ("2010", "year")),
        ("They met last year.", ("2013", "year")),
        ("They met two years ago.", ("2012", "year")),
        ("They met last month.", ("2014-11", "month")),
        ("They met in May, June and July 2011.", ("2011-07", "month")),
        ("They met in May and June 2011.", ("2011-06", "month")),
        ("The two countries fought a border war from 1998 to 2000.", ("1998", "year")),
        ("Russia and Ukraine swapped prisoners at the end of June 2014.", ("2014-06", "month")),
        ("В прошлом месяце они встретились.", ("2014-11", "month")),
        ("В конце февраля этого года съезд обратился к Госдуме.", ("2014-02", "month")),
        ("В начале марта прошлого года они встретились.", ("2013-03", "month")),
        ("Зимой прошлого года Узбекистан приостановил экспорт газа.", ("2013", "year")),
        ("Last summer the two sides met.", ("2014", "year")),
        ("Накануне, 5 декабря, Лукашенко прибыл в Москву.", ("2014-12-05", "day")),
        ("They met last week.", ("2014-12", "month")),
        ("They met on Monday last week.", ("2014-12-15", "day")),
        ("На прошлой неделе они встретились.", ("2014-12", "month")),
        ("Nothing dated here.", ("2014-12-26", "day")),
    ],
)
def test_event_date_forms(sentence: str, expected: tuple[str, str]) -> None:
    assert resolve_event_date(sentence, "2014-12-26", "day") == expected


def test_since_bounds_rather_than_dates() -> None:
    assert explicit_event_date("his first trip since January 2020", "2022", "year") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("visas will be issued from next April", ("2024-04", "month")),
        ("the talks held last April", ("2023-04", "month")),
        ("the summit due next December", ("2024-12", "month")),
        ("the vote held last December", ("2022-12", "month")),
        ("the plan adopted this March", ("2023-03", "month")),
    ],
)
def test_next_and_last_put_a_month_ahead_of_or_behind_the_article(text: str, expected: tuple[str, str]) -> None:
    assert explicit_event_date(text, "2023-12-07", "day") == expected


def test_month_after_the_document_month_is_last_year() -> None:
    assert resolve_event_date("They met on November 3.", "2015-02-10", "day") == ("2014-11-03", "day")


def test_newest_calendar_date_gives_the_month() -> None:
    result = infer_document_date(["Talks began in 2019.", "The envoys met on Monday, April 1, 2024, in Oman."])
    assert result is not None and result[0] == "2024-04"


def test_years_of_older_things_do_not_date_the_article() -> None:
    sentences = ["Tensions have mounted since the 2015 accord.", "It was the worst escalation since 2001."]
    assert infer_document_date(sentences) is None
    assert infer_document_date(["На выборах 2011 года он получил 95 процентов."]) is None
    result = infer_document_date(["В 2014 году стороны подписали договор."])
    assert result is not None and result[0] == "2014"


def test_a_later_month_without_a_year_moves_the_month_on() -> None:
    sentences = ["On July 1, 2019, the ministry issued new rules.", "On August 29, the president decried the move."]
    result = infer_document_date(sentences)
    assert result is not None and result[0] == "2019-08"


@pytest.mark.parametrize(
    ("sentence", "reference", "expected"),
    [
        ("Iran on Sunday rejected the charges.", "2019-09-16", ("2019-09-15", "day")),
        ("India launched air strikes yesterday.", "2019-02-27", ("2019-02-26", "day")),
        ("Во вторник Лавров встретился с Блинкеном.", "2022-01-21", ("2022-01-18", "day")),
        ("The talks ended on Friday.", "2023-03-10", ("2023-03-10", "day")),
        ("The ministers will meet on Sunday.", "2019-09-16", ("2019-09-16", "day")),
        ("Iran on Sunday rejected the charges.", "2019-09", ("2019-09", "month")),
    ],
)
def test_a_day_of_the_week_counts_back_from_the_article_date(
    sentence: str, reference: str, expected: tuple[str, str]
) -> None:
    precision = "day" if len(reference) == 10 else "month"
    assert resolve_event_date(sentence, reference, precision) == expected


def test_the_one_weekday_named_after_the_newest_date_gives_the_day() -> None:
    sentences = ["Photo taken in Ankara on October 9, 2019.", "Turkey launched an operation on Wednesday.",
                 "Officials said on Wednesday that jets struck border towns."]
    assert infer_document_date(sentences)[0] == "2019-10-09"
    later = ["Protesters rallied in Tehran, Monday, April 1, 2024.", "Iran on Tuesday vowed to respond."]
    assert infer_document_date(later)[0] == "2024-04-02"


def test_two_weekdays_leave_the_month() -> None:
    sentences = ["Protesters rallied in Tehran, Monday, April 1, 2024.", "Officials said Monday.",
                 "Iran on Tuesday vowed to respond."]
    assert infer_document_date(sentences)[0] == "2024-04"


def test_a_phrase_with_its_weekday_names_a_past_day_unless_the_sentence_looks_ahead() -> None:
    assert names_a_past_day("Pelosi's visit to Taiwan on Tuesday", "After Pelosi's visit to Taiwan on Tuesday, …")
    assert not names_a_past_day("Friday's talks", "Ahead of Friday's talks, Turkey called for calm.")
    assert not names_a_past_day("the visit to Taiwan", "After the visit to Taiwan, China held drills.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two days later, Paris expelled two diplomats.", ("2023-12-28", "day")),
        ("The next day the embassy closed.", ("2023-12-27", "day")),
        ("Через два дня Франция выслала двух дипломатов.", ("2023-12-28", "day")),
        ("Later, Paris expelled two diplomats.", None),
    ],
)
def test_a_day_counted_from_the_day_told_before(sentence: str, expected: tuple[str, str] | None) -> None:
    assert later_date(sentence, ("2023-12-26", "day")) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Later that year, Helsinki expelled nine diplomats.", ("2023", "year")),
        ("Летом того же года Хельсинки выслал девять дипломатов.", ("2023", "year")),
        ("The following year Moscow closed the consulate.", ("2024", "year")),
        ("Через месяц Москва закрыла консульство.", ("2023-05", "month")),
        ("Moscow will answer next year.", None),
    ],
)
def test_a_period_counted_from_the_date_told_before(sentence: str, expected: tuple[str, str] | None) -> None:
    assert same_period_date(sentence, ("2023-04", "month")) == expected


def test_a_month_counted_from_a_year_is_not_guessed() -> None:
    assert same_period_date("A month later, Paris expelled two diplomats.", ("2023", "year")) is None


def test_a_day_counted_from_a_month_is_not_guessed() -> None:
    assert later_date("Two days later, Paris expelled two diplomats.", ("2023-12", "month")) is None


def test_a_date_in_a_since_the_moment_phrase_bounds_the_act_and_does_not_date_it() -> None:
    text = "Визит стал первым визитом президента в Китай с момента его избрания главой государства в марте 2022 года."
    assert explicit_event_date(text, "2023-01-06", "day") is None
    assert explicit_event_date("В марте 2022 года он был избран президентом.", "2023-01-06", "day") == ("2022-03", "month")
