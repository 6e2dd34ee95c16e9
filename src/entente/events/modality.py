"""Truthfulness of a predicate: negated, hypothetical, intended, demanded or reported as an allegation.

Each function reads the dependency parse around a verb or noun token and returns a plain answer; the coder
decides what to code from them. The word lists are grammar, not domain knowledge, so they live here.
"""

from __future__ import annotations

from ..syntax import Word
from .grammar import grammar_of

CLAUSE_LINKS = {"xcomp", "ccomp", "conj", "advcl", "acl:relcl", "acl", "csubj"}


def lemma_with_particle(verb: Word) -> str:
    """'call off' for 'called off', the lemma alone for a verb with no particle."""
    particles = [c.lemma for c in verb.children if c.dep == "compound:prt"]
    return f"{verb.lemma} {particles[0]}" if particles else verb.lemma


def _lower_lemma(token: Word) -> str:
    return token.lemma


def is_negated(verb: Word) -> bool:
    """'did not sign', 'has never recognized', 'no official has expressed', 'failed to reach'."""
    g = grammar_of(verb)
    for child in verb.children:
        if "Polarity=Neg" in child.morph or child.lower in g.negation_words:
            return True
        if child.dep in {"aux", "aux:pass"} and any(
            "Polarity=Neg" in c.morph or c.lower in g.negation_words for c in child.children if c.dep == "advmod"
        ):
            # 'has not, despite persistent rumours, supplied': the parser may hang the negation on the auxiliary.
            return True
        if child.lower in g.negation_phrase_heads and any(w.lower in g.negative_determiners for w in child.children):
            # 'no longer sanctions', 'no more attacks'
            return True
        if child.dep in {"nsubj", "nsubj:pass"} and _negative_subject(child):
            return True
        if child.dep == "obj" and any(d.dep == "det" and d.lower in g.negative_determiners for d in child.children):
            # 'expressed no concern', 'offered no aid': nothing was expressed or offered.
            return True
    head = verb.head
    if verb.dep == "xcomp" and not verb.is_root and _lower_lemma(head) in g.negating_verbs:
        return True
    if verb.dep == "xcomp" and not verb.is_root and head.pos in {"VERB", "AUX", "ADJ"} and _negated_itself(head):
        # 'did not try to attack', 'was not prepared to consider', 'не стала критиковать': the complement of
        # a negated verb or adjective is not done.
        return True
    if verb.dep == "xcomp" and any(c.lower in g.not_yet for c in head.children if c.dep == "advmod"):
        # 'has yet to accuse', 'is yet to respond': not done.
        return True
    marks = [c for c in verb.children if c.dep == "mark" and c.i < verb.i]
    if verb.dep == "advcl" and marks:
        # 'acted without informing Belgrade', 'attacked instead of negotiating' (a two-word subordinator)
        mark = marks[0]
        before = verb.sentence[mark.i - 1].lower + " " if mark.i > 0 else ""
        if mark.lower in g.negating_marks or before + mark.lower in g.negating_marks:
            return True
    if verb.dep == "advcl" and verb.mark in g.preventing_marks and _lower_lemma(head) in g.preventing_verbs:
        # 'stopped X from signing' is not a signing; 'didn't stop X from signing' is.
        return not is_negated(head)
    content = verb.feat("VerbForm") == "Inf" or any(c.dep == "mark" for c in verb.children)
    if is_clause_of_noun(verb) and content and not verb.is_root and head.pos == "NOUN" and (
        head.dep in {"obj", "obl"} and head.head.pos in {"VERB", "AUX"} and _negated_itself(head.head)
    ):
        # 'has not announced any plan to expel the ambassador', «не заявляла о намерении выслать посла»: an intent
        # no one stated. (Not a participle that describes the noun: «договор, подписанный …, не содержит …».)
        return True
    if verb.dep == "conj" and head.dep == "xcomp" and not any(c.dep.startswith("nsubj") for c in verb.children):
        # 'is not ready to open the border and establish relations', «не готова открыть границу и установить
        # отношения»: a second complement of the same head is negated with the first.
        return is_negated(head)
    return False


def _negated_itself(verb: Word) -> bool:
    g = grammar_of(verb)
    return any("Polarity=Neg" in c.morph or c.lower in g.negation_words for c in verb.children)


