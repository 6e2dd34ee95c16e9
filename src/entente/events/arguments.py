"""Who is the subject or object of a predicate: noun phrases resolved to CAMEO actor codes.

An argument's actor is composed from the mentions inside its phrase: a person ("Tokayev" -> KAZGOV on the
date), else a country or organisation plus a role word ("Russian troops" -> RUSMIL, "the Kazakh government"
-> KAZGOV). A phrase whose head is not an actor word may still point to one through its possessor
("Moscow's move" -> RUS), which counts as a weaker reading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..actors.matcher import Mention
from ..syntax import Word
from .grammar import grammar_of
from .modality import verb_above

PHRASE_DEPS_EXCLUDED = {"acl:relcl", "acl", "advcl", "conj", "cc", "punct", "nmod", "obl", "ccomp", "xcomp",
                        "parataxis", "appos"}  # fmt: skip
PREDICATE_DEPS = {"cop", "nsubj", "nsubj:pass", "mark", "aux", "aux:pass"}
"""Dependents a copular predicate noun has that are not part of its phrase ('Kazakhstan is a member')."""


@dataclass(frozen=True)
class Actor:
    code: str
    text: str
    kind: str
    """person, country, igo, agent, region or pronoun."""
    head: int
    """Word index of the phrase head in the sentence."""
    strong: bool = True
    """False when read only from a possessor or modifier of a non-actor noun."""
    needs_country: bool = False
    stateless: bool = False
    """An agent of a people without a state ('Kurdish fighters'): its country only from a place in its own phrase."""


@dataclass
class SentenceActors:
    """Mentions of one parsed sentence, indexed by token, plus what pronouns may refer to."""

    mentions: list[Mention]
    when: date | None
    last_person: Actor | None = None
    last_collective: Actor | None = None
    recent_parties: tuple[Actor, ...] = ()
    """The (at most two) parties most recently named before this sentence, of different countries, in order:
    what 'the two countries', 'both sides' refer to (see :func:`recent_parties`)."""
    story_pairs: tuple[tuple[Actor, Actor], ...] = ()
    """The dyads coded in the document before this sentence, the most often coded first (the first coded of equals):
    the first (or the first with the one party the sentence names) is what 'the two sides' refer to when the
    sentence itself names no two parties before them (see :func:`story_pairs`)."""
    last_organisation: Actor | None = None
    """The organisation most recently named before this sentence: what 'the bloc', 'the alliance' refer to."""
    last_claimant: Actor | None = None
    """Who most recently stated, accused or criticised (a coded 01 or 11 event) before this sentence: whose
    claims 'Kazakhstan rejects these allegations' rejects."""
    last_doer: Actor | None = None
    """Who did the last act coded in the sentence before this one that is no statement, appeal or meeting: whose
    'move', 'decision' or 'step' a reaction in the next sentence answers ('The EU criticised the move')."""
    last_signers: tuple[Actor, ...] = ()
    """The parties of an agreement signed in the sentence before this one: what 'the deal' a reaction in this
    sentence answers was made by ('Turkey rejected the deal')."""
    last_group: Actor | None = None
    """The armed or political group most recently named before this sentence: what 'the guerrillas', 'the rebels'
    refer to when its role is theirs."""
    earlier_acts: tuple[tuple[int, str, Actor], ...] = ()
    """The acts coded in the sentences before this one, oldest first, each with how many sentences back it was
    told, its code and its doer: whose 'the raid', 'this strike' a reaction answers when
    the act named is of the same kind ('Ecuadorean police stormed the embassy … Brazil condemned the raid')."""
    by_token: dict[int, Mention] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for mention in self.mentions:
            for i in range(mention.start, mention.end):
                self.by_token[i] = mention


VERBAL_POS = frozenset({"VERB", "AUX"})


NON_STATE_PREFIXES = ("IGO", "IMG", "NGO", "MNC")
"""Actor codes that start with no country."""


def phrase_tokens(head: Word) -> list[Word]:
    """The tokens of the noun phrase headed by ``head``, without clauses, coordination or most PPs."""
    g = grammar_of(head)
    out = [head]
    copular = any(c.dep == "cop" for c in head.children)
    # 'Lavrov's Kazakh counterpart', 'турецкий коллега Лаврова': whose counterpart it is names the other side.
    counterpart = head.lemma in g.counterpart_nouns
    # ('one of the most vocal critics of Israel', «критик Кремля»: whom they oppose is not who they are.)
    opposing = head.lemma in g.opposing_nouns
    for child in head.children:
        if counterpart and (child.dep == "nmod:poss" or (child.dep == "nmod" and not child.case)):
            continue
        if opposing and child.dep == "nmod" and (not child.case or child.case in g.phrase_preps):
            continue
        if child.dep == "case" and child.lower not in g.possessive_marks:
            continue
        if copular and child.dep in PREDICATE_DEPS:
            continue
        if child.dep in {"nmod", "obl"} and not child.case and child.pos in VERBAL_POS:
            continue  # 'решение выслать российских дипломатов': an infinitive hung as nmod is a clause, not the phrase
        if child.dep in {"nmod", "obl"} and not child.case and child.feat("Case") == "Ins" and head.pos == "NOUN":
            continue  # «удар беспилотниками»: a bare instrumental is the means or the doer of an act, not the phrase
        if child.dep in {"nmod", "obl"} and not child.case:
            # A bare nominal modifier ('Collective Security Treaty Organization troops') is part of the phrase.
            out.extend(phrase_tokens(child))
            continue
        if child.dep in PHRASE_DEPS_EXCLUDED:
            if child.dep == "nmod" and child.case in g.phrase_preps and head.lemma in g.content_nouns:
                # 'rejected the suggestion of Russian control', 'denied reports of Iranian involvement': what a
                # claim says is not who made it.
                continue
            if child.dep == "nmod" and child.case in g.phrase_preps:
                # 'part of a guerrilla stronghold' but not '… on the Thai border' further down.
                out.extend(phrase_tokens(child))
            elif child.dep == "appos":
                out.extend(phrase_tokens(child))
            continue
        out.extend(phrase_tokens(child))
    return out


def _compose(country: Mention | None, agent: Mention | None, when: date | None) -> str | None:
    if country is None:
        return None
    code = country.entry.code_on(when)
    if country.entry.government_seat:
        return code + "GOV"
    if agent is not None and len(code) == 3:
        return code + agent.entry.code_on(when)
    return code


EXECUTIVE_ROLES = frozenset({"GOV", "MIL"})
"""Agent codes of one executive: a title of the one does not override a dated office of the other."""

PEOPLE_ROLE = "CVL"
"""The role of a country's people, as the gazetteer gives plural demonyms ('Iraqis' -> IRQCVL)."""


