"""The verification engine: from a claim and its evidence to a verdict (see core.py)."""

from factcheck.engine.core import Engine, verify

__all__ = ["Engine", "verify"]
