"""Russian adapter: natasha (razdel segmentation, slovnet morphology and syntax, pymorphy2 lemmas) to the shared form.

natasha already speaks Universal Dependencies (``nsubj``, ``obj``, ``obl`` with ``case``, ``flat:name`` …), so the
adapter only copies tokens, lemmas, tags, relations and features into :class:`entente.syntax.Sentence`. Its models
come inside the PyPI wheels (navec, slovnet) and load with no network.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import cached_property
from typing import Any

from ..events.grammar import load_grammar
from . import Sentence, Word

NUMBER_WORDS = {
    "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "сто", "тысяча",
    "миллион", "миллиард", "триллион", "полтора", "десятки", "сотни", "тысячи",
}  # fmt: skip


def _dictionaries() -> None:
    # pymorphy2 finds its dictionaries through pkg_resources, which recent setuptools no longer ships; point it
    # at the installed Russian dictionaries directly (its documented environment variable).
    if "PYMORPHY2_DICT_PATH" not in os.environ:
        import pymorphy2_dicts_ru

        os.environ["PYMORPHY2_DICT_PATH"] = pymorphy2_dicts_ru.get_path()


class RussianParser:
    """natasha behind the shared interface: words for cheap checks, UD sentences for coding."""

    language = "ru"

    def __init__(self) -> None:
        _dictionaries()
        from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsSyntaxParser, Segmenter

        self.segmenter = Segmenter()
        self.vocab = MorphVocab()
        embedding = NewsEmbedding()
        self.tagger = NewsMorphTagger(embedding)
        self.syntax = NewsSyntaxParser(embedding)

    def words(self, text: str) -> list[str]:
        from razdel import tokenize

        return [t.text for t in tokenize(text)]

    def like_num(self, word: str) -> bool:
        cleaned = word.replace(",", "").replace(".", "")
        return cleaned.isdigit() or word.lower() in NUMBER_WORDS

    def parse(self, texts: Iterable[str], batch_size: int = 256) -> Iterator[Sentence]:
        from natasha import Doc

        for text in texts:
            doc = Doc(text)
            doc.segment(self.segmenter)
            doc.tag_morph(self.tagger)
            doc.parse_syntax(self.syntax)
            yield self._sentence(text, doc)

    def _sentence(self, text: str, doc: Any) -> Sentence:
        words: list[Word] = []
        for sent in doc.sents:
            base = len(words)
            ids = {token.id: base + k for k, token in enumerate(sent.tokens)}
            for k, token in enumerate(sent.tokens):
                token.lemmatize(self.vocab)
                head = ids.get(token.head_id, base + k)
                end = token.stop
                following = text[end : end + 1]
                feats = "|".join(f"{key}={value}" for key, value in sorted((token.feats or {}).items()))
                words.append(Word(
                    i=base + k, text=token.text, lemma=(token.lemma or token.text).lower(), pos=token.pos or "X",
                    dep="root" if head == base + k else (token.rel or "dep"), head_i=head, idx=token.start,
                    ws=" " if following.isspace() else "", morph=feats,
                ))  # fmt: skip
            _converbs_read_as_participles(words[base:], self.vocab)
            _attach_instrumental_predicates(words[base:])
            _attach_stray_prepositional_roots(words[base:])
            _attach_stray_counted_objects(words[base:])
            _second_verb_roots(words[base:])
            _compound_prepositions(words[base:])
            _phrases_after_the_means(words[base:])
            _phrases_hung_on_a_later_noun(words[base:])
            _genitives_hung_across_the_verb(words[base:])
            _blamed_ones_hung_on_the_blame(words[base:])
            _quantity_adverbs(words[base:])
            _objects_of_fixed_predicates(words[base:])
            _nominative_subjects(words[base:])
            _subjects_read_as_appositions(words[base:])
            _accusative_objects(words[base:])
            _objects_of_conjoined_verbs(words[base:])
            _participle_objects(words[base:])
            _subjects_of_the_governing_verb(words[base:])
            _phrases_before_a_clause(words[base:])
            _phrases_inside_a_that_clause(words[base:])
            _fronted_subordinate_clauses(words[base:])
            _complement_clauses_read_as_conjuncts(words[base:])
        return Sentence(text, words, language="ru")

    @cached_property
    def _analyzer(self) -> Any:
        return self.vocab

    def predicate_forms(self, verbs: Iterable[str], nouns: Iterable[str]) -> set[str]:
        """Every inflected form of the lexicon's lemmas (pymorphy2 lexemes), lower-cased."""
        forms: set[str] = set()
        for lemma in [*verbs, *nouns]:
            parses = self._analyzer.parse(lemma)
            forms.add(lemma)
            for parse in parses[:2]:
                if parse.normal_form == lemma:
                    forms.update(form.word for form in parse.lexeme)
        return forms


