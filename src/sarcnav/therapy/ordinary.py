"""Ordinary words of the supported languages, which a drug name is never matched to by
similarity or as a clipped prefix ("progresión" is not progestin, "temo" is not temozolomide).

Stop lists per language come from the ``stop-words`` package; the rest are the words a treatment
history uses around drugs (responses, time, cycles, numbers) and short everyday words that begin
like a drug name. Not clinical facts.
"""

from __future__ import annotations

import re
from functools import cache

from stop_words import get_stop_words

from sarcnav.therapy import lexicon as lx
from sarcnav.therapy.catalogue import normalize

LANGUAGES = ("en", "es", "fr", "it", "pt", "de")
"""The languages whose ordinary words are never read as drugs."""

_HISTORY_WORDS = """
    progression progresion progresiones progresso progressione progressao progressiert
    progredito progrediu progredio progreso progresa progresso progresar stable estable stabile
    estavel stabil response respuesta reponse risposta resposta ansprechen remission remision
    remissione remissao partial parcial parziale partielle complete completa completo complet
    komplett toxicity toxicidad tossicita toxicite toxicidade toxizitat cycle cycles ciclo ciclos
    cicli cure cures zyklus zyklen seance seances month months mes meses mois mese mesi monat
    monate week weeks semana semanas semaine semaines settimana settimane woche wochen year years
    ano anos annee annees anno anni jahr jahre day days dia dias jour jours giorno giorni tag tage
    since desde depuis dal seit until hasta jusqu fino bis ongoing curso corso laufend
    treatment tratamiento traitement trattamento tratamento behandlung therapie terapia therapy
    chemo chemotherapy quimio quimioterapia chimio chimiotherapie chemioterapia chemotherapie
    dose dosis doses dosi dosen mg infusion infusiones perfusion
    one two three four five six seven eight nine ten eleven twelve uno dos tres cuatro cinco
    seis siete ocho nueve diez once doce un deux trois quatre cinq sept huit neuf dix onze douze
    due tre quattro cinque sei sette otto nove dieci undici dodici um uma dois duas quatro cinco
    sete oito nove dez onze doze eins zwei drei vier funf sechs sieben acht neun zehn elf zwolf
    mito temo zine carb carbs hala dexa scan scans pace pacer mega medal olas letra tamo
    relapse relapsed recurrence recaida recidiva recidive rezidiv rezidive rueckfall
    aroma aromas estrogen estrogens oestrogen oestrogens estrogeno estrogenos oestrogene
    ostrogen receptor receptors receptores recepteur recettore
    monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves
    viernes sabado domingo lundi mardi mercredi jeudi vendredi samedi dimanche lunedi martedi
    mercoledi giovedi venerdi sabato domenica segunda terca quarta quinta sexta montag dienstag
    mittwoch donnerstag freitag samstag sonntag
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre janeiro fevereiro
    marco maio junho julho setembro outubro novembro dezembro januar februar marz juni juli
    oktober dezember
"""
"""History vocabulary of the supported languages, everyday words that begin like a drug name
("mito", "zine", "dexa" scan, "aroma"), hormone-receptor words ("oestrogen" is not a
progestogen), the days of the week and the months; lower case without accents."""


@cache
def ordinary_words() -> frozenset[str]:
    """Every ordinary word (normalised: lower case, no accents)."""
    words = {normalize(w) for lang in LANGUAGES for w in get_stop_words(lang)}
    words |= {normalize(w) for w in _HISTORY_WORDS.split()}
    words |= {normalize(w) for w in lx.STOPWORDS | set(lx.NUMBER_WORDS)}
    return frozenset(words)


def is_ordinary(word: str) -> bool:
    """Whether ``word`` is an ordinary word of a supported language (never a drug by similarity).

    >>> is_ordinary("progresión"), is_ordinary("Gmzar")
    (True, False)
    """
    key = normalize(word)
    return key in ordinary_words() or any(p.fullmatch(key) for _, p in lx.RESPONSES)


_NOUN_ENDING = re.compile(
    r"(?:ung|ungen|heit|keit|schaft|ion|ionen|it[aä]t|ismus|ie|ien|itis|ing|ance|ence|ment|ness)$"
)
"""Endings of abstract and clinical nouns ("Nachbeobachtung", "Hypertonie", "Operation",
"Monitoring", "Surveillance"); no drug name in the catalogue ends so, and brands rarely do."""
COMPOUND_HEAD = 3
"""Letters a compound must have before an ordinary word it ends in ("Lokal|rezidiv")."""


def is_noun_like(word: str) -> bool:
    """Whether a capitalised word is an ordinary noun rather than an unknown drug name: it ends
    like an abstract noun, or it is a compound ending in an ordinary word of 5+ letters.

    >>> is_noun_like("Nachbeobachtung"), is_noun_like("Lokalrezidiv"), is_noun_like("Keytruda")
    (True, True, False)
    """
    key = normalize(word)
    if _NOUN_ENDING.search(key):
        return True
    words = ordinary_words()
    return any(key[i:] in words for i in range(COMPOUND_HEAD, len(key) - 4))
