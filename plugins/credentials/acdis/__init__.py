"""ACDIS (Association of Clinical Documentation Integrity Specialists) credentials: CDI."""

from screener import Prerequisite

ACDIS = "ACDIS"


def licence(route: str, source: str) -> Prerequisite:
    """RN, MD and DO are licences and degrees, not credentials of this knowledge base."""
    return Prerequisite(kind="other", description="An RN licence, or an MD or DO", route=route, source=source)


def holds(credential: str, source: str) -> Prerequisite:
    return Prerequisite.holding(credential, source=source)