def _converbs_read_as_participles(words: list[Word], analyzer: Any) -> None:
    """«Кишинев сократил штат посольства, выслав 45 дипломатов»: the tagger may read a perfective converb in -в
    (выслав, заявив) as a participle and hang it on the noun before it. A converb never describes a noun: with the
    dictionary sure of the form, it is a converb of the verb that governs that noun."""
    position = {word.i: word for word in words}
    for word in words:
        if word.pos != "VERB" or "VerbForm=Part" not in word.morph or not word.text.lower().endswith("в"):
            continue
        parses = analyzer.parse(word.text.lower())
        if not parses or parses[0].tag.POS != "GRND" or parses[0].score < 0.9:
            continue
        kept = [f for f in word.morph.split("|") if f.split("=")[0] in {"Aspect", "Tense", "Voice"}]
        word.morph = "|".join(sorted([*kept, "VerbForm=Conv"]))
        governor = position.get(word.head_i)
        for _ in range(4):
            if governor is None or governor.pos == "VERB" or governor.head_i == governor.i:
                break
            governor = position.get(governor.head_i)
        if word.dep == "acl" and governor is not None and governor.pos == "VERB" and governor.i < word.i:
            word.head_i, word.dep = governor.i, "advcl"


def _attach_instrumental_predicates(words: list[Word]) -> None:
    """The parser sometimes leaves the predicate of 'считает слова президента противоречащими …' as a second root.
    A participle or adjective in the instrumental after a verb is that verb's secondary predicate (UD: xcomp),
    as in 'назвал предложение неприемлемым'; attach it so that the verb's complement holds it."""
    roots = [w for w in words if w.head_i == w.i]
    for late in roots[1:]:
        if "Case=Ins" not in late.morph or not (late.pos == "ADJ" or "VerbForm=Part" in late.morph):
            continue
        verbs = [r for r in roots if r.i < late.i and r.pos == "VERB" and "VerbForm=Part" not in r.morph]
        if verbs:
            late.head_i, late.dep = verbs[-1].i, "xcomp"


def _attach_stray_counted_objects(words: list[Word]) -> None:
    """'КНДР направила в Россию несколько тысяч военнослужащих': the parser sometimes hangs a counted noun and its
    number on each other, off the sentence's tree. A noun with a number on it is the object of the verb root
    before it when that verb has none."""
    base = words[0].i if words else 0
    roots = [w for w in words if w.head_i == w.i]
    for number in words:
        noun = words[number.head_i - base]
        if not number.dep.startswith("nummod") or noun.head_i != number.i or noun.pos != "NOUN":
            continue
        verbs = [r for r in roots if r.i < noun.i and r.pos == "VERB"]
        if verbs and not any(w.head_i == verbs[-1].i and w.dep == "obj" for w in words):
            noun.head_i, noun.dep = verbs[-1].i, "obj"


