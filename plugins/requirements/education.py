"""Education requirements: the level, its field, accreditation and "or equivalent experience".

Levels, lowest first: high_school, certificate, associate, bachelor, master,
doctorate. Each mention of a level becomes one requirement; the screener reads
whether it is required or preferred from the sentence and section.
"""

import re
from bisect import bisect_left
from collections.abc import Sequence

from screener import EDUCATION_LEVELS, EducationRequirement, Evidence, hookimpl

_I = re.I
# The field's work after "certificate in" or "diploma in": "a certificate in medical coding", "Diploma in Health
# Information"
_FIELDS_WORK = (
    r"(?:[\w-]+\s+){0,2}?(?:coding|billing|health\s+information|(?:medical|health)\s+records|cancer\s+regist\w*)"
)

#: Where a certificate or diploma of the field comes from: "from a post-secondary medical billing and coding program"
_FROM_A_PROGRAM_OF_THE_FIELD = (
    # ... "from a CHIMA-accredited Health Information Management program"
    r"from\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:coding|billing|records|transcription|registry"
    r"|health\s+information(?:\s+management)?)\s+"
    r"(?:program|course|school)\b"
)

# "postgraduate", "post-graduate", "post graduate", "post- graduate" (an en dash is a stop character: "post –
# graduate" is neither a master's nor a bachelor's "graduate qualification")
_POST_GRADUATE_WORDS = r"post(?:[-\s]?|\s?-\s?)graduate"

#: After an "MHA" or an "MPH": another master's abbreviation next to it in a list ("MHA, MBA or MPH", "MBA/MHA")
_OTHER_MASTERS = ("MBA", "MPH", "MHA", "MSN", "MHI", "MSc", "MS", "MA", "MHIM", "MSHI")
_LIST_GAPS = ("/", ", ", " or ", " and ", ",", " / ")


def _beside_another_masters(abbreviation):
    """After ``abbreviation``: another master's abbreviation next to it in a list, after it or before it."""
    others = [other for other in _OTHER_MASTERS if other != abbreviation]
    return (
        r"(?=\s*(?:/|,|\bor\b|\band\b)\s*(?:"
        + "|".join(others)
        + r")\b)"
        # ... or before it: each a look-behind of its own, as Python's are of a fixed width
        + "".join(f"|(?<=\\b{other}{gap}{abbreviation})" for other in others for gap in _LIST_GAPS)
    )


#: A level of Ireland's National Framework of Qualifications, whose awards QQI makes, with a level figure of those in
#: its braces: "NFQ Level 7", "QQI Level 6 award"; not a short course at that level ("QQI Level 7 Special Purpose
#: Award", a minor or component award)
_IRISH_LEVEL = r"\b(?:NFQ|QQI)\s+level\s+[{}]\b(?!\s+(?:special\s+purpose|minor|component)\b)"