def _names_a_people(head: Word, head_mention: Mention | None) -> bool:
    return (
        head_mention is None
        and head.pos in {"PROPN", "NOUN"}
        and head.text[:1].isupper()
        and head.feat("Number") == "Plur"
        and head.text.isalpha()
    )


def resolve_phrase(head: Word, ctx: SentenceActors) -> Actor | None:
    """The actor a noun phrase denotes, or None."""
    lower = head.lower
    g = grammar_of(head)
    if head.pos == "PRON" or lower in g.personal_pronouns | g.collective_pronouns | g.relative_pronouns:
        return _resolve_pronoun(head, ctx)
    if head.i not in ctx.by_token:
        # 'Kazakhstan's CSTO ally Armenia': an apposition names the referent itself.
        for child in head.children:
            if child.dep == "appos" and child.i in ctx.by_token:
                named = resolve_phrase(child, ctx)
                if named is not None and named.needs_country:
                    # 'Mousavi, a spokesman for the Iranian Foreign Ministry': the office says whose.
                    named = _located(named, child, ctx)[0] or named
                if named is not None:
                    return named
    tokens = phrase_tokens(head)
    mentions: list[Mention] = []
    for token in sorted(tokens, key=lambda t: t.i):
        mention = ctx.by_token.get(token.i)
        if mention is not None and mention not in mentions:
            mentions.append(mention)
    if all(m.entry.kind == "agent" for m in mentions) and _names_the_organisation(head, mentions):
        # 'ECOWAS … the bloc tried to push for …', 'ЕАЭС … союз': the organisation last named.
        before = [m for m in ctx.mentions if m.end <= head.i and m.entry.kind == "igo"]
        if before:
            organisation = max(before, key=lambda m: m.end)
            return Actor(organisation.entry.code_on(ctx.when), head.text, "igo", head.i, False)
        if ctx.last_organisation is not None:
            return Actor(ctx.last_organisation.code, head.text, "igo", head.i, False)
    if not mentions:
        return None
    if _names_the_group(head, mentions):
        # 'Hezbollah … after the guerrillas fired rockets': a definite role word alone is the group last named with
        # that role, in this sentence or before it.
        role = mentions[0].entry.code_on(ctx.when)
        named = [Actor(m.entry.code_on(ctx.when), m.text, "group", m.start) for m in ctx.mentions
                 if m.end <= head.i and m.entry.kind == "group"]  # fmt: skip
        named = [a for a in [ctx.last_group, *named] if a is not None and len(a.code) > 3 and a.code.endswith(role)]
        if named:
            return Actor(named[-1].code, head.text, "group", head.i, False)
    head_mention = ctx.by_token.get(head.i)
    people = [m for m in mentions if m.entry.kind == "person"]
    places = [m for m in mentions if m.entry.kind in {"country", "igo", "region"}]
    agents = [m for m in mentions if m.entry.kind == "agent"]
    strong = head_mention is not None
    text = " ".join(t.text for t in sorted(tokens, key=lambda t: t.i))
    people += [m for m in mentions if m.entry.kind == "group"]
    person = next((m for m in people if m is head_mention), people[0] if people else None)
    if person is not None:
        code = person.entry.code_on(ctx.when)
        # A title just before the name ('President Kassym-Jomart Tokayev', 'президента Казахстана Токаева'): the
        # text knows the office held, where our dated table may not (an article with no date of its own).
        titles = [a for a in agents if a.end <= person.start and person.start - a.end <= 3]
        offices = [
            m for m in places
            if m.entry.kind == "igo" and 0 <= person.start - m.end <= 4
            and not any(c.entry.kind == "country" and m.end <= c.start < person.start for c in places)
        ]  # fmt: skip
        national = [m for m in places if m.entry.kind == "country" and 0 <= person.start - m.end <= 4]
        start = min([person.start, *(t.start for t in titles), *(m.start for m in national)])
        former = any(t.lower in grammar_of(head).former_words for t in head.sentence if start - 2 <= t.i < start)
        if offices and not code.startswith("IGO") and (titles or code.endswith("ELI")):
            # 'NATO Secretary General Mark Rutte', 'генсек НАТО Марк Рютте': the organisation's title in the text
            # outranks the table's earlier office (an article our dates place before the appointment), and a
            # national office our table has ended ('EU foreign policy chief Josep Borrell' after 2024).
            code = offices[-1].entry.code_on(ctx.when)
        elif code.startswith("IGO") and titles and national and not offices and not former:
            # 'Estonian Prime Minister Kaja Kallas', «премьер-министра Эстонии Каю Каллас» in an article our dates
            # place after she left for the EU: a national title in the text outranks the table's later office
            # ('former Estonian prime minister Kallas' does not).
            code = national[-1].entry.code_on(ctx.when)[:3] + titles[-1].entry.code_on(ctx.when)
        elif code.endswith("ELI") and agents:
            # Out of office by our table, but the text gives the title ('Pakistan's prime minister X'): trust it.
            code = code[:3] + (titles or agents)[0].entry.code_on(ctx.when)
        elif (
            titles
            and len(code) == 6
            and not code.startswith("IGO")
            # ('Hezbollah leader Naim Qassem': a title after a group's name is an office in the group, not the state)
            and not any(m.entry.kind == "group" and m.end <= titles[-1].start for m in mentions)
            and {code[3:], titles[-1].entry.code_on(ctx.when)} - EXECUTIVE_ROLES
        ):
            # ('Defence Minister Shoigu' keeps the table's MIL: government and military are one executive.)
            code = code[:3] + titles[-1].entry.code_on(ctx.when)
        agent = head_mention if head_mention is not None and head_mention.entry.kind == "agent" else None
        if agent is not None and len(code) == 3:
            code += agent.entry.code_on(ctx.when)
        return Actor(code, text, person.entry.kind, head.i, strong)
    igo = next((m for m in places if m.entry.kind == "igo"), None)
    country = next((m for m in places if m.entry.kind != "igo"), None)
    agent = next((m for m in agents if m is head_mention), agents[0] if agents else None)
    if agent is not None and agent is head_mention and head.lemma in grammar_of(head).leader_nouns:
        # 'the leader of an opposition party', «руководство церкви», 'opposition leader': whom a leader leads tells
        # the role.
        led = [m for m in agents if m is not head_mention]
        agent = led[0] if led else agent
    if igo is not None and (country is None or igo is head_mention):
        return Actor(igo.entry.code_on(ctx.when), text, "igo", head.i, strong)
    code = _compose(country, agent, ctx.when)
    # ('Bosnian Serbs', 'Kosovo Serbs': another country's people named with a country's adjective are people of
    # the adjective's country, as the first-named country of the phrase says; their own name adds the role.)
    people_of_another = head_mention is not None and head_mention is not country and head_mention.entry.kind == \
        "country" and head_mention.entry.code_on(ctx.when)[3:] == PEOPLE_ROLE
    if code is not None and len(code) == 3 and agent is None and (
            _names_a_people(head, head_mention) or people_of_another):
        # 'Iraqi Kurds', 'Bosnian Serbs', 'British Muslims': a country's adjective on a people's name (a
        # capitalised plural the gazetteer does not know) is people of that country.
        return Actor(code + PEOPLE_ROLE, text, "country", head.i, True)
    if code is not None:
        kind = country.entry.kind if country is not None else "country"
        return Actor(code, text, kind, head.i, strong or (agent is not None and agent is head_mention))
    if agent is not None:
        # ('forces loyal to Khalifa Haftar', «силы, верные Хафтару»: troops loyal to a leader are of the leader's
        # country.)
        loyal_to = [n for c in head.children if c.dep == "amod" and c.lemma in grammar_of(head).allegiance_words
                    for n in c.children if n.dep in {"obl", "nmod", "iobj"}]  # fmt: skip
        leaders = [a for n in loyal_to if (a := resolve_phrase(n, ctx)) is not None and not a.needs_country]
        if leaders and not leaders[0].code.startswith(NON_STATE_PREFIXES):
            return Actor(leaders[0].code[:3] + agent.entry.code_on(ctx.when), text, "country", head.i, strong)
        # 'Kurdish fighters', «курдские боевики»: a people without a state of its own takes a country only from a
        # place in its own phrase ('Kurdish fighters in Syria'), never from whoever else the sentence names.
        stateless = any(c.dep == "amod" and c.lemma in grammar_of(head).stateless_peoples for c in head.children)
        return Actor(agent.entry.code_on(ctx.when), text, "agent", head.i, strong, needs_country=True,
                     stateless=stateless)  # fmt: skip
    return None


