"""Experience requirements: how many years, of what.

"2+ years", "two (2) years", "1-3 years" (the lower figure), "minimum of one
year", "six months" (0.5). A figure counts only in a sentence that speaks of
experience, or when work follows it ("3-5 years of inpatient coding", "five
years as a coder"), and not when it is a deadline ("within 6 months"), a cap
("up to six months"), a part of another figure ("six months of the required
one year"), schooling or age ("two years of college", "18 years of age") or
about the employer ("we have 25 years of experience"), how long something
else lasts ("a training programme of 6-9 months", "a contract of 11 months",
"the 10 year NHS Plan"), an example ("e.g., six months of experience plus six
semester hours") or a share of a larger figure of the same sentence ("one
year of experience, with at least six months in ...", "4 years, which must
include at least 2 years in respiratory and at least 1 year in ICU"). A
federal grade ladder's "one year of experience equivalent to the next lower
grade level" is the condition of one grade among those the posting lists; it
counts only when the posting states no other figure.
"""

import re
from bisect import bisect_right
from operator import methodcaller

from screener import NUMBER_PATTERN, Evidence, ExperienceRequirement, hookimpl, number_from_words

_NUMBER = NUMBER_PATTERN
_DURATION = re.compile(
    # a figure may be glued to the word before it where the page lost a space: "at least3 months", "a minimum of6
    # months", "A minimum oftwo years" (in words from two to nine: "often" and "ofone" are no figures)
    r"(?:\b|(?<=\bleast)(?=\d)|(?<=\bof)(?=\d|(?:two|three|four|five|six|seven|eight|nine)\b)|(?<=\bminimum)(?=\d))"
    rf"(?P<num>{_NUMBER})(?:\s*\(\s*(?P<digits>\d+(?:\.\d+)?)\s*\))?(?:[^\S\n]*-?[^\S\n]*(?:\+|plus)|\s*or\s+more)?"
    # "three to five (3-5) years": the figures in digits may repeat the range; a dash stays on its line ("a
    # plus\n- 7+ years" is no range)
    # ... and "a minimum of 3/4 years" (three or four: a slash between whole numbers before the unit)
    # ... and "three (3) of the last five (5) years": the first figure is the years asked, within the second
    rf"(?:(?:[^\S\n]*[-–][^\S\n]*|\s*to\s+|/(?=\d+\s*(?:years?|yrs?)\b)"
    rf"|\s+of\s+the\s+(?:last|past|previous|preceding|most\s+recent)\s+)(?P<num2>{_NUMBER})"
    r"(?:\s*\(\s*\d+(?:\s*[-–]\s*\d+)?\s*\))?\s*\+?)?"
    # "2-years", "one-year": a hyphen before the unit (see ``_EXPERIENCE_RIGHT_AFTER``)
    # "one (1) full year of specialized experience"
    # "one years-experience": a hyphen glued between the unit and "experience"
    r"(?:\s+full)?(?P<hyphen>\s*-\s*)?\s*(?P<unit>years?|yrs?\.?|months?|mos\.?)(?:['’]s?)?(?!\w|-(?!experience))",
    re.I,
)
# Right before a figure in years, a figure in months and "to": "Six months to one year of medical coding experience"
# is one range, whose lower end is the figure
_MONTHS_TO_BEFORE = re.compile(
    rf"\b(?:{_NUMBER})(?:\s*\(\s*\d+\s*\))?\s*months?(?:['’]s?)?[^\S\n]*(?:to|-|–)[^\S\n]*\Z", re.I
)
# What "post" names in the time since qualifying: "post qualified", "post-registration", "post qualifying"
_SINCE_QUALIFYING_WORDS = r"(?:qualif(?:ied|ication|ying)|registration|registered)\b"
# ... and how "post" is joined to it: "post qualified", "post-registration", "post- registration" (a line broken at
# the hyphen and joined again with a space)
_POST = r"post(?:-[^\S\n]?|\s)?"
# "a 2-year degree", "a 12-month contract": a hyphened figure names how long another thing lasts, unless experience
# follows ("one-year experience in medical records", "3-year coding experience") or the unit is plural ("2-years").
# Also what must follow "more than 3 years" for it to be a minimum
# (and its common misspellings: "2 years experince as a qualified nurse")
_EXPERIENCE_WORD = r"(?:experience|exp|experince|experiance|expereince|experiece)"
_EXPERIENCE_RIGHT_AFTER = re.compile(r"\s+(?:of\s+)?(?:[a-z/&-]+\s+){0,2}?" + _EXPERIENCE_WORD + r"\b", re.I)
# ... within a few more words, after a minimum that "more than" or "over" opens: "greater than eighteen months of
# anaesthetic and/or critical care experience"
_EXPERIENCE_SOON_AFTER = re.compile(r"\s+(?:of\s+)?(?:[a-z/&-]+\s+){0,4}?" + _EXPERIENCE_WORD + r"\b", re.I)
# ... or the years since qualifying: "Min 1-year post qualification would be an advantage"
_SINCE_QUALIFYING_RIGHT_AFTER = re.compile(r"\s+" + _POST + _SINCE_QUALIFYING_WORDS, re.I)
# Before the figure, how long since qualifying: "Have you been qualified for two years or more?"
# Work done for a time, the figure after it: "qualified for two years", "Must have coded for at least 2 years", "have
# worked as a coder for 3 years", "who have been coding for 2 years"; what the candidate "have" done, not what "the
# practice has worked in the town for 50 years"
# ... and the time since registering: "NMC registration for a minimum of 3 years", "registered practitioners with the
# GMC for at least 5 years", "Full registration with NMC – minimum of 6 months"
_WORKED_FOR_BEFORE = re.compile(
    # the work itself, then how long: "Ideally you've coded interventional radiology and cardiac cath cases in a
    # hospital outpatient department for four or more years"
    # ... or asks it: "Have you coded professional-fee orthopaedic or spine surgery for at least two years?"
    r"\b(?:have|having|you['’]ve|we['’]ve|have\s+you)\s+(?:coded|abstracted|billed|audited)\s+(?:[\w/&,-]+\s+){0,12}?"
    r"for\s+"
    r"(?:at\s+least\s+|a\s+minimum\s+of\s+)?$|"
    r"(?:\bqualified|\bregist(?:ered|ration)"
    r"|\b(?:have|having)(?:\s+you)?\s+(?:coded|worked|held|practi[cs]ed|been\s+(?:coding|working|employed|practi[cs]ing)))"
    r"\s+"
    r"(?:as\s+an?\s+(?:[\w-]+\s+){1,3}?|in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,3}?"
    # ... a post held: "have held a senior position within an Audiology Department for at least 2 years"
    r"|(?<=held\s)(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:position|post|role)\s+(?:(?:within|in|at)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,3}?)?"
    r"|(?:[\w-]+\s+)?(?:with|on)\s+(?:the\s+)?[\w-]+(?:\s*[-–])?\s+)?"
    r"(?:for\s+(?:a\s+period\s+of\s+)?(?:at\s+least\s+|a\s+minimum\s+of\s+)?|(?<=[-–]\s)(?:a\s+)?minimum\s+(?:of\s+)?)$",
    re.I,
)
_NOT_A_REQUIREMENT_BEFORE = re.compile(
    r"\b(?:within|after|every|per|each|last|past|first|than|under|over|up\s+to|for\s+the\s+(?:last|past)"
    r"|completion\s+of|completing|completed|lasting|lasts|upon|cover|covering|course\s+of|e\.g\.,?|for\s+example,?"
    # "specialist rotations, each of which runs for 9 months"
    r"|runs?\s+for"
    # someone else's years and the employer's: "Our coding manager ... has led the team for 14 years", "Celebrating 15
    # years of placing HIM talent"
    r"|has\s+(?:led|managed|run|headed|overseen|supervised)\s+(?:the|our|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:team|department|unit|program|programme|office|practice|service)\s+for|celebrating"
    # how long something else lasts: "a training programme of 6-9 months", "a placement of 12 months"
    r"|(?:programme|program|placement|rotation|contract|secondment|preceptorship)s?\s+(?:(?:are|is)\s+)?"
    # ... a bound before the figure: "a medical coding certificate program of at least nine months"
    r"(?:of|for|lasting)(?:\s+(?:at\s+least|a\s+minimum\s+of|approximately|about|up\s+to))?"
    # the terms a post is offered on: "on a FTC basis of 12 months", "on a secondment basis for 6 months"
    r"|basis\s+(?:of|for)"
    # how long the team stays: "a team of 42 coders (average tenure 8 years!)"
    r"|tenure(?:\s+(?:of|is))?"
    r"|rotat(?:es|ing)|age[sd]?"
    # a rate, not a time: "providing 24 hour, 365 days a year cover", "52 weeks a year"
    r"|days|weeks|hours|times|nights|shifts"
    # what something counts for: "training in an approved school ... equates to 1 year of general experience"
    r"|equates\s+to|(?:is\s+)?equivalent\s+to|counts\s+as|credited\s+as"
    # ... a rate of exchange: "with thirty (30) semester hour credits being equal to one (1) year of experience"
    r"|equal\s+to|equals"
    # what may stand in for experience: "training ... may be substituted for 1 year of experience"
    r"|substitut(?:e|ed|es)\s+for|in\s+(?:lieu|place)\s+of"
    # what the figure was before a change, or what an earlier posting said: "Experience was lowered from 7 years to
    # 5 years", "The first posting said 3 years of experience"
    r"|(?:lowered|reduced|dropped|cut|changed|down)\s+from"
    r"|(?:first|original|earlier|previous|old|last)\s+(?:posting|ad|advert|listing|version)\s+(?:said|asked\s+for|listed"
    r"|required|read)"
    # a named thing: "the 10 year NHS Plan", "the 5-year strategy"; a term named before: "may not require the full
    # two years" (of a training programme)
    r"|the(?:\s+(?:full|whole|entire))?"
    # the post's own term: "Band 6 FTC posts to cover a period of 14 months", "to join the team for an initial period
    # of 3 to 6 months", "This post is initially for a 3-6 month period"
    r"|cover(?:ing)?\s+a\s+period\s+of|initial\s+(?:period|term)\s+of|initially\s+for(?:\s+an?)?"
    # the most a candidate may have, not the least: "Candidates are permitted to have undertaken 24 months experience
    # in Obstetrics and Gynaecology posts ... prior to applying" (the word before "to" looked back to: the search
    # starts 25 characters before the figure)
    r"|(?:(?<=permitted\s)|(?<=allowed\s))to\s+have(?:\s+(?:undertaken|completed|had|gained|accrued|acquired))?)"
    # "within the next 6 months", "over the coming two years": a time to come, not a time worked
    r"\s+(?:the\s+)?(?:(?<=the\s)(?:next|coming)\s+)?$",
    re.I,
)
# The ages of the people the job serves, after them: "children and young people (0-19 years)", "school aged children
# 0-19 years who experience speech ... difficulties"
_AGES_BEFORE = re.compile(
    r"\b(?:children|people|adults|patients|pupils|clients|infants|babies|students|individuals|ages?|aged)"
    # ... "children from 0-19years in clinics"
    r"(?:\s*\(\s*|\s+(?:aged\s+|from\s+|between\s+)?)$",
    re.I,
)
# "One year of experience ..., with at least six months in ...", "4 years, which must include at least 2 years in
# respiratory": a share of the larger figure before it
_SHARE_OF_A_LARGER_FIGURE = re.compile(
    # "Three to five years of pro-fee coding experience, at least one year in cardiology"
    # ... "7 years, incl. 2 yrs coding audit"
    r"(?:,\s*(?=at\s+least\s)|\b(?:with|including|include[sd]?|incl\.|of\s+which)\s+"
    # "minimum 5 years post registration, preferably 2 years at band 6": the part of them the posting would like
    r"|,\s*(?:preferably|ideally)\s+(?:with\s+)?"
    # "Two years coding experience (one year with a CPC)": a smaller figure in parentheses qualifies the larger one
    r"|\(\s*)(?:at\s+least\s+|a\s+minimum\s+of\s+|a\s+minimum\s+|minimum\s+)?$",
    re.I,
)
# "5 years of coding experience, 2 years in a leadership role": after a comma, a smaller figure in a role or setting is
# a part of the larger one
_AFTER_A_COMMA = re.compile(r",\s*$")
_IN_A_ROLE_AFTER = re.compile(
    r"\s+(?:in|as)\s+(?:an?\s+|the\s+)?(?:[\w/-]+\s+){0,3}?(?:role|capacity|position|setting|environment)s?\b", re.I
)
_ANOTHER_SHARE = re.compile(r"(?:\band|,)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|minimum\s+)?$", re.I)
# "a 12 month fixed term contract", "a 6-month secondment": how long the job lasts, not experience asked for
_HOW_LONG_THE_JOB_LASTS = re.compile(
    # "for a period of 9 months to cover maternity leave"; "offered as 12 month, fixed-term contract"; "specific 6
    # month attachments can be arranged"
    r"[\s,-]*(?:to\s+cover\s+(?:[\w-]+\s+){0,2}?(?:leave|absence|vacancy)\b"
    # "... to lead its Clinical Coding service ... for 11 months while the substantive post holder supports ..."
    r"|(?:while|whilst)\s+the\s+(?:substantive\s+)?(?:post[\s-]?holder|postholder|incumbent)\b"
    r"|fixed[\s-]+term|contract|secondment|placement|attachment|rotation|pilot|maternity|temporary|locum"
    # "a $5,000 sign on (critical access staffing grant, 2 year commitment)", "a 2 year bond"
    r"|commitment|bond\b"
    # "... a guaranteed period of 3 months on a rolling contract", "12 months on a fixed term basis"
    r"|on\s+an?\s+(?:[\w-]+\s+){0,2}?(?:contract|(?:fixed[\s-]+term|secondment|locum|temporary)\s+basis)\b"
    # "... deliver our clinical service for a period of 6 months as a jobshare"
    r"|probation(?:ary)?|(?:as\s+an?\s+)?job[\s-]?share\b"
    # "This is a 1 year acting up period": the acting-up post's own term
    r"|acting[\s-]*up\b"
    # how long a training lasts: "usually a two year training programme", "an 18 month GP training pathway", "a 12 month
    # preceptorship programme", "a 12 month graduate programme"
    r"|(?:[\w-]+\s+){0,2}?(?:training|preceptorship|induction|rotational|development|apprenticeship|graduate)\s+"
    r"(?:programmes?|programs?|courses?|schemes?|pathways?)\b"
    # ... or a training of its own: "be expected to have completed foundation 1 year training" (not "2 years
    # training and experience")
    r"|training\b(?!\s+(?:and\s+|&\s+)?experience\b)"
    # how long the post lasts: "Applications are 2 year posts, depending on experience" (not "2 years post
    # qualification")
    r"|posts\b|post\b(?=\s*[,.;)])"
    # ... and a post that a verb or a clause tells of: "This 12 month post combines clinical experience at CT/ST level
    # with undergraduate teaching", "a 2 year post which is funded"
    r"|post\s+(?=(?:combines|is|will|would|offers|provides|includes|comes|which|that|based|starting|commencing"
    r"|available|funded)\b)"
    # "for a 5 month period to support ...", "Over a two year period there will be ... training"
    r"|period\b|duration\b"
    # how long a payment runs: "depending on experience + 2 year Golden Hello (£2,000 in Year 1 ...)"
    r"|golden\s+hello|(?:retention|joining|welcome|recruitment)\s+(?:bonus|payment|premium|incentive)"
    # (not a health plan's work: "one (1) year of health plan billing experience")
    r"|(?:(?!of\b)[\w-]+\s+){0,2}(?:plan|strategy)\b(?![\s-]+(?:[\w-]+\s+)?(?:billing|claims?|experience|coding"
    r"|operations|members?)\b))",
    re.I,
)
# "Six months of the required one year", "At least 1 year of this experience must be ...", "one year of which":
# a part of another figure, not a figure of its own
_PART_OF_ANOTHER = re.compile(
    r"\s+of\s+(?:(?:the|that|this)\s+(?:required|above|minimum)\b|(?:this|that|such)\s+(?:[\w-]+\s+)?experience\b"
    # "Two years of experience in medical records work, one year of which must have included coding"
    r"|which\b)",
    re.I,
)
# "experience", and its short form in job boards' lines ("3+ yrs exp. in inpatient coding")
_EXPERIENCE = re.compile(r"\b(?:experience[ds]|" + _EXPERIENCE_WORD + r")\b", re.I)
# Right after the figure, work named without the word "experience": "3-5 years of acute care inpatient coding",
# "five years as a coder", "2 years working in a physician office"; not schooling ("two years of college"), nor the
# record of past work that vetting asks for ("provide 5 years of work history, including two references").
_NOT_SCHOOLING = (
    r"(?![^.;\n]{0,40}?\b(?:college|university|education|school|study|studies|coursework|courses|degree|semester"
    # (a hospital's cancer program is a workplace: "Three or more years of abstracting at a CoC-accredited program", "in
    # a CoC program")
    r"|(?<!cancer )(?<!coc )(?<!coc-accredited )(?<!coc accredited )program|programme|training|certificate|bootcamp"
    r"|age|old|history)\b)"
)
# What follows a figure of a lower route the posting allows: "six months is enough if ..." (see ``_ENOUGH_IF``)
_ENOUGH_IF_WORDS = (
    r"\s+(?:is|are|will\s+be|would\s+be)\s+(?:enough|sufficient|fine|ok(?:ay)?|acceptable)\s+(?:if|when|provided"
    r"|as\s+long\s+as)\b"
)
#: Not at a line's start, up to three spaces or tabs in
_NOT_AT_A_LINE_START = r"(?<!\n)(?<!\n[ \t])(?<!\n[ \t]{2})(?<!\n[ \t]{3})"
_WORK_AFTER = re.compile(
    # (after a plus glued to the unit: "2 years+ working as Practice Nurse", or "or more": "3 years or more working in
    # an NHS information or business intelligence team")
    r"\+?\s*(?:or\s+(?:more|longer)\s+)?(?:(?:working|employed)\s+(?:in|at|as|within|with)\b|employment\s+(?:in|at|as|with)\b"
    # at a grade: "Minimum of 2 years at band 6 within Neurosciences", "2 years as a band 6"
    r"|(?:at|as\s+an?)\s+(?:band|grade)\s*\d"
    # the years since qualifying: "at least 2 years post qualified", "3 years post-registration", "2 years post HCPC
    # registration" (the register's name between)
    # ... "6 months post qualifying", "two years (post registration) clinical paramedic practice"
    r"|\(?\s*"
    + _POST
    + r"(?:[a-z]+\s+)?"
    + _SINCE_QUALIFYING_WORDS
    + rf"|(?:of|as|doing|performing|progressive(?:ly)?)\b{_NOT_SCHOOLING}[^.;\n]{{0,60}}?"
    r"\b(?:cod(?:ing|ers?)|audit(?:ing|s|or)?|billing|abstract(?:ing|ion|or)|regist(?:ry|rar)|documentation"
    # "at least two years of retro chart review in risk adjustment"
    r"|chart\s+reviews?|risk\s+adjustment"
    # ... "1+ year of HEDIS medical record review"
    r"|records?\s+reviews?"
    # "two or more years doing ROI specifically"
    r"|roi|release\s+of\s+information"
    # "3+ years of healthcare data analysis"
    r"|data\s+analy(?:sis|tics)|reporting"
    # the revenue cycle's work: "3+ years of physician / professional AR follow-up or denial management"
    r"|denials?\s+management|(?:a/?r|accounts\s+receivable)\s+follow[\s-]?up|payment\s+posting|charge\s+entry"
    # "two years as a practising HCPC registered clinician", "2 years of clinical practice"
    r"|work|employment|position|role|job|practi[cs]e|practi[cs]ing|clinician)\b"
    # "at least two years as a CDS in an acute-care hospital", "a year as an HIM technician"
    r"|as\s+an?\s+(?:[\w-]+\s+){0,3}?(?:specialist|analyst|technician|tech|registrar|abstractor|biller|cds|cdis"
    r"|coordinator|clerk|assistant|nurse|supervisor)s?\b"
    rf"|in\b{_NOT_SCHOOLING}[^.;\n]{{0,40}}?\b(?:cod(?:ing|ers?)|audit(?:ing|s|or)?|billing|abstract(?:ing|ion|or)"
    # ... "Five or more years in healthcare analytics", "three years in acute care inpatient clinical practice"
    r"|regist(?:ry|rar)|documentation|role|position|analy(?:sis|tics)|reporting|clinical\s+practi[cs]e)\b"
    # a lower route the posting allows: "six months is enough if it was in a hospital HIM department", "two years is
    # enough if at least one of them was ..." (see ``_ENOUGH_IF``)
    rf"|{_ENOUGH_IF_WORDS}"
    # a role is work, whatever it teaches: "Two years in a coding education, training or audit role"
    # ... "Six months in a medical records, ROI or physician-office records role"
    r"|in\s+(?:an?\s+|the\s+)?(?:[\w,/-]+\s+){0,7}?(?:role|position|capacity)\b"
    # the setting alone, ending an item: "NICE TO HAVES / -5+ yrs inpatient"
    r"|\s*(?:inpatient|outpatient|pro-?fee)\b(?=[ \t]*(?:[,;.)]|\n|\Z))"
    # where the work was done: "Two (2) or more years in a skilled nursing setting", "3 years in an acute care
    # environment"
    # ... "at least six months in a physician office", "a year in a hospital HIM department"
    rf"|in\s+(?:an?\s+|the\s+)?{_NOT_SCHOOLING}(?:[\w/&-]+\s+){{0,3}}?(?:setting|environment|facility|office|clinic"
    r"|hospital|department)s?\b"
    # the work right after the figure, up to four words describing it: "2+ years outpatient surgical coding", "3 yrs
    # recent inpatient acute care coding"
    rf"|{_NOT_SCHOOLING}(?!ago\b)(?:[a-z][\w/&-]*\s+){{0,4}}?(?:cod(?:ing|ers?)|auditing|billing|abstract(?:ing|ion)|registry"
    # "5+ years CDI", "3 years HIM", "2 years release of information", "2+ years medical records in long term care"
    r"|CDI|HIM|clinical\s+documentation|health\s+information|release\s+of\s+information)\b"
    # ... right after the figure, on its line (not the next line's title, "5+ yrs" over "Medical Records Clerk"; nor
    # a place of work, "1 year in a medical records ...", which the other words read): "2+ years medical records in
    # long term care", "5 years risk adjustment incl. ACA"
    rf"|{_NOT_SCHOOLING}(?:(?!(?:in|of|at|as|with|a|an|the)\b)[a-z][\w/&-]*[ \t]+){{0,2}}?{_NOT_AT_A_LINE_START}"
    r"(?:medical\s+records?|risk\s+adjustment)\b"
    # "at least two years practice", "2 years clinical practice", up to two words describing it; not time away from
    # it ("4 - 5 months outside of clinical practice") nor a practice's own thing ("a 2 year practice placement",
    # "practice development", "practice educator")
    r"|(?:(?!(?:outside|away|out|of|from|in|at|on|for|to|with|within|the|a|an|our|your|this|their)\b)[a-z][\w/&-]*\s+)"
    r"{0,2}?practi[cs]e\b(?![\s-]+(?:placements?|development|educat\w*|teach\w*|programmes?|courses?|learning"
    r"|based|assessors?|supervisors?|managers?|nurses?|areas?|teams?|staff)\b))",
    re.I,
)
# A doctor's years since qualifying, completed: "must have completed at least four years' full-time postgraduate
# training (or its equivalent)"; not the training a post offers ("The post offers 2 years of postgraduate training")
# ... and the years of a doctor's or a scientist's training completed: "All candidates will need to have completed 4
# years of Higher Medical or Surgical Training", "Completed a minimum of three years of training as a Specialty
# Registrar"
_POSTGRADUATE_TRAINING_AFTER = re.compile(
    r"['’]?\s*(?:of\s+)?(?:\(?full[\s-]?time\)?\s+)?(?:post[\s-]?graduate\s+(?:medical\s+|clinical\s+)?training"
    r"|(?:higher|specialty|specialist)\s+(?:[\w-]+\s+){0,3}?training(?!\s+(?:programmes?|programs?|posts?|schemes?)\b)"
    r"|training\s+as\s+an?\s+(?:[\w-]+\s+){0,2}?(?:registrar|trainee|resident|fellow)"
    # ... or as a trainee, or in posts: "has completed at least 3 years as a trainee clinical scientist", "have
    # completed a minimum of 3 years in approved posts since foundation"
    r"|as\s+an?\s+(?:[\w-]+\s+)?trainee|in\s+(?:[\w-]+\s+){0,2}?posts)\b",
    re.I,
)
_COMPLETED_BEFORE = re.compile(
    r"\b(?:completed|undertaken|had|have|has|possess|minimum(?:\s+of)?|least)\s+(?:[\w’'-]+\s+){0,2}?$", re.I
)
# ", or a Bachelor's degree with ...": another qualification path, whose figure is no share of the one before
_OR_ANOTHER_DEGREE = re.compile(
    r",\s*or\s+(?:an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:degree|bachelor|associate|master|diploma|certificate|high\s+school"
    r"|ged)",
    re.I,
)
# A sentence that opens with a degree and adds fewer years to it: "(a) Three years of experience in the field of
# medical records ... An associate's degree in the health information field plus 1 year of experience ...", a path of
# its own (a degree that stands for some of the experience) whose "(b)" or "OR" the page lost
_DEGREE_PLUS = re.compile(
    r"[\s(\w)]{0,4}?(?:an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:degree|bachelor(?:['’]?s)?|associate(?:['’]?s)?|master(?:['’]?s)?)\b"
    r"[^.;\n]{0,120}?\bplus\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?$",
    re.I,
)
# Before the figure, the job's own term: "a fixed term contract for 2 days a week for 4-6 months", "a secondment
# initially for 12 months"
_JOB_TERM_BEFORE = re.compile(
    # ... "a development post for one year", "a 3-day per week job share for 12 months", "This post is for 6 months"
    r"\b(?:contract|secondment|fixed[\s-]term|maternity|placement|job[\s-]?share|development\s+post|this\s+post)\b"
    r"[^.;:\n]{0,40}?"
    r"\bfor\s+(?:a\s+(?:period|term)\s+of\s+|up\s+to\s+|approx(?:imately|\.)?\s+|around\s+|about\s+)?$"
    # "an experienced Specialty Doctor ... for fixed term of 6 or 12 months"
    r"|\bterm\s+of\s+(?:(?:\d+(?:\.\d+)?|[a-z]+)\s+(?:or|to|-|–)\s+)?$"
    # the parts of the post's own term: "a 12 month fixed term contract with 2 months working in acute medicine"
    r"|\b(?:contract|secondment|rotation|placement|fellowship)\s+(?:with|including|of\s+which)\s+$",
    re.I,
)
# Right after the figure, an age ("young people from 5 to 18 years old", "3 year olds") or the employer's own
# experience ("With hospitals around the country, 30 years of experience in our sector ..., we help patients"), or a
# group's, added up ("Your bargaining team has 30 years of combined experience")
_AN_AGE_OR_OURS_RIGHT_AFTER = re.compile(
    # ... or how long the employer has been going: "a small family owned billing company, 22 years in business"
    r"[\s-]*olds?\b|\s+in\s+(?:business|operation)\b|\s+(?:of\s+)?experience\s+(?:in|within|across)\s+(?:our|the\s+company['’]s)\b"
    r"|\s+(?:of\s+)?(?:combined|collective|cumulative|shared|joint)\s+(?:[\w-]+\s+)?experience\b",
    re.I,
)
# Right after the figure, schooling: "one year above high school", "two years of college", "1 year of graduate
# study"; a figure of schooling is education, even in a sentence that names experience
_SCHOOLING_RIGHT_AFTER = re.compile(
    r"[\s-]+(?:(?:above|beyond|past|after)\s+(?:the\s+)?high[\s-]school\b"
    r"|of\s+(?:full[\s-]time\s+|accredited\s+)?(?:college|university|education|schooling|study|coursework"
    r"|(?:under)?graduate\s+(?:study|education|school)|post[\s-]?secondary)\b)",
    re.I,
)
# A definition, not a requirement: "A full year of work is considered to be 35-40 hours of work per week", "One year
# of full-time academic study is defined as 30 semester hours"
_DEFINED_RIGHT_AFTER = re.compile(
    r"\s+of\s+(?:[\w-]+\s+){0,3}?(?:is|are)\s+(?:considered|defined|counted|deemed|equal)\b"
    # what a figure is worth: "(two (2) years of experience = associate degree)"
    r"|(?:\s+of\s+(?:[\w-]+\s+){0,2}?experience)?\s*=\s*(?:an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:degree|diploma)\b",
    re.I,
)
# Federal grade ladders: "One year of experience equivalent to the next lower grade level" is the condition of one
# grade among several the posting lists, not the basic requirement; it counts only when no other figure is stated
_GRADE_LADDER = re.compile(r"\bnext\s+lower\s+grade\b|\bequivalent\s+to\s+(?:the\s+)?GS-\d", re.I)
# ... and so is any figure under the second or a later grade of a federal "Grade Determinations" list ("GS-3 Medical
# Support Assistant (Entry Level) / ... None beyond the basic requirements. / GS-4 ... One year of experience in
# clerical or office work"): the first grade's requirements are the basic ones
_GRADE_DETERMINATIONS = re.compile(r"\bgrade\s+determinations?\b")
_GRADE_HEADING = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?GS-?[ \t]?\d{1,2}\b", re.M)


