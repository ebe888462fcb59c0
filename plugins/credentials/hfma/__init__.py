"""HFMA (Healthcare Financial Management Association) credentials: the revenue cycle and healthcare finance.

HFMA's own FAQ [F1] describes the CRCR as a self-study course and an exam
that any individual may buy, members or not; it states no education or
experience prerequisite. Renewal is not stated there and is not recorded.

The CHFP (Certified Healthcare Financial Professional) asks current regular
or advanced HFMA membership, healthcare financial management experience and
the certification exam, as an HFMA chapter's page states them [F2]
(**unverified** against HFMA's own handbook: the chapter says 3 to 5 years,
older chapter pages 2 years). HFMA's own page on maintaining it [F3]: active
membership and 60 hours of eligible education every three years.
"""

HFMA = "HFMA"
#: HFMA's FAQ on the CRCR program. [F1]
HFMA_CRCR_FAQ = "https://www.hfma.org/Content.aspx?id=50076"
#: HFMA Hudson Valley chapter, "Earning the Certified Healthcare Financial Professional Designation". [F2]
HFMA_CHFP_CHAPTER = "https://hfmahudsonvalleyny.org/Certification"
#: HFMA, "Maintaining your certifications". [F3]
HFMA_MAINTAINING = "https://hfma.org/education-and-events/certifications/maintaining-your-certifications.html"
