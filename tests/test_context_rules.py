"""Context rules are data: plugins add, replace and switch off rules, and the precedence is data too.

Plugins here are real files loaded with ``--plugin`` through the real
command line, or plugin objects given to a ``Screener``: the same path a
third-party package takes.
"""

from __future__ import annotations

import ast
import importlib
import json
import re
from pathlib import Path

import pytest
from conftest import ROOT, builtin_screener
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from screener import (
    Abbreviation,
    AnyOfCue,
    Connective,
    Dismissal,
    ListGap,
    OtherWorkSignal,
    SectionHeading,
    StrengthCue,
    hookimpl,
)
from screener.core.rules import DEFAULT_PRECEDENCE, LAYOUT_REASONS, NOT_ASKED_ROLES, RuleSet
from screener.extraction.context import PostingContext
from screener.testing import run_cli


def _plugin_file(directory: Path, name: str, rules_source: str) -> Path:
    path = directory / f"{name}.py"
    path.write_text(
        "from screener import AnyOfCue, Dismissal, ListGap, SectionHeading, StrengthCue, hookimpl\n\n\n"
        f"@hookimpl\ndef screener_context_rules():\n    return {rules_source}\n",
        encoding="utf-8",
    )
    return path


def _extract(tmp_path: Path, text: str, *plugin_files: Path) -> tuple[dict, str, int]:
    posting = tmp_path / "posting.txt"
    posting.write_text(text, encoding="utf-8")
    args = [arg for path in plugin_files for arg in ("--plugin", str(path))]
    result = run_cli(*args, "extract", str(posting), "--format", "json")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    data = json.loads(result.stdout) if result.stdout.strip() else {}
    return data, result.stderr, result.exit_code


def _strengths(data: dict) -> dict[str, str]:
    return {r["id"]: r["strength"] for r in data.get("requirements", [])}


def test_hook_screener_context_rules(tmp_path):
    """A plugin's cue changes what the screener reads, with no other change anywhere."""
    text = "Coding Specialist\nCCS would be the cherry on top.\n"
    before, _, _ = _extract(tmp_path, text)
    assert _strengths(before)["CCS"] == "required"
    plugin = _plugin_file(
        tmp_path,
        "cherry_rules",
        '[StrengthCue(name="cherry-on-top", strength="preferred", pattern=r"\\bcherry\\s+on\\s+top\\b")]',
    )
    after, stderr, status = _extract(tmp_path, text, plugin)
    assert status == 0, stderr
    assert _strengths(after)["CCS"] == "preferred"


def test_a_rule_named_like_a_built_in_replaces_it_with_a_notice(tmp_path):
    text = "Coding Specialist\nCPC certification is helpful.\n"
    before, _, _ = _extract(tmp_path, text)
    assert _strengths(before)["CPC"] == "preferred"
    # the built-in "ideal" rule without "helpful"
    plugin = _plugin_file(
        tmp_path, "stricter", '[StrengthCue(name="ideal", strength="preferred", pattern=r"\\bideal(?:ly)?\\b")]'
    )
    after, stderr, status = _extract(tmp_path, text, plugin)
    assert status == 0
    assert _strengths(after)["CPC"] == "required"
    assert "stricter" in stderr and "'ideal'" in stderr and "context-rules-en" in stderr


def test_a_disabled_rule_no_longer_applies(tmp_path):
    text = "HIM Technician\nTuition assistance toward the RHIA exam.\n"
    before, _, _ = _extract(tmp_path, text)
    assert "RHIA" not in _strengths(before)
    plugin = _plugin_file(
        tmp_path, "no_benefits", '[Dismissal(name="benefit", scope="clause", reason="-", enabled=False)]'
    )
    after, _, status = _extract(tmp_path, text, plugin)
    assert status == 0
    assert _strengths(after)["RHIA"] == "required"


