"""Words the history parser reads around drug names (English and Spanish). Not clinical facts."""

from __future__ import annotations

import re

_I = re.IGNORECASE

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "primera": 1, "segunda": 2,
    "tercera": 3, "cuarta": 4, "quinta": 5, "prima": 1, "seconda": 2, "terza": 3, "quarta": 4,
    "primeira": 1, "terceira": 3, "premiere": 1, "deuxieme": 2, "troisieme": 3, "erste": 1,
    "zweite": 2, "dritte": 3, "vierte": 4, "erst": 1, "zweit": 2, "dritt": 3, "primero": 1,
    "primer": 1, "segundo": 2, "tercero": 3, "tercer": 3, "primo": 1, "secondo": 2, "terzo": 3,
    "terceiro": 3, "seconde": 2, "erster": 1, "zweiter": 2, "dritter": 3,
}  # fmt: skip
"""Ordinal words before "line" (lower case, no accents): "segunda línea", "Zweitlinie"."""
_LINE_WORD = r"[\s-]*(?:line|l[ií]nea|linea|linha|ligne|Linie)\b\s*:?"
_ORDINAL = (
    r"\b(?:(?P<ordinal_n>[1-9])(?:st|nd|rd|th|ª|º|a|o|re|[èe]re|er|e|[èe]me|\.ª|\.º|\.)?"
    + _LINE_WORD
    + r"|(?P<ordinal_w>"
    + "|".join(ORDINAL_WORDS)
    + r"|premi[èe]re|deuxi[èe]me|troisi[èe]me)"
    + r"(?:"
    + _LINE_WORD
    # "First was X, second was Y", "la segunda fue", "la deuxième a été", "die zweite war"
    + r"|\s+(?:one\s+)?(?:was|were|fue|foi|fu|era|[eè]\s+stat[oa]|a\s+[ée]t[ée]|[ée]tait"
    r"|war)\b\s*:?)"
    r"|(?P<ordinal_l>[1-9])L\b\s*:?"
    # "Line 2:", "Línea 3 (actual):", "L2 trabectedin", "2nd: trabectedin"
    r"|(?:line|l[ií]nea|linea|linha|ligne|Linie)\s*(?P<ordinal_r>[1-9])\b"
    r"(?:\s*\([^)]{0,20}\))?\s*[:–—-]|(?-i:L)(?P<ordinal_b>[1-9])\b(?:\s*\([^)]{0,20}\))?\s*:?"
    r"|(?P<ordinal_s>[1-9])(?:st|nd|rd|th)\s*:)"
)
FIRST_EVER = re.compile(
    r"\b(?:her|his|my|the|mum's|mom's)\s+(?:very\s+)?first(?:\s+ever)?"
    r"(?:\s+(?:systemic\s+)?(?:one|chemo(?:therapy)?|treatment|therapy|line|drug))?"
    r"(?:\s*,[^,.;\n]{0,30},|\s+in\s+(?:19|20)\d{2})?\s(?:was|were)\s"
    r"|\b(?:su|sua|la\s+sua|ihre|son|sa)\s+(?:primera|primeira|prima|erste|premi[èe]re)"
    r"\s+(?:quimio(?:terapia)?|terapia|chimio(?:th[ée]rapie)?|Chemo(?:therapie)?|l[ií]nea|linha)"
    r"(?:\s*,[^,.;\n]{0,30},|\s+(?:en|em|nel|im)\s+(?:19|20)\d{2})?"
    r"\s(?:fue|foi|fu|war|a\s+[ée]t[ée]|[ée]tait)\s",
    _I,
)
"""Words just before a line that make it the first of all ("her very first systemic treatment,
back in 2021, was", "the first one in 2022 was", "Her first ever chemo was")."""

ORDINAL_BEFORE = re.compile(
    r"(?:" + _ORDINAL + r")\s*(?:(?:now|currently|ahora|agora|maintenant|ora|jetzt)\s*)?\(?\s*$", _I
)
"""An ordinal heading just before a line ("2nd line:", "1ª línea", "Zweitlinie")."""

