"""Grammar words per language: the function words, auxiliaries and modality verbs the shared rules read.

They live in ``entente/data/<lang>/grammar.tsv`` (format in its header and docs/formats.md) so that the coder's
rules stay the same for every language: a rule asks ``grammar_of(word).future_aux``, never for English words.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from importlib import resources

from ..errors import DataFileError
from ..syntax import Word


@dataclass(frozen=True)
class Grammar:
    language: str
    negation_words: frozenset[str]
    negation_phrase_heads: frozenset[str]
    negative_determiners: frozenset[str]
    negative_subjects: frozenset[str]
    not_yet: frozenset[str]
    conditional_marks: frozenset[str]
    promise_conditions: frozenset[str]
    lasting_conditions: frozenset[str]
    """'keeps all options on the table until Maduro transfers power': a threat held until another party acts is
    aimed at that party."""
    speculative_aux: frozenset[str]
    ability_aux: frozenset[str]
    """'can withdraw': what an actor is able to do is no act; negated ('cannot accept') it still refuses."""
    future_aux: frozenset[str]
    obligation_aux: frozenset[str]
    obligation_heads: frozenset[str]
    intent_verbs: frozenset[str]
    committing_verbs: frozenset[str]
    accepting_verbs: frozenset[str]
    """Accepting a demand, peacekeepers or a ceasefire is the yielding act itself, not an intent to it."""
    scheduling_verbs: frozenset[str]
    """'Putin's visit to China is planned for late summer', «визит намечен на август»: an event noun whose own
    predicate is one of these is still to come, not done."""
    prediction_words: frozenset[str]
    perception_verbs: frozenset[str]
    """'sees itself as working with Russia', 'portrays Moscow as defending …': what follows the mark
    (``perception_marks``) is how someone sees an actor, not an act."""
    perception_marks: frozenset[str]
    intent_adjectives: frozenset[str]
    negating_verbs: frozenset[str]
    preventing_verbs: frozenset[str]
    preventing_marks: frozenset[str]
    negating_marks: frozenset[str]
    """'acted without informing Belgrade', 'instead of meeting the envoy': a clause under one of these subordinators
    was not done."""
    duration_preps: frozenset[str]
    """'has supported Ukraine since the first days of the war': an act in the present or present perfect that has
    gone on since a time is a standing state of affairs, not an act of the news."""
    mission_nouns: frozenset[str]
    """'the embassy in Moscow', «посольство в Москве»: a diplomatic mission or envoy placed in a country is another
    state's, never the host's."""
    reporting_verbs: frozenset[str]
    penalty_nouns: frozenset[str]
    """'America will have to pay a heavy price', «должны будут понести ответственность»: a price or consequences
    someone must bear, said by another, is a threat (130) to them, not a demand."""
    retaliation_verbs: frozenset[str]
    """'will retaliate', 'отомстит': retaliation announced by its own actor is a threat (130); done, it names no act."""
    response_verbs: frozenset[str]
    """'warned that Tehran would respond to any attack', «предупредил, что Москва ответит»: a response one's own side
    is warned to make is a threat (130), like retaliation; elsewhere ('will respond to the letter') no act."""
    impersonal_place_preps: frozenset[str]
    """'В Кремле заявили …': before a plural verb with no subject, the place of an institution speaks for it."""
    statement_verbs: frozenset[str]
    protester_nouns: frozenset[str]
    """'Protesters attacked the embassy': what a crowd does by force is a violent protest (145)."""
    accusing_statement_verbs: frozenset[str]
    """'The police alleged that agents of the Indian government were involved in homicides': a statement that
    alleges is an accusation (112) of the clause's subject, whatever the clause says it did."""
    """Verbs of plain statement ('said that …', 'заявил, что …'): a statement about another party is a 010 when
    what was said is no coded act."""
    site_preps: frozenset[str]
    """'protested outside the Turkish embassy', 'у посольства России': where a protest is held names whom it is
    aimed at when the place is another's institution."""
    judging_predicates: frozenset[str]
    """'said China's response was unwarranted', «заявил, что действия Минска неприемлемы»: a reported clause that
    judges its subject (or its subject's act) so is criticism of it (111), not a plain statement."""
    blaming_predicates: frozenset[str]
    """'said Kyiv was to blame', 'заявил, что Украина виновата': a statement that another party is at fault is an
    accusation (112), not a plain statement."""
    complement_marks: frozenset[str]
    correlative_pronouns: frozenset[str]
    """A pronoun that stands for a following clause ('сообщил о том, что …'): the clause is what was said."""
    alleging_verbs: frozenset[str]
    hedges: frozenset[str]
    unconfirmed_words: frozenset[str]
    """'according to unconfirmed reports', «по неподтверждённым данным»: a source the writer calls unconfirmed hedges
    what it reports, as ``hedges`` do."""
    commentator_nouns: frozenset[str]
    """'Analysts said Russian troops had used …', «эксперты считают, что …»: what commentators say was done is their
    reading, not a party's claim; it is not coded."""
    irrealis_nouns: frozenset[str]
    intent_nouns: frozenset[str]
    """'expressed readiness to resume dialogue with Pyongyang', «выразил готовность возобновить диалог»: the act an
    infinitive on one of these nouns names is an intent of the noun's owner, or of whoever expresses it."""
    rank_words: frozenset[str]
    """'the first country to recognise Kosovo': an infinitive on a noun ranked by one of these says what was done; on
    any other noun ('appealed for more troops to fight al Shabaab') it says what for, and is not coded."""
    dispute_verbs: frozenset[str]
    disputed_nouns: frozenset[str]
    denial_verbs: frozenset[str]
    phrase_preps: frozenset[str]
    content_nouns: frozenset[str]
    """'the suggestion of Russian control', 'reports of Iranian involvement': the phrase after such a noun says
    what is claimed, never who claims it, so it names no party of the act."""
    attributing_verbs: frozenset[str]
    """'an airstrike widely attributed to Israel': the one an act is laid at is its doer."""
    enacting_preps: frozenset[str]
    """'signed a decree on the recognition of …', 'подписал указ о признании …': a document a light verb enacts
    hands on the event its ``enacting_preps`` phrase names."""
    transfer_nouns: frozenset[str]
    """A territory passing to a state ('recognised Crimea's accession to Russia', 'признал присоединение Крыма к
    России'): the state it passes to, after ``transfer_preps`` or as agent, is the party; the territory is not."""
    transfer_preps: frozenset[str]
    taking_nouns: frozenset[str]
    """The ``transfer_nouns`` named from the taker's side ('Russia's annexation of Crimea', 'the Russian annexation'):
    their possessor or country adjective is the state that takes the territory."""
    counterpart_nouns: frozenset[str]
    """'Lavrov's Kazakh counterpart': the possessor of such a noun is the other party, not its country."""
    opposing_nouns: frozenset[str]
    """'a critic of Israel', «противник режима»: the 'of' phrase (a bare genitive in Russian) of such a noun names
    whom its referent opposes, not the referent."""
    office_preps: frozenset[str]
    """An office's holder takes the country of what the office is of or for ('a spokesman for the Iranian
    Foreign Ministry', 'the head of Russia's army')."""
    possessive_marks: frozenset[str]
    personal_pronouns: frozenset[str]
    collective_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    organisation_anaphors: frozenset[str]
    """'the bloc', 'the alliance', 'союз': with no name of their own, the organisation last named."""
    pair_words: frozenset[str]
    pair_nouns: frozenset[str]
    """'the two countries', 'both sides': a pair word on one of these nouns refers to the last two parties named."""
    party_nouns: frozenset[str]
    """«стороны подписали», 'the sides agreed': in the plural, with no modifier, the last two parties named."""
    multitude_words: frozenset[str]
    """'all sides', 'all parties', «все стороны»: more parties than the pair, so not the story's pair."""
    ethnic_words: frozenset[str]
    stateless_peoples: frozenset[str]
    """'Kurdish fighters', «курдские боевики»: a stateless people; its groups take no country from the sentence."""
    weapon_nouns: frozenset[str]
    """'Drones struck Port Sudan', «ракеты ударили по Харькову»: a weapon named with no country of its own says
    nothing of whose it is; it takes no country from the sentence (the one struck, or the speaker's)."""
    launching_verbs: frozenset[str]
    """'launched 100 drones at Kyiv', «запустила беспилотники по Киеву»: the weapon these verbs take as object is the
    means, not whom the attack is aimed at ('shot down Russian drones' still aims at them)."""
    possibility_verbs: frozenset[str]
    """'did not rule out that …', «не исключил, что …»: negated, these verbs allow for what their clause says, which
    is no act."""
    deed_nouns: frozenset[str]
    """'a move', 'a step', «шаг»: a noun standing for the act of the clause it is attached to ('…, a move condemned
    by rights groups': the condemnation is aimed at whoever made the move)."""
    anaphoric_determiners: frozenset[str]
    """'the move', 'this decision', «этот шаг»: determiners that make one of the ``deed_nouns`` an act told before,
    whose doer a later reaction is aimed at."""
    demonstratives: frozenset[str]
    """'these attacks', «эти атаки»: of the ``anaphoric_determiners``, those that point only to what was just told (a
    definite 'the strikes', or a bare Russian «высылку», may point back to the story's main act, told in its lead)."""
    articles: frozenset[str]
    """The language's articles ('the', 'a'). A language with none (``-``, Russian) names a thing told before with a
    bare noun: «Москва назвала высылку недружественным шагом» is 'the expulsion', read as after one of the
    ``anaphoric_determiners``."""
    agreement_nouns: frozenset[str]
    """'Turkey rejected the deal', «осудил это соглашение»: after one of the ``anaphoric_determiners``, the agreement
    signed in the sentence before, whose parties a reaction is aimed at."""
    aspect_verbs: frozenset[str]
    """'keep', 'continue', «продолжать»: verbs of carrying on or starting, whose complement is intended when they
    are ('vowed to keep attacking')."""
    foreigner_nouns: frozenset[str]
    """'migrants', 'asylum seekers', «мигранты»: people of no stated nationality who are foreigners where they are do
    not take the country of the sentence."""
    foreign_modifiers: frozenset[str]
    """'Western media', 'foreign journalists in Kyiv', «западные СМИ»: an agent they modify is of no country the
    sentence names, not even a place in its own phrase."""
    target_preps: frozenset[str]
    reason_preps: frozenset[str]
    """'criticised Russia for its war on Ukraine', «осудил власти Грузии за принятие закона»: what an act of
    disapproval, pressure or praise is for is its target only when no one else is."""
    leader_nouns: frozenset[str]
    """'the leader of an opposition party', «руководство церкви»: a role word for who leads takes the role of whom
    it leads."""
    inclusion_preps: frozenset[str]
    """'seven Latin American countries, including Argentina and Chile', «ряд стран, включая Аргентину»: a phrase
    that names no actor itself has the ones named after these words as its parties."""
    topic_verbs: frozenset[str]
    """'discussed the war in Ukraine with Macron', «обсудил с Макроном ситуацию на Украине»: what these verbs take
    as object is the topic of the talk; their partner is named only after a ``comitative_preps`` word."""
    visit_preps: frozenset[str]
    place_name_keywords: frozenset[str]
    """'seized Goma': the keywords a named town or region as object stands for ('city', «город»)."""
    person_name_keywords: frozenset[str]
    """'received Lukashenko': the keywords a named person as object stands for ('leader', «лидер»)."""
    media_name_keywords: frozenset[str]
    """'suspended the BBC': the keywords a named news outlet as object stands for ('broadcaster', «СМИ»)."""
    destination_preps: frozenset[str]
    """'deported 200 Venezuelans to El Salvador', «депортировала … в Узбекистан»: where people expelled are sent,
    not whom the expulsion is aimed at."""
    allegiance_words: frozenset[str]
    """'forces loyal to Haftar', «верные Хафтару силы»: a role word so described is of the leader's country."""
    reciprocal_pronouns: frozenset[str]
    """'opened fire on each other', «друг по другу»: an act aimed at the doers themselves, each at the other."""
    lasting_adverbs: frozenset[str]
    """'has long sought', «давно добивается»: an adverb that makes the verb a lasting stance, not an act."""
    former_words: frozenset[str]
    """'former prime minister Kallas', «бывший премьер-министр»: a title no longer held."""
    origin_verbs: frozenset[str]
    """'electric vehicles made in China', «товары, произведённые в Китае»: goods made in a country are its own."""
    lodging_preps: frozenset[str]
    """'filed a complaint with the WTO', «подал жалобу в ВТО»: where a complaint or case is lodged, its target only
    when no one else is named."""
    place_preps: frozenset[str]
    polity_nouns: frozenset[str]
    """'the elections in Belarus', «итоги выборов в Венесуэле»: a vote held in a country is that country's, so the place
    after ``place_preps`` is whom an act on it is aimed at."""
    surface_preps: frozenset[str]
    location_preps: frozenset[str]
    proximity_preps: frozenset[str]
    """'drills near Taiwan', 'учения у границ Литвы': close to a country, not in it."""
    direction_nouns: frozenset[str]
    """'drills to the north of Taiwan', 'к северу от Тайваня': a compass point names a place near the country
    after it (through ``direction_preps``), never a party of the act."""
    direction_preps: frozenset[str]
    reason_nouns: frozenset[str]
    """'в ответ на продажу оружия Тайваню', 'in retaliation for the raid': a phrase headed by one of these says why
    the act was done; it names no party of the act."""
    surrounding_verbs: frozenset[str]
    """Participles that place something around a country ('drills surrounding Taiwan')."""
    owning_verbs: frozenset[str]
    """A thing they describe is its owner's or its maker's ('a ship belonging to an Israeli company', «судно,
    принадлежащее израильскому бизнесмену», 'goods imported from China'): they are whom an act on it concerns."""
    cancelling_verbs: frozenset[str]
    """An event noun these cancel, put off or lift is not news of the act ('the meeting was cancelled', «встреча была
    отменена», 'sanctions on Belarus were lifted')."""
    stance_prefixes: frozenset[str]
    """Prefixes joined by a hyphen to a name that say where a group stands, not whose it is ('pro-EU protesters',
    'anti-Russian protesters')."""
    forum_nouns: frozenset[str]
    """Courts and tribunals: where a complaint or lawsuit is brought, not whom it is against, unless no one else is
    named ('filed a case against Russia with the UN's top court', «подала в Международный суд ООН иск против
    Азербайджана»)."""
    border_nouns: frozenset[str]
    """A border of one country 'with' another is where the two meet: the place of an act there is the other
    country ('massed troops on its border with Syria', «отвела войска от границы с Украиной»)."""
    attribution_words: frozenset[str]
    """Heads of a phrase that says who tells a clause ('according to Reuters sources', «по словам источников»,
    «по данным СМИ»): a plan told so by others is not its actor's expressed intent."""
    accompaniment_words: frozenset[str]
    """'along with', 'together with', 'alongside', «вместе с»: a named actor after these on a verb acts with the
    subject ('Merz visited Kyiv along with Macron')."""
    verifying_verbs: frozenset[str]
    """'could not be verified', 'did not confirm': what a report or claim says is not done when these are negated
    on it."""
    planning_words: frozenset[str]
    """Words of a plan or wish, not of a speech act ('intend', 'plan', «намерен»): only such a plan, or a future,
    told by others (``attribution_words``, a reporting verb of another) is not its actor's intent."""
    deliberation_verbs: frozenset[str]
    """'will consider inviting Yoon', «рассматривает возможность направить войска»: an act only weighed is neither
    done nor intended; no event."""
    object_control_verbs: frozenset[str]
    """'invited Tokayev to visit Moscow', «пригласил Токаева посетить Москву»: verbs whose object does what their
    complement says; the complement is no act of their subject, and the verb codes itself."""
    inverted_conditional_aux: frozenset[str]
    """An auxiliary before its subject that makes a clause a condition without 'if' ('Had Washington imposed
    tariffs, Mexico would have retaliated', 'Should talks fail …'); none in Russian."""
    protest_words: frozenset[str]
    """A protest act that names no one is aimed at what a phrase or clause of one of these words is against ('began a
    hunger strike in protest against Sweden's decision', 'blocked roads, protesting against Chile's pension reform',
    «объявили голодовку в знак протеста против решения Швеции»)."""
    owner_preps: frozenset[str]
    object_target_preps: frozenset[str]
    noun_target_preps: frozenset[str]
    agent_preps: frozenset[str]
    party_preps: frozenset[str]
    addressee_preps: frozenset[str]
    """For appeals and demands (02, 10), the prepositions that name whom they are made of."""
    opposing_preps: frozenset[str]
    topic_preps: frozenset[str]
    """'talks over Syria', 'позиции по Афганистану': for cooperative acts (03-09) the phrase is the topic."""
    recipient_preps: frozenset[str]
    """'complained to the UN over Israeli raids', 'пожаловался в ООН на …': whom a statement or complaint is made to;
    not its target when the complaint names whom it is about."""
    comitative_preps: frozenset[str]
    light_object_preps: frozenset[str]
    receiving_verbs: frozenset[str]
    """Verbs whose subject receives the act of their object noun ('received aid from the US')."""
    giver_preps: frozenset[str]
    """After a receiving verb or its noun, the preposition that names the giver ('from', 'от')."""
    setting_preps: frozenset[str]
    occasion_preps: frozenset[str]
    """'pledged aid during talks with Faye', «в ходе переговоров»: the occasion of an act, never what its keywords are
    matched on."""
    background_preps: frozenset[str]
    occurrence_verbs: frozenset[str]
    bidding_verbs: frozenset[str]
    """'encouraged Mexico to sever ties', 'призвал Армению отказаться': verbs whose object is asked or allowed to act;
    their complement is no act of their subject's, nor one the object is said to have done."""
    witness_verbs: frozenset[str]
    """'reported a Russian strike on Kharkiv', 'сообщило об обстреле …': verbs whose object is an event the sentence
    reports, coded with the noun's own actors only (the reporter is not the doer)."""
    relative_adverbs: frozenset[str]
    """'visited Moscow, where he held talks', 'посетил Москву, где провёл переговоры': a relative clause they open
    says what happened at the place; the place is not its subject."""
    sequence_preps: frozenset[str]
    """'После того как военные обстреляли позиции, Ереван обратился …': a clause after these (through a correlative
    pronoun) reports an act of its own, not part of the main verb's."""
    proxy_marks: frozenset[str]
    """'Russian-backed separatists': after a country and a hyphen, a word saying that country backs the group."""
    venue_nouns: frozenset[str]
    """'Palestine Square', 'улица Украины': a country in the name of one of these names no actor."""
    gathering_nouns: frozenset[str]
    """'invited Yoon to the G7 summit', «пригласил Токаева на саммит ШОС»: a gathering an actor is invited or
    brought to is where the act leads, not a party beside the actor named as its object."""
    decree_verbs: frozenset[str]
    """'announced/ordered the suspension of …', 'объявил о приостановке …': verbs whose action-noun object
    (nominalisations.tsv) is coded as that noun's verb."""
    decree_preps: frozenset[str]
    """'объявил о приостановке': the preposition a decree verb takes its action noun with."""
    background_marks: frozenset[str]
    """'Since Russia annexed Crimea, …', 'с тех пор как …': a clause they open refers to an earlier act."""
    background_adverbs: frozenset[str]
    """'which has long condemned', 'ранее обвинявший': a clause describing an actor by what it did before."""
    question_marks: frozenset[str]
    """'whether', «ли»: a clause they mark is an indirect question, no reported act."""
    person_roles: frozenset[str]
    """Offices held by one person: 'he' or 'его' may refer to 'Turkey's foreign minister' named by office alone."""
    resolving_verbs: frozenset[str]
    """'decided to expel two diplomats', 'решила выслать': a decision taken to reduce relations, reject or coerce is
    coded as that act, not as a plan or threat."""
    causing_verbs: frozenset[str]
    """'prompted Mexico to sever ties', 'вынудил Армению отказаться': verbs whose object is made to do, and does, the
    act of their complement."""
    symmetric_fighting: frozenset[str]
    reciprocal_verbs: frozenset[str]
    """'exchanged prisoners', 'обменялись пленными': two coordinated subjects act on each other, whatever the act."""
    departure_preps: frozenset[str]
    """'withdrew its troops from Georgia', 'вывела войска из Сирии': what a withdrawal leaves is its target."""
    membership_verbs: frozenset[str]
    """'was suspended from ECOWAS', 'исключена из Совета Европы': put out of an organisation, by that organisation."""
    state_verbs: frozenset[str]
    """'prisoners held by Israel', 'areas occupied by Russia', 'groups aligned with Haftar', «удерживаемых Россией»: a
    passive participle of one of these describes a standing state, no act of the sentence."""
    standing_verbs: frozenset[str]
    """'Only Turkey recognises the breakaway state', 'Turkey, which backs the Tripoli government, …', «Иран не признаёт
    власть талибов»: in the simple present, with no date of their own, these tell a standing relation (background),
    not an act of the news."""
    leaving_verbs: frozenset[str]
    """'Mali quit ECOWAS', 'вышла из ОДКБ': leaving an organisation named as the object or after a departure preposition
    reduces relations with it (160)."""
    noun_negators: frozenset[str]
    fraction_words: frozenset[str]
    helper_nouns: frozenset[str]
    """'with China's help': after a comitative preposition these name a helper of the act, not its party."""
    member_nouns: frozenset[str]
    """'member states of the CSTO': a phrase headed by one of these names members, not the organisation."""
    membership_including_verbs: frozenset[str]
    membership_joining_verbs: frozenset[str]
    membership_founding_verbs: frozenset[str]
    membership_nouns: frozenset[str]
    membership_preps: frozenset[str]
    """The words that state who belongs to an organisation (``entente.facts.memberships``): the objects of an including
    verb ('ORG includes A and B'), the subject of a joining verb ('A joined ORG'), the subject of a clause on a member
    noun ('A and B are members of ORG', after a membership preposition: «в состав ЕАЭС входят …»); a founding verb's
    day dates the members."""
    measure_nouns: frozenset[str]
    """'a package of sanctions', 'a series of attacks': after a light verb the event is the counted noun."""
    quantity_nouns: frozenset[str]
    """'40 тонн гуманитарной помощи', 'two shipments of medical supplies': units and lots whose counted noun is what a
    verb's keywords are matched on."""
    amount_preps: frozenset[str]
    """'$500 million in military aid', '120 million euros in humanitarian aid': after one of the quantity_nouns, the
    preposition that names what the amount is of; after a light verb the event is that noun."""
    stance_nouns: frozenset[str]
    """'expressed interest in cooperation with Kazakhstan', 'outrage at the Israeli strike', 'froze its membership
    in the CSTO': what a stance or a tie is towards, in the phrase that follows it, is what the act is aimed at."""
    stance_preps: frozenset[str]
    document_nouns: frozenset[str]
    """Texts an actor issues: 'a statement criticising Russia' is the issuer's criticism."""
    decision_nouns: frozenset[str]
    """'объявила о решении обратиться в ОДКБ': a decision with no owner named is the announcer's own; an infinitive on
    one of these nouns is the act decided, not a purpose ('its decision to expel ten diplomats', see ``rank_words``)."""
    deciding_verbs: frozenset[str]
    """'принял решение …', 'took the decision …': with the announcing and reporting verbs, the verbs whose subject owns
    an unowned decision."""
    time_marks: frozenset[str]
    dating_preps: frozenset[str]
    """A date after these on a noun is that noun's date, not the act's ('резолюция от 27 марта 2014 года', 'the
    accord of 2015')."""
    having_verbs: frozenset[str]
    """'have', «иметь»: a light verb for held events ('had talks'), but a deal one has ('have an extradition treaty')
    is a standing one, not a signing."""
    patient_nouns: frozenset[str]
    """«высылка посла Латвии», 'the expulsion of Latvia's ambassador': action nouns whose owner is whom the act is done
    to, never another actor doing it (an announced «вывод американских войск» is the Americans')."""
    span_adjectives: frozenset[str]
    """'in recent years', «в последние годы»: on a plural time noun of the act, a span of time, background."""
    rate_phrases: frozenset[str]
    """'a year', «в год»: an act in the simple present that goes at one of these rates is a standing flow, not news
    ('Turkmenistan supplies 35 billion cubic metres of gas a year to China')."""
    medium_nouns: frozenset[str]
    """'apologised in a phone call in December', «заявил в интервью 5 мая»: a date on the call, interview or meeting an
    act is done in dates the act (a date inside a phrase about anything else dates that thing)."""
    time_nouns: frozenset[str]
    time_part_nouns: frozenset[str]
    """'at the end of June 2024', «в конце июня 2024 года»: a part of a time named is that time, which dates the act."""
    date_words: frozenset[str]
    target_cases: frozenset[str] = frozenset()
    """UD Case values that mark a bare nominal as a target ('помочь Украине': Dat); none in English."""
    agent_cases: frozenset[str] = frozenset()
    """UD Case values of a passive agent without a preposition ('атакован Россией': Ins)."""


