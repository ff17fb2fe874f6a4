"""The installed command ends the process itself once the report is out (cli.console)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_exit_codes_and_every_line_survive_the_prompt_exit(tmp_path: Path) -> None:
    version = run("--version")
    assert (version.returncode, version.stderr) == (0, "")
    assert version.stdout.startswith("factcheck, version ")
    missing = run("run", str(tmp_path / "none.toml"))
    assert missing.returncode == 2
    assert missing.stdout == ""
    assert missing.stderr.startswith(f"factcheck: error: {tmp_path / 'none.toml'}: ")
    report = tmp_path / "report.json"
    offline = run("run", "--offline", "--no-cache", "--format", "json", "-o", str(report))
    assert offline.returncode == 1  # the essay has contradicted claims
    assert report.read_text(encoding="utf-8").endswith("}\n")
    big = run("run", "--offline", "--no-cache", "--format", "markdown")
    assert big.returncode == 1
    assert big.stdout.count("\n") > 100  # the whole report, flushed before the exit
