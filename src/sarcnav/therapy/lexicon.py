"""Words the history parser reads around drug names (English and Spanish). Not clinical facts."""

from __future__ import annotations

import re

_I = re.IGNORECASE

# Words or marks that end one line of therapy and start the next. Group "now" marks current therapy.
SEPARATOR = re.compile(
    r"(?P<now>\b(?:and\s+|y\s+|e\s+)?(?:now(?:\s+on)?|currently(?:\s+on)?|ahora(?:\s+(?:con|en))?"
    r"|actualmente(?:\s+(?:con|en))?|actuellement|attualmente|agora|aktuell|jetzt|derzeit)\b)"
    r"|(?P<before>\b(?:and\s+|y\s+)?(?:before\s+(?:that|this|then)|prior\s+to\s+(?:that|this)"
    r"|previously|antes\s+de\s+(?:eso|esto)|antes(?!\s+de\b)|anteriormente|auparavant"
    r"|avant\s+cela|zuvor|davor|vorher)\b)"
    r"|(?P<next>\b(?:and\s+then|followed\s+by|then|after\s+that|afterwards|subsequently|later"
    r"|switched\s+to|changed\s+to|moved\s+on\s+to|y\s+luego|luego|despu[eé]s(?:\s+de\s+eso)?"
    r"|seguid[oa]s?\s+(?:de|por)|posteriormente|m[aá]s\s+tarde|puis|ensuite|poi|quindi|depois"
    r"|danach|dann|anschlie(?:ß|ss)end"
    r"|(?:she\s+|he\s+|I\s+)?(?:took|started|began|received)|recibi[oó]|inici[oó]|empez[oó])\b)"
    r"|(?P<ordinal>\b(?:1st|2nd|3rd|[4-9]th|first|second|third|fourth|fifth|primera|segunda"
    r"|tercera|cuarta)[\s-]+(?:line|l[ií]nea)\b\s*:?|\b[1-9]L\b\s*:?)"
    r"|(?P<mark>;|(?<!\bdr)(?<!\bdra)(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bprof)(?<!\bvs)\.(?!\d)"
    r"|\n|,|→|->|=>)",
    _I,
)
# Joins that split a segment into two lines when it also holds an explicit combination (/ or +).
AND_SPLIT = re.compile(r"\s+(?:and|y|&)\s+", _I)
COMBINATION = re.compile(r"[/+]")
OPERATOR_GAP = re.compile(r"^\s*[/+&-]\s*$")
PAIR_GAP = re.compile(r"^\s*(?:and|y|e|et|und|plus|with|con|avec|mit)\s*$", _I)
"""Two short drug names joined by a word ("doxo and ifos") support each other, as "doxo/ifos" do."""

CURRENT_INSIDE = re.compile(
    r"\b(?:ongoing|still\s+on|current(?:ly)?|at\s+present|en\s+curso|sigue\s+con)\b"
    r"|\b(?:since|desde)\s+(?:19|20)\d{2}\b(?!\s*(?:-|–|to|until|hasta))",
    _I,
)

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "uno": 1, "dos": 2, "tres": 3,
    "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
}  # fmt: skip
_NUM = r"(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
CYCLES = re.compile(
    r"(?-i:(?<![a-z]))[x×]\s*(\d{1,2})(?!\d)(?!\s*(?:months?|weeks?|years?|mo\b|meses|semanas))"
    r"|\b" + _NUM + r"\s+(?:cycles?|rounds?|courses?|ciclos?|cicli|cures|zyklen|tandas?|sesiones)\b"
    r"|\b(?:cycles?|ciclos?)\s*[:=]?\s*(\d{1,2})\b",
    _I,
)
DOSE = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*mg\s*/\s*m(?:2|²|\^2)", _I)

YEAR = r"(19[5-9]\d|20\d{2})"
ISO_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
YEAR_RANGE = re.compile(
    r"\b" + YEAR + r"\s*(?:-|–|—|to|until|till|through|a|hasta)\s*" + YEAR + r"\b", _I
)
YEAR_ONE = re.compile(r"(?<![\d-])\b" + YEAR + r"\b(?![-/]\d)")

