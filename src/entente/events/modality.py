"""Truthfulness of a predicate: negated, hypothetical, intended, demanded or reported as an allegation.

Each function reads the dependency parse around a verb or noun token and returns a plain answer; the coder
decides what to code from them. The word lists are grammar, not domain knowledge, so they live here.
"""

from __future__ import annotations

from ..syntax import Word

CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
SPECULATIVE_AUX = {"could", "might", "may"}
FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}
OBLIGATION_AUX = {"must", "should"}
INTENT_VERBS = {"plan", "intend", "want", "hope", "aim", "prepare", "expect", "wish", "mean", "threaten", "vow",
                "pledge", "promise", "seek", "try", "attempt", "propose", "consider", "mull", "weigh"}  # fmt: skip
# Verbs by which the speaker commits to an act: a coercive act so announced is a threat, not a plan.
COMMITTING_VERBS = {"threaten", "vow", "pledge", "promise", "swear", "warn"}
# 'is likely to attack', 'is expected to retaliate', 'is set to invade': a forecast, not an act.
PREDICTION_WORDS = {"likely", "unlikely", "expect", "expected", "possible", "probable", "predict", "forecast",
                    "anticipate", "bound", "due", "liable", "able", "unable", "poised", "set"}  # fmt: skip
INTENT_ADJECTIVES = {"ready", "willing", "prepared", "set", "determined", "poised", "eager"}
NEGATING_VERBS = {"fail", "refrain", "decline", "cease", "stop"}
PREVENTING_VERBS = {"prevent", "stop", "bar", "keep", "block", "ban", "cease", "refrain", "prohibit", "deter"}
REPORTING_VERBS = {
    "say", "tell", "announce", "state", "declare", "claim", "report", "add", "note", "confirm", "insist",
    "stress", "emphasize", "emphasise", "allege", "argue", "assert", "contend", "suggest", "write", "quote",
    "indicate", "reveal", "acknowledge", "admit", "explain", "believe", "think", "according", "reiterate",
    "repeat", "conclude", "maintain", "affirm", "reaffirm", "warn", "predict", "signal", "agree",
}  # fmt: skip
ALLEGING_VERBS = {
    "claim",
    "allege",
    "declare",
    "assert",
    "contend",
    "suggest",
    "speculate",
    "rumor",
    "rumour",
    "charge",
}
DISPUTE_VERBS = {"reject", "deny", "dismiss", "refute", "rebut", "debunk"}
DISPUTED_NOUNS = {"allegation", "claim", "accusation", "report", "charge", "rumor", "rumour", "assertion"}
CLAUSE_LINKS = {"xcomp", "ccomp", "conj", "advcl", "acl:relcl", "acl", "csubj"}


def _lower_lemma(token: Word) -> str:
    return token.lemma


def is_negated(verb: Word) -> bool:
    """'did not sign', 'has never recognized', 'no official has expressed', 'failed to reach'."""
    for child in verb.children:
        if "Polarity=Neg" in child.morph or child.lower in {"never", "not", "n't", "n’t", "no longer"}:
            return True
        if child.lower in {"longer", "more"} and any(g.lower == "no" for g in child.children):
            # 'no longer sanctions', 'no more attacks'
            return True
        if child.dep in {"nsubj", "nsubj:pass"} and _negative_subject(child):
            return True
    head = verb.head
    if verb.dep == "xcomp" and not verb.is_root and _lower_lemma(head) in NEGATING_VERBS:
        return True
    if verb.dep == "xcomp" and head.lemma in {"have", "be"} and any(c.lower == "yet" for c in head.children):
        # 'has yet to accuse', 'is yet to respond': not done.
        return True
    if verb.dep == "advcl" and verb.mark == "from" and _lower_lemma(head) in PREVENTING_VERBS:
        # 'stopped X from signing' is not a signing; 'didn't stop X from signing' is.
        return not is_negated(head)
    return False


def _negative_subject(subject: Word) -> bool:
    if subject.lower in {"nobody", "none", "nothing", "neither"}:
        return True
    return any(t.lower in {"no", "not", "neither"} for t in subject.subtree if t.i <= subject.i)


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
    for link in clause_chain(token):
        for child in link.children:
            if child.dep == "mark" and child.lower in CONDITIONAL_MARKS:
                return True
            if child.dep == "aux" and child.lower in SPECULATIVE_AUX:
                return True
        if link.dep in {"ccomp", "acl:relcl"}:
            # A reported or relative clause ends the reach of the outer clause's modality.
            break
    return False