def _where_later_grades_begin(text, lower):
    """Where the second grade of a "Grade Determinations" list begins (None: the posting has no such list)."""
    if "GS" not in text or "grade determination" not in lower:
        return None
    determinations = _GRADE_DETERMINATIONS.search(lower)
    if determinations is None:
        return None
    headings = [heading.start() for heading in _GRADE_HEADING.finditer(text, determinations.end())]
    return headings[1] if len(headings) > 1 else None


# Right before the figure, a colleague the post holder works with, whose experience it is: "This role will be
# supported with help from a dietetic assistant practitioner with 4 years' experience", "mentored by a senior nurse
# with over 10 years' experience"
_SOMEONE_ELSES_BEFORE = re.compile(
    r"\b(?:supported|helped|assisted|mentored|supervised|guided|led|managed|overseen)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:by|from)\s+(?:an?|our|the|your)\s+(?:[\w-]+\s+){0,4}?with\s+(?:over\s+|more\s+than\s+|some\s+)?$"
    # ... or the employer's: "a nationally recognized healthcare staffing firm with 30 years of experience placing
    # nurses", "(a CMMI Level 5 certified company, 6,000+ employees, 15 years in US healthcare RCM)"
    # ... "a national leader in health information services with 30+ years of experience"
    r"|\b(?:firm|company|agency|organi[sz]ation|business|vendor|leader|provider)\s+(?:in\s+[^.;\n]{1,60}?\s+)?with\s+"
    r"(?:over\s+|more\s+than\s+|nearly\s+"
    r"|almost\s+|some\s+)?$"
    r"|\b(?:employees|staff|clients|customers|offices|locations|hospitals|clinics|sites|beds|countries)\s*,\s*$"
    # ... or a reader's own, in a thread: "I'm a CCS w/ 8 yrs inpatient coding", "I have about 8 months doing ROI", "I
    # have 9 yrs inpatient coding", "I have the CCA and 3 years of outpatient coding"
    r"|\bi(?:['’]?m|\s+am)\s+(?:an?\s+)?[\w-]+\s+(?:with|w/)\s*$"
    # ... "I'm RHIA, CCS, about 6 yrs IP coding", "I have my RHIA but no coding cert, 5 yrs in HIM"
    r"|\bi(?:['’]?m|\s+am)\s+(?:an?\s+)?(?:[\w-]+\s*(?:,|and|&|/|\+)\s*){1,3}(?:(?:about|around|almost|nearly|over)\s+)?$"
    r"|\bi\s+(?:have|hold)\s+my\s+[^.;?!\n]{0,40}?,\s*(?:(?:about|around|almost|nearly|over)\s+)?$"
    # ... the writer's, in brackets: "I'm the registry supervisor here (ODS-C, 19 yrs in registry lol)"
    r"|\bi(?:['’]?m|\s+am)\b[^.()\n]{0,60}\([^()\n]{0,30}?,\s*(?:about\s+|over\s+|nearly\s+)?$"
    # ... a leader described after a comma: "overseen by our Director of Coding, a CRC and CPC with fifteen years in
    # risk adjustment"
    r"|\bour\s+(?:[\w-]+\s+){0,3}?(?:director|manager|supervisor|lead|chief|officer|founder|president|coordinator"
    r"|educator)(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?\s*,\s*an?\s+[^.;()\n]{0,40}?\bwith\s+"
    r"(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+)?$"
    # ... someone described in brackets: "our Senior Director of HIM (an RHIA with 30 years in the field)"
    r"|\(\s*an?\s+[\w-]+\s+with\s+(?:over\s+|nearly\s+|almost\s+|more\s+than\s+)?$"
    # ... a colleague's time here: "Gary Lindqvist, who has spent 18 years in the cancer registry", "Dana has been
    # here 11 years", "the average tenure in our department is 11 years"
    r"|(?-i:\b[A-Z][\w'’-]+),?\s+who\s+has\s+spent\s+(?:about\s+|over\s+|nearly\s+|almost\s+|more\s+than\s+)?$"
    r"|\b(?:has|have|had)\s+been\s+(?:here|with\s+us|with\s+the\s+(?:team|department|hospital|company|practice))"
    r"\s+(?:for\s+)?(?:about\s+|over\s+|nearly\s+|almost\s+|more\s+than\s+)?$"
    r"|\btenure\b[^.;\n]{0,40}?\b(?:is|of|averages?)\s+(?:about\s+|over\s+|nearly\s+|almost\s+)?$"
    r"|\bi(?:\s+have|['’]ve|\s+had)\s+(?:got\s+)?(?:(?:the\s+|an?\s+|my\s+)?[\w-]+\s*(?:\band\b|\+|&)\s*)?"
    r"(?:(?:about|around|almost|nearly|over|roughly)\s+)?$"
    # ... or someone a reader asks about: "Is the 3 yrs flexible if someone has 6+ yrs inpatient coding?"
    r"|\bif\s+(?:someone|somebody|anyone|anybody|a\s+candidate|an\s+applicant)\s+(?:only\s+)?(?:has|had|with)\s+"
    r"(?:about\s+|over\s+|more\s+than\s+|only\s+)?$"
    # ... or a reader's own, after what they earned: "Got my CRC last month 🎉 only 8 months experience though"
    r"|\b(?:got|earned|passed|finished)\s+my\b[^.\n]{0,40}?\bonly\s+(?:about\s+|around\s+)?$"
    # ... a figure averaged over people: "The coders we placed this quarter averaged 7 years of experience"
    r"|\baverag(?:e|ed|es|ing)\s+(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+)?$"
    # ... how long the employer has served: "serving the valley for 25+ years"
    r"|\b(?:serving|served|caring\s+for)\s+(?:[\w'’-]+\s+){0,4}?for\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+)?$"
    # ... or how long the employer, its team or a client has been going: "a fun team that has been together 10+
    # years", "open 15 yrs", "in business for over 20 years", "This client has been a customer of ours for 15+ years"
    r"|\b(?:been\s+together|in\s+business|been\s+around|been\s+open|open|operating|established"
    r"|been\s+(?:an?\s+|our\s+)?(?:customer|client|partner)s?(?:\s+of\s+(?:ours|us|theirs|mine))?)\s+(?:for\s+)?"
    r"(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+)?$",
    re.I,
)
_ABOUT_EMPLOYER = re.compile(
    r"(?i:\b(?:we|our\s+\w+|company|organi[sz]ation)\s+(?:have|has|bring|brings)\b)"
    # the staff's: "our coding professionals average 11 years of experience"
    r"|(?i:\bour\s+(?:[\w-]+\s+){0,2}?(?:team|staff|coders|professionals|employees|colleagues|auditors|registrars"
    r"|specialists|nurses|clinicians)\s+(?:members\s+)?(?:average|averages|have|has|bring|brings)\b)"
    # a named employer: "BrisDoc has nearly 20 years' experience of delivering primary health care"
    r"|\b[A-Z][\w&'’-]*\s+has\s+(?:nearly|almost|over|more\s+than|around|about|some)\s",
)
# Between the employer's words and the figure, the job or the candidate: "We have Bank opportunities for experienced
# Occupational Therapists who have a minimum of 12 months post graduate experience", "We have an exciting opportunity
# for a Radiographer ..., with at least 18months post qualification experience" (not "We have a team who have 20 years")
_THE_CANDIDATE = re.compile(
    r"\b(?:opportunit(?:y|ies)|vacanc(?:y|ies)|posts?|positions?|roles?)\s+for\b|\b(?:candidates?|applicants?|you)\b"
    # "We have an exciting opportunity to work in this new area and we are looking for a Band 5 registered Nurses with
    # 6 months surgical ... experience"
    r"|\b(?:looking|searching|seeking)\s+for\b",
    re.I,
)
# "More than 3 years ..." and "Over two years ..." where a requirement starts (a line, a label, "must have", "you will
# have", "candidates with"): a minimum. Elsewhere "over" and "more than" describe ("a provider with over 30 years'
# experience", "pay for more than 2 years' experience"), and ``_NOT_A_REQUIREMENT_BEFORE`` sets them aside
_MORE_THAN_AS_A_MINIMUM = re.compile(
    r"(?:(?:^|\n)[ \t]*(?:[-•*·▪][ \t]*)?|[:;][ \t]*|\b(?:requires?|possess(?:es)?|minimum\s+of"
    # what the candidate will have: "The ideal candidate will ... have over 5 years work experience"
    r"|(?:will|would|must|should|shall|to|and|ideally|you|also)\s+have"
    # not a condition that opens a sentence: "For candidates with more than 3 years of post-qualification experience,
    # ..." (but "Applications are invited for those with greater than eighteen months")
    # ... "Applications are invited for those with greater than eighteen months of anaesthetic experience"
    r"|(?<!^for\s)(?<!\nfor\s)(?<!\.\sfor\s)(?<![-•*]\sfor\s)"
    r"(?:candidates?|applicants?|individuals?|someone|person|those|people)\s+(?:with|who\s+(?:has|have)))\s+)"
    r"(?:over|(?:more|greater)\s+than)\s+$",
    re.I,
)
_SUBJECTS = (
    ("coding", re.compile(r"\bcod(?:ing|er)\b", re.I)),
    ("cancer_registry", re.compile(r"\b(?:cancer|tumou?r)\s+regist|\babstract", re.I)),
    ("cdi", re.compile(r"\bclinical\s+documentation|\bCDI\b", re.I)),
    ("auditing", re.compile(r"\baudit", re.I)),
    (
        "billing",
        re.compile(
            r"\bbilling\b|\brevenue\s+cycle\b|\bdenials?\s+management|\b(?:a/?r|accounts\s+receivable)\s+follow"
            r"|\bpayment\s+posting|\bcharge\s+entry",
            re.I,
        ),
    ),
    (
        "health_information",
        re.compile(r"\bhealth\s+information|\bHIM\b|\bmedical\s+records?\b|\brelease\s+of\s+information\b", re.I),
    ),
)


