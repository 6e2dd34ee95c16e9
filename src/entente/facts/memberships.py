"""Memberships: which states belong to which organisation, since when — as stated in the text and in a registry.

Text patterns are read from the dependency parse of sentences that name an organisation, with the words of the
document's language (``membership_*`` in ``data/<lang>/grammar.tsv``): "ORG, which (also) includes A, B and C",
"ORG comprises/consists of …", "A and B are members of ORG", «членами которого являются A и B», "A joined ORG in
2015", "A and B, members of ORG", "ORG includes all the EAEU member states as well as Tajikistan", and a founding
date ("ORG was established/launched on January 1, 2015") becomes the members' date. The registry
(``data/memberships.tsv``) confirms them and fills in the members the text takes as known.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources

from ..actors.matcher import Mention
from ..errors import DataFileError
from ..events.grammar import Grammar
from ..syntax import Sentence as Parsed
from ..syntax import Word
from ..timing import find_dates


@dataclass(frozen=True)
class Membership:
    doc_id: str
    sent_idx: int | None
    org: str
    org_code: str
    member: str
    since: str | None
    until: str | None
    origin: str
    """'text', 'registry' or 'text+registry'."""
    sentence: str | None
    """The sentence that states the membership; None for a row only the registry gives (the document
    names the organisation, but no sentence of it says who the members are)."""


@dataclass(frozen=True)
class RegistryRow:
    org_code: str
    member: str
    since: date | None
    until: date | None


@dataclass
class MembershipRegistry:
    rows: list[RegistryRow] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)

    def members(self, org_code: str, on: date | None = None) -> list[RegistryRow]:
        return [r for r in self.rows if r.org_code == org_code and (on is None or _member_on(r, on))]

    def name(self, org_code: str) -> str:
        return self.names.get(org_code, org_code)


def _member_on(row: RegistryRow, on: date) -> bool:
    return (row.since is None or row.since <= on) and (row.until is None or on <= row.until)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def display_name(names: list[str]) -> str:
    """An organisation's name for a reader: its spelled-out name with its acronym, 'Eurasian Economic Union
    (EAEU)', «Организация Договора о коллективной безопасности (ОДКБ)»; the first name where it has no
    spelled-out name or no acronym."""
    spelled = next((n for n in names if " " in n and n[:1].isupper()), None)
    acronym = next((n for n in names if len(n) > 1 and n.isalpha() and n.isupper()), None)
    if spelled and acronym:
        return f"{spelled} ({acronym})"
    return names[0]


def load_registry(language: str = "en") -> MembershipRegistry:
    """The registry, with organisations named in ``language`` (their English names where that language's
    file does not list them)."""
    registry = MembershipRegistry()
    data = resources.files("entente").joinpath("data")
    origin = "entente/data/memberships.tsv"
    for number, line in enumerate(data.joinpath("memberships.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.rstrip("\n").split("\t") + ["", "", ""])[:5]
        org, member, since, until = (c.strip() for c in cols[:4])
        try:
            registry.rows.append(RegistryRow(org, member, date.fromisoformat(since) if since else None,
                                             date.fromisoformat(until) if until else None))  # fmt: skip
        except ValueError as exc:
            raise DataFileError(origin, number, f"bad date: {exc}") from exc
    for lang in dict.fromkeys(["en", language]):
        path = data.joinpath(lang, "actors", "organisations.tsv")
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("IGO"):
                code, names = line.split("\t", 1)
                registry.names[code] = display_name([n.strip() for n in names.split("|") if n.strip()])
    return registry


def _org_mentions(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.entry.kind == "igo"]


def _country_mentions(tokens: list[Word], by_token: dict[int, Mention]) -> list[str]:
    codes: list[str] = []
    for token in tokens:
        mention = by_token.get(token.i)
        if mention is not None and mention.entry.kind == "country":
            code = mention.entry.code_on(None)[:3]
            if code not in codes:
                codes.append(code)
    return codes


def _conjoined(token: Word) -> list[Word]:
    return [token, *token.conjuncts]


def extract_memberships(
    doc_id: str,
    sent_idx: int,
    sentence: str,
    parsed: Parsed,
    mentions: list[Mention],
    registry: MembershipRegistry,
    known: dict[str, set[str]],
    grammar: Grammar,
) -> list[Membership]:
    """Memberships stated in one sentence; ``known`` holds the members already read for each org."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    orgs = _org_mentions(mentions)
    if not orgs:
        return []
    found: dict[str, set[str]] = {}
    founding: dict[str, str] = {}
    stating = grammar.membership_including_verbs | grammar.membership_joining_verbs | grammar.membership_founding_verbs
    verbs = [t for t in parsed if t.lemma in stating]
    for org in orgs:
        code = org.entry.code_on(None)
        head = _org_head(parsed, org)
        members: set[str] = set()
        for verb in verbs:
            lemma = verb.lemma
            attached = _attached(verb, head)
            if lemma in grammar.membership_including_verbs and attached:
                objects = [t for c in verb.children if c.dep in {"obj", "obl", "nmod"} for t in c.subtree]
                members.update(_country_mentions(objects, by_token))
                if any(t.lemma in grammar.membership_nouns for t in objects):
                    # 'all the EAEU member states as well as Tajikistan'
                    for other in orgs:
                        other_code = other.entry.code_on(None)
                        if other_code != code and any(t.i in range(other.start, other.end) for t in objects):
                            members.update(known.get(other_code, set()))
                if verb.dep == "acl:relcl" or any(t.lower == "also" for t in verb.children):
                    # 'The EAEU, which also includes Armenia …': the members already named count too.
                    members.update(known.get(code, set()))
            elif lemma in grammar.membership_joining_verbs and _joined(verb, head, grammar):
                subjects = [t for c in verb.children if c.dep in {"nsubj", "nsubj:pass"} for t in c.subtree]
                members.update(_country_mentions(subjects, by_token))
            elif lemma in grammar.membership_founding_verbs and attached:
                dates = [d for d in find_dates(sentence) if d.precision == "day"]
                if dates:
                    founding[code] = dates[0].value
        if not members:
            for token in parsed:
                if token.lemma in grammar.membership_nouns:
                    members.update(_country_mentions(_named_members(token, head, org, grammar), by_token))
        if members or code in founding:
            found.setdefault(code, set()).update(members)
    out = []
    for code, members in found.items():
        known.setdefault(code, set()).update(members)
        for member in sorted(members | (known.get(code, set()) if code in founding else set())):
            out.append(Membership(doc_id, sent_idx, registry.name(code), code, member, founding.get(code), None,
                                  "text", sentence))  # fmt: skip
    return out