def _names_the_group(head: Word, mentions: list[Mention]) -> bool:
    """'the guerrillas', 'the rebels' (a role word alone, with the definite article): a reference to a group named
    before. Russian has no article to tell it from an indefinite 'боевики', so only English reads it."""
    if len(mentions) != 1 or mentions[0].entry.kind != "agent" or (mentions[0].start, mentions[0].end) != (
        head.i, head.i + 1
    ):
        return False
    if head.sentence.language == "ru" or any(c.dep not in {"det", "punct"} for c in head.children):
        return False
    return any(c.dep == "det" and c.lower == "the" for c in head.children)


def _names_the_organisation(head: Word, mentions: list[Mention]) -> bool:
    """'the bloc', 'the alliance', 'the union' (no other word of the phrase naming anyone): a definite reference
    to an organisation. Russian has no article; its noun alone counts."""
    g = grammar_of(head)
    if head.lemma not in g.organisation_anaphors or len(mentions) > 1:
        return False
    if mentions and (mentions[0].start != head.i or mentions[0].end != head.i + 1):
        return False
    # ('the Moscow-led bloc' is still the bloc: who leads it does not name another; nor does what it is accused of,
    # 'accused the bloc of inaction', an of-phrase naming no one, as the mentions say)
    modifiers = [c for c in head.children if c.dep not in {"det", "punct", "case"} and c.lower != "led"
                 and not (c.dep == "nmod" and c.case in g.phrase_preps and c.i > head.i)]  # fmt: skip
    if modifiers:
        return False
    if head.sentence.language == "ru":
        return True
    return any(c.dep == "det" and c.lower in {"the", "this"} for c in head.children)


