"""CPT: Current Procedural Terminology (AMA), also HCPCS Level I."""

from screener import Skill, hookimpl

CPT = Skill(
    id="CPT",
    name="Current Procedural Terminology",
    category="coding_system",
    aliases=["CPT-4", "CPT4", "CPT®", "HCPCS Level I", "HCPCS Level 1"],
    sources=["https://www.verywellhealth.com/cpt-codes-by-category-2317119"],
)


@hookimpl
def screener_skills():
    return [CPT]
