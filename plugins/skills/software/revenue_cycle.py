"""Revenue-cycle portals and clearinghouses: Availity, Waystar.

Billers, denials and charge-capture postings ask for them ("checking
eligibility and claim status in Availity", "Waystar claim scrubber"). No
primary source checked (unverified).
"""

from screener import Skill, hookimpl

AVAILITY = Skill(id="Availity", name="Availity", category="software", aliases=["Availity Essentials"])
WAYSTAR = Skill(id="Waystar", name="Waystar", category="software")


@hookimpl
def screener_skills():
    return [AVAILITY, WAYSTAR]