def _negative_subject(subject: Word) -> bool:
    g = grammar_of(subject)
    if subject.lower in g.negative_subjects:
        return True
    return any(t.lower in g.negative_determiners for t in subject.subtree if t.i <= subject.i)


def clause_chain(token: Word) -> list[Word]:
    """The token and the heads it hangs from through clause links, nearest first."""
    chain = [token]
    current = token
    while current.dep in CLAUSE_LINKS and not current.is_root:
        current = current.head
        chain.append(current)
    return chain


def is_hypothetical(token: Word) -> bool:
    """Inside an 'if'/'unless' clause, or under 'could'/'might'/'may'."""
    g = grammar_of(token)
    for link in clause_chain(token):
        if link.lower in g.speculative_aux and any(c.dep == "xcomp" for c in link.children):
            # «Переговоры могут возобновиться»: a modal that is itself the verb, the act its complement.
            return True
        if _inverted_condition(link, g.inverted_conditional_aux):
            return True
        for child in link.children:
            if child.dep == "mark" and child.lower in g.conditional_marks:
                return True
            if child.dep in {"aux", "advmod", "parataxis", "discourse"} and child.lower in g.speculative_aux:
                return True
            if child.dep == "aux" and child.lower in g.ability_aux and not is_negated(link):
                # 'I can withdraw from the Alliance' says what is possible, not what was done ('cannot accept'
                # is a refusal all the same).
                return True
        if link.dep in {"ccomp", "acl:relcl"}:
            # A reported or relative clause ends the reach of the outer clause's modality.
            break
    return False


def _inverted_condition(clause: Word, auxiliaries: frozenset[str]) -> bool:
    """'Had Washington imposed tariffs, …', 'Were China to invade Taiwan, …': a clause before its head whose
    auxiliary comes before its subject is a condition."""
    if clause.dep not in {"advcl", "ccomp"} or clause.is_root or clause.i > clause.head.i:
        return False
    subject = next((c for c in clause.children if c.dep in {"nsubj", "nsubj:pass"}), None)
    if subject is None:
        return False
    if clause.lower in auxiliaries and clause.i < subject.i:
        return True
    return any(
        c.dep in {"aux", "aux:pass", "cop"} and c.lower in auxiliaries and c.i < subject.i for c in clause.children
    )


def is_wanted(verb: Word) -> bool:
    """'its demand that Israel ease restrictions', 'a proposal to lift sanctions': an act a noun of demand,
    proposal or plan describes is wanted, not done."""
    g = grammar_of(verb)
    for link in clause_chain(verb):
        if link.dep in {"acl", "ccomp"} and link.head.pos in {"NOUN", "PROPN"} and link.head.lemma in g.irrealis_nouns:
            return True
        head = link.head
        judged = head.pos == "ADJ" and _lower_lemma(head) not in g.intent_adjectives
        if link is verb and link.dep == "xcomp" and not link.is_root and judged:
            # 'said it was crucial to discuss with Iran how …', 'it is important to resume talks': what an
            # impersonal judgment calls for is wanted, not done ('Russia was quick to condemn' did, and 'it is
            # surprising to hear Lukashenko criticise Moscow' tells that he did).
            subjects = [c for c in head.children if c.dep in {"nsubj", "expl"}]
            if all(c.pos == "PRON" and c.lower == "it" for c in subjects):
                return True
    return False


def is_purpose(verb: Word) -> bool:
    """'appealed for more troops to fight al Shabaab': an infinitive on a noun says what it is for, not what was done
    ('its decision to expel', 'the first country to recognise' say what was)."""
    g = grammar_of(verb)
    head = verb.head
    return (
        verb.dep in {"acl", "acl:relcl"}
        and not verb.is_root
        and verb.feat("VerbForm") == "Inf"
        and head.pos in {"NOUN", "PROPN"}
        and head.lemma not in g.decision_nouns
        and head.lemma not in g.irrealis_nouns  # (what those want is read by is_wanted)
        and head.lemma not in g.intent_nouns  # (and what these intend by is_intended)
        and not any(c.lower in g.rank_words for c in head.children if c.dep in {"amod", "advmod", "det", "nummod"})
    )


