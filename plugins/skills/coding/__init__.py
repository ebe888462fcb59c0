"""Coding systems and terminologies, one module per family.

Ids are the canonical ones of DESIGN.md and the corpus's LABELS.md. A
narrower system names its family in ``broader`` (ICD-10-CM is in ICD-10), so
a posting that only names the family is met by it. Source URLs shared by
several modules live here, with their reference keys.
"""

#: The ICD-9-CM to ICD-10 transition of 1 Oct 2015. [S1]
ICD10_TRANSITION = "https://aci.edu/blog/icd-10-transition-introduction/"
#: ICD-10-CM/PCS, their structure. [S1c]
ICD10_STRUCTURE = "http://blogs.ipro.org/icd10/2011/04/15/transitioning-to-icd-10/"
#: A guide to clinical terminologies (ICD, SNOMED CT, LOINC). [S8]
TERMINOLOGY_GUIDE = "https://clinicaldatastandards.com/guides/terminology"
#: NLM's summary of the standards (SNOMED CT, LOINC). [S8]
NLM_STANDARDS = "https://lhncbc.nlm.nih.gov/newbornscreeningcodes/nb/sc/standards.html"
#: CMS's HCPCS record layout: Level I is CPT, Level II letters, D codes are CDT. [S4]
HCPCS_RECORD_LAYOUT = "https://www.cms.gov/files/document/2020-hcpcs-record-layout.txt"
#: A secondary source on clinical data representation codes (NDC). [S9]
CODES_ESSAY = "https://studymode.com/essays/Clinical-Data-Representation-Codes-66511165.html"
