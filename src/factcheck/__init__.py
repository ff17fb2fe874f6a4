"""factcheck: check an essay's factual claims against Wikipedia.

`verify(claim, evidence)` is the engine without any network; `factcheck run` is the CLI.
"""

from __future__ import annotations

from factcheck.engine import Engine, verify
from factcheck.models import Claim, Evidence, Label, Report, ValueCheck, Verdict
from factcheck.version import __version__

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
