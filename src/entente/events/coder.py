"""The event coder: parsed sentences in, CAMEO-coded events with their evidence out.

For each sentence that names an actor, spaCy parses it; every verb (or event noun) found in the lexicon
becomes a candidate event whose source and target come from its subject and objects. Truthfulness rules
then decide what is coded: negated acts give nothing (or the refusal the lexicon names), hypotheticals give
nothing, plans become intents or threats, demands in reported speech become demands, and allegations a
later sentence disputes are dropped. Every event records the lexicon entry and parse path that produced it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from ..actors.gazetteer import ActorEntry, Gazetteer, Office
from ..actors.matcher import ActorMatcher, Mention
from ..facts import Fact, Membership, MembershipRegistry, extract_facts, extract_memberships, load_registry
from ..facts.memberships import registry_memberships
from ..facts.quantities import find_quantities
from ..records import CleanDocument, Sentence
from ..syntax import Parser, Word, obliques
from ..syntax import Sentence as Parsed
from ..timing import explicit_event_date, later_date, names_a_past_day, relative_event_date, same_period_date
from . import modality
from .arguments import (
    NON_STATE_PREFIXES,
    Actor,
    SentenceActors,
    in_place_phrase,
    recent_parties,
    resolve_all,
    resolve_phrase,
    story_pairs,
)
from .cameo import Codebook, load_codebook
from .grammar import Grammar, grammar_of, load_grammar
from .lexicon import Lexicon, LightVerb, NounEntry, VerbEntry

CODER_VERSION = "rules.coder.v1"
ARMED_ROLES = {"MIL", "COP", "PKO", "REB", "INS", "UAF"}
"""Roles of armed units: their 'arrival' somewhere is a deployment, not a visit."""
MUTUAL_CODES = ("03", "040", "041", "043", "044", "046", "050", "057", "06", "0871", "19")
"""Codes whose acts by two coordinated actors are mutual ('A and B agreed', 'A and B clashed')."""
PLACE_TARGET_ROOTS = {"08", "13", "15", "17", "18", "19", "20"}
"""Acts whose place names their target when no party is named: attacks, threats of them, curfews imposed or
lifted ('struck a camp in Pakistan', 'lifted a night curfew in Montenegro')."""
PLACE_TARGET_CODES = ("162", "166")
"""Cuts in aid and expulsions of aid workers or missions, whose place names whom they concern when no party is
('suspended aid deliveries in Iraq', 'expelled aid agencies from Darfur')."""
MEDIA_ROLE = "MED"
PEOPLE_ROLES = {"CVL", "REF", "PPL", "LAB", "EDU", "HLH"}
"""Roles of people an act may be for or about without being its party: civilians, refugees, workers, students."""
VIOLENT_ROOTS = ("18", "19", "20")
"""Roots of physical harm: assault, fighting, mass violence."""
MEETING_CODES = frozenset({"040", "041", "044", "046"})
"""Meetings, calls and negotiations: acts both parties do, each with the other."""
REACTION_ROOTS = {"05", "11", "12", "13"}
"""Acts that answer another's act (praise, criticism, rejection, threats): told in a clause on that act, they are
aimed at its doer ('in a move Tbilisi condemned')."""


@dataclass(frozen=True)
class ActorRecord:
    doc_id: str
    sent_idx: int
    start: int
    end: int
    text: str
    code: str
    kind: str
    entry: str


@dataclass(frozen=True)
class Event:
    event_id: str
    doc_id: str
    sent_idx: int
    source: str
    target: str
    code: str
    goldstein: float
    quad_class: int
    date: str | None
    date_precision: str | None
    sentence: str
    modality: str
    confidence: float
    rule: str
    coder: str
    source_text: str
    target_text: str
    predicate: str
    parse_path: str


@dataclass(frozen=True)
class DocumentCoding:
    actors: tuple[ActorRecord, ...]
    events: tuple[Event, ...]
    facts: tuple[Fact, ...] = ()
    memberships: tuple[Membership, ...] = ()


@dataclass(frozen=True)
class Candidate:
    """An event before truthfulness rules and dating."""

    source: Actor
    target: Actor | None
    code: str
    modality: str
    confidence: float
    rule: str
    predicate: Word
    path: str


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    parts = value.split("-") + ["01", "01"]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def as_intent(code: str) -> str:
    """The 03x 'express intent' code for a cooperative act that is planned or promised."""
    mapping = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "09": "030"}
    specific = {"061": "0311", "062": "0312", "063": "0313", "064": "0314", "071": "0331", "072": "0332",
                "073": "0333", "074": "0334", "081": "0351", "084": "0353", "085": "0354", "087": "0356",
                "045": "039", "046": "036", "057": "030", "082": "0352", "083": "034", "086": "0355",
                "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344"}  # fmt: skip
    return specific.get(code[:4], specific.get(code[:3], mapping.get(code[:2], code)))


def as_threat(code: str) -> str:
    """The 13x 'threaten' code for a coercive act that is planned or made conditional."""
    specific = {"163": "1312", "161": "1313", "162": "1311", "164": "134", "166": "136", "1721": "1321",
                "1722": "1322", "1723": "1323", "1724": "1324", "172": "132", "175": "137", "191": "1381",
                "192": "1382", "190": "1384", "087": "136"}  # fmt: skip
    for n in (4, 3):
        if code[:n] in specific:
            return specific[code[:n]]
    root = code[:2]
    if root == "13":
        return code
    if root == "14":
        return "133"
    if root == "18":
        return "1383"
    if root in {"15", "19", "20"}:
        return "138"
    if root in {"16"}:
        return "131"
    return "130"


def as_demand(code: str) -> str:
    specific = {"084": "1053", "087": "1056", "085": "1054", "081": "1051", "04": "106", "06": "101", "07": "103"}
    for n in (3, 2):
        if code[:n] in specific:
            return specific[code[:n]]
    return "100"


UNDEEDED_ROOTS = frozenset({"01", "02", "04", "11"})
"""Roots of acts that are no 'move' a later reaction answers: statements, appeals, meetings, criticism."""
UNTHREATENING_ROOTS = frozenset({"10", "11"})
"""Roots whose act, promised or made conditional, threatens nothing: a demand or a complaint to come."""


# Acts a state does to people of its own jurisdiction: release, arrest, sentence, censorship of media, bans of
# parties and politicians, curfews.
HELD_AT_HOME_CODES = frozenset({"0841", "173", "116", "1721", "1722", "1723", "1724"})


class EventCoder:
    """Codes the sentences of cleaned documents; load once, use for many documents."""

    def __init__(self, parser: Parser, gazetteer: Gazetteer, lexicon: Lexicon, codebook: Codebook | None = None):
        self.parser = parser
        self.matcher = ActorMatcher(gazetteer, parser.words)
        self.lexicon = lexicon
        self.codebook = codebook or load_codebook()
        self.compound_endings: dict[str, list[str]] = {}
        """The codes of the lexicon's event nouns of several words, by their last word ('strike': 195, 142, …)."""
        for name, entry in lexicon.nouns.items():
            if " " in name:
                self.compound_endings.setdefault(name.rsplit(" ", 1)[1], []).append(entry.code)
        self.registry: MembershipRegistry = load_registry(parser.language)
        self.grammar: Grammar = load_grammar(parser.language)
        self.predicate_forms = parser.predicate_forms([*lexicon.verbs, *self.grammar.statement_verbs], lexicon.nouns)

    # --- public --------------------------------------------------------------------------
    def code_document(self, doc: CleanDocument) -> DocumentCoding:
        return self.code_documents([doc])[0]

    def sentences_to_parse(self, doc: CleanDocument) -> list[int]:
        """The sentences worth parsing: they name an actor (or refer to one with he/she) and hold something
        to code — a predicate of the lexicons, a number, or an organisation. The rest skip the parser."""
        wanted = []
        names: set[str] = set()
        for index, sentence in enumerate(doc.sentences):
            tokens = self.parser.words(sentence.text)
            words = {t.lower() for t in tokens}
            mentions = self.matcher.find(tokens)
            capitalised = {t for t in tokens[1:] if t[:1].isupper() and len(t) > 2}
            if mentions:
                # Names next to actors may be introduced with a title ('President Isaias Afwerki'): a later
                # sentence that names them again ('… welcomed by Isaias') is worth parsing too.
                names.update(capitalised)
            elif (
                not words & self.grammar.personal_pronouns
                and not (set(tokens[:1]) | capitalised) & names
                and not (words & self.grammar.pair_words and words & self.grammar.pair_nouns)
                # ('стороны', 'sides': any form of a party noun, by the stem its forms share)
                and not any(w.startswith(p[:-1]) for w in words for p in self.grammar.party_nouns)
            ):
                # No one is named, but a quantity may still be a fact of the article ('a total of $67 billion').
                if find_quantities(sentence.text):
                    wanted.append(index)
                continue
            if (
                words & self.predicate_forms
                or any(self.parser.like_num(t) for t in tokens)
                or words & self.grammar.fraction_words
                or any(m.entry.kind == "igo" for m in mentions)
            ):
                wanted.append(index)
        return wanted

    def code_documents(self, docs: list[CleanDocument], batch_size: int = 256) -> list[DocumentCoding]:
        """Code many documents, parsing their sentences in large batches (much faster than one by one)."""
        wanted = [self.sentences_to_parse(doc) for doc in docs]
        texts = (docs[d].sentences[i].text for d, indexes in enumerate(wanted) for i in indexes)
        parses = iter(self.parser.parse(texts, batch_size=batch_size))
        codings = []
        for doc, indexes in zip(docs, wanted, strict=True):
            parsed = {i: next(parses) for i in indexes}
            codings.append(self.code_parsed(doc, parsed, _parse_date(doc.date.value)))
        return codings

    def code_parsed(self, doc: CleanDocument, parsed: dict[int, Parsed], doc_date: date | None) -> DocumentCoding:
        actor_rows: list[ActorRecord] = []
        events: list[Event] = []
        last_person: Actor | None = None
        last_collective: Actor | None = None
        last_organisation: Actor | None = None
        last_group: Actor | None = None
        last_claimant: Actor | None = None
        last_doer: Actor | None = None
        last_deed_sentence = -2
        recent_acts: list[tuple[int, str, Actor]] = []
        signers: list[Actor] = []
        signed_sentence = -2
        named_parties: list[Actor] = []
        story: tuple[tuple[Actor, Actor], ...] = ()
        story_events = 0
        context_country: str | None = None
        pending_alleged: list[tuple[int, Candidate, Sentence, tuple[str | None, str | None]]] = []
        facts: list[Fact] = []
        stated: dict[str, dict[str, Membership]] = {}
        known_members: dict[str, set[str]] = {}
        org_first_sentence: dict[str, tuple[int, str]] = {}
        known_names: dict[str, ActorEntry | None] = {}
        told_before: tuple[str, str] | None = None  # the day of what the sentence before told, if it named one
        for index, sentence in enumerate(doc.sentences):
            # ('In April 2023 Finland joined NATO. Later that year, Helsinki expelled nine diplomats': the year
            # counted from what the sentence before told is this sentence's reference, for its month or day too.)
            same = same_period_date(sentence.text, told_before)
            reference, reference_precision = same or (doc.date.value, doc.date.precision)
            told = explicit_event_date(sentence.text, reference, reference_precision)
            later = later_date(sentence.text, told_before)
            told_before = told or later or same
            sent_doc = parsed.get(index)
            if sent_doc is None:
                continue
            # ('On December 26, Baku expelled two French diplomats. Two days later, Paris expelled …'; else as
            # resolve_event_date: the sentence's explicit date, its relative one, the document's)
            event_date = later or told or same \
                or relative_event_date(sentence.text, doc.date.value, doc.date.precision) \
                or (doc.date.value, doc.date.precision)
            # Offices are read on the date of the sentence's main clause, not of a side remark in it.
            main_date = _predicate_date(sent_doc.root, event_date, reference, reference_precision)
            when = _parse_date(main_date[0]) or doc_date
            if main_date[0] and doc.date.value and doc.date.value.startswith(main_date[0]):
                # ('The Senate last week urged Tinubu', dated only to its year: offices are read on the article's
                # own day in that year, not on the year's first.)
                when = doc_date or when
            # A role word used as an adjective ('an official protest') names no one.
            mentions = [
                m
                for m in self.matcher.find(sent_doc)
                if m.entry.kind != "agent" or _nominal(sent_doc[m.end - 1])
            ]
            mentions = [_ethnic_as_people(m, sent_doc) for m in mentions]
            mentions = _without_names_that_are_towns(mentions, sent_doc)
            g = self.grammar
            mentions = _without_backers(mentions, sent_doc, g.proxy_marks, g.organisation_anaphors, g.stance_prefixes)
            mentions = _without_venue_names(mentions, sent_doc, g.venue_nouns, g.phrase_preps)
            mentions = _without_roles_named_after(mentions, sent_doc)
            mentions = _with_known_names(mentions, sent_doc, known_names)
            if len(events) != story_events:
                # (the story's pair changes only with new events: not recounted for every sentence)
                story, story_events = story_pairs([(e.sent_idx, e.source, e.target) for e in events]), len(events)
            ctx = SentenceActors(
                mentions, when, last_person, last_collective, tuple(named_parties), story,
                # (only the act of the sentence just before: an act told further back, or a main act the coder
                # missed, would give the move to someone else)
                last_organisation, last_claimant, last_doer if last_deed_sentence == index - 1 else None,
                _one_per_country(signers) if signed_sentence == index - 1 else (), last_group,
                tuple((index - at, *act) for at, *act in recent_acts if at < index),
            )
            known_names.update(_titled_names(sent_doc, ctx))
            _learn_surnames(mentions, sent_doc, known_names)
            for surname in self.matcher.other_people(sent_doc):
                # ('former prime minister Betssy Chavez … asylum to Chavez' is no Hugo Chávez: a surname first met
                # after another first name names no one the table knows, later in the text too; one the text has
                # already given the table's person stays theirs)
                known_names.setdefault(surname, None)
            actor_rows.extend(self._actor_rows(doc, sentence, sent_doc, mentions, when))
            # An agent named alone ('police', 'protesters') belongs to the sentence's country only when the
            # sentence names just one; with two or more it could be either, and is left unresolved.
            # (a named leader speaks for a country too: 'Lukashenko pardoned dozens of political prisoners' are
            # Belarusians, not of a country named later in an aside; an official of an organisation does not)
            countries = {m.entry.code_on(when)[:3] for m in mentions if m.entry.kind in {"country", "region"}
                         or m.entry.kind == "person" and not m.entry.code_on(when).startswith(NON_STATE_PREFIXES)}
            sentence_country = next(iter(countries)) if len(countries) == 1 else None
            context_country = sentence_country if countries else context_country
            facts.extend(extract_facts(doc.doc_id, index, sentence.text, sent_doc, ctx))
            for mention in mentions:
                if mention.entry.kind == "igo":
                    org_first_sentence.setdefault(mention.entry.code_on(None), (index, sentence.text))
            for membership in extract_memberships(
                doc.doc_id, index, sentence.text, sent_doc, mentions, self.registry, known_members,
                self.grammar,
            ):
                stated.setdefault(membership.org_code, {}).setdefault(membership.member, membership)
            country = sentence_country if countries else context_country
            candidates = _main_events(list(self._candidates(sent_doc, ctx)))
            finalised = [(c, self._finalise(c, ctx, country)) for c in candidates]
            statements = self._statement_candidates(sent_doc, ctx, [c for c, finals in finalised if finals])
            finalised += [(c, self._finalise(c, ctx, country)) for c in statements]
            for candidate, finals in finalised:
                doer = candidate.source
                if not finals and candidate.modality == "asserted" and candidate.code[:2] in FORCE_ROOTS \
                        and not doer.needs_country and doer.kind != "pronoun":
                    # ('Israel struck tanks of government forces … Syria condemned the attack': force whose target
                    # could not be named was still used by its doer, whom a later 'the attack' points to.)
                    recent_acts.append((index, candidate.code, doer))
                when_of_event = _not_after(
                    _predicate_date(candidate.predicate, event_date, reference, reference_precision,
                                    judged=candidate.code[:2] in {"11", "12"} or candidate.code == "016"),
                    doc.date.value, doc.date.precision)  # fmt: skip
                for final in finals:
                    if final.code[:2] in {"01", "11"} and final.modality == "asserted":
                        last_claimant = final.source
                    if final.code[:2] not in UNDEEDED_ROOTS and final.modality == "asserted":
                        last_doer, last_deed_sentence = final.source, index
                        recent_acts.append((index, final.code, final.source))
                    if final.code[:3] == "057" and final.modality == "asserted" and final.target is not None:
                        signers = (signers if signed_sentence == index else []) + [final.source, final.target]
                        signed_sentence = index
                    if final.modality == "alleged":
                        pending_alleged.append((index, final, sentence, when_of_event))
                    else:
                        events.append(self._event(doc, index, sentence, final, when_of_event))
            if pending_alleged and modality.disputes_allegation(list(sent_doc)):
                # A denial disputes the claims before it and those in its own sentence ('… though India denies').
                pending_alleged.clear()
            pending_alleged, released = self._release_alleged(pending_alleged, index)
            events.extend(self._event(doc, i, s, c, d) for i, s, c, d in released)
            for mention in mentions:
                if mention.entry.kind == "person":
                    last_person = Actor(mention.entry.code_on(when), mention.text, "person", mention.start)
                if mention.entry.kind == "igo":
                    last_organisation = Actor(mention.entry.code_on(when), mention.text, "igo", mention.start)
                if mention.entry.kind == "group":
                    last_group = Actor(mention.entry.code_on(when), mention.text, "group", mention.start)
                placed = in_place_phrase(sent_doc[mention.end - 1])
                if mention.entry.kind in {"country", "person", "igo"} and not placed:
                    # (a place is no party: 'met Tokayev in Moscow. The sides signed …')
                    named = Actor(mention.entry.code_on(when), mention.text, mention.entry.kind, mention.start)
                    named_parties = recent_parties([*named_parties, named])
            subjects = [t for t in sent_doc if t.dep in {"nsubj", "nsubj:pass"} and t.head.dep == "root"]
            for subject in subjects:
                actor = resolve_phrase(subject, ctx)
                if actor is not None and actor.kind in {"country", "igo"}:
                    last_collective = actor
                if _names_a_person(subject, ctx):
                    # A named person is the next 'he' or 'she' ('Mousavi, a spokesman for the ministry, …
                    # He also ridiculed …'), even one we know only by office, or not at all: then a later 'he'
                    # is unresolved rather than someone named further back.
                    # (one known by an office of no stated country, 'Foreign Minister Ramtane Lamamra', leaves 'he'
                    # unresolved too)
                    last_person = actor if actor is not None and actor.kind != "pronoun" and not actor.needs_country \
                        else None
        events.extend(self._event(doc, i, s, c, d) for i, c, s, d in pending_alleged)
        memberships = [
            m
            for code, first in org_first_sentence.items()
            for m in registry_memberships(doc.doc_id, code, first, self.registry, stated.get(code, {}), doc_date)
        ]
        return DocumentCoding(tuple(actor_rows), tuple(_dedupe(events)), tuple(facts), tuple(memberships))

    # --- candidates ----------------------------------------------------------------------
    def _candidates(self, sent: Parsed, ctx: SentenceActors) -> Iterable[Candidate]:
        consumed: set[int] = set()
        depth = _depths(sent)
        for token in sorted(sent, key=lambda t: depth[t.i]):
            if token.i in consumed:
                continue
            if _describing_participle(token):
                # 'Iran arms Hamas and other groups fighting Israel': a participle that describes who someone
                # is reports no act of the sentence; the sentence's own predicate does.
                continue
            if _caption_participle(token):
                # 'Police officers chasing protesters during clashes': a root participle with no auxiliary is a
                # photo's caption or a list item, not a report; its clause is not coded.
                consumed.update(t.i for t in token.subtree)
                continue
            ready = self._ready_for(token) if token.pos == "ADJ" else None
            if ready is not None:
                # 'Moscow is ready for talks with Washington', «Москва готова к переговорам»: an intent (03x).
                yield from self._verb_candidates(token, ready, ctx)
                continue
            headline_noun = token.pos == "NOUN" and token.dep == "root" and not _has(token, "cop")
            if token.pos in {"VERB", "AUX"} or headline_noun:
                entry = self._verb_entry(token)
                light = self._light_object(token) if token.pos == "VERB" else None
                if (
                    light is not None
                    and light.case
                    and not self._enacts_a_document(token)
                    and self._done_by_another(token, light, ctx)
                ):
                    # 'объявил о выводе американских войск': an act announced of someone else is not the speaker's.
                    light = None
                if light is not None and (entry is None or not entry.keywords):
                    # 'launched an offensive against X': the event is the noun's, its actor the verb's subject.
                    consumed.add(light.i)
                    noun = self._noun_entry(light)
                    assert noun is not None
                    if token.lemma in self.grammar.receiving_verbs:
                        yield from self._received_candidates(token, light, noun, ctx)
                        continue
                    code = noun.code
                    if token.lemma in self.grammar.committing_verbs:
                        # 'pledged revenge on Israel', 'vowed retaliation': a promised act is a threat or an
                        # intent, not the act.
                        code = as_threat(code) if code[:2] >= "10" else as_intent(code)
                    # A noun after the light verb's own preposition ('объявил о выводе …') is its object.
                    top = light
                    while top.head is not token and top.head.i != top.i:
                        top = top.head
                    particle = top.case if top.dep == "obl" and top.head is token else None
                    entry = VerbEntry(code, token.lemma, particle, (light.lemma,), None,
                                      noun.origin, source="light verb")  # fmt: skip
                    consumed.update(self._complement_verbs(token))
                    yield from self._verb_candidates(token, entry, ctx)
                    continue
                nominalised = self._nominalised(token) if entry is None or not entry.keywords else None
                if nominalised is not None:
                    # 'announced the suspension of military cooperation with the US': the action noun's own verb
                    # codes it ('suspend military cooperation'), its actor the announcer.
                    consumed.update(self._complement_verbs(token))
                    yield from self._verb_candidates(token, nominalised, ctx)
                    continue
                if entry is None and token.pos == "VERB" and token.lemma in self.grammar.retaliation_verbs:
                    entry = self._announced_retaliation(token, ctx)
                if entry is None and token.pos == "VERB" and self._responds_to_force(token):
                    # 'Moscow will respond to Kyiv's attack', «Россия ответит на удар»: a response to force that its
                    # own actor announces is retaliation.
                    entry = self._announced_retaliation(token, ctx)
                if entry is None and token.pos == "VERB" and token.lemma in self.grammar.leaving_verbs:
                    entry = self._left_organisation(token, ctx)
                if entry is not None and entry.code[:2] == "03" and any(
                    c.dep == "xcomp" and modality.is_negated(c) for c in token.children
                ):
                    # 'vowed not to return the Golan Heights', 'пообещал не вводить войска': a promise not to act
                    # is no intent to cooperate.
                    consumed.update(self._complement_verbs(token))
                    continue
                if entry is not None and entry.code[:2] == "03" and self._coded_complement(token):
                    # 'vowed to retaliate', 'pledged to send troops': the promised act is coded, as an intent or
                    # a threat, from the complement itself. ('threatened to …' keeps its own, specific, 13x.)
                    entry = None
                if entry is not None:
                    consumed.update(self._complement_verbs(token, directive=entry.code[:2] in {"02", "10", "13"}))
                    yield from self._verb_candidates(token, entry, ctx)
                    continue
                if token.pos == "VERB" and modality.is_obligation(token):
                    yield from self._obligation_candidates(token, ctx)
                    continue
            if token.pos in {"NOUN", "PROPN"} and self._noun_entry(token) is not None:
                yield from self._noun_candidates(token, ctx)

    def _statement_candidates(self, sent: Parsed, ctx: SentenceActors, coded: list[Candidate]) -> list[Candidate]:
        """'Pompeo said that Iran had launched the attacks', 'Матвиенко заявила, что Узбекистан …': a speaker who
        states something about another party makes a statement to it (010), when what was said is no act the
        lexicons code (then that act, or the accusation it makes, is the event). Only a clause after the verb
        counts: 'Jordan agreed to …, an official said' reports the agreement, it is no statement about Jordan."""
        found: list[Candidate] = []
        coded_at = {c.predicate.i for c in coded}
        for verb in sent:
            if verb.pos != "VERB" or verb.lemma not in self.grammar.statement_verbs:
                continue
            # ('said Taiwan was an inalienable part of China': a noun predicate with its copula is a clause too)
            clauses = [c for c in verb.children if c.dep == "ccomp" and c.i > verb.i and (
                c.pos in {"VERB", "AUX", "ADJ"} or c.pos in {"NOUN", "PROPN"} and _has(c, "cop"))]  # fmt: skip
            if not clauses or any(t.i in coded_at for t in verb.subtree):
                continue
            if verb.dep in {"acl", "acl:relcl"} and verb.head.case in self.grammar.background_preps:
                # 'despite a UN experts' report that said Rwandan soldiers were in Congo': what a report the act is
                # set against said is background, no statement made now.
                continue
            if verb.dep == "advcl" and verb.head.i in coded_at:
                # 'Vietnam accused China of attacking its fishermen, saying Chinese officers beat the crews': a
                # participle that says more of a coded act is that act, no second statement.
                continue
            if modality.is_unasserted(verb) or modality.reporting_head(verb) is not None:
                continue
            if self._background_clause(verb):
                # («МИД России тогда заявил, что …»: what was said before the news is its background)
                continue
            speakers, passive = self._subjects(verb, ctx)
            if passive:
                continue
            threats = [t for c in clauses for t in self._warned_force(c, speakers, verb, ctx)]
            if threats:
                found.extend(threats)
                continue
            about: list[Actor] = []
            blaming = judging = False
            # ('insist the Eurasian Economic Union will eventually adopt a single currency', «заявил, что ОДКБ не
            # позволит …»: a forecast or a denial states no act of the party named.)
            # (a warning is a statement of what could happen: 'Moon warned that Japan's restrictions could threaten
            # the global supply network')
            if verb.lemma not in self.grammar.committing_verbs:
                clauses = [c for c in clauses if not (modality.is_future(c) or modality.is_negated(c)
                                                      or modality.is_predicted(c) or modality.is_hypothetical(c))]
            for clause in clauses:
                blaming = blaming or self._blames(clause) or self._charges_force(clause)
                judging = judging or self._blames(clause, self.grammar.judging_predicates)
                for child in clause.children:
                    if child.dep in {"nsubj", "nsubj:pass"}:
                        # Only a party named as such: a role word alone ('the union would …') may be anyone's.
                        about.extend(a for a in resolve_all(child, ctx)
                                     if a.kind not in {"pronoun", "agent"} and not a.needs_country)  # fmt: skip
            blaming = blaming or verb.lemma in self.grammar.accusing_statement_verbs
            code = "112" if blaming else "111" if judging else "010"
            rule = (f"accusation: '{verb.lemma}' + a reported clause that another party is to blame" if blaming
                    else f"criticism: '{verb.lemma}' + a reported clause judging another party's act" if judging
                    else f"statement: '{verb.lemma}' + a reported clause about another party")  # fmt: skip
            # ('…, killing several commanders, Iranian state media reported': media named after what they report
            # are the story's source, not a party accusing anyone.)
            attributed = verb.lemma in self.grammar.witness_verbs or all(c.i < verb.i for c in clauses)
            for speaker in speakers:
                if speaker is None or speaker.kind == "pronoun" or _news_outlet(speaker):
                    # ('The BBC said Russia had moved troops': a news outlet reports; it states nothing to anyone.
                    # 'Russian pro-government media declare that …' is a campaign of a country's media: it does.)
                    continue
                if speaker.code.endswith(MEDIA_ROLE) and attributed:
                    continue
                # ('the Kremlin said Gazprom was fulfilling its obligations': what a state says of its own
                # people or firms is no statement to another party; blaming them is a domestic accusation.)
                about_others = [a for a in about if blaming or a.code[:3] != speaker.code[:3]]
                for target in _one_per_country([a for a in about_others if _distinct(speaker, a, code)]):
                    path = _path(verb, speaker, target)
                    found.append(Candidate(speaker, target, code, "asserted", 0.6, rule, verb, path))
        return found

    def _warned_force(self, clause: Word, speakers: list[Actor | None], verb: Word,
                      ctx: SentenceActors) -> list[Candidate]:  # fmt: skip
        """'Medvedev warned that Moscow could use nuclear weapons if Ukraine attacked Crimea': force (roots 15-20)
        that a speaker says their own side may or will use is a threat (13x), aimed at its target or at whoever the
        condition names."""
        entry = self._verb_entry(clause) if clause.pos == "VERB" else None
        g = self.grammar
        if clause.pos == "VERB" and modality.lemma_with_particle(clause) in g.retaliation_verbs | g.response_verbs:
            # 'warned that Tehran would respond decisively to any Israeli attack': a response is a threat (130).
            entry = VerbEntry("130", clause.lemma, None, (), None, "grammar: response_verbs", source="grammar")
        if entry is None and clause.lower in self.grammar.speculative_aux:
            # «Москва может применить ядерное оружие»: the modal verb's complement is the act.
            acts = [c for c in clause.children if c.dep == "xcomp" and c.pos == "VERB"]
            clause = acts[0] if acts else clause
            entry = self._verb_entry(clause) if acts else None
        if entry is None or not ("15" <= entry.code[:2] <= "20" or entry.code == "130") or modality.is_negated(clause):
            return []
        if not (modality.is_hypothetical(clause) or modality.is_future(clause)):
            return []
        doers, passive = self._subjects(clause, ctx)
        own = {s.code[:3] for s in speakers if s is not None and s.kind != "pronoun"}
        if passive or not doers or any(d.code[:3] not in own for d in doers if d.kind != "pronoun"):
            return []
        targets = self._objects(clause, ctx, entry.code) or self._condition_subjects(clause, ctx)
        code, rule = as_threat(entry.code), f"threat: '{verb.lemma}' that one's own side may use force or respond"
        return [Candidate(s, t, code, "asserted", 0.6, rule, verb, _path(verb, s, t))
                for s in speakers if s is not None and s.kind != "pronoun"
                for t in _one_per_country([t for t in targets if _distinct(s, t, code)])]  # fmt: skip

    def _charges_force(self, clause: Word) -> bool:
        """The reported clause says its subject used force or coercion (roots 15 to 20) on no one the lexicons could
        name ('said that Russia had violated the truce', «заявил, что Россия нарушила перемирие»): an accusation."""
        entry = self._verb_entry(clause) if clause.pos == "VERB" else None
        light = self._light_object(clause) if clause.pos == "VERB" and entry is None else None
        code = entry.code if entry is not None else (self._noun_entry(light).code if light is not None else "")
        return "15" <= code[:2] <= "20" and not modality.is_unasserted(clause)

    def _blames(self, clause: Word, words: frozenset[str] | None = None) -> bool:
        """The reported clause says its subject is at fault ('Kyiv was to blame', 'Украина виновата', 'had ignored
        Chisinau's position', 'had made a fundamental error'), unnegated; or, with ``words``, is one of them ('was
        unwarranted')."""
        predicates = [clause, *(c for c in clause.children if c.dep in {"xcomp", "obj", "conj"})]
        blaming = [p for p in predicates if p.lemma in (words or self.grammar.blaming_predicates)]
        return bool(blaming) and not any(modality.is_negated(p) for p in [clause, *blaming])

    def _done_by_another(self, verb: Word, noun: Word, ctx: SentenceActors) -> bool:
        """The event noun names its own actor, of another country than the verb's subject."""
        if noun.lemma in self.grammar.patient_nouns:
            # («объявила о высылке посла Латвии»: whose ambassador is expelled is whom the act is done to)
            return False
        subjects, _ = self._subjects(verb, ctx)
        countries = {s.code[:3] for s in subjects if s is not None}
        owners = [a for c in noun.children
                  if c.dep in {"nmod:poss", "amod"} or (c.dep == "nmod" and not c.case)
                  for a in resolve_all(c, ctx) if a.kind in {"country", "person", "igo"}]  # fmt: skip
        return any(a.code[:3] not in countries for a in owners)

    def _announced_retaliation(self, verb: Word, ctx: SentenceActors) -> VerbEntry | None:
        """'Pakistan will retaliate against India', its army said: retaliation that its own actor announces is a
        threat (130). Retaliation done, or forecast by others, names no act of its own and is not coded."""
        subjects, passive = self._subjects(verb, ctx)
        reporter = modality.reporting_head(verb)
        if passive or not modality.is_future(verb) or not self._announced_by_actor(verb, subjects, reporter, ctx):
            return None
        return VerbEntry("130", verb.lemma, None, (), None, "grammar: retaliation_verbs", source="grammar")

    def _responds_to_force(self, verb: Word) -> bool:
        """One of the response_verbs aimed at force named as a noun ('respond to Kyiv's attack', «ответить на
        удар»)."""
        if modality.lemma_with_particle(verb) not in self.grammar.response_verbs:
            return False
        nouns = [n for _, n in obliques(verb) if n.pos == "NOUN"]
        entries = [self._noun_entry(n) for n in nouns]
        return any(e is not None and "15" <= e.code[:2] <= "20" for e in entries)

    def _left_organisation(self, verb: Word, ctx: SentenceActors) -> VerbEntry | None:
        """'Mali quit ECOWAS', 'Армения вышла из ОДКБ': leaving an organisation reduces relations with it (160). What
        is left must be named by the object or departure phrase itself, and be organisations only ('left the NATO
        summit early', 'left Moscow' leave no organisation)."""
        places = [c for c in verb.children if c.dep == "obj"]
        places += [n for p, n in obliques(verb) if p in self.grammar.departure_preps]
        # (a name, or an anaphor of one, also with the name in apposition ('quit the West African bloc ECOWAS'): not
        # a meeting or building the name modifies)
        named = [n for n in places if n.i in ctx.by_token or n.lemma in self.grammar.organisation_anaphors]
        words = verb.sentence
        left = [a for n in named for a in resolve_all(n, ctx)
                if a.head == n.i or words[a.head].dep == "appos" and words[a.head].head is n]  # fmt: skip
        if not left or any(a.kind != "igo" for a in left):
            return None
        return VerbEntry("160", verb.lemma, None, (), None, "grammar: leaving_verbs", source="grammar")

    def _ready_for(self, adjective: Word) -> VerbEntry | None:
        """'ready for talks with Washington', «готова к диалогу с Вашингтоном»: an adjective of intent with a
        cooperative event noun (roots 04 to 09) is the intent to that act (03x)."""
        intent = self.grammar.intent_adjectives
        if adjective.lower not in intent and adjective.lemma not in intent or modality.is_negated(adjective):
            return None
        for preposition, nominal in obliques(adjective):
            noun = self._noun_entry(nominal) if nominal.pos == "NOUN" else None
            if noun is not None and "04" <= noun.code[:2] <= "09":
                return VerbEntry(as_intent(noun.code), adjective.lemma, preposition, (nominal.lemma,), None,
                                 noun.origin, source="light verb")  # fmt: skip
        return None

    def _coded_complement(self, verb: Word) -> bool:
        """The verb has an infinitival complement that the lexicons code on its own ('vowed to retaliate'), also one on
        its object of intent ('expressed readiness to resume talks')."""
        intents = [c for c in verb.children if c.lemma in self.grammar.intent_nouns
                   and (c.dep == "obj" or c.dep == "obl" and c.case in self.grammar.decree_preps)]  # fmt: skip
        clauses = [c for n in intents for c in n.children if modality.is_clause_of_noun(c)]
        # ('invited Tokayev to visit Moscow', «пригласил Токаева посетить Москву»: a complement whose doer is the
        # verb's object is no act of the verb's subject; the verb codes itself)
        told = verb.lemma in self.grammar.object_control_verbs and any(c.dep in {"obj", "iobj"} for c in verb.children)
        complements = [c for c in verb.children if c.dep == "xcomp" and not told]
        # ('vowed to keep attacking ships': what is carried on is the complement)
        complements += [d for c in complements if c.lemma in self.grammar.aspect_verbs
                         for d in c.children if d.dep == "xcomp"]  # fmt: skip
        for child in [*complements, *clauses]:
            if child.pos in {"VERB", "AUX"} and (
                self._verb_entry(child) is not None or self._light_object(child) is not None
            ):
                return True
        return False

    def _noun_entry(self, token: Word) -> NounEntry | None:
        """The noun lexicon's entry for a token, by lemma or by its written form ('talks', 'sanctions')."""
        nouns = self.lexicon.nouns
        # ('missile strikes', 'hunger strike': a compound before the noun may make an event noun of two words)
        compounds = [c for c in token.children if c.dep == "compound" and c.i < token.i]
        if compounds and token.pos == "NOUN":
            modifier = compounds[-1].lower
            entry = nouns.get(f"{modifier} {token.lemma}") or nouns.get(f"{modifier} {token.lower}")
            if entry is not None:
                return entry
        return nouns.get(token.lemma) or nouns.get(token.lower)

    def _light_object(self, verb: Word) -> Word | None:
        """The event noun a light verb hands its event to: its object, its passive subject ('sanctions were
        imposed'), or the object of its particle ('engaged in talks')."""
        forms = self.lexicon.light_verbs.get(verb.lemma)
        if not forms and verb.lemma in self.grammar.committing_verbs:
            forms = [LightVerb(verb.lemma, None, "grammar: committing verb")]
        if not forms and verb.lemma in self.grammar.receiving_verbs:
            forms = [LightVerb(verb.lemma, None, "grammar: receiving verb")]
        if not forms:
            return None
        particles = _particles(verb)
        usable = [f for f in forms if f.particle is None or f.particle in particles]
        if not usable:
            return None
        # 'engaged in talks'; a light verb's own preposition too ('объявил о выводе войск': announced the withdrawal).
        preps = self.grammar.light_object_preps | {f.particle for f in usable if f.particle}
        candidates = [c for c in verb.children if c.dep in {"obj", "nsubj:pass"}]
        candidates += [n for p, n in obliques(verb) if p in preps]
        # 'signed a decree on the recognition of …', 'подписал указ о признании …': what the document enacts.
        if any(c.lemma in self.grammar.document_nouns for c in candidates):
            # (the parser may hang the 'on' phrase on the verb)
            candidates += [n for c in [*candidates, verb] for n in self._enacted(c)]
        for noun in candidates:
            # 'a missile attack', 'talks and consultations': the head noun or its compound modifier.
            words = [noun, *(c for c in noun.children if c.dep == "compound"), *self._counted(noun)]
            for word in words:
                if word.pos in {"NOUN", "PROPN"} and self._noun_entry(word) is not None:
                    if self._denied_noun(noun):
                        # 'no talks', 'о возможном выходе': a possible act is not one.
                        return None
                    if verb.lemma in self.grammar.having_verbs and noun.lemma in self.grammar.agreement_nouns:
                        # ('the two countries have an extradition treaty': a deal one has is a standing one, not
                        # one signed now; 'had talks' were held)
                        return None
                    return noun if word is noun else word
        return None

    def _complement_verbs(self, verb: Word, directive: bool = False) -> set[int]:
        """Verbs inside this verb's complements are part of its event ('refused to help Russia').

        For appeals, demands and threats the clausal complement is what is demanded ('demanded that
        Russia withdraw'), so it is part of the event too.
        """
        deps = {"xcomp", "obl", "obj"} | ({"ccomp"} if directive else set())
        out: set[int] = set()
        for child in verb.children:
            if child.dep == "ccomp" and child.i < verb.i:
                continue  # what was said before the verb is an act of its own ('Jets strike camp, X vows …')
            if child.dep == "obl" and child.case in self.grammar.sequence_preps:
                continue  # 'После того как военные обстреляли …, Ереван обратился …': what came just before
            if child.dep in deps or _prepositional_clause(child):
                out.update(t.i for t in _outside_relatives(child) if t.pos in {"VERB", "AUX"})
        return out

    def _verb_entry(self, verb: Word) -> VerbEntry | None:
        entries = self.lexicon.verb_entries(verb.lemma)
        if not entries:
            return None
        particles = _particles(verb)
        # A clause before its verb is what was said ('Jets strike camp, Islamabad vows response'), not what
        # the act is about.
        # ('pledged aid during talks with Faye': the occasion of an act is not what it is about, nor what it came after:
        # 'suspended the bus service after the attack on parliament' suspends no attack.)
        settings = self.grammar.occasion_preps | self.grammar.sequence_preps
        complement = [t for c in verb.children
                      if (c.dep not in {"nsubj", "csubj", "punct", "advcl", "aux", "aux:pass", "cop", "conj", "cc"}
                          and not (c.dep in {"ccomp", "parataxis"} and c.i < verb.i)
                          and not (c.dep == "obl" and c.case in settings))
                      or _prepositional_clause(c) for t in c.subtree]  # fmt: skip
        # A passive subject is what the act is done to ('the agreement was signed by …'), so it counts; a
        # coordinated verb is an act of its own ('refused to help Russia and said …').
        # Keywords name what the act is about: the complements and their own modifiers, not words buried
        # deeper ('released a report on Russia's detention of civilians' releases no civilians).
        # ('fired two missiles into the sea on Monday': a time phrase says when, not at what; its preposition is
        # no '!on' of an attack. It may still be a keyword: 'gave Hamas until Saturday'.)
        times = {t.i for c in verb.children if c.dep in {"obl", "obl:tmod", "obl:npmod", "nmod:tmod"}
                 and (c.lemma in self.grammar.time_nouns or _names_a_time(c)) for t in c.subtree}  # fmt: skip
        # (a complement clause of the verb's own counts whole; one inside a relative clause does not)
        # ('Venezuelans accused of belonging to a gang were deported': a clause describing an object says what it
        # is, not what the act is; its words are no keywords.)
        # (an exclusion still looks at them: 'fought any signs of support … by banning propaganda symbols')
        # ('struck Taliban posts, according to officials': an attribution is no part of the act; 'according' is no
        # 'accord' struck.)
        words = self.grammar.attribution_words
        attributions = {t.i for c in verb.children if c.lower in words or c.lemma in words and c.case
                        or c.case and c.case.split()[0] in words for t in c.subtree}  # fmt: skip
        complement = [t for t in complement if t.i not in attributions]
        close = [t for t in complement
                 if _depth_below(t, verb) <= 2 or t.head.dep in {"xcomp", "ccomp"} and t.head.head is verb]  # fmt: skip
        near = [t for t in close if not _in_described_clause(t, verb)]
        # '40 тонн гуманитарной помощи', 'two shipments of medical supplies': what is counted is what the act is about.
        counted = [t for t in complement if t.head.lemma in self.grammar.quantity_nouns and t.head.head is verb]
        near += [t for c in counted for t in c.subtree if _depth_below(t, c) <= 1]
        # «признали движение Хезболла террористической организацией»: an instrumental the parser hangs on the object
        # is what the verb makes of it (the secondary predicate), the verb's own complement.
        predicated = [c for o in verb.children if o.dep == "obj" for c in o.children
                      if c.dep == "nmod" and c.feat("Case") == "Ins" and not c.case]  # fmt: skip
        near += [t for c in predicated for t in c.subtree if _depth_below(t, c) <= 1]
        if verb.dep == "acl" and _passive_participle(verb):
            # 'prisoners released by Azerbaijan': the noun a passive participle describes is its object.
            described = [verb.head, *(c for c in verb.head.children if c.dep in {"amod", "compound", "nmod"})]
            near += described
            close += described  # ('a move welcomed by Fidan': '!move' excludes the hosting sense)
        # ('withdrew from a planned series' withdraws no plan: a participle describing a noun keeps its own form.)
        lemmas = {t.lemma for t in near if not _participle_modifier(t)} | {t.lower for t in near}
        # 'seized Goma', «захватили Покровск», 'suspended the BBC': a town or region, or a news outlet, named as the
        # object is what the word for one ('city', «город», 'broadcaster') stands for in a keyword list.
        lemmas |= self._named_object_keywords(verb)
        text = " ".join(t.lower for t in complement)
        # ('fired a missile at a tanker in the Red Sea': a named place where the act took place is no '!sea' of a
        # shot into the sea)
        placed = {t.i for c in close if c.dep in {"obl", "nmod"} and c.pos == "PROPN"
                  and c.case in self.grammar.place_preps and c.case not in self.grammar.target_preps
                  for t in c.subtree}  # fmt: skip
        # ('sanctioned two firms over their sale of drones': with an object, a phrase on why or after what the act
        # was done says nothing of its sense; 'sanctioned the sale' would.)
        reasons = {t.i for c in verb.children if c.dep == "obl" and _has(verb, "obj")
                   and (c.case in self.grammar.reason_preps or _background_prep(c.case, c, self.grammar))
                   for t in c.subtree}  # fmt: skip
        untimed = {t.lemma for t in close if t.i not in times | placed | reasons}
        untimed |= {t.lower for t in close if t.i not in times | placed | reasons}
        untimed_text = " ".join(t.lower for t in complement if t.i not in times | placed | reasons)
        purpose = {t.lemma for c in verb.children if c.dep == "advcl" and c.i > verb.i
                   and any(m.dep in {"mark", "aux"} and m.lower in {"to", "чтобы"} for m in c.children)
                   for t in (c, *(d for d in c.children if d.dep in {"obj", "xcomp"}))}  # fmt: skip
        # 'Turkish warplanes targeted civilian areas': armed forces as the subject tell a force verb's sense as well
        # as a weapon in its object does ('targeted the camp with drones').
        subjects = [c for c in verb.children if c.dep == "nsubj"]
        if not subjects and verb.dep == "acl" and _has(verb, "obj"):
            # ('Israeli airstrikes killed 30 people', read as a noun with a participle: the noun is who acts.)
            subjects = [verb.head]
        armed_words = sorted((t for c in subjects for t in (c, *(d for d in c.children if d.dep == "compound"))),
                             key=lambda w: w.i)  # fmt: skip
        armed = {t.lemma for t in armed_words}
        # ('Saudi-led coalition air strikes hit a school bus': a weapon of two words names it as a phrase)
        armed_text = text + " , " + " ".join(t.lower for t in armed_words)
        # 'set off a fire' is no 'set fire': a particle the lexicon knows with this verb makes it another verb.
        phrasal = {c.lemma for c in verb.children if c.dep == "compound:prt"} & {e.particle for e in entries}
        for entry in entries:
            if entry.particle and entry.particle not in particles:
                continue
            if phrasal and not entry.particle:
                continue
            force = entry.code[:2] in {"18", "19", "20"}
            found = lemmas | armed if force else lemmas
            searched = armed_text if force else text
            if entry.keywords and not any(_has_keyword(k, found, searched) for k in entry.keywords):
                continue
            if any(_has_keyword(k, untimed | purpose, untimed_text) for k in entry.excluded):
                # An exclusion also looks at the purpose clause ('took to the streets to greet them').
                continue
            if "obj" in entry.excluded and any(c.dep == "obj" for c in verb.children):
                # '!obj': an intransitive sense ('workers went on strike', not 'jets struck the camp').
                continue
            if self._keyword_only_in_act_agreed(entry, verb, near):
                # 'agreed to finalise a deal within four months': a keyword in the act agreed to belongs to that
                # act, which is still to come; 'agreed a deal' is the deal.
                continue
            return entry
        return None

    def _keyword_only_in_act_agreed(self, entry: VerbEntry, verb: Word, near: list[Word]) -> bool:
        """Whether a cooperative entry of an agreeing or offering verb ('agree [deal]') finds its keyword only in the
        verb's infinitive complement ('agreed to finalise a deal'), not among the verb's own words."""
        if not entry.keywords or not "04" <= entry.code[:2] <= "09" or verb.lemma not in self.grammar.intent_verbs:
            return False
        if not any(c.dep == "xcomp" and c.pos == "VERB" for c in verb.children):
            return False
        own = [t for t in near if t.head is verb]
        words = {t.lemma for t in own} | {t.lower for t in own}
        text = " ".join(t.lower for t in near if t.head is verb or t.head.head is verb)
        return not any(_has_keyword(k, words, text) for k in entry.keywords)

    def _mediating(self, verb: Word) -> bool:
        """'brokered', 'mediated': a verb of mediation (045), whose doer is a go-between, not a party."""
        entry = self._verb_entry(verb)
        return entry is not None and entry.code.startswith("045")

    def _named_object_keywords(self, verb: Word) -> frozenset[str]:
        """The keywords a name as the verb's direct object stands for: a town or region's ('seized Goma'), a news
        outlet's ('suspended the BBC and Voice of America')."""
        # (the parser may read an indeclinable name as a dative: «запретила Би-би-си»)
        objects = [c for c in verb.children if c.dep in {"obj", "iobj"}]
        objects += [d for c in objects for d in c.conjuncts]
        named = [c.i for c in objects if c.pos in {"PROPN", "NOUN"}]
        if not named:
            return frozenset()
        found: frozenset[str] = frozenset()
        for m in self.matcher.find(verb.sentence):
            if not any(m.start <= i < m.end for i in named):
                continue
            if m.entry.kind == "region" or m.entry.capital:
                # ('seized Damascus': a capital taken is a town taken)
                found |= self.grammar.place_name_keywords
            elif m.entry.kind == "group" and m.entry.code_on(None).endswith(MEDIA_ROLE):
                found |= self.grammar.media_name_keywords
            elif m.entry.kind == "person":
                # ('Putin received Lukashenko', «Путин принял Лукашенко»: a named person stands for a leader)
                found |= self.grammar.person_name_keywords
        return found

    def _subjects(self, verb: Word, ctx: SentenceActors) -> tuple[list[Actor], bool]:
        """Source actors of a verb and whether it is passive (then the subject is the target)."""
        current = verb
        for _ in range(6):
            subjects = [c for c in current.children if c.dep in {"nsubj", "csubj"}]
            passive = [c for c in current.children if c.dep == "nsubj:pass"]
            if subjects and subjects[0].pos == "PRON" and subjects[0].lower not in self.grammar.relative_pronouns:
                reporter = modality.reporting_head(current)
                if reporter is not None:
                    # 'Hungary said it will support …': the pronoun of reported speech is the speaker.
                    speakers, _ = self._subjects(reporter, ctx)
                    speakers = speakers or self._document_authors(reporter, ctx)
                    if speakers:
                        return speakers, False
            if subjects:
                # Headlines coordinate with a comma ('Iran, Saudi Arabia agree …'): two subjects of one verb.
                actors = resolve_all(subjects[0], ctx)
                for extra in subjects[1:]:
                    actors += [a for a in resolve_all(extra, ctx) if all(a.code != b.code for b in actors)]
                return actors, False
            if passive:
                return resolve_all(passive[0], ctx), True
            speakers = self._impersonal_speakers(current, ctx)
            if speakers:
                return speakers, False
            if current.dep == "acl:relcl" and any(c.lower in self.grammar.relative_adverbs for c in current.children):
                # 'visited Moscow, where (he) held talks with Lavrov', 'посетил Москву, где провёл переговоры': the
                # place is where the act happened; its doer is the visitor.
                if current.head.head.pos in {"VERB", "AUX"} and current.head.head is not current.head:
                    current = current.head.head
                    continue
                break
            if current.dep == "acl:relcl":
                return resolve_all(current.head, ctx), False
            if _prepositional_clause(current):
                governor = current.head
                if governor.pos in {"NOUN", "PROPN"}:
                    return resolve_all(governor, ctx), False
                controller = [c for c in governor.children if c.dep == "obj"]
                if current.mark in self.grammar.preventing_marks and controller:
                    # 'stopped Tokayev from congratulating Aliyev': the object does the act.
                    return resolve_all(controller[0], ctx), False
                current = governor
                continue
            if current.dep == "acl" and current.head.pos in {"NOUN", "PROPN"} and _passive_participle(current):
                # 'soldiers released by Azerbaijan', 'военнослужащие, задержанные в Иране': the noun a passive
                # participle describes is what was done to, its doer the by-phrase or instrumental.
                # (Only a party the phrase names: where hostages went next says nothing of whose they are.)
                described = [resolve_phrase(t, ctx) for t in [current.head, *current.head.conjuncts]]
                return [a for a in described if a is not None and not a.needs_country], True
            # 'решение обратиться в ОДКБ': the parser may hang a noun's infinitive as nmod; it is its clause.
            if modality.is_clause_of_noun(current) and current.head.pos in {"NOUN", "PROPN"}:
                document = current.head
                if document.lemma in self.grammar.document_nouns and document.dep in {"obj", "nsubj:pass"}:
                    # 'issued a statement criticising Russia', 'adopted a resolution condemning …': the act is
                    # the author's, who issued or adopted the text.
                    authors, _ = self._subjects(document.head, ctx)
                    if authors or document.dep == "obj":
                        return authors or self._agents(document.head, ctx), False
                owners = resolve_all(current.head, ctx)
                if not owners:
                    # 'announced its decision to impose …', 'the decision by Moscow to expel …': whose decision.
                    deciders = [c for c in document.children if c.dep == "nmod:poss"]
                    deciders += [n for p, n in obliques(document) if p in self.grammar.agent_preps]
                    owners = [a for d in deciders for a in resolve_all(d, ctx)]
                announcing = self.grammar.reporting_verbs | self.grammar.statement_verbs | self.grammar.deciding_verbs
                decided = document.lemma in self.grammar.decision_nouns and document.head.lemma in announcing
                # ('expressed readiness to resume dialogue', «выразил готовность»: a readiness or intention named by
                # no one else is that of whoever expresses it)
                intended = document.lemma in self.grammar.intent_nouns and (
                    document.dep == "obj" or document.dep == "obl" and document.case in self.grammar.decree_preps
                )  # ('заявил о готовности возобновить …')
                if not owners and (decided or intended):
                    # 'объявила о решении обратиться в ОДКБ', 'сообщил о решении …': a decision named by no one
                    # else is the announcer's own.
                    announcers, passive = self._subjects(document.head, ctx)
                    owners = [] if passive else announcers
                return owners, False
            made = [c for c in current.head.children if c.dep in {"obj", "iobj"}] if current.dep == "xcomp" else []
            if made and current.head.lemma in self.grammar.causing_verbs:
                # 'prompted Mexico to sever ties', 'вынудил Армению отказаться от …': the one made to act acts.
                return resolve_all(made[0], ctx), False
            if made and current.head.lemma in self.grammar.bidding_verbs:
                # 'encouraged Mexico to sever ties': the object would be the one to act, and nothing says it did.
                return [], False
            clause = current.head
            if (
                current.dep == "advcl" and current.feat("VerbForm") in {"Part", "Conv"} and clause.dep == "advcl"
                and any(c.dep == "mark" for c in clause.children) and not clause.is_root and clause.i < current.i
            ):  # fmt: skip
                # 'Aliyev criticised Moscow after a jet crashed near Aktau, accusing Russian air defences …': a
                # participle after a subordinate clause goes with the main clause's doer, not the clause's subject.
                if any(c.dep == "nsubj" and self._hostile_noun(c) for c in clause.children):
                    # '… as fighting erupted along the border, killing 12 people': unless that subject is itself
                    # an act of force, which is then what killed; who fought is not said.
                    return [], False
                current = clause.head
                continue
            predicate = current.head
            if (current.dep == "conj" and current.tag == "VBD" and predicate.dep == "ccomp" and predicate.i < current.i
                    and any(c.dep == "cop" for c in predicate.children)
                    and predicate.head.lemma in self.grammar.reporting_verbs):
                # 'Fidan said Israel was "the biggest obstacle" and accused it of …': the model may join the second
                # verb to the reported copular clause; a simple past after it goes with the report, the speaker's.
                current = predicate.head
                continue
            if current.dep in {"xcomp", "conj", "advcl", "ccomp"} and not current.is_root:
                current = current.head
                continue
            break
        return [], False

    def _document_authors(self, reporter: Word, ctx: SentenceActors) -> list[Actor]:
        """'"We demand …," the statement from Belarus's border committee said', «"Мы требуем …", — говорится в
        заявлении Госпогранкомитета Беларуси»: with no one named as speaker, 'we' are whose statement says it."""
        g = self.grammar
        documents = [c for c in reporter.children if c.lemma in g.document_nouns and (
            c.dep in {"nsubj", "nsubj:pass"} or c.dep == "obl" and c.case in g.place_preps)]  # fmt: skip
        authors = [a for d in documents for c in d.children
                   if c.dep == "nmod:poss" or c.dep == "nmod" and (c.case in g.agent_preps | g.giver_preps
                   or not c.case and c.feat("Case") == "Gen")
                   for a in resolve_all(c, ctx) if a.kind != "pronoun"]  # fmt: skip
        return authors

    def _impersonal_speakers(self, verb: Word, ctx: SentenceActors) -> list[Actor]:
        """'В Кремле заявили …', 'в МИД России раскритиковали …': a plural verb with no subject and a place of an
        institution or country in the locative speaks for that place."""
        if not self.grammar.impersonal_place_preps or verb.feat("Number") != "Plur" or verb.feat("Mood") != "Ind":
            return []
        for child in verb.children:
            if (
                child.dep == "obl"
                and child.case in self.grammar.impersonal_place_preps
                and child.feat("Case") == "Loc"
                and child.i < verb.i
            ):
                actors = [a for a in resolve_all(child, ctx) if a.kind in {"country", "igo", "agent", "group"}]
                if actors:
                    return actors
        return []

    def _agents(self, verb: Word, ctx: SentenceActors) -> list[Actor]:
        for child in verb.children:
            if child.dep == "obl:agent":
                return resolve_all(child, ctx)
        for child in verb.children:
            # 'атакован Россией': an agent in the instrumental, with no preposition.
            if child.dep == "obl" and not child.case and child.feat("Case").lower() in self.grammar.agent_cases:
                return resolve_all(child, ctx)
        return []

    def _objects(
        self, verb: Word, ctx: SentenceActors, code: str, depth: int = 0, particle: str | None = None,
        places_count: bool = True,
    ) -> list[Actor]:
        g = self.grammar
        found: list[Actor] = []
        places: list[Actor] = []
        surfaces: list[Actor] = []
        visit = code.startswith("04")
        # Easing restrictions or sanctions (081, 085) is aimed at whom they are on ('eased restrictions on Iran').
        topics = not "03" <= code[:2] <= "09" or code[:3] in {"081", "085"}
        recipients: list[Actor] = []
        destinations: list[Actor] = []
        forums: list[Actor] = []
        complained_of: list[Actor] = []
        topical: list[Actor] = []
        # (each object's actors, resolved once: 'obj' and 'iobj' children with theirs)
        objects_of: list[tuple[Word, list[Actor]]] = []
        # An appeal that names whom it bids to act ('urged the Council to condemn Israel').
        bidding = code[:2] in {"02", "10"} and any(c.dep in {"obj", "iobj"} for c in verb.children) and any(
            c.dep == "xcomp" for c in verb.children
        )
        talked_over = "03" <= code[:2] <= "09" and verb.lemma in g.topic_verbs
        # ('criticised Washington over the AUKUS deal': an object that is an actor itself, not a remark about one)
        named_object = any(c.dep in {"obj", "iobj"} and resolve_phrase(c, ctx) is not None for c in verb.children)
        # ('launched 100 drones at Kyiv', «запустила беспилотники по Киеву»: the weapon launched is the means, and
        # whose it is says nothing of whom it is aimed at.)
        launching = code[:2] in VIOLENT_ROOTS and verb.lemma in g.launching_verbs
        launched = {c.i for c in verb.children
                    if launching and c.dep in {"obj", "iobj", "obl"} and c.lemma in g.weapon_nouns}  # fmt: skip
        for child in verb.children:
            dative = child.dep in {"iobj", "obl"} and _bare_dative(child, g)
            if talked_over and child.dep == "obj":
                continue
            if child.dep in {"obj", "iobj"} or dative:
                # ('помочь Украине': a bare dative names the party the act is for or against.)
                actors = []
                if child.i not in launched:
                    actors = self._enacted_targets(child, code, ctx) or self._object_actors(child, ctx, topics=topics)
                else:
                    # ('launched artillery, mortar and rocket fire against guerrilla camps': whom the weapons are
                    # aimed at, which the parser may hang on the last of them)
                    actors = [a for c in child.conjuncts for p, n in obliques(c) if p in g.opposing_preps
                              for a in resolve_all(n, ctx)]  # fmt: skip
                if not actors and child.dep == "obj" and child.i not in launched:
                    # («применила водометы и слезоточивый газ против демонстрантов»: the parser hangs whom the
                    # things are used against on the last of them)
                    actors = [a for c in child.conjuncts if c is not child
                              for a in self._object_actors(c, ctx, topics=topics)]  # fmt: skip
                found.extend(actors)
                if child.dep in {"obj", "iobj"}:
                    objects_of.append((child, actors))
                if dative:
                    # («передал Красному Кресту заложников»: whom something is handed to, as with 'to')
                    recipients.extend(actors)
        for preposition, nominal in obliques(verb):
            if nominal.dep == "obl:agent" or nominal.lemma in g.direction_nouns:
                # 'to the north of Taiwan' is a place (see _located_targets), not whom the act is with.
                continue
            if nominal.lemma in g.reason_nouns or _after_reason_noun(nominal):
                # 'в ответ на продажу оружия Тайваню', 'in retaliation for …': why the act was done, not whom at (the
                # parser may hang 'на продажу' on the verb beside 'в ответ').
                continue
            if code[:2] == "14" and nominal.lemma in g.venue_nouns:
                # 'took to the streets of Tbilisi', «вышли на улицы Тбилиси»: the streets of a town are where
                # people protest, at home (see _finalise), not whom they protest against.
                continue
            if named_object and nominal.lemma in g.gathering_nouns:
                # 'invited Yoon to the G7 summit', «пригласил Токаева на саммит ШОС»: whom the act names is its
                # party; the gathering, whoever's it is, is where it leads.
                continue
            if _continues_background_phrase(verb, nominal, g):
                # 'imposed sanctions on Iran Air over Tehran's supply of missiles to Russia': the parser may hang on
                # the verb a phrase that goes on a reason or background phrase just before it; it is that phrase's.
                continue
            event = self._noun_entry(nominal) if nominal.pos == "NOUN" else None
            if visit and event is not None and event.code[:2] == "04":
                # «прибыл с официальным визитом в Китай», 'arrived on a visit to China': where the visit is to,
                # written on the visit noun, is where the arrival is.
                # (not where the noun takes place: 'negotiations with Hamas in Cairo')
                # ('arrived in Beijing for talks on the EU's tariffs': what the talks are about is no destination)
                found.extend(a for p, n in obliques(nominal)
                             if p in g.target_preps and p not in g.place_preps | g.topic_preps
                             or _with_case(p, n) in g.target_preps for a in resolve_all(n, ctx))  # fmt: skip
                continue
            if event is not None and preposition in g.departure_preps | g.giver_preps and preposition != particle:
                # «отказался от переговоров с США», 'pulled out of talks with Iran': turning from an event concerns
                # whom the event is with.
                partners = [a for p, n in obliques(nominal) if p in g.comitative_preps | g.party_preps
                            and n.lemma not in g.helper_nouns for a in resolve_all(n, ctx)]  # fmt: skip
                if partners:
                    found.extend(partners)
                    continue
            lodged_at = {preposition, _with_case(preposition, nominal)} & g.lodging_preps
            bodies = resolve_all(nominal, ctx) if code[:2] == "11" and lodged_at else []
            if code[:2] == "11" and (nominal.lemma in g.forum_nouns or bodies and all(a.kind == "igo" for a in bodies)):
                # 'filed a case against Russia with the UN's top court': where a case is brought is its target only
                # when no one else is named.
                forums.extend(resolve_all(nominal, ctx))
                # («подала иск в суд ООН против России»: the parser may hang whom the case is against on the court)
                found.extend(a for p, n in obliques(nominal) if p in g.opposing_preps for a in resolve_all(n, ctx))
                continue
            # 'with China's help' names a helper, not a partner: only an actor itself counts after 'with'. (A light
            # verb's own 'with' takes its event noun: 'responded with tariffs on the United States'.)
            direct_only = preposition in g.comitative_preps and preposition != particle
            if direct_only and nominal.lemma in g.helper_nouns:
                continue
            if not topics and preposition in g.topic_preps and preposition != particle:
                # 'скоординировали позиции по Афганистану', 'talks over Syria', 'cooperate on Afghanistan': what a
                # cooperative act is about is its topic, not its partner.
                continue
            objects = resolve_all(nominal, ctx) if direct_only else self._object_actors(nominal, ctx, topics=topics)
            means = direct_only and code[:2] >= "18" and _has(verb, "obj")
            if means and objects and all(a.needs_country for a in objects):
                # 'attacked a refinery with drones', 'shelled the town with tanks': beside the thing attacked, a
                # 'with' phrase naming only an armed role of no country is the means, not a party.
                continue
            if {preposition, _with_case(preposition, nominal)} & g.destination_preps:
                destinations.extend(objects)
            lodged = code[:2] == "11" and lodged_at
            if preposition in g.recipient_preps or lodged:
                # ('filed a complaint with the WTO over US tariffs': whom a complaint is lodged with, as 'to')
                recipients.extend(objects)
            elif preposition in g.topic_preps:
                complained_of.extend(objects)
            if visit and preposition in g.place_preps:
                # 'arrived in Kiev': the place is the target only when no one else is, and only of a visit or
                # hosting; 'ministers met in Cairo' names no one they met.
                places.extend(objects if code[:3] in {"042", "043"} else [])
            elif preposition in g.surface_preps and preposition != particle:
                # 'imposed sanctions on Iran' names the target; 'beat detainees on the West Bank' a place:
                # these count only when there is no direct object actor.
                surfaces.extend(objects)
            elif preposition in g.opposing_preps and code[:2] < "10" and preposition != particle:
                # 'stood with Ukraine against Russian aggression': whom a cooperative act is against is not
                # its partner.
                continue
            elif preposition in g.agent_preps and not _is_passive(verb) and _has(verb, "obj"):
                # 'rejected charges by Pompeo', 'welcomed an offer by Iran': in an active clause the by-phrase is
                # the doer of the object (attached to the verb by the parser), whom the act answers.
                found.extend(a for a in objects if a.kind != "pronoun")
            elif code[:2] in {"02", "10"} and preposition in g.addressee_preps:
                # 'потребовал от Грузии', 'попросил у России', 'demanded compensation from Moscow': whom an
                # appeal or demand is made of.
                found.extend(objects)
            elif preposition in g.party_preps and preposition != particle:
                # 'mediated between Russia and Ukraine': both parties.
                found.extend(objects)
            elif code[:2] == "12" and preposition in g.departure_preps and not _has(verb, "obj"):
                # «Грузия отказывается от грантов ЕС», 'turned away from EU funding': what is refused is its
                # giver's.
                found.extend(a for a in objects if a.kind != "pronoun")
            elif preposition != particle and (
                preposition in g.topic_preps and ("12" <= code[:2] <= "17" or code[:2] == "11" and named_object)
                or {preposition, _with_case(preposition, nominal)} & g.reason_preps
                and (code[:2] == "05" or "11" <= code[:2] <= "17")
            ):
                # 'threatened sanctions against Lithuania over its Taiwan policy', 'criticised Washington over the
                # AUKUS deal', 'sanctioned Russia for its war on Ukraine': what a criticism of someone named,
                # rejection, threat or sanction (or praise) is over or for is its target only when nothing else is.
                # (Attacks 'по' a place are aimed there.)
                topical.extend(objects)
            elif (
                preposition in g.target_preps | (g.visit_preps if visit else set())
                or _with_case(preposition, nominal) in g.target_preps
                or _is_particle(preposition, particle)
            ):
                # The entry's own particle takes the object ('called in Russian troops').
                found.extend(objects)
        if code[:2] in {"02", "10"}:
            # «потребовала от российской стороны вывести пограничников»: the parser may hang whom a demand is made
            # of on the act demanded; before that act, it is still the demand's.
            found.extend(a for c in verb.children if c.dep == "xcomp" for p, n in obliques(c)
                         if n.i < c.i and p in g.addressee_preps for a in self._object_actors(n, ctx))  # fmt: skip
            # 'appealed to ASEAN leaders for a united front against Chinese coercion': an appeal is aimed at whom it
            # is made to; what it asks for, and against whom, is not its target.
            addressed = {a.code for _, actors in objects_of for a in actors} | {a.code for a in recipients}
            # ('призвал Совет Безопасности осудить действия Израиля': whom an appeal bids to act is its addressee,
            # named or not; what it is to act on never is.)
            if addressed or bidding:
                found = [a for a in found if a.code in addressed]
        # ('protested to Moscow over the treatment of Tajik migrants': people a complaint is for are not whom it is
        # about; then it is aimed at whom it is made to.)
        complained_of = [a for a in complained_of if a.code[3:] not in PEOPLE_ROLES]
        if code[:2] in {"01", "11"} and complained_of:
            # 'complained to the United Nations over Israeli air raids': whom a complaint is about is its target,
            # not whom it is made to.
            found = [a for a in found if all(a is not r for r in recipients)]
        elif code[:2] in {"01", "11"} and recipients:
            found = [a for a in found if any(a is r for r in recipients) or a.code[3:] not in PEOPLE_ROLES]
            if code[:2] == "11" and any(all(a is not r for r in recipients) for a in found):
                # ('filed a complaint against the US with the WTO', «подала иск против Китая в ВТО»: where a
                # complaint is lodged is no target beside whom it is against.)
                found = [a for a in found if all(a is not r for r in recipients)]
        direct = [c for c in verb.children if c.dep in {"obj", "iobj"} and c.i not in launched
                  and self._object_actors(c, ctx)]
        found = found + ([] if direct else surfaces)
        handed = [a for c, actors in objects_of if c.dep == "obj" and c in direct for a in actors]
        if code[:3] in {"063", "074"}:
            # 'extradited three members of the Islamic State to Russia', 'dispatched Russian paratroopers to
            # Kazakhstan': the people moved are what is given, not whom to; a country named plainly as the object
            # ('provided Ukraine with aid') is the recipient and stays.
            moved = {(h.code, h.head) for h in handed if h.needs_country or len(h.code) > 3 and h.kind != "igo"}
            kept = [a for a in found if (a.code, a.head) not in moved]
            # (with no one else named, those extradited say whose they are: 'extradited two Kazakh citizens'; refugees
            # taken in and migrants rescued, 075 and 073, are whom the help is for)
            found = kept if kept or code[:3] == "074" else found
        if code[:3] == "174" and (handed or _has(verb, "obj")):
            # 'deported 200 Venezuelans to El Salvador', «депортировала граждан Таджикистана в Узбекистан», 'expelled
            # him to the Vatican': where people are expelled to is where they go; the act is aimed at those expelled.
            found = [a for a in found if all(a is not d for d in destinations)]
        if (code[:3] == "084" or code == "1243") and any(not a.needs_country for a in handed):
            stateless = [a for a in handed if a.code.startswith(NON_STATE_PREFIXES)]
            if recipients and stateless and len(stateless) == len(handed):
                # 'handed over Osama bin Laden to the United States': one of no state handed over is no party; whom he
                # is handed to is.
                found = [a for a in found if all(a is not h for h in handed)]
            else:
                # 'released four Israeli hostages to the Red Cross': those returned say whose they are; whom they are
                # handed to is a go-between, not the party.
                found = [a for a in found if all(a is not r for r in recipients)]
        found = found or topical or forums
        if code[:2] >= "09":
            # (not for cooperation: 'cooperation with countries seen by Moscow as friendly' is not with Moscow)
            found = found or self._participle_agents(verb, ctx)
        found = found or self._polity_places(verb, ctx)
        found = found or (places if places_count else [])
        if not found and code[:2] == "14":
            # 'protested outside the Turkish embassy', 'пикет у посольства России': a protest at another's
            # institution is aimed at its owner (a town or country where it takes place is no target).
            found = [a for n in self._sites(verb) for a in resolve_all(n, ctx)
                     if len(a.code) >= 6 and a.kind != "pronoun" and not a.needs_country]  # fmt: skip
        # ('arrested six opposition activists in Novi Sad': people seized are the target; the place only gives
        # their country, see _finalise.)
        seized = code[:2] == "17" and found and all(a.code[-3:] in UNARMED_ROLES for a in found)
        if all(a.needs_country for a in found) and code[:2] in PLACE_TARGET_ROOTS and not seized:
            # 'amassed troops near Ukraine': the troops are the actor's own; the place is whom it concerns.
            found = self._located_targets(verb, ctx) or found
        if not found and (code[:2] in PLACE_TARGET_ROOTS or code.startswith(PLACE_TARGET_CODES)):
            # 'struck a training camp in Pakistan', 'shelled positions inside Syria': an attack on a place
            # is an attack on the country it lies in.
            found = self._located_targets(verb, ctx)
        if not found:
            # 'acted as a mediator between Israel and Hamas', 'стала посредником между Москвой и Киевом': the
            # parties of the verb's own noun complement.
            nominals = [c for c in verb.children if c.dep in {"obj", "obl", "xcomp", "nsubj:pass"}
                        and c.pos in {"NOUN", "PROPN"}]  # fmt: skip
            # ('spoke by telephone with Albanese': the partner of a cooperative act may hang on its means.)
            partner_preps = g.party_preps | (g.comitative_preps if "03" <= code[:2] <= "06" else frozenset())
            for nominal in nominals:
                for preposition, party in obliques(nominal):
                    if preposition in partner_preps and party.lemma not in g.helper_nouns:
                        found.extend(self._object_actors(party, ctx, topics=topics))
        addressed: list[Actor] = []
        if not found and depth < 3:
            for child in verb.children:
                # Not into adverbial clauses: 'convened a meeting, calling India's strikes an act of war' has
                # two acts, each with its own target.
                if (
                    child.dep in {"xcomp", "ccomp"}
                    and child.pos in {"VERB", "AUX"}
                    and not (child.dep == "ccomp" and child.i < verb.i)
                ):
                    if child.dep == "xcomp" and bidding:
                        continue
                    if child.dep == "xcomp" and _present_participle(child) and code[:2] in {"11", "12", "14"}:
                        # 'condemn killing members of the Revolutionary Guards': whom an act condemned is done to is
                        # its victim, not whom the condemnation is aimed at.
                        continue
                    if verb.lemma in g.dispute_verbs:
                        # 'denied that Chinese troops had crossed the border', 'denied supporting the M23 rebels': whom
                        # a denial answers is who claimed it, not whom the denied clause is about.
                        continue
                    if child.dep == "ccomp":
                        subjects = [c for c in child.children if c.dep == "nsubj"]
                        named = [a for s in subjects for a in resolve_all(s, ctx)]
                        if named:
                            # 'demanded that the US match the EU's support': whom the demand is made of, not
                            # the parties of the act demanded.
                            addressed.extend(named)
                            continue
                    found.extend(self._objects(child, ctx, code, depth + 1))
        if not (addressed or found) and depth == 0 and code[:2] in {"01", "02", "03", "05", "06", "07", "08"}:
            # 'In a phone call with Putin, Mirziyoyev expressed condolences', «в телефонном разговоре с Путиным
            # выразил соболезнования»: what one says or offers in a call or a meeting with someone, naming no one
            # else, is said or offered to them.
            found = [a for p, n in obliques(verb) if n.lemma in g.medium_nouns
                     for q, m in obliques(n) if q in g.comitative_preps or _with_case(q, m) in g.comitative_preps
                     for a in resolve_all(m, ctx) if a.kind != "pronoun"]  # fmt: skip
        # (and not the parties of another clause the parser hangs on the same verb: «потребовал, чтобы Москва
        # прекратила сотрудничество …, и заявил, что … помогает КНДР»)
        return addressed or found

    def _things_acted_on(self, verb: Word, nested: frozenset[str]) -> list[Word]:
        """What the verb acts on: its object (or passive subject), its target phrases, and the phrases after a
        ``nested`` preposition on these ('the results of the election')."""
        g = self.grammar
        things = [c for c in verb.children if c.dep in {"obj", "nsubj:pass"}]
        things += [n for p, n in obliques(verb) if p in g.target_preps or _with_case(p, n) in g.target_preps]
        return things + [n for t in things for p, n in obliques(t) if p in nested]

    def _polity_places(self, verb: Word, ctx: SentenceActors) -> list[Actor]:
        """Whose an election or referendum acted on is: the country it is held in ('criticised the elections in
        Belarus', «отказались признать итоги выборов в Венесуэле»). A place is otherwise no party."""
        g = self.grammar
        things = self._things_acted_on(verb, g.phrase_preps)
        things += [c for t in list(things) for c in t.children if c.dep == "nmod" and not c.case]
        votes = [t for t in things if t.lemma in g.polity_nouns]
        # (the parser may hang the place on the verb: 'criticised the elections in Belarus')
        places = [n for t in votes for p, n in obliques(t) if p in g.place_preps]
        places += [n for p, n in obliques(verb) if p in g.place_preps] if votes else []
        return [a for n in places for a in resolve_all(n, ctx) if a.kind in {"country", "region"}]

    def _participle_agents(self, verb: Word, ctx: SentenceActors) -> list[Actor]:
        """Whose the thing acted on is, named as the agent of a passive participle on it: 'struck depots used by
        Hezbollah', 'refused to pay a debt claimed by Gazprom', «расследование преступлений, совершенных
        израильскими военными»."""
        g = self.grammar
        found: list[Actor] = []
        for thing in self._things_acted_on(verb, g.phrase_preps | g.target_preps):
            if self._noun_entry(thing) is not None:
                # ('talks mediated by Saudi Arabia': an event's mediator is no party of it; see _noun_candidates)
                continue
            participles = [c for c in thing.children if c.dep == "acl" and _passive_participle(c)
                           and c.lemma not in g.perception_verbs | g.reporting_verbs]  # fmt: skip
            for participle in participles:
                agents = [c for c in participle.children if c.dep == "obl:agent"]
                agents += [c for c in participle.children if c.dep == "obl" and not c.case
                           and c.feat("Case") in g.agent_cases]  # fmt: skip
                found += [a for agent in agents for a in resolve_all(agent, ctx) if a.kind != "pronoun"]
        return found

    def _sites(self, verb: Word) -> list[Word]:
        """Where the verb's act (or its event noun's) is held, after a ``site_preps`` word or phrase ('outside',
        'in front of', 'у', 'возле')."""
        sites = []
        for holder in [verb, *(c for c in verb.children if c.dep == "obj")]:
            for preposition, nominal in obliques(holder):
                if preposition in self.grammar.site_preps:
                    sites.append(nominal)
                sites += [n for p, n in obliques(nominal)
                          if f"{preposition} {nominal.lower} {p}" in self.grammar.site_preps]  # fmt: skip
        return sites

    def _site_countries(self, predicate: Word, ctx: SentenceActors) -> set[str]:
        """The countries whose institutions the act, or the act its participle goes with, is held at ('outside the
        Russian embassy')."""
        verbs = [predicate] + ([predicate.head] if predicate.dep in {"advcl", "conj"} and not predicate.is_root else [])
        return {a.code[:3] for v in verbs for n in self._sites(v) for a in resolve_all(n, ctx) if len(a.code) >= 3}

    def _located_targets(self, verb: Word, ctx: SentenceActors, preps: frozenset[str] | None = None) -> list[Actor]:
        things = [c for c in verb.children if c.dep in {"obj", "nsubj:pass"}]
        things += [n for p, n in obliques(verb) if p in self.grammar.target_preps]
        # 'launched airstrikes on targets in Syria', 'struck a camp hidden on a hilltop in Pakistan': the place
        # may sit a few phrases below the object, through its modifiers and participles (not its clauses).
        frontier = things
        for _ in range(3):
            frontier = [n for t in frontier for n in _modifiers(t) if n not in things]
            things += frontier
        found: list[Actor] = []
        g = self.grammar
        for holder in [verb, *things]:
            phrases = list(obliques(holder))
            # 'east of Taiwan' (an adverb), 'to the north, southwest and southeast of Taiwan', 'к северу от
            # Тайваня': compass points name a place near the country they are of.
            points = [c for c in holder.children if c.lemma in g.direction_nouns and c.dep == "advmod"]
            points += [n for _, n in phrases if n.lemma in g.direction_nouns]
            points += [c for p in points for c in p.children if c.dep == "conj"]
            near = [n for point in points for p, n in obliques(point) if p in g.direction_preps]
            for place in near:
                found.extend(a for a in resolve_all(place, ctx) if a.kind in {"country", "region"})
            for preposition, place in phrases:
                if place.lemma in g.direction_nouns or self._inquiry(place):
                    continue
                # ('on the border with Syria' places an act against Syria; 'on the Thai border' may be either side)
                across = self._across_border(place, ctx)
                if preposition in (g.location_preps if preps is None else preps) or across and preposition in (
                    g.surface_preps
                ):
                    # 'near Kharkiv', 'along the border with Ukraine', 'on its border with Syria'; not 'near the
                    # Turkish border', which may be either side of it
                    places = across or self._place_actors(place, ctx)
                    # ('detained protesters in Minsk': a capital where something happens is a place, not its state;
                    # 'detained protesters outside the Russian embassy': an institution is no place, RUSGOV no land)
                    found.extend(_as_place(a, ctx) for a in places if a.kind in {"country", "region"}
                                 and (len(a.code) == 3 or across))  # fmt: skip
                if preposition in g.location_preps | g.proximity_preps:
                    # 'drills in waters surrounding Taiwan': the place is what the participle surrounds.
                    for child in place.children:
                        if child.dep == "acl" and child.lemma in g.surrounding_verbs:
                            for obj in (c for c in child.children if c.dep == "obj"):
                                found.extend(a for a in resolve_all(obj, ctx) if a.kind in {"country", "region"})
        return found

    def _inquiry(self, noun: Word) -> bool:
        """An investigation named as where an act was done ('raided the offices of NGOs in an investigation into the
        misuse of funds from USAID'): no place, and what it is into is no target of the act."""
        entry = self._noun_entry(noun) if noun.pos == "NOUN" else None
        return entry is not None and entry.code[:2] == "09"

    def _across_border(self, place: Word, ctx: SentenceActors) -> list[Actor]:
        """The other country of a border 'with' it ('its border with Syria', «границы с Украиной»), or none."""
        if place.lemma not in self.grammar.border_nouns:
            return []
        return [a for p, n in obliques(place) if p in self.grammar.comitative_preps for a in resolve_all(n, ctx)]

    def _place_actors(self, place: Word, ctx: SentenceActors) -> list[Actor]:
        """Who a place phrase names; none for a border named by one country ('near the Turkish border', «у
        российской границы»), which may be either side of it."""
        if place.lemma in self.grammar.border_nouns:
            return []
        return resolve_all(place, ctx) or self._object_actors(place, ctx)

    def _places_left(self, verb: Word, ctx: SentenceActors) -> list[Actor]:
        """Whom a withdrawal leaves: the countries, regions or organisations after 'from'/'из', on the verb or a
        phrase or two into its object."""
        holders = [verb]
        # 'withdrew troops from …', and the event noun of a light verb ('объявила о выводе войск из Сирии').
        frontier = [c for c in verb.children if c.dep in {"obj", "nsubj:pass"}
                    or (c.dep == "obl" and self._noun_entry(c) is not None)]  # fmt: skip
        for _ in range(2):
            holders += frontier
            frontier = [n for t in frontier for _, n in obliques(t)]
        found: list[Actor] = []
        for holder in holders:
            for preposition, place in obliques(holder):
                if preposition in self.grammar.departure_preps:
                    # ('from the border with Ukraine', «от границы с Украиной»: the country across the border)
                    left = self._across_border(place, ctx) or resolve_all(place, ctx) or self._object_actors(place, ctx)
                    found.extend(a for a in left if a.kind in {"country", "region", "igo"})
        return found

    def _object_prep_actors(self, verb: Word, ctx: SentenceActors) -> list[Actor]:
        """Actors in the prepositional phrases of the direct object ('offered its troops to Lebanon')."""
        found: list[Actor] = []
        for obj in (c for c in verb.children if c.dep == "obj"):
            for preposition, nominal in obliques(obj):
                # ('captured a camp on the border with China', 'a stronghold near the Thai border': a thing at a
                # border may be on either side of it)
                if preposition in self.grammar.object_target_preps and nominal.lemma not in self.grammar.border_nouns:
                    found.extend(resolve_all(nominal, ctx))
        return found

    def _counted(self, noun: Word) -> list[Word]:
        """'a new package of sanctions', 'a series of attacks', 'пакет санкций': what a measure noun counts;
        '$500 million in military aid': what an amount is of."""
        amounts = [n for p, n in obliques(noun) if p in self.grammar.amount_preps]
        if amounts and noun.lemma in self.grammar.quantity_nouns:
            return amounts
        if noun.lemma not in self.grammar.measure_nouns:
            return []
        return [c for c in noun.children if c.dep == "nmod"
                and (c.case in self.grammar.phrase_preps or (not c.case and c.feat("Case") == "Gen"))]  # fmt: skip

    def _stance_objects(self, noun: Word) -> list[Word]:
        """'interest in cooperation', 'outrage at the strike', 'поддержка Украины': what a stance is towards."""
        if noun.lemma not in self.grammar.stance_nouns:
            return []
        return [c for c in noun.children if c.dep == "nmod"
                and (c.case in self.grammar.stance_preps or (not c.case and c.feat("Case") == "Gen"))]  # fmt: skip

    def _object_actors(self, token: Word, ctx: SentenceActors, depth: int = 0, topics: bool = True) -> list[Actor]:
        """The actors an object phrase names; without ``topics``, not those of what it is about ('talks over Syria')."""
        if token.lemma in self.lexicon.nominalisations:
            # «осудил введение Соединёнными Штатами санкций против китайских компаний»: an action noun with its doer
            # named is aimed at the doer, before anything it counts.
            # (a weapon in the instrumental is the means, not the doer: «удар беспилотниками по Киеву»)
            doers = [a for c in token.children if c.dep in {"nmod", "obl"} and (
                c.case in self.grammar.agent_preps or not c.case and c.feat("Case").lower() in self.grammar.agent_cases)
                for a in resolve_all(c, ctx) if a.kind != "pronoun" and not a.needs_country]  # fmt: skip
            if doers:
                return doers
        counted = self._counted(token)
        if counted:
            # The parties of 'a package of sanctions against Russia' are the sanctions'.
            found = self._object_actors(counted[0], ctx, depth, topics)
            if found:
                return found
        if token.pos == "NOUN" and token.i not in ctx.by_token and token.lemma not in self.grammar.transfer_nouns:
            # 'criticised China's support for Russia', 'welcomed Ethiopia's decision': whose stance or decision it
            # is, not whom it concerns.
            owners = [a for c in token.children if c.dep == "nmod:poss"
                      for a in resolve_all(c, ctx) if a.kind != "pronoun"]  # fmt: skip
            if owners:
                return owners
        # 'seized a ship belonging to an Israeli company', «судно, принадлежащее израильскому бизнесмену»: a thing is
        # its owner's.
        owned_by = [o for c in token.children if c.dep in {"acl", "acl:relcl"} and c.lemma in self.grammar.owning_verbs
                    for o in c.children if o.dep in {"obl", "iobj", "obl:agent"}]  # fmt: skip
        owners = [a for o in owned_by for a in resolve_all(o, ctx) if a.kind != "pronoun"]
        if owners:
            return owners
        for towards in self._stance_objects(token):
            # 'expressed outrage at the Israeli strike' is aimed where the stance is: the phrase after the stance
            # word is read as if it were the object itself.
            found = self._object_actors(towards, ctx, depth, topics)
            if found:
                return found
        if token.lemma in self.grammar.transfer_nouns:
            # 'recognised Crimea's accession to Russia', 'признал аннексию Крыма Россией', 'endorsed Russia's annexation
            # of Crimea': whoever takes the territory is the party, never the territory itself.
            return [
                a
                for c in token.children
                if c.dep in {"nmod", "obl"}
                and (
                    c.case in self.grammar.transfer_preps
                    or (not c.case and c.feat("Case").lower() in self.grammar.agent_cases)
                )
                or c.dep in {"nmod:poss", "amod"} and token.lemma in self.grammar.taking_nouns
                for a in resolve_all(c, ctx)
                if a.kind == "country"
            ]
        if self._noun_entry(token) is not None or token.lemma in self.lexicon.nominalisations:
            # 'condemned the invasion of Ukraine by Russia', 'criticised Russia's invasion', «осудил введение
            # Соединёнными Штатами санкций»: an act named as a noun is aimed at whoever did it, not at whom it was
            # done to.
            doers = [a for c in token.children
                     if c.dep == "nmod:poss" or (c.dep == "nmod" and c.case in self.grammar.agent_preps)
                     or c.dep in {"nmod", "obl"} and not c.case and c.feat("Case").lower() in self.grammar.agent_cases
                     for a in resolve_all(c, ctx) if a.kind != "pronoun"
                     and not (a.needs_country and not c.case and c.dep != "nmod:poss")]  # fmt: skip
            # ('condemned the sanctions imposed by the United States on Chinese companies': whoever the participle
            # says did it; not a go-between: 'agreed to a ceasefire brokered by Washington'.)
            doers += [a for c in token.children if c.dep == "acl" and _passive_participle(c)
                      and not self._mediating(c)
                      for o in c.children if o.dep == "obl:agent" or o.dep == "obl" and not o.case
                      and o.feat("Case").lower() in self.grammar.agent_cases
                      for a in resolve_all(o, ctx) if a.kind != "pronoun" and not a.needs_country]  # fmt: skip
            # 'an airstrike widely attributed to Israel', 'удар, приписываемый Израилю': whom the act is laid at.
            laid_at = [c for c in token.children
                       if c.dep in {"acl", "acl:relcl"} and c.lemma in self.grammar.attributing_verbs]  # fmt: skip
            doers += [a for c in laid_at for o in c.children if o.dep in {"obl", "iobj"}
                      for a in resolve_all(o, ctx) if a.kind != "pronoun"]  # fmt: skip
            if doers:
                return doers
        actors = resolve_all(token, ctx)
        if depth:
            # One phrase further down only an actor itself or a possessor counts ('pessimism about Russia's
            # willingness'), not an adjective ('the suggestion of Russian control').
            owners = [a for c in token.children if c.dep == "nmod:poss" for a in resolve_all(c, ctx)]
            actors = [a for a in actors if a.strong or a.kind == "pronoun"] or owners
        if actors:
            return actors
        # ('duties on electric vehicles made in China', «на товары, произведённые в Китае»: goods made in a
        # country are that country's, as 'Chinese electric vehicles' would be.)
        made = [n for c in token.children if c.dep == "acl" and c.lemma in self.grammar.origin_verbs
                for p, n in obliques(c) if p in self.grammar.place_preps]  # fmt: skip
        origins = [a for n in made for a in resolve_all(n, ctx) if a.kind == "country"]
        if origins:
            return origins
        # 'criticized Moscow's move': the object is not an actor but belongs to one.
        for child in token.children if not depth else ():
            if child.dep == "nmod:poss" or (child.dep == "nmod" and not child.case and child.feat("Case") == "Gen"):
                # 'criticized Moscow's move', 'раскритиковал решение Москвы'; but a possessive pronoun in the
                # object is most often the subject's own ('announced their withdrawal', 'recalled its envoy').
                owners = [a for a in resolve_all(child, ctx) if a.kind != "pronoun"]
                if owners:
                    return owners
        for child in token.children if not depth else ():
            if child.dep == "amod" and token.pos == "NOUN":
                # 'rejected the American allegations', 'condemned the Israeli strikes': a country adjective on
                # the object names whose act or claim it is.
                owners = [a for a in resolve_all(child, ctx) if a.kind == "country"]
                if owners:
                    return owners
        entry = self._noun_entry(token)
        # 'lifted sanctions on Venezuela', 'eased restrictions on Iran': what a measure is 'on' is its target, even
        # where a cooperative verb's topics ('talks on Syria') are not.
        measure = entry is not None and entry.code[:2] >= "10"
        on_measure = self.grammar.surface_preps if measure else frozenset()
        topical: list[Actor] = []
        lodged: list[Actor] = []
        lodged_at = self.grammar.lodging_preps
        for preposition, nominal in obliques(token):
            topic = preposition in self.grammar.topic_preps and preposition not in on_measure
            if not topics and topic:
                continue
            if token.lemma in self.grammar.content_nouns and preposition in self.grammar.phrase_preps:
                continue  # 'the suggestion of Russian control' says what is claimed, not who claims it
            if token.lemma not in self.grammar.reason_nouns and _after_reason_noun(nominal):
                continue  # (the parser may hang 'в ответ | на поставку оружия Тайваню' on the object: a reason)
            owner = preposition in self.grammar.owner_preps | self.grammar.party_preps
            if owner or _with_case(preposition, nominal) in self.grammar.target_preps:
                # 'lifted embargoes on pharmaceutical sales to Cuba': through one more phrase at most.
                found = resolve_all(nominal, ctx)
                if preposition in self.grammar.comitative_preps and nominal.lemma in self.grammar.helper_nouns:
                    continue  # 'ties with Russia', but not 'ties with China's help': a helper is no party
                found = found or (self._object_actors(nominal, ctx, depth + 1, topics) if depth < 1 else [])
                # 'sanctions on Russia over its invasion of Ukraine': what the act is over counts only when no
                # one else is named.
                # ('a complaint with the WTO', «иск … в ВТО»: where a complaint is lodged, the last resort)
                lodging = measure and entry.code[:2] == "11"
                lodging = lodging and bool({preposition, _with_case(preposition, nominal)} & lodged_at)
                (topical if topic else lodged if lodging else actors).extend(found)
                if lodging:
                    # ('a complaint with the UN Security Council against Ethiopia': the parser may hang whom the
                    # complaint is against on where it is lodged)
                    actors.extend(a for p, n in obliques(nominal) if p in self.grammar.opposing_preps
                                  for a in resolve_all(n, ctx))  # fmt: skip
        if token.lemma in self.grammar.document_nouns:
            # ('vetoed a resolution on Gaza', 'signed a declaration on Ukraine': what a text is about is no party to
            # what is done with the text)
            topical = []
        actors = actors or topical or lodged
        if not actors and not depth and token.pos == "NOUN":
            # «приветствовали подписание договора между Киргизией и Таджикистаном», as 'the signing of the treaty
            # between …' (an 'of' phrase, read above): the parties of a thing named through its genitive («понизила
            # уровень отношений с Россией», as 'the level of relations with Russia').
            # (only for the thing acted on: «в знак солидарности с Азербайджаном» says why, not to whom; and not for
            # an event's own parties: «не признала результаты переговоров с Азербайджаном»)
            things = [c for c in token.children if c.dep == "nmod" and not c.case and c.feat("Case") == "Gen"]
            actors = [a for c in things for p, n in obliques(c)
                      if p in self.grammar.party_preps or token.dep == "obj" and p in self.grammar.owner_preps
                      and self._noun_entry(c) is None
                      for a in resolve_all(n, ctx)]  # fmt: skip
        if not actors and token.lemma in self.grammar.document_nouns:
            # 'подписал указ о признании ДНР': a document that enacts an act is aimed where the act is.
            for nominal in self._enacted(token):
                if self._noun_entry(nominal) is not None:
                    actors.extend(self._object_actors(nominal, ctx, depth, topics))
        return actors

    def _verb_candidates(self, verb: Word, entry: VerbEntry, ctx: SentenceActors) -> Iterable[Candidate]:
        if self._background_clause(verb):
            return
        if entry.code[:2] == "12" and any(self._hostile_complement(c) for c in verb.children if c.dep == "xcomp"):
            # 'Belgrade has refused to impose sanctions on Russia', «отказалась вводить санкции против России»:
            # refusing a hostile act against someone rejects nothing of theirs; whose call it refuses is not said.
            return
        subjects, passive = self._subjects(verb, ctx)
        if entry.code[:2] in VIOLENT_ROOTS and not passive:
            # 'Israel's bombardment of Gaza killed 40 people', 'a drone strike wounded two soldiers': harm done by an
            # attack is that attack, coded as the attack its subject names (195, 194), not as a generic assault.
            means = [self._noun_entry(c) for c in verb.children if c.dep == "nsubj" and c.pos == "NOUN"]
            violent = [m for m in means if m is not None and m.code[:2] in VIOLENT_ROOTS]
            if not violent and verb.dep == "advcl" and verb.feat("VerbForm") in {"Part", "Conv"}:
                # ('launched airstrikes on a village, killing more than 100 people': the killing is the airstrikes')
                above = self._verb_entry(verb.head) if verb.head.pos == "VERB" else None
                violent = [above] if above is not None and above.code[:2] in {"19", "20"} else []
            entry = replace(entry, code=violent[0].code) if violent else entry
        if passive:
            sources = self._agents(verb, ctx) or self._state_of_the_place(verb, entry.code, ctx)
            if not sources and verb.lemma in self.grammar.membership_verbs:
                # 'Mali was suspended from ECOWAS', 'Russia was expelled from the Council of Europe': with no agent
                # named, the organisation a member is put out of did it, and it cuts its ties with it (160).
                # ('Ten Russian diplomats were expelled from Poland': by Poland, its own code.)
                sources = [a for a in self._places_left(verb, ctx) if a.kind in {"igo", "country"}][:1]
                entry = replace(entry, code="160") if sources and sources[0].kind == "igo" else entry
            patients = [c for c in verb.children if c.dep == "nsubj:pass"]
            # (an event noun there codes itself: 'talks between Russia and Ukraine were held')
            parties = self._parties_of_the_thing(patients, ctx) if entry.code.startswith(MUTUAL_CODES) else []
            if parties and any(next(iter(self._noun_candidates(p, ctx)), None) for p in patients):
                parties = []
            if not sources and len({a.code[:3] for a in parties}) > 1:
                # «было подписано соглашение между Россией и Узбекистаном», 'a treaty between Ethiopia and Eritrea
                # was signed': with no agent named, the parties of the thing a mutual act is done on act together.
                sources = parties
            if not sources:
                return
            targets = subjects or [a for p in patients for a in self._object_actors(p, ctx)]
            # 'Sanctions were imposed on Iran by the US': the target is the verb's prepositional object.
            targets = targets or self._objects(verb, ctx, entry.code, particle=entry.particle)
            mediated = entry.code.startswith("045") and verb.head.pos == "NOUN"
            if not targets and verb.dep == "acl" and (mediated or self._noun_entry(verb.head) is not None):
                # 'talks between Khartoum and the RSF mediated by Saudi Arabia', 'resumed talks mediated by Saudi
                # Arabia': an event noun's participle acts on the noun's parties, or else on whoever holds the event.
                targets = [a for p, n in obliques(verb.head) if p in self.grammar.party_preps
                           for a in resolve_all(n, ctx)]  # fmt: skip
                event = verb.head
                if mediated and event.dep == "nmod" and event.case in self.grammar.occasion_preps:
                    # ('agreed to a ceasefire during talks mediated by Qatar': the talks are the agreement's occasion)
                    event = event.head
                holder = event.head
                # ('did not attend the talks convened by Washington': one who stayed away is no party to them.)
                # ('exchanged prisoners in a deal mediated by the UAE': those who acted under a mediated deal are its
                # parties.)
                held = event.dep == "obj" or mediated and event.dep == "obl"
                if not targets and held and holder.pos == "VERB" and not modality.is_negated(holder):
                    targets = [a for a in self._subjects(holder, ctx)[0] if a.kind != "pronoun"]
            deed = verb.head
            # ('dissolved all parties, a move …': the parser may read the move as a second object)
            restated = deed.dep == "obj" and any(c.dep == "obj" and c.i < deed.i for c in deed.head.children)
            if (not targets and verb.dep == "acl" and deed.lemma in self.grammar.deed_nouns
                    and (deed.dep in {"obl", "appos", "nmod"} or restated) and deed.head.pos == "VERB"):
                # 'Mali dissolved all political parties, a move condemned by rights groups', «…, шаг, осуждённый
                # Вашингтоном»: what is said of a move is said to whoever made it, the clause's subject.
                targets = [a for a in self._subjects(deed.head, ctx)[0] if a.kind != "pronoun"]
        else:
            # 'The ministers of Armenia and Azerbaijan met in Moscow' met each other: with two parties acting
            # together in a mutual act, the place is not the other party.
            mutual = entry.code.startswith(MUTUAL_CODES) or self._reciprocal(verb, entry)
            together = mutual and len({s.code[:3] for s in subjects if s}) > 1
            # 'Merz visited Kyiv along with Macron', «Мерц вместе с Макроном посетил Киев»: those who act together
            # with the subject act too.
            companions = self._companions(verb, ctx) if subjects else []
            sources = subjects + [a for a in companions if all(a.code != s.code for s in subjects if s is not None)]
            targets = self._objects(verb, ctx, entry.code, particle=entry.particle, places_count=not together)
            targets = targets or self._shared_object(verb, ctx, forward=not together)
            if not targets and verb.dep == "xcomp" and verb.head.lemma in self.grammar.intent_verbs:
                # «предложил Саудовской Аравии расширить сотрудничество»: whom an act is offered or promised to is
                # its partner when the act names no one.
                targets = [a for c in verb.head.children
                           if c.dep == "iobj" or c.dep == "obl" and _bare_dative(c, self.grammar)
                           for a in self._object_actors(c, ctx)]  # fmt: skip
            own = {s.code[:3] for s in sources}
            if (entry.code[:2] in REACTION_ROOTS or entry.code == "016") and all(t.code[:3] in own for t in targets):
                # (a relative pronoun read as the act's own thing, 'Georgian wine, which Tbilisi condemned', names
                # the reacting country itself)
                targets = self._reacted_to(verb, ctx) or targets
            answers = entry.code[:2] in REACTION_ROOTS | {"01"} and entry.code != "057"  # (signing a deal makes it)
            if entry.code[:2] == "11" and not targets:
                # 'called the launches a deliberate provocation by Minsk', «назвал запуски провокацией режима
                # Лукашенко»: what an act is called may name whose it is (an actor itself, or a government; not a
                # thing of a country: «нарушением суверенитета Грузии»).
                targets = [a for c in verb.children if c.dep == "xcomp" and c.pos == "NOUN"
                           for n in c.children if n.dep == "nmod" and (n.case in self.grammar.agent_preps or not n.case
                                                                       and n.feat("Case") == "Gen")
                           for a in resolve_all(n, ctx) if a.kind != "pronoun" and a.code[:3] not in own
                           and (n.i in ctx.by_token or a.code[3:6] == "GOV")]  # fmt: skip
            if answers and not targets and self._answers_a_deed(verb, self.grammar.agreement_nouns):
                # 'Greece and Egypt signed a maritime deal. Turkey rejected the deal': aimed at its parties.
                targets = [replace(a, head=verb.i, strong=False) for a in ctx.last_signers if a.code[:3] not in own]
            if entry.code[:2] == "13" and not targets and ctx.last_doer is not None \
                    and ctx.last_doer.code[:3] not in own:
                # 'Moldova expelled a Russian diplomat. Moscow vowed to retaliate', «Москва пообещала ответить»: a
                # threat aimed at no one named answers the act told just before, at whoever did it.
                targets = [replace(ctx.last_doer, head=verb.i, strong=False)]
            if answers and not targets and self._answers_a_deed(verb):
                # 'Serbia expelled the Kosovo envoy. The EU criticised the move.': the move, the decision, the step
                # named by no one's name is the last act told, and the reaction is aimed at whoever did it.
                doer = ctx.last_doer
                targets = [replace(doer, head=verb.i, strong=False)] if doer is not None and doer.code[:3] not in own \
                    else []
            if answers and not targets:
                # 'Ecuadorean police stormed the Mexican embassy … Brazil and Chile condemned the raid', «осудил этот
                # удар»: an act named by a definite event noun of no named owner is the last act of its kind told
                # in the sentences just before; the reaction is aimed at whoever did it.
                kinds = set(self._anaphoric_acts(verb))
                demonstratives = self.grammar.demonstratives
                far = not any(_determined_by(c, demonstratives) for c in self._pointing_back(verb, OWNER_DEPS))
                targets = [replace(doer, head=verb.i, strong=False)
                           for doer in _doers_pointed_to(ctx, kinds, far, own)]  # fmt: skip
            participle = _first_conjunct(verb)
            above = self._verb_entry(participle.head) if not targets and self._bare_participle(participle) else None
            if above is None and not targets and self._said_at_a_meeting(verb):
                participle, above = verb, self._verb_entry(verb.head)
            # (not after an accusation, whose list of charges the parser may split: 'accused the US of violating
            # human rights, ignoring international law')
            if above is not None and above.code[:2] != "11" and not modality.is_unasserted(participle.head):
                # 'Modi spoke by telephone with Min Aung Hlaing, offering condolences over the earthquake', 'demanded
                # that Washington cancel the tariffs, warning that it would take countermeasures': a participle with
                # no party of its own acts on the party of the act it goes with.
                targets = [c.target for c in self._verb_candidates(participle.head, above, ctx)
                           if c.target.code[:3] not in own and c.target.kind != "domestic"]  # fmt: skip
            if verb.dep in {"xcomp", "conj"} and all(t.needs_country or t.code[:3] in own for t in targets):
                # 'China held drills near Taiwan, prompting Taipei to scramble jets and lodge a protest': a reaction
                # that names no one is aimed at whoever caused it.
                targets = self._causers(verb, ctx) or targets
            if entry.source == "nominalisation":
                # 'объявил о приостановке сотрудничества с США', 'the closure of its border with Benin': whom the
                # announced action is aimed at, before whose the thing acted on is.
                aimed = [a for n in self._action_nouns(verb) for a in self._action_targets(n, ctx)]
                targets = aimed or targets
            denial = entry.code[:2] == "12" or entry.code == "016"
            if denial and all(t.code[:3] in own for t in targets) and self._rejects_a_claim(verb):
                # 'Russian media claim that Kazakhstan … Kazakhstan rejects these allegations', 'Kyiv accused Moscow of
                # …, but the Kremlin rejected the accusations': the claims rejected are those just made, and the
                # rejection is aimed at whoever made them (not at the accused, a shared object's reading).
                targets = self._claimant_answered(verb, ctx, own) or targets
            elif entry.code == "016" and _denies_an_act(verb):
                # 'Iran denied supplying weapons to the Houthis', 'India denies losing any aircraft': a denial of an
                # act answers whoever claimed it, not those the act would have been done to; with no claimant
                # named, no one.
                targets = self._claimant_answered(verb, ctx, own)
        if not targets and entry.code[:2] == "13":
            # 'threatened to stop talks if the United States deploys missiles', 'keeps all options on the table
            # until Maduro transfers power': a threat is aimed at whoever the condition names.
            targets = self._condition_subjects(verb, ctx)
        if not targets and entry.code[:2] == "09":
            # 'opened an investigation into war crimes in Ukraine': what is investigated happened where the
            # investigated thing is placed, and that country is what the inquiry concerns.
            targets = self._investigated_places(verb, ctx)
        if not targets and entry.code[:2] == "14":
            # 'began a hunger strike in protest against Sweden's decision': a protest that names no one is aimed at
            # what it is said to be against.
            targets = self._protested(verb, entry.code, ctx)
        code, mode, confidence = entry.code, "asserted", 0.9
        if code.startswith("087"):
            # 'withdrew its troops from Georgia', 'the withdrawal of troops from Syria': the place left is the target,
            # not the country of 'troops from Georgia'.
            targets = self._places_left(verb, ctx) or targets
        if code[:2] == "16" and not targets:
            # 'отозвал своего посла из Тегерана', 'pulled its diplomats out of Niger': whom a recall leaves.
            targets = self._places_left(verb, ctx)
        if code == "087" and targets and all(t.kind == "igo" for t in targets):
            # 'announced their withdrawal from ECOWAS': leaving an organisation reduces relations with it (16);
            # it is no military retreat.
            code = "160"
        own = {s.code[:3] for s in sources}
        abroad = [t for t in targets if t.kind in {"country", "region"} and t.code[:3] not in own]
        if code.startswith("153") and abroad:
            # 'pledged to send a thousand police officers to Haiti': police sent to another country are security
            # assistance (074), not a show of police power at home (153).
            code = "074"
        parties = own | {t.code[:3] for t in targets}
        if code in {"040", "044"} and len(parties) > 1:
            # 'met in Riyadh', 'held talks on the sidelines of the SCO summit in Tianjin': a meeting is at a third
            # location (044) where the place is the home of none of the parties, and not where it is one's (040).
            places = {a.code[:3] for a in self._located_targets(verb, ctx) if a.kind in {"country", "region"}}
            if places:
                code = "040" if places & parties else "044"
        if code == "062" and not targets:
            # 'staged live-fire drills near Taiwan': exercises with no partner, held close to another country,
            # are a show of force towards it (150), not military cooperation.
            targets = self._located_targets(verb, ctx, self.grammar.proximity_preps)
            code = "150" if targets else code
        if (
            verb.lemma in self.grammar.intent_verbs
            and verb.lemma not in self.grammar.accepting_verbs
            and code[:2] in {"04", "05", "06", "07", "08", "09"}
            and (code[:3] != "057")
        ):
            # 'agreed to a ceasefire', 'offered aid': agreeing to or offering an act expresses the intent (03).
            code, mode = as_intent(code), "intent"
        reporter = modality.reporting_head(verb)
        if modality.is_unreal(verb):
            return
        if reporter is not None and any(c.dep == "nsubj" and c.lemma in self.grammar.commentator_nouns
                                        for c in reporter.children):  # fmt: skip
            # 'Analysts said Russian troops had used chemical weapons': a commentator's reading, no party's claim.
            return
        if self._commentators_attributed(verb):
            # 'According to analysts, Russia supplied missiles to Iran', «По мнению экспертов, …»: the same reading.
            return
        if self._standing(verb):
            # 'Only Turkey recognises the breakaway state', 'Iran does not recognise the Taliban government': a relation
            # told in the simple present with no date of its own is background, no act of the news.
            return
        root = code[:2]
        if modality.is_negated(verb):
            if not _finite(verb):
                # 'principles which included not recognising the occupied territories': a negated gerund or
                # participle describes; only a clause says someone did not act.
                return
            refused = REFUSALS.get(root) if self._states_a_refusal(verb, sources, reporter, ctx) else None
            if entry.negated_code is None and refused is None:
                return
            code, mode = entry.negated_code or refused, "negated-refusal"
            # 'has never recognised the independence of Donetsk', «не признаёт Крым российским»: not granting a
            # territory a status is no refusal aimed at the country it lies in.
            targets = [t for t in targets if t.kind != "region"]
            if not targets:
                return
        elif reporter is None and modality.is_obligation(verb):
            # 'Russia must withdraw': what someone ought to do, said by no one in the text, is not an act.
            return
        elif reporter is not None and modality.is_obligation(verb):
            speakers, _ = self._subjects(reporter, ctx)
            if not speakers or {s.code for s in speakers} & {s.code for s in subjects}:
                # ('"We must continue to talk to Algeria," Macron said': what a speaker owes is no demand on another)
                return
            targets = subjects
            sources = speakers
            code, mode = as_demand(code), "demand"
        elif modality.is_conditional_main_clause(verb):
            if root in UNTHREATENING_ROOTS:
                return
            code, mode = (as_threat(code) if root >= "10" or root == "08" else as_intent(code)), "conditional"
        elif modality.is_intended(verb):
            if self._only_deliberated(verb):
                # ('the two sides will consider inviting Yoon', «рассматривает возможность направить войска»)
                return
            if root in {"01", "02"} and self._only_planned(verb):
                # 'opposition parties plan to press for Ruto's resignation', 'will ask the UN to …': a statement or
                # an appeal to come has not been made ('agreed to call for a meeting' has, jointly).
                return
            if root in {"04", "05", "06", "07", "08", "09"}:
                if self._plan_told_by_others(verb, sources, reporter, ctx):
                    # 'Russia and Turkey intend to sign a gas deal, sources told Reuters', «По словам источников,
                    # Россия и Турция намерены …»: a plan others report is not an intent its actor expressed.
                    return
                code, mode = as_intent(code), "intent"
            elif root >= "10" and root != "13":
                # A coercive act is a threat only when its actor commits to it ('vowed to retaliate', 'said
                # it will strike back'); a plan or forecast of one is not an act at all.
                committed = modality.commits_to(verb) or self._announced_by_actor(verb, sources, reporter, ctx)
                # A government's stated plan to cut ties or impose sanctions is itself a signal (a threat);
                # a plan, forecast or future tense of force or seizure is not an act.
                announced_policy = root == "16" and not modality.is_future(verb)
                if self._decided(verb) and root in DECIDABLE_ROOTS:
                    # 'decided to expel two Russian diplomats', 'решила выслать …': a decision taken to reduce
                    # relations, demand, reject or coerce is that act.
                    pass
                elif root == "12" and committed and not modality.is_conditional_main_clause(verb):
                    # 'announced that Georgia would refuse any budget grants from the EU': a refusal its own actor
                    # announces is made by announcing it; it threatens nothing.
                    pass
                elif not (committed or announced_policy) or root in UNTHREATENING_ROOTS:
                    # ('said it would lodge a protest with the embassy': a protest or a demand to come is neither
                    # made yet nor a threat)
                    return
                else:
                    code, mode = as_threat(code), "threat"
        if reporter is not None and mode == "asserted" and (modality.is_alleging(reporter) or root in FORCE_ROOTS):
            # ('Turkish sources said Greek jets had violated Turkish airspace. Athens denied it.': force that one
            # side says the other used is its claim, kept unless a denial follows, as a claim made with 'allege'.)
            speakers, _ = self._subjects(reporter, ctx)
            named = [s for s in speakers if s is not None and s.kind != "pronoun"]
            if sources and (named or modality.is_alleging(reporter)) and all(
                    s.code[:3] != sources[0].code[:3] for s in named):
                mode, confidence = "alleged", 0.5
        if modality.is_hedged(verb):
            return
        if mode == "asserted" and modality.claimed_by_subject(verb):
            # 'Pakistan claims to have shot down two jets': the actor's own claim, kept unless disputed.
            mode, confidence = "alleged", 0.5
        sources = [self._pronoun_from_reporter(s, verb, ctx) for s in sources]
        # ('Iran fired missiles at Tel Aviv, the Israeli military said': a side that reports an act done to it
        # attributes the report; the act is the event, and no accusation is coded beside it.)
        for source in sources:
            yield from self._source_candidates(source, sources, targets, verb, entry, code, mode, confidence, ctx)

    def _commentators_attributed(self, verb: Word) -> bool:
        """Whether the clause is attributed to commentators by a phrase ('according to analysts', «по мнению
        экспертов», «по оценке аналитиков»)."""
        words = self.grammar.attribution_words
        phrases = [c for c in verb.children if c.lower in words or c.lemma in words and c.case
                   or c.case and c.case.split()[0] in words]  # fmt: skip
        return any(t.lemma in self.grammar.commentator_nouns for c in phrases for t in (c, *c.children))

    def _only_deliberated(self, verb: Word) -> bool:
        """Whether the act is only weighed: the complement of a verb of deliberation ('consider inviting', 'is
        weighing whether to send troops'), itself or through a noun of possibility («рассматривает возможность
        направить»)."""
        words = self.grammar.deliberation_verbs
        current = verb
        for _ in range(3):
            if current.is_root or current.dep not in {"xcomp", "ccomp", "acl", "advcl", "nmod"}:
                return False
            head = current.head
            if head.lemma in words or head.lower in words:
                return True
            if head.pos != "NOUN" and current.dep != "ccomp":
                return False
            current = head
        return False

    def _only_planned(self, verb: Word) -> bool:
        """Whether the verb is to come or only planned ('will ask', 'plan to hold protests to press for'), not
        agreed, decided or vowed."""
        for _ in range(4):
            if modality.is_future(verb):
                return True
            if verb.is_root or verb.dep not in {"xcomp", "advcl", "conj"}:
                return False
            if verb.dep == "xcomp" and modality.lemma_with_particle(verb.head) in self.grammar.planning_words:
                return True
            verb = verb.head
        return False

    def _received_candidates(
        self, verb: Word, noun: Word, entry: NounEntry, ctx: SentenceActors
    ) -> Iterable[Candidate]:
        """'Ukraine received weapons from the US', 'won support from China', 'получила помощь от России': the
        giver named after from/от is the source of the noun's act and the receiving subject its target."""
        recipients, passive = self._subjects(verb, ctx)
        if passive or not recipients:
            return
        givers = [a for holder in (verb, noun) for preposition, nominal in obliques(holder)
                  if preposition in self.grammar.giver_preps
                  for a in resolve_all(nominal, ctx) if a.kind != "pronoun"]  # fmt: skip
        if not givers:
            return
        if modality.is_unasserted(verb) or modality.is_obligation(verb):
            return
        rule = f"{entry.origin} receive [{noun.lemma}]"
        for giver in givers:
            for recipient in recipients:
                if recipient is not None and _distinct(giver, recipient, entry.code):
                    path = _path(verb, giver, recipient)
                    yield Candidate(giver, recipient, entry.code, "asserted", 0.8, rule, verb, path)

    def _parties_of_the_thing(self, things: list[Word], ctx: SentenceActors) -> list[Actor]:
        """The parties named after a ``party_preps`` word on a thing or on its own complement ('an agreement on
        cooperation between Russia and Uzbekistan')."""
        holders = [n for t in things for n in (t, *(c for c in t.children if c.dep == "nmod"))]
        return [a for n in holders for p, q in obliques(n) if p in self.grammar.party_preps
                for a in resolve_all(q, ctx) if a.kind != "pronoun"]  # fmt: skip

    def _state_of_the_place(self, verb: Word, code: str, ctx: SentenceActors) -> list[Actor]:
        """'Three Polish nationals were arrested in Belarus', 'В Белоруссии задержаны граждане России': an
        arrest, detention or expulsion by no one named is the act of the state where it happened. An envoy summoned
        to a state's ministry by no one named is summoned by it ('was summoned to the Turkish Foreign Ministry',
        «был вызван в МИД Турции»)."""
        g = self.grammar
        if code[:3] == "114":
            return [a for p, n in obliques(verb) if p in g.target_preps or _with_case(p, n) in g.target_preps
                    for a in resolve_all(n, ctx) if a.kind == "country" and len(a.code) > 3][:1]  # fmt: skip
        if code[:3] not in STATE_ACTS or verb.dep == "acl":
            # ('задержанные в Баку россияне были связаны с ФСБ', 'the Russians detained in Baku': people described by
            # an arrest are known by it; the arrest is no act of the sentence)
            return []
        states: list[Actor] = []
        for preposition, place in obliques(verb):
            if preposition in self.grammar.place_preps and place.feat("Case").lower() != "acc":
                states.extend(a for a in resolve_all(place, ctx) if a.kind in {"country", "region"})
        return [Actor(a.code[:3], a.text, "country", a.head, False) for a in states[:1]]

    def _enacts_a_document(self, verb: Word) -> bool:
        """'подписал указ о признании ДНР': the signer enacts the act, whoever the genitive names."""
        return any(c.dep == "obj" and c.lemma in self.grammar.document_nouns for c in verb.children)

    def _enacted(self, word: Word) -> list[Word]:
        """The 'on …' phrases of a document or of the verb that enacts it ('указ о признании …'), also as a quoted
        title ('указ "О признании Республики Крым"')."""
        return [c for c in word.children
                if c.dep in {"nmod", "obl", "appos"} and c.case in self.grammar.enacting_preps]  # fmt: skip

    def _claimant_before(self, verb: Word, ctx: SentenceActors) -> Actor | None:
        """Who made a claim earlier in the verb's sentence: the subject of the last accusing or stating verb before
        it ('Kyiv accused Moscow of …, but the Kremlin rejected the accusations')."""
        claimant = None
        for word in verb.sentence:
            if word.i >= verb.i or word.pos != "VERB":
                continue
            entry = self._verb_entry(word)
            if entry is None or entry.code[:2] not in {"01", "11"} or modality.is_negated(word):
                continue
            subjects, passive = self._subjects(word, ctx)
            named = [a for a in subjects if a is not None and a.kind != "pronoun" and not a.needs_country]
            claimant = named[0] if named and not passive else claimant
        return claimant

    def _claimant_answered(self, verb: Word, ctx: SentenceActors, own: set[str]) -> list[Actor]:
        """Whoever made the claim a rejection or denial answers (the claimant before it in the sentence, else the last
        one in the text), unless of the answering side's own countries."""
        claimant = self._claimant_before(verb, ctx) or ctx.last_claimant
        if claimant is None or claimant.code[:3] in own:
            return []
        return [replace(claimant, head=verb.i, strong=False)]

    def _answers_a_deed(self, verb: Word, nouns: frozenset[str] | None = None) -> bool:
        """Whether the object is a definite deed noun (or one of ``nouns``) of no named owner ('criticised the move',
        «приветствовал это решение»): an act told before."""
        owners = OWNER_DEPS | {"compound"}
        return any(c.lemma in (nouns or self.grammar.deed_nouns) for c in self._pointing_back(verb, owners))

    def _pointing_back(self, verb: Word, owners: frozenset[str]) -> list[Word]:
        """The objects after an anaphoric determiner (or bare, in a language with no articles) with no modifier of the
        ``owners`` relations ('the move', «этот удар», «высылку»; not 'Israel's move', 'the raid on Gaza'): what was
        told before."""
        g = self.grammar
        objects = [c for c in verb.children if c.dep == "obj" and not any(d.dep in owners for d in c.children)]
        pointing = [c for c in objects if _determined_by(c, g.anaphoric_determiners)]
        if g.articles:
            return pointing
        # A language with no articles names what was told before with a bare noun («назвала высылку …»), but not the
        # act a light verb does with it («выразил поддержку»).
        bare = [c for c in objects if not any(d.dep in {"det", "nummod"} for d in c.children)]
        return pointing + [c for c in bare if c is not self._light_object(verb)]

    def _enacted_targets(self, noun: Word, code: str, ctx: SentenceActors) -> list[Actor]:
        """'reimposed UN sanctions on Iran', 'imposed EU tariffs on Chinese cars': a verb that does the act its
        object names (the same CAMEO root) is aimed where that act is aimed, not at the body named before it (the
        sanctions' issuer, on the doer's side)."""
        entry = self._noun_entry(noun) if noun.pos == "NOUN" else None
        if entry is None or entry.code[:2] != code[:2] or noun.i in ctx.by_token:
            return []
        if not any(c.dep in {"compound", "amod"} and c.i in ctx.by_token for c in noun.children):
            return []
        g = self.grammar
        return [a for p, n in obliques(noun) if p in g.target_preps | g.opposing_preps
                for a in resolve_all(n, ctx) if a.kind != "pronoun"]  # fmt: skip

    def _anaphoric_acts(self, verb: Word) -> list[str]:
        """The codes (roots, or whole codes for a noun of many senses) of the event nouns of the object that point
        back, with no owner named: 'condemned the raid', «осудил этот удар» (not 'the Israeli raid', 'the raid on
        Gaza'). A noun that is an event only with a modifier ('the strikes' after 'missile strikes') may point back
        to any event it ends ('missile strike', 'hunger strike'); the act told before says which."""
        codes = []
        for noun in self._pointing_back(verb, OWNER_DEPS):
            entry = self._noun_entry(noun)
            codes += [entry.code[:2]] if entry is not None else self.compound_endings.get(noun.lemma, [])
        return codes

    def _rejects_a_claim(self, verb: Word) -> bool:
        """Whether the object is a claim ('rejects these allegations', 'отверг обвинения') that names no owner."""
        # (a criticism is a claim too: 'Kurti rejected the criticism', «отверг критику»; so is what 'this' points to:
        # 'Moscow has denied this', «Москва это отрицает»)
        g = self.grammar
        claims = [c for c in verb.children if c.dep in {"obj", "nsubj:pass"} and (c.lemma in g.content_nouns
                  or c.pos == "PRON" and (c.lower in g.demonstratives or c.lemma in g.demonstratives)
                  or (entry := self._noun_entry(c)) is not None and entry.code[:2] == "11")]  # fmt: skip
        return bool(claims) and not any(
            c.dep in {"nmod:poss", "amod"} or (c.dep == "nmod" and not c.case) for k in claims for c in k.children
        )

    def _shared_object(self, verb: Word, ctx: SentenceActors, forward: bool = True) -> list[Actor]:
        """'India blamed Pakistan for the attack and warned of reprisals': a conjunct with no subject and no party
        of its own acts on the party its first verb names as direct object. 'arrested and deported two
        journalists': a verb with nothing after it but the conjunction shares the second verb's object (unless
        ``forward`` is off: parties that 'agreed to meet and cut ties with Pyongyang' met each other)."""
        following = [a for c in _following_objects(verb) if forward for a in self._object_actors(c, ctx)]
        if following:
            return following
        head = verb.head
        if verb.dep != "conj" or head.i == verb.i or head.pos != "VERB" or head.dep in {"amod", "acl", "acl:relcl"}:
            return []
        if any(c.dep in {"nsubj", "nsubj:pass", "ccomp"} for c in verb.children):
            return []
        if any(c.dep == "obj" for c in verb.children) and any(c.dep == "xcomp" for c in verb.children):
            # ('accused Russia of stalling and urged allies to act', «призвал союзников действовать»: one told to
            # act is the conjunct's own party, named or not)
            return []
        # (after a participle that describes how an act was done, only a party itself: 'waving EU flags and
        # demanding new elections' demands nothing of the EU; 'boarded Philippine navy boats and seized rifles' took
        # them from the Philippines)
        describing = head.feat("VerbForm") in {"Part", "Ger", "Conv"}
        return [
            a for c in head.children if c.dep == "obj" for a in resolve_all(c, ctx) if a.kind != "pronoun"
            and (a.strong or not describing)
        ]

    def _companions(self, verb: Word, ctx: SentenceActors) -> list[Actor]:
        """Named actors after 'along with', 'together with', 'alongside', «вместе с» on the verb."""
        words = self.grammar.accompaniment_words
        phrases = []
        for child in verb.children:
            if child.dep == "obl" and child.case and (
                child.case.split()[0] in words
                or any(m.dep == "case" and any(a.lower in words for a in m.children) for m in child.children)
            ):
                phrases.append(child)
            elif child.dep == "advmod" and child.lower in words:
                phrases.extend(c for c in child.children if c.dep == "obl" and c.case in self.grammar.comitative_preps)
        return [a for p in phrases for a in resolve_all(p, ctx) if a.kind != "pronoun" and not a.needs_country]

    def _investigated_places(self, verb: Word, ctx: SentenceActors) -> list[Actor]:
        """The countries named as places inside what an inquiry is into ('into war crimes in Ukraine', «о
        военных преступлениях на Украине»), at most three phrases down."""
        found: list[Actor] = []
        frontier = [c for c in verb.children if c.dep in {"obj", "obl"}]
        for _ in range(3):
            below: list[Word] = []
            for word in frontier:
                for child in word.children:
                    if child.dep not in {"nmod", "obl"}:
                        continue
                    if in_place_phrase(child):
                        found.extend(a for a in resolve_all(child, ctx) if a.kind in {"country", "region"})
                    else:
                        below.append(child)
            frontier = below
        return _one_per_country(found)

    def _protested(self, verb: Word, code: str, ctx: SentenceActors) -> list[Actor]:
        """Whom a protest phrase or clause on an act is against, within three phrases of it ('staged a hunger strike in
        protest against Sweden's decision', 'blocked roads, protesting against Chile's reform', «в знак протеста
        против решения Швеции»)."""
        g = self.grammar
        frontier = [c for c in verb.children if c.dep in {"obj", "obl", "nmod", "advcl", "xcomp"}]
        for _ in range(3):
            below: list[Word] = []
            for word in frontier:
                if word.lemma in g.protest_words:
                    if word.pos == "VERB":
                        return self._objects(word, ctx, code)
                    return [a for p, n in obliques(word) if p in g.opposing_preps | g.topic_preps
                            for a in self._object_actors(n, ctx)]  # fmt: skip
                below.extend(c for c in word.children if c.dep in {"obl", "nmod"})
            frontier = below
        return []

    def _condition_subjects(self, verb: Word, ctx: SentenceActors) -> list[Actor]:
        """Subjects of the conditional clauses ('if X …', 'unless X …', 'until X …') of a verb or of its
        complements."""
        marks = self.grammar.conditional_marks | self.grammar.lasting_conditions
        found: list[Actor] = []
        clauses = [verb, *(c for c in verb.children if c.dep == "xcomp")]
        for clause in clauses:
            for child in clause.children:
                if child.dep == "advcl" and any(
                    m.dep == "mark" and m.lower in marks for m in child.children
                ):
                    for subject in (c for c in child.children if c.dep in {"nsubj", "nsubj:pass"}):
                        found.extend(a for a in resolve_all(subject, ctx) if a.kind != "pronoun")
        return found

    def _source_candidates(
        self,
        source: Actor | None,
        sources: list[Actor | None],
        targets: list[Actor],
        verb: Word,
        entry: VerbEntry,
        code: str,
        mode: str,
        confidence: float,
        ctx: SentenceActors,
    ) -> Iterable[Candidate]:
        rule = f"{entry.origin} {entry.label}"
        if source is None:
            return
        if code[:3] == "042" and source.code[3:6] in VISITLESS_ROLES:
            # 'Sudanese refugees have arrived in Chad': people fleeing or travelling make no visit.
            return
        if code in {"180", "1823"} and source.code[3:6] == "MIL":
            # CAMEO: killing by regular armed forces is conventional force (19); beating, torture, abduction
            # stay unconventional (18) whoever does them.
            code, rule = "190", rule + " (armed forces: 190)"
        # 'offered its troops to Lebanon': the source's own forces are what is given, not the target.
        foreign = [t for t in targets if t.code[:3] != source.code[:3] and not t.needs_country]
        if not foreign and targets:
            foreign = [t for t in self._object_prep_actors(verb, ctx) if t.code[:3] != source.code[:3]]
        partners = [s for s in sources if s is not None and s.code[:3] != source.code[:3]]
        if targets and not foreign and partners and all(t.code[:3] == source.code[:3] for t in targets):
            # ('Japan and South Korea will invite Yoon', 'the two sides invited Yoon': of parties acting together on
            # one of them, that one does not act on itself)
            return
        if code[:3] == "192":
            # 'Syrian rebels seized Damascus': a capital taken is a town taken, not the state.
            targets = [_as_place(t, ctx) for t in targets]
        if code[:2] in PLACE_TARGET_ROOTS and len(source.code) > 3:
            # 'militants carried out a bombing at a hotel in Somalia': the own country named as where the act
            # was done is a place in it, as a town would be.
            # ('lifted restrictions on U.S. defence cooperation with Azerbaijan': what restrictions are on is no
            # place; an offensive on Tripoli is aimed at one.)
            surface = self.grammar.surface_preps - self.grammar.place_preps if code[:2] < "15" else set()
            targets = [replace(t, kind="region") if t.kind == "country" and t.code[:3] == source.code[:3]
                       and in_place_phrase(verb.sentence[t.head]) and verb.sentence[t.head].case not in surface
                       else t for t in targets]  # fmt: skip
        if foreign and code[:2] in VIOLENT_ROOTS:
            # 'Turkish drones struck PKK positions in northern Iraq': an armed group of the source's own country
            # named as the object is whom the force is aimed at; the foreign country is where.
            groups = [t for t in targets if t.kind == "group" and t.code[:3] == source.code[:3]
                      and not in_place_phrase(verb.sentence[t.head]) and _distinct(source, t, code)]  # fmt: skip
            if groups and all(in_place_phrase(verb.sentence[t.head]) for t in foreign):
                foreign = groups
        own_targets = _one_per_country([t for t in foreign or targets if _distinct(source, t, code)])
        # (two parties acting together in a mutual act act on each other, not on where they do it: 'border guards of
        # Kyrgyzstan and Tajikistan exchanged fire in the Batken region')
        placed = all(t.kind == "region" or in_place_phrase(verb.sentence[t.head]) for t in own_targets)
        if all(t.needs_country for t in own_targets) or placed:
            # No named party (at most a role word of no stated country: 'reopen embassies'):
            peers = [s for s in sources if s is not None and s.code != source.code]
            # 'Jordan and Britain agreed …', 'Azerbaijani and Armenian forces clashed': each with the other;
            # but allies who 'began an offensive' together are not fighting each other.
            mutual = code.startswith(MUTUAL_CODES) and (
                code[:2] != "19" or verb.lemma in self.grammar.symmetric_fighting
            )
            if verb.lemma in self.grammar.committing_verbs and _has(verb, "obj"):
                # ('Benin, Chad and Jamaica have also promised personnel': what each promises is for someone else.)
                mutual = False
            # 'Azerbaijan and Armenia exchanged prisoners': a reciprocal verb is mutual whatever it exchanges.
            mutual = mutual or self._reciprocal(verb, entry)
            # A light verb keeps the noun's mutuality ('resumed talks'), except for force: allies who 'launched
            # an offensive' together are not fighting each other.
            # ('Kenyan and Haitian police clashed with gang members': a partner named after 'with', even one of no
            # country, is whom they act with, not each other; 'with each other', «друг с другом» are each other.)
            not_partners = self.grammar.reciprocal_pronouns | self.grammar.helper_nouns
            partnered = any(p in self.grammar.comitative_preps and n.pos in {"NOUN", "PROPN"}
                            and n.lemma not in not_partners for p, n in obliques(verb))  # fmt: skip
            # ('The officers were greeted by Haiti's prime minister and the US ambassador': agents of a passive act
            # on whoever it names as its subject, not on each other.)
            passive = any(c.dep == "nsubj:pass" and resolve_all(c, ctx) for c in verb.children)
            if peers and mutual and not partnered and not passive and (
                    entry.source != "light verb" or code[:2] != "19"):
                own_targets = peers
            elif peers and _at_each_other(verb):
                # 'Kyrgyz and Tajik border guards opened fire on each other', «открыли огонь друг по другу»: an act
                # aimed at each other is mutual whatever the verb.
                own_targets = peers
        if (not own_targets and source.code[3:6] in self.codebook.domestic_sources(code) and source.code[:3] != "IGO"
                and code[:3] != "174"):
            # (an expulsion is of foreigners: with none named it is no act at home)
            # Arrests by police, protests by demonstrators with no other party named: acts within the country.
            domestic = Actor(source.code[:3], "(domestic)", "domestic", source.head, False)
            path = _path(verb, source, domestic)
            yield Candidate(source, domestic, code, mode, confidence * 0.7, rule, verb, path)
        elif not own_targets and source.needs_country and code[:2] == "14" and source.code in UNARMED_ROLES:
            # 'Thousands of opposition supporters protested in Maputo': protesters of no stated country protest at
            # home, in the country of the place (see _finalise), if the sentence names one.
            domestic = Actor("", "(domestic)", "domestic", source.head, False, needs_country=True)
            path = _path(verb, source, domestic)
            yield Candidate(source, domestic, code, mode, confidence * 0.7, rule, verb, path)
        if code[:3] == "042" and source.code[:3] in self._visited_countries(verb, ctx):
            # 'Xi arrived in Beijing for talks with Putin': one who arrives in a town of his own country is at home;
            # whoever he meets there is the visitor.
            return
        if code[:3] == "042" and self._armed_unit(source, verb):
            # 'Bangladeshi peacekeeping troops arrived in Sierra Leone': units that arrive are deployed; a
            # visit is made by people (a defence minister's visit stays one).
            return
        if code[:2] == "19" and source.code[3:6] == "COP":
            # Police acting in their own country ('police raided a house in Srinagar') wage no war on it.
            own_targets = [t for t in own_targets if t.code[:3] != source.code[:3]]
        # An event with no target is not recorded: the analyst could not place it in any dyad.
        for target in own_targets:
            yield Candidate(source, target, code, mode, confidence, rule, verb, _path(verb, source, target))
            named = not target.needs_country and target.kind != "pronoun"
            if code[:3] in MEETING_CODES and mode == "asserted" and named:
                # 'Blinken met Marcos', 'held talks with Wang Yi', «провёл переговоры с Си Цзиньпином»: a meeting,
                # call or negotiation is had by both parties, each with the other.
                yield Candidate(target, source, code, mode, confidence, rule, verb, _path(verb, target, source))

    def _visited_countries(self, verb: Word, ctx: SentenceActors) -> set[str]:
        """The countries of the places a verb of visiting names ('arrived in Beijing', «прибыл в Санкт-Петербург»)."""
        preps = self.grammar.visit_preps | self.grammar.destination_preps
        return {a.code[:3] for p, n in obliques(verb) if p in preps or _with_case(p, n) in preps
                for a in resolve_all(n, ctx) if a.code[:3] != "IGO" and (a.kind != "country" or in_place_phrase(n))}

    def _armed_unit(self, source: Actor, verb: Word) -> bool:
        """The source is a body of armed men ('troops', 'a batch of peacekeepers'), not an officer."""
        if source.code[3:6] not in ARMED_ROLES or source.kind == "person":
            return False
        words = verb.sentence.words
        if not 0 <= source.head < len(words):
            return False
        unit = words[source.head]
        unit = next(iter(self._counted(unit)), unit)
        return unit.feat("Number") == "Plur" and unit.lemma not in self.grammar.pair_nouns

    def _obligation_candidates(self, verb: Word, ctx: SentenceActors) -> Iterable[Candidate]:
        """'The US said China must drop barriers': a demand by the speaker on the subject of 'must'."""
        reporter = modality.reporting_head(verb)
        if reporter is None or modality.is_negated(verb):
            return
        speakers, _ = self._subjects(reporter, ctx)
        addressees, _ = self._subjects(verb, ctx)
        # ('will have to pay a heavy price': a penalty someone must bear is a threat to them)
        penalty = any(c.dep == "obj" and c.lemma in self.grammar.penalty_nouns for c in verb.children)
        code, mode = ("130", "threat") if penalty else ("100", "demand")
        rule = f"modality: '{reporter.lemma} … must/should {verb.lemma}' is a {mode}"
        for speaker in speakers:
            if any(a.code[:3] == speaker.code[:3] for a in addressees):
                continue  # ('Xi said Beijing and Moscow must defend …': what one's own side must do is no demand)
            for addressee in addressees:
                if addressee.code != speaker.code:
                    yield Candidate(
                        speaker, addressee, code, mode, 0.7, rule, verb, _path(verb, speaker, addressee)
                    )

    def _plan_told_by_others(
        self, verb: Word, sources: list[Actor], reporter: Word | None, ctx: SentenceActors
    ) -> bool:
        """Whether a plan is told by someone other than its actor: a reporting verb whose subject is no actor or
        another country's, or an attribution phrase ('according to …', «по словам …», «по данным …») naming no
        actor of the plan's country."""
        own = {s.code[:3] for s in sources if s is not None and not s.needs_country}
        if not own:
            return False

        def others(nominal: Word) -> bool:
            told = [a for a in resolve_all(nominal, ctx) if a.kind != "pronoun"]
            # (officials of no stated country may be the actor's own; the media never speak for it)
            return not any(a.needs_country and a.code[-3:] != "MED" or a.code[:3] in own for a in told)

        clause = verb
        while clause.dep in {"xcomp", "conj"} and not clause.is_root:
            clause = clause.head
        if clause.lemma not in self.grammar.planning_words and not (clause is verb and modality.is_future(verb)):
            # (an offer, a pledge, an agreement is an act whoever reports it: 'Libya has offered to hand over …,
            # an Egyptian newspaper said')
            return False
        if reporter is not None:
            tellers = [c for c in reporter.children if c.dep == "nsubj"]
            if tellers and all(others(t) for t in tellers):
                return True
        words = self.grammar.attribution_words
        for child in clause.children:
            if child.case and child.case.split()[0] in words:
                # 'according to Reuters sources': a two-word preposition on the one who tells
                names = [child, *(c for c in child.children if c.dep in {"nmod", "obl", "compound"})]
            elif child.lemma in words:
                # «по словам источников», 'citing': the word's own dependents name who tells
                names = [d for c in child.children if c.dep in {"nmod", "obl"}
                         for d in (c, *(g for g in c.children if g.dep in {"nmod", "obl"}))]  # fmt: skip
            else:
                continue
            if names and all(others(n) for n in names):
                return True
        return False

    def _announced_by_actor(self, verb: Word, sources: list[Actor], reporter: Word | None, ctx: SentenceActors) -> bool:
        """'Iran said it will retaliate': a future act announced by its own actor (or its pronoun)."""
        if reporter is None or not modality.is_future(verb):
            return False
        speakers, _ = self._subjects(reporter, ctx)
        if not speakers:
            return False
        return not sources or any(s.kind == "pronoun" or s.code[:3] == speakers[0].code[:3] for s in sources)

    def _pronoun_from_reporter(self, actor: Actor, verb: Word, ctx: SentenceActors) -> Actor | None:
        """'Hungary said it will support …': a pronoun subject of reported speech is the speaker; and 'Russia said
        its forces had completed their withdrawal': people of no stated country owned by a pronoun are the
        speaker's."""
        pronouns = self.grammar.collective_pronouns | self.grammar.personal_pronouns
        owned = actor.needs_country and self._owned_by_pronoun(actor, verb.sentence, pronouns)
        if actor.kind != "pronoun" and not owned:
            return actor
        reporter = modality.reporting_head(verb)
        if reporter is None:
            return actor
        speakers, _ = self._subjects(reporter, ctx)
        if owned:
            states = [s for s in speakers if s is not None and s.kind != "pronoun" and not s.needs_country]
            return _with_country(actor, states[0].code[:3]) if len(states) == 1 else actor
        return speakers[0] if speakers else actor

    def _denied_noun(self, noun: Word) -> bool:
        """Whether a word on the event noun says the act is not one: 'no talks', 'the proposed sanctions',
        «о возможном выходе»."""
        negators = self.grammar.noun_negators
        return any(c.lower in negators or c.lemma in negators for c in noun.children)

    def _noun_candidates(self, noun: Word, ctx: SentenceActors) -> Iterable[Candidate]:
        entry = self._noun_entry(noun)
        if entry is None:
            return
        if self._denied_noun(noun):
            return
        # 'did not hold talks', and 'the visit never took place', «визит так и не состоялся»: no event (but 'the talks
        # did not produce a deal' were held).
        happening = noun.dep == "nsubj" and noun.head.lemma in self.grammar.occurrence_verbs
        # ('refused to take part in talks with Washington', «отказался участвовать в переговорах»: what one refuses to
        # join is not held by one; 'did not comment during talks' still sets the talks as the occasion.)
        joined = noun.dep == "obl" and noun.case not in self.grammar.occasion_preps
        if modality.is_hypothetical(noun.head) or modality.is_negated(noun.head) and (
            noun.dep == "obj" or happening or joined
        ):
            return
        cancelling = self.grammar.cancelling_verbs
        if noun.dep in {"obj", "nsubj:pass"} and modality.lemma_with_particle(noun.head) in cancelling:
            # 'the meeting was cancelled', 'called off the talks', «встреча была отменена»: it did not take place.
            return
        if noun.dep in {"nsubj", "nsubj:pass"} and not noun.is_root:
            # 'Talks … will resume next week', '… are expected to resume', «переговоры возобновятся»: what the
            # event noun's own predicate forecasts has not happened; nor what it says is due ('the meeting is to
            # take place in March', «встреча должна пройти в марте»).
            predicates = [noun.head, *(c for c in noun.head.children if c.dep == "xcomp")]
            if any(modality.is_future(p) or modality.is_predicted(p) or modality.is_intended(p)
                   or modality.is_obligation(p) for p in predicates):  # fmt: skip
                return
            if noun.head.lemma in self.grammar.scheduling_verbs or noun.head.lower in self.grammar.scheduling_verbs:
                return  # ('the visit is planned for August', «визит намечен на август»: still to come)
        governor = self._governing_verb(noun)
        if not self._nominal_is_news(noun, governor):
            return
        sources: list[Actor] = []
        targets: list[Actor] = []
        parties: list[Actor] = []
        for child in noun.children:
            if child.dep == "nmod:poss" or (child.dep in {"amod", "compound"} and ctx.by_token.get(child.i)):
                sources.extend(resolve_all(child, ctx))
        named = list(sources)
        phrases = obliques(noun)
        if noun.dep == "nsubj" and noun.head.lemma in self.grammar.occurrence_verbs:
            # 'Clashes broke out between X and Y', 'Talks took place between …': the parties hang from the verb.
            phrases += [(p, n) for p, n in obliques(noun.head) if p in self.grammar.party_preps]
        if entry.code[:3] in {"042", "043"}:
            # 'the visit of Modi to Poland': a visit's of-phrase is the visitor, and the parser may hang where it goes
            # on the visitor's name.
            visitors = [n for p, n in phrases if p in self.grammar.phrase_preps]
            phrases = [(p, n) for p, n in phrases if n not in visitors]
            phrases += [(p, n) for v in visitors for p, n in obliques(v) if p in self.grammar.visit_preps]
            sources.extend(a for v in visitors for a in resolve_all(v, ctx))
        for preposition, nominal in phrases:
            objects = resolve_all(nominal, ctx)
            if preposition in self.grammar.agent_preps:
                sources.extend(objects)
            elif preposition in self.grammar.party_preps:
                parties.extend(objects)
            elif preposition in self.grammar.topic_preps and "03" <= entry.code[:2] <= "09":
                continue  # 'переговоры по Карабаху', 'talks over Syria': the topic, not a party
            elif (
                entry.code[:2] == "04"
                and preposition in self.grammar.place_preps
                and _with_case(preposition, nominal) not in self.grammar.noun_target_preps
            ):
                continue  # 'a summit in Vientiane': where a meeting is held is no party to it ('вояж в Китай' is)
            elif {preposition, _with_case(preposition, nominal)} & self.grammar.noun_target_preps:
                # ('задержание в Киеве': в with the locative is a place; 'вторжение в Украину' a target)
                targets.extend(objects)
        # Russian case-marked arguments: 'обстрел Харькова российскими войсками' has its doer in the instrumental;
        # the genitive is then what was done to; with a target marked otherwise ('удары Израиля по Газе') the
        # genitive is the doer.
        bare = [c for c in noun.children if c.dep in {"nmod", "obl"} and not c.case]
        doers = [a for c in bare if c.feat("Case").lower() in self.grammar.agent_cases for a in resolve_all(c, ctx)]
        genitive = [a for c in bare if c.feat("Case") == "Gen" for a in resolve_all(c, ctx) if a.kind != "pronoun"]
        if not sources and doers:
            sources = doers
            targets = targets or genitive
        elif not sources and targets:
            sources = genitive
        if governor is not None and not self._witnessed(noun):
            speakers, passive = self._subjects(governor, ctx)
            speakers = [] if passive else speakers
            if entry.code == "045" and not targets and (sources or genitive):
                # «договорились о прекращении огня при посредничестве Катара», 'agreed with Saudi mediation': the
                # mediator is the noun's; whom it mediates between, the parties of the act it is set in.
                sources = sources or genitive
                targets = [a for a in speakers if a.kind != "pronoun"]
            elif not sources and (
                entry.code.startswith("04") or entry.code[:2] == "14" and noun.case in self.grammar.occasion_preps
            ):
                # 'Lukashenko said, during a meeting with Poroshenko, …': the meeting is the subject's; so is the
                # protest in which one acts ('clashed with police during a protest against the US military presence').
                sources = speakers
            elif sources and sources[0].kind == "pronoun" and any(a.kind == "person" for a in speakers):
                # 'during his visit to Astana, Cleverly praised …': the pronoun looks ahead to the subject.
                sources = [a for a in speakers if a.kind == "person"]
        rule = f"{entry.origin} {entry.lemma} (noun)"
        pairs = [(s, t) for s in sources for t in targets]
        if not pairs and len(parties) < 2 and entry.code.startswith(MUTUAL_CODES):
            # «переговоры министров России и Ирана», 'talks of the ministers of Russia and Iran': two or more
            # parties of a mutual event in its genitive or of-phrase hold it together.
            held = genitive + [a for p, n in phrases if p in self.grammar.phrase_preps for a in resolve_all(n, ctx)]
            if len({a.code[:3] for a in held}) > 1 and not sources and not targets:
                parties = held
            elif len({a.code[:3] for a in named}) > 1 and not targets:
                # 'Russian-Ukrainian talks': the parties its own modifiers name, each with the other
                parties = named
        if not pairs and len(parties) > 1 and entry.code.startswith(MUTUAL_CODES):
            # 'talks between Armenia and Azerbaijan': each party with each other.
            pairs = [(s, t) for s in parties for t in parties if s is not t]
        for source, target in pairs:
            if _distinct(source, target):
                yield Candidate(source, target, entry.code, "asserted", 0.8, rule, noun, _path(noun, source, target))

    def _nominal_is_news(self, noun: Word, governor: Word | None) -> bool:
        """Whether a noun names an event the article reports, not a reference to earlier ones ('since its
        invasion of Ukraine', 'responded well to Russia's war'): a headline, the setting of the reported act
        ('during his visit to Astana'), the subject of a verb of occurrence ('talks began on Monday'), or a
        phrase with its own date ('Russia's invasion of Ukraine in February 2022')."""
        phrase = " ".join(t.text for t in noun.subtree)
        if explicit_event_date(phrase, None, None) is not None or names_a_past_day(phrase, noun.sentence.text):
            # 'Russia's renewed aggression against Ukraine in February 2022': dated by itself, it is a record.
            return True
        if noun.case in self.grammar.background_preps or noun.head.lemma in self.grammar.background_preps:
            # 'since its invasion of Ukraine', 'after the invasion': a reference to an earlier event.
            return False
        if noun.dep in {"nsubj", "nsubj:pass"} and noun.head.pos == "VERB" and self._background_clause(noun.head):
            # ('Since Russia's invasion of Ukraine began in 2022, …': the event of a clause of background is too)
            return False
        if noun.dep == "root" and not _has(noun, "cop"):
            return True
        if governor is not None and noun.case in self.grammar.setting_preps:
            # (the setting of an act to come is to come too: «выразил готовность выступить посредником в переговорах
            # между Москвой и Киевом» reports no talks)
            return not modality.is_unasserted(governor)
        if self._witnessed(noun):
            # 'the ministry reported a Russian strike on Kharkiv', 'сообщило об обстреле …': the event reported.
            return True
        if noun.dep == "obj" and noun.head.pos == "VERB" and not modality.is_unasserted(noun.head):
            # 'Angola hosted talks between Rwanda and Burundi': the talks a host or mediator held took place.
            entry = self._verb_entry(noun.head)
            return entry is not None and entry.code.startswith("04")
        occurring = noun.head.lemma in self.grammar.occurrence_verbs or noun.head.dep == "root"
        # 'Talks began …'; 'Russia's incursion into Ukraine revealed …': the sentence is about the event.
        return noun.dep in {"nsubj", "nsubj:pass"} and occurring

    def _nominalised(self, verb: Word) -> VerbEntry | None:
        """The verb pattern that codes the action noun a decree verb announces or orders ('announced the suspension
        of arms purchases from Israel' as 'suspend … purchases'), its keywords found in the noun's complement."""
        if verb.pos != "VERB":
            return None
        # (a light verb hands on an action noun too: 'carried out a prisoner exchange', «провели обмен пленными»)
        if verb.lemma not in self.grammar.decree_verbs and verb.lemma not in self.lexicon.light_verbs:
            return None
        for noun in self._action_nouns(verb):
            action = self.lexicon.nominalisations[noun.lemma]
            if self._denied_noun(noun):
                continue
            complement = [t for t in noun.subtree if t is not noun and _depth_below(t, noun) <= 2]
            # ('о выделении пакета военной помощи': what a package or batch holds is what the act is about)
            counted = [c for c in complement if c.lemma in self.grammar.quantity_nouns]
            complement += [t for c in counted for t in c.subtree if 1 <= _depth_below(t, c) <= 2]
            lemmas = {t.lemma for t in complement} | {t.lower for t in complement}
            text = " ".join(t.lower for t in noun.subtree if t is not noun)
            for entry in self.lexicon.verb_entries(action):
                if entry.particle or not entry.keywords:
                    continue
                if not any(_has_keyword(k, lemmas, text) for k in entry.keywords):
                    continue
                if any(_has_keyword(k, lemmas, text) for k in entry.excluded if k != "obj"):
                    continue
                return replace(entry, lemma=verb.lemma, particle=None, source="nominalisation")
        return None

    def _standing(self, verb: Word) -> bool:
        """A verb of a standing relation (``standing_verbs``) in the simple present, its clause naming no time; or any
        verb in the simple present that goes at a rate ('supplies 35 billion cubic metres of gas a year',
        «поставляет … газа в год»: a flow that goes on, not an act of the news)."""
        auxiliaries = [c for c in verb.children if c.dep in {"aux", "aux:pass"}]
        if any(c.dep == "obl" and c.case in self.grammar.duration_preps for c in verb.children) and (
            _finite_present(verb) or any(_finite_present(a) for a in auxiliaries)
        ):
            # 'Poland, which has supported Ukraine since the first days of the war': what has gone on since a
            # time is a state of affairs, no act of the news (nor one of the day it began).
            return True
        if verb.feat("Aspect") == "Perf":
            return False
        if verb.lemma not in self.grammar.standing_verbs:
            words = f" {' '.join(t.lower for t in verb.subtree)} "
            if not any(f" {rate} " in words for rate in self.grammar.rate_phrases):
                return False
        # ('does not recognise': a support verb in the present carries the tense of a bare infinitive; 'is
        # recognising', 'has recognised', 'will recognise', «будет поддерживать» are no simple present: the Russian
        # model tags «будет» present, so the future auxiliaries are named)
        present = verb.feat("VerbForm") == "Inf" and all(
            _finite_present(a) and a.lower not in self.grammar.future_aux for a in auxiliaries
        ) if auxiliaries else _finite_present(verb)
        if not present:
            return False
        text = _clause_text(verb, CLAUSE_DEPS)
        # (any reference day serves: only whether the clause names a time matters, not which)
        return explicit_event_date(text, None, None) is None and relative_event_date(text, "2000-01-01", "day") is None

    def _bare_participle(self, verb: Word) -> bool:
        """'…, offering condolences', '…, обвинив Киев': a gerund or participle clause with no subject of its own,
        hung on a verb."""
        if verb.dep != "advcl" or verb.is_root or verb.head.pos != "VERB" or verb.i < verb.head.i:
            return False
        start = min(t.i for t in verb.subtree if t.pos != "PUNCT")
        # (after the clause it hangs on and a comma: 'accused the US of violating …' is no such clause)
        after_comma = start > 0 and verb.sentence[start - 1].text == ","
        return _active_participle(verb) and after_comma and not _has(verb, "nsubj")

    def _said_at_a_meeting(self, verb: Word) -> bool:
        """'Mirziyoyev held a phone call with Putin, expressed condolences …', «провел телефонный разговор с
        Путиным, выразил соболезнования»: a second verb of the same subject after a meeting or call (04) is said
        to the party met."""
        if verb.dep != "conj" or verb.is_root or verb.head.pos != "VERB" or verb.i < verb.head.i or _has(verb, "nsubj"):
            return False
        start = min(t.i for t in verb.subtree if t.pos != "PUNCT")
        head_entry = self._verb_entry(verb.head)
        return start > 0 and verb.sentence[start - 1].text in {",", "and", "и"} and head_entry is not None \
            and head_entry.code[:2] == "04"

    def _reciprocal(self, verb: Word, entry: VerbEntry) -> bool:
        """'exchanged prisoners', or an exchange a light or decree verb hands on ('held a prisoner exchange',
        «провели обмен пленными»): two coordinated subjects act on each other."""
        if verb.lemma in self.grammar.reciprocal_verbs:
            return True
        actions = self.lexicon.nominalisations
        light = self._light_object(verb) if entry.source == "light verb" else None
        if light is not None and self.grammar.reciprocal_verbs & {light.lemma, actions.get(light.lemma, "")}:
            # 'carried out a prisoner swap': the swap is the exchange, whatever verb carries it.
            return True
        return entry.source == "nominalisation" and any(
            actions[n.lemma] in self.grammar.reciprocal_verbs for n in self._action_nouns(verb)
        )

    def _causers(self, verb: Word, ctx: SentenceActors) -> list[Actor]:
        """Who made the verb's actor act: the subject of the causing verb whose complement the verb is."""
        current = _first_conjunct(verb)
        if current.dep != "xcomp" or current.head.lemma not in self.grammar.causing_verbs:
            return []
        causers, passive = self._subjects(current.head, ctx)
        return [] if passive else [a for a in causers if a.kind != "pronoun"]

    def _reacted_to(self, verb: Word, ctx: SentenceActors) -> list[Actor]:
        """Whom a reaction told in a clause on an act is aimed at: whoever did the act. 'Russia banned Georgian wine,
        in a move Tbilisi condemned', 'began drills on Monday, which Pyongyang denounced': the clause hangs on the
        act's noun (or, misparsed, on a word of its clause), whose verb's subject did the act. A clause on a noun
        that names an actor ('a journalist whom the US defended') is not of this kind."""
        current = _first_conjunct(verb)
        if current.dep not in {"acl:relcl", "acl"} or current.head.pos not in {"NOUN", "PROPN"}:
            return []
        noun = current.head
        if any(a.needs_country or a.kind in {"person", "igo"} or noun.pos == "PROPN" and a.head == noun.i
               for a in resolve_all(noun, ctx)):  # fmt: skip
            return []
        holder = modality.verb_above(noun.head)
        if holder is None or holder is verb:
            return []
        doers, passive = self._subjects(holder, ctx)
        return [] if passive else [a for a in doers if a.kind != "pronoun"]

    def _action_nouns(self, verb: Word) -> list[Word]:
        """The verb's objects (or its decree preposition's) that are action nouns of nominalisations.tsv."""
        nouns = [c for c in verb.children if c.dep in {"obj", "nsubj:pass"}]
        nouns += [n for p, n in obliques(verb) if p in self.grammar.decree_preps]
        return [n for n in nouns if n.lemma in self.lexicon.nominalisations]

    def _action_targets(self, noun: Word, ctx: SentenceActors) -> list[Actor]:
        """Whom an action noun is aimed at: the 'with'/'against'/'from' phrases of the noun or of what it acts on
        ('приостановка военного сотрудничества с США', 'the suspension of arms purchases from Israel')."""
        g = self.grammar
        preps = g.target_preps | g.comitative_preps | g.departure_preps | g.giver_preps | g.party_preps
        holders = [noun, *(c for c in noun.children if c.dep == "nmod" and (not c.case or c.case in g.phrase_preps))]
        # ('при посредничестве ОАЭ', 'with the mediation of the UAE': a helper of the act is no party to it)
        found = [a for h in holders for p, n in obliques(h)
                 if (p in preps or _with_case(p, n) in preps) and n.lemma not in g.helper_nouns
                 for a in resolve_all(n, ctx)]  # fmt: skip
        # ('о выделении Украине помощи': a bare dative on the noun is whom the act is for, as on its verb)
        datives = [c for c in noun.children if c.dep in {"iobj", "nmod", "obl"} and _bare_dative(c, g)]
        return found + [a for c in datives for a in resolve_all(c, ctx)]

    def _background_clause(self, verb: Word) -> bool:
        """'Since Russia annexed Crimea, …', 'С тех пор как Россия аннексировала Крым, …': a clause that dates a
        lasting situation refers to an earlier act."""
        marks = self.grammar.background_marks
        participle = verb.dep == "advcl" and verb.feat("VerbForm") in {"Part", "Conv"} and not verb.is_root
        if participle and not _has(verb, "nsubj") and verb.head.pos == "VERB" and self._background_clause(verb.head):
            # '… since Algiers severed ties, accusing Rabat of hostile acts', «с тех пор как Алжир разорвал
            # отношения, обвинив Рабат …»: what the background act was done with is background too.
            return True
        # 'Russia, which has long condemned NATO, …', 'Официальный Баку, ранее обвинявший Францию, …': a clause that
        # describes an actor by what it did before is background. ('Israel, which has repeatedly targeted Iranian
        # officers, …' reports acts of its own.)
        # ('summoned the ambassador over an interview in which he said …', 'despite a report that …': what is told
        # in a clause on the reason or the background of an act is no act of the sentence.)
        current = verb
        for _ in range(4):
            if current.dep == "acl:relcl" and self._in_background_phrase(current.head):
                return explicit_event_date(" ".join(t.text for t in verb.subtree), None, None) is None
            if current.is_root or current.dep not in {"ccomp", "xcomp", "conj", "acl:relcl", "acl"}:
                break
            current = current.head
        describing = verb.dep in {"acl:relcl", "acl"} and verb.head.pos in {"PROPN", "NOUN"} and not verb.is_root
        if describing and any(c.dep == "advmod" and c.lower in self.grammar.background_adverbs for c in verb.children):
            return True
        # (a second clause joined to the first shares its time: «Бишкек тогда обвинил Душанбе …, таджикская
        # сторона отвергла обвинения»)
        # («ОДКБ ранее заявляла о готовности оказать помощь»: an act named inside one told as earlier is as old;
        # not inside what was reported: «Ранее сообщалось, что …» tells the news)
        timed, current = [verb], verb
        for _ in range(3):
            if current.is_root or current.dep not in {"conj", "xcomp", "acl", "nmod", "obl"}:
                break
            current = current.head
            if current.pos == "VERB":
                timed.append(current)
        if current.is_root:
            # (the parser may make each of two clauses a comma joins a root of its own)
            timed += [w for w in current.sentence if w.is_root and w.i < current.i and w.pos == "VERB"]
        if any(c.dep == "advmod" and c.lower in self.grammar.background_adverbs for v in timed for c in v.children):
            # 'Sandu previously accused Moscow of …', «Ранее Санду обвиняла Москву …», «МИД России тогда заявил …»:
            # an act told as earlier than the news, with no date of its own, is background (the article's date
            # would be wrong for it).
            return explicit_event_date(verb.sentence.text, None, None) is None
        stative = verb.head.pos in {"NOUN", "PROPN", "ADJ"} and any(
            c.dep == "cop" and c.feat("Tense") == "Pres" for c in verb.head.children)
        if verb.dep == "advcl" and _present_participle(verb) and not verb.is_root and stative:
            # 'Russia is the driving force behind the CSTO, providing most of its budget': a participle that goes
            # with how things stand (a present copula) describes that state, not an act of the news.
            return True
        if any(c.dep == "advmod" and c.lower in self.grammar.lasting_adverbs for c in verb.children):
            # 'Minsk has long sought compensation from Moscow', «Минск давно добивается компенсации»: a stance held
            # for years is the background of the news, not an act of it.
            return True
        if describing and verb.dep == "acl" and verb.lower in self.grammar.proxy_marks and _passive_participle(verb):
            # 'M23 rebels, backed by Rwandan troops, seized Goma', 'militias funded by Iran': who backs a group
            # describes the group, as 'Rwandan-backed' would; it is no act of the news.
            return True
        if describing and verb.dep == "acl:relcl" and verb.feat("Tense") == "Pres" and verb.feat("VerbForm") == "Fin" \
                and not any(c.dep in {"aux", "aux:pass"} for c in verb.children):
            # 'the Al Udeid air base in Qatar, which hosts US forces', «база, которая принимает американские войска»:
            # a clause in the simple present describes how things stand, not what happened.
            return True
        if describing and verb.dep == "acl:relcl" and any(c.dep == "aux" and c.lower == "had" for c in verb.children):
            # ('Abzas Media, which had investigated corruption among senior officials, …': the past perfect tells
            # what came before the news, unless it gives its own date.)
            return explicit_event_date(" ".join(t.text for t in verb.subtree), None, None) is None
        if any(c.dep in {"obl", "obl:tmod", "nmod:tmod"} and c.lemma in self.grammar.time_nouns
               and c.feat("Number") == "Plur" and any(a.lemma in self.grammar.span_adjectives for a in c.children)
               for c in verb.children):  # fmt: skip
            # 'has sanctioned dozens of US firms in recent years', «в последние годы»: acts over a span of time are
            # the background of the news, not one act of it.
            return True
        if any(c.dep in {"obl", "obl:tmod", "nmod:tmod"} and _names_a_decade(c) for c in verb.children):
            # 'In the 1990s Tashkent repeatedly accused …', «В 1990-е годы … обвинял»: a decade is history, not news.
            return True
        timed = [c for c in verb.children if c.dep == "obl" and c.case in marks and _names_a_year(c)]
        # (the phrase itself names the time: not 'поздравил Лукашенко с победой на выборах 9 августа 2020 года')
        if any(c.lemma in self.grammar.time_nouns or _names_a_time(c) or c.text[:4].isdigit() for c in timed):
            # 'has met Xi 18 times since 2012', 'с 2012 года он встречался …': a span of years, not one act ('since
            # Monday' is the news itself).
            return True
        perfect = verb.feat("VerbForm") == "Part" and verb.feat("Tense") == "Past" and any(
            c.dep == "aux" and c.feat("Tense") == "Pres" for c in verb.children)
        spans = [c for c in verb.children
                 if c.dep == "advcl" and any(m.dep == "mark" and m.lower in marks for m in c.children)
                 or c.dep == "obl" and c.case in marks and c.lemma not in self.grammar.time_nouns
                 and not _names_a_time(c) and not c.text[:4].isdigit()]  # fmt: skip
        if perfect and spans:
            # 'Since seizing power in 2021, the military has arrested thousands', 'has expelled dozens of diplomats
            # since the invasion': what has been done over the time since an earlier act sums up a period, not
            # an act of the news ('since Monday' is the news itself).
            return True
        openers = [" ".join(t.lower for t in c.subtree if t.pos != "PUNCT") for c in verb.children if c.dep == "mark"]
        # (The parser may hang a multiword opener on the main verb: then it is the words just before the clause.)
        start = min(t.i for t in verb.subtree)
        before = [t.lower for t in verb.sentence if start - 4 <= t.i < start and t.pos != "PUNCT"]
        openers += [" ".join(before[-n:]) for n in range(1, len(before) + 1)]
        # ('… immobilised since Moscow launched its invasion in February 2022': the act a lasting state is counted
        # from is background even when the clause dates it; it was news on its own day, not in this article.)
        return any(o in marks for o in openers)

    def _in_background_phrase(self, noun: Word) -> bool:
        """Whether a noun lies in a phrase of background: 'after the attack by Hamas', 'since the invasion of …'."""
        for _ in range(3):
            if noun.case in self.grammar.background_preps:
                return True
            if noun.dep not in {"nmod", "appos", "conj"} or noun.is_root:
                return False
            noun = noun.head
        return False

    def _states_a_refusal(self, verb: Word, sources: list[Actor], reporter: Word | None, ctx: SentenceActors) -> bool:
        """'Syria says it will not accept more refugees', 'Kinshasa will not negotiate with Kigali', «Варшава не
        намерена снимать запрет»: an actor's own word that it will not, or does not mean to, cooperate or yield is a
        refusal (12), not a negated act. Another's forecast of it is not."""
        head = verb.head
        intends = verb.dep == "xcomp" and not verb.is_root and (
            head.lemma in self.grammar.intent_verbs or head.lower in self.grammar.intent_adjectives
        )
        if not (modality.is_future(verb) or intends or modality.is_future(head) and verb.dep == "xcomp"):
            return False
        if any(self._hostile_noun(c) for c in verb.children if c.dep == "obj"):
            # 'Cairo would not allow any threat to Somalia's security', «не допустит агрессии против Минска»: not
            # letting a hostile act happen protects its target; it refuses nothing to anyone named.
            return False
        if reporter is None:
            return True
        speakers, _ = self._subjects(reporter, ctx)
        return bool(speakers) and any(s.kind == "pronoun" or s.code[:3] == speakers[0].code[:3] for s in sources)

    def _hostile_complement(self, verb: Word) -> bool:
        """Whether a complement verb names a conflictual act (roots 10-20): its own sense ('to sanction Russia'),
        or a light or plain verb's event noun ('to impose sanctions on Russia', 'to join the sanctions')."""
        if verb.pos != "VERB":
            return False
        entry = self._verb_entry(verb)
        if entry is not None:
            # ('refusing to lift the curfew on Palestinians' refuses to ease it: a refusal aimed at them)
            return entry.code[:2] >= "10"
        return any(self._hostile_noun(c) for c in verb.children if c.dep == "obj")

    def _hostile_noun(self, token: Word) -> bool:
        """An event noun of a conflictual act (roots 10-20: a demand, threat, attack, interference)."""
        entry = self._noun_entry(token) if token.pos in {"NOUN", "PROPN"} else None
        return entry is not None and entry.code[:2] >= "10"

    def _decided(self, verb: Word) -> bool:
        """The complement of a past decision ('decided to expel', 'решила выслать')."""
        return (
            verb.dep == "xcomp"
            and verb.head.lemma in self.grammar.resolving_verbs
            and not modality.is_future(verb.head)
            and not modality.is_unasserted(verb.head)
        )

    def _witnessed(self, noun: Word) -> bool:
        """An event noun that is what a report or confirmation is of, the report itself asserted."""
        return (
            (noun.dep == "obj" or noun.dep == "obl" and noun.case not in self.grammar.setting_preps)
            and noun.head.pos == "VERB"
            and noun.head.lemma in self.grammar.witness_verbs
            and not modality.is_unasserted(noun.head)
        )

    def _harmed_by_named_act(self, target: Actor, verb: Word, code: str) -> bool:
        """Whether the target is reached through a coercive or violent act named as a noun (roots 17 to 20), as
        what it was done to: 'the detention of Iranian drivers', «убийство турецких военных»; not through the noun
        that is the event itself («совершили вылазку против армии»)."""
        def violent(word: Word) -> bool:
            entry = self._noun_entry(word) if word.pos == "NOUN" else None
            return entry is not None and "17" <= entry.code[:2] <= "20" and entry.code[:2] != code[:2]

        if target.kind == "region":
            # ('will extend the curfew in Abidjan': where an act is done is no one it is done to)
            return False
        current = verb.sentence[target.head]
        if violent(current):
            # (the phrase of the act itself resolved to those in it: 'the detention of Iranian truck drivers')
            return True
        while not current.is_root and current.i != verb.i:
            if violent(current.head) and current.dep != "nmod:poss":
                return current.case not in self.grammar.agent_preps
            current = current.head
        return False

    def _victim_of_named_act(self, target: Actor, verb: Word) -> bool:
        """Whether the target is named in a phrase of a violent or coercive act noun that says whom it was aimed at:
        'the strike on Kyiv', 'the killing of Palestinians', «удар по Киеву» (not 'Russia's strike', «удар
        России», nor 'clashes with Hezbollah')."""
        g = self.grammar
        aimed = (g.target_preps | g.phrase_preps) - g.comitative_preps - g.departure_preps - g.giver_preps
        current = verb.sentence[target.head]
        while not current.is_root and current.i != verb.i:
            head = current.head
            entry = self._noun_entry(head) if head.pos == "NOUN" else None
            if entry is not None and "17" <= entry.code[:2] <= "20":
                return current.dep in {"nmod", "obl"} and bool(
                    {current.case, _with_case(current.case, current)} & aimed)
            current = head
        return False

    @staticmethod
    def _governing_verb(noun: Word) -> Word | None:
        """The verb a noun hangs from through a preposition ('praised … during his visit')."""
        if noun.dep == "obl" and noun.case and noun.head.pos in {"VERB", "AUX"}:
            return noun.head
        return None

    # --- finishing -----------------------------------------------------------------------
    def _finalise(self, candidate: Candidate, ctx: SentenceActors, country: str | None) -> list[Candidate]:
        target, sentence = candidate.target, candidate.predicate.sentence
        doer = sentence[candidate.source.head] if 0 <= candidate.source.head < len(sentence) else None
        if candidate.code[:2] in {"18", "19"} and doer is not None \
                and {doer.lemma, doer.lower} & self.grammar.protester_nouns:
            # 'Protesters in Kinshasa attacked the embassies of Rwanda and France', «митингующие напали на
            # посольство»: a crowd's violence is a violent protest, a riot (145), not an assault.
            candidate = replace(candidate, code="145", rule=candidate.rule + " (protesters: 145)")
        aimed = sentence[target.head] if target is not None and 0 <= target.head < len(sentence) else None
        if candidate.code[:2] in {"18", "19"} and aimed is not None and candidate.source.code[-3:] in STATE_FORCES \
                and {aimed.lemma, aimed.lower} & self.grammar.protester_nouns:
            # 'Police clashed with demonstrators', «ОМОН избил митингующих»: a state's forces using force on
            # protesters repress them (175); it is no battle.
            candidate = replace(candidate, code="175", rule=candidate.rule + " (force on protesters: 175)")
        # (Force on a country's own forces by unnamed fighters is insurgency at home: 'Militants detonated a car bomb
        # near a Pakistani army convoy'.)
        only_in_target = target is not None and candidate.code[:2] < "17" and _country_only_in(target, sentence, ctx)
        # ('Protesters rallied outside the Russian embassy, demanding that Moscow withdraw': people gathered at a
        # country's embassy are not of that country, however often the sentence names it.)
        sited = target is not None and target.code[:3] in self._site_countries(candidate.predicate, ctx)
        if candidate.source.needs_country and target is not None and (only_in_target or sited):
            # 'Protesters rallied outside the Russian embassy': whose protesters is not told by whom they protest;
            # the town they are in may tell it ('… the US embassy in Baghdad' are Iraqi protesters).
            # (Only a place tells it: 'a court … after she called Cambodia's former leader "uncle"' is not Cambodia's.)
            towns = {m.entry.code_on(ctx.when)[:3] for m in ctx.mentions if m.entry.kind in {"country", "region"}
                     and in_place_phrase(sentence[m.end - 1])}  # fmt: skip
            towns.discard(target.code[:3])
            country = next(iter(towns)) if len(towns) == 1 else None
            if candidate.source.code == "OPP" and not towns:
                # ('a move condemned by opposition figures': an opposition opposes its own country's rulers.)
                country = target.code[:3]
        judging = candidate.source.needs_country and candidate.source.code[-3:] in JURISDICTION_ROLES
        # (protesters of no stated country who name no one protest at home: see _verb_candidates)
        judging = judging or target is not None and target.kind == "domestic" and target.needs_country
        # (the one country named only as a place is sought only for an actor that may take it)
        needs_place = country is None and (judging or target is not None and target.needs_country)
        place = _place_country(sentence, ctx) if needs_place else None
        if judging and place is not None:
            # 'Police detained a British journalist in Moscow', «Полиция задержала британского журналиста в Москве»:
            # police and courts act where they have jurisdiction, so a single country named only as the place of
            # the act is theirs.
            country = place
        source = _with_country(candidate.source, _country_for(candidate.source, country, sentence, ctx))
        target_country = country
        # (Protest, force and coercion a state uses on unnamed people are left as they were: 'Syria gassed civilians
        # in Ghouta', 'Belarus deployed riot police against protesters'.)
        bare_state = source is not None and len(source.code) == 3 and candidate.code[:2] < "14"
        if bare_state and target is not None and target.needs_country and _country_only_in(source, sentence, ctx):
            # 'Qatar praised the release of hostages by Hamas': unnamed hostages are not Qatar's because Qatar is the
            # one named. (A state's own organs acting on unnamed people, 'the Mozambique government accepted demands
            # from rebels', 'Kazakh police detained protesters', are its domestic affairs.)
            target_country = None
        if (target_country is None and place is not None and source is not None and place != source.code[:3]
                and target is not None and target.code[-3:] not in ARMED_ROLES
                and not self._owned_by_pronoun(target, sentence)
                and _place_in_clause(candidate.predicate, place, ctx)):
            # 'Uzbekistan sent aid to refugees in Afghanistan': people of no stated country acted on where a single
            # other country is named only as the place are there (not armed men, who may have been sent there, nor
            # 'its citizens').
            target_country = place
        holder = source is not None and (len(source.code) == 3 or source.code[3:6] in STATE_AGENTS)
        if (target_country is None and holder and target is not None and target.needs_country
                and candidate.code[:4] in HELD_AT_HOME_CODES and source.code[:3] != "IGO"):
            # 'Lukashenko freed 14 prisoners after talks with a US envoy': people of no stated country whom a state
            # frees, arrests, sentences or censors are held by it, at home, whoever else the sentence names
            # («Роскомнадзор заблокировал сайт издания»).
            target_country = source.code[:3]
        if target is not None and target.needs_country and source is not None \
                and _described_by_other(target, source, sentence, ctx):
            # («задержаны 33 человека, якобы работающих в ЧВК Вагнера»: whose they are is not the sentence's)
            target_country = None
        target = _with_country(target, _country_for(target, target_country, sentence, ctx))
        if (source is not None and target is not None and len(target.code) == 3 and target.kind == "country"
                and len(source.code) == 6 and source.code[:3] == target.code and source.code[3:] not in STATE_AGENTS
                and "10" <= candidate.code[:2] <= "17"):
            # 'Mali dissolved all parties, a move condemned by opposition figures': the opposition's own state named
            # as the target of its criticism or demand is its government.
            target = replace(target, code=target.code + "GOV")
        if source is None or target is None or not _distinct(source, target, candidate.code):
            return []
        # ('Turkey's opposition called on the government to release Imamoglu': people out of power calling on
        # their own state's organs ask whoever holds the prisoners.)
        at_home = len(source.code) > 3 and source.code[3:6] not in STATE_AGENTS and target.code[3:6] in STATE_AGENTS
        if candidate.code[:4] in RELEASE_CALLS and target.code[:3] == source.code[:3] and not at_home:
            # 'France demanded the release of French citizens': a call for release is aimed at whoever holds them,
            # never at those to be freed; with the holder unnamed there is no target.
            return []
        own_people = target.code[:3] == source.code[:3]
        blaming = candidate.code[:2] in {"10", "11"} and self._victim_of_named_act(target, candidate.predicate)
        if blaming or own_people and self._harmed_by_named_act(target, candidate.predicate, candidate.code):
            # 'Iran condemned the detention of Iranian truck drivers', 'Turkey mourned the killing of Turkish
            # soldiers': those an act named as a noun was done to are not whom a country's response to it is aimed
            # at when they are its own; that is whoever did it, and with the doer unnamed there is no target.
            # A demand or condemnation is never aimed at the victims ('France condemned the strike on
            # Kyiv', «осудила удар по Киеву»), whoever's they are; sympathy may be ('condolences over the attack
            # on Israel').
            return []
        if candidate.code[:2] == "04" and target.code[3:6] == "MED":
            # 'met journalists', «встреча с журналистами»: a press appearance is no consultation between parties.
            return []
        if (candidate.code[:2] == "16" and target.code[:3] == source.code[:3] and target.code[3:6] in CURBED_ROLES
                and (len(source.code) == 3 or source.code[3:6] in STATE_AGENTS)):
            # 'Kais Saied suspended parliament', «приостановил деятельность партии»: a state cutting off its own
            # parliament, parties or press coerces them (172); reducing relations is between parties abroad.
            candidate = replace(candidate, code="172", rule=candidate.rule + " (a state's own institutions: 172)")
        if candidate.code[:3] == "191" and source.code[3:6] in UNARMED_ROLES:
            # 'Students began a blockade of the state broadcaster', «студенты блокировали здание»: people who are no
            # armed force blocking a place obstruct it (144); they lay no siege.
            candidate = replace(candidate, code="144")
        elif candidate.code[:2] == "19" and source.code[3:6] in UNARMED_ROLES:
            # 'Israeli settlers attacked a Palestinian village', «поселенцы напали на деревню»: violence by people who
            # are no armed force is not military force.
            candidate = replace(candidate, code="180")
        if candidate.code[:3] == "141" and source.kind != "pronoun" and (
            len(source.code) == 3 or source.code[3:6] == "GOV" or source.code.startswith("IGO")
        ):
            # 'drew a strong protest from Tokyo', 'a formal protest from Sudan's foreign ministry', 'Armenia protested
            # against the blockade': a protest a state makes is an official complaint; people demonstrating are
            # of a role (CVL, OPP …). ('protesters … as they protest': a pronoun may have taken a country for them.)
            candidate = replace(candidate, code="114", rule=candidate.rule + " (a state's protest: 114)")
        if candidate.code[:3] == "112" and source.code[3:6] in {"JUD", "COP"} and len(target.code) > 3 \
                and target.code[3:6] not in STATE_AGENTS:
            # 'A Moscow court charged the four Tajik suspects with terrorism': what courts and police lay at people's
            # door is a legal charge (173), not a political accusation.
            candidate = replace(candidate, code="173", rule=candidate.rule + " (legal charge: 173)")
        if candidate.code[:2] == "14" and source.code[3:6] in STATE_FORCES:
            # 'Ecuadorian police stormed the Mexican embassy': a state's armed organs do not protest; their storming
            # is coercion, which these words do not say enough to code.
            return []
        return [Candidate(source, target, candidate.code, candidate.modality, candidate.confidence, candidate.rule,
                          candidate.predicate, candidate.path)]  # fmt: skip

    def _owned_by_pronoun(self, actor: Actor, sentence: Parsed, pronouns: frozenset[str] | None = None) -> bool:
        """'its citizens', «своих граждан»: people a pronoun (by default a collective one, or one of ``pronouns``)
        says whose they are."""
        if not 0 <= actor.head < len(sentence):
            return False
        pronouns = self.grammar.collective_pronouns if pronouns is None else pronouns
        return any(c.dep in {"nmod:poss", "det"} and (c.feat("Poss") == "Yes" or c.lower in pronouns)
                   for c in sentence[actor.head].children)  # fmt: skip

    @staticmethod
    def _release_alleged(pending: list, index: int) -> tuple[list, list]:
        """Allegations not disputed within three sentences are kept (as 'alleged')."""
        keep = [p for p in pending if index - p[0] < 3]
        released = [(p[0], p[2], p[1], p[3]) for p in pending if index - p[0] >= 3]
        return keep, released

    def _event(self, doc: CleanDocument, index: int, sentence: Sentence, c: Candidate,
               when: tuple[str | None, str | None]) -> Event:  # fmt: skip
        info = self.codebook.get(c.code)
        target = c.target.code if c.target is not None else ""
        key = f"{doc.doc_id}|{index}|{c.source.code}|{target}|{c.code}|{c.predicate.i}"
        return Event(
            event_id=hashlib.sha1(key.encode()).hexdigest()[:16],
            doc_id=doc.doc_id, sent_idx=index, source=c.source.code, target=target, code=c.code,
            goldstein=info.goldstein, quad_class=info.quad_class, date=when[0], date_precision=when[1],
            sentence=sentence.text, modality=c.modality, confidence=round(c.confidence, 2), rule=c.rule,
            coder=CODER_VERSION, source_text=c.source.text, target_text=c.target.text if c.target else "",
            predicate=c.predicate.text, parse_path=c.path,
        )  # fmt: skip

    def _actor_rows(self, doc: CleanDocument, sentence: Sentence, sent_doc: Parsed, mentions: list[Mention],
                    when: date | None) -> list[ActorRecord]:  # fmt: skip
        rows = []
        for m in mentions:
            start = sentence.start + sent_doc[m.start].idx
            end = sentence.start + sent_doc[m.end - 1].idx + len(sent_doc[m.end - 1].text)
            rows.append(ActorRecord(doc.doc_id, sentence.index, start, end, sentence.text[start - sentence.start:
                        end - sentence.start], m.entry.code_on(when), m.entry.kind, m.entry.origin))  # fmt: skip
        return rows