def _attach_stray_prepositional_roots(words: list[Word]) -> None:
    """'нанесли удар высокоточным оружием по объектам ВПК Украины': the parser sometimes leaves a prepositional
    phrase after the verb's complements as a second root. A noun with a preposition is no clause: it is an oblique
    of the verb root before it."""
    roots = [w for w in words if w.head_i == w.i]
    for late in roots[1:]:
        if late.pos not in {"NOUN", "PROPN"} or not any(w.head_i == late.i and w.dep == "case" for w in words):
            continue
        verbs = [r for r in roots if r.i < late.i and r.pos == "VERB"]
        if verbs:
            late.head_i, late.dep = verbs[-1].i, "obl"


def _second_verb_roots(words: list[Word]) -> None:
    """'Мирзиёев провел телефонный разговор с Путиным, выразил соболезнования …': the parser sometimes leaves a
    second verb after a comma, with no subject of its own, as a second root. It is a conjunct of the verb root
    before it, sharing its subject."""
    roots = [w for w in words if w.head_i == w.i]
    for late in roots[1:]:
        before = next((w for w in words if w.i == late.i - 1), None)
        if late.pos != "VERB" or late.feat("VerbForm") not in {"", "Fin"} or before is None or before.text != ",":
            continue
        if any(w.head_i == late.i and w.dep.startswith("nsubj") for w in words):
            continue
        verbs = [r for r in roots if r.i < late.i and r.pos == "VERB"]
        if verbs:
            late.head_i, late.dep = verbs[-1].i, "conj"


# Prepositions written as a preposition and a noun that the parser may read as a noun phrase: «в рамках
# расследования» is 'as part of the investigation', «в ходе переговоров» 'during the talks'.
COMPOUND_PREPOSITIONS = frozenset({("в", "рамках"), ("в", "ходе"), ("в", "результате"), ("в", "качестве"),
                                   ("в", "отношении"), ("в", "целях"), ("в", "преддверии")})  # fmt: skip


def _compound_prepositions(words: list[Word]) -> None:
    """«провели серию задержаний в рамках расследования»: a preposition and its noun that together are one
    preposition («в рамках») mark the genitive after them, which takes the noun's place on its head (so that the
    coder reads «в рамках» as the phrase's preposition, as it does when the parser gives it as fixed words)."""
    by_head = _dependents(words)
    for noun in words:
        marks = [c for c in by_head.get(noun.i, []) if c.dep == "case"]
        if noun.pos != "NOUN" or len(marks) != 1 or (marks[0].lower, noun.lower) not in COMPOUND_PREPOSITIONS:
            continue
        objects = [c for c in by_head.get(noun.i, []) if c.dep == "nmod" and c.i > noun.i and "Case=Gen" in c.morph]
        if not objects or noun.head_i == noun.i:
            continue
        target = objects[0]
        target.head_i, target.dep = noun.head_i, noun.dep
        mark = marks[0]
        mark.head_i = target.i
        noun.head_i, noun.dep = mark.i, "fixed"


def _phrases_after_the_means(words: list[Word]) -> None:
    """'нанесли удар беспилотниками и ракетами по Киеву', 'атака дронами на Москву': the parser sometimes hangs the
    phrase after the means of an act (a noun in the instrumental with no preposition, or its conjunct) on the
    means. It goes with the act, the noun the means hangs on."""
    base = words[0].i if words else 0
    cases = {w.head_i for w in words if w.dep == "case"}

    def means_of(word: Word) -> Word | None:
        """The act (a noun, or a verb) a bare instrumental (or a conjunct of one) describes, or None."""
        if word.dep == "conj" and word.head_i != word.i:
            word = words[word.head_i - base]
        if "Case=Ins" not in word.morph or word.i in cases or word.head_i == word.i or word.pos != "NOUN":
            return None
        act = words[word.head_i - base]
        if word.dep == "nmod" and act.pos == "NOUN" or word.dep in {"iobj", "obl"} and act.pos == "VERB":
            if word.dep == "iobj":
                word.dep = "obl"  # (an indirect object is dative; the instrumental is the means)
            return act
        return None

    for word in words:
        if word.dep != "nmod" or word.i not in cases or word.head_i == word.i:
            continue
        holder = words[word.head_i - base]
        act = means_of(holder) if holder.i < word.i else None
        if act is not None:
            word.head_i = act.i
            word.dep = "obl" if act.pos == "VERB" else "nmod"


