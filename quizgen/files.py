"""Writing files safely: a temp file in the same directory, fsync, then an atomic rename.

Every file quizgen writes goes through ``atomic_write`` (one file) or ``atomic_write_all`` (several
files that belong together), so a reader sees the old file or the whole new one, never a part; a
failure or Ctrl-C removes the temp files and leaves existing outputs byte-identical.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path

from quizgen.errors import OutputError

__all__ = ["atomic_write", "atomic_write_all", "check_writable"]


def check_writable(path: str | os.PathLike[str]) -> Path:
    """Raise ``OutputError`` now if ``path`` could not be written later (missing folder, a directory)."""
    target = Path(path)
    directory = target.parent
    if not directory.is_dir():
        raise OutputError(
            f"cannot write {target}: the folder {directory} does not exist; create it or choose another -o"
        )
    if target.is_dir():
        raise OutputError(f"cannot write {target}: it is a directory; give a file name")
    if not os.access(directory, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {target}: the folder {directory} is not writable; choose another -o")
    return target


def atomic_write(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one, never a part."""
    return atomic_write_all([(path, data)])[0]


def atomic_write_all(files: Sequence[tuple[str | os.PathLike[str], bytes]]) -> list[Path]:
    """Write several files: every temp file is written and synced before any is renamed into place.

    If any write fails (or is interrupted) no target is touched. Raises ``OutputError``.
    """
    staged: list[tuple[str, Path]] = []
    current = Path()
    try:
        for path, data in files:
            current = check_writable(path)
            staged.append((_stage(current, data), current))
        for temp, current in staged:
            os.replace(temp, current)
    except BaseException as exc:
        for temp, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(temp)
        if isinstance(exc, OSError):
            raise OutputError(_describe(current, exc)) from exc
        raise
    for directory in {target.parent for _, target in staged}:
        _sync_directory(directory)
    return [target for _, target in staged]


def _stage(target: Path, data: bytes) -> str:
    """Write ``data`` to a synced temp file beside ``target`` and return its name."""
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, _mode(target))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return temp


def _mode(target: Path) -> int:
    """Keep an existing file's permissions; a new file gets 0o644."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o644


def _sync_directory(directory: Path) -> None:
    """Make the renames durable (best effort: some file systems cannot sync a directory)."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _describe(target: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return f"cannot write {target}: no space left on the device; free some space and try again"
    if isinstance(exc, PermissionError):
        return f"cannot write {target}: permission denied; choose another -o or fix the folder's permissions"
    return f"cannot write {target}: {exc.strerror or exc}"
