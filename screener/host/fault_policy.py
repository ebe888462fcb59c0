"""What a plugin's fault costs: one policy for every hook.

A *fault* is a plugin's hook implementation or hook wrapper raising
(anything but ``KeyboardInterrupt``, which stops the run: ``SystemExit``
too), or answering with something that does not validate.
:mod:`screener.host.hook_calls` pins each on its plugin and hook; this module
decides what follows, the same way for every call site (docs/plugins.md,
"When a plugin fails"):

- strict (``SCREENER_STRICT_PLUGINS=1``, ``--strict``, ``strict=True``): the
  first fault ends the call and is raised; a start-up fault stops the
  command with exit status 3, a per-posting one stops the batch (exit 1);
- start-up hooks (``screener_credentials``, ``screener_skills``,
  ``screener_scoring_weights``, called once per ``Screener``): the plugin
  is reported on stderr and removed, with everything it contributed; the
  other plugins go on;
- per-posting hooks (``screener_extract``, ``screener_assess``): the
  posting gets an error record (``code`` ``plugin_error``, ``plugin``,
  ``hook``); the other plugins' answers are kept and the batch goes on
  (exit status 1 at the end);
- ``screener_read``: the fault is the source's :class:`ReadError` naming the
  plugin, which goes where every read error goes: a ``plugin_error`` record
  in a batch, raised by a strict screener and by ``Screener.read``.

In a hook whose answers are all collected (all but the first-result
``screener_read`` and ``screener_assess``) the other plugins still run after
a fault unless the host is strict; in a first-result hook the fault is the
outcome of the call.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from screener.core.errors import ReadError

if TYPE_CHECKING:
    from screener.core.models import ErrorRecord
    from screener.host.hook_calls import Fault
    from screener.host.plugins import PluginHost

#: Hooks called once, when a ``Screener`` is built: a fault skips the plugin.
STARTUP_HOOKS = frozenset(
    {
        "screener_credentials",
        "screener_skills",
        "screener_issuers",
        "screener_context_rules",
        "screener_scoring_weights",
    }
)
#: Hooks called for each posting: a fault is that posting's error record.
PER_POSTING_HOOKS = frozenset({"screener_read", "screener_extract", "screener_assess"})


@dataclass(frozen=True)
class FaultPolicy:
    """The policy of one plugin host (strict or not): ``host.faults``."""

    host: PluginHost

    @property
    def goes_on(self) -> bool:
        """Whether the other plugins still run after one fails (the host is not strict)."""
        return not self.host.strict

    def settle(self, faults: Iterable[Fault], *, source: str | None = None) -> list[ErrorRecord]:
        """Act on faults: raise the first when strict; skip the plugin of a start-up fault; return posting records.

        ``source`` names the posting the records are about.
        """
        records = []
        for fault in faults:
            if self.host.strict:
                raise fault.error
            if fault.hook in STARTUP_HOOKS:
                self.host.remove(fault.plugin, fault.hook, str(fault.error))
                continue
            from screener.core.models import ErrorRecord

            error = fault.error
            message = str(error)
            records.append(
                ErrorRecord(code="plugin_error", source=source, plugin=error.plugin, hook=error.hook, message=message)
            )
        return records

    def read_error(self, fault: Fault, source: str) -> ReadError:
        """A reader's fault as its source's read error; a :class:`ReadError` the reader raised keeps its message.

        Read errors follow their own rule whatever caused them: a batch records
        them and goes on, a strict screener raises them.
        """
        cause = fault.error.__cause__
        if isinstance(cause, ReadError):
            return located(cause, source)
        return ReadError(f"{source}: {fault.error}", source=source, plugin=fault.error.plugin)


def located(error: ReadError, source: str) -> ReadError:
    """The error with ``source`` set and its message starting with it, as every read error's does."""
    where = error.source or source
    message = str(error)
    if not message.startswith(f"{where}:"):
        message = f"{where}: {message}"
    result = copy.copy(error)  # keeps the class (NoReaderError, a reader's own subclass) and its plugin
    result.args = (message,)
    result.source = where
    return result