# Response words, most specific first; the last one found in a line wins.
RESPONSES: list[tuple[str, re.Pattern[str]]] = [
    (
        "complete_response",
        re.compile(r"\b(?:complete\s+response|respuesta\s+completa|NED|remission|remisi[oó]n)\b"),
    ),
    (
        "partial_response",
        re.compile(r"\b(?:partial\s+response|respuesta\s+parcial|shr[au]nk|shrinkage)\b", _I),
    ),
    (
        "stopped_toxicity",
        re.compile(
            r"\b(?:toxicity|side\s+effects|intoleran\w*|not\s+tolerated|could\s*n[o']t\s+"
            r"tolerate|toxicidad|efectos\s+secundarios|stopped\s+because)\b",
            _I,
        ),
    ),
    (
        "progressed",
        re.compile(
            r"\b(?:progress(?:ed|ion|ing)?|PD|grew|growing|got\s+worse|worsened|spread|failed"
            r"|stopped\s+working|did\s*n[o']t\s+work|did\s+not\s+work|progres[oó]|progresi[oó]n"
            r"|no\s+funcion[oó]|empeor[oó])\b",
            _I,
        ),
    ),
    (
        "stable",
        re.compile(r"\b(?:stable(?:\s+disease)?|SD|estable|unchanged|no\s+change)\b", _I),
    ),
    (
        "responded",
        re.compile(r"\b(?:respon(?:ded|se|ding)|worked|respondi[oó]|respuesta)\b", _I),
    ),
]
NEGATED_BEFORE = re.compile(
    r"\b(?:no(?!\s+longer)|not|never|without|declined|refused|sin|nunca|rechaz[oó])\s+"
    r"(?:\w+\s+){0,2}$"
    r"|\b(?:whether|might|could|would|option\s+of|ask(?:ed|ing)?\s+about|wonder(?:ed|ing)?"
    r"\s+(?:about|if)|mentioned\s+that|considering)\s+(?:\w+\s+){0,3}$",
    _I,
)
# A drug proposed and not taken up ("tamoxifen was considered but never started"): every drug
# before the "but" is dropped.
NOT_TAKEN_UP = re.compile(
    r"\b(?:offered|proposed|suggested|discussed|considered|recommended|planned|mentioned)\b"
    r"[^.;]*?\b(?P<but>but)\b[^.;]*?\b(?:declined|refused|never|not\s+(?:started|given|taken"
    r"|received|used)|did\s*n[o']?t\s+(?:want|take|start|get|have))",
    _I,
)
NEGATED_AFTER = re.compile(
    r"^\s*(?:was|were|is)?\s*(?:never|not|n't)\s+(?:\w+\s+)?(?:given|offered|started|used"
    r"|received|tried|an\s+option)\b|^\s*(?:was\s+)?(?:declined|refused)\b"
    r"|^\s*(?:\w+\s+){0,2}?(?:could|might|would|may)\s+(?:still\s+)?be\b"
    r"|^\s*(?:is|as)\s+(?:an?\s+|another\s+)?(?:option|alternative|possibility)\b",
    _I,
)
AFTER = re.compile(r"\b(?:after|following|despu[eé]s\s+de)\b", _I)
# "... after (progressing on) <drug>" with no drug before it in its stretch: that drug came before
# the line just read ("Dacarbazine was started in 2021 after progressing on trabectedin").
AFTER_LEADING = re.compile(
    r"\b(?:after|following|despu[eé]s\s+de)\s+(?:(?:progression|progressing|progressed|failure"
    r"|failing|relapse|recurrence|PD)\s+(?:on|of|with|under|after|to)\s+)?(?:the\s+)?$",
    _I,
)
# Words that make a stretch a remark about a drug already given ("the ifosfamide caused...").
REMARK = re.compile(
    r"\b(?:the|that|this|her|his|my|el|la|le)\s+\S+\s+(?:had\s+|has\s+)?(?:caused|causing|gave"
    r"|made|was\s+(?:hard|tough|awful|the\s+worst))\b"
    r"|\b(?:caused|because\s+of|due\s+to|from\s+the|related|induced|side\s+effects?|toxicity"
    r"|allergic|reaction|dropped|omitted|reduced|held)\b",
    _I,
)
# Combination cues that hold "doxorubicin, ifosfamide together" in one line.
TOGETHER = re.compile(r"\b(?:together|combined|combination|concurrent(?:ly)?|juntos?)\b", _I)
JOINERS = frozenset(["and", "y", "e", "et", "und", "plus", "with", "con", "com", "avec", "mit"])
NEGATION = re.compile(r"\b(?:no|not|without|sin|never)\s+(?:\w+\s+)?$", _I)