# The unit words, looked for in the lower-case text: a pattern that starts with a plain letter is
# found many times faster than one searched for with re.I, and each of these two starts with one.
_YEARS = re.compile(r"y(?:ears?|rs?\.?)(?:['’]s?)?(?!\w|-(?!experience))")
# "6 mos. of coding experience": the short form of job boards' lines too
_MONTHS = re.compile(r"mo(?:nths?|s\.?)(?:['’]s?)?(?!\w|-(?!experience))")


# Hours of experience, which registries and Canadian hospitals count: "1,950 hours of cancer registry experience", "a
# minimum of 2,000 hours of paid coding and abstracting experience" (the word "experience" within five words after;
# not "40 hours a week")
_HOURS = re.compile(r"h(?:ours|rs\.?)(?=\s+(?:of\s+)?(?:[\w/&,-]+\s+){0,5}?experience\b)")
_DURATION_IN_HOURS = re.compile(
    r"\b(?P<num>\d{1,2},?\d{3})(?P<digits>(?!))?(?:\s*\+|\s*or\s+more)?(?P<num2>(?!))?(?P<hyphen>(?!))?"
    r"\s*(?P<unit>hours|hrs\.?)",
    re.I,
)
# A training program's hours, not a bar: "Eligibility for the exam will be met through the trainee program hours
# (1,950 hours of registry experience)"
_A_PROGRAM_S_HOURS_BEFORE = re.compile(
    r"\b(?:program|programme|practicum|trainee|traineeship|training|internship|externship)\b[^.;\n]{0,30}\Z", re.I
)
_COMPLETION_RIGHT_BEFORE = re.compile(
    r"\bcomplet(?:ion|ing|ed)\s+(?:of\s+)?(?:at\s+least\s+|a\s+minimum\s+of\s+)?\Z", re.I
)
#: Hours of work in a year, as NCRA counts one year of registry experience; a figure in hours is read to the nearest
#: half year ("2,000 hours": one year), and one under :data:`FEWEST_HOURS` is no figure of years (an externship's "120
#: hours")
HOURS_A_YEAR = 1950
FEWEST_HOURS = 900

