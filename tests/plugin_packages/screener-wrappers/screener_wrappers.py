"""screener-wrappers: hook wrappers that post-process what every other plugin answers.

- a new-style wrapper (``wrapper=True``) around ``screener_extract`` caps the
  years of experience any plugin finds at ``MAX_YEARS``;
- an old-style wrapper (``hookwrapper=True``) around ``screener_read`` drops
  the site name from titles read from saved pages ("Clinical Coder | NHS Jobs").
"""

from screener import hookimpl

MAX_YEARS = 10


@hookimpl(wrapper=True)
def screener_extract():
    """Every plugin's requirements, with experience capped at MAX_YEARS."""
    answers = yield
    return [
        [
            r.model_copy(update={"years": MAX_YEARS}) if r.kind == "experience" and (r.years or 0) > MAX_YEARS else r
            for r in requirements
        ]
        for requirements in answers
    ]


@hookimpl(hookwrapper=True)
def screener_read():
    """The reader's posting, with " | site" cut from its title."""
    outcome = yield
    posting = outcome.get_result()
    title = getattr(posting, "title", None)
    if title and " | " in title:
        outcome.force_result(posting.model_copy(update={"title": title.split(" | ")[0]}))
