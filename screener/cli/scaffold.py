"""``screener plugin new NAME``: write a complete, pip-installable plugin package.

The package (``screener-NAME/``) has a ``pyproject.toml`` with the
``screener`` entry point, one module with an example credential, tests that
use the test kit (:mod:`screener.testing`), labelled example postings for
``screener evaluate``, and a README. It installs and passes its own tests
unchanged; the templates are in ``screener/cli/templates/plugin``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from screener.core.errors import ScreenerError

if TYPE_CHECKING:
    from screener.host.plugins import PluginHost

TEMPLATES = Path(__file__).resolve().parent / "templates" / "plugin"

#: template file -> path in the new package (``{module}`` is replaced)
FILES = {
    "pyproject.toml.tmpl": "pyproject.toml",
    "README.md.tmpl": "README.md",
    "gitignore.tmpl": ".gitignore",
    "module.py.tmpl": "{module}.py",
    "test_module.py.tmpl": "tests/test_{module}.py",
    "example_posting.txt.tmpl": "examples/postings/example.txt",
    "example_labels.json.tmpl": "examples/labels/example.json",
}

_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_PREFIX = "screener-"


class ScaffoldError(ScreenerError):
    """The plugin package cannot be written as asked (a bad name, a folder already there)."""


@dataclass(frozen=True)
class PluginNames:
    """The names one plugin goes by."""

    #: the entry-point name, and what ``screener plugins`` lists: ``acme-cdi``
    name: str
    #: the pip distribution: ``screener-acme-cdi``
    distribution: str
    #: the Python module: ``screener_acme_cdi``
    module: str
    #: the example credential's id: ``ACME-CDI``
    credential_id: str

    @property
    def credential_name(self) -> str:
        return "Certified " + " ".join(part.capitalize() for part in self.name.split("-")) + " Specialist"


def plugin_names(name: str, credential_id: str | None = None) -> PluginNames:
    """The names for a plugin called ``name`` (``acme-cdi``, or ``screener-acme-cdi``), checked.

    A name is letters, digits and single hyphens or underscores, starting with
    a letter; it is not a path. Raises :class:`ScaffoldError` saying what is wrong.
    """
    if "/" in name or "\\" in name or name in {".", ".."}:
        raise ScaffoldError(
            f"NAME {name!r} is a path; give a plain name such as 'acme-cdi' and choose where the package "
            "goes with --directory"
        )
    normalised = name.lower().replace("_", "-")
    if normalised.startswith(_PREFIX):
        normalised = normalised[len(_PREFIX) :]
    if normalised == "screener":
        raise ScaffoldError("NAME 'screener' is screener's own name; name the plugin after what it adds")
    if not _NAME.fullmatch(normalised):
        raise ScaffoldError(
            f"NAME {name!r} is not a valid plugin name: use letters, digits and single hyphens, "
            "starting with a letter (for example 'acme-cdi' or 'ontario-chim')"
        )
    credential_id = credential_id if credential_id is not None else normalised.upper()
    from screener.core.models import Credential  # pydantic: imported only when a package is made

    try:
        Credential(id=credential_id, name="-", issuer="-")
    except ValueError as exc:
        raise ScaffoldError(f"--credential {credential_id!r}: {_first_error(exc)}") from None
    return PluginNames(
        name=normalised,
        distribution=_PREFIX + normalised,
        module="screener_" + normalised.replace("-", "_"),
        credential_id=credential_id,
    )


def check_unclaimed(names: PluginNames, host: PluginHost) -> None:
    """Refuse a name or credential id the installed plugins already use: the new plugin would clash with them."""
    from screener.knowledge.base import plugin_contributions

    if names.name in host.records:
        raise ScaffoldError(f"a plugin called {names.name!r} is already installed; choose another NAME")
    for owner, given in plugin_contributions(host).items():
        if names.credential_id in given.get("credentials", []):
            raise ScaffoldError(
                f"credential id {names.credential_id!r} is already defined by plugin {owner!r}; "
                "choose another id with --credential ID"
            )


def new_plugin(names: PluginNames, directory: Path, *, screener_version: str) -> Path:
    """Write the package into ``directory/screener-NAME`` and return that folder; never overwrites."""
    package = directory / names.distribution
    if package.exists() or package.is_symlink():  # a dangling link would lead the files elsewhere
        raise ScaffoldError(f"{package} already exists; nothing was written (choose another NAME or --directory)")
    values = {
        "name": names.name,
        "distribution": names.distribution,
        "module": names.module,
        "credential_id": names.credential_id,
        "credential_name": names.credential_name,
        "screener_requirement": screener_requirement(screener_version),
    }
    rendered = {
        target.format(module=names.module): render((TEMPLATES / template).read_text(encoding="utf-8"), values)
        for template, target in FILES.items()
    }
    for relative, text in rendered.items():
        path = package / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return package


def render(template: str, values: dict[str, str]) -> str:
    """Replace each ``{{key}}``; a placeholder with no value is a bug in the templates, so it raises."""

    def value(match: re.Match[str]) -> str:
        return values[match.group(1)]

    return re.sub(r"\{\{(\w+)\}\}", value, template)


def screener_requirement(version: str) -> str:
    """The screener versions a new plugin can rely on: this minor version up to the next major one.

    Within a major version hooks only gain parameters (docs/plugins.md, "Stability").
    """
    parts = [int(p) for p in re.findall(r"\d+", version)[:2]] + [0, 0]
    major, minor = parts[0], parts[1]
    return f"screener>={major}.{minor},<{major + 1}"


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        return str(errors()[0]["msg"]).removeprefix("Value error, ")
    return str(exc)