_START = methodcaller("start")
# Where the words after a figure stop saying what it is of: "3 years of HIM experience; MRCP would be an advantage"
_CLAUSE_END = re.compile(r"[.;]")

# A form's label and its value: "Years of Experience: 2", "Years of relevant experience: 3-5" (the lower figure),
# with the groups of ``_DURATION`` ("digits" never takes part)
_YEARS_LABEL = re.compile(
    r"(?P<unit>years?)\s+of\s+(?:[\w-]+\s+){0,2}?experience[ \t]*(?:\((?:required|preferred|minimum)\)[ \t]*)?"
    r"[:=][ \t]*(?P<num>\d{1,2}(?:\.\d+)?)(?P<digits>(?!))?(?:[ \t]*(?:-|–|to)[ \t]*\d{1,2})?[ \t]*\+?(?![\w.])",
    re.I,
)

# A line that names experience and nothing else: "Experience:", "**Experience**", "Work experience", "Experience
# (required)", "Required Related Experience"; not a list's own line ("Unplanned care experience")
_EXPERIENCE_HEADING = re.compile(
    # ... two words before it: "Required Related Experience" over "2 yrs"
    r"[\s#*_]*(?:(?:work|relevant|related|professional|previous|prior|required|preferred|minimum)\s+){0,2}experiences?"
    r"(?:\s*\(?(?:required|preferred|desired|essential|desirable)\)?)?[\s:*_]*",
    re.I,
)
# A line of a list under it: a bullet, or a label and its value ("Medical coding: 2 years (Required)"), or the figure
# and then what it is of, as Workday writes them ("3 years - Acute care clinical nursing (Required)")
_LIST_LINE = re.compile(
    r"\s*(?:[-•*·▪]\s*\S|[^\n:]{1,60}:\s*\S|\d+(?:\.\d+)?\+?[ \t]*(?:years?|months?)[ \t]+[-–][ \t]*\S"
    # ... or the figure alone on its line: "Required Related Experience" over "2 yrs"
    r"|\d+(?:\.\d+)?\+?[ \t]*(?:years?|yrs?\.?|months?|mos\.?)[ \t]*(?:\((?:required|preferred)\))?[ \t]*(?=\n|\Z)"
    # a form's boxes: "☐ None   ☐ Less than 1 year   ☑ 1-2 years   ☐ 3-5 years"
    r"|(?:[☐☑☒✓✔✅]|\[[ xX✓✔]\])\s*\S)"
)
# A box left blank right before a figure: "☐ Less than 1 year", "[ ] 3-5 years"
_UNTICKED_BEFORE = re.compile(r"(?:☐|\[ \])[ \t]*(?:(?:less|more|fewer)[ \t]+than[ \t]+)?\Z", re.I)
_TICKED_BOX = re.compile(r"☑|☒|✅|\[[xX✓✔]\]")
# A key that gives a blank box a meaning of its own: "☐ = preferred"
_A_KEY_TO_BLANK_BOXES = re.compile(r"(?:☐|\[ \])[ \t]*[=:]")


