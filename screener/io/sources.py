"""Turning what the user named (files, directories, ``-``, URLs) into the sources to read."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import PurePosixPath


@dataclass(frozen=True)
class Source:
    """One source to read; ``in_directory`` when it was found by searching a directory."""

    name: str
    in_directory: bool = False


def expand_sources(names: Iterable[str], globs: Sequence[str] = ()) -> Iterator[Source]:
    """Each name as given, and for a directory the files under it, lazily and sorted.

    Directories are searched recursively; hidden files and directories (a
    leading dot) are left out. With ``globs``, only files under a directory
    whose name or path relative to that directory matches one of them are
    kept (``*.html``, ``2020/*.jsonl``); names given explicitly are always
    kept.
    """
    for name in names:
        if os.path.isdir(name):
            yield from _walk(name, globs)
        else:
            yield Source(name)


def _walk(directory: str, globs: Sequence[str]) -> Iterator[Source]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file_name in sorted(files):
            if file_name.startswith("."):
                continue
            path = os.path.join(root, file_name)
            if globs and not matches(os.path.relpath(path, directory), globs):
                continue
            yield Source(path, in_directory=True)


def matches(relative_path: str, globs: Sequence[str]) -> bool:
    """Whether a file (its path relative to the directory searched) matches one of ``globs``.

    A pattern without ``/`` is matched against the file name, one with ``/``
    against the whole relative path (``*`` then also crosses ``/``).
    """
    posix = PurePosixPath(*relative_path.split(os.sep)).as_posix()
    name = posix.rsplit("/", 1)[-1]
    return any(fnmatch(posix if "/" in pattern else name, pattern) for pattern in globs)
