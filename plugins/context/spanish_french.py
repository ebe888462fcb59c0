"""Context rules for the Spanish and French of bilingual postings: a Texas or Puerto Rico career page that states its
requirements in Spanish beside English, a Canadian one in French beside English ("Certificación CPB o CBCS -
preferible", "RHIT o RHIA", "Titre CHIM exigé", "un atout").

A few words only, the ones such pages use to say how strongly they ask and to join a choice; the English rules
read the rest (credentials and code sets are written alike in all three languages). Built as a third party would
build it: only the public plugin API.
"""

from screener import AnyOfCue, Dismissal, ListGap, SectionHeading, StrengthCue, hookimpl

STRENGTH_CUES = [
    StrengthCue(
        name="es-fr-preferred",
        strength="preferred",
        # Spanish "preferible", "preferido", "deseable", "de preferencia", "bienvenido"; French "souhaitable", "un
        # atout", "de préférence", "privilégié"
        # ... "CPC o CPC-A ... bienvenidos", "un plus"
        pattern=r"\bpreferiblemente\b|\bpreferibles?\b|\bpreferid[oa]s?\b|\bdeseables?\b|\bde\s+preferencia\b|\bsouhait(?:able|ée?)s?\b"
        r"|\bbienvenid[oa]s?\b|\bun\s+plus\b"
        r"|\bun\s+atout\b|\bde\s+pr[ée]f[ée]rence\b|\bprivil[ée]gi[ée]e?s?\b",
        description='"preferible", "deseable", "un atout", "souhaitable"',
    ),
    StrengthCue(
        name="es-fr-required",
        strength="required",
        # Spanish "requerido", "obligatorio", "indispensable", "imprescindible"; French "exigé", "obligatoire", "requis"
        pattern=r"\brequerid[oa]s?\b|\bobligatori[oa]s?\b|\bindispensables?\b|\bimprescindibles?\b"
        r"|\bexig[ée]e?s?\b|\bobligatoires?\b|\brequise?s?\b",
        description='"requerido", "obligatorio", "exigé", "obligatoire"',
    ),
]

SECTION_HEADINGS = [
    SectionHeading(
        name="es-fr-heading-preferred",
        role="preferred",
        priority=41,
        pattern=r"^\W*(?:requisitos|calificaciones|cualificaciones|qualifications|exigences)\s+"
        r"(?:preferid[oa]s|deseables|souhait[ée]es|privil[ée]gi[ée]es)\W*$"
        r"|^\W*(?:atouts|preferid[oa]s?|preferibles?|deseables?|souhait[ée]e?s?)\W*$",
        description='"Requisitos deseables", "Preferido:", "Atouts", "Qualifications souhaitées"',
    ),
    SectionHeading(
        name="es-fr-heading-required",
        role="required",
        priority=21,
        pattern=r"^\W*(?:requisitos|calificaciones|cualificaciones|exigences|qualifications)"
        r"(?:\s+(?:m[íi]nim[oa]s|requerid[oa]s|obligatori[oa]s|requises|minimales|obligatoires))?\W*$",
        description='"Requisitos", "Requisitos mínimos", "Exigences", "Qualifications requises"',
    ),
    SectionHeading(
        name="es-fr-heading-benefits",
        role="benefits",
        priority=51,
        pattern=r"^\W*(?:beneficios|lo\s+que\s+ofrecemos|ofrecemos|avantages|ce\s+que\s+nous\s+offrons"
        r"|nous\s+offrons)\W*$",
        description='"Beneficios", "Lo que ofrecemos", "Avantages", "Ce que nous offrons"',
    ),
]

ANY_OF_CUES = [
    AnyOfCue(
        name="es-fr-or",
        scope="gap",
        kinds=["credential"],
        # "RHIT o RHIA", "CPB o CBCS", "RHIA ou CHIM"
        pattern=r"\bo\b|\bou\b",
        description='"RHIT o RHIA", "CHIM ou RHIA"',
    ),
]


DISMISSALS = [
    Dismissal(
        name="es-fr-benefit",
        scope="clause",
        reason="a benefit the employer offers",
        # "Pagamos la membresía de AAPC y el examen CPB luego de 90 días", "reembolso del examen"; French "nous payons
        # l'examen", "remboursement"
        pattern=r"\bpagamos\b|\bpaga(?:r[aá]|remos)?\s+(?:por\s+)?(?:el|la|los|las|tu|su)\s+"
        r"(?:examen|ex[aá]menes|membres[íi]a|cuota|certificaci[óo]n)\b|\breembols(?:o|amos|aremos)\b"
        r"|\bnous\s+(?:payons|remboursons)\b|\bremboursement\b",
    ),
    Dismissal(
        name="es-fr-someone-elses-letters",
        scope="before",
        kinds=["credential"],
        reason="the letters of someone the job works with, after their post, not what the job asks",
        # "Colabora con la Oficial de Privacidad (CHPS)", "nuestra Gerente de Codificación (RHIA, CCS)"
        pattern=r"\b(?:la|el|nuestr[oa]|su)\s+(?:oficial|director[a]?|gerente|supervisor[a]?|coordinador[a]?"
        r"|administrador[a]?|manager|directeur|directrice|responsable)(?:\s+(?:de|du|des)\s+[\w-]+)?\s*\("
        r"\s*(?:[a-z][\w-]{1,6}\s*,\s*)*",
    ),
]


LIST_GAPS = [
    ListGap(
        name="es-fr-or-between",
        # "RHIT o RHIA", "CCS (AHIMA) o CIC (AAPC)", "RHIA ou RHIT"
        pattern=r"[\s,()]*(?:o|ou|y/o|et/ou)\b[\s,()]*",
        description='" o ", " ou ", " y/o ": what stands between the choices of a list',
    ),
]


@hookimpl
def screener_context_rules():
    return [*STRENGTH_CUES, *SECTION_HEADINGS, *ANY_OF_CUES, *DISMISSALS, *LIST_GAPS]