def test_an_invalid_rule_names_the_plugin_and_the_rule_and_the_plugin_is_left_out(tmp_path):
    plugin = _plugin_file(
        tmp_path, "shouty", '[{"type": "strength_cue", "name": "shout", "strength": "required", "pattern": "MUST"}]'
    )
    posting = tmp_path / "p.txt"
    posting.write_text("Coder\nRHIT required.\n", encoding="utf-8")
    result = run_cli("--plugin", str(plugin), "extract", str(posting), "--format", "json")
    assert result.exit_code == 0
    assert "shouty" in result.stderr and "'shout'" in result.stderr and "upper-case" in result.stderr
    assert _strengths(json.loads(result.stdout)) == {"RHIT": "required"}
    strict = run_cli("--plugin", str(plugin), "extract", str(posting), "--strict")
    assert strict.exit_code == 3 and "shouty" in strict.stderr and "Traceback" not in strict.stderr


def test_two_plugins_defining_one_rule_name_is_an_error_naming_both(tmp_path):
    rule = '[StrengthCue(name="same-name", strength="preferred", pattern=r"\\bgood\\b")]'
    first, second = _plugin_file(tmp_path, "first_rules", rule), _plugin_file(tmp_path, "second_rules", rule)
    _, stderr, status = _extract(tmp_path, "Coder\nRHIT is good.\n", first, second)
    assert status == 3
    assert "same-name" in stderr and "first_rules" in stderr and "second_rules" in stderr


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        ({"type": "strength_cue", "name": "x", "strength": "required", "pattern": "Must"}, "upper-case"),
        ({"type": "strength_cue", "name": "x", "strength": "required", "pattern": "(unclosed"}, "regular expression"),
        ({"type": "strength_cue", "name": "x", "strength": "required", "pattern": "{VENDOR}"}, "placeholder"),
        ({"type": "strength_cue", "name": "x", "strength": "required"}, "needs a pattern"),
        ({"type": "dismissal", "name": "x", "pattern": "a", "scope": "paragraph", "reason": "r"}, "scope"),
        ({"type": "any_of", "name": "x", "scope": "path", "pattern": "or"}, "takes no pattern"),
        ({"type": "no_such_rule", "name": "x"}, "type"),
        ({"type": "abbreviation", "name": "x"}, "needs words"),
        ({"type": "abbreviation", "name": "x", "words": ["Yrs"]}, "lower case"),
        ({"type": "abbreviation", "name": "x", "words": ["yrs."]}, "without its full stop"),
        ({"type": "abbreviation", "name": "x", "words": ["etc"], "only_before": "a)"}, "punctuation only"),
    ],
)
def test_rules_are_validated(rule, problem):
    from screener.core.rules import parse_rule

    with pytest.raises(ValidationError, match=problem):
        parse_rule(rule)


def test_a_plugin_may_give_rules_as_dicts():
    class DictRules:
        @hookimpl
        def screener_context_rules(self):
            return [
                {"type": "strength_cue", "name": "good-to-have", "strength": "preferred", "pattern": r"good to have"}
            ]

    screener = builtin_screener(plugins=[DictRules()])
    assert _ids_and_strengths(screener, "Coder\nCPC good to have.\n") == {"CPC": "preferred"}


def _ids_and_strengths(screener, text: str) -> dict[str, str]:
    return {r.id: r.strength for r in screener.extract(text).requirements}


# ---------------------------------------------------------------------- rule types and their fields


def test_direction_limits_which_mentions_a_cue_reaches():
    class Directed:
        @hookimpl
        def screener_context_rules(self):
            return [StrengthCue(name="wanted", strength="preferred", pattern=r"\bwanted\b", direction="forward")]

    screener = builtin_screener(plugins=[Directed()])
    assert _ids_and_strengths(screener, "Coder\nWanted: CPC.\n") == {"CPC": "preferred"}
    # a forward cue does not reach back to a mention before it
    assert _ids_and_strengths(screener, "Coder\nCPC wanted.\n") == {"CPC": "required"}


def test_a_section_heading_rule_gives_its_role_to_the_lines_under_it():
    text = "Coder\nWorth Having\nCPC certification\nQualifications\nRHIT certification\n"
    assert _ids_and_strengths(builtin_screener(), text) == {"CPC": "required", "RHIT": "required"}

    class Headings:
        @hookimpl
        def screener_context_rules(self):
            return [SectionHeading(name="worth-having", role="preferred", priority=45, pattern=r"\bworth having\b")]

    assert _ids_and_strengths(builtin_screener(plugins=[Headings()]), text) == {"CPC": "preferred", "RHIT": "required"}


