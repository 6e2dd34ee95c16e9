"""The few exceptions Entente raises; each message names the input and the next step."""

from __future__ import annotations


class EntenteError(Exception):
    """Base class: every error the user can act on."""


class InputError(EntenteError):
    """An input file or line cannot be read as an article."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class DataFileError(EntenteError):
    """A dictionary or phrase file shipped with or given to Entente is malformed."""

    def __init__(self, path: str, line: int, reason: str) -> None:
        self.path = path
        self.line = line
        super().__init__(f"{path}:{line}: {reason}. Fix or remove that line and run again.")


class StoreError(EntenteError):
    """The DuckDB store cannot be opened or written."""
