"""Epic (Epic Systems), the EHR; an O*NET "Hot" and "In Demand" technology [O2].

"Epic" has lower-case letters, so it matches in any case, and "epic" is also
an ordinary adjective. Two lookalike rules keep the adjective out:

- the lower-case spelling "epic" is always doubtful (its cue is the word
  itself), so it counts only when listed with other software ("epic, cerner
  or meditech") or next to credential words;
- the capitalised "Epic" is dropped in clauses that read like the adjective
  ("an Epic journey").

A third keeps out Applied Epic, an insurance agency's system ("Proficient in
Applied Epic").

Module names (Resolute, Hyperspace, ...) are unverified; the common ones are
aliases.
"""

from screener_plugins.skills.software import ONET_OCCUPATION, ONET_TECHNOLOGY

from screener import Lookalike, Skill, hookimpl

EPIC = Skill(
    id="Epic",
    name="Epic Systems",
    category="software",
    aliases=[
        "Epic EHR",
        "Epic EMR",
        "EpicCare",
        "Epic Hyperspace",
        "Epic Resolute",
    ],
    lookalikes=[
        Lookalike(meaning="the adjective 'epic' (lower case)", aliases=["epic"], cues=["epic"]),
        Lookalike(
            meaning="the adjective 'Epic'",
            aliases=["Epic"],
            cues=["journey", "adventure", "saga", "proportions"],
        ),
        # Applied Systems' management system for insurance agencies: "Process endorsements ... in Applied Epic"
        Lookalike(
            meaning="Applied Epic, an insurance agency's management system", aliases=["Epic"], cues=["applied epic"]
        ),
    ],
    sources=[ONET_TECHNOLOGY, ONET_OCCUPATION],
)


@hookimpl
def screener_skills():
    return [EPIC]
