"""NAHRI (National Association of Healthcare Revenue Integrity) credentials: revenue integrity.

NAHRI awards the CHRI, Certification in Healthcare Revenue Integrity, on an
exam taken after an application with the candidate's work and education
history [R1]. Its published exam outline [R2] covers coding guidelines,
charge capture, chargemaster maintenance, denials and audits. Eligibility
and renewal are in NAHRI's exam handbook, which is not on record here: none
is recorded (**unverified**).
"""

NAHRI = "NAHRI"
#: NAHRI's certification page. [R1]
NAHRI_CERTIFICATION = "https://nahri.org/certification"
#: The CHRI exam outline, as reproduced online. [R2]
CHRI_EXAM_OUTLINE = (
    "http://businessdocbox.com/Business_Software/123319478-Certification-in-healthcare-revenue-integrity-chri"
    "-exam-outline.html"
)