SETTINGS: list[tuple[str, re.Pattern[str]]] = [
    ("neoadjuvant", re.compile(r"\b(?:neo-?adjuvant|neoadyuvante|before\s+surgery)\b", _I)),
    ("adjuvant", re.compile(r"\b(?:adjuvant|adyuvante|after\s+surgery)\b", _I)),
    ("maintenance", re.compile(r"\b(?:maintenance|mantenimiento)\b", _I)),
]

CHEMO = re.compile(r"\b(?:chemo(?:therapy)?|quimio(?:terapia)?)\b", _I)
RADIATION = re.compile(
    r"\b(?:radiation|radiotherapy|irradiation|RT|SBRT|radioterapia|brachytherapy|braquiterapia"
    r"|radiosurgery|proton\s+therapy)\b"
)
RADIATION_CI = re.compile(RADIATION.pattern, _I)
CHEST = re.compile(r"\b(?:chest|mediastin\w*|thorac\w*|t[oó]rax|tor[aá]cic\w*|lung|breast)\b", _I)
SURGERY = re.compile(
    r"\b(?:surgery|hysterectomy|myomectomy|metastasectomy|resection|resected|lobectomy"
    r"|wedge|debulking|operation|cirug[ií]a|histerectom[ií]a|operad[oa])\b",
    _I,
)
TAKING = re.compile(
    r"\b(?:on|started|start|took|taking|received|given|tried|trial|con|tom[oó]|recibi[oó]"
    r"|inici[oó]|empez[oó])\b",
    _I,
)

WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
DRUG_SUFFIX = re.compile(
    r"(?:mab|nib|lisib|parib|platin|taxel|rubicin|mustine|fosfamide|ciclib|rafenib|stat"
    r"|trexate|tecan|zomib|limus|mide|bine)$",
    _I,
)
_NAME_CUE_TEXT = (
    "dr dra doctor doctora mr mrs ms prof professor md at in from to saw met see visit en desde"
)
NAME_CUES = frozenset(_NAME_CUE_TEXT.split())
_PLACE_TEXT = "clinic hospital center centre institute university medical cancer health centro"
PLACE_WORDS = frozenset(_PLACE_TEXT.split())
CODE_NAME = re.compile(r"[A-Z]{2,5}-?\d{2,7}(?![\w-])")
"""A study code such as AZD1234 or BAY-1895344 (matched where a word starts)."""
_STOPWORD_TEXT = """
    a an and the of on in at to for with by from or as is was were be been has had have she he
    her his they their it its my mom mum mother sister wife aunt friend patient pt then now
    after before during until since while also not no yes but so very still again only first
    second third fourth last next line lines cycle cycles round rounds course courses dose doses
    mg m2 weekly daily every week weeks month months year years day days q3w q21d iv oral po
    chemo chemotherapy treatment treated therapy therapies regimen drug drugs started start
    stopped stop finished completed given received took taking tried trial trials study
    progressed progression stable disease response responded partial complete good bad
    disease recurrence recurrent recurred metastatic metastases mets lung lungs liver bone
    pelvis pelvic abdomen chest scan scans ct pet mri surgery surgeons surgeon doctor doctors
    oncologist hospital clinic center centre dr mr mrs ms uterine uterus sarcoma leiomyosarcoma
    lms ess stromal tumor tumour tumors tumours cancer diagnosis diagnosed grade high low side
    effects toxicity neuropathy fatigue hair loss months later earlier ago about around
    approximately maybe think believe remember some several many few more less plus combined
    combination together along alone single agent agents standard maintenance adjuvant
    neoadjuvant because due which who what when where how why this that these those there here
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec spring summer fall autumn winter
    y e o con de del la el los las en por para sin luego despues ahora actualmente tambien
    ciclos ciclo quimio quimioterapia tratamiento recibio tomo progreso estable respuesta
    meses semanas anos año años cirugia histerectomia radioterapia enfermedad
    puis ensuite actuellement et avec cures mois poi quindi attualmente cicli mesi depois agora
    com ciclos meses und mit dann danach aktuell jetzt derzeit zyklen zyklus chemotherapie
    therapie monate jahre progress
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