def _resolve_pronoun(token: Word, ctx: SentenceActors) -> Actor | None:
    lower = token.lower
    g = grammar_of(token)
    if lower in g.relative_pronouns and token.head.dep == "acl:relcl":
        return resolve_phrase(token.head.head, ctx)
    # Agreement first: he/his refer to a person, it/its/they/their to a state or organisation. Within the
    # sentence the nearest such actor before the pronoun is its antecedent ('Kazakhstan distanced itself from
    # Moscow since its invasion …' -> Moscow); otherwise the last one of the text before.
    kinds = {"person"} if lower in g.personal_pronouns else {"country", "igo", "group"}
    if lower in g.personal_pronouns and token.dep == "nsubj":
        # 'Pashinyan informed Putin that he had ordered …', 'сообщил Путину о том, что он поручил …': the
        # subject of what a speaker reports is the speaker, not the nearest name before it.
        speaker = _reporting_subject(token, ctx)
        if speaker is not None:
            return Actor(speaker.code, token.text, "pronoun", token.i, True)
    if lower in g.collective_pronouns and token.dep == "obj" and token.head.dep == "advcl" and not token.head.is_root:
        # 'Baku rejected the accusations of ethnic cleansing of Armenians, calling them slander', «отверг обвинения
        # …, назвав их клеветой»: the claim or text the act a participle elaborates is about is what the pronoun
        # stands for, not the actor named inside it.
        # (only a claim or a text: 'sell his loyalty to Moscow … by blackmailing it' is Moscow)
        things = [c for c in token.head.head.children if c.dep == "obj" and c.i < token.i and c.pos == "NOUN"
                  and c.lemma in g.content_nouns | g.document_nouns and c.i not in ctx.by_token
                  and c.feat("Number") == token.feat("Number")]  # fmt: skip
        if things:
            return None
    if lower in g.collective_pronouns and token.dep == "nmod:poss":
        main_subject = _main_subject_of_adverbial(token)
        if main_subject is not None:
            # 'Saudi Arabia cut ties with Iran after protesters stormed its embassy': a possessive in a clause of
            # time or cause is the main clause's subject's.
            owner = resolve_phrase(main_subject, ctx)
            if owner is not None and owner.kind in {"country", "igo", "group"}:
                return Actor(owner.code, token.text, "pronoun", token.i, True)
    if lower in g.personal_pronouns | g.collective_pronouns:
        # Whom a report is made to is not who is reported on ('проинформировал президента Путина о том, что он
        # поручил …' is not Putin's order), even when the speaker's own name could not be read.
        told = _addressees(token) if lower in g.personal_pronouns and token.dep == "nsubj" else set()
        told |= _fronted_clauses(token) | _own_subject(token)
        before = [m for m in ctx.mentions if m.end <= token.i and m.entry.kind in kinds and m.start not in told]
        gender = token.feat("Gender") if token.sentence.language == "ru" and token.feat("Number") != "Plur" else ""
        if not before and gender and lower in g.personal_pronouns and not token.dep.startswith("nsubj"):
            # Russian он/она agree with their antecedent's grammatical gender, a state's as well as a person's:
            # with no person named before, 'разорвала отношения с Израилем, обвинив его …' is Israel.
            before = [m for m in ctx.mentions if m.end <= token.i and m.start not in told
                      and m.entry.kind in {"country", "igo", "group"}
                      and token.sentence[m.end - 1].feat("Gender") == gender]  # fmt: skip
        if before:
            nearest = max(before, key=lambda m: m.end)
            return Actor(nearest.entry.code_on(ctx.when), token.text, "pronoun", token.i, True)
        if lower in g.personal_pronouns:
            # 'Turkey's foreign minister visited Moscow, where he held talks …': an office holder named by the
            # office alone is a person too.
            offices = [m for m in ctx.mentions if m.end <= token.i and m.entry.kind == "agent"
                       and m.text.lower() in g.person_roles and m.start not in told]  # fmt: skip
            if offices:
                holder = resolve_phrase(token.sentence[max(offices, key=lambda m: m.end).end - 1], ctx)
                if holder is not None and not holder.needs_country and holder.kind != "pronoun":
                    return Actor(holder.code, token.text, "pronoun", token.i, True)
    if lower in g.personal_pronouns and ctx.last_person is not None:
        return Actor(ctx.last_person.code, token.text, "pronoun", token.i, True)
    if lower in g.collective_pronouns and ctx.last_collective is not None:
        return Actor(ctx.last_collective.code, token.text, "pronoun", token.i, True)
    return None


