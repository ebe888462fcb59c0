"""CMAA: Certified Medical Administrative Assistant (NHA): front office, not coding.

"CMAA" is also the Construction Management Association of America: see ``lookalikes``.
"""

from screener_plugins.credentials.nha import NHA, NHA_HANDBOOK, NHA_RENEWAL, RENEWAL, eligibility

from screener import Credential, Lookalike, hookimpl

CMAA = Credential(
    id="CMAA",
    name="Certified Medical Administrative Assistant",
    issuer=NHA,
    aliases=["NHA CMAA"],
    prerequisites=eligibility("CMAA", NHA_HANDBOOK),
    implies_education="high_school",
    renewal=RENEWAL,
    lookalikes=[
        Lookalike(
            meaning="Construction Management Association of America",
            aliases=["CMAA"],
            cues=["construction", "CCM"],
        )
    ],
    url=NHA_HANDBOOK,
    sources=[NHA_HANDBOOK, NHA_RENEWAL],
)


@hookimpl
def screener_credentials():
    return [CMAA]