def is_unreal(verb: Word) -> bool:
    """Not a reported act at all: a hypothetical, a prediction or assessment, what a demand or plan wants, what a
    denial denies, what an indirect question asks, or what something is for."""
    return (is_hypothetical(verb) or is_predicted(verb) or is_wanted(verb) or is_perceived(verb) or is_denied(verb)
            or is_asked(verb) or is_purpose(verb) or is_felt_about(verb) or is_said_of_nothing(verb))


def is_said_of_nothing(verb: Word) -> bool:
    """'There is no evidence that Chinese firms supplied weapons', 'no sign that …', «нет доказательств того, что …»:
    what a noun under a negative determiner says is not reported as done."""
    g = grammar_of(verb)
    for link in clause_chain(verb):
        head = link.head
        correlative = head.lemma in g.correlative_pronouns and head.dep in {"nmod", "obl"}
        if link.dep in {"acl", "ccomp"} and not link.is_root and (head.pos == "NOUN" or correlative):
            holder = head.head if correlative else head
            negative = g.negative_determiners
            if any(d.dep == "det" and (d.lower in negative or _lower_lemma(d) in negative) for d in holder.children):
                return True
            if holder.dep in {"nmod", "obl", "obj", "nsubj"} and holder.head.lower in g.negation_words:
                return True
            if holder.dep == "obj" and _negated_itself(holder.head):
                # ('have not seen signs that …', «не видим признаков того, что …»)
                return True
        if link.dep in {"ccomp", "acl:relcl"}:
            break
    return False


def is_felt_about(verb: Word) -> bool:
    """'optimistic about improving relations', 'hopeful of reaching a deal', 'keen on expanding trade': a gerund on an
    adjective says what someone feels about an act, not that it was done."""
    head = verb.head
    return (
        verb.dep == "advcl"
        and not verb.is_root
        and head.pos == "ADJ"
        and verb.feat("VerbForm") in {"Part", "Ger"}
        and "Tense=Past" not in verb.morph
        and verb.mark is not None
    )


QUESTION_DEPS = frozenset({"mark", "advmod", "discourse", "advcl"})


def is_asked(verb: Word) -> bool:
    """'Whether the new government will renegotiate …', 'не стала уточнять, рассматривает ли администрация …': an
    indirect question asks about an act, and a direct one ('Would Egypt send troops?'); neither reports one."""
    g = grammar_of(verb)
    if verb.sentence.text.rstrip().rstrip("»\"'”").endswith("?"):
        # 'Would Egypt send troops to defend Eritrea?', «Введёт ли ЕС новые санкции?»: a direct question asks too.
        return True
    for link in clause_chain(verb):
        if any(c.dep in QUESTION_DEPS and c.lower in g.question_marks for c in link.children):
            return True
        if link.dep == "acl:relcl":
            break
    return False


def is_unasserted(verb: Word) -> bool:
    """Not reported as done: negated, hypothetical or predicted, planned or promised, or hedged."""
    return is_negated(verb) or is_unreal(verb) or is_intended(verb) or is_hedged(verb)


def is_denied(verb: Word) -> bool:
    """'Iran denied that it had supplied drones to Russia', 'опроверг, что …': the clause of a denial is not
    reported as done."""
    g = grammar_of(verb)
    for link in clause_chain(verb):
        if link.dep == "ccomp" and not link.is_root and _lower_lemma(link.head) in g.dispute_verbs:
            return True
        noun = link.head
        if noun.lemma in g.correlative_pronouns and noun.dep in {"nmod", "obl"} and not noun.is_root:
            # («сообщения о том, что …»: the clause hangs on a pronoun that stands for it)
            noun = noun.head
            if link.dep in {"acl", "ccomp"} and _lower_lemma(noun) in g.dispute_verbs:
                # («отвергла обвинения в том, что …»: the pronoun on a denial stands for what is denied)
                return True
        # (a content clause the parser calls relative: 'a report that Russian troops had used …', 'that' a mark)
        content = link.dep == "acl" or link.dep == "acl:relcl" and any(c.dep == "mark" for c in link.children)
        if content and not link.is_root and noun.pos in {"NOUN", "PROPN"} and not noun.is_root:
            # 'Reports that X exchanged fire could not be verified', «информацию о том, что …, не подтвердили»: what
            # a report says that no one could confirm is not reported as done.
            checker = noun.head
            checked = noun.dep in {"nsubj", "nsubj:pass", "obj"} and _lower_lemma(checker) in g.verifying_verbs
            # ('could not be verified'; «проверить не удалось»: the negation may sit on the verb it completes)
            if checked and (is_negated(checker) or checker.dep == "xcomp" and is_negated(checker.head)):
                return True
            if noun.dep in {"obj", "nsubj:pass"} and _lower_lemma(checker) in g.dispute_verbs:
                # 'dismissed as baseless a report that Russian troops had used chemical weapons', «опроверг
                # сообщения о том, что …»: what a report says that is denied is not reported as done.
                return True
    return False


