"""screener: reads health-information job postings and says what they require.

    from screener import Screener
    extraction = Screener().extract(text)

Plugins mark their hooks with ``from screener import hookimpl``. Importing
this package is cheap: spaCy is loaded only when a ``Screener`` is built.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from screener.core.hookspecs import hookimpl
from screener.core.version import __version__

if TYPE_CHECKING:
    from screener.core.deferred import DeferredPosting
    from screener.core.errors import (
        ConfigurationError,
        DataFileError,
        DuplicateDefinitionError,
        PluginError,
        PostingTooLargeError,
        ReadError,
        ScreenerError,
    )
    from screener.core.models import (
        EDUCATION_LEVEL_NAMES,
        EDUCATION_LEVELS,
        Assessment,
        Credential,
        CredentialRequirement,
        EducationLevel,
        EducationRequirement,
        ErrorRecord,
        Evidence,
        ExperienceRequirement,
        Extraction,
        Fit,
        FitReport,
        Issuer,
        Lookalike,
        NextStep,
        Posting,
        Prerequisite,
        Profile,
        Renewal,
        Requirement,
        ScoringWeights,
        Skill,
        SkillRequirement,
    )
    from screener.core.numbers import NUMBER_PATTERN, NUMBER_WORDS, number_from_words
    from screener.core.rules import (
        Abbreviation,
        AnyOfCue,
        Connective,
        Dismissal,
        Eligibility,
        FieldSignal,
        ListGap,
        OtherWorkSignal,
        SectionHeading,
        SenseSignal,
        StrengthCue,
    )
    from screener.engine import Screener
    from screener.fit.profiles import load_profile

__all__ = [
    "EDUCATION_LEVELS",
    "EDUCATION_LEVEL_NAMES",
    "NUMBER_PATTERN",
    "NUMBER_WORDS",
    "Abbreviation",
    "AnyOfCue",
    "Assessment",
    "ConfigurationError",
    "Connective",
    "Credential",
    "CredentialRequirement",
    "DataFileError",
    "DeferredPosting",
    "Dismissal",
    "DuplicateDefinitionError",
    "EducationLevel",
    "EducationRequirement",
    "Eligibility",
    "ErrorRecord",
    "Evidence",
    "ExperienceRequirement",
    "Extraction",
    "FieldSignal",
    "Fit",
    "FitReport",
    "Issuer",
    "ListGap",
    "Lookalike",
    "NextStep",
    "OtherWorkSignal",
    "PluginError",
    "Posting",
    "PostingTooLargeError",
    "Prerequisite",
    "Profile",
    "ReadError",
    "Renewal",
    "Requirement",
    "ScoringWeights",
    "Screener",
    "ScreenerError",
    "SectionHeading",
    "SenseSignal",
    "Skill",
    "SkillRequirement",
    "StrengthCue",
    "__version__",
    "hookimpl",
    "load_profile",
    "number_from_words",
]

_ERRORS = {
    "ConfigurationError",
    "DataFileError",
    "DeferredPosting",
    "DuplicateDefinitionError",
    "PluginError",
    "PostingTooLargeError",
    "ReadError",
    "ScreenerError",
}
_RULES = {
    "Abbreviation",
    "AnyOfCue",
    "Connective",
    "Dismissal",
    "Eligibility",
    "FieldSignal",
    "ListGap",
    "OtherWorkSignal",
    "SectionHeading",
    "SenseSignal",
    "StrengthCue",
}
_MODULES = {
    "Screener": "screener.engine",
    "load_profile": "screener.fit.profiles",
    "DeferredPosting": "screener.core.deferred",
    "NUMBER_PATTERN": "screener.core.numbers",
    "NUMBER_WORDS": "screener.core.numbers",
    "number_from_words": "screener.core.numbers",
    **{name: "screener.core.rules" for name in _RULES},
}
_LAZY = {
    name: _MODULES.get(name) or ("screener.core.errors" if name in _ERRORS else "screener.core.models")
    for name in __all__
    if name not in {"__version__", "hookimpl"}
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'screener' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