_THERAPIES = (
    r"(?:treatments?|therapies|therapy|lines?|chemo(?:therapy)?|regimens?|tratamientos?|tratamentos?"
    r"|traitements?|terapi[ae]|linee|l[ií]neas|linhas|Therapien|Behandlungen)"
)
# Words or marks that end one line of therapy and start the next. Group "now" marks current therapy.
SEPARATOR = re.compile(
    r"(?P<now>\b(?:and\s+|y\s+|e\s+)?(?:now(?:\s+on)?|currently(?:\s+on)?|ahora(?:\s+(?:con|en))?"
    r"|actualmente(?:\s+(?:con|en))?|actuellement|attualmente|atualmente|agora|aktuell|jetzt|derzeit|ora"
    r"|adesso|maintenant|momenteel|obecnie|aktualnie|teraz"
    r"|and\s+(?:(?:she|he)\s+)?(?:has\s+been|is\s+(?:still\s+)?)\s*on)\b"
    r"|\b(?:today|aujourd'hui|hoy|oggi|hoje|heute|vandaag|dzi[śs])(?:\s*:|(?=\s+(?:\w+\s+){0,3}?(?:the\s+|la\s+|a\s+|le\s+|el\s+)?(?:first|1st|primer[ao]?|prima|premi[eè]re?|pierwsz\w*|erste[n]?)\s))"
    r"|\b(?:most\s+recently|[úu]ltimamente|r[ée]cemment|di\s+recente|recentemente|zuletzt"
    r"|ostatnio)\b)"
    r"|(?P<before>\b(?:and\s+|y\s+)?(?:before\s+(?:that|this|then)|prior\s+to\s+(?:that|this)"
    r"|previously|antes\s+de\s+(?:eso|esto)|antes(?!\s+d(?:e|el|o|a|os|as)\b)|anteriormente|auparavant"
    r"|avant\s+cela|zuvor|davor|vorher|in\s+precedenza|precedentemente|pr[ée]c[ée]demment"
    r"|antes\s+disso|fr[üu]her|daarvoor|voordien|wcze[śs]niej|przedtem|ant[ée]rieurement"
    r"|previamente|avant(?=\s*[,:])|(?:before|earlier|prima|avant|antes)(?=\s*(?:[.;\n]|$))"
    r"|in\s+(?:the\s+)?past(?!\s+(?:\d|few|couple|several|weeks?|months?|years?|two|three|days?))"
    r"|in\s+passato|en\s+el\s+pasado|no\s+passado|dans\s+le\s+pass[ée]"
    r"|in\s+der\s+Vergangenheit|the\s+year\s+before|el\s+a[ñn]o\s+anterior|l'ann[ée]e\s+d'avant"
    r"|l'anno\s+prima|im\s+Jahr\s+davor|no\s+ano\s+anterior"
    r"|(?<=[;.,:]\s)earlier(?!\s+(?:this|that|in|on|today|than))|(?:and\s+|e\s+|et\s+|y\s+|und\s+|en\s+|a\s+)?(?:even|ancora|encore"
    r"|a[uú]n|noch|jeszcze)\s+"
    r"(?:earlier|before|prima|avant|antes|davor|eerder|wcze[śs]niej)"
    r"|prima(?=\s+(?:ha|aveva|hanno|avevano|era|erano)\b)"
    # "prima ancora", "antes ainda", "con anterioridad a ello", "b4 that", "voorafgaand hieraan",
    # "the one preceding that": one more step back
    r"|(?:e\s+|y\s+|et\s+)?(?:prima|antes|avant)\s+(?:ancora|ainda|a[uú]n|encore)"
    r"|con\s+anterioridad\s+a\s+(?:ello|eso|esto)|anteriormente\s+a\s+(?:isso|ello)"
    r"|b4\s+(?:that|this)|voorafgaand\s+(?:hieraan|daaraan)|до\s+этого"
    r"|tidigare|tidligere"
    r"|the\s+one\s+(?:preceding|before)\s+(?:that|this|it)(?:\s+(?:was|were))?)\b"
    r"|\bprior(?:\s+(?:lines?|treatments?|therapy|therapies))?\s*:|\bprior\s+(?=(?-i:[A-Z]))(?!(?-i:CT|MRI|PET|RT|US|ECG|MDT|OP)\b)"
    r"|\b(?:PMH|background|past\s+(?:medical|oncological)\s+history|antecedentes|ant[ée]c[ée]dents|anamnesi"
    r"|Vorgeschichte|voorgeschiedenis)\s*:"
    # "Before the trial:", "Antes del ensayo:", "Avant l'essai :", "Vor der Studie:"
    r"|\b(?:before|prior\s+to|antes\s+d(?:el?|o|a)|avant|prima\s+d(?:el(?:lo|la)?|i)|vor)\s+"
    r"(?:[\w']+\s+){0,2}?[\w']+\s*:"
    r"|\b(?:before|earlier|antes|avant|prima|vorher|previous|previos|previas|pr[ée]c[ée]dent[es]*"
    r"|precedenti|anteriores|anteriori|bisherige)\s*:"
    # "her earlier treatments were", "tratamientos previos:", "bisherige Therapien:"
    r"|\b(?:earlier|previous|prior|past|bisherige|fr[üu]here)\s+" + _THERAPIES + r"\s*(?:were|was"
    r"|included?|consisted\s+of|:)|\b"
    + _THERAPIES
    + r"\s+(?:pr[eé]vi[oa]s|anteriores|ant[ée]rieur[es]*"
    r"|precedenti)\s*(?:fueron|foram|:|incluyen))"
    r"|(?P<next>\b(?:and\s+then|followed\s+by|then|after\s+that|afterwards|subsequently|later"
    r"|switched\s+to|changed\s+to|moved\s+on\s+to|y\s+luego|luego|despu[eé]s(?:\s+de\s+eso|(?!\s+de\b))"
    r"|(?:replaced|substituted)\s+(?:by|with)|sustituid[oa]\s+por|substitu[ií]d[oa]\s+por"
    r"|remplac[ée]e?\s+par|sostituit[oa]\s+(?:con|da)|ersetzt\s+durch"
    r"|seguid[oa]s?\s+(?:de|por)|posteriormente|m[aá]s\s+tarde|puis|ensuite|poi|quindi"
    r"|depois(?<!para\sdepois)(?!\s+d[eoa]s?\b)"
    r"|danach|dann|anschlie(?:ß|ss)end|daarna|vervolgens|nast[ęe]pnie|potem|p[óo][źz]niej|затем|потом|ثم|(?:and|y|und|et|e)\s+(?:in\s+|en\s+|im\s+|nel\s+|em\s+"
    r"|since\s+|seit\s+|desde\s+|depuis\s+|dal\s+|from\s+|ab\s+)?"
    r"(?=(?:19|20)\d{2}\b)|en\s+in\s+(?=(?:19|20)\d{2}\b)|(?:a|i)\s+w\s+(?=(?:19|20)\d{2}\b)"
    r"|(?:she\s+|he\s+|I\s+)?(?:took|started|began|received)|recibi[oó]|empez[oó]"
    r"|inici[oó](?<!\bal\sinicio)(?<!\bal\sinició))\b"  # not "al inicio" ("at first")
    # "the last one was", "la última fue", "la dernière a été": the line after the others;
    # "a seguir", "em seguida", "a continuación", "in seguito", "par la suite", "im Anschluss"
    r"|\b(?:(?:last|final|[úu]ltim[oa]|derni[eè]re?|letzte)\s+(?:one\s+)?(?:was|were|fue|foi|fu"
    r"|[eè]\s+stat[oa]|a\s+[ée]t[ée]|[ée]tait|war)|(?:and\s+)?thereafter|a\s+seguir|em\s+seguida"
    r"|de\s+seguida|seguidamente|a\s+continuaci[oó]n|in\s+seguito|successivamente|par\s+la\s+suite"
    r"|im\s+Anschluss|daraufhin)\b"
    r"|→|->|=>|⇒|➝|➔|➜|➞|➡|⟶|⟹|⇨|↦)"  # an arrow leads to the next line of a sequence
    r"|(?P<back><-+|←|⟵|⬅)"  # a backward arrow leads to the line before
    r"|(?P<ordinal>" + _ORDINAL + r")"
    r"|(?P<mark>;|\.(?!\d)(?<!\bdr\.)(?<!\bdra\.)(?<!\bmr\.)(?<!\bmrs\.)(?<!\bms\.)"
    r"(?<!\bprof\.)(?<!\bvs\.)(?<!\binj\.)(?<!\btab\.)(?<!\bcap\.)(?<!\bcaps\.)(?<!\bamp\.)"
    r"(?<!\bapprox\.)(?<!\bvol\.)(?<!\bsyr\.)(?<!\bsusp\.)(?<!\binf\.)(?<!\bcomp\.)(?<!\bcp\.)"
    r"(?<!\bsol\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bi\.v\.)(?<!\bp\.o\.)(?<!\bz\.B\.)(?<!\bca\.)"
    r"(?![^\W\d_]\.)|\n|,(?<!\d,)|,(?!\d)|[،؛\u0387]|·(?=\s)|\||•"
    r"|(?:\[\s?[x✓✔]?\s?\]|[☒☑✅☐□])(?=\s*[^\W\d_])"  # a form's tick boxes
    # an inline list: "1) AIM 2) Yondelis", "1. AD x6 2. GT x4" (not "x 6. She")
    r"|(?=[1-9a-h]\))(?<![\w(/-])[1-9a-h]\)(?=\s+[^\W\d_])"
    r"|(?=[1-9]\.)(?<![\w.,/-])(?<![x×=]\s)(?:1|(?<!:\s)[2-9])\.(?=\s+[^\W\d_])"
    r"|(?=\s)(?<=\))\s+/\s+"  # "doxo (6) / gem-doce (4)": a spaced slash after a bracket
    r"|(?=\s[-–—/]\s)(?<!\d\d\d\d)\s[-–—/]\s(?=(?:19|20)\d{2}\b)"
    r"|(?=\s[-–—]\s)(?<=(?:19|20)\d\d)\s[-–—]\s(?=(?-i:[A-Z]))"  # "Doxorubicin 2021 — Trabectedin"
    r"|(?=\s+[-–—/]\s)(?:(?<=[x×]\d)|(?<=[x×]\d\d)|(?<=[x×]\s\d))\s+[-–—/]\s+)",
    _I,
)
# Joins that split a segment into two lines when it also holds an explicit combination (/ or +).
AND_SPLIT = re.compile(r"(?<!\d)\s+(?:and|y|&)\s+(?!\d)", _I)  # not "day 1 and 8"
COMBINATION = re.compile(r"\+|/(?!\s*(?:m[2²^]|kg|d(?:ays?)?\b|\d))")  # not "mg/m2", "5/28 days"
# "and" between two stretches that each carry a cycle count ("Yondelis x6 and AIM x4", "4 ciclos
# de X y 6 ciclos de Y"): each side is a line.
AND_WORD = re.compile(
    r"\s+(?:and|y|e|et|und|og|och|&)\s+(?!then\b|luego\b|puis\b|poi\b|dann\b)", _I
)
# "/", "+", "&" or "-" between two drugs, perhaps after a dose ("Gem 900/Doc 75").
OPERATOR_GAP = re.compile(r"^\s*(?:\d{1,4}(?:[.,]\d+)?\s*(?:mg(?:/m2|/m²)?\s*)?)?[/+&-]\s*$", _I)
# A word joining a combination, perhaps with an article ("X with the Y", "X y la Y").
WITH_GAP = re.compile(
    r"^\s+(?:and|with|plus|y|con|e|com|et|avec|und|mit)\s+(?:(?:the|la|el|le|il|a|o|der|die|den)\s+)?$",
    _I,
)
WORD_GAP = re.compile(r"^\s+(?:(?:and|y|e|et|und|plus|with|con|com|avec|mit|&)\s+)?$", _I)
# Words just before a verb such as "started" that keep it from starting a line ("not started",
# "was going to start", "no se inició").
NOT_A_START = re.compile(
    r"\b(?:not|never|n't|no|nunca|jamais|nie|mai|nunca|non|pas)\s+(?:yet\s+|been\s+|be\s+)?$"
    r"|\b(?:going|about|planned|plan|due|scheduled|supposed|meant)\s+to\s+(?:be\s+)?$",
    _I,
)

