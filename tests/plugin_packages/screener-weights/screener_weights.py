"""Scoring weights for employers who train every hire on the coding systems: they do not count."""

from screener import hookimpl


@hookimpl
def screener_scoring_weights():
    return {"kind": {"coding_system": 0}}