@pytest.mark.parametrize("role", sorted(NOT_ASKED_ROLES))
def test_a_heading_of_a_role_that_asks_nothing_drops_what_is_under_it_and_says_why(role):
    class Headings:
        @hookimpl
        def screener_context_rules(self):
            return [SectionHeading(name="our-heading", role=role, priority=99, pattern=r"\bzebra notes\b")]

    extraction = builtin_screener(plugins=[Headings()]).extract("Coder\nZebra notes:\n- CPC\nRequired:\n- RHIT\n")
    assert [r.id for r in extraction.of_kind("credential")] == ["RHIT"]
    assert [(d.id, d.reason) for d in extraction.dismissed] == [
        ("CPC", f"{LAYOUT_REASONS[f'{role}_section']} ('Zebra notes')")
    ]


def _read_with(rules, text):
    class Connectives:
        @hookimpl
        def screener_context_rules(self):
            return rules

    return [(r.id, r.strength, r.any_of) for r in builtin_screener(plugins=[Connectives()]).extract(text).requirements]


def test_connectives_are_rules_a_plugin_adds_or_switches_off():
    contrast = "Coder\nConfident in Microsoft Office {} NHS experience is not essential.\n"
    assert _read_with([], contrast.format("but")) == [("Microsoft-Office", "required", None)]
    assert _read_with([], contrast.format("yet")) == [("Microsoft-Office", "not_required", None)]
    yet = Connective(name="yet", role="contrast", pattern=r"\byet\b")
    assert _read_with([yet], contrast.format("yet")) == [("Microsoft-Office", "required", None)]
    no_but = Connective(name="but", role="contrast", pattern="but", enabled=False)
    assert _read_with([no_but], contrast.format("but")) == [("Microsoft-Office", "not_required", None)]

    choice_and_one_more = "Coder\nCCS-P or CPC and CEMC required.\n"
    assert _read_with([], choice_and_one_more)[-1] == ("CEMC", "required", None)
    no_and = Connective(name="and", role="addition", pattern="and", enabled=False)
    assert _read_with([no_and], choice_and_one_more)[-1] == ("CEMC", "required", "g1")

    aside = "Coder\nRHIT (extremely preferred)\n"
    assert _read_with([], aside) == [("RHIT", "required", None)]
    extremely = Connective(name="extremely", role="filler", pattern=r"\bextremely\b")
    assert _read_with([extremely], aside) == [("RHIT", "preferred", None)]

    absolute = "Coder\nEducated to degree level, {} case, complaints or appeals experience an advantage.\n"
    assert _read_with([], absolute.format("with"))[0] == ("bachelor", "required", None)
    assert _read_with([], absolute.format("plus"))[0] == ("bachelor", "preferred", None)
    plus = Connective(name="plus", role="absolute", pattern=r"\bplus\b")
    assert _read_with([plus], absolute.format("plus"))[0] == ("bachelor", "required", None)
    no_with = Connective(name="with", role="absolute", pattern="with", enabled=False)
    assert _read_with([no_with], absolute.format("with"))[0] == ("bachelor", "preferred", None)


def _sentences_with(rules, text):
    class Abbreviations:
        @hookimpl
        def screener_context_rules(self):
            return rules

    return [sentence.text.strip() for sentence in builtin_screener(plugins=[Abbreviations()]).nlp(text).sents]