CURRENT_WORDS = re.compile(
    r"\b(?:ongoing|still\s+on|current(?:ly)?|at\s+present|en\s+curso|sigue\s+con|em\s+curso"
    r"|in\s+corso|en\s+cours|laufend|(?:is|has\s+been|remains)\s+(?:still\s+)?on"
    r"|(?:tratamiento|terapia|esquema|l[ií]nea|tratamento|linha)\s+at?ctual|actuel(?:le)?|attuale"
    r"|(?:I'm|I\s+am|she's|she\s+is|he's|he\s+is)\s+on\s+(?:round|cycle|course)"
    r"|stay(?:s|ing)\s+on|continu(?:es|ing)\s+(?:on|with)"
    r"|aktuelle[rn]?)\b"
    r"|\b(?:19|20)\d{2}\s*(?:-|–|to|until|hasta|a)\s*(?:present|date|today|presente|hoy|la\s+fecha"
    r"|heute|oggi|hoje|aujourd'hui)\b",
    _I,
)
# "4 yrs ago", "hace 2 años", "il y a 3 ans", "2 anni fa", "há 2 anos", "vor 3 Jahren": a time
# back from today, which orders lines that carry no year.
YEARS_AGO = re.compile(
    r"\b(\d{1,2})\s*(?:yrs?|years?)\s+ago\b|\bhace\s+(\d{1,2})\s+a[ñn]os?\b"
    r"|\bil\s+y\s+a\s+(\d{1,2})\s+ans?\b|\b(\d{1,2})\s+ann[oi]\s+fa\b|\bh[áa]\s+(\d{1,2})\s+anos?\b"
    r"|\bvor\s+(\d{1,2})\s+Jahr(?:en)?\b|\b(\d{1,2})\s+jaar\s+geleden\b"
    r"|\b(\d{1,2})\s+(?:rok|lata|lat)\s+temu\b",
    _I,
)
# "since 2020" marks a line current only when no later line follows it.
SINCE_YEAR = re.compile(
    r"\b(?:since|desde|depuis|dal|seit)\s+(?:[^\W\d_]+\s+(?:de\s+|del\s+)?)?(?:19|20)\d{2}\b"
    r"(?!\s*(?:-|–|to|until|hasta))",
    _I,
)

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "uno": 1, "dos": 2, "tres": 3,
    "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
    "once": 11, "doce": 12, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
    "otto": 8, "dieci": 10, "dois": 2, "duas": 2, "oito": 8, "dez": 10, "zwei": 2, "drei": 3,
    "vier": 4, "sechs": 6, "sieben": 7, "acht": 8, "zehn": 10,
}  # fmt: skip
_NUM = r"(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
CYCLES = re.compile(
    r"(?=[x×X])(?-i:(?<![a-z]))[x×]\s*(\d{1,2})(?!\d)(?!\s*(?:months?|weeks?|years?|days?|mo\b|meses|semanas|d[ií]as|jours|giorni|Tage|dias))"
    r"|\b" + _NUM + r"\s+(?:cycles?|rounds?|courses?|ciclos?|cicli|cures|zyklen|tandas?|sesiones"
    r"|kuren|kuur|cykl[ie]|cykl[óo]w)\b"
    r"|(?=[cC])(?<!from\s)(?<!since\s)(?<!after\s)(?<!at\s)(?<!in\s)(?<!desde\s)"  # "from cycle 7"
    r"\b(?:cycles?|ciclos?)\s*[:=]?\s*(\d{1,2})\b"
    r"|\b(\d{1,2})[x×](?=\s)(?!\s*(?:daily|weekly|a\s+(?:day|week)|per\b|/))",
    _I,
)
ELLIPTIC_COUNT = re.compile(r"\s*(\d{1,2})\s+(?:of|di|de|do|da|des|von|van)\b", _I)
"""A count whose unit the stretch before gave ("6 cicli di X e 4 di Y")."""
CLOSED_BY_COUNT_OR_YEAR = re.compile(
    r"(?:[x×]\s*\d{1,2}|\d{1,2}\s*[x×]|\d{1,2}\s+(?:cycles?|rounds?|courses?|ciclos?|cicli|cures"
    r"|Zyklen)|(?:19|20)\d{2}(?:\s*[-–]\s*(?:(?:19|20)?\d{2})?)?)\s*\)?\s*$",
    _I,
)
"""A cycle count or a year that closes a stretch ("gem/doc x4", "(6 cycles)", "(2021-2022)")."""
_SPAN_NUMBER = (
    r"(?:\d{1,2}|one|two|three|four|five|six|nine|twelve|un|une|uno|una|um|uma|ein|eine|einem)"
)
_SPAN_UNIT = (
    r"(?:months?|years?|weeks?|mois|ans?|ann[ée]es?|semaines?|mes(?:es)?|a[ñn]os?|semanas?|mesi"
    r"|mese|ann[oi]|settiman[ae]|Monate?n?|Jahre?n?|Wochen?)"
)
# A time on a drug ends its stretch ("Zoladex for 1 year, then"); "Maria for two years took"
# does not.
_SPAN_END = (
    r"\b(?=\s*(?:[,.;:()\n→|-]|$|(?:then|puis|luego|dann|poi|depois|and|y|et|e|und|after|apr[eè]s"
    r"|despu[eé]s|tras|dopo|ap[oó]s|nach|with|con|avec|mit|com)\b))"
)
# What follows a drug's name and hardly ever a person's or a place's: a dose, a cycle count or a
# time on it ("Zoladex for 1 year", "Décapeptyl pendant 6 mois", "Opdivo 240 mg", "Keytruda x4").
GIVEN_AS_DRUG = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:mono(?:therapy|terapia|th[ée]rapie|therapie)\b"
    r"|(?:since|seit|desde|depuis|dal)\s+(?:\d|[^\W\d_]+\s+(?:19|20)\d{2})"
    r"|[x×]\s*\d{1,2}\b|\d{1,4}(?:[.,]\d+)?\s*(?:mg|mcg|µg)\b"
    r"|\d{1,2}\s+(?:cycles?|ciclos?|cicli|cures|Zyklen)\b|(?:for|pendant|durante|durant|per|por"
    r"|f[üu]r|during)\s+(?:(?:about|around|almost|nearly|environ|cerca\s+de|circa|ca\.)\s+)?"
    + _SPAN_NUMBER
    + r"\s+"
    + _SPAN_UNIT
    + _SPAN_END
    + r")",
    _I,
)
PAST_VERB_END = re.compile(r"(?:ó|ed|ou|eu|iu|ado|ido|ato|ito|ata|ita|é|ée)$", _I)
"""Endings of past verbs opening a sentence ("Terminó 6 ciclos", "Completed 4 cycles")."""
GERMAN_FOR = re.compile(r"\s*f[üu]r\b", _I)
GERMAN_NOUN_END = re.compile(r"(?:e|nis|tum|ur|ik|en|er|el)$")
"""Endings of German nouns, which are capitalised: "Nachsorge für 2 Jahre" is no drug."""
DOSE = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*mg\s*/\s*m(?:2|²|\^2)", _I)

YEAR = r"(19[5-9]\d|20\d{2})"
ISO_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
YEAR_RANGE = re.compile(
    r"\b" + YEAR + r"\s*(?:-|–|—|to|until|till|through|a|hasta)\s*" + YEAR + r"\b", _I
)
ANY_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
YEAR_ONE = re.compile(r"(?<![\d-])\b" + YEAR + r"\b(?![-/]\d)")

