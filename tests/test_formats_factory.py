"""One factory maps every output format to its class; every format renders the sample."""

from __future__ import annotations

import dataclasses

import pytest

from factcheck.errors import UsageError
from factcheck.formats import Formatter, OutputFormat, RenderOptions, formatter_class, render
from factcheck.formats.html import HtmlFormatter
from factcheck.formats.json_report import JsonFormatter
from factcheck.formats.junit import JunitFormatter
from factcheck.formats.markdown import MarkdownFormatter
from factcheck.formats.terminal import TerminalFormatter
from tests.test_formats_sample import sample_report


def test_every_format_has_its_own_class() -> None:
    classes = {fmt: formatter_class(fmt) for fmt in OutputFormat}
    assert classes == {
        OutputFormat.TERMINAL: TerminalFormatter,
        OutputFormat.JSON: JsonFormatter,
        OutputFormat.MARKDOWN: MarkdownFormatter,
        OutputFormat.JUNIT: JunitFormatter,
        OutputFormat.HTML: HtmlFormatter,
    }
    assert all(issubclass(cls, Formatter) for cls in classes.values())


def test_format_names_are_the_cli_choices() -> None:
    assert [fmt.value for fmt in OutputFormat] == ["terminal", "json", "markdown", "junit", "html"]


@pytest.mark.parametrize("fmt", list(OutputFormat))
@pytest.mark.parametrize(
    "options",
    [
        RenderOptions(),
        RenderOptions(color=True, width=60),
        RenderOptions(verbose=True),
        RenderOptions(quiet=True),
    ],
)
def test_every_format_renders_a_document_ending_in_a_newline(
    fmt: OutputFormat, options: RenderOptions
) -> None:
    output = render(sample_report(note="n"), fmt, options)
    assert output.endswith("\n")
    assert not output.endswith("\n\n")
    if fmt is not OutputFormat.TERMINAL:  # only the terminal report has colour and width
        assert "\x1b" not in output
        plain = RenderOptions(verbose=options.verbose, quiet=options.quiet)
        assert output == render(sample_report(note="n"), fmt, plain)


def test_options_are_frozen_with_defaults() -> None:
    options = RenderOptions()
    assert options == RenderOptions(color=False, width=100, verbose=False, quiet=False)
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.width = 60  # type: ignore[misc]


def test_verbose_and_quiet_do_not_go_together() -> None:
    with pytest.raises(UsageError, match="--verbose and --quiet cannot be used together"):
        RenderOptions(verbose=True, quiet=True)


def test_width_must_be_positive() -> None:
    with pytest.raises(UsageError, match="the output width must be positive, not 0"):
        RenderOptions(width=0)
