"""The CAMEO event codebook: names, Goldstein scores, QuadClass and the PLOVER category of each code."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from ..errors import DataFileError


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int


@dataclass(frozen=True)
class Codebook:
    codes: dict[str, CameoCode]
    plover: dict[str, str]
    domestic: dict[str, frozenset[str]] = field(default_factory=dict)
    """Code prefix -> agent codes of sources that may do it within their own country (domestic_codes.tsv)."""

    def domestic_sources(self, code: str) -> frozenset[str]:
        """Agent codes whose holders may do this act with no other party: their own country is the target."""
        for n in range(len(code), 1, -1):
            if code[:n] in self.domestic:
                return self.domestic[code[:n]]
        return frozenset()

    def get(self, code: str) -> CameoCode:
        """The entry for a code; an unlisted sub-code falls back to its nearest listed parent."""
        for n in range(len(code), 1, -1):
            if code[:n] in self.codes:
                found = self.codes[code[:n]]
                return found if n == len(code) else CameoCode(code, found.name, found.goldstein, found.quad_class)
        raise KeyError(f"{code!r} is not a CAMEO event code; see entente/data/cameo_codes.tsv")

    def __contains__(self, code: str) -> bool:
        return any(code[:n] in self.codes for n in range(len(code), 1, -1))

    def plover_of(self, code: str) -> str | None:
        for n in range(len(code), 1, -1):
            if code[:n] in self.plover:
                return self.plover[code[:n]]
        return None


@cache
def load_codebook() -> Codebook:
    """The codebook is immutable reference data, so one parsed copy is shared."""
    codes: dict[str, CameoCode] = {}
    text = resources.files("entente").joinpath("data", "cameo_codes.tsv").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines()[1:], 2):
        cols = line.split("\t")
        if len(cols) != 4:
            raise DataFileError("entente/data/cameo_codes.tsv", number, "expected code, name, goldstein, quad_class")
        codes[cols[0]] = CameoCode(cols[0], cols[1], float(cols[2]), int(cols[3]))
    plover: dict[str, str] = {}
    text = resources.files("entente").joinpath("data", "cameo_plover.tsv").read_text(encoding="utf-8")
    for line in text.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) >= 2 and cols[1]:
            plover[cols[0]] = cols[1]
    domestic: dict[str, frozenset[str]] = {}
    origin = "entente/data/domestic_codes.tsv"
    text = resources.files("entente").joinpath("data", "domestic_codes.tsv").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 2 or not cols[0].isdigit() or cols[0] not in codes:
            raise DataFileError(origin, number, "expected a CAMEO code prefix and |-separated agent codes")
        domestic[cols[0]] = frozenset(a.strip() for a in cols[1].split("|") if a.strip())
    return Codebook(codes, plover, domestic)
