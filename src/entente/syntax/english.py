"""English adapter: a spaCy parse (ClearNLP labels) to the shared Universal Dependencies form.

spaCy's English models use ClearNLP relations: prepositions head their objects (``prep`` -> ``pobj``), a copula
heads its predicate (``be`` -> ``acomp``/``attr``), and labels differ (``dobj``, ``nsubjpass``, ``poss`` …). This
is the one place that turns them into UD v2: the object of a preposition becomes an ``obl``/``nmod`` of the
preposition's head with the preposition as its ``case``; a copular predicate becomes the head with ``cop``; labels
are renamed. Everything downstream reads only :mod:`entente.syntax`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..errors import DataFileError
from ..events.nlp import spacy_lemmatizer
from ..timing import MONTHS, WEEKDAYS
from . import Sentence, Word

LABELS = {
    "ROOT": "root", "nsubjpass": "nsubj:pass", "csubjpass": "csubj:pass", "dobj": "obj", "dative": "iobj",
    "auxpass": "aux:pass", "poss": "nmod:poss", "relcl": "acl:relcl", "prt": "compound:prt", "neg": "advmod",
    "npadvmod": "obl:npmod", "quantmod": "advmod", "predet": "det:predet", "preconj": "cc:preconj", "intj": "discourse",
    "meta": "dep", "oprd": "xcomp", "acomp": "xcomp", "attr": "xcomp", "pobj": "obl", "pcomp": "advcl",
    "agent": "obl:agent", "prep": "obl", "nmod": "nmod", "expl": "expl", "dep": "dep",
}  # fmt: skip
VERBAL = {"VERB", "AUX", "ADJ"}
TOKENISED_KEPT = 4096
"""How many tokenised texts the parser keeps for a parse to come (a batch's sentences, a few MB)."""


TIME_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)
"""Day and month names (the date resolver's), which the model rightly reads as adverbials ('met Monday')."""


@cache
def lemma_corrections() -> dict[str, str]:
    """Verb forms the small English model lemmatises wrongly (data/en/lemmas.tsv)."""
    origin = "entente/data/en/lemmas.tsv"
    text = resources.files("entente").joinpath("data", "en", "lemmas.tsv").read_text(encoding="utf-8")
    out = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 2 or not cols[0].strip() or not cols[1].strip():
            raise DataFileError(origin, number, "expected a written form and its lemma")
        out[cols[0].strip().lower()] = cols[1].strip().lower()
    return out


NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
PARTITIVES = frozenset({"one", "some", "several", "many", "most", "both", "each", "all"})
"""Words that name a part of what follows their 'of' ('one of its border crossings')."""
SUBJECT_TAGS = NOUN_TAGS | {"JJ"}


def _with_negation(morph: str) -> str:
    return "Polarity=Neg" if not morph else morph if "Polarity=Neg" in morph else morph + "|Polarity=Neg"


def _oblique(head_pos: str) -> str:
    return "obl" if head_pos in VERBAL else "nmod"