def is_predicted(verb: Word) -> bool:
    """'X is likely to attack', 'X is expected to retaliate', 'an attack is likely': an assessment."""
    for link in clause_chain(verb):
        head = link.head
        if (
            link.dep == "xcomp"
            and not link.is_root
            and (_lower_lemma(head) in PREDICTION_WORDS or head.lower in PREDICTION_WORDS)
        ):
            return True
        if link.dep in {"ccomp", "acl:relcl"}:
            break
    return False


def commits_to(verb: Word) -> bool:
    """'vowed to retaliate', 'threatened to cut off gas': the subject commits to the act."""
    current = verb
    while current.dep in {"xcomp", "conj"} and not current.is_root:
        if _lower_lemma(current.head) in COMMITTING_VERBS:
            return True
        current = current.head
    return False


def is_future(verb: Word) -> bool:
    return any(c.dep == "aux" and c.lower in FUTURE_AUX | {"going"} for c in verb.children)


def is_conditional_main_clause(verb: Word) -> bool:
    """'X will withdraw unless Y …': the act is promised on a condition, i.e. a threat or offer."""
    return any(
        child.dep == "advcl" and any(m.dep == "mark" and m.lower in {"if", "unless"} for m in child.children)
        for child in verb.children
    )


def is_intended(verb: Word) -> bool:
    """Future or planned rather than done: 'will support', 'plans to impose', 'is ready to host'."""
    if any(c.dep == "aux" and c.lower in FUTURE_AUX for c in verb.children):
        return True
    if any(c.dep == "aux" and c.lower == "going" for c in verb.children):
        return True
    head = verb.head
    if verb.dep == "xcomp" and not verb.is_root:
        if _lower_lemma(head) in INTENT_VERBS or head.lower in INTENT_ADJECTIVES:
            return True
        return is_intended(head) if head.dep == "xcomp" else False
    return False


def is_obligation(verb: Word) -> bool:
    """'X must withdraw', 'Y should lift': in reported speech, a demand by the speaker."""
    if any(c.dep == "aux" and c.lower in OBLIGATION_AUX for c in verb.children):
        return True
    return any(c.dep == "aux" and c.lower == "to" for c in verb.children) and _lower_lemma(verb.head) in {
        "have",
        "need",
    }


def reporting_head(verb: Word) -> Word | None:
    """The reporting verb whose clausal complement holds ``verb`` ('media claim that X did Y' -> claim)."""
    current = verb
    while current.dep in {"conj", "xcomp"} and current.head.i != current.i:
        current = current.head
    if current.dep == "ccomp" and _lower_lemma(current.head) in REPORTING_VERBS:
        return current.head
    marked = any(c.dep == "mark" and c.lower == "that" for c in current.children)
    if current.dep in {"acl", "advcl"} and marked and _lower_lemma(current.head) in REPORTING_VERBS:
        # The small parser sometimes hangs a 'that'-clause as acl; it is still what was said.
        return current.head
    return None


def claimed_by_subject(verb: Word) -> bool:
    """'Pakistan claims to have shot down …', 'X purportedly attacked': the act rests on a claim."""
    current = verb
    while current.dep in {"xcomp", "conj"} and not current.is_root:
        if _lower_lemma(current.head) in ALLEGING_VERBS:
            return True
        current = current.head
    return any(c.lower in {"allegedly", "reportedly", "purportedly", "supposedly"} for c in verb.children)


def is_alleging(reporting: Word) -> bool:
    return _lower_lemma(reporting) in ALLEGING_VERBS


def disputes_allegation(sentence_tokens: list[Word]) -> bool:
    """'Kazakhstan formally rejects these allegations': a later sentence disputes what was reported."""
    lemmas = {t.lemma for t in sentence_tokens}
    verbs = {t.lemma for t in sentence_tokens if t.pos == "VERB"}
    # 'X rejects these allegations', or a denial stated outright ('India denies losing any aircraft').
    return bool(lemmas & DISPUTE_VERBS) and bool(lemmas & DISPUTED_NOUNS) or bool(verbs & {"deny", "refute"})