def is_perceived(verb: Word) -> bool:
    """'Kazakhstan sees itself as working with Russia', 'portrays Moscow as defending …': how someone sees or
    depicts an actor is a characterisation, not an act."""
    g = grammar_of(verb)
    return (
        verb.dep in {"advcl", "xcomp", "acl"}
        and not verb.is_root
        and _lower_lemma(verb.head) in g.perception_verbs
        and any(c.dep == "mark" and c.lower in g.perception_marks for c in verb.children)
    )


def verb_above(word: Word, steps: int = 3) -> Word | None:
    """The word itself if a verb, else the nearest verb it hangs from within a few steps ('the visit of … to India',
    'a move Tbilisi condemned'), or None."""
    for _ in range(steps + 1):
        if word.pos == "VERB":
            return word
        if word.is_root:
            break
        word = word.head
    return None


def _bare_participle(verb: Word) -> bool:
    """A participle or gerund with no subject or auxiliary of its own: 'struck the refinery, setting off a fire'
    tells what the act did, not that anything is expected ('it is expected', «как ожидается» do)."""
    return verb.feat("VerbForm") in {"Part", "Ger", "Conv"} and not any(
        c.dep in {"nsubj", "nsubj:pass", "aux", "aux:pass", "cop", "expl"} for c in verb.children
    )


def is_predicted(verb: Word) -> bool:
    """'X is likely to attack', 'X is expected to retaliate', 'an attack is likely': an assessment."""
    g = grammar_of(verb)
    for link in clause_chain(verb):
        if any(
            c.dep in {"parataxis", "advcl"} and _lower_lemma(c) in g.prediction_words and c.feat("Tense") == "Pres"
            and not _bare_participle(c)
            for c in link.children
        ):
            # 'Как ожидается, Шольц посетит Индию', 'Russia, it is expected, will veto …': an aside that forecasts
            # the act ('как и ожидалось', in the past, says it came as expected).
            return True
        head = link.head
        possible = link.dep == "ccomp" and not link.is_root and lemma_with_particle(head) in g.possibility_verbs
        if possible and is_negated(head):
            # 'did not rule out that Putin would visit Yerevan', «не исключили, что Путин посетит Ереван»: a
            # possibility someone allows for, not an act.
            return True
        if (
            link.dep in {"xcomp", "ccomp"}
            and not link.is_root
            and (_lower_lemma(head) in g.prediction_words or head.lower in g.prediction_words)
        ):
            # ('should not expect Turkey to approve …', read as a clause: expected, not done.)
            return True
        if link.dep == "acl:relcl" and any(c.lower in g.relative_adverbs for c in link.children):
            # 'Scholz is expected to visit India, where he will discuss …', «посетит Индию, где обсудит …»: what is to
            # happen at a forecast visit is forecast too.
            holder = verb_above(link.head)
            return holder is not None and holder is not link and is_predicted(holder)
        if link.dep in {"ccomp", "acl:relcl"}:
            break
    return False


def commits_to(verb: Word) -> bool:
    """'vowed to retaliate', 'threatened to cut off gas': the subject commits to the act."""
    g = grammar_of(verb)
    current = verb
    while current.dep in {"xcomp", "conj"} and not current.is_root:
        if _lower_lemma(current.head) in g.committing_verbs:
            return True
        current = current.head
    return False


def is_future(verb: Word) -> bool:
    """'will retaliate', 'is going to retaliate'; a finite future form ('введёт')."""
    if verb.feat("Tense") == "Fut":
        return True
    # ("будет возобновлено": the auxiliary of a future passive too)
    future_aux = grammar_of(verb).future_aux
    if any(c.dep in {"aux", "aux:pass"} and c.lower in future_aux for c in verb.children):
        return True
    # («Токио будет тесно координировать …»: the parser may hang the auxiliary on an adverb before the infinitive)
    return verb.feat("VerbForm") == "Inf" and any(
        a.dep in {"aux", "cop"} and a.lower in future_aux
        for c in verb.children if c.dep == "advmod" and c.i < verb.i for a in c.children
    )


