"""Propose rows for data/en/lemmas.tsv: inflected forms of the verbs Entente relies on that the English parser
lemmatises wrongly ('hopes' -> 'hop').

Every verb of the verb lexicon, the light-verb table and the grammar's verb lists is inflected by rule (-s, -ed,
-ing, with the usual spelling changes), each form is parsed in a plain sentence, and a form whose lemma is not
the verb (and is not already corrected) is printed as a row to review. A rule-made form that English does not
have ('hopeing') is skipped when the parser does not read it as a verb.

Usage: python scripts/check_lemmas.py > /tmp/lemma-rows.tsv
"""

from __future__ import annotations

from entente.events import build_coder
from entente.events.grammar import load_grammar
from entente.events.lexicon import load_lexicon
from entente.syntax.english import lemma_corrections

VOWELS = set("aeiou")


def inflections(verb: str) -> set[str]:
    forms = set()
    if verb.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(verb + "es")
    elif verb.endswith("y") and verb[-2:-1] not in VOWELS:
        forms.add(verb[:-1] + "ies")
    else:
        forms.add(verb + "s")
    if verb.endswith("e"):
        forms |= {verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in VOWELS:
        forms |= {verb[:-1] + "ied", verb + "ing"}
    else:
        forms |= {verb + "ed", verb + "ing"}
        # A final consonant doubles after one short vowel in a stressed last syllable: monosyllables ('cut',
        # 'hit') and the usual stressed endings ('admit', 'compel', 'control', 'occur').
        syllables = sum(1 for a, b in zip(" " + verb, verb, strict=False) if b in VOWELS and a not in VOWELS)
        stressed = syllables == 1 or verb.endswith(("mit", "pel", "trol", "cur", "fer", "bid", "gret"))
        if stressed and verb[-1] not in VOWELS | {"w", "x", "y"} and verb[-2] in VOWELS and verb[-3:-2] not in VOWELS:
            forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


def main() -> None:
    grammar = load_grammar("en")
    lexicon = load_lexicon(language="en")
    parser = build_coder(language="en").parser
    verbs = {v for v in lexicon.verbs if " " not in v} | set(lexicon.light_verbs)
    for name in (
        "intent_verbs",
        "committing_verbs",
        "reporting_verbs",
        "alleging_verbs",
        "negating_verbs",
        "preventing_verbs",
        "dispute_verbs",
        "denial_verbs",
        "occurrence_verbs",
        "receiving_verbs",
    ):
        verbs |= {v for v in getattr(grammar, name) if " " not in v}
    known = set(lemma_corrections())
    for verb in sorted(verbs):
        for form in sorted(inflections(verb)):
            if form in known:
                continue
            subject = "She" if form.endswith("s") else "They"
            words = list(next(parser.parse([f"{subject} {form} it."])))
            word = words[1]
            if word.pos in {"VERB", "AUX"} and word.lemma != verb:
                print(f"{form}\t{verb}\t# parser said {word.lemma}")


if __name__ == "__main__":
    main()