def test_abbreviations_are_rules_a_plugin_adds_or_switches_off():
    # the words whose full stop ends no sentence are the language's, not the core's tokenizer's
    years = "Minimum of 4 yrs. pro-fee coding exp., including 1-2 yrs auditing. CPC required."
    assert _sentences_with([], years) == [years[:-14], "CPC required."]
    off = Abbreviation(name="postings-abbreviations", words=["yrs"], enabled=False)
    assert _sentences_with([off], years)[0] == "Minimum of 4 yrs."
    months = "At least 18 Mths. of coding experience. CPC required."
    assert _sentences_with([], months)[0] == "At least 18 Mths."
    mths = Abbreviation(name="months", words=["mths"])
    assert _sentences_with([mths], months) == [months[:-14], "CPC required."]
    # only before the characters given: "etc." inside brackets goes on, "etc." before a capital ends a sentence
    listed = "Certification (CPC, CCA, etc.) is not required. Word, Excel etc. Epic is a plus."
    assert _sentences_with([], listed) == [listed[:47], "Word, Excel etc.", "Epic is a plus."]
    no_etc = Abbreviation(name="etc-inside-a-sentence", words=["etc"], enabled=False)
    assert _sentences_with([no_etc], listed)[0] == "Certification (CPC, CCA, etc."
    # ... and, where the rule says so, before a word in lower case, which a plugin gives other words too
    going_on = "Word, Excel, and Outlook etc. are essential. Coding esp. inpatient. Epic esp. Cerner is a plus."
    assert _sentences_with([], going_on) == [going_on[:44], "Coding esp.", "inpatient.", "Epic esp.", going_on[-17:]]
    assert _sentences_with([no_etc], going_on)[:2] == ["Word, Excel, and Outlook etc.", "are essential."]
    esp = Abbreviation(name="especially", words=["esp"], only_before=",", before_lower_case=True)
    assert _sentences_with([esp], going_on)[1:] == ["Coding esp. inpatient.", "Epic esp.", "Cerner is a plus."]


def test_a_heading_s_company_and_a_strength_column_s_name_are_rules_a_plugin_adds_or_switches_off():
    # the words a heading may hold beside a heading rule's words are the language's, not the core's
    # (the item under the heading is no bullet: a preference over a bulleted list heads it, whatever its other words)
    levels = "Coder\n\nMinimum\n- RHIT\n\nPreferred {} level\nCPMA\n"
    assert _read_with([], levels.format("at either"))[-1] == ("CPMA", "preferred", None)
    assert _read_with([], levels.format("whichever"))[-1] == ("CPMA", "required", None)
    whichever = Connective(name="whichever", role="heading_company", pattern=r"\bwhichever\b")
    assert _read_with([whichever], levels.format("whichever"))[-1] == ("CPMA", "preferred", None)
    no_company = Connective(name="beside-a-headings-words", role="heading_company", pattern="x", enabled=False)
    assert _read_with([no_company], levels.format("at either"))[-1] == ("CPMA", "required", None)

    # ... and so are the names of a table's column that gives each row its strength
    table = "Coder\n\n| Credential | {} | Notes |\n|---|---|---|\n| CRC | Required | - |\n| CDEO | Preferred | - |\n"
    assert _read_with([], table.format("Status")) == [("CRC", "required", None), ("CDEO", "preferred", None)]
    assert _read_with([], table.format("Verdict"))[-1] == ("CDEO", "required", None)
    verdict = Connective(name="verdict", role="strength_column", pattern="verdict")
    assert _read_with([verdict], table.format("Verdict"))[-1] == ("CDEO", "preferred", None)
    no_column = Connective(name="a-column-of-each-rows-strength", role="strength_column", pattern="x", enabled=False)
    assert _read_with([no_column], table.format("Status"))[-1] == ("CDEO", "required", None)


def test_an_up_to_dismissal_covers_the_lines_up_to_its_closing_line_and_needs_one():
    digest = Dismissal(name="digest", scope="up_to", reason="a digest", pattern=r"^digest:$", up_to=r"^original text:$")
    text = "Coder\nDigest:\n- CPC required\n{}Requirements\n- CCS required\n"
    assert _read_with([digest], text.format("\nOriginal text:\n")) == [("CCS", "required", None)]
    # ... with no closing line after it, it dismisses nothing
    assert _read_with([digest], text.format("\n")) == [("CPC", "required", None), ("CCS", "required", None)]
    with pytest.raises(ValidationError, match="up_to"):
        Dismissal(name="no-end", scope="up_to", reason="-", pattern="digest")
    with pytest.raises(ValidationError, match="up_to"):
        Dismissal(name="an-end-of-no-use", scope="sentence", reason="-", pattern="digest", up_to="original")


