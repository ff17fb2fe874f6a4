"""factcheck: check an essay's factual claims against Wikipedia.

`verify(claim, evidence)` is the engine without any network; `factcheck run` is the CLI.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("factcheck")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

# Imported after __version__: the client the engine depends on reads it.
from factcheck.engine import Engine, verify
from factcheck.models import Claim, Evidence, Label, Report, ValueCheck, Verdict

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