def from_spacy(span: Span) -> Sentence:
    """The UD form of one parsed spaCy sentence (a Doc or a sentence Span)."""
    tokens = list(span)
    base = tokens[0].i if tokens else 0
    start_char = tokens[0].idx if tokens else 0
    heads = [t.head.i - base for t in tokens]
    deps = [t.dep_ for t in tokens]
    pos = [t.pos_ for t in tokens]
    children: list[list[int]] = [[] for _ in tokens]
    for k, h in enumerate(heads):
        if h != k:
            children[h].append(k)

    def move_children(source: int, target: int, keep: set[int]) -> None:
        for child in list(children[source]):
            if child not in keep and child != target:
                children[source].remove(child)
                children[target].append(child)
                heads[child] = target

    def reattach(child: int, new_head: int) -> None:
        old = heads[child]
        if old != child and child in children[old]:
            children[old].remove(child)
        heads[child] = new_head
        if new_head != child:
            children[new_head].append(child)

    def take_place(k: int, h: int, role: str) -> None:
        """k takes h's head and relation (the root's, if h was the root); h hangs on k as ``role``."""
        if h == heads[h]:
            reattach(k, k)
            deps[k] = "ROOT"
        else:
            reattach(k, heads[h])
            deps[k] = deps[h]
        reattach(h, k)
        deps[h] = role

    # Copulas: 'Russia is likely to attack' -> likely (root) with 'is' as cop.
    for k, token in enumerate(tokens):
        if token.lemma_ != "be" or deps[k] in {"aux", "auxpass"}:
            continue
        predicates = [c for c in children[k] if deps[c] in {"acomp", "attr"}]
        if not predicates:
            continue
        p = predicates[0]
        head, dep = heads[k], deps[k]
        reattach(p, p if head == k else head)
        deps[p] = dep if dep != "ROOT" else "ROOT"
        if head == k:
            heads[p] = p
        move_children(k, p, keep=set())
        reattach(k, p)
        deps[k] = "cop"
        pos[k] = "AUX"

    # 'demanded that the Sudanese army halt hostilities': the small model may read a clause whose verb is in the
    # bare (subjunctive) form as one noun phrase of compounds under its object. A clause after 'that' has a verb:
    # the first bare-form word after a noun is it, the noun before it its subject, the noun phrase head its object.
    marked = {heads[c]: c for c in range(len(tokens)) if deps[c] == "mark" and tokens[c].lower_ == "that"}
    for k, mark in marked.items():
        if pos[k] not in {"NOUN", "PROPN"} or heads[k] == k or mark > k:
            continue
        if any(deps[c] in {"nsubj", "aux", "cop", "auxpass"} for c in children[k]):
            continue
        inside = range(mark + 1, k)
        if any(not mark < heads[j] <= k for j in inside):
            continue
        verbs = [v for v in inside if deps[v] == "compound" and v - 1 > mark and tokens[v - 1].tag_ in NOUN_TAGS
                 and (tokens[v].tag_ in {"VB", "VBP"} or tokens[v].tag_ == "NN" and tokens[v + 1].tag_ in NOUN_TAGS)]
        if not verbs:
            continue
        v, subject = verbs[0], verbs[0] - 1
        reattach(v, heads[k])
        deps[v], pos[v] = "ccomp", "VERB"
        reattach(mark, v)
        for j in range(mark + 1, v):
            if heads[j] == k or j == subject:
                reattach(j, subject if j != subject else v)
        deps[subject] = "nsubj"
        reattach(k, v)
        deps[k] = "dobj"

    # 'Angola hosted talks between Rwanda and Burundi': the small model may read a past verb before its object as
    # an adjective ('hosted talks') with a subject, and the sentence as a noun phrase. A noun root with such an
    # 'adjective' and a subject before it, and no copula, is a clause whose verb is that word.
    for k in range(len(tokens)):
        if heads[k] != k or pos[k] not in {"NOUN", "PROPN"} or any(deps[c] in {"cop", "aux"} for c in children[k]):
            continue
        verbs = [c for c in children[k] if deps[c] == "amod" and pos[c] == "VERB" and tokens[c].tag_ in {"VBD", "VBN"}]
        if not verbs:
            continue
        v = verbs[0]
        subjects = [c for c in children[k] + children[v] if deps[c] == "nsubj" and c < v]
        # ("South Korea's military fired warning shots": the word before the verb, read as a modifier of the
        # object, is the subject, and what came before it is its own.)
        before = v - 1
        named = v > 0 and heads[before] == k and deps[before] in {"amod", "compound"}
        named = named and tokens[before].tag_ in SUBJECT_TAGS
        if not subjects and not named:
            continue
        if any(heads[j] != k or deps[j] not in {"amod", "det", "compound", "nummod"} for j in range(v + 1, k)):
            continue
        reattach(v, v)
        deps[v] = "ROOT"
        if not subjects:
            subject = v - 1
            for child in [c for c in children[k] if c < subject]:
                reattach(child, subject)
            reattach(subject, v)
            deps[subject], pos[subject] = "nsubj", "NOUN"
        for child in [c for c in children[k] if c < v or deps[c] == "punct"]:
            reattach(child, v)
        reattach(k, v)
        deps[k] = "dobj"

    # 'ECOWAS lifted sanctions on Niger': the small model may read a sentence-opening name and a past verb as a
    # noun phrase root with the verb an adjective on the object ('lifted sanctions'). A name root followed at once
    # by such a past verb, with no verb of its own, is the verb's subject.
    for k in range(len(tokens) - 1):
        v = k + 1
        if heads[k] != k or pos[k] != "PROPN":
            continue
        if any(deps[c] in {"cop", "aux", "auxpass", "nsubj"} for c in children[k]):
            continue
        if deps[v] != "amod" or pos[v] != "VERB" or tokens[v].tag_ != "VBD":
            continue
        thing = heads[v]
        if thing == k or heads[thing] != k or deps[thing] not in {"dobj", "appos", "compound", "npadvmod"}:
            continue
        reattach(v, v)
        deps[v] = "ROOT"
        for child in [c for c in children[k] if c > v or deps[c] == "punct"]:
            reattach(child, v)
        reattach(k, v)
        deps[k] = "nsubj"
        deps[thing] = "dobj"

    # 'the West African bloc ECOWAS': the small model tags an unknown acronym after a noun as a verb and hangs it
    # anywhere. Verbs are not written in capitals (outside all-capital headlines), so it is a name in
    # apposition to the noun before it.
    capitals = sum(t.text.isupper() for t in tokens if t.is_alpha)
    headline = capitals > len([t for t in tokens if t.is_alpha]) / 2
    names: set[int] = set()
    for k in range(1, len(tokens)):
        text = tokens[k].text
        if headline or pos[k] != "VERB" or not (text.isupper() and text.isalpha() and len(text) > 1):
            continue
        if pos[k - 1] not in {"NOUN", "PROPN"} or heads[k - 1] == k and deps[k] not in {"ccomp", "xcomp"}:
            continue
        head = heads[k]
        for child in list(children[k]):
            # '… announced its withdrawal from the bloc ECOWAS' read as a clause 'withdrawal ECOWASes': its
            # subject is the object of the verb above.
            reattach(child, head if head != k else child)
            if deps[child] == "nsubj" and deps[k] in {"ccomp", "xcomp"}:
                deps[child] = "dobj"
        if head == k:
            continue
        reattach(k, k - 1)
        deps[k], pos[k] = "appos", "PROPN"
        names.add(k)

    # 'IAEA chief Rafael Grossi urged Iran …': at the start of a sentence the model may read an acronym as a verb
    # and the title after it as its object. Verbs are not written in capitals: the acronym modifies the title, and
    # the title the name after it.
    if len(tokens) > 3 and not headline and pos[0] == "VERB" and tokens[0].text.isupper() and tokens[0].is_alpha:
        title = 1
        if heads[title] == 0 and deps[title] in {"dobj", "obj"} and pos[title] == "NOUN" and pos[2] == "PROPN":
            name = heads[2] if deps[2] == "compound" else 2
            if name != 0 and heads[name] != 0:
                reattach(title, name)
                deps[title] = "compound"
                reattach(0, title)
                deps[0], pos[0] = "compound", "PROPN"
                names.add(0)

    # 'Pakistan rejected as baseless Indian claims that …': a verb's object may follow the predicate said of it
    # ('as baseless'); the model reads the object as the noun of 'as'. An adjective straight after 'as' with the noun
    # after it, on a verb with no object, is that predicate, and the noun the object.
    for k in range(len(tokens) - 2):
        verb, adjective = heads[k], k + 1
        if tokens[k].lower_ != "as" or deps[k] != "prep" or pos[verb] != "VERB" or pos[adjective] != "ADJ":
            continue
        objects = [c for c in children[k] if deps[c] == "pobj" and pos[c] in {"NOUN", "PROPN"} and c > adjective]
        if not objects or heads[adjective] != objects[0] or any(deps[c] == "dobj" for c in children[verb]):
            continue
        noun = objects[0]
        reattach(noun, verb)
        deps[noun] = "dobj"
        reattach(adjective, verb)
        deps[adjective] = "advmod"
        reattach(k, adjective)
        deps[k] = "advmod"
    # ('Albania denounced as an ugly crime Serbia's suppression of …': with a noun predicate the model reads the
    # object as an apposition to it; an apposition follows a comma, and with none the noun is the object.)
    for k in range(len(tokens)):
        verb = heads[k]
        if tokens[k].lower_ != "as" or deps[k] != "prep" or pos[verb] != "VERB" or verb > k:
            continue
        predicates = [c for c in children[k] if deps[c] == "pobj" and pos[c] == "NOUN"]
        if not predicates or any(deps[c] in {"dobj", "obj"} for c in children[verb]):
            continue
        objects = [c for c in children[predicates[0]] if deps[c] == "appos" and c > predicates[0]]
        if not objects or any(tokens[j].is_punct for j in range(predicates[0], objects[0])):
            continue
        reattach(objects[0], verb)
        deps[objects[0]] = "dobj"

    # 'Sudan accused the UAE of arming the RSF and cut diplomatic ties with Abu Dhabi': the model may coordinate a
    # verb whose past and bare forms are one ('cut', 'put', 'set') with the gerund of 'accused … of arming'. A verb
    # not in -ing form cannot be coordinated with a gerund: it is the main verb's conjunct.
    for k in range(len(tokens)):
        gerund = heads[k]
        if deps[k] != "conj" or tokens[k].tag_ not in {"VB", "VBD", "VBP", "VBZ"} or tokens[gerund].tag_ != "VBG":
            continue
        if deps[gerund] != "pcomp" or deps[heads[gerund]] != "prep":
            continue
        main = heads[heads[gerund]]
        if tokens[main].tag_ not in {"VBD", "VBZ", "VBP"} or tokens[k].tag_ == "VB" and tokens[main].tag_ != "VBD":
            continue
        for cc in [c for c in children[gerund] if deps[c] == "cc" and gerund < c < k]:
            reattach(cc, main)
        reattach(k, main)

    # 'Trump left the NATO summit having scolded NATO for …': the model may read the noun after a verb as the
    # subject of a following perfect participle (an absolute construction, 'the summit having scolded NATO'). An
    # absolute clause is set off by a comma; with none, and no object on the verb before it, the noun is that
    # verb's object and the participle's doer is the main subject.
    for k in range(len(tokens)):
        participle, main = k, heads[k]
        if deps[k] != "advcl" or tokens[k].tag_ != "VBN" or main >= k or pos[main] != "VERB":
            continue
        having = [c for c in children[k] if deps[c] == "aux" and tokens[c].lower_ == "having"]
        subjects = [c for c in children[k] if deps[c] == "nsubj" and main < c < participle]
        if not having or not subjects or any(deps[c] in {"dobj", "obj"} for c in children[main]):
            continue
        if any(tokens[j].is_punct for j in range(main + 1, having[0])):
            continue
        reattach(subjects[0], main)
        deps[subjects[0]] = "dobj"

    # 'Sisi met Ethiopian Prime Minister Abiy Ahmed': the model may read a titled name after a verb with no object
    # as a noun-phrase adverbial, as it would 'met Monday'. A name of several words that is no day or month is the
    # verb's object.
    for k in range(len(tokens)):
        verb = heads[k]
        if deps[k] != "npadvmod" or pos[k] != "PROPN" or verb >= k or pos[verb] != "VERB":
            continue
        if tokens[k].lower_ in TIME_NAMES or any(deps[c] in {"dobj", "obj"} for c in children[verb]):
            continue
        if any(deps[c] == "compound" and pos[c] == "PROPN" for c in children[k]):
            deps[k] = "dobj"

    # 'Poland closed one of its border crossings with Belarus': a part named by 'one of', 'some of', 'several of'
    # stands for the things it is part of; the noun after 'of' heads the phrase, as in 'closed its border
    # crossings' ('none of' is left alone: it negates).
    # (a number too: 'closed two of its six border crossings with Belarus')
    for k in range(len(tokens)):
        partitive = tokens[k].lower_ in PARTITIVES or tokens[k].tag_ == "CD"
        if not partitive or deps[k] not in {"dobj", "nsubj", "nsubjpass", "pobj"}:
            continue
        ofs = [c for c in children[k] if deps[c] == "prep" and tokens[c].lower_ == "of" and c == k + 1]
        wholes = [c for c in children[ofs[0]] if deps[c] == "pobj" and pos[c] in {"NOUN", "PROPN"}] if ofs else []
        if not wholes or heads[k] == k:
            continue
        whole = wholes[0]
        reattach(whole, heads[k])
        deps[whole] = deps[k]
        reattach(k, whole)
        deps[k] = "nummod" if pos[k] == "NUM" else "det"
        reattach(ofs[0], k)
        deps[ofs[0]] = "advmod"

    # 'Gonzalez was granted asylum by Spain': with an object left on a passive verb the model may read its 'by'
    # phrase as a plain preposition. On a passive verb with no agent, 'by' + a noun names the agent.
    for k in range(len(tokens)):
        verb = heads[k]
        if tokens[k].lower_ != "by" or deps[k] != "prep" or verb == k or pos[verb] != "VERB":
            continue
        passive = any(deps[c] in {"nsubjpass", "auxpass"} for c in children[verb])
        named = any(deps[c] == "pobj" and pos[c] in {"NOUN", "PROPN"} for c in children[k])
        if passive and named and not any(deps[c] == "agent" for c in children[verb]):
            deps[k] = "agent"

    # 'kidnapped up to 16 advisers': the small model reads 'up' as the verb's particle and 'to 16 advisers'
    # as a place; 'up to' only bounds the number, and the counted noun is the verb's object.
    for k in range(len(tokens) - 2):
        verb, number = heads[k], k + 2
        up_to = tokens[k].lower_ == "up" and pos[k] == "ADP" and tokens[k + 1].lower_ == "to"
        if not (up_to and tokens[number].like_num):
            continue
        noun = heads[number] if deps[number] == "nummod" else number
        objects = [c for c in children[verb] if deps[c] == "dobj"]
        if pos[verb] != "VERB" or verb > k or noun == verb or pos[noun] not in {"NOUN", "PROPN", "NUM"}:
            continue
        if objects and objects != [noun]:
            continue
        reattach(noun, verb)
        deps[noun] = "dobj"
        for marker in (k, k + 1):
            reattach(marker, number)
            deps[marker] = "advmod"

    # 'NATO ally Turkey's President Erdogan criticized …': the model may read a descriptive noun before a name as
    # a second subject. Two subjects of one verb, side by side, are one referent: the first describes the second.
    def extent(k: int) -> tuple[int, int]:
        span = [k]
        for c in children[k]:
            span.extend(extent(c))
        return min(span), max(span)

    for k in range(len(tokens)):
        subjects = [c for c in children[k] if deps[c] == "nsubj"]
        if len(subjects) != 2 or subjects[1] > k:
            continue
        first_end = extent(subjects[0])[1]
        # ('Iran, Saudi Arabia agree …': a headline's comma coordinates two subjects.)
        if first_end + 1 == extent(subjects[1])[0] and not tokens[first_end].is_punct:
            reattach(subjects[0], subjects[1])
            deps[subjects[0]] = "appos"

    # 'Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed …': the model may read the first of
    # two coordinated names as an apposition placed before the second. An apposition comes after what it renames;
    # one before it, with its own 'and', is the first conjunct.
    for k in range(len(tokens)):
        h = heads[k]
        conjunctions = [c for c in children[k] if deps[c] == "cc" and c > k]
        if deps[k] != "appos" or h <= k or not conjunctions:
            continue
        take_place(k, h, "conj")
        for c in conjunctions:
            reattach(c, h)

    # 'Mali, Burkina Faso and Niger withdrew': the model may read the second name of a list as an apposition to
    # the first, with the rest coordinated to it. A bare name after a comma that is itself coordinated with a
    # further bare name is a list member; an apposition renames ('Lavrov, the foreign minister and …').
    def bare_name(k: int, besides: int = -1) -> bool:
        allowed = {"compound", "cc", "conj", "punct"}
        return pos[k] == "PROPN" and all(deps[c] in allowed or c == besides for c in children[k])

    for k in range(len(tokens)):
        h = heads[k]
        first = min([k] + [c for c in children[k] if deps[c] == "compound"])
        if deps[k] != "appos" or h >= k or not bare_name(k) or not bare_name(h, k) or not tokens[first - 1].is_punct:
            continue
        further = [c for c in children[k] if deps[c] == "conj" and bare_name(c)]
        if further and any(deps[c] == "cc" for c in children[k]):
            deps[k] = "conj"

    # 'US President Donald Trump and Chinese President Xi Jinping spoke': the model may read a name written straight
    # after its title as an apposition to the title. With no comma between them the name is the head and the
    # title its modifier, as in 'President Trump'.
    for k in range(len(tokens)):
        h = heads[k]
        first = min([k] + [c for c in children[k] if deps[c] == "compound"])
        if deps[k] != "appos" or h != first - 1 or pos[h] != "PROPN" or pos[k] != "PROPN":
            continue
        take_place(k, h, "compound")

    # 'Russian-Ukrainian talks', 'the Kyrgyz-Tajik border': two capitalised modifiers joined by a hyphen are
    # coordinated, as 'Russian and Ukrainian talks' would be; the model hangs the first on the second.
    for k in range(len(tokens) - 2):
        h = k + 2
        if tokens[k + 1].text not in {"-", "–"} or heads[k] != h or deps[k] not in {"amod", "compound"}:
            continue
        if deps[h] not in {"amod", "compound"} or heads[h] == h:
            continue
        # (the second an adjective: 'Secretary-General' is one title)
        if not (tokens[k].text[:1].isupper() and tokens[h].text[:1].isupper()) or pos[h] != "ADJ":
            continue
        if not (tokens[k].is_alpha and tokens[h].is_alpha) or k > 0 and tokens[k - 1].text in {"-", "–"}:
            continue
        reattach(k, heads[h])
        reattach(h, k)
        deps[h] = "conj"
        reattach(k + 1, h)
        deps[k + 1] = "cc"

    # 'Pakistan accused India of massing troops, a charge New Delhi denied': the model may make the verb of the
    # closing relative clause the root and the report its complement ('New Delhi denied (that) Pakistan accused …').
    # A clause, a comma, then 'a'/'an' + noun + a name + that verb, is the report followed by a remark on it.
    for k in range(len(tokens)):
        if heads[k] != k or pos[k] != "VERB":
            continue
        subjects = [c for c in children[k] if deps[c] == "nsubj" and c < k and pos[c] == "NOUN"]
        reports = [c for c in children[k] if deps[c] == "ccomp" and c < k]
        if not subjects or not reports:
            continue
        noun, report = subjects[0], reports[0]
        article = [c for c in children[noun] if deps[c] == "det" and tokens[c].lower_ in {"a", "an"}]
        names = [c for c in children[noun] if deps[c] == "appos" and c > noun and pos[c] == "PROPN"]
        if not article or not names or article[0] == 0 or not tokens[article[0] - 1].is_punct:
            continue
        if any(report < j < article[0] - 1 and heads[j] == k for j in range(len(tokens))):
            continue
        reattach(report, report)
        deps[report] = "ROOT"
        for child in [c for c in children[k] if c != noun]:
            if child < noun or deps[child] == "punct" and child > k:
                reattach(child, report)
        reattach(names[0], k)
        deps[names[0]] = "nsubj"
        reattach(k, noun)
        deps[k] = "relcl"
        reattach(noun, report)
        deps[noun] = "parataxis"

    # 'broke relations with Ecuador in solidarity with Mexico': the model may hang the second 'with' on the head of
    # the first. After 'in' and a bare singular noun ('in solidarity', 'in line', 'in coordination') it is that
    # noun's: Mexico is whom Nicaragua stands with, not one more party to the break.
    for k in range(2, len(tokens)):
        p, q = k - 1, k - 2
        if (deps[k] == "prep" and tokens[k].lower_ == "with" and deps[p] == "pobj" and tokens[p].tag_ == "NN"
                and heads[p] == q and tokens[q].lower_ == "in" and deps[q] == "prep" and heads[q] == heads[k]
                and not children[p]):
            reattach(k, p)

    # 'Kenya pledged to deploy 1,000 officers, and the Bahamas, Benin and Chad have also promised personnel': the
    # model may read the names after ', and' as more objects of the first clause and leave the second clause's verb
    # with no subject. Names coordinated with a common noun, right before that verb (and its auxiliaries), are its
    # subject.
    for v in range(len(tokens)):
        if deps[v] != "conj" or pos[v] != "VERB" or any(deps[c] in {"nsubj", "nsubjpass", "expl"} for c in children[v]):
            continue
        first = min([v, *(c for c in children[v] if c < v)])
        n = first - 1
        if n < 1 or deps[n] != "conj" or tokens[n].tag_ not in {"NNP", "NNPS"}:
            continue
        top = n
        while deps[top] == "conj" and tokens[heads[top]].tag_ in {"NNP", "NNPS"} and heads[top] < top:
            top = heads[top]
        noun = heads[top]
        if deps[top] != "conj" or tokens[noun].tag_ not in {"NN", "NNS"} or not noun < top < v:
            continue
        if not any(tokens[c].lower_ in {"and", "while", "but"} and noun < c < top for c in children[noun]):
            continue
        reattach(top, v)
        deps[top] = "nsubj"

    # 'granted asylum to five officers holed up in a residence': the model may read the noun after a preposition
    # as the subject of the past form after it (as a clause of the main verb), and leave the preposition with no
    # noun. A clause with no subordinator, auxiliary or object, straight after a bare preposition, is a reduced
    # relative on the noun, and the noun the preposition's.
    for k in range(len(tokens) - 1):
        if deps[k] != "prep" or any(deps[c] in {"pobj", "pcomp", "prep"} for c in children[k]):
            continue
        nouns = [n for n in range(k + 1, len(tokens)) if deps[n] == "nsubj" and pos[n] in {"NOUN", "PROPN"}
                 and tokens[heads[n]].tag_ in {"VBN", "VBD"} and heads[heads[n]] == heads[k] and heads[n] > n]
        if not nouns:
            continue
        noun, participle = nouns[0], heads[nouns[0]]
        if any(heads[j] not in range(k + 1, noun + 1) or tokens[j].is_punct for j in range(k + 1, noun)):
            continue
        if any(deps[c] in {"aux", "auxpass", "nsubjpass", "mark", "dobj"} for c in children[participle]):
            continue
        reattach(noun, k)
        deps[noun] = "pobj"
        reattach(participle, noun)
        deps[participle] = "acl"

    # 'Spain called for the EU to suspend its agreement': the model reads 'for' as the mark of a clause whose subject
    # is the EU, as if the suspension were told. A 'for … to' infinitive after a verb is what the verb asks of
    # the noun, as 'called on the EU to suspend' is: the noun is the verb's, the infinitive its complement.
    for k in range(len(tokens)):
        clause = heads[k]
        if tokens[k].lower_ != "for" or deps[k] != "mark" or deps[clause] != "advcl" or pos[heads[clause]] != "VERB":
            continue
        subjects = [c for c in children[clause] if deps[c] == "nsubj" and k < c < clause]
        infinitive = any(deps[c] == "aux" and tokens[c].lower_ == "to" for c in children[clause])
        if not subjects or not infinitive or heads[clause] > k:
            continue
        verb = heads[clause]
        reattach(k, verb)
        deps[k] = "prep"
        reattach(subjects[0], k)
        deps[subjects[0]] = "pobj"
        deps[clause] = "xcomp"

    # Prepositions: 'sanctions on Iran' -> Iran (obl/nmod of the head) with 'on' as case.
    for k in range(len(tokens)):
        if deps[k] not in {"prep", "agent"} and not (deps[k] == "dative" and pos[k] == "ADP"):
            continue
        objects = [c for c in children[k] if deps[c] == "pobj"]
        clauses = [c for c in children[k] if deps[c] == "pcomp"]
        inner = [c for c in children[k] if deps[c] == "prep" and not objects and not clauses]
        markers = [k]
        if inner and not objects:
            # 'according to X', 'because of X': a two-word preposition.
            q = inner[0]
            markers.append(q)
            objects = [c for c in children[q] if deps[c] == "pobj"]
            clauses = [c for c in children[q] if deps[c] == "pcomp"]
        head = heads[k]
        if objects:
            n = objects[0]
            reattach(n, head)
            deps[n] = "obl:agent" if deps[k] == "agent" else _oblique(pos[head])
            for m in markers:
                reattach(m, n)
                deps[m] = "case"
        elif clauses:
            c = clauses[0]
            reattach(c, head)
            deps[c] = "advcl" if pos[head] in VERBAL else "acl"
            for m in markers:
                reattach(m, c)
                deps[m] = "mark"
        else:
            deps[k] = "compound:prt" if pos[head] in VERBAL else "advmod"
    nominal = {"NOUN", "PROPN"}
    for k in range(len(tokens)):
        h = heads[k]
        if deps[k] not in {"relcl", "acl:relcl"} or h == k or pos[k] not in VERBAL:
            continue
        marked = [j for j in children[k] if deps[j] == "mark" and tokens[j].lower_ == "that" and j < k]
        subject = [j for j in children[k] if deps[j] in {"nsubj", "nsubjpass", "nsubj:pass"}]
        verb = heads[heads[h]] if deps[h] == "pobj" else heads[h] if deps[h] == "obl" else None
        if marked and subject and verb is not None and pos[verb] == "VERB" and verb < h < k and not any(
            deps[j] == "ccomp" for j in children[verb]
        ):
            # 'notified Tokyo through diplomatic channels that it would stop accepting seafood': a that-clause with a
            # subject of its own after a verb's prepositional phrase is the verb's complement, not a relative clause
            # of the phrase's noun.
            reattach(k, verb)
            deps[k] = "ccomp"
    for k in range(len(tokens)):
        h = heads[k]
        if deps[k] != "conj" or pos[k] not in nominal or h == k or pos[h] not in VERBAL:
            continue
        # 'thanked the emir of Qatar and Turkish President Erdogan': a name joined to the verb's object by 'and' is
        # a second object, not a second verb.
        objects = [j for j in children[h] if deps[j] in {"dobj", "obj"} and j < k]
        joiners = [j for j in children[h] if deps[j] == "cc" and objects and objects[-1] < j < k]
        if objects and joiners:
            reattach(k, objects[-1])
            for j in joiners:
                reattach(j, k)
    for k in range(len(tokens)):
        h = heads[k]
        if deps[k] != "appos" or h == k or pos[h] not in nominal or pos[k] != "PROPN":
            continue
        # (a description is no party: 'Sergei Lavrov, Russia's foreign minister and a veteran diplomat')
        listed = [j for j in children[k] if deps[j] == "conj" and j > k and (pos[h] == "PROPN" or pos[j] == "PROPN")]
        if not listed or not any(deps[j] == "cc" for j in children[k] if k < j < listed[0]):
            continue
        # 'Congo, the United Nations and Western governments accuse …': after a name, 'Y and Z' is a list of parties
        # (conjuncts of the first), not a description of it; after a title ('Thailand's acting prime minister,
        # Phumtham Wechayachai, and Cambodian Prime Minister Hun Manet') the name is its apposition, and what follows
        # 'and' is a second party all the same.
        if pos[h] == "PROPN":
            deps[k] = "conj"
        for j in [*listed, *(c for c in children[k] if deps[c] == "cc" and k < c < listed[-1])]:
            reattach(j, h)
    for k in range(len(tokens)):
        if deps[k] == "ccomp" and heads[k] != k and pos[heads[k]] in {"NOUN", "PROPN"}:
            # 'Reports that X exchanged fire …': a clause on a noun is its content clause (acl), as spaCy labels it
            # in most sentences, whatever it said in this one.
            deps[k] = "acl"
    corrections = lemma_corrections()
    words = [
        Word(
            i=k,
            text=t.text,
            lemma=t.lower_ if k in names else corrections.get(t.lower_, t.lemma_.lower()) if pos[k] == "VERB"
            else t.lemma_.lower(),
            pos=pos[k],
            dep=LABELS.get(deps[k], deps[k]),
            head_i=heads[k],
            idx=t.idx - start_char,
            ws=t.whitespace_,
            tag=t.tag_,
            ent=t.ent_type_,
            # UD marks negation as a feature, not a relation: keep what spaCy's 'neg' said.
            morph=_with_negation(str(t.morph)) if deps[k] == "neg" else "" if k in names else str(t.morph),
        )
        for k, t in enumerate(tokens)
    ]
    return Sentence(span.text, words)