def _a_choice_not_ticked(text, start):
    """Whether the figure at ``start`` is a form's choice left blank on a line where another is ticked: "☐ None   ☐
    Less than 1 year   ☑ 1-2 years   ☐ 3-5 years" (not where a key gives blank boxes a meaning: "☐ = preferred")."""
    if not _UNTICKED_BEFORE.search(text, max(0, start - 24), start):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return _TICKED_BOX.search(line) is not None and _A_KEY_TO_BLANK_BOXES.search(text) is None


#: How many list lines may stand between the heading and the figure's line.
_HEADING_REACH = 12


# A table row whose label names experience: "Experience<tab>Minimum 5 years ...<tab>7+ years, including ...",
# "| Experience | 5+ years ... | 7+ years |"
#: A row's line whose label's cell is blank: it goes on with the row above
_BLANK_LABEL_CELL = re.compile(r"\t|[ \t]*\|[ \t]*\|")
_EXPERIENCE_ROW_LABEL = re.compile(r"[ \t|]*(?:[\w/&-]+[ \t]+){0,2}?experience[ \t]*:?[ \t]*(?:\t|\|)", re.I)
# "4 years of relevant experience in lieu of degree": a way to meet the education requirement, not experience asked
_IN_LIEU_OF_EDUCATION = re.compile(
    # not across another figure, whose the "in lieu of" is: "Associate's degree and 2 years' experience, or 4 years'
    # experience in lieu of degree"
    # ... nor past a line's end that ends its sentence too: a line wrapped in its sentence, as a PDF's are ("four\n(4)
    # years of relevant experience may be\nsubstituted for the bachelor's degree"), goes on
    r"(?:[^.;\t\n0-9]|\n(?![ \t]*(?:\n|[-•*]|$))){0,80}?"
    r"\b(?:in\s+lieu\s+of|in\s+place\s+of|instead\s+of|substitut\w*\s+for)\s+(?:an?\s+|the\s+)?"
    # ... the degree named by its level: "an associate degree with five years of relevant experience in place of the
    # bachelor's"; or another kind of experience: "eighteen months of pro-fee coding in place of RA experience"
    r"(?:(?:[\w'’-]+\s+){0,2}?(?:degree|education|diploma|bachelor['’]?s|associate['’]?s|master['’]?s)\b"
    r"|(?:[\w'’/-]+\s+){1,2}?experience\b"
    # or of a credential: "An RHIT with ... 7+ years of HIM leadership experience will be considered in lieu of the
    # RHIA"; "Four (4) years of ... coding experience may be accepted in lieu of the credential"
    r"|(?-i:[A-Z]{3,6})\b|(?:[\w'’-]+\s+){0,2}?(?:credential|certification|registration|licen[cs]e|licensure)s?\b)",
    re.I,
)
# ... said before the figure, in its sentence: "In lieu of a degree, four (4) years of professional-fee coding
# experience will be considered"
_IN_LIEU_OF_EDUCATION_BEFORE = re.compile(
    r"\b(?:in\s+lieu\s+of|in\s+place\s+of|instead\s+of)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?"
    # ... every figure of its sentence: "In lieu of an Associate's degree, two (2) additional years of coding
    # experience (nine years in total) will be accepted"
    # ... a degree by its letters: "In lieu of BS, an additional 4 years of relevant experience (9 yrs total)"
    # (over a line wrapped inside the sentence, as e-mails and PDFs wrap: "In lieu of a bachelor's degree, an\nassociate
    # degree plus seven (7) years ...")
    # (not past ", and", which adds a requirement of its own: "... four years of directly related experience in lieu of
    # the degree, and at least two years of trauma registry ... experience")
    r"(?:degree|education|diploma|(?-i:BA|BS|BSc|AA|AS|AAS|MA|MS|MBA|MHA|GED|HS))\b"
    r"(?:(?!,\s+and\b)[^.;\t\n]|\n(?![ \t]*\n))*\Z"
    # ... or a lower degree accepted on that condition: "I will accept an associate degree in HIT instead if you also
    # have four years of data or coding experience"
    r"|\b(?:accept|consider)\s+(?:an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:degree|diploma)\b[^.;\n]{0,40}?\binstead\s+if\b"
    r"[^.;\t\n]*\Z",
    re.I,
)
# ... or another route, or a later step, said right before the figure: "RHIT required, unless you have 5 or more years
# of HIM experience", "The degree requirement is waived for candidates who hold an active ODS-C and have 5 or more
# years", "Trainees are supported to sit the National Clinical Coding Qualification once they have at least 24 months"
_ON_ANOTHER_ROUTE_BEFORE = re.compile(
    r"\bunless\s+(?:you|they|the\s+(?:candidate|applicant))\s+(?:already\s+)?(?:have|has|hold|holds|bring|brings)\s+"
    r"(?:at\s+least\s+|a\s+minimum\s+of\s+|over\s+|more\s+than\s+)?\Z"
    r"|\bwaived\s+(?:for|if|when)\b[^.;\n]*\Z"
    r"|\bonce\s+(?:they|you|the\s+postholder)\s+(?:have|has)\s+(?:completed\s+|gained\s+|accrued\s+)?"
    r"(?:at\s+least\s+|a\s+minimum\s+of\s+)?\Z"
    # what another credential or route needs, the post's own bar being elsewhere: "NHA's CBCS will be considered for
    # candidates with 3+ years of radiology-specific coding", "An RHIT or RHIA may be substituted for the CCS if the
    # candidate has five (5) years of inpatient coding experience"
    r"|\bsubstitut(?:ed|e)\s+for\b[^.;\n]{0,60}?\bif\s+(?:the\s+)?(?:candidate|applicant|you|they)\s+(?:has|have|holds?)\s+"
    r"(?:at\s+least\s+|a\s+minimum\s+of\s+)?\Z"
    r"|\b(?:will|would|may|can|is|are)\s+(?:also\s+)?(?:be\s+)?(?:considered|accepted)\s+(?:for|from|of)\s+"
    r"(?:candidates|applicants|those|coders|holders|individuals|people)\s+(?:with|who\s+have|having)\s+"
    r"(?:at\s+least\s+|a\s+minimum\s+of\s+|over\s+|more\s+than\s+)?\Z",
    re.I,
)
# Right before a figure, "or" that offers it as another choice than a figure before it in the sentence: "one year of
# bookkeeping experience, or two years of clerical experience"; the lower figure is the bar
_OR_RIGHT_BEFORE = re.compile(
    r"(?<!and/)\bor\s+(?:an?\s+|at\s+least\s+|a\s+minimum\s+of\s+|minimum\s+(?:of\s+)?)?\Z", re.I
)
# Right after a figure, the lower route the posting allows besides a figure before it in the sentence: "We normally ask
# for a year of outpatient coding, but six months is enough if it was in an emergency department"; the lower is the bar
_ENOUGH_IF = re.compile(_ENOUGH_IF_WORDS, re.I)
# Between two figures, "or" that opens another kind of candidate with a figure of its own: "a First level registered
# nurse with ... three years post qualification experience or a qualified pharmacist with current GPhC registration
# and two years' post-qualification experience"; the two are choices, and the lower is the bar
_OR_ANOTHER_CANDIDATE = re.compile(
    r"\bor\s+(?:be\s+)?(?:an?\s+)?(?:qualified|registered|certified|licensed|chartered|accredited)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:with|who|holding)\b",
    re.I,
)
# After the figure, "or" that opens another route naming no figure: "18 months post registration experience or
# experience in a similar role", "at least 2 years of band 6 ward experience or a senior nurse with other relevant
# service improvement", "... looking to move into management or you are already working in a similar capacity"; the
# lowest route asks for no length of time
_OR_A_ROUTE_OF_NO_FIGURE = re.compile(
    r"[^.;\n]{0,90}?\bor\s+(?:you\s+are\s+(?:already\s+)?(?:working|employed)\b"
    r"|(?:an?\s+)?(?:senior|experienced|qualified|registered)\s+(?:[\w-]+\s+){0,2}?with\b"
    r"|(?:relevant\s+)?experience\s+(?:in|of|within)\s+(?:an?\s+)?(?:similar|equivalent|comparable)\s+"
    r"(?:role|capacity|post|position|setting)s?\b)",
    re.I,
)
# An alternative route opened by a capital "OR" earlier in the line ("... experience;OR, An associate's degree ...
# and three years ...", "... -OR- RHIA, RHIT or CCS credential with 5+ yrs"): its figure is not the main route's
_OR_ROUTE = re.compile(r"(?-i:\bOR\b)")
_LOWER_CASE = re.compile(r"[a-z]")