def _main_subject_of_adverbial(pronoun: Word) -> Word | None:
    """The subject of the main clause when the pronoun stands in an adverbial clause after it, or None."""
    current = pronoun
    for _ in range(8):
        if current.is_root:
            return None
        if current.dep == "advcl" and current.pos in {"VERB", "AUX"}:
            main = current.head
            subjects = [c for c in main.children if c.dep == "nsubj" and c.i < current.i]
            return subjects[0] if subjects and subjects[0].pos != "PRON" else None
        current = current.head
    return None


def _own_subject(pronoun: Word) -> set[int]:
    """Token indices of the subject of the verb a pronoun is the object of: 'Isaias welcomed him' is not
    Isaias (a reflexive would be), so the subject is never the antecedent of its own verb's object."""
    if pronoun.dep not in {"obj", "iobj", "obl"} or pronoun.lower.endswith(("self", "selves", "ся")):
        return set()
    return {t.i for c in pronoun.head.children if c.dep.startswith("nsubj") for t in c.subtree}


def _fronted_clauses(pronoun: Word) -> set[int]:
    """Token indices of adverbial clauses fronted before a subject pronoun's own verb: 'By acting as mediators
    between Kiev and Moscow, they hope …', 'After talks with Russia, they agreed …' name whom the subject deals
    with, never the subject."""
    if not pronoun.dep.startswith("nsubj"):
        return set()
    return {t.i for c in pronoun.head.children if c.dep == "advcl" and c.i < pronoun.i for t in c.subtree}


def _addressees(pronoun: Word) -> set[int]:
    """Token indices of whom the report holding the pronoun's clause is made to (the reporting verb's objects)."""
    governor = _reporting_governor(pronoun)
    if governor is None:
        return set()
    return {t.i for c in governor.children if c.dep in {"obj", "iobj"} for t in c.subtree}


def _reporting_governor(pronoun: Word) -> Word | None:
    """The reporting verb whose clause holds the pronoun, or None."""
    g = grammar_of(pronoun)
    clause = pronoun.head
    if clause.dep not in {"ccomp", "acl", "parataxis"} or clause.is_root:
        return None
    governor = clause.head
    for _ in range(2):
        # 'о том, что …': the clause hangs from the correlative pronoun, the report from its verb.
        if governor.pos in {"VERB", "AUX"} or governor.is_root:
            break
        governor = governor.head
    return governor if governor.lemma in g.reporting_verbs else None


