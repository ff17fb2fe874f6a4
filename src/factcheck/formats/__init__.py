"""Output formats: one class per format, chosen by `formatter_class`, used through `render`.

Usage: `render(report, OutputFormat.JSON, RenderOptions())` returns the whole document.
"""

from __future__ import annotations

from typing import assert_never

from factcheck.formats.base import Formatter, OutputFormat, RenderOptions
from factcheck.formats.html import HtmlFormatter
from factcheck.formats.json_report import (
    SCHEMA_VERSION,
    JsonFormatter,
    report_schema,
    report_to_dict,
)
from factcheck.formats.junit import JunitFormatter
from factcheck.formats.markdown import MarkdownFormatter
from factcheck.formats.terminal import TerminalFormatter
from factcheck.models import Report


def formatter_class(fmt: OutputFormat) -> type[Formatter]:
    """The one place that maps a format to its class (mypy checks the match is exhaustive)."""
    match fmt:
        case OutputFormat.TERMINAL:
            return TerminalFormatter
        case OutputFormat.JSON:
            return JsonFormatter
        case OutputFormat.MARKDOWN:
            return MarkdownFormatter
        case OutputFormat.JUNIT:
            return JunitFormatter
        case OutputFormat.HTML:
            return HtmlFormatter
        case _:
            assert_never(fmt)


def render(report: Report, fmt: OutputFormat, options: RenderOptions) -> str:
    """The whole report in `fmt`, ending with a newline. Raises OutputError."""
    return formatter_class(fmt)(options).format(report)


__all__ = [
    "SCHEMA_VERSION",
    "Formatter",
    "OutputFormat",
    "RenderOptions",
    "formatter_class",
    "render",
    "report_schema",
    "report_to_dict",
]