# Checked in this order; a stretch of text claimed by one level is not matched again.
_LEVEL_PATTERNS = (
    (
        "doctorate",
        re.compile(
            # "Doctoral level training in psychology or equivalent" too; not its research ("within the remit of their
            # area of chosen doctorate research", "PhD research")
            r"\bdoctor(?:ate|al\s+(?:degree|level))\b(?!\s+research\b)|\bPh\.?\s?D\b"
            # not a thing of a doctorate: "a research proposal for a PhD project", "supervising PhD students"
            # ... nor "a PhD/MD project"
            r"(?!(?:/[A-Za-z]{2,4})?\s+(?:projects?|proposals?|studentships?|students?|thesis|theses|supervis\w*"
            r"|programmes?|programs?|research)\b)"
            # a physician's degree: "Doctor of Medicine (MD) or Doctor of Osteopathic Medicine (DO)"
            r"|\bdoctor\s+of\s+(?:osteopathic\s+)?medicine\b|\bdoctor\s+of\s+osteopathy\b"
            # ... in letters, as a degree: "MD or DO from an accredited school of medicine", "MD/DO degree" (not the
            # providers a CDI team queries: "educate MD/DO providers")
            r"|\bm\.?d\.?\s*(?:or|/)\s*d\.?o\.?(?=\s+(?:degree|from)\b)"
            r"|\bd\.?o\.?\s*(?:or|/)\s*m\.?d\.?(?=\s+(?:degree|from)\b)",
            _I,
        ),
    ),
    (
        "master",
        re.compile(
            # not knowledge "to master's level equivalent" (the NHS job profiles' words for what training and short
            # courses add to a degree)
            r"\bmaster(?:['’]?s)?[\s-]+(?:degree|of|in|level(?!\s+equivalent\b)|qualification)\b"
            r"|\bmaster['’]s\b(?![\s-]+level\s+equivalent\b)"
            # a bare "Masters" before a higher level or its equivalent: "a Masters or PhD", "masters (or equivalent
            # level)"; not a course ("Support for Masters/further study"), nor after a lower choice that names no
            # level ("PGCE or Masters", "Postgraduate Diploma/Masters": the lowest path asks for no level)
            r"|\b(?<!/)(?<!/ )(?<!\bor )masters(?=\s*(?:or|/)\s*(?:an?\s+)?(?:PhD|doctorate|DPhil|equivalent)\b"
            r"|\s*\((?:or\s+equivalent|desirable|essential)\b)"
            # "a postgraduate qualification", "Education to post graduate level": the UK's level 7, a master's
            # "a post graduate clinical pharmacy qualification": up to three words of its field between
            r"|\b"
            + _POST_GRADUATE_WORDS
            + r"\s+(?:(?!(?:level|diploma|certificate|or|and)\b)[\w-]+\s+){0,3}?(?:degree|qualification)\b"
            # not "a postgraduate qualification to at least diploma level" (a postgraduate diploma: no level)
            r"(?!\s+(?:to|at)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?(?:pg\s*)?(?:diploma|certificate)\b)"
            # the US "graduate degree" is a master's or above (not "under-graduate degree"; a UK "graduate
            # qualification" or "graduate level" may be a first degree, and is left unread)
            # ... nor a "foreign medical graduate degree", a physician's
            r"|\b(?<!under-)(?<!under )(?<!medical )graduate\s+degree\b"
            # not the level of work, teaching or study: "experience of working in a laboratory at post graduate level",
            # "teaching at undergraduate / postgraduate level", "post graduate level knowledge of research methods"
            r"|\b(?<!\bat )(?<!/ )(?<!/)" + _POST_GRADUATE_WORDS + r"\s+level\b"
            r"(?!\s+(?:knowledge|teaching|modules?|study|learning)\b)"
            # the UK's "a higher degree": a postgraduate one; not "a higher degree of autonomy"
            r"|\bhigher\s+degree\b(?!\s+of\b)"
            # "Relevant M level qualification": the UK's master's level (not "M level modules", study towards it); and
            # Ireland's framework (NFQ), whose awards QQI makes: level 9 is a master's
            r"|\b(?-i:M)[- ]level\s+(?:qualification|degree)\b|" + _IRISH_LEVEL.format("9"),
            _I,
        ),
    ),
    (
        "master",
        re.compile(
            # ... and the Master of Pharmacy: "M.Pharm (2.2 or higher)"
            # ... and "MSC" in capitals, as "BSC" is read for a bachelor's: "an experienced, MSC level qualified
            # Scientist", "Essential Qualifications – Advanced Practice Level 7 – MSC"
            # ... and "Msc" as it is often typed: "Msc in Advanced Clinical Practice"
            r"\b(?:MHI|MBA|MSHI|MHIM|MSN|MSc|MSC|Msc|MPhil|MRes|MPharm|M\.Pharm|M\.S\.|M\.A\.|M\.Sc\.?)(?![\w-])"
            # a bare "MHA" is the UK's Mental Health Act ("MHA assessments", "detained under the MHA"), and a bare
            # "MPH" a hospital's initials ("Musgrove Park Hospital (MPH)", "19 at MPH") or miles per hour: a Master
            # of Health Administration or of Public Health only beside another master's abbreviation ("MBA or MHA",
            # "MHA/MPH"), "degree", a cue right after it ("MHA required") or a field ("MPH in Epidemiology")
            r"|\bMHA(?![\w-])(?:" + _beside_another_masters("MHA") + r"|(?=\s+(?:degree|required|preferred)\b))"
            r"|\b(?<![0-9] )(?<![0-9])MPH(?![\w-])(?:"
            + _beside_another_masters("MPH")
            + r"|(?=\s+(?:(?i:degree|required|preferred)\b|in\s+[A-Z])|\s*\((?i:required|preferred)\)))"
            # a bare "MS" or "MA" is Microsoft, multiple sclerosis, a medical assistant, a state: a degree only beside
            # another degree's abbreviation ("MS/MA", "MA or BA"), before "degree", or an MS "in" a named field
            # (not "LC/MS/MS", mass spectrometry)
            r"|\b(?<!/)(?:MS(?=\s*/\s*MA\b)|MA(?=\s*/\s*MS\b)"
            r"|(?:MS|MA)(?=\s*(?:/|\bor\b)\s*(?:MBA|MHA|MPH|MSc|BA|BS|BSc|PhD)\b|\s+degree\b))"
            r"|\bMS(?=\s+in\s+(?!(?:Word|Excel|Outlook|Office|Access|PowerPoint|Teams|Project|Visio|SharePoint)\b)[A-Z])",
        ),
    ),
    (
        "bachelor",
        re.compile(
            r"\bbachelor(?:['’]?s)?\b"
            # not the International or European Baccalaureate, school-leaving diplomas
            # ... "Graduate of any 4-year course" (the Philippines' word for a degree programme)
            r"|\b(?<!international )(?<!european )baccalaureate\b"
            r"|\b(?:four|4)[- ]year\s+(?:college\s+)?(?:degree|course)\b"
            r"|\b(?:educated|education)\s+(?:to|at)\s+degree\s+(?:or\s+equivalent\s+)?level\b"
            # "educated to degree or master's level": the first of two levels ("or" leads to the other)
            r"|\b(?:educated|education)\s+(?:to|at)\s+degree(?=\s+or\s+(?:master|post|msc|ma\b|phd|doctor))"
            # the UK's "a good first degree", "academic achievement to first degree" (not a "first degree relative")
            r"|\bfirst\s+degree\b(?!\s+(?:relatives?|burns?|heart|murder|block|of)\b)"
            # not "a minimum level 5 Foundation degree level" (an associate's, below)
            r"|\b(?<!foundation )degree[- ]level\b"
            # the UK's first degree: "an upper second honours degree (2.1)"
            r"|\bhonours\s+degree\b"
            # the UK's "graduate level" is a first degree's: "Graduate level qualification or equivalent experience",
            # "a public health qualification at graduate level" (not "post graduate level", a master's, above)
            r"|\b(?<!post )(?<!post-)(?<!post- )(?<!post -)(?<!post – )(?<!post –)graduate[- ](?:level|qualification)\b"
            # ... nor the US's graduate study, which names no level: "Equivalent combination of successfully completed
            # graduate-level education and specialized experience"
            r"(?!\s+(?:knowledge|teaching|modules?|study|courses?|coursework|practitioners?|education)\b)"
            # not "two-year college degree": an associate's, below
            r"|\b(?<!two-year )(?<!two year )(?<!2-year )(?<!2 year )(?:undergraduate|university|college)\s+degree\b"
            # the first of two: "an undergraduate/postgraduate degree in Psychology", "an undergraduate or postgraduate
            # degree"; "a graduate or postgraduate degree in nutrition" (set against a postgraduate one, a first degree)
            r"|\b(?:under)?graduate(?=\s*(?:/|or|and/or)\s*post[\s-]?graduate\s+degree)"
            # "graduation from an accredited four-year college or university"
            r"|\b(?:four|4)[- ]year\s+(?:college|university)\b"
            # "Graduation from a college or university with major studies in ...": a college of no kind named (not a
            # "community college", "two-year college")
            r"|\bgraduat(?:e|ed|ion)\s+(?:of|from)\s+(?:an?\s+|the\s+)?(?:accredited\s+|recognized\s+)?"
            r"(?:college|university)\b"
            # ... not one whose degree is named after it: "Graduation from an accredited college or university with an
            # Associate's degree in Health Information Technology"
            r"(?![^.;\n]{0,30}?\bwith\s+(?:an?\s+)?(?:associate|bachelor|baccalaureate|master|doctora))"
            # India's graduates of a named field: "Any Life Science / Paramedical / Pharmacy graduate", "Graduate / Post
            # graduate in Life Sciences", "graduates in pharmacy" (not a nursing graduate, of an associate's or a
            # bachelor's)
            r"|\b(?:life\s+sciences?|paramedical|pharmacy|allied\s+health)(?:\s*/\s*[\w-]+(?:\s+[\w-]+)?){0,4}?\s+"
            r"graduates?\b"
            r"|\bgraduates?(?=\s*(?:/|or)\s*post[\s-]?graduates?\s+in\b)"
            r"|\bgraduates?\s+in\s+(?:life\s+sciences?|pharmacy|paramedical|allied\s+health)\b"
            # what the candidate is to be: "the applicant is required to be a psychology graduate" (not a graduate of a
            # named programme, nor a "graduate nurse" or "graduate trainee", posts, nor a body's "Full Graduate Member")
            # ... and Ireland's levels 7 and 8: "A third-level qualification at NFQ Level 7 or higher" (not a "Level 7
            # Special Purpose Award", a short course at that level)
            r"|\b(?<=\bbe )an?\s+(?:[\w-]+\s+){0,2}?graduate\b"
            r"(?!\s+(?:of|from|trainee|scheme|programmes?|programs?|nurses?|entry|management|level|qualification"
            r"|diploma|certificate|members?|membership)\b)|" + _IRISH_LEVEL.format("78"),
            _I,
        ),
    ),
    # "BSc (Hons)", "BA", "B.Sc.": the British abbreviations too, and "Bsc" as it is often typed; not the "BS" of a
    # doctor's "MB BS" or "MB/BS", a licence to practise (as "MBBS" is)
    # ... and India's: "B.Pharm", "B.Com", "BPT", "BHMS", "BAMS" (not a dentist's "BDS", a licence to practise as
    # "MBBS" is, nor the UK's "BTech", a BTEC award; nor "BCA" or "BBA", more often other bodies' initials: "the Black
    # Country Alliance (BCA)")
    (
        "bachelor",
        re.compile(
            r"\b(?<!MB )(?<!MB/)(?:BA|BS|BSc|BSC|Bsc|BSN|BSHIM|B\.A\.|B\.S\.|B\.Sc\.?"
            r"|B\.?Pharma?|B\.?Com|BPT|BHMS|BAMS)(?![\w-])"
        ),
    ),
    (
        "associate",
        re.compile(
            # not "associates in good standing" (employees), nor a post named so: "Physician Associates in General
            # Practice will be key", "Nursing Associates in the community"
            r"\b(?<!physician )(?<!physicians )(?<!physicians' )(?<!nursing )(?<!pharmacy )(?<!dental )(?<!medical )"
            r"(?<!clinical )(?<!research )(?<!care )(?<!practice )(?<!sales )(?<!staff )(?<!team )"
            # ... nor a post's name with an apostrophe typed into its plural ("Nursing Associate's to join our team")
            # ... nor the long form of a designation's acronym, in brackets: "AIC (Associate in Claims) or CPCU"
            r"(?:associate(?:['’]?s)?\s+(?:degree|of|in(?<!\(associate in)"
            r"(?!\s+(?:good|our|the|a|an|this|that|each|all|training)\b))\b"
            r"|associate['’]s\b)"
            r"|\bassociate(?:['’]?s)?(?=\s*(?:or|/)\s*bachelor)"
            # ... in short: "assoc deg pref", "ASSOC DEG REQ'D"
            r"|\bassoc\.?\s+deg(?:ree)?\b"
            # job boards' own education field: "Education: / - Associate (Preferred)"
            r"|\bassociate(?=[ \t]*\((?:required|preferred)\))"
            r"|\b(?:two|2)[- ]year\s+(?:college\s+)?degree\b"
            # a college diploma of two years, Canada's: "Graduate of a CHIMA-accredited two-year Health Information
            # Management diploma program" (a "recognized HIM diploma program" of no length is a certificate)
            # ... its accreditor and field between: "a two-year CHIMA-accredited Health Information Management college
            # diploma program"
            r"|\b(?:two|2)[- ]year\s+(?:[\w-]+\s+){0,6}?diploma\b"
            # (not what a diploma program is, in brackets after it: "a CHIMA-accredited HIM diploma program (two-year
            # college program)")
            r"|\b(?<!program \()(?<!program\()(?<!diploma \()(?<!diploma\()(?:two|2)[- ]year\s+college\b"
            # ... the first of two, the unit said once: "two- or four-year degree preferred", "a 2 or 4 year degree"
            r"|\b(?:two|2)(?:[- ]year)?"
            r"(?=-?\s*(?:or|and/or|/)\s*(?:four|4)[- ]year\s+(?:college\s+|university\s+)?degree\b)"
            # the UK's two-year degree below a bachelor's
            r"|\bfoundation\s+degree\b"
            # a finished health information program: an associate's at least (CAHIIM accredits HIT programs at that
            # level, HIM programs at the associate's, bachelor's and master's: "graduate of an accredited HIM program"
            # asks the lowest)
            r"|\b(?:complet(?:ion|ed)\s+of|graduat(?:e|ed|ion)\s+(?:of|from))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
            r"(?:health\s+information\s+(?:technology|management)|HIT|HIM)(?:/HI[MT])?\s+program\b"
            # an Ohio class specification's "Completion of associate core program in health information technology"
            r"|\bassociate\s+core\s+program\b",
            _I,
        ),
    ),
    # "ADN": an associate degree in nursing
    ("associate", re.compile(r"\b(?:AA|AS|AAS)\s+(?:degree|in)\b|\b(?:AAS|ADN)\b|\bA\.A\.S\.|\bA\.A\.|\bA\.S\.")),
    # "a degree in a relevant subject", "Degree or equivalent", "degree qualified": a degree of no named level is a
    # bachelor's; checked after every named level, so "associate degree" is never read as one. Not "a high degree
    # of autonomy", "a related degree" (of the level named before it), "a research degree" (a postgraduate one),
    # "no degree required".
    (
        "bachelor",
        re.compile(
            # every alternative starts at a word boundary: one "\b" in front fails at most positions at once
            # "a degree in ...", "successfully completed your degree"; not "such a degree", the one named before it
            # ("Master's ..., or two full years of graduate education leading to such a degree")
            # ... nor the one a substitute is offered for ("In lieu of a degree, four (4) years of ... experience")
            # ... nor a question that asks which: "What's your degree?"
            r"\b(?:(?<!such )(?<!lieu of )(?<!place of )(?<!instead of )(?<!what's )(?<!what’s )(?<!what is )"
            r"(?:a|an|your)\s+"
            r"(?!(?:high|higher|highest|very|great|greater|certain|some|varying"
            r"|considerable|reasonable|significant|large|good|fair|limited|small|related|similar|equivalent|comparable|research)\b)"
            # up to three words between: "An accredited Biomedical Sciences degree is essential"
            r"(?:[\w-]+\s+){0,3}?"
            # a UK degree's class before it: "graduates who have a 2:1 degree", "a 2.1 honours degree" (the colon ends
            # the stretch searched, so the class is looked back at)
            r"|(?<=[12][:.])[12]\s+(?:class\s+)?(?:honours\s+)?(?=degree\b)"
            # "Degree in ..." with no word before it (a line start, a bullet); in "Bachelor's degree in" it is named
            # ... and "Degree or post-graduate Diploma in Occupational Therapy" (the degree is the lower path)
            # ... or a sentence of its own: "Evidence of CPD. Degree in health related subject or equivalent" (after a
            # word of four letters or more, not an abbreviation: "B.Sc. degree in" is named, "etc. degree" no start)
            # ... or a numbered item: "1. Degree in Health Information Management", "(2) Degree in ..."
            r"|(?:(?<![\w'’.)][ \t])|(?<=[a-z]{4}\.[ \t])"
            r"|(?<=\n\d[.)][ \t])|(?<=\n\d\d[.)][ \t])|(?<=^\d[.)][ \t])|(?<=\n\(\d\)[ \t]))"
            r"\b(?=degree[\s-]+(?:in|qualified|educated|qualification"
            r"|or\s+equivalent|or\s+post[\s-]?graduate)\b)"
            # "Registered Speech and Language Therapy Degree Qualification": a degree, whatever names its subject
            r"|\b(?=degree[\s-]+qualifications?\b)"
            # a US federal standard's lettered "A. Degree: that included or was supplemented by a major field of study
            # in ..." (its colon ends the stretch searched)
            r"|(?<=\b[A-D]\.[ \t])(?=degree[ \t]*\Z)"
            # a line, bullet or label that opens with the words of a degree: "- Relevant Nursing Degree - Either ..."
            # (not a choice: "Diploma or degree from ..." is the diploma's, the lower path)
            r"|(?:^|(?<=[\n•*·▪:-])|(?<=[\n•*·▪:-][ \t]))"
            r"(?:(?!(?:no|not|non|high|higher|any|or|and)\b)[a-z]+[ \t]+){1,3}?(?=degree\b)"
            # "The successful candidates will be degree qualified"
            r"|(?<=\bbe )(?=degree[\s-]+qualified\b)"
            # the article left out: "The role holder will need to have appropriate degree"
            r"|(?:(?<=\bhave )|(?<=\bhold )|(?<=\bholds )|(?<=\bpossess ))"
            r"(?:appropriate|relevant|suitable|recogni[sz]ed|accredited)\s+(?=degree\b))"
            # not a medical or dental degree (a licence to practise, no level of the scale)
            # ... named by its abbreviation: "a BChD or BDS degree", "MBBS degree"
            r"(?<!medical )(?<!dental )(?<!veterinary )(?<!bds )(?<!bchd )(?<!mbbs )(?<!mbchb )(?<!bvsc )"
            r"(?P<mention>degree)\b(?!\s+(?:of|apprenticeships?|pathways?)\b)"
            # not a condition on the degree named before: "Your degree must be from a regionally accredited college"
            r"(?!(?<=your degree)\s+must\s+(?:be|have\s+been)\s+(?:from|earned|awarded|conferred|obtained)\b)"
            # not "to a degree" meaning "somewhat" ("work on the days you prefer to a degree."), as "educated to a
            # degree" or "to a degree level", "to a degree in ..." is one
            r"(?!(?<=\bto a degree)(?<!educated to a degree)(?<!qualified to a degree)(?<!education to a degree)"
            r"(?!\s*(?:level|standard|in|or|and|equivalent)\b|\s*[/(]))",
            _I,
        ),
    ),
    # ... and where the case of the words tells it (searched in the text as written, so the pattern above stays one
    # for the lower-case text): a degree before its subject, capitalised, with no "in" ("- Degree Pharmacy, and
    # registration with the GPhC"), or after another item that "and" leads to, the subject capitalised and the degree
    # not ("- HCPC registration and Radiography degree"; not "a BSc Health and Social Care Degree", a title's own "and")
    (
        "bachelor",
        re.compile(
            r"\b(?<![\w'’.)][ \t])(?:Degree|degree|DEGREE)"
            r"(?=[ \t]+(?!(?:Apprenticeships?|Pathways?|Of)\b)[A-Z][a-z]+\b)"
            r"|\b(?<=[a-z][ \t]and[ \t])(?:(?!(?:High|Higher|Research)\b)[A-Z][a-z]+[ \t]+){1,2}?degree\b"
        ),
    ),
    (
        "certificate",
        re.compile(
            # every alternative starts at a word boundary: one "\b" in front fails at most positions at once
            # A training certificate of the field's work ("a medical coding training certificate"); not a doctor's
            # "Post Graduate Training Certificate in General Practice", a researcher's "Good Clinical Practice
            # Training certificate", nor the certificate of a duty's or safety training ("Adult Seasonal
            # Immunisations (this requires training certificate, ...)", "Worker Health and Safety Awareness in 4
            # Steps training certificate")
            # ... and a certificate program or course, not a postgraduate one ("this innovative tri-modal Post graduate
            # certificate course"), which maps to no level
            r"\b(?:(?<!graduate )certificate\s+(?:program|course)s?\b"
            # a coding course: "Completion of the HIMAA Clinical Coder course", "a medical coding course", "the HIMAA
            # Clinical Coder Education Program"
            # (not a programme a trainer delivers: "deliver a comprehensive clinical coding training programme")
            r"|cod(?:ing|er)\s+(?:courses?|education\s+program(?:me)?s?)\b"
            # "Certificate or diploma from a post-secondary medical billing and coding program"
            # ... or a degree, whose lower path the diploma is: "Diploma or degree from a CHIMA-accredited Health
            # Information Management program"
            r"|(?:certificate|diploma)\s+(?:or\s+(?:a\s+)?(?:certificate|diploma|degree)\s+)?"
            + _FROM_A_PROGRAM_OF_THE_FIELD
            + r"|(?:coding|program|(?:cod(?:ing|er)|billing|records|information|regist\w*)\s+training)\s+certificate\b"
            # "Certificate of completion from an accredited coding program" (not a doctor's "Certificate of Completion
            # of Training"), "school certificate in medical coding" (a certificate in the field's work; not the UK's
            # "Level 3 Certificate in ..." or "Certificate in Clinical Physiology")
            r"|\bcertificate\s+of\s+completion\b(?!\s+of\s+(?:\w+\s+){0,3}?training|\s*\(cct\))"
            # (not a post-baccalaureate one, which a bachelor's comes before: "Bachelor's degree in any field, plus a
            # post-baccalaureate certificate in health information management")
            # (nor the UK's "IHRIM Certificate in Health Records and Information Management", a professional body's
            # award of no level)
            r"|\b(?<!baccalaureate )(?<!graduate )(?<!ihrim )certificate\s+in\s+" + _FIELDS_WORK + r"\b"
            # ... from an accredited program: "Associate degree, or a certificate from an NCRA-accredited Cancer
            # Registry Management program"; or a degree's other choice: "(associate degree or certificate)"
            r"|\bcertificate\s+from\s+(?:an?\s+|the\s+)?[\w-]*(?:accredited|approved)\b"
            r"|\b(?<=degree or )certificate\b|\b(?<=degree or a )certificate\b|"
            # Ireland's level 6, a higher or advanced certificate: "A QQI Level 6 award in Health Information"
            + _IRISH_LEVEL.format("6")
            # not the UK's "Level 3 diploma in Business Administration", "NVQ or Apprenticeship Diploma in Health &
            # Social Care", "BTEC National Diploma in ..." (the NVQ framework's, no level of the scale)
            + r"|(?<!level 1 )(?<!level 2 )(?<!level 3 )(?<![0-9] )(?<!nvq )(?<!qcf )(?<!rqf )(?<!btec )(?<!national )"
            # a diploma in the field's work ("diploma in medical coding"); a "Diploma in Diagnostic Radiology" is one
            # of the UK's professional diplomas, no level of the scale (see ``_UNMAPPED_ALTERNATIVE``)
            # ... and a diploma or degree program, whose lower path the diploma is: "Graduate of a CHIMA-accredited
            # Health Information Management diploma or degree program"
            # ... the choice's close between: "A tertiary qualification (degree or diploma) in Health Information
            # Management"
            # ... and Australia's "Diploma of Clinical Coding"
            r"(?<!apprenticeship )\bdiploma\)?\s+(?:or\s+(?:a\s+)?degree\s+)?(?:program|(?:in|of)\s+"
            + _FIELDS_WORK
            + r")\b"
            # ... the field named first: "Medical Office Administration diploma or certificate", "a medical coding
            # certificate or diploma"
            r"|\b(?:medical\s+office\s+administration|health\s+information(?:\s+management)?|health\s+records"
            r"|medical\s+(?:billing|coding|records)(?:\s+(?:and|&)\s+(?:billing|coding))?)\s+(?:diploma|certificate)\s+"
            r"or\s+(?:a\s+)?(?:diploma|certificate)\b"
            # AHIMA's approved coding programs: "an AHIMA-approved (PCAP) program", "a PCAP-approved program"; not the
            # NHS's Primary Care Assistant Practitioner ("The band 4 Nursing Associate/PCAP must be experienced")
            r"|\(PCAP\)|\bAHIMA[\s-]+PCAP\b|\bPCAP[\s-]+(?:approved|program|programme|certificate|course)\b"
            # the UK medical secretaries' award, as the labellers read it: "AMSPAR Diploma is desirable", "You must have
            # RSA level 2 and AMSPAR or equivalent qualification", "• AMSPAR"; not its membership
            r"|(?<!member of )(?<!members of )\bAMSPAR\b(?!\s+members?\b)"
            # a vocational school's training: "Vocational or trade school training in medical office administration
            # is a plus", "Medical trade school preferred"
            # (not where a federal announcement says where education may have been had: "an accredited business,
            # secretarial or technical school, junior college, college, or university")
            r"|\b(?<!secretarial or )(?<!secretarial, or )(?<!business or )(?<!business, or )"
            r"(?:vocational|trade|technical)\s+"
            r"(?:or\s+(?:vocational|trade|technical)\s+)?school\b(?!,\s*(?:junior\s+)?college)"
            # "completion of an AHIMA-approved coding program": a finished program, not the employer's own training
            r"|\b(?:complet(?:ion|ed)\s+of|graduat(?:e|ion)\s+(?:of|from))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?"
            r"(?:(?:coding|training|vocational)\s+(?:program|course)"
            # ... or a college's program in an office's work: "Successful completion of a Medical Office
            # Administration program or equivalent education"
            # ... "a medical transcription or healthcare documentation program", "a medical billing program"
            r"|(?:administration|secretarial|transcription|documentation|billing|records)\s+program)\b"
            # "completion of an NCRA-accredited Cancer Information Management (CIM) program": an accredited program
            # that names no degree
            r"|\b(?:complet(?:ion|ed)\s+of|graduat(?:e|ion)\s+(?:of|from))\s+(?:an?\s+|the\s+)?(?:[\w-]+[\s-])?"
            # "an NCRA-accredited Cancer Information Management (CIM) program"
            r"(?:accredited|approved)\s+(?:(?!degree\b)[\w-]+\s+|\([A-Za-z]{2,8}\)\s+){0,6}?program\b)",
            _I,
        ),
    ),
    (
        "high_school",
        re.compile(
            # not a school as a place or its pupils: "drop-in sessions in every High School in the locality", "primary
            # and secondary school settings", "Colchester County High School for Girls" (what follows stays within
            # the stretch searched: no comma, see ``_stretches``)
            r"\b(?<!every )(?<!each )(?<!primary and )(?:high[- ]school|secondary\s+school)\b"
            r"(?!\s+(?:settings?|age|aged|children|pupils|students|teachers|staff|nurs\w*|sites?|for\s+(?:girls|boys))\b)"
            # the General Educational Development test in capitals, not the name "Ged" ("Name: Ged Hussey")
            r"|\bH\.?S\.?\s+diploma\b|\b(?-i:GED)\b"
            # ... in short: "Need 1+ yr ROI or HIM exp + HS dip", "HS dip or GED"
            r"|\bh\.?s\.?\s+dip\b"
            # ... and in lower case beside "hs": "no degree req'd (hs/ged)"
            r"|\bhs\s*/\s*ged\b|\bged\s*/\s*hs\b"
            # "12th grade education", "completed the twelfth grade", "completion of the twelfth (12th) grade"
            r"|\b(?:12th|twelfth)(?:\s*\(\s*12(?:th)?\s*\))?\s+grade\b"
            # India's: "12th pass"
            r"|\b12th\s+(?:pass(?:ed)?|std|standard)\b"
            # Ireland's school-leaving examination: "a pass in five subjects in the Leaving Certificate Examination"
            r"|\bleaving\s+cert(?:ificate)?\b",
            _I,
        ),
    ),
)
# Words without which a pattern cannot match, each inside every match: the patterns are searched
# for only in the stretches of text around them (see ``_stretches``), and most postings name few
# levels. Lower case for case-insensitive patterns, which are found in ``doc._.screener.lower``. A
# trigger may be a pattern where no word is rare enough: "ph" alone is in most postings ("phone",
# "pharmacy"), "Ph.D" in very few.
# A pattern that starts with a plain letter is found about as fast as a word, and one pattern
# stands for several words that share a first letter. The acronyms' and "GED"'s patterns look back
# for the word boundary their level's pattern starts with ("BAND", "JOBS" and "managed" hold none):
# a trigger that occurs where no match can start costs a search of the text around it.
# Trigger patterns whose first word is in most postings ("year", "program"): each is searched only when a rarer
# word it holds is in the posting (``_TRIGGER_GATES``), found in C without a match object
_YEAR_COLLEGE = re.compile(r"year\s+college")
_YEAR_UNIVERSITY = re.compile(r"year\s+university")
_YEAR_COURSE = re.compile(r"year\s+course")
_GRADUATION = re.compile(r"graduat(?:e|ed|ion)\s+(?:of|from)")
_TECHNOLOGY_PROGRAM = re.compile(r"technology\s+program")
_HIT_PROGRAM = re.compile(r"hit\s+program")
_HIM_PROGRAM = re.compile(r"him\s+program")
_MANAGEMENT_PROGRAM = re.compile(r"management\s+program")
_POST_GRADUATE = re.compile(_POST_GRADUATE_WORDS)
_M_LEVEL = re.compile(r"m(?<!\wm)[- ]level")
_COMPLETION = re.compile(r"complet(?:ion|ed)\s+of")
# any space between, as the master's patterns allow: "graduate  degree", "higher\ndegree"
_GRADUATE_DEGREE = re.compile(r"graduate\s+degree")
_HIGHER_DEGREE = re.compile(r"higher\s+degree")
# Narrower than the word where the word is common and most of its occurrences can hold no match: "associated" ("an
# associate..." is never followed by "d"); the certificate's "diploma" is a "diploma program", a "diploma in ..." or a
# "diploma from ..." (a coding program)
_ASSOCIATE = re.compile(r"associate(?!d)")
_CODING_COURSE = re.compile(r"cod(?:ing|er)\s+(?:course|education\s+program)")
_DIPLOMA_PROGRAM = re.compile(r"diploma\)?\s+(?:or\s+(?:a\s+)?degree\s+)?(?:program|in\s|of\s|from\s)")
_ASSOCIATE_IN_SHORT = re.compile(r"assoc\.?\s+deg")
_SCHOOL_DIPLOMA_IN_SHORT = re.compile(r"s\.?\s+dip\b")
#: trigger -> a word inside every occurrence of it: where the posting lacks the word, the trigger is not looked for.
#: Each word is looked for once a posting, whichever triggers it gates (``_Words``).
_TRIGGER_GATES: dict[object, str] = {
    _ASSOCIATE_IN_SHORT: "assoc",
    _SCHOOL_DIPLOMA_IN_SHORT: "dip",
    _POST_GRADUATE: "graduate",
    _M_LEVEL: "level",
    _YEAR_COLLEGE: "college",
    _YEAR_COURSE: "course",
    _YEAR_UNIVERSITY: "university",
    _TECHNOLOGY_PROGRAM: "technology",
    _HIT_PROGRAM: "hit",
    _HIM_PROGRAM: "him",
    _MANAGEMENT_PROGRAM: "management",
    _GRADUATION: "graduat",
    _COMPLETION: "complet",
    _ASSOCIATE: "associate",
    _DIPLOMA_PROGRAM: "diploma",
    _CODING_COURSE: "cod",
    _GRADUATE_DEGREE: "graduat",
    _HIGHER_DEGREE: "degree",
    "graduate level": "graduat",
    "graduate-level": "graduat",
    "graduate qualification": "graduat",
}
_TRIGGERS: tuple[tuple[str | re.Pattern[str], ...], ...] = (
    # "doctorate", "doctoral degree" (not "doctors")
    ("doctora", re.compile(r"ph\.?\s?d"), "doctor of", re.compile(r"m\.?d\b")),
    (
        "master",
        _GRADUATE_DEGREE,
        "graduate level",
        "graduate qualification",
        _HIGHER_DEGREE,
        _POST_GRADUATE,
        _M_LEVEL,
        "nfq",
        "qqi",
    ),
    (re.compile(r"M(?<!\wM)(?:HA|HI|BA|PH|SHI|HIM|SN|Sc|SC|sc|Phil|Res|Pharm|\.Pharm|\.S\.|\.A\.|[SA](?!\w))"),),
    (
        "bachelor",
        "baccalaureate",
        "degree",
        "graduate level",
        "graduate-level",
        "graduate qualification",
        _YEAR_COLLEGE,
        _YEAR_UNIVERSITY,
        _YEAR_COURSE,
        _GRADUATION,
        "graduate",
        "nfq",
        "qqi",
    ),
    (re.compile(r"B(?<!\wB)(?:A|S|sc|\.A\.|\.S|\.?Pharm|\.?Com|PT|HMS|AMS)"),),
    # one pattern per literal start: an alternation first ("(?:technology|hit)") is tried at every position
    (
        _ASSOCIATE,
        _ASSOCIATE_IN_SHORT,
        "degree",
        _TECHNOLOGY_PROGRAM,
        _HIT_PROGRAM,
        _HIM_PROGRAM,
        _MANAGEMENT_PROGRAM,
        _YEAR_COLLEGE,
        "diploma",
    ),
    (re.compile(r"A(?<!\wA)(?:A|S|DN|\.A\.|\.S\.)"),),
    ("degree",),
    ("degree", "Degree", "DEGREE"),
    (
        "certificate",
        _DIPLOMA_PROGRAM,
        _CODING_COURSE,
        "pcap",
        "amspar",
        "vocational school",  # a vocational, trade or technical school's
        "trade school",
        "technical school",
        _COMPLETION,  # two patterns: "c" or "g" first would stop the search at most words
        _GRADUATION,
        "nfq",
        "qqi",
    ),
    (
        "school",
        "diploma",
        re.compile(r"ged(?<!\wged)(?!\w)"),
        "th grade",
        "leaving cert",
        "12th",
        "twelfth",
        _SCHOOL_DIPLOMA_IN_SHORT,
    ),
)