def _org_head(parsed: Parsed, org: Mention) -> Word:
    """The word of the organisation's name that the rest of the sentence hangs on ('союза' in «Евразийского
    союза», 'Union' in 'the Eurasian Economic Union')."""
    span = range(org.start, org.end)
    return next((t for t in parsed[org.start:org.end] if t.head.i not in span or t.head is t), parsed[org.end - 1])


def _named_members(noun: Word, org_head: Word, org: Mention, grammar: Grammar) -> list[Word]:
    """The words naming the members of the organisation where a member noun states them, or none.

    'Russia and Belarus are members of the EAEU', 'became members of …', «в состав ЕАЭС входят Россия …»: the subject
    of the noun's clause. «союза, членами которого являются Россия и Белоруссия», 'of which … are members': the same,
    the clause relative to the organisation. 'Tajikistan and Kyrgyzstan, members of the CSTO': the phrase the noun
    is in apposition to."""
    # the organisation is the noun's own complement ('members of ORG', 'ORG member states'), not a phrase
    # further down ('participants of the ORG summit')
    names_org = org_head.head.i in {noun.i, noun.head.i} and org_head.i in {t.i for t in noun.head.subtree} and not any(
        t.lemma in grammar.relative_pronouns for t in noun.subtree
    )
    holder = noun if any(c.dep == "nsubj" for c in noun.children) else noun.head
    relative = (
        holder.dep == "acl:relcl"
        and holder.head is org_head
        and any(t.lemma in grammar.relative_pronouns for t in noun.subtree)
    )
    stating = noun.dep == "xcomp" or noun.dep == "obl" and any(
        c.dep == "case" and c.lemma in grammar.membership_preps for c in noun.children
    )
    if relative or names_org and (holder is noun or stating):
        return [t for c in holder.children if c.dep == "nsubj" for t in c.subtree]
    if names_org and (noun.dep == "appos" or noun.dep == "conj" and not any(c.dep == "cc" for c in noun.children)):
        # 'A and B, members of ORG': the phrase it stands beside, without the noun's own phrase.
        own = {t.i for t in noun.subtree}
        return [t for t in noun.head.subtree if t.i not in own]
    return []


def _attached(verb: Word, org_head: Word) -> bool:
    """Whether the organisation is the verb's subject (or the noun its relative clause modifies)."""
    if verb.dep == "acl:relcl" and org_head in (verb.head, *verb.head.subtree) and verb.head.i >= org_head.i - 6:
        return True
    return any(child.dep in {"nsubj", "nsubj:pass"} and org_head in child.subtree for child in verb.children)


def _joined(verb: Word, org_head: Word, grammar: Grammar) -> bool:
    """Whether the organisation is what the verb joins: its own object or oblique ('joined NATO', «вступила в
    ЕАЭС»), or that of a member noun ('joined the ranks of NATO'); never a phrase further down ('entered talks
    with the EU')."""
    if org_head.head is verb and org_head.dep in {"obj", "obl", "nmod"}:
        return True
    above = org_head.head
    return above.head is verb and above.lemma in grammar.membership_nouns


def registry_memberships(
    doc_id: str, org_code: str, first_sentence: tuple[int, str], registry: MembershipRegistry,
    stated: dict[str, Membership], on: date | None = None,
) -> list[Membership]:  # fmt: skip
    """Members of an organisation the document names, from the registry as of the document's date,
    marked where the text agrees; members only the text names are kept too.

    A member only the registry gives has no evidence sentence: the sentence that names the organisation
    does not say who belongs to it, and showing it as evidence would mislead."""
    out = []
    for row in registry.members(org_code, on):
        if row.member in stated:
            m = stated[row.member]
            since = m.since or _iso(row.since)
            out.append(replace(m, since=since, until=_iso(row.until), origin="text+registry"))
        else:
            name = registry.name(org_code)
            out.append(Membership(doc_id, first_sentence[0], name, org_code, row.member, _iso(row.since),
                                  _iso(row.until), "registry", None))  # fmt: skip
    listed = {row.member for row in registry.members(org_code, on)}
    out.extend(m for member, m in stated.items() if member not in listed)
    return out