# Response words, most specific first; the last one found in a line wins.
RESPONSES: list[tuple[str, re.Pattern[str]]] = [
    (
        "complete_response",
        re.compile(r"\b(?:complete\s+response|respuesta\s+completa|NED|remission|remisi[oó]n)\b"),
    ),
    (
        "partial_response",
        re.compile(
            r"\b(?:partial\s+response|respuesta\s+parcial|shr[au]nk|shrinkage|r[eé]ponse\s+partielle"
            r"|risposta\s+parziale|resposta\s+parcial|partielle[sn]?\s+Ansprechen)\b",
            _I,
        ),
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
            r"|no\s+funcion[oó]|empeor[oó]|progressione|progressão|progrediu|progredito"
            r"|progressiv[oa]|progressiert|progredient|Progress)\b",
            _I,
        ),
    ),
    (
        "stable",
        re.compile(
            r"\b(?:stable(?:\s+disease)?|SD|estable|unchanged|no\s+change|malattia\s+stabile"
            r"|stabile|est[aá]vel|stabil|maladie\s+stable)\b",
            _I,
        ),
    ),
    (
        "responded",
        re.compile(
            r"\b(?:respon(?:ded|se|ding)|worked|respondi[oó]|respuesta|r[eé]ponse|risposta"
            r"|resposta|respondeu|Ansprechen)\b",
            _I,
        ),
    ),
]
# Up to three words ("d'", "la proposta di") between a cue and the drug, none a time word ("thinking
# about eribulin after her pazopanib": pazopanib was given).
_TAIL = (
    r"[\s(:]+(?:(?!(?:after|before|following|tras|despu[eé]s|apr[eè]s|dopo|ap[oó]s|nach)\b)"
    r"\w+[\s']+){0,3}$"
)
NEGATED_BEFORE = re.compile(
    # Portuguese "no" is "in the" after a verb of being on ("está no Yondelis", "continua no")
    r"\b(?:no(?<!est[aá]\sno)(?<!estou\sno)(?<!estava\sno)(?<!ficou\sno)(?<!entrou\sno)"
    r"(?<!continua\sno)(?<!segue\sno)(?<!come[çc]ou\sno)(?<!agora\sno)|not|never|without|sin|nunca|sans|jamais|(?<!\d\s)(?<!depuis\s)(?<!en\s)(?<!de\s)(?<!fin\s)(?-i:mai)(?!\s+\d)|senza|sem|n[aã]o|non|kein\w*|ohne|nie"
    r"|pas|aucune?|nessun[ao]?|nenhum[a]?|ning[uú]n[a]?|geen|zonder|nooit|niet|bez|nigdy)\s+"
    # not when the negation is about the result ("no response to X", "never tolerated X")
    r"(?!(?:\w+\s+)?(?:longer|respon|benefit|effect|improv|toler|work|chang|shrink|respuesta"
    r"|beneficio|mejor|efecto|r[ée]ponse|b[ée]n[ée]fice|effet|am[ée]lior|risposta|benefic|miglior"
    r"|resposta|melhor|ansprech|wirk|vertr)\w*)(?:\w+\s+){0,2}$"
    # refused, denied: up to three words ("Rifiutata la proposta di trabectedina")
    r"|\b(?:instead\s+of|rather\s+than|en\s+(?:lugar|vez)\s+de|au\s+lieu\s+de|invece\s+(?:di|del|della)"
    r"|em\s+vez\s+de|(?:an)?statt|anstelle\s+von)"
    + _TAIL
    + r"|\b(?:declined|refused|denied|rechaz[oó]|refus[ée]e?|rifiutat[oa]|rifiuta|recusou|recusa"
    r"|lehnte|declin[oó]|deneg[oó]|desestim\w*|se\s+descart[oó]|descartaron|avoid(?:ed|ing)?"
    r"|steered\s+(?:clear|away)\s+(?:of|from)|decided\s+against|opted\s+against|held\s+off(?:\s+on)?"
    r"|(?:n[aã]o|no|nunca)\s+(?:cheg\w+|lleg\w+)\s+a\s+(?:fazer|receber|iniciar|come[çc]ar|tomar"
    r"|recibir\w*|empezar|hacer|iniciar)"
    r"|weigerde|wilde\s+geen|odm[óo]wi\w*|zamiast|in\s+plaats\s+van|unikano"
    r"|(?:decid\w*|choos\w*|chose|choice|elegir|escolher|choisir|scegliere|entscheid\w*|kiezen"
    r"|wybra[ćc])\s+(?:\w+\s+){0,2}?(?:between|entre|tra|fra|zwischen|tussen|mi[ęe]dzy)"
    r"|neg(?:ou|aram)|neg[oó]|negaron|nicht\s+genehmigt|non\s+copre|no\s+cubre|n[aã]o\s+cobre"
    r"|(?:opted|chose|chosen|preferred|picked|went)\s+(?:\w+\s+){1,3}?over"
    r"|offer(?:ed|s)?\s+(?:me|her|him|us|them)|parlat[oa]|parl[ée]\s+de|hablaron|falaram"
    r"|sprach)"
    + _TAIL
    +
    # "trabectedin -> ? eribulin": a question mark before the drug
    r"|(?:^|\s)\?\s*$"
    +
    # not eligible, too unwell: up to five words ("too unwell for further chemotherapy such as X")
    r"|\b(?:ineligible|not\s+eligible|unfit|not\s+fit|too\s+(?:unwell|frail|sick|weak)"
    r"|not\s+(?:a\s+)?(?:candidate|suitable)|no\s+(?:apt[ao]|candidat[ao]|elegible)"
    r"|n[aã]o\s+(?:eleg[ií]vel|apt[ao])|non\s+(?:candidabile|idone[ao]|eleggibile)"
    r"|non\s+[ée]ligible|nicht\s+geeignet|niet\s+geschikt|nie\s+kwalifikuje\s+si[ęe])"
    r"\s+(?:(?:for|para|a|per|à|au|f[üu]r|voor|do|aux?)\s+)(?:\w+\s+){0,4}?(?:\w+\s+)?$"
    r"|\b(?:(?:maybe|perhaps|possibly|forse|peut-[êe]tre|vielleicht|misschien|mo[żz]e|talvez)"
    r"(?!\s+(?:\d|about|around|some|a\s+few|one|two|three|four|five|six))"
    r"|options?\s+(?:include|includes|are|would\s+be)|alternatives?\s+(?:include|are))" + _TAIL +
    # hypothetical, planned, only talked about
    r"|\b(?:whether|(?:might|could|would)(?!\s*(?:not|n't)\s+(?:toler|stand|take|handle|cope))"
    r"|option\s+of|ask(?:ed|ing)?\s+about|wonder(?:ed|ing)?"
    r"\s+(?:about|if)|mentioned|mentions|discuss(?:ed|es|ing)|talk(?:ed|s|ing)?\s+about"
    r"|brought\s+up|considering|thinking\s+(?:about|of)|discussions?\s+(?:about|of|on)|envisag\w*|se\s+(?:plantea|considera"
    r"|propone)|si\s+(?:considera|propone)|(?:MDT|tumou?r\s+board)(?:\s+\w+)?\s*:\s*for"
    # "the oncologist recommends X" (present tense: a plan; "suggested X x6" may have been given)
    r"|recommends|suggests|advises|proposes|recomienda|sugiere|recommande|conseille|consiglia|raccomanda"
    r"|(?:are|is|'re|'s)\s+(?:now\s+)?(?:offering|proposing|suggesting|recommending)|propongono"
    r"|propone|proponen|propose|proposent|prop[õo]em?|ofrecen|oferecem|offrent|offrono|proponuj[ąa]"
    r"|stellen\s+voor|stelt\s+voor|schlagen|schl[äa]gt"
    r"|se\s+(?:le\s+)?(?:ofreci[oó]|ofrece|planea|prev[ée]|programa)|ofrecieron|se\s+neg[oó]\s+a(?:\s+\w+)?"
    r"|(?:est[aá]|[eè]|est|ist)\s+(?:previst[oa]|planead[oa]|planejad[oa]|programad[oa]"
    r"|programmat[oa]|pr[ée]vue?|geplant|vorgesehen)|ia\s+(?:fazer|receber|come[çc]ar|iniciar|tomar)"
    r"|doveva\s+(?:fare|ricevere|iniziare)|devait\s+(?:recevoir|commencer|d[ée]buter|faire)"
    r"|zou(?:den)?|wird\s+mit|werden\s+mit|mia[łl]a\s+(?:otrzyma[ćc]|dosta[ćc]|rozpocz[ąa][ćc])"
    r"|zalecono|zaleca\s+si[ęe]"
    r"|recomenda|sugere|empfiehlt|pensando\s+(?:en|a|em)|pense\s+[àa]"
    r"|(?:en|in|em|under|bajo|sous)\s+(?:discussion|discusi[oó]n|discussione|discuss[aã]o|Diskussion"
    r"|consideration|consideraci[oó]n|valutazione|évaluation)|si\s+valut\w*|in\s+Planung"
    r"|decid\w*\s+(?:if|whether|si|se|ob)|(?:if|si|falls|wenn|ob)\s+(?:\w+\s+){0,2}?(?:give|gives"
    r"|get|gets|starts?|dan|da|den|recibe|reciba|inicia|empieza|donne|donnent|d[aã]o|recebe"
    r"|riceve|bekommt|erh[äa]lt)|(?:se\s+)?(?:valorar[aá]|plantear[aá]|considerar[aá]|propondr[aá]"
    r"|evaluar[aá])|will\s+be\s+(?:considered|discussed|offered|evaluated)"
    r"|going\s+to|about\s+to|planned\s+to|plan\s+to|plans\s+to|vai\s+(?:come[çc]ar|iniciar"
    r"|fazer|receber|tomar|tentar|usar)|will\s+be|would\s+be|sar[àa]|ser[áa]|sera|werden"
    r"|v[aã]o\s+(?:come[çc]ar|iniciar|dar)|va\s+(?:commencer|d[ée]buter"
    r"|recevoir)|doit\s+(?:commencer|d[ée]buter|recevoir)|inizier[àa]|comincer[àa]"
    r"|dovr(?:ebbe|[àa])\s+iniziare|deve\s+iniziare|soll(?:te)?"
    r"|plan\s+(?:is|was)(?:\s+to)?|el\s+plan\s+es|le\s+plan\s+est|il\s+piano\s+[èe]|o\s+plano\s+[ée]"
    r"|der\s+Plan\s+ist"
    r"|supposed\s+to(?!\s+be\s+on)|meant\s+to(?!\s+be\s+on)|(?:due|scheduled|set|booked)\s+to\s+(?:start|begin|receive|get"
    r"|have)|will\s+(?:start|begin|receive|get|have|try)|want(?:s|ed)?\s+(?:her\s+|him\s+|me\s+)?"
    r"to\s+(?:give|start|try|use|do)|consideration\s+(?:of|for)|considered\s+for"
    r"|ib[ao]\s+a|iba(?:mos|n)\s+a|va(?:mos|n)?\s+a|podr[ií]a|quiz[aá]s?|quier\w*\s+(?:dar|darle"
    r"|empezar|iniciar|poner|probar|intentar|usar|cambiar)|habl\w*\s+de|tal\s+vez|considerando|se\s+(?:consider[oó]|propuso"
    r"|plante[oó]|habl[oó]\s+de)|parl(?:e|é|a|ait|ent|ano|ava)|fal(?:a|ou|am|aram)|spricht\s+von"
    r"|veu\w*\s+(?:lui\s+)?(?:donner|commencer|essayer|d[ée]buter)|vogliono|querem|wollen"
    r"|quer(?:ia)?\s+(?:come[çc]ar|iniciar|dar|fazer|tentar|usar|experimentar|p[ôo]r)"
    r"|vuol(?:e|ono)\s+(?:iniziare|provare|dar\w*|fare|far\w*)|m[öo]chte\w*|will\s+(?:ihr\s+)?"
    # future tense: "le darán", "recibirá", "receberá", "darão", "riceverà", "daranno", "recevra"
    r"|\b\w+r(?:[áà]n?|ão|anno)|(?:donner|recevr|commencer|essaier|essayer|d[ée]buter|administrer)"
    r"(?:a|ont)|pourrait|potrebbe|poderia|k[oö]nnte"
    r"|candidate?\s+(?:for|para|a|per|f[uü]r)|eligible\s+for|apt[ao]\s+para|valorando"
    r"|se\s+valor[aó]|waiting|await\w*|pending|esperando|pendiente|en\s+attente|in\s+attesa"
    r"|aguard\w*|wartet|voorgesteld|aangeboden|besproken|overwogen|gepland|zal\s+(?:\w+\s+)?"
    r"(?:starten|beginnen|krijgen)|gaat\s+(?:\w+\s+)?(?:starten|beginnen)|zaproponowano"
    r"|proponowano|proponuj\w*|rozwa[żz]\w*|zaplanowano|planowan\w*|om[óo]wiono|ma\s+(?:rozpocz[ąa][ćc]"
    r"|otrzyma[ćc]|dosta[ćc])|rozpocznie|otrzyma|dostanie|proposition\s+d[e']|propuesta\s+de"
    r"|proposta\s+(?:di|de)|Vorschlag|voorstel|propozycj\w*|approval\s+(?:for|of)|aprobaci[oó]n\s+(?:de|para)|autorizaci[oó]n\s+(?:de"
    r"|para))" + _TAIL +
    # a plan written as a label: "Next step: X", "Próximo paso previsto: X"
    r"|\b(?:next\s+steps?|plan(?:ned)?|options?(?:\s+discussed)?|opciones|op[çc][õo]es|opzioni"
    r"|proposal|propuesta|proposta|proposition|Vorschlag|voorstel|propozycja|pr[oó]xim[oa]\s+pas[oa](?:\s+previst[oa])?"
    r"|plan(?:eado|ificado)?|prochaine\s+[ée]tape|pr[ée]vu|prossim[oa]\s+passo|previst[oa]"
    r"|pr[oó]ximo\s+passo|n[äa]chster\s+Schritt|geplant|(?:initial|original)\s+plan|plan\s+inicial"
    r"|plano\s+inicial|plan\s+initial|piano\s+(?:iniziale|terapeutico)|urspr[üu]nglicher\s+Plan"
    r"|Therapieplan|recommendation|recomendaci[oó]n|recommandation|raccomandazione|Empfehlung"
    r"|recommended|recomendad[oa]|recommand[ée]e?|raccomandat[oa]|empfohlen|aanbevolen"
    r"|zalecan[aey]|advies|zalecenie)"
    r"(?:\s*\([^)]*\))?\s*:" + _TAIL,
    _I,
)
NEGATED_BEFORE = re.compile(r"(?:(?<!\w)(?=\w)|(?=\s?\?))(?:" + NEGATED_BEFORE.pattern + ")", _I)
"""(Every cue begins a word or is a question mark: trying them only there halves the time.)"""
# A drug proposed and not taken up ("tamoxifen was considered but never started", "se le ofreció
# pazopanib pero lo rechazó"): every drug before the "but" ("pero") is dropped.
NOT_TAKEN_UP = re.compile(
    r"\b(?:offered|proposed|suggested|discussed|considered|recommended|planned|mentioned|prescribed"
    r"|wants?\s+(?:her|him|me)\s+on"
    r"|ofrec|propu|propus|propos|consider|plante|suger|sugg[eé]r|recomend|recommand|raccomand"
    r"|coment|habl|[ée]voqu|mentionn|menzion|mencion|erw[äa]hn|angeboten|vorgeschlagen|empfohlen|erwogen|besprochen)\w*"
    r"[^.;]*?\b(?P<but>but|pero|mas|sin\s+embargo|mais|ma|aber)\b[^.;]*?\b(?:declin|refus"
    r"|rechaz|rifiut|recus|abgelehnt|never|nunca|jamais|mai|nie|said\s+no|dij[eo]\s+que\s+no"
    r"|dit\s+non|detto\s+(?:di\s+)?no|disse\s+(?:que\s+)?n[aã]o|sagte\s+nein"
    r"|not\s+(?:started|given|taken|received|used)|did\s*n[o']?t\s+(?:want|take|start|get|have)"
    # "suggested X but we went with Y instead": X was not given
    r"|went\s+with|chose|opted\s+for|preferred|instead|opt[oó]\s+por|eligi[oó]|prefiri[oó]"
    r"|en\s+su\s+lugar|[àa]\s+la\s+place|a\s+pr[ée]f[ée]r[ée]|ha\s+scelto|invece|optou|escolheu"
    r"|stattdessen|entschied"
    r"|(?:no|non|n[aã]o|nicht|pas)\s+(?:\w+\s+){0,2}(?:quis|quer|acept|accett|aceit|inici|empez"
    r"|recib|receb|ricev|tom|dio|dieron|dat|dad|administr|somministr|commenc|d[eé]but|gewollt"
    r"|gegeben|begonnen))",
    _I,
)
_GIVEN = (
    r"(?:given|offered|started|used|received|tried|an\s+option|gegeben|begonnen|verabreicht"
    r"|erhalten|indicated|indicad[oa]|indiqu[ée]e?|indicat[oa]|indiziert|donn[eé]e?|administr\w*|commenc[eé]e?|d[eé]but[eé]e?|re[çc]u\w*|dat[oa]"
    r"|somministrat[oa]|iniziat[oa]|ricevut[oa]|dad[oa]|iniciad[oa]|recebid[oa]|inici[oó]"
    r"|recibi[oó]|dio|tom[oó]|empez[oó]|available|approved|covered|disponible|disponibile"
    r"|dispon[ií]vel|verf[üu]gbar|aprobad[oa]|cubiert[oa])"
)
NEGATED_AFTER = re.compile(
    r"^\s*(?:gliel'|gli\s+|le\s+|l')?(?:hanno|ha)\s+(?:sconsigliat[oa]|rifiutat[oa]|scartat[oa]"
    r"|esclus[oa])\b"  # "l'Holoxan gliel'hanno sconsigliato"
    r"|^\s*(?:\w+\s+){0,3}?(?:was|were|is|did|has|had|have)?\s*(?:never|not|n't|nicht|nie|pas"
    r"|jamais|non|mai|n[aã]o|nunca|no)\s+"
    r"(?:\w+\s+){0,2}?" + _GIVEN + r"\b"
    r"|^\s*(?:\(\S*\)\s*)?(?:was|were|wurde|wurden|fue|foi|a\s+[ée]t[ée]|[eè]\s+stat[oa]|estaba"
    r"|estava|era|war|[ée]tait|werd|zosta[łl][aoy]?|by[łl][aoy]?|is|are|ist|sind|est|[eè]"
    r"|est[aá]|[ée]|jest|s[ąa]|zijn|has\s+been|have\s+been)?\s*"
    r"(?:declined|refused|avoided|evitad[oa]|[ée]vit[ée]e?|evitat[oa]|vermieden|abgelehnt"
    r"|rechazad[oa]|refus[ée]e?|rifiutat[oa]|recusad[oa]|denied|denegad[oa]|negad[oa]|negat[oa]"
    r"|verweigert|omitted|omitid[oa]|omis[e]?|omess[oa]|weggelassen|withheld|withdrawn"
    r"|ruled\s+out|descartad[oa]|[ée]cart[ée]e?|scartat[oa]|verworfen|contra-?indicated"
    r"|contraindicad[oa]|contre-indiqu[ée]e?|controindicat[oa]|kontraindiziert|desestimad[oa]"
    r"|sconsigliat[oa]|geweigerd|afgewezen|vermeden|gecontra-?indiceerd|odrzucon[aey]"
    r"|przeciwwskazan[aey])\b"
    r"|^\s*(?:\w+\s+)?(?:a|à|da|por|to\s+be|yet\s+to\s+be|still\s+to\s+be)\s+(?:iniciar|empezar"
    r"|come[çc]ar|d[ée]buter|commencer|iniziare|started|given|begun|follow|initiated)\b"
    r"|^\s*(?:\w+\s+)?(?:in\s+Vorbereitung|en\s+pr[ée]paration|in\s+preparazione"
    r"|em\s+prepara[çc][ãa]o|en\s+preparaci[oó]n|in\s+voorbereiding|w\s+przygotowaniu)\b"
    r"|^\s*[—–:-]\s*(?:planned|proposed|discussed|declined|refused|not\s+(?:started|given)"
    r"|pending|pr[ée]vue?|geplant|previst[oa]|planead[oa]|planejad[oa]|gepland|planowan[aey]"
    r"|propuest[oa]|propost[oa]|propos[ée]e?|vorgeschlagen|rechazad[oa]|refus[ée]e?|abgelehnt)\b"
    r"|^\s*(?:erst|only)\s+(?:nach|after)\b|^\s*(?:\w+\s+)?(?:nicht|niet)\s+(?:geeignet|infrage"
    r"|in\s+Frage|m[öo]glich|indiziert|geschikt|mogelijk|ge[ïi]ndiceerd)\b|^\s*(?:(?:was|were|is|has\s+been|have\s+been)\s+)?"
    r"(?:(?:kept|held|saved)\s+(?:as|for|in)\s+(?:an?\s+)?(?:backup|back-up|reserve|fallback|later)"
    r"|requested|solicitad[oa]|richiest[oa]|demand[ée]e?|beantragt|aangevraagd|reserved"
    r"|reservad[oa]|riservat[oa]|r[ée]serv[ée]e?|vorbehalten|gereserveerd)\b"
    r"|^\s*(?:was|were|is|has\s+been|wurde|se|si\s+[eè]|a\s+[ée]t[ée]|foi|werd|zosta[łl][aoy]?)?\s*"
    r"(?:deferred|postponed|diferid[oa]|aplaz(?:ad[oa]|[oó])|pospuest[oa]|pospuso|rimandat[oa]"
    r"|rinviat[oa]|diff[ée]r[ée]e?|report[ée]e?|aufgeschoben|verschoben|uitgesteld|odroczon[aey]"
    r"|adiad[oa])\b(?!\s+(?:\w+\s+)?(?:a|one|two|\d+|una?|une?|eine?|um)\s+(?:weeks?|days?"
    r"|semanas?|d[ií]as?|semaines?|jours?|settiman[ae]|giorni|Wochen?|Tage?|weken|dagen"
    r"|tydzie[nń]|dni))"
    r"|^\s*(?:was|were|is|has\s+been|wurde)?\s*(?:shelved|parked|vetoed|not\s+pursued"
    r"|zur[üu]ckgestellt|kept\s+up\s+(?:our|her|his|their|my)\s+sleeve|ficou\s+para\s+depois"
    r"|qued[oó]\s+para\s+(?:m[aá]s\s+adelante|despu[eé]s))\b"
    # "Trabectedin hat die Patientin abgelehnt", "werd eribuline door de patiënte geweigerd"
    r"|^\s*(?:hat|hatte|wurde|wurden|werd|door|von|by|is|ist|wordt|wird)\s+(?:\w+\s+){0,3}?"
    r"(?:abgelehnt|verweigert|angeboten|vorgeschlagen|geweigerd|afgewezen|voorgesteld|aangeboden"
    r"|refused|declined|vetoed|besproken|besprochen|diskutiert|overwogen|erwogen)\b"
    r"|^\s*(?:\w+\s+){0,2}?(?:on\s+the\s+cards|in\s+the\s+pipeline|on\s+the\s+horizon|earmarked"
    r"|in\s+Erw[äa]gung|en\s+espera\s+de|in\s+valutazione|em\s+avalia[çc][ãa]o"
    r"|en\s+(?:cours\s+d')?[ée]valuation|w\s+trakcie\s+oceny"
    r"|off\s+the\s+table|not\s+an\s+option|no\s+(?:es|era)\s+(?:una\s+)?"
    r"opci[oó]n|n'est\s+pas\s+une\s+option|non\s+[eè]\s+un'opzione|n[aã]o\s+[ée]\s+(?:uma\s+)?"
    r"op[çc][ãa]o|(?:kam|kommt)\s+nicht\s+in\s+Frage|hors\s+de\s+question|fuera\s+de\s+(?:la\s+)?"
    r"(?:mesa|discusi[oó]n)|pencil+ed\s+in|(?:kept|held)\s+in\s+reserve|(?:qued[oó]|queda)\s+en"
    r"\s+reserva|in\s+riserva|en\s+r[ée]serve|em\s+reserva|in\s+Reserve)\b"
    # "X und Y angeboten", "X (AI) geplant": a German, Dutch or Polish participle after the drug
    r"|^\s*(?:(?:und|en|i|oraz)\s+[^\W\d_][\w-]*\s+)?(?:\([^)]*\)\s*)?(?:(?:ist|wurde|wurden|werd"
    r"|is|wordt|zosta[łl][aoy]?)\s+)?(?:angeboten|vorgeschlagen|empfohlen|geplant|vorgesehen"
    r"|besprochen|erwogen|voorgesteld|aangeboden|besproken|overwogen|gepland|zaproponowan[aey]"
    r"|zaplanowan[aey]|planowan[aey]|om[óo]wion[aey])\b"
    r"|^\s*(?:was|were|is|are|wurde|werd|zosta[łl][aoy]?)?\s*(?:niet|nicht|nie)\s+(?:\w+\s+){0,2}?"
    r"(?:gegeven|gestart|begonnen|podan[aey]|rozpocz[ęe]t[aey]|w[łl][ąa]czon[aey])\b"
    r"|^\s*(?:was|were|got|had\s+been|fue|foi|a\s+[ée]t[ée]|[eè]\s+stat[oa]|wurde)\s+(?:just\s+)?"
    r"(?:approved|aprobad[oa]|approuv[ée]e?|approvat[oa]|aprovad[oa]|zugelassen)\b"
    r"|^\s*(?:(?:or|o|ou|oder)\s+(?:\w+\s+){0,3}?)?(?:as|como|comme|come|als)\s+"
    r"(?:the\s+|a\s+|el\s+|la\s+|il\s+)?(?:next|possible|future"
    r"|siguiente|pr[óo]xim[oa]|prochaine?|prossim[oa]|n[äa]chste[nr]?)\s+(?:step|option|line|paso"
    r"|opci[óo]n|[ée]tape|passo|opzione|Schritt|Option)s?\b"
    # "pazopanib if she progresses", "X si progresa", "X en cas de progression"
    r"|^\s*(?:\w+\s+){0,2}?(?:if|si|se|falls|wenn|bei|should|in\s+case\s+of|en\s+cas\s+de"
    r"|in\s+caso\s+di|em\s+caso\s+de|en\s+caso\s+de)\s+(?:\w+\s+){0,2}?(?:progress\w*|progres\w*"
    r"|relaps\w*|recur\w*|recidiv\w*|fails?|needed)\b"
    r"|^\s*(?:\w+\s+){0,2}?if\s+(?:she\s+is\s+|he\s+is\s+)?(?:fit|well\s+enough|agreed?|funded"
    r"|approved)\b"
    r"|^(?:-based)?\s*(?:\w+\s+){0,2}?(?:could|might|would|may)\s+(?:still\s+)?(?:have\s+)?be(?:en)?\b"
    r"|^\s*(?:is|as)\s+(?:an?\s+|another\s+|the\s+(?:next|preferred)\s+)?(?:option|alternative"
    r"|possibility|choice)\b"
    # "starting doxorubicin next month", "empieza trabectedina la semana que viene"
    r"|^\s*(?:\w+\s+){0,3}?(?:next\s+(?:week|month|monday|tuesday|wednesday|thursday|friday"
    r"|cycle|(?:mon|tues?|wed|thu(?:rs?)?|fri)\b\.?)|tomorrow|la\s+semana\s+que\s+viene|el\s+mes\s+que\s+viene|(?:la|el|a|o)\s+"
    r"pr[oó]xim[oa]\s+(?:semana|mes|m[eê]s)|(?:le\s+mois|la\s+semaine)\s+prochaine?|demain"
    r"|amanh[ãa]|domani|(?:la\s+settimana|il\s+mese)\s+prossim[oa]|n[äa]chste[nr]?\s+(?:Woche"
    r"|Monat))\b"
    # "first AIM cycle booked for the 14th", "programado para el lunes"
    r"|^\s*(?:(?!as\b|come\b|como\b|comme\b|wie\b|zoals\b|conforme\b)\w+\s+){0,2}?(?:(?:is|was)\s+)?"
    r"(?:booked|scheduled|planned|due|set|programad[oa]"
    r"|agendad[oa]|marcad[oa]|pr[ée]vue?|programm[ée]e?|programmat[oa]|previst[oa]|geplant"
    r"|angesetzt)\s+(?:for|on|para|pour|le|per|il|am|f[üu]r)\b"
    # "the gem/tax they offered", "le Yondelis qu'on lui a proposé"
    r"|^\s*(?:(?:that|which|que|qu'|che|den|die)\s*)?(?:they|the\s+(?:doctors?|team|oncologists?)"
    r"|she|he|we|on\s+lui\s+a|le\s+m[ée]decin\s+a|ellos|eles)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:offered|proposed|suggested|recommended|mentioned|discussed|propos[ée]|ofrecieron"
    r"|ofereceram|propuesto)\b"
    r"|^\s*\)?\s*(?:is|are|was|were|wurde|wurden|ist|sind|fue|foi|a\s+[ée]t[ée]|[eè]\s+stat[oa]"
    r"|est|[eè]|[ée]|es|est[aá]|has\s+been|have\s+been|had\s+been)\s+(?:being\s+|now\s+|only\s+)?"
    r"(?:considered|discussed|proposed"
    r"|planned|evaluated|offered|suggested|mentioned|[ée]voqu[ée]e?|mentionn[ée]e?|mencionad[oa]"
    r"|menzionat[oa]|erw[äa]hnt|ofrecid[oa]|oferecid[oa]|offert[oa]?|angeboten"
    r"|besprochen|erwogen|vorgeschlagen|geplant|vorgesehen|propuest[oa]|plantead[oa]|discutid[oa]"
    r"|programad[oa]|planificad[oa]|planejad[oa]|propost[oa]|propos[ée]e?|discut[ée]e?|pr[ée]vue?"
    r"|discuss[oa]|pianificat[oa]|previst[oa]|programmat[oa]|talked\s+about)\b|^\s*(?:\w+\s+){0,2}?(?:under\s+consideration|pourrait|pourraient|potrebbe"
    r"|poderia|podr[ií]a|k[oö]nnte|est[aá]\s+siendo\s+(?:valorad|considerad)[oa]|se\s+est[aá]"
    r"\s+(?:valorando|considerando)|est\s+envisag[ée]e?|[eè]\s+in\s+valutazione|est[aá]\s+sendo"
    r"\s+considerad[oa]|wird\s+erwogen)\b",
    _I,
)
# "dropped the docetaxel before it even started", "retirado antes de empezar" (from the drug's end,
# across a "before" that splits stretches).
UNSTARTED = re.compile(
    r"\s*\w*\s*(?:before|antes\s+de|avant\s+(?:de|m[eê]me\s+de)|prima\s+(?:di|ancora\s+di)|bevor)"
    r"\s+(?:(?:it|she|he|they|ella|elle|lei|sie)\s+)?(?:\w+\s+){0,2}?(?:started|began|empezar"
    r"|iniciar|commencer|d[ée]buter|iniziare|begann|anfing|was\s+(?:started|given))\b",
    _I,
)
# A question about a drug ("Is trabectedin worth trying?", "¿Le conviene la trabectedina?"): the
# sentence opens with one of these and ends with "?".
QUESTION = re.compile(
    r"\s*(?:¿|(?:is|are|should|would|could|can|will|shall|what\s+about|how\s+about|es|ser[ií]a"
    r"|vale|conviene|deber[ií]a|podr[ií]a|est-ce|faut-il|devrait|sarebbe|dovrebbe|deveria|seria"
    r"|sollte|w[äa]re|lohnt|moet|czy|можно|стоит|هل)\b)",
    _I,
)
# Words after a drug, before the next one, that say it was given after all ("mentioned that X x6
# was completed", "X was planned for 6 cycles but only 4 were given").
CARRIED_OUT = re.compile(
    r"(?<!nothing\s)(?<!none\s)(?<!nada\s)(?<!rien\s)(?<!nichts\s)(?<!niente\s)"
    r"\b(?:was|were|had\s+been|has\s+been|fue|fueron|foi|foram|a\s+[ée]t[ée]|wurde|wurden)\s+"
    r"(?:completed|given|administered|received|finished|completad[oa]s?|administrad[oa]s?"
    r"|dad[oa]s|completat[oa]|somministrat[oa]|donn[ée]e?s?|gegeben|verabreicht|abgeschlossen)\b"
    # "offered and she accepted", "que empezó en mayo", "and started in June"
    r"|(?:\b(?:and|y|e|et|und|en|i|que|which)\s+|\bqu')(?:(?!not|never|no|n[aã]o|non|nicht|pas"
    r"|nie|nunca|yet|jamais|mai)[\w']+\s+){0,3}?(?:accepted|agreed|started|began|acept[oó]|empez[oó]"
    r"|fatt[oa]|re[çc]ue?s?"
    r"|inici[oó]|iniciad[oa]|iniciou|aceitou|come[çc]ou|accettat[oa]|ha\s+accettato|iniziat[oa]"
    r"|akzeptiert|angenommen"
    r"|begonnen|gestart|aanvaard|zaakceptowa\w+|rozpocz[ęe]\w+|accept[ée]e?|commenc[ée]e?"
    r"|given|administered|administr\w+|gegeben|verabreicht|gegeven|podan[oaey]?|somministrat[oi]"
    r"|taken|took|tomad[oa]|tom[oó]|tomou|genommen|genomen|assunt[oa]|pris"
    r"|donn[ée]e?s?|dad[oa]s?|feitos?|fez|hizo"
    r"|d[ée]but[ée]e?)\b"
    # "... and she received 7 cycles", "sie hat 9 Zyklen bekommen"
    r"|\b(?:received|got|had|completed|recibi[oó]|hizo|fez|recebeu|ricevuto|fatto|re[çc]u|kreeg"
    r"|otrzyma[łl]a|hat|hatte)\s+(?:\w+\s+)?\d{1,2}\s+(?:cycles|rounds|courses|ciclos|cicli|cures"
    r"|Zyklen|kuren|cykli)\b",
    _I,
)
# A stretch that refuses the drugs of the stretch before it ("offered trabectedin, which she
# declined"; "..., que rechazó").
REFUSED_NEXT = re.compile(
    r"^\s*(?:(?:which|that|but|que|ce\s+qu|che|mas|pero|aber|was|die)\s*'?\s*(?:\w+\s+){0,2}?)"
    r"(?:declined|refused|turned\s+down|did\s*n[o']?t\s+(?:want|accept|take)|rechaz\w*"
    r"|no\s+(?:quiso|acept[oó])|a\s+refus[ée]e?|refus\w*|ha\s+rifiutato|rifiut\w*|recusou"
    r"|recus\w*|abgelehnt|ablehnte|lehnte"
    # "..., but not (yet) started", "aber noch nicht begonnen", "pero no se inició"
    r"|(?:not|nicht|no|non|n[aã]o|pas)\s+(?:yet\s+|noch\s+|todav[ií]a\s+|ancora\s+|ainda\s+"
    r"|encore\s+|se\s+)?(?:started|begun|given|begonnen|gegeben|inici\w*|empez\w*|iniziat[oa]"
    r"|commenc[ée]e?|come[çc]ad[oa]|dad[oa]))\b",
    _I,
)
# "Switched from letrozole to Aromasin", "cambió de X a Y", "von X auf Y umgestellt": two lines.
SWITCHED_FROM = re.compile(
    r"\b(?:switch\w*|chang\w*|mov\w*|swapp?\w*|cambi\w*|pas[oó]|pass\w*|troc\w*|mud\w*"
    r"|umgestellt|gewechselt|wechsel\w*)\s+(?:\w+\s+){0,2}?(?:from|de|da|von|del|do)\s+$",
    _I,
)
SWITCHED_VON = re.compile(r"\bvon\s+$", _I)
SWITCHED_AFTER = re.compile(r"\s*(?:umgestellt|gewechselt)\b", _I)  # "von X auf Y umgestellt"
SWITCHED_TO = re.compile(r"^\s+(?:to|a|al|para|pelo|ao|[àa]|alla|al|auf|zu|zum|zur|onto)\s+$", _I)
# Words that say a list runs from the latest line back to the first.
REVERSE = re.compile(
    r"\b(?:most\s+recent|latest|newest)\s+first\b|\breverse\s+(?:chronological\s+)?order\b"
    r"|\breverse\s+chron(?:ological(?:ly)?)?\b"  # "Tx hx (reverse chron):"
    r"|\bd(?:el|e\s+la)\s+m[aá]s\s+reciente\b|\bm[aá]s\s+reciente\s+primero\b"
    r"|\b(?:du|de\s+la)\s+plus\s+r[ée]cente?\b|\bdal(?:la)?\s+pi[uù]\s+recente\b"
    r"|\bd[oa]\s+mais\s+recente\b"
    r"|\bneueste\s+zuerst\b|\b(?:newest|latest|most\s+recent)\s+(?:at\s+the\s+top|on\s+top|above)\b"
    r"|\b(?:newest|latest|most\s+recent)\s+(?:to|→|->)\s+oldest\b|\bnieuwste\s+eerst\b|\bmeest\s+recente?\s+eerst\b"
    r"|\bod\s+najnowsz\w*|من\s+الأحدث",
    _I,
)
_AFTER = (
    r"(?:after|following|despu[eé]s\s+de|tras|apr[èe]s|dopo|ap[óo]s|depois\s+d[eoa]s?|nach"
    r"|na(?=\s+(?:de|het)\s))"  # Dutch "na de 6 kuren AI"
)
AFTER = re.compile(
    r"\b(?:" + _AFTER + r"|(?<!was\s)(?<!were\s)(?<!been\s)replaced(?!\s+(?:by|with))"
    r"|came\s+after|followed(?!\s+(?:by|up)))\b",
    _I,
)  # "X replaced Y", "X had followed Y": Y came first
# "X was given before Y": X came first ("before that" is a separator, never inside a stretch).
BEFORE = re.compile(
    r"\b(?:before|prior\s+to|antes\s+de|avant(?:\s+de|\s+d')?|prima\s+(?:di|del|della)|vor)\b", _I
)
# "Before letrozole she had megestrol" (a stretch opening with "before" and a drug).
BEFORE_LEADING = re.compile(
    r"\s*(?:(?:and\s+)?the\s+one\s+(?:preceding|before)|before|prior\s+to|antes\s+(?:de|del|do|da|dos|das)|avant(?:\s+(?:le|la|les|l'))?|prima\s+(?:di|del|della"
    r"|dello)|vor\s+(?:dem|der))\s+",
    _I,
)
# "... after (progressing on) <drug>" with no drug before it in its stretch: that drug came before
# the line just read ("Dacarbazine was started in 2021 after progressing on trabectedin").
AFTER_LEADING = re.compile(
    r"\b"
    + _AFTER
    + r"\s+(?:(?:she|he|it|they|ella|elle|lei|ela|sie|er|que|che)\s+(?:had\s+|has\s+)?)?"
    r"(?:(?:progress\w*|progres\w*|fail\w*|relaps\w*|recurr\w*|PD|fracaso"
    r"|[ée]chec|fallimento|falha|Versagen)(?:\s+(?:on|of|with|under|after|to|a|al|con|sous|avec|de"
    r"|du|sotto|com|unter|mit))?\s+)?(?:(?:the|el|la|le|il|o|der|die|den|de|het)\s+)?(?:(?:first|second"
    r"|third|1st|2nd|3rd|prior|previous|initial)[-\s]line\s+)?(?:"
    + _NUM
    + r"\s+(?:(?:cycles?|rounds?"
    r"|courses?|ciclos?|cicli|cures|Zyklen|kuren|cykli)\s+(?:(?:of|de|di|du|des|von|van)\s+)?"
    r"|(?:of|de|di|do|da|dos|das)\s+)(?:(?:the|la|el|o|a)\s+)?)?"
    # "after three (prior) lines (doxorubicin, ...)", "dopo tre linee:", "nach zwei Linien ("
    r"(?:" + _NUM + r"\s+(?:\w+\s+)?(?:lines?|l[ií]neas|linee|linhas|lignes|Linien|Therapielinien)"
    r"(?:\s+(?:of\s+)?\w+)?\s*[(:]\s*)?$",
    _I,
)
# What joins a drug listed after "after" to the next one listed with it: "gem/doc and then
# Votrient", "dox and later on gem/doc", "doxo y luego pazopanib" (a clause, no comma).
LISTED_ON = re.compile(
    r"^[^,.;:\n]*?\s(?:and|y|e|et|und)\s+(?:then|later|luego|despu[eé]s|puis|ensuite|poi|depois"
    r"|dann|danach)\s*$",
    _I,
)
# Words that make a stretch a remark about a drug already given ("the ifosfamide caused...").
REMARK = re.compile(
    r"\b(?:the|that|this|her|his|my|el|la|le)\s+\S+\s+(?:had\s+|has\s+)?(?:caused|causing|gave"
    r"|made|was\s+(?:hard|tough|awful|the\s+worst))\b"
    r"|\b(?:caused|because\s+of|due\s+to|from\s+the|related|induced|side\s+effects?|toxicity"
    r"|allergic|reaction|dropped|omitted|reduced|held|hold|holding|paused?|interrupted"
    r"|suspend(?:ed)?|sospes[oa]|suspendid[oa]|suspens[oa]|pausiert|unterbrochen)\b",
    _I,
)
# A line that holds fewer drugs than the line before ("continued Lartruvo alone", "Taxol alone").
ALONE = re.compile(
    r"\b(?:alone|single[-\s]agent|monotherapy|sol[oa]|seule?|en\s+monoth[ée]rapie|da\s+sol[oa]"
    r"|monoterapia|allein|Monotherapie|sozinh[oa]|maintenance|mantenimiento)\b",
    _I,
)
# Causal words after which a drug already given is a remark ("because the pazopanib raised...").
CAUSE = re.compile(
    r"\b(?:because|due\s+to|porque|debido\s+a|parce\s+que|[àa]\s+cause|perch[ée]|a\s+causa"
    r"|weil|wegen|devido|omdat|vanwege|poniewa[żz]|z\s+powodu|eftersom|p[åa]\s+grund\s+av"
    r"|[çc][üu]nk[üu])\b",
    _I,
)
# "Her very first chemo was Adriamycin": the line goes first.
FIRST = re.compile(
    r"\b(?:first|initial)\s+(?:chemo(?:therapy)?|line|treatment|regimen|drug|therapy)\s+(?:was|were)\b"
    r"|\bprimer(?:a|o)?\s+(?:quimio(?:terapia)?|l[ií]nea|tratamiento)\s+fue\b"
    r"|\bpremi(?:er|[eè]re)\s+(?:chimio(?:th[ée]rapie)?|ligne|traitement)\s+(?:a\s+[ée]t[ée]|[ée]tait)\b"
    r"|\bprim[oa]\s+(?:chemio(?:terapia)?|linea|trattamento)\s+(?:[eè]\s+stat[oa]|era)\b"
    r"|\berste\s+(?:Chemo(?:therapie)?|Linie|Therapie|Behandlung)\s+war\b"
    r"|\b(?:at\s+the\s+(?:very\s+)?(?:start|beginning|outset)|in\s+the\s+beginning|al\s+inicio"
    r"|au\s+tout\s+d[ée]but|all'inizio|am\s+Anfang|no\s+in[ií]cio|de\s+in[ií]cio"
    r"|first\s+of\s+all|at\s+first(?!\s+(?:scan|ct|mri|pet|restaging|assessment|evaluation"
    r"|imaging|review|visit|follow-up|sight))|initially|al\s+principio|inicialmente|au\s+d[ée]but"
    r"|initialement|all'inizio|inizialmente|zun[äa]chst|anfangs|zuerst"
    r"|na\s+(?:samym\s+)?pocz[ąa]tku|in\s+het\s+begin|i\s+b[öo]rjan|i\s+starten)\b",
    _I,
)
# "three prior lines: A, B and C": every item of the list that follows is a line of its own.
LINES_LIST = re.compile(
    r"\b(?:\d|two|three|four|five|dos|tres|cuatro|cinco|duas|tr[eê]s|quatro|deux|trois|quatre|due"
    r"|tre|quattro|zwei|drei|vier|f[üu]nf)\s+(?:\w+\s+)?(?:lines?|l[ií]neas|linhas|lignes|linee"
    r"|Therapielinien|Linien)(?:\s+\w+){0,2}\s*:",
    _I,
)
# "The same regimen again": a new line with the agents of the line before.
REPEAT = re.compile(
    r"\bsame\s+(?:regimen|chemo(?:therapy)?|treatment|drugs?|combination|therapy|thing)\b"
    r"|\b(?:same\s+as\s+before|rechallenged?\s+with\s+the\s+same)\b"
    r"|\b(?:el\s+)?mismo\s+(?:esquema|tratamiento|r[eé]gimen)\b|\blo\s+mismo\b"
    r"|\bm[eê]me\s+(?:traitement|protocole|sch[eé]ma)\b|\bstess[oa]\s+(?:schema|trattamento|terapia)\b"
    r"|\bmesm[oa]\s+(?:esquema|tratamento|terapia|combina[çc][ãa]o)\b"
    r"|\b(?:gleiche|dieselbe)n?\s+(?:Therapie|Schema|Kombination|Chemo(?:therapie)?|Behandlung)\b"
    r"|\bmism[oa]\s+combinaci[oó]n\b|\bm[eê]me\s+(?:association|combinaison)\b"
    r"|\bstessa\s+combinazione\b|\bdezelfde\s+(?:combinatie|kuur|behandeling)\b",
    _I,
)
# A restart with no drug named, a new line with the drugs of the line before: "restarted in
# 2024", "back on it", "lo retomó", "l'a repris" (not a dose resumed after a hold, RESUMED_AT).
RESTART = re.compile(
    r"\b(?:re-?started|resumed|re-?introduced|back\s+on\s+(?:it|them)|went\s+back\s+on"
    r"|(?:lo|la|los|las)\s+(?:retom[oó]|reinici[oó])|(?:se\s+)?reinici[oó]|retom(?:ou|ó)"
    r"|(?:l'a|les\s+a)\s+repris|ripres[oa]|wieder\s+(?:aufgenommen|begonnen|angefangen)"
    r"|Wiederaufnahme|reanud\w*|retomad[oa]|hervat|wznowi\w*)\b",
    _I,
)
RESUMED_AT = re.compile(
    r"\b(?:after|following|tras|apr[èe]s|dopo|ap[óo]s|nach)\s+(?:an?\s+|une?\s+|una?\s+|uma?\s+"
    r"|einer\s+)?(?:short\s+|brief\s+|dose\s+|kurzen\s+)?(?:delay|break|pause|hold|interruption"
    r"|holiday|pausa|retraso|interrupci[óo]n|retard|interruption|ritardo|interruzione|atraso"
    r"|interrup[çc][ãa]o|Pause|Unterbrechung|Verz[öo]gerung)\b|\b(?:at|a|à|con|mit|in)\s+(?:a\s+|la\s+|une?\s+|einer\s+)?(?:\d+(?:[.,]\d+)?\s*(?:mg|%)"
    r"|(?:reduced|lower|full|same|reducida|menor|r[ée]duite|ridotta|reduzida|reduzierte[rn]?)\b)",
    _I,
)
# A drug named again as a new line, not a remark ("doxorubicin again at relapse").
AGAIN = re.compile(
    r"\b(?:again|rechallenge[d]?|re-challenge[d]?|repeated|de\s+nuevo|otra\s+vez|nuevamente"
    r"|[àa]\s+nouveau|de\s+nouveau|di\s+nuovo|nuovamente|novamente|de\s+novo|erneut|wieder"
    r"|re-?start\w*|re-?introduc\w*|re-?treat\w*|re-?trait\w*|re-?tratamient\w*|re-?tratament\w*"
    r"|ritrattament\w*|Re-?Therapie|noch\s*(?:ein)?mal|nochmals|once\s+more|una\s+vez\s+m[aá]s"
    r"|encore\s+une\s+fois|ancora\s+una\s+volta|mais\s+uma\s+vez|opnieuw|ponownie|re-?initiat\w*|reinici\w*|reintroduc\w*"
    r"|retom\w*|red[ée]marr\w*|r[ée]introdu\w*|ripres[oa]|ripreso|reintrodott\w*|riavviat\w*"
    r"|reintroduzid\w*|Wiederaufnahme|reanud\w*|hervat\w*|wznowi\w*)\b",
    _I,
)
# "first dox, then gem and doce": an order word is context enough for a short alias.
FIRST_WORD = re.compile(r"\b(?:first|primero|primeiro|primo|d'abord|zuerst|eerst|najpierw)\b", _I)
# Combination cues that hold "doxorubicin, ifosfamide together" in one line.
TOGETHER = re.compile(r"\b(?:together|combined|combination|concurrent(?:ly)?|juntos?)\b", _I)
JOINERS = frozenset(["and", "y", "e", "et", "und", "plus", "with", "con", "com", "avec", "mit"])
NEGATION = re.compile(r"\b(?:no|not|without|sin|never)\s+(?:\w+\s+)?$", _I)