def test_other_work_signals_are_rules_a_plugin_adds_or_switches_off():
    def in_scope(rules, text):
        class OtherWork:
            @hookimpl
            def screener_context_rules(self):
                return rules

        return builtin_screener(plugins=[OtherWork()]).extract(text).in_scope

    vet = "Veterinary Technician\nRCVS registered. Keep accurate patient records of veterinary care.\n"
    # the built-in rule reads a veterinary posting out; switched off, nothing does
    assert in_scope([], vet) is False
    no_animal_care = OtherWorkSignal(name="animal-care", pattern="x", enabled=False)
    assert in_scope([no_animal_care], vet) is True
    rcvs = OtherWorkSignal(name="rcvs", pattern=r"\brcvs\b")
    assert in_scope([no_animal_care, rcvs], vet) is False
    # one that outweighs a named signal only leaves the others
    rcvs_outweighing_claims = rcvs.model_copy(update={"outweighs": ["touches-records-and-claims"]})
    assert in_scope([no_animal_care, rcvs_outweighing_claims], vet) is True
    # one read in the title only: "veterinary" in the text alone says nothing
    veterinary_title = OtherWorkSignal(name="veterinary-title", pattern=r"\bveterinary\b", in_title=True)
    assert in_scope([no_animal_care, veterinary_title], vet) is False
    records_technician = vet.replace("Veterinary Technician", "Records Technician")
    assert in_scope([no_animal_care, veterinary_title], records_technician) is True
    nurse = "Staff Nurse\nNMC registered. Keep accurate patient records.\n"
    assert in_scope([], nurse) is False
    off = [
        OtherWorkSignal(name=name, pattern="x", enabled=False) for name in ("clinical-registration", "clinical-title")
    ]
    assert in_scope(off[:1], nurse) is False  # the title still says so
    assert in_scope(off, nurse) is True


def test_dismissal_kinds_limit_a_rule_to_some_kinds():
    text = "Coder\nCPT coding and CPC certification, both taught in our academy.\n"
    assert set(_ids_and_strengths(builtin_screener(), text)) == {"CPT", "CPC"}

    class Academy:
        @hookimpl
        def screener_context_rules(self):
            return [
                Dismissal(
                    name="academy", scope="sentence", kinds=["coding_system"], reason="taught", pattern=r"\bacademy\b"
                )
            ]

    assert set(_ids_and_strengths(builtin_screener(plugins=[Academy()]), text)) == {"CPC"}


@pytest.mark.parametrize(
    ("scope", "pattern"),
    [
        ("before", r"\bBy Dana Lee,\s*$"),
        ("after", r",\s*Dana Lee\b"),
        ("sentence", r"\bDANA\b"),
        ("clause", r"\bDANA\b"),
        ("segment", r"\bDANA\b"),
    ],
)
def test_a_case_sensitive_dismissal_searches_the_text_as_written_in_every_scope(scope, pattern):
    """A case-sensitive rule's capitals match the text's capitals, and only those, whatever its scope."""

    class AsWritten:
        @hookimpl
        def screener_context_rules(self):
            return [
                Dismissal(
                    name="as-written",
                    scope=scope,
                    kinds=["credential"],
                    reason="-",
                    pattern=pattern,
                    case_sensitive=True,
                )
            ]

    screener = builtin_screener(plugins=[AsWritten()])
    written = {
        "before": "Coder\nNotes By Dana Lee, RHIA on the team.\n",
        "after": "Coder\nThe RHIA, Dana Lee signs.\n",
    }.get(scope, "Coder\nThe RHIA is DANA.\n")
    assert "RHIA" not in _ids_and_strengths(screener, written)
    # the same words in other capitals are not the rule's
    assert "RHIA" in _ids_and_strengths(screener, written.replace("Dana Lee", "dana lee").replace("DANA", "Dana"))


def test_any_of_rules_decide_what_is_a_choice():
    text = "Coder\nRHIT plus CCS.\n"
    screener = builtin_screener()
    assert [r.any_of for r in screener.extract(text).requirements] == [None, None]

    class PlusMeansOr:
        @hookimpl
        def screener_context_rules(self):
            return [
                ListGap(name="plus-joins", pattern=r"\s+plus\s+"),
                AnyOfCue(name="plus-or", scope="gap", kinds=["credential"], pattern=r"\bplus\b"),
            ]

    requirements = builtin_screener(plugins=[PlusMeansOr()]).extract(text).requirements
    assert [r.any_of for r in requirements] == ["g1", "g1"]


