"""Assessment plugins: how a candidate profile meets credential and skill requirements.

They know no particular credential: they read what the credential and skill
plugins document (prerequisites and their routes, ``implies_education``,
``supersedes``, ``equivalent_to``, ``apprentice_of``, ``broader``) through the
knowledge base the screener passes to ``screener_assess``. Education and
experience requirements are assessed by the plugins that extract them
(``screener_plugins.requirements``).
"""
