"""Writing a file so that a crash or power loss leaves the old version or the new one, whole."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves the old file or the new one, whole.

    A temporary file in the same folder (mode 0600, named ``.tmp-<pid>-...``) is written,
    flushed and fsynced, renamed over ``path``, and the folder is fsynced."""
    folder = path.parent
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".tmp-{os.getpid()}-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    fsync_folder(folder)


def write_new(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Create ``path`` with ``data`` and ``mode``, never replacing a file that exists.

    The data is written, flushed and fsynced to a temporary file in the same folder (created
    0600), which is then hard-linked to ``path``: the link fails if ``path`` exists, so a file
    that appeared meanwhile is never overwritten, and ``path`` appears whole or not at all.
    Where hard links are not supported (FAT, exFAT: a USB stick), ``path`` is created with
    ``O_EXCL`` and written in place, and removed again if writing fails.

    Raises ``FileExistsError`` if ``path`` exists; every ``OSError`` names ``path``."""
    import errno

    folder = path.parent
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".tmp-{os.getpid()}-", suffix=".part")
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.chmod(tmp, mode)
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except (OSError, AttributeError, NotImplementedError) as exc:
            if isinstance(exc, OSError) and exc.errno not in (
                errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS
            ):
                raise
            _write_exclusive(path, data, mode)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass
    fsync_folder(folder)


def _write_exclusive(path: Path, data: bytes, mode: int) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        try:
            os.unlink(path)
        except OSError:
            pass
        raise
