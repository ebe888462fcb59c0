"""AHIOS (Association of Health Information Outsourcing Services) credentials: release of information.

AHIOS awards the CRIS, Certified Release of Information Specialist, on a
test of release-of-information competencies (HIPAA, state laws on sensitive
records, types of requests, the designated record set) [I1]. The source is a
trade-magazine article by an AHIOS officer, not AHIOS's own handbook:
eligibility and renewal are not recorded (**unverified**).
"""

AHIOS = "AHIOS"
#: For The Record, "Using the CRIS Test to Evaluate ROI Competencies" (May 2018). [I1]
CRIS_ARTICLE = "https://www.fortherecordmag.com/news/enews_0518_01.shtml"
