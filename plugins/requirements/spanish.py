"""Education and experience stated in Spanish: the requirements of a Puerto Rico or bilingual US posting written in
Spanish ("Cuarto año aprobado", "Grado Asociado en Tecnología de Información de Salud", "Un (1) año de experiencia
en facturación").

The English plugins read figures before "years" and the English names of degrees; these words they never see. The
context rules (``context.spanish_french`` beside the English ones) give each mention its strength, as they do for
every plugin's. Built as a third party would build it: only the public plugin API.

What the words mean is Puerto Rico's usage, the Spanish of most US postings written in Spanish:
- "cuarto año" (the fourth year of high school) and "escuela superior" are high school;
- "Bachillerato en ..." is a bachelor's degree. "Bachillerato" alone is left alone: elsewhere (Spain, Latin America)
  it is the school-leaving certificate;
- "Grado Asociado" is an associate degree; "Licenciatura" a bachelor's (Mexico, Spain); "Maestría" a master's;
  "Doctorado" a doctorate.
"""

import re

from screener import EducationLevel, EducationRequirement, Evidence, ExperienceRequirement, hookimpl

#: Words one of which a posting holds before it is searched: the lower-case text is asked for each
_TRIGGERS = (
    "experiencia",
    "exp.",
    "cuarto a",
    "escuela superior",
    "asociado",
    "bachillerato",
    "licenciatura",
    "maestr",
    "máster",
    "doctorado",
)

_NUMBER_WORDS = {
    "un": 1,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "doce": 12,
}
_NUMBER = r"(?:\d{1,2}(?:[.,]5)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
# a figure, its digits repeated in brackets ("tres (3)"), and a range's upper figure ("2 a 3", "2-3"): the lower one
# is the bar
_FIGURE = rf"(?P<num>{_NUMBER})(?:\s*\(\d{{1,2}}\))?(?:\s*(?:-|–|a)\s*{_NUMBER}(?:\s*\(\d{{1,2}}\))?)?\s*\+?\s*"
_UNIT = r"(?P<unit>a[ñn]os?|a[ñn]o\(s\)|mes(?:es)?)\b"

# "Un (1) año de experiencia", "Mínimo 1 año de experiencia en facturación", "tres (3) años o más de experiencia",
# "2 años de experiencia previa"
_FIGURE_OF_EXPERIENCE = re.compile(
    rf"(?<!\w){_FIGURE}{_UNIT}(?:\s+o\s+m[áa]s)?\s+(?:de\s+|en\s+)?experiencia\b(?P<after>[^.;\n]*)"
)
# "Experiencia: 2 años", "Experiencia mínima de dos (2) años en codificación"
_EXPERIENCE_OF_A_FIGURE = re.compile(
    rf"\bexperiencia(?:\s+(?:m[íi]nima|previa|requerida|relacionada))?(?:\s*:\s*|\s+de\s+)"
    rf"(?:(?:al\s+menos|m[íi]nimo(?:\s+de)?)\s+)?{_FIGURE}{_UNIT}(?P<after>[^.;\n]*)"
)
# Right before a figure, the employer's own years: "Somos una empresa con más de 20 años de experiencia", "contamos con
# 30 años de experiencia", "un hospital con 15 años de experiencia en la comunidad"
_THE_EMPLOYER_S_BEFORE = re.compile(
    r"(?:\b(?:somos|contamos\s+con|tenemos|cumplimos|celebramos)\b"
    r"|\b(?:empresa|compañía|grupo|hospital|organización|institución|clínica|centro|oficina|práctica|equipo)\b"
    # ... "Nuestro equipo de codificación suma un promedio de más de 20 años de experiencia"
    r"[^.;\n]{0,40}?\b(?:con|suma|tiene|acumula|cuenta\s+con))\s+(?:un\s+promedio\s+de\s+)?"
    r"(?:(?:más\s+de|sobre)\s+)?\Z"
)
# A figure after the word for experience, at its clause's end or before its strength: "Exp. en facturación y
# codificación de oficina médica, 2 años preferible" (not "la oficina tiene 25 años en el área")
_A_FIGURE_AFTER_EXPERIENCE = re.compile(
    rf"\b(?:experiencia|exp\.)\s[^.;\n]{{0,80}}?(?<!\w){_FIGURE}{_UNIT}(?P<after>)"
    r"(?=[^\S\n]*(?:preferibles?|deseables?|requerid[oa]s?|m[íi]nimo|o\s+m[áa]s|[,;.)]|$|\n))"
)
# What the experience is of, in the words after it (else in its line): the ids of the English plugin's subjects
_SUBJECTS = (
    ("coding", re.compile(r"\bcodifica(?:ci[óo]n|dor)")),
    ("cancer_registry", re.compile(r"\bregistro\s+de\s+c[áa]ncer|\babstrac")),
    ("cdi", re.compile(r"\bdocumentaci[óo]n\s+cl[íi]nica|\bcdi\b")),
    ("auditing", re.compile(r"\bauditor[íi]a")),
    ("billing", re.compile(r"\bfacturaci[óo]n|\bcobros?\b|\breclamaciones\b")),
    (
        "health_information",
        re.compile(r"\br[ée]cord(?:s)?\s+m[ée]dicos?|\bexpedientes?\b|\binformaci[óo]n\s+de\s+salud"),
    ),
)

