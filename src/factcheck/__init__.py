"""factcheck: check an essay's factual claims against Wikipedia.

`verify(claim, evidence)` is the engine without any network; `factcheck run` is the CLI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcheck.models import Claim, Evidence, Label, Report, ValueCheck, Verdict
from factcheck.version import __version__

if TYPE_CHECKING:
    from factcheck.engine import Engine, verify

__all__ = [
    "Claim",
    "Engine",
    "Evidence",
    "Label",
    "Report",
    "ValueCheck",
    "Verdict",
    "__version__",
    "verify",
]


def __getattr__(name: str) -> Any:
    # The engine is imported on first use: the CLI's warm path never needs it.
    if name in ("Engine", "verify"):
        from factcheck import engine

        return getattr(engine, name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