def _phrases_hung_on_a_later_noun(words: list[Word]) -> None:
    """'ввело санкции против нескольких китайских компаний за поставки компонентов': the parser sometimes hangs a
    prepositional phrase on a noun further on (here «компонентов»). A phrase modifies what comes before it: it goes
    to the first word up the later noun's chain that stands before it."""
    base = words[0].i if words else 0
    cases = {w.head_i for w in words if w.dep == "case"}
    for word in words:
        if word.dep != "nmod" or word.i not in cases or word.head_i <= word.i:
            continue
        above = words[word.head_i - base]
        if above.pos != "NOUN" or "Case=Gen" not in above.morph:
            continue
        for _ in range(6):
            if above.head_i == above.i:
                break
            above = words[above.head_i - base]
            if above.i < word.i:
                word.head_i = above.i
                word.dep = "obl" if above.pos == "VERB" else "nmod"
                break


def _genitives_hung_across_the_verb(words: list[Word]) -> None:
    """«Министр … Казахстана провел переговоры с министром сельского хозяйства России»: the parser sometimes hangs a
    bare genitive on a noun before the clause's verb, across the verb and its object. A genitive belongs to the
    phrase it ends: it goes to the genitive noun just before it."""
    base = words[0].i if words else 0
    for word in words:
        if word.dep != "nmod" or "Case=Gen" not in word.morph or word.head_i >= word.i - 1 or word.i - 1 < base:
            continue
        before = words[word.i - 1 - base]
        between = words[word.head_i + 1 - base : word.i - 1 - base]
        if before.pos != "NOUN" or "Case=Gen" not in before.morph:
            continue
        if any(w.pos in {"VERB", "AUX"} and w.dep == "root" for w in between):
            word.head_i = before.i


def _blamed_ones_hung_on_the_blame(words: list[Word]) -> None:
    """«возложила ответственность за кризис на Кишинев и Киев», «вину за срыв переговоров на Киев»: the parser may
    hang whom the blame is laid on («на Кишинев») on what it is for («за кризис») or a genitive in it. An accusative
    'на' phrase after the 'за' phrase of a verb's object is the verb's own: whom the object is laid on."""
    base = words[0].i if words else 0

    def at(i: int) -> Word | None:
        return words[i - base] if base <= i < base + len(words) else None

    def marks(word: Word) -> list[str]:
        return [w.text.lower() for w in words if w.head_i == word.i and w.dep == "case"]

    for word in words:
        if word.dep != "nmod" or "Case=Acc" not in word.morph or marks(word) != ["на"]:
            continue
        head = at(word.head_i)
        for _ in range(3):
            if head is None or head.dep != "nmod" or head.i > word.i:
                head = None
                break
            if marks(head) == ["за"] and "Case=Acc" in head.morph:
                break
            head = at(head.head_i)
        owner = at(head.head_i) if head is not None else None
        verb = at(owner.head_i) if owner is not None and owner.dep == "obj" else None
        if head is not None and marks(head) == ["за"] and verb is not None and verb.pos == "VERB":
            word.head_i, word.dep = verb.i, "obl"


QUANTITY_ADVERBS = frozenset({"более", "менее", "свыше", "около", "почти", "порядка", "больше", "меньше", "до"})
"""Words that bound a number ('более ста мирных жителей', 'около двухсот человек')."""


