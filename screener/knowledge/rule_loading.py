"""Collecting the context rules every plugin contributes (``screener_context_rules``) into one :class:`RuleSet`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ValidationError

from screener.core.errors import PluginError
from screener.core.rules import RuleSet, merge_rules, parse_rule, rule_problems
from screener.host.plugins import PluginHost
from screener.knowledge.base import Knowledge

HOOK = "screener_context_rules"


def collect_rules(host: PluginHost, knowledge: Knowledge) -> RuleSet:
    """Ask every plugin for its context rules, validate them and merge them (built-ins first).

    A plugin that raises or returns an invalid rule is reported and skipped
    as a whole, its credentials and skills too, as for the other start-up
    hooks (an error in strict mode). A rule named
    like a built-in rule replaces it, with a notice; see :func:`merge_rules`.
    """
    answers = host.call(HOOK).checked(lambda plugin_name, result: _validated(host, plugin_name, result))
    for fault in answers.faults:
        knowledge.drop_plugin(fault.plugin)  # skipped as a whole, as for the other start-up hooks
    host.faults.settle(answers.faults)
    contributions = [
        (plugin_name, host.is_builtin(plugin_name), rules)
        for plugin_name, rules in sorted(answers, key=lambda answer: not host.is_builtin(answer[0]))
        if host.pm.has_plugin(plugin_name)
    ]
    rules, owners, notices = merge_rules(contributions, host.describe)
    for plugin_name, notice in notices:
        host.report(f"plugin {host.describe(plugin_name)} {notice}")
    return RuleSet(rules=rules, issuers=knowledge.issuer_names, owners=owners)


def _validated(host: PluginHost, plugin_name: str, result: Any) -> list[Any]:
    if result is None:
        return []
    if isinstance(result, (str, bytes, BaseModel, dict)) or not isinstance(result, Iterable):
        raise PluginError(
            f"plugin {host.describe(plugin_name)} returned {type(result).__name__} from {HOOK}; "
            "expected a list of context rules",
            plugin=plugin_name,
            hook=HOOK,
        )
    rules = []
    for position, item in enumerate(result):
        try:
            rules.append(parse_rule(item))
        except ValidationError as exc:
            name = item.get("name") if isinstance(item, dict) else getattr(item, "name", None)
            label = f"rule {name!r}" if name else f"item {position}"
            raise PluginError(
                f"plugin {host.describe(plugin_name)} returned an invalid context rule ({label}) from {HOOK}: "
                f"{rule_problems(exc)}",
                plugin=plugin_name,
                hook=HOOK,
            ) from exc
    return rules
