"""One writing run per archive: a lock on ``FILE.lock`` beside it, refused at once when taken.

A POSIX record lock (``fcntl.lockf``), not ``flock``: the kernel drops it when the process that
holds it ends, however it ends, and processes forked from it (the ``--jobs`` workers) do not share
it, so a killed run never leaves the archive locked. The file is removed when the run ends.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


class ArchiveBusy(RuntimeError):
    """Another run is writing the archive."""


# Locks this process holds: a POSIX lock does not keep out the process that owns it.
_HELD: set[Path] = set()


class ArchiveLock:
    def __init__(self, database: Path):
        self.database = database
        self.path = Path(f"{database}.lock")
        self.fd: int | None = None

    def acquire(self) -> None:
        if self.path.resolve() in _HELD:
            raise self._busy()
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if not _try_lock(fd):
                os.close(fd)
                raise self._busy()
            # A run that ended between our open and our lock removed the file we hold: take the
            # one that is at the path now.
            if _same_file(fd, self.path):
                self.fd = fd
                _HELD.add(self.path.resolve())
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
                return
            os.close(fd)

    def _busy(self) -> ArchiveBusy:
        try:
            holder = f"process {int(self.path.read_text().strip())}, "
        except (OSError, ValueError):
            holder = ""
        return ArchiveBusy(
            f"{self.database} is being written by another newsfacts run ({holder}which holds "
            f"{self.path}): wait for it to end, or write to another file"
        )

    def release(self) -> None:
        if self.fd is None:
            return
        _HELD.discard(self.path.resolve())
        if sys.platform != "win32":  # Windows cannot remove an open file; it stays there
            self.path.unlink(missing_ok=True)
        os.close(self.fd)  # closing drops the lock
        self.fd = None


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except FileNotFoundError:
        return False


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True
