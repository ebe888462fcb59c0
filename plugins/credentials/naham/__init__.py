"""NAHAM (National Association of Healthcare Access Management) credentials: patient access.

Eligibility as a state association reproduces NAHAM's certification page
[N1] (a secondary source: **unverified** against NAHAM's own manual):

- CHAA (associates): one year in the healthcare or finance industry, or a
  NAHAM-accredited college program in healthcare; and a high-school diploma
  or GED with 30 professional development contact hours in the past two
  years, or an associate degree or higher.
- CHAM (managers): two years of management experience in the healthcare or
  finance industry; and a high-school diploma or GED with 90 contact hours
  in the past three years, or a four-year degree in healthcare, business or
  a related field.

Renewal is not recorded.
"""

NAHAM = "NAHAM"
#: NAHAM's exam eligibility, as reproduced by the Georgia Association of Medical Assistants' page. [N1]
NAHAM_ELIGIBILITY = "https://gama-online.org/make-naham-certification-a-priority-this-year/"