OPTIONAL = {"target_cases", "agent_cases"}


def parse_grammar(text: str, origin: str, language: str) -> Grammar:
    wanted = {f.name for f in fields(Grammar)} - {"language"}
    values: dict[str, frozenset[str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 2:
            raise DataFileError(origin, number, "expected a name and |-separated words")
        name = cols[0].strip()
        if name not in wanted:
            raise DataFileError(origin, number, f"unknown grammar set {name!r}; known: {', '.join(sorted(wanted))}")
        if name in values:
            raise DataFileError(origin, number, f"grammar set {name!r} is given twice; merge the two lines into one")
        words = cols[1].strip()
        values[name] = frozenset() if words == "-" else frozenset(w.strip().lower() for w in words.split("|") if w)
    missing = wanted - OPTIONAL - set(values)
    if missing:
        raise DataFileError(origin, 0, f"missing grammar sets: {', '.join(sorted(missing))}")
    return Grammar(language=language, **values)


@cache
def load_grammar(language: str = "en") -> Grammar:
    """The grammar words of a language; immutable reference data, loaded once."""
    path = resources.files("entente").joinpath("data", language, "grammar.tsv")
    if not path.is_file():
        raise DataFileError(f"entente/data/{language}/grammar.tsv", 0, f"no grammar words for language {language!r}")
    return parse_grammar(path.read_text(encoding="utf-8"), f"entente/data/{language}/grammar.tsv", language)


def grammar_of(word: Word) -> Grammar:
    """The grammar of the language a parsed word is in."""
    return load_grammar(word.sentence.language)
