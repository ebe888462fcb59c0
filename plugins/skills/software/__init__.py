"""Software named in postings: EHRs, encoders, office tools (category ``software``).

Ids are the product's usual written name, with hyphens for spaces
("Oracle-Health", "3M-360-Encompass"), and are stable: renames and former
vendors (Cerner, Allscripts, 3M's health-care business, now Solventum) are
aliases. Source URLs shared by several modules live here.
"""

#: O*NET 29.3 technology skills for 29-2072.00 Medical Records Specialists, read from
#: this public copy of the database (data/*.xlsx). [O2]
ONET_TECHNOLOGY = "https://github.com/eugene-maina72/Phase_5_Capstone_Project-SmartPath"
#: O*NET OnLine, 29-2072.00 Medical Records Specialists. [O1]
ONET_OCCUPATION = "https://onetonline.org/find/match/2/29-2072.00"