def _quantity_adverbs(words: list[Word]) -> None:
    """'убили более ста мирных жителей': the parser may take the adverb that bounds a number for the verb's subject
    or object. Before a numeral, such a word modifies the numeral (UD: advmod)."""
    for word, following in zip(words, words[1:], strict=False):
        if word.lower in QUANTITY_ADVERBS and word.pos == "ADV" and following.pos == "NUM" and (
            word.dep != "advmod" or word.head_i != following.i
        ):
            old_head, old_dep = word.head_i, word.dep
            word.head_i, word.dep = following.i, "advmod"
            # What hung on the adverb ('депортировало более 300 граждан': граждан) takes its place on the verb, as
            # the object when the verb has a subject of its own; on an adverb the parser read as the verb's
            # ('дроны поразили более 40 бомбардировщиков'), as the object when the verb has none.
            subject = any(w.head_i == old_head and w.dep == "nsubj" for w in words)
            has_object = any(w.head_i == old_head and w.dep == "obj" for w in words)
            for other in words:
                if other.head_i == word.i and other is not following and other.pos in {"NOUN", "PROPN"}:
                    other.head_i = old_head
                    if old_dep == "advmod":
                        marked = any(w.head_i == other.i and w.dep == "case" for w in words)
                        other.dep = "obl" if has_object or marked else "obj"
                    else:
                        other.dep = "obj" if subject and old_dep.startswith("nsubj") else old_dep


FIXED_PREDICATES = frozenset({"грата"})
"""Last words of fixed secondary predicates ('объявил … персоной нон грата')."""


def _objects_of_fixed_predicates(words: list[Word]) -> None:
    """'объявил персоной нон грата французского дипломата': the parser hangs the object on the fixed phrase; what
    follows it belongs to the verb that declares."""
    for word in words:
        if word.lower not in FIXED_PREDICATES:
            continue
        verb = word
        for _ in range(4):
            if verb.pos == "VERB" or verb.head_i == verb.i:
                break
            verb = words[verb.head_i - words[0].i]
        if verb.pos != "VERB" and verb.head_i == verb.i:
            # ('объявила персонами нон грата четырёх дипломатов', the phrase left a root of its own: it is the
            # predicate of the verb before it)
            before = [w for w in words if w.head_i == w.i and w.pos == "VERB" and w.i < word.i]
            if before:
                verb.head_i, verb.dep = before[-1].i, "xcomp"
                verb = before[-1]
        if verb.pos != "VERB":
            continue
        # (or on its first word: 'персоной | нон грата российского дипломата')
        phrase = {w.i for w in words if word.i - 2 <= w.i <= word.i}
        for other in words:
            if other.head_i in phrase and other.i > word.i and other.pos in {"NOUN", "PROPN"}:
                other.head_i, other.dep = verb.i, "obj"


def _dependents(words: list[Word]) -> dict[int, list[Word]]:
    """Each word's dependents by its index, for repairs made while the sentence is still being built."""
    by_head: dict[int, list[Word]] = {}
    for word in words:
        if word.head_i != word.i:
            by_head.setdefault(word.head_i, []).append(word)
    return by_head


def _nominative_subjects(words: list[Word]) -> None:
    """An indeclinable name before its verb is sometimes read as a second object ('Шойгу посетил Минск'). A verb
    with no subject and two objects, the first before it in the nominative, has that one as its subject."""
    by_head = _dependents(words)
    for verb in words:
        children = by_head.get(verb.i, [])
        if verb.pos != "VERB" or any(c.dep.startswith("nsubj") for c in children):
            continue
        objects = [c for c in children if c.dep == "obj"]
        if len(objects) >= 2 and objects[0].i < verb.i and "Case=Nom" in objects[0].morph:
            objects[0].dep = "nsubj"