def test_issuers_come_from_the_knowledge_base():
    """ "Eligible for the <issuer> <credential>" reads the issuers the plugins define, none written in the core."""
    screener = builtin_screener()
    assert "AHIMA" in screener.rules.issuers and "NCRA" in screener.rules.issuers
    [rhit] = screener.extract("Coder\nMust be eligible for the AHIMA RHIT exam.\n").requirements
    assert rhit.accepts_eligible


# ---------------------------------------------------------------------- precedence


PRECEDENCE_CASES = [
    ("Coder\nWe pay for your RHIT exam.\n", "dismissals", None),
    ("Coder\nBenefits\nRHIT exam vouchers\n", "dismissals", None),
    ("Coder\nMust have CPC, RHIT preferred.\n", "cue:segment", "preferred"),
    ("Coder\nRHIT, and a laptop preferred; a car.\n", "cue:clause", "preferred"),
    ("Coder\nRequired credentials may include the following, depending on the role:\n- RHIT\n", "hedged_section", None),
    ("Coder\nRHIT; strongly preferred.\n", "cue:sentence", "preferred"),
    ("Coder\nRHIT; a laptop is preferred.\n", "default", "required"),  # a later clause's cue is of its own
    ("Coder\nPreferred Qualifications\nRHIT\n", "section", "preferred"),
    ("Coder\nRHIT\n", "default", "required"),
]


@pytest.mark.parametrize(("text", "step", "strength"), PRECEDENCE_CASES)
def test_each_precedence_step_decides_where_the_earlier_ones_do_not(text, step, strength):
    screener = builtin_screener()
    doc = screener.nlp(text)
    ctx: PostingContext = doc._.screener
    start = text.index("RHIT")
    decision = ctx.decide(start, start + 4, "credential")
    assert (decision.step, decision.strength) == (step, strength)
    assert ctx.explain(decision, start)


def test_the_precedence_is_data():
    screener = builtin_screener()
    text = "Coder\nPreferred Qualifications\nRHIT required\n"
    doc = screener.nlp(text)
    start = text.index("RHIT")
    assert doc._.screener.decide(start, start + 4).strength == "required"
    section_first = RuleSet(
        rules=screener.rules.rules,
        issuers=screener.rules.issuers,
        precedence=("dismissals", "section", "cue:segment", "default"),
    )
    assert PostingContext(doc, section_first).decide(start, start + 4).strength == "preferred"
    with pytest.raises(ValueError, match="unknown precedence step"):
        RuleSet(precedence=("dismissals", "gut-feeling"))


def test_the_precedence_is_documented_step_by_step():
    docs = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    documented = re.findall(r"^\d+\. `([\w:]+)`", docs, re.M)
    assert tuple(documented) == DEFAULT_PRECEDENCE


def test_without_rules_every_mention_is_required():
    """The core itself knows no cue words: with no rules, nothing is dismissed, preferred or grouped."""
    screener = builtin_screener()
    text = "Coder\nRHIT or CCS preferred; we pay for your CPC exam.\n"
    doc = screener.nlp(text)
    bare = PostingContext(doc, RuleSet())
    for word in ("RHIT", "CCS", "CPC"):
        start = text.index(word)
        assert bare.decide(start, start + len(word)).strength == "required"


@pytest.mark.parametrize(
    "clause",
    [
        "Two years as a Coder I is required.",  # held_before
        "Coder I experience is required.",  # held_after
        "Meets all requirements of the Coder I position.",  # takes_in_before
        "Coder I requirements, plus a CCS.",  # takes_in_after
    ],
)
def test_the_career_ladders_words_come_from_the_language_rules(clause):
    """The ladder module knows no English: which named level is a level held, or taken in, is the language
    plugin's ``Connective`` rules; with only the rules that name levels, the same clause names another job's
    level."""
    from screener.core.rules import AnyOfCue
    from screener.extraction.ladder import NamedLevel, levels_named

    screener = builtin_screener()
    levels_only = RuleSet(
        rules=[r for r in screener.rules.rules if isinstance(r, AnyOfCue) and r.scope == "ladder_level"]
    )
    assert levels_named(clause, 0, len(clause), screener.rules) == []
    assert levels_named(clause, 0, len(clause), levels_only) == [NamedLevel("coder", 1)]