def is_conditional_main_clause(verb: Word) -> bool:
    """'X will withdraw unless Y …': the act is promised on a condition, i.e. a threat or offer."""
    marks = grammar_of(verb).promise_conditions
    return any(
        child.dep == "advcl" and any(m.dep == "mark" and m.lower in marks for m in child.children)
        for child in verb.children
    )


def is_clause_of_noun(verb: Word) -> bool:
    """A clause on a noun ('its decision to expel', 'readiness to resume'); the Russian parser may hang a noun's
    infinitive as nmod ('решение обратиться в ОДКБ')."""
    return verb.dep == "acl" or (verb.dep == "nmod" and verb.pos == "VERB")


def is_intended(verb: Word) -> bool:
    """Future or planned rather than done: 'will support', 'plans to impose', 'is ready to host'."""
    g = grammar_of(verb)
    if is_future(verb):
        return True
    head = verb.head
    if verb.dep == "xcomp" and not verb.is_root:
        if _lower_lemma(head) in g.intent_verbs or head.lower in g.intent_adjectives:
            return True
        if _lower_lemma(head) in g.aspect_verbs and head.dep == "xcomp":
            # 'vowed to keep attacking ships', «пообещали продолжать удары»: carrying on is intended as the
            # carrying on is.
            return is_intended(head)
        if is_future(head):
            # 'will try to attack': what a future verb's complement does is to come, too.
            return True
    if is_clause_of_noun(verb) and not verb.is_root and head.pos == "NOUN" and head.lemma in g.intent_nouns:
        # 'expressed readiness to resume dialogue', «выразил готовность возобновить диалог»: intended, not done.
        return True
    if (
        verb.dep == "advcl"
        and not verb.is_root
        and verb.feat("VerbForm") == "Inf"
        and any(c.lower in {"to", "чтобы"} for c in verb.children if c.dep in {"aux", "mark"})
        and is_future(head)
    ):
        # 'will work to promote cooperation': the purpose of a future act is to come.
        return True
    own_subject = any(c.dep in {"nsubj", "nsubj:pass"} for c in verb.children)
    if verb.dep == "advcl" and not verb.is_root and not own_subject and head.i != verb.i and is_intended(head):
        # 'hopes to become a gas hub by importing Russian gas': the means of an act to come is to come too.
        return True
    if verb.dep == "conj" and head.i != verb.i and not own_subject and not _finite_past(verb):
        # 'agreed to call for a meeting and increase the pressure': a conjunct sharing its first verb's subject
        # shares what governs it too ('said it would expel 12 officials and recalled its ambassador': not a past
        # tense, which no modal or intent governs).
        return is_intended(head)
    return False


def _finite_past(verb: Word) -> bool:
    return verb.feat("Tense") == "Past" and verb.feat("VerbForm") == "Fin"


def is_obligation(verb: Word) -> bool:
    """'X must withdraw', 'Y should lift': in reported speech, a demand by the speaker."""
    g = grammar_of(verb)
    if any(c.dep in {"aux", "advmod"} and c.lower in g.obligation_aux for c in verb.children):
        return True
    if verb.dep == "xcomp" and any(c.dep == "aux" and c.lower in g.obligation_aux for c in verb.head.children):
        # 'We must continue to talk to Algeria', 'Russia should start to withdraw': the act under a verb that
        # must be done is owed as much as that verb.
        return True
    return verb.dep == "xcomp" and _lower_lemma(verb.head) in g.obligation_heads


def _postposed_reporter(verb: Word) -> Word | None:
    """The reporting verb with its own subject set after the act and a comma ('…, утверждает Минобороны Армении'),
    hung on the act or left a root of its own; None where the act is itself inside a clause."""
    g = grammar_of(verb)
    sentence = verb.sentence
    candidates = [c for c in verb.children if c.dep == "parataxis" and c.i > verb.i]
    if verb.is_root:
        candidates += [w for w in sentence if w.is_root and w.i > verb.i]
    return next(
        (
            w
            for w in candidates
            if _lower_lemma(w) in g.reporting_verbs
            and w.i > 0
            and sentence[w.i - 1].pos == "PUNCT"
            and any(c.i > w.i and (c.dep == "nsubj" or c.dep == "obl" and _lower_lemma(c) in g.document_nouns)
                    for c in w.children)  # ('…, — говорится в заявлении МИД')
            and not any(c.dep in {"obj", "ccomp"} for c in w.children)
        ),
        None,
    )