def _subjects_read_as_appositions(words: list[Word]) -> None:
    """'17 июня на Петербургском форуме Токаев, сидя …, отказался …': the parser may hang a name in the nominative
    on the oblique before it as an apposition. A name in the nominative that renames a noun in another case is no
    apposition: it is the subject of the finite verb the oblique hangs on, when that verb has none."""
    base = words[0].i if words else 0
    by_head = _dependents(words)
    for name in words:
        if name.dep != "appos" or name.pos != "PROPN" or "Case=Nom" not in name.morph:
            continue
        renamed = words[name.head_i - base]
        if "Case=Nom" in renamed.morph or renamed.dep not in {"obl", "nmod"}:
            continue
        # (through a gerund or participle the oblique hangs on: '…, сидя на сцене, отказался')
        verb = renamed
        for _ in range(4):
            if verb.head_i == verb.i or verb.pos == "VERB" and "VerbForm=Fin" in verb.morph:
                break
            verb = words[verb.head_i - base]
        finite = verb.pos == "VERB" and "VerbForm=Fin" in verb.morph
        if finite and name.i < verb.i and not any(c.dep.startswith("nsubj") for c in by_head.get(verb.i, [])):
            name.head_i, name.dep = verb.i, "nsubj"


def _accusative_objects(words: list[Word]) -> None:
    """The reverse slip: 'Египет осудил Израиль' parsed with two subjects, the second tagged accusative. A subject
    after its verb, in the accusative, beside a nominative subject before the verb, is the verb's object."""
    by_head = _dependents(words)
    for verb in words:
        if verb.pos != "VERB":
            continue
        subjects = [c for c in by_head.get(verb.i, []) if c.dep == "nsubj"]
        if len(subjects) < 2 or not any(s.i < verb.i and "Case=Nom" in s.morph for s in subjects):
            continue
        for subject in subjects:
            if subject.i > verb.i and "Case=Acc" in subject.morph:
                subject.dep = "obj"


def _objects_of_conjoined_verbs(words: list[Word]) -> None:
    """'Захарова приветствовала решение Тбилиси и раскритиковала Зурабишвили': a name after a second verb that shares
    the first verb's subject (the same gender and number) may be read as its subject when its case does not show
    (an indeclinable name). With no object of its own, that verb's only subject, after it, is its object."""
    by_head = _dependents(words)
    position = {word.i: word for word in words}
    for verb in words:
        first = position.get(verb.head_i)
        if verb.dep != "conj" or verb.pos != "VERB" or first is None or first.pos != "VERB" or first.i > verb.i:
            continue
        own = by_head.get(verb.i, [])
        subjects = [c for c in own if c.dep == "nsubj"]
        shared = [c for c in by_head.get(first.i, []) if c.dep == "nsubj" and c.i < first.i]
        if len(subjects) != 1 or not shared or any(c.dep in {"obj", "ccomp", "xcomp"} for c in own):
            continue
        later = subjects[0]
        agrees = all(verb.feat(f) == first.feat(f) for f in ("Gender", "Number"))
        if later.i > verb.i and later.pos == "PROPN" and agrees and verb.feat("Gender"):
            later.dep = "obj"


def _participle_objects(words: list[Word]) -> None:
    """'Сийярто, посетивший на прошлой неделе Минск, раскритиковал …': the parser may take the participle's object
    for a second subject of the main verb. A later subject of a verb that has one already, standing inside a
    participle clause of that first subject (after the participle, before the comma that closes it), is the
    participle's object."""
    by_head = _dependents(words)
    position = {word.i: word for word in words}
    for verb in words:
        subjects = [c for c in by_head.get(verb.i, []) if c.dep == "nsubj"]
        if len(subjects) < 2 or verb.pos != "VERB":
            continue
        first = subjects[0]
        for participle in by_head.get(first.i, []):
            if participle.dep != "acl" or "VerbForm=Part" not in participle.morph or "Voice=Pass" in participle.morph:
                continue
            for later in subjects[1:]:
                between = [position[k] for k in range(participle.i + 1, later.i) if k in position]
                inanimate = "Animacy=Inan" in later.morph or "Animacy" not in later.morph
                if participle.i < later.i < verb.i and inanimate and not any(w.text == "," for w in between):
                    later.head_i, later.dep = participle.i, "obj"