def _in_an_experience_row(text, start):
    """Whether ``start`` is in a cell of a table row labelled experience (or on the row's next line, its label's
    cell blank: "Experience<tab>5 years ... (Level I trauma or academic" over "<tab>medical center)<tab>7 years")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if not ("\t" in before or "|" in before):
        return False
    if _EXPERIENCE_ROW_LABEL.match(text, line_start) is not None:
        return True
    if line_start == 0 or not _BLANK_LABEL_CELL.match(text, line_start):
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    return _EXPERIENCE_ROW_LABEL.match(text, above) is not None


def _under_an_experience_heading(text, start):
    """Whether the line of ``start`` is in a list right under a heading that names experience.

    Job boards render a posting's qualifications as "Experience:" and, one a
    line, "- Medical coding: 2 years (Required)": the heading says what the
    figures are of.
    """
    line_start = text.rfind("\n", 0, start) + 1
    if not _LIST_LINE.match(text, line_start):
        return False  # a sentence of its own under the heading ("We have 20 years of ...") says what it says
    for _ in range(_HEADING_REACH + 1):
        if line_start == 0:
            return False
        previous_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[previous_start : line_start - 1]
        if _EXPERIENCE_HEADING.fullmatch(line):
            return True
        if line.strip() and not _LIST_LINE.match(line):
            return False
        line_start = previous_start
    return False


# A job board's line of its own, with no heading above it: "Medical coding: 1 year (Preferred)", "ICD-10: 2 years
# (Required)". The label names the work and the cue alone in parentheses says that it is asked; a duration with no
# such cue ("Contract length: 12 months") is not read this way.
_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-•*·▪][ \t]*)?(?P<label>[^\W\d_][^\n:]{0,59}):[ \t]*\Z")
_REST_OF_THE_LINE = re.compile(r"[ \t]*(?:\((?P<cue>required|preferred)\)[ \t]*)?(?:\r?\n|\Z)", re.I)


def _line_label(text, start, end):
    """The label of a "label: figure" line whose figure is ``text[start:end]``, and whether a cue ends the line.

    "Medical coding: 1 year (Preferred)" gives ("Medical coding", True): what
    the figure is of, and that it is asked. ``(None, False)`` for any other line.
    """
    rest = _REST_OF_THE_LINE.match(text, end)
    if rest is None:
        return None, False
    label = _LABEL_BEFORE.search(text, max(0, start - 72), start)
    if label is None:
        return None, False
    return label.group("label").strip(), rest.group("cue") is not None


def _a_product_s_name(doc, text, start, label):
    """Whether the label of the line of the figure at ``start`` is all one software product's name (a mention of
    the vocabulary's software): a board's "NextGen: 1 year (Preferred)", "Epic: 2 years (Required)"."""
    label_start = text.rfind(label, max(0, start - 72), start)
    label_end = label_start + len(label)
    return label_start >= 0 and any(
        ent.label_ == "software" and ent.start_char <= label_start and label_end <= ent.end_char for ent in doc.ents
    )


def _units(lower):
    """Every "year(s)", "yr(s)(.)" and "month(s)" (any case) in ``lower``, the lower-case text, in order, and the
    "hours" of experience."""
    return sorted([*_YEARS.finditer(lower), *_MONTHS.finditer(lower), *_HOURS.finditer(lower)], key=_START)


def _durations(text, lower):
    """Matches of ``_DURATION``, looked for only just before each unit word: most of a posting has none.

    And the label of a form, whose figure comes after the unit: "Years of
    Experience: 2" (a match of ``_YEARS_LABEL``, with the same groups).
    """
    seen_end = -1
    for unit in _units(lower):
        window_start = max(0, unit.start() - 48)
        pattern = _DURATION_IN_HOURS if unit.re is _HOURS else _DURATION
        for match in pattern.finditer(text, window_start, unit.end()):
            if pattern is _DURATION_IN_HOURS and (
                int(match.group("num").replace(",", "")) < FEWEST_HOURS
                or _A_PROGRAM_S_HOURS_BEFORE.search(text, max(0, match.start() - 40), match.start())
            ):
                break
            if match.end() == unit.end() and match.start() >= seen_end:
                seen_end = match.end()
                yield match
                break
        else:
            label = _YEARS_LABEL.match(text, unit.start())
            if label is not None and label.start() >= seen_end:
                seen_end = label.end()
                yield label


def _number(word):
    return number_from_words(word)


# Another kind of applicant's route, the post's own bar being elsewhere: "Diploma holders with 3+ yrs of coding
# experience also can walk in", "Undergraduates ... with at least 2 years of ... coding experience may also apply"
# (right after the figure, no "but" between: not "preferably at least 6 months experience, but newly qualified nurses
# will also be considered", whose figure is the post's)
_OTHERS_MAY_ALSO_APPLY = re.compile(
    r"(?:(?!\bbut\b|\bhowever\b)[^;\n]){0,80}?\b(?:(?:also\s+(?:can\s+|may\s+)?|(?:may|can)\s+also\s+)"
    r"(?:apply|walk[\s-]?in|attend)"
    # ... "Candidates holding a CCA with at least three years of inpatient coding experience will also be considered"
    r"|(?:will|would|may|can)\s+also\s+be\s+considered)\b",
    re.I,
)
# After a figure, the level or role it is asked for, up to the end of its part: "6 months of pro-fee coding at the
# Coding Associate tier; 2 years for Coder; 5 years for Senior Coder" (two such figures in a sentence are choices, each
# for a level of its own, and the lowest is the bar)
_FOR_A_LEVEL = re.compile(
    r"(?:[^;.\n\t]{0,60}?[ \t])?(?:for|at)[ \t]+(?:the[ \t]+|an?[ \t]+)?(?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*"
    r"(?:[ \t]+(?:tier|level|position|role))?[ \t]*(?=[;,)\t]|\n|$)"
)
# Another kind of applicant with a figure, in brackets, that the employer would consider: "Current RN license (LPNs
# with 3+ years of MDS experience considered)" (what comes before the figure, then after it)
_IN_BRACKETS_WITH = re.compile(
    r"\([ \t]*[A-Za-z][^()\n]{0,40}?\bwith\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|over\s+)?\Z", re.I
)
_CONSIDERED_TO_THE_BRACKET = re.compile(
    r"[^()\n]{0,80}?\b(?:(?:also\s+)?(?:considered|accepted|welcome|eligible)|may\s+(?:also\s+)?apply)[ \t]*\)", re.I
)
# A preference right before a figure: "... and I'd rather see two years", "For the II level we lean toward 5+ years"
_A_PREFERENCE_RIGHT_BEFORE = re.compile(
    r"\b(?:rather\s+(?:see|have)|lean(?:s|ing)?\s+towards?|prefer|would\s+(?:like|love)\s+(?:to\s+see\s+)?|ideally"
    # a label: "Two (2) years of cancer registry abstracting ... Preferred: 5 years, incl. analytic case abstracting"
    r"|(?:preferred|desired|desirable)[ \t]*:)"
    r"\s+(?:(?:people|someone|candidates|applicants)\s+with\s+)?(?:at\s+least\s+|a\s+minimum\s+of\s+)?\Z",
    re.I,
)
# What may stand before a figure that opens its sentence: "Five years preferred.", "- And at least 5 years preferred"
_OPENS_ITS_SENTENCE = re.compile(r"[\s\-–•*·▪]*(?:(?:and|but|or)\s+)?(?:at\s+least\s+|a\s+minimum\s+of\s+)?", re.I)
# ... or right after it: "Two years or more would be nice"
_A_PREFERENCE_RIGHT_AFTER = re.compile(
    r"(?:\s+or\s+(?:more|longer))?\s+(?:would|will)\s+be\s+(?:nice|great|better|ideal|a\s+plus|preferred)\b", re.I
)
# ... or a predicate of its strength: "5+ years is ideal.", "3 years is the minimum", "Two years or more is a must"
_ITS_STRENGTH_AS_A_PREDICATE = re.compile(
    r"\+?(?:\s+or\s+(?:more|longer))?\s+(?:is|are|would\s+be|will\s+be)\s+(?:strongly\s+)?(?:ideal|preferred|desired"
    r"|required|needed|necessary|expected|a\s+must|the\s+minimum|a\s+plus|great)\b",
    re.I,
)
# The field's work that a sentence may speak of, for a figure of the next sentence that says no more than its strength:
# "We need someone who really knows outpatient surgery coding. 5+ years is ideal."; not schooling ("An associate degree
# in HIT. 2 years required.")
_THE_FIELDS_WORK = re.compile(
    r"\b(?:cod(?:ing|ers?)|bill(?:ing|ers?)|abstract(?:ing|ion|ors?)|regist(?:ry|rars?)|audit(?:ing|ors?)|release\s+of\s+information"
    r"|medical\s+records?|health\s+information|(?-i:HIM)|cdi|clinical\s+documentation)\b",
    re.I,
)
_SCHOOLING = re.compile(
    r"\b(?:degree|diploma|college|university|school|coursework|courses?|program(?:me)?|certificate|graduate)\b", re.I
)
# A strength right after a figure, with nothing between: "3+ years preferred", "4 years (preferred)"
_A_STRENGTH_RIGHT_AFTER = re.compile(
    r"[ \t]*\(?(?:strongly[ \t]+)?(?:preferred|desired|desirable|required|a[ \t]+plus|ideal)\b", re.I
)


@hookimpl
def screener_extract(doc, posting):
    text = posting.text
    found: list[ExperienceRequirement] = []
    grade_ladder: list[ExperienceRequirement] = []
    earlier_in_sentence: dict[int, float] = {}  # sentence start -> the largest figure read so far in that sentence
    figure_ends: dict[int, int] = {}  # sentence start -> where the last figure read in that sentence ends
    shared: set[int] = set()  # starts of the sentences in which a figure was a share of a larger one
    largest_on_line: dict[int, float] = {}  # line start -> the largest figure read so far on that line
    chosen_in_sentence: dict[int, ExperienceRequirement] = {}  # sentence start -> the last figure found in it
    chosen_in_paragraph: set[int] = set()  # starts of the paragraphs in which a figure was found
    paragraphs = _Paragraphs(text)
    set_aside: set[int] = set()  # ids of figures found, then set aside for a lower choice after them
    capital_or_routes = _CapitalOrRoutes(text)
    # (the lower-case text: Markdown's bold markers are blanks in it, "**2+ years** of coding, **or** 3+ years")
    lower = doc._.screener.lower
    later_grades = _where_later_grades_begin(text, lower)
    durations = list(_durations(text, lower))
    added_to_a_route: set[int] = set()  # starts of figures added to the one before them on a route set aside
    for index, match in enumerate(durations):
        start, end = match.span()
        if start in added_to_a_route:
            continue
        if (
            (
                _NOT_A_REQUIREMENT_BEFORE.search(text, max(0, start - 25), start)
                and not (
                    _MORE_THAN_AS_A_MINIMUM.search(text, max(0, start - 40), start)
                    and (_EXPERIENCE_SOON_AFTER.match(text, end) or _WORK_AFTER.match(text, end))
                )
                # "shall have completed 4 years full time postgraduate training": a doctor's years since qualifying
                and not _POSTGRADUATE_TRAINING_AFTER.match(text, end)
                # "Completion of 1,950 hours of cancer registry experience": hours are counted only before
                # "experience", which is what is completed
                and not (
                    match.re is _DURATION_IN_HOURS and _COMPLETION_RIGHT_BEFORE.search(text, max(0, start - 25), start)
                )
            )
            or _PART_OF_ANOTHER.match(text, end)
            or _HOW_LONG_THE_JOB_LASTS.match(text, end)
            or _SCHOOLING_RIGHT_AFTER.match(text, end)
            or _AN_AGE_OR_OURS_RIGHT_AFTER.match(text, end)
            or _DEFINED_RIGHT_AFTER.match(text, end)
            or _JOB_TERM_BEFORE.search(text, max(0, start - 80), start)
            or _AGES_BEFORE.search(text, max(0, start - 16), start)
            or _MONTHS_TO_BEFORE.search(text, max(0, start - 40), start)
            or _SOMEONE_ELSES_BEFORE.search(text, max(0, start - 120), start)
            or (("☐" in text or "[ ]" in text) and _a_choice_not_ticked(text, start))
        ):
            continue
        sentence_start, sentence_end = doc._.screener.sentence(start)
        if end > sentence_end:
            # a figure a hard line break parts from its unit, the next line taken for a numbered item: "two\n(2) years
            # of experience analyzing ..." (a form's text): the sentence goes on to the unit's
            sentence_end = doc._.screener.sentence(end - 1)[1]
        sentence = text[sentence_start:sentence_end]
        about_employer = _ABOUT_EMPLOYER.search(sentence)
        if about_employer and not (
            sentence_start + about_employer.end() <= start
            and _THE_CANDIDATE.search(text, sentence_start + about_employer.end(), start)
        ):
            continue
        label, cued_line = _line_label(text, start, end)
        if cued_line and label is not None and _a_product_s_name(doc, text, start, label):
            continue  # a board's line of time in a product, not of work: "NextGen: 1 year (Preferred)"
        if not (
            _EXPERIENCE.search(sentence)
            or _WORK_AFTER.match(text, end)
            # "have worked in a coding role for a period of at least 18 months", "have held a senior position within an
            # Audiology Department for at least 2 years": the words reach up to about 75 characters back
            or _WORKED_FOR_BEFORE.search(text, max(0, start - 130), start)
            or (
                _POSTGRADUATE_TRAINING_AFTER.match(text, end)
                and _COMPLETED_BEFORE.search(text, max(0, start - 40), start)
            )
            or _under_an_experience_heading(text, start)
            or cued_line
            or _in_an_experience_row(text, start)
            # a second figure of the same work, its strength right after it or a preference right before it, in its
            # sentence or paragraph: "Minimum 1 year of ASC coding; 3+ years preferred", "2+ years of outpatient coding
            # required. Five years preferred.", "... at least six months in a physician office - and I'd rather see
            # two years"
            or (
                (sentence_start in chosen_in_sentence or paragraphs.start_of(start) in chosen_in_paragraph)
                and (
                    _A_PREFERENCE_RIGHT_BEFORE.search(text, max(0, start - 60), start)
                    # (in a later sentence, only a figure that opens it: not a product's "Epic 1 year (Required)")
                    or (
                        (
                            sentence_start in chosen_in_sentence
                            or _OPENS_ITS_SENTENCE.fullmatch(text, sentence_start, start)
                        )
                        and (_A_STRENGTH_RIGHT_AFTER.match(text, end) or _A_PREFERENCE_RIGHT_AFTER.match(text, end))
                    )
                )
            )
            # a figure whose sentence says no more than its strength, after a sentence of the field's work: "We need
            # someone who knows outpatient surgery coding well. 5+ years is ideal."
            or (
                _OPENS_ITS_SENTENCE.fullmatch(text, sentence_start, start)
                and (_A_STRENGTH_RIGHT_AFTER.match(text, end) or _ITS_STRENGTH_AS_A_PREDICATE.match(text, end))
                and _work_in_the_sentence_before(doc, text, sentence_start)
            )
        ):
            continue
        if _OTHERS_MAY_ALSO_APPLY.match(text, end, sentence_end) or (
            _IN_BRACKETS_WITH.search(text, max(0, start - 60), start) and _CONSIDERED_TO_THE_BRACKET.match(text, end)
        ):
            # "Diploma holders with 3+ yrs of coding experience also can walk in", "Current RN license (LPNs with 3+
            # years of MDS experience considered)": another kind of applicant
            continue
        route_of_no_figure = _OR_A_ROUTE_OF_NO_FIGURE.match(text, end)
        if route_of_no_figure and not _DURATION.search(text, route_of_no_figure.end(), route_of_no_figure.end() + 60):
            continue  # "... or a senior nurse with ...": another route, of no figure
        if (
            _IN_LIEU_OF_EDUCATION.match(text, end)
            or _IN_LIEU_OF_EDUCATION_BEFORE.search(text, sentence_start, start)
            or _ON_ANOTHER_ROUTE_BEFORE.search(text, sentence_start, start)
            or (
                capital_or_routes.opens_one_before(start, sentence_start)
                and doc._.screener.path(start) is None
                # the "OR" right before the figure offers a choice of figures, as "or" does: "3 years of acute care
                # clinical experience OR 2 years of inpatient CDI experience"
                and not _OR_RIGHT_BEFORE.search(lower, max(0, start - 40), start)
            )
        ):
            continue  # in place of a qualification; on a route a capital "OR" opens (not a path the layout shows)
        if (
            match.re is _DURATION
            and match.group("hyphen")
            and not match.group("unit").rstrip(".").lower().endswith("s")
            and not _EXPERIENCE_RIGHT_AFTER.match(text, match.end())
            and not _SINCE_QUALIFYING_RIGHT_AFTER.match(text, match.end())
        ):
            continue
        if match.group("digits") is not None and float(match.group("digits")) != _number(match.group("num")):
            continue  # "three (5) years": the posting contradicts itself
        years = _years_of(match)
        line_start = text.rfind("\n", 0, start) + 1
        if years < largest_on_line.get(line_start, 0.0) and _DEGREE_PLUS.fullmatch(text, sentence_start, start):
            continue  # "... Three years of experience .... An associate's degree ... plus 1 year": another path
        larger = earlier_in_sentence.get(sentence_start, 0.0)
        if larger and _OR_ANOTHER_DEGREE.search(text, figure_ends.get(sentence_start, start), start):
            if years > larger:
                # "Bachelor's degree and 3 years of experience, or Associate's degree and 5 years": the later route
                # asks more of a lesser degree; the first route's figure is the bar, as the labellers read it
                continue
            larger = 0.0  # "Associate degree with 3 years of experience, or Bachelor's degree with 1 year": a new path
        largest_on_line[line_start] = max(largest_on_line.get(line_start, 0.0), years)
        previous = chosen_in_sentence.get(sentence_start)
        if previous is not None and (
            _OR_RIGHT_BEFORE.search(lower, max(figure_ends[sentence_start], start - 40), start)
            or _OR_ANOTHER_CANDIDATE.search(text, figure_ends[sentence_start], start)
            or _ENOUGH_IF.match(text, end)
            or (_FOR_A_LEVEL.match(text, end) and _FOR_A_LEVEL.match(text, figure_ends[sentence_start]))
        ):
            # another choice than the figure before it: the lower of the two is the bar
            added = _added_after(text, durations, index, sentence_end)
            if years + sum(_years_of(m) for m in added) >= previous.years:
                # (the route's figures add up: "five (5) years ..., or three (3) years of inpatient coding plus two
                # (2) years of DRG validation" asks five either way)
                added_to_a_route.update(m.start() for m in added)
                continue
            set_aside.add(id(previous))
            larger = 0.0  # ... and no share of it: "3 years ... or a certified coder with 2 years ..."
        earlier_in_sentence[sentence_start] = max(larger, years)
        figure_ends[sentence_start] = end
        if years < larger and (
            _SHARE_OF_A_LARGER_FIGURE.search(text, max(sentence_start, start - 30), start)
            or (
                _AFTER_A_COMMA.search(text, max(sentence_start, start - 5), start) and _IN_A_ROLE_AFTER.match(text, end)
            )
            # "..., which must include at least 2 years in respiratory and at least 1 year in ICU": the next share
            or (sentence_start in shared and _ANOTHER_SHARE.search(text, max(sentence_start, start - 30), start))
        ):
            shared.add(sentence_start)
            continue
        after = text[end:sentence_end]
        if label is not None and not _EXPERIENCE_HEADING.fullmatch(label):
            subject_text = label  # "Medical coding: 2 years": the label says of what
        else:
            subject_text = _CLAUSE_END.split(after, maxsplit=1)[0][:120]
        subject = next((name for name, pattern in _SUBJECTS if pattern.search(subject_text)), None)
        if subject is None:
            subject = next((name for name, pattern in _SUBJECTS if pattern.search(sentence)), "general")
        requirement = ExperienceRequirement(
            id=subject,
            years=years,
            subject=subject_text.strip(" :,;-\n\r\t") or None,
            mention=Evidence.of(text, start, end),
        )
        if _GRADE_LADDER.search(sentence) or (later_grades is not None and start >= later_grades):
            grade_ladder.append(requirement)
        else:
            found.append(requirement)
            chosen_in_sentence[sentence_start] = requirement
            chosen_in_paragraph.add(paragraphs.start_of(start))
            more = _MORE_PREFERRED_IN_BRACKETS.match(text, end, min(sentence_end, end + _MORE_PREFERRED_REACH))
            if more is not None:
                # "At least two years of risk adjustment coding experience required (three or more preferred)": the
                # figure in brackets, of no unit, is more of the same work, preferred
                found.append(
                    requirement.model_copy(
                        update={
                            "years": _number(more.group("num")),
                            "mention": Evidence.of(text, more.start("num"), more.end("num")),
                        }
                    )
                )
    if set_aside:
        found = [requirement for requirement in found if id(requirement) not in set_aside]
    if grade_ladder and all(
        _on_a_later_path(doc, requirement) or _set_aside_by_the_context(doc, requirement) for requirement in found
    ):
        # the basic requirement's first path names no figure ("(1) Bachelor's degree in HIM ...; OR (4) Three years
        # of creditable experience ..."): the grade's own figure is the bar of that path; so too when every other
        # figure is one the context rules set aside ("This announcement is also being used to fill a GS-12 position
        # ..., which requires ... one year of experience at the GS-11 level")
        return found + grade_ladder
    return found


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
#: A larger figure of no unit in brackets after a figure, with its preference: "... experience required (three or more
#: preferred)", "(5+ ideal)"; the words between are the first figure's (no other figure, no bracket, no blank line)
_MORE_PREFERRED_IN_BRACKETS = re.compile(
    rf"(?:[^()\d\n]|\n(?![ \t]*\n))*?\([ \t]*(?:ideally[ \t]+)?(?P<num>{_NUMBER})[ \t]*"
    r"(?:\+|or[ \t]+(?:more|longer))?[ \t]+"
    r"(?:strongly[ \t]+)?(?:preferred|desired|ideal|a[ \t]+plus)[ \t]*\)",
    re.I,
)
#: How far after a figure its bracket of a preferred larger figure may start
_MORE_PREFERRED_REACH = 120
#: Between two figures of one route, what adds the second to the first: "three (3) years of inpatient coding plus two
#: (2) years of DRG validation", "... and an additional two years of auditing"
_ADDED_BETWEEN = re.compile(
    r"[^.;:\n]{0,80}?(?:\bplus|\band\s+an?\s+(?:additional|further))\s+(?:an?\s+(?:additional|further)\s+)?\Z",
    re.I,
)


def _years_of(match):
    """The years a match of a duration gives ("six months": 0.5, "1,950 hours": 1)."""
    unit = match.group("unit").lower()
    if unit.startswith("h"):
        return round(int(match.group("num").replace(",", "")) / HOURS_A_YEAR * 2) / 2
    years = _number(match.group("num"))
    return round(years / 12, 2) if unit.startswith("m") else years


def _added_after(text, durations, index, sentence_end):
    """The figures right after ``durations[index]`` in its sentence that a "plus" adds to it, each right after the
    one before."""
    added = []
    end = durations[index].end()
    for position in range(index + 1, len(durations)):  # (no copy of the rest: the loop stops at once)
        following = durations[position]
        if following.start() >= sentence_end or not _ADDED_BETWEEN.fullmatch(text, end, following.start()):
            break
        added.append(following)
        end = following.end()
    return added


class _Paragraphs:
    """Where the text's paragraphs start (after each blank line), found when first asked."""

    def __init__(self, text):
        self.text = text
        self.starts = None

    def start_of(self, at):
        if self.starts is None:
            self.starts = [0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(self.text))]
        return self.starts[bisect_right(self.starts, at) - 1]