def test_a_level_of_care_is_the_language_rules_word():
    from screener.core.rules import AnyOfCue
    from screener.extraction.ladder import levels_named

    screener = builtin_screener()
    levels_only = RuleSet(
        rules=[r for r in screener.rules.rules if isinstance(r, AnyOfCue) and r.scope == "ladder_level"]
    )
    text = "Our Level II trauma center codes every case."
    assert levels_named(text, 0, len(text), screener.rules, held=True) == []
    assert levels_named(text, 0, len(text), levels_only, held=True) != []


# ---------------------------------------------------------------------- the core names no issuer or credential


def _string_constants(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    documentation = {  # Field(description=...) and the like: text for people, not a pattern
        id(keyword.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        for keyword in node.keywords
        if keyword.arg in {"description", "help", "title"}
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and id(node) not in documentation
    ]


def test_the_rule_engine_names_no_issuer_or_credential(screener):
    names = {*screener.knowledge.issuer_names, *screener.knowledge.credentials}
    word = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w-])")
    # what reads postings and applies the rules: every module of the host, knowledge, extraction and fit
    # layers (the generator of hostile test texts and the profile template aside), the rule types and the facade
    layers = ("host", "knowledge", "extraction", "fit")
    engine = [
        path
        for layer in layers
        for path in (ROOT / "screener" / layer).glob("*.py")
        if path.name not in {"hostile.py", "profiles.py"}
    ]
    engine += [ROOT / "screener" / name for name in ("core/rules.py", "core/numbers.py", "engine.py", "workers.py")]
    assert len(engine) > 20
    for path in engine:
        for constant in _string_constants(path):
            assert not word.search(constant), f"{path} names {word.search(constant).group()}: {constant!r}"


# ---------------------------------------------------------------------- the literal prefilter


def _built_in_patterns(screener) -> list[tuple[str, re.Pattern[str], frozenset[str] | None]]:
    compiled = [screener.rules._compiled(rule) for rule in screener.rules.rules if rule.pattern]
    return [(c.rule.name, c.regex, c.literals) for c in compiled]


def test_the_prefilter_never_skips_a_pattern_that_would_match(screener):
    from conftest import corpus_dirs
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from screener.extraction.context import aligned_lower

    patterns = _built_in_patterns(screener)
    assert sum(literals is not None for _, _, literals in patterns) >= len(patterns) // 2
    words = [
        "OR",
        "or",
        "either",
        "one of the following",
        "courses in",
        "curriculum",
        "eligible",
        "team",
        "/",
        "we pay",
        "tuition",
        "certified",
        "exam",
        "RHIT",
        ":",
        "\n",
        "- ",
        " ",
        ",",
        "may include",
    ]

    def check(text: str) -> None:
        lower = aligned_lower(text)
        for name, regex, literals in patterns:
            if literals is None:
                continue
            for haystack in (text, lower):
                if regex.search(haystack):
                    assert any(literal in haystack for literal in literals), (name, haystack)

    for folder in corpus_dirs():
        for path in sorted((folder / "postings").glob("*.txt")):
            check(path.read_text(encoding="utf-8"))

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(words), max_size=30).map("".join))
    def random_texts(text):
        check(text)

    random_texts()


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\bor\b", {"or"}),
        (r"abc|xyz", {"abc", "xyz"}),
        (r"abc|abd", {"ab"}),
        (r"(?:x|y)z+", {"z"}),
        (r"a?b*", None),
        (r"(?i:must)", None),
        (r"\bcourses?\s+in\b|\bcoursework\b", {"course"}),
        # what a lookahead or lookbehind that must hold looks for is in the text too; not what one that must not
        (r"^summary$(?=(?:\n.*){1,15}?generated)", {"generated"}),
        (r"(?<=abcdef)x", {"abcdef"}),
        (r"ab(?!cdefgh)", {"ab"}),
    ],
)
def test_required_literals(pattern, literals):
    from screener.core.rules import required_literals

    assert required_literals(pattern) == (None if literals is None else frozenset(literals))


