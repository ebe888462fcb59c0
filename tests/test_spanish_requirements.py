"""Education and experience stated in Spanish, as Puerto Rico's postings state them, with texts written for the
test: the built-in ``education-experience-es`` plugin reads them; the context rules give their strength.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import years


def levels(extraction) -> set[tuple[str, str]]:
    return {(r.id, r.strength) for r in extraction.of_kind("education")}


def test_a_biller_s_high_school_and_year_of_billing(extract):
    extraction = extract(
        "Facturador(a) de Planes Médicos\n\nRequisitos:\n- Cuarto año aprobado\n"
        "- Mínimo 1 año de experiencia en facturación a planes médicos (Medicare Advantage y comerciales)\n"
    )
    assert levels(extraction) == {("high_school", "required")}
    assert years(extraction) == {1}
    assert {r.id for r in extraction.of_kind("experience")} == {"billing"}


def test_an_associate_degree_and_a_figure_repeated_in_digits(extract):
    extraction = extract(
        "Técnico de Récord Médico\n\nEDUCACIÓN\nGrado Asociado en Tecnología de Información de Salud de una "
        "institución acreditada.\n\nEXPERIENCIA\nUn (1) año de experiencia en un departamento de récord médico.\n"
    )
    assert levels(extraction) == {("associate", "required")}
    assert years(extraction) == {1}
    assert {r.id for r in extraction.of_kind("experience")} == {"health_information"}


@pytest.mark.parametrize(
    ("wording", "expected"),
    [
        ("Experiencia mínima de dos (2) años en codificación.", 2),
        ("Tres (3) años o más de experiencia en codificación de pacientes hospitalizados.", 3),
        ("De 2 a 4 años de experiencia en un hospital.", 2),
        ("Seis (6) meses de experiencia en facturación.", 0.5),
    ],
)
def test_the_figure_of_a_spanish_experience_requirement(extract, wording, expected):
    assert years(extract(f"Codificador(a)\n\nRequisitos:\n- {wording}\n")) == {expected}


def test_a_spanish_preference_keeps_its_strength(extract):
    extraction = extract(
        "Especialista CDI\n\nRequisitos:\n- Bachillerato en Ciencias de Enfermería.\n- Maestría (preferible).\n"
        "- Tres (3) años de experiencia en un hospital de cuidado agudo.\n"
    )
    assert levels(extraction) == {("bachelor", "required"), ("master", "preferred")}
    assert years(extraction) == {3}


def test_two_levels_joined_by_o_are_one_choice(extract):
    extraction = extract(
        "Codificador(a)\n\nRequisitos: Grado Asociado en Tecnología de Información de Salud o Bachillerato en "
        "Administración de Sistemas de Información de Salud.\n"
    )
    groups = {r.any_of for r in extraction.of_kind("education")}
    assert {r.id for r in extraction.of_kind("education")} == {"associate", "bachelor"}
    assert len(groups) == 1 and None not in groups


@pytest.mark.parametrize(
    "text",
    [
        # the employer's years, and pay by experience: no figure of the candidate's
        "Grupo médico con 15 años en la comunidad busca facturador(a). Salario según experiencia.",
        # the employer's years of experience
        "Somos una empresa con más de 20 años de experiencia en facturación médica. Contamos con 30 años de "
        "experiencia.",
        # "Bachillerato" alone is the school-leaving certificate outside Puerto Rico: no level read
        "Requisitos: Bachillerato terminado.",
    ],
)
def test_what_asks_nothing(text, extract):
    extraction = extract(f"Facturador(a)\n\n{text}\n")
    assert extraction.of_kind("education") == [] and extraction.of_kind("experience") == []


def test_english_is_read_once(extract):
    # the English plugins' work: the Spanish plugin reads none of it a second time
    extraction = extract("Coder\n\nRequirements: Associate degree and 2 years of coding experience.\n")
    assert [r.id for r in extraction.of_kind("education")] == ["associate"]
    assert [r.years for r in extraction.of_kind("experience")] == [2]
