"""AHIMA credentials (administered by CCHIIM).

Source URLs used by more than one credential live here; each module keeps the
sources that only it uses next to the facts they support.
"""

AHIMA = "AHIMA"
#: AHIMA's certification FAQ: eligibility and transcripts. [A9]
AHIMA_FAQ = "https://ahima.org/certification-careers/apply/contact-us-faqs/"
#: AHIMA's recertification (CEU) table. [A4]
AHIMA_RECERTIFICATION = "https://www.ahima.org/certification/Recertification"
#: AHIMA's recertification FAQ (CEU cycle, the dropped CCA/CCS self-review). [A5]
AHIMA_RECERTIFICATION_FAQ = "http://cms-test.ahima.org/contact-us-faqs/faqs-recertification/"
#: The CCS overview page; it also names CCS-P as a CCS preparation route. [A1]
CCS_PAGE = "https://ahima.org/certification-careers/certifications-overview/ccs"
#: CCHIIM candidate guide of 2016/2017 (historical eligibility rules). [A13]
CANDIDATE_GUIDE = "https://es.scribd.com/document/436601196/Candidate-Guide-1"