class EnglishParser:
    """spaCy's English pipeline behind the shared interface: words for cheap checks, UD sentences for coding."""

    language = "en"

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        # Texts tokenised by ``words`` (to tell whether a sentence is worth parsing), kept so that ``parse`` does not
        # tokenise them again; bounded, as most are never parsed.
        self._tokenised: dict[str, Doc] = {}

    def words(self, text: str) -> list[str]:
        """The tokens the parser would make, without parsing."""
        doc = self.nlp.make_doc(text)
        if len(self._tokenised) >= TOKENISED_KEPT:
            self._tokenised.clear()
        self._tokenised[text] = doc
        return [t.text for t in doc]

    def like_num(self, word: str) -> bool:
        """'42', '3.5', 'ten', 'million'."""
        return bool(self.nlp.vocab[word].like_num)

    def parse(self, texts: Iterable[str], batch_size: int = 256) -> Iterator[Sentence]:
        docs = (self._tokenised.pop(text, None) or text for text in texts)
        for doc in self.nlp.pipe(docs, batch_size=batch_size):
            yield from_spacy(doc[:])

    def predicate_forms(self, verbs: Iterable[str], nouns: Iterable[str]) -> set[str]:
        """Every written form of these verb and noun lemmas, to tell cheaply which sentences need a parse."""
        verbs = set(verbs)
        forms: set[str] = set()
        for lemma in verbs:
            stem = lemma[:-1] if lemma.endswith("e") else lemma
            forms.update({lemma, lemma + "s", lemma + "es", lemma + "d", lemma + "ed", stem + "ing", stem + "ed",
                          lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})  # fmt: skip
            if lemma.endswith("y"):
                forms.update({lemma[:-1] + "ies", lemma[:-1] + "ied"})
        try:
            exceptions = spacy_lemmatizer(self.nlp).lookups.get_table("lemma_exc")["verb"]
            forms.update(form for form, lemmas in exceptions.items() if verbs.intersection(lemmas))
        except (KeyError, ValueError, AttributeError):
            pass
        for noun in nouns:
            forms.update({noun, noun + "s", noun + "es"})
        return forms
