"""Importing spaCy without its command line, for the screener's own commands.

``import spacy`` imports ``spacy.cli`` for a single name, ``spacy.info``, and
spaCy's command line brings typer, weasel, requests, httpx and jinja2 and
reads a YAML file: some 350 modules, a third of spaCy's import time and a
fifth of a cold ``screener extract``. The screener never uses spaCy's
command line, so :func:`import_spacy_without_its_cli` imports spaCy with a
stand-in for ``spacy.cli.info`` and takes the stand-in away again:

- ``spacy.cli`` (the attribute, ``from spacy import cli`` or ``import
  spacy.cli``) imports the real command line when something first asks
  for it;
- ``spacy.info(...)`` imports it and calls the real ``spacy.cli.info.info``.

Nothing else about spaCy changes. When spaCy is already imported this does
nothing; when spaCy's import fails with the stand-in (a spaCy release that
needs more of its command line at import), spaCy is imported the ordinary
way. Only the command line calls this, as the owner of its process:
``Screener()`` inside someone else's program imports spaCy as usual.
"""

from __future__ import annotations

import importlib
import sys
import threading
import types
from typing import Any

_INFO_MODULE = "spacy.cli.info"
_lock = threading.Lock()


def import_spacy_without_its_cli() -> types.ModuleType:
    """``spacy``, imported (if it is not yet) without importing ``spacy.cli``."""
    with _lock:
        if "spacy" in sys.modules:
            return sys.modules["spacy"]
        stand_in = types.ModuleType(_INFO_MODULE, "A stand-in: spaCy's command line is imported on first use.")
        stand_in.info = info  # type: ignore[attr-defined]
        sys.modules[_INFO_MODULE] = stand_in
        try:
            spacy = importlib.import_module("spacy")
        except Exception:
            spacy = None
        finally:
            if sys.modules.get(_INFO_MODULE) is stand_in:
                del sys.modules[_INFO_MODULE]
        if spacy is None:  # the import went wrong with the stand-in: the ordinary way, errors and all
            return importlib.import_module("spacy")
        if "spacy.cli" not in sys.modules and not hasattr(spacy, "__getattr__"):
            spacy.__getattr__ = _spacy_attribute  # type: ignore[method-assign]
        return spacy


def info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's ``spacy.cli.info.info``, its command line imported on the first call."""
    from spacy.cli.info import info as real_info

    return real_info(*args, **kwargs)


def _spacy_attribute(name: str) -> Any:
    """The module ``__getattr__`` of ``spacy`` (PEP 562): ``spacy.cli`` is imported when first asked for."""
    if name == "cli":
        return importlib.import_module("spacy.cli")
    raise AttributeError(f"module 'spacy' has no attribute {name!r}")
