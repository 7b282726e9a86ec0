"""The mood of a drug mention's clause: proposed, refused or yet to come, or given.

One general rule behind the phrase-specific cues of :mod:`sarcnav.therapy.lexicon`: a drug whose
clause (its sentence, cut at the nearest drug named apart from it) holds a word of proposal,
decision, request, refusal, unsuitability or the future ("recommended", "authorisation request",
"denied", "felt unsuitable", "starts next week", "would only matter if"), and no evidence that it
was given (a cycle count, "received", "completed", "stopped", a response word, a span of years),
was not given. A form's tick boxes are read by the side they stand on. Cues are rows of
:data:`CUES` (id, kind, languages, pattern); words only, no clinical facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sarcnav.therapy import lexicon as lx


@dataclass(frozen=True)
class Cue:
    id: str
    kind: str
    """``proposal``, ``refusal`` or ``future`` (not given unless the clause shows it given),
    ``other`` (someone else's drug, whatever the clause says), ``given`` (evidence it was)."""
    languages: str
    pattern: str


CUES: tuple[Cue, ...] = (
    # proposals, decisions, requests
    Cue("recommend", "proposal", "en es pt it fr de nl pl sv tr",
        r"recommend\w*|advis(?:ed|es|ing)|adviseer\w*|adviseert|suggest(?:ed|s|ion)|recomend\w*|suger\w*|aconsej\w*|aconselh\w*"
        r"|raccomand\w*|consigliat\w*|suggerit\w*|recommand\w*|conseill\w*|sugg[ée]r\w*"
        r"|empf(?:ohlen|iehlt|ehlen|ehlung)|Empfehlung|aanbevol\w*|aanbevel\w*|geadviseerd"
        r"|zalec\w*|rekommend\w*|föresl\w*|öner\w*|tavsiye\w*"),
    Cue("propose", "proposal", "en es pt it fr de nl pl sv tr",
        r"propos(?:ed|es|al|ition)|propuest\w*|propus\w*|propost\w*|propon\w*|vorgeschlagen"
        r"|Vorschlag|voorgesteld|voorstel|zaproponow\w*|propozycj\w*"),
    Cue("offer", "proposal", "en es pt it fr de nl sv tr",
        r"offer(?:ed|s|ing)?|ofrec\w*|oferec\w*|offert[oaie]?|offr\w*|angeboten|aangeboden"
        r"|erbjud\w*|teklif\w*"),
    Cue("plan", "proposal", "en es pt it fr de nl pl sv tr",
        r"plan(?:ned|s|ning)?|planea\w*|planific\w*|planej\w*|pianificat\w*|pr[ée]vue?s?"
        r"|previst[oa]s?|geplant|gepland|zaplanow\w*|planowan\w*|planera\w*|planla\w*"
        r"|concord\w*|agreed\s+(?:on|to)|acordad\w*"),
    Cue("request", "proposal", "en es pt it fr de nl pl sv tr",
        r"request(?:ed|s)?|solicit\w*|richiest[ao]|demand[ée]e?|beantragt|Antrag|aangevraagd"
        r"|aanvraag|wniosek|ans[öo]k\w*|talep\w*|authori[sz]ation|autoriza\w*|autorizza\w*"
        r"|Genehmigung|approval|aprobaci[oó]n|opinion\s+on|parere\s+su|avis\s+sur"),
    Cue("consider", "proposal", "en es pt it fr de nl pl sv tr",
        r"consider(?:ed|ing|ation)|discuss(?:ed|ion|ing)|discut\w*|considerad\w*|consideraç\w*"
        r"|valutazion\w*|valorac\w*|envisag\w*|erw[oä]g\w*|besproch\w*|besproken|overwog\w*"
        r"|rozwa[żz]\w*|om[óo]wi\w*|diskuter\w*|övervä\w*|görüşül\w*|tartışıl\w*|touched\s+on"
        r"|talked\s+about|brought\s+up|mentioned|evaluation\s+for|avalia[çc][ãa]o\s+para"),
    Cue("alternative", "proposal", "en es pt it fr de nl pl sv tr",
        r"alternativ\w*|alternatief|alternatywn\w*|in\s+reserve|kept\s+for\s+later"),
    Cue("next_line", "proposal", "en es pt it fr de nl pl sv tr",
        r"next\s+(?:line|step|option)|nästa\s+(?:linje|steg)|n[äa]chste\w*\s+(?:Linie|Schritt)"
        r"|volgende\s+(?:lijn|stap)|pr[oó]xim\w*\s+(?:l[ií]nea|linha|paso|passo)"
        r"|prossim\w*\s+(?:linea|passo)|prochaine?\s+(?:ligne|[ée]tape)|sonraki\s+\w+"
        r"|kolejn\w*\s+lini\w*|options?|opci[oó]n|op[çc][ãa]o|opzione|optie|opcj\w*|seçenek"),
    Cue("proposal_more", "proposal", "da no ro cs el ru hi ar",
        r"anbefal\w*|foresl[åa]\w*|tilbudt|tilbydes|planlagt|ans[øo]g\w*|s[øo]knad|recomand\w*"
        r"|propus\w*|oferit\w*|planificat\w*|solicitat\w*|doporu[čc]en\w*|navr[žz]en\w*"
        r"|nab[íi]dnut\w*|pl[áa]nov[áa]n\w*|[žz][áa]dost\w*|προτάθηκε|προτείν\w*|συστήθηκε"
        r"|συνιστ\w*|προγραμματ\w*|рекомендова\w*|рекомендаци\w*|предлож\w*|запланирова\w*"
        r"|обсужда\w*|salah|suggest\s+kiya|plan\s+hai|أوصى|اقترح|مقترح|توصية"),
    # refusals, denials, unsuitability, a drug never taken
    Cue("denied", "refusal", "en es pt it fr de nl pl sv tr",
        r"denied|reject\w*|respint[ao]|rifiut\w*|rechaz\w*|recus\w*|refus(?:ed|al|ée?)"
        r"|declined|turned\s+(?:it\s+|them\s+)?down|negad[ao]|deneg\w*|abgelehnt|lehnte|afgewezen|geweigerd|odrzuc\w*"
        r"|odm[óo]w\w*|avslog\w*|avslag|avböj\w*|nekad\w*|redded\w*|reddet\w*|said\s+no"
        r"|dij[oe]\s+que\s+no|disse\s+que\s+n[aã]o|dit\s+non|sagte\s+nein|istemiyor|istemedi"
        r"|not\s+(?:approved|funded|covered)"),
    Cue("unsuitable", "refusal", "en es pt it fr de nl pl sv tr",
        r"unsuitable|inappropriate|not\s+suitable|avoid(?:ed|ing)?|contra-?indicat\w*"
        r"|contraindica\w*|contre-indiqu\w*|controindica\w*|kontraindiz\w*|inadecuad\w*"
        r"|inadequad\w*|evitar|evitad[oa]|evitat[oa]|[ée]viter|vermied\w*|vermeid\w*"
        r"|olämplig\w*|kaçınıl\w*|uygun\s+değil|ineligible|not\s+(?:eligible|indicated)"
        r"|ungeeignet|ongeschikt|niet\s+geschikt|non\s+indicat\w*|no\s+indicad\w*"),
    Cue("never_taken", "refusal", "en es pt it fr de nl sv tr",
        r"never\s+(?:took|taken|started|began|received|had)|did\s*n[o']?t\s+(?:take|start|receive)"
        r"|nunca\s+(?:tom|empez|recib|inici|come[çc])\w*|mai\s+(?:iniziat|pres[oa]|assunt)\w*"
        r"|jamais\s+(?:pris|commenc|d[ée]but|re[çc]u)\w*|nie\s+(?:genommen|begonnen|erhalten)"
        r"|nooit\s+(?:genomen|gestart|begonnen)|(?:inte|ej|aldrig)\s+(?:\w+\s+)?(?:getts?|givits"
        r"|påbörja\w*|startat|fått)|\w{3,}(?:ma|me)d[ıi](?:ğ[ıi])?"),
    Cue("refusal_more", "refusal", "da no ro cs el ru hi ar",
        r"afsl[åa]\w*|avsl[åa]\w*|afvist|avvist|kontraindic\w*|refuzat\w*|respins\w*"
        r"|contraindicat\w*|odm[íi]tl\w*|zam[íi]tnut\w*|kontraindikov\w*|αρνήθηκε|απορρίφθηκε"
        r"|αντένδειξη|отказал\w*|отказ\w*|отклон\w*|противопоказ\w*|так\s+и\s+не"
        r"|mana\s+kar|inkaar|nahi\s+(?:li|liya|lee|di)|رفض\w*|مرفوض"),
    # someone else's drug: a relative or another patient took it (evidence does not count)
    Cue("someone_else", "other", "en es pt it fr de nl",
        r"(?:her|his|a)\s+(?:sister|brother|friend|cousin|aunt|uncle|neighbou?r|colleague)"
        r"\s+(?:\w+\s+){0,2}?(?:had|took|got|received|was\s+on|is\s+on|used)"
        r"|(?:another|other)\s+(?:member|patient|lady|woman|members|patients|ladies|women)"
        r"\s+(?:\w+\s+){0,3}?(?:had|took|got|received|was\s+on|is\s+on|were\s+on|used)"
        r"|su\s+(?:hermana|amiga|prima|vecina)\s+(?:tuvo|recibi[oó]|tom[oó]|hizo)"
        r"|otra\s+paciente\s+(?:tuvo|recibi[oó]|tom[oó]|hizo)"
        r"|sua\s+(?:irm[ãa]|amiga|prima|vizinha|sorella|cugina)\s+(?:fez|tomou|recebeu|ha\s+fatto"
        r"|ha\s+preso|ha\s+ricevuto)|sa\s+(?:s[œo]e?ur|voisine|amie|cousine)\s+a\s+(?:eu|re[çc]u"
        r"|pris)|ihre\s+(?:Schwester|Freundin|Nachbarin|Cousine)\s+(?:hatte|bekam|erhielt|nahm)"
        r"|haar\s+(?:zus|vriendin|buurvrouw)\s+(?:kreeg|had|nam)"),
    # the future and the conditional
    Cue("future", "future", "en es pt it fr de nl pl sv tr",
        r"will|would|shall|could|might|going\s+to|about\s+to|yet\s+to|to\s+be\s+(?:started|given"
        r"|commenced|begun)|(?:to\s+)?start\s+after|tomorrow|next\s+(?:week|month)"
        r"|(?:recibi|empeza|inicia|comenza|da|toma|cambia|inizie|comince|riceve|fa|verr|recebe"
        r"|come[çc]a|se)r(?:[áà]n?|ão|anno)|va\s+(?:commencer|d[ée]buter|recevoir)|commencera|d[ée]butera"
        r"|recevra|vai\s+(?:iniciar|come[çc]ar|receber|fazer)|da\s+(?:iniziare|avviare)"
        r"|a\s+(?:iniciar|empezar|d[ée]buter|commencer)|por\s+(?:iniciar|empezar)"
        r"|la\s+(?:semana|settimana)\s+(?:que\s+viene|prossima)|pr[oó]xim[ao]\s+(?:semana|mes)"
        r"|semana\s+que\s+vem|la\s+semaine\s+prochaine|le\s+mois\s+prochain|soll\w*"
        r"|n[äa]chste\w*\s+Woche|demn[äa]chst|zal|zullen|wil\w*|volgende\s+week|binnenkort"
        r"|rozpocznie|dostanie|b[ęe]dzie|w\s+przysz[łl]ym\s+tygodniu|kommer\s+att|ska|skall"
        r"|planeras|startas|påbörjas|nästa\s+vecka|inom\s+kort|başlanacak|başlayacak"
        r"|verilecek|alacak|gelecek\s+hafta|haftaya|once\s+the\s+port|after\s+(?:the\s+)?port"
        r"|(?:at|on|upon|if|in\s+case\s+of)\s+(?:further\s+)?progression|en\s+caso\s+de\s+progresi[oó]n"
        r"|a\s+la\s+progresi[oó]n|bei\s+Progress\w*|en\s+cas\s+de\s+progression"
        r"|alla\s+progressione|(?:na|em\s+caso\s+de)\s+progress[ãa]o|bij\s+progressie"
        r"|w\s+razie\s+progresji|vid\s+progress\w*"),
    Cue("future_more", "future", "da no ro cs el ru hi ar",
        r"n[æa]ste\s+uge|neste\s+uke|skal\s+starte|vil\s+f[åa]|va\s+(?:[îi]ncepe|primi)"
        r"|s[ăa]pt[ăa]m[âa]na\s+viitoare|ar\s+putea|bude\s+zah[áa]jen\w*|p[řr][íi]št[íi]\s+t[ýy]den"
        r"|θα\s+ξεκινήσει|την\s+επόμενη\s+εβδομάδα|начн[её]т|будет|на\s+следующей\s+неделе"
        r"|shuru\s+hoga|agle\s+hafte|سيبدأ|الأسبوع\s+القادم"),
    # evidence that the drug was given
    Cue("received", "given", "en",
        r"(?<!never\s)(?<!not\s)(?:received|receiving|had|got|completed|underwent|took|taking"
        r"|tolerat\w*|finished|administered|(?:was|were)\s+given|given\s+(?:for|until|from|x)"
        r"|(?<!be\s)(?<!to\s)(?<!yet\s)(?:started|commenced|initiated|began|begun|taken)|going\s+well"
        r"|goes\s+well|effective|helping|helped|working|(?:le|me)\s+fue\s+bien|foi\s+bem"
        r"|andat[oa]\s+bene|bien\s+pass[ée]|(?:is|was|remains|still)\s+on"
        r"|switched|changed\s+to|went\s+on|accepted|agreed\s+to\s+(?:it|start)|stopped|discontinued|interrupted|dose[\s-]+reduc\w*)"
        r"|(?:since|desde|seit|depuis|sinds|dal|od)\s+\w+"),
    Cue("on_it", "given", "en es pt it fr de nl pl sv",
        r"(?:now|currently|still)\s+(?:on|taking|receiving)|(?:is|she's|he's|I'm|remains?|stays?)"
        r"\s+(?:still\s+)?on|(?:ahora\s+)?est[aá]\s+con|(?:agora\s+)?est[aá]\s+com"
        r"|sta\s+(?:facendo|prendendo)|(?:est|actuellement)\s+sous|(?:ist|derzeit)\s+unter"
        r"|obecnie\s+(?:na|przyjmuje|otrzymuje)|står\s+på|stop(?:s|ping)?|discontinu\w*"
        r"|re-?start\w*|resum\w*|proceed\s+with\s+C\d|continu\w*|mant(?:ener|er|enere)"
        r"|proseguire|poursuite|weiter\s+mit"
        r"|vertragen|verdragen|tol[ée]r[ée]e?|tolerad[oa]|toleranc\w*|toleranz|tolerancia"
        r"|tollera\w*|tolerowan\w*|fortgesetzt|fortgef[üu]hrt"
        r"|fortsetzen|voortgezet|voortzetten|fortsätt\w*|mantien\w*|mant[eé]m|kontynu\w*"
        r"|devam\s+\w+"),
    Cue("given_more", "given", "da no ro cs el ru hi ar",
        r"fik|fikk|har\s+f[åa]et|behandlet\s+med|a\s+primit|a\s+f[ăa]cut|cicluri|dostala"
        r"|dostal|cykl[ůu]|έλαβε|κύκλους|получил\w*|курс\w*|цикл\w*|li\s+thi|diya\s+gaya"
        r"|تلقت|تلقى|دورات"),
    Cue("later_cycle", "given", "en es pt it fr de nl",
        r"C(?:[2-9]|1\d)|(?:cycle|ciclo|cure|Zyklus|kuur|cykl|cykel|kür)\s*(?:[2-9]|1\d)"
        r"|(?:[2-9]|1\d)(?:nd|rd|th|e|ème|ª|º|a|o|\.)?\s+(?:cycle|dose|round|course|cure|ciclo"
        r"|sess[ãa]o|sesi[oó]n|Zyklus|kuur)|(?:second|third|fourth|fifth|sixth)\s+(?:cycle|dose"
        r"|round|course)|\d+\s+doses|terminou|termin[oó]|terminad[oa]|next\s+(?:cycle|dose)"
        r"|n[äa]chste[rn]?\s+Zyklus|pr[oó]ximo\s+ciclo|prossimo\s+ciclo|prochaine\s+cure"
        r"|volgende\s+kuur"),
    Cue("recibio", "given", "es pt it fr",
        r"acept[oó]|aceitou|accettat[oa]|accept[ée]e?|recibi[oó]|recibe|inici[oó]|iniciad[oa]|empez[oó]|comenz[oó]|recibiendo|hizo|tom[oó]|tomando|complet[oó]|le\s+(?:dieron|di[oó])"
        r"|llev[ao]|sigue\s+con|contin[uú]a|ha\s+(?:recibido|hecho|completado|tomado)"
        r"|recibid[oa]s|administrad[oa]s|realizad[oa]s|suspendid\w*|recebeu|fez|tomou"
        r"|completou|realizou|iniciou|come[çc]ou|feit[oa]s|interrompid\w*|suspens\w*"
        r"|ha\s+fatto|ho\s+fatto|fatt[io]|ricevut\w*|eseguit\w*|effettuat\w*|somministrat\w*"
        r"|assunt\w*|prosegu\w*|sospes[oa]|a\s+re[çc]u|re[çc]u\w*|a\s+eu|a\s+fait|poursui\w*"
        r"|termin[ée]e?|achev[ée]e?|arr[êe]t[ée]e?"),
    Cue("erhielt", "given", "de nl pl sv tr",
        r"akzeptiert|angenommen|aanvaard|zaakceptowa\w*|accepterade|kabul\s+etti|erhielt|bekam|begonnen|gestartet|gestart|bekommen|hatte|verabreicht|eingenommen|nimmt|nehme|l[äa]uft|abgesetzt"
        r"|abgeschlossen|kreeg|gekregen|gehad|gebruikt|krijgt|gestopt|otrzyma[łl]\w*|przyj[ęe][łl]\w*"
        r"|podano|erhållit|erhöll|fått|fick|behandla(?:des|s)|avslutad\w*|pågående|hittills"
        r"|aldı|alıyor|kullanıyor|kullandı|tedavi\s+edildi|tamamlandı|verildi|uygulandı|kesildi"),
)  # fmt: skip

_KINDS = ("proposal", "refusal", "future", "other")
_KIND = {c.id: c.kind for c in CUES}
NEXT_REACH = 40
"""Characters of the next sentence a refusal of a proposal may stand in."""


def _union(kinds: tuple[str, ...]) -> re.Pattern[str]:
    rows = [c for c in CUES if c.kind in kinds]
    return re.compile(
        r"(?=\w)(?<![\w'])(?:" + "|".join(f"(?P<{c.id}>{c.pattern})" for c in rows) + r")(?!\w)",
        re.IGNORECASE,
    )


NOT_GIVEN = _union(_KINDS)
GIVEN = _union(("given",))
ONGOING = re.compile(
    r"(?<![\w'])(?:"
    + "|".join(c.pattern for c in CUES if c.id in ("on_it", "later_cycle"))
    + r")(?!\w)",
    re.IGNORECASE,
)
"""Words that the drug is under way ("continue", "stays on", "C4"): a label such as "Plan:"
before them does not make it unstarted."""
REACH = 80
"""Characters read on each side of the mention, within its sentence."""
_SENTENCE_END = re.compile(r"[;\n!?]|\.(?!\d)")
LEFT_STOP = re.compile(
    r",|\b(?:but|then|pero|luego|despu[eé]s|mais|puis|ma|poi|mas|depois|aber|dann|danach|maar"
    r"|daarna|ale|potem|men|sedan|därefter|ama|sonra)\b",
    re.IGNORECASE,
)
"""Where a clause begins on the mention's left: after a comma or a "but"/"then" ("tamoxifen was
considered but not started, then letrozole": no proposal reaches letrozole)."""
_CONDITION = re.compile(
    r"\b(?:if|should|upon|at|on|in\s+case\s+of|si|se|caso|en\s+cas\s+de|en\s+caso\s+de|wenn"
    r"|falls|bei|als|indien|bij|om|e[ğg]er|vid|ifall|w\s+razie)\s+(?:[\w']+\s+){0,4}$",
    re.IGNORECASE,
)
"""Words that make a response word a condition ("if it progresses", "caso haja progressão")."""
_JOINED = re.compile(
    r"^\s+(?:combined\s+with|in\s+combination\s+with|together\s+with|along\s+with|och|ve|ile"
    r"|i|oraz|en|og)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BOX = r"\[\s?(?P<tick>[xX✓✔])?\s?\]|(?P<ticked>[☒☑✅])|☐|□"
BOX = re.compile(_BOX)
BOX_BEFORE = re.compile(
    r"(?:" + _BOX + r")\s*(?:[^\W\d_]+\s+){0,2}?(?:[^\W\d_][\w-]*\s*[/+&]\s*){0,2}$"
)
"""A tick box just before a drug or its combination ("[x] gemcitabine/docetaxel")."""
BOX_AFTER = re.compile(r"(?:\s*[/+&]\s*[^\W\d_][\w-]*){0,2}\s*(?:" + _BOX + r")")
"""A tick box just after a drug or its combination ("doxorubicin [x]")."""


def clause(text: str, start: int, end: int, others: list[tuple[int, int]]) -> tuple[int, int]:
    """The mention's sentence within ``REACH``, cut at the nearest other drug on each side unless
    joined to it ("gemcitabine and docetaxel", "gem/tax": one combination)."""
    lo, hi = max(0, start - REACH), min(len(text), end + REACH)
    lo = max([lo] + [m.end() for m in _SENTENCE_END.finditer(text, lo, start)])
    lo = max([lo] + [m.end() for m in LEFT_STOP.finditer(text, lo, start)])
    stop = _SENTENCE_END.search(text, end, hi)
    hi = stop.start() if stop else hi
    left, right = start, end
    for o_start, o_end in sorted(others, reverse=True):
        if lo <= o_start and o_end <= left:
            if not _joined(text[o_end:left]):
                lo = o_end
                break
            left = o_start
    for o_start, o_end in sorted(others):
        if right <= o_start and o_end <= hi:
            if not _joined(text[right:o_start]):
                hi = o_start
                break
            right = o_end
    return lo, hi


def _joined(gap: str) -> bool:
    joined = lx.OPERATOR_GAP.match(gap) or lx.WITH_GAP.match(gap) or _JOINED.match(gap)
    return bool(joined or not gap.strip())


def not_given_cue(text: str, start: int, end: int, others: list[tuple[int, int]]) -> str | None:
    """The id of the cue that reads the mention at ``start:end`` as not given, or ``None`` (no
    cue in its clause, or evidence there that it was given)."""
    box = box_reading(text, start, end)
    if box is not None:
        return None if box else "unticked_box"
    cues, _ = _found(text)
    if not cues:
        return None
    lo, hi = clause(text, start, end, others)
    inside = [c for s, e, c in cues if lo <= s and e <= hi]
    if not inside:
        return None
    cue = next((c for c in inside if _KIND[c] == "other"), inside[0])
    if _KIND[cue] == "other":
        return cue
    if not (given_evidence(text, lo, hi) or given_next(text, hi, others)):
        return cue
    if _KIND[cue] == "proposal" and not GIVEN.search(text, lo, hi):
        return _refused_next(text, hi, others, cues)
    return None


def given_next(text: str, hi: int, others: list[tuple[int, int]]) -> bool:
    """Evidence of giving in a short next sentence that names no drug ("Foi proposta
    eribulina; fez 4 ciclos")."""
    sentence = _SENTENCE_END.match(text, hi)
    if sentence is None:
        return False
    end = _SENTENCE_END.search(text, sentence.end())
    stop = end.start() if end else len(text)
    if stop - hi > NEXT_REACH or any(hi <= s < stop for s, _ in others):
        return False
    return given_evidence(text, hi, stop)


def _refused_next(
    text: str, hi: int, others: list[tuple[int, int]], cues: list[tuple[int, int, str]]
) -> str | None:
    """ "my onc offered gem/tax x4. I said no": a proposal (its count no evidence of giving)
    refused early in the next sentence, no other drug named before the refusal."""
    stop = min([s for s, _ in others if s >= hi] + [hi + NEXT_REACH])
    sentence = _SENTENCE_END.search(text, hi, stop)
    if sentence is None or sentence.start() != hi:
        return None
    refusal = [s for s, e, c in cues if hi < s and e <= stop and _KIND[c] == "refusal"]
    return "refused_next" if refusal else None


def given_evidence(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` says a drug was given: a "given" cue row, a cycle count, a span
    of years, "since", or a response word not under a condition ("if it progresses")."""
    return any(lo <= s and e <= hi for s, e in _found(text)[1])


@lru_cache(maxsize=8)
def _found(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Every not-given cue (span, row id) and every piece of given evidence (span) in the text,
    found once per text (a clause then only picks those inside it)."""
    cues = [(m.start(), m.end(), m.lastgroup or "") for m in NOT_GIVEN.finditer(text)]
    given = [
        m.span()
        for p in (GIVEN, lx.CYCLES, lx.YEAR_RANGE, lx.SINCE_YEAR, lx.CURRENT_WORDS)
        for m in p.finditer(text)
    ]
    given += [
        m.span()
        for _, p in lx.RESPONSES
        for m in p.finditer(text)
        if not _CONDITION.search(text, max(0, m.start() - 50), m.start())
    ]
    return cues, given


@lru_cache(maxsize=64)
def box_side(text: str) -> str | None:
    """Where a form's tick boxes stand: ``before`` the names ("[x] doxorubicin [ ] ifosfamide"),
    ``after`` them ("doxorubicin [x]  ifosfamide [ ]"; the first box follows a word), or
    ``None`` (no box)."""
    first = BOX.search(text)
    if first is None:
        return None
    before = text[: first.start()].rstrip()
    return "after" if before and before[-1].isalnum() else "before"


def box_reading(text: str, start: int, end: int) -> bool | None:
    """Whether the form's box for the drug at ``start:end`` is ticked (``None``: no box of its
    own, on the side the form puts them)."""
    side = box_side(text)
    if side == "before":
        box = BOX_BEFORE.search(text, max(0, start - 40), start)
    elif side == "after":
        box = BOX_AFTER.match(text, end)
    else:
        return None
    return None if box is None else bool(box["tick"] or box["ticked"])