def _work_in_the_sentence_before(doc, text, sentence_start):
    """Whether the sentence before the one at ``sentence_start`` speaks of the field's work and not of schooling.

    (Over a blank line, the sentence before is the blank itself: the sentences part there.)
    """
    if sentence_start == 0:
        return False
    before_start, _ = doc._.screener.sentence(sentence_start - 1)
    before = text[before_start:sentence_start]
    return _THE_FIELDS_WORK.search(before) is not None and _SCHOOLING.search(before) is None


def _on_a_later_path(doc, requirement):
    path = doc._.screener.path(requirement.mention.start)
    return path is not None and path.number > 1


def _set_aside_by_the_context(doc, requirement):
    mention = requirement.mention
    return doc._.screener.dismissal(mention.start, mention.end, "experience") is not None


class _CapitalOrRoutes:
    """Where a capital "OR" opens another route on a line (not in a line in capitals), each line read once.

    A hostile posting of one long line with thousands of figures is read in
    linear time: figures are asked about in text order, so the line of each
    is found from the line before, and a line's first capital "OR", and
    whether it has lower case, are worked out once.
    """

    def __init__(self, text):
        self._text = text
        # the start and end of the line asked about last, and where its first OR ends
        self._line: tuple[int, int, int | None] = (0, -1, None)

    def opens_one_before(self, start, sentence_start):
        """Whether a capital "OR" earlier on the line of ``start``, in its sentence, opens the route it is on.

        (Not one in an earlier sentence of the line: "Three (3) years of nursing experience OR three (3) years of
        coding experience. Two (2) years of CDI experience preferred.")
        """
        text = self._text
        line_start, line_end, first_or_end = self._line
        if not line_start <= start < line_end:
            search_from = line_end if 0 <= line_end <= start else 0
            line_start = text.rfind("\n", search_from, start) + 1 or search_from
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            found = _OR_ROUTE.search(text, line_start, line_end)
            in_capitals = _LOWER_CASE.search(text, line_start, line_end) is None
            first_or_end = found.end() if found is not None and not in_capitals else None
            self._line = (line_start, line_end, first_or_end)
        return first_or_end is not None and sentence_start < first_or_end <= start


