"""Boilerplate rules: a data file of phrase patterns, loaded and validated once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from ..errors import DataFileError

RuleKind = Literal["drop", "cut"]


@dataclass(frozen=True)
class BoilerplateRule:
    kind: RuleKind
    label: str
    pattern: re.Pattern[str]
    origin: str
    """``file:line`` the rule was read from."""


@dataclass(frozen=True)
class BoilerplateRules:
    rules: tuple[BoilerplateRule, ...]

    def match(self, line: str) -> BoilerplateRule | None:
        stripped = line.strip()
        for rule in self.rules:
            if rule.pattern.search(stripped):
                return rule
        return None

    def __add__(self, other: BoilerplateRules) -> BoilerplateRules:
        return BoilerplateRules(self.rules + other.rules)


def parse_rules(text: str, origin: str) -> BoilerplateRules:
    rules = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3:
            raise DataFileError(
                origin, number, f"expected 3 tab-separated fields (kind, label, regex), got {len(fields)}"
            )
        kind, label, regex = (f.strip() for f in fields)
        if kind not in ("drop", "cut"):
            raise DataFileError(origin, number, f"unknown kind {kind!r}; use 'drop' or 'cut'")
        try:
            pattern = re.compile(regex, re.IGNORECASE)
        except re.error as exc:
            raise DataFileError(origin, number, f"bad regular expression: {exc}") from exc
        rules.append(BoilerplateRule(kind, label, pattern, f"{origin}:{number}"))  # type: ignore[arg-type]
    return BoilerplateRules(tuple(rules))


def load_rules(extra: list[Path] | None = None) -> BoilerplateRules:
    """The built-in rules, followed by any user rule files."""
    builtin = resources.files("entente") / "data" / "boilerplate.tsv"
    rules = parse_rules(builtin.read_text(encoding="utf-8"), "entente/data/boilerplate.tsv")
    for path in extra or []:
        rules = rules + parse_rules(Path(path).read_text(encoding="utf-8"), str(path))
    return rules
