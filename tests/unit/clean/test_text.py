from __future__ import annotations

import pytest

from entente.clean import load_rules
from entente.clean.rules import parse_rules
from entente.clean.text import clean_paragraphs, split_paragraphs
from entente.errors import DataFileError

from ...conftest import ARTICLE, SECOND

RULES = load_rules()


def _clean(text: str, **kw: object) -> tuple[str, dict[str, str]]:
    result = clean_paragraphs(split_paragraphs(text), RULES, **kw)  # type: ignore[arg-type]
    return "\n\n".join(result.paragraphs), {r.text: r.rule for r in result.removed}


def test_navigation_line_is_removed() -> None:
    body, removed = _clean(f"Jump to content\n\nGas Deal Signed in Astana\n\n{ARTICLE}\n\n{SECOND}")
    assert "Jump to content" not in body and removed["Jump to content"] == "navigation"


def test_image_credit_lines_are_removed_but_sentences_about_images_stay() -> None:
    text = f"Photo: AFP/Getty Images\n\n{ARTICLE}\n\nImage default\n\n{SECOND}\n\nImages of the summit were shown on state television across the country on Friday."
    body, removed = _clean(text)
    assert "Photo: AFP" not in body and "Image default" not in body
    assert "Images of the summit were shown" in body
    assert removed["Image default"] == "image-credit"


def test_paywall_marker_cuts_the_rest_of_the_page() -> None:
    text = f"{ARTICLE}\n\nTo keep reading this story\n\nStart your free trial today\n\nOur site uses session cookies."
    body, removed = _clean(text)
    assert body == ARTICLE
    assert removed["Start your free trial today"] == "paywall"


def test_request_trial_and_cookie_notices_are_removed() -> None:
    text = f"{ARTICLE}\n\nRequest a free trial\n\n{SECOND}\n\nThe portal uses login cookies to remember you; by continuing you accept them."
    body, _ = _clean(text)
    assert "trial" not in body and "cookies" not in body and SECOND in body


def test_inline_teaser_is_removed_and_article_continues() -> None:
    text = f"{ARTICLE}\n\nAlso Read:   Ten gadgets for your summer holiday\n\n{SECOND}\n\nRead more: Why tariffs matter"
    body, removed = _clean(text)
    assert body == f"{ARTICLE}\n\n{SECOND}"
    assert removed["Also Read: Ten gadgets for your summer holiday"] == "teaser"


@pytest.mark.parametrize(
    "marker", ["Related posts", "Popular posts from this blog", "Comments", "You may also like", "More stories"]
)
def test_trailing_block_of_other_stories_is_cut(marker: str) -> None:
    other = (
        "A long teaser paragraph about a different story entirely, which goes on for a while and should never be kept."
    )
    text = f"{ARTICLE}\n\n{SECOND}\n\n{marker}\n\nOther Story Headline Here\n\nadmin\n\n{other}"
    body, removed = _clean(text)
    assert body == f"{ARTICLE}\n\n{SECOND}"
    assert other in removed


def test_block_marker_before_any_article_text_does_not_cut_the_article() -> None:
    body, _ = _clean(f"Comments\n\n{ARTICLE}\n\n{SECOND}")
    assert ARTICLE in body and SECOND in body


def test_link_list_of_short_lines_is_removed() -> None:
    links = "Oil prices fall again\nNew bridge opens in Almaty\nElection results in full\nWeather for the weekend"
    body, removed = _clean(f"{ARTICLE}\n\n{links}\n\n{SECOND}")
    assert body == f"{ARTICLE}\n\n{SECOND}" and removed["Oil prices fall again"] == "link-list"


def test_single_heading_between_paragraphs_is_kept() -> None:
    body, _ = _clean(f"{ARTICLE}\n\nRELATIONS BEFORE THE WAR\n\n{SECOND}")
    assert "RELATIONS BEFORE THE WAR" in body


def test_trailing_short_fragments_are_removed() -> None:
    body, removed = _clean(f"{ARTICLE}\n\n{SECOND}\n\nSource: Wire – The Weekly Review\n\nshare")
    assert body == f"{ARTICLE}\n\n{SECOND}"


def test_paragraph_printed_twice_is_kept_once() -> None:
    body, removed = _clean(
        f"{ARTICLE}\n\n{SECOND}\n\n{ARTICLE}\n\nA closing sentence that is long enough to count as article prose here."
    )
    assert body.count(ARTICLE) == 1 and removed[ARTICLE] == "duplicate-paragraph"


def test_pull_quote_contained_in_a_paragraph_is_removed() -> None:
    quote = (
        "after months of talks over tariffs and the capacity of the pipeline that carries most of the country's crude."
    )
    body, removed = _clean(f"{ARTICLE}\n\n{quote.capitalize()}\n\n{SECOND}")
    assert body == f"{ARTICLE}\n\n{SECOND}" and removed[quote.capitalize()] == "contained-paragraph"


def test_header_gives_title_site_name_author_and_published_date() -> None:
    text = f"The Steppe Courier\n\nKazakhstan Signs Oil Deal With Russia\n\nBy Anna Petrova\n\nPublished on March 3, 2015\n\n{ARTICLE}"
    result = clean_paragraphs(split_paragraphs(text), RULES)
    assert result.title == "Kazakhstan Signs Oil Deal With Russia"
    assert result.publisher == "The Steppe Courier"
    assert result.author == "Anna Petrova"
    assert result.date is not None and (result.date.value, result.date.precision) == ("2015-03-03", "day")
    assert result.paragraphs == [ARTICLE]