# --------------------------------------------------------------------------- assessment

_SETTINGS = (
    ("inpatient", re.compile(r"\binpatient\b|\bacute[\s_-]+care\b", re.I)),
    ("outpatient", re.compile(r"\boutpatient\b|\bambulatory\b|\bemergency\b", re.I)),
    (
        "professional_fee",
        re.compile(
            r"\bprofessional[\s_-]+fee\b|\bpro[\s_-]?fee\b|\bphysician\s+(?:practice|office)|\bmultispecialty\b", re.I
        ),
    ),
)


def experience_subjects(text):
    """Every experience subject (``coding``, ``cancer_registry``, ...) a phrase names, in a stable order.

    "experience in a medical office, medical records or coding role" names
    both ``coding`` and ``health_information``.
    """
    text = text.replace("-", " ")
    return [name for name, pattern in _SUBJECTS if pattern.search(text)]


def experience_settings(text):
    """The settings (``inpatient``, ``outpatient``, ``professional_fee``) a phrase names."""
    return {name for name, pattern in _SETTINGS if pattern.search(text or "")}


@hookimpl
def screener_assess(requirement, profile):
    """Years of experience: enough is met, fewer is partial (credit in proportion), none is unmet.

    Jobs count toward a requirement when their areas match what it is in (any
    job counts for ``general``; coding, registry, CDI and auditing jobs count as
    health information experience) and are added up. When the posting names a
    setting (inpatient, outpatient, professional fee) and a job's setting is a
    different one, that job's years count half (settings are compared for coding
    experience only: "inpatient coding" and "pro-fee coding" are different work).
    """
    if requirement.kind != "experience":
        return None
    from screener_plugins.assessment.facts import plural_years, subject_words, years_in

    from screener import Assessment, NextStep

    subjects = {requirement.id, *experience_subjects(requirement.subject or "")}
    need = requirement.years
    _, jobs = years_in(profile, subjects)
    wanted = experience_settings(requirement.subject) if "coding" in subjects else set()
    if len(wanted) == len(_SETTINGS):
        wanted = set()  # "inpatient, outpatient and/or professional fee": any setting will do
    in_setting = round(sum(job.years for job in jobs if _in_setting(job, wanted)), 2)
    elsewhere = round(sum(job.years for job in jobs) - in_setting, 2)
    what = subject_words(subjects)
    what = f"{what} experience" if what else "experience"
    where = f" in {_either(sorted(s.replace('_', ' ') for s in wanted))} setting" if wanted else ""
    asked = f"{plural_years(need)} of {what}{where} asked for"
    if not jobs:
        return Assessment(
            status="unmet",
            reason=f"Your profile shows no {what}; {asked}.",
            next_steps=[NextStep(text=f"Gain {plural_years(need) if need > 0 else 'some'} of {what}{where}")],
        )
    if in_setting >= need or (need == 0 and jobs):
        return Assessment(status="met", reason=f"You have {plural_years(in_setting + elsewhere)} of {what}; {asked}.")
    reason = f"You have {plural_years(in_setting)} of {what}{where}"
    if elsewhere:
        reason += f" and {plural_years(elsewhere)} in another setting (counted half)"
    effective = in_setting + elsewhere / 2
    return Assessment(
        status="partial",
        reason=f"{reason}; {asked}.",
        credit=round(min(max(effective / need, 0.01), 0.99), 2),
        next_steps=[NextStep(text=f"{_more(round(need - in_setting, 2))} of {what}{where}")],
    )


def _either(words):
    text = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
    return ("an " if text[0] in "aeiou" else "a ") + text


def _more(years):
    return f"{years:g} more year" + ("" if years == 1 else "s")


def _in_setting(job, wanted):
    """A job with no setting, or one of the wanted settings, counts in full."""
    settings = experience_settings(job.setting)
    return not wanted or not settings or bool(settings & wanted)
