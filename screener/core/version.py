"""The installed distribution's version: one definition, for ``screener.__version__`` and the command line."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("screener")
except PackageNotFoundError:  # pragma: no cover - running from a source tree that is not installed
    __version__ = "0.0.0"
