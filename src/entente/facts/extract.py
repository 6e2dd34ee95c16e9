"""Facts: each quantity in a sentence tied to the actor it describes and the thing it measures."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..events.arguments import Actor, SentenceActors, resolve_phrase
from ..syntax import Sentence as Parsed
from ..syntax import Word
from .quantities import find_quantities


@dataclass(frozen=True)
class Fact:
    fact_id: str
    doc_id: str
    sent_idx: int
    subject: str | None
    quantity: float
    unit: str
    qualifier: str | None
    topic: str
    text: str
    sentence: str


def _token_at(doc: Parsed, char: int) -> Word | None:
    for token in doc:
        if token.idx <= char < token.idx + len(token.text):
            return token
    return None


def _head_noun(token: Word) -> Word:
    """The noun a number belongs to ('35 percent' -> percent; '$2 billion loan' -> loan)."""
    current = token
    for _ in range(4):
        if current.pos in {"NOUN", "PROPN"} and current.dep not in {"compound", "nummod", "advmod", "obl:npmod"}:
            return current
        if current.head.i == current.i:
            return current
        current = current.head
    return current


def _topic(head: Word) -> tuple[str, Word | None]:
    """What the quantity measures: the 'of' phrase of a share, else the noun phrase itself."""
    for child in head.children:
        if child.dep == "nmod" and child.case == "of":
            phrase = [t for t in child.subtree if not (t.dep == "case" and t.head is child)]
            return _as_written(phrase), child
    return _as_written(list(head.subtree)), head


def _as_written(words: list[Word]) -> str:
    """The words with the spacing of the text ("Kazakhstan's population", "$7 billion"), not one space
    between every two tokens ("Kazakhstan 's population")."""
    ordered = sorted(words, key=lambda t: t.i)
    return "".join(t.text + (t.ws if t is not ordered[-1] else "") for t in ordered).strip()


def _possessor(token: Word | None, ctx: SentenceActors) -> Actor | None:
    if token is None:
        return None
    for child in token.subtree:
        if child.dep == "nmod:poss" and child.lower in {"its", "their"}:
            # 'Kazakhstan's GDP and 75 percent of its exports': the nearest actor named before the pronoun.
            before = [m for m in ctx.mentions if m.end <= child.i and m.entry.kind in {"country", "igo", "group"}]
            if before:
                return Actor(before[-1].entry.code_on(ctx.when), before[-1].text, before[-1].entry.kind, child.i)
        if child.dep == "nmod:poss" or (child.i in ctx.by_token and child.dep in {"compound", "amod", "nmod", "obl"}):
            actor = resolve_phrase(child, ctx)
            if actor is not None:
                return actor
    return None


def _clause_subject(token: Word, ctx: SentenceActors, quantity_tokens: set[int]) -> Actor | None:
    current = token
    for _ in range(8):
        if current.pos in {"VERB", "AUX"} or any(c.dep == "cop" for c in current.children):
            for child in current.children:
                if child.dep in {"nsubj", "nsubj:pass"} and child.i not in quantity_tokens:
                    actor = resolve_phrase(child, ctx)
                    if actor is not None and actor.kind != "pronoun" and actor.strong and not actor.needs_country:
                        return actor
        if current.head.i == current.i or current.dep == "ccomp":
            # The speaker of reported speech is not what the number is about.
            break
        current = current.head
    return None


def extract_facts(doc_id: str, sent_idx: int, sentence: str, parsed: Parsed, ctx: SentenceActors) -> list[Fact]:
    """Facts of one parsed sentence whose actors are already known."""
    facts = []
    try:
        quantities = find_quantities(sentence)
    except Exception:  # noqa: BLE001 - a number the parser chokes on must not cost the sentence its events
        quantities = []
    for quantity in quantities:
        token = _token_at(parsed, quantity.start)
        subject: Actor | None = None
        topic = quantity.surface
        if token is not None:
            head = _head_noun(token)
            topic, topic_token = _topic(head)
            quantity_tokens = {t.i for t in head.subtree}
            subject = _clause_subject(head, ctx, quantity_tokens) or _possessor(topic_token, ctx)
        if subject is None:
            subject = ctx.last_collective
        code = subject.code if subject is not None else None
        key = f"{doc_id}|{sent_idx}|{quantity.start}|{quantity.value}|{quantity.unit}"
        facts.append(Fact(
            fact_id=hashlib.sha1(key.encode()).hexdigest()[:16], doc_id=doc_id, sent_idx=sent_idx, subject=code,
            quantity=quantity.value, unit=quantity.unit, qualifier=quantity.qualifier, topic=topic,
            text=quantity.surface, sentence=sentence,
        ))  # fmt: skip
    return facts