def _reporting_subject(pronoun: Word, ctx: SentenceActors) -> Actor | None:
    """The person (or office holder) whose report the pronoun's clause is, or None."""
    governor = _reporting_governor(pronoun)
    if governor is None:
        return None
    for subject in (c for c in governor.children if c.dep == "nsubj"):
        actor = resolve_phrase(subject, ctx)
        if actor is not None and (actor.kind == "person" or len(actor.code) == 6 and actor.kind != "igo"):
            return actor
    return None


def resolve_all(head: Word, ctx: SentenceActors) -> list[Actor]:
    """Actors of a phrase and of the phrases coordinated with it ('Kazakhstan and Belarus')."""
    mention = ctx.by_token.get(head.i)
    if _names_the_pair(head) and (mention is None or mention.entry.kind == "agent"):
        # 'the two countries', 'both sides', 'the two leaders' (each country's government): two parties named in
        # the sentence before the phrase ('Lavrov met Wang Yi, and the two sides agreed …'); else the parties of
        # the story so far, the dyad the document has coded most ('Guterres urged both sides to show restraint'
        # after paragraphs on Kyrgyz-Tajik clashes), not whoever was named last (a mediator, a host, a country
        # refugees fled to); else the last two parties named. (A place is no party: 'held talks in Brussels, and
        # the sides agreed'.)
        sentence = head.sentence
        # ('Egypt and Saudi Arabia called on both sides to protect civilians': those who act are no side addressed)
        acting = _acting_subjects(head)
        in_sentence = [Actor(m.entry.code_on(ctx.when), m.text, m.entry.kind, m.start)
                       for m in ctx.mentions if m.end <= head.i and m.entry.kind in {"country", "person", "igo"}
                       and not in_place_phrase(sentence[m.end - 1]) and m.start not in acting]  # fmt: skip
        pair = recent_parties(in_sentence)
        if len(pair) < 2:
            # ('The two countries signed a defence pact in June when Putin visited Pyongyang': the two the clause
            # itself names after the phrase)
            clause = verb_above(head)
            # (not a place, 'to hold follow-up meetings in Istanbul', nor who reports it, '…, the Qatari statement
            # said', nor where a thing is from, «поставки российского газа»)
            inside = {t.i for t in clause.subtree} - {t.i for c in clause.children if c.dep == "parataxis"
                                                      for t in c.subtree} if clause is not None else set()
            later = [Actor(m.entry.code_on(ctx.when), m.text, m.entry.kind, m.start)
                     for m in ctx.mentions if m.start > head.i and m.start in inside
                     and m.entry.kind in {"country", "person", "igo"}
                     and not in_place_phrase(sentence[m.end - 1]) and sentence[m.end - 1].dep != "amod"]  # fmt: skip
            if len(pair) == 0 and len({a.code[:3] for a in later}) == 2:
                pair = recent_parties(later)
        if len(pair) < 2:
            ranked = list(ctx.story_pairs)
            if len(pair) == 1:
                # ('lifted restrictions on defence cooperation with Azerbaijan, and Washington signed agreements with
                # both countries': the one party named is one of the two; the other is its partner in the story)
                named = party_code(pair[0].code)
                ranked = [p for p in ranked if named in {party_code(a.code) for a in p}] or ranked
            pair = list(ranked[0]) if ranked else recent_parties([*ctx.recent_parties, *in_sentence])
        pair = pair if len(pair) == 2 else []
        role = mention.entry.code_on(ctx.when) if mention is not None else ""
        role = "" if role == "PTY" else role  # ('both parties': the parties to a dispute, not political parties)
        return [Actor(a.code[:3] + role if role and a.kind == "country" else a.code, head.text, a.kind, head.i, True)
                for a in pair]  # fmt: skip
    actors: list[Actor] = []
    g = grammar_of(head)
    listed = [c for c in head.children if c.dep == "nmod" and c.case in g.inclusion_preps]
    if listed and mention is None and not head.conjuncts and resolve_phrase(head, ctx) is None:
        return resolve_all(listed[0], ctx)
    for token in [head, *head.conjuncts]:
        if token is not head and token.case and head.case and token.case != head.case:
            # 'вторглись в Украину, в том числе с территории Белоруссии': a conjunct with a preposition of its own
            # says something else of the act (where from), not one more party.
            continue
        actor = resolve_phrase(token, ctx)
        named = ctx.by_token.get(token.i)
        if (token is not head and actor is not None and actor.kind == "igo" and token.lemma in g.member_nouns
                and (named is None or named.entry.kind != "igo")):
            # (not the organisation's own name: 'Iran and the United Nations condemned Pakistan')
            # 'Tajikistan and Kyrgyzstan, member states of the CSTO': a description of the parties named
            # before it (parsed as one more conjunct), not the organisation as a party.
            continue
        found = _located(actor, token, ctx) if actor is not None and actor.needs_country else [actor]
        if actor is not None and not actor.needs_country:
            found += _coordinated_owners(actor, token, ctx)
        for one in found:
            if one is not None and all(a.code != one.code for a in actors):
                actors.append(one)
    return actors


