"""`screener evaluate`: scores against hand labels, in the corpus label format."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, SAMPLES, SHARED_CORPUS

from screener.evaluation import evaluate


def _labelled_folder(tmp_path, postings: dict[str, tuple[str, dict]]):
    (tmp_path / "postings").mkdir(parents=True)
    (tmp_path / "labels").mkdir()
    for name, (text, label) in postings.items():
        (tmp_path / "postings" / f"{name}.txt").write_text(text)
        (tmp_path / "labels" / f"{name}.json").write_text(json.dumps(label))
    return tmp_path


def _label(credentials=(), coding_systems=(), education=None, years=None):
    return {
        "credentials": [{"any_of": list(ids), "strength": s} for ids, s in credentials],
        "coding_systems": [{"id": i, "strength": s} for i, s in coding_systems],
        "education": {"required": education, "preferred": None},
        "experience_years": {"required": years, "preferred": None},
        "notes": "",
    }


def test_a_label_s_descriptive_id_that_spells_a_known_name_is_scored_as_that_item(screener, tmp_path):
    # "Hyland-OnBase" and "Cerner" are names of the known OnBase and Oracle-Health; "Clio" is no known name; a
    # software label spelling the name of a code set ("risk adjustment", HCC's) is not taken for the code set
    label = _label() | {
        "software": [
            {"id": "Hyland-OnBase", "strength": "required"},
            {"id": "Cerner", "strength": "required"},
            {"id": "Clio", "strength": "required"},
            {"id": "Risk-Adjustment", "strength": "required"},
            # a known product with its edition
            {"id": "Dentrix-Enterprise", "strength": "required"},
        ]
    }
    folder = _labelled_folder(
        tmp_path,
        {"a": ("Scanning Clerk\n\nRequired\n- Hyland OnBase\n- Cerner PowerChart\n- Clio\n- Dentrix\n", label)},
    )
    report = evaluate(screener, folder)
    assert (report.software.tp, report.software.fp, report.software.fn) == (3, 0, 0)
    assert report.unscored_ids == {"Clio": 1, "Risk-Adjustment": 1}


def test_a_label_may_name_a_credential_by_another_of_its_names(screener, tmp_path):
    # "CRCS-I", the institutional form of AAHAM's CRCS, as a labeller wrote it: scored as the CRCS
    folder = _labelled_folder(
        tmp_path,
        {
            "a": (
                "Billing Specialist\n\nPreferred:\n- CPB or CRCS-I\n",
                _label(credentials=[(["CPB", "CRCS-I"], "preferred")]),
            )
        },
    )
    report = evaluate(screener, folder)
    assert (report.credentials.tp, report.credentials.fp, report.credentials.fn) == (2, 0, 0)
    assert (report.any_of_groups.tp, report.any_of_groups.fn) == (1, 0)
    assert report.unscored_ids == {}


def test_counts_hits_misses_and_extras(screener, tmp_path):
    folder = _labelled_folder(
        tmp_path,
        {
            "a": (
                "Coder\n\nRequirements:\n- RHIT, RHIA or CCS required\n- CPC preferred\n"
                "- Associate degree required\n- 2 years of coding experience\n"
                "Duties:\n- Assign ICD-10-CM codes\n",
                _label(
                    credentials=[(["RHIT", "RHIA", "CCS"], "required"), (["CCA"], "preferred")],
                    coding_systems=[("ICD-10", "required"), ("CPT", "required")],
                    education="associate",
                    years=3,
                ),
            ),
            "b": ("Clerk\n\nNo certification required.\n", _label(credentials=[(["ACC"], "required")])),
        },
    )
    report = evaluate(screener, folder)
    assert report.postings == 2
    c = report.credentials
    assert (c.tp, c.fp, c.fn) == (3, 1, 1)  # CPC preferred is extra, CCA preferred is missed
    assert (report.any_of_groups.tp, report.any_of_groups.fn) == (1, 0)
    # ICD-10-CM found matches the family label ICD-10; CPT is missed
    assert (report.coding_systems.tp, report.coding_systems.fp, report.coding_systems.fn) == (1, 0, 1)
    assert (report.education.right, report.education.total) == (2, 2)
    assert (report.experience.right, report.experience.total) == (1, 2)
    assert report.unscored_ids == {"ACC": 1}
    whats = {(m["posting"], m["field"], m["what"]) for m in report.misses}
    assert ("a", "credentials", "extra") in whats and ("a", "credentials", "missed") in whats
    assert ("a", "experience_required_years", "wrong") in whats


def test_a_family_label_stands_for_every_member_the_posting_names(screener, tmp_path):
    # LABELS.md: "DRG (any DRG: MS-DRG / APR-DRG when named)": one entry for both
    text = "Inpatient Coder\n\nAssigns ICD-10-CM codes for accurate MS-DRG and APR-DRG assignment.\n"
    both = _label(coding_systems=[("ICD-10-CM", "required"), ("DRG", "required")])
    report = evaluate(screener, _labelled_folder(tmp_path / "family", {"a": (text, both)}))
    assert (report.coding_systems.tp, report.coding_systems.fp, report.coding_systems.fn) == (2, 0, 0)
    # a label naming one member leaves another member found an extra
    one = _label(coding_systems=[("ICD-10-CM", "required"), ("MS-DRG", "required")])
    report = evaluate(screener, _labelled_folder(tmp_path / "member", {"a": (text, one)}))
    assert (report.coding_systems.tp, report.coding_systems.fp, report.coding_systems.fn) == (2, 1, 0)


def test_a_label_group_is_scored_over_the_ids_the_knowledge_base_knows(screener, tmp_path):
    """ "An RN license or an AHIMA credential (RHIA or RHIT)": the group an extraction can give is RHIA or RHIT."""
    text = "CDI Specialist\n\nYou need an active RN license or an AHIMA credential: RHIA or RHIT.\n"
    label = _label(credentials=[(["RN", "RHIA", "RHIT"], "required")])
    report = evaluate(screener, _labelled_folder(tmp_path / "known", {"a": (text, label)}))
    assert (report.any_of_groups.tp, report.any_of_groups.fp, report.any_of_groups.fn) == (1, 0, 0)
    # a group left with one known id is no group to find
    label = _label(credentials=[(["RN", "RHIA"], "required")])
    report = evaluate(screener, _labelled_folder(tmp_path / "one", {"a": ("CDI Specialist\n\nRN or RHIA.\n", label)}))
    assert (report.any_of_groups.tp, report.any_of_groups.fn) == (0, 0)


def test_years_are_compared_to_two_decimals_as_the_extraction_gives_them(screener, tmp_path):
    text = "Technologist\n\nAt least 4 months of nuclear medicine experience is required.\n"
    report = evaluate(screener, _labelled_folder(tmp_path, {"a": (text, _label(years=4 / 12))}))
    assert (report.experience.right, report.experience.total) == (1, 1)
    assert (report.experience_values.tp, report.experience_values.fp, report.experience_values.fn) == (1, 0, 0)


def test_preferred_education_and_experience_misses_are_listed(screener, tmp_path):
    label = _label(education="associate", years=2)
    label["education"]["preferred"] = "bachelor"
    label["experience_years"]["preferred"] = 5
    text = "Coder\n\nAssociate degree required.\n2 years of coding experience required.\n"
    report = evaluate(screener, _labelled_folder(tmp_path, {"a": (text, label)}))
    preferred = [m for m in report.misses if m.get("strength") == "preferred"]
    assert preferred == [
        {"posting": "a", "field": "education", "what": "missed", "value": "bachelor", "strength": "preferred"},
        {"posting": "a", "field": "experience", "what": "missed", "value": 5.0, "strength": "preferred"},
    ]
    assert not [
        m for m in report.misses if m["field"] in ("education", "experience") and m.get("strength") != "preferred"
    ]


def test_cli_prints_scores_and_json(plugin_env, tmp_path):
    folder = _labelled_folder(tmp_path, {"a": ("RHIT required.\n", _label(credentials=[(["RHIT"], "required")]))})
    env = plugin_env()
    table = env.screener("evaluate", str(folder))
    assert table.returncode == 0, table.stderr
    assert "credentials (id + strength)" in table.stdout and "1.000" in table.stdout
    data = json.loads(env.screener("evaluate", str(folder), "--format", "json").stdout)
    assert data["credentials"]["f1"] == 1.0
    assert data["postings"] == 1


def test_third_party_plugin_takes_part_in_evaluation(plugin_env, tmp_path):
    folder = _labelled_folder(
        tmp_path, {"on": ("Health Records Analyst\n\nCHIM required.\n", _label(credentials=[(["CHIM"], "required")]))}
    )
    without = json.loads(plugin_env().screener("evaluate", str(folder), "--format", "json").stdout)
    assert without["unscored_ids"] == {"CHIM": 1}
    with_plugin = json.loads(plugin_env("screener-chim").screener("evaluate", str(folder), "--format", "json").stdout)
    assert with_plugin["credentials"]["tp"] == 1 and with_plugin["unscored_ids"] == {}


def test_bad_folders_and_labels_are_clear_errors(plugin_env, tmp_path):
    env = plugin_env()
    result = env.screener("evaluate", str(tmp_path))
    assert result.returncode == 2 and "postings/ and labels/" in result.stderr
    folder = _labelled_folder(tmp_path / "x", {"a": ("RHIT required", _label())})
    (folder / "labels" / "a.json").write_text('{"credentials": [{"any_of": "RHIT"}]}')
    result = env.screener("evaluate", str(folder))
    assert result.returncode == 1
    assert "a.json: invalid labels: credentials.0" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


CORRECTIONS = ROOT / "tests" / "corpus" / "corrections"


@pytest.mark.parametrize(
    ("folder", "corrections"),
    [
        (SAMPLES, None),
        (SHARED_CORPUS, CORRECTIONS / "shared"),
        (ROOT / "tests" / "corpus" / "dev", CORRECTIONS / "dev"),
    ],
    ids=["samples", "shared-corpus", "dev"],
)
def test_targets_on_labelled_folders(screener, folder, corrections):
    """The accuracy targets: credentials and coding systems F1 >= 0.95, groups and levels >= 0.90.

    Labels that contradict a rule an issue states are corrected (tests/corpus/corrections/README.md).
    """
    if not (folder / "labels").is_dir():
        pytest.skip(f"{folder} is not here")
    report = evaluate(screener, folder, corrections)
    assert report.errors == []
    assert report.credentials.f1 >= 0.95
    assert report.any_of_groups.recall >= 0.90
    assert report.education.value >= 0.90
    assert report.experience.value >= 0.90
    assert report.coding_systems.f1 >= 0.95


_NO_US_CREDENTIAL_NAMED = frozenset(
    (
        "blind4",
        "blind5",
        "blind10",
        "blind11",
        "blind12",
        "blind13",
        "blind14",
        "blind15",
        "blind16",
        "blind17",
        "blind18",
        "blind19",
        "blind20",
        "blind21",
        "blind22",
        "blind23",
        "blind24",
        "blind25",
        "blind26",
        "blind27",
        "blind28",
        "blind29",
        "blind30",
        "blind31",
        "blind32",
        "blind33",
        "blind34",
        "blind35",
        "blind36",
        "blind37",
        "blind38",
        "blind39",
        "blind40",
        "blind41",
        "blind42",
        "blind43",
        "blind44",
        "blind45",
        "blind46",
        "blind47",
        "blind48",
        "blind49",
        "blind50",
        "blind51",
        "blind52",
        "blind53",
        "blind54",
        "blind55",
        "blind56",
        "blind57",
        "blind58",
        "blind59",
        "blind60",
        "blind61",
        "blind62",
        "blind63",
        "blind64",
        "blind65",
        "blind66",
        "blind67",
        "blind68",
        "blind69",
        "blind70",
        "blind71",
        "blind72",
        "blind73",
        "blind74",
        "blind75",
        "blind76",
        "blind77",
        "blind78",
        "blind79",
        "blind80",
        "blind81",
        "blind82",
        "blind83",
        "blind84",
        "blind85",
        "blind86",
        "blind87",
        "blind88",
        "blind89",
        "blind90",
        "blind91",
        "blind92",
        "blind93",
        "blind94",
        "blind95",
        "blind96",
        "blind97",
        "blind98",
        "blind99",
        "blind100",
        "blind101",
        "blind102",
        "blind103",
        "blind104",
        "blind105",
        "blind106",
        "blind107",
        "blind108",
        "blind109",
        "blind110",
        "blind111",
        "blind112",
        "blind113",
        "blind114",
        "blind115",
        "blind116",
        "blind117",
        "blind118",
        "blind119",
        "blind120",
        "blind121",
        "blind122",
        "blind123",
        "blind124",
        "blind125",
        "blind126",
        "blind127",
        "blind128",
        "blind129",
        "blind130",
        "blind131",
        "blind132",
        "blind133",
        "blind134",
        "blind135",
        "blind136",
        "blind137",
        "blind138",
    )
)


@pytest.mark.parametrize(
    "name",
    [
        "holdout",
        "nhs2020",
        "blind3",
        "blind9",
        *sorted(_NO_US_CREDENTIAL_NAMED),
        "written",
        "written2",
        "written3",
        "written4",
        "written5",
        "written6",
        "written7",
        "written8",
        "written9",
        "written10",
        "written11",
        "written12",
        "written13",
        "written14",
        "written15",
        "written16",
        "written17",
        "written18",
        "written19",
        "written20",
        "written21",
        "written22",
        "written23",
        "written24",
        "written25",
        "written26",
        "written27",
        "written28",
        "written29",
        "written30",
        "written31",
        "written32",
        "written33",
        "written34",
        "written35",
        "written36",
        "written37",
        "written38",
        "written39",
        "written40",
        "written41",
        "written42",
        "written43",
        "written44",
        "written45",
        "written46",
        "written47",
        "written48",
        "written49",
        "written50",
        "written51",
        "written52",
        "written53",
        "written54",
        "written55",
        "written56",
        "written57",
        "written58",
    ],
)
def test_the_sets_once_blind_keep_what_they_reached(screener, name):
    """The sets that were measured blind, as guards now: fields at or above what they reached after the fixes.

    Their blind runs (tests/corpus/README.md) are history; these floors make a
    rule that loses what was gained fail here. The software floors of blind10,
    blind17 and blind26 went down when SQL, Tableau, Power BI and Access
    became known products (2026-12-04): only known ids are scored, and those
    sets' labellers left them out of analysts' postings out of scope.
    """
    corrections = CORRECTIONS / name
    report = evaluate(screener, ROOT / "tests" / "corpus" / name, corrections if corrections.is_dir() else None)
    assert report.errors == []
    floors = {
        "holdout": {"credentials": 1.0, "coding_systems": 1.0, "education_values": 0.95, "experience_values": 0.96},
        "nhs2020": {"education_values": 1.0, "experience_values": 1.0},
        "blind3": {
            "credentials": 1.0,
            "coding_systems": 1.0,
            "skills": 1.0,
            "education_values": 1.0,
            "experience_values": 0.85,
        },
        "blind4": {"coding_systems": 0.92, "skills": 0.83, "education_values": 1.0, "experience_values": 1.0},
        # class specifications and job descriptions cut before their qualifications: nothing to find there
        "blind5": {"coding_systems": 0.83, "skills": 0.81},
        "blind9": {
            "credentials": 1.0,
            "coding_systems": 1.0,
            "skills": 0.94,
            "education_values": 1.0,
            "experience_values": 1.0,
        },
        # NHS postings of 2020 whose person specifications were attachments: skills, software and scope
        # (7763's labeller read "Interviews will be held via Microsoft Teams" as Teams asked, which the extractor does
        # not since Teams is known: tests/corpus/README.md)
        "blind10": {"skills": 0.74, "software": 0.85},
        # US class specifications cut before their qualifications, and three postings kept by a job seeker
        "blind11": {
            "coding_systems": 0.8,
            "skills": 0.96,
            "software": 1.0,
            "education_values": 1.0,
            "experience_values": 1.0,
        },
        # NHS postings of 2020 whose person specification is in the text
        "blind12": {"skills": 0.85, "software": 0.93, "education_values": 1.0, "experience_values": 1.0},
        # US class specifications and postings whose qualifications are in the stored text
        "blind13": {
            "coding_systems": 0.94,
            "skills": 1.0,
            "software": 1.0,
            "education_values": 1.0,
            "experience_values": 1.0,
        },
        # class specifications and federal postings whose qualifications are in the stored text
        "blind14": {"skills": 1.0, "education_values": 1.0, "experience_values": 1.0},
        # NHS administrative and clerical postings that state a figure of experience or a level of education
        "blind15": {"software": 0.88, "education_values": 0.85, "experience_values": 0.9},
        # the next NHS administrative postings of the same draw
        "blind16": {"software": 0.79, "education_values": 0.79, "experience_values": 1.0},
        # NHS postings of other trades than administration (managers, analysts, finance, IT) that state a figure
        "blind17": {"software": 0.9, "education_values": 1.0, "experience_values": 0.92},
        # NHS postings that state a figure of experience, of other trades and of clinical support
        "blind18": {"software": 1.0, "education_values": 1.0, "experience_values": 1.0},
        # NHS postings that state a level of education, of other trades and clinical
        "blind19": {"education_values": 0.91},
        # more NHS postings that state a level of education, with the next seed
        "blind20": {"software": 1.0, "education_values": 0.97, "experience_values": 1.0},
        # NHS postings that state a level of education or a figure of experience
        "blind21": {"education_values": 0.94, "experience_values": 1.0},
        # the next 25 of the same kind, with the next seed
        "blind22": {"education_values": 0.88, "experience_values": 0.95},
        # the last 11 non-clinical postings of the draw and 14 clinical ones
        "blind23": {"software": 1.0, "education_values": 0.87, "experience_values": 1.0},
        # 25 clinical postings of the same draw, once the non-clinical ones had run out
        "blind24": {"software": 1.0, "education_values": 1.0, "experience_values": 0.95},
        # 25 more clinical postings of the same draw, with the next seed
        "blind25": {"education_values": 0.79, "experience_values": 1.0},
        # 25 more clinical postings, those that name a level first
        "blind26": {"software": 0.92, "education_values": 0.96, "experience_values": 1.0},
        # 25 more clinical postings that name a level (none of the pool states a figure any more)
        "blind27": {"education_values": 0.96},
        # 25 more clinical postings that state a figure
        "blind28": {"experience_values": 1.0},
        # NHS postings that state a level and a figure, the next seed
        "blind29": {"software": 1.0, "education_values": 0.93, "experience_values": 0.9},
        "blind30": {"software": 1.0, "education_values": 0.85, "experience_values": 0.97},
        # NHS postings that name a level, and that state a figure, professions other than nursing first
        "blind31": {"education_values": 0.9, "experience_values": 1.0},
        "blind32": {"experience_values": 0.96},
        "blind33": {"experience_values": 1.0},
        "blind34": {"software": 1.0, "education_values": 1.0, "experience_values": 1.0},
        # NHS postings of health-information work: scope, skills and software
        "blind35": {"skills": 0.8, "software": 0.93},
        "blind36": {"skills": 1.0, "software": 0.96},
        # NHS postings that name a level or state a figure, any profession
        "blind37": {"education_values": 0.9, "experience_values": 1.0},
        # US position descriptions and class specifications, cut before their qualifications
        "blind38": {"coding_systems": 0.79, "skills": 0.79},
        # the next postings of blind37's draw, titles of nursing and medicine passed over
        "blind39": {"software": 1.0, "education_values": 0.9, "experience_values": 1.0},
        # the next NHS postings of blind36's draw: scope, skills and software; and of blind39's
        "blind40": {"skills": 1.0, "software": 1.0, "education_values": 1.0},
        "blind41": {"software": 1.0, "education_values": 1.0, "experience_values": 1.0},
        "blind42": {"software": 1.0, "education_values": 0.92, "experience_values": 1.0},
        # NHS postings whose text names a tertiary qualification, any profession
        "blind43": {"education_values": 1.0},
        "blind44": {"education_values": 0.82},
        "blind45": {"software": 1.0, "education_values": 1.0, "experience_values": 1.0},
        "blind46": {"education_values": 0.88},
        "blind47": {"software": 1.0, "education_values": 0.93, "experience_values": 1.0},
        # "Msc" is read since blind58: blind48's "For any other professional ..., an additional qualification is
        # required like an Msc" is one profession's route beside a psychologist's of no level (its labeller's null)
        "blind48": {"education_values": 0.87},
        "blind49": {"software": 1.0, "education_values": 0.85, "experience_values": 1.0},
        # NHS postings that state a duration near "experience", any profession
        "blind50": {"education_values": 1.0, "experience_values": 1.0},
        "blind51": {"software": 1.0, "education_values": 0.66, "experience_values": 1.0},
        "blind52": {"education_values": 0.87},
        "blind53": {"skills": 1.0, "software": 1.0, "experience_values": 1.0},
        "blind54": {"education_values": 0.92},
        "blind55": {"education_values": 0.5, "experience_values": 1.0},
        "blind56": {"experience_values": 0.94},
        "blind57": {"education_values": 0.57, "experience_values": 1.0},
        "blind58": {"education_values": 1.0},
        "blind59": {"software": 1.0, "experience_values": 0.97},
        "blind60": {"software": 1.0, "education_values": 0.75, "experience_values": 1.0},
        "blind61": {"education_values": 0.75, "experience_values": 1.0},
        "blind62": {"experience_values": 1.0},
        "blind63": {"education_values": 1.0, "experience_values": 1.0},
        "blind64": {"education_values": 1.0},
        "blind65": {"education_values": 1.0, "experience_values": 0.94},
        "blind66": {"software": 1.0, "education_values": 0.83, "experience_values": 1.0},
        "blind67": {"education_values": 0.94, "experience_values": 1.0},
        "blind68": {"experience_values": 1.0},
        "blind69": {"education_values": 1.0},
        "blind70": {"education_values": 0.8, "experience_values": 1.0},
        "blind71": {"software": 1.0, "experience_values": 0.95},
        "blind72": {"software": 1.0, "education_values": 0.88},
        "blind73": {"education_values": 0.88, "experience_values": 1.0},
        "blind74": {"experience_values": 1.0},
        "blind75": {"software": 1.0, "education_values": 0.9, "experience_values": 1.0},
        "blind76": {"education_values": 0.85, "experience_values": 1.0},
        "blind77": {"experience_values": 0.97},
        "blind78": {"software": 1.0, "education_values": 0.9, "experience_values": 1.0},
        "blind79": {"software": 1.0, "education_values": 0.7, "experience_values": 1.0},
        "blind80": {"experience_values": 0.88},
        "blind81": {"education_values": 0.9},
        "blind82": {"education_values": 0.72, "experience_values": 0.5},
        "blind83": {"experience_values": 0.96},
        "blind84": {"skills": 1.0, "software": 1.0, "education_values": 1.0, "experience_values": 1.0},
        "blind85": {"education_values": 0.57},
        "blind86": {"experience_values": 0.97},
        "blind87": {"software": 1.0, "education_values": 1.0},
        "blind88": {"education_values": 0.8},
        "blind89": {"experience_values": 1.0},
        "blind90": {"software": 0.85, "education_values": 0.85},
        "blind91": {"software": 1.0, "education_values": 1.0, "experience_values": 1.0},
        "blind92": {"experience_values": 1.0},
        "blind93": {"software": 0.66, "education_values": 1.0},
        "blind94": {"education_values": 1.0},
        "blind95": {"software": 1.0},
        "blind96": {"software": 1.0, "education_values": 1.0},
        "blind97": {"education_values": 0.66},
        # no level, figure or software id in it: what it measures is what is not asked (the floors below)
        "blind98": {},
        "blind99": {"education_values": 0.85},
        "blind100": {"software": 1.0, "experience_values": 1.0},
        "blind101": {"experience_values": 1.0},
        # the last round of the session, measured once on the rules before it (tests/corpus/README.md)
        "blind102": {"education_values": 0.83},
        "blind103": {"experience_values": 0.74},
        "blind104": {},
        # drawn from the postings in which a level or a figure was found, to check precision (tests/corpus/README.md)
        "blind105": {"education_values": 1.0, "experience_values": 1.0},
        "blind106": {"education_values": 1.0, "experience_values": 1.0},
        # the labeller maps "AMSPAR qualification would be an advantage" to no level; blind40's and blind15's to a
        # certificate, as the extractor does
        "blind107": {"software": 1.0, "education_values": 0.66, "experience_values": 1.0},
        "blind108": {"software": 1.0, "education_values": 1.0},
        "blind109": {"software": 1.0, "education_values": 1.0, "experience_values": 1.0},
        # no level or figure in it; its labeller reads "the use of MS Teams" for meetings as Teams asked (a hard call)
        "blind110": {"software": 0.66},
        # the labeller maps "Postgraduate or Degree Certificate" to no level
        "blind111": {"education_values": 0.66, "experience_values": 1.0},
        "blind112": {"experience_values": 1.0},
        "blind113": {"software": 0.94, "skills": 1.0},
        # no level or figure in blind114 and blind115; what they measure is what is not asked (the floors below)
        "blind114": {"software": 0.94, "skills": 0.66},
        "blind115": {"software": 1.0},
        "blind116": {"software": 1.0, "education_values": 1.0, "experience_values": 0.93},
        # "suited to someone with System One experience", preferred for its labeller
        "blind117": {"software": 0.92, "skills": 1.0},
        "blind118": {"software": 1.0},
        "blind119": {"software": 1.0, "experience_values": 1.0},
        # no level or figure in blind120 to blind125: what they measure is what is not asked (the floors below)
        "blind120": {"software": 1.0},
        "blind121": {},
        "blind122": {"software": 1.0},
        "blind123": {"software": 1.0},
        "blind124": {"software": 1.0},
        "blind125": {"software": 1.0},
        # drawn from the postings read in scope, to check that reading (tests/corpus/README.md)
        "blind126": {"software": 0.92},
        "blind127": {"software": 1.0, "skills": 1.0},
        # "Our ideal candidate will have ... Word, Excel", preferred for its labeller
        "blind128": {"software": 0.76, "skills": 1.0},
        "blind129": {"software": 0.88},
        "blind130": {"software": 0.97, "skills": 1.0},
        # a contact's telephone "(MS Teams)" after a word glued to "Telephone"
        "blind131": {"software": 0.8, "skills": 1.0},
        "blind132": {"software": 0.96},
        "blind133": {},
        "blind134": {"software": 1.0},
        # US billing and federal postings found in stored pages (tests/corpus/README.md)
        "blind135": {"skills": 1.0, "education_values": 1.0, "experience_values": 1.0},
        # "Medical trade school preferred", a certificate for its labeller
        # a fourth written batch: applicant-tracking systems and other fields' acronyms (tests/corpus/README.md)
        "written4": {
            # its labeller's "CCC" is HIMAA's Certified Clinical Coder, which the posting spells out; the knowledge
            # base's CCC is AAPC's Certified Cardiology Coder, and the extractor sets that one aside (written10's
            # labeller wrote HIMAA-CCC, an id the knowledge base does not know)
            "credentials": 0.95,
            "any_of_groups": 0.9,
            "coding_systems": 0.97,
            "skills": 0.9,
            "software": 0.95,
            "education_values": 0.92,
            "experience_values": 0.93,
        },
        # a fifth: ordinary US postings of many employers, and offshore, Middle East, Canadian and Australian coders'
        # posts (tests/corpus/README.md)
        "written5": {
            "credentials": 0.97,
            "any_of_groups": 0.9,
            "coding_systems": 0.97,
            "skills": 0.88,
            "software": 0.95,
            "education_values": 0.78,
            "experience_values": 0.87,
        },
        # a sixth: US roles other than production coding, and coders' postings as job boards save them
        # (tests/corpus/README.md); its skills are hard calls between a team and its work
        "written6": {
            "credentials": 1.0,
            "any_of_groups": 0.94,
            "coding_systems": 0.98,
            "skills": 0.89,
            "software": 1.0,
            "education_values": 0.97,
            "experience_values": 0.94,
        },
        # a seventh, probing education and experience: US private employers' wordings and civil-service layouts
        # (tests/corpus/README.md)
        "written7": {
            "credentials": 1.0,
            "any_of_groups": 0.97,
            "coding_systems": 0.98,
            "skills": 0.94,
            "software": 0.96,
            "education_values": 1.0,
            "experience_values": 0.96,
        },
        # an eighth: UK postings of the field with their person specifications, and lookalikes outside it
        # (tests/corpus/README.md); the lookalikes' skills and software are hard calls
        "written8": {
            "credentials": 1.0,
            "any_of_groups": 1.0,
            "coding_systems": 0.94,
            "skills": 0.78,
            # a dental office manager's "Dentrix required (Dentrix Ascend a plus)", labelled preferred, scored since
            # Dentrix became known
            "software": 0.92,
            "education_values": 0.96,
            "experience_values": 1.0,
        },
        # a ninth, probing experience: US postings' many wordings, job boards' questions, civil service, NHS person
        # specifications (tests/corpus/README.md)
        "written9": {
            "credentials": 0.99,
            "any_of_groups": 0.85,
            "coding_systems": 0.97,
            "skills": 0.9,
            "software": 0.97,
            "education_values": 0.96,
            "experience_values": 0.95,
        },
        # a tenth, probing education and channels: US postings' education wordings; e-mail alerts, recruiters'
        # messages, staffing reqs, numbered job descriptions, Canada, Australia, Ireland, India
        # (tests/corpus/README.md)
        "written10": {
            "credentials": 0.97,
            "any_of_groups": 0.92,
            "coding_systems": 1.0,
            "skills": 0.87,
            "software": 0.97,
            "education_values": 0.9,
            "experience_values": 0.95,
        },
        # an eleventh, probing where postings say what is required and what preferred: US layouts; UK person
        # specifications; Canada, Australia, New Zealand, Ireland, India, the Philippines, Dubai
        # (tests/corpus/README.md)
        "written11": {
            "credentials": 1.0,
            "any_of_groups": 1.0,
            "coding_systems": 0.97,
            "skills": 0.83,
            "software": 0.93,
            "education_values": 0.84,
            "experience_values": 0.96,
        },
        # a twelfth, US postings in prose and several levels in one text; postings saved with the page around them
        # (other jobs, job alerts, PDF forms and signatures) (tests/corpus/README.md)
        "written12": {
            "credentials": 0.93,
            "any_of_groups": 0.89,
            "coding_systems": 0.99,
            "skills": 0.92,
            "software": 0.89,
            "education_values": 0.9,
            "experience_values": 0.9,
        },
        # a thirteenth, US public-sector announcements and hospitals' career pages (tests/corpus/README.md)
        "written13": {
            "credentials": 0.95,
            "any_of_groups": 0.96,
            "coding_systems": 0.98,
            "skills": 0.89,
            "software": 0.97,
            "education_values": 0.93,
            "experience_values": 0.95,
        },
        # a fourteenth, the twelfth's kinds by other hands: prose, levels, people, saved pages (tests/corpus/README.md)
        "written14": {
            "credentials": 0.89,
            "any_of_groups": 0.86,
            "coding_systems": 1.0,
            "skills": 0.93,
            "software": 0.85,
            "education_values": 0.81,
            "experience_values": 0.72,
        },
        # a fifteenth, ordinary US postings, US employers that are not hospitals, and postings from Australia, New
        # Zealand, Canada, the UK and Ireland (tests/corpus/README.md)
        "written15": {
            "credentials": 0.98,
            "any_of_groups": 0.98,
            "coding_systems": 0.98,
            "skills": 0.91,
            # Python, known since 2026-12-07: the posting's "Experience with Python" is a preference, and another
            # opening it mentions ("Senior Terminology Engineer ... 7+ years Python/Java") was read as asking it
            "software": 0.92,
            "education_values": 0.99,
            "experience_values": 1.0,
        },
        # a seventeenth, the fourteenth's kinds (prose, saved pages) and postings from abroad by other hands
        # (tests/corpus/README.md)
        "written17": {
            "credentials": 0.88,
            "any_of_groups": 0.7,
            "coding_systems": 0.98,
            "skills": 0.91,
            "software": 0.88,
            "education_values": 0.79,
            "experience_values": 0.8,
        },
        # an eighteenth: prose, India and the Philippines, person specifications, informal US (tests/corpus/README.md)
        "written18": {
            "credentials": 0.98,
            "any_of_groups": 0.98,
            "coding_systems": 0.97,
            "skills": 0.86,
            "software": 0.91,
            "education_values": 0.86,
            "experience_values": 0.86,
        },
        # a nineteenth, the eighteenth's kinds by other hands (tests/corpus/README.md)
        "written19": {
            "credentials": 0.98,
            "any_of_groups": 0.94,
            "coding_systems": 0.97,
            "skills": 0.92,
            "software": 0.92,
            "education_values": 0.91,
            "experience_values": 0.87,
        },
        # a twentieth: prose, job boards' pages, postings from ten countries, informal US (tests/corpus/README.md)
        "written20": {
            "credentials": 0.92,
            "any_of_groups": 0.89,
            "coding_systems": 0.97,
            "skills": 0.91,
            "software": 0.88,
            "education_values": 0.89,
            "experience_values": 0.89,
        },
        # a twenty-first: prose, informal US, outside the US, after the twentieth's rules (tests/corpus/README.md)
        "written21": {
            "credentials": 0.9,
            # 0.79 until written34's rules made "the ODS-C (some of you will still have cards that say CTR ...)" one
            # choice: preferred ("Ideally"), where its labeller reads the deadline after it as asking for it
            "any_of_groups": 0.77,
            "coding_systems": 0.97,
            "skills": 0.92,
            "software": 0.84,
            "education_values": 0.85,
            "experience_values": 0.83,
        },
        # a twenty-second: prose strengths, long career pages, informal US (tests/corpus/README.md)
        "written22": {
            "credentials": 0.88,
            "any_of_groups": 0.8,
            "coding_systems": 0.96,
            "skills": 0.92,
            "software": 0.88,
            "education_values": 0.87,
            "experience_values": 0.81,
        },
        # a twenty-third: long career pages, prose, outside the US and offshore (tests/corpus/README.md); since the
        # CRCS is known, a PFS ladder's "Senior Billing Specialist — CPB or CRCS required" (another job's) adds it as
        # asked
        "written23": {
            "credentials": 0.91,
            "any_of_groups": 0.84,
            "coding_systems": 0.95,
            "skills": 0.89,
            "software": 0.89,
            "education_values": 0.96,
            "experience_values": 0.91,
        },
        # a twenty-fourth: prose, career pages, informal US, outside the US and offshore (tests/corpus/README.md)
        "written24": {
            "credentials": 0.98,
            "any_of_groups": 0.97,
            "coding_systems": 0.97,
            "skills": 0.87,
            "software": 0.89,
            "education_values": 0.91,
            "experience_values": 0.93,
        },
        # a twenty-fifth: recruiters' prose, ATS pages, informal US, outside the US (tests/corpus/README.md)
        "written25": {
            "credentials": 0.96,
            "any_of_groups": 0.88,
            "coding_systems": 0.97,
            "skills": 0.86,
            "software": 0.83,
            "education_values": 0.8,
            "experience_values": 0.91,
        },
        # a twenty-sixth: managers' prose, saved job-board pages, informal US, outside the US (tests/corpus/README.md)
        "written26": {
            "credentials": 0.9,
            "any_of_groups": 0.81,
            "coding_systems": 0.97,
            "skills": 0.91,
            "software": 0.91,
            "education_values": 0.8,
            "experience_values": 0.87,
        },
        # a twenty-seventh: HR documents copied from PDF and Word, voiced prose, informal US, abroad and US public
        # employers (tests/corpus/README.md)
        "written27": {
            "credentials": 0.94,
            "any_of_groups": 0.84,
            "coding_systems": 0.98,
            "skills": 0.85,
            "software": 0.88,
            "education_values": 0.94,
            "experience_values": 0.92,
        },
        # a twenty-eighth: job-description PDFs and forms, staffing orders, informal US, trainee and internal roles
        "written28": {
            "credentials": 0.92,
            "any_of_groups": 0.91,
            "coding_systems": 0.95,
            "skills": 0.87,
            "software": 0.88,
            "education_values": 0.87,
            "experience_values": 0.81,
        },
        # a twenty-ninth: HR documents by a third hand, informal US, long career pages (three bilingual), new countries
        "written29": {
            "credentials": 0.94,
            "any_of_groups": 0.87,
            "coding_systems": 0.95,
            "skills": 0.88,
            "software": 0.91,
            "education_values": 0.78,
            "experience_values": 0.85,
        },
        # a thirtieth: informal US with walk-backs, applicant-tracking saves with screening questions, hard experience
        # and education wording, employers outside hospitals (an edit's paragraph of two sentences, "they will NOT take
        # a CPC by itself ... cpc + cic is fine", reads the second as asking the CPC)
        "written30": {
            "credentials": 0.96,
            "any_of_groups": 0.96,
            "coding_systems": 0.99,
            "skills": 0.92,
            "software": 0.93,
            "education_values": 0.95,
            "experience_values": 0.93,
        },
        # a thirty-first: US career sites, US government announcements, UK adverts, informal US with changes to what
        # is asked
        "written31": {
            "credentials": 0.94,
            "any_of_groups": 0.93,
            "coding_systems": 0.98,
            "skills": 0.9,
            "software": 0.91,
            "education_values": 0.89,
            "experience_values": 0.91,
        },
        # a thirty-second: job boards' agency postings, HIM leadership, Canada/Australia/New Zealand/Ireland, unusual
        # US shapes (skills and software abroad as their labeller maps them: ICD-10-AM's and ACHI's own ids, regional
        # systems)
        "written32": {
            "credentials": 0.99,
            "any_of_groups": 0.98,
            "coding_systems": 0.98,
            "skills": 0.81,
            "software": 0.87,
            "education_values": 0.9,
            "experience_values": 0.94,
        },
        # a thirty-third: hospital career sites, registries and data abstraction, physician practices, the field's
        # edges (faculty, educators, payer auditors, physician advisors; ICD-10 of death certificates beside ICD-10-CM,
        # CDT, which its labeller's list of code sets lacks)
        "written33": {
            "credentials": 0.99,
            "any_of_groups": 0.99,
            "coding_systems": 0.98,
            "skills": 0.92,
            "software": 0.96,
            "education_values": 0.99,
            "experience_values": 0.97,
        },
        # a thirty-fourth: post-acute care, Puerto Rico and bilingual employers, requirements in tables and grids, text
        # copied badly from PDFs (two columns read across, "?" for bullets)
        "written34": {
            "credentials": 0.96,
            "any_of_groups": 0.94,
            # an ASC coder's CPT: its trademark notice no longer asks it (written45's rule), and the duty that does
            # stands beside the other column's "NICE TO HAVE" in the PDF's text
            "coding_systems": 0.98,
            "skills": 0.9,
            "software": 0.92,
            "education_values": 0.88,
            "experience_values": 0.93,
        },
        # a thirty-fifth: health-tech and AI companies, military health and government contractors, research roles
        # beside HIM, HIM operations (a route "ADN-prepared RNs with five years ... will be considered" read as asked)
        "written35": {
            "credentials": 0.99,
            "any_of_groups": 0.99,
            "coding_systems": 0.98,
            "skills": 0.88,
            "software": 0.93,
            "education_values": 0.97,
            "experience_values": 0.97,
        },
        # a thirty-sixth: specialty pro-fee coders, CDI and clinical quality, revenue integrity, rural and critical
        # access employers (CDI named as a department the job works with read as the skill)
        "written36": {
            "credentials": 1.0,
            "any_of_groups": 1.0,
            "coding_systems": 0.98,
            "skills": 0.91,
            "software": 0.97,
            "education_values": 1.0,
            "experience_values": 1.0,
        },
        # a thirty-seventh: text copied badly out of PDFs, tables, grids and forms, rich text saved badly, Spanish
        # (two columns read across, OCR's "0DS-C" and "RHlT", an application form's boxes, "preferably" in English
        # and Spanish of the setting)
        "written37": {
            "credentials": 0.95,
            "any_of_groups": 0.93,
            "coding_systems": 0.97,
            "skills": 0.84,
            "software": 0.89,
            "education_values": 0.89,
            "experience_values": 0.87,
        },
        # a thirty-eighth: UK adverts, job boards' copies, US public-sector announcements, the Gulf, Asia and Africa
        # (diplomas abroad read as no level, a board's "Epic: 1 year (Preferred)" read as experience)
        "written38": {
            "credentials": 1.0,
            "any_of_groups": 1.0,
            "coding_systems": 0.99,
            "skills": 0.91,
            "software": 0.93,
            "education_values": 0.91,
            "experience_values": 0.93,
        },
        # a thirty-ninth: US health systems' career sites, physician groups, vendors and health plans, scanned and PDF
        # documents, Canada, Australia, New Zealand and Ireland (Australia's CCC, Ireland's "NFQ Level 7", an internal
        # route read as the lower choice)
        "written39": {
            "credentials": 0.99,
            "any_of_groups": 1.0,
            "coding_systems": 1.0,
            "skills": 0.92,
            "software": 0.99,
            "education_values": 0.97,
            "experience_values": 0.97,
        },
        # a fortieth: short and telegraphic posts, lookalike jobs of neighbouring trades, senior HIM roles, government
        # and union postings (a dental assistant's CDT and a pharmacy technician's NDC, code sets outside the labels)
        "written40": {
            "credentials": 1.0,
            "any_of_groups": 1.0,
            "coding_systems": 0.98,
            "skills": 0.89,
            "software": 0.96,
            "education_values": 1.0,
            "experience_values": 0.96,
        },
        # a forty-first: e-mails and markup, post-acute settings, registries, postings of several levels (whose
        # labeller read a higher level's asks as none, where a ladder's levels are alternative paths here)
        "written41": {
            "credentials": 0.92,
            "any_of_groups": 0.88,
            "coding_systems": 0.95,
            "skills": 0.92,
            "software": 0.97,
            "education_values": 0.93,
            "experience_values": 0.91,
        },
        # a forty-second: audit and risk adjustment, trainees and students, job boards' fields, credentials with
        # conditions (whose labellers read a student's enrolment as the program's level)
        "written42": {
            "credentials": 0.97,
            "any_of_groups": 0.94,
            "coding_systems": 0.99,
            "skills": 0.93,
            "software": 0.98,
            "education_values": 0.92,
            "experience_values": 0.96,
        },
        # a forty-third: neighbouring credentials, hard education and experience wording, credential groups and
        # ladders, clerks and their software (NDC and a CHIMA diploma read where their labellers did not)
        "written43": {
            "credentials": 0.98,
            "any_of_groups": 0.98,
            "coding_systems": 0.97,
            "skills": 0.92,
            "software": 0.98,
            "education_values": 0.97,
            "experience_values": 0.99,
        },
        # a forty-fourth: noise and odd spellings, applicant-tracking pages, negations and exceptions, registries beyond
        # cancer (an ATS's "4 Year Degree" field against the body, CHIMA diplomas, a typo of "associate's")
        "written44": {
            "credentials": 0.99,
            "any_of_groups": 0.96,
            "coding_systems": 0.99,
            "skills": 0.95,
            "software": 0.99,
            "education_values": 0.91,
            "experience_values": 0.98,
        },
        # a forty-fifth: social posts, contract and vendor postings, code sets beyond the usual, questions and answers
        # (the national modifications ICD-10-AM and ICD-10-CA kept apart from ICD-10, NDC and CDT outside the guide's
        # ids, a thread's newest message that keeps its quoted requirements, a reply that withdraws one by its kind)
        "written45": {
            "credentials": 0.95,
            "any_of_groups": 0.94,
            "coding_systems": 0.94,
            "skills": 0.96,
            "software": 0.95,
            "education_values": 0.97,
            "experience_values": 0.96,
        },
        # a forty-sixth: revenue cycle next to coding, experience in unusual units, specialty credentials, HIM data work
        # (a suite's parts in brackets, Office (Word, Excel, ...), read as the suite alone by its labeller; "graduates
        # of Nursing ... preferred" in the Philippines read as a bachelor's)
        "written46": {
            "credentials": 0.99,
            "any_of_groups": 0.98,
            "coding_systems": 0.99,
            "skills": 0.98,
            "software": 0.96,
            "education_values": 0.97,
            "experience_values": 0.97,
        },
        # a forty-seventh: teaching and learning roles, records work outside care providers, pay tied to credentials,
        # postings as aggregators and machines render them (one instructor's two degree-and-credential paths read as
        # one choice of six by its labeller; ICD-10-CA and ICD-10-AM kept apart from ICD-10; a French hospital's GHM
        # read as DRG; a ladder whose lowest level asks no years)
        "written47": {
            "credentials": 0.99,
            "any_of_groups": 0.95,
            "coding_systems": 0.98,
            "skills": 0.95,
            "software": 0.99,
            "education_values": 0.96,
            "experience_values": 0.93,
        },
        # a forty-eighth: equivalence wording, internal postings and union bids, hiring steps, other settings of care
        # (ICD-10-CA kept apart from ICD-10; a county's internal and external routes read at their lowest; a dental
        # assistant's records, out of the field for its labeller)
        "written48": {
            "credentials": 0.99,
            "any_of_groups": 0.99,
            "coding_systems": 0.97,
            "skills": 0.94,
            "software": 0.98,
            "education_values": 0.93,
            "experience_values": 0.94,
        },
        # a forty-ninth: entry-level roles, requirements stated more than once, unusual wording of years and schooling,
        # credentials named in unusual ways (its entry-level labeller's "no experience required" as 0 years, where the
        # other sets' labellers give none; a board's "Profile insights" fields kept; a "now 1 year" update over the
        # "3 years" it replaces; a summary's preference of what is required by a date)
        "written49": {
            "credentials": 0.97,
            "any_of_groups": 0.9,
            "coding_systems": 0.96,
            "skills": 0.92,
            "software": 0.95,
            "education_values": 0.92,
            "experience_values": 0.91,
        },
        # a fiftieth: remote roles and their boilerplate, numbers that are not experience, one job of two functions,
        # career ladders (levels named by words in a table, a civil-service trainee series and a federal
        # announcement's grades read as asked)
        "written50": {
            "credentials": 0.98,
            "any_of_groups": 0.98,
            "coding_systems": 0.96,
            "skills": 0.94,
            "software": 0.94,
            "education_values": 0.96,
            "experience_values": 0.96,
        },
        # a fifty-first: postings changed after they were posted, announcements of several grades, employers in the
        # field's own words, schooling outside the US degree ladder (a job board's copy whose old listing's letters
        # stay; a county series' options and a federal grade's read as ways in, whose credentials are one choice; a
        # team's "We speak the language: ... HCC capture"; national ICD-10 modifications read as ICD-10)
        "written51": {
            "credentials": 0.95,
            "any_of_groups": 0.86,
            "coding_systems": 0.95,
            "skills": 0.91,
            "software": 0.84,
            "education_values": 0.92,
            "experience_values": 0.93,
        },
        # a fifty-second: postings edited after publication, one job at several levels, line breaks lost, work outside
        # care providers (a manager's note under the post that is no correction's label; "was a typo - it should read
        # 2+ years"; levels' credentials read as one choice where the labeller took the lowest open level's)
        "written52": {
            "credentials": 0.93,
            "any_of_groups": 0.82,
            "coding_systems": 0.91,
            "skills": 0.86,
            "software": 0.92,
            "education_values": 0.84,
            "experience_values": 0.85,
        },
        # a fifty-third: ordinary US career-site postings, experience in many wordings, adverts from the UK, Ireland,
        # Australia, New Zealand and Canada, credentials with conditions (national ICD-10 modifications read as
        # ICD-10; HIMAA's "Certified Clinical Coder (CCC)", not the AAPC's; a deadline's credential as a second choice)
        "written53": {
            "credentials": 0.99,
            "any_of_groups": 0.96,
            "coding_systems": 0.95,
            "skills": 0.95,
            "software": 0.95,
            "education_values": 0.94,
            "experience_values": 1.0,
        },
        # a fifty-fourth: federal announcements, job-board pages, state and local government, one posting at several
        # levels (a county's flexibly staffed I/II and tiers hired through one posting, whose higher level's
        # credentials stay ways in where the labeller took the lowest; "Same as Coder II"; a flattened table's
        # columns; a similar job's "(CDEO preferred)" read as a heading)
        "written54": {
            "credentials": 0.95,
            "any_of_groups": 0.95,
            "coding_systems": 0.97,
            "skills": 0.93,
            "software": 0.94,
            "education_values": 0.86,
            "experience_values": 0.96,
        },
        # a fifty-fifth: UK and Irish adverts for other jobs that touch records, small employers' informal posts, HIM
        # leaders and analysts, requirements in forms and checkboxes (a box row "any ONE checked" read as two
        # credentials asked, not one choice; two separate "Preferred" rows one choice for their labeller; a dental
        # office's CDT, a code set no guide lists)
        "written55": {
            "credentials": 0.99,
            "any_of_groups": 0.95,
            "coding_systems": 0.95,
            "skills": 0.89,
            "software": 0.91,
            "education_values": 0.93,
            "experience_values": 0.88,
        },
        # a fifty-sixth: recruiters' and social posts, requirements as questions and conversation, many code sets,
        # credentials not asked of the candidate (a commenter's "Is this open to CPC-As?" under a recruiter's post;
        # "Already hold a CCA or CBCS? Great - it's a plus", the cue in the sentence after the question; "formerly
        # CTR" no choice of its own for one labeller; a knock-out question's RHIA)
        "written56": {
            "credentials": 0.96,
            "any_of_groups": 0.89,
            "coding_systems": 0.96,
            "skills": 0.94,
            "software": 0.93,
            "education_values": 0.98,
            "experience_values": 0.98,
        },
        # a fifty-seventh: registries and data abstraction, large health systems' applicant-tracking pages, coding
        # vendors and staffing agencies, HR job descriptions saved from documents (NSQIP's "ACS NSQIP SCR training"
        # beside "certification exam" read as the BMSC credential)
        "written57": {
            "credentials": 0.99,
            "any_of_groups": 0.97,
            "coding_systems": 1.0,
            "skills": 0.92,
            "software": 0.95,
            "education_values": 1.0,
            "experience_values": 1.0,
        },
        # a fifty-eighth: NHS and UK adverts inside the field, aggregator reposts, physician practices, universities
        # (a future EPR's SNOMED CT, required for its labeller only where preferred; CPT codes by number; an HND as an
        # associate's for its labeller)
        "written58": {
            "credentials": 1.0,
            "any_of_groups": 1.0,
            "coding_systems": 0.97,
            "skills": 0.9,
            "software": 0.91,
            "education_values": 0.96,
            "experience_values": 1.0,
        },  # a sixteenth, the fifteenth's kinds by other hands (tests/corpus/README.md)
        "written16": {
            "credentials": 0.99,
            "any_of_groups": 0.98,
            "coding_systems": 0.98,
            "skills": 0.89,
            "software": 0.93,
            "education_values": 0.96,
            "experience_values": 0.98,
        },
        # "Required: High school diploma or equivalent preferred", no level for its labeller
        "blind137": {"software": 1.0, "education_values": 0.88, "experience_values": 1.0},
        # NHS Jobs adverts from the stored pages: an MDT coordinator's data, data abstraction for its labeller
        "blind138": {"software": 1.0, "skills": 0.85},
        "blind136": {
            "coding_systems": 1.0,
            "skills": 1.0,
            "software": 1.0,
            "education_values": 0.92,
            "experience_values": 1.0,
        },
        # written by helpers, not real (tests/corpus/README.md)
        "written": {
            "credentials": 0.97,
            "any_of_groups": 0.85,
            "coding_systems": 0.95,
            "skills": 0.92,
            "education_values": 0.96,
            "experience_values": 0.98,
        },
        "written2": {
            "credentials": 0.99,
            "any_of_groups": 0.93,
            "coding_systems": 0.96,
            "skills": 0.93,
            "education_values": 1.0,
            "experience_values": 1.0,
        },
        # a third written batch, credential-heavy (tests/corpus/README.md); CDT and NDC codes its labellers' guide
        # has no id for
        "written3": {
            "credentials": 1.0,
            # a privacy officer's "CHPS through AHIMA, CIPP/G through IAPP, or CHPC through HCCA", scored since a
            # label's group counts its known ids (2026-12-05): the unknown choice between parts the list
            "any_of_groups": 0.98,
            "coding_systems": 0.96,
            "skills": 0.94,
            "software": 0.93,
            "education_values": 1.0,
            "experience_values": 1.0,
        },
    }[name]
    for field_name, floor in floors.items():
        assert getattr(report, field_name).f1 >= floor, field_name
    # no US credential is named in them: none may be found
    if name in _NO_US_CREDENTIAL_NAMED:
        assert report.credentials.fp == 0
    assert report.education.value >= {
        "written": 0.96,
        "blind15": 0.96,
        "blind16": 0.96,
        "blind17": 1.0,
        "blind19": 0.92,
        "blind20": 0.96,
        "blind21": 0.92,
        "blind22": 0.92,
        "blind23": 0.88,
        "blind25": 0.96,
        "blind26": 0.96,
        "blind27": 0.96,
        "blind29": 0.96,
        "blind30": 0.92,
        "blind31": 0.96,
        "blind37": 0.96,
        "blind39": 0.96,
        "blind42": 0.96,
        "blind44": 0.96,
        "blind46": 0.96,
        "blind48": 0.92,
        "blind49": 0.96,
        "blind51": 0.96,
        "blind52": 0.92,
        "blind54": 0.96,
        "blind55": 0.8,
        "blind56": 0.96,
        "blind57": 0.88,
        "blind60": 0.92,
        "blind61": 0.88,
        "blind66": 0.92,
        "blind67": 0.96,
        "blind70": 0.96,
        "blind72": 0.96,
        "blind73": 0.96,
        "blind74": 0.96,
        "blind76": 0.96,
        "blind78": 0.96,
        "blind79": 0.8,
        "blind81": 0.96,
        "blind82": 0.92,
        "blind85": 0.92,
        "blind88": 0.92,
        "blind90": 0.96,
        "blind97": 0.96,
        "blind99": 0.96,
        "blind102": 0.92,
        "blind103": 0.95,
        "blind111": 0.93,
        "blind137": 0.66,
        "written4": 0.9,
        "written5": 0.7,
        "written6": 0.96,
        "written8": 0.96,
        "written9": 0.96,
        # routes of a degree or a certificate where its labeller reads the lowest (Ireland's Leaving Certificate, a
        # Canadian diploma, a state's substitutions)
        "written10": 0.83,
        # foreign diplomas and Ireland's routes, as written10's
        "written11": 0.83,
        # a two-column PDF whose "preferred" the page split ("pre-\nferred"), a Canadian diploma, a registrar's
        # "Associate degree or higher" in a PDF's broken lines
        "written12": 0.9,
        # a grade's doctorate route and a ladder of degrees whose labellers read the lowest
        "written13": 0.93,
        # routes of a degree with more years, two-column PDFs, a form's ticked boxes (tests/corpus/README.md)
        "written14": 0.8,
        # "Any graduate - Life Sciences preferred", a person specification's "D" column (tests/corpus/README.md)
        "written16": 0.95,
        # levels of a job in prose, routes abroad, a PDF's two columns (tests/corpus/README.md)
        "written17": 0.77,
        # India's nursing diplomas beside degrees, a Canadian two-year diploma, a career board's list of majors
        "written18": 0.87,
        # a government notice's routes, India's graduates beside a "PG:" line, "12th pass" beside a degree
        "written19": 0.9,
        # a degree that may stand in for experience, an applicant who is told "we'd notice it", a signer's MBA
        "written20": 0.87,
        # Australian and Canadian diplomas (a certificate for their labeller), India's "(i) ... (ii)" read as routes
        "written21": 0.83,
        # a ladder marked "<-- OPEN" without a colon, a master's "strongly preferred" beside a bachelor's
        "written22": 0.86,
        # a two-year Canadian diploma (an associate's for this labeller), a UK standards course
        "written23": 0.93,
        # a two-year Canadian diploma again, Ireland's routes (one of no level), "senior high school graduates are
        # also welcome to apply" beside a degree
        "written24": 0.9,
        # routes of a lower degree "considered", a table of levels glued together, Scotland's and Ireland's routes
        # with equivalent experience, a bulletin's clinic job
        "written25": 0.8,
        # GCSEs, Certificate IV, two-year diplomas abroad (their labeller's own mapping), "Associate OR high school + 4
        # years", a degree alternative named only in a reply
        "written26": 0.75,
        # two columns run together by the copy ("MINIMUM QUALIFICATIONS PREFERRED QUALIFICATIONS" on one line), a
        # county's route of experience for the degree, a student's "coding certificate program" in minutes
        "written27": 0.9,
        # a county's two equal routes, a WhatsApp group's "HS diploma AND a coding program", readers' guesses, an
        # Australian Certificate IV labelled preferred
        "written28": 0.85,
        # diplomas abroad mapped by their labeller (Singapore, Kenya, Scotland's HNC, Hong Kong's Higher Diploma), two
        # equal routes read at their lowest, a Yes/No questionnaire's "Degree required? N"
        "written29": 0.7,
        # a thread's "does it need a degree / nope just hs diploma", a BSN dropped to an associate's in a chat
        "written30": 0.95,
        # a chat's "does it need a degree? / just HS", a draft's degree dropped in a later message that restates
        # nothing, a BSN dropped to an associate's
        "written31": 0.9,
        # Ireland's "Level 7 degree (NFQ)" beside a nurse's route, NCEA read by its labeller as high school (another
        # read it as no level), a careers centre's list of majors
        "written32": 0.92,
        # two columns of a PDF read across, a wrapped cell's "preferred" on the next line of a pipe table
        "written34": 0.87,
        # an RN's ADN route "will be considered" beside a bachelor's, "Graduate of a medical transcription ...
        # program, or equivalent work experience" read as no level
        "written35": 0.95,
        # a PR posting's Spanish and English versions that disagree, read together by its labeller; a classified's
        # "Cuarto año y certificado de curso"; a county class specification's routes
        "written37": 0.9,
        # diplomas abroad ("Diploma or Degree in Life Sciences, Pharmacy, Nursing"), a two-year diploma in Oman read as
        # a certificate, a New York announcement's routes
        "written38": 0.9,
        # a CHIMA-accredited diploma "in lieu of a degree"
        "written39": 0.97,
        # two-year Canadian diplomas (a certificate for this labeller), a supervisor's or a manager's degree, a
        # ladder's certificate route
        "written41": 0.9,
        # a student's enrolment in a bachelor's program (the program's level for this labeller), a certificate or an
        # associate program an extern is enrolled in, a board's "Qualifications" list above the employer's text
        "written42": 0.92,
        # a CHIMA-accredited HIM diploma of no length (an associate's for this labeller, a certificate for most)
        "written43": 0.97,
        # an applicant-tracking system's "Education Level: 4 Year Degree" field above a body that asks an associate
        # degree, two CHIMA diplomas, a typo ("Assoicate's degree"), a registry analyst's degree in a list of fields
        "written44": 0.92,
        # a recruiter's thread whose newest message keeps the first message's "High school diploma required"
        "written45": 0.97,
        # a Philippine AR firm's "Senior High School graduate ... or college level; graduates of Nursing ... preferred"
        "written46": 0.97,
        # a French hospital's "Bac+2 (BTS, DUT)", an associate's for its labeller
        "written47": 0.97,
        # an "equivalent combination" beside a certificate and an associate degree, read at the lowest; a route of
        # external applicants' degree; a dental assistant's certificate
        "written48": 0.9,
        # a county's nine-month program of no level word (a certificate for its labeller), a two-year Canadian college
        # diploma (a certificate for its labeller), an associate's route "with four years" under a bachelor's
        "written49": 0.92,
        # a cancer registry's levels named by words in a table ("Associate | Specialist | Senior"), a bachelor's of the
        # Specialist read as asked
        "written50": 0.97,
        # two-year Canadian college diplomas (certificates for their labellers), a UK advert's GCSEs (a high school
        # for its labeller), a bachelor's "or currently studying towards this degree" (preferred for its labeller)
        "written51": 0.92,
        # a correction's "associate degree ... is now preferred" read as required, an Irish QQI level, a state series'
        # current vacancy at its second level
        "written52": 0.82,
        # "Educated to A Level standard" (a high school for its labeller, no level for most), a nursing school's
        # diploma beside an ADN (a certificate for its labeller)
        "written53": 0.92,
        # a VA coder's one-year coding program (a certificate for its labeller), a company name "... Spine Associates
        # in San Antonio" read as an associate's, a state class's alternate paths, "Same as Coder II", a flattened table
        "written54": 0.87,
        # an estates officer's HNC route (a certificate for its labeller), a rural clinic's coding course beside a
        # diploma, a chiropractic office's "HS grad" in capitals
        "written55": 0.92,
        # an HND beside a degree (an associate's for its labeller, a choice of no level here), and a degree on the
        # first of three routes whose last asks no schooling (no level for its labeller)
        "written58": 0.95,
    }.get(name, 1.0)
    # blind80's labellers read two routes of no figure and a lowest route of two where the extractor does not
    # (tests/corpus/README.md)
    # written14's: figures of other routes and levels in prose, a "sweet spot" range over its own floor
    # written17's: figures of other levels described in prose, "six months is enough" as the lower route
    # written18's: "six months is enough" again, a staffing e-mail's four jobs, a lower route's year
    # written20's: a newsletter's three jobs, other levels in a LinkedIn post, "exp." before "strongly preferred"
    # written21's: a staffing e-mail's three openings, a later job's years, "exp, ... strongly preferred"
    # written22's: two openings and a newsletter's jobs, "eighteen months or more?" asked as a question, a reply's
    # "CCS, 12 yrs inpatient"
    # written24's: a senior level's figure in a career path's prose, "at least 2 yrs peds or fam med" (no work named)
    assert report.experience.value >= {
        "blind80": 0.88,
        "written14": 0.76,
        "written17": 0.84,
        "written18": 0.87,
        "written20": 0.87,
        "written21": 0.86,
        "written22": 0.8,
        "written23": 0.96,
        "written24": 0.92,
        "written25": 0.92,
        "written26": 0.87,
        # written28's: corrections in a thread ("3 years" made 2), a signature's "20+ yrs HIM leadership", a
        # commenter's "18 yrs exp"
        "written28": 0.85,
        # written29's: two equal routes read at their lowest, corrections in threads, a higher grade's five years
        "written29": 0.82,
        # written34's: two columns of a PDF read across, "?" for bullets
        "written34": 0.92,
        # written37's: a flattened page's "2+ years ..., orthopaedic or surgical specialty strongly preferred", an
        # ASCII table's wrapped cells, a police records post's table
        "written37": 0.85,
        # (written49's "no experience required", 0 years for one labeller, is now no figure, as for the others)
        # written52's: levels' and grades' higher figures (an NHS Band 5's three years, a Grade 9's four), a typo's
        # "12+ years" corrected in an edit
        "written52": 0.82,
        # written54's: a state class's entry level that asks no figure, an NHS trainee band's desirable two years
        "written54": 0.95,
        # written55's: routes' figures of an estates officer and an EMPI specialist read at their first, a post that
        # says "Entry level OK!" and "Minimum 2 years" (no figure for its labeller), a dental office's "1 yr"
        "written55": 0.87,
    }.get(name, 0.9)
    # whether a posting is of the field, in the sets since blind29
    in_scope_floor = {f"blind{n}": 1.0 for n in range(29, 35)} | {
        "blind35": 0.84,
        "blind36": 0.92,
        "blind37": 1.0,
        "blind39": 1.0,
        "blind42": 1.0,
        "blind43": 1.0,
        "blind44": 1.0,
        "blind45": 0.96,
        "blind46": 1.0,
        "blind47": 1.0,
        "blind48": 1.0,
        "blind49": 1.0,
        "blind50": 1.0,
        "blind51": 0.96,
        "blind52": 1.0,
        "blind53": 0.96,
        "blind54": 0.96,
        "blind55": 1.0,
        "blind56": 1.0,
        "blind57": 1.0,
        "blind58": 1.0,
        "blind59": 1.0,
        "blind60": 1.0,
        "blind61": 1.0,
        "blind62": 1.0,
        "blind63": 1.0,
        "blind64": 1.0,
        "blind65": 1.0,
        "blind66": 0.96,
        "blind67": 1.0,
        "blind68": 1.0,
        "blind69": 1.0,
        "blind70": 1.0,
        "blind71": 1.0,
        "blind72": 0.96,
        "blind73": 1.0,
        "blind74": 1.0,
        "blind75": 0.92,
        "blind76": 1.0,
        "blind77": 1.0,
        "blind78": 1.0,
        "blind79": 1.0,
        "blind80": 0.96,
        "blind81": 0.96,
        "blind82": 1.0,
        "blind83": 1.0,
        "blind84": 0.96,
        "blind85": 1.0,
        "blind86": 1.0,
        "blind87": 0.96,
        "blind88": 1.0,
        "blind89": 1.0,
        "blind90": 0.96,
        "blind91": 1.0,
        "blind92": 1.0,
        "blind93": 1.0,
        "blind94": 1.0,
        "blind95": 1.0,
        "blind96": 1.0,
        "blind97": 1.0,
        "blind98": 1.0,
        "blind99": 1.0,
        "blind100": 1.0,
        "blind101": 1.0,
        "blind102": 1.0,
        "blind103": 1.0,
        "blind104": 1.0,
        "blind105": 1.0,
        "blind106": 1.0,
        "blind107": 1.0,
        "blind108": 1.0,
        "blind109": 1.0,
        # a Covid-screening booking post (blind110) and two administrative posts (blind113) their labellers put out
        "blind110": 0.96,
        "blind111": 1.0,
        "blind112": 1.0,
        "blind113": 0.92,
        # administrative posts with a records duty its labeller put in (blind114); a board member's posting that
        # names the trust's plans for patient records (blind115)
        "blind114": 0.88,
        "blind115": 0.96,
        "blind116": 1.0,
        # three records duties (admissions on PIMS, updating an EPR, collating records) its labeller put in
        "blind117": 0.88,
        "blind118": 1.0,
        "blind119": 1.0,
        # administrative and clinical-trial data posts with a patient-data duty their labellers put in (hard calls)
        "blind120": 0.92,
        "blind121": 1.0,
        "blind122": 0.96,
        "blind123": 0.88,
        "blind124": 0.96,
        "blind125": 1.0,
        # posts at the field's edge read in scope that their labellers put out (a colposcopy co-ordinator's "PAS
        # system", a safeguarding administrator's "information governance") and some IT and business posts put in
        "blind126": 0.78,
        "blind127": 0.8,
        "blind128": 0.92,
        # the in-scope draw's last 8 postings: four read in and one read out against their labeller
        "blind129": 0.37,
        "blind130": 1.0,
        "blind131": 0.96,
        # an X-ray clerk's data input on Cerner, put in by its labeller
        "blind132": 0.96,
        "blind133": 1.0,
        "blind134": 1.0,
        # a federal Medical Support Assistant's "organizing patient records", put out by its labeller
        "blind135": 0.75,
        "blind136": 1.0,
        # a software engineer's post on a billing system, put out by its labeller
        "blind137": 0.66,
        # a medical secretary in for its labeller, a Freedom of Information officer out; a cancer support worker's
        # pathway tracking in for its labeller, out on the title under the Trust's name (a support worker's, as a first
        # line's would be)
        "blind138": 0.66,
        # two lookalikes (an insurance agency's account manager, an HR compensation analyst) read in
        "written3": 0.93,
        # four posts outside the field read in on their records, claims and code words (an EPR analyst, a medical
        # assistant, a claims adjuster, a developer of coding software)
        "written8": 0.86,
        # a coding school's admission counsellor, read in on the courses it sells
        "written18": 0.97,
        # an urgent care's medical assistant, whose front desk does "coding and insurance", read in
        "written33": 0.97,
        # a critical access hospital's medical staff coordinator, read in on the records team's "(RHIT, CCS)" down the
        # hall
        "written36": 0.97,
        # a state archives' records management analyst, read in on HIPAA
        "written38": 0.97,
        # five lookalike jobs of neighbouring trades (a phlebotomist's "CPT", a credentialing specialist, a dental
        # assistant, an auto claims adjuster, police records), all read out
        "written40": 1.0,
        # an MDS nurse's post, a lookalike, read out
        "written41": 1.0,
        "written42": 1.0,
        "written43": 1.0,
        "written44": 1.0,
        "written45": 1.0,
        "written46": 1.0,
        # a life insurer's attending-physician-statement team, read in on the medical records it orders
        "written47": 0.97,
        # a dental assistant's chairside post that keeps the charts, read in
        "written48": 0.97,
        "written49": 1.0,
        "written50": 1.0,
        "written51": 1.0,
        "written52": 1.0,
        "written53": 1.0,
        "written54": 1.0,
        # a GP receptionist's post that names the records team's work, read in
        "written55": 0.97,
        "written56": 1.0,
        "written57": 1.0,
        "written58": 1.0,
    }
    if name in in_scope_floor:
        assert report.in_scope.value >= in_scope_floor[name]


def test_no_experience_required_labelled_as_zero_years_is_no_figure(screener, tmp_path):
    text = "Medical Records Clerk\n\nNo experience required: we train.\nHigh school diploma or GED.\n"
    report = evaluate(screener, _labelled_folder(tmp_path, {"a": (text, _label(years=0))}))
    assert (report.experience.right, report.experience.total) == (1, 1)
    assert (report.experience_values.tp, report.experience_values.fp, report.experience_values.fn) == (0, 0, 0)
    # ... while a figure is still one
    text = "Medical Records Clerk\n\n1 year of clerical experience required.\n"
    report = evaluate(screener, _labelled_folder(tmp_path / "one", {"a": (text, _label(years=0))}))
    assert (report.experience.right, report.experience.total) == (0, 1)
