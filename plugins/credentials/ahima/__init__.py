"""AHIMA credentials (administered by CCHIIM)."""

AHIMA = "AHIMA"
#: AHIMA's certification FAQ: eligibility and transcripts.
AHIMA_FAQ = "https://ahima.org/certification-careers/apply/contact-us-faqs/"
#: AHIMA's recertification (CEU) table.
AHIMA_RECERTIFICATION = "https://www.ahima.org/certification/Recertification"
