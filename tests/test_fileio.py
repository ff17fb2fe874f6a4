"""atomic_write_text: the whole file or nothing, and one-line errors."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.errors import OutputError
from factcheck.fileio import atomic_write_text


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_writes_the_text_exactly(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    atomic_write_text(path, "Zürich\r\nline\n")
    assert path.read_bytes() == "Zürich\r\nline\n".encode()
    assert os.listdir(tmp_path) == ["report.json"]


@pytest.mark.usefixtures("umask_022")
def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    atomic_write_text(path, "x")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_replacing_keeps_the_old_permissions(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    path.write_text("old")
    path.chmod(0o600)
    atomic_write_text(str(path), "new")
    assert path.read_text() == "new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_missing_directory(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "report.json"
    with pytest.raises(OutputError) as info:
        atomic_write_text(path, "x")
    assert str(info.value) == f"cannot write {path}: No such file or directory"
    assert os.listdir(tmp_path) == []


def test_target_is_a_directory(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    with pytest.raises(OutputError, match=r"cannot write .*out: Is a directory$"):
        atomic_write_text(tmp_path / "out", "x")
    assert os.listdir(tmp_path) == ["out"]


def test_permission_denied_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, whom chmod does not stop; fail the rename instead.
    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    path = tmp_path / "report.json"
    with pytest.raises(OutputError) as info:
        atomic_write_text(path, "x")
    assert str(info.value) == f"cannot write {path}: Permission denied"
    assert os.listdir(tmp_path) == []


def test_interrupt_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "report.json"
    path.write_text("old report")

    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_text(path, "new report")
    assert path.read_text() == "old report"
    assert os.listdir(tmp_path) == ["report.json"]


def test_unencodable_text_is_an_output_error(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    with pytest.raises(OutputError, match="cannot be encoded as utf-8"):
        atomic_write_text(path, "lone \ud800 surrogate")
    assert os.listdir(tmp_path) == []
