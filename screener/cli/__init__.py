"""The ``screener`` command line (``screener.cli:main`` is its entry point)."""

from screener.cli.commands import cli, main

__all__ = ["cli", "main"]