def _acting_subjects(phrase: Word) -> set[int]:
    """The tokens of the subjects of the verb a phrase is an argument of (and of the verb that verb is conjoined
    with, whose subject it shares); none for a phrase that is itself a subject."""
    verb = phrase
    for _ in range(3):
        if verb.dep.startswith("nsubj") or verb.is_root and verb.pos not in {"VERB", "AUX"}:
            return set()
        verb = verb.head
        if verb.pos in {"VERB", "AUX"}:
            break
    else:
        return set()
    verbs = [verb, verb.head] if verb.dep == "conj" and not verb.is_root else [verb]
    return {t.i for v in verbs for c in v.children if c.dep.startswith("nsubj") for t in c.subtree}


def _coordinated_owners(actor: Actor, head: Word, ctx: SentenceActors) -> list[Actor]:
    """'soldiers of Tajikistan and Kyrgyzstan', 'военнослужащими Таджикистана и Киргизии': the role word
    belongs to each of the coordinated countries, not only to the first."""
    g = grammar_of(head)
    out: list[Actor] = []
    # One bare genitive further down too: 'Министры иностранных дел Армении и Азербайджана'.
    modifiers = [*head.children, *(d for c in head.children if c.dep == "nmod" and not c.case for d in c.children)]
    for child in modifiers:
        owner_phrase = child.dep == "nmod" and (not child.case or child.case in g.phrase_preps | g.office_preps)
        if not owner_phrase and child.dep != "amod":
            # 'soldiers of Tajikistan and Kyrgyzstan', and 'French and Egyptian warships' (adjectives).
            continue
        if not any(c.dep == "conj" for c in child.children):
            continue
        first = resolve_phrase(child, ctx)
        if first is None or first.kind != "country":
            continue
        role = actor.code[3:]
        if actor.code[:3] != first.code[:3]:
            # 'American, Japanese and Philippine warships': a list of adjectives the parser splits at its comma,
            # the actor's own country the first of them.
            listed = [c for c in head.children if c.dep in {"amod", "nmod", "compound"} and not c.case
                      and c.i < child.i and c.i in ctx.by_token
                      and ctx.by_token[c.i].entry.kind == "country"]  # fmt: skip
            if child.dep != "amod" or not listed or len(first.code) != 3:
                continue
            out.append(Actor(first.code + role, actor.text, "country", actor.head, actor.strong))
        for conjunct in child.conjuncts:
            other = resolve_phrase(conjunct, ctx)
            if other is not None and other.kind in {"country", "region"} and len(other.code) == 3:
                out.append(Actor(other.code + role, actor.text, "country", actor.head, actor.strong))
            elif other is not None and other.kind == "country":
                # 'hundreds of Kyrgyz and Tajik nationals', read as 'Kyrgyz' and 'Tajik nationals': a conjunct with
                # its own role word keeps it.
                out.append(Actor(other.code, actor.text, "country", actor.head, actor.strong))
            elif other is not None and other.kind == "igo":
                # 'delegations of Georgia and the European Union': the organisation's own, whatever the role word
                out.append(Actor(other.code, actor.text, "igo", actor.head, actor.strong))
    return out


PLACE_MODIFIERS = frozenset({"nmod", "compound", "amod"})
"""How a name hangs on a place or venue it names ('the SCO summit', 'the summit of the SCO', «саммит ШОС»)."""


def in_place_phrase(word: Word) -> bool:
    """Whether a name lies in a phrase of place or setting ('in Brussels', 'on the sidelines of the SCO summit',
    «на полях саммита ШОС»), itself or through 'of' phrases: a place or venue, not a party."""
    g = grammar_of(word)
    places = g.location_preps | g.setting_preps
    current = word
    while current.case not in places:
        if current.is_root or current.dep not in PLACE_MODIFIERS or current.case and current.case not in g.phrase_preps:
            return False
        current = current.head
    return True


def recent_parties(named: list[Actor]) -> list[Actor]:
    """The last (at most) two of the named parties that belong to different countries (or organisations)."""
    parties: list[Actor] = []
    for actor in named:
        parties = [p for p in parties if p.code[:3] != actor.code[:3]][-1:] + [actor]
    return parties


