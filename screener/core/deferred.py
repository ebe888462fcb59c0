"""``DeferredPosting``: a posting a reader has found but not read yet.

With ``--jobs N`` (``n_process=N``) postings are extracted in worker
processes. Reading is often half the work (a JSON record parsed, HTML turned
into text, a PDF's text layer pulled out); if the reader did it in the main
process, the workers would wait for it. So a reader may hand back, instead of
a :class:`screener.Posting`, a ``DeferredPosting``: where the posting is, and
the function that reads it. The screener calls that function in the process
that extracts the posting (with one process, right away, in input order);
:meth:`screener.Screener.read` and :meth:`screener.Screener.read_all` always
return the posting read.

The function and its arguments travel to a worker by pickle: ``read`` must
be a module-level function, ``args`` plain data (bytes, strings, dicts of
them). A deferred posting that cannot be pickled is read in the main
process instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from screener.core.errors import ReadError
    from screener.core.models import Posting


@dataclass(frozen=True)
class DeferredPosting:
    """A posting to be read by ``read(*args)``, where it is extracted.

    ``source`` names it before it is read (``"feed.jsonl:17"``, a file's
    path): a failure that leaves no posting (its worker process died) is
    reported against it. ``read`` returns the :class:`screener.Posting` (or,
    for a source that turns out to hold several, an iterable of postings and
    read errors), or raises :class:`screener.ReadError` when this posting
    cannot be read (that posting's error; the others go on).
    """

    source: str
    read: Callable[..., Posting | Iterable[Posting | ReadError]]
    args: tuple[Any, ...] = ()