def test_author_written_surname_first_is_normalised() -> None:
    result = clean_paragraphs(
        split_paragraphs(f"Some Title of an Article\n\nAuthor: Jones, Pauline\n\n{ARTICLE}"), RULES
    )
    assert result.author == "Pauline Jones"


def test_hard_wrapped_prose_is_joined_into_one_paragraph() -> None:
    text = "Kazakhstan and Russia signed a new agreement on oil\ntransit on Tuesday, officials in Astana said after\nmonths of talks."
    assert split_paragraphs(text) == [text.replace("\n", " ")]


def test_user_rule_file_errors_name_file_and_line() -> None:
    with pytest.raises(DataFileError, match=r"mine.tsv:2: unknown kind 'delete'"):
        parse_rules("drop\tx\t^x$\ndelete\ty\t^y$\n", "mine.tsv")
    with pytest.raises(DataFileError, match=r"mine.tsv:1: bad regular expression"):
        parse_rules("drop\tx\t(unclosed\n", "mine.tsv")


def test_user_rule_extends_builtin_rules() -> None:
    rules = RULES + parse_rules("drop\thouse-style\t^sponsored by acme\n", "mine.tsv")
    result = clean_paragraphs([ARTICLE, "Sponsored by ACME Corp", SECOND], rules)
    assert result.paragraphs == [ARTICLE, SECOND]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("By Wire Staff Published Date - 09:40 AM, Tue - 14 May 24", "2024-05-14"),
        ("by Maria Lopez | 05.11.2019", "2019-11-05"),
        ("3 June 2016 – Vienna", "2016-06-03"),
        ("апрель 7, 2019", "2019-04-07"),
        ("Пятница, 30 Апр 2021, 21:00", "2021-04-30"),
        ("12:05 14.05.2021 Источник: Информационное агентство", "2021-05-14"),
        ("Этот материал вышел в номере № 24 от 6 марта 2020", "2020-03-06"),
        ("Tuesday, 3 March 2020, 10:15", "2020-03-03"),
    ],
)
def test_header_lines_of_other_forms_give_the_published_date(header: str, expected: str) -> None:
    result = clean_paragraphs(split_paragraphs(f"Some Title of an Article\n\n{header}\n\n{ARTICLE}"), RULES)
    assert result.date is not None and (result.date.value, result.date.precision) == (expected, "day")
    assert result.paragraphs == [ARTICLE]


def test_a_date_header_run_into_the_first_paragraph_is_read_and_cut() -> None:
    result = clean_paragraphs(split_paragraphs(f"date 2021-09-30 {ARTICLE}\n\n{SECOND}"), RULES)
    assert result.date is not None and result.date.value == "2021-09-30"
    assert result.paragraphs[0] == ARTICLE


def test_a_sentence_that_mentions_publishing_stays_in_the_body() -> None:
    sentence = "The ministry posted the statement on 3 March 2021."
    result = clean_paragraphs(split_paragraphs(f"{ARTICLE}\n\n{sentence}\n\n{SECOND}"), RULES)
    assert sentence in result.paragraphs


def test_a_sentence_with_a_withdrawal_and_a_date_is_no_published_line() -> None:
    sentence = "Россия вышла из договора 3 марта 2020"
    result = clean_paragraphs(split_paragraphs(f"Some Title of an Article\n\n{sentence}\n\n{ARTICLE}"), RULES)
    assert result.date is None or result.date.value != "2020-03-03"


@pytest.mark.parametrize(
    ("dateline", "lead"),
    [
        ("CHISINAU, Feb 28 (Reuters) - ", "Officials in the breakaway region appealed to Moscow for protection."),
        ("YEREVAN (AFP) — ", "Armenia and Azerbaijan said they had agreed on the text of a peace treaty."),
        ("KYIV, Ukraine (AP) — ", "Russian forces struck the power grid overnight, officials said on Monday."),
        ("MOSCOW, October 14. /TASS/. ", "Russia's foreign minister held talks with his Chinese counterpart."),
        ("МИНСК, 14 октября. /БЕЛТА/. ", "Президент Беларуси провёл переговоры с премьер-министром Китая."),
        ("МОСКВА, 14 окт — РИА Новости. ", "Россия и Казахстан подписали соглашение о поставках газа."),
        ("WASHINGTON -- ", "The United States imposed new sanctions on Iranian oil exports on Tuesday."),
        ("PRISTINA/BELGRADE, Sept 26 (Reuters) - ", "Kosovo's prime minister accused Serbia of arming the gunmen."),
    ],
)
def test_a_wire_dateline_is_cut_from_the_lead(dateline: str, lead: str) -> None:
    body, removed = _clean(f"{dateline}{lead} {ARTICLE}")
    assert body.startswith(lead) and removed[dateline.strip()] == "dateline"


@pytest.mark.parametrize(
    "lead",
    [
        "NATO - the alliance's new members among them - agreed to raise spending at the summit in Vilnius.",
        "UN — The world body said on Friday that aid deliveries to the region had been suspended for a week.",
        "CSTO - Russian troops left Kazakhstan in January after the unrest, the alliance said on Thursday.",
    ],
)
def test_a_sentence_opening_with_an_abbreviation_keeps_it(lead: str) -> None:
    body, _ = _clean(f"{lead} {ARTICLE}")
    assert body.startswith(lead)
