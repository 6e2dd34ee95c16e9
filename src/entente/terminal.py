"""Where the command line may draw: progress bars go to stderr, and only when stderr is a terminal."""

from __future__ import annotations

import sys


def stderr_is_terminal() -> bool:
    """Whether stderr is a terminal. Rich's own test also says yes when FORCE_COLOR or TTY_COMPATIBLE is set,
    which would put the frames of a progress bar into a log file, a pipe or an API job's output."""
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # a replaced or closed stderr (test runners, daemons)
        return False
