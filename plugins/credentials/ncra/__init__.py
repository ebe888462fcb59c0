"""NCRA credentials (cancer registry)."""

NCRA = "NCRA"
NCRA_ELIGIBILITY = "https://www.ncra-usa.org/ODS-Credential/Potential-ODS/Eligibility"
