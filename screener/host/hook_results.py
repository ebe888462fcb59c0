"""Checking what a plugin's hook returned, so that a wrong value is an error naming the plugin and the hook.

The ``screener_credentials``, ``screener_skills`` and ``screener_extract``
results are checked where they are collected (``knowledge.py``,
``engine.py``); this module checks the single-model answers of the
first-result hooks ``screener_read`` (a :class:`~screener.core.models.Posting`) and
``screener_assess`` (an :class:`~screener.core.models.Assessment`).
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from screener.core.errors import PluginError
from screener.host.plugins import PluginHost

ModelT = TypeVar("ModelT", bound=BaseModel)


def validated_answer(host: PluginHost, hook: str, plugin_name: str, result: Any, model: type[ModelT]) -> ModelT:
    """``result`` as a ``model``: the model itself, or a dict validated by pydantic.

    Anything else, or a dict that does not validate, is a :class:`PluginError`
    naming the plugin, the hook and what was wrong (field by field).
    """
    if isinstance(result, model):
        return result
    plugin = host.describe(plugin_name)
    if not isinstance(result, dict):
        raise PluginError(
            f"plugin {plugin} returned {type(result).__name__} from {hook}; expected {_article(model.__name__)} "
            f"{model.__name__} or None",
            plugin=plugin_name,
            hook=hook,
        )
    try:
        return model.model_validate(result)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in error['loc']) or '(value)'}: {error['msg']}" for error in exc.errors()
        )
        raise PluginError(
            f"plugin {plugin} returned an invalid {model.__name__} from {hook}: {problems}",
            plugin=plugin_name,
            hook=hook,
        ) from exc


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"
