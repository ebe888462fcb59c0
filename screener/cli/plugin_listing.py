"""What ``screener plugins`` shows: every plugin that was loaded, failed, or was disabled on purpose."""

from __future__ import annotations

from typing import Any

from screener.host.plugins import PluginHost
from screener.io.tables import Column, render_table
from screener.knowledge.base import plugin_contributions


def plugin_rows(host: PluginHost, *, show_all: bool) -> list[dict[str, Any]]:
    """One dict per plugin, with ``status`` ``loaded``, ``failed`` or ``disabled``.

    Built-in plugins (loaded or disabled) are left out unless ``show_all``.
    Loaded plugins come with their hooks and contributions, failed ones with
    the ``error``, disabled ones with the ``reason`` (which control said so).
    """
    contributions = plugin_contributions(host)
    rows: list[dict[str, Any]] = []
    for record in host.records.values():
        if record.builtin and not show_all:
            continue
        given = contributions.get(record.name, {})
        rows.append(
            {
                "name": record.name,
                "status": "loaded",
                "distribution": record.distribution,
                "version": record.version,
                "builtin": record.builtin,
                "module": record.module,
                "file": record.file,
                "hooks": host.hooks_of(record.name),
                "credentials": given.get("credentials", []),
                "skills": given.get("skills", []),
            }
        )
    for failure in host.failures:
        rows.append(
            {
                "name": failure.name,
                "status": "failed",
                "distribution": failure.distribution,
                "hook": failure.hook,
                "error": failure.message,
            }
        )
    for disabled in host.disabled:
        if disabled.builtin and not show_all:
            continue
        rows.append(
            {
                "name": disabled.name,
                "status": "disabled",
                "distribution": disabled.distribution,
                "version": disabled.version,
                "builtin": disabled.builtin,
                "file": disabled.file,
                "reason": disabled.reason,
            }
        )
    return rows


PLUGIN_COLUMNS = (Column("NAME", min_width=12), Column("VERSION", fixed=True), Column("HOOKS"), Column("CONTRIBUTES"))


def render_plugin_table(rows: list[dict[str, Any]]) -> str:
    """The table of ``screener plugins``, fitted to the terminal's width."""
    lines: list[tuple[str, ...]] = []
    for row in rows:
        name = row["name"]
        if row.get("builtin"):
            name += " (built-in)"
        elif row.get("file"):
            name += f" (file {row['file']})"
        if row["status"] == "failed":
            lines.append((name, "", "FAILED", row["error"]))
        elif row["status"] == "disabled":
            lines.append((name, row["version"] or "", "DISABLED", row["reason"]))
        else:
            given = row["credentials"] + row["skills"]
            hooks = ", ".join(hook.removeprefix("screener_") for hook in row["hooks"])
            lines.append((name, row["version"] or "", hooks, ", ".join(given) if given else "-"))
    return "\n".join(render_table(PLUGIN_COLUMNS, lines))