def _subjects_of_the_governing_verb(words: list[Word]) -> None:
    """After a long fronted participle ('находящаяся в Ташкенте спикер … заявила, что лидер … принял решение') the
    parser may hang the speaker on the reported verb, which then has two subjects. A subject that stands before the
    verb whose complement clause it was hung on belongs to that verb when the verb has no subject of its own."""
    by_head = _dependents(words)
    position = {word.i: word for word in words}
    for clause in words:
        governor = position.get(clause.head_i)
        if clause.dep != "ccomp" or governor is None or governor.i >= clause.i or governor.pos != "VERB":
            continue
        subjects = [c for c in by_head.get(clause.i, []) if c.dep == "nsubj"]
        if len(subjects) < 2 or any(c.dep.startswith("nsubj") for c in by_head.get(governor.i, [])):
            continue
        for subject in subjects:
            if subject.i < governor.i:
                subject.head_i = governor.i


CLAUSE_FORMS = ("VerbForm=Conv", "VerbForm=Part")


def _opens_a_clause(word: Word) -> bool:
    """A gerund or participle clause ('…, обвинив их'), or a coordinated verb ('… и призвал Баку')."""
    if word.dep in {"advcl", "acl"}:
        return any(f in word.morph for f in CLAUSE_FORMS)
    return word.dep == "conj" and word.pos == "VERB"


def _phrases_before_a_clause(words: list[Word]) -> None:
    """'ввёл санкции против трёх компаний, обвинив их в поставках …', 'назвал неприемлемыми высказывания главы МИД
    и призвал Баку воздерживаться …': the parser may hang a phrase on a word of the gerund, participle or
    coordinated clause that follows it after a comma or 'и'. A phrase does not reach forward into such a clause:
    an object belongs to the verb the clause hangs on, a prepositional phrase to the noun just before it (or, with
    none, to that verb)."""
    position = {word.i: word for word in words}

    def ancestors(word: Word) -> list[int]:
        chain, current = [], word
        while current.head_i != current.i and current.head_i in position and len(chain) < len(words):
            current = position[current.head_i]
            chain.append(current.i)
        return chain

    for word in words:
        head = position.get(word.head_i)
        if word.dep not in {"nmod", "obl", "obj"} or head is None or head.i <= word.i:
            continue
        breaks = [k for k in range(word.i + 1, head.i) if position[k].text == "," or position[k].dep == "cc"]
        if not breaks:
            continue
        clause = next((position[k] for k in [head.i, *ancestors(head)]
                       if breaks[0] < k <= head.i and _opens_a_clause(position[k])), None)  # fmt: skip
        governor = position.get(clause.head_i) if clause is not None else None
        if clause is None or governor is None or governor.i >= word.i:
            continue
        if word.dep == "obj":
            if governor.pos == "VERB" and not any(w.head_i == governor.i and w.dep == "obj" for w in words):
                word.head_i = governor.i
            continue
        start = min([word.i, *(w.i for w in words if word.i in ancestors(w))])
        before = position.get(start - 1)
        if before is not None and before.pos in {"NOUN", "PROPN"}:
            word.head_i, word.dep = before.i, "nmod"
        else:
            word.head_i, word.dep = governor.i, "obl"


CLAUSE_MARKS = frozenset({"что", "чтобы"})
"""Conjunctions that open a complement clause («обвиняет ОДКБ в том, что организация не пришла …»)."""


