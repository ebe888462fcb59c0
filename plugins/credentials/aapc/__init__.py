"""AAPC credentials."""

AAPC = "AAPC"
AAPC_MAINTAIN = "https://www.aapc.com/certifications/maintain-your-certification"