STATE_ACTS = ("173", "174", "1663", "1711", "1712", "172")
"""Acts only a state does where they happen (arrest, detention, expulsion, confiscation, restrictions): with
no agent named, the state of the place did them."""

VISITLESS_ROLES = {"REF", "CVL"}
"""Roles whose arrival somewhere is no visit (042): refugees, migrants and other civilians."""

CLAUSE_DEPS = {"acl:relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "csubj"}
DESCRIPTIVE_DEPS = {"acl:relcl", "acl"}


def _may_hold_date(sentence: Parsed) -> bool:
    """Whether a sentence has a digit or a month name at all: most have neither, and skip date parsing."""
    if _DIGIT.search(sentence.text):
        return True
    words = grammar_of(sentence[0]).date_words
    return any(w.lower in words for w in sentence)


_DIGIT = re.compile(r"\d")


def _clause_text(token: Word, skip: set[str]) -> str:
    """The words under ``token``, not descending into children whose relation is in ``skip``;
    a temporal clause ('when protests turned violent in January') always counts as part of it."""
    g = grammar_of(token)
    keep: list[Word] = []
    stack = [token]
    while stack:
        current = stack.pop()
        keep.append(current)
        for child in current.children:
            temporal = child.dep == "advcl" and any(
                m.lower in g.time_marks for m in child.children if m.dep in {"mark", "advmod"}
            )
            if (child.dep == "nmod" and child.case in g.dating_preps and current is not token and _names_a_time(child)
                    and current.lemma not in g.time_part_nouns | g.time_nouns):
                # ('on the night of October 11', «в ночь на 12 октября»: a part of a day is dated by it)
                # 'считает слова … противоречащими резолюции от 27 марта 2014 года': the date of a document.
                continue
            if child.dep in {"obl", "nmod"} and _names_a_thing(child) and not (
                current is token and child.lemma in g.medium_nouns
            ):
                # 'praised Turkey for its support during the January 2022 unrest': a date inside a phrase
                # about something else dates that thing, not this act (but 'apologised in a phone call in
                # December': the call the act is done in is the act's time).
                continue
            if child.dep not in skip or temporal:
                stack.append(child)
    return "".join(t.text_with_ws or t.text + " " for t in sorted(keep, key=lambda t: t.i))


def _names_a_year(head: Word) -> bool:
    """A phrase holding a year or a decade ('2012', '2012 года', 'early 2014', 'the early 1990s', '1990-х')."""
    return any(t.text[:4].isdigit() and t.text[:2] in {"19", "20"} and t.text[4:] in {"", "s", "'s", "-х", "-e", "-е"}
               for t in head.subtree)  # fmt: skip


def _names_a_decade(head: Word) -> bool:
    """A phrase naming a decade ('the 1990s', «1990-е годы», «в 90-е»)."""
    return any(re.fullmatch(r"(19|20)?\d0(s|'s|-е|-х|-x|-e)", t.text) for t in head.subtree)


def _names_a_time(head: Word) -> bool:
    g = grammar_of(head)
    return head.like_num or head.ent in {"DATE", "TIME"} or head.lower in g.date_words


def _names_a_thing(head: Word) -> bool:
    """A prepositional phrase whose object is not a time ('for its support …', 'of the 2014 accord')."""
    if not head.case:
        return False
    if _names_a_time(head):
        return False
    g = grammar_of(head)
    if head.lemma in g.time_part_nouns and any(c.dep == "nmod" and _names_a_time(c) for c in head.children):
        # ('в конце июня 2024 года', 'at the end of June': a part of a time is a time)
        return False
    return head.pos in {"NOUN", "PROPN"} and head.lemma not in g.time_nouns


def _predicate_date(
    predicate: Word, sentence_date: tuple[str | None, str | None], reference: str | None, precision: str | None,
    judged: bool = False,
) -> tuple[str | None, str | None]:
    """The date of one event: a date in its own clause, else in its complements, else in the clause it
    hangs from, else anywhere in the sentence outside descriptive clauses ('the lands that got away in 1991'
    does not date the main event), else the sentence's relative date or the document date. An act that
    ``judged`` another (an accusation, criticism, rejection or denial) is not dated by the act judged: its
    complements ('accused Russia of shelling the town in 2022', «обвиняет ОДКБ в том, что организация не
    пришла на помощь в сентябре 2022 года») are left out."""
    if not _may_hold_date(predicate.sentence):
        return sentence_date
    anchor = predicate
    while anchor.pos not in {"VERB", "AUX"} and anchor.head.i != anchor.i:
        anchor = anchor.head
    year = _year_of_when_clause(anchor)
    if year is not None:
        return year, "year"
    texts = [_clause_text(predicate, CLAUSE_DEPS)]
    texts += [] if judged else [_clause_text(predicate, DESCRIPTIVE_DEPS)]
    texts += [_clause_text(link, CLAUSE_DEPS) for link in modality.clause_chain(anchor)]
    root = predicate.sentence.root
    texts += [] if judged and anchor is root else [_clause_text(root, DESCRIPTIVE_DEPS)]
    for number, text in enumerate(texts):
        found = explicit_event_date(text, reference, precision)
        if found is None and number < 2:
            # ('struck Beirut's suburbs on Friday, … since a ceasefire took effect in November': a day or a relative
            # date in the act's own clause dates it before any date of another clause)
            found = relative_event_date(text, reference, precision)
        if found is not None:
            return found
    if explicit_event_date(predicate.sentence.text, reference, precision) is not None:
        # The sentence's only dates describe other things: the document date is the better guess.
        return reference, precision
    return sentence_date


def _not_after(found: tuple[str | None, str | None], reference: str | None,
               precision: str | None) -> tuple[str | None, str | None]:
    """A date later than the article's is that of something still to come ('the delegations would meet again on
    October 25'), never of what the article reports: the report is then dated by the article."""
    value = found[0]
    if value is None or reference is None or value[: len(reference)] <= reference[: len(value)]:
        return found
    return reference, precision


def _year_of_when_clause(clause: Word) -> str | None:
    """'since 2014, when Russia annexed Crimea', «с 2020 года, когда Литва отказалась признать …»: a 'when' clause on
    a year happened in that year (even after 'since', which bounds the main clause, not this one)."""
    g = grammar_of(clause)
    whens = g.relative_adverbs & g.time_marks
    if clause.is_root or clause.dep not in {"acl:relcl", "advcl", "acl"}:
        return None
    if not any(c.lower in whens and c.dep in {"advmod", "mark"} for c in clause.children):
        return None
    # (the parser may hang the clause on the main verb: the year is then the phrase just before its comma)
    start = min(t.i for t in clause.subtree)
    before = [clause.sentence[k] for k in (start - 1, start - 2) if k >= 0 and clause.sentence[k].pos != "PUNCT"][:1]
    for head in [clause.head, *before]:
        year = next((t.text for t in [head, *head.children] if _YEAR.fullmatch(t.text)), None)
        if year is not None:
            return year
    return None


_YEAR = re.compile(r"(?:19|20)\d\d")


def _passive_participle(word: Word) -> bool:
    """'released by …', 'задержанные': a past participle of passive sense, with no auxiliary of its own."""
    if "VerbForm=Part" not in word.morph or any(c.dep.startswith("aux") for c in word.children):
        return False
    if "Voice=Pass" in word.morph:
        return True
    # English marks no voice: a past participle is passive for sure only with its by-phrase ('released by …').
    return word.tag == "VBN" and any(c.dep == "obl:agent" for c in word.children)


def _outside_relatives(token: Word) -> list[Word]:
    """The token's subtree without relative clauses below it: 'arrived in Asmara on Sunday, where Isaias welcomed
    him' reports a second act, not part of the arrival."""
    out, stack = [], [token]
    while stack:
        current = stack.pop()
        out.append(current)
        # ('resumed talks mediated by Saudi Arabia': a participle with its own agent is that agent's act too.)
        stack.extend(c for c in current.children if c.dep != "acl:relcl"
                     and not (c.dep == "acl" and any(a.dep == "obl:agent" for a in c.children)))  # fmt: skip
    return out


OWNER_DEPS = frozenset({"nmod:poss", "amod", "nmod", "acl", "acl:relcl"})
"""Relations by which a noun phrase names whose or which thing it is (not one told before)."""
FORCE_ROOTS = frozenset({"15", "18", "19", "20"})
"""Shows and uses of force: one side's word that the other used them is a claim until no denial follows (arrests,
expulsions and sanctions, announced by those who take them, are not)."""
def _finite_present(word: Word) -> bool:
    return word.feat("Tense") == "Pres" and word.feat("VerbForm") == "Fin"


def _determined_by(noun: Word, determiners: frozenset[str]) -> bool:
    """'the move', «этот удар»: the noun has one of ``determiners`` (as written or as a lemma)."""
    return any(d.dep == "det" and (d.lower in determiners or d.lemma in determiners) for d in noun.children)


def _doers_pointed_to(ctx: SentenceActors, kinds: set[str], far: bool, own: set[str]) -> list[Actor]:
    """Who did the act a definite event noun of one of ``kinds`` (code prefixes) names ('condemned the strikes'): the
    doers of the last sentence within ``RECENT_ACT_SENTENCES`` that told such an act ('The United States and Britain
    launched strikes … Iran condemned the strikes' answers both); further back, where the noun may point ``far``
    (no demonstrative), the doers of such acts only where every sentence that told one names the same doers (the
    story's main act, told in the lead), else no one."""
    by_sentence: dict[int, list[Actor]] = {}
    for back, code, doer in ctx.earlier_acts:
        if not code.startswith(tuple(kinds)) or doer.code[:3] in own or back > RECENT_ACT_SENTENCES and not far:
            continue
        if all(d.code[:3] != doer.code[:3] for d in by_sentence.setdefault(back, [])):
            by_sentence[back].append(doer)
    near = [back for back in by_sentence if back <= RECENT_ACT_SENTENCES]
    if near:
        return by_sentence[min(near)]
    told = {frozenset(d.code[:3] for d in doers) for doers in by_sentence.values()}
    return by_sentence[min(by_sentence)] if len(told) == 1 else []


RECENT_ACT_SENTENCES = 3
"""How many sentences back a definite event noun ('the raid') may point to the act it names."""
# Appeals, offers, demands and refusals about releasing people (0253, 0353, 1053, 1243).
RELEASE_CALLS = frozenset({"0253", "0353", "1053", "1243"})
# Agent codes of a state's armed organs (police, military, intelligence), which never protest (14).
STATE_FORCES = frozenset({"COP", "MIL", "SPY"})
JURISDICTION_ROLES = frozenset({"COP", "JUD"})
"""Roles that act only where they have jurisdiction: the place of their act is their country."""
UNARMED_ROLES = frozenset({"CVL", "SET", "EDU", "LAB", "BUS", "MED", "REF", "AGR", "HLH", "NGO", "CRM", "OPP", "PPL",
                           "HRI", "ENV", "REL", "PTY"})  # fmt: skip
"""Roles of people who are no armed force: their attacks are unconventional violence (18), never military (19)."""
# The refusal (12) an actor states when it says it will not cooperate or yield in each of these roots: to meet (125),
# cooperate materially (121), give aid (122), yield (124), or cooperate at all (120). A stated intent not to use force
# is no refusal.
REFUSALS = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
# CAMEO roots whose act a decision to take it is ('decided to expel', 'decided to impose sanctions'); a decision to
# use force is not yet its use.
DECIDABLE_ROOTS = frozenset({"10", "11", "12", "14", "16", "17"})
# CAMEO roots of what is said (statements, appeals, demands, disapproval, rejection, threats) and of what is done.
VERBAL_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
MATERIAL_ROOTS = frozenset({"06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})


def _main_events(candidates: list[Candidate]) -> list[Candidate]:
    """Drop events of purpose and participle clauses when the clause they modify has its own event.

    'Police opened fire to disperse demonstrators, killing one': one act, coded once, as its main verb. A clause
    that is another's act ('stormed the embassy, prompting Mexico to sever ties') or a statement beside a material
    act ('severed ties with Israel, accusing it of …') is an event of its own.
    """
    by_predicate: dict[int, list[Candidate]] = {}
    for c in candidates:
        by_predicate.setdefault(c.predicate.i, []).append(c)
    kept = []
    for candidate in candidates:
        token = candidate.predicate
        secondary = False
        while token.dep in {"advcl", "xcomp", "conj", "ccomp"} and token.head.i != token.i:
            if token.dep == "advcl" and token.head.i in by_predicate and _non_finite(token):
                main = by_predicate[token.head.i]
                same_actor = any(m.source.code[:3] == candidate.source.code[:3] for m in main)
                statement = (
                    candidate.code[:2] in VERBAL_ROOTS
                    and all(m.code[:2] in MATERIAL_ROOTS for m in main)
                    and token.feat("VerbForm") in {"Part", "Ger", "Conv"}
                )
                # ('students staged demonstrations to demand reforms by the government': a protest that names no
                # one, and what it demands of whom, are two events)
                clause_names = all(m.target.kind == "domestic" for m in main) and candidate.target.kind != "domestic"
                # ('spoke by telephone with Min Aung Hlaing, offering condolences', 'demanded …, warning that …': a
                # participle that says or promises something beside a verbal act is another act; force that goes
                # with force, 'opened fire, killing one', is one; 'raided Jenin, arresting dozens' is two.)
                # (aimed at the same party: 'rejected Kyiv's accusations, calling them baseless' is one rejection)
                same_party = candidate.target.code[:3] in {m.target.code[:3] for m in main}
                other_act = _active_participle(token) and same_party and token.i > token.head.i and all(
                    m.code[:2] != candidate.code[:2]
                    and not (m.code[:2] in VIOLENT_ROOTS and candidate.code[:2] in VIOLENT_ROOTS)
                    for m in main
                )
                # ('rejected the criticism, accusing Belgrade of …': a statement aimed at a party the main act does
                # not name is an act of its own)
                other_party = (candidate.code[:2] in VERBAL_ROOTS and not same_party
                               and candidate.target.kind != "domestic" and not candidate.target.needs_country)
                secondary = same_actor and not statement and not clause_names and not other_act and not other_party
                break
            if token.dep in {"conj", "ccomp"}:
                break
            token = token.head
        if not secondary:
            kept.append(candidate)
    return kept


ETHNIC_PEOPLE = ActorEntry("ethnic", "agent", (Office("CVL", None, None, "ethnic <demonym>: people"),))


def _with_case(preposition: str, nominal: Word) -> str:
    """A preposition keyed with its nominal's case, as grammar files may list it: 'в Россию' -> 'в+acc' (a
    target), where 'в России' ('в+loc') is a place."""
    return f"{preposition}+{nominal.feat('Case').lower()}"


def _present_participle(token: Word) -> bool:
    form = token.feat("VerbForm")
    return token.pos == "VERB" and (form == "Ger" or (form == "Part" and token.feat("Tense") == "Pres"))


def _describing_participle(token: Word) -> bool:
    """A present participle modifying a noun that is not the sentence's head ('groups fighting Israel'), or a passive
    one of a state ('prisoners held by Israel')."""
    if token.dep != "acl" or token.head.dep == "root" or _has(token, "aux"):
        return False
    if token.head.lemma in grammar_of(token).document_nouns:
        return False  # 'a statement criticising Russia' states the act
    if token.lemma in grammar_of(token).state_verbs and (_passive_participle(token) or token.tag == "VBN"):
        return True  # 'prisoners held by Israel', 'areas occupied by Russia', 'groups aligned with Haftar': a state
    return _present_participle(token)


def _caption_participle(token: Word) -> bool:
    """A root present participle with no auxiliary ('officers chasing protesters'): a caption, not a report."""
    if token.dep != "root" or any(_has(token, d) for d in ("aux", "aux:pass", "cop")):
        return False
    return _present_participle(token)


def _names_a_person(subject: Word, ctx: SentenceActors) -> bool:
    """A subject that is a person's name: a known person, or a proper name that is no country, place or
    organisation of the gazetteer ('Seyed Abbas Mousavi')."""
    mention = ctx.by_token.get(subject.i)
    if mention is not None:
        return mention.entry.kind == "person"
    return subject.pos == "PROPN" and any(c.dep in {"flat", "compound", "appos"} for c in subject.children)


def _ethnic_as_people(mention: Mention, sent: Parsed) -> Mention:
    """'ethnic Albanians in Serbia' are people living in the country of the sentence, not Albania."""
    before = sent[mention.start - 1] if mention.start > 0 else None
    if mention.entry.kind == "country" and before is not None and before.lower in grammar_of(before).ethnic_words:
        return Mention(mention.start, mention.end, mention.text, ETHNIC_PEOPLE)
    return mention


def _participle_modifier(word: Word) -> bool:
    """'a planned series', 'the proposed deal': a participle used as an adjective."""
    return word.dep == "amod" and word.tag in {"VBN", "VBD"}


def _has_keyword(keyword: str, lemmas: set[str], text: str) -> bool:
    """A keyword among a verb's complements: a lemma, a phrase ('air strike'), or words that must all occur
    ('lift+sanction': lifting sanctions, not imposing them)."""
    if "+" in keyword:
        return all(_has_keyword(part, lemmas, text) for part in keyword.split("+") if part)
    return keyword in lemmas or (" " in keyword and _has_phrase(keyword, text))


def _bare_dative(word: Word, grammar: Grammar) -> bool:
    """A nominal in a target case with no preposition ('помочь Украине', 'о выделении Украине помощи')."""
    return not word.case and word.feat("Case").lower() in grammar.target_cases


def _has_phrase(phrase: str, text: str) -> bool:
    """A phrase in the text from the start of a word, its last word ending there or in a short ending ('air strike'
    in 'air strikes'; 'take over' not in 'take overwhelming')."""
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        rest = text[end:].split(" ", 1)[0]
        if (start == 0 or text[start - 1] == " ") and len(rest) <= 3:
            return True
        start = text.find(phrase, start + 1)
    return False


def _depths(sent: Parsed) -> list[int]:
    """How many heads each word has above it (the root 0), for visiting words from the top down."""
    depth: list[int | None] = [None] * len(sent)
    for word in sent:
        path = []
        current = word
        while depth[current.i] is None and not current.is_root and len(path) <= len(sent):
            path.append(current)
            current = current.head
        base = depth[current.i] if depth[current.i] is not None else 0
        depth[current.i] = base
        for step, w in enumerate(reversed(path), 1):
            depth[w.i] = base + step
    return [d or 0 for d in depth]


def _nominal(word: Word) -> bool:
    """A noun, or a participle used as one ('Протестующие провели акцию', 'the protesting crowd' is not)."""
    if word.pos in {"NOUN", "PROPN"}:
        return True
    return word.feat("VerbForm") == "Part" and word.dep in {"nsubj", "nsubj:pass", "obj", "obl", "nmod", "iobj"}


def _without_backers(
    mentions: list[Mention], sent: Parsed, marks: frozenset[str], organisations: frozenset[str],
    prefixes: frozenset[str] = frozenset(),
) -> list[Mention]:
    """'Russian-backed separatists', 'Iranian-funded militias': the country that backs a group is not the group's
    own; the group keeps only its role (and takes its country from elsewhere, or none). 'The Moscow-led bloc' is
    the bloc, not its leader. 'pro-EU protesters', 'anti-Russian protesters' are neither the EU's nor Russia's."""
    kept = []
    for mention in mentions:
        before = [sent[k].lower for k in range(max(mention.start - 2, 0), mention.start)]
        if len(before) == 2 and before[1] == "-" and before[0] in prefixes:
            continue
        after = [sent[k].lower for k in range(mention.end, min(mention.end + 3, len(sent)))]
        if mention.entry.kind in {"country", "region"} and after[:1] == ["-"] and after[1:] and after[1] in marks:
            continue
        if mention.entry.kind in {"country", "region"} and after[:2] == ["-", "led"] and after[2:3] and (
            sent[mention.end + 2].lemma in organisations
        ):
            continue
        kept.append(mention)
    return kept


def _denies_an_act(verb: Word) -> bool:
    """Whether a denial's object is an act ('denied supplying weapons', 'denies that its troops fired'), which the
    parser may hang as a modifier of the next noun ('supplying' on 'weapons')."""
    if any(c.dep in {"xcomp", "ccomp"} for c in verb.children):
        return True
    if verb.i + 1 >= len(verb.sentence):
        return False
    after = verb.sentence[verb.i + 1]
    return after.pos == "VERB" and (after.feat("VerbForm") == "Ger" or after.lower.endswith("ing"))


def _without_roles_named_after(mentions: list[Mention], sent: Parsed) -> list[Mention]:
    """'the National Liberation Army (ELN)', 'the Rapid Support Forces (RSF)': a role word in a name that its
    bracketed short form names as a known actor is that actor's, not a role of its own ('Army' is no army)."""
    starts = {m.start: m for m in mentions if m.entry.kind != "agent"}
    kept = []
    for mention in mentions:
        after = mention.end
        named = starts.get(after + 1) if after < len(sent) and sent[after].text == "(" else None
        # (the role word ends the name: 'Army (ELN)', not 'army units (ELN)')
        if mention.entry.kind == "agent" and named is not None and named.end < len(sent) \
                and sent[named.end].text == ")" and sent[mention.end - 1].pos == "PROPN":
            continue
        kept.append(mention)
    return kept


def _without_venue_names(
    mentions: list[Mention], sent: Parsed, venues: frozenset[str], name_preps: frozenset[str]
) -> list[Mention]:
    """'Palestine Square', 'at the Felestin (Palestine) Sq.', 'улица Украины', 'the Gulf of Oman', «в Оманском
    заливе»: a country named in the name of a square, street, venue or body of water names no actor. ('a hotel in
    Somalia' is where the hotel is: only an 'of' phrase or a bare modifier is part of a name.)"""
    kept = []
    for mention in mentions:
        word = sent[mention.end - 1]
        # (an adjective only right before the noun: 'Ukrainian Black Sea ports' are Ukraine's)
        adjacent = word.dep == "amod" and word.head.i == word.i + 1
        of_name = word.dep != "nmod" or not word.case or word.case in name_preps
        in_name = word.dep in {"compound", "nmod", "flat", "flat:name", "appos"} and of_name
        named = (in_name or adjacent) and not word.is_root
        if mention.entry.kind in {"country", "region"} and named and word.head.lower.rstrip(".") in venues:
            continue
        kept.append(mention)
    return kept


def _without_names_that_are_towns(mentions: list[Mention], sent: Parsed) -> list[Mention]:
    """A town's name inside a person's name is the person ('King Hassan of Morocco', 'Hassan Nasrallah'): a
    one-word town written with another proper name that no gazetteer knows, as a title or given name before it
    or a surname after it, is not a place."""
    # A role word is a title here ('King Hassan'), not a name the gazetteers know.
    covered = {i for m in mentions if m.entry.kind != "agent" for i in range(m.start, m.end)}
    kept = []
    for mention in mentions:
        word = sent[mention.start]
        town = mention.end - mention.start == 1 and any("cities.tsv" in o.origin for o in mention.entry.offices)
        if town:
            name_parts = [c for c in word.children if c.dep in {"compound", "flat", "flat:name"}]
            if word.dep in {"compound", "flat", "flat:name"} and not word.is_root:
                name_parts.append(word.head)
            if any(p.pos == "PROPN" and p.i not in covered and p.text[:1].isupper() for p in name_parts):
                continue
        if mention.end - mention.start == 1 and mention.entry.kind == "person":
            # A known person's short name followed by a surname no gazetteer knows is someone else's given
            # name ('Seyed Abbas Mousavi' is not Mahmoud Abbas); the short form of a name is its last part.
            after = [c for c in _name_chain(word) if c.i > word.i]
            if any(p.pos == "PROPN" and p.i not in covered and p.text[:1].isupper() for p in after):
                continue
        kept.append(mention)
    return kept


def _name_chain(word: Word) -> list[Word]:
    """The other words of the proper name a word is part of (its flat/compound head and their parts)."""
    name_deps = {"compound", "flat", "flat:name"}
    head = word
    while head.dep in name_deps and not head.is_root:
        head = head.head
    # (only through name links: 'Pashinyan and President Aliyev' does not make 'President' part of Pashinyan's name)
    parts, todo = [], [head]
    while todo:
        current = todo.pop()
        parts.append(current)
        todo.extend(c for c in current.children if c.dep in name_deps)
    return [t for t in parts if t.i != word.i]


def _prepositional_clause(word: Word) -> bool:
    """A clause introduced by a preposition: 'from signing', 'of supporting terrorism'. One with a subject of its own
    ('…, with Baku accusing Yerevan of shelling') is an act of its own."""
    return (
        word.dep in {"advcl", "acl"}
        and any(c.dep == "mark" and c.pos == "ADP" for c in word.children)
        and not any(c.dep in {"nsubj", "nsubj:pass"} for c in word.children)
    )


def _non_finite(verb: Word) -> bool:
    """An infinitive or participle ('to disperse', 'killing'), from the UD features."""
    return "VerbForm=" in verb.morph and "VerbForm=Fin" not in verb.morph


def _is_particle(preposition: str, particle: str | None) -> bool:
    """The entry's particle is this preposition, or its first word ('pull out' and 'out of the talks')."""
    return particle is not None and (preposition == particle or preposition.split()[0] == particle)


def _in_described_clause(word: Word, verb: Word) -> bool:
    """Whether a word lies in a participle or relative clause on a noun below the verb ('accused' in 'Venezuelans
    accused of belonging to a gang were deported'), or in a clause of time or condition below it."""
    depth = 0
    while word is not verb and not word.is_root and depth < 50:
        if word.dep in {"acl", "acl:relcl"} and word.head is not verb and word.pos in {"VERB", "AUX"}:
            return True
        if word.dep == "advcl" and any(m.dep == "mark" and m.lower not in {"to", "чтобы"} for m in word.children):
            # ('vowed to keep attacking ships until the war in Gaza ends': a clause of time or condition under the
            # act says when, not what.)
            return True
        word, depth = word.head, depth + 1
    return False


def _depth_below(word: Word, ancestor: Word) -> int:
    depth = 0
    while word is not ancestor and not word.is_root and depth < 50:
        word, depth = word.head, depth + 1
    return depth


def _is_passive(verb: Word) -> bool:
    return any(c.dep in {"nsubj:pass", "aux:pass"} for c in verb.children)


def _modifiers(word: Word) -> list[Word]:
    """A phrase's prepositional modifiers and the nominals of its participles ('a camp hidden on a hilltop')."""
    out = [n for _, n in obliques(word)]
    for child in word.children:
        if child.dep == "nmod" and not child.case and child.feat("Case") == "Gen":
            # («пункты пропуска на границе с Белоруссией»: a genitive is the 'of' phrase of Russian)
            out.append(child)
        if child.dep == "acl" and child.pos == "VERB":
            out.extend(n for _, n in obliques(child))
    return out


def _has(word: Word, dep: str) -> bool:
    return any(c.dep == dep for c in word.children)


def _particles(verb: Word) -> set[str]:
    """The particles and prepositions attached to a verb: 'cut off', 'call for talks', 'called in troops'."""
    out = {c.lemma for c in verb.children if c.dep in {"compound:prt", "advmod"}}
    for preposition, _ in obliques(verb):
        # 'walked out of the talks': the two-word preposition also gives its first word, the particle.
        out.update({preposition, *preposition.split()})
    return out


def _titled_names(sent: Parsed, ctx: SentenceActors) -> dict[str, ActorEntry]:
    """Names the text introduces with a title and a country ('Eritrean President Isaias Afwerki', 'the EU's chief
    negotiator, Michel Barnier'): for the rest of the document, 'Isaias' or 'Barnier' alone is that actor."""
    found: dict[str, ActorEntry] = {}
    for word in sent:
        if word.pos != "PROPN" or word.i in ctx.by_token or word.dep in {"compound", "flat", "flat:name"}:
            continue
        actor = resolve_phrase(word, ctx) if word.dep != "appos" else resolve_phrase(word.head, ctx)
        if actor is None or len(actor.code) <= 3 or actor.kind not in {"country", "igo"}:
            continue
        names = [
            w
            for w in [*word.children, word]
            if w.pos == "PROPN"
            and w.i not in ctx.by_token
            and w.dep in {"compound", "flat", "flat:name", word.dep}
            and w.text[:1].isupper()
            and len(w.text) > 2
        ]
        for name in names:
            found[name.text] = ActorEntry(name.text, "person", (Office(actor.code, None, None, "named in the text"),))
    return found


def _learn_surnames(mentions: list[Mention], sent: Parsed, known: dict[str, ActorEntry | None]) -> None:
    """A person named in full ('national security adviser John Bolton') is the same person when the text goes on
    with the surname alone ('Bolton said'). Two people sharing a surname in one text make it name neither."""
    for mention in mentions:
        if mention.entry.kind != "person" or mention.end - mention.start < 2:
            continue
        surname = sent[mention.end - 1].text
        if len(surname) < 3 or not surname[:1].isupper() or not surname.replace("-", "").isalpha():
            continue
        if surname not in known:
            known[surname] = mention.entry
        elif known[surname] is not None and known[surname].offices != mention.entry.offices:
            known[surname] = None


def _with_known_names(mentions: list[Mention], sent: Parsed, known: dict[str, ActorEntry | None]) -> list[Mention]:
    if not known:
        return mentions
    # (a surname the text has shown to be someone else's, or two people's, names no one by itself; one the text has
    # given a person in full is that person's: 'Betssy Chavez … asylum to Chavez' is no Hugo Chávez)
    def someone_elses(m: Mention) -> bool:
        other = known.get(m.text, m.entry)
        # (one person's names may come from rows that list different offices of theirs: any office shared is theirs)
        return m.entry.kind == "person" and m.end - m.start == 1 and (
            other is None or not set(other.offices) & set(m.entry.offices))

    mentions = [m for m in mentions if not someone_elses(m)]
    covered = {i for m in mentions for i in range(m.start, m.end)}
    extra = [
        Mention(w.i, w.i + 1, w.text, entry)
        for w in sent
        if (entry := known.get(w.text)) is not None and w.i not in covered
    ]
    return sorted(mentions + extra, key=lambda m: m.start)


def _news_outlet(actor: Actor) -> bool:
    """A news outlet named by name ('the BBC', 'Reuters'), not a country's media at large."""
    return actor.kind == "group" and actor.code.endswith(MEDIA_ROLE)


def _one_per_country(actors: list[Actor]) -> list[Actor]:
    """'Palestinian detainees' and 'the West Bank' in one act are one target: the most specific code."""
    best: dict[str, Actor] = {}
    for actor in actors:
        key = actor.code[:3]
        if key not in best or len(actor.code) > len(best[key].code):
            best[key] = actor
    return list(best.values())


STATE_AGENTS = {"GOV", "MIL", "COP", "LEG", "JUD", "SPY"}
CURBED_ROLES = {"LEG", "JUD", "OPP", "PTY", "MED", "NGO", "EDU", "LAB"}
"""Institutions at home a state's cuts and suspensions coerce (172) rather than reduce relations with (16)."""


def _distinct(source: Actor, target: Actor, code: str = "") -> bool:
    """Source and target are different parties: other countries, or two domestic agents of one country
    ('KAZGOV -> KAZOPP'), or a domestic act by nature (target 'domestic'), or an attack or curfew by a
    country's own forces on a place in it ('Syrian jets struck Idlib')."""
    if target.kind == "domestic":
        return True
    if target.kind == "region" and code[:2] in PLACE_TARGET_ROOTS and len(source.code) > 3:
        return True
    if source.code[:3] != target.code[:3]:
        return True
    if source.code[:3] == "IGO":
        return source.code != target.code
    if len(target.code) == 3 or source.code == target.code or source.code[3:6] == target.code[3:6]:
        return False
    if code[:3] == "173" and target.kind == "person" and len(target.code) > 3:
        # 'South Korean police arrested Yoon': an office holder arrested by the state's own organs is one party
        # acting on another.
        return True
    branches = {source.code[3:6], target.code[3:6]}
    if "10" <= code[:2] <= "17" and len(branches & {"GOV", "LEG", "JUD"}) == 2:
        # 'Yoon accused the opposition-controlled parliament of anti-state activities': a conflict between the
        # executive, the legislature and the courts is one between parties.
        return True
    if source.code[3:6] in STATE_AGENTS and target.code[3:6] in STATE_AGENTS:
        # 'Putin ordered the nuclear forces on alert': one state's organs are not two parties.
        return False
    # A country acting on its own state organs ('Russia considered itself …', 'Moscow permits its officers')
    # is no event between parties; on its opposition, rebels or civilians it is.
    return len(source.code) > 3 or target.code[3:6] not in STATE_AGENTS


def _finite(verb: Word) -> bool:
    """A finite verb, or one with an auxiliary or under another verb ('did not recognise', 'has never recognised',
    'refuses to recognise'), rather than a bare gerund or participle ('not recognising', «не признавая»)."""
    form = verb.feat("VerbForm")
    if form == "Fin" or form == "Inf" and verb.dep in {"xcomp", "ccomp"}:
        return True
    return any(c.dep in {"aux", "aux:pass", "cop"} and c.lower != "to" for c in verb.children)


def _first_conjunct(verb: Word) -> Word:
    """The first of the verbs coordinated with this one ('denounced … and threatened': 'denounced')."""
    current = verb
    while current.dep == "conj" and not current.is_root:
        current = current.head
    return current


def _after_reason_noun(nominal: Word) -> bool:
    """Whether the nominal's preposition comes right after a reason noun ('в ответ | на продажу')."""
    case = next((c for c in nominal.children if c.dep == "case"), None)
    if case is None or case.i == 0:
        return False
    return nominal.sentence[case.i - 1].lemma in grammar_of(nominal).reason_nouns


def _at_each_other(verb: Word) -> bool:
    """Whether the verb is aimed at 'each other' / 'one another' / «друг (по) другу» (``reciprocal_pronouns``)."""
    pronouns = grammar_of(verb).reciprocal_pronouns
    for child in verb.children:
        if child.dep not in {"obj", "obl", "iobj", "nmod"}:
            continue
        words = [t for t in child.subtree if t.dep not in {"case", "punct"} or t.head is not child]
        if child.lemma in pronouns or " ".join(t.lower for t in words) in pronouns:
            return True
    return False


def _background_prep(preposition: str | None, nominal: Word, g: Grammar) -> bool:
    """Whether a preposition opens a phrase of background ('since 2014', 'over the sale', «с 2014 года»); «с» with
    the instrumental is 'with' («прибыл с визитом»)."""
    if preposition not in g.background_preps:
        return False
    return not (preposition in g.comitative_preps and nominal.feat("Case") == "Ins")


def _continues_background_phrase(verb: Word, nominal: Word, g: Grammar) -> bool:
    """Whether a phrase on the verb follows at once a background or reason phrase of the verb ('over the supply of
    missiles | to Russia') whose noun is a common noun: then it belongs to that noun."""
    start = min(t.i for t in nominal.subtree)
    for preposition, other in obliques(verb):
        if other is nominal or other.pos != "NOUN" or other.i > nominal.i:
            continue
        if _background_prep(preposition, other, g) and max(t.i for t in other.subtree) + 1 == start:
            return True
    return False


def _following_objects(verb: Word) -> list[Word]:
    """The object a verb shares with the verb conjoined right after it ('arrested and deported two journalists',
    «задержала и выслала двух журналистов»): the parser hangs it on the second verb only. Nothing stands
    between the two verbs but the conjunction, and the second has no subject of its own."""
    if any(c.dep in {"obj", "iobj", "ccomp", "xcomp"} for c in verb.children):
        return []
    for conj in verb.children:
        if conj.dep != "conj" or conj.pos != "VERB" or conj.i < verb.i:
            continue
        between = [c for c in verb.children if verb.i < c.i < conj.i and c.dep not in {"cc", "punct", "advmod"}]
        if between or any(c.dep in {"nsubj", "nsubj:pass"} for c in conj.children):
            return []
        return [c for c in conj.children if c.dep in {"obj", "iobj"}]
    return []


def _country_only_in(actor: Actor, sentence: Parsed, ctx: SentenceActors) -> bool:
    """Whether the sentence names a country or region only inside this actor's own phrase."""
    if actor.needs_country or actor.kind == "pronoun" or not 0 <= actor.head < len(sentence):
        return False
    places = [m for m in ctx.mentions if m.entry.kind in {"country", "region"}]
    inside = {t.i for t in sentence[actor.head].subtree}
    return bool(places) and all(m.start in inside for m in places)


def _active_participle(word: Word) -> bool:
    """A present participle or gerund ('offering', «выразив»); a past one ('expected to be joined') describes."""
    return word.feat("VerbForm") == "Conv" or word.feat("VerbForm") in {"Part", "Ger"} and word.tag == "VBG"


def _place_country(sentence: Parsed, ctx: SentenceActors) -> str | None:
    """The one country the sentence names only as a place ('in Moscow', «в Москве»), and nowhere else."""
    places: set[str] = set()
    others: set[str] = set()
    for m in ctx.mentions:
        if m.entry.kind in {"country", "region"}:
            (places if in_place_phrase(sentence[m.end - 1]) else others).add(m.entry.code_on(ctx.when)[:3])
    return next(iter(places)) if len(places) == 1 and not places & others else None


def _place_in_clause(predicate: Word, place: str, ctx: SentenceActors) -> bool:
    """Whether the country named only as a place is named in the act's own clause ('sent aid to refugees in
    Afghanistan'), not in another ('Putin received Lukashenko in Sochi as Belarusian forces detained protesters')."""
    clause = predicate
    while clause.dep == "xcomp" and not clause.is_root:
        clause = clause.head
    inside = {t.i for t in clause.subtree}
    return any(m.start in inside and m.entry.code_on(ctx.when)[:3] == place for m in ctx.mentions)


def _of_no_country(head: Word) -> bool:
    """A role phrase that says it is of no country the sentence names: 'Western media', 'foreign journalists in Kyiv',
    «западные СМИ» (the role word may modify the phrase's head: «сообщения западных СМИ»), people who are foreigners
    where they are ('French police fired tear gas at migrants' are not French), or a weapon named alone
    ('Drones struck Port Sudan, the army said': whose drones is not told by where they struck or who said so)."""
    g = grammar_of(head)
    words = [head, *(c for c in head.children if c.dep in {"nmod", "compound"} and not c.case)]
    foreign = any(c.dep == "amod" and c.lemma in g.foreign_modifiers for w in words for c in w.children)
    return foreign or head.lemma in g.weapon_nouns | g.foreigner_nouns


def _described_by_other(actor: Actor, source: Actor, sentence: Parsed, ctx: SentenceActors) -> bool:
    """Whether people of no stated country are described by a clause that names another group or organisation
    («33 человека, якобы работающих в ЧВК Вагнера», 'men said to fight for Wagner'): then they are not simply the
    state's own."""
    if not 0 <= actor.head < len(sentence):
        return False
    clauses = [c for c in sentence[actor.head].children if c.dep in {"acl", "acl:relcl"}]
    inside = {t.i for c in clauses for t in c.subtree}
    # (an armed group or organisation they serve; a country named there may be where they come from or go: 'refugees
    # fleeing the war in Liberia', 'migrants trying to reach Poland')
    return any(m.start in inside and m.entry.kind in {"group", "igo"}
               and m.entry.code_on(ctx.when)[:3] != source.code[:3] for m in ctx.mentions)  # fmt: skip


def _country_for(actor: Actor | None, country: str | None, sentence: Parsed, ctx: SentenceActors) -> str | None:
    """The country an agent-only actor takes: the sentence's, except for a stateless people's agent, which takes
    it only from a place named in its own phrase ('Kurdish fighters in Syria')."""
    if actor is None or country is None or not 0 <= actor.head < len(sentence):
        return country
    if actor.needs_country and _of_no_country(sentence[actor.head]):
        return None
    if not actor.stateless:
        return country
    inside = {t.i for t in sentence[actor.head].subtree}
    named = {m.entry.code_on(ctx.when)[:3] for m in ctx.mentions if m.start in inside}
    return country if country in named else None


def _as_place(actor: Actor, ctx: SentenceActors) -> Actor:
    """A capital named as where something happens ('in Minsk', «в Минске») is a town of its country (a region),
    not the state that its name stands for elsewhere ('Minsk protested')."""
    mention = ctx.by_token.get(actor.head)
    return replace(actor, kind="region") if mention is not None and mention.entry.capital else actor


def _with_country(actor: Actor | None, country: str | None) -> Actor | None:
    """An agent-only actor ('police', 'demonstrators') takes the country of its sentence."""
    if actor is None or not actor.needs_country:
        return actor
    if country is None:
        return None
    return Actor(country + actor.code, actor.text, actor.kind, actor.head, actor.strong)


def _path(predicate: Word, source: Actor, target: Actor | None) -> str:
    parts = [f"{source.text} ({source.code})", f"{predicate.dep}:{predicate.lemma}"]
    if target is not None:
        parts.append(f"{target.text} ({target.code})")
    return " -> ".join(parts)


def _dedupe(events: list[Event]) -> list[Event]:
    """One record per act: an event is dropped when the same act was coded from the same sentence, or from a
    sentence that repeats it within the document (a photo caption printed again with its credit)."""
    seen: set[tuple[str, int, str, str, str]] = set()
    texts: dict[tuple[str, str, str, str], list[str]] = {}
    out = []
    for event in events:
        key = (event.doc_id, event.sent_idx, event.source, event.target, event.code)
        act = (event.doc_id, event.source, event.target, event.code)
        text = " ".join(event.sentence.split()).casefold()
        earlier = [other for other in texts.get(act, []) if min(len(text), len(other)) > 40]
        repeated = any(text in other or other in text for other in earlier)
        if key not in seen and not repeated:
            seen.add(key)
            texts.setdefault(act, []).append(text)
            out.append(event)
    return out
