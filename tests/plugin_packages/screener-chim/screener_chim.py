"""CHIM: Canada's Certified Health Information Management professional (CHIMA)."""

from screener import Credential, hookimpl


@hookimpl
def screener_credentials():
    return [
        Credential(
            id="CHIM",
            name="Certified Health Information Management",
            issuer="CHIMA",
            aliases=["CHIM professional"],
            sources=["https://www.echima.ca/"],
        )
    ]