def _phrases_inside_a_that_clause(words: list[Word]) -> None:
    """«Ереван обвиняет ОДКБ в том, что организация не пришла на помощь в сентябре 2022 года»: the parser may hang
    the phrases after the verb of a 'что' clause on the main verb. A clause runs on to its comma: a phrase after
    the clause's verb, with no comma between them, is the clause's."""
    position = {word.i: word for word in words}

    def under(word: Word, top: int) -> bool:
        current, steps = word, 0
        while current.head_i != current.i and current.head_i in position and steps < len(words):
            if current.head_i == top:
                return True
            current, steps = position[current.head_i], steps + 1
        return False

    clauses = [w for w in words if w.pos == "VERB" and w.dep in {"acl", "ccomp", "advcl"}
               and any(m.head_i == w.i and m.dep == "mark" and m.lower in CLAUSE_MARKS and m.i < w.i for m in words)]
    for word in words:
        head = position.get(word.head_i)
        if word.dep != "obl" or head is None or head.pos != "VERB" or head.i >= word.i:
            continue
        clause = next((c for c in clauses if head.i < c.i < word.i and under(c, head.i)), None)
        if clause is None or any(position[k].text in {",", ";", ":", "—", "–"} for k in range(clause.i + 1, word.i)):
            continue
        word.head_i = clause.i


FRONTED_SUBORDINATORS = frozenset({"с тех пор как", "после того как", "до того как", "перед тем как", "в то время как"})
"""Multiword conjunctions that open a subordinate clause put before the main one."""


def _fronted_subordinate_clauses(words: list[Word]) -> None:
    """«С тех пор как Армения заморозила участие в ОДКБ, Ереван не направлял …»: the parser may hang the fronted
    conjunction on the main verb and make the subordinate verb a root (of its own, or of both). A conjunction whose
    verb lies after the first root opens that root's clause: the later verb is the root, the first its adverbial
    clause."""
    by_i = {w.i: w for w in words}
    for opener in words:
        fixed = [w for w in words if w.head_i == opener.i and w.dep == "fixed"]
        phrase = " ".join(w.lower for w in sorted([opener, *fixed], key=lambda w: w.i))
        if phrase not in FRONTED_SUBORDINATORS:
            continue
        main = by_i.get(opener.head_i)
        roots = [w for w in words if w.head_i == w.i and w.pos == "VERB"]
        if main is None or main.pos != "VERB" or not roots:
            continue
        clause = roots[0]
        if main is clause:
            # ('С тех пор как … Армения заморозила участие, Ереван не направлял …' read as two coordinated clauses:
            # the conjunct with a subject of its own after the comma is the main clause.)
            later = [w for w in words if w.head_i == clause.i and w.dep == "conj" and w.pos == "VERB"
                     and any(s.head_i == w.i and s.dep == "nsubj" for s in words)]  # fmt: skip
            if not later:
                continue
            main = later[0]
        if not opener.i < clause.i < main.i:
            continue
        main.head_i, main.dep = main.i, "root"
        clause.head_i, clause.dep = main.i, "advcl"
        opener.head_i, opener.dep = clause.i, "mark"


def _complement_clauses_read_as_conjuncts(words: list[Word]) -> None:
    """«отвергла обвинения Бишкека в том, что её военные открыли огонь»: the parser may read the clause after «в том,
    что» as a second verb coordinated with the main one. A clause opened by «что» is no conjunct: it is the content
    of the pronoun «том» that stands for it (or, with none, the verb's complement)."""
    grammar = load_grammar("ru")
    by_head = _dependents(words)
    position = {word.i: word for word in words}
    for word in words:
        head = position.get(word.head_i)
        if word.dep != "conj" or word.pos != "VERB" or head is None or head.i > word.i:
            continue
        if not any(c.dep == "mark" and c.lower in grammar.complement_marks for c in by_head.get(word.i, [])):
            continue
        pronouns = [c for c in by_head.get(head.i, []) if c.lemma in grammar.correlative_pronouns and c.i < word.i]
        if pronouns:
            word.head_i, word.dep = pronouns[-1].i, "acl"
        else:
            word.dep = "ccomp"