def reporting_head(verb: Word) -> Word | None:
    """The reporting verb whose clausal complement holds ``verb`` ('media claim that X did Y' -> claim)."""
    g = grammar_of(verb)
    current = verb
    while current.dep in {"conj", "xcomp"} and current.head.i != current.i:
        current = current.head
    if current.dep in {"ccomp", "parataxis"} and _lower_lemma(current.head) in g.reporting_verbs:
        return current.head
    after = _postposed_reporter(current)
    if after is not None:
        # «Военные открыли огонь по позициям, утверждает Минобороны Армении»: the parser may hang the reporting
        # clause after the act on the act (as parataxis) or leave it a root of its own.
        return after
    marked = any(c.dep == "mark" and c.lower in g.complement_marks for c in current.children)
    if current.dep in {"acl", "advcl"} and marked and _lower_lemma(current.head) in g.reporting_verbs:
        # The small parser sometimes hangs a 'that'-clause as acl; it is still what was said.
        return current.head
    holder = current.head
    if (
        current.dep in {"acl", "acl:relcl"}
        and marked
        and _lower_lemma(holder) in g.correlative_pronouns
        and holder.head.i != holder.i
        and _lower_lemma(holder.head) in g.reporting_verbs
    ):
        # 'сообщил о том, что …': the clause hangs on a pronoun that stands for what was said.
        return holder.head
    return None


def claimed_by_subject(verb: Word) -> bool:
    """'Pakistan claims to have shot down …': the act rests on its actor's own claim."""
    g = grammar_of(verb)
    current = verb
    while current.dep in {"xcomp", "conj"} and not current.is_root:
        if _lower_lemma(current.head) in g.alleging_verbs:
            return True
        current = current.head
    return False


def is_hedged(verb: Word) -> bool:
    """'X allegedly attacked', 'якобы потребовал', «как сообщается, посетит»: the writer does not vouch for the act.
    A hedge verb that names where it was reported («как сообщается на сайте МИД») attributes the act instead."""
    g = grammar_of(verb)
    if any(c.lower in g.hedges and not (c.pos == "VERB" and any(d.dep in {"obl", "nsubj"} for d in c.children))
           for c in verb.children):  # fmt: skip
        return True
    # ('According to unconfirmed reports, …', 'Unconfirmed reports said …', «По неподтверждённым данным, …»)
    reporter = reporting_head(verb)
    sources = [c for c in verb.children if c.dep in {"obl", "parataxis", "nmod", "advcl"} and c.pos == "NOUN"]
    sources += [c for c in (reporter.children if reporter is not None else []) if c.dep == "nsubj"]
    if any(m.dep == "amod" and (m.lower in g.unconfirmed_words or m.lemma in g.unconfirmed_words)
           for c in sources for m in c.children):  # fmt: skip
        return True
    # '… said it had shot down five Indian jets, a claim New Delhi has not confirmed' (or 'has denied'): the report
    # is described as a claim another has not confirmed or disputes.
    told = reporter if reporter is not None else verb
    return any(
        t.lemma in g.disputed_nouns
        and any(c.dep == "acl:relcl" and (c.lemma in g.verifying_verbs and is_negated(c) or c.lemma in g.dispute_verbs)
                for c in t.children)
        for t in told.subtree
    )


def is_alleging(reporting: Word) -> bool:
    return _lower_lemma(reporting) in grammar_of(reporting).alleging_verbs


def disputes_allegation(sentence_tokens: list[Word]) -> bool:
    """'Kazakhstan formally rejects these allegations': a later sentence disputes what was reported."""
    if not sentence_tokens:
        return False
    g = grammar_of(sentence_tokens[0])
    lemmas = {t.lemma for t in sentence_tokens}
    verbs = {t.lemma for t in sentence_tokens if t.pos == "VERB"}
    # 'X rejects these allegations', or a denial stated outright ('India denies losing any aircraft').
    return bool(lemmas & g.dispute_verbs) and bool(lemmas & g.disputed_nouns) or bool(verbs & g.denial_verbs)
