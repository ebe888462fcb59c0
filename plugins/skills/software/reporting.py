"""Data and reporting tools: SQL, SQL Server with its Management Studio and Reporting Services, Tableau, Power BI,
Python.

SQL, Tableau and SSRS are O*NET Hot technologies of medical records
specialists [O2]; HIM analysts, data-integrity and registry posts name them.
Power BI has no primary source checked (unverified): it is listed because
postings name it beside Tableau ("Tableau or Power BI"). Each product is its
own id, as the labellers write them: "SQL Server" is SQL-Server, not SQL,
and "T-SQL" is T-SQL (the longer phrase wins), so a bare "SQL" is the
language. Python, which HIM data analysts' postings ask beside SQL, has no
primary source checked (unverified). SAS and R are on O*NET's list [O2]
but are not here: "SAS" is the NHS's grade of doctors ("SAS doctors") in
the bulk file's every use, and "R" is a letter.
"""

from screener_plugins.skills.software import ONET_OCCUPATION, ONET_TECHNOLOGY

from screener import Skill, hookimpl

SQL = Skill(
    id="SQL",
    name="SQL",
    category="software",
    aliases=["Structured Query Language"],
    sources=[ONET_TECHNOLOGY, ONET_OCCUPATION],
)
T_SQL = Skill(id="T-SQL", name="Transact-SQL", category="software", aliases=["TSQL"])
SQL_SERVER = Skill(
    id="SQL-Server",
    name="Microsoft SQL Server",
    category="software",
    aliases=["SQL Server", "MS SQL Server", "MS SQL", "MSSQL"],
)
SSMS = Skill(
    id="SSMS",
    name="SQL Server Management Studio",
    category="software",
    aliases=["Microsoft SQL Server Management Studio", "MS SQL Server Management Studio"],
)
SSRS = Skill(
    id="SSRS",
    name="SQL Server Reporting Services",
    category="software",
    aliases=["Microsoft SQL Server Reporting Services", "MS SQL Server Reporting Services"],
    sources=[ONET_TECHNOLOGY, ONET_OCCUPATION],
)
TABLEAU = Skill(id="Tableau", name="Tableau", category="software", sources=[ONET_TECHNOLOGY, ONET_OCCUPATION])
POWER_BI = Skill(
    id="Power-BI",
    name="Microsoft Power BI",
    category="software",
    aliases=["Power BI", "PowerBI", "MS Power BI"],
)


PYTHON = Skill(id="Python", name="Python", category="software")


@hookimpl
def screener_skills():
    return [SQL, T_SQL, SQL_SERVER, SSMS, SSRS, TABLEAU, POWER_BI, PYTHON]
