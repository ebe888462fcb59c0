"""AHDI (Association for Healthcare Documentation Integrity) credentials: healthcare documentation."""

AHDI = "AHDI"
#: AHDI's recertification page (the CHDS's 3-year cycle). [D3]
AHDI_RECERT = "https://www.ahdionline.org/page/recert"
