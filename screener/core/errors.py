"""Exceptions the screener raises on purpose, each with a message meant for people."""

from __future__ import annotations

from collections.abc import Sequence


class ScreenerError(Exception):
    """Base class: the message is complete and can be shown as it is."""

    def __reduce__(self) -> tuple[object, ...]:
        # pickled whole (message and attributes), for errors raised in a worker process: the default
        # calls the class with the message alone, which fails for those with keyword-only arguments
        return _rebuild, (type(self), self.args, self.__dict__)


def _rebuild(kind: type[ScreenerError], args: tuple[object, ...], state: dict[str, object]) -> ScreenerError:
    error = kind.__new__(kind, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class PluginError(ScreenerError):
    """A plugin failed: it could not be imported, raised in a hook, or returned bad data.

    ``plugin`` and ``hook`` name where; ``hook`` is ``None`` for import failures.
    """

    def __init__(self, message: str, *, plugin: str, hook: str | None = None) -> None:
        super().__init__(message)
        self.plugin = plugin
        self.hook = hook


class DuplicateDefinitionError(ScreenerError):
    """Two plugins define the same credential or skill id, or claim the same alias."""

    def __init__(self, message: str, *, plugins: tuple[str, str]) -> None:
        super().__init__(message)
        self.plugins = plugins


class ReadError(ScreenerError):
    """A source, or one record of it, could not be turned into a posting.

    ``source`` names what failed: a path, a URL, or one record of a
    multi-record source (``"postings.jsonl:17"``). A reader may leave it out
    when it raises for the whole source; the screener fills it in. Readers of
    multi-record sources *yield* a ``ReadError`` for a bad record instead of
    raising it, so the records after it are still read.
    """

    def __init__(self, message: str, *, source: str | None = None, plugin: str | None = None) -> None:
        super().__init__(message)
        self.source = source
        #: the reader plugin that failed (raised, or answered with the wrong type); ``None`` when the
        #: source itself could not be read
        self.plugin = plugin


class NoReaderError(ReadError):
    """No reader plugin handles this kind of source."""


class PostingTooLargeError(ReadError):
    """A posting longer than the screener's ``max_posting_chars``; it is not extracted."""


class ConfigurationError(ScreenerError):
    """A setting (an argument or an environment variable) has a value the screener cannot use."""


class DataFileError(ScreenerError):
    """A profile or weights file that cannot be read or does not validate.

    The message names the file, and for each problem the field path
    (``credentials[1].status``) and, where known, the line; it never quotes
    the file's content, which may be personal data.
    """

    def __init__(self, message: str, *, path: str, problems: Sequence[tuple[str | None, int | None, str]] = ()) -> None:
        super().__init__(message)
        self.path = path
        #: (field path, line, message) for each problem found
        self.problems = list(problems)