@pytest.mark.parametrize(
    ("pattern", "factored"),
    [
        (r"\bnice\s+to\s+have\b|\bbonus\b", True),
        (r"(?:\bideal\b|\bhelpful\b)|\bplus\b(?=\s*[.!,;)])", True),
        (r"(?:\ba\s+plus\b)$", True),
        (r"\bfoo|bar", False),  # "bar" may match inside a word
        (r"(?i)\bfoo|\bbar", False),  # global flags cannot go inside a group
        (r"(?i:\bfoo)|\bbar", False),  # a group with flags of its own is left alone
        (r"OR(?<=[ \t]OR)", False),
    ],
)
def test_a_leading_word_boundary_is_factored_out_only_when_every_alternative_has_it(pattern, factored):
    from screener.core.rules import boundary_first

    result = boundary_first(pattern)
    assert (result != pattern) is factored
    assert re.compile(result)


WORDISH = "ab _-.,\n" + "éß1"


@given(
    branches=st.lists(st.text(alphabet="ab", min_size=1, max_size=3), min_size=1, max_size=4),
    text=st.text(alphabet=WORDISH, max_size=60),
)
def test_factoring_the_word_boundary_finds_the_same_matches(branches, text):
    """Every match, at every place, of ``\\bA|\\bB|...`` is found by its factored form, and nothing else."""
    from screener.core.rules import boundary_first

    pattern = "|".join(rf"\b{b}(?:\b|(?=-))" if i % 2 else rf"\b(?:{b})+" for i, b in enumerate(branches))
    original, factored = re.compile(pattern), re.compile(boundary_first(pattern))
    assert factored.pattern != pattern
    assert [m.span() for m in original.finditer(text)] == [m.span() for m in factored.finditer(text)]
    for start in range(len(text) + 1):
        assert bool(original.match(text, start)) == bool(factored.match(text, start))


def test_what_the_heading_rules_say_is_remembered_within_a_bound():
    """Postings share headings, so the rules' answer for each is kept; the memo never outgrows its bound."""
    from screener.extraction import context

    rules = builtin_screener().rules
    first = context._heading_rule("Preferred Qualifications", rules)
    assert first is not None and first[0] == "preferred"
    assert rules.heading_memo["Preferred Qualifications"] == first
    for n in range(context._HEADING_MEMO_SIZE + 10):
        context._heading_rule(f"Heading number {n}", rules)
    assert len(rules.heading_memo) <= context._HEADING_MEMO_SIZE
    assert context._heading_rule("Preferred Qualifications", rules) == first  # looked up afresh, the same


def _branches(items):
    """The top-level alternatives of a parsed pattern (``re._parser``), through groups that wrap the whole of one."""
    constants = importlib.import_module("re._constants")
    items = list(items)
    if len(items) == 1 and items[0][0] is constants.SUBPATTERN:
        return _branches(items[0][1][3])
    if len(items) == 1 and items[0][0] is constants.BRANCH:
        return [branch for sub in items[0][1][1] for branch in _branches(sub)]
    return [items]


def test_every_built_in_strength_cue_alternative_starts_at_a_word_boundary():
    """Each strength's cues are searched as one alternation in every sentence that holds a mention. With every
    alternative opening on ``\\b`` Python's engine searches it several times faster than when one opens on a literal
    or a lookbehind (measured on the NHS bulk postings: 119 against 550 µs a posting's text for the preferred cues):
    a cue written otherwise slows every posting."""
    constants = importlib.import_module("re._constants")
    parser = importlib.import_module("re._parser")
    for _order, strength, _direction, pattern in builtin_screener().rules.cue_patterns:
        for branch in _branches(parser.parse(pattern.pattern, pattern.flags)):
            assert branch[0] == (constants.AT, constants.AT_BOUNDARY), (strength, str(branch[:3]))
