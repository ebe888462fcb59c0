"""A profile is personal data: it never reaches an error message, stderr or a trace, beyond a field's path.

Every test puts canary values into a profile and looks for them in
everything screener prints.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SAMPLES

from screener import DataFileError, Screener, hookimpl
from screener.core.privacy import REDACTED, redact
from screener.testing import build_screener, run_cli

NAME = "Zelda Canary-Quintero"
ROLE = "Night Coder at Canaryville General"
POSTING = "Coding Specialist\nRHIT required.\nCPC preferred.\n3 years of coding experience required.\n"


def canary_profile() -> dict:
    return {
        "name": NAME,
        "education": [{"level": "associate", "field": "Health Information Canaryology", "accredited_by": "CAHIIM"}],
        "credentials": [{"id": "RHIT", "status": "active"}],
        "experience": [{"role": ROLE, "years": 2, "coding": True}],
        "software": ["CanaryChart EHR"],
    }


CANARIES = (NAME, ROLE, "Canaryology", "CanaryChart", "Canaryville")


def assert_no_canary(*texts: str) -> None:
    for text in texts:
        for canary in CANARIES:
            assert canary not in text, f"{canary!r} leaked: {text[:500]}"


class QuotingAssessor:
    """A careless assessor that puts the profile into its exception."""

    @hookimpl(tryfirst=True)
    def screener_assess(self, requirement, profile, knowledge):
        raise ValueError(f"cannot assess {profile.name} ({profile.experience[0].role}, {profile.software})")


def test_redact_blanks_every_value_longest_first():
    profile = {"name": "Jane Doe", "software": ["Jane"], "tiny": "ab"}
    assert redact("Jane Doe and Jane, ab", profile) == f"{REDACTED} and {REDACTED}, ab"


def test_a_plugin_quoting_the_profile_in_its_error_is_redacted(tmp_path):
    screener = build_screener(QuotingAssessor(), strict=False)
    report = screener.screen(POSTING, canary_profile())
    messages = [error.message for error in report.errors]
    assert messages and all(REDACTED in message for message in messages)
    assert_no_canary(*messages, report.model_dump_json())


def test_strict_mode_raises_the_redacted_message(tmp_path):
    screener = build_screener(QuotingAssessor(), strict=True)
    with pytest.raises(Exception) as caught:
        screener.screen(POSTING, canary_profile())
    assert REDACTED in str(caught.value)
    assert_no_canary(str(caught.value))


def test_the_command_line_with_traces_never_prints_the_profile(tmp_path):
    profile = tmp_path / "me.json"
    profile.write_text(json.dumps(canary_profile()), encoding="utf-8")
    posting = tmp_path / "posting.txt"
    posting.write_text(POSTING, encoding="utf-8")
    plugin = tmp_path / "quoting.py"
    plugin.write_text(
        "from screener import hookimpl\n\n\n@hookimpl(tryfirst=True)\n"
        "def screener_assess(requirement, profile, knowledge):\n"
        "    raise ValueError(f'cannot assess {profile.name}: {profile.experience[0].role}')\n",
        encoding="utf-8",
    )
    for fmt in ("table", "json", "markdown", "csv", "html"):
        result = run_cli(
            "--trace-plugins",
            "--plugin",
            str(plugin),
            "screen",
            str(posting),
            "--profile",
            str(profile),
            "--format",
            fmt,
        )
        assert result.exit_code == 1, result.stderr
        assert "trace:" in result.stderr and REDACTED in result.stderr
        assert_no_canary(result.stdout, result.stderr)
    ranked = run_cli("--trace-plugins", "rank", str(posting), "--profile", str(profile))
    assert ranked.exit_code == 0
    assert_no_canary(ranked.stdout, ranked.stderr)


@pytest.mark.parametrize("suffix", [".yaml", ".json", ".toml"])
def test_an_invalid_profile_file_is_reported_by_field_path_only(tmp_path, suffix):
    bad = canary_profile()
    bad["credentials"] = [{"id": "RHIT", "status": "Canaryville pending"}]
    bad["experience"][0]["years"] = "Canaryville years"
    path = tmp_path / f"me{suffix}"
    if suffix == ".json":
        path.write_text(json.dumps(bad), encoding="utf-8")
    elif suffix == ".yaml":
        import yaml

        path.write_text(yaml.safe_dump(bad), encoding="utf-8")
    else:
        path.write_text(
            f'name = "{NAME}"\nsoftware = ["CanaryChart EHR"]\n'
            '[[credentials]]\nid = "RHIT"\nstatus = "Canaryville pending"\n'
            f'[[experience]]\nrole = "{ROLE}"\nyears = "Canaryville years"\n',
            encoding="utf-8",
        )
    checks = {  # profile check reports a finding (1); screen cannot start without a valid profile (2)
        1: ["profile", "check", str(path)],
        2: ["screen", str(SAMPLES / "postings"), "--profile", str(path)],
    }
    for status, args in checks.items():
        result = run_cli(*args)
        assert result.exit_code == status, result.stderr
        assert "credentials[0].status" in result.stderr and "experience[0].years" in result.stderr
        assert_no_canary(result.stdout, result.stderr)


def test_a_profile_given_as_a_mapping_is_validated_without_quoting_values():
    bad = canary_profile()
    bad["credentials"] = [{"id": "RHIT", "status": "Canaryville pending"}]
    with pytest.raises(DataFileError) as caught:
        Screener(entry_points=False).screen(POSTING, bad)
    assert "credentials[0].status" in str(caught.value)
    assert_no_canary(str(caught.value), repr(caught.value))


def test_a_profile_file_with_a_syntax_error_is_not_quoted(tmp_path):
    path = tmp_path / "me.yaml"
    path.write_text(f"name: {NAME}\nsoftware: [CanaryChart EHR\nexperience: {{role: {ROLE}\n", encoding="utf-8")
    result = run_cli("profile", "check", str(path))
    assert result.exit_code == 1
    assert str(path) in result.stderr
    assert_no_canary(result.stdout, result.stderr)


def test_screen_output_does_not_carry_the_profile_name(tmp_path):
    profile = tmp_path / "me.json"
    profile.write_text(json.dumps(canary_profile()), encoding="utf-8")
    result = run_cli("screen", str(SAMPLES / "postings"), "--profile", str(profile), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert NAME not in result.stdout and NAME not in result.stderr
    assert Path(profile).read_text(encoding="utf-8")  # the file itself is left as it was


# ------------------------------------------------------------------ values as a plugin may quote them (issue 16)

ODD_NAME = 'Zoë O\'Brien-Straße\n"Canaryqueen"'
ODD_SOFTWARE = "CanaryChart\tEHR\u2028v2"


def odd_profile() -> dict:
    return {**canary_profile(), "name": ODD_NAME, "software": [ODD_SOFTWARE, "Epic"]}


@pytest.mark.parametrize(
    "quote",
    [
        repr,
        ascii,
        str.upper,
        str.lower,
        str.casefold,
        str.title,
        json.dumps,
        lambda v: json.dumps(v, ensure_ascii=False),
        lambda v: repr([v, "x"]),
        lambda v: repr(repr([v])),  # a list's repr inside an exception's repr
        lambda v: json.dumps(repr({"name": v})),  # JSON of a repr
        lambda v: repr(v).upper(),
    ],
    ids=[
        "repr",
        "ascii",
        "upper",
        "lower",
        "casefold",
        "title",
        "json",
        "json-utf8",
        "list",
        "repr-repr",
        "json-repr",
        "repr-upper",
    ],
)
@pytest.mark.parametrize("value", [ODD_NAME, ODD_SOFTWARE, ROLE], ids=["name", "software", "role"])
def test_redact_finds_a_value_however_a_plugin_quotes_it(quote, value):
    message = f"cannot assess ({quote(value)}) today"
    redacted = redact(message, odd_profile())
    assert redacted.startswith("cannot assess (") and redacted.endswith(") today")
    assert REDACTED in redacted
    for part in ("canary", "straße", "strasse", "o'brien", "o\\'brien", "zoë", "zo\\xeb", "zo\\u00eb"):
        assert part not in redacted.casefold(), (part, redacted)


def test_title_and_capitalize_forms_are_redacted_where_case_rules_change_length():
    profile = {"name": "ßßzqCanaryzq", "software": ["ǆemal ﬁle"]}
    for value in ("ßßzqCanaryzq", "ǆemal ﬁle"):
        for form in (value.title(), value.capitalize(), value.upper(), value.swapcase(), value.casefold()):
            assert redact(f"<{form}>", profile) == f"<{REDACTED}>", form


def test_short_values_and_numbers_are_not_redacted_by_design():
    profile = {"name": "Al", "experience": [{"role": "Coder", "years": 2}], "software": [" ab "]}
    assert redact("Al, ab, 2 years, Coder, CODER", profile) == f"Al, ab, 2 years, {REDACTED}, {REDACTED}"


class OddQuotingAssessor:
    """An assessor that quotes the profile in every way Python and JSON write values."""

    @hookimpl(tryfirst=True)
    def screener_assess(self, requirement, profile, knowledge):
        raise ValueError(
            f"{profile.name.upper()} | {profile.software!r} | {json.dumps(profile.name)} | {profile.name!a} "
            f"| {repr(profile.software)!r} | {profile.experience[0].role.casefold()}"
        )


def test_a_plugin_quoting_the_profile_in_odd_forms_is_redacted_everywhere(tmp_path):
    screener = build_screener(OddQuotingAssessor(), strict=False)
    report = screener.screen(POSTING, odd_profile())
    messages = [error.message for error in report.errors]
    assert messages
    for text in (*messages, report.model_dump_json()):
        leaked = [part for part in ("canary", "straße", "strasse", "o'brien", "o\\'brien") if part in text.casefold()]
        assert not leaked, text[:300]