STATE_ROLES = frozenset({"", "GOV", "MIL", "COP", "LEG", "JUD", "SPY", "ELI", "BOR"})
"""Roles of a state's own institutions (and none): two of one country are one side of a dispute abroad."""


def party_code(code: str) -> str:
    """The party an actor code stands for in a dyad: its country ('RUSGOV' is Russia's), or the whole code of an
    actor with no country ('IGOUNO')."""
    return code if code.startswith(NON_STATE_PREFIXES) else code[:3]


def story_pairs(dyads: list[tuple[int, str, str]]) -> tuple[tuple[Actor, Actor], ...]:
    """The parties of the dyads among ``dyads`` (sentence index, source and target codes, in the order they were
    coded), either way round, those coded in the most sentences first; of equals, the first coded (a story's lead
    tells its dyad; a mediator or host met later with each side makes two dyads of one mention). Two actors of one
    country are two parties when one is no state institution ('SDNMIL' and 'SDNREB' in a civil war)."""
    counts: dict[tuple[str, str], int] = {}
    first: dict[tuple[str, str], int] = {}
    seen: set[tuple[int, tuple[str, str]]] = set()
    for order, (sentence, source, target) in enumerate(dyads):
        a, b = party_code(source), party_code(target)
        if a == b and ({source[3:6], target[3:6]} - STATE_ROLES):
            # ('COLGOV' and 'COLREB', a government and its rebels, are two sides; 'KAZGOV' acting on 'KAZ' is not)
            a, b = source, target
        if not a or not b or a == b:
            continue
        key = (min(a, b), max(a, b))
        first.setdefault(key, order)
        if (sentence, key) not in seen:
            # (a meeting is coded both ways, a list of targets once each: one sentence, one mention of the dyad)
            seen.add((sentence, key))
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts, key=lambda k: (-counts[k], first[k]))
    return tuple((_party(a), _party(b)) for a, b in ranked)


def _party(code: str) -> Actor:
    return Actor(code, code, "igo" if code.startswith("IGO") else "country", -1, True)


def _names_the_pair(head: Word) -> bool:
    """'the two countries', 'both leaders', 'the two men', 'обе стороны'."""
    g = grammar_of(head)
    if head.lemma in g.party_nouns and head.feat("Number") == "Plur" and head.pos == "NOUN":
        # «стороны подписали соглашение», 'the sides agreed': the parties, with nothing else to say whose (nor
        # 'all sides', more than two)
        return not any(c.dep in {"amod", "nmod", "nmod:poss", "compound"} or c.lower in g.multitude_words
                       for c in head.children)  # fmt: skip
    if head.lower in g.pair_words and head.pos == "NUM" and head.dep == "nsubj":
        # ('… and the two signed a protocol': the number alone, with its article, stands for the pair)
        return any(c.dep == "det" for c in head.children)
    if head.lemma not in g.pair_nouns and head.lower not in g.pair_nouns:
        return False
    marks = {"nummod", "nummod:gov", "det", "det:predet", "amod"}
    return any(c.lower in g.pair_words and c.dep in marks for c in head.children)


def _located(agent: Actor, head: Word, ctx: SentenceActors) -> list[Actor | None]:
    """'the military regimes in Burkina Faso, Mali and Niger': a role word placed in countries is theirs;
    'a spokesman for the Iranian Foreign Ministry': an office is the country's whose institution it serves."""
    g = grammar_of(head)
    for child in head.children:
        if child.dep == "nmod" and child.case in g.office_preps:
            owner = resolve_phrase(child, ctx)
            if owner is not None and owner.kind in {"country", "region"} and len(owner.code) >= 3:
                # The institution's own role wins ('head of the Duma's committee' is the legislature's).
                code = owner.code if len(owner.code) > 3 else owner.code + agent.code
                return [Actor(code, agent.text, "country", agent.head, agent.strong)]
    if head.lemma in g.mission_nouns or head.lower in g.mission_nouns:
        # 'the embassy in Moscow', «посольство в Москве»: a diplomatic mission is the sending state's, not its host's.
        return [agent]
    if agent.code == "MIL":
        # 'troops in Syria', 'forces near Ukraine' are often another state's: only their own adjective says.
        # (Police in a country are its own: 'police in Guinea'.)
        return [agent]
    places = g.place_preps | g.phrase_preps
    for child in head.children:
        if child.dep == "nmod" and child.case in places:
            countries = [resolve_phrase(t, ctx) for t in [child, *child.conjuncts]]
            located = [
                Actor(c.code[:3] + agent.code, agent.text, "country", agent.head, agent.strong)
                for c in countries
                if c is not None and c.kind in {"country", "region"} and len(c.code) == 3
            ]
            if located:
                return list(located)
    return [agent]
