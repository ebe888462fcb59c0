"""AAHAM (American Association of Healthcare Administrative Management) credentials: the revenue cycle.

AAHAM's CRCS, Certified Revenue Cycle Specialist, is its entry credential
for patient access, billing, collections and patient accounts staff, in an
institutional (CRCS-I, hospitals) and a professional (CRCS-P, clinics) form;
candidates are encouraged to have a year in healthcare patient accounts
first [A1] (a secondary source: **unverified** against AAHAM's own
handbook). AAHAM's own recertification rules for its professional
credentials (CRCP) are on record [A2]; the CRCS's are not recorded.
"""

AAHAM = "AAHAM"
#: BestColleges, "What is a Certified Revenue Cycle Specialist?" (2022). [A1]
CRCS_OVERVIEW = "https://bestcolleges.com/healthcare/careers/certified-revenue-cycle-specialist"