# Each level and the Spanish that names it, in the lower-case text
_LEVELS: tuple[tuple[EducationLevel, re.Pattern[str]], ...] = (
    # "Cuarto año aprobado", "cuarto año de escuela superior", "Diploma de escuela superior"
    ("high_school", re.compile(r"\bcuarto\s+a[ñn]o\b(?!\s+de\s+(?:universidad|bachillerato))|\bescuela\s+superior\b")),
    # "Grado Asociado en ...", "Grado de Asociado", "Asociado en Ciencias"
    ("associate", re.compile(r"\bgrado\s+(?:de\s+)?asociado\b|\basociado\s+en\s+(?:ciencias|artes|tecnolog[íi]a)")),
    # "Bachillerato en Ciencias de Enfermería", "Licenciatura en ..."
    ("bachelor", re.compile(r"\bbachillerato\s+en\b|\blicenciatura\b")),
    ("master", re.compile(r"\bmaestr[íi]a\b|\bmáster\b")),
    ("doctorate", re.compile(r"\bdoctorado\b")),
)
# "o" right before a level, the one before it not far: either is enough ("Grado Asociado en Tecnología de Información
# de Salud o Bachillerato en ...", "...; o\n  b) Bachillerato en ...")
_OR_BEFORE = re.compile(r"[\s,;()](?:o|u|y/o)\s+(?:[a-z]\)\s*)?(?:un\s+|una\s+)?\Z")
_FARTHEST_CHOICE = 200


@hookimpl
def screener_extract(doc, posting):
    holds = doc._.screener.holds
    if not any(holds(word) for word in _TRIGGERS):
        return []
    text = posting.text
    lower = doc._.screener.lower
    return [*_experience(text, lower), *_education(text, lower)]


def _experience(text, lower):
    found = []
    seen = set()
    for pattern in (_FIGURE_OF_EXPERIENCE, _EXPERIENCE_OF_A_FIGURE, _A_FIGURE_AFTER_EXPERIENCE):
        for match in pattern.finditer(lower):
            if match.start("num") in seen or _THE_EMPLOYER_S_BEFORE.search(
                lower, max(0, match.start("num") - 80), match.start("num")
            ):
                continue
            seen.add(match.start("num"))
            number = match.group("num")
            years = _NUMBER_WORDS.get(number) or float(number.replace(",", "."))
            if match.group("unit").startswith("mes"):
                years = round(years / 12, 2)
            line_start = lower.rfind("\n", 0, match.start()) + 1
            line_end = len(lower) if (end := lower.find("\n", match.end())) < 0 else end
            subject = next((name for name, p in _SUBJECTS if p.search(match.group("after"))), None)
            if subject is None:
                subject = next((name for name, p in _SUBJECTS if p.search(lower, line_start, line_end)), "general")
            after = text[match.start("after") : match.end("after")].strip(" :,-") or None
            found.append(
                ExperienceRequirement(
                    id=subject,
                    years=years,
                    subject=after[:120] if after else None,
                    # the figure and its unit, as the English plugin's mentions are ("dos (2) años")
                    mention=Evidence.of(text, match.start("num"), match.end("unit")),
                )
            )
    return found


def _education(text, lower):
    mentions = sorted(
        (match.start(), match.end(), level) for level, pattern in _LEVELS for match in pattern.finditer(lower)
    )
    found: list[EducationRequirement] = []
    group = None
    for i, (start, end, level) in enumerate(mentions):
        joined_to_previous = (
            i > 0
            and start - mentions[i - 1][1] <= _FARTHEST_CHOICE
            and _OR_BEFORE.search(lower, mentions[i - 1][1], start) is not None
        )
        if not joined_to_previous:
            group = None
        elif group is None:
            group = f"es-education-{mentions[i - 1][0]}"
            found[-1] = found[-1].model_copy(update={"any_of": group})
        found.append(EducationRequirement(id=level, any_of=group, mention=Evidence.of(text, start, end)))
    return found
