"""The Russian adapter's repairs of the parser's slips."""

from __future__ import annotations

import pytest

from entente.syntax import Sentence


@pytest.fixture(scope="module")
def parse():  # noqa: ANN201 - a function from text to a parsed sentence
    from entente.events import build_coder

    parser = build_coder(language="ru").parser
    return lambda text: next(parser.parse([text]))


def word(sentence: Sentence, text: str):  # noqa: ANN201 - a Word
    return next(w for w in sentence if w.text == text)


def test_a_phrase_before_a_gerund_clause_belongs_to_the_noun_before_it(parse) -> None:  # noqa: ANN001
    s = parse("Евросоюз ввёл санкции против трёх китайских компаний, обвинив их в поставках компонентов.")
    companies = word(s, "компаний")
    assert companies.head is word(s, "санкции") and companies.dep == "nmod"


def test_an_object_before_a_coordinated_verb_belongs_to_the_first_verb(parse) -> None:  # noqa: ANN001
    s = parse("Песков назвал «неприемлемыми» высказывания главы МИД Азербайджана и призвал Баку воздерживаться от "
              "антироссийской риторики.")  # fmt: skip
    remarks = word(s, "высказывания")
    assert remarks.head is word(s, "назвал") and remarks.dep == "obj"


def test_a_prepositional_phrase_left_as_a_second_root_hangs_on_the_verb(parse) -> None:  # noqa: ANN001
    s = parse("Вооружённые силы России нанесли массированный удар высокоточным оружием по объектам "
              "военно-промышленного комплекса Украины.")  # fmt: skip
    objects = word(s, "объектам")
    assert objects.head is word(s, "нанесли") and objects.dep == "obl"


def test_a_counted_noun_hung_on_its_own_number_is_the_object(parse) -> None:  # noqa: ANN001
    s = parse("КНДР направила в Россию несколько тысяч военнослужащих.")
    troops = word(s, "военнослужащих")
    assert troops.dep == "obj" and troops.head is word(s, "направила")


def test_a_fixed_predicate_left_a_root_is_the_verbs_and_its_object_the_verbs(parse) -> None:  # noqa: ANN001
    s = parse("Россия объявила персонами нон грата четырёх немецких дипломатов в ответ на высылку российских дипломатов.")
    declared = word(s, "объявила")
    assert word(s, "грата").head is declared and next(w for w in s if w.text == "дипломатов").head is declared


def test_a_name_read_as_an_apposition_to_an_oblique_is_the_subject(parse) -> None:  # noqa: ANN001
    s = parse("17 июня на Петербургском экономическом форуме Токаев, сидя на одной сцене с Путиным, публично "
              "отказался признать независимость ДНР и ЛНР.")  # fmt: skip
    tokayev = word(s, "Токаев")
    assert tokayev.dep == "nsubj" and tokayev.head is word(s, "отказался")


def test_a_noun_hung_on_a_bounding_adverb_of_the_verb_is_its_object(parse) -> None:  # noqa: ANN001
    s = parse("Украинские дроны поразили более 40 российских стратегических бомбардировщиков.")
    bombers = word(s, "бомбардировщиков")
    assert bombers.dep == "obj" and bombers.head is word(s, "поразили")
    assert word(s, "более").head is word(s, "40")


def test_a_fronted_subordinate_clause_hangs_on_the_main_verb(parse) -> None:  # noqa: ANN001
    s = parse("С тех пор как в 2024 году Армения заморозила участие в ОДКБ, Ереван не направлял своих представителей.")
    froze, sent = word(s, "заморозила"), word(s, "направлял")
    assert sent.is_root and froze.dep == "advcl" and froze.head is sent
    assert word(s, "С").dep == "mark" and word(s, "С").head is froze


def test_a_converb_read_as_a_participle_on_a_noun_is_a_converb_of_the_verb(parse) -> None:  # noqa: ANN001
    s = parse("Рига сократила штат посольства, выслав 12 российских дипломатов.")
    expelled = word(s, "выслав")
    assert expelled.feat("VerbForm") == "Conv"
    assert expelled.dep == "advcl" and expelled.head is word(s, "сократила")


def test_an_object_hung_on_the_first_word_of_persona_non_grata_is_the_verbs(parse) -> None:  # noqa: ANN001
    s = parse("МИД Эстонии объявил персоной нон грата российского дипломата, сообщили в ведомстве.")
    assert word(s, "дипломата").dep == "obj" and word(s, "дипломата").head is word(s, "объявил")


def test_a_clause_opened_by_chto_is_no_conjunct_but_the_content_of_its_pronoun(parse) -> None:  # noqa: ANN001
    s = parse("Таджикская сторона отвергла обвинения Бишкека в том, что её военные первыми открыли огонь.")
    opened = word(s, "открыли")
    assert opened.dep == "acl" and opened.head is word(s, "том")


def test_a_phrase_after_the_means_of_an_act_belongs_to_the_act(parse) -> None:  # noqa: ANN001
    s = parse("Вооружённые силы России нанесли комбинированный удар беспилотниками и ракетами по Киеву.")
    kyiv = word(s, "Киеву")
    assert kyiv.head is word(s, "удар")
    s = parse("Россия нанесла удар беспилотниками и ракетами по Киеву.")
    kyiv, drones = word(s, "Киеву"), word(s, "беспилотниками")
    assert drones.dep != "iobj" and kyiv.head in {word(s, "удар"), word(s, "нанесла")}


def test_a_phrase_hung_on_a_later_noun_goes_to_what_comes_before_it(parse) -> None:  # noqa: ANN001
    s = parse("Министерство финансов США ввело санкции против нескольких китайских и индийских компаний за поставки "
              "компонентов для российских беспилотников.")  # fmt: skip
    assert word(s, "компаний").head.i < word(s, "компаний").i


def test_a_phrase_after_the_verb_of_a_that_clause_is_the_clauses(parse) -> None:  # noqa: ANN001
    s = parse("Ереван обвиняет ОДКБ в том, что организация не пришла на помощь в сентябре 2022 года.")
    assert word(s, "сентябре").head is word(s, "пришла")
    assert word(s, "помощь").head is word(s, "пришла")


def test_a_bare_genitive_hung_across_the_verb_belongs_to_the_noun_before_it(parse) -> None:  # noqa: ANN001
    s = parse("Министр сельского хозяйства Казахстана Айдарбек Сапаров провел в Москве переговоры с министром "
              "сельского хозяйства России Оксаной Лут, посвященные ограничениям на ввоз пшеницы.")  # fmt: skip
    russia = word(s, "России")
    assert russia.head.i == russia.i - 1 and russia.head.text == "хозяйства"