def _at_word_starts(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with one ``\\b`` in front: every alternative of every level pattern starts at a word boundary.

    The same matches, found faster: without it the search tries every
    alternative at every position of a stretch, each failing at its own
    ``\\b``; with it, positions inside words fail once. (A test checks that
    every alternative does start with ``\\b``.)
    """
    return re.compile(rf"\b(?:{pattern.pattern})", pattern.flags)


# A capital letter of a pattern's text; escapes ("\b", "\S") and group names are syntax, and stay as written
_CAPITAL_OR_SYNTAX = re.compile(r"\\[A-Za-z]|\(\?P<\w+>|[A-Z]")


def _for_the_lower_case_text(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A case-insensitive ``pattern`` written in lower case and made case-sensitive, to search ``lower`` with.

    It finds in the lower-case text (``doc._.screener.lower``, which keeps
    every offset) what ``pattern`` finds in the text: ``aligned_lower`` makes
    every character that ``re.IGNORECASE`` takes for an ASCII letter that
    letter, and no other character one, and keeps whether each character is
    ``\\w`` and ``\\s`` (so ``\\b`` too). The patterns hold no other cased
    character. Faster: a case-insensitive letter costs a case folding of the
    character it is compared with, and an alternative that starts with a
    plain letter is passed over at once where the text has another one. (A
    test checks the two ways against each other.) A case-sensitive pattern is
    returned as it is, and so is one with a case-sensitive part (``(?-i:GED)``): they are searched in the text.
    """
    if not pattern.flags & re.I or "(?-i:" in pattern.pattern:
        return pattern  # a case-sensitive part ("GED" in capitals) must see the text's capitals
    written = _CAPITAL_OR_SYNTAX.sub(lambda m: m.group().lower() if len(m.group()) == 1 else m.group(), pattern.pattern)
    return re.compile(written, pattern.flags & ~re.I)


#: (level, pattern, triggers, case-sensitive, the group of a match that names the level: all of it, or "mention",
#: whether the pattern is searched in the lower-case text: see ``_for_the_lower_case_text``)
_LEVELS = tuple(
    (level, compiled, triggers, case_sensitive, "mention" if "mention" in compiled.groupindex else 0, in_lower)
    for (level, pattern), triggers in zip(_LEVEL_PATTERNS, _TRIGGERS, strict=True)
    for case_sensitive in (not pattern.flags & re.I,)
    for compiled in (_for_the_lower_case_text(_at_word_starts(pattern)),)
    for in_lower in (bool(pattern.flags & re.I) and not compiled.flags & re.I,)
)
#: Every (trigger, case-sensitive) pair once, in the order the levels name them.
_DISTINCT_TRIGGERS = tuple(dict.fromkeys((trigger, cs) for _, _, triggers, cs, _, _ in _LEVELS for trigger in triggers))
#: The gate of each of ``_DISTINCT_TRIGGERS`` (None: none), and for each level the positions of its triggers there:
#: looked up by position, as a pattern's hash is worked out anew from its compiled code each time
_GATES = tuple(_TRIGGER_GATES.get(trigger) for trigger, _ in _DISTINCT_TRIGGERS)
_LEVEL_TRIGGERS = tuple(
    tuple(_DISTINCT_TRIGGERS.index((trigger, cs)) for trigger in triggers) for _, _, triggers, cs, _, _ in _LEVELS
)
# Characters that no level pattern matches, not even in a lookaround: a match lies between two of them.
_STOP = re.compile(r"[^\w\s'’./()-]")
_LAST_STOP = re.compile(r"[^\w\s'’./()-][\w\s'’./()-]*\Z")
# "Associate, bachelor's, or master's degree": the first of a comma list of levels; looked for apart from the
# stretches, which a comma ends, and only when a list of that kind is in the posting
_ASSOCIATE_IN_A_LIST = re.compile(r"associate(?<!\wassociate)(?:['’]?s)?(?=,\s*(?:or\s+)?bachelor)")
_LOOK_BACK = 120
# The kinds of schooling accepted, in brackets, a certificate the first: "Post-secondary education in health
# information or medical coding (certificate, diploma or degree)"; also looked for apart from the stretches
_CERTIFICATE_IN_A_LIST = re.compile(r"(?<=\()certificate(?=,\s*diploma,?\s+or\s+(?:an?\s+)?degree\))")
_SUBSTITUTES_FOR_EXPERIENCE = re.compile(
    r"\b(?:may|can|will)\s+(?:be\s+)?substitut(?:e|ed)\s+for\s+(?:up\s+to\s+)?(?:[\w()-]+[ \t]+){0,8}?experience\b",
    re.I,
)
_EQUIVALENT_EXPERIENCE = re.compile(
    r"\bequivalent\s+(?:combination\s+of\s+)?(?:\w+\s+){0,3}experience\b"
    r"|\bexperience\s+(?:may\s+be\s+)?(?:substituted|in\s+lieu)\b|\bin\s+lieu\s+of\s+(?:a\s+|the\s+)?(?:degree|education)\b"
    r"|\bcombination\s+of\s+(?:\w+\s+){0,2}(?:education|training)\s+and\s+(?:\w+\s+){0,2}experience\b",
    _I,
)
_FIELD = re.compile(
    r"\s*(?:degree\s+)?(?:in|of)\s+(?P<field>(?:[A-Z][\w&/-]*|and|or|of|&)(?:\s+(?:[A-Z][\w&/-]*|and|of|&))*)"
)
_ACCREDITATION = re.compile(r"\b(CAHIIM|NCRA)\b")


# "two years above high school", "four years of education above the high school level": that much college, which is
# no level of the scale; not a high-school diploma
_ABOVE = re.compile(r"\b(?:above|beyond|past|after|post)[\s-]*(?:the\s+)?$", re.I)
# A person's letters after their name, on a line of its own, as a contact is signed: "Maria Buxton MSc, Grad Dip Phys",
# "Mercy Okougha MSc., PGCHE, BSc, Cert.Man., RN", "Contact Dr Jane Smith PhD": their qualifications, not what the post
# asks. The name is two or three capitalised words opening the line (after "Contact" or a title), and the rest of the
# line is more letters, comma after comma. Without a title, a list of letters or "contact" just before, capitalised
# words and letters alone may be a qualification ("Speech Therapy BSc"), which stays.
_A_PERSON_S_NAME_BEFORE = re.compile(
    # ... or a byline's: "By Renée Castillo, MSN, RN, CCDS · Director"
    r"(?:^|\n|(?<=[.?!])[ \t]+(?=[Cc]ontact))[ \t]*(?:[Cc]ontact:?[ \t]+|By[ \t]+)?"
    r"(?P<title>(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+)?"
    r"[A-Z][a-zà-ÿ'’-]+(?:[ \t]+[A-Z][a-zà-ÿ'’-]+){1,2},?[ \t]+"
    r"(?P<letters>(?:[A-Z][\w.()&/-]*(?:[ \t]+[A-Z][\w.()&/-]*)*[ \t]*,[ \t]*)+)?\Z"
)
_MORE_LETTERS_TO_THE_LINE_END = re.compile(
    r"\.?(?P<letters>(?:[ \t]*,[ \t]*[A-Z][\w.()&/-]*(?:[ \t]+[A-Z][\w.()&/-]*)*)*)"
    # ... then the person's post: "Contact Dana Whitfield, MBA, RHIA, Director of Health Information Management."
    r"(?:(?<=\w)[ \t]*,[ \t]*(?:Director|Manager|Supervisor|Head|Chief|Lead|Coordinator|Officer|Vice|Senior|Assistant"
    r"|Associate|Recruiter|Administrator)\b[^\n]{0,100}"
    # ... or a byline's next field after a middle dot or a bar: "By Renée Castillo, MSN, RN, CCDS · Director, ..."
    r"|[ \t]+[·|•][ \t]+[^\n]{0,100})?[ \t]*(?:\r?\n|\Z)"
)
_AN_ABBREVIATION = re.compile(r"[A-Z][A-Za-z.]{1,7}")
_CONTACT_BEFORE = re.compile(r"\bcontact", re.I)


def _post_nominal(text, start, end):
    """Whether the level at ``text[start:end]`` is an abbreviation among the letters after a person's name."""
    if _AN_ABBREVIATION.fullmatch(text, start, end) is None or text[start:end].lower() == "degree":
        return False
    name = _A_PERSON_S_NAME_BEFORE.search(text, max(0, start - 120), start)
    rest = _MORE_LETTERS_TO_THE_LINE_END.match(text, end)
    if name is None or rest is None:
        return False
    return bool(
        name.group("title")
        or name.group("letters")
        or rest.group("letters")
        or _CONTACT_BEFORE.search(text, max(0, name.start() - 100), start)
    )


# A school named, after a word of place: "The team is based within Ursuline High School in Wimbledon", "working with
# Woodlane High School": a place, not a level (a level's "High School" follows no capitalised name)
_A_NAMED_SCHOOL_BEFORE = re.compile(
    # on one line, its last word ending no sentence: not "... in accordance with HIPAA.\n\nHigh school diploma"
    r"\b(?:at|in|within|with|from|to|of|and)\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*[ \t]+){0,2}[A-Z][\w'’.&-]*(?<!\.)[ \t]+\Z"
)
# Right after a high school's mention, that no degree is needed: "HS/GED (no degree req'd)", "High school diploma - no
# college degree required" (the "not required" speaks of the degree; the diploma is asked)
_NO_DEGREE_NEEDED_AFTER = re.compile(
    r"(?:\s+(?:diploma|graduate|graduation|education))?(?:\s*(?:/|or)\s*(?:ged|equivalent))?"
    r"[\s(,;/-]*(?:but\s+)?no\s+(?:college\s+|university\s+|post-?secondary\s+)?degree\s+(?:is\s+)?"
    r"(?:required|req['’]?d|needed|necessary)\b",
    re.I,
)
# "(education) in any field for which high school graduation or the equivalent is the normal prerequisite": what the
# schooling asked builds on, not what is asked
_PREREQUISITE_AFTER = re.compile(
    r"\s+(?:graduation|diploma)\s+(?:or\s+(?:the\s+)?equivalent\s+)?(?:is|are)\s+the\s+(?:normal\s+|usual\s+)?"
    r"prerequisite\b",
    re.I,
)

# A qualification that is no level of the scale: a diploma that is not a high school's, a postgraduate one (above a
# degree) nor in the field's work (the UK's professional diplomas: "Diploma in Diagnostic Radiology", "a Diploma from
# the College of Radiographers"), an HNC, HND, DipHE, NVQ or DCR (the radiographers' diploma). Offered as another way
# to meet a degree ("BSc (Hons) degree or Diploma in ...", "HNC/HND or degree"), it is the lowest path, and the
# choice asks for no level.
_UNMAPPED = (
    r"\b(?:(?<!school )(?<!hs )(?<!h\.s\. )(?<!graduate )(?<!grad )(?<!postgraduate )diploma\b"
    # (not a certificate's: "Associate degree or diploma from an accredited medical coding program")
    r"(?!\)?\s+(?:program|(?:in|of)\s+" + _FIELDS_WORK + r"|" + _FROM_A_PROGRAM_OF_THE_FIELD + r"))"
    # ... and the UK's other vocational awards: "BSc in Clinical Physiology/HTEC/MPPM or equivalent"
    r"|(?:hnc|hnd|onc|ond|diphe|nvq|svq|gnvq|btec|htec|dcr|cqsw|enb)\b|(?:dip|cert)\s?(?:he|sw)\b"
    # a body's award named by its letters: "a BSc or BAAT qualifications in Audiology" (not a degree's letters)
    r"|(?-i:(?!(?:BSC|MSC|MBA|MPH|PHD|BSN|MSN|DCR)\b)[A-Z]{3,6})\s+qualifications?\b"
    # a nurse's registration alone: "1st level registered nurse/degree in health related studies"
    r"|registered\s+(?:general\s+|mental\s+health\s+)?nurse\b|(?:rgn|rmn)\b"
    # a royal college's membership or fellowship: "MRCP or MRCGP or other recognised post graduate qualification"
    r"|(?:mrc|frc)[a-z]{1,5}\b)"
)
# What may stand between a level and the other choice: not words that add another requirement ("a registered nurse and
# educated to degree or master's level", "a Registered Nurse, hold a Degree / Masters level study", "a Registered
# Nurse with a degree")
_ANOTHER_REQUIREMENT = (
    r"\band\s+(?:be|is|are|have|has|hold|holds|possess\w*|educated|trained|registered|qualified)\b"
    r"|,\s*(?:and\s+)?(?:be|have|has|hold|holds|possess\w*)\b|\bwith\b"
)
# ... and past an "i.e." or "e.g." that names them: "Educated to degree level i.e. Diploma or degree in social work,
# CQSW, CSS or equivalent"
# ... and past the full stop of a sentence the next goes on from with "Or": "... or another relevant health related
# degree. Or be an RGN/RMN (1st level) or have a CQSW qualification"
_BETWEEN_CHOICES = rf"(?:(?!{_ANOTHER_REQUIREMENT})(?:\b[ie]\.[eg]\.|\.[ \t]+(?=or\b)|[^.;\n]))"


def _alternative_patterns(unmapped: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns of a qualification of no level (``unmapped``) offered as another choice right after a level, and
    right before one."""
    after = re.compile(
        _BETWEEN_CHOICES
        # ... "MSc /FIBMS (by examination)/ IBMS Higher Specialist Diploma"
        + r"{0,40}?(?:(?:\bor\b|/)\s*(?:hold\s+|have\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
        + unmapped
        # one of a list that "or" ends: "Relevant post graduate qualification, CIPR diploma or equivalent", "BSc(Hons)
        # Diagnostic Radiography, professional qualification (e.g. DCR) in relevant subject area or equivalent"
        + r"|,\s*(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:\((?:e\.g\.|eg|such\s+as|i\.e\.)\s*)?"
        + unmapped
        + _BETWEEN_CHOICES
        + r"{0,40}?\bor\b)",
        re.I,
    )
    before = re.compile(
        # ... "Be a registered Mental Health Nurse (Part 3/8/13 of the UKCC Register) or possess a relevant post
        # graduate qualification"
        unmapped
        + _BETWEEN_CHOICES
        + r"{0,60}?(?:(?:\bor\b|/)\s*(?:hold\s+|have\s+|possess\s+)?(?:an?\s+)?(?:[\w()-]+\s+){0,2}?"
        # ... or an example of it: "training at Diploma level or equivalent is essential (e.g. Foundation Degree in
        # Healthcare Sciences)"
        r"|\((?:e\.g\.|eg|such\s+as)\s*)\Z",
        re.I,
    )
    return after, before


_UNMAPPED_ALTERNATIVE = _alternative_patterns(_UNMAPPED)
# Another route into the post, later in the sentence, as a clause of its own that names no level: "practitioners that
# have an MSC in Advanced Clinical Practice, or who have completed 2 or more clinical skills modules", "a Registered
# Nurse with a graduate qualification ..., or if you have achieved the Specialist Practitioner Qualification", "either
# have a degree in psychology and doctoral level training ..., or they will be a specialist psychological practitioner
# with recognised/accredited training", "educated to Foundation degree or equivalent, in a health related discipline or
# have evidence of successful completion of all Citycare Band 4 AP competencies". The lowest route asks for no level.
# Not a route of experience or work ("or who have equivalent experience": the level, met another way), nor one that
# names a level or is still studying for one.
_A_ROUTE_OF_NO_LEVEL = re.compile(
    r"[^.;\n]{0,200}?(?:,\s*|\s)or\s+(?:if\s+you|who|they|those\s+who|(?:candidates|applicants)\s+who|have\s+evidence\s+of)\b"
    r"(?![^.;\n]*?\b(?:degrees?|graduate[sd]?|bachelor\w*|masters?|master['’]s|doctora\w*|phd|bsc|msc|ba|ma"
    r"|diplomas?|experienced?|equivalen\w*|work(?:ed|ing)?|studying|undertaking|level\s+\d)\b)",
    re.I,
)
# Below a master's, a postgraduate diploma or certificate maps to no level either: "A post-graduate diploma or higher
# degree in clinical pharmacy is desirable" asks for none (beside a first degree it is the higher choice: "A degree /
# postgraduate diploma" asks for the degree)
_BELOW_A_MASTERS_ALTERNATIVE = _alternative_patterns(
    r"(?:" + _UNMAPPED + r"|\b(?:post[-\s]?graduate|pg)\s+(?:diploma|certificate|dip|cert)\b|\b(?:pgdip|pgcert|pgce)\b)"
)
# a slash alone between two levels: "MSc/PhD in statistics", "BA/BS degree"
_SLASH = re.compile(r"[ \t]*/[ \t]*")
# "or" that joins two paths; "diploma or equivalent" is one path, not two, unless the other level follows right after
# it: "a degree in Nutrition and Dietetics or equivalent post-graduate qualification" (read up to the next mention)
_OR = re.compile(r"\bor\b(?!\s+(?:its\s+|an?\s+|the\s+)?equivalen(?!ts?\s+\Z))", re.I)
# the rest of a list item up to its comma ("bachelor's degree in HIM, "), with no "and" in it
# ... and how the next item opens: "Associate degree in HIT, completion of a medical coding certificate program of at
# least 9 months, or an equivalent combination"
_LIST_COMMA = re.compile(
    r"(?:(?!\band\b)[^,;.\n]){0,60},[ \t]*(?:(?:successful\s+)?(?:completion\s+of|graduation\s+from)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?|an?\s+|the\s+)?",
    re.I,
)
# the rest of a list whose items a comma parts: more items, then "or" before the last
_OR_LATER = re.compile(r"(?:[^.;:\n]{0,80}?,)?[ \t]*(?:,[ \t]*)?or\b", re.I)


# "... may substitute for the degree", "accepted in lieu of a degree": what comes before it is another way to meet
# the degree asked for before
_SUBSTITUTES_FOR_THE_DEGREE = re.compile(
    r"\b(?:substitut(?:e|es|ed)\s+for|in\s+(?:lieu|place)\s+of|instead\s+of)\s+(?:(?:the|a|an)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?degree\b",
    re.I,
)
# ... or, right before the level, the writer's taking it instead: "I will accept an associate degree in HIT instead if
# you also have four years of ... experience"
_ACCEPTED_INSTEAD_BEFORE = re.compile(
    r"\b(?:i|we)(?:\s+will|\s+would|\s+can|['’]ll|['’]d)\s+(?:also\s+|still\s+)?(?:accept|take)\s+(?:an?\s+|the\s+)?\Z",
    re.I,
)
_IN_PLACE_OF_BEFORE = re.compile(r"\b(?:in\s+(?:lieu|place)\s+of|instead\s+of)\s+(?:an?\s+|the\s+)?\Z", re.I)
# ... or, after it in its sentence, that its holders will be considered: "Bachelor's degree required (BSN, ...).
# ADN-prepared nurses with 5+ years of inpatient CDI experience will be considered."
_CONSIDERED_TOO_AFTER = re.compile(
    r"[^.;\n]{0,80}?\b(?:will|may|can|would)\s+(?:also\s+)?be\s+(?:considered|accepted)\b", re.I
)
#: The levels that are degrees: the associate degree and above
_DEGREES = frozenset(EDUCATION_LEVELS[EDUCATION_LEVELS.index("associate") :])
_POSTGRADUATE = frozenset(("master", "doctorate"))


@hookimpl
def screener_extract(doc, posting):
    text = posting.text
    mentions = [
        m
        for m in _level_mentions(text, doc._.screener.lower, doc._.screener.holds)
        if not (
            m[0] == "high_school"
            and (
                _above(text, m[1])
                or _PREREQUISITE_AFTER.match(text, m[2])
                # (a school's name, not an examination's maker: "the Department of Education Leaving Certificate")
                or (
                    "school" in text[m[1] : m[2]].lower()
                    and _A_NAMED_SCHOOL_BEFORE.search(text, max(0, m[1] - 60), m[1])
                )
            )
        )
        and not _post_nominal(text, m[1], m[2])
    ]
    found = []
    if not mentions:
        return []
    grouped = _substitutes_for_experience(_groups(doc, text, mentions, doc._.screener.paths), doc, text)
    for group, members in grouped.items():
        # a postgraduate diploma is no level only below a master's: not in "postgraduate diploma, bachelor degree or
        # masters level", whose lowest path is the bachelor's
        one_choice = group not in (None, "paths")
        above_a_first_degree = not one_choice or all(level in _POSTGRADUATE for level, _, _ in members)
        unmapped = [
            level in _DEGREES
            and _beside_an_unmapped_qualification(text, start, end, above_a_first_degree and level in _POSTGRADUATE)
            for level, start, end in members
        ]
        if one_choice and any(unmapped):
            continue  # one choice with a qualification of no level ("Diploma / Degree/ Degree Level"): it asks for none
        for (level, start, end), beside_one in zip(members, unmapped, strict=True):
            if beside_one:
                continue
            s_start, s_end = doc._.screener.sentence(start)
            sentence = text[s_start:s_end]
            field = _FIELD.match(text, end)
            accreditation = _ACCREDITATION.search(sentence)
            found.append(
                EducationRequirement(
                    id=level,
                    any_of=group,
                    # asked, though the context rules would set a level offered for experience aside; or a high
                    # school's diploma beside "no degree required", which speaks of the degree
                    strength="required"
                    if group == _ONLY_SUBSTITUTES
                    or (level == "high_school" and _NO_DEGREE_NEEDED_AFTER.match(text, end))
                    else None,
                    field=field.group("field").strip() if field and level != "high_school" else None,
                    accreditation=accreditation.group(1) if accreditation else None,
                    or_equivalent_experience=bool(_EQUIVALENT_EXPERIENCE.search(sentence)),
                    mention=Evidence.of(text, start, end),
                )
            )
    return found


def _beside_an_unmapped_qualification(text, start, end, postgraduate):
    """Whether the level at ``text[start:end]`` is one choice with a qualification of no level (``_UNMAPPED``), or
    with another route that names no level (``_A_ROUTE_OF_NO_LEVEL``).

    ``postgraduate``: whether the choice is between postgraduate levels only, below which a postgraduate diploma or
    certificate maps to no level either.
    """
    after, before = _BELOW_A_MASTERS_ALTERNATIVE if postgraduate else _UNMAPPED_ALTERNATIVE
    return bool(
        after.match(text, end)
        or before.search(text, max(0, start - 100), start)
        or _A_ROUTE_OF_NO_LEVEL.match(text, end)
    )


def _above(text, start):
    return _ABOVE.search(text, max(0, start - 16), start) is not None


def _level_mentions(text, lower, holds=None):
    """(level, start, end) for every mention of an education level, in text order.

    ``lower`` is ``text`` in lower case, character for character; ``holds`` answers whether it holds a word (the
    posting's :meth:`~screener.extraction.context.PostingContext.holds`, which finds them all in one pass).
    """
    occurrences = _trigger_occurrences(text, lower, words := _Words(text, holds or lower.__contains__))
    if not any(occurrences):
        return []
    claimed = _Claimed()
    found = []
    for (level, pattern, _, _, mention, in_lower), triggers in zip(_LEVELS, _LEVEL_TRIGGERS, strict=True):
        at = [offset for i in triggers for offset in occurrences[i]]
        if not at:
            continue
        haystack = lower if in_lower else text
        for start, end in _stretches(text, sorted(at)):
            for match in pattern.finditer(haystack, start, end):
                if claimed.claim(*match.span()):
                    found.append((level, *match.span(mention)))
    # ", bachelor" holds "bachelor", looked for already
    if words.hold("bachelor", False) and (", bachelor" in lower or ", or bachelor" in lower):
        found.extend(("associate", *m.span()) for m in _ASSOCIATE_IN_A_LIST.finditer(lower) if claimed.claim(*m.span()))
    if "(certificate, diploma" in lower:
        found.extend(
            ("certificate", *m.span()) for m in _CERTIFICATE_IN_A_LIST.finditer(lower) if claimed.claim(*m.span())
        )
    return sorted(found, key=lambda m: m[1])


def _trigger_occurrences(text, lower, words):
    """The offsets of each of ``_DISTINCT_TRIGGERS`` in the posting (a list, by position; empty where it is not)."""
    occurrences: list[Sequence[int]] = []
    for (trigger, case_sensitive), gate in zip(_DISTINCT_TRIGGERS, _GATES, strict=True):
        if (gate is not None and not words.hold(gate, case_sensitive)) or (
            isinstance(trigger, str) and not words.hold(trigger, case_sensitive)
        ):
            occurrences.append(())  # most postings name no level: one scan in C, and no generator, for most triggers
            continue
        occurrences.append(list(_occurrences(text if case_sensitive else lower, trigger)))
    return occurrences


def _stretches(text, occurrences):
    """(start, end) of the stretches of ``text``, in order, that hold every match of a level whose triggers occur here.

    ``occurrences`` are the sorted offsets of the level's triggers. Each
    stretch runs between the two ``_STOP`` characters around an occurrence.
    A match holds a trigger and no stop character, so searching these
    stretches finds exactly what searching the whole text finds, at a
    fraction of the cost. A stretch that would reach back further than
    ``_LOOK_BACK`` characters without a stop character starts where the one
    before ended instead: the text between is searched once, never twice.
    """
    scanned = 0
    for at in occurrences:
        if at < scanned:
            continue
        last_stop = _LAST_STOP.search(text, max(scanned, at - _LOOK_BACK), at)
        start = last_stop.start() + 1 if last_stop else scanned
        next_stop = _STOP.search(text, at)
        scanned = next_stop.start() if next_stop else len(text)
        yield start, scanned


def _occurrences(haystack, trigger):
    """Offsets of a trigger (a word, or a pattern) in ``haystack``."""
    if not isinstance(trigger, str):
        yield from (match.start() for match in trigger.finditer(haystack))
        return
    at = haystack.find(trigger)
    while at >= 0:
        yield at
        at = haystack.find(trigger, at + 1)


class _Words:
    """Whether words are in a posting (its text, or its lower-case text), each looked for once."""

    def __init__(self, text, holds):
        self._text = text
        self._holds = holds  # whether the lower-case text holds a word
        self._held: dict[tuple[str, bool], bool] = {}

    def hold(self, word, case_sensitive):
        """Whether ``word`` is in the text (case-sensitive) or in the lower-case text."""
        held = self._held.get((word, case_sensitive))
        if held is None:
            held = self._held[(word, case_sensitive)] = word in self._text if case_sensitive else self._holds(word)
        return held


class _Claimed:
    """Non-overlapping spans of text already taken by a higher-ranked level; overlap checks in log time."""

    def __init__(self):
        self._starts: list[int] = []
        self._ends: list[int] = []

    def claim(self, start, end):
        """Take ``[start, end)`` unless it overlaps a span already taken; whether it was taken."""
        i = bisect_left(self._starts, start)
        if i > 0 and self._ends[i - 1] > start:
            return False
        if i < len(self._starts) and self._starts[i] < end:
            return False
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        return True


def _groups(doc, text, mentions, paths):
    """Mentions keyed by any-of group (None: applies on its own).

    Mentions on the posting's alternative qualification paths
    (``doc._.screener.paths``, see
    ``screener.extraction.context.alternative_paths``) are alternatives of
    one another. Elsewhere, mentions of one sentence that "or" joins are
    alternatives ("an associate degree, or a coding certificate"); a mention
    joined to the one before it otherwise ("high school diploma and a
    certificate, or an associate degree") is asked for on its own.
    """
    groups: dict[str | None, list[tuple[str, int, int]]] = {None: []}
    by_sentence: dict[int, list[tuple[str, int, int]]] = {}
    for level, start, end in mentions:
        if any(path.start <= start < path.end for path in paths):
            groups.setdefault("paths", []).append((level, start, end))
            continue
        sentence_start, _ = doc._.screener.sentence(start)
        by_sentence.setdefault(sentence_start, []).append((level, start, end))
    every_choice: list[tuple[str, list[tuple[str, int, int]]]] = []  # (group key, members), in text order
    last_degree: list[tuple[str, int, int]] | None = None  # the last choice that holds a degree, of any sentence
    for sentence_start, members in by_sentence.items():
        choices: list[list[tuple[str, int, int]]] = []
        previous_end = sentence_start
        for level, start, end in members:
            between = text[previous_end:start]
            # "or" joins a mention to the choice before it; so does a bare comma in a list that "or" ends ("ADN, BSN,
            # or medical degree"); anything else starts another requirement ("a high school diploma or GED and an
            # associate degree": the diploma or the GED, and the degree)
            # an "or" before a semicolon joins nothing across it: "Bachelor's in HIM or related field required;
            # Master's preferred" (but "...; OR, Completion of an AHIMA approved coding program" joins)
            after_semicolon = between[between.rfind(";") + 1 :]
            if choices and (
                _OR.search(after_semicolon)
                or _SLASH.fullmatch(between)  # "MSc/PhD", "BA/BS"
                or (_LIST_COMMA.fullmatch(between) and _OR_LATER.match(text, end))
            ):
                choices[-1].append((level, start, end))
            else:
                choices.append([(level, start, end)])
            previous_end = end
        sentence_end = doc._.screener.sentence(sentence_start)[1]
        for n, choice in enumerate(choices):
            if last_degree is not None and (
                _SUBSTITUTES_FOR_THE_DEGREE.search(text, choice[-1][2], sentence_end)
                or _ACCEPTED_INSTEAD_BEFORE.search(text, max(sentence_start, choice[0][1] - 40), choice[0][1])
                or (
                    n == 0
                    and _CONSIDERED_TOO_AFTER.match(text, choice[-1][2], sentence_end)
                    # (not a degree named to be stood in for: "In lieu of a Bachelor's degree, an Associate degree
                    # plus five (5) years ... will be considered")
                    and not _IN_PLACE_OF_BEFORE.search(text, max(sentence_start, choice[0][1] - 40), choice[0][1])
                )
            ):
                # "Completion of an NCRA-accredited program (AAS or certificate) may substitute for the degree", "I will
                # accept an associate degree in HIT instead", "ADN-prepared nurses ... will be considered": one more
                # way to meet the degree asked for before
                last_degree.extend(choice)
                continue
            every_choice.append((f"s{sentence_start}.{n}", choice))
            if any(level in _DEGREES for level, _, _ in choice):
                last_degree = choice
    for key, choice in every_choice:
        groups.setdefault(key if len(choice) > 1 else None, []).extend(choice)
    return groups


#: The group of the levels offered in place of experience in a posting that names no other level
_ONLY_SUBSTITUTES = "experience-substitutes"


def _substitutes_for_experience(groups, doc, text):
    """Levels each offered in place of experience ("An Associate's degree ... may be substituted for one (1) year of
    the General Experience. A Bachelor's degree may be substituted for two (2) years"): each is one more way to
    meet the experience, none asked on its own.

    Beside another level ("High school diploma or GED; AND three years ... A certificate program may substitute
    for one (1) year"), the other level is the bar and the substitutes ask nothing (the context rules set them
    aside). In a posting that names no other level they are the only level it names, and the bar is the lowest of
    them, as one choice (``_ONLY_SUBSTITUTES``): a reader records the level named, with the experience that stands
    in for it."""
    alone = groups.get(None, [])
    substitutes = [
        member
        for member in alone
        if _SUBSTITUTES_FOR_EXPERIENCE.search(text, member[2], doc._.screener.sentence(member[1])[1])
    ]
    this_level = [member for member in alone if not doc._.screener.on_another_level(member[1])]
    if substitutes and all(member in substitutes for member in this_level) and len(groups) == 1:
        # (another level's "Equivalent to graduation from high school" in a class specification is no level of this
        # one's)
        groups[None] = [member for member in alone if member not in substitutes]
        groups[_ONLY_SUBSTITUTES] = substitutes
    return groups


# --------------------------------------------------------------------------- assessment

#: "or equivalent experience": years of experience that stand in for each education level missing.
YEARS_PER_LEVEL = 2
_FIELD_FILLER = frozenset({"or", "and", "of", "in", "a", "an", "the", "related", "field", "fields", "similar", "&"})


@hookimpl
def screener_assess(requirement, profile, knowledge):
    """Education: a higher level meets a lower one; credentials count for the education their issuer says they imply.

    A requirement for a field ("in Health Information Technology") or an
    accreditor (CAHIIM) is partial when the candidate's degree is in another
    field or from a program the profile does not say is accredited by it.
    "Or equivalent experience" lets ``YEARS_PER_LEVEL`` years of any
    experience stand in for each level missing (2 years for an associate
    degree over a certificate, 4 over a high school diploma).
    """
    if requirement.kind != "education":
        return None
    import datetime as dt

    from screener_plugins.assessment.facts import LEVEL_NAMES, completed_education, rank, same_accreditor, total_years

    from screener import Assessment, NextStep

    wanted = rank(requirement.id)
    asked = LEVEL_NAMES[requirement.id]
    facts = completed_education(profile, knowledge, dt.date.today())
    enough = [f for f in facts if rank(f.level) >= wanted]
    if enough:
        best = _best_fit(enough, requirement, same_accreditor)
        via = f" (your {best.via} implies it)" if best.via else ""
        have = f"{LEVEL_NAMES[best.level]}{via}"
        if requirement.accreditation and not same_accreditor(best.accredited_by, requirement.accreditation):
            return Assessment(
                status="partial",
                reason=f"You have {have}, but your profile does not say it is {requirement.accreditation}-accredited; "
                f"{asked} from a {requirement.accreditation}-accredited program is asked for.",
                credit=0.5,
                next_steps=[
                    NextStep(
                        text=f"If your program was {requirement.accreditation}-accredited, add "
                        f"accredited_by: {requirement.accreditation} to your profile"
                    )
                ],
            )
        if requirement.field and best.field and not _same_field(best.field, requirement.field):
            return Assessment(
                status="partial",
                reason=f"You have {have} in {best.field}; {asked} in {requirement.field} is asked for.",
                credit=0.75,
                next_steps=[NextStep(text=f"{asked[0].upper()}{asked[1:]} in {requirement.field}")],
            )
        return Assessment(status="met", reason=f"You have {have}; {asked} is asked for.")
    top = max(facts, key=lambda f: rank(f.level), default=None)
    highest = rank(top.level) if top else -1
    have_text = (
        f"You have {LEVEL_NAMES[top.level]}"
        if top
        else "Your profile lists no completed education (and no credential that implies it)"
    )
    step = NextStep(text=f"Complete {asked}" + (f" in {requirement.field}" if requirement.field else ""))
    if requirement.or_equivalent_experience:
        need = YEARS_PER_LEVEL * (wanted - highest)
        years = total_years(profile)
        instead = (
            f"the posting accepts equivalent experience ({YEARS_PER_LEVEL} years per level missing: {need:g} years)"
        )
        if years >= need:
            return Assessment(status="met", reason=f"{have_text}; {instead}, and you have {years:g}.")
        if years > 0:
            return Assessment(
                status="partial",
                reason=f"{have_text}; {instead}, and you have {years:g}.",
                credit=round(min(years / need, 0.99), 2),
                next_steps=[step, NextStep(text=f"{need - years:g} more years of experience")],
            )
    in_progress = [e for e in profile.education if e.status == "in_progress" and rank(e.level) >= wanted]
    if in_progress:
        return Assessment(
            status="partial",
            reason=f"{have_text}; you are studying for {LEVEL_NAMES[in_progress[0].level]}, and {asked} is asked for.",
            next_steps=[NextStep(text=f"Finish {LEVEL_NAMES[in_progress[0].level]}")],
        )
    return Assessment(status="unmet", reason=f"{have_text}; {asked} is asked for.", next_steps=[step])


def _best_fit(facts, requirement, same_accreditor):
    """The education that fits the requirement best: right accreditor first, then right field, then lowest level."""

    def key(fact):
        accredited = not requirement.accreditation or same_accreditor(fact.accredited_by, requirement.accreditation)
        in_field = not requirement.field or not fact.field or _same_field(fact.field, requirement.field)
        return (not accredited, not in_field, EDUCATION_LEVELS.index(fact.level))

    return min(facts, key=key)


def _same_field(have, wanted):
    """Fields match when they share a word that is not filler ("Health Information Technology" ~ "HIM")."""
    return bool(_field_words(have) & _field_words(wanted))


def _field_words(text):
    words = set(re.findall(r"[a-z]+", text.lower())) - _FIELD_FILLER
    # "HIM" / "HIT" abbreviate the field names employers spell out
    for short, long in (("him", "information"), ("hit", "information"), ("hi", "information")):
        if short in words:
            words.add(long)
    return words