SETTINGS: list[tuple[str, re.Pattern[str]]] = [
    ("neoadjuvant", re.compile(r"\b(?:neo-?adjuvant|neoadyuvante|before\s+surgery)\b", _I)),
    ("adjuvant", re.compile(r"\b(?:adjuvant|adyuvante|after\s+surgery)\b", _I)),
    ("maintenance", re.compile(r"\b(?:maintenance|mantenimiento)\b", _I)),
]

CHEMO = re.compile(
    r"\b(?:chemo(?:therapy|therapie)?|quimio(?:terapia)?|chimio(?:th[ée]rapie)?|chemio(?:terapia)?"
    r"|quimioterapia)\b",
    _I,
)
# A heading that names chemotherapy and no more: "Chemo history -", "Quimioterapia previa:".
CHEMO_LABEL = re.compile(
    r"^\W*(?:[^\W\d_]+\s+){0,2}?" + CHEMO.pattern + r"(?:\s+[^\W\d_]+){0,2}\s*[:\-–—]?\s*$", _I
)
# "Chemotherapy: none", "Systemic therapy - nil", "Quimioterapia: ninguna": no line.
NONE_AFTER = re.compile(
    r"\s*[:=-]?\s*(?:none|nil|no(?=\s*(?:[.;,\n]|$))|nothing|n/a|ninguna|ninguno|nada|aucune?|rien|nessuna|nessuno"
    r"|nulla|nenhuma|nenhum|nada|keine)\b",
    _I,
)
RADIATION = re.compile(
    r"\b(?:radiation|radiotherapy|irradiation|RT|SBRT|XRT|EBRT|IMRT|VMAT|radioterapia"
    r"|brachytherapy|brachy|braquiterapia|radiosurgery|proton\s+therapy|[Rr]adioth[ée]rapie"
    r"|[Cc]uriethérapie|[Ss]trahlentherapie|[Bb]estrahlung|[Bb]rachytherapie|[Bb]rachiterapia"
    r"|[Rr]adiochirurgia|[Rr]adiocirurgia|CyberKnife|Gamma\s+Knife)\b"
)
RADIATION_CI = re.compile(RADIATION.pattern, _I)
CHEST = re.compile(r"\b(?:chest|mediastin\w*|thorac\w*|t[oó]rax|tor[aá]cic\w*|lung|breast)\b", _I)
SURGERY = re.compile(
    r"\b(?:surgery|hysterectomy|myomectomy|metastasectomy|resection|resected|lobectomy"
    r"|wedge|debulking|operation|cirug[ií]a|histerectom[ií]a|operad[oa])\b",
    _I,
)
# Words that make an unknown drug in a stretch without anticancer agents supportive care, not a
# line of therapy ("Zofran for nausea", "Neulasta shots for her white counts").
SUPPORT = re.compile(
    r"\b(?:nausea|vomit\w*|anti-?emetics?|premed\w*|growth\s+factor|white\s+(?:cells?|counts?)"
    r"|neutrophils?|neutropeni\w*|G-?CSF|bones?|support(?:ive)?|shots?|pain|n[áa]useas?"
    r"|v[óo]mitos?|antiem[ée]tic\w*|premedicaci[óo]n|soporte|apoyo|naus[ée]es?|[Üü]belkeit"
    r"|antiemetic[oi]|antiem[ée]tiques?|nausee|piq[ûu]res?|pinchazos?|punture|puntura|Spritzen?"
    r"|picadas?|inje[çc][õo]es|thrombos\w*|trombos\w*|thrombus|clots?|DVT|anticoag\w*|blood\s+thinners?)\b",
    _I,
)
# A day of the cycle ("Neulasta on d4", "Zofran days 1-3", "J8", "Tag 2"): a stretch that only
# names capitalised unknown words on a day of the cycle is care within the line, not a line.
CYCLE_DAY = re.compile(r"\b(?:d|days?|d[ií]as?|jours?|J|giorn[oi]|Tage?|dias?)\s?\d{1,2}\b", _I)
TAKING = re.compile(
    r"\b(?:on|started|start|took|taking|received|given|tried|trial|study|enrolled|con|tom[oó]"
    r"|recibi[oó]|inici[oó]|empez[oó]|ensayo|estudio|ricevut[oa]|re[çc]u\w*|receb\w*|erhielt"
    r"|erhalten|bekam|essai|studio|Studie|cicli|ciclos|cures|Zyklen|cycles)\b",
    _I,
)

WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
DRUG_SUFFIX = re.compile(
    r"(?:mab|nib|lisib|parib|platin|taxel|rubicin|mustine|fosfamide|ciclib|rafenib|stat"
    r"|trexate|tecan|zomib|limus|mide|bine|ectedin|relin|relix|trozole|estrant)$",
    _I,
)
_NAME_CUE_TEXT = (
    "dr dra doctor doctora mr mrs ms prof professor md at in from to saw met see visit en desde"
)
NAME_CUES = frozenset(_NAME_CUE_TEXT.split())
_PLACE_TEXT = "clinic hospital center centre institute university medical cancer health centro"
PLACE_WORDS = frozenset(_PLACE_TEXT.split())
CODE_NAME = re.compile(r"[A-Z]{2,5}-?\d{2,8}(?![\w-])")
"""A study code such as AZD1234, BAY-1895344 or NCT04123456 (matched where a word starts)."""
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
